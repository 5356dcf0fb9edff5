"""Genuine messages 32-36 (Greek)."""
import datetime as _dt

import docs
import plat
from company import TEA, OFFICES, who, ACC
from idcheck import group4
from mime import plain, html, alt, mixed, attachment, related, inline_image
from mk import ol_html, ol_paras, esc, para_html
from spec import message
from systems import Exim, Internal, SendGrid
from util import rhex, rdigits

AFM = OFFICES['GR']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 32
@message('business', 32, 'el', 'aade-myaade-thyrida-enimerosi')
def b32(s):
    s.sent('2026-10-23 11:05:12', 'GR')
    s.frm = ('ΑΑΔΕ', 'noreply@aade.gr')
    s.to = [who('nikos.dimitriou')]
    s.subject = 'myAADE - Νέο έγγραφο στη Θυρίδα σας'
    text = ("Αγαπητέ/ή χρήστη,\n\nΣας ενημερώνουμε ότι αναρτήθηκε νέο έγγραφο στη Θυρίδα του ΑΦΜ %s "
            "(EXAMPLE HELLAS ΚΑΛΩΔΙΑ ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.) στην εφαρμογή myAADE.\n\n"
            "Είδος εγγράφου: Πράξη διοικητικού προσδιορισμού φόρου εισοδήματος νομικών προσώπων, φορολογικό έτος 2025\n"
            "Ημερομηνία ανάρτησης: 23/10/2026\n\n"
            "Για να δείτε το έγγραφο, συνδεθείτε με τους κωδικούς TAXISnet στην εφαρμογή myAADE μέσω της ιστοσελίδας "
            "www.aade.gr (Ο Λογαριασμός μου > Θυρίδα).\n\nΗ ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους σύνδεσης, συνημμένα "
            "αρχεία ή αιτήματα επιβεβαίωσης τραπεζικών στοιχείων μέσω ηλεκτρονικού ταχυδρομείου.\n\n"
            "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n" % AFM)
    s.body = alt(plain(text, 'utf-8', 'base64'),
                 html('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="background:#003476;color:#fff;padding:12px 18px;font-size:18px">ΑΑΔΕ &middot; myAADE</div>'
                      + para_html(text) + '</body></html>\n', 'utf-8', 'base64'))
    s.system = plat.own_mta('mail2.aade.gr', '198.51.100.33', 'aade.gr', 'aade', 'GR',
                            'AADE notification MTA (mail2.aade.gr [198.51.100.33]), DKIM d=aade.gr',
                            style='java', env='noreply@aade.gr', inner='myaade-notify01')
    s.what = 'AADE informs that an assessment notice for the 2025 corporate income tax was posted to the company\'s myAADE inbox.'
    s.why = 'Genuine authority notice from aade.gr\'s own infrastructure, no link at all (only "www.aade.gr" as text), no attachment, explicitly states that AADE never sends login links or asks for IBAN confirmation.'
    s.pair = ['32-el-aade-epistrofi-svg.eml']
    s.pair_topic = 'AADE: genuine link-free inbox notice vs. "tax refund" SVG phishing'


# ------------------------------------------------------------------------------------------------ 33
@message('business', 33, 'el', 'tea-aigaiou-paraggelia-fv')
def b33(s):
    s.sent('2026-11-20 12:48:31', 'GR')
    s.frm = TEA['people']['alexiou'][:2]
    s.to = [who('eleni.papadopoulou')]
    s.subject = 'Παραγγελία ΠΑΡ-2026-0193 - Καλώδια H1Z2Z2-K για Φ/Β πάρκο Κοζάνης'
    s.hcharset, s.henc = 'iso-8859-7', 'B'
    s.phones = ['+30 210 9512 874']
    text = ("Καλημέρα κα Παπαδοπούλου,\n\nΣας επισυνάπτουμε την παραγγελία ΠΑΡ-2026-0193 για τα ηλιακά καλώδια "
            "H1Z2Z2-K και τα καλώδια ΜΤ του Φ/Β πάρκου Κοζάνης, σύμφωνα με την προσφορά σας ΠΡ-GR-2026-077.\n\n"
            "Παράδοση στο εργοτάξιο στην Κοζάνη, εβδομάδα 2/2027. Παρακαλούμε για επιβεβαίωση παραγγελίας και "
            "ημερομηνίας φόρτωσης.\n\nΜε εκτίμηση,\n\nΚωνσταντίνος Αλεξίου\nΤμήμα Προμηθειών\n"
            "Τεχνική Ενεργειακή Αιγαίου Α.Ε.\nΛεωφ. Συγγρού 212, 176 72 Καλλιθέα\nΤηλ. +30 210 9512 874\n")
    pdfb = docs.document(
        s, seller=dict(name='Τεχνική Ενεργειακή Αιγαίου Α.Ε.', tagline=['Κατασκευές ενεργειακών έργων · EPC Φ/Β και αιολικών πάρκων'],
                       lines=['Λεωφ. Συγγρού 212', '176 72 Καλλιθέα', 'ΑΦΜ ' + TEA['afm']]),
        buyer_lines=['Προς:', 'EXAMPLE HELLAS ΚΑΛΩΔΙΑ Μ.Α.Ε.', 'Λεωφ. Κηφισίας 56', '151 25 Μαρούσι', 'ΑΦΜ ' + AFM],
        title='ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ ΠΑΡ-2026-0193',
        meta=[('Ημερομηνία', '20/11/2026'), ('Προσφορά', 'ΠΡ-GR-2026-077'), ('Έργο', 'Φ/Β Κοζάνη 48 MWp'), ('Πληρωμή', '90 ημέρες')],
        columns=[('Κωδ.', 60, 'l'), ('Περιγραφή', 245, 'l'), ('Ποσότητα', 70, 'r'), ('Τιμή/m', 55, 'r'), ('Αξία', 65, 'r')],
        rows=[['H1Z2Z2-6R', 'H1Z2Z2-K 1x6 mm² κόκκινο, καρούλι 500 m', '60.000 m', '0,78', '46.800,00'],
              ['H1Z2Z2-6B', 'H1Z2Z2-K 1x6 mm² μαύρο, καρούλι 500 m', '60.000 m', '0,78', '46.800,00'],
              ['NA2XS2Y-240', 'NA2XS2Y 1x240/25 mm² 12/20 kV, τύμπανο 1.000 m', '9.000 m', '11,40', '102.600,00']],
        totals=[('Σύνολο καθαρής αξίας €', '196.200,00', False), ('ΦΠΑ 24%', '47.088,00', False), ('Γενικό σύνολο €', '243.288,00', True)],
        notes=['Τόπος παράδοσης: εργοτάξιο Φ/Β Κοζάνης, θέση Καρυδίτσα. Απαιτούνται πιστοποιητικά EN 50618 και δοκιμών ρουτίνας.'],
        footer=['Τεχνική Ενεργειακή Αιγαίου Α.Ε. · Λεωφ. Συγγρού 212 · 176 72 Καλλιθέα · ΓΕΜΗ 124558901000'],
        producer='Microsoft® Word 2019', creator='Microsoft® Word 2019', author='K. Alexiou', lang='el-GR', color=(0.0, 0.35, 0.45))
    s.body = mixed(alt(plain(text, 'iso-8859-7', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'PAR-2026-0193.pdf'))
    s.system = Exim(TEA['host'], TEA['ip'], mode='auth', client='outlook', zone='GR')
    s.what = 'Greek EPC customer sends purchase order PAR-2026-0193 for solar cable H1Z2Z2-K and MV cable for a 48 MWp PV park.'
    s.why = 'Known customer from its own domain through its usual cPanel/Exim hosting (DKIM pass), references a real offer, detailed technical order PDF without links; genuine trade correspondence.'
    s.pair = ['35-el-admie-diagonismos-eprocurement.eml']
    s.pair_topic = 'Greek tenders/orders: genuine customer order vs. fake IPTO tender portal'


# ------------------------------------------------------------------------------------------------ 34
@message('business', 34, 'el', 'esoteriko-misthodosia-doro-christougennon')
def b34(s):
    s.sent('2026-12-10 15:37:20', 'GR')
    s.frm = ('Eleni Papadopoulou', 'eleni.papadopoulou@example.com')
    s.to = [who('nikos.dimitriou')]
    s.subject = 'Μισθοδοσία Δεκεμβρίου και Δώρο Χριστουγέννων - ημερομηνίες'
    s.hcharset, s.henc = 'windows-1253', 'B'
    text = ("Νίκο καλησπέρα,\n\nγια τον προγραμματισμό των πληρωμών: το Δώρο Χριστουγέννων θα καταβληθεί μαζί με τη "
            "μισθοδοσία Δεκεμβρίου στις 21/12, όπως κάθε χρόνο μέσω Πειραιώς. Ο εξωτερικός λογιστής μισθοδοσίας "
            "στέλνει το αρχείο πληρωμών στις 18/12 και το εγκρίνουμε εμείς οι δύο στο winbank.\n\n"
            "Τα εκκαθαριστικά θα ανέβουν όπως πάντα στο Personio, δεν χρειάζεται καμία ενέργεια από τους "
            "συναδέλφους. Αν κάποιος λάβει email για \"επιβεβαίωση IBAN\" με QR code, να μην το ανοίξει - ο Lukas από "
            "το IT στέλνει σήμερα σχετική προειδοποίηση.\n\nΕυχαριστώ,\nΕλένη\n\nΕλένη Παπαδοπούλου\nOffice Manager\n"
            "Example Hellas Καλώδια Μ.Α.Ε.\nΛεωφ. Κηφισίας 56, 151 25 Μαρούσι\nΤηλ. +30 210 6148 300\n")
    s.phones = ['+30 210 6148 300']
    s.body = alt(plain(text, 'windows-1253', 'quoted-printable'),
                 html(ol_html(ol_paras(text), 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable'))
    s.system = Internal('EXCH02', '10.60.2.18', lang='el-GR')
    s.what = 'Greek office manager tells the accountant (internally) when December salaries and the Christmas bonus will be paid and warns about IBAN/QR phishing.'
    s.why = 'Internal Exchange mail via mail-int01 between colleagues, payroll process described (file approved by two people in the bank portal), no link/attachment, no action for employees.'
    s.pair = ['34-el-misthodosia-doro-qr-pdf.eml']
    s.pair_topic = 'Christmas bonus / payroll: genuine internal information vs. QR-code phishing "confirm your IBAN"'


# ------------------------------------------------------------------------------------------------ 35
@message('business', 35, 'el', 'piraeus-winbank-business-nees-xreoseis')
def b35(s):
    s.sent('2026-12-01 09:30:08', 'GR')
    s.frm = ('Τράπεζα Πειραιώς', 'winbank@piraeusbank.gr')
    s.to = [who('nikos.dimitriou')]
    s.subject = 'Ενημέρωση για το τιμολόγιο εργασιών 2027 - winbank business'
    url = 'https://www.piraeusbank.gr/el/epixeiriseis/timologia-ergasion'
    text = ("Αγαπητέ πελάτη,\n\nΣας ενημερώνουμε ότι από 01/02/2027 τροποποιείται το τιμολόγιο εργασιών για "
            "πληρωμές μέσω winbank business (μαζικές πληρωμές μισθοδοσίας και SEPA Instant για νομικά πρόσωπα). "
            "Το αναλυτικό τιμολόγιο είναι διαθέσιμο στην ιστοσελίδα μας:\n%s\n\n"
            "Δεν απαιτείται καμία ενέργεια από μέρους σας. Σε περίπτωση διαφωνίας μπορείτε να καταγγείλετε τη "
            "σύμβαση χωρίς επιβάρυνση έως 31/01/2027.\n\nΥπενθυμίζουμε ότι η Τράπεζα Πειραιώς δεν ζητά ποτέ μέσω "
            "email ή SMS κωδικούς, OTP ή επαλήθευση συσκευής μέσω συνδέσμου.\n\nΜε εκτίμηση,\nΤράπεζα Πειραιώς\n" % url)
    s.body = alt(plain(text, 'iso-8859-7', 'quoted-printable'),
                 html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
                      '<div style="background:#ffd300;padding:12px 18px;font-weight:bold">ΠΕΙΡΑΙΩΣ</div>'
                      + para_html(text, {url: url}) + '</body></html>\n', 'iso-8859-7', 'quoted-printable'))
    s.system = plat.cisco_esa('esa2.piraeusbank.gr', '198.51.100.85', 'piraeusbank.gr', 'pb2025', 'GR', 'crm-mail03.piraeusbank.gr',
                              'Piraeus Bank customer communications behind Cisco Secure Email (esa2.piraeusbank.gr [198.51.100.85])',
                              env='bounce-winbank@piraeusbank.gr')
    s.what = 'Piraeus Bank informs corporate e-banking customers about the 2027 fee schedule; public information page linked.'
    s.why = 'Genuine bank notice from piraeusbank.gr behind the bank\'s ESA (DKIM/DMARC pass), no login or verification requested, link to a public information page on the bank\'s own domain, reminder that OTPs are never requested by mail.'
    s.pair = ['33-el-winbank-business-ses-authenticator.eml']
    s.pair_topic = 'Piraeus winbank business: genuine fee notice vs. look-alike "re-activate authenticator" phishing'


# ------------------------------------------------------------------------------------------------ 36
@message('business', 36, 'el', 'acs-courier-paralavi-katastima-qr')
def b36(s):
    s.sent('2026-11-12 13:52:46', 'GR')
    s.frm = ('ACS Courier', 'noreply@acscourier.net')
    s.to = [who('eleni.papadopoulou')]
    s.subject = 'Η αποστολή σας 7204518833 είναι διαθέσιμη για παραλαβή'
    awb = '7204518833'
    url = 'https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=%s' % awb
    qrpng = s.qr_png('ACS:%s:PIN:4471' % awb, 5)
    text = ("Αγαπητέ πελάτη,\n\nΗ αποστολή με αριθμό %s από ΤΕΧΝΙΚΗ ΕΝΕΡΓΕΙΑΚΗ ΑΙΓΑΙΟΥ Α.Ε. (2 τεμάχια, δείγματα "
            "καλωδίων) έφτασε στο κατάστημα ACS Μαρουσίου (Λεωφ. Κηφισίας 44) και είναι διαθέσιμη για παραλαβή έως "
            "19/11/2026.\n\nΚατά την παραλαβή δείξτε τον κωδικό QR ή αναφέρετε τον κωδικό παραλαβής 4471 και έναν "
            "αριθμό ταυτότητας. Δεν υπάρχει χρέωση.\n\nΠορεία αποστολής: %s\n\n"
            "Ευχαριστούμε που επιλέξατε την ACS.\nACS Courier - Εταιρεία Ταχυμεταφορών\n" % (awb, url))
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><table width="600" cellpadding="0" cellspacing="0">'
         '<tr><td style="background:#ffcc00;padding:14px 20px;font-weight:bold;font-size:20px;color:#222">ACS</td></tr><tr><td style="padding:18px 20px">'
         + para_html(text.replace('Πορεία αποστολής: %s' % url, 'TRACK')).replace(
             'TRACK', 'Πορεία αποστολής: <a href="%s">%s</a>' % (esc(url), awb))
         + '<p style="text-align:center"><img src="cid:acs-pickup-qr" width="180" height="180" alt="QR παραλαβής"></p>'
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'),
                 related(html(h, 'utf-8', 'quoted-printable'), inline_image(qrpng, 'qr_paralavi.png', 'acs-pickup-qr')))
    s.system = SendGrid(dkim_domain='acscourier.net', desc='ACS Courier notifications via Twilio SendGrid, DKIM d=acscourier.net')
    s.what = 'ACS Courier notice that a parcel of cable samples from the Greek customer is ready for pickup at the Marousi shop, with an inline pickup QR code.'
    s.why = 'Genuine transactional mail via SendGrid with DKIM for acscourier.net; the QR code only contains the shipment number and pickup PIN (no URL), no fee, tracking link on acscourier.net; shipment matches the customer in business/33.'
    s.pair = ['36-el-acs-courier-telos-epanaprogrammatismou.eml', '06-de-acrobat-sign-qr-quishing.eml']
    s.pair_topic = 'courier notice / QR code in mail: genuine pickup notice with a non-URL QR vs. courier-fee phishing and QR phishing'
