"""Greek genuine business messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID

LBL = dict(pos='Α/Α', desc='Περιγραφή', qty='Ποσ.', unit='Τιμή', amount='Αξία', net='Καθαρή αξία', vat='ΦΠΑ 24%', total='Σύνολο')


def b32():
    text = """Καλησπέρα Ελένη,

ολοκλήρωσα τη συμφωνία των διαβιβάσεων myDATA για τον Οκτώβριο. Υπάρχουν δύο παραστατικά αγορών που δεν έχουν ακόμη χαρακτηριστεί: το τιμολόγιο της Αιγαίο Μεταφορική 2026/1102 και ένας λογαριασμός της ΔΕΗ για το κατάστημα της Γλυφάδας.

Αν μου στείλεις τα αντίγραφα μέχρι την Παρασκευή, τα χαρακτηρίζω εγώ από το λογιστικό πρόγραμμα - δεν χρειάζεται να μπεις εσύ στο myAADE.

Υπενθύμιση: η περιοδική δήλωση ΦΠΑ Οκτωβρίου υποβάλλεται έως 30/11.

Φιλικά,
Γιώργος Καραγιάννης
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Καραγιάννη, Αθήνα
τηλ. 210 7784 417"""
    body = C.outlook_alt(text, 'windows-1253', 'quoted-printable', lang='EL')
    return Msg('logistis-mydata-ekkremotites', ('Γιώργος Καραγιάννης', 'karagiannis.logistiki@otenet.gr'), [S('el_acc')],
               'myDATA Οκτωβρίου - εκκρεμότητες', (2026, 11, 17, 17, 20, 0), body, I.otenet,
               infra_kw=dict(client_ip='94.66.58.140', pc_name='LOGISTIRIO-PC'),
               what='Genuine message from the external accountant about unclassified myDATA purchase documents and the VAT deadline.',
               why='Known accountant on his usual OTEnet mailbox and Outlook; asks only for document copies; explicitly no login needed; correct deadline.',
               hard_neg=[('aade-mydata-prostimo-phish', 'myDATA discrepancies')])


def b33():
    paras = ['Αγαπητέ πελάτη,',
             'η αποστολή σας με αριθμό **7402215590** (αποστολέας: ΑΥΤΟΔΙΑΝΟΜΗ ΑΝΤΑΛΛΑΚΤΙΚΩΝ Α.Ε.) θα παραδοθεί σήμερα 19/11/2026 μεταξύ '
             '10:00 και 14:00 στη διεύθυνση Λεωφ. Βουλιαγμένης 128, Γλυφάδα.',
             'Δεν απαιτείται καμία πληρωμή.',
             'Μπορείτε να παρακολουθήσετε την αποστολή στο [acscourier.net](https://www.acscourier.net/el/track-and-trace?generalCode=7402215590).',
             'Ευχαριστούμε, ACS Courier']
    body = C.brand_alt('Η αποστολή σας παραδίδεται σήμερα', 'ACS Courier', '#e30613', paras,
                       footer='ACS Courier Α.Ε.Ε. - Καλύψους 6, 176 76 Καλλιθέα', charset='utf-8', cte='base64', lang='el')
    return Msg('acs-paradosi-simera-echt', ('ACS Courier', 'noreply@acscourier.net'), [S('el_mgr')],
               'ACS: Η αποστολή 7402215590 παραδίδεται σήμερα', (2026, 11, 19, 8, 5, 0), body, I.corp_gateway,
               infra_kw=dict(out_host='mailgw.acscourier.net', out_ip='212.251.45.60', inner_host='notify01.acscourier.net',
                             inner_ip='10.16.2.41', mailer=None, zone='EET'),
               hcs='utf-8', henc='B',
               what='Genuine ACS delivery notification for an expected spare-parts shipment.',
               why='From acscourier.net via its own gateway; tracking link to acscourier.net; states no payment is required.',
               hard_neg=[('acs-courier-telos-phish', 'ACS delivery notification')])


def b34():
    paras = ['Αξιότιμε πελάτη,',
             'σας ενημερώνουμε ότι από 01/01/2027 τροποποιείται ο Τιμοκατάλογος Εργασιών για επιχειρήσεις, σχετικά με τις χρεώσεις μαζικών '
             'πληρωμών μέσω Eurobank e-Banking και τις διατραπεζικές μεταφορές σε ευρώ.',
             'Ο αναλυτικός τιμοκατάλογος είναι διαθέσιμος στο eurobank.gr και σε όλα τα καταστήματα της Τράπεζας.',
             'Υπενθυμίζουμε ότι η Eurobank δεν σας ζητά ποτέ μέσω email ή SMS να πληκτρολογήσετε κωδικούς ή κωδικούς μιας χρήσης (OTP) σε συνδέσμους.',
             'Με εκτίμηση, Eurobank']
    body = C.brand_alt('Ενημέρωση τιμοκαταλόγου εργασιών', 'Eurobank', '#c8102e', paras,
                       footer='Τράπεζα Eurobank Α.Ε. - Όθωνος 8, 105 57 Αθήνα. Λαμβάνετε αυτό το μήνυμα ως πελάτης της Τράπεζας.',
                       charset='iso-8859-7', cte='quoted-printable', lang='el')
    return Msg('eurobank-timokatalogos-enimerosi', ('Eurobank', 'info@news.eurobank.gr'), [S('el_acc')],
               'Ενημέρωση για τον Τιμοκατάλογο Εργασιών επιχειρήσεων', (2026, 11, 27, 10, 0, 0), body, I.sfmc,
               infra_kw=dict(mta_host='mta.news.eurobank.gr', ip='13.111.56.77', bounce_domain='bounce.news.eurobank.gr'),
               what='Genuine Eurobank notice about changes to business fee schedule.',
               why='Bank\'s own news subdomain via its marketing cloud; purely informational, no link to log in, anti-phishing reminder.',
               hard_neg=[('eurobank-kyc-otp-phish', 'Eurobank business e-banking notice')])


def b35():
    pay = ['Τρόπος πληρωμής: κατάθεση σε λογαριασμό, 30 ημέρες',
           'IBAN %s - Τράπεζα Πειραιώς' % B.fmt_iban(BANK['aigaio']),
           'ΜΑΡΚ: 400001937221845']
    data, tot = C.invoice_pdf(
        ['Αιγαίο Μεταφορική Α.Ε.', 'Ακτή Μιαούλη 47, 185 36 Πειραιάς · ΑΦΜ %s · ΔΟΥ ΦΑΕ Πειραιά' % TAXID['aigaio']],
        ['Πελάτης:', 'EXAMPLE GROUP HELLAS Μ.Α.Ε.', 'Λεωφ. Βουλιαγμένης 128, 166 74 Γλυφάδα', 'ΑΦΜ %s' % TAXID['example_gr']],
        [((56, 'Τιμολόγιο Παροχής Υπηρεσιών 2026/1188'), (360, 'Ημερομηνία: 20/11/2026')),
         ((56, 'Δρομολόγιο 18/11/2026 Πειραιάς - Ηράκλειο'), (360, 'Οχήματα: 14'))],
        'Τιμολόγιο Παροχής Υπηρεσιών',
        [('Ακτοπλοϊκή μεταφορά Ι.Χ. Πειραιάς - Ηράκλειο', 14, '290.00'),
         ('Φόρτωση / εκφόρτωση και συνοδεία', 14, '45.00'),
         ('Ναύλος οδηγών επιστροφής', 2, '5.00')],
        24, LBL, pay,
        meta=dict(title='ΤΠΥ 2026-1188', creator='SoftOne', producer='SoftOne Report Engine', date="D:20261120101502+02'00'"),
        style='el')
    text = """Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών 2026/1188 για τη μεταφορά 14 οχημάτων Πειραιάς - Ηράκλειο (δρομολόγιο 18/11/2026).

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001937221845).
Σύνολο: %s €. Η πληρωμή γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς.

Με εκτίμηση,
Λογιστήριο
Αιγαίο Μεταφορική Α.Ε.
τηλ. 210 4297 400""" % C.money(tot['total'], 'el')
    body = mixed(plain(text, 'iso-8859-7', 'quoted-printable'), attachment('application/pdf', 'TPY_2026_1188.pdf', data))
    return Msg('aigaio-timologio-1188', ('Λογιστήριο Αιγαίο Μεταφορική', 'logistirio@aigaio-metaforiki.gr'), [S('el_acc')],
               'Τιμολόγιο 2026/1188 - Μεταφορά οχημάτων Πειραιάς - Ηράκλειο', (2026, 11, 20, 10, 22, 0), body, I.cpanel_exim,
               infra_kw=dict(server='linux212.grserver.gr', ip='91.216.27.212', rdns='linux212.grserver.gr', site='aigaio-metaforiki.gr',
                             mode='smtp', client_ip='62.103.148.26', mailer='Microsoft Outlook 16.0', zone='EET'),
               hcs='iso-8859-7', henc='B',
               what='Genuine invoice from the Greek ferry carrier for shipping 14 rental cars to Heraklion.',
               why='Genuine aigaio-metaforiki.gr on its usual cPanel hosting, sent from the carrier\'s Greek office IP with Outlook; myDATA MARK quoted; '
                   'payment to the usual Piraeus Bank account.',
               hard_neg=[('aigaio-lookalike-iban-change', 'same carrier, same invoice 2026/1188')])


def b36():
    base = 'https://r.carrentalhellas.gr/mk/cl/f/%s'
    text = ('**Car Rental Hellas - Newsletter Δεκεμβρίου 2026**\n\n'
            '**Τέλος ταξινόμησης 2027:** τι αλλάζει για τα στόλους ενοικίασης [Διαβάστε περισσότερα](%s)\n\n'
            '**Ψηφιακή κάρτα οχήματος:** η εφαρμογή επεκτείνεται στα οχήματα ενοικίασης από τον Φεβρουάριο [Διαβάστε περισσότερα](%s)\n\n'
            '**Τουρισμός 2026:** αύξηση 6%% στις αφίξεις στα αεροδρόμια της Κρήτης [Διαβάστε περισσότερα](%s)\n\n'
            'Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο carrentalhellas.gr. [Διαγραφή](https://r.carrentalhellas.gr/mk/un/v2/dH8kq3ZpWm)'
            % (base % 'sh4Tq9', base % 'Lk2Bn7', base % 'Pz8Wc1'))
    body = C.simple_alt(text, 'utf-8', 'quoted-printable')
    return Msg('newsletter-car-rental-hellas', ('Car Rental Hellas', 'news@carrentalhellas.gr'), [S('el_mgr')],
               'Newsletter Δεκεμβρίου: τέλος ταξινόμησης 2027, ψηφιακή κάρτα οχήματος', (2026, 12, 1, 10, 0, 0), body, I.brevo,
               zone='EET', hcs='utf-8', henc='B',
               extra=[('List-Unsubscribe', '<https://r.carrentalhellas.gr/mk/un/v2/dH8kq3ZpWm>, <mailto:unsubscribe@carrentalhellas.gr?subject=unsubscribe>'),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
               what='Subscribed Greek trade newsletter for rental companies sent through Brevo, with List-Unsubscribe.',
               why='Opted-in newsletter from its own domain via Brevo; consistent tracking domain; unsubscribe headers; informational content only.')


def messages():
    return [b32(), b33(), b34(), b35(), b36()]
