"""Greek messages (attack 32-36, business 32-36)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
from banks import F
import files

AFM_EG = "801234560"
AFM_ATTIKI = "801771027"
AFM_ALEXIOU = "099812341"
PAPAKI = ("linux240.papaki.gr", "185.138.42.240")

A = []

# 32 AADE / myDATA phishing ---------------------------------------------------------------------
link32 = "https://mydata-aade.gr-taxisnet.com/login/?afm=%s&ref=MD-2026-11-4471" % AFM_EG
t32 = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων - myDATA

Αγαπητέ/ή φορολογούμενε,

Σας ενημερώνουμε ότι στην ηλεκτρονική πλατφόρμα myDATA εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των περιοδικών δηλώσεων ΦΠΑ της επιχείρησης:

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.
ΑΦΜ: %s
Περίοδος: 09/2026 - 10/2026
Αριθμός ασυμφωνιών: 14

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), εάν οι αποκλίσεις δεν διορθωθούν εντός 5 εργάσιμων ημερών, θα επιβληθεί αυτόματα πρόστιμο για κάθε μη διαβιβασθέν ή εσφαλμένο παραστατικό.

Για να δείτε και να διορθώσετε τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet:

[Σύνδεση στο myDATA](%s)

Με εκτίμηση,
ΑΑΔΕ - Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % (AFM_EG, link32)
h32 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f4f6f9">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003476;color:#fff;padding:16px 22px;font-size:17px"><b>ΑΑΔΕ</b> &middot; myDATA</td></tr>
<tr><td style="padding:22px;line-height:21px">
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Σας ενημερώνουμε ότι στην ηλεκτρονική πλατφόρμα myDATA εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των περιοδικών δηλώσεων ΦΠΑ της επιχείρησης:</p>
<p style="background:#eef2f8;padding:10px">Επωνυμία: <b>EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.</b><br>ΑΦΜ: %s<br>Περίοδος: 09/2026 - 10/2026<br>Αριθμός ασυμφωνιών: <b>14</b></p>
<p>Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), εάν οι αποκλίσεις δεν διορθωθούν εντός <b>5 εργάσιμων ημερών</b>, θα επιβληθεί αυτόματα πρόστιμο για κάθε μη διαβιβασθέν ή εσφαλμένο παραστατικό.</p>
<p>Για να δείτε και να διορθώσετε τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet:</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none">Σύνδεση στο myDATA</a></p>
<p>Με εκτίμηση,<br>ΑΑΔΕ - Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης</p></td></tr></table></body></html>
""" % (AFM_EG, link32)
A.append(M(
    id="32-el-aade-mydata-phish", folder="attack", lang="el", when="2026-11-13 08:55:41",
    route=I.postfix_host("mail.gr-taxisnet.com", "static.168.119.72.45.clients.your-server.de", "45.72.119.168",
                         "gr-taxisnet.com", mailer="phpmailer", tz="Europe/Athens"),
    frm=("ΑΑΔΕ - myDATA", "noreply@gr-taxisnet.com"), to=[s("gr_acc")],
    subject="myDATA: Αποκλίσεις στα διαβιβασθέντα παραστατικά - ΑΦΜ " + AFM_EG, hcs="iso-8859-7", henc="B",
    body=alt(txt(plain(t32, "esp"), "iso-8859-7", "quoted-printable"), html(h32, "iso-8859-7", "quoted-printable")),
    what="Fake AADE/myDATA notice of 14 discrepancies in e-invoice data with automatic fines; log in with TAXISnet credentials.",
    why="Domain gr-taxisnet.com (not aade.gr / gov.gr) on a Hetzner VPS with PHPMailer; TAXISnet credential phishing; fine threat with 5-day deadline; AADE does not e-mail login links (the company's outside accountant handles myDATA, business 32)."))

# 33 ACS courier customs fee via Mailgun ------------------------------------------------------------
link33 = "https://acs-gr.delivery-tracking.info/pay/7301842265"
t33 = """ACS Courier

Η αποστολή σας με αριθμό 7301842265 βρίσκεται σε αναμονή στο κέντρο διαλογής Αθηνών (Ασπρόπυργος).

Για την παράδοση απαιτείται η εξόφληση τελωνειακών τελών ύψους 1,85 €.

Μπορείτε να πληρώσετε με κάρτα έως 04/12/2026 και να επιλέξετε ημέρα παράδοσης:
[Πληρωμή και προγραμματισμός παράδοσης](%s)

Μετά την παρέλευση της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα.

Ευχαριστούμε,
ACS Courier""" % link33
h33 = simple_html(t33, font="Arial, sans-serif", size="14px")
A.append(M(
    id="33-el-acs-courier-customs-phish", folder="attack", lang="el", when="2026-12-01 12:40:16",
    route=I.mailgun("mg.delivery-tracking.info"), frm=("ACS Courier", "info@acs-gr.delivery-tracking.info"), to=[s("gr_mgr")],
    subject="ACS: Η αποστολή 7301842265 είναι σε αναμονή - εκκρεμούν τελωνειακά τέλη",
    body=alt(txt(plain(t33, "esp"), "utf-8", "base64"), html(h33, "utf-8", "base64")),
    what="Fake ACS Courier notice: parcel held, pay EUR 1.85 customs fees by card.",
    why="Not acscourier.net; Mailgun from a generic tracking domain; card phishing with a tiny fee and deadline; customs fees for domestic courier parcels are not collected by e-mail link."))

# 34 thread hijack from the catering supplier's compromised mailbox --------------------------------
q34 = """Καλησπέρα σας,

λάβαμε το τιμολόγιο 1184 για το catering των γυρισμάτων 9-13 Νοεμβρίου. Θα εξοφληθεί με την πληρωμή προμηθευτών της Παρασκευής.

Ευχαριστώ,
Ελένη Γεωργίου
Λογιστήριο | Example Group Hellas"""
t34 = """Καλησπέρα κα Γεωργίου,

σας ευχαριστούμε. Σας ενημερώνουμε ότι λόγω τακτικού ελέγχου στον λογαριασμό μας στην Εθνική Τράπεζα, τις επόμενες εβδομάδες οι πληρωμές θα γίνονται στον λογαριασμό της εταιρείας μας στην Κύπρο:

Δικαιούχος: ATTIKI CATERING IKE
Τράπεζα: Bank of Cyprus
IBAN: %s
BIC: BCYPCY2N

Παρακαλούμε, αν είναι δυνατόν, εξοφλήστε το τιμολόγιο 1184 (6.820,00 €) σήμερα σε αυτόν τον λογαριασμό και στείλτε μας το αποδεικτικό σε απάντηση αυτού του email.

Με εκτίμηση,
Αττική Catering Ι.Κ.Ε.
Λογιστήριο""" % F(B.ATTIKI_FAKE)
p34 = t34 + "\n\n> " + "\n> ".join(("Στις 24/11/2026 3:12 μ.μ., η Ελένη Γεωργίου έγραψε:\n" + q34).split("\n"))
A.append(M(
    id="34-el-thread-hijack-catering-bank-change", folder="attack", lang="el", when="2026-11-25 11:36:50",
    route=I.cpanel(*PAPAKI, tz="Europe/Athens", mailer="roundcube", src_ip="41.216.183.77"),
    frm=("Attiki Catering", "info@attiki-catering.gr"), to=[s("gr_acc")],
    reply_to=("Attiki Catering", "attiki.catering.logistirio@gmail.com"),
    subject="Re: Τιμολόγιο 1184 - catering γυρισμάτων Νοεμβρίου", irt="c14f2a9e0b7d4c61a3e85f2d907b1e46@EXCH02.corp.example.com",
    body=txt(p34, "utf-8", "quoted-printable", label="UTF-8", flowed=True),
    what="Reply in a real invoice thread from the catering supplier's mailbox: pay invoice 1184 today into a Cypriot account.",
    why="Supplier mailbox compromised (webmail login from a Nigerian IP on its papaki.gr cPanel host) with Reply-To diverted to a Gmail address; Greek company suddenly paid abroad; urgency; proof of payment by reply. Genuine Attiki mail with its NBG account: business 34."))

# 35 SharePoint share phish via SES -----------------------------------------------------------------
link35 = "https://examplegroup-my.sharepoint-docs.cloud/:x:/g/personal/Programma_gyrismaton_Dek2026.xlsx?e=dimitris.papadopoulos@example.com"
t35 = """Ο Νίκος Αλεξίου σας κοινοποίησε ένα αρχείο

«Εδώ είναι το τελικό πρόγραμμα γυρισμάτων και οι άδειες για τις τοποθεσίες του Δεκεμβρίου. Ρίξε μια ματιά πριν την Πέμπτη.»

Πρόγραμμα_γυρισμάτων_Δεκ2026.xlsx

[Άνοιγμα](%s)

Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από το Microsoft SharePoint Online.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % link35
h35 = """<html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#fff;font-family:'Segoe UI',Tahoma,sans-serif;color:#242424">
<table role="presentation" width="440" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0 12px;font-size:21px;font-weight:600">Ο Νίκος Αλεξίου σας κοινοποίησε ένα αρχείο</td></tr>
<tr><td style="padding:0 0 16px 10px;font-size:14px;border-left:3px solid #0078d4">«Εδώ είναι το τελικό πρόγραμμα γυρισμάτων και οι άδειες για τις τοποθεσίες του Δεκεμβρίου. Ρίξε μια ματιά πριν την Πέμπτη.»</td></tr>
<tr><td style="padding:12px;border:1px solid #e1e1e1;font-size:14px">Πρόγραμμα_γυρισμάτων_Δεκ2026.xlsx</td></tr>
<tr><td style="padding:18px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none;border-radius:4px;font-weight:600">Άνοιγμα</a></td></tr>
<tr><td style="padding:20px 0;font-size:11px;color:#616161">Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από το Microsoft SharePoint Online.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""" % link35
A.append(M(
    id="35-el-sharepoint-share-phish-ses", folder="attack", lang="el", when="2026-12-03 09:14:28",
    route=I.ses("eu-central-1", mail_from_domain="mail.sharepoint-docs.cloud"),
    frm=("Νίκος Αλεξίου (SharePoint)", "no-reply@sharepoint-docs.cloud"), to=[s("gr_mgr")],
    subject="Ο Νίκος Αλεξίου σας κοινοποίησε το «Πρόγραμμα_γυρισμάτων_Δεκ2026.xlsx»",
    body=alt(txt(t35, "utf-8", "quoted-printable"), html(h35, "utf-8", "quoted-printable")),
    what="Fake SharePoint sharing notification in the name of the freelance location manager, linking to a look-alike 'examplegroup-my' SharePoint host.",
    why="Sent via Amazon SES from sharepoint-docs.cloud, not from Microsoft; link host examplegroup-my.sharepoint-docs.cloud mimics the tenant's OneDrive URL (credential phishing); the freelancer uses otenet.gr mail and has no access to the tenant (business 33); genuine share notice: business 25."))

# 36 password-protected archive -------------------------------------------------------------------
zip36 = files.zip_placeholder("Προδιαγραφές_γυρίσματος_και_προϋπολογισμός.pdf.js", password="ADC2026",
                              when=(2026, 11, 27, 10, 2, 44), seed="36-el")
t36 = """Καλημέρα σας,

είμαστε διαφημιστική εταιρεία στην Αθήνα και ετοιμάζουμε τηλεοπτικό σποτ για πελάτη μας (αλυσίδα σούπερ μάρκετ) με γυρίσματα στο τέλος Ιανουαρίου.

Θα θέλαμε προσφορά για ενοικίαση στούντιο 2 ημερών με εξοπλισμό φωτισμού και συνεργείο. Στο συνημμένο αρχείο θα βρείτε τις προδιαγραφές, το σενάριο και τον προϋπολογισμό.

Για λόγους εμπιστευτικότητας του πελάτη το αρχείο είναι κλειδωμένο. Κωδικός: ADC2026

Παρακαλώ επιβεβαιώστε τη λήψη.

Με εκτίμηση,
Γιώργος Μαρκόπουλος
Account Director
AdCreative Athens"""
A.append(M(
    id="36-el-rfq-encrypted-zip", folder="attack", lang="el", when="2026-11-27 10:21:03",
    route=I.postfix_host("mail.adcreative-athens.com", "vps-2f81c55a.vps.ovh.net", "51.178.94.31",
                         "adcreative-athens.com", mailer="outlook", tz="Europe/Athens", user_agent="el"),
    frm=("Γιώργος Μαρκόπουλος", "g.markopoulos@adcreative-athens.com"), to=[s("gr_mgr")],
    subject="Αίτημα προσφοράς - ενοικίαση στούντιο για τηλεοπτικό σποτ", hcs="windows-1253", henc="B",
    body=mixed(alt(txt(t36, "windows-1253", "quoted-printable"), html(ohtml(t36, "windows-1253", lang="EL"), "windows-1253", "quoted-printable")),
               att("Αίτημα_προσφοράς_AdCreative.zip", "application/x-zip-compressed", zip36,
                   inner="Προδιαγραφές_γυρίσματος_και_προϋπολογισμός.pdf.js", zip_password="ADC2026")),
    what="Request for a studio-rental quote with 'specifications and budget' in a password-protected ZIP.",
    why="Encrypted archive with the password in the body (evades scanning) containing a .pdf.js script name; freshly registered-looking agency domain on an OVH VPS; generic brief with 'confidential client' pretext."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

pdf_b32 = files.pdf_doc([
    ("b", "Καραγιάννης & Συνεργάτες - Λογιστικό Γραφείο"), ("s", "Λεωφ. Αλεξάνδρας 88, 114 73 Αθήνα"), ("gap", 10),
    ("h", "Υπενθύμιση προθεσμιών Δεκεμβρίου 2026"), ("l", "Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. - ΑΦΜ " + AFM_EG), ("gap",),
    ("l", "- Διαβίβαση παραστατικών εσόδων Νοεμβρίου στο myDATA: έως 20/12/2026"),
    ("l", "- Περιοδική δήλωση ΦΠΑ Νοεμβρίου: έως 31/12/2026"),
    ("l", "- ΑΠΔ / μισθοδοσία Νοεμβρίου: έως 31/12/2026"), ("gap",),
    "Οι αποκλίσεις myDATA που μας στείλατε αφορούν 2 παραστατικά του Οκτωβρίου και έχουν ήδη διορθωθεί από εμάς.",
], title="Προθεσμίες Δεκεμβρίου", author="Karagiannis", producer="Microsoft® Word 2019", created="20261207120000+02'00'")
tb32 = """Καλημέρα Ελένη,

σου στέλνω συνημμένα τις προθεσμίες του Δεκεμβρίου. Τα παραστατικά εσόδων του Νοεμβρίου πρέπει να έχουν διαβιβαστεί στο myDATA έως τις 20/12· όσα εκδίδετε από το πρόγραμμα διαβιβάζονται αυτόματα, οπότε μένουν μόνο τα 3 χειρόγραφα που μου ανέφερες.

Οι δύο αποκλίσεις του Οκτωβρίου που είδαμε στην οθόνη «Αποκλίσεις» του myDATA διορθώθηκαν χθες από εμάς με τους κωδικούς του γραφείου.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει email με συνδέσμους για σύνδεση στο TAXISnet. Αν σας έρθει κάτι τέτοιο, προωθήστε το μου πριν κάνετε οτιδήποτε.

Καλή συνέχεια,
Σταύρος Καραγιάννης
Λογιστής - Φοροτεχνικός Α' τάξης
Καραγιάννης & Συνεργάτες
Τηλ. 210 645 3320"""
Bz.append(M(
    id="32-el-accountant-mydata-deadlines", folder="business", lang="el", when="2026-12-07 12:18:40",
    route=I.postfix_host("mail.karagiannis-logistiki.gr", "mail.karagiannis-logistiki.gr", "88.99.201.12",
                         "karagiannis-logistiki.gr", mailer="outlook", tz="Europe/Athens", user_agent="el"),
    frm=("Σταύρος Καραγιάννης", "office@karagiannis-logistiki.gr"), to=[s("gr_acc")],
    subject="Προθεσμίες Δεκεμβρίου - myDATA / ΦΠΑ", hcs="iso-8859-7", henc="B",
    body=mixed(txt(tb32, "iso-8859-7", "quoted-printable"),
               att("Prothesmies_Dekemvriou_2026.pdf", "application/pdf", pdf_b32, kind="text-only PDF")),
    what="The outside accountant sends the December tax deadlines and confirms myDATA discrepancies were corrected.",
    why="Known accounting firm on its own domain/server; no links; refers to the real myDATA workflow and warns about fake AADE mails.",
    hard_neg_of=(["32-el-aade-mydata-phish"], "myDATA discrepancies / AADE")))

pdf_b33 = files.pdf_doc([
    ("b", "Νικόλαος Αλεξίου - Location Manager"), ("s", "Μεσογείων 412, 153 42 Αγία Παρασκευή - ΑΦΜ " + AFM_ALEXIOU + " - ΔΟΥ Αγ. Παρασκευής"),
    ("gap", 10), ("h", "Τιμολόγιο Παροχής Υπηρεσιών Α-58"), ("l", "Ημερομηνία: 30/11/2026"),
    ("l", "Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε., ΑΦΜ " + AFM_EG), ("gap",),
    ("t", [(56, "Περιγραφή", True), (430, "Ποσό", True)]), ("rule",),
    ("t", [(56, "Αναζήτηση τοποθεσιών και άδειες γυρισμάτων, Νοέμβριος 2026", False), (430, "2.400,00 €", False)]),
    ("t", [(56, "ΦΠΑ 24%", False), (430, "576,00 €", False)]), ("t", [(56, "Παρακράτηση φόρου 20%", False), (430, "-480,00 €", False)]),
    ("rule",), ("t", [(56, "Πληρωτέο", True), (430, "2.496,00 €", True)]), ("gap", 10),
    ("l", "IBAN (Πειραιώς): " + F(B.ALEXIOU)), ("s", "MARK myDATA: 400001958273614"),
], title="ΤΠΥ Α-58", author="N. Alexiou", producer="Epsilon Smart", created="20261130190000+02'00'")
tb33 = """Καλησπέρα Δημήτρη,

σου στέλνω το τιμολόγιο για τον Νοέμβριο (αναζήτηση τοποθεσιών και άδειες για τα γυρίσματα στην Πλάκα και στο Μαρκόπουλο). Έχει διαβιβαστεί στο myDATA.

Ο λογαριασμός είναι ο ίδιος στην Πειραιώς.

Το πρόγραμμα γυρισμάτων του Δεκεμβρίου θα το έχεις την Τετάρτη, μόλις πάρω και την άδεια από τον Δήμο.

Φιλικά,
Νίκος Αλεξίου
6944 218 733"""
Bz.append(M(
    id="33-el-freelancer-invoice-otenet", folder="business", lang="el", when="2026-11-30 19:44:15",
    route=I.otenet(home_ip="94.66.148.21"), frm=c("alexiou"), to=[s("gr_mgr")], cc=[s("gr_acc")],
    subject="Τιμολόγιο Νοεμβρίου - locations", hcs="windows-1253", henc="B",
    body=mixed(alt(txt(tb33, "windows-1253", "quoted-printable"), html(ohtml(tb33, "windows-1253", lang="EL"), "windows-1253", "quoted-printable")),
               att("TPY_A-58_Alexiou.pdf", "application/pdf", pdf_b33, kind="text-only PDF invoice")),
    what="The freelance location manager sends his November service invoice from his otenet.gr mailbox.",
    why="Known freelancer address on OTE's mail service from a Greek home line; invoice registered in myDATA (MARK number); same Piraeus account as before; schedule 'will follow' by himself, not via SharePoint.",
    hard_neg_of=(["35-el-sharepoint-share-phish-ses"], "mail from / in the name of Nikos Alexiou about the shooting schedule")))

tb34 = """Αγαπητή κα Γεωργίου,

παρά την προηγούμενη υπενθύμισή μας, παραμένουν ανεξόφλητα τα εξής τιμολόγια:

- 1141 της 31/10/2026 (catering γυρισμάτων 20-24/10), 5.940,00 €
- 1184 της 14/11/2026 (catering γυρισμάτων 9-13/11), 6.820,00 €

Σύνολο: 12.760,00 €

Παρακαλούμε για την εξόφληση έως την Παρασκευή 11/12 στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα (IBAN %s). Σε διαφορετική περίπτωση δυστυχώς δεν θα μπορέσουμε να αναλάβουμε το catering των γυρισμάτων της 14ης Δεκεμβρίου.

Αν η πληρωμή έχει ήδη γίνει, αγνοήστε αυτό το μήνυμα ή στείλτε μας το αποδεικτικό. Για οποιαδήποτε απορία, καλέστε μας στο 210 957 4410.

Με εκτίμηση,
Μαρία Δημητρίου
Λογιστήριο
Αττική Catering Ι.Κ.Ε.
Θησέως 233, 176 75 Καλλιθέα - ΑΦΜ %s""" % (F(B.ATTIKI_OK), AFM_ATTIKI)
Bz.append(M(
    id="34-el-catering-reminder-supply-stop", folder="business", lang="el", when="2026-12-08 10:05:33",
    route=I.cpanel(*PAPAKI, tz="Europe/Athens", mailer="outlook", src_ip="94.69.211.40"),
    frm=("Μαρία Δημητρίου - Αττική Catering", "info@attiki-catering.gr"), to=[s("gr_acc")],
    subject="Υπενθύμιση ανεξόφλητων τιμολογίων 1141 & 1184", hcs="windows-1253", henc="B", importance="high",
    body=txt(tb34, "windows-1253", "8bit"),
    what="The catering supplier reminds of two unpaid invoices and will not cater the 14 Dec shoot unless paid.",
    why="Same papaki.gr host as the hijack but sent from a Greek IP via Outlook; known NBG account in Greece; phone number and invitation to ignore if already paid; normal dunning.",
    hard_neg_of=(["34-el-thread-hijack-catering-bank-change"], "Attiki Catering invoice 1184 payment")))

tb35 = """Λογαριασμός Microsoft

Ασυνήθιστη δραστηριότητα σύνδεσης

Εντοπίσαμε κάτι ασυνήθιστο σχετικά με μια πρόσφατη είσοδο στον λογαριασμό Microsoft di*****@example.com.

Λεπτομέρειες εισόδου
Χώρα/περιοχή: Ελλάδα
Διεύθυνση IP: 94.66.148.73
Ημερομηνία: 02/12/2026 21:14 (GMT)
Πλατφόρμα: iOS
Πρόγραμμα περιήγησης: Safari

Εάν ήσασταν εσείς, μπορείτε να αγνοήσετε αυτό το μήνυμα.

Εάν δεν ήσασταν εσείς, θα σας βοηθήσουμε να προστατεύσετε τον λογαριασμό σας. Ελέγξτε την πρόσφατη δραστηριότητα: https://account.live.com/Activity

Για να καταργήσετε την εγγραφή σας ή να αλλάξετε το πού λαμβάνετε ειδοποιήσεις ασφαλείας, κάντε κλικ εδώ: https://account.live.com/SecurityNotifications/Update

Ευχαριστούμε,
Η ομάδα λογαριασμών της Microsoft"""
hb35 = simple_html(tb35.replace("https://account.live.com/Activity", "[https://account.live.com/Activity](https://account.live.com/Activity)")
                   .replace("κάντε κλικ εδώ: https://account.live.com/SecurityNotifications/Update",
                            "[κάντε κλικ εδώ](https://account.live.com/SecurityNotifications/Update)"),
                   font="'Segoe UI', Tahoma, Verdana, Arial, sans-serif", size="14px")
Bz.append(M(
    id="35-el-microsoft-account-signin-genuine", folder="business", lang="el", when="2026-12-02 22:16:47",
    route=I.ms_notify("account"), frm=("Ομάδα λογαριασμών Microsoft", "account-security-noreply@accountprotection.microsoft.com"),
    to=[s("gr_mgr")], subject="Ασυνήθιστη δραστηριότητα σύνδεσης στον λογαριασμό Microsoft",
    body=alt(txt(tb35, "utf-8", "quoted-printable"), html(hb35, "utf-8", "quoted-printable")),
    what="Microsoft account unusual sign-in notice (Greek) for the Athens manager's personal Microsoft account registered with his work address.",
    why="From accountprotection.microsoft.com through Microsoft's outbound servers; links only to account.live.com; sign-in from a Greek IP, informational.",
    hard_neg_of=(["35-el-sharepoint-share-phish-ses", "05-de-quishing-mfa-reregistration"], "Microsoft account / sign-in themed mail")))

tb36 = """Αγαπητοί συνάδελφοι,

σας ενημερώνω ότι το γραφείο της Αθήνας θα παραμείνει κλειστό από την Πέμπτη 24/12 έως και την Παρασκευή 01/01. Θα επαναλειτουργήσουμε κανονικά τη Δευτέρα 04/01/2027.

- Οι πληρωμές προμηθευτών του Δεκεμβρίου θα γίνουν το αργότερο την Τρίτη 22/12. Τιμολόγια που θα έρθουν μετά θα εξοφληθούν τον Ιανουάριο.
- Για επείγοντα θέματα παραγωγής καλέστε με στο κινητό.
- Ο εξοπλισμός του στούντιο ασφαλίζεται στην αποθήκη έως τις 23/12.

Σας ευχαριστώ όλους για τη χρονιά και σας εύχομαι καλές γιορτές!

Δημήτρης Παπαδόπουλος
Example Group Hellas"""
Bz.append(M(
    id="36-el-internal-holiday-closure", folder="business", lang="el", when="2026-12-15 13:30:09",
    route=I.exchange_internal(user_ip="10.51.0.14"), frm=s("gr_mgr"), to=[("Γραφείο Αθήνας", "athina-oloi@example.com")],
    subject="Κλείσιμο γραφείου για τις γιορτές", hcs="iso-8859-7", henc="B",
    body=alt(txt(tb36, "iso-8859-7", "base64"), html(ohtml(tb36, "iso-8859-7", lang="EL"), "iso-8859-7", "base64")),
    what="Internal holiday-closure notice from the Athens office manager.",
    why="Internal Exchange/relay path, known sender, routine content, no links or attachments.",
    hard_neg_of=None))

BUSINESS = Bz
