"""German messages: 8 attacks, 8 genuine."""
from kit import *
import checks

B = org.BANK
LIEF_SIG = ("Lieferant GmbH\nIndustriestraße 18 · 33334 Gütersloh\nGeschäftsführung: Dr. Klaus Reinhardt, Martina Scholz\n"
            "Amtsgericht Gütersloh HRB 6412 · USt-IdNr. %s" % org.TAX["lieferant_vat"])
G = checks.group4


# =============================================================== attacks
def a_ceo_fraud():
    rng = rng_for("a", "de-ceo")
    t = utc("2026-10-14 07:41:52")
    route = R.PrivateEmail(rng, submit_ip="146.70.117.%d" % rng.randrange(2, 250))
    ua = U.AppleMail(rng, iphone=True)
    mid = ua.msgid(t, "example-group.eu")
    src = """Hallo Frau Weiß,

sind Sie heute im Haus? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

Wir stehen kurz vor der Unterzeichnung zur Übernahme der VitalFit-Studios in Österreich (7 Standorte in Wien und Graz). Das Signing ist für Freitag angesetzt. Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit – auch intern, auch gegenüber Herrn Lehmann und der Buchhaltung. Der Verkäufer ist mit einer börsennotierten Gesellschaft verbunden, jede vorzeitige Information wäre ein echtes Problem.

Die Transaktion wird von Dr. Edward Langley (Langley & Moore LLP, London) begleitet. Er meldet sich heute Vormittag per E-Mail bei Ihnen wegen der Anzahlung auf das Treuhandkonto. Bitte folgen Sie seinen Anweisungen, die Freigabe habe ich bereits erteilt.

Ich sitze den ganzen Tag in den Verhandlungen und bin telefonisch nicht erreichbar. Bitte kommunizieren Sie in dieser Sache ausschließlich über diese Adresse, mein normales Postfach wird derzeit vom Büro mitgelesen.

Danke für Ihre Diskretion.

Jürgen Köhler

Von meinem iPhone gesendet
"""
    body = M.text(src, "plain", "utf-8", "quoted-printable", quote_charset=False)
    h = {"From": addr("Jürgen Köhler", "juergen.koehler@example-group.eu", "utf-8"),
         "To": staff("sabine.weiss", "utf-8"),
         "Subject": hval("Vertraulich – Projekt Adler", "utf-8")}
    return Mail("attack", "de", "ceo-fraud-projekt-adler", t, route, ua, "sabine.weiss@example.com",
                "juergen.koehler@example-group.eu", h, body, mid, date_lag=-9,
                technique="CEO fraud (fake president), look-alike domain",
                what="'CEO' asks the CFO to keep a confidential acquisition secret and follow a London lawyer's payment instructions",
                why="Look-alike domain example-group.eu (real: example.com/examplegroup.eu) on Namecheap Private Email; secrecy even from IT and accounting, "
                    "unreachable by phone, 'reply only to this address'; formal 'Sie' although the CEO and CFO use 'du' (see business/04). Stage 1 of the fake-lawyer chain in attack/12.")


def a_supplier_bank_change():
    rng = rng_for("a", "de-bank")
    t = utc("2026-10-20 08:05:33")
    route = R.Postfix("mail.lieferantgmbh.de", "vmi2291847.contaboserver.net", "194.163.148.77",
                      host="mail.lieferantgmbh.de", submit_ip="37.120.%d.%d" % (rng.randrange(130, 250), rng.randrange(2, 250)),
                      sasl="p.lang@lieferantgmbh.de", amavis=True)
    ua = U.Roundcube(rng)
    mid = ua.msgid(t, "lieferantgmbh.de")
    name, bic, iban = B["lief_fraud"]
    src = """Sehr geehrte Frau Brandt,

im Zuge der Umstellung unseres Zahlungsverkehrs auf das zentrale Cash-Management unserer Unternehmensgruppe ändert sich die Bankverbindung der Lieferant GmbH mit sofortiger Wirkung.

Bitte leisten Sie alle offenen und künftigen Zahlungen ausschließlich auf das folgende Konto:

Kontoinhaber: Lieferant GmbH
Bank: %s
IBAN: %s
BIC: %s

Das bisherige Konto bei der Volksbank Bielefeld-Gütersloh wird zum 31.10.2026 aufgelöst; Zahlungseingänge darauf können danach nicht mehr zugeordnet werden und gehen zurück.

Derzeit sind bei uns folgende Rechnungen offen bzw. in Kürze fällig:
RE-2026-11873 vom 05.10.2026   18.426,30 EUR
RE-2026-11911 vom 08.10.2026    6.212,00 EUR

Wir bitten um Ausgleich bis spätestens Freitag, 23.10.2026, auf die neue Bankverbindung. Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Bitte bestätigen Sie mir kurz per E-Mail, sobald die Stammdaten bei Ihnen angepasst sind. Ich bin diese Woche im Homeoffice und telefonisch nur eingeschränkt erreichbar, am besten also per Mail.

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Stammdaten
Lieferant GmbH
Industriestraße 18 · 33334 Gütersloh
Tel. +49 5241 9870-214
""" % (name, G(iban), bic)
    letter = ["##Lieferant GmbH", "Industriestraße 18 · 33334 Gütersloh", "",
              "Example Group GmbH", "Kreditorenbuchhaltung", "Hohenzollernring 62", "50672 Köln", "",
              "Gütersloh, 19.10.2026", "",
              "**Mitteilung über die Änderung unserer Bankverbindung", "",
              "Sehr geehrte Damen und Herren,", "",
              "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.",
              "Bitte veranlassen Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:", "",
              "Kontoinhaber:  Lieferant GmbH", "Kreditinstitut: %s" % name, "IBAN:  %s" % G(iban), "BIC:   %s" % bic, "",
              "Die bisherige Bankverbindung (Volksbank Bielefeld-Gütersloh eG) wird zum 31.10.2026 geschlossen.", "",
              "Mit freundlichen Grüßen", "", "Dr. Klaus Reinhardt          Martina Scholz", "Geschäftsführer                  Geschäftsführerin"]
    pdf = pdf_att([letter], "Bankverbindung_Lieferant_GmbH_2026.pdf", title="Änderung Bankverbindung",
                  author="Petra Lang", created="D:20261019161422+02'00'", style="2231")
    body = M.multi("mixed", [M.text(src, "plain", "UTF-8", "quoted-printable", flowed=True, quote_charset=False), pdf], ua.boundary())
    h = {"From": addr("Petra Lang", "p.lang@lieferantgmbh.de"),
         "To": staff("monika.brandt", "UTF-8"),
         "Subject": hval("Änderung unserer Bankverbindung – Lieferant GmbH / Kd.-Nr. 40718", "UTF-8"),
         "_sender": "p.lang@lieferantgmbh.de"}
    return Mail("attack", "de", "lieferant-bankverbindung-lookalike", t, route, ua, "monika.brandt@example.com",
                "p.lang@lieferantgmbh.de", h, body, mid,
                technique="Supplier bank-detail change (vendor impersonation), look-alike domain",
                what="'Petra Lang of Lieferant GmbH' announces a new account (N26) and asks for the two open invoices to be paid there by Friday",
                why="Domain lieferantgmbh.de lacks the hyphen of the real lieferant-gmbh.de; sent from a Contabo VPS (HELO mail.lieferantgmbh.de, rDNS vmi….contaboserver.net); "
                    "company 'cash management' moved to a consumer neobank; immediate effect, old account 'closed', deadline, avoids phone verification. "
                    "Knows real invoice numbers (supplier-side compromise). Genuine counterpart: business/02.")


def a_bzst_widnr():
    rng = rng_for("a", "de-bzst")
    t = utc("2026-10-22 06:12:40")
    route = R.SendGrid(rng)
    uid = rng.randrange(10000000, 49999999)
    env = "bounces+%d-%s-nadine.vogel=example.com@em%d.bop-bzst-service.de" % (uid, hexid(rng, 4), rng.randrange(1000, 9999))
    ua = U.Plain(rng, order=["Content-Type", "Date", "From", "Mime-Version", "Message-ID", "Subject", "Reply-To", "X-SG-EID", "X-SG-ID", "To", "X-Entity-ID"],
                 msgid_fn=lambda r, tt: "<%s@%s>" % (route.sgid, route.pod),
                 boundary_fn=lambda r, k: hexid(r, 64),
                 extra=[("X-SG-EID", "u001." + alnum(rng, 120, U.B64 + "+/")), ("X-SG-ID", "u001." + alnum(rng, 80, U.B64 + "+/")),
                        ("X-Entity-ID", "u001." + alnum(rng, 24, U.B64 + "+/") + "==")])
    mid = ua.msgid(t, "")
    link = "https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s" % (uid, alnum(rng, 180, U.B64 + "-"))
    wid = org.COMPANY["vat"] + "-00001"
    blocks = ["Sehr geehrte Damen und Herren,",
              "das Bundeszentralamt für Steuern vergibt seit November 2024 schrittweise die Wirtschafts-Identifikationsnummer (W-IdNr.) gemäß § 139c Abgabenordnung an alle wirtschaftlich Tätigen.",
              "Für Ihr Unternehmen\n**Example Group GmbH, Hohenzollernring 62, 50672 Köln**\nist die W-IdNr. **%s** vorgesehen." % wid,
              "Bei der maschinellen Zuordnung wurde eine Abweichung zwischen den im Handelsregister und den beim Finanzamt gespeicherten Angaben zur Vertretungsberechtigung festgestellt. Damit die Zuteilung abgeschlossen werden kann, bestätigen Sie bitte die Unternehmensdaten bis zum **05.11.2026** im BZSt-Online-Portal (BOP).",
              "Ohne Bestätigung kann die W-IdNr. nicht zugeteilt werden. Dies kann zu Verzögerungen bei der Bearbeitung von Umsatzsteuer-Voranmeldungen und Vorsteuer-Vergütungsanträgen führen."]
    footer = ("Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n"
              "Bundeszentralamt für Steuern · An der Küppe 1 · 53225 Bonn")
    html = S.esp_html("Mitteilung zur Wirtschafts-Identifikationsnummer", blocks, ("Unternehmensdaten im BOP bestätigen", link),
                      footer, brand_color="#004b76", logo_text="Bundeszentralamt für Steuern",
                      preheader="Bestätigung Ihrer Unternehmensdaten bis 05.11.2026 erforderlich")
    txt = S.esp_plain("Mitteilung zur Wirtschafts-Identifikationsnummer", blocks, ("Unternehmensdaten im BOP bestätigen", link), footer)
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("Bundeszentralamt für Steuern", "mitteilung@bop-bzst-service.de", "UTF-8", "B"),
         "To": "nadine.vogel@example.com",
         "Subject": hval("Mitteilung zur Wirtschafts-Identifikationsnummer (W-IdNr.) – Bestätigung der Unternehmensdaten erforderlich", "UTF-8", "B")}
    return Mail("attack", "de", "bzst-widnr-phishing", t, route, ua, "nadine.vogel@example.com", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="Tax-office credential phishing via bulk ESP (SendGrid)",
                what="Fake Bundeszentralamt für Steuern notice: confirm company data for the new Wirtschafts-Identifikationsnummer in the 'BOP'",
                why="The BZSt does not send e-mails with portal log-in links; sender domain bop-bzst-service.de is not bzst.de/bund.de; sent through SendGrid with click-tracking "
                    "redirect hiding the target; deadline and threat of delayed VAT refunds. Warned about in business/06.")


def a_datev_quishing():
    rng = rng_for("a", "de-datev")
    t = utc("2026-10-27 07:31:08")
    route = R.SES(rng)
    sesid = "0102019a%s-%s-000000" % (hexid(rng, 8), uuid4(rng))
    ua = U.Plain(rng, order=["From", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date", "Feedback-ID", "X-SES-Outgoing"],
                 msgid_fn=lambda r, tt: "<%s@eu-west-1.amazonses.com>" % sesid,
                 boundary_fn=lambda r, k: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), 1793000000000 + r.randrange(10 ** 9)),
                 extra=[("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % alnum(rng, 43, U.B64 + "+/")),
                        ("X-SES-Outgoing", "2026.10.27-%s" % route.client[2])])
    mid = ua.msgid(t, "")
    url = "https://login.datev-smartlogin.de/verify?uid=7Q2KX9&m=" + b64url("monika.brandt@example.com")
    png = Q.qr_png(url, scale=5)
    cid = "qr_%s@datev" % hexid(rng, 10)
    blocks = ["Guten Tag,",
              "in **DATEV Unternehmen online** liegen für Ihren Mandanten **Example Group GmbH** (Beraternr. 41872 / Mandantennr. 20315) **3 Belege** zur Freigabe bereit.",
              "Ab dem 01.11.2026 ist für die Freigabe von Belegen eine erneute Bestätigung Ihres DATEV SmartLogin erforderlich. Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones:"]
    after = ["Aus Sicherheitsgründen ist der Code nur 24 Stunden gültig und kann nicht am PC geöffnet werden. Nach Ablauf werden die Belege automatisch an Ihre Steuerberatungskanzlei zurückgegeben.",
             "Mit freundlichen Grüßen\nIhr DATEV-Service"]
    footer = "DATEV eG · Paumgartnerstr. 6-14 · 90429 Nürnberg\nDies ist eine automatisch generierte Nachricht."
    html = S.esp_html("Belege warten auf Ihre Freigabe", blocks, None, footer, brand_color="#00a33a",
                      logo_text="DATEV Unternehmen online", img=("cid:" + cid, 185, "QR-Code SmartLogin"), after=after)
    txt = ("Belege warten auf Ihre Freigabe\n\nBitte aktivieren Sie die HTML-Ansicht, um den QR-Code fuer die Bestaetigung Ihres DATEV SmartLogin anzuzeigen.\n\n"
           "DATEV eG - Paumgartnerstr. 6-14 - 90429 Nuernberg\n")
    alt = S.alt(txt, html, ua.boundary(), "UTF-8", "7bit", "base64", quote_charset=False)
    body = related(alt, [png_att(png, "smartlogin.png", cid=cid)], ua.boundary())
    h = {"From": addr("DATEV Unternehmen online", "benachrichtigung@datev-unternehmen-online.de"),
         "To": "monika.brandt@example.com",
         "Subject": hval("DATEV Unternehmen online: 3 Belege warten auf Ihre Freigabe – SmartLogin bestätigen", "UTF-8", "Q")}
    return Mail("attack", "de", "datev-quishing-qr", t, route, ua, "monika.brandt@example.com", sesid + "@eu-west-1.amazonses.com",
                h, body, mid, zone="UTC", date_lag=-1,
                technique="Quishing (QR code in inline PNG), brand impersonation, Amazon SES",
                what="Fake DATEV notice: three receipts await release, scan the QR code to renew SmartLogin",
                why="QR code (real, decodable) leads to login.datev-smartlogin.de with the recipient's address base64-encoded (AiTM kit); DATEV's domain is datev.de; "
                    "'cannot be opened on the PC' pushes the victim to an unmanaged phone; no clickable link for URL scanners. Warned about in business/06.")


def a_thread_hijack_zip():
    rng = rng_for("a", "de-hijack")
    t = utc("2026-10-27 13:18:44")
    route = R.UnitedInternet(rng, "ionos", submit_ip="185.107.56.%d" % rng.randrange(2, 250), private_ip="10.5.0.2")
    ua = U.PythonScript(rng)
    mid = ua.msgid(t, "vitafuel-nutrition.de")
    orig_id = "<8c41e2a07b3d4f6e9a1c5d2b7e0f3a96@EXCH01.corp.example.com>"
    src = """Hallo Frau Brandt,

entschuldigen Sie die späte Rückmeldung. Anbei wie gewünscht die Rechnungskopie und die Gutschrift zur Reklamation.
Die Dateien sind aus Datenschutzgründen verschlüsselt, das Kennwort lautet: VF4471

Mit freundlichen Grüßen
Jan Petersen

Von: Monika Brandt <monika.brandt@example.com>
Gesendet: Freitag, 9. Oktober 2026 11:02
An: Jan Petersen <j.petersen@vitafuel-nutrition.de>
Betreff: Rechnungskopie RE-2026-4471 / Lieferung KW 41

Hallo Herr Petersen,

zur Lieferung vom 06.10. (Lieferschein LS-26-3390) fehlt uns noch die Rechnung; außerdem waren zwei Kartons Isodrinks beschädigt (Fotos hatte Herr Günther geschickt). Können Sie mir bitte eine Rechnungskopie und die Gutschrift zukommen lassen?

Danke und viele Grüße
Monika Brandt
Kreditorenbuchhaltung
Example Group GmbH
"""
    z = zip_att([("RE-2026-4471_Gutschrift_GS-26-0412.pdf.js", b"// inert placeholder for evaluation: stands for an obfuscated JScript loader\n")],
                "RE-2026-4471_Gutschrift.zip", password="VF4471", seed="hijack", ctype="application/zip",
                when=(2026, 10, 27, 14, 9, 12))
    body = mixed(M.text(src, "plain", "utf-8", "base64"), [z], ua.boundary())
    h = {"From": addr("Jan Petersen", "j.petersen@vitafuel-nutrition.de"),
         "To": addr("Monika Brandt", "monika.brandt@example.com"),
         "Subject": "AW: Rechnungskopie RE-2026-4471 / Lieferung KW 41",
         "In-Reply-To": orig_id, "References": orig_id}
    return Mail("attack", "de", "thread-hijack-vitafuel-zip-passwort", t, route, ua, "monika.brandt@example.com",
                "j.petersen@vitafuel-nutrition.de", h, body, mid, date_lag=-5,
                technique="Thread hijack from a genuinely compromised supplier mailbox; password-protected ZIP with script",
                what="Reply in a real 18-day-old thread from the supplier's real mailbox, with an encrypted ZIP 'invoice copy and credit note'",
                why="Real VitaFuel mailbox and IONOS relay, but submitted from a VPN exit (185.107.56.x) by a script (Python-style Message-ID/boundary, no X-Mailer; "
                    "Jan Petersen normally writes with Outlook 16 and a full signature, see business/07); generic text; ZipCrypto archive (password in body) "
                    "holding a double-extension .pdf.js file; the credit note had already been handled.")


def a_teams_vishing():
    rng = rng_for("a", "de-teams")
    t = utc("2026-11-10 08:52:17")
    route = R.O365(rng, region="eurprd08")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="de-DE", online=True, org="examplegroupit.onmicrosoft.com")
    mid = ua.msgid(t, "")
    src = """Hallo Herr Müller,

unser Monitoring meldet seit heute Morgen 07:40 Uhr ein ungewöhnlich hohes Aufkommen an eingehenden Nachrichten auf Ihr Postfach (über 2.300 Newsletter-Anmeldungen und Bestätigungsmails innerhalb von zwei Stunden). Es handelt sich um einen sogenannten Mail-Bombing-Angriff, der gezielt einzelne Postfächer lahmlegt.

Damit wir den Filter für Ihr Postfach anpassen können, ruft Sie ein Kollege aus unserem Service Desk in den nächsten 15 Minuten über Microsoft Teams an (Anzeigename "IT Service Desk - Example Group"). Bitte nehmen Sie den Anruf an und halten Sie Ihr Notebook bereit. Der Kollege führt Sie durch die Einrichtung und startet dazu eine Sitzung über die Windows-Schnellhilfe (Strg + Windows-Taste + Q).

Bitte löschen Sie die Spam-Nachrichten bis dahin nicht und eröffnen Sie kein zusätzliches Ticket - das verzögert die Bearbeitung, da der Vorgang bei uns bereits priorisiert ist.

Vielen Dank für Ihre Mithilfe!

Mit freundlichen Grüßen
IT Service Desk
Example Group GmbH
"""
    body = S.outlook_alt(src, ua.boundary("alt"), "iso-8859-1", "quoted-printable", "DE")
    h = {"From": addr("IT Service Desk - Example Group", "it-servicedesk@examplegroupit.onmicrosoft.com", "iso-8859-1"),
         "To": addr("Tobias Müller", "tobias.mueller@example.com", "iso-8859-1"),
         "Subject": hval("Mail-Bombing auf Ihrem Postfach - wir rufen Sie gleich über Teams an", "iso-8859-1")}
    return Mail("attack", "de", "it-servicedesk-teams-schnellhilfe", t, route, ua, "tobias.mueller@example.com",
                "it-servicedesk@examplegroupit.onmicrosoft.com", h, body, mid, zone="UTC", date_lag=-3,
                technique="Teams vishing / remote-access pretext after e-mail bombing (Quick Assist)",
                what="'IT Service Desk' announces a Teams call to fix a spam flood and asks the user to start Windows Quick Assist",
                why="Sent from an external Microsoft 365 trial tenant (examplegroupit.onmicrosoft.com), not from example.com; primes the victim for an external Teams call "
                    "and a Quick Assist remote session (the Storm-1811/Black Basta playbook); discourages opening a ticket. Internal warning: business/06.")


def a_register_invoice():
    rng = rng_for("a", "de-register")
    t = utc("2026-11-04 09:02:51")
    route = R.Postfix("dgr-eintragung.de", "static.88.198.%d.%d.clients.your-server.de" % (rng.randrange(2, 250), rng.randrange(2, 250)),
                      "88.198.61.%d" % rng.randrange(2, 250), host="dgr-eintragung.de", submit_ip="127.0.0.1", submit_helo="localhost",
                      submit_rdns="localhost")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "dgr-eintragung.de")
    name, bic, iban = B["fake_register"]
    regno = "DGR-2026-448213"
    src = """Sehr geehrte Damen und Herren,

zu Ihrer Eintragung im Deutschen Gewerbe-Register übersenden wir Ihnen anbei das Eintragungsformular mit der Registernummer %s für

Example Group GmbH
Hohenzollernring 62, 50672 Köln
Amtsgericht Köln HRB 98765

Bitte prüfen Sie die hinterlegten Firmendaten auf Richtigkeit und überweisen Sie den Betrag von 1.189,62 EUR unter Angabe der Registernummer innerhalb von 10 Tagen auf das im Formular angegebene Konto.

Änderungen der Firmendaten teilen Sie uns bitte schriftlich mit.

Mit freundlichen Grüßen
Ihre DGR Registerverwaltung
Deutsches Gewerbe-Register Verwaltungs GmbH
""" % regno
    html = S.simple_html(S.plain(src), "iso-8859-1", "Verdana, sans-serif")
    form = ["##Deutsches Gewerbe-Register", "Registerverwaltung · Postfach 10 14 62 · 24114 Kiel", "",
            "**EINTRAGUNGSFORMULAR / RECHNUNG", "Registernummer: %s          Datum: 03.11.2026" % regno, "",
            "Firma:  Example Group GmbH", "Anschrift:  Hohenzollernring 62, 50672 Köln", "Register:  Amtsgericht Köln HRB 98765",
            "Branche:  Fitnessstudios / Sportanlagen", "",
            "Leistung                                                           Betrag",
            "Eintragung DGR-Online, Basiseintrag (12 Monate)            999,68 EUR",
            "zzgl. 19 % MwSt.                                                   189,94 EUR",
            "**Zu zahlen                                                       1.189,62 EUR", "",
            "Zahlbar innerhalb von 10 Tagen ohne Abzug an:",
            "Empfänger: DGR Verwaltungs GmbH   Bank: %s" % name, "IBAN: %s   BIC: %s" % (G(iban), bic),
            "Verwendungszweck: %s" % regno, "",
            "Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot zur Eintragung in das privat geführte",
            "Online-Verzeichnis DGR-Online. Es besteht keine Verbindung zu amtlichen Registern. Mit Zahlungseingang",
            "gilt das Angebot als angenommen. Die Vertragslaufzeit beträgt 3 Jahre; der Jahresbeitrag ist jährlich",
            "im Voraus fällig. Eine Kündigung ist mit einer Frist von 3 Monaten zum Ende der Laufzeit möglich.",
            "USt-IdNr. %s · Gerichtsstand Kiel" % org.TAX["fake_register_ust"]]
    pdf = pdf_att([form], "Eintragung_%s.pdf" % regno, title="Eintragungsformular", producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
                  creator="TCPDF", created="D:20261103165500+01'00'")
    alt = S.alt(S.plain(src), html, ua.boundary("alt"), "iso-8859-1", "8bit", "8bit", quote_charset=False)
    body = mixed(alt, [pdf], ua.boundary("mixed"))
    h = {"From": addr("DGR Registerverwaltung", "rechnung@dgr-eintragung.de"),
         "To": "rechnungen@example.com",
         "Reply-To": "service@dgr-eintragung.de",
         "Subject": hval("Rechnung %s – Eintragung Example Group GmbH" % regno, "iso-8859-1")}
    return Mail("attack", "de", "gewerberegister-rechnung", t, route, ua, "rechnungen@example.com", "rechnung@dgr-eintragung.de",
                h, body, mid,
                technique="Fake register/directory invoice (offer disguised as invoice)",
                what="'Deutsches Gewerbe-Register' sends an 'invoice' for 1.189,62 EUR for the company's entry",
                why="Private directory posing as an official register; the PDF's small print reveals an offer that becomes a 3-year contract on payment; "
                    "no order exists; PHPMailer on a Hetzner host; public Handelsregister data reused to look official.")


def a_payroll_diversion():
    rng = rng_for("a", "de-payroll")
    t = utc("2026-11-12 15:27:03")
    route = R.UnitedInternet(rng, "gmx", submit_ip="102.89.%d.%d" % (rng.randrange(0, 60), rng.randrange(2, 250)), web=True)
    app = "3c-app-gmx-bap%02d" % rng.randrange(1, 80)
    ua = U.GmxWeb(rng, app)
    mid = ua.msgid(t, "")
    iban = checks.de_iban_plain("10011001", "2681530447")
    src = """Hallo Frau Hoffmann,

ich habe zum 1. November mein Gehaltskonto gewechselt und wollte Sie bitten, die Bankverbindung noch vor der Novemberabrechnung zu ändern:

Kontoinhaberin: Julia Krämer
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Kunden in Hamburg unterwegs bin und mein Diensthandy gerade in der Reparatur ist. Das Formular im Personalportal bekomme ich von hier aus leider nicht geöffnet.

Können Sie mir kurz bestätigen, wenn es geändert ist?

Vielen Dank und liebe Grüße
Julia Krämer
""" % G(iban)
    html = "<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">%s</div></body></html>\n" % "".join(
        "<div>%s</div>" % (l if l.strip() else "&nbsp;") for l in src.split("\n"))
    body = M.text(html, "html", "UTF-8", "quoted-printable", quote_charset=False)
    h = {"From": addr("Julia Krämer", "julia.kraemer.privat@gmx.de", "UTF-8"),
         "To": "katrin.hoffmann@example.com",
         "Subject": "Neue Bankverbindung Gehalt"}
    return Mail("attack", "de", "gehaltskonto-aenderung-gmx", t, route, ua, "katrin.hoffmann@example.com",
                "julia.kraemer.privat@gmx.de", h, body, mid, date_lag=-4,
                technique="Payroll diversion (employee impersonation from freemail)",
                what="'Julia Krämer' asks HR from a GMX address to pay her salary into a new N26 account before the November payroll",
                why="Display name of a real employee on a freemail address never used before, submitted via GMX webmail from a Nigerian mobile IP (102.89.x); "
                    "bypasses the HR portal with an excuse, new neobank account, asks for confirmation by mail. Genuine private-mail counterpart: business/05.")


# =============================================================== genuine
def _lief_route(rng):
    return R.O365(rng, region="eurprd03")


UBL = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>RE-2026-11873</cbc:ID>
  <cbc:IssueDate>2026-10-05</cbc:IssueDate>
  <cbc:DueDate>2026-11-04</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>AB-2026-5521</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>RE-2026-11873</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">2942.01</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">15484.29</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">15484.29</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">18426.30</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">18426.30</cbc:PayableAmount></cac:LegalMonetaryTotal>
</ubl:Invoice>
""" % (org.TAX["lieferant_vat"], B["lief_old"][2])


def b_lieferant_invoice():
    rng = rng_for("b", "de-lief-inv")
    t = utc("2026-10-05 12:40:19")
    route = _lief_route(rng)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="de-DE", online=True, org="lieferant-gmbh.de")
    mid = ua.msgid(t, "")
    src = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 05.10.2026 zu Ihrem Auftrag AB-2026-5521 (Wartung und Ersatzteile Kraftgeräte, Studios Köln-Ehrenfeld und Bonn).

Die Rechnung liegt als ZUGFeRD-PDF (Profil EN 16931) vor; die strukturierten Rechnungsdaten sind zusätzlich als XRechnung-XML beigefügt.

Rechnungsbetrag: 18.426,30 EUR
Zahlungsziel: 30 Tage netto (04.11.2026)
Bankverbindung: Volksbank Bielefeld-Gütersloh eG, IBAN %s

Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter 05241 9870-150.

Mit freundlichen Grüßen

Buchhaltung
%s
""" % (G(B["lief_old"][2]), LIEF_SIG)
    inv = ["##Lieferant GmbH", "Industriestraße 18 · 33334 Gütersloh · Tel. 05241 9870-0", "",
           "Example Group GmbH", "Kreditorenbuchhaltung", "Hohenzollernring 62", "50672 Köln", "",
           "**Rechnung RE-2026-11873", "Rechnungsdatum: 05.10.2026    Kunden-Nr.: 40718    Auftrag: AB-2026-5521", "",
           "Pos  Menge  Bezeichnung                                                   Betrag",
           "1      14   Wartung Kraftgeräte Serie PRO-S (Pauschale je Gerät)      4.620,00",
           "2        6   Seilzug-Set PRO-S 4,8 m inkl. Umlenkrollen                 2.394,00",
           "3        2   Laufband-Antriebsmotor LT-900 (Austausch)                   5.180,40",
           "4        1   Anfahrt / Montage Köln-Ehrenfeld und Bonn                  3.289,89",
           "Nettobetrag                                                               15.484,29 EUR",
           "zzgl. 19 % USt                                                              2.942,01 EUR",
           "**Rechnungsbetrag                                                    18.426,30 EUR", "",
           "Zahlbar bis 04.11.2026 ohne Abzug.",
           "Volksbank Bielefeld-Gütersloh eG · IBAN %s · BIC %s" % (G(B["lief_old"][2]), B["lief_old"][1]),
           "USt-IdNr. %s · Amtsgericht Gütersloh HRB 6412" % org.TAX["lieferant_vat"]]
    atts = [pdf_att([inv], "RE-2026-11873.pdf", title="Rechnung RE-2026-11873", author="Lieferant GmbH",
                    producer="Microsoft Dynamics 365 Business Central", creator="Microsoft Dynamics 365 Business Central",
                    created="D:20261005143802+02'00'"),
            xml_att(UBL, "RE-2026-11873_xrechnung.xml")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-1", "quoted-printable"), atts, ua.boundary("mixed"))
    h = {"From": addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"),
         "To": "rechnungen@example.com",
         "Subject": "Rechnung RE-2026-11873 zu Auftrag AB-2026-5521"}
    return Mail("business", "de", "lieferant-rechnung-xrechnung", t, route, ua, "rechnungen@example.com",
                "rechnungen@lieferant-gmbh.de", h, body, mid, zone="CET", date_lag=-3,
                what="Lieferant GmbH sends invoice RE-2026-11873 as PDF plus XRechnung XML",
                why="Real supplier domain and Microsoft 365 tenant; invoice matches an order; bank account is the long-known Volksbank account; no pressure.")


def b_lieferant_bank_change():
    rng = rng_for("b", "de-lief-bank")
    t = utc("2026-11-03 10:14:27")
    route = _lief_route(rng)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="de-DE", online=True, org="lieferant-gmbh.de")
    mid = ua.msgid(t, "")
    nb, nbic, niban = B["lief_new"]
    src = """Sehr geehrte Frau Brandt,

wie im Oktober bereits telefonisch mit Ihnen besprochen, wechselt die Lieferant GmbH zum Jahreswechsel ihre Hausbank. Das Schreiben unserer Geschäftsführung finden Sie im Anhang; das unterschriebene Original geht Ihnen zusätzlich per Post zu.

Wichtig für Sie:
- Die neue Bankverbindung (%s) gilt erst für Zahlungen ab dem 01.01.2027. Bis dahin bitte weiterhin auf das bekannte Konto bei der Volksbank Bielefeld-Gütersloh überweisen.
- Das bisherige Konto bleibt bis 30.06.2027 bestehen, Zahlungen dorthin gehen also nicht verloren.
- Bitte ändern Sie die Stammdaten erst nach telefonischer Rückbestätigung. Rufen Sie dazu bitte unsere Zentrale unter der Ihnen bekannten Nummer 05241 9870-0 an und lassen Sie sich mit Frau Scholz oder mit mir verbinden – bitte keine Telefonnummer aus einer E-Mail verwenden.

Hintergrund: In den letzten Wochen sind bei mehreren Kunden gefälschte E-Mails mit angeblich neuen Bankdaten in unserem Namen eingegangen, u. a. von der Domain "lieferantgmbh.de" (ohne Bindestrich). Diese stammen nicht von uns.

Vielen Dank für Ihre Unterstützung!

Mit freundlichen Grüßen

Petra Lang
Vertriebsinnendienst / Stammdaten
Tel. +49 5241 9870-214
%s
""" % (nb, LIEF_SIG)
    letter = ["##Lieferant GmbH", "Industriestraße 18 · 33334 Gütersloh", "",
              "An unsere Kunden", "", "Gütersloh, 02.11.2026", "",
              "**Wechsel unserer Bankverbindung zum 01.01.2027", "",
              "Sehr geehrte Damen und Herren,", "",
              "zum 01.01.2027 bündeln wir unseren Zahlungsverkehr bei der %s." % nb,
              "Bitte verwenden Sie für Zahlungen ab diesem Datum folgende Bankverbindung:", "",
              "Kontoinhaber:  Lieferant GmbH", "Kreditinstitut: %s, Filiale Gütersloh" % nb, "IBAN:  %s" % G(niban), "BIC:   %s" % nbic, "",
              "Bis zum 31.12.2026 bleibt ausschließlich die bisherige Bankverbindung gültig:",
              "Volksbank Bielefeld-Gütersloh eG, IBAN %s." % G(B["lief_old"][2]),
              "Das bisherige Konto bleibt bis zum 30.06.2027 bestehen.", "",
              "Bitte bestätigen Sie die Änderung vor der Umstellung telefonisch über unsere Zentrale (05241 9870-0).",
              "Änderungen unserer Bankverbindung teilen wir niemals ausschließlich per E-Mail mit.", "",
              "Mit freundlichen Grüßen", "", "Dr. Klaus Reinhardt          Martina Scholz", "Geschäftsführer                  Geschäftsführerin"]
    atts = [pdf_att([letter], "Lieferant_GmbH_Bankwechsel_2027.pdf", title="Wechsel der Bankverbindung", author="Martina Scholz",
                    created="D:20261102151017+01'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "windows-1252", "quoted-printable"), atts, ua.boundary("mixed"))
    h = {"From": addr("Petra Lang", "p.lang@lieferant-gmbh.de"),
         "To": staff("monika.brandt"),
         "Cc": addrs(addr("Stefan Maier", "s.maier@lieferant-gmbh.de"), staff("andreas.guenther")),
         "Subject": hval("Neue Bankverbindung der Lieferant GmbH ab 01.01.2027 – bitte telefonisch bestätigen", "windows-1252")}
    return Mail("business", "de", "lieferant-bankwechsel-angekuendigt", t, route, ua, "monika.brandt@example.com",
                "p.lang@lieferant-gmbh.de", h, body, mid, date_lag=-3,
                pair="attack/02",
                what="Lieferant GmbH announces its new house bank from 01.01.2027, asks for phone verification via the known switchboard",
                why="Real domain and tenant; change announced two months ahead with postal original; old account stays open; explicitly demands call-back on the known number "
                    "and warns about the look-alike domain - the proper process. Hard negative of attack/02.")


def b_lieferant_dunning():
    rng = rng_for("b", "de-lief-dun")
    t = utc("2026-11-20 14:06:55")
    route = _lief_route(rng)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="de-DE", online=True, org="lieferant-gmbh.de")
    mid = ua.msgid(t, "")
    src = """Sehr geehrte Frau Brandt,
sehr geehrter Herr Günther,

leider sind trotz unserer Zahlungserinnerung vom 03.11. und der 1. Mahnung vom 11.11. weiterhin folgende Posten offen:

RE-2026-11873 vom 05.10.2026   18.426,30 EUR   fällig seit 04.11.2026
RE-2026-11911 vom 08.10.2026    6.212,00 EUR   fällig seit 07.11.2026
Summe                           24.638,30 EUR

Mir ist bewusst, dass bei Ihnen nach den gefälschten Bankdaten-Mails im Oktober einiges geprüft werden musste – inzwischen sind die Posten aber deutlich überfällig, und unser Kreditversicherer hat Ihr Limit vorläufig gesperrt.

Sollte der Betrag nicht bis Freitag, 27.11.2026, auf unserem bekannten Konto bei der Volksbank Bielefeld-Gütersloh eingehen, müssen wir die Auslieferung der Kraftgeräte für die Neueröffnung in Düsseldorf (AB-2026-5790, Liefertermin 02.12.) sowie weitere Serviceeinsätze leider zurückstellen. Das möchte ich ehrlich gesagt vermeiden.

Eine aktuelle OP-Liste hänge ich an. Rufen Sie mich gerne direkt an, wenn etwas unklar ist.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Tel. +49 5241 9870-120 · Mobil +49 171 4402871
%s
""" % LIEF_SIG
    op = ["##Lieferant GmbH - Offene Posten", "Kunde 40718 Example Group GmbH · Stand 20.11.2026", "",
          "Beleg              Datum          Fällig          Betrag EUR     Mahnstufe",
          "RE-2026-11873   05.10.2026   04.11.2026      18.426,30          2",
          "RE-2026-11911   08.10.2026   07.11.2026        6.212,00          2",
          "**Summe                                                 24.638,30", "",
          "Bankverbindung: Volksbank Bielefeld-Gütersloh eG · IBAN %s" % G(B["lief_old"][2])]
    atts = [pdf_att([op], "OP-Liste_40718_20261120.pdf", title="Offene Posten", author="Stefan Maier",
                    producer="Microsoft Dynamics 365 Business Central", creator="Microsoft Dynamics 365 Business Central",
                    created="D:20261120145811+01'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "windows-1252", "quoted-printable"), atts, ua.boundary("mixed"))
    h = {"From": addr("Stefan Maier", "s.maier@lieferant-gmbh.de"),
         "To": addrs(staff("monika.brandt"), staff("andreas.guenther")),
         "Subject": hval("DRINGEND: 2. Mahnung – offene Posten 24.638,30 EUR – Lieferung Düsseldorf gefährdet", "windows-1252"),
         "Importance": "high", "X-Priority": "1"}
    return Mail("business", "de", "lieferant-mahnung-lieferstopp", t, route, ua, "monika.brandt@example.com",
                "s.maier@lieferant-gmbh.de", h, body, mid, date_lag=-3, pair="attack/02",
                what="Second dunning letter from Lieferant GmbH threatening to hold back deliveries unless paid by 27.11.",
                why="Real key-account manager from the real tenant; amounts and invoice numbers match business/01; payment to the known account; threat is commercial, "
                    "offers a phone call. Urgent but genuine - hard negative of attack/02.")


def b_ceo_urgent_payment():
    t = utc("2026-10-21 10:37:12")
    src = """Hallo Sabine,

kurze Bitte mit Zeitdruck: RX hat uns die Standfläche für die FIBO 2027 (Halle 8, Stand C31, 96 m²) nur bis heute 16:00 Uhr reserviert. Die Anzahlung über 14.280,00 EUR muss deshalb heute noch raus, sonst geht die Fläche an den Nächsten auf der Warteliste.

Die Rechnung liegt im DMS (Beleg 2026-10-3318), Andreas hat sie sachlich geprüft und freigegeben. Kreditor ist RX Deutschland, der ist seit 2025 angelegt – die Bankverbindung ist unverändert.

Kannst du die Zahlung bitte wie üblich mit Vier-Augen-Freigabe im Banking rausgeben? Lea hat die Reservierungsbestätigung von RX, falls du sie brauchst.

Danke dir!
Jürgen

--
Jürgen Köhler
Geschäftsführer
Example Group GmbH · Hohenzollernring 62 · 50672 Köln
"""
    return internal("de", "ceo-dringende-zahlung-fibo", t, "juergen.koehler", staff("sabine.weiss"),
                    "Dringend: Anzahlung FIBO 2027 Standfläche heute freigeben", src,
                    cc=addrs(staff("lea.schmitz"), staff("andreas.guenther")), client_ip="10.20.4.21",
                    pair="attack/01",
                    what="The CEO asks the CFO to release today the deposit for the FIBO 2027 trade-fair stand",
                    why="Internal mail via Exchange and mail-int01; existing creditor, invoice in the DMS, checked by procurement, four-eyes release, colleagues in Cc, "
                        "usual 'du'. Urgent CEO payment request that is genuine - hard negative of attack/01.")


def b_private_sick_note():
    rng = rng_for("b", "de-sick")
    t = utc("2026-11-24 06:52:40")
    route = R.UnitedInternet(rng, "gmx", submit_ip="91.64.%d.%d" % (rng.randrange(0, 250), rng.randrange(2, 250)), private_ip="192.168.178.31")
    ua = U.AppleMail(rng, iphone=True)
    mid = ua.msgid(t, "gmx.de")
    src = """Hallo Katrin, hallo Sabine,

ich bin leider seit heute Nacht krank (Magen-Darm) und war eben beim Arzt – krankgeschrieben bis einschließlich Freitag. Die AU geht ja als eAU direkt über die TK an euch.

Ich komme von zu Hause gerade nicht ins Outlook (der Token liegt im Büro), deshalb schreibe ich von privat. Die Zahlläufe für diese Woche habe ich gestern mit Nadine besprochen, die Liste liegt in meinem Fach und im Teams-Kanal Kreditoren.

Liebe Grüße
Monika

Von meinem iPhone gesendet
"""
    body = M.text(src, "plain", "utf-8", "quoted-printable", quote_charset=False)
    h = {"From": addr("Monika Brandt", "monika.brandt76@gmx.de"),
         "To": addrs(staff("katrin.hoffmann", "utf-8"), staff("sabine.weiss", "utf-8")),
         "Subject": "Krankmeldung"}
    return Mail("business", "de", "krankmeldung-private-gmx", t, route, ua, "katrin.hoffmann@example.com",
                "monika.brandt76@gmx.de", h, body, mid, date_lag=-6, pair="attack/08",
                what="Accounts-payable clerk reports sick from her private GMX address",
                why="Private address she has used before (listed as correspondent), German residential IP (Vodafone cable), iPhone via GMX SMTP; "
                    "asks for nothing, hands over to a named colleague. Hard negative of attack/08 (payroll diversion from freemail).")


def b_it_phishing_warning():
    t = utc("2026-10-28 11:03:29")
    src = """Liebe Kolleginnen und Kollegen,

derzeit erreichen uns mehrere gezielte Phishing-Wellen. Bitte achten Sie besonders auf folgende Maschen:

1. „Bundeszentralamt für Steuern“ – angebliche Bestätigung der Wirtschafts-Identifikationsnummer (W-IdNr.) über einen Link. Das BZSt verschickt keine E-Mails mit Anmeldelinks.
2. „DATEV Unternehmen online“ – Aufforderung, einen QR-Code mit dem Smartphone zu scannen, um Belege freizugeben oder den SmartLogin zu „erneuern“. DATEV fordert das nie per E-Mail an.
3. „IT Service Desk“ über Microsoft Teams – nach einer Flut von Spam-Mails ruft ein angeblicher Kollege per Teams an und bittet, die Windows-Schnellhilfe (Quick Assist) zu starten. Wir rufen Sie nie unaufgefordert von einem externen Teams-Konto an und bitten nie um Fernzugriff über die Schnellhilfe. Externe Konten erkennen Sie am Hinweis „Extern“.
4. Geänderte Bankverbindungen von Lieferanten – immer telefonisch unter der bekannten Nummer rückbestätigen (siehe Kreditoren-Richtlinie im Intranet).

Wenn Ihnen eine Nachricht verdächtig vorkommt: bitte nichts anklicken und keine Anhänge öffnen, sondern über den Button „Phishing melden“ in Outlook melden oder an phishing@example.com weiterleiten. Falls Sie bereits geklickt oder Zugangsdaten eingegeben haben, rufen Sie bitte sofort den IT-Helpdesk unter Durchwahl -555 an.

Vielen Dank für Ihre Aufmerksamkeit!

Felix Bauer
IT-Sicherheit / Mailadministration
Example Group GmbH
"""
    return internal("de", "it-hinweis-phishing-welle", t, "felix.bauer", addr("Alle Mitarbeitenden Deutschland", "alle-de@example.com"),
                    "Warnung: aktuelle Phishing-Mails (BZSt, DATEV, „IT Service Desk“ über Teams)", src,
                    charset="windows-1252", client_ip="10.20.4.88", exch="EXCH02", pair="attack/03, attack/04, attack/06",
                    what="IT security's internal warning about current phishing waves (BZSt, DATEV QR codes, Teams 'service desk')",
                    why="Internal sender through Exchange and mail-int01, no links except the internal report address; describes the scams rather than performing them. "
                        "Full of phishing vocabulary - hard negative of attack/03, /04 and /06.")


def b_vitafuel_order():
    rng = rng_for("b", "de-vitafuel")
    t = utc("2026-10-12 09:48:06")
    route = R.UnitedInternet(rng, "ionos", submit_ip="87.123.%d.%d" % (rng.randrange(0, 250), rng.randrange(2, 250)), private_ip="192.168.2.104")
    ua = U.OutlookDesktop(rng, "de")
    mid = ua.msgid(t, "vitafuel-nutrition.de")
    src = """Hallo Herr Günther,

vielen Dank für Ihre Bestellung vom 09.10.2026. Anbei unsere Auftragsbestätigung AB-26-1187:

- 120 Kartons Isodrink Citrus 0,5 l (24er)
- 80 Kartons Protein Shake Vanille 330 ml (12er)
- 40 Eimer Whey 80 Schoko 2 kg

Liefertermin: KW 43, Anlieferung Studio Köln-Ehrenfeld und Düsseldorf-Bilk wie gewohnt über unsere Spedition. Die Rechnung erhalten Sie separat an rechnungen@example.com.

Zur Reklamation der beschädigten Kartons aus der Lieferung vom 06.10.: Die Gutschrift erstellt unsere Buchhaltung diese Woche und schickt sie direkt an Frau Brandt.

Viele Grüße aus Hamburg

Jan Petersen
Key Account Fitness & Clubs
VitaFuel Nutrition GmbH
Billwerder Neuer Deich 72 · 20539 Hamburg
Tel. +49 40 7823 4410 · j.petersen@vitafuel-nutrition.de
Amtsgericht Hamburg HRB 158224 · USt-IdNr. %s
""" % org.TAX["vitafuel_vat"]
    ab = ["##VitaFuel Nutrition GmbH", "Billwerder Neuer Deich 72 · 20539 Hamburg", "",
          "**Auftragsbestätigung AB-26-1187", "Kunde: Example Group GmbH, Einkauf, Herr Günther · Ihre Bestellung vom 09.10.2026", "",
          "Menge   Artikel                                         Einzelpreis      Gesamt",
          "120     Isodrink Citrus 0,5 l, Karton 24 St.          21,60            2.592,00",
          " 80     Protein Shake Vanille 330 ml, Karton 12 St.  23,40            1.872,00",
          " 40     Whey 80 Schoko, Eimer 2 kg                     44,90            1.796,00",
          "Netto 6.260,00 EUR · zzgl. 7 % USt 438,20 EUR · **Gesamt 6.698,20 EUR", "",
          "Liefertermin KW 43/2026 frei Haus. Zahlung 14 Tage netto.",
          "Bankverbindung: Hamburger Sparkasse · IBAN %s · BIC %s" % (G(B["vitafuel"][2]), B["vitafuel"][1])]
    logo = logo_png(color=(0, 128, 96))
    html = S.outlook_html(src, "DE", "windows-1252").replace(
        "<p class=\"MsoNormal\">Jan Petersen<o:p></o:p></p>",
        "<p class=\"MsoNormal\"><img width=\"180\" height=\"48\" src=\"cid:image001.png@01DC5A3B.9F1E2D40\" alt=\"VitaFuel\"><o:p></o:p></p>\n<p class=\"MsoNormal\">Jan Petersen<o:p></o:p></p>")
    alt = S.alt(S.plain(src), html, ua.boundary("alt_in_related"), "windows-1252")
    rel = related(alt, [png_att(logo, "image001.png", cid="image001.png@01DC5A3B.9F1E2D40")], ua.boundary("related"))
    body = mixed(rel, [pdf_att([ab], "AB-26-1187.pdf", title="Auftragsbestätigung", author="VitaFuel Nutrition GmbH",
                               producer="Microsoft® Word 2021", creator="Microsoft® Word 2021", created="D:20261012113907+02'00'")],
                 ua.boundary("mixed"))
    h = {"From": addr("Jan Petersen", "j.petersen@vitafuel-nutrition.de"),
         "To": addr("Andreas Günther", "andreas.guenther@example.com", "windows-1252"),
         "Subject": hval("Auftragsbestätigung AB-26-1187 – Isodrinks und Protein für Köln/Düsseldorf", "windows-1252")}
    return Mail("business", "de", "vitafuel-auftragsbestaetigung", t, route, ua, "andreas.guenther@example.com",
                "j.petersen@vitafuel-nutrition.de", h, body, mid, date_lag=-7, pair="attack/05",
                what="VitaFuel order confirmation with PDF and inline signature logo",
                why="Same mailbox and IONOS relay as attack/05, but written in Outlook 16 from the supplier's German DSL line, full signature, matches an order. "
                    "Hard negative of attack/05.")


def b_newsletter_mailchimp():
    rng = rng_for("b", "de-news")
    t = utc("2026-11-05 05:00:41")
    route = R.Mailchimp(rng)
    u = hexid(rng, 25)
    lid = hexid(rng, 10)
    cid = hexid(rng, 10)
    e = hexid(rng, 10)
    unsub = "https://fitnessbusiness-insider.us12.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (u, lid, e, cid)
    ua = U.Plain(rng, order=["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "X-Mailer", "X-Campaign", "X-campaignid",
                             "X-Report-Abuse", "X-MC-User", "Feedback-ID", "List-ID", "X-Accounttype", "List-Unsubscribe",
                             "List-Unsubscribe-Post", "MIME-Version"],
                 mailer=("X-Mailer", "MailChimp Mailer - **CID%s**" % cid),
                 msgid_fn=lambda r, tt: "<%s.%s@%s>" % (hexid(r, 32), cid, route.host),
                 boundary_fn=lambda r, k: "_----------=_MCPart_%d" % r.randrange(10 ** 9, 2 * 10 ** 9),
                 extra=[("X-Campaign", "mailchimp%s.%s" % (u, cid)), ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
                        ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, e)),
                        ("X-MC-User", u), ("Feedback-ID", "91827364:91827364.1204471:us12:mc"),
                        ("List-ID", "%smc list <%s.1204471.list-id.mcsv.net>" % (u, u)), ("X-Accounttype", "pd"),
                        ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us12_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (unsub, u, cid, e)),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    mid = ua.msgid(t, "")
    base = "https://fitnessbusiness-insider.us12.list-manage.com/track/click?u=%s&id=" % u
    blocks = ["Guten Morgen,",
              "**Eckdaten 2026:** Die Zahl der Mitglieder in deutschen Fitnessanlagen hat erstmals die Marke von 12 Millionen überschritten. Besonders stark wachsen Ketten mit Concept-Studios und flexiblen Tarifen. [Zur Analyse](%s%s&e=%s)" % (base, hexid(rng, 10), e),
              "**E-Rechnung:** Ab 2027 müssen Studios mit mehr als 800.000 EUR Umsatz E-Rechnungen ausstellen. Was das für Firmenfitness-Verträge und Kooperationspartner bedeutet - und warum Sie Rechnungen mit neuen Bankdaten immer telefonisch prüfen sollten. [Weiterlesen](%s%s&e=%s)" % (base, hexid(rng, 10), e),
              "**Mitgliederbindung im Winter:** Drei Betreiber berichten, wie sie mit Kursplan-Apps und Trainer-Check-ins die Kündigungsquote im ersten Quartal senken. [Zum Praxisbericht](%s%s&e=%s)" % (base, hexid(rng, 10), e),
              "**Termine:** FIBO 2027 vom 15. bis 18. April in Köln · Branchentreff Firmenfitness am 26. November in Düsseldorf."]
    footer = ("Sie erhalten diesen Newsletter, weil Sie sich auf fitnessbusiness-insider.de angemeldet haben.\n"
              "[Newsletter abbestellen](%s) · [Einstellungen ändern](https://fitnessbusiness-insider.us12.list-manage.com/profile?u=%s&id=%s&e=%s)\n"
              "Fitness Business Insider · Medienhaus Rheinufer GmbH · Rheinallee 9 · 40545 Düsseldorf" % (unsub, u, lid, e))
    html = S.esp_html("Fitness Business Insider - Ausgabe 45/2026", blocks, None, footer, brand_color="#e4572e",
                      logo_text="FITNESS BUSINESS INSIDER", preheader="12 Millionen Mitglieder, E-Rechnung 2027, Winter-Retention")
    txt = S.esp_plain("Fitness Business Insider - Ausgabe 45/2026", blocks, None, footer)
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable")
    h = {"Subject": hval("12 Mio. Mitglieder, E-Rechnung 2027 und Winter-Retention – FBI 45/2026", "utf-8"),
         "From": addr("Fitness Business Insider", "newsletter@fitnessbusiness-insider.de"),
         "Reply-To": "redaktion@fitnessbusiness-insider.de",
         "To": addr("Julia Kraemer", "julia.kraemer@example.com")}
    env = "bounce-mc.us12_91827364.1204471-%s@%s" % (e, route.host)
    return Mail("business", "de", "newsletter-fitnessbranche-mailchimp", t, route, ua, "julia.kraemer@example.com", env,
                h, body, mid, zone="UTC", date_lag=-1,
                what="Subscribed trade newsletter sent through Mailchimp with one-click List-Unsubscribe",
                why="Mailchimp infrastructure with consistent campaign headers, List-ID and RFC 8058 unsubscribe; content is editorial; only tracking links, no log-in request.")


ATTACKS = [a_ceo_fraud, a_supplier_bank_change, a_bzst_widnr, a_datev_quishing, a_thread_hijack_zip,
           a_teams_vishing, a_register_invoice, a_payroll_diversion]
BUSINESS = [b_lieferant_invoice, b_lieferant_bank_change, b_lieferant_dunning, b_ceo_urgent_payment,
            b_private_sick_note, b_it_phishing_warning, b_vitafuel_order, b_newsletter_mailchimp]
