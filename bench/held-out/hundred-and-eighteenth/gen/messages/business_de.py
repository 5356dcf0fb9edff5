"""Genuine messages, German (01-08)."""

from lib import co, ids, office, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html, paras_to_outlook
from lib.systems import H
from messages import lief
from messages.common import (D, S, alt, eur, ex_msgid, footer, letterhead, mixed, outlook_att, outlook_bnd,
                             outlook_parts, outlook_smtp_msgid, related, sig_de, table, ms_msgid)
from messages.registry import msg

B = "business"


# --------------------------------------------------------------------- 01
@msg(B, 1, "de", "ceo-schlussrate-freigabe-intern")
def b01(m):
    m.what = ("CEO asks the CFO internally to put the final instalment for the LED inter-lighting in greenhouse 4 into today's "
              "payment run before the 3 % cash discount expires; he is at a trade fair in Venlo.")
    m.why = ("Internal Exchange mail via mail-int01 from the real CEO mailbox; refers to an existing purchase order and the "
             "invoice already in the DMS, explicitly keeps the master-data bank account, invites a phone call, copies the "
             "assistant - urgency without secrecy or new payee.")
    m.pair = ["01-de-ceo-vertrauliche-uebernahme.eml"]
    m.pair_topic = "Urgent payment request from the CEO who is travelling (Venlo)"
    m.pair_diff = ("Genuine: internal route (EXCH01 -> mail-int01), known vendor/PO/DMS document, normal approval, phone welcome, "
                   "assistant in CC. Attack: external look-alike domain, secrecy, no phone, unknown lawyer.")
    h = H(co.P("ceo"), [co.P("cfo")], "Schlussrate LED-Zwischenbelichtung Haus 4 - bitte heute noch in den Zahllauf",
          D(2026, 10, 20, 11, 7, 33), cc=[co.P("assist"), co.P("ap")], hcs="iso-8859-1", henc="Q")
    h.msgid = ex_msgid(m, "EXCH01")
    paras = ["Hallo Sabine,", "",
             "kurze Bitte, ich bin heute noch bis ca. 15 Uhr auf der Messe in Venlo: Die Schlussrate für die LED-Zwischenbelichtung "
             "in Haus 4 (Hortilux, Rechnung HX-26-0947 über 84.210,00 EUR netto) ist heute mit 3 % Skonto fällig.", "",
             "Die Abnahme war letzte Woche, Dirk hat das Protokoll unterschrieben, die Rechnung liegt bei Jana im DMS (Beleg "
             "2026-18874), die Bestellung 4500018790 ist von mir freigegeben. Bitte nimm sie in den heutigen Zahllauf - "
             "Bankverbindung wie in den Stammdaten, da hat sich nichts geändert.", "",
             "Wenn etwas unklar ist, ruf mich einfach auf dem Handy an.", "",
             "Danke und Gruß", "Hendrik"]
    sig = ("Hendrik Terhoeven\nGeschäftsführer\n\nExample Group GmbH\nAm Glashaus 12 · 47638 Straelen\nTel. +49 2834 9577-100\n"
           "hendrik.terhoeven@example.com · www.example.com")
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "DE", "E-MailFormatvorlage17", sig_text=sig)
    root = alt(t, ht, outlook_bnd(h.msgid, 0))
    return systems.exchange_internal(m, h, root, srv="EXCH01", srv2="EXCH02", client_ip="10.20.31.17")


# --------------------------------------------------------------------- 02
@msg(B, 2, "de", "lieferant-rechnung-zugferd-girocode")
def b02(m):
    L = co.LIEF
    items = [("KS-100-18", "Kokos-Growbag 100x18x10 cm, gepuffert, 3 Pflanzlöcher", 3600, "Stk", 3.18),
             ("STW-133", "Steinwolle-Anzuchtblock 10x10x6,5 cm", 9000, "Stk", 0.27),
             ("CN-25", "Calciumnitrat flüssig 25 kg", 48, "Stk", 21.40),
             ("TR-FR", "Frachtkostenanteil LKW Geldern-Straelen", 1, "psch", 185.00)]
    xml = lief.cii_xml("RE-2026-10618", "20261207", "20261204", "20261221", "4500018874", items, L["bank"])
    pdf, tot = lief.invoice_pdf(m, "RE-2026-10618", "07.12.2026", "04.12.2026", "4500018874", "LS-88409", items, L["bank"],
                                xml=xml, due_s="21.12.2026", created="D:20261207061512+01'00'")
    m.what = ("Invoice RE-2026-10618 from Lieferant GmbH's accounting mailbox: ZUGFeRD/Factur-X PDF (embedded EN 16931 XML) "
              "with GiroCode for the supplier's usual account.")
    m.why = ("Sent by the supplier's ERP through its own relay mail.lieferant-gmbh.de (SPF/DKIM/DMARC pass), from the address "
             "that always sends invoices, bank details identical to master data (Volksbank an der Niers), structured e-invoice "
             "as required in Germany since 2025, matching order and delivery note.")
    m.pair = ["02-de-lieferant-bankverbindung-lookalike.eml", "03-de-lieferant-threadhijack-rechnung.eml",
              "08-de-erechnung-html-anhang.eml"]
    m.pair_topic = "Supplier invoice / e-invoice with payment details and QR code"
    m.pair_diff = ("Genuine: rechnungen@ via the supplier relay, Sage mailer, known IBAN in text, XML and GiroCode agree. Attacks: "
                   "look-alike domain, webmail reply in a hijacked thread with a different IBAN, or HTML 'viewer' asking for a login.")
    h = H(L["buha"], [co.P("ap")], "Rechnung RE-2026-10618 - Lieferant GmbH - Kunden-Nr. 40127",
          D(2026, 12, 7, 6, 15, 40), hcs="iso-8859-15", henc="Q")
    h.msgid = "<SAGE.%s.%s@erp01.lieferant-gmbh.de>" % (smtp.rhex(m.rng, 12, True), smtp.rhex(m.rng, 6, True))
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Rechnung RE-2026-10618 vom 07.12.2026 über %s EUR.\n\n"
            "Die Rechnung ist eine E-Rechnung im Format ZUGFeRD 2.3 (Profil EN 16931); die strukturierten Rechnungsdaten sind "
            "als XML-Datei (factur-x.xml) in die PDF-Datei eingebettet.\n\n"
            "Bitte überweisen Sie den Betrag bis zum 21.12.2026 auf unser Ihnen bekanntes Konto bei der Volksbank an der "
            "Niers eG (IBAN %s).\n\n"
            "Mit freundlichen Grüßen\n\nLieferant GmbH\nBuchhaltung\nIndustriestraße 44 · 47608 Geldern\n"
            "Tel. +49 2831 97420-40 · rechnungen@lieferant-gmbh.de\n\n"
            "Hinweis: Wir ändern unsere Bankverbindung niemals per E-Mail. Sollten Sie eine solche Nachricht erhalten, "
            "rufen Sie uns bitte unter der Ihnen bekannten Rufnummer an.\n"
            "--\nGeschäftsführer: Georg Verhaag · %s · USt-IdNr. %s\n") % (eur(tot), ids.fmt_iban(L["bank"][2]), L["hrb"], L["vat"])
    tp = m.text(text, "iso-8859-15", "quoted-printable")
    att = m.att(pdf, "application/pdf", "RE-2026-10618.pdf", header_order=["ct", "cte", "cd"])
    root = mixed([tp, att], m.boundary("java"))
    return systems.postfix_relay(m, h, root, L["relay"], L["relay_ip"], client_host="erp01.lieferant.local",
                                 client_ip="10.10.1.20", dkim_d=L["domain"], dkim_s="mail2025", auth=True,
                                 order=["date", "from", "to", "msgid", "subject", "mime"],
                                 ua_lines=["X-Mailer: Sage 100 9.0 Mailversand", "X-Priority: 3"])


# --------------------------------------------------------------------- 03
@msg(B, 3, "de", "lieferant-lieferavis-antwort")
def b03(m):
    L = co.LIEF
    m.what = ("Petra Lang (Lieferant GmbH) confirms in the order thread the delivery slot for substrate order 4500018874 and "
              "that the invoice will follow from the accounting address as usual.")
    m.why = ("Her normal client (Outlook 16 over SMTP to the supplier's relay, internal LAN IP, DKIM/DMARC pass), real thread "
             "references, operational content only, no payment change; the supplier's footer states bank details are never "
             "changed by e-mail.")
    m.pair = ["03-de-lieferant-threadhijack-rechnung.eml"]
    m.pair_topic = "Reply from Petra Lang in an order thread"
    m.pair_diff = ("Genuine: Outlook via relay from the office LAN, logistics only. Hijack: Roundcube session from a foreign IP, "
                   "same thread, new 'temporary' bank account and payment pressure.")
    prev = "<%s@EXCH02.corp.example.com>" % smtp.rhex(m.rng, 32)
    first = outlook_smtp_msgid(m, "lieferant-gmbh.de")
    h = H(L["lang"], [co.P("buy")], "AW: Lieferung Substrat KW 50 / Bestellung 4500018874", D(2026, 12, 2, 14, 26, 3),
          cc=[co.P("ap"), L["maier"]], irt=prev, refs=first + " " + prev, hcs="iso-8859-1", henc="Q")
    h.msgid = outlook_smtp_msgid(m, "lieferant-gmbh.de")
    paras = ["Guten Tag Herr Peeters,", "",
             "danke für die Bestellung. Die Ware geht am Donnerstag, 03.12., bei uns raus; Anlieferung in Straelen am Freitag, "
             "04.12., zwischen 7 und 9 Uhr (Spedition Hülsmann, 16 Paletten). Die Steinwolle-Blöcke kommen direkt vom "
             "Herstellerlager, die Kokos-Growbags und das Calciumnitrat aus Geldern.", "",
             "Die Rechnung erhalten Sie wie immer von unserer Buchhaltung (rechnungen@lieferant-gmbh.de) als ZUGFeRD-Datei. "
             "Wegen der Konditionen für die Saison 2027 meldet sich Herr Maier (in CC) nächste Woche bei Ihnen.", "",
             "Mit freundlichen Grüßen", "", "Petra Lang", "Innendienst / Auftragsabwicklung"]
    sig = ("Lieferant GmbH\nIndustriestraße 44 | 47608 Geldern\nTel.: +49 2831 97420-23\np.lang@lieferant-gmbh.de | www.lieferant-gmbh.de\n\n"
           "Hinweis: Wir ändern unsere Bankverbindung niemals per E-Mail.\n"
           "Geschäftsführer: Georg Verhaag | Amtsgericht Kleve HRB 9921 | USt-IdNr. %s" % L["vat"])
    labels = ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:")
    from lib.msg import outlook_quote_text, outlook_quote_html
    qp = ["Hallo Frau Lang,", "", "anbei unsere Bestellung 4500018874 für KW 50 (Kokos-Growbags, Steinwolle-Anzuchtblöcke, "
          "Calciumnitrat). Bitte um kurze Bestätigung des Liefertermins.", "", "Mit freundlichen Grüßen", "Markus Peeters",
          "Einkauf", "Example Group GmbH"]
    qt = outlook_quote_text(labels, "Markus Peeters <markus.peeters@example.com>", "Mittwoch, 2. Dezember 2026 09:41",
                            "Petra Lang <p.lang@lieferant-gmbh.de>", "Lieferung Substrat KW 50 / Bestellung 4500018874", qp,
                            cc="Jana Schüttler <jana.schuettler@example.com>")
    qh = outlook_quote_html(labels, "Markus Peeters <markus.peeters@example.com>", "Mittwoch, 2. Dezember 2026 09:41",
                            "Petra Lang <p.lang@lieferant-gmbh.de>", "Lieferung Substrat KW 50 / Bestellung 4500018874", qp,
                            cc="Jana Schüttler <jana.schuettler@example.com>")
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "DE", "E-MailFormatvorlage18", font="Calibri",
                          sig_text=sig, quote_text=qt, quote_html=qh)
    root = alt(t, ht, m.boundary("nextpart"))
    return systems.postfix_relay(m, h, root, L["relay"], L["relay_ip"], client_host="PC-IND-07.lieferant.local",
                                 client_ip="10.10.2.57", dkim_d=L["domain"], dkim_s="mail2025",
                                 order=["from", "to", "cc", "refs", "irt", "subject", "date", "msgid", "mime"],
                                 ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHcY" + smtp.rb64(m.rng, 30) + "==",
                                           "Content-Language: de"])


# --------------------------------------------------------------------- 04
@msg(B, 4, "de", "volksbank-epostfach-hinweis")
def b04(m):
    G = co.GVB
    m.what = "Grenzland Volksbank: notice that a new account statement/document is in the eBanking ePostfach of the business account."
    m.why = ("From the bank's own domain via the cooperative-bank data centre relay (DKIM/DMARC pass); no login link, only the "
             "public homepage; tells the customer to log in as usual and that the bank never asks for TANs by e-mail.")
    m.pair = ["30-es-justificante-transferencia-html-banco.eml", "34-el-trapeza-kyc-qr.eml"]
    m.pair_topic = "Notification from the company's bank"
    m.pair_diff = ("Genuine: informational, no credential request, no link into the login; phishing variants bring an HTML "
                   "login page or a QR code to a look-alike site.")
    h = H(("Grenzland Volksbank eG", "service@grenzland-volksbank.de"), [co.P("cfo")],
          "Neue Nachricht in Ihrem ePostfach", D(2026, 11, 2, 6, 31, 12))
    home = "https://www.grenzland-volksbank.de"
    text = ("Sehr geehrte Frau Kröger,\n\n"
            "in Ihrem ePostfach im eBanking liegt ein neues Dokument für Sie bereit:\n\n"
            "Kontoinhaber: Example Group GmbH\nDokument: Rechnungsabschluss / Entgeltaufstellung 3. Quartal 2026\n\n"
            "Bitte melden Sie sich wie gewohnt im eBanking oder in der VR Banking App an, um das Dokument abzurufen.\n\n"
            "Bitte beachten Sie: Wir fordern Sie niemals per E-Mail, SMS oder Telefon auf, Zugangsdaten oder TANs einzugeben "
            "oder eine Freigabe in der VR SecureGo plus App zu erteilen.\n\n"
            "Mit freundlichen Grüßen\n\nIhre Grenzland Volksbank eG\nFirmenkundenservice · Tel. %s\n%s\n\n"
            "Grenzland Volksbank eG · Marktstraße 3 · 47623 Kevelaer · Genossenschaftsregister Amtsgericht Kleve GnR 312\n"
            "Diese E-Mail wurde automatisch erstellt.\n") % (G["phone"], home)
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;'
            'font-family:Arial,Helvetica,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:20px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td '
            'style="background:#0066b3;padding:14px 24px;color:#fff;font-size:18px;font-weight:bold">Grenzland Volksbank eG '
            '<span style="color:#ff6600">&#9632;</span></td></tr><tr><td style="padding:22px 26px;font-size:14px;color:#222;'
            'line-height:1.5"><p>Sehr geehrte Frau Kröger,</p><p>in Ihrem ePostfach im eBanking liegt ein neues Dokument für Sie '
            'bereit:</p><p>Kontoinhaber: Example Group GmbH<br>Dokument: Rechnungsabschluss / Entgeltaufstellung 3. Quartal 2026</p>'
            '<p>Bitte melden Sie sich wie gewohnt im eBanking oder in der VR Banking App an, um das Dokument abzurufen.</p>'
            '<p style="background:#fff4e5;padding:10px;border-left:3px solid #ff6600">Bitte beachten Sie: Wir fordern Sie niemals '
            'per E-Mail, SMS oder Telefon auf, Zugangsdaten oder TANs einzugeben oder eine Freigabe in der VR SecureGo plus App '
            'zu erteilen.</p><p>Mit freundlichen Grüßen<br>Ihre Grenzland Volksbank eG<br>Firmenkundenservice &middot; Tel. %s<br>'
            '<a href="%s">www.grenzland-volksbank.de</a></p></td></tr><tr><td style="padding:12px 26px;background:#f0f0f0;'
            'font-size:11px;color:#777">Grenzland Volksbank eG &middot; Marktstraße 3 &middot; 47623 Kevelaer &middot; '
            'Genossenschaftsregister Amtsgericht Kleve GnR 312<br>Diese E-Mail wurde automatisch erstellt.</td></tr></table>'
            '</td></tr></table></body></html>\n') % (G["phone"], home)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    host = "mx-out02.atruvia.de"
    hops = ["Received: from ebk-notify07.rz.atruvia.local (unknown [10.144.27.19])\n\tby mx-out02.atruvia.de (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        smtp.queue_id(m.rng), h.rcpt, smtp.rfc_date(h.date + S, "de", pad=True, abbr=True))]
    h.msgid = "<%s.%d.JavaMail.ebknotify@ebk-notify07>" % (smtp.rhex(m.rng, 16), m.rng.randrange(10 ** 12, 10 ** 13))
    return systems.direct(m, h, root, host, host, "192.0.2.33", hops=hops, dkim_d="grenzland-volksbank.de", dkim_s="atr2025",
                          order=["date", "from", "to", "msgid", "subject", "mime"], tls=smtp.TLS13)


# --------------------------------------------------------------------- 05
@msg(B, 5, "de", "agricert-auditankuendigung-portal")
def b05(m):
    A_ = co.AGRI
    ggn = ids.gtin("406306158220")
    link = "https://url8316.agricert-europe.de/ls/click?upn=u001.%s" % smtp.rb64(m.rng, 110).replace("/", "-").replace("+", "_")
    m.what = ("AgriCert Europe customer portal: announcement of the GLOBALG.A.P. IFA v6 re-certification audit for GGN %s on "
              "19.11.2026 with auditor Dr. Martin Weber; link to the portal." % ggn)
    m.why = ("Genuine certification-body notice from agricert-europe.de via its SendGrid account (d=agricert-europe.de, link "
             "branding on the same domain), same GGN as the group really holds, concrete audit date/auditor and a contact "
             "phone number; nothing to upload under threat." )
    m.pair = ["05-de-globalgap-zertifikat-portal.eml"]
    m.pair_topic = "GLOBALG.A.P. certification portal message"
    m.pair_diff = ("Genuine: agricert-europe.de, audit logistics, no suspension threat. Attack: agricert-europe.com via Mailgun, "
                   "'upload or be suspended', link to a look-alike portal login.")
    h = H(("AgriCert Europe Kundenportal", "portal@agricert-europe.de"), [co.P("qm")],
          "Auditankündigung GLOBALG.A.P. IFA v6 - Example Group GmbH (GGN %s) - 19.11.2026" % ggn, D(2026, 10, 28, 10, 2, 44),
          reply_to=A_["weber"])
    text = ("Sehr geehrte Frau Dr. Lindner,\n\n"
            "hiermit bestätigen wir den Termin für das Rezertifizierungsaudit GLOBALG.A.P. IFA v6 Smart:\n\n"
            "Betrieb: Example Group GmbH, Straelen (GGN %s)\nTermin: Donnerstag, 19.11.2026, Beginn 08:00 Uhr\n"
            "Auditor: Dr. Martin Weber\nUmfang: Tomaten, Gurken (Unterglas), inkl. Ernte und Aufbereitung\n\n"
            "Eine Checkliste der vorzubereitenden Unterlagen finden Sie im Kundenportal unter Audits > Termine:\n%s\n\n"
            "Bei Fragen zum Ablauf erreichen Sie Dr. Weber unter martin.weber@agricert-europe.de oder +49 228 926 418-27.\n\n"
            "Mit freundlichen Grüßen\nAgriCert Europe GmbH\nZertifizierung Pflanzenbau\n"
            "Godesberger Allee 139 · 53175 Bonn · www.agricert-europe.de\n") % (ggn, link)
    m.tel("+49 228 926 418-27")
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f1;'
            'font-family:Segoe UI,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:24px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid '
            '#2e7d32"><tr><td style="padding:20px 28px;font-size:20px;color:#2e7d32;font-weight:bold">AgriCert Europe <span '
            'style="font-size:12px;color:#777;font-weight:normal">Kundenportal</span></td></tr><tr><td style="padding:0 28px 20px '
            '28px;font-size:14px;color:#222;line-height:1.5"><p>Sehr geehrte Frau Dr. Lindner,</p><p>hiermit bestätigen wir den '
            'Termin für das Rezertifizierungsaudit GLOBALG.A.P. IFA v6 Smart:</p><table style="font-size:14px"><tr><td>Betrieb:</td>'
            '<td>Example Group GmbH, Straelen (GGN %s)</td></tr><tr><td>Termin:</td><td><b>Donnerstag, 19.11.2026, 08:00 Uhr</b></td>'
            '</tr><tr><td>Auditor:</td><td>Dr. Martin Weber</td></tr><tr><td>Umfang:</td><td>Tomaten, Gurken (Unterglas), inkl. '
            'Ernte und Aufbereitung</td></tr></table><p>Eine Checkliste der vorzubereitenden Unterlagen finden Sie im '
            '<a href="%s">Kundenportal unter Audits &gt; Termine</a>.</p><p>Bei Fragen zum Ablauf erreichen Sie Dr. Weber unter '
            'martin.weber@agricert-europe.de oder +49 228 926 418-27.</p><p>Mit freundlichen Grüßen<br>AgriCert Europe GmbH<br>'
            'Zertifizierung Pflanzenbau</p></td></tr><tr><td style="padding:14px 28px;background:#fafafa;font-size:11px;color:#888">'
            'AgriCert Europe GmbH &middot; Godesberger Allee 139 &middot; 53175 Bonn &middot; HRB 18834 Bonn &middot; '
            'akkreditiert nach DIN EN ISO/IEC 17065</td></tr></table></td></tr></table></body></html>\n') % (ggn, esc(link))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("sendgrid"))
    return systems.sendgrid(m, h, root, "agricert-europe.de", ip="149.72.%d.%d" % (88, 14),
                            mail_from_dom="em8316.agricert-europe.de")


# --------------------------------------------------------------------- 06
@msg(B, 6, "de", "agricert-newsletter-kundeninfo")
def b06(m):
    u, lid, cid = smtp.rhex(m.rng, 25), smtp.rhex(m.rng, 10), smtp.rhex(m.rng, 10)

    def trk(n):
        return "https://agricert-europe.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, smtp.rhex(m.rng, 10), smtp.rhex(m.rng, 10))
    m.what = "AgriCert Europe customer newsletter 11/2026 (GLOBALG.A.P. IFA v6.1 changes, QS guideline 2027, seminar dates)."
    m.why = ("Subscribed newsletter from the certification body via its Mailchimp account: List-Unsubscribe, Mailchimp tracking "
             "links on list-manage.com, no request for data or credentials.")
    h = H(("AgriCert Europe", "news@agricert-europe.de"), [co.P("qm")],
          "Kundeninfo 11/2026: IFA v6.1, QS-Leitfaden 2027 und Seminartermine", D(2026, 11, 10, 8, 0, 0),
          reply_to=("AgriCert Europe", "info@agricert-europe.de"))
    links = [trk(i) for i in range(5)]
    text = ("AgriCert Europe - Kundeninfo 11/2026\n\n"
            "1) GLOBALG.A.P. IFA v6.1: Was sich ab 2027 ändert\nDie überarbeitete Version bringt Änderungen beim Wassermanagement "
            "und bei der Rückverfolgbarkeit. Zusammenfassung: %s\n\n"
            "2) QS-Leitfaden Erzeugung Obst, Gemüse, Kartoffeln 2027\nDie neuen Leitfäden gelten ab 01.01.2027: %s\n\n"
            "3) Seminare für Betriebsleiter und QM-Beauftragte\nInterne Audits nach IFA v6 - 14.01.2027, online; Rückstandsmonitoring "
            "richtig planen - 28.01.2027, Bonn. Anmeldung: %s\n\n"
            "Sie erhalten diesen Newsletter, weil Sie Kunde der AgriCert Europe GmbH sind.\nAbmelden: %s\n"
            "AgriCert Europe GmbH · Godesberger Allee 139 · 53175 Bonn\n") % (links[0], links[1], links[2], links[3])
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>Kundeninfo 11/2026</title>'
            '</head><body style="margin:0;padding:0;background:#eef1ec"><center><table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Helvetica,Arial,sans-serif"><tr><td style="background:#2e7d32;color:#fff;padding:'
            '22px 28px;font-size:22px;font-weight:bold">AgriCert Europe &middot; Kundeninfo 11/2026</td></tr>'
            '<tr><td style="padding:22px 28px;font-size:14px;line-height:1.55;color:#222"><h3 style="color:#2e7d32">GLOBALG.A.P. '
            'IFA v6.1: Was sich ab 2027 ändert</h3><p>Die überarbeitete Version bringt Änderungen beim Wassermanagement und bei der '
            'Rückverfolgbarkeit. <a href="%s">Zur Zusammenfassung</a></p><h3 style="color:#2e7d32">QS-Leitfaden 2027</h3><p>Die '
            'neuen Leitfäden Erzeugung Obst, Gemüse, Kartoffeln gelten ab 01.01.2027. <a href="%s">Mehr erfahren</a></p>'
            '<h3 style="color:#2e7d32">Seminare</h3><p>Interne Audits nach IFA v6 &ndash; 14.01.2027, online<br>Rückstandsmonitoring '
            'richtig planen &ndash; 28.01.2027, Bonn<br><a href="%s">Jetzt anmelden</a></p></td></tr><tr><td style="padding:16px '
            '28px;font-size:11px;color:#777;background:#f7f7f7">Sie erhalten diesen Newsletter, weil Sie Kunde der AgriCert Europe '
            'GmbH sind. <a href="%s">Abmelden</a> &middot; <a href="%s">Einstellungen ändern</a><br>AgriCert Europe GmbH &middot; '
            'Godesberger Allee 139 &middot; 53175 Bonn</td></tr></table></center></body></html>\n') % tuple(esc(x) for x in links)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("mc"))
    return systems.mailchimp(m, h, root, u=u, lid=lid, cid=cid)


# --------------------------------------------------------------------- 07
@msg(B, 7, "de", "mitarbeiter-bankverbindung-formular-intern")
def b07(m):
    new = ids.make_iban("DE", "32050000" + "0031447219")
    m.what = ("Bernd Pauls sends HR from his own company mailbox the signed 'Änderung Bankverbindung' form (new Sparkasse "
              "Krefeld account) and says the original is in her mailbox tray.")
    m.why = ("Internal Exchange mail from the employee's real account (office PC IP), uses the HR form with signature, paper "
             "original handed in, no rush, asks HR to confirm on the next payslip - the proper payroll change process.")
    m.pair = ["07-de-gehaltskonto-aenderung-privatmail.eml"]
    m.pair_topic = "Employee changes salary bank account"
    m.pair_diff = ("Genuine: internal sender, signed form + paper original, German Sparkasse. Attack: Gmail look-alike of the "
                   "employee, 'on holiday, no VPN', neobank IBAN, reply by e-mail only.")
    h = H(co.P("tech"), [co.P("hr")], "Änderung Bankverbindung - Formular", D(2026, 11, 5, 13, 52, 10), hcs="iso-8859-1", henc="Q")
    h.msgid = ex_msgid(m, "EXCH02")
    paras = ["Hallo Monika,", "",
             "wie heute Morgen besprochen: anbei das ausgefüllte und unterschriebene Formular zur Änderung meiner Bankverbindung "
             "(neues Konto bei der Sparkasse Krefeld). Das Original habe ich dir ins Postfach im Personalbüro gelegt.", "",
             "Gilt ab der Dezember-Abrechnung, eilt also nicht.", "",
             "Danke und Gruß", "Bernd", "", "Bernd Pauls", "Gewächshaustechnik & Energie", "Example Group GmbH", "Tel. +49 2834 9577-540"]
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "DE", "E-MailFormatvorlage17")
    d = m.pdf(info={"Title": "Personalstammdaten - Änderung", "Producer": "Canon iR-ADV C5840 PDF"},
              created="D:20261105134702+01'00'")
    p = d.page()
    y = letterhead(p, "Example Group GmbH", ["Personal & Lohnbuchhaltung · Formular P-07 (Stand 01/2026)"], (0, 90, 60))
    p.text(56, y, "Änderung der Personalstammdaten - Bankverbindung", 13, bold=True)
    y += 30
    for k, v in (("Name, Vorname", "Pauls, Bernd"), ("Personalnummer", "10-0417"), ("Abteilung", "Gewächshaustechnik & Energie"),
                 ("Kontoinhaber", "Bernd Pauls"), ("Kreditinstitut", "Sparkasse Krefeld"), ("IBAN", ids.fmt_iban(new)),
                 ("BIC", "SPKRDE33XXX"), ("Gültig ab", "Abrechnung Dezember 2026")):
        p.text(56, y, k, 10)
        p.rect(190, y - 11, 350, 16, stroke=(120, 120, 120))
        p.text(195, y, v, 10)
        y += 22
    y += 14
    y = p.wrap(56, y, 484, "Ich bestätige, dass ich Inhaber des oben genannten Kontos bin. Änderungen der Bankverbindung werden "
               "nur mit diesem Formular und Originalunterschrift bearbeitet; telefonische oder formlose Mitteilungen per E-Mail "
               "werden nicht berücksichtigt.", 9)
    y += 24
    p.text(56, y, "Straelen, 05.11.2026", 10)
    p.text(300, y, "B. Pauls", 16, color=(20, 40, 120))
    p.line(56, y + 6, 220, y + 6)
    p.line(300, y + 6, 540, y + 6)
    p.text(56, y + 18, "Ort, Datum", 8)
    p.text(300, y + 18, "Unterschrift Mitarbeiter", 8)
    p.text(56, y + 50, "Eingang Personalbüro: ____________   bearbeitet: ____________", 9)
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, pdf, "application/pdf", "Formular_P-07_Bankverbindung_Pauls.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return systems.exchange_internal(m, h, root, srv="EXCH02", srv2="EXCH01", client_ip="10.20.33.41")


# --------------------------------------------------------------------- 08
@msg(B, 8, "de", "nordfrisch-ausschreibung-2027-xlsx")
def b08(m):
    N = co.NORD
    m.what = ("Customer Nordfrisch Handels AG (category manager) sends the 2027 annual tender for tomatoes and cucumbers with an "
              "XLSX price/volume sheet, deadline 04.12.2026.")
    m.why = ("Known customer contact from nordfrisch.de via Exchange Online and Mimecast (DKIM/DMARC pass); an expected annual "
             "process, XLSX without macros, answers go back to the same buyer; no payment or credential element.")
    m.pair = ["15-en-fake-purchase-order-goods-on-credit.eml", "25-pl-zapytanie-ofertowe-img.eml", "35-el-wetransfer-diagonismos-prosfora.eml"]
    m.pair_topic = "Customer tender / request for quotation"
    m.pair_diff = ("Genuine: existing customer, own domain, plain XLSX template. Attacks: look-alike retailer asking for credit, "
                   "RFQ carrying a disk image, or a tender via file-transfer with an HTML 'document'.")
    h = H(N["brock"], [co.P("sales")], "Jahresgespräche 2027 - Ausschreibung Tomaten & Gurken (Abgabe bis 04.12.2026)",
          D(2026, 11, 13, 15, 3, 27), cc=[("Timo Rademacher", "timo.rademacher@nordfrisch.de")])
    paras = ["Liebe Frau Höfer,", "",
             "wie im Oktober angekündigt, erhalten Sie anbei unsere Ausschreibungsunterlagen für die Saison 2027 (Rispentomaten, "
             "Cherry-Rispe, Snack-Gurken, Salatgurken).", "",
             "Bitte tragen Sie Ihre Preise und die verfügbaren Mengen je Kalenderwoche direkt in das Blatt \"Angebot\" ein und "
             "senden Sie die Datei bis zum 04.12.2026 an mich zurück. Die Gespräche selbst würden wir gern in KW 51 in Hamburg "
             "führen - Terminvorschläge schickt Ihnen Herr Rademacher.", "",
             "Bei Rückfragen erreichen Sie mich unter 040 325 719-214.", "",
             "Viele Grüße", "Julia Brockmann", "Category Managerin Obst & Gemüse", "",
             "Nordfrisch Handels AG · Überseeallee 22 · 20457 Hamburg", "Vorstand: Dr. Henning Claußen (Vors.), Maren Öztürk · "
             "Aufsichtsratsvorsitzender: Jens Petersen · Amtsgericht Hamburg HRB 118427"]
    m.tel("040 325 719-214")
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "DE", "E-MailFormatvorlage17")
    rows = [[("b", "KW"), ("b", "Artikel"), ("b", "Spezifikation"), ("b", "Menge (Kolli)"), ("b", "Preis EUR/Kolli"), ("b", "Bemerkung")]]
    arts = [("Rispentomaten", "Kl. I, 5 kg Kiste, 57-67 mm"), ("Cherry-Rispe", "Kl. I, 8 x 250 g"),
            ("Snack-Gurken", "Kl. I, 12 x 250 g"), ("Salatgurken", "Kl. I, 12 Stk, 400-500 g")]
    for kw in range(10, 45, 4):
        for a, s in arts:
            rows.append([kw, a, s, "", "", ""])
    info = [[("b", "Ausschreibung Saison 2027 - Nordfrisch Handels AG")], ["Lieferant:", "Example Group GmbH"],
            ["Abgabe bis:", "04.12.2026"], ["Ansprechpartnerin:", "Julia Brockmann, julia.brockmann@nordfrisch.de"],
            ["Lieferbedingungen:", "frei Zentrallager Hamburg-Billbrook / Neumünster, Avisierung 48 h"],
            ["Zahlungsziel:", "gemäß Rahmenvertrag (30 Tage netto)"]]
    x = office.xlsx([("Info", info, [22, 60]), ("Angebot", rows, [6, 18, 28, 14, 16, 30])],
                    {"title": "Ausschreibung 2027", "creator": "Julia Brockmann", "company": "Nordfrisch Handels AG",
                     "created": "2026-11-10T09:12:00Z", "modified": "2026-11-13T13:58:00Z"})
    att = outlook_att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "Nordfrisch_Ausschreibung_2027_Tomaten_Gurken.xlsx", h.date)
    h.msgid = ms_msgid(m, "eurprd05")
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), att], outlook_bnd(h.msgid, 4))
    return systems.mimecast_m365(m, h, root, tenant="nordfrisch.de", tenant_id=N["tenant_id"])
