"""Greek messages: 5 attacks, 5 genuine (Thessaloniki office)."""
from kit import *
import checks

B = org.BANK
G = checks.group4
AFM = org.TAX["eg_hellas_afm"]


# =============================================================== attacks
def a_aade_mydata():
    rng = rng_for("a", "el-aade")
    t = utc("2026-11-04 07:19:33")
    route = R.Postfix("mail.aade-mydata.gr.com", "%s.static.hostslick.de" % "-".join(str(rng.randrange(1, 250)) for _ in range(2)),
                      "193.142.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), host="mail.aade-mydata.gr.com",
                      submit_ip="127.0.0.1", submit_helo="localhost", submit_rdns="localhost", zone="EET")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "aade-mydata.gr.com")
    link = "https://mydata-aade.gr-taxisnet.com/login?afm=%s&r=%s" % (AFM, hexid(rng, 12))
    blocks = ["Αγαπητέ/ή φορολογούμενε,",
              "Κατά τη διασταύρωση των δεδομένων της πλατφόρμας **myDATA** για την περίοδο Ιουλίου - Σεπτεμβρίου 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάστηκαν από την επιχείρησή σας (ΑΦΜ %s) και των χαρακτηρισμών των αντισυμβαλλομένων." % AFM,
              "Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση παραστατικών επισύρει πρόστιμο.",
              "Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet για να δείτε τις αποκλίσεις και να προβείτε στις απαραίτητες διορθώσεις έως τις **12/11/2026**."]
    html = S.esp_html("myDATA - Ειδοποίηση αποκλίσεων", blocks, ("Σύνδεση με κωδικούς TAXISnet", link),
                      "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΑυτό το μήνυμα δημιουργήθηκε αυτόματα.", brand_color="#0d3c61", logo_text="ΑΑΔΕ - myDATA")
    txt = S.esp_plain("myDATA - Ειδοποίηση αποκλίσεων", blocks, ("Σύνδεση με κωδικούς TAXISnet", link))
    body = S.alt(txt, html, ua.boundary("alt"), "utf-8", "base64", "base64", quote_charset=False)
    h = {"From": addr("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.gr.com", "utf-8", "B"),
         "To": "eleni.georgiou@example.com",
         "Subject": hval("myDATA: Εντοπίστηκαν αποκλίσεις στη διαβίβαση παραστατικών - Απαιτείται ενέργεια έως 12/11/2026", "utf-8", "B")}
    return Mail("attack", "el", "aade-mydata-apokliseis-taxisnet", t, route, ua, "eleni.georgiou@example.com",
                "enimerosi@aade-mydata.gr.com", h, body, mid, zone="EET",
                technique="Tax-authority / e-invoicing (AADE myDATA) credential phishing",
                what="Fake AADE notice of myDATA discrepancies asking to log in with TAXISnet credentials",
                why="Domain aade-mydata.gr.com (a .com with 'gr' label) on a rented VPS, not aade.gr/gov.gr; TAXISnet log-in link; fine and deadline; "
                    "the accountant handles myDATA and said AADE sends no such links (business/34).")


def a_athletica_iban():
    rng = rng_for("a", "el-athletica")
    t = utc("2026-10-20 06:52:10")
    route = R.Postfix("mail.athletica-gr.com", "static.%d.%d.75.5.clients.your-server.de" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      "5.75.%d.%d" % (rng.randrange(128, 250), rng.randrange(1, 250)), host="mail.athletica-gr.com",
                      submit_ip="185.220.%d.%d" % (rng.randrange(100, 103), rng.randrange(1, 250)), sasl="n.antoniou@athletica-gr.com", zone="EET")
    ua = U.OutlookDesktop(rng, "el")
    mid = ua.msgid(t, "athletica-gr.com")
    name, bic, iban = B["athletica_fraud"]
    src = """Καλημέρα κυρία Γεωργίου,

Σας ενημερώνουμε ότι λόγω μετάβασης της εταιρείας μας σε νέο πάροχο πληρωμών για τις συναλλαγές με ομίλους του εξωτερικού, οι πληρωμές των τιμολογίων μας θα πρέπει από σήμερα να γίνονται στον παρακάτω λογαριασμό:

Δικαιούχος: ATHLETICA HELLAS SA
Τράπεζα: %s
IBAN: %s
BIC: %s

Ο λογαριασμός μας στη Eurobank παραμένει ενεργός μόνο για εγχώριες συναλλαγές. Σας επισυνάπτουμε τη σχετική επιστολή.

Παρακαλώ να μου επιβεβαιώσετε την αλλαγή και να προχωρήσετε στην εξόφληση του τιμολογίου 2026-ΤΠΥ-1102 (7.440,00 €), το οποίο είναι ήδη ληξιπρόθεσμο.

Με εκτίμηση,

Νίκος Αντωνίου
Key Account Manager
Athletica Hellas Α.Ε.
""" % (name, G(iban), bic)
    letter = ["##ATHLETICA HELLAS Α.Ε.", "Λεωφ. Κηφισίας 218, 152 31 Χαλάνδρι", "", "Προς: Example Group Hellas", "",
              "Χαλάνδρι, 19/10/2026", "", "**Θέμα: Αλλαγή τραπεζικού λογαριασμού είσπραξης", "",
              "Σας γνωστοποιούμε ότι από σήμερα οι πληρωμές προς την εταιρεία μας γίνονται στον λογαριασμό:", "",
              "Δικαιούχος: ATHLETICA HELLAS SA", "Τράπεζα: %s" % name, "IBAN: %s" % G(iban), "BIC: %s" % bic, "",
              "Με εκτίμηση", "Για την Athletica Hellas Α.Ε.", "Ο Οικονομικός Διευθυντής"]
    att = pdf_att([letter], "Athletica_neos_logariasmos.pdf", title="Αλλαγή λογαριασμού", author="Athletica",
                  producer="Microsoft® Word για Microsoft 365", creator="Microsoft® Word για Microsoft 365", created="D:20261019181204+03'00'")
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-7", "quoted-printable", "EL"), [att], ua.boundary("mixed"))
    h = {"From": addr("Νίκος Αντωνίου", "n.antoniou@athletica-gr.com", "iso-8859-7", "B"),
         "To": addr("Ελένη Γεωργίου", "eleni.georgiou@example.com", "iso-8859-7", "B"),
         "Subject": hval("Νέος τραπεζικός λογαριασμός - Athletica Hellas Α.Ε.", "iso-8859-7", "B")}
    return Mail("attack", "el", "athletica-neos-logariasmos-lookalike", t, route, ua, "eleni.georgiou@example.com",
                "n.antoniou@athletica-gr.com", h, body, mid, zone="EET",
                technique="Supplier bank-detail change from a look-alike domain (foreign EMI account)",
                what="'Athletica Hellas' moves its receivables to a Lithuanian Revolut IBAN and asks to pay an 'overdue' invoice",
                why="athletica-gr.com instead of athletica.gr, VPS in Germany, submitted via a Tor exit; a Greek company collecting through a Lithuanian IBAN "
                    "'for foreign groups'; calls invoice 1102 overdue although it was issued five days earlier with 30-day terms (business/32).")


def a_acs_courier():
    rng = rng_for("a", "el-acs")
    t = utc("2026-11-20 09:41:27")
    route = R.Exim("server.webhost-thess.gr", "46.176.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                   "102.165.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), zone="EET", user="info@acscourier-gr.net")
    ua = U.PHPMailer(rng, "6.8.0")
    mid = ua.msgid(t, "acscourier-gr.net")
    src = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204471863 δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης παραλήπτη.

Στο συνημμένο αρχείο θα βρείτε το δελτίο αποστολής (AWB) και το έντυπο επαναπρογραμματισμού. Παρακαλούμε ανοίξτε το, επιβεβαιώστε τη διεύθυνση παράδοσης και προσκομίστε το εκτυπωμένο έντυπο στο πλησιέστερο κατάστημα ACS.

Εάν δεν ενεργήσετε εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
"""
    z = zip_att([("ACS_AWB_7204471863_entypo.pdf.js", b"// inert placeholder for evaluation: stands for an obfuscated JScript downloader\n")],
                "ACS_AWB_7204471863.zip", seed="acs", ctype="application/zip", when=(2026, 11, 20, 11, 30, 2))
    html = S.simple_html(src, "windows-1253", "Tahoma, sans-serif")
    alt = S.alt(src, html, ua.boundary("alt"), "windows-1253", "quoted-printable", "quoted-printable", quote_charset=False)
    body = mixed(alt, [z], ua.boundary("mixed"))
    h = {"From": addr("ACS Courier", "info@acscourier-gr.net"), "To": "dimitrios.papadopoulos@example.com",
         "Subject": hval("ACS: Η αποστολή σας 7204471863 δεν παραδόθηκε - δελτίο αποστολής", "windows-1253", "B")}
    return Mail("attack", "el", "acs-courier-awb-zip", t, route, ua, "dimitrios.papadopoulos@example.com",
                "info@acscourier-gr.net", h, body, mid, zone="EET",
                technique="Courier lure with malware ZIP (unencrypted, JScript), shared hosting",
                what="'ACS Courier' says a parcel could not be delivered; the 'AWB form' is a ZIP",
                why="acscourier-gr.net is not acscourier.net; PHPMailer on a cPanel host reached from an African VPS IP; the ZIP holds a double-extension "
                    ".pdf.js script; couriers do not send AWBs as archives; 48-hour threat.")


def a_piraeus_kyc():
    rng = rng_for("a", "el-piraeus")
    t = utc("2026-12-01 08:14:55")
    route = R.O365(rng, region="eurprd08")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="el-GR", online=True, org="hotel-aigaio-kavala.gr")
    mid = ua.msgid(t, "")
    link = "https://winbank-business.piraeus-kyc.com/epikairopoiisi?ref=" + hexid(rng, 16)
    src = """Αξιότιμε πελάτη,

Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (Ν. 4557/2018), οφείλετε να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας (νόμιμος εκπρόσωπος, πραγματικοί δικαιούχοι, έδρα) έως τις 05/12/2026.

Μετά την ημερομηνία αυτή οι συναλλαγές μέσω winbank Business θα περιοριστούν σε εισερχόμενες πληρωμές.

Η διαδικασία διαρκεί λιγότερο από 5 λεπτά:
[Επικαιροποίηση στοιχείων](%s)

Με εκτίμηση,
Τράπεζα Πειραιώς
Διεύθυνση Εξυπηρέτησης Επιχειρήσεων
""" % link
    body = S.alt(S.plain(src), S.outlook_html(src, "EL", "utf-8"), ua.boundary("alt"), "utf-8", "quoted-printable", "quoted-printable")
    h = {"From": addr("Τράπεζα Πειραιώς", "reservations@hotel-aigaio-kavala.gr", "utf-8", "B"),
         "To": "eleni.georgiou@example.com",
         "Subject": hval("Επικαιροποίηση στοιχείων επιχείρησης (KYC) - περιορισμός συναλλαγών winbank Business", "utf-8", "B")}
    return Mail("attack", "el", "peiraios-kyc-winbank", t, route, ua, "eleni.georgiou@example.com",
                "reservations@hotel-aigaio-kavala.gr", h, body, mid, zone="UTC", date_lag=-2,
                technique="Bank credential phishing (KYC update) from a compromised Microsoft 365 tenant",
                what="'Piraeus Bank' demands a KYC update by 05/12 or winbank Business will be restricted",
                why="Bank display name on a hotel's compromised Microsoft 365 mailbox; link to piraeus-kyc.com instead of piraeusbank.gr; "
                    "AML law cited as pressure, deadline and service restriction.")


def a_m365_expiry_homoglyph():
    rng = rng_for("a", "el-m365")
    t = utc("2026-10-29 13:36:48")
    ip = "164.92.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))
    route = R.Direct("exampie.com", None, ip, tls="1.2", zone="UTC")
    ua = U.PythonScript(rng)
    mid = ua.msgid(t, "exampie.com")
    link = "https://login.exampie.com/owa/auth.owa?u=" + b64url("dimitrios.papadopoulos@example.com")
    blocks = ["Ο κωδικός πρόσβασης για τον λογαριασμό **dimitrios.papadopoulos@example.com** λήγει σήμερα στις 23:59.",
              "Για να διατηρήσετε τον τρέχοντα κωδικό και να αποφύγετε διακοπή στην πρόσβαση σε Outlook, Teams και OneDrive, επιβεβαιώστε τα στοιχεία σας:",
              "Αν δεν ενεργήσετε, ο λογαριασμός σας θα κλειδωθεί και θα χρειαστεί επικοινωνία με το IT."]
    html = S.esp_html("Λήξη κωδικού πρόσβασης Microsoft 365", blocks, ("Διατήρηση τρέχοντος κωδικού", link),
                      "Example Group IT Service Desk\nΑυτόματο μήνυμα - μην απαντάτε.", brand_color="#0078d4", logo_text="Microsoft 365",
                      charset="iso-8859-7")
    body = M.text(html, "html", "iso-8859-7", "base64")
    h = {"From": addr("Example Group IT", "it-support@exampie.com"), "To": "dimitrios.papadopoulos@example.com",
         "Subject": hval("Ο κωδικός πρόσβασης Microsoft 365 λήγει σήμερα", "iso-8859-7", "B")}
    return Mail("attack", "el", "m365-lixi-kodikou-homoglyph", t, route, ua, "dimitrios.papadopoulos@example.com", "it-support@exampie.com",
                h, body, mid, zone="UTC", date_lag=-2,
                technique="Microsoft 365 password-expiry credential phishing from a homoglyph domain",
                what="'Example Group IT' says the Microsoft 365 password expires tonight; 'keep current password' link",
                why="exampie.com (i for l) imitates example.com; delivered directly from a DigitalOcean host without reverse DNS, not via mail-int01; "
                    "the log-in page is on login.exampie.com; real IT mail is internal and in German/English.")


# =============================================================== genuine
def b_athletica_invoice():
    rng = rng_for("b", "el-athletica")
    t = utc("2026-10-15 12:33:40")
    route = R.Postfix("mail.athletica.gr", "mail.athletica.gr", "94.70.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      host="mail.athletica.gr", submit_ip="10.0.0.12", submit_helo="mail.athletica.gr", submit_rdns="mail.athletica.gr",
                      zone="EET", amavis=True)
    ua = U.Zimbra(rng, "10.0.0.45")
    mid = ua.msgid(t, "athletica.gr")
    src = """Καλησπέρα κυρία Γεωργίου,

Σας αποστέλλουμε το τιμολόγιο 2026-ΤΠΥ-1102 για την παράδοση των 6 ελλειπτικών και 4 πάγκων στο γυμναστήριο της Τσιμισκή.
Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001938274615).

Ποσό: 7.440,00 € (συμπεριλαμβάνεται ΦΠΑ 24%%)
Πληρωμή: εντός 30 ημερών στον γνωστό λογαριασμό μας στη Eurobank (%s).

Με εκτίμηση,

Νίκος Αντωνίου
Key Account Manager
Athletica Hellas Α.Ε.
Λεωφ. Κηφισίας 218, 152 31 Χαλάνδρι - ΑΦΜ %s
Τηλ. 210 685 4400
""" % (G(B["athletica"][2]), org.TAX["athletica_afm"])
    inv = ["##ATHLETICA HELLAS Α.Ε.", "Λεωφ. Κηφισίας 218, 152 31 Χαλάνδρι - ΑΦΜ %s - ΔΟΥ ΦΑΕ Αθηνών" % org.TAX["athletica_afm"], "",
           "**ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ 2026-ΤΠΥ-1102 - 15/10/2026", "Πελάτης: Example Group Hellas Μ.Ι.Κ.Ε. - ΑΦΜ %s" % AFM, "ΜΑΡΚ: 400001938274615", "",
           "6 x Ελλειπτικό EL-700                              4.200,00", "4 x Πάγκος ρυθμιζόμενος FB-20                    1.800,00",
           "Καθαρή αξία 6.000,00 - ΦΠΑ 24% 1.440,00 - **Σύνολο 7.440,00 €**", "",
           "Τρόπος πληρωμής: κατάθεση 30 ημερών - Eurobank %s" % G(B["athletica"][2])]
    atts = [pdf_att([inv], "TPY-2026-1102.pdf", title="Τιμολόγιο 2026-ΤΠΥ-1102", author="Athletica Hellas", producer="SoftOne ERP",
                    creator="SoftOne ERP", created="D:20261015151944+03'00'")]
    body = mixed(S.alt(S.plain(src), S.zimbra_html(src), ua.boundary(), "utf-8", "quoted-printable", "quoted-printable"), atts, ua.boundary())
    h = {"From": addr("Νίκος Αντωνίου", "n.antoniou@athletica.gr", "utf-8", "B"),
         "To": addr("Ελένη Γεωργίου", "eleni.georgiou@example.com", "utf-8", "B"),
         "Cc": "accounts@athletica.gr",
         "Subject": hval("Τιμολόγιο 2026-ΤΠΥ-1102 - παράδοση εξοπλισμού Θεσσαλονίκη", "utf-8", "B"), "_topic": ""}
    return Mail("business", "el", "athletica-timologio", t, route, ua, "eleni.georgiou@example.com", "n.antoniou@athletica.gr",
                h, body, mid, zone="EET", date_lag=-4, pair="attack/33",
                what="Equipment distributor sends its invoice with myDATA MARK",
                why="Real athletica.gr Zimbra server, invoice reported to myDATA, the usual Eurobank IBAN, 30-day terms. Hard negative of attack/33.")


def b_member_complaint_otenet():
    rng = rng_for("b", "el-otenet")
    t = utc("2026-11-06 18:07:21")
    route = R.Postfix("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.%d" % rng.randrange(10, 60), host="mailout.otenet.gr",
                      submit_ip="94.66.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), submit_helo="GIORGOS-PC",
                      submit_rdns="ppp-94-66-%d-%d.home.otenet.gr" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="gkonst", zone="EET")
    ua = U.WindowsLiveMail(rng, "GIORGOS-PC")
    mid = ua.msgid(t, "")
    src = """Καλησπέρα σας,

Στις 30 Σεπτεμβρίου υπέβαλα στη ρεσεψιόν του γυμναστηρίου της Τσιμισκή αίτηση διακοπής της συνδρομής μου (κάρτα μέλους ΘΕΣ-11872), όμως τον Οκτώβριο και τον Νοέμβριο χρεώθηκε ξανά η κάρτα μου με 39,00 € κάθε μήνα.

Παρακαλώ να διακόψετε άμεσα τις χρεώσεις και να μου επιστρέψετε τα 78,00 € στην ίδια κάρτα. Αν δεν λάβω απάντηση μέσα στην εβδομάδα, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Ευχαριστώ,
Γιώργος Κωνσταντίνου
τηλ. 6944 123 870
"""
    body = M.text(src, "plain", "windows-1253", "quoted-printable")
    h = {"From": addr("Γιώργος Κωνσταντίνου", "gkonst@otenet.gr", "windows-1253", "B"),
         "To": "dimitrios.papadopoulos@example.com",
         "Subject": hval("Διακοπή συνδρομής - συνεχίζονται οι χρεώσεις", "windows-1253", "B")}
    return Mail("business", "el", "parapono-melous-xreoseis", t, route, ua, "dimitrios.papadopoulos@example.com", "gkonst@otenet.gr",
                h, body, mid, zone="EET", date_lag=-9,
                what="A member complains from his OTEnet mailbox that he is still being charged after cancelling",
                why="Consumer ISP mailbox with Windows Live Mail from an OTEnet home line; concrete member number and amounts; refund to the same card; no links.")


def b_accountant_mydata():
    rng = rng_for("b", "el-logistis")
    t = utc("2026-11-09 08:47:12")
    route = R.Postfix("mail.karagiannis-logistiki.gr", "mail.karagiannis-logistiki.gr", "185.4.%d.%d" % (rng.randrange(128, 250), rng.randrange(1, 250)),
                      host="mail.karagiannis-logistiki.gr", submit_ip="62.103.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="m.karagianni@karagiannis-logistiki.gr", zone="EET")
    ua = U.OutlookDesktop(rng, "el")
    mid = ua.msgid(t, "karagiannis-logistiki.gr")
    src = """Καλημέρα Ελένη,

Ολοκληρώσαμε τον έλεγχο του myDATA για τον Οκτώβριο. Υπάρχουν τρία παραστατικά εξόδων (Athletica, ΔΕΗ, Cosmote) που δεν έχουν χαρακτηριστεί ακόμη· θα τα χαρακτηρίσουμε εμείς μέσω του προγράμματος μέχρι τις 20/11, δεν χρειάζεται να μπεις στο TAXISnet.

Σου επισυνάπτω την κατάσταση αποκλίσεων για το αρχείο σου.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει email με συνδέσμους για «αποκλίσεις myDATA». Αν λάβεις κάτι τέτοιο, προώθησέ το μου και μην το ανοίξεις.

Φιλικά,
Μαρία Καραγιάννη
Λογιστικό Γραφείο Καραγιάννη
Εγνατίας 102, 546 22 Θεσσαλονίκη
Τηλ. 2310 284 611
"""
    rep = ["##Λογιστικό Γραφείο Καραγιάννη", "Κατάσταση αποκλίσεων myDATA - Οκτώβριος 2026", "Πελάτης: Example Group Hellas Μ.Ι.Κ.Ε. - ΑΦΜ %s" % AFM, "",
           "Εκδότης               Παραστατικό          Ποσό        Κατάσταση",
           "Athletica Hellas    2026-ΤΠΥ-1102       7.440,00    προς χαρακτηρισμό",
           "ΔΕΗ                     ΛΟΓ 10/2026          1.284,17    προς χαρακτηρισμό",
           "Cosmote               10/2026                   212,40    προς χαρακτηρισμό", "",
           "Ενέργεια: χαρακτηρισμός από το γραφείο έως 20/11/2026."]
    atts = [pdf_att([rep], "myDATA_apokliseis_10-2026.pdf", title="Αποκλίσεις myDATA", author="Μ. Καραγιάννη",
                    producer="Microsoft® Excel για Microsoft 365", creator="Microsoft® Excel για Microsoft 365", created="D:20261109104211+02'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-7", "quoted-printable", "EL"), atts, ua.boundary("mixed"))
    h = {"From": addr("Μαρία Καραγιάννη", "m.karagianni@karagiannis-logistiki.gr", "iso-8859-7", "B"),
         "To": addr("Ελένη Γεωργίου", "eleni.georgiou@example.com", "iso-8859-7", "B"),
         "Subject": hval("myDATA Οκτωβρίου - εκκρεμότητες χαρακτηρισμών", "iso-8859-7", "B")}
    return Mail("business", "el", "logistis-mydata-ekkremotites", t, route, ua, "eleni.georgiou@example.com",
                "m.karagianni@karagiannis-logistiki.gr", h, body, mid, zone="EET", date_lag=-5, pair="attack/32",
                what="The Greek accountant reports open myDATA classifications for October",
                why="Known accounting office on its own hosting, Outlook from a Greek business line; says no TAXISnet log-in is needed and warns about fake myDATA mails. "
                    "Hard negative of attack/32.")


def b_internal_holidays():
    t = utc("2026-12-14 10:30:05")
    src = """Καλημέρα σε όλους,

Σας ενημερώνω για το ωράριο των εορτών:

- Γυμναστήριο Τσιμισκή: 24/12 και 31/12 ανοιχτά 07:00-15:00, 25/12 και 1/1 κλειστά, 26/12 και 2/1 ανοιχτά 09:00-17:00.
- Γραφείο: κλειστό από 24/12 έως 1/1. Για επείγοντα θέματα είμαι διαθέσιμος στο κινητό.
- Τα ομαδικά προγράμματα της εβδομάδας 28/12-2/1 θα ανακοινωθούν στην εφαρμογή «Example Fitness» έως την Παρασκευή.

Οι μισθοί και το δώρο Χριστουγέννων θα καταβληθούν στις 21/12 ως συνήθως· η κυρία Γεωργίου έχει ήδη ετοιμάσει τη μισθοδοσία.

Καλές γιορτές!
Δημήτρης

Δημήτριος Παπαδόπουλος
Office Manager | Example Group Hellas
Τσιμισκή 45, 546 23 Θεσσαλονίκη
"""
    return internal("el", "orario-eorton-esoteriki-anakoinosi", t, "dimitrios.papadopoulos",
                    addr("Example Group Hellas - Όλοι", "hellas-all@example.com", "windows-1253", "B"),
                    "Ωράριο εορτών - γυμναστήριο και γραφείο", src, charset="windows-1253", lang_tag="el-GR", html_lang="EL",
                    client_ip="10.70.1.12",
                    what="Office manager's internal notice with the holiday opening hours and payroll date",
                    why="Internal sender through Exchange and mail-int01; informational only, mentions salaries without any payment request.")


def b_private_sick_el():
    rng = rng_for("b", "el-sick")
    t = utc("2026-11-27 06:12:44")
    route = R.Google(rng)
    ua = U.Gmail(rng)
    mid = ua.msgid(t)
    src = """Καλημέρα Δημήτρη,

Σου γράφω από το προσωπικό μου email γιατί δεν έχω πρόσβαση στο Outlook από το σπίτι. Έχω πυρετό από χθες το βράδυ και ο γιατρός μού έδωσε άδεια ασθενείας για σήμερα και αύριο - η ηλεκτρονική βεβαίωση θα περαστεί στον e-ΕΦΚΑ.

Η μισθοδοσία Νοεμβρίου είναι έτοιμη και ελεγμένη, μένει μόνο η έγκριση από την Κολωνία. Αν χρειαστεί κάτι επείγον, είμαι στο κινητό.

Ελένη
"""
    body = S.alt(src, S.gmail_html(src), ua.boundary(), "UTF-8", "base64", "base64")
    h = {"From": addr("Ελένη Γεωργίου", "eleni.georgiou.thess@gmail.com", "UTF-8", "B"),
         "To": addr("Δημήτριος Παπαδόπουλος", "dimitrios.papadopoulos@example.com", "UTF-8", "B"),
         "Subject": hval("Άδεια ασθενείας σήμερα και αύριο", "UTF-8", "B")}
    return Mail("business", "el", "adeia-astheneias-prosopiko-email", t, route, ua, "dimitrios.papadopoulos@example.com",
                "eleni.georgiou.thess@gmail.com", h, body, mid, zone="EET", date_lag=-5,
                what="The Greek accountant reports sick from her private Gmail",
                why="Known private address, no request except to note the absence; payroll only mentioned as already prepared and awaiting HQ approval.")


ATTACKS = [a_aade_mydata, a_athletica_iban, a_acs_courier, a_piraeus_kyc, a_m365_expiry_homoglyph]
BUSINESS = [b_athletica_invoice, b_member_complaint_otenet, b_accountant_mydata, b_internal_holidays, b_private_sick_el]
