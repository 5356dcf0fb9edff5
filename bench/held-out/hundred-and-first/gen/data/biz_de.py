# -*- coding: utf-8 -*-
from data.common import *


def internal_headers(c, inf, frm_key, to_keys, subject, cc_keys=(), charset='iso-8859-1', lang='de-DE', replies=0,
                     importance=None, extra=()):
    hs = [('From', surname_first(frm_key, charset, 'Q')),
          ('To', (',' + NL + '\t').join(surname_first(k, charset, 'Q') for k in to_keys))]
    if cc_keys:
        hs.append(('CC', (',' + NL + '\t').join(surname_first(k, charset, 'Q') for k in cc_keys)))
    hs += [('Subject', htext(subject, charset, 'Q')),
           ('Thread-Topic', htext(subject.split(': ', 1)[-1] if subject[:3] in ('AW:', 'RE:', 'WG:') else subject, charset, 'Q')),
           ('Thread-Index', thread_index(c, replies)),
           ('Date', rfc(c.t, inf.zone)),
           ('Message-ID', inf.msgid)]
    if importance:
        hs.append(('Importance', importance))
        hs.append(('X-Priority', '1'))
    hs += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang)] + list(extra)
    return hs


# ----------------------------------------------------------------- 01 -------
@message('business', 1, 'de', 'ceo-urgent-payment-internal',
         what='The CEO\'s genuine urgent payment request through the internal Exchange/relay: pay today the 30 % down payment for the new ripening-cellar climate system, invoice already in the AP workflow, normal four-eyes approval.',
         why='Internal path (Exchange 2019 -> mail-int01 -> mx01), the known supplier from the vendor master, references the contract, the invoice in the workflow and the approval in the DMS, explicitly keeps the four-eyes rule and invites a phone call. Urgent but procedurally normal.',
         hn=(['01-de-ceo-fraud-freemail-acquisition.eml', '33-el-internal-domain-spoof-urgent-payment.eml', '27-es-manager-impersonation-homoglyph-whatsapp.eml'],
             'same "urgent payment from the boss" theme; genuine one comes via the internal relay, keeps controls and offers a call instead of secrecy'))
def b01():
    rn, ra = S('cfo')
    c = ctx('b01', '2026-10-19 09:12:26', 'CET', ra)
    inf = exchange_internal(c, client_ip='10.20.31.12')
    text = """Hallo Sabine,

kannst du bitte dafür sorgen, dass die Anzahlung an Kältetechnik Allgäu für die neue Klimatisierung von Reifekeller 3 heute noch rausgeht? Es geht um die 30 % aus dem Vertrag vom 02.10. (52.200,00 EUR netto, Rechnung AZ-2026-118). Die Rechnung liegt seit Freitag bei Jürgen im Rechnungsworkflow, meine Freigabe ist im DMS erfolgt.

Hintergrund: Die Monteure sind nur noch diese und nächste Woche verfügbar, danach erst wieder im Februar - ohne Zahlungseingang bis Mittwoch verschieben sie den Termin, und wir bekommen die Bergkäse-Mengen für Ostern nicht mehr sauber gereift.

Die Bankverbindung ist die bekannte aus dem Kreditorenstamm, bitte ganz normal mit Vier-Augen-Freigabe.

Ich bin ab 14 Uhr in der Aufsichtsratssitzung, bei Fragen bitte vorher kurz anrufen (Durchwahl -101 oder mobil).

Danke und viele Grüße
Markus

Dr. Markus Brandstätter
Vorstandsvorsitzender
Example Group eG
Molkereistraße 12 | 87435 Kempten (Allgäu)
Tel. +49 831 5900-101
"""
    body = alt(c, Text(text, charset='iso-8859-1', cte='quoted-printable'),
               Text(html_outlook(text, 'DE', 'Calibri', 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'ceo', ['cfo'], 'Dringend: Anzahlung Kältetechnik Reifekeller 3 heute',
                          cc_keys=['ap', 'assist'], importance='high')
    return assemble(c, inf, hs, body, S('ceo')[1])


# ----------------------------------------------------------------- 02 -------
@message('business', 2, 'de', 'supplier-bank-change-genuine',
         what='Genuine bank-detail change of the supplier Lieferant GmbH, sent from its real domain and server by the accounts department, with the signed letter as PDF, a long transition period and an explicit call to verify by phone using the known number.',
         why='Real domain lieferant-gmbh.de via the supplier\'s own mail server and office line, change announced six weeks ahead, old account stays valid until 31.03.2027, letter also sent by post, tells the customer to call back on the known number and even warns about the look-alike lieferant-gmbh.com.',
         hn=(['02-de-supplier-bank-change-lookalike.eml'],
             'same supplier and topic; genuine notice uses the real domain, no invoice pressure, long overlap and phone verification'),
         att_note='PDF letter with old IBAN %s and new IBAN %s' % (fmt_iban(LIEFERANT_OLD_IBAN), fmt_iban(LIEFERANT_NEW_IBAN)))
def b02():
    rn, ra = S('ap')
    c = ctx('b02', '2026-11-16 10:41:05', 'CET', ra)
    frm = 'rechnungen@lieferant-gmbh.de'
    inf = lieferant_infra(c, frm)
    text = """Sehr geehrte Damen und Herren,

wir möchten Sie rechtzeitig über eine Änderung unserer Bankverbindung informieren. Zum 01.01.2027 verlegen wir unser Geschäftskonto von der Sparkasse Memmingen-Lindau-Mindelheim zur VR-Bank Memmingen eG.

Neue Bankverbindung ab 01.01.2027:
Kontoinhaber: Lieferant GmbH
Bank: VR-Bank Memmingen eG
IBAN: %s
BIC: GENODEF1MIR

Die bisherige Bankverbindung (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen darauf werden weiterhin ordnungsgemäß verbucht.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang, zusätzlich erhalten Sie es in den nächsten Tagen per Post.

Bitte verifizieren Sie die Änderung wie gewohnt telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (08331 9247-0). Wir weisen darauf hin, dass derzeit gefälschte E-Mails in unserem Namen von Adressen wie "lieferant-gmbh.com" im Umlauf sind. Änderungen unserer Bankverbindung teilen wir ausschließlich von der Domain lieferant-gmbh.de und immer zusätzlich schriftlich mit.

Mit freundlichen Grüßen

Monika Fackler
Buchhaltung

%s
""" % (fmt_iban(LIEFERANT_NEW_IBAN), fmt_iban(LIEFERANT_OLD_IBAN), LIEFERANT_SIG)
    letter = pdf(c, [[(-14, 'Lieferant GmbH'), (9, 'Industriestraße 7 · 87700 Memmingen · Tel. 08331 9247-0'), (9, ''),
                      (10, 'Example Group eG'), (10, 'Kreditorenbuchhaltung'), (10, 'Molkereistraße 12'), (10, '87435 Kempten (Allgäu)'), (10, ''),
                      (10, 'Memmingen, 13.11.2026', 400), (10, ''),
                      (-11, 'Änderung unserer Bankverbindung zum 01.01.2027'), (10, ''),
                      (10, 'Sehr geehrte Damen und Herren,'), (10, ''),
                      (10, 'zum 01.01.2027 verlegen wir unser Geschäftskonto zur VR-Bank Memmingen eG:'), (10, ''),
                      (10, 'IBAN ' + fmt_iban(LIEFERANT_NEW_IBAN) + '   BIC GENODEF1MIR'), (10, ''),
                      (10, 'Die bisherige Verbindung bei der Sparkasse Memmingen-Lindau-Mindelheim'),
                      (10, '(IBAN ' + fmt_iban(LIEFERANT_OLD_IBAN) + ') bleibt bis 31.03.2027 bestehen.'), (10, ''),
                      (10, 'Bitte bestätigen Sie die Änderung telefonisch unter der Ihnen bekannten Rufnummer.'), (10, ''),
                      (10, 'Mit freundlichen Grüßen'), (10, ''), (10, 'gez. Dipl.-Ing. Robert Maier             gez. Monika Fackler'),
                      (10, 'Geschäftsführer                                   Buchhaltung'), (10, ''),
                      (8, 'Lieferant GmbH · Sitz Memmingen · HRB 14562 AG Memmingen · USt-IdNr. DE 131 458 902')]],
                 'Änderung Bankverbindung 2027', 'Monika Fackler', 'Microsoft® Word 2021', 'Microsoft® Word 2021')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='windows-1252', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'DE', 'Calibri', 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')], b2),
                           Bin(letter, 'application/pdf', 'Lieferant_GmbH_Aenderung_Bankverbindung_2027.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', '"Lieferant GmbH - Buchhaltung" <%s>' % frm),
          ('To', '"Example Group eG - Kreditorenbuchhaltung" <%s>' % ra),
          ('Subject', htext('Änderung unserer Bankverbindung zum 01.01.2027', 'iso-8859-1', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'de')]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 03 -------
@message('business', 3, 'de', 'supplier-final-reminder-supply-stop',
         what='Genuine third dunning letter from Lieferant GmbH\'s ERP: two overdue invoices (18,196.60 EUR), pay by 04.11. to the known account, otherwise prepayment only / supply stop.',
         why='Real supplier domain and server, ERP-generated text with PDF, refers to earlier reminders, asks for payment to the known account (no new bank details), gives the accounting phone number and the usual "disregard if already paid". The threat of a supply stop is ordinary dunning practice.',
         hn=(['07-de-fake-register-offer-invoice.eml', '02-de-supplier-bank-change-lookalike.eml'],
             'payment demand with pressure and deadline, but for real invoices, from the real supplier, to the known account'))
def b03():
    rn, ra = S('ap')
    c = ctx('b03', '2026-10-28 06:15:02', 'CET', ra)
    frm = 'rechnungen@lieferant-gmbh.de'
    inf = postfix_submission(c, 'mail.lieferant-gmbh.de', '217.91.44.18', 'erp01.lieferant.local', '192.168.20.14', frm,
                             client_helo='erp01.lieferant.local', msgid_style='thunderbird', domain='lieferant-gmbh.de')
    inf.trace[0] = ('Received', inf.trace[0][1].replace('erp01.lieferant.local (erp01.lieferant.local [192.168.20.14])',
                                                        'erp01.lieferant.local (unknown [192.168.20.14])'))
    inf.msgid = '<PA.MAHN.20261028061500.%s@erp01.lieferant.local>' % c.digits(6)
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 29.09.2026 und der 2. Mahnung vom 13.10.2026 konnten wir für die nachstehenden Rechnungen bis heute keinen Zahlungseingang feststellen:

Rechnung        vom          fällig am       Betrag
RE-2026-09214   18.08.2026   17.09.2026   11.284,60 EUR
RE-2026-09377   29.08.2026   28.09.2026    6.912,00 EUR

Offener Gesamtbetrag: 18.196,60 EUR zzgl. Mahngebühr 15,00 EUR

Wir bitten Sie, den Betrag bis spätestens 04.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Memmingen-Lindau-Mindelheim (IBAN %s) zu überweisen. Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns gezwungen, weitere Lieferungen (Labferment, Kulturen, Siegelfolie) nur noch gegen Vorkasse auszuführen bzw. eine Liefersperre zu verhängen.

Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Unstimmigkeiten wenden Sie sich bitte an unsere Buchhaltung unter 08331 9247-0.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Kunden-Nr. K10442 · Diese Nachricht wurde automatisch aus unserem ERP-System erstellt.
""" % fmt_iban(LIEFERANT_OLD_IBAN)
    p = pdf(c, [[(-14, 'Lieferant GmbH'), (9, 'Industriestraße 7 · 87700 Memmingen'), (9, ''),
                 (10, 'Example Group eG · Molkereistraße 12 · 87435 Kempten (Allgäu)'), (10, ''),
                 (-12, '3. Mahnung'), (10, 'Kunden-Nr. K10442                     Datum 28.10.2026'), (10, ''),
                 (10, 'RE-2026-09214   18.08.2026   fällig 17.09.2026   11.284,60 EUR'),
                 (10, 'RE-2026-09377   29.08.2026   fällig 28.09.2026    6.912,00 EUR'),
                 (10, 'Mahngebühr                                                    15,00 EUR'),
                 (-10, 'Gesamt                                                  18.211,60 EUR'), (10, ''),
                 (10, 'Zahlbar bis 04.11.2026 an IBAN ' + fmt_iban(LIEFERANT_OLD_IBAN) + ' (BIC BYLADEM1MLM).'),
                 (10, 'Nach Ablauf der Frist erfolgen Lieferungen nur noch gegen Vorkasse (Liefersperre).')]],
            'Mahnung K10442', 'proALPHA', 'proALPHA ERP', 'PDFlib+PDI 9.2.0')
    body = Multi('mixed', [Text(text, charset='ISO-8859-15', cte='base64', quoted=False),
                           Bin(p, 'application/pdf', 'Mahnung_3_K10442_20261028.pdf', sep='; ')], '=_pa_' + c.hex(24))
    hs = [('Date', rfc(c.t, 'CET')),
          ('From', '"Lieferant GmbH - Buchhaltung" <%s>' % frm),
          ('To', ra),
          ('Subject', '3. Mahnung - Kunden-Nr. K10442 - Ankuendigung Liefersperre'),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'proALPHA ERP 8.1 Mailservice'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 04 -------
@message('business', 4, 'de', 'lab-test-reports-genuine',
         what='Genuine reply from the lab (Analytik Allgäu) in the raw-milk thread: test reports for batch 4471 as PDF attachment, plus a warning that the morning\'s portal link came from the hacked mailbox.',
         why='Sent by Outlook over the lab\'s usual office line (Deutsche Telekom) through its hoster, report attached as PDF instead of a login link, password changed and IT informed. Same thread and sender as attack/03.',
         hn=(['03-de-thread-hijack-compromised-lab.eml'],
             'same sender mailbox and thread; genuine mail attaches the PDF, comes from the lab\'s normal client/IP, asks for no credentials'))
def b04():
    rn, ra = S('qa')
    c = ctx('b04', '2026-10-15 11:26:40', 'CET', ra)
    frm = 'k.vogt@analytik-allgaeu.de'
    inf = postfix_submission(c, 'dd46810.kasserver.com', '85.13.163.77', 'p5b2c41a7.dip0.t-ipconnect.de', '91.44.65.167', frm,
                             client_helo='LAB-KV-NB03', msgid_style='outlook16', domain='analytik-allgaeu.de')
    old_id = '<%s@example.com>' % tok('a03old', 32, '0123456789abcdef')
    text = """Sehr geehrte Frau Dr. Huber,

anbei die vollständigen Prüfberichte zur Charge 4471 (Rohmilch Tank 3, KW 41) inklusive der Nachuntersuchung auf Listeria monocytogenes und Aflatoxin M1. Alle Parameter sind unauffällig, die Charge kann aus unserer Sicht freigegeben werden.

Wichtiger Hinweis: Die E-Mail, die Sie heute um 07:58 Uhr von meiner Adresse mit einem Link zu einem "Kundenportal" erhalten haben, stammt nicht von uns. Unser Postfach wurde offenbar kompromittiert. Bitte öffnen Sie den Link nicht bzw. ändern Sie Ihr Passwort, falls Sie dort Zugangsdaten eingegeben haben. Wir haben das Passwort geändert und unseren IT-Dienstleister eingeschaltet. Prüfberichte erhalten Sie von uns wie bisher ausschließlich als PDF im Anhang.

Mit freundlichen Grüßen

Dr. Kerstin Vogt
Laborleitung Mikrobiologie

Analytik Allgäu GmbH
Akkreditiertes Prüflaboratorium nach DIN EN ISO/IEC 17025
Heisinger Straße 21 · 87437 Kempten
Tel. +49 831 960 418-20
"""
    rep = pdf(c, [[(-14, 'Analytik Allgäu GmbH'), (8, 'Akkreditiert nach DIN EN ISO/IEC 17025 · D-PL-14712-01-00'), (9, ''),
                   (-12, 'Prüfbericht Nr. 2026-41-4471'), (10, 'Auftraggeber: Example Group eG, Qualitätssicherung'),
                   (10, 'Probe: Rohmilch, Tank 3, Probenahme 08.10.2026, Charge 4471'), (10, ''),
                   (10, 'Parameter                          Ergebnis        Grenz-/Richtwert    Methode'),
                   (10, 'Gesamtkeimzahl (30 °C)            18.000 KbE/ml   < 100.000           ASU L 01.00-88'),
                   (10, 'Somatische Zellen                  162.000 /ml     < 400.000           ISO 13366-2'),
                   (10, 'Hemmstoffe                         negativ         negativ             Delvotest T'),
                   (10, 'Listeria monocytogenes (25 ml)     n.n.            n.n.                ISO 11290-1'),
                   (10, 'Aflatoxin M1                       < 0,005 µg/kg   0,050 µg/kg         ISO 14501'), (10, ''),
                   (10, 'Beurteilung: Die Probe entspricht den Anforderungen der VO (EG) Nr. 853/2004.'), (10, ''),
                   (10, 'Kempten, 15.10.2026 · Dr. Kerstin Vogt, Laborleitung')]],
              'Prüfbericht 2026-41-4471', 'Analytik Allgäu GmbH', 'LIMS labfolder 5', 'PDF-XChange 9')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='iso-8859-1', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'DE', 'Calibri', 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable')], b2),
                           Bin(rep, 'application/pdf', 'Pruefbericht_2026-41-4471.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', '"Dr. Kerstin Vogt" <%s>' % frm),
          ('To', surname_first('qa', 'iso-8859-1', 'Q')),
          ('Subject', htext('AW: Prüfberichte Rohmilch KW 41 / Charge 4471', 'iso-8859-1', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('References', old_id),
          ('In-Reply-To', old_id),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c, 2)),
          ('Content-Language', 'de')]
    return assemble(c, inf, hs, body, frm, mime_pos=8)


# ----------------------------------------------------------------- 05 -------
@message('business', 5, 'de', 'elster-mailbox-notification',
         what='Genuine ELSTER notification: a new message (tax assessment notice) is waiting in the company\'s ELSTER mailbox; no content, no login link other than the general portal address.',
         why='Sent from elster.de infrastructure; like the real service it contains no document, no deep login link and no threat, only a pointer to log in at www.elster.de as usual.',
         hn=(['04-de-bzst-erechnung-credential-phish.eml'],
             'German tax-administration notice to accounts payable; genuine one has no link to a credential form, no deadline or sanction'))
def b05():
    rn, ra = S('ap')
    c = ctx('b05', '2026-11-06 04:12:55', 'CET', ra)
    inf = Infra(('mailout2.elster.de', 'mailout2.elster.de', '193.109.239.22'),
                [('Received', 'from elster-notify-04.elster.local (unknown [10.47.12.34])%s\tby mailout2.elster.de (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (
                    NL, postfix_qid(c), NL, ra, rfc(c.at(1), 'CET', comment=True)))],
                '<%d.%s.JavaMail.elster@elster-notify-04>' % (c.r.randint(10 ** 8, 10 ** 9), c.digits(13)), tls='1.2', name='ELSTER')
    text = """Sehr geehrte Damen und Herren,

in Ihrem Benutzerkonto "Example Group eG - Steuern" (Benutzername EXG-Steuern) ist eine neue Nachricht eingegangen:

Bereitstellung eines Bescheids - Umsatzsteuer-Voranmeldung September 2026

Sie können die Nachricht nach dem Login unter https://www.elster.de in "Mein ELSTER" im Bereich "Posteingang" abrufen.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte der Nachricht und keine Anhänge.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
"""
    body = Text(text, charset='UTF-8', cte='8bit', quoted=False)
    hs = [('Date', rfc(c.t, 'CET')),
          ('From', 'ELSTER <noreply@elster.de>'),
          ('To', ra),
          ('Message-ID', inf.msgid),
          ('Subject', 'Neue Nachricht in Ihrem ELSTER-Postfach'),
          ('MIME-Version', '1.0'),
          ('Auto-Submitted', 'auto-generated')]
    return assemble(c, inf, hs, body, 'bounce@elster.de', mime_pos=6)


# ----------------------------------------------------------------- 06 -------
@message('business', 6, 'de', 'sick-leave-private-mail',
         what='Colleague writes from his private web.de address on the iPhone: off sick until Friday, eAU transmitted to the health insurer, asks HR to inform procurement/dispatch about planned tours.',
         why='Known private address of the employee, iPhone Mail via web.de submission from a German mobile IP, content without any payment or data request; typical, harmless use of private mail.',
         hn=(['06-de-payroll-diversion-freemail.eml'],
             'employee writes to HR from a private freemail address; genuine one asks for nothing sensitive (no bank details, no urgency)'))
def b06():
    rn, ra = S('hr')
    c = ctx('b06', '2026-12-07 06:58:14', 'CET', ra)
    frm = 'a.lechner76@web.de'
    inf = gmx(c, 'webde', client_ip='80.187.118.54', webmail=False, mail_client='apple')
    text = """Hallo Frau Schröder,

ich bin leider krank, hab mir was Ordentliches eingefangen (Fieber seit gestern Abend). Mein Hausarzt hat mich heute früh bis einschließlich Freitag, 11.12., krankgeschrieben, die AU ist elektronisch an die AOK gegangen.

Ich schreibe vom privaten Handy, weil der Laptop noch im Büro liegt. Könnten Sie bitte Herrn Bäumler bzw. die Disposition kurz informieren? Die Touren für Mittwoch und Donnerstag sind im TMS eingeplant, die Frachtbriefe für die Italien-Touren liegen im Ordner auf meinem Schreibtisch.

Viele Grüße
Andreas Lechner

Von meinem iPhone gesendet"""
    body = Text(text, charset='utf-8', cte='quoted-printable', quoted=False)

    class _B(Text):
        def content_headers(self):
            return []
    b = _B(text, charset='utf-8', cte='quoted-printable')
    hs = [('Content-Type', 'text/plain;' + NL + '\tcharset=utf-8'),
          ('Content-Transfer-Encoding', 'quoted-printable'),
          ('From', 'Andreas Lechner <%s>' % frm),
          ('Mime-Version', '1.0 (1.0)'),
          ('Date', rfc(c.t, 'CET')),
          ('Subject', 'Krankmeldung'),
          ('Message-Id', inf.msgid),
          ('To', addr(rn, ra)),
          ('X-Mailer', 'iPhone Mail (23B85)')]
    return assemble(c, inf, hs, b, frm, mime_version=False)


# ----------------------------------------------------------------- 07 -------
@message('business', 7, 'de', 'docusign-envelope-genuine',
         what='Genuine DocuSign envelope from the cooperative\'s law firm (Kanzlei Dr. Brenner) asking the milk-supply manager to sign the 2027 milk supply contract template.',
         why='Sent by DocuSign\'s EU platform (dse@eumail.docusign.net, docusign.net infrastructure), links only to eu.docusign.net with envelope IDs, contains the alternative access code as real envelopes do, Reply-To is the known lawyer.',
         hn=(['08-de-docusign-lure-svg-attachment.eml'],
             'same DocuSign + milk-contract theme; genuine envelope has no attachment and links to docusign.net'))
def b07():
    rn, ra = S('milk')
    c = ctx('b07', '2026-11-18 15:02:47', 'CET', ra)
    n = c.r.randint(10, 60)
    inf = Infra(('mailfr%d.eumail.docusign.net' % (n % 4 + 1), 'mailfr%d.eumail.docusign.net' % (n % 4 + 1), '185.81.83.%d' % n),
                [('Received', 'from fr2pap%d.eu.docusign.net (unknown [10.%d.%d.%d])%s\tby mailfr%d.eumail.docusign.net (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (
                    c.r.randint(10, 40), c.r.randint(1, 250), c.r.randint(1, 250), c.r.randint(1, 250), NL, n % 4 + 1, postfix_qid(c), NL, ra, rfc(c.at(1), 'UTC')))],
                '<%s@fr2pap%d>' % (c.hex(32), c.r.randint(10, 40)), tls='1.2', name='DocuSign EU')
    env = c.uuid()
    acct = c.uuid()
    er = c.uuid()
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = c.hex(32, upper=True)
    text = """Dr. Julia Brenner hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.

DOKUMENT ÜBERPRÜFEN
%s

Dr. Julia Brenner
j.brenner@kanzlei-brenner.de

Sehr geehrter Herr Eder,

anbei die mit dem Vorstand abgestimmte Musterfassung des Milchliefervertrags 2027 (Stand 17.11.2026) mit den neuen Regelungen zu Qualitätszuschlägen und Andienungspflicht. Bitte zeichnen Sie als Verantwortlicher für die Mitgliederabrechnung gegen; die Fassung geht danach an die Mitgliederversammlung.

Mit freundlichen Grüßen
Dr. Julia Brenner

Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte teilen Sie diese E-Mail, den Link oder den Zugangscode nicht mit anderen.

Alternative Methode zum Unterzeichnen
Gehen Sie zu docusign.net, klicken Sie auf "Auf Dokumente zugreifen" und geben Sie den Sicherheitscode ein: %s

Über Docusign
Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher, geschützt und rechtsverbindlich.

Fragen zum Dokument?
Wenn Sie das Dokument ändern möchten oder Fragen zu den Details im Dokument haben, antworten Sie dem Absender direkt per E-Mail.
""" % (url, code)
    paras = ['Dr. Julia Brenner hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.']
    after = ['<b>Dr. Julia Brenner</b><br><a href="mailto:j.brenner@kanzlei-brenner.de">j.brenner@kanzlei-brenner.de</a>',
             mime.esc(text.split('\n\n')[4]) + '<br><br>' + mime.esc(text.split('\n\n')[5]).replace('\n', '<br>') + '<br><br>' + mime.esc(text.split('\n\n')[6]).replace('\n', '<br>')]
    footer = ('<b>Diese E-Mail nicht weiterleiten:</b> Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte teilen Sie diese E-Mail, den Link oder den Zugangscode nicht mit anderen.<br><br>'
              '<b>Alternative Methode zum Unterzeichnen</b><br>Gehen Sie zu docusign.net, klicken Sie auf "Auf Dokumente zugreifen" und geben Sie den Sicherheitscode ein: %s' % code)
    html = brand_html('', paras, 'DOKUMENT ÜBERPRÜFEN', url, footer, color='#4c00ff', logo_text='Docusign', lang='de',
                      after_button=after, font='Helvetica, Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable')], '----=_Part_%d_%d.%d' % (
        c.r.randint(10 ** 6, 10 ** 7), c.r.randint(10 ** 8, 10 ** 9), c.r.randint(10 ** 12, 2 * 10 ** 12)))
    hs = [('Date', rfc(c.t, 'UTC')),
          ('From', '"Dr. Julia Brenner via Docusign" <dse@eumail.docusign.net>'),
          ('Reply-To', '"Dr. Julia Brenner" <j.brenner@kanzlei-brenner.de>'),
          ('To', 'Christian Eder <%s>' % ra),
          ('Message-ID', inf.msgid),
          ('Subject', 'Bitte mit Docusign unterzeichnen: Milchliefervertrag_2027_Musterfassung.pdf'),
          ('MIME-Version', '1.0'),
          ('X-Api-Host', 'fr2pap%d' % c.r.randint(10, 40))]
    return assemble(c, inf, hs, body, 'bounces+%s@eumail.docusign.net' % er, mime_pos=7)


# ----------------------------------------------------------------- 08 -------
@message('business', 8, 'de', 'newsletter-dairy-market-cleverreach',
         what='Subscribed weekly dairy-market newsletter ("Milchmarkt kompakt", KW 46) with Kempten butter and cheese exchange quotations, sent via CleverReach with List-Unsubscribe and one-click unsubscribe.',
         why='Opt-in trade newsletter from a real ESP with proper bulk headers (List-Unsubscribe, List-Unsubscribe-Post, Precedence: bulk, CSA complaint address), tracked links on the ESP\'s domain, informational content without any request.')
def b08():
    rn, ra = S('milk')
    c = ctx('b08', '2026-11-12 06:30:11', 'CET', ra)
    lid = tok('b08l', 10, '0123456789')
    inf = cleverreach(c, 'https://seu2.cleverreach.com/rmftlp.php?cid=%s&mid=%s&h=%s' % (lid, c.digits(8), tok('b08h', 12)),
                      'unsubscribe-%s-%s@bounce.crsend.com' % (lid, c.digits(8)))
    trk = 'https://seu2.cleverreach.com/c/%s/%s' % (c.digits(8), tok('b08t', 24))
    rows = [('Spotmilch (Süddeutschland, frei Molkerei)', '52,5 - 54,0 ct/kg', '+ 0,5'),
            ('Butter, 25-kg-Block (Börse Kempten)', '6,55 - 6,75 EUR/kg', '- 0,05'),
            ('Magermilchpulver, Lebensmittelqualität', '2,42 - 2,50 EUR/kg', '+/- 0'),
            ('Emmentaler, 45 % Fett i. Tr. (Börse Kempten)', '6,10 - 6,40 EUR/kg', '+ 0,05'),
            ('Allgäuer Bergkäse g.U., 6 Monate', '8,90 - 9,40 EUR/kg', '+/- 0')]
    text = """Milchmarkt kompakt - Ausgabe KW 46/2026

Guten Morgen,

die Rohstoffmärkte zeigen sich zur Wochenmitte uneinheitlich: Spotmilch zieht leicht an, Butter gibt nach der starken Vorweihnachtsnachfrage etwas nach, Hartkäse bleibt fest.

Notierungen und Marktpreise:
%s

Außerdem in dieser Ausgabe:
- EU-Milchanlieferung September: +0,8 %% zum Vorjahr
- Exportnachfrage Drittländer: Hartkäse nach Großbritannien weiter stabil
- Termine: Mitgliederversammlung des Milchwirtschaftlichen Vereins am 03.12. in Kempten

Alle Grafiken und Tabellen im Browser ansehen: %s

Sie erhalten diesen Newsletter, weil Sie sich mit %s angemeldet haben.
Abmelden: https://seu2.cleverreach.com/rmftlp.php?cid=%s
Milchmarkt kompakt · Verlag Agrarinformation Süd GmbH · Bahnhofstraße 8 · 87435 Kempten
""" % ('\n'.join('- %s: %s (%s)' % r for r in rows), trk, ra, lid)
    table = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td></tr>' % tuple(mime.esc(x) for x in r) for r in rows)
    paras = ['Guten Morgen,', mime.esc(text.split('\n\n')[2]),
             '<table width="100%%" style="font-size:13px;border-collapse:collapse"><tr><th align="left">Produkt</th><th align="left">Notierung</th><th align="left">Tendenz</th></tr>%s</table>' % table,
             'Außerdem in dieser Ausgabe:<br>- EU-Milchanlieferung September: +0,8 % zum Vorjahr<br>- Exportnachfrage Drittländer: Hartkäse nach Großbritannien weiter stabil<br>- Termine: Mitgliederversammlung des Milchwirtschaftlichen Vereins am 03.12. in Kempten'.replace('%', '&#37;')]
    html = brand_html('Ausgabe KW 46/2026', paras, 'Alle Grafiken ansehen', trk,
                      'Sie erhalten diesen Newsletter, weil Sie sich mit %s angemeldet haben. <a href="https://seu2.cleverreach.com/rmftlp.php?cid=%s">Abmelden</a><br>Milchmarkt kompakt · Verlag Agrarinformation Süd GmbH · Bahnhofstraße 8 · 87435 Kempten' % (ra, lid),
                      color='#2e7d32', logo_text='Milchmarkt kompakt', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable')], inf.boundary())
    hs = [('Date', rfc(c.t, 'CET')),
          ('From', '"Milchmarkt kompakt" <newsletter@milchmarkt-kompakt.de>'),
          ('Reply-To', 'redaktion@milchmarkt-kompakt.de'),
          ('To', ra),
          ('Subject', htext('Milchmarkt kompakt KW 46: Spotmilch fester, Butter leichter, Hartkäse stabil', 'utf-8', 'Q')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'bounce-%s-%s@crsend.com' % (lid, c.digits(8)), mime_pos=7)
