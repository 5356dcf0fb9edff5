"""Business messages 32-36 (Greek)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM, uuid
from company import E, A, AFM_EXAMPLE_GR, AFM_ASTRAPI, IBAN_ASTRAPI
from reg import business, alt, mixed, pdf_att
from attack_el import make_ics
import infra
import finance as fi
import docs

EX_GR = ['Example Hellas Single Member Ltd', 'Leof. Kifisias 44', '151 25 Marousi', 'VAT EL' + AFM_EXAMPLE_GR]


@business(32, 'el', 'farmakapothiki-paraggelia',
          'Purchase order from the pharmacy wholesaler Φαρμακαποθήκη Αττικής (Γιώργος Αντωνίου) for the '
          'December replenishment, order PDF attached.',
          'Known customer on its real domain farmattiki.gr and own mail server; concrete order lines and '
          'delivery window; attachment is a plain PDF; nothing to sign in to.', hn=[34])
def b32(m):
    t = T(2026, 11, 24, 9, 6, 41)
    sender = 'g.antoniou@farmattiki.gr'
    f = dict(sender=sender, rcpt=E('gr_mgr'), frm=addr('Γιώργος Αντωνίου', sender, 'iso-8859-7', 'B'),
             to=A('gr_mgr', 'iso-8859-7'), subject='Παραγγελία 2026/ΑΓ/0871 - αναπλήρωση Δεκεμβρίου',
             scs=('iso-8859-7', 'B'), zone='GR')
    infra.postfix_host(m, t, f, 'mail.farmattiki.gr', 'mail.farmattiki.gr', '62.103.50.14', '192.168.10.45',
                       client_helo='AGORES-PC03', ua=infra.XM_OL16, zone='GR', mid_style='outlook')
    src = """Καλημέρα κα Παπαδοπούλου,

σας στέλνω συνημμένα την παραγγελία 2026/ΑΓ/0871 για την αναπλήρωση Δεκεμβρίου. Παράδοση στην αποθήκη μας στον Ασπρόπυργο, Τρίτη 1/12 ή Τετάρτη 2/12, 08:00-14:00.

Για τις κρέμες χεριών 75 ml ισχύει η τιμή της προσφοράς Νοεμβρίου, όπως συμφωνήσαμε τηλεφωνικά. Αν κάποιος κωδικός δεν είναι διαθέσιμος, ενημερώστε με για να τον αντικαταστήσουμε.

Ευχαριστώ,

Γιώργος Αντωνίου
Διευθυντής Αγορών
Φαρμακαποθήκη Αττικής Α.Ε.
Τ. 210 6128 400
"""
    pdf = docs.letter(
        ['FARMAKAPOTHIKI ATTIKIS S.A.', 'Attica Pharma Wholesale · Thesi Ntourou, 193 00 Aspropyrgos · Tel. 210 6128 400'],
        EX_GR, 'Aspropyrgos, 24/11/2026', 'PURCHASE ORDER 2026/AG/0871',
        ['ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ 2026/0871', '',
         'Hand & Nail Cream 75 ml ............................ 480 pcs',
         'Lip Balm SPF 15 ....................................... 360 pcs',
         'Kids Sun Spray SPF 50+ 150 ml ................. 120 pcs',
         'Sensitive Face Cream 50 ml ........................ 240 pcs',
         'Gift box "Face Ritual" .................................. 96 pcs', '',
         'Delivery: warehouse Aspropyrgos, 01-02/12/2026, 08:00-14:00',
         'Prices: according to price list 2026 and November promotion.'],
        ['ΓΙΩΡΓΟΣ ΑΝΤΩΝΙΟΥ', 'Purchasing Director'], ['Farmakapothiki Attikis S.A.'], t, zone='GR',
        title='Order 2026/AG/0871', author='g.antoniou', creator='SoftOne ERP', producer='SoftOne ERP Reports')
    m.body = mixed(m, 'nextpart', alt(m, 'nextpart', src, 'iso-8859-7', lang='EL'),
                   pdf_att(pdf, 'Παραγγελία_2026_ΑΓ_0871.pdf', style='plain', name_style='ew'))


@business(33, 'el', 'farmakeio-erotisi-otenet',
          'A pharmacist (customer) writes from her OTEnet mailbox asking for samples and the price list of the '
          'children\'s sun care line for next season.',
          'Ordinary customer enquiry from a long-standing consumer-ISP mailbox; no links, attachments or '
          'payment topics.')
def b33(m):
    t = T(2026, 11, 18, 12, 44, 19)
    sender = 'mkonstantinou@otenet.gr'
    f = dict(sender=sender, rcpt=E('gr_mgr'), frm=addr('Μαρία Κωνσταντίνου', sender, 'utf-8', 'B'), to=E('gr_mgr'),
             subject='Δείγματα και τιμοκατάλογος παιδικών αντηλιακών 2027')
    infra.otenet(m, t, f, '94.66.218.40')
    src = """Καλησπέρα σας,

είμαι η φαρμακοποιός από το φαρμακείο στην Αγία Παρασκευή (οδός Μεσογείων 402), παίρνουμε τα προϊόντα σας μέσω της Φαρμακαποθήκης Αττικής.

Οι πελάτισσές μας ρωτάνε ήδη για το παιδικό αντηλιακό spray για την επόμενη σεζόν. Θα μπορούσατε να μου στείλετε τον τιμοκατάλογο 2027 της σειράς αντηλιακών και, αν γίνεται, μερικά δείγματα για το ράφι με τα δείγματα; Θα ήθελα επίσης να μάθω αν θα υπάρχει προωθητικό υλικό (σταντ) για τη βιτρίνα την άνοιξη.

Ευχαριστώ πολύ,
Μαρία Κωνσταντίνου
Φαρμακείο Μαρίας Κωνσταντίνου
Τηλ. 210 6543 218
"""
    m.body = alt(m, 'java', src, 'utf-8', hstyle='simple')


@business(34, 'el', 'esoteriki-prosklisi-kleisimo',
          'Internal Outlook meeting request from the Athens office manager to the accountant: year-end closing '
          'preparation, meeting room, .ics inline as text/calendar.',
          'Exchange meeting request via the internal relay, organiser is a colleague on example.com, location '
          'is a meeting room, no external link. Same format that attack 35 imitates from outside.', hn=[35])
def b34(m):
    t = T(2026, 11, 25, 8, 40, 5)
    f = dict(sender=E('gr_mgr'), rcpt=E('gr_acc'), frm=A('gr_mgr', 'utf-8'), to=A('gr_acc', 'utf-8'),
             subject='Κλείσιμο χρήσης 2026 – προετοιμασία', scs=('utf-8', 'B'),
             x=[('Content-class', 'urn:content-classes:calendarmessage')])
    st = infra.exchange_internal(m, t, f, client_ip='10.50.1.31', lang='el-GR')
    desc = ('Νίκο,\n\nας δούμε μαζί τις εκκρεμότητες για το κλείσιμο: απογραφή αποθήκης 31/12, συμφωνίες '
            'υπολοίπων με Φαρμακαποθήκη Αττικής και Αστραπή, προβλέψεις επισφαλειών και το χρονοδιάγραμμα '
            'για τον κ. Σταματόπουλο.\n\nΕλένη')
    ics = make_ics('040000008200E00074C5B7101A82E0080000000%s' % H(m.seed('uid'), 40, '0123456789ABCDEF'),
                   t.strftime('%Y%m%dT%H%M%SZ'), '20261201T100000', '20261201T113000', E('gr_mgr'),
                   'Eleni Papadopoulou', E('gr_acc'), 'Nikos Georgiou', 'Κλείσιμο χρήσης 2026 – προετοιμασία',
                   desc, 'Αίθουσα συσκέψεων 2 (Μαρούσι)', 'Microsoft Exchange Server 2010')
    plain = ('Πότε: Τρίτη, 1 Δεκεμβρίου 2026 10:00-11:30 (UTC+02:00) Αθήνα, Βουκουρέστι.\n'
             'Πού: Αίθουσα συσκέψεων 2 (Μαρούσι)\n\n*~*~*~*~*~*~*~*~*~*\n\n' + desc + '\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div><p>Πότε: Τρίτη, 1 Δεκεμβρίου 2026 10:00-11:30 (UTC+02:00) Αθήνα, Βουκουρέστι.<br>Πού: Αίθουσα συσκέψεων 2 (Μαρούσι)</p>'
            '<p>*~*~*~*~*~*~*~*~*~*</p>' + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in desc.split('\n\n'))
            + '</div></body></html>')
    cal = text(ics, 'utf-8', 'base64', 'calendar', params=['method=REQUEST'])
    m.body = multi('alternative', [text(plain, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html'), cal],
                   boundary('outlook', m.seed('alt')))


@business(35, 'el', 'logistis-mydata-ekkremotites',
          'The external accountant reports on the Q3 myDATA transmissions: three purchase invoices lack an '
          'expense classification; warns about fake "AADE myDATA" e-mails.',
          'Known accountant on his own domain; asks for documents to be sent to him as usual, no login link; '
          'explicitly says the authority does not send such e-mails.', hn=[32])
def b35(m):
    t = T(2026, 11, 9, 13, 58, 22)
    sender = 'd.stamatopoulos@stamatopoulos-logistiki.gr'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('Δημήτρης Σταματόπουλος', sender, 'windows-1253', 'B'),
             to=A('gr_acc', 'windows-1253'), subject='myDATA γ΄ τριμήνου - 3 παραστατικά χωρίς χαρακτηρισμό',
             scs=('windows-1253', 'B'))
    infra.exim_cpanel(m, t, f, 'grserver7.top.host', '185.138.42.7', client_ip='79.129.44.218', zone='GR',
                      client_helo='LOGISTIRIO-PC', mid_style='outlook', ua=infra.XM_OL16)
    src = """Καλησπέρα Νίκο,

ολοκλήρωσα τον έλεγχο των διαβιβάσεων στο myDATA για το γ΄ τρίμηνο. Τα έσοδα είναι εντάξει και συμφωνούν με τα βιβλία. Στα έξοδα λείπει ο χαρακτηρισμός σε τρία τιμολόγια αγορών:

- Αστραπή Courier, ΤΠΥ 4418/30-09-2026
- Lieferant GmbH, RE-2026-09812 (ενδοκοινοτική απόκτηση)
- ΔΕΗ, λογαριασμός Σεπτεμβρίου αποθήκης

Στείλε μου σε παρακαλώ τα PDF εδώ ή πέρασε τον χαρακτηρισμό στο ERP μέχρι τις 30/11, ώστε να γίνει η διαβίβαση πριν από τη δήλωση ΦΠΑ.

Υ.Γ. Κυκλοφορούν ψεύτικα email δήθεν από «ΑΑΔΕ - myDATA» με συνδέσμους για είσοδο με κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια μηνύματα· μην πατάτε συνδέσμους, μπαίνουμε πάντα απευθείας από το aade.gr.

Φιλικά,
Δημήτρης Σταματόπουλος
Λογιστής - Φοροτεχνικός Α΄ τάξης
Τ. 210 8231 447
"""
    m.body = alt(m, 'nextpart', src, 'windows-1253', lang='EL')


@business(36, 'el', 'astrapi-courier-timologio',
          'Courier Αστραπή Courier sends its October invoice (domestic parcel deliveries to pharmacies) as PDF, '
          'payable to its usual Eurobank account.',
          'Regular supplier on its own domain; amounts match the service; IBAN unchanged; no request beyond '
          'payment at the due date.', hn=[33])
def b36(m):
    t = T(2026, 11, 3, 10, 18, 30)
    sender = 'logistirio@astrapi-courier.gr'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('Αστραπή Courier - Λογιστήριο', sender, 'iso-8859-7', 'B'),
             to=E('gr_acc'), subject='Τιμολόγιο ΤΠΥ 4587 - Οκτώβριος 2026', scs=('iso-8859-7', 'B'), zone='GR')
    infra.postfix_host(m, t, f, 'smtp.astrapi-courier.gr', 'smtp.astrapi-courier.gr', '212.205.31.66', '10.1.4.20',
                       client_helo='erp01.astrapi.local', auth=False, zone='GR', mid_style='roundcube',
                       ua=('X-Mailer', 'Entersoft Business Suite Mailer'))
    iban = fi.fmt_iban(IBAN_ASTRAPI)
    src = """Αγαπητοί συνεργάτες,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 4587 για τις αποστολές του Οκτωβρίου 2026.

Σύνολο: 3.349,49 EUR (με ΦΠΑ 24%%)
Λήξη: 03/12/2026
Πληρωμή: Eurobank, IBAN %s

Με εκτίμηση,
Λογιστήριο
Αστραπή Courier Α.Ε.
""" % iban
    pdf = docs.invoice(
        ['ASTRAPI COURIER S.A.', 'Leof. Athinon 212 · 122 42 Aigaleo · VAT EL' + AFM_ASTRAPI],
        EX_GR, [('Invoice', 'TPY 4587'), ('Date', '31/10/2026'), ('Customer', '77104'), ('Due', '03/12/2026')],
        [('1', 'Domestic parcels Attica (pharmacies)', '412', '3,95', '1.627,40'),
         ('2', 'Domestic parcels other regions', '188', '5,60', '1.052,80'),
         ('3', 'COD handling', '14', '1,50', '21,00')],
        [('Net', '2.701,20'), ('VAT 24%', '648,29'), ('Total EUR', '3.349,49')],
        ['ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ', 'Payment: Eurobank IBAN ' + iban + ' · BIC ERBKGRAA'],
        ['Astrapi Courier S.A. · MARK myDATA ' + H(m.seed('mark'), 15, '0123456789')], t, zone='GR',
        title='TPY 4587', creator='Entersoft Business Suite', producer='Entersoft Business Suite',
        cols=('#', 'Service', 'Qty', 'Price', 'Amount'), doc_title='INVOICE')
    m.body = mixed(m, 'roundcube', text(src, 'iso-8859-7', 'base64'),
                   attach(pdf, 'application/pdf', 'TPY_4587.pdf'))
