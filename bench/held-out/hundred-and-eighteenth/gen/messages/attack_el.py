"""Attack messages, Greek (32-36)."""

from lib import co, ids, png, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html, gmail_html
from lib.systems import H
from messages.common import (D, S, alt, footer, gmail_att, gmail_parts, letterhead, mixed, related)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 32
@msg(A, 32, "el", "aade-mydata-diorthosi")
def a32(m):
    url = "https://aade-mydata.gr/taxisnet/login?afm=801452970&ref=%s" % smtp.rhex(m.rng, 16)
    m.what = ("'ΑΑΔΕ - myDATA' notice to the Greek accountant: 14 invoices of October are 'unmatched' and must be corrected via "
              "TAXISnet by 30/11 to avoid fines.")
    m.why = ("Tax-authority credential phishing (TAXISnet username/password) from the look-alike aade-mydata.gr via Brevo; "
             "the real AADE uses aade.gr / gsis.gr and does not link to login pages; fine threat and deadline; exploits the "
             "2026 Greek B2B e-invoicing roll-out.")
    m.dmarc_policy = {"aade-mydata.gr": "none"}
    h = H(("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.gr"), [co.P("gr_acc")],
          "Εκκρεμεί διόρθωση παραστατικών στο myDATA - Προθεσμία 30/11/2026", D(2026, 11, 19, 9, 33, 27, "gr"))
    text = ("ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ\nΗλεκτρονικά Βιβλία ΑΑΔΕ - myDATA\n\n"
            "Αξιότιμε/η φορολογούμενε,\n\n"
            "κατά τη διασταύρωση των δεδομένων του μήνα Οκτωβρίου 2026 για τον ΑΦΜ 801452970 εντοπίστηκαν 14 παραστατικά "
            "πωλήσεων χωρίς αντίστοιχο χαρακτηρισμό από τον λήπτη (αποκλίσεις ΜΑΡΚ).\n\n"
            "Παρακαλούμε να προβείτε στις απαραίτητες διορθώσεις έως τις 30/11/2026. Σε αντίθετη περίπτωση θα επιβληθούν τα "
            "πρόστιμα του άρθρου 54 του Κ.Φ.Δ. (ν. 4987/2022).\n\n"
            "Είσοδος με κωδικούς TAXISnet: %s\n\n"
            "Με εκτίμηση,\nΓενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης\nΑΑΔΕ\n") % url
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;background:#eef1f5;'
            'font-family:Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:24px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td '
            'style="background:#003476;padding:16px 24px;color:#fff"><b style="font-size:18px">ΑΑΔΕ</b> &nbsp;<span '
            'style="font-size:12px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></td></tr><tr><td style="padding:22px 26px;font-size:14px;'
            'color:#222;line-height:1.55"><p><b>Ηλεκτρονικά Βιβλία ΑΑΔΕ - myDATA</b></p><p>Αξιότιμε/η φορολογούμενε,</p><p>κατά τη '
            'διασταύρωση των δεδομένων του μήνα Οκτωβρίου 2026 για τον ΑΦΜ <b>801452970</b> εντοπίστηκαν <b>14 παραστατικά</b> '
            'πωλήσεων χωρίς αντίστοιχο χαρακτηρισμό από τον λήπτη (αποκλίσεις ΜΑΡΚ).</p><p>Παρακαλούμε να προβείτε στις απαραίτητες '
            'διορθώσεις έως τις <b>30/11/2026</b>. Σε αντίθετη περίπτωση θα επιβληθούν τα πρόστιμα του άρθρου 54 του Κ.Φ.Δ. '
            '(ν. 4987/2022).</p><p style="text-align:center"><a href="%s" style="background:#0a5cb8;color:#fff;padding:11px 26px;'
            'text-decoration:none;border-radius:3px">Είσοδος με κωδικούς TAXISnet</a></p><p>Με εκτίμηση,<br>Γενική Διεύθυνση '
            'Ηλεκτρονικής Διακυβέρνησης</p></td></tr></table></td></tr></table></body></html>\n') % esc(url)
    b = "=-" + smtp.ralnum(m.rng, 24) + "=="
    root = alt(m.text(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"), b)
    return systems.brevo(m, h, root, dkim_d="aade-mydata.gr", ip="77.32.148.%d" % 79)


# --------------------------------------------------------------------- 33
@msg(A, 33, "el", "kritipack-allagi-logariasmou")
def a33(m):
    K = co.KRIT
    mule = ids.make_iban("GR", "026" + "0245" + "0000870200518733")
    m.what = ("'Λογιστήριο Kritipack' informs the Greek office that the packaging supplier moved its account to Eurobank and asks "
              "to pay invoice ΤΔΑ 3318 there; signed PDF attached.")
    m.why = ("Look-alike kritipack.com (supplier is kritipack.gr) on Google Workspace; copies the supplier's signature; new IBAN at "
             "another bank, 'old account frozen due to bank merger', asks for confirmation by e-mail and to keep it between "
             "accounting departments.")
    m.dmarc_policy = {"kritipack.com": "none"}
    h = H(("Λογιστήριο Kritipack", "logistirio@kritipack.com"), [co.P("gr_acc")],
          "Αλλαγή τραπεζικού λογαριασμού - Kritipack Α.Ε.", D(2026, 11, 11, 12, 21, 40, "gr"), cc=[co.P("gr_om")],
          date_zone="gr")
    paras = ["Καλημέρα σας κ. Τζανάκη,", "",
             "σας ενημερώνουμε ότι λόγω της συγχώνευσης τραπεζικών εργασιών ο λογαριασμός μας στην Εθνική Τράπεζα θα "
             "παραμείνει δεσμευμένος έως τα τέλη Δεκεμβρίου. Από σήμερα όλες οι πληρωμές προς την εταιρεία μας θα πρέπει να "
             "γίνονται στον νέο λογαριασμό:", "",
             "Τράπεζα: Eurobank\nΔικαιούχος: KRITIPACK Α.Ε.\nIBAN: %s" % ids.fmt_iban(mule), "",
             "Σας παρακαλούμε να εξοφλήσετε το τιμολόγιο ΤΔΑ 3318 (7.842,60 €) στον νέο λογαριασμό και να μας στείλετε το "
             "αποδεικτικό πληρωμής σε αυτό το email. Επισυνάπτεται η επίσημη επιστολή της εταιρείας.", "",
             "Με εκτίμηση,", "Λογιστήριο", "KRITIPACK Α.Ε. - Χαρτοκιβωτοποιία Κρήτης", "ΒΙ.ΠΕ. Ηρακλείου, Οδός Δ' 8, 714 08 Ηράκλειο"]
    t, ht = gmail_parts(m, paras)
    d = m.pdf(info={"Title": "Ενημέρωση αλλαγής λογαριασμού", "Producer": "Microsoft® Word για Microsoft 365"},
              created="D:20261111113010+02'00'", lang="el-GR")
    p = d.page()
    y = letterhead(p, "KRITIPACK Α.Ε.", ["Χαρτοκιβωτοποιία Κρήτης · Συσκευασίες για φρούτα και λαχανικά",
                                        "ΒΙ.ΠΕ. Ηρακλείου, Οδός Δ' 8 · 714 08 Ηράκλειο · Τηλ. 2810 381 460 · www.kritipack.gr"], (160, 90, 20))
    p.text(540, y, "Ηράκλειο, 11/11/2026", 10, align="right")
    y += 30
    p.text(56, y, "Προς: Example Thermokipia Hellas Μ.Α.Ε., Λογιστήριο", 10)
    y += 26
    p.text(56, y, "Θέμα: Αλλαγή τραπεζικού λογαριασμού", 12, bold=True)
    y += 24
    y = p.wrap(56, y, 480, "Αγαπητοί συνεργάτες,\n\nσας ενημερώνουμε ότι από 11/11/2026 όλες οι πληρωμές προς την KRITIPACK Α.Ε. "
               "θα πραγματοποιούνται αποκλειστικά στον ακόλουθο λογαριασμό:", 10)
    y += 6
    p.text(80, y, "Eurobank Α.Ε. · Δικαιούχος: KRITIPACK Α.Ε.", 10, bold=True)
    p.text(80, y + 16, "IBAN: " + ids.fmt_iban(mule), 10.5, bold=True)
    y += 42
    y = p.wrap(56, y, 480, "Ο προηγούμενος λογαριασμός στην Εθνική Τράπεζα δεν θα χρησιμοποιείται πλέον. Παρακαλούμε για την "
               "ενημέρωση του αρχείου προμηθευτών σας.\n\nΜε εκτίμηση,", 10)
    y += 18
    p.text(320, y, "Γ. Μαυράκης", 14, color=(20, 40, 120))
    p.text(320, y + 14, "Οικονομικός Διευθυντής", 8.5)
    footer(p, ["KRITIPACK Α.Ε. · ΑΦΜ %s · ΔΟΥ Ηρακλείου · ΓΕΜΗ 077245827000" % K["afm"]])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("gmail")), gmail_att(m, pdf, "application/pdf", "Επιστολή_αλλαγής_λογαριασμού.pdf")],
                 m.boundary("gmail"))
    return systems.gmail(m, h, root, workspace="kritipack.com")


# --------------------------------------------------------------------- 34
@msg(A, 34, "el", "trapeza-kyc-qr")
def a34(m):
    url = "https://piraeus-kyc-update.com/el/epixeiriseis/?c=%s" % smtp.rhex(m.rng, 12)
    m.what = ("'Τράπεζα Πειραιώς' demands a mandatory KYC update of the business account within 5 days; the HTML mail shows a QR "
              "code to scan with the phone.")
    m.why = ("Quishing for bank credentials: the only 'link' is an inline QR image pointing to piraeus-kyc-update.com; sent by "
             "PHPMailer from a hacked Greek shop on shared hosting (its own domain authenticates); account-freeze threat; "
             "real banks ask customers to update KYC inside their app/e-banking, not via QR codes in mail.")
    h = H(("Τράπεζα Πειραιώς", "info@mylos-rooms.gr"), [co.P("gr_om")],
          "Υποχρεωτική επικαιροποίηση στοιχείων (KYC) - Επιχειρηματικός λογαριασμός", D(2026, 12, 7, 8, 2, 16, "gr"),
          hcs="iso-8859-7", henc="B")
    h.mail_from = "mylosroo@cp4.hellashost.gr"
    pngq = m.qr_png(url, scale=5)
    cid = "qr_%s@mylos-rooms.gr" % smtp.rhex(m.rng, 10)
    text = ("Τράπεζα Πειραιώς - Επιχειρηματική Τραπεζική\n\n"
            "Αγαπητέ πελάτη,\n\n"
            "σύμφωνα με το νομοθετικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες "
            "(ν. 4557/2018), είναι υποχρεωτική η επικαιροποίηση των στοιχείων της επιχείρησής σας.\n\n"
            "Η διαδικασία πρέπει να ολοκληρωθεί εντός 5 ημερών. Μετά την παρέλευση της προθεσμίας ο λογαριασμός θα τεθεί σε "
            "καθεστώς περιορισμένης λειτουργίας (μόνο πιστώσεις).\n\n"
            "Σκανάρετε τον κωδικό QR με την κάμερα του κινητού σας για να ολοκληρώσετε την επικαιροποίηση με ασφάλεια.\n\n"
            "Με εκτίμηση,\nΤράπεζα Πειραιώς\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:'
            'Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#fff"><tr><td style="background:#f9c300;padding:16px 24px;font-size:20px;font-weight:bold;color:#000">'
            'ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ</td></tr><tr><td style="padding:22px 26px;font-size:14px;line-height:1.5"><p>Αγαπητέ πελάτη,</p>'
            '<p>σύμφωνα με το νομοθετικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες '
            '(ν. 4557/2018), είναι <b>υποχρεωτική</b> η επικαιροποίηση των στοιχείων της επιχείρησής σας.</p><p>Η διαδικασία '
            'πρέπει να ολοκληρωθεί εντός <b>5 ημερών</b>. Μετά την παρέλευση της προθεσμίας ο λογαριασμός θα τεθεί σε καθεστώς '
            'περιορισμένης λειτουργίας (μόνο πιστώσεις).</p><p style="text-align:center"><img src="cid:%s" width="180" '
            'height="180" alt="QR"><br><span style="font-size:12px;color:#555">Σκανάρετε με την κάμερα του κινητού σας</span></p>'
            '<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς</p></td></tr></table></body></html>\n') % cid
    img = Part("image/png", pngq, cte="base64", cid=cid, filename="qr.png", disposition="inline",
               header_order=["ct", "cte", "cid", "cd"])
    b1, b2, b3 = m.boundary("phpmailer"), m.boundary("phpmailer"), m.boundary("phpmailer")
    root = related([alt(m.text(text, "iso-8859-7", "quoted-printable"), m.html(html, "iso-8859-7", "quoted-printable"), b2), img], b1)
    return systems.cpanel(m, h, root, "cp4.hellashost.gr", "198.51.100.204", auth_user="mylosroo",
                          php_script="wp-includes/class-phpmailer.php", dkim_d="mylos-rooms.gr", zone="gr",
                          ua_lines=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"],
                          order=["date", "to", "from", "subject", "msgid", "mime"])


# --------------------------------------------------------------------- 35
@msg(A, 35, "el", "wetransfer-diagonismos-prosfora")
def a35(m):
    url = "https://we.tl/t-%s" % smtp.ralnum(m.rng, 10)
    m.what = ("Genuine WeTransfer notification: 'Kalimera Resorts - Προμήθειες' sends the 2027 vegetable supply tender documents "
              "(two files) to the Greek office and asks for an offer.")
    m.why = ("Fake tender delivered through a real file-sharing platform (WeTransfer's mail authenticates): unknown hotel group, "
             "free-mail sender address inside the message, one of the 'documents' is an .html file that opens a Microsoft "
             "login page to 'view the tender'; urgency (offer in 3 days).")
    h = H(("WeTransfer", "noreply@wetransfer.com"), [co.P("gr_om")],
          "Το procurement.kalimeraresorts@gmail.com σας έστειλε αρχεία μέσω WeTransfer", D(2026, 10, 23, 14, 40, 55, "gr"))
    text = ("procurement.kalimeraresorts@gmail.com\nσας έστειλε 2 αρχεία\n\n"
            "Πρόσκληση υποβολής προσφοράς - Προμήθεια λαχανικών θερμοκηπίου, σεζόν 2027\n\n"
            "\"Καλησπέρα σας, επισυνάπτεται η διακήρυξη του διαγωνισμού για την προμήθεια ντομάτας και αγγουριού στα 6 "
            "ξενοδοχεία του ομίλου για τη σεζόν 2027. Παρακαλούμε για την προσφορά σας έως τη Δευτέρα 26/10. "
            "Μαρία Κ., Τμήμα Προμηθειών\"\n\n"
            "Diakirixi_Promitheias_2027.pdf.html   184 KB\nOroi_Symmetoxis_2027.pdf   96 KB\n\n"
            "Λήψη αρχείων: %s\n\n"
            "Τα αρχεία θα διαγραφούν σε 3 ημέρες.\n\nWeTransfer, Oostelijke Handelskade 751, Amsterdam, 1019 BW, Netherlands\n") % url
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;'
            'font-family:Helvetica,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:36px"><table width="480" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:10px">'
            '<tr><td style="padding:30px 30px 10px 30px;font-size:22px;font-weight:bold;color:#17181a">WeTransfer</td></tr>'
            '<tr><td style="padding:0 30px;font-size:16px;color:#17181a"><b>procurement.kalimeraresorts@gmail.com</b><br>σας '
            'έστειλε 2 αρχεία</td></tr><tr><td style="padding:16px 30px;font-size:14px;color:#444"><b>Πρόσκληση υποβολής '
            'προσφοράς - Προμήθεια λαχανικών θερμοκηπίου, σεζόν 2027</b><br><br>Καλησπέρα σας, επισυνάπτεται η διακήρυξη του '
            'διαγωνισμού για την προμήθεια ντομάτας και αγγουριού στα 6 ξενοδοχεία του ομίλου για τη σεζόν 2027. Παρακαλούμε '
            'για την προσφορά σας έως τη Δευτέρα 26/10. Μαρία Κ., Τμήμα Προμηθειών</td></tr><tr><td style="padding:0 30px;'
            'font-size:13px;color:#6a6d70">Diakirixi_Promitheias_2027.pdf.html &middot; 184 KB<br>Oroi_Symmetoxis_2027.pdf '
            '&middot; 96 KB</td></tr><tr><td style="padding:24px 30px"><a href="%s" style="display:block;text-align:center;'
            'background:#3767ea;color:#fff;padding:14px;border-radius:25px;text-decoration:none;font-weight:bold">Λήψη αρχείων</a>'
            '</td></tr><tr><td style="padding:0 30px 26px 30px;font-size:12px;color:#6a6d70">Τα αρχεία θα διαγραφούν σε 3 ημέρες.'
            '</td></tr></table><p style="font-size:11px;color:#999">WeTransfer, Oostelijke Handelskade 751, Amsterdam, 1019 BW, '
            'Netherlands</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("ses"))
    return systems.ses(m, h, root, region="eu-west-1", ip="54.240.6.%d" % 118, dkim_d="wetransfer.com",
                       dkim_s="wt2", mail_from="bounce-%s@bounce.wetransfer.com" % smtp.rhex(m.rng, 16),
                       host="a6-118.smtp-out.eu-west-1.amazonses.com")


# --------------------------------------------------------------------- 36
@msg(A, 36, "el", "sextortion-bitcoin")
def a36(m):
    wallet = ids.bech32_address(bytes(m.rng.randrange(256) for _ in range(20)))
    m.fact("Wallet", wallet)
    me = co.P("gr_acc")
    m.what = ("Sextortion in Greek: 'your device was hacked, we recorded you' - pay 1,450 USD in Bitcoin within 48 hours to "
              "address %s." % wallet)
    m.why = ("Spoofs the recipient's own address as sender (From = To) from a residential bot IP; SPF fails and DMARC for "
             "example.com fails (p=quarantine); generic threat text, Bitcoin wallet, countdown; no real data about the victim.")
    h = H(me, [me], "Ο λογαριασμός σας έχει παραβιαστεί", D(2026, 11, 29, 3, 17, 44, "gr"), hcs="windows-1253", henc="B",
          date_zone="gr")
    h.msgid = "<%s@%s>" % (smtp.rhex(m.rng, 16).upper(), "example.com")
    text = ("Γεια σας!\n\n"
            "Έχω κακά νέα για εσάς. Πριν από μερικούς μήνες απέκτησα πρόσβαση στις συσκευές που χρησιμοποιείτε για την "
            "περιήγηση στο διαδίκτυο. Όπως βλέπετε, σας έστειλα αυτό το μήνυμα από τον δικό σας λογαριασμό.\n\n"
            "Εγκατέστησα ένα κακόβουλο πρόγραμμα που μου επέτρεψε να παρακολουθώ όλη σας τη δραστηριότητα και να ενεργοποιώ "
            "την κάμερα. Έχω βίντεο από τις επισκέψεις σας σε ιστοσελίδες για ενηλίκους, καθώς και όλες τις επαφές σας.\n\n"
            "Με ένα κλικ μπορώ να στείλω αυτό το υλικό σε όλους τους συναδέλφους, φίλους και συγγενείς σας.\n\n"
            "Αν θέλετε να το αποφύγετε, μεταφέρετε 1450 USD σε Bitcoin στη διεύθυνση:\n\n%s\n\n"
            "Έχετε 48 ώρες από τη στιγμή που ανοίξατε αυτό το μήνυμα. Μόλις λάβω την πληρωμή, θα διαγράψω όλο το υλικό "
            "και δεν θα ξανακούσετε ποτέ για μένα. Μην απαντήσετε σε αυτό το μήνυμα και μην μιλήσετε σε κανέναν - θα το "
            "καταλάβω αμέσως.\n") % wallet
    root = m.text(text, "windows-1253", "base64")
    ip = "192.0.2.231"
    return systems.direct(m, h, root, "[192.168.1.44]", "unknown", ip, spf="fail", zone="gr",
                          order=["from", "to", "subject", "date", "msgid", "mime"],
                          ua_lines=["X-Priority: 3", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"], rcv_delay=2)
