"""Attack messages, German (8)."""
import base64

from common import *  # noqa: F401,F403
from common import M, sysf, alt, plain, mixed, related, pdf_att, quote_block, exch_id, S, BANK, ids, docs, qr, esc
from mime import Bin, Multi, Text
import routes as R


def a_ceo():
    body = """Liebe Frau Weiß,

sind Sie heute noch im Haus? Ich bin bis morgen Abend in Rotterdam bei den Gesprächen mit den Eigentümern von Van Dijk Metaalrecycling - Sie wissen ja, dass wir seit dem Sommer über eine Mehrheitsbeteiligung nachdenken. Die Gegenseite hat heute Nachmittag überraschend zugestimmt, allerdings nur, wenn wir bis morgen 12:00 Uhr die Exklusivitätsvereinbarung unterzeichnen und eine Sicherheitsleistung auf das Treuhandkonto der begleitenden Kanzlei einzahlen.

Das Projekt ist bis zur Signing-Meldung streng vertraulich (die Kartellfreigabe steht noch aus, auch der Beirat ist noch nicht informiert). Bitte sprechen Sie es deshalb intern nicht an, auch nicht mit der Buchhaltung oder Herrn Krüger - ich erkläre Ihnen am Montag alles persönlich.

Herr Edward Hartley von Hartley Quinn LLP, der die Transaktion für uns begleitet, meldet sich gleich per E-Mail mit den Treuhanddaten bei Ihnen. Bitte veranlassen Sie die Zahlung über 487.300,00 EUR noch heute als Eilüberweisung und schicken Sie mir danach kurz die Ausführungsbestätigung. Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar, bitte nur per Mail.

Danke für Ihre Diskretion.

Beste Grüße
Matthias Köhler

Von meinem iPhone gesendet
"""
    return M(lang='de', slug='ceo-fraud-lookalike-domain', at='2026-10-15 16:47',
             frm=('Matthias Köhler', 'matthias.koehler@exarnplegroup.eu'), to=[S('weiss')],
             subject='Vertraulich - Projekt Maas', hcs='utf-8', henc='Q',
             sys=sysf(R.vps, domain='exarnplegroup.eu', ip='49.13.87.142',
                      rdns='static.142.87.13.49.clients.your-server.de', mua='apple'),
             body=plain(body, 'utf-8', 'quoted-printable'),
             headers=[('X-Priority', '1'), ('Importance', 'high')],
             technique='CEO fraud (BEC) from a look-alike domain, prepares the fake-lawyer follow-up',
             what='"CEO" asks the CFO for a confidential urgent transfer of EUR 487,300 for an acquisition; lawyer will send account data',
             why='Look-alike domain exarnplegroup.eu ("rn" for "m") on a Hetzner VPS with generic rDNS; secrecy, urgency, '
                 '"not reachable by phone", bypasses the approval process; the real CEO writes from the internal relay (see business 02).')


def a_bank_change():
    new = BANK['attacker_lieferant']
    old = BANK['lieferant_old']
    body = """Sehr geehrte Frau Schäfer,

im Zuge der Neuordnung unseres Zahlungsverkehrs innerhalb der Unternehmensgruppe haben wir unsere Hausbankverbindung geändert. Die bisherige Verbindung bei der Sparkasse Essen wird zum 31.10.2026 aufgelöst; Zahlungseingänge auf dieses Konto können danach nicht mehr verbucht werden.

Bitte hinterlegen Sie ab sofort ausschließlich die folgende Bankverbindung für alle Zahlungen an die Lieferant GmbH:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Die derzeit offenen Posten

RE-2026-10418 vom 22.09.2026   14.280,00 EUR
RE-2026-10533 vom 06.10.2026    6.947,50 EUR

bitten wir bereits auf die neue Verbindung zu überweisen.

Bitte bestätigen Sie uns die Änderung kurz per Antwort auf diese E-Mail. Wegen der Umstellung unserer Telefonanlage sind wir in dieser Woche telefonisch nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Debitorenmanagement

Lieferant GmbH
Container- und Pressentechnik
Altendorfer Straße 301, 45143 Essen
""" % ids.fmt_iban(new)
    letter = [('Lieferant GmbH', 16, True), 'Container- und Pressentechnik | Altendorfer Straße 301 | 45143 Essen', '',
              'Example Group GmbH', 'Kreditorenbuchhaltung', 'Hafenstraße 112', '47119 Duisburg', '',
              'Essen, 19.10.2026', '', ('Mitteilung über die Änderung unserer Bankverbindung', 12, True), '',
              'Sehr geehrte Damen und Herren,', '',
              'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.',
              'Die bisherige Verbindung (IBAN %s) wird zum 31.10.2026 geschlossen.' % ids.fmt_iban(old), '',
              'Neue Bankverbindung:', 'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Revolut Bank UAB',
              'IBAN: %s' % ids.fmt_iban(new), 'BIC: REVOLT21', '',
              'Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen und alle offenen sowie künftigen',
              'Zahlungen ausschließlich auf die neue Bankverbindung zu leisten.', '',
              'Mit freundlichen Grüßen', '', 'Lieferant GmbH', 'i. A. Petra Lang', '',
              ('Geschäftsführer: Dipl.-Ing. Klaus Lieferant | Amtsgericht Essen HRB 18842', 8)]
    return M(lang='de', slug='supplier-bank-change-lookalike', at='2026-10-20 10:12',
             frm=('Petra Lang', 'p.lang@lieferant-gmhb.de'), to=[S('schaefer')],
             subject='Änderung unserer Bankverbindung - Lieferant GmbH', hcs='iso-8859-15', henc='Q',
             sys=sysf(R.vps, domain='lieferant-gmhb.de', ip='51.38.114.203', rdns='vps-3f1a92c7.vps.ovh.net', mua='outlook'),
             body=mixed(alt(body, 'iso-8859-15', 'quoted-printable', 'outlook'),
                        pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', letter, producer='Microsoft: Print To PDF',
                                created="D:20261019151204+02'00'")),
             technique='Supplier bank-detail change from a look-alike domain (invoice redirection)',
             what='"Lieferant GmbH" announces a new bank account (Lithuanian IBAN) and asks to pay open invoices there',
             why='Sender domain lieferant-gmhb.de (letters swapped) on an OVH VPS, not lieferant-gmbh.de; foreign neobank '
                 'account for a German GmbH; immediate effect, pay open items now, phone "not reachable"; the unsigned PDF '
                 'was printed via "Microsoft: Print To PDF". Compare the properly announced genuine change (business 01).')


def a_payroll():
    iban = ids.de('10011001', '2681049357')
    body = """Hallo Herr Hoffmann,

ich habe mein Gehaltskonto gewechselt und wollte fragen, ob Sie die neue Bankverbindung noch für die November-Abrechnung berücksichtigen können? Ich schreibe von meiner privaten Adresse, weil ich gerade im Urlaub bin und von hier keinen Zugriff auf Outlook habe.

Neue Bankverbindung:
Kontoinhaberin: Kerstin Lübke
Bank: N26
IBAN: %s
BIC: NTSBDEB1XXX

Falls Sie dafür ein Formular brauchen, schicken Sie es mir gerne an diese Adresse, dann fülle ich es aus und schicke es gleich zurück. Die alte Sparkassen-Verbindung löse ich Ende des Monats auf.

Danke Ihnen und viele Grüße
Kerstin Lübke
""" % ids.fmt_iban(iban)
    return M(lang='de', slug='payroll-diversion-freemail', at='2026-11-09 08:31',
             frm=('Kerstin Lübke', 'kerstinluebke.dispo@gmail.com'), to=[S('hoffmann')],
             subject='Änderung Bankverbindung Gehalt', hcs='utf-8', henc='B',
             sys=sysf(R.gmail), body=alt(body, 'utf-8', 'quoted-printable', 'gmail', quote=False),
             technique='Payroll diversion from a free-mail impersonation of an employee',
             what='"Employee" asks HR to change her salary account to a neobank before the November payroll run',
             why='Gmail address never used by the employee (her private address is kerstin.luebke@gmx.de, see business 05), '
                 'request to bypass the HR form/portal, timed before payroll cut-off, "on holiday, no Outlook" pretext.')


def a_eanv():
    url = 'https://portal.zks-abfall-service.de/teilnehmer/zertifikat/verlaengern?vg=ZKS-2026-0481127&sso=entra'
    text = """Sehr geehrte Damen und Herren,

das Signaturzertifikat, mit dem Ihr Betrieb (Entsorgernummer E11240317) im elektronischen Abfallnachweisverfahren (eANV) Begleitscheine und Übernahmescheine signiert, läuft am 31.10.2026 ab. Nach Ablauf können über die ZKS-Abfall keine Nachweisdokumente mehr signiert oder weitergeleitet werden. Die Übernahme gefährlicher Abfälle ist dann bis zur Erneuerung nicht mehr nachweisfähig (§ 17 NachwV).

Um eine Unterbrechung Ihres Betriebsablaufs zu vermeiden, verlängern Sie das Zertifikat bitte bis spätestens 29.10.2026 im Teilnehmerportal. Seit der Umstellung auf das neue Länderportal erfolgt die Anmeldung mit Ihrem Unternehmenskonto (Microsoft 365 / Entra ID).

Zertifikat jetzt verlängern:
%s

Vorgangsnummer: ZKS-2026-0481127

Mit freundlichen Grüßen
Ihre Leitstelle ZKS-Abfall
Gemeinsame Stelle der Länder für das elektronische Abfallnachweisverfahren

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""" % url
    html = """<!DOCTYPE html>
<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>ZKS-Abfall</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d2733">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #004b87">
<tr><td style="padding:22px 28px 8px 28px;font-size:20px;font-weight:bold;color:#004b87">ZKS-Abfall &ndash; eANV Teilnehmerportal</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>das Signaturzertifikat, mit dem Ihr Betrieb (Entsorgernummer <b>E11240317</b>) im elektronischen Abfallnachweisverfahren (eANV) Begleitscheine und &Uuml;bernahmescheine signiert, l&auml;uft am <b>31.10.2026</b> ab. Nach Ablauf k&ouml;nnen &uuml;ber die ZKS-Abfall keine Nachweisdokumente mehr signiert oder weitergeleitet werden. Die &Uuml;bernahme gef&auml;hrlicher Abf&auml;lle ist dann bis zur Erneuerung nicht mehr nachweisf&auml;hig (&sect; 17 NachwV).</p>
<p>Um eine Unterbrechung Ihres Betriebsablaufs zu vermeiden, verl&auml;ngern Sie das Zertifikat bitte bis sp&auml;testens 29.10.2026 im Teilnehmerportal. Seit der Umstellung auf das neue L&auml;nderportal erfolgt die Anmeldung mit Ihrem Unternehmenskonto (Microsoft 365 / Entra ID).</p>
</td></tr>
<tr><td align="center" style="padding:14px 28px 20px 28px">
<a href="%s" style="background:#004b87;color:#ffffff;text-decoration:none;padding:12px 26px;font-size:15px;font-weight:bold;display:inline-block">Zertifikat jetzt verl&auml;ngern</a>
</td></tr>
<tr><td style="padding:0 28px 18px 28px;font-size:13px;color:#52606d">Vorgangsnummer: ZKS-2026-0481127<br><br>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Leitstelle ZKS-Abfall<br>Gemeinsame Stelle der L&auml;nder f&uuml;r das elektronische Abfallnachweisverfahren</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#8a96a3;border-top:1px solid #dde3e9">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table></body></html>
""" % url
    return M(lang='de', slug='eanv-zks-certificate-phish', at='2026-10-26 07:52',
             frm=('ZKS-Abfall Leitstelle', 'noreply@zks-abfall-service.de'), env='bounce+7c1e2a.41f2-ralf.schuette=example.com@mg.zks-abfall-service.de',
             to=[S('schuette')], subject='eANV: Ihr Signaturzertifikat läuft am 31.10.2026 ab - Handlungsbedarf',
             hcs='windows-1252', henc='Q',
             sys=sysf(R.mailgun, mgdomain='mg.zks-abfall-service.de'),
             body=alt(text, 'windows-1252', 'quoted-printable', html_text=html),
             technique='Trade-specific credential phishing: German electronic waste-tracking system (eANV/ZKS-Abfall)',
             what='Fake ZKS-Abfall notice: eANV signature certificate expires, "renew" by logging in with Microsoft 365',
             why='Not the real zks-abfall.de; bulk-sent via Mailgun; eANV signatures use signature cards/certificates, never a '
                 'Microsoft 365 login - the link harvests Entra ID credentials; deadline pressure on a plant manager. '
                 'Compare IT\'s genuine eANV card notice (business 06).')


def a_quishing():
    rcpt = S('dietrich')
    url = 'https://example-com.m365-authenticator.app/reg?u=%s&t=8f2c91d4' % base64.urlsafe_b64encode(rcpt[1].encode()).decode().rstrip('=')
    png = qr.qr_png(url, scale=5)
    text = """Aktion erforderlich: Multi-Faktor-Authentifizierung erneut registrieren

Hallo Frank Dietrich,

im Rahmen der Umstellung auf die neue Microsoft Authenticator-Richtlinie (Number Matching und gerätegebundene Passkeys) muss die Anmeldung Ihres Kontos frank.dietrich@example.com bis zum 06.11.2026 neu registriert werden. Konten, die bis dahin nicht bestätigt wurden, werden vorübergehend für die Anmeldung gesperrt.

Scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Aus Sicherheitsgründen ist die Registrierung nur über ein Mobilgerät möglich.

Der Code ist 48 Stunden gültig.

Ihre IT-Administration
example.com
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#323130;background:#ffffff">
<div style="max-width:560px;margin:0 auto;padding:24px">
<div style="font-size:13px;color:#605e5c">Microsoft 365 &middot; example.com</div>
<h2 style="font-weight:600;font-size:22px;margin:14px 0">Aktion erforderlich: Multi-Faktor-Authentifizierung erneut registrieren</h2>
<p>Hallo Frank Dietrich,</p>
<p>im Rahmen der Umstellung auf die neue Microsoft Authenticator-Richtlinie (Number Matching und ger&auml;tegebundene Passkeys) muss die Anmeldung Ihres Kontos <b>frank.dietrich@example.com</b> bis zum <b>06.11.2026</b> neu registriert werden. Konten, die bis dahin nicht best&auml;tigt wurden, werden vor&uuml;bergehend f&uuml;r die Anmeldung gesperrt.</p>
<p>Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Aus Sicherheitsgr&uuml;nden ist die Registrierung nur &uuml;ber ein Mobilger&auml;t m&ouml;glich.</p>
<p style="text-align:center"><img src="cid:qr-mfa-reg@m365" width="185" height="185" alt="QR-Code"></p>
<p style="font-size:13px;color:#605e5c">Der Code ist 48 Stunden g&uuml;ltig.</p>
<p>Ihre IT-Administration<br>example.com</p>
</div></body></html>
"""
    body = related(Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                                         Text(html, 'html', 'utf-8', 'base64')]),
                   Bin(png, 'image/png', 'qr.png', disp='inline', cid='qr-mfa-reg@m365'))
    return M(lang='de', slug='quishing-mfa-reregistration', at='2026-11-04 09:06',
             frm=('Microsoft 365 Sicherheit', 'no-reply@m365-kontoschutz.de'), env='bounces+48213097-2f1c-frank.dietrich=example.com@em8412.m365-kontoschutz.de',
             to=[rcpt], subject='Aktion erforderlich: MFA-Registrierung bis 06.11.2026 erneuern', hcs='utf-8', henc='B',
             sys=sysf(R.sendgrid, helo_dom='em8412.m365-kontoschutz.de'), body=body, qr_url=url,
             technique='Quishing: QR code (inline PNG) leading to an MFA/credential phishing page',
             what='Fake Microsoft 365 / IT notice: re-register MFA by scanning a QR code, or the account is locked',
             why='Sent through SendGrid from the unrelated domain m365-kontoschutz.de; the QR code (no clickable link, evades URL '
                 'scanning, moves the victim to an unmanaged phone) points to example-com.m365-authenticator.app with the victim\'s '
                 'address base64-encoded; account-lock threat. Genuine IT notice (business 08) uses the internal relay and aka.ms/mysecurityinfo.')


def a_toad():
    text = """Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Bestellung. Ihr Jahresabonnement wurde automatisch verlängert. Der Betrag von 429,99 EUR wird innerhalb von 24 Stunden von Ihrem hinterlegten Zahlungsmittel eingezogen.

Produkt: Norton 360 Premium - Business Edition (10 Geräte)
Bestellnummer: NRT-DE-7742196
Rechnungsdatum: 03.11.2026

Die Rechnung finden Sie im Anhang.

Falls Sie diese Verlängerung nicht veranlasst haben oder eine Erstattung wünschen, wenden Sie sich bitte innerhalb von 24 Stunden an unsere Abrechnungsabteilung:

+49 30 2555 9471 (Mo-Sa, 8-20 Uhr)

Nach Ablauf der Frist ist eine Rückerstattung leider nicht mehr möglich.

Mit freundlichen Grüßen
Kundenservice Abrechnung
"""
    inv = [('RECHNUNG', 18, True), '', 'Rechnungsnummer: NRT-DE-7742196', 'Rechnungsdatum: 03.11.2026',
           'Zahlungsart: Lastschrift / hinterlegte Karte', '',
           ('Pos.  Beschreibung                                      Menge    Betrag', 10, True),
           '1     Norton 360 Premium - Business Edition (10 Geräte)   1     361,34 EUR',
           '      Laufzeit 12 Monate, automatische Verlängerung', '',
           'Zwischensumme: 361,34 EUR', 'MwSt. 19 %: 68,65 EUR', ('Gesamtbetrag: 429,99 EUR', 12, True), '',
           'Der Betrag wird innerhalb von 24 Stunden eingezogen.', '',
           ('Nicht bestellt? Erstattung nur telefonisch: +49 30 2555 9471', 12, True), '(Mo-Sa, 8-20 Uhr)']
    return M(lang='de', slug='callback-toad-fake-renewal', at='2026-11-03 13:18',
             frm=('Kundenservice Abrechnung', 'rechnungsstelle.abo.de@gmail.com'), to=[S('brandt')],
             subject='Ihre Bestellbestätigung NRT-DE-7742196', hcs='utf-8', henc='Q',
             sys=sysf(R.gmail), body=mixed(alt(text, 'utf-8', 'quoted-printable', 'gmail', quote=False),
                                           pdf_att('Rechnung_NRT-DE-7742196.pdf', inv, producer='Canva', creator='Canva')),
             technique='Callback phishing (TOAD): fake subscription renewal with a phone number, no link',
             what='Fake antivirus subscription "renewal" invoice; to cancel/refund, call a phone number',
             why='No link or malware, only a phone number: the call centre talks the victim into installing remote-access '
                 'software or "refund" bank transfers. Free Gmail sender, generic greeting, no such subscription, Canva-made PDF.')


def a_register():
    iban = BANK['register_scam']
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. ZR-2026-118374 für die Eintragung bzw. Aktualisierung Ihres Betriebes im Zentralregister für Entsorgungsfachbetriebe (ZREF) auf Grundlage Ihrer Zertifizierung nach § 56 KrWG.

Betrieb: Example Group GmbH, Hafenstraße 112, 47119 Duisburg
Registernummer: ZREF-NW-0417733
Rechnungsbetrag: 1.411,34 EUR

Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der Rechnungsnummer auf das in der Rechnung angegebene Konto. Nach Zahlungseingang wird Ihr Eintrag für 36 Monate freigeschaltet und ist für Auftraggeber und Behörden abrufbar.

Mit freundlichen Grüßen

ZREF Zentralregister Entsorgungsfachbetriebe
Registerverwaltung
Friedrichstraße 171, 10117 Berlin
"""
    inv = [('ZREF Zentralregister Entsorgungsfachbetriebe', 14, True), 'Registerverwaltung | Friedrichstraße 171 | 10117 Berlin', '',
           'Example Group GmbH', 'Hafenstraße 112', '47119 Duisburg', '',
           ('Rechnung Nr. ZR-2026-118374', 13, True), 'Datum: 11.11.2026    Registernummer: ZREF-NW-0417733', '',
           'Eintragung/Aktualisierung im Zentralregister Entsorgungsfachbetriebe (online)',
           'Zertifizierung nach § 56 KrWG, Abfallschlüssel und Tätigkeiten gemäß Zertifikat', '',
           'Jahresgebühr Registereintrag                1.186,00 EUR', 'zzgl. 19 % USt.                               225,34 EUR',
           ('Gesamtbetrag                                1.411,34 EUR', 11, True), '',
           'Zahlbar innerhalb von 8 Tagen ohne Abzug auf:', 'Empfänger: ZREF Registerverwaltung',
           'IBAN: %s   BIC: NTSBDEB1XXX' % ids.fmt_iban(iban), 'Verwendungszweck: ZR-2026-118374', '', '', '', '',
           ('Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in das private Online-Verzeichnis ZREF. Durch die Zahlung', 6),
           ('kommt ein Vertrag mit einer Laufzeit von 36 Monaten zustande (jährliche Gebühr 1.186,00 EUR zzgl. USt.). Es besteht', 6),
           ('keine Verbindung zu Behörden, Technischen Überwachungsorganisationen oder Entsorgergemeinschaften. AGB unter zref-register.de.', 6)]
    return M(lang='de', slug='fake-register-invoice', at='2026-11-11 11:03',
             frm=('ZREF Registerverwaltung', 'rechnung@zref-register.de'), env='bounces-3918274@zref-register.de',
             to=[S('schaefer')], subject='Rechnung ZR-2026-118374 - Eintragung Entsorgungsfachbetrieb Example Group GmbH',
             hcs='windows-1252', henc='Q',
             sys=sysf(R.brevo), body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'simple'),
                                           pdf_att('Rechnung_ZR-2026-118374.pdf', inv, producer='dompdf 2.0.4 + CPDF')),
             technique='Fake directory/register "invoice" (offer disguised as an invoice)',
             what='Invoice-style demand for a 3-year "register entry" for certified waste management companies',
             why='Private directory posing as an official register; the small print in the PDF says payment creates a 3-year '
                 'contract; no order, no prior relationship; bulk-sent via Brevo; account at a neobank.')


def a_hijack():
    link = 'https://pub-3c8e1f0b7a2d4c6e9f15b8a7d2e4c1a0.r2.dev/Lieferant_Angebot_2027_rev2.html'
    earlier = """Von: Dietrich, Frank <frank.dietrich@example.com>
Gesendet: Dienstag, 13. Oktober 2026 15:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Angebot 2026-4471 Presscontainer / Ballenpresse

Hallo Herr Maier,

danke für das Angebot. Können Sie uns bitte noch Staffelpreise für 6 bzw. 10 Presscontainer nennen und die Lieferzeit für die Kanalballenpresse bestätigen? Die Investitionsfreigabe ist für die KW 46 geplant.

Viele Grüße
Frank Dietrich
Einkauf
"""
    text = """Hallo Herr Dietrich,

wie besprochen habe ich das Angebot überarbeitet: Staffelpreise für 6 und 10 Presscontainer, dazu die bestätigte Lieferzeit für die Kanalballenpresse und die Konditionen für den Wartungsvertrag 2027.

Da die Datei mit den Zeichnungen für den Mailversand zu groß ist, habe ich sie Ihnen über unseren Dokumentenserver bereitgestellt:

Angebot 2026-4471 rev. 2 (PDF, 14,8 MB)
%s

Zur Anzeige bitte mit Ihrer geschäftlichen E-Mail-Adresse anmelden, der Link ist aus Datenschutzgründen nur 72 Stunden gültig.

Geben Sie mir gerne Bescheid, ob das so für die Freigabe passt.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Außendienst NRW

Lieferant GmbH
Altendorfer Straße 301, 45143 Essen
Tel. +49 201 8455-214 | Mobil +49 171 4418 372

%s""" % (link, quote_block(earlier, ''))
    body = alt(text, 'iso-8859-1', 'quoted-printable', 'outlook')
    return M(lang='de', slug='thread-hijack-compromised-supplier', at='2026-10-21 18:54',
             frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('dietrich')],
             subject='AW: Angebot 2026-4471 Presscontainer / Ballenpresse', hcs='iso-8859-1', henc='Q',
             in_reply_to=exch_id('dietrich-reply-4471'),
             references=['BIZ:supplier-offer-balers', exch_id('dietrich-reply-4471')],
             sys=sysf(R.smtp_auth, server='mail.lieferant-gmbh.de', server_ip='85.214.132.77',
                      server_rdns='mail.lieferant-gmbh.de', client=('[127.0.0.1]', 'unknown', '45.137.21.9'),
                      mua='outlook'),
             body=body,
             technique='Thread hijack from a genuinely compromised supplier mailbox, link to cloud-hosted credential phishing',
             what='Reply in a real quotation thread from the supplier\'s real mailbox, "revised offer" behind a download link',
             why='Sent from the real lieferant-gmbh.de server but authenticated from a foreign VPS address after office hours '
                 '(the genuine offer in business 04 came from the supplier\'s office line); the "document server" is a Cloudflare '
                 'R2 bucket (r2.dev) asking for a business e-mail login = credential harvesting.')


def messages():
    return [a_ceo(), a_bank_change(), a_payroll(), a_eanv(), a_quishing(), a_toad(), a_register(), a_hijack()]
