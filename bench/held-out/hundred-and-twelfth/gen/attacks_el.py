"""Greek attack messages (5)."""
import base64

import assets
import data as D
import infra
import qr
from builder import register, html_outlook, to_plain, to_html, brand_page, esc


# ---------------------------------------------------------------------------
@register("attack", "el", "aade-mydata-prostimo")
def _(b):
    sender = "noreply@aade-gov.gr.com"
    b.at(2026, 10, 21, 10, 10, 36, zone="GR").env(sender, "eleni.georgiou@examplegroup.eu")
    b.style = "esp"
    b.via(infra.ses(b, "eu-central-1"))
    b.frm("ΑΑΔΕ - myDATA", sender, "iso-8859-7", "B")
    b.to(("", "eleni.georgiou@examplegroup.eu"))
    b.subject("ΑΑΔΕ: Ασυμφωνία διαβίβασης παραστατικών στο myDATA - ειδοποίηση προστίμου", "iso-8859-7", "B", mode="whole")
    url = "https://www1.aade-gov.gr.com/saadeapps/mydata/login?afm=%s" % D.EXAMPLE_GR_AFM
    src = """Αξιότιμε/η επιτηδευματία,

Σας ενημερώνουμε ότι κατά τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας myDATA εντοπίστηκαν παραστατικά εσόδων της επιχείρησης EXAMPLE HELLAS Μ.Α.Ε. (Α.Φ.Μ. %s) για το γ' τρίμηνο 2026 που δεν έχουν διαβιβαστεί εμπρόθεσμα.

Σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας, για κάθε μη διαβιβασθέν παραστατικό επιβάλλεται πρόστιμο. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε τα στοιχεία έως τις 25/10/2026.

[[Σύνδεση στο myDATA|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (D.EXAMPLE_GR_AFM, url)
    head = '<div style="background:#003476;color:#fff;padding:16px 32px;font-size:18px">ΑΑΔΕ &middot; myDATA</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#003476;color:#fff;text-decoration:none"),
                      head, "Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Καρ. Σερβίας 10 · 101 84 Αθήνα", charset="iso-8859-7", title="myDATA")
    b.body(b.alt(b.text(to_plain(src), "iso-8859-7"), b.html(html, "iso-8859-7")))
    b.meta("Tax-office credential phishing: fake AADE myDATA notice of untransmitted invoices with a fine threat, TAXISnet login link.",
           "Domain aade-gov.gr.com (real: aade.gr / gsis.gr) sent via Amazon SES; the link harvests TAXISnet credentials; deadline and fine threat. Hard negative: business 32 (the company's external accountant genuinely discussing myDATA discrepancies).")


# ---------------------------------------------------------------------------
@register("attack", "el", "galakto-allagi-iban-lookalike")
def _(b):
    sender = "s.karagianni@galaktothesallias.gr"
    b.at(2026, 11, 11, 13, 27, 14, zone="GR").env(sender, "eleni.georgiou@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.vps_client(b, "mail.galaktothesallias.gr", "65.21.148.190", "static.190.148.21.65.clients.your-server.de",
                           "176.97.114.62", client_helo="DESKTOP-SK19G7A", zone="GR", bstyle="outlook_smtp"))
    b.frm("Σοφία Καραγιάννη", sender, "windows-1253", "B")
    b.to(("Eleni Georgiou", "eleni.georgiou@examplegroup.eu"), outlook_quotes=True)
    b.subject("Αλλαγή τραπεζικού λογαριασμού - Γαλακτοβιομηχανία Θεσσαλίας Α.Ε.", "windows-1253", "B", mode="whole")
    b.set("Content-Language", "el")
    ib = D.F(D.ATT_GALAKTO)
    txt = """Καλησπέρα σας κα Γεωργίου,

Σας ενημερώνουμε ότι λόγω αναδιοργάνωσης της διαχείρισης διαθεσίμων της εταιρείας μας, από σήμερα οι πληρωμές προς εμάς θα πραγματοποιούνται αποκλειστικά στον νέο λογαριασμό της εταιρείας:

Δικαιούχος: GALAKTOVIOMICHANIA THESSALIAS S.A.
Τράπεζα: Revolut Bank UAB
IBAN: %s
BIC: REVOLT21

Ο λογαριασμός μας στην Εθνική Τράπεζα βρίσκεται σε διαδικασία κλεισίματος και οι εισερχόμενες πληρωμές θα επιστρέφονται. Παρακαλούμε να ενημερώσετε την καρτέλα προμηθευτή και να εξοφλήσετε το τιμολόγιο ΤΔΑ 2026/3318 (γάλα σε σκόνη, 12.000 κιλά) στον νέο λογαριασμό έως την Παρασκευή.

Παρακαλώ επιβεβαιώστε μου με email μόλις γίνει η αλλαγή.

Με εκτίμηση,
Σοφία Καραγιάννη
Τμήμα Πωλήσεων
Γαλακτοβιομηχανία Θεσσαλίας Α.Ε.
""" % ib
    b.body(b.alt(b.text(txt, "windows-1253", "base64"), b.html(html_outlook(txt, "EL", charset="windows-1253"), "windows-1253", "base64")))
    b.meta("Supplier bank-detail change: 'Σοφία Καραγιάννη' of the milk-powder supplier moves payments to a Lithuanian Revolut IBAN and pushes invoice ΤΔΑ 2026/3318 by Friday.",
           "Look-alike domain galaktothesallias.gr (real: galaktothessalias.gr) on a Hetzner VPS; foreign neobank account for a Greek supplier; invoice (business 34) has 60-day credit and NBG account; confirmation by e-mail only.")


# ---------------------------------------------------------------------------
@register("attack", "el", "acs-courier-telos-mailgun")
def _(b):
    sender = "info@acs-paradosi.gr"
    b.at(2026, 11, 30, 9, 2, 17, zone="GR").env(sender, "nikos.papadopoulos@example.com")
    b.style = "esp"
    b.via(infra.mailgun(b, "mg.acs-paradosi.gr"))
    b.frm("ACS Courier", sender)
    b.to(("", "nikos.papadopoulos@example.com"))
    b.subject("ACS: Η αποστολή 7428193054 δεν παραδόθηκε – επιβεβαίωση διεύθυνσης", mode="whole", enc="B")
    url = "https://acs-paradosi.gr/track/7428193054?c=np"
    src = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7428193054 (αποστολέας: Example Group GmbH, Köln) δεν κατέστη δυνατό να παραδοθεί στις 28/11/2026 λόγω ελλιπών στοιχείων διεύθυνσης.

Για να προγραμματίσετε εκ νέου την παράδοση, επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής 1,98 € εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας το δέμα επιστρέφεται στον αποστολέα.

[[Επιβεβαίωση παράδοσης|%s]]

ACS Courier
Εξυπηρέτηση Πελατών
""" % url
    head = '<div style="background:#ffd200;color:#1a1a1a;padding:16px 32px;font-size:20px;font-weight:bold">ACS</div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:10px 22px;background:#e30613;color:#fff;text-decoration:none"),
                      head, "ACS Courier · Εξυπηρέτηση Πελατών 210 81 90 000", title="ACS")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Courier phishing: fake ACS 'failed delivery' with a 1.98 EUR redelivery fee (card harvesting).",
           "Look-alike domain acs-paradosi.gr via Mailgun (ACS mails come from acscourier.net); small-fee pretext to collect card data; 48-hour deadline; references a shipment from the company's own HQ to appear plausible. Hard negative: business 35 (genuine ACS notification the same day, no payment requested).")


# ---------------------------------------------------------------------------
@register("attack", "el", "athinaiki-paraggelia-zip-kodikos")
def _(b):
    sender = "k.dimitriou@athtrofima.gr"
    b.at(2026, 12, 9, 11, 55, 48, zone="GR").env(sender, "nikos.papadopoulos@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd08", server_prefix="VI1PR08MB", tenant_id="5e1f7c2a-93d4-4b8e-a0c6-2f9b41d7e385"))
    b.frm("Κώστας Δημητρίου", sender, "windows-1253")
    b.to(("Nikos Papadopoulos", "nikos.papadopoulos@example.com"), cs="windows-1253")
    b.subject("Νέα παραγγελία Χριστουγέννων ΑΤ-4471", "windows-1253")
    b.set("Accept-Language", "el-GR, en-US").set("Content-Language", "el-GR")
    txt = """Καλημέρα κ. Παπαδόπουλε,

Σας στέλνω συνημμένη την παραγγελία μας για τα Χριστούγεννα (σοκολατάκια πραλίνας, κουτιά δώρου και σοκολατένιους Άγιους Βασίληδες) με τις τελικές ποσότητες ανά κατάστημα.

Λόγω των τιμών προσφοράς το αρχείο είναι κλειδωμένο. Κωδικός: 4471

Παρακαλώ επιβεβαιώστε μου διαθεσιμότητα και ημερομηνία παράδοσης μέχρι την Παρασκευή.

Ευχαριστώ,
Κώστας Δημητρίου
"""
    z = assets.make_zip("Paraggelia_AT-4471_Xristougenna.xlsx.exe", "placeholder\n", password="4471",
                        dt=(2026, 12, 9, 11, 40, 3), seed="el-at")
    zp = b.attach("application/x-zip-compressed", z, "Paraggelia_AT-4471.zip", disp_params=None)
    zp.description = "Paraggelia_AT-4471.zip"
    zp.disp_params = b.exchange_attach_params(len(z))
    b.body(b.mixed(b.alt(b.text(txt, "windows-1253"), b.html(html_outlook(txt, "EL", charset="windows-1253"), "windows-1253")), zp))
    b.meta("Compromised customer mailbox: the real Athinaiki Trofima account sends a 'Christmas order' as a password-protected ZIP (ZipCrypto, code 4471) containing 'Paraggelia_AT-4471_Xristougenna.xlsx.exe'.",
           "Genuine sender and Microsoft 365 infrastructure (SPF/DKIM would pass), but the customer normally sends orders as PDF with order numbers and delivery details (business 33); encrypted archive with .xlsx.exe double extension; vague content; 'locked because of prices' pretext.")


# ---------------------------------------------------------------------------
@register("attack", "el", "mfa-quishing-inline-qr")
def _(b):
    sender = "noreply@thessalonikitravel.gr"
    b.at(2026, 10, 30, 8, 40, 3, zone="GR").env(sender, "nikos.papadopoulos@example.com")
    b.style = "phpmailer"
    b.via(infra.cpanel_exim(b, "grserver12.dnhost.gr", "185.138.42.112", client_ip="193.233.202.9",
                            php_script="/home/thesstrv/public_html/tmp/mailer.php", uid="1021", user="thesstrv", zone="GR"))
    b.frm("Microsoft 365 Security", sender)
    b.to(("", "nikos.papadopoulos@example.com"))
    b.subject("Υποχρεωτική επανεγγραφή MFA – Example Group", mode="whole", enc="B")
    b.set("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    enc = base64.b64encode(b"nikos.papadopoulos@example.com").decode()
    url = "https://login.m365-verify.help/?tid=examplegroup&u=" + enc
    png, q = qr.qr_png(url, "M", scale=5)
    b.qr_note = "inline QR (version %d-M) encodes %s" % (q.version, url)
    txt = """Αγαπητέ/ή χρήστη,

Στο πλαίσιο της αναβάθμισης ασφαλείας του Microsoft 365 για τον οργανισμό Example Group, όλοι οι χρήστες πρέπει να επανεγγράψουν τη συσκευή ελέγχου ταυτότητας (Microsoft Authenticator) έως τις 31/10/2026.

Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες. Η διαδικασία διαρκεί λιγότερο από ένα λεπτό.

Αν δεν ολοκληρώσετε την επανεγγραφή, η πρόσβαση στο ηλεκτρονικό ταχυδρομείο θα περιοριστεί.

Με εκτίμηση,
Τμήμα Πληροφορικής
"""
    paras = txt.strip().split("\n\n")
    body_html = "".join('<p style="margin:0 0 14px 0">%s</p>\n' % esc(p).replace("\n", "<br>") for p in paras[:2])
    body_html += '<p style="text-align:center"><img src="cid:qr_mfa_2026@thessalonikitravel.gr" width="%d" height="%d" alt="QR"></p>\n' % (
        (q.size + 8) * 5, (q.size + 8) * 5)
    body_html += "".join('<p style="margin:0 0 14px 0">%s</p>\n' % esc(p).replace("\n", "<br>") for p in paras[2:])
    html = brand_page(body_html, '<div style="padding:18px 32px;font-size:20px;color:#5e5e5e">Microsoft 365</div>', "Microsoft Corporation", title="MFA")
    img = b.attach("image/png", png, "qr.png", inline=True, cid="qr_mfa_2026@thessalonikitravel.gr")
    b.body(b.alt(b.text(txt, "utf-8", "quoted-printable"), b.related(b.html(html, "utf-8", "quoted-printable"), img)))
    b.meta("Quishing with an inline QR code: fake 'mandatory MFA re-enrolment' for Microsoft 365; the QR points to a credential-phishing page with the user's address base64-encoded.",
           "Sent by a PHP script on a Thessaloniki travel agency's compromised hosting; IT never sends MFA enrolment from external domains (business 06); QR code moves the click to the phone and hides the URL login.m365-verify.help from link scanners; deadline threat.")
