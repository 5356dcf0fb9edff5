"""Genuine business messages, Greek (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s
import ids

MAILS = []
add = MAILS.append
afm = TAX['eg_gr']

# ---------------------------------------------------------------- 32 AADE genuine notice
p32 = """Αγαπητή/έ φορολογούμενη/ε,

Σας ενημερώνουμε ότι στη θυρίδα της επιχείρησης με ΑΦΜ %s στην εφαρμογή myAADE (Θυρίδα > Μηνύματα) έχει αναρτηθεί νέα ηλεκτρονική επιστολή σχετικά με τα δεδομένα που έχουν διαβιβαστεί στην πλατφόρμα myDATA.

Για να τη δείτε, συνδεθείτε στο https://www.aade.gr/myaade με τους προσωπικούς σας κωδικούς TAXISnet.

Υπενθυμίζουμε ότι η ΑΑΔΕ δεν σας ζητά ποτέ κωδικούς πρόσβασης, στοιχεία καρτών ή πληρωμές μέσω email ή SMS.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό είναι αυτόματο. Παρακαλούμε μην απαντάτε.
""" % afm
h32 = T.brand_html('ΑΑΔΕ', 'Νέα ηλεκτρονική επιστολή στη θυρίδα σας', [
    'Αγαπητή/έ φορολογούμενη/ε,',
    'Σας ενημερώνουμε ότι στη θυρίδα της επιχείρησης με ΑΦΜ %s στην εφαρμογή myAADE (Θυρίδα &gt; Μηνύματα) έχει αναρτηθεί νέα ηλεκτρονική επιστολή σχετικά με τα δεδομένα που έχουν διαβιβαστεί στην πλατφόρμα myDATA.' % afm,
    'Για να τη δείτε, συνδεθείτε στο <a href="https://www.aade.gr/myaade">www.aade.gr/myaade</a> με τους προσωπικούς σας κωδικούς TAXISnet.',
    'Υπενθυμίζουμε ότι η ΑΑΔΕ δεν σας ζητά ποτέ κωδικούς πρόσβασης, στοιχεία καρτών ή πληρωμές μέσω email ή SMS.'],
    color='#003476', logo_text='ΑΑΔΕ', footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Το μήνυμα αυτό είναι αυτόματο. Παρακαλούμε μην απαντάτε.')
add(Mail(
    'aade-nea-epistoli-thyrida', '2026-11-10 10:15:03', MAIL['gr_acc'],
    I.custom(('mailgw2.aade.gr', 'mailgw2.aade.gr', '195.167.121.37'),
             hops=[('from notify01.aade.local (notify01.aade.local [10.12.40.21])\n\tby mailgw2.aade.gr (Postfix) with ESMTP id {qid}', 'GR', True, 1)],
             msgid=lambda ctx: '<%d.%d.JavaMail.notify@notify01>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), int(ctx.t_sent.timestamp() * 1000)),
             style='generic', tls='1.2', return_path='noreply@aade.gr', date_zone='GR', boundary='javamail'),
    ('ΑΑΔΕ', 'noreply@aade.gr'),
    'Νέα ηλεκτρονική επιστολή στη θυρίδα σας (myAADE)',
    alt(p32, h32, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['gr_acc'])], henc='B', sent_delta=2,
    pair=('aade-mydata-apokliseis',), pair_note='AADE message about myDATA: genuine notice from aade.gr only points to the myAADE mailbox and states AADE never asks for credentials by e-mail.',
    what='AADE notice that a new letter about myDATA data is waiting in the company\'s myAADE mailbox.',
    why='Sent from aade.gr, generic link to www.aade.gr/myaade, explicit warning against credential requests, no deadline or fine.'))

# ---------------------------------------------------------------- 33 ACS genuine notification
p33 = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7412569904 (αποστολέας: LIEFERANT GMBH, 1 τεμάχιο) θα παραδοθεί σήμερα, 24/11/2026, από το κατάστημα ACS Σίνδου.

Μπορείτε να παρακολουθήσετε την αποστολή σας στη διεύθυνση:
https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7412569904

Για αλλαγή διεύθυνσης ή ημερομηνίας παράδοσης επικοινωνήστε με το κατάστημα παράδοσης ή μέσω της εφαρμογής ACS.

ACS Courier
"""
h33 = T.brand_html('ACS', 'Η αποστολή σας παραδίδεται σήμερα', [
    'Αγαπητέ πελάτη,',
    'Η αποστολή σας με αριθμό <b>7412569904</b> (αποστολέας: LIEFERANT GMBH, 1 τεμάχιο) θα παραδοθεί σήμερα, 24/11/2026, από το κατάστημα ACS Σίνδου.',
    'Για αλλαγή διεύθυνσης ή ημερομηνίας παράδοσης επικοινωνήστε με το κατάστημα παράδοσης ή μέσω της εφαρμογής ACS.'],
    'Παρακολούθηση αποστολής', 'https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7412569904',
    color='#d71920', charset='windows-1253', logo_text='ACS Courier', footer='ACS Courier')
add(Mail(
    'acs-paradosi-simera', '2026-11-24 07:48:22', MAIL['gr_mgr'],
    I.custom(('mailout.acscourier.net', 'mailout.acscourier.net', '212.205.48.116'),
             hops=[('from acs-notify-2 (acs-notify-2.acscourier.local [10.1.4.32])\n\tby mailout.acscourier.net (Postfix) with ESMTP id {qid}', 'GR', True, 1)],
             msgid=lambda ctx: '<%s@acscourier.net>' % I.uuid4(ctx.rng),
             style='esp', tls='1.2', return_path='noreply@acscourier.net', date_zone='GR', boundary='generic'),
    ('ACS Courier', 'noreply@acscourier.net'),
    'ACS: Η αποστολή 7412569904 παραδίδεται σήμερα',
    alt(p33, h33, 'windows-1253', 'quoted-printable'),
    to=[(None, MAIL['gr_mgr'])], hcs='windows-1253', henc='B', sent_delta=2,
    pair=('acs-courier-telos-epanapostolis',), pair_note='ACS delivery notification: genuine one from acscourier.net, tracking link on acscourier.net, no fee.',
    what='ACS notification that a parcel from a known supplier is delivered today.',
    why='Sent from ACS\'s own domain, tracking link on acscourier.net, no payment or data request.'))

# ---------------------------------------------------------------- 34 customer order (Windows Live Mail via OTEnet)
p34 = """Καλημέρα κύριε Παπαδόπουλε,

σας στέλνω την παραγγελία μας για τον Δεκέμβριο:

- 16 τεμ. 315/80 R22.5 αναγομωμένα, πέλμα κίνησης
- 10 τεμ. 385/65 R22.5 αναγομωμένα, ρυμούλκας
- 8 τεμ. 295/80 R22.5 καινούργια, διεύθυνσης (αν ισχύει ακόμη η προσφορά του Οκτωβρίου)

Παράδοση στην αποθήκη μας στο Κιλκίς, αν γίνεται έως 10/12. Θα σας δώσουμε και 24 σκελετούς για αναγόμωση.

Η πληρωμή όπως πάντα, με έμβασμα στις 60 ημέρες.

Ευχαριστώ,
Νίκος Γεωργίου
Ελαστικά Βορείου Ελλάδος
Κιλκίς, τηλ. 23410 27418
"""
add(Mail(
    'georgiou-paraggelia-dekemvriou', '2026-12-01 09:37:44', MAIL['gr_mgr'],
    I.custom(('mail-out11.otenet.gr', 'mail-out11.otenet.gr', '83.235.69.41'),
             hops=[('from NikosPC (ppp079166238114.access.hol.gr [79.166.238.114])\n\t(Authenticated sender: n.georgiou@otenet.gr)\n\tby mail-out11.otenet.gr (Postfix) with ESMTPSA id {qid}', 'GR', True, 1)],
             msgid=lambda ctx: '<%s@NikosPC>' % I.hx(ctx.rng, 32, True),
             style='generic', tls='1.2', date_zone='GR', boundary='generic',
             mailer=[('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'), ('Importance', 'Normal'),
                     ('X-Mailer', 'Microsoft Windows Live Mail 16.4.3528.331'),
                     ('X-MimeOLE', 'Produced By Microsoft MimeOLE V16.4.3528.331')]),
    ('Νίκος Γεωργίου', 'n.georgiou@otenet.gr'),
    'Παραγγελία ελαστικών Δεκεμβρίου',
    Text(p34, 'plain', 'iso-8859-7', '8bit'),
    to=[('Georgios Papadopoulos', MAIL['gr_mgr'])], hcs='iso-8859-7', henc='B', sent_delta=4,
    pair=('otenet-hijack-onedrive-paraggelia',), pair_note='order from the same customer mailbox: genuine one from his usual Windows Live Mail client on a Greek DSL line, order in the body, no links.',
    what='Greek tyre dealer sends his December order (retreads, new tyres, casings for retreading) from his OTEnet mailbox.',
    why='Known customer address, his usual desktop client over a Greek DSL line, order in plain text, usual payment terms, no links or attachments.'))

# ---------------------------------------------------------------- 35 internal payroll notice
p35 = """Αγαπητοί συνάδελφοι,

σας ενημερώνουμε ότι το Δώρο Χριστουγέννων 2026 θα καταβληθεί την Παρασκευή 18/12/2026 και η μισθοδοσία Δεκεμβρίου στις 30/12/2026, στους λογαριασμούς που έχετε ήδη δηλώσει.

Για οποιαδήποτε αλλαγή τραπεζικού λογαριασμού απαιτείται, όπως πάντα, υπογεγραμμένο έντυπο και βεβαίωση IBAN από την τράπεζα, που παραδίδονται αυτοπροσώπως σε εμένα. Δεν ζητάμε ποτέ στοιχεία μέσω email, συνδέσμων ή κωδικών QR.

Τα εκκαθαριστικά θα είναι διαθέσιμα στο HR portal από 21/12.

Καλές γιορτές,
Ελένη Κωνσταντίνου
Λογιστήριο - Example Group Hellas
"""
add(Mail(
    'misthodosia-doro-xristougennon-intern', '2026-12-02 13:20:18', MAIL['gr_mgr'],
    I.exchange_internal('EXMBX01', client_ip='10.20.71.18', zone='GR', lang='el-GR'),
    S['gr_acc'], 'Καταβολή Δώρου Χριστουγέννων 2026 και μισθοδοσίας Δεκεμβρίου',
    alt(p35, T.word_html(p35, 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable', quoted=True),
    to=[('Γραφείο Θεσσαλονίκης', 'thessaloniki@example.com')], hcs='iso-8859-7', henc='B', sent_delta=3,
    pair=('misthodosia-doro-qr',), pair_note='Christmas-bonus payroll notice: the genuine one is internal and says bank changes need a signed form in person and never a link or QR code.',
    what='Greek office accountant announces payment dates of the Christmas bonus and December salary.',
    why='Internal Exchange mail via mail-int01; no link or QR; states the in-person procedure for bank changes.'))

# ---------------------------------------------------------------- 36 carrier invoice
ath = ids.fmt_iban(BANK['gr_athanasiou'])
p36 = """Αξιότιμοι κύριοι,

σας αποστέλλουμε συνημμένα το Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ Α 000412/20-11-2026 για τις μεταφορές Νοεμβρίου (Θεσσαλονίκη - Σίνδος - Κιλκίς - Σέρρες), συνολικού ποσού 3.348,00 € (καθαρή αξία 2.700,00 € + ΦΠΑ 24%% 648,00 €).

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001942817365).

Πληρωμή με έμβασμα στον λογαριασμό μας στην Τράπεζα Πειραιώς %s έως 20/12/2026.

Με εκτίμηση,
Λογιστήριο
Μεταφορική Αθανασίου Α.Ε.
Οδός 26, ΒΙ.ΠΕ. Σίνδου, 570 22 Σίνδος
""" % ath
add(Mail(
    'athanasiou-timologio-000412', '2026-11-20 14:02:36', MAIL['gr_acc'],
    I.own_server('mail.metaforiki-athanasiou.gr', 'mail.metaforiki-athanasiou.gr', '185.4.134.77',
                 client_ip='94.66.57.182', client_rdns='ppp-94-66-57-182.home.otenet.gr', mua='outlook', lang='el', date_zone='GR'),
    ('Μεταφορική Αθανασίου - Λογιστήριο', 'logistirio@metaforiki-athanasiou.gr'),
    'Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ Α 000412 - Μεταφορική Αθανασίου',
    mixed(Text(p36, 'plain', 'windows-1253', 'base64'),
          pdf_att('TPY_A_000412.pdf', [
              ('h1', 'ΜΕΤΑΦΟΡΙΚΗ ΑΘΑΝΑΣΙΟΥ Α.Ε.'),
              ('small', 'Οδική μεταφορά εμπορευμάτων · Οδός 26, ΒΙ.ΠΕ. Σίνδου, 570 22 Σίνδος · ΑΦΜ %s · ΔΟΥ ΦΑΕ Θεσσαλονίκης' % TAX['athanasiou']),
              ('h2', 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ · Σειρά Α · Αρ. 000412 · 20/11/2026'),
              ('p', 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. · ΑΦΜ %s · Σίνδος Θεσσαλονίκης' % afm),
              ('mono', 'Μεταφορές Νοεμβρίου 2026 (Θεσσαλονίκη - Σίνδος - Κιλκίς - Σέρρες)    18 δρομολόγια    2.700,00 €'),
              ('mono', 'Καθαρή αξία 2.700,00 €   ΦΠΑ 24% 648,00 €   Σύνολο 3.348,00 €'),
              ('p', 'ΜΑΡΚ: 400001942817365\nΤρόπος πληρωμής: Έμβασμα · Τράπεζα Πειραιώς · IBAN %s' % ath),
          ], title='ΤΠΥ Α 000412', author='Λογιστήριο', creator='SoftOne', producer='SoftOne Soft1 ERP',
             created="20261120135500+02'00'")),
    to=[(None, MAIL['gr_acc'])], hcs='windows-1253', henc='B', sent_delta=5,
    what='Carrier sends a service invoice (with myDATA MARK number) and its PDF.',
    why='Carrier\'s own domain and mail server, myDATA MARK, usual Piraeus Bank account, normal terms.'))
