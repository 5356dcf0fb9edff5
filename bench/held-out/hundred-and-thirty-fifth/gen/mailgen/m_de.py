"""German messages: attack 01-08, business 01-08."""
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, Raw
from . import systems as S, mk, docs, ident, org, html as H
from .corr import LIEF, sig_maier, sig_lang, lief_footer_lines
from .org import p


def pick_cs(text, cands=('iso-8859-1', 'windows-1252', 'utf-8')):
    for c in cands:
        try:
            text.encode(c)
            return c
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def lief_meta(title, producer='List & Label 29 (combit GmbH)', creator='abas ERP', created="D:20261026140212+01'00'"):
    return dict(title=title, author='Lieferant GmbH', creator=creator, producer=producer, created=created)


# ================================================================== ATTACKS ==
def a01():
    m = Msg('attack', '01-de-lieferant-bankverbindung-lookalike')
    m.t = utc(2026, 11, 10, 10, 42, 17)
    m.frm = ('Petra Lang', 'p.lang@lieferant-grnbh.de')
    m.to = [p('jana.vogt')]
    m.cc = [('Stefan Maier', 's.maier@lieferant-grnbh.de')]
    m.subject = 'Änderung unserer Bankverbindung zum 16.11.2026 – Lieferant GmbH (Kd.-Nr. 20417)'
    mule = ident.make_iban('DE', '29040090' + '0412083700')
    ib = m.iban(mule, 'mule account presented as new Lieferant account (Commerzbank Bremen code)')
    m.phone('+49 421 538640-17', 'genuine Lieferant number copied into the signature')
    m.phone('+49 421 538640-99', 'genuine Lieferant fax copied into the signature')
    m.phone('+49 421 538640-0', 'genuine switchboard in the PDF letterhead')
    m.url('www.lieferant-gmbh.de', 'genuine website copied into signature')
    text = ('Sehr geehrte Frau Vogt,\n\n'
            'im Zuge der Zusammenführung des Zahlungsverkehrs unserer Unternehmensgruppe ändert sich zum 16.11.2026 '
            'unsere Bankverbindung. Zahlungseingänge auf unserem bisherigen Konto bei der Sparkasse Bremen können ab '
            'diesem Datum nicht mehr automatisch zugeordnet werden.\n\n'
            'Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ausschließlich die folgende Bankverbindung:\n\n'
            'Kontoinhaber: Lieferant GmbH\nBank: Commerzbank AG, Filiale Bremen\nIBAN: %s\nBIC: COBADEFFXXX\n\n'
            'Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Betroffen sind insbesondere die '
            'derzeit offenen Rechnungen RE-2026-10418 (14.862,30 EUR) und RE-2026-10477 (3.275,00 EUR), die am 20.11. '
            'zur Zahlung fällig werden.\n\n'
            'Wir bitten Sie, uns die Umstellung kurz per E-Mail zu bestätigen. Während der Umstellung ist unsere '
            'Buchhaltung telefonisch leider nur eingeschränkt erreichbar – Rückfragen daher bitte gern per E-Mail an '
            'mich oder Herrn Maier.\n\nVielen Dank für Ihre Unterstützung!\n\n' % ib) + sig_lang()
    pdf, ptxt = docs.letter_pdf(
        'Lieferant GmbH', lief_footer_lines()[:2],
        ['Example Helicopter Services GmbH', 'Kreditorenbuchhaltung', 'Flughafenstraße 28', '86169 Augsburg'],
        'Bremen, 09.11.2026', 'Mitteilung über die Änderung unserer Bankverbindung',
        ['Sehr geehrte Damen und Herren,',
         'im Rahmen der Zentralisierung des Zahlungsverkehrs innerhalb unserer Unternehmensgruppe wird unser '
         'Geschäftskonto bei der Sparkasse Bremen zum 16.11.2026 geschlossen. Wir bitten Sie, Zahlungen ab sofort '
         'ausschließlich auf die nachstehende Bankverbindung zu leisten:',
         ('kv', [('Kontoinhaber:', 'Lieferant GmbH'), ('Kreditinstitut:', 'Commerzbank AG, Bremen'),
                 ('IBAN:', ident.fmt_iban(mule)), ('BIC:', 'COBADEFFXXX')]),
         'Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an. Zahlungen auf die bisherige Bankverbindung '
         'können nach dem Stichtag nicht mehr bearbeitet werden und werden zurückgebucht.',
         'Für Ihr Verständnis bedanken wir uns und freuen uns auf die weitere gute Zusammenarbeit.'],
        ['Mit freundlichen Grüßen', '', 'Rainer Kluge                    Dr. Bettina Hollmann', 'Geschäftsführer                 Geschäftsführerin'],
        [lief_footer_lines()[:1], ['Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann', LIEF['hrb']],
         ['USt-IdNr. ' + LIEF['ust'], 'EN 9120 zertifiziert']],
        dict(title='Mitteilung Bankverbindung', author='p.lang', creator='Microsoft® Word für Microsoft 365',
             producer='Microsoft® Word für Microsoft 365', created="D:20261109163512+01'00'"))
    m.meta['doc_texts'] = [ptxt]
    S.exo_prepare(m, 'EUR')
    cs = pick_cs(text)
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'DE'), cs=cs,
                       attachments=[mk.att(m, 'exo', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', pdf)])
    m.raw = S.exo(m, 'lieferant-grnbh.de', lang='de-DE', dmarc_policy='none')
    m.meta['what'] = ('"Petra Lang" of supplier Lieferant GmbH announces a new bank account and asks AP to pay two named '
                      'open invoices there; signed PDF letter attached')
    m.meta['why'] = ('Look-alike domain lieferant-grnbh.de ("rn" for "m") on its own Microsoft 365 tenant, so SPF/DKIM/DMARC '
                     'pass; fake colleague in Cc on the same look-alike; asks to confirm by e-mail only and discourages phone '
                     'calls; new IBAN at a different bank; knows real open invoices (earlier compromise)')
    return m


THREAD_Q1 = ('Hallo Herr Maier,\n\nvielen Dank, dann bitte so liefern. Rechnung wie immer an unsere Kreditorenbuchhaltung '
             '(Frau Vogt), Bestellnummer 4500018734 bitte angeben.\n\nViele Grüße\nMarkus Lindner\nEinkauf / Material Management\n'
             'Example Helicopter Services GmbH\nTel. +49 821 455 700-241')
THREAD_Q0 = ('Hallo Herr Lindner,\n\ndie beiden Schwingungsdämpfer (P/N L623M1005208, ein Stück als AOG-Ersatz) sind ab Lager '
             'Bremen verfügbar, mit EASA Form 1. Lieferung KW 47 ist machbar. Bei Vorkasse können wir Ihnen wie besprochen '
             '2 %% Skonto geben, die Proforma-Rechnung schicke ich Ihnen dann separat.\n\n' + sig_maier())


def a02():
    m = Msg('attack', '02-de-lieferant-thread-hijack')
    m.t = utc(2026, 11, 12, 16, 3, 51)
    m.zone = 'UTC'
    m.frm = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
    m.to = [p('markus.lindner')]
    m.cc = [p('jana.vogt')]
    m.subject = 'AW: Bestellung 4500018734 – Schwingungsdämpfer H145 / Vorkasse'
    m.in_reply_to = '<AM9PR07MB72018E5C31A94F0C2B7D16E4D95C2@AM9PR07MB7201.eurprd07.prod.outlook.com>'
    m.references = ('<000001dc5184$3a9c1f20$afd45d60$@lieferant-gmbh.de>\r\n '
                    '<AM9PR07MB72018E5C31A94F0C2B7D16E4D95C2@AM9PR07MB7201.eurprd07.prod.outlook.com>')
    mule = ident.make_iban('DE', '12030000' + '1068439215')
    ib = m.iban(mule, 'mule account (DKB code) given in hijacked thread')
    m.phone('+49 421 538640-31', 'genuine number in signature')
    m.phone('+49 171 4482913', 'genuine mobile in signature')
    m.phone('+49 821 455 700-241', 'Markus Lindner (quoted earlier message)')
    m.phone('+49 421 538640-0', 'switchboard in the pro-forma letterhead')
    m.phone('+49 421 538640-99', 'fax in the pro-forma letterhead')
    m.url('www.lieferant-gmbh.de', 'genuine website')
    text = ('Hallo Herr Lindner,\n\n'
            'kurze Info: die beiden Dämpfer sind kommissioniert und gehen nach Zahlungseingang noch am selben Tag per '
            'Express raus, die Form 1 liegt bei.\n\n'
            'Frau Vogt, eine Bitte an Sie: wegen der laufenden Jahresabschlussprüfung durch unseren Wirtschaftsprüfer '
            'laufen Vorkasse-Zahlungen bis Jahresende bitte nicht über das Sparkassenkonto, sondern über unser '
            'Verrechnungskonto. Ich habe Ihnen die Proforma PF-2026-3318 mit der aktualisierten Bankverbindung angehängt:\n\n'
            'Lieferant GmbH\nIBAN %s\nBIC BYLADEM1001 (DKB)\nBetrag: 28.416,90 EUR (abzgl. 2 %% Skonto: 27.848,56 EUR)\n\n'
            'Wenn die Zahlung heute oder morgen früh rausgeht, schaffen wir noch die Auslieferung KW 47. '
            'Kurze Rückmeldung per Mail genügt, ich bin die nächsten Tage auf Kundenbesuch und telefonisch schlecht zu '
            'erreichen.\n\n' % ib) + sig_maier()
    qh1 = [('Von:', 'Markus Lindner <markus.lindner@example.com>'), ('Gesendet:', 'Freitag, 6. November 2026 11:27'),
           ('An:', 'Stefan Maier <s.maier@lieferant-gmbh.de>'),
           ('Betreff:', 'AW: Bestellung 4500018734 – Schwingungsdämpfer H145 / Vorkasse')]
    qh0 = [('Von:', 'Stefan Maier <s.maier@lieferant-gmbh.de>'), ('Gesendet:', 'Freitag, 6. November 2026 09:12'),
           ('An:', 'Markus Lindner <markus.lindner@example.com>'),
           ('Betreff:', 'Bestellung 4500018734 – Schwingungsdämpfer H145 / Vorkasse')]
    quoted = THREAD_Q1 + '\n' + H.outlook_quote_plain(qh0, THREAD_Q0.replace('%%', '%'))
    plain = text + H.outlook_quote_plain(qh1, quoted)
    html = H.outlook_html(text, 'DE', quoted=quoted, quote_header=qh1, charset='utf-8')
    pf_qr = None
    pdf, ptxt = docs.invoice_pdf(
        'Lieferant GmbH', lief_footer_lines()[:2],
        ['Example Helicopter Services GmbH', 'Kreditorenbuchhaltung', 'Flughafenstraße 28', '86169 Augsburg'],
        'Proforma-Rechnung PF-2026-3318',
        [('Datum', '12.11.2026'), ('Kunden-Nr.', '20417'), ('Ihre Bestellung', '4500018734'), ('Ansprechpartner', 'Stefan Maier')],
        ['Pos', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'],
        [['1', 'Schwingungsdämpfer Hauptrotor P/N L623M1005208, neu, EASA Form 1', '2', '11.936,10', '23.872,20']],
        [('Netto', '23.872,20 EUR', False), ('USt. 19 %', '4.535,72 EUR', False),
         ('Fracht Express', '8,98 EUR', False), ('Gesamtbetrag', '28.416,90 EUR', True)],
        ['Zahlbar per Vorkasse. Bei Zahlung innerhalb von 3 Tagen 2 % Skonto.',
         'Bankverbindung: Lieferant GmbH, IBAN %s, BIC BYLADEM1001' % ident.fmt_iban(mule)],
        [lief_footer_lines()[:1], ['Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann', LIEF['hrb']],
         ['USt-IdNr. ' + LIEF['ust']]],
        dict(title='PF-2026-3318', author='', creator='', producer='iLovePDF', created="D:20261112155402Z"),
        right_cols=(2, 3, 4), col_x=[50, 80, 330, 380, 470])
    m.meta['doc_texts'] = [ptxt]
    m.msgid = S.outlook_msgid(m, 'lieferant-gmbh.de')
    m.meta['thread_index'] = 'AQHcUYSk3PaxnFHm7UKuYk1d5QoPoLSkTTGQgAACqzCAAUn8kA=='
    m.body = mk.client(m, 'outlook', plain, html, cs='utf-8',
                       attachments=[mk.att(m, 'outlook', 'PF-2026-3318_Lieferant_GmbH.pdf', pdf)])
    m.raw = S.postfix_org(m, LIEF['relay'], LIEF['ip'], 'lieferant-gmbh.de', mua='outlook',
                          client_ip='198.51.100.213', client_helo='[127.0.0.1]')
    m.meta['what'] = ('Reply from the supplier\'s key-account manager inside a real ordering thread: parts ready, please '
                      'pay the pro-forma to the "clearing account" because of the year-end audit')
    m.meta['why'] = ('Thread hijacking from the genuinely compromised mailbox: authenticated submission to '
                     'mail.lieferant-gmbh.de from a foreign VPS address (198.51.100.213, HELO [127.0.0.1]) instead of the '
                     'office network, Date in UTC, pro-forma PDF re-made with iLovePDF; new IBAN at another bank, time '
                     'pressure, "reply by mail only". SPF/DKIM/DMARC all pass')
    return m


def a03():
    m = Msg('attack', '03-de-ceo-projekt-vertraulich')
    m.t = utc(2026, 11, 19, 16, 48, 9)
    m.frm = ('Dr. Johannes Brandl', 'johannes.brandl@examplegroup-eu.com')
    m.to = [p('sabine.koehler')]
    m.subject = 'Vertraulich – Projekt Falke'
    text = ('Frau Köhler,\n\n'
            'sind Sie heute noch im Büro? Ich bin bis morgen in Wien in Gesprächen und nur eingeschränkt erreichbar.\n\n'
            'Wir stehen kurz vor der Unterzeichnung einer Absichtserklärung zur Übernahme eines österreichischen '
            'Flugbetriebs (Projekt Falke). Bis zur Zustimmung des Beirats und der Freigabe durch die Bundeswettbewerbsbehörde '
            'ist die Angelegenheit streng vertraulich – bitte sprechen Sie vorerst mit niemandem im Haus darüber, auch '
            'nicht mit der Buchhaltung.\n\n'
            'Die Transaktion wird von RA Dr. Markus Kessler (Kessler Rechtsanwälte, Wien) begleitet. Er wird sich heute '
            'noch per E-Mail bei Ihnen melden, da für die Exklusivität eine Sicherheitsleistung auf ein Treuhandkonto zu '
            'hinterlegen ist. Bitte stimmen Sie die Details direkt mit ihm ab und behandeln Sie das mit Priorität.\n\n'
            'Ich bin in Besprechungen, bitte nur per Mail antworten.\n\n'
            'Danke und beste Grüße\nJohannes Brandl\n\nVon meinem iPad gesendet')
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            + '</div><div>'.join(H.esc(l) if l else '<br>' for l in text.split('\n')) + '</div></div><br>')
    plain = mk.Text('plain', text, 'UTF-8', 'quoted-printable')
    m.body = Multi('alternative', [plain, Text('html', html, 'UTF-8', 'quoted-printable')],
                   S.alnum(m.rng, 0) + __import__('mailgen.bodies', fromlist=['boundary']).boundary(m, 'zoho'))
    t0 = m.t
    r = m.rng
    m.msgid = '<19a%s.%s.%d@examplegroup-eu.com>' % (S.hexs(r, 8), S.hexs(r, 14), r.randrange(10 ** 18, 10 ** 19))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'UTF-8', 'B')
    from .core import epoch, rand_b64
    sig = S.dk(m, body, 'examplegroup-eu.com', 'zmail', ['Date', 'Date', 'From', 'From', 'To', 'To', 'Message-Id',
                                                          'Message-Id', 'Subject', 'Subject', 'MIME-Version',
                                                          'Content-Type', 'Reply-To', 'Cc'], t=epoch(t0),
               extra_tags=[('q', 'dns/txt'), ('i', m.frm[1])])
    n = r.randint(10, 40)
    below = [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s'
              % (epoch(t0), S._wrap(rand_b64(r, 256), 70, '\r\n\t'))),
             ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; '
              'h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc; '
              '\r\n\tbh=%s; \r\n\tb=%s' % (epoch(t0), rand_b64(r, 32), S._wrap(rand_b64(r, 256), 70, '\r\n\t'))),
             ('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=examplegroup-eu.com;\r\n\t'
              'spf=pass  smtp.mailfrom=johannes.brandl@examplegroup-eu.com;\r\n\tdmarc=pass header.from=<johannes.brandl@examplegroup-eu.com>'),
             ('DKIM-Signature', sig),
             ('Received', 'by mx.zoho.eu with SMTPS id %d%03d.%d; %s' % (epoch(t0), r.randint(0, 999), r.randint(100000000, 999999999),
                                                                        rfcdate(t0, 'DE', 'abbr'))),
             ('Date', rfcdate(t0, 'DE', 'pad')),
             ('From', d['From']), ('To', d['To']), ('Message-Id', m.msgid), ('Subject', d['Subject']),
             ('MIME-Version', '1.0')] + hs + [('Importance', 'High'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
    conn = dict(helo='sender4-op-o%d.zoho.eu' % n, rdns='sender4-op-o%d.zoho.eu' % n, ip='136.143.169.%d' % n,
                t=plus(t0, 2), mail_from=m.frm[1], tls='1.2')
    conn['auth'] = S.auth(m, policy='none')
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'CEO writes to the CFO about a confidential acquisition; a lawyer will contact her about an escrow deposit'
    m.meta['why'] = ('CEO fraud (first stage, no link or account yet): look-alike domain examplegroup-eu.com on Zoho Mail '
                     '(all checks pass for that domain), secrecy towards colleagues, "reply by mail only", hand-over to a '
                     'fake lawyer; the real CEO addresses the CFO with "du" (see business/03)')
    return m


def a04():
    m = Msg('attack', '04-de-m365-mfa-quishing-pdf')
    m.t = utc(2026, 11, 24, 7, 12, 44)
    m.frm = ('IT-Service | Microsoft 365', 'buchhaltung@hofmann-elektrotechnik.de')
    m.to = [p('nadine.roth')]
    m.subject = 'Aktion erforderlich: Ihre Multi-Faktor-Authentifizierung läuft am 26.11.2026 ab [Ticket MFA-57839]'
    lure = m.url('https://mfa-erneuerung.pages.dev/reg?sid=7f3a9c&u=bmFkaW5lLnJvdGhAZXhhbXBsZS5jb20=',
                 'QR target: Cloudflare Pages credential/AiTM page, recipient address base64 in query')
    m.qr(lure, 'QR code inside the PDF', 'pdf')
    text = ('Hallo Nadine Roth,\n\n'
            'gemäß der aktualisierten Sicherheitsrichtlinie Ihres Unternehmens muss die Multi-Faktor-Authentifizierung (MFA) '
            'für Ihr Microsoft 365-Konto nadine.roth@example.com bis spätestens 26.11.2026 erneuert werden. Andernfalls wird '
            'der Zugriff auf Outlook, Teams und OneDrive vorübergehend gesperrt.\n\n'
            'Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im angehängten Dokument. Scannen Sie den '
            'QR-Code bitte mit der Kamera Ihres Smartphones – der Vorgang dauert weniger als zwei Minuten.\n\n'
            'Referenz: MFA-57839\n\nIhr IT-Service\nMicrosoft 365 Administration')
    pdf, ptxt = docs.simple_pdf([[
        ('h', 'Microsoft 365 – Erneuerung der Multi-Faktor-Authentifizierung'),
        ('p', 'Konto: nadine.roth@example.com'),
        ('p', 'Referenz: MFA-57839      Frist: 26.11.2026'),
        ('sp', 6),
        ('p', 'Aus Sicherheitsgründen müssen alle Benutzer ihre Anmeldemethoden bis zum oben genannten Datum neu '
              'bestätigen. Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den '
              'Anweisungen auf dem Bildschirm.'),
        ('qr', lure, 160, 'Schritt 1: Kamera öffnen und QR-Code scannen.\nSchritt 2: Mit Ihrem Microsoft 365-Konto anmelden.\n'
                          'Schritt 3: Bestätigung in der Authenticator-App.'),
        ('box', 'Wichtig: Nicht bestätigte Konten werden nach Ablauf der Frist automatisch gesperrt. Die Entsperrung ist nur '
                'über den IT-Service möglich und kann bis zu 72 Stunden dauern.'),
        ('small', 'Microsoft 365 Sicherheitscenter · Dieses Dokument wurde automatisch erstellt.')]],
        dict(title='MFA Erneuerung', author='Admin', creator='Microsoft® Word für Microsoft 365',
             producer='Microsoft® Word für Microsoft 365', created="D:20261123221405+01'00'"),
        header=('Microsoft 365', ['Sicherheit und Compliance', 'Kontoschutz']), color=(0.0, 0.36, 0.72))
    m.meta['doc_texts'] = [ptxt]
    m.msgid = S.outlook_msgid(m, 'hofmann-elektrotechnik.de')
    cs = pick_cs(text)
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'DE', charset=cs), cs=cs,
                       attachments=[mk.att(m, 'outlook', 'MFA_Erneuerung_nadine.roth.pdf', pdf)])
    m.raw = S.ionos(m, 'hofmann-elektrotechnik.de', mua='outlook', client_ip='198.51.100.77')
    m.meta['what'] = 'Microsoft 365 "MFA expires" notice with a PDF containing a QR code to re-register'
    m.meta['why'] = ('Quishing: the link is only inside a QR code in the PDF (pages.dev host, victim address base64-encoded); '
                     'sent from the compromised mailbox of an unrelated electrical contractor on IONOS, display name '
                     'impersonates IT; deadline and lock-out threat. Internal IT announced that QR codes never come by mail '
                     '(business/05)')
    return m


def a05():
    m = Msg('attack', '05-de-datev-html-anhang')
    m.t = utc(2026, 11, 6, 8, 21, 30)
    m.frm = ('DATEV Unternehmen online', 'benachrichtigung@datev-unternehmensonline.de')
    m.to = [p('jana.vogt')]
    m.subject = 'DATEV Unternehmen online: 3 Belege warten auf Ihre Freigabe (Mandant 41873)'
    action = m.url('https://datev-belegfreigabe.com/duo/anmeldung.php', 'form action of the HTML attachment')
    form_page = ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
                 '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                 '<title>DATEV Unternehmen online | Anmeldung</title>\n<style>\n'
                 'body{margin:0;background:#eef2f3;font-family:Arial,Helvetica,sans-serif;color:#1f2d33}\n'
                 '.top{background:#00703c;height:56px}\n.top span{display:inline-block;color:#fff;font-weight:bold;'
                 'font-size:22px;padding:14px 24px;letter-spacing:1px}\n'
                 '.box{width:380px;margin:60px auto;background:#fff;padding:32px;border-radius:4px;box-shadow:0 1px 4px #b9c4c8}\n'
                 'label{display:block;font-size:13px;margin:14px 0 4px}\ninput{width:100%;padding:9px;border:1px solid #9aa8ad;'
                 'box-sizing:border-box}\nbutton{margin-top:22px;width:100%;padding:11px;background:#00703c;color:#fff;border:0;'
                 'font-size:15px}\n.s{font-size:11px;color:#66767c;margin-top:18px}\n</style>\n</head>\n<body>\n'
                 '<div class="top"><span>DATEV</span></div>\n<div class="box">\n<h2>Belegfreigabe</h2>\n'
                 '<p>F&uuml;r Mandant 41873 (Example Helicopter Services GmbH) liegen 3 Belege zur Freigabe bereit. '
                 'Bitte melden Sie sich an, um die Belege anzuzeigen.</p>\n'
                 '<form method="post" action="%s">\n<label for="u">E-Mail-Adresse</label>\n'
                 '<input id="u" type="email" name="login" value="jana.vogt@example.com">\n'
                 '<label for="p">Passwort</label>\n<input id="p" type="password" name="passwort">\n'
                 '<input type="hidden" name="m" value="41873">\n<button type="submit">Anmelden</button>\n</form>\n'
                 '<p class="s">DATEV eG &middot; Paumgartnerstr. 6-14 &middot; 90429 N&uuml;rnberg</p>\n</div>\n</body>\n</html>\n'
                 ).replace('%s', action, 1)
    html, plain = H.notif([
        ('h', 'Neue Belege zur Freigabe'),
        ('p', 'Guten Tag Frau Vogt,'),
        ('p', 'in DATEV Unternehmen online wurden für den Mandanten 41873 (Example Helicopter Services GmbH) 3 neue Belege '
              'von Ihrer Steuerberatungskanzlei zur Freigabe bereitgestellt. Die Belege müssen bis 10.11.2026 freigegeben '
              'werden, damit die Umsatzsteuer-Voranmeldung fristgerecht übermittelt werden kann.'),
        ('kv', [('Mandant', '41873'), ('Anzahl Belege', '3'), ('Frist', '10.11.2026')]),
        ('p', 'Die Übersicht mit dem Freigabelink haben wir Ihnen aus Sicherheitsgründen als Anlage beigefügt. Öffnen Sie '
              'die Datei „Belegfreigabe_41873.html“ und melden Sie sich wie gewohnt an.'),
        ('small', 'Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n'
                  'DATEV eG, Paumgartnerstr. 6-14, 90429 Nürnberg')],
        brand='DATEV', color='#00703c', lang='de', title='DATEV Unternehmen online')
    m.body = mk.client(m, 'sendgrid', plain, html, cs='utf-8', cte='quoted-printable',
                       attachments=[Binary('text/html', form_page.encode('utf-8'), 'Belegfreigabe_41873.html',
                                           'attachment', fname_style='2231')])
    m.raw = S.sendgrid(m, 'datev-unternehmensonline.de', dmarc_policy='none')
    m.meta['what'] = 'DATEV Unternehmen online notice: three documents awaiting approval, "secure" HTML file attached'
    m.meta['why'] = ('Credential phishing with an HTML attachment (inert login form posting to datev-belegfreigabe.com); '
                     'look-alike sender domain on SendGrid (authenticates for itself), DATEV does not send login pages as '
                     'attachments; pretext timed with the monthly VAT return. Genuine counterpart: business/04')
    return m


def a06():
    m = Msg('attack', '06-de-registereintrag-girocode')
    m.t = utc(2026, 10, 13, 9, 2, 11)
    m.frm = ('Register Deutscher Unternehmen', 'service@rdu-register.de')
    m.to = [('', 'info@example.com')]
    m.reply_to = ('RDU Register', 'eintragung@rdu-register.de')
    m.subject = 'Eintragungsofferte Example Helicopter Services GmbH – Az. RDU/2026/718342'
    mule = ident.es_iban('0081', '0216', '0001873322')
    ib = m.iban(mule, 'payee account of the "register" (Spanish shell company)')
    epc = 'BCD\n002\n1\nSCT\nBSABESBBXXX\nRDU Register Deutscher Unternehmen SL\n%s\nEUR1489.20\n\n\nRDU/2026/718342 HRB 31874' % mule
    m.qr(epc, 'EPC GiroCode in the PDF offer', 'pdf')
    web = m.url('https://www.rdu-register.de/eintrag/718342', 'register page')
    m.phone('+49 30 2555 8190', 'hotline of the register')
    text_blocks = [
        ('h', 'Eintragungsofferte'),
        ('p', 'Sehr geehrte Damen und Herren,'),
        ('p', 'anlässlich der Bekanntmachung Ihres Unternehmens (Amtsgericht Augsburg, HRB 31874) bieten wir Ihnen die '
              'Eintragung Ihrer Firmendaten in das Online-Verzeichnis des Registers Deutscher Unternehmen an. Bitte prüfen '
              'Sie die nachstehenden Daten:'),
        ('kv', [('Firma', 'Example Helicopter Services GmbH'), ('Anschrift', 'Flughafenstraße 28, 86169 Augsburg'),
                ('Register', 'HRB 31874, Amtsgericht Augsburg'), ('Aktenzeichen', 'RDU/2026/718342'),
                ('Eintragungsentgelt', '1.489,20 EUR')]),
        ('p', 'Die Offerte mit Überweisungsträger und GiroCode finden Sie im Anhang. Die Eintragung erfolgt nach '
              'Zahlungseingang innerhalb von 5 Werktagen. Ihren Eintrag können Sie unter %s einsehen.' % web),
        ('small', 'Diese Offerte ist ein Angebot zum Abschluss eines Vertrages über die Veröffentlichung im Online-Verzeichnis '
                  'gemäß unseren AGB. Mit der Zahlung nehmen Sie das Angebot an. Es besteht keine Verbindung zu einem '
                  'amtlichen Register. Laufzeit 36 Monate, jährliche Zahlweise. Service-Hotline: +49 30 2555 8190.')]
    html, plain = H.notif(text_blocks, brand='RDU · Register Deutscher Unternehmen', color='#7a1f1f', lang='de',
                          footer='RDU Register Deutscher Unternehmen S.L. · Calle de Alcalá 139, 28009 Madrid · CIF B-%s'
                          % ident.es_cif('B', '8749213')[1:])
    pdf, ptxt = docs.letter_pdf(
        'RDU · Register Deutscher Unternehmen',
        ['RDU Register Deutscher Unternehmen S.L. · Calle de Alcalá 139 · 28009 Madrid'],
        ['Example Helicopter Services GmbH', 'Flughafenstraße 28', '86169 Augsburg'],
        '13.10.2026', 'Eintragungsofferte Az. RDU/2026/718342',
        ['Firma: Example Helicopter Services GmbH · HRB 31874 · Amtsgericht Augsburg',
         'Eintragung in das Online-Verzeichnis www.rdu-register.de, Rubrik Luftfahrt / Flugdienste, für 12 Monate.',
         ('kv', [('Eintragungsentgelt netto', '1.251,43 EUR'), ('zzgl. 19 % USt.', '237,77 EUR'),
                 ('Gesamtbetrag', '1.489,20 EUR'), ('Zahlbar bis', '23.10.2026'),
                 ('Empfänger', 'RDU Register Deutscher Unternehmen SL'), ('IBAN', ident.fmt_iban(mule)),
                 ('BIC', 'BSABESBBXXX'), ('Verwendungszweck', 'RDU/2026/718342')]),
         'Mit der Zahlung nehmen Sie dieses Angebot an. Der Vertrag hat eine Laufzeit von 36 Monaten und verlängert sich '
         'um jeweils 12 Monate, wenn er nicht 3 Monate vor Ablauf gekündigt wird. Es handelt sich um ein privates '
         'Verzeichnis ohne Verbindung zum Handelsregister.'],
        ['RDU Register Deutscher Unternehmen'],
        [['RDU Register Deutscher Unternehmen S.L.', 'Calle de Alcalá 139, 28009 Madrid'], ['Service: +49 30 2555 8190']],
        dict(title='Eintragungsofferte', author='RDU', creator='wkhtmltopdf 0.12.6', producer='Qt 5.15.2',
             created="D:20261013085944+02'00'"),
        color=(0.48, 0.12, 0.12), qr_payload=epc,
        qr_caption='GiroCode: Scannen Sie den Code mit Ihrer Banking-App, um die Überweisung automatisch auszufüllen.')
    m.meta['doc_texts'] = [ptxt]
    m.body = mk.client(m, 'java', plain, html, cs='utf-8', cte='quoted-printable',
                       attachments=[Binary('application/pdf', pdf, 'Eintragungsofferte_RDU-2026-718342.pdf', 'attachment')])
    m.raw = S.brevo(m, 'rdu-register.de')
    m.meta['what'] = '"Register of German Companies" offers a listing after the Handelsregister publication; PDF with GiroCode'
    m.meta['why'] = ('Register/directory scam: looks like an official fee notice, the "acceptance by payment" and 36-month '
                     'term are hidden in small print; payee is a Spanish shell account; bulk-sent via Brevo; EPC QR pre-fills '
                     'the 1.489,20 EUR transfer. Reported by staff in business/06')
    return m


def a07():
    m = Msg('attack', '07-de-gehaltskonto-webde')
    m.t = utc(2026, 11, 22, 19, 37, 5)
    m.frm = ('Andreas Wimmer', 'andreas.wimmer.privat@web.de')
    m.to = [p('monika.weiss')]
    m.subject = 'Neue Bankverbindung für die Gehaltsabrechnung'
    mule = ident.make_iban('LT', '32500' + '44281930572')
    ib = m.iban(mule, 'mule account (Revolut LT) for salary diversion')
    text = ('Hallo Frau Weiß,\n\n'
            'ich habe meine Bank gewechselt und möchte Sie bitten, mein Gehalt ab der Abrechnung für November auf das neue '
            'Konto zu überweisen:\n\n'
            'Kontoinhaber: Andreas Wimmer\nIBAN: %s\nBIC: REVOLT21\n\n'
            'Ich schreibe von meiner privaten Adresse, weil ich gerade ein paar Tage frei habe und von unterwegs keinen '
            'VPN-Zugang habe. Das alte Konto bei der Sparkasse löse ich zum Monatsende auf.\n\n'
            'Können Sie mir kurz bestätigen, ob die Änderung für November noch rechtzeitig ist?\n\n'
            'Danke und viele Grüße\nAndreas Wimmer' % ib)
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + '</div>\n\n<div>'.join(H.esc(l) if l else '&nbsp;' for l in text.split('\n')) + '</div></div></body></html>\n')
    m.body = Text('html', html, 'UTF-8', 'quoted-printable')
    m.raw = S.webde(m, 'web.de', webmail=True, client_ip='198.51.100.57')
    m.meta['what'] = 'Head of flight operations asks HR from his "private" web.de address to pay his salary to a new account'
    m.meta['why'] = ('Payroll diversion: free-mail look-alike of the employee\'s name, sent via web.de webmail from a '
                     'non-German IP, new account at a neobank, asks for confirmation by mail and explains away the '
                     'missing company channel. Compare the genuine private mail in business/07')
    return m


def a08():
    m = Msg('attack', '08-de-lba-anhoerung-portal')
    m.t = utc(2026, 11, 16, 7, 12, 48)
    m.frm = ('Luftfahrt-Bundesamt – Referat B4', 'referat.b4@lba-bund.de')
    m.to = [p('juergen.pfeiffer')]
    m.meta['mail_from'] = 'wordpress@landgasthof-seeblick.de'
    m.subject = 'Anhörung gemäß § 28 VwVfG – Feststellungen Vorfeldinspektion vom 03.11.2026 (Az. B4-2026-0871-EHS)'
    link = m.url('https://lba-bund.de/portal/anhoerung/B4-2026-0871?t=8c1e5f07b2', 'credential page posing as LBA portal')
    m.phone('+49 531 2355-4420', 'fake phone of the "Referat"')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'im Rahmen der Vorfeldinspektion am Flughafen Augsburg am 03.11.2026 wurden an dem Luftfahrzeug D-HXMP '
            '(Airbus Helicopters H145) Feststellungen getroffen, die eine Überprüfung der Aufrechterhaltung der '
            'Lufttüchtigkeit erforderlich machen (Feststellungen der Stufe 1 gemäß Part-CAMO.B.350).\n\n'
            'Vor Erlass eines Bescheides über die Beschränkung der Genehmigung geben wir Ihnen gemäß § 28 VwVfG '
            'Gelegenheit zur Stellungnahme binnen 7 Tagen nach Zugang dieser Nachricht.\n\n'
            'Der Inspektionsbericht sowie das Anhörungsschreiben wurden Ihnen im LBA-Behördenportal bereitgestellt:\n'
            '%s\n\n'
            'Bitte melden Sie sich mit den Zugangsdaten Ihres Unternehmenskontos an. Geht innerhalb der Frist keine '
            'Stellungnahme ein, wird nach Aktenlage entschieden.\n\n'
            'Mit freundlichen Grüßen\nIm Auftrag\n\nDr. Thomas Wendel\nReferat B4 – Lufttüchtigkeit / Instandhaltungsbetriebe\n'
            'Luftfahrt-Bundesamt\nHermann-Blenk-Str. 26, 38108 Braunschweig\nTel.: +49 531 2355-4420' % link)
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;">'
            + ''.join('<p>%s</p>' % H.linkify(b).replace('\n', '<br>') for b in text.split('\n\n'))
            + '<hr><p style="font-size:11px;color:#555">Luftfahrt-Bundesamt · Bundesoberbehörde im Geschäftsbereich des '
              'Bundesministeriums für Verkehr</p></body></html>')
    m.body = mk.client(m, 'phpmailer', text, html, cs='utf-8', cte='8bit', html_cte='quoted-printable')
    m.raw = S.cpanel(m, 'srv12.webhosting-pro.net', '192.0.2.88', 'landgasthof-seeblick.de', mua='phpmailer',
                     user='seeblick', local=True, spf='pass', dmarc_res='none', dmarc_policy=None, dkim_sign=True)
    m.meta['what'] = 'Luftfahrt-Bundesamt hearing letter about ramp-inspection findings on D-HXMP, documents in the "LBA portal"'
    m.meta['why'] = ('Fake authority notice aimed at the CAMO manager: look-alike lba-bund.de (real: lba.de), sent with '
                     'PHPMailer from a compromised guest-house WordPress site (envelope wordpress@landgasthof-seeblick.de), '
                     'legal deadline pressure, link to a credential page. The genuine LBA mail is business/08')
    return m


# ================================================================= BUSINESS ==
def b01():
    m = Msg('business', '01-de-lieferant-rechnung-xrechnung')
    m.t = utc(2026, 10, 26, 14, 5, 12)
    m.frm = ('Buchhaltung', 'rechnungen@lieferant-gmbh.de')
    m.to = [('Kreditorenbuchhaltung Example', 'ap@example.com')]
    m.subject = 'Rechnung RE-2026-10418 / Kunden-Nr. 20417 / Ihre Bestellung 4500018402'
    iban = LIEF['iban']
    ib = m.iban(iban, 'Lieferant GmbH genuine account (Sparkasse Bremen)')
    epc = 'BCD\n002\n1\nSCT\nSBREDE22XXX\nLieferant GmbH\n%s\nEUR14862.30\n\n\nRE-2026-10418 KD 20417' % iban
    m.qr(epc, 'EPC GiroCode on the invoice PDF', 'pdf')
    m.phone('+49 421 538640-0', 'Lieferant switchboard')
    m.phone('+49 421 538640-99', 'Lieferant fax (PDF footer)')
    m.url('www.lieferant-gmbh.de', 'website')
    text = ('Sehr geehrte Damen und Herren,\n\n'
            'anbei erhalten Sie unsere Rechnung RE-2026-10418 vom 26.10.2026 als E-Rechnung im Format XRechnung (UBL) '
            'sowie eine Sichtkopie als PDF.\n\n'
            'Rechnungsbetrag: 14.862,30 EUR\nFällig: 20.11.2026 (30 Tage netto)\nIhre Bestellung: 4500018402\n\n'
            'Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Bremen, '
            'IBAN %s, BIC SBREDE22XXX.\n\n'
            'Bei Fragen zur Rechnung erreichen Sie uns unter +49 421 538640-0 oder rechnungen@lieferant-gmbh.de.\n\n'
            'Mit freundlichen Grüßen\nIhre Buchhaltung\n\nLieferant GmbH\nFlughafendamm 42, 28199 Bremen\n'
            'www.lieferant-gmbh.de\nGeschäftsführer: Rainer Kluge, Dr. Bettina Hollmann\n'
            'Amtsgericht Bremen HRB 28714 HB, USt-IdNr. %s\n' % (ib, LIEF['ust']))
    items = [['1', 'Schwingungsdämpfer Hauptrotor P/N L623M1005208, überholt, EASA Form 1 (Tausch)', '1', '7.840,00', '7.840,00'],
             ['2', 'Filterelement Hydraulik P/N 1651-1231-00', '6', '212,50', '1.275,00'],
             ['3', 'Wartungssatz 600 FH Triebwerk Arriel 2E (Kit)', '1', '3.304,00', '3.304,00']]
    pdf, ptxt = docs.invoice_pdf(
        'Lieferant GmbH', lief_footer_lines()[:2],
        ['Example Helicopter Services GmbH', 'Kreditorenbuchhaltung', 'Flughafenstraße 28', '86169 Augsburg'],
        'Rechnung RE-2026-10418',
        [('Rechnungsdatum', '26.10.2026'), ('Lieferdatum', '23.10.2026'), ('Kunden-Nr.', '20417'),
         ('Ihre Bestellung', '4500018402'), ('Ihre USt-IdNr.', org.ENTITIES[0]['ids'][0][1])],
        ['Pos', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'], items,
        [('Summe netto', '12.419,00 EUR', False), ('USt. 19 %', '2.359,61 EUR', False), ('Fracht', '83,69 EUR', False),
         ('Rechnungsbetrag', '14.862,30 EUR', True)],
        ['Zahlbar bis 20.11.2026 ohne Abzug.', 'Sparkasse Bremen · IBAN %s · BIC SBREDE22XXX' % ib,
         'Es gelten unsere Allgemeinen Lieferbedingungen. Altteil (Pos. 1) bitte binnen 30 Tagen zurücksenden.'],
        [lief_footer_lines()[:1], ['Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann', LIEF['hrb']],
         ['USt-IdNr. ' + LIEF['ust'], 'Sparkasse Bremen BIC SBREDE22XXX']],
        lief_meta('Rechnung RE-2026-10418'), qr_payload=epc, qr_caption='GiroCode – mit Banking-App scannen',
        right_cols=(2, 3, 4), col_x=[50, 80, 330, 380, 470])
    m.meta['doc_texts'] = [ptxt]
    ubl = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
           'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
           '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n'
           '  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n'
           '  <cbc:ID>RE-2026-10418</cbc:ID>\n  <cbc:IssueDate>2026-10-26</cbc:IssueDate>\n'
           '  <cbc:DueDate>2026-11-20</cbc:DueDate>\n  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n'
           '  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n  <cbc:BuyerReference>4500018402</cbc:BuyerReference>\n'
           '  <cac:OrderReference><cbc:ID>4500018402</cbc:ID></cac:OrderReference>\n'
           '  <cac:AccountingSupplierParty><cac:Party>\n'
           '    <cbc:EndpointID schemeID="EM">rechnungen@lieferant-gmbh.de</cbc:EndpointID>\n'
           '    <cac:PostalAddress><cbc:StreetName>Flughafendamm 42</cbc:StreetName><cbc:CityName>Bremen</cbc:CityName>'
           '<cbc:PostalZone>28199</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n'
           '    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
           '    <cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName><cbc:CompanyID>HRB 28714 HB</cbc:CompanyID></cac:PartyLegalEntity>\n'
           '    <cac:Contact><cbc:Name>Buchhaltung</cbc:Name><cbc:Telephone>+49 421 538640-0</cbc:Telephone>'
           '<cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail></cac:Contact>\n'
           '  </cac:Party></cac:AccountingSupplierParty>\n'
           '  <cac:AccountingCustomerParty><cac:Party>\n'
           '    <cbc:EndpointID schemeID="EM">ap@example.com</cbc:EndpointID>\n'
           '    <cac:PostalAddress><cbc:StreetName>Flughafenstraße 28</cbc:StreetName><cbc:CityName>Augsburg</cbc:CityName>'
           '<cbc:PostalZone>86169</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n'
           '    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n'
           '    <cac:PartyLegalEntity><cbc:RegistrationName>Example Helicopter Services GmbH</cbc:RegistrationName></cac:PartyLegalEntity>\n'
           '  </cac:Party></cac:AccountingCustomerParty>\n'
           '  <cac:Delivery><cbc:ActualDeliveryDate>2026-10-23</cbc:ActualDeliveryDate></cac:Delivery>\n'
           '  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-10418</cbc:PaymentID>\n'
           '    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name>'
           '<cac:FinancialInstitutionBranch><cbc:ID>SBREDE22XXX</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n'
           '  </cac:PaymentMeans>\n'
           '  <cac:PaymentTerms><cbc:Note>Zahlbar bis 20.11.2026 ohne Abzug.</cbc:Note></cac:PaymentTerms>\n'
           '  <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason>'
           '<cbc:Amount currencyID="EUR">70.33</cbc:Amount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>'
           '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>\n'
           '  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">2372.97</cbc:TaxAmount></cac:TaxTotal>\n'
           '  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">12419.00</cbc:LineExtensionAmount>'
           '<cbc:TaxExclusiveAmount currencyID="EUR">12489.33</cbc:TaxExclusiveAmount>'
           '<cbc:TaxInclusiveAmount currencyID="EUR">14862.30</cbc:TaxInclusiveAmount>'
           '<cbc:ChargeTotalAmount currencyID="EUR">70.33</cbc:ChargeTotalAmount>'
           '<cbc:PayableAmount currencyID="EUR">14862.30</cbc:PayableAmount></cac:LegalMonetaryTotal>\n'
           % (LIEF['ust'], org.ENTITIES[0]['ids'][0][1], iban))
    for i, (pos, desc, qty, up, tot) in enumerate(items, 1):
        ubl += ('  <cac:InvoiceLine><cbc:ID>%d</cbc:ID><cbc:InvoicedQuantity unitCode="H87">%s</cbc:InvoicedQuantity>'
                '<cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount><cac:Item><cbc:Name>%s</cbc:Name>'
                '<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID>'
                '</cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">%s'
                '</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n' % (
                    i, qty, tot.replace('.', '').replace(',', '.'), H.esc(desc), up.replace('.', '').replace(',', '.')))
    ubl += '</ubl:Invoice>\n'
    m.msgid = '<%s.%s@lieferant-gmbh.de>' % ('20261026140512', S.hexs(m.rng, 12, True))
    plain = Text('plain', text, 'iso-8859-15', 'quoted-printable')
    m.body = Multi('mixed', [plain,
                             Binary('application/pdf', pdf, 'RE-2026-10418.pdf', 'attachment'),
                             Binary('application/xml', ubl.encode('utf-8'), 'RE-2026-10418_xrechnung.xml', 'attachment')],
                   '----=_abas_%s' % S.hexs(m.rng, 24))
    r = m.rng
    hs, body = S.prep(m)
    from .core import epoch
    d = S.enc_fields(m, 'iso-8859-15', 'Q')
    t1 = plus(m.t, 2)
    qid = S.postfix_qid(r, t1)
    sig = S.dk(m, body, 'lieferant-gmbh.de', 'mail2024', ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version',
                                                           'Content-Type'], t=epoch(t1))
    below = [('DKIM-Filter', 'OpenDKIM Filter v2.11.0 mail.lieferant-gmbh.de %s' % qid), ('DKIM-Signature', sig),
             ('Received', 'from erp01.lieferant.local (erp01.lieferant.local [192.168.10.12])\r\n\tby mail.lieferant-gmbh.de '
              '(Postfix) with ESMTP id %s;\r\n\t%s' % (qid, rfcdate(t1, 'DE', 'postfix'))),
             ('Date', rfcdate(m.t, 'DE')), ('From', d['From']), ('To', d['To']), ('Subject', d['Subject']),
             ('Message-ID', m.msgid), ('X-Mailer', 'abas ERP 2024r4 Mailservice'), ('MIME-Version', '1.0')] + hs
    conn = dict(helo=LIEF['relay'], rdns=LIEF['relay'], ip=LIEF['ip'], t=plus(t1, 3), mail_from='rechnungen@lieferant-gmbh.de')
    conn['auth'] = S.auth(m, policy='reject')
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Supplier invoice from the ERP: XRechnung (UBL) plus PDF copy with GiroCode'
    m.meta['why'] = ('Genuine invoice from the supplier\'s own relay (SPF/DKIM/DMARC pass, ERP host inside their network), '
                     'known customer/order numbers, the long-standing Sparkasse Bremen account, e-invoice XML matching the PDF')
    m.meta['pair'] = ['01', '02']
    m.meta['topic'] = 'Lieferant GmbH invoices and payment details'
    m.meta['pair_note'] = 'Same supplier and invoice numbers as the fraud; here the known account, ERP origin, XRechnung'
    return m


def b02():
    m = Msg('business', '02-de-lieferant-bankwechsel-verifizieren')
    m.t = utc(2026, 12, 2, 9, 31, 40)
    m.frm = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
    m.to = [p('jana.vogt')]
    m.cc = [p('markus.lindner')]
    m.subject = 'Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 – bitte telefonisch verifizieren'
    new = org.LIEFERANT_IBAN_NEW
    ib_new = m.iban(new, 'new genuine account from 01.01.2027 (Deutsche Bank Bremen)')
    ib_old = m.iban(LIEF['iban'], 'old genuine account valid until 31.12.2026')
    m.phone('+49 421 538640-0', 'switchboard given for call-back verification')
    m.phone('+49 421 538640-17', 'Petra Lang direct line')
    m.phone('+49 421 538640-99', 'Lieferant fax')
    m.url('www.lieferant-gmbh.de', 'website')
    text = ('Sehr geehrte Frau Vogt,\n\n'
            'wie in unserem Kundenrundschreiben vom 18.11.2026 und auf unseren Rechnungen seit November angekündigt, '
            'wechseln wir zum 01.01.2027 unsere Hausbank. Das Schreiben unserer Geschäftsführung hängt an; das unterschriebene '
            'Original geht Ihnen zusätzlich per Post zu.\n\n'
            'Wichtig: Bitte ändern Sie Ihre Kreditorenstammdaten nicht allein aufgrund dieser E-Mail. Rufen Sie uns zur '
            'Bestätigung bitte über die Ihnen bekannte Zentrale +49 421 538640-0 an und lassen Sie sich mit mir oder mit '
            'Herrn Kluge verbinden – oder nutzen Sie die Telefonnummer aus Ihren Stammdaten. Wir selbst ändern '
            'Bankdaten unserer Lieferanten auch nie ohne Rückruf.\n\n'
            'Bis zum 31.12.2026 gilt weiterhin unser Konto bei der Sparkasse Bremen (IBAN %s). Zahlungen, '
            'die danach noch dort eingehen, werden bis Ende März 2027 automatisch weitergeleitet – es geht also nichts '
            'verloren.\n\n'
            'Neue Bankverbindung ab 01.01.2027:\nDeutsche Bank AG, Filiale Bremen\nIBAN %s\nBIC DEUTDEDBBRE\n\n'
            'Vielen Dank und eine ruhige Adventszeit!\n\n' % (ib_old, ib_new)) + sig_lang()
    pdf, ptxt = docs.letter_pdf(
        'Lieferant GmbH', lief_footer_lines()[:2],
        ['Example Helicopter Services GmbH', 'Kreditorenbuchhaltung', 'Flughafenstraße 28', '86169 Augsburg'],
        'Bremen, 01.12.2026', 'Wechsel unserer Bankverbindung zum 01.01.2027',
        ['Sehr geehrte Damen und Herren,',
         'zum 01.01.2027 führen wir unseren Zahlungsverkehr über die Deutsche Bank AG. Bitte verwenden Sie für Zahlungen ab '
         'diesem Datum die folgende Bankverbindung:',
         ('kv', [('Kontoinhaber:', 'Lieferant GmbH'), ('Kreditinstitut:', 'Deutsche Bank AG, Filiale Bremen'),
                 ('IBAN:', ident.fmt_iban(new)), ('BIC:', 'DEUTDEDBBRE')]),
         'Bis zum 31.12.2026 bleibt das Konto bei der Sparkasse Bremen (IBAN %s) unverändert gültig. Eingänge auf '
         'diesem Konto werden bis 31.03.2027 weitergeleitet.' % ident.fmt_iban(LIEF['iban']),
         'Zu Ihrer Sicherheit: Bitte verifizieren Sie diese Änderung telefonisch über unsere Zentrale +49 421 538640-0. '
         'Änderungsmitteilungen, die Sie nur per E-Mail erreichen oder die zur Eile drängen, stammen nicht von uns.'],
        ['Mit freundlichen Grüßen', '', 'Rainer Kluge                    Dr. Bettina Hollmann',
         'Geschäftsführer                 Geschäftsführerin'],
        [lief_footer_lines()[:1], ['Geschäftsführer: Rainer Kluge, Dr. Bettina Hollmann', LIEF['hrb']],
         ['USt-IdNr. ' + LIEF['ust']]],
        dict(title='Bankverbindung 2027', author='Lieferant GmbH', creator='Microsoft® Word 2021',
             producer='Microsoft® Word 2021', created="D:20261201111530+01'00'"))
    m.meta['doc_texts'] = [ptxt]
    m.msgid = S.tb_msgid(m, 'lieferant-gmbh.de')
    m.body = mk.client(m, 'tb', text, None, cs='UTF-8', cte='8bit',
                       attachments=[mk.att(m, 'tb', 'Lieferant_GmbH_Bankverbindung_2027.pdf', pdf)])
    m.raw = S.postfix_org(m, LIEF['relay'], LIEF['ip'], 'lieferant-gmbh.de', mua='thunderbird',
                          client_ip='192.168.10.64')
    m.meta['what'] = 'Supplier announces its bank change from 01.01.2027 with a signed letter, asks for phone verification'
    m.meta['why'] = ('Genuine and done properly: sent from the real mailbox via the supplier\'s relay from its office '
                     'network, announced weeks ahead, old account stays valid with forwarding, explicitly asks to verify '
                     'by calling the known switchboard, original by post')
    m.meta['pair'] = ['01', '02']
    m.meta['topic'] = 'Supplier bank-detail change'
    m.meta['pair_note'] = 'Real change with long notice, call-back request and no pressure; fraud versions push to pay now'
    return m


def b03():
    m = Msg('business', '03-de-ceo-dringend-beirat')
    m.t = utc(2026, 11, 19, 7, 38, 2)
    m.frm = ('Dr. Johannes Brandl', 'johannes.brandl@example.com')
    m.to = [p('sabine.koehler')]
    m.cc = [p('laura.schaefer')]
    m.subject = 'Dringend: Unterlagen für die Beiratssitzung morgen'
    m.phone('+49 821 455 700-100', 'CEO office')
    m.phone('+49 171 5538 204', 'CEO mobile')
    text = ('Sabine,\n\n'
            'für die Beiratssitzung morgen um 10 Uhr brauche ich bitte bis heute 15 Uhr noch zwei Dinge von dir:\n\n'
            '1. die aktualisierte Liquiditätsvorschau bis März 2027, inkl. der dritten Rate aus dem Airbus-Zahlungsplan für '
            'die zweite H145 (Fälligkeit Januar),\n'
            '2. eine halbe Seite zur Auslastung der Charterflotte Q3/Q4 gegen Plan – Katrin hat die Flugstunden, bitte kurz '
            'mit ihr abstimmen.\n\n'
            'Laura nimmt beides in die Sitzungsmappe auf und verschickt sie heute Abend an den Beirat.\n\n'
            'Falls etwas bis 15 Uhr nicht klappt, ruf mich bitte an – ich bin ab 13 Uhr an der Basis in Kempten, mobil '
            'erreichbar.\n\nDanke dir!\nJohannes\n\n'
            '--\nDr. Johannes Brandl\nGeschäftsführer / CEO\nExample Helicopter Services GmbH\n'
            'Flughafenstraße 28, 86169 Augsburg\nTel. +49 821 455 700-100 | Mobil +49 171 5538 204\nwww.example.com')
    S.internal_prepare(m)
    cs = pick_cs(text)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'DE'), cs=cs)
    m.raw = S.internal(m, 'de-DE', importance='High')
    m.meta['what'] = 'The CEO urgently asks the CFO for board-meeting figures by 15:00'
    m.meta['why'] = ('Genuine internal urgency: via EXCH0x and mail-int01 (DKIM example.com), usual "du" tone, assistant in '
                     'Cc, asks for documents not money, offers a phone call')
    m.meta['pair'] = ['03']
    m.meta['topic'] = 'Urgent confidential request from the CEO to the CFO'
    m.meta['pair_note'] = 'Real CEO: internal route, colleagues in Cc, no payment, phone welcome'
    return m


def b04():
    m = Msg('business', '04-de-steuerberater-belege-datev')
    m.t = utc(2026, 11, 5, 10, 14, 37)
    m.frm = ('Ines Brückner', 'i.brueckner@hartmann-partner-stb.de')
    m.to = [p('jana.vogt')]
    m.cc = [p('sabine.koehler')]
    m.subject = 'Belege Oktober 2026 – Mandant 41873 (Example Helicopter Services GmbH)'
    m.phone('+49 821 349 71-23', 'tax adviser')
    m.phone('+49 821 349 71-99', 'tax adviser fax')
    m.url('www.hartmann-partner-stb.de', 'website')
    text = ('Sehr geehrte Frau Vogt,\n\n'
            'für die Buchhaltung Oktober fehlen uns in DATEV Unternehmen online noch folgende Belege:\n\n'
            '- Eingangsrechnungen Ferretti Trasporti (Transport Triebwerk, 2 Rechnungen)\n'
            '- Rechnung Partner Logistik, Zollabfertigung Okt. 2026\n'
            '- Kontoauszug Commerzbank per 30.10.2026\n\n'
            'Könnten Sie die Unterlagen bitte wie gewohnt über den Belegtransfer bzw. den Upload in Unternehmen online '
            'bereitstellen? Damit wir die Umsatzsteuer-Voranmeldung fristgerecht zum 10.11. übermitteln können, wäre der '
            'Upload bis Montag, 09.11. ideal.\n\n'
            'Ein Hinweis in eigener Sache: Wir verschicken keine Anmeldelinks oder Dateien mit Anmeldeformularen per E-Mail. '
            'Bitte melden Sie sich bei DATEV immer direkt über Ihren gewohnten Zugang (DATEV SmartLogin) an.\n\n'
            'Vielen Dank und viele Grüße aus der Maximilianstraße\n\n'
            'Ines Brückner\nSteuerfachangestellte\n\nHartmann & Partner mbB\nSteuerberatungsgesellschaft\n'
            'Maximilianstraße 52 · 86150 Augsburg\nTel. +49 821 349 71-23 · Fax +49 821 349 71-99\n'
            'www.hartmann-partner-stb.de\n\nPartnerschaftsregister Amtsgericht Augsburg PR 412')
    m.msgid = S.outlook_msgid(m, 'hartmann-partner-stb.de')
    cs = pick_cs(text)
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'DE', charset=cs), cs=cs)
    m.raw = S.ionos(m, 'hartmann-partner-stb.de', mua='outlook', client_ip='87.183.44.201', dmarc_policy='none')
    m.meta['what'] = 'Tax adviser asks for missing October documents in DATEV Unternehmen online'
    m.meta['why'] = ('Genuine: the firm\'s own domain via IONOS with its Outlook, specific missing documents, no links, '
                     'explicit note that no login links are mailed')
    m.meta['pair'] = ['05']
    m.meta['topic'] = 'DATEV Unternehmen online documents'
    m.meta['pair_note'] = 'Real adviser request without links/attachments; the fake sends an HTML login page'
    return m


def b05():
    m = Msg('business', '05-de-it-mfa-umstellung')
    m.t = utc(2026, 11, 17, 8, 2, 55)
    m.frm = ('Tobias Krämer', 'tobias.kraemer@example.com')
    m.to = [('Alle Mitarbeitenden Deutschland', 'alle-de@example.com')]
    m.subject = '[IT-Info] Anmeldung mit Microsoft Authenticator und Nummernabgleich – Umstellung bis 04.12.2026'
    u1 = m.url('https://aka.ms/mysecurityinfo', 'Microsoft security-info page (genuine)')
    u2 = m.url('https://intranet.corp.example.com/it/mfa', 'intranet guide')
    m.phone('+49 821 455 700-444', 'internal service desk')
    text = ('Liebe Kolleginnen und Kollegen,\n\n'
            'ab dem 04.12.2026 melden wir uns bei Outlook im Web, Teams und VPN nur noch mit der Microsoft Authenticator-App '
            'mit Nummernabgleich an. SMS-Codes werden danach abgeschaltet.\n\n'
            'Was ist zu tun?\n'
            '1. Melden Sie sich am Firmen-PC oder Firmenhandy unter %s an (Eingabe direkt im Browser, nicht über Links aus '
            'fremden Mails).\n'
            '2. Wählen Sie „Anmeldemethode hinzufügen“ > „Microsoft Authenticator“. Der QR-Code zur Einrichtung wird Ihnen '
            'ausschließlich dort auf dem Bildschirm angezeigt.\n'
            '3. Bestätigen Sie die Test-Anmeldung mit der angezeigten Zahl.\n\n'
            'Wichtig: Wir versenden keine QR-Codes per E-Mail oder als PDF, und wir setzen keine Fristen mit Kontosperrung '
            'per Mail. In den letzten Tagen sind Phishing-Mails mit angeblichen „MFA-Erneuerungen“ und QR-Codes im Umlauf. '
            'Solche Nachrichten bitte nicht öffnen, sondern über den Button „Phishing melden“ in Outlook melden oder an '
            'it-security@example.com weiterleiten.\n\n'
            'Eine Schritt-für-Schritt-Anleitung mit Screenshots finden Sie im Intranet: %s\n'
            'Fragen: Service-Desk, Durchwahl -444 (+49 821 455 700-444).\n\n'
            'Danke für Ihre Unterstützung!\n\nTobias Krämer\nIT-Sicherheit / Messaging\nExample Helicopter Services GmbH\n'
            'Tel. +49 821 455 700-447' % (u1, u2))
    m.phone('+49 821 455 700-447', 'IT security direct line')
    S.internal_prepare(m)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'DE', charset='utf-8'), cs='utf-8', cte='base64')
    m.raw = S.internal(m, 'de-DE')
    m.meta['what'] = 'Internal IT notice: switch to Authenticator number matching by 04.12.; warns about QR phishing'
    m.meta['why'] = ('Genuine internal announcement from the mail admin through Exchange and mail-int01; links only to '
                     'aka.ms/mysecurityinfo and the intranet; same vocabulary (MFA, deadline, QR code) as the quishing lure')
    m.meta['pair'] = ['04']
    m.meta['topic'] = 'MFA re-registration'
    m.meta['pair_note'] = 'Real IT announcement, no QR code, no lock-out threat, internal origin'
    return m


def b06(a06_msg):
    m = Msg('business', '06-de-wg-registerofferte-an-it')
    m.t = utc(2026, 10, 14, 8, 16, 27)
    m.frm = ('Claudia Baumann', 'claudia.baumann@example.com')
    m.to = [('IT-Security', 'it-security@example.com')]
    m.cc = [p('tobias.kraemer')]
    m.subject = 'WG: Eintragungsofferte Example Helicopter Services GmbH – Az. RDU/2026/718342'
    text = ('Hallo zusammen,\n\n'
            'die Mail im Anhang kam gestern an info@. Sieht für mich nach der üblichen Register-Abzocke aus – die haben '
            'sogar einen QR-Code für die Überweisung beigelegt. Ich habe nichts bezahlt und nichts angeklickt, die Buchhaltung '
            'weiß Bescheid.\n\n'
            'Könnt ihr den Absender sperren? Im letzten Jahr kam so etwas ja schon zweimal.\n\n'
            'Danke und viele Grüße\nClaudia\n\n'
            'Claudia Baumann\nOffice Management\nExample Helicopter Services GmbH\nTel. +49 821 455 700-110')
    m.phone('+49 821 455 700-110', 'office management')
    for k, v, n in a06_msg.facts:
        m.fact(k, v, 'inside the forwarded scam: ' + n)
    for w, pl in a06_msg.qr_expect:
        m.qr_expect.append(('forwarded', pl))
    m.meta['doc_texts'] = list(a06_msg.meta.get('doc_texts', []))
    S.internal_prepare(m)
    inner = Raw('message/rfc822', a06_msg.raw, headers=[], cte=None)
    inner.hdrs = [('Content-Disposition', 'attachment')]
    cs = pick_cs(text)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'DE'), cs=cs, attachments=[inner])
    m.raw = S.internal(m, 'de-DE')
    m.meta['what'] = 'Office manager forwards the register scam (as .eml attachment) to IT security and asks to block it'
    m.meta['why'] = ('Genuine internal report: Exchange/mail-int01 route, the suspicious message is only carried as an '
                     'attachment for IT; a gateway must not quarantine users\' phishing reports')
    m.meta['pair'] = ['06']
    m.meta['topic'] = 'Register/directory offer with GiroCode'
    m.meta['pair_note'] = 'Contains the complete scam message as message/rfc822 attachment, sent internally to IT'
    return m


def b07():
    m = Msg('business', '07-de-mitarbeiterin-privatmail-krank')
    m.t = utc(2026, 12, 7, 5, 41, 18)
    m.frm = ('Nadine Roth', 'nadine.roth87@gmx.de')
    m.to = [p('monika.weiss')]
    m.cc = [p('andreas.wimmer')]
    m.subject = 'Krankmeldung heute + neue Adresse'
    text = ('Guten Morgen Frau Weiß,\n\n'
            'ich muss mich für heute krankmelden, mich hat es mit Fieber erwischt. Ich gehe nachher zum Arzt, die AU geht '
            'dann ja elektronisch an die Krankenkasse. Herr Wimmer ist in Kopie, die Frühschicht in der Einsatzzentrale '
            'übernimmt Kollege Berger, das habe ich gestern Abend schon mit ihm abgesprochen.\n\n'
            'Und weil ich gerade dabei bin: Wir sind zum 1. Dezember umgezogen, die neue Anschrift ist Hochfeldstraße 67, '
            '86159 Augsburg. Ich trage das wie vorgesehen auch selbst im Mitarbeiterportal ein, sobald ich wieder im Büro '
            'bin – von zu Hause komme ich ohne Firmenlaptop nicht rein. Bankverbindung bleibt gleich.\n\n'
            'Viele Grüße\nNadine Roth\n\nVon meinem iPhone gesendet')
    m.msgid = S.apple_msgid(m, 'gmx.de')
    from .bodies import boundary as bnd
    m.body = Multi('alternative', [Text('plain', text, 'utf-8', 'quoted-printable'),
                                   Text('html', H.apple_html(text), 'utf-8', 'quoted-printable')], bnd(m, 'apple'))
    m.raw = S.webde(m, 'gmx', webmail=False, client_ip='2a02:3030:80c:4d1e:9c61:77f0:1c2b:5e11', mua='iphone')
    m.meta['what'] = 'Employee reports sick from her private GMX address and mentions a change of home address'
    m.meta['why'] = ('Genuine private-address mail: iPhone Mail via GMX from a German mobile IPv6 address, copies her '
                     'manager, no bank change, defers the master-data change to the employee portal')
    m.meta['pair'] = ['07']
    m.meta['topic'] = 'Employee writes to HR from private mail about personal data'
    m.meta['pair_note'] = 'Private address but manager in Cc, no bank details, uses the official portal for changes'
    return m


def b08():
    m = Msg('business', '08-de-lba-auditankuendigung')
    m.t = utc(2026, 10, 20, 13, 55, 6)
    m.frm = ('Albrecht, Kerstin', 'kerstin.albrecht@lba.de')
    m.to = [p('juergen.pfeiffer')]
    m.cc = [p('andreas.wimmer')]
    m.subject = 'Ankündigung Audit Part-CAMO 2027 – Az. B4-2612/0417 (Example Helicopter Services GmbH)'
    m.phone('+49 531 2355-2318', 'LBA inspector')
    text = ('Sehr geehrter Herr Pfeiffer,\n\n'
            'im Rahmen der kontinuierlichen Aufsicht nach Part-CAMO.B.305 kündige ich Ihnen das Audit Ihrer '
            'CAMO-Organisation (Genehmigung DE.CAMO.0417) für den Zeitraum 26. bis 28. Januar 2027 am Standort Augsburg an.\n\n'
            'Schwerpunkte:\n'
            '- Lufttüchtigkeitsprüfungen (ARC) der H145-Flotte seit dem letzten Audit\n'
            '- Zuverlässigkeitsprogramm und Auswertung der Occurrence Reports 2026\n'
            '- Umsetzung der Maßnahmen aus Finding B4-2026-11 (Level 2)\n\n'
            'Den vorläufigen Auditplan habe ich als PDF beigefügt. Bitte bestätigen Sie mir den Termin bis 13.11.2026 und '
            'senden Sie die im Plan genannten Unterlagen wie üblich per E-Mail an mich oder über die bekannte '
            'Funktionsadresse. Die aktuelle CAME-Revision reichen Sie bitte auf dem gewohnten Weg ein.\n\n'
            'Mit freundlichen Grüßen\nIm Auftrag\n\nKerstin Albrecht\nReferat B4 – Lufttüchtigkeit, Instandhaltungsbetriebe\n'
            'Luftfahrt-Bundesamt\nHermann-Blenk-Straße 26\n38108 Braunschweig\nTel.: +49 531 2355-2318\n\n'
            'Hinweis: Diese E-Mail ist nicht für die Übermittlung rechtsverbindlicher Erklärungen bestimmt.')
    pdf, ptxt = docs.simple_pdf([[
        ('h', 'Auditplan Part-CAMO – Example Helicopter Services GmbH'),
        ('kv', [('Genehmigung', 'DE.CAMO.0417'), ('Aktenzeichen', 'B4-2612/0417'), ('Zeitraum', '26.01.–28.01.2027'),
                ('Ort', 'Augsburg, Flughafenstraße 28, Hangar 5'), ('Auditteam', 'K. Albrecht (Leitung), M. Sommer')]),
        ('h2', 'Tag 1 – 26.01.2027'),
        ('p', '09:00 Eröffnungsbesprechung mit Accountable Manager und CAM. 10:00 CAME, Organisation, Personal, '
              'Schulungsnachweise. 13:30 Stichproben Lufttüchtigkeitsprüfungen (ARC) D-HXMP, D-HXMR, D-HEXA.'),
        ('h2', 'Tag 2 – 27.01.2027'),
        ('p', 'Instandhaltungsprogramm H145, Zuverlässigkeitsprogramm, ADs/SBs-Überwachung, Verträge mit Part-145-Betrieben '
              '(u. a. Komponenteninstandsetzung), Occurrence Reporting 2026.'),
        ('h2', 'Tag 3 – 28.01.2027'),
        ('p', 'Nachverfolgung Finding B4-2026-11, Abschlussbesprechung 11:00.'),
        ('h2', 'Vorab einzureichende Unterlagen (bis 08.01.2027)'),
        ('p', 'Aktuelle CAME inkl. Änderungsverzeichnis; Liste der Luftfahrzeuge mit Status ARC; Auswertung '
              'Zuverlässigkeitsprogramm 2026; Nachweise zur Schließung des Findings B4-2026-11.'),
        ('small', 'Luftfahrt-Bundesamt · Hermann-Blenk-Straße 26 · 38108 Braunschweig · www.lba.de')]],
        dict(title='Auditplan Part-CAMO 2027', author='Albrecht, Kerstin', creator='Microsoft® Word 2019',
             producer='Microsoft® Word 2019', created="D:20261020144210+02'00'"),
        header=('Luftfahrt-Bundesamt', ['Referat B4 – Lufttüchtigkeit, Instandhaltungsbetriebe', 'Hermann-Blenk-Straße 26, 38108 Braunschweig']),
        color=(0.15, 0.15, 0.15))
    m.url('www.lba.de', 'in PDF footer')
    m.meta['doc_texts'] = [ptxt]
    r = m.rng
    m.msgid = '<%s@EX-LBA-02.lba.local>' % S.hexs(r, 32)
    cs = pick_cs(text)
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'DE', charset=cs), cs=cs,
                       attachments=[mk.att(m, 'outlook', 'Auditplan_Part-CAMO_2027_Example.pdf', pdf)])
    hs, body = S.prep(m)
    from .core import epoch
    d = S.enc_fields(m, 'utf-8', 'Q')
    t1 = plus(m.t, 3)
    t2 = plus(t1, 2)
    q1 = S.postfix_qid(r, t1)
    sig = S.dk(m, body, 'lba.de', 'lba2025', ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version',
                                               'Content-Type'], t=epoch(t1))
    below = [('DKIM-Signature', sig),
             ('Received', 'from EX-LBA-02.lba.local (ex-lba-02.lba.local [10.141.8.22])\r\n\tby mailgate2.lba.de (Postfix) '
              'with ESMTPS id %s;\r\n\t%s' % (q1, rfcdate(t1, 'DE', 'postfix'))),
             ('Received', 'from EX-LBA-02.lba.local (10.141.8.22) by EX-LBA-02.lba.local\r\n (10.141.8.22) with Microsoft '
              'SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.44; %s' % rfcdate(m.t, 'DE')),
             ('From', d['From']), ('To', d['To']), ('Cc', d['Cc']), ('Subject', d['Subject']),
             ('Thread-Topic', d['Subject']), ('Thread-Index', S.thread_index(m, m.t)), ('Date', rfcdate(m.t, 'DE')),
             ('Message-ID', m.msgid), ('Accept-Language', 'de-DE, en-US'), ('Content-Language', 'de-DE'),
             ('X-MS-Has-Attach', 'yes'), ('X-MS-TNEF-Correlator', ''),
             ('x-originating-ip', '[10.141.52.118]')] + hs + [('MIME-Version', '1.0')]
    conn = dict(helo='mailgate2.lba.de', rdns='mailgate2.lba.de', ip='192.0.2.53', t=t2, mail_from='kerstin.albrecht@lba.de')
    conn['auth'] = S.auth(m, policy='reject')
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'LBA inspector announces the 2027 Part-CAMO audit and attaches the audit plan'
    m.meta['why'] = ('Genuine authority mail from lba.de through its own Exchange and mail gateway (SPF/DKIM/DMARC pass), '
                     'named inspector, correct approval number, no portal link, reasonable deadlines')
    m.meta['pair'] = ['08']
    m.meta['topic'] = 'Luftfahrt-Bundesamt correspondence to the CAMO'
    m.meta['pair_note'] = 'Real lba.de domain and infrastructure, no login link, no threat'
    return m


_A06 = []


def _a06():
    if not _A06:
        _A06.append(a06())
    return _A06[0]


def _b06():
    return b06(_a06())


ATTACK = [a01, a02, a03, a04, a05, _a06, a07, a08]
BUSINESS = [b01, b02, b03, b04, b05, _b06, b07, b08]
