"""business/32-36 (Greek)."""
from lib import bodies, docs, ids, mime, ooxml, shapes, systems, util
from lib.company import AIOL, EG_IBAN_GR, MAVR, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('business', '32-el-aade-thyrida-neo-minima')
def b32(m):
    m.what = 'ΑΑΔΕ notice: a new message is waiting in the company\'s "Η Θυρίδα μου" inbox on myAADE; log in via www.aade.gr'
    m.why = 'Genuine authority notice: from aade.gr\'s own relay (DKIM/DMARC pass), no link to a login page, no attachment, no amount, explicit statement that ΑΑΔΕ never asks for codes by e-mail'
    m.topic = 'tax-authority'
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 10, 15, 12, 40, 9)
    m.url('www.aade.gr', 'general portal (no login link)')
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Αξιότιμε/η κύριε/κυρία,

Σας ενημερώνουμε ότι στη θυρίδα σας στην εφαρμογή «Η Θυρίδα μου» υπάρχει νέο μήνυμα για τον ΑΦΜ 801642371 (EXAMPLE GROUP HELLAS ΙΚΕ).

Για να το διαβάσετε, συνδεθείτε στην ψηφιακή πύλη myAADE μέσω της ιστοσελίδας www.aade.gr με τους κωδικούς σας TAXISnet.

Η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα ηλεκτρονικού ταχυδρομείου ή SMS με συνδέσμους για είσοδο στις εφαρμογές της ή με αίτημα για προσωπικούς κωδικούς, στοιχεία καρτών ή πληρωμή.

Το μήνυμα αυτό έχει αποσταλεί αυτόματα. Παρακαλούμε μην απαντάτε."""
    root = mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8')
    m.set_body(root)
    F = dict(from_=addr('ΑΑΔΕ - Η Θυρίδα μου', 'noreply@aade.gr', 'UTF-8', 'B'), from_addr='noreply@aade.gr', to=rcpt, date=t, zone='EET',
             subject=ew('Νέο μήνυμα στη Θυρίδα σας - myAADE', 'UTF-8', 'B'), msgid='<%s@aade.gr>' % util.guid(m.rng))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('mailout.aade.gr', 'mailout.aade.gr', '203.0.113.230'), 'aade.gr', 'aade2048', 'reject',
                                    'notify-app02.aade.gr', zone='EET'))


@reg('business', '33-el-acs-eidopoiisi-paradosis')
def b33(m):
    m.what = 'ACS Courier notice: parcel 8402771650 with signed contract documents from customer Αιολική Εύβοιας will be delivered today; sender pays'
    m.why = 'Genuine courier notice: from ACS\'s own mail gateway (DKIM acscourier.net), expected shipment from a known customer, tracking link on acscourier.net, nothing to pay'
    m.topic = 'courier'
    rcpt = P['eleni'][1]
    t = local_to_utc('EET', 2026, 11, 17, 8, 55, 30)
    link = 'https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=8402771650'
    m.url(link, 'ACS tracking')
    text = """ACS Courier - Ενημέρωση αποστολής

Η αποστολή σας με αριθμό 8402 7716 50 θα παραδοθεί σήμερα, 17/11/2026.

Αποστολέας: ΑΙΟΛΙΚΗ ΕΥΒΟΙΑΣ Α.Ε.
Παραλήπτης: EXAMPLE GROUP HELLAS ΙΚΕ, Λεωφ. Κηφισίας 268, Χαλάνδρι
Τεμάχια: 1 (φάκελος εγγράφων)
Χρέωση: αποστολέα

Παρακολουθήστε την αποστολή σας: %s

Με εκτίμηση,
ACS Courier""" % link
    html = '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">' \
           '<div style="background:#e30613;color:#fff;padding:12px 18px;font-size:22px;font-weight:bold">ACS</div><div style="padding:14px 18px">' + \
        ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')[1:]) + '</div></body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                          docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('ACS Courier', 'noreply@acscourier.net'), from_addr='noreply@acscourier.net', to=rcpt, date=t, zone='EET',
             subject=ew('Η αποστολή σας 8402771650 θα παραδοθεί σήμερα', 'utf-8', 'B'), msgid='<%s@acscourier.net>' % util.guid(m.rng))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('mailer.acscourier.net', 'mailer.acscourier.net', '203.0.113.233'), 'acscourier.net', 'acs1', 'none',
                                    'notify01.acscourier.net', zone='EET'))


@reg('business', '34-el-idiotiko-gmail-synadelfos')
def b34(m):
    m.what = 'Office manager Eleni writes from her private Gmail while at a doctor\'s appointment: please send the signed agreement to the customer, she cannot reach company mail on her phone'
    m.why = 'Genuine colleague private mail: ordinary Gmail, asks only for a routine task with a file in the shared folder, no payment, no credentials, no secrecy'
    m.topic = 'private-mail'
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 11, 4, 13, 20, 7)
    text = """Γιώργο καλησπέρα,

είμαι ακόμα στον γιατρό και δεν μπορώ να μπω στο εταιρικό email από το κινητό, γι' αυτό σου γράφω από το προσωπικό μου.

Μπορείς να στείλεις σήμερα στον κ. Νικολάου της Αιολικής το υπογεγραμμένο συμφωνητικό για τις επιθεωρήσεις πτερυγίων; Είναι στον κοινόχρηστο φάκελο, Συμβάσεις > 2026 > Αιολική Εύβοιας. Το πρωτότυπο ας φύγει με ACS αύριο.

Αύριο το πρωί θα είμαι κανονικά στο γραφείο.

Ευχαριστώ πολύ!
Ελένη"""
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'base64'), mime.text(bodies.gmail_html(text), 'html', 'UTF-8', 'base64')], docs.b_gmail(m))
    m.set_body(root)
    h, mid = systems.gmail(m, t, rcpt, ('Ελένη Παπαδοπούλου', 'eleni.papadopoulou.gr@gmail.com'), addr('Γιώργος Αντωνίου', rcpt, 'UTF-8', 'B'),
                           ew('Συμφωνητικό Αιολική - από το προσωπικό μου', 'UTF-8', 'B'), zone='EET',
                           from_hdr=addr('Ελένη Παπαδοπούλου', 'eleni.papadopoulou.gr@gmail.com', 'UTF-8', 'B'))
    m.assemble(h)


@reg('business', '35-el-aioliki-enimerosi-pliromis')
def b35(m):
    m.what = 'Customer Αιολική Εύβοιας informs that it paid two invoices today by SEPA transfer to Example Group Hellas\'s Alpha Bank account; payment breakdown as XLSX'
    m.why = 'Genuine remittance advice: customer\'s own server and domain (DKIM pass), names the invoices and Example Group\'s own known IBAN, XLSX with the breakdown, nothing to open or log in to'
    m.topic = 'payment-advice'
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 11, 25, 15, 40, 21)
    m.iban(EG_IBAN_GR, 'Example Group Hellas (Alpha Bank) as payee')
    m.phone('210 3640 512', 'customer accounting')
    rows = [['Α/Α', 'Παραστατικό', 'Ημερομηνία', 'Περιγραφή', 'Ποσό (€)'],
            [1, 'ΤΠΥ 2026/0341', '30/09/2026', 'Επιθεώρηση πτερυγίων Α/Γ 1-12, Κάρυστος', 8430.00],
            [2, 'ΤΠΥ 2026/0362', '15/10/2026', 'Αντικατάσταση αισθητήρα κλίσης Α/Γ 07', 4926.40],
            ['', '', '', 'Σύνολο εμβάσματος', 13356.40]]
    x = ooxml.xlsx([('Πληρωμή 25-11-2026', rows)], title='Ανάλυση πληρωμής', creator='Λογιστήριο', when='2026-11-25T13:20:00Z',
                   date_time=(2026, 11, 25, 15, 20, 0), col_widths=[5, 16, 12, 44, 12])
    text = """Καλησπέρα σας,

σας ενημερώνουμε ότι σήμερα 25/11/2026 εκτελέσαμε έμβασμα SEPA ποσού 13.356,40 € προς τον λογαριασμό σας στην Alpha Bank (IBAN %s) για την εξόφληση των τιμολογίων ΤΠΥ 2026/0341 και ΤΠΥ 2026/0362.

Επισυνάπτεται η ανάλυση της πληρωμής.

Με εκτίμηση,

Λογιστήριο
ΑΙΟΛΙΚΗ ΕΥΒΟΙΑΣ Α.Ε.
Τηλ. 210 3640 512""" % ids.iban_fmt(EG_IBAN_GR)
    html = bodies.fill_charset(bodies.outlook_html(text, 'EL'), 'windows-1253')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'windows-1253', 'quoted-printable'), mime.text(html, 'html', 'windows-1253', 'quoted-printable')],
                         docs.b_nextpart(m, 1))
    att = mime.attachment(x, ooxml.XLSX, 'Ανάλυση_πληρωμής_25112026.xlsx', name_charset='windows-1253')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = AIOL['people']['logistirio']
    F = dict(from_=addr(frm[0], frm[1], 'windows-1253', 'B'), from_addr=frm[1], to=addr('Γεώργιος Αντωνίου', rcpt, 'windows-1253', 'B'), date=t, zone='EET',
             subject=ew('Ενημέρωση πληρωμής τιμολογίων - έμβασμα 25/11/2026', 'windows-1253', 'B'),
             msgid='<0%s$%s$%s$@aioliki-evias.gr>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, AIOL['relay'][0], AIOL['relay'][1], 'LOGISTIRIO-01', '192.0.2.40', 'aioliki-evias.gr', 'mail',
                                     lang='el', zone='EET'))


@reg('business', '36-el-dikigoros-schedio-exodikis')
def b36(m):
    m.what = 'The Greek office\'s lawyer sends a draft out-of-court notice (εξώδικη δήλωση) to a late-paying customer as DOCX for review'
    m.why = 'Genuine legal correspondence: the known lawyer\'s long-used otenet.gr address, concrete case details, draft for approval (not a demand to the company), plain DOCX without macros'
    m.topic = 'legal'
    rcpt = P['eleni'][1]
    t = local_to_utc('EET', 2026, 12, 14, 18, 5, 52)
    m.phone('210 3612 874', 'law office')
    paras = [('ΕΞΩΔΙΚΗ ΔΗΛΩΣΗ - ΠΡΟΣΚΛΗΣΗ', 'b'), ('', None),
             'Της εταιρείας με την επωνυμία «EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.», που εδρεύει στο Χαλάνδρι Αττικής, Λεωφ. Κηφισίας 268, με ΑΦΜ 801642371, ΔΟΥ Χαλανδρίου, νομίμως εκπροσωπούμενης.',
             ('ΠΡΟΣ', 'b'),
             'Την ανώνυμη εταιρεία με την επωνυμία «ΝΗΣΙΩΤΙΚΕΣ ΑΝΕΜΟΓΕΝΝΗΤΡΙΕΣ Α.Ε.», που εδρεύει στην Αθήνα, νομίμως εκπροσωπούμενη.',
             ('', None),
             'Δυνάμει της από 10.01.2026 σύμβασης παροχής υπηρεσιών συντήρησης ανεμογεννητριών, η εταιρεία μας εκτέλεσε προσηκόντως τις συμφωνηθείσες εργασίες και εξέδωσε τα κάτωθι τιμολόγια, τα οποία παραμένουν ανεξόφλητα:',
             ('table', [['Παραστατικό', 'Ημερομηνία', 'Ποσό (€)'], ['ΤΠΥ 2026/0198', '30.04.2026', '14.260,00'],
                        ['ΤΠΥ 2026/0255', '30.06.2026', '15.480,00'], ['ΤΠΥ 2026/0311', '31.08.2026', '12.440,00'], ['Σύνολο', '', '42.180,00']]),
             'Για τους λόγους αυτούς σας καλούμε όπως εντός δέκα (10) ημερών από την επίδοση της παρούσας καταβάλετε το ανωτέρω ποσό, νομιμοτόκως, άλλως θα προβούμε σε κάθε νόμιμη ενέργεια για τη διασφάλιση των συμφερόντων μας.',
             ('', None), 'Αθήνα, __ Δεκεμβρίου 2026', 'Ο πληρεξούσιος δικηγόρος', 'Κωνσταντίνος Μαυρίδης']
    dx = ooxml.docx(paras, title='Σχέδιο εξώδικης δήλωσης', creator='Κωνσταντίνος Μαυρίδης', when='2026-12-14T15:50:00Z',
                    date_time=(2026, 12, 14, 17, 50, 0), lang='el-GR')
    text = """Κυρία Παπαδοπούλου, κύριε Αντωνίου,

σας αποστέλλω συνημμένο σχέδιο εξώδικης δήλωσης - πρόσκλησης προς τη «ΝΗΣΙΩΤΙΚΕΣ ΑΝΕΜΟΓΕΝΝΗΤΡΙΕΣ Α.Ε.» για τα τρία ανεξόφλητα τιμολόγια του 2026 (σύνολο 42.180,00 €), όπως τα συζητήσαμε την Παρασκευή.

Παρακαλώ ελέγξτε ποσά, ημερομηνίες και τα στοιχεία της σύμβασης. Μόλις λάβω την έγκρισή σας, θα το επιδώσει δικαστικός επιμελητής μέσα στην εβδομάδα.

Με εκτίμηση,

Κωνσταντίνος Μαυρίδης
Δικηγόρος - μέλος ΔΣΑ
Ακαδημίας 39, 106 72 Αθήνα
Τηλ. 210 3612 874"""
    body = mime.text(text, 'plain', 'UTF-8', '8bit', params=[('format', 'flowed')], charset_label='UTF-8')
    att = mime.attachment(dx, ooxml.DOCX, 'Σχέδιο_εξώδικης_Νησιωτικές_Ανεμογεννήτριες.docx', style='thunder')
    root = mime.multipart('mixed', [body, att], docs.b_thunderbird(m))
    root.preamble = 'This is a multi-part message in MIME format.'
    m.set_body(root)
    frm = MAVR['people']['mavridis']
    F = dict(from_=addr(frm[0], frm[1], 'UTF-8', 'B'), from_addr=frm[1], to=addr('Ελένη Παπαδοπούλου', rcpt, 'UTF-8', 'B'),
             cc=addr('Γεώργιος Αντωνίου', P['georgios'][1], 'UTF-8', 'B'), date=t, zone='EET',
             subject=ew('Σχέδιο εξώδικης - Νησιωτικές Ανεμογεννήτριες Α.Ε.', 'UTF-8', 'B'), msgid='<%s@otenet.gr>' % util.guid(m.rng))
    msg = shapes._std_msg(F, ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'CC', 'From', 'Subject', '__CT__'],
                          mime_version='1.0', user_agent='Mozilla Thunderbird', content_language='el')
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, 'mxout1.otenet.gr', '83.235.69.31', '[192.168.1.5]', '192.0.2.99', 'otenet.gr', 's1',
                                     zone='EET', msg=msg))
