# -*- coding: utf-8 -*-
"""Attack messages 32-36 (Greek)."""
from common import *  # noqa: F401,F403

EXG_GR_AFM = bk.gr_afm("99634170")
DAWN = bk.imo("932105")


def a32():
    url = ("https://u3905512.ct.sendgrid.net/ls/click?upn=u001.YWFkZS1teWRhdGEuY29tL3RheGlzL2xvZ2luP2FmbT05OTYz"
           "NDE3MDM-2FmyDATA")
    text = """\
Αγαπητέ/ή φορολογούμενε,

Σας ενημερώνουμε ότι κατά τη διασταύρωση των στοιχείων της πλατφόρμας myDATA εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που έχουν διαβιβαστεί από την επιχείρησή σας και των αντίστοιχων χαρακτηρισμών εξόδων των αντισυμβαλλομένων σας για το Γ' τρίμηνο 2026.

ΑΦΜ: %s
Επωνυμία: EXAMPLE SHIPPING & PORT SERVICES GMBH - ΥΠΟΚΑΤΑΣΤΗΜΑ ΕΛΛΑΔΟΣ
Πλήθος παραστατικών με απόκλιση: 17

Για την αποφυγή επιβολής προστίμου σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας, παρακαλούμε να προβείτε στις απαραίτητες διορθώσεις έως τις 30/10/2026.

[[btn:Σύνδεση με κωδικούς Taxisnet|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % (EXG_GR_AFM, url)
    return Mail("el", "aade-mydata-taxisnet-phishing", "esp", (2026, 10, 22, 9, 47, 31),
                ("ΑΑΔΕ - myDATA", "noreply@aade-mydata.com"), [S("gr_acc")],
                "Ειδοποίηση απόκλισης παραστατικών myDATA - Απαιτείται ενέργεια έως 30/10/2026",
                B.alt(text, "brand", "iso-8859-7", brand="ΑΑΔΕ | myDATA", color="#003476", lang="el",
                      footer="Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Καρ. Σερβίας 10, 101 84 Αθήνα", linkstyle="bracket"),
                hcs=("iso-8859-7", "B"), p=dict(esp="sendgrid"),
                what="Tax authority (AADE myDATA e-books) discrepancy notice phishing for Taxisnet credentials",
                why="AADE does not send login links; aade-mydata.com is not aade.gr; bulk-sent through SendGrid "
                    "with a tracked redirect; fine threat and a short deadline.")


def a33():
    ib = bk.iban_cy("002", "00195", "0000357019942871")
    text = """\
Αγαπητή κα Γεωργίου,

Σε συνέχεια του τελικού λογαριασμού (FDA) για το M/V AEGEAN DAWN (Πειραιάς, 14–19/11), παρακαλούμε το πιστωτικό υπόλοιπο ύψους 23.870,00 EUR από την προκαταβολή μας να επιστραφεί στον νέο λογαριασμό της εταιρείας στην Κύπρο, καθώς ο λογαριασμός μας στην Τράπεζα Πειραιώς βρίσκεται σε διαδικασία κλεισίματος λόγω αναδιάρθρωσης του ομίλου.

Δικαιούχος: Aegean Star Shipping S.A.
Τράπεζα: Bank of Cyprus Public Company Ltd, Λεμεσός
IBAN: %s
SWIFT: BCYPCY2N

Παρακαλώ επιβεβαιώστε μου με e-mail μόλις δοθεί η εντολή, ώστε να ενημερώσω το λογιστήριο. Για λόγους εσωτερικού ελέγχου, η επικοινωνία για το θέμα αυτό ας γίνει γραπτώς σε αυτή τη διεύθυνση.

Με εκτίμηση,

Ιωάννης Καραγιάννης
Finance Manager
Aegean Star Shipping S.A.
Ακτή Μιαούλη 81, 185 38 Πειραιάς""" % bk.fmt_iban(ib)
    return Mail("el", "aegean-star-lookalike-epistrofi-ypoloipou", "postfix", (2026, 12, 1, 11, 22, 40),
                ("Ιωάννης Καραγιάννης", "i.karagiannis@aegeanstar-shipping.com"), [S("gr_acc")],
                "M/V AEGEAN DAWN - FDA - επιστροφή υπολοίπου σε νέο λογαριασμό",
                B.alt(text, "outlook", "windows-1253"), hcs=("windows-1253", "Q"),
                p=dict(mta=("mta-09-3.privateemail.com", "198.54.122.53"), client_ip=("unknown", "154.6.28.91"),
                       lan="192.168.100.14", ua="outlook", content_lang="el", auth="i.karagiannis@aegeanstar-shipping.com"),
                what="Owner-side BEC: look-alike of customer Aegean Star asks to refund the DA balance to a new "
                     "Cyprus account",
                why="aegeanstar-shipping.com (real: aegeanstar.gr) on Namecheap Private Email; diverts the owners' "
                    "surplus funds to a new foreign account; 'written communication only' to prevent a call-back; "
                    "the genuine owner confirms the known Piraeus Bank account (B32).",
                hn=["B32"])


def a34():
    url = ("https://ipfs.io/ipfs/bafybeihx3kq7vz2m5rwd4yq6nf2tj7lcg3oaw5pspxe2kdbu4r7miy6fqe/ynanp-crewlist.html"
           "#dimitrios.papadopoulos@example.com")
    text = """\
Αξιότιμε κύριε/κυρία,

Η ηλεκτρονική υποβολή κατάστασης πληρώματος (Crew List) για το πλοίο M/V AEGEAN DAWN (%s), λιμένας Πειραιά, απορρίφθηκε από το σύστημα λόγω ασυμφωνίας στοιχείων ναυτικών φυλλαδίων δύο (2) μελών του πληρώματος.

Αριθμός υποβολής: ΥΝΑ-ΚΠ-2026/884173
Πράκτορας: EXAMPLE SHIPPING & PORT SERVICES GMBH - ΥΠΟΚ. ΠΕΙΡΑΙΑ

Για να αποφευχθεί καθυστέρηση στην έκδοση άδειας απόπλου, παρακαλούμε συνδεθείτε με τους κωδικούς του πράκτορα και υποβάλετε τα διορθωμένα στοιχεία εντός 12 ωρών:

Προβολή υποβολής: [[%s|%s]]

Τμήμα Υποστήριξης Ηλεκτρονικών Υπηρεσιών
Υπουργείο Ναυτιλίας και Νησιωτικής Πολιτικής""" % (DAWN, url, url)
    return Mail("el", "ynanp-crew-list-ipfs-phishing", "exim", (2026, 11, 9, 10, 5, 58),
                ("Υπουργείο Ναυτιλίας - Δ/νση Ναυτικής Εργασίας", "info@frontistirio-alfa-larisa.gr"),
                [S("gr_mgr")], "Απόρριψη υποβολής κατάστασης πληρώματος - M/V AEGEAN DAWN",
                B.alt(text, "simple", "utf-8", "base64"), hcs=("utf-8", "B"),
                p=dict(mta=("gr-srv03.dnhost.gr", "185.4.132.77"), ua="roundcube"),
                what="Regulator impersonation: Ministry of Shipping crew-list rejection with a link to an IPFS-hosted "
                     "login page",
                why="Government notice sent from a tutoring school's hijacked cPanel mailbox; phishing kit hosted "
                    "on an IPFS gateway with the victim's address in the fragment; sailing-clearance pressure "
                    "(12 hours).")


def a35():
    text = """\
Ελένη, καλησπέρα.

Είσαι στο γραφείο; Είμαι σε σύσκεψη στο Λιμεναρχείο και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζεται να τακτοποιήσουμε κάτι επείγον για έναν πελάτη σήμερα, πριν κλείσουν οι τράπεζες.

Στείλε μου σε παρακαλώ το κινητό σου εδώ να σου γράψω στο WhatsApp με τις λεπτομέρειες. Μην το συζητήσεις προς το παρόν με κανέναν στο γραφείο.

Δημήτρης

Εστάλη από iPhone"""
    return Mail("el", "manager-impersonation-whatsapp", "gmail", (2026, 12, 2, 12, 58, 3),
                ("Dimitrios Papadopoulos", "dpapadopoulos.exg@gmail.com"), [S("gr_acc")],
                "Επείγον", B.alt(text, "gmail", "utf-8", "base64"), hcs=("utf-8", "B"),
                what="Manager impersonation (first stage of BEC): move the conversation to WhatsApp for an urgent "
                     "payment",
                why="Office manager's name on an unknown Gmail address, cannot be called, same-day bank deadline, "
                    "secrecy and a switch to WhatsApp to escape company controls; the real manager writes through "
                    "the internal relay (B35).",
                hn=["B35"])


def a36():
    page = A.phish_html("Microsoft Excel Online", "Microsoft Excel", "Κατάσταση λογαριασμού - HSS 2026-11.xlsx",
                        "Για να δείτε το έγγραφο, επιβεβαιώστε τα στοιχεία του εταιρικού σας λογαριασμού.",
                        "https://hellas-shipstores.gr.sheetview-online.com/auth.php",
                        email="eleni.georgiou@example.com", fields=("Κωδικός πρόσβασης",), button="Σύνδεση",
                        color="#217346", lang="el", footer="© Microsoft 2026")
    text = """\
Καλησπέρα σας κα Γεωργίου,

Σας αποστέλλουμε συνημμένα την κατάσταση λογαριασμού με τα ανεξόφλητα τιμολόγια εφοδιασμού για τα πλοία που εξυπηρετήσαμε μέσω του πρακτορείου σας τον Σεπτέμβριο και τον Οκτώβριο (M/V AEGEAN DAWN, M/V NORDIC TERN).

Παρακαλούμε ελέγξτε τα υπόλοιπα και ενημερώστε μας για την ημερομηνία εξόφλησης. Το αρχείο ανοίγει στο Excel Online. Θα χρειαστεί να συνδεθείτε με το εταιρικό σας e-mail για λόγους ασφαλείας.

Με εκτίμηση,

Στέλιος Μαυρίδης
Λογιστήριο
Hellas Ship Stores Ι.Κ.Ε.
Ακτή Κονδύλη 32, 185 45 Πειραιάς"""
    return Mail("el", "chandler-katastasi-logariasmou-html", "exim", (2026, 11, 24, 13, 36, 12),
                ("Στέλιος Μαυρίδης", "purchasing@hellas-shipstores.gr"), [S("gr_acc")],
                "Κατάσταση λογαριασμού - ανεξόφλητα τιμολόγια εφοδιασμού",
                B.mixed(B.alt(text, "outlook", "windows-1253"),
                        html_part("Statement_of_Account_HSS_2026-11.html", page)),
                hcs=("windows-1253", "Q"),
                p=dict(mta=("cp12.greekhosting.gr", "185.138.42.112"), ua="outlook", cip="46.103.78.211",
                       content_lang="el"),
                what="Statement-of-account lure from a ship-chandler mailbox with an HTML attachment imitating Excel "
                     "Online login",
                why="Unknown chandler (the agency's chandler is Piraeus Marine Supplies); the 'statement' is an HTML "
                    "form posting the Microsoft 365 password to sheetview-online.com; supply-chain pretext; real "
                    "chandler invoices are PDFs with myDATA MARK (B33).",
                hn=["B33"])


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
