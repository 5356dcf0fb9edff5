# -*- coding: utf-8 -*-
"""Greek attack (32-36) and business (32-36) messages."""
from common import *
from lib.infra import (mailgun, vps_postfix, cpanel_php, gmail, outlook_hosted, zimbra, internal, hexs, alnum, postfix_qid)
from lib.mime import rfc2822, plus

ATTACKS, BUSINESS = [], []
KAR_SIG = ('Αφοί Καραγιάννη Ο.Ε.\nΕμπορία πετρελαιοειδών\nΕθνική Οδός Λιβαδειάς–Δελφών, 32100 Λιβαδειά\n'
           'Τηλ. 22610 28 470 · ΑΦΜ %s · ΔΟΥ Λιβαδειάς' % IDS['karag_afm'])

# 32 AADE myDATA credential phishing via Mailgun
A32 = 'https://aade-mydata.gr.com/myaade/login?ref=2026441873'
t32 = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων – myDATA

Αξιότιμε/η κύριε/κυρία,

σας ενημερώνουμε ότι κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για τη φορολογική περίοδο Ιουλίου–Σεπτεμβρίου 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε και των αντίστοιχων εξόδων των αντισυμβαλλομένων σας (14 παραστατικά, συνολικής αξίας 18.742,60 €).

Παρακαλούμε να προβείτε σε διόρθωση ή αιτιολόγηση εντός 5 εργάσιμων ημερών. Σε αντίθετη περίπτωση θα επιβληθεί πρόστιμο σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.

[Προβολή αποκλίσεων – Σύνδεση με κωδικούς Taxisnet](%s)

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""" % A32
h32 = notice_html('Ειδοποίηση αποκλίσεων myDATA 2026/441873', [
    'Αξιότιμε/η κύριε/κυρία,',
    'σας ενημερώνουμε ότι κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για τη φορολογική περίοδο Ιουλίου–Σεπτεμβρίου 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβιβάσατε και των αντίστοιχων εξόδων των αντισυμβαλλομένων σας (14 παραστατικά, συνολικής αξίας 18.742,60 €).',
    'Παρακαλούμε να προβείτε σε διόρθωση ή αιτιολόγηση εντός 5 εργάσιμων ημερών. Σε αντίθετη περίπτωση θα επιβληθεί πρόστιμο σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.'],
    button=('Σύνδεση με κωδικούς Taxisnet', A32), footer=['Ανεξάρτητη Αρχή Δημοσίων Εσόδων', 'Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.'],
    brand='ΑΑΔΕ – myDATA', color='#003476', lang='el')
ATTACKS.append(M(
    folder='attack', n=32, lang='el', slug='aade-mydata-phishing-taxisnet',
    when=('EE', 2026, 10, 21, 9, 40, 0),
    prof=lambda u, r: mailgun(u, r, 'mg.aade-mydata.gr.com'),
    frm=('ΑΑΔΕ – myDATA', 'noreply@aade-mydata.gr.com'), to=[SN('eleni.georgiou')],
    return_path='bounce+3f1a7c.9d2e-eleni.georgiou=examplegroup.eu@mg.aade-mydata.gr.com',
    subject='myDATA: Εντοπίστηκαν αποκλίσεις στα διαβιβασθέντα παραστατικά – Ειδοποίηση 2026/441873', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t32, 'UTF-8', 'base64', html=h32),
    technique='National tax-office / e-invoicing (AADE myDATA) credential phishing for Taxisnet via Mailgun',
    what='"AADE" reports myDATA mismatches for Q3 and links to a Taxisnet login to "view" them, with a 5-day deadline.',
    why='Look-alike domain aade-mydata.gr.com (a CentralNic sub-domain, not aade.gr / gov.gr) via Mailgun; AADE does not send Taxisnet login links; fine threat; harvests Taxisnet credentials.',
    hardneg='business 34'))

# 33 Heating-oil supplier bank change from look-alike domain
t33 = """Καλημέρα κυρία Γεωργίου,

σας ενημερώνουμε ότι λόγω ελέγχου που διενεργείται στον λογαριασμό μας στην Τράπεζα Πειραιώς, οι πληρωμές προς την εταιρεία μας θα γίνονται προσωρινά στον παρακάτω λογαριασμό της Eurobank:

Δικαιούχος: ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε.
IBAN: %s

Παρακαλώ να εξοφλήσετε σήμερα τα τιμολόγια 4471 και 4489 (σύνολο 12.380,40 €), ώστε να προγραμματίσουμε την επόμενη παράδοση πετρελαίου θέρμανσης στην Αράχωβα πριν από τα χιόνια της Παρασκευής. Στείλτε μου το αποδεικτικό σε απάντηση αυτού του μηνύματος.

Με εκτίμηση,
Γιώργος Καραγιάννης
%s""" % (fi(BANK['karag_fraud']), KAR_SIG)
ATTACKS.append(M(
    folder='attack', n=33, lang='el', slug='promitheftis-petrelaiou-allagi-iban-lookalike',
    when=('EE', 2026, 11, 17, 11, 20, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.karagiannis-fuels.gr', 'vps-4e8a1d2c.vps.ovh.net', '141.94.212.37', '197.210.84.61',
                                  auth_user='info@karagiannis-fuels.gr', domain='karagiannis-fuels.gr', zone='EE', lang='el'),
    frm=('Γιώργος Καραγιάννης', 'info@karagiannis-fuels.gr'), to=[SN('eleni.georgiou')], cc=[SN('nikos.papadakis')],
    subject='Νέος τραπεζικός λογαριασμός – Αφοί Καραγιάννη Ο.Ε.', hcs=('windows-1253', 'B'),
    body=lambda c: ALT(c, t33, 'windows-1253', 'quoted-printable', style='outlook', lang='EL'),
    technique='Vendor bank-detail change (BEC) from look-alike supplier domain',
    what='"Heating-oil supplier" asks to pay two invoices today to a "temporary" Eurobank account, tying it to the next delivery before snowfall.',
    why='karagiannis-fuels.gr instead of karagiannis-fuel.gr, OVH VPS with a Nigerian client IP; "temporary" account because of a "bank audit"; same-day payment pressure linked to heating supply; the genuine supplier confirms the Piraeus account (business 32).',
    hardneg='business 32'))

# 34 ELTA Courier redelivery-fee phishing from a compromised website
E34 = 'https://elta-courier-gr.delivery-reschedule.com/gr/EK483920175GR'
t34 = """ΕΛΤΑ Courier

Αγαπητέ πελάτη,

η αποστολή σας με αριθμό ΕΚ483920175GR δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης (Αράχωβα Βοιωτίας, Τ.Κ. 32004). Η αποστολή παραμένει στο κατάστημα Λιβαδειάς για 3 ημέρες.

Για την επαναδρομολόγηση απαιτείται επιβεβαίωση της διεύθυνσης και καταβολή τέλους επαναποστολής 1,99 €.

[Επιβεβαίωση διεύθυνσης και πληρωμή](%s)

ΕΛΤΑ Courier Α.Ε.""" % E34
h34 = notice_html('Η αποστολή σας δεν παραδόθηκε', [
    'Αγαπητέ πελάτη,',
    'η αποστολή σας με αριθμό ΕΚ483920175GR δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης (Αράχωβα Βοιωτίας, Τ.Κ. 32004). Η αποστολή παραμένει στο κατάστημα Λιβαδειάς για 3 ημέρες.',
    'Για την επαναδρομολόγηση απαιτείται επιβεβαίωση της διεύθυνσης και καταβολή τέλους επαναποστολής 1,99 €.'],
    button=('Επιβεβαίωση διεύθυνσης και πληρωμή', E34), footer=['ΕΛΤΑ Courier Α.Ε.'], brand='ΕΛΤΑ Courier', color='#f7a800', lang='el')
ATTACKS.append(M(
    folder='attack', n=34, lang='el', slug='elta-courier-telos-epanapostolis',
    when=('EE', 2026, 12, 8, 13, 5, 0),
    prof=lambda u, r: cpanel_php(u, r, 'cp-45.webhostbox.net', '162.241.85.97', 'athensyo', 'athensyogastudio.gr',
                                 'wp-content/plugins/contact-form-7/includes/.mail.php', zone='UTC'),
    frm=('ΕΛΤΑ Courier', 'no-reply@athensyogastudio.gr'), to=[SN('nikos.papadakis')],
    return_path='athensyo@cp-45.webhostbox.net',
    subject='ΕΛΤΑ Courier: Η αποστολή σας ΕΚ483920175GR δεν παραδόθηκε', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t34, 'UTF-8', 'quoted-printable', html=h34),
    technique='Courier redelivery-fee card phishing (ELTA Courier) from a compromised website',
    what='"ELTA Courier" asks for a 1.99 EUR redelivery fee via a link.',
    why='Sent by a PHP script on a hacked yoga-studio site; display-name spoof; look-alike payment domain; small fee to steal card data; 3-day pressure.',
    hardneg=None))

# 35 "Piraeus Bank" SWIFT confirmation with HTML credential form
html35 = credential_form_html('winbank – Προβολή εγγράφου MT103', 'Προβολή εγγράφου SWIFT MT103',
                              'Για λόγους ασφαλείας, συνδεθείτε με τους κωδικούς winbank για να προβάλετε το έγγραφο.',
                              'https://piraeusbank-swift.com/winbank/doc/verify.php', 'eleni.georgiou@examplegroup.eu',
                              [('Όνομα χρήστη (Username)', 'user', 'text', ''), ('Κωδικός πρόσβασης', 'pass', 'password', ''),
                               ('Κωδικός μίας χρήσης (OTP/SMS)', 'otp', 'text', '')],
                              'Σύνδεση', lang='el', logo='Τράπεζα Πειραιώς · winbank', brand_color='#004b87',
                              note='MT103_PIRBGRAA_0047318.pdf · Κρυπτογραφημένο έγγραφο')
t35 = """Αγαπητέ πελάτη,

σας ενημερώνουμε ότι έχει ληφθεί εισερχόμενο έμβασμα υπέρ της εταιρείας σας, ποσού 28.560,00 EUR, από ALPINE SCHOOL TOURS LTD (Λονδίνο), το οποίο τελεί υπό έλεγχο συμμόρφωσης.

Για την αποδέσμευση του ποσού απαιτείται η επιβεβαίωση των στοιχείων του λογαριασμού σας μέσω του συνημμένου αντιγράφου SWIFT MT103.

Το συνημμένο έγγραφο είναι κρυπτογραφημένο για λόγους ασφαλείας. Για την προβολή του απαιτείται σύνδεση με τους κωδικούς winbank.

Με εκτίμηση,
Τμήμα Εμβασμάτων Εξωτερικού
Τράπεζα Πειραιώς"""
ATTACKS.append(M(
    folder='attack', n=35, lang='el', slug='trapeza-swift-mt103-html-syndesi',
    when=('EE', 2026, 11, 2, 10, 12, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.piraeusbank-swift.com', 'server1.piraeusbank-swift.com', '45.144.31.202', '127.0.0.1',
                                  submit_rdns='localhost', auth_user='swift.notifications@piraeusbank-swift.com', client_style='script',
                                  domain='piraeusbank-swift.com', zone='EE'),
    frm=('Piraeus Bank - Trade Services', 'swift.notifications@piraeusbank-swift.com'), to=[SN('eleni.georgiou')],
    subject='Επιβεβαίωση εισερχόμενου εμβάσματος SWIFT - Αναφ. PIRBGRAA-2611-0047318', hcs=('iso-8859-7', 'B'),
    body=lambda c: MIX(c, T(t35, 'iso-8859-7', 'base64'),
                       [ATT(html35.encode('utf-8'), 'MT103_PIRBGRAA_0047318.html', 'text/html', cs='utf-8')]),
    technique='Banking credential + OTP phishing with HTML attachment (fake SWIFT MT103)',
    what='"Piraeus Bank" says an incoming transfer of 28,560 EUR is held for compliance; the HTML attachment asks for winbank username, password and SMS OTP.',
    why='Look-alike domain piraeusbank-swift.com on a VPS; banks never attach login forms or ask for OTPs; the form posts to the attacker; unknown remitter; money-release bait.',
    hardneg='business 35'))

# 36 Fake group booking with password-protected archive on Google Drive
G36 = 'https://drive.google.com/file/d/1qR7vKx9TzLm3PwN8sYd2bHcE5fG0aJuV/view?usp=sharing'
t36 = """Καλησπέρα σας,

εκπροσωπώ έναν ορειβατικό σύλλογο από τη Θεσσαλονίκη και θα θέλαμε να κλείσουμε 12 δίκλινα για 4 διανυκτερεύσεις (26–30/1/2027) με ημιδιατροφή και skipass 3 ημερών.

Έχω ανεβάσει τη λίστα με τα ονόματα, τα στοιχεία ταυτοτήτων/διαβατηρίων και τις προτιμήσεις δωματίων στο Google Drive, γιατί το αρχείο είναι μεγάλο:

[Λίστα_συμμετεχόντων_Σύλλογος.zip](%s)
Κωδικός αρχείου: 2027

Παρακαλώ επιβεβαιώστε διαθεσιμότητα και τιμή, ώστε να στείλουμε άμεσα την προκαταβολή.

Ευχαριστώ,
Κωνσταντίνος Ραφαηλίδης""" % G36
ATTACKS.append(M(
    folder='attack', n=36, lang='el', slug='psevdo-kratisi-gkroup-google-drive-zip',
    when=('EE', 2026, 12, 11, 19, 2, 0),
    prof=lambda u, r: gmail(u, r, 'nikos.papadakis@example.com', zone='EE'),
    frm=('Κωνσταντίνος Ραφαηλίδης', 'k.rafailidis.travel@gmail.com'), to=[SN('nikos.papadakis')],
    subject='Κράτηση για γκρουπ 24 ατόμων – 26-30 Ιανουαρίου', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t36, 'UTF-8', 'quoted-printable', style='gmail'),
    technique='Fake guest / group-booking pretext with password-protected archive on Google Drive (abused genuine service, infostealer delivery)',
    what='Unknown "hiking club" representative on Gmail requests a group booking and links a password-protected ZIP "participant list" on Google Drive.',
    why='New free-mail sender; a guest list does not need a password-protected archive on Drive; the password in the mail defeats scanning; mirrors the 2025-26 infostealer campaigns against hotels; the genuine agency sends a small PDF without ID data (business 36).',
    hardneg='business 36'))

# =============================================================================================== BUSINESS
b32 = """Αγαπητή κυρία Γεωργίου,

σύμφωνα με την καρτέλα σας, παραμένουν ανεξόφλητα τα παρακάτω τιμολόγια:

ΤΔΑ 4471 της 30/09/2026 – 6.215,20 € – λήξη 30/10/2026
ΤΔΑ 4489 της 15/10/2026 – 6.165,20 € – λήξη 14/11/2026

Σύνολο: 12.380,40 €

Σας παρακαλούμε να προχωρήσετε στην εξόφληση στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (%s) έως την Παρασκευή 27/11. Σε διαφορετική περίπτωση, με λύπη μας θα αναγκαστούμε να διακόψουμε τις παραδόσεις πετρελαίου θέρμανσης και diesel μέχρι την τακτοποίηση του υπολοίπου.

Ο λογαριασμός μας δεν έχει αλλάξει. Αν λάβατε διαφορετικές οδηγίες από άλλη διεύθυνση email, παρακαλούμε επικοινωνήστε τηλεφωνικά μαζί μας στο 22610 28 470.

Με εκτίμηση,
Λογιστήριο
%s""" % (fi(BANK['karag']), KAR_SIG)
BUSINESS.append(M(
    folder='business', n=32, lang='el', slug='promitheftis-ypenthymisi-diakopi-trofodosias',
    when=('EE', 2026, 11, 24, 12, 5, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'karagiannis-fuel.gr', 'linux123.papaki.gr', '212.205.231.23', '94.65.201.18',
                                     'ppp-94-65-201-18.home.otenet.gr', auth_user='logistirio@karagiannis-fuel.gr', zone='EE', lang='el'),
    frm=('Λογιστήριο Αφοί Καραγιάννη', 'logistirio@karagiannis-fuel.gr'), to=[SN('eleni.georgiou')], cc=[SN('nikos.papadakis')],
    subject='Υπενθύμιση ληξιπρόθεσμων τιμολογίων – διακοπή τροφοδοσίας', hcs=('windows-1253', 'B'),
    body=lambda c: ALT(c, b32, 'windows-1253', 'quoted-printable', style='outlook', lang='EL'),
    technique='-',
    what='Heating-oil supplier\'s reminder for two overdue invoices with a threatened delivery stop.',
    why='Real domain via its hosting from the office line (Cosmote/OTEnet); account matches vendor master data; explicitly says the account has not changed and gives the phone number. Urgent dunning, not fraud.',
    hardneg='attack 33'))

b33 = """Κύριε Παπαδάκη,

μείναμε με την οικογένειά μου στο ξενοδοχείο σας στην Αράχωβα από 11 έως 13 Δεκεμβρίου (κράτηση ΑΡ-26-1187). Δυστυχώς η εμπειρία μας δεν ήταν αυτή που περιμέναμε:

- το δωμάτιο 12 δεν είχε ζεστό νερό το πρωί του Σαββάτου,
- το πρωινό τελείωνε στις 9:30 αντί για 10:30 όπως αναγράφεται στην ιστοσελίδα σας,
- η μεταφορά στο χιονοδρομικό που είχαμε πληρώσει δεν ήρθε την Κυριακή.

Θα ήθελα μια εξήγηση και, αν είναι δυνατόν, επιστροφή του ποσού για τη μεταφορά (40 €).

Με εκτίμηση,
Δημήτρης Αλεξίου
τηλ. 697 418 2250"""
BUSINESS.append(M(
    folder='business', n=33, lang='el', slug='parapono-pelati-otenet',
    when=('EE', 2026, 12, 16, 21, 40, 0),
    prof=lambda u, r: zimbra(u, r, 'otenet.gr', 'mx-out-3.otenet.gr', '83.235.69.33', '94.66.57.120'),
    frm=('Δημήτρης Αλεξίου', 'd.alexiou@otenet.gr'), to=[SN('nikos.papadakis')],
    subject='Παράπονο για τη διαμονή μας 11-13/12', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b33, 'utf-8', 'quoted-printable', style='simple'),
    technique='-',
    what='Guest complains about hot water, breakfast hours and a missed ski transfer; asks for 40 EUR back.',
    why='Consumer mailbox (OTEnet Zimbra) of a guest with a real booking; no links or attachments.',
    hardneg=None))

b34 = """Νίκο,

έλεγξα στο myDATA τις αποκλίσεις του τριμήνου Ιουλίου–Σεπτεμβρίου. Υπάρχουν 3 τιμολόγια αγορών (Καραγιάννης, ΔΕΗ, ΟΤΕ) που ο αντισυμβαλλόμενος δεν έχει διαβιβάσει ακόμη. Τα χαρακτήρισα προσωρινά, ώστε να μην επηρεάσουν τη δήλωση ΦΠΑ, και θα στείλω υπενθύμιση στον Καραγιάννη.

Προσοχή: σήμερα το πρωί ήρθε email δήθεν από την ΑΑΔΕ (από τη διεύθυνση aade-mydata.gr.com) που ζητά σύνδεση με κωδικούς Taxisnet για «αποκλίσεις». Είναι απάτη – η ΑΑΔΕ δεν στέλνει τέτοιους συνδέσμους. Το προώθησα στη Lena Vogt στο Garmisch. Αν σου έρθει κι εσένα, μην το ανοίξεις.

Ελένη"""
BUSINESS.append(M(
    folder='business', n=34, lang='el', slug='esoteriko-mydata-apokliseis',
    when=('EE', 2026, 10, 21, 13, 15, 0),
    prof=lambda u, r: internal(u, r, 'eleni.georgiou', client_ip='10.60.1.23', lang='el-GR'),
    frm=SN('eleni.georgiou'), to=[SN('nikos.papadakis')],
    subject='myDATA - αποκλίσεις Γ τριμήνου και ψεύτικο email «ΑΑΔΕ»', hcs=('iso-8859-7', 'B'),
    body=lambda c: ALT(c, b34.replace('–', '-'), 'iso-8859-7', 'base64', style='exchange'),
    technique='-',
    what='Greek accountant reports on myDATA reconciliation and warns about the fake AADE mail of attack 32.',
    why='Internal relay with Exchange hop; same topic and keywords (myDATA, αποκλίσεις, Taxisnet) as attack 32 but only as a warning; no link.',
    hardneg='attack 32'))

b35 = """Καλημέρα κυρία Γεωργίου,

σας επισυνάπτω το αποδεικτικό της τραπεζικής μεταφοράς για την προκαταβολή (30%%) του γκρουπ 16–19 Ιανουαρίου (προσφορά σας ΑΡ-Π-26-0412): 4.860,00 €, προς τον λογαριασμό σας στην Εθνική Τράπεζα %s.

Παρακαλώ επιβεβαιώστε μου την πίστωση όταν τη δείτε, ώστε να ενημερώσω τους πελάτες.

Ευχαριστώ,
Μαρία Δημητρίου
Ορίζοντες Ταξιδιωτική
Σόλωνος 62, 106 80 Αθήνα · τηλ. 210 36 14 790""" % fi(BANK['eg_gr'])
pdf35 = pdf([('Τράπεζα Πειραιώς', 15, True), 'Αποδεικτικό εκτέλεσης συναλλαγής – Μεταφορά σε άλλη τράπεζα (SEPA)', '',
             'Ημερομηνία εκτέλεσης: 03/11/2026 12:18', 'Αριθμός αναφοράς: 7318420551', '',
             'Εντολέας: ΟΡΙΖΟΝΤΕΣ ΤΑΞΙΔΙΩΤΙΚΗ Μ.Ε.Π.Ε.', 'IBAN χρέωσης: ' + fi(BANK['orizontes']), '',
             'Δικαιούχος: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.', 'IBAN πίστωσης: ' + fi(BANK['eg_gr']), 'Τράπεζα δικαιούχου: Εθνική Τράπεζα της Ελλάδος', '',
             'Ποσό: 4.860,00 EUR', 'Αιτιολογία: ΠΡΟΚΑΤΑΒΟΛΗ ΓΚΡΟΥΠ 16-19/1 ΑΡ-Π-26-0412', '', 'Κατάσταση: Εκτελέστηκε'],
            title='Αποδεικτικό συναλλαγής', producer='winbank', created="20261103121822+02'00'")
BUSINESS.append(M(
    folder='business', n=35, lang='el', slug='praktoreio-apodeiktiko-pliromis',
    when=('EE', 2026, 11, 3, 12, 32, 0),
    prof=lambda u, r: gmail(u, r, 'eleni.georgiou@examplegroup.eu', zone='EE'),
    frm=('Μαρία Δημητρίου', 'm.dimitriou@orizontes-travel.gr'), to=[SN('eleni.georgiou')], cc=[SN('nikos.papadakis')],
    subject='Αποδεικτικό πληρωμής προκαταβολής – Γκρουπ Ορίζοντες 16-19/1', hcs=('UTF-8', 'B'),
    body=lambda c: MIX(c, ALT(c, b35, 'UTF-8', 'base64', style='gmail'), [ATT(pdf35, 'Apodeiktiko_metaforas_Peiraios.pdf', 'application/pdf')]),
    technique='-',
    what='Travel-agency customer (Google Workspace) sends the bank receipt for a 30 % group deposit.',
    why='Known agency domain hosted on Google Workspace; PDF receipt only (no login, no HTML); pays to our known account; asks for a simple confirmation.',
    hardneg='attack 35'))

b36 = """Καλησπέρα κύριε Παπαδάκη,

για λογαριασμό του 3ου Γενικού Λυκείου Χαλανδρίου θα θέλαμε προσφορά για 42 άτομα (38 μαθητές, 4 συνοδοί καθηγητές) από 2 έως 5 Μαρτίου 2027:
- διαμονή με ημιδιατροφή (τρίκλινα για τους μαθητές, μονόκλινα για τους καθηγητές),
- skipass 3 ημερών για Κελλάρια/Φτερόλακκα,
- μαθήματα σκι για αρχάριους για περίπου 25 παιδιά.

Σας επισυνάπτω την κατανομή δωματίων, χωρίς προσωπικά στοιχεία. Ονόματα και αριθμούς ταυτοτήτων θα τα στείλουμε μετά την επιβεβαίωση, όπως πάντα, μέσω της φόρμας σας.

Θα ήθελα την προσφορά έως τις 18/12 αν γίνεται, γιατί το σχολείο πρέπει να ανοίξει τις προσφορές πριν από τις γιορτές.

Ευχαριστώ πολύ,
Μαρία Δημητρίου
Ορίζοντες Ταξιδιωτική
Σόλωνος 62, 106 80 Αθήνα · τηλ. 210 36 14 790"""
pdf36 = pdf([('Ορίζοντες Ταξιδιωτική', 14, True), 'Κατανομή δωματίων – 3ο ΓΕΛ Χαλανδρίου – 2-5/3/2027', '',
             'Τρίκλινα μαθητών: 12 (αγόρια 6, κορίτσια 6)', 'Δίκλινα μαθητών: 1', 'Μονόκλινα συνοδών: 4', '',
             'Σύνολο ατόμων: 42', 'Ειδικές διατροφές: 2 χορτοφάγοι, 1 χωρίς γλουτένη', '',
             'Τα ονομαστικά στοιχεία θα αποσταλούν μετά την επιβεβαίωση.'],
            title='Κατανομή δωματίων', producer='Microsoft® Word για το Microsoft 365', created="20261209165512+02'00'")
BUSINESS.append(M(
    folder='business', n=36, lang='el', slug='praktoreio-aitima-prosforas-sxoliko-gkroup',
    when=('EE', 2026, 12, 9, 17, 10, 0),
    prof=lambda u, r: gmail(u, r, 'nikos.papadakis@example.com', zone='EE'),
    frm=('Μαρία Δημητρίου', 'm.dimitriou@orizontes-travel.gr'), to=[SN('nikos.papadakis')],
    subject='Αίτημα προσφοράς – σχολικό γκρουπ 42 ατόμων, 2-5/3/2027', hcs=('UTF-8', 'B'),
    body=lambda c: MIX(c, ALT(c, b36, 'UTF-8', 'quoted-printable', style='gmail'), [ATT(pdf36, 'Katanomi_domation_3o_GEL_Chalandriou.pdf', 'application/pdf')]),
    technique='-',
    what='Known travel agency asks for a quote for a school group and attaches a room-allocation PDF.',
    why='Regular customer on its own Google Workspace domain; small PDF, explicitly no personal data; no archive, password or external download.',
    hardneg='attack 36'))
