"""Attack messages 32-36 (Greek)."""
from urllib.parse import quote

from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM, uuid, local
from company import E, A, AFM_EXAMPLE_GR
from reg import attack, alt, mixed
import infra


def ics_fold(line):
    """RFC 5545 folding at 75 octets without splitting UTF-8 sequences."""
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, stamp, start, end, organizer, org_cn, attendee, att_cn, summary, description, location,
             prodid, method='REQUEST', tzid='Europe/Athens'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:' + tzid, 'BEGIN:STANDARD', 'DTSTART:19701025T040000',
             'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700329T030000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
             'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT',
             'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
             'DTSTAMP:' + stamp, 'ORGANIZER;CN="%s":mailto:%s' % (org_cn, organizer), 'UID:' + uid,
             'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s'
             % (att_cn, attendee),
             'CREATED:' + stamp, 'DESCRIPTION:' + ics_text(description), 'LAST-MODIFIED:' + stamp,
             'LOCATION:' + ics_text(location), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'SUMMARY:' + ics_text(summary),
             'TRANSP:OPAQUE', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-P0DT0H15M0S',
             'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(x) for x in lines) + '\r\n'


@attack(32, 'el', 'aade-mydata-prostimo',
        '"ΑΑΔΕ – myDATA" notice of 14 mismatched sales documents for Q3 2026 with a fine threat and a '
        '"login with TAXISnet codes" button.',
        'The tax authority does not e-mail fine warnings with login links; Amazon SES mail from '
        'mydata-aade.gr (AADE uses aade.gr); link to a TAXISnet credential page; real legal references '
        'and the correct AFM for credibility. Genuine myDATA mail from the external accountant: business 35.')
def a32(m):
    t = T(2026, 11, 6, 7, 5, 29)
    sender = 'noreply@mydata-aade.gr'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('ΑΑΔΕ – myDATA', sender, 'utf-8', 'B'), to=E('gr_acc'),
             subject='Ειδοποίηση ασυμφωνίας παραστατικών myDATA – ενδεχόμενη επιβολή προστίμου', scs=('UTF-8', 'B'))
    infra.ses(m, t, f, 'eu-central-1', ip='69.169.224.%d' % 41)
    url = 'https://mydata-aade.gr/taxisnet/login?next=%s' % H(m.seed('n'), 24, ALNUM)
    src = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονικά Βιβλία – myDATA

Αξιότιμε/η φορολογούμενε,

Κατά τη διασταύρωση των δεδομένων που διαβιβάστηκαν στην πλατφόρμα myDATA για το γ΄ τρίμηνο 2026 εντοπίστηκαν 14 παραστατικά πωλήσεων της επιχείρησης με ΑΦΜ %s, για τα οποία δεν έχει διαβιβαστεί ο χαρακτηρισμός εσόδων ή υπάρχει απόκλιση από τα δεδομένα των αντισυμβαλλομένων.

Σύμφωνα με το άρθρο 54 του ν. 4174/2013 (ΚΦΔ), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Για να αποφύγετε την επιβολή του, παρακαλούμε να ελέγξετε και να διορθώσετε τις εγγραφές έως τις 04/12/2026.

Είσοδος με κωδικούς TAXISnet: %s

Με εκτίμηση,
Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού
""" % (AFM_EXAMPLE_GR, url)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px;color:#003476">'
            '<div style="max-width:600px;margin:auto;border:1px solid #d0d7e2"><div style="background:#003476;color:#fff;'
            'padding:14px 20px;font-size:17px"><b>ΑΑΔΕ</b> · myDATA</div><div style="padding:18px;color:#222">'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in src.strip().split('\n\n')[1:4])
            + '<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;'
              'text-decoration:none">Είσοδος με κωδικούς TAXISnet</a></p>' % esc(url)
            + '<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού</p></div></div></body></html>')
    m.body = multi('alternative', [text(src, 'UTF-8', 'base64'), text(html, 'UTF-8', 'base64', 'html')],
                   boundary('java', m.seed('alt')))


@attack(33, 'el', 'eurobank-business-kyc',
        '"Eurobank Business Banking" demands a mandatory KYC update of the Greek company by 20/11 or '
        'e-banking transfers, payroll and VAT payments will be restricted.',
        'Bank phishing sent by a PHP script on a compromised Greek e-shop\'s hosting (envelope sender is '
        'the hosting account) with a spoofed bank display name; link to the look-alike '
        'eurobank-business.gr-ebanking.com that asks for e-banking user, password and OTP.')
def a33(m):
    t = T(2026, 11, 12, 6, 31, 18)
    sender = 'info@kosmima-handmade.gr'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('Eurobank Business Banking', sender), to=E('gr_acc'),
             subject='Υποχρεωτική επικαιροποίηση στοιχείων (KYC) – Eurobank Business', scs=('windows-1253', 'B'))
    infra.exim_cpanel(m, t, f, 'server12.dnhost.gr', '185.4.132.12', zone='GR', local_user='kosmimah',
                      script='1044:wp-content/plugins/wpforms-lite/mail.php')
    url = 'https://eurobank-business.gr-ebanking.com/kyc/?c=%s' % H(m.seed('c'), 14)
    src = """Αγαπητέ πελάτη,

Σύμφωνα με τις υποχρεώσεις που απορρέουν από τον ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες, η Τράπεζα οφείλει να επικαιροποιεί περιοδικά τα στοιχεία των νομικών προσώπων.

Τα στοιχεία της εταιρείας σας (EXAMPLE HELLAS ΜΟΝ. ΕΠΕ) δεν έχουν επικαιροποιηθεί. Αν η διαδικασία δεν ολοκληρωθεί έως τις 20/11/2026, οι συναλλαγές μέσω e-Banking (μεταφορές, πληρωμές μισθοδοσίας, ΦΠΑ) θα περιοριστούν προσωρινά.

Η επικαιροποίηση διαρκεί λιγότερο από 5 λεπτά:
Επικαιροποίηση στοιχείων: %s

Eurobank Business Banking
""" % url
    html = ('<html><body style="font-family:Tahoma,Arial;font-size:13px">'
            '<div style="background:#c8102e;color:#fff;padding:12px 18px;font-size:18px">Eurobank <small>Business</small></div>'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in src.strip().split('\n\n')[:3])
            + '<p><a href="%s" style="background:#c8102e;color:#fff;padding:8px 18px;text-decoration:none">'
              'Επικαιροποίηση στοιχείων</a></p><p>Eurobank Business Banking</p></body></html>' % esc(url))
    m.body = multi('alternative', [text(src, 'windows-1253', 'quoted-printable'),
                                   text(html, 'windows-1253', 'quoted-printable', 'html')],
                   boundary('phpmailer', m.seed('alt')))


@attack(34, 'el', 'oauth-consent-timokatalogos',
        '"Γιώργος Αντωνίου" of the pharmacy wholesaler shares the 2027 price list and annual agreement; the '
        'link is a genuine Microsoft sign-in URL asking to consent to a document app.',
        'Illicit consent grant: the link is login.microsoftonline.com, but for a third-party app requesting '
        'Mail.Read, Files.ReadWrite.All and offline_access with redirect to farmattiki-docs.com – approving '
        'gives the attacker persistent mailbox access without a password. Sent from look-alike '
        'farmattiki.com.gr (real: farmattiki.gr) in its own Microsoft 365 tenant.')
def a34(m):
    t = T(2026, 11, 17, 8, 22, 3)
    sender = 'g.antoniou@farmattiki.com.gr'
    f = dict(sender=sender, rcpt=E('gr_mgr'), frm=addr('Γιώργος Αντωνίου', sender, 'utf-8', 'B'),
             to=A('gr_mgr', 'utf-8'), subject='Τιμοκατάλογος 2027 και όροι συνεργασίας – κοινόχρηστο έγγραφο',
             scs=('utf-8', 'B'))
    st = infra.m365(m, t, f, 'farmattiki.com.gr', 'AS4PR10MB6022', 'eurprd10',
                    ('EUR02-AM0-obe', 'mail-am0eur02on2102', '40.107.247.102'), lang='el-GR')
    client = uuid(m.seed('app'))
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=%s&response_mode=query&scope=%s&state=%s&prompt=consent'
           % (client, quote('https://farmattiki-docs.com/auth/callback', safe=''),
              quote('offline_access Mail.Read Files.ReadWrite.All User.Read', safe=''), H(m.seed('st'), 16)))
    src = """Καλημέρα κα Παπαδοπούλου,

σας έχω κοινοποιήσει μέσω της εφαρμογής κοινής χρήσης εγγράφων τον νέο τιμοκατάλογο 2027 και το σχέδιο της ετήσιας συμφωνίας (εκπτώσεις τζίρου, όροι επιστροφών, προωθητικές ενέργειες στα φαρμακεία). Για να ανοίξει το έγγραφο θα χρειαστεί να επιτρέψετε στην εφαρμογή πρόσβαση στον λογαριασμό σας – η σύνδεση γίνεται στη σελίδα της Microsoft.

[[Άνοιγμα εγγράφου: Συμφωνία_2027_Example_Hellas.docx|%s]]

Θα ήθελα τα σχόλιά σας μέχρι την Παρασκευή, ώστε να το περάσουμε από τη διοίκηση.

Με εκτίμηση,

Γιώργος Αντωνίου
Διευθυντής Αγορών
Φαρμακαποθήκη Αττικής Α.Ε.
Τ. 210 6128 400
""" % url
    m.body = alt(m, st, src, 'utf-8', lang='EL', font='Calibri')


@attack(35, 'el', 'ics-axiologisi-hr',
        'Calendar invitation "Ετήσια αξιολόγηση απόδοσης 2026" from "Example Group HR" with an .ics file; '
        'the description links to a self-assessment form to "sign" beforehand.',
        'Calendar-invite phishing: SendGrid mail from examplegroup-hr.com (not example.com), so the event '
        'lands in the calendar even if the mail is ignored; the link in DESCRIPTION goes to a credential '
        'page. Genuine internal invitations come from Exchange via the internal relay (business 34).')
def a35(m):
    t = T(2026, 11, 23, 7, 40, 11)
    sender = 'hr-notifications@examplegroup-hr.com'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('Example Group HR', sender), to=A('gr_acc', 'utf-8'),
             subject='Πρόσκληση: Ετήσια αξιολόγηση απόδοσης 2026 – Νίκος Γεωργίου @ Πέμ 26 Νοε 2026 11:00 – 11:45 (EET)',
             scs=('UTF-8', 'B'))
    infra.sendgrid(m, t, f, '159.183.4.201', 'o3.ptr6620.examplegroup-hr.com', 'em6620.examplegroup-hr.com')
    url = 'https://examplegroup-hr.com/review/2026/self-assessment?u=%s' % H(m.seed('u'), 20, ALNUM)
    desc = ('Αγαπητέ Νίκο,\n\nη ετήσια συνάντηση αξιολόγησης απόδοσης 2026 θα γίνει μέσω Microsoft Teams. '
            'Πριν από τη συνάντηση συμπληρώστε και υπογράψτε ηλεκτρονικά το έντυπο αυτοαξιολόγησης:\n%s\n\n'
            'Η υπογραφή απαιτεί σύνδεση με τον εταιρικό σας λογαριασμό Microsoft 365.\n\nΤμήμα Ανθρώπινου Δυναμικού\n'
            'Example Group' % url)
    stamp = t.strftime('%Y%m%dT%H%M%SZ')
    ics = make_ics('%s@examplegroup-hr.com' % uuid(m.seed('uid')), stamp, '20261126T110000', '20261126T114500',
                   sender, 'Example Group HR', E('gr_acc'), 'Νίκος Γεωργίου',
                   'Ετήσια αξιολόγηση απόδοσης 2026 – Νίκος Γεωργίου', desc, 'Microsoft Teams',
                   '-//Example Group HR//Review Scheduler 2.4//EL')
    plain = ('Ετήσια αξιολόγηση απόδοσης 2026 – Νίκος Γεωργίου\n\nΠέμπτη 26 Νοεμβρίου 2026 11:00 – 11:45 (EET)\n'
             'Τοποθεσία: Microsoft Teams\nΔιοργανωτής: Example Group HR\n\n' + desc + '\n')
    html = ('<html><body style="font-family:Arial;font-size:14px"><div style="border:1px solid #dadce0;padding:16px;max-width:560px">'
            '<p style="font-size:18px">Ετήσια αξιολόγηση απόδοσης 2026 – Νίκος Γεωργίου</p>'
            '<p><b>Πότε</b> Πέμπτη 26 Νοεμβρίου 2026 11:00 – 11:45 (EET)<br><b>Πού</b> Microsoft Teams<br>'
            '<b>Διοργανωτής</b> Example Group HR</p><p>%s</p><p><a href="%s">Έντυπο αυτοαξιολόγησης</a></p>'
            '<p>Ναι · Ίσως · Όχι</p></div></body></html>' % (esc(desc.split('\n\n')[1].split('\n')[0]), esc(url)))
    cal = text(ics, 'UTF-8', 'quoted-printable', 'calendar', params=['method=REQUEST'])
    inner = multi('alternative', [text(plain, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html'), cal],
                  boundary('hex', m.seed('alt')))
    m.body = multi('mixed', [inner, attach(ics.encode('utf-8'), 'application/ics', 'invite.ics')],
                   boundary('hex', m.seed('mix')))


@attack(36, 'el', 'ceo-whatsapp-pivot',
        '"Ελένη Παπαδοπούλου" writes from Gmail to the Greek accountant: in a meeting, cannot talk, send your '
        'mobile number so she can add you on WhatsApp for an urgent, discreet payment.',
        'BEC reconnaissance: office manager impersonated on a free-mail address, urgency plus secrecy and a '
        'request to move to WhatsApp, where the payment instruction follows outside company controls.')
def a36(m):
    t = T(2026, 11, 26, 7, 3, 45)
    sender = 'eleni.papadopoulou.exgr@gmail.com'
    f = dict(sender=sender, rcpt=E('gr_acc'), frm=addr('Ελένη Παπαδοπούλου', sender, 'UTF-8', 'B'),
             to=E('gr_acc'), subject='Επείγον', zone='GR')
    st = infra.gmail(m, t, f, 'mail-pj1-f52.google.com', '209.85.216.52')
    src = """Νίκο καλημέρα,

είσαι στο γραφείο; Είμαι σε σύσκεψη με τον Αντωνίου από τη φαρμακαποθήκη και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου σε παρακαλώ το κινητό σου να σε προσθέσω στο WhatsApp – έχουμε να τακτοποιήσουμε σήμερα κάτι επείγον με μια πληρωμή και θέλω διακριτικότητα, μην το συζητήσεις ακόμα με κανέναν.

Ελένη
"""
    m.body = alt(m, st, src, 'UTF-8', cte='base64', hstyle='gmail')
