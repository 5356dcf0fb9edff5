# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers

GR_EXAMPLE_IBAN = iban_gr('017', '0231', '0005231044782157')
GR_TYROKOMIA_IBAN = iban_gr('011', '0442', '0000044200318876')


# ----------------------------------------------------------------- 32 -------
@message('business', 32, 'el', 'customer-payment-confirmation-pdf',
         what='Genuine payment confirmation from the Greek customer Nikos Dimitriou: Eurobank transfer slip for two invoices as PDF, sent with Outlook through OTEnet SMTP from his Greek home line.',
         why='Same OTEnet address as attack/35 but submitted from his usual Greek DSL line with his usual mail client, the proof is an ordinary PDF that shows the company\'s known Piraeus account, nothing to log in to.',
         hn=(['35-el-compromised-customer-html-payment-proof.eml'],
             'same customer address and topic (payment proof); genuine one is a PDF from the customer\'s normal client/IP'))
def b32():
    rn, ra = S('gr_acc')
    c = ctx('b32', '2026-11-05 10:18:09', 'EET', ra)
    frm = 'n.dimitriou@otenet.gr'
    inf = postfix_submission(c, 'mailout3.otenet.gr', '83.235.69.23', 'ppp079166012201.access.hol.gr', '79.166.12.201', frm,
                             client_helo='DIMITRIOU-PC', msgid_style='outlook16', domain='otenet.gr', zone='EET')
    text = """Καλημέρα κα Καραγιάννη,

σας στέλνω συνημμένο το αποδεικτικό της μεταφοράς από την Eurobank για τα τιμολόγια 2026/1042 και 2026/1068 (σύνολο 6.184,20 €). Η πληρωμή έγινε χθες, οπότε θα τη δείτε σήμερα ή αύριο στον λογαριασμό σας στην Πειραιώς.

Παρακαλώ ενημερώστε με αν χρειάζεστε κάτι άλλο για τη συμφωνία υπολοίπων του τέλους χρόνου.

Με εκτίμηση,
Νίκος Δημητρίου
Γαλακτοκομικά Δημητρίου
Καλαμαριά, Θεσσαλονίκη
τηλ. 2310 447 219
"""
    slip = pdf(c, [[(-14, 'Eurobank - Payment confirmation / Apodeiktiko metaforas'), (9, ''),
                    (10, 'Date: 04/11/2026     Reference: EB2026110400418822'),
                    (10, 'Ordering customer: DIMITRIOU NIKOLAOS'), (10, 'Beneficiary: EXAMPLE GROUP HELLAS MIKE'),
                    (10, 'Beneficiary IBAN: ' + fmt_iban(GR_EXAMPLE_IBAN) + ' (Piraeus Bank)'),
                    (10, 'Amount: EUR 6,184.20'), (10, 'Details: TIM 2026/1042 2026/1068'), (10, ''),
                    (9, 'This document is a confirmation of an order executed through Eurobank e-Banking.')]],
               'Apodeiktiko', 'Eurobank e-Banking', 'Eurobank e-Banking', 'iText 7.2.5')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='iso-8859-7', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'EL', 'Calibri', 'iso-8859-7'), 'html', 'iso-8859-7', 'quoted-printable')], b2),
                           Bin(slip, 'application/pdf', 'Eurobank_apodeiktiko_20261104.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', addr('Νίκος Δημητρίου', frm, 'iso-8859-7', 'B')),
          ('To', addr('Eleni Karagianni', ra)),
          ('Subject', htext('Πληρωμή τιμολογίων 2026/1042 και 2026/1068', 'iso-8859-7', 'B')),
          ('Date', rfc(c.t, 'EET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'el')]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 33 -------
@message('business', 33, 'el', 'manager-urgent-payment-internal',
         what='The Greek office manager\'s genuine urgent request via the internal Exchange/relay: pay today the 30 % prepayment to the known feta supplier; invoice already booked, approval from Kempten in the workflow, "call me if bank details changed".',
         why='Internal path, supplier and invoice known to the accountant, approval workflow mentioned, explicitly tells her not to pay if bank details changed and to call. Urgent but controlled.',
         hn=(['33-el-internal-domain-spoof-urgent-payment.eml'],
             'same sender name, same recipient, same "urgent feta prepayment"; genuine one comes through mail-int01 and keeps controls'))
def b33():
    rn, ra = S('gr_acc')
    c = ctx('b33', '2026-12-04 11:40:12', 'EET', ra)
    inf = exchange_internal(c, zone='EET', client_ip='10.60.1.15')
    text = """Ελένη, καλημέρα,

μπορείς σε παρακαλώ να προχωρήσεις σήμερα την πληρωμή της προκαταβολής στην Τυροκομία Ηπείρου για την παραγγελία φέτας ΠΟΠ του Δεκεμβρίου (τιμολόγιο προκαταβολής 2026/ΤΠ/3381, 18.420,00 €); Είναι σύμφωνα με τη σύμβαση πλαισίου και το τιμολόγιο το έχει ήδη καταχωρήσει η Σοφία στο σύστημα. Η έγκριση της Sabine από το Kempten υπάρχει στο workflow.

Ο λογαριασμός είναι ο γνωστός από την καρτέλα του προμηθευτή - αν δεις οποιαδήποτε αλλαγή στα τραπεζικά τους στοιχεία, μην πληρώσεις και πάρε με τηλέφωνο.

Είμαι στο γραφείο μέχρι τις 3, μετά στο κινητό.

Ευχαριστώ,
Γιώργος
"""
    body = alt(c, Text(text, charset='windows-1253', cte='quoted-printable'),
               Text(html_outlook(text, 'EL', 'Calibri', 'windows-1253'), 'html', 'windows-1253', 'quoted-printable'),
               boundary=inf.boundary())
    hs = internal_headers(c, inf, 'gr_mgr', ['gr_acc'], 'Πληρωμή προκαταβολής Τυροκομία Ηπείρου - σήμερα', charset='windows-1253', lang='el-GR',
                          importance='high')
    return assemble(c, inf, hs, body, S('gr_mgr')[1])


# ----------------------------------------------------------------- 34 -------
@message('business', 34, 'el', 'accountant-mydata-correction-note',
         what='The Greek subsidiary\'s external accountant reports three sales invoices transmitted to myDATA with the wrong classification, will correct them himself, attaches the list as PDF and warns about fake AADE e-mails.',
         why='Known accountant on his firm\'s domain via its hosted server (Thunderbird, Greek office line), explains the issue factually, explicitly says no TAXISnet login is needed; ordinary PDF.',
         hn=(['32-el-aade-mydata-discrepancy-phish.eml'],
             'same myDATA discrepancy topic; genuine one comes from the accountant and asks for no login'))
def b34():
    rn, ra = S('gr_acc')
    c = ctx('b34', '2026-11-10 17:24:51', 'EET', ra)
    frm = 'p.ioannidis@ioannidis-logistiki.gr'
    inf = postfix_client(c, 'mail.ioannidis-logistiki.gr', '185.138.42.90', 'athedsl-4463912.home.otenet.gr', '94.69.118.44', frm, zone='EET')
    text = """Καλησπέρα Ελένη,

σχετικά με το myDATA: έκανα τη συμφωνία των χαρακτηρισμών εσόδων για το γ' τρίμηνο και βρήκα 3 παραστατικά πωλήσεων προς Δημητρίου που διαβιβάστηκαν με λάθος κατηγορία χαρακτηρισμού (category1_1 αντί για category1_2). Δεν υπάρχει θέμα προστίμου, απλώς τα διορθώνουμε πριν από την υποβολή της περιοδικής δήλωσης ΦΠΑ Νοεμβρίου.

Θα τα διορθώσω εγώ από την εφαρμογή του γραφείου - δεν χρειάζεται να μπεις στο TAXISnet. Σου στέλνω συνημμένα τη λίστα σε PDF για έλεγχο.

Επίσης: κυκλοφορούν ψεύτικα email «από την ΑΑΔΕ» για αποκλίσεις στο myDATA με σύνδεσμο για κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια links - αγνόησέ τα και προώθησέ τα μου αν σου έρθουν.

Φιλικά,
Παναγιώτης Ιωαννίδης
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Ιωαννίδης
Τσιμισκή 112, 546 22 Θεσσαλονίκη
τηλ. 2310 238 416
"""
    lst = pdf(c, [[(-13, 'Logistiko Grafeio Ioannidis - myDATA elegxos xaraktirismon Q3 2026'), (9, 'Pelatis: EXAMPLE GROUP HELLAS MIKE - AFM ' + AFM_EXAMPLE_GR), (9, ''),
                   (10, 'Parastatiko      Imerominia   Antisymvalomenos      Axia         Diavivastike   Sosto'),
                   (10, 'TDA 2026/0977    12/08/2026   Dimitriou N.          1.842,00     category1_1    category1_2'),
                   (10, 'TDA 2026/1003    29/08/2026   Dimitriou N.          2.115,60     category1_1    category1_2'),
                   (10, 'TDA 2026/1029    18/09/2026   Dimitriou N.          1.906,40     category1_1    category1_2'), (10, ''),
                   (10, 'Energeia: akyrosi xaraktirismou kai epanadiavivasi apo to grafeio (ERP).')]],
              'myDATA Q3 2026', 'P. Ioannidis', 'LibreOffice Calc', 'LibreOffice 24.8')
    body = Multi('mixed', [Text(text, charset='UTF-8', cte='quoted-printable', params='; format=flowed', quoted=False),
                           Bin(lst, 'application/pdf', 'myDATA_elegxos_Q3_2026.pdf', sep='; ')], tb_boundary(c),
                 preamble='This is a multi-part message in MIME format.')
    hs = [('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'EET')),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', 'el'),
          ('To', 'Eleni Karagianni <%s>' % ra),
          ('From', addr('Παναγιώτης Ιωαννίδης', frm, 'UTF-8', 'B')),
          ('Subject', htext('myDATA - διόρθωση χαρακτηρισμών γ\' τριμήνου', 'UTF-8', 'Q', mode='words'))]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 35 -------
@message('business', 35, 'el', 'supplier-order-confirmation',
         what='Order confirmation from the Greek PDO feta supplier Tyrokomia Ipirou for December (120 tins, 400 cases), delivery date, 30 % prepayment to its known National Bank account, PDF confirmation.',
         why='Known supplier on its Exchange Online tenant, consistent with the framework agreement and business/33, account unchanged, normal PDF.')
def b35():
    rn, ra = S('gr_mgr')
    c = ctx('b35', '2026-11-30 10:12:37', 'EET', ra)
    frm = 'orders@tyrokomia-ipirou.gr'
    inf = m365(c, 'EUR', zone='EET')
    text = """Καλημέρα κ. Παπαδόπουλε,

επιβεβαιώνουμε την παραγγελία σας αρ. EXG-GR-2026-118:

- Φέτα ΠΟΠ σε άλμη, δοχείο 15 kg - 120 δοχεία
- Φέτα ΠΟΠ vacuum 200 g - 400 κιβώτια των 12 τεμαχίων

Παράδοση: 14/12/2026 στην αποθήκη σας στη Θέρμη, με ψυκτικό όχημα.

Η προκαταβολή 30%% (18.420,00 €) σύμφωνα με τη σύμβαση πλαισίου, στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα (%s). Επισυνάπτουμε την επιβεβαίωση παραγγελίας σε PDF.

Με εκτίμηση,
Σοφία Νικολάου
Τμήμα Πωλήσεων
Τυροκομία Ηπείρου Α.Ε.
Βιομηχανική Περιοχή Ιωαννίνων
τηλ. 26510 58 240
""" % fmt_iban(GR_TYROKOMIA_IBAN)
    conf = pdf(c, [[(-14, 'Tyrokomia Ipirou A.E. - Order confirmation EXG-GR-2026-118'), (9, 'Industrial Area of Ioannina'), (9, ''),
                    (10, 'Customer: Example Group Hellas MIKE, Thermi, Thessaloniki - AFM ' + AFM_EXAMPLE_GR),
                    (10, '1. Feta PDO in brine, 15 kg tin          120 tins      EUR 34,200.00'),
                    (10, '2. Feta PDO vacuum 200 g, case of 12     400 cases     EUR 27,200.00'),
                    (10, 'Total (excl. VAT)                                       EUR 61,400.00'), (10, ''),
                    (10, 'Delivery: 14/12/2026, reefer truck, Thermi warehouse'),
                    (10, 'Prepayment 30 %: EUR 18,420.00 to ' + fmt_iban(GR_TYROKOMIA_IBAN) + ' (National Bank of Greece)')]],
               'Order confirmation EXG-GR-2026-118', 'Sofia Nikolaou', 'SoftOne ERP', 'SoftOne ERP')
    b = inf.boundary()
    body = Multi('mixed', [alt(c, Text(text, charset='windows-1253', cte='quoted-printable'),
                               Text(html_outlook(text, 'EL', 'Aptos', 'windows-1253'), 'html', 'windows-1253', 'quoted-printable'),
                               boundary=b.replace('_000_', '_000_a')),
                           Bin(conf, 'application/pdf', 'Epivevaiosi_EXG-GR-2026-118.pdf', size_param=True)], b.replace('_000_', '_004_'))
    hs = [('From', addr('Σοφία Νικολάου | Τυροκομία Ηπείρου', frm, 'windows-1253', 'Q')),
          ('To', addr('Giorgos Papadopoulos', ra)),
          ('Subject', htext('Επιβεβαίωση παραγγελίας EXG-GR-2026-118', 'windows-1253', 'Q')),
          ('Thread-Topic', htext('Επιβεβαίωση παραγγελίας EXG-GR-2026-118', 'windows-1253', 'Q')),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'el-GR, en-US'),
          ('Content-Language', 'el-GR')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 36 -------
@message('business', 36, 'el', 'newsletter-dairy-news-mailchimp',
         what='Subscribed Greek dairy-sector newsletter ("Γαλακτοκομική Ενημέρωση": milk prices, feta exports, PDO news) sent through Mailchimp with List-Unsubscribe.',
         why='Opt-in newsletter via a mainstream ESP with all bulk/unsubscribe headers, informational content, no requests.')
def b36():
    rn, ra = S('gr_mgr')
    c = ctx('b36', '2026-12-07 08:00:02', 'EET', ra)
    uid, lid, cid = tok('b36u', 25, '0123456789abcdef'), tok('b36l', 10, '0123456789abcdef'), tok('b36c', 10, '0123456789abcdef')
    inf = mailchimp(c, uid, lid, cid, 'Galaktokomiki Enimerosi', 'galaktokomiki')
    trk = 'https://galaktokomiki.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (uid, tok('b36t', 10, '0123456789abcdef'), tok('b36e', 10, '0123456789abcdef'))
    text = """Γαλακτοκομική Ενημέρωση - Εβδομάδα 49/2026

Καλημέρα,

- Τιμή αιγοπρόβειου γάλακτος: σταθερή στα 1,42-1,48 €/λίτρο στην Ήπειρο και τη Θεσσαλία.
- Εξαγωγές φέτας ΠΟΠ: +4,2%% στο δεκάμηνο, με Γερμανία και Ηνωμένο Βασίλειο στις πρώτες θέσεις.
- Νέοι κανόνες επισήμανσης προέλευσης γάλακτος από 1/1/2027.

Διαβάστε ολόκληρο το τεύχος: %s

Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο ενημερωτικό δελτίο.
Διαγραφή: https://galaktokomiki.us21.list-manage.com/unsubscribe?u=%s&id=%s
""" % (trk, uid, lid)
    html = brand_html('Εβδομάδα 49/2026', ['Καλημέρα,', '<br>'.join(mime.esc(l) for l in text.split('\n\n')[2].split('\n'))],
                      'Ολόκληρο το τεύχος', trk,
                      'Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο ενημερωτικό δελτίο. <a href="https://galaktokomiki.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s">Διαγραφή</a>' % (uid, lid),
                      color='#0d47a1', logo_text='Γαλακτοκομική Ενημέρωση', lang='el', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'), Text(html, 'html', 'utf-8', 'quoted-printable')], inf.boundary())
    hs = [('Subject', htext('Γαλακτοκομική Ενημέρωση: τιμές γάλακτος, εξαγωγές φέτας, νέα επισήμανση', 'utf-8', 'B')),
          ('From', addr('Γαλακτοκομική Ενημέρωση', 'news@galaktokomiki-enimerosi.gr', 'utf-8', 'B')),
          ('To', '<%s>' % ra),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce-mc.us21_%s.%s-%s=examplegroup.eu@mail%s' % (uid[:12], cid, ra.split('@')[0], inf.client[0][4:]), mime_pos=5)
