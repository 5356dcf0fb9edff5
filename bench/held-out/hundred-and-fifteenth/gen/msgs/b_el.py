"""Business (genuine) messages, Greek (32-36)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company

AEGEAN_SUB = ['Ακτή Μιαούλη 81 · 185 38 Πειραιάς · ΑΦΜ ' + ids.gr_afm('99847120') + ' · ΔΟΥ ΦΑΕ Πειραιά']


@msg('business', '32', 'el', 'aade-myaade-thyrida-genuine')
def b32(m):
    when = local('GR', 2026, 10, 30, 9, 5, 47)
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Αγαπητέ/ή χρήστη,

σας ενημερώνουμε ότι στην ψηφιακή θυρίδα της επιχείρησης EXAMPLE LIVE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε. (ΑΦΜ 801736420) έχει αναρτηθεί νέο έγγραφο:

Έγγραφο: Πράξη διοικητικού προσδιορισμού προστίμου - εκπρόθεσμη υποβολή περιοδικής δήλωσης ΦΠΑ (Αύγουστος 2026)
Ημερομηνία ανάρτησης: 30/10/2026

Για να δείτε το έγγραφο, συνδεθείτε στην εφαρμογή myAADE > Θυρίδα με τους κωδικούς TAXISnet μέσω της επίσημης διεύθυνσης www.aade.gr.

Η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα με συνδέσμους για επιστροφές φόρου ή επιβεβαίωση τραπεζικών λογαριασμών.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό είναι αυτοματοποιημένο. Παρακαλούμε μην απαντάτε."""
    tp = B.text_part(text, 'plain', 'UTF-8', 'base64')
    html = brand_html('Νέο έγγραφο στη θυρίδα σας', text.split('\n\n')[1:6], color='#003476', brand='ΑΑΔΕ · myAADE',
                      footer=text.split('\n\n')[6:], lang='el', charset='UTF-8')
    hp = B.html_part(html, 'UTF-8', 'base64')
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    host = 'mailgw2.aade.gr'
    ip = '192.0.2.%d' % m.between(140, 160)
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'noreply@aade.gr', 'georgios.konstantinidis@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'reject', 'aade.gr')
    h = [('DKIM-Signature', m.dkim('aade.gr', 'aade', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1))),
         P.postfix_rcv(m, 'myaade-notif01.gsis.gr', 'myaade-notif01.gsis.gr', '10.180.%d.%d' % (m.between(1, 250), m.between(1, 250)), host, t1,
                       'georgios.konstantinidis@example.com', tls='1.2'),
         ('Date', d_std(when)), ('From', '%s <noreply@aade.gr>' % hdr_text('ΑΑΔΕ', 'UTF-8', 'B')), ('To', 'georgios.konstantinidis@example.com'),
         ('Message-ID', '<%d.%d.%d.JavaMail.myaade@myaade-notif01>' % (m.between(10**5, 10**6), m.between(10, 99), epoch(when) * 1000)),
         ('Subject', hdr_text('Ενημέρωση: νέο έγγραφο στη θυρίδα myAADE', 'UTF-8', 'B')), ('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine AADE notice that a penalty assessment (late VAT return) was posted to the company\'s myAADE box - unwelcome, but real.',
        why='From aade.gr with DMARC p=reject passing; no link or attachment, tells the user to log in via www.aade.gr; explicitly says AADE never sends refund/IBAN links.',
        hard_neg=dict(attacks=['32-el'], topic='Greek tax authority notice', diff='Official domain, no link, no refund bait, no IBAN confirmation.'))


@msg('business', '33', 'el', 'aegean-stage-timologio-mydata')
def b33(m):
    when = local('GR', 2026, 11, 24, 14, 22, 10)
    mark = '%d' % m.between(400000000000000, 499999999999999)
    pdf = doc_pdf(m, 'SoftOne Series 5', local('GR', 2026, 11, 24, 13, 50, 0), 'AEGEAN STAGE SERVICES Α.Ε.', AEGEAN_SUB, (0, 110, 150),
                  ['EXAMPLE LIVE HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.', 'Λεωφ. Συγγρού 142, 176 71 Καλλιθέα', 'ΑΦΜ 801736420 - ΚΕΦΟΔΕ Αττικής'],
                  [('Τιμολόγιο Παροχής', 'ΤΠΥ Α-2187'), ('Ημερομηνία', '24/11/2026'), ('ΜΑΡΚ', mark)],
                  'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ',
                  ['Υπηρεσίες παραγωγής συναυλίας 18-21/11/2026, ΟΑΚΑ.'],
                  table=(['Περιγραφή', 'Ποσ.', 'Τιμή', 'Αξία'], [280, 45, 80, 78], ['l', 'r', 'r', 'r'],
                         [['Τεχνικό προσωπικό (stagehands), ημερομίσθια', '96', '145,00', '13.920,00'],
                          ['Ενοικίαση γερανού και ανυψωτικών', '4', '980,00', '3.920,00'],
                          ['Συντονισμός παραγωγής', '1', '2.400,00', '2.400,00']]),
                  totals=[('Καθαρή αξία', '20.240,00 €', False), ('ΦΠΑ 24%', '4.857,60 €', False), ('Σύνολο', '25.097,60 €', True)],
                  after=['Τρόπος πληρωμής: κατάθεση στην Εθνική Τράπεζα, IBAN %s' % ids.fmt_iban(company.AEGEAN_IBAN),
                         'Το παραστατικό έχει διαβιβαστεί στην ΑΑΔΕ (myDATA), ΜΑΡΚ %s.' % mark],
                  footer=[['AEGEAN STAGE SERVICES Α.Ε.', 'ΓΕΜΗ 128843107000'], ['accounts@aegeanstage.gr', '+30 210 429 6610']], doc_title='ΤΠΥ Α-2187')
    text = """Καλησπέρα κ. Κωνσταντινίδη,

σας αποστέλλουμε το τιμολόγιο ΤΠΥ Α-2187 για τις υπηρεσίες παραγωγής της συναυλίας στο ΟΑΚΑ (18-21/11). Έχει ήδη διαβιβαστεί στο myDATA (ΜΑΡΚ %s).

Η πληρωμή, όπως πάντα, στον λογαριασμό μας στην Εθνική Τράπεζα.

Με εκτίμηση,
Λογιστήριο
Aegean Stage Services Α.Ε.
Ακτή Μιαούλη 81, 185 38 Πειραιάς
Τηλ. +30 210 429 6610""" % mark
    att = B.attachment(pdf, 'application/pdf', 'ΤΠΥ_Α-2187.pdf', 'outlook', when=when, charset='windows-1253', enc='B')
    body = outlook_mixed(m, text, 'windows-1253', 'EL', 'm365', 'VI1PR03MB', atts=[att])
    P.m365(m, ('Λογιστήριο Aegean Stage', 'accounts@aegeanstage.gr'), [S('Georgios Konstantinidis')], 'Τιμολόγιο ΤΠΥ Α-2187 - ΟΑΚΑ 18-21/11', when, body,
           dkim_domain='aegeanstage.gr', dmarc=('pass', 'none'), lang='el-GR', region='eurprd03', prefix=('VI1PR03MB', 'AM0PR03MB'), has_attach=True,
           subj_charset='windows-1253', subj_enc='B', name_charset='windows-1253', ctry='GR')
    m.facts['phone'] = ['+30 210 429 6610']
    m.meta.update(
        what='Genuine invoice from the Greek production partner (Microsoft 365) for the Athens show, registered in myDATA (MARK number), payment to the NBG account on file.',
        why='Real aegeanstage.gr tenant (DKIM pass), invoice attached as PDF, matches the show dates, account unchanged, ordinary accounts-to-accountant mail.',
        hard_neg=dict(attacks=['33-el', '34-el'], topic='payment documents from the Greek partner', diff='Invoice sent as attachment from the accounts mailbox with the known account, no SharePoint "payment order".'))


def sharepoint_share(m, sharer, sharer_mail, note, fname, url, to, when, lang_subject):
    text = """Ο χρήστης %s σάς έστειλε ένα αρχείο για κοινή χρήση

%s

%s
%s

Άνοιγμα

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

Δήλωση προστασίας προσωπικών δεδομένων της Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από έναν χρήστη που χρησιμοποιεί το SharePoint Online.""" % (sharer, note, fname, url)
    e = lambda s: B.esc(s)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#ffffff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">'
            '<table role="presentation" style="max-width:480px;font-family:\'Segoe UI\',\'Helvetica Neue\',Arial,sans-serif">'
            '<tr><td style="font-size:21px;color:#242424;padding-bottom:16px">Ο χρήστης ' + e(sharer) + ' σάς έστειλε ένα αρχείο για κοινή χρήση</td></tr>'
            '<tr><td style="font-size:14px;color:#424242;border-left:3px solid #0f6cbd;padding:4px 12px">' + e(note) + '</td></tr>'
            '<tr><td style="padding-top:16px"><table role="presentation" style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr>'
            '<td style="padding:12px;font-size:14px;color:#242424">' + e(fname) + '</td></tr></table></td></tr>'
            '<tr><td style="padding-top:20px"><a href="' + e(url) + '" style="display:inline-block;background:#0f6cbd;color:#ffffff;text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px">Άνοιγμα</a></td></tr>'
            '<tr><td style="padding-top:24px;font-size:12px;color:#616161">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.</td></tr>'
            '<tr><td style="padding-top:24px;font-size:11px;color:#616161"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Δήλωση προστασίας προσωπικών δεδομένων της Microsoft</a><br>'
            'Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από έναν χρήστη που χρησιμοποιεί το SharePoint Online.</td></tr></table></td></tr></table></body></html>\n')
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    hp = B.html_part(html, 'utf-8', 'base64')
    b = '_000_%s%s_' % ('VI1PR03MB', m.hex(28, True))
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    P.m365(m, (sharer, 'no-reply@sharepointonline.com'), to, lang_subject, when, body,
           dkim_domain='sharepointonline.com', org_domain='sharepointonline.com', dmarc=('pass', 'reject'), lang='el-GR', tenant=P.tenant_id('aegeanstage.gr'),
           region='eurprd03', prefix=('VI1PR03MB', 'AM0PR03MB'), ctry='GR', env_from='no-reply@sharepointonline.com')
    idx = [i for i, hh in enumerate(m.headers) if hh[0] == 'To'][0]
    m.headers.insert(idx + 1, ('Reply-To', addr(sharer, sharer_mail, 'utf-8', 'B')))


@msg('business', '34', 'el', 'sharepoint-aegean-stage-plot-genuine')
def b34(m):
    when = local('GR', 2026, 11, 10, 12, 40, 9)
    url = 'https://aegeanstage-my.sharepoint.com/:b:/g/personal/n_alexiou_aegeanstage_gr/%s?e=%s' % (m.b64url(33), m.alnum(6))
    fname = 'OAKA_2027_stage_plot_rev4.pdf'
    note = 'Ελένη, Jan - η rev4 του stage plot για το ΟΑΚΑ με τις νέες θέσεις των γερανών και το σημείο φόρτωσης 3. Τα λέμε στο production call την Πέμπτη.'
    sharepoint_share(m, 'Νίκος Αλεξίου', 'n.alexiou@aegeanstage.gr', note, fname, url, [S('Eleni Papadopoulou'), S('Jan Petersen')], when,
                     'Ο χρήστης Νίκος Αλεξίου κοινοποίησε το "%s" με εσάς' % fname)
    m.meta.update(
        what='Genuine SharePoint Online sharing notification from the Greek production partner: revised stage plot for the Athens show, shared with the office manager and the production manager.',
        why='Same Microsoft infrastructure as attack 34 (which is the point), but the context is right: a technical file expected for the production, named recipients who work on it, specific note referring to the weekly production call, business hours.',
        hard_neg=dict(attacks=['34-el', '05-de'], topic='file-share notification from a partner', diff='Expected production document to the production team; the attack shared a "payment order" with the accountant in the evening.'))


@msg('business', '35', 'el', 'athens-riviera-epivevaiosi-kratisis')
def b35(m):
    when = local('GR', 2026, 10, 12, 15, 10, 33)
    conf = 'ARH-%d' % m.between(100000, 999999)
    text = """Athens Riviera Hotel - Επιβεβαίωση κράτησης

Αγαπητή κυρία Παπαδοπούλου,

σας ευχαριστούμε για την κράτηση. Παρακάτω θα βρείτε τα στοιχεία της:

Αριθμός επιβεβαίωσης: %s
Όνομα κράτησης: Example Live Hellas - Mira Solvej crew
Άφιξη: Τετάρτη 18/11/2026 (από 14:00)
Αναχώρηση: Σάββατο 21/11/2026 (έως 12:00)
Δωμάτια: 7 x Superior Double, πρωινό περιλαμβάνεται
Συνολικό κόστος: 3.276,00 € (συμπ. ΦΠΑ και φόρου ανθεκτικότητας)
Πληρωμή: με τιμολόγιο στην εταιρεία, πίστωση 30 ημερών κατά τη συμφωνία εταιρικής τιμής

Δωρεάν ακύρωση έως 11/11/2026. Για αλλαγές απαντήστε σε αυτό το μήνυμα ή καλέστε +30 210 894 1200.

Με εκτίμηση,
Τμήμα Κρατήσεων
Athens Riviera Hotel
Λεωφ. Ποσειδώνος 58, 166 75 Γλυφάδα
https://www.athensriviera-hotels.gr""" % conf
    ck = 'https://www.athensriviera-hotels.gr/checkin/%s?k=%s' % (conf, m.hex(10))
    mat, _, _ = Q.encode(ck)
    m.qr_expect.append(ck)
    text = text.replace('Δωρεάν ακύρωση', 'Online check-in για όλα τα δωμάτια (QR στο μήνυμα): %s\n\nΔωρεάν ακύρωση' % ck)
    paras = text.split('\n\n')
    cid = 'checkin-qr@athensriviera-hotels.gr'
    qr_row = ('<tr><td style="padding:10px 28px"><img src="cid:%s" width="150" height="150" alt="QR check-in"></td></tr>' % cid)
    html = brand_html('Επιβεβαίωση κράτησης %s' % conf, paras[1:6], color='#0a4a6e', brand='Athens Riviera Hotel',
                      footer=[paras[6]], lang='el', charset='UTF-8', extra_rows=qr_row)
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable')
    hp = B.html_part(html, 'UTF-8', 'quoted-printable')
    b1 = '--_NmP-%s-Part_2' % m.hex(16)
    alt = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    img = B.attachment(qr_png(mat, 4), 'image/png', 'qr-checkin.png', 'tb', cid=cid, inline=True)
    b0 = '--_NmP-%s-Part_1' % m.hex(16)
    body = Multi([('Content-Type', 'multipart/related;\n type="multipart/alternative";\n boundary="%s"' % b0)], [alt, img], b0)
    P.ses(m, '"Athens Riviera Hotel" <reservations@athensriviera-hotels.gr>', 'eleni.papadopoulou@example.com', 'eleni.papadopoulou@example.com',
          hdr_text('Επιβεβαίωση κράτησης %s - Example Live Hellas' % conf, 'UTF-8', 'B'), when, body, 'athensriviera-hotels.gr',
          region='eu-central-1', dmarc=('pass', 'quarantine'), reply_to='reservations@athensriviera-hotels.gr')
    m.facts['phone'] = ['+30 210 894 1200']
    m.meta.update(
        what='Genuine booking confirmation from the crew hotel\'s reservation system (SES, aligned domain) for 7 rooms during the Athens show, on invoice with the corporate rate, with an inline PNG QR code for online check-in.',
        why='Hotel\'s own domain with DKIM/DMARC pass, booking details match the production schedule, payment on invoice (no card verification), the QR code points to the hotel\'s own site, replies go to the hotel.',
        hard_neg=dict(attacks=['35-el'], topic='hotel booking for the crew', diff='Direct hotel confirmation instead of a "Booking.com" card-verification lure with an HTML captcha.'))


@msg('business', '36', 'el', 'esoteriko-tameio-xlsx')
def b36(m):
    when = local('GR', 2026, 11, 30, 17, 48, 2)
    xlsx = archive.make_xlsx([('Ταμείο 11-2026', [['Ημερομηνία', 'Περιγραφή', 'Ποσό €'],
                                                  ['03/11/2026', 'Ταξί παραγωγής (ΟΑΚΑ)', 46.5],
                                                  ['18/11/2026', 'Νερά και catering crew', 212.8],
                                                  ['20/11/2026', 'Αναλώσιμα γραφείου', 38.9],
                                                  ['Σύνολο', None, 298.2]])],
                             'Ταμείο Νοεμβρίου', 'Eleni Papadopoulou', (2026, 11, 30, 17, 30, 0))
    text = """Γιώργο καλησπέρα,

σου στέλνω το φύλλο με τις κινήσεις του ταμείου για τον Νοέμβριο (298,20 €). Οι αποδείξεις είναι στο ντοσιέ στο γραφείο σου.

Επίσης, για το αρχείο: το μήνυμα "Booking.com" του Οκτωβρίου για την κράτηση του crew, με το συνημμένο HTML που ζητούσε να πατήσω Windows+R, ήταν απάτη - δεν το άνοιξα και το είχα προωθήσει στον Lukas. Η κράτηση έγινε απευθείας με το ξενοδοχείο και το τιμολόγιο ήρθε κανονικά.

Ευχαριστώ,
Ελένη

--
Ελένη Παπαδοπούλου
Office Manager
Example Live Hellas Μ.Ι.Κ.Ε.
Λεωφ. Συγγρού 142, 176 71 Καλλιθέα
Τ +30 210 955 3140"""
    att = B.attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Tameio_11-2026.xlsx', 'outlook', when=when)
    body = outlook_mixed(m, text, 'windows-1253', 'EL', 'exch', 'EXCH02', atts=[att])
    P.exchange_internal(m, S('Eleni Papadopoulou'), [S('Georgios Konstantinidis')], 'Ταμείο Νοεμβρίου', when, body,
                        lang='el-GR', accept='el-GR, en-US', has_attach=True, subj_charset='windows-1253', name_charset='windows-1253')
    m.facts['phone'] = ['+30 210 955 3140']
    m.meta.update(
        what='Genuine internal Greek mail with the November petty-cash spreadsheet, mentioning that a fake Booking.com mail was reported to IT.',
        why='Internal Exchange route between the two Athens colleagues, ordinary XLSX, no links; mentions of phishing keywords (Booking.com, Windows+R) in a benign context.',
        hard_neg=dict(attacks=['35-el'], topic='mentions of a Booking.com "Windows+R" check', diff='Benign report about the lure, sent internally.'))
