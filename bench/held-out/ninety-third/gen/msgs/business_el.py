"""Genuine business messages, Greek (32-36)."""
import docs
from company import BANK, S, TAX
from compose import att_pdf, att_raw

MESSAGES = [
    dict(
        n=32, lang="el", slug="logistis-mydata-xaraktirismoi",
        prof=("outlook_smtp", dict(mta_helo="relay2.grhost.net", mta_rdns="relay2.grhost.net", mta_ip="185.4.133.80",
                                   provider_host="relay2.grhost.net", pc="LOGISTIRIO-PC1",
                                   client_rdns="ppp-2-86-41-77.home.otenet.gr", client_ip="2.86.41.77",
                                   zone="Europe/Athens", lang="el")),
        frm=("Νίκος Καραγιάννης", "n.karagiannis@karagiannis-logistiki.gr"),
        to=[S("gr_acc")],
        subject="Παραστατικά Οκτωβρίου χωρίς χαρακτηρισμό στο myDATA",
        when="2026-11-06 12:14:08",
        cs="windows-1253", cte="quoted-printable", html=True,
        text="""Καλημέρα κυρία Γεωργίου,

σας στέλνω σε συνημμένο τη λίστα με τα παραστατικά εξόδων του Οκτωβρίου που εμφανίζονται στο myDATA χωρίς χαρακτηρισμό. Πρόκειται για 3 τιμολόγια προμηθευτών (Γαλακτοκομικά Θεσσαλίας, ΔΕΗ, Vodafone).

Ο χαρακτηρισμός πρέπει να γίνει μέχρι την προθεσμία της περιοδικής δήλωσης ΦΠΑ Οκτωβρίου, στο τέλος Νοεμβρίου. Θα τα καταχωρίσουμε εμείς από το λογιστικό πρόγραμμα – χρειαζόμαστε μόνο επιβεβαίωση ότι τα τιμολόγια της ΔΕΗ αφορούν την κεντρική κουζίνα στον Άγιο Στέφανο και όχι τα γραφεία.

Δεν χρειάζεται να συνδεθείτε εσείς στο myDATA ή στο TAXISnet.

Με εκτίμηση,
Νίκος Καραγιάννης
Λογιστής – Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Καραγιάννη
""",
        atts=[att_pdf("myDATA_Oktovrios_2026_ekkremotites.pdf", [
            "# Logistiko Grafeio Karagianni - myDATA ekkremotites 10/2026",
            "Pelatis: Example Group Hellas - AFM " + TAX["gr_example"],
            "1. Galaktokomika Thessalias AE - TDA 4471 - 3.118,40 EUR - xoris xaraktirismo",
            "2. DEI - logariasmos 10/2026 - 6.902,15 EUR - xoris xaraktirismo",
            "3. Vodafone - logariasmos 10/2026 - 412,60 EUR - xoris xaraktirismo",
            "Energeia: epivevaiosi kentrou kostous (kentriki kouzina / grafeia).",
        ], producer="Microsoft\xae Excel\xae 2019", author="N. Karagiannis", when="D:20261106121011+02'00'")],
        what="External accountant lists supplier invoices missing their myDATA expense classification.",
        why="Long-standing accountant on his own domain, Outlook via his hoster; asks only for a cost-centre confirmation and explicitly says no login is needed; PDF list only.",
        pair=([32], "myDATA topic; the genuine accountant explicitly asks for no login, the AADE phish wants TAXISnet credentials."),
    ),
    dict(
        n=33, lang="el", slug="galaktokomika-timokatalogos-otenet",
        prof=("outlook_smtp", dict(mta_helo="mx-out-1.otenet.gr", mta_rdns="mx-out-1.otenet.gr", mta_ip="83.235.69.41",
                                   provider_host="mx-out-1.otenet.gr", pc="GRAFEIO-PC",
                                   client_rdns="ppp-94-69-133-18.home.otenet.gr", client_ip="94.69.133.18",
                                   zone="Europe/Athens", lang="el")),
        frm=("Γαλακτοκομικά Θεσσαλίας", "galaktothessalias@otenet.gr"),
        to=[S("gr_mgr")],
        subject="Τιμοκατάλογος α΄ τριμήνου 2027",
        when="2026-11-20 11:48:55",
        cs="iso-8859-7", cte="quoted-printable", html=True,
        text="""Κύριε Παπαδόπουλε καλησπέρα,

σας επισυνάπτω τον τιμοκατάλογο του α΄ τριμήνου 2027 για γιαούρτι, φέτα ΠΟΠ και γάλα για τις κουζίνες σας στην Αττική. Οι τιμές ισχύουν για παραγγελίες από 1/1 έως 31/3/2027 και περιλαμβάνουν μεταφορά με ψυγείο μέχρι την κεντρική κουζίνα.

Λόγω της αύξησης στην τιμή του γάλακτος παραγωγού, η φέτα αυξάνεται κατά 4%. Το γιαούρτι και το γάλα παραμένουν στις ίδιες τιμές.

Αν θέλετε, μπορούμε να κλειδώσουμε τις τιμές για όλο το εξάμηνο με ελάχιστη εβδομαδιαία παραγγελία 300 κιλά.

Τα στοιχεία πληρωμής παραμένουν τα ίδια (Τράπεζα Πειραιώς).

Με εκτίμηση,
Γιώργος Παπαδάκης
Γαλακτοκομικά Θεσσαλίας Α.Ε.
Λάρισα
""",
        atts=[att_pdf("Timokatalogos_A_trimino_2027.pdf", [
            "# Galaktokomika Thessalias AE - Timokatalogos A' triminou 2027",
            "Giaourti straggisto 10 kg  ........  34,80 EUR / dokheio",
            "Feta POP 14 kg (dokheio)   ........ 132,60 EUR (+4%)",
            "Gala fresko 1 l x 12       ........  13,20 EUR / kivotio",
            "Metafora me psygeio eos kentriki kouzina: included",
            "Pliromi: Trapeza Peiraios IBAN " + BANK["gr_supplier"],
            "AFM " + TAX["gr_supplier"],
        ], producer="Microsoft\xae Word 2016", author="G. Papadakis", when="D:20261120114011+02'00'")],
        what="Dairy supplier's price list for Q1 2027 from its consumer otenet.gr mailbox.",
        why="Small supplier that has always used its otenet.gr address with Outlook via Cosmote/OTE SMTP from a Greek home line; price list PDF; explicitly unchanged payment details.",
    ),
    dict(
        n=34, lang="el", slug="acs-enimerosi-paradosis",
        prof=("esp", dict(helo="mailer2.acscourier.net", rdns="mailer2.acscourier.net", ip="212.205.94.36",
                          hop="notify01.acscourier.local ([10.12.3.18])", msgid_host="acscourier.net",
                          zone="Europe/Athens")),
        frm=("ACS Courier", "noreply@acscourier.net"),
        to=[S("gr_mgr")],
        subject="ACS: Προγραμματισμένη παράδοση αποστολής 7204 1187 902",
        when="2026-10-19 16:02:37",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="ACS Courier", color="#d71920", logo="ACS Courier"),
        text="""# Ενημέρωση αποστολής

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204 1187 902 από METRO Cash & Carry παραλήφθηκε από το κατάστημα ACS Αγίου Στεφάνου και θα σας παραδοθεί αύριο, Τρίτη 20/10/2026, μεταξύ 09:00 και 13:00.

Μπορείτε να παρακολουθήσετε την πορεία της αποστολής στο acscourier.net:

[[Εντοπισμός αποστολής|https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=72041187902]]

Ευχαριστούμε που επιλέξατε την ACS.

~ ACS Courier - Αυτόματο μήνυμα ενημέρωσης. Παρακαλούμε μην απαντάτε.
""",
        what="Genuine courier delivery notification with a tracking link.",
        why="From the courier's own domain and mail server; tracking link on acscourier.net; no fee, no QR, no data to confirm.",
        pair=([34], "ACS courier notification; genuine one tracks a real shipment, the attack asks for a fee through a QR code."),
    ),
    dict(
        n=35, lang="el", slug="google-eidopoiisi-asfaleias",
        prof=("google_notify", {}),
        frm=("Google", "no-reply@accounts.google.com"),
        to=[S("gr_acc")],
        subject="Ειδοποίηση ασφαλείας",
        when="2026-11-23 19:05:11",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Google", color="#1a73e8", logo="Google", font="Roboto,Arial,sans-serif"),
        text="""# Νέα σύνδεση σε Windows

eleni.georgiou@example.com

Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Windows. Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.

[[Έλεγχος δραστηριότητας|https://accounts.google.com/AccountChooser?Email=eleni.georgiou@example.com&continue=https://myaccount.google.com/alert/nt/1795460700000?rfn%3D325]]

Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση
https://myaccount.google.com/notifications

~ Σας στείλαμε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να σας ενημερώσουμε για σημαντικές αλλαγές στον Λογαριασμό σας Google και στις υπηρεσίες σας.
~ © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        what="Genuine Google security alert (new sign-in) for a Google account registered with the work address.",
        why="Sent by Google's notification infrastructure (mail-sor-f*.google.com, accounts.google.com); links only to accounts.google.com / myaccount.google.com; informational.",
    ),
    dict(
        n=36, lang="el", slug="3cx-fwnitiko-minima-wav",
        prof=("internal_app", dict(host="pbx-ath01", ip="10.30.1.20", mailer="X-Mailer: 3CX Phone System")),
        frm=("Τηλεφωνικό Κέντρο 3CX", "pbx-athens@example.com"),
        to=[S("gr_acc")],
        subject="Νέο φωνητικό μήνυμα από +30 210 9241 118 (00:38)",
        when="2026-11-10 15:40:02",
        cs="utf-8", cte="base64",
        text="""Νέο φωνητικό μήνυμα

Έχετε ένα νέο φωνητικό μήνυμα στο εσωτερικό 214 (Ελένη Γεωργίου).

Από: +30 210 9241 118
Διάρκεια: 00:38
Ημερομηνία: 10/11/2026 15:39

Το μήνυμα επισυνάπτεται ως αρχείο WAV. Μπορείτε επίσης να το ακούσετε καλώντας το 999 από το εσωτερικό σας.

3CX Phone System - Example Group Hellas
""",
        atts=[att_raw("vmail_302109241118_20261110-1539.wav", "audio/wav", docs.silent_wav(1.0))],
        what="Genuine voicemail notification from the Athens office PBX, with the audio as WAV.",
        why="Internal application mail via mail-int01 from the PBX host; the attachment is an actual audio file; no login or link.",
        pair=([36], "Voicemail notification; genuine one comes from the internal PBX with a WAV, the attack from an external hotel mailbox with an HTML login form."),
    ),
]
