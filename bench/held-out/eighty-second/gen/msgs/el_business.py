# -*- coding: utf-8 -*-
"""Greek genuine messages 32-36."""
from lib.kit import *  # noqa
from lib import ids


def b32():
    t = """Καλημέρα Ελένη,

έλεγξα τις διαβιβάσεις στο myDATA για τον Οκτώβριο. Τα έσοδα είναι όλα εντάξει, λείπουν όμως ο χαρακτηρισμός σε τρία τιμολόγια αγορών:

- ΛΙΦΤ ΤΕΧΝΙΚΗ Α.Ε., ΤΔΑ 4471/09.10.2026
- ΔΕΗ, λογαριασμός Οκτωβρίου (γραφεία Κηφισίας)
- Cosmote, λογαριασμός Οκτωβρίου

Στείλε μου σε παρακαλώ τα PDF τους όταν βρεις λίγο χρόνο και τα χαρακτηρίζω εγώ. Η δήλωση ΦΠΑ Οκτωβρίου πρέπει να υποβληθεί έως τις 30/11, οπότε καλό θα ήταν να τα έχω μέχρι την Τετάρτη.

Δεν χρειάζεται να μπεις εσύ στο Taxisnet, τα ανεβάζω εγώ με τους κωδικούς του γραφείου.

Φιλικά,
Νίκος Αντωνίου
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Αντωνίου, Μαρούσι
210 612 4478"""
    return Msg("business", 32, "el", "accountant-mydata-october-otenet",
               frm=("Νίκος Αντωνίου", "n.antoniou@otenet.gr"), to=S("gr_acc"),
               subject="myDATA Οκτωβρίου - 3 παραστατικά για χαρακτηρισμό", when="2026-11-16 09:51:03",
               infra=I.zimbra("mailbox.otenet.gr", "83.235.69.74", helo="mx-out02.otenet.gr", rdns="mx-out02.otenet.gr",
                              client_host="mailbox.otenet.gr", zone="EET", label="otenet.gr consumer mail (Zimbra)"),
               body=alt(t, gmail_html(t).replace('<div dir="ltr">', '<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'), "utf-8", "quoted-printable"),
               what="External accountant (on his otenet.gr mailbox) asks for three purchase invoices for myDATA",
               why="Long-standing accountant using his usual ISP mailbox; concrete invoices; asks for PDFs to be sent to him and states he files himself - no link, no credentials.",
               contrast="Same myDATA topic as attack 32, but from the known accountant, asks for documents, and explicitly no Taxisnet login.")


def b33():
    rows = [("h", "KNOSSOS HOTELS A.E."), ("s", "Λεωφ. Ικάρου 88, 71307 Ηράκλειο Κρήτης"), ("sp", 8),
            ("b", "Αίτημα προσφοράς RFQ-2026-031"), "Έργο: Αντικατάσταση δύο ανελκυστήρων - Knossos Beach, κτίριο Β", ("sp", 4),
            ("row", [(0, "Τύπος:"), (40, "ανελκυστήρας χωρίς μηχανοστάσιο (MRL)")]), ("row", [(0, "Φορτίο:"), (40, "630 kg / 8 άτομα")]),
            ("row", [(0, "Στάσεις:"), (40, "5 (Ισόγειο + 4)")]), ("row", [(0, "Ταχύτητα:"), (40, "1,0 m/s")]),
            ("row", [(0, "Πρότυπο:"), (40, "EN 81-20/50")]), ("sp", 6),
            "Απαιτείται αποξήλωση των υφιστάμενων υδραυλικών ανελκυστήρων και εργασίες εκτός τουριστικής περιόδου (Δεκέμβριος - Μάρτιος).",
            "Προθεσμία υποβολής προσφορών: 27/11/2026. Αυτοψία κατόπιν συνεννόησης."]
    t = """Καλησπέρα σας κ. Παπαδόπουλε,

όπως συζητήσαμε τηλεφωνικά, σας στέλνω το αίτημα προσφοράς για την αντικατάσταση δύο ανελκυστήρων στο κτίριο Β του Knossos Beach. Επισυνάπτω τις βασικές προδιαγραφές· τα αρχιτεκτονικά σχέδια του φρεατίου θα σας τα δώσει ο μηχανικός μας κατά την αυτοψία.

Θα μπορούσατε να έρθετε για αυτοψία την επόμενη εβδομάδα; Οι προσφορές κατατίθενται έως 27/11.

Με εκτίμηση,
Μαρία Δασκαλάκη
Υπεύθυνη Προμηθειών
Knossos Hotels A.E.
Τ: 2810 355 120"""
    body = Multi("mixed", [alt(t, gmail_html(t), "UTF-8", "base64"),
                           pdf_att(rows, "RFQ-2026-031_Knossos_Beach_Anelkystires.pdf", title="RFQ-2026-031",
                                   producer="Google Docs Renderer", when=T.berlin("2026-11-06 13:40"))])
    return Msg("business", 33, "el", "hotel-rfq-with-specification",
               frm=("Μαρία Δασκαλάκη", "m.daskalaki@knossos-hotels.gr"), to=S("gr_mgr"),
               subject="Αίτημα προσφοράς RFQ-2026-031 - ανελκυστήρες Knossos Beach", when="2026-11-06 14:05:26",
               infra=I.gmail(zone="EET", workspace=True, label="Knossos Hotels Google Workspace"),
               body=body,
               what="Hotel customer sends a request for quotation with the technical specification as PDF",
               why="Real customer domain on its Google Workspace; follows a phone call; the specification is attached, drawings handed over at the site visit; nothing to log into.",
               contrast="Same customer, same project as attack 35, but the documents are attached instead of behind a 'OneDrive' sign-in.")


def b34():
    rf = N.rf_ref("2027000418317")
    t = plainq("""Αγαπητό μέλος,

σας ενημερώνουμε ότι έχει εκδοθεί η ετήσια συνδρομή 2027 της επιχείρησής σας στο Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών.

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Α.Ε.
Αριθμός μητρώου μέλους: 118743
Ποσό συνδρομής: 190,00 €
Προθεσμία εξόφλησης: 31/03/2027

Η πληρωμή γίνεται με τον κωδικό ηλεκτρονικής πληρωμής %s μέσω e-banking ή σε κατάστημα οποιασδήποτε τράπεζας. Εναλλακτικά μπορείτε να εξοφλήσετε με κάρτα μέσω της ιστοσελίδας του Επιμελητηρίου (www.acci.gr > Υπηρεσίες > Συνδρομές).

Για οποιαδήποτε πληροφορία είμαστε στη διάθεσή σας στο 210 36 25 342.

Με εκτίμηση,
Τμήμα Μητρώου
Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών
Ακαδημίας 7, 106 71 Αθήνα""" % rf)
    return Msg("business", 34, "el", "chamber-membership-fee-notice",
               frm=("ΕΒΕΑ - Τμήμα Μητρώου", "mitroo@acci.gr"), to=S("gr_mgr"),
               subject="Ετήσια συνδρομή 2027 - Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών",
               when="2026-12-07 10:20:44",
               infra=I.exchange_onprem("mail.acci.gr", "194.219.152.70", lang="el-GR", server="ACCI-EX01", domain="acci.gr",
                                       zone="EET", hcs=("windows-1253", "B"), label="chamber's own Exchange"),
               body=alt(t, outlook_html(t, "windows-1253", "EL"), "windows-1253", "quoted-printable"),
               what="Athens Chamber of Commerce sends the 2027 membership fee notice with an RF payment code",
               why="The chamber's real domain and mail server; member number and moderate statutory fee; payment through the Greek RF creditor reference (valid ISO 11649) or the chamber's own website; long deadline.",
               contrast="Same 'annual registry/chamber fee' topic as attack 34, but from the real chamber, RF payment code, no foreign IBAN, no hidden contract.")


def b35():
    t = plainq("""Καλημέρα σε όλους,

σας στέλνω το πρόγραμμα εφημεριών για τις γιορτές. Τα συνεργεία βλαβών λειτουργούν κανονικά, με τις εξής βάρδιες:

24/12 - 27/12: Κώστας Μαυρίδης, Σπύρος Λάμπρου
28/12 - 31/12: Γιάννης Τσολάκης, Αντώνης Βλάχος
01/01 - 03/01: Κώστας Μαυρίδης, Γιάννης Τσολάκης

Το γραφείο θα είναι κλειστό 25-26/12 και 01/01. Το τηλέφωνο βλαβών 24ωρης εξυπηρέτησης προωθείται στον εφημερεύοντα όπως κάθε χρόνο.

Καλές γιορτές!
Γιώργος Παπαδόπουλος
Example Group Hellas""")
    return Msg("business", 35, "el", "internal-holiday-on-call-roster",
               frm=S("gr_mgr"), to=("Γραφείο Αθήνας", "athens-office@example.com"), rcpt=A("gr_acc"),
               subject="Πρόγραμμα εφημεριών γιορτών", when="2026-12-10 12:04:18",
               infra=I.internal(lang="el-GR"), hcs=("iso-8859-7", "B"),
               body=alt(t, outlook_html(t, "iso-8859-7", "EL"), "iso-8859-7", "quoted-printable"),
               what="Athens office manager circulates the holiday on-call roster for breakdown crews",
               why="Internal Exchange via mail-int01 to the office list; purely organisational content; no links or attachments.")


def b36():
    wav = D.wav_tone(2.0, seed=36)
    t = """Γεια σας Eleni Konstantinou,

Έχετε ένα νέο φωνητικό μήνυμα.

Από: 2106723418 (ΛΙΦΤ ΤΕΧΝΙΚΗ Α.Ε.)
Προς: 2231
Ημερομηνία: 01/12/2026 09:42
Διάρκεια: 00:02

Το μήνυμα επισυνάπτεται ως αρχείο WAV.

3CX Phone System - Example Group Hellas"""
    body = Multi("mixed", [Text(t, "plain", "utf-8", "quoted-printable"),
                           Attach(wav, "audio/wav", "VM_2106723418_20261201_0942.wav")])
    return Msg("business", 36, "el", "pbx-voicemail-with-wav",
               frm=("3CX Phone System", "pbx-athens@example.com"), to=S("gr_acc"),
               subject="Νέο φωνητικό μήνυμα από 2106723418", when="2026-12-01 09:43:05",
               infra=I.internal_app("PBX-ATH01", "10.30.0.15",
                                    mailer_hdrs=[("X-Mailer", "3CX Phone System")], label="internal 3CX PBX -> Exchange -> mail-int01"),
               hcs=("utf-8", "B"),
               body=body,
               what="Company PBX (3CX) delivers a voicemail as WAV attachment",
               why="Internal path (PBX -> Exchange -> mail-int01); the attachment is an actual audio file, not a web page; caller is a known supplier; no sign-in required.",
               contrast="Same voicemail notification as attack 36, but internal origin and a real WAV file instead of an HTML login page.")


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
