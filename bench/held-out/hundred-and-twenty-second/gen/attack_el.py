"""Attack messages 32-36 (Greek)."""
import base64
import datetime as _dt

import docs
from company import OFFICES, who, NATIVE
from mime import plain, html, alt, mixed, attachment, Leaf
from mk import ol_html, ol_paras, esc, para_html
from spec import message
from systems import Direct, Ses, M365, Exim
from util import rhex, ralnum, rdigits

AFM = OFFICES['GR']['ids'][0][1]
OUTLOOK_CONSUMER_TENANT = '84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa'


# ------------------------------------------------------------------------------------------------ 32
@message('attack', 32, 'el', 'aade-epistrofi-svg')
def a32(s):
    s.sent('2026-10-08 09:44:18', 'GR')
    s.frm = ('ΑΑΔΕ - myAADE', 'enimerosi@aade-myaade.gr')
    s.to = [who('nikos.dimitriou')]
    s.subject = 'Επιστροφή φόρου 2026 - Εκκρεμεί επιβεβαίωση στοιχείων (ΑΦΜ %s)' % AFM
    s.hcharset, s.henc = 'iso-8859-7', 'B'
    url = 'https://myaade-epistrofi.com/taxisnet/login?afm=%s&req=448127' % AFM
    text = ("Αγαπητέ φορολογούμενε,\n\nΜετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος νομικών προσώπων "
            "(φορολογικό έτος 2025) για τον ΑΦΜ %s προκύπτει ποσό προς επιστροφή 1.284,60 €.\n\n"
            "Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN μέσω της εφαρμογής myAADE "
            "εντός 72 ωρών. Τα στοιχεία του αιτήματος (αρ. 2026/ΕΠ/448127) θα βρείτε στο συνημμένο έγγραφο.\n\n"
            "Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται αυτόματα με μελλοντικές οφειλές.\n\n"
            "Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης\n" % AFM)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">\n'
           '<rect width="620" height="420" fill="#ffffff" stroke="#c9d3e0"/>\n<rect width="620" height="64" fill="#003476"/>\n'
           '<text x="24" y="41" font-family="Arial, sans-serif" font-size="22" fill="#ffffff">ΑΑΔΕ · myAADE</text>\n'
           '<text x="24" y="110" font-family="Arial, sans-serif" font-size="18" fill="#003476">Επιστροφή φόρου - Αίτημα 2026/ΕΠ/448127</text>\n'
           '<text x="24" y="150" font-family="Arial, sans-serif" font-size="15" fill="#222">ΑΦΜ: %s</text>\n'
           '<text x="24" y="178" font-family="Arial, sans-serif" font-size="15" fill="#222">Δικαιούχος: EXAMPLE HELLAS ΚΑΛΩΔΙΑ ΜΟΝ. Α.Ε.</text>\n'
           '<text x="24" y="206" font-family="Arial, sans-serif" font-size="15" fill="#222">Ποσό επιστροφής: 1.284,60 €</text>\n'
           '<text x="24" y="234" font-family="Arial, sans-serif" font-size="15" fill="#b00020">Προθεσμία επιβεβαίωσης: 72 ώρες</text>\n'
           '<a xlink:href="%s" target="_blank">\n<rect x="24" y="290" width="320" height="48" rx="4" fill="#0061ac"/>\n'
           '<text x="44" y="320" font-family="Arial, sans-serif" font-size="16" fill="#ffffff">Επιβεβαίωση στοιχείων IBAN ›</text>\n</a>\n'
           '<text x="24" y="395" font-family="Arial, sans-serif" font-size="11" fill="#777">© Ανεξάρτητη Αρχή Δημοσίων Εσόδων 2026</text>\n</svg>\n' % (AFM, esc(url)))
    s.body = mixed(alt(plain(text, 'iso-8859-7', 'quoted-printable'),
                       html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body>'
                            + para_html(text) + '</body></html>\n', 'iso-8859-7', 'quoted-printable')),
                   Leaf('image/svg+xml', svg, charset='utf-8', cte='base64', name='AADE_Epistrofi_%s.svg' % AFM,
                        disposition='attachment'))
    s.system = Direct('mail.aade-myaade.gr', 'static.44.128.203.198.ptr.example-hosting.net', '198.51.100.203',
                      style='generic', spf='pass', zone='GR', dkim=('aade-myaade.gr', 'dkim'),
                      desc='look-alike domain on a rented server (mail.aade-myaade.gr [198.51.100.203])',
                      order=('Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version'))
    s.what = 'AADE "tax refund" of 1.284,60 EUR for the Greek entity that must be confirmed within 72 h; details in an attached SVG.'
    s.why = 'SVG-attachment phishing: the SVG renders an AADE page with a clickable link to myaade-epistrofi.com (TAXISnet credential theft); look-alike domain aade-myaade.gr; refunds are never requested by e-mail.'


# ------------------------------------------------------------------------------------------------ 33
@message('attack', 33, 'el', 'winbank-business-ses-authenticator')
def a33(s):
    s.sent('2026-11-17 08:32:51', 'GR')
    s.frm = ('Πειραιώς | winbank business', 'no-reply@winbank-epixeiriseis.gr')
    s.to = [who('nikos.dimitriou')]
    s.subject = 'Απαιτείται επανενεργοποίηση του Piraeus Authenticator - winbank business'
    url = 'https://winbank-business.piraeus-secure.com/el/login?session=%s' % rhex(s.rng, 24)
    text = ("Αγαπητέ πελάτη,\n\nΣτο πλαίσιο της αναβάθμισης της ισχυρής ταυτοποίησης πελατών (SCA) σύμφωνα με τις "
            "νέες απαιτήσεις της Τράπεζας της Ελλάδος, η συσκευή που έχει συνδεθεί με τον Piraeus Authenticator για "
            "τον χρήστη του νομικού προσώπου EXAMPLE HELLAS ΚΑΛΩΔΙΑ πρέπει να επαληθευτεί εκ νέου.\n\n"
            "Εάν η επαλήθευση δεν ολοκληρωθεί έως τις 19/11/2026, η έγκριση συναλλαγών και μαζικών πληρωμών "
            "μέσω winbank business θα απενεργοποιηθεί προσωρινά.\n\n"
            "Ολοκληρώστε την επαλήθευση εδώ: %s\n\n"
            "Με εκτίμηση,\nΤράπεζα Πειραιώς\nΕξυπηρέτηση Επιχειρήσεων\n" % url)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
         '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#ffd300;padding:14px 22px;font-size:20px;font-weight:bold;color:#1a1a1a">ΠΕΙΡΑΙΩΣ &middot; winbank business</td></tr>'
         '<tr><td style="padding:20px 22px">' + para_html(text.replace('Ολοκληρώστε την επαλήθευση εδώ: %s' % url, 'BTN')).replace(
             'BTN', '<a href="%s" style="background:#1a1a1a;color:#ffd300;padding:10px 20px;text-decoration:none">Επαλήθευση συσκευής</a>' % esc(url))
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'base64'), html(h, 'utf-8', 'base64'))
    s.system = Ses(region='eu-central-1', mail_from='bounce@ses.winbank-epixeiriseis.gr', dkim_domain='winbank-epixeiriseis.gr')
    s.what = 'Piraeus Bank "winbank business" demands re-verification of the Piraeus Authenticator device by 19/11 or transaction approval will be disabled.'
    s.why = 'Corporate e-banking credential/OTP phishing: look-alike domain via Amazon SES (authenticates for the fake domain only), link to piraeus-secure.com, deadline threat; compare the genuine Piraeus notice in business/35.'


# ------------------------------------------------------------------------------------------------ 34
@message('attack', 34, 'el', 'misthodosia-doro-qr-pdf')
def a34(s):
    s.sent('2026-12-14 10:05:37', 'GR')
    s.frm = ('Μισθοδοσία | Example Group HR', 'payroll-notify@examplegrouphr.onmicrosoft.com')
    s.to = [who('eleni.papadopoulou')]
    s.subject = 'Εκκαθαριστικό Δεκεμβρίου και Δώρο Χριστουγέννων 2026 - απαιτείται επιβεβαίωση'
    e64 = base64.b64encode(b'eleni.papadopoulou@example.com').decode().rstrip('=')
    url = 'https://examplegroup-hr.azurewebsites.net/bonus/?e=%s' % e64
    text = ("Καλημέρα σας,\n\nΤο εκκαθαριστικό μισθοδοσίας Δεκεμβρίου και ο υπολογισμός του Δώρου Χριστουγέννων "
            "2026 είναι διαθέσιμα. Λόγω της μετάβασης στη νέα πλατφόρμα μισθοδοσίας του ομίλου, παρακαλούμε "
            "επιβεβαιώστε τον λογαριασμό πίστωσης έως τις 16/12, ώστε η καταβολή να γίνει έγκαιρα.\n\n"
            "Οδηγίες στο συνημμένο PDF.\n\nΤμήμα Μισθοδοσίας\nExample Group\n")
    pdfb = docs.letter(
        s, seller=dict(name='Example Group', tagline=['Human Resources · Payroll Services'], lines=['Μισθοδοσία ομίλου', 'payroll@examplegroup.eu']),
        recipient_lines=['Ελένη Παπαδοπούλου', 'Example Hellas Καλώδια Μ.Α.Ε.', 'Μαρούσι'],
        place_date='14/12/2026', subject='Εκκαθαριστικό Δεκεμβρίου & Δώρο Χριστουγέννων 2026',
        paragraphs=['Αγαπητή συνάδελφε,',
                    'Το εκκαθαριστικό σας για τον Δεκέμβριο 2026 και ο υπολογισμός του Δώρου Χριστουγέννων (ν. 1082/1980) '
                    'έχουν αναρτηθεί στη νέα πύλη μισθοδοσίας του ομίλου.',
                    'Για λόγους ασφαλείας η πρόσβαση γίνεται μόνο από κινητή συσκευή. Σαρώστε τον παρακάτω κωδικό QR με '
                    'την κάμερα του κινητού σας, συνδεθείτε με τα στοιχεία του εταιρικού σας λογαριασμού Microsoft 365 και '
                    'επιβεβαιώστε τον λογαριασμό IBAN πίστωσης έως τις 16/12/2026.'],
        qr=(url, 'Σαρώστε με το κινητό σας\nΙσχύει έως 16/12/2026'),
        closing='Σε περίπτωση μη επιβεβαίωσης, η καταβολή του Δώρου θα μετατεθεί στην επόμενη μισθοδοσία.',
        signer=['Με εκτίμηση,', 'Τμήμα Μισθοδοσίας', 'Example Group'],
        producer='Microsoft® Word για Microsoft 365', creator='Microsoft® Word για Microsoft 365', author='HR', lang='el-GR',
        color=(0.0, 0.24, 0.5))
    s.body = mixed(alt(plain(text, 'utf-8', 'base64'),
                       html(ol_html(ol_paras(text), 'utf-8', 'EL'), 'utf-8', 'base64')),
                   attachment('application/pdf', pdfb, 'Εκκαθαριστικό_Δώρο_Χριστουγέννων_2026.pdf'))
    s.system = M365('examplegrouphr.onmicrosoft.com', '9a2c5e81-3f7b-4d0a-b6e4-c1d8f2a79e35', lang='el-GR')
    s.what = 'Payroll "Example Group HR" sends December payslip / Christmas bonus instructions: a PDF with a QR code to confirm the bank account.'
    s.why = 'Quishing in a PDF attachment: sent from an attacker-owned *.onmicrosoft.com tenant (SPF/DKIM pass for that tenant), QR points to an Azure App Service page harvesting Microsoft 365 credentials (address base64 in the URL); payroll never asks to re-confirm IBANs by QR (genuine HR notice: business/34).'


# ------------------------------------------------------------------------------------------------ 35
@message('attack', 35, 'el', 'admie-diagonismos-eprocurement')
def a35(s):
    s.sent('2026-10-21 12:26:44', 'GR')
    s.frm = ('ΑΔΜΗΕ - Διεύθυνση Προμηθειών', 'tenders@admie-promitheies.gr')
    s.to = [who('eleni.papadopoulou')]
    s.subject = 'Πρόσκληση υποβολής προσφοράς ΔΠΥ-4127/2026 - Υπόγεια καλώδια ΥΤ 150 kV'
    s.hcharset, s.henc = 'windows-1253', 'B'
    url = 'https://docs.google.com/forms/d/e/1FAIpQLSe%s/viewform?usp=sf_link' % ralnum(s.rng, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    text = ("Αξιότιμοι κύριοι,\n\nΗ Διεύθυνση Προμηθειών του ΑΔΜΗΕ σας προσκαλεί να υποβάλετε προσφορά στον "
            "κλειστό διαγωνισμό ΔΠΥ-4127/2026 για την προμήθεια υπόγειων καλωδίων υψηλής τάσης 150 kV XLPE "
            "(διατομή 1x1200 mm² Cu) και εξαρτημάτων σύνδεσης για τη διασύνδεση Κυκλάδων - Φάση Ε.\n\n"
            "Η εταιρεία σας έχει προεπιλεγεί βάσει του μητρώου προμηθευτών. Τα τεύχη του διαγωνισμού είναι "
            "διαθέσιμα μετά την επιβεβαίωση εγγραφής στο μητρώο προμηθευτών μέσω της φόρμας (απαιτούνται τα "
            "στοιχεία σύνδεσης του εταιρικού σας λογαριασμού ηλεκτρονικού ταχυδρομείου):\n%s\n\n"
            "Καταληκτική ημερομηνία εκδήλωσης ενδιαφέροντος: 28/10/2026.\n\n"
            "Με εκτίμηση,\n\nΓ. Μαυρίδης\nΔιεύθυνση Προμηθειών και Διαχείρισης Υλικών\nΑΔΜΗΕ Α.Ε.\n" % url)
    s.body = alt(plain(text, 'windows-1253', 'quoted-printable'),
                 html(ol_html(ol_paras(text, links={url: url}), 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable'))
    s.system = Exim('gr-host27.cloudhosting-gr.net', '198.51.100.227', mode='auth', client='outlook', zone='GR',
                    desc='look-alike domain on shared cPanel/Exim hosting gr-host27.cloudhosting-gr.net [198.51.100.227]')
    s.what = 'Invitation from IPTO/ΑΔΜΗΕ procurement to a closed tender for 150 kV XLPE cables; documents "available after confirming the supplier registration" in a form.'
    s.why = 'Fake tender for credential theft: look-alike domain admie-promitheies.gr on shared hosting, "pre-selected supplier" flattery, the "registration" is a Google Forms form (abused real platform) asking for the corporate mailbox password; real tenders are published on the official e-procurement portal.'


# ------------------------------------------------------------------------------------------------ 36
@message('attack', 36, 'el', 'acs-courier-telos-epanaprogrammatismou')
def a36(s):
    s.sent('2026-12-02 19:26:48', 'GR')
    s.frm = ('ACS Courier', 'noreply@taverna-thalassa-naxos.gr')
    s.reply_to = [('ACS Εξυπηρέτηση', 'support@acs-gr-paradosi.com')]
    s.to = [who('eleni.papadopoulou')]
    s.subject = 'ACS: Η αποστολή σας 7204559102 βρίσκεται σε αναμονή - απαιτείται επιβεβαίωση διεύθυνσης'
    s.hcharset, s.henc = 'utf-8', 'B'
    s.php_host = 'taverna-thalassa-naxos.gr'
    url = 'https://acs-gr-paradosi.com/track/7204559102?lang=el&c=%s' % rhex(s.rng, 8)
    text = ("Αγαπητέ πελάτη,\n\nΗ αποστολή σας με αριθμό 7204559102 (αποστολέας: TECHNIKI ENERGEIAKI AIGAIOU) "
            "δεν μπόρεσε να παραδοθεί σήμερα λόγω ελλιπούς διεύθυνσης και βρίσκεται σε αναμονή στο κατάστημα "
            "Μαρουσίου.\n\nΓια να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το "
            "τέλος επαναπρογραμματισμού ύψους 1,99 € έως τις 03/12/2026:\n%s\n\n"
            "Μετά την προθεσμία η αποστολή επιστρέφεται στον αποστολέα.\n\nACS Courier - Εξυπηρέτηση Πελατών\n" % url)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><table width="600" cellpadding="0" cellspacing="0">'
         '<tr><td style="background:#ffcc00;padding:14px 20px;font-weight:bold;font-size:20px;color:#222">ACS</td></tr><tr><td style="padding:18px 20px">'
         + para_html(text.replace('\n%s' % url, ' BTN')).replace(
             'BTN', '<br><a href="%s" style="background:#222;color:#ffcc00;padding:10px 20px;text-decoration:none;display:inline-block;margin-top:8px">Προγραμματισμός παράδοσης</a>' % esc(url))
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = Exim('gr-web11.hostingnet-gr.eu', '198.51.100.231', mode='script', client='php', zone='GR',
                    user='thalassan', script_path='/home/thalassan/public_html/wp-includes/js/tinymce/skins/.cache/m.php',
                    desc='compromised WordPress site of a tavern on shared cPanel/Exim hosting gr-web11.hostingnet-gr.eu [198.51.100.231]')
    s.what = 'ACS Courier notice: parcel from the Greek customer could not be delivered, pay a 1,99 EUR rescheduling fee and confirm the address by 03/12.'
    s.why = 'Courier-fee card phishing: display name "ACS Courier" on a hacked restaurant website (PHPMailer, SPF/DKIM pass only for that domain), Reply-To and link on look-alike acs-gr-paradosi.com; genuine ACS notices come via SendGrid from acscourier.net (business/36).'
