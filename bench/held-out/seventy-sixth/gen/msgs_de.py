# -*- coding: utf-8 -*-
"""German messages (HQ Ransbach-Baumbach)."""
from datetime import timedelta

import ids
import mime
import senders as X
from clients import Outlook365, Roundcube, EximWebmail
from infra import Msg, hexs, rdate
from people import BANK, LISTS, S, TAX
from services import Brevo, Mailgun, Service, Zoho
from templates import alt, att, brand_alt, brand_html, brand_plain, cred_page, pdf_bytes, qr_png, text

F = ids.fmt_iban

SIG_LIEFERANT_MAIER = """Viele Grüße
Stefan Maier
Key Account Management

Lieferant GmbH
Industriestraße 18 · 56410 Montabaur
Tel. +49 2602 9187-22 · Mobil +49 171 4420 918
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de
Sitz Montabaur · Amtsgericht Montabaur HRB 21874 · Geschäftsführer: Ralf Hensel, Dr. Anja Seibert"""


# ======================================================================= attacks

def a_ceo_fraud():
    body = """Guten Morgen Frau Krüger,

ich bin heute bis zum späten Nachmittag in Mailand in Verhandlungen und nur per E-Mail erreichbar.

Wie Sie wissen, prüfen wir seit dem Sommer Möglichkeiten, unsere Kapazitäten im Feinsteinzeug in Italien auszubauen. Wir stehen jetzt kurz vor der Unterzeichnung einer Absichtserklärung zur Übernahme einer kompletten Produktionslinie in der Provinz Modena. Der Vorgang ist kartellrechtlich sensibel und unterliegt einer Verschwiegenheitsvereinbarung. Bitte sprechen Sie bis zur offiziellen Mitteilung mit niemandem darüber, auch nicht mit Herrn Bianchi oder der Buchhaltung in Sassuolo.

Die Transaktion wird von der Kanzlei Hollis Reeve LLP in London begleitet. Herr Jonathan Reeve wird sich heute Vormittag direkt bei Ihnen melden und Ihnen die Details zur Exklusivitätszahlung (487.500,00 EUR) auf das Treuhandkonto der Kanzlei mitteilen. Die Zahlung muss heute noch mit gleichtägiger Valuta ausgeführt werden, sonst verfällt die Exklusivität.

Bitte bestätigen Sie mir kurz, dass Sie heute verfügbar sind, und klären Sie alles Weitere ausschließlich per E-Mail mit mir und Herrn Reeve. Ich zähle auf Ihre Diskretion.

Mit freundlichen Grüßen
Klaus Becker
Vorstandsvorsitzender
Example Group AG

Von Outlook für iOS gesendet"""
    return Msg("ceo-fraud-projekt-fiorano", ("Klaus Becker", "klaus.becker@examplegroup-eu.com"), [S("krueger")],
               "Vertraulich – Projekt Fiorano", "2026-10-15 08:47:12", alt(body, "iso-8859-1"),
               Outlook365("examplegroup-eu.com", "de-DE"),
               "CEO fraud, stage 1: 'Klaus Becker' announces a secret acquisition and a lawyer who will give "
               "payment details for a EUR 487,500 same-day 'exclusivity payment'.",
               "Look-alike domain examplegroup-eu.com (real: example.com / examplegroup.eu) on an outside Microsoft 365 "
               "tenant instead of the internal relay; secrecy (not even the Italian office), same-day urgency, "
               "e-mail-only contact, hand-over to a 'lawyer' (see the English fake-lawyer message).")


def a_lieferant_bank():
    body = """Sehr geehrter Herr Weiß,

im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank hat sich unsere Bankverbindung geändert. Das bisherige Konto bei der Westerwald Bank wird zum 31.10.2026 aufgelöst; Zahlungseingänge auf diesem Konto können ab sofort nicht mehr zuverlässig zugeordnet werden.

Bitte hinterlegen Sie für alle Zahlungen an die Lieferant GmbH ab sofort die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: PBNKDEFFXXX
Bank: Postbank

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang. Nach unseren Unterlagen sind derzeit folgende Rechnungen fällig:

RE 9010045211 vom 14.09.2026 – 38.416,20 EUR
RE 9010045587 vom 28.09.2026 – 21.093,75 EUR

Wir bitten Sie, diese Beträge bereits auf die neue Verbindung zu überweisen und uns den Zahlungsavis kurz per E-Mail zu schicken. Wegen der laufenden Umstellung ist unsere Buchhaltung telefonisch nur eingeschränkt erreichbar – bei Fragen wenden Sie sich bitte direkt per E-Mail an mich.

Vielen Dank für Ihre Unterstützung und freundliche Grüße

Petra Lang
Leitung Finanzen & Rechnungswesen
Lieferant GmbH
Industriestraße 18 · 56410 Montabaur
Tel. +49 2602 9187-40""" % F(BANK["fake_lieferant"])
    letter = pdf_bytes([
        ("Lieferant GmbH", 16, True), "Industriestraße 18 · 56410 Montabaur", "",
        "Example Group AG", "Kreditorenbuchhaltung", "Rheinstraße 41", "56235 Ransbach-Baumbach", "",
        "Montabaur, 19.10.2026", "",
        ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "hiermit teilen wir Ihnen mit, dass Zahlungen an die Lieferant GmbH ab sofort ausschließlich",
        "auf das folgende Konto zu leisten sind:", "",
        "Kontoinhaber: Lieferant GmbH", "IBAN: " + F(BANK["fake_lieferant"]), "BIC: PBNKDEFFXXX", "",
        "Die bisherige Bankverbindung bei der Westerwald Bank eG ist ab dem 31.10.2026 nicht mehr gültig.",
        "Bitte passen Sie Ihre Stammdaten entsprechend an.", "",
        "Mit freundlichen Grüßen", "", "Ralf Hensel                      Petra Lang",
        "Geschäftsführer                 Leitung Finanzen", "",
        "USt-IdNr. " + TAX["lieferant"] + " · Amtsgericht Montabaur HRB 21874"],
        "Mitteilung Bankverbindung", author="p.lang", creator="Microsoft Word", producer="Microsoft: Print To PDF",
        date="D:20261019101532+02'00'")
    relay = X.vps("mail.lieferant-gmhb.de", "static.17.41.198.88.clients.your-server.de", "88.198.41.17")
    body_part = mime.Multi("mixed", [text(body, "UTF-8", "quoted-printable", ct_extra="format=flowed", quote_cs=False),
                                     att(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")])
    return Msg("lieferant-neue-bankverbindung", ("Petra Lang", "p.lang@lieferant-gmhb.de"), [S("weiss")],
               "Änderung unserer Bankverbindung – offene Posten", "2026-10-19 10:21:40", body_part,
               Roundcube("lieferant-gmhb.de", relay, org="Lieferant GmbH"),
               "Supplier impersonation: 'Petra Lang' of Lieferant GmbH announces a new account at Postbank and asks "
               "for two real, overdue invoices to be paid there now; PDF letter attached.",
               "Look-alike domain lieferant-gmhb.de (transposed letters; real: lieferant-gmbh.de) on a Hetzner VPS "
               "with Roundcube, not Lieferant's Microsoft 365; new account at a different bank; immediate payment of "
               "overdue items; discourages phone verification.  Invoice numbers match the real reminder, i.e. the "
               "fraudster read the compromised supplier mailbox.")


def a_elster_qr():
    url = "https://mein-elster.zertifikat-verlaengerung.com/m/7K4P22Q9?o=ex"
    png = qr_png(url)
    blocks = ["Sehr geehrte Damen und Herren,",
              "das für Ihre Organisation registrierte ELSTER-Organisationszertifikat (Zertifikatsdatei, Steuernummer "
              "32/654/01827) läuft am **31.10.2026** ab. Nach Ablauf können Umsatzsteuer-Voranmeldungen, "
              "Lohnsteuer-Anmeldungen und Zusammenfassende Meldungen nicht mehr übermittelt werden.",
              "Aus Sicherheitsgründen erfolgt die Verlängerung ab sofort ausschließlich über die Smartphone-"
              "Bestätigung (zweiter Faktor). Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres "
              "Smartphones und bestätigen Sie Ihre Identität mit Ihrer Zertifikatsdatei und dem zugehörigen Passwort.",
              "Aktivierungs-ID: **ELS-7K4P-22Q9** (gültig 48 Stunden)"]
    after = ["Eine Verlängerung über den Desktop-Browser ist aus technischen Gründen nicht möglich.",
             "Mit freundlichen Grüßen\nIhr ELSTER-Team"]
    footer = ("Bayerisches Landesamt für Steuern – Dienststelle München · ELSTER\n"
              "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.")
    html = brand_html("Verlängerung Ihres Organisationszertifikats", blocks, None, brand="ELSTER",
                      color="#00557a", footer=footer, img_cid="qr-els7k4p@elster", img_alt="QR-Code",
                      logo_text="ELSTER – Ihr Online-Finanzamt", after=after)
    plainv = brand_plain("Verlängerung Ihres Organisationszertifikats", blocks + ["[QR-Code]"] + after, None, footer)
    body = mime.Multi("related", [
        mime.Multi("alternative", [mime.Text(plainv, "plain", "UTF-8", "quoted-printable", quote_cs=False),
                                   mime.Text(html, "html", "UTF-8", "quoted-printable", quote_cs=False)]),
        mime.Bin(png, "image/png", "qr.png", disposition="inline", cid="qr-els7k4p@elster")])
    m = Msg("elster-zertifikat-qr", ("ELSTER – Ihr Online-Finanzamt", "noreply@elster-zertifikate.de"), [S("koch")],
            "Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich",
            "2026-10-22 07:05:33", body, Brevo("elster-zertifikate.de", extra_hdrs=[
                ("List-Unsubscribe", "<https://r.sp1-brevo.net/mk/un/v2/pLIix6MEOLeMa61EqJomTEI1JEzO3joOj37HyVaQXekW9LctXb03rEMU>")]),
            "Quishing: ELSTER-branded notice that the organisation certificate expires; renewal only by scanning an "
            "inline QR code with the phone.",
            "ELSTER never sends QR codes or asks for the certificate file and PIN; sender domain elster-zertifikate.de "
            "(real: elster.de) via a Brevo account; the QR code leads to mein-elster.zertifikat-verlaengerung.com, moving "
            "the victim to an unprotected phone; deadline pressure.",
            env_from="bounces-4471208-stefanie.koch=example.com@bounce.elster-zertifikate.de")
    m.qr_urls = [url]
    return m


def a_thread_hijack():
    quoted = """Von: Böhm, Dirk <dirk.boehm@example.com>
Gesendet: Montag, 2. November 2026 16:12
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Rahmenvertrag 2027 Glasurrohstoffe – Entwurf

Hallo Herr Maier,

danke für den Entwurf. Bei Punkt 4.2 (Preisgleitklausel Zirkonsilikat) brauchen wir noch eine Deckelung nach oben, sonst bekomme ich das intern nicht durch. Die Staffel für FR-214/FR-230 passt so.

Schicken Sie mir gern die finale Fassung, dann gebe ich sie in die Unterschrift.

Viele Grüße
Dirk Böhm
Einkauf Rohstoffe | Example Group AG"""
    body = """Hallo Herr Böhm,

wie besprochen anbei die finale Fassung des Rahmenvertrags 2027 inkl. der Deckelung in Punkt 4.2 und der neuen Staffel für die Fritten FR-214/FR-230.

Da der Vertrag Konditionen enthält, haben wir ihn über unseren geschützten Datenraum freigegeben:

[[Rahmenvertrag_2027_Lieferant_Example_final.pdf|https://lieferant-datenraum.pages.dev/share/RV2027?u=dirk.boehm%40example.com]]
(SharePoint Online – Anmeldung mit Ihrem Microsoft 365-Konto)

Bitte geben Sie mir bis Freitag kurz Bescheid, ob wir so unterschreiben können.

""" + SIG_LIEFERANT_MAIER + "\n\n" + quoted
    old_id = "<8c41d2e07a5b4f3e9d61b0a7c2f4e813@EXMBX01.corp.example.com>"
    return Msg("threadhijack-lieferant-datenraum", ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("boehm")],
               "AW: Rahmenvertrag 2027 Glasurrohstoffe – Entwurf", "2026-11-04 14:36:05", alt(body, "iso-8859-1"),
               X.LIEFERANT,
               "Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH): reply in a real "
               "contract thread with a 'data room' link to the final contract.",
               "Real sender infrastructure, but the 'SharePoint' link goes to lieferant-datenraum.pages.dev (Cloudflare "
               "Pages) with the victim's address pre-filled for a Microsoft 365 login page; Lieferant always attaches "
               "contracts; generic wording reuses the quoted thread.  Credential phishing.",
               hdrs=[("In-Reply-To", old_id), ("References", "<4f1e0b9a33c24d7d8e2a6b51c0d9f7a2@AM0PR02MB5521.eurprd02.prod.outlook.com> " + old_id)])


def a_payroll():
    body = """Hallo Monika,

ich habe mein Gehaltskonto gewechselt und wollte dich bitten, ab der Novemberabrechnung die neue Bankverbindung zu verwenden:

Kontoinhaberin: Julia Neumann
IBAN: %s
BIC: NTSBDEB1XXX (N26)

Das alte Konto bei der Sparkasse löse ich zum Monatsende auf, deshalb wäre es super, wenn es noch diesen Monat klappt. Ich bin die ganze Woche bei Kunden in Österreich unterwegs und komme unterwegs nicht ins Firmenpostfach, daher schreibe ich dir von meiner privaten Adresse.

Kannst du mir kurz Bescheid geben, wenn es eingetragen ist?

Danke dir und liebe Grüße
Julia""" % F(BANK["fake_payroll"])
    return Msg("gehaltskonto-aenderung", ("Julia Neumann", "julia.neumann.87@gmx.de"), [S("schaefer")],
               "Neue Bankverbindung für mein Gehalt", "2026-11-16 19:42:10",
               text(body, "UTF-8", "quoted-printable", quote_cs=False), X.GMX_,
               "Payroll diversion: 'Julia Neumann' (sales) asks HR from a GMX address to pay her November salary to a "
               "new N26 account.",
               "Free-mail address not on file for the employee, request to change salary account by e-mail outside the "
               "HR self-service, time pressure before the payroll run, excuse for not using the company mailbox; "
               "classic payroll-diversion script.")


def a_register():
    body = """Sehr geehrte Damen und Herren,

für die Aktualisierung Ihres Eintrags im Deutschen Firmenregister für das Geschäftsjahr 2027 übersenden wir Ihnen anbei den Eintragungsantrag mit den bei uns hinterlegten Firmendaten.

Firma: Example Group AG
Anschrift: Rheinstraße 41, 56235 Ransbach-Baumbach
Branche: Herstellung von keramischen Wand- und Bodenfliesen
Aktenzeichen: DFR-2026-448173

Bitte prüfen Sie die Angaben und senden Sie uns den Antrag unterschrieben zurück oder überweisen Sie den ausgewiesenen Betrag unter Angabe des Aktenzeichens. Die Eintragung wird nach Zahlungseingang innerhalb von 5 Werktagen veröffentlicht.

Mit freundlichen Grüßen
Eintragungsstelle
DFR Deutsches Firmenregister"""
    pdfb = pdf_bytes([
        ("DFR Deutsches Firmenregister", 16, True), "Eintragungsstelle · Friedrichstraße 95 · 10117 Berlin", "",
        "Example Group AG", "Rheinstraße 41", "56235 Ransbach-Baumbach", "",
        ("EINTRAGUNGSANTRAG / RECHNUNG", 14, True), "Aktenzeichen: DFR-2026-448173          Datum: 27.10.2026", "",
        "Eintragung der Firmendaten im Deutschen Firmenregister, Geschäftsjahr 2027", "",
        "Firma: Example Group AG", "Registergericht: Amtsgericht Montabaur", "Branche: Herstellung keramischer Fliesen",
        "", "Jahresbeitrag Eintragung Premium                         1.198,00 EUR",
        "zzgl. 19 % USt.                                            227,62 EUR",
        ("Zahlbetrag                                               1.425,62 EUR", 11, True), "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug auf:",
        "IBAN " + F(BANK["fake_register"]) + "   BIC HYVEDEMMXXX",
        "Verwendungszweck: DFR-2026-448173", "",
        ("Hinweis: Dies ist ein Angebot. Mit Unterschrift oder Zahlung kommt ein Vertrag über die Eintragung in das", 7),
        ("private Online-Verzeichnis www.dfr-firmenregister.de mit einer Mindestlaufzeit von drei Jahren zustande.", 7),
        ("Keine Verbindung zum amtlichen Handelsregister. USt-IdNr. " + TAX["fake_register"], 7)],
        "Eintragungsantrag DFR-2026-448173", producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
        date="D:20261027080211+01'00'")
    m = Msg("firmenregister-eintragungsantrag", ("DFR Deutsches Firmenregister", "eintragung@dfr-firmenregister.de"),
            [S("weiss")], "Eintragungsantrag Firmendaten 2027 – Example Group AG – Az. DFR-2026-448173",
            "2026-10-27 08:02:55", mime.Multi("mixed", [alt(body, "utf-8", style="simple"),
                                                        att(pdfb, "application/pdf", "DFR_Eintragungsantrag_448173.pdf")]),
            Mailgun("mg.dfr-firmenregister.de"),
            "Fake register 'invoice': an 'application/invoice' for an entry in a 'Deutsches Firmenregister' with "
            "EUR 1,425.62 payable, PDF attached.",
            "Address-book fraud: designed to look like an official register fee; the fine print makes payment or "
            "signature a 3-year contract for a worthless private directory; no relation to the Handelsregister; "
            "unsolicited, bulk-sent via Mailgun.",
            env_from="bounce+3f2a91.9c04e1-juergen.weiss=example.com@mg.dfr-firmenregister.de")
    return m


def a_docusign_html():
    page = cred_page("DocuSign – Dokument anzeigen", "DocuSign", "#1b3a8f", "andrea.fuchs@example.com",
                     "https://esign-docview.net/eu/auth/verify.php?e=andrea.fuchs%40example.com", lang="de",
                     fields=("Passwort",), intro="Preisanpassung_2027_Example_Group.pdf (2 Seiten)\n"
                     "Bitte bestätigen Sie Ihr E-Mail-Konto, um das Dokument zu öffnen und zu unterzeichnen.",
                     button="Dokument anzeigen")
    body = """Guten Tag,

Fliesen Schneider GmbH hat Ihnen über DocuSign ein Dokument zur Prüfung und elektronischen Unterzeichnung gesendet:

**Preisanpassung 2027 – Example Group AG**

Aus Datenschutzgründen ist das Dokument als gesicherte Datei angehängt. Öffnen Sie den Anhang und melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an, um das Dokument anzuzeigen.

Frist zur Unterzeichnung: 30.10.2026

Mit freundlichen Grüßen
Fliesen Schneider GmbH
über DocuSign Electronic Signature Service"""
    relay = X.cpanel("s142.webhosting-koblenz.de", "185.117.90.142", tz="CET", client_ip="45.86.201.77")
    relay["client_helo"] = "[127.0.0.1]"
    return Msg("docusign-html-anhang", ("DocuSign über Fliesen Schneider", "info@fliesen-schneider-koblenz.de"),
               [S("fuchs")], "Bitte prüfen und unterzeichnen: Preisanpassung 2027 – Example Group AG",
               "2026-10-28 11:14:09",
               mime.Multi("mixed", [alt(body, "UTF-8", style="simple", quote_cs=False),
                                    mime.Bin(page.encode("utf-8"), "text/html", "Preisanpassung_2027_DocuSign.html",
                                             ct_params="charset=UTF-8")]),
               EximWebmail("fliesen-schneider-koblenz.de", relay, version="1.6.7"),
               "DocuSign-themed credential phishing from the compromised webmail of a small tiling firm; the "
               "'document' is an HTML attachment with a login form.",
               "DocuSign never delivers documents as HTML attachments from third-party domains; the attached page asks "
               "for the mailbox password and posts it to esign-docview.net; the webmail login came from a VPN IP "
               "(45.86.201.77); no prior relationship about a price adjustment.")


def a_device_code():
    body = """Sehr geehrte Frau Neumann,

vielen Dank für Ihre Voranmeldung als Aussteller zur BAU 2027 in München. Für die finale Zuteilung der Standflächen in Halle B5 (Fliesen & Keramik) führen wir derzeit mit allen Ausstellern kurze Abstimmungsgespräche.

Für Sie habe ich folgenden Termin reserviert:
Donnerstag, 12. November 2026, 10:30–11:00 Uhr (Microsoft Teams)

Falls Sie ohne Teams-Client über den Browser teilnehmen, melden Sie sich bitte vorab unter [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]] an und geben Sie dort den Besprechungscode ein:

Besprechungscode: **GVN7R2KXQ**

Der Code ist aus Sicherheitsgründen nur 15 Minuten gültig. Sollte er abgelaufen sein, antworten Sie einfach auf diese E-Mail, ich sende Ihnen dann einen neuen.

Bitte halten Sie den gewünschten Standplan und die Anzahl der Ausstellerausweise bereit.

Mit freundlichen Grüßen

Katrin Lorenz
Ausstellerservice BAU 2027
Messe-Ausstellerservice GmbH
Tel. +49 89 2154 6630"""
    return Msg("device-code-bau2027", ("Katrin Lorenz | BAU 2027 Ausstellerservice", "k.lorenz@bau-messe-aussteller.de"),
               [S("neumann")], "BAU 2027 – Abstimmung Standfläche Halle B5 (Teams-Besprechung)", "2026-11-11 15:03:48",
               alt(body, "UTF-8", style="simple", quote_cs=False), Zoho("bau-messe-aussteller.de"),
               "Device-code phishing: a 'trade fair exhibitor service' invites to a Teams call and asks to enter a "
               "code at microsoft.com/devicelogin.",
               "The URL is genuinely Microsoft's, but the code was generated by the attacker: entering it signs the "
               "attacker's session in with the victim's Microsoft 365 account (token theft, bypasses MFA).  Teams "
               "meetings never need device codes; sender domain is not the fair organiser's; short validity to "
               "rush the victim.")


def ATTACK():
    return [a_ceo_fraud(), a_lieferant_bank(), a_elster_qr(), a_thread_hijack(), a_payroll(), a_register(),
            a_docusign_html(), a_device_code()]


# ======================================================================= business

def b_ceo_payment():
    body = """Hallo Sabine,

kurz vor meinem Abflug nach Bologna: Für den neuen Rollenofen der Linie 3 ist laut Vertrag mit Forni Industriali Emiliani die zweite Anzahlung (30 %%, 412.800,00 EUR) bis morgen fällig. Die Rechnung liegt seit letzter Woche im Rechnungseingang (Beleg 5100384712, Bestellung 4500219873), der Investitionsantrag wurde im Vorstand am 6. Oktober beschlossen.

Bitte sorg dafür, dass die Zahlung heute im normalen Zahlungslauf mit Vier-Augen-Freigabe rausgeht – an die Bankverbindung aus dem Kreditorenstamm. Wenn wir den Termin reißen, verschiebt sich der Liefertermin laut Vertrag um acht Wochen und wir verpassen das Anfahren im Februar.

Falls etwas fehlt, ruf mich bis 9:30 Uhr auf dem Handy an oder sprich mit Andrea.

Danke und Gruß
Klaus

Dr. Klaus Becker
Vorstandsvorsitzender
Example Group AG | Rheinstraße 41 | 56235 Ransbach-Baumbach
Tel. +49 2623 8804-100"""
    return Msg("ceo-dringende-anzahlung-rollenofen", S("becker"), [S("krueger")],
               "Dringend: Anzahlung Rollenofen Linie 3 – heute freigeben", "2026-10-20 07:58:31",
               alt(body.replace("%%", "%"), "iso-8859-1"), X.INT["HQ"],
               "The CEO's genuine urgent request to release the second down payment for a kiln today.",
               "Internal relay path (EXMBX01 → mail-int01 → mx01); references an invoice already in the system, the "
               "PO and a board resolution; explicitly normal payment run with two approvals and master-data bank "
               "details; offers phone contact; no secrecy.", cc=[S("fuchs")],
               pair=(["ceo-fraud-projekt-fiorano"], "urgent CEO payment request; genuine one goes through the internal relay and normal approval"))


def b_lieferant_bank_change():
    body = """Sehr geehrter Herr Weiß,
sehr geehrte Damen und Herren,

wie bereits in unserem Kundenschreiben vom Oktober angekündigt, bündeln wir unseren Zahlungsverkehr ab dem 1. Januar 2027 bei der Sparkasse Westerwald-Sieg. Das von beiden Geschäftsführern unterzeichnete Schreiben mit der neuen Bankverbindung finden Sie im Anhang; das Original erhalten Sie zusätzlich per Post.

Bitte beachten Sie:
- Bis einschließlich 31.12.2026 bleibt unsere bisherige Verbindung bei der Westerwald Bank unverändert gültig. Bitte begleichen Sie Rechnungen aus 2026 wie gewohnt.
- Rechnungen ab Januar 2027 tragen die neue IBAN im Rechnungsfuß.
- Bitte verifizieren Sie die Änderung vor der Umstellung telefonisch über unsere Ihnen bekannte Zentrale (+49 2602 9187-0) oder über Herrn Maier. Wir werden Sie niemals per E-Mail auffordern, bereits fällige Zahlungen kurzfristig auf ein anderes Konto umzuleiten.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Petra Lang
Leitung Finanzen & Rechnungswesen

Lieferant GmbH
Industriestraße 18 · 56410 Montabaur
Tel. +49 2602 9187-40
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de
Sitz Montabaur · Amtsgericht Montabaur HRB 21874 · Geschäftsführer: Ralf Hensel, Dr. Anja Seibert"""
    letter = pdf_bytes([
        ("Lieferant GmbH", 16, True), "Industriestraße 18 · 56410 Montabaur · Tel. +49 2602 9187-0", "",
        "Example Group AG", "Rheinstraße 41", "56235 Ransbach-Baumbach", "", "Montabaur, 10. November 2026", "",
        ("Änderung unserer Bankverbindung zum 1. Januar 2027", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "ab dem 1. Januar 2027 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:", "",
        "Kreditinstitut: Sparkasse Westerwald-Sieg", "Kontoinhaber: Lieferant GmbH",
        "IBAN: " + F(BANK["lieferant_new"]), "BIC: MALADE51AKI", "",
        "Bis zum 31. Dezember 2026 gilt unverändert unsere bisherige Verbindung:",
        "Westerwald Bank eG, IBAN " + F(BANK["lieferant_old"]) + ", BIC GENODE51WW1", "",
        "Bitte bestätigen Sie die Änderung telefonisch unter +49 2602 9187-0, bevor Sie Ihre Stammdaten anpassen.", "",
        "Mit freundlichen Grüßen", "", "Ralf Hensel                         Dr. Anja Seibert",
        "Geschäftsführer                    Geschäftsführerin", "",
        "USt-IdNr. " + TAX["lieferant"] + " · Amtsgericht Montabaur HRB 21874"],
        "Bankverbindung 2027", author="Lang, Petra", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261110091102+01'00'")
    return Msg("lieferant-bankverbindung-2027", ("Petra Lang", "p.lang@lieferant-gmbh.de"), [S("weiss")],
               "Änderung unserer Bankverbindung zum 01.01.2027", "2026-11-10 10:14:22",
               mime.Multi("mixed", [alt(body, "iso-8859-1"),
                                    att(letter, "application/pdf", "Lieferant_GmbH_Bankverbindung_2027.pdf", style="outlook",
                                        when="Tue, 10 Nov 2026 09:12:40 GMT")]),
               X.LIEFERANT,
               "Lieferant GmbH's finance lead announces a new bank account effective 1 January 2027, letter signed by "
               "both managing directors attached.",
               "Real domain and the supplier's usual Microsoft 365 tenant; weeks of notice, old account stays valid for "
               "all 2026 invoices, asks the customer to verify by phone via known numbers, post copy; account at the "
               "regional savings bank (BIC MALADE51AKI).", cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
               pair=(["lieferant-neue-bankverbindung"], "same supplier, same topic (bank details); genuine one is on the real domain, gives notice and asks for phone verification"))


def b_lieferant_invoice():
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung 9010046230 vom 03.11.2026 zu Lieferschein 8011457 (Ihre Bestellung 4500221407).

Rechnungsbetrag: 27.383,21 EUR
Zahlungsziel: 03.12.2026 netto, bei Zahlung bis 13.11.2026 2 %% Skonto

Die Rechnung ist als PDF beigefügt. Die strukturierten Rechnungsdaten (ZUGFeRD 2.3, Profil EN 16931) sind in der PDF-Datei eingebettet.

Bankverbindung: Westerwald Bank eG, IBAN %s, BIC GENODE51WW1

Diese E-Mail wurde automatisch erzeugt. Bei Fragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder +49 2602 9187-45.

Mit freundlichen Grüßen
Lieferant GmbH – Buchhaltung""" % F(BANK["lieferant_old"])
    inv = pdf_bytes([
        ("Lieferant GmbH", 16, True), "Industriestraße 18 · 56410 Montabaur", "",
        "Example Group AG · Rheinstraße 41 · 56235 Ransbach-Baumbach", "",
        ("Rechnung 9010046230", 14, True), "Rechnungsdatum: 03.11.2026   Kunden-Nr.: 100482   Lieferschein: 8011457",
        "Ihre Bestellung: 4500221407 vom 12.10.2026", "",
        "Pos  Material                          Menge      Preis/t      Betrag",
        "10   Fritte FR-214 transparent          12,000 t     842,00    10.104,00",
        "20   Zirkonsilikat ZS-5 mikronisiert     6,000 t   1.718,50    10.311,00",
        "30   Natronfeldspat NF-170             6,480 t     135,20       876,10", "",
        "Warenwert netto                                          21.291,10 EUR",
        "Frachtpauschale                                           1.720,00 EUR",
        "USt. 19 %                                                 4.372,11 EUR",
        ("Rechnungsbetrag                                          27.383,21 EUR", 11, True), "",
        "Zahlbar bis 03.12.2026 netto; bis 13.11.2026 abzüglich 2 % Skonto.",
        "Westerwald Bank eG · IBAN " + F(BANK["lieferant_old"]) + " · BIC GENODE51WW1",
        "USt-IdNr. " + TAX["lieferant"] + " · Ihre USt-IdNr. " + TAX["example_de"]],
        "Rechnung 9010046230", creator="SAP NetWeaver 7.58", producer="SAP NetWeaver 7.58 / Adobe Document Services",
        date="D:20261103061502+01'00'")
    return Msg("lieferant-rechnung-9010046230", ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("weiss")],
               "Rechnung 9010046230 – Lieferschein 8011457 – Kunden-Nr. 100482", "2026-11-03 06:15:04",
               mime.Multi("mixed", [text(body, "iso-8859-15", "quoted-printable"),
                                    att(inv, "application/pdf", "Rechnung_9010046230.pdf")]),
               X.LIEFERANT_SAP,
               "Automated invoice from Lieferant GmbH's SAP system with the invoice PDF.",
               "Real domain, sent by the SAP host through Lieferant's Microsoft 365 tenant; matches a real PO and delivery "
               "note; the bank account is the long-standing one.", tz="CET",
               pair=(["lieferant-neue-bankverbindung"], "invoice from the same supplier; shows the unchanged old IBAN"))


def b_lieferant_reminder():
    body = """Hallo Herr Böhm,

leider sind trotz unserer zweiten Mahnung vom 30.10. die folgenden Rechnungen weiterhin offen:

RE 9010045211 vom 14.09.2026 – 38.416,20 EUR (fällig seit 14.10.)
RE 9010045587 vom 28.09.2026 – 21.093,75 EUR (fällig seit 28.10.)

Unser Kreditversicherer hat das Limit für Example Group wegen der Überfälligkeit bereits gekürzt. Wenn die Beträge nicht bis Donnerstag, 19.11.2026, bei uns eingehen, müssen wir die Lieferungen ab dem 20.11. leider auf Vorkasse umstellen – das betrifft auch die zwei Silozüge Fritte für KW 48.

Die Bankverbindung ist unverändert (Westerwald Bank, IBAN %s). Falls es auf Ihrer Seite Rückfragen oder Reklamationen zu den Rechnungen gibt, rufen Sie mich bitte an, dann finden wir eine Lösung.

%s""" % (F(BANK["lieferant_old"]), SIG_LIEFERANT_MAIER)
    return Msg("lieferant-mahnung-liefersperre", ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S("boehm")],
               "Dringend: überfällige Rechnungen – Umstellung auf Vorkasse ab 20.11.2026", "2026-11-13 11:40:18",
               alt(body, "iso-8859-1"), X.LIEFERANT,
               "Stefan Maier of Lieferant GmbH warns that overdue invoices will lead to prepayment-only deliveries.",
               "Real domain and tenant, same infrastructure as the supplier's other mail; threatens a supply stop but "
               "asks for payment to the unchanged, known account and invites a phone call; invoice numbers match the "
               "supplier's ledger.", cc=[S("weiss"), ("Petra Lang", "p.lang@lieferant-gmbh.de")],
               pair=(["threadhijack-lieferant-datenraum", "lieferant-neue-bankverbindung"],
                     "same sender mailbox as the hijack and same overdue invoices as the bank-change fraud; urgent, but no new account and no link"))


def b_sick_note():
    body = """Hallo Frau Schäfer,

ich liege mit einer Grippe flach und bin laut Hausarzt bis einschließlich Freitag, 20.11., krankgeschrieben. Die eAU hat die Praxis heute an die TK übermittelt, Sie können sie wie üblich abrufen.

Mein Laptop steht im Büro, deshalb schreibe ich von meiner privaten Adresse. Dringende Einkaufsthemen übernimmt Frau Koch bzw. Herr Maier von Lieferant hat die Handynummer von Frau Krüger, falls es bei der Fritte-Lieferung klemmt.

Viele Grüße
Dirk Böhm"""
    return Msg("krankmeldung-privatadresse", ("Dirk Böhm", "dirk.boehm@web.de"), [S("schaefer")],
               "Krankmeldung Dirk Böhm 16.–20.11.", "2026-11-16 07:12:45",
               text(body, "UTF-8", "quoted-printable", quote_cs=False), X.WEBDE,
               "An employee reports sick from his private web.de address.",
               "Private address used only to inform; no request for data or money changes, refers to the normal "
               "electronic sick note (eAU) process, plausible internal details.", cc=[S("krueger")],
               pair=(["gehaltskonto-aenderung"], "colleague writing to HR from a private free-mail address; genuine one asks for nothing"))


def b_elster():
    body = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen:

Art: Bescheinigung / Mitteilung der Finanzverwaltung
Betreff: Bescheid über Umsatzsteuer-Vorauszahlung 09/2026
Eingang: 09.11.2026

Bitte melden Sie sich wie gewohnt in Mein ELSTER an, um die Nachricht abzurufen.

Hinweis: Aus Sicherheitsgründen enthalten E-Mails von ELSTER keine Links zur Anmeldung und keine Anhänge. Geben Sie Ihre Zugangsdaten nur auf www.elster.de ein.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr ELSTER-Team"""
    svc = Service(connect=("mailout02.elster.de", "mailout02.elster.de", "193.109.238.82"),
                  hops=lambda m, t: (["Received: from elsterweb-prod-17.elster.local (unknown [10.84.17.17])\n\tby mailout02.elster.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                                      % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "CET", comment=True))], t + timedelta(seconds=1)),
                  msgid=lambda m: "<%d.%d.%d.JavaMail.elster@elsterweb-prod-17>" % (
                      m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 4, 10 ** 5), int(m.utc.timestamp() * 1000)),
                  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__"],
                  hcs=("UTF-8", "Q", "UTF-8"))
    return Msg("elster-neue-nachricht", ("ELSTER", "noreply@elster.de"), [S("koch")],
               "ELSTER: Neue Nachricht in Ihrem Postfach", "2026-11-09 18:03:11",
               text(body, "UTF-8", "quoted-printable"), svc,
               "ELSTER's genuine notice that a new message is waiting in the tax portal mailbox.",
               "Real elster.de sender and mail host; no link, no QR code, no attachment; tells the user to log in "
               "as usual.", env_from="bounce@elster.de",
               pair=(["elster-zertifikat-qr"], "same brand; genuine notice carries no link, code or deadline"))


def b_docusign():
    env = "9f3c2a71-4b8e-4d1a-b6c5-2e7f90a13d54"
    url = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=3b7e8d40-11c2-4a9f-9e66-58d0a1f2c7b3&er=c41f7a2e-6d93-4b05-8a1e-7f2b9c0d3e61" % env)
    blocks = ["Holger Brandt hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.",
              "**Holger Brandt**\nh.brandt@fliesen-rheinmain.de",
              "Hallo Frau Neumann,\nwie am Telefon besprochen, anbei der Rahmenliefervertrag 2027 mit den "
              "vereinbarten Staffelpreisen für die Serien Terra und Calce. Bitte gegenzeichnen, dann kann unser "
              "Einkauf die Abrufe für Januar einplanen.\nViele Grüße, Holger Brandt"]
    footer = ("Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den "
              "Zugriffscode nicht an andere weiter.\nAlternative Signaturmethode: Besuchen Sie Docusign.com, klicken Sie "
              "auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein: 8D4E2B17A6C94F3B9E1D0C7A52F8B6E31\n"
              "Über Docusign: Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Sicher. Egal ob Sie im "
              "Büro, zu Hause oder unterwegs sind.")
    body = brand_alt("Holger Brandt hat Ihnen ein Dokument zum Unterzeichnen gesendet", blocks,
                     ("DOKUMENT PRÜFEN", url), footer, charset="utf-8", cte="quoted-printable",
                     brand="Docusign", color="#4c00ff", lang="de")
    svc = Service(connect=("mailfra.eu.docusign.net", "mailfra.eu.docusign.net", "185.81.101.52"),
                  hops=lambda m, t: (["Received: from docusign.net (localhost [127.0.0.1])\n\tby mailfra.eu.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                                      % (hexs(m.rng, 11, True), m.rcpt, rdate(t, "UTC", comment=True))], t + timedelta(seconds=1)),
                  msgid=lambda m: "<%s@docusign.net>" % hexs(m.rng, 32),
                  extra=[("X-API-Host", "docusign.net"), ("X-Mailer", "Docusign")],
                  order=["Reply-To", "From", "To", "Message-ID", "Date", "Subject", "MIME-Version", "__CT__", "X-API-Host", "X-Mailer"],
                  hcs=("utf-8", "Q", "utf-8"), date_zone="UTC")
    return Msg("docusign-rahmenliefervertrag", ("Holger Brandt über Docusign", "dse@eumail.docusign.net"), [S("neumann")],
               "Bitte unterzeichnen Sie mit Docusign: Rahmenliefervertrag 2027 Fliesen Rhein-Main – Example Group",
               "2026-11-18 09:26:40", body, svc,
               "Genuine DocuSign envelope from a customer's purchaser for the 2027 supply framework agreement.",
               "Sent by DocuSign's EU mail platform (dse@eumail.docusign.net), link to eu.docusign.net, security "
               "code footer; Reply-To is the known customer contact; matches a phone agreement.",
               reply_to=("Holger Brandt", "h.brandt@fliesen-rheinmain.de"),
               env_from="bounces+%s@eumail.docusign.net" % env.replace("-", "")[:20],
               pair=(["docusign-html-anhang"], "DocuSign envelope; genuine one links to docusign.net and has no attachment"))


def b_it_warning():
    body = """Liebe Kolleginnen und Kollegen,

seit einigen Tagen erreichen uns vermehrt Phishing-E-Mails, die einen QR-Code enthalten. Angebliche Absender sind u. a. ELSTER („Ihr Organisationszertifikat läuft ab“), Banken („Aktivierung des neuen TAN-Verfahrens“) und DocuSign. Der QR-Code soll mit dem Smartphone gescannt werden – damit landen Sie auf einer gefälschten Anmeldeseite, auf der weder unser Filter noch Ihr Firmen-PC Sie schützt.

Bitte beachten Sie:
- Scannen Sie keine QR-Codes aus E-Mails, um sich irgendwo anzumelden.
- ELSTER, Banken und Microsoft fordern Sie niemals per E-Mail auf, Zertifikate, Passwörter oder TAN-Verfahren über einen QR-Code zu „verlängern“.
- Wenn Sie unsicher sind, melden Sie die E-Mail über die Schaltfläche „Phishing melden“ in Outlook oder leiten Sie sie an [[security@example.com|mailto:security@example.com]] weiter.
- Falls Sie bereits Zugangsdaten eingegeben haben: sofort die IT-Hotline (Durchwahl -444) anrufen. Das ist kein Grund zur Sorge, je schneller wir reagieren, desto besser.

Vielen Dank für Ihre Aufmerksamkeit!

Markus Vogel
IT-Sicherheit | Example Group AG
Tel. +49 2623 8804-444"""
    return Msg("it-sicherheitshinweis-qr-phishing", S("vogel"), [LISTS["alle"]],
               "Sicherheitshinweis: Phishing-Welle mit QR-Codes (ELSTER, Banken, DocuSign)", "2026-10-23 13:30:02",
               alt(body, "utf-8"), X.INT["HQ_SEC"],
               "IT security's internal warning to all HQ staff about QR-code phishing.",
               "Internal relay path from the IT security officer; informative, asks users to report, contains only a "
               "mailto link; no credentials requested.", rcpt=S("koch")[1],
               pair=(["elster-zertifikat-qr"], "same vocabulary (ELSTER, QR code, certificate, phishing); genuine internal awareness mail"))


def BUSINESS():
    return [b_ceo_payment(), b_lieferant_bank_change(), b_lieferant_invoice(), b_lieferant_reminder(), b_sick_note(),
            b_elster(), b_docusign(), b_it_warning()]
