"""Business messages, German (01-08)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, tb_body, tb_quote, gmail_body, gmail_quote)
from lib import systems as S, world as W, ident as I, docs, office
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, postfix_qid, ALNUM

LF = W.LIEFERANT
DE = W.OFF["DE"]
EG_BUYER_LINES = ["Example Group Wasserbau GmbH", "Kreditorenbuchhaltung", "Reiherdamm 38", "20457 Hamburg"]

LF_SELLER = dict(name="Lieferant GmbH", tag=["Baggertechnik · Verschleißteile · Rohrleitungssysteme"],
                 lines=["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven", "Tel. +49 471 93 21 40",
                        "Fax +49 471 93 21 499", "rechnungen@lieferant-gmbh.de", "www.lieferant-gmbh.de"],
                 short=["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven"])


def lf_footer(bank):
    return [["Lieferant GmbH", "Am Fischereihafen 21", "27572 Bremerhaven", "www.lieferant-gmbh.de"],
            ["Geschäftsführer:", "Gerd Lang, Dr. Ulrike Brandes", "Amtsgericht Bremen HRB 31457 BHV",
             "USt-IdNr. %s" % LF["ust"]],
            ["Bankverbindung:", bank[0], "IBAN %s" % I.iban_fmt(bank[2]), "BIC %s" % bank[1]]]


def tb_mua(ctx, org=None, lang="de-DE"):
    """Thunderbird 128 header block."""
    h = [("__MIME__", None), ("Message-ID", ctx.msgid), ("Date", ctx.date()), ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird")]
    if ctx.references:
        h.append(("References", ctx.references))
    h.append(("Subject", ctx.subj()))
    h.append(("To", ctx.to_h()))
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    h.append(("Content-Language", lang))
    h.append(("From", ctx.from_h()))
    if org:
        h.append(("Organization", org))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    h += ctx.extra
    return h


# ---------------------------------------------------------------------------------------------
@message("business", "01-de-lieferant-rechnung-girocode-zugferd")
def b01(m):
    r = m.r
    t = at(2026, 10, 13, 9, 12, 5)
    items = [("Schneidzahn SZ-45, Verschleißstahl 500 HB\nArt.-Nr. 45-1120, für Schneidkopf CSD „Neuwerk“", 120, "Stk", 86.50),
             ("Zahnadapter AD-45, Schweißausführung\nArt.-Nr. 45-2210", 24, "Stk", 312.00),
             ("Klemmbolzen-Set KB-45 (Stift + Sicherung)\nArt.-Nr. 45-3005", 150, "Stk", 9.80),
             ("Saugmund-Verschleißauskleidung SM-900\nArt.-Nr. 90-0415, Zeichnung EG-CSD-NW-0415 Rev. C", 1, "Stk", 7480.00),
             ("Frachtkosten Bremerhaven – Hamburg-Steinwerder\nSpedition, Lieferung frei Baustelle Reiherdamm", 1, "psch", 280.00)]
    net = round(sum(q * p for _, q, _, p in items), 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    bank = LF["old_bank"]
    epc = I.epc_payload(bank[1], "Lieferant GmbH", bank[2], gross, "RE 2026-10457 KD 10233")
    xml = docs.cii_xml("2026-10457", "2026-10-13",
                       dict(name="Lieferant GmbH", zip="27572", street="Am Fischereihafen 21", city="Bremerhaven",
                            country="DE", vat=LF["ust"]),
                       dict(name="Example Group Wasserbau GmbH", zip="20457", street="Reiherdamm 38", city="Hamburg",
                            country="DE", vat=DE["ids"]["USt-IdNr."]),
                       items, net, vat, gross, 19, bank[2], bank[1], "4500012345", "2026-11-12",
                       "Zahlbar innerhalb 14 Tagen mit 2 % Skonto oder 30 Tage netto")
    pdfb, _, _, _ = docs.invoice_pdf(
        m, "de", LF_SELLER, EG_BUYER_LINES,
        [("Rechnungsnummer", "2026-10457"), ("Rechnungsdatum", "13.10.2026"), ("Kundennummer", "10233"),
         ("Ihre Bestellung", "4500012345 vom 22.09.2026"), ("Lieferschein", "80-33917 vom 09.10.2026"),
         ("Ihr Ansprechpartner", "Stefan Maier")],
        items, 19,
        ["Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer auf folgendes Konto:",
         "%s · BIC %s" % (bank[0], bank[1]), "IBAN %s" % I.iban_fmt(bank[2])],
        lf_footer(bank), t, 120, qr_payload=epc, qr_label="Bezahlen mit GiroCode",
        notes=dict(intro="Wir danken für Ihren Auftrag und berechnen Ihnen vereinbarungsgemäß:",
                   terms="Zahlungsbedingungen: innerhalb von 14 Tagen (bis 27.10.2026) mit 2 % Skonto, "
                         "innerhalb von 30 Tagen (bis 12.11.2026) rein netto. Lieferung gemäß unseren AGB."),
        creator="proALPHA ERP 9.1 (Belegdruck)", producer="PDFlib 10.0.2 (Win64)",
        embed=[("factur-x.xml", xml.encode("utf-8"), "text/xml", "Factur-X/ZUGFeRD Rechnungsdaten", "Alternative")])
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung Nr. 2026-10457 vom 13.10.2026 zu Ihrer Bestellung 4500012345 "
            "(Lieferschein 80-33917).\n\n"
            "Die Rechnung ist ein ZUGFeRD-Dokument (Profil EN 16931). Die strukturierten Rechnungsdaten sind als "
            "factur-x.xml in die PDF-Datei eingebettet und können von Ihrem Rechnungseingangssystem direkt übernommen werden.\n\n"
            "Zahlungsbedingungen: 14 Tage 2 %% Skonto, 30 Tage netto.\n\n"
            "Bei Rückfragen zu dieser Rechnung erreichen Sie unsere Buchhaltung unter +49 471 93 21 40-30 "
            "oder per E-Mail an rechnungen@lieferant-gmbh.de.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Lieferant GmbH\nBuchhaltung\n\n"
            "--\nLieferant GmbH · Am Fischereihafen 21 · 27572 Bremerhaven\n"
            "Tel. +49 471 93 21 40 · www.lieferant-gmbh.de\n"
            "Geschäftsführer: Gerd Lang, Dr. Ulrike Brandes\n"
            "Amtsgericht Bremen HRB 31457 BHV · USt-IdNr. %s\n\n"
            "Diese E-Mail wurde automatisch erstellt. Ihre Antwort erreicht unsere Buchhaltung.\n" % LF["ust"])
    root = m.multi("mixed", [m.text(body, "iso-8859-15", "quoted-printable"),
                             m.attach(pdfb, "application/pdf", "RE_2026-10457_Example_Group.pdf")], style="java")
    ctx = m.ctx(t, LF["people"]["buha"][:2], [W.st("sabine")], "Rechnung 2026-10457 zu Bestellung 4500012345",
                root, zone="DE")
    ctx.msgid = "<ERP.%s.%s@erp01.lieferant.local>" % (t.strftime("%Y%m%d%H%M%S"), r.randint(1000, 9999))
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("Reply-To", "rechnungen@lieferant-gmbh.de"),
           ("To", ctx.to_h()), ("Message-ID", ctx.msgid), ("Subject", ctx.subj()), ("MIME-Version", "1.0"),
           ("__MIME__", None), ("X-Mailer", "proALPHA Mail-Connector 9.1"), ("X-Priority", "3")]
    res = S.postfix_relay(ctx, "mail.lieferant-gmbh.de", LF["relay"][1],
                          ("erp01.lieferant.local", "erp01.lieferant.local", "192.168.10.20"), mua,
                          dkim_dom="lieferant-gmbh.de", dkim_sel="mail2024", tls_sub=False, dmarc=("pass", "quarantine"))
    m.facts(iban=[bank[2]])
    m.phone("+49 471 93 21 40", "+49 471 93 21 40-30", "+49 471 93 21 499")
    m.describe("Lieferant GmbH's ERP sends invoice 2026-10457 (cutter teeth, adapters, suction-mouth liner) as a "
               "ZUGFeRD PDF with embedded factur-x.xml and a GiroCode (EPC QR) for EUR 32,246.62.",
               "Genuine: sent from the supplier's own relay with aligned SPF/DKIM/DMARC, refers to a real PO and "
               "delivery note, IBAN is the supplier's long-standing Weser-Elbe Sparkasse account (same as in the "
               "GiroCode and the XML), no pressure, no links.",
               pair="A03 (hijacked thread with altered invoice/QR), A04 (register scam with QR)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "02-de-lieferant-bankwechsel-korrekt")
def b02(m):
    r = m.r
    t = at(2026, 11, 5, 10, 15, 33)
    old, new = LF["old_bank"], LF["new_bank"]
    letter = ("Sehr geehrte Damen und Herren,\n\n"
              "zum 01.12.2026 wechseln wir unsere Hausbank. Wir bitten Sie, Zahlungen ab diesem Datum auf die folgende "
              "Bankverbindung zu leisten:\n\n"
              "Kontoinhaber: Lieferant GmbH\nBank: %s\nIBAN: %s\nBIC: %s\n\n"
              "Unser bisheriges Konto bei der %s (IBAN %s) bleibt bis zum 31.03.2027 parallel bestehen; Zahlungen "
              "dorthin gehen nicht verloren.\n\n"
              "Bitte verifizieren Sie diese Änderung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung. "
              "Wir werden Sie niemals per E-Mail auffordern, kurzfristig auf ein anderes Konto zu zahlen. Das Original "
              "dieses Schreibens erhalten Sie zusätzlich per Post." % (new[0], I.iban_fmt(new[2]), new[1], old[0], I.iban_fmt(old[2])))
    pdfb = docs.letter_pdf(
        m, "Lieferant GmbH", LF_SELLER["lines"][:5] + ["www.lieferant-gmbh.de"],
        ["Example Group Wasserbau GmbH", "Kreditorenbuchhaltung", "Reiherdamm 38", "20457 Hamburg"],
        "Bremerhaven, 04.11.2026", "Änderung unserer Bankverbindung zum 01.12.2026", letter,
        ["Mit freundlichen Grüßen", "Lieferant GmbH", "", "gez. Gerd Lang                    gez. Dr. Ulrike Brandes",
         "Geschäftsführer                   Geschäftsführerin"],
        lf_footer(new), t, 60, creator="Microsoft® Word 2021", producer="Microsoft® Word 2021",
        logo_sub="Baggertechnik · Verschleißteile · Rohrleitungssysteme")
    text = ("Sehr geehrte Frau Krüger,\nsehr geehrter Herr Lehmann,\n\n"
            "wie im Jahresgespräch angekündigt, wechseln wir zum 01.12.2026 unsere Hausbank. Anbei das Schreiben "
            "unserer Geschäftsführung mit der neuen Bankverbindung, das Original geht Ihnen zusätzlich per Post zu.\n\n"
            "Das Wichtigste in Kürze:\n"
            "- Die neue Bankverbindung bei der Oldenburgischen Landesbank gilt für Zahlungen ab dem 01.12.2026.\n"
            "- Unser bisheriges Konto bei der Weser-Elbe Sparkasse bleibt bis zum 31.03.2027 parallel bestehen.\n"
            "- Bitte verifizieren Sie die Änderung wie üblich telefonisch über die Ihnen bekannte Rufnummer unserer "
            "Buchhaltung (Herr Wessels) und nicht über Kontaktdaten aus dieser E-Mail.\n"
            "- Wir werden Sie niemals per E-Mail auffordern, kurzfristig auf ein anderes Konto zu zahlen. Sollte so "
            "etwas bei Ihnen ankommen, rufen Sie mich bitte sofort an.\n\n"
            "Ab Dezember steht die neue IBAN auch auf allen Rechnungen und in den ZUGFeRD-Daten.\n\n"
            "Vielen Dank und viele Grüße aus Bremerhaven\nStefan Maier\n\n"
            "-- \nStefan Maier\nVertrieb / Key Account Baggertechnik\n"
            "Lieferant GmbH · Am Fischereihafen 21 · 27572 Bremerhaven\n"
            "Tel. +49 471 93 21 40-14 · Mobil +49 171 4428 913\nwww.lieferant-gmbh.de\n")
    from lib.kit import tb_body
    root = tb_body(m, text, "UTF-8", [m.attach(pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_01.12.2026.pdf",
                                                style="tb")], flowed=True, cte="8bit")
    ctx = m.ctx(t, LF["people"]["maier"][:2], [W.st("sabine")],
                "Änderung unserer Bankverbindung zum 01.12.2026 – bitte telefonisch verifizieren", root, zone="DE",
                cc=[W.st("markus"), LF["people"]["lang"][:2]], subj_enc="Q")
    ctx.msgid = "<%s@lieferant-gmbh.de>" % ruuid(r)
    res = S.postfix_relay(ctx, "mail.lieferant-gmbh.de", LF["relay"][1],
                          ("[192.168.10.57]", None, "192.168.10.57"), tb_mua(ctx, org="Lieferant GmbH"),
                          dkim_dom="lieferant-gmbh.de", dkim_sel="mail2024", auth_user="s.maier@lieferant-gmbh.de",
                          dmarc=("pass", "quarantine"))
    m.facts(iban=[old[2], new[2]])
    m.phone("+49 471 93 21 40", "+49 471 93 21 40-14", "+49 171 4428 913", "+49 471 93 21 499")
    m.describe("Lieferant GmbH's key-account manager announces the company's change of house bank (to OLB from "
               "01.12.2026) with a letter signed by both managing directors; old account stays open until 31.03.2027.",
               "Genuine: real domain and relay (Thunderbird on the internal LAN, SPF/DKIM/DMARC pass), announced long "
               "in advance, both accounts in the company's own name at regional banks, explicitly asks for a phone "
               "call-back via known numbers and warns against e-mail payment redirections.",
               pair="A02 (look-alike bank change), A03 (hijacked thread)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "03-de-ceo-dringende-freigabe-intern")
def b03(m):
    r = m.r
    t = at(2026, 11, 20, 17, 42, 9)
    m.ex_ids("EXCH02")
    text = ("Katrin,\n\n"
            "Nordwerft braucht die Anzahlung für die Dockung der Elbstrom bis Montag 12 Uhr, sonst geben sie den "
            "Dock-Slot ab 30.11. an die Reederei Harms weiter (Herr Ahlers hat mich eben angerufen).\n\n"
            "Die Rechnung AR-26-0815 über 62.475,00 EUR liegt seit gestern im SAP-Workflow bei dir zur zweiten "
            "Freigabe, Arne hat sachlich und rechnerisch geprüft. Bankverbindung wie im Kreditorenstamm, keine Änderung.\n\n"
            "Kannst du das bitte heute noch freigeben, damit Sabine es mit dem Montagslauf rausschickt? Falls es "
            "Rückfragen gibt: ich bin ab 19 Uhr wieder erreichbar, mobil wie immer.\n\n"
            "Danke und schönes Wochenende\nHenrik\n\n")
    plain = text + "Von Outlook für iOS<https://aka.ms/o0ukef> gesendet\n"
    htm = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n'
           '<body>\r\n<div dir="ltr">\r\n' +
           "".join('<div dir="ltr">%s</div>\r\n' % (html_escape(l) if l else "<br>") for l in text.rstrip("\n").split("\n")) +
           '<div dir="ltr"><br></div>\r\n<div class="ms-outlook-mobile-signature">Von <a href="https://aka.ms/o0ukef">'
           'Outlook für iOS</a> gesendet</div>\r\n</div>\r\n</body>\r\n</html>\r\n')
    root = m.multi("alternative", [m.text(plain, "utf-8", "base64", style="outlook"),
                                   m.html(htm, "utf-8", "base64", style="outlook")], style="exchange")
    ctx = m.ctx(t, W.st("henrik"), [W.st("katrin")],
                "Dringend: Anzahlung Nordwerft Dockung Elbstrom – bitte heute freigeben", root, zone="DE",
                cc=[W.st("laura")])
    res = S.exchange_internal(ctx, server="EXCH02", hub="EXCH01", orig_ip="10.20.88.14", ids=m.ms)
    m.facts(url=["https://aka.ms/o0ukef"])
    m.describe("Internal: the CEO (Outlook for iOS via Exchange) asks the CFO to release a shipyard down payment "
               "(EUR 62,475) in the SAP workflow today to keep the dock slot.",
               "Genuine: internal route EXCH02 → mail-int01, refers to the normal SAP two-step approval already "
               "checked by the fleet manager, explicitly 'bank details as in vendor master, no change', colleague in "
               "Cc, reachable by phone. Urgent and about money, but no secrecy and no new account.",
               pair="A01 (CEO fraud), A14 (gift-card CEO fraud)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "04-de-docusign-nordwerft-echt")
def b04(m):
    r = m.r
    t = at(2026, 11, 19, 14, 5, 40)
    a, acct, er = ruuid(r), ruuid(r), ruuid(r)
    link = "https://eu.docusign.net/Member/EmailStart.aspx?a=%s&acct=%s&er=%s" % (a, acct, er)
    code = rhex(r, 32).upper()
    doc = "Dockungsvertrag_TSHD_Elbstrom_2026-12.pdf"
    msg = ("Sehr geehrter Herr Jansen,\nwie besprochen anbei der Dockungsvertrag für die Elbstrom (Dock 2, 30.11.–18.12.2026) "
           "inkl. Leistungsverzeichnis Rev. 4. Nach Ihrer Unterschrift zeichnet unsere Geschäftsführung gegen.\n"
           "Viele Grüße\nJan-Hendrik Ahlers")
    text = ("Jan-Hendrik Ahlers hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.\n\n"
            "DOKUMENT PRÜFEN: %s\n\n%s\n\n"
            "Leiten Sie diese E-Mail nicht weiter: Diese E-Mail enthält einen sicheren Link zu Docusign. Geben Sie diesen "
            "Link und den Zugangscode nicht an andere Personen weiter.\n\n"
            "Alternative Signaturmethode\nBesuchen Sie docusign.com, klicken Sie auf „Dokumente aufrufen“ und geben Sie "
            "den Sicherheitscode ein: %s\n\n"
            "Über Docusign\nUnterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Egal, ob Sie im Büro, "
            "zu Hause oder unterwegs sind – mit Docusign haben Sie eine vertrauenswürdige Lösung für das Digital "
            "Transaction Management.\n\n"
            "Fragen zum Dokument? Wenn Sie das Dokument ändern möchten oder Fragen zu den Details haben, wenden Sie sich "
            "bitte direkt an den Absender.\n\n"
            "Diese Nachricht wurde an %s gesendet. Melden Sie diese E-Mail oder lesen Sie mehr unter "
            "https://support.docusign.com/s/articles/How-do-I-report-a-Suspicious-Activity\n" % (link, msg, code, W.st("arne")[1]))
    htm = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="padding:2px;margin:0"><table style="border:0;width:100%%;background-color:#eaeaea" cellpadding="0" cellspacing="0">'
           '<tr><td></td><td width="640"><table style="border-collapse:collapse;background-color:#ffffff;max-width:640px">'
           '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" '
           'style="border:none" width="116" height="34" alt="Docusign"></td></tr><tr><td style="padding:0px 24px 30px 24px">'
           '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%" align="center" '
           'style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 36px 36px 36px;'
           'border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;'
           'width:100%%;text-align:center"><img width="75" height="75" src="https://eu.docusign.net/member/Images/email/docInvite-white.png" '
           'alt=""><table border="0" cellspacing="0" cellpadding="0" width="100%%"><tr><td align="center" style="padding-top:24px;'
           'font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff">Jan-Hendrik Ahlers '
           'hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.</td></tr></table><table border="0" cellspacing="0" '
           'cellpadding="0" width="100%%"><tr><td align="center" style="padding-top:30px"><div><table cellspacing="0" '
           'cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;'
           'font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;'
           'background-color:#ffc423;display:block"><a href="%s" style="font-size:15px;color:#333333;background-color:#ffc423;'
           'font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;'
           'background-color:#ffc423;display:inline-block"><span style="padding:0px 24px;line-height:44px">DOKUMENT PRÜFEN'
           '</span></a></td></tr></table></div></td></tr></table></td></tr></table></td></tr>'
           '<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;'
           'background-color:white"><table role="presentation" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px">'
           '<div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333">'
           'Jan-Hendrik Ahlers</div><div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;'
           'color:#666666"><a href="mailto:jh.ahlers@nordwerft-cuxhaven.de" style="color:#2463d1">jh.ahlers@nordwerft-cuxhaven.de</a>'
           '</div></td></tr></table><span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px">'
           '%s</span></td></tr><tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,'
           'Sans Serif;font-size:11px;color:#666666"></td></tr><tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea">'
           '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px">'
           '<b aria-level="3" role="heading">Leiten Sie diese E-Mail nicht weiter:</b><br>Diese E-Mail enthält einen sicheren '
           'Link zu Docusign. Geben Sie diesen Link und den Zugangscode nicht an andere Personen weiter.<br></p>'
           '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px">'
           '<b aria-level="3" role="heading">Alternative Signaturmethode</b><br>Besuchen Sie docusign.com, klicken Sie auf '
           '„Dokumente aufrufen“ und geben Sie den Sicherheitscode ein: %s</p><p style="margin-bottom:1em;font-family:Helvetica,'
           'Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b aria-level="3" role="heading">Über Docusign</b><br>'
           'Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Egal, ob Sie im Büro, zu Hause oder unterwegs '
           'sind – mit Docusign haben Sie eine vertrauenswürdige Lösung für das Digital Transaction Management.</p>'
           '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px">'
           'Diese Nachricht wurde an %s gesendet. <a href="https://support.docusign.com/s/articles/How-do-I-report-a-Suspicious-Activity" '
           'style="color:#2463d1">Melden Sie diese E-Mail</a>.</p></td></tr></table></td><td></td></tr></table></body></html>'
           % (link, "<br>".join(html_escape(x) for x in msg.split("\n")), code, W.st("arne")[1]))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="generic")
    ctx = m.ctx(t, ("Jan-Hendrik Ahlers über Docusign", "dse@eumail.docusign.net"), [W.st("arne")],
                "Bitte mit Docusign unterzeichnen: %s" % doc, root, zone="DE")
    ctx.reply_to = mime_addr("Jan-Hendrik Ahlers", "jh.ahlers@nordwerft-cuxhaven.de")
    ctx.msgid = "<%s@eumail.docusign.net>" % rhex(r, 32)
    ctx.env_from = "bounces+%s@eumail.docusign.net" % rhex(r, 16)
    mua = [("Reply-To", ctx.reply_to), ("From", ctx.from_h(quote_always=True)), ("To", ctx.to_h()),
           ("Message-ID", ctx.msgid), ("Date", ctx.date(zone="UTC")), ("Subject", ctx.subj()), ("MIME-Version", "1.0"),
           ("__MIME__", None)]
    res = S.platform(ctx, "eumail-mta03.docusign.net", "185.81.100.43", mua,
                     [("docusign.net", "mail", "Reply-To:From:To:Message-ID:Date:Subject:MIME-Version:Content-Type", "opendkim")],
                     dmarc=("pass", "reject"))
    m.facts(url=[link])
    m.describe("Genuine DocuSign envelope: Nordwerft Cuxhaven's project manager sends the docking contract for TSHD "
               "Elbstrom for signature.",
               "Genuine: sent by DocuSign's EU platform (eumail.docusign.net, DKIM d=docusign.net, DMARC pass), the "
               "review link points to eu.docusign.net, the sender is a known shipyard contact and the job was agreed "
               "by phone; no credentials requested outside DocuSign.",
               pair="A06 (fake DocuSign via SendGrid)")
    return m.finish(ctx, res)


def mime_addr(n, a):
    from lib import mime
    return mime.addr(n, a)


# ---------------------------------------------------------------------------------------------
@message("business", "05-de-hausbank-portal-hinweis-vop")
def b05(m):
    r = m.r
    t = at(2026, 12, 7, 7, 58, 30)
    text = ("Sehr geehrte Frau Vogel,\n\n"
            "in Ihrem Postfach in EHB Business Online liegt eine neue Nachricht für Sie bereit:\n\n"
            "»Neue Sonderbedingungen für den Zahlungsverkehr ab 01.01.2027 und Hinweise zur Empfängerüberprüfung«\n\n"
            "Worum geht es?\n"
            "Seit Oktober 2025 prüfen wir bei jeder SEPA-Überweisung, ob der Name des Zahlungsempfängers zur IBAN passt "
            "(Empfängerüberprüfung / Verification of Payee). Erhalten Sie den Hinweis »Name stimmt nicht überein«, "
            "halten Sie bitte vor der Freigabe Rücksprache mit Ihrem Geschäftspartner - über eine Ihnen bekannte "
            "Telefonnummer, nicht über Kontaktdaten aus einer E-Mail. Bei Sammelaufträgen erhalten Sie das Ergebnis "
            "nun je Einzelposten.\n\n"
            "Die neuen Sonderbedingungen gelten als genehmigt, wenn Sie nicht bis zum 31.12.2026 widersprechen. Den "
            "vollständigen Text finden Sie im Postfach von EHB Business Online.\n\n"
            "Bitte melden Sie sich wie gewohnt über die Ihnen bekannte Adresse business.elbe-handelsbank.de oder die "
            "EHB Business App an. Diese E-Mail enthält bewusst keine Links.\n\n"
            "Wichtig: Wir fragen Sie niemals per E-Mail, SMS oder Telefon nach PIN, TAN oder Zugangsdaten und bitten "
            "Sie nie, eine Freigabe am Telefon durchzuführen.\n\n"
            "Bei Fragen erreichen Sie Ihr Firmenkundenteam unter +49 40 3008 4400 (Mo-Fr 8-18 Uhr).\n\n"
            "Mit freundlichen Grüßen\nIhre Elbe Handelsbank AG\n\n"
            "Elbe Handelsbank AG · Ballindamm 14 · 20095 Hamburg · Vorstand: Dr. Jörg Kämmerer (Vors.), Sandra Oltmanns · "
            "Vorsitzender des Aufsichtsrats: Prof. Dr. Hans-Peter Rieck · Sitz Hamburg · Amtsgericht Hamburg HRB 17042\n")
    htm = ('<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-15"><title>EHB Business Online</title></head>'
           '<body style="margin:0;background:#f2f4f6"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;'
           'font-size:14px;line-height:21px;color:#1d2a36"><tr><td style="background:#0b3a5d;padding:18px 28px;color:#ffffff;'
           'font-size:18px;font-weight:bold">Elbe Handelsbank<span style="font-weight:normal;font-size:13px"> &nbsp;|&nbsp; '
           'EHB Business Online</span></td></tr><tr><td style="padding:24px 28px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[:-1]) +
           '</td></tr><tr><td style="padding:14px 28px;background:#e9edf1;font-size:11px;line-height:16px;color:#5b6670">' +
           html_escape(text.split("\n\n")[-1]) + '</td></tr></table></td></tr></table></body></html>')
    root = m.multi("alternative", [m.text(text, "iso-8859-15", "quoted-printable"),
                                   m.html(htm, "iso-8859-15", "quoted-printable")], style="generic")
    ctx = m.ctx(t, W.EHB["people"]["portal"][:2], [W.st("katrin")],
                "Neue Nachricht in EHB Business Online: Sonderbedingungen Zahlungsverkehr 2027 und Empfängerüberprüfung",
                root, zone="DE", subj_cs="iso-8859-15", subj_enc="Q")
    ctx.msgid = "<%s.%s@ehb-business.de>" % (t.strftime("%Y%m%d%H%M%S"), rhex(r, 12))
    ctx.env_from = "bounce-%s@ehb-business.de" % rhex(r, 10)
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-EHB-Mailing", "SB-ZV-2027-01"), ("Auto-Submitted", "auto-generated")]
    res = S.platform(ctx, "mailout2.elbe-handelsbank.de", "203.0.113.82", mua,
                     [("ehb-business.de", "ehb2026", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", "opendkim")],
                     inner=["from ebo-app04.int.ehb.local (ebo-app04.int.ehb.local [10.61.4.14])\n\tby "
                            "mailout2.elbe-handelsbank.de (Postfix) with ESMTPS id {QID};\n\t{DATE}"], dmarc=("pass", "reject"))
    m.phone("+49 40 3008 4400")
    m.describe("House bank's portal notification: new terms for payments from 2027 and guidance on Verification of "
               "Payee name mismatches.",
               "Genuine: bank's own outbound relay with DKIM/DMARC pass for its portal domain, deliberately no links, "
               "tells the customer to log in via the known address, never asks for PIN/TAN; phone number is the "
               "relationship team's published number.",
               pair="A25 (bank-portal quishing), A29 (Net Cash phishing), A34 (Greek bank phishing)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "06-de-bewerbung-hydrographin-echt")
def b06(m):
    r = m.r
    t = at(2026, 12, 2, 19, 22, 14)
    name = "Mara Ehlers"
    cover = ("Sehr geehrte Frau Hartmann,\n\n"
             "mit großem Interesse habe ich Ihre Ausschreibung für die Position als Hydrographin / Vermessungsingenieurin "
             "(m/w/d) in Hamburg gelesen. Nach meinem Masterstudium Hydrographie an der HafenCity Universität Hamburg "
             "arbeite ich seit drei Jahren als Surveyorin bei einem Offshore-Dienstleister in Emden. Dort verantworte ich "
             "Fächerecholot-Vermessungen (Kongsberg EM 2040, Qinsy, CARIS HIPS) für Kabeltrassen und Hafenzufahrten, "
             "einschließlich Aufmaß- und Mengenermittlung für Baggerarbeiten.\n\n"
             "Besonders reizt mich an Ihrem Unternehmen die Verbindung von Vermessung und Ausführung: Vorher-/Nachher-Peilungen, "
             "Abrechnungsaufmaße und die enge Abstimmung mit der Baggerflotte sind genau die Aufgaben, die ich weiter "
             "vertiefen möchte. Ich bin IHO Cat. A zertifiziert und verfüge über die Sportbootführerscheine See und Binnen.\n\n"
             "Mein frühestmöglicher Eintrittstermin ist der 01.03.2027. Über eine Einladung zum Gespräch freue ich mich.\n\n"
             "Mit freundlichen Grüßen\nMara Ehlers")
    cv = ("Persönliche Daten: Mara Ehlers, geb. 1995 in Leer (Ostfriesland), Anschrift: Am Delft 7, 26721 Emden\n\n"
          "Berufserfahrung\n"
          "seit 10/2023  Surveyorin, NordSurvey Offshore GmbH, Emden – MBES-Vermessung, Datenprozessierung, Aufmaße\n"
          "04/2022–09/2023  Projektingenieurin Hydrographie (Trainee), Wasserstraßen- und Schifffahrtsamt Ems-Nordsee\n\n"
          "Ausbildung\n2020–2023  M.Sc. Hydrographie, HafenCity Universität Hamburg (IHO Cat. A)\n"
          "2015–2020  B.Sc. Geodäsie und Geoinformatik, Jade Hochschule Oldenburg\n\n"
          "Kenntnisse\nKongsberg EM 2040 / EM 712, Qinsy, CARIS HIPS & SIPS, QGIS, AutoCAD Civil 3D, Python\n"
          "Englisch verhandlungssicher, Niederländisch Grundkenntnisse\nSportbootführerschein See und Binnen, Basic Safety (STCW)")
    pdf1 = docs.letter_pdf(m, "Mara Ehlers", ["Am Delft 7", "26721 Emden", "Mobil +49 176 2233 4815", "mara.ehlers@web.de"],
                           ["Example Group Wasserbau GmbH", "Personalabteilung, Frau Monika Hartmann", "Reiherdamm 38",
                            "20457 Hamburg"], "Emden, 02.12.2026",
                           "Bewerbung als Hydrographin / Vermessungsingenieurin (m/w/d)", cover, [""], [[""]], t, 60,
                           creator="Writer", producer="LibreOffice 24.8", color=(60, 60, 60))
    pdf2 = docs.letter_pdf(m, "Lebenslauf", ["Mara Ehlers", "Mobil +49 176 2233 4815", "mara.ehlers@web.de"], [],
                           "Stand: Dezember 2026", "Mara Ehlers – Hydrographin (M.Sc.)", cv, [""], [[""]], t, 60,
                           creator="Writer", producer="LibreOffice 24.8", color=(60, 60, 60))
    text = ("Sehr geehrte Frau Hartmann,\n\n"
            "anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Stelle als Hydrographin / "
            "Vermessungsingenieurin (m/w/d). Anschreiben und Lebenslauf finden Sie als PDF im Anhang; Zeugnisse reiche "
            "ich gern nach oder bringe sie zum Gespräch mit.\n\n"
            "Für Rückfragen erreichen Sie mich am besten abends unter +49 176 2233 4815.\n\n"
            "Mit freundlichen Grüßen\nMara Ehlers\n")
    root = m.multi("mixed", [m.text(text, "UTF-8", "quoted-printable"),
                             m.attach(pdf1, "application/pdf", "Anschreiben_Mara_Ehlers.pdf"),
                             m.attach(pdf2, "application/pdf", "Lebenslauf_Mara_Ehlers.pdf")], style="gmx")
    ctx = m.ctx(t, (name, "mara.ehlers@web.de"), [W.st("monika")],
                "Bewerbung: Hydrographin / Vermessungsingenieurin (m/w/d) – Mara Ehlers", root, zone="DE")
    res = S.gmx(ctx, webde=True, client_ip="91.64.172.88")
    m.phone("+49 176 2233 4815")
    m.describe("Genuine job application from a web.de address with cover letter and CV as plain PDFs.",
               "Genuine: consistent, specific professional history, ordinary PDFs (no archive, no password, no "
               "links), offers to bring certificates to the interview.",
               pair="A08 (fake application with password ZIP and LNK files)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "07-de-steuerberater-zip-passwort-per-sms")
def b07(m):
    r = m.r
    t = at(2026, 12, 10, 15, 30, 2)
    m.ms_ids("eurprd09")
    dt = (2026, 12, 10, 15, 21, 44)
    xl1 = office.xlsx([("Lohnjournal 11-2026", [
        [("b", "Lohnjournal November 2026 – Example Group Wasserbau GmbH (Mandant 40212)")], [],
        [("b", "Kostenstelle"), ("b", "Mitarbeiter"), ("b", "Brutto"), ("b", "AG-Anteil SV"), ("b", "Lohnsteuer"), ("b", "Netto")],
        ["100 Verwaltung", 18, ("m", 112840.50), ("m", 23120.18), ("m", 21433.00), ("m", 68904.12)],
        ["210 Flotte Elbstrom", 22, ("m", 131266.00), ("m", 26895.40), ("m", 22110.75), ("m", 82233.61)],
        ["220 Flotte Neuwerk", 17, ("m", 98410.00), ("m", 20163.52), ("m", 15980.25), ("m", 62011.48)],
        ["300 Vermessung", 6, ("m", 36980.00), ("m", 7577.20), ("m", 6402.50), ("m", 23015.44)],
        [("b", "Summe"), 63, ("bm", 379496.50), ("bm", 77756.30), ("bm", 65926.50), ("bm", 236164.65)]])],
        dt, "Lohnjournal 11-2026", "Anja Kessler", "Dr. Kessler & Partner mbB", widths=[22, 12, 14, 14, 14, 14])
    xl2 = office.xlsx([("Rückstellungen", [
        [("b", "Rückstellungsspiegel 31.12.2026 – Entwurf")], [],
        [("b", "Art"), ("b", "Stand 01.01."), ("b", "Verbrauch"), ("b", "Zuführung"), ("b", "Stand 31.12.")],
        ["Urlaub / Überstunden", ("m", 412000.0), ("m", 398500.0), ("m", 421300.0), ("m", 434800.0)],
        ["Klassenerneuerung TSHD Elbstrom", ("m", 850000.0), ("m", 0.0), ("m", 425000.0), ("m", 1275000.0)],
        ["Gewährleistung Baggerarbeiten", ("m", 180000.0), ("m", 64000.0), ("m", 70000.0), ("m", 186000.0)],
        ["Jahresabschluss / Prüfung", ("m", 58000.0), ("m", 58000.0), ("m", 61000.0), ("m", 61000.0)]])],
        dt, "Rückstellungsspiegel Entwurf", "Anja Kessler", "Dr. Kessler & Partner mbB", widths=[34, 14, 14, 14, 14])
    pw = "Kp7#Elbe-2611"
    z = m.zip([("Lohnjournal_2026-11.xlsx", xl1, dt), ("Rueckstellungsspiegel_Entwurf_2026.xlsx", xl2, dt)], password=pw)
    text = ("Sehr geehrte Frau Vogel,\n\n"
            "anbei erhalten Sie wie besprochen das Lohnjournal für November 2026 sowie den ersten Entwurf des "
            "Rückstellungsspiegels zum 31.12.2026.\n\n"
            "Die Dateien sind in einem verschlüsselten ZIP-Archiv. Das Kennwort sende ich Ihnen wie vereinbart separat "
            "per SMS an Ihre Mobilnummer.\n\n"
            "Zur Klassenerneuerung der Elbstrom hätte ich noch zwei Rückfragen (Aufteilung Dockkosten / aktivierungsfähige "
            "Teile) – vielleicht können wir die am Montag in unserem Termin um 10 Uhr kurz besprechen?\n\n"
            "Mit freundlichen Grüßen\n\nAnja Kessler\nSteuerberaterin | Partnerin\n\n"
            "Dr. Kessler & Partner mbB Steuerberatungsgesellschaft\nGroße Elbstraße 145 | 22767 Hamburg\n"
            "T +49 40 4132 5570 | www.kessler-partner.de\n")
    root = outlook_body(m, text, "Windows-1252", "DE",
                        attachments=[m.attach(z, "application/x-zip-compressed", "EG_Wasserbau_Lohnunterlagen_2026-11.zip",
                                              style="outlook", size=True)])
    ctx = m.ctx(t, W.KESSLER["people"]["kessler"][:2], [W.st("katrin")],
                "Lohnjournal 11/2026 und Entwurf Rückstellungsspiegel (verschlüsselt)", root, zone="DE",
                subj_cs="iso-8859-1", subj_enc="Q")
    res = S.m365(ctx, "kessler-partner.de", region="eurprd09", eop="EUR01-DB5-obe", has_attach=True, ids=m.ms,
                 dkim_sel="selector2", dmarc=("pass", "quarantine"))
    m.phone("+49 40 4132 5570")
    m.describe("Tax adviser sends the November payroll journal and a draft provisions schedule in an encrypted ZIP; "
               "the password goes separately by SMS as agreed.",
               "Genuine: known adviser's Microsoft 365 tenant (DKIM/DMARC pass), expected documents, password NOT in "
               "the mail (out-of-band SMS; the set records it for verification), inner files are plain XLSX.",
               pair="A08 (password ZIP with LNK), A21, A37 (password archives with the password in the body)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "08-de-bundesanzeiger-offenlegung-rechnung")
def b08(m):
    r = m.r
    t = at(2026, 12, 1, 6, 12, 51)
    iban = I.make_iban("DE", "37040044" + "0532013000")
    items = [("Hinterlegung Jahresabschluss 2025 (Bilanz)\nExample Group Wasserbau GmbH, HRB 148213, Auftrag 2026-0871233", 1,
              "Stk", 50.00)]
    pdfb, net, vat, gross = docs.invoice_pdf(
        m, "de", dict(name="Bundesanzeiger Verlag GmbH", tag=["Publikations-Plattform · Unternehmensregister"],
                      lines=["Bundesanzeiger Verlag GmbH", "Amsterdamer Straße 192", "50735 Köln", "Tel. +49 221 97668 0",
                             "www.publikations-plattform.de"],
                      short=["Bundesanzeiger Verlag GmbH", "Amsterdamer Straße 192", "50735 Köln"]),
        ["Example Group Wasserbau GmbH", "Finanzbuchhaltung", "Reiherdamm 38", "20457 Hamburg"],
        [("Rechnungsnummer", "RB-26-3318207"), ("Rechnungsdatum", "30.11.2026"), ("Kundennummer", "K-1193384"),
         ("Auftragsnummer", "2026-0871233"), ("Leistungsdatum", "27.11.2026")],
        items, 19,
        ["Der Rechnungsbetrag ist innerhalb von 14 Tagen ohne Abzug zu zahlen.",
         "Commerzbank AG Köln · BIC COBADEFFXXX", "IBAN %s" % I.iban_fmt(iban),
         "Bitte geben Sie als Verwendungszweck nur die Rechnungsnummer an."],
        [["Bundesanzeiger Verlag GmbH", "Amsterdamer Straße 192, 50735 Köln", "Amtsgericht Köln HRB 31248"],
         ["Geschäftsführung:", "Dr. Matthias Schulenberg", "USt-IdNr. DE812359076"],
         ["Bankverbindung:", "Commerzbank AG Köln", "IBAN %s" % I.iban_fmt(iban)]],
        t, 60, creator="Publikations-Plattform Fakturierung", producer="iText 8.0.5", color=(0, 70, 120),
        notes=dict(intro="Für die Hinterlegung Ihres Jahresabschlusses beim Unternehmensregister berechnen wir:"))
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "Ihr Auftrag 2026-0871233 (Hinterlegung Jahresabschluss 2025, Example Group Wasserbau GmbH, HRB 148213) "
            "wurde ausgeführt und die Unterlagen wurden an das Unternehmensregister übermittelt.\n\n"
            "Die zugehörige Rechnung RB-26-3318207 über %s EUR finden Sie im Anhang sowie in Ihrem Kundenkonto auf der "
            "Publikations-Plattform (Bereich „Rechnungen“).\n\n"
            "Hinweis: Immer wieder versenden private Anbieter rechnungsähnliche Angebote für Eintragungen in "
            "Verzeichnisse. Rechnungen des Bundesanzeiger Verlags beziehen sich stets auf einen von Ihnen erteilten "
            "Auftrag und enthalten Ihre Auftragsnummer.\n\n"
            "Mit freundlichen Grüßen\nIhr Kundenservice der Publikations-Plattform\n\n"
            "Bundesanzeiger Verlag GmbH · Amsterdamer Straße 192 · 50735 Köln\nTelefon +49 221 97668 0\n"
            "www.publikations-plattform.de\n" % docs.money(gross))
    root = m.multi("mixed", [m.text(text, "UTF-8", "8bit"),
                             m.attach(pdfb, "application/pdf", "Rechnung_RB-26-3318207.pdf")], style="java")
    ctx = m.ctx(t, ("Publikations-Plattform", "service@publikations-plattform.de"), [W.st("sabine")],
                "Rechnung RB-26-3318207 zu Ihrem Auftrag 2026-0871233 (Hinterlegung Jahresabschluss)", root, zone="DE")
    ctx.msgid = "<%d.%d.%d.JavaMail.fakt@pp-app02>" % (r.randint(100000, 999999), r.randint(1000, 9999), ctx.ts() * 1000)
    ctx.env_from = "noreply-bounce@publikations-plattform.de"
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.platform(ctx, "mx-out1.bundesanzeiger.de", "192.0.2.71", mua,
                     [("publikations-plattform.de", "bav2025", "From:To:Subject:Date:Message-ID", "opendkim")],
                     inner=["from pp-app02.bav.local (pp-app02.bav.local [10.12.3.22])\n\tby mx-out1.bundesanzeiger.de "
                            "(Postfix) with ESMTP id {QID};\n\t{DATE}"], dmarc=("pass", "reject"))
    m.facts(iban=[iban])
    m.phone("+49 221 97668 0")
    m.describe("Genuine invoice (EUR 59.50) from the Bundesanzeiger publication platform for filing the 2025 annual "
               "accounts with the company register.",
               "Genuine: relates to an order actually placed (order number), modest fee, sender's own relay with "
               "DKIM/DMARC pass, German bank account of the publisher; itself warns about register scams.",
               pair="A04 (register scam with GiroCode)")
    return m.finish(ctx, res)
