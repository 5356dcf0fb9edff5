"""Greek attack and business messages (Thessaloniki office)."""
import base64
from .compose import attack, business, std, outlook_html, paras_html, esc
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import BANK, VAT
from .checks import fmt_iban
from .docs import letter_pdf, table_lines
from .pdf import make_pdf
from .qr import qr_png
from .png import banner_png


# =============================================================================
# ATTACKS
# =============================================================================
@attack('el', 'mydata-aade-taxisnet-phish', (2026, 10, 16, 9, 26, 51), 'eleni.karagianni@examplegroup.eu',
        'Fake AADE myDATA notice via Mailgun: 14 revenue documents of Q3 have classification mismatches, confirm with TAXISnet credentials by 23/10 or face fines.',
        'Look-alike domain aade-mydata.gr on a bulk ESP; AADE does not e-mail such mismatch lists with login links; real AFM harvested; fine threat and deadline; link to a TAXISnet credential page. Genuine myDATA correspondence with the external accountant: business/32.',
        pair='business/32')
def a_el_mydata(c):
    snd = 'noreply@aade-mydata.gr'
    env = I.mailgun(c, snd, 'mg.aade-mydata.gr', date_zone='GR')
    link = 'https://mydata.aade-mydata.gr/taxisnet/login?afm=%s&case=%s' % (VAT['eg_gr'], c.digits(9))
    body = """Αγαπητέ/ή φορολογούμενε,

Κατά τη διασταύρωση των δεδομένων της ηλεκτρονικής πλατφόρμας myDATA για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s) εντοπίστηκαν 14 παραστατικά εσόδων του Γ' τριμήνου 2026 με απόκλιση μεταξύ των χαρακτηρισμών του εκδότη και του λήπτη.

Σύμφωνα με τις διατάξεις του ν. 4174/2013, η μη διόρθωση των αποκλίσεων εντός της προθεσμίας επισύρει πρόστιμο ανά παράβαση. Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet για να επιβεβαιώσετε ή να διορθώσετε τους χαρακτηρισμούς έως τις 23/10/2026.

Σύνδεση στο myDATA:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (VAT['eg_gr'], link)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="620" align="center"><tr><td style="background:#003476;color:#fff;padding:14px 20px;font-size:18px"><b>ΑΑΔΕ</b> | myDATA</td></tr>
<tr><td style="padding:18px 20px">%s<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></td></tr></table></body></html>
""" % (paras_html(body.split('Σύνδεση στο myDATA')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='iso-8859-7', cte='quoted-printable'), html(h, charset='iso-8859-7', cte='quoted-printable')], env.boundary())
    return std(env, addr('ΑΑΔΕ - myDATA', snd, 'iso-8859-7', 'B'), 'eleni.karagianni@examplegroup.eu',
               'myDATA: Απόκλιση χαρακτηρισμών παραστατικών - απαιτείται επιβεβαίωση έως 23/10/2026', alt, subj_charset='iso-8859-7', subj_mode='B')


@attack('el', 'piraeus-business-banking-phish', (2026, 11, 11, 8, 58, 14), 'georgios.papadopoulos@example.com',
        'Bank phishing in Piraeus Bank business e-banking branding: "re-activate your authorisation device under PSD2" or payments will be blocked.',
        'Sent by a PHP mailer on a compromised Greek web host (no relation to the bank); look-alike link piraeus-business-secure.com; PSD2 pretext, blocking threat, asks for e-banking credentials and OTP.')
def a_el_bank(c):
    snd = 'info@xenodoxeio-olympos.gr'
    env = I.cpanel_exim(c, snd, 'grserver%d.hostingcenter.gr' % c.rint(10, 40), '185.%d.%d.%d' % (c.rint(4, 7), c.rint(1, 254), c.rint(1, 254)),
                        None, mua='phpmailer', date_zone='GR', local_script=True)
    link = 'https://piraeus-business-secure.com/winbank/activate?cid=%s' % c.hexs(16)
    body = """Αγαπητέ πελάτη,

Στο πλαίσιο της αναβάθμισης των συστημάτων ασφαλείας σύμφωνα με την Οδηγία (ΕΕ) 2015/2366 (PSD2), η συσκευή εξουσιοδότησης συναλλαγών που είναι συνδεδεμένη με τον επιχειρηματικό λογαριασμό σας στο Piraeus Business e-banking πρέπει να επανενεργοποιηθεί.

Μέχρι την ολοκλήρωση της διαδικασίας, οι εξερχόμενες πληρωμές και τα μαζικά αρχεία πληρωμών της εταιρείας σας θα παραμένουν σε αναμονή. Η επανενεργοποίηση διαρκεί λιγότερο από 3 λεπτά.

Επανενεργοποίηση συσκευής: %s

Σας ευχαριστούμε για την προτίμηση.
Τράπεζα Πειραιώς
Business e-banking
""" % link
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#1a1a1a">
<table width="600" align="center" style="border:1px solid #ccc"><tr><td style="background:#ffc72c;padding:14px 20px;font-size:20px;font-weight:bold;color:#003a70">ΠΕΙΡΑΙΩΣ <span style="font-weight:normal;font-size:14px">Business</span></td></tr>
<tr><td style="padding:20px">%s<p style="text-align:center"><a href="%s" style="background:#003a70;color:#fff;padding:11px 26px;text-decoration:none">Επανενεργοποίηση</a></p>
<p>Σας ευχαριστούμε για την προτίμηση.<br>Τράπεζα Πειραιώς</p></td></tr></table></body></html>
""" % (paras_html(body.split('Επανενεργοποίηση συσκευής')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='windows-1253', cte='base64'), html(h, charset='windows-1253', cte='base64')], env.boundary())
    return std(env, addr('Τράπεζα Πειραιώς Business', snd, 'windows-1253', 'B'), 'georgios.papadopoulos@example.com',
               'Ενημέρωση ασφαλείας: επανενεργοποίηση συσκευής εξουσιοδότησης', alt, subj_charset='windows-1253', subj_mode='B')


@attack('el', 'manager-fraud-cyprus-transfer', (2026, 12, 1, 10, 44, 20), 'eleni.karagianni@examplegroup.eu',
        'Manager (CEO-style) fraud: "Georgios Papadopoulos" asks the Greek accountant to pay EUR 96,400 today to a Cypriot company for a confidential quarry acquisition.',
        'Look-alike domain examplegroup-gr.com on a DigitalOcean VPS (no rDNS), secrecy, urgency, unreachable by phone, claims CEO approval, foreign beneficiary. Genuine urgent request from him through the internal relay: business/33.',
        pair='business/33')
def a_el_ceo(c):
    snd = 'g.papadopoulos@examplegroup-gr.com'
    env = I.vps_postfix(c, snd, 'mail.examplegroup-gr.com', '167.71.%d.%d' % (c.rint(32, 99), c.rint(1, 254)), rdns=None, mua='iphone', date_zone='GR',
                        client_ip='102.%d.%d.%d' % (c.rint(88, 91), c.rint(1, 254), c.rint(1, 254)))
    body = """Ελένη, καλημέρα.

Χρειάζομαι να εκτελέσεις σήμερα μια πληρωμή προς την κυπριακή εταιρεία με την οποία ολοκληρώνουμε την εξαγορά του λατομείου στο Κιλκίς. Το ποσό είναι 96.400 ευρώ και αφορά την προκαταβολή βάσει του προσυμφώνου. Ο κ. Koehler έχει ενημερωθεί και έχει εγκρίνει.

Στοιχεία δικαιούχου:
Δικαιούχος: Strymon Minerals Ltd
Τράπεζα: Bank of Cyprus
IBAN: %s
SWIFT: BCYPCY2N

Είμαι σε συνάντηση όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό μόλις γίνει. Μην το συζητήσεις ακόμη με κανέναν στο γραφείο, η συμφωνία είναι εμπιστευτική μέχρι την υπογραφή.

Γιώργος

Στάλθηκε από το iPhone μου
""" % fmt_iban(BANK['fraud_cy'])
    root = text(body, charset='windows-1253', cte='quoted-printable', quote=False)
    return std(env, addr('Γεώργιος Παπαδόπουλος', snd, 'windows-1253'), addr('Ελένη Καραγιάννη', 'eleni.karagianni@examplegroup.eu', 'windows-1253'),
               'Επείγουσα πληρωμή σήμερα - εμπιστευτικό', root, subj_charset='windows-1253', style='apple')


@attack('el', 'fuel-supplier-iban-lookalike', (2026, 10, 29, 12, 12, 38), 'eleni.karagianni@examplegroup.eu',
        'Supplier bank-detail change: look-alike of the diesel supplier Kausima Voreiou Ellados asks to pay October invoices to a new Eurobank IBAN, PDF "letter" attached.',
        'Domain kausima-voreiou.com (real: kausima-voreiou.gr) on an OVH VPS; "audit" pretext, old account "frozen", deadline, no call-back offered. The genuine supplier invoice with the known Piraeus account: business/36.',
        pair='business/36')
def a_el_fuel(c):
    snd = 'logistirio@kausima-voreiou.com'
    ip = '141.94.%d.%d' % (c.rint(1, 254), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.kausima-voreiou.com', ip, rdns='vps-%s.vps.ovh.net' % c.hexs(8), mua='outlook', date_zone='GR',
                        client_ip='31.%d.%d.%d' % (c.rint(152, 155), c.rint(1, 254), c.rint(1, 254)))
    iban = fmt_iban(BANK['fraud_gr'])
    body = """Αξιότιμη κα Καραγιάννη,

Σας ενημερώνουμε ότι, λόγω του εν εξελίξει τακτικού φορολογικού ελέγχου της εταιρείας μας, ο λογαριασμός μας στην Τράπεζα Πειραιώς έχει προσωρινά δεσμευτεί για εισερχόμενες πληρωμές.

Παρακαλούμε τα εκκρεμή τιμολόγια Οκτωβρίου (ΤΔΑ 4417, 4452 και 4478, συνολικού ποσού 38.926,40 ευρώ) να εξοφληθούν έως την Παρασκευή στον νέο λογαριασμό της εταιρείας:

Δικαιούχος: ΚΑΥΣΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Επισυνάπτεται η σχετική επιστολή της διοίκησης. Παρακαλούμε να μας αποστείλετε το αποδεικτικό της πληρωμής σε απάντηση αυτού του μηνύματος.

Με εκτίμηση,
Λογιστήριο
Καύσιμα Βορείου Ελλάδος Α.Ε.
""" % iban
    pdf = letter_pdf(['ΚΑΥΣΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.', 'ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη - ΑΦΜ %s' % VAT['kausima']],
                     ['Προς: EXAMPLE GROUP HELLAS Μ.Α.Ε.', 'Λογιστήριο'], 'Θεσσαλονίκη, 28/10/2026', 'Θέμα: Αλλαγή τραπεζικού λογαριασμού',
                     'Σας γνωστοποιούμε ότι οι πληρωμές προς την εταιρεία μας θα πραγματοποιούνται στο εξής στον ακόλουθο λογαριασμό:',
                     ['Ο Διευθύνων Σύμβουλος'], extra=['', ('mono', 'IBAN: ' + iban), ('mono', 'Eurobank - ΚΑΥΣΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.')],
                     producer='Microsoft® Word για Microsoft 365', date="20261028101544+02'00'")
    alt = Multi('alternative', [text(body, charset='iso-8859-7', cte='8bit'), html(outlook_html(body, lang='EL'), charset='iso-8859-7', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Επιστολή_αλλαγής_λογαριασμού.pdf', style='ew', charset='utf-8')], env.boundary(0))
    return std(env, addr('Λογιστήριο - Καύσιμα Βορείου Ελλάδος', snd, 'iso-8859-7'), addr('Ελένη Καραγιάννη', 'eleni.karagianni@examplegroup.eu', 'iso-8859-7'),
               'Αλλαγή τραπεζικού λογαριασμού - εκκρεμή τιμολόγια Οκτωβρίου', root, subj_charset='iso-8859-7')


@attack('el', 'm365-mfa-qr-attachment', (2026, 11, 30, 14, 40, 7), 'georgios.papadopoulos@example.com',
        'Quishing: "Microsoft 365" says the MFA method expires today; the link is only in an attached PNG QR code named after the recipient.',
        'Sent with stolen SMTP credentials of a small Greek engineering firm (cPanel host, PHPMailer) under a Microsoft display name; QR code decodes to m365-mfa-renew.com with the victim\'s address encoded (AiTM credential/MFA phishing on the phone).')
def a_el_qr(c):
    snd = 'grafeio@techniki-pylaia.gr'
    env = I.cpanel_exim(c, snd, 'cp%d.dnhost.gr' % c.rint(1, 20), '185.%d.%d.%d' % (c.rint(138, 139), c.rint(1, 254), c.rint(1, 254)),
                        '196.%d.%d.%d' % (c.rint(240, 251), c.rint(1, 254), c.rint(1, 254)), mua='phpmailer', date_zone='GR')
    url = 'https://m365-mfa-renew.com/ep/?u=' + base64.urlsafe_b64encode(b'georgios.papadopoulos@example.com').decode().rstrip('=')
    png = qr_png(url, 'M', scale=6)
    body = """Microsoft 365

Η μέθοδος ελέγχου ταυτότητας πολλαπλών παραγόντων (MFA) του λογαριασμού σας georgios.papadopoulos@example.com λήγει σήμερα.

Για να μη χάσετε την πρόσβαση στο Outlook, στο Teams και στο OneDrive, σαρώστε τον συνημμένο κωδικό QR με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες για να ανανεώσετε τη μέθοδο επαλήθευσης.

Η διαδικασία διαρκεί περίπου 1 λεπτό.

Ομάδα λογαριασμών Microsoft
"""
    root = Multi('mixed', [text(body, charset='utf-8', cte='base64'),
                           attachment(png, 'image/png', 'MFA_QR_georgios.papadopoulos.png')], env.boundary(0))
    return std(env, addr('Microsoft 365', snd), 'georgios.papadopoulos@example.com',
               'Απαιτείται ενέργεια: η μέθοδος MFA του λογαριασμού σας λήγει σήμερα', root, subj_mode='B')


# =============================================================================
# BUSINESS
# =============================================================================
@business('el', 'accountant-mydata-classifications', (2026, 10, 22, 13, 35, 27), 'eleni.karagianni@examplegroup.eu',
          'Genuine mail from the external accounting firm: needs the myDATA expense classifications for six September invoices; list attached as PDF; the firm submits them itself through the ERP.',
          'Known accountant domain on its own server with Outlook, asks for information (not credentials), explicitly says no login is needed. Hard negative of attack/32.',
          pair='attack/32')
def b_el_accountant(c):
    snd = 'd.samaras@samaras-logistiki.gr'
    env = I.own_postfix(c, snd, 'mail.samaras-logistiki.gr', '185.%d.%d.%d' % (c.rint(4, 7), c.rint(1, 254), c.rint(1, 254)),
                        '94.%d.%d.%d' % (c.rint(64, 71), c.rint(1, 254), c.rint(1, 254)), 'ppp-%s.thess.hol.gr' % c.digits(6), mua='outlook', date_zone='GR')
    body = """Καλησπέρα Ελένη,

για να κλείσουμε το ΦΠΑ Σεπτεμβρίου χρειάζομαι τους χαρακτηρισμούς εξόδων για 6 τιμολόγια προμηθευτών που δεν έχουν ακόμη χαρακτηριστεί στο myDATA (σου στέλνω τη λίστα σε PDF). Κυρίως πρόκειται για ανταλλακτικά του σπαστήρα και δύο τιμολόγια μεταφορών.

Δεν χρειάζεται να συνδεθείς εσύ στο myDATA: μου γράφεις απλώς δίπλα σε κάθε τιμολόγιο αν είναι αγορά παγίου, αναλώσιμο ή υπηρεσία, και τα περνάμε εμείς από το ERP μέχρι την Παρασκευή.

Ευχαριστώ,
Δημήτρης Σαμαράς
Λογιστικό Γραφείο Σαμαρά
Εγνατίας 112, 54630 Θεσσαλονίκη
Τηλ. 2310 268 410
"""
    L = [('h1', 'Λογιστικό Γραφείο Σαμαρά'), 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. - ΑΦΜ %s' % VAT['eg_gr'], 'Μη χαρακτηρισμένα παραστατικά εξόδων 09/2026', '---']
    L += table_lines([('Ημ/νία', 'Εκδότης', 'Παραστατικό', 'Ποσό €'), ('03/09', 'Kessler Brechertechnik', '26-10288', '4.215,00'),
                      ('08/09', 'Νίκος Αλεξίου', 'ΤΠΥ 198', '3.720,00'), ('12/09', 'Καύσιμα Βορείου Ελλάδος', 'ΤΔΑ 4311', '11.842,10'),
                      ('17/09', 'Lieferant GmbH', 'RE-2026-04390', '2.960,00'), ('22/09', 'Νίκος Αλεξίου', 'ΤΠΥ 203', '3.100,00'),
                      ('29/09', 'ΔΕΔΔΗΕ', '7419-0926', '5.318,44')], [8, 26, 16, 12])
    pdf = make_pdf(L, title='Μη χαρακτηρισμένα 09-2026', author='Δ. Σαμαράς', producer='Microsoft® Excel® για Microsoft 365', date="20261022132011+03'00'")
    alt = Multi('alternative', [text(body, charset='windows-1253', cte='quoted-printable'), html(outlook_html(body, lang='EL'), charset='windows-1253', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'myDATA_xaraktirismoi_09-2026.pdf')], env.boundary(0))
    return std(env, addr('Δημήτρης Σαμαράς', snd, 'windows-1253'), addr('Ελένη Καραγιάννη', 'eleni.karagianni@examplegroup.eu', 'windows-1253'),
               'Χαρακτηρισμοί εξόδων myDATA - Σεπτέμβριος 2026', root, subj_charset='windows-1253')


@business('el', 'manager-urgent-payment-internal', (2026, 11, 26, 15, 10, 33), 'eleni.karagianni@examplegroup.eu',
          'Genuine urgent internal request from the Greek office manager: pay the overdue electricity bill of the quarry plant today to avoid disconnection, through the normal e-banking approval with two signatures.',
          'Internal relay + Exchange from his mailbox, known payee (grid operator, RF code on the bill), normal dual approval, nothing secret, reachable by phone. Hard negative of attack/34.',
          pair='attack/34')
def b_el_internal(c):
    snd = 'georgios.papadopoulos@example.com'
    env = I.internal(c, snd, 'Επείγον: λογαριασμός ρεύματος λατομείου Κιλκίς', lang='el-GR', client_ip='10.50.1.17')
    body = """Ελένη,

μας ήρθε σήμερα ειδοποίηση διακοπής από τον πάροχο για τον λογαριασμό ρεύματος του λατομείου στο Κιλκίς (μέση τάση, λογαριασμός Οκτωβρίου, 18.742,60 ευρώ, κωδικός πληρωμής RF στο σκαναρισμένο έγγραφο στον κοινόχρηστο φάκελο Λογιστήριο\\Πληρωμές\\2026-11). Η προθεσμία είναι αύριο, οπότε σε παρακαλώ πέρασέ τη σήμερα στο e-banking ως πληρωμή λογαριασμού με τον κωδικό RF· την εγκρίνω εγώ αμέσως μόλις τη δω στην εκκρεμότητα.

Αν έχεις οποιαδήποτε απορία, είμαι στο γραφείο μέχρι τις 18:00 (εσωτ. 512).

Ευχαριστώ,
Γιώργος

Γεώργιος Παπαδόπουλος
Διευθυντής Υποκαταστήματος
Example Group Hellas Μ.Α.Ε.
"""
    alt = Multi('alternative', [text(body, charset='utf-8', cte='quoted-printable'), html(outlook_html(body, lang='EL'), charset='utf-8', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Papadopoulos, Georgios', snd), addr('Karagianni, Eleni', 'eleni.karagianni@examplegroup.eu'),
               'Επείγον: λογαριασμός ρεύματος λατομείου Κιλκίς - πληρωμή σήμερα', alt)


@business('el', 'customer-complaint-late-delivery', (2026, 11, 5, 10, 2, 11), 'georgios.papadopoulos@example.com',
          'Genuine complaint from construction customer Domiki Makedonias: concrete trucks two hours late, pump and crew waiting, cold joint; asks for a credit for the pump costs.',
          'Real customer domain through its Microsoft 365 tenant, concrete project details and delivery notes, angry but only asks for a meeting and a credit note; no links or bank details.')
def b_el_complaint(c):
    snd = 'k.nikolaidis@domiki-makedonias.gr'
    env = I.m365(c, snd, region='eu', topic='Καθυστέρηση παράδοσης σκυροδέματος - εργοτάξιο Καλαμαριάς 04/11', lang='el-GR', date_zone='GR')
    body = """Κύριε Παπαδόπουλε,

χθες στο εργοτάξιο της Καλαμαριάς (οικοδομή Κομνηνών 41) είχαμε προγραμματισμένη σκυροδέτηση πλάκας με C25/30 στις 07:30. Το πρώτο βαρέλι ήρθε στις 09:40 και τα επόμενα με κενά 40-50 λεπτών (δελτία αποστολής 26-31877 έως 26-31884). Η αντλία και το συνεργείο περίμεναν σχεδόν δύο ώρες και δημιουργήθηκε αρμός διακοπής στη μέση της πλάκας, τον οποίο ο επιβλέπων μηχανικός ζήτησε να τεκμηριωθεί.

Θα θέλαμε να μας ενημερώσετε τι συνέβη και να συζητήσουμε πιστωτικό για το κόστος της αντλίας (850 ευρώ πλέον ΦΠΑ). Για τις επόμενες σκυροδετήσεις του Νοεμβρίου χρειαζόμαστε δέσμευση για τις ώρες άφιξης.

Παρακαλώ καλέστε με σήμερα.

Κώστας Νικολαΐδης
Μηχανικός Έργου
Δομική Μακεδονίας Α.Ε.
"""
    alt = Multi('alternative', [text(body, charset='iso-8859-7', cte='quoted-printable'), html(outlook_html(body, lang='EL'), charset='iso-8859-7', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Κώστας Νικολαΐδης', snd, 'iso-8859-7'), addr('Georgios Papadopoulos', 'georgios.papadopoulos@example.com'),
               'Καθυστέρηση παράδοσης σκυροδέματος - εργοτάξιο Καλαμαριάς 04/11', alt, subj_charset='iso-8859-7')


@business('el', 'haulier-invoice-otenet', (2026, 12, 4, 19, 25, 40), 'eleni.karagianni@examplegroup.eu',
          'Genuine invoice from an owner-driver haulier on his Otenet address: November transport invoice (PDF) and a photo of the signed delivery notes (PNG); bank account unchanged.',
          'Real Otenet infrastructure from a Greek home line with Outlook, long-standing supplier, informal tone, explicitly the same National Bank account as always.')
def b_el_haulier(c):
    snd = 'n.alexiou@otenet.gr'
    env = I.otenet(c, snd, '94.%d.%d.%d' % (c.rint(64, 71), c.rint(1, 254), c.rint(1, 254)), mua='outlook')
    body = """Καλησπέρα κα Ελένη,

σας στέλνω το τιμολόγιο παροχής υπηρεσιών για τις μεταφορές του Νοεμβρίου (62 δρομολόγια λατομείο Κιλκίς - Θεσσαλονίκη) και φωτογραφία από τα υπογεγραμμένα δελτία.

Ο λογαριασμός είναι ο ίδιος όπως πάντα, στην Εθνική: %s

Καλό Σαββατοκύριακο,
Νίκος Αλεξίου
6944 318 772
""" % fmt_iban(BANK['alexiou'])
    L = [('h1', 'ΑΛΕΞΙΟΥ ΝΙΚΟΛΑΟΣ - ΟΔΙΚΕΣ ΜΕΤΑΦΟΡΕΣ'), ('s', 'Κιλκίς - ΑΦΜ 047219385 - ΔΟΥ Κιλκίς'), '',
         ('h2', 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Νο 214 - 30/11/2026'), 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. - ΑΦΜ %s' % VAT['eg_gr'], '---']
    L += table_lines([('Περιγραφή', 'Ποσότητα', 'Τιμή', 'Αξία'), ('Μεταφορά αδρανών Κιλκίς-Θεσ/νίκη', '62', '60,00', '3.720,00'),
                      ('ΦΠΑ 24%', '', '', '892,80'), ('Σύνολο', '', '', '4.612,80')], [36, 10, 10, 12])
    L += ['---', 'Πληρωμή: Εθνική Τράπεζα ' + fmt_iban(BANK['alexiou'])]
    pdf = make_pdf(L, title='ΤΠΥ 214', producer='Epsilon Smart', date="20261130201500+02'00'")
    photo = banner_png(320, 200, (222, 214, 196), (0, 0, 0), bars=[(20, 20, 280, 160, (250, 248, 240)), (40, 40, 200, 6, (60, 60, 60)),
                                                                    (40, 60, 240, 4, (90, 90, 90)), (40, 75, 220, 4, (90, 90, 90)),
                                                                    (40, 90, 230, 4, (90, 90, 90)), (180, 140, 90, 20, (30, 60, 150))])
    alt = Multi('alternative', [text(body, charset='windows-1253', cte='8bit'), html(outlook_html(body, lang='EL'), charset='windows-1253', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'TPY_214.pdf'), attachment(photo, 'image/png', 'deltia_noemvrios.png')], env.boundary(0))
    return std(env, addr('Νίκος Αλεξίου', snd, 'windows-1253'), addr('', 'eleni.karagianni@examplegroup.eu'),
               'Τιμολόγιο Νοεμβρίου', root, subj_charset='windows-1253')


@business('el', 'fuel-supplier-invoice-genuine', (2026, 11, 3, 8, 50, 12), 'eleni.karagianni@examplegroup.eu',
          'Genuine diesel invoice from Kausima Voreiou Ellados (real .gr domain, own Exchange), PDF attached, payment to the known Piraeus account.',
          'Real supplier domain and server, consistent invoice series (ΤΔΑ), long-standing bank account, no change requested. Hard negative of attack/35.',
          pair='attack/35')
def b_el_fuel(c):
    snd = 'logistirio@kausima-voreiou.gr'
    env = I.own_exchange(c, snd, 'mail.kausima-voreiou.gr', '213.16.%d.%d' % (c.rint(128, 191), c.rint(1, 254)), 'EXSRV01.kausima.local', '10.1.1.20',
                         date_zone='GR', lang='el-GR', topic='Τιμολόγιο ΤΔΑ 4521', attach=True)
    iban = fmt_iban(BANK['kausima'])
    body = """Αγαπητοί συνεργάτες,

σας αποστέλλουμε συνημμένο το Τιμολόγιο - Δελτίο Αποστολής ΤΔΑ 4521 της 02/11/2026 για την παράδοση 24.000 λίτρων diesel κίνησης στο λατομείο Κιλκίς.

Σύνολο: 36.412,80 ευρώ - Πληρωμή εντός 30 ημερών στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (%s).

Με εκτίμηση,
Λογιστήριο
Καύσιμα Βορείου Ελλάδος Α.Ε.
ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη
""" % iban
    L = [('h1', 'ΚΑΥΣΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.'), ('s', 'ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη - ΑΦΜ %s' % VAT['kausima']), '',
         ('h2', 'ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ ΤΔΑ 4521 - 02/11/2026'), 'Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. - ΑΦΜ %s' % VAT['eg_gr'], '---']
    L += table_lines([('Είδος', 'Λίτρα', 'Τιμή/λ', 'Αξία'), ('Diesel κίνησης', '24.000', '1,2225', '29.340,00'), ('ΦΠΑ 24%', '', '', '7.041,60'),
                      ('Τέλος ΕΦΚ (περιλ.)', '', '', '-'), ('Εισφορά', '', '', '31,20'), ('Σύνολο', '', '', '36.412,80')], [22, 10, 10, 12])
    L += ['---', 'Τρόπος πληρωμής: κατάθεση Τράπεζα Πειραιώς ' + iban]
    pdf = make_pdf(L, title='ΤΔΑ 4521', producer='SoftOne ERP', date="20261102171200+02'00'")
    alt = Multi('alternative', [text(body, charset='iso-8859-7', cte='base64'), html(outlook_html(body, lang='EL'), charset='iso-8859-7', cte='base64')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'TDA_4521.pdf')], env.boundary(0))
    return std(env, addr('Λογιστήριο Καύσιμα Βορείου Ελλάδος', snd, 'iso-8859-7'), addr('Eleni Karagianni', 'eleni.karagianni@examplegroup.eu'),
               'Τιμολόγιο ΤΔΑ 4521', root, subj_charset='iso-8859-7')
