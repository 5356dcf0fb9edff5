"""business/01-08: German-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario
from msgs.attack_de import docusign_mail, docusign_transport

LIEF_FOOT = ('Lieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld · AG Bielefeld HRB 40217 · '
             'Geschäftsführer: Klaus-Dieter Brinkmann, Annette Vorwerk · USt-IdNr. %s' % ids.de_ust('12583947'))
LIEF_LAN = '192.168.10.%d'


def lieferant_relay(m, t, origin_helo, origin_ip, proto='ESMTPSA', client_style='outlook_smtp'):
    """Lieferant GmbH: LAN client -> mail.lieferant-gmbh.de (Postfix, OpenDKIM s=lgm2025)."""
    r = m.rng
    return sy.corp_relay(m, t, 'mail.lieferant-gmbh.de', '203.0.113.25',
                         inner=[(origin_helo, 'unknown' if proto == 'ESMTPSA' else origin_helo, origin_ip, 'mail.lieferant-gmbh.de', proto)],
                         dkim=('lieferant-gmbh.de', 'lgm2025'), client_style=client_style)


# ---------------------------------------------------------------------------
@scenario('business', '01-de-lieferant-rechnung-xrechnung-girocode.eml')
def b01(m):
    r = m.rng
    jana = S('Köhler')
    m.frm = ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [jana]
    m.rcpt = [jana[1]]
    m.mail_from = 'rechnungen@lieferant-gmbh.de'
    num = 'RE-2026-11702'
    m.subject = 'Rechnung %s zu Ihrer Bestellung 4500018834' % num
    m.date = T(2026, 11, 6, 6, 15, 2)
    m.msgid = m.mid('javamail', 'lieferant-gmbh.de')
    m.hdr_charset, m.hdr_enc = 'iso-8859-15', 'Q'
    iban = data.LIEFERANT_IBAN_NEW
    bic = 'GENODEM1BIE'
    items = [('Sprinklerkopf K80, 68 °C, stehend, verchromt (Art. 6620-80)', 800, 6.85, 'H87'),
             ('CO2-Feuerlöscher 5 kg, 34B, inkl. Wandhalter (Art. 4711-05)', 120, 89.50, 'H87'),
             ('Sprinklerschlüssel für K80/K115 (Art. 6690-01)', 40, 4.20, 'H87')]
    xml, (net, vat, gross) = kit.cii_xml(num, '20261106', 'Lieferant GmbH', ids.de_ust('12583947'),
                                        'Example Brandschutztechnik GmbH', '4500018834', items, 19, iban, bic, '20261206',
                                        seller_addr=('33609', 'Eckendorfer Straße 91', 'DE'),
                                        buyer_addr=('30179', 'Vahrenwalder Straße 269', 'DE'), contact_mail='rechnungen@lieferant-gmbh.de')
    epc = ids.epc_qr(bic, 'Lieferant GmbH', iban, gross, '%s Kd-Nr 10448' % num)
    pdfdata, tot = kit.invoice_pdf(
        'de', ['Lieferant GmbH', 'Brandschutzbedarf · Sprinklertechnik · Ersatzteile', 'Eckendorfer Straße 91', '33609 Bielefeld',
               'Tel. +49 521 93817-0', 'rechnungen@lieferant-gmbh.de'],
        ['Example Brandschutztechnik GmbH', 'Kreditorenbuchhaltung', 'Vahrenwalder Straße 269', '30179 Hannover'],
        num, '06.11.2026', [(d, q, p) for d, q, p, _ in items], 'EUR', 19,
        ['Bielefelder Volksbank eG', 'IBAN: %s' % ids.fmt_iban(iban), 'BIC: %s' % bic],
        meta_lines=['Kunden-Nr.|10448', 'Ihre Bestellung|4500018834', 'Lieferdatum|04.11.2026', 'Fällig am|06.12.2026'],
        notes=['Zahlbar innerhalb von 30 Tagen ohne Abzug. Diese Rechnung liegt zusätzlich als XRechnung (CII) bei; '
               'maßgeblich ist der strukturierte Datensatz.'],
        qr_payload=epc, qr_caption='GiroCode', creator='proALPHA ERP', producer='proALPHA Document Output (iText 7.2.5)',
        pdfdate="D:20261106071420+01'00'", extra_footer=LIEF_FOOT)
    assert abs(tot['gross'] - gross) < 0.005
    body = ('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung %s vom 06.11.2026 über %s EUR.\n\n'
            'Die Rechnung liegt als PDF (Sichtbeleg) und als E-Rechnung im Format XRechnung 3.0 (UN/CEFACT CII) bei.\n\n'
            'Bitte beachten Sie: Seit dem 01.11.2026 lautet unsere Bankverbindung Bielefelder Volksbank eG, IBAN %s. '
            'Die Umstellung wurde Ihnen mit Schreiben vom 01.10.2026 angekündigt.\n\n'
            'Bei Rückfragen zur Rechnung erreichen Sie uns unter +49 521 93817-40.\n\nMit freundlichen Grüßen\n'
            'Lieferant GmbH - Finanzbuchhaltung\n\n--\n%s\n') % (num, kit.fmt_money(gross, 'de'), ids.fmt_iban(iban), LIEF_FOOT)
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('mixed', [
        Part('text/plain', body, 'iso-8859-15', 'quoted-printable', ctype_value='text/plain; charset=ISO-8859-15'),
        attachment(pdfdata, '%s.pdf' % num, 'application/pdf', 'generic', r),
        attachment(xml.encode('utf-8'), '%s_xrechnung.xml' % num, 'application/xml', 'generic', r)], bnd)
    hdrs, conn, tmx, dkb = lieferant_relay(m, m.date, 'erp01.lieferant.local', LIEF_LAN % 31, proto='ESMTP', client_style='generic')
    hdrs = [h for h in hdrs]
    hdrs.insert(len(hdrs) - 1, ('X-Mailer', 'proALPHA Mail Service'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'lieferant-gmbh.de'), dkim=[('pass', 'lieferant-gmbh.de', 'lgm2025', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'lieferant-gmbh.de')), body_obj)
    m.qr_expect = [epc]
    m.fact('ibans', iban)
    m.fact('phones', '+49 521 93817-40', '+49 521 93817-0')
    m.fact('other', 'EPC GiroCode EUR %.2f, BIC %s' % (gross, bic))
    m.what = 'Invoice RE-2026-11702 from the supplier\'s ERP for order 4500018834: PDF with GiroCode plus XRechnung 3.0 (CII) XML; notes the bank switch announced on 01.10.'
    m.why = 'Sent by Lieferant\'s ERP through its own relay mail.lieferant-gmbh.de (SPF/DKIM/DMARC pass); the IBAN matches the change announced properly a month earlier (business/02) and is identical in PDF, QR and XML; refers to a real order.'
    m.hard_negative_of = (['01-de-lieferant-bankwechsel-lookalike.eml', '07-de-registerportal-girocode.eml'],
                          'Invoice with bank details and a GiroCode from Lieferant GmbH',
                          'Real domain and relay, structured e-invoice, IBAN = the one announced by letter and verifiable by phone; no urgency.')


# ---------------------------------------------------------------------------
@scenario('business', '02-de-lieferant-bankwechsel-korrekt-angekuendigt.eml')
def b02(m):
    r = m.rng
    jana = S('Köhler')
    claudia = S('Hoffmann')
    petra = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    m.frm = petra
    m.to = [jana]
    m.cc = [claudia]
    m.rcpt = [jana[1], claudia[1]]
    m.mail_from = petra[1]
    m.subject = 'Ankündigung: Wechsel unserer Hausbank zum 01.11.2026'
    m.date = T(2026, 10, 1, 10, 26, 40)
    m.msgid = m.mid('outlook_smtp', 'lieferant-gmbh.de')
    m.hdr_charset, m.hdr_enc = 'windows-1252', 'Q'
    m.phrase_mixed = True
    m.content_language = 'de'
    old, new = data.LIEFERANT_IBAN_OLD, data.LIEFERANT_IBAN_NEW
    body = ('Sehr geehrte Frau Köhler,\n\nwir möchten Sie frühzeitig informieren: Zum 01.11.2026 wechseln wir unsere Hausbank '
            'von der Sparkasse Bielefeld zur Bielefelder Volksbank eG.\n\nNeue Bankverbindung ab 01.11.2026:\n'
            'Bielefelder Volksbank eG\nIBAN: %s\nBIC: GENODEM1BIE\n\nBis einschließlich 31.10.2026 bleibt unser bisheriges '
            'Konto (IBAN %s) gültig. Zahlungseingänge auf das alte Konto werden noch bis Ende Januar 2027 automatisch '
            'weitergeleitet, es geht also nichts verloren.\n\nDas Schreiben unserer Geschäftsführung (unterzeichnet von '
            'beiden Geschäftsführern) finden Sie im Anhang; es geht Ihnen zusätzlich per Post zu.\n\nBitte verifizieren Sie '
            'die Änderung wie gewohnt durch einen Rückruf über unsere Zentrale +49 521 93817-0 – bitte nicht über '
            'Telefonnummern aus E-Mails. Wir werden Sie niemals per E-Mail auffordern, fällige Zahlungen kurzfristig auf ein '
            'anderes Konto umzuleiten.\n\nAb der ersten Rechnung im November finden Sie die neue Verbindung auch im '
            'Rechnungsfuß, im GiroCode und in der XRechnung.\n\nMit freundlichen Grüßen\n\nPetra Lang\n'
            'Leiterin Finanzbuchhaltung\nLieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld\n'
            'Tel. +49 521 93817-40\n') % (ids.fmt_iban(new), ids.fmt_iban(old))
    letter = kit.letter_pdf(
        ['Lieferant GmbH', 'Brandschutzbedarf · Sprinklertechnik · Ersatzteile',
         'Eckendorfer Straße 91 · 33609 Bielefeld · Tel. +49 521 93817-0 · info@lieferant-gmbh.de'],
        ['Example Brandschutztechnik GmbH', 'Kreditorenbuchhaltung', 'Vahrenwalder Straße 269', '30179 Hannover'],
        'Bielefeld, 30.09.2026', 'Wechsel unserer Bankverbindung zum 01.11.2026',
        ['Sehr geehrte Damen und Herren,',
         'zum 01.11.2026 verlegen wir unseren Zahlungsverkehr zur Bielefelder Volksbank eG. Bitte verwenden Sie ab diesem '
         'Datum folgende Bankverbindung:',
         '  Bielefelder Volksbank eG · IBAN %s · BIC GENODEM1BIE' % ids.fmt_iban(new),
         'Bis einschließlich 31.10.2026 gilt weiterhin: Sparkasse Bielefeld · IBAN %s.' % ids.fmt_iban(old),
         'Zu Ihrer Sicherheit: Bitte bestätigen Sie die neue Bankverbindung telefonisch über unsere Zentrale '
         '(+49 521 93817-0). Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit Unterschrift '
         'beider Geschäftsführer mit.'],
        'Mit freundlichen Grüßen\n\nKlaus-Dieter Brinkmann          Annette Vorwerk\nGeschäftsführer                 Geschäftsführerin',
        creator='Microsoft® Word 2021', producer='Microsoft® Word 2021', pdfdate="D:20260930153002+02'00'", footer=LIEF_FOOT)
    html = kit.outlook_html(body, 'de', 'windows-1252')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'windows-1252', 'quoted-printable'),
                                                             text(html, 'html', 'windows-1252', 'quoted-printable')], bnd_a),
                                   attachment(letter, 'Lieferant_Bankwechsel_01-11-2026.pdf', 'application/pdf', 'outlook', r, plus(m.date, -900))],
                           bnd_m, preamble='This is a multipart message in MIME format.')
    hdrs, conn, tmx, dkb = lieferant_relay(m, m.date, 'PC-FIBU03', LIEF_LAN % 57)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'lieferant-gmbh.de'), dkim=[('pass', 'lieferant-gmbh.de', 'lgm2025', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'lieferant-gmbh.de')), body_obj)
    m.fact('ibans', new, old)
    m.fact('phones', '+49 521 93817-0', '+49 521 93817-40')
    m.what = 'Supplier announces a change of house bank one month ahead, with a letter signed by both managing directors, and asks to verify by calling the known switchboard.'
    m.why = 'From the real mailbox through Lieferant\'s own relay, long lead time, old account stays valid and forwarded, explicit call-back via the known number, letter also by post; the new IBAN later appears in the genuine invoice (business/01).'
    m.hard_negative_of = (['01-de-lieferant-bankwechsel-lookalike.eml', '17-it-ferretti-hijack-cambio-iban.eml', '22-pl-partner-logistic-lookalike-rachunek.eml'],
                          'Supplier bank-detail change',
                          'Authenticated real domain, advance notice, no pressure, invites out-of-band verification instead of discouraging it.')


# ---------------------------------------------------------------------------
@scenario('business', '03-de-ceo-dringend-freigabe-intern.eml')
def b03(m):
    r = m.rng
    ceo = S('Wegener')
    claudia = S('Hoffmann')
    jana = S('Köhler')
    m.frm = ceo
    m.to = [claudia]
    m.cc = [jana]
    m.rcpt = [claudia[1], jana[1]]
    m.mail_from = ceo[1]
    m.subject = 'Dringend: Anzahlung Sprinklerzentrale LZ Peine heute freigeben'
    m.date = T(2026, 11, 6, 11, 42, 18)
    m.msgid = m.mid('exchange', 'EXCH02.corp.example.com')
    m.hdr_charset, m.hdr_enc = 'iso-8859-1', 'Q'
    m.phrase_mixed = True
    body = ('Hallo Claudia,\n\ndie Anzahlung (30 %) für die Sprinklerzentrale im Logistikzentrum Peine an Lieferant GmbH muss '
            'heute noch raus, sonst verlieren wir den Fertigungsslot KW 47 für die Pumpenanlage und damit den Termin beim Kunden.\n\n'
            'Die Anzahlungsrechnung liegt im DMS (Workflow FR-2026-1184), Projektleitung (Lena) und ich haben bereits freigegeben. '
            'Es fehlt nur noch deine Zahlungsfreigabe im Banking. Bankverbindung bitte wie im Kreditorenstamm - das ist die '
            'neue Volksbank-Verbindung, die Jana Anfang Oktober telefonisch mit Frau Lang verifiziert hat.\n\n'
            'Falls etwas unklar ist, ruf mich kurz an, ich bin bis 15 Uhr im Haus (Durchwahl -100), danach mobil.\n\n'
            'Danke dir!\nThomas\n\n--\nDr. Thomas Wegener\nGeschäftsführer\nExample Brandschutztechnik GmbH\n'
            'Vahrenwalder Straße 269 · 30179 Hannover\nTel. +49 511 5468 100\n')
    html = kit.outlook_html(body, 'de', 'iso-8859-1')
    bnd = kit.boundary(r, 'exchange')
    body_obj = Multipart('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                         text(html, 'html', 'iso-8859-1', 'quoted-printable')], bnd)
    hdrs, conn, tmx = sy.exchange_internal(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), None, body_obj, tls=sy.TLS12)
    m.fact('phones', '+49 511 5468 100')
    m.what = 'Urgent internal request from the CEO to the CFO to release a down payment today, referring to the DMS approval workflow and master data.'
    m.why = 'Internal mail through EXCH02 → mail-int01 (no external hop), CEO\'s real address, refers to the normal four-eyes workflow and verified master data, invites a phone call, copies accounts payable – urgency without secrecy.'
    m.hard_negative_of = (['02-de-ceo-vertraulich-icloud.eml', '28-es-ceo-operacion-confidencial.eml'],
                          'Urgent payment request from the CEO',
                          'Internal transport, usual approval process, no secrecy, no new bank details, call-back invited.')


# ---------------------------------------------------------------------------
@scenario('business', '04-de-docusign-wartungsvertrag-nordstadt.eml')
def b04(m):
    r = m.rng
    kai = S('Janßen')
    sender_name = 'Birgit Hansen'
    sender_email = 'b.hansen@nordstadt-logistikpark.de'
    m.frm = ('%s via Docusign' % sender_name, 'dse@eumail.docusign.net')
    m.reply_to = (sender_name, sender_email)
    m.to = [kai]
    m.rcpt = [kai[1]]
    m.mail_from = 'bounces+%s@eumail.docusign.net' % r.hex(16)
    m.subject = 'Bitte mit Docusign unterzeichnen: Wartungsvertrag_Sprinkler_BMA_Hallen_A-C_2027.pdf'
    m.date = T(2026, 10, 14, 13, 20, 7)
    m.date_zone = 'UTC'
    message = ('Hallo Herr Janßen,\n\nwie am Montag besprochen, hier der Wartungsvertrag 2027 für Sprinkler und BMA in den '
               'Hallen A–C zur Unterschrift. Preisblatt und Leistungsverzeichnis entsprechen Ihrem Angebot ANG-2026-0917.\n\n'
               'Viele Grüße\nBirgit Hansen\nNordstadt Logistikpark GmbH & Co. KG')
    plain, html, link = docusign_mail(m, sender_name, sender_email, 'Wartungsvertrag', message, 'de')
    bnd = kit.boundary(r, 'docusign')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset="utf-8"'),
                                         text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset="utf-8"')], bnd)
    hdrs, conn, tmx, dkb = docusign_transport(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eumail.docusign.net'), dkim=[('pass', 'eumail.docusign.net', 'mail', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'eumail.docusign.net')), body_obj)
    m.fact('urls', link)
    m.what = 'Genuine DocuSign envelope from the customer\'s purchasing contact (b.hansen@nordstadt-logistikpark.de): maintenance contract 2027 to sign.'
    m.why = 'DocuSign\'s own infrastructure, and the sending account is the customer\'s real corporate address; refers to a concrete offer number and a prior meeting.'
    m.hard_negative_of = (['05-de-docusign-missbraucht-rahmenvertrag.eml'], 'DocuSign signature request from customer Nordstadt',
                          'Same platform mail, but the envelope sender is the customer\'s corporate mailbox, not a Gmail account.')


# ---------------------------------------------------------------------------
@scenario('business', '05-de-kollege-privatmail-krankmeldung.eml')
def b05(m):
    r = m.rng
    dirk = S('Oltmanns')
    sabine = S('Wünsche')
    m.frm = ('Marco Petersen', 'marco.petersen@web.de')
    m.to = [dirk]
    m.cc = [sabine]
    m.rcpt = [dirk[1], sabine[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Krank bis Freitag + Termin Nordstadt morgen'
    m.date = T(2026, 11, 2, 7, 12, 38)
    m.hdr_charset, m.hdr_enc = 'UTF-8', 'Q'
    body = ('Moin Dirk,\n\nich liege mit Fieber flach, war heute früh beim Arzt und bin bis einschließlich Freitag krankgeschrieben. '
            'Die eAU geht wie immer direkt an die Krankenkasse, Sabine kann sie dort abrufen.\n\nMein Diensthandy ist mir am '
            'Freitag auf der Baustelle in Peine vom Gerüst gefallen, Display ist komplett hin – deshalb schreibe ich von meiner '
            'privaten Adresse. Das Handy liegt im Servicewagen, vielleicht kann es jemand zur IT mitnehmen.\n\n'
            'Der Termin morgen bei Nordstadt (Halle B, Quartalsprüfung Sprinklerzentrale, 8 Uhr mit Herrn Carstens) müsste '
            'bitte jemand anders übernehmen oder verschoben werden. Prüfbuch und Schlüssel liegen im Servicewagen, '
            'Kennzeichen H-EX 4471.\n\nGruß\nMarco\n')
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + '</div>\n<div>'.join(_h.escape(l) if l else '&nbsp;' for l in body.rstrip('\n').split('\n'))
            + '</div></div></body></html>\n')
    body_obj = text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')
    hdrs, conn, tmx, dkb, dom, sel = sy.gmx(m, m.date, brand='webde')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'web.de'), dkim=[('pass', dom, sel, 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'web.de')), body_obj)
    m.what = 'Service technician writes from his private web.de address: sick until Friday, company phone broken, asks to reassign tomorrow\'s inspection at Nordstadt.'
    m.why = 'A colleague using private mail for a plausible reason; no request for money, data or account changes; concrete operational details (vehicle, customer contact, site) that match the company\'s work.'
    m.hard_negative_of = (['08-de-gehaltskonto-aenderung-gmx.eml'], 'Colleague writing from a private mailbox',
                          'Real private address, ordinary sick note via eAU, nothing to pay or change.')


# ---------------------------------------------------------------------------
@scenario('business', '06-de-steuerberater-lohn-zip-passwort-per-sms.eml')
def b06(m):
    r = m.rng
    sabine = S('Wünsche')
    tanja = ('Tanja Pohl', 't.pohl@hartmann-kollegen.de')
    m.frm = tanja
    m.to = [sabine]
    m.rcpt = [sabine[1]]
    m.mail_from = tanja[1]
    m.subject = 'Lohnabrechnung Oktober 2026 - Example Brandschutztechnik GmbH (Mandant 24117)'
    m.date = T(2026, 11, 4, 15, 33, 9)
    m.msgid = m.mid('outlook_smtp', 'hartmann-kollegen.de')
    m.hdr_charset, m.hdr_enc = 'iso-8859-1', 'Q'
    m.content_language = 'de'
    pwd = 'Hk#Okt26-4719'
    zname = 'Lohn_10-2026_Mandant_24117.zip'
    journal = kit.letter_pdf(['Hartmann & Kollegen Steuerberatungsgesellschaft mbH', 'Lohnbuchhaltung · Mandant 24117'],
                             ['Example Brandschutztechnik GmbH', 'Personalabteilung'], 'Hannover, 04.11.2026',
                             'Lohnjournal Oktober 2026 – Zusammenfassung',
                             ['Abrechnungsmonat: 10/2026 · Anzahl Beschäftigte: 212',
                              'Summe Bruttolöhne: 1.043.817,55 EUR · Summe Nettolöhne: 684.220,19 EUR',
                              'Arbeitgeberanteile Sozialversicherung: 214.980,33 EUR',
                              'Lohnsteuer-Anmeldung 10/2026 übermittelt am 04.11.2026 (Transferticket et4a8m1q2k9).',
                              'Die Zahlungsdatei (SEPA-XML) für die Nettolöhne liegt wie gewohnt in DATEV Unternehmen online.'],
                             'Hartmann & Kollegen – Lohnbuchhaltung', creator='DATEV Lohn und Gehalt', producer='DATEV PDF',
                             pdfdate="D:20261104151201+01'00'")
    z = containers.make_encrypted_zip([('Lohnjournal_10-2026.pdf', journal, (2026, 11, 4, 15, 12, 2))], pwd, r,
                                      date_time=(2026, 11, 4, 15, 20, 0))
    body = ('Hallo Frau Wünsche,\n\nanbei die Auswertungen zur Lohnabrechnung Oktober 2026 (Lohnjournal, Zusammenfassung). '
            'Die Lohnsteuer-Anmeldung ist heute übermittelt worden, die SEPA-Zahlungsdatei liegt wie immer in DATEV '
            'Unternehmen online zur Freigabe bereit.\n\nDas ZIP-Archiv ist wie vereinbart verschlüsselt; das Passwort schicke '
            'ich Ihnen gleich per SMS an Ihre Mobilnummer.\n\nZwei Hinweise für November:\n- Bitte melden Sie uns die '
            'Weihnachtsgeld-Beträge bis 20.11.\n- Für Herrn Petersen liegt eine eAU vom 02.11. vor, die wir übernommen haben.\n\n'
            'Mit freundlichen Grüßen\n\nTanja Pohl\nLohnbuchhaltung\n\nHartmann & Kollegen\nSteuerberatungsgesellschaft mbH\n'
            'Podbielskistraße 166 · 30177 Hannover\nTel. +49 511 899 47 22\n')
    html = kit.outlook_html(body, 'de', 'iso-8859-1')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'),
                                                             text(html, 'html', 'iso-8859-1', 'quoted-printable')], bnd_a),
                                   attachment(z, zname, 'application/x-zip-compressed', 'outlook', r, plus(m.date, -600))],
                           bnd_m, preamble='This is a multipart message in MIME format.')
    hdrs, conn, tmx, dkb = sy.ionos(m, m.date, client_ip='87.138.%d.%d' % (r.randrange(255), r.randrange(2, 250)))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'hartmann-kollegen.de'), dkim=[('pass', 'hartmann-kollegen.de', 's1-ionos', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'hartmann-kollegen.de')), body_obj)
    m.zip_passwords = {zname: pwd}
    m.fact('phones', '+49 511 899 47 22')
    m.fact('other', 'ZIP password (sent separately by SMS, not in the mail): ' + pwd)
    m.what = 'Payroll bureau sends the October payroll journal as an encrypted ZIP; the password follows by SMS as agreed.'
    m.why = 'Known adviser domain via IONOS (auth passes), recurring monthly process, password NOT in the mail but over a second channel, content is a PDF; consistent details (eAU of Mr Petersen, DATEV).'
    m.hard_negative_of = (['18-it-pec-sollecito-zip-password.eml', '37-ru-fns-trebovanie-arhiv-parol.eml'],
                          'Password-protected archive attachment',
                          'Expected sender and process, password delivered out of band, archive holds a PDF not a script.')


# ---------------------------------------------------------------------------
@scenario('business', '07-de-fachverband-newsletter-cleverreach.eml')
def b07(m):
    r = m.rng
    dirk = S('Oltmanns')
    dom = 'bfb-brandschutz.de'
    m.frm = ('BFB Bundesfachverband Brandschutztechnik', 'newsletter@' + dom)
    m.to = [dirk]
    m.rcpt = [dirk[1]]
    m.mail_from = 'bounce-%d-%d@crsend.com' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9))
    m.subject = 'BFB-Newsletter 11/2026: DIN 14675-Novelle, VdS CEA 4001 Änderungen, Seminartermine 2027'
    m.date = T(2026, 11, 18, 9, 0, 4)
    m.msgid = '%s.%d@crsend.com' % (r.hex(32), r.randrange(10 ** 5, 10 ** 6))
    unsub = 'https://seu2.cleverreach.com/rmftlp.php?cid=%d&mid=%d&h=%s' % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 7, 10 ** 8), r.hex(16))
    items = [
        ('DIN 14675-1: Entwurf der Novelle veröffentlicht',
         'Der Normenausschuss hat den Entwurf zur Überarbeitung der DIN 14675-1 (Brandmeldeanlagen – Aufbau und Betrieb) '
         'vorgelegt. Einsprüche sind bis 31.01.2027 möglich. Unsere Stellungnahme stimmen wir im AK BMA am 09.12. ab.',
         'https://www.bfb-brandschutz.de/aktuelles/din-14675-entwurf-2026'),
        ('VdS CEA 4001: Änderungen zum 01.01.2027',
         'VdS hat die Änderungsblätter zu den Richtlinien für Sprinkleranlagen veröffentlicht (u. a. Lagerung von '
         'Lithium-Ionen-Batterien, Sprinklerschutz in Hochregallagern). Eine Übersicht für Errichter finden Sie im Mitgliederbereich.',
         'https://www.bfb-brandschutz.de/mitglieder/vds-cea-4001-aenderungen-2027'),
        ('Seminarprogramm 2027 online',
         'Sachkunde Feuerlöscher nach DIN 14406-4, Fachkraft für Rauch- und Wärmeabzugsanlagen, Refresher '
         'Sprinkleranlagen nach VdS CEA 4001 – jetzt frühbuchen und 10 % sparen.',
         'https://www.bfb-brandschutz.de/seminare/2027'),
    ]
    html = ['<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>BFB-Newsletter 11/2026</title></head><body style="margin:0;background:#eef0f2">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px">'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#222">'
            '<tr><td style="background:#b71c1c;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">BFB · Newsletter 11/2026</td></tr>'
            '<tr><td style="padding:20px 24px;font-size:14px;line-height:21px">Sehr geehrter Herr Oltmanns,<br>hier die Themen dieses Monats:</td></tr>']
    plain = ['BFB Bundesfachverband Brandschutztechnik – Newsletter 11/2026\n\nSehr geehrter Herr Oltmanns,\nhier die Themen dieses Monats:\n']
    for title, txt, url in items:
        html.append('<tr><td style="padding:8px 24px 16px 24px"><div style="font-size:16px;font-weight:bold;color:#b71c1c">%s</div>'
                    '<div style="font-size:14px;line-height:21px;margin:6px 0">%s</div>'
                    '<a href="%s" style="font-size:14px;color:#b71c1c">Weiterlesen &rsaquo;</a></td></tr>' % (_h.escape(title), _h.escape(txt), _h.escape(url)))
        plain.append('%s\n%s\nWeiterlesen: %s\n' % (title, txt, url))
        m.fact('urls', url)
    html.append('<tr><td style="padding:16px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">BFB Bundesfachverband '
                'Brandschutztechnik e.V. · Frankfurter Straße 58 · 50679 Köln · Vereinsregister Köln VR 18421<br>'
                'Sie erhalten diesen Newsletter als Ansprechpartner eines Mitgliedsunternehmens. '
                '<a href="%s" style="color:#777">Newsletter abbestellen</a></td></tr>'
                '</table></td></tr></table></body></html>\n' % _h.escape(unsub))
    plain.append('BFB Bundesfachverband Brandschutztechnik e.V. · Frankfurter Straße 58 · 50679 Köln\nAbmelden: %s\n' % unsub)
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('alternative', [text('\n'.join(plain), 'plain', 'utf-8', 'quoted-printable'),
                                         text(''.join(html), 'html', 'utf-8', 'quoted-printable')], bnd)
    m.client_extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-%s@crsend.com>' % (unsub, r.hex(12))),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    hdrs, conn, tmx, bees = sy.cleverreach(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'crsend.com'), dkim=[('pass', dom, 'cr', 2048, bees[0][1]), ('pass', 'crsend.com', 'cr2019', 2048, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', unsub)
    m.what = 'Monthly newsletter of the trade association (standards DIN 14675, VdS CEA 4001, seminar programme) via CleverReach.'
    m.why = 'Subscribed member newsletter from the association\'s domain through a reputable ESP, DKIM aligned, one-click unsubscribe, links only to the association\'s site, no request.'
    m.hard_negative_of = (['27-es-aeat-expediente-sancionador.eml', '36-el-pyrosvestiki-mitroo-paravolo.eml'],
                          'Bulk mail through an e-mail service provider',
                          'Expected sender with aligned DKIM, informational content, links to its own domain.')


# ---------------------------------------------------------------------------
@scenario('business', '08-de-sparkasse-postfach-hinweis.eml')
def b08(m):
    r = m.rng
    claudia = S('Hoffmann')
    dom = 'sparkasse-hannover.de'
    m.frm = ('Sparkasse Hannover', 'noreply@' + dom)
    m.to = [claudia]
    m.rcpt = [claudia[1]]
    m.mail_from = 'bounce@mailing.' + dom
    m.subject = 'Neue Nachricht in Ihrem elektronischen Postfach'
    m.date = T(2026, 10, 9, 5, 31, 12)
    m.msgid = '%d.%d.JavaMail.noreply@%s' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), 'sfp-mail04')
    body = ('Sehr geehrte Frau Hoffmann,\n\nin Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie '
            'bereit:\n\nRechnungsabschluss 3. Quartal 2026 – Konto 0910416733 (Example Brandschutztechnik GmbH)\n\n'
            'Bitte melden Sie sich wie gewohnt im Online-Banking oder in der App Sparkasse Business an, um das Dokument '
            'abzurufen.\n\nAus Sicherheitsgründen enthält diese E-Mail keine Links zur Anmeldung. Wir fragen Sie niemals per '
            'E-Mail, SMS oder Telefon nach PIN, TAN oder Zugangsdaten und fordern Sie nie auf, einen QR-Code zur '
            'Registrierung zu scannen, den Sie per E-Mail erhalten haben.\n\nMit freundlichen Grüßen\nIhre Sparkasse Hannover\n\n'
            'Sparkasse Hannover · Raschplatz 4 · 30161 Hannover · www.sparkasse-hannover.de\n'
            'Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.\n')
    html = kit.simple_html(body.replace('www.sparkasse-hannover.de', '[www.sparkasse-hannover.de](https://www.sparkasse-hannover.de)'),
                           'Sparkasse Rg, Arial, sans-serif', '14px')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mailout02.sparkassen-finanzportal.de', '198.51.100.142',
                                         inner=[('sfp-mail04.fi-ts.local', 'unknown', '10.118.4.24', 'mailout02.sparkassen-finanzportal.de', 'ESMTPS')],
                                         dkim=(dom, 'sfp2025'), client_style='generic')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'mailing.' + dom), dkim=[('pass', dom, 'sfp2025', 2048, dkb)],
                                         dmarc=('pass', 'reject', dom)), body_obj)
    m.fact('urls', 'https://www.sparkasse-hannover.de')
    m.what = 'House bank notice: a quarterly account statement is waiting in the online-banking mailbox; no login link, explicit anti-phishing hint.'
    m.why = 'Bank\'s own aligned domain, plain informational content, addresses the account holder by name and account number, deliberately contains no login link or QR code.'
    m.hard_negative_of = (['03-de-sparkasse-pushtan-qr-pdf.eml'], 'Sparkasse Hannover business-customer notification',
                          'From the bank\'s domain, no action beyond logging in as usual, states that the bank never sends registration QR codes.')
