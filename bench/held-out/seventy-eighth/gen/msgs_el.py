"""Greek messages: 5 attacks, 5 genuine."""
import base64

from common import *  # noqa: F401,F403

GIORGOS = (C.STAFF['gr_mgr'][4], C.A('gr_mgr'))
ELENI = (C.STAFF['gr_acc'][4], C.A('gr_acc'))
KATERINA = ('Κατερίνα Αλεξίου', 'k.alexiou@vafes-aigaiou.gr')
STAVROS = ('Σταύρος Ιωαννίδης', 's.ioannidis@ioannidis-logistiki.gr')
IOANNIDIS_TENANT = '3f8b2d61-9c47-4e0a-b512-6d7e0c9a4f28'


# =========================================================== ATTACKS ======
def a_mydata():
    t = T('GR', 2026, 11, 9, 10, 12, 38)
    url = 'https://mydata-aade.gr.com/taxisnet/login?afm=%s&ref=GDHD-2026-118734' % C.EXG_GR_AFM
    body = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία ΑΑΔΕ - myDATA

Αγαπητέ/ή φορολογούμενε,

Κατά τον διασταυρωτικό έλεγχο της πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των χαρακτηρισμών τους για το διάστημα Ιουλίου - Σεπτεμβρίου 2026 για την επιχείρηση EXAMPLE HELLAS Μ.Α.Ε. (ΑΦΜ %s).

Αριθμός μη συμφωνημένων παραστατικών: 37
Προθεσμία διόρθωσης: 5 εργάσιμες ημέρες

Σύμφωνα με το άρθρο 54 του ν. 4174/2013 (ΚΦΔ), σε περίπτωση μη διόρθωσης επιβάλλεται πρόστιμο για κάθε παραστατικό που δεν διαβιβάστηκε ή διαβιβάστηκε εσφαλμένα.

Για να δείτε τις εκκρεμότητες, συνδεθείτε με τους κωδικούς σας TAXISnet:

[Είσοδος στο myDATA](%s)

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ
""" % (C.EXG_GR_AFM, url)
    parts = body.strip().split('\n\n')
    blocks = [('h', 'Αποκλίσεις στη διαβίβαση παραστατικών myDATA')] + parts[1:6] + [('btn', 'Είσοδος στο myDATA', url), parts[-1]]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#003476', logo_text='ΑΑΔΕ | myDATA', footer='Μην απαντάτε σε αυτό το μήνυμα.'), 'utf-8', 'quoted-printable')])
    return Mail('aade-mydata-prostimo-phishing', t=t, frm=('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata.gr.com'), to=ELENI,
                subject="Ειδοποίηση ΑΑΔΕ: Αποκλίσεις στη διαβίβαση παραστατικών myDATA - Γ' τρίμηνο 2026", hcs='UTF-8', henc='B', body=b,
                profile=I.sendgrid, pkw=dict(sender_domain='aade-mydata.gr.com', em='em5512', uid='51207745'),
                what='Greek tax-authority phishing: AADE "myDATA discrepancies, fine per document" with a link to a fake TAXISnet login.',
                why='Domain aade-mydata.gr.com (CentralNic .gr.com, not aade.gr / gov.gr), sent through SendGrid; TAXISnet credential harvesting; AADE does not e-mail penalty links; 5-day threat.')


def a_bank_kyc():
    t = T('GR', 2026, 11, 23, 8, 5, 19)
    url = 'https://ibank-nbg.gr-business-kyc.com/epikairopoiisi?c=EXH'
    body = """Αξιότιμε πελάτη,

Στο πλαίσιο των υποχρεώσεων της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), οφείλετε να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας (KYC) στο Internet Banking Επιχειρήσεων.

Η προθεσμία επικαιροποίησης για τον λογαριασμό σας λήγει στις 27/11/2026. Μετά την παρέλευσή της θα περιοριστούν προσωρινά οι εξερχόμενες μεταφορές και οι πληρωμές μισθοδοσίας.

Η διαδικασία διαρκεί λιγότερο από 3 λεπτά:
[Επικαιροποίηση στοιχείων](%s)

Με εκτίμηση,
Εθνική Τράπεζα της Ελλάδος
Εξυπηρέτηση Επιχειρήσεων
""" % url
    b = multi('alternative', [text(plain(body, 'colon'), 'windows-1253', 'quoted-printable', label='windows-1253'),
                              htmlpart(html_simple(body, 'windows-1253'), 'windows-1253', 'quoted-printable', label='windows-1253')])
    return Mail('trapeza-kyc-epikairopoiisi-phishing', t=t, frm=('Εθνική Τράπεζα - Επιχειρήσεις', 'info@ktima-papadaki.gr'), to=ELENI,
                subject='Επικαιροποίηση στοιχείων επιχείρησης (KYC) έως 27/11/2026', hcs='windows-1253', henc='B', body=b,
                profile=I.cpanel_php, pkw=dict(server='cp12.greekhosting-cloud.gr', server_ip='185.138.42.61', cpuser='ktimapap', site='ktima-papadaki.gr',
                                               script='/home/%s/public_html/wp-content/uploads/wc-logs/sm.php'),
                what='Bank phishing: fake National Bank of Greece business e-banking "KYC update" deadline with restriction of payroll payments.',
                why='Sent from a hacked winery website (PHPMailer on cPanel) with a bank display name; link to gr-business-kyc.com, not nbg.gr; KYC threats with payment restrictions are a standard credential-theft lure.')


def a_refund_fraud():
    t = T('GR', 2026, 11, 12, 13, 47, 2)
    old_t = T('GR', 2026, 11, 3, 11, 20, 0)
    old = """Καλημέρα κα Αλεξίου,

σας ευχαριστούμε, η πληρωμή του Οκτωβρίου έχει καταχωριστεί.

Ελένη Κωνσταντίνου
Λογιστήριο - Example Hellas"""
    body = """Καλημέρα κα Κωνσταντίνου,

Κατά τη συμφωνία του λογαριασμού μας διαπιστώσαμε ότι το τιμολόγιο ΤΔΑ 4471/15.10.2026 (8.412,50 €) εξοφλήθηκε δύο φορές, στις 29/10 και στις 02/11, λόγω λάθους στο σύστημα πληρωμών μας.

Θα σας παρακαλούσα να μας επιστρέψετε το ποσό που καταβλήθηκε διπλά. Επειδή ο λογαριασμός μας στην Εθνική είναι σε διαδικασία κλεισίματος (μεταφέρουμε τη συνεργασία μας σε άλλη τράπεζα), η επιστροφή να γίνει στον παρακάτω λογαριασμό της εταιρείας:

Δικαιούχος: VAFES AIGAIOU AE
IBAN: %s
BIC: EVIULT2VXXX

Σας επισυνάπτω την κίνηση του λογαριασμού μας για επιβεβαίωση. Αν μπορεί να γίνει σήμερα θα μας διευκόλυνε πολύ, γιατί κλείνουμε τον μήνα.

Ευχαριστώ πολύ,
Κατερίνα Αλεξίου
Λογιστήριο - Βαφές Αιγαίου Α.Ε.
""" % ids.fmt(C.VAFES_FAKE) + quote_outlook('el', ELENI, old_t, KATERINA, 'Τιμολόγια Οκτωβρίου', old)
    stmt = pdf([('h', 'ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ - Κίνηση λογαριασμού'), ('p', 'Δικαιούχος: ΒΑΦΕΣ ΑΙΓΑΙΟΥ Α.Ε.\nΛογαριασμός: %s' % ids.fmt(C.VAFES)), ('gap', 6), ('rule',),
                ('row', [(50, 'Ημερομηνία'), (140, 'Αιτιολογία'), (460, 'Ποσό €')]),
                ('row', [(50, '29/10/2026'), (140, 'ΕΞΟΦΛ. ΤΔΑ 4471 EXAMPLE HELLAS'), (460, '-8.412,50')]),
                ('row', [(50, '02/11/2026'), (140, 'ΕΞΟΦΛ. ΤΔΑ 4471 EXAMPLE HELLAS'), (460, '-8.412,50')]),
                ('row', [(50, '05/11/2026'), (140, 'ΜΕΤΑΦΟΡΑ ΠΡΟΣ ΠΡΟΜΗΘΕΥΤΗ'), (460, '-2.180,00')]), ('rule',)],
               'Kinisi', 'User', 'Microsoft: Print To PDF', 'Microsoft Excel', t)
    b = multi('mixed', [multi('alternative', [text(body, 'iso-8859-7', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'iso-8859-7', lang='EL'), 'iso-8859-7', 'quoted-printable')]),
                        pdf_att(stmt, 'Kinisi_logariasmou_112026.pdf')])
    return Mail('vafes-aigaiou-epistrofi-diplis-pliromis', t=t, frm=('Κατερίνα Αλεξίου', 'k.alexiou@vafes-aigaiou.com'), to=ELENI,
                subject='RE: Τιμολόγια Οκτωβρίου - διπλή πληρωμή', hcs='iso-8859-7', henc='B', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='vafes-aigaiou.com', smtp_style='exim', client_name='DESKTOP-4QH8N2A', client_ip='41.203.72.9',
                                                    server='mail.vafes-aigaiou.com', server_ip='194.26.135.48', server_rdns='vps-194-26-135-48.hostvds.net',
                                                    lang='el', zone='GR'),
                what='Refund fraud from a look-alike of a Greek customer: "you paid our invoice twice, refund EUR 8,412.50 to our new Lithuanian account", with a fake bank statement.',
                why='vafes-aigaiou.com instead of vafes-aigaiou.gr, own Exim on a cheap VPS, client IP in Africa; the "statement" is an unsigned spreadsheet print and our books show a single October payment (the genuine customer confirms one payment on 29/10 in business 32); refund to a foreign e-money (Paysera LT) account, same-day pressure.')


def a_acs_quishing():
    t = T('GR', 2026, 12, 8, 15, 31, 47)
    url = 'https://acs-gr.redelivery-track.com/r/7402381194?c=EXH'
    body = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7402381194 δεν κατέστη δυνατό να επιδοθεί σήμερα λόγω ελλιπούς διεύθυνσης παραλήπτη.

Για να επαναπρογραμματίσετε την παράδοση, σαρώστε τον κωδικό QR του συνημμένου με την κάμερα του κινητού σας και επιβεβαιώστε τα στοιχεία σας. Χρέωση επαναποστολής: 1,95 €.

Αν δεν ενεργήσετε εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.

ACS Courier - Εξυπηρέτηση Πελατών
"""
    b = multi('mixed', [text(body, 'iso-8859-7', 'base64', label='iso-8859-7'),
                        png_att(qr_png(url, scale=6), 'ACS_7402381194.png', note='QR code -> redelivery-track.com')])
    return Mail('acs-courier-qr-code-png', t=t, frm=('ACS Courier', 'noreply@acs-courier-delivery.com'), to=GIORGOS,
                subject='ACS: Αποτυχία επίδοσης αποστολής 7402381194', hcs='iso-8859-7', henc='B', body=b,
                profile=I.vps_php, pkw=dict(mailhost='mail.acs-courier-delivery.com', vps_rdns='srv58712.hstgr.cloud', vps_ip='89.116.52.103'),
                what='Courier quishing: "ACS delivery failed" with the link only inside a PNG QR code attachment; re-delivery fee.',
                why='Not an ACS domain, PHPMailer on a Hostinger VPS; QR-only PNG so no clickable URL for filters; small fee + 48-hour return threat = card phishing.')


def a_sharepoint_share():
    t = T('GR', 2026, 11, 27, 2, 41, 6)
    url = 'https://ioannidislogistiki-my.sharepoint.com/:o:/g/personal/s_ioannidis_ioannidis-logistiki_gr/EhT4k9Qz2bNFr7aL1cV0pXwB8m3yJd6uKs5eGf0tHnRqZA?e=5Qm8Xa'
    fname = "Εκκαθάριση ΦΠΑ Γ' τριμήνου - Έγγραφα πληρωμής"
    body = """Ο χρήστης Σταύρος Ιωαννίδης μοιράστηκε ένα αρχείο μαζί σας

"Παρακαλώ ελέγξτε τα έγγραφα πληρωμής και επιβεβαιώστε σήμερα. Απαιτείται σύνδεση με τον εταιρικό σας λογαριασμό Microsoft 365."

%s.one

[Άνοιγμα](%s)

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

Δήλωση προστασίας προσωπικών δεδομένων της Microsoft
""" % (fname, url)
    blocks = [('h', 'Ο χρήστης Σταύρος Ιωαννίδης μοιράστηκε ένα αρχείο μαζί σας'), body.split('\n\n')[1], '<b>%s.one</b>'.replace('<b>', '').replace('</b>', '') % fname,
              ('btn', 'Άνοιγμα', url), ('small', body.split('\n\n')[4])]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#036c70', logo_text='SharePoint',
                                                    footer='[Δήλωση προστασίας προσωπικών δεδομένων της Microsoft](https://go.microsoft.com/fwlink/?LinkId=521839)'), 'utf-8', 'quoted-printable')])
    return Mail('sharepoint-onenote-compromised-accountant', t=t, frm=('Σταύρος Ιωαννίδης', 'no-reply@sharepointonline.com'), to=ELENI,
                subject='Ο χρήστης Σταύρος Ιωαννίδης μοιράστηκε το "%s" μαζί σας' % fname, hcs='utf-8', henc='B', body=b,
                tenant=IOANNIDIS_TENANT,
                profile=I.o365, pkw=dict(domain='ioannidis-logistiki.gr', srv='AS2PR08MB9184', region='eurprd08', lang='el-GR',
                                         obe=('EUR05-AM6-obe', 'mail-am6eur05on2081', '40.107.22.81')),
                what='Abuse of a genuine SharePoint sharing notification from the compromised tenant of the external accountants: an urgent "payment documents" OneNote file.',
                why='Genuine Microsoft infrastructure and tenant (passes authentication), but shared at 02:41, OneNote (.one) "payment documents" with pressure to "confirm today" and log in - OneNote pages are the usual hop to an AiTM page; the accountant normally attaches PDFs (business 34).')


def attacks():
    return [a_mydata(), a_bank_kyc(), a_refund_fraud(), a_acs_quishing(), a_sharepoint_share()]


# =========================================================== BUSINESS =====
def b_vafes_order():
    t = T('GR', 2026, 11, 30, 17, 22, 40)
    body = """Καλησπέρα κ. Παπαδόπουλε,

Σας στέλνω την παραγγελία μας για τον Δεκέμβριο (αρ. ΠΑΡ-26-1187), ώστε να προλάβουμε το απόθεμα πριν τις γιορτές:

- Πλαστικό χρώμα εσωτερικών Example Interior Λευκό 9 lt: 180 τεμ.
- Ακρυλικό εξωτερικών Example Facade Λευκό 9 lt: 120 τεμ.
- Αστάρι νερού 3 lt: 96 τεμ.
- Βερνίκι εμποτισμού ξύλου καρυδιά 2,5 lt: 48 τεμ.

Παράδοση στην αποθήκη μας στον Ασπρόπυργο έως 11/12, με τους γνωστούς όρους πληρωμής (60 ημέρες). Η εξόφληση του Οκτωβρίου έγινε στις 29/10 στον λογαριασμό σας στην Εθνική.

Παρακαλώ επιβεβαιώστε διαθεσιμότητα.

Με εκτίμηση,
Κατερίνα Αλεξίου
Προμήθειες & Λογιστήριο
Βαφές Αιγαίου Α.Ε.
Λεωφ. Θηβών 214, 18233 Άγιος Ιωάννης Ρέντης
Τηλ. 210 48 31 220
"""
    order = pdf([('h', 'ΒΑΦΕΣ ΑΙΓΑΙΟΥ Α.Ε. - ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ ΠΑΡ-26-1187'), ('s', 'ΑΦΜ %s - ΔΟΥ ΦΑΕ Πειραιά' % C.VAFES_AFM), ('gap', 6),
                 ('p', 'Προμηθευτής: EXAMPLE HELLAS Μ.Α.Ε., Καλοχώρι Θεσσαλονίκης'), ('rule',),
                 ('row', [(50, 'Είδος'), (420, 'Ποσότητα')]),
                 ('row', [(50, 'Πλαστικό χρώμα εσωτερικών Example Interior Λευκό 9 lt'), (420, '180')]),
                 ('row', [(50, 'Ακρυλικό εξωτερικών Example Facade Λευκό 9 lt'), (420, '120')]),
                 ('row', [(50, 'Αστάρι νερού 3 lt'), (420, '96')]), ('row', [(50, 'Βερνίκι εμποτισμού ξύλου καρυδιά 2,5 lt'), (420, '48')]), ('rule',),
                 ('p', 'Παράδοση: Ασπρόπυργος, έως 11/12/2026. Πληρωμή: 60 ημέρες.')],
                'PAR-26-1187', 'Katerina Alexiou', 'SoftOne ERP', 'SoftOne ERP', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1253', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1253', lang='EL'), 'windows-1253', 'quoted-printable')]),
                        pdf_att(order, 'Paraggelia_PAR-26-1187.pdf')])
    return Mail('vafes-aigaiou-paraggelia-dekemvriou', t=t, frm=KATERINA, to=GIORGOS, cc=[ELENI], subject='Παραγγελία Δεκεμβρίου ΠΑΡ-26-1187',
                hcs='windows-1253', henc='B', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='vafes-aigaiou.gr', smtp_style='sendmail', client_name='PROM-PC1', client_ip='94.69.218.40',
                                                    client_rdns='ppp-94-69-218-40.home.otenet.gr', server='mail.vafes-aigaiou.gr', server_ip='185.4.135.77',
                                                    lang='el', zone='GR'),
                what='Genuine purchase order from a Greek distributor with PDF.',
                why='Customer\'s own domain and mail server from its usual Greek DSL line; ordinary order with known payment terms; confirms the October payment was made once, to our account.',
                pair=(['vafes-aigaiou-epistrofi-diplis-pliromis'], 'Same contact person and the same October payment; genuine domain, no refund or account change.'))


def b_complaint():
    t = T('GR', 2026, 10, 20, 9, 4, 11)
    body = """Κύριε Παπαδόπουλε, καλημέρα.

Παρέλαβα χθες την παραγγελία (δελτίο αποστολής ΔΑ 8823) και από τα 40 δοχεία ριπολίνης 0,75 lt τα 9 ήταν χτυπημένα και τα 3 είχαν ανοίξει και είχαν χυθεί μέσα στο κιβώτιο. Ο οδηγός της μεταφορικής δεν με άφησε να γράψω παρατήρηση στο δελτίο.

Δεν είναι η πρώτη φορά. Θέλω να μου στείλετε αντικατάσταση με την επόμενη αποστολή, αλλιώς θα σας χρεώσω τη ζημιά και θα αφαιρέσω το ποσό από την επόμενη πληρωμή.

Φωτογραφίες έχω στο κινητό, αν τις θέλετε σας τις στέλνω στο viber.

Νίκος Δημητρίου
Χρωματοπωλείο Αφοί Δημητρίου Ο.Ε.
Λάρισα, τηλ. 2410 53 18 77
"""
    b = multi('alternative', [text(body, 'iso-8859-7', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-7', lang='EL'), 'iso-8859-7', 'quoted-printable')])
    return Mail('parapona-pelati-spasmena-doxeia', t=t, frm=('Νίκος Δημητρίου', 'n.dimitriou@otenet.gr'), to=GIORGOS,
                subject='Παράπονο - χτυπημένα δοχεία στην παραγγελία ΔΑ 8823', hcs='iso-8859-7', henc='B', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='otenet.gr', smtp_style='sendmail', client_name='DIMITRIOU-PC', client_ip='79.130.61.204',
                                                    client_rdns='ppp079130061204.access.hol.gr', server='mailout02.otenet.gr', server_ip='83.235.69.32',
                                                    lang='el', zone='GR', version='16.0'),
                what='Genuine complaint from a small paint shop (consumer otenet.gr mailbox, classic Outlook) about damaged tins, threatening to deduct the damage.',
                why='Known customer on his usual ISP mailbox, concrete delivery note, threat is a normal commercial one; no link, attachment or payment redirection.')


def b_accountant():
    t = T('GR', 2026, 11, 10, 9, 37, 5)
    body = """Καλημέρα Ελένη,

Όπως κάθε τρίμηνο, σου στέλνω τη λίστα με τα παραστατικά εξόδων του Γ' τριμήνου που δεν έχουν ακόμα χαρακτηριστεί στο myDATA (συνημμένο PDF, 14 παραστατικά, κυρίως τιμολόγια μεταφορικών και ενέργειας).

Θα ήθελα να τα έχουμε χαρακτηρίσει έως τις 20/11, ώστε να κλείσουμε την περιοδική ΦΠΑ Οκτωβρίου χωρίς αποκλίσεις. Ό,τι δεν βρεις, στείλε μου τα PDF και τα περνάω εγώ.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει email με συνδέσμους για πρόστιμα myDATA. Αν σου έρθει κάτι τέτοιο, προώθησέ το μου πριν κάνεις οτιδήποτε.

Καλή συνέχεια,
Σταύρος Ιωαννίδης
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Ιωαννίδης
Τσιμισκή 112, 54622 Θεσσαλονίκη
Τηλ. 2310 26 44 18
"""
    rows = [('ΤΔΑ 2210', 'ΔΙΕΘΝΕΙΣ ΜΕΤΑΦΟΡΕΣ ΒΟΡΕΙΟΥ', '1.240,00'), ('ΤΠΥ 88412', 'ΔΕΗ ΑΕ', '3.118,62'), ('ΤΔΑ 731', 'ΠΑΛΕΤΕΣ ΜΑΚΕΔΟΝΙΑΣ', '612,40'),
            ('ΤΠΥ 5519', 'ΚΑΘΑΡΙΣΜΟΙ ΘΕΡΜΑΙΚΟΣ', '380,00')]
    doc = pdf([('h', "Εκκρεμότητες χαρακτηρισμού myDATA - Γ' τρίμηνο 2026"), ('p', 'EXAMPLE HELLAS Μ.Α.Ε. - ΑΦΜ %s' % C.EXG_GR_AFM), ('rule',),
               ('row', [(50, 'Παραστατικό'), (160, 'Εκδότης'), (460, 'Ποσό €')])]
              + [('row', [(50, a), (160, b_), (460, c)]) for a, b_, c in rows]
              + [('p', '... και 10 ακόμη παραστατικά (βλ. αναλυτικό αρχείο στο γραφείο).')],
              'Ekkremotites myDATA', 'S. Ioannidis', 'Microsoft® Excel® για Microsoft 365', 'Microsoft® Excel® για Microsoft 365', t)
    b = multi('mixed', [multi('alternative', [text(body, 'iso-8859-7', 'base64'),
                                              htmlpart(html_outlook(body, 'iso-8859-7', lang='EL'), 'iso-8859-7', 'base64')]),
                        pdf_att(doc, "Εκκρεμότητες_myDATA_Γ_τριμήνου.pdf", charset='utf-8')])
    return Mail('logistis-mydata-ekkremotites', t=t, frm=STAVROS, to=ELENI, subject="Εκκρεμότητες χαρακτηρισμού myDATA Γ' τριμήνου",
                hcs='iso-8859-7', henc='B', body=b, tenant=IOANNIDIS_TENANT,
                profile=I.o365, pkw=dict(domain='ioannidis-logistiki.gr', srv='AS2PR08MB9184', region='eurprd08', lang='el-GR', has_attach=True,
                                         obe=('EUR05-AM6-obe', 'mail-am6eur05on2080', '40.107.22.80')),
                what='Genuine quarterly e-mail from the external accountants about unclassified myDATA expense documents, PDF attached.',
                why='Known accountant from his firm\'s Microsoft 365 tenant during office hours, PDF attached directly, no link or login, explicitly warns about fake AADE mails.',
                pair=(['aade-mydata-prostimo-phishing', 'sharepoint-onenote-compromised-accountant'], 'Same myDATA topic and the same tenant that is later abused; here office hours, plain PDF attachment, no sign-in.'))


def b_holiday():
    t = T('GR', 2026, 10, 26, 16, 10, 58)
    body = """Καλησπέρα σε όλους,

Σας υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου (εθνική επέτειος) τα γραφεία και η αποθήκη στο Καλοχώρι θα παραμείνουν κλειστά. Οι παραλαβές και οι αποστολές της Τετάρτης μεταφέρονται στην Πέμπτη 29/10 - η μεταφορική έχει ήδη ενημερωθεί.

Όσοι έχετε εκκρεμείς παραγγελίες πελατών με παράδοση αυτή την εβδομάδα, παρακαλώ ενημερώστε τους έως αύριο.

Καλή γιορτή,
Γιώργος

Γιώργος Παπαδόπουλος
Office Manager - Example Hellas Μ.Α.Ε.
Τηλ. +30 2310 75 101
"""
    b = multi('alternative', [text(body, 'windows-1253', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'windows-1253', lang='EL'), 'windows-1253', 'quoted-printable')])
    return Mail('anakoinosi-argia-28-oktovriou', t=t, frm=C.P('gr_mgr'), to=('Όλοι Θεσσαλονίκη', 'oloi-thessaloniki@example.com'), rcpt=ELENI[1],
                subject='Αργία 28ης Οκτωβρίου - κλειστά γραφεία και αποθήκη', hcs='windows-1253', henc='B', body=b,
                profile=I.exchange_internal, pkw=dict(host='EXCH01', lang='el-GR', client_ip='10.80.0.17'),
                what='Genuine internal notice: Thessaloniki office and warehouse closed on the 28 October national holiday.',
                why='Internal Exchange -> mail-int01 path, purely informational.')


def b_newsletter():
    t = T('GR', 2026, 11, 16, 10, 0, 9)
    items = [('Νέα σήμανση CLP στις συσκευασίες χρωμάτων από 1/1/2027', 'https://pe-chromatopolon.gr/nea/clp-2027'),
             ('Σεμινάριο χρωματομετρίας και tinting, Θεσσαλονίκη 4/12', 'https://pe-chromatopolon.gr/ekdiloseis/seminario-tinting'),
             ('Τιμές πρώτων υλών: σταθεροποίηση στο διοξείδιο του τιτανίου', 'https://pe-chromatopolon.gr/agora/tio2-noemvrios')]
    ptxt = 'Χρωματιστά Νέα - Ενημερωτικό δελτίο Νοεμβρίου 2026\n\n'
    blocks = [('h', 'Χρωματιστά Νέα · Νοέμβριος 2026')]
    for title, u in items:
        ptxt += '%s\n%s\n\n' % (title, u)
        blocks.append('[%s](%s)' % (title, u))
    foot = ('Λαμβάνετε αυτό το μήνυμα επειδή είστε εγγεγραμμένο μέλος της Πανελλήνιας Ένωσης Χρωματοπωλών.\n'
            '[Διαγραφή από τη λίστα](https://examplelist.us14.list-manage.com/unsubscribe?u=a81f3b9c2d7e5f4061c8d92ab&id=5d3e8a1c7f) · Πανελλήνια Ένωση Χρωματοπωλών, Εγνατίας 54, 54625 Θεσσαλονίκη')
    ptxt += plain(foot, 'paren')
    b = multi('alternative', [text(ptxt, 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#b3261e', logo_text='Πανελλήνια Ένωση Χρωματοπωλών', footer=foot), 'utf-8', 'quoted-printable')])
    return Mail('newsletter-enosi-chromatopolon-mailchimp', t=t, frm=('Πανελλήνια Ένωση Χρωματοπωλών', 'info@pe-chromatopolon.gr'), to=GIORGOS,
                subject='Χρωματιστά Νέα Νοεμβρίου: σήμανση CLP 2027, σεμινάριο tinting', hcs='utf-8', henc='B', body=b, profile=I.mailchimp,
                what='Subscribed Greek trade-association newsletter sent through Mailchimp.',
                why='Mailchimp infrastructure with List-Unsubscribe/List-ID/X-Report-Abuse, membership notice, links only to the association\'s site.')


def business():
    return [b_vafes_order(), b_complaint(), b_accountant(), b_holiday(), b_newsletter()]
