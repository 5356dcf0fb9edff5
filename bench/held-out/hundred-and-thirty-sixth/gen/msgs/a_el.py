"""attack/ 32-36 (Greek)."""
from lib import docs, ids, mime, png, profiles as P, qr as qrmod, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, cid, PDF_MIME

FRAUD_A35 = ids.iban('CY', '002' + '00195' + '0000357019288417')


@msg('attack', 32, 'el', 'aade-prostimo-mydata',
     'Fake AADE (Greek tax authority) notice: fine for invoices not transmitted to myDATA, pay within 5 days after logging in with TAXISnet credentials',
     'Domain myaade-gov.com is not aade.gr/gsis.gr; sent from a rented VPS; AADE notices appear in myAADE/ΘΥΡΙΔΑ, not as mail with a login link; short deadline and fine; TAXISnet credential harvesting.',
     hn='business/32')
def a32(m):
    at(m, 'GR', 2026, 11, 11, 9, 12)
    m.frm = ('ΑΑΔΕ - myAADE', 'enimerosi@myaade-gov.com')
    m.to = [staff('nikos')]
    m.subject = 'Ειδοποίηση επιβολής προστίμου - μη διαβίβαση παραστατικών στο myDATA (ΑΦΜ 801473269)'
    link = m.url('https://myaade-gov.com/taxisnet/login?afm=801473269&ref=MD-2026-118472', 'TAXISnet credential phishing')
    body = ('Αξιότιμε/η φορολογούμενε,\n\n'
            'Από τη διασταύρωση των στοιχείων της πλατφόρμας myDATA διαπιστώθηκε ότι η επιχείρηση EXAMPLE HELLAS Μ.Ι.Κ.Ε. (ΑΦΜ 801473269) '
            'δεν διαβίβασε εμπρόθεσμα 37 παραστατικά εσόδων του γ΄ τριμήνου 2026.\n\n'
            'Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας επιβάλλεται πρόστιμο ύψους 3.700,00 €. Σε περίπτωση εξόφλησης εντός '
            '5 ημερών το πρόστιμο μειώνεται κατά 50%%.\n\n'
            'Για να δείτε την πράξη επιβολής και την ταυτότητα οφειλής συνδεθείτε με τους κωδικούς TAXISnet:\n%s\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης\n\n'
            'Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.') % link
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<div style="background:#003476;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">myAADE</div><div style="padding:20px">'
         + ''.join('<p>%s</p>' % ST.inline_html(p).replace('\n', '<br>') for p in body.replace(link, '[[Σύνδεση στο myAADE|%s]]' % link).split('\n\n'))
         + '</div></body></html>')
    m.root = mime.multipart('alternative', [mime.text(body + '\n', 'plain', 'windows-1253', 'quoted-printable'),
                                            mime.text(h, 'html', 'windows-1253', 'quoted-printable')], '----=_NextPart_%s' % m.hex(20))
    m.hcs = ('windows-1253', 'B')
    P.postfix_server(m, 'mail.myaade-gov.com', '91.92.246.131', dkim=('myaade-gov.com', 'default'), zone='GR',
                     submit_from=('[127.0.0.1]', '127.0.0.1'), auth_user='enimerosi@myaade-gov.com', msgid_dom='myaade-gov.com')
    m.auth = dict(m.auth, dmarc='none')
    m.meta['tell'] = 'The internal accountant mail discusses myDATA deadlines and says to check ΘΥΡΙΔΑ directly; the phish links to a TAXISnet login on a non-government domain.'


@msg('attack', 33, 'el', 'winbank-psd2-quishing-inline',
     'Quishing against a Greek bank customer: "Piraeus winbank Business - device re-certification (PSD2)" with an inline QR image to scan with the phone, via SendGrid',
     'The QR code (inline PNG, no clickable link for scanners) leads to winbank-epalitheusi.com; bank name in display only, SendGrid-sent for a look-alike domain; deadline and "account restriction" threat; banks never ask to re-certify via QR in mail.',
     hn='business/33')
def a33(m):
    at(m, 'GR', 2026, 10, 30, 18, 22)
    m.frm = ('Πειραιώς winbank Business', 'business@winbank-epalitheusi.com')
    m.to = [staff('eleni')]
    m.subject = 'Απαιτείται επαναπιστοποίηση συσκευής - winbank Business (PSD2)'
    target = m.url('https://winbank-epalitheusi.com/m/verify?c=' + m.alnum(20), 'QR target, fake winbank login')
    m.qr(target, 'inline PNG qr.png')
    c = 'qr_%s' % m.hex(12)
    img = png.qr_png(qrmod.encode(target, 'M'), scale=5, border=4)
    paras = ['Αγαπητέ πελάτη,',
             'σύμφωνα με την Οδηγία PSD2 και τις νέες απαιτήσεις ισχυρής ταυτοποίησης (SCA), η συσκευή που χρησιμοποιείτε για το winbank Business '
             'πρέπει να επαναπιστοποιηθεί έως τις **02/11/2026**.',
             'Σαρώστε τον παρακάτω κωδικό QR με την κάμερα του κινητού σας και ολοκληρώστε την ταυτοποίηση με τους κωδικούς σας και τον κωδικό μίας χρήσης (OTP).',
             'Μετά την παρέλευση της προθεσμίας η πρόσβαση στις επιχειρηματικές συναλλαγές θα περιοριστεί προσωρινά.',
             'Με εκτίμηση,\nΤράπεζα Πειραιώς - winbank']
    h = ST.newsletter('winbank', '#00457c', 'Επαναπιστοποίηση συσκευής', paras,
                      footer='Τράπεζα Πειραιώς Α.Ε., Αμερικής 4, 105 64 Αθήνα\nΤο μήνυμα στάλθηκε αυτόματα.', logo_text='Πειραιώς winbank Business', lang='el',
                      extra_blocks='<p style="text-align:center;margin:10px 0 24px 0"><img src="cid:%s" width="220" height="220" alt="QR"></p>' % c)
    t = ST.html_to_text(h)
    m.root = ST.esp_mime(m, h, t, m.hex(64), charset='UTF-8', cte='base64', related=[('image/png', img, 'qr.png', c)])
    P.sendgrid(m, domain_dkim=('winbank-epalitheusi.com', 's1'))
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'Genuine supplier invoice carries a QR to the e-invoicing provider\'s verification page inside a PDF; the attack puts a QR in the mail body asking to log in to the bank.'


@msg('attack', 34, 'el', 'olympos-compromised-slides-link',
     'From the compromised Google Workspace mailbox of the Greek herb supplier: "2027 price list" as a link to a published Google Slides deck whose button leads to a Microsoft login page',
     'Real supplier domain with DKIM/DMARC pass, but the mail is a generic "price list" teaser sent to many recipients (undisclosed), the document is a Google Slides "publish to web" link used as a stepping stone; unusual for this supplier who sends PDFs or shares Drive folders by name.',
     hn='business/33,business/34')
def a34(m):
    at(m, 'GR', 2026, 11, 19, 6, 44)
    m.frm = cp('Olympos', 0)
    m.to = []
    m.to_raw = 'undisclosed-recipients:;'
    m.rcpt = staff('eleni')[1]
    m.subject = 'Τιμοκατάλογος 2027 - τσάι του βουνού, ρίγανη, θυμάρι'
    link = m.url('https://docs.google.com/presentation/d/e/2PACX-1v%s/pub?start=false&loop=false&delayms=3000' % m.alnum(80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
                 'published Google Slides used as redirector to credential page')
    m.phone('+30 23510 45 218', 'Olympos Herbs (copied signature)')
    body = ('Καλημέρα σας,\n\nσας αποστέλλουμε τον νέο τιμοκατάλογο 2027 για τα βότανα της σοδειάς 2026 (τσάι του βουνού, ρίγανη, θυμάρι, φασκόμηλο).\n\n'
            'Μπορείτε να τον δείτε εδώ:\n[[Τιμοκατάλογος_2027_Olympos_Herbs.pdf|%s]]\n\n'
            'Για παραγγελίες με τις τιμές 2026 παρακαλούμε επικοινωνήστε μαζί μας έως 30/11.\n\n'
            'Με εκτίμηση,\nΓιώργος Αντωνίου\nOlympos Herbs Μ.Ι.Κ.Ε.\nΕθνικής Αντιστάσεως 61, 601 00 Κατερίνη\nΤηλ. +30 23510 45 218' % link)
    m.root = ST.gmail_mime(m, body, cte='base64')
    P.gmail(m, workspace='olympos-herbs.gr')


@msg('attack', 35, 'el', 'gemi-register-scam-offer',
     'Register/directory scam: "Annual entry 2027 in the Business Register" form letter that looks like an official GEMI (ΓΕΜΗ) fee notice, EUR 1,290 to a Cypriot IBAN',
     'Sent from a VPS domain mimicking an official register (epixeirimatiko-mitroo.gr); the PDF is legally an "offer" for a private directory (fine print), payment to a Cyprus account; real ΓΕΜΗ fees are paid via the businessportal with e-paravolo, not to an IBAN in a mail.',
     hn='business/35')
def a35(m):
    at(m, 'GR', 2026, 12, 7, 10, 8)
    m.frm = ('Επιχειρηματικό Μητρώο Ελλάδος', 'kataxorisi@epixeirimatiko-mitroo.gr')
    m.to = [staff('eleni')]
    m.subject = 'Ετήσια καταχώριση 2027 - Επιβεβαίωση στοιχείων επιχείρησης EXAMPLE HELLAS (αρ. 26-481726)'
    iban = m.iban(FRAUD_A35, 'register-scam collection account (Cyprus)')
    body = ('Αξιότιμοι κύριοι,\n\nσας αποστέλλουμε το έντυπο επιβεβαίωσης στοιχείων για την ετήσια καταχώριση 2027 της επιχείρησής σας '
            '(αρ. εγγραφής 26-481726). Παρακαλούμε ελέγξτε τα στοιχεία και καταβάλετε το τέλος καταχώρισης εντός 10 ημερών, ώστε η '
            'επιχείρηση να συνεχίσει να εμφανίζεται στο μητρώο.\n\nΜε εκτίμηση,\nΤμήμα Καταχωρίσεων\nΕπιχειρηματικό Μητρώο Ελλάδος')
    d = docs.new_pdf(m, 'Microsoft: Print To PDF', 'Microsoft Word', 'Έντυπο καταχώρισης 2027', 'EME', m.date, 'GR')
    p = d.page()
    p.text(56, 795, 'ΕΠΙΧΕΙΡΗΜΑΤΙΚΟ ΜΗΤΡΩΟ ΕΛΛΑΔΟΣ', 'B', 16, (0.1, 0.2, 0.45))
    p.text(56, 779, 'Έντυπο επιβεβαίωσης στοιχείων - Ετήσια καταχώριση 2027', 'R', 10)
    y = p.para(56, 740, 480, 'Αρ. εγγραφής: 26-481726\nΕπωνυμία: EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.\nΔιεύθυνση: Τσιμισκή 43, 546 23 Θεσσαλονίκη\n'
               'ΑΦΜ: 801473269 - Δραστηριότητα: Χονδρεμπόριο τσαγιού και μπαχαρικών', 'R', 10)
    y = p.para(56, y - 10, 480, 'Τέλος ετήσιας καταχώρισης: 1.290,00 € (συμπεριλαμβάνεται ΦΠΑ)\nΤράπεζα: Eurobank Cyprus Ltd\nIBAN: %s\nΑιτιολογία: 26-481726' % ids.fmt_iban(iban), 'B', 10)
    y = p.para(56, y - 10, 480, 'Προθεσμία καταβολής: 17/12/2026', 'R', 10)
    p.para(56, 110, 480, 'Η παρούσα αποτελεί προσφορά για καταχώριση στον ιδιωτικό ηλεκτρονικό κατάλογο epixeirimatiko-mitroo.gr για διάρκεια τριών (3) ετών '
           'με ετήσια ανανέωση. Η καταβολή του τέλους συνιστά αποδοχή της προσφοράς και των γενικών όρων. Δεν αποτελεί τιμολόγιο δημόσιας αρχής.', 'R', 6, leading=7.5)
    pdfb = d.render()
    m.root = mime.multipart('mixed', [mime.text(body + '\n', 'plain', 'utf-8', 'base64'), mime.attachment(PDF_MIME, pdfb, 'Entypo_Kataxorisis_2027_26-481726.pdf')],
                            '----=_Part_%d_%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9)))
    P.postfix_server(m, 'mail.epixeirimatiko-mitroo.gr', '185.234.72.91', dkim=('epixeirimatiko-mitroo.gr', 'mail'), zone='GR',
                     submit_from=('[10.8.0.6]', '185.234.72.1'), auth_user='kataxorisi@epixeirimatiko-mitroo.gr')
    m.auth = dict(m.auth, dmarc='none')


@msg('attack', 36, 'el', 'owa-quota-webmail-phishing',
     'Webmail phishing: "your mailbox has reached 98 % of its quota" with a link to a fake Outlook Web App login mimicking mail.example.com/owa, sent from a hijacked otenet.gr consumer mailbox',
     'The company\'s own quota warnings are generated by its Exchange server internally; this one comes from an otenet.gr webmail user, the link host is mail-example-com.owa-quota.support (the real OWA path is only in the query string), and it threatens message loss.',
     hn='business/36')
def a36(m):
    at(m, 'GR', 2026, 12, 10, 13, 51)
    m.frm = ('Διαχειριστής συστήματος', 'k.mavridis73@otenet.gr')
    m.to = [staff('nikos')]
    m.subject = 'Το γραμματοκιβώτιό σας έχει φτάσει το 98% του ορίου - nikos.georgiou@examplegroup.eu'
    link = m.url('https://mail-example-com.owa-quota.support/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa%2f&u=nikos.georgiou@examplegroup.eu',
                 'fake OWA login (credential phishing)')
    body = ('Αγαπητέ χρήστη,\n\nΤο γραμματοκιβώτιό σας nikos.georgiou@examplegroup.eu έχει φτάσει το 98%% του επιτρεπόμενου ορίου (1,96 GB από 2 GB).\n\n'
            'Τα νέα εισερχόμενα μηνύματα θα απορρίπτονται και θα επιστρέφονται στον αποστολέα μέχρι να αυξηθεί ο χώρος αποθήκευσης.\n\n'
            'Για να αυξήσετε δωρεάν το όριο σε 10 GB, συνδεθείτε στο Outlook Web App και επιβεβαιώστε τον λογαριασμό σας:\n%s\n\n'
            'Ευχαριστούμε,\nΤμήμα Πληροφορικής\nMicrosoft Exchange Server') % link
    h = ('<div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:10pt">' + ''.join('<p>%s</p>' % ST.inline_html(p).replace('\n', '<br>') for p in body.replace(link, '[[Αύξηση ορίου αποθήκευσης|%s]]' % link).split('\n\n')) + '</div>')
    m.root = mime.multipart('alternative', [mime.text(ST.flowed(body) + '\n', 'plain', 'UTF-8', '8bit', params=['format=flowed']),
                                            mime.text(h, 'html', 'UTF-8', 'quoted-printable')], '=_%s' % m.hex(32))
    P.otenet(m, '109.242.18.77')
    m.meta['tell'] = 'The genuine quota warning is an Exchange system message from MicrosoftExchange329e71ec... inside the organisation with no link; the phish comes from otenet.gr with an OWA look-alike link.'
