"""Attack messages, Greek (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, qr_att, b64s, b64url
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 32 AADE myDATA
afm = TAX['eg_gr']
url32 = 'https://mydata-aade.gr-gov.info/login?afm=%s&ref=ΑΠ-2026-118842'.replace('ΑΠ', 'AP') % afm
p32 = """Αξιότιμε/η φορολογούμενε,

Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για το γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που εκδόθηκαν από την επιχείρησή σας (ΑΦΜ %s) και των αντίστοιχων χαρακτηρισμών των ληπτών: 12 παραστατικά, συνολικής καθαρής αξίας 38.412,60 €.

Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (Κώδικας Φορολογικής Διαδικασίας), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Παρακαλούμε να εξετάσετε τις αποκλίσεις και να προβείτε στις απαιτούμενες διορθώσεις εντός 5 εργάσιμων ημερών.

Προβολή αποκλίσεων (είσοδος με κωδικούς TAXISnet): %s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Διεύθυνση Ηλεκτρονικής Διακυβέρνησης

Το μήνυμα αυτό είναι αυτόματο. Παρακαλούμε μην απαντάτε.
""" % (afm, url32)
h32 = T.brand_html('ΑΑΔΕ', 'Αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA', [
    'Αξιότιμε/η φορολογούμενε,',
    'Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για το γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που εκδόθηκαν από την επιχείρησή σας (ΑΦΜ %s) και των αντίστοιχων χαρακτηρισμών των ληπτών: <b>12 παραστατικά, συνολικής καθαρής αξίας 38.412,60 €</b>.' % afm,
    'Σύμφωνα με το άρθρο 54 του ν. 4987/2022 (Κώδικας Φορολογικής Διαδικασίας), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Παρακαλούμε να εξετάσετε τις αποκλίσεις και να προβείτε στις απαιτούμενες διορθώσεις εντός 5 εργάσιμων ημερών.'],
    'Είσοδος με κωδικούς TAXISnet', url32, color='#003476', charset='iso-8859-7', logo_text='ΑΑΔΕ · myDATA',
    footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Το μήνυμα αυτό είναι αυτόματο. Παρακαλούμε μην απαντάτε.')
add(Mail(
    'aade-mydata-apokliseis', '2026-11-13 09:26:40', MAIL['gr_acc'],
    I.ses(region='eu-south-1', mail_from='mail.aade-mydata.gr.com'),
    ('ΑΑΔΕ - myDATA', 'noreply@aade-mydata.gr.com'),
    'Αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA - ΑΦΜ %s' % afm,
    alt(p32, h32, 'iso-8859-7', 'quoted-printable'),
    rcpt_name='Eleni Konstantinou', hcs='iso-8859-7', henc='B', sent_delta=2,
    what='"AADE" reports discrepancies in the company\'s myDATA e-invoice transmissions and threatens a fine; link to log in with TAXISnet credentials.',
    why='Look-alike domain aade-mydata.gr.com via Amazon SES (real: aade.gr / mydata.aade.gr); TAXISnet credential harvesting with a fine threat.',
    tags=('credential phishing: national tax office / e-invoicing', 'bulk ESP abuse (Amazon SES)', 'look-alike domain')))

# ---------------------------------------------------------------- 33 ACS courier
url33 = 'https://acs-courier-gr.com/track/7412558012?c=1.85'
p33 = """Αγαπητέ πελάτη,

Η αποστολή με αριθμό 7412558012 (αποστολέας: GUMMIWERK NORD GMBH, 2 τεμάχια) δεν κατέστη δυνατό να παραδοθεί σήμερα λόγω ελλιπών στοιχείων διεύθυνσης.

Για να προγραμματιστεί νέα παράδοση, παρακαλούμε επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής (1,85 €) έως 27/11/2026. Μετά την προθεσμία η αποστολή θα επιστραφεί στον αποστολέα.

Επιβεβαίωση διεύθυνσης: %s

ACS Courier – Εξυπηρέτηση Πελατών
""" % url33
h33 = T.brand_html('ACS', 'Η αποστολή σας δεν παραδόθηκε', [
    'Αγαπητέ πελάτη,',
    'Η αποστολή με αριθμό <b>7412558012</b> (αποστολέας: GUMMIWERK NORD GMBH, 2 τεμάχια) δεν κατέστη δυνατό να παραδοθεί σήμερα λόγω ελλιπών στοιχείων διεύθυνσης.',
    'Για να προγραμματιστεί νέα παράδοση, παρακαλούμε επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής (<b>1,85 €</b>) έως 27/11/2026. Μετά την προθεσμία η αποστολή θα επιστραφεί στον αποστολέα.'],
    'Επιβεβαίωση διεύθυνσης', url33, color='#d71920', charset='windows-1253', logo_text='ACS Courier',
    footer='ACS Courier – Εξυπηρέτηση Πελατών')
add(Mail(
    'acs-courier-telos-epanapostolis', '2026-11-25 18:05:12', MAIL['gr_mgr'],
    I.brevo(),
    ('ACS Courier', 'info@acs-courier-gr.com'),
    'ACS: Η αποστολή σας 7412558012 δεν παραδόθηκε – απαιτείται ενέργεια',
    alt(p33, h33, 'windows-1253', 'base64'),
    rcpt_name='Georgios Papadopoulos', hcs='utf-8', henc='B', sent_delta=2,
    what='"ACS Courier" says a parcel could not be delivered and asks for a 1.85 EUR redelivery fee.',
    why='Look-alike domain acs-courier-gr.com via Brevo (real: acscourier.net); card-data phishing with a small fee.',
    tags=('credential/payment phishing: courier', 'bulk ESP abuse (Brevo)', 'look-alike domain')))

# ---------------------------------------------------------------- 34 thread hijack from compromised customer mailbox
url34 = 'https://1drv-ms.onedrive-share-files.com/f/s!Ak7nP2xQ?e=' + b64url(MAIL['gr_mgr'])
p34 = """Καλησπέρα κύριε Παπαδόπουλε,

σας στέλνω την τελική παραγγελία για τον Δεκέμβριο μαζί με το αποδεικτικό της προκαταβολής. Επειδή τα αρχεία είναι μεγάλα, τα ανέβασα στο OneDrive:

%s

Θα σας ζητήσει να συνδεθείτε με το εταιρικό σας email για να ανοίξουν τα αρχεία.

Ευχαριστώ,
Νίκος Γεωργίου
Ελαστικά Βορείου Ελλάδος
Κιλκίς

Στις 02/12/2026 10:14, Γεώργιος Παπαδόπουλος έγραψε:
> Καλημέρα κύριε Γεωργίου,
> λάβαμε την παραγγελία σας, θα σας στείλουμε επιβεβαίωση με τις ημερομηνίες παράδοσης.
> Με εκτίμηση,
> Γεώργιος Παπαδόπουλος
> Example Group Hellas
""" % url34
add(Mail(
    'otenet-hijack-onedrive-paraggelia', '2026-12-03 21:48:33', MAIL['gr_mgr'],
    I.own_server('mail-out11.otenet.gr', 'mail-out11.otenet.gr', '83.235.69.41',
                 client_ip='83.235.69.41', mua='roundcube', webmail=True, date_zone='GR',
                 domain='otenet.gr', ua='Roundcube Webmail/1.5.6', http_ip='102.89.45.12'),
    ('Νίκος Γεωργίου', 'n.georgiou@otenet.gr'),
    'Re: Παραγγελία ελαστικών Δεκεμβρίου',
    Text(p34, 'plain', 'utf-8', 'quoted-printable', params='format=flowed'),
    reply_to=('Νίκος Γεωργίου', 'n.georgiou.elastika@gmail.com'),
    rcpt_name='Georgios Papadopoulos', hcs='utf-8', henc='Q', sent_delta=3,
    irt='<1bc0e1f7d44a4b9b8d0b51c2e77a9f30@EXMBX01.corp.example.com>',
    refs='<a7c3e1d95b2f4e08c91f6d2a3b4c5e7f@otenet.gr> <1bc0e1f7d44a4b9b8d0b51c2e77a9f30@EXMBX01.corp.example.com>',
    what='Reply in an order thread from a real Greek customer\'s OTEnet mailbox: order and down-payment proof "on OneDrive", sign in with the company e-mail account.',
    why='Compromised partner mailbox (genuine OTEnet web mail, late evening), Reply-To diverted to a Gmail look-alike, link to a fake OneDrive host that harvests Microsoft 365 credentials.',
    tags=('thread hijack (compromised partner mailbox)', 'credential phishing: Microsoft 365', 'Reply-To diversion')))

# ---------------------------------------------------------------- 35 Eurobank KYC
url35 = 'https://eurobank-business-kyc.com/login?ref=KYC-GR-%s' % afm
p35 = """Αγαπητέ πελάτη,

Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη και καταστολή της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), είναι απαραίτητη η επικαιροποίηση των στοιχείων της επιχείρησής σας EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. έως 15/12/2026.

Σε περίπτωση μη επικαιροποίησης, η πρόσβαση στο Eurobank Business Banking και η εκτέλεση πληρωμών θα περιοριστούν προσωρινά.

Η διαδικασία ολοκληρώνεται ηλεκτρονικά σε λίγα λεπτά: %s

Ευχαριστούμε για τη συνεργασία,
Eurobank Business Banking
"""  % url35
h35 = T.brand_html('Eurobank', 'Υποχρεωτική επικαιροποίηση στοιχείων', [
    'Αγαπητέ πελάτη,',
    'Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη και καταστολή της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), είναι απαραίτητη η επικαιροποίηση των στοιχείων της επιχείρησής σας <b>EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.</b> έως <b>15/12/2026</b>.',
    'Σε περίπτωση μη επικαιροποίησης, η πρόσβαση στο Eurobank Business Banking και η εκτέλεση πληρωμών θα περιοριστούν προσωρινά.'],
    'Επικαιροποίηση στοιχείων', url35, color='#0a3a7e', logo_text='Eurobank Business Banking',
    footer='Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε.')
add(Mail(
    'eurobank-kyc-epikairopoiisi', '2026-12-07 11:02:27', MAIL['gr_acc'],
    I.exim_cpanel('gr-cp14.webhost-hellas.gr', '94.130.214.61', client_ip='127.0.0.1', phpmailer=True,
                  date_zone='GR', cpuser='kafenei'),
    ('Eurobank', 'info@kafeneio-ladadika.gr'),
    'Eurobank Business Banking: Υποχρεωτική επικαιροποίηση στοιχείων (KYC) έως 15/12/2026',
    alt(p35, h35, 'utf-8', 'base64'),
    rcpt_name='Eleni Konstantinou', henc='B', sent_delta=2,
    what='"Eurobank" demands a KYC update of the company\'s data by 15/12 or online banking will be restricted.',
    why='Display-name spoofing from a compromised café website (PHP mailer on shared hosting); link to eurobank-business-kyc.com harvests e-banking credentials and OTPs.',
    tags=('credential phishing: bank', 'compromised website (PHPMailer)', 'display-name spoofing')))

# ---------------------------------------------------------------- 36 payroll QR
url36 = 'https://examplegroup-hr.com/m365/login?u=' + b64url(MAIL['gr_mgr']) + '&s=bonus2026'
p36 = """Αγαπητέ/ή συνάδελφε,

Ενόψει της καταβολής του Δώρου Χριστουγέννων 2026 (έως 21/12) και της ενημέρωσης του ΕΡΓΑΝΗ ΙΙ, το Τμήμα Μισθοδοσίας του Ομίλου επικαιροποιεί τα τραπεζικά στοιχεία όλων των εργαζομένων.

Παρακαλούμε σαρώστε τον κωδικό QR του συνημμένου με την κάμερα του κινητού σας και συνδεθείτε με τον εταιρικό λογαριασμό Microsoft 365 για να επιβεβαιώσετε τα στοιχεία σας έως 04/12/2026. Εργαζόμενοι που δεν θα ολοκληρώσουν την επιβεβαίωση ενδέχεται να πληρωθούν με καθυστέρηση.

Τμήμα Μισθοδοσίας
Example Group
"""
add(Mail(
    'misthodosia-doro-qr', '2026-12-01 08:19:50', MAIL['gr_mgr'],
    I.mailgun(mgdomain='mg.examplegroup-hr.com'),
    ('Τμήμα Μισθοδοσίας | Example Group', 'payroll@examplegroup-hr.com'),
    'Δώρο Χριστουγέννων 2026 – Επιβεβαίωση στοιχείων μισθοδοσίας',
    mixed(alt(p36, T.simple_html(p36, 'windows-1253'), 'windows-1253', 'quoted-printable'),
          qr_att('Odigies_Epivevaiosis_Misthodosias.png', url36)),
    rcpt_name='Georgios Papadopoulos', hcs='windows-1253', henc='Q', sent_delta=2,
    what='"Group payroll" asks staff to confirm their bank data for the Christmas bonus by scanning an attached QR code and signing in with Microsoft 365.',
    why='Quishing with HR pretext from look-alike domain examplegroup-hr.com via Mailgun; the QR code decodes to %s (credential phishing); local payroll never collects data this way.' % url36,
    tags=('quishing (QR code)', 'credential phishing: Microsoft 365', 'internal HR/payroll impersonation', 'bulk ESP abuse (Mailgun)')))
