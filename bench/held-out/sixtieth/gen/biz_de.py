"""Genuine business messages 01-08 (German)."""
import mailers as M
from core import message, alt, mixed, related, pdf_att
from mime import Text, Attachment, to_plain, html_outlook, html_simple, html_branded
from common import D, SIG, money_de, ib
from people import st, BANK, TAX
from docs import simple_doc
from qr import qr_png
from util import hexid, alnum, plus

F = "business"
LG_SERVER = ("mail.lieferant-gmbh.de", "185.26.156.73")
LG_SMTP = {"hop": "from %(pc)s (p5b0c2a3f.dip0.t-ipconnect.de [91.12.42.63])\n\t(Authenticated sender: %(frm)s)\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
           "client": ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "185.26.156.73")}


def build():
    # ------------------------------------------------------------ 01 CEO genuine urgent payment via internal relay
    txt = """Sabine,

Hansa Kabelbau hat den Tiefbau im Gewerbegebiet Kassel-Waldau abgeschlossen, die Abnahme war gestern (Protokoll liegt im Projektordner). Die 2. Abschlagsrechnung AR-2026-0318 über 212.430,00 EUR brutto ist laut Vertrag bis Freitag fällig - wenn sie nicht pünktlich kommt, zieht Frau Brandt die Kolonne für Bauabschnitt 3 ab und wir verlieren zwei Wochen.

Die Rechnung ist seit Montag im Freigabe-Workflow (SAP-Beleg 5100048812), Frau Hoffmann hat die sachliche und rechnerische Prüfung schon gemacht. Bitte gib sie heute noch mit deiner zweiten Unterschrift frei, damit sie morgen im Zahllauf ist. Bankverbindung wie in den Stammdaten, keine Änderung.

Wenn etwas unklar ist, ruf mich an - ich bin bis 15 Uhr im Haus, danach auf dem Handy.

Danke und Gruß
Matthias

Dr. Matthias Köhler
Vorsitzender des Vorstands / CEO
Example Group SE | Mainzer Landstraße 181 | 60327 Frankfurt am Main"""
    message(F, 1, "de", "ceo-dringende-zahlungsfreigabe-intern", M.exchange_internal,
            st("matthias.koehler"), [st("sabine.wuerth")],
            "Dringend: 2. Abschlag Hansa Kabelbau heute freigeben",
            D("de", 10, 14, 11, 26, 3),
            alt(txt, html_outlook(txt, "iso-8859-1"), "iso-8859-1"),
            cc=[st("jana.hoffmann"), st("katrin.vogel")],
            opt={"exch": "EXCH01", "clang": "de-DE"}, hcs="iso-8859-1", hmode="Q",
            what="CEO asks the CFO (Cc AP and his assistant) to release an urgent, contractually due instalment to the civil-works contractor today.",
            why="Genuine: sent from the CEO's mailbox through Exchange and the internal relay mail-int01; refers to a booked SAP document, the existing approval workflow, unchanged master-data bank details, invites a phone call. Hard negative for attack/01 (CEO fraud).",
            pair="attack/01")

    # ------------------------------------------------------------ 02 Lieferant genuine bank change, announced properly
    txt = """Sehr geehrte Damen und Herren,

wir möchten Sie frühzeitig über eine Änderung unserer Bankverbindung informieren. Im Zuge der Zusammenlegung unserer Geschäftskonten wechseln wir zum 1. Januar 2027 die Hausbank.

Bis einschließlich 31.12.2026 gilt unverändert unsere bisherige Bankverbindung bei der Sparkasse Nürnberg (IBAN %s).

Ab dem 01.01.2027 bitten wir um Zahlung ausschließlich auf:

Commerzbank AG, Nürnberg
IBAN: %s
BIC: COBADEFFXXX
Kontoinhaber: Lieferant GmbH

Das von unserer Geschäftsführung unterzeichnete Schreiben finden Sie im Anhang; die neue Bankverbindung ist ab sofort auch auf allen Rechnungen und in unserem Kundenportal hinterlegt.

Bitte verifizieren Sie diese Änderung wie gewohnt telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (0911 5407-0). Wir werden Sie niemals per E-Mail bitten, fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

Monika Reuter
Leitung Finanzbuchhaltung
Lieferant GmbH | Ostendstraße 196 | 90482 Nürnberg
Tel. 0911 5407-0 | rechnungen@lieferant-gmbh.de
Amtsgericht Nürnberg HRB 28417 | Geschäftsführer: Dipl.-Ing. Werner Lang""" % (ib(BANK["lieferant_old"]), ib(BANK["lieferant_new"]))
    letter = simple_doc([
        "## Lieferant GmbH", "Ostendstraße 196 · 90482 Nürnberg · Tel. 0911 5407-0", "", "",
        "An unsere Kunden", "", "Nürnberg, 2. November 2026", "",
        "# Änderung unserer Bankverbindung zum 1. Januar 2027", "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 1. Januar 2027 führen wir unsere Geschäftskonten bei der Commerzbank AG zusammen.",
        "Bis einschließlich 31. Dezember 2026 gilt unsere bisherige Bankverbindung:",
        "Sparkasse Nürnberg · IBAN " + ib(BANK["lieferant_old"]) + " · BIC SSKNDE77XXX", "",
        "Ab dem 1. Januar 2027 gilt ausschließlich:",
        "Commerzbank AG · IBAN " + ib(BANK["lieferant_new"]) + " · BIC COBADEFFXXX", "",
        "Bitte bestätigen Sie die Änderung telefonisch unter der Ihnen bekannten Rufnummer.",
        "Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich und mit Vorlauf mit.", "",
        "Mit freundlichen Grüßen", "", "Dipl.-Ing. Werner Lang, Geschäftsführer", "Monika Reuter, Leitung Finanzbuchhaltung", "",
        "---", "Lieferant GmbH · Amtsgericht Nürnberg HRB 28417 · USt-IdNr. " + TAX["lieferant_ust"],
    ], title="Änderung Bankverbindung 2027", author="Monika Reuter", date="D:20261102091140+01'00'")
    message(F, 2, "de", "lieferant-bankverbindung-aenderung-angekuendigt", M.thunderbird,
            ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), [st("jana.hoffmann")],
            "Änderung unserer Bankverbindung zum 01.01.2027",
            D("de", 11, 2, 9, 18, 44),
            mixed(Text(txt, "plain", "utf-8", "8bit", flowed=True),
                  pdf_att(letter, "Lieferant_GmbH_Bankverbindung_2027.pdf")),
            opt={"server": LG_SERVER, "ip": "91.12.42.63", "isp": "p5b0c2a3f.dip0.t-ipconnect.de",
                 "lan": "192.168.10.57", "clang": "de-DE"},
            hcs="utf-8", hmode="Q", partial=True,
            what="Supplier announces a change of its bank account two months ahead, with signed letter, old account valid until year end, and asks for phone verification via the known number.",
            why="Genuine: real domain and mail server, sent from the supplier's office line with Thunderbird; German bank (Commerzbank) in the company's own name; long lead time; explicitly asks for call-back verification and warns against e-mail redirection. Hard negative for attack/02.",
            pair="attack/02")

    # ------------------------------------------------------------ 03 Lieferant invoice from ERP
    net = 40 * 31.80 + 12 * 89.50 + 6 * 1480.00
    vat = round(net * 0.19, 2)
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11207 vom 23.10.2026 zu Ihrer Bestellung 4500018832.

Rechnungsbetrag: %s EUR
Fällig: 22.11.2026 (30 Tage netto)

Die Rechnung liegt als PDF mit eingebettetem ZUGFeRD-Datensatz (Profil EN 16931) bei.

Bei Rückfragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder 0911 5407-0.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem erzeugt.""" % money_de(net + vat)
    inv = simple_doc([
        "## Lieferant GmbH", "Ostendstraße 196 · 90482 Nürnberg", "",
        "Example Group SE · Kreditorenbuchhaltung · Mainzer Landstraße 181 · 60327 Frankfurt am Main", "",
        "# Rechnung RE-2026-11207", "Rechnungsdatum: 23.10.2026     Lieferdatum: 21.10.2026",
        "Ihre Bestellung: 4500018832 vom 13.10.2026     Kunden-Nr.: 10447", "", "---",
        "Pos  Menge  Artikel                                             Einzelpreis     Gesamt",
        "1    40 St  Spleißkassette SC/APC 12 Fasern (LG-SK12-APC)           31,80    1.272,00",
        "2    12 St  Patchpanel 19\" 1HE 24x LC-Duplex (LG-PP24-LCD)          89,50    1.074,00",
        "3     6 Rl  Mikrokabel 24F G.657.A1, 2.000 m                      1.480,00    8.880,00",
        "---",
        "Nettobetrag                                                                %s" % money_de(net),
        "zzgl. 19 %% USt.                                                           %s" % money_de(vat),
        "# Rechnungsbetrag EUR                                                     %s" % money_de(net + vat), "",
        "Zahlbar bis 22.11.2026 ohne Abzug auf:",
        "Sparkasse Nürnberg · IBAN " + ib(BANK["lieferant_old"]) + " · BIC SSKNDE77XXX", "",
        "---", "Lieferant GmbH · HRB 28417 AG Nürnberg · USt-IdNr. " + TAX["lieferant_ust"] + " · Geschäftsführer: Dipl.-Ing. Werner Lang",
    ], title="Rechnung RE-2026-11207", author="Lieferant GmbH", producer="Sage 100 PDF Export", creator="Sage 100",
        date="D:20261023104517+02'00'")
    d = D("de", 10, 23, 10, 45, 17)

    def erp(ctx):
        r = ctx["r"]
        return {"msgid": "<ERP.%s.%05d@lieferant-gmbh.de>" % (ctx["date"].strftime("%Y%m%d.%H%M%S"), r.randint(100, 9999)),
                "hops": ["from erp01.lieferant.local (erp01.lieferant.local [192.168.10.21])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    M.pfx_qid(r), ctx["rcpt"], M.loc(ctx["date"], "de", 1, True))],
                "client": ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "185.26.156.73"), "tls": M.TLS13,
                "headers": [("X-Mailer", "Sage 100 Mailversand 9.0")],
                "boundary": lambda k: "----=_Part_%d_%d" % (r.randint(1000, 9999), r.randint(10 ** 8, 10 ** 9)),
                "order": "generic"}
    message(F, 3, "de", "lieferant-rechnung-zugferd-erp", erp,
            ("Lieferant GmbH", "rechnungen@lieferant-gmbh.de"), [st("jana.hoffmann")],
            "Rechnung RE-2026-11207 zu Ihrer Bestellung 4500018832", d,
            mixed(Text(txt, "plain", "iso-8859-1", "quoted-printable"), pdf_att(inv, "RE-2026-11207.pdf")),
            hcs="iso-8859-1", hmode="Q",
            what="Supplier invoice for the purchase order 4500018832, generated by the supplier's ERP, PDF attached.",
            why="Genuine: ERP host inside the supplier's network relayed by its own mail server, plain PDF (no archive, no password), amounts match the order, payment to the known account. Hard negative for attack/08 (thread hijack on the same order).",
            pair="attack/08")

    # ------------------------------------------------------------ 04 urgent reminder with supply stop
    txt = """Sehr geehrte Frau Hoffmann,

trotz unserer Zahlungserinnerung vom 22.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10412 vom 28.08.2026 - 21.530,20 EUR - fällig seit 27.09.2026
RE-2026-10588 vom 11.09.2026 - 27.186,10 EUR - fällig seit 11.10.2026
Summe: 48.716,30 EUR

Wir bitten Sie dringend, den Gesamtbetrag bis spätestens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse Nürnberg (IBAN %s) zu überweisen.

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, ab dem 20.11.2026 eine Liefersperre zu verhängen und alle offenen Abrufe - auch für Ihr Projekt Kassel-Waldau - zurückzustellen. Das möchten wir nach der langen guten Zusammenarbeit unbedingt vermeiden.

Falls die Zahlung bereits unterwegs ist oder es Unstimmigkeiten zu den Rechnungen gibt, rufen Sie mich bitte direkt an.

Mit freundlichen Grüßen

Petra Lang
Debitorenmanagement
Lieferant GmbH | Ostendstraße 196 | 90482 Nürnberg
Tel. 0911 5407-231 | p.lang@lieferant-gmbh.de

Hinweis: Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich und mit Vorlauf mit.""" % ib(BANK["lieferant_old"])
    message(F, 4, "de", "lieferant-mahnung-liefersperre", M.outlook_smtp,
            ("Petra Lang", "p.lang@lieferant-gmbh.de"), [st("jana.hoffmann")],
            "2. Mahnung – offene Posten – drohende Liefersperre ab 20.11.2026",
            D("de", 11, 12, 14, 7, 29),
            alt(txt, html_outlook(txt, "windows-1252"), "windows-1252"),
            cc=[st("frank.neumann")],
            opt={"provider": LG_SMTP, "pc": "PC-DEB03", "zone": "de", "clang": "de"},
            hcs="windows-1252", hmode="Q",
            what="Second dunning letter from the supplier's receivables clerk threatening a supply stop from 20 Nov if two invoices are not paid.",
            why="Genuine despite the threat: supplier's own mail server and office IP, amounts match the open items, payment to the unchanged known account, asks for a phone call, no attachment or link. Urgent-tone hard negative.",
            pair="attack/02")

    # ------------------------------------------------------------ 05 sick note from private GMX
    txt = """Hallo Birgit,

ich liege seit gestern Abend mit Fieber flach und bin laut Ärztin heute und morgen krankgeschrieben (voraussichtlich bis einschließlich Freitag). Die AU hat die Praxis elektronisch an die TK übermittelt, ihr könnt sie wie üblich über den eAU-Abruf holen.

Ich schreibe von privat, weil mein Diensthandy im Büro liegt. Markus weiß Bescheid und übernimmt die Schichtplanung im Kundenservice, die Übergabe für die Eskalationen von Autohaus Sommer hat er auch.

Viele Grüße
Anna"""
    message(F, 5, "de", "krankmeldung-von-privater-adresse", M.gmx,
            ("Anna Schmidt", "anna.schmidt.ffm@gmx.de"), [st("birgit.schaefer")],
            "Krankmeldung Anna Schmidt",
            D("de", 11, 10, 7, 12, 40),
            Text(txt, "plain", "utf-8", "quoted-printable"),
            cc=[st("anna.schmidt")],
            opt={"ip": "79.217.44.193"},
            hcs="utf-8", hmode="B",
            what="Employee reports sick from her private GMX address (eAU already transmitted to the health insurer), Cc her work address.",
            why="Genuine: ordinary sick-leave notice, no request for money, data or changes, consistent with the German eAU process, copied to her own work mailbox. Hard negative for attack/06 (payroll diversion from a private address).",
            pair="attack/06")

    # ------------------------------------------------------------ 06 IT notice MFA switch with QR to aka.ms/mfasetup
    png, q = qr_png("https://aka.ms/mfasetup", scale=6)
    txt = """Liebe Kolleginnen und Kollegen,

bis zum 30.11.2026 stellen wir die Multi-Faktor-Authentifizierung für Microsoft 365 von SMS auf die App Microsoft Authenticator um. SMS-Codes werden danach nicht mehr akzeptiert.

So gehen Sie vor (Dauer ca. 5 Minuten):

1. Installieren Sie Microsoft Authenticator auf Ihrem Firmenhandy (bei Intune-Geräten ist die App bereits vorhanden).
2. Öffnen Sie am PC die Seite https://aka.ms/mfasetup und melden Sie sich wie gewohnt an.
3. Wählen Sie "Anmeldemethode hinzufügen" > "Authenticator-App" und scannen Sie mit der App den QR-Code, der dort auf Ihrem Bildschirm angezeigt wird.

Der QR-Code unten führt nur zur Microsoft-Seite aka.ms/mfasetup, falls Sie die Seite lieber direkt auf dem Handy öffnen möchten.

Wichtig: Ihre MFA-Registrierung "läuft nicht ab", und wir fordern Sie niemals per E-Mail auf, einen QR-Code zu scannen, um Ihr Konto zu "bestätigen". Solche Nachrichten melden Sie bitte mit dem Button "Phishing melden" in Outlook.

Bei Fragen: IT-Service-Desk, Durchwahl -4444.

Viele Grüße
Lukas Weiß
IT-Sicherheit / Mail-Administration
Example Group SE | Tel. +49 69 2475-4410"""
    html = html_outlook(txt, "iso-8859-15").replace(
        '<p class="MsoNormal">Bei Fragen',
        '<p class="MsoNormal"><img width="222" height="222" src="cid:image001.png@01DD5F6E.2A9C4B10" alt="QR aka.ms/mfasetup"><o:p></o:p></p>\n<p class="MsoNormal">Bei Fragen', 1)
    message(F, 6, "de", "it-hinweis-mfa-umstellung-qr-intern", M.exchange_internal,
            st("lukas.weiss"), [("Alle Mitarbeitenden Deutschland", "alle-de@example.com")],
            "Umstellung der Multi-Faktor-Authentifizierung auf Microsoft Authenticator bis 30.11.2026",
            D("de", 10, 19, 9, 2, 11),
            related(alt(txt, html, "iso-8859-15"),
                    Attachment(png, "image/png", "image001.png", disposition="inline",
                               cid="image001.png@01DD5F6E.2A9C4B10")),
            rcpt="daniel.krueger@example.com", opt={"exch": "EXCH02"},
            hcs="iso-8859-15", hmode="Q",
            what="Internal IT-security notice: MFA moves from SMS to Microsoft Authenticator by 30 Nov; includes a QR code to aka.ms/mfasetup.",
            why="Genuine: from the mail admin through Exchange and mail-int01; QR decodes to Microsoft's own https://aka.ms/mfasetup; instructs to log in at the PC, explicitly warns against QR 'expiry' mails. Hard negative for attack/04 (quishing).",
            pair="attack/04")

    # ------------------------------------------------------------ 07 subscribed trade newsletter via Brevo
    trk = "https://r.sp1-brevo.net/mk/cl/f/sh/SMJz09ZGYc2W9dQeCgT4kXcq%s"
    txt = """Glasfaser Aktuell - Ausgabe 44/2026

Guten Tag Herr Berger,

die Themen dieser Woche:

1. Gigabit-Förderung: Neuer Förderaufruf ab Januar
Der Bund stellt 2027 erneut Mittel für den geförderten Ausbau bereit. Neu sind vereinfachte Markterkundungsverfahren und eine höhere Bagatellgrenze. [[Weiterlesen|%s]]

2. Open Access: Wholesale-Preise unter Druck
Mehrere regionale Netzbetreiber haben ihre Vorleistungsentgelte für FTTH-Anschlüsse gesenkt. Wir haben die aktuellen Preislisten verglichen. [[Zum Vergleich|%s]]

3. Tiefbau: Preise stabilisieren sich
Nach drei Jahren mit zweistelligen Steigerungen melden Tiefbauunternehmen erstmals stabile Angebotspreise - regional aber mit großen Unterschieden. [[Weiterlesen|%s]]

Termin: Glasfaser-Praxistag Rhein-Main am 21.01.2027 in Frankfurt.

Viele Grüße
Ihre Redaktion Glasfaser Aktuell

Sie erhalten diesen Newsletter, weil Sie sich auf glasfaser-aktuell.de angemeldet haben. [[Abmelden|https://glasfaser-aktuell.de/newsletter/abmelden?e=bWljaGFlbC5iZXJnZXJAZXhhbXBsZS5jb20]]
Glasfaser Aktuell · Fachverlag Netz & Technik GmbH · Kaiserstraße 61 · 60329 Frankfurt am Main · HRB 118842""" % (
        trk % "1", trk % "2", trk % "3")
    html = html_branded("Glasfaser Aktuell 44/2026", txt, brand="#00856f", logo_text="Glasfaser Aktuell", lang="de")
    message(F, 7, "de", "newsletter-glasfaser-aktuell-brevo", M.brevo,
            ("Glasfaser Aktuell", "newsletter@glasfaser-aktuell.de"), [st("michael.berger")],
            "Glasfaser Aktuell 44/2026: Gigabit-Förderung, Open-Access-Preise, Tiefbau",
            D("de", 10, 29, 6, 30, 0),
            alt(to_plain(txt, "angle"), html, "utf-8"),
            extra=[("List-Unsubscribe", "<https://glasfaser-aktuell.de/newsletter/abmelden?e=bWljaGFlbC5iZXJnZXJAZXhhbXBsZS5jb20>, <mailto:unsubscribe@glasfaser-aktuell.de?subject=unsubscribe>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("List-Id", "Glasfaser Aktuell <newsletter.glasfaser-aktuell.de>")],
            hcs="utf-8", hmode="Q",
            what="Weekly trade newsletter on fibre roll-out the NOC lead subscribed to, sent through Brevo with List-Unsubscribe / One-Click.",
            why="Genuine subscribed bulk mail: personalised greeting, consistent publisher domain, Brevo tracking links to the publisher's site, imprint, working unsubscribe headers; no credential or payment request.")

    # ------------------------------------------------------------ 08 ELSTER genuine notification (no links)
    txt = """Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen.

Art der Nachricht: Bescheiddaten Umsatzsteuer-Voranmeldung September 2026
Steuernummer: 045 236 *****
Finanzamt: Frankfurt am Main III

Bitte melden Sie sich mit Ihrer Zertifikatsdatei in Mein ELSTER an, um die Nachricht abzurufen. Sie finden sie im Bereich "Posteingang".

Aus Sicherheitsgründen enthalten unsere Benachrichtigungen keine Links. Rufen Sie Mein ELSTER bitte immer direkt über die Ihnen bekannte Adresse auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
    d = D("de", 11, 4, 3, 12, 9)

    def elster(ctx):
        r = ctx["r"]
        ms = int(ctx["date"].timestamp() * 1000)
        return {"msgid": "<%d.%d.%d.JavaMail.elster@mailout02>" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 99999), ms),
                "hops": ["from mailout02.elster.de (mailout02.elster.de [10.203.12.42])\n\tby mx-out1.elster.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    M.pfx_short(r), ctx["rcpt"], M.loc(ctx["date"], "de", 1, True))],
                "client": ("mx-out1.elster.de", "mx-out1.elster.de", "193.101.108.41"), "tls": M.TLS12,
                "headers": [], "boundary": lambda k: "x", "order": "generic"}
    message(F, 8, "de", "elster-postfach-benachrichtigung", elster,
            ("ELSTER", "noreply@elster.de"), [st("sabine.wuerth")],
            "Neue Nachricht in Ihrem ELSTER-Postfach", d,
            Text(txt, "plain", "iso-8859-15", "quoted-printable"),
            hcs="iso-8859-15", hmode="Q",
            what="Automatic ELSTER notification that a new tax-assessment message is in the company's Mein ELSTER mailbox.",
            why="Genuine: elster.de infrastructure, no link, no attachment, tells the user to log in via the known address - the opposite of attack/03.",
            pair="attack/03")
