"""German business messages 01-08."""
import banking as bk
import files
import infra as I
import qr
from attacks_de import THREAD_DE
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

LIEF_IBAN = bk.iban("DE", "48050161" + "0072019948")        # Sparkasse Bielefeld
LIEF_IBAN_NEW = bk.iban("DE", "47860125" + "0041182700")    # Volksbank Bielefeld-Gütersloh
RRN_IBAN = bk.iban("DE", "36040039" + "0412778100")         # Commerzbank Essen
LIEF_FOOTER = ("Lieferant GmbH | Messtechnik & Zählerplatzsysteme\n"
               "Gewerbepark Ost 12 | 33699 Bielefeld | Tel. 0521 98765-0\n"
               "Amtsgericht Bielefeld HRB 40711 | USt-IdNr. DE284517703 | Geschäftsführer: Klaus Tegeler\n")


def lieferant_rec(ids, t, rcpt, client_helo, client_rdns, client_ip, auth=True):
    return [
        I.mx(ids, "mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "85.214.132.117", rcpt, plus(t, 2)),
        I.postfix(ids, "mail.lieferant-gmbh.de", client_helo, client_rdns, client_ip, plus(t, 1), tls="1.2", auth=auth),
    ]


def b01():
    m = Mail("business", 1, "de", "lieferant-rechnung-girocode")
    ids = m.ids
    t = T("2026-11-02 14:05:11")
    rcpt = "rechnungseingang@example.com"
    rec = lieferant_rec(ids, t, rcpt, "erp01.lieferant.local", None, "192.168.10.20")
    amount = 23669.10
    epc = qr.epc_payload("Lieferant GmbH", LIEF_IBAN, amount, "RE-2026-10611 Kd 20417", bic="SPBIDE3BXXX")
    png = qr.qr_png(epc, "M", scale=4)
    plain = (
        "Sehr geehrte Damen und Herren,\n\n"
        "anbei erhalten Sie unsere Rechnung RE-2026-10611 vom 02.11.2026 über 23.669,10 EUR für die "
        "Lieferung von 120 Smart-Meter-Gateways (Lieferschein LS-2026-8812, Ihre Bestellung 4500318842).\n\n"
        "Zahlbar innerhalb von 30 Tagen netto bis zum 02.12.2026, bei Zahlung bis zum 16.11.2026 mit 2 %% "
        "Skonto. Für die Zahlung mit Ihrer Banking-App können Sie den GiroCode auf der Rechnung bzw. im "
        "Anhang verwenden.\n\n"
        "Unsere Bankverbindung: Sparkasse Bielefeld, IBAN %s, BIC SPBIDE3BXXX\n\n"
        "Diese E-Mail wurde automatisch erstellt. Bei Rückfragen zur Rechnung erreichen Sie unsere "
        "Buchhaltung unter 0521 98765-40 oder rechnungen@lieferant-gmbh.de.\n\n"
        "Mit freundlichen Grüßen\nIhre Buchhaltung\n\n" % bk.fmt_iban(LIEF_IBAN)) + LIEF_FOOTER
    pdfb = files.pdf([
        "# Rechnung RE-2026-10611",
        "Rechnungsdatum: 02.11.2026     Kundennummer: 20417     Ihre Bestellung: 4500318842",
        "Lieferschein: LS-2026-8812 vom 30.10.2026     Lieferadresse: Lager Gelsenkirchen",
        "",
        "Example Group SE, Kreditorenbuchhaltung, Huttropstraße 60, 45138 Essen",
        "",
        "## Pos.  Menge  Artikel                                              Einzelpreis      Gesamt",
        "1       120    Smart-Meter-Gateway SMGW-L2 (BSI-zertifiziert)          161,50 EUR   19.380,00 EUR",
        "2       120    Konfiguration und Zertifikatsbereitstellung               4,25 EUR      510,00 EUR",
        "Summe netto                                                                       19.890,00 EUR",
        "zzgl. 19 % USt.                                                                    3.779,10 EUR",
        "## Rechnungsbetrag                                                                23.669,10 EUR",
        "",
        "Zahlbar bis 02.12.2026 ohne Abzug, bis 16.11.2026 abzüglich 2 % Skonto.",
        "Sparkasse Bielefeld  IBAN " + bk.fmt_iban(LIEF_IBAN) + "  BIC SPBIDE3BXXX",
        "",
        "Lieferant GmbH | Gewerbepark Ost 12 | 33699 Bielefeld | HRB 40711 AG Bielefeld | USt-IdNr. DE284517703",
    ], title="Rechnung RE-2026-10611", author="Lieferant GmbH", creator="SAP Business One 10.0",
        producer="Crystal Reports", created="20261102150400+01'00'",
        header=["Lieferant GmbH", "Gewerbepark Ost 12", "33699 Bielefeld"])
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-1", "quoted-printable"),
        attach(pdfb, "application/pdf", "RE-2026-10611.pdf"),
        attach(png, "image/png", "GiroCode_RE-2026-10611.png"),
    ], "----=_Part_%d_%d" % (ids.r.randrange(10 ** 5), ids.r.randrange(10 ** 9)))
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", "Lieferant GmbH Buchhaltung <rechnungen@lieferant-gmbh.de>"),
        ("To", rcpt),
        ("Message-ID", "<RE-2026-10611.%s@erp01.lieferant.local>" % ids.hex(10)),
        ("Subject", hval("Rechnung RE-2026-10611 – Lieferant GmbH – Kd.-Nr. 20417", "iso-8859-1", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "SAP Business One 10.0 (FP 2405)"),
    ]
    return m.finish("<rechnungen@lieferant-gmbh.de>", rec, hs, body,
        "Supplier invoice: Lieferant GmbH's ERP sends invoice RE-2026-10611 (120 smart-meter gateways) with PDF and GiroCode (EPC QR) PNG",
        "Real supplier domain and mail server, ERP-generated, matches PO and delivery note, pays to the long-known Sparkasse Bielefeld account; the EPC QR is a legitimate payment convenience.", structure_note="PNG is an EPC069-12 GiroCode for EUR 23,669.10 to the known Sparkasse account")


def b02():
    m = Mail("business", 2, "de", "lieferant-neue-bankverbindung-angekuendigt")
    ids = m.ids
    t = T("2026-12-01 10:22:37")
    ap = S("ap")
    rec = lieferant_rec(ids, t, ap.email, "PC-BUHA02", "p5b0c4e21.dip0.t-ipconnect.de", "91.12.78.33")
    plain = (
        "Sehr geehrte Frau Brückner,\n\n"
        "wie bereits im Jahresgespräch mit Herrn Deubel angekündigt, wechseln wir zum 01.01.2027 unsere "
        "Hausbank. Ab diesem Datum bitten wir Sie, Zahlungen auf folgendes Konto zu leisten:\n\n"
        "Kontoinhaber: Lieferant GmbH (unverändert)\n"
        "Bank: Volksbank Bielefeld-Gütersloh eG\n"
        "IBAN: %s\n"
        "BIC: GENODEM1GTL\n\n"
        "Das bisherige Konto bei der Sparkasse Bielefeld bleibt bis zum 31.03.2027 bestehen; bis dahin "
        "eingehende Zahlungen werden selbstverständlich zugeordnet. Offene Rechnungen bis zum 31.12.2026 "
        "zahlen Sie bitte wie gewohnt auf das Sparkassenkonto.\n\n"
        "Das von unserer Geschäftsführung unterschriebene Schreiben finden Sie im Anhang; das Original "
        "geht Ihnen zusätzlich per Post zu. Bitte verifizieren Sie die neue Bankverbindung vor der "
        "Umstellung telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung "
        "(0521 98765-40) – wir bitten ausdrücklich darum, Stammdaten nicht allein aufgrund einer E-Mail "
        "zu ändern.\n\n"
        "Mit freundlichen Grüßen\n\nSandra Köster\nFinanzbuchhaltung\n\n" % bk.fmt_iban(LIEF_IBAN_NEW)) + LIEF_FOOTER
    html = html_doc('<div class="WordSection1" style="font-family:Arial,sans-serif;font-size:10pt">%s</div>' % "".join(
        "<p>%s</p>" % p.replace("&", "&amp;").replace("\n", "<br>") for p in plain.strip().split("\n\n")), "DE")
    pdfb = files.pdf([
        "Example Group SE",
        "Kreditorenbuchhaltung",
        "Huttropstraße 60",
        "45138 Essen",
        "",
        "Bielefeld, 30.11.2026",
        "",
        "## Änderung unserer Bankverbindung zum 01.01.2027",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "zum 01.01.2027 wechselt die Lieferant GmbH ihre Hausbank. Bitte leisten Sie Zahlungen ab diesem Datum auf:",
        "",
        "Kontoinhaber: Lieferant GmbH",
        "Volksbank Bielefeld-Gütersloh eG",
        "IBAN: " + bk.fmt_iban(LIEF_IBAN_NEW) + "    BIC: GENODEM1GTL",
        "",
        "Das bisherige Konto bei der Sparkasse Bielefeld (IBAN " + bk.fmt_iban(LIEF_IBAN) + ")",
        "bleibt bis zum 31.03.2027 bestehen. Bitte bestätigen Sie die Änderung telefonisch unter 0521 98765-40.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "gez. Klaus Tegeler, Geschäftsführer          gez. Sandra Köster, Finanzbuchhaltung",
    ], title="Änderung Bankverbindung", author="S. Köster", creator="Microsoft Word für Microsoft 365",
        producer="Microsoft Word für Microsoft 365", created="20261130164500+01'00'",
        header=["Lieferant GmbH", "Gewerbepark Ost 12", "33699 Bielefeld", "Tel. 0521 98765-0"])
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable", quote=True),
            html_text(html, "windows-1252", "quoted-printable"), ids.b_outlook(None, 1)),
        attach(pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_2027.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Lieferant GmbH Buchhaltung" <rechnungen@lieferant-gmbh.de>'),
        ("To", addr("Monika Brückner", ap.email, "iso-8859-1", "Q")),
        ("Cc", "\"Stefan Maier\" <s.maier@lieferant-gmbh.de>,\n\t\"Deubel, Frank\" <frank.deubel@example.com>"),
        ("Subject", hval("Neue Bankverbindung ab 01.01.2027 – bitte telefonisch verifizieren", "windows-1252", "Q")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp("lieferant-gmbh.de")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "de"),
    ]
    return m.finish("<rechnungen@lieferant-gmbh.de>", rec, hs, body,
        "Genuine bank-detail change: Lieferant GmbH announces its new Volksbank account from 01.01.2027, signed letter attached, asks for phone verification",
        "Real domain and mail server, sent from the supplier's office line (Deutsche Telekom dial-up rDNS) with its usual Outlook; same account holder, German bank, long lead time, old account stays open, announced earlier to procurement (cc), explicitly asks to verify by phone at the known number.")


def b03():
    m = Mail("business", 3, "de", "ceo-dringende-zahlung-intern")
    ids = m.ids
    t = T("2026-10-14 08:47:26")
    cfo, ap, ceo = S("cfo"), S("ap"), S("ceo")
    rec = I.internal_chain(ids, cfo.email, t)
    plain = (
        "Katrin,\n\n"
        "bitte sorge dafür, dass die Sicherheitsleistung für den Netzanschluss des Batteriespeichers "
        "Gelsenkirchen-Scholven heute noch an Rhein-Ruhr Netz rausgeht. Laut Netzanschlusszusage verfällt "
        "die reservierte Anschlusskapazität (18 MW), wenn die Zahlung nicht bis morgen, 15.10., bei RRN "
        "eingegangen ist.\n\n"
        "Betrag: 212.000,00 EUR, Zahlungsaufforderung SL-2026-0417 hängt an. Die Bankverbindung ist die "
        "bekannte aus SAP (Kreditor 700215), bitte nichts manuell anlegen. Frau Janßen hat die Unterlagen "
        "fachlich geprüft, die Freigabe im Workflow habe ich eben erteilt. Zweite Freigabe bitte wie immer "
        "durch dich.\n\n"
        "Bei Fragen ruf mich an, ich bin bis 16 Uhr im Haus (-100).\n\n"
        "Danke und Gruß\nJürgen\n\n"
        "Dr. Jürgen Hölscher\nVorsitzender des Vorstands\nExample Group SE | Huttropstraße 60 | 45138 Essen\n")
    html = html_doc('<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">%s</div>' % "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("&", "&amp;").replace("\n", "<br>") for p in plain.strip().split("\n\n")), "DE")
    pdfb = files.pdf([
        "# Zahlungsaufforderung Sicherheitsleistung SL-2026-0417",
        "Netzanschlusszusage NA-2026-1183 vom 30.09.2026 - Batteriespeicher Gelsenkirchen-Scholven, 18 MW, 110 kV",
        "",
        "Example Group SE, Huttropstraße 60, 45138 Essen",
        "",
        "Gemäß Ziffer 6 der Netzanschlusszusage ist zur Reservierung der Anschlusskapazität eine",
        "Sicherheitsleistung zu erbringen. Bitte überweisen Sie bis spätestens 15.10.2026:",
        "",
        "## Betrag: 212.000,00 EUR",
        "Empfänger: Rhein-Ruhr Netz GmbH",
        "Commerzbank Essen  IBAN " + bk.fmt_iban(RRN_IBAN) + "  BIC COBADEFFXXX",
        "Verwendungszweck: SL-2026-0417 NA-2026-1183",
        "",
        "Geht die Sicherheitsleistung nicht fristgerecht ein, entfällt die Reservierung.",
        "Ansprechpartner: Jan Overbeck, Netzanschlussmanagement, Tel. 0201 4471-2280",
    ], title="SL-2026-0417", author="Rhein-Ruhr Netz GmbH", creator="SAP IS-U", producer="SAP NetWeaver 7.50",
        created="20261001091500+02'00'", header=["Rhein-Ruhr Netz GmbH", "Netzanschlussmanagement", "Altenessener Str. 35", "45141 Essen"])
    topic = "Sicherheitsleistung RRN Netzanschluss Scholven - heute raus"
    body = multipart("mixed", [
        alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
            "_000_%s_" % ids.hex(40)),
        attach(pdfb, "application/pdf", "Zahlungsaufforderung_SL-2026-0417.pdf", size=True),
    ], "_004_%s_" % ids.hex(40))
    hs = [
        ("From", addr("Hölscher, Jürgen", ceo.email, "iso-8859-1", "Q")),
        ("To", addr("Weiß, Katrin", cfo.email, "iso-8859-1", "Q")),
        ("CC", addr("Brückner, Monika", ap.email, "iso-8859-1", "Q") + ",\n\t" + addr("Janßen, Heike", S("grid").email, "iso-8859-1", "Q")),
        ("Subject", topic),
    ] + I.onprem_hdrs(ids, t, topic, attach=True, client_ip="10.20.31.57")
    return m.finish("<%s>" % ceo.email, rec, hs, body,
        "CEO's genuine urgent payment request: EUR 212,000 grid-connection security deposit to Rhein-Ruhr Netz must leave today, via the internal relay with the grid operator's demand attached",
        "Comes from the internal Exchange through mail-int01; urgency is explained by a documented deadline; pays an existing SAP vendor, explicitly 'do not create anything manually'; workflow approval + four-eyes principle, colleague checked, invites a phone call. Hard negative of CEO fraud (attacks 01, 15).")


def b04():
    m = Mail("business", 4, "de", "krankmeldung-private-mail")
    ids = m.ids
    t = T("2026-11-09 06:48:02")
    cfo, hr = S("cfo"), S("hr")
    sender = "monika.brueckner@gmx.de"
    rec, app = I.webde(ids, t, cfo.email, "84.63.117.201", brand="gmx")
    plain = (
        "Guten Morgen Frau Weiß,\n\n"
        "mich hat am Wochenende ein Magen-Darm-Infekt erwischt, ich war eben beim Hausarzt und bin bis "
        "einschließlich Freitag krankgeschrieben. Die AU hat die Praxis elektronisch an die Krankenkasse "
        "übermittelt.\n\n"
        "Ich schreibe von meiner privaten Adresse, weil mein Laptop im Büro steht. Der Zahllauf für "
        "Donnerstag ist vorbereitet und liegt im SAP zur Freigabe, Herr Engel weiß Bescheid und schaut in "
        "meinen Posteingang für die Rechnungsprüfung.\n\n"
        "Frau Köhler setze ich in Kopie.\n\n"
        "Viele Grüße\nMonika Brückner\n")
    body = text(plain, "plain", "UTF-8", "quoted-printable")
    hs = [
        ("MIME-Version", "1.0"),
        ("Message-ID", ids.mid_trinity(app, t)),
        ("From", "Monika =?UTF-8?Q?Br=C3=BCckner?= <%s>" % sender),
        ("To", addr("Katrin Weiß", cfo.email, "utf-8", "Q", "UTF-8")),
        ("Cc", addr("Sabine Köhler", hr.email, "utf-8", "Q", "UTF-8")),
        ("Subject", "Krankmeldung"),
        ("Date", rdate(t, "CE")),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("X-Priority", "3"),
        ("X-Provags-ID", "V03:K1:" + ids.b64(60)),
        ("X-UI-Message-Type", "mail"),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + ids.b64(40)),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Colleague's sick note from private GMX address: Monika Brückner (accounts payable) is ill until Friday",
        "Private free-mail, but the content asks for nothing: informs manager and HR, eAU handled by the doctor, hands work over to a named colleague; no payment, no data change, no secrecy. Hard negative of the payroll-diversion attack 05.")


def b05():
    m = Mail("business", 5, "de", "lieferant-antwort-lieferplan-thread")
    ids = m.ids
    t = T("2026-11-06 08:55:40")
    rc = S("proc")
    rec = lieferant_rec(ids, t, rc.email, "PC-LANG", "p57a3b2c1.dip0.t-ipconnect.de", "87.163.178.193")
    quoted = I.outlook_quote_de(*[THREAD_DE[1][0], THREAD_DE[1][1], THREAD_DE[1][2], '"Deubel, Frank" <frank.deubel@example.com>',
                                  "AW: Lieferplan SMGW und Zählerschränke Q1/2027", THREAD_DE[1][3]]) + "\n\n" + \
        I.outlook_quote_de('"Deubel, Frank"', THREAD_DE[0][1], THREAD_DE[0][2], "Petra Lang <p.lang@lieferant-gmbh.de>",
                           "Lieferplan SMGW und Zählerschränke Q1/2027", THREAD_DE[0][3])
    plain = (
        "Guten Morgen Herr Deubel,\n\n"
        "anbei wie versprochen der finale Lieferplan für Q1/2027 als PDF:\n\n"
        "- Tranche 1: 400 SMGW, Anlieferung KW 3 (Mo 11.01.2027)\n"
        "- Tranche 2: 400 SMGW + 170 Zählerschränke, KW 6\n"
        "- Tranche 3: 400 SMGW + 170 Zählerschränke, KW 10\n\n"
        "Die Konditionen entsprechen unserem Angebot AN-2026-3310, daran ändert sich nichts. Bitte schicken "
        "Sie uns die Abrufe wie gewohnt per EDI bzw. an auftrag@lieferant-gmbh.de.\n\n"
        "Übrigens: Sie haben gestern früh eventuell eine Mail von meiner Adresse mit einem SharePoint-Link "
        "bekommen – die ist nicht von mir, unser Postfach wurde missbraucht. Bitte den Link nicht öffnen und "
        "die Mail löschen, unsere IT hat das Passwort zurückgesetzt und die Sitzungen beendet.\n\n"
        "Mit freundlichen Grüßen\n\nPetra Lang\nAuftragsabwicklung\n\n") + LIEF_FOOTER + "\n" + quoted
    html = html_doc('<div class="WordSection1" style="font-family:Arial,sans-serif;font-size:10pt">%s</div>' % "".join(
        "<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") for p in plain.strip().split("\n\n")), "DE")
    pdfb = files.pdf([
        "# Lieferplan Q1/2027 - Example Group SE",
        "Rahmenvertrag RV-2025-014, Angebot AN-2026-3310, Lieferadresse: Lager Gelsenkirchen, Rampe 4",
        "",
        "## Tranche   KW    Liefertermin   Smart-Meter-Gateways   Zählerschränke",
        "1          3     11.01.2027     400                    -",
        "2          6     01.02.2027     400                    170",
        "3          10    01.03.2027     400                    170",
        "## Summe                        1.200                  340",
        "",
        "Avisierung jeweils 48 h vorher durch unsere Spedition. Änderungen nur schriftlich.",
        "Lieferant GmbH, Auftragsabwicklung, Petra Lang, Tel. 0521 98765-23",
    ], title="Lieferplan Q1 2027", author="P. Lang", creator="Microsoft Excel für Microsoft 365",
        producer="Microsoft Excel für Microsoft 365", created="20261106084900+01'00'")
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html, "windows-1252", "quoted-printable"),
            ids.b_outlook(None, 1)),
        attach(pdfb, "application/pdf", "Lieferplan_Q1-2027_Example_Group.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Petra Lang" <p.lang@lieferant-gmbh.de>'),
        ("To", '"Deubel, Frank" <%s>' % rc.email),
        ("References", "<%s@EXG-MBX01.corp.example.com> <003a01dc4d5e$9b1c2a40$d15a7ec0$@lieferant-gmbh.de>" % ids.hex(32)),
        ("In-Reply-To", "<003a01dc4d5e$9b1c2a40$d15a7ec0$@lieferant-gmbh.de>"),
        ("Subject", hval("AW: Lieferplan SMGW und Zählerschränke Q1/2027", "windows-1252", "Q")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp("lieferant-gmbh.de")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "de"),
    ]
    return m.finish("<p.lang@lieferant-gmbh.de>", rec, hs, body,
        "Genuine reply in the 'Lieferplan Q1/2027' thread: Petra Lang sends the final delivery plan as PDF and warns that a SharePoint-link mail from her address was not hers",
        "Same supplier server, but submitted from her usual office line with Outlook; the attachment is the promised plan, terms unchanged, no login or payment request; it even mentions the compromise and the password reset. Hard negative of thread hijack attack 06.")


def b06():
    m = Mail("business", 6, "de", "docusign-stromliefervertrag-kunde")
    ids = m.ids
    t = T("2026-11-18 13:12:09")
    rc = S("sales")
    host = "mail-fra1.eumail.docusign.net"
    rec = [
        I.mx(ids, host, host, "185.81.100.61", rc.email, plus(t, 2)),
        I.postfix(ids, host, "fra1-app-ds07", None, "10.49.8.17", plus(t, 1), zone="UTC"),
    ]
    a, acct, er = ids.uuid(), ids.uuid(), ids.uuid()
    link = "https://eu.docusign.net/Member/EmailStart.aspx?a=%s&acct=%s&er=%s" % (a, acct, er)
    code = ids.hex(32, True) + "2"
    plain = (
        "Bernd Kasper hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet.\n\n"
        "DOKUMENT ÜBERPRÜFEN: %s\n\n"
        "Bernd Kasper\nb.kasper@kunststoffwerk-rheinau.de\n\n"
        "Hallo Frau Vogt,\n\nwie am Montag besprochen anbei der Stromliefervertrag 2027–2029 zur "
        "Gegenzeichnung. Die Preisblätter und die Anlage Messstellen entsprechen Ihrem Angebot vom "
        "28.10. Unterschrieben ist er bei uns bereits durch die Geschäftsführung.\n\nViele Grüße\nBernd Kasper\n\n"
        "Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben "
        "Sie diese E-Mail, den Link oder den Zugangscode nicht an Dritte weiter.\n\n"
        "Alternative Methode zum Signieren\n"
        "Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den "
        "Sicherheitscode ein:\n%s\n\n"
        "Über DocuSign\nSignieren Sie Dokumente elektronisch in nur wenigen Minuten. Sicher, zuverlässig "
        "und rechtsverbindlich.\n") % (link, code)
    html = html_doc(
        '<table width="100%%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">'
        '<table width="640" style="background:#1e4ca1;color:#fff;padding:28px"><tr><td align="center">'
        '<p style="font-size:16px">Bernd Kasper hat Ihnen ein Dokument zur Prüfung und Unterzeichnung gesendet.</p>'
        '<p><a href="%s" style="background:#ffc423;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a></p>'
        '</td></tr></table><table width="640" style="background:#fff;padding:24px;font-size:15px;color:#333"><tr><td>'
        "<p><b>Bernd Kasper</b><br>b.kasper@kunststoffwerk-rheinau.de</p>"
        "<p>Hallo Frau Vogt,<br><br>wie am Montag besprochen anbei der Stromliefervertrag 2027–2029 zur Gegenzeichnung. Die Preisblätter und die "
        "Anlage Messstellen entsprechen Ihrem Angebot vom 28.10. Unterschrieben ist er bei uns bereits durch die Geschäftsführung.<br><br>"
        "Viele Grüße<br>Bernd Kasper</p></td></tr></table>"
        '<table width="640" style="padding:20px;font-size:11px;color:#666"><tr><td><b>Diese E-Mail nicht weiterleiten:</b> Diese E-Mail enthält einen '
        "sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail, den Link oder den Zugangscode nicht an Dritte weiter.<br><br>"
        "<b>Alternative Methode zum Signieren</b><br>Besuchen Sie DocuSign.com, klicken Sie auf „Zugriff auf Dokumente“ und geben Sie den Sicherheitscode ein: %s"
        "</td></tr></table></td></tr></table>" % (link, code), "de")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1795000000000 + ids.r.randrange(10 ** 8)))
    hs = [
        ("Date", rdate(t, "UTC", day="nopad")),
        ("From", "Bernd Kasper via DocuSign <dse@eumail.docusign.net>"),
        ("Reply-To", "Bernd Kasper <b.kasper@kunststoffwerk-rheinau.de>"),
        ("To", "Anja Vogt <%s>" % rc.email),
        ("Message-ID", "<%s@fra1-app-ds07>" % ids.hex(32)),
        ("Subject", hval("Bitte mit DocuSign unterzeichnen: Stromliefervertrag_2027-2029_Kunststoffwerk_Rheinau.pdf", "utf-8", "Q", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-API-Host", "EU1"),
        ("X-Mailer", "DocuSign Envelope Service"),
    ]
    return m.finish("<bounces+%s@eumail.docusign.net>" % ids.hex(24), rec, hs, body,
        "Genuine DocuSign envelope from the industrial customer Kunststoffwerk Rheinau: supply contract 2027–2029 for countersignature",
        "Sent by DocuSign's EU infrastructure (dse@eumail.docusign.net) on behalf of a known customer contact, Reply-To is the customer's real address, link goes to eu.docusign.net with the usual alternative security code, no attachment, content matches the sales process. Hard negative of attack 08.")


def b07():
    m = Mail("business", 7, "de", "mahnung-liefersperre-lieferant")
    ids = m.ids
    t = T("2026-12-04 09:01:48")
    ap = S("ap")
    rec = lieferant_rec(ids, t, ap.email, "erp01.lieferant.local", None, "192.168.10.20")
    plain = (
        "Sehr geehrte Damen und Herren,\n\n"
        "trotz unserer Zahlungserinnerung vom 23.11.2026 ist folgende Rechnung weiterhin offen:\n\n"
        "RE-2026-10418 vom 05.10.2026, fällig seit 04.11.2026, 18.340,62 EUR\n\n"
        "Wir bitten Sie dringend, den Betrag bis spätestens 11.12.2026 auf unser bekanntes Konto bei der "
        "Sparkasse Bielefeld (IBAN %s) zu überweisen.\n\n"
        "Sollte die Zahlung bis dahin nicht eingehen, sehen wir uns leider gezwungen, die Auslieferung "
        "weiterer Abrufe aus dem Rahmenvertrag – einschließlich Tranche 1 des Lieferplans Q1/2027 – bis "
        "zum Zahlungseingang zurückzustellen (Liefersperre) und Verzugszinsen gemäß § 288 BGB zu "
        "berechnen.\n\n"
        "Sollte sich diese Mahnung mit Ihrer Zahlung überschnitten haben, betrachten Sie sie bitte als "
        "gegenstandslos. Bei Unklarheiten erreichen Sie uns unter 0521 98765-40.\n\n"
        "Mit freundlichen Grüßen\nIhre Buchhaltung\n\n" % bk.fmt_iban(LIEF_IBAN)) + LIEF_FOOTER
    pdfb = files.pdf([
        "# 2. Mahnung",
        "Kundennummer 20417 - Datum 04.12.2026",
        "",
        "Example Group SE, Kreditorenbuchhaltung, Huttropstraße 60, 45138 Essen",
        "",
        "## Rechnung          Datum        fällig seit     Betrag",
        "RE-2026-10418       05.10.2026   04.11.2026      18.340,62 EUR",
        "Mahngebühr                                         5,00 EUR",
        "## Gesamt                                          18.345,62 EUR",
        "",
        "Zahlungsfrist: 11.12.2026. Nach Fristablauf erfolgt eine Liefersperre für weitere Abrufe.",
        "Sparkasse Bielefeld  IBAN " + bk.fmt_iban(LIEF_IBAN) + "  BIC SPBIDE3BXXX",
    ], title="2. Mahnung 20417", author="Lieferant GmbH", creator="SAP Business One 10.0", producer="Crystal Reports",
        created="20261204095500+01'00'", header=["Lieferant GmbH", "Gewerbepark Ost 12", "33699 Bielefeld"])
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-15", "base64"),
        attach(pdfb, "application/pdf", "Mahnung_2_Kd20417.pdf"),
    ], "----=_Part_%d_%d" % (ids.r.randrange(10 ** 5), ids.r.randrange(10 ** 9)))
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", "Lieferant GmbH Buchhaltung <rechnungen@lieferant-gmbh.de>"),
        ("To", addr("Monika Brückner", ap.email, "iso-8859-15", "Q")),
        ("Cc", "rechnungseingang@example.com"),
        ("Message-ID", "<MA-2026-20417-2.%s@erp01.lieferant.local>" % ids.hex(10)),
        ("Subject", hval("2. Mahnung – Kd.-Nr. 20417 – Ankündigung Liefersperre", "iso-8859-15", "Q")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "SAP Business One 10.0 (FP 2405)"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ]
    return m.finish("<rechnungen@lieferant-gmbh.de>", rec, hs, body,
        "Genuine urgent dunning letter: Lieferant GmbH's second reminder for invoice RE-2026-10418 threatening a delivery stop",
        "Pressure is real but legitimate: same ERP and server as all Lieferant invoices, payment to the known Sparkasse account (explicitly 'bekanntes Konto'), phone number for questions, standard 'ignore if paid' clause, no change of bank details.")


def b08():
    m = Mail("business", 8, "de", "newsletter-energie-markt-mailchimp")
    ids = m.ids
    t = T("2026-11-26 06:00:12")
    rc = S("certs")
    rec, host = I.mailchimp(ids, t, rc.email)
    u, lid = ids.hex(25), ids.hex(10)
    trk = lambda: "https://energie-markt-kompakt.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, ids.hex(10), ids.hex(10))
    unsub = "https://energie-markt-kompakt.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (u, lid, ids.hex(10), ids.hex(10))
    items = [
        ("HKN-Preise: Nordische Wasserkraft zieht an",
         "Herkunftsnachweise aus skandinavischer Wasserkraft für das Produktionsjahr 2026 notierten zuletzt bei 0,62 EUR/MWh, "
         "ein Plus von 18 % gegenüber Oktober. Händler verweisen auf die geringe Verfügbarkeit nach dem trockenen Sommer."),
        ("Stromkennzeichnung 2026: Fristen im Blick behalten",
         "Für die Stromkennzeichnung des Lieferjahres 2026 müssen Herkunftsnachweise bis zum Ende der Verwendungsfrist im "
         "Herkunftsnachweisregister des Umweltbundesamtes entwertet werden. Prüfen Sie rechtzeitig, ob Ihre Kontobevollmächtigten "
         "aktuell sind – Änderungen erfolgen ausschließlich im Register selbst, nicht per E-Mail-Link."),
        ("Regionalnachweise: Nachfrage aus dem Stadtwerke-Segment",
         "Mehrere Stadtwerke haben für 2027 regionale Ökostromprodukte angekündigt; das Volumen entwerteter Regionalnachweise "
         "dürfte erneut steigen."),
    ]
    plain = "energie & markt kompakt – Ausgabe 47/2026\n\n" + "\n\n".join(
        "%s\n%s\nWeiterlesen: %s" % (h, b, trk()) for h, b in items) + (
        "\n\nSie erhalten diesen Newsletter, weil Sie sich mit %s angemeldet haben.\n"
        "Abmelden: %s\n\nenergie & markt kompakt | Fachverlag Rheinhessen GmbH | Rheinstraße 4 | 55116 Mainz\n" % (rc.email, unsub))
    html = html_doc(
        '<table width="600" align="center" style="font-family:Georgia,serif;color:#222"><tr><td style="border-bottom:3px solid #2e7d32;padding:10px 0">'
        '<span style="font-size:22px">energie &amp; markt kompakt</span><br><span style="font-size:12px;color:#666">Ausgabe 47/2026</span></td></tr>'
        + "".join('<tr><td style="padding:14px 0"><h3 style="margin:0 0 6px">%s</h3><p style="margin:0">%s <a href="%s">Weiterlesen</a></p></td></tr>'
                  % (h, b, trk()) for h, b in items)
        + '<tr><td style="font-size:11px;color:#777;padding-top:20px">Sie erhalten diesen Newsletter, weil Sie sich mit %s angemeldet haben. '
          '<a href="%s">Abmelden</a> | Fachverlag Rheinhessen GmbH, Rheinstraße 4, 55116 Mainz</td></tr></table>'
          '<img src="https://energie-markt-kompakt.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt="">'
        % (rc.email, unsub, u, ids.hex(10), ids.hex(10)), "de")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "_----------=_MCPart_%d" % ids.r.randrange(10 ** 9, 2 * 10 ** 9))
    cid = ids.hex(10)
    hs = [
        ("Subject", hval("HKN-Markt im November: Wasserkraft zieht an | Fristen Stromkennzeichnung", "utf-8", "Q", "utf-8")),
        ("From", "energie & markt kompakt <redaktion@energie-markt-kompakt.de>"),
        ("Reply-To", "energie & markt kompakt <redaktion@energie-markt-kompakt.de>"),
        ("To", "<%s>" % rc.email),
        ("Date", rdate(t, "GMT", day="nopad")),
        ("Message-ID", "<%s.%s@%s>" % (ids.hex(24), t.strftime("%Y%m%d%H%M%S"), host)),
        ("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, ids.hex(10))),
        ("X-Campaign", "mailchimp%s.%s" % (u, cid)),
        ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
        ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, ids.hex(10))),
        ("X-MC-User", u),
        ("Feedback-ID", "%d:%d.%d:us21:mc" % (ids.r.randrange(10 ** 7, 10 ** 8), ids.r.randrange(10 ** 7, 10 ** 8), ids.r.randrange(10 ** 6, 10 ** 7))),
        ("List-ID", "%s mailchimp list <%s.%s.list-id.mcsv.net>" % (u, u, lid)),
        ("X-Accounttype", "pd"),
        ("List-Unsubscribe", "<https://energie-markt-kompakt.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (u, lid, ids.hex(10), cid, u, lid, ids.hex(10))),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Content-Transfer-Encoding", None),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<bounce-mc.us21_%d.%d-%s=example.com@%s>" % (ids.r.randrange(10 ** 7, 10 ** 8), ids.r.randrange(10 ** 6, 10 ** 7),
                                                              rc.email.replace("@", "="), host), rec, hs, body,
        "Subscribed trade newsletter 'energie & markt kompakt' via Mailchimp: guarantee-of-origin prices, HKNR cancellation deadlines",
        "Opt-in newsletter with Mailchimp's full header set, List-Unsubscribe + One-Click, consistent tracking domain; it mentions the HKNR but asks for nothing — and even says changes are made only in the register, never via e-mail link. Loose hard negative of attack 03.")


ALL = [b01, b02, b03, b04, b05, b06, b07, b08]
