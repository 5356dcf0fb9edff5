"""Genuine business messages 01-08 (German)."""
from lib import *

F = 'business'

SIG_LIEF = """
Lieferant GmbH
Schiffsersatzteile und technischer Bedarf
Am Seedeich 41 · 27572 Bremerhaven
Tel. +49 471 9826-0 · www.lieferant-gmbh.de
Amtsgericht Bremen HRB 31877 HB · Geschäftsführer: Jens Oltmanns, Dr. Heike Albers"""


def photo_png(seed, w=480, h=320):
    """A synthetic 'photo': sky, quay, a trailer with a torn tarpaulin."""
    import math

    def px(x, y):
        n = (hnum('%s%d' % (seed, (x // 7) * 1000 + y // 7), 0, 18))
        if y < 120:
            return (150 + y // 6, 180 + y // 8, 215)
        if 150 < x < 410 and 95 < y < 230:
            if 260 < x < 330 and 120 < y < 190 and (x + y) % 9 < 5:
                return (60 + n, 55 + n, 50 + n)
            return (200 - n, 40 + n, 35 + n)
        if 160 < x < 400 and 230 <= y < 245:
            return (40, 40, 45)
        if (x - 190) ** 2 + (y - 255) ** 2 < 220 or (x - 360) ** 2 + (y - 255) ** 2 < 220:
            return (20, 20, 20)
        g = 110 + n + int(8 * math.sin(x / 13.0))
        return (g, g, g - 5)
    return qr.png_rgb(w, h, px)


def b01():
    body = """Sabine,

bitte heute noch die Anzahlung an Förde Werft Service für die Dockung der MS Nordlicht freigeben. Uwe Jansen hat mir eben bestätigt, dass sie den Dockslot ab 16.11. nur halten können, wenn die 30-%-Anzahlung (186.450,00 EUR, Rechnung FWS-AZ-2026-0412) bis morgen früh bei ihnen eingegangen ist – sonst rutschen wir ins Frühjahr, und das können wir uns mit der Klassenerneuerung nicht leisten.

Die Rechnung ist seit gestern in SAP erfasst (Beleg 5100043871) und von Ole sachlich geprüft. Kreditor und Bankverbindung sind die bekannten aus dem Kreditorenstamm, es gibt keine Änderung. Ich habe im Workflow als erster Freigeber schon unterschrieben, es fehlt nur noch deine Freigabe.

Jörg, kannst du die Zahlung dann bitte als Eilzahlung im heutigen Lauf mitnehmen?

Ich bin bis 14 Uhr im Haus, danach auf dem Handy erreichbar.

Danke und Gruß
Matthias

Dr. Matthias Brückner
Geschäftsführer / CEO
Example Group GmbH & Co. KG
Fährkai 12 · 24103 Kiel
Tel. +49 431 5570-100"""
    Mail(F, 1, 'de', 'ceo-eilige-anzahlung-werft-intern',
         Internal(lan='10.20.10.21'), T(2026, 11, 4, 9, 12, 33), S('ceo'), [S('cfo')],
         'Dringend: Anzahlung Dockung MS Nordlicht heute freigeben',
         outlook_alt(body, 'windows-1252'),
         cc=[S('ap'), S('super'), S('assist')],
         what='The CEO\'s genuine urgent request to approve a EUR 186,450 yard deposit today.',
         why='Internal: Exchange -> mail-int01 -> mx01, real example.com mailbox; refers to a booked SAP document, '
             'the known vendor master data, the normal two-signature workflow and copies AP and the superintendent. '
             'Hard negative for attack/01 (urgency + large payment from the CEO).')


def b02():
    bank, bic, iban = BANK['lief_new']
    obank, obic, oiban = BANK['lief_old']
    body = """Sehr geehrter Herr Weißenfels,

wir möchten Sie frühzeitig darüber informieren, dass wir unseren Zahlungsverkehr zum 01.01.2027 von der Weser-Elbe Sparkasse auf die Sparkasse Bremen umstellen. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu.

Bitte beachten Sie:
- Zahlungen auf unser bisheriges Konto werden bis einschließlich 31.03.2027 weiterhin angenommen.
- Ab dem 01.01.2027 weisen alle unsere Rechnungen die neue Bankverbindung aus.
- Zu Ihrer Sicherheit bitten wir Sie, die Änderung vor der Umstellung in Ihrem System telefonisch zu verifizieren – bitte ausschließlich über die Ihnen bereits bekannte Rufnummer unserer Buchhaltung (0471 9826-0) und nicht über Kontaktdaten aus einer E-Mail.

Wir werden Sie niemals per E-Mail auffordern, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Monika Gerdes
Buchhaltung
""" + SIG_LIEF
    letter = pdf_part([
        '# Lieferant GmbH', 'Schiffsersatzteile und technischer Bedarf · Am Seedeich 41 · 27572 Bremerhaven', '',
        'Example Group GmbH & Co. KG', 'Kreditorenbuchhaltung', 'Fährkai 12', '24103 Kiel', '',
        'Bremerhaven, 30.11.2026', '', '## Änderung unserer Bankverbindung zum 01.01.2027', '',
        'Sehr geehrte Damen und Herren,', '',
        'zum 01.01.2027 stellen wir unseren Zahlungsverkehr auf ein neues Kreditinstitut um.', '',
        'Bisherige Bankverbindung (gültig bis 31.03.2027):', '   ' + obank + ' · IBAN ' + pretty(oiban) + ' · BIC ' + obic, '',
        'Neue Bankverbindung ab 01.01.2027:', '   ' + bank + ' · IBAN ' + pretty(iban) + ' · BIC ' + bic, '',
        'Bitte verifizieren Sie diese Änderung vor der Umstellung telefonisch über die Ihnen bekannte',
        'Rufnummer unserer Buchhaltung. Das Original dieses Schreibens erhalten Sie zusätzlich per Post.', '',
        'Mit freundlichen Grüßen', '', 'Jens Oltmanns                                        Dr. Heike Albers',
        'Geschäftsführer                                      Geschäftsführerin', '',
        'Lieferant GmbH · Amtsgericht Bremen HRB 31877 HB · USt-IdNr. ' + ck.de_ustid('81452097'),
    ], 'Lieferant_GmbH_Bankverbindung_ab_2027.pdf', title='Änderung Bankverbindung 2027', author='Lieferant GmbH',
        producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
        created="D:20261130141502+01'00'")
    Mail(F, 2, 'de', 'lieferant-bankverbindung-2027-korrekt-angekuendigt',
         EXO(org='lieferant-gmbh.de', region='DEU'), T(2026, 12, 1, 8, 47, 20), C['lief_buch'], [S('ap')],
         'Änderung unserer Bankverbindung zum 01.01.2027 – Lieferant GmbH',
         mixed(outlook_alt(body, 'windows-1252', cte_html='base64'), letter),
         what='Lieferant GmbH announces a bank change a month in advance with a signed letter.',
         why='Genuine domain and tenant (lieferant-gmbh.de), long lead time, old account stays valid, letter also '
             'by post, explicitly asks for verification via the known phone number. Hard negative for attack/02.')


def b03():
    body = """Hallo Frau Hoffmann,

ich bin leider krank und heute beim Arzt gewesen - ich bin voraussichtlich bis einschließlich Freitag, 27.11., krankgeschrieben.

Die Praxis hat die eAU an die TK übermittelt, Sie sollten sie ab morgen abrufen können. Ich schreibe von meiner privaten Adresse, weil der Laptop noch im Büro steht.

Felix Neumann (Vertrieb Fracht, Pers.-Nr. 10482) - Jan Wittkowski aus dem Vertriebsinnendienst übernimmt meine Kundentermine diese Woche, ich habe ihn schon per SMS informiert.

Viele Grüße
Felix Neumann"""
    Mail(F, 3, 'de', 'krankmeldung-von-privater-adresse',
         GMX(brand='gmx', user_ip='91.47.112.9'), T(2026, 11, 23, 7, 41, 2), ('Felix Neumann', 'felix.neumann@gmx.de'),
         [S('hr')], 'Krankmeldung Felix Neumann',
         text(body, 'UTF-8', 'quoted-printable'),
         what='Employee reports sick leave from his private GMX address.',
         why='Private address known to HR, residential German IP via GMX web-mail, no payment data, only the '
             'electronic sick note (eAU) which HR retrieves from the health insurer. Hard negative for attack/03 '
             '(private address to HR).')


def b04():
    prev = """Von: Michael Dörr <michael.doerr@example.com>
Gesendet: Montag, 16. November 2026 14:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Ole Petersen <ole.petersen@example.com>
Betreff: AW: Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)

Hallo Herr Maier,

danke für die Rückmeldung. Die Pumpe muss spätestens am 04.12. in Kiel sein, die MS Ostseewind geht am 07.12. in die Werft. Können Sie die Termine in der AB entsprechend anpassen?

Gruß
Michael Dörr
Einkauf / Technischer Einkauf
Example Group GmbH & Co. KG"""
    body = """Hallo Herr Dörr,

gute Nachrichten: Der Hersteller zieht die Fertigung vor, die Kühlwasserpumpe CWP 150-4 wird am 30.11. bei uns angeliefert und geht am 01.12. per Spedition nach Kiel (Anlieferung Fährkai, Tor 3). Die angepasste Auftragsbestätigung hängt an.

Positionen und Preise sind unverändert, nur die Liefertermine wurden aktualisiert. Den Gleitringdichtungssatz liefern wir zusammen mit der Pumpe.

Viele Grüße
Stefan Maier
Key Account Management
Tel. +49 471 9826-130
""" + SIG_LIEF + "\n\n" + prev
    ab = pdf_part([
        '# Auftragsbestätigung AB-2026-30417', 'Lieferant GmbH · Am Seedeich 41 · 27572 Bremerhaven', '',
        'Kunde: Example Group GmbH & Co. KG, Fährkai 12, 24103 Kiel      Kunden-Nr. 40877',
        'Ihre Bestellung: 4500123871 vom 12.11.2026      Ansprechpartner: Stefan Maier', '',
        '## Pos.  Artikel                                              Menge     Einzelpreis        Gesamt',
        '10     Kühlwasserpumpe CWP 150-4, 400 V, 30 kW            1 St.      14.860,00       14.860,00',
        '20     Gleitringdichtungssatz GRD-150 (Ersatz)             2 Satz       612,40        1.224,80',
        '30     Fracht und Verpackung                               1 psch.      280,00          280,00', '',
        'Nettobetrag: 16.364,80 EUR    zzgl. 19 % USt. 3.109,31 EUR    Gesamt: 19.474,11 EUR', '',
        'Liefertermin: Anlieferung Kiel 01.12.2026 (geändert, vorher KW 50)',
        'Lieferbedingung: DAP Kiel, Fährkai 12, Tor 3 · Zahlungsbedingung: 30 Tage netto',
        'Bankverbindung: ' + BANK['lief_old'][0] + ' · IBAN ' + pretty(BANK['lief_old'][2]), '',
        'Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.'],
        'AB-2026-30417_Bestellung_4500123871.pdf', title='Auftragsbestätigung AB-2026-30417', author='Lieferant GmbH',
        producer='SAP NetWeaver 7.50', creator='SAP Smart Forms', created="D:20261117101244+01'00'")
    Mail(F, 4, 'de', 'lieferant-auftragsbestaetigung-im-thread',
         EXO(org='lieferant-gmbh.de', region='DEU', replies=2), T(2026, 11, 17, 10, 18, 5), C['maier'], [S('proc')],
         'AW: Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)',
         mixed(outlook_alt(body, 'windows-1252'), ab),
         cc=[S('super')],
         irt='<DB9PR08MB6588A4C2E0B1D7F3A9C5E8B2D4F6A1C3@DB9PR08MB6588.eurprd08.prod.outlook.com>',
         topic='Bestellung 4500123871 – Ersatzteile MS Ostseewind (Kühlwasserpumpe)',
         what='Stefan Maier\'s genuine reply in the spare-pump order thread with the updated order confirmation.',
         why='Same sender, tenant and thread as attack/08 but with a plain SAP-generated PDF (no archive, no '
             'password), content consistent with the order. Hard negative for attack/08.')


def b05():
    body = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 22.10.2026 konnten wir zu den unten aufgeführten Rechnungen noch keinen Zahlungseingang feststellen. Die Mahnung mit der Aufstellung der offenen Posten finden Sie im Anhang.

Kundennummer: 40877
Offener Betrag: 27.318,44 EUR (RE-2026-09811 vom 15.09.2026, RE-2026-09874 vom 22.09.2026)

Wir bitten Sie, den offenen Betrag bis spätestens 12.11.2026 auf unser Ihnen bekanntes Konto bei der Weser-Elbe Sparkasse zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Ihr Kundenkonto ab dem 13.11.2026 für weitere Lieferungen zu sperren; laufende Aufträge werden dann nur noch gegen Vorkasse ausgeliefert.

Sollten sich Ihre Zahlung und dieses Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos. Bei Unstimmigkeiten erreichen Sie uns unter 0471 9826-0.

Mit freundlichen Grüßen

i. A. Monika Gerdes
Buchhaltung
""" + SIG_LIEF
    mahn = pdf_part([
        '# 2. Mahnung', 'Lieferant GmbH · Am Seedeich 41 · 27572 Bremerhaven', '',
        'Example Group GmbH & Co. KG · Kreditorenbuchhaltung · Fährkai 12 · 24103 Kiel', '',
        'Kunden-Nr. 40877                                                        Bremerhaven, 05.11.2026', '',
        '## Rechnung          Datum          fällig seit          Betrag EUR',
        'RE-2026-09811       15.09.2026     15.10.2026           18.902,17',
        'RE-2026-09874       22.09.2026     22.10.2026            8.416,27',
        '## Summe offen                                                27.318,44', '',
        'Zahlbar bis 12.11.2026 auf: ' + BANK['lief_old'][0] + ', IBAN ' + pretty(BANK['lief_old'][2]) + ', BIC ' +
        BANK['lief_old'][1], '',
        'Nach fruchtlosem Fristablauf erfolgt ab 13.11.2026 eine Liefersperre. Weitere Lieferungen nur gegen Vorkasse.'],
        'Mahnung_2_Kd40877_20261105.pdf', title='2. Mahnung', author='Lieferant GmbH', producer='SAP NetWeaver 7.50',
        creator='SAP Smart Forms', created="D:20261105071530+01'00'")
    Mail(F, 5, 'de', 'lieferant-zweite-mahnung-liefersperre',
         EXO(org='lieferant-gmbh.de', region='DEU'), T(2026, 11, 5, 7, 22, 41), C['lief_buch'], [S('ap')],
         '2. Mahnung – Kundennummer 40877 – Liefersperre ab 13.11.2026',
         mixed(text(body, 'iso-8859-1', 'quoted-printable'), mahn),
         cc=[C['maier']],
         what='Lieferant GmbH\'s second dunning letter threatening a supply stop.',
         why='Genuine domain and Microsoft 365 tenant, pays to the account already on file, phone number of the known '
             'switchboard, standard dunning wording. Urgent and threatening but legitimate - hard negative for '
             'pressure-based detection and attack/02.')


def b06():
    unsub = 'https://news.hafen-logistik-news.de/unsubscribe/%s' % hx('b06u', 32)
    plain = """Hafen & Logistik Newsletter 45/2026

Liebe Leserinnen und Leser,

diese Woche im Überblick:

1. Ostsee-RoRo: Umschlag in Kiel und Lübeck im dritten Quartal stabil
Die Ostseehäfen melden für das dritte Quartal nahezu unveränderte Mengen im RoRo-Verkehr. Zuwächse im Trailergeschäft nach Skandinavien gleichen Rückgänge im Baltikum weitgehend aus.

2. EU-ETS für die Schifffahrt: 2026 sind erstmals 100 % der Emissionen abzugeben
Reedereien müssen für das Berichtsjahr 2026 erstmals Zertifikate für sämtliche erfassten Emissionen abgeben. Wir fassen zusammen, was Fährbetreiber bei der Weiterberechnung an Kunden beachten sollten.

3. FuelEU Maritime: erste Compliance-Bilanz
Nach dem ersten vollen Berichtsjahr zeigen sich deutliche Unterschiede zwischen Linien mit Landstromanschluss und ohne.

4. Termine
- 19.11.2026: Forum Kurzstreckenseeverkehr, Hamburg
- 03.12.2026: Webinar "Zollrechtliche Neuerungen 2027 für RoRo-Verkehre"

Den vollständigen Newsletter lesen Sie online: https://www.hafen-logistik-news.de/newsletter/2026-45

Sie erhalten diesen Newsletter, weil Sie sich mit felix.neumann@example.com angemeldet haben.
Abmelden: {unsub}

Hafen & Logistik Verlag GmbH · Große Elbstraße 145 · 22767 Hamburg · Amtsgericht Hamburg HRB 98231
""".format(unsub=unsub)
    htm = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafen &amp; Logistik Newsletter 45/2026</title></head>
<body style="margin:0;background:#f1f3f5;font-family:Georgia,serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0d3b66;color:#fff;padding:20px 26px;font-size:24px">Hafen &amp; Logistik <span style="font-size:14px">Newsletter 45/2026</span></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:22px">
<p>Liebe Leserinnen und Leser,</p><p>diese Woche im &Uuml;berblick:</p>
<h3 style="color:#0d3b66">Ostsee-RoRo: Umschlag in Kiel und L&uuml;beck im dritten Quartal stabil</h3>
<p>Die Ostseeh&auml;fen melden f&uuml;r das dritte Quartal nahezu unver&auml;nderte Mengen im RoRo-Verkehr. Zuw&auml;chse im Trailergesch&auml;ft nach Skandinavien gleichen R&uuml;ckg&auml;nge im Baltikum weitgehend aus.</p>
<h3 style="color:#0d3b66">EU-ETS f&uuml;r die Schifffahrt: 2026 sind erstmals 100&nbsp;% der Emissionen abzugeben</h3>
<p>Reedereien m&uuml;ssen f&uuml;r das Berichtsjahr 2026 erstmals Zertifikate f&uuml;r s&auml;mtliche erfassten Emissionen abgeben. Wir fassen zusammen, was F&auml;hrbetreiber bei der Weiterberechnung an Kunden beachten sollten.</p>
<h3 style="color:#0d3b66">FuelEU Maritime: erste Compliance-Bilanz</h3>
<p>Nach dem ersten vollen Berichtsjahr zeigen sich deutliche Unterschiede zwischen Linien mit Landstromanschluss und ohne.</p>
<h3 style="color:#0d3b66">Termine</h3><ul><li>19.11.2026: Forum Kurzstreckenseeverkehr, Hamburg</li><li>03.12.2026: Webinar &bdquo;Zollrechtliche Neuerungen 2027 f&uuml;r RoRo-Verkehre&ldquo;</li></ul>
<p><a href="https://www.hafen-logistik-news.de/newsletter/2026-45" style="color:#0d3b66">Vollst&auml;ndigen Newsletter online lesen</a></p>
</td></tr>
<tr><td style="padding:16px 26px;font-size:12px;color:#777;background:#f7f7f7">Sie erhalten diesen Newsletter, weil Sie sich mit felix.neumann@example.com angemeldet haben. <a href="{unsub}">Abmelden</a><br>Hafen &amp; Logistik Verlag GmbH &middot; Gro&szlig;e Elbstra&szlig;e 145 &middot; 22767 Hamburg</td></tr>
</table></td></tr></table></body></html>
""".format(unsub=unsub)
    Mail(F, 6, 'de', 'newsletter-hafen-logistik-cleverreach',
         CleverReach(), T(2026, 11, 6, 6, 0, 14), ('Hafen & Logistik Newsletter', 'newsletter@hafen-logistik-news.de'),
         [S('sales')], 'Hafen & Logistik 45/2026: Ostsee-RoRo stabil, ETS 100 %, FuelEU-Bilanz',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-%s@crsend.com>' % (unsub, hx('b06m', 16))),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                ('List-Id', '<%s.hafen-logistik-news.de>' % hnum('b06l', 100000, 999999))],
         what='Subscribed trade newsletter sent through CleverReach.',
         why='Opted-in subscription (address named in footer), ESP infrastructure with List-Unsubscribe/One-Click, '
             'editorial content, links only to the publisher\'s own site.')


def b07():
    body = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 (Outlook im Web, Teams, SharePoint) auf die Microsoft-Authenticator-App mit Zahlenabgleich um. SMS-Codes werden ab dem 30.11.2026 nicht mehr unterstützt.

So läuft die Umstellung:
1. Sie erhalten KEINE E-Mail mit QR-Code oder Link von uns. Die Einrichtung erfolgt ausschließlich am Firmen-PC im Büronetz unter https://aka.ms/mysecurityinfo oder gemeinsam mit dem IT-Service (Termine im Intranet unter IT > MFA-Umstellung).
2. Bei der Anmeldung zeigt Ihnen der Bildschirm eine zweistellige Zahl, die Sie in der App eingeben.
3. Bestätigen Sie niemals eine Anmeldung, die Sie nicht selbst gerade ausgelöst haben.

Bitte beachten Sie: Wir fragen niemals per E-Mail oder Telefon nach Ihrem Kennwort, wir versenden keine QR-Codes per E-Mail, und der IT-Service ruft Sie nicht über Teams von externen Konten an. Verdächtige Nachrichten leiten Sie bitte als Anlage an phishing@example.com weiter.

Für Rückfragen erreichen Sie den IT-Service unter Durchwahl -444.

Viele Grüße
Lena Vogt
IT-Sicherheit & Mail-Administration
Example Group GmbH & Co. KG
Tel. +49 431 5570-447"""
    Mail(F, 7, 'de', 'it-hinweis-mfa-umstellung-intern',
         Internal(lan='10.20.10.88', server='EXKI-MBX02'), T(2026, 10, 27, 8, 3, 10), S('itsec'),
         [('Alle Mitarbeitenden Kiel', 'alle-kiel@example.com')], 'MFA-Umstellung ab 02.11.: Authenticator-App mit Zahlenabgleich',
         outlook_alt(body, 'iso-8859-1'), rcpt=S('assist')[1],
         what='Internal IT announcement of the MFA change, sent to the Kiel all-staff list.',
         why='Genuine internal mail from the IT security admin via Exchange and mail-int01; only the official '
             'aka.ms/mysecurityinfo link; explicitly says no QR codes by e-mail. Hard negative for attack/06 (same '
             'topic) and attack/26.')


def b08():
    body = """Hallo Herr Neumann,

leider müssen wir einen Schaden an unserem Trailer HL-SB 2207 melden. Der Trailer war auf der Überfahrt Kiel–Gdynia am 20.10.2026 (MS Ostseewind, Buchung EXG-FR-2610-11873) und wurde am 21.10. in Gdynia mit einer aufgerissenen Plane und zwei beschädigten Zurrpunkten an der linken Seite übernommen. Der Fahrer hat den Schaden bei der Übernahme im Terminal angezeigt, ein Foto hängt an.

Die Ladung (Papierrollen) ist zum Glück trocken geblieben, aber die Reparatur der Plane und der Zurrpunkte wird nach erstem Kostenvoranschlag rund 2.300 EUR kosten.

Können Sie den Vorgang bitte an Ihre Schadenabteilung bzw. den P&I-Versicherer weitergeben? Die Schadensmeldung unseres Fahrers und den Kostenvoranschlag der Werkstatt reichen wir nach.

Mit freundlichen Grüßen

Holger Brandt
Disposition Skandinavien / Baltikum
Speditionshaus Brandt GmbH & Co. KG
Schwartauer Allee 88 · 23554 Lübeck
Tel. +49 451 48 27 10"""
    Mail(F, 8, 'de', 'kundenreklamation-trailerschaden-foto',
         OutlookSMTP(tr=IONOS(pc='DISPO-PC04', user_ip='87.138.201.54'), lang='de'), T(2026, 10, 22, 12, 47, 30),
         C['brandt'], [S('sales')], 'Schadensmeldung Trailer HL-SB 2207 – Überfahrt Kiel–Gdynia 20.10.2026',
         mixed(outlook_alt(body, 'windows-1252'),
               attach(photo_png('b08'), 'image/png', 'Schaden_HL-SB2207_Gdynia.png', label='photo of the damage')),
         what='Freight customer reports trailer damage with a photo.',
         why='Long-standing customer writing from his company\'s IONOS mailbox with Outlook; concrete booking and '
             'vessel data, no link, no payment request, only a PNG photo.')


def build():
    for f in (b01, b02, b03, b04, b05, b06, b07, b08):
        f()
