"""Attack messages, Greek (5)."""
from kit import *
from checks import base58check, h160
import base64


def a_aade():
    m = Mail("attack", "el", "tax-office-aade-mydata-penalty",
             "'ΑΑΔΕ – myDATA' reports discrepancies in 14 transmitted invoices for Q3 2026 and threatens "
             "fines unless confirmed with TAXISnet credentials by 20/11",
             "AADE writes from aade.gr/gsis.gr, not from the compromised cPanel mailbox of a rooms-to-let "
             "business (webmail used from a foreign IP); link to mydata-aade.gov-gr.info collecting TAXISnet "
             "credentials; penalty threat and deadline.",
             pair=["supplier-invoice-mydata"])
    I = Ids(m.slug)
    t = utc(2026, 11, 13, 9, 12, 40, zone="EET")
    send(P.roundcube, m, I, t, ("ΑΑΔΕ - myDATA", "info@domatia-agnanti.gr"), [S("acc_gr")],
         "ΑΑΔΕ – myDATA: Εντοπίστηκαν αποκλίσεις στη διαβίβαση παραστατικών (Α.Φ.Μ. %s)" % TAX["own_gr_afm"],
         server="cp14.greekhost-srv.gr", client_ip="196.251.%d.%d" % (I.int(1, 250), I.int(1, 250)),
         mx_client=("cp14.greekhost-srv.gr", "cp14.greekhost-srv.gr", "185.4.%d.%d" % (I.int(132, 135), I.int(2, 250))),
         zone="EET", hcs="ISO-8859-7", henc="B")
    link = "https://mydata-aade.gov-gr.info/taxisnet/login?afm=%s&ref=%s" % (TAX["own_gr_afm"], I.hex(10))
    body = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία - myDATA

Αξιότιμε/η επιτηδευματία,

Κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην πλατφόρμα myDATA για το 3ο τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών πωλήσεων της επιχείρησής σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας.

Επωνυμία: EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
Α.Φ.Μ.: %s
Παραστατικά με απόκλιση: 14

Σύμφωνα με το άρθρο 54Γ του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), για κάθε παράλειψη ή εκπρόθεσμη διαβίβαση επιβάλλεται πρόστιμο. Για να αποφύγετε την έκδοση πράξης επιβολής προστίμου, παρακαλούμε να ελέγξετε και να επιβεβαιώσετε τα στοιχεία έως τις 20/11/2026 με τους κωδικούς σας TAXISnet:

%s

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ
""" % (TAX["own_gr_afm"], link)
    m.body = alt(text(body, "ISO-8859-7", "quoted-printable", flowed=True, qcs=False),
                 html(html_simple(body, "ISO-8859-7"), "ISO-8859-7", "quoted-printable", qcs=False))
    return m


def a_acs_zip():
    m = Mail("attack", "el", "courier-acs-zip-vbs",
             "'ACS Courier': delivery of consignment 7730412896 failed, the receipt and re-routing form are "
             "in the attached ZIP (inside: ACS_Apodeixi_7730412896.pdf.vbs)",
             "Courier lure from a hijacked consumer OTEnet mailbox (not acscourier.net); ZIP attachment with a "
             "VBScript disguised by a double extension (inert one-line placeholder here); 48-hour pressure.",
             pair=["customer-order-otenet"])
    I = Ids(m.slug)
    t = utc(2026, 10, 22, 10, 41, 5, zone="EET")
    rc = S("mgr_gr")
    bot = "94.65.%d.%d" % (I.int(1, 250), I.int(1, 250))
    send(P.thunderbird, m, I, t, ("ACS Courier", "giannis.kar78@otenet.gr"), [rc],
         "ACS Courier: Αδυναμία παράδοσης αποστολής 7730412896",
         hops=[P.rcv_postfix("[127.0.0.1]", "ppp-%s.home.otenet.gr" % bot.replace(".", "-"), bot,
                             "mailout.otenet.gr", I.postfix_short_qid(), rc[1], t, "EET", tls=True,
                             auth="giannis.kar78@otenet.gr")],
         client=("mailout.otenet.gr", "mx-out-%d.otenet.gr" % I.int(1, 4), "83.235.67.%d" % I.int(20, 40)),
         zone="EET", lang="el", hcs="windows-1253", henc="B", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")
    body = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7730412896 δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης.

Στο συνημμένο αρχείο θα βρείτε την απόδειξη παραλαβής και το έντυπο επαναδρομολόγησης. Παρακαλούμε ελέγξτε τα στοιχεία εντός 48 ωρών, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα με χρέωση επιστροφής.

ACS Courier – Εξυπηρέτηση Πελατών
"""
    z = make_zip([("ACS_Apodeixi_7730412896.pdf.vbs", b"inert placeholder for evaluation set audit64 (no code)\n",
                   (2026, 10, 22, 10, 30, 0))], seed=m.slug)
    a = att(z, "application/x-zip-compressed", "ACS_7730412896.zip")
    a.zip_note = "not encrypted; `ACS_Apodeixi_7730412896.pdf.vbs`"
    m.body = mixed(text(body, "windows-1253", "base64", qcs=False), a)
    return m


def a_vetfarma_bank():
    m = Mail("attack", "el", "supplier-bank-change-lookalike-lt-iban",
             "'Γιώργος Αντωνίου' of VetFarma Hellas announces that from 1 December payments go to a Lithuanian "
             "(Revolut) IBAN and asks that invoices 4418 and 4431 (EUR 9,862.14) be paid there; PDF letter",
             "Look-alike domain vetfarma-gr.com (real: vetfarma.gr) on a shared-hosting VPS; a Greek pharma "
             "distributor moving to a foreign e-money account; the sales contact suddenly signs as finance; "
             "'travelling, use e-mail only'.",
             pair=["supplier-invoice-mydata", "supplier-reminder-urgent"])
    I = Ids(m.slug)
    t = utc(2026, 11, 23, 12, 8, 19, zone="EET")
    send(P.vps_postfix, m, I, t, ("Γιώργος Αντωνίου", "g.antoniou@vetfarma-gr.com"), [S("acc_gr")],
         "Αλλαγή τραπεζικού λογαριασμού – VetFarma Hellas Α.Ε.",
         helo="fr-int-smtpout5.hostinger.io", rdns="fr-int-smtpout5.hostinger.io",
         ip="145.14.%d.%d" % (I.int(150, 159), I.int(2, 250)), zone="EET", hcs="windows-1253", henc="B",
         mid_style="outlook", xmailer="Microsoft Outlook 16.0", style="outlook",
         client_ip="89.187.%d.%d" % (I.int(160, 190), I.int(2, 250)))
    iban = iban_fmt(BANK["att_vetfarma"])
    body = """Καλημέρα κα Γεωργίου,

σας ενημερώνουμε ότι, στο πλαίσιο της ενοποίησης της διαχείρισης διαθεσίμων του ομίλου μας, από 1η Δεκεμβρίου 2026 οι πληρωμές προς την εταιρεία μας θα πραγματοποιούνται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: VetFarma Hellas A.E.
Τράπεζα: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Ο λογαριασμός μας στην Τράπεζα Πειραιώς κλείνει στις 30/11. Παρακαλούμε η εξόφληση των τιμολογίων 4418 και 4431 (σύνολο 9.862,14 €) να γίνει ήδη στον νέο λογαριασμό. Επισυνάπτεται η επίσημη επιστολή της εταιρείας.

Για οποιαδήποτε διευκρίνιση προτιμήστε το email, καθώς τις επόμενες ημέρες βρίσκομαι σε ταξίδι.

Με εκτίμηση,

Γιώργος Αντωνίου
Οικονομική Διεύθυνση
VetFarma Hellas Α.Ε.
""" % iban
    doc = pdf([("h", "VETFARMA HELLAS S.A."),
               ("t", "Veterinary Pharmaceuticals Distribution · Thessaloniki, Greece"), ("r", ""),
               ("t", "To: Example Hellas Single-Member P.C. – Accounts Department"),
               ("t", "Thessaloniki, 20 November 2026"), ("", ""),
               ("b", "Notification of change of bank account"), ("", ""),
               ("t", "Dear Sirs,"),
               ("t", "please note that with effect from 1 December 2026 all payments to VetFarma Hellas S.A."),
               ("t", "must be made exclusively to the following account:"), ("", ""),
               ("m", "Beneficiary:  VetFarma Hellas A.E."),
               ("m", "Bank:         Revolut Bank UAB"),
               ("m", "IBAN:         " + iban),
               ("m", "BIC:          REVOLT21"), ("", ""),
               ("t", "Our previous account with Piraeus Bank will be closed on 30 November 2026."), ("", ""),
               ("t", "Yours faithfully,"), ("", ""),
               ("t", "G. Antoniou – Finance Department"), ("r", ""),
               ("s", "VetFarma Hellas S.A. · VAT EL" + TAX["vetfarma_afm"])],
              title="Bank account change", creator="Microsoft Word", producer="Microsoft: Print To PDF",
              date="D:20261120111204+02'00'")
    m.body = mixed(outlook_alt(body, "windows-1253", "quoted-printable", "EL"),
                   att(doc, "application/pdf", "VetFarma_Bank_Account_Change.pdf"))
    return m


def a_b2b_quishing():
    m = Mail("attack", "el", "e-invoicing-b2b-registration-quishing",
             "'Ηλεκτρονική Τιμολόγηση B2B – Μητρώο Παρόχων' says the company has not confirmed its e-invoicing "
             "provider for the mandatory B2B e-invoicing; scan the QR code to confirm with TAXISnet",
             "Topical (Greek B2B e-invoicing became mandatory in 2026) but no such registry mails companies; "
             "unknown sender domain via SendGrid; QR code hides a Firebase web.app credential page; deadline.",
             pair=["supplier-invoice-mydata"])
    I = Ids(m.slug)
    t = utc(2026, 11, 9, 8, 30, 12, zone="EET")
    send(P.sendgrid, m, I, t, ("Ηλεκτρονική Τιμολόγηση B2B", "noreply@einvoicing-aade-gr.com"), [S("acc_gr")],
         "Υποχρεωτική ηλεκτρονική τιμολόγηση B2B: επιβεβαίωση εγγραφής έως 30/11/2026", em="em5820")
    url = "https://b2b-einvoicing-gr.web.app/?afm=%s&t=%s" % (TAX["own_gr_afm"], I.hex(8))
    m.qr_urls = [url]
    q = qr_png(url, "M", scale=6)
    cid = "qr%s" % I.hex(10)
    plain = """Ηλεκτρονική Τιμολόγηση B2B – Μητρώο Παρόχων

Αξιότιμε/η επιτηδευματία,

από 2 Φεβρουαρίου 2026 η έκδοση ηλεκτρονικών τιμολογίων στις συναλλαγές μεταξύ επιχειρήσεων (B2B) είναι υποχρεωτική για τις μεγάλες επιχειρήσεις και από 1 Οκτωβρίου 2026 για όλες τις υπόλοιπες.

Για την επιχείρηση με Α.Φ.Μ. %s δεν έχει ολοκληρωθεί η επιβεβαίωση Παρόχου Υπηρεσιών Ηλεκτρονικής Τιμολόγησης. Χωρίς την επιβεβαίωση τα τιμολόγιά σας δεν θα διαβιβάζονται και οι αντισυμβαλλόμενοι δεν θα μπορούν να εκπέσουν τον ΦΠΑ.

Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και ολοκληρώστε την επιβεβαίωση με τους κωδικούς TAXISnet έως τις 30/11/2026.

Μητρώο Παρόχων Ηλεκτρονικής Τιμολόγησης
""" % TAX["own_gr_afm"]
    h = """<html><body style="font-family:Arial,sans-serif;color:#1d1d1d;background:#f4f6f8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#003476;color:#fff;padding:16px 24px;font-size:18px">Ηλεκτρονική Τιμολόγηση B2B – Μητρώο Παρόχων</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:21px"><p>Αξιότιμε/η επιτηδευματία,</p>
<p>από 2 Φεβρουαρίου 2026 η έκδοση ηλεκτρονικών τιμολογίων στις συναλλαγές μεταξύ επιχειρήσεων (B2B) είναι υποχρεωτική για τις μεγάλες επιχειρήσεις και από 1 Οκτωβρίου 2026 για όλες τις υπόλοιπες.</p>
<p>Για την επιχείρηση με Α.Φ.Μ. <b>%s</b> δεν έχει ολοκληρωθεί η επιβεβαίωση Παρόχου Υπηρεσιών Ηλεκτρονικής Τιμολόγησης. Χωρίς την επιβεβαίωση τα τιμολόγιά σας δεν θα διαβιβάζονται και οι αντισυμβαλλόμενοι δεν θα μπορούν να εκπέσουν τον ΦΠΑ.</p>
<p>Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και ολοκληρώστε την επιβεβαίωση με τους κωδικούς TAXISnet έως τις <b>30/11/2026</b>.</p>
<p style="text-align:center"><img src="cid:%s" width="210" height="210" alt="QR"></p>
<p style="color:#666;font-size:12px">Μητρώο Παρόχων Ηλεκτρονικής Τιμολόγησης</p></td></tr></table></body></html>
""" % (TAX["own_gr_afm"], cid)
    m.body = related(alt(text(plain, "utf-8", "base64"), html(h, "utf-8", "base64")), inline_png(q, "qr.png", cid))
    return m


def a_extortion():
    btc = base58check(0, h160("audit64-el-extortion"))
    m = Mail("attack", "el", "data-leak-extortion-proton-btc",
             "Anonymous group claims to have copied 38 GB of clinic customer data and demands 0.35 BTC by "
             "4 December, threatening publication and a report to the data-protection authority",
             "Extortion without any proof (sample 'only after you reply'), anonymous Proton Mail sender, "
             "Bitcoin address (valid base58check), GDPR-fine pressure, instruction not to involve police.",
             pair=[])
    m.notes = "Bitcoin address %s is a syntactically valid base58check P2PKH address derived from a fixed seed." % btc
    I = Ids(m.slug)
    t = utc(2026, 11, 30, 22, 51, 3, zone="EET")
    send(P.proton, m, I, t, ("", "exfil.notice@proton.me"), [S("mgr_gr")],
         "Example Hellas – διαρροή δεδομένων πελατών – τελευταία ειδοποίηση")
    body = """Προς τη διοίκηση της Example Hellas,

αποκτήσαμε πρόσβαση στο σύστημα διαχείρισης των κτηνιατρείων σας και αντιγράψαμε 38 GB δεδομένων: αρχεία πελατών (ονόματα, τηλέφωνα, διευθύνσεις), ιστορικά ζώων, τιμολόγια και συμβάσεις προμηθευτών.

Αν δεν λάβουμε 0,35 BTC στη διεύθυνση

%s

έως τις 23:59 της 4ης Δεκεμβρίου 2026, θα δημοσιεύσουμε τα δεδομένα και θα ενημερώσουμε την Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και τους πελάτες σας. Γνωρίζετε ότι τα πρόστιμα του GDPR φτάνουν το 4%% του ετήσιου κύκλου εργασιών.

Δείγμα των δεδομένων θα σας στείλουμε αφού απαντήσετε σε αυτό το μήνυμα. Μην επικοινωνήσετε με την αστυνομία ή με εξωτερικούς συμβούλους – θα το μάθουμε και η τιμή θα διπλασιαστεί.
""" % btc
    m.body = text(body, "utf-8", "quoted-printable", qcs=False)
    return m


MESSAGES = [a_aade, a_acs_zip, a_vetfarma_bank, a_b2b_quishing, a_extortion]
