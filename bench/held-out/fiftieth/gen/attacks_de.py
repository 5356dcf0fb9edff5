"""Attack messages 01-08 (German)."""
from common import *  # noqa: F401,F403
from common import A, alt, brand, mixed, plain, pdf_att, zip_att, png_att, qr_png, related, quote_outlook, \
    exch_id, tb_id, SIG
from mime import Text, Multi, Bin, html_brand
from msg import Msg
from people import S, r_lieferant_webmail
from routes import VPS, M365, Brevo, Exim, SendGrid, GMX, Strato
import codes
import refs
from codes import fmt_iban


def messages():
    out = []

    # ------------------------------------------------------------------ 01
    t = """Hallo Katrin,

bist Du heute Vormittag im Haus? Ich brauche Dich für eine vertrauliche Angelegenheit.

Wir sind in der Schlussphase der Übernahme eines Stahlhändlers in Oberschlesien (intern: Projekt Weichselbogen). Der Aufsichtsrat ist informiert, das Signing ist für Freitag angesetzt. Bis zur offiziellen Mitteilung darf außer uns beiden niemand davon erfahren – bitte auch nicht Jörg und nicht das Team in Katowice.

Heute Nachmittag meldet sich Jonathan Hale von Hale & Mercer LLP (London) bei Dir, er begleitet die Transaktion auf Verkäuferseite mit. Er koordiniert die Anzahlung auf das Treuhandkonto (rund 1,4 Mio. EUR) und schickt Dir die Unterlagen. Bitte stimme alles direkt mit ihm ab und antworte mir nur auf diese Adresse – ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar.

Danke Dir für die Diskretion.

Thomas

Von meinem iPhone gesendet
"""
    out.append(Msg(A, 1, 'de', 'ceo-fraud-vertrauliche-akquisition',
                   frm=('Thomas Becker', 'thomas.becker@examplegroup-de.com'), to=[S('cfo')],
                   subject='Vertraulich: Projekt Weichselbogen', date=(2026, 10, 6, 8, 47, 12),
                   route=VPS(host='mail.examplegroup-de.com', ip='5.161.118.204', rdns='static.204.118.161.5.clients.your-server.de',
                             mua='thunderbird', web_ip='45.134.142.71', lang='de-DE'),
                   body=plain(t, 'iso-8859-1', 'quoted-printable'), hcs='iso-8859-1',
                   what='CEO fraud, stage 1: "Thomas Becker" tells the CFO about a secret acquisition and announces a lawyer who will organise a EUR 1.4 m escrow deposit.',
                   why='Display name of the CEO on the look-alike domain examplegroup-de.com (Hetzner VPS), not the internal relay; secrecy towards the Head of Accounting, "only reply by mail", hand-off to a third party for an escrow payment. Stage 2 is attack 13.'))

    # ------------------------------------------------------------------ 02
    t = f"""Sehr geehrte Frau Krüger,

im Zuge der Zusammenführung unserer Konzernfinanzierung wird unser Geschäftskonto bei der Sparkasse Duisburg zum 31.10.2026 aufgelöst. Zahlungseingänge auf diesem Konto können danach nicht mehr zugeordnet werden.

Bitte leisten Sie Zahlungen ab sofort ausschließlich auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG
IBAN: {fmt_iban(refs.LIEF_FRAUD)}
BIC: COBADEBBXXX

Betroffen sind insbesondere die noch offenen Rechnungen RE-2026-10388 (55.576,90 EUR) und RE-2026-10412 (30.835,47 EUR), fällig am 20.10.2026. Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang.

Bitte bestätigen Sie uns kurz die Umstellung in Ihrem Kreditorenstamm. Telefonisch bin ich wegen der Vorbereitung des Jahresabschlusses derzeit schlecht erreichbar, gerne aber jederzeit per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Leitung Finanzbuchhaltung

Lieferant GmbH
Hafenstraße 112 | 47119 Duisburg
Tel. +49 203 7781-40
www.lieferant-gmbh.de
"""
    letter = f"""# Lieferant GmbH
Hafenstraße 112, 47119 Duisburg

Example Group GmbH
Kreditorenbuchhaltung
Hansaallee 201
40549 Düsseldorf

Duisburg, 14.10.2026

## Mitteilung über die Änderung unserer Bankverbindung

Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. Bitte überweisen Sie alle fälligen und künftigen Rechnungsbeträge nur noch auf folgendes Konto:

Kontoinhaber: Lieferant GmbH
Kreditinstitut: Commerzbank AG
IBAN: {fmt_iban(refs.LIEF_FRAUD)}
BIC: COBADEBBXXX

Die bisherige Bankverbindung bei der Sparkasse Duisburg wird zum 31.10.2026 geschlossen.

Mit freundlichen Grüßen

Lieferant GmbH
ppa. Petra Lang
Leitung Finanzbuchhaltung

~ Lieferant GmbH - Sitz Duisburg - Amtsgericht Duisburg HRB 21874 - USt-IdNr. {refs.LIEF_VAT}
"""
    out.append(Msg(A, 2, 'de', 'lieferant-bankverbindung-lookalike',
                   frm=('Petra Lang', 'p.lang@lieferant-gmhb.de'), to=[S('ap')],
                   subject='Lieferant GmbH – Mitteilung über geänderte Bankverbindung',
                   date=(2026, 10, 14, 8, 22, 40),
                   route=M365(node='DB9PR10MB5961', node2='AM8PR10MB4477', region='eurprd10',
                              obe=('EUR02-DB5-obe.outbound.protection.outlook.com',
                                   'mail-db5eur02on2109.outbound.protection.outlook.com', '40.107.249.109')),
                   body=mixed(alt(t, 'windows-1252', 'quoted-printable'),
                              pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', letter,
                                      when=(2026, 10, 14, 9, 58, 0))),
                   hcs='windows-1252',
                   what='Supplier bank-detail change "from Lieferant GmbH" with a signed-looking letter (PDF), asking AP to pay two open invoices (EUR 86k) to a new Commerzbank account.',
                   why='Look-alike domain lieferant-gmhb.de (letters of "gmbh" swapped) on a fresh Microsoft 365 tenant instead of Lieferant\'s own mail server; new account is a Berlin Commerzbank account (BLZ 100 400 00) for a Duisburg firm; quotes the real open invoice RE-2026-10388 with its exact amount (business 01), i.e. the attacker has read mail of one of the parties; due date as pressure; discourages phone verification. Compare genuine business 02.'))

    # ------------------------------------------------------------------ 03
    orig_frank = """Hallo Herr Maier,

danke für die AB. Können Sie uns bitte noch die Abnahmeprüfzeugnisse 3.1 für die Coils der ersten Teillieferung vorab schicken? Unser Kunde möchte die Werte vor der Anarbeitung sehen.

Viele Grüße
""" + SIG['proc']
    orig_maier = """Hallo Herr Müller,

anbei die aktualisierte AB. Die Coils aus der Walzung KW 44 sind auf KW 45 verschoben, der Rest bleibt wie bestätigt.

Viele Grüße
Stefan Maier"""
    link_real = 'https://lieferant-dokumente.pages.dev/AB-26-3318/?u=ZnJhbmsubXVlbGxlckBleGFtcGxlLmNvbQ'
    t = f"""Hallo Herr Müller,

anbei wie besprochen die Zeugnisse 3.1 nach EN 10204 zu den Coils der ersten Teillieferung sowie die nochmals aktualisierte Auftragsbestätigung.

Die Dateien sind zu groß für den Mailversand, wir haben sie Ihnen über unseren SharePoint freigegeben:

[[AB-26-3318_Zeugnisse_3.1.pdf (14,2 MB)|{link_real}]]

Zum Öffnen bitte mit Ihrem Microsoft-365-Konto anmelden. Der Link ist 7 Tage gültig.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Flachstahl
Lieferant GmbH | Hafenstraße 112 | 47119 Duisburg
Tel. +49 203 7781-23
""" + quote_outlook('de', S('proc'), (2026, 10, 13, 14, 3), [('Stefan Maier', 's.maier@lieferant-gmbh.de')],
                    'AW: Auftragsbestätigung AB-26-3318 – Warmband S355MC 4,0 x 1500', orig_frank) \
        + quote_outlook('de', ('Stefan Maier', 's.maier@lieferant-gmbh.de'), (2026, 10, 13, 11, 7), [S('proc')],
                        'AW: Auftragsbestätigung AB-26-3318 – Warmband S355MC 4,0 x 1500', orig_maier)
    html = alt(t, 'utf-8', 'quoted-printable', flavour='generic')
    # HTML shows a SharePoint address as link text
    html.parts[1].text = html.parts[1].text.replace(
        '>AB-26-3318_Zeugnisse_3.1.pdf (14,2 MB)<',
        '>https://lieferantgmbh.sharepoint.com/:b:/s/Vertrieb/AB-26-3318_Zeugnisse_3.1.pdf<')
    b03 = tb_id('business-03', 'lieferant-gmbh.de')
    f1 = exch_id('frank-ab-3318-1')
    f2 = exch_id('frank-ab-3318-2')
    out.append(Msg(A, 3, 'de', 'thread-hijack-lieferant-sharepoint',
                   frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S('proc')],
                   subject='AW: Auftragsbestätigung AB-26-3318 – Warmband S355MC 4,0 x 1500',
                   date=(2026, 10, 17, 3, 12, 55),
                   route=r_lieferant_webmail('185.213.154.167'),
                   body=html, in_reply_to=f2, references=[f1, b03, f2],
                   what='Reply in a real order thread from the supplier\'s salesman with a "SharePoint" link to mill certificates.',
                   why='Genuine Lieferant mailbox but sent via webmail from 185.213.154.167 (VPN/hosting range, Roundcube HTTP hop) at 03:12 on a Saturday, while Maier normally writes with Thunderbird from the office (business 03); link text shows lieferantgmbh.sharepoint.com, the target is a pages.dev page carrying the recipient address base64-encoded and asks for the Microsoft 365 login: thread hijack from a compromised account.'))

    # ------------------------------------------------------------------ 04
    trk = 'https://r.sp1-brevo.net/mk/cl/f/sh/SMJz09Z1Ls4VFWDY8NhArDJGuyVb/Fq0w3tV8r2Nm'
    paras = [
        'Sehr geehrte Damen und Herren,',
        'in Ihrem ELSTER-Postfach steht ein neuer Verwaltungsakt zum Abruf bereit.',
        'Steuernummer: 133/5712/0841\nBezeichnung: Example Group GmbH\nBetreff: Festsetzung eines Verspätungszuschlags nach § 152 AO – Umsatzsteuer-Voranmeldung September 2026\nBereitgestellt am: 20.10.2026',
        'Der Verwaltungsakt gilt gemäß § 122a AO am dritten Tag nach der Bereitstellung zum Abruf als bekannt gegeben. Mit diesem Tag beginnt die Rechtsbehelfsfrist.',
        'Aus Sicherheitsgründen ist für den Abruf eine erneute Anmeldung mit Ihrer Zertifikatsdatei oder der ElsterSecure-App erforderlich.',
    ]
    body = brand('Neue Nachricht in Ihrem ELSTER-Postfach', paras, ('Zum ELSTER-Postfach', trk),
                 footer='Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n'
                        'Mein ELSTER – Ihr Online-Finanzamt | Bayerisches Landesamt für Steuern',
                 cs='utf-8', cte='quoted-printable', color='#1d4f91', logo='Mein ELSTER', lang='de')
    out.append(Msg(A, 4, 'de', 'elster-verspaetungszuschlag',
                   frm=('ELSTER – Ihr Online-Finanzamt', 'benachrichtigung@mein-elster-postfach.de'),
                   to=[S('acct_head')],
                   subject='Neue Nachricht in Ihrem ELSTER-Postfach: Festsetzung eines Verspätungszuschlags',
                   date=(2026, 10, 20, 7, 55, 3), route=Brevo(), body=body, hcs='utf-8',
                   what='"ELSTER" notification about a late-filing surcharge on the September VAT return, link to the "ELSTER mailbox".',
                   why='ELSTER mails come from elster.de and never via a bulk ESP; sender domain mein-elster-postfach.de is a look-alike, button goes through a Brevo click tracker to a phishing page asking for the ELSTER certificate file and PIN; legal deadline (§ 122a AO) as pressure.'))

    # ------------------------------------------------------------------ 05
    qr_url = 'https://mfa-renew-portal.cfd/ms/?t=YW5kcmVhcy5rb2VobGVyQGV4YW1wbGUuY29t&r=EG-7841'
    paras = [
        'Hallo Andreas Köhler,',
        'gemäß der aktualisierten Sicherheitsrichtlinie der Example Group müssen alle Konten ihre Registrierung im Microsoft Authenticator bis zum 23.10.2026 erneuern. Nicht erneuerte Konten werden automatisch für Outlook, Teams und den Fernzugriff gesperrt.',
        'Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.',
    ]
    after = ['Referenz: MFA-2026-10-7841',
             'Vielen Dank für Ihre Mithilfe\nIhr IT-Service Example Group']
    h = html_brand('Microsoft 365', 'Aktion erforderlich: Mehrfaktor-Authentifizierung erneuern', paras, None,
                   'Diese E-Mail wurde an andreas.koehler@example.com gesendet. © 2026 Microsoft Corporation',
                   '#0078d4', 'iso-8859-1', logo_text='Microsoft 365', after_button=after, img_cid='qr7841@mfa',
                   img_alt='QR-Code', lang='de')
    t = ('Aktion erforderlich: Mehrfaktor-Authentifizierung erneuern\n\n' + '\n\n'.join(paras) +
         '\n\n[QR-Code]\n\n' + '\n\n'.join(after) + '\n')
    body = Multi('alternative', [Text(t, 'plain', 'iso-8859-1', 'quoted-printable'),
                                 related(Text(h, 'html', 'iso-8859-1', 'quoted-printable'),
                                         Bin(qr_png(qr_url), 'image/png', 'image001.png', disp='inline',
                                             cid='qr7841@mfa', note='QR code with phishing URL'))])
    out.append(Msg(A, 5, 'de', 'quishing-mfa-erneuerung',
                   frm=('IT-Service | Example Group', 'praxis@physio-kessler-ratingen.de'), to=[S('sales')],
                   subject='Aktion erforderlich: Ihre Mehrfaktor-Authentifizierung läuft am 23.10.2026 ab',
                   date=(2026, 10, 21, 11, 40, 9),
                   route=Exim(server='s47.hostingwerk-nrw.de', server_ip='185.232.170.47', mua='roundcube'),
                   body=body, hcs='iso-8859-1',
                   what='"IT-Service" asks to renew Microsoft Authenticator registration by scanning an inline QR code, else account lock.',
                   why='Quishing: the URL exists only inside the QR image (https://mfa-renew-portal.cfd/... with the victim\'s address base64-encoded), so link scanners see nothing and the user moves to an unmanaged phone; display name claims internal IT but the mailbox belongs to a compromised physiotherapy practice on shared hosting; lock-out threat. Real IT notices come through the internal relay (business 08).'))

    # ------------------------------------------------------------------ 06
    epc = ('BCD\n002\n1\nSCT\nCAIXESBBXXX\nGAR Gewerbe-Auskunft-Register\n' + refs.REGISTER_ES +
           '\nEUR869.40\n\n\nGAR-2026-118475 Example Group GmbH')
    t = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Unterlagen zur Eintragung Ihres Unternehmens

Example Group GmbH
Hansaallee 201, 40549 Düsseldorf
Amtsgericht Düsseldorf HRB 58214

in das Gewerbe-Auskunft-Register für Industrie und Handel (Branchenteil: Stahlhandel / Metallverarbeitung).

Vorgangsnummer: GAR-2026-118475
Betrag: 869,40 € (inkl. 19 % USt.)
Zahlbar bis: 17.11.2026

Zur bequemen Zahlung können Sie den beigefügten GiroCode mit Ihrer Banking-App scannen.

Mit freundlichen Grüßen
Ihr GAR-Team

GAR Gewerbe-Auskunft-Register
Servicecenter: Calle de Alcalá 211, 28028 Madrid
www.gar-register.de
"""
    pdft = f"""# Gewerbe-Auskunft-Register für Industrie und Handel
Vorgangsnummer: GAR-2026-118475        Datum: 03.11.2026

Example Group GmbH
Hansaallee 201
40549 Düsseldorf

## Eintragungsofferte / Rechnung

Registerdaten: Example Group GmbH, Amtsgericht Düsseldorf HRB 58214, Branche: Stahlhandel, Metallverarbeitung
Leistung: Eintragung und Pflege im Online-Verzeichnis, Laufzeit 12 Monate
Nettobetrag: 730,59 EUR    USt. 19 %: 138,81 EUR    Gesamtbetrag: 869,40 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 17.11.2026 auf folgendes Konto:
Empfänger: GAR Gewerbe-Auskunft-Register
IBAN: {fmt_iban(refs.REGISTER_ES)}    BIC: CAIXESBBXXX
Verwendungszweck: GAR-2026-118475

~ Dies ist ein Angebot. Mit Zahlung des Betrages nehmen Sie das Angebot zur Eintragung in das private Verzeichnis des GAR an. Es besteht keine Verbindung zu amtlichen Registern oder Behörden. Der Vertrag hat eine Mindestlaufzeit von 36 Monaten und verlängert sich jeweils um weitere 12 Monate, sofern er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Der Jahresbetrag ist jeweils im Voraus fällig. Gerichtsstand ist Madrid.
"""
    out.append(Msg(A, 6, 'de', 'register-eintrag-rechnung-girocode',
                   frm=('GAR Gewerbe-Auskunft-Register', 'rechnung@gar-register.de'),
                   to=[('Rechnungseingang', 'rechnungseingang@example.com')],
                   subject='Rechnung GAR-2026-118475 – Eintragung Example Group GmbH',
                   date=(2026, 11, 3, 9, 12, 44), route=SendGrid(em='em4127'),
                   body=mixed(alt(t, 'iso-8859-15', 'quoted-printable', flavour='generic'),
                              pdf_att('Rechnung_GAR-2026-118475.pdf', pdft, producer='wkhtmltopdf 0.12.6',
                                      when=(2026, 11, 3, 9, 0, 0), fn_style='plain'),
                              png_att('GiroCode_GAR-2026-118475.png', qr_png(epc), note='EPC payment QR')),
                   hcs='iso-8859-15',
                   what='"Invoice" for an entry in a commercial register, with PDF and an EPC GiroCode (payment QR) for EUR 869.40.',
                   why='Classic register/directory fraud: looks like an official register invoice (HRB number, "Rechnung"), but the small print makes it an offer for a private directory with a 36-month subscription; Spanish IBAN, SendGrid bulk mail, payment QR to make paying effortless. Nothing was ordered.'))

    # ------------------------------------------------------------------ 07
    t = f"""Hallo Frau Hoffmann,

ich habe mein Girokonto gewechselt. Könnten Sie bitte ab der Novemberabrechnung mein Gehalt auf das neue Konto überweisen?

Kontoinhaber: Dennis Braun
IBAN: {fmt_iban(refs.N26_MULE)}
BIC: NTSBDEB1XXX

Das alte Konto bei der Sparkasse wird zum Monatsende aufgelöst, deshalb wäre es wichtig, dass es noch für November klappt. Ich bin die ganze Woche im Außenlager in Ruhrort eingeteilt und komme dort nicht an den Dienstrechner, deshalb schreibe ich von privat.

Eine kurze Bestätigung per Mail reicht mir.

Danke und viele Grüße
Dennis Braun
"""
    out.append(Msg(A, 7, 'de', 'gehaltskonto-aenderung-webde',
                   frm=('Dennis Braun', 'dennis.braun.privat@web.de'), to=[S('hr')],
                   subject='Neue Bankverbindung für mein Gehalt', date=(2026, 11, 12, 6, 58, 31),
                   route=GMX(brand='webde', client_ip='185.107.56.201'),
                   body=plain(t, 'utf-8', 'quoted-printable'), hcs='utf-8',
                   what='Employee "Dennis Braun" asks payroll to pay his salary into a new account from November.',
                   why='Payroll diversion: unknown free-mail address (his real private address is dennis.braun84@gmx.de, see business 05), web.de login from a hosting IP, neobank account, timed just before the November payroll cut-off, excuse for not using company channels, confirmation "by mail is enough".'))

    # ------------------------------------------------------------------ 08
    t = """Sehr geehrte Damen und Herren,

zu der unten aufgeführten Rechnung konnten wir bis heute leider keinen Zahlungseingang feststellen. Sicherlich handelt es sich um ein Versehen.

Rechnung 2026-0871 vom 14.10.2026 – Wartung Dunkelstrahler Halle 2 – 4.286,50 EUR

Rechnung und Wartungsprotokoll finden Sie im Anhang. Aus Datenschutzgründen ist das Archiv verschlüsselt, das Kennwort lautet: VH0871

Bitte überweisen Sie den offenen Betrag innerhalb von 7 Tagen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Buchhaltung
Vogt Haustechnik GmbH
Heizung – Lüftung – Sanitär
Am Rheinstahlwerk 9 | 47809 Krefeld
"""
    out.append(Msg(A, 8, 'de', 'zahlungserinnerung-zip-passwort',
                   frm=('Vogt Haustechnik GmbH', 'buchhaltung@vogt-haustechnik.de'),
                   to=[('Rechnungseingang', 'rechnungseingang@example.com')],
                   subject='Zahlungserinnerung – Rechnung 2026-0871', date=(2026, 11, 17, 14, 5, 17),
                   route=Strato(client_ip='154.47.24.190'),
                   body=mixed(alt(t, 'iso-8859-1', '8bit', html_cte='quoted-printable'),
                              zip_att('Rechnung_2026-0871.zip', 'Rechnung_2026-0871_Wartungsprotokoll.pdf.js',
                                      (2026, 11, 17, 13, 52, 10), password='VH0871')),
                   hcs='iso-8859-1',
                   what='Payment reminder from an HVAC firm with an encrypted ZIP "invoice and maintenance report", password in the text.',
                   why='Password-protected archive (ZipCrypto) defeats content scanning; it holds a .pdf.js script (double extension); no business relationship with Vogt Haustechnik; Strato mailbox submitted from a foreign hosting IP (compromised account). Genuine reminders (business 06) come with a plain PDF statement.'))
    return out
