"""Genuine business messages, German (8)."""
import hops
import ids
from assets import pdf_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, simple_html, esc


def lieferant_tenant():
    inf = hops.exo("Lieferant GmbH tenant", "FR2P281MB1893", "DEUP281.PROD.OUTLOOK.COM",
                   "DEU01-FR2-obe.outbound.protection.outlook.com", "mail-fr2deu01on2131.outbound.protection.outlook.com",
                   "52.100.8.131", lang="de-DE", tenant_seed="lieferant-gmbh.de")
    inf.desc = "genuine Microsoft 365 tenant of lieferant-gmbh.de (EOP Germany)"
    return inf


def b01():
    text = """Hallo Sabine,

wie heute Morgen in der Geschäftsleitungsrunde besprochen: Für die zwölf neuen Interventionsfahrzeuge (VW ID.Buzz Cargo mit Sondersignal- und Funkausbau) muss die Anzahlung von 30 % an Autohaus Brühl heute noch raus, sonst verlieren wir den Liefertermin im Februar und den Flottenrabatt.

Betrag: 158.676,00 EUR brutto (Rechnung AN-2026-4471 vom 12.10.2026)
Kostenstelle 4100 / Investitionsantrag INV-2026-017, vom Beirat am 24.09. genehmigt

Die Rechnung liegt Jürgen seit gestern im Rechnungseingangsworkflow vor, die sachliche Prüfung hat Markus erledigt. Bitte gib sie wie üblich im Workflow frei (Vier-Augen-Freigabe mit mir, ich bestätige sofort, sobald sie bei mir aufläuft). Bankverbindung ist die bekannte des Autohauses aus dem Kreditorenstamm.

Bei Fragen ruf mich gern an, ich bin bis 15 Uhr im Haus (Durchwahl -100), danach mobil.

Danke und Gruß
Matthias

Dr. Matthias Köhler
Geschäftsführer
Example Group GmbH & Co. KG
Industriestraße 40 · 50735 Köln
"""
    return Mail("gf-dringende-anzahlung-fahrzeuge", "de", local(2026, 10, 14, 10, 22, "DE"),
                S("ceo"), [S("cfo")], "Dringend: Anzahlung Interventionsfahrzeuge heute freigeben", hops.internal(lang="de-DE"),
                Body(plain=text, html=outlook_html(text), charset="windows-1252", cte="quoted-printable"),
                cc=[S("ap"), S("assist")], hdr_cs="iso-8859-1", hdr_enc="Q", priority=True,
                what="CEO's genuine urgent payment request: approve today the 30 % deposit for twelve intervention vehicles through the normal invoice workflow.",
                why="Internal mail via Exchange (EXCH02) and mail-int01; references a board-approved investment request, an invoice already in the AP workflow, four-eyes approval, existing vendor master data; AP and the assistant in Cc; invites a phone call. Urgent but procedurally normal.",
                hn=[("de-ceo-fraud-projekt-alpenwacht", "Same topic (CEO urgently wants the CFO to pay today); genuine one uses the internal path, the workflow and invites a call; the fraud demands secrecy, a new payee and no calls."),
                    ("es-ceo-fraude-whatsapp", "CEO urgency vs. free-mail CEO fraud moving to WhatsApp.")])


def b02():
    text = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Weiß,

zum 01.01.2027 wechseln wir mit unserem Zahlungsverkehr von der Sparkasse KölnBonn zur Volksbank Köln Bonn eG. Hintergrund ist die Finanzierung unseres neuen Lagerstandorts in Neuss.

Neue Bankverbindung ab 01.01.2027:
Kontoinhaber: Lieferant GmbH
Bank: Volksbank Köln Bonn eG
IBAN: %s
BIC: GENODED1VBK

Unser bisheriges Konto (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin gehen also nicht verloren.

Bitte prüfen Sie diese Mitteilung, bevor Sie Ihre Stammdaten ändern: Rufen Sie uns dafür unter der Ihnen bekannten Zentralnummer 02131 40977-0 an (nicht unter einer Nummer aus einer E-Mail). Zusätzlich erhalten Sie das beigefügte, von beiden Geschäftsführern unterschriebene Schreiben in den nächsten Tagen per Post.

Wir weisen ausdrücklich darauf hin: Wir werden unsere Bankverbindung niemals kurzfristig per E-Mail ändern oder Sie bitten, offene Rechnungen sofort auf ein anderes Konto zu überweisen. Sollten Sie eine solche Nachricht in unserem Namen erhalten, informieren Sie uns bitte.

Mit freundlichen Grüßen

Stefan Maier
Geschäftsführer

Lieferant GmbH
Gewerbepark Nord 12 · 41468 Neuss
Tel. +49 2131 40977-0 · www.lieferant-gmbh.de
Amtsgericht Neuss HRB 18742 · USt-IdNr. DE 812 447 930
""" % (fmt_iban(ids.LIEFERANT_NEW), fmt_iban(ids.LIEFERANT_OLD))
    pdf = pdf_att("Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf", [
        "Lieferant GmbH · Gewerbepark Nord 12 · 41468 Neuss", "",
        "An unsere Kunden", "", "Neuss, 23.11.2026", "",
        "Änderung unserer Bankverbindung zum 01.01.2027", "",
        "Sehr geehrte Damen und Herren,", "",
        "ab dem 01.01.2027 bitten wir Sie, Zahlungen an uns auf folgendes Konto zu leisten:", "",
        "Volksbank Köln Bonn eG", "IBAN " + fmt_iban(ids.LIEFERANT_NEW), "BIC  GENODED1VBK", "",
        "Das bisherige Konto bei der Sparkasse KölnBonn (IBAN " + fmt_iban(ids.LIEFERANT_OLD) + ")",
        "bleibt bis zum 31.03.2027 bestehen.", "",
        "Bitte bestätigen Sie die Änderung telefonisch unter 02131 40977-0.", "",
        "Mit freundlichen Grüßen", "", "Stefan Maier            Dr. Ulrike Brandes", "Geschäftsführer         Geschäftsführerin"],
        title="Mitteilung Bankverbindung 2027", author="Stefan Maier")
    return Mail("lieferant-bankwechsel-angekuendigt", "de", local(2026, 11, 23, 14, 5, "DE"),
                ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("ap")],
                "Änderung unserer Bankverbindung zum 01.01.2027 - bitte telefonisch bestätigen", lieferant_tenant(),
                Body(plain=text, html=outlook_html(text), charset="iso-8859-1", cte="quoted-printable"),
                cc=[("Petra Lang", "p.lang@lieferant-gmbh.de")], atts=[pdf], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Supplier's genuine, properly announced bank change: new account from 01.01.2027, old account open until 31.03.2027, call-back to the known number, letter by post.",
                why="Real lieferant-gmbh.de Microsoft 365 tenant, managing director signs, five weeks' notice, old account stays open, explicitly asks for verification via the known phone number and warns against e-mail-only changes; bank in the same region.",
                hn=[("de-lieferant-bankwechsel-lookalike", "Same supplier, same topic (new bank details); genuine one has the right domain, long notice, call-back and no pressure.")])


def b03():
    text = """Sehr geehrte Frau Vogel,

leider muss ich mich erneut über den Revierdienst im Objekt Neusser Straße 112 beschweren.

Laut Wachbuch und Türprotokoll ist in der Nacht vom 01. auf den 02.11. die zweite Revierfahrt (planmäßig zwischen 02:00 und 03:00 Uhr) nicht erfolgt. Zudem hat die Intervention auf den Einbruchalarm in der Tiefgarage um 04:12 Uhr 38 Minuten gedauert; vertraglich vereinbart sind maximal 20 Minuten. Ein Mieter hat sich bereits bei uns gemeldet.

Ich bitte um eine schriftliche Stellungnahme bis Ende der Woche sowie um eine entsprechende Gutschrift in der Novemberabrechnung. Sollte sich das wiederholen, müssen wir den Vertrag für dieses Objekt überprüfen.

Mit freundlichen Grüßen

Sandra Becker
Objektbetreuung

Hausverwaltung Rheinblick GmbH
Agrippinawerft 22 · 50678 Köln
Tel. 0221 8893-410
"""
    inf = hops.ionos("91.12.58.33", webmail=False, client_name="PC-VERWALTUNG")
    inf.desc = "genuine IONOS mailbox of hv-rheinblick.de, Outlook 2016 from the office's Telekom line (91.12.58.33)"
    return Mail("hv-rheinblick-beschwerde-revierdienst", "de", local(2026, 11, 2, 8, 37, "DE"),
                ("Sandra Becker", "s.becker@hv-rheinblick.de"), [S("sales")],
                "Beschwerde: Revierfahrt Neusser Straße 112 in der Nacht zum 02.11. nicht erfolgt", inf,
                Body(plain=text, html=outlook_html(text), charset="iso-8859-1", cte="quoted-printable"),
                cc=[S("arc")], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Customer complaint: property manager reports a missed patrol and a 38-minute alarm response, asks for a statement and a credit note, hints at reviewing the contract.",
                why="Sent from the customer's usual Outlook over its Telekom line through IONOS; concrete operational facts, no links or attachments, asks for a written statement. Angry but genuine.",
                hn=[("de-hv-rheinblick-thread-hijack", "Same customer mailbox and the same object/thread; the hijack two days later adds a login link from webmail at 06:52.")])


def b04():
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 21.10.2026 und der 2. Mahnung vom 04.11.2026 konnten wir für die nachstehenden Rechnungen noch keinen Zahlungseingang feststellen:

RE-2026-10587  vom 08.09.2026  fällig 08.10.2026   11.204,60 EUR
RE-2026-10644  vom 16.09.2026  fällig 16.10.2026    9.312,40 EUR
RE-2026-10702  vom 24.09.2026  fällig 24.10.2026    3.294,40 EUR
Summe                                                23.811,40 EUR

Bitte überweisen Sie den Gesamtbetrag bis spätestens 27.11.2026 auf unser bekanntes Konto bei der Sparkasse KölnBonn (IBAN %s).

Sollte der Betrag bis dahin nicht eingegangen sein, sehen wir uns leider gezwungen, weitere Lieferungen - auch die bestellten Bewegungsmelder und NVR-Rekorder für Ihr Projekt in Hürth - bis zum vollständigen Ausgleich zurückzuhalten und den Vorgang an unser Inkassobüro abzugeben.

Sollten sich Zahlung und Schreiben überschnitten haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Rückfragen erreichen Sie die Buchhaltung unter 02131 40977-20.

Mit freundlichen Grüßen

Lieferant GmbH
Buchhaltung
""" % fmt_iban(ids.LIEFERANT_OLD)
    pdf = pdf_att("3_Mahnung_Kd40117_18112026.pdf", [
        "Lieferant GmbH · Gewerbepark Nord 12 · 41468 Neuss", "",
        "Example Group GmbH & Co. KG", "Kreditorenbuchhaltung", "Industriestraße 40", "50735 Köln", "",
        "Kunden-Nr. 40117                                    Neuss, 18.11.2026", "",
        "3. MAHNUNG - ANKÜNDIGUNG LIEFERSPERRE", "",
        "Rechnung        Datum        Fällig       Betrag EUR",
        "RE-2026-10587   08.09.2026   08.10.2026    11.204,60",
        "RE-2026-10644   16.09.2026   16.10.2026     9.312,40",
        "RE-2026-10702   24.09.2026   24.10.2026     3.294,40",
        "Summe                                      23.811,40", "",
        "Zahlbar bis 27.11.2026 auf IBAN " + fmt_iban(ids.LIEFERANT_OLD), "Sparkasse KölnBonn, BIC COLSDE33XXX", "",
        "Bei Nichtzahlung behalten wir uns Lieferstopp und Übergabe an Inkasso vor."],
        title="3. Mahnung", author="Buchhaltung", creator="Microsoft Dynamics 365 Business Central", producer="Microsoft Dynamics 365 Business Central")
    inf = lieferant_tenant()
    return Mail("lieferant-mahnung-liefersperre", "de", local(2026, 11, 18, 7, 30, "DE"),
                ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("ap")],
                "3. Mahnung Kunden-Nr. 40117 - Ankündigung Liefersperre", inf,
                Body(plain=text, charset="utf-8", cte="base64"), atts=[pdf], hdr_cs="utf-8", hdr_enc="Q", hdr_label="utf-8",
                what="Supplier's genuine third dunning letter with an announced supply stop and collection agency; PDF from Business Central.",
                why="From the supplier's real tenant, refers to earlier reminders, pays to the known (old) account, gives the switchboard number, contains the usual 'disregard if already paid' clause. Threatening but legitimate collection.",
                hn=[("de-lieferant-bankwechsel-lookalike", "Both pressure AP to pay Lieferant invoices quickly; only the fake one changes the account.")])


def b05():
    text = """Hallo Frau Schröder,

ich bin seit heute Nacht krank (Magen-Darm). Mein Hausarzt hat mich heute Morgen bis einschließlich Freitag, 13.11., krankgeschrieben. Die eAU kann über die Krankenkasse (AOK Rheinland/Hamburg) abgerufen werden.

Meine Nachtdienste im Objekt Hürth am Mittwoch und Donnerstag müssen bitte umgeplant werden. Herr Hartmann weiß Bescheid, ich habe ihn vorhin angerufen.

Ich schreibe von meiner privaten Adresse, weil ich von zu Hause nicht ins Dienstpostfach komme.

Viele Grüße
Mehmet Yılmaz
"""
    return Mail("krankmeldung-private-adresse", "de", local(2026, 11, 10, 7, 12, "DE"),
                ("Mehmet Yılmaz", "mehmet.yilmaz77@gmx.de"), [S("hr")],
                "Krankmeldung Mehmet Yılmaz bis 13.11.", hops.gmx("gmx.de", client_ip="37.201.145.88", webmail=True),
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"),
                cc=[S("arc")], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Security officer reports sick from his private GMX address; eAU to be retrieved from the health insurer, shifts to be re-planned.",
                why="Private address from a German consumer provider via GMX webmail, consistent with a real employee (knows the process: eAU, named shifts, phoned his superior); no request for money, data or account changes.",
                hn=[("de-gehaltskonto-umleitung", "Both are employees writing to HR from private mail; the genuine one only reports sickness, the attack changes the salary account.")])


def b06():
    text = """Sicherheitsmarkt Aktuell - Ausgabe 46/2026

Die Themen dieser Woche:

1. Mindestlöhne im Bewachungsgewerbe 2027: Die Tarifparteien haben sich auf neue Entgeltgruppen geeinigt. Was das für Kalkulationen im Objektschutz bedeutet.
https://r.sicherheitsmarkt-aktuell.de/c/46-2026/1

2. Normung: Entwurf zur Überarbeitung der DIN 77200-1 - was ändert sich für Ausschreibungen?
https://r.sicherheitsmarkt-aktuell.de/c/46-2026/2

3. Notruf- und Serviceleitstellen: Vernetzung nach DIN EN 50518 und Anforderungen an die IP-Übertragung
https://r.sicherheitsmarkt-aktuell.de/c/46-2026/3

4. Veranstaltungen: Fachtagung Leitstellen am 03.12.2026 in Düsseldorf
https://r.sicherheitsmarkt-aktuell.de/c/46-2026/4

Sie erhalten diesen Newsletter, weil Sie ihn mit der Adresse katrin.vogel@example.com abonniert haben.
Abmelden: https://r.sicherheitsmarkt-aktuell.de/unsubscribe/kv-8a41f2

Sicherheitsmarkt Aktuell · Verlag Fachmedien Rhein GmbH · Kaiser-Wilhelm-Ring 17 · 50672 Köln
Impressum: https://www.sicherheitsmarkt-aktuell.de/impressum
"""
    items = text.split("\n\n")
    html = ('<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Sicherheitsmarkt Aktuell 46/2026</title></head>'
            '<body style="margin:0;background:#eef1f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="620" cellpadding="20" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#222">'
            '<tr><td style="background:#1d3557;color:#fff;font-size:22px">Sicherheitsmarkt Aktuell <span style="font-size:14px">46/2026</span></td></tr>'
            + "".join('<tr><td><p>%s</p><p><a href="%s">Weiterlesen</a></p></td></tr>' % (esc(it.split("\n")[0]), esc(it.split("\n")[1])) for it in items[2:6])
            + '<tr><td style="font-size:12px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn mit der Adresse katrin.vogel@example.com abonniert haben. '
              '<a href="https://r.sicherheitsmarkt-aktuell.de/unsubscribe/kv-8a41f2">Abmelden</a><br>Sicherheitsmarkt Aktuell &middot; Verlag Fachmedien Rhein GmbH &middot; Köln</td></tr>'
            '</table></td></tr></table><img src="https://r.sicherheitsmarkt-aktuell.de/o/46-2026/kv-8a41f2.gif" width="1" height="1" alt=""></body></html>')
    return Mail("newsletter-sicherheitsmarkt", "de", local(2026, 11, 12, 6, 0, "DE"),
                ("Sicherheitsmarkt Aktuell", "newsletter@sicherheitsmarkt-aktuell.de"), [S("sales")],
                "Sicherheitsmarkt Aktuell 46/2026: Mindestlöhne 2027, DIN 77200, Leitstellen-Vernetzung", hops.brevo(ip="185.107.232.66"),
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"), hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                extra=[("List-Unsubscribe", "<https://r.sicherheitsmarkt-aktuell.de/unsubscribe/kv-8a41f2>, <mailto:unsubscribe@sicherheitsmarkt-aktuell.de?subject=unsubscribe>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed weekly trade newsletter for the security industry via Brevo, with List-Unsubscribe and tracking links.",
                why="Subscribed publication, consistent sender domain and tracking domain, one-click unsubscribe, imprint; informational content only.",
                hn=[("de-register-eintragungsofferte", "Same ESP (Brevo) and same industry audience; the newsletter is subscribed and sells nothing, the register offer hides a paid contract.")])


def b07():
    text = """Liebe Kolleginnen und Kollegen,

in den letzten Tagen beobachten wir mehrere Angriffswellen auf Mitarbeitende von Example Group. Bitte beachten Sie:

1. Spam-Flut und "Helpdesk"-Anrufe: Angreifer melden Postfächer bei Tausenden Newslettern an und rufen danach über Microsoft Teams als "Help Desk" an. Die IT ruft Sie niemals über ein externes Teams-Konto an und bittet Sie nie, Quick Assist, AnyDesk oder TeamViewer zu starten. Quick Assist ist auf allen Firmengeräten deaktiviert.

2. Kennwörter: Ihre Kennwörter laufen nicht ab. E-Mails mit "Ihr Kennwort läuft heute ab" oder "aktuelles Kennwort beibehalten" sind immer Phishing.

3. QR-Codes und "Fehlerbehebungen": Scannen Sie keine QR-Codes aus E-Mails, um sich irgendwo anzumelden, und kopieren Sie niemals Befehle in Windows+R oder PowerShell, auch wenn eine Webseite oder ein Dokument das verlangt.

4. Bankverbindungen: Änderungen von Lieferanten- oder Gehaltskonten werden nur nach telefonischem Rückruf unter bekannter Nummer bzw. über das HR-Formular umgesetzt.

Verdächtige E-Mails melden Sie bitte mit der Schaltfläche "Phishing melden" in Outlook oder an security@example.com. Die IT-Hotline erreichen Sie intern unter 2222.

Vielen Dank!

Lukas Neumann
IT-Sicherheit / E-Mail-Administration
Example Group GmbH & Co. KG

--
English summary: IT will never call you via external Teams or ask for Quick Assist/remote access; passwords do not expire; do not scan QR codes to log in or paste commands into Win+R; bank-detail changes only after a call-back. Report phishing with the "Report phishing" button or to security@example.com.
"""
    return Mail("it-sicherheitshinweis-helpdesk-anrufe", "de", local(2026, 11, 19, 8, 45, "DE"),
                S("itsec"), [("Alle Mitarbeitenden", "alle@example.com")], "Sicherheitshinweis: Spam-Wellen, falsche Helpdesk-Anrufe über Teams, QR-Codes",
                hops.internal(lang="de-DE"),
                Body(plain=text, html=outlook_html(text), charset="iso-8859-1", cte="quoted-printable"),
                rcpt=S("assist")[1], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Internal IT security notice to all staff about spam bombing + Teams help-desk calls, password-expiry phishing, QR codes, ClickFix and bank-detail changes.",
                why="Internal Exchange mail via mail-int01 from the real mail administrator, to the all-staff list; contains no links except internal contact addresses; tells users what IT never does.",
                hn=[("en-teams-helpdesk-quick-assist", "Same topic (IT Service Desk, Teams, Quick Assist); genuine notice is internal and warns against exactly that."),
                    ("el-kodikos-lixi-m365", "Password-expiry topic; genuine notice says passwords never expire."),
                    ("de-clickfix-pruefbericht-ema", "Mentions Win+R commands; genuine warning vs. the ClickFix lure.")])


def b08():
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=b7d2c4e1-5f3a-4b8c-9d0e-1a2b3c4d5e6f&etti=24&acct=8f2c1d7e-3b4a-4c5d-8e9f-0a1b2c3d4e5f&er=5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f"
    text = """Sandra Becker hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.

DOKUMENT ÜBERPRÜFEN
%s

Sandra Becker
s.becker@hv-rheinblick.de

Sehr geehrter Herr Dr. Köhler,
anbei der mit Frau Vogel abgestimmte Rahmenvertrag Revier- und Alarmdienst 2027 zur Unterzeichnung. Vielen Dank!

Diese E-Mail nicht weiterleiten
Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere weiter.

Alternative Signaturmethode
Besuchen Sie DocuSign.com, klicken Sie auf 'Dokumente aufrufen' und geben Sie den Sicherheitscode ein:
B7D2C4E15F3A4B8C9D0E1A2B3C4D5E6F2

Über DocuSign
Unterzeichnen Sie Dokumente in wenigen Minuten elektronisch. Es ist sicher und rechtsverbindlich. Egal, ob Sie im Büro, zu Hause oder unterwegs sind - DocuSign bietet eine vertrauenswürdige Lösung für das digitale Transaktionsmanagement.

Fragen zum Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen dazu haben, wenden Sie sich bitte direkt an den Absender.
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
            '<table align="center" width="640" cellpadding="28" style="background:#1e4ca1;color:#fff"><tr><td align="center">'
            '<img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"><p style="font-size:16px">%s</p>'
            '<a href="%s" style="background:#ffc820;color:#000;padding:12px 24px;font-weight:bold;text-decoration:none">DOKUMENT ÜBERPRÜFEN</a></td></tr></table>'
            % (esc(paras[0]), esc(link))
            + '<table align="center" width="640" cellpadding="24" style="background:#fff;font-size:14px"><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[2:])
            + "</td></tr></table></body></html>")
    return Mail("docusign-rahmenvertrag-rheinblick", "de", local(2026, 12, 1, 15, 18, "DE"),
                ("Sandra Becker über DocuSign", "dse@eumail.docusign.net"), [S("ceo")],
                "Bitte mit DocuSign unterzeichnen: Rahmenvertrag Revier- und Alarmdienst 2027", hops.docusign_eu(),
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                reply_to=("Sandra Becker", "s.becker@hv-rheinblick.de"), hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Genuine DocuSign envelope: the property-management customer sends the 2027 patrol/alarm framework contract to the CEO for signature.",
                why="Sent by DocuSign's EU platform (eumail.docusign.net), link to eu.docusign.net, Reply-To the real customer contact, contract agreed beforehand with sales; no attachment.",
                hn=[("en-docusign-svg-attachment", "DocuSign 'contract from a customer' lure with SVG attachment vs. genuine envelope from DocuSign."),
                    ("es-docusign-licitacion-ses", "DocuSign look-alike via SES vs. genuine DocuSign EU.")])


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
