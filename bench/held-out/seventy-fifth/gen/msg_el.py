"""Greek messages: 5 attacks, 5 genuine."""
import files
import infra as I
import qr
from common import to_utc, hhex, hstr, ALNUM
from company import st, BANK, TAX
from docs import invoice, letter
from ids import pretty
from lib import Msg, plain, html, alt, mixed, related, att, text_att

EP = st('eleni.papadopoulou')
NG = st('nikos.georgiou')
AB = st('andreas.brueckner')
SK = st('sabine.kraemer')

KAL = ('Γιάννης Καλογήρου', 'g.kalogirou@kalogirou-transport.gr')
KAL_LOG = ('Καλογήρου Μεταφορές - Λογιστήριο', 'logistirio@kalogirou-transport.gr')
AFM_EX = TAX['exgroup_gr']


def attacks():
    out = []

    # ------------------------------------------------------------------ A32
    link = 'https://mydata-aade.gr-services.net/login?afm=%s&s=%s' % (AFM_EX, hhex('a32', 16))
    src = """Αγαπητέ/ή φορολογούμενε,

Κατά τη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA για το Γ' τρίμηνο 2026 διαπιστώθηκαν αποκλίσεις μεταξύ των χαρακτηρισμών εσόδων που έχετε διαβιβάσει και των αντίστοιχων εγγραφών των αντισυμβαλλομένων σας.

ΑΦΜ: %s
Επωνυμία: EXAMPLE GROUP GMBH - ΥΠΟΚΑΤΑΣΤΗΜΑ ΕΛΛΑΔΟΣ
Αριθμός αποκλίσεων: 14

Για την αποφυγή επιβολής προστίμων σύμφωνα με τον Κώδικα Φορολογικής Διαδικασίας, παρακαλείσθε να συνδεθείτε με τους κωδικούς σας TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τα στοιχεία εντός 72 ωρών.

[[!Σύνδεση στο myDATA|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης

Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""" % (AFM_EX, link)
    out.append(Msg('attack', 'el', 'aade-mydata-phishing',
        what='Tax-authority phishing: "ΑΑΔΕ - myDATA" reports e-book discrepancies and asks to log in with TAXISnet credentials within 72 h.',
        why='AADE does not send such mails; sent by a PHP mailer on a VPS from aade-mydata.gr.com (not aade.gr); link to mydata-aade.gr-services.net harvesting TAXISnet credentials; fine threat and deadline. Compare genuine accountant mail B34.',
        when=(2026, 10, 28, 9, 21, 37), zone='GR',
        infra=I.exim('a32', 'mail.aade-mydata.gr.com', 'static.181.77.21.65.clients.your-server.de', '65.21.77.181',
                     '127.0.0.1', 'aade-mydata.gr.com', mua='php', zone='GR'),
        frm=('ΑΑΔΕ - myDATA', 'noreply@aade-mydata.gr.com'), to=[NG],
        subject='ΑΑΔΕ - myDATA: Αποκλίσεις στα διαβιβασθέντα παραστατικά - απαιτείται επιβεβαίωση',
        body=alt(src, 'iso-8859-7', 'quoted-printable', style='generic', accent='#003476', title='ΑΑΔΕ', lang='el'),
        hcs=('iso-8859-7', 'B')))

    # ------------------------------------------------------------------ A33
    url = 'https://winbank-business.piraeus-kyc.com/verify?id=%s&c=%s' % (hstr('a33', 12, ALNUM), hhex('a33c', 10))
    png = qr.qr_png(url, scale=5)
    cid = 'kyc%s@piraeus' % hhex('a33cid', 8)
    src = """Αγαπητέ πελάτη,

Σύμφωνα με το ισχύον κανονιστικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες, οι επιχειρήσεις υποχρεούνται να επικαιροποιούν περιοδικά τα στοιχεία τους (KYC).

Η επικαιροποίηση για τον λογαριασμό της επιχείρησής σας εκκρεμεί. Σαρώστε τον κωδικό QR με το κινητό σας τηλέφωνο και ολοκληρώστε τη διαδικασία μέσω winbank εντός 48 ωρών. Μετά την παρέλευση της προθεσμίας οι συναλλαγές μέσω e-banking θα περιοριστούν.

Ευχαριστούμε για τη συνεργασία,
Τράπεζα Πειραιώς"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#ffd400;padding:16px 24px;font-size:20px;font-weight:bold;color:#1d1d1b">ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ &middot; winbank business</td></tr>
<tr><td style="padding:22px 24px">
<p>Αγαπητέ πελάτη,</p>
<p>Σύμφωνα με το ισχύον κανονιστικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες, οι επιχειρήσεις υποχρεούνται να επικαιροποιούν περιοδικά τα στοιχεία τους (KYC).</p>
<p>Η επικαιροποίηση για τον λογαριασμό της επιχείρησής σας <b>εκκρεμεί</b>. Σαρώστε τον κωδικό QR με το κινητό σας τηλέφωνο και ολοκληρώστε τη διαδικασία μέσω winbank εντός <b>48 ωρών</b>.</p>
<p style="text-align:center"><img src="cid:%s" width="165" height="165" alt="QR"></p>
<p style="font-size:12px;color:#666">Μετά την παρέλευση της προθεσμίας οι συναλλαγές μέσω e-banking θα περιοριστούν.</p>
<p>Ευχαριστούμε για τη συνεργασία,<br>Τράπεζα Πειραιώς</p>
</td></tr></table></body></html>
""" % cid
    body = related(alt(src, 'windows-1253', 'base64', raw_html=htm, style='generic'),
                   att('image/png', 'kyc_qr.png', png, inline=True, cid=cid, style='sg'))
    out.append(Msg('attack', 'el', 'piraeus-kyc-quishing',
        what='Quishing: "Τράπεζα Πειραιώς" demands a KYC update via an inline QR code within 48 h or e-banking will be restricted.',
        why='Bank impersonation sent through a SendGrid account from piraeus-enimerosi.gr (not piraeusbank.gr); QR code hides winbank-business.piraeus-kyc.com credential page (moves the victim to an unmanaged phone); deadline threat.',
        when=(2026, 11, 20, 8, 2, 15), zone='GR', infra=I.sendgrid('a33', 'em8812.piraeus-enimerosi.gr'),
        frm=('Τράπεζα Πειραιώς', 'no-reply@piraeus-enimerosi.gr'), to=[NG],
        subject='Υποχρεωτική επικαιροποίηση στοιχείων επιχείρησης (KYC) - winbank',
        body=body, hcs=('windows-1253', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ A34
    nr = '7402183655'
    src = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό %s από Κίνα βρίσκεται στο κέντρο διαλογής μας στον Ασπρόπυργο λόγω εκκρεμών τελών εκτελωνισμού ύψους 2,40 €.

Για να προγραμματιστεί η παράδοση, εξοφλήστε τη χρέωση εντός 24 ωρών μέσω του παρακάτω συνδέσμου:

https://acs-gr.delivery-track.info/pay?id=%s

Σε αντίθετη περίπτωση η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier
Εξυπηρέτηση Πελατών""" % (nr, nr)
    out.append(Msg('attack', 'el', 'acs-courier-otenet',
        what='Courier phishing: "ACS Courier" claims a parcel from China is held for EUR 2.40 customs fees and links to a payment page.',
        why='Sent from an abused OTEnet freemail account via Horde webmail, not from ACS; link to acs-gr.delivery-track.info card-phishing page; small fee and 24-hour deadline.',
        when=(2026, 12, 4, 13, 37, 20), zone='GR', infra=I.otenet('a34', '94.66.57.212'),
        frm=('ACS Courier', 'acs.eksipiretisi@otenet.gr'), to=[EP],
        subject='ACS Courier: Η αποστολή σας %s είναι σε αναμονή - εκκρεμεί χρέωση εκτελωνισμού' % nr,
        body=plain(src, 'UTF-8', 'quoted-printable', flowed=True, quote_cs=False), hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ A35
    bg = BANK['a35_bg']
    src = """Κύριε Γεωργίου, καλημέρα σας.

Σας ενημερώνουμε ότι, λόγω διαδικασίας ελέγχου που διενεργεί η Τράπεζα Πειραιώς στους εταιρικούς μας λογαριασμούς και αναμένεται να διαρκέσει έως τα τέλη Ιανουαρίου, οι εισπράξεις μας θα πραγματοποιούνται προσωρινά μέσω του λογαριασμού της θυγατρικής μας στη Βουλγαρία:

Δικαιούχος: Kalogirou Transport Balkan EOOD
Τράπεζα: UniCredit Bulbank, Σόφια
IBAN: %s
BIC: UNCRBGSF

Παρακαλούμε τα τιμολόγια ΤΠΥ 2026/1893 και ΤΠΥ 2026/1927 να εξοφληθούν στον παραπάνω λογαριασμό. Επισυνάπτεται η σχετική επιστολή.

Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας μέσω email, καθώς τις επόμενες ημέρες βρίσκομαι εκτός γραφείου.

Με εκτίμηση,
Γιάννης Καλογήρου
Διευθύνων Σύμβουλος
Καλογήρου Μεταφορές Α.Ε.""" % pretty(bg)
    t = to_utc('GR', 2026, 11, 12, 11, 30, 0)
    pdf = letter(['Kalogirou Transport S.A.', 'Sindos Industrial Area, Street 27, 57022 Thessaloniki, Greece'],
                 ['To: Example Group GmbH - Greek Branch', 'Accounts Payable'], 'Thessaloniki, 12/11/2026',
                 'Temporary change of bank details',
                 ['Dear Sirs,',
                  'Due to a review of our corporate accounts by Piraeus Bank, payments to Kalogirou Transport S.A. are temporarily to be made to the account of our subsidiary:',
                  'Kalogirou Transport Balkan EOOD - UniCredit Bulbank, Sofia - IBAN %s - BIC UNCRBGSF' % pretty(bg),
                  'This instruction applies to all open invoices until further written notice.'],
                 ['Yours faithfully,'], ['Ioannis Kalogirou', 'Managing Director'], [], t, 'GR',
                 'Microsoft Word', 'Microsoft: Print To PDF')
    out.append(Msg('attack', 'el', 'kalogirou-iban-bulgaria',
        what='Carrier BEC: "Γιάννης Καλογήρου" asks to pay two transport invoices to a "Bulgarian subsidiary" account during a bank review.',
        why='Look-alike domain kalogirou-transports.gr (real: kalogirou-transport.gr) on Zoho Mail; different beneficiary and country (BG), temporary "review" pretext, sender "out of office, e-mail only". Compare genuine invoice B32.',
        when=(2026, 11, 12, 11, 30, 0), zone='GR', infra=I.zoho('a35', 'kalogirou-transports.gr', '45.84.107.23'),
        frm=(KAL[0], 'g.kalogirou@kalogirou-transports.gr'), to=[NG],
        subject='Αλλαγή τραπεζικού λογαριασμού - Καλογήρου Μεταφορές Α.Ε.',
        body=mixed(alt(src, 'windows-1253', 'quoted-printable', style='simple', lang='el'),
                   att('application/pdf', 'Kalogirou_Bank_Details_Notice.pdf', pdf, style='zoho')),
        hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ A36
    src = """Νίκο, είσαι στο γραφείο;

Είμαι σε σύσκεψη με πελάτη στη Θεσσαλονίκη και το εταιρικό μου κινητό δεν συνδέεται στο VPN, γι' αυτό σου γράφω από εδώ.

Χρειάζομαι να γίνει σήμερα μια πληρωμή προς νέο προμηθευτή για τα δείγματα της καινούργιας σειράς, 9.850 €. Τα στοιχεία του λογαριασμού θα σου τα στείλω σε λίγο. Μην το συζητήσεις ακόμη με τη Νυρεμβέργη, θα ενημερώσω εγώ τον κ. Höfler μόλις κλείσει.

Πες μου μόλις μπορείς να το περάσεις.

Ελένη

Στάλθηκε από το iPhone μου"""
    out.append(Msg('attack', 'el', 'ceo-fraud-gmail-eleni',
        what='Internal-manager impersonation: "Ελένη Παπαδοπούλου" asks the Greek accountant from Gmail to pay EUR 9,850 to a "new supplier" today, keeping HQ out.',
        why='Display name of the office manager on an unknown Gmail address; urgency, secrecy toward HQ, payment to a new beneficiary with details "to follow", excuse for not using corporate mail - BEC. Compare her genuine private-Gmail message B35, which says never to pay on such mails.',
        when=(2026, 12, 10, 12, 48, 9), zone='GR', infra=I.gmail('a36'),
        frm=('Ελένη Παπαδοπούλου', 'eleni.papadopoulou.gr@gmail.com'), to=[NG], subject='Επείγον - πληρωμή σήμερα',
        body=alt(src, 'UTF-8', 'base64', style='gmail', lang='el', quote_cs=False), hcs=('UTF-8', 'B')))
    return out


def business():
    out = []
    FIRMA = """Καλογήρου Μεταφορές Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός 27 - 57022 Θεσσαλονίκη
Τηλ. 2310 798 440 - ΑΦΜ %s - ΔΟΥ ΦΑΕ Θεσσαλονίκης""" % TAX['kalogirou']

    # ------------------------------------------------------------------ B32
    t = to_utc('GR', 2026, 11, 4, 10, 6, 0)
    pdf = invoice(['Kalogirou Transport S.A.', 'Sindos Industrial Area, Street 27, 57022 Thessaloniki',
                   'VAT EL%s - Tax office FAE Thessalonikis' % TAX['kalogirou']],
                  ['Customer: Example Group GmbH - Greek Branch', 'Leoforos Kifisias 44, 151 25 Marousi', 'VAT EL%s' % AFM_EX],
                  'INVOICE (TPY) 2026/1893',
                  [('Date', '31/10/2026'), ('myDATA MARK', '400001938471203'), ('Due date', '30/11/2026')],
                  [('Line haul Thessaloniki - Athens, 9 trips', '3.960,00 EUR'),
                   ('Distribution Northern Greece, 22 drops', '1.640,00 EUR')],
                  [('Net', '5.600,00 EUR'), ('VAT 24%', '1.344,00 EUR'), ('Total', '6.944,00 EUR')],
                  ['Payment: Piraeus Bank - IBAN %s - BIC PIRBGRAA' % pretty(BANK['kalogirou'])],
                  t, 'GR', 'SoftOne', 'SoftOne', head_cols=('No.', 'Description', 'Amount'))
    src = """Αξιότιμοι κύριοι,

Σας αποστέλλουμε συνημμένα το Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ 2026/1893 για τις μεταφορές του Οκτωβρίου (Θεσσαλονίκη - Αθήνα και διανομές Βόρειας Ελλάδας). Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001938471203).

Ποσό πληρωμής: 6.944,00 € (συμπ. ΦΠΑ 24%%).
Πληρωμή εντός 30 ημερών στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς:
IBAN: %s

Με εκτίμηση,
Λογιστήριο
""" % pretty(BANK['kalogirou']) + FIRMA
    out.append(Msg('business', 'el', 'kalogirou-timologio',
        what='Carrier Kalogirou Transport sends its October invoice (myDATA MARK given) with PDF.',
        why='Real domain kalogirou-transport.gr via the company\'s own Postfix server and Outlook; usual Piraeus Bank account; invoice registered in myDATA. Hard negative of A35.',
        when=(2026, 11, 4, 10, 6, 0), zone='GR',
        infra=I.postfix_own('b32', 'mail.kalogirou-transport.gr', '194.219.183.42', 'kalogirou-transport.gr',
                            '94.68.121.30', mua='outlook', zone='GR'),
        frm=KAL_LOG, to=[NG], subject='Τιμολόγιο ΤΠΥ 2026/1893 - Example Group',
        body=mixed(alt(src, 'iso-8859-7', 'quoted-printable', style='outlook', lang='el'),
                   att('application/pdf', 'TPY_2026_1893.pdf', pdf)),
        hcs=('iso-8859-7', 'B'), content_lang='el'))

    # ------------------------------------------------------------------ B33
    src = """Καλημέρα κυρία Παπαδοπούλου,

Σας στέλνω τις τελικές ποσότητες για την παραγγελία Χριστουγέννων, όπως τις συζητήσαμε τηλεφωνικά:

- Ξύλινο τρενάκι "Lokomotive Lina": 240 τεμ.
- Φάρμα με ζωάκια (Bauernhof-Set): 120 τεμ.
- Τρακτέρ με πετάλια RT-200: 60 τεμ.
- Παζλ 500 κομματιών (διάφορα θέματα): 300 τεμ.

Παράδοση το αργότερο έως 4/12 στην αποθήκη μας στον Ασπρόπυργο, με Καλογήρου όπως πάντα. Πληρωμή με τους συνήθεις όρους (60 ημέρες).

Παρακαλώ επιβεβαιώστε μου τη διαθεσιμότητα μέχρι την Παρασκευή.

Με εκτίμηση,
Δημήτρης Αλεξίου
Διευθυντής Αγορών
Παιχνίδια Αλεξίου Α.Ε.
Λεωφ. Αθηνών 212, 19300 Ασπρόπυργος - Τηλ. 210 557 3100"""
    out.append(Msg('business', 'el', 'alexiou-paraggelia',
        what='Customer Alexiou Toys confirms Christmas order quantities and delivery date.',
        why='Known customer on his real domain via Microsoft 365; ordinary order content, no payment redirection, no links.',
        when=(2026, 10, 16, 9, 12, 48), zone='GR', infra=I.m365('b33', 'alexiou-toys.gr', idx=4),
        frm=('Δημήτρης Αλεξίου', 'd.alexiou@alexiou-toys.gr'), to=[EP],
        subject='Παραγγελία Χριστουγέννων - επιβεβαίωση ποσοτήτων',
        body=alt(src, 'windows-1253', 'quoted-printable', style='outlook', lang='el'),
        hcs=('windows-1253', 'B'), content_lang='el-GR'))

    # ------------------------------------------------------------------ B34
    src = """Καλησπέρα σας κ. Γεωργίου,

Είμαι η λογίστρια της Παιχνίδια Αλεξίου Α.Ε. Κατά τον έλεγχο του myDATA για τον Σεπτέμβριο βλέπουμε ότι τα τιμολόγιά σας 1120 και 1134 εμφανίζονται στη δική μας πλευρά χωρίς αντίστοιχο χαρακτηρισμό εξόδων, ενώ στα βιβλία μας το 1134 έχει ήδη συμψηφιστεί με πιστωτικό.

Μπορείτε να μου επιβεβαιώσετε αν έχει εκδοθεί πιστωτικό για το 1134 και με ποιον ΜΑΡΚ; Δεν χρειάζεται να κάνετε κάτι εσείς στην πλατφόρμα, απλώς ενημερώστε με για να το χαρακτηρίσουμε σωστά.

Ευχαριστώ πολύ,
Κατερίνα Δήμου
Λογίστρια - Φοροτεχνικός Α' Τάξης
Τηλ. 210 612 4587"""
    out.append(Msg('business', 'el', 'logistria-mydata-otenet',
        what='The customer\'s external accountant (OTEnet freemail) asks about two invoices and a credit note in myDATA.',
        why='Known accountant of a customer using her usual OTEnet address via Horde webmail; a factual reconciliation question, explicitly no action in the platform, no link or credentials. Hard negative of A32.',
        when=(2026, 10, 29, 17, 4, 51), zone='GR', infra=I.otenet('b34', '79.107.18.144'),
        frm=('Κατερίνα Δήμου', 'k.dimou@otenet.gr'), to=[NG],
        subject='Αντιστοίχιση παραστατικών myDATA - Αλεξίου Α.Ε.',
        body=plain(src, 'ISO-8859-7', '8bit', quote_cs=False), hcs=('ISO-8859-7', 'B')))

    # ------------------------------------------------------------------ B35
    src = """Νίκο, καλημέρα.

Το laptop μου έπεσε χθες στο αεροδρόμιο και η οθόνη έσπασε, γι' αυτό σου γράφω από το προσωπικό μου Gmail. Έχω ανοίξει αίτημα στο helpdesk της Νυρεμβέργης (INC-2026-19307) και θα μου στείλουν καινούργιο μέχρι την Πέμπτη. Βάζω και τον Andreas από το IT σε κοινοποίηση.

Μέχρι τότε δεν μπορώ να εγκρίνω πληρωμές στο σύστημα. Ό,τι είναι επείγον να το εγκρίνει η Sabine από τη Νυρεμβέργη, όπως κάνουμε πάντα. Και μην εκτελέσεις καμία πληρωμή με βάση email από αυτή ή άλλη προσωπική διεύθυνση - αν χρειαστεί κάτι θα σε πάρω τηλέφωνο.

Ελένη"""
    out.append(Msg('business', 'el', 'eleni-laptop-gmail',
        what='Office manager Eleni writes from her private Gmail: laptop broken, helpdesk ticket open, no payment approvals until replaced.',
        why='Plausible private-mail notice with IT in Cc and a real ticket number; requests nothing and explicitly forbids payments based on e-mails from private addresses. Hard negative of A36.',
        when=(2026, 12, 8, 8, 21, 14), zone='GR', infra=I.gmail('b35'),
        frm=('Eleni Papadopoulou', 'e.papadopoulou.ath@gmail.com'), to=[NG], cc=[AB],
        subject='Σπασμένο laptop - γράφω από το προσωπικό μου email',
        body=alt(src, 'UTF-8', 'quoted-printable', style='gmail', lang='el', quote_cs=False), hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ B36
    src = """Καλημέρα σε όλους,

Σας υπενθυμίζω το ωράριο του γραφείου για τις γιορτές:

- 24/12 και 31/12: λειτουργία έως 14:00
- 25/12, 26/12 και 1/1: κλειστά
- 28-30/12: κανονικό ωράριο, με ελάχιστο προσωπικό

Οι τελευταίες παραλαβές εμπορευμάτων από Καλογήρου γίνονται την Τετάρτη 23/12. Ό,τι πληρωμή χρειάζεται να φύγει πριν το τέλος του έτους πρέπει να έχει εγκριθεί στο σύστημα έως τις 18/12.

Καλές γιορτές!
Ελένη

--
Eleni Papadopoulou
Office Manager Greece · Example Group
Λεωφ. Κηφισίας 44 · 151 25 Μαρούσι"""
    out.append(Msg('business', 'el', 'anakoinosi-grafeio-eortes',
        what='Internal notice from the Greek office manager: holiday opening hours, last deliveries, payment approval cut-off.',
        why='Genuinely internal (Exchange -> mail-int01 relay), routine content, no links or requests.',
        when=(2026, 12, 14, 9, 40, 0), zone='GR', infra=I.internal('b36', '10.20.110.21', 'EX01'),
        frm=EP, to=[('Γραφείο Αθήνας', 'grafeio-athina@example.com')], rcpt=NG[1],
        subject='Ωράριο γραφείου εορτών και τελευταίες παραλαβές',
        body=alt(src, 'windows-1253', 'quoted-printable', style='outlook', lang='el'),
        hcs=('windows-1253', 'B'), content_lang='el-GR', date_zone='GR'))
    return out
