"""Genuine business messages, German (8)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX, COMPANY
from common import alt, mixed, related, pdf_att, b64s
import png
import ids

MAILS = []
add = MAILS.append
old = ids.fmt_iban(BANK['lieferant_old'])
new = ids.fmt_iban(BANK['lieferant_new'])
SIG_LG = """Lieferant GmbH
Industriestraße 41 · 34123 Kassel
Tel. +49 561 70 44 18-0 · www.lieferant-gmbh.de
Geschäftsführer: Klaus Bertram · Amtsgericht Kassel HRB 8841 · USt-IdNr. %s""" % TAX['lieferant']

# ---------------------------------------------------------------- 01 CEO genuine urgent payment (internal)
p1 = """Hallo Sabine,

wie gestern im Führungskreis besprochen: Die Anzahlung für die neue Vulkanisationslinie (Autoklav und Aufrauhmaschine) muss heute noch raus, sonst verlieren wir den Fertigungsslot im Januar und die Inbetriebnahme rutscht ins zweite Quartal.

Kreditor: TRS Retread Systems GmbH (Kreditor 70418)
Betrag: 128.520,00 EUR brutto (30 % gemäß Auftragsbestätigung AB-2026-0917)

Die Rechnung liegt im DocuWare-Workflow (Beleg 2026-118842), die Bankverbindung ist die bekannte aus dem Kreditorenstamm, bitte nichts Neues anlegen. Meine Freigabe habe ich im Workflow eben erteilt; die zweite Unterschrift im Banking bitte von dir, Monika bucht.

Falls es heute nicht mehr klappt, ruf mich bitte auf dem Handy an, ich bin bis 18 Uhr im Werk.

Danke und Gruß
Jürgen

Dr. Jürgen Köhler
Geschäftsführer
Example Group GmbH · Am Reifenwerk 12 · 30855 Langenhagen
"""
add(Mail(
    'ceo-anzahlung-vulkanisationslinie-intern', '2026-10-15 11:18:42', MAIL['cfo'],
    I.exchange_internal('EXMBX01', client_ip='10.20.40.117'),
    S['ceo'], 'Eilt: Anzahlung Vulkanisationslinie - Freigabe heute',
    alt(p1, T.word_html(p1, 'iso-8859-1', 'DE'), 'iso-8859-1', 'quoted-printable', quoted=True),
    to=[S['cfo']], cc=[S['ap'], S['assistant']],
    hcs='iso-8859-1', henc='Q', sent_delta=3, extra=[('Importance', 'high'), ('X-Priority', '1')],
    pair=('ceo-fraud-projekt-vulkan',), pair_note='urgent same-day payment request from the CEO to the CFO; genuine one comes through Exchange/mail-int01, references the ERP workflow, four-eyes approval, known vendor account and invites a phone call.',
    what='CEO asks the CFO (cc AP, assistant) to release a 30 % down payment for a new vulcanising line today.',
    why='Internal mail via Exchange and mail-int01; known vendor from the vendor master, existing approval workflow, no new bank data, no secrecy, phone contact offered.'))

# ---------------------------------------------------------------- 02 genuine bank change (Lieferant)
p2 = """Sehr geehrte Frau Schäfer,

wir möchten Sie frühzeitig darüber informieren, dass wir unseren Zahlungsverkehr zum 01.01.2027 von der Kasseler Sparkasse auf die Commerzbank AG umstellen.

Neue Bankverbindung ab 01.01.2027:
Commerzbank AG, Kassel
IBAN: %s
BIC: COBADEFFXXX

Die bisherige Verbindung bei der Kasseler Sparkasse (IBAN endet auf …73 45) bleibt bis zum 31.03.2027 bestehen. Zahlungen, die in der Übergangszeit noch dorthin gehen, werden also weiterhin korrekt zugeordnet. Rechnungen ab Januar tragen die neue Bankverbindung.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei, das Original erhalten Sie zusätzlich per Post. Bitte verifizieren Sie die Änderung wie gewohnt telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (0561 70 44 18-0). Wir werden Sie niemals per E-Mail bitten, offene Rechnungen kurzfristig auf ein anderes Konto zu zahlen.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

%s
""" % (new, SIG_LG)
add(Mail(
    'lieferant-bankwechsel-angekuendigt', '2026-11-27 14:02:10', MAIL['ap'],
    I.m365(obe=7, server='FR3P281MB1745', region='deup281', lang='de-DE',
           tenant_id='4b1e6c2a-93d0-4f5e-8a7b-2c9d1e0f3a64'),
    ('Lang, Petra', 'p.lang@lieferant-gmbh.de'),
    'Änderung unserer Bankverbindung zum 01.01.2027 – Lieferant GmbH',
    mixed(alt(p2, T.word_html(p2, 'windows-1252', 'DE'), 'windows-1252', 'quoted-printable', quoted=True),
          pdf_att('Lieferant_GmbH_Bankverbindung_ab_2027.pdf', [
              ('h1', 'Lieferant GmbH'),
              ('small', 'Industriestraße 41 · 34123 Kassel · Tel. 0561 70 44 18-0 · www.lieferant-gmbh.de'),
              ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nAm Reifenwerk 12\n30855 Langenhagen'),
              ('p', 'Kassel, 26.11.2026'),
              ('h2', 'Änderung unserer Bankverbindung zum 01.01.2027'),
              ('p', 'Sehr geehrte Damen und Herren,\n\nzum 01.01.2027 stellen wir unseren Zahlungsverkehr auf die Commerzbank AG um. '
                    'Ab diesem Datum bitten wir um Zahlung auf folgendes Konto:'),
              ('b', 'Commerzbank AG, Kassel\nIBAN: %s\nBIC: COBADEFFXXX' % new),
              ('p', 'Unser bisheriges Konto bei der Kasseler Sparkasse (IBAN %s) bleibt bis zum 31.03.2027 geöffnet. '
                    'Bitte bestätigen Sie die Änderung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung.' % old),
              ('p', 'Mit freundlichen Grüßen\n\nKlaus Bertram, Geschäftsführer          ppa. Heike Sommer, Leiterin Finanzen'),
              ('small', 'Lieferant GmbH · Sitz Kassel · Amtsgericht Kassel HRB 8841 · USt-IdNr. %s' % TAX['lieferant']),
          ], title='Bankverbindung ab 2027', author='Heike Sommer', created="20261126102233+01'00'")),
    to=[('Schäfer, Monika', MAIL['ap'])], cc=[('Maier, Stefan', 's.maier@lieferant-gmbh.de')],
    hcs='utf-8', henc='B', sent_delta=4,
    pair=('lieferant-bankverbindung-lookalike',), pair_note='supplier bank-detail change: the genuine one comes from lieferant-gmbh.de via its M365 tenant, gives a long transition period, keeps the old account open and asks for verification by phone.',
    what='Supplier Lieferant GmbH announces a change of house bank from 01.01.2027 with a signed letter.',
    why='Correct domain and the supplier\'s Microsoft 365 tenant, long lead time, old account stays valid, asks for phone verification via the known number, no payment pressure.'))

# ---------------------------------------------------------------- 03 ERP invoice
p3 = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 9100284417 vom 02.10.2026 als PDF-Dokument.

Rechnungsbetrag: 18.740,12 EUR
Zahlbar bis 01.11.2026 ohne Abzug oder bis 16.10.2026 mit 2 %% Skonto.

Bitte überweisen Sie unter Angabe der Rechnungsnummer auf unser Konto bei der Kasseler Sparkasse, IBAN %s.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an buchhaltung@lieferant-gmbh.de oder Tel. 0561 70 44 18-0.

Mit freundlichen Grüßen
Lieferant GmbH - Buchhaltung

Lieferant GmbH, Industriestraße 41, 34123 Kassel
Geschäftsführer: Klaus Bertram, Amtsgericht Kassel HRB 8841, USt-IdNr. %s
""" % (old, TAX['lieferant'])
add(Mail(
    'lieferant-rechnung-9100284417', '2026-10-02 06:14:55', MAIL['ap'],
    I.m365(obe=7, server='FR3P281MB1745', region='deup281', app=True, xmailer='SAP NetWeaver 7.50',
           upn='80.153.120.46', tenant_id='4b1e6c2a-93d0-4f5e-8a7b-2c9d1e0f3a64', date_zone='DE'),
    ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'),
    'Rechnung 9100284417 vom 02.10.2026',
    mixed(Text(p3, 'plain', 'iso-8859-1', '8bit'),
          pdf_att('RE_9100284417.pdf', [
              ('h1', 'Lieferant GmbH'),
              ('small', 'Lieferant GmbH · Industriestraße 41 · 34123 Kassel'),
              ('p', 'Example Group GmbH\nKreditorenbuchhaltung\nAm Reifenwerk 12\n30855 Langenhagen'),
              ('h2', 'Rechnung 9100284417'),
              ('p', 'Rechnungsdatum: 02.10.2026 · Lieferdatum: 30.09.2026 · Kundennummer: 40418 · Ihre Bestellung: 4500187342'),
              ('mono', 'Pos  Artikel                                   Menge   Einzelpreis        Gesamt'),
              ('mono', '10   Laufstreifen vorvulk. 260 mm, Profil TD   120 m      41,80 EUR    5.016,00 EUR'),
              ('mono', '20   Laufstreifen vorvulk. 300 mm, Profil TT    80 m      46,20 EUR    3.696,00 EUR'),
              ('mono', '30   Bindegummi (Cushion Gum) 1,2 mm           240 kg     14,90 EUR    3.576,00 EUR'),
              ('mono', '40   Reparaturpflaster RP-22                   400 St.     8,65 EUR    3.460,00 EUR'),
              ('mono', '     Summe netto                                                     15.748,00 EUR'),
              ('mono', '     zzgl. 19 % USt.                                                  2.992,12 EUR'),
              ('mono', '     Zahlbetrag                                                      18.740,12 EUR'),
              ('p', 'Zahlbar bis 01.11.2026 ohne Abzug, bis 16.10.2026 mit 2 %% Skonto.\nKasseler Sparkasse · IBAN %s · BIC HELADEF1KAS' % old),
              ('small', 'Lieferant GmbH · Amtsgericht Kassel HRB 8841 · USt-IdNr. %s · Geschäftsführer: Klaus Bertram' % TAX['lieferant']),
          ], title='Rechnung 9100284417', author='SAP', creator='SAP NetWeaver', producer='SAP NetWeaver 7.50',
             created="20261002061200+02'00'")),
    to=[(None, MAIL['ap'])], sent_delta=6,
    pair=('lieferant-bankverbindung-lookalike',), pair_note='routine ERP invoice naming the old (valid) Kasseler Sparkasse account; the look-alike quotes the same invoice number.',
    what='ERP-generated invoice e-mail from the supplier\'s billing address with the invoice PDF.',
    why='Correct domain, M365 SMTP relay of the supplier, known account, ordinary payment terms.'))

# ---------------------------------------------------------------- 04 dunning with supply stop
p4 = """Sehr geehrte Frau Schäfer,

trotz unserer Zahlungserinnerung vom 21.10. und der zweiten Mahnung vom 04.11. sind folgende Rechnungen weiterhin offen:

9100284417 vom 02.10.2026 – 18.740,12 EUR (fällig seit 01.11.)
9100285102 vom 09.10.2026 – 9.612,80 EUR (fällig seit 08.11.)
Summe: 28.352,92 EUR

Ihr Kreditlimit bei uns ist damit überschritten. Wenn der Betrag nicht bis Donnerstag, 19.11.2026, auf unserem Konto bei der Kasseler Sparkasse eingegangen ist, müssen wir die Auslieferung an Sie – auch die bestätigte Laufstreifen-Lieferung in KW 48 – leider sperren.

Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie sie bitte als gegenstandslos. Wenn es Unstimmigkeiten gibt, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst / Forderungsmanagement
Tel. +49 561 70 44 18-21

%s
""" % SIG_LG
add(Mail(
    'lieferant-mahnung-liefersperre', '2026-11-16 15:40:03', MAIL['ap'],
    I.m365(obe=7, server='FR3P281MB1745', region='deup281', lang='de-DE',
           tenant_id='4b1e6c2a-93d0-4f5e-8a7b-2c9d1e0f3a64'),
    ('Maier, Stefan', 's.maier@lieferant-gmbh.de'),
    'Letzte Mahnung – Liefersperre ab 20.11.2026 – Kundennr. 40418',
    alt(p4, T.owa_html(p4), 'utf-8', 'base64'),
    to=[('Schäfer, Monika', MAIL['ap'])], cc=[S['procurement']],
    hcs='utf-8', henc='B', sent_delta=5, extra=[('Importance', 'high')],
    pair=('lieferant-bankverbindung-lookalike',), pair_note='urgent dunning with a supply-stop threat from the real supplier: same invoices, same pressure, but the known account and a phone contact.',
    what='Final reminder with threat of a supply stop for two overdue invoices.',
    why='Real supplier domain and tenant, refers to the known account and earlier reminders, offers a phone call; urgency alone is not a fraud indicator.'))

# ---------------------------------------------------------------- 05 sick note from private GMX
p5 = """Hallo Andrea,

ich habe mir eine fiese Magen-Darm-Geschichte eingefangen und bin heute und voraussichtlich bis einschließlich Freitag krankgeschrieben. Die AU hat meine Hausärztin elektronisch an die Kasse übermittelt (eAU), du kannst sie also wie üblich abrufen. Ein Foto vom Ausdruck hänge ich trotzdem an.

Nicole, kannst du bitte die Termine bei Autohaus Lindner (Mittwoch) und bei der Spedition Brandt (Donnerstag) absagen bzw. auf nächste Woche schieben? Die Nummern stehen im CRM.

Ich schreibe von privat, weil das Firmenhandy noch im Auto liegt.

Viele Grüße
Markus
"""
add(Mail(
    'krankmeldung-privatmail-gmx', '2026-11-10 07:52:16', MAIL['hr'],
    I.trinity('gmx', client_ip='91.64.112.37', app='3c-app-gmx-bap43', app_ip='172.19.172.113'),
    ('Markus Fröhlich', 'markus.froehlich@gmx.de'),
    'Krankmeldung Markus Fröhlich',
    mixed(Text(T.trinity_html(p5), 'html', 'utf-8', 'quoted-printable'),
          Att('AU_Ausdruck_Markus_Froehlich.png', png.scan_png('au-markus'), 'image/png')),
    to=[('Andrea Brückner', MAIL['hr'])], cc=[('Nicole Weiß', MAIL['ar'])], sent_delta=3,
    pair=('gehaltskonto-aenderung-privatmail',), pair_note='same employee name writing to HR from a private free-mail address; the genuine one uses his known GMX address from a German cable IP and asks for nothing sensitive.',
    what='Sales rep reports sick from his private GMX address, photo of the sick note attached, asks back office to move appointments.',
    why='Known private address of the employee, German residential IP, eAU process mentioned, no payment or data change request.'))

# ---------------------------------------------------------------- 06 ELSTER genuine notification
p6 = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto "Example Group GmbH" in Mein ELSTER ist eine neue Nachricht eingegangen.

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese E-Mail weder einen direkten Link auf die Nachricht noch Anhänge.

Hinweis: Wir fordern Sie niemals per E-Mail auf, Ihre Zertifikatsdatei, Ihr Passwort oder andere Zugangsdaten preiszugeben oder auf einer Webseite hochzuladen.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
"""
add(Mail(
    'elster-neue-nachricht-postfach', '2026-10-28 05:41:12', MAIL['cfo'],
    I.custom(('mail2.elster.de', 'mail2.elster.de', '193.109.238.82'),
             hops=[('from elster-portal-app07.intern.elster.de (elster-portal-app07.intern.elster.de [10.66.12.37])\n\tby mail2.elster.de (Postfix) with ESMTP id {qid}', 'DE', True, 1)],
             msgid=lambda ctx: '<%d.%s.JavaMail.elster@elster-portal-app07>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), ctx.rng.randrange(10 ** 12, 10 ** 13)),
             style='generic', tls='1.3', return_path='noreply@elster.de', date_zone='DE', boundary='javamail'),
    ('ELSTER', 'noreply@elster.de'),
    'Neue Nachricht in Ihrem ELSTER-Postfach',
    Text(p6, 'plain', 'utf-8', '8bit'),
    to=[(None, MAIL['cfo'])], sent_delta=2,
    pair=('elster-zertifikat-verlaengerung',), pair_note='ELSTER notification: the genuine one comes from elster.de, contains no link beyond the home page and explicitly never asks for the certificate.',
    what='ELSTER notification that a new message is waiting in the company\'s Mein ELSTER mailbox.',
    why='Sent from elster.de infrastructure; no deep link, no attachment, no request for credentials.'))

# ---------------------------------------------------------------- 07 trade newsletter (CleverReach)
nl = """NEUE REIFENZEITUNG – Newsletter 46/2026

Runderneuerung: Absatz von Lkw-Runderneuerten im dritten Quartal deutlich im Plus
Nach Zahlen des Bundesverbands Reifenhandel und Vulkaniseur-Handwerk (BRV) stieg der Absatz runderneuerter Lkw-Reifen im dritten Quartal gegenüber dem Vorjahr um rund sechs Prozent. Flottenbetreiber begründen den Wechsel vor allem mit Kosten und CO2-Bilanz.
Weiterlesen: https://www.reifenpresse.de/2026/11/12/runderneuerung-q3/

Euro 7: Messverfahren für Reifenabrieb steht
Die UNECE-Arbeitsgruppe hat das Prüfverfahren für Reifenabrieb bei Lkw-Reifen verabschiedet. Die Grenzwerte sollen stufenweise ab 2028 gelten.
Weiterlesen: https://www.reifenpresse.de/2026/11/11/euro-7-abrieb/

Preisrunde zum Jahreswechsel
Mehrere Premiumhersteller haben Preiserhöhungen von bis zu fünf Prozent für Lkw- und Landwirtschaftsreifen zum 1. Januar angekündigt.
Weiterlesen: https://www.reifenpresse.de/2026/11/10/preisrunde-q1/

Sie erhalten diesen Newsletter, weil Sie ihn unter frank.luebke@example.com abonniert haben.
Abmelden: https://seu2.cleverreach.com/f/188417-241093/wcu/?e=%s
NEUE REIFENZEITUNG · Reifenpresse Verlag · Impressum: https://www.reifenpresse.de/impressum/
""" % b64s(MAIL['procurement'])[:24]
nl_html = T.brand_html('NEUE REIFENZEITUNG', 'Newsletter 46/2026', [
    '<b>Runderneuerung: Absatz von Lkw-Runderneuerten im dritten Quartal deutlich im Plus</b><br>Nach Zahlen des Bundesverbands Reifenhandel und Vulkaniseur-Handwerk (BRV) stieg der Absatz runderneuerter Lkw-Reifen im dritten Quartal gegenüber dem Vorjahr um rund sechs Prozent. <a href="https://www.reifenpresse.de/2026/11/12/runderneuerung-q3/">Weiterlesen</a>',
    '<b>Euro 7: Messverfahren für Reifenabrieb steht</b><br>Die UNECE-Arbeitsgruppe hat das Prüfverfahren für Reifenabrieb bei Lkw-Reifen verabschiedet. Die Grenzwerte sollen stufenweise ab 2028 gelten. <a href="https://www.reifenpresse.de/2026/11/11/euro-7-abrieb/">Weiterlesen</a>',
    '<b>Preisrunde zum Jahreswechsel</b><br>Mehrere Premiumhersteller haben Preiserhöhungen von bis zu fünf Prozent für Lkw- und Landwirtschaftsreifen zum 1. Januar angekündigt. <a href="https://www.reifenpresse.de/2026/11/10/preisrunde-q1/">Weiterlesen</a>'],
    color='#1b1b1b', footer='Sie erhalten diesen Newsletter, weil Sie ihn unter frank.luebke@example.com abonniert haben. '
                            '<a href="https://seu2.cleverreach.com/f/188417-241093/wcu/?e=%s">Abmelden</a> · Reifenpresse Verlag · '
                            '<a href="https://www.reifenpresse.de/impressum/">Impressum</a>' % b64s(MAIL['procurement'])[:24])
add(Mail(
    'newsletter-reifenzeitung-cleverreach', '2026-11-12 06:30:21', MAIL['procurement'],
    I.custom(('mta-out-17.crsend.com', 'mta-out-17.crsend.com', '85.10.199.117'),
             msgid=lambda ctx: '<%d.%d.%s@crsend.com>' % (188417, ctx.rng.randrange(10 ** 7, 10 ** 8), I.hx(ctx.rng, 16)),
             style='esp', tls='1.3', date_zone='DE', boundary='generic',
             return_path=lambda ctx: 'bounce-188417-241093-%d@crsend.com' % ctx.rng.randrange(10 ** 7, 10 ** 8),
             extra=[('X-Mailer', 'CleverReach'), ('Precedence', 'bulk'),
                    ('Feedback-ID', '188417-241093:cleverreach')]),
    ('NEUE REIFENZEITUNG', 'newsletter@reifenpresse.de'),
    'Runderneuerung im Aufwind, Euro-7-Abrieb, Preisrunde zum Jahreswechsel',
    alt(nl, nl_html, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['procurement'])], sent_delta=1,
    extra=[('List-Unsubscribe', '<https://seu2.cleverreach.com/f/188417-241093/wcu/?e=%s>, <mailto:unsubscribe-188417-241093@crsend.com>' % b64s(MAIL['procurement'])[:24]),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<241093.188417.crsend.com>')],
    what='Subscribed trade newsletter (tyre industry news) sent through CleverReach.',
    why='Subscribed list, ESP bounce domain, List-Unsubscribe/One-Click headers, links only to the publisher\'s site.'))

# ---------------------------------------------------------------- 08 Microsoft account security code
h8 = T.brand_html('Microsoft', 'Sicherheitscode', [
    'Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto <a href="mailto:lu*****@example.com">lu*****@example.com</a>.',
    'Sicherheitscode: <b>482913</b>',
    'Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Möglicherweise hat jemand anderes Ihre E-Mail-Adresse versehentlich eingegeben.',
    'Danke!<br>Das Microsoft-Kontoteam'],
    color='#2672ec', logo_text='Microsoft-Konto',
    footer='Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
p8 = """Microsoft-Konto

Sicherheitscode

Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto lu*****@example.com.

Sicherheitscode: 482913

Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren. Möglicherweise hat jemand anderes Ihre E-Mail-Adresse versehentlich eingegeben.

Danke!
Das Microsoft-Kontoteam
"""
add(Mail(
    'microsoft-konto-sicherheitscode', '2026-11-03 13:22:47', MAIL['itsec'],
    I.custom(I.M365_OBE[9],
             hops=[lambda ctx: I.rcv('from BN1PEPF00004689.namprd05.prod.outlook.com (2603:10b6:408:%s::%s) by\n\t BN8NAM12HT118.namprd12.prod.outlook.com (2603:10b6:408:%s::%s) with Microsoft SMTP Server\n\t (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.22'
                                     % (I.hx(ctx.rng, 3), I.hx(ctx.rng, 2), I.hx(ctx.rng, 3), I.hx(ctx.rng, 2)), I.plus(ctx.t_sent, 1), 'UTC')],
             msgid=lambda ctx: '<%s.%s@BN1PEPF00004689>' % (I.rs(ctx.rng, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                                                             I.rs(ctx.rng, 13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')),
             style='generic', tls='1.2', date_zone='UTC', boundary='javamail',
             return_path='account-security-noreply@accountprotection.microsoft.com',
             extra=[('X-MS-Exchange-CrossTenant-id', '72f988bf-86f1-41af-91ab-2d7cd011db47'),
                    ('X-MS-Exchange-CrossTenant-AuthAs', 'Anonymous')]),
    ('Microsoft-Kontoteam', 'account-security-noreply@accountprotection.microsoft.com'),
    'Sicherheitscode für das Microsoft-Konto',
    alt(p8, h8, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['itsec'])], sent_delta=2,
    pair=('quishing-authenticator-neuregistrierung',), pair_note='Microsoft account security mail: genuine one from accountprotection.microsoft.com via Microsoft infrastructure, one-time code only, no link to sign in.',
    what='Microsoft account one-time security code requested by the IT security admin.',
    why='Sent from accountprotection.microsoft.com through Microsoft\'s own outbound servers; contains only a code, no login link or attachment.'))
