"""Attack messages 32-36 (Greek)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf
from world import S

MAILS = []
EG_AFM = C.gr_afm("80157342")


def add(**kw):
    MAILS.append(Mail(lang="el", folder="attack", **kw))


# 32 ------------------------------------------------------------------------
md = "https://mydata-aade-elegxos.gr.com/myaade/login?afm=%s&case=GR3T26-14" % EG_AFM
add(n=32, slug="aade-mydata-taxisnet-phishing",
    via=I.sendgrid, via_kw=dict(em_dom="em4410.mydata-aade-elegxos.gr.com"),
    frm=("ΑΑΔΕ - myDATA", "noreply@mydata-aade-elegxos.gr.com"), to=[S("gr_acc")], hcs="iso-8859-7", henc="B",
    subject="myDATA: Απόκλιση διαβιβασθέντων παραστατικών - Απαιτείται ενέργεια έως 20/11/2026",
    date=(2026, 11, 10, 9, 30, 12), zone="GR",
    body=alt("""Αξιότιμε/η επιχειρηματία,

Κατά τον αυτοματοποιημένο έλεγχο διασταύρωσης των στοιχείων που έχουν διαβιβαστεί στην ηλεκτρονική πλατφόρμα myDATA για το Γ΄ τρίμηνο 2026, εντοπίστηκαν 14 παραστατικά εσόδων με απόκλιση στον ΦΠΑ μεταξύ εκδότη και λήπτη (ΑΦΜ %s).

Εάν οι εγγραφές δεν επιβεβαιωθούν ή διορθωθούν έως τις 20/11/2026, θα επιβληθεί πρόστιμο 250 € ανά παραστατικό σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας και θα ανασταλεί η έκδοση φορολογικής ενημερότητας.

Για να δείτε αναλυτικά τα παραστατικά, συνδεθείτε με τους κωδικούς TAXISnet:

[[Είσοδος στο myAADE|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""" % (EG_AFM, md), cs="iso-8859-7", cte="quoted-printable",
             style="news"),
    what="Tax-authority phishing: fake AADE/myDATA notice of VAT mismatches in e-invoice transmissions, link to a fake "
         "myAADE login for TAXISnet credentials",
    why="Sender and link on mydata-aade-elegxos.gr.com (a .com look-alike, real portal is aade.gr/myaade) sent via "
        "SendGrid; threat of fines per document and of blocking the tax clearance certificate; harvests TAXISnet "
        "credentials which give access to all tax and payroll filings of the entity.")

# 33 ------------------------------------------------------------------------
acs = "https://acs-gr-paradosi.com/track/7301884417?redelivery=1"
add(n=33, slug="courier-redelivery-compromised-hosting",
    via=I.cpanel_exim, via_kw=dict(host="gr-ssd12.webhost-ellas.gr", host_ip="88.99.238.61", client_ip="45.141.84.53"),
    frm=("ACS Courier", "info@epiplo-kouzinas.gr"), to=[S("gr_mgr")], hcs="windows-1253", henc="Q",
    subject="ACS: Η αποστολή 7301884417 δεν παραδόθηκε", date=(2026, 10, 22, 17, 6, 50), zone="GR",
    body=alt("""Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7301884417 (αποστολέας: Lieferant GmbH, Γερμανία) δεν κατέστη δυνατό να παραδοθεί σήμερα, διότι η διεύθυνση παράδοσης είναι ελλιπής.

Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τη διεύθυνσή σας και εξοφλήστε το τέλος επαναποστολής (1,85 €) εντός 48 ωρών:

[[Προγραμματισμός νέας παράδοσης|%s]]

Μετά την πάροδο της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier
Εξυπηρέτηση Πελατών""" % acs, cs="windows-1253", cte="quoted-printable", style="web"),
    what="Courier phishing: 'ACS Courier' redelivery fee for a parcel from the real German supplier, sent from a "
         "compromised furniture shop's mailbox",
    why="From a kitchen-furniture retailer's hijacked mailbox on shared hosting (Roundcube, foreign login IP) using the "
        "ACS brand; small fee to harvest card details; plausible detail (sender Lieferant GmbH) to lower suspicion; link "
        "to acs-gr-paradosi.com.")

# 34 ------------------------------------------------------------------------
add(n=34, slug="sextortion-spoofed-self-bitcoin",
    via=I.vps_postfix, via_kw=dict(helo="WIN-K3PQ8R1B2J7", rdns="187-45-112-9.user.veloxzone.com.br", ip="187.45.112.9",
                                   mid_style="uuid", order="generic", bstyle="generic", tls=None,
                                   msgid_dom="examplegroup.eu"),
    frm=("Ελένη Γεωργίου", "eleni.georgiou@examplegroup.eu"), to=[S("gr_acc")], hcs="utf-8", henc="B",
    subject="Ο λογαριασμός σας έχει παραβιαστεί", date=(2026, 11, 28, 4, 17, 2), zone="GR",
    body=text("""Γεια σου,

Δυστυχώς έχω άσχημα νέα για σένα. Πριν από μερικούς μήνες απέκτησα πρόσβαση στις συσκευές που χρησιμοποιείς για να μπαίνεις στο διαδίκτυο. Όπως βλέπεις, σου στέλνω αυτό το μήνυμα από τον δικό σου λογαριασμό ηλεκτρονικού ταχυδρομείου.

Από τότε παρακολουθώ τη δραστηριότητά σου. Έχω αντίγραφα των επαφών σου, των συνομιλιών σου και βίντεο από την κάμερα της συσκευής σου την ώρα που επισκεπτόσουν ιστοσελίδες για ενήλικες.

Αν θέλεις να διαγράψω όλο το υλικό, μετέφερε 1.450 USD σε Bitcoin στην παρακάτω διεύθυνση:

%s

Έχεις 48 ώρες από τη στιγμή που άνοιξες αυτό το μήνυμα. Μόλις λάβω την πληρωμή, θα διαγράψω τα πάντα. Διαφορετικά, το βίντεο θα σταλεί σε όλες τις επαφές σου, στους συναδέλφους σου και στην οικογένειά σου.

Μην απαντήσεις σε αυτό το μήνυμα και μην πεις σε κανέναν. Θα το μάθω.""" % D.BTC_GR, cs="utf-8", cte="base64"),
    what="Sextortion with the recipient's own address forged in From and a bech32 Bitcoin address",
    why="From/Return-Path forge the accountant's own examplegroup.eu address, but the mail arrives from a Brazilian "
        "residential IP with a Windows default HELO and no TLS (not from mail-int01); generic blackmail text; payment "
        "to a Bitcoin address within 48 hours.")

# 35 ------------------------------------------------------------------------
kyc = "https://winbank-business-kyc.com/el/update?cid=EGH-2207&t=QRPDF"
add(n=35, slug="bank-kyc-quishing-pdf",
    via=I.brevo,
    frm=("Τράπεζα Πειραιώς – Business Banking", "enimerosi@piraeus-business-kyc.gr"), to=[S("gr_mgr")], cc=[S("gr_acc")],
    hcs="utf-8", henc="B",
    subject="Υποχρεωτική επικαιροποίηση στοιχείων νομικού προσώπου (KYC) – Example Group Hellas",
    date=(2026, 12, 3, 11, 12, 40), zone="GR",
    body=mixed(alt("""Αξιότιμε πελάτη,

Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), είναι απαραίτητη η επικαιροποίηση των στοιχείων του νομικού προσώπου Example Group Hellas Μονοπρόσωπη Α.Ε.

Η διαδικασία ολοκληρώνεται από το κινητό σας τηλέφωνο: σαρώστε τον κωδικό QR που θα βρείτε στο συνημμένο έγγραφο και ακολουθήστε τα βήματα.

Εάν η επικαιροποίηση δεν ολοκληρωθεί έως τις 10/12/2026, οι συναλλαγές μέσω winbank business θα περιοριστούν σε ερωτήματα υπολοίπου.

Με εκτίμηση,
Τράπεζα Πειραιώς
Διεύθυνση Επιχειρηματικής Τραπεζικής""", cs="utf-8", cte="quoted-printable", style="news"),
               att_pdf("KYC_Example_Group_Hellas_2026.pdf", [
                   ("Piraeus Bank - Business Banking", 15, True), "", ("Customer Due Diligence update (KYC)", 12, True), "",
                   "Customer: Example Group Hellas S.A.", "Reference: EGH-2207", "",
                   "In accordance with Law 4557/2018 the bank must update the details of",
                   "legal entities and their beneficial owners.", "",
                   "Scan the QR code with your mobile phone to complete the update.",
                   "Deadline: 10/12/2026", "", "", "", "", "", "", "", "", "",
                   ("Piraeus Bank S.A. - this document was generated automatically.", 7, False)],
                   title="KYC", producer="Skia/PDF m120", creator="Chromium", date="D:20261203090000+00'00'",
                   qr=kyc)),
    what="Quishing in a PDF: fake Piraeus Bank KYC update; the attached PDF holds only a QR code pointing to a fake winbank",
    why="Look-alike sender domain via Brevo; the URL exists only inside a QR image in a PDF, so link scanners and URL "
        "rewriting do not see it and the victim opens it on an unmanaged phone; AML-law pretext and threat of restricted "
        "banking.")

# 36 ------------------------------------------------------------------------
add(n=36, slug="manager-fraud-new-supplier-payment",
    via=I.gmail, frm=("Νίκος Παπαδόπουλος", "nikos.papadopoulos.egh@gmail.com"), to=[S("gr_acc")], hcs="UTF-8",
    henc="B", subject="Επείγον – πληρωμή σήμερα", date=(2026, 11, 20, 10, 8, 33), zone="GR",
    body=alt("""Ελένη καλημέρα,

Χρειάζομαι να γίνει σήμερα, πριν κλείσει η τράπεζα, μια πληρωμή προς νέο προμηθευτή για τις μαρμάρινες κόγχες του νέου κολουμβάριου στη Θέρμη. Είναι προκαταβολή 30%% για να κλειδώσουμε την τιμή πριν την αύξηση του Δεκεμβρίου.

Ποσό: 28.600,00 €
Δικαιούχος: ΛΙΘΟΤΕΧΝΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Ι.Κ.Ε.
IBAN: %s
Αιτιολογία: Προκαταβολή σύμβασης 112/2026

Η σύμβαση είναι ακόμα υπό διαπραγμάτευση με τη Γερμανία, οπότε σε παρακαλώ να μην το συζητήσεις με κανέναν μέχρι να την υπογράψουμε. Θα σου στείλω το τιμολόγιο μετά.

Είμαι σε σύσκεψη όλο το πρωί, στείλε μου μόνο email όταν γίνει με το αποδεικτικό.

Νίκος

Στάλθηκε από το iPhone μου""" % D.fmt(D.GR_FAKE), cs="UTF-8", cte="base64", style="gmail"),
    what="Manager fraud: 'office manager' on Gmail orders an urgent €28,600 down payment to a new marble supplier",
    why="Manager's name on a free-mail account (real: nikos.papadopoulos@example.com via mail-int01), secrecy, no "
        "invoice or purchase order, same-day deadline, confirmation by e-mail only; beneficiary not in the vendor master.")
