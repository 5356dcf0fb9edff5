"""German attack messages 01-08."""
import base64

from lib import *
import facts as F

LIEF_M365 = dict(region="DEUP281", srv="FR2P281MB", eop=("DEU01", "FR2", "fr2deu01"), lang="de-DE")

SIG_PLANG = """Petra Lang
Debitorenmanagement / Vertriebsinnendienst

Lieferant GmbH
Chemikalien und Dosiertechnik für die Wasseraufbereitung
Daimlerring 17 · 31135 Hildesheim
Tel. +49 5121 99870-24 · Fax +49 5121 99870-99
p.lang@lieferant-gmbh.de · www.lieferant-gmbh.de

Sitz der Gesellschaft: Hildesheim · Amtsgericht Hildesheim HRB 201874
Geschäftsführer: Dr. Henning Roloff, Martina Busch"""


def m01():
    slug = "ceo-fraud-vertrauliche-transaktion"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 15, 16, 42, 8)
    snd = "matthias.goertz.vorstand@outlook.de"
    p = infra.outlook_com(r, t, snd, S("ap1")[1])
    text = """Hallo Herr Weiß,

sind Sie heute noch im Haus? Ich sitze bis zum Abend in vertraulichen Gesprächen zur Übernahme der Betriebsführung einer kommunalen Kläranlage in Nordrhein-Westfalen und bin telefonisch nicht erreichbar.

Im Rahmen der Transaktion muss heute noch eine Sicherheitsleistung an die Kanzlei angewiesen werden, die das Treuhandkonto verwaltet. Frau Krüger ist grundsätzlich informiert, aber heute nicht im Haus. Bis zur Veröffentlichung gilt eine strikte Verschwiegenheitsvereinbarung – bitte sprechen Sie intern mit niemandem darüber, auch nicht mit Ihrem Team.

Ich schreibe Ihnen von meiner privaten Adresse, weil mein Laptop gerade keine VPN-Verbindung bekommt. Bitte antworten Sie nur auf diese E-Mail.

Können Sie heute noch eine Echtzeitüberweisung über 248.600,00 EUR ausführen? Die Zahlungsdaten der Kanzlei schicke ich Ihnen, sobald Sie mir kurz bestätigen, dass Sie es erledigen können.

Danke für Ihre Diskretion.

Beste Grüße
Matthias Görtz

Von Outlook für iOS<https://aka.ms/o0ukef> gesendet"""
    html = html_simple(text, "windows-1252", style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)")
    body = alt(p, text, html, "windows-1252", "quoted-printable")
    return Mail(1, "de", slug, A, p, ("Matthias Görtz", snd), [S("ap1")], "Vertrauliche Angelegenheit – heute noch", body,
                what="CEO fraud: 'Matthias Görtz' (CEO display name) from a private Outlook.com address asks AP team lead to wire 248,600 EUR today for a confidential acquisition.",
                why="Staff display name on external consumer mailbox (outlook.de), secrecy ('speak to nobody, not your team'), reply only here, urgency and a same-day instant transfer to an unnamed 'law firm escrow' outside the SAP approval workflow; classic BEC opener.")


def m02():
    slug = "lieferant-bankverbindung-lookalike"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 3, 10, 17, 44)
    snd = "p.lang@lieferant-gmhb.de"
    rcpt = S("ap2")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.lieferant-gmhb.de", "static.17.142.99.88.clients.your-server.de",
                  "88.99.142.17", mailer="outlook-forged", submit_ip="185.213.154.71")
    text = """Sehr geehrte Frau Böhm,

im Zuge der Umstellung unseres Zahlungsverkehrs auf das Cash-Management unserer neuen Muttergesellschaft ändert sich unsere Bankverbindung mit sofortiger Wirkung. Bitte hinterlegen Sie für alle offenen und künftigen Zahlungen ausschließlich die folgende Verbindung:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE, Berlin
IBAN: %s
BIC: %s

Die bisherige Verbindung bei der Sparkasse Hildesheim Goslar Peine wird zum 06.11.2026 aufgelöst; Zahlungen dorthin werden ab diesem Datum zurückgebucht.

Die Rechnungen RE-2026-10482 (18.426,30 EUR) und RE-2026-10517 (9.874,12 EUR) sind bereits fällig. Wir bitten um Ausgleich bis Freitag auf das neue Konto, damit die Lieferungen für KW 46 nicht durch die Umstellung verzögert werden. Das unterschriebene Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang.

Wegen der Migration unserer Telefonanlage sind wir diese Woche telefonisch nur eingeschränkt erreichbar. Bitte bestätigen Sie mir die Änderung kurz per E-Mail.

Mit freundlichen Grüßen

%s""" % (iban_fmt(F.LIEF_IBAN_FRAUD), F.LIEF_BIC_FRAUD, SIG_PLANG.replace("p.lang@lieferant-gmbh.de", "p.lang@lieferant-gmbh.de"))
    html = html_outlook(text, "windows-1252")
    pdf = simple_pdf("Mitteilung Bankverbindung", [
        "# Lieferant GmbH",
        "Daimlerring 17 · 31135 Hildesheim",
        "",
        "Example Group AG",
        "Kreditorenbuchhaltung",
        "Vahrenwalder Straße 210",
        "30179 Hannover",
        "",
        "Hildesheim, 02.11.2026",
        "",
        "## Mitteilung über die Änderung unserer Bankverbindung",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "wir teilen Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung ändert.",
        "Bitte leisten Sie sämtliche Zahlungen ab sofort ausschließlich auf folgendes Konto:",
        "",
        "**Kontoinhaber: Lieferant GmbH",
        "**Kreditinstitut: Solaris SE",
        "**IBAN: " + iban_fmt(F.LIEF_IBAN_FRAUD),
        "**BIC: " + F.LIEF_BIC_FRAUD,
        "",
        "Zahlungen auf unsere bisherige Verbindung können nicht mehr gutgeschrieben werden.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Dr. Henning Roloff              Martina Busch",
        "Geschäftsführer                   Geschäftsführerin",
        "",
        "Lieferant GmbH · Amtsgericht Hildesheim HRB 201874 · USt-IdNr. " + F.LIEF_USTID,
    ], author="Petra Lang", created=pdfdate(plus(t, -86400)))
    body = mixed(p, alt(p, text, html, "windows-1252", "quoted-printable"),
                 [att(p, pdf, "Bankverbindung_Lieferant_GmbH_2026.pdf")])
    return Mail(2, "de", slug, A, p, ("Petra Lang", snd), [S("ap2")],
                "Änderung unserer Bankverbindung – Lieferant GmbH", body,
                what="Supplier bank-detail change 'from Petra Lang, Lieferant GmbH' on look-alike domain lieferant-gmhb.de (letters swapped) sent from a Hetzner VPS; PDF 'confirmation letter' with a new IBAN at a fintech bank.",
                why="Look-alike domain (gmhb vs gmbh), forged Outlook X-Mailer on a rented server, immediate change with threat of returned payments, pressure to pay two due invoices by Friday, discourages phone verification ('telephone system migration'); the new account is at a different institution than the known Sparkasse account.")


def m03():
    slug = "thread-hijack-lieferant-html-login"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 2, 7, 52, 19)
    snd = "s.maier@lieferant-gmbh.de"
    rcpt = S("proc")[1]
    p = infra.m365(r, t, snd, rcpt, **LIEF_M365)
    t_prev1 = local("CET", 2026, 10, 27, 9, 14, 2)
    t_prev2 = local("CET", 2026, 10, 27, 11, 38, 40)
    mid1 = prev_mid("exchange_internal", slug + "1", t_prev1, S("proc")[1])
    mid2 = prev_mid("m365", slug + "2", t_prev2, snd, **LIEF_M365)
    text = """Guten Morgen Herr Düring,

anbei wie besprochen der Lieferschein und die korrigierte Rechnung zur Lieferung vom 29.10. an das Klärwerk Nord.

Aufgrund einer neuen Sicherheitsrichtlinie unserer IT werden Dokumente mit Preisangaben nur noch geschützt bereitgestellt. Bitte öffnen Sie die angehängte Datei und melden Sie sich mit Ihrem Example-Group-Konto an, damit das Dokument für Sie freigeschaltet wird. Anschließend können Sie es wie gewohnt an Ihre Kreditorenbuchhaltung weiterleiten.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager Kommunen

Lieferant GmbH
Daimlerring 17 · 31135 Hildesheim
Tel. +49 5121 99870-31 · Mobil +49 171 4482196
s.maier@lieferant-gmbh.de · www.lieferant-gmbh.de

""" + outlook_quote("de", "Stefan Maier <s.maier@lieferant-gmbh.de>", "Dienstag, 27. Oktober 2026 11:38",
                    "Frank Düring <frank.duering@example.com>", "AW: Lieferabruf FeClSO4 40 % – KW 44 – Klärwerk Nord") + """
Hallo Herr Düring,

die 24 t Eisen(III)-chloridsulfat 40 % für das Klärwerk Nord sind für Donnerstag, 29.10., ab 07:00 Uhr eingeplant. Der Tankzug kommt wie immer über Ferretti, der Fahrer meldet sich eine Stunde vorher an der Pforte.

Viele Grüße
Stefan Maier

""" + outlook_quote("de", "Frank Düring <frank.duering@example.com>", "Dienstag, 27. Oktober 2026 09:14",
                    "Stefan Maier <s.maier@lieferant-gmbh.de>", "Lieferabruf FeClSO4 40 % – KW 44 – Klärwerk Nord") + """
Hallo Herr Maier,

bitte liefern Sie gemäß Rahmenvertrag RV-2025-014 in KW 44 einen Tankzug (ca. 24 t) Eisen(III)-chloridsulfat 40 % an das Klärwerk Nord, Lagertank T2. Bestellnummer 4500187210.

Danke und Gruß
Frank Düring
Einkauf · Example Group AG"""
    text = plainify(text)
    html = html_outlook(text, "iso-8859-1")
    page = attach.login_page("de", "Lieferant GmbH – Geschütztes Dokument", "Lieferschein_LS-2026-11873_und_Rechnung_RE-2026-10517.pdf",
                             rcpt, "https://lieferant-docs.pages.dev/api/verify",
                             hidden={"doc": "LS-2026-11873", "ref": "fdue"},
                             heading="Geschütztes Dokument",
                             note="Lieferant GmbH hat ein geschütztes Dokument für Sie freigegeben. Bitte melden Sie sich mit Ihrem Geschäftskonto an.")
    body = mixed(p, alt(p, text, html, "iso-8859-1", "quoted-printable"),
                 [att(p, page.encode("utf-8"), "Lieferschein_LS-2026-11873.htm", "text/html")])
    return Mail(3, "de", slug, A, p, ("Stefan Maier", snd), [S("proc")],
                "AW: Lieferabruf FeClSO4 40 % – KW 44 – Klärwerk Nord", body,
                in_reply_to=mid2, references="%s\n %s" % (mid1, mid2), thread_topic="Lieferabruf FeClSO4 40 % – KW 44 – Klärwerk Nord",
                what="Thread hijack from the genuinely compromised mailbox of Stefan Maier (Lieferant GmbH, real Microsoft 365 tenant): reply in a real delivery thread with an .htm 'delivery note' that is a credential-harvesting sign-in form.",
                why="Attached HTML page is a static Microsoft-style login form that posts the recipient's address and password to lieferant-docs.pages.dev (Cloudflare Pages); 'documents only viewable after signing in with your Example Group account' is not how suppliers send invoices; sent 07:52 on a Monday into an old thread. Authenticates as the real supplier, so only content reveals it.")


def m04():
    slug = "elster-zertifikat-phishing"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 21, 8, 5, 31)
    snd = "noreply@elster-zertifikatsdienst.de"
    p = infra.sendgrid(r, t, snd, S("cfo")[1], "em4821.elster-zertifikatsdienst.de")
    url = "https://mein-elster.zertifikat-verlaengern.de/eportal/login?bzst=%s&u=%s" % (hexs(r, 16), base64.urlsafe_b64encode(S("cfo")[1].encode()).decode().rstrip("="))
    text = """Mein ELSTER – Ihr Online-Finanzamt

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat (Zertifikatsdatei) für das Benutzerkonto

  Example Group AG – Steuerabteilung
  Steuernummer 25/206/04713, Finanzamt Hannover-Nord

läuft am 31.10.2026 ab.

Nach Ablauf ist keine Übermittlung von Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr möglich. Für verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO festgesetzt werden.

Bitte verlängern Sie das Zertifikat rechtzeitig. Halten Sie dazu Ihre bisherige Zertifikatsdatei (.pfx) und die zugehörige PIN bereit:

Zertifikat jetzt verlängern:
%s

Die Verlängerung dauert ca. 3 Minuten. Ein neuer Aktivierungsbrief ist nicht erforderlich.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Bayerisches Landesamt für Steuern – ELSTER, im Auftrag der Steuerverwaltungen der Länder""" % url
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>ELSTER</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:#00457d;padding:18px 28px;color:#ffffff;font-size:22px;font-weight:bold">Mein ELSTER <span style="font-weight:normal;font-size:14px">Ihr Online-Finanzamt</span></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:1.55">
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das <b>Organisationszertifikat</b> (Zertifikatsdatei) für das Benutzerkonto<br>
<b>Example Group AG – Steuerabteilung</b><br>Steuernummer 25/206/04713, Finanzamt Hannover-Nord<br>
läuft am <b style="color:#b00020">31.10.2026</b> ab.</p>
<p>Nach Ablauf ist keine Übermittlung von Umsatzsteuer-Voranmeldungen, Lohnsteuer-Anmeldungen und Zusammenfassenden Meldungen mehr möglich. Für verspätet abgegebene Anmeldungen können Verspätungszuschläge nach § 152 AO festgesetzt werden.</p>
<p>Bitte verlängern Sie das Zertifikat rechtzeitig. Halten Sie dazu Ihre bisherige Zertifikatsdatei (.pfx) und die zugehörige PIN bereit.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#00457d;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold">Zertifikat jetzt verlängern</a></p>
<p>Die Verlängerung dauert ca. 3 Minuten. Ein neuer Aktivierungsbrief ist nicht erforderlich.</p>
<p>Mit freundlichen Grüßen<br>Ihr ELSTER-Team</p>
</td></tr>
<tr><td style="padding:14px 28px;background:#f5f5f5;font-size:11px;color:#666">Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.<br>Bayerisches Landesamt für Steuern – ELSTER, im Auftrag der Steuerverwaltungen der Länder</td></tr>
</table></td></tr></table>
<img src="https://u48213.ct.sendgrid.net/wf/open?upn=%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important">
</body></html>
""" % (url, alnum(r, 60))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(4, "de", slug, A, p, ("ELSTER – Ihr Online-Finanzamt", snd), [S("cfo")],
                "Ihr ELSTER-Organisationszertifikat läuft am 31.10.2026 ab – Verlängerung erforderlich", body,
                what="Tax-office credential phishing: fake ELSTER notice that the company's organisation certificate expires, sent through SendGrid from elster-zertifikatsdienst.de.",
                why="ELSTER is elster.de; the link goes to zertifikat-verlaengern.de and asks for the .pfx certificate file and its PIN (the company's tax-filing identity); deadline and late-filing penalty threat; ELSTER certificates are renewed inside Mein ELSTER and notices arrive in the ELSTER mailbox, not as links from a bulk ESP.")


def m05():
    slug = "quishing-m365-mfa-qr"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 10, 7, 31, 2)
    snd = "info@elektro-hollmann.de"
    rcpt = S("sales")[1]
    p = infra.roundcube(r, t, snd, rcpt, dict(kind="strato", helo="45.134.212.87"), "45.134.212.87")
    url = "https://mfa-examplegroup.com/r/?e=" + base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=") + "&k=" + hexs(r, 8)
    png = qr_png(url, "M", scale=6)
    cid = "%s@elektro-hollmann.de" % hexs(r, 16)
    text = """Sehr geehrte Frau Vogel,

gemäß der neuen Informationssicherheitsrichtlinie (NIS2-Umsetzung) müssen alle Mitarbeitenden ihre Multi-Faktor-Authentifizierung für Microsoft 365 bis zum 13.11.2026 neu registrieren. Konten ohne erneute Registrierung werden nach Ablauf der Frist automatisch gesperrt.

Scannen Sie den QR-Code in der HTML-Ansicht dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.

Mit freundlichen Grüßen
IT-Service
Example Group AG"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p>Sehr geehrte Frau Vogel,</p>
<p>gemäß der neuen Informationssicherheitsrichtlinie (NIS2-Umsetzung) müssen alle Mitarbeitenden ihre <b>Multi-Faktor-Authentifizierung für Microsoft 365</b> bis zum <b>13.11.2026</b> neu registrieren. Konten ohne erneute Registrierung werden nach Ablauf der Frist automatisch gesperrt.</p>
<p>Scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert weniger als zwei Minuten.</p>
<p><img src="cid:%s" alt="QR-Code" width="222" height="222"></p>
<p style="font-size:12px;color:#666">Referenz: MFA-REG-%s · katrin.vogel@example.com</p>
<p>Mit freundlichen Grüßen<br>IT-Service<br>Example Group AG</p>
</body></html>
""" % (cid, digits(r, 6))
    rel = related(p, Text(html, "html", "UTF-8", "quoted-printable"), [inline_png(p, png, "qr.png", cid)])
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable", params=["format=flowed"]), rel], p.boundary("alt"))
    return Mail(5, "de", slug, A, p, ("Example Group IT-Service", snd), [S("sales")],
                "Aktion erforderlich: Microsoft 365 MFA-Neuregistrierung bis 13.11.2026", body,
                what="Quishing: 'Example Group IT-Service' asks for MFA re-registration via an inline QR code; sent through the hijacked webmail (Roundcube/Strato) of an unrelated electrician's business.",
                why="Internal IT display name on an external compromised mailbox (elektro-hollmann.de), QR code (real, decodable) points to look-alike mfa-examplegroup.com with the victim's address base64-encoded (AiTM kit), lockout threat and deadline; QR moves the click to an unmanaged phone.",
                structure_note="QR decodes to " + url, checks={"qr": url})


def m06():
    slug = "fake-register-rechnung"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 16, 11, 4, 51)
    snd = "rechnung@zghv-register.de"
    rcpt = S("ap2")[1]
    p = infra.vps(r, t, snd, rcpt, "vps-4f2a91c3.vps.ovh.net", "vps-4f2a91c3.vps.ovh.net", "51.75.66.214",
                  mailer="phpmailer", own_hop=False)
    p.hdrs = [("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. ZR-2026-448213 für die Eintragung und Veröffentlichung Ihrer Unternehmensdaten

  Example Group AG, Vahrenwalder Straße 210, 30179 Hannover
  Registergericht: Amtsgericht Hannover, HRB 58812

im Zentralen Gewerbe- und Handelsregister-Verzeichnis (ZGHV) für den Eintragungszeitraum 2027 bis 2029.

Rechnungsbetrag: 949,62 EUR (798,00 EUR zzgl. 19 % USt.)
Zahlungsziel: 10 Tage ab Rechnungsdatum

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto. Bei fristgerechter Zahlung ist keine weitere Handlung Ihrerseits erforderlich.

Mit freundlichen Grüßen
Buchhaltung ZGHV
Zentrales Gewerbe- und Handelsregister-Verzeichnis
Friedrichstraße 123 · 10117 Berlin"""
    pdf = simple_pdf("Rechnung ZR-2026-448213", [
        "# ZGHV",
        "Zentrales Gewerbe- und Handelsregister-Verzeichnis",
        "Friedrichstraße 123 · 10117 Berlin",
        "",
        "Example Group AG",
        "Vahrenwalder Straße 210",
        "30179 Hannover",
        "",
        "## RECHNUNG Nr. ZR-2026-448213",
        "Rechnungsdatum: 16.11.2026          Kundennummer: 58812-H",
        "",
        "Eintragung und Veröffentlichung der Firmendaten im ZGHV,",
        "Registergericht: Amtsgericht Hannover, HRB 58812",
        "Eintragungszeitraum: 01.01.2027 – 31.12.2029",
        "",
        "Jahresgebühr Grundeintrag                               798,00 EUR",
        "zzgl. 19 % USt.                                              151,62 EUR",
        "**Gesamtbetrag                                              949,62 EUR",
        "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug auf:",
        "**Empfänger: ZGHV Register s.r.o.",
        "**IBAN: " + iban_fmt(F.REGISTER_IBAN) + "   BIC: " + F.REGISTER_BIC,
        "**Verwendungszweck: ZR-2026-448213",
        "",
        "",
        "Hinweis: Das ZGHV ist ein privates Verzeichnis und steht in keiner Verbindung zum amtlichen",
        "Handelsregister oder zu Registergerichten. Dieses Schreiben ist ein Angebot; durch Zahlung des",
        "Betrages nehmen Sie das Angebot an und erteilen den Auftrag für die Eintragung über 3 Jahre.",
        "Es gelten unsere AGB. Gerichtsstand: Bratislava.",
    ], author="ZGHV", creator="Writer", producer="LibreOffice 7.4", created=pdfdate(t))
    body = mixed(p, Text(text, "plain", "windows-1252", "quoted-printable"),
                 [att(p, pdf, "Rechnung_ZR-2026-448213.pdf")])
    return Mail(6, "de", slug, A, p, ("ZGHV Buchhaltung", snd), [S("ap2")],
                "Rechnung Nr. ZR-2026-448213 – Eintragung Example Group AG, HRB 58812", body,
                what="Fake register 'invoice' (Registerabzocke): 949.62 EUR for an entry in a private 'Zentrales Gewerbe- und Handelsregister-Verzeichnis', paid to a Slovak account; sent via PHPMailer from an OVH VPS.",
                why="Nothing was ordered; looks like an official Handelsregister fee but the small print in the PDF calls it an offer accepted by payment (3-year contract, jurisdiction Bratislava); the official register's fees are charged by the court/Justizkasse, not a private company with a foreign account.")


def m07():
    slug = "payroll-diversion-gmail"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 17, 12, 48, 26)
    snd = "markus.schroeder.hannover@gmail.com"
    p = infra.gmail(r, t, snd, S("hr")[1])
    text = """Hallo Frau Hoffmann,

ich habe mein Gehaltskonto gewechselt und möchte, dass die Novemberabrechnung bereits auf das neue Konto überwiesen wird. Ins Mitarbeiterportal komme ich gerade nicht rein (Passwort abgelaufen, und ich bin die ganze Woche auf den Anlagen unterwegs), deshalb schreibe ich Ihnen von meiner privaten Adresse.

Kontoinhaber: Markus Schröder
IBAN: %s
BIC: REVOLT21

Können Sie mir kurz bestätigen, wenn die Änderung eingetragen ist? Telefonisch ist es heute schlecht, ich bin durchgehend in Besprechungen.

Danke und viele Grüße
Markus Schröder""" % iban_fmt(F.MULE_LT_IBAN)
    body = alt(p, text, html_gmail(text), "UTF-8", "quoted-printable")
    return Mail(7, "de", slug, A, p, ("Markus Schröder", snd), [S("hr")], "Neue Bankverbindung für Gehalt", body,
                what="Payroll diversion: 'Markus Schröder' (head of operations) writes from a Gmail address asking HR to pay the November salary to a new Revolut (LT) account.",
                why="Staff name on a free mailer, excuse for not using the HR portal, request to confirm by e-mail, avoids phone contact, new foreign neobank account just before the payroll run – standard payroll-diversion BEC.")


def m08():
    slug = "bewerbung-passwort-zip"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 22, 9, 12, 40)
    snd = "jana.krause.bewerbung@web.de"
    p = infra.gmx(r, t, snd, S("hr")[1], "91.64.118.203", web="webde")
    text = """Sehr geehrte Frau Hoffmann,

mit großem Interesse habe ich Ihre Stellenanzeige für eine Fachkraft für Abwassertechnik (m/w/d) gelesen und bewerbe mich hiermit auf diese Position.

Nach meiner Ausbildung zur Fachkraft für Abwassertechnik und mehreren Jahren im Schichtbetrieb einer kommunalen Kläranlage (Ausbaugröße ca. 120.000 EW) bringe ich Erfahrung in Prozessleittechnik, Probenahme und Eigenkontrolle nach EKVO mit.

Meine Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. Da die Unterlagen persönliche Daten enthalten, habe ich das Archiv mit einem Passwort geschützt.

Passwort: Bewerbung2026

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Jana Krause"""
    html = html_simple(text, "UTF-8", style="font-family: Verdana;font-size: 12.0px;")
    z = zip_crypto([("Bewerbungsunterlagen_Jana_Krause.pdf.exe", attach.placeholder("x"))], "Bewerbung2026", r,
                   date_time=(2026, 10, 22, 8, 55, 12))
    body = mixed(p, alt(p, text, html, "UTF-8", "quoted-printable"),
                 [att(p, z, "Bewerbungsunterlagen_Jana_Krause.zip", "application/zip")])
    return Mail(8, "de", slug, A, p, ("Jana Krause", snd), [S("hr")],
                "Bewerbung als Fachkraft für Abwassertechnik (m/w/d)", body,
                what="Malware-delivery job application: web.de sender, password-protected ZIP (ZipCrypto, password in the body) containing 'Bewerbungsunterlagen_Jana_Krause.pdf.exe' (inert placeholder).",
                why="Encrypted archive with the password in the mail defeats scanning; double extension .pdf.exe inside; generic text with no reference to a real posting number; classic German HR-targeted loader lure (real applicants send PDFs or use the portal).",
                structure_note="ZIP password 'Bewerbung2026' → Bewerbungsunterlagen_Jana_Krause.pdf.exe",
                checks={"zip_password": "Bewerbung2026"})


def build():
    return [m01(), m02(), m03(), m04(), m05(), m06(), m07(), m08()]
