"""Genuine business messages, German (8)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S

OUTLOOK_DE = "Microsoft Outlook 16.0"


def M(**kw):
    kw.setdefault("lang", "de")
    return kw


def b01():
    epc = "\n".join(["BCD", "002", "1", "SCT", "WELADED1SIE", "Lieferant GmbH", F.LIEFERANT_OLD, "EUR14862.30", "", "",
                     "RE-2026-10388 Kd 20417"])
    png = K.qr_png_bytes(epc, "M", 4)
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10388 vom 14.10.2026 über 14.862,30 € zu Ihrer Bestellung 4500187732 (Lieferschein LS-2026-22914).

Zahlbar bis 13.11.2026 ohne Abzug oder bis 24.10.2026 mit 2 %% Skonto. Für die Überweisung können Sie den GiroCode mit Ihrer Banking-App scannen:

{{img:girocode-10388|GiroCode RE-2026-10388}}

Unsere Bankverbindung: Sparkasse Siegen, IBAN %s, BIC WELADED1SIE

Mit freundlichen Grüßen
Ihre Buchhaltung
Lieferant GmbH
Industriestraße 14 · 57078 Siegen · Tel. +49 271 48859-0
Amtsgericht Siegen HRB 6214 · USt-IdNr. %s
""" % (iban_fmt(F.LIEFERANT_OLD), F.LIEFERANT_USTID)
    lines = ["# Lieferant GmbH", "Industriestraße 14 · 57078 Siegen", "---", "",
             "Example Group SE", "Kreditorenbuchhaltung", "Heerdter Lohweg 212", "40549 Düsseldorf", "",
             "## Rechnung RE-2026-10388", "Rechnungsdatum: 14.10.2026     Kunden-Nr.: 20417     Ihre Bestellung: 4500187732",
             "Lieferschein: LS-2026-22914 vom 12.10.2026     Ihre USt-IdNr.: " + F.EXAMPLE_USTID, "",
             "Pos  Artikel                                         Menge    E-Preis      Gesamt",
             "1    Vertikalrahmen Stahl 0,73 x 2,00 m              120 St     48,90     5.868,00",
             "2    Stahlboden 0,32 x 3,07 m                        180 St     27,40     4.932,00",
             "3    Geländerholm 3,07 m                             140 St      9,85     1.379,00",
             "---", "Nettobetrag                                                           12.179,00",
             "zzgl. 19 % USt.                                                        2.314,01",
             "Fracht (Sammelladung Düsseldorf)                                         369,29",
             "Rechnungsbetrag                                                     14.862,30 EUR", "",
             "Zahlbar bis 13.11.2026 ohne Abzug, bis 24.10.2026 mit 2 % Skonto.",
             "Bankverbindung: Sparkasse Siegen · IBAN " + iban_fmt(F.LIEFERANT_OLD) + " · BIC WELADED1SIE", "",
             "Amtsgericht Siegen HRB 6214 · USt-IdNr. " + F.LIEFERANT_USTID + " · Geschäftsführer: Dipl.-Ing. Rainer Lang, Tobias Hering"]
    body = K.mixed(K.related(K.alt(text, "iso-8859-15", "quoted-printable", "mail", "de", title="Rechnung", label="ISO-8859-15"),
                             K.inline_png(png, "girocode_RE-2026-10388.png", "girocode-10388")),
                   K.pdf_att("RE-2026-10388.pdf", lines, producer="PDFlib+PDI 9.3.1 (Win64)", creator="proALPHA Belegdruck",
                             created="D:20261014081507+02'00'", title="Rechnung RE-2026-10388"))
    return M(
        slug="lieferant-rechnung-girocode",
        what="Invoice RE-2026-10388 from Lieferant GmbH's ERP with PDF and an inline GiroCode (EPC payment QR) for the known account.",
        why="Real supplier domain and mail server (own Postfix, ERP host inside their network); invoice matches an existing PO and delivery note; bank account is the long-standing one in the vendor master; the QR code is a standard EPC069-12 SEPA payment code, not a link.",
        hn=([5, 2], "Contains a QR code like the quishing mail, but it is an EPC payment code with the known IBAN; same supplier as the bank-change fraud but from its real domain/server with unchanged bank details."),
        to=("Kreditorenbuchhaltung Example Group", "kreditoren@example.com"), rcpt=S["ap"].addr,
        frm=("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
        subject="Rechnung RE-2026-10388 - Lieferant GmbH - Kd.-Nr. 20417", hcs="iso-8859-15", henc="Q",
        when=(10, 14, 8, 16), zone="DE",
        infra=lambda c: I.service_postfix(c, "mail.lieferant-gmbh.de", "88.99.148.21", order="generic", script_host="erp01.lieferant-gmbh.local"),
        body=body,
    )


def b02():
    text = """Sehr geehrter Herr Weiß,

wie im Jahresgespräch mit Herrn Groß bereits angekündigt, wechseln wir zum 1. Januar 2027 unsere Hausbank. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu.

Die wichtigsten Punkte:
- Neue Bankverbindung ab 01.01.2027: Volksbank in Südwestfalen eG, IBAN %s, BIC GENODEM1NRD
- Unser bisheriges Konto bei der Sparkasse Siegen bleibt bis einschließlich 31.03.2027 bestehen; Zahlungen dorthin werden weiterhin korrekt verbucht.
- Bitte ändern Sie Ihre Stammdaten erst nach telefonischer Rückbestätigung mit unserer Buchhaltung unter der Ihnen bekannten Rufnummer 0271 48859-0 (Frau Melzer oder Herr Dietrich).

Wir werden Sie niemals per E-Mail bitten, offene Rechnungen kurzfristig auf ein anderes Konto zu überweisen. Sollten Sie eine solche Nachricht in unserem Namen erhalten, informieren Sie uns bitte.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst

Lieferant GmbH
Industriestraße 14 · 57078 Siegen
Tel. +49 271 48859-214
www.lieferant-gmbh.de
""" % iban_fmt(F.LIEFERANT_NEW)
    lines = ["# Lieferant GmbH", "Industriestraße 14 · 57078 Siegen", "---", "",
             "Example Group SE", "Heerdter Lohweg 212", "40549 Düsseldorf", "", "Siegen, 13. November 2026", "",
             "## Wechsel unserer Bankverbindung zum 1. Januar 2027", "",
             "Sehr geehrte Damen und Herren,", "",
             "zum 1. Januar 2027 führen wir unseren Zahlungsverkehr über folgende Verbindung:", "",
             "Kreditinstitut: Volksbank in Südwestfalen eG", "IBAN: " + iban_fmt(F.LIEFERANT_NEW), "BIC: GENODEM1NRD", "",
             "Das bisherige Konto bei der Sparkasse Siegen (IBAN " + iban_fmt(F.LIEFERANT_OLD) + ") bleibt bis",
             "zum 31. März 2027 bestehen. Bitte bestätigen Sie die Änderung vor der Umstellung telefonisch",
             "mit unserer Buchhaltung unter 0271 48859-0.", "",
             "Mit freundlichen Grüßen", "", "Dipl.-Ing. Rainer Lang                 Tobias Hering",
             "Geschäftsführer                        Geschäftsführer", "",
             "---", "Amtsgericht Siegen HRB 6214 · USt-IdNr. " + F.LIEFERANT_USTID]
    return M(
        slug="lieferant-bankwechsel-angekuendigt",
        what="Lieferant GmbH (Petra Lang) announces a change of house bank from 1 Jan 2027 with a signed letter; old account stays open until 31 Mar 2027.",
        why="Sent from the supplier's real domain and server by the known contact through her usual Outlook client; long lead time, old account remains valid, new account at a German cooperative bank, explicit call-back to the known phone number, letter also by post.",
        hn=([2], "Same topic (supplier bank change) but real domain and infrastructure, months of notice, German bank, insists on telephone verification instead of e-mail confirmation and does not push open invoices."),
        to=S["ap"], cc=[S["proc"]], frm=("Petra Lang", "p.lang@lieferant-gmbh.de"),
        subject="Wechsel unserer Bankverbindung zum 01.01.2027", hcs="windows-1252", henc="Q",
        when=(11, 16, 10, 5), zone="DE",
        infra=lambda c: I.postfix_own(c, "mail.lieferant-gmbh.de", "88.99.148.21", "p57a4d921.dip0.t-ipconnect.de", "87.164.217.33",
                                      mua="outlook", ua=OUTLOOK_DE),
        lang_tag="de",
        body=K.mixed(K.alt(text, "windows-1252", "quoted-printable", "outlook", "de", label="Windows-1252"),
                     K.pdf_att("Schreiben_Bankwechsel_Lieferant_GmbH_2027.pdf", lines, style="outlook",
                               created="D:20261113151244+01'00'", title="Bankwechsel", author="Petra Lang")),
    )


def b03():
    text = """Sabine,

kurze Bitte mit Zeitdruck: Für den Stillstand im Chemiepark Marl (Start 09.11.) brauchen wir die zusätzlichen 38 t Rohre und Kupplungen von Rohrwerk Sauerland. Rohrwerk liefert wegen der aktuellen Auslastung nur gegen 30 %% Anzahlung, das sind 41.250,00 EUR netto. Die Auftragsbestätigung AB-26-4471 hängt an der Bestellung 4500188204 in SAP, Markus hat die BANF heute freigegeben, meine Freigabe ist ebenfalls drin.

Kannst Du dafür sorgen, dass die Anzahlung morgen im normalen Zahllauf mitgeht? Die Bankverbindung ist die bekannte aus dem Kreditorenstamm (Kreditor 70412), da ändert sich nichts. Wenn es morgen nicht klappt, verlieren wir den Liefertermin und müssen Material aus Polen zumieten - das wird deutlich teurer.

Danke und Gruß
Klaus

--
%s
""" % K.sig_exchange(S["ceo"], "+49 211 5047-100")
    return M(
        slug="ceo-dringende-anzahlung-intern",
        what="The CEO asks the CFO (cc procurement and assistant) to include an urgent 30 % deposit to a known supplier in tomorrow's payment run.",
        why="Internal mail through Exchange and mail-int01; refers to a PO and order confirmation in SAP, approvals already in the workflow, payment to the existing vendor-master account, normal payment run, other people in copy - urgent but inside the controls.",
        hn=([1, 28], "Urgent CEO payment request, but from the internal Exchange, to a known supplier account, through the normal workflow and payment run, with colleagues in copy."),
        to=S["cfo"], cc=[S["proc"], S["assist"]], frm=S["ceo"],
        subject="Dringend: Anzahlung Rohrwerk Sauerland für Stillstand Marl", hcs="iso-8859-1", henc="Q",
        when=(10, 29, 17, 12), zone="DE",
        infra=lambda c: I.exchange_onprem_internal(c, "10.20.1.57"),
        body=K.alt(text, "iso-8859-1", "quoted-printable", "outlook", "de"),
    )


def b04():
    text = """Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 15.10.2026 und der 2. Mahnung vom 29.10.2026 sind folgende Rechnungen weiterhin offen:

RE 2026-07731 vom 18.09.2026 – 18.406,20 EUR – fällig seit 18.10.2026
RE 2026-07902 vom 24.09.2026 – 6.118,75 EUR – fällig seit 24.10.2026

Gesamt: 24.524,95 EUR zzgl. Mahngebühr 15,00 EUR

Sollte der Betrag nicht bis zum 20.11.2026 bei uns eingehen, sehen wir uns gezwungen, sämtliche offenen Lieferungen – einschließlich Ihres Abrufs zur Bestellung 4500188204 – zurückzuhalten und Ihr Kreditlimit zu sperren. Weitere Schritte behalten wir uns vor.

Bitte überweisen Sie auf unser Ihnen bekanntes Konto: Sparkasse Mitten im Sauerland, IBAN %s.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Für Rückfragen erreichen Sie Frau Brinkmann unter 02932 8941-35.

Mit freundlichen Grüßen

Heike Brinkmann
Forderungsmanagement
Rohrwerk Sauerland GmbH
Am Rohrwerk 3 · 59759 Arnsberg
""" % iban_fmt(F.ROHRWERK)
    lines = ["# Rohrwerk Sauerland GmbH", "Am Rohrwerk 3 · 59759 Arnsberg", "---", "", "Example Group SE", "Buchhaltung", "Heerdter Lohweg 212",
             "40549 Düsseldorf", "", "Arnsberg, 12.11.2026        Kunden-Nr. 10417", "", "## 3. Mahnung", "",
             "Beleg           Datum         Fällig         Betrag EUR", "RE 2026-07731   18.09.2026    18.10.2026      18.406,20",
             "RE 2026-07902   24.09.2026    24.10.2026       6.118,75", "Mahngebühr                                        15,00",
             "---", "Offener Betrag                                 24.539,95", "",
             "Zahlungsfrist: 20.11.2026. Nach Fristablauf Liefersperre und Sperre des Kreditlimits.",
             "Bankverbindung: IBAN " + iban_fmt(F.ROHRWERK)]
    return M(
        slug="rohrwerk-mahnung-liefersperre",
        what="Third dunning letter from a tube supplier: EUR 24,524.95 overdue, threat of delivery stop and credit-limit block after 20.11.",
        why="Supplier's real domain via its Exchange Online tenant, known contact and phone number, invoices and PO exist, payment to the 'account known to you'; harsh tone is normal dunning practice.",
        hn=([6, 2], "Payment demand with a deadline and threats, like the fake register invoice and the bank-change fraud, but for real invoices, to the unchanged known account, from the supplier's own tenant."),
        to=S["ap"], frm=("Rohrwerk Sauerland GmbH - Forderungsmanagement", "forderungen@rohrwerk-sauerland.de"),
        subject="3. Mahnung / Ankündigung Liefersperre - Kunden-Nr. 10417", hcs="windows-1252", henc="Q",
        when=(11, 12, 14, 40), zone="DE",
        infra=lambda c: I.exo(c, lang="de-DE"),
        body=K.mixed(K.alt(text, "windows-1252", "quoted-printable", "outlook", "de", label="Windows-1252"),
                     K.pdf_att("3_Mahnung_10417_20261112.pdf", lines, style="outlook", producer="Microsoft Dynamics 365 Business Central",
                               creator="Microsoft Dynamics 365 Business Central", created="D:20261112143402+01'00'")),
    )


def b05():
    text = """Sehr geehrter Herr Schäfer,

ich bin gerade auf unserer Baustelle Rheinallee in Krefeld und muss Ihnen leider schreiben, dass die Sache mit dem Fassadengerüst so nicht geht.

1. Die Verankerungen an der Nordseite sind nach unserem Prüfprotokoll in Lage 4 und 5 nicht nach Aufbau- und Verwendungsanleitung gesetzt; der SiGeKo hat das Gerüst heute früh gesperrt.
2. Die zugesagten Konsolen für die Dachdecker fehlen immer noch, obwohl sie für Montag bestätigt waren.
3. Die Freigabe-Kennzeichnung am Aufgang fehlt.

Wir haben dadurch heute zwei Kolonnen stehen. Ich erwarte, dass Ihre Montagekolonne morgen ab 7 Uhr vor Ort ist und die Mängel behebt. Die Stillstandskosten werden wir Ihnen in Rechnung stellen, und die Miete für die Sperrzeit kürzen wir entsprechend.

Rufen Sie mich bitte heute noch an: 0171 4418 302.

Mit freundlichen Grüßen
Uwe Krämer
Geschäftsführer
Krämer & Söhne Bauunternehmung GmbH
Gladbacher Straße 61 · 47805 Krefeld
"""
    return M(
        slug="kunde-reklamation-geruest-gesperrt",
        what="Customer complaint: a general contractor reports a scaffold closed by the safety coordinator, missing brackets, demands a crew tomorrow and announces back-charges.",
        why="Known customer writing from his company's Google Workspace (mail-*.google.com) via his usual client; concrete site details, no link, no attachment, no payment redirection - an angry but genuine operational complaint.",
        to=S["sales"], cc=[S["export"]], frm=("Uwe Krämer", "uwe.kraemer@kraemer-bau.de"),
        subject="Gerüst Rheinallee Krefeld gesperrt - Mängel, sofortige Nacharbeit", hcs="utf-8", henc="Q",
        when=(11, 3, 10, 14), zone="DE",
        infra=lambda c: I.gmail(c, workspace=True),
        body=K.alt(text, "utf-8", "quoted-printable", "gmail", "de"),
    )


def b06():
    text = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen.

Konto: Example Group SE (Organisationszertifikat)
Absender: Finanzamt Düsseldorf-Mitte
Eingang: 05.11.2026

Bitte melden Sie sich wie gewohnt mit Ihrer Zertifikatsdatei unter www.elster.de an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese E-Mail weder Links noch Anhänge.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""
    return M(
        slug="elster-neue-nachricht-postfach",
        what="ELSTER notification: a new message from the tax office is waiting in the ELSTER mailbox.",
        why="Sent by ELSTER's own mail system; informative only, no link and no attachment, tells the user to log in as usual at www.elster.de - exactly how the real service notifies.",
        hn=([3], "Same sender brand and recipient as the ELSTER/MUK phishing, but no link, no deadline, no request for certificate or PIN, real infrastructure."),
        to=S["ar"], frm=("ELSTER", "noreply@elster.de"),
        subject="Neue Nachricht in Ihrem ELSTER-Postfach", hcs="iso-8859-1", henc="Q",
        when=(11, 5, 6, 32), zone="DE",
        infra=lambda c: I.service_postfix(c, "mailout2.elster.de", "193.109.238.72", order="generic", script_host="nachrichtendienst03.elster.de"),
        body=K.plain(text, "iso-8859-1", "quoted-printable"),
    )


def b07():
    text = """Guten Tag,

Ihr Suchagent "Gerüstbau NRW" hat 3 neue Bekanntmachungen gefunden:

1. Gerüstarbeiten - Sanierung Gesamtschule Neuss-Nord (Offenes Verfahren, VOB/A)
Vergabestelle: Stadt Neuss, Zentrale Vergabestelle - Angebotsfrist: 03.12.2026
[[Zur Bekanntmachung|https://www.dtvp.de/Satellite/notice/CXP4YH7R2QK/documents]]

2. Rahmenvertrag Gerüststellung 2027-2029, Lose 1-3 (EU-weit, VgV)
Vergabestelle: Universitätsklinikum Essen AöR - Angebotsfrist: 14.12.2026
[[Zur Bekanntmachung|https://www.dtvp.de/Satellite/notice/CXP4YH7T1PL/documents]]

3. Fassadengerüst Neubau Feuerwache 2 Mönchengladbach (Beschränkte Ausschreibung)
Vergabestelle: Stadt Mönchengladbach, Gebäudemanagement - Angebotsfrist: 27.11.2026
[[Zur Bekanntmachung|https://www.dtvp.de/Satellite/notice/CXP4YH7S0ZM/documents]]

Die Vergabeunterlagen können Sie nach Anmeldung im Projektraum abrufen.

Ihr DTVP-Team
Suchagent verwalten oder abbestellen: https://www.dtvp.de/Center/company/searchagents.do
"""
    r = "6f2c81a7d94b"
    return M(
        slug="dtvp-suchagent-bekanntmachungen",
        what="Subscribed DTVP (Deutsches Vergabeportal) search-agent alert with three new scaffolding tenders.",
        why="Real platform domain and mail server, links only to www.dtvp.de, subscription managed by the company (List-Unsubscribe present), informative content without credential request.",
        hn=([8], "Tender topic like the fake 'revised tender documents' mail, but from the real platform, links stay on dtvp.de, and documents are fetched inside the platform's project room."),
        to=S["sales"], frm=("DTVP Deutsches Vergabeportal", "noreply@dtvp.de"),
        subject="DTVP Suchagent \"Gerüstbau NRW\": 3 neue Bekanntmachungen", hcs="utf-8", henc="Q",
        when=(11, 11, 5, 0), zone="DE",
        infra=lambda c: I.service_postfix(c, "mail.dtvp.de", "217.110.53.184", order="esp", script_host="sa-worker02.dtvp.local", msgid_style="java"),
        extra=[("List-Unsubscribe", "<https://www.dtvp.de/Center/company/searchagents/unsubscribe.do?id=%s>" % r),
               ("Auto-Submitted", "auto-generated")],
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "de", title="DTVP Suchagent"),
    )


def b08():
    text = """Liebe Kolleginnen und Kollegen,

ab Montag, 2. November, stellen wir die Anmeldung an Microsoft 365 schrittweise auf den Nummernabgleich im Microsoft Authenticator um. Sie müssen dafür nichts neu registrieren: Bei der nächsten Anmeldung zeigt der Bildschirm eine zweistellige Zahl, die Sie in der App eingeben.

Bitte beachten Sie:
- Wir verschicken keine QR-Codes per E-Mail und bitten Sie nie, einen Code auf einer Microsoft-Seite einzugeben, den Ihnen jemand per Mail, Teams oder Telefon nennt.
- Das IT-Service-Desk kontaktiert Sie nie über externe Teams-Konten und bittet nie darum, Quick Assist oder AnyDesk zu starten.
- Aktuell sind Mails mit angeblicher "MFA-Neuregistrierung" per QR-Code im Umlauf. Bitte nicht scannen, sondern über die Schaltfläche "Phishing melden" in Outlook melden.

Die Anleitung finden Sie im Intranet unter IT > Sicherheit > Anmeldung. Bei Fragen erreichen Sie das IT-Service-Desk unter Durchwahl -4444.

Viele Grüße
Lena Hoffmann

--
%s
""" % K.sig_exchange(S["sec"], "+49 211 5047-4410")
    return M(
        slug="it-hinweis-mfa-nummernabgleich",
        what="Internal IT-security notice: switch to Authenticator number matching, warning about QR 'MFA re-registration' phishing and fake help-desk calls.",
        why="Internal mail from the mail administrator through Exchange and mail-int01 to an internal distribution list; no link, no QR code, no action other than reporting phishing.",
        hn=([5, 12, 16], "Same subject (MFA / authenticator, help desk) as the quishing, device-code and Teams-vishing attacks, but internal origin and it asks users to do nothing except report."),
        to=("Alle Mitarbeitenden HQ", "alle-hq@example.com"), rcpt=S["hr"].addr, frm=S["sec"],
        subject="IT-Sicherheit: Umstellung Microsoft Authenticator und aktuelle Phishing-Welle", hcs="iso-8859-1", henc="Q",
        when=(10, 26, 8, 30), zone="DE",
        infra=lambda c: I.exchange_onprem_internal(c, "10.20.1.112"),
        body=K.alt(text, "iso-8859-1", "quoted-printable", "outlook", "de"),
    )


def build():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
