"""attack/01-08 (German)."""
import base64

from lib import bodies, docs, ids, mime, shapes, systems, util
from lib.company import LIEF, P, WPHG
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


def _b64mail(addr_):
    return base64.b64encode(addr_.encode()).decode()


@reg('attack', '01-de-ceo-vertrauliche-uebernahme')
def a01(m):
    m.what = 'CEO fraud opener: "Henrik Petersen" asks the CFO to handle a confidential acquisition down payment (485.000 EUR, lawyer will call); no payment data yet'
    m.why = 'From a look-alike of examplegroup.eu (example-group.eu, Namecheap Private Email, SPF/DKIM/DMARC pass for the look-alike); secrecy, time pressure, "only by e-mail", iPhone signature; real CEO writes from Exchange'
    m.topic = 'ceo-payment'
    t = local_to_utc('CET', 2026, 10, 8, 16, 46, 58)
    rcpt = P['claudia'][1]
    text = """Hallo Claudia,

bist du heute noch im Büro? Ich brauche kurzfristig deine Unterstützung in einer vertraulichen Angelegenheit.

Wir stehen kurz vor dem Signing für die Übernahme eines dänischen Serviceunternehmens (Rotorblatt- und Großkomponentenservice, rund 60 Mitarbeiter). Der Beirat ist informiert, bis zur offiziellen Mitteilung ist die Sache aber streng vertraulich. Bitte sprich im Haus mit niemandem darüber, auch nicht mit Lena oder Thomas.

Begleitet wird die Transaktion von Dr. Markus Held (Held & Partner Rechtsanwälte, Frankfurt). Er meldet sich heute noch bei dir wegen der Anzahlung von 485.000 EUR auf das Notaranderkonto. Der Betrag muss morgen bis 12 Uhr eingehen, sonst verlieren wir die Exklusivität.

Ich sitze den ganzen Nachmittag in Verhandlungen und kann nicht telefonieren. Schreib mir bitte nur per Mail, ob du das heute noch übernehmen kannst.

Danke dir
Henrik

Von meinem iPhone gesendet"""
    root = mime.text(text, 'plain', 'utf-8', 'quoted-printable', charset_label='utf-8')
    m.set_body(root)
    F = dict(from_=addr('Henrik Petersen', 'henrik.petersen@example-group.eu'), from_addr='henrik.petersen@example-group.eu',
             to=addr('Claudia Brandt', rcpt), subject='Vertraulich - bitte heute noch', date=t,
             msgid='<%s@example-group.eu>' % util.guid(m.rng, True))
    h = shapes.privateemail(m, t, rcpt, F, client_ip='192.0.2.147')
    m.assemble(h)


@reg('attack', '02-de-lieferant-bankverbindung-threadhijack')
def a02(m):
    m.what = 'Reply inside a real order thread from the genuine mailbox of Petra Lang (Lieferant GmbH): "our Sparkasse account is closed, pay RE-2026-10418/-10452 to the new account", PDF letter attached'
    m.why = 'Hijacked real mailbox (sent via OWA from an outside IP, x-originating-ip 198.51.100.77 instead of the LAN); new IBAN at a BaaS bank (Solaris), asks for confirmation by e-mail and avoids the phone; PDF re-saved with iLovePDF'
    m.topic = 'bank-change'
    sab_name, rcpt = P['sabine']
    pname, paddr = LIEF['people']['lang']
    t1 = local_to_utc('CET', 2026, 10, 19, 10, 2)
    t2 = local_to_utc('CET', 2026, 10, 19, 13, 40)
    t = local_to_utc('CET', 2026, 10, 20, 14, 12, 31)
    new_iban = ids.iban('DE', '11010101' + '5490318827')
    m.iban(new_iban, 'fraudulent "new" account (Solaris SE, BaaS)')
    m.iban(LIEF['iban_old'], 'genuine old Lieferant account (Sparkasse Bremen), named as "closed"')
    m.phone('+49 421 59870-214', 'Petra Lang in the quoted signature')
    m.phone('+49 421 59870-0', 'Lieferant switchboard (letterhead)')
    m.url('www.lieferant-gmbh.de', 'signature')
    sig = """Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Auftragsabwicklung

Lieferant GmbH
Antriebs- und Lagertechnik
Otto-Lilienthal-Straße 24, 28199 Bremen
Tel. +49 421 59870-214
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Rainer Voß | Amtsgericht Bremen HRB 28417 HB | USt-IdNr. %s""" % LIEF['vat']
    q1 = """Hallo Frau Lang,

können Sie mir bitte den Lieferschein zur Bestellung 4500318842 (Dichtungssätze Hauptlager für WEA 07, Windpark Hohe Geest) nachreichen? Die Rechnung RE-2026-10418 liegt uns vor, der Wareneingang ist aber noch nicht gebucht.

Danke und viele Grüße
Sabine Jürgensen
Kreditorenbuchhaltung
Example Group Windservice GmbH"""
    q2 = """Hallo Frau Jürgensen,

anbei der Lieferschein LS-2026-22871. Die Teillieferung ist am 14.10. rausgegangen, der Rest (2 Dichtungssätze) folgt in KW 44 mit Rechnung RE-2026-10452.

""" + sig
    body = """Hallo Frau Jürgensen,

noch eine wichtige Information von unserer Buchhaltung: Im Zuge der Umstellung unseres Zahlungsverkehrs wird unser Konto bei der Sparkasse Bremen zum 31.10.2026 geschlossen. Zahlungseingänge auf das alte Konto können ab sofort nicht mehr zugeordnet werden und gehen an Sie zurück.

Bitte überweisen Sie die offenen Rechnungen RE-2026-10418 (21.764,10 EUR) und RE-2026-10452 (16.648,56 EUR), gesamt 38.412,66 EUR, ab sofort auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE
IBAN: %s
BIC: SOBKDEBBXXX

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Könnten Sie mir kurz per E-Mail bestätigen, dass die Stammdaten bei Ihnen geändert sind? Telefonisch bin ich diese Woche leider schlecht zu erreichen, bei uns wird gerade die Telefonanlage umgestellt.

""" % ids.iban_fmt(new_iban) + sig
    lt = lambda x: util.localtime(x, 'CET')
    quoted = (bodies.quote_block('de', '%s <%s>' % (pname, paddr), lt(t2), '%s <%s>' % (sab_name, rcpt),
                                 'AW: Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418', q2)
              + '\n\n' + bodies.quote_block('de', '%s <%s>' % (sab_name, rcpt), lt(t1), '%s <%s>' % (pname, paddr),
                                            'Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418', q1))
    text = body + '\n\n' + quoted
    qh = (bodies.quote_html('de', '%s <%s>' % (pname, paddr), lt(t2), '%s <%s>' % (sab_name, rcpt),
                            'AW: Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418', q2)
          + bodies.quote_html('de', '%s <%s>' % (sab_name, rcpt), lt(t1), '%s <%s>' % (pname, paddr),
                              'Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418', q1))
    html = bodies.fill_charset(bodies.outlook_html(body, 'DE', quote_html=qh), 'iso-8859-1')
    letter = docs.letter_pdf(
        ['Lieferant GmbH · Otto-Lilienthal-Straße 24 · 28199 Bremen'],
        ['Example Group Windservice GmbH', 'Kreditorenbuchhaltung', 'Am Außenhafen 7', '25813 Husum'],
        'Bremen, 20.10.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
        'Sehr geehrte Damen und Herren,\n\nim Zuge der Neuordnung unseres Zahlungsverkehrs ändert sich unsere Bankverbindung. '
        'Bitte leisten Sie Zahlungen für alle offenen und künftigen Rechnungen ab sofort ausschließlich auf das folgende Konto:\n\n'
        'Kontoinhaber: Lieferant GmbH\nKreditinstitut: Solaris SE\nIBAN: %s\nBIC: SOBKDEBBXXX\n\n'
        'Unser bisheriges Konto bei der Sparkasse Bremen (IBAN %s) wird zum 31.10.2026 aufgelöst. '
        'Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an und bestätigen Sie die Änderung kurz per E-Mail an Ihre Ansprechpartnerin.\n\n'
        'Wir danken Ihnen für die langjährige gute Zusammenarbeit.' % (ids.iban_fmt(new_iban), ids.iban_fmt(LIEF['iban_old'])),
        ['Mit freundlichen Grüßen', '', 'Rainer Voß', 'Geschäftsführer'],
        ['Lieferant GmbH · Antriebs- und Lagertechnik · Otto-Lilienthal-Straße 24 · 28199 Bremen · Tel. +49 421 59870-0',
         'Geschäftsführer: Rainer Voß · Amtsgericht Bremen HRB 28417 HB · USt-IdNr. %s' % LIEF['vat']],
        created=docs.pdfdate(t - sec(1900)), title='Mitteilung Bankverbindung', author='p.lang',
        creator='Microsoft Word', producer='iLovePDF', logo_text='LIEFERANT GMBH')
    msgid = '<%s@SRV-EX01.lieferant.local>' % m.hex(32)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                         mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')],
                         docs.b_exchange(m, '000', msgid))
    att = mime.attachment(letter, 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', size=True,
                          date='Tue, 20 Oct 2026 12:10:44 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], docs.b_exchange(m, '004', msgid))
    m.set_body(root)
    prev_id = '<%s@SRV-EX01.lieferant.local>' % m.hex(32)
    first_id = '<%s@exch02.corp.example.com>' % m.hex(32)
    F = dict(from_=addr(pname, paddr), from_addr=paddr, to=addr(sab_name, rcpt, 'iso-8859-1'),
             subject='AW: Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418',
             topic='Lieferung Bestellung 4500318842 / Rechnung RE-2026-10418', date=t, msgid=msgid,
             references='%s\n %s' % (first_id, prev_id), in_reply_to=prev_id)
    h = shapes.lieferant(m, t, rcpt, F, client_ip='198.51.100.77', has_attach=True, replies=2)
    m.assemble(h)


@reg('attack', '03-de-elster-saeumniszuschlag')
def a03(m):
    m.what = 'Fake "Mein ELSTER" notice: Säumniszuschlag for VAT return 09/2026, "log in with your certificate file" via a google.de redirect'
    m.why = 'Sent from a hacked craftsman\'s WordPress site (cPanel/Exim + PHPMailer, From the site\'s own domain with display name "Mein ELSTER"); link is an open redirect on google.de to elster-postfach.de-login.info; ELSTER never mails links to log in'
    m.topic = 'tax-authority'
    rcpt = P['claudia'][1]
    t = local_to_utc('CET', 2026, 10, 26, 7, 58, 12)
    target = 'https://elster-postfach.de-login.info/mein-elster/nachricht/?vid=26-0931-7744&ref=%s' % _b64mail(rcpt)
    redir = 'https://www.google.de/url?sa=t&url=' + target.replace(':', '%3A').replace('/', '%2F').replace('?', '%3F').replace('=', '%3D').replace('&', '%26') + '&usg=AOvVaw0x7Qm3Lk1sYp9WcB4nT2dE'
    m.url(redir, 'button (open redirect)')
    m.url('https://www.elster.de/eportal/datenschutz', 'footer')
    text = """Mein ELSTER - Ihr Online-Finanzamt

Sehr geehrte Damen und Herren,

in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht für Sie eingegangen:

Betreff: Bescheid über Säumniszuschläge nach § 240 AO
Steuerart: Umsatzsteuer-Voranmeldung September 2026
Steuernummer: 17/293/*****
Zahlungsfrist: 30.10.2026

Aus Sicherheitsgründen wird der Inhalt nicht per E-Mail versendet. Bitte melden Sie sich mit Ihrer Zertifikatsdatei an, um den Bescheid abzurufen:

%s

Wird der festgesetzte Betrag nicht fristgerecht entrichtet, können weitere Säumniszuschläge und Vollstreckungsmaßnahmen folgen.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Datenschutz: https://www.elster.de/eportal/datenschutz""" % redir
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER</title></head>
<body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1b1b1b">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #00488a">
<tr><td style="padding:18px 28px;background:#00488a;color:#ffffff;font-size:22px;font-weight:bold">Mein ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht für Sie eingegangen:</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px;background:#f4f6f8;border-left:4px solid #00488a;width:100%%">
<tr><td width="150"><b>Betreff:</b></td><td>Bescheid über Säumniszuschläge nach § 240 AO</td></tr>
<tr><td><b>Steuerart:</b></td><td>Umsatzsteuer-Voranmeldung September 2026</td></tr>
<tr><td><b>Steuernummer:</b></td><td>17/293/*****</td></tr>
<tr><td><b>Zahlungsfrist:</b></td><td>30.10.2026</td></tr></table>
<p>Aus Sicherheitsgründen wird der Inhalt nicht per E-Mail versendet. Bitte melden Sie sich mit Ihrer Zertifikatsdatei an, um den Bescheid abzurufen.</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#00488a;color:#ffffff;text-decoration:none;padding:12px 28px;font-weight:bold;display:inline-block">Nachricht abrufen</a></p>
<p>Wird der festgesetzte Betrag nicht fristgerecht entrichtet, können weitere Säumniszuschläge und Vollstreckungsmaßnahmen folgen.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#6b6b6b;border-top:1px solid #dde2e7">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br>
<a href="https://www.elster.de/eportal/datenschutz" style="color:#6b6b6b">Datenschutz</a> | Bayerisches Landesamt für Steuern</td></tr>
</table></td></tr></table></body></html>
""" % util.html_escape(redir)
    b = docs.b_phpmailer(m)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', charset_label='utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', charset_label='utf-8')], b)
    root.preamble = 'This is a multi-part message in MIME format.'
    m.set_body(root)
    site = 'tischlerei-wendt.de'
    F = dict(from_=addr('Mein ELSTER', 'noreply@%s' % site), from_addr='noreply@%s' % site, to=rcpt,
             subject=ew('Neue Nachricht in Ihrem ELSTER-Postfach: Bescheid über Säumniszuschläge', 'utf-8', 'Q'),
             date=t, msgid='<%s@%s>' % (util.alnum(m.rng, 43), site))
    h = shapes.cpanel_phpmailer(m, t, rcpt, F, 'vps2418.hostpoint-server.net', '198.51.100.34', site, 'tischlerei')
    m.assemble(h)


@reg('attack', '04-de-quishing-pruefbericht-pdf')
def a04(m):
    m.what = 'Compromised mailbox of a wind-turbine surveyor sends "Prüfbericht WEA 04" PDF; the PDF only shows a QR code "protected by Microsoft Purview – scan to verify"'
    m.why = 'Quishing: the QR code leads to a Cloudflare Pages AiTM kit (purview-docverify.pages.dev) with the recipient address base64-encoded; no text link for URL filters; real sender account (Strato webmail, DKIM pass) abused'
    m.topic = 'document-share'
    rcpt = P['jan_ole'][1]
    t = local_to_utc('CET', 2026, 11, 4, 10, 21, 40)
    q = 'https://purview-docverify.pages.dev/v/?d=WEA04-PB-2611&u=' + _b64mail(rcpt)
    m.qr(q, 'in PDF, phishing (AiTM)')
    m.phone('+49 4671 93318-0', 'surveyor signature')
    m.url('www.ib-thormaehlen.de', 'signature')
    text = """Guten Tag Herr Nissen,

anbei wie besprochen unser Prüfbericht zur WEA 04 (Sichtprüfung Rotorblätter und Blitzschutzsystem, Befahrung vom 28.10.).
Bitte prüfen Sie den Bericht und geben Sie ihn bis Freitag frei, damit wir die Mängelliste an den Betreiber weiterleiten können.

Mit freundlichen Grüßen

Dipl.-Ing. Hauke Thormählen
Ingenieurbüro Thormählen
Sachverständiger für Windenergieanlagen
Süderstraße 41, 25821 Bredstedt
Tel. +49 4671 93318-0
www.ib-thormaehlen.de"""
    html = bodies.simple_html(text, font='Verdana, Arial, sans-serif', size='10pt')
    html = bodies.fill_charset(html, 'UTF-8')
    d = docs.pdf.Doc(title='Prüfbericht WEA 04', author='Thormählen', creator='Microsoft® Word für Microsoft 365',
                     producer='Microsoft® Word für Microsoft 365', created=docs.pdfdate(t - sec(5400)))
    d.rect(0, 0, 595.28, 841.89, fill=(0.93, 0.94, 0.95))
    d.rect(70, 520, 455, 250, fill=(1, 1, 1), stroke=(0.8, 0.8, 0.8))
    d.text(95, 735, 'Microsoft Purview', 16, bold=True, color=(0.0, 0.35, 0.62))
    d.text(95, 712, 'Geschütztes Dokument: Prüfbericht_WEA04_Befahrung_2810.pdf', 10)
    d.para(95, 690, 'Dieses Dokument wurde durch die Richtlinien Ihrer Organisation geschützt. Um den Inhalt anzuzeigen, '
                    'scannen Sie den QR-Code mit der Kamera Ihres Smartphones und bestätigen Sie Ihre Identität mit Ihrem Microsoft 365-Konto.', 10, 280)
    d.qr(395, 585, 110, docs.qr_matrix(q))
    d.text(95, 560, 'Der Zugang ist 24 Stunden gültig.', 9, color=(0.4, 0.4, 0.4))
    d.text(95, 540, '© 2026 Microsoft Corporation', 8, color=(0.4, 0.4, 0.4))
    for i in range(14):
        d.rect(80, 470 - i * 28, 430 - (i % 4) * 60, 9, fill=(0.85, 0.86, 0.88))
    pdfb = d.render()
    b = docs.b_javamail(m, t)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8'),
                                         mime.text(html, 'html', 'UTF-8', 'quoted-printable', charset_label='UTF-8')],
                         docs.b_javamail(m, t))
    att = mime.attachment(pdfb, 'application/pdf', 'Prüfbericht_WEA04_Befahrung_2810.pdf', style='rfc2231')
    root = mime.multipart('mixed', [alt, att], b)
    m.set_body(root)
    frm = 'h.thormaehlen@ib-thormaehlen.de'
    F = dict(from_=addr('Hauke Thormählen', frm, 'UTF-8', 'Q'), from_addr=frm, to=addr('Jan-Ole Nissen', rcpt),
             subject=ew('Prüfbericht WEA 04 – Befahrung 28.10.2026 zur Freigabe', 'UTF-8', 'Q'), date=t,
             msgid='<%d.%d.%d@ox.strato.com>' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6), util.unix(t) * 1000 + 311))
    h = shapes.strato(m, t, rcpt, F, client_ip='192.0.2.61', ox=True)
    m.assemble(h)


@reg('attack', '05-de-branchenregister-eintragung')
def a05(m):
    m.what = 'Directory scam: "Gewerbeauskunft-Register Erneuerbare Energien" sends a pre-filled "Eintragungsantrag / Korrekturabzug" PDF; signing it is a 3-year contract at 1.117,48 EUR net per year'
    m.why = 'Register/directory scam disguised as an official data check (small-print contract, payment to a private account); the sender is a purpose-registered IONOS domain, so SPF/DKIM/DMARC pass'
    m.topic = 'register'
    rcpt = P['birte'][1]
    t = local_to_utc('CET', 2026, 11, 10, 9, 3, 5)
    iban_ = ids.iban('DE', '50010517' + '5418820377')
    m.iban(iban_, 'scam payee')
    m.phone('069 2475 3390', 'scam "service" line')
    m.phone('069 2475 3399', 'scam fax')
    m.url('www.gewerbeauskunft-erneuerbare.de', 'scam site')
    m.phone('04841 96970-0', 'Example Group\'s own number, pre-filled in the form')
    text = """Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Aktualisierung des Gewerbeauskunft-Registers Erneuerbare Energien bitten wir Sie, die in unserem Verzeichnis gespeicherten Firmendaten zu prüfen:

Firma: Example Group Windservice GmbH
Anschrift: Am Außenhafen 7, 25813 Husum
Branche: Wartung und Instandhaltung von Windenergieanlagen
Handelsregister: HRB 10472 FL

Bitte senden Sie den beigefügten Korrekturabzug ergänzt und unterschrieben bis zum 24.11.2026 per E-Mail oder Fax (069 2475 3399) an uns zurück. Änderungen können Sie auch direkt auf dem Formular vornehmen.

Für Rückfragen steht Ihnen unser Serviceteam unter 069 2475 3390 (Mo-Fr 9-16 Uhr) zur Verfügung.

Mit freundlichen Grüßen

Datenabteilung
GAR Gewerbeauskunft-Register Erneuerbare Energien
Eschersheimer Landstraße 14, 60322 Frankfurt am Main
www.gewerbeauskunft-erneuerbare.de"""
    body_pdf = ('Bitte prüfen Sie Ihre Angaben und senden Sie dieses Formular ergänzt und unterschrieben zurück.\n\n'
                'Firma: Example Group Windservice GmbH\nStraße: Am Außenhafen 7\nPLZ/Ort: 25813 Husum\n'
                'Telefon: 04841 96970-0\nBranche: Wartung und Instandhaltung von Windenergieanlagen\n'
                'Registereintrag: HRB 10472 FL\n\n'
                'Auftrag: Mit meiner Unterschrift beauftrage ich die Eintragung in das Gewerbeauskunft-Register Erneuerbare Energien '
                '(Premium-Eintrag mit Firmenprofil, Logo und Verlinkung). Der Preis beträgt 1.117,48 EUR netto pro Jahr zzgl. MwSt., '
                'Laufzeit 3 Jahre ab Unterzeichnung, zahlbar jährlich im Voraus nach Rechnungsstellung. Der Vertrag verlängert sich '
                'um jeweils ein Jahr, wenn er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere AGB.\n\n'
                'Zahlung an: GAR Gewerbeauskunft-Register, IBAN %s, BIC INGDDEFFXXX\n\n'
                'Ort, Datum ____________________    Unterschrift / Firmenstempel ____________________' % ids.iban_fmt(iban_))
    pdfb = docs.letter_pdf(['GAR Gewerbeauskunft-Register Erneuerbare Energien · Eschersheimer Landstraße 14 · 60322 Frankfurt am Main'],
                           ['Example Group Windservice GmbH', 'Am Außenhafen 7', '25813 Husum'], 'Frankfurt, 10.11.2026',
                           'Korrekturabzug / Eintragungsantrag Nr. GAR-2026-118473', body_pdf, [],
                           ['GAR Gewerbeauskunft-Register · Tel. 069 2475 3390 · Fax 069 2475 3399 · www.gewerbeauskunft-erneuerbare.de',
                            'Kein amtliches Register. Die Eintragung ist kostenpflichtig, siehe Auftrag.'],
                           created=docs.pdfdate(t - sec(86400)), title='Korrekturabzug', author='GAR',
                           creator='Writer', producer='LibreOffice 7.6', logo_text='GAR  Gewerbeauskunft-Register')
    b = docs.b_nextpart(m, 0)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-15', 'quoted-printable'),
                                         mime.text(bodies.fill_charset(bodies.outlook_html(text, 'DE', font='Arial', size='10.0pt'), 'iso-8859-15'),
                                                   'html', 'iso-8859-15', 'quoted-printable')], docs.b_nextpart(m, 1))
    att = mime.attachment(pdfb, 'application/pdf', 'Korrekturabzug_GAR-2026-118473.pdf')
    root = mime.multipart('mixed', [alt, att], b)
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = 'datenabteilung@gewerbeauskunft-erneuerbare.de'
    F = dict(from_=addr('GAR Datenabteilung', frm), from_addr=frm, to=rcpt,
             subject=ew('Aktualisierung Ihres Eintrags - Korrekturabzug GAR-2026-118473', 'iso-8859-15', 'Q'), date=t,
             msgid='<0%s$%s$%s$@gewerbeauskunft-erneuerbare.de>' % (m.hex(11), m.hex(8), m.hex(8)))
    h = shapes.ionos(m, t, rcpt, F, '192.0.2.211', 'GAR-BUERO3', dmarc_p='none')
    m.assemble(h)


@reg('attack', '06-de-it-servicedesk-quick-assist')
def a06(m):
    m.what = 'Fake "IT-Servicedesk Example Group" ticket after an e-mail bombing: "we will call you on Teams, keep Quick Assist ready" + callback number'
    m.why = 'Help-desk/remote-access pretext (Storm-1811 style) sent via Brevo from the look-alike example-servicedesk.de; real IT never asks users to start Quick Assist from an e-mail and uses example.com'
    m.topic = 'it-helpdesk'
    rcpt = P['ole'][1]
    t = local_to_utc('CET', 2026, 11, 12, 8, 37, 20)
    m.phone('+49 40 2285 9417', 'attacker "service desk"')
    m.url('https://example-servicedesk.de/ticket/INC0048213', 'ticket link')
    text = """Ticket INC0048213 – Ungewöhnlich hohes Spam-Aufkommen in Ihrem Postfach

Hallo Herr Jessen,

unser Monitoring hat festgestellt, dass Ihr Postfach seit heute früh 06:40 Uhr massenhaft Newsletter-Anmeldungen und Bestätigungsmails erhält (Spam-Welle, aktuell über 900 Nachrichten). Ursache ist vermutlich eine missbräuchliche Eintragung Ihrer Adresse in Online-Formularen.

Um die Filterregeln für Ihr Postfach anzupassen, ruft Sie ein Kollege des IT-Servicedesks in den nächsten 30 Minuten über Microsoft Teams an. Bitte halten Sie Ihren Rechner bereit. Die Anpassung erfolgt per Fernwartung über Windows Quick Assist (Tastenkombination Strg + Windows + Q), die Sitzung dauert etwa 10 Minuten.

Bitte löschen Sie die Spam-Nachrichten nicht selbst und klicken Sie auf keine Abmeldelinks.

Falls Sie nicht erreichbar sind, rufen Sie uns bitte direkt an: +49 40 2285 9417 (Durchwahl Servicedesk).

Ticketstatus: https://example-servicedesk.de/ticket/INC0048213

Viele Grüße
Ihr IT-Servicedesk
Example Group – IT Operations"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:640px;margin:0 auto;border:1px solid #d0d7de">
<div style="background:#1f3a5f;color:#fff;padding:12px 20px;font-size:16px"><b>IT-Servicedesk</b> &middot; Ticket INC0048213</div>
<div style="padding:18px 20px">
<p><b>Ungewöhnlich hohes Spam-Aufkommen in Ihrem Postfach</b></p>
<p>Hallo Herr Jessen,</p>
<p>unser Monitoring hat festgestellt, dass Ihr Postfach seit heute früh 06:40 Uhr massenhaft Newsletter-Anmeldungen und Bestätigungsmails erhält (Spam-Welle, aktuell über 900 Nachrichten). Ursache ist vermutlich eine missbräuchliche Eintragung Ihrer Adresse in Online-Formularen.</p>
<p>Um die Filterregeln für Ihr Postfach anzupassen, ruft Sie ein Kollege des IT-Servicedesks in den nächsten 30 Minuten über <b>Microsoft Teams</b> an. Bitte halten Sie Ihren Rechner bereit. Die Anpassung erfolgt per Fernwartung über <b>Windows Quick Assist</b> (Tastenkombination <b>Strg + Windows + Q</b>), die Sitzung dauert etwa 10 Minuten.</p>
<p>Bitte löschen Sie die Spam-Nachrichten nicht selbst und klicken Sie auf keine Abmeldelinks.</p>
<p>Falls Sie nicht erreichbar sind, rufen Sie uns bitte direkt an: <b>+49 40 2285 9417</b> (Durchwahl Servicedesk).</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px;background:#f3f5f8;width:100%">
<tr><td>Ticket</td><td>INC0048213</td></tr><tr><td>Priorität</td><td>2 – Hoch</td></tr>
<tr><td>Status</td><td><a href="https://example-servicedesk.de/ticket/INC0048213">In Bearbeitung</a></td></tr></table>
<p>Viele Grüße<br>Ihr IT-Servicedesk<br>Example Group – IT Operations</p>
</div></div></body></html>
"""
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', charset_label='utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', charset_label='utf-8')], m.hex(28))
    m.set_body(root)
    frm = 'servicedesk@example-servicedesk.de'
    F = dict(from_=addr('IT-Servicedesk Example Group', frm), from_addr=frm, to=addr('Ole Jessen', rcpt),
             subject=ew('[INC0048213] Spam-Welle in Ihrem Postfach – Rückruf IT-Servicedesk', 'utf-8', 'Q'), date=t)
    h, mid = shapes.brevo(m, t, rcpt, F, 'example-servicedesk.de', list_unsub=False)
    m.assemble(h)


@reg('attack', '07-de-sprachnachricht-svg')
def a07(m):
    m.what = 'Fake Teams/Voicemail notice "Neue Sprachnachricht (0:48)" with an SVG attachment that draws a play button linking to a phishing page'
    m.why = 'SVG lure (image file that is really a clickable document) sent via Amazon SES from a throw-away domain; link to an Azure Blob-hosted credential page with the recipient encoded; no such voicemail system at Example Group'
    m.topic = 'voicemail'
    rcpt = P['bjoern'][1]
    t = local_to_utc('CET', 2026, 11, 16, 13, 44, 2)
    link = 'https://vmsgplayer26.z6.web.core.windows.net/play.html#' + _b64mail(rcpt)
    m.url(link, 'SVG play button (phishing)')
    m.phone('+49 4841 6688 217', 'spoofed caller')
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="180" viewBox="0 0 420 180">\n'
           '<rect width="420" height="180" rx="10" fill="#464eb8"/>\n'
           '<text x="24" y="40" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">Sprachnachricht</text>\n'
           '<text x="24" y="66" font-family="Segoe UI, Arial" font-size="13" fill="#dfe1ff">Anrufer: +49 4841 6688 217 · Dauer 0:48</text>\n'
           '<a xlink:href="%s" target="_blank">\n'
           '<circle cx="60" cy="122" r="28" fill="#ffffff"/><path d="M52 108 L76 122 L52 136 Z" fill="#464eb8"/>\n'
           '<text x="104" y="128" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">Nachricht anhören</text></a>\n'
           '</svg>\n') % util.html_escape(link)
    text = """Neue Sprachnachricht

Sie haben eine neue Sprachnachricht erhalten.

Von: +49 4841 6688 217
Empfangen: Montag, 16. November 2026, 13:41
Dauer: 00:00:48
An: Björn Carstensen

Die Nachricht ist als Anhang beigefügt. Öffnen Sie den Anhang, um die Nachricht im Browser wiederzugeben.

Microsoft Teams Voicemail"""
    html = bodies.fill_charset(bodies.simple_html(text, font='Segoe UI, Arial, sans-serif', size='11pt'), 'UTF-8')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8'),
                                         mime.text(html, 'html', 'UTF-8', 'quoted-printable', charset_label='UTF-8')], docs.b_javamail(m, t))
    att = mime.attachment(svg.encode('utf-8'), 'image/svg+xml', 'Sprachnachricht_+4948416688217_0-48.svg', style='plain')
    root = mime.multipart('mixed', [alt, att], docs.b_javamail(m, t))
    m.set_body(root)
    frm = 'voicemail@vm-notify-teams.com'
    F = dict(from_=addr('Microsoft Teams Voicemail', frm), from_addr=frm, to=rcpt,
             subject=ew('Neue Sprachnachricht von +49 4841 6688 217 (0:48)', 'UTF-8', 'Q'), date=t)
    h, mid = shapes.ses(m, t, rcpt, F, 'eu-central-1', dkim_domain='vm-notify-teams.com', mail_from_domain='mail.vm-notify-teams.com')
    m.assemble(h)


@reg('attack', '08-de-oauth-consent-schadensbericht')
def a08(m):
    m.what = 'Look-alike of customer Windpark Hohe Geest shares "Schadensbericht WEA 07 – Getriebe"; button goes to the real Microsoft login but asks to consent to an app "Secure PDF Viewer" (Mail.Read, Files.ReadWrite.All, offline_access)'
    m.why = 'OAuth consent phishing: the link is a genuine login.microsoftonline.com authorize URL for an attacker multi-tenant app with redirect to pdfviewer-secure.app; sender domain windpark-hohe-geest.de (hyphen) via Mailgun, not the customer\'s IONOS domain windpark-hohegeest.de'
    m.topic = 'document-share'
    rcpt = P['frauke'][1]
    t = local_to_utc('CET', 2026, 11, 19, 11, 8, 44)
    cid = '7c1d2e3f-48a9-4b6e-9d21-5f0a8c3e6b17'
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Fpdfviewer-secure.app%%2Fauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20User.Read%%20Mail.Read%%20Files.ReadWrite.All&state=%s&login_hint=%s') % (cid, m.hex(16), rcpt)
    m.url(url, 'consent request (attacker app)')
    m.phone('+49 4843 2079-12', 'look-alike signature')
    text = """Jens Hansen hat eine Datei für Sie freigegeben

Moin Frau Ketelsen,

anbei der Schadensbericht zur WEA 07 (Getriebe, Geräusche Zwischenwelle) vom Wochenende mit Fotos und CMS-Auswertung. Bitte schauen Sie sich das an und geben Sie mir Bescheid, wann Sie ein Team schicken können.

Schadensbericht_WEA07_Getriebe_KW47.pdf

Öffnen: %s

Viele Grüße
Jens Hansen
Betriebsführung Windpark Hohe Geest GmbH & Co. KG
Tel. +49 4843 2079-12""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;color:#323130">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9">
<tr><td style="padding:24px 28px 8px 28px;font-size:21px">Jens Hansen hat eine Datei für Sie freigegeben</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:20px">Moin Frau Ketelsen,<br><br>anbei der Schadensbericht zur WEA 07 (Getriebe, Geräusche Zwischenwelle) vom Wochenende mit Fotos und CMS-Auswertung. Bitte schauen Sie sich das an und geben Sie mir Bescheid, wann Sie ein Team schicken können.</td></tr>
<tr><td style="padding:16px 28px"><table cellpadding="0" cellspacing="0" style="border:1px solid #c8c6c4;width:100%%"><tr>
<td style="padding:12px;width:40px;background:#d13438;color:#fff;font-weight:bold;text-align:center">PDF</td>
<td style="padding:12px;font-size:14px">Schadensbericht_WEA07_Getriebe_KW47.pdf</td></tr></table></td></tr>
<tr><td style="padding:8px 28px 24px 28px"><a href="%s" style="background:#0078d4;color:#ffffff;padding:10px 22px;text-decoration:none;font-size:14px;display:inline-block">Öffnen</a></td></tr>
<tr><td style="padding:12px 28px;font-size:12px;color:#605e5c;border-top:1px solid #edebe9">Jens Hansen · Betriebsführung Windpark Hohe Geest GmbH &amp; Co. KG · Tel. +49 4843 2079-12</td></tr>
</table></td></tr></table></body></html>
""" % util.html_escape(url)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', charset_label='utf-8'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', charset_label='utf-8')], m.hex(32))
    m.set_body(root)
    frm = 'j.hansen@windpark-hohe-geest.de'
    F = dict(from_=addr('Jens Hansen (Windpark Hohe Geest)', frm), from_addr=frm, to=addr('Frauke Ketelsen', rcpt),
             subject=ew('Jens Hansen hat "Schadensbericht_WEA07_Getriebe_KW47.pdf" für Sie freigegeben', 'utf-8', 'Q'), date=t)
    h, mid = shapes.mailgun(m, t, rcpt, F, 'mg.windpark-hohe-geest.de', 'windpark-hohe-geest.de')
    m.assemble(h)
