"""Attack messages, Greek (32-36)."""
import tpl
from company import BANK, BTC, S, TAX
from compose import att_png_qr, att_raw

MESSAGES = [
    dict(
        n=32, lang="el", slug="aade-mydata-apokliseis-taxisnet",
        prof=("ses", dict(region="eu-central-1")),
        frm=("ΑΑΔΕ - myDATA", "noreply@aade-mydata.info"),
        to=[S("gr_acc")],
        subject="Ειδοποίηση ΑΑΔΕ: Αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA - Γ΄ τρίμηνο 2026",
        when="2026-11-02 09:22:17",
        cs="utf-8", cte="base64", html="brand",
        brand=dict(name="ΑΑΔΕ", color="#003476", logo="ΑΑΔΕ &middot; myDATA"),
        text="""# Ειδοποίηση για αποκλίσεις στα ηλεκτρονικά βιβλία (myDATA)

Αξιότιμε/η κύριε/κυρία,

κατά τη διασταύρωση των στοιχείων που έχετε διαβιβάσει στην πλατφόρμα myDATA με τα δεδομένα των αντισυμβαλλομένων σας, εντοπίστηκαν αποκλίσεις σε 14 παραστατικά εσόδων του Γ΄ τριμήνου 2026.

ΑΦΜ: %s
Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.
Αριθμός υπόθεσης: MYD-2026-0938114

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet για να δείτε τη λίστα των αποκλίσεων και να υποβάλετε τις διορθώσεις εντός 5 εργάσιμων ημερών.

[[Προβολή αποκλίσεων|https://mydata-aade.gr-taxisnet.info/myDATA/login?case=MYD-2026-0938114]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

~ Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""" % TAX["gr_example"],
        what="Fake AADE myDATA 'discrepancies' notice harvesting TAXISnet credentials.",
        why="AADE communicates through myAADE/gov.gr, not via links on gr-taxisnet.info; Amazon SES sender with the look-alike domain aade-mydata.info; fine threat and 5-day deadline.",
    ),
    dict(
        n=33, lang="el", slug="dieythyntis-epeigousa-pliromi-gmail",
        prof=("gmail", dict(host=3)),
        frm=("Δημήτρης Παπαδόπουλος", "d.papadopoulos.examplegroup@gmail.com"),
        to=[S("gr_acc")],
        subject="Επείγον - πληρωμή σήμερα",
        when="2026-11-11 10:41:29",
        cs="utf-8", cte="base64", html=True,
        text="""Ελένη καλημέρα,

είμαι σε σύσκεψη με τον πελάτη στο Μαρούσι και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζομαι να γίνει σήμερα μια πληρωμή 23.480,00 € στον νέο προμηθευτή εξοπλισμού για τη μονάδα της Κηφισιάς – η προσφορά λήγει σήμερα και αλλιώς χάνουμε την τιμή.

Δικαιούχος: ΤΕΧΝΟΚΟΥΖΙΝΑ ΕΠΑΓΓΕΛΜΑΤΙΚΟΣ ΕΞΟΠΛΙΣΜΟΣ Α.Ε.
IBAN: %s
Αιτιολογία: Προκαταβολή προσφοράς 118/2026

Γράφω από το προσωπικό μου mail γιατί το Outlook στο κινητό δεν συγχρονίζει από το πρωί. Το τιμολόγιο θα το φέρω αύριο στο γραφείο. Στείλε μου το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Δημήτρης
""" % BANK["gr_fraud"],
        what="Impersonation of the Athens office manager from Gmail asking the accountant for a same-day payment to a new supplier.",
        why="Manager's name on a consumer Gmail address; new beneficiary, no invoice ('I'll bring it tomorrow'), unreachable by phone, same-day deadline – BEC pattern.",
    ),
    dict(
        n=34, lang="el", slug="acs-courier-qr-epanapostoli",
        prof=("exim_cpanel", dict(server="cp17.webhellas.net", server_ip="91.138.170.45",
                                  client_ip="193.35.18.203", zone="Europe/Athens")),
        frm=("ACS Courier", "info@acs-paradosi.gr"),
        env_from="reservations@villa-elena-crete.gr", auth_id="reservations@villa-elena-crete.gr",
        to=[S("gr_mgr")],
        subject="ACS: Η αποστολή σας 7204 1185 336 δεν παραδόθηκε - απαιτείται επιβεβαίωση διεύθυνσης",
        when="2026-10-20 13:18:40",
        cs="iso-8859-7", cte="quoted-printable", html="brand",
        brand=dict(name="ACS Courier", color="#d71920", logo="ACS Courier"),
        text="""# Η αποστολή σας δεν παραδόθηκε

Αγαπητέ πελάτη,

η αποστολή με αριθμό 7204 1185 336 (αποστολέας: METRO Cash & Carry, 1 δέμα, 6,2 kg) δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης.

Για να προγραμματίσετε εκ νέου την παράδοση, σαρώστε τον παρακάτω κωδικό QR με το κινητό σας και επιβεβαιώστε τα στοιχεία σας. Το κόστος επαναποστολής είναι 1,90 €.

%%IMG:acs-qr-7204@acs%%

Η αποστολή θα παραμείνει στο κατάστημα για 3 εργάσιμες ημέρες και στη συνέχεια θα επιστραφεί στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
""",
        atts=[att_png_qr("qr_7204118533.png", "https://acs-gr.parcel-redelivery.com/t/72041185336?fee=1.90",
                         cid="acs-qr-7204@acs")],
        what="Courier (ACS) 'failed delivery' with an inline QR code for a paid redelivery.",
        why="Sent through PHPMailer on a compromised Cretan holiday-villa cPanel account with an ACS look-alike From domain; the only link is in the QR image (parcel-redelivery.com); small fee = card harvesting.",
    ),
    dict(
        n=35, lang="el", slug="ekviasmos-bitcoin-spoofed",
        prof=("vps", dict(helo="User", rdns="unknown", ip="14.241.229.86", mailer="bare",
                          zone="Asia/Ho_Chi_Minh", nohop=True)),
        frm=("", "eleni.georgiou@example.com"),
        env_from="ugmxnq@dhtt-vn.com",
        to=[("", "eleni.georgiou@example.com")],
        subject="Ο λογαριασμός σας έχει παραβιαστεί - έχετε 48 ώρες",
        when="2026-11-18 04:15:22", zone="Asia/Ho_Chi_Minh",
        msgid="<20261118041522.6F1A2B3C4D5E7081@example.com>",
        tls=None,
        cs="iso-8859-7", cte="8bit",
        text="""Γεια σου.

Όπως ίσως έχεις ήδη παρατηρήσει, σου έστειλα αυτό το μήνυμα από τον δικό σου λογαριασμό email. Αυτό σημαίνει ότι έχω πλήρη πρόσβαση στη συσκευή σου.

Εδώ και μερικούς μήνες παρακολουθώ τη δραστηριότητά σου. Η συσκευή σου μολύνθηκε με κακόβουλο λογισμικό όταν επισκέφθηκες ιστοσελίδες για ενήλικες. Από τότε έχω πρόσβαση στην κάμερα, στο μικρόφωνο, στις επαφές σου και στην αλληλογραφία σου, επαγγελματική και προσωπική.

Έχω στα χέρια μου βίντεο από την κάμερά σου μαζί με το περιεχόμενο που έβλεπες. Με ένα κλικ μπορώ να το στείλω σε όλες τις επαφές σου - συναδέλφους, πελάτες και οικογένεια.

Αν θέλεις να το αποφύγεις, μετάφερε 1.250 € σε Bitcoin (BTC) στη διεύθυνση:

%s

Αν δεν ξέρεις πώς να αγοράσεις Bitcoin, γράψε "αγορά bitcoin" σε μια μηχανή αναζήτησης.

Έχεις 48 ώρες από τη στιγμή που άνοιξες αυτό το μήνυμα. Έχω ειδοποίηση ανάγνωσης. Μόλις λάβω την πληρωμή, θα διαγράψω τα πάντα και δεν θα ξανακούσεις ποτέ από μένα.

Μην απαντήσεις σε αυτό το μήνυμα και μην ενημερώσεις κανέναν - θα το μάθω.
""" % BTC["extortion"],
        what="Sextortion/extortion mail with a Bitcoin address, From spoofed as the victim's own address.",
        why="From = recipient's own example.com address, but it arrives from a Vietnamese dial-up host with HELO 'User', no TLS and an unrelated envelope sender (SPF/DMARC would fail); no proof, generic threats, bech32 BTC address, 48-hour deadline.",
    ),
    dict(
        n=36, lang="el", slug="fwnitiko-minima-html-syndesi",
        prof=("roundcube", dict(mta_helo="srv12.grhost.net", mta_rdns="srv12.grhost.net", mta_ip="185.4.133.72",
                                host="srv12.grhost.net", webhost="webmail.grhost.net",
                                client_ip="41.216.188.23", zone="Europe/Athens")),
        frm=("Voice Mail", "reservations@hotel-aigaio-naxos.gr"),
        to=[S("gr_acc")],
        subject="Νέο φωνητικό μήνυμα από +30 210 6854 331 (00:47)",
        when="2026-11-12 10:16:03",
        cs="windows-1253", cte="quoted-printable",
        text="""Νέο φωνητικό μήνυμα

Από: +30 210 6854 331
Προς: Ελένη Γεωργίου (εσωτ. 214)
Διάρκεια: 00:47
Ημερομηνία: Πέμπτη, 12 Νοεμβρίου 2026, 10:14

Το ηχητικό μήνυμα επισυνάπτεται. Για ακρόαση ανοίξτε το συνημμένο αρχείο στο πρόγραμμα περιήγησης και συνδεθείτε με τον εταιρικό σας λογαριασμό Microsoft 365.

Microsoft Teams Voicemail
""",
        atts=[att_raw("VoiceMessage_+302106854331_0047.html", "text/html",
                      tpl.login_page("Ακρόαση φωνητικού μηνύματος", "Microsoft 365 · Voicemail",
                                     "eleni.georgiou@example.com",
                                     "https://voicemail-teams.cloud-play.gr.com/listen/submit",
                                     lang="el", note="Για λόγους ασφαλείας επιβεβαιώστε τον κωδικό πρόσβασης.",
                                     fields=("Κωδικός πρόσβασης",), button="Ακρόαση"))],
        what="Fake voicemail notification whose 'audio' is an HTML credential form.",
        why="Sent from a compromised Naxos hotel mailbox via webmail from a foreign IP; the attachment is HTML, not audio, and posts the password to cloud-play.gr.com; the company's real voicemail comes from its own PBX via mail-int01 with a WAV (business/36).",
    ),
]
