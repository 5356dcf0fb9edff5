"""Genuine business messages 32-36 (Greek)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf
from world import S

MAILS = []
EG_AFM = C.gr_afm("80157342")
KATASK_AFM = C.gr_afm("99824317")


def add(**kw):
    MAILS.append(Mail(lang="el", folder="business", **kw))


# 32 ------------------------------------------------------------------------
add(n=32, slug="external-accountant-mydata-reconciliation",
    via=I.hosted_outlook, via_kw=dict(helo="mail.karagianni-logistiki.gr", ip="195.251.123.84",
                                      client_name="[192.168.1.33]", client_ip="94.69.212.18",
                                      by="mail.karagianni-logistiki.gr", lang="el"),
    frm=("Σοφία Καραγιάννη", "s.karagianni@karagianni-logistiki.gr"), to=[S("gr_acc")], cc=[S("gr_mgr")],
    hcs="windows-1253", henc="B",
    subject="Διαβίβαση myDATA Οκτωβρίου – 2 εκκρεμότητες", date=(2026, 11, 9, 13, 25, 8), zone="GR",
    body=mixed(alt("""Καλησπέρα Ελένη,

Ολοκληρώσαμε τη συμφωνία των παραστατικών Οκτωβρίου με τα δεδομένα του myDATA. Όλα τα έσοδα έχουν διαβιβαστεί σωστά. Στα έξοδα μένουν δύο εκκρεμότητες, γιατί ο προμηθευτής δεν τα έχει διαβιβάσει ακόμη:

- ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ ΘΕΡΜΗΣ Ο.Ε., τιμολόγιο 318/2026, 4.960,00 €
- ACS Courier, συγκεντρωτικό τιμολόγιο Οκτωβρίου, 186,20 €

Μπορείς να μου στείλεις σκαναρισμένα τα δύο παραστατικά; Θα τα καταχωρίσουμε με χαρακτηρισμό εξόδων ώστε να κλείσει το ΦΠΑ Οκτωβρίου έως τις 30/11. Συνημμένα θα βρεις τη λίστα της συμφωνίας.

Δεν χρειάζεται να συνδεθείς κάπου – τα περνάμε εμείς στο myDATA με τους κωδικούς του γραφείου.

Φιλικά,
Σοφία Καραγιάννη
Λογίστρια – Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Καραγιάννη
Τσιμισκή 112, 546 22 Θεσσαλονίκη, τηλ. 2310 254 880""", cs="windows-1253", cte="quoted-printable", style="outlook",
                   lang="EL"),
               att_pdf("myDATA_symfonia_10-2026.pdf", [
                   ("Logistiko Grafeio Karagianni - myDATA reconciliation", 13, True),
                   "Client: Example Group Hellas S.A. - VAT no. (AFM) " + EG_AFM, "Period: October 2026", "",
                   "Income documents issued: 61   transmitted: 61   differences: 0",
                   "Expense documents received: 47   matched: 45   pending: 2", "",
                   "Pending: KATASKEVASTIKI THERMIS O.E. inv. 318/2026    4,960.00 EUR",
                   "Pending: ACS Courier monthly invoice 10/2026             186.20 EUR", "",
                   "VAT return 10/2026 due: 30/11/2026"],
                   title="myDATA", producer="Microsoft\xae Excel\xae 2019", creator="Microsoft\xae Excel\xae 2019",
                   date="D:20261109131500+02'00'")),
    what="Genuine note from the external accountant: October myDATA reconciliation with two pending supplier documents",
    why="Long-standing accountant on her own domain and mail server, concrete document list, asks only for scans of two "
        "invoices, explicitly no login needed.",
    hn=([32], "myDATA / AADE e-invoice reconciliation"))

# 33 ------------------------------------------------------------------------
add(n=33, slug="funeral-director-order-otenet",
    via=I.otenet, via_kw=dict(client_ip="94.66.57.201"),
    frm=("Γιώργος Αλεξίου", "alexiou.teletes@otenet.gr"), to=[S("gr_mgr")], hcs="UTF-8", henc="B",
    subject="Παραγγελία τεφροδόχων και αποτέφρωση Παρασκευής", date=(2026, 10, 21, 10, 4, 33), zone="GR",
    body=text("""Καλημέρα Νίκο,

Σου επιβεβαιώνω την αποτέφρωση για την Παρασκευή 23/10 στις 11:00 (θανών Δημήτριος Τσολάκης, Κατερίνη). Θα φέρουμε τη σορό με δικό μας όχημα, μαζί με την ληξιαρχική πράξη θανάτου και τη βεβαίωση της οικογένειας.

Χρειάζομαι επίσης:
- 2 τεφροδόχους ξύλινες καρυδιά, κωδ. T-204
- 1 τεφροδόχο μαρμάρινη λευκή, κωδ. T-310

Τιμολόγιο όπως πάντα στο γραφείο, πληρωμή με κατάθεση σε 30 ημέρες.

Ευχαριστώ,
Γιώργος Αλεξίου
Γραφείο Τελετών Αλεξίου, Κατερίνη
τηλ. 23510 2xx xx / 697 555 1203""", cs="UTF-8", cte="8bit"),
    what="Genuine cremation booking and urn order from a Greek funeral-director customer on his otenet.gr mailbox",
    why="Regular customer's known consumer mailbox (Roundcube at otenet), concrete booking, standard invoice and terms, "
        "no links or attachments.")

# 34 ------------------------------------------------------------------------
add(n=34, slug="holiday-schedule-internal",
    via=I.internal, via_kw=dict(server="EXMBX02", client_ip="10.20.52.14"),
    frm=S("gr_mgr"), to=[("Προσωπικό Θεσσαλονίκης", "thessaloniki-staff@example.com")],
    rcpt="thessaloniki-staff@example.com", hcs="iso-8859-7", henc="Q",
    subject="Ωράριο εορτών και βάρδιες κρεματορίου", date=(2026, 12, 11, 14, 2, 17), zone="GR",
    body=alt("""Καλησπέρα σε όλους,

Σας ενημερώνω για το ωράριο των εορτών:

- 24/12 και 31/12: το γραφείο κλείνει στις 14:00
- 25-26/12 και 1/1: κλειστά, εφημερία κρεματορίου σύμφωνα με το πρόγραμμα βαρδιών
- 6/1 (Θεοφάνεια): κλειστά

Το πρόγραμμα βαρδιών για το κρεματόριο και τη μεταφορά σορών είναι αναρτημένο στον πίνακα ανακοινώσεων και στον κοινόχρηστο φάκελο \\\\fs01\\Θεσσαλονίκη\\Βάρδιες. Για αλλαγές βαρδιών μιλήστε απευθείας με τον κ. Ιωαννίδη.

Καλές γιορτές σε όλους!

Νίκος Παπαδόπουλος
Διευθυντής γραφείου Θεσσαλονίκης
Example Group Hellas Α.Ε.""", cs="iso-8859-7", cte="quoted-printable", style="outlook", lang="EL"),
    what="Genuine internal notice from the Thessaloniki office manager about holiday hours and crematorium shifts",
    why="Internal Exchange/relay path to the office distribution list, purely informational, internal file share "
        "reference only.")

# 35 ------------------------------------------------------------------------
add(n=35, slug="accountant-child-sick-private-gmail",
    via=I.gmail, frm=("Eleni Georgiou", "eleni.georgiou.thess@gmail.com"), to=[S("gr_mgr")],
    hcs="UTF-8", henc="B", subject="Άδεια σήμερα και αύριο", date=(2026, 12, 1, 7, 21, 40), zone="GR",
    body=alt("""Νίκο καλημέρα,

Η μικρή ξύπνησε με πυρετό και δεν μπορεί να πάει στον παιδικό σταθμό, οπότε θα πάρω άδεια για ασθένεια παιδιού σήμερα και αύριο. Σου γράφω από το προσωπικό μου, το laptop είναι στο γραφείο.

Οι πληρωμές της Παρασκευής είναι έτοιμες στο e-banking και περιμένουν μόνο τη δική σου έγκριση όπως πάντα. Αν χρειαστεί κάτι επείγον, πάρε με στο κινητό.

Ελένη""", cs="UTF-8", cte="base64", style="gmail"),
    what="Genuine leave notice from the Greek accountant's private Gmail (sick child)",
    why="Private address announcing absence, no request involving money, data or credentials; payments stay in the "
        "normal four-eyes e-banking approval.",
    hn=([36], "Gmail message between office manager and accountant"))

# 36 ------------------------------------------------------------------------
kat_iban = C.iban("GR", "0110219" + "0000021947003318")
add(n=36, slug="manager-urgent-payment-internal",
    via=I.internal, via_kw=dict(server="EXMBX02", client_ip="10.20.52.11"),
    frm=S("gr_mgr"), to=[S("gr_acc")], hcs="windows-1253", henc="B",
    subject="Επείγον: πληρωμή Κατασκευαστικής Θέρμης – τιμολόγιο 318/2026", date=(2026, 11, 19, 12, 40, 55), zone="GR",
    body=mixed(alt("""Ελένη,

Η Κατασκευαστική Θέρμης τελείωσε τις κόγχες στο κολουμβάριο και ο επιβλέπων μηχανικός υπέγραψε την παραλαβή χθες. Μου ζήτησαν αν γίνεται να πληρωθεί το τιμολόγιο 318/2026 αυτή την εβδομάδα, γιατί πληρώνουν τα μάρμαρα την Παρασκευή.

Είναι η εντολή αγοράς PO-GR-2026-071 που έχει εγκριθεί και από την κα Weiss. Βάλ' το σε σημερινή πληρωμή στον λογαριασμό που έχουμε ήδη στο μητρώο προμηθευτών (Εθνική) και θα το εγκρίνω εγώ στο e-banking. Το τιμολόγιο είναι συνημμένο.

Ευχαριστώ,
Νίκος

Νίκος Παπαδόπουλος
Διευθυντής γραφείου Θεσσαλονίκης
Example Group Hellas Α.Ε. · εσωτ. 210""", cs="windows-1253", cte="base64", style="outlook", lang="EL"),
               att_pdf("Timologio_318-2026.pdf", [
                   ("KATASKEVASTIKI THERMIS O.E.", 14, True), "Thermi, Thessaloniki - AFM " + KATASK_AFM, "",
                   ("Invoice (Timologio) 318/2026 - 16/11/2026", 12, True), "Customer: Example Group Hellas S.A. - AFM " + EG_AFM, "",
                   "Construction of 48 columbarium niches, Thermi (PO-GR-2026-071)     4,000.00 EUR",
                   "VAT 24%                                                             960.00 EUR",
                   ("Total                                                             4,960.00 EUR", 10, True), "",
                   "National Bank of Greece - IBAN " + D.fmt(kat_iban), "MARK (myDATA): 400001947216338"],
                   title="318/2026", producer="Epsilon Net", creator="Epsilon Net", date="D:20261116110000+02'00'")),
    what="Genuine urgent payment request from the Thessaloniki office manager via the internal Exchange path",
    why="Internal origin, known supplier with approved PO and signed acceptance, payment to the account already in the "
        "vendor master, normal e-banking approval by the manager himself.",
    hn=([36], "urgent payment request from the office manager"))
