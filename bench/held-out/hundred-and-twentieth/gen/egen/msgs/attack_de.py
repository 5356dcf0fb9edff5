"""attack/ 01-08 (German)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2
from ..platforms import Brevo as T_Brevo


def a01():
    m = Msg("attack", 1, "de", "lieferant-bankverbindung-thread", utc(2026, 10, 27, 4, 58, 41))
    m.sent = m.t - secs(9)
    k = T.PostfixOrg(m, "lieferant-gmbh.de", "mail.lieferant-gmbh.de", "203.0.113.25", client="roundcube",
                     dkim_sel="mail2026")
    jana, frank = S("jana"), S("frank")
    mule = "DE18100110012628461937"
    prev_jana = "<3b9d0c6e51a24f8c9e07d4a2b61f5c38@EXCH01.corp.example.com>"
    prev_maier = "<5c2f71aa-90d3-4b8e-8f36-0b2e7d61c4a9@lieferant-gmbh.de>"
    prev_frank = "<8e41f0b7c9d54a2e93b6a7c1d0e5f284@EXCH02.corp.example.com>"
    body = p(
        "Guten Morgen Frau Hoffmann,",
        "",
        "danke für die schnelle Rückmeldung.",
        "",
        "Bitte berücksichtigen Sie für den Zahllauf am 30.10. unbedingt unsere neue Bankverbindung. Im Zuge der Umstellung unseres Zahlungsverkehrs wechseln wir zum 01.11. die Hausbank, das bisherige Konto bei der Volksbank Heilbronn wird nur noch bis Monatsende geführt und dann aufgelöst. Zahlungen, die danach dort eingehen, gehen an Sie zurück.",
        "",
        "Neue Bankverbindung:",
        "Kontoinhaber: Lieferant GmbH",
        "IBAN: " + iban_f(mule),
        "BIC: NTSBDEB1XXX",
        "",
        "Das Schreiben unserer Geschäftsführung hängt an. Die Rechnung 2026-10418 über 18.742,50 EUR bitte schon auf das neue Konto anweisen, dann haben wir keine Rückläufer.",
        "",
        "Eine kurze Bestätigung per Mail genügt mir. Ich bin diese Woche auf Montage bei einem Kunden in Linz und telefonisch schlecht erreichbar.",
        "",
        "Mit freundlichen Grüßen",
        "",
        LIEF_SIG_MAIER,
        "",
        "Am 2026-10-26 14:12, schrieb Jana Hoffmann:",
        quote(p("Hallo Herr Maier,", "",
                "die Rechnung 2026-10418 (Schneidwerk SW-4, Bestellung 4500018822) ist bei uns eingegangen und freigegeben. Die Zahlung geht mit unserem nächsten Zahllauf am 30.10.2026 raus.",
                "", "Viele Grüße", "Jana Hoffmann", "", "Kreditorenbuchhaltung", "Example Group GmbH", "Tel. +49 2131 6604-114", "",
                "Von: Stefan Maier <s.maier@lieferant-gmbh.de>", "Gesendet: Freitag, 23. Oktober 2026 10:47",
                "An: Frank Weißgerber <frank.weissgerber@example.com>", "Cc: Jana Hoffmann <jana.hoffmann@example.com>",
                "Betreff: AW: Bestellung 4500018822 – Schneidwerk SW-4 für HSM-Linie 2", "",
                "Hallo Herr Weißgerber,", "",
                "das Schneidwerk ist heute per Spedition raus, Lieferschein und Rechnung 2026-10418 kommen separat von unserer Buchhaltung. Einbau durch unseren Service wie besprochen am 03.11.",
                "", "Gruß", "Stefan Maier")),
    )
    part = mime.text(body, "utf-8", "8bit", params=[("format", "flowed")])
    pdfp = docs.letter(
        m, "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", head="Lieferant GmbH", head_lines=LIEF_HEAD,
        logo_color=(0, 82, 147), logo_text="LIEFERANT",
        recipient=["Example Group GmbH", "Kreditorenbuchhaltung", "Hansastraße 31", "41460 Neuss"],
        place_date="Heilbronn, 26.10.2026", subject="Änderung unserer Bankverbindung",
        paras=["Sehr geehrte Damen und Herren,",
               "im Rahmen der Neuordnung unseres Zahlungsverkehrs ändert sich mit Wirkung zum 01.11.2026 unsere Bankverbindung. Wir bitten Sie, ab sofort sämtliche Zahlungen ausschließlich auf das folgende Konto zu leisten:"],
        table=[("Kontoinhaber:", "Lieferant GmbH"), ("Kreditinstitut:", "N26 Bank SE"), ("IBAN:", iban_f(mule)), ("BIC:", "NTSBDEB1XXX")],
        extra_after=["Die bisherige Bankverbindung bei der Volksbank Heilbronn eG wird zum 31.10.2026 geschlossen. Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an.",
                     "Für Ihre Unterstützung bedanken wir uns."],
        closing="Mit freundlichen Grüßen", signers=[["Dipl.-Ing. Werner Haag", "Geschäftsführer"], ["Susanne Köhler", "Geschäftsführerin"]],
        footer=LIEF_FOOTER, title="Mitteilung Bankverbindung", author="Stefan Maier")
    m.root = mime.multi("mixed", [part, pdfp], m.bnd("mixed"))
    f = Fields(("Stefan Maier", "s.maier@lieferant-gmbh.de"), [jana],
               "AW: Bestellung 4500018822 – Schneidwerk SW-4 für HSM-Linie 2 / Rechnung 2026-10418",
               in_reply_to=prev_jana, references=[prev_frank, prev_maier, prev_jana])
    k.finish(f, webmail_ip="185.213.155.74", dmarc=("pass", "quarantine"))
    m.fact("IBAN", mule, "N26 account presented as the supplier's new account (mule)")
    m.fact("Phone", "+49 7131 58930-22", "signature")
    m.fact("Phone", "+49 171 4482910", "signature")
    m.fact("Phone", "+49 7131 58930-0", "letterhead")
    m.fact("Phone", "+49 2131 6604-114", "quoted signature")
    m.info = dict(
        what="Reply inside a real order/invoice thread from the supplier's genuine mailbox: 'new house bank from 01.11.', pay invoice 2026-10418 (18,742.50 EUR) to a new IBAN; letter from the managing directors attached.",
        why="Thread hijacking from the compromised real mailbox (SPF/DKIM/DMARC pass): written in Roundcube from 185.213.155.74 at 05:58, not from the sales rep's Thunderbird on the LAN; new account is an N26 neobank account; asks for confirmation by mail only and pre-empts a call-back ('telefonisch schlecht erreichbar'); the supplier's real change (business/01) goes to a Sparkasse one month later with call-back instructions.")
    return m




def a02():
    m = Msg("attack", 2, "de", "ceo-vertraulich-uebernahme", utc(2026, 10, 15, 14, 42, 7))
    k = T.M365(m, "examplegroup.de", "FR2P281MB2291", "BE1P281MB3077", "deup281",
               ("DEU01-FR2-obe.outbound.protection.outlook.com", "mail-fr2deu01on2117.outbound.protection.outlook.com", "40.107.135.117"),
               "4c5d0f6e-91a3-4e7b-b2c8-6f1d9a0e3b57", lang="de-DE")
    sabine = S("sabine")
    plain = p(
        "Sabine,",
        "",
        "ich bin bis morgen Abend in Frankfurt in Gesprächen zu einer Übernahme, über die ich dich bisher noch nicht informieren konnte. Es geht um einen Wettbewerber im Rhein-Main-Gebiet (Aktenlagerung und mobile Vernichtung), den wir noch vor dem Jahreswechsel signen wollen. Der Beirat ist eingebunden, sonst niemand im Haus – bitte behandle das bis zur offiziellen Mitteilung streng vertraulich, auch gegenüber Jana und dem Team.",
        "",
        "Für das Signing brauchen wir heute noch die Exklusivitätszahlung auf das Treuhandkonto der begleitenden Kanzlei. Dr. Florian Westermann meldet sich gleich per Mail bei dir mit den Details und dem Treuhandvertrag. Bitte stimm dich direkt mit ihm ab und gib mir kurz Bescheid, bis wann du die Überweisung vorbereiten kannst.",
        "",
        "Ich sitze durchgehend in Verhandlungen und kann nicht telefonieren, schreib mir bitte nur hier.",
        "",
        "Danke dir, das ist wichtig.",
        "",
        "Matthias",
        "",
        "Von Outlook für iOS gesendet")
    html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n'
            + "".join('<div dir="ltr">%s</div>\r\n' % (mime.esc(l) if l else "<br>") for l in plain.split("\n")[:-1])
            + '<div dir="ltr"><br>\r\n</div>\r\n<div id="ms-outlook-mobile-signature">\r\n<div dir="ltr">Von <a href="https://aka.ms/AAb9ysg">Outlook für iOS</a> gesendet</div>\r\n</div>\r\n</body>\r\n</html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "base64", style="outlook"), mime.text(html, "utf-8", "base64", "html", style="outlook")],
                        m.bnd("alternative"), style="outlook")
    f = Fields(("Matthias Krämer", "matthias.kraemer@examplegroup.de"), [sabine], "Vertraulich: Projekt Falke", hcs="utf-8", henc="B")
    k.finish(f, dmarc=("pass", "none"), tnef=True)
    m.fact("URL", "https://aka.ms/AAb9ysg", "Outlook mobile signature link (genuine Microsoft short link)")
    m.info = dict(
        what="'CEO' to CFO: confidential acquisition, an exclusivity payment to a law firm's escrow account is needed today; a lawyer will write with details; no phone calls.",
        why="CEO fraud from the look-alike domain examplegroup.de (the company uses example.com and examplegroup.eu) hosted in its own Microsoft 365 tenant, so SPF/DKIM/DMARC pass; secrecy even towards accounting, urgency, refusal of a call-back, hand-off to an outside 'lawyer'. No link or attachment to scan.")
    return m


def a03():
    m = Msg("attack", 3, "de", "gewerbeverzeichnis-eintragung", utc(2026, 10, 21, 7, 13, 52))
    k = T_Brevo(m)
    mon = S("monika")
    sk = "SK2111000000002941087365"
    url = "https://www.gewerbe-transparenzverzeichnis.de/eintrag/HRB21874?ref=EG-77413"
    unsub = "https://r.sib.gewerbe-transparenzverzeichnis.de/tr/un/li/Xk3PLcM0aQZ8s1lq"
    plain = p(
        "Zentrales Gewerbe- und Transparenzverzeichnis",
        "Abteilung Eintragungen · Aktenzeichen GTV/2026/77413",
        "",
        "Eintragungsmitteilung für: Example Group GmbH, Hansastraße 31, 41460 Neuss",
        "Registergericht: Amtsgericht Neuss, HRB 21874",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "zu Ihrem Unternehmen liegen uns die oben genannten Registerdaten vor. Um die Angaben im Zentralen Gewerbe- und Transparenzverzeichnis aktuell zu halten, bitten wir Sie, die beigefügte Eintragungsmitteilung zu prüfen und die Eintragungsgebühr bis zum 06.11.2026 zu überweisen.",
        "",
        "Eintragungsgebühr: 498,00 EUR (jährlich, zzgl. MwSt.)",
        "Empfänger: GTV Register Services s.r.o.",
        "IBAN: " + iban_f(sk),
        "BIC: TATRSKBX",
        "Verwendungszweck: GTV-77413-HRB21874",
        "",
        "Sie können Ihren Eintrag auch online prüfen: " + url,
        "",
        "Mit freundlichen Grüßen",
        "Ihre Eintragungsstelle",
        "",
        "GTV Register Services s.r.o. · Mlynské nivy 5 · 821 09 Bratislava · Slowakei",
        "Dieses Angebot ist keine Rechnung einer Behörde. Die Eintragung ist freiwillig.")
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Eintragungsmitteilung</title></head>'
            '<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif">\r\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">\r\n'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:6px solid #1d3f6e">\r\n'
            '<tr><td style="padding:22px 30px 6px 30px;font-size:19px;color:#1d3f6e;font-weight:bold">Zentrales Gewerbe- und Transparenzverzeichnis</td></tr>\r\n'
            '<tr><td style="padding:0 30px 14px 30px;font-size:12px;color:#5c6670">Abteilung Eintragungen &middot; Aktenzeichen GTV/2026/77413</td></tr>\r\n'
            '<tr><td style="padding:0 30px;font-size:14px;color:#222;line-height:1.5">'
            '<p><b>Eintragungsmitteilung f&uuml;r:</b> Example Group GmbH, Hansastra&szlig;e 31, 41460 Neuss<br>'
            '<b>Registergericht:</b> Amtsgericht Neuss, HRB 21874</p>'
            '<p>Sehr geehrte Damen und Herren,</p>'
            '<p>zu Ihrem Unternehmen liegen uns die oben genannten Registerdaten vor. Um die Angaben im Zentralen Gewerbe- und Transparenzverzeichnis aktuell zu halten, bitten wir Sie, die beigef&uuml;gte Eintragungsmitteilung zu pr&uuml;fen und die Eintragungsgeb&uuml;hr bis zum <b>06.11.2026</b> zu &uuml;berweisen.</p>'
            '<table cellpadding="4" style="font-size:14px;border:1px solid #d5dbe1;background:#f7f9fb">'
            '<tr><td>Eintragungsgeb&uuml;hr:</td><td><b>498,00 EUR</b> (j&auml;hrlich, zzgl. MwSt.)</td></tr>'
            '<tr><td>Empf&auml;nger:</td><td>GTV Register Services s.r.o.</td></tr>'
            '<tr><td>IBAN:</td><td>' + iban_f(sk) + '</td></tr><tr><td>BIC:</td><td>TATRSKBX</td></tr>'
            '<tr><td>Verwendungszweck:</td><td>GTV-77413-HRB21874</td></tr></table>'
            '<p style="margin:22px 0"><a href="' + url + '" style="background:#1d3f6e;color:#fff;padding:11px 22px;text-decoration:none;border-radius:3px">Eintrag online pr&uuml;fen</a></p>'
            '<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Eintragungsstelle</p></td></tr>\r\n'
            '<tr><td style="padding:16px 30px;font-size:10px;color:#8a939b;line-height:1.4">GTV Register Services s.r.o. &middot; Mlynsk&eacute; nivy 5 &middot; 821 09 Bratislava &middot; Slowakei<br>'
            'Dieses Angebot ist keine Rechnung einer Beh&ouml;rde. Die Eintragung ist freiwillig. '
            '<a href="' + unsub + '" style="color:#8a939b">Abmelden</a></td></tr>\r\n'
            '</table></td></tr></table></body></html>\r\n')
    alt = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    pdfp = docs.letter(
        m, "Eintragungsmitteilung_GTV-77413.pdf", head="Zentrales Gewerbe- und Transparenzverzeichnis",
        head_lines=["Abteilung Eintragungen", "GTV Register Services s.r.o.", "Mlynské nivy 5 · 821 09 Bratislava"],
        logo_color=(29, 63, 110), logo_text="GTV",
        recipient=["Example Group GmbH", "Geschäftsführung", "Hansastraße 31", "41460 Neuss"],
        place_date="Aktenzeichen GTV/2026/77413 · 20.10.2026",
        subject="Eintragungsmitteilung – Amtsgericht Neuss HRB 21874",
        paras=["Sehr geehrte Damen und Herren,",
               "zur Aufnahme bzw. Aktualisierung Ihrer Firmendaten im Zentralen Gewerbe- und Transparenzverzeichnis teilen wir Ihnen folgende Eintragungsdaten mit. Bitte prüfen Sie die Angaben und überweisen Sie die Eintragungsgebühr fristgerecht."],
        table=[("Firma:", "Example Group GmbH"), ("Register:", "Amtsgericht Neuss, HRB 21874"), ("Branche:", "Aktenlagerung / Aktenvernichtung"),
               ("Eintragungsgebühr:", "498,00 EUR zzgl. MwSt. jährlich"), ("IBAN:", iban_f(sk)), ("BIC:", "TATRSKBX"),
               ("Verwendungszweck:", "GTV-77413-HRB21874"), ("Zahlungsfrist:", "06.11.2026")],
        extra_after=["Mit Zahlung der Eintragungsgebühr kommt ein Vertrag über die Veröffentlichung Ihres Eintrags mit einer Laufzeit von 36 Monaten zustande. Die Veröffentlichung erfolgt im privaten Verzeichnis der GTV Register Services s.r.o. und steht in keiner Verbindung zum Handelsregister oder zum Transparenzregister. Es gelten unsere AGB (gewerbe-transparenzverzeichnis.de/agb)."],
        closing="Ihre Eintragungsstelle", signers=[["GTV Register Services s.r.o.", "Abteilung Eintragungen"]],
        footer=["GTV Register Services s.r.o. · Mlynské nivy 5 · 821 09 Bratislava · Slowakei · IČO 53 918 274",
                "Dies ist ein Angebot. Keine behördliche Zahlungsaufforderung."],
        title="Eintragungsmitteilung", author="GTV", creator="wkhtmltopdf 0.12.6", producer="Qt 4.8.7")
    m.root = mime.multi("mixed", [alt, pdfp], m.bnd("mixed"))
    f = Fields(("Gewerbe- und Transparenzverzeichnis", "eintragung@gewerbe-transparenzverzeichnis.de"), [mon],
               "Eintragungsmitteilung Example Group GmbH – HRB 21874 – Frist 06.11.2026")
    k.finish(f, "gewerbe-transparenzverzeichnis.de", list_unsub=unsub, dmarc=("pass", "none"))
    m.fact("IBAN", sk, "Slovak account of the 'register' (Tatra banka)")
    m.fact("URL", url, "button / text link")
    m.fact("URL", unsub, "unsubscribe link and List-Unsubscribe header")
    m.fact("URL", "gewerbe-transparenzverzeichnis.de/agb", "terms reference in the PDF small print (no link)")
    m.info = dict(
        what="Official-looking 'registration notice' of a 'central trade and transparency register' with a fee of 498 EUR per year, PDF notice and payment details.",
        why="Directory/register scam (Adressbuchschwindel): a private listing dressed as an official register notice; the small print says it is an offer creating a 36-month contract; payment to a Slovak account; sent through Brevo by a newly registered domain.")
    return m


def a04():
    m = Msg("attack", 4, "de", "sharepoint-freigabe-steuerberater", utc(2026, 10, 31, 22, 14, 38))
    k = P.MsNotify(m, "sharepoint")
    sabine = S("sabine")
    link = "https://brandtpartnerstb-my.sharepoint.com/:b:/g/personal/a_brandt_brandt-partner-stb_de/EZp4Tq1vYkBMm3dWc9x0fJ4BXq7w2KzLr1oN5sHkQeR2Tg?e=Wq8z3K"
    priv = "https://go.microsoft.com/fwlink/?LinkId=521839"
    note = "Sehr geehrte Frau Wendt, anbei der Entwurf des Jahresabschlusses 2025 mit den Anmerkungen zur Prüfung. Bitte bis Mittwoch freigeben, danke!"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;padding:0;background:#faf9f8">\r\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px 12px">\r\n<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #edebe9;font-family:\'Segoe UI\',\'Segoe UI Web (West European)\',-apple-system,Roboto,Helvetica,sans-serif">\r\n'
            '<tr><td style="padding:28px 32px 8px 32px;font-size:20px;color:#242424;font-weight:600">Andrea Brandt hat eine Datei für Sie freigegeben.</td></tr>\r\n'
            '<tr><td style="padding:12px 32px 16px 32px;font-size:14px;color:#424242;border-left:3px solid #0f6cbd;margin-left:32px">' + mime.esc(note) + '</td></tr>\r\n'
            '<tr><td style="padding:8px 32px"><table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%"><tr>'
            '<td style="padding:14px;font-size:14px;color:#242424"><b>Jahresabschluss 2025_Entwurf zur Freigabe.pdf</b></td></tr></table></td></tr>\r\n'
            '<tr><td style="padding:18px 32px 26px 32px"><a href="' + link + '" style="background:#0f6cbd;color:#ffffff;text-decoration:none;padding:10px 22px;font-size:14px;font-weight:600;border-radius:4px">Öffnen</a></td></tr>\r\n'
            '<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#616161">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</td></tr>\r\n'
            '<tr><td style="padding:14px 32px;font-size:11px;color:#616161;border-top:1px solid #edebe9">Microsoft respektiert Ihre Privatsphäre. Lesen Sie unsere Datenschutzbestimmungen unter <a href="' + priv + '" style="color:#616161">' + priv + '</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\r\n</table></td></tr></table>\r\n</body></html>\r\n')
    m.root = mime.text(html, "utf-8", "base64", "html")
    f = Fields(("Andrea Brandt", "no-reply@sharepointonline.com"), [sabine],
               "Andrea Brandt hat \"Jahresabschluss 2025_Entwurf zur Freigabe\" für Sie freigegeben",
               reply_to=[("Andrea Brandt", "a.brandt@brandt-partner-stb.de")])
    k.finish(f, lang="de-DE")
    m.fact("URL", link, "SharePoint link to a PDF in the compromised tenant; the PDF's 'Dokument anzeigen' button leads to an AiTM login page (not part of this message)")
    m.fact("URL", priv, "Microsoft privacy statement")
    m.info = dict(
        what="Genuine SharePoint Online sharing notification: the tax adviser 'shared' the draft 2025 annual accounts with the CFO, short personal note, Saturday 23:14.",
        why="Document-share lure sent from the tax adviser's compromised Microsoft 365 account through Microsoft's own infrastructure (all authentication passes, link points to sharepoint.com); the shared PDF is only a landing page with a button to a credential-phishing (adversary-in-the-middle) site. Clues: Saturday night, generic note, unsolicited file, compare with the expected share in business/04.")
    return m


def a05():
    m = Msg("attack", 5, "de", "mfa-neuregistrierung-qr", utc(2026, 10, 19, 6, 52, 10))
    k = T2.Strato(m, "kessler-hausverwaltung.de", client="thunderbird")
    dennis = S("dennis")
    url = "https://sso-examplegroup.com/mfa/enroll?u=ZGVubmlzLnlpbG1hekBleGFtcGxlLmNvbQ&t=9f41c7"
    plain = p(
        "Hallo Dennis Yilmaz,",
        "",
        "im Rahmen der Sicherheitsumstellung auf Microsoft Authenticator mit Nummernabgleich muss jedes Konto der Example Group bis zum 30.10.2026 neu registriert werden. Konten ohne Neuregistrierung werden ab dem 31.10.2026 für Outlook, Teams und das Kundenportal gesperrt.",
        "",
        "Die Anleitung mit Ihrem persönlichen Registrierungscode finden Sie im Anhang. Bitte scannen Sie den QR-Code mit der Kamera Ihres Diensthandys – die Einrichtung dauert etwa zwei Minuten.",
        "",
        "Bei Fragen wenden Sie sich bitte an den IT-Service.",
        "",
        "Freundliche Grüße",
        "IT-Service | Example Group",
        "",
        "Diese Nachricht wurde automatisch erstellt. Bitte nicht antworten.")
    doc = att.new_pdf(m, "MFA Neuregistrierung", "IT-Service", "Microsoft Word", "Microsoft: Print To PDF", minutes_before=240)
    pg = doc.page()
    pg.rect(0, 0, 595.28, 70, fill=(0.0, 0.36, 0.65))
    pg.text(56, 42, "Example Group · IT-Service", 16, True, (1, 1, 1))
    pg.text(56, 110, "Neuregistrierung Microsoft Authenticator", 18, True)
    pg.text(56, 132, "Persönliche Registrierung für: dennis.yilmaz@example.com", 10.5)
    yy = pg.para(56, 160, 480, "Zur Umstellung auf Multi-Faktor-Authentifizierung mit Nummernabgleich ist eine einmalige Neuregistrierung erforderlich. Ohne Registrierung bis 30.10.2026 wird der Zugang zu Outlook, Teams und dem Kundenportal automatisch gesperrt.", 10.5, leading=15)
    pg.text(56, yy + 14, "So geht's:", 11, True)
    yy = pg.para(56, yy + 32, 300, "1. Kamera-App Ihres Smartphones öffnen\n2. QR-Code scannen\n3. Mit Ihrem Example-Group-Konto anmelden und die Anmeldung in der Authenticator-App bestätigen", 10.5, leading=16)
    pg.qr(qr.encode(url, qr.ECL_M), 380, 300, 150)
    pg.text_center(455, 462, "Registrierungscode scannen", 9, False, (0.3, 0.3, 0.3))
    pg.text(56, 520, "Hinweis: Der Code ist persönlich und 48 Stunden gültig.", 9, False, (0.4, 0.4, 0.4))
    m.expect_qr("MFA_Registrierung_Dennis_Yilmaz.pdf", url, "pdf")
    pdfp = att.pdf(m, doc, "MFA_Registrierung_Dennis_Yilmaz.pdf")
    m.root = mime.multi("mixed", [tb_text(plain)], m.bnd("mixed"), style="thunderbird", preamble="This is a multi-part message in MIME format.")
    m.root.children.append(pdfp)
    f = Fields(("IT-Service | Example Group", "info@kessler-hausverwaltung.de"), [dennis],
               "Pflichtaktion: Neuregistrierung Microsoft Authenticator bis 30.10.2026")
    k.finish(f, client_ip="93.221.48.17", dmarc=("none", None))
    m.fact("URL", url, "QR code in the PDF (phishing page, recipient's address base64-encoded in u=)")
    m.info = dict(
        what="'IT-Service' announces mandatory re-registration of Microsoft Authenticator by 30.10. or lock-out; personal PDF with a QR code to scan with the phone.",
        why="Quishing: the only link is inside a QR code in a PDF (invisible to URL scanners, pushes the victim to an unmanaged phone). Sent from a compromised property-management mailbox at Strato (kessler-hausverwaltung.de) with the display name 'IT-Service | Example Group'; points to the look-alike sso-examplegroup.com. The genuine IT notice (business/05) is internal and points to aka.ms/mfasetup.")
    return m


def a06():
    m = Msg("attack", 6, "de", "klinikum-aktenauslieferung-aussenlager", utc(2026, 11, 5, 7, 44, 19))
    k = T2.Ionos(m, "klinikum-erftau.de", client="outlook16")
    anja = S("anja")
    boxes = ["EKE-PA-0%05d" % n for n in (41207, 41208, 41209, 41215, 41216, 41230, 41231, 41232, 41240, 41241, 41242, 41243,
                                          41250, 41251, 41252, 41260, 41261, 41262, 41263, 41270, 41271, 41272, 41280, 41281,
                                          41282, 41283, 41290, 41291, 41292, 41300, 41301, 41302, 41310, 41311, 41312, 41313, 41320, 41321)]
    plain = p(
        "Sehr geehrte Frau Roth,",
        "",
        "wie telefonisch mit Ihrem Kundenservice besprochen, ziehen wir im Zuge der Sanierung von Haus C die Patientenakten der Stationen 3 und 4 (Jahrgänge 2012–2016) vorübergehend in unser Außenlager in Dormagen. Die Prüfung durch den Medizinischen Dienst findet dort statt.",
        "",
        "Bitte liefern Sie die 38 Archivkartons aus der beigefügten Liste am Montag, 09.11.2026, zwischen 8:00 und 12:00 Uhr an folgende Adresse:",
        "",
        "Logistikzentrum Dormagen-Nord, Halle 7, Tor 3",
        "Robert-Bosch-Straße 22, 41541 Dormagen",
        "Ansprechpartner vor Ort: Herr Kowalski (Spedition), Tel. +49 1577 3924418",
        "",
        "Eine Auftragsbestätigung über das Kundenportal ist nicht nötig, die Kostenübernahme ist durch unsere Verwaltungsleitung freigegeben. Bitte bestätigen Sie mir kurz den Termin per Mail, da das Portal bei uns seit dem Update gestern nicht erreichbar ist.",
        "",
        "Vielen Dank und freundliche Grüße",
        "",
        "Birgit Lorenz",
        "Patientenaktenarchiv / Medizincontrolling",
        "Evangelisches Klinikum Erftaue gGmbH",
        "Erftstraße 85 · 41515 Grevenbroich",
        "Tel. +49 2181 600-4417",
        "b.lorenz@klinikum-erftaue.de")
    ol = ol_alt(m, plain, cs="windows-1252", lang="DE")
    ol.children[0].style = "default"
    ol.children[1].style = "default"
    xl = att.xlsx(m, "Aktenanforderung_KW45_Station3-4.xlsx",
                  [("Anforderung", [["Nr.", "Barcode Karton", "Inhalt", "Jahrgang", "Station"]] +
                    [[i + 1, b, "Patientenakten stationär", 2012 + (i % 5), "3" if i < 19 else "4"] for i, b in enumerate(boxes)])],
                  author="Lorenz, Birgit", widths=[6, 18, 28, 10, 9])
    m.root = mime.multi("mixed", [ol, xl], m.bnd("mixed"))
    f = Fields(("Lorenz, Birgit", "b.lorenz@klinikum-erftau.de"), [anja],
               "Aktenanforderung Station 3/4 – Auslieferung an Außenlager Dormagen am 09.11.", hcs="windows-1252", henc="Q")
    k.finish(f, client_ip="79.243.117.85", lang="de")
    m.fact("Phone", "+49 1577 3924418", "'forwarder' on site (mobile)")
    m.fact("Phone", "+49 2181 600-4417", "copied signature of the real customer contact")
    m.info = dict(
        what="Customer 'hospital archive' asks to deliver 38 boxes of patient records (listed by barcode in an XLSX) to an outside warehouse in Dormagen on Monday, no portal order, confirm by mail.",
        why="Records-theft attempt against the storage business: sender domain klinikum-erftau.de is a look-alike of the customer klinikum-erftaue.de (registered at IONOS, SPF/DKIM pass for the fake domain); delivery to a third-party address and a mobile number, bypasses the customer portal and the authorised-requester check. The real retrieval request (business/06) comes from klinikum-erftaue.de through Hornetsecurity with a portal order.")
    return m


def a07():
    m = Msg("attack", 7, "de", "lieferant-zahlungserinnerung-girocode", utc(2026, 12, 8, 9, 21, 44))
    k = T2.Zoho(m, "lieferant-gmbh.com")
    jana = S("jana")
    lt = "LT033250048219376105"
    payload = docs.epc("REVOLT21", "Lieferant GmbH", lt, 4129.30, "RE 2026-11287 KD 10472")
    plain = p(
        "Sehr geehrte Damen und Herren,",
        "",
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die unten genannte Rechnung noch offen ist. Sicher handelt es sich um ein Versehen.",
        "",
        "Rechnung 2026-11287 vom 09.11.2026 – Wartungspauschale Q4/2026 Schredderlinien 1 und 2",
        "Betrag: 4.129,30 EUR, fällig seit 23.11.2026",
        "",
        "Bitte beachten Sie unsere seit 01.12.2026 geänderte Bankverbindung (siehe unser Schreiben vom November). Zahlungen auf die frühere Verbindung bei der Volksbank können nicht mehr zugeordnet werden. Zur Vereinfachung finden Sie auf der beigefügten Rechnungskopie einen GiroCode für Ihre Banking-App.",
        "",
        "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Buchhaltung",
        "Lieferant GmbH",
        "Carl-Benz-Straße 17, 74074 Heilbronn")
    html = "<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + "".join(
        "<div>%s</div>" % (mime.esc(l) if l else "<br>") for l in plain.split("\n")) + "</div>\r\n"
    alt = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    inv = docs.invoice(
        m, "Rechnungskopie_2026-11287.pdf", seller="Lieferant GmbH", logo_color=(0, 82, 147), logo_text="LIEFERANT",
        seller_lines=LIEF_HEAD,
        buyer=["Example Group GmbH", "Kreditorenbuchhaltung", "Hansastraße 31", "41460 Neuss"], title_word="Rechnung (Kopie)",
        meta=[("Rechnungsnummer", "2026-11287"), ("Rechnungsdatum", "09.11.2026"), ("Kundennummer", "10472"), ("Fällig", "23.11.2026"), ("Ihre USt-IdNr.", "DE230004988")],
        columns=("Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
        items=[("1", "Wartungspauschale Q4/2026 Schredderlinie 1 (HSM-Linie, Inspektion, Verschleißteile)", "1", "1.735,00", "1.735,00"),
               ("2", "Wartungspauschale Q4/2026 Schredderlinie 2", "1", "1.735,00", "1.735,00")],
        totals=[("Netto", "3.470,00 EUR", False), ("USt. 19 %", "659,30 EUR", False), ("Gesamtbetrag", "4.129,30 EUR", True)],
        pay_lines=["Bankverbindung ab 01.12.2026:", "Revolut Bank UAB", "IBAN " + iban_f(lt), "BIC REVOLT21", "Verwendungszweck: RE 2026-11287 KD 10472"],
        qr=payload, qr_caption="GiroCode – mit Banking-App scannen",
        footer=LIEF_FOOTER, title="Rechnung 2026-11287", author="Buchhaltung", creator="Lexware Office", producer="iText 7.2.5")
    m.root = mime.multi("mixed", [alt, inv], m.bnd("mixed"))
    f = Fields(("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.com"), [jana],
               "Zahlungserinnerung Rechnung 2026-11287 – Wartungspauschale Q4")
    k.finish(f, dmarc=("pass", "none"))
    m.fact("IBAN", lt, "Revolut (Lithuania) account presented as the supplier's new account")
    m.fact("Phone", "+49 7131 58930-0", "copied letterhead footer on the fake invoice")
    m.info = dict(
        what="Payment reminder 'from the supplier's accounts department' for a Q4 maintenance invoice, referring to the (real) November bank change; invoice copy with GiroCode.",
        why="Invoice fraud from the look-alike domain lieferant-gmbh.com (real: lieferant-gmbh.de) hosted at Zoho: exploits the genuine bank-change letter of business/01 but names a Lithuanian Revolut IBAN instead of the Kreissparkasse Heilbronn account; the quarterly maintenance invoice is invented.")
    return m


def a08():
    m = Msg("attack", 8, "de", "bewerbung-berufskraftfahrer-zip", utc(2026, 10, 14, 7, 12, 33))
    k = T2.GMX(m, "gmx.de")
    claudia = S("claudia")
    plain = p(
        "Sehr geehrte Damen und Herren,",
        "",
        "hiermit bewerbe ich mich auf Ihre Stellenanzeige als Berufskraftfahrer CE (m/w/d) für die Aktenabholung im Raum Neuss/Düsseldorf, die ich auf Indeed gesehen habe.",
        "",
        "Ich habe den Führerschein CE mit Schlüsselzahl 95, Fahrerkarte und ADR-Schein und bin seit 2017 im Nahverkehr unterwegs, zuletzt mit Wechselbrücken und Ladebordwand. Zuverlässigkeit und ein sorgfältiger Umgang mit vertraulicher Ware sind für mich selbstverständlich.",
        "",
        "Meine Bewerbungsunterlagen (Lebenslauf, Anschreiben, Zeugnisse) habe ich wegen der Datenschutzbestimmungen in ein geschütztes Archiv gepackt.",
        "Das Passwort lautet: 2026",
        "",
        "Ich freue mich auf Ihre Rückmeldung.",
        "",
        "Mit freundlichen Grüßen",
        "Kevin Schäfer",
        "Tel. 0176 48213907")
    inert = ("INERT TEST SAMPLE - this file stands in for a Windows shortcut (.lnk) of the 2026 'Bewerbung' campaigns that would run "
             "powershell/mshta to download a loader. It contains only this text.\r\n").encode()
    z = att.zipfile_part(m, "Bewerbung_Kevin_Schaefer.zip", [
        ("Bewerbung_Kevin_Schaefer/Lebenslauf_Kevin_Schaefer.pdf.lnk", inert),
        ("Bewerbung_Kevin_Schaefer/Anschreiben_Kevin_Schaefer.pdf.lnk", inert),
        ("Bewerbung_Kevin_Schaefer/Zeugnisse_2017-2026.pdf.lnk", inert)], password="2026")
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' + "".join(
        "<div>%s</div>" % (mime.esc(l) if l else "&nbsp;") for l in plain.split("\n")) + "</div></body></html>\r\n")
    m.root = mime.multi("mixed", [mime.text(html, "UTF-8", "quoted-printable", "html"), z], m.bnd("mixed"))
    f = Fields(("Kevin Schäfer", "kevin.schaefer88@gmx.de"), [claudia],
               "Bewerbung als Berufskraftfahrer CE (m/w/d) - Ihre Stellenanzeige auf Indeed")
    k.finish(f, client_ip="88.130.54.212")
    m.fact("Phone", "0176 48213907", "applicant's mobile")
    m.fact("Other", "ZIP password 2026", "password given in the body")
    m.info = dict(
        what="Job application for the truck-driver vacancy from a GMX address; documents in a password-protected ZIP, password in the mail.",
        why="Malware loader: the encrypted ZIP (defeats attachment scanning) contains only .pdf.lnk shortcuts (double extension) instead of documents; classic German 'Bewerbung' campaign against HR. Here the .lnk files are inert text placeholders. The genuine application (business/08) attaches plain PDFs.")
    return m


MESSAGES = [a01, a02, a03, a04, a05, a06, a07, a08]
