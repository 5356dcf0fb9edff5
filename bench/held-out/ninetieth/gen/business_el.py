# -*- coding: utf-8 -*-
"""Genuine business messages 32-36 (Greek)."""
from msgkit import *  # noqa: F401,F403

AEGEAN_EXO = dict(region="eurprd08", pod="VI1PR08MB", lang_accept="el-GR, en-US",
                  client_host=("EUR05-VI1-obe.outbound.protection.outlook.com",
                               "mail-vi1eur05on2092.outbound.protection.outlook.com", "40.107.21.92"))


@message("business", 32, "el", "logistis-mydata-fpa",
         "External accountant reconciles October documents with myDATA (two discrepancies) and reports the Q3 VAT return with a credit carried forward",
         "Known accountant's usual otenet.gr mailbox and Outlook; concrete bookkeeping questions, summary PDF; explicitly says no refund was requested and AADE sends no refund e-mails with links")
def b32():
    p = infra.Webmail(kind="otenet")
    txt = """Καλημέρα κυρία Κωνσταντίνου,

σας στέλνω συνημμένα τη συμφωνία των παραστατικών Οκτωβρίου με τα δεδομένα του myDATA. Υπάρχουν δύο διαφορές:
- το τιμολόγιο 2026/1184 της Aegean Blue Hotels έχει διαβιβαστεί με καθαρή αξία 2.410,00 € αντί για 2.140,00 € (παρακαλώ ελέγξτε το και στείλτε μου το σωστό για να γίνει η διόρθωση),
- λείπει ο χαρακτηρισμός εξόδων για δύο τιμολόγια της ACS.

Η δήλωση ΦΠΑ του Γ΄ τριμήνου υποβλήθηκε στις 26/10 με πιστωτικό υπόλοιπο 3.106,40 €, το οποίο μεταφέρεται στην επόμενη περίοδο (δεν ζητήσαμε επιστροφή). Αν σας έρθει οποιοδήποτε μήνυμα για «επιστροφή φόρου» με σύνδεσμο, αγνοήστε το· η ΑΑΔΕ δεν στέλνει τέτοια email.

Με εκτίμηση,
Κώστας Δημητρίου
Λογιστής - Φοροτεχνικός Α΄ τάξης
Λογιστικό Γραφείο Δημητρίου
Λ. Μεσογείων 212, Χολαργός
τηλ. 210 6543 210
"""
    pdf = pdf_att([("Logistiko Grafeio Dimitriou - Symfonia myDATA Oktovrios 2026", "h"),
                   "EXAMPLE GROUP HELLAS M.E.P.E. - AFM " + VAT["eg_gr"][2:], "",
                   "Ekdothenta parastatika (ERP): 62     Diavivasmena myDATA: 62",
                   "Diafora 1: TPY 2026/1184 Aegean Blue Hotels - kathari axia ERP 2.140,00 / myDATA 2.410,00",
                   "Diafora 2: 2 timologia ACS Courier - xoris charaktirismo exodon", "",
                   "FPA G' triminou 2026: pistotiko ypoloipo 3.106,40 EUR - metaferetai"],
                  "Symfonia_myDATA_Okt2026.pdf", title="Symfonia myDATA", author="K. Dimitriou",
                  date="D:20261028101500+02'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "iso-8859-7", "EL"), "iso-8859-7", "quoted-printable"), pdf])
    return make("b32", p, bt(2026, 10, 28, 9, 21, 44), "k.dimitriou@otenet.gr", S("gr_acc")[1],
                ("Κώστας Δημητρίου", "k.dimitriou@otenet.gr"), (NATIVE["gr_acc"], S("gr_acc")[1]),
                "Συμφωνία myDATA Οκτωβρίου και ΦΠΑ Γ΄ τριμήνου", body,
                user_ip="94.66.221.40", user_rdns="ppp-94-66-221-40.home.otenet.gr", user_lan="192.168.1.7",
                hdr_cs="iso-8859-7", hdr_enc="B")


@message("business", 33, "el", "aegean-blue-parapono-katsarides",
         "Hotel group's quality director complains about German cockroaches in a hotel kitchen ten days after a visit, food-authority (EFET) inspection next week, asks for an emergency visit",
         "Customer's own domain on its M365 tenant; urgent and critical but asks for service and documentation, phone callback, no payment or link")
def b33():
    p = infra.EXO(**AEGEAN_EXO)
    txt = """Καλησπέρα κύριε Παπαδόπουλε,

στο ξενοδοχείο της Ρόδου (Aegean Blue Rhodes Palace) το προσωπικό της κουζίνας εντόπισε χθες το βράδυ γερμανικές κατσαρίδες πίσω από τα ψυγεία και στο κανάλι αποχέτευσης της λάντζας, μόλις δέκα ημέρες μετά την τελευταία σας επίσκεψη. Κλείνουμε τη σεζόν στις 31/10 και την επόμενη εβδομάδα έχουμε έλεγχο από τον ΕΦΕΤ.

Χρειαζόμαστε έκτακτη επίσκεψη έως την Παρασκευή, με πλήρη τεκμηρίωση (δελτίο εφαρμογής, σκευάσματα με αριθμό άδειας, χάρτη δολωματικών σταθμών). Παρακαλώ επιβεβαιώστε μου τηλεφωνικά την ημερομηνία.

Ευχαριστώ,
Μαρία Βλάχου
Διευθύντρια Ποιότητας & Υγιεινής
Aegean Blue Hotels
τηλ. 22410 45 812
"""
    body = alt(txt, html_outlook(txt, "windows-1253", "EL"), "windows-1253", "quoted-printable")
    return make("b33", p, bt(2026, 10, 16, 18, 5, 9), "m.vlachou@aegeanbluehotels.gr", S("gr_mgr")[1],
                ("Μαρία Βλάχου", "m.vlachou@aegeanbluehotels.gr"), (NATIVE["gr_mgr"], S("gr_mgr")[1]),
                "Επείγον: κατσαρίδες στην κουζίνα του Rhodes Palace", body, lang_tag="el-GR",
                hdr_cs="windows-1253", hdr_enc="B", extra=[("X-Priority", "1"), ("Importance", "high")])


@message("business", 34, "el", "acs-eidopoiisi-paradosis",
         "Genuine ACS Courier delivery notice: a parcel from a chemicals supplier will be delivered today between 10:00 and 14:00",
         "From noreply@acscourier.net via ACS's Amazon SES sender; tracking link on acscourier.net, expected supplier shipment, asks for no payment")
def b34():
    p = infra.Service(kind="acs")
    url = "https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7209981152"
    txt = """Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7209981152 (αποστολέας: ΧΗΜΙΚΑ ΔΙΑΛΥΜΑΤΑ Α.Ε.) θα παραδοθεί σήμερα, 24/11/2026, μεταξύ 10:00 και 14:00 στη διεύθυνση Λεωφ. Κηφισίας 280, Χαλάνδρι.

Παρακολούθηση αποστολής: %s

Αν δεν θα βρίσκεστε στον χώρο, μπορείτε να αλλάξετε ημερομηνία ή να επιλέξετε παραλαβή από ACS Point μέσω της εφαρμογής ACS.

ACS Courier
""" % url
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#d71920;color:#fff;padding:12px 18px;font-size:20px;font-weight:bold">ACS</div>
<div style="padding:18px"><p>Αγαπητέ πελάτη,</p>
<p>η αποστολή σας με αριθμό <b>7209981152</b> (αποστολέας: ΧΗΜΙΚΑ ΔΙΑΛΥΜΑΤΑ Α.Ε.) θα παραδοθεί σήμερα, 24/11/2026, μεταξύ 10:00 και 14:00 στη διεύθυνση Λεωφ. Κηφισίας 280, Χαλάνδρι.</p>
<p><a href="%s">Παρακολούθηση αποστολής</a></p>
<p>Αν δεν θα βρίσκεστε στον χώρο, μπορείτε να αλλάξετε ημερομηνία ή να επιλέξετε παραλαβή από ACS Point μέσω της εφαρμογής ACS.</p>
<p style="font-size:12px;color:#666">ACS Courier</p></div></body></html>
""" % esc(url)
    body = alt(txt, html, "utf-8", "base64")
    return make("b34", p, bt(2026, 11, 24, 7, 31, 56),
                "0107019391c1e2f3-8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d-000000@eu-central-1.amazonses.com",
                S("gr_acc")[1], ("ACS Courier", "noreply@acscourier.net"), (NATIVE["gr_acc"], S("gr_acc")[1]),
                "ACS: Η αποστολή σας 7209981152 θα παραδοθεί σήμερα", body, hdr_cs="UTF-8", hdr_enc="B")


@message("business", 35, "el", "google-drive-share-programma-episkepseon",
         "Genuine Google Drive share: the customer's quality director shares the 2027 visit plan spreadsheet",
         "Google's own infrastructure and the sharer is the customer's real Workspace address m.vlachou@aegeanbluehotels.gr; a Sheets document about the existing contract, no sign-in request")
def b35():
    p = infra.Service(kind="drive")
    doc = "https://docs.google.com/spreadsheets/d/1vB8nQ2xK7pLr4Zt9Wc3YhE6uJ0aSd5fGiO1mTqR2XkY/edit?usp=sharing"
    sharer = ("Μαρία Βλάχου", "m.vlachou@aegeanbluehotels.gr")
    txt = """Μαρία Βλάχου (m.vlachou@aegeanbluehotels.gr) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:

Πρόγραμμα επισκέψεων 2027 - Aegean Blue Hotels
%s

"Καλησπέρα, όπως συζητήσαμε, το πρόγραμμα επισκέψεων ανά ξενοδοχείο για το 2027. Συμπληρώστε τις ημερομηνίες σας στη στήλη Ε."

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου, επειδή κάποιος μοιράστηκε ένα υπολογιστικό φύλλο μαζί σας από το Google Drive.
""" % doc
    html = """<html><body><table style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:600px">
<tr><td style="padding:20px 0;font-size:14px;color:#202124"><b>Μαρία Βλάχου</b> (<a href="mailto:m.vlachou@aegeanbluehotels.gr">m.vlachou@aegeanbluehotels.gr</a>) σας προσκάλεσε να επεξεργαστείτε το παρακάτω υπολογιστικό φύλλο:</td></tr>
<tr><td style="border:1px solid #dadce0;border-radius:8px;padding:16px;font-size:14px">
<p style="margin:0 0 8px 0;color:#3c4043">&laquo;Καλησπέρα, όπως συζητήσαμε, το πρόγραμμα επισκέψεων ανά ξενοδοχείο για το 2027. Συμπληρώστε τις ημερομηνίες σας στη στήλη Ε.&raquo;</p>
<p><a href="%s" style="color:#1a73e8;text-decoration:none">Πρόγραμμα επισκέψεων 2027 - Aegean Blue Hotels</a></p>
<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Άνοιγμα</a></p></td></tr>
<tr><td style="font-size:12px;color:#5f6368;padding-top:16px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Λαμβάνετε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου, επειδή κάποιος μοιράστηκε ένα υπολογιστικό φύλλο μαζί σας από το Google Drive.</td></tr>
</table></body></html>
""" % (esc(doc), esc(doc))
    body = alt(txt, html, "UTF-8", "quoted-printable")
    return make("b35", p, bt(2026, 11, 27, 12, 16, 30), "3mKqAZxQKCe0pjxHml.7Xdz7Oq-0BL2Cp2-Ay9Ap@doclist.bounces.google.com",
                S("gr_mgr")[1], ("%s (μέσω Google Drive)" % sharer[0], "drive-shares-dm-noreply@google.com"),
                (NATIVE["gr_mgr"], S("gr_mgr")[1]),
                "Υπολογιστικό φύλλο κοινοποιήθηκε μαζί σας: \"Πρόγραμμα επισκέψεων 2027 - Aegean Blue Hotels\"",
                body, reply_to=sharer, hdr_cs="UTF-8", hdr_enc="B")


@message("business", 36, "el", "esoteriko-adeia-ypaat-ypovlithike",
         "Internal note from the Greek office manager: the pest-control licence renewal was filed on gov.gr and the e-paravolo paid; warns about fake 'ministry' e-mails",
         "Internal relay from the manager's mailbox to the local accountant; refers to the official gov.gr procedure and the shared folder, no link")
def b36():
    p = infra.Internal()
    txt = """Ελένη, καλημέρα,

για ενημέρωση: η αίτηση ανανέωσης της άδειας άσκησης δραστηριότητας (απεντομώσεις - μυοκτονίες - απολυμάνσεις) υποβλήθηκε χθες μέσω gov.gr με τους κωδικούς TAXISnet της εταιρείας, αριθμός πρωτοκόλλου 2026/ΑΔ/77314. Το e-παράβολο πληρώθηκε μέσω web banking από τον λογαριασμό της Πειραιώς· την απόδειξη την έβαλα στον κοινόχρηστο φάκελο Λογιστήριο > Άδειες.

Η άδεια λήγει 31/12, οπότε είμαστε εντός προθεσμίας. Αν έρθει οποιοδήποτε email από «Υπουργείο» με σύνδεσμο για σύνδεση με TAXISnet, μην το ανοίξεις - η απάντηση θα έρθει στη θυρίδα του gov.gr.

Γιώργος

Giorgos Papadopoulos
Office Manager - Example Group Hellas
"""
    body = alt(txt, html_outlook(txt, "iso-8859-7", "EL"), "iso-8859-7", "quoted-printable")
    return make("b36", p, bt(2026, 11, 5, 8, 40, 12), S("gr_mgr")[1], S("gr_acc")[1], S("gr_mgr"), S("gr_acc"),
                "Ανανέωση άδειας ΥΠΑΑΤ - υποβλήθηκε", body, lang_tag="el-GR", hdr_cs="iso-8859-7", hdr_enc="B")
