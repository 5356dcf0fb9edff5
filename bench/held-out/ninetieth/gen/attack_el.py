# -*- coding: utf-8 -*-
"""Attack messages 32-36 (Greek)."""
from msgkit import *  # noqa: F401,F403


@message("attack", 32, "el", "aade-epistrofi-taxisnet",
         "Tax-office phishing: 'ΑΑΔΕ - myAADE' announces a VAT refund of EUR 1,284.60 that must be confirmed with TAXISnet credentials within 5 working days",
         "Refund bait from myaade-epistrofi.com via an abused Amazon SES account; AADE refunds are credited to the IBAN already registered and never need a TAXISnet login via a mailed link; deadline + loss threat; harvests TAXISnet credentials",
         pair="business 32",
         note="Genuine accountant mail about the same VAT period discusses myDATA figures, sent from his otenet.gr mailbox, no links")
def a32():
    p = infra.ESP(kind="ses", ses_region="eu-central-1")
    url = "https://myaade-epistrofi.com/taxisnet/login?afm=800937126"
    txt = """Αξιότιμε/η φορολογούμενε,

Μετά την εκκαθάριση της δήλωσης ΦΠΑ του Γ΄ τριμήνου 2026 προκύπτει υπέρ της επιχείρησής σας πιστωτικό υπόλοιπο προς επιστροφή ποσού 1.284,60 €.

ΑΦΜ: 800937126
Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.

Για να ολοκληρωθεί η πίστωση στον τραπεζικό σας λογαριασμό, πρέπει να επιβεβαιώσετε τα στοιχεία σας με τους κωδικούς TAXISnet εντός 5 εργάσιμων ημερών. Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται με μελλοντικές οφειλές.

Επιβεβαίωση στοιχείων: %s

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#003476;color:#fff;padding:14px 20px;font-size:18px"><b>ΑΑΔΕ</b> &middot; myAADE</div>
<div style="padding:20px">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Μετά την εκκαθάριση της δήλωσης ΦΠΑ του Γ΄ τριμήνου 2026 προκύπτει υπέρ της επιχείρησής σας πιστωτικό υπόλοιπο προς επιστροφή ποσού <b>1.284,60 €</b>.</p>
<p>ΑΦΜ: 800937126<br>Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.</p>
<p>Για να ολοκληρωθεί η πίστωση στον τραπεζικό σας λογαριασμό, πρέπει να επιβεβαιώσετε τα στοιχεία σας με τους κωδικούς TAXISnet εντός 5 εργάσιμων ημερών. Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται με μελλοντικές οφειλές.</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Επιβεβαίωση στοιχείων</a></p>
<p style="font-size:12px;color:#666">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></div></body></html>
""" % esc(url)
    body = alt(txt, html, "iso-8859-7", "quoted-printable")
    return make("a32", p, bt(2026, 10, 23, 9, 51, 2),
                "010701929a7c3e11-5b2f8d4a-6c1e-4a7b-9f3d-8e2a1c4b6d5f-000000@eu-central-1.amazonses.com",
                S("gr_acc")[1], ("ΑΑΔΕ - myAADE", "no-reply@myaade-epistrofi.com"), S("gr_acc"),
                "ΑΑΔΕ: Επιστροφή φόρου 1.284,60 € - απαιτείται επιβεβαίωση", body,
                hdr_cs="iso-8859-7", hdr_enc="B")


@message("attack", 33, "el", "piraeus-kyc-quishing",
         "Bank quishing: 'Τράπεζα Πειραιώς' demands a KYC update by 20/11 or business e-banking and outgoing payments will be restricted; the only link is a QR code in an attached PNG",
         "Bank name on a compromised coffee roaster's website mail (PHPMailer); 'update only from a mobile device - scan the QR' pushes the victim off the protected PC; QR (real, decodable) points to piraeus-kyc-update.com; payment-restriction threat")
def a33():
    p = infra.SMTPHost(mua="phpmailer", software="exim-local", host="gr-fast12.cloudhost.gr", host_ip="185.4.134.212",
                       rdns="gr-fast12.cloudhost.gr", helo="gr-fast12.cloudhost.gr", msgid_domain="kafekopteio-pafsilipo.gr",
                       zone="EE")
    url = "https://piraeus-kyc-update.com/m/?c=GR-EG-55187"
    txt = """Αγαπητέ πελάτη,

Σύμφωνα με το νομοθετικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), οφείλετε να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας (KYC) έως τις 20/11/2026. Διαφορετικά η πρόσβαση στο e-banking για επιχειρήσεις και οι εξερχόμενες πληρωμές θα περιοριστούν προσωρινά.

Για λόγους ασφαλείας η επικαιροποίηση γίνεται αποκλειστικά από κινητή συσκευή. Σαρώστε με την κάμερα του κινητού σας τον κωδικό QR που επισυνάπτεται και ακολουθήστε τα βήματα.

Ευχαριστούμε για τη συνεργασία,
Τράπεζα Πειραιώς
"""
    html = html_simple(txt, "windows-1253")
    body = multipart("mixed", [alt(txt, html, "windows-1253", "base64"),
                               qr_att(url, "KYC_Piraeus_QR.png", inline=False)])
    return make("a33", p, bt(2026, 11, 10, 8, 22, 45), "info@kafekopteio-pafsilipo.gr", S("gr_mgr")[1],
                ("Τράπεζα Πειραιώς", "info@kafekopteio-pafsilipo.gr"), S("gr_mgr"),
                "Piraeus Bank: Επικαιροποίηση στοιχείων επιχείρησης (KYC) έως 20/11/2026", body,
                hdr_cs="windows-1253", hdr_enc="B")


@message("attack", 34, "el", "acs-telonio-mailgun",
         "Courier/customs phishing: 'ACS Courier' says a parcel is held in customs at Aspropyrgos until EUR 3.20 is paid within 48 h",
         "ACS name on acs-courier-gr.com via Mailgun (ACS uses acscourier.net), card-data page behind a small fee, invented tracking number, return-to-sender threat",
         pair="business 34",
         note="Genuine ACS notification comes from acscourier.net via ACS's SES sender, links to acscourier.net tracking and asks for no payment")
def a34():
    p = infra.ESP(kind="mailgun", mg_domain="mg.acs-courier-gr.com")
    url = "https://acs-courier-gr.com/track/7203145587/pay"
    txt = """Αγαπητέ παραλήπτη,

η αποστολή με αριθμό 7203145587 από το εξωτερικό βρίσκεται σε τελωνειακό έλεγχο στο κέντρο διαλογής Ασπροπύργου. Για την ολοκλήρωση του εκτελωνισμού απαιτείται η καταβολή τελών ύψους 3,20 € εντός 48 ωρών.

Πληρωμή τελών: %s

Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier
""" % url
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#d71920;color:#fff;padding:12px 18px;font-size:20px;font-weight:bold">ACS</div>
<div style="padding:18px"><p>Αγαπητέ παραλήπτη,</p>
<p>η αποστολή με αριθμό <b>7203145587</b> από το εξωτερικό βρίσκεται σε τελωνειακό έλεγχο στο κέντρο διαλογής Ασπροπύργου. Για την ολοκλήρωση του εκτελωνισμού απαιτείται η καταβολή τελών ύψους <b>3,20 €</b> εντός 48 ωρών.</p>
<p><a href="%s" style="background:#d71920;color:#fff;padding:9px 20px;text-decoration:none">Πληρωμή τελών</a></p>
<p style="font-size:12px;color:#666">Μετά την παρέλευση της προθεσμίας η αποστολή θα επιστραφεί στον αποστολέα.<br>ACS Courier</p></div></body></html>
""" % esc(url)
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("a34", p, bt(2026, 11, 26, 13, 9, 54), "bounce+77ae10.5c2d-eleni.konstantinou=example.com@mg.acs-courier-gr.com",
                S("gr_acc")[1], ("ACS Courier", "noreply@acs-courier-gr.com"), S("gr_acc"),
                "ACS: Η αποστολή σας 7203145587 βρίσκεται σε τελωνειακό έλεγχο", body)


@message("attack", 35, "el", "google-drive-share-abuse",
         "Abused genuine service: a real Google Drive share notification; a Gmail account named 'Aegean Blue Hotels - Προμήθειες' shares a Google Drawing called 'RFQ 2027 - pest control (12 units)' and asks to sign in with the corporate e-mail",
         "Sent by Google's own infrastructure (passes sender checks) but the sharer is a Gmail impersonation of a real customer that uses its own domain aegeanbluehotels.gr; Drawings file as a click-through container to a credential page; note asks for corporate sign-in",
         pair="business 35",
         note="Genuine share comes from m.vlachou@aegeanbluehotels.gr (Workspace), a spreadsheet with the visit plan, no sign-in request")
def a35():
    p = infra.Service(kind="drive")
    doc = "https://docs.google.com/drawings/d/1Qx7HbR2kLmN8pZs4VtY0aWcE3uJ5gFi9oD6rTqK1yXz/edit?usp=sharing_eip&ts=674f1a2b"
    sharer = ("Aegean Blue Hotels - Προμήθειες", "aegeanblue.promitheies@gmail.com")
    txt = """Aegean Blue Hotels - Προμήθειες (aegeanblue.promitheies@gmail.com) σας προσκάλεσε να επεξεργαστείτε το παρακάτω σχέδιο:

Αίτημα προσφοράς 2027 - Απεντομώσεις & Μυοκτονίες (12 μονάδες)
%s

"Καλησπέρα σας, παρακαλούμε για την προσφορά σας έως 10/12. Οι τεχνικές προδιαγραφές και οι κατόψεις βρίσκονται στο έγγραφο (πατήστε «Προβολή εγγράφου» και συνδεθείτε με το εταιρικό σας email)."

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου, επειδή κάποιος μοιράστηκε ένα έγγραφο μαζί σας από το Google Drive.
""" % doc
    html = """<html><body><table style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:600px">
<tr><td style="padding:20px 0;font-size:14px;color:#202124"><b>Aegean Blue Hotels - Προμήθειες</b> (<a href="mailto:aegeanblue.promitheies@gmail.com">aegeanblue.promitheies@gmail.com</a>) σας προσκάλεσε να επεξεργαστείτε το παρακάτω σχέδιο:</td></tr>
<tr><td style="border:1px solid #dadce0;border-radius:8px;padding:16px;font-size:14px">
<p style="margin:0 0 8px 0;color:#3c4043">&laquo;Καλησπέρα σας, παρακαλούμε για την προσφορά σας έως 10/12. Οι τεχνικές προδιαγραφές και οι κατόψεις βρίσκονται στο έγγραφο (πατήστε «Προβολή εγγράφου» και συνδεθείτε με το εταιρικό σας email).&raquo;</p>
<p><a href="%s" style="color:#1a73e8;text-decoration:none">Αίτημα προσφοράς 2027 - Απεντομώσεις &amp; Μυοκτονίες (12 μονάδες)</a></p>
<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Άνοιγμα</a></p></td></tr>
<tr><td style="font-size:12px;color:#5f6368;padding-top:16px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Λαμβάνετε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου, επειδή κάποιος μοιράστηκε ένα έγγραφο μαζί σας από το Google Drive.</td></tr>
</table></body></html>
""" % (esc(doc), esc(doc))
    body = alt(txt, html, "UTF-8", "quoted-printable")
    return make("a35", p, bt(2026, 12, 1, 18, 40, 21), "3Xk1aZxQKCf4sd0Fqk.8Aeg8Ru-1EP3Dq3-Bz0Bq@doclist.bounces.google.com",
                S("gr_mgr")[1], ("%s (μέσω Google Drive)" % sharer[0], "drive-shares-dm-noreply@google.com"),
                S("gr_mgr"), "Σχέδιο κοινοποιήθηκε μαζί σας: \"Αίτημα προσφοράς 2027 - Απεντομώσεις & Μυοκτονίες (12 μονάδες)\"",
                body, reply_to=sharer, hdr_cs="UTF-8", hdr_enc="B")


@message("attack", 36, "el", "ypaat-adeia-ananeosi-taxisnet",
         "Regulator phishing: 'ΥΠΑΑΤ' (Ministry of Rural Development) says the pest-control operating licence expires and must be renewed on a 'digital licensing platform' with TAXISnet credentials",
         "Ministry look-alike ypaat-adeiodotisi.gr (real: minagric.gr / gov.gr) on a VPS; TAXISnet OAuth is only on gsis.gr; licence-suspension and fine threat with a short deadline; harvests TAXISnet credentials",
         pair="business 36",
         note="Genuine internal note says the renewal was filed on gov.gr and the e-paravolo paid - no mailed link")
def a36():
    p = infra.SMTPHost(mua="roundcube", software="postfix-local", host="mail.ypaat-adeiodotisi.gr",
                       host_ip="94.131.108.71", rdns="94-131-108-71.static.hostiq.ua", zone="EE")
    url = "https://ypaat-adeiodotisi.gr/gsis/oauth2/login?afm=800937126"
    txt = """Προς: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.

Σας ενημερώνουμε ότι η άδεια άσκησης δραστηριότητας της επιχείρησής σας για εφαρμογές βιοκτόνων (απεντομώσεις, μυοκτονίες, απολυμάνσεις) λήγει στις 30/11/2026. Σύμφωνα με τη νέα διαδικασία ψηφιακής αδειοδότησης, η ανανέωση υποβάλλεται ηλεκτρονικά μέσω της πλατφόρμας του Υπουργείου με χρήση κωδικών TAXISnet.

Για να αποφύγετε αναστολή εργασιών και επιβολή προστίμου, υποβάλετε την αίτηση ανανέωσης έως τις 20/11/2026:
%s

Τα απαιτούμενα δικαιολογητικά (βεβαιώσεις εκπαίδευσης των υπευθύνων εφαρμογής) μεταφορτώνονται στην ίδια πλατφόρμα.

Με εκτίμηση,
Διεύθυνση Προστασίας Φυτικής Παραγωγής
Υπουργείο Αγροτικής Ανάπτυξης και Τροφίμων
""" % url
    body = text(txt, "plain", "iso-8859-7", "8bit", flowed=True, quote=False)
    return make("a36", p, bt(2026, 11, 4, 10, 11, 37), "adeies@ypaat-adeiodotisi.gr", S("gr_mgr")[1],
                ("ΥΠΑΑΤ - Τμήμα Αδειοδοτήσεων", "adeies@ypaat-adeiodotisi.gr"), S("gr_mgr"),
                "Ανανέωση άδειας άσκησης δραστηριότητας απεντομώσεων-μυοκτονιών - Αρ. Πρωτ. 184227",
                body, user_ip="94.131.108.71", hdr_cs="iso-8859-7", hdr_enc="B")
