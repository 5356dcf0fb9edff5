"""German-language attack messages (01-08)."""
from lib import mk, Text, Att, alt, mixed, related, html_part, paras, pdf_att, quote_block
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import pdf, zipfile_bytes
from qr import qr_png
import infra

F = "attack"


def build():
    # ------------------------------------------------------------ 01 CEO fraud from GMX (iPhone)
    t = T(2026, 10, 13, 9, 47, 12)
    p = infra.gmx("a01", t, user_ip="2a02:3032:40c:71f2:1d8e:5b2c:9a41:e3f7")
    p["hops"] = ["Received: from smtpclient.apple ([185.247.71.23]) by mail.gmx.net (mrgmx104\n"
                 " [212.227.17.168]) with ESMTPSA (Nemesis) id 1MNbkp-1v3LqA2xZf-00Rk9s; " + fmt(sec(t, -2))]
    p["msgid"] = "<%s@gmx.de>" % uuid("a01mid", True)
    p["extra"] = [("X-Mailer", "iPhone Mail (23B85)"),
                  ("X-Provags-ID", "V03:K1:" + h("a01pv", 60, ALNUM + "/+") + "==")]
    p["bstyle"] = "apple"
    body = """Hallo Frau Krüger,

sind Sie heute im Büro? Ich sitze bis heute Abend in Verhandlungen in Madrid und schreibe Ihnen deshalb von meiner privaten Adresse – das Firmen-Notebook bleibt bei diesem Termin bewusst aus.

Wir stehen kurz vor der Unterzeichnung der Übernahme eines spanischen Kongressveranstalters. Bis zur offiziellen Bekanntgabe darf intern niemand davon erfahren, auch Frau Brenner noch nicht – das ist so mit dem Beirat abgestimmt.

Für die Exklusivitätsvereinbarung muss heute noch eine Anzahlung von 186.400,00 € auf ein Treuhandkonto gehen. Die Transaktion wird von der Kanzlei Rehberg & Partner begleitet. Herr Dr. Rehberg meldet sich gleich direkt bei Ihnen und schickt Ihnen die Kontodaten und die Vereinbarung.

Bitte behandeln Sie das streng vertraulich und schreiben Sie mir ausschließlich an diese Adresse. Telefonisch bin ich in den nächsten Stunden nicht erreichbar.

Geben Sie mir bitte kurz Bescheid, ob Sie die Zahlung heute noch ausführen können.

Viele Grüße
Jürgen Weiß

Von meinem iPhone gesendet
"""
    mk(F, 1, "de", "ceo-fraud-gmx-acquisition", t=t, prof=p,
       frm=("Jürgen Weiß", "j.weiss.gf@gmx.de"), to=[st("Sabine")],
       subject="Vertraulich – kurze Rückfrage", hcs="utf-8",
       body=Text(body, "plain", "utf-8", "quoted-printable", csq=False),
       what="CEO impersonation from a GMX free-mail account (display name of the CEO), asks AP head for a secret same-day escrow payment; announces a 'lawyer' who will send account details.",
       why="Classic CEO fraud/BEC: CEO's real mailbox is juergen.weiss@example.com; private free-mail, secrecy (not even the CFO), urgency, unreachable by phone, payment outside approval workflow, hand-off to a fake lawyer.")

    # ------------------------------------------------------------ 02 supplier bank change, look-alike domain
    t = T(2026, 10, 20, 10, 31, 55)
    p = infra.own_postfix("a02", t, "mail.lieferant-grnbh.de", "161.97.139.214", "lieferant-grnbh.de",
                          "87.120.112.45|unknown", mid_style="outlook", rdns="vmi2381907.contaboserver.net",
                          auth="p.lang@lieferant-grnbh.de")
    new = BANK["mule_lt"]
    txt = """Sehr geehrte Frau Krüger,

im Zuge der Neuordnung unserer Konzernfinanzierung werden unsere Geschäftskonten ab sofort bei unserer europäischen Hausbank geführt. Die bisherige Verbindung bei der Frankfurter Volksbank wird zum 31.10.2026 geschlossen; Zahlungseingänge dorthin werden ab kommender Woche automatisch zurückgewiesen.

Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: {iban}
BIC: REVOLT21
Bank: Revolut Bank UAB, Vilnius (Zweigstelle für Geschäftskunden)

Offen sind derzeit die Rechnungen RE-2026-10418 (Teppichboden und Messemöbel ProBuild Expo, 23.816,40 €) und RE-2026-10502 (Nachlieferung Halle 3, 4.112,65 €). Wir wären Ihnen dankbar, wenn Sie beide Posten mit dem nächsten Zahlungslauf auf das neue Konto überweisen.

Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang. Da unsere Buchhaltung diese Woche wegen des Jahresabschluss-Vorlaufs telefonisch nur eingeschränkt erreichbar ist, bestätigen Sie uns die Änderung bitte kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH
Hanauer Landstraße 291 · 60314 Frankfurt am Main
Tel. +49 69 4058 7730
www.lieferant-gmbh.de
""".format(iban=iban_fmt(new))
    letter = pdf([("F2", 14, "Lieferant GmbH"), "Hanauer Landstraße 291 · 60314 Frankfurt am Main", "",
                  "Example Group GmbH", "Kreditorenbuchhaltung", "Mainzer Landstraße 181", "60327 Frankfurt am Main", "",
                  "Frankfurt, 19.10.2026", "", ("F2", 11, "Mitteilung über die Änderung unserer Bankverbindung"), "",
                  "Sehr geehrte Damen und Herren,",
                  "ab sofort bitten wir Sie, sämtliche Zahlungen ausschließlich auf folgendes Konto zu leisten:", "",
                  "Kontoinhaber: Lieferant GmbH", "IBAN: " + iban_fmt(new), "BIC: REVOLT21",
                  "Kreditinstitut: Revolut Bank UAB", "",
                  "Die bisherige Bankverbindung " + iban_fmt(BANK["lieferant_old"]) + " ist ab dem 31.10.2026 ungültig.", "",
                  "Mit freundlichen Grüßen", "", "i. A. Petra Lang            ppa. Stefan Maier", "",
                  "Lieferant GmbH · Geschäftsführer: Wolfgang Lang · HRB 88412 Amtsgericht Frankfurt am Main",
                  "USt-IdNr. " + IDS["lieferant_ust"]],
                 title="Mitteilung Bankverbindung", author="Petra Lang", producer="Microsoft® Word für Microsoft 365")
    body = mixed(alt(Text(txt, "plain", "windows-1252", "quoted-printable"),
                     html_part(paras(txt), "windows-1252")),
                 pdf_att(letter, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf"))
    mk(F, 2, "de", "supplier-bank-change-lookalike", t=t, prof=p, order="ms",
       frm=("Petra Lang", "p.lang@lieferant-grnbh.de"), to=[st("Sabine")], cc=[st("Jörg")],
       subject="Änderung unserer Bankverbindung – Lieferant GmbH", hcs="windows-1252",
       body=body,
       what="Supplier impersonation: 'Lieferant GmbH' accounts clerk announces a new bank account (Lithuanian EMI) and asks to redirect two open invoices; signed-looking PDF letter.",
       why="Look-alike domain lieferant-grnbh.de ('rn' for 'm') on a Contabo VPS instead of lieferant-gmbh.de; foreign mule IBAN, old account 'rejected', callback discouraged, confirmation by e-mail only. Invoice-redirection BEC.")

    # ------------------------------------------------------------ 03 thread hijack, compromised supplier mailbox, encrypted ZIP
    t = T(2026, 10, 27, 14, 12, 8, "DE")
    p = infra.ionos("a03", t, "lieferant-gmbh.de", user_ip="194.26.192.77")
    p["extra"] = [("X-Provags-ID", "V03:K1:" + h("a03pv", 60, ALNUM + "/+") + "==")]
    p["msgid"] = "<%s@lieferant-gmbh.de>" % h("a03m", 20, ALNUM)
    prev_id = "<%s@EXMBX02.corp.example.com>" % h("a03prev", 32)
    quoted = """Hallo Herr Maier,

danke für die schnelle Lieferung nach Halle 3. Beim Teppichboden für die Stände C10–C18 fehlen laut Aufbauleitung noch ca. 120 m² in Anthrazit; können Sie das bis Donnerstag nachliefern?

Die Auftragsbestätigung dazu bräuchte ich dann bitte noch für unseren Einkauf.

Viele Grüße
Niklas Hartmann
Projektleitung ProBuild Expo
Example Group GmbH"""
    txt = """Guten Tag Herr Hartmann,

anbei wie besprochen die aktualisierte Auftragsbestätigung inkl. Rechnung für die Nachlieferung.

Das Dokument ist aus Datenschutzgründen verschlüsselt. Kennwort: LG2610

Bei Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen
Stefan Maier

Am 26.10.2026 um 16:41 schrieb Niklas Hartmann:
""" + quote_block(quoted) + "\n"
    z = zipfile_bytes([("AB_Rechnung_LG-26-1147.pdf.js",
                        b"// inert placeholder for mail-gateway evaluation - not a script\n",
                        (2026, 10, 27, 13, 58, 2))], password="LG2610", key="a03zip")
    body = mixed(Text(txt, "plain", "iso-8859-15", "8bit", params="; format=flowed", csq=False),
                 Att(z, "application/zip", "AB_Rechnung_LG-26-1147.zip"))
    mk(F, 3, "de", "thread-hijack-encrypted-zip", t=t, prof=p,
       frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[st("Niklas")],
       subject="AW: Nachlieferung Teppichboden Halle 3 – ProBuild Expo", hcs="iso-8859-15",
       irt=prev_id, refs=prev_id, body=body,
       what="Reply in a real conversation from the genuine (compromised) mailbox of Stefan Maier, Lieferant GmbH, with a password-protected ZIP 'order confirmation'.",
       why="Thread hijack: authenticated on the supplier's real IONOS account but from a hosting IP (194.26.192.77) and without their usual Thunderbird client; ZipCrypto archive with password in the body (evades scanning) containing a '.pdf.js' script disguised as PDF. Loader delivery.")

    # ------------------------------------------------------------ 04 E-Rechnung / ELSTER credential phishing
    t = T(2026, 11, 3, 8, 2, 41)
    p = infra.own_postfix("a04", t, "mail.erechnung-bund.info", "51.75.146.203", "erechnung-bund.info",
                          "127.0.0.1|localhost", mid_style="php", rdns="vps-3c1a9e7f.vps.ovh.net",
                          ua="PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")
    url = "https://erechnung-bund.info/registrierung/elster/anmeldung?vid=EG-%s" % h("a04u", 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    txt = """Sehr geehrte Damen und Herren,

mit dem Wachstumschancengesetz ist der Empfang elektronischer Rechnungen im B2B-Bereich verpflichtend. Unternehmen mit einem Vorjahresumsatz über 800.000 EUR müssen ihre Empfangsadresse für strukturierte Rechnungen (XRechnung/ZUGFeRD) bis zum 30.11.2026 im zentralen E-Rechnungsverzeichnis hinterlegen.

Für Ihr Unternehmen liegt bislang keine gültige Registrierung vor:

Unternehmen: Example Group GmbH
USt-IdNr.: {ust}
Vorgangsnummer: EG-2026-118734

Ohne Registrierung können an Sie adressierte E-Rechnungen ab dem 01.01.2027 nicht zugestellt werden; der Vorsteuerabzug aus nicht zugestellten Rechnungen ist gefährdet. Bei fortgesetzter Nichtregistrierung kann ein Zwangsgeld nach § 329 AO festgesetzt werden.

Die Registrierung erfolgt mit Ihrem ELSTER-Organisationszertifikat und dauert etwa fünf Minuten:

{url}

Mit freundlichen Grüßen
Ihr Team E-Rechnungsverzeichnis
Registrierungsstelle für elektronische Rechnungsadressen

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""".format(ust=IDS["example_ust"], url=url)
    html = """<table width="620" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<tr><td style="background:#004b76;color:#fff;padding:14px 20px;font-size:18px"><b>E-Rechnungsverzeichnis</b> &middot; Registrierungsstelle</td></tr>
<tr><td style="padding:20px">
<p>Sehr geehrte Damen und Herren,</p>
<p>mit dem Wachstumschancengesetz ist der Empfang elektronischer Rechnungen im B2B-Bereich verpflichtend. Unternehmen mit einem Vorjahresumsatz über 800.000&nbsp;EUR müssen ihre Empfangsadresse für strukturierte Rechnungen (XRechnung/ZUGFeRD) bis zum <b>30.11.2026</b> im zentralen E-Rechnungsverzeichnis hinterlegen.</p>
<table style="background:#f2f5f8;padding:10px;font-size:13px"><tr><td>Unternehmen:</td><td><b>Example Group GmbH</b></td></tr>
<tr><td>USt-IdNr.:</td><td>{ust}</td></tr><tr><td>Vorgangsnummer:</td><td>EG-2026-118734</td></tr>
<tr><td>Status:</td><td style="color:#b00020"><b>nicht registriert</b></td></tr></table>
<p>Ohne Registrierung können an Sie adressierte E-Rechnungen ab dem 01.01.2027 nicht zugestellt werden; der Vorsteuerabzug aus nicht zugestellten Rechnungen ist gefährdet. Bei fortgesetzter Nichtregistrierung kann ein Zwangsgeld nach &sect;&nbsp;329 AO festgesetzt werden.</p>
<p style="text-align:center;margin:26px 0"><a href="{url}" style="background:#004b76;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Jetzt mit ELSTER-Zertifikat registrieren</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team E-Rechnungsverzeichnis</p>
<p style="font-size:11px;color:#666">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table>""".format(ust=IDS["example_ust"], url=url)
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(html, "utf-8", "base64"))
    mk(F, 4, "de", "erechnung-elster-phish", t=t, prof=p,
       frm=("E-Rechnungsverzeichnis", "noreply@erechnung-bund.info"), to=[st("Claudia")], cc=[st("Sabine")],
       subject="Pflichtregistrierung E-Rechnungsempfang – Frist 30.11.2026 (Vorgang EG-2026-118734)",
       body=body,
       what="Fake government notice: mandatory registration in a 'central e-invoicing directory' before 30.11.2026, login with the ELSTER organisation certificate.",
       why="No such registry exists (German B2B e-invoice reception needs no registration); threatens Zwangsgeld; link to look-alike domain erechnung-bund.info on an OVH VPS sent via PHPMailer; harvests ELSTER certificate file + PIN.")

    # ------------------------------------------------------------ 05 Quishing MFA re-enrolment via SendGrid
    t = T(2026, 10, 22, 7, 15, 3)
    p = infra.sendgrid("a05", t)
    rcpt = sa("Felix")
    import base64 as _b
    qurl = "https://mfa-enroll.examplegroup-support.de/r/?e=" + _b.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=")
    png = qr_png(qurl, "M", scale=5)
    txt = """Sehr geehrter Herr Bauer,

im Rahmen der Umstellung auf phishing-resistente Anmeldeverfahren muss die Multi-Faktor-Authentifizierung für Ihr Microsoft-365-Konto {rcpt} bis zum 24.10.2026 erneut eingerichtet werden. Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.

Bitte scannen Sie den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten. Der Code ist aus Sicherheitsgründen nur 48 Stunden gültig.

Vielen Dank für Ihre Unterstützung.

IT-Service
Example Group
""".format(rcpt=rcpt)
    html = """<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;max-width:560px">
<p style="font-size:20px;color:#0078d4">Microsoft 365 &ndash; MFA-Neuregistrierung erforderlich</p>
<p>Sehr geehrter Herr Bauer,</p>
<p>im Rahmen der Umstellung auf phishing-resistente Anmeldeverfahren muss die Multi-Faktor-Authentifizierung für Ihr Microsoft-365-Konto <b>{rcpt}</b> bis zum <b>24.10.2026</b> erneut eingerichtet werden. Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint vorübergehend gesperrt.</p>
<p>Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones:</p>
<p><img src="cid:qr-{cid}" width="185" height="185" alt="QR-Code"></p>
<p style="font-size:12px;color:#555">Der Code ist aus Sicherheitsgründen nur 48 Stunden gültig.</p>
<p>IT-Service<br>Example Group</p></div>""".format(rcpt=rcpt, cid=h("a05c", 12))
    body = related(alt(Text(txt, "plain", "utf-8", "quoted-printable"),
                       html_part(html, "utf-8")),
                   Att(png, "image/png", "qr.png", inline=True, cid="qr-" + h("a05c", 12)))
    mk(F, 5, "de", "quishing-mfa-sendgrid", t=t, prof=p,
       frm=("IT-Service Example Group", "it-service@examplegroup-support.de"), to=[("Felix Bauer", rcpt)],
       mail_from="bounces+31870412-7c1e-%s=%s@em7213.examplegroup-support.de" % (rcpt.split("@")[0], rcpt.split("@")[1]),
       subject="Aktion erforderlich: MFA-Neuregistrierung bis 24.10.2026", body=body,
       what="Internal-IT impersonation asking to re-enrol Microsoft 365 MFA by scanning an inline QR code (decodes to a look-alike support domain with the user's address).",
       why="Quishing: QR hides the URL from link scanners and moves the victim to an unmanaged phone; examplegroup-support.de is not a company domain; sent via SendGrid; AiTM login page. Real IT notices come from the internal relay and point to the intranet.")

    # ------------------------------------------------------------ 06 fake register invoice
    t = T(2026, 11, 10, 11, 4, 30)
    p = infra.own_postfix("a06", t, "mail.dghr-register.de", "116.203.71.58", "dghr-register.de",
                          "127.0.0.1|localhost", mid_style="php", rdns="static.58.71.203.116.clients.your-server.de")
    acct = BANK["mule_de_register"]
    txt = """Sehr geehrte Damen und Herren,

Ihr Unternehmen Example Group GmbH (Amtsgericht Frankfurt am Main) ist zur Veröffentlichung im Deutschen Gewerbe- und Handelsregister (DGHR) vorgemerkt. Die Eintragung umfasst Firmenname, Anschrift, Registernummer, Gegenstand des Unternehmens und Vertretungsberechtigte.

Die Rechnung Nr. DGHR-2026-884172 über 1.387,40 EUR finden Sie im Anhang. Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der Rechnungsnummer auf das folgende Konto:

Empfänger: DGHR Registerservice
IBAN: {iban}
BIC: GIBASKBX
Verwendungszweck: DGHR-2026-884172

Nach Zahlungseingang wird die Veröffentlichung für 12 Monate freigeschaltet.

Mit freundlichen Grüßen
DGHR Deutsches Gewerbe- und Handelsregister
Abteilung Eintragungen
""".format(iban=iban_fmt(acct))
    inv = pdf([("F2", 15, "DGHR Deutsches Gewerbe- und Handelsregister"), "Abteilung Eintragungen", "",
               "Example Group GmbH", "Mainzer Landstraße 181", "60327 Frankfurt am Main", "",
               ("F2", 12, "Rechnung Nr. DGHR-2026-884172"), "Datum: 10.11.2026", "",
               "Pos. 1  Veröffentlichung im DGHR, Laufzeit 12 Monate            1.165,88 EUR",
               "        zzgl. 19 % USt                                              221,52 EUR",
               ("F2", 10, "        Gesamtbetrag                                              1.387,40 EUR"), "",
               "Zahlbar innerhalb von 8 Tagen ohne Abzug auf:",
               "IBAN " + iban_fmt(acct) + "   BIC GIBASKBX", "",
               ("F1", 6, "Hinweis: Die DGHR ist ein privates Verzeichnis und steht in keiner Verbindung zum amtlichen Handelsregister. Mit Zahlung des Rechnungsbetrags kommt ein Vertrag über"),
               ("F1", 6, "die Veröffentlichung mit einer Laufzeit von 12 Monaten zustande, der sich um jeweils weitere 12 Monate verlängert, sofern er nicht 3 Monate vor Ablauf gekündigt wird.")],
              title="Rechnung DGHR-2026-884172", producer="TCPDF 6.7.5")
    body = mixed(Text(txt, "plain", "iso-8859-15", "quoted-printable"),
                 pdf_att(inv, "Rechnung_DGHR-2026-884172.pdf"))
    mk(F, 6, "de", "fake-register-invoice", t=t, prof=p,
       frm=("DGHR Registerservice", "rechnung@dghr-register.de"), to=[st("Jörg")],
       subject="Rechnung Nr. DGHR-2026-884172 – Veröffentlichung Example Group GmbH", hcs="iso-8859-15",
       body=body,
       what="'Invoice' from a private 'German trade and commercial register' for publishing the company's register entry, payable to a Slovak IBAN.",
       why="Register/directory invoice scam: looks like an official Handelsregister fee, but the small print makes payment the acceptance of a self-renewing private listing; no order exists; Hetzner VPS + PHPMailer; foreign account.")

    # ------------------------------------------------------------ 07 payroll diversion
    t = T(2026, 11, 17, 19, 22, 40)
    p = infra.m365("a07", t, "outlook.de", pod="DU0P189", consumer=True, org_lang="de-DE")
    p["extra"] = [x for x in p["extra"] if x[0] not in ("msip_labels",)]
    txt = """Hallo Frau Schäfer,

ich habe mein Gehaltskonto gewechselt und würde Sie bitten, mein Gehalt ab der November-Abrechnung auf das neue Konto zu überweisen:

Kontoinhaber: Niklas Hartmann
IBAN: {iban}
Bank: N26

Ich bin noch bis Freitag auf der FoodTech in Poznań und komme von hier nicht ins Mitarbeiterportal, weil mein Passwort abgelaufen ist – deshalb schreibe ich Ihnen von meiner privaten Adresse. Das alte Konto bei der Sparkasse löse ich zum Monatsende auf.

Könnten Sie mir kurz bestätigen, dass die Änderung noch für den Lauf am 25. berücksichtigt wird?

Vielen Dank und viele Grüße
Niklas Hartmann
""".format(iban=iban_fmt(BANK["mule_de_n26"]))
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(paras(txt), "utf-8"))
    mk(F, 7, "de", "payroll-diversion", t=t, prof=p, order="ms",
       frm=("Niklas Hartmann", "n.hartmann.privat@outlook.de"), to=[st("Monika")],
       subject="Änderung Bankverbindung Gehalt", body=body,
       what="Employee impersonation from an outlook.de free-mail account asking HR to move the salary to a new N26 account before the payroll run.",
       why="Payroll diversion BEC: not the employee's known private address (niklas.hartmann87@gmx.de) nor his company mailbox; excuse for bypassing the HR portal; deadline before payroll run; new neobank account.")

    # ------------------------------------------------------------ 08 PayPal invoice abuse, callback phishing
    t = T(2026, 12, 2, 15, 40, 18)
    p = infra.paypal("a08", t)
    inv = "INV2-%s-%s-%s-%s" % (h("a08i", 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), h("a08j", 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                                 h("a08k", 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), h("a08l", 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    note = ("Ihr Microsoft 365 Business Premium Abonnement (25 Lizenzen) wurde automatisch um 12 Monate verlängert. "
            "Der Betrag von 1.749,00 EUR wird innerhalb von 24 Stunden von Ihrem Konto eingezogen. Falls Sie diese "
            "Verlängerung nicht veranlasst haben oder eine Erstattung wünschen, kontaktieren Sie unsere Abrechnungsabteilung "
            "umgehend telefonisch unter +49 800 589 3041 (Mo–Sa, 8–20 Uhr).")
    txt = """Hallo Anja Müller,

Microsoft Abrechnungsservice hat Ihnen eine Rechnung über 1.749,00 EUR gesendet.

Rechnungsnummer: 0047-2291
Fällig am: 03.12.2026

Hinweis vom Verkäufer:
{note}

Rechnung ansehen und bezahlen:
https://www.paypal.com/invoice/p/#{inv}

Sie können diese Rechnung auch mit Ihrer Kreditkarte bezahlen, wenn Sie kein PayPal-Konto haben.

Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""".format(note=note, inv=inv)
    html = """<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2c2e2f">
<tr><td style="padding:20px 0"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td><p style="font-size:22px">Microsoft Abrechnungsservice hat Ihnen eine Rechnung über 1.749,00&nbsp;EUR gesendet</p>
<p>Rechnungsnummer: 0047-2291<br>Fällig am: 03.12.2026</p>
<p style="background:#f5f7fa;padding:12px"><b>Hinweis vom Verkäufer</b><br>{note}</p>
<p><a href="https://www.paypal.com/invoice/p/#{inv}" style="background:#003087;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none">Rechnung ansehen und bezahlen</a></p>
<p style="font-size:12px;color:#6c7378">Copyright &copy; 1999-2026 PayPal. Alle Rechte vorbehalten.<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</p></td></tr></table>""".format(note=note, inv=inv)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(html, "utf-8", style="margin:0"))
    mk(F, 8, "de", "paypal-invoice-callback", t=t, prof=p,
       frm=("PayPal", "service@paypal.de"), to=[("", sa("Anja"))],
       subject="Rechnung von Microsoft Abrechnungsservice (0047-2291)",
       body=body,
       what="Genuine PayPal invoice e-mail (real PayPal infrastructure) created by a fraudster's merchant account named 'Microsoft Abrechnungsservice'; seller note urges a phone call.",
       why="Callback phishing (TOAD) abusing a genuine service: Microsoft does not bill via PayPal invoices; the note pushes the victim to call a fraud 'billing' number where remote-access/refund scams follow. Headers authenticate as PayPal, so only content reveals it.")
