"""German genuine business messages (8)."""

import ids
import media
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, UIMail, ESP, EXO
from mime import HStyle
from org import S, A

OLD = org.BANK["lieferant_old"]
NEW = org.BANK["lieferant_new"]
LIEF_ROUTE = dict(helo="mail.lieferant-gmbh.de", rdns="mail.lieferant-gmbh.de", ip="217.7.148.34")


def _lieferant_route(ws):
    return Hosted(LIEF_ROUTE["helo"], LIEF_ROUTE["rdns"], LIEF_ROUTE["ip"], mta="exchange",
                  origin=("", "", ws), exch_srv=("EX2019.lieferant.local", "192.168.10.5"), tls="1.2")


def _lieferant_client():
    return Client("outlook-exch", host="EX2019.lieferant.local", hstyle=HStyle("iso-8859-1", "Q"))


# 01 ---------------------------------------------------------------------
def ceo_urgent_payment():
    body = """Hallo Sabine,

kannst du bitte heute noch die Anzahlung an die Lieferant GmbH freigeben? Es geht um die Sonderbeschläge für den Harlow-Hotels-Auftrag (Leeds, 142 Zimmer). Herr Maier hat mir gestern Abend bestätigt, dass sie die Fertigung nur einplanen können, wenn die 30 % bis Mittwoch bei ihnen eingegangen sind – sonst rutschen wir in KW 3 und die Montage in Leeds wird knapp.

Auftragsbestätigung AB-2026-4471 vom 12.11. und Anzahlungsrechnung AR-2026-0389 über 48.612,40 € brutto liegen Monika im DMS vor. Ralf hat die AB gestern geprüft und freigegeben.

Bitte ganz normal über den Zahlungslauf mit Vier-Augen-Freigabe, Bankverbindung wie im Kreditorenstamm. Falls etwas unklar ist, ruf mich an – ich bin bis 11 Uhr im Haus, danach auf dem Handy.

Danke dir und viele Grüße
Jürgen

--
Jürgen Köhler
Geschäftsführer / CEO
Example Group GmbH
Werner-Straße 12 · 32049 Herford
Tel. +49 5221 9480-100 · Mobil +49 171 4420318
"""
    r, c = org.internal("de", host_n=12)
    return mail(kind="business", lang="de", slug="ceo-dringende-anzahlung-intern",
                t="2026-11-17 08:31:05", rcpt=A("cfo"), route=r, client=c,
                frm=S["ceo"], to=[S["cfo"]], cc=[S["ap1"], S["proc"]],
                subject="Dringend: Anzahlung Lieferant GmbH (Harlow Leeds) heute freigeben",
                extra=[("Importance", "high"), ("X-Priority", "1")],
                body=Multi("alternative", [
                    Text(body, charset="windows-1252", cte="quoted-printable"),
                    Text(org.to_html_outlook(body), "html", charset="windows-1252", cte="quoted-printable")]),
                hn=["ceo-fraud-projekt-eiche", "fake-solicitor-project-oak"],
                pair="urgent payment request from the CEO to the CFO",
                what="The CEO's genuine urgent request to release a 30 % down payment to a known supplier "
                     "today.",
                why="Sent by the real CEO through Exchange and mail-int01; refers to an order confirmation, "
                    "invoice and approvals already in the DMS; uses the normal payment run with four-eyes "
                    "approval and the vendor master account; invites a phone call; AP and procurement in Cc.")


# 02 ---------------------------------------------------------------------
def lieferant_bank_change():
    body = """Sehr geehrte Frau Schröder,

wir haben unsere Hausbankverbindung zur Volksbank gewechselt. Zahlungen für Rechnungen mit Rechnungsdatum ab dem 01.12.2026 bitten wir auf das neue Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Kreditinstitut: Volksbank Lübbecker Land eG
IBAN: %s
BIC: GENODEM1LUB

Unser bisheriges Konto bei der Sparkasse Minden-Lübbecke (%s) bleibt bis zum 31.01.2027 bestehen; Zahlungen für ältere Rechnungen können Sie weiterhin dorthin leisten.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang, eine Ausfertigung geht Ihnen zusätzlich per Post zu.

Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (05741 3092-40, Frau Kessler). Wir werden Sie niemals per E-Mail bitten, bereits fällige Rechnungen auf ein anderes Konto umzuleiten.

Mit freundlichen Grüßen

i. A. Birgit Kessler
Buchhaltung

Lieferant GmbH
Industriestraße 7 · 32312 Lübbecke
Tel. +49 5741 3092-40 · Fax +49 5741 3092-99
Amtsgericht Bad Oeynhausen HRB 9712 · Geschäftsführer: Dr. Hendrik Stolte, Andrea Lieferant
""" % (ids.fmt_iban(NEW), ids.fmt_iban(OLD))
    letter = pdf.make_pdf([
        "# Lieferant GmbH", "Möbelbeschläge · Industriestraße 7 · 32312 Lübbecke", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Werner-Straße 12", "32049 Herford", "",
        "Lübbecke, 09.11.2026", "",
        "# Änderung unserer Bankverbindung", "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 01.12.2026 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen für Rechnungen mit",
        "Rechnungsdatum ab dem 01.12.2026 auf folgendes Konto:", "",
        "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Volksbank Lübbecker Land eG",
        "IBAN: " + ids.fmt_iban(NEW), "BIC: GENODEM1LUB", "",
        "Das bisherige Konto (IBAN " + ids.fmt_iban(OLD) + ") bleibt bis 31.01.2027 bestehen.", "",
        "Bitte bestätigen Sie die Änderung telefonisch unter 05741 3092-40.", "",
        "Mit freundlichen Grüßen", "",
        "Dr. Hendrik Stolte                         Andrea Lieferant",
        "Geschäftsführer                            Geschäftsführerin", "",
        "Lieferant GmbH · Amtsgericht Bad Oeynhausen HRB 9712 · USt-IdNr. " + ids.de_ustid("12659871"),
    ], title="Änderung Bankverbindung", producer="Adobe PDF Library 24.5.96", creator="Acrobat PDFMaker 24 für Word",
        author="Kessler", created="20261109151203+01'00'")
    return mail(kind="business", lang="de", slug="lieferant-bankwechsel-angekuendigt",
                t="2026-11-10 11:20:14", rcpt=A("ap1"), route=_lieferant_route("192.168.10.87"),
                client=_lieferant_client(),
                frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
                to=[S["ap1"]], cc=[("Petra Lang", "p.lang@lieferant-gmbh.de")],
                subject="Änderung unserer Bankverbindung ab 01.12.2026",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="windows-1252", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body), "html", charset="windows-1252",
                                               cte="quoted-printable")]),
                    Bin(letter, "application/pdf", "Lieferant_GmbH_Aenderung_Bankverbindung.pdf")]),
                hn=["lieferant-bankwechsel-lookalike"],
                pair="supplier announces new bank details",
                what="Lieferant GmbH's genuine bank change, announced by its accounting department with a "
                     "letter signed by both managing directors.",
                why="Real domain and the supplier's own Exchange server; new account at a regional German "
                    "bank in the company's name; applies only to future invoices, old account kept for a "
                    "transition period; explicitly asks for telephone verification via the known number.")


# 03 ---------------------------------------------------------------------
def holzwerkstoffe_preise():
    body = """Hallo Herr Dietrich,

vielen Dank für das Gespräch am Freitag und Ihre Anfrage.

Anbei unsere Preisliste 2027 für Ihre Standardformate. Die wichtigsten Positionen im Überblick (frei Werk Herford, je m³):

P2 roh 19 mm, 2.800 x 2.070 mm: 268,00 EUR (2026: 254,00 EUR)
MDF 16 mm: 341,00 EUR (2026: 329,00 EUR)
MDF 19 mm: 336,00 EUR (2026: 324,00 EUR)

Für eine Jahresmenge ab 1.800 m³ gewähren wir 3,5 % Mengenrabatt, ab 2.400 m³ 4,5 %. Der Energiezuschlag entfällt ab 01.01.2027, die Preise gelten für Abrufe bis 31.12.2027.

Den Entwurf der Rahmenvereinbarung schicke ich Ihnen bis Ende nächster Woche, dann können wir die Details im Dezember besprechen.

Mit freundlichen Grüßen

Uwe Brinkmann
Vertrieb Möbelindustrie

Westfalen Holzwerkstoffe GmbH
Mindener Straße 140 · 32547 Bad Oeynhausen
Tel. +49 5731 77480-22 · Mobil +49 160 9127744
"""
    plist = pdf.make_pdf([
        "# Westfalen Holzwerkstoffe GmbH – Preisliste 2027", "Kunde: Example Group GmbH, Herford (Kd.-Nr. 30417)", "",
        "Artikel                               Format            EUR/m³   2026",
        "P2 roh 19 mm                          2800 x 2070       268,00   254,00",
        "P2 roh 16 mm                          2800 x 2070       271,00   257,00",
        "MDF 16 mm                             2800 x 2070       341,00   329,00",
        "MDF 19 mm                             2800 x 2070       336,00   324,00",
        "MDF 19 mm E05, CARB2                  2800 x 2070       352,00   339,00", "",
        "Mengenrabatt: ab 1.800 m³ 3,5 %, ab 2.400 m³ 4,5 %", "Lieferung frei Werk Herford, Zahlungsziel 30 Tage netto",
        "Gültig für Abrufe 01.01.2027 – 31.12.2027", "",
        "Westfalen Holzwerkstoffe GmbH · IBAN " + ids.fmt_iban(org.BANK["holzwerk"]),
    ], title="Preisliste 2027", producer="Microsoft® Excel® 2021", creator="Microsoft® Excel® 2021",
        author="Brinkmann", created="20261103153511+01'00'")
    route = UIMail("ionos", origin_ip="91.12.41.227", webmail=False)
    cl = Client("outlook", domain="westfalen-holzwerkstoffe.de", hstyle=HStyle("iso-8859-1", "Q", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="business", lang="de", slug="holzwerkstoffe-preisliste-2027",
                t="2026-11-03 15:42:19", rcpt=A("proc"), route=route, client=cl, origin_helo="NB-UBRINKMANN",
                frm=("Uwe Brinkmann", "u.brinkmann@westfalen-holzwerkstoffe.de"), to=[S["proc"]],
                subject="AW: Rahmenvereinbarung 2027 – Spanplatten P2 / MDF",
                refs=("<3b9e0d57a1c24f68b2e7d4a90c1f5e26@EXCH02.corp.example.com>",
                      ["<3b9e0d57a1c24f68b2e7d4a90c1f5e26@EXCH02.corp.example.com>"]),
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="utf-8", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body), "html", charset="utf-8",
                                               cte="quoted-printable")]),
                    Bin(plist, "application/pdf", "Preisliste_2027_Example_Group.pdf")]),
                hn=["threadhijack-holzwerkstoffe-htmlanhang"],
                pair="supplier price list in the 2027 framework-agreement thread",
                what="Supplier's genuine reply with the 2027 price list (PDF) in the framework-agreement thread.",
                why="Sent from the supplier's Outlook via IONOS from its usual office connection; prices in "
                    "the body and as a plain PDF, no login required; matches the open procurement thread.")


# 04 ---------------------------------------------------------------------
def lieferant_mahnung():
    body = """Sehr geehrte Frau Schröder,

trotz unserer Zahlungserinnerung vom 02.10.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-09788 vom 14.08.2026, fällig 13.09.2026   14.227,80 EUR
RE-2026-09903 vom 28.08.2026, fällig 27.09.2026   11.906,44 EUR
RE-2026-10015 vom 04.09.2026, fällig 04.10.2026   11.781,40 EUR
Gesamt                                             37.915,64 EUR

Bitte überweisen Sie den Gesamtbetrag bis spätestens 30.10.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Minden-Lübbecke (%s).

Sollte der Betrag bis dahin nicht bei uns eingehen, sind wir leider gezwungen, die Auslieferung Ihrer Abrufe ab KW 45 zurückzustellen und weitere Lieferungen nur noch gegen Vorkasse auszuführen. Das möchten wir angesichts unserer langjährigen Zusammenarbeit gern vermeiden.

Falls die Zahlung bereits veranlasst wurde oder Rechnungen strittig sind, geben Sie mir bitte kurz Bescheid. Einen Kontoauszug mit allen offenen Posten finden Sie im Anhang.

Mit freundlichen Grüßen

Petra Lang
Innendienst / Auftragsabwicklung

Lieferant GmbH
Industriestraße 7 · 32312 Lübbecke
Tel. +49 5741 3092-17
""" % ids.fmt_iban(OLD)
    op = pdf.make_pdf([
        "# Lieferant GmbH – Kontoauszug offene Posten", "Kunde 10447 Example Group GmbH · Stand 20.10.2026", "",
        "Beleg            Datum        Fällig       Betrag EUR   Mahnstufe",
        "RE-2026-09788    14.08.2026   13.09.2026    14.227,80   2",
        "RE-2026-09903    28.08.2026   27.09.2026    11.906,44   2",
        "RE-2026-10015    04.09.2026   04.10.2026    11.781,40   1",
        "Summe                                       37.915,64", "",
        "Bankverbindung: Sparkasse Minden-Lübbecke, IBAN " + ids.fmt_iban(OLD) + ", BIC WELADED1MIN",
    ], title="Kontoauszug OP 10447", producer="SAP NetWeaver 7.50", creator="SAP", author="",
        created="20261020094812+02'00'")
    return mail(kind="business", lang="de", slug="lieferant-mahnung-liefersperre",
                t="2026-10-20 10:12:40", rcpt=A("ap1"), route=_lieferant_route("192.168.10.63"),
                client=_lieferant_client(),
                frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S["ap1"]], cc=[S["proc"]],
                subject="2. Mahnung – drohende Liefersperre, Kundennr. 10447",
                extra=[("Importance", "high")],
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="iso-8859-15", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body), "html", charset="iso-8859-15",
                                               cte="quoted-printable")]),
                    Bin(op, "application/pdf", "Kontoauszug_OP_10447.pdf")]),
                hn=["lieferant-bankwechsel-lookalike"],
                pair="supplier pressure about overdue invoices",
                what="Genuine second dunning letter with a threat to stop deliveries.",
                why="Real supplier contact and mail server; invoices and amounts match the open-items "
                    "statement; payment to the known Sparkasse account; threat is proportionate (hold "
                    "call-offs / prepayment) and the sender invites clarification.")


# 05 ---------------------------------------------------------------------
def it_mfa_notice():
    body = """Liebe Kolleginnen und Kollegen,

ab Montag, 9. November 2026, stellen wir die Anmeldung an Microsoft 365 (Teams, SharePoint, Outlook im Web) auf den Zahlenabgleich in der Microsoft-Authenticator-App um. Statt nur "Genehmigen" zu tippen, geben Sie dann die zweistellige Zahl ein, die auf dem Anmeldebildschirm angezeigt wird.

Was Sie tun müssen:
- Wenn Sie die Authenticator-App bereits nutzen: nichts. Bitte halten Sie die App aktuell.
- Wenn Sie noch SMS-Codes nutzen: Bitte buchen Sie bis 6. November einen Termin am IT-Service-Point (Raum 1.14) über das Intranet. Die Umstellung machen wir gemeinsam an Ihrem Arbeitsplatz.

Wichtig: Wir verschicken niemals QR-Codes oder Links zur "Neuregistrierung" per E-Mail. Die Einrichtung erfolgt ausschließlich persönlich mit uns oder selbst unter https://aka.ms/mysecurityinfo aus dem Firmennetz. Verdächtige Nachrichten melden Sie bitte mit der Schaltfläche "Phishing melden" in Outlook.

Bei Fragen: IT-Service-Hotline Durchwahl 555 oder it-service@example.com.

Viele Grüße
Jan Behrens
IT-Sicherheit / Mail-Administration
Example Group GmbH
"""
    r, c = org.internal("de", host_n=201)
    return mail(kind="business", lang="de", slug="it-hinweis-mfa-zahlenabgleich",
                t="2026-10-29 16:05:33", rcpt=A("asst"), route=r, client=c,
                frm=S["sec"], to=[("Alle Mitarbeitenden DE", "alle-de@example.com")],
                subject="Microsoft 365: Zahlenabgleich in der Authenticator-App ab 9. November",
                body=Multi("alternative", [
                    Text(body, charset="iso-8859-1", cte="quoted-printable"),
                    Text(org.to_html_outlook(body), "html", charset="iso-8859-1", cte="quoted-printable")]),
                hn=["quishing-mfa-neuregistrierung"],
                pair="MFA change announcement",
                what="Internal IT notice about switching Microsoft Authenticator to number matching.",
                why="From the IT security administrator through Exchange and the relay to a distribution "
                    "list; no QR code, no personalised link; points to the official aka.ms page from the "
                    "company network and to the phishing-report button.")


# 06 ---------------------------------------------------------------------
def krankmeldung_privat():
    body = """Hallo Anja,

kurz zur Info: Ich bin seit heute krankgeschrieben, voraussichtlich bis einschließlich Freitag (20.11.). Die eAU hat meine Hausärztin schon an die Krankenkasse (TK) übermittelt, du kannst sie wie üblich abrufen.

Den Termin bei Möbelhaus Brandl am Donnerstag übernimmt Felix, ich habe ihm gerade Bescheid gesagt.

Ich schreibe dir von privat, weil mein Laptop noch im Büro steht.

Liebe Grüße
Lena
"""
    route = UIMail("gmx", origin_ip="91.64.122.17", webmail=True, app="3c-app-gmx-bap38")
    cl = Client("trinity", domain="3c-app-gmx-bap38", hstyle=HStyle("utf-8", "Q"),
                extra=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")])
    return mail(kind="business", lang="de", slug="krankmeldung-privatadresse",
                t="2026-11-16 07:18:44", rcpt=A("hr"), route=route, client=cl,
                frm=("Lena Fischer", "lena.fischer84@gmx.de"), to=[S["hr"]], cc=[S["contract"]],
                subject="Krankmeldung bis Freitag",
                body=Text(body, charset="UTF-8", cte="quoted-printable"),
                hn=["gehaltskonto-umleitung-privatmail"],
                pair="employee writes to HR from a private address",
                what="A colleague reports sick to HR from her private GMX address.",
                why="Private address but nothing is requested except noting the absence; the sick note "
                    "(eAU) goes through the official health-insurance channel; cc to the colleague taking "
                    "over; sent from a German residential cable IP in the morning.")


# 07 ---------------------------------------------------------------------
def brandl_reklamation():
    body = """Sehr geehrte Frau Fischer,

bei der Anlieferung am 04.11.2026 (Lieferschein 80011942, Kommission Aigner) wurde am Sideboard Linea 180, Eiche natur (Art. 4471-180-EI), ein Transportschaden festgestellt: Die rechte Seitenwand ist eingedrückt und die Kante an der Oberseite gesplittert. Der Schaden wurde vom Fahrer auf dem Frachtbrief quittiert. Zwei Fotos hängen an.

Wir bitten um Ersatz der Seitenwand bzw. des kompletten Korpus bis KW 47, da die Kundin ihren Montagetermin am 24.11. bereits fest eingeplant hat. Die beschädigte Ware halten wir zur Abholung bereit.

Für Rückfragen erreichen Sie mich unter 0941 46528-31.

Mit freundlichen Grüßen

Thomas Huber
Kundendienst / Reklamationsbearbeitung

Möbelhaus Brandl GmbH & Co. KG
Landshuter Straße 210 · 93055 Regensburg
"""
    p1 = media.photo_placeholder("brandl-1")
    p2 = media.photo_placeholder("brandl-2", damage=True)
    route = EXO("moebelhaus-brandl.de", region="EUR", zone="CET")
    cl = Client("outlook-exo", hstyle=HStyle("iso-8859-1", "Q"))
    return mail(kind="business", lang="de", slug="reklamation-transportschaden-fotos",
                t="2026-11-05 09:47:12", rcpt=A("sales"), route=route, client=cl, date_zone="UTC",
                frm=("Thomas Huber", "t.huber@moebelhaus-brandl.de"), to=[S["sales"]],
                subject="Reklamation LS 80011942 - Transportschaden Sideboard Linea 180",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="iso-8859-1", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body, font="Aptos"), "html",
                                               charset="iso-8859-1", cte="quoted-printable")]),
                    Bin(p1, "image/png", "IMG_4471_Seitenwand.png"),
                    Bin(p2, "image/png", "IMG_4472_Kante.png")]),
                hn=["clickfix-reklamationsfotos"],
                pair="customer complaint with photos of damaged furniture",
                what="Retail customer's genuine transport-damage complaint with two photos attached.",
                why="Existing customer on its Microsoft 365 tenant; delivery-note and article numbers; the "
                    "photos are attached directly as images; asks for a replacement part, nothing to run "
                    "or log in to.")


# 08 ---------------------------------------------------------------------
def messe_newsletter():
    uid = "9f21a4c7e08b3d5f61e27ac4b"
    lid = "4f2a6c1e8b"
    unsub = ("https://holzundraum-messe.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=7c1d9e4f2a&c=5e8d2c7f0a"
             % (uid, lid))
    txt = """HOLZ & RAUM 2027 · Bad Salzuflen · 19.–22. Januar 2027
Ausstellerinfo Nr. 4

Liebe Ausstellerinnen und Aussteller,

noch gut neun Wochen bis zur HOLZ & RAUM 2027. Heute die wichtigsten Termine und ein Hinweis in eigener Sache.

Standbau
Aufbau: 14.–18. Januar 2027, täglich 7–22 Uhr. Bitte reichen Sie Standpläne für zweigeschossige Stände bis 4. Dezember im Ausstellerportal ein.

Katalog und Online-Verzeichnis
Ihr Eintrag im offiziellen Ausstellerkatalog und im Online-Ausstellerverzeichnis ist im Ausstellerpaket enthalten und kostenfrei. Änderungen nehmen Sie bis 27. November selbst im Ausstellerportal vor.

Achtung vor Verzeichnis-Angeboten
Derzeit erhalten Aussteller wieder Schreiben und E-Mails privater Verzeichnisanbieter (u. a. "EXPO-REGISTER"), die den Eindruck erwecken, im Auftrag der Messe zu handeln. Wer das beigefügte Formular unterschreibt, schließt einen kostenpflichtigen Mehrjahresvertrag ab. Wir arbeiten mit keinem dieser Anbieter zusammen. Bitte unterschreiben Sie solche Formulare nicht und leiten Sie sie an aussteller@holzundraum-messe.de weiter.

Wir freuen uns auf Sie!
Ihr Team der HOLZ & RAUM

Messe Bad Salzuflen GmbH · Benzstraße 23 · 32108 Bad Salzuflen
Sie erhalten diese Nachricht als registrierter Aussteller. Abmelden: %s
""" % unsub
    html_paras = txt.split("\n\n")
    html = ['<!doctype html><html><head><meta charset="UTF-8"><title>Ausstellerinfo Nr. 4</title></head>',
            '<body style="margin:0;background:#f4f1ec"><center><table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b">',
            '<tr><td style="background:#5a3e2b;color:#fff;padding:22px 28px;font-size:22px">HOLZ &amp; RAUM 2027'
            '<br><span style="font-size:13px">Bad Salzuflen &middot; 19.&ndash;22. Januar 2027</span></td></tr>']
    for p in html_paras[1:]:
        lines = p.split("\n")
        if len(lines) > 1 and len(lines[0]) < 40 and not lines[0].endswith(","):
            html.append('<tr><td style="padding:14px 28px 0 28px"><h3 style="margin:0;color:#5a3e2b">%s</h3>'
                        '<p style="margin:6px 0 0 0;line-height:22px">%s</p></td></tr>'
                        % (org.esc(lines[0]), "<br>".join(org.esc(x) for x in lines[1:])))
        else:
            html.append('<tr><td style="padding:14px 28px 0 28px;line-height:22px">%s</td></tr>'
                        % "<br>".join(org.esc(x) for x in lines))
    html.append('<tr><td style="padding:20px 28px"><img src="https://holzundraum-messe.us14.list-manage.com/track/open.php?'
                'u=%s&id=5e8d2c7f0a&e=7c1d9e4f2a" height="1" width="1" alt=""></td></tr>' % uid)
    html.append('</table></center></body></html>')
    html = "\n".join(html) + "\n"
    route = ESP("mailchimp", zone="UTC", n=231)
    cl = Client("mailchimp", domain="mail231.suw121.mcsv.net", hstyle=HStyle("utf-8", "Q"))
    extra = [
        ("X-Mailer", "Mailchimp Mailer - **CID5e8d2c7f0a7c1d9e4f2a**"),
        ("X-Campaign", "mailchimp%s.5e8d2c7f0a" % uid),
        ("X-campaignid", "mailchimp%s.5e8d2c7f0a" % uid),
        ("X-Report-Abuse", "Please report abuse for this campaign here: "
                           "https://mailchimp.com/contact/abuse/?u=%s&id=5e8d2c7f0a&e=7c1d9e4f2a" % uid),
        ("X-MC-User", uid),
        ("Feedback-ID", "41873512:41873512.9021877:us14:mc"),
        ("List-ID", "%smc list <%s.9021877.list-id.mcsv.net>" % (uid, uid)),
        ("X-Accounttype", "pd"),
        ("List-Unsubscribe", "<https://holzundraum-messe.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=7c1d9e4f2a&c=5e8d2c7f0a>,\n"
                             " <mailto:unsubscribe-mc.us14_%s.5e8d2c7f0a-7c1d9e4f2a@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
                             % (uid, lid, uid)),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ]
    return mail(kind="business", lang="de", slug="messe-ausstellerinfo-newsletter",
                t="2026-11-10 10:00:41", rcpt=A("contract"), route=route, client=cl, lag=(60, 240),
                env_from="bounce-mc.us14_41873512.9021877-7c1d9e4f2a@mail231.suw121.mcsv.net",
                frm=("HOLZ & RAUM Messe", "news@holzundraum-messe.de"),
                reply_to=("HOLZ & RAUM Messe", "aussteller@holzundraum-messe.de"),
                to=[("Felix Krämer", A("contract"))],
                subject="Ausstellerinfo Nr. 4: Standbau, Katalog – und Vorsicht bei Verzeichnis-Angeboten",
                extra=extra,
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["messeverzeichnis-formularfalle"],
                pair="trade-fair exhibitor mail about directory entries",
                what="Subscribed exhibitor newsletter of the trade fair the company exhibits at, sent via "
                     "Mailchimp; warns about the directory scam.",
                why="Registered-exhibitor mailing from the organiser's domain through Mailchimp with "
                    "List-Unsubscribe (+ One-Click), List-ID and Feedback-ID; informational, no form to "
                    "sign, no payment.")


MESSAGES = [ceo_urgent_payment, lieferant_bank_change, holzwerkstoffe_preise, lieferant_mahnung,
            it_mfa_notice, krankmeldung_privat, brandl_reklamation, messe_newsletter]
