"""Genuine business messages, German (8) and English (8)."""
from common import M, sysf, alt, plain, mixed, related, pdf_att, quote_block, exch_id, sig_de, html_of, S, BANK, ids, docs, qr
from mime import Bin, Multi, Text
import routes as R

LIEF_OFFICE = ('[192.168.20.57]', 'p5b0a1c2d.dip0.t-ipconnect.de', '91.10.28.45')
LIEF_SRV = dict(server='mail.lieferant-gmbh.de', server_ip='85.214.132.77', server_rdns='mail.lieferant-gmbh.de')


# ---------------------------------------------------------------- German

def d_bank_change():
    old, new = BANK['lieferant_old'], BANK['lieferant_new']
    text = """Sehr geehrte Damen und Herren,

wir möchten Sie rechtzeitig über eine Änderung unserer Bankverbindung informieren. Im Zuge der Zusammenlegung unserer Finanzierung wechselt die Lieferant GmbH zum 1. Dezember 2026 ihre Hausbank.

Neue Bankverbindung ab 01.12.2026:
Commerzbank AG, Essen
IBAN %s
BIC COBADEFFXXX

Die bisherige Verbindung bei der Sparkasse Essen (IBAN %s) bleibt bis zum 31.12.2026 parallel bestehen; Zahlungen, die bis dahin noch dort eingehen, werden selbstverständlich verbucht. Die neue Bankverbindung wird ab Dezember auch auf allen Rechnungen angedruckt.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang. Ein Original geht Ihnen zusätzlich per Post zu.

Bitte prüfen Sie diese Änderung wie bei jeder Bankdatenänderung über einen zweiten Weg: Rufen Sie uns dazu gerne unter der Ihnen bekannten Zentralnummer 0201 8455-0 an und lassen Sie sich mit Frau Lang oder mit mir verbinden. Wir werden Sie niemals per E-Mail auffordern, Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Debitorenmanagement

Lieferant GmbH
Container- und Pressentechnik
Altendorfer Straße 301, 45143 Essen
Tel. +49 201 8455-0 | www.lieferant-gmbh.de
Geschäftsführer: Dipl.-Ing. Klaus Lieferant, Dr. Ute Brinkmann | Amtsgericht Essen HRB 18842
""" % (ids.fmt_iban(new), ids.fmt_iban(old))
    letter = [('Lieferant GmbH', 16, True), 'Container- und Pressentechnik | Altendorfer Straße 301 | 45143 Essen', '',
              'Example Group GmbH', 'Buchhaltung / Kreditoren', 'Hafenstraße 112', '47119 Duisburg', '',
              'Essen, 02.10.2026', '', ('Änderung unserer Bankverbindung zum 01.12.2026', 12, True), '',
              'Sehr geehrte Damen und Herren,', '',
              'zum 01.12.2026 wechselt die Lieferant GmbH ihre Hausbank. Bitte verwenden Sie ab diesem Datum:', '',
              'Kontoinhaber: Lieferant GmbH', 'Kreditinstitut: Commerzbank AG, Essen',
              'IBAN: %s' % ids.fmt_iban(new), 'BIC: COBADEFFXXX', '',
              'Die bisherige Verbindung bei der Sparkasse Essen (IBAN %s)' % ids.fmt_iban(old),
              'bleibt bis zum 31.12.2026 bestehen.', '',
              'Zur Verifizierung erreichen Sie uns unter 0201 8455-0 (Zentrale).', '',
              'Mit freundlichen Grüßen', '', 'Lieferant GmbH', '',
              'gez. Dipl.-Ing. Klaus Lieferant          gez. Dr. Ute Brinkmann', 'Geschäftsführer                              Geschäftsführerin', '',
              ('Lieferant GmbH | Amtsgericht Essen HRB 18842 | USt-IdNr. %s' % ids.de_vat('11948203'), 8)]
    return M(lang='de', slug='supplier-bank-change-announced', at='2026-10-05 10:26',
             frm=('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[S('schaefer')], cc=[S('dietrich')],
             subject='Änderung unserer Bankverbindung zum 01.12.2026', hcs='windows-1252', henc='Q',
             sys=sysf(R.smtp_auth, client=LIEF_OFFICE, mua='outlook', **LIEF_SRV),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook'),
                        pdf_att('Lieferant_GmbH_Bankverbindung_ab_01122026.pdf', letter, producer='Microsoft® Word für Microsoft 365',
                                author='Petra Lang', created="D:20261002114210+02'00'")),
             hard_negative_of=[('supplier-bank-change-lookalike', 'Same supplier and topic; genuine domain and mail server, '
                                'eight weeks\' notice, old account stays valid, German bank, signed letter, explicitly invites '
                                'call-back verification via the known number.')],
             what='Supplier announces its change of house bank from 01.12.2026 with a signed letter',
             why='Genuine: from the supplier\'s real domain and office line via its own server; long notice period, parallel '
                 'running of the old account, asks the customer to verify by phone; no urgency, no open-item redirection.')


def d_ceo_urgent():
    text = """Liebe Sabine,

kannst du bitte dafür sorgen, dass die Anzahlung an Hellwig Waagenbau für die neue Fahrzeugwaage in Hochfeld heute noch rausgeht? Die Rechnung liegt seit Montag im DMS (Beleg 2026-11873, 30 %% Anzahlung = 25.347,00 EUR brutto), Herr Schütte und ich haben sie gestern im Workflow freigegeben.

Hellwig hält uns den Montagetermin am 09.11. nur, wenn die Anzahlung bis morgen da ist - sonst rutschen wir in den Januar, und die alte Waage fällt uns vorher auseinander.

Bankverbindung bitte wie immer aus den Stammdaten. Wenn etwas fehlt, ruf mich an, ich bin heute bis 17 Uhr im Haus (Durchwahl -100).

Danke dir!
Matthias

--
Dr. Matthias Köhler
Geschäftsführer
Example Group GmbH | Hafenstraße 112 | 47119 Duisburg
"""
    return M(lang='de', slug='ceo-urgent-payment-internal', at='2026-10-28 11:14',
             frm=S('koehler'), to=[S('weiss')], cc=[S('schaefer')], subject='Anzahlung Hellwig - bitte heute noch',
             hcs='iso-8859-1', henc='Q',
             sys=sysf(R.internal, topic='Anzahlung Hellwig - bitte heute noch'),
             body=alt(text.replace('%%', '%'), 'iso-8859-1', 'quoted-printable', 'outlook'),
             hard_negative_of=[('ceo-fraud-lookalike-domain', 'Urgent payment request from the CEO to the CFO; but internal relay '
                                'and Exchange, invoice already approved in the workflow, payee from master data, CEO reachable by phone.')],
             what='CEO asks the CFO to release an approved down-payment to a known supplier today',
             why='Genuine: internal Exchange via mail-int01; references the DMS document and completed approval workflow, '
                 'known supplier, bank data from master data, invites a phone call.')


def d_dunning():
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 27.10.2026 konnten wir zu den folgenden Rechnungen bis heute keinen Zahlungseingang feststellen:

Rechnung        Datum        fällig am     Betrag
RE-2026-10418   22.09.2026   22.10.2026    14.280,00 EUR
RE-2026-10533   06.10.2026   05.11.2026     6.947,50 EUR

Offener Gesamtbetrag: 21.227,50 EUR

Wir bitten Sie, den Betrag bis spätestens 16.11.2026 auf unser Konto bei der Sparkasse Essen, IBAN %s, zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, weitere Lieferungen und Serviceeinsätze (auch den geplanten Tausch der Schneidleisten am Shredder Hochfeld, KW 47) bis zum Ausgleich des Kontos zurückzustellen.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter 0201 8455-230.

Mit freundlichen Grüßen

Lieferant GmbH
Buchhaltung

Dieses Schreiben wurde maschinell erstellt.
""" % ids.fmt_iban(BANK['lieferant_old'])
    pdf = [('Lieferant GmbH', 16, True), 'Altendorfer Straße 301 | 45143 Essen', '', 'Example Group GmbH', 'Hafenstraße 112',
           '47119 Duisburg', '', 'Kundennummer: 10 4471     Datum: 10.11.2026', '', ('2. Mahnung', 13, True), '',
           'RE-2026-10418  22.09.2026  fällig 22.10.2026  14.280,00 EUR',
           'RE-2026-10533  06.10.2026  fällig 05.11.2026   6.947,50 EUR', '', ('Offener Betrag: 21.227,50 EUR', 11, True), '',
           'Zahlbar bis 16.11.2026 auf IBAN %s (Sparkasse Essen).' % ids.fmt_iban(BANK['lieferant_old']),
           'Nach Ablauf der Frist stellen wir Lieferungen und Serviceeinsätze bis zum Kontoausgleich zurück.']
    return M(lang='de', slug='supplier-dunning-supply-stop', at='2026-11-10 07:05',
             frm=('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=[S('schaefer')],
             subject='2. Mahnung - Kundennummer 104471', hcs='iso-8859-15', henc='Q',
             sys=sysf(R.smtp_auth, client=('erp01.lieferant.local', 'erp01.lieferant.local', '192.168.20.10'),
                      mua='generic', user='rechnungen@lieferant-gmbh.de', **LIEF_SRV),
             headers=[('X-Mailer', 'Microsoft Dynamics 365 Business Central')],
             body=mixed(plain(text, 'iso-8859-15', 'base64'),
                        pdf_att('Mahnung_2_104471_20261110.pdf', pdf, producer='Microsoft Dynamics 365 Business Central')),
             hard_negative_of=[('supplier-bank-change-lookalike', 'Same supplier, same open invoices RE-2026-10418/10533, '
                                'threatening supply stop; but genuine domain/server, old known account, no account change.'),
                               ('fake-register-invoice', 'Payment demand with deadline, but from a real supplier with real invoices.')],
             what='ERP-generated second dunning letter with a supply-stop threat',
             why='Genuine: real supplier domain and server, ERP sender on the supplier LAN, known invoices and known bank account; '
                 'the threat is a normal commercial consequence.')


def d_offer():
    text = """Hallo Herr Dietrich,

vielen Dank für Ihre Anfrage vom 06.10. Anbei erhalten Sie unser Angebot 2026-4471 über vier Presscontainer 20 m³ und eine Kanalballenpresse für die Sortieranlage Hochfeld.

Kurz zusammengefasst:
- 4 x Presscontainer PC 20, Stationärbetrieb, Einfüllöffnung 1.600 mm, je 28.900,00 EUR netto
- 1 x Kanalballenpresse KBP 60 inkl. Montage und Einweisung, 186.500,00 EUR netto
- Lieferzeit Presscontainer 8-10 Wochen, Kanalballenpresse ca. 16 Wochen nach Auftragseingang

Die Preise gelten bis 31.12.2026. Gerne komme ich nächste Woche zu einem Termin vor Ort vorbei, um die Aufstellflächen mit Herrn Schütte abzustimmen.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Außendienst NRW

Lieferant GmbH
Altendorfer Straße 301, 45143 Essen
Tel. +49 201 8455-214 | Mobil +49 171 4418 372
"""
    pdf = [('Lieferant GmbH', 16, True), 'Container- und Pressentechnik | Altendorfer Straße 301 | 45143 Essen', '',
           'Example Group GmbH, Einkauf, Herrn Frank Dietrich', 'Hafenstraße 112, 47119 Duisburg', '',
           ('Angebot 2026-4471', 13, True), 'Datum: 12.10.2026   Ihre Anfrage vom 06.10.2026   Gültig bis: 31.12.2026', '',
           'Pos 1   4 Stk.  Presscontainer PC 20 (20 m³), Stationärbetrieb           je 28.900,00 EUR   115.600,00 EUR',
           'Pos 2   1 Stk.  Kanalballenpresse KBP 60, Presskraft 60 t              186.500,00 EUR',
           'Pos 3   1 Psch. Montage, Inbetriebnahme, Einweisung                      inklusive', '',
           ('Summe netto: 302.100,00 EUR', 11, True), 'zzgl. 19 % USt.', '',
           'Lieferzeit: Presscontainer 8-10 Wochen, Kanalballenpresse ca. 16 Wochen nach Auftragseingang.',
           'Zahlungsbedingungen: 30 % Anzahlung bei Auftrag, 60 % bei Lieferung, 10 % nach Abnahme.', '',
           'Lieferant GmbH - Amtsgericht Essen HRB 18842']
    return M(lang='de', slug='supplier-offer-balers', at='2026-10-12 14:37',
             frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('dietrich')], cc=[S('schuette')],
             subject='Angebot 2026-4471 Presscontainer / Ballenpresse', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.smtp_auth, client=LIEF_OFFICE, mua='outlook', **LIEF_SRV),
             body=mixed(alt(text, 'iso-8859-1', 'quoted-printable', 'outlook'),
                        pdf_att('Angebot_2026-4471_Example_Group.pdf', pdf, author='Stefan Maier')),
             hard_negative_of=[('thread-hijack-compromised-supplier', 'The thread the attacker later hijacked: same sender, '
                                'same server, but sent from the supplier\'s office line during office hours with the offer '
                                'attached as a PDF instead of a login link.')],
             what='Supplier\'s quotation for press containers and a baler, PDF attached',
             why='Genuine: expected reply to a request, real supplier domain/server, office IP, concrete offer in PDF, no links.')


def d_sick():
    text = """Hallo Herr Hoffmann,

ich melde mich für heute krank, ich habe mir eine ordentliche Magen-Darm-Geschichte eingefangen. Ich war heute früh beim Hausarzt, die Krankschreibung geht bis einschließlich Mittwoch. Die Praxis übermittelt die eAU an die TK, Sie können sie dann wie üblich abrufen.

Ich schreibe von meiner privaten Adresse, weil ich das Diensthandy im Büro liegen gelassen habe. Frau Weber aus der Disposition weiß Bescheid und übernimmt die Touren für Montag bis Mittwoch, die Tourenpläne liegen im Teams-Ordner.

Viele Grüße
Kerstin Lübke
"""
    return M(lang='de', slug='employee-sick-note-private-mail', at='2026-11-16 07:48',
             frm=('Kerstin Lübke', 'kerstin.luebke@gmx.de'), to=[S('hoffmann')], cc=[S('luebke')],
             subject='Krankmeldung Kerstin Lübke', hcs='UTF-8', henc='Q',
             sys=sysf(R.gmx, client_ip='91.64.118.20'),
             body=alt(text, 'UTF-8', 'quoted-printable', 'simple'),
             hard_negative_of=[('payroll-diversion-freemail', 'Same employee writes to HR from a private free-mail address; '
                                'but her known GMX address, copy to her work mailbox, sick-leave notice via eAU, no bank or '
                                'payroll change.')],
             what='Employee reports sick from her private GMX address, eAU goes to the health insurer',
             why='Genuine: private address known to HR, CCs her own work mailbox, routine content with no request for data or money.')


def d_eanv_it():
    text = """Hallo zusammen,

bei drei Nutzern des elektronischen Abfallnachweisverfahrens (eANV) laufen die Signaturkarten am 30.11.2026 ab (Herr Schütte, Frau Lübke, Herr Brandes). Die Folgekarten sind bei D-Trust bestellt und werden Ihnen in KW 46 von mir persönlich übergeben; der PIN-Brief kommt wie gehabt separat per Post an Ihre Privatanschrift.

Sie müssen selbst nichts beantragen und sich nirgends anmelden. Die Umstellung im Provider-Portal (Begleitscheine, Übernahmescheine) machen wir zentral.

Wichtig: In den letzten Wochen sind in der Branche gefälschte "ZKS-Abfall"-Mails im Umlauf, die zur "Zertifikatsverlängerung" auf eine Anmeldeseite führen. Die ZKS-Abfall schreibt Sie nicht persönlich wegen Zertifikaten an, und für das eANV wird niemals Ihr Microsoft-365-Passwort benötigt. Solche Mails bitte nicht öffnen, sondern an it-security@example.com weiterleiten.

Viele Grüße
Lukas Brenner

--
Lukas Brenner
IT-Sicherheit / Messaging
Example Group GmbH | Hafenstraße 112 | 47119 Duisburg
Tel. +49 203 7391-318
"""
    return M(lang='de', slug='it-notice-eanv-signature-cards', at='2026-10-19 13:22',
             frm=S('brenner'), to=[S('schuette'), S('luebke')], cc=[S('krueger')],
             subject='eANV: Signaturkarten laufen am 30.11. ab - Austausch in KW 46', hcs='windows-1252', henc='Q',
             sys=sysf(R.internal, server='EXCH02', topic='eANV: Signaturkarten laufen am 30.11. ab - Austausch in KW 46'),
             body=alt(text, 'windows-1252', 'quoted-printable', 'outlook'),
             hard_negative_of=[('eanv-zks-certificate-phish', 'Same topic (eANV signature certificates expiring); internal IT '
                                'notice via Exchange, no link, no login, cards handed over in person.')],
             what='Internal IT notice: eANV signature cards expire, replacements handed over in person',
             why='Genuine: internal relay and Exchange, named colleagues and process, no link or credential request; warns '
                 'about the matching phishing.')


def d_newsletter():
    text = """RecyclingPraxis - Marktbericht KW 45/2026

Guten Tag Frau Özdemir,

die wichtigsten Themen dieser Woche:

Stahlschrott: Preise für E3 und E40 stabil, leichte Nachfrageschwäche bei Elektrostahlwerken in NRW wegen Wartungsstillständen zum Jahresende.
https://recyclingpraxis.us21.list-manage.com/track/click?u=6f2a91c4e8b7d31a05c2e9f47&id=a41c7e02d9&e=7b3e9d1c42

NE-Metalle: Aluminiumschrott zieht an, Kupfer (Millberry) nach LME-Plus auf Jahreshoch.
https://recyclingpraxis.us21.list-manage.com/track/click?u=6f2a91c4e8b7d31a05c2e9f47&id=b57d2e1f08&e=7b3e9d1c42

Kunststoffe: PE-Folienballen 98/2 weiter unter Druck, Rezyklatquote der EU-Verpackungsverordnung sorgt für Investitionen.
https://recyclingpraxis.us21.list-manage.com/track/click?u=6f2a91c4e8b7d31a05c2e9f47&id=c9e3f17a2b&e=7b3e9d1c42

Termine: Fachtagung Ersatzbaustoffverordnung, 26.11.2026, Essen.

Viel Erfolg in der neuen Woche!
Ihre Redaktion RecyclingPraxis

Sie erhalten diesen Newsletter, weil Sie ihn unter recyclingpraxis.de abonniert haben.
Abmelden: https://recyclingpraxis.us21.list-manage.com/unsubscribe?u=6f2a91c4e8b7d31a05c2e9f47&id=3d81a7c5b0&e=7b3e9d1c42&c=9f2e4a61c3
RecyclingPraxis Verlag GmbH, Kaiserswerther Straße 115, 40474 Düsseldorf
"""
    html = html_of(text, 'simple', 'utf-8').replace('<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">',
                                                      '<body style="font-family:Georgia,serif;font-size:15px;background:#f4f4f4">'
                                                      '<img src="https://mcusercontent.com/6f2a91c4e8b7d31a05c2e9f47/images/rp-logo.png" width="180" alt="RecyclingPraxis">')
    unsub = 'https://recyclingpraxis.us21.list-manage.com/unsubscribe?u=6f2a91c4e8b7d31a05c2e9f47&id=3d81a7c5b0&e=7b3e9d1c42&c=9f2e4a61c3'
    return M(lang='de', slug='trade-newsletter-mailchimp', at='2026-11-02 06:30',
             frm=('RecyclingPraxis', 'newsletter@recyclingpraxis.de'),
             env='bounce-mc.us21_104823917.9f2e4a61c3-7b3e9d1c42@mail110.suw121.mcdlv.net',
             sender='RecyclingPraxis <newsletter=recyclingpraxis.de@mail110.suw121.mcdlv.net>',
             to=[S('oezdemir')], subject='Marktbericht KW 45: Schrottpreise, NE-Metalle, PE-Ballen', hcs='UTF-8', henc='Q',
             sys=sysf(R.mailchimp, host='mail110.suw121.mcdlv.net'),
             headers=[('X-Mailer', 'MailChimp Mailer - **CID9f2e4a61c37b3e9d1c42**'),
                      ('X-Campaign', 'mailchimp6f2a91c4e8b7d31a05c2e9f47.9f2e4a61c3'),
                      ('X-campaignid', 'mailchimp6f2a91c4e8b7d31a05c2e9f47.9f2e4a61c3'),
                      ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=6f2a91c4e8b7d31a05c2e9f47&id=9f2e4a61c3&e=7b3e9d1c42'),
                      ('X-MC-User', '6f2a91c4e8b7d31a05c2e9f47'),
                      ('Feedback-ID', '104823917:104823917.1042:us21:mc'),
                      ('List-ID', '6f2a91c4e8b7d31a05c2e9f47mc list <6f2a91c4e8b7d31a05c2e9f47.1048239.list-id.mcsv.net>'),
                      ('X-Accounttype', 'pd'),
                      ('List-Unsubscribe', '<https://recyclingpraxis.us21.list-manage.com/unsubscribe?u=6f2a91c4e8b7d31a05c2e9f47&id=3d81a7c5b0&t=b&e=7b3e9d1c42&c=9f2e4a61c3>,\n <mailto:unsubscribe-mc.us21_6f2a91c4e8b7d31a05c2e9f47.9f2e4a61c3-7b3e9d1c42@unsubscribe.mailchimpapp.net?subject=unsubscribe>'),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
             body=alt(text, 'UTF-8', 'quoted-printable', html_text=html),
             what='Subscribed trade newsletter (scrap and plastics market report) via Mailchimp',
             why='Genuine: subscribed list, Mailchimp infrastructure with consistent Sender/Return-Path, List-Unsubscribe with '
                 'one-click, tracking links on list-manage.com, no requests.')


def d_mfa_notice():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf Passkeys im Microsoft Authenticator um. Sie werden bei der nächsten Anmeldung am PC automatisch aufgefordert, die Registrierung zu erneuern; das dauert etwa zwei Minuten.

So gehen Sie vor:
1. Am Arbeitsplatz-PC im Browser selbst https://aka.ms/mysecurityinfo aufrufen (bitte eintippen, nicht aus einer Mail klicken).
2. "Anmeldemethode hinzufügen" > "Passkey in Microsoft Authenticator" wählen.
3. Den QR-Code, der dort auf Ihrem Bildschirm angezeigt wird, mit der Authenticator-App scannen.

Wir verschicken keine QR-Codes per E-Mail und fragen niemals nach Ihrem Passwort. Mails, die Sie zum Scannen eines QR-Codes oder zur "MFA-Neuregistrierung" über einen Link auffordern, bitte an it-security@example.com weiterleiten.

Bei Fragen erreichen Sie den Helpdesk unter Durchwahl -333.

Viele Grüße
Thomas Krüger
Leiter IT
"""
    return M(lang='de', slug='it-notice-mfa-passkeys', at='2026-10-29 16:05',
             frm=S('krueger'), to=[('Alle Mitarbeitenden Duisburg', 'alle-duisburg@example.com')], rcpt=S('dietrich')[1],
             subject='Umstellung der Anmeldung auf Passkeys ab 02.11.', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.internal, topic='Umstellung der Anmeldung auf Passkeys ab 02.11.'),
             body=alt(text, 'iso-8859-1', 'quoted-printable', 'outlook'),
             hard_negative_of=[('quishing-mfa-reregistration', 'Same topic (MFA re-registration with a QR code); internal relay, '
                                'tells users to type aka.ms/mysecurityinfo themselves, QR shown only on screen, no deadline threat.')],
             what='Internal IT announcement of the passkey/MFA re-registration',
             why='Genuine: internal distribution list via Exchange, Microsoft\'s real aka.ms short link typed by the user, '
                 'warns against QR-code mails.')


# ---------------------------------------------------------------- English

MPR = dict(srv='CWXP265MB3381', region='GBRP265', obe=('GBR01', 'CWX', 'cwxgbr01', '40.107.121'), lang='en-GB', tz='uk',
           tenant='5e1c7a90-3d24-4f8b-9a61-c2f0e83b7d15')


def e_complaint():
    photo = docs.photo_png(320, 240, seed='bales')
    text = """Hi James,

I'm afraid we have a problem with the load of PP/PE film bales delivered on Tuesday 3 November (your delivery note EGUK-DN-22817, 21.4 t, vehicle KX23 RHU).

Two of the 22 bales were heavily contaminated with wet paper and cardboard, and a third had a fair amount of rigid PVC mixed in. Photo from the goods-in bay attached. As you know our wash line can't handle that level of paper, so those three bales will have to be sorted by hand or sent back.

Could you let me know by Friday whether you'd prefer to collect the three bales or agree a price reduction for the load? If we can't sort this out, I'll have to put the December call-off on hold until we've had a look at the next load together.

Happy to have a call tomorrow if easier.

Best regards,

Gareth Hughes
Procurement Manager
Midlands Polymer Recovery Ltd
Units 12-14 Stafford Road Industrial Park, Wolverhampton WV10 6HB
T: +44 1902 550 214
"""
    return M(lang='en', slug='customer-complaint-contaminated-bales', at='2026-11-04 15:18',
             frm=('Gareth Hughes', 'gareth.hughes@midlandspolymer.co.uk'), to=[S('whitfield')], cc=[S('oezdemir')],
             subject='Contaminated bales - delivery EGUK-DN-22817',
             sys=sysf(R.exo, attach=True, topic='Contaminated bales - delivery EGUK-DN-22817', **MPR),
             body=mixed(alt(text, 'utf-8', 'quoted-printable', 'outlook', lang='EN-GB'),
                        Bin(photo, 'image/png', 'IMG_20261104_101522.png')),
             what='Customer complaint about contaminated plastic bales with a photo',
             why='Genuine: known customer on its own Microsoft 365 tenant, concrete delivery data, photo attachment, '
                 'commercial consequence (call-off on hold) is normal business pressure.')


def e_sharepoint():
    url = 'https://midlandspolymer.sharepoint.com/:x:/s/Commercial/EZk3Qw7vR1hKp2mYtL9aXc4BdJr6wF0uN8sHq5eGiT2yVw?e=Kp4dXa'
    text = """Gareth Hughes shared a file with you

Q4 2026 bale weights reconciliation.xlsx

"Priya - weights from our weighbridge vs your delivery notes for October, two loads differ by more than 2%%. Gareth"

Open: %s

This link will only work for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:20px">
<table role="presentation" width="520" cellspacing="0" cellpadding="0" style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#242424">
<tr><td style="padding:24px 24px 0 24px;font-size:21px">Gareth Hughes shared a file with you</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#424242">&ldquo;Priya - weights from our weighbridge vs your delivery notes for October, two loads differ by more than 2%%. Gareth&rdquo;</td></tr>
<tr><td style="padding:4px 24px 16px 24px;font-size:14px;font-weight:600"><a href="%s" style="color:#242424;text-decoration:none">Q4 2026 bale weights reconciliation.xlsx</a></td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="%s" style="background:#0f6cbd;color:#ffffff;padding:8px 20px;text-decoration:none;font-size:14px;font-weight:600;border-radius:4px;display:inline-block">Open</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#616161">This link will only work for the direct recipients of this message.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#707070"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#707070">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % (url, url)
    return M(lang='en', slug='sharepoint-share-genuine', at='2026-11-06 11:02',
             frm=('Gareth Hughes', 'no-reply@sharepointonline.com'), to=[S('raman')],
             reply_to=('Gareth Hughes', 'gareth.hughes@midlandspolymer.co.uk'),
             subject='Gareth Hughes shared "Q4 2026 bale weights reconciliation" with you',
             sys=sysf(R.microsoft_notify, srv='LO4P265MB', region='GBRP265', obe=('GBR01', 'LO4', 'lo4gbr01', '40.107.20'), tz='utc'),
             drop_sys=('Content-Language',),
             headers=[('X-MS-Exchange-Organization-SharePointSharing', 'Sharing')],
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html, hcte='base64'),
             hard_negative_of=[('sharepoint-lure-compromised-tenant', 'Same "shared a file with you" format to the same accountant; '
                                'genuine: from no-reply@sharepointonline.com via Microsoft, link to the customer\'s own '
                                'midlandspolymer.sharepoint.com, known contact in Reply-To.')],
             what='Genuine SharePoint Online sharing notification from a customer',
             why='Genuine: Microsoft\'s SharePoint sender and infrastructure, link to the customer tenant\'s sharepoint.com site, '
                 'expected business content.')


def e_teams_invite():
    join = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjQxYzItNmE3Yi00ZDhjLWI1ZTMtMmYxYTBkN2M5ZTQx%40thread.v2/0'
            '?context=%7b%22Tid%22%3a%225e1c7a90-3d24-4f8b-9a61-c2f0e83b7d15%22%2c%22Oid%22%3a%22a7c3e9d1-42b8-4f61-9e0a-3d5c7b1f2e84%22%7d')
    text = """Hi James, Nadine,

as discussed, let's go through the contamination issue and the December call-off together.

________________________________________________________________________________
Microsoft Teams meeting
Join: %s
Meeting ID: 384 219 776 051
Passcode: Xq7bR4

Dial in by phone
+44 20 3855 4871,,518204937# United Kingdom, London
Phone conference ID: 518 204 937#

For organisers: Meeting options
________________________________________________________________________________
""" % join
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Gareth Hughes:mailto:gareth.hughes@midlandspolymer.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadine Özdemir:mailto:nadine.oezdemir@example.com
DESCRIPTION;LANGUAGE=en-GB:Microsoft Teams meeting\\nMeeting ID: 384 219 776 051\\nPasscode: Xq7bR4\\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F1E2D3C4B5A6978812345678
SUMMARY;LANGUAGE=en-GB:Contaminated bales / December call-off
DTSTART;TZID=GMT Standard Time:20261110T140000
DTEND;TZID=GMT Standard Time:20261110T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:gareth.hughes@midlandspolymer.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % join
    # fold ICS lines to 75 octets
    out = []
    for ln in ics.split('\n'):
        while len(ln.encode()) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    ics = '\n'.join(out)
    body = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                                 Text(html_of(text, 'outlook', 'utf-8', 'EN-GB'), 'html', 'utf-8', 'quoted-printable'),
                                 Text(ics, 'calendar', 'utf-8', 'base64', params='method=REQUEST')])
    return M(lang='en', slug='teams-meeting-invite-customer', at='2026-11-05 09:12',
             frm=('Gareth Hughes', 'gareth.hughes@midlandspolymer.co.uk'), to=[S('whitfield'), S('oezdemir')],
             subject='Contaminated bales / December call-off', hcs='utf-8', henc='Q',
             sys=sysf(R.exo, topic='Contaminated bales / December call-off', **MPR),
             body=body,
             hard_negative_of=[('device-code-phishing-teams', 'Teams meeting invitation from a business contact; genuine '
                                'organiser tenant, standard teams.microsoft.com join link and calendar object, no device code.')],
             what='Teams meeting request (text/calendar) from a known customer',
             why='Genuine: known contact and tenant, standard Teams invitation with join link, meeting ID and iCalendar REQUEST.')


def e_ea_genuine():
    text = """Renew your waste carrier, broker and dealer registration

Registration number: CBDU318274

Dear EXAMPLE GROUP UK LTD,

Your upper tier waste carrier, broker and dealer registration will expire on 30 November 2026.

You need to renew it before then if you want to continue to carry, broker or deal in waste. You can renew online:

https://www.gov.uk/renew-waste-carrier-registration

You'll need your registration number. The renewal charge is £105.

If you do not want to renew, you do not need to do anything.

Environment Agency
Telephone: 03708 506 506
Monday to Friday, 8am to 6pm
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 20px"><span style="font-size:28px;font-weight:700;color:#ffffff">GOV.UK</span></td></tr></table>
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 10px;line-height:1.3">
<h1 style="font-size:27px">Renew your waste carrier, broker and dealer registration</h1>
<p>Registration number: CBDU318274</p>
<p>Dear EXAMPLE GROUP UK LTD,</p>
<p>Your upper tier waste carrier, broker and dealer registration will expire on 30 November 2026.</p>
<p>You need to renew it before then if you want to continue to carry, broker or deal in waste. You can renew online:</p>
<p><a href="https://www.gov.uk/renew-waste-carrier-registration" style="color:#1d70b8">https://www.gov.uk/renew-waste-carrier-registration</a></p>
<p>You&rsquo;ll need your registration number. The renewal charge is &pound;105.</p>
<p>If you do not want to renew, you do not need to do anything.</p>
<p>Environment Agency<br>Telephone: 03708 506 506<br>Monday to Friday, 8am to 6pm</p>
</td></tr></table></body></html>
"""
    return M(lang='en', slug='environment-agency-renewal-genuine', at='2026-10-31 10:00',
             frm=('Environment Agency', 'waste.carriers.registration.service@notifications.service.gov.uk'),
             env='0102019a2f1c4b8e-bounce@eu-west-1.amazonses.com',
             to=[S('whitfield')], subject='Renew your waste carrier, broker and dealer registration CBDU318274',
             sys=sysf(R.ses, region='eu-west-1', feedback_tag='AmazonSES'),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html),
             hard_negative_of=[('environment-agency-renewal-phish', 'Same registration and renewal topic; genuine GOV.UK Notify '
                                'sender and link to www.gov.uk, no payment link in the mail, no threats.')],
             what='GOV.UK Notify reminder to renew the upper-tier waste carrier registration',
             why='Genuine: GOV.UK Notify (notifications.service.gov.uk via Amazon SES), link to www.gov.uk, one month\'s notice, '
                 'neutral wording.')


def e_github():
    text = """Hey lukas-brenner-eg!

We noticed your personal access token (classic) "mail-gateway-config-backup" with the repo scope will expire in 7 days.

If this token is still needed, visit https://github.com/settings/tokens/1841207736/regenerate to generate an equivalent.

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
"""
    return M(lang='en', slug='github-token-expiry-notice', at='2026-11-12 21:04',
             frm=('GitHub', 'noreply@github.com'),
             to=[('lukas-brenner-eg', S('brenner')[1])], subject='[GitHub] Your personal access token (classic) is about to expire',
             sys=sysf(R.github),
             body=plain(text, 'UTF-8', '7bit', quote=False),
             what='GitHub notice that a personal access token expires in 7 days',
             why='Genuine: GitHub\'s own SMTP (out-*.smtp.github.com), links only to github.com settings, informational.')


def e_ms_reset():
    link = 'https://account.live.com/dp?ft=-DuZy7Xk2mQ4Wv9pRbL3nT8sHc1aJf6eYgK0oUiVwNxA5zE%21&mn=lu*****%40examplegroup.eu'
    text = """Microsoft account

Password reset code

Please use this code to reset the password for the Microsoft account lu*****@examplegroup.eu.

Here is your code: 482913

If you don't recognize the Microsoft account lu*****@examplegroup.eu, you can click this link to remove your email address from that account:
%s

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="padding:0;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-size:41px;color:#2672ec">Password reset code</td></tr>
<tr><td style="padding:25px 0 0 0">Please use this code to reset the password for the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:lu*****@examplegroup.eu">lu*****@examplegroup.eu</a>.</td></tr>
<tr><td style="padding:25px 0 0 0">Here is your code: <span style="font-weight:bold">482913</span></td></tr>
<tr><td style="padding:25px 0 0 0">If you don't recognize the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:lu*****@examplegroup.eu">lu*****@examplegroup.eu</a>, you can <a style="color:#2672ec;text-decoration:none" href="%s">click here</a> to remove your email address from that account.</td></tr>
<tr><td style="padding:25px 0 0 0">Thanks,</td></tr>
<tr><td style="padding:0">The Microsoft account team</td></tr>
</table>
<p style="font-size:12px;color:#707070"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#707070">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""" % link
    return M(lang='en', slug='microsoft-account-password-reset-code', at='2026-11-09 14:42',
             frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), to=[(None, S('brenner')[1])],
             subject='Microsoft account password reset',
             sys=sysf(R.microsoft_notify), drop_sys=('Content-Language',),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html),
             what='Microsoft account password reset code requested by the mail administrator for his personal Microsoft account',
             why='Genuine: Microsoft\'s accountprotection.microsoft.com sender via Exchange Online Protection, masked address, '
                 'one-time code only, the only links go to account.live.com and go.microsoft.com.')


def e_remittance():
    pdf = [('Midlands Polymer Recovery Ltd', 14, True), 'Units 12-14 Stafford Road Industrial Park, Wolverhampton WV10 6HB', '',
           ('REMITTANCE ADVICE', 13, True), 'Payment date: 13/11/2026     Method: BACS     Our ref: MPR-PAY-004172', '',
           'Payee: Example Group UK Ltd', 'Sort code 20-32-06   Account ****4920', '',
           'Invoice        Date         Amount (GBP)', 'EGUK-INV-5512  06/10/2026   18,420.00',
           'EGUK-INV-5538  13/10/2026   17,936.40', 'EGUK-INV-5561  20/10/2026   -1,250.00 (credit note CN-0219)', '',
           ('Total paid: GBP 35,106.40', 11, True), '', 'Queries: accounts@midlandspolymer.co.uk  /  01902 550 200']
    text = """Good afternoon,

Please find attached remittance advice for a BACS payment of £35,106.40 made today.

Kind regards,

Accounts Payable
Midlands Polymer Recovery Ltd
01902 550 200
"""
    return M(lang='en', slug='customer-remittance-advice-pdf', at='2026-11-13 14:51',
             frm=('Midlands Polymer Accounts', 'accounts@midlandspolymer.co.uk'), to=[S('raman')],
             subject='Remittance advice MPR-PAY-004172',
             sys=sysf(R.exo, attach=True, **MPR),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='EN-GB'),
                        pdf_att('Remittance_MPR-PAY-004172.pdf', pdf, producer='Sage 200 Report Designer')),
             hard_negative_of=[('password-zip-remittance', 'Remittance advice to the same accountant; genuine from a known '
                                'customer, plain PDF listing real invoices, no archive, no password.')],
             what='Remittance advice from a customer as a plain PDF',
             why='Genuine: known customer tenant, plain PDF with matching invoice numbers, no encryption or links.')


def e_solicitor():
    pdf = [('FAIRCLOUGH REID LLP', 14, True), 'Solicitors | 45 Newhall Street, Birmingham B3 3QR', '',
           ('DRAFT - SUBJECT TO CONTRACT', 12, True), '', 'LEASE RENEWAL', 'Premises: Unit 7, Hay Hall Road, Tyseley, Birmingham B11 2AU',
           'Landlord: Hay Hall Estates Ltd', 'Tenant: Example Group UK Ltd', '',
           '1. Term: 10 years from 25 March 2027', '2. Rent: GBP 86,500 per annum exclusive, reviewed upwards only at year 5',
           '3. Break: tenant-only break at year 5 on 6 months\' notice',
           '4. Permitted use: waste transfer station, storage and processing of metals and plastics (Environmental Permit EPR/WB3318RK)',
           '5. Repair: full repairing, limited by reference to the schedule of condition dated 2017', '',
           'Comments to be returned by 4 December 2026.']
    text = """Dear James,

Further to our meeting last week, please find attached the landlord's first draft of the renewal lease for Unit 7, Hay Hall Road, together with our comments marked in the margin.

The main points for your instructions are:

1. Term and break - the landlord has accepted a 10-year term with a tenant-only break at year 5, but wants 6 months' notice rather than the 3 months we proposed.
2. Rent review - upwards-only review at year 5. We would suggest pushing for a collar and cap, given the state of the yard surface.
3. Permitted use - now correctly refers to your environmental permit; please ask your compliance team to check the permit reference.
4. Repair - limited by reference to the 2017 schedule of condition, which is helpful.

No action is needed on your side regarding money at this stage; the landlord's solicitors have not asked for a deposit. Could we have your comments by 4 December so that we can respond before Christmas?

Kind regards

Helen Fairclough
Partner
Fairclough Reid LLP
45 Newhall Street, Birmingham B3 3QR
T: 0121 236 8810

Fairclough Reid LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 614287). We will never change our bank details by email. If you receive such an email, please call us before making any payment.
"""
    return M(lang='en', slug='solicitor-lease-renewal-draft', at='2026-11-20 12:37',
             frm=('Helen Fairclough', 'h.fairclough@faircloughreid.co.uk'), to=[S('whitfield')], cc=[S('weiss')],
             subject='Unit 7 Hay Hall Road - renewal lease, first draft [FR-Matter 22871]', hcs='utf-8', henc='Q',
             sys=sysf(R.exo, srv='BN9P265MB2014', region='GBRP265', obe=('GBR01', 'BN9', 'bn9gbr01', '40.107.97'),
                      lang='en-GB', tz='uk', attach=True),
             body=mixed(alt(text, 'utf-8', 'quoted-printable', 'outlook', lang='EN-GB'),
                        pdf_att('Unit7_HayHallRd_Renewal_Lease_DRAFT_v1.pdf', pdf, producer='Microsoft® Word for Microsoft 365')),
             hard_negative_of=[('fake-lawyer-escrow-followup', 'Lawyer writing to the company including the CFO; genuine: '
                                'known firm with a real matter, no money request, explicit bank-detail warning.')],
             what='Company\'s solicitors send the draft renewal lease for the Birmingham yard',
             why='Genuine: known law firm on its own tenant, existing matter, draft document, no payment or secrecy.')


def messages():
    return [d_bank_change(), d_ceo_urgent(), d_dunning(), d_offer(), d_sick(), d_eanv_it(), d_newsletter(), d_mfa_notice(),
            e_complaint(), e_sharepoint(), e_teams_invite(), e_ea_genuine(), e_github(), e_ms_reset(), e_remittance(),
            e_solicitor()]
