"""German genuine business messages (01-08)."""
import checkdigits as cd
from company import S, BANK
from common import pdf_att, logo_inline, qr_inline, photo_att, outlook_cid
from infra import TLS12, TLS13
from sigs import sig

LIEF_SIG = """Petra Lang
Buchhaltung / Kreditorenmanagement

Lieferant GmbH
Industriestraße 17 · 31135 Hildesheim
Tel. +49 5121 28844-37 · Fax +49 5121 28844-99
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de

Geschäftsführer: Dr. Helmut Brandes · Amtsgericht Hildesheim HRB 20417
USt-IdNr. %s""" % cd.de_ustid("19384016")

LIEF_OUT = dict(client="outlook", out=("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "85.214.132.17"),
                sub_host="mail.lieferant-gmbh.de", public_ip="80.153.44.210",
                public_rdns="p5099d2d2.dip0.t-ipconnect.de", tls=TLS13)


def messages():
    M = []
    # ----------------------------------------------------------------- 01
    cid = outlook_cid(1, "01DD7263.2B6F4E10")
    M.append(dict(
        slug="ceo-anzahlung-etagenofen-freigabe",
        date="2026-11-09 08:04:51", zone="DE",
        frm=S("ceo"), to=[S("cfo")], cc=[S("proc"), S("assist")],
        subject="Dringend: Anzahlung Etagenofen Linie 3 heute freigeben",
        via="internal_exchange", via_opts=dict(lang="de-DE"),
        charset="iso-8859-1", cte="quoted-printable", html="auto", sig_cid=cid,
        plain_links="outlook",
        text="""Liebe Sabine,

wie gestern im Vorstand besprochen: Hessler Backofenbau braucht die Anzahlung für den Etagenofen der Linie 3 (30 %% der Auftragssumme, 142.800,00 EUR) heute auf dem Konto, sonst verlieren wir den Montageslot im Januar und die Linie steht bis März.

Markus hat die Auftragsbestätigung geprüft, sie hängt an. Die Bestellung 4500128833 ist in SAP angelegt und von mir freigegeben; Bankverbindung bitte wie im Kreditorenstamm (Hessler ist seit 2019 Lieferant, keine Änderung). Bitte wie üblich mit Vier-Augen-Freigabe über Monika.

Ich bin ab 11 Uhr wieder im Haus, vorher mobil erreichbar, falls etwas unklar ist.

Danke und Gruß
Jürgen

%s""" % sig("ceo", mobile="Mobil +49 171 4418203"),
        inline=[logo_inline(11, cid)],
        attach=[pdf_att("AB_Hessler_2026-1187_Etagenofen.pdf", [
            "# Hessler Backofenbau GmbH", "Auftragsbestätigung AB-2026-1187", "",
            "Example Group SE, Lister Damm 42, 30163 Hannover", "Ihre Bestellung 4500128833 vom 04.11.2026", "---",
            "Pos. 1  Etagenbackofen EBO 8/240, 8 Herde, Backfläche 24 m², Thermoöl     412.000,00 EUR",
            "Pos. 2  Beschickungsanlage und Absetzapparat                               64.000,00 EUR",
            "## Nettobetrag 476.000,00 EUR", "---",
            "Zahlungsbedingungen: 30 % Anzahlung nach Auftragsbestätigung (142.800,00 EUR),",
            "60 % bei Lieferung, 10 % nach Abnahme.", "Montage: KW 3/2027, Werk Hannover, Linie 3.",
            "Bankverbindung: Kreissparkasse Heilbronn (unverändert, siehe Stammdaten).", "",
            "Hessler Backofenbau GmbH · Amtsgericht Stuttgart HRB 731904"],
            title="AB-2026-1187", producer="SAP NetWeaver 7.50", created="20261105141203+01'00'")],
        what="The CEO's genuine urgent payment request: down-payment for a deck oven, PO in SAP, order confirmation attached, sent internally to the CFO with procurement and the assistant in copy.",
        why="Comes through mail-int01 with the Exchange hops and the CEO's real mailbox; refers to a board decision, an SAP purchase order and the vendor master data (no new bank details), asks for the four-eyes approval and offers to be called; colleagues in copy.",
        pair=["ceo-fraud-projekt-nordlicht"],
        pair_note="Same urgency and CEO-to-CFO payment request; genuine one is internal (mail-int01/Exchange), copies colleagues, uses the PO and vendor master data and the normal approval path; the attack uses outlook.de, secrecy and an external 'lawyer'.",
    ))
    # ----------------------------------------------------------------- 02
    M.append(dict(
        slug="lieferant-bankwechsel-angekuendigt",
        date="2026-10-28 14:22:10", zone="DE",
        frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("ap")], cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
        subject="Lieferant GmbH: Änderung unserer Bankverbindung zum 01.12.2026 (Schreiben anbei)",
        via="smtp_client", via_opts=LIEF_OUT,
        charset="windows-1252", cte="quoted-printable", html="auto", plain_links="outlook",
        text="""Sehr geehrte Frau Weiß,

wie Herr Maier bereits beim Jahresgespräch am 22.10. in Hannover angekündigt hat, führen wir unseren Zahlungsverkehr zum 01.12.2026 mit dem unserer Muttergesellschaft in Hamburg zusammen und wechseln deshalb die Hausbank.

Bisherige Bankverbindung (gültig bis einschließlich 30.11.2026):
Hannoversche Volksbank eG, IBAN %s

Neue Bankverbindung ab 01.12.2026:
Hamburger Sparkasse AG, IBAN %s, BIC HASPDEHHXXX
Kontoinhaber unverändert: Lieferant GmbH, Hildesheim

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang, das Original geht Ihnen zusätzlich per Post zu. Zahlungen, die bis zum 30.11. auf dem bisherigen Konto eingehen, werden selbstverständlich noch gutgeschrieben, und das alte Konto bleibt bis Ende März 2027 geöffnet.

Bitte verifizieren Sie die Änderung wie üblich telefonisch über die Ihnen bekannte Rufnummer unserer Zentrale (05121 28844-0). Wir ändern Bankverbindungen grundsätzlich nie ausschließlich per E-Mail und werden Sie auch nie bitten, einzelne Rechnungen vorzeitig auf ein anderes Konto zu überweisen.

Mit freundlichen Grüßen

%s""" % (cd.iban_fmt(BANK["lieferant_old"]), cd.iban_fmt(BANK["lieferant_new"]), LIEF_SIG),
        attach=[pdf_att("Lieferant_GmbH_Bankverbindung_ab_2026-12-01.pdf", [
            "# Lieferant GmbH", "Industriestraße 17 · 31135 Hildesheim", "",
            "Example Group SE", "Kreditorenbuchhaltung", "Lister Damm 42", "30163 Hannover", "",
            "Hildesheim, 28.10.2026", "",
            "## Änderung unserer Bankverbindung zum 01.12.2026", "",
            "Sehr geehrte Damen und Herren,", "",
            "im Zuge der Zusammenführung des Zahlungsverkehrs mit unserer Muttergesellschaft",
            "bitten wir Sie, Zahlungen ab dem 01.12.2026 auf folgendes Konto zu leisten:", "",
            "Hamburger Sparkasse AG", "IBAN " + cd.iban_fmt(BANK["lieferant_new"]), "BIC HASPDEHHXXX",
            "Kontoinhaber: Lieferant GmbH", "",
            "Bis 30.11.2026 gilt weiterhin: Hannoversche Volksbank eG, IBAN " + cd.iban_fmt(BANK["lieferant_old"]), "",
            "Bitte bestätigen Sie die Änderung telefonisch unter 05121 28844-0.", "",
            "Mit freundlichen Grüßen", "", "Dr. Helmut Brandes, Geschäftsführer          Petra Lang, Buchhaltung"],
            title="Bankverbindung ab 01.12.2026", producer="Microsoft® Word für Microsoft 365",
            created="20261028140512+01'00'")],
        what="Genuine supplier bank-detail change, properly announced: letter from the management, future effective date, old account still valid, explicit request to verify by phone via the known switchboard number.",
        why="Sent from the supplier's real domain and its own mail server (mail.lieferant-gmbh.de), announced in person beforehand, same account holder at a German savings bank, three-week lead time, original by post, phone verification requested, no pressure on specific invoices.",
        pair=["lieferant-lookalike-bankverbindung"],
        pair_note="Both announce a new bank account for Lieferant GmbH; the genuine one comes from lieferant-gmbh.de, gives a future date, keeps the old account valid and asks for phone verification; the attack uses lieferant-gmbh.com, an immediate switch to a foreign fintech and e-mail-only contact.",
    ))
    # ----------------------------------------------------------------- 03
    M.append(dict(
        slug="lieferant-mahnung-liefersperre",
        date="2026-11-20 11:09:33", zone="DE",
        frm=("Lieferant GmbH – Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S("ap")], cc=[S("proc")],
        subject="3. Mahnung – Kundennr. 20417 – Liefersperre ab 27.11.2026",
        via="smtp_client", via_opts=LIEF_OUT,
        charset="iso-8859-15", cte="quoted-printable", html="auto",
        text="""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 28.10.2026 und der 2. Mahnung vom 11.11.2026 sind folgende Rechnungen weiterhin offen:

RE-2026-09877 vom 15.09.2026   23.418,60 €
RE-2026-10112 vom 29.09.2026    8.903,24 €
Mahnpauschale (§ 288 Abs. 5 BGB)  40,00 €
Gesamt                          32.361,84 €

Sollte der Betrag nicht bis spätestens 26.11.2026 bei uns eingegangen sein, müssen wir Ihr Kundenkonto ab dem 27.11.2026 für weitere Lieferungen sperren. Bitte beachten Sie, dass davon auch die Weihnachtsfüllungen (Abrufauftrag 2026-KA-118) betroffen wären.

Bitte überweisen Sie auf unser bekanntes Konto bei der Hannoverschen Volksbank eG, IBAN %s. Falls die Zahlung bereits veranlasst wurde oder Sie Rückfragen zu einzelnen Positionen haben, rufen Sie mich bitte an.

Die Mahnung mit Kontoauszug hängt an.

Mit freundlichen Grüßen

%s""" % (cd.iban_fmt(BANK["lieferant_old"]), LIEF_SIG),
        attach=[pdf_att("Mahnung_3_Kd20417_2026-11-20.pdf", [
            "# Lieferant GmbH – 3. Mahnung", "Kundennummer 20417 · Example Group SE", "Datum: 20.11.2026", "---",
            "RE-2026-09877   15.09.2026   fällig 15.10.2026   23.418,60 EUR",
            "RE-2026-10112   29.09.2026   fällig 29.10.2026    8.903,24 EUR",
            "Mahnpauschale                                      40,00 EUR", "---",
            "## Offener Betrag: 32.361,84 EUR", "",
            "Zahlbar bis 26.11.2026 auf IBAN " + cd.iban_fmt(BANK["lieferant_old"]) + " (Hannoversche Volksbank eG).",
            "Ab 27.11.2026 Liefersperre für alle offenen Abrufe."],
            title="3. Mahnung 20417", producer="Sage 100 9.0 Reportdesigner", created="20261120110205+01'00'")],
        what="Genuine urgent third dunning letter from the supplier's accounts department with a supply-stop threat and the known bank account.",
        why="Real supplier domain and mail server; refers to earlier reminders and specific invoices; pays to the long-known account (consistent with the announced change that only takes effect on 1 Dec); invites a phone call; hard tone but no change of payment data.",
        pair=["lieferant-lookalike-bankverbindung"],
        pair_note="Urgency and a 'supply stop' appear in both; the genuine dunning letter insists on the known account and invites a call.",
    ))
    # ----------------------------------------------------------------- 04
    env = "a3f1c9e2-47b8-4d16-8c05-2e9b7f14d6a3"
    ds = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=c71f0b3e-9d24-4a8e-b6f1-5e02a9c7d318&etti=24"
          "&acct=4b9e2c71-d803-4f5a-a1c6-92e7b0f3d845&er=9d3a7e15-2c4f-4b80-8e61-f1a0c5d7b392")
    M.append(dict(
        slug="docusign-rahmenvertrag-mehl-2027",
        date="2026-11-26 15:47:20", zone="DE",
        frm=("Jens Otte via DocuSign", "dse@eumail.docusign.net"), to=[S("proc")],
        reply_to=("Jens Otte", "j.otte@weser-muehlenwerke.de"),
        subject="Bitte mit DocuSign signieren: Rahmenvertrag Weizenmehl Type 550/1050 – Lieferjahr 2027",
        via="docusign_eu", via_opts=dict(envelope=env),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="DocuSign", color="#1e4ca1", button=("DOKUMENT ÜBERPRÜFEN", ds),
                   footer="Diese E-Mail nicht weiterleiten\nDiese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.\nAlternative Signaturmethode: Gehen Sie zu docusign.com, klicken Sie auf „Dokumente öffnen“ und geben Sie den Sicherheitscode ein: 7A2F41C9D3E84B0F9C16E2D5A8B3F07C1"),
        text="""Jens Otte hat Ihnen ein Dokument zur Überprüfung und Signatur gesendet.

[[DOKUMENT ÜBERPRÜFEN|%s]]

Jens Otte
j.otte@weser-muehlenwerke.de

Hallo Herr Köhler,

wie gestern telefonisch besprochen anbei der Rahmenvertrag 2027 mit den vereinbarten Mengen (Type 550: 4.800 t, Type 1050: 1.150 t) und der Preisgleitklausel mit MATIF-Bezug. Die Gegenzeichnung durch unsere Geschäftsführung ist bereits erfolgt.

Viele Grüße
Jens Otte

Diese E-Mail nicht weiterleiten
Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an andere weiter.""" % ds,
        what="Genuine DocuSign envelope from the flour mill's contract manager: framework contract for 2027 wheat flour, as agreed by phone.",
        why="Real DocuSign EU infrastructure; envelope sender is the known contact on the supplier's own domain (weser-muehlenwerke.de); contents match an ongoing negotiation; link goes to eu.docusign.net; nothing about bank details.",
        pair=["datev-belege-html-anhang", "docusign-abuso-datos-bancarios"],
        pair_note="Document-signing/document-portal notification; the genuine envelope comes from DocuSign for a known contact on the supplier's domain, the attacks use an HTML login attachment (04) or a DocuSign account on Gmail (30).",
    ))
    # ----------------------------------------------------------------- 05
    M.append(dict(
        slug="krankmeldung-private-adresse",
        date="2026-11-17 06:41:08", zone="DE",
        frm=("Nadine Zimmermann", "n.zimmermann@web.de"), to=[S("hr")],
        subject="Krankmeldung Nadine Zimmermann – AU folgt über die Krankenkasse",
        via="gmx", via_opts=dict(brand="webde", client_ip="91.64.87.150"),
        charset="utf-8", cte="quoted-printable",
        text="""Liebe Frau Schäfer,

ich bin seit heute Nacht mit einem Magen-Darm-Infekt außer Gefecht und war heute früh beim Hausarzt. Krankgeschrieben bin ich erst einmal bis einschließlich Freitag, 20.11.

Die AU wird ja inzwischen elektronisch an die Krankenkasse (TK) übermittelt, Sie können sie wie gewohnt abrufen.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy im Büro liegt. Das Lieferantenaudit bei der Lieferant GmbH am Donnerstag muss bitte verschoben werden – Herr Köhler weiß Bescheid, ich habe ihm eben eine SMS geschickt.

Viele Grüße
Nadine Zimmermann""",
        what="An employee's genuine sick note sent from her private web.de address to HR.",
        why="Ordinary sick-leave notice: refers to the electronic certificate (eAU) HR retrieves from the health insurer, informs about a postponed audit, explains the private address; no request to change data, no link, no attachment.",
        pair=["gehaltskonto-umleitung"],
        pair_note="Both come from 'Nadine Zimmermann' on a private freemail address to HR; the genuine one reports sick leave and asks for nothing, the attack (different address on gmx.de) asks to redirect salary.",
    ))
    # ----------------------------------------------------------------- 06
    qr_url = "https://intranet.example.com/it/anleitungen/mfa-authenticator"
    qcid = outlook_cid(1, "01DD7A11.03C4D880")
    M.append(dict(
        slug="it-hinweis-authenticator-umstellung",
        date="2026-11-18 16:30:02", zone="DE",
        frm=S("sec"), to=[("Alle Mitarbeitenden HQ", "alle-hq@example.com")], rcpt=S("cafe")[1],
        subject="IT-Hinweis: Anmeldung mit Microsoft Authenticator (Number Matching) ab 23.11.",
        via="internal_exchange", via_opts=dict(lang="de-DE"),
        charset="iso-8859-1", cte="quoted-printable", plain_links="outlook",
        text="""Liebe Kolleginnen und Kollegen,

ab Montag, 23.11.2026, stellen wir die zweite Anmeldestufe für Microsoft 365 (Outlook im Web, Teams, SharePoint) auf den Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden danach nicht mehr angeboten.

Was Sie tun müssen: Bei Ihrer nächsten Anmeldung im Firmennetz werden Sie automatisch aufgefordert, den Authenticator einzurichten. Sie können das auch vorher selbst unter [[https://aka.ms/mysecurityinfo|https://aka.ms/mysecurityinfo]] erledigen. Eine Anleitung mit Bildern finden Sie im Intranet; der QR-Code unten öffnet diese Anleitung direkt auf dem Handy (nur im Firmen-WLAN erreichbar).

Bitte beachten Sie: Die IT wird Sie niemals per E-Mail auffordern, einen QR-Code zu scannen, um sich anzumelden, oder Ihr Passwort auf einer verlinkten Seite einzugeben. Solche Nachrichten leiten Sie bitte an it-sicherheit@example.com weiter.

Bei Fragen erreichen Sie den IT-Service unter Durchwahl -4440 oder per Ticket.

Viele Grüße
Daniel Vogel

%s""" % sig("sec"),
        html="auto", sig_cid=qcid,
        inline=[qr_inline(qr_url, qcid, "image001.png")],
        what="Genuine internal IT notice about moving MFA to Microsoft Authenticator number matching, with a QR code to the intranet guide.",
        why="Sent by the IT security admin through mail-int01/Exchange to an internal distribution list; the QR code decodes to intranet.example.com (company's own, internal-only); no credentials requested; explicitly warns against QR/login e-mails.",
        pair=["quishing-mfa-neuregistrierung"],
        pair_note="Both are about MFA/Authenticator and contain a QR code; the genuine QR points to the company intranet and the mail comes from the internal relay, the attack's QR points to a foreign login page and comes from a hacked website.",
    ))
    # ----------------------------------------------------------------- 07
    unsub = "https://backwelt-fachmagazin.de/newsletter/abmelden?e=markus.koehler%40example.com&m=2026-47&h=7d1e0c"
    M.append(dict(
        slug="newsletter-backwelt-kompakt",
        date="2026-11-19 06:00:14", zone="DE",
        frm=("BACKWELT Fachmagazin", "newsletter@backwelt-fachmagazin.de"), to=[S("proc")],
        subject="BACKWELT kompakt 47/2026: Weizenpreise, Butter, Trends im Weihnachtsgebäck",
        via="cleverreach",
        headers=[("List-Unsubscribe", "<%s>, <mailto:abmelden@backwelt-fachmagazin.de?subject=unsubscribe>" % unsub),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="BACKWELT kompakt", color="#8c5a2b",
                   footer="Sie erhalten diesen Newsletter, weil Sie ihn unter backwelt-fachmagazin.de abonniert haben.\nBackwelt Fachverlag GmbH · Ernst-August-Platz 7 · 30159 Hannover · HRB 61207\n[[Newsletter abbestellen|%s]]" % unsub),
        text="""Guten Morgen,

hier sind die wichtigsten Themen der Woche für Bäckerei und Konditorei:

**Rohstoffe:** Der MATIF-Weizen für März 2027 notiert bei rund 218 €/t. Händler erwarten für das erste Quartal stabile Mehlpreise; bei Roggen bleibt die Lage wegen der schwachen Ernte in Polen angespannt. [[Zum Marktbericht|https://backwelt-fachmagazin.de/markt/weizen-kw47-2026]]

**Butter und Fette:** Die Notierung der Süddeutschen Butter- und Käsebörse ist erneut gesunken. Was das für Ihre Einkaufsplanung 2027 bedeutet, lesen Sie im Interview mit einem Fettexperten. [[Weiterlesen|https://backwelt-fachmagazin.de/einkauf/butterpreis-2027]]

**Weihnachtsgebäck:** Stollen in Portionsgrößen und vegane Lebkuchen sind die Gewinner der Saison – unsere Umfrage unter 140 Betrieben. [[Zur Umfrage|https://backwelt-fachmagazin.de/trends/weihnachten-2026]]

**Termin:** Webinar „E-Rechnung in der Bäckerei – was ab 2027 gilt“ am 3. Dezember, 10 Uhr, kostenfrei für Abonnenten. [[Anmelden|https://backwelt-fachmagazin.de/webinare/e-rechnung]]

Eine gute Woche wünscht
Ihre BACKWELT-Redaktion""",
        what="Subscribed trade-magazine newsletter sent through CleverReach with List-Unsubscribe.",
        why="Bulk mail the recipient subscribed to; sent by a German ESP with one-click List-Unsubscribe, links to the publisher's own domain, no credential or payment request.",
    ))
    # ----------------------------------------------------------------- 08
    M.append(dict(
        slug="kundenbeschwerde-schimmel-foto",
        date="2026-11-21 10:26:37", zone="DE",
        frm=("Thorsten Reimann", "t.reimann@t-online.de"), to=[("Example Group Kundenservice", "kundenservice@example.com")],
        rcpt=S("cafe")[1],
        subject="Beschwerde Filiale Podbielskistraße – Schimmel auf Apfelkuchen",
        via="smtp_client",
        via_opts=dict(client="iphone", out=("mailout11.t-online.de", "mailout11.t-online.de", "194.25.134.85"),
                      sub_style="tonline", public_ip="2003:e1:5f1b:6a00:4d2c:91aa:7e13:b602"),
        charset="utf-8", cte="quoted-printable",
        text="""Sehr geehrte Damen und Herren,

heute Morgen habe ich in Ihrer Filiale in der Podbielskistraße zwei Stück gedeckten Apfelkuchen gekauft (Bon Nr. 0418-2211, 08:47 Uhr). Zu Hause haben wir festgestellt, dass auf einem Stück an der Unterseite ein grüner Schimmelfleck war – Foto anbei. Gegessen haben wir davon zum Glück nichts.

Das darf in einer Bäckerei eigentlich nicht passieren. Ich bitte um eine kurze Erklärung und um Erstattung der 5,80 €. Die Verkäuferin war übrigens sehr freundlich, das möchte ich ausdrücklich sagen.

Mit freundlichen Grüßen
Thorsten Reimann
Tel. 0511 6964 2281

Von meinem iPhone gesendet""",
        attach=[photo_att(8, "IMG_2281.png")],
        what="A customer's genuine complaint (mould on a piece of apple cake) sent to the customer-service address with a photo.",
        why="Consumer mailbox at T-Online sent from an iPhone; concrete, checkable details (receipt number and time, branch); attachment is a plain photo; asks for a refund of 5.80 EUR; no link, no download, no threat.",
        pair=["clickfix-beschwerde-lebensmittelvergiftung"],
        pair_note="Both are food-safety complaints about the same branch; the genuine one attaches a photo and gives a receipt number, the attack's 'report' is an HTML page that instructs the reader to run a PowerShell command.",
    ))
    return M
