"""Genuine business messages, German (01-08)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "business"
B = company.BANK
V = company.VAT
ZIP_PWD_B01 = "Mandant28417!"


def b01():
    seed = "b01"
    t = local("DE", "2026-11-20 11:42:05")
    rcpt = S["hr"]["addr"]
    sender = "lohn@hartmann-stb.de"
    ch = infra.m365(seed, t, rcpt, mbx="BE1P281MB2716", region="DEUP281", relay=("DEU01-BE0-obe", "mail-be0deu01on2097", "40.107.127.97"),
                    hub="BEZP281MB2380", org="hartmann-stb.de", topic="Lohnabrechnungen 11/2026 Example Group GmbH - Mandant 28417",
                    lang="de-DE", has_attach=True)
    plain = dd("""
        Sehr geehrte Frau Groß,

        anbei erhalten Sie die Lohnunterlagen für den Abrechnungsmonat November 2026:

        - Lohnjournal 11/2026
        - Zahlungsliste Nettolöhne (SEPA) 11/2026

        Die Datei ist wie vereinbart verschlüsselt, das Kennwort ist unverändert (telefonisch mit Ihnen im Januar vereinbart).

        Bitte prüfen Sie die Zahlungsliste bis Mittwoch, 25.11. Die Überweisungsdatei stellen wir wie üblich in DATEV Unternehmen online zur Freigabe bereit. Die Änderungsmitteilungen für Dezember (Weihnachtsgeld, Ein-/Austritte) benötigen wir bis spätestens 10.12.

        Mit freundlichen Grüßen

        Claudia Reinhardt
        Lohnbuchhaltung

        Steuerberatung Hartmann & Partner mbB
        Augustaanlage 54 · 68165 Mannheim
        Tel. 0621 43 71 90-22
        www.hartmann-stb.de
        """)
    pdf1 = pdfdoc.make_pdf([[
        "# Lohnjournal 11/2026", "Mandant 28417 - Example Group GmbH, Mannheim", "Abrechnungsmonat: November 2026", "",
        "Anzahl Beschäftigte: 214 (davon 11 Auszubildende, 18 geringfügig)",
        "Summe Gesamtbrutto:                         918.442,17 EUR",
        "Summe Lohnsteuer:                           142.318,40 EUR",
        "Summe Solidaritätszuschlag / KiSt:            4.207,11 EUR",
        "Summe SV-Beiträge Arbeitnehmer:             187.265,06 EUR",
        "Summe Nettobezüge:                          584.651,60 EUR",
        "", "Erstellt: 20.11.2026, Steuerberatung Hartmann & Partner mbB"]],
        title="Lohnjournal 11/2026", producer="DATEV Lohn und Gehalt", created="D:20261120101530+01'00'")
    pdf2 = pdfdoc.make_pdf([[
        "# Zahlungsliste Nettobezüge 11/2026", "Mandant 28417 - Example Group GmbH", "",
        "Auftraggeberkonto: " + ids.fmt_iban(B["example_de"]), "Ausführungsdatum: 27.11.2026",
        "Anzahl Zahlungen: 214", "Summe: 584.651,60 EUR", "",
        "Änderungen gegenüber Vormonat: 2 neue Bankverbindungen (lt. unterschriebenem Formular), 1 Austritt"]],
        title="Zahlungsliste 11/2026", producer="DATEV Lohn und Gehalt", created="D:20261120101544+01'00'")
    z = zipc.make_zip([("Lohnjournal_2026-11.pdf", pdf1), ("Zahlungsliste_SEPA_2026-11.pdf", pdf2)],
                      password=ZIP_PWD_B01.encode(), seed=101, dt=(2026, 11, 20, 11, 31, 40))
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "BE1P281MB2716"), cs="iso-8859-1", lang="DE"),
                           Att(z, "application/x-zip-compressed", "Lohnunterlagen_28417_2026-11.zip", size=True)],
                 bnd("m365att", seed, "BE1P281MB2716"))
    return spec(F, "de", "steuerberater-lohnunterlagen-zip-verschluesselt", seed, t, ch,
                frm=addr("Lohnbüro Hartmann & Partner", sender, "iso-8859-1"), to=addr("Katrin Groß", rcpt, "iso-8859-1"),
                rcpt=rcpt, ret=sender, subject="Lohnabrechnungen 11/2026 Example Group GmbH - Mandant 28417", body=body, zone="DE",
                zip_pwd=ZIP_PWD_B01, hn=[8, 37], hn_note="Encrypted ZIP from a known correspondent, but the archive holds text PDFs and the password was agreed by phone (not in the mail).",
                what="Payroll bureau sends the monthly payroll journal and SEPA payment list as an encrypted ZIP.",
                why="Known tax advisor on its own Microsoft 365 tenant, routine monthly mail, password agreed out of band (not in the mail), contents are PDFs, payment file only released in DATEV.")


def b02():
    seed = "b02"
    t = local("DE", "2026-11-30 09:18:44")
    rcpt = S["ap"]["addr"]
    sender = "p.lang@lieferant-gmbh.de"
    ch = infra.m365(seed, t, rcpt, mbx="FR3P281MB1842", region="DEUP281", relay=("DEU01-FR2-obe", "mail-fr2deu01on2091", "40.107.135.91"),
                    hub="FR2P281MB0219", org="lieferant-gmbh.de", topic="Änderung unserer Bankverbindung zum 01.01.2027", lang="de-DE", has_attach=True)
    plain = dd("""
        Sehr geehrte Frau Schäfer,

        wie in unserem Kundenschreiben vom 2. November angekündigt, wechselt die Lieferant GmbH zum Jahreswechsel ihre Hausbank.

        Ab dem 01.01.2027 bitten wir Sie, Zahlungen auf folgende Verbindung zu leisten:

        BBBank eG
        IBAN: %(new)s
        BIC: GENODE61BBB

        Bis zum 31.12.2026 bleibt unser Konto bei der Sparkasse Karlsruhe (IBAN %(old)s) unverändert gültig. Es wird bis Ende März 2027 weitergeführt, Zahlungen gehen also nicht verloren.

        Das unterschriebene Schreiben unserer Geschäftsführung liegt bei. Bitte verifizieren Sie die Änderung wie üblich telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung; gern rufen wir Sie auch zurück. Eine Bestätigung per E-Mail ist nicht nötig.

        Mit freundlichen Grüßen

        Petra Lang
        Buchhaltung / Debitorenmanagement

        Lieferant GmbH
        Durlacher Allee 118 · 76131 Karlsruhe
        Tel. +49 721 9183-240
        www.lieferant-gmbh.de

        Geschäftsführer: Dipl.-Ing. Rainer Lieferant, Stefan Maier
        Amtsgericht Mannheim HRB 712455 · USt-IdNr. %(vat)s
        """) % {"new": ids.fmt_iban(B["lieferant_new"]), "old": ids.fmt_iban(B["lieferant_old"]), "vat": V["lieferant"]}
    pdf = pdfdoc.make_pdf([[
        "# Lieferant GmbH", "Durlacher Allee 118 - 76131 Karlsruhe", "",
        "Example Group GmbH", "Kreditorenbuchhaltung", "Industriestraße 40", "68169 Mannheim", "",
        "Karlsruhe, 27.11.2026", "",
        "## Änderung unserer Bankverbindung zum 01.01.2027", "",
        "Sehr geehrte Damen und Herren,", "",
        "zum 01.01.2027 wechseln wir unsere Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf:", "",
        "Kontoinhaber: Lieferant GmbH", "Bank: BBBank eG, Karlsruhe",
        "IBAN: " + ids.fmt_iban(B["lieferant_new"]), "BIC: GENODE61BBB", "",
        "Bis 31.12.2026 gilt unverändert: Sparkasse Karlsruhe, IBAN " + ids.fmt_iban(B["lieferant_old"]), "",
        "Zur Sicherheit bitten wir Sie, diese Änderung telefonisch bei unserer Buchhaltung",
        "unter der Ihnen bekannten Rufnummer zu verifizieren.", "",
        "Mit freundlichen Grüßen", "", "Rainer Lieferant                 Stefan Maier", "Geschäftsführer                 Geschäftsführer"]],
        title="Änderung Bankverbindung", author="Lieferant GmbH", producer="Microsoft® Word für Microsoft 365".replace("®", ""), creator="Microsoft Word",
        created="D:20261127142210+01'00'")
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "FR3P281MB1842"), cs="iso-8859-15", lang="DE"),
                           Att(pdf, "application/pdf", "Bankverbindung_Lieferant_GmbH_2027.pdf", size=True)],
                 bnd("m365att", seed, "FR3P281MB1842"))
    return spec(F, "de", "lieferant-bankverbindung-2027-korrekt-angekuendigt", seed, t, ch,
                frm=addr("Petra Lang", sender), to=addr("Monika Schäfer", rcpt, "iso-8859-1"), rcpt=rcpt, ret=sender,
                subject=subj("Änderung unserer Bankverbindung zum 01.01.2027", "iso-8859-1", "Q"), body=body, zone="DE",
                ibans=[B["lieferant_new"], B["lieferant_old"]], hn=[2],
                hn_note="Same supplier and topic (bank change) as attack 02; genuine domain and tenant, announced weeks ahead with a long overlap, account in the company's own name, explicitly asks for phone verification.",
                what="Supplier announces its change of house bank from 1 Jan 2027 with a signed letter.",
                why="Genuine lieferant-gmbh.de Microsoft 365 tenant (same as the supplier's other mail), announced in advance, old account stays valid, holder is the supplier itself, asks to verify by phone via the known number and needs no e-mail confirmation.")


def b03():
    seed = "b03"
    t = local("DE", "2026-11-17 10:05:31")
    rcpt = S["cfo"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.20.5.37", mbx="EXMBX02", rcpt=rcpt,
                        topic="Anzahlung Oleificio Santa Lucia heute freigeben", lang="de-DE")
    plain = dd("""
        Sabine,

        bitte die Anzahlung an Santa Lucia (Kontrakt SL-2026/27-014, 30 %% = 142.560,00 EUR) heute noch freigeben. Antonio De Santis hat gerade angerufen: Wenn bis morgen nichts da ist, verkaufen sie die restliche Coratina an einen anderen Abfüller, die Preise in Apulien ziehen seit letzter Woche kräftig an.

        Der Kontrakt liegt im DMS (Einkauf > Olivenöl > 2026-27), Niccolò hat Mengen und Analysen geprüft, die Bankverbindung ist die bekannte aus dem Kreditorenstamm. Bitte ganz normal mit Monika im Vier-Augen-Prinzip über SAP anlegen, ich gebe die Zahlung im Banking als Zweiter frei, sobald sie im Korb liegt.

        Ich bin bis 15 Uhr im Werk in der Qualitätsrunde, danach am Handy.

        Danke!
        Jürgen
        """)
    body = outlook_alt(plain.replace("%%", "%"), bnd("exchange", seed), cs="iso-8859-1", lang="DE")
    return spec(F, "de", "ceo-dringende-anzahlung-intern", seed, t, ch,
                frm=addr("Köhler, Jürgen", S["ceo"]["addr"], "iso-8859-1", quote_always=True),
                to=addr("Weiß, Sabine", rcpt, "iso-8859-1"), cc=addr("Schäfer, Monika", S["ap"]["addr"], "iso-8859-1"),
                rcpt=rcpt, ret=S["ceo"]["addr"], subject="Dringend: Anzahlung Oleificio Santa Lucia heute freigeben",
                body=body, zone="DE", internal=True, hn=[1],
                hn_note="Same pattern as attack 01 (CEO, urgent same-day payment, CFO); but internal Exchange route, known supplier and master-data account, four-eyes release in SAP, reachable by phone.",
                what="The CEO's genuine urgent request to release a down payment to a known olive oil supplier today.",
                why="Sent from the CEO's example.com mailbox through Exchange and mail-int01; payee is an existing supplier with master-data bank account, contract in the DMS, normal four-eyes process, no secrecy, phone available.")


def b04():
    seed = "b04"
    t = local("DE", "2026-11-19 06:30:12")
    rcpt = S["ap"]["addr"]
    sender = "rechnungen@lieferant-gmbh.de"
    ch = infra.m365(seed, t, rcpt, mbx="FR3P281MB1842", region="DEUP281", relay=("DEU01-FR2-obe", "mail-fr2deu01on2091", "40.107.135.91"),
                    hub="FR2P281MB0219", org="lieferant-gmbh.de", topic=None, lang="de-DE", has_attach=True)
    ch["received"] = ["from ERP01 (p5b0a1c2d.dip0.t-ipconnect.de [91.10.28.45]) by\n FR2P281CA0121.outlook.office365.com (2603:10a6:d10:a2::19) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9412.21 via Frontend Transport; %s" % rfc("UTC", t)]
    ch["extra"] = [(k, v) for k, v in ch["extra"] if k.startswith("X-MS-Exchange-CrossTenant") or k in ("X-OriginatorOrg",)] + [("X-Mailer", "proALPHA ERP 8.1 Mailer")]
    ch["msgid"] = "<PA.%s.%s@lieferant-gmbh.de>" % (h(seed + "m", 14, DIG), h(seed + "m2", 6, DIG))
    ch["style"] = "esp"
    items = [("RE-2026-09811", "15.09.2026", "15.10.2026", "18.240,00"), ("RE-2026-09977", "24.09.2026", "24.10.2026", "11.604,80"),
             ("RE-2026-10102", "01.10.2026", "31.10.2026", "6.915,20")]
    rows = "\n".join("%-15s %-11s %-11s %12s EUR" % r for r in items)
    plain = dd("""
        Sehr geehrte Damen und Herren,

        trotz unserer Zahlungserinnerung vom 30.10.2026 konnten wir für die nachstehenden Rechnungen noch keinen Zahlungseingang feststellen:

        Rechnung        vom         fällig am          Betrag
        %(rows)s
        ---------------------------------------------------------
        Summe                                     36.760,00 EUR

        Wir bitten Sie, den offenen Betrag bis spätestens 26.11.2026 auf unser bekanntes Konto bei der Sparkasse Karlsruhe (IBAN %(iban)s) zu überweisen.

        Sollte bis dahin kein Zahlungseingang erfolgen, sehen wir uns leider gezwungen, die Belieferung ab dem 27.11.2026 einzustellen bzw. weitere Lieferungen - auch aus bestehenden Abrufaufträgen - nur noch gegen Vorkasse auszuführen.

        Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Bei Rückfragen erreichen Sie Frau Petra Lang unter 0721 9183-240.

        Mit freundlichen Grüßen
        Lieferant GmbH - Buchhaltung

        Kundennummer: 20417
        Dieses Schreiben wurde maschinell erstellt.
        """) % {"rows": rows, "iban": ids.fmt_iban(B["lieferant_old"])}
    pdf = pdfdoc.make_pdf([["# Lieferant GmbH - 2. Mahnung", "Kundennummer 20417 - Example Group GmbH, Mannheim", "Datum: 19.11.2026", ""] +
                           ["%s vom %s, fällig %s: %s EUR" % r for r in items] +
                           ["", "Summe offen: 36.760,00 EUR", "Zahlbar bis 26.11.2026 auf Sparkasse Karlsruhe, IBAN " + ids.fmt_iban(B["lieferant_old"]),
                            "", "Ohne Zahlungseingang stellen wir die Belieferung ab 27.11.2026 ein bzw. liefern nur gegen Vorkasse."]],
                          title="2. Mahnung 20417", producer="proALPHA ERP 8.1", created="D:20261119062955+01'00'")
    body = Multi("mixed", [Text(plain, "plain", "iso-8859-1", "quoted-printable"),
                           Att(pdf, "application/pdf", "Mahnung_20417_2026-11-19.pdf")], "=_proALPHA_" + h(seed + "b", 20, UHEX))
    return spec(F, "de", "lieferant-mahnung-lieferstopp", seed, t, ch,
                frm=addr("Lieferant GmbH - Buchhaltung", sender, quote_always=True), to=rcpt, rcpt=rcpt, ret=sender,
                subject="2. Mahnung - Kundennummer 20417 - Lieferstopp ab 27.11.2026", body=body, zone="DE",
                ibans=[B["lieferant_old"]], hn=[2, 8],
                hn_note="Same supplier as attacks 02 and 08 and an urgent threat (supply stop); but genuine ERP mailbox via the supplier's tenant, pays to the known account, plain PDF attachment.",
                what="Second dunning letter from the bottle supplier's ERP with a threat to stop deliveries.",
                why="Genuine rechnungen@lieferant-gmbh.de sent by the ERP through the supplier's Microsoft 365 (SMTP submission from the ERP host), refers to the known Sparkasse account, gives the known phone contact, standard dunning wording.")


def b05():
    seed = "b05"
    t = local("DE", "2026-11-23 06:51:27")
    rcpt = S["hr"]["addr"]
    sender = "dennis.wolf@gmx.de"
    ch = infra.gmx(seed, t, rcpt, "91.66.141.87", brand="gmx")
    plain = dd("""
        Hallo Frau Groß,

        ich hab seit heute Nacht Magen-Darm und war eben beim Hausarzt. Er hat mich bis einschließlich Freitag krankgeschrieben, die AU geht laut Praxis elektronisch an die Krankenkasse (eAU), Sie können sie also wie immer abrufen.

        Herrn Schneider in der Schichtleitung habe ich schon Bescheid gegeben, die Übergabe für die Verladung nach Bari liegt im Teams-Ordner Logistik.

        Ich schreibe von privat, weil der Firmenlaptop im Werk liegt.

        Viele Grüße
        Dennis Wolf
        """)
    body = Text(plain, "plain", "UTF-8", "quoted-printable")
    return spec(F, "de", "krankmeldung-privatmail-gmx", seed, t, ch,
                frm=addr("Dennis Wolf", sender), to=addr("Katrin Groß", rcpt, "UTF-8"), rcpt=rcpt, ret=sender,
                subject="Krankmeldung Dennis Wolf", body=body, zone="DE", hn=[5],
                hn_note="Same employee and private-mail channel as attack 05, but his known GMX address, no request concerning money or bank data.",
                what="Employee reports sick from his private GMX address.",
                why="His known private address, sent via GMX webmail from a German consumer IP, routine content (eAU is retrieved from the health insurer), no request for action on bank data or money.")


def b06():
    seed = "b06"
    t = local("DE", "2026-11-09 13:02:48")
    rcpt = S["sales"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.20.7.112", mbx="EXMBX01", rcpt=rcpt,
                        topic="IT-Hinweis: Anmeldung nur noch mit Microsoft Authenticator ab 01.12.", lang="de-DE")
    plain = dd("""
        Liebe Kolleginnen und Kollegen,

        ab dem 1. Dezember ist für die Anmeldung an Microsoft 365 (Outlook, Teams, SharePoint) nur noch der Microsoft Authenticator mit Nummernabgleich zugelassen. SMS und Anruf als zweiter Faktor werden abgeschaltet.

        Wer den Authenticator bereits nutzt, muss nichts tun. Alle anderen richten ihn bitte selbst ein:

        1. Am Firmen-PC https://aka.ms/mysecurityinfo aufrufen und wie gewohnt anmelden.
        2. "Anmeldemethode hinzufügen" > "Microsoft Authenticator" wählen.
        3. Den QR-Code, der dann auf dem PC-Bildschirm angezeigt wird, mit der Authenticator-App scannen.

        Alternativ helfen wir Ihnen in der IT-Sprechstunde (Di und Do 13-15 Uhr, Raum 1.14) oder telefonisch unter -555.

        Wichtig: Wir schicken Ihnen für die Einrichtung niemals QR-Codes oder Links per E-Mail und fragen nie nach Ihrem Kennwort. Der QR-Code erscheint ausschließlich auf der Microsoft-Seite nach Ihrer Anmeldung. Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook an uns weiterleiten.

        Viele Grüße
        Lukas Hoffmann
        IT-Sicherheit | Example Group GmbH
        Tel. +49 621 4090-512
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="windows-1252", lang="DE")
    return spec(F, "de", "it-hinweis-mfa-authenticator-intern", seed, t, ch,
                frm=addr("Hoffmann, Lukas", S["sec"]["addr"], quote_always=True),
                to=addr("Alle Mitarbeitenden Deutschland", "mitarbeitende-de@example.com"), rcpt=rcpt, ret=S["sec"]["addr"],
                subject=subj("IT-Hinweis: Anmeldung nur noch mit Microsoft Authenticator ab 01.12.", "windows-1252", "Q"),
                body=body, zone="DE", internal=True, hn=[6],
                hn_note="Same topic (MFA change with a deadline) as the quishing attack 06; internal route, genuine Microsoft URL, no QR code in the mail, explicit warning.",
                what="Internal IT notice: MFA switches to Microsoft Authenticator; users set it up themselves at aka.ms/mysecurityinfo.",
                why="From the IT security admin via Exchange and mail-int01 to a staff distribution list; links only to Microsoft's genuine aka.ms/mysecurityinfo, no credentials requested, offers in-person help, warns about QR/link phishing.")


def b07():
    seed = "b07"
    t = local("DE", "2026-11-10 17:26:09")
    rcpt = S["proc"]["addr"]
    sender = "uwe.scholz@gmx.de"
    ch = infra.gmx(seed, t, rcpt, "95.223.84.19", brand="gmx")
    net, vat, tot = "4.968,00", "943,92", "5.911,92"
    plain = dd("""
        Hallo Herr Vogel,

        anbei die Rechnung 2026-187 für die Etiketten (Ihr Auftrag vom 21.10.: 60.000 Vorderetiketten und 60.000 Rückenetiketten Extra Vergine 500 ml, Haftpapier weiß matt, auf Rolle 76 mm Kern), geliefert am 06.11.

        Die XRechnung-Datei (XML) hängt mit dran, die kann Ihr Rechnungseingang direkt einlesen, das PDF ist nur zur Ansicht.

        Betrag: %(tot)s EUR brutto, zahlbar innerhalb 14 Tagen, 2 %% Skonto bei Zahlung innerhalb 7 Tagen, wie immer auf mein Konto bei der Sparkasse Rhein Neckar Nord.

        Schöne Grüße aus Weinheim
        Uwe Scholz

        Etikettendruck Uwe Scholz
        Bergstraße 41 · 69469 Weinheim
        Tel. 06201 18 27 40
        USt-IdNr. %(vat)s
        """) % {"tot": tot, "vat": V["scholz"]}
    pdf = pdfdoc.make_pdf([[
        "# Etikettendruck Uwe Scholz", "Bergstraße 41 - 69469 Weinheim - USt-IdNr. " + V["scholz"], "",
        "Example Group GmbH, Einkauf, Industriestraße 40, 68169 Mannheim", "",
        "## Rechnung 2026-187 vom 10.11.2026", "Leistungsdatum: 06.11.2026 - Ihre Bestellung 4500018690 vom 21.10.2026", "",
        "60.000 Vorderetiketten Extra Vergine 500 ml, 4c, Haftpapier matt      2.784,00 EUR",
        "60.000 Rückenetiketten Extra Vergine 500 ml, 1c + Lack             2.184,00 EUR",
        "Nettobetrag                                                         " + net + " EUR",
        "USt. 19 %                                                             " + vat + " EUR",
        "Rechnungsbetrag                                                     " + tot + " EUR", "",
        "Zahlbar innerhalb 14 Tagen netto, 2 % Skonto innerhalb 7 Tagen.",
        "Sparkasse Rhein Neckar Nord, IBAN " + ids.fmt_iban(B["scholz"]) + ", BIC MANSDE66XXX"]],
        title="Rechnung 2026-187", author="Uwe Scholz", producer="LibreOffice 24.8", creator="Writer", created="D:20261110171850+01'00'")
    xml = dd("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
          xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
          xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
          <rsm:ExchangedDocumentContext>
            <ram:GuidelineSpecifiedDocumentContextParameter>
              <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
            </ram:GuidelineSpecifiedDocumentContextParameter>
          </rsm:ExchangedDocumentContext>
          <rsm:ExchangedDocument>
            <ram:ID>2026-187</ram:ID>
            <ram:TypeCode>380</ram:TypeCode>
            <ram:IssueDateTime><udt:DateTimeString format="102">20261110</udt:DateTimeString></ram:IssueDateTime>
          </rsm:ExchangedDocument>
          <rsm:SupplyChainTradeTransaction>
            <ram:ApplicableHeaderTradeAgreement>
              <ram:BuyerReference>4500018690</ram:BuyerReference>
              <ram:SellerTradeParty>
                <ram:Name>Etikettendruck Uwe Scholz</ram:Name>
                <ram:PostalTradeAddress><ram:PostcodeCode>69469</ram:PostcodeCode><ram:LineOne>Bergstraße 41</ram:LineOne><ram:CityName>Weinheim</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
                <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">__VAT__</ram:ID></ram:SpecifiedTaxRegistration>
              </ram:SellerTradeParty>
              <ram:BuyerTradeParty>
                <ram:Name>Example Group GmbH</ram:Name>
                <ram:PostalTradeAddress><ram:PostcodeCode>68169</ram:PostcodeCode><ram:LineOne>Industriestraße 40</ram:LineOne><ram:CityName>Mannheim</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
              </ram:BuyerTradeParty>
            </ram:ApplicableHeaderTradeAgreement>
            <ram:ApplicableHeaderTradeDelivery>
              <ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20261106</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>
            </ram:ApplicableHeaderTradeDelivery>
            <ram:ApplicableHeaderTradeSettlement>
              <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
              <ram:SpecifiedTradeSettlementPaymentMeans>
                <ram:TypeCode>58</ram:TypeCode>
                <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>__IBAN__</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
              </ram:SpecifiedTradeSettlementPaymentMeans>
              <ram:ApplicableTradeTax><ram:CalculatedAmount>943.92</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>4968.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
              <ram:SpecifiedTradePaymentTerms><ram:Description>14 Tage netto, 2 % Skonto innerhalb 7 Tagen</ram:Description><ram:DueDateDateTime><udt:DateTimeString format="102">20261124</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
              <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                <ram:LineTotalAmount>4968.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>4968.00</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="EUR">943.92</ram:TaxTotalAmount><ram:GrandTotalAmount>5911.92</ram:GrandTotalAmount><ram:DuePayableAmount>5911.92</ram:DuePayableAmount>
              </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            </ram:ApplicableHeaderTradeSettlement>
          </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """).replace("__VAT__", V["scholz"]).replace("__IBAN__", B["scholz"])
    body = Multi("mixed", [Text(plain.replace("%%", "%"), "plain", "UTF-8", "quoted-printable"),
                           Att(pdf, "application/pdf", "Rechnung_2026-187.pdf"),
                           Att(xml.encode("utf-8"), "application/xml", "Rechnung_2026-187_xrechnung.xml")], bnd("gmx", seed))
    return spec(F, "de", "etiketten-rechnung-pdf-xrechnung-gmx", seed, t, ch,
                frm=addr("Uwe Scholz", sender), to=addr("Markus Vogel", rcpt), rcpt=rcpt, ret=sender,
                subject="Rechnung 2026-187 Etiketten Extra Vergine 500 ml", body=body, zone="DE",
                ibans=[B["scholz"]], hn=[4],
                hn_note="Same topic as attack 04 (e-invoice / XRechnung from a small business); the genuine one carries a real XRechnung XML plus PDF, no login.",
                what="Label printer (sole trader on GMX) sends an invoice as PDF plus XRechnung (CII XML).",
                why="Known supplier using his usual GMX address, references a real purchase order and delivery, the XRechnung is an actual XML file, pays to his known account, nothing to log in to.")


def b08():
    seed = "b08"
    t = local("DE", "2026-10-28 14:37:22")
    rcpt = S["qm"]["addr"]
    sender = "b.albrecht@nordcert-food.de"
    ch = infra.m365(seed, t, rcpt, mbx="BEZP281MB2594", region="DEUP281", relay=("DEU01-BE0-obe", "mail-be0deu01on2112", "40.107.127.112"),
                    hub="FR0P281MB1370", org="nordcert-food.de", topic="IFS Food Rezertifizierung Example Group Mannheim (COID 48213) - Bericht freigegeben",
                    lang="de-DE")
    plain = dd("""
        Sehr geehrte Frau Neumann,

        der Auditbericht zum IFS Food Audit (Version 8) vom 29./30.09.2026 ist freigegeben und in der IFS Database hinterlegt. Ergebnis: Higher Level, 96,4 %%.

        Das Zertifikat (gültig bis 14.11.2027) finden Sie wie gewohnt in Ihrem Account in der IFS Database (www.ifs-certification.com). Einen direkten Link schicken wir bewusst nicht mit. Das Originalzertifikat geht Ihnen per Post zu.

        Die Korrekturmaßnahmen zu den beiden B-Abweichungen (4.12.1 Fremdkörpermanagement Glasbruch Linie 2, 4.18.1 Rückverfolgbarkeit beim Chargenwechsel) haben wir akzeptiert.

        Für die nächste Rezertifizierung schlagen wir das Zeitfenster 16.08. bis 10.09.2027 vor. Falls Sie sich für die unangekündigte Option entscheiden, geben Sie uns bitte bis 31.03.2027 Bescheid.

        Mit freundlichen Grüßen

        Dr. Bernd Albrecht
        Leitender Auditor IFS / BRCGS

        Nordcert Lebensmittel GmbH
        Konsul-Smidt-Straße 8 · 28217 Bremen
        Tel. +49 421 69 43 88-14
        """)
    body = outlook_alt(plain.replace("%%", "%"), bnd("m365", seed, "BEZP281MB2594"), cs="utf-8", lang="DE")
    return spec(F, "de", "ifs-auditbericht-zertifizierer", seed, t, ch,
                frm=addr("Albrecht, Bernd Dr.", sender, quote_always=True), to=addr("Heike Neumann", rcpt), rcpt=rcpt, ret=sender,
                subject="IFS Food Rezertifizierung Example Group Mannheim (COID 48213) - Bericht freigegeben", body=body, zone="DE",
                hn=[3], hn_note="Same topic as attack 03 (IFS audit report in the IFS Database); genuine certification body, points to the real ifs-certification.com without a link or deadline.",
                what="Certification body confirms the IFS Food audit report and certificate are in the IFS Database.",
                why="Known auditor on the certification body's own Microsoft 365 tenant, details match the audit, explicitly sends no login link, no threat or deadline beyond normal planning.")


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
