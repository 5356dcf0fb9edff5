"""Attack messages, German (01-08)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"


def a01():
    seed = "a01"
    t = local("DE", "2026-11-17 16:42:10")
    rcpt = S["cfo"]["addr"]
    sender = "juergen.koehler@exgrpholding.onmicrosoft.com"
    ch = infra.m365(seed, t, rcpt, mbx="AS8PR04MB8412", region="eurprd04", relay=("EUR05-AM6-obe", "mail-am6eur05on2118", "40.107.22.118"),
                    hub="AM9PR04MB7641", org="exgrpholding.onmicrosoft.com", topic="Vertraulich: Projekt Oliveto", lang="de-DE")
    plain = dd("""
        Frau Weiß,

        sind Sie heute noch im Büro erreichbar? Ich brauche kurzfristig Ihre Unterstützung in einer vertraulichen Angelegenheit.

        Wie Sie wissen, sprechen wir seit dem Sommer mit mehreren Mühlen in Apulien. Mit einem Betrieb bei Andria sind wir inzwischen so weit, dass morgen früh die Exklusivitätsvereinbarung unterschrieben wird. Voraussetzung ist eine Sicherheitsleistung auf das Anderkonto der Kanzlei, die uns in dem Projekt begleitet. Der Betrag muss morgen bis 11 Uhr dort eingegangen sein.

        Bis zur Unterzeichnung und zur Anmeldung beim Kartellamt ist das Projekt streng vertraulich. Bitte sprechen Sie intern mit niemandem darüber, auch nicht mit Herrn Ferrara oder der Buchhaltung in Bari. Die Abwicklung läuft ausschließlich über Sie und mich.

        Herr Rechtsanwalt Dr. Falk Reuter wird sich in Kürze per E-Mail bei Ihnen melden und Ihnen das Escrow-Schreiben mit den Kontodaten schicken. Bitte bestätigen Sie mir kurz, dass Sie die Zahlung heute noch als Eilüberweisung anweisen können, und wie hoch Ihr Tageslimit im Online-Banking aktuell ist.

        Ich sitze bis zum Abend in den Verhandlungen und bin telefonisch nicht erreichbar, bitte nur per Mail.

        Beste Grüße
        Jürgen Köhler
        Geschäftsführer

        Outlook für iOS beziehen<https://aka.ms/o0ukef>
        """)
    body = outlook_alt(plain, bnd("m365", seed, "AS8PR04MB8412"), cs="windows-1252", lang="DE")
    return spec(F, "de", "ceo-fraud-vertrauliche-uebernahme", seed, t, ch,
                frm=addr("Jürgen Köhler", sender, "iso-8859-1"), to=addr("Sabine Weiß", rcpt, "iso-8859-1"),
                rcpt=rcpt, ret=sender, subject="Vertraulich: Projekt Oliveto", body=body, zone="DE",
                what="CEO fraud: 'CEO' asks the CFO for an urgent, secret escrow payment for an acquisition and announces a lawyer.",
                why="External Microsoft 365 trial tenant (exgrpholding.onmicrosoft.com) impersonating the CEO; secrecy, bypass of colleagues and four-eyes, deadline, asks for the daily transfer limit, 'phone not possible', lawyer hand-off – classic BEC/CEO fraud.")


def a02():
    seed = "a02"
    t = local("DE", "2026-11-10 10:37:51")
    rcpt = S["ap"]["addr"]
    sender = "p.lang@lieferant-gmbh.com"
    ch = infra.vps(seed, t, rcpt, "mail.lieferant-gmbh.com", "164.68.121.37", "vmi2284716.contaboserver.net", "lieferant-gmbh.com", "DE")
    new_iban = ids.de_iban("66040018", "418275330")
    plain = dd("""
        Sehr geehrte Frau Schäfer,

        vielen Dank für die OP-Liste, die Beträge stimmen mit unserer Debitorenbuchhaltung überein.

        Wie bereits mit Ihrem Einkauf besprochen, arbeiten wir seit dem 1. November mit einem Factoring-Partner zusammen. Unsere Forderungen aus Lieferungen an die Example Group GmbH wurden im Rahmen dieses Vertrags abgetreten. Zahlungen mit schuldbefreiender Wirkung können daher ab sofort nur noch auf das folgende Treuhandkonto geleistet werden:

        Kontoinhaber: Lieferant GmbH / Treuhandkonto Factoring
        IBAN: %(iban)s
        BIC: COBADEFFXXX
        Bank: Commerzbank AG, Karlsruhe

        Zahlungen auf unsere bisherige Verbindung bei der Sparkasse Karlsruhe werden ab dem 16.11.2026 nicht mehr verbucht und zurücküberwiesen, was leider zu Mahngebühren führen kann.

        Bitte begleichen Sie die fälligen Rechnungen RE-2026-10418 (14.862,40 EUR) und RE-2026-10577 (9.315,00 EUR) noch in dieser Woche auf die neue Verbindung und bestätigen Sie mir die Änderung Ihrer Stammdaten kurz per E-Mail. Wegen Umbauarbeiten in unserem Büro sind wir telefonisch derzeit nur eingeschränkt erreichbar.

        Mit freundlichen Grüßen

        Petra Lang
        Buchhaltung / Debitorenmanagement

        Lieferant GmbH
        Durlacher Allee 118 · 76131 Karlsruhe
        Tel. +49 721 9183-240
        www.lieferant-gmbh.de

        Geschäftsführer: Dipl.-Ing. Rainer Lieferant, Stefan Maier
        Amtsgericht Mannheim HRB 712455 · USt-IdNr. %(vat)s

        Am 09.11.2026 14:12, schrieb Monika Schäfer:
        > Sehr geehrte Frau Lang,
        >
        > anbei unsere Offene-Posten-Liste per 31.10.2026 zum Abgleich. Bitte
        > prüfen Sie die Rechnungen RE-2026-10418 und RE-2026-10577, diese sind
        > bei uns zur Zahlung am 20.11. vorgesehen.
        >
        > Mit freundlichen Grüßen
        > Monika Schäfer
        > Kreditorenbuchhaltung
        > Example Group GmbH
        """) % {"iban": ids.fmt_iban(new_iban), "vat": company.VAT["lieferant"]}
    body = Text(plain, "plain", "UTF-8", "quoted-printable", flowed=True)
    return spec(F, "de", "lieferant-bankverbindung-factoring-lookalike", seed, t, ch,
                frm=addr("Petra Lang", sender), to=addr("Monika Schäfer", rcpt, "UTF-8", "Q"),
                cc="Stefan Maier <s.maier@lieferant-gmbh.com>",
                rcpt=rcpt, ret=sender, subject=subj("AW: Offene Posten per 31.10.2026"), body=body, zone="DE",
                in_reply_to="<%s@EXMBX02.corp.example.com>" % h(seed + "irt", 32, HEX),
                references="<%s@EXMBX02.corp.example.com>" % h(seed + "irt", 32, HEX),
                ibans=[new_iban],
                what="Supplier bank-detail change: 'Lieferant GmbH accounting' claims a factoring assignment and a new trust account, continuing a copied OP-list thread.",
                why="Look-alike domain lieferant-gmbh.com (genuine: lieferant-gmbh.de; the Cc to Stefan Maier is also on the look-alike) sent from a Contabo VPS with Roundcube; new account, deadline, 'phone not available', asks for confirmation by mail only – supplier-impersonation BEC.")


def a03():
    seed = "a03"
    t = local("DE", "2026-10-21 07:05:12")
    rcpt = S["qm"]["addr"]
    dom = "ifs-certification-portal.com"
    ch = infra.sendgrid(seed, t, rcpt, dom, ip="149.72.123.61")
    link = "https://u4821370.ct.sendgrid.net/ls/click?upn=u001.%s-2BifsdB%s" % (h(seed + "l", 90, ALNUM), h(seed + "l2", 40, ALNUM))
    plain = dd("""
        IFS Database – Benachrichtigung

        Sehr geehrte Frau Neumann,

        für Ihren Standort

        Example Group GmbH, Mannheim (COID 48213)
        Standard: IFS Food Version 8
        Zertifizierungsstelle: Nordcert Lebensmittel GmbH

        wurde der Auditbericht zum Audit vom 29.09.2026 in der IFS Database hochgeladen.

        Nach den geänderten Doctrine-Regeln muss der Zertifikatsinhaber den Bericht innerhalb von 5 Werktagen in der Database bestätigen. Ohne Bestätigung wird das Zertifikat vorübergehend mit dem Status "ausgesetzt" veröffentlicht und ist in diesem Zustand auch für Ihre Handelskunden sichtbar.

        Auditbericht ansehen und bestätigen:
        %(link)s

        Bitte melden Sie sich mit Ihrem IFS-Database-Konto an (Benutzername ist Ihre E-Mail-Adresse).

        Mit freundlichen Grüßen
        Ihr IFS Database Team

        IFS Management GmbH · Am Weidendamm 1A · 10117 Berlin
        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        """) % {"link": link}
    paras_ = [
        "Sehr geehrte Frau Neumann,",
        "für Ihren Standort <b>Example Group GmbH, Mannheim (COID 48213)</b>, Standard <b>IFS Food Version 8</b>, Zertifizierungsstelle Nordcert Lebensmittel GmbH, wurde der Auditbericht zum Audit vom 29.09.2026 in der IFS Database hochgeladen.",
        "Nach den geänderten Doctrine-Regeln muss der Zertifikatsinhaber den Bericht innerhalb von <b>5 Werktagen</b> in der Database bestätigen. Ohne Bestätigung wird das Zertifikat vorübergehend mit dem Status &bdquo;ausgesetzt&ldquo; veröffentlicht und ist in diesem Zustand auch für Ihre Handelskunden sichtbar.",
        "Bitte melden Sie sich mit Ihrem IFS-Database-Konto an (Benutzername ist Ihre E-Mail-Adresse).",
    ]
    htm = fill_cs(button_mail("de", "#00539f", "IFS&nbsp;<span style=\"font-weight:300\">Database</span>", "Auditbericht zur Bestätigung bereit",
                              paras_, "Auditbericht ansehen", link,
                              "IFS Management GmbH &middot; Am Weidendamm 1A &middot; 10117 Berlin<br>Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
                              preheader="Audit vom 29.09.2026 – Bestätigung innerhalb von 5 Werktagen erforderlich"), "utf-8")
    htm += '<img src="https://u4821370.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/>\n' % h(seed + "o", 60, ALNUM)
    body = alt(plain, htm, bnd("sendgrid", seed), "utf-8", "quoted-printable")
    return spec(F, "de", "ifs-database-auditbericht-phishing", seed, t, ch,
                frm=addr("IFS Database", "noreply@" + dom), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("IFS Food COID 48213: Auditbericht freigegeben – Bestätigung erforderlich", "utf-8", "Q"),
                body=body, zone="DE",
                what="Credential phishing tailored to the food trade: fake IFS Database notice about an audit report that must be 'confirmed' or the certificate is shown as suspended.",
                why="Sender domain ifs-certification-portal.com is not IFS (ifs-certification.com), sent through a SendGrid account; invented 'doctrine' deadline with retail-visible suspension threat; link (SendGrid-wrapped) leads to a login page for the IFS account.")


def a04():
    seed = "a04"
    t = local("DE", "2026-11-24 13:18:09")
    rcpt = S["ap"]["addr"]
    auth = "buchhaltung@elektro-hauser-gmbh.de"
    ch = infra.cpanel(seed, t, rcpt, "vs212.webhosting-kunden.de", "185.229.44.212", auth, "45.137.22.118", "[127.0.0.1]", "DE",
                      mua="smtp", envelope=auth)
    ch["style"] = "outlook_smtp"
    ch["extra"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
                   ("Content-Language", "de")] + ch["extra"]
    plain = dd("""
        Sehr geehrte Damen und Herren,

        anbei erhalten Sie unsere Rechnung RE-2026-11873 über die Arbeiten an der Unterverteilung Abfülllinie 2 (Auftrag vom 02.11.2026) als elektronische Rechnung im Format XRechnung.

        Die strukturierte Rechnung wird über unser Rechnungsportal bereitgestellt. Zur Anzeige öffnen Sie bitte die angehängte Datei im Browser und melden sich mit Ihrer geschäftlichen E-Mail-Adresse an.

        Rechnungsbetrag: 4.386,11 EUR
        Zahlbar bis: 08.12.2026 ohne Abzug

        Mit freundlichen Grüßen

        Sandra Hauser
        Buchhaltung

        Elektro Hauser GmbH
        Industriestraße 14 · 68219 Mannheim
        Tel. 0621 89 33 71-0
        """)
    page = login_page("de", "XRechnung RE-2026-11873 – Dokument anzeigen", "Microsoft", "#0067b8",
                      "Das Dokument <b>XRechnung_RE-2026-11873.xml</b> ist geschützt. Bestätigen Sie Ihre Identität, um die Rechnung anzuzeigen.",
                      "https://xr-rechnungsportal.com/view/next.php", rcpt,
                      [("email", "login", "E-Mail-Adresse"), ("password", "passwd", "Kennwort")], "Anmelden",
                      "Elektro Hauser GmbH nutzt einen sicheren Dokumentenaustausch. &copy; 2026 Microsoft",
                      hidden=[("doc", "RE-2026-11873"), ("src", "mail")])
    b = bnd("outlook", seed)
    body = Multi("mixed", [outlook_alt(plain, bnd("outlook2", seed), cs="iso-8859-15", lang="DE"),
                           Text(page, "html", "utf-8", "base64", disposition="attachment", filename="XRechnung_RE-2026-11873.html")], b)
    return spec(F, "de", "xrechnung-html-anhang-login", seed, t, ch,
                frm=addr("Elektro Hauser GmbH - Buchhaltung", auth, quote_always=True), to=rcpt, rcpt=rcpt, ret=auth,
                subject=subj("E-Rechnung RE-2026-11873 (XRechnung) - Elektro Hauser GmbH"), body=body, zone="DE",
                what="E-invoicing lure: 'XRechnung' from a (compromised) local electrician's mailbox; the attachment is an HTML login page.",
                why="An XRechnung is an XML file, never an HTML page asking for a login; the attachment is a static Microsoft-styled form with the recipient pre-filled posting the password to xr-rechnungsportal.com; sent by SMTP-AUTH from a foreign VPS (45.137.22.118) through a shared-hosting account.")


def a05():
    seed = "a05"
    t = local("DE", "2026-11-19 07:48:33")
    rcpt = S["hr"]["addr"]
    sender = "dennis.wolf.mhm@gmail.com"
    ch = infra.gmail(seed, t, rcpt, host=("mail-ej1-f48.google.com", "209.85.218.48"))
    new_iban = ids.de_iban("10011001", "270491836")
    plain = dd("""
        Hallo Frau Groß,

        ich habe mein Girokonto gewechselt und würde Sie bitten, mein Gehalt ab der November-Abrechnung auf das neue Konto zu überweisen:

        Kontoinhaber: Dennis Wolf
        IBAN: %s
        BIC: NTSBDEB1XXX (N26)

        Das alte Konto bei der Volksbank wird zum 30.11. aufgelöst, deshalb wäre es wichtig, dass die Änderung noch für diesen Monat klappt.

        Ich bin diese Woche wegen der Staplerschulung in Bari und komme erst nächsten Mittwoch wieder ins Werk, im Mitarbeiterportal finde ich die Stelle zum Ändern der Bankdaten nicht. Reicht Ihnen die Mail so oder brauchen Sie noch etwas von mir? Telefonisch bin ich tagsüber in der Halle leider schlecht erreichbar.

        Viele Grüße
        Dennis Wolf
        Logistik
        """) % ids.fmt_iban(new_iban)
    body = gmail_alt(plain, bnd("gmail", seed))
    return spec(F, "de", "gehaltskonto-aenderung-payroll-diversion", seed, t, ch,
                frm=addr("Dennis Wolf", sender), to=addr("Katrin Groß", rcpt, "UTF-8", "B"), rcpt=rcpt, ret=sender,
                subject=subj("Neue Bankverbindung für mein Gehalt", "UTF-8", "B"), body=body, zone="DE",
                ibans=[new_iban],
                what="Payroll diversion: an 'employee' asks HR to pay his salary into a new neobank account from this month.",
                why="Comes from an unknown Gmail address (Dennis Wolf's known private address is dennis.wolf@gmx.de, see business/05), pressure to change before the payroll run, excuse for being unreachable, avoids the employee portal – classic payroll-diversion BEC.")


def a06():
    seed = "a06"
    t = local("DE", "2026-11-18 06:12:44")
    rcpt = S["sales"]["addr"]
    env = "weingut1@s34.at-webhost.at"
    ch = infra.cpanel(seed, t, rcpt, "s34.at-webhost.at", "91.118.40.34", "weingut1", None, None, "AT", mua="php",
                      envelope=env, php_script="/home/weingut1/public_html/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php")
    url = "https://auth-examplegroup.eu-mfa.com/reg/?u=" + b64url(rcpt)
    png = qr.qr_png(url)
    cid = "qr_%s@mfa" % h(seed + "cid", 10, HEX)
    htm = dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222;">
        <table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;"><tr><td style="padding:22px 26px;">
        <div style="font-size:18px;font-weight:600;color:#0067b8;margin-bottom:14px;">Microsoft 365 &middot; Sicherheitsinformationen</div>
        <p>Hallo Julia,</p>
        <p>für Ihr Konto <b>%(r)s</b> läuft die registrierte Methode für die Multi-Faktor-Authentifizierung am <b>20.11.2026</b> ab. Nach diesem Datum ist keine Anmeldung an Outlook, Teams und SharePoint mehr möglich.</p>
        <p>Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen, um die Registrierung zu erneuern (Dauer ca. 1 Minute):</p>
        <p style="text-align:center;"><img src="cid:%(cid)s" width="186" height="186" alt="QR"></p>
        <p style="font-size:12px;color:#666;">Hinweis: Aus Sicherheitsgründen kann die Registrierung nur über ein Mobilgerät abgeschlossen werden.</p>
        <p>IT-Service Example Group</p>
        </td></tr></table></body></html>
        """) % {"r": rcpt, "cid": cid}
    body = Multi("related", [Text(htm, "html", "utf-8", "base64"),
                             Att(png, "image/png", "mfa.png", cid=cid, disposition="inline")], bnd("php", seed), params='type="text/html"')
    return spec(F, "de", "quishing-m365-mfa-erneuerung", seed, t, ch,
                frm=addr("IT-Service Example Group", "wordpress@weingut-steinberger.at"), to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("Aktion erforderlich: Ihre MFA-Registrierung läuft am 20.11.2026 ab", "utf-8", "B"),
                body=body, zone="AT", extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
                qr=[url],
                what="Quishing: 'IT-Service' tells the employee to renew MFA by scanning a QR code (embedded PNG), no clickable link.",
                why="Display name impersonates internal IT but the mail comes from a compromised Austrian winery WordPress (wp-file-manager connector) via a shared host; QR code points to auth-examplegroup.eu-mfa.com (AiTM login page) with the victim's address base64-encoded; pushes to the phone to avoid URL scanning; internal IT announced the opposite (business/06).")


def a07():
    seed = "a07"
    t = local("DE", "2026-10-27 09:02:18")
    rcpt = S["ap"]["addr"]
    mg = "mg.dghr-register.de"
    ch = infra.mailgun(seed, t, rcpt, mg, ip="159.135.228.17")
    iban = ids.pl_iban("1140000", "0000400218364512")
    pdf = pdfdoc.make_pdf([[
        (56, 780, 15, True, "DGHR Deutsches Gewerbe- und Handelsregister"),
        (56, 764, 9, False, "Datenerfassung & Veröffentlichung · Postfach 10 13 48 · 20009 Hamburg"),
        (56, 720, 10, False, "Example Group GmbH"),
        (56, 706, 10, False, "Industriestraße 40"),
        (56, 692, 10, False, "68169 Mannheim"),
        (360, 720, 10, False, "Aktenzeichen: DG-2026-774513"),
        (360, 706, 10, False, "Registergericht: AG Mannheim HRB 2846"),
        (360, 692, 10, False, "Datum: 27.10.2026"),
        (56, 640, 13, True, "Zahlungsaufforderung / Eintragungsofferte"),
        (56, 610, 10, False, "Erfassung und Veröffentlichung Ihrer Firmendaten im Online-Register www.dghr-register.de"),
        (56, 596, 10, False, "Position 1: Basiseintrag Firmendaten inkl. Branchenzuordnung (Lebensmittel/Öle)      720,00 EUR"),
        (56, 582, 10, False, "Position 2: Veröffentlichung Geschäftsführung und Handelsregisterdaten               240,00 EUR"),
        (56, 562, 10, False, "Nettobetrag                                                                           960,00 EUR"),
        (56, 548, 10, False, "zzgl. 19 % USt.                                                                       182,40 EUR"),
        (56, 530, 11, True, "Zahlbetrag                                                                          1.142,40 EUR"),
        (56, 496, 10, False, "Bitte überweisen Sie den Betrag bis zum 10.11.2026 unter Angabe des Aktenzeichens auf:"),
        (56, 480, 10, True, "IBAN " + ids.fmt_iban(iban) + "   BIC BREXPLPWXXX"),
        (56, 466, 10, False, "Empfänger: DGHR Datenservice · Verwendungszweck: DG-2026-774513"),
        (56, 300, 7, False, "Dies ist ein Angebot zum Abschluss eines Vertrages über die Eintragung in das private Online-Verzeichnis DGHR. Mit Zahlung des Betrages nehmen Sie das"),
        (56, 291, 7, False, "Angebot an. Die Vertragslaufzeit beträgt 3 Jahre, der Betrag wird jährlich im Voraus fällig. Es besteht keine Verbindung zu amtlichen Handelsregistern oder"),
        (56, 282, 7, False, "Registergerichten. Eine Eintragung ist nicht gesetzlich vorgeschrieben. Es gelten die AGB unter www.dghr-register.de/agb."),
    ]], title="Zahlungsaufforderung DG-2026-774513", producer="dompdf 2.0.4 + CPDF", creator="DGHR Datenservice",
        created="D:20261027080110+01'00'")
    plain = dd("""
        Sehr geehrte Damen und Herren,

        zu Ihrer Eintragung im Handelsregister (Amtsgericht Mannheim, HRB 2846) erhalten Sie anbei die Unterlagen zur Erfassung und Veröffentlichung Ihrer Firmendaten.

        Aktenzeichen: DG-2026-774513
        Betrag: 1.142,40 EUR
        Fällig: 10.11.2026

        Bitte leiten Sie das Schreiben an Ihre Buchhaltung weiter und überweisen Sie den Betrag fristgerecht unter Angabe des Aktenzeichens, damit die Veröffentlichung ohne Verzögerung erfolgen kann.

        Mit freundlichen Grüßen

        DGHR Deutsches Gewerbe- und Handelsregister
        Datenerfassung & Veröffentlichung
        """)
    body = Multi("mixed", [Text(plain, "plain", "iso-8859-15", "8bit"),
                           Att(pdf, "application/pdf", "Zahlungsaufforderung_DG-2026-774513.pdf")], bnd("mailgun", seed))
    return spec(F, "de", "register-eintragung-rechnung-fake", seed, t, ch,
                frm=addr("DGHR Register", "service@dghr-register.de"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("Erfassung Ihrer Firmendaten HRB 2846 - Az. DG-2026-774513 - Zahlungsaufforderung"),
                body=body, zone="DE", ibans=[iban], sender="service@dghr-register.de",
                what="Fake register/directory invoice: 'Zahlungsaufforderung' styled like an official register fee; the fine print reveals a 3-year offer for a private directory.",
                why="Deceptive offer disguised as an invoice citing the real HRB number, no prior order, foreign (PL) bank account, Mailgun bulk infrastructure; the small print (offer, 3-year term, no link to official registers) shows the fraud – a well-known German 'Adressbuchschwindel'.")


def a08():
    seed = "a08"
    t = local("DE", "2026-11-13 15:07:26")
    rcpt = S["proc"]["addr"]
    sender = "s.maier@lieferant-gmbh.de"
    ch = infra.m365(seed, t, rcpt, mbx="FR3P281MB1953", region="DEUP281", relay=("DEU01-FR2-obe", "mail-fr2deu01on2104", "40.107.135.104"),
                    hub="FR2P281MB0219", org="lieferant-gmbh.de", topic="Bestellung 4500018734 - Marasca 500 ml, Liefertermin KW 47",
                    lang="de-DE", has_attach=True)
    prev_id = "<%s@EXMBX01.corp.example.com>" % h(seed + "prev", 32, HEX)
    quoted = dd("""
        Von: Markus Vogel <markus.vogel@example.com>
        Gesendet: Donnerstag, 12. November 2026 08:41
        An: Stefan Maier <s.maier@lieferant-gmbh.de>
        Betreff: Bestellung 4500018734 - Marasca 500 ml, Liefertermin KW 47

        Hallo Herr Maier,

        können Sie uns für die Bestellung 4500018734 (38.400 Stk. Marasca 500 ml, antikgrün, Mündung DOP 31,5) den Liefertermin KW 47 bestätigen? Die Abfülllinie 2 ist ab 23.11. für unser Extra Vergine eingeplant.

        Danke und Gruß
        Markus Vogel
        Einkauf / Procurement
        Example Group GmbH
        """)
    plain = dd("""
        Hallo Herr Vogel,

        anbei wie besprochen die geänderte Auftragsbestätigung mit den neuen Lieferterminen sowie die Teilrechnung für die erste Tranche.
        Aus Datenschutzgründen ist das Archiv verschlüsselt.

        Kennwort: AB18734

        Bitte kurz prüfen und bis morgen Mittag freigeben, sonst verlieren wir den Slot bei der Spedition.

        Viele Grüße
        Stefan Maier
        Key Account Management

        Lieferant GmbH
        Durlacher Allee 118 · 76131 Karlsruhe
        Tel. +49 721 9183-115 · Mobil +49 171 4482 907

        """)
    inner = "AB_4500018734_Teilrechnung.pdf.lnk"
    z = zipc.make_zip([(inner, placeholder(inner))], password=b"AB18734", seed=8, dt=(2026, 11, 13, 14, 58, 2))
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "FR3P281MB1953"), cs="iso-8859-1", lang="DE", quoted=quoted),
                           Att(z, "application/x-zip-compressed", "AB_4500018734_Teilrechnung.zip", size=True)],
                 bnd("m365att", seed, "FR3P281MB1953"))
    return spec(F, "de", "thread-hijack-lieferant-zip-passwort", seed, t, ch,
                frm=addr("Stefan Maier", sender), to=addr("Markus Vogel", rcpt), rcpt=rcpt, ret=sender,
                subject="AW: Bestellung 4500018734 - Marasca 500 ml, Liefertermin KW 47", body=body, zone="DE",
                in_reply_to=prev_id, references=prev_id, zip_pwd="AB18734",
                what="Thread hijack from the genuinely compromised mailbox of the bottle supplier: reply in a real order thread with an encrypted ZIP 'order confirmation + invoice'.",
                why="Sent from Lieferant's real Microsoft 365 tenant, but the attachment is a ZipCrypto archive whose only file is a Windows shortcut disguised as PDF (AB_…pdf.lnk), password in the same mail to defeat scanning; the supplier normally sends plain PDFs (business/04); time pressure – malware delivery via hijacked conversation.")


def messages():
    return [a01(), a02(), a03(), a04(), a05(), a06(), a07(), a08()]
