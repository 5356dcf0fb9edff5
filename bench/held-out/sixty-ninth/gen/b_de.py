"""German genuine business messages (8)."""

import uuid

from common import utc, iban_fmt, rng_for
from kit import (S, M, ACC, ID, plain, alt, outlook_alt, with_atts, pdf_att, sig)
from mime import attachment, html_branded, html_simple, html_outlook
from attach import pdf
from media import photo
from infra import internal, m365, tonline, gmx, mailchimp
from services import docusign_eu

BUSINESS = []

# ---------------------------------------------------------------------------
# 1. CEO's genuine urgent payment request (internal relay)
# ---------------------------------------------------------------------------
ceo_txt = """Hallo Susanne,

kurze Bitte mit Dringlichkeit: Die Anzahlung für die gebrauchte Abfülllinie (Glas 0,5 l, 24.000 Fl./h) von Brautechnik Ostermann muss heute noch raus, sonst verlieren wir den Montageslot im Januar – Ostermann hat uns die Linie nur bis morgen reserviert.

Es geht um die 30-%%-Anzahlung laut Kaufvertrag vom 03.11. (Investitionsantrag INV-2026-014, im Beirat am 28.10. freigegeben):

Empfänger: Brautechnik Ostermann GmbH, Würzburg
IBAN: %s (Sparkasse Mainfranken, wie im Vertrag und in den Stammdaten)
Betrag: 123.600,00 EUR
Verwendungszweck: AR 2026-0893 / Anzahlung Abfülllinie

Die Anzahlungsrechnung hängt an, Claudia hat den unterschriebenen Vertrag im DMS unter Investitionen/2026 abgelegt. Bitte wie immer mit Vier-Augen-Freigabe über Jürgen im Banking – ich habe ihn in CC genommen. Wenn etwas unklar ist, ruf mich gern an, ich bin bis 16 Uhr im Haus (Durchwahl 100), danach mobil.

Danke und Gruß
Klaus

--
%s
""" % (iban_fmt(ACC["ostermann"]), sig("ceo"))

ost_pdf = pdf([[("Brautechnik Ostermann GmbH", 15, True), "Gebrauchte und generalüberholte Brauerei- und Abfülltechnik",
                "Nürnberger Straße 210, 97076 Würzburg", ("", 0, False),
                "Example Group Brauerei & Getränkehandel GmbH", "Hallstadter Straße 118, 96052 Bamberg", ("", 0, False),
                ("Anzahlungsrechnung AR 2026-0893", 12, True), "Datum: 05.11.2026   Kunden-Nr. 20417   Ihr Zeichen: INV-2026-014",
                ("", 0, False),
                "Abfülllinie Glas 0,5 l NRW, Leistung 24.000 Fl./h, Baujahr 2014, generalüberholt,",
                "inkl. Füller, Verschließer, Etikettierer, Inspektor; Montage KW 3/2027",
                "Gesamtpreis netto lt. Kaufvertrag vom 03.11.2026                 346.218,49 EUR",
                "Anzahlung 30 % netto                                              103.865,55 EUR",
                "zzgl. 19 % USt.                                                    19.734,45 EUR",
                ("Anzahlungsbetrag                                                   123.600,00 EUR", 10, True), ("", 0, False),
                "Zahlbar sofort nach Erhalt. Reservierung der Anlage und des Montageslots bis 06.11.2026.",
                "Sparkasse Mainfranken Würzburg  IBAN " + iban_fmt(ACC["ostermann"]) + "  BIC BYLADEM1SWU",
                "Geschäftsführer: Dieter Ostermann | Amtsgericht Würzburg HRB 9921"]],
              title="AR 2026-0893", author="Ostermann Buchhaltung", producer="Sage 100 Druckausgabe", creator="Sage 100",
              created="20261105104412+01'00'")

BUSINESS.append(M(
    id="B-de-ceo", lang="de", slug="gf-dringende-anzahlung-abfuelllinie",
    t=utc(2026, 11, 5, 11, 18, 20),
    frm=S["ceo"].nm(), to=[S["cfo"].nm()], cc=[S["ap1"].nm(), S["assist"].nm()],
    subject="Dringend: Anzahlung Abfülllinie Ostermann heute noch anweisen",
    transport=internal("10.20.30.57"), mua="exchange", internal=True, hdr_cs="iso-8859-1",
    body=with_atts(outlook_alt(ceo_txt, cs="iso-8859-1", cte="quoted-printable"),
                   [pdf_att(ost_pdf, "AR_2026-0893_Anzahlung_Abfuelllinie.pdf")]),
    has_attach=True, pairs=["A-de-ceo"],
    pair_note="Both are urgent 'pay today' requests from the CEO to the CFO. The genuine one comes through mail-int01/EXCH01, pays a known supplier whose IBAN is in the master data and the contract, references a board-approved capex request, asks for the usual four-eyes approval with AP in CC and invites a phone call; the attack uses a look-alike domain, secrecy, a foreign escrow account and 'no phone calls'.",
    what="CEO's genuine urgent request to the CFO to release the 30 % deposit for a used bottling line today, deposit invoice attached.",
    why="Internal message via mail-int01/Exchange from the real CEO mailbox; supplier, contract and capex approval are referenced, IBAN is the supplier's known German account, four-eyes approval and phone contact are explicitly invited."))

# ---------------------------------------------------------------------------
# 2. Supplier's genuine bank-detail change, properly announced
# ---------------------------------------------------------------------------
lbank_txt = """Sehr geehrte Damen und Herren,
sehr geehrter Herr Brandstätter,

wie bereits mit unserem Schreiben per Post vom 02.11.2026 und telefonisch durch Herrn Maier angekündigt, wechselt die Lieferant GmbH zum 01.12.2026 ihre Hausbank. Ab diesem Datum bitten wir um Zahlung auf folgendes Konto:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG, Nürnberg
IBAN: %s
BIC: COBADEFFXXX

Unsere bisherige Verbindung bei der Sparkasse Forchheim (IBAN %s) bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin werden in dieser Zeit weiterhin gutgeschrieben.

Bitte prüfen Sie diese Änderung gemäß Ihrem internen Verfahren telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale (09191 7020-0) – nicht über Kontaktdaten aus einer E-Mail. Herr Maier und ich stehen Ihnen dafür gern zur Verfügung. Die unterschriebene Mitteilung unserer Geschäftsführung finden Sie zusätzlich im Anhang; das Original liegt Ihnen per Post vor.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung

Lieferant GmbH
Brauereibedarf – Malz, Hopfen, Verschlüsse, CO2
Äußere Nürnberger Straße 62, 91301 Forchheim
Tel. +49 9191 7020-0 | www.lieferant-gmbh.de
Geschäftsführer: Dipl.-Ing. Hans-Peter Gruber
Amtsgericht Bamberg HRB 2207 | USt-IdNr. %s
""" % (iban_fmt(ACC["lief_new_genuine"]), iban_fmt(ACC["lief_old"]), ID["lief_ustid"])

lbank_pdf = pdf([[("Lieferant GmbH", 16, True), "Äußere Nürnberger Straße 62, 91301 Forchheim", ("", 0, False),
                  "Example Group Brauerei & Getränkehandel GmbH", "Kreditorenbuchhaltung", "Hallstadter Straße 118", "96052 Bamberg",
                  ("", 0, False), "Forchheim, 02.11.2026", ("", 0, False),
                  ("Änderung unserer Bankverbindung zum 01.12.2026", 12, True), ("", 0, False),
                  "Sehr geehrte Damen und Herren,",
                  "zum 01.12.2026 führen wir unseren Zahlungsverkehr über die Commerzbank AG, Nürnberg:",
                  "IBAN " + iban_fmt(ACC["lief_new_genuine"]) + "   BIC COBADEFFXXX",
                  "Die Verbindung bei der Sparkasse Forchheim bleibt bis 31.03.2027 bestehen.",
                  "Bitte verifizieren Sie diese Mitteilung telefonisch unter 09191 7020-0.", ("", 0, False),
                  "Mit freundlichen Grüßen", ("", 0, False),
                  "gez. Hans-Peter Gruber, Geschäftsführer        gez. Petra Lang, Buchhaltung"]],
                title="Bankverbindung 2026-12", author="Petra Lang", producer="Microsoft® Word für Microsoft 365",
                creator="Microsoft® Word für Microsoft 365", created="20261102091507+01'00'")

BUSINESS.append(M(
    id="B-de-liefbank", lang="de", slug="lieferant-neue-bankverbindung-angekuendigt",
    t=utc(2026, 11, 9, 9, 31, 8),
    frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    to=[S["ap1"].nm()], cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
    subject="Neue Bankverbindung der Lieferant GmbH ab 01.12.2026 (Schreiben vom 02.11.)",
    transport=m365("lieferant-gmbh.de", region="eurprd03", eop_host="mail-am6eur05on2098", ip="40.107.22.98"),
    mua="m365", hdr_cs="iso-8859-1", lang_tag="de-DE",
    body=with_atts(outlook_alt(lbank_txt, cs="iso-8859-1", cte="quoted-printable"),
                   [pdf_att(lbank_pdf, "Mitteilung_neue_Bankverbindung_Lieferant_GmbH.pdf")]),
    has_attach=True, pairs=["A-de-lief"],
    pair_note="Same topic (Lieferant GmbH changes its bank). Genuine: exact domain lieferant-gmbh.de via the supplier's Microsoft 365 tenant, German bank, old account kept open, announced earlier by post and phone, explicitly asks for call-back verification via the known number. Attack: typo domain lieferant-gmhb.de, Russian VPS, Lithuanian payment institution, 'confirm by reply'.",
    what="Lieferant GmbH announces its new house bank (Commerzbank) from 1 Dec 2026, referring to a prior letter and phone call, signed letter attached.",
    why="From the supplier's real domain and Microsoft 365 tenant; new account is a German bank in the supplier's region; old account stays valid; asks the recipient to verify by phone via the known number – a properly announced change."))

# ---------------------------------------------------------------------------
# 3. Colleague's sick note from private mail
# ---------------------------------------------------------------------------
sick_txt = """Hallo Frau Krüger,

ich bin seit heute krankgeschrieben (Bronchitis), voraussichtlich bis einschließlich Freitag, 27.11. Die AU hat die Praxis elektronisch an die AOK übermittelt, Sie können sie also wie gewohnt abrufen.

Ich schreibe vom privaten Handy, weil mein Firmenhandy noch in der Dispo liegt. Könnten Sie bitte Herrn Hartl in der Disposition Bescheid geben? Die Tourenplanung für Dienstag und Mittwoch liegt fertig im Teams-Ordner „Dispo KW48", die Sonderfahrt zum Kulmbacher Weihnachtsmarkt ist schon mit Ferretti abgestimmt.

Danke und viele Grüße
Tobias Hartmann

Von meinem iPhone gesendet"""

BUSINESS.append(M(
    id="B-de-sick", lang="de", slug="krankmeldung-vom-privathandy",
    t=utc(2026, 11, 23, 6, 48, 37),
    frm=("Tobias Hartmann", "tobias.hartmann77@t-online.de"),
    to=[S["hr"].nm()],
    subject="Krankmeldung Tobias Hartmann",
    transport=tonline(client_ip="80.133.41.216"), mua="apple",
    body=plain(sick_txt, cs="utf-8", cte="quoted-printable"),
    pairs=["A-de-payroll"],
    pair_note="Both are an employee writing to HR from a private address. The genuine one only reports sick leave (eAU is fetched from the health insurer), contains no bank or payroll change and refers to internal details; the attack asks for a salary-account change to a neobank IBAN and avoids phone contact.",
    what="Dispatcher Tobias Hartmann reports sick from his private T-Online address via iPhone, asks HR to inform dispatch.",
    why="Ordinary sick-leave notice; no request for money, credentials or data changes; consistent internal details (eAU via AOK, Teams folder, Ferretti trip); sent from T-Online's real infrastructure."))

# ---------------------------------------------------------------------------
# 4. Supplier's urgent reminder threatening a supply stop
# ---------------------------------------------------------------------------
mahn_txt = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 12.10.2026 konnten wir für die nachstehenden Rechnungen noch keinen Zahlungseingang feststellen:

RE-2026-11412 vom 04.09.2026   11.730,20 EUR   fällig 04.10.2026
RE-2026-11503 vom 15.09.2026    6.418,35 EUR   fällig 15.10.2026
Summe                          18.148,55 EUR

Wir bitten Sie, den Gesamtbetrag bis spätestens 04.11.2026 auf unser Ihnen bekanntes Konto bei der Sparkasse Forchheim (IBAN %s) zu überweisen.

Bitte haben Sie Verständnis, dass wir andernfalls gemäß unseren Allgemeinen Lieferbedingungen ab dem 05.11.2026 Lieferungen an Sie nur noch gegen Vorkasse ausführen können; das betrifft auch die bereits disponierte Lieferung CO2 und Kronkorken für KW 46. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen zu einzelnen Positionen erreichen Sie mich unter 09191 7020-34.

Die Mahnung mit Kontoauszug hängt als PDF an.

Mit freundlichen Grüßen

i. A. Petra Lang
Buchhaltung

Lieferant GmbH
Äußere Nürnberger Straße 62, 91301 Forchheim
Tel. +49 9191 7020-0 | www.lieferant-gmbh.de
""" % iban_fmt(ACC["lief_old"])

mahn_pdf = pdf([[("Lieferant GmbH", 16, True), "Äußere Nürnberger Straße 62, 91301 Forchheim", ("", 0, False),
                 "Example Group Brauerei & Getränkehandel GmbH, Hallstadter Straße 118, 96052 Bamberg", ("", 0, False),
                 ("2. Mahnung – Kunden-Nr. 10877", 12, True), "Forchheim, 28.10.2026", ("", 0, False),
                 "RE-2026-11412  04.09.2026  11.730,20 EUR", "RE-2026-11503  15.09.2026   6.418,35 EUR",
                 ("Offener Betrag: 18.148,55 EUR", 10, True), ("", 0, False),
                 "Zahlbar bis 04.11.2026. Ab 05.11.2026 Lieferung nur gegen Vorkasse.",
                 "Sparkasse Forchheim  IBAN " + iban_fmt(ACC["lief_old"]) + "  BIC BYLADEM1FOR"]],
               title="Mahnung 10877", author="Lieferant GmbH", producer="DATEV Rechnungswesen", creator="DATEV",
               created="20261028151044+01'00'")

BUSINESS.append(M(
    id="B-de-mahnung", lang="de", slug="lieferant-mahnung-vorkasse-drohung",
    t=utc(2026, 10, 28, 15, 12, 9),
    frm=("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-gmbh.de"),
    to=[S["ap1"].nm()], cc=[S["proc"].nm()],
    subject="2. Mahnung Kunden-Nr. 10877 – Lieferung ab 05.11. nur gegen Vorkasse",
    transport=m365("lieferant-gmbh.de", region="eurprd03", eop_host="mail-am6eur05on2091", ip="40.107.22.91"),
    mua="m365", hdr_cs="iso-8859-1",
    body=with_atts(outlook_alt(mahn_txt, cs="iso-8859-1", cte="quoted-printable"),
                   [pdf_att(mahn_pdf, "2_Mahnung_10877.pdf")]),
    has_attach=True, pairs=["A-de-lief"],
    pair_note="Urgent payment pressure from the same supplier. Genuine: real domain and tenant, pays to the known Sparkasse Forchheim account, threat is a normal contractual consequence (prepayment), phone extension given.",
    what="Second dunning letter from Lieferant GmbH for EUR 18,148.55 with the threat to deliver only against prepayment from 5 Nov.",
    why="Real supplier domain via its Microsoft 365 tenant; payment to the account already on file; invoice numbers and customer number consistent; the threat is a standard supply-stop clause – urgent but genuine."))

# ---------------------------------------------------------------------------
# 5. Genuine DocuSign envelope from the glass supplier
# ---------------------------------------------------------------------------
r = rng_for("docusign-genuine")
env = str(uuid.UUID(int=r.getrandbits(128), version=4))
acct = str(uuid.UUID(int=r.getrandbits(128), version=4))
er = str(uuid.UUID(int=r.getrandbits(128), version=4))
ds_url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, er)
ds_txt = """Martina Kessler hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.

DOKUMENT PRÜFEN: %s

Martina Kessler
m.kessler@nordglas-behaelter.de

Guten Tag Herr Weiß,
wie am Telefon besprochen erhalten Sie den Rahmenvertrag Mehrweg-Glas 2027 (NRW 0,5 l und Longneck 0,33 l) mit den vereinbarten Staffelpreisen zur Unterschrift. Die Preisanlage entspricht unserem Angebot AN-26-3318 vom 21.10.

Viele Grüße
Martina Kessler

Geben Sie diese E-Mail nicht weiter
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.

Alternative Signaturmethode
Besuchen Sie Docusign.com, klicken Sie auf „Dokumente aufrufen" und geben Sie den Sicherheitscode ein: %s

Über Docusign
Unterzeichnen Sie Dokumente in wenigen Minuten elektronisch. Es ist sicher. Egal, ob Sie im Büro, zu Hause oder unterwegs sind – Docusign bietet eine vertrauenswürdige Lösung für das Digital Transaction Management™.
""" % (ds_url, env.replace("-", "").upper()[:32] + "2")
ds_html = html_branded("Martina Kessler hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.",
                       ["Martina Kessler<br>m.kessler@nordglas-behaelter.de".replace("<br>", " – "),
                        "Guten Tag Herr Weiß,",
                        "wie am Telefon besprochen erhalten Sie den Rahmenvertrag Mehrweg-Glas 2027 (NRW 0,5 l und Longneck 0,33 l) mit den vereinbarten Staffelpreisen zur Unterschrift. Die Preisanlage entspricht unserem Angebot AN-26-3318 vom 21.10.",
                        "Viele Grüße<br>Martina Kessler".replace("<br>", " – ")],
                       button=("DOKUMENT PRÜFEN", ds_url),
                       footer="Geben Sie diese E-Mail nicht weiter: Diese E-Mail enthält einen sicheren Link zu Docusign.\nAlternative Signaturmethode: Besuchen Sie Docusign.com, klicken Sie auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein.",
                       brand="#4c00ff", logo_text="Docusign", lang="de")

BUSINESS.append(M(
    id="B-de-docusign", lang="de", slug="docusign-rahmenvertrag-nordglas-echt",
    t=utc(2026, 10, 27, 13, 2, 44),
    frm=("Martina Kessler via Docusign", "dse@eumail.docusign.net"),
    reply_to=[("Martina Kessler", "m.kessler@nordglas-behaelter.de")],
    to=[S["proc"].nm()],
    subject="Bitte unterzeichnen Sie: Rahmenvertrag Mehrweg-Glas 2027 Example Group",
    transport=docusign_eu(), mua="none",
    body=alt(ds_txt, ds_html, cs="utf-8", cte="quoted-printable", cte_html="base64"),
    pairs=["A-de-svg"],
    pair_note="Same lure topic (glass-supplier framework contract via DocuSign). Genuine: sent by DocuSign EU (eumail.docusign.net) with an eu.docusign.net signing link and envelope ID, no attachment; attack: sent by a compromised website, SVG attachment with a link to docu-sign-eu.com.",
    what="Genuine DocuSign envelope: Nordglas asks procurement to sign the 2027 returnable-glass framework contract.",
    why="Sent from DocuSign's EU mail infrastructure with X-DocuSign-Envelope-Id, link to eu.docusign.net, Reply-To the known supplier contact, matches a quoted offer."))

# ---------------------------------------------------------------------------
# 6. Internal IT notice about MFA changes (hard negative of the QR attack)
# ---------------------------------------------------------------------------
mfa_txt = """Liebe Kolleginnen und Kollegen,

ab dem 1. Dezember 2026 stellen wir die Mehr-Faktor-Anmeldung für Microsoft 365 (Outlook im Web, Teams, SharePoint) vollständig auf die Microsoft-Authenticator-App mit Nummernabgleich um. SMS-Codes werden danach nicht mehr angeboten.

Was Sie tun müssen:
1. Melden Sie sich bis zum 30.11. an einem Firmen-PC oder im Firmen-WLAN unter https://aka.ms/mysecurityinfo an (bitte die Adresse selbst eintippen).
2. Wählen Sie „Anmeldemethode hinzufügen" > „Authenticator-App" und folgen Sie der Anleitung. Der QR-Code wird dabei nur auf dem Bildschirm der Microsoft-Seite angezeigt.
3. Wer kein Firmenhandy hat, meldet sich beim IT-Service (Durchwahl -160) – Sie bekommen einen FIDO2-Schlüssel.

Was wir niemals tun:
- Wir verschicken keine QR-Codes per E-Mail und fragen niemals per Mail, Telefon oder Teams nach Passwörtern oder Bestätigungscodes.
- Externe Absender mit „Microsoft", „IT-Support" oder „Administrator" im Namen sind nicht wir. Solche Mails bitte über den Button „Phishing melden" in Outlook melden.

Bei Fragen erreichen Sie uns im IT-Service-Portal oder telefonisch.

Viele Grüße
Markus Öztürk

--
%s
""" % sig("itsec", role="IT-Sicherheit & Mail-Administration")

BUSINESS.append(M(
    id="B-de-mfa", lang="de", slug="it-hinweis-mfa-umstellung-intern",
    t=utc(2026, 11, 16, 8, 5, 0),
    frm=S["itsec"].nm(), to=[("Alle Mitarbeitenden DE", "alle-de@example.com")],
    rcpt=S["sales2"].addr,
    subject="Umstellung der MFA auf Microsoft Authenticator ab 01.12. – was Sie tun müssen (und was wir nie tun)",
    transport=internal("10.20.30.12"), mua="exchange", internal=True, hdr_cs="windows-1252",
    body=alt(mfa_txt, html_outlook(mfa_txt), cs="windows-1252", cte="quoted-printable"),
    pairs=["A-de-qr"],
    pair_note="Same topic (MFA re-registration deadline). Genuine: internal sender via mail-int01, tells users to type aka.ms/mysecurityinfo themselves, no QR code, warns against exactly the lure used in the attack; attack: external SES sender, inline QR to a look-alike login page.",
    what="Internal notice from IT security: MFA moves to Microsoft Authenticator on 1 Dec, how to register, and what IT never does.",
    why="Sent through mail-int01/EXCH01 from the IT security mailbox to an internal distribution list; no link except the official aka.ms/mysecurityinfo (to be typed), no credentials requested."))

# ---------------------------------------------------------------------------
# 7. Genuine customer complaint with photos (GMX)
# ---------------------------------------------------------------------------
comp_txt = """Servus Frau Lindner,

leider muss ich mich beschweren. Bei der Lieferung am Dienstag (Lieferschein 2026-47310) war ein Fass Lagerbier 30 l dabei, das schon beim Anstechen trüb rausgekommen ist und sauer riecht. Mindesthaltbarkeit laut Aufkleber 02/2027, Charge L26-281. Das Fass steht noch bei mir im Kühlraum, Ihr Fahrer kann es nächste Woche mitnehmen.

Außerdem war eine Kiste Zwickl mit 4 gebrochenen Flaschen dabei, die Kiste hab ich aufgehoben.

Ich hab zwei Fotos angehängt. Bitte schreiben Sie mir das Fass und die 4 Flaschen auf der nächsten Rechnung gut. Für Samstag brauche ich dann zusätzlich 2 Fass Lagerbier, geht das noch mit der normalen Tour?

Schöne Grüße aus Memmelsdorf
Wolfgang Eder
Gasthaus Zum Hirschen
Tel. 0951 4078812"""

BUSINESS.append(M(
    id="B-de-complaint", lang="de", slug="gasthaus-reklamation-fass-fotos",
    t=utc(2026, 11, 12, 17, 34, 51),
    frm=("Gasthaus Zum Hirschen", "gasthaus.hirschen@gmx.de"),
    to=[S["sales"].nm()],
    subject="Reklamation trübes Fass + Bruch Lieferung Dienstag",
    transport=gmx(client_ip="91.64.213.77"), mua="gmx",
    body=with_atts(plain(comp_txt, cs="UTF-8", cte="quoted-printable"),
                   [attachment(photo("hirschen-1", "beer"), "image/png", "IMG_20261112_171922.png"),
                    attachment(photo("hirschen-2", "crates"), "image/png", "IMG_20261112_172040.png")]),
    pairs=["A-de-zip"],
    pair_note="Both are complaints about cloudy kegs from a restaurant on GMX. Genuine: known customer address, delivery note and batch numbers, plain PNG photos attached directly; attack: unknown 'customer', encrypted ZIP with .lnk files and password in the text, sent via Tor.",
    what="Known customer (inn in Memmelsdorf) complains about a sour keg and broken bottles, two photos attached, asks for a credit note and an extra order.",
    why="Long-standing customer address from GMX's real infrastructure (residential IP), consistent delivery-note/batch details, images attached as plain PNGs, no links or archives."))

# ---------------------------------------------------------------------------
# 8. Subscribed trade newsletter via Mailchimp
# ---------------------------------------------------------------------------
nl_txt = """Getränke-Fachmarkt Aktuell – Newsletter 47/2026

Liebe Leserinnen und Leser,

diese Woche im Überblick:

* Mehrweg-Quote 2026: Der Anteil der Mehrwegflaschen bei Bier bleibt stabil bei rund 80 Prozent – bei alkoholfreien Getränken wächst die Einwegquote weiter. [[Zum Artikel|https://www.getraenke-fachmarkt-aktuell.de/markt/mehrwegquote-2026]]

* Leergut-Engpass vor Weihnachten: Mehrere Großhändler melden fehlende NRW-Kästen. Was Brauereien jetzt tun können. [[Weiterlesen|https://www.getraenke-fachmarkt-aktuell.de/logistik/leergut-engpass]]

* Alkoholfreies Bier: Umsatzplus im Gastro-Kanal, Preiserhöhungen bei Braumalz zum 1. Quartal. [[Marktbericht lesen|https://www.getraenke-fachmarkt-aktuell.de/markt/alkoholfrei-q3]]

* Termin: Braukon-Fachforum Nürnberg am 21. Januar 2027 – Frühbucherpreis bis 15.12.

Ihre Redaktion Getränke-Fachmarkt Aktuell

Sie erhalten diesen Newsletter, weil Sie ihn unter katrin.vogt@example.com abonniert haben.
[[Newsletter abbestellen|https://getraenke-fachmarkt-aktuell.us21.list-manage.com/unsubscribe?u=7d1c0e3f2a&id=91b2c4]] | [[Einstellungen ändern|https://getraenke-fachmarkt-aktuell.us21.list-manage.com/profile?u=7d1c0e3f2a&id=91b2c4]]
Fachverlag Getränkehandel GmbH, Sendlinger Str. 14, 80331 München
"""
nl_html = html_branded("Newsletter 47/2026",
                       ["Liebe Leserinnen und Leser, diese Woche im Überblick:",
                        "<b>Mehrweg-Quote 2026</b>".replace("<b>", "").replace("</b>", "") + ": Der Anteil der Mehrwegflaschen bei Bier bleibt stabil bei rund 80 Prozent – bei alkoholfreien Getränken wächst die Einwegquote weiter. [[Zum Artikel|https://www.getraenke-fachmarkt-aktuell.de/markt/mehrwegquote-2026]]",
                        "Leergut-Engpass vor Weihnachten: Mehrere Großhändler melden fehlende NRW-Kästen. Was Brauereien jetzt tun können. [[Weiterlesen|https://www.getraenke-fachmarkt-aktuell.de/logistik/leergut-engpass]]",
                        "Alkoholfreies Bier: Umsatzplus im Gastro-Kanal, Preiserhöhungen bei Braumalz zum 1. Quartal. [[Marktbericht lesen|https://www.getraenke-fachmarkt-aktuell.de/markt/alkoholfrei-q3]]",
                        "Termin: Braukon-Fachforum Nürnberg am 21. Januar 2027 – Frühbucherpreis bis 15.12."],
                       footer="Sie erhalten diesen Newsletter, weil Sie ihn unter katrin.vogt@example.com abonniert haben.\n[[Newsletter abbestellen|https://getraenke-fachmarkt-aktuell.us21.list-manage.com/unsubscribe?u=7d1c0e3f2a&id=91b2c4]] | Fachverlag Getränkehandel GmbH, Sendlinger Str. 14, 80331 München",
                       brand="#b5121b", logo_text="Getränke-Fachmarkt Aktuell", lang="de",
                       preheader="Mehrweg-Quote, Leergut-Engpass, alkoholfreies Bier")

BUSINESS.append(M(
    id="B-de-newsletter", lang="de", slug="newsletter-getraenke-fachmarkt-mailchimp",
    t=utc(2026, 11, 19, 6, 30, 0),
    frm=("Getränke-Fachmarkt Aktuell", "newsletter@getraenke-fachmarkt-aktuell.de"),
    to=[("Katrin Vogt", S["sales2"].addr)],
    subject="Mehrweg-Quote 2026, Leergut-Engpass & alkoholfreies Bier – Newsletter 47/2026",
    transport=mailchimp(), mua="none",
    body=alt(nl_txt, nl_html, cs="utf-8", cte="quoted-printable"),
    what="Weekly trade newsletter (beverage retail) sent via Mailchimp to a subscribed key-account manager.",
    why="Subscribed newsletter from Mailchimp's infrastructure with List-Unsubscribe/List-Unsubscribe-Post and List-ID; links go to the publisher's own site; no request for action."))
