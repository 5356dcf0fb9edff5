"""Genuine business messages, Greek (5)."""

from codes import iban_print, rf_reference
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_pdf, prev_mid
from systems import Otenet, ExchangeOnline, Internal, OutlookConsumer, Exim


def b32():
    text = """Καλημέρα σας,

σας στέλνω το τιμολόγιο παροχής υπηρεσιών Νο 402 για τη μεταφορά του εξοπλισμού μέτρησης και των κοντέινερ γραφείου στο εργοτάξιο Ελευσίνας (12/11).

Η πληρωμή όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς που αναγράφεται στο τιμολόγιο.

Ευχαριστώ,
Νίκος Σταματίου
Μεταφορική Αιγαίου
Λεωφ. ΝΑΤΟ 88, Ασπρόπυργος
τηλ. 210 557 4410 – κιν. 697 441 2208"""
    pdf = att_pdf("ΤΠΥ_402_Example_Hellas.pdf", [
        ("h", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο 402"),
        ("s", "ΣΤΑΜΑΤΙΟΥ ΝΙΚΟΛΑΟΣ - ΜΕΤΑΦΟΡΙΚΗ ΑΙΓΑΙΟΥ | ΑΦΜ " + VAT["aigaio"] + " | ΔΟΥ Ελευσίνας"), "",
        "Πελάτης: EXAMPLE HELLAS Μ.Ι.Κ.Ε. - ΑΦΜ " + VAT["example_gr"], "Λεωφ. Κηφισίας 124, 115 26 Αθήνα", "",
        "Ημερομηνία: 17/11/2026", "",
        "Περιγραφή                                             Αξία",
        "Μεταφορά εξοπλισμού και 2 κοντέινερ - Ελευσίνα 12/11     640,00 €",
        "Γερανός φορτοεκφόρτωσης                                  180,00 €",
        "Καθαρή αξία                                              820,00 €",
        "ΦΠΑ 24%                                                  196,80 €",
        ("b", "Σύνολο                                                 1.016,80 €"), "",
        "Πληρωμή: Τράπεζα Πειραιώς - IBAN " + iban_print(BANK["aigaio"]),
        ("s", "MARK myDATA: 400001947218833"),
    ], title="ΤΠΥ 402", producer="Epsilon Net - Business Cloud", created="20261117124402+02'00'", enc="cp1253")
    return Msg("aigaio-timologio-402", "2026-11-18 09:11:42", Otenet(client_ip="94.68.213.77"),
               ("Μεταφορική Αιγαίου", "aigaiotrans@otenet.gr"), [S("karagianni")],
               "Τιμολόγιο 402 – μεταφορά Ελευσίνα 12/11",
               mixed(plain(text, "utf-8", "quoted-printable"), pdf),
               cc=[S("papadopoulos")], hcs="utf-8", hmode="B",
               what="The small carrier sends its PDF invoice (with myDATA MARK) for a transport to the Eleusis site.",
               why="Genuine: the carrier's usual OTE webmail from a Greek residential IP in the morning, matching job, PDF invoice with the known Piraeus Bank IBAN. "
                   "Same mailbox later compromised (attack with HTML 'invoice').",
               pair=[35])


def b33():
    text = """Κύριε Παπαδόπουλε, καλησπέρα σας.

Θα ήθελα να σας εκφράσω την έντονη δυσαρέσκειά μας για την καθυστέρηση στην παράδοση της αναθεώρησης της στατικής μελέτης για το κτίριο γραφείων στην Ελευσίνα.

Η αναθεώρηση Β΄ (ενίσχυση πλάκας ισογείου για τα νέα φορτία του ψυκτικού σταθμού) είχε συμφωνηθεί για τις 16/10 και μέχρι σήμερα δεν έχουμε λάβει ούτε τα σχέδια ούτε το τεύχος υπολογισμών. Το συνεργείο σκυροδέτησης είναι κλεισμένο για τις 3/11 και, αν δεν έχουμε εγκεκριμένα σχέδια μέχρι τις 30/10, θα χρεωθούμε αναμονή συνεργείου την οποία θα σας καταλογίσουμε σύμφωνα με το άρθρο 7 της σύμβασης.

Παρακαλώ να μας ενημερώσετε αύριο μέχρι το μεσημέρι για συγκεκριμένη ημερομηνία παράδοσης.

Με εκτίμηση,

Νίκος Γεωργίου
Πολιτικός Μηχανικός – Διευθυντής Έργων
ΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.
Λεωφ. Μεσογείων 215, 115 25 Αθήνα
τηλ. 210 674 1180"""
    return Msg("techniki-attikis-kathysterisi-meletis", "2026-10-23 17:06:28",
               ExchangeOnline(domain="techniki-attikis.gr", pod="VI1PR09MB4417", region="eurprd09", lang="el-GR"),
               ("Νίκος Γεωργίου", "n.georgiou@techniki-attikis.gr"), [S("papadopoulos")],
               "Έργο Ελευσίνας – καθυστέρηση αναθεώρησης Β΄ στατικής μελέτης",
               alt(text, "windows-1253", "quoted-printable", lang="el"),
               hcs="windows-1253", hmode="B",
               what="Greek customer (construction company) complains about a late structural-design revision and threatens to charge waiting costs.",
               why="Genuine complaint from the customer's own Microsoft 365 tenant in Outlook's Greek charset, concrete technical and contractual content, asks for a delivery date; no link or payment request.")


def b34():
    rf = rf_reference("2026113061744")
    text = """Ελένη, καλημέρα,

πρέπει να πληρωθεί σήμερα το ηλεκτρονικό παράβολο για την αναθεώρηση της οικοδομικής άδειας Ελευσίνας (e-Άδειες), γιατί ο ελεγκτής της ΥΔΟΜ θέλει το αποδεικτικό για να κλείσει τον φάκελο αύριο το πρωί.

Ποσό: 1.236,40 €
Κωδικός πληρωμής (RF): %s

Ο κωδικός έχει εκδοθεί από το gov.gr (e-παράβολο) – δεν χρειάζεται IBAN, πληρώνεται από το e-banking της Πειραιώς στις «Πληρωμές – Δημόσιο». Το έχω καταχωρίσει και στο σύστημα εγκρίσεων (αίτημα 2026/GR/0388).

Αν κάτι δεν είναι σαφές, είμαι στο γραφείο όλη μέρα (εσωτ. 301).

Ευχαριστώ,
Γιώργος

Γιώργος Παπαδόπουλος
Διευθυντής γραφείου Αθήνας
Example Hellas Μ.Ι.Κ.Ε. | Λεωφ. Κηφισίας 124 | 115 26 Αθήνα""" % rf
    return Msg("giorgos-pliromi-parabolou-esoteriko", "2026-11-30 09:48:37", Internal(mbx="EXMBX02"),
               S("papadopoulos"), [S("karagianni")],
               "Πληρωμή e-παραβόλου άδειας Ελευσίνας σήμερα",
               alt(text.replace("–", "-").replace("«", '"').replace("»", '"'), "iso-8859-7", "quoted-printable", lang="el"),
               hcs="iso-8859-7", hmode="B",
               what="The Athens office manager asks the accountant to pay a government e-fee (building-permit revision) today using its RF payment code.",
               why="Genuine urgent request through Exchange/mail-int01: payment to the state via a valid ISO 11649 RF reference issued on gov.gr (no beneficiary IBAN), logged in the approval system, "
                   "manager reachable in the office. Hard negative of the Gmail manager-fraud attack.",
               pair=[33])


def b35():
    text = """Καλημέρα σε όλους,

σας γράφω από το προσωπικό μου email γιατί το laptop της εταιρείας χάλασε χθες βράδυ (έπεσε από το γραφείο και δεν ανάβει η οθόνη). Σήμερα δουλεύω από το σπίτι, αλλά χωρίς πρόσβαση στο λογιστικό πρόγραμμα.

Αύριο το πρωί θα το φέρω στο γραφείο για να το δει η IT. Αν χρειαστείτε κάτι επείγον, καλέστε με στο κινητό.

Ελένη"""
    return Msg("eleni-laptop-xalase-prosopiko", "2026-10-12 08:21:55", OutlookConsumer(),
               ("Eleni Karagianni", "eleni.karagianni@hotmail.com"), [("IT Service Desk", "it-servicedesk@example.com")],
               "Χάλασε το laptop – δουλεύω από το σπίτι σήμερα",
               alt(text, "utf-8", "base64", lang="el"),
               cc=[S("papadopoulos")], hcs="utf-8", hmode="B",
               what="The Athens accountant writes from her private Hotmail that her company laptop is broken and she works from home today.",
               why="Genuine: private address used to report an ordinary IT problem, no request for credentials, money or access; will bring the device in person.")


def b36():
    text = """Αγαπητή κυρία Καραγιάννη,

σας υπενθυμίζουμε ότι η περιοδική δήλωση ΦΠΑ Οκτωβρίου πρέπει να υποβληθεί έως τις 30/11. Από τα παραστατικά που μας στείλατε λείπουν ακόμη:

- τα τιμολόγια αγορών της Μεταφορικής Αιγαίου (Νο 388 και 395),
- το τιμολόγιο της ΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε. για την πιστοποίηση 4.

Τα υπόλοιπα έχουν ήδη διαβιβαστεί στο myDATA και συμφωνούν με τα έσοδα της επιχείρησης.

Με την ευκαιρία: κυκλοφορούν αυτές τις ημέρες μηνύματα «από την ΑΑΔΕ» για δήθεν επιστροφές ΦΠΑ με σύνδεσμο για είσοδο στο TAXISnet. Η ΑΑΔΕ ενημερώνει μόνο μέσω της θυρίδας στο myAADE – αν σας έρθει τέτοιο email, μην πατήσετε τον σύνδεσμο και προωθήστε το σε εμάς.

Με εκτίμηση,
Μαρία Δημητρίου
Λογίστρια – Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Δημητρίου
Πατησίων 112, 112 57 Αθήνα | τηλ. 210 822 6610"""
    return Msg("logistiko-grafeio-fpa-mydata", "2026-11-24 12:40:19",
               Exim(host="server12.greekhost-cloud.gr", host_ip="185.138.42.12", via="smtp",
                    client_ip="62.74.221.33", client_helo="LOGISTIRIO-PC2", zone="EET"),
               ("Λογιστικό Γραφείο Δημητρίου", "info@logistiki-dimitriou.gr"), [S("karagianni")],
               "Υπενθύμιση – δήλωση ΦΠΑ Οκτωβρίου / παραστατικά που λείπουν",
               alt(text, "windows-1253", "quoted-printable", lang="el"),
               hcs="windows-1253", hmode="B",
               what="The external accountant reminds of the October VAT return deadline, lists missing documents and warns about fake AADE refund e-mails.",
               why="Genuine: the accountant's own domain on Greek shared hosting, sent from Outlook in the office (Greek IP), expected periodic content, no links; "
                   "explicitly debunks the AADE refund lure. Hard negative of the AADE phishing.",
               pair=[32])


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
