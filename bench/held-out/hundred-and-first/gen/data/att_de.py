# -*- coding: utf-8 -*-
from data.common import *


# ----------------------------------------------------------------- 01 -------
@message('attack', 1, 'de', 'ceo-fraud-freemail-acquisition',
         what='CEO fraud (BEC) to the CFO: "Dr. Brandstätter" writes from an outlook.de freemail address about a confidential takeover of an Alpine cheese dairy and announces a London lawyer who will send escrow details; first stage of attack/10.',
         why='CEO display name on a consumer Outlook.com address never used by the CEO; secrecy ("talk to nobody, not even Jürgen or Miriam"), deadline, unreachable by phone, pre-announced third party for a 248,500 EUR transfer outside the normal approval workflow. Classic two-stage CEO fraud.')
def a01():
    rn, ra = S('cfo')
    c = ctx('a01', '2026-10-13 16:42:08', 'CET', ra)
    inf = outlook_com(c)
    frm = 'vorstand.brandstaetter@outlook.de'
    text = """Hallo Sabine,

bist du heute noch im Büro? Ich bin bis morgen Abend in Wien und sitze durchgehend in Gesprächen, deshalb schreibe ich dir von meiner privaten Adresse.

Wie du weißt, schauen wir uns seit dem Sommer kleinere Bergkäsereien in Österreich an. Mit den Eigentümern der Sennerei in Vorarlberg haben wir uns heute grundsätzlich geeinigt. Bis zur Unterschrift und zur Anmeldung bei der Bundeswettbewerbsbehörde ist das Projekt streng vertraulich - bitte sprich im Haus mit niemandem darüber, auch nicht mit Jürgen oder Miriam. Der Aufsichtsrat ist informiert.

Für die Exklusivitätsvereinbarung muss bis morgen 12:00 Uhr eine Sicherheitsleistung von 248.500,00 EUR auf ein Anderkonto hinterlegt werden. Die Transaktion wird von der Londoner Kanzlei Hale Whitmore LLP begleitet. Herr Jonathan Hale meldet sich heute noch per E-Mail bei dir und schickt dir die Kontodaten und das Escrow-Schreiben. Bitte folge seinen Anweisungen, es ist alles mit mir abgestimmt. Die Unterlagen für den Vorstandsbeschluss reiche ich nach, sobald ich zurück bin.

Telefonieren kann ich heute leider nicht mehr, wir verhandeln bis spät. Gib mir bitte nur hier per Mail kurz Bescheid, sobald die Zahlung vorbereitet ist.

Danke dir, ich verlasse mich da ganz auf dich.

Markus

Outlook für iOS beziehen<https://aka.ms/o0ukef>
"""
    body = alt(c, Text(text, charset='iso-8859-1', cte='quoted-printable'),
               Text(html_owa(text.replace('<https://aka.ms/o0ukef>', ''), 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('From', addr('Markus Brandstätter', frm, 'iso-8859-1', 'Q')),
          ('To', addr(rn, ra, 'iso-8859-1', 'Q')),
          ('Subject', 'Vertraulich: Projekt Alpenblick'),
          ('Thread-Topic', 'Vertraulich: Projekt Alpenblick'),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'de-DE, en-US'),
          ('Content-Language', 'de-DE')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 02 -------
NEW_IBAN_02 = iban('DE', '11010100' + '8204417730')


@message('attack', 2, 'de', 'supplier-bank-change-lookalike',
         what='Supplier bank-detail change: "Petra Lang, Lieferant GmbH" writes from the look-alike domain lieferant-gmbh.com (VPS at Hostinger) asking accounts payable to pay two named, due invoices to a new IBAN; PDF letter attached.',
         why='Look-alike of lieferant-gmbh.de registered for the attack, sent from a rented VPS; asks to switch all payments and the two due invoices immediately, discourages phone verification ("only reachable by e-mail this week"). The IBAN carries BLZ 110 101 00 (Solaris, virtual IBANs) while the text and BIC claim Commerzbank. Genuine notice for comparison: business/02.',
         att_note='PDF letter repeats the new IBAN ' + fmt_iban(NEW_IBAN_02))
def a02():
    rn, ra = S('ap')
    c = ctx('a02', '2026-10-20 10:12:44', 'CET', ra)
    frm = 'p.lang@lieferant-gmbh.com'
    inf = direct(c, 'mail.lieferant-gmbh.com', 'srv612034.hstgr.cloud', '89.116.38.112', msgid_style='outlook16',
                 domain='lieferant-gmbh.com', local_helo='DESKTOP-R4N7Q2K', local_from='unknown [178.175.134.19]')
    sig = """Mit freundlichen Grüßen

Petra Lang
Key Account Management / Innendienst

Lieferant GmbH
Kulturen · Lab · Verpackung für die Molkereiwirtschaft
Industriestraße 7 · 87700 Memmingen
Tel. +49 8331 92 47-31
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de
Geschäftsführer: Dipl.-Ing. Robert Maier · HRB 14562 Amtsgericht Memmingen"""
    text = """Sehr geehrter Herr Weiß,

im Zuge der Zusammenführung unserer Geschäftskonten und der Umstellung unseres Zahlungsverkehrs auf ein neues Cash-Management-System ändert sich zum 01.11.2026 unsere Bankverbindung.

Bitte hinterlegen Sie ab sofort für alle offenen und künftigen Rechnungen der Lieferant GmbH ausschließlich die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG
IBAN: %s
BIC: COBADEFFXXX

Die bisherige Verbindung bei der Sparkasse Memmingen-Lindau-Mindelheim wird zum 31.10.2026 aufgelöst. Zahlungen, die danach noch auf dem alten Konto eingehen, werden von der Bank zurückgebucht, was leider zu Verzögerungen bei der Freigabe Ihrer Lieferungen führen kann.

Die beiden Rechnungen RE-2026-10417 (Labferment, 18.640,00 €) und RE-2026-10452 (Schutzkulturen und Siegelfolie, 9.212,40 €), die am 30.10. fällig werden, bitten wir bereits auf das neue Konto zu überweisen.

Das Informationsschreiben unserer Geschäftsführung finden Sie im Anhang. Bitte bestätigen Sie uns kurz per E-Mail, dass die Änderung in Ihrem System hinterlegt ist.

Für Rückfragen stehe ich Ihnen gern per E-Mail zur Verfügung; telefonisch bin ich diese Woche wegen einer SAP-Schulung leider nur eingeschränkt erreichbar.

%s
""" % (fmt_iban(NEW_IBAN_02), sig)
    letter = pdf(c, [[(-14, 'Lieferant GmbH'), (9, 'Industriestraße 7 · 87700 Memmingen'), (9, ''), (9, ''),
                      (10, 'Example Group eG'), (10, 'Kreditorenbuchhaltung'), (10, 'Molkereistraße 12'), (10, '87435 Kempten (Allgäu)'),
                      (10, ''), (10, 'Memmingen, 19.10.2026', 400), (10, ''),
                      (-11, 'Änderung unserer Bankverbindung zum 01.11.2026'), (10, ''),
                      (10, 'Sehr geehrte Damen und Herren,'), (10, ''),
                      (10, 'wir informieren Sie hiermit, dass sich unsere Bankverbindung zum 01.11.2026 ändert.'),
                      (10, 'Bitte verwenden Sie für alle Zahlungen an die Lieferant GmbH ab sofort ausschließlich:'), (10, ''),
                      (10, 'Kontoinhaber:   Lieferant GmbH'), (10, 'Kreditinstitut:  Commerzbank AG'),
                      (10, 'IBAN:              ' + fmt_iban(NEW_IBAN_02)), (10, 'BIC:                COBADEFFXXX'), (10, ''),
                      (10, 'Die bisherige Bankverbindung wird zum 31.10.2026 geschlossen.'), (10, ''),
                      (10, 'Mit freundlichen Grüßen'), (10, ''), (10, 'Dipl.-Ing. Robert Maier'), (10, 'Geschäftsführer'), (10, ''),
                      (8, 'Lieferant GmbH · Sitz Memmingen · HRB 14562 AG Memmingen · USt-IdNr. DE 131 458 902')]],
                 'Bankverbindung', 'Petra Lang', 'Microsoft® Word für Microsoft 365', 'Microsoft® Word für Microsoft 365')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [
        Multi('alternative', [Text(text, charset='windows-1252', cte='quoted-printable', cs_label='windows-1252'),
                              Text(html_outlook(text, 'DE', 'Aptos', 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')], b2),
        Bin(letter, 'application/pdf', 'Lieferant_GmbH_Bankverbindung_2026-11.pdf')], b1,
        preamble='This is a multipart message in MIME format.')
    hs = [('From', addr('Petra Lang', frm)),
          ('To', surname_first('ap', 'iso-8859-1', 'Q')),
          ('Cc', surname_first('proc', 'iso-8859-1', 'Q')),
          ('Subject', htext('Änderung unserer Bankverbindung zum 01.11.2026 - Lieferant GmbH', 'iso-8859-1', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'de')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 03 -------
@message('attack', 3, 'de', 'thread-hijack-compromised-lab',
         what='Thread hijack from the genuinely compromised mailbox of the accredited lab (Analytik Allgäu GmbH): a reply in a real thread about raw-milk test reports links to a "customer portal" on a Cloudflare R2 bucket that asks for Microsoft 365 credentials.',
         why='Sent through the lab\'s real hosting server but via webmail (Roundcube) from a Dutch VPN/VPS address instead of the lab\'s Outlook on its office line; the link points to pub-*.r2.dev with the recipient\'s address base64-encoded in the fragment and asks for M365 credentials to "assign the reports to your organisation". The quoted thread is authentic. Genuine lab mail: business/04.')
def a03():
    rn, ra = S('qa')
    c = ctx('a03', '2026-10-15 07:58:31', 'CET', ra)
    frm = 'k.vogt@analytik-allgaeu.de'
    inf = postfix_submission(c, 'dd46810.kasserver.com', '85.13.163.77', 'unknown', '193.32.249.141', frm,
                             client_helo='webmail.kasserver.com', msgid_style='roundcube', domain='analytik-allgaeu.de')
    url = 'https://pub-3f9c2a7d1e8b4c6f9a0d5e2b7c1f8a34.r2.dev/portal/pruefberichte/index.html#' + b64mail(ra)
    old_id = '<%s@example.com>' % tok('a03old', 32, '0123456789abcdef')
    old_id2 = '<003101dc3a6e$4b1d2e70$e157bb50$@analytik-allgaeu.de>'
    text = """Sehr geehrte Frau Dr. Huber,

anbei wie besprochen die vollständigen Prüfberichte zur Charge 4471 inklusive der Nachuntersuchung auf Listeria monocytogenes und Aflatoxin M1.

Wegen der Dateigröße stellen wir Prüfberichte ab sofort über unser neues Kundenportal bereit:

Prüfberichte KW 41 abrufen (4 Dokumente, PDF):
%s

Bitte melden Sie sich dort einmalig mit Ihrem Microsoft-365-Konto an, damit die Berichte Ihrer Organisation zugeordnet werden können. Der Link ist 48 Stunden gültig.

Mit freundlichen Grüßen

Dr. Kerstin Vogt
Laborleitung Mikrobiologie
Analytik Allgäu GmbH
Akkreditiertes Prüflaboratorium nach DIN EN ISO/IEC 17025
Heisinger Straße 21 · 87437 Kempten


Am 14.10.2026 16:05, schrieb Huber, Verena:
> Sehr geehrte Frau Dr. Vogt,
>
> vielen Dank für die vorläufigen Ergebnisse. Können Sie uns bitte die
> vollständigen Prüfberichte zur Charge 4471 (Rohmilch Tank 3, KW 41)
> inklusive der Nachuntersuchung schicken? Wir brauchen sie für die
> Freigabe und für das IFS-Audit im November.
>
> Mit freundlichen Grüßen
> Verena Huber
>
> Dr. Verena Huber
> Leitung Qualitätssicherung
> Example Group eG
>
> -----Ursprüngliche Nachricht-----
> Von: Dr. Kerstin Vogt <k.vogt@analytik-allgaeu.de>
> Gesendet: Mittwoch, 14. Oktober 2026 11:32
> An: Huber, Verena <verena.huber@example.com>
> Betreff: Prüfberichte Rohmilch KW 41 / Charge 4471
>
> Sehr geehrte Frau Dr. Huber,
>
> vorab die Ergebnisse der Rohmilchuntersuchung KW 41: Gesamtkeimzahl und
> somatische Zellen unauffällig, Hemmstoffe negativ. Die Nachuntersuchung
> läuft noch, die Berichte folgen.
>
> Mit freundlichen Grüßen
> Kerstin Vogt
""" % url
    body = Text(text, charset='UTF-8', cte='8bit', params='; format=flowed', quoted=False)
    hs = [('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'CET')),
          ('From', 'Dr. Kerstin Vogt <%s>' % frm),
          ('To', surname_first('qa')),
          ('Subject', htext('AW: Prüfberichte Rohmilch KW 41 / Charge 4471', 'UTF-8', 'Q', mode='words')),
          ('In-Reply-To', old_id),
          ('References', '%s%s %s' % (old_id2, NL, old_id)),
          ('User-Agent', 'Roundcube Webmail/1.6.9'),
          ('Message-ID', inf.msgid),
          ('X-Sender', frm)]
    return assemble(c, inf, hs, body, frm, mime_pos=10)


# ----------------------------------------------------------------- 04 -------
@message('attack', 4, 'de', 'bzst-erechnung-credential-phish',
         what='Tax-authority / e-invoicing phish: "Bundeszentralamt für Steuern" demands confirmation of the company\'s e-invoice receiving address in a "BZSt portal" before 30.11.2026, threatening a late-filing surcharge; sent via Amazon SES, link wrapped in SES click tracking.',
         why='There is no BZSt registration of e-invoice receiving addresses; the sender domain bzst-erechnung.de is a look-alike (the authority uses bzst.de / elster.de), sent through a bulk ESP, threat of a surcharge under § 152 AO, button leads through awstrack.me to a non-government host asking for the ELSTER certificate. Genuine ELSTER notice for comparison: business/05.')
def a04():
    rn, ra = S('ap')
    c = ctx('a04', '2026-11-04 08:03:17', 'CET', ra)
    inf = ses(c, 'eu-west-1')
    frm = 'noreply@bzst-erechnung.de'
    target = 'https://portal.bzst-erechnung.de/bop/empfangsadresse?vg=ER-2026-88314&ust=DE811449217'
    url = 'https://qx3b7k2m.r.eu-west-1.awstrack.me/L0/%s/1/0102019a4e2b' % target.replace(':', '%3A').replace('/', '%2F').replace('?', '%3F').replace('=', '%3D').replace('&', '%26') + tok('a04', 20, '0123456789abcdef') + '/' + tok('a04b', 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '=404'
    paras = [
        'Sehr geehrte Damen und Herren,',
        'seit dem 1. Januar 2025 müssen alle inländischen Unternehmen elektronische Rechnungen im Sinne des § 14 UStG empfangen können. Ab dem 1. Januar 2027 sind Unternehmen mit einem Vorjahresumsatz von mehr als 800.000 € zusätzlich verpflichtet, E-Rechnungen auszustellen.',
        'Für Ihr Unternehmen <b>Example Group eG</b> (USt-IdNr. DE811449217) liegt im Online-Portal des BZSt noch keine bestätigte Empfangsadresse für E-Rechnungen vor (Vorgang ER-2026-88314).',
        'Bitte bestätigen Sie Ihre Empfangsadresse bis spätestens <b>30.11.2026</b>. Zur Anmeldung benötigen Sie Ihre ELSTER-Zertifikatsdatei (.pfx) und das zugehörige Passwort.',
    ]
    after = ['Erfolgt bis zu diesem Termin keine Bestätigung, kann ein Verspätungszuschlag nach § 152 AO festgesetzt werden. Bereits bestätigte Angaben müssen nicht erneut übermittelt werden.',
             'Mit freundlichen Grüßen<br>Bundeszentralamt für Steuern<br>Referat E-Rechnung / Umsatzsteuer']
    footer = 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>Bundeszentralamt für Steuern · An der Küppe 1 · 53225 Bonn'
    html = brand_html('Bestätigung Ihrer E-Rechnungs-Empfangsadresse', paras, 'Empfangsadresse bestätigen', url,
                      footer, color='#004b76', logo_text='Bundeszentralamt für Steuern', after_button=after,
                      font='Arial, Helvetica, sans-serif')
    text = """Bundeszentralamt für Steuern

Bestätigung Ihrer E-Rechnungs-Empfangsadresse

Sehr geehrte Damen und Herren,

seit dem 1. Januar 2025 müssen alle inländischen Unternehmen elektronische Rechnungen im Sinne des § 14 UStG empfangen können. Ab dem 1. Januar 2027 sind Unternehmen mit einem Vorjahresumsatz von mehr als 800.000 € zusätzlich verpflichtet, E-Rechnungen auszustellen.

Für Ihr Unternehmen Example Group eG (USt-IdNr. DE811449217) liegt im Online-Portal des BZSt noch keine bestätigte Empfangsadresse für E-Rechnungen vor (Vorgang ER-2026-88314).

Bitte bestätigen Sie Ihre Empfangsadresse bis spätestens 30.11.2026:
%s

Erfolgt bis zu diesem Termin keine Bestätigung, kann ein Verspätungszuschlag nach § 152 AO festgesetzt werden.

Mit freundlichen Grüßen
Bundeszentralamt für Steuern
Referat E-Rechnung / Umsatzsteuer
""" % url
    body = Multi('alternative', [Text(text, charset='UTF-8', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'UTF-8', 'quoted-printable', quoted=False)], inf.boundary())
    hs = [('From', addr('Bundeszentralamt für Steuern', frm, 'UTF-8', 'Q')),
          ('Reply-To', 'noreply@bzst-erechnung.de'),
          ('To', ra),
          ('Subject', htext('Bestätigung Ihrer E-Rechnungs-Empfangsadresse bis 30.11.2026 (Vorgang ER-2026-88314)', 'UTF-8', 'Q')),
          ('MIME-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'UTC'))]
    return assemble(c, inf, hs, body, inf.msgid[1:-1], mime_pos=4)


# ----------------------------------------------------------------- 05 -------
@message('attack', 5, 'de', 'quishing-m365-mfa-renewal',
         what='Quishing: "Microsoft 365" tells the recipient his MFA registration expires and must be renewed by scanning a QR code with the phone camera; sent by PHPMailer from a hacked Austrian guesthouse website.',
         why='Microsoft branding from an unrelated compromised WordPress site (wordpress@ sender, X-PHP-Script), QR code (real, decodable PNG) points to a non-Microsoft host with the recipient\'s address base64-encoded, and the instruction to scan with the camera rather than the app is meant to move the victim to an unmanaged phone. Deadline + loss-of-access threat.',
         att_note='inline PNG QR code decodes to a phishing URL on sso-m365.authenticator-renew.com')
def a05():
    rn, ra = S('logistik')
    c = ctx('a05', '2026-11-05 06:41:55', 'CET', ra)
    frm = 'wordpress@pension-alpenrose-tirol.at'
    inf = exim_cpanel(c, 'vh34.webhost-tirol.at', '185.26.156.34', frm,
                      script_path='/home/alpenrose/public_html/wp-content/plugins/wp-mail-smtp/vendor/phpmailer/Mailer.php',
                      domain='pension-alpenrose-tirol.at', tls='1.2')
    url = 'https://sso-m365.authenticator-renew.com/mfa/renew?u=%s&tid=%s' % (b64mail(ra), tok('a05', 12))
    png = qr_png(url, scale=6)
    cid = 'qr_%s@pension-alpenrose-tirol.at' % tok('a05cid', 10)
    paras = ['Hallo %s,' % rn,
             'die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto <b>%s</b> läuft am <b>06.11.2026</b> ab.' % ra,
             'Gemäß der Sicherheitsrichtlinie Ihrer Organisation muss die Registrierung der Microsoft Authenticator-App alle 12 Monate erneuert werden. Ohne Erneuerung wird der Zugriff auf Outlook, Teams und OneDrive eingeschränkt.',
             'Scannen Sie den folgenden QR-Code mit der <b>Kamera Ihres Smartphones</b> (nicht mit der Authenticator-App), um die Erneuerung in weniger als einer Minute abzuschließen:']
    after = ['Dieser Code ist 24 Stunden gültig und kann nur einmal verwendet werden.',
             'Vielen Dank,<br>Ihr Microsoft 365-Administratorteam']
    footer = 'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>Datenschutzbestimmungen | Nutzungsbedingungen'
    html = brand_html('Aktion erforderlich: MFA-Registrierung erneuern', paras, None, None, footer,
                      logo_text='Microsoft 365', after_button=after, img_cid=cid, img_alt='QR-Code', charset='iso-8859-1')
    text = ("Microsoft 365\n\nAktion erforderlich: MFA-Registrierung erneuern\n\nHallo %s,\n\n"
            "die Multi-Faktor-Authentifizierung (MFA) für Ihr Konto %s läuft am 06.11.2026 ab.\n"
            "Bitte öffnen Sie diese Nachricht in einem HTML-fähigen Mailprogramm und scannen Sie den QR-Code mit der Kamera Ihres Smartphones.\n\n"
            "Ihr Microsoft 365-Administratorteam\n" % (rn, ra))
    body = Multi('alternative', [
        Text(text, charset='iso-8859-1', cte='8bit', quoted=False, cte_first=False),
        Multi('related', [Text(html, 'html', 'iso-8859-1', '8bit', quoted=False),
                          Bin(png, 'image/png', 'mfa-code.png', disp='inline', cid=cid, sep='; ')], php_boundary(c))],
        php_boundary(c))
    hs = [('To', ra),
          ('Date', rfc(c.t, 'CET')),
          ('From', addr('Microsoft 365 Sicherheit', frm, 'iso-8859-1', 'Q')),
          ('Subject', htext('Aktion erforderlich: Ihre MFA-Registrierung läuft am 06.11.2026 ab', 'iso-8859-1', 'Q')),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, extra_pos=0, mime_pos=7)


# ----------------------------------------------------------------- 06 -------
NEW_IBAN_06 = iban('DE', '10011001' + '2631947785')


@message('attack', 6, 'de', 'payroll-diversion-freemail',
         what='Payroll diversion: "Andreas Lechner" (logistics) asks HR from a new GMX address to pay his November salary to a new N26 account.',
         why='Employee impersonation from a freemail address not on file (Andreas writes privately from a.lechner76@web.de, see business/06), bank change for salary requested by e-mail only, plausible excuse for not using the work account, time pressure ("old bank closes the account at month end"), neobank IBAN.')
def a06():
    rn, ra = S('hr')
    c = ctx('a06', '2026-11-09 07:53:12', 'CET', ra)
    frm = 'andreas.lechner.87@gmx.de'
    inf = gmx(c, 'gmx', client_ip='89.244.77.150', webmail=True)
    text = """Hallo Frau Schröder,

ich habe mein Girokonto gewechselt und wollte Sie bitten, mein Gehalt ab der Novemberabrechnung auf das neue Konto zu überweisen:

Kontoinhaber: Andreas Lechner
IBAN: %s
Bank: N26

Ich schreibe Ihnen von meiner privaten Adresse, weil ich heute den ganzen Tag bei den Spediteuren in Memmingen bin und mich mit dem Laptop gerade nicht ins VPN bekomme.

Reicht Ihnen die Mail so oder brauchen Sie noch ein Formular von mir? Wäre super, wenn das noch für November klappt, die alte Bank löst das Konto zum Monatsende auf.

Viele Grüße und danke!
Andreas Lechner
Logistik / Versand
""" % fmt_iban(NEW_IBAN_06)
    html = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div></body></html>\n' % (
        '</div>\n<div>'.join(mime.esc(l) if l else '&nbsp;' for l in text.split('\n')))
    body = alt(c, Text(text, charset='UTF-8', cte='quoted-printable'), Text(html, 'html', 'UTF-8', 'quoted-printable'),
               boundary='abmob-' + c.uuid())
    hs = [('MIME-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('From', addr('Andreas Lechner', frm)),
          ('To', ra),
          ('Subject', htext('Änderung Bankverbindung Gehalt', 'UTF-8', 'Q')),
          ('Date', rfc(c.t, 'CET'))]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 07 -------
IBAN_07 = iban_be('967', '3304871')


@message('attack', 7, 'de', 'fake-register-offer-invoice',
         what='Fake register invoice: "Gewerberegister Deutschland - Zentrale Erfassungsstelle" sends an official-looking "Eintragungsbescheid" PDF for Example Group eG with a 1,089 EUR fee to a Belgian (Wise) IBAN; sent through Mailgun.',
         why='Not an authority: the small print of the PDF turns the payment into a 3-year paid directory contract; fee notice styled like a court/register document; the real Genossenschaftsregister is kept by the Amtsgericht and never bills this way; foreign payment-institution IBAN (BE, bank code 967); bulk ESP.',
         att_note='PDF "Eintragungsofferte" with IBAN ' + fmt_iban(IBAN_07))
def a07():
    rn, ra = S('ap')
    c = ctx('a07', '2026-11-11 09:27:40', 'CET', ra)
    dom = 'gewerbe-register-zentral.de'
    inf = mailgun(c, 'mg.' + dom)
    frm = 'erfassung@' + dom
    text = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Gewerberegister Deutschland übersenden wir Ihnen die Eintragungsunterlagen für:

Example Group eG
Molkereistraße 12
87435 Kempten (Allgäu)
Register-Nr.: GRD-2026-DE-88412

Bitte prüfen Sie die im Anhang aufgeführten Angaben und überweisen Sie die Eintragungsgebühr innerhalb von 7 Tagen unter Angabe der Register-Nr. Mit Zahlungseingang gilt der Eintrag als bestätigt.

Mit freundlichen Grüßen

Gewerberegister Deutschland
Zentrale Erfassungsstelle
"""
    html = html_plainish(text, 'utf-8', 'Arial, sans-serif', '13px')
    pdfb = pdf(c, [[(-16, 'GEWERBEREGISTER DEUTSCHLAND'), (9, 'Zentrale Erfassungsstelle · Postfach 10 12 44 · 10117 Berlin'), (9, ''),
                    (10, 'Example Group eG'), (10, 'Molkereistraße 12'), (10, '87435 Kempten (Allgäu)'), (10, ''),
                    (-13, 'EINTRAGUNGSOFFERTE / BESTÄTIGUNG DER DATEN'), (10, ''),
                    (10, 'Register-Nr.: GRD-2026-DE-88412                     Datum: 10.11.2026'),
                    (10, 'Firma: Example Group eG          Rechtsform: eingetragene Genossenschaft'),
                    (10, 'Branche: Milchverarbeitung / Käseherstellung (WZ 10.51)'), (10, ''),
                    (-11, 'Eintragungsgebühr (jährlich):                      1.089,00 EUR'), (10, ''),
                    (10, 'Zahlbar innerhalb von 7 Tagen an:'),
                    (10, 'Empfänger: GRD Data Services'), (10, 'IBAN: ' + fmt_iban(IBAN_07) + '    BIC: TRWIBEB1XXX'),
                    (10, 'Verwendungszweck: GRD-2026-DE-88412'), (10, ''),
                    (7, 'Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur Aufnahme in das private Verzeichnis "Gewerberegister Deutschland".'),
                    (7, 'Mit Zahlung des Betrages nehmen Sie das Angebot an. Die Vertragslaufzeit beträgt 3 Jahre und verlängert sich um jeweils ein Jahr,'),
                    (7, 'sofern nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es besteht keine Verbindung zu amtlichen Registern oder Behörden.')]],
               'Eintragungsofferte GRD-2026-DE-88412', 'GRD', 'Crystal Reports', 'PDFlib 9.3.1')
    body = Multi('mixed', [alt(c, Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64'), boundary=c.hex(32)),
                           Bin(pdfb, 'application/pdf', 'Eintragungsofferte_GRD-2026-DE-88412.pdf', sep='; ')], inf.boundary())
    hs = [('Mime-Version', '1.0'),
          ('Subject', 'Eintragung Example Group eG - Register-Nr. GRD-2026-DE-88412'),
          ('From', addr('Gewerberegister Deutschland', frm)),
          ('To', ra),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-Id', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce+%s.%s-%s=example.com@mg.%s' % (c.hex(6), c.hex(6), ra.split('@')[0], dom), mime_pos=1)


# ----------------------------------------------------------------- 08 -------
@message('attack', 8, 'de', 'docusign-lure-svg-attachment',
         what='DocuSign-themed credential phish to the milk-supply manager: "Milchliefervertrag 2027" to sign, delivered as an SVG attachment from an OVH VPS with a DocuSign look-alike domain.',
         why='DocuSign never sends SVG files; sender domain eu-docusign-services.com is not DocuSign\'s (genuine: eumail.docusign.net, see business/07); the SVG renders a "review document" button leading to a credential page with the recipient address in the URL (script removed, inert). Targets the member-contract topic of a dairy cooperative.',
         att_note='SVG renders a DocuSign-style card with a link (no script)')
def a08():
    rn, ra = S('milk')
    c = ctx('a08', '2026-11-17 13:36:02', 'CET', ra)
    frm = 'dse@eu-docusign-services.com'
    inf = direct(c, 'mail.eu-docusign-services.com', 'vps-7c2e91d4.vps.ovh.net', '51.75.146.203', msgid_style='python',
                 domain='eu-docusign-services.com')
    url = 'https://eu-docusign-services.com/Signing/StartInSession.aspx?t=%s&em=%s' % (tok('a08', 32, '0123456789abcdef'), b64url_mail(ra))
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="360" viewBox="0 0 640 360">
  <rect width="640" height="360" fill="#f4f4f4"/>
  <rect x="40" y="30" width="560" height="300" fill="#ffffff" stroke="#d9d9d9"/>
  <text x="70" y="80" font-family="Arial" font-size="24" font-weight="bold" fill="#1e1e1e">DocuSign</text>
  <text x="70" y="130" font-family="Arial" font-size="16" fill="#1e1e1e">Milchliefervertrag 2027 - Mitgliedsbetriebe</text>
  <text x="70" y="160" font-family="Arial" font-size="13" fill="#555">Absender: Example Group eG - Mitgliederverwaltung</text>
  <text x="70" y="185" font-family="Arial" font-size="13" fill="#555">Empfänger: %s</text>
  <a xlink:href="%s" target="_blank">
    <rect x="70" y="220" width="230" height="44" rx="3" fill="#ffc820"/>
    <text x="95" y="248" font-family="Arial" font-size="16" fill="#1e1e1e">DOKUMENT PRÜFEN</text>
  </a>
  <text x="70" y="300" font-family="Arial" font-size="11" fill="#777">Zum Anzeigen mit Ihrem Firmenkonto anmelden.</text>
  <!-- original kit contained a JavaScript redirect here; removed, file is inert -->
</svg>
""" % (ra, url.replace('&', '&amp;'))
    text = """Hallo Herr Eder,

Example Group eG - Mitgliederverwaltung hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet:

Milchliefervertrag 2027 - Anpassung Milchgeld und Qualitätszuschläge (3 Seiten)

Bitte öffnen Sie das angehängte Dokument, um es anzuzeigen und zu unterzeichnen. Die Unterschrift wird bis 20.11.2026 benötigt, damit die Abrechnung für Dezember nach den neuen Konditionen erfolgen kann.

Mit freundlichen Grüßen
DocuSign im Auftrag von Example Group eG

Diese Nachricht enthält einen sicheren Link zu DocuSign. Bitte geben Sie diesen Code nicht an Dritte weiter.
"""
    html = brand_html('Milchliefervertrag 2027', [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[:-1]], None, None,
                      'Diese Nachricht enthält einen sicheren Link zu DocuSign. Bitte geben Sie diesen Code nicht an Dritte weiter.',
                      color='#1e1e1e', logo_text='DocuSign', charset='iso-8859-15')
    body = Multi('mixed', [
        Multi('alternative', [Text(text, charset='iso-8859-15', cte='quoted-printable'),
                              Text(html, 'html', 'iso-8859-15', 'quoted-printable')], py_boundary(c)),
        Bin(svg.encode('utf-8'), 'image/svg+xml', 'Milchliefervertrag_2027_unterzeichnen.svg', sep='; ')], py_boundary(c))
    hs = [('Subject', htext('Bitte unterzeichnen: Milchliefervertrag 2027 - Anpassung Milchgeld', 'iso-8859-15', 'Q')),
          ('From', addr('Mitgliederverwaltung via DocuSign', frm)),
          ('To', ra),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce@eu-docusign-services.com', mime_pos=0)
