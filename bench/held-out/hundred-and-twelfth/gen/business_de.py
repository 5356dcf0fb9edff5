"""German genuine business messages (8)."""
import assets
import banking as bk
import data as D
import infra
from builder import register, html_outlook, html_gmail, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "de", "lieferant-rechnung-kakaobutter")
def _(b):
    sender = "rechnungen@lieferant-gmbh.de"
    b.at(2026, 10, 12, 10, 36, 12).env(sender, "sabine.mueller@example.com")
    b.style = "outlook_smtp"
    b.via(infra.ionos(b, client="BUHA-PC02", client_ip="91.64.137.22"))
    b.frm("Lieferant GmbH - Buchhaltung", sender, "iso-8859-1")
    b.to(("Sabine Müller", "sabine.mueller@example.com"), cs="iso-8859-1", outlook_quotes=False)
    b.subject("Rechnung RE-2026-10418 zu Ihrer Bestellung 4500018421", "iso-8859-1")
    b.set("Content-Language", "de")
    ib = D.F(D.LIEFERANT_OLD)
    txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10418 vom 12.10.2026 zu Ihrer Bestellung 4500018421 (Kakaobutter desodoriert, 20 Paletten, Lieferung am 08.10.2026 nach Köln-Ossendorf).

Rechnungsbetrag: 59.208,45 EUR
Zahlungsziel: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 10 Tagen

Die strukturierte E-Rechnung (XRechnung) erhalten Sie wie vereinbart parallel über Ihr Peppol-Postfach.

Bankverbindung (unverändert):
Hamburger Sparkasse, IBAN %s, BIC HASPDEHHXXX

Mit freundlichen Grüßen

Buchhaltung
Lieferant GmbH
Großmoorbogen 21 · 21079 Hamburg
Tel. +49 40 7611 842-0 · rechnungen@lieferant-gmbh.de
Geschäftsführer: Dr. Henning Brandt · Amtsgericht Hamburg HRB 148872 · USt-IdNr. %s
""" % (ib, D.LIEFERANT_VAT)
    pdfb = assets.invoice_pdf([
        ("Lieferant GmbH", 16, True), "Großmoorbogen 21 · 21079 Hamburg · Tel. +49 40 7611 842-0", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Industriestraße 12", "50829 Köln", "",
        ("Rechnung RE-2026-10418", 13, True),
        "Rechnungsdatum: 12.10.2026     Lieferdatum: 08.10.2026     Kunden-Nr.: 20417",
        "Ihre Bestellung: 4500018421 vom 24.09.2026     Lieferschein: LS-2026-22871",
        "Ihre USt-IdNr.: " + D.EXAMPLE_VAT, "",
        "Pos.  Artikel                                   Menge        Preis/kg      Betrag",
        "1     Kakaobutter desodoriert, 25 kg Karton      16.000 kg    3,420 EUR    54.720,00 EUR",
        "2     Palettenpfand (Europaletten)               20 Stk       12,00 EUR       240,00 EUR",
        "3     Frachtpauschale Hamburg - Köln              1           375,00 EUR       375,00 EUR",
        "", "Nettobetrag                                                               55.335,00 EUR",
        "zzgl. 7 % Umsatzsteuer                                                      3.873,45 EUR",
        ("Rechnungsbetrag                                                          59.208,45 EUR", 10, True), "",
        "Zahlbar innerhalb 30 Tagen netto, 2 % Skonto bei Zahlung innerhalb 10 Tagen.",
        "Hamburger Sparkasse · IBAN " + ib + " · BIC HASPDEHHXXX", "",
        ("Lieferant GmbH · Geschäftsführer Dr. Henning Brandt · Amtsgericht Hamburg HRB 148872 · USt-IdNr. " + D.LIEFERANT_VAT, 7, False),
    ], title="Rechnung RE-2026-10418", author="Buchhaltung", creator="Microsoft Dynamics NAV",
        producer="PDFsharp 1.50.5147 (www.pdfsharp.com)", created="20261012103205+02'00'")
    b.body(b.mixed(
        b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, charset="iso-8859-1"), "iso-8859-1")),
        b.attach("application/pdf", pdfb, "RE-2026-10418.pdf")))
    b.meta("Supplier invoice from Lieferant GmbH's accounting mailbox with the invoice PDF; XRechnung via Peppol mentioned.",
           "Real domain and IONOS relay, the supplier's usual Outlook client and office IP, order/delivery references matching the business, unchanged known bank account, no link. Hard negative for attacks 02, 03 and 07.")
    # keep the PDF and the mail body consistent
    assert "59.208,45" in txt


# ---------------------------------------------------------------------------
@register("business", "de", "lieferant-neue-bankverbindung-korrekt")
def _(b):
    sender = "p.lang@lieferant-gmbh.de"
    b.at(2026, 11, 30, 14, 12, 8).env(sender, "sabine.mueller@example.com")
    b.style = "outlook_smtp"
    b.via(infra.ionos(b, client="VID-PLANG", client_ip="91.64.137.22"))
    b.frm("Petra Lang", sender, "windows-1252")
    b.to(("Sabine Müller", "sabine.mueller@example.com"), cs="windows-1252", outlook_quotes=True)
    b.cc(("Stefan Maier", "s.maier@lieferant-gmbh.de"), cs="windows-1252", outlook_quotes=True)
    b.subject("Lieferant GmbH: Neue Bankverbindung ab 01.01.2027 – bitte telefonisch verifizieren", "windows-1252")
    b.set("Content-Language", "de")
    new = D.F(D.LIEFERANT_NEW)
    txt = """Sehr geehrte Frau Müller,

wie in unserem Schreiben vom 23. November angekündigt, das Sie auch per Post erhalten haben, stellen wir unseren Zahlungsverkehr zum Jahreswechsel auf die Sparkasse Harburg-Buxtehude um. Für Zahlungen ab dem 1. Januar 2027 gilt folgende Bankverbindung:

Sparkasse Harburg-Buxtehude
IBAN: %s
BIC: NOLADE21HAM

Bis zum 31. Dezember 2026 bitten wir Sie, weiterhin auf unser bisheriges Konto bei der Hamburger Sparkasse zu zahlen; das Konto bleibt darüber hinaus bis Ende März 2027 für eingehende Zahlungen bestehen.

Aus Sicherheitsgründen ändern wir Bankverbindungen nie allein per E-Mail. Bitte verifizieren Sie die neue Bankverbindung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (+49 40 7611 842-0) oder bei Ihrem Ansprechpartner Herrn Maier. Die unterschriebene Mitteilung unserer Geschäftsführung finden Sie zusätzlich im Anhang.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung
Lieferant GmbH
Großmoorbogen 21 · 21079 Hamburg
Tel. +49 40 7611 842-23
""" % new
    pdfb = assets.invoice_pdf([
        ("Lieferant GmbH", 16, True), "Großmoorbogen 21 · 21079 Hamburg", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Industriestraße 12", "50829 Köln", "",
        "Hamburg, 23.11.2026", "",
        ("Änderung unserer Bankverbindung zum 01.01.2027", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "zum Jahreswechsel verlegen wir unseren Zahlungsverkehr zur Sparkasse Harburg-Buxtehude.",
        "Für alle Zahlungen, die ab dem 01.01.2027 fällig werden, gilt folgende Bankverbindung:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Sparkasse Harburg-Buxtehude", "IBAN: " + new, "BIC: NOLADE21HAM", "",
        "Unser Konto bei der Hamburger Sparkasse (IBAN " + D.F(D.LIEFERANT_OLD) + ") bleibt bis 31.03.2027 bestehen.",
        "Bitte bestätigen Sie diese Änderung ausschließlich telefonisch unter +49 40 7611 842-0.", "",
        "Mit freundlichen Grüßen", "", "Dr. Henning Brandt                      Petra Lang",
        "Geschäftsführer                         Debitorenbuchhaltung", "",
        ("Lieferant GmbH · Amtsgericht Hamburg HRB 148872 · USt-IdNr. " + D.LIEFERANT_VAT, 8, False),
    ], title="Mitteilung Bankverbindung 2027", author="Petra Lang", creator="Microsoft\u00ae Word für Microsoft 365",
        created="20261123101544+01'00'")
    b.body(b.mixed(
        b.alt(b.text(txt, "windows-1252"), b.html(html_outlook(txt, charset="windows-1252"), "windows-1252")),
        b.attach("application/pdf", pdfb, "Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf")))
    b.meta("Genuine bank-detail change announced properly: Lieferant GmbH moves to Sparkasse Harburg-Buxtehude from 1 January 2027, letter also sent by post, signed PDF, explicit request to verify by phone.",
           "Real domain, IONOS relay and office IP; long lead time, old account stays open, no urgency or pending-invoice pressure, asks for phone verification via known number, colleague in Cc. Hard negative for attack 02.")


# ---------------------------------------------------------------------------
@register("business", "de", "ceo-dringende-vorauszahlung-intern")
def _(b):
    sender = "markus.boehm@example.com"
    b.at(2026, 11, 26, 18, 3, 51).env(sender, "claudia.weiss@example.com")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX01", client_ip="10.20.31.12"))
    b.frm("Markus Böhm", sender, "iso-8859-1")
    b.to(("Claudia Weiß", "claudia.weiss@example.com"), cs="iso-8859-1")
    b.cc(("Katrin Vogel", "katrin.vogel@example.com"), ("Thomas Schäfer", "thomas.schaefer@example.com"), cs="iso-8859-1")
    b.subject("Dringend: Vorauszahlung Hanseatische Kakaohandel - Partie Ecuador Arriba", "iso-8859-1")
    b.set("Accept-Language", "de-DE, en-US").set("Content-Language", "de-DE")
    txt = """Hallo Claudia,

wie heute Vormittag in der Runde besprochen: Hanseatische Kakaohandel kann uns die 48 t Ecuador Arriba (Nacional) aus der Dezember-Verschiffung nur sichern, wenn die Vorauszahlung von 30 % bis morgen 12 Uhr eingeht. Die Partie brauchen wir für die Grand-Cru-Tafeln im Frühjahrssortiment, eine Alternative in dieser Qualität haben wir nicht.

Katrin hat die Proforma-Rechnung PF-2026-2291 (147.360,00 EUR brutto, davon 30 % = 44.208,00 EUR) heute Nachmittag in SAP als Anzahlungsanforderung erfasst; die Bankverbindung ist die bekannte aus dem Kreditorenstamm, keine Änderung.

Bitte gib die Zahlung morgen früh im normalen Vier-Augen-Verfahren frei - Thomas kann die Zweitfreigabe übernehmen. Ich habe mit Herrn Petersen telefoniert, er bestätigt Katrin den Zahlungseingang morgen direkt.

Ich bin ab 8 Uhr im Büro, falls es Rückfragen gibt, ruf mich gern an.

Danke und viele Grüße
Markus

Dr. Markus Böhm
Vorsitzender der Geschäftsführung
Example Group GmbH · Industriestraße 12 · 50829 Köln
"""
    b.body(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, charset="iso-8859-1"), "iso-8859-1")))
    b.meta("The CEO's genuine urgent payment request: 30 % advance for a cocoa lot from the known importer by tomorrow noon, booked in SAP, four-eyes release.",
           "Internal relay mail-int01 with Exchange hop, real address, colleagues in Cc, existing supplier with unchanged master-data bank account, normal approval workflow, offers a phone call. Urgent but procedurally clean. Hard negative for attacks 01 and 20.")


# ---------------------------------------------------------------------------
@register("business", "de", "krankmeldung-private-gmx")
def _(b):
    name, sender = D.PRIVATE["sabine"]
    b.at(2026, 11, 3, 6, 48, 20).env(sender, "claudia.weiss@example.com")
    b.style = "webmail"
    b.via(infra.gmx(b, client_ip="84.150.22.91"))
    b.frm(name, sender)
    b.to(("Claudia Weiß", "claudia.weiss@example.com"))
    b.cc(("Andrea Hoffmann", "andrea.hoffmann@example.com"), ("Thomas Schäfer", "thomas.schaefer@example.com"))
    b.subject("Krankmeldung Sabine Müller")
    b.h("Importance", "normal").h("Sensitivity", "Normal").h("X-Priority", "3")
    txt = """Guten Morgen Claudia,

ich bin leider krank, mich hat eine ordentliche Magen-Darm-Grippe erwischt. Ich gehe heute Vormittag zum Arzt; die Krankschreibung kommt ja inzwischen elektronisch bei euch an, Andrea.

Ich schreibe von meiner privaten Adresse, weil ich das Diensthandy gestern im Büro liegen gelassen habe.

Thomas, kannst Du bitte den Zahllauf am Donnerstag übernehmen? Die Freigabeliste liegt im SAP unter meinen offenen Aufgaben, die Belege für Lieferant und Ferretti sind schon geprüft.

Ich melde mich, sobald ich weiß, wie lange es dauert.

Viele Grüße
Sabine
"""
    b.body(b.text(txt, "utf-8", "quoted-printable"))
    b.meta("Staff member reports sick from her private GMX address (manager, HR and deputy in Cc).",
           "Genuine GMX web-mail infrastructure, personal and specific content (eAU, SAP task list), asks for nothing sensitive - no credentials, no bank change, no payment outside the process. Hard negative for attack 05 (payroll diversion from a private address).")


# ---------------------------------------------------------------------------
@register("business", "de", "hanseatische-mahnung-liefersperre")
def _(b):
    sender = "forderungen@hanseatische-kakao.de"
    b.at(2026, 11, 17, 7, 5, 44).env(sender, "sabine.mueller@example.com")
    b.style = "generic"
    b.via(infra.own_postfix(b, "mail.hanseatische-kakao.de", "80.147.23.142",
                            "bc-app01.hanseatische-kakao.local (bc-app01.hanseatische-kakao.local [192.168.20.41])",
                            rdns="mail.hanseatische-kakao.de",
                            bstyle="java", proto="ESMTPS"))
    b.frm("Hanseatische Kakaohandel GmbH - Forderungsmanagement", sender, "iso-8859-15")
    b.to(("", "sabine.mueller@example.com"))
    b.cc(("", "katrin.vogel@example.com"))
    b.subject("3. Mahnung - Kunden-Nr. 10048 - Androhung Liefersperre")
    ib = D.F(D.HANSEAT)
    txt = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 20.10.2026 und der 2. Mahnung vom 03.11.2026 konnten wir für die nachstehend aufgeführten Rechnungen bis heute keinen Zahlungseingang feststellen:

Rechnung       Datum        Fällig       Betrag
RG-2026-7731   15.09.2026   15.10.2026   38.915,20 €
RG-2026-7802   22.09.2026   22.10.2026   12.640,00 €
Mahngebühr                                   15,00 €
Summe                                    51.570,20 €

Bitte überweisen Sie den offenen Betrag bis spätestens 24.11.2026 auf unser bekanntes Konto bei der Hamburger Sparkasse (IBAN %s).

Sollte der Betrag bis zu diesem Termin nicht bei uns eingegangen sein, sehen wir uns gezwungen, weitere Lieferungen - insbesondere die für KW 49 avisierte Partie Ghana - bis zum vollständigen Ausgleich zurückzuhalten. Zudem behalten wir uns vor, Verzugszinsen gemäß § 288 Abs. 2 BGB zu berechnen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Fragen zu den Posten erreichen Sie uns unter +49 40 3698 412-60.

Mit freundlichen Grüßen
Forderungsmanagement
Hanseatische Kakaohandel GmbH
Sandtorkai 44 · 20457 Hamburg
Amtsgericht Hamburg HRB 61877 · USt-IdNr. %s
""" % (ib, D.HANSEAT_VAT)
    pdfb = assets.invoice_pdf([
        ("Hanseatische Kakaohandel GmbH", 15, True), "Sandtorkai 44 · 20457 Hamburg", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Industriestraße 12", "50829 Köln", "",
        ("3. Mahnung", 13, True), "Kunden-Nr. 10048 · Datum 17.11.2026", "",
        "Rechnung        Datum         Fällig        Betrag",
        "RG-2026-7731    15.09.2026    15.10.2026    38.915,20 €",
        "RG-2026-7802    22.09.2026    22.10.2026    12.640,00 €",
        "Mahngebühr                                      15,00 €",
        ("Summe                                         51.570,20 €", 10, True), "",
        "Zahlungsfrist: 24.11.2026 · Hamburger Sparkasse · IBAN " + ib, "",
        "Bei Nichtzahlung behalten wir uns die Zurückhaltung weiterer Lieferungen vor.",
    ], title="Mahnung 10048", creator="Microsoft Dynamics 365 Business Central", producer="Microsoft Dynamics 365 Business Central",
        created="20261117070212+01'00'")
    b.body(b.mixed(b.text(txt, "iso-8859-15", "8bit"),
                   b.attach("application/pdf", pdfb, "Mahnung_3_10048.pdf")))
    b.meta("Genuine third dunning letter from the cocoa importer with a threat to withhold the next delivery, generated by its ERP, PDF attached.",
           "Known supplier domain and its own mail server, ERP-generated text, refers to previous reminders and the known bank account, legal references are correct, phone number for questions; pressure is legitimate (overdue invoices), no new payment route.")


# ---------------------------------------------------------------------------
@register("business", "de", "it-hinweis-mfa-nummernabgleich")
def _(b):
    sender = "lukas.schroeder@example.com"
    b.at(2026, 10, 8, 16, 30, 2).env(sender, "florian.becker@example.com")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX02", client_ip="10.20.31.88"))
    b.frm("Lukas Schröder", sender, "windows-1252")
    b.to(("Alle Mitarbeitenden Deutschland", "alle-de@example.com"), cs="windows-1252")
    b.subject("IT-Hinweis: Umstellung auf Microsoft Authenticator mit Nummernabgleich am 14.10.", "windows-1252")
    b.set("Accept-Language", "de-DE, en-US").set("Content-Language", "de-DE")
    txt = """Liebe Kolleginnen und Kollegen,

am Mittwoch, 14. Oktober, stellen wir die Mehrfaktor-Anmeldung für Outlook, Teams und das VPN auf den Microsoft Authenticator mit Nummernabgleich um. Bei der Anmeldung zeigt der Bildschirm dann eine zweistellige Zahl an, die Sie in der Authenticator-App eingeben.

Was Sie tun müssen: nichts. Die Umstellung erfolgt automatisch. Wer noch kein Diensthandy mit Authenticator hat, meldet sich bitte bis Dienstag bei der IT (Durchwahl -4400).

Bitte beachten Sie:
- Die IT fragt Sie niemals per E-Mail, Teams-Anruf oder Telefon nach Ihrem Passwort oder nach einem Code.
- Bestätigen Sie keine Anmeldeanfrage, die Sie nicht selbst ausgelöst haben, und geben Sie keine Codes auf Seiten wie microsoft.com/devicelogin ein, wenn jemand Sie dazu auffordert.
- Fernwartung (Quick Assist, AnyDesk, TeamViewer) starten wir nur zu einem Ticket, das Sie selbst eröffnet haben. Externe Teams-Anrufe von einem „Helpdesk“ sind nicht von uns.
- Verdächtige Nachrichten melden Sie bitte über den Button „Phishing melden“ in Outlook.

Bei Fragen erreichen Sie uns unter it-servicedesk@example.com oder der Durchwahl -4400.

Viele Grüße
Lukas Schröder
IT-Sicherheit
Example Group GmbH
"""
    b.body(b.alt(b.text(txt, "windows-1252", "base64"), b.html(html_outlook(txt, charset="windows-1252"), "windows-1252", "base64")))
    b.meta("Internal IT notice from the mail/security admin to all German staff about MFA number matching, with anti-phishing rules.",
           "Internal relay + Exchange hop, sender is the real IT security admin, informational only, no link to click and explicitly tells users never to give codes/passwords or accept external Teams 'help desk' calls. Hard negative for attacks 11, 16 and 36.")


# ---------------------------------------------------------------------------
@register("business", "de", "newsletter-kakao-marktbericht-brevo")
def _(b):
    sender = "newsletter@suesswaren-marktbericht.de"
    b.at(2026, 10, 16, 6, 0, 41).env(sender, "katrin.vogel@example.com")
    b.style = "esp"
    b.via(infra.brevo(b))
    b.frm("Kakao- & Süßwaren-Marktbericht", sender)
    b.reply_to("Redaktion Marktbericht", "redaktion@suesswaren-marktbericht.de")
    b.to(("", "katrin.vogel@example.com"))
    b.subject("Marktbericht KW 42: Kakao, Haselnussernte, Zucker und EUDR")
    unsub = "https://r.suesswaren-marktbericht.de/unsubscribe/b6Zq4k2T8xNwR1pA?e=katrin.vogel%40example.com"
    b.set("List-Unsubscribe", "<%s>,\n <mailto:unsubscribe@suesswaren-marktbericht.de?subject=unsubscribe>" % unsub)
    b.set("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    b.set("List-Id", "Marktbericht <marktbericht.suesswaren-marktbericht.de>")
    src = """Guten Morgen,

hier der Überblick der Woche für Einkauf und Produktion:

Kakao: Der Dezember-Kontrakt in London gab im Wochenverlauf um 4 % nach. Händler verweisen auf eine bessere Mid-Crop-Prognose für Côte d'Ivoire; die Differenziale für westafrikanische Bohnen bleiben jedoch hoch.

Haselnüsse: Die türkische Ernte fällt nach ersten Schätzungen rund 10 % größer aus als im Vorjahr. Für Kernware 11-13 mm werden für Lieferung Q1 wieder leicht niedrigere Preise angeboten.

Zucker: EU-Weißzucker stabil; die Kampagne in Deutschland läuft mit durchschnittlichen Rübenerträgen.

EUDR: Die Kommission hat die FAQ zur Sorgfaltserklärung aktualisiert. Neu ist ein Abschnitt zu Mischpartien bei Kakaobutter und Kakaomasse.

{{Alle Artikel online lesen|https://www.suesswaren-marktbericht.de/kw42-2026}}

Ihre Redaktion
Kakao- & Süßwaren-Marktbericht
"""
    footer = ("Sie erhalten diesen Newsletter, weil Sie ihn mit der Adresse katrin.vogel@example.com abonniert haben. "
              '<a href="%s" style="color:#6e6e6e">Abmelden</a> &middot; Fachverlag Süßwaren-Markt GmbH, Poppelsdorfer Allee 30, 53115 Bonn' % unsub)
    html = brand_page(to_html(src), '<div style="background:#5b3a29;color:#f7e7c6;padding:18px 32px;font-size:19px">Kakao- &amp; Süßwaren-Marktbericht &middot; KW 42</div>',
                      footer, title="Marktbericht KW 42")
    plain = to_plain(src) + "\n--\nAbmelden: %s\nFachverlag Süßwaren-Markt GmbH, Poppelsdorfer Allee 30, 53115 Bonn\n" % unsub
    b.body(b.alt(b.text(plain, "utf-8"), b.html(html, "utf-8")))
    b.meta("Subscribed trade newsletter (cocoa, hazelnut, sugar market, EUDR news) sent through Brevo.",
           "Bulk ESP like attack 08, but a subscribed publication with List-Unsubscribe (one-click) and List-Id, editorial content, no request for action, payment or login. Hard negative for attacks 06 and 08.")


# ---------------------------------------------------------------------------
@register("business", "de", "zoll-einfuhrabgabenbescheid-spedition")
def _(b):
    sender = "zoll@hafenspedition-nord.de"
    b.at(2026, 10, 27, 11, 22, 30).env(sender, "frank.zimmermann@examplegroup.eu")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd04", server_prefix="AS8PR04MB"))
    b.frm("Birte Jansen | Hafenspedition Nord", sender, "iso-8859-1")
    b.to(("Frank Zimmermann", "frank.zimmermann@examplegroup.eu"), cs="iso-8859-1")
    b.cc(("Katrin Vogel", "katrin.vogel@example.com"), cs="iso-8859-1")
    cont = bk.iso6346("MSKU", "726184")
    b.subject("Zollabfertigung Container %s - Rohkakao Ghana - Einfuhrabgabenbescheid" % cont, "iso-8859-1")
    b.set("Accept-Language", "de-DE, en-US").set("Content-Language", "de-DE")
    txt = """Hallo Herr Zimmermann,

der Container %s (Rohkakao Ghana, 1.250 Sack / 78,1 t netto, B/L MAEU264810377) ist heute Morgen über ATLAS zum freien Verkehr abgefertigt worden. Den Einfuhrabgabenbescheid finden Sie im Anhang.

Rohkakao (Warennummer 1801 00 00) ist zollfrei, es fällt nur die Einfuhrumsatzsteuer (7 %%) an. Die EUSt in Höhe von 14.382,16 EUR wird wie gewohnt über Ihr Aufschubkonto bei der Zollverwaltung eingezogen - von Ihrer Seite ist keine Zahlung erforderlich.

Die Referenznummer Ihrer EUDR-Sorgfaltserklärung haben wir in der Zollanmeldung angegeben.

Die Anlieferung an Ihr Lager in Köln ist für Donnerstag, 29.10., 7:00 Uhr avisiert. Unsere Rechnung für die Verzollung folgt separat.

Mit freundlichen Grüßen
Birte Jansen
Zollabteilung
Hafenspedition Nord GmbH · Worthdamm 15 · 20457 Hamburg
Tel. +49 40 7808 119-34
""" % cont
    logo = assets.logo_png()
    sig = '<p class="MsoNormal"><img width="160" height="40" src="cid:image001.png@01DD45F1.3A2B1C00" alt="Hafenspedition Nord"></p>\n'
    html = html_outlook(txt, charset="iso-8859-1", sig_html=sig)
    pdfb = assets.invoice_pdf([
        ("Einfuhrabgabenbescheid (Steuerbescheid)", 13, True), "Zollamt Hamburg - Abfertigungsstelle Waltershof", "",
        "Registriernummer (MRN): 26DE480011223344E1", "Annahmedatum: 27.10.2026", "",
        "Anmelder/Vertreter: Hafenspedition Nord GmbH (indirekte Vertretung)", "Empfänger: Example Group GmbH, 50829 Köln",
        "EORI Empfänger: DE4417720193845", "",
        "Position 1: Kakaobohnen, roh, fermentiert - Warennummer 1801 00 00 - Ursprung GH",
        "Rohmasse 79.375 kg · Eigenmasse 78.100 kg · Zollwert 205.459,43 EUR", "",
        "Abgabenart        Bemessungsgrundlage      Satz     Betrag",
        "Zoll (A00)        205.459,43 EUR           0,0 %        0,00 EUR",
        "EUSt (B00)        205.459,43 EUR           7,0 %   14.382,16 EUR", "",
        "Zahlungsart: Aufschub (Aufschubkonto des Empfängers)",
        "EUDR-Referenz der Sorgfaltserklärung angegeben.", "",
        ("Dieser Bescheid wurde maschinell erstellt.", 8, False),
    ], title="Einfuhrabgabenbescheid", creator="ATLAS", producer="dakosy ZODIAK", created="20261027093012+01'00'")
    att = b.attach("application/pdf", pdfb, "Einfuhrabgabenbescheid_26DE480011223344E1.pdf")
    att.description = "Einfuhrabgabenbescheid_26DE480011223344E1.pdf"
    att.disp_params = b.exchange_attach_params(len(pdfb))
    img = b.attach("image/png", logo, "image001.png", inline=True, cid="image001.png@01DD45F1.3A2B1C00")
    img.description = "image001.png"
    b.body(b.mixed(b.related(b.alt(b.text(txt, "iso-8859-1"), b.html(html, "iso-8859-1")), img, type_="multipart/alternative"), att))
    b.meta("Forwarder/customs broker reports customs clearance of a cocoa container and attaches the import-duty notice; nothing to pay (deferment account).",
           "Known forwarder's Microsoft 365 tenant, specific container (valid ISO 6346 check digit), B/L and MRN, correct tariff facts (cocoa beans duty-free, 7 % import VAT), no payment request, no link. Hard negative for attack 04 (fake DHL customs fee) and attack 06.")
