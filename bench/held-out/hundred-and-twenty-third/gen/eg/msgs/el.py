"""Greek messages: attack/32-36, business/32-36."""
import io
import tarfile

from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC
from .. import msg as msgmod

DMARC.update({'myaade-gov.com': 'none', 'piraeusbank-secure.com': 'none', 'aegeanagency.com.gr': 'none',
              'adobesign-documents.com': 'none', 'aade.gr': 'none', 'piraeusbank.gr': 'reject',
              'hps-piraeus.gr': 'none', 'aegeanagency.gr': 'none', 'adobesign.com': 'reject'})

VLACHOS = P('Nikolaos Vlachos', 'n.vlachos@aegeanagency.gr')
DIMITRIOU = P('Κώστας Δημητρίου', 'k.dimitriou@hps-piraeus.gr')
ETH = ['Example Terminals Hellas S.A.', 'Akti Miaouli 47', '185 36 Piraeus', 'VAT No. EL%s' % C.AFM_GR]


@msg('attack', 32, 'el', 'aade-epistrofi-forou-sendgrid')
def a32(m):
    m.t = hamburg(2026, 10, 28, 10, 55, 2)
    m.frm = P('ΑΑΔΕ - myAADE', 'noreply@myaade-gov.com')
    m.to = [native('gr_acc')]
    m.subject = 'Ειδοποίηση επιστροφής φόρου: 1.284,60 € - Εκκρεμεί επιβεβαίωση στοιχείων'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@geopod-ismtpd-%d>' % (rstr(mm.rng, 22), mm.rng.randrange(1, 40))
    m.sys_kw['bstyle'] = 'sg'
    m.system = sy.sendgrid
    m.sys_kw['args'] = dict()
    link = ('https://u31770482.ct.sendgrid.net/ls/click?upn=u001.8fK2mPq0Xv7bNc3zR1tY5wLh9sDj4gAe6uQo2iTk-2Bp'
            'Vx3nM7cZ0rW5yE1aS8dF4gH6jK2lP9oU3iY7tR5eW1qA3zX5cV7bN9mQ0wE2rT4yU6iO8pA_Bc2dE4fG6hJ8kL0mN2pQ4rS6tU8vW0')
    paras = ['Αγαπητέ/ή φορολογούμενε,',
             'Μετά την εκκαθάριση της δήλωσης ΦΠΑ του γ΄ τριμήνου 2026 για το ΑΦΜ %s (EXAMPLE TERMINALS HELLAS) '
             'προέκυψε πιστωτικό υπόλοιπο προς επιστροφή ύψους **1.284,60 €**.' % C.AFM_GR,
             'Για την απόδοση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN και των κωδικών πρόσβασης '
             'TAXISnet εντός 48 ωρών. Μετά την προθεσμία το αίτημα αρχειοθετείται και η επιστροφή συμψηφίζεται.',
             'Κωδικός αιτήματος: EP-2026-7741829']
    footer = ('Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Καραγιώργη Σερβίας 10, 101 84 Αθήνα\nΤο μήνυμα αυτό στάλθηκε '
              'αυτόματα. Παρακαλούμε μην απαντάτε.')
    m.body = R.notice_alt('Επιστροφή φόρου', paras, ('Επιβεβαίωση στοιχείων', link), 'ΑΑΔΕ', '#003476', footer, 'el',
                          'utf-8', 'base64', link_style='colon')
    m.what = ('Fake AADE/myAADE tax-refund notice (1,284.60 € VAT refund) via SendGrid from myaade-gov.com; the button '
              'is a SendGrid click-tracking link to a TAXISnet credential and IBAN phishing page.')
    m.why = ('Credential and banking phishing: look-alike of the tax authority, refund lure, 48-hour deadline, asks for '
             'TAXISnet codes; AADE notifications only announce a message in the myAADE inbox (business/32).')


@msg('attack', 33, 'el', 'winbank-business-anastoli-iso-8859-7')
def a33(m):
    m.t = hamburg(2026, 11, 6, 18, 33, 46)
    m.frm = P('Piraeus Bank - winbank business', 'alerts@piraeusbank-secure.com')
    m.to = [native('gr_acc')]
    m.subject = 'Προσωρινή αναστολή πρόσβασης στο winbank business - Απαιτείται επαλήθευση'
    m.client = 'phpmailer'
    m.sys_kw['php_host'] = 'piraeusbank-secure.com'
    m.hdr_cs = 'iso-8859-7'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='cp41.hostingrapido.gr', server_ip='185.4.132.41', user_domain='piraeusbank-secure.com',
                            mode='php', php_user='pirsecur', script='/app/mailer', zone='eet')
    link = 'https://winbank-business.piraeusbank-secure.com/el/epalitheusi/?sid=8Jk2qXv7'
    text = ('Αγαπητέ πελάτη,\n\n'
            'Κατά τον τακτικό έλεγχο ασφαλείας εντοπίσαμε σύνδεση στο winbank business από μη αναγνωρισμένη συσκευή '
            '(Windows 10, Σόφια, Βουλγαρία) στις 06/11/2026 17:58.\n\n'
            'Για την προστασία των λογαριασμών της επιχείρησής σας, η πρόσβαση σε εντολές πληρωμών και μαζικές '
            'μεταφορές έχει ανασταλεί προσωρινά.\n\n'
            'Για να άρετε την αναστολή, επιβεβαιώστε την ταυτότητά σας με τον κωδικό χρήστη, τον κωδικό πρόσβασης και '
            'τον κωδικό μιας χρήσης (OTP) που θα λάβετε με SMS:\n\n'
            '[[Επαλήθευση λογαριασμού|%s]]\n\n'
            'Εάν δεν ολοκληρωθεί η επαλήθευση εντός 24 ωρών, η πρόσβαση θα απενεργοποιηθεί και θα χρειαστεί να '
            'επισκεφθείτε το κατάστημά σας.\n\n'
            'Με εκτίμηση,\nΤράπεζα Πειραιώς - Τμήμα Ασφάλειας Ηλεκτρονικών Συναλλαγών' % link)
    m.body = alt(text_leaf(R.plain(text, 'angle'), 'plain', 'iso-8859-7', 'quoted-printable'),
                 text_leaf(R.simple_html(text, 'iso-8859-7', 'Tahoma', '10pt', 'el'), 'html', 'iso-8859-7',
                           'quoted-printable'))
    m.what = ('Piraeus Bank "winbank business" suspension notice in ISO-8859-7 from a PHP mailer on a Greek shared host, '
              'asking for user ID, password and the SMS OTP on a look-alike domain.')
    m.why = ('Bank credential + OTP phishing: look-alike domain piraeusbank-secure.com, foreign-login scare, 24-hour '
             'lockout threat; genuine bank mails never ask for codes (business/33).')


@msg('attack', 34, 'el', 'arrival-notice-bl-tar-lookalike')
def a34(m):
    m.t = hamburg(2026, 11, 20, 8, 11, 35)
    m.frm = P('Aegean Ship Agency - Operations', 'operations@aegeanagency.com.gr')
    m.to = [native('gr_om')]
    m.subject = 'Ειδοποίηση άφιξης / Draft B/L AEGP2611048 - MV CAPE ARAXOS V.2647E'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-7', 'B'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='srv1.webhost-hellas.eu', server_ip='80.92.66.214',
                            user_domain='aegeanagency.com.gr', mode='auth', client_ip='37.120.217.88',
                            client_helo='WIN-L0QH3N8K2PA', zone='eet')
    inert = b'Inert test placeholder for a Windows executable (info-stealer). No executable content is included.\r\n'
    bio = io.BytesIO()
    mt = int((m.t - TD(hours=2)).timestamp())
    with tarfile.open(fileobj=bio, mode='w', format=tarfile.USTAR_FORMAT) as tf:
        for name, data in (('Arrival_Notice_AEGP2611048.pdf.exe', inert),):
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = mt
            ti.mode = 0o644
            ti.uname = ti.gname = ''
            tf.addfile(ti, io.BytesIO(data))
    tardata = bio.getvalue()
    text = ('Καλημέρα σας,\n\n'
            'Σας αποστέλλουμε την ειδοποίηση άφιξης και το σχέδιο φορτωτικής για το φορτίο σας με το MV CAPE ARAXOS '
            '(V.2647E), ETA Πειραιάς 23/11/2026.\n\n'
            'Παρακαλούμε ελέγξτε τα στοιχεία του παραλήπτη και τον αριθμό των εμπορευματοκιβωτίων (3 x 40HC) και '
            'επιβεβαιώστε μας έως αύριο στις 12:00, ώστε να εκδοθεί το Delivery Order.\n\n'
            'Τα έγγραφα επισυνάπτονται σε συμπιεσμένο αρχείο.\n\n'
            'Με εκτίμηση,\n\nΝίκος Βλάχος\nOperations Dept.\nAegean Ship Agency S.A.\nΑκτή Κονδύλη 12, 185 45 Πειραιάς\n'
            'Τηλ. +30 210 411 8825')
    m.phones = ['+30 210 411 8825']
    m.body = mixed(R.outlook_alt(text, 'el', 'iso-8859-7', 'quoted-printable', font='Calibri'),
                   attachment(tardata, 'application/x-tar', 'Arrival_Notice_BL_AEGP2611048.tar', 'outlook',
                              when=m.t - TD(hours=2)))
    m.what = ('Arrival notice / draft bill of lading in the name of the real shipping agent from the look-alike '
              'aegeanagency.com.gr, with a TAR archive containing "Arrival_Notice_AEGP2611048.pdf.exe" (inert '
              'placeholder) – the classic shipping-document info-stealer lure.')
    m.why = ('Malware delivery: look-alike domain (.com.gr vs .gr), archive format chosen to slip past filters, '
             'executable with .pdf.exe double extension, deadline for the delivery order; real notices come as PDF '
             'from aegeanagency.gr (business/34).')


def _inner_eml(m):
    """A forwarded message (as the attacker attaches it), fully 7-bit."""
    inner = msgmod.Message('attack', 35, 'el', 'inner')
    inner.rng = m.rng
    link = 'https://hps-piraeus-my.sharepoint.com.onedrive-viewer.eu/personal/invoices/Katastasi_logariasmou.pdf?e=Q7v2'
    html = R.notice_html('Σας κοινοποιήθηκε ένα αρχείο', [
        'Το Λογιστήριο της Hellenic Port Supplies σας έστειλε ένα αρχείο μέσω OneDrive.',
        '**Κατάσταση_λογαριασμού_Νοέμβριος_2026.pdf** (PDF, 412 KB)',
        'Για λόγους ασφαλείας θα χρειαστεί να συνδεθείτε με τον εταιρικό σας λογαριασμό για να δείτε το έγγραφο.'],
        ('Προβολή εγγράφου', link), 'OneDrive', '#0364b8', 'Microsoft OneDrive', 'el')
    h = text_leaf(html, 'html', 'utf-8', 'base64')
    d = dates.rfc(dates.local('eet', m.t - TD(hours=20)))
    raw = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@hps-piraeus.gr>\nMIME-Version: 1.0\n'
           % (M.addr('Λογιστήριο HPS', 'invoices@hps-piraeus.gr', 'UTF-8'),
              M.addr('Κώστας Δημητρίου', 'k.dimitriou@hps-piraeus.gr', 'UTF-8'),
              M.ew('Κατάσταση λογαριασμού - Νοέμβριος 2026', 'UTF-8'), d, ruuid(m.rng)))
    raw += '\n'.join('%s: %s' % hv for hv in h.headers) + '\n\n' + h.encoded_body()
    return raw.encode('ascii'), link


@msg('attack', 35, 'el', 'proothisi-eml-syneimmeno-hps-compromised')
def a35(m):
    m.t = hamburg(2026, 12, 3, 9, 28, 17)
    m.frm = DIMITRIOU
    m.to = [native('gr_acc')]
    m.subject = 'Fwd: Κατάσταση λογαριασμού - Νοέμβριος 2026'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='hps-piraeus.gr', zone='eet')
    raw, link = _inner_eml(m)
    text = ('Καλημέρα κ. Νικολαΐδη,\n\n'
            'σας προωθώ το μήνυμα του λογιστηρίου μας με την κατάσταση λογαριασμού του Νοεμβρίου. Υπάρχουν δύο '
            'τιμολόγια (ελαστικά straddle carrier) που εμφανίζονται ανεξόφλητα. Μπορείτε να το ελέγξετε και να μου '
            'πείτε;\n\n'
            'Ευχαριστώ,\nΚώστας')
    sig = ('Κώστας Δημητρίου\nΠωλήσεις\nHellenic Port Supplies Ε.Π.Ε.\nΘεμιστοκλέους 88, 185 37 Πειραιάς\n'
           'Τηλ. +30 210 452 0716')
    m.phones = ['+30 210 452 0716']
    m.body = mixed(R.gmail_alt(text, 'el', sig=sig), message_leaf(raw, filename='Κατάσταση λογαριασμού.eml'
                                                                  if False else 'Katastasi_logariasmou.eml'))
    m.what = ('From the genuine but compromised Google Workspace mailbox of a Piraeus supplier: a short forward with the '
              '"accounts department" message attached as .eml; inside, a OneDrive-style notice links to a look-alike '
              'host sharepoint.com.onedrive-viewer.eu.')
    m.why = ('Nested-message evasion: the phishing link sits in a message/rfc822 attachment, base64 HTML, sent from '
             'a trusted supplier\'s real account (DKIM pass); the supplier normally sends PDF invoices (business/35).')


@msg('attack', 36, 'el', 'adobe-sign-psevdes-symvasi')
def a36(m):
    m.t = hamburg(2026, 12, 14, 11, 16, 48)
    m.frm = P('Adobe Acrobat Sign', 'adobesign@adobesign-documents.com')
    m.to = [native('gr_om')]
    m.subject = 'Υπογράψτε: Σύμβαση παροχής υπηρεσιών λιμένα 2027 - Example Terminals Hellas'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@adobesign-documents.com>' % rhex(mm.rng, 40)
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.direct
    m.sys_kw['args'] = dict(helo='mail.adobesign-documents.com', ip='194.87.71.162',
                            rdns='mail.adobesign-documents.com', spf='pass', tls='TLSv1.3')
    link = 'https://secure.adobesign-documents.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhB8k2x&hosted=false'
    paras = ['Ο/Η **Δημήτρης Καλογεράκης (ΟΛΠ Α.Ε. - Εμπορική Διεύθυνση)** σας έστειλε το έγγραφο '
             '**Σύμβαση παροχής υπηρεσιών λιμένα 2027** για υπογραφή.',
             'Μήνυμα: «Καλησπέρα σας, επισυνάπτεται η τελική σύμβαση για το 2027 με τα νέα τιμολόγια. Παρακαλώ για '
             'υπογραφή σήμερα, ώστε να προχωρήσει η έγκριση από το ΔΣ.»',
             'Μετά την υπογραφή όλα τα μέρη θα λάβουν αντίγραφο του υπογεγραμμένου εγγράφου.']
    footer = ('Για να διασφαλίσετε ότι θα συνεχίσετε να λαμβάνετε τα email μας, προσθέστε το '
              'adobesign@adobesign-documents.com στο βιβλίο διευθύνσεών σας.\n© 2026 Adobe. All rights reserved.')
    m.body = R.notice_alt('Σας ζητήθηκε να υπογράψετε ένα έγγραφο', paras, ('Ελέγξτε και υπογράψτε', link),
                          'Adobe Acrobat Sign', '#eb1000', footer, 'el', 'windows-1253', 'quoted-printable',
                          link_style='colon')
    m.what = ('Imitation of an Adobe Acrobat Sign request (Greek template, windows-1253) "from the port authority\'s '
              'commercial department" for the 2027 port services contract, from adobesign-documents.com on a VPS.')
    m.why = ('Fake e-signature notice: look-alike sender domain, link to a credential page on the same domain, '
             'same-day pressure; real Acrobat Sign mails come from adobesign.com with the signer\'s actual address '
             '(business/36).')


# ============================================================== business

@msg('business', 32, 'el', 'myaade-neo-minima-thyrida')
def b32(m):
    m.t = hamburg(2026, 10, 23, 9, 41, 18)
    m.frm = P('ΑΑΔΕ', 'noreply@aade.gr')
    m.to = [native('gr_acc')]
    m.subject = 'Ενημέρωση για νέο μήνυμα στη θυρίδα σας στο myAADE'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'notif.aade.gr'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mailgw2.aade.gr', ip='192.0.2.211', env_from='noreply@aade.gr',
        trace=[('Received', 'from notif.aade.gr (notif.aade.gr [10.14.20.35])\n\tby mailgw2.aade.gr (Postfix) with ESMTP '
                            'id {qid}\n\tfor <{rcpt}>; {date}')], date_zone='eet')
    text = ('Αγαπητέ/ή χρήστη,\n\n'
            'Σας ενημερώνουμε ότι στη θυρίδα σας στο myAADE (Τα μηνύματά μου) υπάρχει νέο μήνυμα σχετικά με το ΑΦΜ %s.\n\n'
            'Θέμα: Πράξη διοικητικού προσδιορισμού προστίμου – εκπρόθεσμη υποβολή περιοδικής δήλωσης ΦΠΑ (Σεπτέμβριος '
            '2026)\n\n'
            'Για να δείτε το μήνυμα, συνδεθείτε με τους κωδικούς σας στην εφαρμογή myAADE μέσω της ιστοσελίδας '
            'www.aade.gr.\n\n'
            'Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους για καταχώριση κωδικών ή τραπεζικών στοιχείων μέσω email.\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων' % C.AFM_GR)
    m.body = text_leaf(text, 'plain', 'utf-8', 'base64')
    m.what = ('AADE notification that a new message (an administrative fine for a late VAT return) is waiting in the '
              'company\'s myAADE inbox; plain text, no links beyond the authority\'s website name.')
    m.why = ('Genuine: official domain and gateway, informs without asking for data, directs the user to log in via '
             'www.aade.gr themselves, contains the standard warning about phishing.')
    m.pair = [(32, 'Greek tax authority (AADE)',
               'Real AADE notice only points to the myAADE inbox; the attack promises a refund and asks for TAXISnet '
               'codes and IBAN.')]


@msg('business', 33, 'el', 'piraeus-bank-ektelesi-metaforas')
def b33(m):
    m.t = hamburg(2026, 11, 13, 12, 4, 57)
    m.frm = P('Piraeus Bank', 'no-reply@piraeusbank.gr')
    m.to = [native('gr_acc')]
    m.subject = 'winbank business: Εκτέλεση εντολής μεταφοράς'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'wbb-notify03'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mx-out1.piraeusbank.gr', ip='192.0.2.36', env_from='bounces@piraeusbank.gr',
        dkims=[('piraeusbank.gr', 'pb2025', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from wbb-notify03 (wbb-notify03.int.piraeusbank.gr [10.80.3.23])\n\tby '
                            'mx-out1.piraeusbank.gr (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')],
        date_zone='eet')
    text = ('Αγαπητέ πελάτη,\n\n'
            'Σας ενημερώνουμε ότι εκτελέστηκε η παρακάτω εντολή μεταφοράς από το winbank business:\n\n'
            'Αριθμός εντολής: 2611130048217\n'
            'Ημερομηνία εκτέλεσης: 13/11/2026\n'
            'Δικαιούχος: AEGEAN SHIP AGENCY S.A.\n'
            'IBAN δικαιούχου: %s\n'
            'Ποσό: 18.642,35 EUR\n'
            'Αιτιολογία: Local charges Oct 2026 inv. ASA-26-1187\n'
            'Εγκρίσεις: 2/2 (Γ. Νικολαΐδης, Ε. Παπαδοπούλου)\n\n'
            'Για λεπτομέρειες συνδεθείτε στο winbank business. Η Τράπεζα Πειραιώς δεν θα σας ζητήσει ποτέ κωδικούς '
            'πρόσβασης ή κωδικούς μιας χρήσης (OTP) με email, SMS ή τηλεφωνικά.\n\n'
            'Με εκτίμηση,\nΤράπεζα Πειραιώς\n'
            'Εξυπηρέτηση επιχειρήσεων: 210 32 88 000' % ids.fmt_iban(C.AE_IBAN))
    m.phones = ['210 32 88 000']
    m.body = alt(text_leaf(text, 'plain', 'windows-1253', 'quoted-printable'),
                 text_leaf(R.simple_html(text, 'windows-1253', 'Arial', '10pt', 'el'), 'html', 'windows-1253',
                           'quoted-printable'))
    m.what = ('Piraeus Bank business e-banking confirmation that a dual-approved transfer to the shipping agent was '
              'executed (windows-1253).')
    m.why = ('Genuine: bank\'s own domain with DKIM, confirms an action the company took (two approvers named), known '
             'beneficiary IBAN, no link or request for codes.')
    m.pair = [(33, 'Bank notification (Piraeus Bank)',
               'Genuine execution notice without links; the attack asks for user ID, password and OTP on a look-alike '
               'domain.')]


@msg('business', 34, 'el', 'aegean-agency-arrival-notice-pdf')
def b34(m):
    m.t = hamburg(2026, 11, 20, 10, 46, 8)
    m.frm = VLACHOS
    m.to = [native('gr_om')]
    m.cc = [P('Aegean Ship Agency - Accounts', 'accounts@aegeanagency.gr')]
    m.subject = 'Ειδοποίηση άφιξης - MV NORDIC SPIRIT V.2651E - ETA 24/11'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'iso-8859-7', 'B'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='server23.grhost.gr', server_ip='185.138.42.23', user_domain='aegeanagency.gr',
                            mode='auth', client_ip='94.69.188.12', client_helo='ASA-OPS04', zone='eet',
                            dkim_sel='default')
    pdf = D.letter_pdf(
        m, ['Aegean Ship Agency S.A.', 'Akti Kondyli 12', '185 45 Piraeus', 'Tel. +30 210 411 8800',
            'VAT No. %s' % C.AE_AFM],
        ETH, 'Piraeus, 20/11/2026', 'ARRIVAL NOTICE – MV NORDIC SPIRIT V.2651E',
        ['Vessel: NORDIC SPIRIT  Voyage: 2651E  ETA Piraeus (PCT/EGT berth 3): 24/11/2026 06:00',
         'B/L No.: NOLUPIR2611207  Shipper: Baltic Timber Export UAB, Klaipeda  Consignee: as per B/L',
         'Containers: NOLU 482117 0 (40HC), NOLU 480955 3 (40HC), TGHU 917342 8 (40HC)',
         'Local charges (THC, D/O fee, ISPS) will be invoiced separately. Delivery Order will be released after '
         'presentation of the original B/L or telex release confirmation.',
         'Free time at terminal: 5 calendar days from discharge.'],
        closing=['Operations Department', 'Aegean Ship Agency S.A.'], creator='Microsoft® Word 2016',
        producer='Microsoft® Word 2016', size=9.5)
    text = ('Καλημέρα κα Παπαδοπούλου,\n\n'
            'σας στέλνουμε συνημμένα την ειδοποίηση άφιξης για το NORDIC SPIRIT (V.2651E), ETA 24/11 στις 06:00 στη '
            'θέση 3. Αφορά 3 x 40HC για τον πελάτη σας με B/L NOLUPIR2611207.\n\n'
            'Τα τοπικά έξοδα θα τιμολογηθούν ξεχωριστά από το λογιστήριό μας (κοιν.). Το Delivery Order εκδίδεται '
            'με την προσκόμιση της φορτωτικής.\n\n'
            'Με εκτίμηση,\n\nΝίκος Βλάχος\nOperations Dept.\nAegean Ship Agency S.A.\nΑκτή Κονδύλη 12, 185 45 Πειραιάς\n'
            'Τηλ. +30 210 411 8825 | ΑΦΜ %s' % C.AE_AFM)
    m.phones = ['+30 210 411 8825']
    m.body = mixed(R.outlook_alt(text, 'el', 'iso-8859-7', 'quoted-printable', font='Calibri'),
                   attachment(pdf, 'application/pdf', 'Arrival_Notice_NOLUPIR2611207.pdf', 'outlook',
                              when=m.t - TD(minutes=40)))
    m.what = ('Arrival notice from the shipping agent\'s operations desk (their cPanel/Exim server, aegeanagency.gr) '
              'with a one-page PDF for three containers.')
    m.why = ('Genuine: real agency domain with DKIM/SPF, plain PDF without links, data consistent with vessel and '
             'containers, accounts department copied.')
    m.pair = [(34, 'Shipping documents / arrival notice',
               'Plain PDF from aegeanagency.gr; the attack comes from aegeanagency.com.gr with a TAR holding a .pdf.exe.')]


@msg('business', 35, 'el', 'hps-timologio-mydata-qr')
def b35(m):
    m.t = hamburg(2026, 11, 30, 13, 22, 43)
    m.frm = P('Hellenic Port Supplies - Τιμολόγια', 'invoices@hps-piraeus.gr')
    m.to = [native('gr_acc')]
    m.cc = [DIMITRIOU]
    m.subject = 'Τιμολόγιο ΤΠΥ Α-2026-1873 - Example Terminals Hellas'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='hps-piraeus.gr', zone='eet')
    mark = '400018736512094'
    uid = rhex(m.rng, 40, True)
    qr = 'https://einvoice.prosvasis.gr/verify?mark=%s&uid=%s' % (mark, uid)
    items = [('Straddle carrier tyre 18.00-25 40PR (Kalmar ESC)', 8, 2140.00),
             ('Tyre fitting and balancing at terminal workshop', 8, 95.00),
             ('Reach stacker hydraulic filter set', 4, 186.50)]
    pdf, gross = D.invoice_pdf(
        m, 'en', ['Hellenic Port Supplies Ltd', 'Themistokleous 88', '185 37 Piraeus', 'VAT No. EL%s' % C.HP_AFM,
                  'invoices@hps-piraeus.gr'],
        ETH, 'A-2026-1873', '30/11/2026', 45, items, 24,
        ['National Bank of Greece', 'IBAN %s' % ids.fmt_iban(C.HP_IBAN), 'BIC ETHNGRAA'],
        notes=['myDATA MARK: %s' % mark, 'Invoice issued through a certified e-invoicing provider (Law 4308/2014). '
                                         'Scan the QR code to verify the document.'],
        qr_payload=qr, qr_caption='myDATA verification', creator='SoftOne', producer='SoftOne Reports',
        title='Invoice A-2026-1873')
    text = ('Αγαπητοί συνεργάτες,\n\n'
            'σας αποστέλλουμε το τιμολόγιο παροχής υπηρεσιών Α-2026-1873 για τα ελαστικά των straddle carriers που '
            'παραδόθηκαν στις 26/11. Ποσό πληρωμής: %s €.\n\n'
            'Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s) και μπορεί να επαληθευτεί μέσω του QR κωδικού.\n\n'
            'Ο λογαριασμός μας στην Εθνική Τράπεζα παραμένει ο ίδιος.\n\n'
            'Με εκτίμηση,\nΛογιστήριο\nHellenic Port Supplies Ε.Π.Ε.' % (D.money(gross, 'el'), mark))
    m.ids.append(('myDATA ΜΑΡΚ', mark, lambda: len(mark) == 15))
    m.body = mixed(R.gmail_alt(text, 'el'), attachment(pdf, 'application/pdf', 'Invoice_A-2026-1873.pdf', 'gmail'))
    m.what = ('Supplier invoice for straddle-carrier tyres with myDATA MARK and the provider\'s verification QR code, '
              'sent from the supplier\'s Google Workspace billing address.')
    m.why = ('Genuine: known supplier domain, myDATA-registered invoice with verification QR, unchanged National Bank '
             'of Greece account, attachment is a plain PDF.')
    m.pair = [(35, 'Supplier account statement / invoice (HPS)',
               'The supplier\'s real invoice is a PDF with myDATA QR; the attack from its hijacked mailbox forwards an '
               '.eml with a fake OneDrive link.')]


@msg('business', 36, 'el', 'adobe-acrobat-sign-misthotirio-apothikis')
def b36(m):
    m.t = hamburg(2026, 12, 7, 10, 3, 29)
    m.frm = P('Κωνσταντίνα Ραφαηλίδου μέσω Adobe Acrobat Sign', 'adobesign@adobesign.com')
    m.reply_to = P('Κωνσταντίνα Ραφαηλίδου', 'k.rafailidou@rafailidis-law.gr')
    m.to = [native('gr_om')]
    m.subject = 'Υπογράψτε: Μισθωτήριο αποθηκευτικού χώρου Σχιστού 2027-2029'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'eu-west-1')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='eu-west-1', sign_domain='adobesign.com', sign_sel='echosign2',
                            mailfrom='bounces@mail.adobesign.com')
    DMARC['rafailidis-law.gr'] = 'none'
    link = 'https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhD7r1Qm&client_id=CBJCHBCAABAA'
    paras = ['Η **Κωνσταντίνα Ραφαηλίδου** (k.rafailidou@rafailidis-law.gr) σας ζήτησε να υπογράψετε το έγγραφο '
             '**Μισθωτήριο αποθηκευτικού χώρου Σχιστού 2027-2029**.',
             'Μήνυμα: «Καλημέρα κα Παπαδοπούλου, όπως συμφωνήσαμε στη συνάντηση της Πέμπτης, σας αποστέλλω το τελικό '
             'κείμενο με τις διορθώσεις του κ. Μπραντ. Μετά την υπογραφή σας θα υπογράψει ο εκμισθωτής.»',
             'Μετά την υπογραφή όλων των μερών θα λάβετε αντίγραφο του υπογεγραμμένου εγγράφου.']
    footer = ('Για να διασφαλίσετε ότι θα συνεχίσετε να λαμβάνετε τα email μας, προσθέστε το adobesign@adobesign.com '
              'στο βιβλίο διευθύνσεών σας.\n[[Όροι χρήσης|https://www.adobe.com/legal/terms.html]] · '
              '[[Αναφορά κατάχρησης|https://www.adobe.com/go/adobesign-report-abuse]]\n© 2026 Adobe. All rights reserved.')
    m.body = R.notice_alt('Σας ζητήθηκε να υπογράψετε ένα έγγραφο', paras, ('Ελέγξτε και υπογράψτε', link),
                          'Adobe Acrobat Sign', '#eb1000', footer, 'el', 'utf-8', 'quoted-printable', link_style='colon')
    m.what = ('Adobe Acrobat Sign request (real adobesign.com sender via Amazon SES) from the company\'s Greek lawyer for '
              'a warehouse lease agreed in a meeting.')
    m.why = ('Genuine: adobesign.com with aligned DKIM, link to secure.eu1.adobesign.com, sender\'s real law-firm '
             'address shown and used as Reply-To, expected document.')
    m.pair = [(36, 'E-signature request (Adobe Acrobat Sign)',
               'Real Acrobat Sign mail from adobesign.com; the attack uses adobesign-documents.com and links to the same '
               'look-alike.')]
