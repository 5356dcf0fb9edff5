"""business/ 32-36 (Greek)."""
import hashlib

from lib import docs, ids, mime, profiles as P, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME

OLY_IBAN = ids.iban('GR', '0110' + '452' + '0000045200318274'[:16])


@msg('business', 32, 'el', 'intern-mydata-prothesmies',
     'Internal note from the Greek accountant to the office manager: myDATA transmission of November invoices, VAT return deadline, and a reminder that AADE acts arrive only in the myAADE inbox',
     'Internal Exchange mail via mail-int01 in Greek (iso-8859-7), practical deadlines, explicitly tells the colleague not to click "fine" mails - same topic as the AADE phish but no link and internal origin.')
def b32(m):
    at(m, 'GR', 2026, 11, 12, 10, 18)
    m.frm = ('Νίκος Γεωργίου', 'nikos.georgiou@examplegroup.eu')
    m.to = [('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com')]
    m.subject = 'myDATA Νοεμβρίου και προθεσμίες ΦΠΑ'
    m.hcs = ('iso-8859-7', 'B')
    body = ('Ελένη καλημέρα,\n\n'
            'μερικά πράγματα για το κλείσιμο του μήνα:\n\n'
            '1. Τα τιμολόγια πώλησης Νοεμβρίου διαβιβάζονται αυτόματα στο myDATA από το ERP. Αν εκδώσεις χειρόγραφο (π.χ. δείγματα σε έκθεση), '
            'πες μου την ίδια μέρα για να το περάσω.\n'
            '2. Η περιοδική δήλωση ΦΠΑ Οκτωβρίου υποβάλλεται μέχρι 30/11, τα στοιχεία είναι έτοιμα.\n'
            '3. Τα τιμολόγια αγορών της Olympos Herbs έχουν όλα ΜΑΡΚ, οπότε δεν χρειάζεται χαρακτηρισμός από εμάς.\n\n'
            'Και κάτι σημαντικό: τις τελευταίες μέρες κυκλοφορούν ψεύτικα email "ΑΑΔΕ - πρόστιμο myDATA" με σύνδεσμο για TAXISnet. '
            'Η ΑΑΔΕ στέλνει πράξεις μόνο στη Θυρίδα του myAADE, την οποία ελέγχω εγώ κάθε εβδομάδα. Αν σου έρθει κάτι τέτοιο, μην πατήσεις '
            'τίποτα και στείλ\' το στο security@example.com.\n\n'
            'Ευχαριστώ,\nΝίκος\n\nΝίκος Γεωργίου\nΛογιστήριο - Example Hellas Μ.Ι.Κ.Ε.\nΤσιμισκή 43, 546 23 Θεσσαλονίκη\nΤηλ. +30 2310 278 416')
    m.phone('+30 2310 278 416', 'Nikos Georgiou')
    outlook(m, body, 'EL', 'iso-8859-7', system='exch')
    P.exchange_internal(m, origin_ip='10.70.1.15', lang='el-GR')


@msg('business', 33, 'el', 'olympos-timologio-qr-mydata',
     'Greek herb supplier Olympos Herbs sends its invoice (issued through a certified e-invoicing provider) with ΜΑΡΚ number and the provider\'s verification QR',
     'Known supplier\'s accounting address on their Google Workspace (DKIM olympos-herbs.gr), invoice PDF in Greek with the supplier\'s long-standing Greek IBAN; the QR points to the provider\'s verification page with the invoice\'s ΜΑΡΚ, as required for provider-issued invoices.')
def b33(m):
    at(m, 'GR', 2026, 11, 4, 12, 9)
    m.frm = cp('Olympos', 1)
    m.to = [('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com')]
    m.cc = [('Νίκος Γεωργίου', 'nikos.georgiou@examplegroup.eu')]
    m.subject = 'Τιμολόγιο ΤΠ Α-2026/1184 - Example Hellas'
    iban = m.iban(OLY_IBAN, 'Olympos Herbs, usual account (Εθνική Τράπεζα)')
    mark = '400001923847562'
    uid = hashlib.sha1(b'TPA-2026-1184-801473269').hexdigest().upper()
    q = m.url('https://verify.e-timologio-paroxos.gr/invoice?mark=%s&uid=%s' % (mark, uid), 'e-invoicing provider verification link (QR)')
    m.qr(q, 'PDF TPA-2026-1184.pdf', 'provider verification QR with ΜΑΡΚ')
    m.phone('+30 23510 45 218', 'Olympos Herbs')
    body = ('Καλησπέρα σας,\n\nσας επισυνάπτουμε το τιμολόγιο πώλησης Α-2026/1184 για την παράδοση της 03/11 (τσάι του βουνού, ρίγανη, θυμάρι). '
            'Το παραστατικό έχει διαβιβαστεί στο myDATA, ΜΑΡΚ %s.\n\nΠληρωμή όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα.\n\n'
            'Με εκτίμηση,\nΛογιστήριο\nOlympos Herbs Μ.Ι.Κ.Ε.\nΕθνικής Αντιστάσεως 61, 601 00 Κατερίνη\nΤηλ. +30 23510 45 218' % mark)
    OS = ('Olympos Herbs Μ.Ι.Κ.Ε.', ['Βότανα και αρωματικά φυτά Ολύμπου · ΑΦΜ %s · ΔΟΥ Κατερίνης' % ids.gr_afm('80273514'), 'Εθνικής Αντιστάσεως 61, 601 00 Κατερίνη'])
    inv = docs.invoice(
        m, m.date, dict(invoice='ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-2026/1184', pos='Α/Α', desc='Περιγραφή', qty='Ποσότ.', unit='Μ.Μ.', price='Τιμή €', amount='Αξία €'),
        OS, ['EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.', 'Τσιμισκή 43, 546 23 Θεσσαλονίκη', 'ΑΦΜ 801473269 - ΔΟΥ ΦΑΕ Θεσσαλονίκης'],
        [('Ημερομηνία', '04/11/2026'), ('ΜΑΡΚ', mark), ('Τρόπος πληρωμής', 'Κατάθεση σε λογαριασμό'), ('Παράδοση', '03/11/2026')],
        [('Τσάι του βουνού (Sideritis scardica) κομμένο, σοδειά 2026', 180.0, 'kg', 14.2), ('Ρίγανη τριμμένη Ολύμπου', 120.0, 'kg', 9.6),
         ('Θυμάρι ξερό φύλλο', 60.0, 'kg', 11.8)],
        [('Καθαρή αξία', '4.416,00', False), ('ΦΠΑ 13%', '574,08', False), ('Σύνολο €', '4.990,08', True)],
        ['Εθνική Τράπεζα της Ελλάδος - IBAN %s' % ids.fmt_iban(iban), 'Το παραστατικό εκδόθηκε μέσω αδειοδοτημένου Παρόχου Ηλεκτρονικής Τιμολόγησης.'],
        ['Olympos Herbs Μ.Ι.Κ.Ε. · ΓΕΜΗ 148215734000 · Πάροχος: e-timologio-paroxos.gr · UID %s' % uid[:20]],
        'e-timologio Paroxos PDF Engine', 'e-timologio', 'Τιμολόγιο Α-2026/1184', zone='GR', lang='el', qr_payload=q, qr_caption='myDATA',
        color=(0.2, 0.4, 0.2))
    m.root = ST.gmail_mime(m, body, atts=[(PDF_MIME, inv, 'TPA-2026-1184.pdf')], cte='base64')
    P.gmail(m, workspace='olympos-herbs.gr')


@msg('business', 34, 'el', 'google-drive-pistopoiitika-olympos',
     'Genuine Google Drive folder share from the herb supplier\'s owner: laboratory certificates (pesticides, pyrrolizidine alkaloids) for the 2026 harvest',
     'Real Drive notification from Google (drive-shares-dm-noreply@google.com), sharer is the known supplier contact, named folder that QA asked for, drive.google.com folder link.')
def b34(m):
    at(m, 'GR', 2026, 10, 8, 15, 37)
    m.frm = ('Γιώργος Αντωνίου (μέσω Google Drive)', 'drive-shares-dm-noreply@google.com')
    m.reply_to = cp('Olympos', 0)
    m.to = [('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com')]
    m.subject = 'Φάκελος κοινοποιήθηκε μαζί σας: "Πιστοποιητικά ανάλυσης σοδειά 2026"'
    fid = m.alnum(33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    link = m.url('https://drive.google.com/drive/folders/%s?usp=sharing_eil_se_dm&ts=%s' % (fid, m.hex(8)), 'real Drive folder link')
    logo = m.url('https://www.gstatic.com/images/branding/productlogos/drive_2020q4/v8/web-64dp/logo_drive_2020q4_color_2x_web_64dp.png', 'Drive logo image')
    h = ('<!doctype html><html><head><meta charset="UTF-8"></head><body style="margin:0;background:#fff">'
         '<table width="100%%" style="max-width:600px;margin:0 auto;font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td style="padding:24px 16px">'
         '<img src="%s" width="32" height="32" alt="Google Drive"><p style="font-size:22px;color:#202124;margin:16px 0">Ο χρήστης Γιώργος Αντωνίου κοινοποίησε ένα φάκελο</p>'
         '<p style="font-size:14px;color:#3c4043">Γιώργος Αντωνίου (g.antoniou@olympos-herbs.gr) σας προσκάλεσε να επεξεργαστείτε τον παρακάτω φάκελο:</p>'
         '<p style="font-size:14px;color:#3c4043;border-left:3px solid #dadce0;padding-left:12px">Καλησπέρα Ελένη, εδώ είναι όλα τα πιστοποιητικά της σοδειάς 2026 '
         '(φυτοφάρμακα, πυρρολιζιδινικά αλκαλοειδή, μικροβιολογικά) που ζήτησε η κα Özdemir. Γιώργος</p>'
         '<p><a href="%s" style="background:#0b57d0;color:#fff;text-decoration:none;padding:10px 24px;border-radius:18px;font-size:14px;display:inline-block">Άνοιγμα</a></p>'
         '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Λάβατε αυτό το μήνυμα επειδή ο χρήστης '
         'g.antoniou@olympos-herbs.gr κοινοποίησε έναν φάκελο μαζί σας από το Google Drive.</p></td></tr></table></body></html>') % (logo, link)
    from lib.profiles import gmail_boundary
    p1 = mime.text(ST.html_to_text(h), 'plain', 'UTF-8', 'base64')
    p2 = mime.text(h, 'html', 'UTF-8', 'quoted-printable')
    p1.charset_quoted = p2.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2], gmail_boundary(m))
    m.msgid = m.b64(22).replace('+', '-').replace('/', '_') + '@google.com'
    P.google_notify(m, dkim_dom='google.com', selector='20230601', env_dom='doclist.bounces.google.com')
    m.auth = dict(m.auth, dmarc_policy='reject')


@msg('business', 35, 'el', 'gemi-anakoinosi-kataxorisis',
     'Genuine notification from the Greek Business Registry portal (ΓΕΜΗ) that a change (new legal representative) has been registered, with the registration code and a link to the public record',
     'From businessportal.gr\'s own server, refers to a change the company actually filed, gives the ΚΑΚ number and links to the public register page; no fee, no payment details.')
def b35(m):
    at(m, 'GR', 2026, 10, 21, 13, 2)
    m.frm = ('Γ.Ε.ΜΗ. - businessportal.gr', 'noreply@businessportal.gr')
    m.to = [('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com')]
    m.subject = 'Ανακοίνωση καταχώρισης στο Γ.Ε.ΜΗ. - ΚΑΚ 5184722 - EXAMPLE HELLAS Μ.Ι.Κ.Ε.'
    link = m.url('https://publicity.businessportal.gr/company/158472306000', 'public ΓΕΜΗ record')
    body = ('Σας ενημερώνουμε ότι στις 21/10/2026 καταχωρίστηκε στο Γενικό Εμπορικό Μητρώο (Γ.Ε.ΜΗ.) η μεταβολή με Κωδικό Αριθμό Καταχώρισης (ΚΑΚ) 5184722 '
            'για την επιχείρηση:\n\nΕπωνυμία: EXAMPLE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.\nΑρ. Γ.Ε.ΜΗ.: 158472306000\nΑΦΜ: 801473269\n'
            'Είδος μεταβολής: Τροποποίηση διαχειριστή / νόμιμου εκπροσώπου\nΥπηρεσία Γ.Ε.ΜΗ.: Επαγγελματικό Επιμελητήριο Θεσσαλονίκης\n\n'
            'Η ανακοίνωση είναι διαθέσιμη στη δημοσιότητα του Γ.Ε.ΜΗ.:\n%s\n\n'
            'Το μήνυμα αυτό στάλθηκε αυτόματα από την Υπηρεσία Μιας Στάσης. Παρακαλούμε μην απαντάτε.\n\nΓενικό Εμπορικό Μητρώο - businessportal.gr') % link
    m.root = mime.text(body + '\n', 'plain', 'UTF-8', 'base64')
    P.postfix_server(m, 'mail.businessportal.gr', '194.63.237.51', dkim=('businessportal.gr', 'gemi'), zone='GR',
                     submit_from=('app02.businessportal.local', '10.10.4.22'), msgid_dom='businessportal.gr')


@msg('business', 36, 'el', 'exchange-quota-warning-system',
     'Exchange 2019 system message in Greek: "your mailbox is almost full" (quota warning) generated by the company\'s own Exchange server',
     'Sender is the Exchange system mailbox MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com on the internal path (EXCH -> mail-int01), no link, no credentials; it is the template the OWA-quota phish imitates.')
def b36(m):
    at(m, 'GR', 2026, 12, 9, 3, 12)
    m.frm = ('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com')
    m.to = [('Νίκος Γεωργίου', 'nikos.georgiou@examplegroup.eu')]
    m.subject = 'Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.'
    m.hcs = ('utf-8', 'B')
    text = ('Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.\n\n'
            'Μέγεθος γραμματοκιβωτίου: 1,91 GB\nΌριο προειδοποίησης: 1,9 GB\nΌριο απαγόρευσης αποστολής: 2 GB\n\n'
            'Για να μειώσετε το μέγεθος του γραμματοκιβωτίου σας, διαγράψτε τα στοιχεία που δεν χρειάζεστε από το γραμματοκιβώτιό σας και '
            'αδειάστε τον φάκελο "Διαγραμμένα". Επίσης, μπορείτε να μετακινήσετε παλαιότερα στοιχεία σε ένα αρχείο .pst.')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<p style="font-family:Tahoma;font-size:10pt"><b>Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.</b></p>'
         '<table style="font-family:Tahoma;font-size:10pt"><tr><td>Μέγεθος γραμματοκιβωτίου:</td><td>1,91 GB</td></tr>'
         '<tr><td>Όριο προειδοποίησης:</td><td>1,9 GB</td></tr><tr><td>Όριο απαγόρευσης αποστολής:</td><td>2 GB</td></tr></table>'
         '<p style="font-family:Tahoma;font-size:10pt">Για να μειώσετε το μέγεθος του γραμματοκιβωτίου σας, διαγράψτε τα στοιχεία που δεν χρειάζεστε '
         'από το γραμματοκιβώτιό σας και αδειάστε τον φάκελο "Διαγραμμένα". Επίσης, μπορείτε να μετακινήσετε παλαιότερα στοιχεία σε ένα αρχείο .pst.</p>'
         '</body></html>')
    from lib.profiles import premsgid
    premsgid(m, 'exch')
    import re
    key = re.sub(r'[^A-Za-z0-9]', '', m.msgid)
    p1 = mime.text(text + '\n', 'plain', 'utf-8', 'base64')
    p2 = mime.text(h, 'html', 'utf-8', 'base64')
    p1.charset_quoted = p2.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2], '_000_%s_' % key)
    m.extra = [('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-Exchange-Message-Is-Ndr', ''), ('Importance', 'high')]
    P.exchange_internal(m, origin_ip='10.20.0.31', lang='el-GR')
    m.trace = [(k, v) for k, v in m.trace if k.lower() not in ('x-originating-ip', 'thread-topic', 'thread-index')]
