"""business/01-08 (German)."""

import arch
import company
import docs
import ids
import imgs
import infra
import kit
import mime
import pdf
import senders
import shared
from common import (E, Eq, msg, outlook_html, spec, finish_html, flowed)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate

L = CORR["lieferant"]


def lieferant_footer():
    return [["Lieferant GmbH", "Hafenweg 31, 48155 Münster", "Tel. +49 251 609 33-0"],
            ["Geschäftsführer: Bernd Lammers", "Amtsgericht Münster HRB 14477", "USt-IdNr. " + L["vat"]],
            ["Sparkasse Münsterland Ost", "IBAN " + ids.fmt_iban(L["iban"]), "BIC " + L["bic"]]]


# ------------------------------------------------------------------ 01 ----
@msg("business", "01", "de", "lieferant-rechnung-girocode")
def b01(c):
    r = c.rng
    t = T(2026, 10, 29, 16, 5, 41)
    sab = P("sabine.kroeger")
    inv = shared.LIEF_10502
    nets, vats, total = shared.inv_totals(inv)
    da = shared.de_amount
    payload = docs.epc_qr(L["bic"], "Lieferant GmbH", L["iban"], float(total),
                          "%s Kd %s" % (inv["no"], inv["customer"]))
    items = [(pos, art, desc[:52], "%d %s" % (q, u), da(p), "%d %%" % rate, da(shared.q2(p * q)))
             for (pos, art, desc, q, u, p, rate) in inv["items"]]
    totals = [("Nettobetrag 7 %", da(nets[7]) + " EUR", False), ("Nettobetrag 19 %", da(nets[19]) + " EUR", False),
              ("USt. 7 %", da(vats[7]) + " EUR", False), ("USt. 19 %", da(vats[19]) + " EUR", False),
              ("Rechnungsbetrag", da(total) + " EUR", True)]
    d = docs.invoice(
        title="Rechnung " + inv["no"], producer="Sage 100 Druckausgabe (PDF-XChange 9.5)", creator="Sage 100 9.0",
        author="Lieferant GmbH", date=docs.pdfdate(plus(t, -600)), brand="Lieferant GmbH",
        brand_color=(0.12, 0.36, 0.22), sender_line="Lieferant GmbH · Hafenweg 31 · 48155 Münster",
        recipient=["Example Fleischwerke GmbH", "Kreditorenbuchhaltung", "Falkenrotter Straße 90", "49377 Vechta"],
        meta=[("Rechnung Nr.", inv["no"]), ("Datum", inv["date"]), ("Kunden-Nr.", inv["customer"]),
              ("Ihre Bestellung", inv["order"]), ("Lieferschein", "LS-2026-22817"), ("Ihre USt-IdNr.", ENT["DE"]["vat"])],
        items=items, head_cols=["Pos", "Artikel", "Bezeichnung", "Menge", "Preis", "USt", "Betrag EUR"],
        col_x=[(56, "l"), (80, "l"), (140, "l"), (395, "r"), (445, "r"), (485, "r"), (539, "r")],
        totals=totals,
        payment_lines=["Zahlbar bis %s ohne Abzug." % inv["due"],
                       "Bankverbindung: Sparkasse Münsterland Ost", "IBAN " + ids.fmt_iban(L["iban"]) + " · BIC " + L["bic"],
                       "Verwendungszweck: %s Kd %s" % (inv["no"], inv["customer"])],
        notes=["Lieferung gemäß Lieferschein LS-2026-22817 vom 27.10.2026. Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
               "Naturdärme: Ursprung EU, Kennzeichnung gem. VO (EG) Nr. 853/2004; Chargenliste auf dem Lieferschein."],
        footer=lieferant_footer(), qr=payload, qr_caption=["GiroCode: Mit Banking-App scannen"])
    pdfb = d.render()
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung %s vom %s als PDF-Dokument.

Rechnungsbetrag: %s EUR
Fällig am: %s

Die Rechnung enthält einen GiroCode für die Überweisung mit Ihrer Banking-Software.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Hafenweg 31, 48155 Münster
Telefon +49 251 609 33-0
rechnungen@lieferant-gmbh.de
""" % (inv["no"], inv["date"], da(total), inv["due"])
    b = "=_NextPart_%s" % infra.rhex(r, 24, True)
    tp = mime.text(text, "plain", "iso-8859-15", "8bit", csname="ISO-8859-15", ct_style="bare")
    att = mime.attachment(pdfb, "application/pdf", "%s.pdf" % inv["no"], style="plain")
    root = kit.mixed(b, [tp, att], preamble="This is a multi-part message in MIME format.")
    frm = mime.addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")
    mid = "<%s.%s@sage100.lieferant-gmbh.local>" % (t.strftime("%Y%m%d%H%M%S"), infra.rhex(r, 8, True))
    ch = [hdr("Message-ID", mid), hdr("Date", rfcdate(t, "CET")), hdr("From", frm),
          hdr("To", mime.addr("Kreditorenbuchhaltung Example Fleischwerke", sab[1])),
          hdr("Subject", "Rechnung %s - Kunden-Nr. %s" % (inv["no"], inv["customer"])),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Sage 100 9.0 E-Mail-Versand (SMTP)")]
    host, ip = L["relay"]
    inner = [senders.rec_local_app(r, plus(t, 1), "sage01.lieferant-gmbh.local", host, app_ip="10.10.0.31")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="lieferant-gmbh.de", selector="mail2024", inner=inner)
    H, _, _ = infra.deliver(r, s, sab[1], dmarc=("pass", "quarantine", "lieferant-gmbh.de"))
    return spec(H, root,
                "Lieferant GmbH's ERP sends invoice RE-2026-10502 (casings, spices, curing salt, vacuum bags) as PDF with an EPC GiroCode.",
                "From the supplier's own relay mail.lieferant-gmbh.de with DKIM/SPF/DMARC pass, known account at Sparkasse Münsterland Ost (same as master data), amounts and order number match the quoted thread; QR payload equals the printed data.",
                qr=[payload], ibans=[L["iban"]], phones=["+49 251 609 33-0"],
                pair=[])


# ------------------------------------------------------------------ 02 ----
@msg("business", "02", "de", "lieferant-bankwechsel-ordnungsgemaess")
def b02(c):
    r = c.rng
    t = T(2026, 12, 8, 11, 14, 20)
    sab = P("sabine.kroeger")
    cfo = P("annette.vogelsang")
    text = """Sehr geehrte Frau Kröger,

wie eben telefonisch mit Ihnen und Frau Dr. Vogelsang besprochen: Zum 01.01.2027 wechseln wir unsere Hausbank. Das offizielle Schreiben unserer Geschäftsführung mit der neuen Bankverbindung finden Sie im Anhang, das unterschriebene Original geht Ihnen zusätzlich per Post zu.

Bitte beachten Sie:

- Rechnungen mit Fälligkeit bis 31.12.2026 überweisen Sie bitte noch auf das bisherige Konto bei der Sparkasse Münsterland Ost. Dieses Konto bleibt bis 31.01.2027 bestehen, Zahlungen gehen also nicht verloren.
- Bitte verifizieren Sie die neue Verbindung wie bei Ihnen üblich per Rückruf bei unserer Buchhaltung unter der Ihnen bekannten Rufnummer 0251 609 33-0 (Frau Hesselmann). Wir fordern Sie niemals per E-Mail auf, fällige Rechnungen kurzfristig auf ein anderes Konto zu zahlen.
- Anfang November sind bei mehreren unserer Kunden gefälschte E-Mails unter der Domain "lleferant-gmbh.de" eingegangen. Falls Ihnen noch etwas Ähnliches auffällt, geben Sie uns bitte Bescheid.

Vielen Dank für Ihre Unterstützung und viele Grüße

Stefan Maier

--
Stefan Maier
Key Account Management
Lieferant GmbH | Hafenweg 31 | 48155 Münster
Tel. +49 251 609 33-41 | Mobil +49 171 5523418
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de
"""
    d = docs.letter(
        title="Bankverbindung ab 01.01.2027", author="Bernd Lammers", date=docs.pdfdate(plus(t, -5400)),
        brand="Lieferant GmbH", brand_color=(0.12, 0.36, 0.22), brand_sub="Naturdärme · Gewürze · Verpackung",
        sender_line="Lieferant GmbH · Hafenweg 31 · 48155 Münster",
        recipient=["Example Fleischwerke GmbH", "Kreditorenbuchhaltung", "Falkenrotter Straße 90", "49377 Vechta"],
        place_date="Münster, 07.12.2026", subject="Neue Bankverbindung ab 01.01.2027",
        ref_lines=[("Kunden-Nr.", "10233"), ("Ansprechpartner", "Stefan Maier"), ("Telefon", "0251 609 33-0")],
        body=["Sehr geehrte Damen und Herren,",
              "zum 01.01.2027 verlegen wir unseren Zahlungsverkehr zur Volksbank Münsterland Nord eG. Ab diesem Datum bitten wir Sie, Zahlungen auf folgendes Konto zu leisten:",
              ("box", [("Kontoinhaber:", "Lieferant GmbH"), ("Kreditinstitut:", L["bank_new"]),
                       ("IBAN:", ids.fmt_iban(L["iban_new"])), ("BIC:", L["bic_new"])]),
              "Unser bisheriges Konto bei der Sparkasse Münsterland Ost (IBAN %s) bleibt bis zum 31.01.2027 bestehen. Zahlungen für Rechnungen mit Fälligkeit bis 31.12.2026 leisten Sie bitte noch auf dieses Konto." % ids.fmt_iban(L["iban"]),
              "Zu Ihrer Sicherheit: Bitte prüfen Sie diese Mitteilung durch einen Rückruf unter unserer Zentrale 0251 609 33-0. Änderungen unserer Bankverbindung teilen wir ausschließlich schriftlich mit Unterschrift der Geschäftsführung mit; das Original dieses Schreibens erhalten Sie zusätzlich per Post."],
        closing=["Mit freundlichen Grüßen", "", "Lieferant GmbH", "", "Bernd Lammers, Geschäftsführer"],
        footer=lieferant_footer())
    pdfb = d.render()
    root = kit.thunderbird(r, text, "UTF-8", atts=[(pdfb, "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_2027-01-01.pdf")])
    frm = mime.addr("Stefan Maier", "s.maier@lieferant-gmbh.de")
    mid = infra.tb_msgid(r, "lieferant-gmbh.de")
    ch = [hdr("Message-ID", mid), hdr("Date", rfcdate(t, "CET")), hdr("MIME-Version", "1.0"),
          hdr("User-Agent", "Mozilla Thunderbird"), hdr("Content-Language", "de-DE"),
          hdr("To", mime.addr("Sabine Kröger", sab[1], "utf-8", "Q")),
          hdr("Cc", mime.addr("Dr. Annette Vogelsang", cfo[1], quote_always=True)),
          hdr("From", frm), hdr("Subject", "Neue Bankverbindung Lieferant GmbH ab 01.01.2027"),
          hdr("Organization", "Lieferant GmbH"), ("__CONTENT__", None)]
    host, ip = L["relay"]
    inner = [senders.rec_submission(r, plus(t, 1), "203.0.113.61", host, "s.maier", helo="[10.10.2.47]")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="lieferant-gmbh.de", selector="mail2024", inner=inner)
    H, _, _ = infra.deliver(r, s, sab[1], dmarc=("pass", "quarantine", "lieferant-gmbh.de"))
    return spec(H, root,
                "Lieferant GmbH announces a new house bank from 1 Jan 2027 with a signed letter, after a phone call.",
                "Sent from the real domain and relay (DKIM/SPF/DMARC pass), follows a phone call, old account stays valid, tells the customer to verify by calling the known number, warns about the lleferant-gmbh.de fakes.",
                ibans=[L["iban_new"], L["iban"]], phones=["0251 609 33-0", "+49 251 609 33-41", "+49 171 5523418"],
                pair=[("01", "Supplier bank-detail change (Lieferant GmbH)",
                       "Attack comes from lleferant-gmbh.de via an M365 tenant, wants immediate payment of open invoices to a Berlin account and avoids phone contact; genuine one comes from lieferant-gmbh.de's own relay, keeps the old account valid and asks for a call-back.")])


# ------------------------------------------------------------------ 03 ----
@msg("business", "03", "de", "ceo-dringende-anzahlung-intern")
def b03(c):
    r = c.rng
    t = T(2026, 11, 10, 11, 22, 9)
    ceo = P("klaus.brinkmann")
    cfo = P("annette.vogelsang")
    th = P("tobias.heitmann")
    text = """Annette,

Nordtec hat eben angerufen: Wenn die Anzahlung für die neue Brüh- und Enthaarungsstrecke (Bestellung 4500087312, 30 % = 412.500,00 EUR netto) nicht bis Freitag bei ihnen eingegangen ist, rutschen wir im Fertigungsplan nach hinten und der Montagetermin in KW 9 ist weg.

Die Anzahlungsrechnung liegt seit Montag im SAP-Workflow bei Dir bzw. Tobias, die Anzahlungsbürgschaft der Bank von Nordtec ist gestern per Post gekommen (liegt bei Birgit im Tresor).

Kannst Du die Zahlung bitte heute noch im normalen Zahllauf mit Tobias (Vier-Augen) freigeben? Ich sitze ab 14 Uhr im Flieger nach Madrid, bin aber bis 13:30 Uhr auf dem Handy erreichbar, falls noch Fragen sind.

Danke!
Klaus

--
Klaus Brinkmann
Geschäftsführer / CEO
Example Fleischwerke GmbH
Falkenrotter Straße 90 | 49377 Vechta
T +49 4441 9270-100 | M +49 171 4450918
"""
    html = outlook_html(text, "de")
    msgid, local = infra.exch_msgid(r, "EXCH02")
    root = kit.outlook(local, "EXCH02corpexamplecom", text, html, "utf-8")
    s = infra.internal_send(r, t, mime.addr("Klaus Brinkmann", ceo[1]), [mime.addr("Dr. Annette Vogelsang", cfo[1], quote_always=True)],
                            "Anzahlung Nordtec - bitte heute noch freigeben", msgid,
                            cc=[mime.addr("Tobias Heitmann", th[1])], importance="high")
    H, _, _ = infra.deliver(r, s, cfo[1], ar=False)
    return spec(H, root,
                "The CEO asks the CFO internally to release an urgent down-payment to a machinery supplier today.",
                "Internal Exchange mail via mail-int01; refers to a purchase order and invoice already in the SAP workflow, asks for release in the normal four-eyes payment run with treasury in copy, gives his known mobile number.",
                phones=["+49 4441 9270-100", "+49 171 4450918"],
                pair=[("02", "Urgent payment request from the CEO",
                       "Attack: external look-alike domain, secrecy, escrow to a lawyer, no callback; genuine: internal route, existing PO/invoice in SAP, normal four-eyes release, treasury in copy.")])


# ------------------------------------------------------------------ 04 ----
def nwhb_logo():
    W, H = 180, 44
    navy = (10, 61, 98)
    green = (118, 184, 42)
    return imgs.logo(W, H, (255, 255, 255), [
        ("rect", navy, (0, 0, 44, 44)),
        ("tri", green, ((8, 34), (22, 10), (36, 34))),
        ("rect", navy, (52, 12, 176, 16)), ("rect", navy, (52, 22, 150, 26)), ("rect", green, (52, 32, 120, 35))])


@msg("business", "04", "de", "hausbank-postfach-benachrichtigung")
def b04(c):
    r = c.rng
    t = T(2026, 11, 20, 6, 31, 2)
    th = P("tobias.heitmann")
    masked = "DE65 **** **** **** **%s" % ENT["DE"]["iban"][-2:]
    text = """Sehr geehrter Herr Heitmann,

in Ihrem elektronischen Postfach in NWHB Business liegen neue Dokumente für Sie bereit:

- Kontoauszug 11/2026, Konto %s
- Entgeltinformation Zahlungsverkehr 2027

Bitte melden Sie sich wie gewohnt über unsere Internetseite www.nordwesthandelsbank.de oder die App NWHB Business an, um die Dokumente abzurufen.

Wichtiger Sicherheitshinweis: Derzeit sind gefälschte E-Mails und Briefe zum Thema "Umstellung auf SecureGo plus" im Umlauf, teilweise mit QR-Codes. Diese stammen nicht von uns. Unsere E-Mails enthalten keine Links zur Anmeldung, keine QR-Codes und keine Anhänge, und wir fragen Sie niemals nach PIN, TAN oder Aktivierungscodes.

Mit freundlichen Grüßen
Ihre Nordwest Handelsbank AG

Diese E-Mail wurde automatisch erstellt. Bei Fragen erreichen Sie Ihren Firmenkundenbetreuer Jens Ahlers unter 0441 2185-340.
Nordwest Handelsbank AG, Theaterwall 12, 26122 Oldenburg, Vorstand: Dr. Hauke Remmers (Vors.), Silke Brünjes, Amtsgericht Oldenburg HRB 4711
""" % masked
    paras = text.strip().split("\n\n")
    hb = ""
    for p in paras:
        if p.startswith("- "):
            hb += "<ul>" + "".join("<li>%s</li>" % E(x[2:]) for x in p.split("\n")) + "</ul>"
        elif p.startswith("Wichtiger"):
            hb += '<p style="background:#fff4e5;border-left:4px solid #e08a00;padding:10px">%s</p>' % E(p)
        elif p.startswith("Diese E-Mail") or p.startswith("Nordwest Handelsbank AG,"):
            hb += '<p style="font-size:11px;color:#777">%s</p>' % E(p).replace("\n", "<br>")
        else:
            hb += "<p>%s</p>" % E(p).replace("\n", "<br>")
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>NWHB Business</title></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a;margin:0;padding:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="20" cellspacing="0">'
            '<tr><td><img src="cid:nwhb-logo" width="180" height="44" alt="Nordwest Handelsbank"></td></tr><tr><td>%s</td></tr>'
            '</table></td></tr></table></body></html>' % hb)
    logo = nwhb_logo()
    b1 = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000)
    b2 = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000 + 1)
    alt = kit.alt(b2, text, html, "utf-8", "quoted-printable", csname="UTF-8")
    lp = mime.attachment(logo, "image/png", "nwhb-logo.png", style="plain", disposition="inline", cid="nwhb-logo")
    root = mime.multipart_inline("related", [alt, lp], b1)
    frm = mime.addr("Nordwest Handelsbank AG", "service@nordwesthandelsbank.de")
    mid = "<%d.%d.%d@nwhb-notify01.nordwesthandelsbank.de>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7), infra.epoch(t) * 1000)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("From", frm), hdr("To", mime.addr("Tobias Heitmann", th[1])),
          hdr("Message-ID", mid), hdr("Subject", mime.hdr_text("Neue Dokumente in Ihrem elektronischen Postfach", "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Auto-Response-Suppress", "All"),
          hdr("Auto-Submitted", "auto-generated")]
    host, ip = CORR["nwhb"]["relay"]
    inner = [senders.rec_local_app(r, plus(t, 1), "nwhb-notify01.nordwesthandelsbank.de", host, app_ip="10.41.8.21")]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="nordwesthandelsbank.de", selector="nwhb2026", inner=inner, amavis=False,
                            mailfrom="bounce-notify@nordwesthandelsbank.de")
    H, _, _ = infra.deliver(r, s, th[1], dmarc=("pass", "reject", "nordwesthandelsbank.de"))
    return spec(H, root,
                "House bank notification: new statement and fee information in the online-banking mailbox, with a warning about fake SecureGo mails.",
                "From the bank's own domain and relay (DMARC p=reject, pass), no login link, no QR code, no attachment, masked account, refers to the usual login path and the named relationship manager.",
                phones=["0441 2185-340"],
                pair=[("04", "House bank and TAN/app procedure (SecureGo)",
                       "Attack: look-alike domain via SendGrid, PDF with QR code to an activation page, asks for login and activation code; genuine: bank's own DMARC-reject domain, no links/QR/attachments, explicitly warns about that campaign."),
                      ("28", "Bank asks to renew signature / app via QR code", "Attack (CaixaBank look-alike) puts the renewal link only in a QR image; the genuine bank notice has no QR, no link and warns against exactly that."),
                      ("33", "Bank KYC / security update requests", "Attack (Eurobank look-alike) wants e-banking credentials via a QR code in a DOCX; the genuine bank mail asks for nothing and only points to the usual login path.")])


# ------------------------------------------------------------------ 05 ----
@msg("business", "05", "de", "labor-pruefbericht-sendgrid")
def b05(c):
    r = c.rng
    t = T(2026, 11, 13, 14, 48, 27)
    lampe = P("henrik.lampe")
    rep = "2026-%06d" % r.randint(100000, 199999)
    uid = r.randint(10 ** 7, 4 * 10 ** 7)
    portal = "https://portal.labnord-analytik.de/berichte/%s" % rep
    click = senders.sg_click(r, uid)
    text = """Sehr geehrter Herr Dr. Lampe,

zu Ihrem Auftrag 26-4471 (Umgebungsproben Zerlegung, Probenahme 10.11.2026) liegt der Prüfbericht %s vor. Der Bericht ist dieser E-Mail als PDF beigefügt und steht zusätzlich im Kundenportal bereit:
%s

Zusammenfassung: 12 Proben, Listeria monocytogenes und Salmonella spp. in allen Proben nicht nachgewiesen. Gesamtkeimzahl in 2 Proben über Ihrem internen Richtwert (siehe Bemerkungen).

Mit freundlichen Grüßen
Ihr LabNord-Team

LabNord Analytik GmbH | Am Tiergarten 7 | 49393 Lohne
Tel. +49 4442 80377-0 | akkreditiert nach DIN EN ISO/IEC 17025 (D-PL-21874-01-00)
""" % (rep, portal)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="border-bottom:3px solid #2a7ab0;padding-bottom:8px;font-size:18px;color:#2a7ab0;font-weight:600">LabNord Analytik</div>'
            '<p>Sehr geehrter Herr Dr. Lampe,</p><p>zu Ihrem Auftrag 26-4471 (Umgebungsproben Zerlegung, Probenahme 10.11.2026) liegt der Prüfbericht <b>%s</b> vor. '
            'Der Bericht ist dieser E-Mail als PDF beigefügt und steht zusätzlich im <a href="%s">Kundenportal</a> bereit.</p>'
            '<p>Zusammenfassung: 12 Proben, <i>Listeria monocytogenes</i> und <i>Salmonella</i> spp. in allen Proben nicht nachgewiesen. Gesamtkeimzahl in 2 Proben über Ihrem internen Richtwert (siehe Bemerkungen).</p>'
            '<p>Mit freundlichen Grüßen<br>Ihr LabNord-Team</p><p style="font-size:11px;color:#666">LabNord Analytik GmbH | Am Tiergarten 7 | 49393 Lohne<br>Tel. +49 4442 80377-0 | akkreditiert nach DIN EN ISO/IEC 17025 (D-PL-21874-01-00)</p>'
            '<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important"/></body></html>'
            % (rep, Eq(click), uid, infra.rb64(r, 60).replace("+", "-").replace("/", "_").replace("=", "")))
    d = pdf.Doc(title="Prüfbericht " + rep, author="LabNord LIMS", creator="LabWare LIMS 8", producer="iText 8.0.4", date=docs.pdfdate(plus(t, -900)))
    W = 595.28
    d.text(56, 790, "LabNord Analytik GmbH", "F2", 15, color=(0.16, 0.48, 0.69))
    d.rtext(W - 56, 792, "Prüfbericht " + rep, "F2", 11)
    d.text(56, 770, "Am Tiergarten 7 · 49393 Lohne · akkreditiert nach DIN EN ISO/IEC 17025:2018", "F1", 7.5)
    y = 740
    for k, v in [("Auftraggeber:", "Example Fleischwerke GmbH, Falkenrotter Straße 90, 49377 Vechta"), ("Auftrag:", "26-4471 Umgebungsproben Zerlegung"),
                 ("Probenahme:", "10.11.2026, durch Auftraggeber"), ("Probeneingang:", "10.11.2026 16:40, 4,1 °C"), ("Prüfzeitraum:", "10.11.2026 – 13.11.2026")]:
        d.text(56, y, k, "F2", 9)
        d.text(150, y, v, "F1", 9)
        y -= 13
    y -= 10
    d.rect(56, y - 4, W - 112, 15, fill=(0.88, 0.92, 0.96))
    cols = [(60, "Probe"), (110, "Entnahmestelle"), (270, "Parameter"), (420, "Methode"), (535, "Ergebnis")]
    for x, h in cols[:-1]:
        d.text(x, y, h, "F2", 8)
    d.rtext(539, y, "Ergebnis", "F2", 8)
    y -= 16
    sites = ["Bandanlage Zerlegung 1", "Bandanlage Zerlegung 2", "Messer-Sterilisator", "Kühlhaus 3 Boden-Abfluss",
             "Schneidbrett Feinzerlegung", "Transportbehälter E2", "Handwaschbecken Eingang", "Vakuumierer Linie 2",
             "Förderband Verpackung", "Kondensat Verdampfer KH3", "Wandfläche Zerlegung", "Kutter Produktion"]
    for i, site in enumerate(sites):
        pid = "%s-%02d" % (rep[-4:], i + 1)
        for param, meth, res in [("L. monocytogenes", "ISO 11290-1", "n. n. / Fläche"), ("Salmonella spp.", "ISO 6579-1", "n. n. / Fläche")]:
            d.text(60, y, pid, "F1", 7.5)
            d.text(110, y, site, "F1", 7.5)
            d.text(270, y, param, "F1", 7.5)
            d.text(420, y, meth, "F1", 7.5)
            d.rtext(539, y, res, "F1", 7.5)
            y -= 11
        if y < 140:
            d.new_page()
            y = 780
    y -= 10
    y = d.para(56, y, "Bemerkungen: Gesamtkeimzahl (ISO 4833-1) an den Proben %s-06 (Transportbehälter E2) mit 2,4 x 10^4 KbE/100 cm² und %s-10 (Kondensat Verdampfer KH3) mit 1,1 x 10^5 KbE/ml über dem internen Richtwert des Auftraggebers. n. n. = nicht nachgewiesen." % (rep[-4:], rep[-4:]), W - 112, "F1", 8.5, 11)
    d.text(56, y - 20, "Lohne, 13.11.2026    Dr. Insa Gerdes, Leiterin Mikrobiologie (elektronisch freigegeben)", "F1", 8.5)
    pdfb = d.render()
    bnd = infra.rhex(r, 60)
    alt = kit.alt(infra.rhex(r, 60), text, html, "utf-8", "quoted-printable", ct_style="quoted")
    att = mime.attachment(pdfb, "application/pdf", "Pruefbericht_%s.pdf" % rep, style="plain")
    root = kit.mixed(bnd, [alt, att], quoted=False)
    frm = mime.addr("LabNord Analytik - Prüfberichte", "pruefberichte@labnord-analytik.de", "utf-8", "Q")
    mid = "<%s@geopod-ismtpd-%d>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), r.randint(1, 40))
    ch = [hdr("Date", rfcdate(t, "UTC", "pad").replace("+0000", "+0000 (UTC)")), hdr("From", frm),
          hdr("Mime-Version", "1.0"), hdr("Message-ID", mid),
          hdr("Reply-To", mime.addr("Dr. Insa Gerdes", "i.gerdes@labnord-analytik.de")),
          hdr("Subject", mime.hdr_text("Prüfbericht %s – Auftrag 26-4471 Umgebungsproben Zerlegung" % rep, "utf-8", "B")),
          hdr("To", lampe[1]), ("__CONTENT__", None)]
    s = senders.sendgrid(r, t, ch, frm, "labnord-analytik.de", em="em3391", uid=uid)
    senders.fix_rcpt(s, lampe[1])
    H, _, _ = infra.deliver(r, s, lampe[1], dmarc=("pass", "quarantine", "labnord-analytik.de"))
    return spec(H, root,
                "The accredited food lab's LIMS sends test report (Listeria/Salmonella environmental swabs) as PDF, with a tracked portal link.",
                "Genuine transactional mail from the known lab via SendGrid with the lab's own DKIM domain; refers to the QA manager's own order number and sampling date; tracked link resolves to the lab's own portal domain.",
                phones=["+49 4442 80377-0"], urls=[portal])


# ------------------------------------------------------------------ 06 ----
def docusign_mail(r, t, sender_name, sender_mail, rcpt_name, rcpt_mail, subject, message, docname, lang="de", acct=None):
    env = infra.guid(r, True)
    acct = acct or infra.guid(r)
    er = infra.guid(r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env.lower(), acct, er)
    code = infra.rhex(r, 32, True) + "2"
    if lang == "de":
        lines = ("%s hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet." % sender_name, "DOKUMENT ÜBERPRÜFEN",
                 "Diese E-Mail nicht weiterleiten", "Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail und den Link oder Zugriffscode nicht an andere Personen weiter.",
                 "Alternative Signaturmethode", "Besuchen Sie Docusign.com, klicken Sie auf \"Access Documents\" und geben Sie den Sicherheitscode ein:",
                 "Über Docusign", "Dokumente in wenigen Minuten elektronisch signieren. Das Verfahren ist sicher.",
                 "Fragen zum Dokument?", "Wenn Sie das Dokument ändern müssen oder Fragen dazu haben, wenden Sie sich direkt an den Absender.")
    else:
        lines = ("%s sent you a document to review and sign." % sender_name, "REVIEW DOCUMENT",
                 "Do Not Share This Email", "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
                 "Alternate Signing Method", "Visit Docusign.com, click 'Access Documents', and enter the security code:",
                 "About Docusign", "Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
                 "Questions about the Document?", "If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.")
    text = "%s\n\n%s\n%s\n\n%s\n\n%s <%s>\n\n%s\n\n%s\n%s\n\n%s\n%s %s\n\n%s\n%s\n" % (
        lines[0], lines[1], link, message, sender_name, sender_mail, lines[2], lines[3], "", lines[4], lines[5], code, lines[8], lines[9])
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:0;margin:0;background-color:#eaeaea">'
            '<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background-color:#eaeaea"><tr><td align="center" style="padding:24px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333">'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" style="border:none"></td></tr>'
            '<tr><td style="padding:0 24px"><table width="100%%" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 24px 36px;font-size:16px;line-height:24px">'
            '<img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br><br>%s<br><br>'
            '<a href="%s" style="background-color:#ffc423;color:#333333;padding:12px 22px;text-decoration:none;font-weight:bold;font-size:15px;border-radius:2px">%s</a></td></tr></table></td></tr>'
            '<tr><td style="padding:20px 24px 24px"><p><b>%s</b><br><a href="mailto:%s" style="color:#2463d1">%s</a></p><p>%s</p></td></tr>'
            '<tr><td style="padding:0 24px 24px;background-color:#f4f4f4;font-size:11px;color:#666666;line-height:18px"><p><b>%s</b><br>%s</p><p><b>%s</b><br>%s<br>%s</p><p><b>%s</b><br>%s</p></td></tr>'
            '</table></td></tr></table></body></html>' % (E(lines[0]), Eq(link), E(lines[1]), E(sender_name), Eq(sender_mail), E(sender_mail), E(message).replace("\n", "<br>"),
                                                          E(lines[2]), E(lines[3]), E(lines[4]), E(lines[5]), code, E(lines[8]), E(lines[9])))
    return text, html, link, env


def docusign_send(r, t, ch, frm):
    n = r.randint(20, 60)
    host = "mailfra%d.eumail.docusign.net" % (n % 4 + 1)
    ip = "185.81.100.%d" % n
    s = senders._sent(host, host, ip, plus(t, 2), "bounces@eumail.docusign.net", infra.TLS12)
    d, b8 = infra.dkim(r, "eumail.docusign.net", "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To", t=infra.epoch(t), cont="\t ")
    s.dkim.append(("eumail.docusign.net", "mail", b8))
    s.headers = [d, infra.raw("Received", "from docusign.net (10.81.%d.%d) by %s with Microsoft SMTP Server id 15.2.1544.9; %s" %
                              (r.randint(1, 40), r.randint(2, 250), host.upper().split(".")[0], rfcdate(plus(t, 1), "UTC")))] + ch
    return s


@msg("business", "06", "de", "docusign-auftragsvereinbarung-steuerberater")
def b06(c):
    r = c.rng
    t = T(2026, 12, 3, 15, 9, 44)
    ceo = P("klaus.brinkmann")
    message = """Sehr geehrter Herr Brinkmann,

wie in unserem Jahresgespräch am 26.11. besprochen, erhalten Sie anbei die Auftragsvereinbarung für Steuerberatung, Lohnbuchhaltung und Jahresabschluss 2027 zur elektronischen Unterzeichnung.

Mit freundlichen Grüßen
Christiane Brandt
Steuerberaterin"""
    text, html, link, env = docusign_mail(r, t, "Christiane Brandt", "c.brandt@brandt-kollegen.de", "Klaus Brinkmann", ceo[1],
                                          "", message, "Auftragsvereinbarung_2027")
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Christiane Brandt via Docusign", "dse@eumail.docusign.net")
    mid = "<%s@eumail.docusign.net>" % infra.rhex(r, 32)
    ch = [hdr("Reply-To", mime.addr("Christiane Brandt", "c.brandt@brandt-kollegen.de")), hdr("From", frm),
          hdr("To", mime.addr("Klaus Brinkmann", ceo[1])), hdr("Message-ID", mid), hdr("Date", rfcdate(t, "UTC", "plain")),
          hdr("Subject", mime.hdr_text("Bitte mit Docusign unterzeichnen: Auftragsvereinbarung_2027_Example_Fleischwerke.pdf", "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-DocuSign-Envelope-ID", env),
          hdr("X-Auto-Response-Suppress", "All")]
    s = docusign_send(r, t, ch, frm)
    H, _, _ = infra.deliver(r, s, ceo[1], dmarc=("pass", "reject", "eumail.docusign.net"))
    return spec(H, root,
                "DocuSign envelope from the company's tax adviser: engagement letter 2027 to sign.",
                "Genuine DocuSign EU notification (dse@eumail.docusign.net, DKIM pass), link to eu.docusign.net, Reply-To is the known adviser, content matches a meeting that took place; no credential request outside DocuSign.",
                urls=[link],
                pair=[("15", "Electronic signature request",
                       "Attack imitates DocuSign from the look-alike docusgn-mail.net via SendGrid, its button is a click-tracking redirect to an attacker page; genuine comes from DocuSign's own servers and links to eu.docusign.net.")])


# ------------------------------------------------------------------ 07 ----
@msg("business", "07", "de", "steuerberater-lohnunterlagen-passwort-zip")
def b07(c):
    r = c.rng
    t = T(2026, 12, 4, 10, 2, 18)
    jw = P("jana.wuebbolding")
    ten = TEN["brandt"]
    pw = "Vec26!Lohn-Nov%d" % r.randint(10, 99)
    dt = (2026, 12, 4, 9, 55, 12)

    def small(title, lines):
        d = pdf.Doc(title=title, author="DATEV", creator="DATEV LODAS", producer="DATEV Druckausgabe", date=docs.pdfdate(t))
        d.text(56, 790, title, "F2", 13)
        d.text(56, 772, "Mandant 40721/118 Example Fleischwerke GmbH · Abrechnungsmonat 11/2026", "F1", 9)
        y = 740
        for ln in lines:
            d.text(56, y, ln, "F3", 8.5)
            y -= 12
        return d.render()
    p1 = small("Lohnjournal 11/2026", ["Pers.-Nr.  Kostenst.  Brutto      Steuer     SV-AN      Netto", "-" * 64,
                                       "Summe gewerbliche AN (412)   1.398.214,55  172.960,18  283.105,33  942.149,04",
                                       "Summe Angestellte (96)         531.602,10   97.455,81  106.215,77  327.930,52",
                                       "Gesamt (508)                 1.929.816,65  270.415,99  389.321,10  1.270.079,56"])
    p2 = small("Beitragsnachweise 11/2026", ["AOK Niedersachsen            412.881,47", "Techniker Krankenkasse        96.104,28",
                                             "BARMER                        41.377,90", "DAK-Gesundheit                22.914,06",
                                             "Minijob-Zentrale               3.118,40", "Summe                        576.396,11"])
    z = arch.make_zip([("Lohnjournal_11-2026.pdf", p1, dt), ("Beitragsnachweise_11-2026.pdf", p2, dt)], password=pw, rng=r)
    text = """Hallo Frau Wübbolding,

anbei die Auswertungen zur Lohnabrechnung November 2026 (Lohnjournal und Beitragsnachweise) als verschlüsseltes ZIP-Archiv. Das Kennwort erhalten Sie wie vereinbart separat per SMS auf Ihr Diensthandy.

Die Zahlungsdatei für die Nettolöhne liegt wie immer im DATEV-Rechenzentrum zum Abruf über Unternehmen online bereit. Die Beitragsnachweise wurden gestern fristgerecht übermittelt.

Bei Rückfragen bin ich heute bis 15 Uhr erreichbar.

Viele Grüße
Melanie Voß
Lohnbuchhaltung

Brandt & Kollegen Steuerberatungsgesellschaft mbH
Große Straße 44 | 49377 Vechta
Tel. +49 4441 8870-23 | m.voss@brandt-kollegen.de
"""
    html = outlook_html(text, "de")
    msgid, local = infra.m365_msgid(r, ten)
    root = kit.outlook(local, ten.mbx + "eurp", text, html, "iso-8859-1",
                       atts=[(z, "application/x-zip-compressed", "Lohn_11-2026_Example.zip")])
    s = infra.m365_send(r, ten, t, mime.addr("Melanie Voß", "m.voss@brandt-kollegen.de", "iso-8859-1", "Q"),
                        [mime.addr("Wübbolding, Jana", jw[1], "iso-8859-1", "Q")],
                        "Lohnauswertungen 11/2026 - Example Fleischwerke (Mandant 40721/118)", msgid, has_attach=True)
    H, _, _ = infra.deliver(r, s, jw[1], dmarc=("pass", "quarantine", "brandt-kollegen.de"), arc=s.arc)
    return spec(H, root,
                "The payroll bureau sends November payroll reports as an encrypted ZIP; the password comes by SMS.",
                "Known tax adviser's Microsoft 365 tenant (DKIM/DMARC pass), expected monthly reports with client number, password deliberately not in the mail, ZIP contains only PDFs.",
                zip_password=pw, phones=["+49 4441 8870-23"], other="password is sent by SMS and is not in the message",
                pair=[("06", "Password-protected ZIP attachment",
                       "Attack puts the password in the body of a mail from a look-alike authority and the ZIP holds .pdf.lnk shortcuts; genuine sends the password out of band and the archive holds PDFs only.")])


# ------------------------------------------------------------------ 08 ----
@msg("business", "08", "de", "mitarbeiter-privatmail-bankverbindung")
def b08(c):
    r = c.rng
    t = T(2026, 11, 23, 19, 12, 50)
    jw = P("jana.wuebbolding")
    iban = ids.gen_iban(r, "DE", bank="28050100")
    text = """Hallo Frau Wübbolding,

wie heute Mittag in der Kantine kurz besprochen: Ich habe zum 1. Dezember ein neues Gehaltskonto bei der Landessparkasse zu Oldenburg. Das Formular "Änderung Bankverbindung" aus dem Intranet habe ich zu Hause ausgefüllt und schicke es Ihnen vorab als PDF.

Das unterschriebene Original lege ich Ihnen morgen früh vor Schichtbeginn ins Postfach in der Personalabteilung. Sie können mich bei Fragen jederzeit unter meiner Durchwahl -412 oder auf dem Firmenhandy anrufen.

Viele Grüße
Mehmet Yıldız
Versand / Logistik
"""
    d = pdf.Doc(title="Änderung Bankverbindung", author="Mehmet Yildiz", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=docs.pdfdate(plus(t, -1500)))
    W = 595.28
    d.text(56, 790, "Example Fleischwerke GmbH – Personalabteilung", "F2", 12)
    d.text(56, 760, "Mitteilung über die Änderung der Bankverbindung für Entgeltzahlungen", "F2", 11)
    y = 720
    for k, v in [("Name, Vorname:", "Yıldız, Mehmet"), ("Personalnummer:", "10377"), ("Abteilung:", "Versand / Logistik"),
                 ("Gültig ab Abrechnungsmonat:", "Dezember 2026"), ("Kontoinhaber:", "Mehmet Yıldız"),
                 ("Kreditinstitut:", "Landessparkasse zu Oldenburg"), ("IBAN:", ids.fmt_iban(iban)), ("BIC:", "SLZODE22XXX")]:
        d.text(56, y, k, "F1", 10)
        d.text(230, y, v, "F2", 10)
        d.line(228, y - 3, 539, y - 3, 0.3)
        y -= 24
    d.para(56, y - 10, "Ich versichere, dass ich Inhaber des angegebenen Kontos bin. Die Änderung wird erst nach Eingang des unterschriebenen Originals in der Personalabteilung und Rückbestätigung durch die Personalabteilung wirksam.", W - 112, "F1", 9, 12)
    d.text(56, y - 80, "Vechta, 23.11.2026          Unterschrift: (Original folgt)", "F1", 10)
    d.text(56, 60, "Formular PA-07 / Stand 01/2025", "F1", 7)
    pdfb = d.render()
    root = mime.multipart_inline("mixed", [mime.text(text, "plain", "utf-8", "quoted-printable", csname="UTF-8", ct_style="bare"),
                                           mime.attachment(pdfb, "application/pdf", "Aenderung_Bankverbindung_Yildiz.pdf", style="plain")],
                                 "=_" + infra.rhex(r, 30), preamble=None)
    frm = mime.addr("Mehmet Yıldız", "mehmet.yildiz84@web.de", "utf-8", "Q")
    mid = "<trinity-%s-%d@3c-app-webde-bs%02d>" % (infra.guid(r), infra.epoch(t) * 1000 + r.randint(0, 999), r.randint(1, 60))
    ch = [hdr("MIME-Version", "1.0"), hdr("Message-ID", mid), hdr("From", frm),
          hdr("To", mime.addr("Jana Wübbolding", jw[1], "utf-8", "Q")),
          hdr("Subject", "Neue Bankverbindung ab Dezember (Formular vorab)"), ("__CONTENT__", None),
          hdr("Date", rfcdate(t, "CET")), hdr("Importance", "normal"), hdr("Sensitivity", "Normal")]
    s = senders.united(r, t, ch, frm, "webde", "87.%d.%d.%d" % (r.randint(128, 191), r.randint(0, 255), r.randint(1, 254)))
    H, _, _ = infra.deliver(r, s, jw[1], dmarc=("pass", "quarantine", "web.de"))
    return spec(H, root,
                "An employee sends HR, from his private WEB.DE address, the company form for a new salary account (PDF) after talking to HR in person.",
                "Follows an in-person conversation, uses the company's own form, account at a regional savings bank in his own name, signed original handed in next morning, offers phone contact; the change is only effective after HR's confirmation.",
                ibans=[iban],
                pair=[("08", "Employee asks payroll to change the salary account from private mail",
                       "Attack: unknown GMX address, neobank, no form, no in-person contact, asks for quick confirmation; genuine: preceded by a conversation, company form, original signed in person.")])
