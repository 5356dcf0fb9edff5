"""Attack messages 01-08 (German)."""
import datetime as _dt

import archives
import docs
from company import LIEFERANT as LG, NORDWEST as NW, OFFICES, who, ACC
from idcheck import make_iban, group4
from mime import plain, html, alt, mixed, related, attachment, inline_image
from mk import ol_html, ol_paras, ol_quote, ol_sent, esc, gm_html, para_html, tb_quote, flow
from spec import message
from systems import M365, OwnPostfix, Ionos, Brevo, Platform, Exim, Gmail, dkim_sig
from util import fmt_date, rhex, ralnum, rdigits, ruuid

LG_SIG_LANG = """Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Innendienst

Lieferant GmbH
Kupferdraht- und Litzenwerk
Altenaer Straße 118 · 58513 Lüdenscheid
Tel.: +49 2351 67984-230 · Fax: +49 2351 67984-299
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de

Geschäftsführung: Dipl.-Ing. Klaus Brüggemann, Dr. Anne Vogt · Amtsgericht Iserlohn HRB 4127 · USt-IdNr. DE126903579"""

LG_SELLER = dict(name='Lieferant GmbH', tagline=['Kupferdraht- und Litzenwerk · seit 1962'],
                 lines=['Altenaer Straße 118', '58513 Lüdenscheid', 'Tel. +49 2351 67984-0', 'www.lieferant-gmbh.de'])
LG_FOOT = ['Lieferant GmbH · Altenaer Straße 118 · 58513 Lüdenscheid · Geschäftsführung: Dipl.-Ing. Klaus Brüggemann, Dr. Anne Vogt',
           'Amtsgericht Iserlohn HRB 4127 · USt-IdNr. DE126903579 · Sparkasse Lüdenscheid IBAN DE74 4585 0005 0000 8145 30 · BIC WELADED1LSD']


# ------------------------------------------------------------------------------------------------ 01
@message('attack', 1, 'de', 'lieferant-lookalike-bankverbindung')
def a01(s):
    s.sent('2026-11-04 10:17:42', 'DE')
    s.frm = ('Petra Lang', 'p.lang@lieferant-grnbh.de')
    s.to = [who('monika.schaefer')]
    s.cc = [('Stefan Maier', 's.maier@lieferant-grnbh.de')]
    s.rcpt = ['monika.schaefer@example.com']
    s.subject = 'AW: Offene Posten Example Kabelwerke – Stand 30.10.2026'
    s.hcharset, s.henc, s.hlabel = 'windows-1252', 'Q', 'Windows-1252'
    s.replies = 2
    s.in_reply_to = s.mid_ref('example.com', 'exchange')
    s.references = s.mid_ref('lieferant-gmbh.de') + ' ' + s.in_reply_to
    fraud = make_iban('DE', '12030000' + '1064829157')
    s.phones = ['+49 2351 67984-230']
    text = ("Guten Morgen Frau Schäfer,\n\nvielen Dank für die schnelle Rückmeldung und den Zahlungsavis.\n\n"
            "Wie gestern kurz mit Herrn Köhler am Telefon angesprochen: Im Zuge der Zusammenlegung unseres Zahlungsverkehrs "
            "haben wir ab sofort eine neue Bankverbindung. Das bisherige Konto bei der Sparkasse Lüdenscheid wird zum "
            "15.11.2026 geschlossen, Zahlungseingänge dort können wir ab diesem Datum leider nicht mehr zuordnen.\n\n"
            "Bitte hinterlegen Sie die neue Verbindung im Kreditorenstamm (Kreditor 70114) und überweisen Sie die beiden "
            "fälligen Rechnungen RE-2026-11873 und RE-2026-11902 (zusammen 148.362,40 EUR) bereits auf das neue Konto. "
            "Das Schreiben unserer Geschäftsführung hänge ich Ihnen zur Ablage an.\n\n"
            "Kontoinhaber: Lieferant GmbH\nBank: Deutsche Kreditbank AG\nIBAN: %s\nBIC: BYLADEM1001\n\n"
            "Kurze Bestätigung, sobald die Änderung im System ist, wäre nett. Ich bin diese Woche überwiegend im "
            "Homeoffice, am schnellsten erreichen Sie mich per E-Mail.\n\n" % group4(fraud)) + LG_SIG_LANG
    q_sent = ol_sent(s.t0 - _dt.timedelta(hours=18, minutes=35), 'DE', 'de')
    q_body = ("Hallo Frau Lang,\n\ndanke für die OP-Liste. Die Rechnungen RE-2026-11704 und RE-2026-11755 sind mit "
              "Zahllauf vom 29.10. raus, Avis anbei. RE-2026-11873 und RE-2026-11902 sind zum 13.11. fällig und "
              "bei uns im nächsten Zahllauf vorgesehen.\n\nViele Grüße\nMonika Schäfer\n\nExample Kabelwerke GmbH\n"
              "Kreditorenbuchhaltung\nAm Kabelwerk 12 · 51063 Köln\nTel. +49 221 96487-318")
    qp, qh = ol_quote('de', who('monika.schaefer'), q_sent, [('Petra Lang', 'p.lang@lieferant-gmbh.de')],
                      'AW: Offene Posten Example Kabelwerke – Stand 30.10.2026', q_body)
    letter = docs.letter(
        s, seller=LG_SELLER,
        recipient_lines=['Example Kabelwerke GmbH', 'Kreditorenbuchhaltung', 'Am Kabelwerk 12', '51063 Köln'],
        sender_line='Lieferant GmbH · Altenaer Straße 118 · 58513 Lüdenscheid',
        place_date='Lüdenscheid, 02.11.2026', subject='Mitteilung über die Änderung unserer Bankverbindung',
        paragraphs=['Sehr geehrte Damen und Herren,',
                    'im Zuge der Neuordnung unseres Zahlungsverkehrs teilen wir Ihnen mit, dass sich unsere Bankverbindung '
                    'mit sofortiger Wirkung ändert. Bitte leisten Sie alle künftigen Zahlungen, einschließlich bereits '
                    'fälliger Rechnungen, ausschließlich auf das unten genannte Konto.',
                    'Die bisherige Verbindung bei der Sparkasse Lüdenscheid wird zum 15.11.2026 aufgelöst.'],
        boxed=[('Kontoinhaber', 'Lieferant GmbH'), ('Kreditinstitut', 'Deutsche Kreditbank AG'),
               ('IBAN', group4(fraud)), ('BIC', 'BYLADEM1001')],
        closing='Wir danken Ihnen für die Anpassung Ihrer Stammdaten und die gute Zusammenarbeit.',
        signer=['Mit freundlichen Grüßen', '', 'Lieferant GmbH', '', 'i. A. Petra Lang          ppa. Jörg Hensel'],
        footer=LG_FOOT[:1], producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
        author='Benutzer', color=(0.55, 0.22, 0.05))
    s.body = mixed(alt(plain(text + '\n' + qp, 'windows-1252'),
                       html(ol_html(ol_paras(text) + '\n' + qh, 'windows-1252'), 'windows-1252')),
                   attachment('application/pdf', letter, 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf'))
    s.system = M365('lieferant-grnbh.de', '3d7f1a92-6b0e-4c5d-8e21-9f4a7b6c2d18', lang='de-DE')
    s.what = 'Reply in a real AP thread from "Petra Lang" announcing a new bank account (DKB) for two due invoices (148.362,40 EUR), with a signed-looking PDF letter.'
    s.why = 'Look-alike domain lieferant-grnbh.de ("rn" for "m") on a fresh Microsoft 365 tenant (SPF/DKIM pass, no DMARC), thread content stolen from a compromised mailbox (quoted header still shows lieferant-gmbh.de); IBAN not the supplier\'s known account; pushes e-mail-only contact.'


# ------------------------------------------------------------------------------------------------ 02
@message('attack', 2, 'de', 'lieferant-hijack-vorkasse')
def a02(s):
    s.sent('2026-11-19 16:48:09', 'DE')
    s.frm = LG['people']['maier'][:2]
    s.to = [who('markus.koehler')]
    s.cc = [who('monika.schaefer')]
    s.subject = 'AW: Liefertermine Cu-ETP Drahtrollen KW 48/49 – Bestellung 4500218734'
    s.replies = 3
    s.in_reply_to = s.mid_ref('example.com', 'exchange')
    s.references = ' '.join([s.mid_ref('lieferant-gmbh.de'), s.mid_ref('example.com', 'exchange'), s.in_reply_to])
    fraud = make_iban('DE', '11010100' + '2683147095')
    s.phones = ['+49 2351 67984-212', '+49 171 4482 907']
    text = ("Hallo Herr Köhler,\n\ndie Termine KW 48 (2 x 24 t) und KW 49 (1 x 24 t) sind bestätigt, die Kathoden "
            "sind disponiert.\n\nEine Sache muss ich leider noch nachschieben, Frau Schäfer habe ich in Kopie genommen: "
            "Unser Kreditversicherer hat wegen der Kupferpreisentwicklung die Limits für mehrere Kunden über Nacht "
            "angepasst, darunter auch Ihres. Bis die Neubewertung durch ist (ca. 4-6 Wochen), können wir die Lieferungen "
            "KW 48/49 nur gegen 50 %% Vorkasse freigeben. Das ist nichts Persönliches, betrifft gerade die halbe Branche.\n\n"
            "Damit die Zahlung nicht mit dem laufenden Zahlungsverkehr vermischt wird, bitten wir um Überweisung auf "
            "unser Sonderkonto Vorkasse (Proforma PR-2026-0448 anbei, mit GiroCode):\n\n"
            "Lieferant GmbH – Sonderkonto\nIBAN %s\nBIC SOBKDEBBXXX\nBetrag 96.450,00 EUR\n"
            "Verwendungszweck PR-2026-0448 / 4500218734\n\n"
            "Wenn der Zahlungseingang bis Montagmittag da ist, geht der erste Zug wie geplant am Dienstag raus. Ich bin "
            "morgen und Freitag auf der Baustelle in Hemer, daher bitte per Mail oder kurz aufs Handy 0171 4482907.\n\n"
            "Viele Grüße\nStefan Maier\n\nLieferant GmbH\nKey Account Management\nAltenaer Straße 118 · 58513 Lüdenscheid\n"
            "Tel. +49 2351 67984-212 · Mobil +49 171 4482 907\nwww.lieferant-gmbh.de\n" % group4(fraud))
    q1 = ("Hallo Herr Maier,\n\nkönnen Sie die Termine für KW 48/49 verbindlich bestätigen? Wir haben die "
          "Drahtzieherei in Köln für die Woche voll eingeplant (NYM-J und H07V-K).\n\nDanke und Gruß\nMarkus Köhler\n"
          "Leiter Einkauf\nExample Kabelwerke GmbH · Am Kabelwerk 12 · 51063 Köln\nTel. +49 221 96487-240")
    quote = tb_quote('de', s.t0 - _dt.timedelta(hours=7, minutes=12), 'DE', 'Markus Köhler', q1)
    pdfb = docs.document(
        s, seller=LG_SELLER,
        buyer_lines=['Example Kabelwerke GmbH', 'Einkauf', 'Am Kabelwerk 12', '51063 Köln'],
        sender_line='Lieferant GmbH · Altenaer Straße 118 · 58513 Lüdenscheid',
        title='Proforma-Rechnung PR-2026-0448',
        meta=[('Datum', '19.11.2026'), ('Kunden-Nr.', '10477'), ('Ihre Bestellung', '4500218734'),
              ('Ansprechpartner', 'Stefan Maier')],
        columns=[('Pos', 30, 'l'), ('Artikel', 245, 'l'), ('Menge', 70, 'r'), ('Preis/t', 75, 'r'), ('Betrag', 75, 'r')],
        rows=[['10', 'Cu-ETP Drahtrolle 8 mm, EN 1977 (Lieferung KW 48)', '48,000 t', '8.036,00', '385.728,00'],
              ['20', 'Cu-ETP Drahtrolle 8 mm, EN 1977 (Lieferung KW 49)', '24,000 t', '8.036,00', '192.864,00'],
              ['', 'Vorauszahlung 50 % des Nettowerts gem. Kreditlimit', '', '', '']],
        totals=[('Nettowert Bestellung', '578.592,00 EUR', False), ('davon Vorauszahlung 50 %', '289.296,00 EUR', False),
                ('Teilbetrag 1 (KW 48, Anteil)', '96.450,00 EUR', True)],
        notes=['Zahlbar sofort ohne Abzug auf das Sonderkonto Vorkasse: Lieferant GmbH, IBAN %s, BIC SOBKDEBBXXX. '
               'Steuerbefreite Vorauszahlung; die Umsatzsteuer wird mit der Endrechnung abgerechnet.' % group4(fraud)],
        qr=(docs.epc_qr('SOBKDEBBXXX', 'Lieferant GmbH', fraud, 96450.00, 'PR-2026-0448 4500218734'), 'GiroCode\nmit Banking-App scannen'),
        footer=LG_FOOT[:1], producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
        author='smaier', color=(0.55, 0.22, 0.05))
    s.body = mixed(plain(flow(text) + '\n' + quote, 'utf-8', '8bit', flowed=True),
                   attachment('application/pdf', pdfb, 'Proforma_PR-2026-0448.pdf'))
    s.system = OwnPostfix(LG['relay'], LG['relay_ip'], 'lg2024', client='thunderbird', submit_ip='185.107.56.203',
                          ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2')
    s.what = 'Continuation of a real delivery-date thread from the supplier\'s key account manager, demanding 50 % prepayment (96.450 EUR) to a "Sonderkonto" because of a credit-insurer limit; pro-forma with GiroCode.'
    s.why = 'Sent from the genuinely compromised mailbox s.maier@lieferant-gmbh.de through the real relay (SPF/DKIM pass) but submitted from a hosting IP (185.107.56.203) with a Thunderbird client the sender never uses; new account at Solaris (not the known Sparkasse/Deutsche Bank accounts); urgency and phone number not on file.'


# ------------------------------------------------------------------------------------------------ 03
@message('attack', 3, 'de', 'ceo-fraud-gmx-vertraulich')
def a03(s):
    s.sent('2026-11-09 07:52:16', 'DE')
    s.frm = ('Joachim Wetzel', 'j.wetzel.privat@gmx.net')
    s.to = [who('christian.vogel')]
    s.subject = 'Vertraulich – Projekt Kupferhütte'
    text = ("Guten Morgen Herr Vogel,\n\nich schreibe Ihnen von meiner privaten Adresse, da ich heute und morgen in "
            "Warschau bin und auf das Firmenpostfach nur eingeschränkt zugreifen kann.\n\n"
            "Wir stehen kurz vor der Unterzeichnung einer Beteiligung an einem polnischen Hersteller (intern: Projekt "
            "„Kupferhütte“). Bis zur Veröffentlichung unterliegt der Vorgang strikter Vertraulichkeit, das ist auch "
            "kapitalmarktrechtlich relevant. Bitte sprechen Sie vorerst mit niemandem darüber, auch nicht mit Frau "
            "Krüger – sie ist eingebunden, nimmt aber heute an der Due-Diligence-Runde teil und gibt alles nach dem "
            "Signing formal frei.\n\n"
            "Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung zu leisten. Die Abwicklung läuft über "
            "Dr. Leonhard Brenner (Kanzlei in Frankfurt), der Sie in Kürze kontaktieren wird. Sie übernehmen bitte die "
            "Ausführung über das Commerzbank-Portal.\n\n"
            "Sind Sie heute Vormittag erreichbar? Schicken Sie mir bitte Ihre Handynummer, ich bin ab 10 Uhr in "
            "Gesprächen und kann nur Nachrichten lesen.\n\nDanke für Ihre Diskretion.\n\nJoachim Wetzel\n\n"
            "Von meinem iPad gesendet")
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'),
                 html('<!DOCTYPE html><html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
                      + ''.join('<div>%s</div>' % (esc(l) if l else '&nbsp;') for l in text.split('\n'))
                      + '</div></body></html>\n', 'utf-8', 'quoted-printable'))
    s.system = Ionos(gmx=True, client='web', webmail=True)
    s.what = '"CEO" writes the treasury accountant from a private GMX address about a confidential acquisition, asks for secrecy (even from the CFO) and his mobile number; a "lawyer" will follow with payment details.'
    s.why = 'Classic CEO fraud opener: free-mail address never used by the CEO, secrecy and exclusion of the CFO, move to phone/WhatsApp, payment via third party "lawyer". Authentication passes for gmx.net only.'


# ------------------------------------------------------------------------------------------------ 04
@message('attack', 4, 'de', 'registerabzocke-eintragungsofferte')
def a04(s):
    s.sent('2026-11-12 06:31:05', 'DE')
    s.frm = ('Gewerbe- und Handelsregister Verzeichnis', 'service@register-unternehmensdaten.de')
    s.to = [('', 'info@example.com')]
    s.subject = 'Datenabgleich HRB 98231 Amtsgericht Köln – Rückmeldung bis 27.11.2026'
    iban = make_iban('DE', '20040000' + '0658213400')
    amount = 950.10
    link = 'https://register-unternehmensdaten.de/datenabgleich/HRB98231?ref=KX-26-48107'
    text = ("Eintragungsofferte / Datenabgleich\n\nSehr geehrte Damen und Herren,\n\n"
            "für Ihr Unternehmen Example Kabelwerke GmbH, eingetragen beim Amtsgericht Köln unter HRB 98231, liegt "
            "uns ein unvollständiger Datensatz vor. Bitte prüfen Sie die im Anhang aufgeführten Angaben, ergänzen Sie "
            "diese gegebenenfalls und senden Sie das Formular unterschrieben an uns zurück oder bestätigen Sie den "
            "Datenabgleich online:\n\n%s\n\n"
            "Rückmeldefrist: 27.11.2026\n\nMit freundlichen Grüßen\nIhr Team Datenabgleich\n\n"
            "RfU - Register für Unternehmensdaten · Postfach 10 04 21 · 20003 Hamburg\n"
            "Diese Mitteilung ist ein Angebot. Mit Rücksendung des Formulars oder Zahlung kommt ein Vertrag über die "
            "Eintragung in das Online-Verzeichnis gemäß Ziffer 4 der AGB zustande (Laufzeit 3 Jahre, jährlich 798,40 EUR "
            "zzgl. USt.). Abmeldung: abmelden@register-unternehmensdaten.de\n" % link)
    pdfb = docs.document(
        s, seller=dict(name='Register für Unternehmensdaten', tagline=['Zentrales Verzeichnis Gewerbe · Handel · Industrie'],
                       lines=['Postfach 10 04 21', '20003 Hamburg', 'service@register-unternehmensdaten.de']),
        buyer_lines=['Example Kabelwerke GmbH', 'Am Kabelwerk 12', '51063 Köln'],
        title='Datenabgleich / Eintragungsantrag',
        meta=[('Registernummer', 'HRB 98231'), ('Registergericht', 'Amtsgericht Köln'), ('Aktenzeichen', 'KX-26-48107'),
              ('Frist', '27.11.2026')],
        columns=[('Feld', 150, 'l'), ('Gespeicherte Angabe', 230, 'l'), ('Korrektur', 115, 'l')],
        rows=[['Firma', 'Example Kabelwerke GmbH', ''], ['Anschrift', 'Am Kabelwerk 12, 51063 Köln', ''],
              ['Branche (WZ 2008)', '27.32 Herstellung von sonstigen elektronischen und elektrischen Drähten und Kabeln', ''],
              ['Telefon', '+49 221 96487-0', ''], ['E-Mail / Web', 'info@example.com', ''],
              ['Geschäftsführung', '(fehlt)', '']],
        totals=[('Jahresentgelt netto', '798,40 EUR', False), ('USt. 19 %', '151,70 EUR', False),
                ('Erstes Jahr brutto', '950,10 EUR', True)],
        notes=['Bitte Daten prüfen, unterschreiben und zurücksenden oder das erste Jahresentgelt per Überweisung bzw. '
               'GiroCode begleichen. Mit der Unterschrift / Zahlung beauftragen Sie die Eintragung in das Verzeichnis '
               'RfU-Online für 36 Monate zu den umseitigen AGB (jährlich 798,40 EUR zzgl. USt., im Voraus fällig).',
               'Bankverbindung: RfU Verlag, IBAN %s, BIC COBADEHHXXX, Verwendungszweck KX-26-48107.' % group4(iban),
               'Ort, Datum, Unterschrift, Firmenstempel: ___________________________________'],
        qr=(docs.epc_qr('COBADEHHXXX', 'RfU Verlag', iban, amount, 'KX-26-48107 HRB 98231'), 'GiroCode'),
        footer=['RfU – Register für Unternehmensdaten · kein amtliches Register · Das Verzeichnis steht in keiner Verbindung zum Handelsregister der Amtsgerichte.'],
        producer='LibreOffice 7.6', creator='Writer', author='', color=(0.1, 0.3, 0.2))
    hbody = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">'
             '<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #1a4d33"><tr><td style="padding:16px">'
             '<p style="font-size:18px;font-weight:bold;color:#1a4d33">Eintragungsofferte / Datenabgleich</p>'
             + para_html(text.split('\n\n', 1)[1].replace(link, 'LINKHERE'), {}).replace('LINKHERE', '<a href="%s">Datenabgleich jetzt online bestätigen</a>' % esc(link))
             + '</td></tr></table></body></html>\n')
    s.body = mixed(alt(plain(text, 'iso-8859-15', 'quoted-printable'), html(hbody, 'iso-8859-15', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'Datenabgleich_HRB98231_KX-26-48107.pdf'))
    s.system = Brevo(dkim_domain='register-unternehmensdaten.de')
    s.what = '"Datenabgleich" for the company\'s Handelsregister entry with a pre-filled form, 950,10 EUR first-year fee and GiroCode, sent to info@.'
    s.why = 'Register/directory scam: imitates an official register, the fee and 3-year contract are only in small print; unrelated private "RfU" sending via Brevo; payment to a Hamburg account via GiroCode.'


# ------------------------------------------------------------------------------------------------ 05
@message('attack', 5, 'de', 'paypal-rechnung-callback')
def a05(s):
    s.sent('2026-11-24 13:06:51', 'DE')
    s.frm = ('PayPal', 'service@paypal.de')
    s.to = [who('thomas.becker')]
    s.subject = 'Neue Rechnung von Microsoft 365 Lizenzservice (Rechnungsnr. MS-0047193)'
    inv = 'INV2-%s-%s-%s-%s' % tuple(ralnum(s.rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))
    url = 'https://www.paypal.com/invoice/p/#%s' % inv
    phone = '+49 800 589 4417'
    s.phones = [phone]
    note = ("Ihr Abonnement Microsoft 365 Business Premium (25 Lizenzen, Laufzeit 12 Monate) wurde automatisch "
            "verlängert. Der Betrag wird innerhalb von 24 Stunden von Ihrem PayPal-Konto abgebucht. Wenn Sie diese "
            "Verlängerung nicht veranlasst haben, rufen Sie bitte sofort unsere Abrechnungsabteilung an: %s "
            "(kostenfrei, Mo–Sa 8–20 Uhr). Eine Stornierung ist nur telefonisch möglich." % phone)
    text = ("Microsoft 365 Lizenzservice hat Ihnen eine Rechnung über 1.249,00 EUR geschickt.\n\n"
            "Fällig am: 25. Nov. 2026\nRechnungsnummer: MS-0047193\n\nHinweis vom Verkäufer:\n%s\n\n"
            "Rechnung ansehen und bezahlen: %s\n\n"
            "Microsoft 365 Lizenzservice\nmicrosoft365.abrechnung.de@gmail.com\n\n"
            "Haben Sie Fragen zu dieser Rechnung? Wenden Sie sich bitte direkt an den Verkäufer.\n\n"
            "Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.\nPayPal (Europe) S.à r.l. et Cie, S.C.A., "
            "22-24 Boulevard Royal, L-2449 Luxembourg\nPPX000603:7a4c1e9b2d3f5" % (note, url))
    h = ('<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
         '<meta name="viewport" content="width=device-width, initial-scale=1"><title>PayPal</title></head>\n'
         '<body style="margin:0;padding:0;background:#f7f9fa"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0">'
         '<tr><td align="center"><table role="presentation" width="600" style="background:#ffffff;font-family:\'PayPal Sans\',Helvetica,Arial,sans-serif;color:#2c2e2f">\n'
         '<tr><td style="padding:24px 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>\n'
         '<tr><td style="padding:0 32px"><h1 style="font-size:28px;font-weight:400">Microsoft 365 Lizenzservice hat Ihnen eine Rechnung über 1.249,00&nbsp;EUR geschickt</h1>'
         '<p style="font-size:15px">Fällig am: 25. Nov. 2026<br>Rechnungsnummer: MS-0047193</p>'
         '<p style="font-size:15px"><strong>Hinweis vom Verkäufer</strong><br>%s</p>'
         '<p><a href="%s" style="display:inline-block;background:#003087;color:#ffffff;border-radius:24px;padding:12px 28px;text-decoration:none;font-weight:bold">Rechnung ansehen und bezahlen</a></p>'
         '<p style="font-size:13px;color:#6c7378">Microsoft 365 Lizenzservice<br>microsoft365.abrechnung.de@gmail.com</p></td></tr>\n'
         '<tr><td style="padding:24px 32px;font-size:11px;color:#6c7378">Haben Sie Fragen zu dieser Rechnung? Wenden Sie sich bitte direkt an den Verkäufer.<br><br>'
         'Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg<br>PPX000603:7a4c1e9b2d3f5</td></tr>'
         '</table></td></tr></table></body></html>\n' % (esc(note), esc(url)))
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    pid = ralnum(s.rng, 13, '0123456789abcdef')

    def rec(r, sp, t):
        return 'from paypal.com (ccg01mail%02d.ccg01.paypalcorp.com [10.255.%d.%d])\n\tby mx0.phx.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            r.randint(1, 20), r.randint(1, 200), r.randint(1, 200), rhex(r, 10).upper(), sp.rcpt[0], fmt_date(t, 'US-PT', 'postfix'))
    s.system = Platform('mx0.phx.paypal.com', '66.211.170.88',
                        [('paypal.de', 'pp-dkim1', 'Date:To:Subject:From:Message-ID:Content-Type:MIME-Version', 'relaxed/relaxed')],
                        env_from='service@paypal.de', style='hexb',
                        desc='PayPal transactional MTA (mx0.phx.paypal.com 66.211.170.0/24), DKIM d=paypal.de s=pp-dkim1',
                        mid_domain='paypal.com', zone='US-PT', received=[rec],
                        headers_after=[('X-Email-Type-Id', 'PPX000603'), ('X-PP-Email-transmission-Id', lambda r, sp: ruuid(r)),
                                       ('PP-Correlation-Id', lambda r, sp: rhex(r, 13)), ('X-MaxCode-Template', 'PPX000603'),
                                       ('X-XPT-XSL-Name', 'nodeMailer')],
                        order=('Date', 'Message-ID', 'From', 'To', 'Subject', 'MIME-Version'), date_style='std0')
    s.what = 'Genuine PayPal invoice e-mail from an attacker-created merchant "Microsoft 365 Lizenzservice" (1.249 EUR) whose seller note urges calling a "billing department" to cancel.'
    s.why = 'Callback phishing through a real platform: every authentication check passes (paypal.de), the only payload is the phone number +49 800 589 4417 in the seller note; merchant is a Gmail address posing as Microsoft. The call leads to remote-access / card fraud.'


# ------------------------------------------------------------------------------------------------ 06
@message('attack', 6, 'de', 'acrobat-sign-qr-quishing')
def a06(s):
    s.sent('2026-11-26 09:41:27', 'DE')
    s.frm = ('NordWest Verteilnetz über Adobe Acrobat Sign', 'info@kranz-elektrotechnik.de')
    s.to = [who('daniel.fuchs')]
    s.subject = 'Zur Unterschrift: Rahmenvertrag 2027-2029 Mittelspannungskabel – NordWest Verteilnetz GmbH'
    url = 'https://acrobat-sign-eu.jmeyer-4471.workers.dev/r/?u=ZGFuaWVsLmZ1Y2hzQGV4YW1wbGVncm91cC5ldQ'
    qrpng = s.qr_png(url, 5)
    logo = docs.logo_png('ACROBAT SIGN', (180, 20, 20), 230, 50, rings=False)
    text = ("NordWest Verteilnetz GmbH hat Ihnen ein Dokument zur Unterschrift gesendet.\n\n"
            "Rahmenvertrag 2027-2029 Mittelspannungskabel NA2XS(F)2Y – Ausfertigung Example Kabelwerke GmbH\n"
            "Absender: Birgit Janssen, Strategischer Einkauf\n\n"
            "Aus Sicherheitsgründen kann dieses Dokument nur mit einem Mobilgerät geöffnet werden. Scannen Sie den "
            "QR-Code mit der Kamera Ihres Smartphones, um das Dokument zu prüfen und elektronisch zu unterschreiben.\n\n"
            "Die Anfrage läuft am 28.11.2026 ab.\n\n"
            "Adobe Acrobat Sign · © 2026 Adobe. Alle Rechte vorbehalten.")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#f4f4f4;margin:0">'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">'
         '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2c2c2c">'
         '<tr><td style="padding:20px 28px;border-bottom:1px solid #e1e1e1"><img src="cid:acrobatlogo" width="230" height="50" alt="Adobe Acrobat Sign"></td></tr>'
         '<tr><td style="padding:24px 28px"><p style="font-size:18px"><b>NordWest Verteilnetz GmbH</b> hat Ihnen ein Dokument zur Unterschrift gesendet.</p>'
         '<p style="background:#f7f7f7;padding:10px 14px;border-left:4px solid #eb1000">Rahmenvertrag 2027-2029 Mittelspannungskabel NA2XS(F)2Y – Ausfertigung Example Kabelwerke GmbH<br>'
         '<span style="color:#6e6e6e">Absender: Birgit Janssen, Strategischer Einkauf</span></p>'
         '<p>Aus Sicherheitsgründen kann dieses Dokument nur mit einem Mobilgerät geöffnet werden. Scannen Sie den QR-Code '
         'mit der Kamera Ihres Smartphones, um das Dokument zu prüfen und elektronisch zu unterschreiben.</p>'
         '<p align="center"><img src="cid:qr-sign-7741" width="205" height="205" alt="QR"></p>'
         '<p style="color:#6e6e6e;font-size:12px">Die Anfrage läuft am 28.11.2026 ab.</p></td></tr>'
         '<tr><td style="padding:16px 28px;font-size:11px;color:#8e8e8e;border-top:1px solid #e1e1e1">Adobe Acrobat Sign · © 2026 Adobe. Alle Rechte vorbehalten.</td></tr>'
         '</table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'),
                 related(html(h, 'utf-8', 'quoted-printable'),
                         inline_image(logo, 'image001.png', 'acrobatlogo'),
                         inline_image(qrpng, 'qr.png', 'qr-sign-7741')))
    s.system = Ionos(client='outlook')
    s.what = 'Adobe Acrobat Sign look-alike: framework contract from customer NordWest "to sign", document opens only via a QR code (Cloudflare Workers URL with the recipient\'s address base64-encoded).'
    s.why = 'Quishing: the QR code hides a credential-phishing URL from link scanners; sent from a compromised SME mailbox at IONOS (kranz-elektrotechnik.de) with display name spoofing NordWest/Adobe; no Adobe infrastructure; NordWest really uses DocuSign.'


# ------------------------------------------------------------------------------------------------ 07
@message('attack', 7, 'de', 'kunde-hijack-zip-passwort-lnk')
def a07(s):
    s.sent('2026-12-02 11:23:40', 'DE')
    s.frm = ('Sven Oberbeck', 's.oberbeck@swbl-netz.de')
    s.to = [who('daniel.fuchs')]
    s.subject = 'AW: Anfrage NAYY-J 4x150 SE und NA2XS2Y 1x240 – Angebot 2026-0871'
    s.replies = 2
    s.in_reply_to = s.mid_ref('example.com', 'exchange')
    s.references = s.mid_ref('swbl-netz.de') + ' ' + s.in_reply_to
    pw = 'SW2026'
    zipname = 'Mengenliste_Anfrage_2026-0871.zip'
    inner = archives.inert_lnk_stub()
    z = archives.make_zip_encrypted([('Mengenliste_Anfrage_2026-0871.pdf.lnk', inner)], pw, s.zip_time(20), s.rng)
    s.zip_pw[zipname] = pw
    text = ("Guten Tag Herr Fuchs,\n\nanbei wie besprochen die überarbeitete Mengenliste mit den Lieferadressen für "
            "die Abrufe 2027. Die Datei ist wegen der Lieferadressen (Umspannwerke) verschlüsselt.\n\n"
            "Kennwort: %s\n\nBitte um kurze Rückmeldung, ob Sie die Mengen zum Angebotspreis halten können.\n\n"
            "Mit freundlichen Grüßen\n\nSven Oberbeck\nMaterialwirtschaft\nStadtwerke Bergisch Land Netz GmbH\n"
            "Tel. 02191 8842-317\n" % pw)
    q_sent = ol_sent(_dt.datetime(2026, 3, 17, 14, 5, tzinfo=_dt.timezone.utc), 'DE', 'de')
    qbody = ("Sehr geehrter Herr Oberbeck,\n\nvielen Dank für Ihre Anfrage. Anbei unser Angebot 2026-0871 für "
             "NAYY-J 4x150 SE 0,6/1 kV und NA2XS2Y 1x240 RM/25 12/20 kV, gültig bis 30.06.2026.\n\n"
             "Mit freundlichen Grüßen\nDaniel Fuchs\nVertriebsleiter Energie- & Netzkabel\nExample Kabelwerke GmbH")
    qp, qh = ol_quote('de', who('daniel.fuchs'), q_sent, [('Sven Oberbeck', 's.oberbeck@swbl-netz.de')],
                      'Anfrage NAYY-J 4x150 SE und NA2XS2Y 1x240 – Angebot 2026-0871', qbody)
    s.body = mixed(alt(plain(text + qp, 'windows-1252', 'quoted-printable'),
                       html(ol_html(ol_paras(text, bold=('Kennwort: ' + pw,)) + qh, 'windows-1252'), 'windows-1252', 'quoted-printable')),
                   attachment('application/x-zip-compressed', z, zipname))
    s.system = Exim('srv04.netcup-kommunal.de', '198.51.100.177', mode='auth', client='outlook', zone='DE', dkim=True,
                    desc='municipal utility on shared cPanel/Exim hosting (srv04.netcup-kommunal.de [198.51.100.177])')
    s.what = 'Reply from a (real) municipal utility contact to an old quotation thread from March 2026, with a password-protected ZIP "Mengenliste" and the password in the body.'
    s.why = 'Thread hijacking malware delivery (Emotet/Qakbot style): months-old thread revived, encrypted ZIP defeats scanning, contains a .pdf.lnk shortcut (loader); sent with stolen credentials via the customer\'s hosting from a foreign IP.'


# ------------------------------------------------------------------------------------------------ 08
@message('attack', 8, 'de', 'abmahnung-bildrechte-dropbox')
def a08(s):
    s.sent('2026-10-20 15:12:08', 'DE')
    s.frm = ('Lena Brandt Fotografie', 'lena.brandt.fotografie@gmail.com')
    s.to = [('', 'info@example.com')]
    s.subject = 'Urheberrechtsverletzung auf www.example.com – Aufforderung zur Stellungnahme'
    url = 'https://www.dropbox.com/scl/fi/x7q2kd9w4mzr1b8lj3v0e/Nachweise_Bildnutzung_Example-Kabelwerke.zip?rlkey=k1w9s8f3pzy6u0q4t2m7c5hd&dl=1'
    text = ("Sehr geehrte Damen und Herren,\n\nbei einer Routinerecherche habe ich festgestellt, dass auf Ihrer "
            "Internetseite www.example.com (Rubrik „Referenzen / Netzausbau“) mindestens vier meiner Fotografien ohne "
            "Lizenz und ohne Urhebernennung verwendet werden. Die Aufnahmen stammen aus meiner Serie zum Kabeltiefbau "
            "im Rheinland (2023) und sind urheberrechtlich geschützt.\n\n"
            "Die Screenshots Ihrer Seite sowie die Originaldateien mit EXIF-Daten habe ich zur Prüfung hier "
            "zusammengestellt:\n%s\n\n"
            "Ich gebe Ihnen Gelegenheit, innerhalb von 7 Tagen Stellung zu nehmen und die Bilder zu entfernen bzw. eine "
            "nachträgliche Lizenz zu erwerben. Andernfalls werde ich meinen Rechtsanwalt mit der Abmahnung beauftragen; "
            "die Kosten hierfür (Gegenstandswert 24.000 EUR) wären dann von Ihnen zu tragen.\n\n"
            "Mit freundlichen Grüßen\nLena Brandt\nFotografin · Düsseldorf\n" % url)
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'),
                 html(gm_html(text, {url: url}), 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = Gmail()
    s.what = 'Photographer claims unlicensed use of her photos on the company website and links a ZIP of "evidence" on Dropbox, threatening a costly Abmahnung.'
    s.why = 'Fake copyright/legal-notice lure (current German wave): free-mail sender, deadline and cost pressure, "evidence" is a downloadable ZIP (malware loader) on an abused file-sharing platform.'
