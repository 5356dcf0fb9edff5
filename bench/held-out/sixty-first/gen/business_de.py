"""Genuine business messages, German (8)."""
from kit import *
from util import unix


def b_ceo_payment():
    m = Mail("business", "de", "ceo-urgent-payment-internal-relay",
             "CEO asks the CFO to push an urgent 30 % prepayment (EUR 64,380) for the Q1 vaccine quota of "
             "Lieferant GmbH through the SAP approval workflow today",
             "Internal mail from the real mailbox via Exchange and mail-int01; references the management "
             "meeting, the purchase order in SAP and the normal approval workflow, insists on the known "
             "vendor-master bank account, offers a phone call; urgent but process-conform.")
    I = Ids(m.slug)
    t = utc(2026, 10, 22, 14, 37, 12)
    send(P.exchange_internal, m, I, t, S("ceo"), [S("cfo")],
         "Dringend: Anzahlung Impfstoff-Kontingent Lieferant GmbH heute freigeben",
         cc=[S("assist"), S("proc")], hcs="windows-1252", client_ip="10.20.31.17")
    body = """Liebe Frau Weiß,

wie heute Morgen in der GF-Runde besprochen: Die Lieferant GmbH hält uns das Kontingent Tollwut- und Katzenschnupfen-Impfstoff für das erste Quartal nur, wenn die Anzahlung (30 %, 64.380,00 EUR zzgl. MwSt.) bis morgen 12 Uhr eingeht. Danach gehen die Mengen an andere Großhändler.

Herr Engel hat die Bestellung im SAP angelegt (Bestellung 4500187322), die Anzahlungsrechnung hängt als Beleg im Workflow. Bitte die bekannte Bankverbindung aus dem Kreditorenstamm verwenden – es gibt keine neue.

Können Sie die Freigabe heute noch durch den Workflow bringen? Die zweite Unterschrift mache ich, sobald es bei mir im Eingang ist; ich bin bis 18 Uhr im Haus. Rufen Sie mich gern an (Durchwahl -101), falls noch etwas fehlt.

Viele Grüße
Jürgen Höfer

Dr. Jürgen Höfer
Geschäftsführer
Example Group GmbH | Hafenweg 12 | 48155 Münster
Tel. +49 251 7094-101
"""
    m.body = outlook_alt(body, "windows-1252", "quoted-printable", "DE")
    return m


def b_bank_change():
    m = Mail("business", "de", "supplier-bank-change-announced",
             "Lieferant GmbH accounting announces a bank change effective 01.01.2027 with a letter signed by "
             "both managing directors; old account stays open until 31.03.2027",
             "From the supplier's real domain and Microsoft 365 tenant, long lead time, old account kept in "
             "parallel, letter also sent by post, explicitly asks to verify by calling the known switchboard and "
             "states that open invoices are never redirected – a properly announced change.")
    I = Ids(m.slug)
    t = utc(2026, 10, 12, 10, 5, 33)
    send(P.exo, m, I, t, ("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-gmbh.de"), [S("ap")],
         "Lieferant GmbH: Änderung der Bankverbindung zum 01.01.2027", cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de")],
         lang="de-DE", hcs="iso-8859-1", attach=True, region="eurprd06", pod="AM9PR06MB")
    new = iban_fmt(BANK["lieferant_new"])
    old = iban_fmt(BANK["lieferant_old"])
    body = """Sehr geehrte Frau Schäfer,

wir bündeln unseren Zahlungsverkehr ab dem 01.01.2027 bei der Volksbank in Ostwestfalen. Unsere neue Bankverbindung finden Sie in dem beigefügten Schreiben, das von beiden Geschäftsführern unterzeichnet ist; das Original geht Ihnen zusätzlich per Post zu.

Unser bisheriges Konto bei der Sparkasse Bielefeld (IBAN endet auf ...2745) bleibt bis zum 31.03.2027 parallel bestehen. Zahlungen, die bis dahin noch dort eingehen, werden selbstverständlich ordnungsgemäß verbucht. Bitte stellen Sie Ihre Zahlungen für Rechnungen mit Datum ab 01.01.2027 auf die neue Verbindung um.

Zu Ihrer Sicherheit: Bitte bestätigen Sie die Änderung vor der Umstellung telefonisch über unsere Ihnen bekannte Zentrale (0521 3487-0) und nicht über eine Rufnummer aus einer E-Mail. Wir ändern Bankverbindungen niemals kurzfristig und bitten nie darum, bereits fällige Rechnungen auf ein anderes Konto zu überweisen.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Sandra Kowalski
Buchhaltung
Lieferant GmbH | Industriestraße 8 | 33609 Bielefeld
Tel. +49 521 3487-0 | rechnungen@lieferant-gmbh.de
Sitz Bielefeld | Amtsgericht Bielefeld HRB 40871 | Geschäftsführer: Thorsten Wiegand, Dr. Claudia Brenner
"""
    letter = pdf([("h", "Lieferant GmbH"), ("t", "Industriestraße 8 · 33609 Bielefeld"), ("", ""),
                  ("t", "Example Group GmbH"), ("t", "Kreditorenbuchhaltung"), ("t", "Hafenweg 12"),
                  ("t", "48155 Münster"), ("", ""), ("t", "Bielefeld, 09.10.2026"), ("", ""),
                  ("b", "Änderung unserer Bankverbindung zum 01.01.2027"), ("", ""),
                  ("t", "Sehr geehrte Damen und Herren,"), ("", ""),
                  ("t", "ab dem 01.01.2027 bitten wir Sie, Zahlungen für Rechnungen mit Rechnungsdatum ab diesem Tag"),
                  ("t", "auf folgendes Konto zu leisten:"), ("", ""),
                  ("m", "Kontoinhaber:   Lieferant GmbH"),
                  ("m", "Kreditinstitut: Volksbank in Ostwestfalen eG"),
                  ("m", "IBAN:           " + new),
                  ("m", "BIC:            GENODEM1GTL"), ("", ""),
                  ("t", "Das bisherige Konto bei der Sparkasse Bielefeld (IBAN " + old + ")"),
                  ("t", "bleibt bis zum 31.03.2027 bestehen."), ("", ""),
                  ("t", "Bitte verifizieren Sie diese Mitteilung telefonisch über unsere Zentrale 0521 3487-0."), ("", ""),
                  ("t", "Mit freundlichen Grüßen"), ("", ""),
                  ("t", "Thorsten Wiegand                      Dr. Claudia Brenner"),
                  ("t", "Geschäftsführer                         Geschäftsführerin"), ("r", ""),
                  ("s", "Lieferant GmbH · Sitz Bielefeld · Amtsgericht Bielefeld HRB 40871 · USt-IdNr. " + TAX["lieferant_ust"])],
                 title="Änderung Bankverbindung 2027", author="Lieferant GmbH",
                 creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365",
                 date="D:20261009112018+02'00'")
    m.body = mixed(outlook_alt(body, "iso-8859-1", "quoted-printable", "DE"),
                   att(letter, "application/pdf", "Lieferant_GmbH_Bankverbindung_2027_unterschrieben.pdf", size=True))
    return m


def b_invoice():
    m = Mail("business", "de", "supplier-invoice-erechnung-notice",
             "Lieferant GmbH invoice RE-2026-10577 (PDF) to the invoices mailbox, with the notice that from "
             "2027 invoices come as ZUGFeRD e-invoices – no registration needed",
             "Supplier's ERP mail through its real Microsoft 365 tenant, invoice matches an order, known bank "
             "account, e-invoice notice explicitly says no registration or login is required.")
    I = Ids(m.slug)
    t = utc(2026, 10, 30, 6, 15, 2)
    send(P.exo, m, I, t, ("Lieferant GmbH Rechnungsversand", "rechnungen@lieferant-gmbh.de"),
         [("", "rechnungen@example.com")], "Rechnung RE-2026-10577 zu Ihrer Bestellung 4500186951",
         lang="de-DE", hcs="iso-8859-15", attach=True, region="eurprd06", pod="AM9PR06MB")
    m.hdrs = [h for h in m.hdrs if h[0] not in ("Thread-Topic", "Thread-Index")]
    old = iban_fmt(BANK["lieferant_old"])
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10577 vom 29.10.2026 zu Ihrer Bestellung 4500186951.

Rechnungsbetrag: 17.131,87 EUR
Fällig: 28.11.2026 (2 %% Skonto bis 08.11.2026)

Hinweis zur E-Rechnung: Ab dem 01.01.2027 versenden wir unsere Rechnungen ausschließlich als E-Rechnung im Format ZUGFeRD 2.3 (Profil EN 16931) an diese Adresse. Eine Registrierung oder Anmeldung ist dafür nicht erforderlich. Sollen Rechnungen künftig an eine andere Adresse gehen, geben Sie uns bitte kurz Bescheid.

Diese E-Mail wurde automatisch erstellt. Bei Fragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder 0521 3487-0.

Lieferant GmbH | Industriestraße 8 | 33609 Bielefeld
"""
    inv = pdf([("h", "Lieferant GmbH"), ("t", "Industriestraße 8 · 33609 Bielefeld · Tel. 0521 3487-0"), ("r", ""),
               ("t", "Example Group GmbH · Kreditorenbuchhaltung · Hafenweg 12 · 48155 Münster"), ("", ""),
               ("b", "RECHNUNG RE-2026-10577"),
               ("m", "Rechnungsdatum: 29.10.2026      Kundennummer: 100482"),
               ("m", "Ihre Bestellung: 4500186951     Lieferschein: LS-2026-22871"), ("", ""),
               ("m", "Pos Artikel                                 Menge   Einzel     Gesamt"),
               ("m", "1   Einmal-Untersuchungshandschuhe Nitril M   400   8,90     3.560,00"),
               ("m", "2   Spritzen 2 ml Luer, steril (100 St.)      120  11,40     1.368,00"),
               ("m", "3   Kanülen 23G x 1\" (100 St.)                 80   6,20       496,00"),
               ("m", "4   Wundauflagen 10x10 cm (50 St.)            150  14,35     2.152,50"),
               ("m", "5   Infusionsbestecke Vet (25 St.)            110  38,90     4.279,00"),
               ("m", "6   Diätfutter Renal Katze 4 kg               180  15,70     2.826,00"), ("", ""),
               ("m", "                                 Nettobetrag        14.681,50 EUR"),
               ("m", "                                 USt. 19 % (Pos. 1-5) 2.252,55 EUR"),
               ("m", "                                 USt.  7 % (Pos. 6)*    197,82 EUR"),
               ("m", "                                 Rechnungsbetrag    17.131,87 EUR"), ("", ""),
               ("t", "Zahlbar bis 28.11.2026 ohne Abzug, bis 08.11.2026 mit 2 % Skonto."),
               ("t", "Bankverbindung: Sparkasse Bielefeld · IBAN " + old + " · BIC SPBIDE3BXXX"), ("", ""),
               ("s", "* Futtermittel zum ermäßigten Steuersatz. USt-IdNr. " + TAX["lieferant_ust"] +
                " · Amtsgericht Bielefeld HRB 40871 · Geschäftsführer: Thorsten Wiegand, Dr. Claudia Brenner")],
              title="Rechnung RE-2026-10577", author="Lieferant GmbH", creator="Microsoft Dynamics 365 Business Central",
              producer="Microsoft Dynamics 365 Business Central", date="D:20261030071500+01'00'")
    m.body = mixed(text(body.replace("%%", "%"), "iso-8859-15", "quoted-printable"),
                   att(inv, "application/pdf", "RE-2026-10577.pdf"))
    return m


def b_dunning():
    m = Mail("business", "de", "supplier-dunning-supply-stop",
             "Second reminder from Lieferant GmbH: two invoices (EUR 35,695.00) overdue, supply switched to "
             "prepayment/suspended from 20.11.2026 if not paid; high importance",
             "Harsh but genuine dunning from the known contact on the real domain and tenant: asks for payment "
             "to the known (old) account, offers a phone number, 'disregard if crossed'. Hard negative for the "
             "look-alike bank-change attack.")
    I = Ids(m.slug)
    t = utc(2026, 11, 12, 13, 51, 7)
    send(P.exo, m, I, t, ("Petra Lang", "p.lang@lieferant-gmbh.de"), [S("ap")],
         "2. Mahnung – Kundennr. 100482 – Liefersperre ab 20.11.2026", cc=[S("proc")],
         lang="de-DE", hcs="windows-1252", region="eurprd06", pod="AM9PR06MB",
         extra=[("X-Priority", "1"), ("Importance", "high")])
    body = """Sehr geehrte Frau Schäfer,

trotz unserer Zahlungserinnerung vom 27.10.2026 sind die folgenden Rechnungen weiterhin offen:

RE-2026-10211 vom 31.08.2026, fällig 30.09.2026: 14.288,20 EUR
RE-2026-10418 vom 15.09.2026, fällig 15.10.2026: 21.406,80 EUR
Summe: 35.695,00 EUR

Bitte überweisen Sie den Betrag bis spätestens 19.11.2026 auf unser bekanntes Konto bei der Sparkasse Bielefeld (%s).

Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir Ihr Kundenkonto ab dem 20.11.2026 auf Vorkasse umstellen und die Belieferung bis zum Ausgleich aussetzen. Davon wären auch die laufenden Aufträge (u. a. Impfstoffe KW 48) betroffen – das möchten wir beide vermeiden.

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Bei Unklarheiten zu einzelnen Positionen rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Petra Lang
Forderungsmanagement
Lieferant GmbH | Industriestraße 8 | 33609 Bielefeld
Tel. +49 521 3487-214
""" % iban_fmt(BANK["lieferant_old"])
    m.body = outlook_alt(body, "windows-1252", "quoted-printable", "DE")
    return m


def b_customer_order():
    m = Mail("business", "de", "customer-order-gmx",
             "Vaccine and parasiticide order from the small-animal practice Dr. Hansen for delivery in week 43",
             "The practice's usual GMX mailbox, sent from a German residential IP during office hours, concrete "
             "products and quantities, no links or attachments; the original of the thread later hijacked "
             "(attack 03-de-thread-hijack-compromised-customer).")
    I = Ids(m.slug)
    t = utc(2026, 10, 15, 9, 21, 54)
    send(P.gmx, m, I, t, ("Dr. Ulrike Hansen", "tierarztpraxis.hansen@gmx.de"), [S("sales_de")],
         "Bestellung Impfstoffe Q4 / Lieferung KW 43", web="gmx", client_ip="91.64.%d.%d" % (I.int(1, 250), I.int(1, 250)))
    m.hdrs = [(k, ("<trinity-0c5d1e2a-9f4b-4c1d-8e7a-3b6f2d9a1c45-%d@3c-app-gmx-bap31>" % (unix(t) * 1000 + 302))
               if k == "Message-ID" else v) for k, v in m.hdrs]
    body = """Sehr geehrter Herr Peters,

für das vierte Quartal möchten wir folgende Artikel bestellen:

- Nobivac Tricat Trio, 10 x 1 Dosis – 6 Packungen
- Versican Plus DHPPi/L4, 25 x 1 Dosis – 4 Packungen
- Nobivac Rabies, 10 x 1 Dosis – 3 Packungen
- Milbemax Filmtabletten Katze, 2 x 2 Tbl. – 20 Packungen
- Bravecto Hund 10–20 kg – 15 Stück

Bitte liefern Sie in KW 43 gekühlt, am liebsten Dienstag oder Mittwoch vormittags, da wir donnerstags nur bis 13 Uhr geöffnet haben. Die Rechnung bitte wie immer an die Praxisadresse.

Vielen Dank und freundliche Grüße
Dr. Ulrike Hansen

Tierarztpraxis Dr. Ulrike Hansen
Lotter Straße 112 · 49078 Osnabrück
Tel. 0541 4471190
"""
    m.body = text(body, "UTF-8", "quoted-printable")
    return m


def b_sick_leave():
    m = Mail("business", "de", "colleague-sick-leave-private-mail",
             "Head of procurement reports sick from his private T-Online address via iPhone; eAU transmitted "
             "by the doctor, deputy named",
             "Private address but an ordinary sick note: no request for money, data or changes, refers to "
             "the statutory electronic sick note (eAU) that HR retrieves itself, names a colleague as deputy; "
             "residential mobile IP, normal iPhone Mail headers.")
    I = Ids(m.slug)
    t = utc(2026, 11, 17, 7, 31, 48)
    rc = S("hr")
    fwd = "fwd%d.aul.t-online.de" % I.int(70, 90)
    mob = "80.187.%d.%d" % (I.int(64, 127), I.int(2, 250))
    mo = "mailout%02d.t-online.de" % I.int(1, 12)
    hops = [P.rcv_postfix(fwd, fwd, "10.223.144.%d" % I.int(2, 250), mo,
                          I.postfix_short_qid(), rc[1], plus(t, 1), tls=False).replace(" with ESMTP ", " with SMTP "),
            "from smtpclient.apple (%s@[%s]) by %s\r\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\r\n\t"
            "esmtp id 1t%s-%s; %s" % (I.alnum(30), mob, fwd, I.alnum(4), I.alnum(7), rfcdate(t, "CET"))]
    send(P.apple, m, I, t, ("Markus Engel", "m.engel.ms@t-online.de"), [rc], "Krankmeldung", hops=hops,
         client=(mo, mo, "194.25.134.%d" % I.int(16, 22)), iphone=True,
         cc=[("Frank Schröder", "frank.schroeder@example.com")])
    body = """Hallo Andrea,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Arzt – krankgeschrieben bis einschließlich Freitag. Die eAU hat die Praxis an die Kasse übermittelt, ihr könnt sie wie üblich abrufen.

Ich schreibe von privat, weil mein Firmenlaptop im Büro liegt. Frank übernimmt diese Woche meine Vertretung im Einkauf, die offenen Bestellungen bei der Lieferant GmbH hab ich ihm gestern noch übergeben.

Viele Grüße
Markus

Von meinem iPhone gesendet"""
    m.body = text(body, "utf-8", "quoted-printable")
    return m


def b_it_notice():
    m = Mail("business", "de", "it-notice-mfa-internal",
             "Head of IT announces number matching in Microsoft Authenticator from 02.11. and explains that IT "
             "never asks for QR scans, codes or remote sessions by e-mail or external Teams",
             "Internal announcement from the real IT head via Exchange/mail-int01 to a distribution list, "
             "no links to log in, points to the intranet and the known service-desk extension; same topic as "
             "the quishing and Teams-vishing attacks.")
    I = Ids(m.slug)
    t = utc(2026, 10, 19, 8, 2, 30)
    send(P.exchange_internal, m, I, t, S("ithead"), [("Alle Mitarbeitenden Deutschland", "alle-de@example.com")],
         "IT-Hinweis: Anmeldung mit Nummernabgleich im Microsoft Authenticator ab 02.11.",
         cc=[S("itsec")], hcs="windows-1252", rcpt=S("assist")[1], client_ip="10.20.30.12")
    body = """Liebe Kolleginnen und Kollegen,

ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 auf den Nummernabgleich im Microsoft Authenticator um. Bei einer Anmeldung zeigt Ihnen der Bildschirm dann eine zweistellige Zahl, die Sie in der App auf Ihrem Smartphone eingeben. Eine Neuregistrierung ist dafür nicht nötig – Ihr bestehender Authenticator funktioniert weiter.

Bitte beachten Sie:

- Wir fordern Sie niemals per E-Mail auf, einen QR-Code zu scannen, Ihr Passwort einzugeben oder einen Bestätigungscode weiterzugeben. Neue Geräte richten wir ausschließlich vor Ort oder nach Termin im Servicedesk ein.
- Der IT-Servicedesk ruft nicht über externe Teams-Konten an. Fernwartung (Quick Assist/Remotehilfe) starten wir nur zu einem bestehenden Ticket und nach Rückruf über die bekannte Durchwahl -444.
- Wenn Sie eine Anmeldeanfrage bekommen, die Sie nicht selbst ausgelöst haben: ablehnen und sofort den Servicedesk informieren.
- Verdächtige Mails melden Sie bitte über die Schaltfläche „Phishing melden“ in Outlook.

Eine kurze Anleitung mit Screenshots finden Sie im Intranet unter IT > Anleitungen > MFA.

Vielen Dank für Ihre Unterstützung!

Thomas Brandt
Leitung IT
Example Group GmbH | Hafenweg 12 | 48155 Münster
Tel. +49 251 7094-440
"""
    m.body = outlook_alt(body, "windows-1252", "quoted-printable", "DE")
    return m


def b_newsletter():
    m = Mail("business", "de", "newsletter-brevo",
             "Weekly trade newsletter 'Tiermedizin kompakt' 44/2026 (antibiotic guideline, FIP lab "
             "diagnostics, events) to the head of lab diagnostics",
             "Subscribed trade newsletter sent through Brevo with List-Unsubscribe/One-Click, tracking links on "
             "the publisher's Brevo subdomain, full imprint; no request for credentials or payment.")
    I = Ids(m.slug)
    t = utc(2026, 10, 29, 5, 30, 0)
    lu = "<https://r.news.tiermedizin-kompakt.de/tr/un/%s>, <mailto:unsubscribe@news.tiermedizin-kompakt.de?subject=unsubscribe>" % I.b64(48, url=True)
    send(P.brevo, m, I, t, ("Tiermedizin kompakt", "newsletter@news.tiermedizin-kompakt.de"), [S("lab")],
         "Tiermedizin kompakt 44/2026: Antibiotika-Leitlinie Kleintier, FIP-Diagnostik, Termine",
         list_unsub=lu, reply_to=("Redaktion Tiermedizin kompakt", "redaktion@tiermedizin-kompakt.de"))
    base = "https://r.news.tiermedizin-kompakt.de/tr/cl/"
    links = [base + I.b64(60, url=True) for _ in range(5)]
    plain = """Tiermedizin kompakt – Ausgabe 44/2026
Online lesen: %s

Liebe Leserinnen und Leser,

1) Neue Leitlinie zum Antibiotikaeinsatz beim Kleintier
Die überarbeitete Leitlinie empfiehlt bei Harnwegsinfektionen der Hündin grundsätzlich eine Kultur mit Antibiogramm vor dem Einsatz von Reserveantibiotika. Wir fassen die wichtigsten Änderungen für die Praxis zusammen.
Weiterlesen: %s

2) Lab-Update: FIP-Diagnostik 2026
Welche Kombination aus Rivalta-Probe, Protein-Elektrophorese und RT-PCR aus Erguss liefert heute die beste Aussagekraft? Ein Überblick mit Entscheidungsbaum.
Weiterlesen: %s

3) Termine
19.11.2026 Webinar „Hämatologie im Praxislabor“ (ATF-anerkannt, 2 Std.)
03.12.2026 Regionaltagung Westfalen, Münster
Alle Termine: %s

Sie erhalten diesen Newsletter, weil Sie ihn unter miriam.adler@example.com abonniert haben.
Abmelden: %s

Tiermedizin kompakt · Fachverlag Weserbogen GmbH · Am Weserbogen 3 · 32457 Porta Westfalica
Geschäftsführer: Henning Strate · Amtsgericht Bad Oeynhausen HRB 12094
""" % tuple(links)
    h = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Tiermedizin kompakt 44/2026</title></head>
<body style="margin:0;background:#f0f3f2;font-family:Georgia,serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:8px 24px;font-size:11px;font-family:Arial,sans-serif;color:#777">Ausgabe 44/2026 · <a href="%s" style="color:#777">Online lesen</a></td></tr>
<tr><td style="background:#1d5c4d;color:#fff;padding:22px 24px;font-size:26px">Tiermedizin kompakt</td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:23px">
<p>Liebe Leserinnen und Leser,</p>
<h3 style="font-family:Arial,sans-serif;color:#1d5c4d">Neue Leitlinie zum Antibiotikaeinsatz beim Kleintier</h3>
<p>Die überarbeitete Leitlinie empfiehlt bei Harnwegsinfektionen der Hündin grundsätzlich eine Kultur mit Antibiogramm vor dem Einsatz von Reserveantibiotika. Wir fassen die wichtigsten Änderungen für die Praxis zusammen. <a href="%s">Weiterlesen</a></p>
<h3 style="font-family:Arial,sans-serif;color:#1d5c4d">Lab-Update: FIP-Diagnostik 2026</h3>
<p>Welche Kombination aus Rivalta-Probe, Protein-Elektrophorese und RT-PCR aus Erguss liefert heute die beste Aussagekraft? Ein Überblick mit Entscheidungsbaum. <a href="%s">Weiterlesen</a></p>
<h3 style="font-family:Arial,sans-serif;color:#1d5c4d">Termine</h3>
<p>19.11.2026 Webinar „Hämatologie im Praxislabor“ (ATF-anerkannt, 2 Std.)<br>03.12.2026 Regionaltagung Westfalen, Münster<br><a href="%s">Alle Termine</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777;background:#f7f7f7">Sie erhalten diesen Newsletter, weil Sie ihn unter miriam.adler@example.com abonniert haben. <a href="%s" style="color:#777">Abmelden</a><br>
Tiermedizin kompakt · Fachverlag Weserbogen GmbH · Am Weserbogen 3 · 32457 Porta Westfalica<br>Geschäftsführer: Henning Strate · Amtsgericht Bad Oeynhausen HRB 12094</td></tr>
</table><img width="1" height="1" alt="" src="https://r.news.tiermedizin-kompakt.de/tr/op/%s"></body></html>
""" % (tuple(links) + (I.b64(40, url=True),))
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


MESSAGES = [b_ceo_payment, b_bank_change, b_invoice, b_dunning, b_customer_order, b_sick_leave,
            b_it_notice, b_newsletter]
