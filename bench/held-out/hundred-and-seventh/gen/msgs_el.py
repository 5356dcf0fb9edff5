# -*- coding: utf-8 -*-
"""Greek messages: attacks 32-36, business 32-36 (Thessaloniki office)."""
from common import *
import bodies as B
import lib_mime as M

AFM = TAX["own_gr"]

# ---------------------------------------------------------------- attacks --

A(num=32, lang="el", slug="aade-mydata-asymfonia-taxisnet",
  when=(2026, 11, 18, 9, 5, 33), tz="EET",
  frm=("ΑΑΔΕ - myDATA", "noreply@aade-mydata.com"), to=[s("gr_acc")],
  subject="Ειδοποίηση ασυμφωνίας myDATA: μη διαβιβασθέντα παραστατικά Γ΄ τριμήνου 2026",
  hcs=("ISO-8859-7", "B"),
  infra=("esp", dict(esp="mailgun", mg_domain="mg.aade-mydata.com")),
  body=alt("""Αξιότιμε/η κύριε/κυρία,

Από τη διασταύρωση των στοιχείων της ηλεκτρονικής πλατφόρμας myDATA με τα δεδομένα των αντισυμβαλλομένων σας διαπιστώθηκαν ασυμφωνίες σε 37 παραστατικά του Γ΄ τριμήνου 2026, τα οποία δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με διαφορετικά ποσά.

Επωνυμία: EXAMPLE GROUP HELLAS Α.Ε.
Α.Φ.Μ.: %s
Αριθμός ειδοποίησης: ΑΑΔΕ/myDATA/2026/Γ/118274

Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (Κώδικας Φορολογικής Διαδικασίας), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Για να αποφύγετε την επιβολή κυρώσεων, παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τα παραστατικά έως τις 27/11/2026.

Σύνδεση στο myDATA: https://aade-mydata.com/myDATA/login?ref=118274&afm=%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (AFM, AFM), B.card_html("Ειδοποίηση ασυμφωνίας myDATA", [
      "Αξιότιμε/η κύριε/κυρία,",
      "Από τη διασταύρωση των στοιχείων της ηλεκτρονικής πλατφόρμας myDATA με τα δεδομένα των αντισυμβαλλομένων σας διαπιστώθηκαν ασυμφωνίες σε 37 παραστατικά του Γ΄ τριμήνου 2026, τα οποία δεν έχουν διαβιβαστεί ή έχουν διαβιβαστεί με διαφορετικά ποσά.",
      '<table cellpadding="4" style="font-size:14px;color:#333;margin-bottom:12px"><tr><td>Επωνυμία:</td><td><b>EXAMPLE GROUP HELLAS Α.Ε.</b></td></tr>'
      '<tr><td>Α.Φ.Μ.:</td><td><b>%s</b></td></tr><tr><td>Αριθμός ειδοποίησης:</td><td><b>ΑΑΔΕ/myDATA/2026/Γ/118274</b></td></tr></table>' % AFM,
      "Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (Κώδικας Φορολογικής Διαδικασίας), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Για να αποφύγετε την επιβολή κυρώσεων, παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τα παραστατικά έως τις 27/11/2026."],
      button=("Σύνδεση στο myDATA", "https://aade-mydata.com/myDATA/login?ref=118274&afm=%s" % AFM),
      brand="ΑΑΔΕ · myDATA", color="#003476", charset="ISO-8859-7", lang="el", font="Arial,sans-serif",
      footer="Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης"),
      cs="ISO-8859-7"),
  what="Fake Greek tax authority (AADE) myDATA discrepancy notice asking for TAXISnet credentials",
  why="Look-alike domain aade-mydata.com via Mailgun (AADE uses aade.gr/gsis.gr); fine threat with a short deadline; link to a TAXISnet login on the attacker's domain; the company's real VAT number (AFM) is copied from public registers.",
  pair=None)

A(num=33, lang="el", slug="ceo-fraud-emvasma-kypros",
  when=(2026, 11, 20, 10, 14, 58), tz="EET",
  frm=("Νικόλαος Παπαδόπουλος", "n.papadopoulos.egh@outlook.com"), to=[s("gr_acc")],
  subject="Επείγον - πληρωμή σήμερα",
  hcs=("utf-8", "B"),
  infra=("outlookcom", dict(lang="el-GR", obe="EUR05-AM6-obe", mailhost="mail-am6eur05olkn2033", ip="40.92.66.33")),
  body=outlook("""Ελένη καλημέρα,

χρειάζομαι να γίνει σήμερα ένα έμβασμα προς νέο συνεργάτη στην Κύπρο, για την προκαταβολή της μίσθωσης των βαγονιών για τη γραμμή Θεσσαλονίκη–Σκόπια. Η συμφωνία κλείνει σήμερα και αν δεν πάει η προκαταβολή θα χάσουμε τα βαγόνια.

Ποσό: 38.600,00 €
Δικαιούχος: Mediterranean Rail Assets Ltd
IBAN: %s
BIC: BCYPCY2N
Αιτιολογία: Advance payment contract MRA-2026/114

Είμαι σε σύσκεψη με τον πελάτη όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό εδώ μόλις γίνει. Το τιμολόγιο θα σου το προωθήσω αύριο.

Ευχαριστώ,
Νίκος

Λήψη του Outlook για iOS
""" % C.iban_fmt(BANK["gr_ceo_fake"]), cs="utf-8", cte="base64", lang="EL"),
  what="CEO/manager fraud in Greek: 'office manager' asks the accountant for an urgent EUR 38,600 transfer to a new Cypriot beneficiary",
  why="Consumer Outlook.com address with the manager's name in Greek script; new beneficiary in Cyprus, invoice 'tomorrow', unreachable by phone, same-day deadline; bypasses SAP approval (compare business 33).",
  pair="business 33")

A(num=34, lang="el", slug="diagonismos-lookalike-pelati-m365",
  when=(2026, 11, 26, 11, 47, 6), tz="EET",
  frm=("Μαρία Οικονόμου", "m.oikonomou@halyvourgiki-be.com"), to=[s("gr_mgr")], cc=[s("sales")],
  subject="Πρόσκληση σε ηλεκτρονικό διαγωνισμό – μεταφορά κλίνκερ και μεταλλεύματος 2027 (αρ. 2026/512)",
  hcs=("windows-1253", "Q"),
  infra=("vps_postfix", dict(host="mail.halyvourgiki-be.com", rdns="static.207.118.75.65.clients.your-server.de", ip="65.75.118.207",
                             client="outlook16", zone="UTC", lang="el", msgid_domain="halyvourgiki-be.com")),
  date_zone="EET", quote_names=True,
  body=outlook("""Αξιότιμοι κύριοι,

Η εταιρεία μας προκηρύσσει ηλεκτρονικό διαγωνισμό για τη σιδηροδρομική μεταφορά περίπου 120.000 τόνων κλίνκερ και σιδηρομεταλλεύματος κατά το έτος 2027, στο τμήμα Θεσσαλονίκη – Ειδομένη και προς τον λιμένα Θεσσαλονίκης.

Τα τεύχη του διαγωνισμού (τεχνικές προδιαγραφές, σχέδιο σύμβασης, έντυπο οικονομικής προσφοράς) είναι διαθέσιμα στην πλατφόρμα προμηθειών μας. Για λόγους εμπιστευτικότητας η πρόσβαση γίνεται με τον εταιρικό σας λογαριασμό Microsoft 365:

https://halyvourgiki-be.com/tenders/2026-512/documents

Καταληκτική ημερομηνία υποβολής: 04/12/2026, 14:00.

Με εκτίμηση,

Μαρία Οικονόμου
Τμήμα Προμηθειών
Χαλυβουργική Βορείου Ελλάδος Α.Ε.
""", cs="windows-1253", lang="EL"),
  what="Tender-invitation phishing from a .com look-alike of a real steel customer, 'documents' behind a Microsoft 365 login",
  why="halyvourgiki-be.com instead of the customer's halyvourgiki-be.gr, sent from a Hetzner server with a forged Outlook X-Mailer; tender documents require the bidder's own M365 login on the attacker's site; the genuine customer sends RFQs as PDF (business 35).",
  pair="business 35")

A(num=35, lang="el", slug="aegean-terminal-allagi-iban-lookalike",
  when=(2026, 11, 10, 12, 20, 41), tz="EET",
  frm=("Aegean Terminal Services - Λογιστήριο", "accounting@aegean-terminal.gr"), to=[s("gr_acc")],
  subject="Αλλαγή τραπεζικού λογαριασμού - Aegean Terminal Services Α.Ε.",
  hcs=("ISO-8859-7", "Q"),
  infra=("vps_postfix", dict(host="mail.aegean-terminal.gr", rdns="vps-8c41d2e7.vps.ovh.net", ip="57.128.190.14",
                             client="thunderbird", zone="UTC", lang="el", msgid_domain="aegean-terminal.gr")),
  date_zone="EET",
  body=T_("""Αγαπητοί συνεργάτες,

σας ενημερώνουμε ότι λόγω μεταφοράς της συνεργασίας μας σε νέο πιστωτικό ίδρυμα, από σήμερα όλες οι πληρωμές προς την εταιρεία μας θα πρέπει να γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: AEGEAN TERMINAL SERVICES Α.Ε.
Τράπεζα: Eurobank Α.Ε.
IBAN: %s
BIC: ERBKGRAA

Ο λογαριασμός στην Τράπεζα Πειραιώς θα κλείσει στις 30/11/2026 και τα εμβάσματα που θα λάβει μετά από αυτή την ημερομηνία θα επιστρέφονται.

Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό τα ανεξόφλητα τιμολόγια ΤΠΥ 2026/1184 και ΤΠΥ 2026/1197 και να μας επιβεβαιώσετε την αλλαγή με απάντηση σε αυτό το μήνυμα.

Με εκτίμηση,
Λογιστήριο
Aegean Terminal Services Α.Ε.
""" % C.iban_fmt(BANK["aegean_fake"]), cs="ISO-8859-7", cte="base64"),
  what="Supplier bank-detail change from a look-alike of the Thessaloniki terminal operator",
  why="aegean-terminal.gr (missing 's') on an OVH VPS; switch from Piraeus Bank to a new Eurobank IBAN 'from today', invoices to be paid to the new account, confirmation only by reply; no letter, no callback.",
  pair="business 32, business 33")

A(num=36, lang="el", slug="courier-telos-ektelonismou",
  when=(2026, 12, 7, 14, 31, 20), tz="EET",
  frm=("ACS Courier", "noreply@acs-paradosi.com"), to=[s("gr_mgr")],
  subject="ACS: Η αποστολή 7402183364 είναι σε αναμονή – εκκρεμή τέλη 2,35 €",
  hcs=("windows-1253", "B"),
  infra=("esp", dict(esp="sendgrid", bounce_domain="em8801.acs-paradosi.com")),
  body=alt("""Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7402183364 έφτασε στο κέντρο διαλογής Θεσσαλονίκης (Σίνδος), αλλά δεν μπορεί να παραδοθεί λόγω εκκρεμών τελών εκτελωνισμού ύψους 2,35 €.

Για να προγραμματιστεί η παράδοση, παρακαλούμε να εξοφλήσετε το ποσό εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

Πληρωμή και προγραμματισμός παράδοσης: https://acs-paradosi.com/track/7402183364/pay

Ευχαριστούμε που επιλέξατε την ACS.
ACS Courier – Εξυπηρέτηση Πελατών
""", B.card_html("Η αποστολή σας είναι σε αναμονή", [
      "Αγαπητέ πελάτη,",
      "η αποστολή σας με αριθμό <b>7402183364</b> έφτασε στο κέντρο διαλογής Θεσσαλονίκης (Σίνδος), αλλά δεν μπορεί να παραδοθεί λόγω εκκρεμών τελών εκτελωνισμού ύψους 2,35 €.".replace("<b>", "").replace("</b>", ""),
      "Για να προγραμματιστεί η παράδοση, παρακαλούμε να εξοφλήσετε το ποσό εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα."],
      button=("Πληρωμή 2,35 €", "https://acs-paradosi.com/track/7402183364/pay"),
      brand="ACS Courier", color="#d71920", charset="windows-1253", lang="el", font="Arial,sans-serif",
      footer="Ευχαριστούμε που επιλέξατε την ACS. ACS Courier – Εξυπηρέτηση Πελατών"),
      cs="windows-1253"),
  what="Courier 'customs fee' card-phishing (ACS Courier brand)",
  why="Look-alike domain acs-paradosi.com via SendGrid; tiny customs fee to harvest card data; 48-hour return threat; no real consignment – the office's customs paperwork comes from its broker (business 34).",
  pair="business 34")

# --------------------------------------------------------------- business --

tpy_pdf, _ = B.pdf("TPY_2026_1184_Aegean_Terminal.pdf", [
    ("h1", "AEGEAN TERMINAL SERVICES Α.Ε."),
    ("s", "Λιμάνι Θεσσαλονίκης, Προβλήτα 6 · 546 25 Θεσσαλονίκη · ΑΦΜ %s · ΔΟΥ ΦΑΕ Θεσσαλονίκης" % TAX["aegean"]),
    ("h2", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΠΥ 2026/1184"),
    ("n", "Ημερομηνία: 31/10/2026     ΜΑΡΚ: 400001935771204"),
    ("n", "Πελάτης: EXAMPLE GROUP HELLAS Α.Ε., 26ης Οκτωβρίου 54, 546 27 Θεσσαλονίκη, ΑΦΜ %s" % AFM),
    ("b", "Περιγραφή                                                 Ποσότητα     Τιμή       Αξία"),
    ("m", "Φορτοεκφόρτωση εμπορευματοκιβωτίων τρένο/πλοίο, Οκτώβριος     312     28,00 €   8.736,00 €"),
    ("m", "Αποθήκευση εμπορευματοκιβωτίων (ημέρες)                         200      6,00 €   1.200,00 €"),
    ("n", "Καθαρή αξία 9.936,00 €   ΦΠΑ 24% 2.384,64 €   Σύνολο 12.320,64 €"),
    ("n", "Τρόπος πληρωμής: κατάθεση σε Τράπεζα Πειραιώς, IBAN %s" % C.iban_fmt(BANK["aegean"])),
], meta=dict(title="ΤΠΥ 2026/1184", producer="SoftOne ERP", creator="Soft1", created="20261102091000+02'00'"))
G(num=32, lang="el", slug="aegean-terminal-timologio",
  when=(2026, 11, 2, 9, 18, 40), tz="EET",
  frm=("Aegean Terminal Services - Λογιστήριο", "accounting@aegean-terminals.gr"), to=[s("gr_acc")],
  subject="Τιμολόγιο ΤΠΥ 2026/1184 - υπηρεσίες τερματικού Οκτωβρίου 2026",
  hcs=("iso-8859-7", "B"),
  infra=("own_postfix", dict(host="mail.aegean-terminals.gr", ip="62.103.121.48", client="outlook16", lang="el",
                             client_ip="192.168.1.44", zone="EET")),
  quote_names=True,
  body=mixed(outlook("""Αγαπητή κυρία Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠΥ 2026/1184 για τις υπηρεσίες φορτοεκφόρτωσης και αποθήκευσης του μηνός Οκτωβρίου. Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001935771204).

Η εξόφληση γίνεται, όπως πάντα, στον λογαριασμό μας στην Τράπεζα Πειραιώς που αναγράφεται στο τιμολόγιο.

Με εκτίμηση,

Λογιστήριο
Aegean Terminal Services Α.Ε.
Προβλήτα 6, Λιμάνι Θεσσαλονίκης
Τηλ. 2310 593 120
""", cs="iso-8859-7", lang="EL"), tpy_pdf),
  what="Terminal operator sends its monthly invoice (myDATA MARK given)",
  why="Real domain aegean-terminals.gr and its own server with Outlook; invoice registered in myDATA; usual Piraeus Bank account; no action other than normal payment.",
  pair="attack 35")

G(num=33, lang="el", slug="diefthyntis-pliromi-esoteriko",
  when=(2026, 11, 20, 9, 35, 2), tz="CET",
  frm=s("gr_mgr"), to=[s("gr_acc")],
  subject="Πληρωμή Aegean Terminal – ΤΠΥ 2026/1184 σήμερα",
  hcs=("windows-1253", "Q"),
  infra=("exch_internal", dict(srv="EXCH01", lang="el-GR", net=26)),
  body=outlook("""Ελένη καλημέρα,

μπορείς να προωθήσεις σήμερα την πληρωμή του τιμολογίου ΤΠΥ 2026/1184 της Aegean Terminal (12.320,64 €); Μου τηλεφώνησε ο κ. Αντωνίου ότι τους πιέζει το ταμείο τους και θέλουμε να κρατήσουμε καλή σχέση ενόψει των τιμών του 2027.

Το τιμολόγιο έχει ήδη εγκριθεί στο SAP (αρ. παραστατικού 5100044912) και το ΜΑΡΚ το έχω ελέγξει στο myDATA. Η πληρωμή να γίνει στον λογαριασμό της Τράπεζας Πειραιώς που έχουμε ήδη στο αρχείο προμηθευτών, όχι σε άλλον.

Αν χρειάζεσαι κάτι, είμαι στο γραφείο μέχρι τις 5.

Ευχαριστώ,
Νίκος

Nikolaos Papadopoulos
Διευθυντής Γραφείου Ελλάδας
Example Group Hellas Α.Ε. | 26ης Οκτωβρίου 54 | 546 27 Θεσσαλονίκη
Τηλ. +30 2310 527 800
""", cs="windows-1253", lang="EL"),
  what="Greek office manager asks the accountant to pay an approved terminal invoice today",
  why="Internal Exchange and relay chain; invoice approved in SAP, MARK checked, payment explicitly to the account already on file; manager reachable in the office.",
  pair="attack 33, attack 35")

t1_pdf, _ = B.pdf("T1_26GR0002200018394K.pdf", [
    ("h1", "Διασάφηση διαμετακόμισης T1 (NCTS)"),
    ("n", "MRN: 26GR0002200018394K     Τελωνείο αναχώρησης: Θεσσαλονίκη (GR002200)     Τελωνείο προορισμού: Ειδομένη"),
    ("n", "Κύριος υπόχρεος: Δ. Καραγιάννης, εκτελωνιστής, για λογαριασμό EXAMPLE GROUP HELLAS Α.Ε."),
    ("n", "Μέσο μεταφοράς: σιδηροδρομικός συρμός 63412, 22 εμπορευματοκιβώτια 40'"),
    ("n", "Εγγύηση: συνολική εγγύηση αρ. 24GR0002200004471"),
    ("n", "Προθεσμία προσκόμισης: 10/12/2026"),
], meta=dict(title="T1 26GR0002200018394K", producer="Microsoft: Print To PDF", creator="", created="20261208081200+02'00'"))
G(num=34, lang="el", slug="ektelonistis-otenet-t1",
  when=(2026, 12, 8, 8, 20, 14), tz="EET",
  frm=("Δημήτρης Καραγιάννης", "dkaragiannis@otenet.gr"), to=[s("gr_mgr")], cc=[s("gr_acc")],
  subject="Διασάφηση T1 για τον συρμό 63412 - Ειδομένη",
  hcs=("UTF-8", "B"),
  infra=("otenet", dict(client_ip="79.130.42.117")),
  body=mixed(T_("""Καλημέρα κ. Παπαδόπουλε,

σας στέλνω τη διασάφηση διαμετακόμισης T1 για τον συρμό 63412 (22 εμπορευματοκιβώτια, Θεσσαλονίκη - Ειδομένη - Σκόπια). MRN: 26GR0002200018394K. Η εγγύηση καλύπτεται από τη συνολική μας εγγύηση, δεν χρειάζεται κάτι από εσάς.

Παρακαλώ ενημερώστε τον μηχανοδηγό να έχει μαζί του το έγγραφο συνοδείας διαμετακόμισης· στο τελωνείο Ειδομένης την περασμένη εβδομάδα ζήτησαν και έντυπη μορφή.

Το τιμολόγιο για τις διασαφήσεις του Νοεμβρίου θα το στείλω στην κα Γεωργίου στο τέλος του μήνα.

Με εκτίμηση,
Δημήτρης Καραγιάννης
Εκτελωνιστής
Τηλ. 2310 512 447 - Κιν. 6944 318 205
""", cs="UTF-8", cte="8bit"), t1_pdf),
  what="Customs broker (consumer otenet.gr mailbox) sends a T1 transit declaration for a train",
  why="Known broker who uses his OTE webmail; concrete MRN, train and customs offices; nothing to pay now, no link; text-only PDF.",
  pair="attack 36")

rfq_pdf, _ = B.pdf("RFQ_2026-448_Sidirodromiki_Metafora_2027.pdf", [
    ("h1", "ΧΑΛΥΒΟΥΡΓΙΚΗ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε."),
    ("s", "ΒΙ.ΠΕ. Σίνδου, 570 22 Θεσσαλονίκη · Τμήμα Προμηθειών"),
    ("h2", "Πρόσκληση υποβολής προσφοράς ΑΠ 2026/448"),
    ("n", "Αντικείμενο: σιδηροδρομική μεταφορά πρώτων υλών (σιδηρομετάλλευμα, κλίνκερ) από τον λιμένα Θεσσαλονίκης προς το εργοστάσιο Σίνδου, έτος 2027."),
    ("n", "Εκτιμώμενη ποσότητα: 85.000 τόνοι, 2 συρμοί εβδομαδιαίως."),
    ("n", "Υποβολή: μέσω email στο procurement@halyvourgiki-be.gr έως 11/12/2026, 14:00, σε PDF υπογεγραμμένο από νόμιμο εκπρόσωπο."),
    ("n", "Κριτήρια: τιμή ανά τόνο, διαθεσιμότητα βαγονιών, συνέπεια δρομολογίων."),
], meta=dict(title="ΑΠ 2026/448", author="M. Oikonomou", producer="Microsoft® Word για Microsoft 365",
             creator="Microsoft® Word για Microsoft 365", created="20261112101000+02'00'"))
G(num=35, lang="el", slug="pelatis-prosklisi-prosforas-pdf",
  when=(2026, 11, 12, 10, 22, 37), tz="EET",
  frm=("Μαρία Οικονόμου", "m.oikonomou@halyvourgiki-be.gr"), to=[s("gr_mgr")],
  subject="Πρόσκληση υποβολής προσφοράς - σιδηροδρομική μεταφορά πρώτων υλών 2027 (ΑΠ 2026/448)",
  hcs=("iso-8859-7", "B"),
  infra=("exo", dict(srv="VI1PR07MB6634", region="eurprd07", obe="EUR05-VI1-obe", mailhost="mail-vi1eur05on2094",
                     ip="40.107.21.94", lang="el-GR")),
  body=mixed(outlook("""Αξιότιμε κύριε Παπαδόπουλε,

όπως συζητήσαμε στη συνάντηση της 5ης Νοεμβρίου, σας αποστέλλουμε συνημμένα την πρόσκληση υποβολής προσφοράς για τη σιδηροδρομική μεταφορά πρώτων υλών προς το εργοστάσιό μας στη Σίνδο κατά το έτος 2027 (περίπου 85.000 τόνοι, με αφετηρία τον λιμένα Θεσσαλονίκης).

Οι προσφορές υποβάλλονται μέσω email στο procurement@halyvourgiki-be.gr έως τις 11/12/2026, ώρα 14:00, σε μορφή PDF υπογεγραμμένες από νόμιμο εκπρόσωπο. Για διευκρινίσεις μπορείτε να επικοινωνείτε μαζί μου.

Με εκτίμηση,

Μαρία Οικονόμου
Προϊσταμένη Προμηθειών
Χαλυβουργική Βορείου Ελλάδος Α.Ε.
Τηλ. 2310 790 412
""", cs="iso-8859-7", lang="EL"), rfq_pdf),
  what="Steel customer sends a genuine request for quotation (PDF) after a meeting",
  why="Customer's real .gr domain on its own Microsoft 365 tenant; follows a real meeting; RFQ attached as plain PDF, submission by email to the customer's own domain; no login portal.",
  pair="attack 34")

G(num=36, lang="el", slug="microsoft-kodikos-asfaleias",
  when=(2026, 10, 14, 12, 40, 16), tz="EET",
  frm=("Ομάδα λογαριασμών της Microsoft", "account-security-noreply@accountprotection.microsoft.com"),
  to=[("", "eleni.georgiou@example.com")],
  subject="Κωδικός ασφαλείας λογαριασμού Microsoft",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="msa")),
  body=alt("""Λογαριασμός Microsoft
Κωδικός ασφαλείας

Χρησιμοποιήστε τον παρακάτω κωδικό ασφαλείας για τον λογαριασμό Microsoft el*****@example.com.

Κωδικός ασφαλείας: 482913

Εάν δεν αναγνωρίζετε τον λογαριασμό Microsoft el*****@example.com, μπορείτε να καταργήσετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας από αυτόν τον λογαριασμό: https://account.live.com/dp?ft=-DqM8bFp3kLm2zR7wX1yTq4vNc9Hs6Jd0aEo5uGi

Ευχαριστούμε,
Η ομάδα λογαριασμών της Microsoft

Δήλωση προστασίας προσωπικών δεδομένων: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", B.card_html("Κωδικός ασφαλείας", [
      "Χρησιμοποιήστε τον παρακάτω κωδικό ασφαλείας για τον λογαριασμό Microsoft <a href=\"mailto:el*****@example.com\">el*****@example.com</a>.",
      '<p style="font-size:14px;color:#333">Κωδικός ασφαλείας: <span style="font-weight:700;font-size:18px">482913</span></p>',
      "Εάν δεν αναγνωρίζετε τον λογαριασμό Microsoft el*****@example.com, μπορείτε να <a href=\"https://account.live.com/dp?ft=-DqM8bFp3kLm2zR7wX1yTq4vNc9Hs6Jd0aEo5uGi\">καταργήσετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας από αυτόν τον λογαριασμό</a>.",
      "Ευχαριστούμε,\nΗ ομάδα λογαριασμών της Microsoft"],
      brand="Λογαριασμός Microsoft", head_bg="#ffffff", head_fg="#2672ec", color="#2672ec", charset="utf-8", lang="el",
      footer='<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Δήλωση προστασίας προσωπικών δεδομένων</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'),
      cs="utf-8"),
  what="Genuine Microsoft account one-time security code (Greek localisation)",
  why="Real Microsoft account-protection sender and infrastructure; only a code and account.live.com links; requested by the user when signing in.",
  pair="attack 32")
