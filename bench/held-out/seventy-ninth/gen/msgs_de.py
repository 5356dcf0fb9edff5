"""German messages: 8 attacks, 8 genuine."""
import base64

import codes as K
import company as C
import files as F
import infra as I
import qr as Q
from common import alt, esc, fmt_eur_de, outlook_alt, outlook_html, simple_html
from company import S
from mime import Msg, T, Part, att, html, mp, text

E = fmt_eur_de

# ---------------------------------------------------------------- shared business facts
INV1_LINES = [('40-1512', 'Ankerwinde vertikal 1.500 W / 12 V, inkl. Kettennuss', 2, 2845.00),
              ('40-2210', 'Kettennuss 10 mm DIN 766, Ersatz', 2, 186.50),
              ('41-0803', 'Kettenzähler mit Funkfernbedienung', 4, 412.00),
              ('22-4406', 'Bugbeschlag Edelstahl V4A, Typ S', 6, 298.00),
              ('30-4012', 'Winsch selbstholend 40 ST, Aluminium', 12, 845.00)]
INV2_LINES = [('55-0120', 'Festmacherleine Polyester 16 mm, 100 m Spule', 8, 312.40),
              ('55-0311', 'Fender zylindrisch 25 x 85 cm, weiß', 30, 62.15),
              ('61-1002', 'Bilgepumpe 3.700 GPH 12 V', 6, 118.50)]


def _tot(lines):
    net = round(sum(q * p for _, _, q, p in lines), 2)
    vat = round(net * 0.19 + 1e-9, 2)
    return net, vat, round(net + vat, 2)


INV1_NET, INV1_VAT, INV1 = _tot(INV1_LINES)
INV2_NET, INV2_VAT, INV2 = _tot(INV2_LINES)
OPEN_TOTAL = round(INV1 + INV2, 2)

LIEF_SIG = ('Lieferant GmbH\nHafenstraße 112 | 28217 Bremen\nTel. +49 421 3890 40 | www.lieferant-gmbh.de\n'
            'Geschäftsführer: Dr. Ulrich Brandes, Katrin Oltmanns\nAmtsgericht Bremen HRB 27781 HB | USt-IdNr. %s'
            % C.LIEF['ustid'])


def lief_invoice_pdf(no, date, order, lines, due, iban, when):
    net, vat, gross = _tot(lines)
    L = [('h', 'Lieferant GmbH'), ('s', 'Hafenstraße 112 · 28217 Bremen · Tel. +49 421 3890 40'), '',
         'Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Sandtorkai 50', '20457 Hamburg', '',
         ('b', 'Rechnung %s' % no), 'Rechnungsdatum: %s   Kunden-Nr.: 10473   Ihre Bestellung: %s' % (date, order),
         'Lieferdatum: %s   Lieferschein: LS-%s' % (date, no[3:]), '',
         ('b', 'Pos  Artikel    Bezeichnung                                   Menge   Einzelpreis     Gesamt')]
    for i, (art, desc, q, p) in enumerate(lines, 1):
        L.append('%-4d %-10s %-46s %5d %12s %12s' % (i, art, desc, q, E(p), E(q * p)))
    L += ['', 'Nettobetrag: %s EUR' % E(net), 'zzgl. 19 %% USt.: %s EUR' % E(vat),
          ('b', 'Rechnungsbetrag: %s EUR' % E(gross)), '',
          'Zahlbar bis %s netto, bei Zahlung innerhalb 10 Tagen 2 %% Skonto.' % due,
          'Bankverbindung: Sparkasse Bremen  IBAN %s  BIC SBREDE22XXX' % K.fmt_iban(iban), '',
          ('s', 'Geschäftsführer: Dr. Ulrich Brandes, Katrin Oltmanns · AG Bremen HRB 27781 HB · USt-IdNr. %s' % C.LIEF['ustid'])]
    return F.pdf(L, title='Rechnung %s' % no, author='Lieferant GmbH', creator='Sage 100 10.0',
                 producer='PDFlib 9.3.1 (Win64)', date=when)


# ================================================================ ATTACKS
def a01(n):
    m = Msg('attack', n, 'de', 'ceo-fraud-vertrauliche-uebernahme',
            what='"CEO" asks the CFO for an urgent confidential transfer for an acquisition ("Projekt Adria"), '
                 'announces an external Swiss lawyer',
            why='CEO fraud: look-alike domain examplegroup-eu.com (real: examplegroup.eu / example.com) on a '
                'Contabo VPS, secrecy towards AP and the CEO assistant, same-day urgent payment of 386,500 EUR, '
                'asks to reply only to this address and not to phone',
            tech=['CEO fraud / BEC', 'look-alike domain on VPS'])
    t = T('2026-10-15 16:48:12', 'DE')
    to = S('cfo')
    frm = ('Klaus Oberländer', 'k.oberlaender@examplegroup-eu.com')
    m.env_from = frm[1]
    m.hop('from webmail.examplegroup-eu.com (localhost [127.0.0.1])\n\t(Authenticated sender: k.oberlaender@examplegroup-eu.com)'
          '\n\tby mail.examplegroup-eu.com (Postfix) with ESMTPA id 4bK7Qm2rTnz9vXL\n\tfor <%s>; %s'
          % (to[1], t.rfc(comment=True)))
    I.vps(m, t, to[1], helo='mail.examplegroup-eu.com', ip='161.97.139.27', rdns='vmi2291734.contaboserver.net')
    I.roundcube(m, 'examplegroup-eu.com')
    m.std(t, frm, [to], 'Vertraulich – Projekt Adria', cs='UTF-8', enc='Q')
    body = """Hallo Frau Krüger,

ich bin heute in Zürich in Gesprächen, über die ich Sie bislang nicht informieren durfte. Wir stehen kurz vor der Unterzeichnung einer Vereinbarung über die Übernahme eines Yachtausrüsters in Split (intern "Projekt Adria"). Bis zur offiziellen Bekanntgabe ist die Sache streng vertraulich. Der Beirat ist informiert, intern weiß sonst niemand davon - bitte auch nicht Herrn Weiß oder Frau Becker einbeziehen.

Für die Exklusivitätsphase muss heute noch eine Sicherheitsleistung auf das Treuhandkonto der begleitenden Kanzlei gehen. Dr. Felix Baumgartner (Baumgartner Rechtsanwälte AG, Zürich) meldet sich gleich per E-Mail bei Ihnen und schickt Ihnen die Kontodaten und das Begleitschreiben für die Bank. Bitte behandeln Sie seine Anweisungen wie meine.

Betrag: 386.500,00 EUR
Ausführung: heute, als Eilüberweisung, damit der Eingang vor Handelsschluss bestätigt ist.

Ich sitze den ganzen Nachmittag in Verhandlungen und kann nicht telefonieren. Antworten Sie bitte nur an diese Adresse, wir haben sie für das Projekt eingerichtet, damit nichts über den normalen Verteiler läuft.

Können Sie mir kurz bestätigen, dass Sie heute noch verfügbar sind?

Beste Grüße
Klaus Oberländer
"""
    m.body = text(body, 'UTF-8', 'quoted-printable', ctparams='; format=flowed', csq=False)
    return m


def a02(n):
    m = Msg('attack', n, 'de', 'lieferant-bankverbindung-lookalike',
            what='"Petra Lang" of supplier Lieferant GmbH announces a new bank account in Lithuania and asks '
                 'to pay the two open invoices there; signed letter as PDF',
            why='Supplier bank-detail fraud from look-alike domain lieferant-gmhb.de (letters swapped; real: '
                'lieferant-gmbh.de) on an OVH VPS; German supplier suddenly banking with Revolut LT; open invoice '
                'numbers as bait; threat of returned payments; avoids phone verification',
            tech=['supplier bank-detail change (vendor email compromise)', 'look-alike domain on VPS', 'PDF letter'])
    t = T('2026-10-20 10:37:41', 'DE')
    to = S('ap')
    frm = ('Petra Lang', 'p.lang@lieferant-gmhb.de')
    m.env_from = frm[1]
    m.hop('from [10.8.0.6] (unknown [185.213.154.71])\n\t(Authenticated sender: p.lang@lieferant-gmhb.de)\n\tby mail.lieferant-gmhb.de (Postfix) with ESMTPSA id 4bMx2L0qPCz1yTg'
          '\n\tfor <%s>; %s' % (to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 2, to[1], helo='mail.lieferant-gmhb.de', ip='51.75.144.203', rdns='vps-7c3e91a2.vps.ovh.net')
    I.outlook_desktop(m, t, 'lieferant-gmhb.de', 'de')
    m.std(t, frm, [to], 'Änderung unserer Bankverbindung – Lieferant GmbH', cs='windows-1252', enc='Q',
          reply_to=frm)
    body = """Sehr geehrter Herr Weiß,

im Zuge der Integration der Lieferant GmbH in die Finanzorganisation unserer skandinavischen Muttergesellschaft stellen wir unseren Zahlungsverkehr um. Unser bisheriges Konto bei der Sparkasse Bremen wird zum 31.10.2026 für Zahlungseingänge geschlossen.

Bitte hinterlegen Sie ab sofort die folgende Bankverbindung in Ihrem Kreditorenstamm:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Das Schreiben unserer Geschäftsführung finden Sie im Anhang. Die derzeit offenen Posten

RE-2026-10418 vom 13.10.2026 über %s EUR
RE-2026-10492 vom 19.10.2026 über %s EUR

bitten wir bereits auf die neue Verbindung anzuweisen. Zahlungen auf das alte Konto werden ab dem 01.11. automatisch zurückgebucht, was zu Verzögerungen bei Ihren laufenden Lieferungen führen kann.

Da ich diese Woche mit dem Audit für den Konzernabschluss gebunden bin, bin ich telefonisch leider kaum erreichbar. Senden Sie mir bitte eine kurze Bestätigung per E-Mail, sobald die Stammdaten angepasst sind.

Mit freundlichen Grüßen

Petra Lang
Finanzbuchhaltung

%s
""" % (K.fmt_iban(C.LIEF_IBAN_FAKE), E(INV1), E(INV2), LIEF_SIG.replace('www.lieferant-gmbh.de', 'p.lang@lieferant-gmbh.de'))
    pdf = F.pdf([('h', 'Lieferant GmbH'), ('s', 'Hafenstraße 112 · 28217 Bremen'), '',
                 'An unsere Kunden und Geschäftspartner', '', 'Bremen, 19.10.2026', '',
                 ('b', 'Mitteilung über die Änderung unserer Bankverbindung'), '',
                 'Sehr geehrte Damen und Herren,', '',
                 'im Rahmen der Zentralisierung des Zahlungsverkehrs in unserer Unternehmensgruppe',
                 'ändert sich mit sofortiger Wirkung die Bankverbindung der Lieferant GmbH.', '',
                 'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Revolut Bank UAB, Vilnius',
                 'IBAN: %s' % K.fmt_iban(C.LIEF_IBAN_FAKE), 'BIC: REVOLT21', '',
                 'Die bisherige Verbindung bei der Sparkasse Bremen steht ab dem 01.11.2026 nicht mehr',
                 'für Zahlungseingänge zur Verfügung. Bitte passen Sie Ihre Stammdaten umgehend an.', '',
                 'Mit freundlichen Grüßen', '', 'Dr. Ulrich Brandes            Katrin Oltmanns',
                 'Geschäftsführer               Geschäftsführerin', '',
                 ('s', 'Amtsgericht Bremen HRB 27781 HB · USt-IdNr. %s' % C.LIEF['ustid'])],
                title='Bankverbindung', author='Petra Lang', creator='Microsoft® Word für Microsoft 365',
                producer='Microsoft® Word für Microsoft 365', date="20261019163312+02'00'")
    m.body = mp('mixed', outlook_alt(body, 'windows-1252', 'quoted-printable', 'DE'),
                att('application/pdf', pdf, 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf'))
    return m


def a03(n):
    url = 'https://portal.erechnung-empfang.de.m365-verify.com/verifizierung/?rid=RE-2026-10611&c=DE278193465&u=juergen.weiss%40example.com'
    m = Msg('attack', n, 'de', 'erechnung-zustellung-phishing',
            what='"E-Rechnung Zustellservice": an XRechnung from Lieferant GmbH could not be delivered, '
                 'recipient must verify the mailbox with the Microsoft 365 account within 72 h',
            why='Credential phishing on the German e-invoicing obligation: there is no central "Empfangspostfach" '
                'verification; link goes to portal.erechnung-empfang.de.m365-verify.com (sub-domain trick); '
                'sent through Amazon SES; threat of rejected invoice and input-VAT loss',
            tech=['credential phishing (e-invoicing / XRechnung lure)', 'bulk ESP abuse (Amazon SES)', 'sub-domain trick URL'])
    t = T('2026-11-02 08:14:09', 'DE')
    to = S('ap')
    frm = ('E-Rechnung Zustellservice', 'zustellung@erechnung-empfang.de')
    I.ses(m, t, to[1])
    m.std(t, frm, [to], 'Zustellung fehlgeschlagen: E-Rechnung RE-2026-10611 der Lieferant GmbH – Empfangspostfach nicht verifiziert',
          cs='UTF-8', enc='B')
    plain = """Guten Tag,

für Ihr Unternehmen (Example Group GmbH, USt-IdNr. %s) liegt eine elektronische Rechnung im Format XRechnung 3.0 vor, die nicht zugestellt werden konnte:

Rechnungssteller: Lieferant GmbH, Bremen
Rechnungsnummer: RE-2026-10611
Betrag: 12.904,18 EUR
Eingang: 30.10.2026, 17:42 Uhr

Seit Inkrafttreten der E-Rechnungspflicht (§ 14 UStG) müssen Rechnungsempfänger ein gültiges Empfangspostfach hinterlegen. Ihr Empfangspostfach ist noch nicht verifiziert. Bitte bestätigen Sie es innerhalb von 72 Stunden mit Ihrem Microsoft-365-Geschäftskonto, damit diese und künftige E-Rechnungen zugestellt werden können:

%s

Nach Ablauf der Frist wird die Rechnung an den Rechnungssteller zurückgewiesen. Daraus entstehende Mahngebühren oder Kürzungen des Vorsteuerabzugs gehen zu Lasten des Empfängers.

Mit freundlichen Grüßen
Ihr E-Rechnung Zustellservice

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""" % (C.EG_USTID, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dcdcdc;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#003064;color:#fff;padding:18px 24px;font-size:18px;font-weight:bold">E-Rechnung &middot; Zustellservice</td></tr>
<tr><td style="padding:24px">
<p>Guten Tag,</p>
<p>f&uuml;r Ihr Unternehmen (<b>Example Group GmbH</b>, USt-IdNr. %s) liegt eine elektronische Rechnung im Format XRechnung 3.0 vor, die <b>nicht zugestellt</b> werden konnte:</p>
<table cellpadding="4" style="font-size:14px;background:#f3f6fa;width:100%%">
<tr><td width="40%%">Rechnungssteller</td><td><b>Lieferant GmbH, Bremen</b></td></tr>
<tr><td>Rechnungsnummer</td><td>RE-2026-10611</td></tr>
<tr><td>Betrag</td><td>12.904,18 EUR</td></tr>
<tr><td>Eingang</td><td>30.10.2026, 17:42 Uhr</td></tr>
</table>
<p>Seit Inkrafttreten der E-Rechnungspflicht (&sect; 14 UStG) m&uuml;ssen Rechnungsempf&auml;nger ein g&uuml;ltiges Empfangspostfach hinterlegen. Bitte best&auml;tigen Sie Ihr Postfach <b>innerhalb von 72 Stunden</b> mit Ihrem Microsoft-365-Gesch&auml;ftskonto.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#0067b8;color:#fff;text-decoration:none;padding:12px 28px;font-weight:bold;border-radius:2px">Empfangspostfach verifizieren</a></p>
<p style="font-size:12px;color:#666">Nach Ablauf der Frist wird die Rechnung an den Rechnungssteller zur&uuml;ckgewiesen. Daraus entstehende Mahngeb&uuml;hren oder K&uuml;rzungen des Vorsteuerabzugs gehen zu Lasten des Empf&auml;ngers.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table>""" % (C.EG_USTID, esc(url))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'E-Rechnung'), 'UTF-8', 'quoted-printable')
    return m


def a04(n):
    m = Msg('attack', n, 'de', 'gehaltskonto-aenderung-privatadresse',
            what='"Henrik Lüders" (sales) asks HR from a web.de address to switch his salary account to an N26 IBAN '
                 'before the November payroll',
            why='Payroll diversion: the employee\'s known private address is henrik.lueders@gmx.de, this one is '
                'web.de; bank change by plain e-mail instead of the HR form, timed before the payroll run, excuse '
                'for not using the company account, asks for confirmation',
            tech=['payroll diversion', 'free-mail impersonation of an employee'])
    t = T('2026-11-18 07:52:30', 'DE')
    to = S('hr')
    frm = ('Henrik Lüders', 'henrik.lueders@web.de')
    m.env_from = frm[1]
    I.gmx(m, t, to[1], domain='web.de', client_ip='45.88.97.140')
    m.std(t, frm, [to], 'Neue Bankverbindung für mein Gehalt', cs='UTF-8', enc='Q')
    body = """Hallo Monika,

kurze Bitte: ich habe mein Gehaltskonto gewechselt, die Haspa-Verbindung wird zum Monatsende aufgelöst. Kannst du für die November-Abrechnung bitte schon das neue Konto hinterlegen?

Kontoinhaber: Henrik Lüders
IBAN: %s
BIC: NTSBDEB1XXX
Bank: N26

Ich bin diese Woche bei Kunden in Kiel und Flensburg unterwegs und komme nicht an den Firmenlaptop, deshalb schreibe ich von privat. Gib mir bitte kurz Bescheid, wenn es geklappt hat, dann brauche ich mich nicht weiter darum zu kümmern.

Danke dir und viele Grüße
Henrik
""" % K.fmt_iban(C.PAYROLL_FAKE)
    m.body = text(body, 'UTF-8', 'quoted-printable')
    return m


def a05(n):
    b64 = base64.b64encode(b'sabine.krueger@example.com').decode().rstrip('=')
    url = 'https://mfa-erneuerung.m365-sicherheitscenter.com/r/?tk=7Qx2LmR9&u=' + b64
    m = Msg('attack', n, 'de', 'm365-mfa-erneuerung-qr-code',
            what='"Microsoft 365 Sicherheitscenter": MFA registration expires 30.11., scan the QR code with the '
                 'phone to renew',
            why='Quishing: QR code (inline PNG) leads to mfa-erneuerung.m365-sicherheitscenter.com with the '
                'victim\'s address base64-encoded; sent via PHPMailer from the hacked website of a carpentry '
                'business; Microsoft does not send MFA expiry notices with QR codes; moves the victim to an '
                'unmanaged phone',
            tech=['quishing (QR code)', 'Microsoft 365 credential phishing', 'compromised website mailer'])
    t = T('2026-11-24 07:05:44', 'DE')
    to = S('cfo')
    frm = ('Microsoft 365 Sicherheitscenter', 'no-reply@tischlerei-hansen-husum.de')
    m.env_from = 'wp-mailer@tischlerei-hansen-husum.de'
    I.php_webhost(m, t, to[1], server='wp1042.hosting-nordwest.de', ip='185.30.32.114')
    I.phpmailer(m, 'tischlerei-hansen-husum.de', '6.8.1')
    m.std(t, frm, [to], 'Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft am 30.11.2026 ab',
          cs='UTF-8', enc='B')
    png = Q.qr_png(url, 'M', 5)
    m.extra_files['qr:mfa-code.png'] = url
    plain = """Microsoft 365

Ihre Multi-Faktor-Authentifizierung läuft ab

Ihr Administrator hat für die Organisation Example Group die Umstellung der Multi-Faktor-Authentifizierung (MFA) auf das neue Sicherheitsverfahren aktiviert. Ihre aktuelle Registrierung für sabine.krueger@example.com läuft am 30.11.2026 ab. Danach ist die Anmeldung an Outlook, Teams und SharePoint nicht mehr möglich.

So aktualisieren Sie Ihre Registrierung in weniger als 2 Minuten:
1. Öffnen Sie die Kamera-App auf Ihrem Smartphone.
2. Scannen Sie den QR-Code in dieser Nachricht.
3. Melden Sie sich mit Ihrem Geschäftskonto an und bestätigen Sie die Anfrage in der Authenticator-App.

Aus Sicherheitsgründen ist der Code nur für Ihr Konto gültig und läuft nach 24 Stunden ab.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    inner = """<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#252424">
<tr><td style="padding:24px 32px 8px 32px;font-size:15px;color:#737373"><span style="display:inline-block;width:10px;height:10px;background:#f25022"></span><span style="display:inline-block;width:10px;height:10px;background:#7fba00"></span> Microsoft 365</td></tr>
<tr><td style="padding:8px 32px;font-size:24px;color:#0067b8">Ihre Multi-Faktor-Authentifizierung l&auml;uft ab</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:20px">
<p>Ihr Administrator hat f&uuml;r die Organisation <b>Example Group</b> die Umstellung der Multi-Faktor-Authentifizierung (MFA) auf das neue Sicherheitsverfahren aktiviert. Ihre aktuelle Registrierung f&uuml;r <b>sabine.krueger@example.com</b> l&auml;uft am <b>30.11.2026</b> ab. Danach ist die Anmeldung an Outlook, Teams und SharePoint nicht mehr m&ouml;glich.</p>
<p><b>So aktualisieren Sie Ihre Registrierung in weniger als 2 Minuten:</b><br>
1. &Ouml;ffnen Sie die Kamera-App auf Ihrem Smartphone.<br>
2. Scannen Sie den folgenden QR-Code.<br>
3. Melden Sie sich mit Ihrem Gesch&auml;ftskonto an und best&auml;tigen Sie die Anfrage in der Authenticator-App.</p>
<p style="text-align:center"><img src="cid:mfa-code.png@01DD5C4E.3B7A1F20" width="200" height="200" alt="QR-Code"></p>
<p style="font-size:12px;color:#737373">Aus Sicherheitsgr&uuml;nden ist der Code nur f&uuml;r Ihr Konto g&uuml;ltig und l&auml;uft nach 24 Stunden ab.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#737373">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table>"""
    img = Part('image/png', data=png, filename='mfa-code.png', disp='inline', cid='mfa-code.png@01DD5C4E.3B7A1F20')
    img.note = 'QR code -> %s' % url
    m.body = mp('alternative', text(plain, 'UTF-8', 'quoted-printable'),
                mp('related', html(simple_html(inner, 'UTF-8', 'Microsoft 365'), 'UTF-8', 'base64'), img))
    return m


def a06(n):
    m = Msg('attack', n, 'de', 'thread-hijack-kunde-zip-passwort',
            what='Reply from customer Nordsee Yachtservice (Holger Janssen) in an August quotation thread: '
                 '"revised order" as password-protected ZIP, password in the mail',
            why='Thread hijack from a genuinely compromised customer mailbox: genuine server, but submitted '
                'from a hosting IP without rDNS by a script (Message-ID added by the server, no mail client); '
                'revives a 3-month-old thread with generic text; ZipCrypto archive hides a .pdf.lnk shortcut '
                'from scanning',
            tech=['thread hijack (compromised partner mailbox)', 'reply in thread', 'password-protected ZIP (ZipCrypto)', 'LNK dropper'])
    t = T('2026-11-05 14:22:06', 'DE')
    to = S('sales_de')
    frm = C.NORD['janssen']
    m.env_from = frm[1]
    m.hop('from [127.0.0.1] (unknown [194.165.16.77])\n\t(Authenticated sender: h.janssen@nordsee-yachtservice.de)\n\tby mail.nordsee-yachtservice.de (Postfix) with ESMTPSA id 4bN9tH1cWqz3kRd'
          '\n\tfor <%s>; %s' % (to[1], (t + 1).rfc(comment=True)))
    m.mx('mail.nordsee-yachtservice.de', C.NORD['mailhost_ip'], t + 2, to[1])
    m.msgid = '<20261105132207.4bN9tH1cWqz3kRd@mail.nordsee-yachtservice.de>'
    subj = 'AW: Angebot 2026-1187 – Ankerwinden und Kettenzubehör'
    orig_id = '<AM0PR02MB8841C3F1A2B94D07E5E1C8B2D9F12@AM0PR02MB8841.eurprd02.prod.outlook.com>'
    m.std(t, frm, [to], subj, cs='iso-8859-1', enc='Q', scs='utf-8', irt=orig_id,
          refs='<FR2P281MB0147A09B3C1E2F8D64A7E51B9C0D2@FR2P281MB0147.DEUP281.PROD.OUTLOOK.COM>\n ' + orig_id)
    body = """Hallo Herr Lüders,

anbei wie besprochen die überarbeitete Bestellung mit den geänderten Positionen und Lieferterminen.
Das Dokument ist wegen der enthaltenen Preisvereinbarungen verschlüsselt.

Kennwort: 2611

Bitte kurz prüfen und bestätigen.

Mit freundlichen Grüßen

Holger Janssen
Einkauf / Technik
Nordsee Yachtservice GmbH
Schwedenkai 4 | 24103 Kiel
Tel. +49 431 5570 31-12

-----Ursprüngliche Nachricht-----
Von: Henrik Lüders <henrik.lueders@example.com>
Gesendet: Donnerstag, 20. August 2026 11:04
An: Holger Janssen <h.janssen@nordsee-yachtservice.de>
Betreff: AW: Angebot 2026-1187 - Ankerwinden und Kettenzubehör

Hallo Herr Janssen,

vielen Dank für Ihre Anfrage. Anbei unser Angebot 2026-1187 über 2 x Ankerwinde vertikal 1.500 W, 12 V, inkl. Kettennuss für 10-mm-Kette, sowie 2 x Kettenzähler mit Funkfernbedienung.
Lieferzeit ca. 3 Wochen ab Auftragseingang, die Preise gelten bis 30.09.2026.

Viele Grüße
Henrik Lüders
Key Account Sales
Example Group GmbH | Am Sandtorkai 50 | 20457 Hamburg
"""
    z = F.zip_crypto([('Bestellung_2026-1187_rev2.pdf.lnk', F.PLACEHOLDER)], '2611',
                     when=(2026, 11, 5, 14, 18, 30), seed=m.slug)
    a = att('application/zip', z, 'Bestellung_2026-1187_rev2.zip')
    a.note = 'ZipCrypto, password 2611, member Bestellung_2026-1187_rev2.pdf.lnk (placeholder)'
    m.extra_files['zippw:Bestellung_2026-1187_rev2.zip'] = '2611'
    m.body = mp('mixed', text(body, 'iso-8859-1', 'quoted-printable'), a,
                boundary='=_%s' % m.hexs(28))
    return m


def a07(n):
    m = Msg('attack', n, 'de', 'gewerberegister-formular-abofalle',
            what='"Deutsches Gewerbe-Register": annual data check, return the pre-filled form signed within 14 days',
            why='Fake register / directory invoice scam (Adressbuchschwindel): looks official, but the small print '
                'of the PDF is an order for a private online directory at 1,289 EUR per year for 3 years; '
                'sent via Brevo from a newly registered domain; no legal registration duty exists',
            tech=['fake directory / register invoice', 'bulk ESP abuse (Brevo)', 'PDF form'])
    t = T('2026-10-12 09:30:02', 'DE')
    to = S('asst')
    frm = ('Deutsches Gewerbe-Register (DGR)', 'eintragung@dgr-register.de')
    I.brevo(m, t, to[1], sender_dom='dgr-register.de')
    m.std(t, frm, [to], 'Datenabgleich 2027 – Example Group GmbH (HRB 104871) – Rücksendung bis 26.10.2026',
          cs='UTF-8', enc='B')
    plain = """Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Datenpflege bitten wir Sie, die im Gewerbe-Register hinterlegten Angaben zu Ihrem Unternehmen zu prüfen und das beigefügte Formular ergänzt und unterschrieben innerhalb von 14 Tagen an uns zurückzusenden.

Registernummer: DGR-2026-4418713
Firma: Example Group GmbH
Anschrift: Am Sandtorkai 50, 20457 Hamburg
Handelsregister: Amtsgericht Hamburg HRB 104871
Branche: Großhandel mit Schiffs- und Bootszubehör

Die Rücksendung ist per E-Mail an eintragung@dgr-register.de oder per Fax an 030 5683 2290 möglich.

Mit freundlichen Grüßen

Deutsches Gewerbe-Register
Abteilung Datenpflege
"""
    htm = simple_html('<div style="font-family:Arial,sans-serif;font-size:14px;padding:20px;background:#fff">'
                      + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in plain.strip().split('\n\n'))
                      + '</div>', 'UTF-8', 'DGR')
    pdf = F.pdf([('h', 'DGR Deutsches Gewerbe-Register'), ('s', 'Abteilung Datenpflege · Friedrichstraße 88 · 10117 Berlin'), '',
                 ('b', 'Eintragungsformular / Datenabgleich 2027'), 'Registernummer: DGR-2026-4418713', '',
                 'Firma: Example Group GmbH', 'Straße: Am Sandtorkai 50', 'PLZ/Ort: 20457 Hamburg',
                 'Handelsregister: Amtsgericht Hamburg HRB 104871', 'Branche: Großhandel mit Schiffs- und Bootszubehör',
                 'Telefon: ____________________   E-Mail: ____________________', '',
                 'Bitte prüfen, ergänzen und unterschrieben zurücksenden.', '',
                 'Ort, Datum: ____________________   Stempel/Unterschrift: ____________________', '', '',
                 ('s', 'Mit Ihrer Unterschrift beauftragen Sie die DGR Deutsches Gewerbe-Register Ltd. mit der Veröffentlichung'),
                 ('s', 'Ihres Eintrags im Online-Verzeichnis www.dgr-register.de für die Dauer von 3 Jahren zum Preis von'),
                 ('s', '1.289,00 EUR netto pro Jahr zzgl. gesetzl. USt. Die Rechnungsstellung erfolgt jährlich im Voraus.'),
                 ('s', 'Es handelt sich um ein privates Verzeichnis; eine gesetzliche Eintragungspflicht besteht nicht.'),
                 ('s', 'DGR Deutsches Gewerbe-Register Ltd., Sitz: Limassol (Zypern). Gerichtsstand ist Limassol.')],
                title='Eintragungsformular', author='DGR', creator='Writer', producer='LibreOffice 7.6',
                date="20261009101500+02'00'")
    m.body = mp('mixed', alt(plain, htm, 'UTF-8', 'base64'),
                att('application/pdf', pdf, 'Eintragungsformular_DGR-2026-4418713.pdf'))
    return m


def a08(n):
    url = 'https://reinholz-partner.docs-viewer.net/akte/RP-2026-11873?m=juergen.weiss@example.com'
    m = Msg('attack', n, 'de', 'anwalt-zahlungsaufforderung-svg',
            what='"Reinholz & Partner Rechtsanwälte" demand 31k EUR on behalf of Lieferant GmbH; statement of '
                 'claim as SVG "protected document"',
            why='Fake lawyer letter with SVG attachment: the SVG draws a document preview and links to '
                'reinholz-partner.docs-viewer.net (credential page, recipient pre-filled); firm domain and Mailgun '
                'sending domain are new; real firms send PDFs; pressure with court order threat',
            tech=['fake lawyer / debt collection', 'SVG attachment with phishing link', 'bulk ESP abuse (Mailgun)'])
    t = T('2026-12-09 11:03:27', 'DE')
    to = S('ap')
    frm = ('Reinholz & Partner Rechtsanwälte', 'forderungsmanagement@kanzlei-reinholz.de')
    I.mailgun(m, t, to[1], sending_dom='mg.kanzlei-reinholz.de')
    m.std(t, frm, [to], 'Außergerichtliche Zahlungsaufforderung - Az. RP-2026-11873 - Lieferant GmbH ./. Example Group GmbH',
          cs='iso-8859-1', enc='Q')
    body = """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns die Lieferant GmbH, Hafenstraße 112, 28217 Bremen, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.

Unsere Mandantin macht gegen Sie Forderungen aus Warenlieferungen in Höhe von insgesamt %s EUR zuzüglich Verzugszinsen gemäß § 288 Abs. 2 BGB sowie der Verzugspauschale nach § 288 Abs. 5 BGB geltend. Die Einzelaufstellung der offenen Posten sowie die Berechnung der Nebenforderungen entnehmen Sie bitte der beigefügten Forderungsaufstellung.

Wir fordern Sie auf, den Gesamtbetrag bis spätestens

16.12.2026

auszugleichen. Nach fruchtlosem Fristablauf haben wir Auftrag, ohne weitere Ankündigung das gerichtliche Mahnverfahren einzuleiten, wodurch Ihnen erhebliche weitere Kosten entstehen.

Die Forderungsaufstellung ist aus Gründen der Vertraulichkeit als geschütztes Dokument beigefügt und kann direkt im Browser geöffnet werden.

Mit freundlichen Grüßen

Dr. jur. Markus Reinholz
Rechtsanwalt

Reinholz & Partner Rechtsanwälte mbB
Kurfürstendamm 61 | 10707 Berlin
Tel. +49 30 8870 4412
""" % E(OPEN_TOTAL)
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">
  <rect width="820" height="1060" fill="#e9e9e9"/>
  <rect x="60" y="40" width="700" height="980" fill="#ffffff" stroke="#c8c8c8"/>
  <text x="100" y="110" font-family="Georgia,serif" font-size="26" fill="#1f2d3d">Reinholz &amp; Partner</text>
  <text x="100" y="135" font-family="Arial,sans-serif" font-size="13" fill="#666">Rechtsanwälte mbB · Kurfürstendamm 61 · 10707 Berlin</text>
  <text x="100" y="200" font-family="Arial,sans-serif" font-size="18" fill="#222">Forderungsaufstellung Az. RP-2026-11873</text>
  <rect x="100" y="230" width="620" height="14" fill="#dcdcdc"/>
  <rect x="100" y="260" width="560" height="14" fill="#dcdcdc"/>
  <rect x="100" y="290" width="600" height="14" fill="#dcdcdc"/>
  <rect x="100" y="320" width="480" height="14" fill="#dcdcdc"/>
  <rect x="0" y="0" width="820" height="1060" fill="#ffffff" fill-opacity="0.55"/>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="230" y="470" width="360" height="120" rx="6" fill="#ffffff" stroke="#b00020" stroke-width="2"/>
    <text x="410" y="515" text-anchor="middle" font-family="Arial,sans-serif" font-size="17" fill="#b00020">Geschütztes Dokument</text>
    <text x="410" y="550" text-anchor="middle" font-family="Arial,sans-serif" font-size="15" fill="#222">Zum Öffnen hier klicken und mit</text>
    <text x="410" y="572" text-anchor="middle" font-family="Arial,sans-serif" font-size="15" fill="#222">Ihrer geschäftlichen E-Mail bestätigen</text>
  </a>
</svg>
""" % (esc(url), esc(url))
    a = att('image/svg+xml', svg.encode('utf-8'), 'Forderungsaufstellung_RP-2026-11873.svg')
    a.note = 'no script; hyperlink to %s' % url
    m.body = mp('mixed', text(body, 'iso-8859-1', 'quoted-printable'), a)
    return m


# ================================================================ BUSINESS
def b01(n):
    m = Msg('business', n, 'de', 'lieferant-rechnung',
            what='Lieferant GmbH accounting sends invoice RE-2026-10418 (PDF) for purchase order 4500018822',
            why='Genuine supplier invoice from the real domain and mail server, usual bank details (Sparkasse '
                'Bremen), normal payment terms, no request to change anything',
            pair=(['lieferant-bankverbindung-lookalike', 'anwalt-zahlungsaufforderung-svg'],
                  'same supplier, same invoice numbers and amounts'))
    t = T('2026-10-13 11:20:18', 'DE')
    to = S('ap')
    frm = C.LIEF['buha']
    m.env_from = frm[1]
    I.smb(m, t, to[1], host=C.LIEF['mailhost'], host_ip=C.LIEF['mailhost_ip'], client_ip='87.139.44.202',
          client_kind='telekom', auth='rechnungen@lieferant-gmbh.de')
    I.outlook_desktop(m, t, 'lieferant-gmbh.de', 'de')
    m.std(t, frm, [to], 'Rechnung RE-2026-10418 zu Ihrer Bestellung 4500018822', cs='iso-8859-15', enc='Q')
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10418 vom 13.10.2026 zu Ihrer Bestellung 4500018822 als PDF-Dokument.

Rechnungsbetrag: %s €
Zahlungsziel: 30 Tage netto, bei Zahlung innerhalb von 10 Tagen 2 %% Skonto

Bitte geben Sie bei der Zahlung die Rechnungsnummer an.

Mit freundlichen Grüßen

Ihre Buchhaltung
%s
""" % (E(INV1), LIEF_SIG)
    pdf = lief_invoice_pdf('RE-2026-10418', '13.10.2026', '4500018822', INV1_LINES, '12.11.2026',
                           C.LIEF_IBAN_OLD, "20261013111805+02'00'")
    m.body = mp('mixed', text(body, 'iso-8859-15', 'quoted-printable'),
                att('application/pdf', pdf, 'RE-2026-10418.pdf'))
    return m


def b02(n):
    m = Msg('business', n, 'de', 'lieferant-neue-bankverbindung-echt',
            what='Petra Lang (Lieferant GmbH) announces the move of the company account to Bremische Volksbank '
                 'from 01.12.2026, signed letter attached',
            why='Genuine, properly announced bank change: real domain and server, German bank, old account stays '
                'valid until 31.03.2027, letter also by post, explicitly asks for call-back verification on the '
                'known number, no open invoices redirected, no urgency',
            pair=(['lieferant-bankverbindung-lookalike'], 'supplier bank-detail change'))
    t = T('2026-11-16 10:05:51', 'DE')
    to = S('ap')
    frm = C.LIEF['lang']
    m.env_from = frm[1]
    I.smb(m, t, to[1], host=C.LIEF['mailhost'], host_ip=C.LIEF['mailhost_ip'], client_ip='87.139.44.202',
          client_kind='telekom', auth='p.lang@lieferant-gmbh.de')
    I.outlook_desktop(m, t, 'lieferant-gmbh.de', 'de')
    m.std(t, frm, [to], 'Neue Bankverbindung der Lieferant GmbH ab 01.12.2026', cc=[C.LIEF['maier']],
          cs='windows-1252', enc='Q')
    body = """Sehr geehrter Herr Weiß,

wir möchten Sie rechtzeitig über eine Änderung unserer Bankverbindung informieren. Zum 01.12.2026 verlagern wir unseren Zahlungsverkehr von der Sparkasse Bremen zur Bremischen Volksbank eG.

Neue Bankverbindung ab 01.12.2026:
Kontoinhaber: Lieferant GmbH
Bank: Bremische Volksbank eG
IBAN: %s
BIC: GENODEF1HB1

Unser bisheriges Konto bei der Sparkasse Bremen (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden bis dahin selbstverständlich weiterhin angenommen. Ab Dezember ist die neue Verbindung auf allen Rechnungen angegeben.

Das von unserer Geschäftsführung unterzeichnete Schreiben finden Sie im Anhang, eine Ausfertigung erhalten Sie zusätzlich per Post. Bitte verifizieren Sie die Änderung wie gewohnt durch einen Rückruf unter unserer Ihnen bekannten Zentralnummer +49 421 3890 40. Wir ändern Bankdaten niemals allein per E-Mail und bitten Sie, bei abweichenden Mitteilungen „im Namen“ der Lieferant GmbH vorsichtig zu sein.

Mit freundlichen Grüßen

Petra Lang
Leiterin Finanzbuchhaltung
Tel. +49 421 3890 40-23

%s
""" % (K.fmt_iban(C.LIEF_IBAN_NEW), K.fmt_iban(C.LIEF_IBAN_OLD), LIEF_SIG)
    pdf = F.pdf([('h', 'Lieferant GmbH'), ('s', 'Hafenstraße 112 · 28217 Bremen · Tel. +49 421 3890 40'), '',
                 'Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Sandtorkai 50', '20457 Hamburg', '',
                 'Bremen, 13.11.2026', '', ('b', 'Änderung unserer Bankverbindung zum 01.12.2026'), '',
                 'Sehr geehrte Damen und Herren,', '',
                 'zum 01.12.2026 wechseln wir unsere Hausbank. Bitte verwenden Sie ab diesem Datum folgende Verbindung:', '',
                 'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Bremische Volksbank eG',
                 'IBAN: %s' % K.fmt_iban(C.LIEF_IBAN_NEW), 'BIC: GENODEF1HB1', '',
                 'Das bisherige Konto bei der Sparkasse Bremen (IBAN %s)' % K.fmt_iban(C.LIEF_IBAN_OLD),
                 'bleibt bis zum 31.03.2027 für Zahlungseingänge geöffnet.', '',
                 'Bitte bestätigen Sie die Änderung telefonisch unter +49 421 3890 40.', '',
                 'Mit freundlichen Grüßen', '', 'Dr. Ulrich Brandes            Katrin Oltmanns',
                 'Geschäftsführer               Geschäftsführerin', '',
                 ('s', 'Amtsgericht Bremen HRB 27781 HB · USt-IdNr. %s' % C.LIEF['ustid'])],
                title='Änderung Bankverbindung', author='Lieferant GmbH', creator='Microsoft Word 2021',
                producer='Microsoft Word 2021', date="20261113142010+01'00'")
    m.body = mp('mixed', outlook_alt(body, 'windows-1252', 'quoted-printable', 'DE'),
                att('application/pdf', pdf, 'Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf'))
    return m


def b03(n):
    m = Msg('business', n, 'de', 'ceo-dringende-zahlung-intern',
            what='The CEO asks the CFO (cc his assistant) to release today the stand deposit for boot Düsseldorf '
                 '2027, four-eyes approval with AP',
            why='Genuine internal mail through mail-int01/Exchange; urgent, but refers to an existing creditor and '
                'document in DocuWare, the normal four-eyes release with Jürgen Weiß and his own second signature; '
                'reachable by phone',
            pair=(['ceo-fraud-vertrauliche-uebernahme'], 'urgent payment request from the CEO to the CFO'))
    t = T('2026-12-03 08:47:16', 'DE')
    to = S('cfo')
    frm = S('ceo')
    m.env_from = frm[1]
    I.internal(m, t, to[1])
    m.clang = 'de-DE'
    m.std(t, frm, [to], 'Dringend: Anzahlung Standfläche boot Düsseldorf 2027 - heute freigeben', cc=[S('asst')],
          cs='iso-8859-1', enc='Q', order='ftsd')
    body = """Hallo Sabine,

die Messe Düsseldorf hat die Anzahlung für unseren Stand auf der boot 2027 (Halle 11, Stand 11C58) angemahnt, Fälligkeit ist heute. Wenn der Betrag bis morgen früh nicht eingegangen ist, geht die Fläche zurück an die Warteliste - und die Ecklage bekommen wir so schnell nicht wieder.

Rechnung Nr. 2026-MD-3371 über 48.790,00 EUR, liegt in DocuWare (Beleg-ID 26-104233). Die Bankverbindung ist die der Messe, die wir schon im Kreditorenstamm haben; die Anzahlung für 2026 lief auf dasselbe Konto.

Kannst du die Zahlung bitte heute mit Jürgen im Vier-Augen-Verfahren anlegen? Ich gebe die zweite Freigabe in der Banking-App, sobald ich aus dem Termin bei der Haspa raus bin (ca. 11:30). Bei Fragen bin ich mobil erreichbar.

Danke und Gruß
Klaus

Dr. Klaus Oberländer
Geschäftsführer
Example Group GmbH | Am Sandtorkai 50 | 20457 Hamburg
Tel. +49 40 3290 118-0 | Mobil +49 171 4402 118
"""
    m.body = outlook_alt(body, 'iso-8859-1', 'quoted-printable', 'DE')
    return m


def b04(n):
    m = Msg('business', n, 'de', 'krankmeldung-private-adresse',
            what='Henrik Lüders reports sick to HR from his private GMX address (laptop is in the office)',
            why='Genuine: the employee\'s known private address, sent from his phone through GMX; informs about '
                'the eAU (electronic sick note) the employer retrieves from the health insurer; asks for nothing '
                'sensitive',
            pair=(['gehaltskonto-aenderung-privatadresse'], 'employee writing to HR from a private free-mail address'))
    t = T('2026-11-09 07:18:40', 'DE')
    to = S('hr')
    frm = C.PRIVATE['sales_de']
    m.env_from = frm[1]
    I.gmx(m, t, to[1], domain='gmx.de', client_ip='176.2.118.43')
    m.std(t, frm, [to], 'Krankmeldung Henrik Lüders', cs='UTF-8', enc='Q')
    body = """Hallo Monika,

ich muss mich leider krankmelden, hab mir am Wochenende einen ordentlichen Infekt eingefangen. Ich war heute früh beim Hausarzt, die AU geht bis einschließlich Freitag, 13.11. Die eAU hat die Praxis an die TK übermittelt, ihr könnt sie also wie üblich abrufen.

Den Termin bei Nordsee Yachtservice am Mittwoch habe ich Herrn Janssen schon abgesagt, Markus weiß wegen der offenen Angebote Bescheid.

Ich schreibe von privat, weil der Laptop im Büro liegt.

Viele Grüße
Henrik

--
Von GMX Mail für Android gesendet
"""
    m.body = text(body, 'UTF-8', '8bit')
    return m


def b05(n):
    m = Msg('business', n, 'de', 'lieferant-mahnung-liefersperre',
            what='Lieferant GmbH sends the second dunning letter and threatens a delivery stop from 04.12.2026',
            why='Genuine urgent reminder: real domain and server, amounts match invoices on file, refers to both '
                'announced accounts (old and new, as per the letter of 16.11.), offers a phone contact; '
                'pressure alone does not make it fraud',
            pair=(['anwalt-zahlungsaufforderung-svg', 'lieferant-bankverbindung-lookalike'],
                  'same overdue items, threat of consequences'))
    t = T('2026-11-26 14:02:33', 'DE')
    to = S('ap')
    frm = C.LIEF['buha']
    m.env_from = frm[1]
    I.smb(m, t, to[1], host=C.LIEF['mailhost'], host_ip=C.LIEF['mailhost_ip'], client_ip='87.139.44.202',
          client_kind='telekom', auth='rechnungen@lieferant-gmbh.de')
    I.outlook_desktop(m, t, 'lieferant-gmbh.de', 'de')
    m.std(t, frm, [to], '2. Mahnung - Kunden-Nr. 10473 - drohende Liefersperre ab 04.12.2026', cc=[C.LIEF['maier']],
          cs='iso-8859-1', enc='Q')
    rows = [('RE-2026-10418', '13.10.2026', '12.11.2026', INV1), ('RE-2026-10492', '19.10.2026', '18.11.2026', INV2)]
    tab = '\n'.join('%s vom %s   fällig %s   %12s EUR' % (a, b, c, E(d)) for a, b, c, d in rows)
    body = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 12.11.2026 konnten wir zu folgenden Rechnungen bislang keinen Zahlungseingang feststellen:

%s
Gesamt                                                %12s EUR

Wir bitten Sie dringend, den offenen Betrag bis spätestens 03.12.2026 auszugleichen. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Ihr Kundenkonto ab dem 04.12.2026 für weitere Lieferungen zu sperren. Bereits kommissionierte Aufträge (u. a. Ihre Bestellung 4500019107) würden bis zum Ausgleich zurückgehalten.

Zahlungen können bis zum 31.03.2027 auf beide Ihnen mitgeteilten Konten erfolgen (siehe unser Schreiben vom 13.11.2026). Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Für Rückfragen erreichen Sie Frau Lang unter +49 421 3890 40-23.

Mit freundlichen Grüßen

Debitorenbuchhaltung
%s
""" % (tab, E(OPEN_TOTAL), LIEF_SIG)
    pdf = F.pdf([('h', 'Lieferant GmbH'), ('s', 'Hafenstraße 112 · 28217 Bremen'), '',
                 'Example Group GmbH · Kreditorenbuchhaltung · Am Sandtorkai 50 · 20457 Hamburg', '',
                 ('b', '2. Mahnung'), 'Kunden-Nr. 10473 · Bremen, 26.11.2026', ''] +
                ['%s vom %s, fällig %s: %s EUR' % (a, b, c, E(d)) for a, b, c, d in rows] +
                ['', ('b', 'Offener Betrag: %s EUR' % E(OPEN_TOTAL)), '',
                 'Bitte überweisen Sie bis 03.12.2026. Andernfalls erfolgt ab 04.12.2026 eine Liefersperre.', '',
                 'Sparkasse Bremen  IBAN %s  BIC SBREDE22XXX' % K.fmt_iban(C.LIEF_IBAN_OLD),
                 'Bremische Volksbank  IBAN %s  BIC GENODEF1HB1' % K.fmt_iban(C.LIEF_IBAN_NEW)],
                title='Mahnung', author='Lieferant GmbH', creator='Sage 100 10.0', producer='PDFlib 9.3.1 (Win64)',
                date="20261126135512+01'00'")
    m.body = mp('mixed', text(body, 'iso-8859-1', '8bit'), att('application/pdf', pdf, 'Mahnung_10473_2026-11-26.pdf'))
    return m


def b06(n):
    m = Msg('business', n, 'de', 'microsoft-konto-sicherheitscode',
            what='Microsoft account team sends a security code (password reset) for the Microsoft account '
                 'registered on the IT head\'s work address',
            why='Genuine Microsoft account notification: accountprotection.microsoft.com via Exchange Online '
                'outbound infrastructure, only a one-time code, no links to sign in, requested by the user',
            pair=(['m365-mfa-erneuerung-qr-code'], 'Microsoft-branded security notice'))
    t = T('2026-10-21 15:11:08', 'DE')
    to = S('it')
    frm = ('Microsoft-Kontoteam', 'account-security-noreply@accountprotection.microsoft.com')
    m.env_from = 'account-security-noreply@accountprotection.microsoft.com'
    I.exo(m, t, to[1], tenant='72f988bf-86f1-41af-91ab-2d7cd011db47', pod='SA1PR21MB', region='namprd21',
          outbound='NAM12-BN8-obe', ob_host='mail-bn8nam12on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.237.%d', lang='de-DE')
    m.x = [x for x in m.x if not x[0].lower().startswith(('thread-', 'accept-lang', 'x-ms-has', 'x-ms-tnef'))]
    m.std(t, frm, [to], 'Sicherheitscode für das Microsoft-Konto', cs='utf-8', enc='B')
    plain = """Microsoft-Konto
Sicherheitscode

Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto th*****@example.com.

Sicherheitscode: 482913

Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Möglicherweise hat jemand anderes Ihre E-Mail-Adresse versehentlich eingegeben.

Vielen Dank!
Das Microsoft-Kontoteam
"""
    inner = """<table dir="ltr"><tr><td style="font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Microsoft-Konto</td></tr>
<tr><td style="font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Sicherheitscode</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Sicherheitscode: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a">482913</span></td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Möglicherweise hat jemand anderes Ihre E-Mail-Adresse versehentlich eingegeben.</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Vielen Dank!</td></tr>
<tr><td style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Das Microsoft-Kontoteam</td></tr></table>"""
    m.body = alt(plain, '<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s</body></html>\n' % inner,
                 'utf-8', 'quoted-printable')
    m.bgen = lambda rng, ct: '=_' + m.alnum(16)
    return m


def b07(n):
    m = Msg('business', n, 'de', 'it-hinweis-mfa-qr-phishing-intern',
            what='IT security (Lena Hoffmann) informs all staff about the switch to number matching in '
                 'Microsoft Authenticator and warns of QR-code phishing',
            why='Genuine internal notice through mail-int01/Exchange from the mail admin to a distribution list; '
                'tells users NOT to scan QR codes, only official aka.ms link typed on a company PC, no credentials '
                'requested',
            pair=(['m365-mfa-erneuerung-qr-code'], 'MFA re-registration topic, deadline 30.11.'))
    t = T('2026-11-23 09:00:12', 'DE')
    to = ('Alle Mitarbeiter Example Group', 'alle@example.com')
    frm = S('sec')
    m.env_from = frm[1]
    I.internal(m, t, to[1], server='HH2')
    m.clang = 'de-DE'
    m.std(t, frm, [to], 'IT-Sicherheit: Umstellung der MFA-Anmeldung bis 30.11. und Warnung vor QR-Code-Phishing',
          cs='windows-1252', enc='Q', order='ftsd')
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Tagen erreichen uns vermehrt E-Mails, die angeblich von „Microsoft 365“ stammen und dazu auffordern, per QR-Code die Multi-Faktor-Authentifizierung zu „erneuern“. Diese E-Mails sind Betrugsversuche. Bitte scannen Sie keine QR-Codes aus E-Mails und melden Sie solche Nachrichten über die Schaltfläche „Phishing melden“ in Outlook.

Unabhängig davon stellen wir tatsächlich bis zum 30.11.2026 alle Konten auf die Anmeldung mit Nummernabgleich in der Microsoft Authenticator App um. Dafür müssen Sie nichts per E-Mail bestätigen:

1. Die Umstellung erfolgt automatisch. Bei der nächsten Anmeldung zeigt Ihnen der Bildschirm eine zweistellige Zahl, die Sie in der App eingeben.
2. Wer ein neues Telefon registrieren muss, tut das ausschließlich über aka.ms/mysecurityinfo am Firmenrechner oder gemeinsam mit dem Service Desk.
3. Wir fragen Sie niemals nach Ihrem Passwort oder nach Codes – weder per E-Mail noch am Telefon noch über Teams.

Bei Fragen erreichen Sie den IT-Service-Desk unter servicedesk@example.com oder intern unter der Durchwahl -444.

Viele Grüße
Lena Hoffmann
IT-Sicherheit / Mail-Administration
Example Group GmbH
"""
    m.body = outlook_alt(body, 'windows-1252', 'quoted-printable', 'DE')
    return m


def b08(n):
    m = Msg('business', n, 'de', 'zollservice-xrechnung',
            what='Customs broker Hanse Zollservice sends its invoice as XRechnung (UBL XML) plus PDF copy for '
                 'an import clearance',
            why='Genuine e-invoice: the broker\'s real domain on IONOS (Open-Xchange), structured XML with '
                'matching totals, known creditor, no login or verification link',
            pair=(['erechnung-zustellung-phishing'], 'German e-invoicing (XRechnung) topic'))
    t = T('2026-10-29 16:40:25', 'DE')
    to = S('ap')
    frm = C.HANSE['rech']
    m.env_from = frm[1]
    m.hop('from [192.168.10.57] ([80.147.212.96]) by mrelayeu.kundenserver.de (mreue106\n\t[212.227.15.183]) with ESMTPSA (Nemesis) id 1MxVbH-1tQj7Z0ZGb-00yPlc; %s'
          % (t + 1).rfc())
    m.mx('mout.kundenserver.de', '212.227.126.131', t + 2, to[1], tls='1.3')
    I.open_xchange(m, t, 'email.ionos.de')
    m.std(t, frm, [to], 'Rechnung 2026-ZS-04417 (XRechnung) – Einfuhrabfertigung Sendung HAM-IM-66120',
          cs='UTF-8', enc='Q')
    iban = K.de_iban('20190003', '9918273300')
    fee = [('Einfuhrabfertigung ATLAS, 1 Position', 1, 95.00), ('Zusätzliche Warentarifnummer', 3, 12.50),
           ('Vorlageprovision verauslagte Abgaben', 1, 38.64)]
    net = round(sum(q * p for _, q, p in fee), 2)
    vat = round(net * 0.19, 2)
    duties = 1932.18
    total = round(net + vat + duties, 2)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 2026-ZS-04417 für die Einfuhrabfertigung Ihrer Sendung HAM-IM-66120 (2 Paletten Antifouling und Bootslacke von Solent Marine Supplies, Southampton; MRN 26DE460000E0771831) als E-Rechnung im Format XRechnung (UBL) sowie eine PDF-Sichtkopie. Maßgeblich ist die XML-Datei.

Die verauslagten Einfuhrabgaben (Zoll und Einfuhrumsatzsteuer, %s EUR) sind gesondert und ohne Umsatzsteuer ausgewiesen.

Rechnungsbetrag: %s EUR, zahlbar innerhalb von 10 Tagen ohne Abzug.

Mit freundlichen Grüßen

Ines Petersen
Hanse Zollservice GmbH
Rechnungswesen
Bei den Mühren 70 | 20457 Hamburg
Tel. +49 40 3070 882-15
USt-IdNr. %s
""" % (E(duties), E(total), C.HANSE['ustid'])
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>2026-ZS-04417</cbc:ID>
  <cbc:IssueDate>2026-10-29</cbc:IssueDate>
  <cbc:DueDate>2026-11-08</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:Note>Verauslagte Einfuhrabgaben MRN 26DE460000E0771831 (nicht steuerbar).</cbc:Note>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>4500019012</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnung@hanse-zollservice.de</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Bei den Mühren 70</cbc:StreetName><cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>20457</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Hanse Zollservice GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
    <cac:Contact><cbc:Name>Ines Petersen</cbc:Name><cbc:Telephone>+49 40 3070 882-15</cbc:Telephone><cbc:ElectronicMail>i.petersen@hanse-zollservice.de</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">juergen.weiss@example.com</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Am Sandtorkai 50</cbc:StreetName><cbc:CityName>Hamburg</cbc:CityName><cbc:PostalZone>20457</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>2026-ZS-04417</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Hanse Zollservice GmbH</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>Zahlbar innerhalb von 10 Tagen ohne Abzug.</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%.2f</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%.2f</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%.2f</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>O</cbc:ID><cbc:TaxExemptionReason>Verauslagte Einfuhrabgaben (durchlaufender Posten)</cbc:TaxExemptionReason><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">%.2f</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">%.2f</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">%.2f</cbc:PayableAmount></cac:LegalMonetaryTotal>
""" % (C.HANSE['ustid'], C.EG_USTID, iban, vat, net, vat, duties, net + duties, net + duties, total, total)
    for i, (d, q, p) in enumerate(fee + [('Verauslagte Einfuhrabgaben (Zoll, EUSt)', 1, duties)], 1):
        cat, pct = ('O', '') if i == len(fee) + 1 else ('S', '<cbc:Percent>19</cbc:Percent>')
        xml += ('  <cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:InvoicedQuantity unitCode="C62">%d</cbc:InvoicedQuantity>'
                '<cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s</cbc:Name>'
                '<cac:ClassifiedTaxCategory><cbc:ID>%s</cbc:ID>%s<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>'
                '</cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount>'
                '</cac:Price></cac:InvoiceLine>\n') % (i, q, q * p, esc(d), cat, pct, p)
    xml += '</ubl:Invoice>\n'
    pdf = F.pdf([('h', 'Hanse Zollservice GmbH'), ('s', 'Bei den Mühren 70 · 20457 Hamburg'), '',
                 'Example Group GmbH · Am Sandtorkai 50 · 20457 Hamburg', '',
                 ('b', 'Rechnung 2026-ZS-04417 (Sichtkopie der XRechnung)'), 'Datum: 29.10.2026 · Ihre Bestellung 4500019012',
                 'Sendung HAM-IM-66120 · MRN 26DE460000E0771831', ''] +
                ['%d x %s: %s EUR' % (q, d, E(q * p)) for d, q, p in fee] +
                ['Summe netto: %s EUR · USt 19 %%: %s EUR' % (E(net), E(vat)),
                 'Verauslagte Einfuhrabgaben (nicht steuerbar): %s EUR' % E(duties),
                 ('b', 'Rechnungsbetrag: %s EUR' % E(total)), '',
                 'Hamburger Volksbank · IBAN %s · BIC GENODEF1HH2' % K.fmt_iban(iban)],
                title='Rechnung 2026-ZS-04417', author='Hanse Zollservice GmbH', creator='AEB Customs Management',
                producer='iText 7.2.5', date="20261029163811+01'00'")
    x = att('application/xml', xml.encode('utf-8'), '2026-ZS-04417_xrechnung.xml')
    x.note = 'UBL 2.1 / XRechnung 3.0'
    m.body = mp('mixed', text(body, 'UTF-8', 'base64'), x, att('application/pdf', pdf, '2026-ZS-04417.pdf'))
    return m


ATTACKS = [a01, a02, a03, a04, a05, a06, a07, a08]
BUSINESS = [b01, b02, b03, b04, b05, b06, b07, b08]
