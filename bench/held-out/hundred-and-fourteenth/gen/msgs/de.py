"""German messages: attack 01-08, business 01-08."""
from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import Quote, tb_plain, outlook_texts, alt, to_plain, to_html
from data.company import staff, LIEFERANT as LF, REUTER, NRE, OUR_IBAN_DE, OFF
from . import attack, business, threads
from .common import (letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed, logo_png, euro)

LF_FOOT = [["Lieferant GmbH", "Schrott- und Metallhandel · Demontage", "Osterfelder Straße 218, 46049 Oberhausen"],
           ["Tel. +49 208 6299-0", "Fax +49 208 6299-199", "info@lieferant-gmbh.de"],
           ["Geschäftsführer: Klaus Brinkmann, Dr. Ute Lieferant", "Amtsgericht Duisburg HRB 18843",
            "USt-IdNr. %s" % LF["vat"]]]


def lf_sig(name, role, direct):
    return ("%s\n%s\n\nLieferant GmbH\nSchrott- und Metallhandel · Demontage\nOsterfelder Straße 218 · 46049 Oberhausen\n"
            "Tel. %s · Fax +49 208 6299-199\nwww.lieferant-gmbh.de\n"
            "Geschäftsführer: Klaus Brinkmann, Dr. Ute Lieferant · Amtsgericht Duisburg HRB 18843 · USt-IdNr. %s"
            % (name, role, direct, LF["vat"]))


CEO_SIG = ("Dr. Matthias Brenner\nGeschäftsführer\nExample Metallrecycling GmbH | Am Kaiserhafen 21 | 47119 Duisburg\n"
           "T +49 203 7391-100 | M +49 171 4418 203")


# =========================================================== ATTACKS
@attack("01-de-ceo-fraud-vertrauliche-uebernahme.eml",
        "CEO fraud: 'Dr. Matthias Brenner' asks the CFO to prepare an urgent confidential escrow payment of EUR 486,500 "
        "for a Rotterdam acquisition; a 'lawyer' will send the account",
        "Look-alike domain examplegroup-eu.com (registered by the attacker, own Microsoft 365 tenant, so SPF/DKIM pass, "
        "no DMARC record); secrecy, time pressure, 'cannot phone, reply only by mail'; the real CEO writes from "
        "example.com through the internal relay")
def a01(m):
    m.when("2026-10-13 16:42:08", "EU").sender("Dr. Matthias Brenner", "matthias.brenner@examplegroup-eu.com")
    m.recipients([staff("cfo")])
    paras = [
        "Hallo Sabine,",
        "ich bin gerade noch in Rotterdam bei den Gesprächen mit den Eigentümern von Van Dijk Metaalhandel B.V. "
        "Wir haben uns heute überraschend schnell auf die Eckpunkte geeinigt – die Übernahme des Platzes in Waalhaven "
        "wird aber erst nach dem Signing offiziell, bis dahin gilt strikte Vertraulichkeit (NDA mit der Verkäuferseite).",
        "Für die Exklusivität müssen wir heute noch eine Anzahlung auf das Treuhandkonto der begleitenden Kanzlei leisten. "
        "Rechtsanwalt Hendrik Visser von Visser & de Boer Advocaten meldet sich in den nächsten 30 Minuten bei dir per Mail "
        "mit den Kontodaten und dem Escrow Agreement. Bitte bereite eine Eilüberweisung über EUR 486.500,00 vor, damit "
        "der Betrag noch heute valutiert.",
        "Bitte sprich mit niemandem darüber, auch nicht mit Annika oder der Buchhaltung – ich informiere den Beirat "
        "selbst nach dem Signing. Ich bin bis heute Abend durchgehend in Meetings und kann nicht telefonieren, "
        "antworte mir bitte nur per Mail.",
        "Kannst du mir kurz bestätigen, dass du die Zahlung heute noch freigeben kannst?",
        "Danke dir!\nMatthias",
        "Dr. Matthias Brenner\nGeschäftsführer\nExample Metallrecycling GmbH",
    ]
    body = outlook_alt(m, paras, "de", charset="windows-1252")
    r = S.m365(m, "examplegroup-eu.com", core.uuid4(m.rng), out_idx=0, lang="de-DE")
    return m.finish(r, body, "Vertraulich: Projekt Waalhaven – bitte heute noch", auth=dict(spf="pass", dmarc=None))


@attack("02-de-lieferant-lookalike-bankverbindung.eml",
        "Supplier bank-detail change 'from Petra Lang, Lieferant GmbH' with a signed-looking PDF letter: all future "
        "credit-note payments to a new account",
        "Sent from the look-alike domain lieferant-gmbh.com (Namecheap Private Email; the real domain is "
        "lieferant-gmbh.de), Cc to a look-alike 's.maier' too; new account is a Lithuanian e-money IBAN; asks to "
        "call a mobile number 'because the phone system is being moved'; letter signed only 'i.V.', not by the "
        "managing directors")
def a02(m):
    m.when("2026-10-20 10:07:33", "EU").sender("Petra Lang", "p.lang@lieferant-gmbh.com")
    m.recipients([staff("ap")], [("Stefan Maier", "s.maier@lieferant-gmbh.com")])
    iban = C.iban_make("LT", "35000" + "10012847365")
    m.iban(iban, "Lieferant GmbH (claimed)", "Paysera LT, UAB (BIC EVIULT2VXXX)", "fraudulent target account")
    m.phone("0152 29841736", "+49 208 6299-110", "+49 208 6299-0", "+49 208 6299-199")
    paras = [
        "Sehr geehrte Frau Schäfer,",
        "im Zuge der Zusammenlegung unserer Konten im Rahmen der neuen Konzernfinanzierung wechseln wir unsere "
        "Hausbank. Ab sofort bitten wir Sie, sämtliche Zahlungen aus Gutschriften und Rechnungen ausschließlich auf "
        "unser neues Geschäftskonto zu leisten:",
        "Kontoinhaber: Lieferant GmbH\nBank: Paysera LT, UAB\nIBAN: %s\nBIC: EVIULT2VXXX" % C.iban_fmt(iban),
        "Die Umstellung ist mit unserer Geschäftsführung abgestimmt, das Bestätigungsschreiben finden Sie im Anhang. "
        "Unser bisheriges Konto bei der Stadtsparkasse Oberhausen wird zum 31.10.2026 aufgelöst – Zahlungen dorthin "
        "können danach nicht mehr zugeordnet werden und gehen an Sie zurück.",
        "Bitte bestätigen Sie mir kurz per E-Mail die Hinterlegung in Ihrem Kreditorenstamm (Kreditor 70418), damit "
        "die Gutschriften der KW 44 bereits auf das neue Konto laufen.",
        "Für Rückfragen erreichen Sie mich derzeit am besten mobil unter 0152 29841736, da unsere Telefonanlage wegen "
        "des Umzugs der Buchhaltung umgestellt wird.",
        "Mit freundlichen Grüßen",
        "Petra Lang\nKaufmännische Leitung / Prokuristin\nLieferant GmbH\nOsterfelder Straße 218 · 46049 Oberhausen\n"
        "Tel. +49 208 6299-110",
    ]
    pdfdata = letter_pdf(
        m, "Lieferant GmbH", ["Schrott- und Metallhandel · Demontage · Osterfelder Straße 218 · 46049 Oberhausen"],
        ["Example Metallrecycling GmbH", "Kreditorenbuchhaltung", "Am Kaiserhafen 21", "47119 Duisburg"],
        [("Datum", "19.10.2026"), ("Ihr Kreditor-Nr.", "70418"), ("Ansprechpartner", "Petra Lang")],
        "Mitteilung über die Änderung unserer Bankverbindung",
        ["Sehr geehrte Damen und Herren,",
         "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert. Bitte "
         "veranlassen Sie alle künftigen Zahlungen ausschließlich auf das folgende Konto:",
         "Kontoinhaber: Lieferant GmbH\nKreditinstitut: Paysera LT, UAB\nIBAN: %s\nBIC: EVIULT2VXXX" % C.iban_fmt(iban),
         "Das bisherige Konto bei der Stadtsparkasse Oberhausen wird zum 31.10.2026 geschlossen. Zahlungen auf das "
         "alte Konto können nach diesem Datum nicht mehr gutgeschrieben werden.",
         "Wir danken für Ihre Unterstützung und bitten um kurze schriftliche Bestätigung der Änderung.",
         "Mit freundlichen Grüßen"],
        LF_FOOT, pdf_date(m.at(-3600 * 20)), producer="Microsoft® Word 2019", author="Petra", creator="Microsoft® Word 2019",
        signature=["Lieferant GmbH", "", "i.V. Petra Lang", "Prokuristin"])
    plain = tb_plain(paras, "de")
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            '  </head>\n  <body>\n' + "\n".join("    <p>%s</p>" % to_html(p) for p in paras) + "\n  </body>\n</html>\n")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "8bit", flowed=True),
                                   text_part(html, "html", "UTF-8", "8bit")], boundary(m.rng, "thunderbird"))
    att = bin_part(pdfdata, "application/pdf", "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf")
    body = multipart("mixed", [a, att], boundary(m.rng, "thunderbird"))
    body.preamble = "This is a multi-part message in MIME format."
    r = S2.privateemail(m, "91.132.139.74", lang="de-DE")
    return m.finish(r, body, "Lieferant GmbH – Änderung unserer Bankverbindung / Hausbankwechsel",
                    auth=dict(spf="pass", dmarc=None))


@attack("03-de-lieferant-threadhijack-gutschriften.eml",
        "Reply inside the genuine 'Gutschriften KW 45/46' thread from Stefan Maier's real mailbox, asking to pay the "
        "credit notes (EUR 38,412.60) 'exceptionally' to a second account at N26",
        "Thread hijack from the compromised real mailbox s.maier@lieferant-gmbh.de: sent through Roundcube webmail "
        "from a Dutch VPS (Received shows 185.107.56.217) instead of his usual Outlook; third account that matches "
        "neither the old Sparkasse nor the announced Volksbank account; leans on the genuine October notice for "
        "credibility; all authentication passes")
def a03(m):
    m.when("2026-11-18 14:26:51", "EU").sender("Stefan Maier", "s.maier@lieferant-gmbh.de")
    m.recipients([staff("proc")], [staff("ap")])
    iban = C.iban_make("DE", "10011001" + "2738460915")
    m.iban(iban, "Lieferant GmbH (claimed)", "N26 Bank AG", "fraudulent 'Verrechnungskonto' (money mule)")
    m.phone("+49 208 6299-214")
    text = (
        "Hallo Herr Hölzer,\n\n"
        "danke nochmal für die Klärung der beiden Wiegescheine, die Werte passen jetzt so.\n\n"
        "Eine Bitte von unserer Buchhaltung: wegen der laufenden Umstellung auf die Volksbank (Frau Lang hatte Ihre "
        "Kreditorenbuchhaltung Anfang Oktober informiert) ist unser altes Konto bei der Stadtsparkasse bis zum "
        "Monatsende für Eingänge gesperrt, die neue Verbindung ist aber erst ab 01.12. aktiv. Bitte veranlassen Sie "
        "die Zahlung der Gutschriften KW 45/46 (insgesamt 38.412,60 €) deshalb ausnahmsweise auf unser "
        "Verrechnungskonto:\n\n"
        "Lieferant GmbH\nN26 Bank AG\nIBAN %s\nBIC NTSBDEB1XXX\n\n"
        "Frau Lang schickt Ihnen die formelle Bestätigung noch nach, sie ist heute nicht im Haus. Wäre gut, wenn die "
        "Zahlung noch diese Woche rausgeht, wir haben Ende November einige Lieferanten zu bedienen.\n\n"
        "Viele Grüße\nStefan Maier\n\n"
        "Lieferant GmbH\nVerkauf / Disposition\nTel. +49 208 6299-214\n" % C.iban_fmt(iban))
    q1 = ("Hallo Herr Hölzer,\n\ndanke für die schnelle Rückmeldung. Ich habe die beiden Wiegescheine mit unseren "
          "Lieferscheinen abgeglichen:\n\n- WS 118734 (06.11.): Sie haben 23.140 kg netto gewogen, unser Fahrer hat "
          "23.410 kg auf dem Lieferschein – Zahlendreher bei uns, Ihre Verwiegung ist korrekt.\n- WS 118802 (10.11.): "
          "Abzug 1.200 kg wegen Anhaftungen/Erde bei Sorte E3 – nach Rücksprache mit unserem Platzmeister "
          "akzeptiert, die Fotos haben wir gesehen.\n\nAnbei die Liste aller Anlieferungen KW 45/46 mit unseren "
          "Lieferscheinnummern zum Abgleich. Wenn von Ihrer Seite nichts mehr offen ist, können die Gutschriften so "
          "raus.\n\nViele Grüße\nStefan Maier")
    quoted = "\n".join("> " + l if l else ">" for l in q1.split("\n"))
    full = text + "\nAm 13.11.2026 11:05, schrieb Stefan Maier:\n" + quoted + "\n"
    body = text_part(full, "plain", "UTF-8", "quoted-printable", flowed=True)
    r = S.postfix_submit(m, "mail.lieferant-gmbh.de", "203.0.113.25", None, None, mua="roundcube", dkim_sel="mail2024",
                         webmail_ip="185.107.56.217", system="Lieferant GmbH own Postfix (Roundcube webmail, session from NL VPS)",
                         hdr_charset="UTF-8", hdr_enc="Q")
    return m.finish(r, body, "AW: AW: Gutschriften KW 45/46 – Abgleich Wiegescheine", auth=dict(spf="pass", dmarc="quarantine"),
                    in_reply_to=threads.WIEGE_R1, references="%s\r\n %s" % (threads.WIEGE_Q, threads.WIEGE_R1))


@attack("04-de-register-gebuehrenbescheid-girocode.eml",
        "'Gebührenbescheid' of a 'Zentralregister für Handel und Gewerbe' for the HRB 29417 entry, EUR 398.65 with a "
        "GiroCode (EPC QR) in the PDF",
        "Register/directory scam: private company imitating an official register notice, fine print says it is only "
        "an offer; bulk-sent via Brevo from a freshly registered domain (no DMARC); pay-to account in Slovakia; "
        "the real Handelsregister publication costs nothing extra and never arrives this way")
def a04(m):
    m.when("2026-10-27 07:55:12", "EU").sender("ZRHG Zentralregister für Handel und Gewerbe", "bescheid@zrhg-register.de")
    m.recipients([staff("asst")])
    iban = C.iban_make("SK", "1100" + "000000" + "2948176305")
    m.iban(iban, "ZRHG Datenservice s.r.o.", "Tatra banka, a.s. (TATRSKBX)", "scam payee")
    payload = C.epc_qr("TATRSKBX", "ZRHG Datenservice s.r.o.", iban, 398.65, "ZR-2026/0847713 HRB 29417")
    m.facts["qr"].append(payload)
    url = "https://www.zrhg-register.de/eintrag/ZR-2026-0847713"
    unsub = "https://zrhg-register.r.sp1-brevo.net/mk/un/v2/%s" % core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 64)
    m.phone("+49 30 5683 7741")
    intro = ("Sehr geehrte Damen und Herren,\n\nim Zusammenhang mit der Eintragung Ihres Unternehmens im Handelsregister "
             "(Amtsgericht Duisburg, HRB 29417) erhalten Sie anbei den Bescheid über die Aufnahme der Firmendaten in das "
             "Zentralregister für Handel und Gewerbe (ZRHG) sowie die Gebührenaufstellung.")
    lines = [intro,
             "Aktenzeichen: ZR-2026/0847713\nFirma: Example Metallrecycling GmbH\nGebühr: 398,65 EUR\nZahlungsfrist: 8 Tage ab Zugang",
             "Zur Vereinfachung der Zahlung ist auf dem Bescheid ein GiroCode aufgedruckt, den Sie mit Ihrer Banking-App scannen können.",
             "Eintragungsdaten online einsehen: [%s](%s)" % (url, url),
             "Mit freundlichen Grüßen\nZRHG Zentralregister für Handel und Gewerbe\nBescheidstelle\nTel. +49 30 5683 7741",
             "Hinweis: Das ZRHG ist ein privatwirtschaftlich betriebenes Verzeichnis. Es besteht keine Verbindung zu den "
             "amtlichen Registergerichten. Die Eintragung erfolgt auf Grundlage dieses Angebots; mit der Zahlung wird das "
             "Angebot angenommen. Abmelden: [hier abmelden](%s)" % unsub]
    plain = "\n\n".join(to_plain(p, "paren") for p in lines)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Bescheid</title></head><body style="margin:0;background:#eef1f4">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<tr><td style="background:#1d3557;color:#fff;padding:18px 24px;font-size:18px;font-weight:bold">ZRHG &middot; Zentralregister f&uuml;r Handel und Gewerbe</td></tr>'
            + "".join('<tr><td style="padding:12px 24px;line-height:1.5">%s</td></tr>' % to_html(p) for p in lines[:-1]) +
            '<tr><td style="padding:12px 24px;font-size:10px;color:#777">%s</td></tr>' % to_html(lines[-1]) +
            '</table></td></tr></table><img width="1" height="1" src="https://zrhg-register.r.sp1-brevo.net/tr/op/%s" alt=""></body></html>'
            % core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 40))
    pdfdata = letter_pdf(
        m, "ZRHG", ["Zentralregister für Handel und Gewerbe · Bescheidstelle · Friedrichstraße 123 · 10117 Berlin"],
        ["Example Metallrecycling GmbH", "Am Kaiserhafen 21", "47119 Duisburg"],
        [("Aktenzeichen", "ZR-2026/0847713"), ("Datum", "26.10.2026"), ("Register", "AG Duisburg HRB 29417")],
        "Gebührenbescheid / Eintragungsnachweis",
        ["Sehr geehrte Damen und Herren,",
         "für die Aufnahme und Veröffentlichung Ihrer Unternehmensdaten im Zentralregister für Handel und Gewerbe "
         "berechnen wir die nachstehende Gebühr. Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe "
         "des Aktenzeichens.",
         "Empfänger: ZRHG Datenservice s.r.o.\nIBAN: %s\nBIC: TATRSKBX\nVerwendungszweck: ZR-2026/0847713 HRB 29417" % C.iban_fmt(iban)],
        [["ZRHG Datenservice s.r.o.", "Obchodná 12, 811 06 Bratislava"], ["Dies ist ein Angebot.", "Keine amtliche Gebühr."],
         ["Kein Bezug zu den Registergerichten", "der Länder."]],
        pdf_date(m.at(-3600 * 22)), producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="ZRHG Bescheid-Generator",
        table=(["Pos.", "Leistung", "Betrag"], [["1", "Aufnahme Firmendaten, Veröffentlichung 12 Monate", "335,00 EUR"],
                                               ["", "zzgl. 19 % USt.", "63,65 EUR"]], ["l", "l", "r"]),
        col_x=[50, 90, 460], totals=[("Gesamtbetrag", "398,65 EUR", True)], qr=payload,
        qr_label=["GiroCode – mit der Banking-App scannen"])
    a = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                   text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "Bescheid_ZR-2026-0847713.pdf")], boundary(m.rng, "sendgrid"))
    r = S.brevo(m, "zrhg-register.de", 7731904,
                app_headers=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    return m.finish(r, body, "Gebührenbescheid ZR-2026/0847713 – Example Metallrecycling GmbH (HRB 29417)",
                    auth=dict(spf="pass", dmarc=None))


def docusign_qr_lure(m, rcpt_name, rcpt_email):
    """Fake DocuSign 'salary adjustment' notice with an inline QR code (used by attack/05 and as
    the sample attached to business/05)."""
    b64 = core.base64.b64encode(rcpt_email.encode()).decode()
    url = "https://storage.googleapis.com/dcs-sign-eu7731/index.html#%s" % b64
    qr = m.qr_png(url, "M", 4)
    cid = "qr_%s" % core.hexs(m.rng, 12)
    paras = ["Personalabteilung Example Group hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet.",
             "**Gehaltsanpassung 2027 – %s.pdf**" % rcpt_name,
             "Aus Sicherheitsgründen kann dieses Dokument nur auf einem registrierten Mobilgerät geöffnet werden. "
             "Scannen Sie den QR-Code mit der Kamera Ihres Smartphones, um das Dokument zu prüfen und bis 05.11.2026 "
             "zu unterzeichnen.",
             "Sollten Sie Probleme beim Öffnen haben, wenden Sie sich an Ihre Personalabteilung.",
             "Diese Nachricht wurde von Docusign im Auftrag von Personalabteilung Example Group gesendet. "
             "Leiten Sie diese E-Mail nicht weiter, da andere Personen sonst auf das Dokument zugreifen können. "
             "Mehr erfahren: [https://support.docusign.com/s/?language=de](https://support.docusign.com/s/?language=de)"]
    plain = "\n\n".join(to_plain(p, "paren") for p in paras[:3]) + "\n\n[QR-Code]\n\n" + "\n\n".join(to_plain(p, "paren") for p in paras[3:])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="background:#f4f4f4;margin:0;padding:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center" style="padding:20px">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">'
            '<tr><td style="padding:24px 32px;font-size:22px;font-weight:bold;color:#26004c">Docusign</td></tr>'
            '<tr><td style="background:#4c00ff;padding:28px 32px;color:#ffffff;font-size:16px;text-align:center">%s<br><br><b>%s</b></td></tr>'
            '<tr><td style="padding:24px 32px;font-size:14px;line-height:20px">%s</td></tr>'
            '<tr><td align="center" style="padding:8px"><img src="cid:%s" width="164" height="164" alt="QR-Code"></td></tr>'
            '<tr><td style="padding:24px 32px;font-size:14px">%s</td></tr>'
            '<tr><td style="padding:24px 32px;font-size:11px;color:#666;background:#eaeaea">%s</td></tr>'
            '</table></td></tr></table></body></html>'
            % (to_html(paras[0]), to_html(paras[1].strip("*")), to_html(paras[2]), cid, to_html(paras[3]), to_html(paras[4])))
    a = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                   text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    img = bin_part(qr, "image/png", "qr.png", disposition="inline", cid=cid)
    return multipart("related", [a, img], boundary(m.rng, "sendgrid"))


@attack("05-de-docusign-gehaltsanpassung-qr.eml",
        "Fake DocuSign notice 'Gehaltsanpassung 2027' whose document 'can only be opened on a mobile device': inline "
        "QR code to a credential-phishing page",
        "Quishing: the only link is inside a PNG QR code (storage.googleapis.com page with the recipient's address "
        "base64-encoded in the fragment); sent through a compromised SendGrid account of an unrelated kitchen studio "
        "(hofmann-kuechen.de), so SPF/DKIM/DMARC all pass for that domain; DocuSign never sends from there and never "
        "requires a phone")
def a05(m):
    m.when("2026-11-03 08:31:40", "EU").sender("Docusign", "dse@hofmann-kuechen.de")
    rcpt = staff("logi")
    m.recipients([rcpt])
    body = docusign_qr_lure(m, rcpt[0], rcpt[1])
    r = S.sendgrid(m, "hofmann-kuechen.de", "em7421", 31874402)
    return m.finish(r, body, "Personalabteilung hat Ihnen ein Dokument gesendet: Gehaltsanpassung 2027 – Sandra Pohl.pdf",
                    auth=dict(spf="pass", dmarc="none"), sender_local="dse")


@attack("06-de-adobe-sign-rahmenvertrag-nre.eml",
        "Genuine Adobe Acrobat Sign request 'Rahmenvertrag Stahlschrott 2027 – Niederrhein Elektrostahl' sent by an "
        "attacker's free Adobe account",
        "Abuse of a real e-signature platform (all authentication passes for adobesign.com): the requester is "
        "nre.einkauf@outlook.de, not the customer's domain; the real customer sends its contracts via DocuSign from "
        "c.wilms@nr-elektrostahl.de; the agreement page leads on to a credential-phishing site")
def a06(m):
    m.when("2026-11-10 11:19:05", "EU").sender("NRE Einkauf über Adobe Acrobat Sign", "adobesign@adobesign.com")
    m.recipients([staff("sales")])
    pid = core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 43)
    url = "https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhA%s&client_id=CBJCHBCAABAA" % pid
    paras = ["NRE Einkauf (nre.einkauf@outlook.de) hat Sie aufgefordert, „Rahmenvertrag Stahlschrott 2027 – "
             "Niederrhein Elektrostahl GmbH / Example Metallrecycling GmbH“ zu überprüfen und zu unterschreiben.",
             "[Überprüfen und unterschreiben](%s)" % url,
             "Sehr geehrter Herr Dietrich,\nanbei der überarbeitete Rahmenvertrag für 2027 (Preisformel: BDSV-Index "
             "Sorte E40 abzgl. 8,50 €/t, Zahlungsziel 30 Tage). Bitte bis Freitag gegenzeichnen, damit wir die "
             "Mengenplanung Q1 abschließen können.\nMit freundlichen Grüßen\nC. Wilms, Einkauf Rohstoffe",
             "Nachdem Sie das Dokument unterschrieben haben, erhalten alle Beteiligten eine Kopie per E-Mail.",
             "Sie möchten dieses Dokument nicht unterschreiben? Sie können die Unterschrift ablehnen oder an eine andere "
             "Person delegieren.",
             "Powered by Adobe Acrobat Sign. [Nutzungsbedingungen](https://www.adobe.com/de/legal/terms.html) | "
             "[Datenschutz](https://www.adobe.com/de/privacy.html)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0;background:#f5f5f5"><div style="max-width:600px;margin:0 auto;background:#fff;'
            'font-family:adobe-clean,Helvetica,Arial,sans-serif;font-size:14px;color:#2c2c2c">'
            '<div style="padding:24px;border-bottom:1px solid #e1e1e1"><span style="color:#eb1000;font-weight:bold">Adobe</span> Acrobat Sign</div>'
            '<div style="padding:24px;font-size:16px">%s</div>'
            '<div style="padding:0 24px 24px"><a href="%s" style="background:#1473e6;color:#fff;padding:10px 22px;border-radius:16px;text-decoration:none;font-weight:bold">Überprüfen und unterschreiben</a></div>'
            '<div style="padding:0 24px 24px;white-space:pre-line;border-left:3px solid #e1e1e1;margin:0 24px">%s</div>'
            '<div style="padding:24px;color:#6e6e6e">%s<br><br>%s</div>'
            '<div style="padding:24px;font-size:11px;color:#6e6e6e;background:#fafafa">%s</div></div></body></html>'
            % (to_html(paras[0]), url, to_html(paras[2]).replace("<br>\n", "\n"), to_html(paras[3]), to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "java"))
    r = S.ses(m, "eu-west-1", "adobesign.com", "adbsgn2024", mail_from_domain="bounce.eu1.adobesign.com",
              system="Adobe Acrobat Sign (EU1) on Amazon SES eu-west-1")
    return m.finish(r, body, "Zur Unterschrift: Rahmenvertrag Stahlschrott 2027 – Niederrhein Elektrostahl GmbH / Example Metallrecycling GmbH",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=("NRE Einkauf", "nre.einkauf@outlook.de"))


@attack("07-de-containerdienst-passwort-zip-lnk.eml",
        "Reply in an old container-service thread: 'weighing slips KW 47 and corrected invoice' as a password-protected "
        "ZIP (password in the mail) containing a .pdf.lnk shortcut",
        "Malware loader via thread hijacking from the compromised mailbox of a small haulier (real domain, all-inkl "
        "hosting, so authentication passes): encrypted archive defeats scanning, password in the body, the archive "
        "holds a Windows shortcut disguised as PDF (inert placeholder here); the quoted conversation is three weeks old")
def a07(m):
    m.when("2026-11-24 07:48:20", "EU").sender("Containerdienst Brandt GmbH – Disposition", "dispo@brandt-container.de")
    m.recipients([staff("logi")])
    pw = "BR-2611"
    m.password(pw, "given in the mail body")
    m.phone("0203 47 92 15-0")
    lnk = ("[INERT PLACEHOLDER – not a real shortcut]\r\n"
           "Stands for: Windows shell link (.lnk) with a PDF icon. In the real campaign its target starts\r\n"
           "conhost.exe in headless mode, which runs a PowerShell one-liner that downloads and starts a\r\n"
           "loader DLL from an attacker-controlled host. Nothing executable is contained in this file.\r\n").encode("utf-8")
    z = office.zip_encrypted([("Wiegescheine_KW47_Brandt.pdf.lnk", lnk, (2026, 11, 24, 7, 31, 12))], pw, m.rng)
    orig = ("Hallo Frau Brandt,\n\nfür KW 48 bräuchten wir am Platz Walsum zwei 36-m³-Abrollcontainer für "
            "Mischschrott (Gestellung Montag, 23.11., Abholung Freitag). Bitte schicken Sie uns nach der Abholung "
            "wie immer die Wiegescheine und die Rechnung.\n\nViele Grüße\nSandra Pohl\nDisposition / Logistik\n"
            "Example Metallrecycling GmbH")
    text = ("Guten Morgen Frau Pohl,\n\nanbei wie besprochen die Wiegescheine der KW 47 sowie die korrigierte Rechnung "
            "für die Containergestellung.\nAus Datenschutzgründen ist das Archiv verschlüsselt.\n\nPasswort: %s\n\n"
            "Mit freundlichen Grüßen\nMartina Brandt\nDisposition\n\nContainerdienst Brandt GmbH\n"
            "Weseler Straße 412 · 47169 Duisburg\nTel. 0203 47 92 15-0\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Sandra Pohl <sandra.pohl@examplegroup.eu>\n"
            "Gesendet: Donnerstag, 29. Oktober 2026 13:12\nAn: dispo@brandt-container.de\n"
            "Betreff: Containergestellung Walsum / Abholung KW 48\n\n%s\n" % (pw, orig))
    body = multipart("mixed", [text_part(text, "plain", "iso-8859-15", "quoted-printable"),
                               bin_part(z, "application/zip", "Wiegescheine_KW47_Brandt.zip")], boundary(m.rng, "mutt"))
    r = S.postfix_submit(m, "dd44120.kasserver.com", "85.13.163.71", "[127.0.0.1]", "45.88.97.14", mua="script",
                         dkim_sel="kas202409", system="ALL-INKL.COM shared hosting (compromised mailbox, SMTP AUTH from 45.88.97.14)",
                         hdr_charset="iso-8859-15", hdr_enc="Q")
    return m.finish(r, body, "AW: Containergestellung Walsum / Abholung KW 48", auth=dict(spf="pass", dmarc="none"),
                    in_reply_to=threads.BRANDT_Q, references=threads.BRANDT_Q)


@attack("08-de-gehaltskonto-aenderung-gmx.eml",
        "Payroll diversion: 'Dennis Kowalczyk' asks HR from a GMX address to pay the November salary to a new N26 "
        "account",
        "Employee impersonation from a free-mail address that is not the employee's known private address "
        "(dennis.kowalczyk84@gmx.de); excuse for not using the company channel ('out on the yard all week'); changes "
        "bank details by mail instead of the signed HR form; authentication passes for gmx.de")
def a08(m):
    m.when("2026-11-19 21:37:44", "EU").sender("Dennis Kowalczyk", "dennis.kowalczyk84@gmx.de")
    m.recipients([staff("hr")])
    iban = C.iban_make("DE", "10011001" + "2614937280")
    m.iban(iban, "Dennis Kowalczyk (claimed)", "N26 Bank AG", "money-mule account")
    paras = ["Hallo Katrin,",
             "ich habe zum 1.11. die Bank gewechselt, die Sparkasse wollte für das Konto jetzt 12 € im Monat. Kannst du "
             "bitte schon das Novembergehalt auf mein neues Konto überweisen?",
             "Kontoinhaber: Dennis Kowalczyk\nIBAN: %s\nBIC: NTSBDEB1XXX" % C.iban_fmt(iban),
             "Ich bin die ganze Woche draußen in Walsum wegen der neuen Schere und komme nicht an den Rechner, deshalb "
             "schreibe ich von privat. Wenn du noch was brauchst, einfach hier antworten.",
             "Danke dir und schönen Abend\nDennis"]
    plain = "\n\n".join(paras)
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + "".join("<div>%s</div>\n\n<div>&nbsp;</div>\n" % to_html(p) for p in paras) + "</div></body></html>\n")
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmx"))
    r = S.united(m, "gmx", "77.183.42.118", webmail=True)
    return m.finish(r, body, "Neue Bankverbindung ab Gehalt November", auth=dict(spf="pass", dmarc="quarantine"))


# ========================================================== BUSINESS
@business("01-de-ceo-anzahlung-notartermin-intern.eml",
          "CEO to CFO (cc assistant), internal: the notary appointment for the Moers yard acquisition moved to "
          "tomorrow, the EUR 250,000 deposit must be on the notary escrow account",
          "Internal mail written on EXCH01 and relayed by mail-int01; refers to the documented process (account only "
          "from the notary's letter, call-back to the law firm, CEO releases as second signatory in e-banking); no "
          "account data in the mail, normal signature with phone numbers",
          pair=("01-de-ceo-fraud-vertrauliche-uebernahme.eml",
                "Same urgency and topic (deposit for an acquisition); the genuine one comes through the internal relay, "
                "insists on verification and four-eyes release, the fake demands secrecy and mail-only contact"))
def b01(m):
    m.when("2026-10-14 08:12:31", "EU").sender("Dr. Matthias Brenner", "matthias.brenner@example.com")
    m.recipients([staff("cfo")], [staff("asst")])
    m.phone("+49 203 7391-100", "+49 171 4418 203")
    paras = [
        "Hallo Sabine,",
        "der Notartermin für den Asset Deal Moers (Schrottplatz Rheinberger Straße) ist auf morgen, 15.10., 10:00 Uhr "
        "vorgezogen worden – Notar Dr. Klaas, Duisburg, Königstraße.",
        "Laut § 4.2 des Kaufvertragsentwurfs muss die Anzahlung von 250.000,00 € spätestens bei Beurkundung auf dem "
        "Notaranderkonto nachgewiesen sein. Die Kontoverbindung steht in der Fälligkeitsmitteilung, die uns Dr. Hense "
        "am 09.10. geschickt hat. Bitte nicht aus irgendeiner Mail übernehmen, sondern wie besprochen gegen das "
        "Schreiben des Notars prüfen und kurz telefonisch bei der Kanzlei rückbestätigen (Nummer aus dem Briefkopf).",
        "Ich gebe den Auftrag heute Abend im Banking als zweite Unterschrift frei.",
        "Annika, bitte blocke mir morgen 9:00–12:30 und organisiere den Fahrer.",
        "Danke!\nMatthias",
        CEO_SIG,
    ]
    body = outlook_alt(m, paras, "de", charset="windows-1252")
    r = S.exchange_internal(m, client_ip="10.20.14.21", server="EXCH01")
    return m.finish(r, body, "Dringend: Anzahlung Asset Deal Moers – Beurkundung morgen 10:00")


@business("02-de-lieferant-bankwechsel-angekuendigt.eml",
          "Lieferant GmbH announces its change of house bank for 1 Dec 2026 with a letter signed by both managing "
          "directors; old account stays valid until 31 Jan 2027",
          "From the real domain through Lieferant's own relay (SPF/DKIM/DMARC pass); announced weeks ahead, parallel "
          "run of both accounts, new account at a regional German bank in the company's name, explicitly asks for a "
          "call-back via the known switchboard",
          pair=("02-de-lieferant-lookalike-bankverbindung.eml",
                "Both change the bank details of the same supplier; the genuine one invites verification and keeps the "
                "old account open, the fake comes from lieferant-gmbh.com, is immediate and points to a mobile number"))
def b02(m):
    m.when("2026-10-05 10:22:15", "EU").sender(*LF["lang_"])
    m.recipients([staff("ap")], [LF["maier"], LF["buha"]])
    m.iban(LF["iban_old"], "Lieferant GmbH", LF["bank_old"] + " (WELADED1OBH)", "current account, valid until 31.01.2027")
    m.iban(LF["iban_new"], "Lieferant GmbH", LF["bank_new"] + " (GENODED1VRR)", "new account from 01.12.2026")
    m.phone("+49 208 6299-0", "+49 208 6299-110", "+49 208 6299-199")
    paras = [
        "Sehr geehrte Frau Schäfer,",
        "wie im Jahresgespräch mit Herrn Hölzer angekündigt, wechselt die Lieferant GmbH zum Jahresende ihre Hausbank. "
        "Das beigefügte Schreiben ist von beiden Geschäftsführern unterschrieben, das Original erhalten Sie zusätzlich "
        "per Post.",
        "Wichtig für Ihre Kreditorenstammdaten (Kreditor 70418):\n"
        "– Die neue Bankverbindung bei der Volksbank Rhein-Ruhr gilt für Zahlungen ab dem 01.12.2026.\n"
        "– Unser bisheriges Konto bei der Stadtsparkasse Oberhausen bleibt bis zum 31.01.2027 parallel bestehen, "
        "Zahlungen dorthin werden weiterhin zugeordnet.",
        "Bitte verifizieren Sie die Änderung wie bei Ihnen üblich telefonisch über unsere Zentrale (+49 208 6299-0) "
        "oder direkt bei mir. Wir ändern Bankdaten grundsätzlich nur schriftlich mit Vorlauf und niemals kurzfristig "
        "per E-Mail – sollte Sie eine abweichende Aufforderung erreichen, rufen Sie uns bitte an.",
        "Mit freundlichen Grüßen",
        lf_sig("Petra Lang", "Kaufmännische Leitung / Prokuristin", "+49 208 6299-110"),
    ]
    pdfdata = letter_pdf(
        m, "Lieferant GmbH", ["Schrott- und Metallhandel · Demontage · Osterfelder Straße 218 · 46049 Oberhausen"],
        ["Example Metallrecycling GmbH", "Kreditorenbuchhaltung", "Am Kaiserhafen 21", "47119 Duisburg"],
        [("Datum", "02.10.2026"), ("Ihre Kreditor-Nr.", "70418"), ("Ansprechpartnerin", "Petra Lang"),
         ("Telefon", "+49 208 6299-110")],
        "Änderung unserer Bankverbindung zum 01.12.2026",
        ["Sehr geehrte Damen und Herren,",
         "zum Jahresende verlegen wir unsere Hauptbankverbindung von der Stadtsparkasse Oberhausen zur Volksbank "
         "Rhein-Ruhr eG. Bitte leisten Sie Zahlungen ab dem 01.12.2026 auf das folgende Konto:",
         "Kontoinhaber: Lieferant GmbH\nKreditinstitut: Volksbank Rhein-Ruhr eG\nIBAN: %s\nBIC: %s"
         % (C.iban_fmt(LF["iban_new"]), LF["bic_new"]),
         "Das bisherige Konto (IBAN %s, BIC %s) bleibt bis einschließlich 31.01.2027 bestehen. Zahlungseingänge auf "
         "diesem Konto werden bis dahin weiterhin ordnungsgemäß zugeordnet." % (C.iban_fmt(LF["iban_old"]), LF["bic_old"]),
         "Zu Ihrer Sicherheit: Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich und mit Vorlauf "
         "mit. Bitte bestätigen Sie die Änderung telefonisch über unsere Zentrale +49 208 6299-0.",
         "Mit freundlichen Grüßen"],
        LF_FOOT, pdf_date(m.at(-3 * 86400)), author="Petra Lang", producer="Microsoft® Word für Microsoft 365",
        signature=["Lieferant GmbH", "", "Klaus Brinkmann                    Dr. Ute Lieferant",
                   "Geschäftsführer                      Geschäftsführerin"])
    paras = [p.replace("–", "-") for p in paras]  # typed hyphens; the body goes out as ISO-8859-15
    alt_part = outlook_alt(m, paras, "de", charset="iso-8859-15")
    body = mixed(m, [alt_part, outlook_attachment(pdfdata, "application/pdf", "2026-10-02_Bankverbindung_Lieferant_GmbH.pdf", m)])
    r = S.postfix_submit(m, "mail.lieferant-gmbh.de", "203.0.113.25", "PC-KFM01", "192.168.20.41", mua="outlook",
                         dkim_sel="mail2024", system="Lieferant GmbH own Postfix relay (Outlook 2021 client)")
    return m.finish(r, body, "Ankündigung: Änderung unserer Bankverbindung zum 01.12.2026", auth=dict(spf="pass", dmarc="quarantine"))


@business("03-de-lieferant-wiegescheine-abgleich.eml",
          "Stefan Maier (Lieferant GmbH) answers the yard's query about two weighing slips and sends the delivery list "
          "KW 45/46 as XLSX",
          "Normal supplier correspondence from the real mailbox via Lieferant's relay and his usual Outlook client; "
          "contains no payment instruction; this is the thread the attacker later hijacked (attack/03)",
          pair=("03-de-lieferant-threadhijack-gutschriften.eml",
                "Same thread, same real mailbox and passing authentication; the later hijacked reply comes via "
                "Roundcube from a VPS and adds a third bank account"))
def b03(m):
    m.when("2026-11-13 11:05:40", "EU").sender(*LF["maier"])
    m.recipients([staff("proc")])
    m.phone("+49 208 6299-214", "+49 208 6299-199")
    q = Quote(staff("proc"), [LF["maier"]], core.parse_local("2026-11-12 15:10:02", "EU"), "EU",
              "Gutschriften KW 45/46 – Abgleich Wiegescheine",
              ["Hallo Herr Maier,",
               "bevor die Gutschriften für KW 45/46 rausgehen: bei zwei Wiegescheinen passen unsere Nettogewichte "
               "nicht zu Ihren Lieferscheinen (WS 118734 und WS 118802). Können Sie das bitte prüfen?",
               "Gruß\nJürgen Hölzer\nEinkauf Schrott\nExample Metallrecycling GmbH"], lang="de")
    paras = [
        "Hallo Herr Hölzer,",
        "danke für die schnelle Rückmeldung. Ich habe die beiden Wiegescheine mit unseren Lieferscheinen abgeglichen:",
        "– WS 118734 (06.11.): Sie haben 23.140 kg netto gewogen, unser Fahrer hat 23.410 kg auf dem Lieferschein – "
        "Zahlendreher bei uns, Ihre Verwiegung ist korrekt.\n– WS 118802 (10.11.): Abzug 1.200 kg wegen "
        "Anhaftungen/Erde bei Sorte E3 – nach Rücksprache mit unserem Platzmeister akzeptiert, die Fotos haben wir gesehen.",
        "Anbei die Liste aller Anlieferungen KW 45/46 mit unseren Lieferscheinnummern zum Abgleich. Wenn von Ihrer "
        "Seite nichts mehr offen ist, können die Gutschriften so raus.",
        "Viele Grüße",
        lf_sig("Stefan Maier", "Verkauf / Disposition", "+49 208 6299-214"),
    ]
    rows = [[("b", "Datum"), ("b", "Lieferschein"), ("b", "Wiegeschein"), ("b", "Sorte"), ("b", "Netto kg Lieferant"),
             ("b", "Netto kg Example"), ("b", "Differenz kg"), ("b", "Bemerkung")]]
    data = [("02.11.2026", "LS-26-4471", "118655", "E3", 22860, 22840, ""),
            ("03.11.2026", "LS-26-4478", "118671", "E8 (Neuschrott)", 18420, 18420, ""),
            ("04.11.2026", "LS-26-4486", "118690", "E3", 24110, 24060, ""),
            ("05.11.2026", "LS-26-4493", "118712", "Kabelschrott Cu", 6240, 6235, ""),
            ("06.11.2026", "LS-26-4501", "118734", "E3", 23410, 23140, "Zahlendreher LS, Verwiegung korrekt"),
            ("09.11.2026", "LS-26-4512", "118779", "E1", 21980, 21950, ""),
            ("10.11.2026", "LS-26-4519", "118802", "E3", 24730, 23530, "Abzug 1.200 kg Anhaftungen (Fotos)"),
            ("11.11.2026", "LS-26-4527", "118826", "E8 (Neuschrott)", 17960, 17955, ""),
            ("12.11.2026", "LS-26-4533", "118851", "E3", 23370, 23350, ""),
            ("13.11.2026", "LS-26-4540", "118877", "Shredder-Vormaterial", 19840, 19790, "")]
    for d in data:
        rows.append([d[0], d[1], d[2], d[3], d[4], d[5], d[5] - d[4], d[6]])
    tot_l = sum(d[4] for d in data)
    tot_e = sum(d[5] for d in data)
    rows.append([("b", "Summe"), "", "", "", tot_l, tot_e, tot_e - tot_l, ""])
    xl = office.xlsx([("KW45-46", rows, [11, 12, 11, 20, 17, 16, 13, 36])], creator="Stefan Maier",
                     created="2026-11-13T09:58:00Z", company="Lieferant GmbH")
    alt_part = outlook_alt(m, paras, "de", charset="windows-1252", quotes=[q])
    body = mixed(m, [alt_part, outlook_attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                  "Anlieferungen_KW45-46_Lieferant.xlsx", m)])
    r = S.postfix_submit(m, "mail.lieferant-gmbh.de", "203.0.113.25", "PC-VERTRIEB03", "192.168.20.53", mua="outlook",
                         dkim_sel="mail2024", system="Lieferant GmbH own Postfix relay (Outlook 2021 client)",
                         msgid_style=threads.WIEGE_R1)
    return m.finish(r, body, "AW: Gutschriften KW 45/46 – Abgleich Wiegescheine", auth=dict(spf="pass", dmarc="quarantine"),
                    in_reply_to=threads.WIEGE_Q, references=threads.WIEGE_Q)


@business("04-de-steuerberater-rechnung-girocode.eml",
          "Tax adviser's invoice 2026-1418 (payroll October, VAT advice on § 13b reverse charge for scrap) with a "
          "GiroCode on the PDF",
          "Known adviser, own domain through IONOS with passing authentication; amount and services match the "
          "mandate; the GiroCode pays the adviser's long-standing Sparkasse Duisburg account also printed on every invoice",
          pair=("04-de-register-gebuehrenbescheid-girocode.eml",
                "Both carry an EPC payment QR in a PDF; the genuine invoice is for services actually received, the "
                "register 'Bescheid' is an unsolicited offer disguised as an official fee"))
def b04(m):
    m.when("2026-11-04 09:40:10", "EU").sender(*REUTER["reuter"])
    m.recipients([staff("ap")], [staff("cfo")])
    items = [("Lohn- und Gehaltsabrechnung Oktober 2026 (96 Abrechnungen à 21,50 €)", 2064.00),
             ("Lohnsteuer-Anmeldung, SV-Meldungen, Beitragsnachweise 10/2026", 185.00),
             ("Beratung Umsatzsteuer: § 13b UStG bei Lieferungen von Schrott an Unternehmer, 2,5 Std. à 230,00 €", 575.00),
             ("Post- und Telekommunikationspauschale (§ 16 StBVV)", 20.00)]
    net = sum(v for _, v in items)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    m.iban(REUTER["iban"], "Reuter & Partner mbB", "Sparkasse Duisburg (DUISDE33XXX)", "adviser's known account")
    payload = C.epc_qr(REUTER["bic"], "Reuter & Partner mbB", REUTER["iban"], gross, "RE 2026-1418 Mandant 14327")
    m.facts["qr"].append(payload)
    m.phone("+49 203 393 180-0", "+49 203 393 180-15")
    paras = ["Sehr geehrte Frau Schäfer,",
             "anbei erhalten Sie unsere Rechnung Nr. 2026-1418 vom 03.11.2026 über %s € für die Lohnbuchhaltung "
             "Oktober sowie die Beratung zur Umsatzsteuer. Der Betrag ist innerhalb von 14 Tagen ohne Abzug fällig; "
             "für die Überweisung ist wie gewohnt ein GiroCode aufgedruckt." % euro(gross),
             "Mit freundlichen Grüßen\n\nBirgit Reuter\nSteuerberaterin\n\nReuter & Partner mbB "
             "Steuerberatungsgesellschaft\nKönigstraße 48 · 47051 Duisburg\nTel. +49 203 393 180-15 · Zentrale "
             "+49 203 393 180-0\nwww.reuter-stb.de\nSitz Duisburg · Partnerschaftsregister AG Essen PR 3318"]
    pdfdata = letter_pdf(
        m, "Reuter & Partner mbB", ["Steuerberatungsgesellschaft · Königstraße 48 · 47051 Duisburg"],
        ["Example Metallrecycling GmbH", "z. Hd. Frau Monika Schäfer", "Am Kaiserhafen 21", "47119 Duisburg"],
        [("Rechnung Nr.", "2026-1418"), ("Datum", "03.11.2026"), ("Mandant", "14327"), ("Leistungszeitraum", "10/2026")],
        "Rechnung",
        ["Für unsere Tätigkeit im Leistungszeitraum berechnen wir gemäß Steuerberatervergütungsverordnung:"],
        [["Reuter & Partner mbB", "Königstraße 48, 47051 Duisburg", "USt-IdNr. %s" % C.de_vat("31547820")],
         ["Sparkasse Duisburg", "IBAN %s" % C.iban_fmt(REUTER["iban"]), "BIC %s" % REUTER["bic"]],
         ["Tel. +49 203 393 180-0", "kanzlei@reuter-stb.de", "Partnerschaftsregister AG Essen PR 3318"]],
        pdf_date(m.at(-86400)), producer="DATEV Kanzlei-Rechnungswesen / PDF-Druck", creator="DATEV",
        author="Reuter & Partner mbB",
        table=(["Pos.", "Leistung", "Betrag €"], [[str(i + 1), t, euro(v)] for i, (t, v) in enumerate(items)], ["l", "l", "r"]),
        col_x=[50, 80, 470], totals=[("Nettobetrag", euro(net), False), ("Umsatzsteuer 19 %", euro(vat), False),
                                     ("Rechnungsbetrag", euro(gross), True)],
        qr=payload, qr_label=["GiroCode", "Zahlbar bis 17.11.2026"])
    text = "\n\n".join(paras)
    body = mixed(m, [text_part(text, "plain", "iso-8859-15", "quoted-printable"),
                     outlook_attachment(pdfdata, "application/pdf", "RE_2026-1418_Mandant_14327.pdf", m)])
    r = S.united(m, "ionos", "93.197.64.210")
    return m.finish(r, body, "Rechnung 2026-1418 – Lohnbuchhaltung 10/2026 und USt-Beratung (Mandant 14327)",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("05-de-it-warnung-phishing-mit-beispiel.eml",
          "IT security warns all German staff about fake DocuSign 'Gehaltsanpassung 2027' mails with QR codes and "
          "attaches one reported sample as .eml",
          "Internal notice from the mail administrator through the internal relay; the attached message/rfc822 is "
          "the reported phishing sample (with its live QR code) – a genuine message that contains attack content",
          pair=("05-de-docusign-gehaltsanpassung-qr.eml",
                "Same lure (the sample inside is the same campaign); here it is quoted by IT as a warning"))
def b05(m):
    m.when("2026-11-03 14:05:22", "EU").sender(*staff("sec"))
    m.recipients([("Alle Mitarbeitenden Deutschland", "alle-de@example.com")])
    m.phone("+49 203 7391-180")
    # the reported sample, built as its own message
    from mailgen.builder import M as _M
    inner = _M("05-de-it-warnung-phishing-mit-beispiel.eml#sample", "attack", "de")
    inner.when("2026-11-03 08:29:02", "EU").sender("Docusign", "dse@hofmann-kuechen.de")
    inner.recipients([staff("acc_de")])
    ib = docusign_qr_lure(inner, "Heike Brandt", staff("acc_de")[1])
    ir = S.sendgrid(inner, "hofmann-kuechen.de", "em7421", 31874402)
    inner.finish(ir, ib, "Personalabteilung hat Ihnen ein Dokument gesendet: Gehaltsanpassung 2027 – Heike Brandt.pdf",
                 auth=dict(spf="pass", dmarc="none"), sender_local="dse")
    m.facts["qr"].extend(inner.facts["qr"])
    paras = [
        "Liebe Kolleginnen und Kollegen,",
        "seit heute Morgen erhalten mehrere von euch E-Mails, die wie eine DocuSign-Benachrichtigung der "
        "Personalabteilung aussehen („Gehaltsanpassung 2027 – <Name>.pdf“). Das Dokument soll angeblich nur mit dem "
        "Handy über einen QR-Code geöffnet werden können.",
        "**Das ist Phishing.** Der QR-Code führt auf eine gefälschte Microsoft-Anmeldeseite. Unsere Personalabteilung "
        "verschickt keine Gehaltsunterlagen über DocuSign, und echte DocuSign-Mails kommen von @docusign.net.",
        "Bitte:\n– den QR-Code nicht scannen und die Mail über den Button „Phishing melden“ in Outlook melden,\n"
        "– wer den Code bereits gescannt und sich angemeldet hat: sofort bei uns anrufen (Durchwahl -180), wir setzen "
        "das Passwort und die MFA-Registrierung zurück.",
        "Zur Information hänge ich eine der gemeldeten Mails als Anlage an – bitte auch dort den QR-Code nicht scannen. "
        "Wir haben den Absender und die Zieladresse inzwischen gesperrt.",
        "Viele Grüße\nLukas Bergmann\nIT-Sicherheit / Mail-Administration\nExample Metallrecycling GmbH | Am Kaiserhafen 21 | "
        "47119 Duisburg\nT +49 203 7391-180",
    ]
    alt_part = outlook_alt(m, paras, "de", charset="utf-8")
    body = mixed(m, [alt_part, core.rfc822_part(inner.raw, "Phishing-Beispiel Gehaltsanpassung 2027.eml")])
    r = S.exchange_internal(m, client_ip="10.20.12.77", server="EXCH02")
    return m.finish(r, body, "Achtung: gefälschte DocuSign-Mails mit QR-Code („Gehaltsanpassung 2027“)")


@business("06-de-docusign-rahmenvertrag-nre.eml",
          "Genuine DocuSign envelope from Niederrhein Elektrostahl (Carsten Wilms): frame contract for steel scrap 2027",
          "Real DocuSign EU infrastructure (eumail.docusign.net, authentication passes), sender and reply-to are the "
          "customer's own domain, the link goes to eu.docusign.net, contract terms match the negotiation",
          pair=("06-de-adobe-sign-rahmenvertrag-nre.eml",
                "Both are e-signature requests for the same customer contract on real platforms; in the attack the "
                "requester is a free outlook.de account"))
def b06(m):
    m.when("2026-11-11 14:12:48", "EU").sender("Carsten Wilms über Docusign", "dse@eumail.docusign.net")
    m.recipients([staff("sales")])
    a = core.uuid4(m.rng)
    acct = core.uuid4(m.rng)
    er = core.uuid4(m.rng)
    code = core.hexs(m.rng, 32, True)
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    m.phone("+49 2064 6081-322")
    paras = ["Carsten Wilms hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.",
             "[DOKUMENT PRÜFEN](%s)" % url,
             "Carsten Wilms\nc.wilms@nr-elektrostahl.de",
             "Sehr geehrter Herr Dietrich,\nwie am Montag telefonisch besprochen anbei der Rahmenvertrag 2027 zur "
             "Unterschrift. Preisformel wie verhandelt (BDSV-Index Sorte E40, Monatsdurchschnitt, abzgl. 6,80 €/t "
             "Fracht), Mengen wie in Anlage 1. Bei Rückfragen erreichen Sie mich unter 02064 6081-322.\n"
             "Viele Grüße\nCarsten Wilms",
             "Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu Docusign. Geben Sie diesen "
             "Link nicht an andere Personen weiter.",
             "Alternative Signaturmethode\nBesuchen Sie docusign.com, klicken Sie auf „Dokumente abrufen“ und geben "
             "Sie den Sicherheitscode ein:\n%s" % code,
             "Über Docusign\nSignieren Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher. Egal, ob Sie "
             "im Büro, zu Hause oder unterwegs sind – mit Docusign haben Sie eine vertrauenswürdige Lösung für das "
             "Digital Transaction Management™.",
             "Haben Sie Fragen zum Dokument? Wenn Sie das Dokument ändern müssen oder Fragen zu den Details im "
             "Dokument haben, wenden Sie sich per E-Mail direkt an den Absender.",
             "Melden Sie diese E-Mail oder lesen Sie mehr über Docusign in unserem [Support Center](https://support.docusign.com/s/?language=de)."]
    paras[3] = paras[3].replace("02064 6081-322", "+49 2064 6081-322")
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:0;margin:0;background:#eaeaea"><table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea">'
            '<tr><td align="center" style="padding:16px 0"><table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:24px;text-align:center;color:#ffffff;font-size:16px">%s<br><br>'
            '<a href="%s" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold;font-size:14px">DOKUMENT PRÜFEN</a></td></tr>'
            % (to_html(paras[0]), url) +
            "".join('<tr><td style="padding:16px 24px;font-size:14px;color:#333">%s</td></tr>' % to_html(p) for p in paras[2:4]) +
            "".join('<tr><td style="padding:12px 24px;font-size:11px;color:#666;background:#f4f4f4">%s</td></tr>' % to_html(p) for p in paras[4:]) +
            '</table></td></tr></table></body></html>')
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "java"))
    r = S2.docusign(m, "Niederrhein Elektrostahl GmbH")
    return m.finish(r, body, "Bitte unterzeichnen Sie: Rahmenvertrag Stahlschrott 2027 NRE - Example Metallrecycling.pdf",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=NRE["wilms"])


@business("07-de-lohnbuero-passwort-zip-sms.eml",
          "Payroll bureau sends the November payroll reports as an encrypted ZIP; password goes by SMS as agreed",
          "Known payroll bureau via its IONOS mailbox with passing authentication; the password is deliberately not in "
          "the mail; the archive holds PDF reports only; the payment file itself is released in DATEV, not by mail",
          pair=("07-de-containerdienst-passwort-zip-lnk.eml",
                "Both carry a password-protected ZIP; the genuine one sends the password out of band and contains PDFs, "
                "the malicious one puts the password in the body and hides a shortcut"))
def b07(m):
    m.when("2026-12-03 16:30:02", "EU").sender(*REUTER["lohn"])
    m.recipients([staff("hr")])
    pw = "Rh7!Kaiserhafen-2611"
    m.password(pw, "sent by SMS to HR's registered mobile number, not contained in the mail")
    m.phone("+49 203 393 180-22")
    lj = letter_pdf(m, "Lohnjournal 11/2026", ["Mandant 14327 · Example Metallrecycling GmbH · Beraternr. 31875"],
                    ["Example Metallrecycling GmbH", "Personalabteilung"], [("Abrechnungsmonat", "11/2026"), ("Erstellt", "03.12.2026")],
                    "Lohnjournal – Summenblatt",
                    ["Summen aller Abrechnungskreise (Gewerbliche, Angestellte, Aushilfen)."],
                    [["Reuter & Partner mbB", "Lohnbüro"], ["DATEV LODAS", "Auswertung LOJ"], ["Vertraulich", "Seite 1 von 1"]],
                    pdf_date(m.at(-3600)), producer="DATEV LODAS", creator="DATEV LODAS", author="Lohnbüro",
                    table=(["Position", "Anzahl", "Betrag €"],
                           [["Gesamtbrutto", "96", "412.887,15"], ["Lohnsteuer", "", "61.204,38"], ["Solidaritätszuschlag", "", "1.102,96"],
                            ["Kirchensteuer", "", "3.216,55"], ["SV-Beiträge Arbeitnehmer", "", "86.078,42"],
                            ["Netto-Auszahlung", "96", "261.284,84"], ["SV-Beiträge Arbeitgeber", "", "84.611,07"]], ["l", "r", "r"]),
                    col_x=[50, 330, 470])
    zl = letter_pdf(m, "Zahlungsliste 11/2026", ["Mandant 14327 · Example Metallrecycling GmbH"],
                    ["Example Metallrecycling GmbH", "Personalabteilung"], [("Abrechnungsmonat", "11/2026"), ("Fälligkeit", "30.11.2026")],
                    "Zahlungsliste – Zusammenfassung",
                    ["Die Einzelüberweisungen stehen als SEPA-Datei in DATEV Unternehmen online zur Freigabe bereit. Bitte "
                     "vergleichen Sie die Gesamtsumme vor der Freigabe mit dieser Liste."],
                    [["Reuter & Partner mbB", "Lohnbüro"], ["DATEV LODAS", "Auswertung ZAHL"], ["Vertraulich", "Seite 1 von 1"]],
                    pdf_date(m.at(-3500)), producer="DATEV LODAS", creator="DATEV LODAS", author="Lohnbüro",
                    table=(["Empfängergruppe", "Anzahl", "Summe €"],
                           [["Arbeitnehmer (Netto)", "96", "261.284,84"], ["Finanzamt Duisburg-Hamborn (LSt/SolZ/KiSt)", "1", "65.523,89"],
                            ["Krankenkassen (Beitragsnachweise)", "9", "170.689,49"], ["Gesamt", "", "497.498,22"]], ["l", "r", "r"]),
                    col_x=[50, 330, 470])
    z = office.zip_encrypted([("LOJ_2026-11_14327.pdf", lj, (2026, 12, 3, 15, 52, 10)),
                              ("ZAHL_2026-11_14327.pdf", zl, (2026, 12, 3, 15, 52, 40))], pw, m.rng)
    text = ("Sehr geehrte Frau Vogel,\n\nanbei erhalten Sie die Lohnauswertungen für den Abrechnungsmonat November 2026 "
            "(Lohnjournal und Zahlungsliste) als verschlüsseltes ZIP-Archiv.\n\nDas Kennwort senden wir Ihnen wie vereinbart "
            "separat per SMS an die bei uns hinterlegte Mobilnummer; es wird nicht per E-Mail versendet.\n\n"
            "Die Zahlungsdatei für die Gehälter steht wie gewohnt in DATEV Unternehmen online zur Freigabe bereit. "
            "Bitte gleichen Sie vor der Freigabe die Gesamtsumme mit der Zahlungsliste ab.\n\n"
            "Bei Fragen erreichen Sie uns unter +49 203 393 180-22.\n\nMit freundlichen Grüßen\n\nIhr Lohnbüro\n"
            "Reuter & Partner mbB Steuerberatungsgesellschaft\nKönigstraße 48 · 47051 Duisburg\n")
    body = mixed(m, [text_part(text, "plain", "iso-8859-1", "quoted-printable"),
                     outlook_attachment(z, "application/x-zip-compressed", "Lohnauswertungen_2026-11_M14327.zip", m)])
    r = S.united(m, "ionos", "93.197.64.210")
    return m.finish(r, body, "Lohnauswertungen November 2026 – Mandant 14327 (verschlüsselt)",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("08-de-mitarbeiter-privatmail-elternzeit.eml",
          "Yard manager Dennis Kowalczyk sends HR his parental-leave application as a scan from his private GMX "
          "address because his laptop is being reinstalled",
          "Colleague writing from private mail (his known private address, GMX mobile app); refers to a phone call "
          "the same morning and hands in the original on paper; asks for nothing financial",
          pair=("08-de-gehaltskonto-aenderung-gmx.eml",
                "Both come from a GMX address in the yard manager's name to HR; the fake asks to redirect salary, the "
                "genuine one only sends a form and is backed by a phone call"))
def b08(m):
    m.when("2026-11-26 06:18:09", "EU").sender("Dennis Kowalczyk", "d.kowalczyk@gmx.net")
    m.recipients([staff("hr")])
    scan = letter_pdf(m, "Antrag auf Elternzeit", ["gemäß § 16 BEEG"],
                      ["An die Personalabteilung", "Example Metallrecycling GmbH", "Am Kaiserhafen 21", "47119 Duisburg"],
                      [("Datum", "25.11.2026"), ("Personal-Nr.", "1047")],
                      "Antrag auf Elternzeit",
                      ["Hiermit beantrage ich Elternzeit für mein Kind Mila Kowalczyk, geboren am 14.10.2026, für den "
                       "Zeitraum vom 01.03.2027 bis 30.04.2027.",
                       "Eine Teilzeittätigkeit während der Elternzeit ist nicht beabsichtigt.",
                       "Dennis Kowalczyk, Betriebsleiter Platz Walsum"],
                      [["Scan"], ["HP ScanJet"], ["1/1"]], pdf_date(m.at(-8 * 3600)), producer="HP Smart",
                      creator="HP Smart", author="", signature=["", "Unterschrift: D. Kowalczyk"])
    text = ("Hallo Katrin,\n\nwie heute früh am Telefon besprochen schicke ich dir den Antrag auf Elternzeit "
            "(März/April 2027) vorab als Scan, das Original lege ich dir morgen ins Fach.\n\nMein Firmenlaptop liegt "
            "noch bei der IT zur Neuinstallation, deshalb von der privaten Adresse.\n\nGruß\nDennis\n\n"
            "--\nGesendet mit der GMX Mail App\n")
    body = multipart("mixed", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                               bin_part(scan, "application/pdf", "Antrag_Elternzeit_Kowalczyk.pdf")], boundary(m.rng, "gmx"))
    r = S.united(m, "gmx", "2.207.114.53", mobile=True)
    return m.finish(r, body, "Antrag Elternzeit (Scan)", auth=dict(spf="pass", dmarc="quarantine"))
