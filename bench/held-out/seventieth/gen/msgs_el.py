"""Greek messages (Athens office, Greek partners): 5 attacks, 5 genuine."""
from kit import *   # noqa: F401,F403

ATTIKI = ids.iban_gr('026', '0148', '0000540200837')        # Attiki, Eurobank (genuine)
ATTIKI_MULE = ids.iban_gr('017', '0181', '0005018432277')   # attacker mule, Piraeus
GEMI_BG = ids.iban('BG', 'UNCR70001522948371')              # fake register, Bulgarian account
ATTIKI_AFM = ids.gr_afm('09481726')
EG_GR_AFM = ids.gr_afm('80162734')
EBEA_RF = ids.rf_ref('2027004418276')

DIM = native('dimitris')
ELE = native('eleni')


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 32 AADE / myDATA phishing via SendGrid
    inf = I.SendGrid(node='xvfrtkqm', ip='167.89.118.54', uid=41227809, bounce_dom='em7731.aade-mydata.com')
    link = 'https://u41227809.ct.sendgrid.net/ls/click?upn=u001.3Jk9Tq2-2BvLm8Rz0hXy4Wp6Nc1Ds5Fa7Gb3He9Ui0Ok'
    plain = D('''
        ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
        Ηλεκτρονικά Βιβλία – myDATA

        Αγαπητέ/ή φορολογούμενε,

        κατά τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για το Γ΄ τρίμηνο 2026, εντοπίστηκαν 7 παραστατικά εξόδων του ΑΦΜ %s χωρίς αντίστοιχο χαρακτηρισμό από τον λήπτη, καθώς και αποκλίσεις ΦΠΑ συνολικού ύψους 4.318,62 €.

        Για την αποφυγή επιβολής προστίμου σύμφωνα με το άρθρο 54 του ν. 4987/2022 (ΚΦΔ), παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τις εγγραφές έως τις 20/11/2026:

        Σύνδεση στο myDATA: %s

        Με εκτίμηση,
        Διεύθυνση Ηλεκτρονικής Διακυβέρνησης – ΑΑΔΕ
        ''' % (EG_GR_AFM, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f0f3f7"><div style="max-width:620px;margin:auto;background:#fff">'
            '<div style="background:#003476;color:#fff;padding:16px 22px;font-size:18px">&#913;&#913;&#916;&#917; &middot; myDATA</div><div style="padding:22px">'
            + ''.join('<p>%s</p>' % esc(p, 'iso-8859-7').replace('\n', '<br>') for p in plain.split('\n\n')[1:4]) +
            '<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:10px 26px;text-decoration:none">%s</a></p>'
            '<p>%s</p></div></div></body></html>\n' % (link, esc('Σύνδεση με κωδικούς TAXISnet', 'iso-8859-7'),
                                                       esc(plain.split('\n\n')[5], 'iso-8859-7').replace('\n', '<br>')))
    add('attack', 'el', 'aade-mydata-apokliseis', inf, T('2026-11-13 10:22:07', 'GR'),
        ('ΑΑΔΕ – myDATA', 'noreply@aade-mydata.com'), [ELE],
        'myDATA: Εντοπίστηκαν αποκλίσεις στα διαβιβασμένα παραστατικά – Απαιτείται ενέργεια',
        alt(text(plain, 'iso-8859-7', 'quoted-printable'), text(html, 'iso-8859-7', 'quoted-printable', 'html')),
        hcs='iso-8859-7', henc='B',
        what='"AADE / myDATA" reports unclassified expense documents and VAT differences and asks to log in with TAXISnet credentials by a deadline',
        why='Greek tax authority impersonated from look-alike aade-mydata.com via SendGrid (real: aade.gr, mydata on aade.gr); tracked link to a fake TAXISnet login; fine threat with deadline - credential phishing tied to the 2026 e-books/e-invoicing obligations',
        check={'technique': 'Tax-authority / e-books (AADE myDATA, TAXISnet) credential phishing via SendGrid'})

    # 33 Distributor bank change from look-alike domain (.com vs .gr)
    inf = I.VPS(helo='mail.attikidianomi.com', rdns='vps-4b1e7f02.vps.ovh.net', ip='57.128.173.90',
                pc='DESKTOP-K7PX0AM', client_ip='5.253.206.118', mimic='outlook', lang='el', zone='GR')
    body = D('''
        Αγαπητοί συνεργάτες,

        σας ενημερώνουμε ότι, λόγω μεταφοράς της κύριας συνεργασίας μας στην Τράπεζα Πειραιώς, από 01/12/2026 όλες οι πληρωμές προς την εταιρεία μας θα πραγματοποιούνται αποκλειστικά στον παρακάτω λογαριασμό:

        Δικαιούχος: ΑΤΤΙΚΗ ΔΙΑΝΟΜΗ ΒΙΒΛΙΟΥ Α.Ε.
        Τράπεζα: Πειραιώς
        IBAN: %s

        Τα τιμολόγια ΤΠΥ 2026/0871 (2.940,00 €) και ΤΠΥ 2026/0903 (3.412,80 €) που λήγουν αυτή την εβδομάδα παρακαλούμε να εξοφληθούν στον νέο λογαριασμό. Ο παλαιός λογαριασμός στη Eurobank θα κλείσει στο τέλος του μήνα.

        Παρακαλούμε επιβεβαιώστε μας με απάντηση σε αυτό το μήνυμα την ενημέρωση των στοιχείων σας.

        Με εκτίμηση,
        Λογιστήριο
        ΑΤΤΙΚΗ ΔΙΑΝΟΜΗ ΒΙΒΛΙΟΥ Α.Ε.
        Λεωφ. Κηφισού 112, 122 41 Αιγάλεω
        ΑΦΜ %s – ΔΟΥ ΦΑΕ Αθηνών
        ''' % (bnk(ATTIKI_MULE), ATTIKI_AFM))
    add('attack', 'el', 'attiki-allagi-iban', inf, T('2026-11-30 11:48:29', 'GR'),
        ('Λογιστήριο Αττική Διανομή', 'logistirio@attikidianomi.com'), [ELE],
        'Αλλαγή τραπεζικού λογαριασμού – ΑΤΤΙΚΗ ΔΙΑΝΟΜΗ ΒΙΒΛΙΟΥ Α.Ε.',
        alt(text(body, 'windows-1253', 'quoted-printable'),
            text(html_of(body, 'outlook', 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable', 'html')),
        cc=[DIM], hcs='windows-1253', henc='B',
        what='"Attiki Book Distribution" accounts announces a new Piraeus Bank account and asks to pay two invoices due this week there',
        why='Look-alike attikidianomi.com (real: attikidianomi.gr on its own server) sent from an OVH VPS; immediate change for already-due invoices, old account "closing", confirmation by reply only - supplier payment-redirection BEC',
        check={'technique': 'Supplier bank-detail change from look-alike domain (.com vs .gr) on VPS', 'ibans': [ATTIKI_MULE]})

    # 34 Fake business-register "annual fee" with PDF
    inf = I.EximCpanel(helo='vps112.host4greece.net', rdns='vps112.host4greece.net', ip='212.205.116.42',
                       client_ip='185.244.25.161', zone='GR', mailer='Microsoft Outlook 16.0')
    body = D('''
        Αξιότιμοι κύριοι,

        σύμφωνα με τα στοιχεία της εταιρείας σας όπως δημοσιεύθηκαν στο Γενικό Εμπορικό Μητρώο, σας αποστέλλουμε συνημμένα το ειδοποιητήριο για την ετήσια καταχώριση της επιχείρησής σας στον Ενιαίο Επιχειρηματικό Κατάλογο για το έτος 2027.

        Παρακαλούμε όπως εξοφλήσετε το ποσό των 689,00 € εντός 10 ημερών, αναγράφοντας στην αιτιολογία τον αριθμό καταχώρισης.

        Με εκτίμηση,
        Τμήμα Καταχωρίσεων
        Ενιαίος Επιχειρηματικός Κατάλογος Γ.Ε.ΜΗ.
        ''')
    pdfd = pdf_att('Eidopoiitirio_2027_EEK-58812.pdf', [
        ('ΕΝΙΑΙΟΣ ΕΠΙΧΕΙΡΗΜΑΤΙΚΟΣ ΚΑΤΑΛΟΓΟΣ Γ.Ε.ΜΗ.', 13, True), 'Τμήμα Καταχωρίσεων', '',
        'Προς: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.', 'Οδός Ακαδημίας 38, 106 79 Αθήνα', 'ΑΦΜ: ' + EG_GR_AFM, '',
        ('ΕΙΔΟΠΟΙΗΤΗΡΙΟ ΕΤΗΣΙΑΣ ΚΑΤΑΧΩΡΙΣΗΣ 2027', 12, True), 'Αριθμός καταχώρισης: ΕΕΚ-58812', '',
        'Καταχώριση στον κατάλογο 2027 ........ 555,65 €', 'ΦΠΑ 24% ................................ 133,35 €',
        ('Σύνολο ................................ 689,00 €', 10, True), '',
        'Πληρωμή εντός 10 ημερών στον λογαριασμό:', 'IBAN: ' + bnk(GEMI_BG), 'BIC: UNCRBGSF',
        'Αιτιολογία: ΕΕΚ-58812', '',
        ('Η παρούσα αποτελεί προσφορά καταχώρισης σε ιδιωτικό κατάλογο και δεν συνδέεται με το Γ.Ε.ΜΗ.', 7, False),
        ('Με την πληρωμή συνάπτεται σύμβαση διάρκειας τριών ετών.', 7, False)],
        title='Ειδοποιητήριο 2027', author='EEK', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        created="D:20261201090000+02'00'")
    add('attack', 'el', 'gemi-katalogos-eidopoiitirio', inf, T('2026-12-01 09:17:45', 'GR'),
        ('Επιχειρηματικός Κατάλογος ΓΕΜΗ', 'info@eek-gemi.eu'), [DIM],
        'Ειδοποιητήριο ετήσιας καταχώρισης 2027 – ΕΕΚ-58812',
        mixed(text(body, 'iso-8859-7', 'base64'), pdfd), hcs='iso-8859-7', henc='B',
        env_from='info@eek-gemi.eu',
        what='"GEMI business directory" sends a 689 EUR "annual registration notice" with a PDF payable to a Bulgarian account',
        why='Private directory posing as the official business register G.E.MI.; fine print reveals an offer/three-year contract; foreign account; sent through a Greek shared-hosting server from a foreign IP - fake register/directory invoice',
        check={'technique': 'Fake register/directory invoice (Greek G.E.MI. look-alike), PDF with foreign IBAN', 'ibans': [GEMI_BG]})

    # 35 Compromised bookshop mailbox, fake OneDrive share -> workers.dev
    inf = I.M365(domain='selides-books.gr', srv='AS4PR10MB5881', srv2='VI1PR10MB3312', region='eurprd10',
                 ob=('EUR04-VI1-obe.outbound.protection.outlook.com',
                     'mail-vi1eur04on2114.outbound.protection.outlook.com', '40.107.8.114'),
                 content_language='el-GR', client_ip='156.146.63.131')
    url = 'https://selides-onedrive.docshare-7f3k.workers.dev/?id=Q2hyaXN0bWFzLU9yZGVy'
    plain = D('''
        Η Κατερίνα Αλεξίου σάς έστειλε ένα αρχείο

        Παραγγελία_Χριστουγέννων_2026.pdf

        Καλησπέρα σας, σας στέλνω την παραγγελία μας για τα Χριστούγεννα όπως συζητήσαμε. Παρακαλώ επιβεβαιώστε διαθεσιμότητα.

        Άνοιγμα: %s

        Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

        Βιβλιοπωλείο Σελίδες – Θεσσαλονίκη
        ''' % url)
    html = D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f3f2f1;font-family:'Segoe UI',Arial,sans-serif">
        <table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e1dfdd">
        <tr><td style="padding:22px 30px 6px 30px;font-size:20px;color:#323130">Η Κατερίνα Αλεξίου σάς έστειλε ένα αρχείο</td></tr>
        <tr><td style="padding:6px 30px;font-size:14px;color:#605e5c">Καλησπέρα σας, σας στέλνω την παραγγελία μας για τα Χριστούγεννα όπως συζητήσαμε. Παρακαλώ επιβεβαιώστε διαθεσιμότητα.</td></tr>
        <tr><td style="padding:14px 30px;font-size:14px;color:#323130">&#128196; Παραγγελία_Χριστουγέννων_2026.pdf</td></tr>
        <tr><td style="padding:8px 30px 24px 30px"><a href="%s" style="background:#0f6cbd;color:#fff;padding:10px 22px;text-decoration:none;font-size:14px">Άνοιγμα</a></td></tr>
        <tr><td style="padding:0 30px 20px 30px;font-size:12px;color:#a19f9d">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.</td></tr>
        </table></td></tr></table></body></html>
        ''' % url)
    add('attack', 'el', 'vivliopoleio-parabiasmeno-onedrive', inf, T('2026-12-02 18:55:31', 'GR'),
        ('Κατερίνα Αλεξίου', 'k.alexiou@selides-books.gr'), [],
        'Η Κατερίνα Αλεξίου σάς έστειλε το αρχείο «Παραγγελία_Χριστουγέννων_2026.pdf»',
        alt(text(plain, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')),
        to_raw='undisclosed-recipients:;', rcpt='dimitris.papadopoulos@example.com', henc='B',
        what='Fake OneDrive share notification "Christmas order" from a known Thessaloniki bookshop customer',
        why='Sent from the bookshop\'s real but compromised Microsoft 365 mailbox (foreign VPN IP, undisclosed recipients); hand-made share notice not from OneDrive/SharePoint; link to a Cloudflare workers.dev page (abused genuine hosting) leading to an AitM Microsoft login',
        check={'technique': 'Compromised customer mailbox (real M365), fake OneDrive share, Cloudflare workers.dev-hosted AitM phishing'})

    # 36 Courier customs-fee phishing via Brevo
    inf = I.Brevo(node=88, client_id=7719034, bounce_dom='sender-sib.com')
    link = 'https://9x2mc.r.sp1-brevo.net/mk/cl/f/sh/7nRw2bJq4XlVz8Ha'
    plain = D('''
        ACS Courier – Ενημέρωση αποστολής

        Η αποστολή σας με αριθμό 7204 5518 9932 από το Ηνωμένο Βασίλειο βρίσκεται στο κέντρο διαλογής Αθηνών και δεν μπορεί να παραδοθεί, επειδή εκκρεμούν τέλη εκτελωνισμού ύψους 1,85 €.

        Για να προγραμματιστεί η παράδοση, εξοφλήστε τα τέλη έως την Παρασκευή:
        %s

        Σε διαφορετική περίπτωση η αποστολή θα επιστραφεί στον αποστολέα.

        ACS Courier – Εξυπηρέτηση Πελατών
        ''' % link)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eee"><div style="max-width:560px;margin:auto;background:#fff">'
            '<div style="background:#e30613;color:#fff;font-size:22px;font-weight:bold;padding:14px 20px">ACS</div><div style="padding:20px;font-size:14px">'
            '<p>%s</p><p style="text-align:center"><a href="%s" style="background:#e30613;color:#fff;padding:10px 24px;text-decoration:none">%s</a></p>'
            '<p>%s</p><p style="font-size:12px;color:#777">%s</p></div></div></body></html>\n'
            % (esc(plain.split('\n\n')[1]), link, esc('Πληρωμή 1,85 €'), esc(plain.split('\n\n')[3]), esc(plain.split('\n\n')[4].strip())))
    add('attack', 'el', 'acs-courier-teli-ektelonismou', inf, T('2026-11-18 12:40:19', 'GR'),
        ('ACS Courier', 'info@acs-apostoles.gr'), [DIM],
        'Η αποστολή 720455189932 βρίσκεται σε αναμονή – εκκρεμούν τέλη 1,85 €',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        henc='B',
        extra=[('List-Unsubscribe', '<https://9x2mc.r.sp1-brevo.net/mk/un/sh/7nRw2bJq4XlVz8Ha>')],
        what='"ACS Courier" says a parcel from the UK is held for 1.85 EUR customs fees',
        why='Courier brand on look-alike acs-apostoles.gr via Brevo (real ACS notices come from acscourier.net systems); small customs fee and deadline to harvest card data; not linked to any real shipment',
        check={'technique': 'Courier customs-fee phishing via Brevo, look-alike domain'})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 32 External accountant from otenet.gr about myDATA
    inf = I.Otenet(pc='DESKTOP-NIKOLAOU', client_rdns='ppp-94-66-214-87.home.otenet.gr', client_ip='94.66.214.87')
    body = D('''
        Καλημέρα Ελένη,

        κοίταξα χθες το βράδυ το myDATA για το Γ΄ τρίμηνο: υπάρχουν 7 παραστατικά εξόδων (κυρίως από την Αττική Διανομή και το ΕΛΤΑ Courier) που δεν έχουν χαρακτηριστεί ακόμη από εμάς. Θα τα χαρακτηρίσω εγώ από το γραφείο μέχρι την Παρασκευή, δεν χρειάζεται να κάνεις κάτι στην πλατφόρμα.

        Θα χρειαστώ μόνο τα PDF των τιμολογίων ΤΠΥ 2026/0762 και 0788 της Αττικής, γιατί τα ποσά ΦΠΑ στο myDATA διαφέρουν κατά λίγα λεπτά από αυτά που έχουμε περάσει. Αν τα έχεις, στείλ' τα μου σήμερα ή αύριο.

        Καλή συνέχεια,
        Γιώργος

        Γιώργος Νικολάου
        Λογιστής – Φοροτεχνικός Α΄ τάξης
        Σόλωνος 71, 106 79 Αθήνα
        Τηλ. 210 36 18 402
        ''')
    add('business', 'el', 'logistis-mydata-otenet', inf, T('2026-11-12 08:36:51', 'GR'),
        ('Γιώργος Νικολάου', 'gnikolaou@otenet.gr'), [ELE],
        'myDATA Γ΄ τριμήνου – χαρακτηρισμοί',
        alt(text(body, 'windows-1253', 'quoted-printable'),
            text(html_of(body, 'outlook', 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable', 'html')),
        hcs='windows-1253', henc='B',
        what='The company\'s external accountant (on OTE consumer mail) says seven expense documents in myDATA are unclassified and he will handle them',
        why='Known accountant\'s long-used otenet.gr address via OTE\'s mail server from a Greek home DSL line with Outlook; explicitly no login needed, asks only for two invoice PDFs',
        pair=('aade-mydata-apokliseis', 'Same myDATA "7 unclassified documents" topic a day earlier - known advisor, no TAXISnet login'))

    # 33 Genuine invoice from Attiki (own server, Outlook)
    inf = SV.own_postfix('mail.attikidianomi.gr', '83.235.171.20', 'GR', 'LOGISTIRIO-02', '10.0.10.42',
                         'attikidianomi.gr', mailer='outlook', lang='el',
                         desc='distributor\'s own Postfix (Plesk) with Outlook')
    body = D('''
        Αγαπητή κυρία Γεωργίου,

        σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 2026/0958 για τις υπηρεσίες αποθήκευσης και διανομής του Νοεμβρίου.

        Ποσό: 3.188,24 € (με ΦΠΑ 24%%)
        Λήξη: 31/12/2026
        Πληρωμή στον γνωστό λογαριασμό μας στη Eurobank: %s

        Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001938271554).

        Με εκτίμηση,
        Σοφία Μανωλάκη
        Λογιστήριο
        ΑΤΤΙΚΗ ΔΙΑΝΟΜΗ ΒΙΒΛΙΟΥ Α.Ε.
        Λεωφ. Κηφισού 112, 122 41 Αιγάλεω – Τηλ. 210 59 12 300
        ''' % bnk(ATTIKI))
    tpy = pdf_att('TPY_2026_0958.pdf', [
        ('ΑΤΤΙΚΗ ΔΙΑΝΟΜΗ ΒΙΒΛΙΟΥ Α.Ε.', 14, True), 'Λεωφ. Κηφισού 112, 122 41 Αιγάλεω - ΑΦΜ ' + ATTIKI_AFM + ' - ΔΟΥ ΦΑΕ Αθηνών', '',
        ('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ  ΤΠΥ 2026/0958', 12, True), 'Ημερομηνία: 04/12/2026   ΜΑΡΚ: 400001938271554', '',
        'Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. - ΑΦΜ ' + EG_GR_AFM, '',
        'Περιγραφή                               Αξία €', 'Αποθήκευση βιβλίων 11/2026 (86 παλέτες)   1.032,00',
        'Διανομή σε βιβλιοπωλεία 11/2026           1.539,16', 'Καθαρή αξία                               2.571,16',
        'ΦΠΑ 24%                                     617,08', ('Σύνολο                                    3.188,24', 10, True), '',
        'Τρόπος πληρωμής: κατάθεση σε λογαριασμό', 'Eurobank IBAN ' + bnk(ATTIKI)],
        title='ΤΠΥ 2026/0958', author='Λογιστήριο', creator='SoftOne ERP', producer='SoftOne',
        created="D:20261204103000+02'00'")
    add('business', 'el', 'attiki-timologio-noemvriou', inf, T('2026-12-04 10:41:02', 'GR'),
        ('Λογιστήριο Αττική Διανομή', 'logistirio@attikidianomi.gr'), [ELE],
        'Τιμολόγιο ΤΠΥ 2026/0958 – Νοέμβριος 2026',
        mixed(alt(text(body, 'iso-8859-7', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable', 'html')), tpy),
        hcs='iso-8859-7', henc='B',
        what='Distributor sends its November services invoice (PDF, myDATA MARK number), payment to the known Eurobank account',
        why='From attikidianomi.gr via its own mail server, named accountant, invoice registered in myDATA, account unchanged',
        pair=('attiki-allagi-iban', 'Same distributor and invoice topic - real .gr domain and unchanged Eurobank IBAN'))

    # 34 Genuine chamber of commerce annual fee notice
    inf = SV.app_mailer('mail.acci.gr', '62.103.200.18', 'GR', 'acci.gr', 'members.acci.local',
                        'Athens Chamber of Commerce and Industry mail server')
    body = D('''
        Αξιότιμε κύριε Παπαδόπουλε,

        σας ενημερώνουμε ότι εκδόθηκε το ειδοποιητήριο της ετήσιας συνδρομής 2027 του μέλους μας EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. (αρ. μητρώου ΓΕΜΗ 158264401000).

        Ποσό: 120,00 €
        Κωδικός πληρωμής (RF): %s
        Προθεσμία: 31/03/2027

        Η πληρωμή μπορεί να γίνει μέσω e-banking οποιασδήποτε τράπεζας ή μέσω ΔΙΑΣ με χρήση του κωδικού πληρωμής. Το ειδοποιητήριο είναι διαθέσιμο και στην ηλεκτρονική θυρίδα μέλους στο https://www.acci.gr.

        Με εκτίμηση,
        Διεύθυνση Μητρώου
        Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών
        Ακαδημίας 7, 106 71 Αθήνα
        ''' % EBEA_RF)
    add('business', 'el', 'evea-etisia-syndromi', inf, T('2026-12-03 09:00:14', 'GR'),
        ('ΕΒΕΑ – Διεύθυνση Μητρώου', 'mitroo@acci.gr'), [DIM],
        'Ειδοποιητήριο ετήσιας συνδρομής 2027',
        text(body, 'utf-8', 'base64'), henc='B',
        what='Athens Chamber of Commerce notifies the annual membership fee with an RF payment code',
        why='Official chamber domain acci.gr via its own server; modest fee, long deadline, payment by structured RF reference through the banking system, no foreign account',
        pair=('gemi-katalogos-eidopoiitirio', 'Same kind of "annual registration fee" notice two days later - genuine chamber, RF code, no fine-print contract'))

    # 35 Genuine order from the same bookshop (M365)
    inf = I.M365(domain='selides-books.gr', srv='AS4PR10MB5881', srv2='VI1PR10MB3312', region='eurprd10',
                 ob=('EUR04-VI1-obe.outbound.protection.outlook.com',
                     'mail-vi1eur04on2115.outbound.protection.outlook.com', '40.107.8.115'),
                 content_language='el-GR', client_ip='79.129.48.201')
    body = D('''
        Καλησπέρα Δημήτρη,

        σου επισυνάπτω την παραγγελία μας για τα Χριστούγεννα (12 τίτλοι, 164 αντίτυπα). Αν γίνεται, θα ήθελα την αποστολή μέχρι τις 10/12 με ACS όπως πάντα, γιατί στις 12/12 έχουμε την παρουσίαση του «Δρόμου του αλατιού».

        Για τα «Φαροφύλακα» και «Χειμωνιάτικο άτλαντα» αν δεν υπάρχει απόθεμα, στείλτε ό,τι υπάρχει και τα υπόλοιπα στην επόμενη αποστολή.

        Ευχαριστώ πολύ,
        Κατερίνα

        Κατερίνα Αλεξίου
        Βιβλιοπωλείο Σελίδες
        Τσιμισκή 88, 546 22 Θεσσαλονίκη – Τηλ. 2310 26 41 77
        ''')
    order = pdf_att('Paraggelia_Selides_2026-11.pdf', [
        ('Βιβλιοπωλείο Σελίδες - Παραγγελία', 13, True), 'Ημερομηνία: 27/11/2026', 'Προς: Example Group Hellas', '',
        'ISBN               Τίτλος                          Τεμ.',
        ids.isbn13('978-618-5741-02-') + '  Ο δρόμος του αλατιού              30',
        ids.isbn13('978-618-5741-05-') + '  Ο φαροφύλακας                     15',
        ids.isbn13('978-618-5741-09-') + '  Χειμωνιάτικος άτλαντας πουλιών    10',
        '... (σύνολο 12 τίτλοι, 164 αντίτυπα)', '', 'Έκπτωση βάσει συμφωνίας 2026 - πληρωμή 60 ημέρες'],
        title='Παραγγελία', author='Κατερίνα Αλεξίου', creator='Microsoft Excel', producer='Microsoft Excel',
        created="D:20261127113000+02'00'")
    add('business', 'el', 'vivliopoleio-paraggelia-xristougenna', inf, T('2026-11-27 11:42:18', 'GR'),
        ('Κατερίνα Αλεξίου', 'k.alexiou@selides-books.gr'), [DIM],
        'Παραγγελία Χριστουγέννων – Βιβλιοπωλείο Σελίδες',
        mixed(alt(text(body, 'iso-8859-7', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable', 'html')), order),
        hcs='iso-8859-7', henc='B',
        what='Thessaloniki bookshop sends its Christmas order as a PDF',
        why='Owner writing from her Microsoft 365 tenant from a Greek IP directly to her contact, the order is attached as a PDF (no link), concrete titles and event date',
        pair=('vivliopoleio-parabiasmeno-onedrive', 'Same bookshop mailbox and "Christmas order" topic - real direct mail with PDF, not a share link'))

    # 36 Genuine ACS delivery notice
    inf = SV.app_mailer('mailout.acscourier.net', '194.219.220.51', 'GR', 'acscourier.net', 'notify01.acs.local',
                        'ACS Courier notification server')
    body = D('''
        Αγαπητέ πελάτη,

        η αποστολή σας με αριθμό 7204318859 παραδόθηκε σήμερα 09/12/2026 στις 11:42.

        Αποστολέας: EXAMPLE GROUP HELLAS
        Παραλήπτης: ΒΙΒΛΙΟΠΩΛΕΙΟ ΣΕΛΙΔΕΣ, ΘΕΣΣΑΛΟΝΙΚΗ
        Υπογραφή παραλαβής: ΑΛΕΞΙΟΥ

        Μπορείτε να δείτε την πορεία της αποστολής στο https://www.acscourier.net/el/track-and-trace?p=7204318859

        ACS Courier – Εξυπηρέτηση Πελατών
        Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
        ''')
    add('business', 'el', 'acs-paradosi-apostolis', inf, T('2026-12-09 11:45:33', 'GR'),
        ('ACS Courier', 'noreply@acscourier.net'), [DIM],
        'Παράδοση αποστολής 7204318859',
        text(body, 'windows-1253', '8bit'), hcs='windows-1253', henc='B',
        what='Courier confirms delivery of our shipment to the Thessaloniki bookshop',
        why='Courier\'s own notification system on acscourier.net, matches a real outgoing shipment, only a tracking link on the genuine domain, no payment',
        pair=('acs-courier-teli-ektelonismou', 'Same courier brand and parcel notification - genuine domain, no fee'))
