"""attack/32-36 (Greek)."""
from lib import bodies, docs, ids, mime, shapes, systems, util
from lib.company import P
from lib.registry import reg
from lib.systems import deliver
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '32-el-aade-epistrofi-forou')
def a32(m):
    m.what = 'Fake ΑΑΔΕ/myAADE notice: a VAT refund of 1.284,60 € is pending, "confirm your TAXISnet credentials" to have it credited'
    m.why = 'Tax-authority credential phishing through SendGrid from aade-enimerosi.info; the link goes to myaade-gov.gr.epistrofi-foroy.com; ΑΑΔΕ never asks for TAXISnet passwords by e-mail'
    m.topic = 'tax-authority'
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 10, 13, 11, 5, 22)
    link = 'https://myaade-gov.gr.epistrofi-foroy.com/taxisnet/login/?afm=801642371&ref=%s' % m.hex(12)
    m.url(link, 'phishing (fake TAXISnet)')
    text = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
myAADE - Ψηφιακές Υπηρεσίες

Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι έχει εκκαθαριστεί επιστροφή ΦΠΑ υπέρ της επιχείρησής σας:

Επωνυμία: EXAMPLE GROUP HELLAS ΙΚΕ
ΑΦΜ: 801642371
Ποσό επιστροφής: 1.284,60 €
Αριθμός αίτησης: ΕΠ-2026/0948172

Η πίστωση δεν μπορεί να ολοκληρωθεί, διότι ο τραπεζικός λογαριασμός (IBAN) που έχει δηλωθεί δεν έχει επιβεβαιωθεί. Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet και επιβεβαιώστε τα στοιχεία σας εντός 48 ωρών:

%s

Μετά την παρέλευση της προθεσμίας, το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % link
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3;font-family:'Open Sans',Arial,sans-serif;color:#1f2b38">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003476;color:#fff;padding:16px 24px"><b style="font-size:20px">ΑΑΔΕ</b><br><span style="font-size:12px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων &middot; myAADE</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:21px">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Σας ενημερώνουμε ότι έχει εκκαθαριστεί επιστροφή ΦΠΑ υπέρ της επιχείρησής σας:</p>
<table cellpadding="5" style="font-size:13px;background:#eef3f9;width:100%%">
<tr><td>Επωνυμία</td><td><b>EXAMPLE GROUP HELLAS ΙΚΕ</b></td></tr><tr><td>ΑΦΜ</td><td>801642371</td></tr>
<tr><td>Ποσό επιστροφής</td><td><b>1.284,60 €</b></td></tr><tr><td>Αριθμός αίτησης</td><td>ΕΠ-2026/0948172</td></tr></table>
<p>Η πίστωση δεν μπορεί να ολοκληρωθεί, διότι ο τραπεζικός λογαριασμός (IBAN) που έχει δηλωθεί δεν έχει επιβεβαιωθεί. Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet και επιβεβαιώστε τα στοιχεία σας εντός 48 ωρών.</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none;display:inline-block">Σύνδεση TAXISnet</a></p>
<p style="font-size:12px;color:#5a6773">Μετά την παρέλευση της προθεσμίας, το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.</p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></td></tr></table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], m.hex(64))
    m.set_body(root)
    frm = 'enimerosi@aade-enimerosi.info'
    F = dict(from_=addr('ΑΑΔΕ myAADE', frm, 'UTF-8', 'B'), from_addr=frm, to=rcpt, date=t, zone='EET',
             subject=ew('Επιστροφή ΦΠΑ 1.284,60 € - απαιτείται επιβεβαίωση στοιχείων', 'UTF-8', 'B'),
             msgid='<%s@geopod-ismtpd-%d>' % (util.alnum(m.rng, 22), m.rng.randrange(1, 40)))
    m.assemble(shapes.sendgrid(m, t, rcpt, F, 'em2290.aade-enimerosi.info', 'aade-enimerosi.info'))


@reg('attack', '33-el-acs-courier-teloneio')
def a33(m):
    m.what = '"ACS Courier": parcel 7204 1185 3390 is on hold until customs fees of 2,40 € are paid by card'
    m.why = 'Courier fee phishing (card data) from an abused Mailchimp account on acs-gr-deliveries.com; payment page on delivery-fee.top; no parcel expected, ACS does not collect fees like this'
    m.topic = 'courier'
    rcpt = P['eleni'][1]
    t = local_to_utc('EET', 2026, 11, 20, 9, 48, 55)
    link = 'https://acs-gr.delivery-fee.top/pay/?tn=720411853390&s=%s' % m.hex(10)
    m.url(link, 'card phishing')
    text = """ACS Courier

Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7204 1185 3390 βρίσκεται σε αναμονή στο κέντρο διαλογής Αθηνών.

Για την ολοκλήρωση της παράδοσης απαιτείται η καταβολή τελών εκτελωνισμού ύψους 2,40 €.

Πληρώστε online έως 22/11/2026, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα:
%s

Ευχαριστούμε που επιλέξατε την ACS.""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e30613;color:#fff;padding:14px 22px;font-size:24px;font-weight:bold">ACS</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>7204 1185 3390</b> βρίσκεται σε αναμονή στο κέντρο διαλογής Αθηνών.</p>
<p>Για την ολοκλήρωση της παράδοσης απαιτείται η καταβολή τελών εκτελωνισμού ύψους <b>2,40 €</b>.</p>
<p><a href="%s" style="background:#e30613;color:#fff;padding:11px 26px;text-decoration:none;border-radius:3px;display:inline-block">Πληρωμή τελών</a></p>
<p style="font-size:12px;color:#666">Πληρώστε online έως 22/11/2026, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.</p>
<p>Ευχαριστούμε που επιλέξατε την ACS.</p></td></tr></table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], docs.b_mc(m))
    m.set_body(root)
    frm = 'info@acs-gr-deliveries.com'
    F = dict(from_=addr('ACS Courier', frm), from_addr=frm, to=rcpt, date=t, zone='UTC',
             subject=ew('Η αποστολή σας 7204 1185 3390 βρίσκεται σε αναμονή', 'utf-8', 'Q'), list_name='ACS Courier Updates')
    m.assemble(shapes.mailchimp(m, t, rcpt, F, 'acs-gr-deliveries.com', m.hex(10), m.hex(25), m.hex(10)))


@reg('attack', '34-el-sextortion-bitcoin')
def a34(m):
    m.what = 'Sextortion in Greek: "I hacked your device and recorded you, pay 1.350 USD in Bitcoin within 48 hours"; From and To are the victim\'s own address'
    m.why = 'Spoofed own address from a spam bot (no TLS, SPF fail, DMARC fail for example.com), bitcoin wallet, threats and countdown, machine-translated Greek in windows-1253'
    m.topic = None
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 12, 6, 3, 17, 40)
    wallet = ids.bech32_p2wpkh(bytes(m.rng.randrange(256) for _ in range(20)))
    m.fact('Wallet', wallet, 'BTC (bech32 P2WPKH)')
    text = """Γεια σας!

Έχω άσχημα νέα για εσάς. Πριν από μερικούς μήνες απέκτησα πρόσβαση στις συσκευές που χρησιμοποιείτε για την περιήγηση στο διαδίκτυο. Μετά από αυτό άρχισα να παρακολουθώ τη διαδικτυακή σας δραστηριότητα.

Ο λογαριασμός σας (%s) έχει παραβιαστεί - σας έστειλα αυτό το μήνυμα από τον δικό σας λογαριασμό.

Εγκατέστησα ένα πρόγραμμα στον υπολογιστή σας που μου δίνει πρόσβαση στην κάμερα, το μικρόφωνο και όλα τα αρχεία σας. Έχω βίντεο όπου επισκέπτεστε ιστοσελίδες για ενήλικες και τις επαφές σας από το email, το WhatsApp και το Facebook.

Αν θέλετε να διαγράψω όλα τα δεδομένα, στείλτε 1.350 USD σε Bitcoin στη διεύθυνση:

%s

Έχετε 48 ώρες από τη στιγμή που ανοίξατε αυτό το μήνυμα. Μόλις λάβω την πληρωμή, θα διαγράψω τα πάντα και δεν θα ξανακούσετε από μένα. Μην απαντήσετε σε αυτό το email και μην προσπαθήσετε να ενημερώσετε την αστυνομία - θα το μάθω αμέσως.""" % (rcpt, wallet)
    root = mime.text(text, 'plain', 'windows-1253', '8bit', charset_label='"windows-1253"')
    m.set_body(root)
    mid = '<%s.%s@example.com>' % (m.hex(8, True), m.hex(6, True))
    msg = [('Message-ID', mid), ('From', '"%s" <%s>' % ('georgios.antoniou', rcpt)), ('To', rcpt),
           ('Subject', ew('Ο λογαριασμός σας έχει παραβιαστεί', 'windows-1253', 'B')),
           ('Date', util.rfcdate(t, 'EET')), ('MIME-Version', '1.0'), ('__CT__', None), ('X-Priority', '3'),
           ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')]
    h = deliver(m, t + sec(1), rcpt, rcpt, ('[198.51.100.14]', None, '198.51.100.14'), 'fail', ('fail', 'quarantine', 'quarantine', 'example.com'),
                dkims=[], trace=[], msg=msg, tls=None)
    m.assemble(h)


@reg('attack', '35-el-eurobank-embasma-html')
def a35(m):
    m.what = 'Compromised Greek business mailbox sends a "remittance advice" (αποδεικτικό εμβάσματος Eurobank) as an HTML attachment that asks for the e-mail password to "view the document"'
    m.why = 'HTML attachment phishing: a local login form posting to eurobank-docs.com-view.info; unrelated sender (technical firm in Kalamata) on its own server, no invoice relationship; iso-8859-7 Outlook mail from a hacked account'
    m.topic = 'payment-advice'
    rcpt = P['georgios'][1]
    t = local_to_utc('EET', 2026, 11, 25, 12, 2, 50)
    action = 'https://eurobank-docs.com-view.info/swift/verify.php'
    m.url(action, 'form target in the HTML attachment')
    m.phone('27210 84 331', 'sender signature')
    text = """Καλησπέρα σας,

σας αποστέλλουμε συνημμένο το αποδεικτικό εμβάσματος για την εξόφληση του τιμολογίου σας.
Παρακαλούμε επιβεβαιώστε μας την παραλαβή.

Με εκτίμηση,

Λογιστήριο
ΠΑΠΑΔΑΚΗΣ ΤΕΧΝΙΚΗ Μ.Ι.Κ.Ε.
Αριστομένους 112, 241 00 Καλαμάτα
Τηλ. 27210 84 331"""
    att_html = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Eurobank - Αποδεικτικό εμβάσματος</title>
<style>body{font-family:Arial,sans-serif;background:#eef0f3;margin:0}.c{width:420px;margin:70px auto;background:#fff;border-top:6px solid #c4002f;padding:30px}
input{width:100%%;padding:9px;margin:8px 0;border:1px solid #bbb;font-size:14px}button{background:#c4002f;color:#fff;border:0;padding:10px 26px;font-size:14px}</style></head>
<body><div class="c">
<div style="font-size:22px;color:#c4002f;font-weight:bold">Eurobank</div>
<p style="font-size:15px"><b>Αποδεικτικό εμβάσματος SEPA</b><br><span style="font-size:13px;color:#555">Ποσό: 8.640,00 € &middot; Ημερομηνία αξίας: 25/11/2026</span></p>
<p style="font-size:13px">Το έγγραφο είναι προστατευμένο. Για να το προβάλετε, επιβεβαιώστε το email και τον κωδικό του λογαριασμού σας.</p>
<form method="post" action="%s">
<input type="email" name="email" value="%s">
<input type="password" name="pass" placeholder="Κωδικός email">
<button type="submit">Προβολή εγγράφου</button></form></div></body></html>
""" % (action, rcpt)
    html = bodies.fill_charset(bodies.outlook_html(text, 'EL'), 'iso-8859-7')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-7', 'quoted-printable'),
                                         mime.text(html, 'html', 'iso-8859-7', 'quoted-printable')], docs.b_nextpart(m, 1))
    att = mime.attachment(att_html.encode('utf-8'), 'text/html', 'Αποδεικτικό_Εμβάσματος_Eurobank_25112026.html', name_charset='iso-8859-7')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = 'logistirio@papadakis-techniki.gr'
    F = dict(from_=addr('Λογιστήριο Παπαδάκης Τεχνική', frm, 'iso-8859-7', 'B'), from_addr=frm, to=rcpt, date=t, zone='EET',
             subject=ew('Αποδεικτικό εμβάσματος - εξόφληση τιμολογίου', 'iso-8859-7', 'B'),
             msgid='<0%s$%s$%s$@papadakis-techniki.gr>' % (m.hex(11), m.hex(8), m.hex(8)))
    order = ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', '__CT__', '__EXTRA__']
    msg = shapes._std_msg(F, order, mime_version='1.0') + [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', m.thread_index(t)), ('Content-Language', 'el')]
    h = shapes.postfix_server(m, t, rcpt, F, 'mail.papadakis-techniki.gr', '198.51.100.96', client='DESKTOP-LOGIST2', client_ip='192.0.2.231',
                              auth=True, dkim=None, dmarc=('none', 'none', 'none', 'papadakis-techniki.gr'), ua_msg=msg, zone='EET')
    m.assemble(h)


@reg('attack', '36-el-klisi-dioxi-ilektronikou-egklimatos')
def a36(m):
    m.what = 'Fake summons from the "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος" accusing the recipient of accessing illegal content, demanding a written defence within 72 hours to a Gmail address'
    m.why = 'Fake legal notice / extortion opener (continues with a "fine" to pay): police never summon by Gmail, Reply-To another free-mail address, threats of prosecution and publication'
    m.topic = 'legal'
    rcpt = P['eleni'][1]
    t = local_to_utc('EET', 2026, 12, 10, 14, 26, 3)
    text = """ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ
ΔΙΕΥΘΥΝΣΗ ΔΙΩΞΗΣ ΗΛΕΚΤΡΟΝΙΚΟΥ ΕΓΚΛΗΜΑΤΟΣ
Τμήμα Προστασίας Ανηλίκων

Αρ. Πρωτ.: 7018/26/418-ζ'
Αθήνα, 10 Δεκεμβρίου 2026

ΚΛΗΣΗ ΣΕ ΑΠΟΛΟΓΙΑ

Κυρία Παπαδοπούλου,

Μετά από κατάσχεση ηλεκτρονικών μέσων στο πλαίσιο διεθνούς επιχείρησης σε συνεργασία με τη Europol, διαπιστώθηκε πρόσβαση από τη σύνδεσή σας σε ιστοσελίδες με παράνομο περιεχόμενο, κατά παράβαση των άρθρων 348Α και 348Β του Ποινικού Κώδικα.

Σας καλούμε να αποστείλετε γραπτές εξηγήσεις εντός 72 ωρών στη διεύθυνση: gen.secretariat.cybercrime@gmail.com

Σε περίπτωση μη απάντησης, ο φάκελος θα διαβιβαστεί στην Εισαγγελία Πρωτοδικών Αθηνών για την άσκηση ποινικής δίωξης, θα εκδοθεί ένταλμα σύλληψης και το όνομά σας θα καταχωριστεί στο εθνικό μητρώο δραστών.

Για λόγους εχεμύθειας σας συνιστούμε να μην ενημερώσετε τρίτους.

Ο Διευθυντής
Ταξίαρχος Ν. Καραγιάννης"""
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(bodies.gmail_html(text), 'html', 'UTF-8', 'quoted-printable')], docs.b_gmail(m))
    m.set_body(root)
    frm = ('Δ.Δ.Η.Ε. - Ελληνική Αστυνομία', 'ddie.kliseis.gov.gr@gmail.com')
    h, mid = systems.gmail(m, t, rcpt, frm, rcpt, ew('ΚΛΗΣΗ ΣΕ ΑΠΟΛΟΓΙΑ - Αρ. Πρωτ. 7018/26/418', 'UTF-8', 'B'),
                           reply_to='gen.secretariat.cybercrime@gmail.com', zone='EET')
    m.fact('ID', 'gen.secretariat.cybercrime@gmail.com', 'reply address')
    m.assemble(h)
