"""Business messages 01-08 (German)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM
from company import (E, A, MID, TI, IBAN_LIEFERANT_OLD, IBAN_LIEFERANT_NEW, USTID_LIEFERANT, USTID_EXAMPLE)
from reg import business, alt, mixed, pdf_att
import infra
import finance as fi
import files
import docs

LIEF = dict(org='lieferant-gmbh.de', srv='FR2P281MB1843', region='deup281',
            obe=('DEU01-FR2-obe', 'mail-fr2deu01on2101', '40.107.135.101'))
LIEF_SIG = ('Lieferant GmbH\nKunststoffverpackungen für Kosmetik und Pharma\n'
            'Werkstraße 14 · 58509 Lüdenscheid\nTel. +49 2351 9873-0 · www.lieferant-gmbh.de\n'
            'Geschäftsführer: Dipl.-Ing. Rainer Lang · Amtsgericht Iserlohn HRB 4711')
LIEF_HEAD = ['Lieferant GmbH', 'Kunststoffverpackungen für Kosmetik und Pharma',
             'Werkstraße 14 · 58509 Lüdenscheid · Tel. +49 2351 9873-0 · www.lieferant-gmbh.de']
LIEF_FOOT = ['Lieferant GmbH · Sitz Lüdenscheid · Amtsgericht Iserlohn HRB 4711 · USt-IdNr. ' + USTID_LIEFERANT,
             'Geschäftsführer: Dipl.-Ing. Rainer Lang, Dr. Ute Brenner · Sparkasse Lüdenscheid · IBAN '
             + fi.fmt_iban(IBAN_LIEFERANT_OLD) + ' · BIC WELADED1LSD']


@business(1, 'de', 'ceo-dringende-zahlung',
          'CEO urgent payment request: Katharina Wendt asks the CFO to release today the deposit for the '
          'Cosmoprof 2027 stand.',
          'Internal mail through mail-int01 and Exchange; refers to a booked invoice already in the AP '
          'workflow, uses the normal dual-approval release, offers her mobile for questions and CCs her '
          'assistant – urgency without secrecy or new bank details.', hn=[1, 16, 21])
def b01(m):
    t = T(2026, 10, 29, 8, 6, 12)
    f = dict(sender=E('ceo'), rcpt=E('cfo'), frm=A('ceo'), to=A('cfo'), cc='%s; %s' % (A('asst'), A('ap')),
             subject='Dringend: Anzahlung Messestand Cosmoprof 2027 heute freigeben')
    st = infra.exchange_internal(m, t, f, client_ip='10.20.31.12')
    src = """Hallo Jürgen,

BolognaFiere hat uns gestern die Standfläche in Halle 26 (Clean Beauty) bestätigt, allerdings nur, wenn die Anzahlung von 18.400 EUR bis morgen bei ihnen eingeht – sonst geht der Platz an die Warteliste.

Die Rechnung liegt Frau Krüger seit heute früh im Rechnungsworkflow (Beleg 2026-11873, Kreditor BolognaFiere S.p.A., Bankverbindung wie bei der Messe 2026). Kannst Du die Zahlung bitte heute noch über die normale Freigabe laufen lassen? Die zweite Unterschrift kann Dr. Lorenz geben, er ist im Haus.

Bei Fragen bin ich bis 14 Uhr mobil erreichbar, danach sitze ich im Flieger nach Mailand.

Danke und viele Grüße
Katharina

Dr. Katharina Wendt
Geschäftsführerin
Example Group GmbH
Am Kosmetikpark 7 · 41468 Neuss
Tel. +49 2131 7702-100 · Mobil +49 171 4408 215
"""
    m.body = alt(m, st, src, 'windows-1252')


@business(2, 'de', 'lieferant-bankwechsel-angekuendigt',
          'Genuine bank-detail change: Lieferant GmbH accounting announces its move to Volksbank in '
          'Südwestfalen from 01.01.2027, letter signed by both managing directors attached.',
          'From the real lieferant-gmbh.de tenant; long transition (old account valid until 31.03.2027), '
          'no pressure on open items, explicitly asks for verification by phone on the known number and '
          'says they will never ask to pay early to the new account; same bank country, account holder '
          'is Lieferant GmbH itself.', hn=[2, 17, 22])
def b02(m):
    t = T(2026, 11, 24, 13, 15, 27)
    sender = 'rechnungen@lieferant-gmbh.de'
    f = dict(sender=sender, rcpt=E('ap'), frm=addr('Lieferant GmbH - Buchhaltung', sender, quote=True),
             to=A('ap', 'iso-8859-1'), cc=A('proc', 'iso-8859-1'),
             subject='Ankündigung: neue Bankverbindung der Lieferant GmbH ab 01.01.2027', scs=('iso-8859-1', 'Q'))
    st = infra.m365(m, t, f, attach=True, **LIEF)
    new = fi.fmt_iban(IBAN_LIEFERANT_NEW)
    src = """Sehr geehrte Frau Krüger,

wir möchten Sie frühzeitig darüber informieren, dass die Lieferant GmbH ihre Hausbankverbindung zum Jahreswechsel zusammenlegt. Ab dem 01.01.2027 lautet unsere Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Volksbank in Südwestfalen eG
IBAN: %s
BIC: GENODEM1NRD

Unser bisheriges Konto bei der Sparkasse Lüdenscheid bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden bis dahin selbstverständlich weiterhin angenommen. Für bereits gestellte Rechnungen ändert sich nichts.

Das offizielle Schreiben mit den Unterschriften beider Geschäftsführer finden Sie im Anhang; eine Kopie geht Ihnen zusätzlich per Post zu.

Bitte verifizieren Sie die Änderung vor der Stammdatenpflege telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (02351 9873-140) - nicht unter Nummern aus E-Mails. Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen vorzeitig oder auf ein anderes Konto zu zahlen.

Mit freundlichen Grüßen

Petra Lang
Leiterin Finanzbuchhaltung

%s
""" % (new, LIEF_SIG)
    pdf = docs.letter(
        LIEF_HEAD, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Kosmetikpark 7', '41468 Neuss'],
        'Lüdenscheid, 24.11.2026', 'Änderung unserer Bankverbindung zum 01.01.2027',
        ['Sehr geehrte Damen und Herren,', '',
         'zum 01.01.2027 führen wir unsere Konten bei der Volksbank in Südwestfalen eG zusammen. Bitte verwenden Sie '
         'ab diesem Datum für Zahlungen an die Lieferant GmbH die folgende Bankverbindung:', '',
         'Kontoinhaber: Lieferant GmbH', 'IBAN: ' + new, 'BIC: GENODEM1NRD', '',
         'Die bisherige Verbindung bei der Sparkasse Lüdenscheid (IBAN ' + fi.fmt_iban(IBAN_LIEFERANT_OLD) +
         ') bleibt bis zum 31.03.2027 aktiv. Bitte bestätigen Sie die Änderung telefonisch bei unserer Buchhaltung '
         'unter 02351 9873-140.', '', 'Wir danken Ihnen für die langjährige Zusammenarbeit.'],
        ['Mit freundlichen Grüßen', '', 'Dipl.-Ing. Rainer Lang          Dr. Ute Brenner', 'Geschäftsführer                      Geschäftsführerin'],
        LIEF_FOOT, t, title='Änderung Bankverbindung 2027', author='Petra Lang',
        sender_line='Lieferant GmbH · Werkstraße 14 · 58509 Lüdenscheid')
    m.body = mixed(m, st, alt(m, st, src, 'iso-8859-1'), pdf_att(pdf, 'Lieferant_GmbH_Bankverbindung_2027.pdf'))


@business(3, 'de', 'lieferant-mahnung-liefersperre',
          'Second dunning letter from Lieferant GmbH: two invoices 30 days overdue, supply stop for order '
          '4500018873 announced if not paid by 12.11.',
          'Real supplier domain and tenant; threat of supply stop is normal dunning; payment to the '
          'long-known Sparkasse account printed on every invoice; Mahnung PDF with the original invoice '
          'numbers; invites a call to clarify.', hn=[2, 6])
def b03(m):
    t = T(2026, 11, 5, 10, 44, 3)
    sender = 'rechnungen@lieferant-gmbh.de'
    f = dict(sender=sender, rcpt=E('ap'), frm=addr('Lieferant GmbH - Buchhaltung', sender, quote=True),
             to=A('ap', 'iso-8859-1'), cc=A('proc', 'iso-8859-1'),
             subject='2. Mahnung Kd.-Nr. 20417 - Liefersperre ab 13.11.2026', scs=('iso-8859-1', 'Q'))
    st = infra.m365(m, t, f, attach=True, **LIEF)
    old = fi.fmt_iban(IBAN_LIEFERANT_OLD)
    src = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 22.10.2026 konnten wir für die folgenden Rechnungen noch keinen Zahlungseingang feststellen:

RE-2026-09812 vom 18.09.2026, fällig 04.10.2026, 21.306,40 EUR
RE-2026-09877 vom 25.09.2026, fällig 11.10.2026, 7.912,85 EUR

Bitte überweisen Sie den offenen Betrag von 29.219,25 EUR bis spätestens 12.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Lüdenscheid (IBAN %s).

Sollte die Zahlung bis dahin nicht eingehen, sind wir leider gezwungen, die weiteren Auslieferungen - insbesondere die Teillieferungen zu Ihrer Bestellung 4500018873 - bis zum Zahlungseingang zurückzustellen. Falls es Unstimmigkeiten bei den Rechnungen gibt, rufen Sie mich bitte direkt an, damit wir das kurzfristig klären können.

Die Mahnung mit Kontoauszug finden Sie im Anhang.

Mit freundlichen Grüßen

Petra Lang
Leiterin Finanzbuchhaltung
Tel. 02351 9873-140

%s
""" % (old, LIEF_SIG)
    pdf = docs.invoice(
        LIEF_HEAD, ['Example Group GmbH', 'Kreditorenbuchhaltung', 'Am Kosmetikpark 7', '41468 Neuss'],
        [('Kunden-Nr.', '20417'), ('Datum', '05.11.2026'), ('Mahnstufe', '2'), ('Zahlbar bis', '12.11.2026')],
        [('1', 'RE-2026-09812 vom 18.09.2026', '', 'fällig 04.10.', '21.306,40 €'),
         ('2', 'RE-2026-09877 vom 25.09.2026', '', 'fällig 11.10.', '7.912,85 €')],
        [('Offener Betrag', '29.219,25 €')],
        ['Bitte überweisen Sie den offenen Betrag bis 12.11.2026 auf unser Konto bei der Sparkasse Lüdenscheid, '
         'IBAN ' + old + '. Nach Ablauf der Frist stellen wir weitere Lieferungen bis zum Zahlungseingang zurück.',
         'Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.'],
        LIEF_FOOT, t, title='Mahnung 2', author='Lieferant GmbH', creator='SAP NetWeaver', producer='SAP NetWeaver 7.50',
        cols=('Pos.', 'Beleg', '', 'Fälligkeit', 'Betrag'), doc_title='2. MAHNUNG',
        sender_line='Lieferant GmbH · Werkstraße 14 · 58509 Lüdenscheid')
    m.body = mixed(m, st, alt(m, st, src, 'iso-8859-1'), pdf_att(pdf, 'Mahnung_20417_2026-11-05.pdf'))


@business(4, 'de', 'lieferant-auftragsbestaetigung',
          'Stefan Maier (Lieferant GmbH) answers Markus Vogel\'s order for 48,000 airless dispensers with the '
          'order confirmation PDF and delivery dates.',
          'Genuine partner mail in the real thread (same tenant as the later hijack, attack 07): sent in '
          'office hours, specific content, a real PDF attached instead of a link, quoted order text.', hn=[7])
def b04(m):
    t = T(2026, 10, 28, 13, 52, 41)
    sender = 's.maier@lieferant-gmbh.de'
    f = dict(sender=sender, rcpt=E('proc'), frm=addr('Stefan Maier', sender), to=A('proc', 'utf-8'),
             subject='AW: Bestellung 4500018873 – Airless-Spender 50 ml', topic='Bestellung 4500018873 – Airless-Spender 50 ml',
             irt=MID['lief_order'], refs=MID['lief_order'], msgid=MID['lief_ab'],
             thread_index=infra.thread_index_reply(TI['lief'], 'x1', 8 * 86400))
    st = infra.m365(m, t, f, attach=True, **LIEF)
    src = """Hallo Herr Vogel,

vielen Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung AB-26-30871.

Kurz zusammengefasst:
- 48.000 Stück Airless-Spender 50 ml, PP weiß, Pumpe 0,2 ml, Kappe transparent (Art. 50-AL-PP-W)
- Preis 0,412 EUR/Stück, frei Haus Neuss, Zahlungsziel 30 Tage netto
- Teillieferung 1: 24.000 Stück in KW 46
- Teillieferung 2: 24.000 Stück in KW 49

Falls Sie die zweite Teillieferung früher brauchen, sagen Sie mir bitte bis Ende nächster Woche Bescheid; ich prüfe dann mit unserer Produktionsplanung, ob wir einen Spritzguss-Slot in KW 47 bekommen.

Viele Grüße
Stefan Maier
Vertrieb / Key Account
Tel. +49 2351 9873-221 · Mobil +49 160 9011 4732

%s

Von: Markus Vogel <markus.vogel@example.com>
Gesendet: Dienstag, 20. Oktober 2026 10:04
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Bestellung 4500018873 – Airless-Spender 50 ml

Hallo Herr Maier,

anbei unsere Bestellung 4500018873 über 48.000 Airless-Spender 50 ml gemäß Ihrem Angebot AN-26-1877. Bitte um AB mit Lieferterminen.

Viele Grüße
Markus Vogel
Einkauf Verpackung & Rohstoffe
Example Group GmbH
""" % LIEF_SIG
    pdf = docs.invoice(
        LIEF_HEAD, ['Example Group GmbH', 'Einkauf, Herrn Markus Vogel', 'Am Kosmetikpark 7', '41468 Neuss'],
        [('AB-Nr.', 'AB-26-30871'), ('Datum', '28.10.2026'), ('Ihre Bestellung', '4500018873'), ('Kunden-Nr.', '20417')],
        [('10', 'Airless-Spender 50 ml PP weiß, 50-AL-PP-W', '24.000', '0,412 €', '9.888,00 €'),
         ('20', 'Airless-Spender 50 ml PP weiß, 50-AL-PP-W', '24.000', '0,412 €', '9.888,00 €')],
        [('Netto', '19.776,00 €'), ('USt. 19 %', '3.757,44 €'), ('Gesamt', '23.533,44 €')],
        ['Liefertermine: Pos. 10 KW 46/2026, Pos. 20 KW 49/2026, frei Haus Neuss.',
         'Zahlungsbedingungen: 30 Tage netto. Es gelten unsere Allgemeinen Verkaufsbedingungen.'],
        LIEF_FOOT, t, title='Auftragsbestätigung AB-26-30871', author='Lieferant GmbH',
        creator='SAP NetWeaver', producer='SAP NetWeaver 7.50', doc_title='AUFTRAGSBESTÄTIGUNG',
        sender_line='Lieferant GmbH · Werkstraße 14 · 58509 Lüdenscheid')
    m.body = mixed(m, st, alt(m, st, src, 'utf-8'), pdf_att(pdf, 'AB-26-30871.pdf'))


@business(5, 'de', 'krankmeldung-privatmail',
          'Jana Schröder reports sick from her private GMX address because her laptop is in the office.',
          'Colleague on private mail for a plausible reason; no request for money, data or credentials; '
          'the eAU goes electronically via the health insurer; informs her deputy.', hn=[8, 13])
def b05(m):
    t = T(2026, 11, 9, 5, 48, 20)
    sender = 'jana.schroeder89@gmx.de'
    f = dict(sender=sender, rcpt=E('hr'), frm=addr('Jana Schröder', sender, 'UTF-8', 'Q'),
             to='%s, %s' % (A('hr', 'UTF-8'), A('sales', 'UTF-8')),
             subject='Krankmeldung Jana Schröder')
    infra.gmx(m, t, f, '91.64.182.17')
    src = """Guten Morgen Frau Weiß, hallo Lena,

ich habe mir übers Wochenende einen Magen-Darm-Infekt eingefangen und gehe heute Vormittag zum Hausarzt. Ich melde mich vorsorglich bis einschließlich Mittwoch krank; die AU übermittelt die Praxis ja elektronisch an die Krankenkasse.

Ich schreibe von meiner privaten Adresse, weil mein Laptop im Büro steht. Die offenen Reklamationen (Lindner, Charge L26-0811) liegen im Ticketsystem, Tobias weiß Bescheid und übernimmt die Rückrufe.

Viele Grüße
Jana
"""
    m.body = text(src, 'UTF-8', 'quoted-printable')


@business(6, 'de', 'hr-abrechnung-mitarbeiterportal',
          'HR notice to all Neuss staff: payslips only in the intranet employee portal from January 2027, '
          'no more paper.',
          'Internal mail (mail-int01 / Exchange) from HR; the portal is an internal host; explicitly says HR '
          'will never ask to scan QR codes or log in on external pages.', hn=[5])
def b06(m):
    t = T(2026, 10, 27, 9, 30, 55)
    f = dict(sender=E('hr'), rcpt=E('sales'), frm=A('hr'), to='Mitarbeitende Neuss <mitarbeitende-neuss@example.com>',
             subject='Entgeltabrechnungen ab Januar 2027 nur noch im Mitarbeiterportal')
    st = infra.exchange_internal(m, t, f, client_ip='10.20.32.71')
    src = """Liebe Kolleginnen und Kollegen,

ab der Abrechnung für Januar 2027 erhalten Sie Ihre Entgeltabrechnung, die Lohnsteuerbescheinigung und die Meldebescheinigung zur Sozialversicherung nur noch digital im Mitarbeiterportal. Die Papierabrechnung entfällt.

So rufen Sie Ihre Dokumente ab:
- im Firmennetz oder per VPN im Intranet unter [[https://portal.corp.example.com/entgelt|https://portal.corp.example.com/entgelt]]
- Anmeldung wie gewohnt mit Ihrem Windows-Konto (Single Sign-on), keine zusätzliche Registrierung

Wichtig: Die Personalabteilung wird Sie niemals per E-Mail auffordern, einen QR-Code zu scannen, Ihr Kennwort auf einer externen Seite einzugeben oder Gehaltsdaten zu "bestätigen". Solche Nachrichten bitte sofort an it-sicherheit@example.com weiterleiten.

Wer keinen PC-Arbeitsplatz hat (Produktion, Lager), kann die Abrechnung am Terminal im Pausenraum Halle 2 aufrufen oder weiterhin eine Papierabrechnung beantragen.

Bei Fragen erreichen Sie uns unter Durchwahl -180.

Viele Grüße
Monika Weiß
Personal & Entgeltabrechnung
Example Group GmbH
"""
    m.body = alt(m, st, src, 'iso-8859-1')


NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width"><title>Kosmetik Business Report 45/2026</title></head>
<body style="margin:0;background:#f1efec;font-family:Georgia,serif;color:#2b2b2b">
<div style="display:none;max-height:0;overflow:hidden">Allergen-Kennzeichnung: Stichtag für Neuprodukte verstrichen – was jetzt gilt</div>
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0">
<tr><td style="padding:22px 30px;border-bottom:3px solid #9b2f4c"><span style="font-size:26px;color:#9b2f4c">Kosmetik Business Report</span><br>
<span style="font-family:Arial;font-size:12px;color:#777">Ausgabe 45/2026 &middot; 5. November 2026</span></td></tr>
%(items)s
<tr><td style="padding:20px 30px;font-family:Arial;font-size:11px;color:#888;background:#faf9f7">
Sie erhalten diesen Newsletter, weil Sie ihn mit %(rcpt)s abonniert haben.<br>
<a href="%(unsub)s" style="color:#888">Newsletter abbestellen</a> &middot; <a href="https://www.kosmetik-business-report.de/datenschutz" style="color:#888">Datenschutz</a><br>
Kosmetik Business Report &middot; Fachverlag Haas &amp; Roth GmbH &middot; Kaiser-Wilhelm-Ring 17 &middot; 50672 Köln</td></tr>
</table></td></tr></table>
<img src="https://r.kosmetik-business-report.de/tr/op/%(op)s" width="1" height="1" alt="">
</body></html>
"""

NL_ITEMS = [
    ('Duftstoff-Allergene: Stichtag für Neuprodukte ist verstrichen',
     'Seit dem 31. Juli 2026 dürfen neu in Verkehr gebrachte kosmetische Mittel nur noch mit der erweiterten '
     'Allergen-Kennzeichnung nach Verordnung (EU) 2023/1545 verkauft werden. Für Bestandsware läuft die Frist '
     'noch bis Juli 2028. Wir zeigen, wie Hersteller ihre INCI-Listen priorisieren.'),
    ('Mikroplastik: Was die nächste Übergangsstufe für Rinse-off-Produkte bedeutet',
     'Die Beschränkung synthetischer Polymermikropartikel (Verordnung (EU) 2023/2055) erfasst ab Oktober 2027 '
     'abwaschbare Kosmetik. Drei Rohstofflieferanten berichten über Alternativen und Lieferzeiten.'),
    ('Drogeriemarkt-Umsätze im dritten Quartal: Sonnenschutz schwächer, Haarpflege stark',
     'Der Drogeriefachhandel meldet für das dritte Quartal ein nominales Plus von 4,1 Prozent. Treiber waren '
     'Haar- und Kopfhautpflege, während Sonnenschutz nach dem verregneten August zurückfiel.'),
    ('Veranstaltung: Praxisforum Verpackungsverordnung (PPWR) am 3. Dezember in Düsseldorf',
     'Seit August 2026 gilt die EU-Verpackungsverordnung. Das Praxisforum behandelt Rezyklatquoten, '
     'Leerraumvorgaben und Kennzeichnung speziell für Kosmetikverpackungen.'),
]


@business(7, 'de', 'newsletter-kosmetik-business',
          'Subscribed trade newsletter "Kosmetik Business Report" (allergen labelling, microplastics, '
          'drugstore sales, packaging regulation) sent via Brevo.',
          'Opted-in publisher newsletter with List-Unsubscribe / One-Click header, consistent sender '
          'domain and tracking links on the publisher\'s own domain; informational, no requests.', hn=[5])
def b07(m):
    t = T(2026, 11, 5, 6, 0, 21)
    sender = 'newsletter@kosmetik-business-report.de'
    unsub = 'https://r.kosmetik-business-report.de/tr/un/%s' % H(m.seed('un'), 48, ALNUM + '_-')
    f = dict(sender=sender, rcpt=E('reg'), frm=addr('Kosmetik Business Report', sender), to=E('reg'),
             reply_to='Redaktion Kosmetik Business Report <redaktion@kosmetik-business-report.de>',
             subject='Allergen-Kennzeichnung: Stichtag verstrichen – was jetzt gilt | KBR 45/2026')
    infra.brevo(m, t, f, x=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@kosmetik-business-report.de?subject=unsub>' % unsub),
                            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                            ('Precedence', 'bulk')])
    items = ''
    plain = 'Kosmetik Business Report – Ausgabe 45/2026 – 5. November 2026\n\n'
    for i, (h, p) in enumerate(NL_ITEMS):
        url = 'https://r.kosmetik-business-report.de/tr/cl/%s' % H(m.seed('l%d' % i), 40, ALNUM + '_-')
        items += ('<tr><td style="padding:22px 30px 6px 30px"><a href="%s" style="font-size:20px;color:#2b2b2b;'
                  'text-decoration:none">%s</a><p style="font-family:Arial;font-size:14px;line-height:21px">%s '
                  '<a href="%s" style="color:#9b2f4c">Weiterlesen</a></p></td></tr>\n' % (esc(url), esc(h), esc(p), esc(url)))
        plain += '%s\n%s\nWeiterlesen: %s\n\n' % (h, p, url)
    plain += ('Sie erhalten diesen Newsletter, weil Sie ihn mit %s abonniert haben.\nAbbestellen: %s\n'
              'Kosmetik Business Report · Fachverlag Haas & Roth GmbH · Kaiser-Wilhelm-Ring 17 · 50672 Köln\n' % (E('reg'), unsub))
    html = NL_HTML % dict(items=items, rcpt=E('reg'), unsub=esc(unsub), op=H(m.seed('op'), 40, ALNUM))
    m.body = multi('alternative', [text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


@business(8, 'de', 'kundenreklamation-lindner',
          'Complaint from the drugstore chain Lindner\'s quality assurance: leaking hand-balm tubes in batch '
          'L26-0811, photo attached, 8D report requested within 10 working days.',
          'Known customer domain and Microsoft 365 tenant, named contacts, concrete batch and order data, '
          'a real photo (PNG) instead of a "preview" page; asks for a standard quality process.', hn=[8])
def b08(m):
    t = T(2026, 11, 4, 9, 17, 36)
    sender = 'qs-lieferanten@lindner-drogerie.de'
    f = dict(sender=sender, rcpt=E('cs'), frm=addr('Lindner Qualitätssicherung Lieferanten', sender, 'iso-8859-1'),
             to=A('cs', 'iso-8859-1'), cc=A('sales', 'iso-8859-1'),
             subject='Reklamation R-2026-4471: undichte Tuben Hand- & Nagelbalsam 75 ml, Charge L26-0811',
             scs=('iso-8859-1', 'Q'))
    st = infra.m365(m, t, f, 'lindner-drogerie.de', 'BEZP281MB2210', 'deup281',
                    ('DEU01-BE0-obe', 'mail-be0deu01on2120', '40.107.127.120'), attach=True)
    src = """Sehr geehrte Frau Schröder,

in unserem Zentrallager Hamm sind bei der Wareneingangskontrolle der Lieferung vom 02.11.2026 (Lieferschein 80061734, Ihre Rechnung 9026-18832) auffällig viele undichte Tuben festgestellt worden:

Artikel: Example Hand- & Nagelbalsam 75 ml, GTIN 4061234500752
Charge: L26-0811, MHD 10/2029
Befund: 37 von 480 geprüften Tuben undicht an der Falz, Produkt tritt bei leichtem Druck aus; betroffene Umkartons verschmutzt

Ein Foto aus der Wareneingangskontrolle ist beigefügt. Die Ware ist bis zur Klärung gesperrt (Sperrbestand 6.240 Stück).

Wir bitten um
1. eine Sofortmaßnahme bis Freitag, 06.11.2026 (Aussortierung vor Ort oder Rücknahme),
2. einen 8D-Report innerhalb von 10 Arbeitstagen über unser Lieferantenportal,
3. Angabe, ob weitere Chargen betroffen sein können.

Für Rückfragen erreichen Sie mich unter 02381 9480-553.

Mit freundlichen Grüßen

Claudia Nowak
Qualitätssicherung Lieferanten
Lindner Drogeriemärkte GmbH & Co. KG
Hafenstraße 80 · 59067 Hamm
"""
    img = attach(files.photo_png(m.seed('photo')), 'image/png', 'WE-Kontrolle_L26-0811.png', description='WE-Kontrolle_L26-0811.png', size_param=True)
    m.body = mixed(m, st, alt(m, st, src, 'iso-8859-1'), img)
