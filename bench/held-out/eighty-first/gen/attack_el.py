"""Greek attack messages (5)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap
from qr import qr_matrix

W = C.who


@m('el', 'aade-mydata-phish')
def a_aade(ctx):
    t = I.T(2026, 10, 26, 7, 15, 31)
    rcpt = W('eleni.konstantinidou')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'cp12.greekhosting-cloud.gr', '185.4.132.%d' % ctx.rng.randrange(10, 250),
                 'zacharoplasteio/from_h', None, None, 'zacharoplasteio@cp12.greekhosting-cloud.gr', zone='EET',
                 local_script=True, cpuser='zacharoplasteio')
    r.msgid = '<%s@zacharoplasteio-glykia-gonia.gr>' % I.rs(ctx.rng, I.ALNUM, 40)
    url = 'https://www1.aade.gr-mydata-login.com/taxisnet/mydata/?afm=%s&k=%s' % (C.EG_GR_AFM, I.hexs(ctx.rng, 16))
    text = """ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Ηλεκτρονική Βιβλιοθήκη myDATA

Αγαπητέ/ή συναλλασσόμενε/η,

κατά τη διασταύρωση των στοιχείων της Ηλεκτρονικής Βιβλιοθήκης myDATA για
την οντότητα με ΑΦΜ {afm} (EXAMPLE GROUP HELLAS M.IKE) εντοπίστηκαν
αποκλίσεις μεταξύ διαβιβασθέντων παραστατικών εσόδων και εξόδων για το
διάστημα Ιουλίου - Σεπτεμβρίου 2026.

Παρακαλούμε να ελέγξετε τις αποκλίσεις και να υποβάλετε τις διορθωτικές
εγγραφές έως 05/11/2026. Μετά την παρέλευση της προθεσμίας θα επιβληθούν
τα πρόστιμα του άρθρου 54 του Κ.Φ.Δ.

Είσοδος με κωδικούς TAXISnet:
{url}

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ
""".format(afm=C.EG_GR_AFM, url=url)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">'
            '<div style="background:#003476;color:#fff;padding:12px 18px"><b>ΑΑΔΕ</b> &middot; myDATA</div>'
            '<p>Αγαπητέ/ή συναλλασσόμενε/η,</p><p>κατά τη διασταύρωση των στοιχείων της Ηλεκτρονικής Βιβλιοθήκης myDATA για την οντότητα με ΑΦΜ <b>%s</b> (EXAMPLE GROUP HELLAS M.IKE) εντοπίστηκαν <b>αποκλίσεις</b> μεταξύ διαβιβασθέντων παραστατικών εσόδων και εξόδων για το διάστημα Ιουλίου - Σεπτεμβρίου 2026.</p>'
            '<p>Παρακαλούμε να υποβάλετε τις διορθωτικές εγγραφές έως <b>05/11/2026</b>. Μετά την παρέλευση της προθεσμίας θα επιβληθούν τα πρόστιμα του άρθρου 54 του Κ.Φ.Δ.</p>'
            '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Είσοδος με κωδικούς TAXISnet</a></p>'
            '<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>ΑΑΔΕ</p></div>') % (C.EG_GR_AFM, _h.escape(url))
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'base64', quote_charset=False),
                              Text(html_wrap(html, 'el', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64', quote_charset=False)],
              ctx.boundary(r, 'phpmailer'))
    return ctx.build(r, 'phpmailer', ('ΑΑΔΕ - myDATA', 'noreply@zacharoplasteio-glykia-gonia.gr'), [rcpt],
                     'Ειδοποίηση αποκλίσεων myDATA - ΑΦΜ %s' % C.EG_GR_AFM, I.rdate(t, 'EET'), a, hcs='utf-8', henc='B',
                     mailer=('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Greek tax authority (AADE / myDATA) credential phish for TAXISnet logins',
                     why='Sent by a script on a compromised Thessaloniki patisserie\'s hosting, link host www1.aade.gr-mydata-login.com is not aade.gr, fine threat and short deadline, asks for TAXISnet credentials')


@m('el', 'manager-impersonation-lookalike-payment')
def a_manager(ctx):
    t = I.T(2026, 11, 18, 9, 2, 56)
    rcpt = W('eleni.konstantinidou')
    fake = 'giorgos.papadopoulos@example-group.eu'
    r = I.vps_postfix(ctx.rng, t, rcpt[1], 'mail.example-group.eu', '45.77.%d.%d.vultrusercontent.com' % (61, 214),
                      '45.77.61.214', fake, webmail=False, client_ip='45.77.61.214')
    r.received[1] = r.received[1].replace('from [45.77.61.214] (unknown [45.77.61.214])', 'from DESKTOP-0PL4K2M (localhost [127.0.0.1])')
    r.msgid = '<000d01db%s$%s$%s@example-group.eu>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    iban = ids.iban_fmt(ids.gr_iban('014', '0145', '0145002002019844'))
    text = """Ελένη καλημέρα,

θέλω να κάνεις σήμερα κατά προτεραιότητα μια πληρωμή προκαταβολής στον
νέο προμηθευτή για τις κεραμικές γλάστρες της άνοιξης (Kerameikos Pots
I.K.E.). Το έχω συμφωνήσει με τον κ. Brueckner, η σύμβαση θα υπογραφεί την
Παρασκευή.

Ποσό: 18.600,00 €
Δικαιούχος: KERAMEIKOS POTS I.K.E.
IBAN: {iban}
Αιτιολογία: ΠΡΟΚΑΤΑΒΟΛΗ ΠΑΡΑΓΓ. 2027/04

Είμαι όλο το πρωί σε σύσκεψη στην Περιφέρεια και δεν μπορώ να μιλήσω στο
τηλέφωνο. Στείλε μου μόνο το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Γιώργος
""".format(iban=iban)
    a = alt(ctx, r, text, None, 'windows-1253', 'quoted-printable', bstyle='outlook', lang='el', font='Calibri, sans-serif')
    return ctx.build(r, 'outlook', ('Γιώργος Παπαδόπουλος', fake), [rcpt], 'Επείγουσα πληρωμή σήμερα',
                     I.rdate(t, 'EET'), a, hcs='windows-1253', mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='el',
                     what='Office-manager impersonation from a look-alike domain (example-group.eu vs examplegroup.eu) ordering an urgent advance payment to a new supplier',
                     why='Look-alike domain on a Vultr VPS, new unknown payee, "agreed with the CEO", cannot be phoned, only wants the payment proof; the real manager writes through the internal relay')


@m('el', 'courier-address-confirmation')
def a_elta(ctx):
    t = I.T(2026, 11, 27, 12, 31, 18)
    rcpt = W('giorgos.papadopoulos')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'host.srv-vps-1128.com', '194.5.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)),
                 'info@estiatorio-thalassa.gr', '89.163.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)),
                 '[127.0.0.1]', 'info@estiatorio-thalassa.gr', zone='EET')
    r.msgid = '<%s@estiatorio-thalassa.gr>' % I.rs(ctx.rng, I.ALNUM, 32)
    url = 'https://eltacourier-gr.delivery-update.net/gr/?track=EC%d' % ctx.rng.randrange(10 ** 9, 10 ** 10)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px">'
            '<p style="color:#003a70;font-size:18px"><b>ΕΛΤΑ Courier</b></p>'
            '<p>Αγαπητέ πελάτη,</p><p>η αποστολή σας με αριθμό <b>EC%d GR</b> δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης.</p>'
            '<p>Για να προγραμματιστεί νέα παράδοση απαιτείται επιβεβαίωση των στοιχείων και καταβολή τέλους επαναδρομολόγησης <b>1,49 €</b>.</p>'
            '<p><a href="%s" style="background:#f7a600;color:#000;padding:10px 22px;text-decoration:none">Επιβεβαίωση στοιχείων</a></p>'
            '<p style="font-size:11px;color:#666">Η αποστολή θα επιστραφεί στον αποστολέα εάν δεν ενημερωθούν τα στοιχεία εντός 72 ωρών.</p></div>') % (
        ctx.rng.randrange(10 ** 8, 10 ** 9), _h.escape(url))
    body = Text(html_wrap(html, 'el', 'Arial').replace('%CHARSET%', 'iso-8859-7'), 'html', 'iso-8859-7', 'base64')
    return ctx.build(r, 'phpmailer', ('ΕΛΤΑ Courier', 'info@estiatorio-thalassa.gr'), [rcpt],
                     'Η αποστολή σας δεν παραδόθηκε - απαιτείται ενέργεια', I.rdate(t, 'EET'), body, hcs='iso-8859-7', henc='B',
                     mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Courier phish: "ELTA Courier" failed delivery, pay a 1.49 EUR re-delivery fee',
                     why='Stolen SMTP login of a restaurant\'s mailbox used from a German hosting IP, From domain unrelated to ELTA, look-alike link host delivery-update.net, tiny fee to capture card data, 72-hour threat')


@m('el', 'bank-kyc-quishing-pdf')
def a_quish_pdf(ctx):
    t = I.T(2026, 12, 3, 8, 12, 40)
    rcpt = W('eleni.konstantinidou')
    r = I.mailgun(ctx.rng, t, rcpt[1], 'mg.eurobank-business-kyc.com')
    url = 'https://eurobank-business-kyc.com/ebanking/verify?c=%s' % I.hexs(ctx.rng, 14)
    mat = qr_matrix(url, 'M')
    pdf = files.pdf([(16, True, 'Eurobank - Business Banking'), '', (12, True, 'Epikairopoiisi stoixeion (KYC) 2026'),
                     'Enimerosi stoixeion pelati symfona me ton N. 4557/2018', '',
                     'Agapite pelati,', 'gia ti synecheia prosvasis sto Eurobank Business e-Banking parakaloume',
                     'na oloklirosete tin taftopoiisi ews 10/12/2026.', '',
                     'Sarose ton kodiko QR me to kinito sou kai akolouthise ta vimata.',
                     'O kodikos lixei se 48 ores.', '', (8, False, 'Eurobank S.A. - Othonos 8, 10557 Athina')],
                    title='KYC', author='Eurobank', producer='Microsoft® Word 2016', creator='Word',
                    date="D:20261203080000+02'00'", qr_matrix=mat, qr_pos=(70, 400), qr_module=4.0)
    text = """Αγαπητέ πελάτη,

σύμφωνα με τον Ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων,
η Eurobank επικαιροποιεί τα στοιχεία των επιχειρηματικών πελατών της.

Για να διατηρήσετε την πρόσβαση στο Eurobank Business e-Banking,
ολοκληρώστε την ταυτοποίηση έως 10/12/2026 σαρώνοντας με το κινητό σας τον
κωδικό QR στο συνημμένο έγγραφο.

Με εκτίμηση,
Eurobank - Business Banking
"""
    root = Multi('mixed', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                           Att(pdf, 'application/pdf', 'Eurobank_KYC_2026.pdf')], ctx.boundary(r))
    return ctx.build(r, 'esp', ('Eurobank Business', 'kyc@eurobank-business-kyc.com'), [rcpt],
                     'Επικαιροποίηση στοιχείων (KYC) - Eurobank Business e-Banking', I.rdate(t, 'EET'), root, hcs='utf-8',
                     what='Quishing via PDF: fake Eurobank "KYC update" whose QR code (drawn as vectors in the PDF) leads to a fake e-banking login',
                     why='Look-alike domain eurobank-business-kyc.com sent through Mailgun; banks do not send KYC QR codes; the QR in the PDF escapes URL scanners in the mail body; deadline and loss of access')


@m('el', 'oauth-consent-shared-invoices')
def a_oauth(ctx):
    t = I.T(2026, 12, 9, 10, 40, 22)
    rcpt = W('eleni.konstantinidou')
    r = I.m365(ctx.rng, t, rcpt[1], 'lamprou-kataskeves.gr', pod=4)
    cid = '4c1e7a52-93b0-4b6f-a8d2-6f0e21c9b37d'
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Fdocs-viewer-secure.app%%2Fauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All%%20User.Read&prompt=consent&state=%s') % (cid, I.hexs(ctx.rng, 16))
    text = """Καλησπέρα σας,

σας έχει κοινοποιηθεί το αρχείο «Τιμολόγια_Νοεμβρίου_2026.xlsx» από το
λογιστήριο της Φυτώρια Αλεξίου Α.Ε.

Για να το δείτε, ανοίξτε τον σύνδεσμο και αποδεχτείτε την πρόσβαση της
εφαρμογής «Secure Docs Viewer» με τον εταιρικό σας λογαριασμό Microsoft:

{url}

Ο σύνδεσμος ισχύει για 24 ώρες.

Λογιστήριο
Φυτώρια Αλεξίου Α.Ε.
""".format(url=url)
    html = ('<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            '<p>Καλησπέρα σας,</p><p>σας έχει κοινοποιηθεί το αρχείο <b>«Τιμολόγια_Νοεμβρίου_2026.xlsx»</b> από το λογιστήριο της Φυτώρια Αλεξίου Α.Ε.</p>'
            '<table style="border:1px solid #e1dfdd;padding:12px"><tr><td><span style="color:#217346;font-weight:bold">X</span> Τιμολόγια_Νοεμβρίου_2026.xlsx</td></tr>'
            '<tr><td><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Άνοιγμα</a></td></tr></table>'
            '<p style="font-size:12px;color:#605e5c">Ο σύνδεσμος ισχύει για 24 ώρες.</p><p>Λογιστήριο<br>Φυτώρια Αλεξίου Α.Ε.</p></div>') % _h.escape(url)
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'base64'),
                              Text(html_wrap(html, 'el', 'Segoe UI').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Φυτώρια Αλεξίου - Λογιστήριο', 'info@lamprou-kataskeves.gr'), [rcpt],
                     'Κοινοποίηση: Τιμολόγια_Νοεμβρίου_2026.xlsx', I.rdate(t, 'EET'), a, hcs='utf-8', henc='B', lang_tag='el-GR',
                     what='OAuth consent phishing: "shared invoices" link is a genuine Microsoft authorize URL for a malicious app requesting mail and file access',
                     why='Sent from the compromised Microsoft 365 tenant of an unrelated construction firm under the supplier\'s name; the link asks to consent to "Secure Docs Viewer" with Mail.ReadWrite, Mail.Send, Files.ReadWrite.All and offline_access, redirecting to docs-viewer-secure.app - consent gives persistent mailbox access without a password')


MESSAGES = [a_aade, a_manager, a_elta, a_quish_pdf, a_oauth]
