"""Greek messages: attack 32-36, business 32-36."""
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, guid, hexs, alnum, epoch
from . import systems as S, platforms as P, mk, docs, ident, org, html as H
from .org import p
from .bodies import boundary

GR_E = org.ENTITIES[4]
AFM_EX = GR_E['ids'][0][1]
AERO_AFM = ident.gr_afm('80045127')


def a32():
    m = Msg('attack', '32-el-aade-epistrofi-foroy')
    m.t = utc(2026, 10, 23, 7, 44, 19)
    m.frm = ('ΑΑΔΕ - myAADE', 'enimerosi@myaade-gr.com')
    m.to = [p('dimitrios.georgiou')]
    m.meta['mail_from'] = 'info@frontistirio-nea-smyrni.gr'
    m.subject = 'Επιστροφή φόρου 1.284,60 € - απαιτείται επιβεβαίωση τραπεζικού λογαριασμού'
    link = m.url('https://myaade-gr.com/epistrofi/?afm=%s&ref=EP2026-118734' % AFM_EX, 'fake myAADE refund page (card/credential theft)')
    text = ('Αξιότιμε/η φορολογούμενε,\n\n'
            'Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος νομικών προσώπων (Ε3/Ν) για το φορολογικό έτος 2025, '
            'προέκυψε ποσό προς επιστροφή 1.284,60 € υπέρ του ΑΦΜ %s.\n\n'
            'Για να πιστωθεί το ποσό, απαιτείται η επιβεβαίωση του τραπεζικού λογαριασμού (IBAN) και των στοιχείων '
            'της κάρτας που είναι συνδεδεμένα με τη φορολογική σας θυρίδα, εντός 48 ωρών:\n\n%s\n\n'
            'Σε περίπτωση μη επιβεβαίωσης, το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.\n\n'
            'Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Φορολογικής Διοίκησης' % (AFM_EX, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="background:#003476;color:#fff;padding:14px 20px;font-size:18px;font-weight:bold">ΑΑΔΕ · myAADE</div>'
            + ''.join('<p>%s</p>' % H.linkify(b).replace('\n', '<br>') for b in text.split('\n\n'))
            + '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Επιβεβαίωση '
              'στοιχείων</a></p></body></html>' % link)
    m.body = mk.client(m, 'phpmailer', text, html, cs='iso-8859-7', cte='quoted-printable')
    m.raw = S.cpanel(m, 'cp17.grhost-web.gr', '198.51.100.166', 'frontistirio-nea-smyrni.gr', mua='phpmailer',
                     user='frontist', local=True, spf='pass', dmarc_res='none', dmarc_policy=None, dkim_sign=True)
    m.meta['what'] = 'ΑΑΔΕ (Greek tax authority) announces a corporate tax refund of 1.284,60 € that must be "confirmed"'
    m.meta['why'] = ('Refund phishing: look-alike myaade-gr.com, PHPMailer on a compromised tutoring-school website '
                     '(different envelope domain), asks for IBAN and card data within 48 h; AADE only notifies to log in '
                     'to myAADE (business/32)')
    return m


def b32():
    m = Msg('business', '32-el-aade-thyrida-koinopoiisi')
    m.t = utc(2026, 11, 16, 10, 21, 3)
    m.frm = ('ΑΑΔΕ', 'noreply@aade.gr')
    m.to = [p('dimitrios.georgiou')]
    m.subject = 'Ενημέρωση για νέα κοινοποίηση στη Θυρίδα σας στο myAADE'
    u = m.url('https://www.aade.gr/myaade', 'official myAADE portal (typed)')
    text = ('Αγαπητέ/ή χρήστη,\n\n'
            'Σας ενημερώνουμε ότι στη Θυρίδα σας στην ψηφιακή πύλη myAADE έχει κοινοποιηθεί νέο έγγραφο που αφορά τον '
            'ΑΦΜ %s (EXAMPLE HELICOPTERS HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.).\n\n'
            'Είδος εγγράφου: Πράξη διοικητικού προσδιορισμού φόρου - ΦΠΑ 09/2026\n'
            'Ημερομηνία κοινοποίησης: 16/11/2026\n\n'
            'Για να δείτε το έγγραφο, συνδεθείτε στο %s με τους κωδικούς σας Taxisnet και επιλέξτε «Θυρίδα».\n\n'
            'Η ΑΑΔΕ δεν αποστέλλει μηνύματα με συνδέσμους για επιβεβαίωση τραπεζικών λογαριασμών ή στοιχείων καρτών.\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΑυτοματοποιημένο μήνυμα - παρακαλούμε μην απαντάτε.' % (AFM_EX, u))
    m.body = Text('plain', text, 'windows-1253', 'quoted-printable')
    r = m.rng
    m.msgid = '<%d.%d.%d.JavaMail.notify@app-notif-03.aade.gr>' % (r.randint(10 ** 6, 10 ** 7), r.randint(10, 99), epoch(m.t) * 1000)
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='windows-1253', enc='B', mime_first=True)
    inner = [('Received', 'from app-notif-03.aade.gr (unknown [10.11.%d.%d])\r\n\tby mailgw2.aade.gr (Postfix) with ESMTP id %s\r\n\t'
              'for <dimitrios.georgiou@example.com>; %s' % (r.randint(1, 99), r.randint(1, 250), S.postfix_qid(r, m.t),
                                                           rfcdate(plus(m.t, 1), 'GR', 'postfix')))]
    m.raw = S.relay(m, 'mailgw2.aade.gr', '192.0.2.222', 'aade.gr', inner=inner, msg_headers=msg, selector='aade1',
                    dmarc_policy='reject')
    m.meta['what'] = 'AADE notifies that a new document (VAT assessment) was delivered to the company\'s myAADE box'
    m.meta['why'] = ('Genuine tax-authority notification from aade.gr (auth pass), no personalised link, tells to log in '
                     'to myAADE with Taxisnet credentials, explicit anti-phishing sentence')
    m.meta['pair'] = ['32']
    m.meta['topic'] = 'ΑΑΔΕ / myAADE notification'
    m.meta['pair_note'] = 'Real aade.gr, no refund, no data request'
    return m


def a33():
    m = Msg('attack', '33-el-acs-courier-svg')
    m.t = utc(2026, 11, 20, 8, 5, 41)
    m.frm = ('ACS Courier', 'eidopoiisi@acs-courier-gr.com')
    m.to = [p('eleni.papadopoulou')]
    m.subject = 'Η αποστολή 7241883910 βρίσκεται σε αναμονή - εκκρεμεί πληρωμή 1,99 €'
    link = m.url('https://acs-courier-gr.com/pay/7241883910?c=gr', 'card-phishing page linked from the SVG')
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="380" '
           'viewBox="0 0 600 380">\n<rect width="600" height="380" fill="#ffffff"/>\n'
           '<rect width="600" height="64" fill="#e30613"/>\n'
           '<text x="24" y="42" font-family="Arial" font-size="28" font-weight="bold" fill="#ffffff">ACS Courier</text>\n'
           '<text x="24" y="110" font-family="Arial" font-size="18" fill="#222222">Απόδειξη αποστολής 7241883910</text>\n'
           '<text x="24" y="145" font-family="Arial" font-size="15" fill="#444444">Κατάσταση: Σε αναμονή στο κατάστημα '
           'Αργυρούπολης</text>\n<text x="24" y="172" font-family="Arial" font-size="15" fill="#444444">Τέλη '
           'επαναπρογραμματισμού: 1,99 €</text>\n'
           '<a xlink:href="%s" href="%s" target="_blank">\n<rect x="24" y="210" width="260" height="50" rx="6" '
           'fill="#e30613"/>\n<text x="52" y="242" font-family="Arial" font-size="18" font-weight="bold" '
           'fill="#ffffff">Πληρωμή &amp; παράδοση</text>\n</a>\n'
           '<text x="24" y="320" font-family="Arial" font-size="12" fill="#888888">Εάν η πληρωμή δεν ολοκληρωθεί εντός '
           '24 ωρών, το δέμα επιστρέφεται στον αποστολέα.</text>\n</svg>\n') % (link, link)
    html, plain = H.notif([
        ('p', 'Αγαπητέ πελάτη,'),
        ('p', 'η αποστολή σας με αριθμό 7241883910 δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης. Για τον '
              'επαναπρογραμματισμό της παράδοσης απαιτείται η καταβολή τέλους 1,99 €.'),
        ('p', 'Τα στοιχεία της αποστολής και η πληρωμή βρίσκονται στο συνημμένο αποδεικτικό.'),
        ('small', 'ACS Courier Α.Ε. - Αυτοματοποιημένο μήνυμα.')], brand='ACS Courier', color='#e30613', lang='el')
    m.body = mk.client(m, 'java', plain, html, cs='utf-8',
                       attachments=[Binary('image/svg+xml', svg.encode('utf-8'), 'ACS_Apodeixi_7241883910.svg',
                                           'attachment')])
    m.raw = S.brevo(m, 'acs-courier-gr.com')
    m.meta['what'] = 'ACS Courier: parcel on hold, pay 1,99 € re-delivery fee; receipt attached as SVG'
    m.meta['why'] = ('Courier/card phishing with an SVG attachment whose clickable button links to the payment page '
                     '(no script, inert); look-alike acs-courier-gr.com on Brevo. Genuine ACS notice: business/33')
    return m


def b33():
    m = Msg('business', '33-el-acs-courier-paradosi')
    m.t = utc(2026, 11, 24, 6, 48, 30)
    m.frm = ('ACS Courier', 'noreply@acscourier.net')
    m.to = [p('eleni.papadopoulou')]
    m.subject = 'Η αποστολή σας 7240556213 θα παραδοθεί σήμερα'
    u = m.url('https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7240556213',
              'ACS tracking page')
    html, plain = H.notif([
        ('p', 'Αγαπητέ πελάτη,'),
        ('p', 'η αποστολή σας με αριθμό 7240556213 από LIEFERANT GMBH (Βρέμη, Γερμανία) βρίσκεται σε διανομή και '
              'αναμένεται να παραδοθεί σήμερα 24/11/2026 μεταξύ 10:00 και 14:00 στη διεύθυνση: Λεωφόρος Βουλιαγμένης 580, '
              'Αργυρούπολη.'),
        ('kv', [('Αριθμός αποστολής', '7240556213'), ('Τεμάχια', '2'), ('Βάρος', '14,6 kg'), ('Αντικαταβολή', 'Όχι')]),
        ('link', 'Παρακολούθηση αποστολής', u),
        ('small', 'Η ACS δεν ζητά ποτέ πληρωμές μέσω e-mail ή SMS για αποστολές χωρίς αντικαταβολή.\nACS Courier Α.Ε., '
                  'Πετρουπόλεως 50, 12131 Περιστέρι')], brand='ACS', color='#e30613', lang='el')
    m.body = Multi('alternative', [Text('plain', plain, 'UTF-8', 'base64'), Text('html', html, 'UTF-8', 'base64')],
                   boundary(m, 'dotnet'))
    r = m.rng
    m.msgid = '<%s@acscourier.net>' % guid(r)
    msg = S.std_msg_headers(m, ('From', 'To', 'Date', 'Subject', 'Message-ID'), charset='utf-8', enc='B', date_zone='GR',
                            date_style='noday', mime_first=True)
    inner = [('Received', 'from ACSNOTIF02 (10.100.%d.%d) by mailout.acscourier.net (10.100.1.10) with Microsoft SMTP Server '
              'id 15.2.1748.10; %s' % (r.randint(1, 60), r.randint(1, 250), rfcdate(m.t, 'GR')))]
    m.raw = S.relay(m, 'mailout.acscourier.net', '203.0.113.98', 'acscourier.net', inner=inner, msg_headers=msg,
                    selector='acs', dmarc_policy='quarantine')
    m.meta['what'] = 'ACS Courier delivery notice for a spare-parts parcel from Lieferant GmbH'
    m.meta['why'] = ('Genuine courier notification from acscourier.net (auth pass), matches a real shipment, link to the '
                     'official tracking page, no payment')
    m.meta['pair'] = ['33']
    m.meta['topic'] = 'Courier parcel notification'
    m.meta['pair_note'] = 'Real courier domain and shipment, no fee'
    return m


def a34():
    m = Msg('attack', '34-el-bec-eleni-gmail')
    m.t = utc(2026, 12, 4, 9, 14, 2)
    m.zone = 'GR'
    m.frm = ('Ελένη Παπαδοπούλου', 'eleni.papadopoulou.exg@gmail.com')
    m.to = [p('dimitrios.georgiou')]
    m.subject = 'Επείγον - πληρωμή Αεροτεχνικής'
    mule = ident.make_iban('GR', '0260' + '171' + '0000940201577183')
    ib = m.iban(mule, 'mule account (Eurobank code) presented as Aerotechniki\'s new account')
    text = ('Δημήτρη καλημέρα,\n\n'
            'μπορείς να κάνεις σήμερα την πληρωμή στην Αεροτεχνική για το υπόστεγο και το handling του Νοεμβρίου '
            '(6.944,00 €); Μου τηλεφώνησε ο κ. Αντωνίου, άλλαξαν τράπεζα και θέλουν την πληρωμή στον νέο λογαριασμό:\n\n'
            'ΑΕΡΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.\nIBAN: %s (Eurobank)\n\n'
            'Είμαι όλη μέρα σε σύσκεψη με το ΕΚΑΒ και γράφω από το κινητό, δεν μπορώ να μιλήσω. Στείλε μου μόνο το '
            'αποδεικτικό εδώ όταν γίνει.\n\nΕυχαριστώ πολύ!\nΕλένη\n\nSent from my iPhone' % ib)
    m.body = Multi('alternative', [Text('plain', text, 'UTF-8', 'base64'),
                                   Text('html', H.gmail_html(text), 'UTF-8', 'base64')], boundary(m, 'gmail'))
    m.raw = S.gmail(m)
    m.meta['what'] = 'The Greek office manager (from Gmail) asks the accountant to pay the hangar landlord to a new IBAN today'
    m.meta['why'] = ('Internal BEC: Gmail address in the colleague\'s name, "changed bank" story for a real supplier, '
                     'unreachable by phone, proof of payment to the private address. Compare the real internal approval '
                     '(business/34) and the supplier\'s invoice with its known account (business/35)')
    return m


def b34():
    m = Msg('business', '34-el-eleni-egkrisi-pliromis')
    m.t = utc(2026, 12, 2, 14, 3, 27)
    m.zone = 'GR'
    m.frm = ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com')
    m.to = [p('dimitrios.georgiou')]
    m.cc = [p('sabine.koehler')]
    m.subject = 'Τιμολόγιο Αεροτεχνικής Νοεμβρίου - εγκρίθηκε'
    text = ('Δημήτρη γεια,\n\n'
            'το τιμολόγιο της Αεροτεχνικής για τον Νοέμβριο (υπόστεγο + handling, 6.944,00 €, ΜΑΡΚ στο myDATA) '
            'εγκρίθηκε από τη Sabine στο σύστημα ροής εγκρίσεων. Μπορεί να μπει στην πληρωμή της Παρασκευής, κανονικά '
            'στον λογαριασμό της Εθνικής που έχουμε στα στοιχεία του προμηθευτή - δεν έχει αλλάξει κάτι.\n\n'
            'Για το handling της 18/11 (πτήση ΕΚΑΒ Σαντορίνη) υπάρχει ξεχωριστό πιστωτικό, θα το στείλουν την επόμενη '
            'εβδομάδα.\n\nΕυχαριστώ,\nΕλένη\n\n'
            'Eleni Papadopoulou\nOffice Manager\nExample Helicopters Hellas Μονοπρόσωπη Α.Ε.\nΛεωφ. Βουλιαγμένης 580, '
            '164 52 Αργυρούπολη\nΤηλ. +30 210 996 4180')
    m.phone('+30 210 996 4180', 'Athens office')
    S.internal_prepare(m)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'EL', charset='iso-8859-7'), cs='iso-8859-7')
    m.raw = S.internal(m, 'el-GR')
    m.meta['what'] = 'Greek office manager tells the accountant the landlord\'s November invoice was approved; pay as usual'
    m.meta['why'] = ('Genuine internal message via Exchange/mail-int01, CFO in Cc, approval in the workflow, explicitly '
                     'the unchanged account on file')
    m.meta['pair'] = ['34']
    m.meta['topic'] = 'Payment instruction to the Greek accountant'
    m.meta['pair_note'] = 'Internal route, approval workflow, no new IBAN'
    return m


def a35():
    m = Msg('attack', '35-el-pdf-timologio-link')
    m.t = utc(2026, 10, 14, 12, 33, 8)
    m.zone = 'GR'
    m.frm = ('Ionian Aviation Supplies - Λογιστήριο', 'accounts@ionian-avsupplies.gr')
    m.to = [p('dimitrios.georgiou')]
    m.cc = [p('eleni.papadopoulou')]
    m.subject = 'Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ 2026-1184 - Example Helicopters Hellas'
    link = m.url('https://docview-secure.app/v/ionian-avsupplies/TPY-2026-1184', 'credential page behind the PDF button')
    text = ('Καλησπέρα σας,\n\nσας αποστέλλουμε συνημμένα το τιμολόγιο ΤΠΥ 2026-1184 για την προμήθεια αναλωσίμων '
            'υποστέγου (λιπαντικά, φίλτρα, εξοπλισμός GSE) του Σεπτεμβρίου.\n\n'
            'Το έγγραφο είναι ψηφιακά προστατευμένο, για την προβολή του πατήστε «Προβολή εγγράφου» μέσα στο PDF.\n\n'
            'Παρακαλούμε για την εξόφληση έως 21/10/2026.\n\nΜε εκτίμηση,\nΛογιστήριο\nIonian Aviation Supplies Ι.Κ.Ε.\n'
            'Λεωφ. Αθηνών 214, 12461 Χαϊδάρι\nΤηλ. 210 58 18 442')
    m.phone('210 58 18 442', 'compromised company signature')
    pdf, ptxt = docs.simple_pdf([[
        ('h', 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ'),
        ('p', 'Αριθμός: ΤΠΥ 2026-1184    Ημερομηνία: 13/10/2026'),
        ('box', 'Το έγγραφο προστατεύεται από την υπηρεσία ασφαλούς ανταλλαγής εγγράφων. Για να δείτε το πλήρες περιεχόμενο '
                'συνδεθείτε με τον εταιρικό σας λογαριασμό ηλεκτρονικού ταχυδρομείου.'),
        ('button', 'Προβολή εγγράφου', link, (0.0, 0.36, 0.72)),
        ('small', 'Ionian Aviation Supplies Ι.Κ.Ε. · ΑΦΜ %s · ΔΟΥ Αιγάλεω' % ident.gr_afm('80291734'))]],
        dict(title='ΤΠΥ 2026-1184', author='accounts', creator='Microsoft® Word για Microsoft 365',
             producer='Microsoft® Word για Microsoft 365', created="D:20261014121502+03'00'"),
        header=('Ionian Aviation Supplies', ['Λεωφ. Αθηνών 214, 12461 Χαϊδάρι', 'Αναλώσιμα και εξοπλισμός εδάφους']),
        color=(0.1, 0.3, 0.5))
    m.meta['doc_texts'] = [ptxt]
    S.exo_prepare(m, 'EUR')
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'EL'), cs='utf-8', cte='base64',
                       attachments=[mk.att(m, 'exo', 'TPY_2026-1184.pdf', pdf)])
    m.raw = S.exo(m, 'ionian-avsupplies.gr', lang='el-GR', dmarc_policy='none')
    m.meta['what'] = 'Supplier accounting sends an invoice PDF that only shows a "View document" button'
    m.meta['why'] = ('PDF attachment lure from a compromised Microsoft 365 mailbox of a plausible local supplier: the '
                     'PDF has no invoice data, only a link annotation to a credential page (docview-secure.app); not a '
                     'supplier of the company. Real invoice PDF: business/35')
    return m


def b35():
    m = Msg('business', '35-el-aerotechniki-timologio')
    m.t = utc(2026, 12, 1, 11, 27, 45)
    m.zone = 'GR'
    m.frm = ('Αεροτεχνική Αττικής - Λογιστήριο', 'logistirio@aerotechniki.gr')
    m.to = [p('eleni.papadopoulou')]
    m.cc = [p('dimitrios.georgiou')]
    m.subject = 'Τιμολόγιο ΤΠΥ Α-3318 / Νοέμβριος 2026 - υπόστεγο & handling'
    ib = m.iban(org.AEROTECH_IBAN, 'Aerotechniki genuine account (National Bank of Greece)')
    mark = '%d' % m.rng.randint(400000000000000, 409999999999999)
    m.fact('myDATA MARK', mark, 'AADE myDATA unique registration number of the invoice')
    m.phone('+30 210 998 2270', 'Aerotechniki accounts')
    text = ('Καλημέρα σας,\n\nσας αποστέλλουμε το τιμολόγιο Α-3318 για τον μήνα Νοέμβριο 2026 (μίσθωση θέσης υποστέγου '
            'και υπηρεσίες handling).\n\nΣύνολο: 6.944,00 € (με ΦΠΑ 24%%)\nΜΑΡΚ myDATA: %s\nΠληρωμή έως 31/12/2026 στον '
            'γνωστό λογαριασμό της Εθνικής Τράπεζας %s.\n\n'
            'Με εκτίμηση,\nΛογιστήριο\nΑεροτεχνική Αττικής Α.Ε.\nΤηλ. +30 210 998 2270' % (mark, ib))
    rows = [['1', 'Μίσθωση θέσης υποστέγου H145 (Νοέμβριος 2026)', '1', '3.900,00', '3.900,00'],
            ['2', 'Υπηρεσίες handling / ground power, 22 κινήσεις', '22', '60,00', '1.320,00'],
            ['3', 'Αποθήκευση ανταλλακτικών (κλωβός 6 m²)', '1', '380,00', '380,00']]
    pdf, ptxt = docs.invoice_pdf(
        'ΑΕΡΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.', ['Αεροδρόμιο Τατοΐου, Κτίριο 7 · 13677 Αχαρναί · ΑΦΜ %s · ΔΟΥ ΦΑΕ Αθηνών' % AERO_AFM],
        ['EXAMPLE HELICOPTERS HELLAS Μ.Α.Ε.', 'Λεωφ. Βουλιαγμένης 580', '164 52 Αργυρούπολη', 'ΑΦΜ %s' % AFM_EX],
        'Τιμολόγιο Παροχής Υπηρεσιών Α-3318',
        [('Ημερομηνία', '30/11/2026'), ('ΜΑΡΚ', mark), ('Τρόπος πληρωμής', 'Κατάθεση σε λογαριασμό'), ('Λήξη', '31/12/2026')],
        ['Α/Α', 'Περιγραφή', 'Ποσ.', 'Τιμή', 'Αξία €'], rows,
        [('Καθαρή αξία', '5.600,00', False), ('ΦΠΑ 24%', '1.344,00', False), ('Πληρωτέο', '6.944,00 €', True)],
        ['Πληρωμή: Εθνική Τράπεζα της Ελλάδος, IBAN %s' % ident.fmt_iban(org.AEROTECH_IBAN),
         'Το παραστατικό έχει διαβιβαστεί στην ΑΑΔΕ (myDATA) μέσω παρόχου ηλεκτρονικής τιμολόγησης.'],
        [['ΑΕΡΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.', 'ΓΕΜΗ 121883401000'], ['ΑΦΜ ' + AERO_AFM]],
        dict(title='Α-3318', author='Aerotechniki', creator='SoftOne Series 5', producer='SoftOne PDF',
             created="D:20261201110512+02'00'"), right_cols=(2, 3, 4), col_x=[50, 80, 330, 380, 470])
    m.meta['doc_texts'] = [ptxt]
    S.exo_prepare(m, 'EUR')
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'EL'), cs='utf-8',
                       attachments=[mk.att(m, 'exo', 'Timologio_A-3318_112026.pdf', pdf)])
    m.raw = S.exo(m, 'aerotechniki.gr', lang='el-GR', dmarc_policy='quarantine')
    m.meta['what'] = 'Hangar landlord sends the November invoice with myDATA MARK and the usual NBG account'
    m.meta['why'] = ('Genuine supplier invoice from the landlord\'s Microsoft 365 (auth pass), complete PDF invoice, MARK '
                     'number, unchanged account')
    m.meta['pair'] = ['34', '35']
    m.meta['topic'] = 'Supplier invoice (Greece)'
    m.meta['pair_note'] = 'Real invoice content and known account; attacks use a button-only PDF or a new IBAN'
    return m


def a36():
    m = Msg('attack', '36-el-webmail-quota')
    m.t = utc(2026, 12, 15, 5, 2, 36)
    m.zone = 'GR'
    m.frm = ('Example.com Webmail', 'no-reply@mailbox-quota-center.com')
    m.to = [p('eleni.papadopoulou')]
    m.subject = 'Ειδοποίηση: Το γραμματοκιβώτιο eleni.papadopoulou@example.com έφτασε το 98% του ορίου'
    link = m.url('https://example-com.mailbox-quota-center.com/owa/auth/upgrade.aspx?u=eleni.papadopoulou@example.com',
                 'fake OWA login page')
    text = ('Γεια σας eleni.papadopoulou,\n\n'
            'Το γραμματοκιβώτιό σας έχει φτάσει το 98%% του διαθέσιμου χώρου αποθήκευσης (1,96 GB από 2 GB). Τα νέα '
            'εισερχόμενα μηνύματα έχουν τεθεί σε αναμονή και θα διαγραφούν μετά από 24 ώρες.\n\n'
            'Για να αυξήσετε δωρεάν τον χώρο σε 10 GB και να παραλάβετε τα μηνύματα σε αναμονή (7), επιβεβαιώστε τον '
            'λογαριασμό σας:\n\n%s\n\nΟμάδα υποστήριξης Webmail\nexample.com' % link)
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p><b>Outlook Web App</b></p>'
            + ''.join('<p>%s</p>' % H.linkify(b).replace('\n', '<br>') for b in text.split('\n\n')) +
            '<table style="width:320px;border:1px solid #ccc"><tr><td style="background:#d13438;width:98%;height:10px">'
            '</td><td></td></tr></table><p style="font-size:11px;color:#777">98% χρησιμοποιείται</p></body></html>')
    m.body = mk.client(m, 'tb', text, html, cs='utf-8', cte='base64', html_cte='base64')
    r = m.rng
    m.msgid = '<%s.%s@mailbox-quota-center.com>' % (hexs(r, 12), hexs(r, 8))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'UTF-8', 'B')
    t1 = plus(m.t, 1)
    below = [('Received', 'by vps-7712.mailbox-quota-center.com (Postfix, from userid 0)\r\n\tid %s; %s' % (
        S.postfix_qid(r, m.t), rfcdate(m.t, 'UTC', 'postfix'))),
        ('Date', rfcdate(m.t, 'UTC')), ('From', d['From']), ('To', d['To']), ('Subject', d['Subject']),
        ('Message-ID', m.msgid), ('MIME-Version', '1.0')] + hs + [('X-Priority', '1 (Highest)'), ('Importance', 'High')]
    conn = dict(helo='mail.mailbox-quota-center.com', rdns='static.37.113.0.203.clients.your-server.de', ip='203.0.113.37',
                t=plus(t1, 1), mail_from='root@vps-7712.mailbox-quota-center.com', tls='1.3')
    conn['auth'] = {'spf': 'none', 'dkim': [], 'dmarc': ('none', None, 'mailbox-quota-center.com')}
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Webmail "quota 98 %" warning in Greek: messages on hold, confirm the account to get 10 GB'
    m.meta['why'] = ('Classic webmail credential phishing: unrelated domain, no SPF/DKIM, sent by a root cron on a rented '
                     'VPS (HELO does not match rDNS), fake OWA page, "held messages" pressure. Real Exchange quota '
                     'warning: business/36')
    return m


def b36():
    m = Msg('business', '36-el-exchange-quota-warning')
    m.t = utc(2026, 12, 9, 2, 14, 59)
    m.zone = 'DE'
    m.frm = ('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com')
    m.to = [('Eleni Papadopoulou', 'eleni.papadopoulou@example.com')]
    m.subject = 'Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.'
    text = ('Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.\n\n'
            'Μέγεθος γραμματοκιβωτίου: 1,91 GB\nΌριο προειδοποίησης: 1,90 GB\nΌριο απαγόρευσης αποστολής: 2,00 GB\n\n'
            'Για να μειώσετε το μέγεθος του γραμματοκιβωτίου σας, διαγράψτε όσα στοιχεία δεν χρειάζεστε και αδειάστε '
            'τον φάκελο "Διαγραμμένα στοιχεία". Μπορείτε επίσης να αρχειοθετήσετε παλαιότερα μηνύματα στο αρχείο '
            'Online Archive.\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px"><p style="font-size:18px;color:#c43e1c">'
            'Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.</p><table cellpadding="4"><tr><td>Μέγεθος γραμματοκιβωτίου:</td>'
            '<td>1,91 GB</td></tr><tr><td>Όριο προειδοποίησης:</td><td>1,90 GB</td></tr><tr><td>Όριο απαγόρευσης '
            'αποστολής:</td><td>2,00 GB</td></tr></table><p>Για να μειώσετε το μέγεθος του γραμματοκιβωτίου σας, διαγράψτε '
            'όσα στοιχεία δεν χρειάζεστε και αδειάστε τον φάκελο "Διαγραμμένα στοιχεία". Μπορείτε επίσης να '
            'αρχειοθετήσετε παλαιότερα μηνύματα στο αρχείο Online Archive.</p></div></body></html>')
    S.internal_prepare(m)
    m.body = mk.client(m, 'exch', text, html, cs='utf-8', cte='base64')
    m.extra = [('X-MS-Exchange-Organization-SCL', '-1')] if False else [('Auto-Submitted', 'auto-generated')]
    m.raw = S.internal(m, 'el-GR')
    m.meta['what'] = 'Exchange 2019 system message (Greek locale): mailbox almost full, sizes and limits'
    m.meta['why'] = ('Genuine Exchange quota warning generated on EXCH0x and relayed through mail-int01 (DKIM '
                     'example.com), system sender address, no links, advice to delete/archive')
    m.meta['pair'] = ['36']
    m.meta['topic'] = 'Mailbox quota warning'
    m.meta['pair_note'] = 'System-generated, internal, no link; attack sends a fake OWA link'
    return m


ATTACK = [a32, a33, a34, a35, a36]
BUSINESS = [b32, b33, b34, b35, b36]
