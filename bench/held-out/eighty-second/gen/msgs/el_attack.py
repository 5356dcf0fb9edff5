# -*- coding: utf-8 -*-
"""Greek attack messages 32-36."""
from lib.kit import *  # noqa
from lib import ids


def a32():
    link = "https://mydata-aade.gr/myDATA/login?afm=800271490&ref=DX-2026-10-7713"
    t = plainq("""Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myDATA - Ηλεκτρονικά Βιβλία

Αξιότιμε/η χρήστη,

κατά τον αυτοματοποιημένο έλεγχο διασταύρωσης του Οκτωβρίου 2026 εντοπίστηκαν 14 παραστατικά εσόδων της επιχείρησης με ΑΦΜ %s, τα οποία δεν έχουν διαβιβαστεί στην πλατφόρμα myDATA ή παρουσιάζουν αποκλίσεις χαρακτηρισμού.

Σύμφωνα με το άρθρο 54Α του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο ίσο με το 5%% της αξίας κάθε παραστατικού.

Για να δείτε αναλυτικά τα παραστατικά και να υποβάλετε διορθώσεις εντός 5 ημερών, συνδεθείτε με τους προσωπικούς σας κωδικούς Taxisnet:

%s

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Α.Α.Δ.Ε.

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""" % (C.TAX["eg_gr"], link))
    html = simple_html(t.replace(link, "[[L]]"), font="Arial, sans-serif", charset="iso-8859-7", autolink=False).replace(
        "[[L]]", '<a href="%s" style="background:#003476;color:#fff;padding:9px 20px;text-decoration:none">Σύνδεση με κωδικούς Taxisnet</a>' % link)
    return Msg("attack", 32, "el", "aade-mydata-penalty-phish",
               frm=("ΑΑΔΕ - myDATA", "noreply@mydata-aade.gr"), to=S("gr_acc"),
               subject="myDATA: 14 παραστατικά χωρίς διαβίβαση - πρόστιμο 5%",
               when="2026-11-04 09:26:40", infra=I.brevo(label="Brevo (bulk ESP)"), hcs=("iso-8859-7", "B"),
               body=alt(t, html, "iso-8859-7", "quoted-printable"),
               techniques=["credential phishing: national tax authority / e-books (AADE myDATA, Taxisnet)", "abused bulk ESP (Brevo)", "look-alike domain"],
               what="Fake AADE myDATA notice: 14 untransmitted invoices, 5% fine, log in with Taxisnet credentials",
               why="AADE mails come from aade.gr and never ask for Taxisnet credentials via a link; mydata-aade.gr is a look-alike sent through Brevo; fine and 5-day deadline pressure.",
               pair=32)


def a33():
    t = """Τράπεζα Πειραιώς - winbank business

Ειδοποίηση ασφαλείας συναλλαγών

Καταχωρήθηκε από χρήστη της επιχείρησής σας εντολή μεταφοράς προς λογαριασμό τρίτου:

Ποσό: 4.860,00 €
Δικαιούχος: ELEVATOR PARTS TRADING LTD
IBAN δικαιούχου: CY** **** **** **** 7731
Ημερομηνία εκτέλεσης: 13/11/2026

Η εντολή θα εκτελεστεί αυτόματα σήμερα στις 17:00. Εάν δεν αναγνωρίζετε τη συναλλαγή, επικοινωνήστε ΑΜΕΣΑ με το Τμήμα Ασφαλείας Συναλλαγών στο 211 198 4750 (24ωρη εξυπηρέτηση) για να την ακυρώσετε.

Για την ασφάλειά σας, μην απαντάτε σε αυτό το μήνυμα και μην κοινοποιείτε κωδικούς σε τρίτους.

Τράπεζα Πειραιώς Α.Ε."""
    return Msg("attack", 33, "el", "bank-callback-phishing-toad",
               frm=("Τράπεζα Πειραιώς", "alerts@piraeus-winbank-business.gr"), to=S("gr_mgr"),
               subject="Εντολή μεταφοράς 4.860,00 € σε εκκρεμότητα - απαιτείται επιβεβαίωση",
               when="2026-11-13 11:42:09", infra=I.sendgrid("em8813.piraeus-winbank-business.gr", zone="UTC"),
               hcs=("windows-1253", "B"),
               body=Text(t, "plain", "windows-1253", "base64"),
               techniques=["callback phishing (TOAD)", "bank brand impersonation", "abused bulk ESP (SendGrid)"],
               what="Fake Piraeus Bank alert about a EUR 4,860 transfer to Cyprus; 'call security' on a given number to cancel",
               why="Not a piraeusbank.gr sender; no link at all - the payload is the phone number (211 198 4750) of a fake security desk that will ask for codes or remote access; deadline 17:00.",
               pair=None)


def a34():
    fake = C.ACCT["gemi_fake"]
    t = """Αξιότιμοι κύριοι,

σας ενημερώνουμε ότι έχει εκδοθεί η ειδοποίηση πληρωμής του ετήσιου τέλους διατήρησης καταχώρισης για το 2027 για την επιχείρησή σας:

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Α.Ε.
ΑΦΜ: %s
Αριθμός καταχώρισης: 163208401000

Ποσό: 348,00 € - Προθεσμία εξόφλησης: 30/11/2026

Τα στοιχεία πληρωμής θα βρείτε στο συνημμένο έγγραφο. Μετά την εξόφληση η καταχώριση ανανεώνεται αυτόματα.

Με εκτίμηση,
Μητρώο Επιχειρήσεων - Τμήμα Ειδοποιήσεων""" % C.TAX["eg_gr"]
    rows = [("h", "ΜΗΤΡΩΟ ΕΠΙΧΕΙΡΗΣΕΩΝ"), ("s", "Ηλεκτρονικός Κατάλογος Επιχειρήσεων - Καταχωρίσεις & Δημοσιεύσεις"), ("sp", 8),
            ("b", "ΕΙΔΟΠΟΙΗΣΗ ΠΛΗΡΩΜΗΣ ΕΤΗΣΙΟΥ ΤΕΛΟΥΣ 2027"), ("sp", 4),
            ("row", [(0, "Επωνυμία:"), (45, "EXAMPLE GROUP HELLAS Μ.Α.Ε.")]), ("row", [(0, "ΑΦΜ:"), (45, C.TAX["eg_gr"])]),
            ("row", [(0, "Αρ. καταχώρισης:"), (45, "163208401000")]), ("row", [(0, "Ποσό:"), (45, "348,00 €")]),
            ("row", [(0, "Προθεσμία:"), (45, "30/11/2026")]), ("sp", 6),
            ("b", "Στοιχεία πληρωμής"), ("row", [(0, "Δικαιούχος:"), (45, "MITROO SERVICES EOOD")]),
            ("row", [(0, "IBAN:"), (45, fi(fake))]), ("row", [(0, "BIC:"), (45, "STSABGSF")]),
            ("row", [(0, "Αιτιολογία:"), (45, "163208401000-2027")]), ("sp", 30),
            ("s", "Το Μητρώο Επιχειρήσεων είναι ιδιωτικός ηλεκτρονικός κατάλογος και δεν συνδέεται με το Γ.Ε.ΜΗ. ή με δημόσια αρχή. Η παρούσα αποτελεί πρόταση σύναψης σύμβασης καταχώρισης διάρκειας τριών ετών· η καταβολή του ποσού συνεπάγεται αποδοχή των όρων.")]
    body = Multi("mixed", [alt(t, simple_html(t, font="Tahoma, sans-serif", charset="utf-8"), "utf-8", "quoted-printable"),
                           pdf_att(rows, "Eidopoiisi_Pliromis_2027_163208401000.pdf", title="Ειδοποίηση πληρωμής",
                                   producer="mPDF 8.2.4", when=T.berlin("2026-11-16 07:55"))])
    return Msg("attack", 34, "el", "fake-business-registry-fee",
               frm=("Μητρώο Επιχειρήσεων", "eidopoiiseis@gemi-mitroo.eu"), to=S("gr_mgr"),
               subject="Ειδοποίηση πληρωμής ετήσιου τέλους καταχώρισης 2027 - EXAMPLE GROUP HELLAS",
               when="2026-11-16 09:12:37",
               infra=I.cpanel("server.mywebhosting-cloud.com", "103.195.100.57", mailer="phpmailer", via="local",
                              zone="EET", auth_user="gemimitr", lang="el-GR",
                              label="cPanel shared host (Exim), PHPMailer"),
               body=body,
               techniques=["fake directory / register invoice (imitating the Greek GEMI registry)", "PDF payment slip"],
               what="'Registry' payment notice for an annual registration fee of EUR 348, PDF with a Bulgarian IBAN",
               why="Imitates the official Γ.Ε.ΜΗ. but the small print says it is a private catalogue and payment accepts a 3-year contract; Bulgarian account; domain gemi-mitroo.eu on a shared host; no relation with the company.",
               pair=34)


def a35():
    link = "https://knossoshotels-my.sharepoint.com.rfq-docs.app/:f:/g/personal/m_daskalaki/EkR7_RFQ_Knossos_Beach"
    t = """Καλησπέρα σας κ. Παπαδόπουλε,

σε συνέχεια της επικοινωνίας μας, σας αποστέλλουμε τον φάκελο του διαγωνισμού για την αντικατάσταση δύο ανελκυστήρων (MRL, 8 ατόμων) στο Knossos Beach στο Ηράκλειο.

Λόγω μεγέθους τα σχέδια και οι τεχνικές προδιαγραφές βρίσκονται στον κοινόχρηστο φάκελό μας στο OneDrive:

Προβολή εγγράφων: %s

Για την πρόσβαση θα χρειαστεί να συνδεθείτε με τον εταιρικό σας λογαριασμό email. Οι προσφορές κατατίθενται έως 27/11/2026.

Με εκτίμηση,
Μαρία Δασκαλάκη
Υπεύθυνη Προμηθειών
Knossos Hotels A.E.""" % link
    html = gmail_html(t.replace(link, "[[L]]")).replace(html_escape("[[L]]"), '<a href="%s">RFQ_Knossos_Beach_Ανελκυστήρες.zip</a>' % link)
    return Msg("attack", 35, "el", "compromised-hotel-rfq-onedrive-link",
               frm=("Μαρία Δασκαλάκη", "m.daskalaki@knossos-hotels.gr"), to=S("gr_mgr"),
               subject="Αίτημα προσφοράς - αντικατάσταση 2 ανελκυστήρων Knossos Beach",
               when="2026-11-20 16:48:02", infra=I.gmail(zone="EET", workspace=True, label="genuine Knossos Hotels Google Workspace (compromised mailbox)"),
               body=alt(t, html, "UTF-8", "base64"),
               techniques=["compromised customer mailbox", "credential phishing behind fake OneDrive link", "trade-specific RFQ lure"],
               what="RFQ from a real customer's real mailbox with a 'OneDrive' link that requires signing in with the company account",
               why="The link host is rfq-docs.app (sharepoint.com is only a sub-domain label); a Google Workspace customer would not share via OneDrive and ask for the recipient's mail password; mailbox taken over, so sender checks pass.",
               pair=33)


def a36():
    act = "https://voicemsg-portal.net/owa/auth/vm.php"
    page = D.login_page("Φωνητικό μήνυμα - Microsoft 365", "Microsoft 365 · Voicemail",
                        "Νέο φωνητικό μήνυμα (0:42)", "Συνδεθείτε για να ακούσετε το μήνυμα από +30 210 672 3418.",
                        "eleni.konstantinou@example.com", act, "Ακρόαση", user_label="Διεύθυνση email",
                        pw_label="Κωδικός πρόσβασης", footer="© Microsoft 2026", lang="el",
                        hidden=[("vm", "2231-0042")])
    t = plainq("""Νέο φωνητικό μήνυμα

Από: +30 210 672 3418
Προς: Εσωτερική γραμμή 2231 (Eleni Konstantinou)
Διάρκεια: 0:42
Ημερομηνία: 25/11/2026 10:31

Για να ακούσετε το μήνυμα, ανοίξτε το συνημμένο αρχείο.

Example Group - Τηλεφωνικό Κέντρο""")
    body = Multi("mixed", [Text(t, "plain", "iso-8859-7", "base64"),
                           Attach(page.encode("utf-8"), "text/html", "VM_2106723418_0042.htm", text_charset="utf-8")])
    return Msg("attack", 36, "el", "voicemail-html-attachment",
               frm=("Φωνητικό Ταχυδρομείο", "voicemail@example-tilefoniko.gr"), to=S("gr_acc"),
               subject="Νέο φωνητικό μήνυμα από +302106723418 (0:42)", when="2026-11-25 10:33:51",
               infra=I.postfix_server("mail.example-tilefoniko.gr", "45.90.57.148", rdns="vm2215.cloudhostvps.gr",
                                      mailer="generic", zone="EET", label="look-alike domain on VPS"),
               hcs=("iso-8859-7", "B"),
               body=body,
               techniques=["voicemail lure", "HTML attachment credential phishing (Microsoft 365)", "look-alike domain"],
               what="Fake PBX voicemail notification whose 'recording' is an HTML Microsoft 365 login page",
               why="The company PBX sends voicemails internally with a WAV file; this comes from an external look-alike domain on a VPS and the attachment is an HTML form posting credentials to voicemsg-portal.net.",
               pair=36)


def messages():
    return [a32(), a33(), a34(), a35(), a36()]
