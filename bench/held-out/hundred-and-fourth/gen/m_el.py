"""Greek messages: attacks 32-36, business 32-36."""
from common import *  # noqa

GR_AFM = TAX['example_gr_afm']
EG_GR_SIG = ('Example Group GmbH & Co. KGaA - Υποκατάστημα Ελλάδας\nΛεωφόρος Νίκης 35, 546 22 Θεσσαλονίκη\nΑΦΜ ' + GR_AFM)

# ============================================================== ATTACKS

_u32 = 'https://mydata-aade.gov-gr.online/taxisnet/login?afm=' + GR_AFM + '&ref=MD-Q3-55190'
msg(file='32-el-aade-mydata-apoklisi-prostimo', kind='attack', lang='el', when='2026-10-20 09:58:21',
    route=I.brevo, route_kw=dict(domain='aade-mydata.com'),
    env_from='enimerosi@aade-mydata.com', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata.com', 'utf-8', 'B')),
             ('To', A('', 'eleni.georgiou@example.com')),
             ('Subject', hval('Ειδοποίηση απόκλισης myDATA Γ΄ τριμήνου 2026 – επιβολή προστίμου', 'utf-8', 'B'))],
    body=lambda b: b.alt(
        b.text('ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ\nΗλεκτρονικά βιβλία – myDATA\n\nΑγαπητέ/ή φορολογούμενε,\n\n'
               'Από τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το Γ΄ τρίμηνο 2026 '
               'προέκυψαν αποκλίσεις μεταξύ των εκδοθέντων παραστατικών και των χαρακτηρισμών εσόδων του ΑΦΜ ' + GR_AFM + '.\n\n'
               'Εφόσον οι διαφορές δεν διορθωθούν εντός πέντε (5) εργάσιμων ημερών, θα επιβληθεί πρόστιμο ύψους 2.340,00 € '
               'σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.\n\n'
               'Για να δείτε τις αποκλίσεις και να υποβάλετε διορθωτικά παραστατικά, συνδεθείτε με τους κωδικούς TAXISnet:\n'
               + _u32 + '\n\nΜε εκτίμηση,\nΑΑΔΕ – Διεύθυνση Ηλεκτρονικής Διακυβέρνησης', 'utf-8', 'base64'),
        b.html(notice_html('utf-8', 'Ειδοποίηση απόκλισης myDATA', [
            'Αγαπητέ/ή φορολογούμενε,',
            'Από τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA για το Γ΄ τρίμηνο 2026 προέκυψαν '
            'αποκλίσεις μεταξύ των εκδοθέντων παραστατικών και των χαρακτηρισμών εσόδων του ΑΦΜ ' + GR_AFM + '.',
            'Εφόσον οι διαφορές δεν διορθωθούν εντός πέντε (5) εργάσιμων ημερών, θα επιβληθεί πρόστιμο ύψους 2.340,00 € σύμφωνα με '
            'τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.',
            'Για να δείτε τις αποκλίσεις και να υποβάλετε διορθωτικά παραστατικά, συνδεθείτε με τους κωδικούς TAXISnet.'],
            button=('Σύνδεση με κωδικούς TAXISnet', _u32), brand='ΑΑΔΕ · myDATA', color='#003476', lang='el',
            footer='ΑΑΔΕ – Διεύθυνση Ηλεκτρονικής Διακυβέρνησης. Μην απαντάτε σε αυτό το μήνυμα.'), 'utf-8', 'base64'), style='py'),
    what='Tax-authority credential phishing: fake AADE myDATA discrepancy notice with EUR 2,340 fine, asks for TAXISnet login.',
    why='Sender domain aade-mydata.com via Brevo (AADE uses aade.gr/gov.gr), link to gov-gr.online look-alike login, '
        'invented fine with 5-day deadline; the office\'s external accountants handle myDATA (business/32).')

msg(file='33-el-peiraios-callback-synallagi', kind='attack', lang='el', when='2026-11-06 18:22:40',
    route=I.gmail, env_from='piraeus.asfaleia.synallagon@gmail.com', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Τράπεζα Πειραιώς - Ασφάλεια Συναλλαγών', 'piraeus.asfaleia.synallagon@gmail.com', 'UTF-8', 'B')),
             ('To', A('', 'eleni.georgiou@example.com')),
             ('Subject', hval('Αναστολή εξερχόμενης μεταφοράς 4.870,00 € – απαιτείται επιβεβαίωση', 'UTF-8', 'B'))],
    body=lambda b: b.client(
        'Αξιότιμε πελάτη,\n\n'
        'Εντοπίστηκε απόπειρα εξερχόμενης μεταφοράς ποσού 4.870,00 € από τον εταιρικό σας λογαριασμό στο winbank Business '
        'προς λογαριασμό στη Λιθουανία. Για την προστασία σας η συναλλαγή έχει τεθεί προσωρινά σε αναμονή.\n\n'
        'Αν δεν αναγνωρίζετε τη συναλλαγή, καλέστε άμεσα το Τμήμα Ασφάλειας Συναλλαγών στο 211 198 4426 (24/7), αναφέροντας '
        'τον κωδικό υπόθεσης PB-77419. Εάν δεν επικοινωνήσετε μαζί μας εντός 2 ωρών, η συναλλαγή θα εκτελεστεί αυτόματα.\n\n'
        'Για την ασφάλειά σας μην απαντήσετε σε αυτό το μήνυμα.\n\nΤράπεζα Πειραιώς', 'gmail', 'UTF-8', 'base64'),
    what='Callback phishing (TOAD): "Piraeus Bank" warns of a suspicious EUR 4,870 transfer and asks to call a number within 2 hours.',
    why='Bank impersonation from a Gmail address, no link but a phone number (victim is talked into giving winbank '
        'credentials/OTP or installing remote software), false 2-hour auto-execution deadline.')

msg(file='34-el-ceo-fraud-whatsapp-outlook', kind='attack', lang='el', when='2026-11-30 10:41:52',
    route=I.m365, route_kw=dict(region='eu', consumer=True),
    env_from='d.papadopoulos.exgroup@outlook.com', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Δημήτριος Παπαδόπουλος', 'd.papadopoulos.exgroup@outlook.com', 'windows-1253', 'B')),
             ('To', A('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'windows-1253', 'B')),
             ('Subject', hval('Επείγον', 'windows-1253', 'B')),
             ('Content-Language', 'el-GR')],
    body=lambda b: b.client(
        'Ελένη καλημέρα,\n\n'
        'είσαι στο γραφείο; Χρειάζομαι τη βοήθειά σου σε κάτι εμπιστευτικό που πρέπει να κλείσει σήμερα. Είμαι σε σύσκεψη '
        'με τη διοίκηση και δεν μπορώ να μιλήσω στο τηλέφωνο.\n\n'
        'Στείλε μου σε παρακαλώ το κινητό σου εδώ, για να συνεχίσουμε στο WhatsApp. Μην το συζητήσεις με κανέναν προς το '
        'παρόν, θα σου εξηγήσω.\n\nΔημήτρης\n\nΕστάλη από το iPhone μου', 'outlook', 'windows-1253', 'quoted-printable',
        bstyle='exo', lang='EL'),
    what='CEO-fraud opener in Greek: "office manager" on Outlook.com asks the accountant for her mobile number to move to WhatsApp.',
    why='Impersonation of Dimitrios Papadopoulos from a consumer outlook.com address, secrecy, unavailability, channel '
        'switch to WhatsApp to evade company controls – first stage of a payment fraud.')

_pdf35 = make_pdf([
    ('NIKOLAIDIS LOGISTICS Μ.Ι.Κ.Ε.', 14, True), '26ης Οκτωβρίου 90, 546 27 Θεσσαλονίκη · ΑΦΜ ' + TAX['nikolaidis_afm'], '---', '',
    ('ΒΕΒΑΙΩΣΗ ΤΡΑΠΕΖΙΚΟΥ ΛΟΓΑΡΙΑΣΜΟΥ', 12, True), '',
    'Βεβαιώνεται ότι η εταιρεία NIKOLAIDIS LOGISTICS Μ.Ι.Κ.Ε. τηρεί τον κατωτέρω λογαριασμό:', '',
    'Τράπεζα: Eurobank Α.Ε.', 'IBAN: ' + fmt_iban(BANK['nikolaidis_fake']), 'BIC: ERBKGRAA', '',
    'Θεσσαλονίκη, 18/11/2026'],
    title='Βεβαίωση IBAN', producer='Microsoft® Word 2016', date=pdfdate(2026, 11, 18, 11, 2, "+02'00'"))

msg(file='35-el-nikolaidis-lookalike-allagi-iban', kind='attack', lang='el', when='2026-11-18 12:14:09',
    route=I.postfix_company, route_kw=dict(mailhost='mail.nikolaidls-logistics.gr', ip='164.92.183.40', rdns='unknown',
                                           msgid_style='outlook', helo='mail.nikolaidls-logistics.gr', zone='eu-eet',
                                           mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='logistirio@nikolaidls-logistics.gr', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Λογιστήριο Nikolaidis Logistics', 'logistirio@nikolaidls-logistics.gr', 'windows-1253', 'B')),
             ('To', A('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'windows-1253', 'B')),
             ('Subject', hval('Αλλαγή τραπεζικού λογαριασμού – Nikolaidis Logistics', 'windows-1253', 'B')),
             ('Thread-Index', 'AdtZb1x8xH4lK0p2T5mQe9sG3nD1wA=='), ('Content-Language', 'el')],
    body=lambda b: b.client(
        'Αγαπητή κυρία Γεωργίου,\n\n'
        'σας ενημερώνουμε ότι από σήμερα η εταιρεία μας μεταφέρει τη συνεργασία της στη Eurobank. Παρακαλούμε όλες οι '
        'πληρωμές, συμπεριλαμβανομένων των ανοιχτών τιμολογίων ΤΠΥ 2026/0871 και ΤΠΥ 2026/0902 (σύνολο 7.944,40 €), να '
        'γίνονται αποκλειστικά στον νέο λογαριασμό:\n\nEurobank Α.Ε.\nIBAN: ' + fmt_iban(BANK['nikolaidis_fake']) + '\n\n'
        'Ο παλιός λογαριασμός στην Τράπεζα Πειραιώς κλείνει στο τέλος του μήνα και τυχόν καταθέσεις θα επιστρέφονται. '
        'Επισυνάπτεται η σχετική βεβαίωση. Παρακαλούμε επιβεβαιώστε μας με email την ενημέρωση των στοιχείων.\n\n'
        'Με εκτίμηση,\nΛογιστήριο\nNikolaidis Logistics Μ.Ι.Κ.Ε.',
        'outlook', 'windows-1253', 'quoted-printable', bstyle='outlook', lang='EL',
        attachments=[b.att(_pdf35, 'application/pdf', 'Βεβαίωση_IBAN_Eurobank.pdf', name_style='ew', name_charset='windows-1253')]),
    what='Carrier bank-detail change from a look-alike domain: pay open invoices to a new Eurobank IBAN.',
    why='nikolaidls-logistics.gr (l instead of i) on a DigitalOcean droplet without rDNS, while the real carrier uses '
        'Microsoft 365; change of account only by e-mail, redirects open invoices, "old account closes"; self-made PDF "certificate".')

_u36 = 'https://thermaikosbay-docs.azurewebsites.net/sharepoint/view.aspx?file=Prosfora_Diamonis_2027.pdf&u=ZGltaXRyaW9zLnBhcGFkb3BvdWxvc0BleGFtcGxlLmNvbQ'
msg(file='36-el-hotel-kompromismeno-sharepoint', kind='attack', lang='el', when='2026-12-15 14:05:37',
    route=I.m365, route_kw=dict(region='eu'),
    env_from='reservations@thermaikosbay.gr', rcpt='dimitrios.papadopoulos@example.com',
    headers=[('From', A('Thermaikos Bay Reservations', 'reservations@thermaikosbay.gr')),
             ('To', A('Δημήτριος Παπαδόπουλος', 'dimitrios.papadopoulos@example.com', 'utf-8', 'B')),
             ('Subject', hval('Το Thermaikos Bay κοινοποίησε το αρχείο «Προσφορά_Διαμονής_Ομάδας_2027.pdf» μαζί σας', 'utf-8', 'B')),
             ('Content-Language', 'el-GR')],
    body=lambda b: b.alt(
        b.text('Το Thermaikos Bay κοινοποίησε ένα αρχείο μαζί σας\n\nΠροσφορά_Διαμονής_Ομάδας_2027.pdf\n\n'
               'Σας στέλνουμε την προσφορά για τη διαμονή της ομάδας και του τεχνικού επιτελείου για την προετοιμασία του '
               'Ιανουαρίου 2027. Το έγγραφο είναι προστατευμένο· για προβολή απαιτείται επαλήθευση με τον εταιρικό σας λογαριασμό.\n\n'
               'Άνοιγμα: ' + _u36 + '\n\nΑυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.\n\n'
               'Microsoft SharePoint', 'utf-8', 'base64'),
        b.html(notice_html('utf-8', 'Το Thermaikos Bay κοινοποίησε ένα αρχείο μαζί σας', [
            'Σας στέλνουμε την προσφορά για τη διαμονή της ομάδας και του τεχνικού επιτελείου για την προετοιμασία του Ιανουαρίου '
            '2027. Το έγγραφο είναι προστατευμένο· για προβολή απαιτείται επαλήθευση με τον εταιρικό σας λογαριασμό.',
            'Προσφορά_Διαμονής_Ομάδας_2027.pdf'],
            button=('Άνοιγμα', _u36), brand='SharePoint', color='#036c70', lang='el',
            footer='Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.<br>'
                   'Δήλωση προστασίας προσωπικών δεδομένων της Microsoft'), 'utf-8', 'base64'), style='exo'),
    what='Fake SharePoint share from the hotel\'s genuinely compromised Microsoft 365 mailbox, link to a credential page.',
    why='Real hotel domain and tenant (account takeover), but a "SharePoint" notice sent as a normal mail by the reservations '
        'mailbox with a link to azurewebsites.net (abused Azure hosting), not sharepoint.com; asks to "verify" the corporate '
        'account; victim address base64-encoded in the URL.')

# ============================================================== BUSINESS

msg(file='32-el-logistiko-grafeio-mydata-prothesmies', kind='business', lang='el', when='2026-10-22 13:47:05',
    route=I.otenet, route_kw=dict(client_app='outlook'),
    env_from='karagiannis.logistiko@otenet.gr', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Νίκος Καραγιάννης', 'karagiannis.logistiko@otenet.gr', 'windows-1253', 'B')),
             ('To', A('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'windows-1253', 'B')),
             ('Subject', hval('myDATA Γ΄ τριμήνου – εκκρεμότητες και προθεσμίες', 'windows-1253', 'B')),
             ('Thread-Index', 'AdtUQ7r0dM4e2yTgR0K3mZ8x1oVb9Q=='), ('Content-Language', 'el')],
    body=lambda b: b.client(
        'Καλησπέρα Ελένη,\n\n'
        'κάνοντας τη συμφωνία του Γ΄ τριμήνου στο myDATA βλέπουμε δύο εκκρεμότητες:\n'
        '1. Το τιμολόγιο της Nikolaidis Logistics ΤΠΥ 2026/0794 δεν έχει χαρακτηρισμό εξόδων από την πλευρά μας.\n'
        '2. Λείπει το τιμολόγιο του ξενοδοχείου Thermaikos Bay για τη διαμονή του Σεπτεμβρίου.\n\n'
        'Αν μου τα στείλεις έως την Παρασκευή, τα περνάμε εμείς και κλείνουμε το τρίμηνο χωρίς καμία διαφορά· δεν '
        'τίθεται θέμα προστίμου.\n\n'
        'Παρεμπιπτόντως, κυκλοφορούν αυτές τις μέρες ψεύτικα email «ΑΑΔΕ – απόκλιση myDATA» με συνδέσμους για κωδικούς '
        'TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια· αν σας έρθει κάτι, προώθησέ το σε μένα και μην πατήσεις τίποτα.\n\n'
        'Καλή συνέχεια,\nΝίκος Καραγιάννης\nΛογιστικό Γραφείο Καραγιάννη\nΤσιμισκή 78, 546 22 Θεσσαλονίκη\nΤηλ. 2310 264 118',
        'outlook', 'windows-1253', 'quoted-printable', bstyle='outlook', lang='EL'),
    what='External accountant lists myDATA items missing for Q3 and warns about fake AADE e-mails.',
    why='Long-standing accountant on his otenet.gr address (Outlook via OTE), concrete items, no link, no pressure, explicitly '
        'warns against the AADE phishing pattern.',
    pair=[32], pair_note='Same myDATA/Q3 discrepancy topic as the AADE phish.')

_inv33 = make_pdf([
    ('NIKOLAIDIS LOGISTICS Μ.Ι.Κ.Ε.', 14, True), 'Μεταφορές – Εκτελωνισμοί · 26ης Οκτωβρίου 90, 546 27 Θεσσαλονίκη',
    'ΑΦΜ ' + TAX['nikolaidis_afm'] + ' · ΔΟΥ Ε΄ Θεσσαλονίκης', '---', '',
    ('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΠΥ 2026/0871', 12, True), 'Ημερομηνία: 09/11/2026   MARK: 400001948822317', '',
    'Πελάτης: Example Group GmbH & Co. KGaA – Υποκατάστημα Ελλάδας, ΑΦΜ ' + GR_AFM, '',
    'Περιγραφή                                           Ποσότητα      Τιμή      Αξία',
    'Μεταφορά εμπορευμάτων Πειραιάς – Θεσσαλονίκη          3        420,00    1.260,00',
    'Εκτελωνισμός αποστολής από Ηνωμένο Βασίλειο           1        380,00      380,00',
    'Αποθήκευση (παλέτες / εβδομάδα)                       24         9,50      228,00', '',
    '                                        Καθαρή αξία     1.868,00 €',
    '                                        ΦΠΑ 24%           448,32 €',
    '                                        Σύνολο          2.316,32 €', '',
    'Τρόπος πληρωμής: κατάθεση σε λογαριασμό Τράπεζας Πειραιώς', 'IBAN ' + fmt_iban(BANK['nikolaidis'])],
    title='ΤΠΥ 2026/0871', producer='SoftOne Series 5', date=pdfdate(2026, 11, 9, 10, 15, "+02'00'"))

msg(file='33-el-nikolaidis-timologio', kind='business', lang='el', when='2026-11-09 10:21:44',
    route=I.m365, route_kw=dict(region='eu'),
    env_from='logistirio@nikolaidis-logistics.gr', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Λογιστήριο Nikolaidis Logistics', 'logistirio@nikolaidis-logistics.gr', 'iso-8859-7', 'B')),
             ('To', A('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'iso-8859-7', 'B')),
             ('Subject', hval('Τιμολόγιο ΤΠΥ 2026/0871', 'iso-8859-7', 'B')),
             ('Content-Language', 'el-GR')],
    body=lambda b: b.mixed(b.text(
        'Καλημέρα σας,\n\n'
        'σας αποστέλλουμε το τιμολόγιο ΤΠΥ 2026/0871 ποσού 2.316,32 € για τις μεταφορές και τον εκτελωνισμό του Οκτωβρίου. '
        'Το παραστατικό έχει διαβιβαστεί στο myDATA (MARK 400001948822317).\n\n'
        'Η πληρωμή γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς.\n\n'
        'Με εκτίμηση,\nΛογιστήριο\nNikolaidis Logistics Μ.Ι.Κ.Ε.\nΤηλ. 2310 781 450', 'iso-8859-7', 'base64'),
        b.att(_inv33, 'application/pdf', 'TPY_2026_0871.pdf'), style='exo'),
    what='Greek carrier\'s invoice with myDATA MARK number (PDF).',
    why='Real domain nikolaidis-logistics.gr via its Microsoft 365 tenant, MARK reference, payment to the known Piraeus account.',
    pair=[35], pair_note='Same carrier and invoice series as the look-alike IBAN change.')

msg(file='34-el-dieuthyntis-epeigousa-pliromi-intern', kind='business', lang='el', when='2026-12-01 08:36:12',
    route=I.internal, route_kw=dict(client_ip='10.60.0.14'),
    env_from='dimitrios.papadopoulos@example.com', rcpt='eleni.georgiou@example.com',
    headers=[('From', A('Δημήτριος Παπαδόπουλος', 'dimitrios.papadopoulos@example.com', 'iso-8859-7', 'B')),
             ('To', A('Ελένη Γεωργίου', 'eleni.georgiou@example.com', 'iso-8859-7', 'B')),
             ('CC', A('Sabine Groß', 'sabine.gross@example.com', 'iso-8859-1', 'Q')),
             ('Subject', hval('Προκαταβολή Thermaikos Bay - τουρνουά ακαδημίας (σήμερα)', 'iso-8859-7', 'B')),
             ('Thread-Topic', hval('Προκαταβολή Thermaikos Bay - τουρνουά ακαδημίας (σήμερα)', 'iso-8859-7', 'B')),
             ('Importance', 'high'), ('Content-Language', 'el-GR')],
    body=lambda b: b.client(
        'Ελένη καλημέρα,\n\n'
        'το Thermaikos Bay μας κρατάει τα 28 δωμάτια για το τουρνουά της ακαδημίας (2-5 Ιανουαρίου) μόνο αν πάρει σήμερα '
        'την προκαταβολή του 30 %, δηλαδή 6.132,00 €. Το προτιμολόγιο PF-26/1184 είναι ήδη στο ERP και το έχω εγκρίνει.\n\n'
        'Μπορείς να το βάλεις στην σημερινή πληρωμή; Ο λογαριασμός του ξενοδοχείου είναι ο γνωστός από το μητρώο '
        'προμηθευτών (Εθνική Τράπεζα), τίποτα καινούριο. Βάζω και την κα Gross σε κοινοποίηση για τη δεύτερη έγκριση.\n\n'
        'Είμαι στο γραφείο όλο το πρωί αν χρειαστείς κάτι.\n\nΔημήτρης\n\n' + 'Δημήτριος Παπαδόπουλος\nΔιευθυντής Γραφείου\n' + EG_GR_SIG,
        'outlook', 'iso-8859-7', 'quoted-printable', bstyle='outlook', lang='EL'),
    what='Office manager\'s genuine same-day payment request to the accountant (hotel deposit), internal route.',
    why='Internal Exchange → relay, known supplier and existing vendor master data, pro-forma already approved in ERP, '
        'CFO in CC for second approval, in the office and reachable.',
    pair=[34], pair_note='Same manager → accountant urgency as the WhatsApp CEO-fraud opener, but through proper channels.')

msg(file='35-el-fan-club-parapono-paraggelia', kind='business', lang='el', when='2026-12-04 20:18:33',
    route=I.otenet, env_from='kostas.alexiou@otenet.gr', rcpt='dimitrios.papadopoulos@example.com',
    headers=[('From', A('Κώστας Αλεξίου', 'kostas.alexiou@otenet.gr', 'UTF-8', 'B')),
             ('To', A('', 'dimitrios.papadopoulos@example.com')),
             ('Subject', hval('Παράπονο – παραγγελία 30 κασκόλ δεν έχει φτάσει ακόμα', 'UTF-8', 'Q'))],
    body=lambda b: b.client(
        'Καλησπέρα σας,\n\n'
        'είμαι ο Κώστας Αλεξίου από τον σύνδεσμο φιλάθλων της Θεσσαλονίκης. Στις 6 Νοεμβρίου παραγγείλαμε 30 κασκόλ και 15 '
        'σκουφιά (παραγγελία GR-2026-0311) και πληρώσαμε με κατάθεση την ίδια μέρα. Μας είχατε πει παράδοση σε δύο εβδομάδες '
        'και ακόμα δεν έχει έρθει τίποτα, ούτε έχουμε αριθμό αποστολής.\n\n'
        'Τα θέλαμε για την εκδρομή στο Ντίσελντορφ στις 12 Δεκεμβρίου. Αν δεν προλαβαίνουν, θα προτιμούσαμε να μας '
        'επιστρέψετε τα χρήματα στον λογαριασμό του συνδέσμου από τον οποίο πληρώσαμε.\n\n'
        'Ευχαριστώ,\nΚώστας Αλεξίου\n6944 518 207', 'roundcube', 'UTF-8', 'quoted-printable'),
    what='Fan-club member complains that a merchandise order has not arrived and asks for a refund to the paying account.',
    why='Consumer mailbox but genuine customer context (order number, payment date, event), refund to the account that paid '
        '(no new bank details), phone number given.')

_conf36 = make_pdf([
    ('THERMAIKOS BAY HOTEL', 14, True), 'Λεωφόρος Μεγάλου Αλεξάνδρου 12, 546 46 Θεσσαλονίκη · ΑΦΜ ' + TAX['thermaikos_afm'], '---', '',
    ('Επιβεβαίωση κράτησης / Booking confirmation TB-26-4471', 12, True), '',
    'Πελάτης: Example Group GmbH & Co. KGaA – Υποκατάστημα Ελλάδας', 'Άφιξη: 22/10/2026   Αναχώρηση: 25/10/2026',
    'Δωμάτια: 6 × Superior Double (στελέχη & scouting)', 'Τιμή: 138,00 € / δωμάτιο / νύχτα, πρωινό περιλαμβάνεται',
    'Σύνολο: 2.484,00 € + φόρος διαμονής', '',
    'Πληρωμή με κατάθεση έως την άφιξη: Εθνική Τράπεζα, IBAN ' + fmt_iban(BANK['thermaikos']), '',
    'Δωρεάν ακύρωση έως 48 ώρες πριν την άφιξη.'],
    title='Booking TB-26-4471', producer='Protel PMS', date=pdfdate(2026, 10, 12, 11, 30, "+03'00'"))

msg(file='36-el-ksenodoxeio-epivevaiosi-kratisis', kind='business', lang='el', when='2026-10-12 11:34:50',
    route=I.m365, route_kw=dict(region='eu'),
    env_from='reservations@thermaikosbay.gr', rcpt='dimitrios.papadopoulos@example.com',
    headers=[('From', A('Thermaikos Bay Reservations', 'reservations@thermaikosbay.gr')),
             ('To', A('Δημήτριος Παπαδόπουλος', 'dimitrios.papadopoulos@example.com', 'utf-8', 'B')),
             ('Subject', hval('Επιβεβαίωση κράτησης TB-26-4471 / Booking confirmation', 'utf-8', 'B')),
             ('Content-Language', 'el-GR')],
    body=lambda b: b.client(
        'Αγαπητέ κύριε Παπαδόπουλε,\n\n'
        'σας ευχαριστούμε για την κράτησή σας. Επισυνάπτουμε την επιβεβαίωση TB-26-4471 για 6 δωμάτια Superior Double από '
        '22 έως 25 Οκτωβρίου 2026.\n\nΗ πληρωμή μπορεί να γίνει με κατάθεση έως την ημέρα άφιξης ή με κάρτα στη ρεσεψιόν. '
        'Για οποιαδήποτε αλλαγή είμαστε στη διάθεσή σας στο 2310 428 900.\n\n'
        'Με εκτίμηση,\nΤμήμα Κρατήσεων\nThermaikos Bay Hotel', 'outlook', 'utf-8', 'base64', bstyle='exo', lang='EL',
        attachments=[b.att(_conf36, 'application/pdf', 'Booking_TB-26-4471.pdf')]),
    what='Hotel booking confirmation (PDF) for staff rooms.',
    why='Hotel\'s real domain on Microsoft 365 before its compromise; confirmation matches a booking, PDF attached directly, '
        'payment by transfer to its usual account or card at reception, phone given.',
    pair=[36], pair_note='Same hotel mailbox that is later used, after takeover, for the fake SharePoint share.')
