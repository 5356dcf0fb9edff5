"""Genuine business mail, German (01-08) and English (09-16)."""
import banking as bk
import docs
import qr
from company import *
from infra import (docusign, exchange_internal, github, gmx, google_service, ionos_outlook, m365, mailchimp,
                   brevo, ms_service, own_exchange)
from message import (alt, att, compose, gmail_alt, mixed, outlook_alt, plain2html_outlook, related)
from mime import Binary, Multi, Text
from util import hexs, rng, utc, uuid4

F = "business"
LIEF_SIG = ("Lieferant GmbH · Technische Textilien\nUerdinger Straße 512 · 47800 Krefeld\n"
            "Tel. +49 2151 93870-0 · www.lieferant-gmbh.de\nAmtsgericht Krefeld HRB 8812 · Geschäftsführer: Dr. Heinz-Peter Lindemann, Annette Vos\n"
            "USt-IdNr. %s" % LIEF_USTID)


def b01():
    text = """Hallo Sabine,

wie heute Morgen im Jour fixe besprochen: bitte die Anzahlung an Lanificio Valbisenzio heute noch freigeben, sonst verlieren wir den Webereitermin im Dezember für die Uniformstoffe (Auftrag Stadtwerke, 4.200 Sakkos).

- Bestellung 4500-27781, Anzahlung 30 % laut AB vom 02.10.: 48.600,00 €
- Proforma-Rechnung PF 26/311 und AB liegen in DocuWare unter Kreditor 700311
- Bankverbindung ist die bekannte aus dem Kreditorenstamm, keine Änderung

Zweite Freigabe bitte wie immer durch Birgit. Ich bin ab 14 Uhr im Werk, falls noch Fragen sind – einfach anrufen (Durchwahl -100 oder Handy).

Danke dir!
Matthias

--
Dr. Matthias Köhler
Geschäftsführer
Example Group GmbH · Gladbacher Straße 210 · 41063 Mönchengladbach
T +49 2161 4870-100 · matthias.koehler@example.com
"""
    compose(F, 1, "de", "ceo-anzahlung-lanificio-intern", exchange_internal, utc(2026, 10, 8, 7, 41),
            CFO.addr, CEO.t, [CFO.t], "Dringend: Anzahlung Lanificio Valbisenzio heute freigeben",
            lambda B: outlook_alt(B, 0, text, "iso-8859-15"), cc=[ASSIST.t, DE_ACC.t], hcs="iso-8859-15", henc="Q",
            what="CEO asks CFO to release a down payment today (internal mail)",
            why="Internal relay + Exchange chain, refers to PO, DocuWare record and unchanged vendor master data, keeps the four-eyes rule, CCs assistant and accounting, invites a phone call.",
            neg_of=[1])


def b02():
    text = """Sehr geehrte Frau Becker,

wie bereits telefonisch mit Herrn Günther besprochen, übersenden wir Ihnen anbei das Schreiben unserer Geschäftsführung zur Änderung unserer Bankverbindung.

Hintergrund ist die Zusammenlegung unseres Zahlungsverkehrs bei der Volksbank Krefeld. Die neue Verbindung gilt für alle Zahlungen ab dem 01.11.2026:

Volksbank Krefeld eG
IBAN: %s
BIC: GENODED1VKR

Unser bisheriges Konto bei der Sparkasse Krefeld (IBAN endet auf ...%s) bleibt bis zum 31.01.2027 parallel bestehen; Zahlungen dorthin gehen also nicht verloren.

Bitte verifizieren Sie die Änderung – wie es sich gehört – telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (02151 93870-40, Herr Kühn) und nicht über Kontaktdaten aus dieser E-Mail. Die Änderung wird außerdem auf unseren nächsten Rechnungen ausgewiesen.

Mit freundlichen Grüßen

Petra Lang
Auftragsabwicklung / Vertriebsinnendienst

%s
""" % (bk.fmt_iban(LIEF_NEW_IBAN), LIEF_OLD_IBAN[-4:], LIEF_SIG)
    letter = docs.letter_pdf([
        ("Lieferant GmbH", 16, True), ("Technische Textilien · Uerdinger Straße 512 · 47800 Krefeld", 8, False), "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Gladbacher Straße 210", "41063 Mönchengladbach", "",
        "Krefeld, 16.10.2026", "", ("Änderung unserer Bankverbindung zum 01.11.2026", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "wir bündeln unseren Zahlungsverkehr bei der Volksbank Krefeld eG. Bitte leisten Sie Zahlungen",
        "ab dem 01.11.2026 auf folgende Bankverbindung:", "",
        "Kontoinhaber: Lieferant GmbH", "Bank: Volksbank Krefeld eG",
        "IBAN: %s" % bk.fmt_iban(LIEF_NEW_IBAN), "BIC: GENODED1VKR", "",
        "Die bisherige Verbindung bei der Sparkasse Krefeld (IBAN %s)" % bk.fmt_iban(LIEF_OLD_IBAN),
        "bleibt bis zum 31.01.2027 bestehen.", "",
        "Bitte bestätigen Sie die Änderung durch Rückruf bei unserer Buchhaltung unter der Ihnen bekannten",
        "Telefonnummer. Wir werden Sie niemals bitten, Bankdaten ausschließlich per E-Mail zu ändern.", "",
        "Mit freundlichen Grüßen", "", "gez. Dr. Heinz-Peter Lindemann          gez. Annette Vos",
        "Geschäftsführer                                   Geschäftsführerin", "", "---",
        ("Amtsgericht Krefeld HRB 8812 · USt-IdNr. %s" % LIEF_USTID, 8, False)],
        title="Mitteilung Bankverbindung", author="Lieferant GmbH", producer="Microsoft® Word für Microsoft 365",
        creator="Microsoft® Word für Microsoft 365", date="D:20261016111502+02'00'")
    compose(F, 2, "de", "lieferant-bankwechsel-angekuendigt", ionos_outlook, utc(2026, 10, 19, 8, 6),
            AP1.addr, ("Petra Lang", "p.lang@lieferant-gmbh.de"), [AP1.t],
            "Mitteilung Änderung Bankverbindung Lieferant GmbH zum 01.11.2026",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "windows-1252"),
                            att(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")),
            cc=[("Rechnungseingang", "rechnungseingang@example.com"), PROC.t], hcs="windows-1252", henc="Q",
            pkw=dict(pcpfx="LGK"),
            what="Supplier announces a new bank account with a signed letter",
            why="Genuine domain and usual IONOS/Outlook path, agreed by phone beforehand, old account kept in parallel, domestic bank of the supplier's town, explicitly asks for call-back verification via known number.",
            neg_of=[2])


def b03():
    pdfb, total = docs.invoice_pdf(
        "de", ["Lieferant GmbH", "Technische Textilien", "Uerdinger Straße 512, 47800 Krefeld"],
        ["Example Group GmbH", "Gladbacher Straße 210", "41063 Mönchengladbach"],
        "2. Mahnung M-26-01742", "12.11.2026",
        [("RE-2026-10418 vom 25.09.2026 (Köper 245 g/m², marine)", 1, "", 23417.60),
         ("RE-2026-10533 vom 01.10.2026 (Warnschutzgewebe EN ISO 20471)", 1, "", 8912.35),
         ("Mahngebühr", 1, "", 5.00)], 0,
        ["Volksbank Krefeld eG · IBAN %s · BIC GENODED1VKR" % bk.fmt_iban(LIEF_NEW_IBAN)],
        "sofort, spätestens 19.11.2026", title="2. MAHNUNG", cust_no="200417",
        producer="proALPHA ERP 9.1", creator="proALPHA Druckausgabe")
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 27.10.2026 konnten wir bis heute keinen Zahlungseingang zu den unten aufgeführten Rechnungen feststellen.

Kundennummer: 200417
Offener Betrag inkl. Mahngebühr: %s

RE-2026-10418  25.09.2026  fällig 25.10.2026  23.417,60 EUR
RE-2026-10533  01.10.2026  fällig 31.10.2026   8.912,35 EUR

Bitte überweisen Sie den Betrag bis spätestens 19.11.2026. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Ihr Kundenkonto für weitere Lieferungen zu sperren. Davon betroffen wäre insbesondere die Auftragsbestätigung AB 26-11873 (Warnschutzgewebe, geplanter Versand KW 48).

Bitte beachten Sie unsere seit 01.11.2026 gültige Bankverbindung (Mitteilung vom 16.10.2026):
Volksbank Krefeld eG, IBAN %s

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie Herrn Kühn unter 02151 93870-40.

Mit freundlichen Grüßen
Lieferant GmbH - Debitorenbuchhaltung

Diese E-Mail wurde automatisch aus proALPHA erzeugt.
%s
""" % (docs.money(total, "de"), bk.fmt_iban(LIEF_NEW_IBAN), LIEF_SIG)
    compose(F, 3, "de", "lieferant-2-mahnung-liefersperre", ionos_outlook, utc(2026, 11, 12, 14, 30),
            "rechnungseingang@example.com", ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
            [("Rechnungseingang Example Group", "rechnungseingang@example.com")],
            "2. Mahnung - Kundennr. 200417 - drohende Liefersperre",
            lambda B: mixed(B, 1, Text(text, "plain", "iso-8859-15", "8bit"),
                            att(pdfb, "application/pdf", "Mahnung_M-26-01742.pdf")),
            cc=[AP1.t], extra=[("X-Mailer", "proALPHA Mail 9.1"), ("Thread-Index", None), ("Content-Language", None)],
            pkw=dict(pc="ERP01", cip="80.153.94.21"),
            what="Supplier's second dunning letter threatening a supply stop",
            why="Genuine supplier domain and ERP mail path, amounts match earlier invoices, the bank account is the one announced properly in business/02, gives a known phone contact; urgency alone is normal dunning.",
            neg_of=[2, 7])


def b04():
    text = """Hallo Birgit,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Hausarzt – krankgeschrieben bis einschließlich Freitag (27.11.). Die eAU hat die Praxis direkt an die TK übermittelt, Monika kann sie wie immer abrufen.

Mein Diensthandy und der Laptop liegen im Büro, deshalb schreibe ich von meiner privaten Adresse.

Der Zahllauf für Mittwoch ist vorbereitet (Ordner "Zahllauf KW48" im Team-Laufwerk), Tobias weiß Bescheid und macht die Freigabe mit dir. Die offene Klärung mit Spedition Hansen (Gutschrift 2026-0871) kann bis nächste Woche warten.

Liebe Grüße
Jana
"""
    compose(F, 4, "de", "krankmeldung-privatmail-gmx", gmx, utc(2026, 11, 23, 6, 52),
            DE_ACC.addr, ("Jana Becker", AP1.private), [DE_ACC.t], "Krankmeldung Jana Becker",
            lambda B: Text(text, "plain", "UTF-8", "quoted-printable"), cc=[HR.t],
            what="Accounts-payable clerk reports sick from her private GMX address",
            why="Private address but no request for money, data or bank changes; follows the eAU process (certificate goes to the health insurer), hands over work to a named colleague.",
            neg_of=[3])


def b05():
    text = """Liebe Kolleginnen und Kollegen,

zwei Hinweise aus der IT-Sicherheit:

1. Authenticator / MFA
Die Umstellung auf phishing-resistente Anmeldung (Passkeys in der Microsoft Authenticator App) läuft standortweise bis Ende Januar. Sie werden dazu persönlich vom IT-Service eingeladen und die Registrierung erfolgt ausschließlich über https://aka.ms/mysecurityinfo oder am IT-Service-Tresen. Wir versenden KEINE QR-Codes per E-Mail und fragen nie nach Ihrem Passwort.

Gestern ging eine gefälschte Mail "Erneuerung Ihrer Microsoft-Authenticator-Registrierung" mit QR-Code herum (Absender example-group-it.de). Bitte nicht scannen; falls doch geschehen, sofort it-service@example.com oder Durchwahl -333 informieren.

2. Quarantäne-Berichte
Die täglichen Quarantäne-Übersichten kommen ab sofort von quarantine@example.com und verlinken nur noch auf https://quarantine.example.com (intern erreichbar).

Danke für Ihre Aufmerksamkeit!

Lea Hoffmann
IT-Sicherheit & Mail-Administration
Example Group GmbH · T +49 2161 4870-336
"""
    compose(F, 5, "de", "it-hinweis-mfa-quarantaene-intern", exchange_internal, utc(2026, 10, 22, 8, 15),
            AP2.addr, ITSEC.t, [("Alle Mitarbeitenden DE", "alle-de@example.com")],
            "Hinweis IT-Sicherheit: Authenticator-Umstellung und Quarantäne-Berichte",
            lambda B: outlook_alt(B, 0, text, "iso-8859-1"), hcs="iso-8859-1", henc="Q",
            what="Internal IT security notice about MFA migration and quarantine digests",
            why="Internal relay/Exchange, links only to aka.ms (Microsoft) and the internal quarantine host, warns against the very lure used in attack/04.",
            neg_of=[4])


def b06():
    html_items = [
        ("MC1190432", "Microsoft Entra: Gerätecodefluss wird für neue Mandanten standardmäßig über Richtlinien für bedingten Zugriff blockiert", "Aktion erforderlich bis 31. Januar 2027"),
        ("MC1187715", "Microsoft Teams: Externe Chats zeigen künftig einen deutlicheren Hinweis für Nachrichten unbekannter Organisationen", "Plan für Änderung"),
        ("MC1185290", "Exchange Online: Stilllegung der Basisauthentifizierung für SMTP AUTH (Client Submission)", "Aktion erforderlich bis 1. März 2027"),
        ("MC1183064", "SharePoint Online: Neue Standardablaufzeit für \"Jeder\"-Links", "Hinweis"),
    ]
    plain = "Wöchentlicher Digest des Nachrichtencenters\nExample Group GmbH\n\nWichtige Updates dieser Woche:\n\n"
    for mid, title, kind in html_items:
        plain += "%s\n%s\n%s\nhttps://admin.cloud.microsoft/?#/MessageCenter/:/messages/%s\n\n" % (mid, title, kind, mid)
    plain += ("Sie erhalten diese E-Mail, weil Sie im Microsoft 365 Admin Center den wöchentlichen Digest abonniert haben.\n"
              "Einstellungen ändern: https://admin.cloud.microsoft/?#/MessageCenter/:/settings\n\n"
              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\nDatenschutzerklärung: https://go.microsoft.com/fwlink/?LinkId=521839\n")
    rows = "".join('<tr><td style="padding:12px 0;border-bottom:1px solid #e1e1e1"><div style="font-size:12px;color:#605e5c">%s · %s</div>'
                   '<a href="https://admin.cloud.microsoft/?#/MessageCenter/:/messages/%s" style="font-size:16px;color:#0078d4;text-decoration:none">%s</a></td></tr>'
                   % (mid, kind, mid, title.replace('"', "&quot;")) for mid, title, kind in html_items)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',Tahoma,sans-serif;color:#323130">'
            '<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0;font-size:20px;font-weight:600">Microsoft 365 Nachrichtencenter</td></tr>'
            '<tr><td style="font-size:14px">Wöchentlicher Digest für <b>Example Group GmbH</b></td></tr>%s'
            '<tr><td style="padding-top:24px;font-size:11px;color:#605e5c">Sie erhalten diese E-Mail, weil Sie den wöchentlichen Digest abonniert haben. '
            '<a href="https://admin.cloud.microsoft/?#/MessageCenter/:/settings">Einstellungen ändern</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA | '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></td></tr></table></body></html>' % rows)
    compose(F, 6, "de", "microsoft-365-nachrichtencenter-digest", ms_service, utc(2026, 11, 16, 4, 12),
            ITHEAD.addr, ("Microsoft 365 Nachrichtencenter", "o365mc@microsoft.com"), [ITHEAD.t],
            "Wöchentlicher Digest: Änderungen der Microsoft-Dienste",
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            pkw=dict(rp="o365mc@microsoft.com"),
            what="Microsoft 365 Message Center weekly digest (mentions device-code flow blocking)",
            why="Sent by Microsoft's own outbound infrastructure (microsoft.com tenant), links only to admin.cloud.microsoft / go.microsoft.com, subscribed admin notification.",
            neg_of=[5, 12])


def b07():
    text = """Hallo Herr Baumann,

Ihr Container HLCU 261044-7 (Chittagong – Hamburg, MV "Seaspan Amazon") ist gestern in Hamburg (CTA) gelöscht worden. Für die Einfuhrabfertigung fehlt uns noch:

- Handelsrechnung Nr. EX-BD-26-0932 von Dhaka Apparel Fabrics Ltd. (liegt uns nur als Proforma vor)
- Ursprungserklärung auf der Rechnung (REX-Nummer des Lieferanten), sonst können wir die APS-Präferenz nicht beantragen

Die Zollanmeldung geben wir wie gewohnt in Ihrem Namen über ATLAS ab; Einfuhrumsatzsteuer und Zoll laufen über Ihr Aufschubkonto, es ist also keine Zahlung von Ihrer Seite nötig. Die Zustellung nach Mönchengladbach ist für Donnerstag, 22.10., 08:00–10:00 Uhr avisiert.

Können Sie mir die Unterlagen bis morgen 12 Uhr schicken?

Mit freundlichen Grüßen

Melanie Kurz
Zollabteilung / Customs Department

Spedition Hansen GmbH & Co. KG
Hammfelddamm 6 · 41460 Neuss
Tel. +49 2131 52090-27
www.spedition-hansen.de
"""
    compose(F, 7, "de", "spedition-hansen-zollabfertigung-unterlagen", own_exchange, utc(2026, 10, 15, 9, 3),
            LOGI.addr, ("Kurz, Melanie", "m.kurz@spedition-hansen.de"), [LOGI.t],
            "Zollabfertigung Import HLCU 261044-7 – fehlende Unterlagen (Ursprungserklärung)",
            lambda B: outlook_alt(B, 0, text, "windows-1252"), cc=[("Zollabteilung", "zoll@spedition-hansen.de")],
            hcs="windows-1252", henc="Q",
            pkw=dict(host="mail.spedition-hansen.de", ip="80.153.112.36", srv="SHEX01", ad="hansen.local", lan="192.168.20.5"),
            what="Customs broker requests missing documents for an import container",
            why="Known forwarder on its own Exchange server, concrete container/vessel data, duties via the customer's deferment account - no payment link.",
            neg_of=[8])


def b08():
    banner = qr.banner_png(560, 80, (0, 94, 130))
    plain = """Textil-Netzwerk NRW – Newsletter 11/2026

Liebe Mitglieder, liebe Partner,

1) EU-Textilkennzeichnung: Der Rat hat sich auf den digitalen Produktpass für Textilien geeinigt. Wir erklären in einem Webinar am 26.11., was auf Hersteller von Berufsbekleidung zukommt.
Anmeldung: https://www.textilnetzwerk-nrw.de/veranstaltungen/dpp-webinar

2) Erweiterte Herstellerverantwortung (EPR) für Textilien: Ab 2028 müssen Hersteller in allen EU-Staaten Sammelsysteme mitfinanzieren. Positionspapier des Verbands: https://www.textilnetzwerk-nrw.de/positionen/epr-2026

3) Termine: A+A Düsseldorf 2027 – Gemeinschaftsstand NRW, Anmeldeschluss 15.01.2027.

Viele Grüße
Ihr Team des Textil-Netzwerk NRW e.V.

Textil-Netzwerk NRW e.V. · Bismarckstraße 98 · 41061 Mönchengladbach
Vereinsregister Mönchengladbach VR 3217

Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben.
Abmelden: https://textilnetzwerk-nrw.sib-mail.de/unsubscribe?u=uwe.kraemer%40example.com&c=1187
"""
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Newsletter 11/2026</title></head>'
            '<body style="margin:0;background:#f1f3f4"><table role="presentation" width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<tr><td><img src="cid:logo-tnnrw" width="560" height="80" alt="Textil-Netzwerk NRW"></td></tr>'
            '<tr><td style="padding:20px"><h1 style="font-size:20px;color:#005e82">Newsletter 11/2026</h1>'
            '<p>Liebe Mitglieder, liebe Partner,</p>'
            '<h2 style="font-size:16px">EU-Textilkennzeichnung und digitaler Produktpass</h2><p>Der Rat hat sich auf den digitalen Produktpass für Textilien geeinigt. '
            'Wir erklären in einem Webinar am 26.11., was auf Hersteller von Berufsbekleidung zukommt. <a href="https://textilnetzwerk-nrw.sib-mail.de/mk/cl/f/sh/1t6Af4OiGsF31ELtOhJWBKk4y">Jetzt anmelden</a></p>'
            '<h2 style="font-size:16px">EPR für Textilien ab 2028</h2><p>Ab 2028 müssen Hersteller in allen EU-Staaten Sammelsysteme mitfinanzieren. '
            '<a href="https://textilnetzwerk-nrw.sib-mail.de/mk/cl/f/sh/1t6Af4OiGsF31ELtOhJWBKk4z">Unser Positionspapier</a></p>'
            '<h2 style="font-size:16px">Termine</h2><p>A+A Düsseldorf 2027 – Gemeinschaftsstand NRW, Anmeldeschluss 15.01.2027.</p>'
            '<p>Viele Grüße<br>Ihr Team des Textil-Netzwerk NRW e.V.</p></td></tr>'
            '<tr><td style="padding:20px;font-size:11px;color:#777">Textil-Netzwerk NRW e.V. · Bismarckstraße 98 · 41061 Mönchengladbach · VR 3217<br>'
            'Sie erhalten diesen Newsletter als Mitglied. <a href="https://textilnetzwerk-nrw.sib-mail.de/unsubscribe?u=uwe.kraemer%40example.com&amp;c=1187">Abmelden</a></td></tr>'
            '</table><img width="1" height="1" src="https://textilnetzwerk-nrw.sib-mail.de/tr/op/1t6Af4OiGsF31ELtOhJWBKk4x" alt=""></body></html>\n')
    unsub = ("<https://textilnetzwerk-nrw.sib-mail.de/unsubscribe-oneclick?u=uwe.kraemer%40example.com&c=1187>, "
             "<mailto:unsubscribe-1187@textilnetzwerk-nrw.sib-mail.de?subject=unsubscribe>")
    compose(F, 8, "de", "newsletter-textilnetzwerk-brevo", brevo, utc(2026, 11, 5, 9, 0),
            DE_MGR.addr, ("Textil-Netzwerk NRW", "newsletter@textilnetzwerk-nrw.de"), [DE_MGR.t],
            "Newsletter 11/2026: Digitaler Produktpass, EPR für Textilien, A+A 2027",
            lambda B: Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"),
                                            related(B, 1, Text(html, "html", "utf-8", "quoted-printable"),
                                                    att(banner, "image/png", "logo.png", disp="inline", cid="logo-tnnrw"))], B(0)),
            extra=[("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("List-ID", "<1187.textilnetzwerk-nrw.sib-mail.de>"), ("Precedence", "bulk")],
            pkw=dict(campaign=1187, bdom="textilnetzwerk-nrw.sib-mail.de"),
            what="Trade-association newsletter via Brevo",
            why="Subscribed member newsletter, Brevo infrastructure with the association's tracking domain, List-Unsubscribe/One-Click, no requests.")


# ------------------------------------------------------------------ English
def b09():
    r = rng("b09-thread")
    prev_id = "<%s@EXCH01.corp.example.com>" % hexs(r, 32)
    text = """Hi James,

Thanks for the quick turnaround. Confirming PO 4501873 as per your quote Q-UK-26-0417:

- 1,200 x Hi-vis bomber jacket, class 3, yellow/navy, sizes as per attached breakdown
- 650 x Microfleece, navy, embroidered logo left chest
- Delivery split: 60% to our Bolton DC, 40% direct to the Leeds site (address on the PO)

Week 49 for Bolton and week 50 for Leeds works for us. Please send the ASN to goodsin@penninefs.co.uk two days before each delivery.

Invoices to ap@penninefs.co.uk as usual, 45 days from invoice date.

Kind regards,
Sarah

Sarah Holt
Procurement Manager
Pennine Facilities Services Ltd
Moss Bank Way, Bolton BL1 8PJ
T: 01204 553 218 | M: 07700 914 336

From: James Whitaker <james.whitaker@example.com>
Sent: 11 November 2026 16:48
To: Sarah Holt <sarah.holt@penninefs.co.uk>
Subject: PO 4501873 - Hi-vis jackets & fleeces - delivery schedule

Hi Sarah,

Production slots are confirmed - we can deliver the jackets in week 49 and the fleeces a week later. Could you confirm the split between Bolton and Leeds?

Best regards,
James
"""
    po, _ = docs.invoice_pdf("en", ["Pennine Facilities Services Ltd", "Moss Bank Way, Bolton BL1 8PJ", "VAT GB 318 4471 22"],
                             ["Example Group UK Ltd", "41 Cheetham Hill Road", "Manchester M4 4FX"],
                             "PO 4501873", "12/11/2026",
                             [("Hi-vis bomber jacket class 3 yellow/navy", 1200, "pcs", 38.50),
                              ("Microfleece navy, logo embroidery", 650, "pcs", 14.20)], 20,
                             ["Delivery: 60% Bolton DC (wk 49), 40% Leeds site (wk 50)"], "45 days from invoice date",
                             cur="£", title="PURCHASE ORDER", producer="SAP NetWeaver 7.50", creator="SAP")
    compose(F, 9, "en", "pennine-po-thread-genuine", m365, utc(2026, 11, 12, 10, 22),
            UK_MGR.addr, ("Sarah Holt", "sarah.holt@penninefs.co.uk"), [UK_MGR.t],
            "RE: PO 4501873 - Hi-vis jackets & fleeces - delivery schedule",
            lambda B: mixed(B, 1, outlook_alt(B, 2, text, "us-ascii", "7bit", "EN-GB"),
                            att(po, "application/pdf", "PO_4501873.pdf")),
            irt=prev_id, refs=prev_id, pkw=dict(uk=True, lang="en-GB", attach=True, org="penninefs.co.uk"),
            what="Customer confirms a purchase order in an existing thread",
            why="Customer's own Microsoft 365 tenant, replies to a real Example Group message, PO attached as PDF, no links or payment changes.",
            neg_of=[10, 14])


def b10():
    r = rng("b10-ds")
    env = uuid4(r)
    acct = uuid4(r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (uuid4(r), acct, uuid4(r))
    plain = """Sarah Holt sent you a document to review and sign.

REVIEW DOCUMENT
%s

Sarah Holt
sarah.holt@penninefs.co.uk

Hi James,

Please find the 2027 framework agreement for your review and signature, as discussed on Tuesday. Legal have accepted your redlines on clause 7.2 (price review).

Many thanks,
Sarah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management(TM).

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Sarah Holt who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (link, env.replace("-", "").upper() + "1")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:0;margin:0;background:#eaeaea">'
            '<table width="100%%" style="background:#eaeaea"><tr><td align="center"><table width="640" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:28px;color:#fff;text-align:center;font-size:16px">Sarah Holt sent you a document to review and sign.<br><br>'
            '<a href="%s" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;font-size:15px">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>Sarah Holt</b><br><a href="mailto:sarah.holt@penninefs.co.uk">sarah.holt@penninefs.co.uk</a><br><br>'
            'Hi James,<br><br>Please find the 2027 framework agreement for your review and signature, as discussed on Tuesday. Legal have accepted your redlines on clause 7.2 (price review).<br><br>Many thanks,<br>Sarah</td></tr>'
            '<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code: %s<br><br>'
            'This message was sent to you by Sarah Holt who is using the Docusign Electronic Signature Service.</td></tr></table></td></tr></table></body></html>\n'
            % (link, env.replace("-", "").upper() + "1"))
    compose(F, 10, "en", "docusign-genuine-framework-agreement", docusign, utc(2026, 12, 3, 14, 5),
            UK_MGR.addr, ("Sarah Holt via Docusign", "dse@eumail.docusign.net"), [UK_MGR.t],
            "Complete with Docusign: Pennine_ExampleGroup_Framework_Agreement_2027.pdf",
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            reply_to=[("Sarah Holt", "sarah.holt@penninefs.co.uk")],
            extra=[("X-DocuSign-EnvelopeID", env)],
            what="Genuine DocuSign envelope from a customer",
            why="Sent from DocuSign's EU mail infrastructure (eumail.docusign.net), links to eu.docusign.net, Reply-To is the known customer contact, expected contract.",
            neg_of=[15])


def b11():
    r = rng("b11-gh")
    tok = hexs(r, 40)
    plain = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>[GitHub] Please reset your password</title></head>'
            '<body style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">'
            '<table width="544" align="center"><tr><td><img src="https://github.githubassets.com/assets/mail/logo.png" width="32" height="32" alt="GitHub"></td></tr>'
            '<tr><td><h2 style="font-weight:300;font-size:24px">Reset your GitHub password</h2><p>We heard that you lost your GitHub password. Sorry about that!</p>'
            '<p>But don&#8217;t worry! You can use the following button to reset your password:</p>'
            '<p><a href="https://github.com/password_reset/%s" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:500">Reset your password</a></p>'
            '<p>If you don&#8217;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>'
            '<p>Thanks,<br>The GitHub Team</p></td></tr><tr><td style="font-size:12px;color:#6e7781">GitHub, Inc. &#12539;88 Colin P Kelly Jr Street &#12539;San Francisco, CA 94107</td></tr></table></body></html>\n' % tok)
    compose(F, 11, "en", "github-password-reset-genuine", github, utc(2026, 10, 13, 8, 44),
            ITSEC.addr, ("GitHub", "noreply@github.com"), [("lea.hoffmann@example.com", ITSEC.addr)],
            "[GitHub] Please reset your password",
            lambda B: alt(B, 0, plain, html, "UTF-8", "7bit", hcte="quoted-printable"), to_hdr=ITSEC.addr,
            what="GitHub password reset requested by the admin herself",
            why="GitHub's own outbound SMTP (out-NN.smtp.github.com), only github.com links, requested by the user.")


def b12():
    r = rng("b12-g")
    ts = 1792994000 + r.randrange(10000)
    plain = """A new sign-in on Windows

james.whitaker@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
https://accounts.google.com/AccountChooser?Email=james.whitaker@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (ts, hexs(r, 19))
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0;background:#fff"><table width="100%%" style="min-width:348px"><tr><td align="center">'
            '<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;font-family:\'Google Sans\',Roboto,Arial,sans-serif">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
            '<div style="font-size:24px;padding-top:24px">A new sign-in on Windows</div>'
            '<div style="font-size:14px;color:#3c4043;padding-top:8px">james.whitaker@example.com</div>'
            '<div style="font-size:14px;line-height:20px;padding-top:20px">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#8217;t need to do anything. If not, we&#8217;ll help you secure your account.</div>'
            '<div style="padding-top:32px"><a href="https://accounts.google.com/AccountChooser?Email=james.whitaker@example.com&amp;continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" '
            'style="background-color:#4184f3;border-radius:5px;color:#fff;padding:10px 24px;text-decoration:none;font-weight:500">Check activity</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#5f6368">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
            '</td></tr></table></body></html>\n' % (ts, hexs(rng("b12-g2"), 19)))
    compose(F, 12, "en", "google-new-signin-windows-genuine", google_service, utc(2026, 10, 26, 9, 31),
            UK_MGR.addr, ("Google", "no-reply@accounts.google.com"), [UK_MGR.t], "Security alert",
            lambda B: alt(B, 0, plain, html, "UTF-8", "quoted-printable"), to_hdr=UK_MGR.addr,
            pkw=dict(rp="3hP6TaQgTCkoPqbdgZV-lepizZYmBbPhf.dnnefnpiebvk.gpn@gaia.bounces.google.com"),
            what="Google account sign-in notification (account used for Google Ads)",
            why="From Google's notification infrastructure (mail-sor-fNN.google.com), links only to accounts.google.com / myaccount.google.com, informational.")


def b13():
    text = """Hello all,

A quick reminder after several reports this week from colleagues in Manchester and Mönchengladbach:

- Our IT Service Desk will never contact you first through an external Teams chat, and never asks you to start Quick Assist, AnyDesk, TeamViewer or any other remote tool.
- Genuine IT contacts come from our own tenant (example.com). External Teams messages are marked "External" - please don't accept them if you don't know the sender.
- If your mailbox suddenly receives hundreds of newsletter sign-ups ("mail bombing"), do not reply and do not call any number in those mails. Ring the Service Desk on +49 2161 4870-333 (or ext. 333) instead and we will clean it up.

Yesterday one of you received a convincing mail from "Example Group IT Service Desk" (an external onmicrosoft.com tenant) announcing such a call. Thank you for reporting it.

Best regards,
Markus

Markus Ernst
Head of IT, Example Group
T +49 2161 4870-330
"""
    compose(F, 13, "en", "it-reminder-no-quick-assist-internal", exchange_internal, utc(2026, 11, 6, 9, 12),
            UK_MGR.addr, ITHEAD.t, [("UK Staff", "uk-staff@example.com")],
            "Reminder: IT will never ask you to start Quick Assist or accept external Teams chats",
            lambda B: outlook_alt(B, 0, text, "iso-8859-1", lang="EN-GB"), hcs="iso-8859-1", henc="Q",
            pkw=dict(lang="en-GB"),
            what="Internal IT reminder about remote-support scams",
            why="Internal relay/Exchange, from the known head of IT, only gives the known internal helpdesk number, no links.",
            neg_of=[13])


def b14():
    plain = """WORKWEAR BUYER WEEKLY | Issue 212 | 29 October 2026

IN THIS ISSUE
* Cotton prices ease after strong Indian harvest
* Recycled polyester hi-vis: what the new EN ISO 20471 amendment means
* Interview: "Uniform tenders are now won on repairability"

Read online: https://workwearbuyerweekly.us21.list-manage.com/track/click?u=9f2a11c0d7e3b6a0f4c1e2d3a&id=41c2e7b9a0&e=6d1f0a9e3c

Update your preferences: https://workwearbuyerweekly.us21.list-manage.com/profile?u=9f2a11c0d7e3b6a0f4c1e2d3a&id=1a2b3c4d5e&e=6d1f0a9e3c
Unsubscribe: https://workwearbuyerweekly.us21.list-manage.com/unsubscribe?u=9f2a11c0d7e3b6a0f4c1e2d3a&id=1a2b3c4d5e&e=6d1f0a9e3c&c=41c2e7b9a0

You are receiving this because you subscribed at workwearbuyerweekly.co.uk.
Workwear Buyer Weekly, Unit 4 Canal Wharf, Leeds LS11 5PS, United Kingdom
"""
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Workwear Buyer Weekly</title></head>'
            '<body style="background:#fafafa"><center><table width="600" style="background:#fff;font-family:Georgia,serif;font-size:15px">'
            '<tr><td style="padding:18px;background:#1d3557;color:#fff;font-size:22px">WORKWEAR BUYER WEEKLY <span style="font-size:12px">Issue 212</span></td></tr>'
            '<tr><td style="padding:18px"><h3>Cotton prices ease after strong Indian harvest</h3><p>Spot prices for 30s combed yarn fell for the third consecutive week...</p>'
            '<h3>Recycled polyester hi-vis</h3><p>What the new EN ISO 20471 amendment means for buyers.</p>'
            '<p><a href="https://workwearbuyerweekly.us21.list-manage.com/track/click?u=9f2a11c0d7e3b6a0f4c1e2d3a&amp;id=41c2e7b9a0&amp;e=6d1f0a9e3c">Read the full issue</a></p></td></tr>'
            '<tr><td style="padding:18px;font-size:11px;color:#666">You are receiving this because you subscribed at workwearbuyerweekly.co.uk.<br>'
            '<a href="https://workwearbuyerweekly.us21.list-manage.com/profile?u=9f2a11c0d7e3b6a0f4c1e2d3a&amp;id=1a2b3c4d5e&amp;e=6d1f0a9e3c">Update preferences</a> | '
            '<a href="https://workwearbuyerweekly.us21.list-manage.com/unsubscribe?u=9f2a11c0d7e3b6a0f4c1e2d3a&amp;id=1a2b3c4d5e&amp;e=6d1f0a9e3c&amp;c=41c2e7b9a0">Unsubscribe</a><br>'
            'Workwear Buyer Weekly, Unit 4 Canal Wharf, Leeds LS11 5PS</td></tr></table></center>'
            '<img src="https://workwearbuyerweekly.us21.list-manage.com/track/open.php?u=9f2a11c0d7e3b6a0f4c1e2d3a&amp;id=41c2e7b9a0&amp;e=6d1f0a9e3c" height="1" width="1" alt=""></body></html>\n')
    unsub = ("<https://workwearbuyerweekly.us21.list-manage.com/unsubscribe?u=9f2a11c0d7e3b6a0f4c1e2d3a&id=1a2b3c4d5e&e=6d1f0a9e3c&c=41c2e7b9a0>, "
             "<mailto:unsubscribe-mc.us21_9f2a11c0d7e3b6a0f4c1e2d3a.41c2e7b9a0-6d1f0a9e3c@unsubscribe.mailchimpapp.net?subject=unsubscribe>")
    compose(F, 14, "en", "newsletter-workwear-buyer-mailchimp", mailchimp, utc(2026, 10, 29, 6, 30),
            UK_MGR.addr, ("Workwear Buyer Weekly", "news@workwearbuyerweekly.co.uk"), [("James", UK_MGR.addr)],
            "Cotton eases, recycled hi-vis rules & the repairability question",
            lambda B: alt(B, 0, plain, html, "utf-8", "7bit", hcte="quoted-printable"),
            extra=[("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("List-ID", "9f2a11c0d7e3b6a0f4c1e2d3a mc list <9f2a11c0d7e3b6a0f4c1e2d3a.1a2b3c4d5e.list-id.mcsv.net>"),
                   ("Sender", "Workwear Buyer Weekly <news=workwearbuyerweekly.co.uk@mail212.atl131.mcsv.net>")],
            what="Subscribed trade newsletter via Mailchimp",
            why="Mailchimp infrastructure and list-manage.com tracking, List-Unsubscribe/One-Click, purely editorial.")


def b15():
    r = rng("b15")
    inv = "G%09d" % r.randrange(10 ** 8, 10 ** 9)
    plain = """Your invoice is ready

Billing account: Example Group GmbH
Billing account ID: %s

Invoice number: %s
Invoice date: 8 November 2026
Amount due: EUR 18,432.60
Due date: 8 December 2026
Payment method: Invoice (wire transfer)

View your invoice in the Microsoft 365 admin center:
https://admin.cloud.microsoft/?#/billoverview/invoice-list

You're receiving this email because you're a billing administrator for Example Group GmbH.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland
""" % (uuid4(r), inv)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',Arial,sans-serif;color:#323130">'
            '<table width="600" align="center"><tr><td style="padding:20px 0"><img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b" width="108" alt="Microsoft"></td></tr>'
            '<tr><td style="font-size:28px;font-weight:600">Your invoice is ready</td></tr>'
            '<tr><td style="padding:16px 0;font-size:14px">Billing account: <b>Example Group GmbH</b><br>Invoice number: %s<br>Invoice date: 8 November 2026<br>'
            'Amount due: <b>EUR 18,432.60</b><br>Due date: 8 December 2026<br>Payment method: Invoice (wire transfer)</td></tr>'
            '<tr><td><a href="https://admin.cloud.microsoft/?#/billoverview/invoice-list" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">View invoice</a></td></tr>'
            '<tr><td style="padding-top:24px;font-size:11px;color:#605e5c">You\'re receiving this email because you\'re a billing administrator for Example Group GmbH.<br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland</td></tr></table></body></html>\n' % inv)
    compose(F, 15, "en", "microsoft-invoice-ready-genuine", ms_service, utc(2026, 11, 8, 3, 17),
            ITHEAD.addr, ("Microsoft", "microsoft-noreply@microsoft.com"), [ITHEAD.t],
            "Your Microsoft invoice %s is ready" % inv,
            lambda B: alt(B, 0, plain, html, "utf-8", "quoted-printable"),
            what="Microsoft 365 monthly invoice notification for the company tenant",
            why="Microsoft's own outbound (microsoft.com tenant), matches the company's billing account, no phone numbers, links only to admin.cloud.microsoft.",
            neg_of=[12])


def b16():
    wav = docs.silent_wav(1.5)
    text = """Hi Priya Shah,

You have a new voicemail message:

From: Sarah Holt (01204 553218)
To: 2147 (Priya Shah)
Received: 10/11/2026 14:22
Duration: 00:00:31

The message is attached to this email. You can also listen to it by dialling *999 from your desk phone or in the 3CX app.

3CX Phone System - Example Group UK
"""
    compose(F, 16, "en", "3cx-voicemail-genuine-internal", exchange_internal, utc(2026, 11, 10, 14, 23),
            UK_ACC.addr, ("3CX Phone System", "pbx-uk@example.com"), [UK_ACC.t],
            "New Voicemail from Sarah Holt (01204553218)",
            lambda B: mixed(B, 1, Text(text, "plain", "us-ascii", "7bit"),
                            att(wav, "audio/wav", "vm_20261110_142206_01204553218.wav")),
            extra=[("X-Mailer", "3CX Phone System V20"), ("Thread-Index", None), ("Thread-Topic", None),
                   ("Accept-Language", None), ("Content-Language", None), ("X-MS-Has-Attach", "yes")],
            pkw=dict(lang="en-GB"),
            what="Voicemail notification from the company's own 3CX PBX with WAV",
            why="Internal relay, sender is the company PBX, caller is a known customer, audio attached as WAV - no links or scripts.",
            neg_of=[11])


def build():
    for f in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16):
        f()
