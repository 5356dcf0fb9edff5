"""Greek genuine business messages (32-36)."""
from common import *  # noqa
from banking import gr_iban, spaced
from providers import M365, otenet_outlook, sendgrid
from routes import ExchangeInternal, Webmail, hop_postfix_sub, ORDER_PHP

MESSAGES = []
AEGEAN_IBAN = gr_iban('017', '0325', '0005325012345678')   # Piraeus Bank

# ------------------------------------------------------------------ 32 supplier invoice with myDATA MARK
pdf32 = pdf([[
    ('b', 'AEGEAN FISH FARMS S.A. / AIGAIO IXTHYOKALLIERGEIES A.E.'),
    ('s', 'Aitoliko, 30400 Aitoloakarnania, Greece - VAT EL 099 812 445 - DOY Mesologgiou'), '',
    ('h', 'TIMOLOGIO POLISIS / SALES INVOICE  TP-A 4418'), '',
    'Customer: EXAMPLE GROUP HELLAS M.E.P.E., Akti Miaouli 47, 185 36 Piraeus, VAT EL 801 447 240', '',
    ('t', [(0, 'Date'), (150, '20.11.2026')]), ('t', [(0, 'Delivery'), (150, '19.11.2026, Piraeus')]),
    ('t', [(0, 'Payment'), (150, 'Bank transfer, 30 days')]), ('t', [(0, 'myDATA MARK'), (150, '400001951228337')]), '',
    ('t', [(0, 'Item'), (240, 'Qty kg'), (320, 'Price'), (420, 'Amount EUR')]),
    ('t', [(0, 'Gilthead sea bream 400-600 g, fresh, ice'), (240, '3.200'), (320, '6,10'), (420, '19.520,00')]),
    ('t', [(0, 'European sea bass 400-600 g, fresh, ice'), (240, '1.800'), (320, '6,85'), (420, '12.330,00')]),
    ('t', [(0, 'Styrofoam boxes 6 kg (returnable deposit)'), (240, '834 pcs'), (320, '0,40'), (420, '333,60')]), '',
    ('t', [(240, 'Net'), (420, '32.183,60')]), ('t', [(240, 'VAT 13%'), (420, '4.183,87')]),
    ('t', [(240, 'Total'), (420, '36.367,47')]), '',
    'Piraeus Bank - IBAN ' + spaced(AEGEAN_IBAN) + ' - BIC PIRBGRAA',
    ('s', 'Transmitted to AADE myDATA - provider: Epsilon Net e-invoicing'),
]], title='TP-A 4418', author='Aegean Fish Farms', creator='Epsilon Smart', producer='Epsilon Net Pylon',
    date="20261120080512+02'00'")
t32 = """Αξιότιμοι κύριοι,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης ΤΠ-Α 4418 της 20.11.2026 για την παράδοση της 19.11.2026 (νωπή τσιπούρα και λαβράκι).

Το παραστατικό έχει διαβιβαστεί στο myDATA μέσω του παρόχου μας με ΜΑΡΚ 400001951228337.

Σύνολο: 36.367,47 €
Πληρωμή: εντός 30 ημερών, στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (IBAN {iban}).

Με εκτίμηση,

Λογιστήριο
Aegean Fish Farms Α.Ε.
Αιτωλικό, 30400 Αιτωλοακαρνανία
Τ. +30 26320 55 400""".format(iban=spaced(AEGEAN_IBAN))
MESSAGES.append(dict(
    slug='aegean-timologio-mydata',
    frm=('Λογιστήριο Aegean Fish Farms', 'logistirio@aegeanfishfarms.gr'), to=[S['acc_gr']],
    subject='Τιμολόγιο ΤΠ-Α 4418 / 20.11.2026',
    date='2026-11-20 08:07:55', zone='GR',
    via=M365(region='EUR04', pod='GV1', prd='eurprd04', lang='el-GR', hdr_cs='iso-8859-7', tenant='aegeanfishfarms', ipnet='40.107.7'),
    body=mixed(alt(Text(t32, 'iso-8859-7', 'quoted-printable'), Text(h_outlook(t32, 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable', 'html')),
               Att('TPA_4418.pdf', 'application/pdf', pdf32, dates='Fri, 20 Nov 2026 06:05:12 GMT')),
    what='Sales invoice from the Greek fish-farm supplier for sea bream and sea bass, with its myDATA MARK, payable to the known Piraeus Bank account.',
    why='Supplier\'s real domain aegeanfishfarms.gr on its Microsoft 365 tenant, MARK reference, usual Greek IBAN, no change request.',
    hardneg=['aegean-lookalike-cyprus-account', 'aade-mydata-taxisnet'],
    hardneg_note='same supplier / myDATA topic; genuine domain, known account, no login',
))

# ------------------------------------------------------------------ 33 taverna order (otenet, Outlook)
t33 = """Καλημέρα Γιώργο,

για το Σαββατοκύριακο θέλω:

- τσιπούρες 400-600, 25 κιλά
- λαβράκια 400-600, 20 κιλά
- καλαμάρι κατεψυγμένο Νέας Ζηλανδίας, 2 κιβώτια
- γαρίδα κατεψυγμένη Αργεντινής L1, 10 κιλά
- χταπόδι Μαρόκου, 15 κιλά

Να έρθουν Παρασκευή πρωί μέχρι τις 10, γιατί το μεσημέρι έχουμε τραπέζι για βάφτιση (60 άτομα). Την πληρωμή όπως πάντα με το τιμολόγιο στο τέλος του μήνα.

Ευχαριστώ,
Κώστας Δημητρίου
Ταβέρνα «Το Κύμα»
Ακτή Θεμιστοκλέους 212, Πειραιάς
τηλ. 210 45 18 337"""
MESSAGES.append(dict(
    slug='taverna-paraggelia-otenet',
    frm=('Κώστας Δημητρίου', 'kdimitriou@otenet.gr'), to=[S['mgr_gr']],
    subject='Παραγγελία για Παρασκευή',
    date='2026-11-25 08:26:33', zone='GR',
    via=otenet_outlook('TAVERNA-PC', '94.66.219.104', hdr_cs='windows-1253'),
    body=alt(Text(t33, 'windows-1253', 'quoted-printable'), Text(h_outlook(t33, 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable', 'html')),
    what='Weekend order from a Piraeus taverna owner sent with Outlook over his otenet.gr account.',
    why='Long-standing customer\'s known consumer address via OTE\'s mail servers, plain order with realistic items, no links, attachments or payment changes.',
    hardneg=['rfq-html-attachment-greek'], hardneg_note='customer asking for seafood supply, but a plain order instead of an HTML "RFQ" login',
))

# ------------------------------------------------------------------ 34 carrier delivery schedule (ERP mail, iso-8859-7 8bit)
t34 = """ΨΥΧΡΟΜΕΤΑΦΟΡΕΣ ΑΤΤΙΚΗΣ - ΠΡΟΓΡΑΜΜΑ ΔΙΑΝΟΜΩΝ

Πελάτης: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.
Ημερομηνία διανομής: Πέμπτη 03/12/2026
Όχημα: ΙΚΥ 4418 (ψυγείο -18 / +2), οδηγός: Σ. Μαυρίδης, κιν. 694 411 2873

Α/Α  Παραλήπτης                          Περιοχή       Παλέτες  Ώρα
1    Ταβέρνα Το Κύμα                     Πειραιάς      1        07:30
2    Super Market Γαλαξίας (κατ/μα 118)  Νίκαια        3        08:45
3    Ξενοδοχείο Poseidon Riviera         Βουλιαγμένη   2        10:30
4    Ιχθυοπωλείο Θάλασσα                 Γλυφάδα       1        11:40

Παρακαλούμε τα δελτία αποστολής να είναι έτοιμα στη ράμπα 2 έως τις 06:30.
Για αλλαγές: dispatch@attica-cold.gr ή 210 49 18 220.

-- 
Μήνυμα από το σύστημα διανομών Soft1. Για απαντήσεις χρησιμοποιήστε το dispatch@attica-cold.gr."""
MESSAGES.append(dict(
    slug='psyxromet-programma-dianomon',
    frm=('Ψυχρομεταφορές Αττικής - Dispatch', 'dispatch@attica-cold.gr'), to=[S['mgr_gr']],
    subject='Πρόγραμμα διανομών Πέμπτης 03/12/2026 - EXAMPLE GROUP HELLAS',
    date='2026-12-02 16:40:05', zone='GR',
    via=Webmail(('mail.attica-cold.gr', 'mail.attica-cold.gr', '185.4.134.57'),
                [hop_postfix_sub('soft1-app.attica-cold.local', 'unknown', '10.10.1.25', 'mail.attica-cold.gr', 'GR',
                                 proto='ESMTP', tls=False)],
                lambda c: '<SOFT1.%s.%d@attica-cold.gr>' % (c.hx('s1', 12, True), c.i('s2', 10 ** 5, 10 ** 6)),
                mailer=('X-Mailer', 'Soft1 Series 5 Mail'), order=ORDER_PHP, ctstyle='generic',
                hdr_cs='iso-8859-7', hdr_enc='B'),
    body=Text(t34, 'iso-8859-7', '8bit'),
    what='Automated delivery schedule from the Attica reefer carrier\'s ERP (Soft1) listing Thursday\'s drops for Example Group Hellas.',
    why='Carrier\'s own mail server relaying its ERP, plain-text schedule with vehicle, driver and drop list, contact addresses on the same domain, no links or payment.',
    hardneg=['acs-courier-telos'], hardneg_note='delivery notification, but from the real carrier without payment link',
))

# ------------------------------------------------------------------ 35 internal: manager asks accountant to pay VAT today
t35 = """Ελένη καλημέρα,

σήμερα (30/11) λήγει η προθεσμία για τη δήλωση και πληρωμή ΦΠΑ Οκτωβρίου. Η δήλωση έχει υποβληθεί από τον λογιστή μας και η ταυτότητα οφειλής είναι στο myAADE. Μπορείς σε παρακαλώ να την πληρώσεις από το e-banking της Εθνικής πριν τις 14:00 και να μου στείλεις το αποδεικτικό;

Επίσης, η Sabine από τα κεντρικά ζήτησε μέχρι την Πέμπτη τα στοιχεία μισθοδοσίας Νοεμβρίου (υπερωρίες αποθήκης) - τα έχει η Δέσποινα σε excel.

Είμαι στο γραφείο όλη μέρα, αν θέλεις κάτι πάρε με στο εσωτερικό 310.

Ευχαριστώ,
Γιώργος

Giorgos Papadopoulos
Office Manager | Example Group Hellas M.E.P.E.
Akti Miaouli 47, 185 36 Piraeus | +30 210 41 27 300"""
MESSAGES.append(dict(
    slug='esoteriko-fpa-pliromi',
    frm=S['mgr_gr'], to=[S['acc_gr']],
    subject='ΦΠΑ Οκτωβρίου - πληρωμή σήμερα',
    date='2026-11-30 09:04:41', zone='GR',
    via=ExchangeInternal('HQ-EXCH01', 'el-GR', ws_ip='10.60.1.23', hdr_cs='iso-8859-7', hdr_enc='B'),
    body=alt(Text(t35, 'iso-8859-7', 'quoted-printable'), Text(h_outlook(t35, 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable', 'html')),
    what='The Piraeus office manager internally asks the accountant to pay the October VAT due today via the company\'s own e-banking and reminds her of payroll data for HQ.',
    why='Internal route (Exchange + mail-int01), payment to the tax authority via an official payment code in myAADE from the company\'s own bank, manager reachable on internal extension.',
    hardneg=['manager-impersonation-whatsapp'], hardneg_note='same manager and urgency to the same accountant, but internal, transparent and reachable by phone',
))

# ------------------------------------------------------------------ 36 newsletter (SendGrid)
t36 = """Ιχθυοκαλλιέργεια Σήμερα - Εβδομαδιαίο ενημερωτικό | 4 Δεκεμβρίου 2026

Προβολή στον browser: https://ichthyokalliergeia-simera.gr/newsletter/2026-49

ΤΑ ΘΕΜΑΤΑ ΤΗΣ ΕΒΔΟΜΑΔΑΣ

Τιμές παραγωγού: σταθεροποίηση για τσιπούρα, μικρή άνοδος για λαβράκι
Οι τιμές παραγωγού για τσιπούρα 400-600 γρ. παρέμειναν αμετάβλητες για τρίτη εβδομάδα, ενώ το λαβράκι κινήθηκε ανοδικά λόγω αυξημένης ζήτησης από Ιταλία και Ισπανία.

Ενισχύσεις ΠΑΛΥΘ 2021-2027: νέα πρόσκληση για εκσυγχρονισμό μονάδων
Δημοσιεύτηκε η πρόσκληση για επενδύσεις σε πλωτές μονάδες και συσκευαστήρια, με προθεσμία υποβολής έως τον Μάρτιο 2027.

Εξαγωγές: αύξηση 7% στο ενδεκάμηνο
Σύμφωνα με τα στοιχεία του κλάδου, οι εξαγωγές ιχθύων ιχθυοκαλλιέργειας αυξήθηκαν κατά 7% σε όγκο.

Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο ενημερωτικό δελτίο μας.
Διαγραφή: https://ichthyokalliergeia-simera.gr/unsubscribe?u=giorgos.papadopoulos%40example.com
Ιχθυοκαλλιέργεια Σήμερα, Λ. Συγγρού 120, 117 45 Αθήνα"""
h36 = h_notice('UTF-8', 'Ιχθυοκαλλιέργεια Σήμερα - 4 Δεκεμβρίου 2026', [
    '<b>Τιμές παραγωγού: σταθεροποίηση για τσιπούρα, μικρή άνοδος για λαβράκι</b><br>Οι τιμές παραγωγού για τσιπούρα 400-600 γρ. παρέμειναν αμετάβλητες για τρίτη εβδομάδα, ενώ το λαβράκι κινήθηκε ανοδικά λόγω αυξημένης ζήτησης από Ιταλία και Ισπανία.',
    '<b>Ενισχύσεις ΠΑΛΥΘ 2021-2027: νέα πρόσκληση για εκσυγχρονισμό μονάδων</b><br>Δημοσιεύτηκε η πρόσκληση για επενδύσεις σε πλωτές μονάδες και συσκευαστήρια, με προθεσμία υποβολής έως τον Μάρτιο 2027.',
    '<b>Εξαγωγές: αύξηση 7% στο ενδεκάμηνο</b><br>Σύμφωνα με τα στοιχεία του κλάδου, οι εξαγωγές ιχθύων ιχθυοκαλλιέργειας αυξήθηκαν κατά 7% σε όγκο.'],
    button=('Διαβάστε περισσότερα', 'https://ichthyokalliergeia-simera.gr/news?utm_source=newsletter&utm_medium=email'),
    color='#00707a', brand='Ιχθυοκαλλιέργεια Σήμερα', lang='el',
    footer='Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο ενημερωτικό δελτίο μας.<br>'
           '<a href="https://ichthyokalliergeia-simera.gr/unsubscribe?u=giorgos.papadopoulos%40example.com">Διαγραφή</a> · Ιχθυοκαλλιέργεια Σήμερα, Λ. Συγγρού 120, 117 45 Αθήνα')
MESSAGES.append(dict(
    slug='newsletter-ichthyokalliergeia',
    frm=('Ιχθυοκαλλιέργεια Σήμερα', 'newsletter@ichthyokalliergeia-simera.gr'), to=[S['mgr_gr']],
    subject='Τιμές παραγωγού, νέα πρόσκληση ΠΑΛΥΘ, εξαγωγές +7%',
    date='2026-12-04 08:00:09', zone='GR', date_zone='UTC',
    via=sendgrid('em4471.ichthyokalliergeia-simera.gr'),
    headers=[('List-Unsubscribe', '<https://ichthyokalliergeia-simera.gr/unsubscribe?u=giorgos.papadopoulos%40example.com&l=1>, '
                                  '<mailto:unsubscribe@ichthyokalliergeia-simera.gr?subject=unsubscribe>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=alt(Text(t36, 'UTF-8', 'base64'), Text(h36, 'UTF-8', 'base64', 'html')),
    what='Subscribed Greek aquaculture trade newsletter sent through SendGrid.',
    why='Opt-in newsletter with List-Unsubscribe/One-Click, sender domain authenticated ESP sub-domain, links to the publisher\'s own site, informational content.',
))
