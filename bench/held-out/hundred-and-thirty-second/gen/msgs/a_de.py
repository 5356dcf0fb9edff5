"""Attack messages 01-08 (German)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

L = C.LIEF

# mule account used in 01 (hijacked Lieferant mailbox, "factoring" story)
A01_IBAN = util.make_iban("DE", "10090000" + "2887654013")
# account used in 03 (look-alike domain invoice)
A03_IBAN = util.make_iban("LT", "32500" + "39175204816")
A06_IBAN = util.make_iban("DE", "50070024" + "0614370522")


def a01():
    m = mk("01-de-lieferant-thread-hijack-factoring", "attack", "de")
    m.t = local("DE", 2026, 11, 11, 8, 47, 13)
    m.from_ = L["lang_"]
    m.to = [C.S("ap")]
    m.cc = [("Rechnungseingang Example Group", "rechnungen@example.com")]
    m.rcpt = "sabine.krueger@example.com"
    m.subject = "AW: AW: Rechnung RE-2026-11873 – Textildrucke MEDICA 2026 (Halcyon, Halle 12 / C41)"
    m.hcs = "UTF-8"
    m.subj_mode = "B"
    orig_petra = "000001db52b1$7a3e91c0$6ebbb540$@lieferant-gmbh.de"
    sabine_mid = "8d2f61c4b0e94d0b9a55c1e0f3a7b219@EXCH01.corp.example.com"
    m.refs = [orig_petra, sabine_mid]
    m.irt = sabine_mid
    m.meta["rc_http"] = "91.64.187.23"
    m.meta["rc_host"] = "webmail.lieferant-gmbh.de"
    m.extra = [("User-Agent", "Roundcube Webmail/1.6.9")]
    t_q = local("DE", 2026, 11, 10, 14, 12, 40)
    paras = [
        "Guten Morgen Frau Krüger,",
        "vielen Dank für Ihre Rückmeldung und die Info zum geplanten Zahlungslauf am 20.11.",
        "Bitte beachten Sie vorab eine Änderung: Wir haben zum 01.11.2026 mit der Rheinischen Factoring-Gesellschaft "
        "einen Factoring-Vertrag abgeschlossen und unsere offenen Forderungen – einschließlich RE-2026-11873 über "
        "18.764,30 EUR – an diese abgetreten. Zahlungen mit schuldbefreiender Wirkung sind daher ab sofort nur noch "
        "auf das Treuhandkonto der RFG möglich:",
        "Kontoinhaber: RFG Rheinische Factoring-Gesellschaft mbH / Treuhand Lieferant GmbH\n"
        "Bank: Berliner Volksbank eG\n"
        "IBAN: %s\n"
        "BIC: BEVODEBBXXX" % util.iban_fmt(A01_IBAN),
        "Die Abtretungsanzeige mit allen Angaben habe ich Ihnen angehängt. Unsere bisherige Verbindung bei der "
        "Sparkasse Bielefeld wird für Ihre Zahlungen nicht mehr bedient; bitte passen Sie den Kreditorenstamm "
        "entsprechend an und geben Sie mir kurz Bescheid, wenn das erledigt ist – die RFG fragt bei uns den "
        "Stand der Umstellung ab.",
        "Den fehlenden Lieferschein für die zwei Leuchtrahmen reiche ich nach, sobald die Tour aus Hannover zurück ist.",
        "Ich bin diese Woche überwiegend auf Montage in Düsseldorf und telefonisch schlecht erreichbar, daher gerne "
        "per Mail.",
    ]
    sig = ["Mit freundlichen Grüßen", "", "Petra Lang", "Auftragsabwicklung / Innendienst", "",
           "Lieferant GmbH", "Messebausysteme · Textildruck · Leuchtrahmen", "Eckendorfer Straße 91 · 33609 Bielefeld",
           "Tel. +49 521 9876 5400 · Fax +49 521 9876 5499", "Factoring-Service (RFG): +49 30 23125 417",
           "www.lieferant-gmbh.de", "", L["gf"] + " · " + L["reg"]]
    quote = dict(attr="Am 2026-11-10 14:12, schrieb Sabine Krüger:", from_="Sabine Krüger", date_str="",
                 paras=["Hallo Frau Lang,",
                        "die Rechnung RE-2026-11873 (Textildrucke und Leuchtrahmen für den Halcyon-Stand, MEDICA Halle 12 / "
                        "C41) ist bei uns eingegangen und sachlich von Herrn Zimmermann freigegeben.",
                        "Uns fehlt noch der Lieferschein für die zwei Leuchtrahmen 2.000 x 2.500 mm – können Sie den bitte "
                        "nachreichen? Die Zahlung ist in unserem Zahlungslauf am 20.11. eingeplant.",
                        "Viele Grüße\nSabine Krüger\nKreditorenbuchhaltung\nExample Group GmbH"])
    text = "\n\n".join(clients.plain_of(p, "plain") for p in paras) + "\n\n" + "\n".join(sig) + "\n\n" + \
        clients.quote_plain(quote, "roundcube", "de")
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
             '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' +
             "\n".join("<p>%s</p>" % "<br />".join(clients.html_of(l) for l in p.split("\n")) for p in paras) +
             '\n<div id="signature">%s</div>\n' % "<br />".join(clients.html_of(l) for l in sig) +
             '<p><br /></p>\n<p id="reply-intro">Am 2026-11-10 14:12, schrieb Sabine Krüger:</p>\n'
             '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n' +
             "\n".join('<div class="pre" style="margin: 0; padding: 0; font-family: monospace">%s</div>' %
                       "<br />".join(clients.html_of(l) for l in p.split("\n")) for p in quote["paras"]) +
             "\n</blockquote>\n</body></html>\n")
    pdfb = docs.letter_pdf(
        m, "Lieferant GmbH", ["Messebausysteme · Textildruck · Leuchtrahmen", "Eckendorfer Straße 91 · 33609 Bielefeld",
                              "Tel. +49 521 9876 5400 · www.lieferant-gmbh.de"],
        ["Example Group GmbH", "Kreditorenbuchhaltung", "Kaiserswerther Straße 181", "40474 Düsseldorf"],
        "Bielefeld, 02.11.2026", "Anzeige der Forderungsabtretung (Factoring) – Änderung der Zahlungsverbindung",
        ["Sehr geehrte Damen und Herren,",
         "hiermit zeigen wir Ihnen an, dass wir sämtliche bestehenden und künftigen Forderungen aus Lieferungen und "
         "Leistungen gegen Ihr Unternehmen mit Wirkung zum 01.11.2026 an die RFG Rheinische Factoring-Gesellschaft mbH, "
         "Köln, abgetreten haben (stille Zession mit Offenlegung).",
         "Zahlungen mit schuldbefreiender Wirkung können ab sofort ausschließlich auf das folgende Treuhandkonto "
         "geleistet werden:",
         "Kontoinhaber: RFG Rheinische Factoring-Gesellschaft mbH / Treuhand Lieferant GmbH\nKreditinstitut: Berliner "
         "Volksbank eG\nIBAN: %s\nBIC: BEVODEBBXXX\nVerwendungszweck: Rechnungsnummer und Kundennummer 20417" %
         util.iban_fmt(A01_IBAN),
         "Bitte bestätigen Sie den Erhalt dieser Anzeige und die Änderung Ihres Kreditorenstamms per E-Mail an Ihre "
         "Ansprechpartnerin Frau Petra Lang. Rückfragen zum Factoring richten Sie bitte an den Factoring-Service der "
         "RFG unter +49 30 23125 417.",
         "Diese Anzeige gilt bis zu einem schriftlichen Widerruf durch die RFG."],
        closing=["Mit freundlichen Grüßen", "", "Lieferant GmbH", "Ralf Lang · Stefan Maier, Geschäftsführung"],
        footer=["Lieferant GmbH · Sitz Bielefeld · " + L["reg"] + " · USt-IdNr. " + L["vat"],
                "Geschäftsführer: Ralf Lang, Stefan Maier"],
        creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365",
        title="Abtretungsanzeige", t=local("DE", 2026, 11, 11, 8, 31))
    alt = Multipart("alternative", [clients.text_part(text, "UTF-8", "quoted-printable", params=["format=flowed"]),
                                    clients.html_part(htmlb, "UTF-8", "quoted-printable")], bnd(m, "roundcube"))
    for p in alt.parts:
        p.meta["quote_charset"] = False
    pdfp = Part("application/pdf", pdfb, cte="base64", filename="Abtretungsanzeige_RFG_Lieferant_GmbH.pdf",
                disposition="attachment", params=[])
    pdfp.extra = []
    m.root = Multipart("mixed", [alt, pdfp], bnd(m, "roundcube"))
    m.system = (infra.postfix, dict(host=L["relay"], ip=L["ip"], client="roundcube", dkim_sel="mail2026"))
    return finish(m, "Reply inside a real invoice thread from the supplier's genuine mailbox (compromised, sent via "
                     "Roundcube on the supplier's own relay): 'factoring' assignment notice, asks AP to re-point "
                     "Lieferant GmbH to a new account and confirm by mail; PDF 'Abtretungsanzeige'.",
                  "Thread hijack / supplier bank-detail change. Passes SPF/DKIM/DMARC because the mailbox is real; tells: "
                  "webmail HTTP hop from a residential IP while Petra normally writes from Outlook, new beneficiary is a "
                  "third party at a Berlin bank, 'please do not call, I am on site', new phone number only for the "
                  "'factoring service', request to confirm the master-data change by mail.",
                  phones=["+49 30 23125 417", "+49 521 9876 5400"])




def a02():
    m = mk("02-de-ceo-fraud-outlook-com-projekt", "attack", "de")
    m.t = local("DE", 2026, 11, 5, 17, 52, 31)
    m.from_ = ("Markus Hoffmann", "m.hoffmann.privat@outlook.com")
    m.to = [C.S("cfo")]
    m.rcpt = "claudia.weber@example.com"
    m.subject = "Vertraulich"
    infra.m365_prepare(m, "EURP194", "AS8P")
    paras = ["Hallo Claudia,",
             "bist du heute noch eine Stunde erreichbar? Ich sitze in Mailand zwischen zwei Terminen und brauche kurz "
             "deine Unterstützung bei einem vertraulichen Vorgang.",
             "Es geht um die Übernahme, über die bisher nur der Beirat informiert ist. Der Notar- und Anwaltsteil läuft "
             "über eine externe Kanzlei, deshalb schreibe ich dir von meiner privaten Adresse – die Unterlagen sollen "
             "vorerst nicht über unser System laufen. Bitte behandle das streng vertraulich, auch gegenüber Nicole und "
             "dem Team.",
             "Antworte mir bitte nur hier, telefonieren geht heute leider nicht, ich bin den ganzen Abend in Gesprächen.",
             "Danke dir\nMarkus"]
    sig = None
    text = "\n\n".join(paras) + "\n\nVon Outlook für Android gesendet<https://aka.ms/AAb9ysg>\n"
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            + "".join('<div dir="auto">%s</div>\n<div dir="auto"><br>\n</div>\n' % clients.html_of(p).replace("\n", "<br>\n")
                      for p in paras) +
            '<div dir="auto">Von <a href="https://aka.ms/AAb9ysg">Outlook für Android</a> gesendet</div>\n</body>\n</html>\n')
    m.root = clients.alt(text, html, "utf-8", "utf-8", "base64", "base64",
                         infra.ms_boundary(m, "000"))
    m.system = (infra.m365, dict(consumer=True, lang="de-DE", region="EURP194", sign=True))
    return finish(m, "'Are you available?' first-stage CEO fraud from a free Outlook.com address in the CEO's name to the "
                     "CFO: confidential acquisition, lawyers involved, reply only here, no phone.",
                  "BEC / CEO fraud. Clean Outlook.com infrastructure (SPF/DKIM/DMARC pass for outlook.com), no link or "
                  "attachment; tells: private free-mail address for the CEO, secrecy towards colleagues, refusal of phone "
                  "contact, urgency after office hours.")


def a03():
    m = mk("03-de-lookalike-lieferant-rechnung-girocode", "attack", "de")
    m.t = local("DE", 2026, 11, 24, 10, 3, 52)
    m.from_ = ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferantgmbh.de")
    m.to = [("Rechnungseingang Example Group", "rechnungen@example.com")]
    m.rcpt = "rechnungen@example.com"
    m.reply_to = ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferantgmbh.de")
    m.subject = "Rechnung RE-2026-12094 / Anzahlung boot Düsseldorf 2027 - geänderte Bankverbindung"
    m.hcs = "windows-1252"
    m.hmode = "Q"
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0")]
    paras = ["Sehr geehrte Damen und Herren,",
             "anbei erhalten Sie unsere Rechnung RE-2026-12094 über die vereinbarte Anzahlung (50 %) für die "
             "Textildrucke und Leuchtrahmen zum Projekt boot Düsseldorf 2027.",
             "Bitte beachten Sie, dass sich im Zuge der Umstellung unseres Zahlungsverkehrs unsere Bankverbindung "
             "geändert hat. Zahlungen auf die bisherige Verbindung bei der Sparkasse Bielefeld können ab sofort nicht "
             "mehr zugeordnet werden. Die neue Verbindung finden Sie auf der Rechnung; für die Überweisung können Sie "
             "den GiroCode auf der Rechnung mit Ihrer Banking-App scannen.",
             "Wir bitten um Ausgleich bis zum 01.12.2026, damit der Druck termingerecht freigegeben werden kann.",
             ]
    sig = ["Mit freundlichen Grüßen", "", "i. A. Monika Hensel", "Buchhaltung", "", "Lieferant GmbH",
           "Eckendorfer Straße 91 | 33609 Bielefeld", "Tel. +49 521 9876 5400",
           L["gf"] + " | " + L["reg"]]
    seller = dict(name="Lieferant GmbH", lines=["Eckendorfer Straße 91 · 33609 Bielefeld", "Tel. +49 521 9876 5400 · "
                                                "rechnungen@lieferantgmbh.de"],
                  footer=["Lieferant GmbH · Eckendorfer Straße 91 · 33609 Bielefeld · " + L["reg"] + " · USt-IdNr. " + L["vat"],
                          "Bankverbindung: Revolut Bank UAB · IBAN " + util.iban_fmt(A03_IBAN) + " · BIC REVOLT21"])
    buyer = dict(name="Example Group GmbH", lines=["Kreditorenbuchhaltung", "Kaiserswerther Straße 181", "40474 Düsseldorf"])
    meta = [("Rechnungsnummer", "RE-2026-12094"), ("Rechnungsdatum", "24.11.2026"), ("Kundennummer", "20417"),
            ("Auftrag", "AB-2026-4490"), ("Fällig am", "01.12.2026")]
    items = [("Anzahlung 50 % gem. AB-2026-4490: Textildrucke Spannrahmen (B1, 240 g/m²) für Stand boot Düsseldorf "
              "2027, Halle 5", 1, 12480.00),
             ("Anzahlung 50 %: LED-Leuchtrahmen 2.000 x 2.500 mm, 6 Stück, inkl. Netzteile", 1, 7199.70)]
    qr_payload = "BCD\n002\n1\nSCT\nREVOLT21\nLieferant GmbH\n%s\nEUR23418.84\n\n\nRE-2026-12094 KD 20417" % A03_IBAN
    pdfb, tot = docs.invoice_pdf(
        m, "de", seller, buyer, meta, items, 19,
        ["Kontoinhaber: Lieferant GmbH", "Bank: Revolut Bank UAB", "IBAN: " + util.iban_fmt(A03_IBAN), "BIC: REVOLT21",
         "Verwendungszweck: RE-2026-12094 / KD 20417"],
        notes=["Bitte beachten Sie unsere geänderte Bankverbindung. Zahlungen auf frühere Konten können nicht mehr "
               "zugeordnet werden.", "Leistungsdatum: Anzahlung vor Leistung (§ 13 Abs. 1 Nr. 1 a Satz 4 UStG)."],
        qr=qr_payload, qr_caption=["GiroCode – mit Ihrer Banking-App scannen", "Betrag: 23.418,84 EUR"],
        creator="Microsoft® Excel® für Microsoft 365", producer="Microsoft® Excel® für Microsoft 365",
        t=local("DE", 2026, 11, 24, 9, 41))
    assert abs(tot["gross"] - 23418.84) < 0.005, tot
    pdfp = att(m, pdfb, "application/pdf", "RE-2026-12094.pdf", "outlook")
    m.msgid = "000001db5e2f$%s$%s@lieferantgmbh.de" % (util.rand_hex(m.r, 8), util.rand_hex(m.r, 8))
    body = base.outlook_body(m, paras, sig, lang="de", cs="windows-1252", atts=[pdfp])
    # Outlook desktop outside M365: plain MIME boundaries
    body.boundary = "----=_NextPart_000_0017_01DB5E2F.%s" % util.rand_hex(m.r, 8, upper=True)
    body.parts[0].boundary = "----=_NextPart_001_0018_01DB5E2F.%s" % util.rand_hex(m.r, 8, upper=True)
    m.root = body
    m.system = (infra.postfix, dict(host="mail.lieferantgmbh.de", ip="78.46.219.87",
                                    rdns="static.87.219.46.78.clients.your-server.de", client="outlook",
                                    dkim_sel="default", amavis=False, client_ip="185.213.155.40"))
    return finish(m, "Invoice for a 50 % down payment 'from Lieferant GmbH' sent from the look-alike domain "
                     "lieferantgmbh.de (hyphen missing), announcing a new bank account; PDF invoice carries a GiroCode.",
                  "Invoice fraud with look-alike domain: SPF/DKIM pass for the look-alike, rDNS is a generic Hetzner "
                  "name, account is a Lithuanian Revolut IBAN, the EPC QR code silently pays the mule account, order "
                  "number AB-2026-4490 does not exist in the real Lieferant thread.",
                  phones=["+49 521 9876 5400"])


def a04():
    m = mk("04-de-messe-portal-standbau-phishing", "attack", "de")
    m.t = local("DE", 2026, 11, 4, 7, 12, 8)
    m.from_ = ("MEDICA 2026 | Technischer Ausstellerservice", "technik@messe-duesseldorf-services.de")
    m.to = [C.S("pm")]
    m.rcpt = "florian.zimmermann@example.com"
    m.subject = "MEDICA 2026 | Halle 12 / C41: Standbauantrag beanstandet – Korrektur bis 06.11.2026, 12:00 Uhr"
    m.hcs = "utf-8"
    track = "https://u48213857.ct.sendgrid.net/ls/click?upn=u001.%s" % util.rand_alnum(m.r, 120)
    portal = "https://aussteller-portal.messe-duesseldorf-services.de/standbau/26-12-0841?u=florian.zimmermann%40example.com"
    title = "Ihr Standbauantrag 26-12-0841 wurde beanstandet"
    paras = ["Sehr geehrter Herr Zimmermann,",
             "für den von Ihnen als Standbauer eingereichten Antrag (Aussteller: Halcyon Medical Devices Ltd, Halle 12, "
             "Stand C41, zweigeschossig, Deckenhänger) konnte die Prüfung durch die Technische Abteilung nicht "
             "abgeschlossen werden. Es fehlen:",
             "• statischer Nachweis für den Leuchtrahmen > 4,00 m Bauhöhe\n• Brandschutzzertifikat (B1) der "
             "Textilbespannung\n• Riggingplan mit Lastangaben je Hängepunkt",
             "Bitte laden Sie die fehlenden Unterlagen bis **06.11.2026, 12:00 Uhr** im Ausstellerportal hoch. Ohne "
             "Freigabe ist ein Aufbaubeginn am 12.11.2026 nicht möglich; Hängepunkte werden nicht gesetzt."]
    footer = ["Messe Düsseldorf GmbH · Technischer Ausstellerservice · Messeplatz · 40474 Düsseldorf",
              "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."]
    html = clients.notif_html("MEDICA 2026", "#00557f", title, paras, ("Unterlagen im Portal hochladen", track), footer,
                              "de", preheader="Korrektur bis 06.11.2026 erforderlich",
                              logo_text="MEDICA 2026 · Aussteller-Service")
    text = clients.notif_text(title, paras, ("Unterlagen im Portal hochladen", portal), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="sendgrid")
    m.system = (infra.sendgrid, dict())
    return finish(m, "Exhibitor-portal notice 'stand construction application rejected' for a real project (MEDICA, "
                     "hall 12, stand C41) with a deadline; button leads to a credential page on "
                     "messe-duesseldorf-services.de via SendGrid click tracking.",
                  "Credential phishing against a trade portal: look-alike organiser domain, bulk-sender infrastructure, "
                  "user's address pre-filled in the link, time pressure before build-up. Knowledge of stand and "
                  "customer suggests reconnaissance (public exhibitor list).")


def a05():
    m = mk("05-de-m365-mfa-quishing-pdf", "attack", "de")
    m.t = local("DE", 2026, 11, 17, 6, 58, 40)
    m.from_ = ("IT-Sicherheit | Microsoft 365", "info@tischlerei-brauckmann.de")
    m.to = [C.S("acc_de")]
    m.rcpt = "birgit.hartmann@example.com"
    m.subject = "Aktion erforderlich: MFA-Registrierung für birgit.hartmann@example.com läuft am 30.11.2026 ab"
    b64 = "YmlyZ2l0LmhhcnRtYW5uQGV4YW1wbGUuY29t"
    url = "https://mfa-erneuerung.sso-konto.de/m/?e=" + b64
    paras = ["Sehr geehrte/r birgit.hartmann,",
             "im Rahmen der Umstellung auf Passkeys und Number Matching muss die Multi-Faktor-Authentifizierung für "
             "Ihr Konto bis 30.11.2026 erneuert werden. Andernfalls wird der Zugriff auf Outlook, Teams und "
             "SharePoint automatisch gesperrt.",
             "Die Anleitung mit Ihrem persönlichen QR-Code finden Sie im Anhang. Bitte scannen Sie den Code mit der "
             "Kamera Ihres Smartphones (nicht am PC öffnen).",
             "Ihr IT-Sicherheitsteam"]
    pdfb = docs.notice_pdf(
        m, "Microsoft 365", (0.0, 0.36, 0.69), "Erneuerung der Multi-Faktor-Authentifizierung",
        ["Konto: birgit.hartmann@example.com", "Frist: 30.11.2026",
         "Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihrem "
         "Unternehmenskonto an. Bestätigen Sie anschließend die Anfrage in der Authenticator-App.",
         "Der Vorgang dauert weniger als zwei Minuten."],
        qr=url, qr_caption=["Persönlicher Registrierungscode", "Gültig bis 30.11.2026", "Ref. MFA-7731-DE"],
        footer=["Microsoft Corporation · One Microsoft Way · Redmond, WA 98052"], subtitle="Sicherheitshinweis",
        creator="Canva", producer="Canva", t=local("DE", 2026, 11, 17, 6, 40), qr_scale=4)
    pdfp = att(m, pdfb, "application/pdf", "MFA_Erneuerung_birgit.hartmann.pdf", "thunderbird")
    m.root = base.tb_body(m, paras, None, None, [pdfp], "de", "UTF-8", "quoted-printable", html=True, flowed=False)
    m.extra = [("User-Agent", "Mozilla Thunderbird")]
    m.system = (infra.strato, dict())
    return finish(m, "'Microsoft 365 MFA expires' notice from a compromised joinery's STRATO mailbox; PDF with a QR "
                     "code to scan with the phone, victim's address base64 in the QR URL.",
                  "Quishing: the only link is inside a QR image in a PDF (moves the victim to an unmanaged phone); "
                  "sender domain unrelated to Microsoft or to Example Group; generic salutation with the mailbox name; "
                  "lock-out threat.")


def a06():
    m = mk("06-de-registerbetrug-offerte-girocode", "attack", "de")
    m.t = local("DE", 2026, 10, 19, 9, 15, 2)
    m.from_ = ("ZUVH Zentrales Unternehmens- und Handelsregisterverzeichnis", "eintragung@zuvh-register.de")
    m.to = [C.S("om_de")]
    m.rcpt = "anja.neumann@example.com"
    m.subject = "Eintragung HRB 87412 - Example Group GmbH - Az. ZUVH-2026-418733 - Zahlungsaufforderung"
    m.hcs = "iso-8859-15"
    m.hmode = "Q"
    qr_payload = "BCD\n002\n1\nSCT\nDEUTDEFF500\nZUVH Registerverwaltung\n%s\nEUR687.40\n\n\nZUVH-2026-418733 HRB 87412" % A06_IBAN
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "aufgrund der Änderungsmitteilung im Handelsregister (Amtsgericht Düsseldorf, HRB 87412) wurde Ihr "
            "Unternehmen zur Eintragung in das Zentrale Unternehmens- und Handelsregisterverzeichnis vorgemerkt.\n\n"
            "Die Unterlagen zur Eintragung sowie den Überweisungsträger mit GiroCode erhalten Sie als PDF im Anhang. "
            "Wir bitten um Ausgleich innerhalb von 7 Tagen unter Angabe des Aktenzeichens.\n\n"
            "Mit freundlichen Grüßen\n\nZUVH Registerverwaltung\nAbteilung Eintragungen\n"
            "Telefon: +49 69 90009 214 (Mo-Fr 9-16 Uhr)\n")
    pdfb = docs.letter_pdf(
        m, "ZUVH", ["Zentrales Unternehmens- und Handelsregisterverzeichnis", "Registerverwaltung · Postfach 11 04 27 · "
                    "60039 Frankfurt am Main", "Tel. +49 69 90009 214 · www.zuvh-register.de"],
        ["Example Group GmbH", "Kaiserswerther Straße 181", "40474 Düsseldorf"],
        "Frankfurt am Main, 19.10.2026", "Eintragung Ihrer Handelsregisterdaten – Az. ZUVH-2026-418733",
        ["Registergericht: Amtsgericht Düsseldorf · Registernummer: HRB 87412 · Firma: Example Group GmbH",
         "Gegenstand: Veröffentlichung und Eintragung der Firmendaten im Zentralen Unternehmens- und "
         "Handelsregisterverzeichnis (ZUVH) für die Dauer von 12 Monaten.",
         "Eintragungsgebühr: 687,40 EUR (netto, nicht umsatzsteuerbar)",
         "Zahlbar innerhalb von 7 Tagen ab Datum dieses Schreibens auf: ZUVH Registerverwaltung, Deutsche Bank, "
         "IBAN %s, BIC DEUTDEFF500." % util.iban_fmt(A06_IBAN),
         "Hinweis: Die Eintragung im ZUVH ist ein privatwirtschaftliches Angebot und steht in keinem Zusammenhang mit "
         "der amtlichen Bekanntmachung der Registergerichte oder dem Unternehmensregister. Mit der Zahlung nehmen Sie "
         "dieses Angebot an. Es gelten die AGB unter www.zuvh-register.de/agb."],
        closing=["ZUVH Registerverwaltung"], footer=["ZUVH Registerverwaltung · Postfach 11 04 27 · 60039 Frankfurt am Main"],
        color=(0.15, 0.15, 0.15), creator="LibreOffice 7.6", producer="LibreOffice 7.6",
        qr=qr_payload, qr_caption=["Überweisung per GiroCode", "Betrag: 687,40 EUR", "Az.: ZUVH-2026-418733"],
        t=local("DE", 2026, 10, 19, 8, 50), size=9.2)
    pdfp = att(m, pdfb, "application/pdf", "ZUVH-2026-418733_Eintragung.pdf", "plain")
    m.root = base.plain_body(m, text, "iso-8859-15", "quoted-printable", [pdfp], kind="mailgun")
    m.system = (infra.mailgun, dict(mg_dom="mg.zuvh-register.de"))
    return finish(m, "Official-looking 'register entry' payment request quoting the company's real HRB number, PDF with "
                     "GiroCode for EUR 687.40; the small print says it is an optional private offer.",
                  "Register / directory scam: invented registry name imitating the Handelsregister, payment demand "
                  "disguised as fee, acceptance by payment, bulk mail via Mailgun, fictitious Frankfurt phone number.",
                  phones=["+49 69 90009 214"])


def a07():
    m = mk("07-de-bewerbung-passwort-zip-lnk", "attack", "de")
    m.t = local("DE", 2026, 10, 27, 21, 34, 18)
    m.from_ = ("Kevin Hartung", "k.hartung92@web.de")
    m.to = [("Bewerbungen Example Group", "jobs@example.com")]
    m.rcpt = "jobs@example.com"
    m.subject = "Bewerbung als Projektleiter Messebau (m/w/d) – Ref. PL-2611"
    pwd = "Bewerbung2026"
    text = ("Sehr geehrte Frau Schäfer,\n\n"
            "mit großem Interesse habe ich Ihre Stellenanzeige als Projektleiter Messebau (Ref. PL-2611) gelesen. "
            "Nach meiner Ausbildung zum Tischler und dem Studium Innenarchitektur arbeite ich seit sechs Jahren als "
            "Projektleiter bei einem Messebauer in Köln und betreue Stände von 50 bis 600 m² (u. a. ISH, ANUGA, "
            "Gamescom).\n\n"
            "Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finde Sie im Anhang. Aus "
            "Datenschutzgründen habe ich das Archiv verschlüsselt, das Passwort lautet: %s\n\n"
            "Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n"
            "Mit freundlichen Grüßen\nKevin Hartung\nMobil: +49 176 04690 318\n" % pwd)
    inner = [("Bewerbung_Kevin_Hartung/Anschreiben_Lebenslauf_Kevin_Hartung.pdf.lnk",
              base.inert("Windows shortcut (.lnk) launching a PowerShell/mshta loader", "Anschreiben_Lebenslauf_Kevin_Hartung.pdf.lnk"),
              {"dt": (2026, 10, 27, 20, 58, 12)}),
             ("Bewerbung_Kevin_Hartung/Zeugnisse_Zertifikate.pdf.lnk",
              base.inert("Windows shortcut (.lnk) launching a loader", "Zeugnisse_Zertifikate.pdf.lnk"),
              {"dt": (2026, 10, 27, 20, 58, 12)}),
             ("Bewerbung_Kevin_Hartung/.res/Foto.jpg",
              base.inert("decoy data blob used by the loader", "Foto.jpg"), {"dt": (2026, 10, 27, 20, 57, 40)})]
    z = containers.make_zip(inner, password=pwd.encode(), rnd=m.r, made_by=0x0014)
    zp = Part("application/zip", z, cte="base64", filename="Bewerbung_Kevin_Hartung.zip", disposition="attachment")
    tp = clients.text_part(text, "UTF-8", "quoted-printable")
    m.root = Multipart("mixed", [tp, zp], bnd(m, "gmx"))
    m.system = (infra.united, dict(brand="webde", webmail=True))
    rec = finish(m, "Job application for an advertised stand-building project manager post from a WEB.DE webmail "
                    "account, with a password-protected ZIP 'for data protection' and the password in the body.",
                 "Malware loader: encrypted archive defeats gateway scanning, contains .pdf.lnk shortcuts (inert "
                 "placeholders here) and a hidden folder; job-application pretext is a known campaign against German "
                 "HR departments.",
                 phones=["+49 176 04690 318"])
    rec["zip_passwords"] = ["Bewerbung_Kevin_Hartung.zip=" + pwd]
    return rec


def a08():
    m = mk("08-de-gehaltskonto-aenderung-gmx", "attack", "de")
    m.t = local("DE", 2026, 11, 12, 19, 7, 44)
    m.from_ = ("Florian Zimmermann", "florian.zimmermann.fz@gmx.de")
    m.to = [C.S("hr")]
    m.rcpt = "julia.schaefer@example.com"
    m.subject = "Neue Bankverbindung für die Gehaltsabrechnung"
    iban = util.make_iban("DE", "10011001" + "2637481950")
    text = ("Hallo Julia,\n\n"
            "ich habe zum 1.12. meine Bank gewechselt und würde dich bitten, für die Dezemberabrechnung schon die neue "
            "Verbindung zu hinterlegen:\n\n"
            "Kontoinhaber: Florian Zimmermann\nIBAN: %s\nBank: N26\n\n"
            "Ich bin bis Freitag auf der EuroTier in Hannover (Standdienst) und komme hier nicht ins VPN, deshalb schreibe "
            "ich dir von meiner privaten Adresse. Kannst du mir kurz bestätigen, wenn es eingetragen ist? Das alte "
            "Konto löse ich Ende des Monats auf.\n\n"
            "Danke dir und viele Grüße\nFlorian\n" % util.iban_fmt(iban))
    m.root = clients.text_part(text, "UTF-8", "quoted-printable")
    m.system = (infra.united, dict(brand="gmx", webmail=True))
    return finish(m, "A project manager 'from his private GMX address' asks HR to switch his salary account to a new "
                     "N26 IBAN before the December payroll and to confirm by mail.",
                  "Payroll diversion: plausible story (on stand duty at EuroTier, no VPN), correct colleague names, but "
                  "free-mail address not on file, new neo-bank account, request to change master data by mail without "
                  "the HR form or a call.")


MESSAGES = [a01, a02, a03, a04, a05, a06, a07, a08]
