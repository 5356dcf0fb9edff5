"""Attack messages 32-36 (Greek)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"
ATTIKI = org.ATTIKI
AFM = org.OFF["GR"]["taxid"][1]


@msg(ATT, 32, "el", "aade-mydata-apokliseis-prostimo",
     "'ΑΑΔΕ – myDATA' says discrepancies were found between the transmitted invoices and the VAT returns; a fine "
     "applies unless corrected within 5 working days; 'log in with TAXISnet credentials'",
     "Tax-authority credential phishing: mydata-aade.gov-gr.info is not aade.gr / gov.gr, bulk-sent through Brevo "
     "from aade-enimerosi.gr, fine threat with short deadline, harvests TAXISnet credentials")
def a32(m):
    m.when(2026, 10, 15, 10, 12, 6)
    m.frm = ("ΑΑΔΕ - myDATA", "enimerosi@aade-enimerosi.gr")
    m.to = [org.st("georgios.nikolaou")]
    m.subject = "myDATA: Εντοπίστηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά (Πράξη 2026/418877)"
    r = m.rng
    url = "https://mydata-aade.gov-gr.info/taxisnet/login?ref=2026418877&afm=%s" % AFM
    paras = ["Αξιότιμε/η κύριε/κυρία,",
             "Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην ηλεκτρονική πλατφόρμα myDATA για το "
             "γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των χαρακτηρισμών εσόδων και των δηλώσεων ΦΠΑ της "
             "επιχείρησής σας (ΑΦΜ %s)." % AFM,
             "Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (ΚΦΔ), οι αποκλίσεις επισύρουν πρόστιμο εφόσον δεν "
             "διορθωθούν εντός **5 εργάσιμων ημερών** από την παρούσα ειδοποίηση.",
             "Για να δείτε την αναλυτική κατάσταση αποκλίσεων και να υποβάλετε διορθωτικά στοιχεία, συνδεθείτε με "
             "τους κωδικούς σας TAXISnet."]
    footer = ["Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης",
              "Καραγιώργη Σερβίας 10, 101 84 Αθήνα"]
    html = bd.notice_html("ΑΑΔΕ · myDATA", "#003476", "Ειδοποίηση αποκλίσεων myDATA", paras,
                          ("Σύνδεση στην υπηρεσία", url), footer, lang="el")
    text = bd.notice_text("Ειδοποίηση αποκλίσεων myDATA", paras, ("Σύνδεση στην υπηρεσία", url), footer)
    bd.alt(m, text, html, r.hexs(32), "utf-8", "base64", quoted=True)
    sy.brevo(m, "aade-enimerosi.gr", "77.32.148.%d" % r.randint(100, 200), "m%d.sendibt3.com" % r.randint(10, 99))


@msg(ATT, 33, "el", "acs-courier-apostoli-ekkremei",
     "'ACS Courier' says parcel 7213456612 could not be delivered because of an incomplete address; confirm the "
     "details and pay a EUR 1.99 redelivery fee",
     "Courier smishing-style card phishing by e-mail: PHPMailer on a compromised WordPress host, sender domain "
     "acscourier-gr.com (real: acscourier.net), payment page on delivery-confirm.com, small fee to capture card data")
def a33(m):
    m.when(2026, 11, 24, 7, 51, 29)
    m.frm = ("ACS Courier", "info@acscourier-gr.com")
    m.to = [org.st("eleni.papadopoulou")]
    m.subject = "ACS Courier: Εκκρεμεί η παράδοση της αποστολής σας 7213456612"
    r = m.rng
    url = "https://acs-gr.delivery-confirm.com/t/7213456612?s=%s" % r.hexs(10)
    logo = att(m, logo_png("ACS COURIER", (215, 25, 32), 240, 48), "image/png", "acs.png", "plain", inline=True,
               cid="acslogo")
    paras = ["Αγαπητέ πελάτη,",
             "Η αποστολή σας με αριθμό **7213456612** δεν ήταν δυνατό να παραδοθεί στις 23/11/2026 λόγω ελλιπών "
             "στοιχείων διεύθυνσης.",
             "Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τα στοιχεία σας και εξοφλήστε το τέλος επαναποστολής "
             "(1,99 €). Εάν η αποστολή δεν παραληφθεί εντός 48 ωρών, θα επιστραφεί στον αποστολέα."]
    html = bd.notice_html("ACS Courier", "#d71920", "Η αποστολή σας εκκρεμεί", paras,
                          ("Προγραμματισμός παράδοσης", url),
                          ["ACS Courier Μονοπρόσωπη Α.Ε. · Εθνάρχου Μακαρίου & Αγ. Δημητρίου 60, Άλιμος"],
                          logo_cid="acslogo", lang="el")
    html_1253 = html.replace('charset=utf-8', 'charset=windows-1253').replace(" · ", " - ").replace("€", "EUR")
    paras_t = bd.notice_text("Η αποστολή σας εκκρεμεί", paras, ("Προγραμματισμός παράδοσης", url), None).replace("€", "EUR")
    t = mime.text(paras_t, "plain", "windows-1253", "base64")
    h = mime.text(html_1253, "html", "windows-1253", "base64")
    alt = mime.multipart1("alternative", [t, h], "b2=_" + r.alnum(40))
    m.root = mime.multipart1("related", [alt, logo], "b1=_" + r.alnum(40))
    host = "cp%d.grserver.gr" % r.randint(10, 40)
    hdrs = sy.mua_phpmailer(m, "acscourier-gr.com", "6.9.1")
    sy.relay(m, host, "203.0.113.%d" % r.randint(150, 200), hdrs, submit={"kind": "exim_local", "user": "rodakino"},
             dkim=[("acscourier-gr.com", "default", "relaxed/relaxed",
                    "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:Sender:Reply-To:Cc")],
             mta="exim", extra_trace=sy.cpanel_abuse(host, "rodakino", "acscourier-gr.com"), tls="1.2")


@msg(ATT, 34, "el", "attiki-pharm-paraviasmenos-adobe-express",
     "Message from the real mailbox of Νίκος Αλεξίου (Attiki Pharm): 'a document has been sent to you via Adobe "
     "Document Cloud – statement of account 2026', link to an Adobe Express page",
     "Document-share lure from a compromised supplier account: Attiki's own server signs it (DKIM pass), but it was "
     "submitted with SMTP AUTH from a Nigerian IP and a bulk tool, the link goes to new.express.adobe.com (a "
     "free-hosted page with a 'view PDF' button to a login clone), all of Attiki's customers got it")
def a34(m):
    m.when(2026, 12, 7, 19, 36, 40)
    p = ATTIKI["people"]["alexiou"]
    m.frm = (p[0], p[1])
    m.to = [org.st("georgios.nikolaou")]
    m.cc = [org.st("eleni.papadopoulou")]
    m.subject = "Κατάσταση λογαριασμού 2026 - Attiki Pharm"
    m.hcs = ("iso-8859-7", "B", "iso-8859-7")
    r = m.rng
    url = "https://new.express.adobe.com/webpage/%s" % r.alnum(13)
    text = ("Καλησπέρα σας,\n\n"
            "σας έχει αποσταλεί έγγραφο μέσω Adobe Document Cloud.\n\n"
            "Έγγραφο: Κατάσταση_λογαριασμού_Example_2026.pdf (2 σελίδες)\n\n"
            "Παρακαλώ δείτε το έγγραφο εδώ: %s\n\n"
            "Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας.\n\n"
            "Με εκτίμηση,\n"
            "Νίκος Αλεξίου\nΥπεύθυνος Πωλήσεων Φαρμακείων\nATTIKI PHARM Α.Ε.\n" % url)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\"></head>"
            "<body><div style=\"font-family:Calibri,Arial;font-size:11pt\">"
            + "".join("<p>%s</p>" % "<br>".join(bd.inline_html(l) for l in para.split("\n"))
                      for para in text.split("\n\n")) + "</div></body></html>\n")
    bd.alt(m, text, html, "=_" + r.hexs(32), "iso-8859-7", "quoted-printable", one_line=True)
    m.msgid = "%s@attikipharm.gr" % r.hexs(32)
    hdrs = m.std(["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "MIME"])
    ip = "41.58.%d.%d" % (r.randint(1, 250), r.randint(1, 250))
    sy.relay(m, "mail.attikipharm.gr", "198.51.100.47", hdrs,
             submit={"kind": "esmtpsa", "client": ("unknown", ip), "helo": "[127.0.0.1]", "user": "n.alexiou@attikipharm.gr"},
             dkim=[("attikipharm.gr", "default", "relaxed/relaxed", "From:To:Cc:Subject:Date:Message-ID")],
             tls="1.3")
    m.meta["tz"] = "Europe/Athens"


@msg(ATT, 35, "el", "eopyy-epikairopoiisi-iban-farmakeiou",
     "'ΕΟΠΥΥ' tells the Greek office that the October prescription settlement is on hold until the pharmacy's IBAN "
     "and TAXISnet credentials are re-confirmed on the e-ΔΑΠΥ portal",
     "Pharmacy-specific credential and payment-diversion phishing: eopyy-gov.gr is not eopyy.gov.gr, PHPMailer on a "
     "compromised cPanel host, iso-8859-7 body, threat to withhold reimbursement")
def a35(m):
    m.when(2026, 11, 6, 14, 3, 58)
    m.frm = ("ΕΟΠΥΥ - Διεύθυνση Φαρμάκου", "ekkatharisi@eopyy-gov.gr")
    m.to = [org.st("eleni.papadopoulou")]
    m.subject = "Εκκαθάριση συνταγών Οκτωβρίου 2026: απαιτείται επικαιροποίηση στοιχείων φαρμακείου"
    m.hcs = ("iso-8859-7", "B", "iso-8859-7")
    r = m.rng
    url = "https://eopyy-gov.gr/pharmacies/e-dapy/iban?afm=%s&ref=%d" % (AFM, r.randint(10**6, 10**7))
    text = ("Αξιότιμε/η Φαρμακοποιέ,\n\n"
            "Σας ενημερώνουμε ότι η εκκαθάριση των συνταγών του μηνός Οκτωβρίου 2026 για το φαρμακείο σας "
            "(ΑΦΜ %s) έχει τεθεί σε αναμονή, καθώς ο τραπεζικός λογαριασμός (IBAN) που είναι καταχωρημένος στο "
            "σύστημα e-ΔΑΠΥ δεν επιβεβαιώθηκε από το διατραπεζικό σύστημα.\n\n"
            "Για να μην καθυστερήσει η πληρωμή, παρακαλούμε να επιβεβαιώσετε τα στοιχεία σας έως τις 10/11/2026 "
            "μέσω της υπηρεσίας:\n%s\n\n"
            "Απαιτούνται οι κωδικοί TAXISnet του νόμιμου εκπροσώπου.\n\n"
            "Με εκτίμηση,\nΕΟΠΥΥ - Διεύθυνση Φαρμάκου\nΤμήμα Εκκαθάρισης Λογαριασμών Φαρμακείων\n" % (AFM, url))
    html = ("<html><body style=\"font-family:Arial;font-size:13px;color:#222\">"
            "<div style=\"background:#0b4f8a;color:#fff;padding:10px 16px;font-size:18px\">ΕΟΠΥΥ</div>"
            + "".join("<p>%s</p>" % "<br>".join(bd.inline_html(l) for l in para.split("\n"))
                      for para in text.split("\n\n")) + "</body></html>\n")
    bd.alt(m, text, html, "b1_" + r.alnum(40), "iso-8859-7", "quoted-printable", quoted=True)
    host = "server%d.dnhost.gr" % r.randint(10, 99)
    hdrs = sy.mua_phpmailer(m, "eopyy-gov.gr", "6.9.1")
    sy.relay(m, host, "198.51.100.%d" % r.randint(200, 240), hdrs, submit={"kind": "exim_local", "user": "mikrokipos"},
             mta="exim", extra_trace=sy.cpanel_abuse(host, "mikrokipos", "eopyy-gov.gr"), tls="1.2",
             mailfrom="mikrokipos@%s" % host)
    m.spf = "pass"


@msg(ATT, 36, "el", "dikigoros-ekagora-kypros-swift",
     "Greek 'law firm' follows up on an alleged instruction of Mr Brenner: confidential acquisition of a pharmacy "
     "chain in Cyprus, transfer EUR 284,500 today to the escrow account in Limassol; NDA PDF attached",
     "CEO/lawyer fraud: attacker's Microsoft 365 tenant on karagiannis-legal.com, invokes the CEO's authority, "
     "secrecy (NDA), same-day deadline, Cypriot account, bypasses the group's payment approval")
def a36(m):
    m.when(2026, 12, 15, 11, 2, 47)
    m.frm = ("Αλέξανδρος Καραγιάννης", "a.karagiannis@karagiannis-legal.com")
    m.to = [org.st("georgios.nikolaou")]
    m.subject = "ΕΜΠΙΣΤΕΥΤΙΚΟ - Εξαγορά Κύπρου / εντολή κ. Brenner"
    m.lang = "el-GR"
    iban = ident.make_iban("CY", "005" + "00123" + "0000012045871936")
    m.fact("IBAN", iban, "escrow account claimed by the fraudsters (Limassol)")
    text = ("Αγαπητέ κύριε Νικολάου,\n\n"
            "σας γράφω κατόπιν εντολής του Διευθύνοντος Συμβούλου του ομίλου, κ. Matthias Brenner, ο οποίος σας "
            "έχει ήδη ενημερώσει ότι το γραφείο μας χειρίζεται για λογαριασμό της Example Group την εξαγορά αλυσίδας "
            "φαρμακείων στη Λεμεσό.\n\n"
            "Η συναλλαγή τελεί υπό καθεστώς αυστηρής εμπιστευτικότητας μέχρι την ανακοίνωσή της προς την Επιτροπή "
            "Προστασίας του Ανταγωνισμού Κύπρου. Για τον λόγο αυτό ο κ. Brenner επέλεξε να εκτελεστεί η προκαταβολή "
            "από την ελληνική θυγατρική και όχι από τη Γερμανία.\n\n"
            "Παρακαλούμε να προχωρήσετε σήμερα σε έμβασμα ύψους 284.500,00 € στον λογαριασμό μεσεγγύησης (escrow):\n\n"
            "Δικαιούχος: Karagiannis & Associates LLC – Client Escrow\n"
            "IBAN: %s\nBIC: HEBACY2N\nΑιτιολογία: Project Lemesos – Deposit\n\n"
            "Επισυνάπτεται η δήλωση εμπιστευτικότητας, την οποία παρακαλούμε να υπογράψετε και να μας επιστρέψετε. "
            "Μην συζητήσετε το θέμα με συναδέλφους· ο κ. Brenner θα σας ευχαριστήσει προσωπικά μετά την "
            "ολοκλήρωση.\n\n"
            "Με εκτίμηση,\n\nΑλέξανδρος Καραγιάννης\nΔικηγόρος – Εταίρος\nKaragiannis & Associates\n"
            "Βασιλίσσης Σοφίας 23, 106 74 Αθήνα\n" % ident.fmt_iban(iban))
    nda = docs.letter(["Karagiannis & Associates", "Δικηγορική Εταιρεία", "Βασιλίσσης Σοφίας 23, 106 74 Αθήνα"],
                      ["Προς: Example Pharmacies Hellas Μ.Α.Ε.", "Υπόψη κ. Γ. Νικολάου"], "Αθήνα, 15/12/2026",
                      "Δήλωση εμπιστευτικότητας – Project Lemesos",
                      ["Ο/Η υπογράφων/ουσα δηλώνει ότι θα τηρήσει απόλυτη εχεμύθεια για κάθε πληροφορία που αφορά "
                       "τη συναλλαγή «Project Lemesos» και δεν θα τη γνωστοποιήσει σε τρίτους, συμπεριλαμβανομένων "
                       "συναδέλφων, χωρίς την έγγραφη συναίνεση του Διευθύνοντος Συμβούλου.",
                       "Η παρούσα ισχύει έως την επίσημη ανακοίνωση της συναλλαγής."],
                      ["", "Υπογραφή: ____________________", "Ονοματεπώνυμο: ____________________"],
                      ["Karagiannis & Associates – Δικηγορική Εταιρεία – ΑΜ ΔΣΑ 80441"],
                      dict(title="NDA Project Lemesos", author="AK", creator="Microsoft Word",
                           producer="Microsoft Word for Microsoft 365", date="D:20261215094410+02'00'"),
                      color=(40, 40, 90))
    a = att(m, nda, "application/pdf", "Δήλωση_Εμπιστευτικότητας_Project_Lemesos.pdf", "outlook")
    bd.outlook(m, text, "utf-8", attachments=[a], html_lang="EL")
    t = org.NORTH["tenant"].copy()
    t.update(domain="karagiannis-legal.com", tid="6f2a9c41-0e7b-4d35-a8c2-19b5e7d30f64", pfx="AS2PR02MB",
             hubpfx="DB9PR02MB", region="eurprd02", obe="EUR02-AM0-obe", obhost="mail-am0eur02on2119",
             ip="40.107.21.119", onms="karagiannislegal.onmicrosoft.com", accept="el-GR, en-US")
    sy.m365(m, t)
