"""German genuine business messages (01-08)."""
from lib import mk, Text, Att, alt, mixed, related, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import pdf
from qr import qr_png
import infra

F = "business"
LIEF_FOOT = ["", ("F1", 7, "Lieferant GmbH · Hanauer Landstraße 291 · 60314 Frankfurt am Main · Geschäftsführer: Wolfgang Lang · HRB 88412 AG Frankfurt am Main · USt-IdNr. " + IDS["lieferant_ust"])]


def build():
    # ------------------------------------------------------------ 01 genuine bank-detail change, properly announced
    t = T(2026, 11, 2, 10, 12, 33)
    p = infra.ionos("b01", t, "lieferant-gmbh.de", user_ip="80.152.201.38")
    txt = """Sehr geehrte Frau Krüger,

wie Herr Maier Ihnen am Freitag bereits telefonisch angekündigt hat, wechselt die Lieferant GmbH zum Jahreswechsel ihre Hausbank. Anbei erhalten Sie unser offizielles Schreiben mit der neuen Bankverbindung, das Ihnen zusätzlich per Post zugeht.

Wichtig für Ihre Zahlungsplanung:
- Bis einschließlich 31.12.2026 bleibt unsere bisherige Verbindung bei der Frankfurter Volksbank ({old}) unverändert gültig.
- Ab dem 01.01.2027 bitten wir um Zahlung auf die neue Verbindung bei der Frankfurter Sparkasse ({new}).
- Bereits angewiesene oder geplante Zahlungen müssen Sie nicht ändern.

Bitte verifizieren Sie die neue Bankverbindung wie gewohnt durch einen Rückruf über unsere Ihnen bekannte Zentrale (069 4058 770) – nicht über Telefonnummern aus E-Mails. Ab Januar ist die neue IBAN auch auf allen Rechnungen aufgedruckt.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Hanauer Landstraße 291, 60314 Frankfurt am Main
Tel. 069 4058 770 - Fax 069 4058 779
""".format(old=iban_fmt(BANK["lieferant_old"]), new=iban_fmt(BANK["lieferant_new"]))
    letter = pdf([("F2", 14, "Lieferant GmbH"), "Hanauer Landstraße 291 · 60314 Frankfurt am Main", "",
                  "Example Group GmbH", "Kreditorenbuchhaltung", "Mainzer Landstraße 181", "60327 Frankfurt am Main", "",
                  "Frankfurt am Main, 30.10.2026", "", ("F2", 11, "Änderung unserer Bankverbindung zum 01.01.2027"), "",
                  "Sehr geehrte Damen und Herren,", "",
                  "zum 01.01.2027 verlegen wir unsere Geschäftskonten von der Frankfurter Volksbank Rhein/Main eG",
                  "zur Frankfurter Sparkasse. Bis zum 31.12.2026 bleibt die bisherige Bankverbindung gültig.", "",
                  "Bisher:  IBAN " + iban_fmt(BANK["lieferant_old"]) + "   BIC FFVBDEFFXXX",
                  "Neu ab 01.01.2027:  IBAN " + iban_fmt(BANK["lieferant_new"]) + "   BIC HELADEF1822", "",
                  "Bitte bestätigen Sie die Änderung wie gewohnt durch Rückruf unter unserer Zentrale 069 4058 770.", "",
                  "Mit freundlichen Grüßen", "", "Wolfgang Lang                     Stefan Maier",
                  "Geschäftsführer                    Prokurist"] + LIEF_FOOT,
                 title="Änderung Bankverbindung", author="Lieferant GmbH", producer="LibreOffice 24.8")
    body = mixed(Text(txt, "plain", "iso-8859-15", "quoted-printable", params="; format=flowed", csq=False),
                 pdf_att(letter, "Lieferant_GmbH_Bankverbindung_ab_2027.pdf"))
    mk(F, 1, "de", "lieferant-bank-change-genuine", t=t, prof=p,
       frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[st("Sabine")], cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
       subject="Änderung unserer Bankverbindung zum 01.01.2027", hcs="iso-8859-15", body=body,
       hn_of=([2, 3], "Lieferant GmbH bank-detail change / Lieferant mailbox"),
       what="Lieferant GmbH announces its change of house bank from 01.01.2027 with a signed letter (also sent by post).",
       why="Real domain and the supplier's usual IONOS/Thunderbird path from its office IP; announced by phone beforehand, long lead time, old account stays valid, new account is at a German bank in the supplier's own name, and it explicitly asks for call-back verification via the known number.")

    # ------------------------------------------------------------ 02 second dunning with supply stop, Outlook at IONOS
    t = T(2026, 11, 12, 14, 2, 11)
    p = infra.ionos("b02", t, "lieferant-gmbh.de", user_ip="80.152.201.38")
    p["msgid"] = infra.outlook_mid("b02", "lieferant-gmbh.de")
    p["extra"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "A" + h("b02ti", 29, ALNUM) + "=="),
                  ("Content-Language", "de")] + p["extra"][1:]
    p["bstyle"] = "nextpart"
    txt = """Sehr geehrte Frau Krüger,
sehr geehrter Herr Lindner,

trotz unserer Zahlungserinnerung vom 28.10.2026 ist die folgende Rechnung weiterhin offen:

RE-2026-10418 vom 18.09.2026 – Teppichboden und Messemöbel ProBuild Expo – 23.816,40 €, fällig seit 18.10.2026

Wir bitten Sie dringend, den Betrag bis spätestens 20.11.2026 auf unser bekanntes Konto bei der Frankfurter Volksbank ({iban}) zu überweisen.

Bitte haben Sie Verständnis, dass wir weitere Lieferungen – auch die für KW 48 bestellten Mietmöbel – nach Ablauf dieser Frist nur noch gegen Vorkasse ausführen können. Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Tel. 069 4058 7730
""".format(iban=iban_fmt(BANK["lieferant_old"]))
    dun = pdf([("F2", 14, "Lieferant GmbH"), "Hanauer Landstraße 291 · 60314 Frankfurt am Main", "",
               "Example Group GmbH · Kreditorenbuchhaltung · Mainzer Landstraße 181 · 60327 Frankfurt am Main", "",
               ("F2", 12, "2. Mahnung"), "Datum: 12.11.2026      Kundennummer: 10 4471", "",
               "Rechnung          Datum         fällig seit      Betrag",
               "RE-2026-10418     18.09.2026    18.10.2026       23.816,40 €",
               "Mahngebühr                                           0,00 €",
               ("F2", 10, "Offener Betrag                                  23.816,40 €"), "",
               "Zahlbar bis 20.11.2026 auf IBAN " + iban_fmt(BANK["lieferant_old"]) + " (Frankfurter Volksbank)", "",
               "Nach Fristablauf erfolgen weitere Lieferungen nur gegen Vorkasse."] + LIEF_FOOT,
              title="2. Mahnung RE-2026-10418", author="Lieferant GmbH", producer="DATEV Kanzlei-Rechnungswesen")
    body = mixed(alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252")),
                 pdf_att(dun, "2_Mahnung_RE-2026-10418.pdf"))
    mk(F, 2, "de", "lieferant-mahnung-liefersperre", t=t, prof=p, order="ms",
       frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[st("Sabine"), st("Jörg")],
       subject="2. Mahnung RE-2026-10418 – Lieferung KW 48 nur gegen Vorkasse", hcs="windows-1252", body=body,
       hn_of=([2, 3], "Same open invoice RE-2026-10418, urgency and threat"),
       what="Second dunning letter from the supplier for the open ProBuild Expo invoice, threatening supply only against prepayment.",
       why="Genuine supplier domain and IONOS relay from the supplier's office IP; pressure is real but payment goes to the known, unchanged account; PDF dunning letter; no request to change anything.")

    # ------------------------------------------------------------ 03 CEO's genuine urgent payment request, internal relay
    t = T(2026, 11, 19, 8, 47, 5)
    p = infra.exchange_internal("b03", t, sa("Sabine"), mbx="EXMBX01", ws_ip="10.20.31.12")
    txt = """Guten Morgen Frau Krüger,

bitte weisen Sie heute noch die Schlussrechnung von Krause Messebau an (RE 2026-1187, 48.230,00 EUR, Standbau ProBuild Expo). Herr Krause hat mich gestern Abend angerufen - die Zahlung ist seit einer Woche überfällig, und wir brauchen sein Team ab Montag für den Abbau in Posen.

Die Rechnung ist im DMS sachlich geprüft (Bestellung 4500018790, Kostenstelle 4100), Frau Brenner hat die zweite Freigabe heute früh erteilt. Bitte die Bankverbindung aus dem Kreditorenstamm verwenden, es gibt keine Änderung.

Danke und viele Grüße
Jürgen Weiß

--
Jürgen Weiß
Vorsitzender der Geschäftsführung
Example Group GmbH | Mainzer Landstraße 181 | 60327 Frankfurt am Main
T +49 69 7562 1000
"""
    body = alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(paras(txt), "iso-8859-1"))
    mk(F, 3, "de", "ceo-urgent-payment-internal", t=t, prof=p, order="ms",
       frm=("Weiß, Jürgen", sa("Jürgen")), to=[st("Sabine")], cc=[("Brenner, Claudia", sa("Claudia"))],
       subject="Dringend: Schlussrechnung Krause Messebau heute anweisen", hcs="iso-8859-1", body=body,
       hn_of=([1, 12], "CEO asks accounts payable for an urgent same-day payment"),
       what="The CEO asks accounts payable to pay a known stand builder's overdue final invoice today.",
       why="Sent from the CEO's own Exchange mailbox via mail-int01; CFO in copy, invoice already approved in the DMS with PO and cost centre, known supplier, explicitly 'use the bank details on file'. Urgent but inside the normal process.")

    # ------------------------------------------------------------ 04 sick note from private GMX
    t = T(2026, 12, 7, 7, 3, 48)
    p = infra.gmx("b04", t, user_ip="91.64.18.122")
    txt = """Guten Morgen Frau Schäfer,

ich habe mir am Wochenende eine ordentliche Grippe eingefangen und war heute früh beim Hausarzt. Ich bin bis einschließlich Freitag, 11.12., krankgeschrieben. Die AU wird von der Praxis elektronisch an die TK übermittelt, Sie können sie also wie gewohnt abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Laptop noch im Büro steht. Frau Lehmann habe ich per SMS Bescheid gegeben, die Abstimmungstermine für die ProBuild Expo 2027 übernimmt diese Woche Felix Bauer.

Viele Grüße
Niklas Hartmann
"""
    body = Text(txt, "plain", "utf-8", "quoted-printable")
    mk(F, 4, "de", "sick-leave-private-gmx", t=t, prof=p,
       frm=("Niklas Hartmann", "niklas.hartmann87@gmx.de"), to=[st("Monika")], cc=[st("Katrin")],
       subject="Krankmeldung Niklas Hartmann", body=body,
       hn_of=([7], "Employee writes to HR from a private free-mail address"),
       what="An employee reports sick from his known private GMX address (laptop left in the office).",
       why="Known private address of the employee, ordinary GMX web-mail path from a German consumer IP, no financial request, line manager in copy, refers to the electronic sick note (eAU) that HR retrieves from the health insurer.")

    # ------------------------------------------------------------ 05 subscribed newsletter via CleverReach (e-invoicing topic)
    t = T(2026, 11, 5, 6, 30, 2)
    p = infra.cleverreach("b05", t)
    uid = h("b05u", 16)
    txt = """Messe-Insider | Ausgabe 11/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1) E-Rechnung: Was Messeveranstalter ab 2027 beachten müssen
Seit Januar 2025 müssen alle Unternehmen E-Rechnungen empfangen können, ab 2027 wird der Versand für Unternehmen mit mehr als 800.000 EUR Vorjahresumsatz Pflicht. Eine Registrierung in einem zentralen Verzeichnis ist dafür nicht nötig - Vorsicht vor entsprechenden Phishing-Mails! Wir zeigen, wie Aussteller-Rechnungen im ZUGFeRD-Format sauber ins ERP kommen.
https://www.messe-insider.de/artikel/e-rechnung-2027-messeveranstalter?utm_source=newsletter&utm_medium=email&utm_campaign=nl-2026-11

2) Standbau: Mehrweg-Systeme holen auf
https://www.messe-insider.de/artikel/mehrweg-standbau?utm_source=newsletter&utm_medium=email&utm_campaign=nl-2026-11

3) Termine: Branchentreff Messewirtschaft, 26.01.2027 in Köln
https://www.messe-insider.de/termine?utm_source=newsletter&utm_medium=email&utm_campaign=nl-2026-11

Viel Spaß beim Lesen!
Ihre Redaktion Messe-Insider

--
Sie erhalten diesen Newsletter, weil Sie sich mit {rcpt} angemeldet haben.
Abmelden: https://www.messe-insider.de/newsletter/abmelden?u={uid}
Messe-Insider Verlag GmbH, Lindenstraße 14, 50674 Köln, HRB 99812 AG Köln
""".format(rcpt=sa("Anja"), uid=uid)
    htm = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#222">
<tr><td style="background:#14365d;color:#fff;padding:18px 24px;font-size:24px">Messe-Insider <span style="font-size:14px">| Ausgabe 11/2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<h2 style="font-size:19px">E-Rechnung: Was Messeveranstalter ab 2027 beachten müssen</h2>
<p>Seit Januar 2025 müssen alle Unternehmen E-Rechnungen empfangen können, ab 2027 wird der Versand für Unternehmen mit mehr als 800.000&nbsp;EUR Vorjahresumsatz Pflicht. Eine Registrierung in einem zentralen Verzeichnis ist dafür nicht nötig &ndash; Vorsicht vor entsprechenden Phishing-Mails! Wir zeigen, wie Aussteller-Rechnungen im ZUGFeRD-Format sauber ins ERP kommen.</p>
<p><a href="https://www.messe-insider.de/artikel/e-rechnung-2027-messeveranstalter?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl-2026-11">Weiterlesen &raquo;</a></p>
<h2 style="font-size:19px">Standbau: Mehrweg-Systeme holen auf</h2>
<p><a href="https://www.messe-insider.de/artikel/mehrweg-standbau?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl-2026-11">Weiterlesen &raquo;</a></p>
<h2 style="font-size:19px">Termine</h2><p>Branchentreff Messewirtschaft, 26.01.2027 in Köln</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;font-family:Arial,sans-serif">Sie erhalten diesen Newsletter, weil Sie sich mit {rcpt} angemeldet haben. <a href="https://www.messe-insider.de/newsletter/abmelden?u={uid}">Abmelden</a><br>Messe-Insider Verlag GmbH, Lindenstraße 14, 50674 Köln, HRB 99812 AG Köln</td></tr></table>""".format(rcpt=sa("Anja"), uid=uid)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", style="margin:0;background:#f2f2f2"))
    mk(F, 5, "de", "newsletter-erechnung-cleverreach", t=t, prof=p,
       frm=("Messe-Insider", "newsletter@messe-insider.de"), to=[("", sa("Anja"))],
       mail_from="bounce-%s@crsend.com" % h("b05b", 20),
       subject="Messe-Insider 11/2026: E-Rechnung 2027, Mehrweg-Standbau, Termine",
       extra=[("List-Unsubscribe", "<https://www.messe-insider.de/newsletter/abmelden?u=%s>, <mailto:unsubscribe-%s@crsend.com>" % (uid, uid)),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("List-Id", "<nl-1187.messe-insider.de>")],
       body=body,
       hn_of=([4], "E-invoicing 2027 topic (Wachstumschancengesetz)"),
       what="Subscribed trade-industry newsletter about the 2027 e-invoicing obligation, sent through CleverReach.",
       why="Subscribed publication (address matches the subscription), ESP infrastructure with List-Unsubscribe/One-Click and List-Id, links to the publisher's own site, no login or payment request.")

    # ------------------------------------------------------------ 06 internal IT notice, genuine QR to intranet guide
    t = T(2026, 10, 28, 11, 15, 40)
    p = infra.exchange_internal("b06", t, sa("Felix"), mbx="EXMBX02", ws_ip="10.20.31.88")
    qurl = "https://intranet.example.com/it/anleitungen/authenticator-number-matching"
    cid = "image001.png@01DD46E2.%s" % h("b06c", 8, UPHEX)
    txt = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 schrittweise auf die Microsoft-Authenticator-App mit Zahlenabgleich (Number Matching) um. Sie werden bei der nächsten Anmeldung im Firmennetz oder per VPN automatisch dazu aufgefordert.

Die bebilderte Anleitung finden Sie im Intranet:
{url}
(Der QR-Code unten öffnet dieselbe Anleitung auf dem Smartphone; sie ist nur im WLAN "EG-Staff" oder per VPN erreichbar.)

Bitte beachten Sie:
- Die IT fordert Sie niemals per E-Mail auf, über einen QR-Code Ihr Passwort einzugeben oder MFA neu zu registrieren.
- Eine Registrierung erfolgt ausschließlich über https://aka.ms/mysecurityinfo nach Ihrer normalen Anmeldung.
- Bestätigen Sie keine Anmeldeanfragen, die Sie nicht selbst ausgelöst haben, und melden Sie verdächtige Nachrichten mit dem Button "Phishing melden".

Bei Fragen erreichen Sie den IT-Service unter Durchwahl 4444.

Viele Grüße
Lukas Vogel
IT-Sicherheit
""".format(url=qurl)
    htm = paras(txt.split("(Der QR-Code")[0]) + \
        '<p><img src="cid:%s" width="150" height="150" alt="QR-Code Anleitung"></p>' % cid + \
        paras("(Der QR-Code" + txt.split("(Der QR-Code")[1])
    body = related(alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(htm, "iso-8859-1")),
                   Att(qr_png(qurl, "M", scale=4), "image/png", "image001.png", inline=True, cid=cid))
    mk(F, 6, "de", "it-mfa-notice-qr-internal", t=t, prof=p, order="ms",
       frm=("Vogel, Lukas", sa("Lukas")), to=[("Alle Mitarbeitenden Frankfurt", "alle-frankfurt@example.com")],
       rcpt=sa("Felix"),
       subject="Umstellung auf Authenticator mit Zahlenabgleich ab 02.11.", hcs="iso-8859-1", body=body,
       hn_of=([5], "MFA re-enrolment notice containing a QR code"),
       what="Internal IT security announcement of the switch to Authenticator number matching, with a QR code that links to the intranet guide.",
       why="Sent by the IT security admin through Exchange/mail-int01 to an internal distribution list; the QR points to intranet.example.com (reachable only internally), the mail explicitly says IT never asks to log in via QR code and names the official aka.ms/mysecurityinfo path.")

    # ------------------------------------------------------------ 07 Microsoft 365 invoice notification (real infrastructure)
    t = T(2026, 12, 2, 4, 13, 27)
    p = infra.microsoft_notify("b07", t)
    inv = "G0%s" % hn("b07i", 10 ** 7, 10 ** 8 - 1)
    txt = """Microsoft

Ihre Rechnung ist verfügbar

Ihre Rechnung für das Abrechnungskonto Example Group GmbH ist jetzt verfügbar.

Rechnungsnummer: {inv}
Rechnungsdatum: 01.12.2026
Abrechnungszeitraum: 01.11.2026 - 30.11.2026
Fälliger Betrag: 14.986,32 EUR
Zahlungsmethode: Überweisung

Rechnung im Microsoft 365 Admin Center anzeigen:
https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list

Diese E-Mail wurde von einer nicht überwachten E-Mail-Adresse gesendet. Bitte antworten Sie nicht auf diese Nachricht.

Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Irland
""".format(inv=inv)
    htm = """<table width="640" align="center" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<tr><td style="padding:24px 0"><img src="https://res.cdn.office.net/assets/mail/file-icon/png/microsoft_logo.png" width="108" alt="Microsoft"></td></tr>
<tr><td><p style="font-size:24px;font-weight:600">Ihre Rechnung ist verfügbar</p>
<p>Ihre Rechnung für das Abrechnungskonto <b>Example Group GmbH</b> ist jetzt verfügbar.</p>
<table style="font-size:14px"><tr><td>Rechnungsnummer:</td><td>{inv}</td></tr><tr><td>Rechnungsdatum:</td><td>01.12.2026</td></tr>
<tr><td>Abrechnungszeitraum:</td><td>01.11.2026 - 30.11.2026</td></tr><tr><td>Fälliger Betrag:</td><td><b>14.986,32 EUR</b></td></tr><tr><td>Zahlungsmethode:</td><td>Überweisung</td></tr></table>
<p><a href="https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Rechnung anzeigen</a></p>
<p style="font-size:12px;color:#605e5c">Diese E-Mail wurde von einer nicht überwachten E-Mail-Adresse gesendet. Bitte antworten Sie nicht auf diese Nachricht.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzbestimmungen</a><br>Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Irland</p></td></tr></table>""".format(inv=inv)
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(htm, "utf-8", "base64", style="margin:0"))
    mk(F, 7, "de", "microsoft-invoice-notice", t=t, prof=p, date_zone="UTC",
       frm=("Microsoft", "microsoft-noreply@microsoft.com"), to=[st("Thomas")],
       mail_from="msonlineservicesteam@microsoftonline.com",
       subject="Ihre Microsoft-Rechnung {} ist verfügbar".format(inv), body=body,
       hn_of=([8, 31], "Microsoft 365 subscription billing"),
       what="Monthly Microsoft 365 invoice notification for the company's billing account, addressed to the head of IT (billing admin).",
       why="Sent by Microsoft's own outbound infrastructure to the registered billing administrator; links only to admin.microsoft.com / go.microsoft.com; no phone number, no payment instruction in the mail.")

    # ------------------------------------------------------------ 08 stand builder invoice via Strato, Thunderbird, 8bit
    t = T(2026, 11, 9, 16, 44, 20)
    rz = "mo4-p0%d-ob.smtp.rzone.de" % hn("b08", 0, 9)
    p = dict(client=(rz, rz, "81.169.146.%d" % hn("b08i", 160, 190)),
             hops=["Received: from [192.168.2.104]\n\tby smtp.strato.de (RZmta 51.2.16 AUTH)\n\twith ESMTPSA id %s\n"
                   "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n"
                   "\tfor <rechnungseingang@example.com>;\n\t%s" % (h("b08z", 15, ALNUM), fmt(sec(t, -2), "DE", True))],
             msgid="<%s@krause-messebau.de>" % uuid("b08m"), extra=[("User-Agent", "Mozilla Thunderbird")], bstyle="tb")
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere 2. Abschlagsrechnung AR-2026-0217 für den Gemeinschaftsstand FoodTech Fair Posen (Bestellung 4500018832) über 31.416,00 EUR brutto.

Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto bei der Commerzbank:
IBAN {iban}

Die Rechnung liegt zusätzlich im ZUGFeRD-Format vor (XML eingebettet).

Mit freundlichen Grüßen

Heiko Krause
Krause Messebau GmbH
Ostparkstraße 37 · 60385 Frankfurt am Main
Tel. 069 9443 210
""".format(iban=iban_fmt(BANK["krause"]))
    inv = pdf([("F2", 15, "Krause Messebau GmbH"), "Ostparkstraße 37 · 60385 Frankfurt am Main", "",
               "Example Group GmbH · Mainzer Landstraße 181 · 60327 Frankfurt am Main", "",
               ("F2", 12, "2. Abschlagsrechnung AR-2026-0217"), "Datum: 09.11.2026    Ihre Bestellung: 4500018832", "",
               "Gemeinschaftsstand Poznań FoodTech Fair, Pawilon 5, 240 m²",
               "2. Abschlag gemäß Zahlungsplan (30 %)                   26.400,00 €",
               "zzgl. 19 % USt                                              5.016,00 €",
               ("F2", 10, "Rechnungsbetrag                                          31.416,00 €"), "",
               "Zahlbar bis 23.11.2026: IBAN " + iban_fmt(BANK["krause"]) + "  BIC COBADEFFXXX", "",
               ("F1", 7, "Krause Messebau GmbH · GF Heiko Krause · HRB 71204 AG Frankfurt am Main · USt-IdNr. " + IDS["krause_ust"])],
              title="AR-2026-0217", author="Krause Messebau GmbH", producer="lexoffice")
    body = mixed(Text(txt, "plain", "iso-8859-15", "8bit", params="; format=flowed", csq=False),
                 pdf_att(inv, "AR-2026-0217_Example_Group.pdf"))
    mk(F, 8, "de", "messebau-invoice-strato", t=t, prof=p,
       frm=("Heiko Krause", "h.krause@krause-messebau.de"), to=[("Rechnungseingang Example Group", "rechnungseingang@example.com")],
       cc=[st("Niklas")], subject="Abschlagsrechnung AR-2026-0217 – Gemeinschaftsstand FoodTech Posen", hcs="iso-8859-15", body=body,
       hn_of=([6], "Invoice with payment demand and IBAN in a PDF"),
       what="Stand builder's second instalment invoice for the joint stand at the Poznań FoodTech Fair, sent to the invoice inbox.",
       why="Known subcontractor on its own domain via Strato with Thunderbird; references the real purchase order; German IBAN in the company's own name at its usual bank; ZUGFeRD-style invoice; no urgency beyond normal terms.")
