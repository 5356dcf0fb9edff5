"""Attack messages 32-36 (Greek)."""
from lib import *

F = 'attack'
AFM = ck.gr_afm('80161873')


def a32():
    link = 'https://www1.aade.gr.mydata-elegxos.com/saadeapps/mydata/?afm=%s&s=%s' % (AFM, hx('a32', 20, ALNUM))
    plain = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myDATA - Ηλεκτρονικά Βιβλία

Αξιότιμε/η χρήστη,

Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την περίοδο 01/07/2026 - 30/09/2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που έχει εκδώσει η επιχείρησή σας και των αντίστοιχων χαρακτηρισμών των αντισυμβαλλομένων.

Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.
ΑΦΜ: {afm}
Αριθμός αποκλίσεων: 14
Σύνολο καθαρής αξίας: 38.412,60 €

Οι αποκλίσεις πρέπει να επιβεβαιωθούν ή να διορθωθούν εντός 48 ωρών από τη λήψη της παρούσας. Σε αντίθετη περίπτωση επιβάλλεται το πρόστιμο του άρθρου 54 του ν. 4174/2013 για κάθε παραστατικό.

Για να δείτε αναλυτικά τις αποκλίσεις, συνδεθείτε με τους κωδικούς TAXISnet:
{link}

Με εκτίμηση,
ΑΑΔΕ - Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""".format(afm=AFM, link=link)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#003476;color:#fff;padding:14px 20px"><b style="font-size:18px">ΑΑΔΕ</b> &nbsp; Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br><span style="font-size:12px">myDATA - Ηλεκτρονικά Βιβλία</span></td></tr>
<tr><td style="padding:20px;line-height:20px">
<p>Αξιότιμε/η χρήστη,</p>
<p>Κατά τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την περίοδο 01/07/2026 - 30/09/2026 εντοπίστηκαν <b>αποκλίσεις</b> μεταξύ των παραστατικών που έχει εκδώσει η επιχείρησή σας και των αντίστοιχων χαρακτηρισμών των αντισυμβαλλομένων.</p>
<table style="font-size:14px"><tr><td>Επωνυμία:</td><td><b>EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.</b></td></tr><tr><td>ΑΦΜ:</td><td><b>{afm}</b></td></tr>
<tr><td>Αριθμός αποκλίσεων:</td><td><b>14</b></td></tr><tr><td>Σύνολο καθαρής αξίας:</td><td><b>38.412,60 &euro;</b></td></tr></table>
<p>Οι αποκλίσεις πρέπει να επιβεβαιωθούν ή να διορθωθούν <b>εντός 48 ωρών</b>. Σε αντίθετη περίπτωση επιβάλλεται το πρόστιμο του άρθρου 54 του ν. 4174/2013 για κάθε παραστατικό.</p>
<p style="text-align:center"><a href="{link}" style="background:#003476;color:#fff;padding:10px 24px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p style="font-size:12px;color:#666">ΑΑΔΕ - Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού. Το μήνυμα αυτό στάλθηκε αυτόματα.</p>
</td></tr></table></body></html>
""".format(afm=AFM, link=link)
    Mail(F, 32, 'el', 'aade-mydata-apokliseis-phishing',
         Brevo(account=6120944), T(2026, 10, 27, 8, 11, 39), ('ΑΑΔΕ myDATA', 'enimerosi@aade-mydata.gr.com'),
         [S('gr_acc')], 'myDATA: Εντοπίστηκαν αποκλίσεις παραστατικών - απαιτείται ενέργεια εντός 48 ωρών',
         alt(text(plain, 'utf-8', 'base64'), html(htm, 'utf-8', 'base64')),
         what='Fake AADE (Greek tax authority) myDATA discrepancy notice asking to log in with TAXISnet credentials.',
         why='Sent via Brevo from aade-mydata.gr.com (a CentralNic .gr.com sub-domain, not aade.gr); link host '
             'www1.aade.gr.mydata-elegxos.com; 48-hour fine threat - TAXISnet credential phishing.')


def a33():
    bank, bic, iban = BANK['aegean_fake']
    body = """Καλημέρα σας κυρία Γεωργίου,

Σας γράφουμε προσωρινά από αυτή τη διεύθυνση, καθώς ο διακομιστής email της εταιρείας μας παρουσιάζει βλάβη από το Σαββατοκύριακο και ο πάροχος δεν την έχει ακόμη αποκαταστήσει.

Θα θέλαμε επίσης να σας ενημερώσουμε ότι, λόγω ελέγχου που διενεργείται στον λογαριασμό μας στην Τράπεζα Πειραιώς, οι εισερχόμενες πληρωμές δεν πιστώνονται προσωρινά. Παρακαλούμε η εξόφληση των τιμολογίων 2610/0351 και 2610/0362 (σύνολο 18.944,30 €) να γίνει στον παρακάτω λογαριασμό:

Δικαιούχος: ΑΙΓΑΙΟ ΝΑΥΤΙΛΙΑΚΕΣ ΠΡΟΜΗΘΕΙΕΣ Α.Ε.
Τράπεζα: {bank}
IBAN: {iban}
BIC: {bic}

Παρακαλούμε να μας επιβεβαιώσετε με απάντηση σε αυτό το μήνυμα μόλις ολοκληρωθεί η πληρωμή, ώστε να ενημερωθεί το λογιστήριο.

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Λογιστήριο
Aegean Ship Supplies Α.Ε.
Ακτή Κονδύλη 32, 185 45 Πειραιάς
""".format(bank=bank, iban=pretty(iban), bic=bic)
    Mail(F, 33, 'el', 'aegean-gmail-allagi-logariasmou',
         Gmail(host=('ua1', 'f44', '209.85.222.44'), zone='EET'), T(2026, 11, 12, 9, 44, 15),
         ('Aegean Ship Supplies - Λογιστήριο', 'aegeanshipsupplies.accounts@gmail.com'), [S('gr_acc')],
         'Ενημέρωση για πληρωμή τιμολογίων - νέος λογαριασμός',
         alt(text(body, 'UTF-8', 'base64'), html('<div dir="ltr">' + h2t(body).replace('\n', '<br>') + '</div>\n', 'UTF-8', 'base64')),
         what='Ship chandler\'s "accounts department" writes from Gmail: mail server down, pay to a new account.',
         why='Known supplier suddenly on gmail.com with an excuse, new IBAN at a different bank "because of an audit", '
             'asks to confirm by reply - supplier-impersonation BEC (genuine Aegean invoice from their own domain '
             'with the Piraeus Bank IBAN: business/32).')


def a34():
    link = 'https://www.piraeusbank.gr.business-kyc-update.com/el/login?ref=%s' % hx('a34', 12, UPHEX)
    plain = """Τράπεζα Πειραιώς - Piraeus Business e-banking

Αγαπητέ πελάτη,

Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), απαιτείται η επικαιροποίηση των στοιχείων του νόμιμου εκπροσώπου της επιχείρησής σας έως τις 04/12/2026.

Μέχρι την ολοκλήρωση της διαδικασίας, οι εξερχόμενες μεταφορές άνω των 1.000 € από τους εταιρικούς λογαριασμούς σας θα τεθούν σε αναμονή.

Η επικαιροποίηση γίνεται ηλεκτρονικά σε λίγα λεπτά:
{link}

Θα χρειαστείτε τους κωδικούς e-banking και τη συσκευή έγκρισης συναλλαγών.

Με εκτίμηση,
Τράπεζα Πειραιώς
""".format(link=link)
    Mail(F, 34, 'el', 'trapeza-kyc-epikairopoiisi-phishing',
         PHPMailer(tr=VPSPostfix(host='mail.kyc-update-piraeus.com', rdns=None, ip='164.92.183.57',
                                 lan='127.0.0.1', user_ip='127.0.0.1'), host_id='kyc-update-piraeus.com', ver='6.9.1', zone='UTC'),
         T(2026, 11, 30, 6, 31, 26), ('Piraeus Business e-banking', 'noreply@kyc-update-piraeus.com'), [S('gr_mgr')],
         'Επικαιροποίηση στοιχείων νόμιμου εκπροσώπου - προθεσμία 04/12/2026',
         text(plain, 'iso-8859-7', 'quoted-printable'), hcs='iso-8859-7', hmode='B',
         what='Bank credential phishing: Greek bank KYC "update" with the threat of holding outgoing transfers.',
         why='Sent from a DigitalOcean droplet without reverse DNS (unknown [164.92.183.57]) for kyc-update-piraeus.com; '
             'link host piraeusbank.gr.business-kyc-update.com; asks for e-banking credentials and the transaction '
             'approval device - banking phishing.')


def a35():
    body = """Νίκο, καλημέρα.

Είσαι διαθέσιμος αυτή τη στιγμή; Χρειάζομαι τη βοήθειά σου για ένα εμπιστευτικό θέμα που αφορά το γραφείο του Πειραιά.

Στείλε μου σε παρακαλώ τον αριθμό του κινητού σου, για να σε προσθέσω σε μια ομάδα στο WhatsApp με τους δικηγόρους. Είμαι σε συναντήσεις όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο.

Μην το συζητήσεις προς το παρόν με κανέναν στο γραφείο.

Matthias

Λήψη του Outlook για iOS"""
    Mail(F, 35, 'el', 'ceo-whatsapp-pretext',
         EXO(org='examplegroup.eu.com', region='EUR', lang='el-GR'), T(2026, 12, 9, 13, 2, 44),
         ('Matthias Brückner', 'matthias.brueckner@examplegroup.eu.com'), [S('gr_mgr')],
         'Εμπιστευτικό',
         outlook_alt(body, 'windows-1253', cte_plain='base64', cte_html='base64'),
         what='CEO-fraud opener: "CEO" asks the Piraeus manager for his mobile number to move to WhatsApp.',
         why='examplegroup.eu.com is a look-alike (CentralNic sub-domain) of examplegroup.eu, hosted in its own '
             'Microsoft 365 tenant; the German CEO does not write Greek; secrecy and move to an unmonitored channel - '
             'first step of CEO fraud.')


def a36():
    link = ('https://docviewer-gr.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&'
            'h=instance-gr4k2d-relay.screenconnect.com&p=443&k=%s&c=Timologio_384-2026' % hx('a36', 40, ALNUM))
    body = """Καλησπέρα σας,

Σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών αρ. 384/2026 για την υποστήριξη του κλεισίματος χρήσης.

Λόγω του μεγέθους του αρχείου, το τιμολόγιο μαζί με τα συνοδευτικά παραστατικά είναι διαθέσιμα μέσω της ασφαλούς πλατφόρμας προβολής εγγράφων. Για να τα δείτε, κατεβάστε την εφαρμογή προβολής (Document Viewer) από τον παρακάτω σύνδεσμο και ανοίξτε την:

{link}

Ο σύνδεσμος ισχύει για 3 ημέρες.

Με εκτίμηση,
Σταύρος Παππάς
Λογιστικό Γραφείο Παππάς & Συνεργάτες
Γρ. Λαμπράκη 118, 185 34 Πειραιάς
Τηλ. 210 41 28 930
""".format(link=link)
    Mail(F, 36, 'el', 'timologio-document-viewer-rmm',
         OutlookSMTP(tr=OwnPostfix(host='mail.pappas-logistiki.gr', ip='79.129.41.216', pc='LOGISTIRIO-PC2',
                                   user_ip='45.88.97.14', user_rdns=None, submit_zone='EET'), lang='el', zone='EET'),
         T(2026, 10, 16, 10, 27, 4), ('Σταύρος Παππάς', 's.pappas@pappas-logistiki.gr'), [S('gr_acc')],
         'Τιμολόγιο αρ. 384/2026',
         outlook_alt(body, 'windows-1253'),
         what='Invoice lure from a (compromised) accounting office whose "document viewer" is a ScreenConnect client.',
         why='The link downloads ScreenConnect.ClientSetup.exe from a *.screenconnect.com trial instance - a legitimate '
             'remote-management tool that would give the attacker remote control; invoices are never viewed through '
             'an installer; the office is no supplier of the company and the mail was submitted from a foreign IP.')


def build():
    for f in (a32, a33, a34, a35, a36):
        f()
