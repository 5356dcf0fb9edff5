"""Genuine business messages 32-36 (Greek)."""
from lib import *

F = 'business'
AFM_EX = ck.gr_afm('80161873')
AFM_AEG = ck.gr_afm('09983514')
AFM_PMA = ck.gr_afm('99847162')


def b32():
    bank, bic, iban = BANK['aegean']
    mark = '4000%011d' % hnum('b32mark', 10 ** 10, 10 ** 11 - 1)
    body = """Αγαπητή κυρία Γεωργίου,

Σας αποστέλλουμε συνημμένα το τιμολόγιο αρ. 2611/0384 για τα εφόδια και τα ανταλλακτικά που παραδόθηκαν στο MV Aegean Bridge στις 10/11/2026 (δελτίο αποστολής 2611/0712).

Το τιμολόγιο έχει διαβιβαστεί στο myDATA, ΜΑΡΚ {mark}.

Συνολικό ποσό: 7.419,66 € (με ΦΠΑ)
Ημερομηνία λήξης: 10/12/2026
Πληρωμή στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (IBAN {iban}).

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας.

Με εκτίμηση,

Δέσποινα Αλεξίου
Λογιστήριο
Aegean Ship Supplies Α.Ε.
Ακτή Κονδύλη 32, 185 45 Πειραιάς
Τηλ. 210 41 17 600
ΑΦΜ {afm} - ΔΟΥ ΦΑΕ Πειραιά""".format(mark=mark, iban=pretty(iban), afm=AFM_AEG)
    inv = pdf_part([
        '# AEGEAN SHIP SUPPLIES S.A.', 'Akti Kondyli 32, 185 45 Piraeus - VAT EL' + AFM_AEG + ' - DOY FAE Piraeus', '',
        '## TIMOLOGIO / INVOICE No 2611/0384       Date 12/11/2026', 'myDATA MARK: ' + mark, '',
        'Customer: EXAMPLE GROUP HELLAS M.E.P.E., Akti Miaouli 47, 185 36 Piraeus - VAT EL' + AFM_EX,
        'Vessel: MV Aegean Bridge - Delivery note 2611/0712 of 10/11/2026', '',
        '## Description                                              Qty        Unit       Amount EUR',
        'Provisions (dry & fresh), as per delivery note             1 lot                    3.184,50',
        'Engine room consumables (filters, gaskets, rags)           1 lot                    2.242,10',
        'Safety equipment: lifejacket lights, pyrotechnics          1 lot                      557,00',
        'Net 5.983,60    VAT 24% 1.436,06    Total 7.419,66 EUR', '',
        'Due date 10/12/2026 - Payment: ' + bank + ' - IBAN ' + pretty(iban) + ' - BIC ' + bic],
        'Timologio_2611-0384_Aegean_Bridge.pdf', title='Invoice 2611/0384', author='Aegean Ship Supplies',
        producer='SoftOne Series 5', creator='SoftOne', created="D:20261112101500+02'00'")
    Mail(F, 32, 'el', 'aegean-timologio-mydata-genuino',
         OutlookSMTP(tr=OwnPostfix(host='mail.aegeanshipsupplies.gr', ip='62.103.206.45', pc='LOGISTIRIO-01',
                                   user_ip='62.103.206.50', user_rdns='office.aegeanshipsupplies.gr', submit_zone='EET'),
                     lang='el', zone='EET'),
         T(2026, 11, 12, 8, 31, 12), C['aegean_acc'], [S('gr_acc')], 'Τιμολόγιο 2611/0384 - MV Aegean Bridge',
         mixed(outlook_alt(body, 'windows-1253'), inv),
         what='Ship chandler\'s invoice for supplies delivered to a company vessel, with myDATA MARK.',
         why='Sent from the supplier\'s own domain and mail server (the same morning the Gmail impostor wrote), '
             'names the known Piraeus Bank account, reported to myDATA. Hard negative for attack/33 and attack/32.')


def b33():
    body = """Καλησπέρα σας,

Ταξίδεψα με το πλοίο σας από Πειραιά για Χανιά στις 2 Νοεμβρίου (κράτηση EXG-P-2611-20914). Το πλοίο αναχώρησε με καθυστέρηση σχεδόν τεσσάρων ωρών και κατά την αποβίβαση στα Χανιά η μία από τις δύο βαλίτσες μας που είχαμε αφήσει στον χώρο αποσκευών δεν βρέθηκε.

Έκανα δήλωση στο πλήρωμα (μου δόθηκε αριθμός αναφοράς ΧΑΝ-1102-07), αλλά μέχρι σήμερα δεν έχω λάβει καμία ενημέρωση. Η βαλίτσα είναι μαύρη, μάρκας Samsonite, με κόκκινη κορδέλα στη λαβή.

Θα ήθελα να μάθω αν βρέθηκε και, σε αντίθετη περίπτωση, πώς μπορώ να υποβάλω αίτημα αποζημίωσης. Επίσης, λόγω της καθυστέρησης, δικαιούμαι σύμφωνα με τον Κανονισμό (ΕΕ) 1177/2010 αποζημίωση ίση με το 25% του ναύλου.

Ευχαριστώ εκ των προτέρων,
Μαρία Δημητρίου
Τηλ. 697 214 5583"""
    Mail(F, 33, 'el', 'parapono-epivati-kathysterisi-aposkeui',
         Otenet(), T(2026, 11, 16, 17, 48, 3), C['dimitriou'], [S('gr_mgr')],
         'Παράπονο - καθυστέρηση και απώλεια αποσκευής, κράτηση EXG-P-2611-20914',
         text(body, 'UTF-8', 'quoted-printable', flowed=True),
         what='Passenger complaint about a delayed sailing and lost luggage.',
         why='Private customer on OTEnet (Roundcube web-mail via the provider\'s relay), concrete booking data, asks '
             'for information and compensation; no link, no attachment.')


def b34():
    body = """Αγαπητοί συνάδελφοι,

Η ΠΝΟ έχει κηρύξει 24ωρη πανελλαδική απεργία από τις 06:00 της Πέμπτης 19/11/2026 έως τις 06:00 της Παρασκευής 20/11/2026. Κατά τη διάρκεια της απεργίας τα πλοία δεν θα αναχωρήσουν από τα ελληνικά λιμάνια.

Αλλαγές στα δρομολόγια:
- Το δρομολόγιο Πειραιάς - Χανιά της 19/11 (21:00) μεταφέρεται για την Παρασκευή 20/11 στις 09:00.
- Το δρομολόγιο Χανιά - Πειραιάς της 19/11 ακυρώνεται. Οι επιβάτες μεταφέρονται στο δρομολόγιο της 20/11 (21:00).
- Τα φορτηγά που είναι ήδη κλεισμένα μεταφέρονται αυτόματα στο επόμενο διαθέσιμο δρομολόγιο.

Παρακαλώ το τμήμα κρατήσεων να ενημερώσει τους επιβάτες με SMS και email μέχρι αύριο το μεσημέρι. Η επιστροφή ναύλων γίνεται χωρίς χρέωση, σύμφωνα με τον Κανονισμό 1177/2010.

Ευχαριστώ,
Νίκος Παπαδόπουλος
Office Manager
Example Group Hellas Μ.Ε.Π.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς"""
    Mail(F, 34, 'el', 'anakoinosi-apergia-pno-dromologia',
         Internal(lan='10.20.60.12', lang='el-GR'), T(2026, 11, 17, 9, 3, 55), S('gr_mgr'),
         [('Γραφείο Πειραιά', 'piraeus-office@example.com')], 'Απεργία ΠΝΟ 19/11 - αλλαγές δρομολογίων',
         outlook_alt(body, 'iso-8859-7', cte_plain='quoted-printable', cte_html='quoted-printable'),
         rcpt=S('gr_acc')[1],
         what='Internal notice from the Piraeus office manager about a seamen\'s union strike and schedule changes.',
         why='Internal mail through Exchange/mail-int01 to the office list, operational content, no link, no payment.')


def b35():
    unsub = 'https://r.naftiliaka-nea.gr/mk/un/v2/%s' % hx('b35u', 60, ALNUM + '-_')
    plain = """Ναυτιλιακά Νέα - Εβδομαδιαίο ενημερωτικό δελτίο

Τεύχος 48 | 27 Νοεμβρίου 2026

ΑΚΤΟΠΛΟΪΑ
Αύξηση 3,8% στη διακίνηση επιβατών στη γραμμή Πειραιάς - Κρήτη το δίμηνο Σεπτεμβρίου - Οκτωβρίου.

ΛΙΜΑΝΙΑ
Ο ΟΛΠ ανακοίνωσε νέο πρόγραμμα ηλεκτροδότησης πλοίων από την ξηρά (cold ironing) για τις ακτοπλοϊκές προβλήτες.

ΠΕΡΙΒΑΛΛΟΝ
ETS στη ναυτιλία: πώς υπολογίζεται το περιβαλλοντικό τέλος στα εισιτήρια του 2027.

Διαβάστε ολόκληρο το δελτίο: https://www.naftiliaka-nea.gr/newsletter/48-2026

Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί με τη διεύθυνση nikolaos.papadopoulos@example.com.
Διαγραφή: {unsub}
Ναυτιλιακά Νέα, Ακτή Ποσειδώνος 14, 185 31 Πειραιάς
""".format(unsub=unsub)
    htm = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Ναυτιλιακά Νέα</title></head>
<body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0a4f7a;color:#ffffff;padding:18px 22px;font-size:23px;font-weight:bold">Ναυτιλιακά Νέα<div style="font-size:12px;font-weight:normal">Τεύχος 48 &middot; 27 Νοεμβρίου 2026</div></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;color:#222;line-height:21px">
<p style="color:#0a4f7a;font-weight:bold;margin:0">ΑΚΤΟΠΛΟΪΑ</p><p>Αύξηση 3,8% στη διακίνηση επιβατών στη γραμμή Πειραιάς - Κρήτη το δίμηνο Σεπτεμβρίου - Οκτωβρίου.</p>
<p style="color:#0a4f7a;font-weight:bold;margin:0">ΛΙΜΑΝΙΑ</p><p>Ο ΟΛΠ ανακοίνωσε νέο πρόγραμμα ηλεκτροδότησης πλοίων από την ξηρά (cold ironing) για τις ακτοπλοϊκές προβλήτες.</p>
<p style="color:#0a4f7a;font-weight:bold;margin:0">ΠΕΡΙΒΑΛΛΟΝ</p><p>ETS στη ναυτιλία: πώς υπολογίζεται το περιβαλλοντικό τέλος στα εισιτήρια του 2027.</p>
<p><a href="https://www.naftiliaka-nea.gr/newsletter/48-2026" style="color:#0a4f7a">Διαβάστε ολόκληρο το δελτίο</a></p></td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#777;background:#f5f7f9">Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί με τη διεύθυνση nikolaos.papadopoulos@example.com. <a href="{unsub}">Διαγραφή</a><br>Ναυτιλιακά Νέα, Ακτή Ποσειδώνος 14, 185 31 Πειραιάς</td></tr>
</table></td></tr></table></body></html>
""".format(unsub=unsub)
    Mail(F, 35, 'el', 'newsletter-naftiliaka-nea-brevo',
         Brevo(account=2714409), T(2026, 11, 27, 7, 30, 12), ('Ναυτιλιακά Νέα', 'newsletter@naftiliaka-nea.gr'),
         [S('gr_mgr')], 'Ναυτιλιακά Νέα #48: Αύξηση επιβατών στην Κρήτη, cold ironing στον ΟΛΠ',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@naftiliaka-nea.gr?subject=%s>' % (unsub, hx('b35s', 16))),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
         what='Subscribed Greek shipping newsletter sent through Brevo.',
         why='Opted-in subscription, Brevo infrastructure like attack/04 and attack/32 but with the publisher\'s own '
             'From domain, List-Unsubscribe/One-Click and editorial content only.')


def b36():
    bank, bic, iban = BANK['pma']
    body = """Αξιότιμοι κύριοι,

Σας αποστέλλουμε συνημμένα το τιμολόγιο αρ. 4471 για τα λιμενικά τέλη και την πρακτόρευση του πλοίου MV Aegean Bridge κατά την παραμονή του στον λιμένα Πειραιά (08-11/10/2026).

Σύνολο: 9.862,40 €
Πληρωμή εντός 30 ημερών στον λογαριασμό της εταιρείας μας στην Εθνική Τράπεζα (IBAN {iban}).

Το παραστατικό έχει διαβιβαστεί στο myDATA.

Με εκτίμηση,
Λογιστήριο
Piraeus Marine Agency
Ακτή Ξαβερίου 6, 185 38 Πειραιάς
ΑΦΜ {afm}

(Αυτόματο μήνυμα από το σύστημα τιμολόγησης - για απορίες: 210 42 93 110)""".format(iban=pretty(iban), afm=AFM_PMA)
    inv = pdf_part([
        '# PIRAEUS MARINE AGENCY', 'Akti Xaveriou 6, 185 38 Piraeus - VAT EL' + AFM_PMA, '',
        '## INVOICE No 4471  -  Date 15/10/2026', 'Customer: EXAMPLE GROUP HELLAS M.E.P.E. - VAT EL' + AFM_EX,
        'Vessel: MV Aegean Bridge - Port call Piraeus 08-11/10/2026', '',
        'Port dues (OLP)                                                      4.912,00',
        'Pilotage in/out                                                      1.184,00',
        'Towage (2 tugs)                                                      1.960,00',
        'Agency fee                                                             850,00',
        'Disbursements (garbage, fresh water)                                   956,40',
        '## Total EUR 9.862,40', '', 'Payment: ' + bank + ' - IBAN ' + pretty(iban) + ' - BIC ' + bic],
        'INV_4471_MV_Aegean_Bridge.pdf', title='Invoice 4471', author='PMA Accounts', producer='Entersoft Business Suite',
        creator='Entersoft', created="D:20261015103000+03'00'")
    Mail(F, 36, 'el', 'praktoreio-timologio-limenika-teli',
         ERPMailer(tr=OwnPostfix(host='mail.pma-agency.gr', ip='195.167.104.33', pc='ERP-SRV',
                                 user_ip='10.0.1.20', user_rdns='erp.pma.local', submit_zone='EET'),
                   pc='ERP-SRV.pma.local', msgid_style='other', zone='EET', xm='Entersoft Mail Service'),
         T(2026, 10, 15, 7, 41, 29), C['pma'], [S('gr_acc')], 'Τιμολόγιο 4471 - MV Aegean Bridge - λιμενικά τέλη',
         mixed(text(body, 'iso-8859-7', 'base64'), inv), hcs='iso-8859-7', hmode='B',
         what='Port agent\'s ERP sends the invoice for port dues and agency fees as PDF.',
         why='Known port agent, its own mail server and ERP, plain PDF attachment, known bank account, reported to '
             'myDATA. Hard negative for attack/36 (invoice lure the next day).')


def build():
    for f in (b32, b33, b34, b35, b36):
        f()
