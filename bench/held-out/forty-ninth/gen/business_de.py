"""Genuine business messages 01-08 (German)."""
import checksums as C
import infra
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, pdf_att, st, fmt_eur
from attacks_de import LIEF_TENANT
from people import BANK, IDS

F = 'business'
SIG_LIEF = """Lieferant GmbH · Am Stellwerk 9 · 33334 Gütersloh
Geschäftsführer: Holger Lindemann, Ute Brinkmann · Amtsgericht Gütersloh HRB 7421 · USt-IdNr. %s""" % IDS['lief_vat']


def b01():
    text = """Guten Morgen Frau Weiß,

die Anzahlung für die neue Wellpappenanlage (Kessler Maschinenbau, Vertrag vom 28.09.2026) ist laut Zahlungsplan heute fällig: 30 % = 486.000,00 EUR. Kessler hat gestern angerufen, der Fertigungsslot im Januar wird nur gehalten, wenn das Geld bis morgen bei ihnen ist.

Die Anzahlungsrechnung liegt seit Montag im DMS (Beleg 5100047113), Bankverbindung wie im Vertrag und in den Kreditorenstammdaten - Kessler ist seit Jahren Lieferant, da ändert sich nichts. Bitte wie immer mit Zweitfreigabe durch Herrn Brandt, ich habe ihn in CC gesetzt.

Falls es Rückfragen gibt: Ich bin bis 15 Uhr im Haus, Durchwahl -100, danach auf dem Handy.

Danke und viele Grüße
Matthias Köhler

Dr. Matthias Köhler
Geschäftsführer / CEO
Example Group GmbH
Industriestraße 12 · 33609 Bielefeld
Tel. +49 521 9876-100
"""
    return M(F, 1, 'de', 'ceo-dringende-anzahlung-intern', U(10, 14, 6, 12, 31),
             (infra.exchange_internal, dict(srv='EXMBX01', peer='EXMBX02', client_ip='10.20.5.17')),
             st('matthias.koehler'), [st('sabine.weiss')],
             'Dringend: Anzahlung Wellpappenanlage Kessler - heute überweisen', outlook_alt(text, 'iso-8859-1', lang='DE'),
             'The CEO\'s genuine urgent payment request: machine down-payment (486,000 EUR) due today, sent through Exchange and the internal relay',
             'Internal path (Exchange -> mail-int01 10.20.0.25 -> mx01), real CEO mailbox, refers to an existing contract, a DMS document number and the known vendor master data, '
             'explicitly keeps the second approver (AP) in Cc and offers a phone call. Hard negative of attack/01.',
             cc=[st('juergen.brandt')], zone='DE', clang='de-DE')


def b02():
    new, old = BANK['lief_new'], BANK['lief_old']
    text = """Sehr geehrte Damen und Herren,

zum 1. Dezember 2026 stellen wir unseren Zahlungsverkehr um: Im Zuge der Neuordnung unserer Bankverbindungen wird unser Geschäftskonto künftig bei der Deutschen Bank geführt.

Neue Bankverbindung ab 01.12.2026:
Kontoinhaber: Lieferant GmbH
Kreditinstitut: Deutsche Bank AG, Filiale Bielefeld
IBAN: %s
BIC: DEUTDE3B480

Unser bisheriges Konto bei der Sparkasse Gütersloh-Rietberg-Versmold (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden in dieser Zeit selbstverständlich weiterhin zugeordnet. Alle Rechnungen ab dem 01.12.2026 weisen die neue Bankverbindung aus.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei. Bitte verifizieren Sie die Änderung wie gewohnt durch einen Rückruf bei Ihrem bekannten Ansprechpartner (Herr Stefan Maier oder Frau Petra Lang) unter der Ihnen vorliegenden Rufnummer - bitte nicht über Kontaktdaten aus einer E-Mail. Eine schriftliche Bestätigung per Post erhalten Sie zusätzlich in den nächsten Tagen.

Mit freundlichen Grüßen

i.A. Petra Lang
Buchhaltung

%s
""" % (C.fmt_iban(new), C.fmt_iban(old), SIG_LIEF)
    letter = ['## Lieferant GmbH', 'Am Stellwerk 9 · 33334 Gütersloh · Tel. +49 5241 90870-0', '--', '',
              'An unsere Kunden', '', 'Gütersloh, 13.11.2026', '',
              '# Änderung unserer Bankverbindung zum 01.12.2026', '',
              'Sehr geehrte Damen und Herren,', '',
              'ab dem 1. Dezember 2026 führen wir unser Geschäftskonto bei der Deutschen Bank AG. Bitte leisten Sie Zahlungen ab diesem Datum auf:', '',
              'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Deutsche Bank AG, Filiale Bielefeld',
              'IBAN: ' + C.fmt_iban(new), 'BIC: DEUTDE3B480', '',
              'Das bisherige Konto (IBAN ' + C.fmt_iban(old) + ') bleibt bis zum 31.03.2027 bestehen.', '',
              'Zur Sicherheit bitten wir Sie, diese Änderung telefonisch bei Ihrem bekannten Ansprechpartner zu verifizieren.', '',
              'Mit freundlichen Grüßen', '', 'Holger Lindemann                                   Ute Brinkmann',
              'Geschäftsführer                                      Geschäftsführerin', '', '--',
              'Lieferant GmbH · Sitz Gütersloh · Amtsgericht Gütersloh HRB 7421 · USt-IdNr. ' + IDS['lief_vat']]
    att = pdf_att('Lieferant_GmbH_Bankverbindung_ab_01-12-2026.pdf', letter, 'Änderung Bankverbindung', 'Lieferant GmbH',
                  'Microsoft® Word für Microsoft 365', 'Microsoft® Word für Microsoft 365', U(11, 13, 10, 20))
    return M(F, 2, 'de', 'lieferant-neue-bankverbindung-echt', U(11, 16, 9, 5, 12),
             (infra.m365, dict(region='DE', lang='de-DE', tenant=LIEF_TENANT)), ('Buchhaltung Lieferant GmbH', 'rechnungen@lieferant-gmbh.de'),
             [st('juergen.brandt')], 'Neue Bankverbindung der Lieferant GmbH ab 01.12.2026',
             MIX(outlook_alt(text, 'windows-1252', lang='DE'), att),
             'Genuine, properly announced supplier bank change: Lieferant GmbH moves to Deutsche Bank from 1 December, signed letter PDF',
             'Sent from the real domain through Lieferant\'s own Microsoft 365 tenant, German bank in the same region, transition period with the old account kept open, '
             'asks the customer to verify by calling the known contact, postal confirmation. Hard negative of attack/02 (same topic, look-alike sender).',
             cc=[('Stefan Maier', 's.maier@lieferant-gmbh.de')], zone='DE', clang='de-DE')


def b03():
    lines = ['## Lieferant GmbH', 'Am Stellwerk 9 · 33334 Gütersloh', '--', '',
             'Example Group GmbH · Einkauf · Industriestraße 12 · 33609 Bielefeld', '',
             '# Auftragsbestätigung AB-2026-22871', 'Datum: 17.11.2026    Ihre Bestellung: 4500012873 vom 16.11.2026    Kunden-Nr.: 10482', '',
             'Pos. Artikel                                   Menge        Einheit   Preis/t     Betrag',
             '10   Corrustar 300 Stärkekleber, IBC 1.000 kg   12.000       kg        612,00 EUR  7.344,00 EUR',
             '     Liefertermin: Di. 24.11.2026, Werk Bielefeld, Rampe 3',
             '20   Corrustar 300 Stärkekleber, IBC 1.000 kg   12.000       kg        612,00 EUR  7.344,00 EUR',
             '     Liefertermin: Do. 26.11.2026, Werk Bielefeld, Rampe 3', '',
             'Nettobetrag: 14.688,00 EUR    zzgl. 19 % USt.: 2.790,72 EUR    Gesamt: 17.478,72 EUR', '',
             'Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Lieferung frei Haus. Leer-IBC werden zurückgenommen.',
             'Es gelten die Rahmenvereinbarung 2026 und unsere Allgemeinen Verkaufsbedingungen.', '',
             'Bankverbindung: Sparkasse Gütersloh-Rietberg-Versmold · IBAN ' + C.fmt_iban(BANK['lief_old']) + ' · BIC WELADED1GTL', '--',
             'Lieferant GmbH · Amtsgericht Gütersloh HRB 7421 · USt-IdNr. ' + IDS['lief_vat']]
    att = pdf_att('AB-2026-22871.pdf', lines, 'Auftragsbestätigung AB-2026-22871', 'Lieferant GmbH', 'SAP NetWeaver', 'SAP NetWeaver 7.50', U(11, 17, 7, 40))
    text = """Hallo Herr Östreicher,

vielen Dank für Ihre Bestellung 4500012873. Anbei unsere Auftragsbestätigung AB-2026-22871.

Zu Ihrer Frage wegen des Termins: Die 24 IBC Corrustar 300 können wir in zwei Teillieferungen bringen - 12 IBC am Dienstag, 24.11., und die restlichen 12 IBC am Donnerstag, 26.11., jeweils Anlieferung Werk Bielefeld, Rampe 3, zwischen 6 und 10 Uhr. Die Leer-IBC von der letzten Lieferung nimmt unser Fahrer wie gewohnt mit.

Preis wie vereinbart nach Rahmenvereinbarung 2026, 30 Tage netto bzw. 14 Tage 2 % Skonto.

Herr Krüger, falls die Rampe an einem der Tage belegt ist, geben Sie mir bitte bis Freitag kurz Bescheid.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Key Account
Lieferant GmbH
Am Stellwerk 9 · 33334 Gütersloh
Tel. +49 5241 90870-24

Von: Frank Östreicher <frank.oestreicher@example.com>
Gesendet: Montag, 16. November 2026 09:37
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Dennis Krüger <dennis.krueger@example.com>
Betreff: Bestellung 4500012873 - Stärkekleber / Liefertermin

Hallo Herr Maier,

anbei unsere Bestellung 4500012873 über 24 IBC Corrustar 300. Wegen des Lagerplatzes wäre uns eine Aufteilung auf zwei Lieferungen in KW 48 am liebsten. Geht das?

Viele Grüße
Frank Östreicher
Leiter Einkauf | Example Group GmbH
"""
    return M(F, 3, 'de', 'lieferant-auftragsbestaetigung-thread', U(11, 17, 8, 2, 47),
             (infra.m365, dict(region='DE', lang='de-DE', tenant=LIEF_TENANT)), ('Stefan Maier', 's.maier@lieferant-gmbh.de'),
             [st('frank.oestreicher')], 'AW: Bestellung 4500012873 - Stärkekleber / Liefertermin',
             MIX(outlook_alt(text, 'iso-8859-1', lang='DE'), att),
             'Genuine thread reply from the supplier\'s sales contact: order confirmation PDF and split delivery dates for 24 IBC of starch adhesive',
             'Same mailbox and tenant as the hijacked attack/03, but a fresh reply within a day to our own order, concrete quantities/dates/ramp, '
             'PDF order confirmation with the unchanged bank account, no external links. Hard negative of attack/03.',
             cc=[st('dennis.krueger')], in_reply_to='<5e8a0c3b1d2f4a6b9c7e0d1f2a3b4c5d@EXMBX02.corp.example.com>',
             references='<5e8a0c3b1d2f4a6b9c7e0d1f2a3b4c5d@EXMBX02.corp.example.com>', depth=1,
             topic='Bestellung 4500012873 - Stärkekleber / Liefertermin', zone='DE', clang='de-DE')


def b04():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 2. November 2026, stellen wir die Anmeldung an Microsoft 365 (Teams, SharePoint, OneDrive) schrittweise auf die Microsoft-Authenticator-App mit Nummernabgleich um. SMS-Codes werden danach nicht mehr unterstützt.

Was Sie tun müssen:
• Die Umstellung erfolgt abteilungsweise. Ihre Führungskraft bekommt vorab einen Termin; die Einrichtung machen wir gemeinsam mit Ihnen vor Ort oder in einer Teams-Sitzung, die Sie selbst über Ihr Servicedesk-Ticket anfragen.
• Die Anleitung finden Sie im Intranet unter IT > Anleitungen > „Authenticator einrichten“.

Bitte beachten Sie:
• Wir versenden keine QR-Codes per E-Mail. Einen QR-Code zur Einrichtung sehen Sie ausschließlich nach Ihrer eigenen Anmeldung unter https://mysignins.microsoft.com/security-info.
• Der IT-Servicedesk ruft Sie nicht unaufgefordert über Teams an und fordert Sie nie auf, „Schnellhilfe“/Quick Assist, AnyDesk oder TeamViewer zu starten. Anrufe von außerhalb unserer Organisation sind in Teams als „Extern“ gekennzeichnet.
• Melden Sie verdächtige Nachrichten über die Schaltfläche „Phishing melden“ in Outlook oder an it-servicedesk@example.com.

Bei Fragen erreichen Sie den Servicedesk unter der Durchwahl -444.

Viele Grüße
Lukas Pöhlmann
IT-Sicherheit / Messaging
Example Group GmbH
"""
    return M(F, 4, 'de', 'it-hinweis-authenticator-umstellung', U(10, 28, 13, 30, 2),
             (infra.exchange_internal, dict(srv='EXMBX02', peer='EXMBX01', client_ip='10.20.7.44')),
             st('lukas.poehlmann'), [('Alle Mitarbeitenden', 'alle-mitarbeitenden@example.com')],
             'IT-Hinweis: Umstellung der Microsoft-365-Anmeldung auf Authenticator ab 02.11.', outlook_alt(text, 'windows-1252', lang='DE'),
             'Genuine internal IT notice about the MFA switch to Microsoft Authenticator number matching, with anti-phishing rules',
             'From the real IT security admin via Exchange and the internal relay; no action link, only the official Microsoft URL and the intranet; '
             'explicitly says IT never sends QR codes or starts Quick Assist. Hard negative of attack/05 (MFA QR) and attack/08 (helpdesk vishing).',
             zone='DE', clang='de-DE')


def b05():
    lines = ['## Papierfabrik Hohenwald GmbH & Co. KG', 'Am Papierwerk 1 · 37235 Hessisch Lichtenau', '--', '',
             'Example Group GmbH', 'Kreditorenbuchhaltung', 'Industriestraße 12', '33609 Bielefeld', '',
             'Hessisch Lichtenau, 19.11.2026', 'Debitor: 200417', '',
             '# 2. Mahnung', '',
             'Sehr geehrte Damen und Herren,', '',
             'bei Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnungen trotz Erinnerung vom 02.11.2026 noch offen sind:', '',
             'Rechnung        Datum        fällig am      Betrag',
             '9026118734      15.09.2026   15.10.2026     68.412,50 EUR',
             '9026119012      29.09.2026   29.10.2026     54.980,10 EUR',
             '# Offener Betrag gesamt:                      123.392,60 EUR', '',
             'Bitte überweisen Sie den offenen Betrag bis zum 27.11.2026. Andernfalls behalten wir uns vor, weitere Lieferungen bis zum '
             'vollständigen Ausgleich zurückzuhalten.', '',
             'Bankverbindung: Kasseler Sparkasse · IBAN ' + C.fmt_iban(BANK['hohenwald']) + ' · BIC HELADEF1KAS', '--',
             'Papierfabrik Hohenwald GmbH & Co. KG · AG Kassel HRA 14822 · USt-IdNr. ' + IDS['hohenwald_vat']]
    att = pdf_att('2_Mahnung_200417_20261119.pdf', lines, '2. Mahnung', 'Forderungsmanagement', 'SAP NetWeaver', 'SAP NetWeaver 7.50', U(11, 19, 6, 0))
    text = """Sehr geehrter Herr Brandt,

trotz unserer Zahlungserinnerung vom 02.11.2026 ist bei uns bis heute kein Zahlungseingang für die folgenden fälligen Rechnungen zu verzeichnen:

Rechnung 9026118734 vom 15.09.2026, fällig 15.10.2026: 68.412,50 EUR
Rechnung 9026119012 vom 29.09.2026, fällig 29.10.2026: 54.980,10 EUR
Gesamt: 123.392,60 EUR

Ihr Kreditlimit bei uns ist damit überschritten. Wir bitten Sie, den offenen Betrag bis spätestens Freitag, 27.11.2026, auf unser Ihnen bekanntes Konto bei der Kasseler Sparkasse zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, weitere Auslieferungen - auch die für KW 49 disponierten Rollen Testliner 3 - bis zum Ausgleich zurückzuhalten.

Falls sich unser Schreiben mit Ihrer Zahlung überschnitten hat oder Sie Einwände gegen die Rechnungen haben, rufen Sie mich bitte an. Herr Ebert aus dem Vertrieb ist in Kopie.

Mit freundlichen Grüßen

Sandra Wilke
Forderungsmanagement
Papierfabrik Hohenwald GmbH & Co. KG
Am Papierwerk 1 · 37235 Hessisch Lichtenau
Tel. +49 5602 9310-412
"""
    return M(F, 5, 'de', 'papierfabrik-mahnung-liefersperre', U(11, 19, 9, 46, 20),
             (infra.onprem_exchange_gateway, dict(gw='mail.papierfabrik-hohenwald.de', gwip='217.91.44.18', srv='PHEX01', addomain='hohenwald.local')),
             ('Forderungsmanagement Papierfabrik Hohenwald', 'forderungsmanagement@papierfabrik-hohenwald.de'), [st('juergen.brandt')],
             '2. Mahnung Debitor 200417 - drohende Liefersperre', MIX(outlook_alt(text, 'windows-1252', lang='DE'), att),
             'Genuine urgent second dunning letter from the containerboard supplier, threatening to hold back deliveries (supply stop)',
             'Real supplier domain via its own Exchange and mail gateway, matching debtor number and invoice history, payment to the known, unchanged account, '
             'invites disputes by phone, sales contact in Cc. Threatening but legitimate - hard negative for urgency/pressure heuristics (cf. attack/26, attack/24).',
             cc=[('Markus Ebert', 'm.ebert@papierfabrik-hohenwald.de'), st('frank.oestreicher')], zone='DE', clang='de-DE')


def b06():
    text = """Hallo Claudia,

mich hat seit heute Nacht ein Magen-Darm-Infekt erwischt, ich war heute früh beim Hausarzt. Er hat mich bis einschließlich Freitag krankgeschrieben. Die AU ist elektronisch an die Krankenkasse gegangen (TK), du kannst sie also wie üblich über die eAU abrufen.

Ich schreibe von meiner privaten Adresse, weil der Laptop im Büro liegt. Frank, die Abholungen für Hartley und den Caseificio am Donnerstag sind im TMS disponiert, die CMR liegen ausgedruckt in meinem Fach. Falls etwas ist, erreicht ihr mich auf dem Handy, ab morgen wieder besser.

Viele Grüße
Dennis
"""
    return M(F, 6, 'de', 'krankmeldung-private-gmx', U(10, 20, 5, 48, 36),
             (infra.gmx, dict(domain='gmx.de')), ('Dennis Krüger', 'dennis.krueger83@gmx.de'),
             [st('claudia.huesken')], 'Krankmeldung Dennis Krüger bis Freitag', T(text, 'iso-8859-15', 'quoted-printable'),
             'Genuine sick note from a colleague writing from his private GMX address (laptop left at the office)',
             'Private address known to HR, residential client IP behind GMX, plausible details (eAU via health insurer, TMS, CMR), asks for nothing: '
             'no payment, no credentials, no change of data. Hard negative of attack/07 (employee on private mail) and attack/06 (free mailer to HR).',
             cc=[st('frank.oestreicher')], zone='DE', hcs='iso-8859-15', henc='Q')


def b07():
    base = 'https://13217.seu2.cleverreach.com/c/71840593/'
    items = [('PPWR-Fahrplan: Was ab August 2026 gilt', 'https://www.wellpappe-fachverband.de/ppwr-fahrplan', 'a1f0'),
             ('LUCID: Datenmeldung und Vollständigkeitserklärung 2027', 'https://www.verpackungsregister.org/', 'b2e1'),
             ('Marktbericht Papier: Testliner und Wellenstoff im 4. Quartal', 'https://www.wellpappe-fachverband.de/marktbericht', 'c3d2'),
             ('Seminar: Kantenstauchwiderstand und BCT richtig spezifizieren (28.01.2027, Kassel)', 'https://www.wellpappe-fachverband.de/seminare', 'd4c3')]
    text = """Wellpappe aktuell 11/2026

Liebe Mitglieder, liebe Leserinnen und Leser,

die EU-Verpackungsverordnung (PPWR) gilt seit dem 12. August 2026. In dieser Ausgabe fassen wir zusammen, was für Hersteller von Verpackungen aus Papier, Pappe und Kunststoff jetzt konkret zu tun ist.

1) PPWR-Fahrplan: Was ab August 2026 gilt
Kennzeichnungspflichten, Konformitätsbewertung und die Übergangsfristen für Mindestrezyklatanteile - unser Überblick für Wellpappen- und Kunststoffverarbeiter.
[[Weiterlesen|%s%s]]

2) LUCID: Datenmeldung und Vollständigkeitserklärung 2027
Die Zentrale Stelle Verpackungsregister weist erneut darauf hin, dass derzeit gefälschte E-Mails im Umlauf sind, die Gebühren für eine angebliche „Neuvalidierung“ der Registrierung verlangen. Die Registrierung in LUCID ist kostenlos; Mitteilungen der Zentralen Stelle erhalten Sie ausschließlich von Adressen unter verpackungsregister.org.
[[Hinweis der Zentralen Stelle|%s%s]]

3) Marktbericht Papier: Testliner und Wellenstoff im 4. Quartal
Nach den Preiserhöhungen im Frühjahr haben sich die Preise für Recyclingpapiere im Herbst stabilisiert; die Altpapierpreise (1.04) ziehen leicht an.
[[Zum Marktbericht|%s%s]]

4) Seminar: Kantenstauchwiderstand und BCT richtig spezifizieren
28.01.2027, Kassel - noch 6 Plätze frei.
[[Anmeldung|%s%s]]

Mit freundlichen Grüßen
Ihr Team des Fachverbands Wellpappe & Verpackung e.V.

Fachverband Wellpappe & Verpackung e.V. · Hilpertstraße 22 · 64295 Darmstadt
Sie erhalten diesen Newsletter, weil Sie ihn mit sabine.weiss@example.com abonniert haben.
[[Newsletter abbestellen|https://13217.seu2.cleverreach.com/rmftlp.php?cid=71840593&c=3&mid=14221870&h=4f9a1c2e]]
""" % (base, items[0][2], base, items[1][2], base, items[2][2], base, items[3][2])
    html = html_simple(text, 'Georgia, serif').replace('<body ', '<body><div style="background:#7a5c3a;color:#fff;padding:14px 24px;font-size:22px">Wellpappe aktuell</div><div ', 1).replace('</body>', '</div></body>')
    body = ALT(T(plain(text, 'gmail'), 'UTF-8', 'quoted-printable'), H(html, 'UTF-8', 'quoted-printable'))
    return M(F, 7, 'de', 'newsletter-fachverband-cleverreach', U(11, 12, 8, 0, 4),
             (infra.cleverreach, {}), ('Fachverband Wellpappe & Verpackung', 'newsletter@wellpappe-fachverband.de'),
             [st('sabine.weiss')], 'Wellpappe aktuell 11/2026: PPWR-Fahrplan, LUCID-Hinweis, Papierpreise', body,
             'Subscribed industry-association newsletter sent through CleverReach, with List-Unsubscribe/One-Click',
             'Bulk ESP mail on regulatory topics (PPWR, LUCID) with tracked links, but to a subscribed address, with proper List-Unsubscribe and List-Unsubscribe-Post, '
             'consistent sender and no credential or payment request - it even warns about the LUCID fee phish. Hard negative of attack/04.',
             extra=[('List-Unsubscribe', '<https://13217.seu2.cleverreach.com/rmftlp.php?cid=71840593&c=3&mid=14221870&h=4f9a1c2e>, <mailto:unsubscribe-14221870-4f9a1c2e@crsend.com>'),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<71840593.wellpappe-fachverband.de>')],
             zone='DE', hcs='UTF-8', henc='Q')


def b08():
    cover = ['## Jana Oberländer', 'Weststraße 41 · 33615 Bielefeld · 0152 3847 2210 · jana.oberlaender@web.de', '--', '',
             'Example Group GmbH', 'Frau Claudia Hüsken', 'Industriestraße 12', '33609 Bielefeld', '', 'Bielefeld, 01.12.2026', '',
             '# Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d)', '',
             'Sehr geehrte Frau Hüsken,', '',
             'seit meinem Abschluss als Kauffrau für Büromanagement arbeite ich in der Finanzbuchhaltung eines Bielefelder Großhändlers. '
             'Dort verantworte ich die Rechnungsprüfung und Kontierung von rund 900 Eingangsrechnungen im Monat, die Vorbereitung der '
             'Zahlungsläufe sowie die Abstimmung der Kreditorenkonten zum Monatsabschluss.', '',
             'Besonders reizt mich an Ihrer Stelle die Arbeit in einem international aufgestellten Industrieunternehmen. '
             'Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.', '', 'Mit freundlichen Grüßen', '', 'Jana Oberländer']
    cv = ['## Lebenslauf', 'Jana Oberländer, geboren 1996 in Herford', '--', '',
          '# Berufserfahrung', '04/2019 - heute   Sachbearbeiterin Finanzbuchhaltung, Großhandel, Bielefeld',
          '08/2016 - 03/2019   Ausbildung Kauffrau für Büromanagement, IHK Ostwestfalen', '',
          '# Kenntnisse', 'DATEV Unternehmen online, SAP FI (Kreditoren), MS Excel (SVERWEIS, Pivot), Englisch B2', '',
          '# Weiterbildung', '2024   Geprüfte Bilanzbuchhalterin (IHK) - laufend']
    text = """Sehr geehrte Frau Hüsken,

anbei sende ich Ihnen meine Bewerbung für die ausgeschriebene Stelle als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d), die ich auf Ihrer Karriereseite gefunden habe.

Anschreiben und Lebenslauf finden Sie als PDF im Anhang. Zeugnisse reiche ich gern nach oder bringe sie zu einem Gespräch mit.

Mit freundlichen Grüßen
Jana Oberländer
"""
    body = MIX(T(text, 'iso-8859-15', '8bit'),
               pdf_att('Anschreiben_Jana_Oberländer.pdf', cover, 'Anschreiben', 'Jana Oberländer', 'Writer', 'LibreOffice 24.8', U(12, 1, 19, 10)),
               pdf_att('Lebenslauf_Jana_Oberländer.pdf', cv, 'Lebenslauf', 'Jana Oberländer', 'Writer', 'LibreOffice 24.8', U(12, 1, 19, 12)))
    return M(F, 8, 'de', 'bewerbung-pdf-webde', U(12, 1, 19, 31, 44),
             (infra.gmx, dict(domain='web.de', client_ip='84.61.%d.%d')), ('Jana Oberländer', 'jana.oberlaender@web.de'),
             [st('claudia.huesken')], 'Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d)', body,
             'Genuine job application from a private web.de address with cover letter and CV as plain PDFs',
             'Free mailer is normal for applicants; residential client IP, PDFs with real text, no archive, no password, no link. '
             'Hard negative of attack/06 (same job ad, ZIP with .lnk).', zone='DE', hcs='iso-8859-15', henc='Q', fn_cs='iso-8859-15')


MESSAGES = [b01, b02, b03, b04, b05, b06, b07, b08]
