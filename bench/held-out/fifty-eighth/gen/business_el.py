# -*- coding: utf-8 -*-
"""Genuine business messages 32-36 (Greek)."""
from common import *  # noqa: F401,F403
from company import AEGEAN_AFM, AEGEAN_IBAN, PMS_AFM, PMS_IBAN
from infra import Rnd


def b32():
    text = """\
Καλησπέρα κα Γεωργίου,

Λάβαμε τον τελικό λογαριασμό (FDA) για το M/V AEGEAN DAWN (Πειραιάς, 14-19/11) και τον εγκρίνουμε χωρίς παρατηρήσεις.

Σύμφωνα με τον λογαριασμό, από την προκαταβολή των 85.000,00 EUR απομένει πιστωτικό υπόλοιπο 23.870,00 EUR. Παρακαλούμε να το επιστρέψετε στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (IBAN %s), όπως και στα προηγούμενα ταξίδια. Δεν υπάρχει καμία αλλαγή στα τραπεζικά μας στοιχεία.

Εναλλακτικά, αν σας εξυπηρετεί, μπορείτε να κρατήσετε το ποσό ως προκαταβολή για την επόμενη προσέγγιση του πλοίου τον Ιανουάριο - ενημερώστε με τι προτιμάτε.

Ευχαριστώ για τη συνεργασία,

Ιωάννης Καραγιάννης
Finance Manager
Aegean Star Shipping S.A.
Ακτή Μιαούλη 81, 185 38 Πειραιάς
ΑΦΜ %s""" % (bk.fmt_iban(AEGEAN_IBAN), AEGEAN_AFM)
    return Mail("el", "aegean-star-fda-epistrofi-gnostos-logariasmos", "m365", (2026, 11, 27, 12, 40, 21),
                ("Ioannis Karagiannis", "i.karagiannis@aegeanstar.gr"), [S("gr_acc")],
                "M/V AEGEAN DAWN - FDA Πειραιά / υπόλοιπο προκαταβολής",
                B.alt(text, "outlook", "iso-8859-7"), cc=[S("gr_mgr")], hcs=("iso-8859-7", "Q"),
                p=dict(content_lang="el-GR", srv="VI1PR04MB5678", out=("EUR02-VI1-obe", "mail-vi1eur02on2071",
                                                                         "40.107.21.71")),
                what="Customer (shipowner) approves the FDA and asks for the balance to its known Piraeus Bank "
                     "account",
                why="Owner's real domain on its Microsoft 365 tenant; known Greek IBAN, explicitly 'no change of bank "
                    "details'; offers to keep the funds for the next call - no pressure.")


def b33():
    lines = [("PIRAEUS MARINE SUPPLIES", 15, True), "Akti Kondyli 14, 185 45 Piraeus - VAT (AFM) " + PMS_AFM, "",
             ("INVOICE 2026/0941", 12, True), "Date: 17/11/2026   myDATA MARK: 400001934271168", "",
             "To: EXAMPLE SHIPPING & PORT SERVICES GMBH - Piraeus branch, as agents for",
             "    Owners of M/V AEGEAN DAWN", "",
             ("Item                                                Amount EUR", 9, True),
             ("Provisions (fresh/frozen/dry) as per captain's order   5,118.40", 9, False),
             ("Cabin stores and bonded items                          1,102.50", 9, False),
             ("Launch and delivery to anchorage                         262.00", 9, False), "",
             ("Total: EUR 6,482.90 - VAT exempt (ship supplies, art. 27 Greek VAT Code)", 10, True), "",
             "Payment: 30 days - Eurobank " + bk.fmt_iban(PMS_IBAN)]
    text = """\
Καλησπέρα κα Γεωργίου,

Σας στέλνουμε συνημμένο το τιμολόγιο αρ. 2026/0941 για τον εφοδιασμό (τρόφιμα και υλικά καμπίνας) του M/V AEGEAN DAWN στις 17/11, σύμφωνα με την παραγγελία του πλοιάρχου και την εντολή σας.

ΜΑΡΚ myDATA: 400001934271168
Σύνολο: 6.482,90 EUR (εφοδιασμός πλοίου - απαλλαγή ΦΠΑ, άρθρο 27 Κώδικα ΦΠΑ)
Πληρωμή: 30 ημέρες, στον γνωστό λογαριασμό μας στη Eurobank.

Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας.

Με εκτίμηση,

Κώστας Νικολάου
Piraeus Marine Supplies
Ακτή Κονδύλη 14, 185 45 Πειραιάς"""
    return Mail("el", "chandler-timologio-mydata", "exim", (2026, 11, 19, 14, 15, 33),
                ("Κώστας Νικολάου", "k.nikolaou@pms-chandlers.gr"), [S("gr_acc")],
                "Τιμολόγιο 2026/0941 - εφοδιασμός M/V AEGEAN DAWN",
                B.mixed(B.alt(text, "outlook", "windows-1253"),
                        pdf_part("PMS_Invoice_2026-0941.pdf", lines, title="Invoice 2026/0941",
                                 author="Piraeus Marine Supplies", producer="SoftOne PDF", creator="Soft1 ERP",
                                 date="20261119141000+02'00'")),
                cc=[S("gr_mgr")], hcs=("windows-1253", "Q"),
                p=dict(mta=("cp7.pms-chandlers.gr", "185.138.40.19"), ua="outlook", cip="94.66.220.18",
                       content_lang="el"),
                what="Genuine ship-chandler invoice (PDF, myDATA MARK) for a vessel served by the Piraeus office",
                why="The agency's regular chandler on its own cPanel-hosted domain, from its usual Greek DSL line; "
                    "plain PDF, known Eurobank account, matches the captain's order; nothing to log in to.")


def b34():
    text = """\
Καλημέρα Δημήτρη,

Σου γράφω από το προσωπικό μου e-mail γιατί το εταιρικό laptop είναι στο γραφείο. Η μικρή έχει πυρετό από χθες το βράδυ και δεν μπορεί να πάει σχολείο, οπότε σήμερα θα λείψω - αν γίνεται, να το περάσουμε ως άδεια μίας ημέρας.

Οι πληρωμές της εβδομάδας έχουν ήδη εγκριθεί στο e-banking, εκκρεμεί μόνο η δική σου δεύτερη υπογραφή για την επιστροφή υπολοίπου στην Aegean Star (στον γνωστό λογαριασμό Πειραιώς). Το FDA και η έγκριση του κ. Καραγιάννη είναι στον φάκελο AEGEAN DAWN/FDA.

Αν χρειαστείς κάτι επείγον, πάρε με στο κινητό.

Ελένη"""
    return Mail("el", "adeia-idiotiko-otenet", "webmail", (2026, 12, 8, 7, 20, 56),
                ("Ελένη Γεωργίου", "elgeorgiou@otenet.gr"), [S("gr_mgr")], "Σήμερα από το σπίτι / άδεια",
                B.plain(text, "iso-8859-7", "8bit"), hcs=("iso-8859-7", "B"), p=dict(kind="otenet"),
                what="Colleague's day-off note from her private OTEnet mailbox",
                why="Her known private address via OTE's webmail; asks only for a day of leave; payment remains in "
                    "the dual-approval e-banking flow to the known account.")


def b35():
    text = """\
Ελένη, καλημέρα,

Χρειάζεται να πληρωθούν σήμερα μέχρι τις 13:00 τα λιμενικά τέλη και τα τέλη πρόσδεσης του ΟΛΠ για το M/V AEGEAN DAWN, γιατί το πλοίο ζητά να μετακινηθεί στην προβλήτα το απόγευμα και ο ΟΛΠ δεν δίνει θέση χωρίς εξόφληση.

Το ποσό (14.286,40 EUR) είναι μέσα στο εγκεκριμένο PDA και το παραστατικό του ΟΛΠ έχει ήδη περαστεί στο σύστημα (αρ. εγγραφής 2026-11-0733). Η πληρωμή πάει στον λογαριασμό του ΟΛΠ που έχουμε ήδη αποθηκευμένο στο e-banking - όχι σε νέο δικαιούχο. Βάλε την εντολή και θα κάνω τη δεύτερη έγκριση από το κινητό μόλις μου πεις.

Είμαι στο γραφείο μέχρι τις 11 και μετά στο λιμάνι - πάρε με στο κινητό αν χρειαστείς κάτι.

Ευχαριστώ,
Δημήτρης

Dimitrios Papadopoulos
Office Manager Greece
Example Group | Akti Miaouli 47, 185 36 Piraeus"""
    return Mail("el", "entoli-pliromis-olp-esoteriki", "exchange", (2026, 11, 16, 9, 5, 10), S("gr_mgr"), [S("gr_acc")],
                "Επείγον: πληρωμή λιμενικών τελών ΟΛΠ - M/V AEGEAN DAWN",
                B.alt(text, "outlook", "windows-1253"), hcs=("windows-1253", "Q"), region="gr",
                p=dict(content_lang="el-GR"),
                what="Office manager's genuine urgent request to pay Piraeus Port Authority dues, via the internal "
                     "relay",
                why="Internal Exchange/mail-int01 route; within an approved PDA, document already booked, payee "
                    "stored in e-banking, four-eyes approval, invites a phone call.")


def b36():
    r = Rnd("sg-b36")
    base = "https://u3905512.ct.sendgrid.net/ls/click?upn=u001.%s"
    unsub = "https://u3905512.ct.sendgrid.net/asm/unsubscribe/?user_id=3905512&data=%s" % r.b64(64).replace("+", "-").replace("/", "_")
    text = """\
Ναυτιλιακά Νέα - Εβδομαδιαία ενημέρωση

Πειραιάς: αύξηση της κίνησης στο κρουαζιερικό λιμάνι το 2026.
[[Διαβάστε περισσότερα|%s]]

Ναυλαγορά ξηρού φορτίου: σταθεροποίηση των Supramax στη Μεσόγειο.
[[Διαβάστε περισσότερα|%s]]

Ναυτιλιακή εκπαίδευση: νέα προγράμματα για αξιωματικούς στον Ασπρόπυργο.
[[Διαβάστε περισσότερα|%s]]

Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο nautiliaka-nea.gr.
[[Διαγραφή από τη λίστα|%s]]""" % (base % r.b64(60), base % r.b64(60), base % r.b64(60), unsub)
    return Mail("el", "newsletter-nautiliaka-nea-sendgrid", "esp", (2026, 12, 4, 8, 0, 6),
                ("Ναυτιλιακά Νέα", "news@nautiliaka-nea.gr"), [S("gr_mgr")],
                "Εβδομαδιαία ενημέρωση: Πειραιάς, ναυλαγορά, εκπαίδευση",
                B.alt(text, "brand", "utf-8", brand="Ναυτιλιακά Νέα", color="#0d4c7a", lang="el", linkstyle="bracket",
                      footer="Ναυτιλιακά Νέα - Πειραιάς"),
                hcs=("utf-8", "B"), p=dict(esp="sendgrid"),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@nautiliaka-nea.gr?subject=unsubscribe>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed Greek shipping newsletter via SendGrid",
                why="Subscribed publication via SendGrid with unsubscribe group headers; editorial content only.")


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
