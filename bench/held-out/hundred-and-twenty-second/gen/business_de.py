"""Genuine messages 01-08 (German)."""
import datetime as _dt

import archives
import docs
import plat
from company import LIEFERANT as LG, NORDWEST as NW, HARTMANN as HP, OFFICES, who, ACC
from idcheck import make_iban, group4
from mime import plain, html, alt, mixed, related, attachment, inline_image, Leaf
from mk import ol_html, ol_paras, ol_quote, ol_sent, esc, para_html, tb_quote, flow, wrap_plain
from spec import message
from systems import OwnPostfix, Internal, Ionos, CleverReach
from util import fmt_date, rhex, ralnum, rdigits, ruuid
from attack_de import LG_SELLER, LG_FOOT

HQ = OFFICES['DE']


# ------------------------------------------------------------------------------------------------ 01
@message('business', 1, 'de', 'lieferant-bankverbindung-ordnungsgemaess')
def b01(s):
    s.sent('2026-11-30 14:06:51', 'DE')
    s.frm = ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    s.to = [('Eingangsrechnungen Example Kabelwerke', 'rechnungen@example.com')]
    s.cc = [who('monika.schaefer')]
    s.subject = 'Änderung unserer Bankverbindung zum 01.01.2027 - bitte telefonisch verifizieren'
    s.hcharset, s.henc = 'iso-8859-1', 'Q'
    old, new = LG['old_acc'], LG['new_acc']
    s.phones = ['+49 2351 67984-150']
    text = ("Sehr geehrte Damen und Herren,\n\nwir bündeln unseren Zahlungsverkehr ab dem 01.01.2027 bei der "
            "Deutschen Bank. Das Schreiben unserer Geschäftsführung mit der neuen Bankverbindung finden Sie im "
            "Anhang; das unterschriebene Original geht Ihnen zusätzlich per Post zu.\n\n"
            "Bitte beachten Sie:\n"
            "- Bis einschließlich 31.12.2026 zahlen Sie bitte unverändert auf unser Konto bei der Sparkasse Lüdenscheid.\n"
            "- Das Sparkassenkonto bleibt bis 31.03.2027 bestehen; Zahlungen, die noch dort eingehen, werden "
            "selbstverständlich zugeordnet.\n"
            "- Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über die Ihnen "
            "bekannte Rufnummer unserer Buchhaltung (+49 2351 67984-150), nicht über Kontaktdaten aus einer E-Mail. "
            "Wir werden Sie nie per E-Mail zu einer kurzfristigen Kontoänderung oder Vorauszahlung auffordern.\n\n"
            "Für Rückfragen stehen wir gern zur Verfügung.\n\nMit freundlichen Grüßen\n\ni. A. Jutta Brenscheidt\n"
            "Finanzbuchhaltung\n\nLieferant GmbH\nKupferdraht- und Litzenwerk\nAltenaer Straße 118 · 58513 Lüdenscheid\n"
            "Tel.: +49 2351 67984-150 · Fax: +49 2351 67984-299\nrechnungen@lieferant-gmbh.de · www.lieferant-gmbh.de\n\n"
            "Geschäftsführung: Dipl.-Ing. Klaus Brüggemann, Dr. Anne Vogt · Amtsgericht Iserlohn HRB 4127 · USt-IdNr. DE126903579\n")
    letter = docs.letter(
        s, seller=LG_SELLER,
        recipient_lines=['Example Kabelwerke GmbH', 'Finanzbuchhaltung / Kreditoren', 'Am Kabelwerk 12', '51063 Köln'],
        sender_line='Lieferant GmbH · Altenaer Straße 118 · 58513 Lüdenscheid',
        place_date='Lüdenscheid, 27.11.2026', subject='Neue Bankverbindung ab 01.01.2027',
        paragraphs=['Sehr geehrte Damen und Herren,',
                    'ab dem 01.01.2027 wickeln wir unseren Zahlungsverkehr über die Deutsche Bank AG ab. Bitte leisten '
                    'Sie Zahlungen für Rechnungen mit Rechnungsdatum ab 01.01.2027 auf das unten genannte Konto. Bis '
                    'dahin bleibt es bei der bisherigen Verbindung.',
                    'Bisherige Verbindung (gültig bis 31.12.2026, Konto bleibt bis 31.03.2027 bestehen): %s, IBAN %s, BIC %s.'
                    % (old['bank'], group4(old['iban']), old['bic']),
                    'Bitte verifizieren Sie diese Änderung telefonisch unter der Ihnen bekannten Nummer unserer '
                    'Buchhaltung. Das Original dieses Schreibens erhalten Sie zusätzlich per Post.'],
        boxed=[('Kontoinhaber', 'Lieferant GmbH'), ('Kreditinstitut', new['bank']), ('IBAN', group4(new['iban'])),
               ('BIC', new['bic']), ('Gültig ab', '01.01.2027')],
        closing='Wir danken Ihnen für die Anpassung Ihrer Stammdaten und die langjährige gute Zusammenarbeit.',
        signer=['Mit freundlichen Grüßen', '', 'Lieferant GmbH', '', 'Dipl.-Ing. Klaus Brüggemann          Dr. Anne Vogt',
                'Geschäftsführer                             Geschäftsführerin'],
        footer=LG_FOOT, producer='Microsoft® Word 2021', creator='Microsoft® Word 2021', author='Jutta Brenscheidt',
        color=(0.55, 0.22, 0.05))
    cid = 'image001.png@01DC%s.%s' % (rhex(s.rng, 4, True), rhex(s.rng, 8, True))
    logo = docs.logo_png('LIEFERANT GMBH', (140, 56, 13), 240, 56)
    hsig = '<p class="MsoNormal"><img width="240" height="56" style="width:2.5in;height:.5833in" id="Grafik_x0020_1" src="cid:%s" alt="Lieferant GmbH"><o:p></o:p></p>' % cid
    s.body = mixed(related(alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                               html(ol_html(ol_paras(text) + '\n' + hsig, 'iso-8859-1'), 'iso-8859-1', 'quoted-printable')),
                           inline_image(logo, 'image001.png', cid)),
                   attachment('application/pdf', letter, 'Lieferant_GmbH_neue_Bankverbindung_2027.pdf'))
    s.system = OwnPostfix(LG['relay'], LG['relay_ip'], 'lg2024', client='outlook', lan_prefix='192.168.10.')
    s.what = 'Supplier\'s accounts department announces its new Deutsche Bank account from 01.01.2027, with the signed letter as PDF.'
    s.why = 'Sent from the supplier\'s real domain and relay (submitted from its LAN), long lead time, old account stays open, original by post, explicitly asks for phone verification via the known number; new account is in the supplier\'s name at a normal bank.'
    s.pair = ['01-de-lieferant-lookalike-bankverbindung.eml', '02-de-lieferant-hijack-vorkasse.eml']
    s.pair_topic = 'supplier bank-detail change: genuine = long notice, old account kept, call-back requested, real relay; attacks = look-alike domain / hijacked mailbox, urgency, e-mail-only'


# ------------------------------------------------------------------------------------------------ 02
@message('business', 2, 'de', 'lieferant-liefertermine-auftragsbestaetigung')
def b02(s):
    s.sent('2026-11-18 09:37:12', 'DE')
    s.frm = LG['people']['maier'][:2]
    s.to = [who('markus.koehler')]
    s.subject = 'AW: Liefertermine Cu-ETP Drahtrollen KW 48/49 – Bestellung 4500218734'
    s.hcharset, s.henc, s.hlabel = 'windows-1252', 'Q', 'windows-1252'
    s.replies = 1
    s.in_reply_to = s.mid_ref('example.com', 'exchange')
    s.references = s.in_reply_to
    s.phones = ['+49 2351 67984-212']
    text = ("Hallo Herr Köhler,\n\nKW 48 (2 x 24 t) und KW 49 (1 x 24 t) kann ich Ihnen bestätigen, die "
            "Auftragsbestätigung mit den Abruf-Terminen hängt an. Kupferbasis wie vereinbart DEL-Notiz vom Vortag "
            "der Lieferung, Verarbeitungszuschlag unverändert zum Rahmenvertrag.\n\n"
            "Anlieferung wie immer Tor 3, Zeitfenster 06:00-10:00 Uhr. Die Spedition meldet sich am Vortag bei "
            "Herrn Wagner.\n\nViele Grüße\nStefan Maier\n\nLieferant GmbH\nKey Account Management\n"
            "Altenaer Straße 118 · 58513 Lüdenscheid\nTel. +49 2351 67984-212\nwww.lieferant-gmbh.de\n")
    q1 = ("Hallo Herr Maier,\n\nkönnen Sie die Termine für KW 48/49 verbindlich bestätigen? Wir haben die "
          "Drahtzieherei in Köln für die Woche voll eingeplant (NYM-J und H07V-K).\n\nDanke und Gruß\nMarkus Köhler\n"
          "Leiter Einkauf\nExample Kabelwerke GmbH · Am Kabelwerk 12 · 51063 Köln\nTel. +49 221 96487-240")
    qp, qh = ol_quote('de', who('markus.koehler'), ol_sent(s.t0 - _dt.timedelta(hours=20), 'DE', 'de'),
                      [('Stefan Maier', 's.maier@lieferant-gmbh.de')],
                      'Liefertermine Cu-ETP Drahtrollen KW 48/49 – Bestellung 4500218734', q1)
    ab = docs.document(
        s, seller=LG_SELLER,
        buyer_lines=['Example Kabelwerke GmbH', 'Einkauf', 'Am Kabelwerk 12', '51063 Köln'],
        sender_line='Lieferant GmbH · Altenaer Straße 118 · 58513 Lüdenscheid',
        title='Auftragsbestätigung AB-2026-07712',
        meta=[('Datum', '18.11.2026'), ('Kunden-Nr.', '10477'), ('Ihre Bestellung', '4500218734'),
              ('Rahmenvertrag', 'RV-2026-KW-03'), ('Ansprechpartner', 'Stefan Maier')],
        columns=[('Pos', 30, 'l'), ('Artikel / Abruf', 250, 'l'), ('Menge', 70, 'r'), ('Liefertermin', 75, 'r'), ('Zuschlag/t', 70, 'r')],
        rows=[['10', 'Cu-ETP Drahtrolle 8 mm, EN 1977, Coil ca. 5 t', '24,000 t', 'KW 48 Di', '386,00'],
              ['20', 'Cu-ETP Drahtrolle 8 mm, EN 1977, Coil ca. 5 t', '24,000 t', 'KW 48 Do', '386,00'],
              ['30', 'Cu-ETP Drahtrolle 8 mm, EN 1977, Coil ca. 5 t', '24,000 t', 'KW 49 Di', '386,00']],
        totals=[('Kupferbasis', 'DEL-Notiz Vortag', False), ('Verarbeitungszuschlag', '386,00 EUR/t', False),
                ('Zahlungsziel', '30 Tage netto', True)],
        notes=['Preisbildung: Kupferbasis gemäß DEL-Notiz (EUR/100 kg) des Vortags der Lieferung zzgl. '
               'Verarbeitungszuschlag gemäß Rahmenvertrag RV-2026-KW-03. Lieferung frei Haus Köln-Mülheim, Tor 3.',
               'Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen. Zahlung innerhalb 30 Tagen netto auf '
               'das in der Rechnung angegebene Konto.'],
        footer=LG_FOOT, producer='proALPHA Reporting', creator='proALPHA ERP', author='Lieferant GmbH', color=(0.55, 0.22, 0.05))
    s.body = mixed(alt(plain(text + qp, 'windows-1252', 'quoted-printable'),
                       html(ol_html(ol_paras(text) + qh, 'windows-1252'), 'windows-1252', 'quoted-printable')),
                   attachment('application/pdf', ab, 'AB-2026-07712_Example_Kabelwerke.pdf'))
    s.system = OwnPostfix(LG['relay'], LG['relay_ip'], 'lg2024', client='outlook')
    s.what = 'Key account manager confirms copper wire-rod delivery dates for KW 48/49 and sends the order confirmation (DEL-based pricing).'
    s.why = 'Normal thread reply from the real mailbox via the supplier\'s relay, submitted from its LAN with the usual Outlook client; no payment details beyond "account in the invoice", consistent with the framework agreement.'
    s.pair = ['02-de-lieferant-hijack-vorkasse.eml']
    s.pair_topic = 'same supplier thread: genuine delivery confirmation vs. hijacked continuation demanding prepayment'


# ------------------------------------------------------------------------------------------------ 03
@message('business', 3, 'de', 'ceo-intern-dringende-zahlungsfreigabe')
def b03(s):
    s.sent('2026-11-11 17:42:05', 'DE')
    s.frm = who('joachim.wetzel')
    s.to = [who('sabine.krueger')]
    s.cc = [who('christian.vogel')]
    s.subject = 'Dringend: Anzahlung Extrutec Mantellinie 2 heute noch freigeben'
    text = ("Sabine,\n\nkurze Bitte zum Feierabend: Die Anzahlung für die zweite Mantellinie (Extrutec, Vertrag vom "
            "12.10., 30 % = 412.800,00 EUR) ist laut Vertrag bis Freitag fällig, sonst rutscht der Liefertermin "
            "ins zweite Quartal und wir verlieren das Montagefenster im Juli.\n\n"
            "Markus hat die Rechnung heute im DMS sachlich freigegeben (Beleg 2026-ER-18442), die Bankverbindung "
            "ist die aus dem Vertrag und im Kreditorenstamm seit 2019 hinterlegt. Kannst du die Zahlung morgen früh "
            "wie üblich im Commerzbank-Portal anlegen? Die zweite Freigabe macht Christian.\n\n"
            "Danke dir!\nJoachim\n\n-- \nJoachim Wetzel\nGeschäftsführer\nExample Kabelwerke GmbH · Am Kabelwerk 12 · 51063 Köln\n"
            "Tel. +49 221 96487-100\n")
    s.body = alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                 html(ol_html(ol_paras(text), 'iso-8859-1'), 'iso-8859-1', 'quoted-printable'))
    s.system = Internal('EXCH01', '10.20.12.41')
    s.what = 'CEO asks the CFO from his corporate mailbox to release an urgent down payment (412.800 EUR) for a new sheathing line.'
    s.why = 'Urgent but legitimate: internal Exchange route via mail-int01, invoice already approved in the DMS, beneficiary = existing vendor master data, normal four-eyes release in the bank portal, CFO and treasury both addressed openly.'
    s.pair = ['03-de-ceo-fraud-gmx-vertraulich.eml', '28-es-bec-cfo-lookalike-zoho-transferencia.eml']
    s.pair_topic = 'urgent executive payment request: genuine = internal route, existing vendor, normal approval; attacks = free mail / look-alike, secrecy, new beneficiary'


# ------------------------------------------------------------------------------------------------ 04
@message('business', 4, 'de', 'docusign-nordwest-rahmenvertrag')
def b04(s):
    s.sent('2026-12-07 10:14:39', 'DE')
    s.frm = ('Birgit Janssen über Docusign', 'dse@eumail.docusign.net')
    s.reply_to = [NW['people']['janssen'][:2]]
    s.to = [who('daniel.fuchs')]
    s.subject = 'Bitte mit Docusign unterzeichnen: Rahmenvertrag_MS-Kabel_2027-2029_Example_Kabelwerke.pdf'
    env = ruuid(s.rng)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, ruuid(s.rng), ruuid(s.rng))
    sec = rhex(s.rng, 32).upper() + '1'
    msg = ("Sehr geehrter Herr Fuchs,\n\nanbei der final abgestimmte Rahmenvertrag Mittelspannungskabel 2027-2029 "
           "(Stand nach unserer Verhandlung vom 01.12.) zur Unterschrift. Die Gegenzeichnung durch unsere "
           "Geschäftsführung erfolgt im Anschluss, das vollständig signierte Exemplar erhalten Sie automatisch.\n\n"
           "Viele Grüße\nBirgit Janssen")
    text = ("Birgit Janssen hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\nDOKUMENT ÜBERPRÜFEN\n%s\n\n"
            "Birgit Janssen\nbirgit.janssen@nordwest-verteilnetz.de\n\n%s\n\nPowered by Docusign\n\n"
            "Diese E-Mail nicht weitergeben\nDiese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese "
            "E-Mail, den Link oder den Zugriffscode nicht an andere weiter.\n\nAlternative Signaturmethode\n"
            "Gehen Sie zu Docusign.com, klicken Sie auf \"Dokumente aufrufen\" und geben Sie den Sicherheitscode ein:\n%s\n" % (url, msg, sec))
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="background-color:#eaeaea;padding:2%;font-family:Helvetica,Arial,Sans Serif;">'
         '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center"><tr><td></td><td width="640">'
         '<table role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px">'
         '<tr><td style="padding:10px 24px"><img width="116" src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign"></td></tr>'
         '<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" width="100%" style="background-color:#1e4ca1;color:#ffffff">'
         '<tr><td align="center" style="padding:28px 36px 36px 36px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;text-align:center">'
         'Birgit Janssen hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.<br><br>'
         '<a href="' + esc(url) + '" style="background-color:#ffc423;color:#333333;padding:0px 24px;text-decoration:none;border-radius:2px;font-size:15px;font-weight:bold;line-height:44px;display:inline-block">DOKUMENT ÜBERPRÜFEN</a>'
         '</td></tr></table></td></tr>'
         '<tr><td style="padding:0px 24px 24px 24px;font-size:16px"><div style="font-weight:bold">Birgit Janssen</div>'
         '<div style="color:#666666">birgit.janssen@nordwest-verteilnetz.de</div>'
         '<p style="font-size:15px;line-height:20px;color:#333333">' + esc(msg).replace('\n', '<br>') + '</p></td></tr>'
         '<tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea;font-size:13px;color:#666666"><b>Diese E-Mail nicht weitergeben</b><br>'
         'Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere weiter.<br><br>'
         '<b>Alternative Signaturmethode</b><br>Gehen Sie zu Docusign.com, klicken Sie auf "Dokumente aufrufen" und geben Sie den Sicherheitscode ein:<br>' + sec +
         '</td></tr></table></td><td></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = plat.docusign(env)
    s.what = 'DocuSign envelope from customer NordWest Verteilnetz: MV-cable framework agreement 2027-2029 to sign.'
    s.why = 'Genuine DocuSign: envelope sender and Reply-To are the known buyer at nordwest-verteilnetz.de, expected after the 01.12. negotiation, link to eu.docusign.net only, no QR code, no payment data.'
    s.pair = ['06-de-acrobat-sign-qr-quishing.eml', '14-en-docusign-real-envelope-abuse.eml']
    s.pair_topic = 'e-signature request: genuine envelope from the customer\'s own address vs. fake Acrobat Sign QR and DocuSign envelope from a Gmail sender'


# ------------------------------------------------------------------------------------------------ 05
@message('business', 5, 'de', 'bundesanzeiger-rechnung-offenlegung')
def b05(s):
    s.sent('2026-10-19 08:12:33', 'DE')
    s.frm = ('Bundesanzeiger Verlag', 'service@bundesanzeiger.de')
    s.to = [who('christian.vogel')]
    s.subject = 'Rechnung zu Ihrem Auftrag 261014-0571 - Offenlegung Jahresabschluss 2025'
    iban = make_iban('DE', '37070060' + '0185220300')
    amount = 142.80
    text = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihren Auftrag zur Offenlegung des Jahresabschlusses "
            "zum 31.12.2025 der Example Kabelwerke GmbH (HRB 98231, Amtsgericht Köln), den Sie am 14.10.2026 über "
            "unser Publikations-Portal eingereicht haben. Die Veröffentlichung im Unternehmensregister ist erfolgt.\n\n"
            "Die Rechnung erhalten Sie als PDF im Anhang. Sie können Ihre Aufträge und Rechnungen jederzeit unter "
            "https://publikations-plattform.de einsehen.\n\n"
            "Mit freundlichen Grüßen\nIhr Kundenservice\nBundesanzeiger Verlag GmbH\nAmsterdamer Straße 192 · 50735 Köln\n"
            "Tel. 0221 97668-0\n")
    s.phones = ['0221 97668-0']
    pdfb = docs.document(
        s, seller=dict(name='Bundesanzeiger Verlag GmbH', tagline=['Unternehmensregister · Bundesanzeiger'],
                       lines=['Amsterdamer Straße 192', '50735 Köln', 'service@bundesanzeiger.de']),
        buyer_lines=['Example Kabelwerke GmbH', 'Rechnungswesen', 'Am Kabelwerk 12', '51063 Köln'],
        title='Rechnung 2026-1048877',
        meta=[('Rechnungsdatum', '19.10.2026'), ('Auftragsnummer', '261014-0571'), ('Kundennummer', '4471920')],
        columns=[('Leistung', 300, 'l'), ('Menge', 60, 'r'), ('Betrag', 135, 'r')],
        rows=[['Offenlegung Jahresabschluss zum 31.12.2025 (Bilanz, Anhang) - Einreichung Publikations-Portal', '1', '120,00']],
        totals=[('Nettobetrag', '120,00 EUR', False), ('USt. 19 %', '22,80 EUR', False), ('Rechnungsbetrag', '142,80 EUR', True)],
        notes=['Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto bei der Deutschen Bank AG: IBAN %s, '
               'BIC DEUTDEDKXXX. Verwendungszweck: 2026-1048877.' % group4(iban)],
        qr=(docs.epc_qr('DEUTDEDKXXX', 'Bundesanzeiger Verlag GmbH', iban, amount, 'RE 2026-1048877 Kd 4471920'), 'GiroCode'),
        footer=['Bundesanzeiger Verlag GmbH · Sitz Köln · Amtsgericht Köln HRB 31248 · USt-IdNr. DE122275644'],
        producer='Apache FOP Version 2.9', creator='', author='', color=(0.0, 0.2, 0.4))
    s.body = mixed(plain(text, 'iso-8859-15', 'quoted-printable'),
                   attachment('application/pdf', pdfb, 'Rechnung_2026-1048877.pdf'))
    s.system = plat.own_mta('mailout2.bundesanzeiger.de', '198.51.100.20', 'bundesanzeiger.de', 'ba2025', 'DE',
                            'Bundesanzeiger Verlag own Postfix MTA (mailout2.bundesanzeiger.de [198.51.100.20])',
                            style='java', env='bounce@bundesanzeiger.de', inner='pub-app03')
    s.what = 'Bundesanzeiger Verlag invoice (142,80 EUR) for publishing the 2025 annual accounts, PDF with GiroCode.'
    s.why = 'Expected invoice for an order the company placed itself (order no., date and HRB match), sent by the publisher\'s own infrastructure, modest statutory fee, no contract terms hidden in small print.'
    s.pair = ['04-de-registerabzocke-eintragungsofferte.eml']
    s.pair_topic = 'register-related invoice with GiroCode: genuine statutory publication vs. directory scam offer'


# ------------------------------------------------------------------------------------------------ 06
@message('business', 6, 'de', 'ap-meldet-verdaechtige-mail-an-it')
def b06(s):
    s.sent('2026-12-08 11:02:17', 'DE')
    s.frm = who('monika.schaefer')
    s.to = [who('lukas.neumann')]
    s.subject = 'WG: Änderung Bankverbindung - bitte prüfen (Phishing?)'
    inner_t = s.t0 - _dt.timedelta(minutes=47)
    fraud = make_iban('LT', '32500' + '74812069341')
    ib = ("Sehr geehrte Damen und Herren,\n\naufgrund einer Umstellung bei unserer Bank bitten wir Sie, alle "
          "offenen und künftigen Zahlungen ab sofort auf unser neues Konto zu leisten:\n\nIBAN: %s\nBIC: REVOLT21\n"
          "Kontoinhaber: Lieferant GmbH\n\nBitte bestätigen Sie die Änderung kurz per E-Mail.\n\n"
          "Mit freundlichen Grüßen\nBuchhaltung\nLieferant GmbH\n" % group4(fraud))
    inner = ('Return-Path: <rechnungen@lieferant-gmbh.co>\n'
             'Received: from mail.lieferant-gmbh.co (unknown [192.0.2.74])\n\tby mx01.example.com (Postfix) with ESMTPS id 4dQ2W7mZr8zHxk\n'
             '\tfor <monika.schaefer@example.com>; %s\n'
             'From: Buchhaltung Lieferant GmbH <rechnungen@lieferant-gmbh.co>\nTo: <monika.schaefer@example.com>\n'
             'Subject: =?utf-8?Q?=C3=84nderung_Bankverbindung?=\nDate: %s\nMessage-ID: <%s@lieferant-gmbh.co>\n'
             'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n'
             % (fmt_date(inner_t, 'DE', 'postfix'), fmt_date(inner_t - _dt.timedelta(seconds=4), 'DE', 'std'), rhex(s.rng, 20)))
    import mime as _m
    inner_b = inner.encode('ascii') + _m.qp(ib.encode('utf-8'))
    text = ("Hallo Lukas,\n\ndie angehängte Mail kam heute Vormittag rein, angeblich von der Lieferant GmbH. Die "
            "Absenderadresse endet auf \"lieferant-gmbh.co\" statt .de und das Konto ist bei Revolut in Litauen. "
            "Ich habe nichts angeklickt und nichts im Kreditorenstamm geändert.\n\n"
            "Ich habe Frau Brenscheidt in der Buchhaltung der Lieferant GmbH über die bekannte Nummer angerufen - die "
            "wissen nichts davon, ihre echte Umstellung kommt erst zum 01.01. und läuft über die Deutsche Bank.\n\n"
            "Kannst du die Mail bitte prüfen und ggf. blocken? Sollen wir die Kollegen im Einkauf warnen?\n\n"
            "Danke und Gruß\nMonika\n\nMonika Schäfer\nKreditorenbuchhaltung\nExample Kabelwerke GmbH\nTel. +49 221 96487-318\n")
    s.body = mixed(alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'iso-8859-1'), 'iso-8859-1', 'quoted-printable')),
                   Leaf('message/rfc822', inner_b, cte='7bit', name='Änderung Bankverbindung.eml', disposition='attachment'))
    s.system = Internal('EXCH02', '10.20.14.57')
    s.what = 'Accounts-payable clerk forwards a suspicious "bank change" e-mail as .eml attachment to the mail administrator and reports that she verified by phone.'
    s.why = 'Genuine internal user report via Exchange/mail-int01: the attached message is evidence (contains a fraudulent Revolut IBAN and look-alike domain) but the outer mail is a colleague asking IT to check it; must not be quarantined or the report is lost.'
    s.pair = ['01-de-lieferant-lookalike-bankverbindung.eml']
    s.pair_topic = 'bank-change fraud: the attack itself vs. a colleague reporting such an attack to IT (phish as attachment)'


# ------------------------------------------------------------------------------------------------ 07
@message('business', 7, 'de', 'steuerberater-lohn-zip-kennwort-per-sms')
def b07(s):
    s.sent('2026-12-03 16:20:44', 'DE')
    s.frm = HP['people']['pohl'][:2]
    s.to = [who('katrin.weiss')]
    s.subject = 'Lohnabrechnung 11/2026 - Auswertungen (verschlüsselt)'
    pw = 'Kx7!Lohn-1126#Hp'
    zipname = 'Example_Kabelwerke_Lohn_2026-11.zip'
    xlsx = archives.make_xlsx([('Lohnjournal', [
        [('b', 'Kostenstelle'), ('b', 'Bezeichnung'), ('b', 'MA'), ('b', 'Brutto'), ('b', 'AG-Anteil SV'), ('b', 'Netto')],
        ['1100', 'Verwaltung', 38, ('n', 212840.55), ('n', 43632.31), ('n', 131977.40)],
        ['2100', 'Drahtzieherei', 61, ('n', 248113.20), ('n', 50863.20), ('n', 168557.94)],
        ['2200', 'Verseilerei / Mantellinien', 74, ('n', 301446.80), ('n', 61796.59), ('n', 204871.26)],
        ['2300', 'Prüffeld / QS', 17, ('n', 78420.00), ('n', 16076.10), ('n', 52618.70)],
        ['3100', 'Versand / Logistik', 29, ('n', 98130.45), ('n', 20116.74), ('n', 68010.23)],
        ['', ('b', 'Summe'), 219, ('n', 938951.00), ('n', 192484.94), ('n', 626035.53)]], [12, 28, 8, 14, 14, 14])],
        s.zip_time(60)[:6], title='Lohnjournal 11/2026', creator='Sandra Pohl', company='Hartmann & Partner mbB')
    pdfb = docs.document(
        s, seller=dict(name='Hartmann & Partner mbB', tagline=['Steuerberatungsgesellschaft'], lines=['Hohenzollernring 72', '50672 Köln']),
        buyer_lines=['Example Kabelwerke GmbH', 'Personal / Entgeltabrechnung', 'Am Kabelwerk 12', '51063 Köln'],
        title='Beitragsnachweise 11/2026 (Übersicht)',
        meta=[('Abrechnungsmonat', '11/2026'), ('Mandant', '10472'), ('Berater', '84110')],
        columns=[('Krankenkasse', 250, 'l'), ('Betriebsnr.', 110, 'l'), ('Beitrag', 135, 'r')],
        rows=[['AOK Rheinland/Hamburg', '34364249', '241.883,17'], ['Techniker Krankenkasse', '15027365', '128.004,92'],
              ['BARMER', '42938966', '61.317,40'], ['DAK-Gesundheit', '48698890', '32.550,08'], ['IKK classic', '01049203', '21.908,77']],
        totals=[('Summe Beitragsnachweise', '485.664,34 EUR', True)],
        notes=['Fälligkeit: drittletzter Bankarbeitstag (26.11.2026), Einzug durch die Krankenkassen.'],
        footer=['Hartmann & Partner mbB Steuerberatungsgesellschaft · Hohenzollernring 72 · 50672 Köln · Partnerschaftsregister PR 3185'],
        producer='DATEV Druck- und Präsentationsdienst', creator='DATEV LODAS', author='', color=(0.15, 0.3, 0.3))
    z = archives.make_zip_encrypted([('Lohnjournal_2026-11.xlsx', xlsx), ('Beitragsnachweise_2026-11.pdf', pdfb)], pw,
                                    s.zip_time(25), s.rng)
    s.zip_pw[zipname] = pw
    s.zip_note = {zipname: 'sent separately by SMS, not contained in the mail'}
    text = ("Hallo Frau Weiß,\n\nanbei die Auswertungen zur Lohnabrechnung November (Lohnjournal nach Kostenstellen "
            "und Übersicht der Beitragsnachweise). Das Archiv ist wie vereinbart verschlüsselt, das Kennwort "
            "schicke ich Ihnen gleich per SMS auf Ihr Diensthandy.\n\n"
            "Die Zahlungsdatei für die Nettolöhne liegt wie gewohnt in DATEV Unternehmen online zur Freigabe bereit. "
            "Bitte denken Sie an die Meldung der Dezember-Eintritte bis 10.12.\n\n"
            "Viele Grüße\nSandra Pohl\n\n-- \nHartmann & Partner mbB Steuerberatungsgesellschaft\nLohnbuchhaltung\n"
            "Hohenzollernring 72 · 50672 Köln\nTel. +49 221 27731-24\n")
    s.phones = ['+49 221 27731-24']
    s.body = mixed(plain(flow(text), 'UTF-8', '8bit', flowed=True, label='UTF-8'), attachment('application/zip', z, zipname))
    s.system = Ionos(client='thunderbird')
    s.what = 'Tax adviser\'s payroll accountant sends the November payroll reports as an encrypted ZIP; password follows by SMS.'
    s.why = 'Agreed procedure with a known adviser (IONOS mailbox used for years), password via a second channel and not in the mail, archive holds an XLSX and a PDF (no executables), no links or payment requests.'
    s.pair = ['07-de-kunde-hijack-zip-passwort-lnk.eml', '37-ru-fns-trebovanie-zip-parol.eml']
    s.pair_topic = 'password-protected archive: genuine (password by SMS, office files) vs. malware ZIPs with the password in the body'


# ------------------------------------------------------------------------------------------------ 08
@message('business', 8, 'de', 'newsletter-kabelmarkt-cleverreach')
def b08(s):
    s.sent('2026-11-13 07:00:04', 'DE')
    s.frm = ('KabelMarkt aktuell', 'newsletter@kabelmarkt-aktuell.de')
    s.to = [who('markus.koehler')]
    s.subject = 'KabelMarkt aktuell 46/2026: Kupfer über 10.800 USD, DEL-Notiz, Aluminiumzuschläge'
    base = 'https://www.kabelmarkt-aktuell.de'
    arts = [('Kupfer: LME-Kassa erstmals seit Mai über 10.800 USD/t', 'Die DEL-Notiz lag am Donnerstag bei 1.027,43 EUR/100 kg. '
             'Händler verweisen auf knappe Konzentratlieferungen aus Südamerika und steigende Nachfrage aus dem Netzausbau.',
             base + '/markt/2026/46/kupfer-lme-10800'),
            ('Netzausbau: Übertragungsnetzbetreiber vergeben Rahmenverträge für 525-kV-Erdkabel',
             'Die Lose für die Korridore B und C sind vergeben; Mittelständler profitieren vor allem im Bereich Nieder- und Mittelspannung.',
             base + '/netze/2026/46/rahmenvertraege-525kv'),
            ('Termine: Kabelforum West am 21.01.2027 in Düsseldorf', 'Schwerpunkte: CPR-Klassifizierung, PFAS-freie Compounds, CO2-Bilanz von Kabeltrommeln.',
             base + '/termine/kabelforum-west-2027')]
    unsub = 'https://www.kabelmarkt-aktuell.de/newsletter/abmelden?id=%s' % rhex(s.rng, 24)
    text = "KabelMarkt aktuell - Ausgabe 46/2026\n\n"
    for t, d, u in arts:
        text += '%s\n%s\nWeiterlesen: %s\n\n' % (t, d, u)
    text += ("Metallnotierungen (12.11.2026): DEL 1.027,43 EUR/100 kg · MK-Kupfer 1.061,20 EUR/100 kg · "
             "Aluminium für Leitzwecke 298,50 EUR/100 kg\n\nSie erhalten diesen Newsletter, weil Sie ihn unter "
             "kabelmarkt-aktuell.de abonniert haben. Abmelden: %s\n\nKabelMarkt Fachverlag GmbH · Kaiser-Wilhelm-Ring 31 · "
             "40545 Düsseldorf · HRB 91120 AG Düsseldorf\n" % unsub)
    items = ''.join('<tr><td style="padding:14px 24px;border-bottom:1px solid #e3e6ea"><a href="%s" style="font-size:17px;color:#00427a;text-decoration:none;font-weight:bold">%s</a>'
                    '<p style="margin:6px 0 0;color:#333;font-size:14px">%s</p></td></tr>' % (esc(u), esc(t), esc(d)) for t, d, u in arts)
    h = ('<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>KabelMarkt aktuell</title></head>'
         '<body style="margin:0;background:#eef1f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
         '<tr><td style="background:#00427a;color:#fff;padding:18px 24px;font-size:22px">KabelMarkt <b>aktuell</b> <span style="font-size:13px">Ausgabe 46/2026</span></td></tr>'
         + items +
         '<tr><td style="padding:14px 24px;background:#f6f8fa;font-size:13px">Metallnotierungen (12.11.2026): DEL 1.027,43 EUR/100 kg &middot; MK-Kupfer 1.061,20 EUR/100 kg &middot; Aluminium für Leitzwecke 298,50 EUR/100 kg</td></tr>'
         '<tr><td style="padding:16px 24px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn unter kabelmarkt-aktuell.de abonniert haben. '
         '<a href="' + esc(unsub) + '">Abmelden</a><br>KabelMarkt Fachverlag GmbH &middot; Kaiser-Wilhelm-Ring 31 &middot; 40545 Düsseldorf &middot; HRB 91120 AG Düsseldorf</td></tr>'
         '<tr><td><img src="https://www.kabelmarkt-aktuell.de/nl/o.gif?m=%s" width="1" height="1" alt=""></td></tr>'
         '</table></td></tr></table></body></html>\n' % rhex(s.rng, 16))
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.extra_headers = [('List-Unsubscribe', '<%s>, <mailto:abmelden@kabelmarkt-aktuell.de>' % unsub),
                       ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
    s.system = CleverReach('kabelmarkt-aktuell.de')
    s.what = 'Weekly trade newsletter with copper/LME prices, DEL notation and industry news, subscribed by the head of procurement.'
    s.why = 'Legitimate subscribed bulk mail via CleverReach (CSA-certified, DKIM for the publisher\'s domain, one-click unsubscribe); content links only to the publisher\'s site; no credentials, attachments or payment requests.'
