"""Greek messages: attack/32-36 and business/32-36."""
from .common import *  # noqa: F401,F403
from lib import png

EGH_AFM = ids.gr_afm('80147295')
ARG_AFM = ids.gr_afm('09471835')
THAL_SIG = ('Νίκος Καραλής\nTechnical Superintendent\nThalassa Ship Management S.A.\nΑκτή Κονδύλη 32, 185 45 Πειραιάς\n'
            'T +30 210 429 7710 | M +30 694 418 2207')


# =====================================================================================  ATTACKS
@message('attack', 32, 'el', 'aade-epistrofi-forou')
def a32(c):
    t = util.local_to_utc('GR', 2026, 10, 21, 9, 4, 30)
    link = c.url('https://myaade-gov.gr.com/taxisnet/epistrofi/?afm=%s&ref=EP2026448127' % EGH_AFM,
                 'fake TAXISnet login + card page on a .gr.com look-alike')
    c.url('https://www.aade.gr', 'displayed footer')
    text = ('ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ\nmyAADE – Ειδοποίηση\n\n'
            'Αγαπητέ φορολογούμενε,\n\n'
            'Μετά τον τελευταίο υπολογισμό της φορολογικής σας δραστηριότητας διαπιστώθηκε ότι δικαιούστε επιστροφή '
            'φόρου ύψους 1.284,60 €.\n\n'
            'ΑΦΜ: %s\nΑριθμός αναφοράς: ΕΠ-2026-448127\n\n'
            'Για να λάβετε την επιστροφή, επιβεβαιώστε τα στοιχεία σας και τον τραπεζικό σας λογαριασμό μέσω της '
            'πλατφόρμας myAADE εντός 48 ωρών:\n%s\n\n'
            'Σε περίπτωση μη επιβεβαίωσης, το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.\n\n'
            'Με εκτίμηση,\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\nwww.aade.gr' % (EGH_AFM, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="background:#003476;color:#fff;'
            'padding:14px;font-weight:bold">ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ <span style="font-weight:normal">· myAADE</span></div>'
            '<p>Αγαπητέ φορολογούμενε,</p><p>Μετά τον τελευταίο υπολογισμό της φορολογικής σας δραστηριότητας διαπιστώθηκε '
            'ότι δικαιούστε επιστροφή φόρου ύψους <b>1.284,60 €</b>.</p><p>ΑΦΜ: %s<br>Αριθμός αναφοράς: ΕΠ-2026-448127</p>'
            '<p>Για να λάβετε την επιστροφή, επιβεβαιώστε τα στοιχεία σας και τον τραπεζικό σας λογαριασμό μέσω της '
            'πλατφόρμας myAADE εντός 48 ωρών.</p><p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;'
            'text-decoration:none">Είσοδος στο myAADE</a></p><p>Σε περίπτωση μη επιβεβαίωσης, το ποσό θα συμψηφιστεί με '
            'μελλοντικές οφειλές.</p><p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>'
            '<a href="https://www.aade.gr">www.aade.gr</a></p></body></html>\n' % (EGH_AFM, link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset=us-ascii' if False else 'text/plain; charset={cs}'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset={cs}')],
                          c.boundary('phpmailer'))
    env = Env(frm_name='ΑΑΔΕ - myAADE', frm_email='noreply@frontistirio-kypseli.gr', to=[('', p('gr_acc')['email'])],
              subject='Ειδοποίηση ΑΑΔΕ: Επιστροφή φόρου 1.284,60 € – Απαιτείται επιβεβαίωση στοιχείων',
              date=t, zone='UTC', msgid=mid_php(c, 'frontistirio-kypseli.gr'), body=body)
    c.what = 'Fake AADE (Greek tax authority) notice of a tax refund requiring confirmation of TAXISnet credentials and bank details.'
    c.why = ('Tax-refund phishing: AADE display name on a compromised tutoring-school website mailer (PHPMailer on a '
             'Greek cPanel host), link to myaade-gov.gr.com (.gr.com is not .gr), 48-hour deadline; AADE refunds '
             'never require confirming card or bank data via e-mail links.')
    return send(c, env, T.exim_cpanel, server='gr-shared7.grhost.gr', server_ip='185.138.42.57', php=True,
                xmailer='PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)',
                script_path='/home/frontist/public_html/wp-content/plugins/wp-mail-bank/x.php', zone='GR')


@message('attack', 33, 'el', 'thalassa-lookalike-sharepoint')
def a33(c):
    t = util.local_to_utc('GR', 2026, 11, 11, 17, 22, 8)
    link = c.url('https://thalassashipmgmt-my.sharepoint.com/:b:/g/personal/n_karalis_thalassa-shipmgmt_com/'
                 'Ea%s?e=%s' % (c.alnum(40), c.alnum(6)), 'SharePoint on the attacker\'s own tenant; the shared file links to an AiTM login page')
    c.phone('+30 210 429 7710')
    c.phone('+30 694 418 2207')
    text = ('Καλησπέρα κα Παπαδοπούλου,\n\n'
            'Σας στέλνουμε το RFQ για τα ανταλλακτικά των αντλιών καπακιών κυτών (hatch cover pumps) του M/V Aegean Dawn '
            'και του αδελφού πλοίου M/V Aegean Breeze. Λόγω μεγέθους, τα σχέδια και η λίστα ανταλλακτικών είναι στο '
            'SharePoint μας:\n\n%s\n\n'
            'Θα χρειαστεί να συνδεθείτε με τον εταιρικό σας λογαριασμό για να δείτε τα αρχεία. Παρακαλούμε για προσφορά '
            'έως την Παρασκευή, γιατί το πλοίο μπαίνει δεξαμενή στο Πέραμα στις 28/11.\n\n'
            'Ευχαριστώ εκ των προτέρων,\n\n' % link + THAL_SIG)
    html = fmt.outlook_html(text, 'el', 'utf-8').replace(fmt.esc(link), '<a href="%s">%s</a>' % (link, fmt.esc(link)))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')],
                          '_000_' + c.hex(40, True) + '_')
    env = Env(frm_name='Νίκος Καραλής', frm_email='n.karalis@thalassa-shipmgmt.com', to=[('Ελένη Παπαδοπούλου', p('gr_om')['email'])],
              subject='RFQ – M/V Aegean Dawn / Aegean Breeze – ανταλλακτικά αντλιών καπακιών κυτών', date=t, zone='GR',
              msgid=None, body=body, lang='el-GR')
    c.what = 'RFQ from the ship manager\'s technical superintendent – but from thalassa-shipmgmt.com – with the documents on SharePoint requiring a company login.'
    c.why = ('Look-alike of a real customer (thalassaship.gr uses Google Workspace; this comes from a fresh Microsoft 365 '
             'tenant of thalassa-shipmgmt.com), copied signature, document-share lure to harvest Microsoft 365 '
             'credentials, time pressure (dry-dock date).')
    return send(c, env, T.m365, region='EUR', lang='el-GR', tenant_id=c.guid())


@message('attack', 34, 'el', 'eurobank-business-kyc')
def a34(c):
    t = util.local_to_utc('GR', 2026, 11, 17, 11, 38, 5)
    link = c.url('https://business-eurobank.gr.com/ebanking/kyc/?cid=%s' % c.hex(12), 'fake Eurobank Business Banking login (credentials + OTP relay)')
    unsub = c.url('https://sbfrmte.r.sp1-brevo.net/mk/un/v2/' + c.b64(40).replace('/', '_').replace('+', '-').rstrip('='))
    c.phone('+30 210 955 5000', 'number shown as "customer service" (copied)')
    text = ('Eurobank Business Banking\n\n'
            'Αγαπητέ πελάτη,\n\n'
            'Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες '
            'δραστηριότητες (Ν. 4557/2018), απαιτείται επικαιροποίηση των στοιχείων (KYC) για τον εταιρικό λογαριασμό '
            'της επιχείρησης EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ %s).\n\n'
            'Εάν η επικαιροποίηση δεν ολοκληρωθεί έως 20/11/2026, οι εξερχόμενες πληρωμές και οι μαζικές μεταφορές '
            '(μισθοδοσία, προμηθευτές) θα περιοριστούν προσωρινά.\n\n'
            'Η διαδικασία διαρκεί λιγότερο από 5 λεπτά. Συνδεθείτε με τους κωδικούς σας στο Eurobank Business Banking '
            'και επιβεβαιώστε τον κωδικό μίας χρήσης που θα λάβετε:\n%s\n\n'
            'Για οποιαδήποτε απορία μπορείτε να επικοινωνήσετε με την Εξυπηρέτηση Επιχειρήσεων στο +30 210 955 5000.\n\n'
            'Με εκτίμηση,\nEurobank – Business Banking\n\n'
            'Διαγραφή από τη λίστα ενημερώσεων: %s' % (EGH_AFM, link, unsub))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a47;background:#f3f4f7">'
            '<table width="600" align="center" cellpadding="24" style="background:#fff;margin:16px auto"><tr><td>'
            '<div style="font-size:22px;font-weight:bold;color:#a6192e">Eurobank <span style="color:#1b2a47;font-weight:normal">'
            'Business Banking</span></div><p>Αγαπητέ πελάτη,</p><p>Σύμφωνα με τις υποχρεώσεις της Τράπεζας για την πρόληψη της '
            'νομιμοποίησης εσόδων από παράνομες δραστηριότητες (Ν. 4557/2018), απαιτείται επικαιροποίηση των στοιχείων (KYC) για '
            'τον εταιρικό λογαριασμό της επιχείρησης <b>EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.</b> (ΑΦΜ %s).</p>'
            '<p style="background:#fff4e5;padding:10px">Εάν η επικαιροποίηση δεν ολοκληρωθεί έως <b>20/11/2026</b>, οι εξερχόμενες '
            'πληρωμές και οι μαζικές μεταφορές (μισθοδοσία, προμηθευτές) θα περιοριστούν προσωρινά.</p>'
            '<p><a href="%s" style="background:#a6192e;color:#fff;padding:12px 24px;text-decoration:none;font-weight:bold">'
            'Επικαιροποίηση στοιχείων</a></p><p style="font-size:12px;color:#555">Για οποιαδήποτε απορία μπορείτε να '
            'επικοινωνήσετε με την Εξυπηρέτηση Επιχειρήσεων στο +30 210 955 5000.</p><p style="font-size:11px;color:#888">'
            'Eurobank – Business Banking · <a href="%s" style="color:#888">Διαγραφή</a></p></td></tr></table></body></html>\n'
            % (EGH_AFM, link, unsub))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64', ct='text/plain; charset="{cs}"'),
                                          mime.text(html, 'html', 'utf-8', 'base64', ct='text/html; charset="{cs}"')],
                          c.boundary('brevo'))
    env = Env(frm_name='Eurobank Business Banking', frm_email='alerts@business-eurobank.gr.com', to=[('', p('gr_acc')['email'])],
              subject='Eurobank Business: απαιτείται επικαιροποίηση στοιχείων (KYC) έως 20/11/2026', date=t, zone='UTC',
              msgid='%s@smtp-relay.mailin.fr' % c.hex(40), body=body,
              env_from='bounces-%d-%s@business-eurobank.gr.com' % (c.randint(1000000, 9999999), c.hex(12)),
              extra=[('List-Unsubscribe', '<%s>' % unsub)])
    c.what = 'Fake Eurobank Business Banking "KYC update" notice threatening to restrict outgoing payments and payroll.'
    c.why = ('Business-banking credential phishing tailored to the Greek entity\'s real bank (Eurobank): look-alike '
             'business-eurobank.gr.com sent through Brevo, AML/KYC pretext, restriction of payroll/supplier payments as '
             'threat, login page that relays the one-time code.')
    return send(c, env, T.brevo)


@message('attack', 35, 'el', 'ceo-exagora-kypros')
def a35(c):
    t = util.local_to_utc('GR', 2026, 12, 8, 10, 12, 41)
    acc = BANK['fraud_gr_ceo']
    iban = c.iban(acc, 'attacker-controlled "escrow" account in Cyprus')
    text = ('Γιώργο καλημέρα,\n\n'
            'Χρειάζομαι τη βοήθειά σου σήμερα σε ένα εμπιστευτικό θέμα. Ολοκληρώνουμε την εξαγορά μιας μικρής εταιρείας '
            'service ναυτιλιακών υδραυλικών στη Λεμεσό και πρέπει να καταβληθεί σήμερα η προκαταβολή των 48.600 € στον '
            'λογαριασμό μεσεγγύησης (escrow) του δικηγορικού γραφείου:\n\n'
            'Δικαιούχος: %s\nΤράπεζα: Hellenic Bank, Λευκωσία\nIBAN: %s\nBIC: %s\nΑιτιολογία: Deposit SPA EG-0417\n\n'
            'Σε παρακαλώ κάνε την πληρωμή από τον λογαριασμό της Hellas και στείλε μου το αποδεικτικό σε αυτό το email. '
            'Μέχρι την επίσημη ανακοίνωση δεν πρέπει να το συζητήσεις με κανέναν, ούτε με την Ελένη ούτε με τα κεντρικά – '
            'η Sabine είναι ενήμερη. Είμαι σε συσκέψεις όλη μέρα, επικοινωνία μόνο με email.\n\n'
            'Ευχαριστώ,\nMatthias Krämer\nCEO, Example Group' % (acc['holder'], iban, acc['bic']))
    body = mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed')
    env = Env(frm_name='Matthias Krämer', frm_email='m.kraemer@examplegroup.eu.com', to=[('Georgios Antoniou', p('gr_acc')['email'])],
              subject='Εμπιστευτικό – πληρωμή σήμερα', date=t, zone='GR', msgid=None, body=body)
    c.what = 'CEO impersonation asking the Greek accountant to pay a 48 600 € "escrow deposit" for a secret acquisition in Cyprus.'
    c.why = ('CEO fraud: look-alike examplegroup.eu.com (CentralNic sub-domain, not examplegroup.eu) on IONOS, secrecy '
             'even from the local office manager and HQ, claims the CFO is informed, same-day payment to a Cypriot '
             'account, e-mail only.')
    return send(c, env, T.united_internet, brand='ionos', client_ip='185.107.56.233',
                ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1')


@message('attack', 36, 'el', 'paraggelia-html-clickfix')
def a36(c):
    t = util.local_to_utc('GR', 2026, 12, 2, 13, 55, 19)
    page = html_page('Επαλήθευση – Cloudflare', (
        '<div style="font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;max-width:600px;margin:80px auto;color:#313131">'
        '<h1 style="font-size:26px;font-weight:500">PMS-26-0917_Paraggelia.pdf</h1>'
        '<p style="font-size:16px">Επαληθεύστε ότι είστε άνθρωπος για να συνεχίσετε στην προβολή του εγγράφου.</p>'
        '<div style="border:1px solid #d9d9d9;background:#fafafa;padding:18px;width:300px;display:flex">'
        '<span style="display:inline-block;width:24px;height:24px;border:2px solid #666;border-radius:3px;margin-right:12px"></span>'
        '<span style="font-size:14px;line-height:28px">Δεν είμαι ρομπότ</span>'
        '<span style="margin-left:auto;font-size:10px;color:#888">Cloudflare<br>Απόρρητο - Όροι</span></div>'
        '<div style="margin-top:26px;border:1px solid #c9302c;background:#fff5f5;padding:16px;font-size:15px">'
        '<b>Βήματα επαλήθευσης</b><ol><li>Πατήστε <b>Windows + R</b></li><li>Πατήστε <b>Ctrl + V</b> για επικόλληση του '
        'κωδικού επαλήθευσης</li><li>Πατήστε <b>Enter</b> για ολοκλήρωση</li></ol>'
        '<p style="font-size:12px;color:#777">Ray ID: %s · Ο κωδικός επαλήθευσης αντιγράφηκε αυτόματα.</p></div>'
        '<p style="font-size:12px;color:#999;margin-top:40px">Performance &amp; security by Cloudflare</p></div>' % c.hex(16)), 'el')
    text = ('Καλησπέρα σας,\n\n'
            'σας επισυνάπτουμε την παραγγελία μας PMS-26-0917 για αντλίες γραναζιών και βαλβίδες (για ανταλλακτικά '
            'σκαφών). Παρακαλούμε επιβεβαιώστε τιμές και χρόνο παράδοσης έως την Παρασκευή.\n\n'
            'Το αρχείο ανοίγει στον browser (ασφαλής προβολή εγγράφου).\n\n'
            'Με εκτίμηση,\nΣτέλιος Μαυρίδης\nPoseidon Marine Supplies\nΑκτή Ποσειδώνος 14, Πειραιάς\nτηλ. 210 412 3390')
    c.phone('210 412 3390')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'UTF-8', '8bit', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(page.encode('utf-8'), 'text/html', 'PMS-26-0917_Paraggelia.html',
                                                    ct_params='charset=UTF-8')], c.boundary('roundcube'))
    env = Env(frm_name='Poseidon Marine Supplies', frm_email='sales@poseidon-marine.gr', to=[('', p('gr_om')['email'])],
              subject='Παραγγελία PMS-26-0917 – επιβεβαίωση τιμών', date=t, zone='GR',
              msgid=mid_hex(c, 'poseidon-marine.gr'), body=body, extra=[('User-Agent', 'Roundcube Webmail/1.6.5')])
    c.what = 'Order from a Piraeus marine supplier with an HTML "document" that shows a fake Cloudflare check telling the user to press Win+R, Ctrl+V, Enter.'
    c.why = ('ClickFix / fake-CAPTCHA lure: the real page silently copies a PowerShell command to the clipboard (script '
             'removed here, instructions kept); sent from a hijacked cPanel mailbox of a real-looking marine supplier via '
             'Roundcube from an unrelated IP.')
    return send(c, env, T.exim_cpanel, server='s5.grserver.gr', server_ip='185.4.132.19', php=False,
                client_ip='45.95.147.82', auth_id='sales@poseidon-marine.gr', zone='GR',
                mua_order=['MIME-Version', 'Date', 'From', 'To', 'Subject', 'Message-ID', '__EXTRA__', '__MIME__'])


# =====================================================================================  BUSINESS
@message('business', 32, 'el', 'aade-mynima-thyrida')
def b32(c):
    t = util.local_to_utc('GR', 2026, 11, 4, 8, 31, 17)
    c.url('https://www.aade.gr', 'AADE site (no deep link)')
    text = ('Αγαπητέ/ή φορολογούμενε/η,\n\n'
            'σας ενημερώνουμε ότι στη Θυρίδα σας στην ψηφιακή πύλη myAADE έχει αναρτηθεί νέο μήνυμα:\n\n'
            'Αποστολέας: ΦΑΕ ΠΕΙΡΑΙΑ\nΘέμα: Πρόσκληση για παροχή διευκρινίσεων - Διασταύρωση στοιχείων myDATA '
            '(διαφορές διαβιβασθέντων παραστατικών 3ου τριμήνου 2026)\n\n'
            'Για να δείτε το μήνυμα, συνδεθείτε στην ιστοσελίδα www.aade.gr > myAADE > Θυρίδα με τους προσωπικούς σας '
            'κωδικούς TAXISnet.\n\n'
            'Η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα με συνδέσμους για εισαγωγή κωδικών ή στοιχείων καρτών.\n\n'
            'Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\nhttps://www.aade.gr')
    body = mime.text(text, 'plain', 'iso-8859-7', 'quoted-printable', ct='text/plain; charset={cs}')
    env = Env(frm_name='ΑΑΔΕ', frm_email='noreply@aade.gr', frm_charset='iso-8859-7', frm_enc='B',
              to=[('', p('gr_acc')['email'])], subject='Ενημέρωση για νέο μήνυμα στη Θυρίδα σας (myAADE)',
              subj_charset='iso-8859-7', subj_enc='B', date=t, zone='GR',
              msgid='%d.%d.%d.JavaMail.notif@notif-app02.aade.gr' % (c.randint(10 ** 6, 10 ** 7), c.randint(1, 9), int(t.timestamp() * 1000)),
              body=body)
    c.what = 'AADE notification that a new message (myDATA reconciliation query from the tax office) is in the company\'s myAADE inbox.'
    c.why = ('Sent by AADE\'s own mail gateway (SPF pass), tells the user to log in via www.aade.gr themselves, no '
             'deep link or attachment, and says AADE never sends credential links.')
    c.pair, c.topic = '32-el-aade-epistrofi-forou.eml', 'AADE / myAADE notification'
    c.diff = ('Genuine: "new message in your myAADE inbox", go to www.aade.gr yourself. Attack: tax refund with a link to '
              'myaade-gov.gr.com asking for credentials and bank data.')
    return send(c, env, T.platform, host='mailgw2.aade.gr', ip='198.51.100.121', selector='aade', dkim=False,
                hops=[lambda t0: T.postfix_hop(c, 'notif-app02.aade.gr', None, '10.201.14.12', 'mailgw2.aade.gr',
                                               t0, 'GR', 'ESMTP', p('gr_acc')['email'])])


@message('business', 33, 'el', 'thalassa-google-drive-sxedia')
def b33(c):
    t = util.local_to_utc('GR', 2026, 11, 6, 12, 48, 55)
    folder = c.url('https://drive.google.com/drive/folders/1%s?usp=sharing' % c.alnum(32).replace('/', '_'),
                   'Google Drive folder shared by the customer (photos and drawing)')
    c.phone('+30 210 429 7710')
    c.phone('+30 694 418 2207')
    text = ('Καλημέρα Ελένη,\n\n'
            'όπως είπαμε στο τηλέφωνο, η αντλία του καπακιού κύτους Νο 3 στο Aegean Dawn έχει διαρροή στον άξονα. '
            'Ανέβασα φωτογραφίες, το πινακιδάκι της αντλίας και το σχέδιο της εγκατάστασης σε φάκελο στο Google Drive:\n'
            '%s\n\n'
            'Μπορείτε να μας πείτε αν είναι το AKP-250-MAR όπως στο PO TSM-PO-26-1187 ή παλαιότερη έκδοση; Αν χρειαστεί '
            'επιθεώρηση, το πλοίο θα είναι στο Πέραμα από 28/11.\n\n'
            'Ευχαριστώ,\n\n' % folder + THAL_SIG.replace('Ακτή Κονδύλη 32', 'Ακτή Κονδύλη 32'))
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                         mime.text(fmt.gmail_html(text).replace(fmt.esc(folder), '<a href="%s">%s</a>' % (folder, fmt.esc(folder))),
                                                   'html', 'UTF-8', 'quoted-printable')], c.boundary('gmail'))
    env = Env(frm_name='Nikos Karalis', frm_email='n.karalis@thalassaship.gr', to=[('Eleni Papadopoulou', p('gr_om')['email'])],
              cc=[('Julia Neumann', p('export')['email'])],
              subject='Aegean Dawn – διαρροή αντλίας καπακιού κύτους Νο 3 (φωτογραφίες)', date=t, zone='GR',
              msgid=T.gmail_msgid(c), body=alt)
    c.what = 'Customer superintendent shares a Google Drive folder with photos and a drawing of a leaking hatch-cover pump.'
    c.why = ('Real customer domain on Google Workspace (DKIM thalassaship.gr, DMARC pass), follows a phone call, refers to '
             'the actual PO and vessel, Drive link to view photos – no login to a look-alike.')
    c.pair, c.topic = '33-el-thalassa-lookalike-sharepoint.eml', 'Customer sharing documents via a cloud link (Thalassa)'
    c.diff = ('Genuine: thalassaship.gr via Google Workspace, Drive folder after a phone call. Attack: '
              'thalassa-shipmgmt.com on a new M365 tenant, SharePoint link "requiring your corporate login".')
    return send(c, env, T.gmail, workspace_domain='thalassaship.gr')


@message('business', 34, 'el', 'google-eidopoiisi-asfaleias')
def b34(c):
    t = util.local_to_utc('GR', 2026, 11, 16, 9, 2, 10)
    acct = 'examplegroup.hellas@gmail.com'
    u1 = c.url('https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0'
               % (acct, int(t.timestamp() * 1000), c.alnum(22)))
    u2 = c.url('https://myaccount.google.com/notifications')
    text = ('Νέα σύνδεση σε Windows\n%s\n\n'
            'Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Windows. Εάν ήσασταν εσείς, δεν '
            'χρειάζεται να κάνετε τίποτα. Εάν όχι, θα σας βοηθήσουμε να προστατεύσετε τον λογαριασμό σας.\n\n'
            'Έλεγχος δραστηριότητας\n%s\n\n'
            'Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση\n%s\n\n'
            'Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να σας ενημερώσουμε σχετικά με σημαντικές αλλαγές στον '
            'Λογαριασμό και στις υπηρεσίες σας Google.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'
            % (acct, u1, u2))
    html = ('<!DOCTYPE html><html lang="el"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" '
            'content="date=no"/><style nonce="%s">.awl a {color: #FFFFFF; text-decoration: none;}</style></head>'
            '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" '
            'border="0" cellspacing="0" cellpadding="0" lang="el"><tr align="center"><td><table border="0" cellspacing="0" '
            'cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td style="border-style:solid;'
            'border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center"><div style="font-family:'
            '\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);'
            'line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">Νέα σύνδεση σε '
            'Windows</div><table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'
            '\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">%s'
            '</a></td></tr></table></div><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;'
            'color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό '
            'σας Google σε μια συσκευή Windows. Εάν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Εάν όχι, θα σας βοηθήσουμε '
            'να προστατεύσετε τον λογαριασμό σας.<div style="padding-top:32px;text-align:center"><a href="%s" target="_blank" '
            'style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;'
            'font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;'
            'border-radius:5px;min-width:90px">Έλεγχος δραστηριότητας</a></div></div><div style="padding-top:20px;font-size:12px;'
            'line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">Μπορείτε επίσης να δείτε τη δραστηριότητα '
            'ασφαλείας στη διεύθυνση<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit" href="%s">'
            'https://myaccount.google.com/notifications</a></div></td></tr></table><div style="text-align:left"><div style="font-family:'
            'Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;'
            'text-align:center"><div>Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να σας ενημερώσουμε σχετικά με σημαντικές '
            'αλλαγές στον Λογαριασμό και στις υπηρεσίες σας Google.</div><div style="direction:ltr">© 2026 Google LLC, '
            '<a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;'
            'padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>'
            '</td></tr></table></body></html>\n' % (c.alnum(22), acct, u1, u2))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'base64', ct='text/plain; charset="{cs}"; format=flowed; delsp=yes'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset="{cs}"')],
                          c.boundary('gmail'))
    env = Env(frm_name='Google', frm_email='no-reply@accounts.google.com', to=[('', p('gr_om')['email'])],
              subject='Ειδοποίηση ασφαλείας', date=t, zone='UTC', msgid='%s-%s@google.com' % (c.alnum(22), c.alnum(0) or 'a'), body=body,
              env_from='3%s.%s@gaia.bounces.google.com' % (c.alnum(24), c.alnum(20)))
    c.what = 'Google security alert ("new sign-in on Windows") for the Greek office\'s Google Business Profile account, sent to the recovery address.'
    c.why = ('Genuine Google template from accounts.google.com (DKIM/DMARC pass), matches the office manager signing in '
             'on a new office PC, links only to accounts.google.com / myaccount.google.com; informational.')
    c.pair, c.topic = None, ''
    return send(c, env, T.google_service, dkim_domain='accounts.google.com')


@message('business', 35, 'el', 'fpa-pliromi-simera-intern')
def b35(c):
    t = util.local_to_utc('GR', 2026, 11, 30, 9, 18, 45)
    rf = ids.rf_reference('0801472955261030004')
    c.ident('RF payment reference (ΑΑΔΕ ταυτότητα οφειλής)', rf)
    text = ('Γιώργο καλημέρα,\n\n'
            'θυμίζω ότι σήμερα, 30/11, λήγει η προθεσμία για την περιοδική δήλωση και την πληρωμή του ΦΠΑ Οκτωβρίου. '
            'Η δήλωση υποβλήθηκε χθες από το λογιστικό γραφείο και η ταυτότητα οφειλής βγήκε στο myAADE:\n\n'
            'Ταυτότητα οφειλής (RF): %s\nΠοσό: 18.742,00 €\n\n'
            'Η πληρωμή γίνεται από το e-banking της Eurobank με τον κωδικό RF (πληρωμές προς Δημόσιο / ΔΙΑΣ) – όχι με '
            'μεταφορά σε IBAN. Η Sabine έχει ήδη εγκρίνει το ποσό στο payment proposal της Παρασκευής. Όταν γίνει, '
            'ανέβασε το αποδεικτικό στον φάκελο ΦΠΑ\\2026\\10 στο shared drive.\n\n'
            'Ευχαριστώ!\nΕλένη\n\n'
            'Eleni Papadopoulou\nOffice Manager\nExample Group Hellas Μονοπρόσωπη Α.Ε.\nΑκτή Μιαούλη 47, 185 36 Πειραιάς\n'
            'T +30 210 418 6620' % rf)
    c.phone('+30 210 418 6620')
    body = outlook_body(c, text, 'el', 'windows-1253', mid=c.hex(32))
    env = Env(frm_name='Papadopoulou, Eleni', frm_email=p('gr_om')['email'], to=[('Antoniou, Georgios', p('gr_acc')['email'])],
              cc=[('Hoffmann, Sabine', p('cfo')['email'])],
              subject='Επείγον: πληρωμή ΦΠΑ Οκτωβρίου σήμερα (λήξη 30/11)', subj_charset='windows-1253', subj_enc='B',
              date=t, zone='GR', msgid=mid_exchange(c), body=body, lang='el-GR')
    c.what = 'Internal urgent reminder from the Greek office manager to pay October VAT today using the AADE RF payment code.'
    c.why = ('Internal Exchange route, statutory deadline, amount approved by the CFO (in copy), payment to the tax '
             'authority via an RF reference (valid ISO 11649 check) instead of an arbitrary IBAN, evidence to the shared drive.')
    c.pair, c.topic = '35-el-ceo-exagora-kypros.eml', 'Urgent same-day payment request'
    c.diff = ('Genuine: internal sender, CFO in copy, tax payment by RF code. Attack: "CEO" from examplegroup.eu.com, '
              'secrecy, 48 600 € to a Cypriot "escrow" IBAN.')
    return send(c, env, T.exchange_internal, client_ip='10.70.1.24', internal=True)


@message('business', 36, 'el', 'argyriou-timologio-mydata')
def b36(c):
    t = util.local_to_utc('GR', 2026, 11, 25, 14, 40, 2)
    mark = '40000%d' % c.randint(1000000000, 9999999999)
    uid = c.hex(40, True)
    qurl = 'https://www.einvoicing-hellas.gr/v/%s?mark=%s' % (uid, mark)
    c.qr(qurl, 'myDATA invoice QR of the e-invoicing provider (ΜΑΡΚ + UID)')
    c.ident('ΜΑΡΚ myDATA', mark)
    rf = ids.rf_reference('ARG26TDA1842')
    c.ident('RF payment reference', rf)
    iban = c.iban(BANK['argyriou'], 'forwarder account (Eurobank)')
    c.phone('+30 210 461 5580')
    c.url('www.argyriou-forwarding.gr')
    inv = docs.invoice(
        dict(title='ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΤΔΑ 1842', author='ΑΡΓΥΡΙΟΥ Α.Ε.', creator='SoftOne ERP',
             producer='eInvoicing Hellas PDF', created="20261125142211+02'00'", lang='el-GR'),
        ['ΑΡΓΥΡΙΟΥ ΔΙΕΘΝΕΙΣ ΜΕΤΑΦΟΡΕΣ Α.Ε.', 'Ακτή Ξαβερίου 6', '185 38 Πειραιάς', 'Τηλ. +30 210 461 5580',
         'ΑΦΜ %s · ΔΟΥ ΦΑΕ Πειραιά' % ARG_AFM],
        ['EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.', 'Ακτή Μιαούλη 47', '185 36 Πειραιάς', 'ΑΦΜ %s · ΔΟΥ ΦΑΕ Πειραιά' % EGH_AFM],
        'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ',
        [('Σειρά / Αριθμός', 'ΤΔΑ 1842'), ('Ημερομηνία', '25/11/2026'), ('ΜΑΡΚ', mark), ('Τρόπος πληρωμής', 'Επί πιστώσει 30 ημ.')],
        [(300, 'left'), (60, 'right'), (135, 'right')],
        [['Περιγραφή', 'Ποσ.', 'Αξία €'],
         ['Εκτελωνισμός εισαγωγής, διασάφηση 26GRI00401A4482197', '1', '185,00'],
         ['Μεταφορά Πειραιάς → Πέραμα (παράδοση σε πλοίο M/V Aegean Dawn)', '1', '240,00'],
         ['Διακίνηση / αποθήκευση 3 ημερών, 2 παλέτες', '1', '72,00']],
        [('Καθαρή αξία', '497,00', False), ('ΦΠΑ 24 %', '119,28', False), ('Πληρωτέο', '616,28 €', True)],
        ['Πληρωμή: Eurobank – IBAN %s' % iban, 'Κωδικός πληρωμής RF: %s' % rf],
        ['Πάροχος Ηλεκτρονικής Τιμολόγησης: eInvoicing Hellas Α.Ε. · Το παραστατικό έχει διαβιβαστεί στο myDATA της ΑΑΔΕ'],
        qr=(qurl, 85, 460, 240), qr_caption=['Επαλήθευση παραστατικού', 'myDATA / Πάροχος'], color='#0a4f7a')
    text = ('Καλησπέρα σας,\n\n'
            'σας αποστέλλουμε το τιμολόγιο ΤΔΑ 1842 για τον εκτελωνισμό και την παράδοση των ανταλλακτικών στο M/V Aegean '
            'Dawn. Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s).\n\n'
            'Για την πληρωμή μπορείτε να χρησιμοποιήσετε τον κωδικό RF του τιμολογίου.\n\n'
            'Με εκτίμηση,\nΜαρία Κωνσταντίνου\nΛογιστήριο\nΑΡΓΥΡΙΟΥ ΔΙΕΘΝΕΙΣ ΜΕΤΑΦΟΡΕΣ Α.Ε.\nΤηλ. +30 210 461 5580\n'
            'www.argyriou-forwarding.gr' % mark)
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'ISO-8859-7', 'base64', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(inv, 'application/pdf', 'TDA_1842.pdf')], c.boundary('roundcube'))
    env = Env(frm_name='Λογιστήριο Αργυρίου', frm_email='accounts@argyriou-forwarding.gr', frm_charset='ISO-8859-7', frm_enc='B',
              to=[('', p('gr_acc')['email'])], cc=[('', p('gr_om')['email'])],
              subject='Τιμολόγιο ΤΔΑ 1842 - εκτελωνισμός / παράδοση Aegean Dawn', subj_charset='ISO-8859-7', subj_enc='B',
              date=t, zone='GR', msgid=mid_hex(c, 'argyriou-forwarding.gr'), body=body,
              extra=[('User-Agent', 'Roundcube Webmail/1.6.9')])
    c.what = 'Freight forwarder\'s invoice for customs clearance and ship delivery, with the myDATA MARK, provider QR code and RF payment code.'
    c.why = ('Known forwarder that handled the Aegean Dawn delivery (see business/15), own cPanel mail with DKIM, invoice '
             'carries the Greek e-invoicing elements (ΜΑΡΚ, provider QR, RF code with valid check digits) and the '
             'forwarder\'s usual Eurobank account.')
    c.pair, c.topic = '36-el-paraggelia-html-clickfix.eml', 'Documents from a Piraeus marine service provider'
    c.diff = ('Genuine: PDF invoice with myDATA QR from the known forwarder. Attack: "order" from a hijacked marine '
              'supplier mailbox whose HTML attachment runs a ClickFix fake CAPTCHA.')
    return send(c, env, T.exim_cpanel, server='server.grhost.gr', server_ip='185.138.42.19', php=False,
                client_ip='94.69.212.150', auth_id='accounts@argyriou-forwarding.gr', zone='GR',
                mua_order=['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'Message-ID', '__EXTRA__', '__MIME__'])
