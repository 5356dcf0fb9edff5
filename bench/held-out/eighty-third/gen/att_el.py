"""Greek attack messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID


def m32():
    url = 'https://mydata.aade.gr.apokliseis-taxisnet.com/login?afm=%s' % TAXID['example_gr']
    paras = ['Αγαπητέ/ή φορολογούμενε,',
             'από τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το Γ\' τρίμηνο 2026 διαπιστώθηκαν '
             'αποκλίσεις μεταξύ εκδοθέντων και ληφθέντων παραστατικών για την επιχείρηση **EXAMPLE GROUP HELLAS Μ.Α.Ε.** (ΑΦΜ %s).' % TAXID['example_gr'],
             'Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας επιβάλλεται πρόστιμο ύψους **2.500 €**, εκτός εάν τα στοιχεία '
             'διορθωθούν εντός **3 εργάσιμων ημερών**.',
             'Συνδεθείτε με τους κωδικούς TAXISnet για να δείτε τις αποκλίσεις και να υποβάλετε τις διορθώσεις.',
             'Ανεξάρτητη Αρχή Δημοσίων Εσόδων']
    body = C.brand_alt('Αποκλίσεις διαβίβασης myDATA', 'ΑΑΔΕ', '#003476', paras, button=('Είσοδος στο myDATA', url),
                       footer='ΑΑΔΕ - Καρ. Σερβίας 10, 101 84 Αθήνα. Μην απαντάτε σε αυτό το μήνυμα.', charset='iso-8859-7',
                       cte='quoted-printable', lang='el')
    return Msg('aade-mydata-prostimo-phish', ('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata-enimerosi.gr'), [S('el_acc')],
               'ΑΑΔΕ: Αποκλίσεις διαβίβασης στο myDATA - Επιβολή προστίμου', (2026, 11, 11, 9, 48, 12), body, I.sendgrid,
               infra_kw=dict(bounce_domain='em4410.aade-mydata-enimerosi.gr'),
               what='Credential phishing impersonating the Greek tax authority AADE (myDATA e-books): discrepancies, €2,500 fine, log in with TAXISnet.',
               why='SendGrid from look-alike aade-mydata-enimerosi.gr; link to mydata.aade.gr.apokliseis-taxisnet.com (subdomain trick); AADE posts such '
                   'notices in myAADE without login links; fine + 3-day deadline; TAXISnet credential theft.')


def m33():
    url = 'https://acscourier.net-paradosi.com/track/7402183665'
    paras = ['Αγαπητέ πελάτη,',
             'η αποστολή με αριθμό **7402183665** δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης και εκκρεμούς τέλους διαχείρισης (**1,60 €**).',
             'Επιβεβαιώστε τα στοιχεία παράδοσης και πληρώστε το τέλος μέσα σε 48 ώρες, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.',
             'Ευχαριστούμε που επιλέξατε την ACS.']
    body = C.brand_alt('Η αποστολή σας βρίσκεται σε αναμονή', 'ACS Courier', '#e30613', paras,
                       button=('Προγραμματισμός παράδοσης', url), footer='ACS Courier Α.Ε. – Αθήνα', charset='windows-1253',
                       cte='base64', lang='el')
    return Msg('acs-courier-telos-phish', ('ACS Courier', 'info@kosmima-jewellery.gr'), [S('el_mgr')],
               'ACS: Η αποστολή σας 7402183665 βρίσκεται σε αναμονή', (2026, 12, 3, 12, 30, 18), body, I.cpanel_exim,
               infra_kw=dict(server='linux47.grserver.gr', ip='91.216.27.47', rdns='linux47.grserver.gr', site='kosmima-jewellery.gr',
                             zone='EET', client_ip='103.152.118.20', user='kosmimaj'),
               what='Courier "handling fee" phishing impersonating ACS Courier.',
               why='Display-name spoof from a compromised Greek jewellery e-shop (PHPMailer); look-alike acscourier.net-paradosi.com; small-fee card phishing.')


def m34():
    url = 'https://ebanking.eurobank.gr.kyc-epikairopoiisi.com/business/login'
    paras = ['Αξιότιμε πελάτη,',
             'στο πλαίσιο της ετήσιας επικαιροποίησης στοιχείων (KYC) που προβλέπεται από τον ν. 4557/2018, οι εξουσιοδοτημένοι χρήστες του '
             '**Eurobank e-Banking για επιχειρήσεις** πρέπει να επιβεβαιώσουν την πρόσβασή τους έως **04/12/2026**.',
             'Μετά την ημερομηνία αυτή οι εντολές πληρωμών θα απορρίπτονται μέχρι την ολοκλήρωση της διαδικασίας.',
             'Η διαδικασία διαρκεί λίγα λεπτά. Θα χρειαστείτε τους κωδικούς e-Banking και τον κωδικό μιας χρήσης (OTP).',
             'Με εκτίμηση, Eurobank']
    body = C.brand_alt('Επαναβεβαίωση εξουσιοδοτημένων χρηστών', 'Eurobank', '#c8102e', paras,
                       button=('Επιβεβαίωση πρόσβασης', url), footer='Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε. – Όθωνος 8, 105 57 Αθήνα',
                       charset='utf-8', cte='base64', lang='el')
    return Msg('eurobank-kyc-otp-phish', ('Eurobank Business', 'notifications@eurobank-business-notify.com'), [S('el_acc')],
               'Eurobank e-Banking: Απαιτείται επαναβεβαίωση εξουσιοδοτημένων χρηστών', (2026, 11, 26, 8, 20, 33), body, I.ses,
               infra_kw=dict(mailfrom='bounce.eurobank-business-notify.com'),
               what='Business e-banking credential/OTP phishing impersonating Eurobank ("KYC re-confirmation").',
               why='Amazon SES from look-alike eurobank-business-notify.com; link to ebanking.eurobank.gr.kyc-epikairopoiisi.com (subdomain trick); asks for '
                   'codes and OTP; payment-rejection threat.')


def m35():
    iban = BANK['gr_mule']
    text = """Καλημέρα σας κυρία Γεωργίου,

σας ενημερώνουμε ότι λόγω αναδιάρθρωσης της συνεργασίας μας με την Τράπεζα Πειραιώς, από 01/12/2026 οι πληρωμές των τιμολογίων μας θα γίνονται αποκλειστικά στον νέο λογαριασμό της εταιρείας στη Eurobank:

Δικαιούχος: ΑΙΓΑΙΟ ΜΕΤΑΦΟΡΙΚΗ Α.Ε.
IBAN: %s
Τράπεζα: Eurobank

Παρακαλούμε το τιμολόγιο 2026/1188 (μεταφορά 14 οχημάτων Πειραιάς - Ηράκλειο, 5.828,00 €) να εξοφληθεί ήδη στον νέο λογαριασμό. Η επίσημη επιστολή με σφραγίδα θα σας σταλεί ταχυδρομικά.

Επειδή αυτές τις μέρες έχουμε φορολογικό έλεγχο, τα τηλέφωνα του λογιστηρίου δεν απαντούν - για οτιδήποτε απαντήστε σε αυτό το email.

Με εκτίμηση,
Νίκος Αλεξίου
Αιγαίο Μεταφορική Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς""" % B.fmt_iban(iban)
    body = plain(text, 'iso-8859-7', '8bit')
    return Msg('aigaio-lookalike-iban-change', ('Νίκος Αλεξίου', 'n.alexiou@aigaio-metaforiki.com'), [S('el_acc')],
               'Αλλαγή τραπεζικού λογαριασμού - Αιγαίο Μεταφορική Α.Ε.', (2026, 11, 25, 11, 2, 40), body, I.vps_postfix,
               cc=[S('el_mgr')], infra_kw=dict(host='mail.aigaio-metaforiki.com', ip='78.46.201.133',
                                              rdns='static.133.201.46.78.clients.your-server.de', webmail_ip='94.66.221.7',
                                              ua='Microsoft Outlook 16.0', zone='EET'),
               what='Carrier bank-detail change impersonating Aigaio Metaforiki (ferry transport of rental cars): pay invoice 2026/1188 to a new Eurobank account.',
               why='Look-alike domain aigaio-metaforiki.com (genuine: .gr) on a Hetzner VPS; Outlook X-Mailer but non-Outlook Message-ID; immediate payment to '
                   'the new account, official letter "later by post", accounting phones "unavailable"; reply-only verification.')


def m36():
    url = 'https://partner-rentalcars.com-complaint.review/RC-5520184417'
    text = """Αγαπητέ συνεργάτη,

λάβαμε παράπονο από τον πελάτη Thomas Becker σχετικά με την κράτηση RC-5520184417 (παραλαβή Αεροδρόμιο Αθηνών «Ελ. Βενιζέλος», 22/11/2026). Ο πελάτης αναφέρει χρέωση 450 € για ζημιά που υπήρχε ήδη κατά την παραλαβή και έχει επισυνάψει φωτογραφίες.

Εάν δεν απαντήσετε εντός 24 ωρών, το ποσό θα επιστραφεί στον πελάτη και θα συμψηφιστεί με την επόμενη πληρωμή σας.

Δείτε τις φωτογραφίες και απαντήστε μέσω της πύλης συνεργατών: [Προβολή παραπόνου RC-5520184417](%s)

Για λόγους ασφαλείας η πύλη θα σας ζητήσει να επιβεβαιώσετε ότι δεν είστε ρομπότ: πατήστε τα πλήκτρα Windows + R, επικολλήστε τον κωδικό επαλήθευσης με Ctrl + V και πατήστε Enter.

Με εκτίμηση,
Ομάδα Υποστήριξης Συνεργατών
Rentalcars.com""" % url
    body = C.simple_alt(text, 'utf-8', 'quoted-printable')
    return Msg('clickfix-rentalcars-complaint', ('Rentalcars.com Supplier Support', 'reservations@villa-eleni-naxos.gr'), [S('el_mgr')],
               'Παράπονο πελάτη – Κράτηση RC-5520184417 – Απάντηση εντός 24 ωρών', (2026, 11, 30, 16, 40, 2), body, I.cpanel_exim,
               infra_kw=dict(server='cp23.cloudns-hellas.gr', ip='185.4.135.23', rdns='cp23.cloudns-hellas.gr', site='villa-eleni-naxos.gr',
                             mode='smtp', client_ip='91.215.85.142', mailer=None, zone='EET'),
               what='ClickFix: fake rental-broker guest complaint; the "partner portal" makes the victim press Win+R and paste a command to prove he is human.',
               why='Compromised Naxos guest-house mailbox impersonating Rentalcars.com; look-alike partner-rentalcars.com-complaint.review; the Win+R / Ctrl+V / '
                   'Enter instruction is the ClickFix technique (clipboard-planted PowerShell/mshta); chargeback pressure within 24 h.')


def messages():
    return [m32(), m33(), m34(), m35(), m36()]
