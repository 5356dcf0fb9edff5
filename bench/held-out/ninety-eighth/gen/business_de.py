"""Genuine business messages, German (01-08)."""
from common import *
import threads

F = "business"
LIEF_FOOT = """Lieferant GmbH | Industriestraße 27 | 58511 Lüdenscheid
Tel. +49 2351 6670-0 | www.lieferant-gmbh.de
Geschäftsführer: Dipl.-Kfm. Rainer Lang, Stefan Maier | Amtsgericht Iserlohn HRB 5521 | USt-IdNr. """ + ids.de_ustid("12573904")


def lief_invoice_pdf(no, date, po, ls, lines, due, iban):
    net = sum(q * p for _, q, p in lines)
    vat = round(net * 0.19, 2)
    fmt = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    rows = "\n".join(f"{d[:44]:44s} {fmt(q)[:-1]:>7s} m  {fmt(p):>10s}  {fmt(q * p):>12s}" for d, q, p in lines)
    return pdf_doc([
        ("h1", "Lieferant GmbH"),
        ("small", "Aluminium-Systemprofile · Thermoprofile · Fassadenbeschläge"),
        ("gap", ""),
        ("p", "Example Group GmbH\nKreditorenbuchhaltung\nAm Glaswerk 12\n97076 Würzburg"),
        ("gap", ""),
        ("h2", f"Rechnung {no}"),
        ("mono", f"Rechnungsdatum: {date}\nIhre Bestellung: {po}\nLieferschein: {ls}\nKunden-Nr.: 100487"),
        ("mono", rows),
        ("mono", f"Nettobetrag {fmt(net):>20s} EUR\nUSt. 19 % {fmt(vat):>22s} EUR\nRechnungsbetrag {fmt(net + vat):>16s} EUR"),
        ("p", f"Zahlbar bis {due} ohne Abzug. Bankverbindung: Sparkasse Lüdenscheid, IBAN {fmt_iban(iban)}, BIC WELADED1LSD."),
        ("small", "Diese Rechnung wurde zusätzlich als ZUGFeRD 2.3 (Profil EN 16931) erzeugt. " + LIEF_FOOT.replace("\n", " · ")),
    ], title=f"Rechnung {no}", author="Lieferant GmbH", creator="SAP NetWeaver 7.50", producer="SAP NetWeaver Smart Forms",
        date="D:20261001141502+02'00'"), net + vat


@message(F, "de", "lieferant-rechnung-re-2026-09102",
         "Invoice RE-2026-09102 from Lieferant GmbH's invoicing mailbox (rechnungen@lieferant-gmbh.de, Microsoft 365) with the PDF invoice, the bank details are the usual Sparkasse account",
         "Known supplier, real domain and tenant, invoice refers to a real order and delivery note, bank account unchanged.")
def b01():
    r = rng("b01")
    t = timez.local("de", 2026, 10, 1, 14, 20, 9)
    rcpt = "juergen.weiss@example.com"
    frm_addr = "rechnungen@lieferant-gmbh.de"
    s = infra.m365(r, t, rcpt, tenant_domain="lieferant-gmbh.de", mbx=threads.LIEF_MBX)
    data, total = lief_invoice_pdf("RE-2026-09102", "01.10.2026", "4500012873", "LS-771204",
                                   [("Thermoprofil TS 75 Flügel, RAL 9016", 412.0, 14.86),
                                    ("Thermoprofil TS 75 Blendrahmen, RAL 9016", 236.5, 8.12)],
                                   "31.10.2026", BANK["lieferant_old"])
    body = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-09102 vom 01.10.2026 zu Ihrer Bestellung 4500012873 (Lieferschein LS-771204).

Rechnungsbetrag: {total:,.2f} EUR
Fällig am: 31.10.2026

Die Rechnung enthält zusätzlich die strukturierten Rechnungsdaten im Format ZUGFeRD 2.3 (EN 16931).

Bei Rückfragen wenden Sie sich bitte an unsere Buchhaltung unter +49 2351 6670-150.

Mit freundlichen Grüßen
Ihre Buchhaltung

{LIEF_FOOT}
""".replace(f"{total:,.2f}", f"{total:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    root = Multi("mixed", [Text(body, "plain", "iso-8859-15", "quoted-printable"),
                           pdf_att(data, "RE-2026-09102.pdf")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Lieferant GmbH - Buchhaltung", frm_addr, quoted=True), rcpt,
        "Rechnung RE-2026-09102 / Bestellung 4500012873", attach=True)
    return hdr, root


@message(F, "de", "lieferant-bankverbindung-korrekt-angekuendigt",
         "Genuine bank-detail change by Petra Lang (real domain, Microsoft 365): change of house bank to Volksbank from 1 Dec 2026, old account stays open until 31 Jan 2027, signed letter by post and as PDF, explicitly asks for verification by phone using the known switchboard number",
         "Real supplier domain and tenant, long lead time, no pressure, old account remains valid, asks for call-back via known number. Hard negative of attack/02.")
def b02():
    r = rng("b02")
    t = timez.local("de", 2026, 11, 10, 11, 4, 52)
    rcpt = "juergen.weiss@example.com"
    frm_addr = "p.lang@lieferant-gmbh.de"
    s = infra.m365(r, t, rcpt, tenant_domain="lieferant-gmbh.de")
    new = fmt_iban(BANK["lieferant_new"])
    old = fmt_iban(BANK["lieferant_old"])
    plain = f"""Sehr geehrter Herr Weiß,

wir möchten Sie frühzeitig darüber informieren, dass wir unsere Hausbank wechseln. Ab dem 01.12.2026 bitten wir Sie, Zahlungen auf folgende Bankverbindung zu leisten:

Volksbank in Südwestfalen eG
IBAN: {new}
BIC: GENODEM1NRD

Unser bisheriges Konto bei der Sparkasse Lüdenscheid ({old}) bleibt bis zum 31.01.2027 bestehen; Zahlungen, die bis dahin dort eingehen, werden selbstverständlich weiterhin zugeordnet.

Das unterschriebene Schreiben unserer Geschäftsführung erhalten Sie zusätzlich per Post; eine Kopie liegt bei. Bitte verifizieren Sie die Änderung wie bei Stammdatenänderungen üblich telefonisch über die Ihnen bekannte Nummer unserer Zentrale (02351 6670-0) – gerne auch direkt bei mir. Wir werden Sie niemals per E-Mail bitten, kurzfristig auf ein anderes Konto zu zahlen.

Vielen Dank und freundliche Grüße

Petra Lang
Key Account Management / Debitorenmanagement
Tel. +49 2351 6670-214

{LIEF_FOOT}
"""
    html = html_wrap(f'<div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">{p_html(plain)}</div>', "de", charset="windows-1252", style="")
    letter = pdf_doc([
        ("h1", "Lieferant GmbH"),
        ("small", "Industriestraße 27 · 58511 Lüdenscheid · Telefon +49 2351 6670-0"),
        ("gap", ""),
        ("p", "Example Group GmbH\nKreditorenbuchhaltung\nAm Glaswerk 12\n97076 Würzburg"),
        ("p", "Lüdenscheid, 09.11.2026"),
        ("h2", "Änderung unserer Bankverbindung zum 01.12.2026"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "im Zuge der Finanzierung unseres neuen Werks in Schalksmühle führen wir unseren Zahlungsverkehr ab dem 01.12.2026 über die "
              "Volksbank in Südwestfalen eG. Bitte verwenden Sie ab diesem Datum die folgende Bankverbindung:"),
        ("mono", f"Volksbank in Südwestfalen eG\nIBAN {new}\nBIC GENODEM1NRD"),
        ("p", f"Das bisherige Konto bei der Sparkasse Lüdenscheid (IBAN {old}) bleibt bis zum 31.01.2027 bestehen. "
              "Zur Verifizierung steht Ihnen unsere Zentrale unter 02351 6670-0 zur Verfügung."),
        ("p", "Mit freundlichen Grüßen\n\nRainer Lang, Geschäftsführer            Stefan Maier, Geschäftsführer"),
    ], title="Änderung Bankverbindung", author="Petra Lang", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261109160255+01'00'")
    alt = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], exch_bnd(s, 0))
    root = Multi("mixed", [alt, pdf_att(letter, "Lieferant_GmbH_Bankverbindung_ab_01.12.2026.pdf")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Petra Lang", frm_addr, quoted=True), A("Jürgen Weiß", rcpt, "windows-1252", "Q"),
        SUBJ("Änderung unserer Bankverbindung zum 01.12.2026", "windows-1252", "Q"),
        cc=A("Monika Schäfer", "monika.schaefer@example.com", "windows-1252", "Q"), attach=True)
    return hdr, root


@message(F, "de", "ceo-dringende-anzahlung-intern",
         "The CEO's genuine urgent payment request through the internal relay: down-payment for a float-glass quota at the known supplier Vetreria Adriatica, order already in the ERP, four-eyes release, vendor-master bank details, phone available",
         "Internal sender via mail-int01 and Exchange, references an existing purchase order and the normal approval process, no new "
         "bank details, no secrecy, invites a call. Hard negative of attack/01.")
def b03():
    r = rng("b03")
    t = timez.local("de", 2026, 10, 21, 9, 32, 15)
    rcpt = "sabine.krueger@example.com"
    s = infra.exchange_internal(r, t, rcpt, exch="EXCH01")
    plain = """Hallo Sabine,

wie heute im Jour fixe besprochen: Vetreria Adriatica hält uns das Floatglas-Kontingent für Q1/2027 (4-mm- und 6-mm-Float, ca. 1.900 t) nur, wenn die Anzahlung von 30 % bis morgen 12:00 Uhr bei ihnen eingeht. Das sind 112.500,00 EUR.

Die Bestellung 4500013390 hat Markus gestern angelegt, die Anzahlungsrechnung liegt seit heute früh in DocuWare. Bitte wie üblich im Vier-Augen-Prinzip freigeben - Bankverbindung ist die aus dem Kreditorenstamm, da hat sich nichts geändert.

Ich bin ab 14 Uhr im Flieger nach Porto. Wenn etwas unklar ist, ruf mich vorher kurz an (Handy) oder sprich mit Anja.

Danke und Gruß
Matthias

--
Dr. Matthias Böhm
Geschäftsführer | CEO
Example Group GmbH | Am Glaswerk 12 | 97076 Würzburg
T +49 931 4096-100 | M +49 171 5532 908
"""
    html = html_wrap(f'<div class="WordSection1">{p_html(plain)}</div>', "de", charset="iso-8859-1", style="")
    root = Multi("alternative", [Text(plain, "plain", "iso-8859-1", "quoted-printable"), Text(html, "html", "iso-8859-1", "quoted-printable")], exch_bnd(s, 0))
    hdr = [rp("matthias.boehm@example.com")] + s["trace"] + exch_headers(
        s, A("Böhm, Matthias", "matthias.boehm@example.com", "iso-8859-1", "Q"), A("Krüger, Sabine", rcpt, "iso-8859-1", "Q"),
        "Dringend: Anzahlung Floatglas-Kontingent Q1 / Vetreria Adriatica - bis morgen 12 Uhr",
        cc=A("Müller, Anja", "anja.mueller@example.com", "iso-8859-1", "Q"),
        extra=[("x-originating-ip", "[10.20.14.87]"), ("x-ms-exchange-transport-fromentityheader", "Hosted")])
    return hdr, root


@message(F, "de", "krankmeldung-privat-gmx",
         "A colleague (accounts payable) reports sick from her private GMX address because her laptop is at the office; eAU already sent by the doctor; hands over open tasks",
         "Private address known to HR (listed in the correspondents table), no request for money or data changes, refers to the statutory "
         "eAU procedure and internal workflow. Hard negative of attack/05 (payroll diversion from free-mail).")
def b04():
    r = rng("b04")
    t = timez.local("de", 2026, 11, 16, 7, 41, 30)
    rcpt = "claudia.hoffmann@example.com"
    frm_addr = "moni.schaefer77@gmx.de"
    s = infra.unitedinternet(r, t, rcpt, "gmx")
    body = """Hallo Claudia, hallo Jürgen,

ich liege seit gestern Abend mit Fieber flach und war heute früh beim Arzt – ich bin bis einschließlich Freitag krankgeschrieben. Die Praxis hat die eAU an die AOK übermittelt, ihr könnt sie ab morgen abrufen.

Meinen Laptop habe ich im Büro gelassen, deshalb schreibe ich von privat.

Jürgen: Der Zahllauf für Dienstag ist vorbereitet, offen ist nur noch die Freigabe der Ferretti-Rechnungen (liegen im Workflow bei Sabine). Die Mahnung von Lieferant hat sich erledigt, die Zahlung ist letzte Woche raus.

Liebe Grüße
Monika
"""
    root = Text(body, "plain", "UTF-8", "quoted-printable")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("MIME-Version", "1.0"),
        ("Message-ID", s["mid"]),
        ("From", A("Monika Schäfer", frm_addr, "UTF-8", "Q")),
        ("To", A("Claudia Hoffmann", rcpt)),
        ("Cc", A("Jürgen Weiß", "juergen.weiss@example.com", "UTF-8", "Q")),
        ("Subject", "Krankmeldung"),
        ("Date", s["date"]),
    ) + s["xh"]
    return hdr, root


@message(F, "de", "docusign-rahmenvertrag-echt",
         "Genuine DocuSign envelope (EU platform, docusign.net infrastructure) from customer Ralf Schuster, Fassadenbau Rhein-Main: framework contract 2027 for façade elements, link to eu.docusign.net, alternative access code",
         "Real DocuSign sender and infrastructure, link to eu.docusign.net, announced in the ongoing negotiation, no QR or login tricks. Hard negative of attack/04.")
def b05():
    r = rng("b05")
    t = timez.local("de", 2026, 11, 2, 10, 15, 33)
    rcpt = "felix.neumann@example.com"
    frm_addr = "dse@eumail.docusign.net"
    s = infra.docusign(r, t, rcpt)
    g = lambda: "-".join(rstr(r, HEX, n) for n in (8, 4, 4, 4, 12))
    env, acct, er = g(), g(), g()
    link = f"https://eu.docusign.net/Signing/EmailStart.aspx?a={env}&etti=24&acct={acct}&er={er}"
    code = rstr(r, "0123456789ABCDEF", 32)
    plain = f"""Ralf Schuster hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.

DOKUMENT ÜBERPRÜFEN: {link}

Ralf Schuster
r.schuster@fassadenbau-rheinmain.de

Sehr geehrter Herr Neumann,

wie besprochen anbei der Rahmenvertrag 2027 (Stand 30.10.) mit den abgestimmten Preisgleitklauseln für Aluminium und Floatglas. Bitte durch Herrn Dr. Böhm gegenzeichnen lassen.

Viele Grüße
Ralf Schuster

Diese E-Mail nicht weitergeben
Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, diesen Link oder den Zugangscode nicht an andere weiter.

Alternative Signaturmethode
Besuchen Sie Docusign.com, klicken Sie auf 'Access Documents' und geben Sie den Sicherheitscode ein:
{code}

Über Docusign
Unterzeichnen Sie Dokumente elektronisch in nur wenigen Minuten. Es ist sicher. Ob im Büro, zu Hause oder unterwegs - Docusign bietet eine zuverlässige Lösung für das Digital Transaction Management™.

Fragen zum Dokument?
Wenn Sie das Dokument ändern müssen oder Fragen zu den Details im Dokument haben, wenden Sie sich bitte direkt an den Absender.
"""
    html = html_wrap(f"""<table style="width:100%;background:#eaeaea" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
<table style="max-width:640px;margin:0 auto;background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img alt="Docusign" src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" width="116"></td></tr>
<tr><td style="padding:0 24px"><div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:16px">Ralf Schuster hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.</p>
<p><a href="{link}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">DOKUMENT ÜBERPRÜFEN</a></p></div></td></tr>
<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<p><b>Ralf Schuster</b><br>r.schuster@fassadenbau-rheinmain.de</p>
<p>Sehr geehrter Herr Neumann,<br><br>wie besprochen anbei der Rahmenvertrag 2027 (Stand 30.10.) mit den abgestimmten Preisgleitklauseln für Aluminium und Floatglas. Bitte durch Herrn Dr. Böhm gegenzeichnen lassen.<br><br>Viele Grüße<br>Ralf Schuster</p></td></tr>
<tr><td style="padding:0 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666">
<p><b>Diese E-Mail nicht weitergeben</b><br>Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, diesen Link oder den Zugangscode nicht an andere weiter.</p>
<p><b>Alternative Signaturmethode</b><br>Besuchen Sie Docusign.com, klicken Sie auf 'Access Documents' und geben Sie den Sicherheitscode ein: {code}</p></td></tr>
</table></td></tr></table>""", "de", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"bounces@docusign.net")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Ralf Schuster via Docusign", frm_addr)),
        ("Reply-To", A("Ralf Schuster", "r.schuster@fassadenbau-rheinmain.de")),
        ("To", A("Felix Neumann", rcpt)),
        ("Message-ID", s["mid"]),
        ("Subject", SUBJ("Bitte mit Docusign unterschreiben: Rahmenvertrag 2027 Fassadenelemente_Example Group.pdf", "utf-8", "Q")),
        ("X-DocuSign-Envelope-ID", env.upper()),
    )
    return hdr, root


@message(F, "de", "lieferant-mahnung-liefersperre",
         "Second reminder from Lieferant GmbH's invoicing mailbox with a threat of supply stop from 20 Nov 2026; bank details are the unchanged Sparkasse account; PDF reminder",
         "Harsh tone and deadline, but real domain/tenant, refers to invoices that exist (RE-2026-08814, RE-2026-09102), no change of bank account, "
         "contact via known numbers. Urgent genuine mail that must not be flagged.")
def b06():
    r = rng("b06")
    t = timez.local("de", 2026, 11, 12, 8, 30, 4)
    rcpt = "juergen.weiss@example.com"
    frm_addr = "rechnungen@lieferant-gmbh.de"
    s = infra.m365(r, t, rcpt, tenant_domain="lieferant-gmbh.de", mbx=threads.LIEF_MBX)
    body = f"""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 03.11.2026 konnten wir für die folgenden Rechnungen noch keinen Zahlungseingang feststellen:

RE-2026-08814 vom 22.09.2026, fällig 22.10.2026   18.462,30 EUR
RE-2026-09102 vom 01.10.2026, fällig 31.10.2026    9.570,81 EUR
Mahngebühr                                          10,00 EUR
Gesamt                                          28.043,11 EUR

Bitte überweisen Sie den offenen Betrag bis spätestens 19.11.2026 auf unser Konto bei der Sparkasse Lüdenscheid, IBAN {fmt_iban(BANK['lieferant_old'])}.

Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, Ihr Kundenkonto ab dem 20.11.2026 für weitere Auslieferungen zu sperren. Davon wären auch die bestätigten Abrufe für KW 47 und 48 betroffen.

Sollten sich Zahlung und Mahnung überschnitten haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Bei Rückfragen erreichen Sie uns unter +49 2351 6670-150.

Mit freundlichen Grüßen
Buchhaltung / Forderungsmanagement

{LIEF_FOOT}
"""
    mahn = pdf_doc([
        ("h1", "Lieferant GmbH"),
        ("p", "Example Group GmbH\nAm Glaswerk 12\n97076 Würzburg"),
        ("h2", "2. Mahnung"),
        ("p", "Kunden-Nr. 100487 · Datum 12.11.2026"),
        ("mono", "RE-2026-08814  22.09.2026  fällig 22.10.2026  18.462,30 EUR\nRE-2026-09102  01.10.2026  fällig 31.10.2026   9.570,81 EUR\nMahngebühr                                          10,00 EUR\nGesamt                                          28.043,11 EUR"),
        ("p", "Zahlbar bis 19.11.2026. Bei Nichtzahlung Liefersperre ab 20.11.2026."),
        ("p", f"Sparkasse Lüdenscheid · IBAN {fmt_iban(BANK['lieferant_old'])} · BIC WELADED1LSD"),
    ], title="2. Mahnung", author="Lieferant GmbH", creator="SAP NetWeaver 7.50", producer="SAP NetWeaver Smart Forms",
        date="D:20261112083001+01'00'")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-1", "8bit"), pdf_att(mahn, "2_Mahnung_100487_20261112.pdf")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Lieferant GmbH - Buchhaltung", frm_addr, quoted=True), rcpt,
        "2. Mahnung Kunden-Nr. 100487 - Liefersperre ab 20.11.2026", attach=True,
        cc=A("Markus Götz", "markus.goetz@example.com", "iso-8859-1", "Q"))
    return hdr, root


@message(F, "de", "newsletter-glasundrahmen-brevo",
         "Subscribed trade newsletter (GLAS+RAHMEN Wochenbrief) sent through Brevo with List-Unsubscribe and List-Unsubscribe-Post (one-click), HTML + text",
         "Subscribed publication, consistent ESP infrastructure and sender domain, RFC 8058 unsubscribe headers, tracking links only on the publisher's own click domain.")
def b07():
    r = rng("b07")
    t = timez.local("de", 2026, 10, 30, 6, 0, 12)
    rcpt = "markus.goetz@example.com"
    frm_addr = "newsletter@news.glasundrahmen.de"
    s = infra.brevo(r, t, rcpt)
    tok = rstr(r, ALNUM, 40)
    unsub = f"https://r.news.glasundrahmen.de/mk/un/v2/{tok}"
    click = lambda slug: f"https://r.news.glasundrahmen.de/mk/cl/f/{rstr(r, ALNUM, 48)}?u={slug}"
    items = [
        ("Floatglas: Hersteller kündigen Preiserhöhung zum 1. Januar an", "Mehrere europäische Floatglashersteller haben Aufschläge zwischen 4 und 7 Prozent angekündigt. Begründet wird das mit Energie- und CO2-Kosten.", "floatglas-preise-2027"),
        ("glasstec 2026: Die wichtigsten Neuheiten für Isolierglas-Fertiger", "Warme Kante, automatisierte Butylstraßen und digitale Produktpässe - unsere Nachlese aus Düsseldorf.", "glasstec-nachlese"),
        ("Gebäudeenergiegesetz: Was die Novelle für Fenster und Fassaden bedeutet", "Ein Überblick über die geplanten Anforderungen an U-Werte und die Übergangsfristen.", "geg-novelle"),
    ]
    plain = "GLAS+RAHMEN Wochenbrief 44/2026\n\n" + "\n\n".join(f"{h}\n{tx}\nWeiterlesen: {click(u)}" for h, tx, u in items) + f"""

--
Sie erhalten diesen Newsletter, weil Sie ihn unter glasundrahmen.de abonniert haben.
Abmelden: {unsub}
GLAS+RAHMEN Fachverlag GmbH, Bahnhofstraße 14, 70372 Stuttgart, HRB 771203, Amtsgericht Stuttgart
"""
    blocks = "".join(f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5"><h3 style="margin:0 0 6px;color:#004b87">{h}</h3><p style="margin:0 0 8px;color:#333">{tx}</p><a href="{click(u)}" style="color:#004b87">Weiterlesen &rsaquo;</a></td></tr>' for h, tx, u in items)
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;background:#fff">
<tr><td style="background:#004b87;color:#fff;padding:18px 24px;font-size:22px"><b>GLAS+RAHMEN</b> <span style="font-size:14px">Wochenbrief 44/2026</span></td></tr>
{blocks}
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn unter glasundrahmen.de abonniert haben. <a href="{unsub}">Abmelden</a><br>GLAS+RAHMEN Fachverlag GmbH, Bahnhofstraße 14, 70372 Stuttgart</td></tr>
</table><img width="1" height="1" alt="" src="https://r.news.glasundrahmen.de/tr/op/{rstr(r, ALNUM, 40)}">""", "de", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"{rstr(r, ALNUM, 26)}@bounces.news.glasundrahmen.de")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("GLAS+RAHMEN Newsletter", frm_addr)),
        ("Reply-To", A("GLAS+RAHMEN Redaktion", "redaktion@glasundrahmen.de")),
        ("To", rcpt),
        ("Subject", SUBJ("Wochenbrief 44/2026: Floatglaspreise, glasstec-Nachlese, GEG-Novelle", "utf-8", "Q")),
        ("Message-Id", s["mid"]),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@news.glasundrahmen.de?subject=unsubscribe:{tok[:16]}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ) + s["xh"]
    return hdr, root


@message(F, "de", "lieferant-auftragsbestaetigung-thread",
         "Stefan Maier's genuine reply in the order thread 4500012873 with the order confirmation AB-771204 attached as PDF (Microsoft 365, same tenant and mailbox server as later used by the hijacker)",
         "Real supplier mailbox in an active thread, answers the actual question (delivery week, partial delivery), document attached, no links. "
         "Hard negative of attack/08 (the same thread hijacked three weeks later).")
def b08():
    r = rng("b08")
    t = timez.local("de", 2026, 10, 14, 15, 22, 7)
    rcpt = "markus.goetz@example.com"
    frm_addr = "s.maier@lieferant-gmbh.de"
    s = infra.m365(r, t, rcpt, tenant_domain="lieferant-gmbh.de", mbx=threads.LIEF_MBX)
    s["mid"] = threads.PO_REPLY
    s["midlocal"] = threads.PO_REPLY_LOCAL
    quoted = """Von: Götz, Markus <markus.goetz@example.com>
Gesendet: Montag, 12. Oktober 2026 10:18
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44

Hallo Herr Maier,

anbei unsere Bestellung 4500012873 über Thermoprofile TS 75 (RAL 9016) und PR 50 (RAL 7016) für das Objekt Frankfurt-Riedberg. Können Sie KW 44 halten?

Gruß
Markus Götz
Einkauf | Example Group GmbH"""
    plain = f"""Hallo Herr Götz,

anbei die Auftragsbestätigung AB-771204 zu Ihrer Bestellung 4500012873. Liefertermin KW 44 ist bestätigt, die Pos. 30 (Pfosten-Riegel-Profil PR 50, 6,5 m) kommt wegen der Pulverbeschichtung RAL 7016 als Teillieferung in KW 45.

Viele Grüße
Stefan Maier

Lieferant GmbH | Vertrieb Systemprofile
Tel. +49 2351 6670-131

{quoted}
"""
    html = html_wrap(f'<div>{p_html(plain.split(quoted)[0])}</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">{p_html(quoted)}</div>', "de", charset="windows-1252", style="")
    ab = pdf_doc([
        ("h1", "Lieferant GmbH"),
        ("h2", "Auftragsbestätigung AB-771204"),
        ("mono", "Ihre Bestellung: 4500012873 vom 12.10.2026\nObjekt: Frankfurt-Riedberg, Baufeld 4\nKunden-Nr.: 100487"),
        ("mono", "Pos 10  Thermoprofil TS 75 Flügel, RAL 9016        412,0 m  KW 44\nPos 20  Thermoprofil TS 75 Blendrahmen, RAL 9016   236,5 m  KW 44\nPos 30  Pfosten-Riegel-Profil PR 50, RAL 7016    186,0 m  KW 45 (Teillieferung)"),
        ("p", "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen. Preise zzgl. Aluminium-Teuerungszuschlag gemäß LME-Notierung."),
    ], title="AB-771204", author="Lieferant GmbH", creator="SAP NetWeaver 7.50", producer="SAP NetWeaver Smart Forms",
        date="D:20261014150822+02'00'")
    alt = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], exch_bnd(s, 0))
    root = Multi("mixed", [alt, pdf_att(ab, "AB-771204_4500012873.pdf")], exch_bnd(s, 4))
    subj = "AW: Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44"
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Stefan Maier", frm_addr, quoted=True), A("Götz, Markus", rcpt, "windows-1252", "Q"),
        SUBJ(subj, "windows-1252", "Q"), irt=threads.PO_ORDER, refs=threads.PO_ORDER, attach=True,
        topic=SUBJ("Bestellung 4500012873 – Thermoprofile TS 75 / Liefertermin KW 44", "windows-1252", "Q"))
    return hdr, root
