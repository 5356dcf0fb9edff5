"""Greek messages: attacks 32-36, business 32-36."""
from banking import grp
from company import S, ACC, TAX
from compose import att_pdf, att_qrpng, att_png, photo_png
from util import R, rhex

GR = dict(accept='el-GR, en-US', lang='el-GR')


def attacks():
    L = []
    # ------------------------------------------------------------ 32
    L.append(dict(
        n=32, lang='el', slug='aade-mydata-prostimo-phishing',
        tech='Tax-authority (AADE myDATA / TAXISnet) credential phishing from a compromised Greek web server',
        what='"ΑΑΔΕ – myDATA" claims 17 October sales documents were not transmitted, threatens fines and asks to log in with TAXISnet credentials within 5 working days.',
        why='Look-alike domain aade-mydata-gov.com (real: aade.gr / gsis.gr); sent by a PHP script on a hacked Plesk server in Athens; AADE does not e-mail login links; fines threat. Compare genuine accountant mail business/32.',
        frm=('ΑΑΔΕ – myDATA', 'noreply@aade-mydata-gov.com'), env_from='apache@plesk3.webhost-athens.gr',
        to=[S('konstantinou', True)], subject='Ειδοποίηση: Εκκρεμής διαβίβαση παραστατικών στην πλατφόρμα myDATA – Επιβολή προστίμου',
        date='2026-11-11 10:35:50', tz='gr', msgid_domain='aade-mydata-gov.com',
        infra=('local_postfix', dict(host='plesk3.webhost-athens.gr', ip='185.138.42.87', rdns='plesk3.webhost-athens.gr',
                                     zone='gr', uid=10021, client='phpmailer')),
        charset='iso-8859-7', cte='quoted-printable', html='brand', hcs='iso-8859-7', henc='B', plain_link='colon',
        brand=dict(brand='ΑΑΔΕ | myDATA', color='#003476', title='myDATA',
                   footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων – Καρ. Σερβίας 10, 101 84 Αθήνα\nΤο μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.'),
        text="""Αξιότιμε/η κύριε/κυρία,

Από τη διασταύρωση των στοιχείων της πλατφόρμας myDATA με τα δεδομένα των αντισυμβαλλομένων σας διαπιστώθηκε ότι 17 παραστατικά πωλήσεων του μηνός Οκτωβρίου 2026 δεν έχουν διαβιβαστεί εντός της προβλεπόμενης προθεσμίας.

ΑΦΜ: %s
Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.
Αριθμός υπόθεσης: ΑΑΔΕ-ΗΛΒ-2026-0048817

Σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), για κάθε μη διαβιβασθέν παραστατικό επιβάλλεται πρόστιμο.

Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet για να δείτε τη λίστα των παραστατικών και να προβείτε σε διόρθωση εντός 5 εργάσιμων ημερών.

[[Είσοδος στο myDATA|https://aade-mydata-gov.com/taxisnet/login?case=0048817]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % TAX['eg_gr'],
    ))
    # ------------------------------------------------------------ 33
    L.append(dict(
        n=33, lang='el', slug='peiraios-winbank-nea-syskevi',
        tech='Bank credential phishing (Piraeus winbank business, "new device") via Amazon SES',
        what='"Τράπεζα Πειραιώς" reports a sign-in to winbank business from a new device in Thessaloniki and says outgoing payments are suspended until the details are "confirmed".',
        why='Look-alike domain winbank-piraeusbank.com (real: piraeusbank.gr / winbank.gr) through Amazon SES; fake security alert leading to a credential/OTP harvesting page; payment suspension threat.',
        frm=('Τράπεζα Πειραιώς', 'ebanking@winbank-piraeusbank.com'), to=[S('konstantinou', True)],
        subject='winbank business: Απαιτείται επαλήθευση νέας συσκευής', date='2026-10-26 18:40:13', tz='gr',
        infra=('ses', {}), charset='windows-1253', cte='base64', html='brand', hcs='windows-1253', henc='B', plain_link='colon',
        brand=dict(brand='ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ | winbank', color='#f2a900', text_color='#002f5f', title='winbank business',
                   footer='Τράπεζα Πειραιώς Α.Ε. – Αμερικής 4, 105 64 Αθήνα\nΠοτέ δεν σας ζητάμε κωδικούς μέσω τηλεφώνου.'),
        text="""Αγαπητέ πελάτη,

Εντοπίσαμε είσοδο στο winbank business από νέα συσκευή:

Συσκευή: Windows 11 – Chrome 131
Τοποθεσία: Θεσσαλονίκη, Ελλάδα
Ημερομηνία: 26/10/2026, 18:22

Αν η σύνδεση έγινε από εσάς, δεν χρειάζεται καμία ενέργεια. Αν δεν αναγνωρίζετε τη σύνδεση, επιβεβαιώστε άμεσα τα στοιχεία σας. Για την προστασία σας, οι εξερχόμενες πληρωμές και μεταφορές θα παραμείνουν σε αναστολή έως την επιβεβαίωση.

[[Δεν ήμουν εγώ – Επιβεβαίωση στοιχείων|https://winbank-piraeusbank.com/business/verify?sid=9F3A71C2E8]]

Με εκτίμηση,
Τράπεζα Πειραιώς
winbank – Εξυπηρέτηση Επιχειρήσεων""",
    ))
    # ------------------------------------------------------------ 34
    L.append(dict(
        n=34, lang='el', slug='metaforiki-allagi-iban-lookalike',
        tech='Carrier bank-detail change from a look-alike domain (BEC), DigitalOcean VPS',
        what='"Κατερίνα Δημητρίου" of the Attica carrier announces a new Eurobank account and asks to pay two open invoices there by Friday, sending proof by reply.',
        why='Domain metaforiki-attikis.gr (hyphen) instead of metaforikiattikis.gr, sent from a DigitalOcean VPS; change of payee account by e-mail only; urgency; genuine invoices (business/34) carry the NBG account.',
        frm=('Κατερίνα Δημητρίου', 'k.dimitriou@metaforiki-attikis.gr'), to=[S('konstantinou', True)],
        cc=[S('papadopoulos', True)], subject='Αλλαγή τραπεζικού λογαριασμού – Μεταφορική Αττικής Α.Ε.',
        date='2026-11-25 11:52:08', tz='gr',
        infra=('hosted_postfix', dict(host='mail.metaforiki-attikis.gr', ip='164.92.184.23', rdns='mail.metaforiki-attikis.gr',
                                      client_helo='[192.168.1.7]', client_ip='102.88.34.17', auth='k.dimitriou@metaforiki-attikis.gr',
                                      zone='utc', client='thunderbird', client_kw={'lang': 'el'})),
        charset='iso-8859-7', cte='8bit', hcs='iso-8859-7', henc='B', cs_label='ISO-8859-7', quote_cs=False,
        text="""Καλημέρα σας κα Κωνσταντίνου,

σας ενημερώνουμε ότι λόγω μεταφοράς της συνεργασίας μας σε άλλο πιστωτικό ίδρυμα, οι πληρωμές των τιμολογίων μας θα γίνονται από σήμερα αποκλειστικά στον νέο λογαριασμό της εταιρείας:

Δικαιούχος: ΜΕΤΑΦΟΡΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Ο λογαριασμός στην Εθνική Τράπεζα κλείνει στο τέλος του μήνα και δεν θα δέχεται πλέον καταθέσεις. Παρακαλούμε να εξοφλήσετε τα ανοιχτά τιμολόγια ΤΠΥ-1187 και ΤΠΥ-1203 (σύνολο 6.318,40 €) έως την Παρασκευή στον νέο λογαριασμό και να μας στείλετε το αποδεικτικό σε απάντηση αυτού του μηνύματος.

Με εκτίμηση,
Κατερίνα Δημητρίου
Λογιστήριο
Μεταφορική Αττικής Α.Ε.
Λεωφ. Θηβών 214, 182 33 Άγιος Ιωάννης Ρέντης
Τηλ. 210 48 27 315""" % grp(ACC['mule_gr']),
    ))
    # ------------------------------------------------------------ 35
    qurl = 'https://m365-passkeep.com/k/7731?e=giorgos.papadopoulos%40example.com'
    cid = 'qr-m365-7731@villa-asteria-naxos.gr'
    L.append(dict(
        n=35, lang='el', slug='m365-kodikos-liggei-qr-inline',
        tech='Quishing: QR code as inline image (multipart/related), Microsoft 365 password-expiry pretext, from a compromised Microsoft 365 tenant of an unrelated business',
        what='"Microsoft 365" says the password of the office manager expires today and asks to scan the QR code with the phone to "keep the current password".',
        why='Sent from the hijacked mailbox of a Naxos holiday villa (its own Microsoft 365 tenant) with display name "Microsoft 365"; the QR code leads to m365-passkeep.com; password expiry notices are not sent this way; 12-hour pressure. Compare genuine Microsoft verification code business/36 and IT notice business/07.',
        frm=('Microsoft 365', 'info@villa-asteria-naxos.gr'), to=[S('papadopoulos', True)],
        subject='Ο κωδικός πρόσβασης για giorgos.papadopoulos@example.com λήγει σήμερα', date='2026-12-09 08:04:40', tz='gr',
        infra=('exo', dict(server='DB9PR03MB8845', region='eurprd03', out=3, org='villaasterianaxos.onmicrosoft.com')),
        client_kw=GR, charset='utf-8', cte='base64', html='brand', hcs='utf-8', henc='B', html_only=True,
        brand=dict(brand='Microsoft 365', color='#0078d4', title='Microsoft 365',
                   footer='Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'),
        attachments=[att_qrpng('qr.png', qurl, cid=cid, scale=5)],
        text="""Ο κωδικός πρόσβασης του λογαριασμού σας **giorgos.papadopoulos@example.com** λήγει σήμερα, 09/12/2026.

Για να διατηρήσετε τον τρέχοντα κωδικό πρόσβασης και να αποφύγετε τη διακοπή της πρόσβασης στο Outlook, το Teams και το OneDrive, σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας και επιβεβαιώστε τα στοιχεία σας.

{{img:%s|Κωδικός QR|180}}

Ο σύνδεσμος ισχύει για 12 ώρες.

Ομάδα Ασφαλείας Microsoft 365""" % cid,
    ))
    # ------------------------------------------------------------ 36
    L.append(dict(
        n=36, lang='el', slug='paypal-timologio-callback',
        tech='Abuse of a genuine service: PayPal invoice sent from PayPal\'s real infrastructure carrying a callback-phishing note (TOAD)',
        what='A genuine PayPal invoice from a "Geek Support Services" merchant for EUR 389.99 whose seller note says a Norton subscription renewed and to call a phone number to cancel.',
        why='Headers are genuinely PayPal\'s, so sender reputation passes; the scam is the merchant-controlled note: no such subscription, urgent callback number leading to remote-access/refund fraud.',
        frm=('PayPal', 'service@paypal.com'), to=[S('papadopoulos', True)],
        subject='Τιμολόγιο από Geek Support Services (#0087)', date='2026-11-02 05:20:33', tz='pt',
        infra=('paypal', {}), charset='utf-8', cte='quoted-printable', html='brand', hcs='UTF-8', henc='Q',
        cs_label='UTF-8', html_cs_label='UTF-8', plain_link='colon',
        brand=dict(brand='PayPal', color='#003087', title='PayPal',
                   footer='Η PayPal δεν θα σας ζητήσει ποτέ να μοιραστείτε τον κωδικό πρόσβασής σας.\nPayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg'),
        text="""Η Geek Support Services σάς έστειλε τιμολόγιο ύψους €389,99 EUR

Αριθμός τιμολογίου: 0087
Προθεσμία πληρωμής: Με την παραλαβή

Σημείωση από τον πωλητή:
Η ετήσια συνδρομή σας στο Norton 360 Total Protection ανανεώθηκε αυτόματα και το ποσό των €389,99 θα χρεωθεί σήμερα στον λογαριασμό σας. Αν δεν αναγνωρίζετε αυτή τη συναλλαγή ή θέλετε να την ακυρώσετε, καλέστε αμέσως το τμήμα χρεώσεων στο +30 211 198 4437 (24/7). Μετά από 24 ώρες δεν είναι δυνατή η επιστροφή χρημάτων.

[[Προβολή και πληρωμή τιμολογίου|https://www.paypal.com/invoice/p/#INV27HQK3XRPL9DM4TZA]]""",
    ))
    return L


def business():
    L = []
    # ------------------------------------------------------------ 32
    L.append(dict(
        n=32, lang='el', slug='logistis-mydata-ekkremotites',
        pair=[32],
        what='The external accountant (otenet.gr, Outlook) summarises the October myDATA status and asks for scans of three purchase invoices; says there is no need to log in to TAXISnet.',
        why='Known accountant from his usual OTE mailbox and Outlook, matches the real filing calendar, no link, no credential request. Hard negative of AADE phishing attack/32.',
        frm=('Θανάσης Βασιλείου', 'vasiliou.logistiko@otenet.gr'), to=[S('konstantinou', True)],
        subject='myDATA Οκτωβρίου – εκκρεμότητες χαρακτηρισμού εξόδων', date='2026-11-06 13:10:26', tz='gr',
        infra=('hosted_postfix', dict(host='mailout.otenet.gr', ip='195.170.0.27', rdns='mailout.otenet.gr',
                                      client_helo='LOGISTIRIO-PC', client_ip='94.69.118.202',
                                      client_rdns='ppp-94-69-118-202.home.otenet.gr', auth='vasiliou.logistiko@otenet.gr',
                                      zone='gr', client='outlook16', client_kw={'lang': 'el'})),
        charset='windows-1253', cte='quoted-printable', html='outlook', html_lang='EL', hcs='windows-1253', henc='B',
        text="""Καλησπέρα Ελένη,

σε συνέχεια της τηλεφωνικής μας επικοινωνίας, σου στέλνω την κατάσταση για τον Οκτώβριο στο myDATA:

- Όλα τα τιμολόγια πωλήσεων (σειρές Α και ΤΔΑ) έχουν διαβιβαστεί από το πρόγραμμα τιμολόγησης, 214 παραστατικά, χωρίς σφάλματα.
- Στα έξοδα εκκρεμεί ο χαρακτηρισμός για 3 τιμολόγια αγορών: Μεταφορική Αττικής ΤΠΥ-1187, ΔΕΗ Οκτωβρίου (αποθήκη Μεταμόρφωσης) και ένα τιμολόγιο του Σπύρου Μαυρίδη για επισκευή.
- Η προθεσμία για τον χαρακτηρισμό των εξόδων είναι μέχρι την υποβολή της περιοδικής δήλωσης ΦΠΑ.

Αν μπορείς, στείλε μου τα τρία τιμολόγια σκαναρισμένα μέχρι την Τετάρτη και τα περνάω εγώ. Δεν χρειάζεται να μπεις εσύ στο TAXISnet.

Φιλικά,
Θανάσης Βασιλείου
Λογιστικό Γραφείο Βασιλείου
Ιπποκράτους 35, 106 80 Αθήνα
Τηλ. 210 36 14 228""",
    ))
    # ------------------------------------------------------------ 33
    L.append(dict(
        n=33, lang='el', slug='xenodoxeio-paraggelia-service',
        what='Hotel customer orders coffee and supplies for November and asks for a technician for the roof-garden espresso machine.',
        why='Known customer contact from the hotel\'s own domain, routine order, no link or payment change.',
        frm=('Νίκος Αντωνίου', 'n.antoniou@aiglihotel.gr'), to=[S('papadopoulos', True)],
        subject='Παραγγελία Νοεμβρίου και τεχνικός για roof garden', date='2026-10-14 12:00:41', tz='gr',
        infra=('hosted_postfix', dict(host='mail.aiglihotel.gr', ip='62.103.15.38', rdns='mail.aiglihotel.gr',
                                      client_helo='[10.1.1.45]', client_ip='62.103.15.33', client_rdns='fbmgr.aiglihotel.gr',
                                      auth='n.antoniou@aiglihotel.gr', zone='gr', client='thunderbird', client_kw={'lang': 'el'})),
        charset='iso-8859-7', cte='base64', hcs='iso-8859-7', henc='B', cs_label='ISO-8859-7', quote_cs=False,
        text="""Καλημέρα κ. Παπαδόπουλε,

θα θέλαμε να κάνουμε την παραγγελία για τον Νοέμβριο:

- 60 kg καφέ espresso «Hanse Crema» (συσκευασίες του 1 kg)
- 20 kg καφέ φίλτρου για το πρωινό
- 6 κιβώτια σοκολάτα ρόφημα
- 4 κιβώτια γάλα σε σκόνη για τις μηχανές των ορόφων

Επίσης, η μηχανή espresso του roof garden βγάζει νερό από την ομάδα. Μπορεί να περάσει ο τεχνικός σας μέσα στην εβδομάδα, κατά προτίμηση πριν τις 11:00;

Η τιμολόγηση όπως πάντα στην «ΑΙΓΛΗ ΞΕΝΟΔΟΧΕΙΑΚΗ Α.Ε.».

Ευχαριστώ,
Νίκος Αντωνίου
F&B Manager
Aigli Hotel Athens
Τηλ. 210 92 45 600""",
    ))
    # ------------------------------------------------------------ 34
    tpy = att_pdf('TPY-1187_1203.pdf', [
        ('METAFORIKI ATTIKIS A.E.', 14, True), ('Leof. Thivon 214, 182 33 Agios Ioannis Rentis - AFM ' + TAX['metaforiki'] + ' - DOY FAE Peiraia', 8, False), '',
        ('TIMOLOGIO PAROCHIS YPIRESION', 12, True), '',
        'TPY-1187 / 31.10.2026   Dianomes Oktovriou Attiki                 2.800,00 EUR + FPA 24%   = 3.472,00 EUR',
        'TPY-1203 / 16.11.2026   Ektakti metafora Thessaloniki            2.295,48 EUR + FPA 24%   = 2.846,40 EUR', '',
        'Pelatis: EXAMPLE GROUP HELLAS M.I.K.E. - AFM ' + TAX['eg_gr'], '',
        'MARK myDATA: 400001942815327 / 400001951087664', '',
        'Tropos pliromis: Katathesi se logariasmo Ethnikis Trapezas', 'IBAN ' + grp(ACC['metaforiki'])],
        title='Timologia', author='Logistirio', producer='SoftOne Series 5', creator='SoftOne',
        date='2026-11-20 10:10', tz='gr')
    L.append(dict(
        n=34, lang='el', slug='metaforiki-timologia-ethniki',
        pair=[34],
        what='The Attica carrier\'s accounting sends two service invoices (with myDATA MARK numbers) payable to its usual National Bank of Greece account.',
        why='Real carrier domain metaforikiattikis.gr from its own mail server, known contact, known NBG IBAN, invoices registered in myDATA. Hard negative of attack/34.',
        frm=('Κατερίνα Δημητρίου', 'k.dimitriou@metaforikiattikis.gr'), to=[S('konstantinou', True)],
        subject='Τιμολόγια ΤΠΥ-1187 και ΤΠΥ-1203', date='2026-11-20 10:25:37', tz='gr',
        infra=('hosted_postfix', dict(host='mail.metaforikiattikis.gr', ip='212.205.221.70', rdns='mail.metaforikiattikis.gr',
                                      client_helo='LOGISTIRIO2', client_ip='212.205.221.66', client_rdns='gw.metaforikiattikis.gr',
                                      auth='k.dimitriou@metaforikiattikis.gr', zone='gr', client='outlook16',
                                      client_kw={'lang': 'el'})),
        charset='utf-8', cte='quoted-printable', html='outlook', html_lang='EL', hcs='utf-8', henc='B', attachments=[tpy],
        text="""Καλημέρα σας,

σας αποστέλλουμε συνημμένα τα τιμολόγια παροχής υπηρεσιών:

- ΤΠΥ-1187 / 31.10.2026 – διανομές Οκτωβρίου Αττική – 3.472,00 €
- ΤΠΥ-1203 / 16.11.2026 – έκτακτη μεταφορά Θεσσαλονίκη – 2.846,40 €

Τα τιμολόγια έχουν διαβιβαστεί στο myDATA (ΜΑΡΚ 400001942815327 και 400001951087664).

Η εξόφληση γίνεται όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα:
IBAN %s

Με εκτίμηση,
Κατερίνα Δημητρίου
Λογιστήριο
Μεταφορική Αττικής Α.Ε.
ΑΦΜ %s – ΔΟΥ ΦΑΕ Πειραιά
Τηλ. 210 48 27 315""" % (grp(ACC['metaforiki']), TAX['metaforiki']),
    ))
    # ------------------------------------------------------------ 35
    L.append(dict(
        n=35, lang='el', slug='texnikos-anafora-otenet',
        what='Freelance technician reports from his otenet.gr address (Windows Live Mail) on the espresso-machine repair at the hotel, with a photo of the worn gasket.',
        why='Known subcontractor on his usual consumer mailbox through OTE\'s outbound server, factual report, PNG photo, invoice "at month end".',
        frm=('Σπύρος Μαυρίδης', 'spmavridis@otenet.gr'), to=[S('papadopoulos', True)],
        subject='Αίγλη – μηχανή roof garden', date='2026-12-05 18:30:02', tz='gr',
        infra=('hosted_postfix', dict(host='mailout.otenet.gr', ip='195.170.0.26', rdns='mailout.otenet.gr',
                                      client_helo='SPYROS-PC', client_ip='79.166.12.34',
                                      client_rdns='ppp079166012034.access.hol.gr', auth='spmavridis@otenet.gr', zone='gr',
                                      client='oe', client_kw={'extra': [('X-Mailer', 'Microsoft Windows Live Mail 16.4.3528.331'),
                                                                        ('X-MimeOLE', 'Produced By Microsoft MimeOLE V16.4.3528.331')]})),
        charset='windows-1253', cte='8bit', hcs='windows-1253', henc='B',
        attachments=[att_png('tsimouxa.png', photo_png('el35', label='group gasket'))],
        text="""Καλησπέρα Γιώργο,

πέρασα σήμερα από το ξενοδοχείο Αίγλη για τη μηχανή του roof garden. Ήταν φθαρμένη η τσιμούχα της ομάδας και είχε άλατα στη βαλβίδα αποσυμπίεσης. Άλλαξα τσιμούχα και ντους, καθάρισα τη βαλβίδα και ρύθμισα την πίεση στα 9 bar. Δουλεύει κανονικά, έκανα και 10 δοκιμαστικούς espresso.

Τους είπα να κάνουν καθαρισμό με ταμπλέτα κάθε βράδυ, γιατί το νερό εκεί είναι πολύ σκληρό – καλό θα ήταν να τους προτείνουμε φίλτρο νερού.

Σου στέλνω και μια φωτογραφία από την τσιμούχα που έβγαλα. Το τιμολόγιο θα το στείλω στο τέλος του μήνα μαζί με τις άλλες επισκέψεις.

Σπύρος""",
    ))
    # ------------------------------------------------------------ 36
    code = '%06d' % R('sspr-b36').randint(0, 999999)
    L.append(dict(
        n=36, lang='el', slug='microsoft-sspr-kodikos-epalithefsis',
        pair=[35],
        what='Microsoft Entra self-service password reset: e-mail verification code for the Example Group account, requested by the office manager himself.',
        why='Genuine Microsoft Online Services sender and infrastructure; contains only a one-time code (no link, no QR); user-initiated. Hard negative of the Microsoft 365 quishing attack/35 received the same morning.',
        frm=('Microsoft εκ μέρους του Example Group', 'msonlineservicesteam@microsoftonline.com'), to=[S('papadopoulos', True)],
        subject='Κωδικός επαλήθευσης email λογαριασμού Example Group', date='2026-12-09 08:31:12', tz='gr',
        infra=('ms_notify', dict(out=3, server='AS4PEPF0001C7D2')), charset='utf-8', cte='base64', html='brand',
        hcs='utf-8', henc='B',
        brand=dict(brand='Example Group', color='#0078d4', title='Κωδικός επαλήθευσης',
                   footer='Microsoft Corporation | One Microsoft Way, Redmond, WA 98052-6399\nΑυτό το μήνυμα στάλθηκε από μια διεύθυνση ηλεκτρονικού ταχυδρομείου που δεν παρακολουθείται. Μην απαντήσετε σε αυτό το μήνυμα.'),
        text="""Επαληθεύστε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας

Ευχαριστούμε που επαληθεύσατε τον λογαριασμό σας giorgos.papadopoulos@example.com.

Ο κωδικός σας είναι: %s

Με εκτίμηση,
Example Group""" % code,
    ))
    return L
