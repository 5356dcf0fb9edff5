"""German business messages (01-08)."""
from common import *  # noqa: F401,F403

LIEF_SIG = D("""
    Lieferant GmbH
    Industriestraße 14 · 08258 Markneukirchen
    Tel. +49 37422 4518-0 · www.lieferant-gmbh.de
    Geschäftsführer: Frank Oehler · Amtsgericht Chemnitz HRB 21874
    USt-IdNr. %s""") % VAT["lief"]
LIEF_SIG_L1 = LIEF_SIG.replace("·", "-")
LIEF_ROUTE_LAN = ("p5b0a3c1e.dip0.t-ipconnect.de", "91.10.60.30")


def b01():
    t = util.local("CET", 2026, 10, 15, 16, 5, 11)
    body = D("""
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie unsere Rechnung RE-2026-10588 vom 15.10.2026 über 12.847,60 EUR als PDF-Dokument.

        Zahlbar innerhalb von 30 Tagen ohne Abzug oder innerhalb von 10 Tagen mit 2 %% Skonto.

        Bitte beachten Sie: Dies ist eine automatisch erzeugte Nachricht. Bei Rückfragen zur Rechnung wenden Sie sich bitte an Frau Petra Lang, Tel. +49 37422 4518-23, p.lang@lieferant-gmbh.de.

        Mit freundlichen Grüßen
        Ihre Buchhaltung

        %s
        """) % LIEF_SIG_L1
    inv = D("""
        # Lieferant GmbH
        Industriestraße 14 - 08258 Markneukirchen - Tel. +49 37422 4518-0

        Example Group GmbH & Co. KG
        Kreditorenbuchhaltung
        Saitenweg 12
        91058 Erlangen

        ## Rechnung RE-2026-10588
        Rechnungsdatum: 15.10.2026      Kunden-Nr.: 20417      Lieferschein: LS-2026-08841 vom 14.10.2026
        Ihre Bestellung: 4500217766 vom 29.09.2026      Ihre USt-IdNr.: %s

        Pos  Artikel                                             Menge    Einzelpreis     Gesamt
        1    Stimmmechanik 3er-Satz Konzertgitarre, gold          120 Satz     38,40      4.608,00
        2    Saitenhalter Ebenholz Violine 4/4                    200 Stk      11,85      2.370,00
        3    Feinstimmer vernickelt, Violine 4/4                  300 Stk       3,62      1.086,00
        4    Kinnhalter Guarneri Ebenholz 4/4                     150 Stk      14,49      2.173,50
        5    Fracht und Verpackung (2 Paletten, Spedition)                                 558,80

        Nettobetrag                                                                   10.796,30 EUR
        zzgl. 19 %% USt.                                                                2.051,30 EUR
        ## Rechnungsbetrag                                                            12.847,60 EUR

        Zahlbar bis 14.11.2026 ohne Abzug, bis 25.10.2026 abzüglich 2 %% Skonto (256,95 EUR).
        Bankverbindung: Sparkasse Vogtland - IBAN %s - BIC WELADED1PLX

        Lieferant GmbH - Amtsgericht Chemnitz HRB 21874 - USt-IdNr. %s - Geschäftsführer: Frank Oehler
        """) % (VAT["eg_de"], fi(BANK["lief_old"]), VAT["lief"])
    return Msg("01-de-lieferant-rechnung-re-2026-10588", "business",
               ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S("weiss")],
               "Rechnung RE-2026-10588 / Kd.-Nr. 20417 / Example Group GmbH & Co. KG",
               ("CET", 2026, 10, 15, 16, 5, 11),
               ("postfix", dict(host="mail.lieferant-gmbh.de", ip="85.215.43.118",
                                client=("erp01.lieferant.local",) + LIEF_ROUTE_LAN, mua="erp")),
               mixed(text(body, "iso-8859-15", "quoted-printable"),
                     pdf_att(inv, "RE-2026-10588.pdf", title="Rechnung RE-2026-10588", author="Lieferant GmbH",
                             creator="Sage 100 Rechnungswesen", producer="PDF-XChange 9.5 (Windows)", t=t)),
               name_cs="iso-8859-15", name_enc="Q",
               what="Supplier invoice RE-2026-10588 (EUR 12,847.60) from Lieferant GmbH's ERP mailbox with PDF.",
               why="Genuine: real domain and mail server, ERP system submitting from the supplier's office line, invoice matches the purchase order and the known bank account at Sparkasse Vogtland.")


def b02():
    t = util.local("CET", 2026, 11, 16, 9, 12, 48)
    body = D("""
        Sehr geehrter Herr Weiß,

        trotz unserer Zahlungserinnerung vom 02.11.2026 sind die folgenden Rechnungen weiterhin offen:

        RE-2026-10588 vom 15.10.2026, fällig 14.11.2026    12.847,60 EUR
        RE-2026-10634 vom 22.10.2026, fällig 21.11.2026     8.312,45 EUR
        RE-2026-10411 vom 18.09.2026, fällig 18.10.2026     4.206,90 EUR
        Summe offene Posten                                25.366,95 EUR

        Die Rechnung RE-2026-10411 ist bereits seit vier Wochen überfällig. Bitte begleichen Sie die fälligen Beträge bis spätestens 25.11.2026 auf unser bekanntes Konto bei der Sparkasse Vogtland. Andernfalls müssen wir Ihr Kundenkonto leider ab dem 27.11.2026 für weitere Lieferungen sperren – das beträfe auch die bestätigte Lieferung der Stimmmechaniken für KW 49.

        Den aktuellen Kontoauszug finden Sie im Anhang. Sollten sich Zahlungen mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Für Rückfragen erreichen Sie mich direkt unter 037422 4518-23.

        Mit freundlichen Grüßen

        Petra Lang
        Debitorenbuchhaltung / Forderungsmanagement

        %s
        """) % LIEF_SIG
    stmt = D("""
        # Lieferant GmbH - Kontoauszug Debitor
        Kunde: 20417 Example Group GmbH & Co. KG, Saitenweg 12, 91058 Erlangen
        Stichtag: 16.11.2026

        Beleg            Datum        Fällig       Betrag EUR    offen EUR   Mahnstufe
        RE-2026-10411    18.09.2026   18.10.2026     4.206,90     4.206,90       2
        RE-2026-10588    15.10.2026   14.11.2026    12.847,60    12.847,60       1
        RE-2026-10634    22.10.2026   21.11.2026     8.312,45     8.312,45       0

        ## Summe offene Posten                                   25.366,95

        Bankverbindung: Sparkasse Vogtland, IBAN %s, BIC WELADED1PLX
        """) % fi(BANK["lief_old"])
    return Msg("02-de-lieferant-mahnung-liefersperre", "business",
               C("lang"), [S("weiss")],
               "2. Mahnung – offene Posten Kd.-Nr. 20417 – Liefersperre ab 27.11.2026",
               ("CET", 2026, 11, 16, 9, 12, 48),
               ("postfix", dict(host="mail.lieferant-gmbh.de", ip="85.215.43.118",
                                client=("PC-BUCH02",) + LIEF_ROUTE_LAN, mua="outlook",
                                extra=[("Importance", "high"), ("X-Priority", "1")])),
               mixed(alt(text(body, "windows-1252", "quoted-printable"),
                         html(html_outlook(body, "windows-1252"), "windows-1252", "quoted-printable")),
                     pdf_att(stmt, "Kontoauszug_20417_2026-11-16.pdf", title="Kontoauszug 20417",
                             creator="Sage 100 Rechnungswesen", producer="PDF-XChange 9.5 (Windows)", t=t)),
               cc=[S("huebner")], name_cs="windows-1252", name_enc="Q", mixed_subject=True,
               what="Second payment reminder from the supplier's credit controller, threatening a delivery block from 27.11.",
               why="Genuine despite the pressure: real domain and server, sent from the supplier's office line with Outlook, amounts match real invoices, payment to the known account, invites a phone call on the known number.",
               pairs=[("02-de-lieferant-neue-bankverbindung.eml", "same sender name, same invoices and urgency; the genuine mail keeps the known account and invites a phone call")])


def b03():
    t = util.local("CET", 2026, 11, 24, 10, 40, 3)
    body = D("""
        Sehr geehrter Herr Weiß,

        wir wechseln zum 01.12.2026 unsere Hausbank. Ab diesem Datum bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:

        Kontoinhaber: Lieferant GmbH
        Bank: Commerzbank AG, Filiale Plauen
        IBAN: %s
        BIC: COBADEFFXXX

        Das bisherige Konto bei der Sparkasse Vogtland bleibt bis zum 31.03.2027 bestehen; Zahlungen, die bis dahin noch dort eingehen, werden selbstverständlich zugeordnet.

        Das Schreiben unserer Geschäftsführung liegt als PDF bei und geht Ihnen zusätzlich per Post zu. Bitte bestätigen Sie die Änderung vor der Umstellung Ihrer Stammdaten telefonisch bei mir oder bei Frau Lang – bitte unter der Ihnen bekannten Nummer unserer Zentrale (037422 4518-0), nicht unter einer Nummer aus einer E-Mail.

        Zur Sicherheit noch ein Hinweis: Anfang November sind bei einigen Kunden E-Mails im Namen von Frau Lang von der Adresse lieferant-gmbh.com eingegangen, die eine Bankverbindung bei einer Direktbank genannt haben. Diese stammen nicht von uns. Unsere Domain ist ausschließlich lieferant-gmbh.de.

        Vielen Dank und freundliche Grüße

        Stefan Maier
        Vertrieb Innendienst

        %s
        """) % (fi(BANK["lief_new"]), LIEF_SIG)
    letter = D("""
        # Lieferant GmbH
        Industriestraße 14 - 08258 Markneukirchen

        Example Group GmbH & Co. KG
        Kreditorenbuchhaltung
        Saitenweg 12
        91058 Erlangen

        Markneukirchen, 23.11.2026

        ## Wechsel unserer Bankverbindung zum 01.12.2026

        Sehr geehrte Damen und Herren,

        zum 01.12.2026 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Bitte überweisen Sie ab diesem Datum
        auf das folgende Konto:

        Kontoinhaber:   Lieferant GmbH
        Kreditinstitut: Commerzbank AG, Filiale Plauen
        IBAN:           %s
        BIC:            COBADEFFXXX

        Unser bisheriges Konto bei der Sparkasse Vogtland (IBAN %s) bleibt bis zum 31.03.2027 bestehen.

        Bitte lassen Sie sich die Änderung telefonisch unter unserer Zentrale 037422 4518-0 bestätigen.

        Mit freundlichen Grüßen

        Frank Oehler                       ppa. Jana Wolf
        Geschäftsführer                    Leitung Finanzen

        Lieferant GmbH - Amtsgericht Chemnitz HRB 21874 - USt-IdNr. %s
        """) % (fi(BANK["lief_new"]), fi(BANK["lief_old"]), VAT["lief"])
    return Msg("03-de-lieferant-bankverbindung-wechsel", "business",
               C("maier"), [S("weiss")],
               "Neue Bankverbindung der Lieferant GmbH ab 01.12.2026 – bitte telefonisch bestätigen",
               ("CET", 2026, 11, 24, 10, 40, 3),
               ("postfix", dict(host="mail.lieferant-gmbh.de", ip="85.215.43.118",
                                client=("[192.168.10.54]",) + LIEF_ROUTE_LAN, mua="thunderbird")),
               mixed(text(body, "utf-8", "quoted-printable", params=["format=flowed"]),
                     pdf_att(letter, "Lieferant_GmbH_Bankwechsel_01-12-2026.pdf", title="Bankwechsel",
                             author="Jana Wolf", creator="Microsoft® Word 2021", producer="Microsoft® Word 2021", t=t)),
               cc=[C("lang")], name_cs="utf-8", name_enc="Q",
               what="Genuine bank-detail change of Lieferant GmbH (Sparkasse Vogtland to Commerzbank) announced by the sales contact with a signed letter.",
               why="Real domain and server, office IP and usual Thunderbird client; new account at a regular bank in the supplier's own region; old account stays open; asks for phone verification on the known number and warns about the look-alike domain.",
               pairs=[("02-de-lieferant-neue-bankverbindung.eml", "both announce a new IBAN for Lieferant GmbH with a PDF letter; the genuine one is from lieferant-gmbh.de, keeps the old account open and demands call-back verification")])


def b04():
    t = util.local("CET", 2026, 10, 19, 8, 5, 37)
    body = D("""
        Hallo Sabine,

        Martin Keller von Tonholz Schwarzwald hat uns die Haselfichte aus dem Einschlag Winter 2024/25 reserviert (ca. 1.200 Deckenpaare, Meisterqualität). Er hat noch zwei weitere Interessenten und hält die Partie nur bis heute 16 Uhr. Markus hat die Bestellung 4500218734 am Freitag im SAP angelegt und freigegeben, die Anzahlungsrechnung (30 %, 38.400,00 EUR) liegt Jürgen seit Freitag vor.

        Bitte gebt die Zahlung heute noch raus - auf das bekannte Konto aus dem Kreditorenstamm (Kreditor 700412), keine neue Bankverbindung. Freigabe im Banking bitte wie immer mit zweiter Unterschrift.

        Ich bin ab 10 Uhr in Markneukirchen in der Werkstatt und mobil erreichbar, falls es Fragen gibt.

        Danke und viele Grüße
        Klaus

        Klaus Wächter
        Geschäftsführer
        Example Group GmbH & Co. KG
        Saitenweg 12, 91058 Erlangen
        Tel. +49 9131 68842-100
        """)
    return Msg("04-de-ceo-dringende-anzahlung-tonholz", "business",
               S("waechter"), [S("koehler")],
               "Dringend: Anzahlung Tonholz Schwarzwald heute freigeben (Best. 4500218734)",
               ("CET", 2026, 10, 19, 8, 5, 37),
               ("exchange_internal", dict(client_ip="10.20.14.21")),
               alt(text(body, "iso-8859-1", "quoted-printable"),
                   html(html_outlook(body, "iso-8859-1"), "iso-8859-1", "quoted-printable")),
               cc=[S("weiss"), S("huebner")], name_cs="iso-8859-1", name_enc="Q",
               headers=[("Importance", "high"), ("X-Priority", "1")],
               what="The CEO's genuine urgent request to release a EUR 38,400 down payment for tonewood today.",
               why="Genuine: internal mail via Exchange and mail-int01, from the CEO's real mailbox; refers to an approved purchase order, the known vendor account in the master data and the usual four-eyes release; copies AP and procurement; offers phone contact.",
               pairs=[("01-de-ceo-vertrauliche-akquisition.eml", "urgent CEO payment request to the CFO; the genuine one goes through the internal relay, uses known vendor data and the normal approval chain, no secrecy")])


def b05():
    t = util.local("CET", 2026, 11, 9, 6, 52, 10)
    body = D("""
        Guten Morgen Frau Brandstätter,

        ich liege seit gestern Abend mit Fieber flach und war heute früh beim Hausarzt. Ich bin voraussichtlich bis einschließlich Freitag, 13.11., krankgeschrieben. Die Arbeitsunfähigkeit hat die Praxis elektronisch an die AOK übermittelt, Sie können die eAU wie gewohnt abrufen.

        Ich schreibe von meiner privaten Adresse, weil ich von zu Hause keinen Zugriff aufs Firmenpostfach habe. Jonas Ebert aus dem Lager weiß Bescheid und übernimmt die Kommissionierung für die Cremona-Tour am Mittwoch.

        Viele Grüße
        Tobias Renner
        """)
    return Msg("05-de-krankmeldung-privatadresse", "business",
               ("Tobias Renner", "tobias.renner@t-online.de"), [S("brandstaetter")],
               "Krankmeldung Tobias Renner (Lager) bis 13.11.",
               ("CET", 2026, 11, 9, 6, 52, 10),
               ("tonline", dict(client_ip="87.163.88.142", mua="thunderbird")),
               text(body, "utf-8", "quoted-printable", params=["format=flowed"]),
               name_cs="utf-8", name_enc="Q",
               what="Warehouse employee reports sick leave from his private T-Online address.",
               why="Genuine: ordinary sick note from a German consumer ISP via Thunderbird, refers to the statutory eAU process, names a colleague covering; asks for nothing (no bank data, no links).",
               pairs=[("07-de-gehaltskonto-aenderung.eml", "employee writing to HR from a private address; the genuine one requests nothing sensitive")])


def b06():
    t = util.local("CET", 2026, 11, 3, 15, 30, 2)
    body = D("""
        Liebe Kolleginnen und Kollegen,

        ab Montag, 16.11.2026, stellen wir die Mehrfaktor-Anmeldung für Microsoft 365 (Teams, OneDrive, Outlook im Web) auf Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden danach nicht mehr akzeptiert.

        So gehen Sie vor:
        1. Öffnen Sie an Ihrem Firmenrechner (im Büro oder über VPN) die Seite https://mysignins.microsoft.com/security-info.
        2. Wählen Sie „Anmeldemethode hinzufügen“ > „Authenticator-App“ und folgen Sie den Schritten. Den QR-Code zur Einrichtung zeigt Ihnen nur diese Seite an.
        3. Testen Sie die Anmeldung einmal. Fertig.

        Bitte beachten Sie:
        - Wir verschicken keine QR-Codes per E-Mail und fordern Sie nie per E-Mail auf, eine Anmeldemethode zu „erneuern“.
        - Der IT-Support ruft Sie nie über ein externes Teams-Konto an (erkennbar am Hinweis „Extern“) und bittet Sie nie, „Schnellhilfe“/Quick Assist, AnyDesk oder ähnliche Programme zu starten.
        - Geben Sie Codes aus der Authenticator-App niemals weiter – auch nicht an uns.

        Verdächtige Nachrichten melden Sie bitte über die Schaltfläche „Melden“ in Outlook oder an phishing@example.com. Bei Fragen erreichen Sie den IT-Support unter Durchwahl -180.

        Viele Grüße
        Lena Vogt
        IT-Sicherheit
        Example Group GmbH & Co. KG
        """)
    return Msg("06-de-it-mfa-umstellung-authenticator", "business",
               S("vogt"), [("Alle Mitarbeitenden Deutschland", "alle.de@example.com")],
               "Änderung der Anmeldung: Microsoft Authenticator mit Nummernabgleich ab 16.11.2026",
               ("CET", 2026, 11, 3, 15, 30, 2),
               ("exchange_internal", dict(client_ip="10.20.10.37")),
               alt(text(body, "utf-8", "quoted-printable"), html(html_outlook(body, "utf-8"), "utf-8", "base64")),
               rcpt="ralf.doerfler@example.com", name_cs="utf-8", name_enc="Q",
               what="IT security's internal announcement of the switch to Authenticator number matching, with rules on QR codes and remote-support calls.",
               why="Genuine: internal Exchange mail via mail-int01 to a distribution list; links only to Microsoft's real security-info page; tells users what IT never does.",
               pairs=[("05-de-m365-mfa-qr-code.eml", "same topic (MFA re-registration); genuine one is internal and sends no QR code"),
                      ("08-de-it-servicedesk-teams-schnellhilfe.eml", "IT support topic; genuine notice warns against exactly the Teams/Quick Assist pretext")])


def b07():
    t = util.local("CET", 2026, 12, 7, 14, 15, 26)
    body = D("""
        Sehr geehrte Frau Köhler,

        die Umsatzsteuer-Voranmeldung für Oktober 2026 (Dauerfristverlängerung) haben wir heute über ELSTER an das Finanzamt Erlangen übermittelt. Das Übermittlungsprotokoll finden Sie im Anhang.

        Die Zahllast beträgt 84.213,55 EUR und ist am 10.12.2026 fällig. Sie wird wie gewohnt per SEPA-Lastschrift vom Finanzamt eingezogen; bitte sorgen Sie für Deckung auf dem Konto bei der Sparkasse.

        Zur Info: Das ELSTER-Organisationszertifikat der Gesellschaft ist noch bis 14.03.2028 gültig, eine Verlängerung steht nicht an. Falls Sie Nachrichten zu ELSTER-Zertifikaten per E-Mail erhalten, leiten Sie diese bitte ungeöffnet an uns weiter - das Finanzamt verschickt dazu keine Links.

        Mit freundlichen Grüßen

        Heike Ostermann
        Steuerberaterin

        Steuerkanzlei Ostermann
        Nürnberger Straße 48, 91052 Erlangen
        Tel. 09131 97311-0
        """)
    proto = D("""
        # Übermittlungsprotokoll
        Umsatzsteuer-Voranmeldung 2026 - Oktober

        Transferticket:   et7k2q9m4x8p3w5v1c6n0b2z8r4
        Übermittelt am:   07.12.2026 um 14:02 Uhr
        Finanzamt:        Erlangen (9216)
        Steuernummer:     216/157/40218
        Unternehmer:      Example Group GmbH & Co. KG, Saitenweg 12, 91058 Erlangen
        Übermittelt von:  Steuerkanzlei Ostermann (Berater-Nr. 1184207)

        Zeile  Kz   Bezeichnung                                              Bemessungsgrundl.     Steuer
        20     81   Steuerpflichtige Umsätze 19 %                              1.084.916,00     206.134,04
        22     86   Steuerpflichtige Umsätze 7 %                                  12.480,00         873,60
        41     41   Innergemeinschaftliche Lieferungen (steuerfrei)              318.402,00
        55     66   Vorsteuerbeträge aus Rechnungen                                             122.794,09
        ## 65     83   Verbleibende Umsatzsteuer-Vorauszahlung                                   84.213,55

        Die Daten wurden authentifiziert übermittelt (ERiC 41.4.6.0).
        """)
    return Msg("07-de-steuerberater-ustva-oktober", "business",
               C("ostermann"), [S("koehler")],
               "USt-Voranmeldung Oktober 2026 - Übermittlungsprotokoll und Zahllast",
               ("CET", 2026, 12, 7, 14, 15, 26),
               ("m365", dict(org="stb-ostermann.de", region="eurprd08", lang="de-DE",
                             obe="EUR03-DBA-obe", eop_ip="40.107.104.66")),
               mixed(alt(text(body, "iso-8859-1", "quoted-printable"),
                         html(html_outlook(body, "iso-8859-1"), "iso-8859-1", "quoted-printable")),
                     pdf_att(proto, "UStVA_2026-10_Uebermittlungsprotokoll.pdf", title="Übermittlungsprotokoll UStVA 10/2026",
                             creator="DATEV Kanzlei-Rechnungswesen", producer="DATEV PDF", t=t)),
               name_cs="iso-8859-1", name_enc="Q",
               what="Tax advisor sends the ELSTER transmission protocol of the October VAT return and the amount due.",
               why="Genuine: the firm's own Microsoft 365 tenant, expected monthly process, no link or login request; payment by direct debit to the tax office.",
               pairs=[("04-de-elster-zertifikat-ablauf.eml", "ELSTER/tax topic; genuine mail from the known tax advisor without links, explicitly notes that certificates are not renewed via e-mail links")])


def b08():
    t = util.local("CET", 2026, 12, 9, 10, 5, 52)
    body = D("""
        Sehr geehrter Herr Bauer,

        leider müssen wir die Lieferung vom 07.12. (Lieferschein 2026-L-33817) reklamieren. Bei zwei der sechs Konzertgitarren Modell Valencia C-40 ist die Decke unterhalb des Stegs auf ca. 6 cm gerissen. Die Kartons waren äußerlich unbeschädigt, die Instrumente standen bei uns keinen Tag im Schaufenster. Wir vermuten, dass die Gitarren auf dem Transport sehr trocken oder sehr kalt gelagert wurden.

        Ein Foto hänge ich an. Die beiden Gitarren (Seriennummern C40-26-11873 und C40-26-11880) stehen zur Abholung bereit. Wir bitten um kurzfristigen Ersatz, da beide Instrumente für Weihnachten bereits verkauft sind, oder um eine Gutschrift.

        Mit freundlichen Grüßen

        Georg Brenner
        Musikhaus Brenner e.K.
        Gesandtenstraße 9, 93047 Regensburg
        Tel. 0941 56 22 08
        """)
    photo = files.png_photo("b08", 480, 320, "wood")
    return Msg("08-de-musikhaus-brenner-reklamation", "business",
               C("brenner"), [S("bauer")],
               "Reklamation Lieferung 2026-L-33817 – Riss in der Decke, Valencia C-40",
               ("CET", 2026, 12, 9, 10, 5, 52),
               ("tonline", dict(client_ip="91.57.213.40", mua="outlook")),
               mixed(alt(text(body, "windows-1252", "quoted-printable"),
                         html(html_outlook(body, "windows-1252"), "windows-1252", "quoted-printable")),
                     png_att(photo, "Riss_Decke_C40-26-11873.png")),
               name_cs="windows-1252", name_enc="Q", mixed_subject=True,
               what="Customer complaint: two classical guitars delivered with cracked tops; photo attached.",
               why="Genuine: long-standing customer's usual T-Online address and Outlook client, concrete delivery note and serial numbers, only asks for replacement or credit.")


def messages():
    return [b01(), b02(), b03(), b04(), b05(), b06(), b07(), b08()]
