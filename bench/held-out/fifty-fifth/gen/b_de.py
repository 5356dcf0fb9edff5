"""Business messages 01-08 (German)."""
from common import *
from people import *

F = "business"
LIEF_SRV = dict(server="mail.lieferant-gmbh.de", server_ip="217.160.84.31", client_ip="80.147.62.18",
                client_rdns="p50933e12.dip0.t-ipconnect.de")


def lief_sig(name, role):
    return dedent("""
        %s
        %s

        Lieferant GmbH
        Reinigungschemie · Maschinen · Verbrauchsmaterial
        Industriestraße 21 · 42551 Velbert
        Tel. +49 2051 80766-0 · www.lieferant-gmbh.de
        Amtsgericht Wuppertal HRB 24718 · USt-IdNr. %s
    """) % (name, role, LIEF["ustid"])


def build(ref):
    # ------------------------------------------------------------ 01 supplier invoice
    text = dedent("""
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie unsere Rechnung RE-2026-10418 vom 02.10.2026 zu Ihrer Bestellung
        EK-2026-0812 (Lieferschein LS-2026-22814).

        Rechnungsbetrag: 11.218,42 EUR brutto
        Zahlungsziel: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 10 Tagen

        Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser bekanntes Konto
        bei der Commerzbank (IBAN %s).

        Mit freundlichen Grüßen

        Ihre Buchhaltung
    """) % ids.fmt_iban(LIEF["iban_old"]) + "\n" + lief_sig("Lieferant GmbH", "Rechnungswesen")
    pdfl = [("Lieferant GmbH", 16, "B"), "Industriestraße 21 · 42551 Velbert", "",
            "Example Group GmbH · Kreditorenbuchhaltung · Butzweilerhofallee 4 · 50829 Köln", "",
            ("Rechnung RE-2026-10418", 13, "B"),
            "Rechnungsdatum: 02.10.2026   Kunden-Nr.: 104877   Bestellung: EK-2026-0812   Lieferschein: LS-2026-22814",
            "Ihre USt-IdNr.: " + EG_USTID, "",
            "Pos  Artikel                                              Menge      Einzel       Gesamt",
            "1    Unterhaltsreiniger pH-neutral, 10 l Kanister           120       18,90     2.268,00",
            "2    Sanitärreiniger sauer, 10 l Kanister                     80       22,40     1.792,00",
            "3    Mikrofasertücher 40x40, 4 Farben, VE 50                  60       24,75     1.485,00",
            "4    Feuchtwischbezug 50 cm, VE 10                            40       41,60     1.664,00",
            "5    Müllbeutel 120 l, reißfest, Rolle 25                    150        5,95       892,50",
            "6    Wartung Scheuersaugmaschine (3 Geräte) inkl. Anfahrt       1      1.325,00    1.325,00",
            "", "Nettobetrag                                                                 9.426,50 EUR",
            "zzgl. 19 % USt.                                                             1.791,92 EUR",
            ("Rechnungsbetrag                                                          11.218,42 EUR", 10, "B"), "",
            "Zahlbar bis 01.11.2026 ohne Abzug, bis 12.10.2026 abzüglich 2 % Skonto.",
            "Commerzbank Köln · IBAN " + ids.fmt_iban(LIEF["iban_old"]) + " · BIC COBADEFFXXX", "",
            ("Lieferant GmbH · Amtsgericht Wuppertal HRB 24718 · USt-IdNr. " + LIEF["ustid"] +
             " · Geschäftsführer: Stefan Maier", 8)]
    mail(F, 1, "de", "supplier-invoice",
         via=V(sd.hosted, client="outlook16", **LIEF_SRV), frm=LIEF["buha"], to=[AP.a],
         subject="Rechnung RE-2026-10418 zu Ihrer Bestellung EK-2026-0812", t=L(10, 5, 8, 12),
         hcs="iso-8859-1",
         body=mixed(alt(text, html_outlook(text), "iso-8859-1", "quoted-printable"),
                    pdf_att(pdfl, "RE-2026-10418.pdf", title="Rechnung RE-2026-10418", author="Lieferant GmbH",
                            producer="Sage 100 Rechnungsdruck", created="20261005080944+02'00'")),
         what="Monthly invoice from the real supplier Lieferant GmbH for consumables and machine maintenance.",
         why="Correct sender domain and the supplier's own mail server, known bank account (Commerzbank, matches master data), references a real purchase order; routine.",
         pair="A02")

    # ------------------------------------------------------------ 02 genuine bank change, properly announced
    text = dedent("""
        Sehr geehrte Frau Schröder,

        wie am Freitag mit Ihnen telefonisch besprochen, stellen wir unseren Zahlungsverkehr zum
        Jahresende auf die Deutsche Bank um. Ab dem 01.12.2026 lautet unsere Bankverbindung:

        Deutsche Bank AG, Filiale Köln
        IBAN: %s
        BIC: DEUTDEDKXXX

        Das bisherige Konto bei der Commerzbank bleibt bis zum 31.03.2027 bestehen; Zahlungen, die
        bis dahin noch dort eingehen, werden selbstverständlich korrekt zugeordnet. Es besteht also
        keinerlei Eile.

        Das unterschriebene Schreiben beider Geschäftsführer geht Ihnen zusätzlich per Post zu, eine
        Kopie liegt bei. Bitte verifizieren Sie die Änderung wie bei Ihnen üblich über einen Rückruf
        unter unserer Zentralnummer 02051 80766-0 (nicht über Nummern aus E-Mails). Herr Maier
        oder ich bestätigen Ihnen die Daten gern.

        Mit freundlichen Grüßen

    """) % ids.fmt_iban(LIEF["iban_new"]) + lief_sig("Petra Lang", "Buchhaltung")
    pdfl = [("Lieferant GmbH", 16, "B"), "Industriestraße 21 · 42551 Velbert", "",
            "Example Group GmbH", "Kreditorenbuchhaltung", "Butzweilerhofallee 4", "50829 Köln", "",
            "Velbert, 02.11.2026", "", ("Änderung unserer Bankverbindung zum 01.12.2026", 12, "B"), "",
            "Sehr geehrte Damen und Herren,",
            "ab dem 01.12.2026 bitten wir Sie, Zahlungen an uns auf folgendes Konto zu leisten:", "",
            "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Deutsche Bank AG, Filiale Köln",
            "IBAN: " + ids.fmt_iban(LIEF["iban_new"]), "BIC: DEUTDEDKXXX", "",
            "Das bisherige Konto bei der Commerzbank (IBAN " + ids.fmt_iban(LIEF["iban_old"]) + ")",
            "bleibt bis zum 31.03.2027 bestehen. Zur Verifizierung erreichen Sie uns unter 02051 80766-0.", "",
            "Mit freundlichen Grüßen", "", "Stefan Maier                        Petra Lang",
            "Geschäftsführer                    Prokuristin / Buchhaltung", "",
            ("Amtsgericht Wuppertal HRB 24718 · USt-IdNr. " + LIEF["ustid"], 8)]
    mail(F, 2, "de", "supplier-bank-change-genuine",
         via=V(sd.hosted, client="outlook16", **LIEF_SRV), frm=LIEF["lang"], to=[AP.a], cc=[LIEF["maier"]],
         subject="Neue Bankverbindung ab 01.12.2026 - Bestätigung unseres Telefonats", t=L(11, 2, 11, 36),
         hcs="windows-1252",
         body=mixed(alt(text, html_outlook(text), "windows-1252", "quoted-printable"),
                    pdf_att(pdfl, "Lieferant_GmbH_Bankverbindung_ab_2026-12-01.pdf", title="Bankverbindung",
                            author="Petra Lang", created="20261102103012+01'00'", name_style="2047")),
         what="Lieferant GmbH announces its move to Deutsche Bank, following a phone call, with a signed letter.",
         why="Correct domain and server, German IBAN at the supplier's new house bank, long overlap period with no urgency, explicitly asks for a call-back via the known switchboard number, letter also by post. The look-alike attack A02 imitates this.",
         pair="A02")

    # ------------------------------------------------------------ 03 CEO genuine urgent payment (internal)
    text = dedent("""
        Hallo Sabine,

        bitte gib heute noch die Anzahlung an Lieferant GmbH über 24.990,00 EUR frei (30 % auf
        Bestellung EK-2026-0871, drei Scheuersaugmaschinen für die Rhein-Galerie). Die Bestellung ist
        im ERP angelegt und von Markus freigegeben, die Anzahlungsrechnung AR-2026-0233 liegt Monika
        vor.

        Hintergrund: Lieferant hält uns die Maschinen nur bis Freitag zum alten Preis, und wir
        brauchen sie für den Start in der Rhein-Galerie am 1. November. Bezahlt wird wie immer auf
        die Bankverbindung aus den Stammdaten - das Vier-Augen-Prinzip bleibt natürlich.

        Ich bin ab 14 Uhr im Flieger nach Mailand, bis dahin erreichst Du mich unter -100 oder mobil.

        Danke und Gruß
        Jürgen

        Jürgen Köhler
        Geschäftsführer
    """) + SIG_DE
    mail(F, 3, "de", "ceo-urgent-payment-internal",
         via=V(sd.internal, user_ip="10.20.14.12"), frm=CEO.a, to=[CFO.a], cc=[AP.a, PROC.a],
         subject="Dringend: Anzahlung Scheuersaugmaschinen Rhein-Galerie heute freigeben", t=L(10, 20, 9, 4),
         hcs="iso-8859-1", body=alt(text, html_outlook(text), "iso-8859-1", "quoted-printable"),
         what="The CEO asks the CFO to release a 24,990 EUR down-payment to the known supplier today.",
         why="Through the internal relay and Exchange; references an existing ERP order, approver and invoice, pays to master-data account, keeps four-eyes approval and offers phone contact - urgent but genuine. Hard negative of A01.",
         pair="A01")

    # ------------------------------------------------------------ 04 dunning with supply stop
    text = dedent("""
        Sehr geehrte Frau Schröder,

        leider konnten wir zu unserer Rechnung RE-2026-09377 vom 03.09.2026 über 7.842,16 EUR
        trotz Zahlungserinnerung vom 20.10.2026 bislang keinen Zahlungseingang feststellen.

        Wir bitten Sie dringend, den Betrag bis spätestens 12.11.2026 auf unser bekanntes Konto bei
        der Commerzbank zu überweisen. Andernfalls sind wir gezwungen, ab dem 13.11.2026 weitere
        Lieferungen an Ihre Objekte bis zum Ausgleich der offenen Posten zurückzuhalten. Das wäre
        für beide Seiten ärgerlich, deshalb melden Sie sich bitte kurz, falls es ein Problem mit der
        Rechnung gibt (z. B. fehlender Wareneingang).

        Mit freundlichen Grüßen

    """) + lief_sig("Stefan Maier", "Geschäftsführer")
    mail(F, 4, "de", "dunning-supply-stop",
         via=V(sd.hosted, client="thunderbird", **LIEF_SRV), frm=LIEF["maier"], to=[AP.a], cc=[PROC.a],
         subject="2. Mahnung RE-2026-09377 - Liefersperre ab 13.11.2026", t=L(11, 6, 15, 2),
         hcs="iso-8859-15", body=Text(text, "iso-8859-15", "8bit"),
         what="Second reminder from Lieferant GmbH threatening to stop deliveries if an overdue invoice is not paid.",
         why="Real supplier domain and server; pressure is legitimate dunning, payment to the known account, invites to report problems. Urgent tone without any change of payment route.",
         pair="A02")

    # ------------------------------------------------------------ 05 sick leave from private mail
    text = dedent("""
        Hallo Herr Brandt,

        ich liege seit gestern Abend mit Grippe flach und bin laut meiner Hausärztin bis
        einschließlich Freitag krankgeschrieben. Die eAU übermittelt die Praxis wie gewohnt
        elektronisch an die Krankenkasse, Sie können sie dort abrufen.

        Ich schreibe von meiner privaten Adresse, weil der Laptop im Büro liegt.

        Sabine, die Zahlläufe für Donnerstag hat Frank übernommen, die Freigaben liegen im ERP.

        Viele Grüße
        Monika Schröder
    """)
    mail(F, 5, "de", "sick-leave-private-mail",
         via=V(sd.gmx, client_ip="84.46.31.207"), frm=(AP.name, "monika.schroeder78@gmx.de"),
         to=[HR.a], cc=[CFO.a], subject="Krankmeldung Monika Schröder", t=L(11, 9, 7, 3),
         body=Text(text, "utf-8", "quoted-printable"),
         what="Accounts-payable clerk reports sick from her private GMX address.",
         why="Private-address mail from a colleague with no request for money, data or credentials; eAU runs through the health insurer; delegates her tasks internally. Hard negative of A06 (same free-mail pattern).",
         pair="A06")

    # ------------------------------------------------------------ 06 genuine DocuSign envelope
    env = "1f7c3a52-8b94-4e2d-9a61-3d5e0c8b7f21"
    acct = "5a2e9d17-0c4b-4f38-b6a1-72e84d09c3f5"
    link = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=b3d1e7a0-6f42-4c91-8e25-"
            "0a7d9c3b5e18" % (env, acct))
    paras = ["<b>Dirk Feldmann</b> hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.",
             "Sehr geehrter Herr Köhler,<br>anbei der finale Rahmenvertrag für Unterhaltsreinigung und "
             "Sicherheitsdienst Rhein-Galerie 2027-2029 mit den in der Besprechung vom 3.12. vereinbarten "
             "Änderungen. Mit freundlichen Grüßen, Dirk Feldmann",
             "Geben Sie diese E-Mail nicht weiter: Der Link ermöglicht anderen Personen den Zugriff auf Ihr "
             "Dokument."]
    html = brand_html("Bitte mit Docusign unterzeichnen: Rahmenvertrag Rhein-Galerie 2027-2029", "#1e1656", paras,
                      "DOKUMENT ÜBERPRÜFEN", link, lang="de", logo_text="Docusign",
                      footer="Alternative Signaturmethode: Besuchen Sie docusign.com, klicken Sie auf "
                             "'Zugriff auf Dokumente' und geben Sie den Sicherheitscode ein: "
                             "1F7C3A528B944E2D9A613D5E0C8B7F211<br>Über Docusign: Unterzeichnen Sie Dokumente "
                             "elektronisch in wenigen Minuten. Docusign, Inc. 221 Main St., San Francisco, CA 94105")
    text = dedent("""
        Dirk Feldmann hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.

        Sehr geehrter Herr Köhler,
        anbei der finale Rahmenvertrag für Unterhaltsreinigung und Sicherheitsdienst Rhein-Galerie
        2027-2029 mit den in der Besprechung vom 3.12. vereinbarten Änderungen.
        Mit freundlichen Grüßen, Dirk Feldmann

        DOKUMENT ÜBERPRÜFEN: %s

        Alternative Signaturmethode: Besuchen Sie docusign.com, klicken Sie auf 'Zugriff auf
        Dokumente' und geben Sie den Sicherheitscode ein: 1F7C3A528B944E2D9A613D5E0C8B7F211
    """) % link
    mail(F, 6, "de", "docusign-envelope-genuine", via=V(sd.docusign),
         frm=("Dirk Feldmann über Docusign", "dse@eumail.docusign.net"), to=[CEO.a],
         reply_to=C["rhein"]["people"][0], subject="Bitte mit Docusign unterzeichnen: Rahmenvertrag Rhein-Galerie 2027-2029",
         t=L(12, 7, 10, 18), body=alt(text, html, "utf-8", "quoted-printable"),
         what="DocuSign envelope from the customer Rhein-Galerie with the negotiated framework contract.",
         why="Sent by DocuSign's EU infrastructure, link to eu.docusign.net, Reply-To is the known customer contact, content matches an ongoing negotiation. Hard negative of A04 (fake DocuSign SVG).",
         pair="A04")

    # ------------------------------------------------------------ 07 Microsoft account security info notice
    paras = ["Sicherheitsinformationen wurden hinzugefügt",
             "Die folgenden Sicherheitsinformationen wurden dem Microsoft-Konto ke*****@example.com kürzlich "
             "hinzugefügt:<br><b>Authenticator-App</b> (Microsoft Authenticator auf iPhone)",
             "Wenn Sie das waren, können Sie diese Nachricht ignorieren.",
             "Wenn Sie das nicht waren, ist möglicherweise eine andere Person dabei, Ihr Konto zu verwenden. "
             "Überprüfen Sie die zuletzt erfolgten Aktivitäten unter https://account.live.com/activity."]
    html = brand_html("Microsoft-Konto", "#2672ec", paras, lang="de", logo_text="Microsoft",
                      footer="Danke,<br>Das Microsoft-Kontoteam<br>Microsoft Corporation, One Microsoft Way, "
                             "Redmond, WA 98052")
    text = dedent("""
        Microsoft-Konto

        Sicherheitsinformationen wurden hinzugefügt

        Die folgenden Sicherheitsinformationen wurden dem Microsoft-Konto ke*****@example.com kürzlich
        hinzugefügt:

        Authenticator-App (Microsoft Authenticator auf iPhone)

        Wenn Sie das waren, können Sie diese Nachricht ignorieren.

        Wenn Sie das nicht waren, ist möglicherweise eine andere Person dabei, Ihr Konto zu verwenden.
        Überprüfen Sie die zuletzt erfolgten Aktivitäten unter https://account.live.com/activity.

        Danke,
        Das Microsoft-Kontoteam
    """)
    mail(F, 7, "de", "microsoft-security-info-added", via=V(sd.eop_service),
         frm=("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"), to=[SEC.a],
         subject="Microsoft-Konto: Sicherheitsinformationen wurden hinzugefügt", t=L(10, 27, 16, 44),
         body=alt(text, html, "utf-8", "quoted-printable"),
         what="Microsoft account notice to the mail admin that an Authenticator app was added as security info.",
         why="Sent from Microsoft's own outbound infrastructure and address, masked account name, no credential request; links only to account.live.com. Hard negative of A05 (MFA pretext).",
         pair="A05")

    # ------------------------------------------------------------ 08 internal IT security notice
    text = dedent("""
        Liebe Kolleginnen und Kollegen,

        seit einigen Tagen erreichen uns vermehrt gefälschte E-Mails, die gezielt auf unsere Branche
        zugeschnitten sind. Typische Beispiele:

        - angebliche Ausschreibungen mit HTML-Anhängen, die Sie auffordern, Windows-Taste + R zu
          drücken und einen "Prüfcode" einzufügen,
        - Hinweise auf ablaufende MFA-Registrierungen mit einem QR-Code,
        - Mitteilungen über geänderte Bankverbindungen von Lieferanten.

        Bitte beachten Sie:
        - Fügen Sie niemals Befehle in das Ausführen-Fenster oder in PowerShell ein.
        - Die IT fordert Sie nie per E-Mail oder QR-Code auf, Ihre MFA neu zu registrieren.
        - Bankdatenänderungen werden ausschließlich nach Rückruf unter der bekannten Nummer
          bearbeitet.

        Verdächtige Mails leiten Sie bitte über die Schaltfläche "Phishing melden" in Outlook weiter
        oder rufen das Service Desk unter -444 an.

        Vielen Dank
        Kerstin Ahrens
        IT-Sicherheit / Informationssicherheitsbeauftragte
    """) + SIG_DE
    mail(F, 8, "de", "internal-it-security-notice",
         via=V(sd.internal, user_ip="10.20.16.31"), frm=SEC.a, to=[("Alle Mitarbeitenden Deutschland", "alle-de@example.com")],
         rcpt=OFFDE.email, subject="Sicherheitshinweis: aktuelle Phishing-Welle (QR-Codes, Ausschreibungen, Bankdaten)",
         t=L(11, 25, 8, 15), hcs="iso-8859-1",
         body=alt(text, html_outlook(text), "iso-8859-1", "quoted-printable"),
         what="Internal awareness notice from IT security describing current phishing lures.",
         why="Internal relay and Exchange hop, internal distribution list, no links or requests; mentions Win+R, QR codes and bank changes only as warnings (content-based false-positive trap).",
         pair="A05, A08")
