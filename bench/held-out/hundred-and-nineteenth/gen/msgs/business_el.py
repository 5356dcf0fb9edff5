"""business/32-36: Greek-language genuine mail."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.msg import TLS13_128
from lib.registry import message

from ._common import S, W, outlook_alt


@message('business', '32-el-aade-myaade-thyrida')
def b32(m):
    m.when('2026-11-09 10:14:55', 'EET')
    m.frm = ('ΑΑΔΕ', 'noreply@aade.gr')
    m.to = [S['acc_gr']]
    m.subject = 'myAADE: Νέο μήνυμα στη Θυρίδα σας'
    m.hcs, m.hmode = 'iso-8859-7', 'B'
    m.msgid = '%d.%d.JavaMail.myaade@notify.aade.gr' % (m.rng.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000 + 88)
    txt = """Αγαπητέ/ή χρήστη,

Σας ενημερώνουμε ότι στη Θυρίδα σας στην εφαρμογή myAADE υπάρχει νέο μήνυμα:

«Υπενθύμιση: υποχρεωτική ηλεκτρονική τιμολόγηση στις συναλλαγές B2B μέσω Παρόχου Ηλεκτρονικής Τιμολόγησης»

Για να το δείτε, εισέλθετε στην εφαρμογή myAADE από την ιστοσελίδα www.aade.gr με τους προσωπικούς σας κωδικούς TAXISnet.

Η ΑΑΔΕ δεν ζητά ποτέ μέσω μηνυμάτων ηλεκτρονικού ταχυδρομείου ή SMS κωδικούς πρόσβασης, στοιχεία καρτών ή τραπεζικών λογαριασμών.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Αυτό το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
"""
    m.body = B.text(txt, charset='iso-8859-7', cte='quoted-printable')
    m.dmarc_override['aade.gr'] = 'none'
    m.meta.update(
        what='myAADE notice that a new message (reminder on mandatory B2B e-invoicing) is in the company\'s digital mailbox',
        why='Genuine authority notice: sent from aade.gr\'s own mailer (DKIM pass), plain text in ISO-8859-7, no link except the public portal name, no money, explicit warning that credentials are never requested.',
        hn=(['32-el-aade-epistrofi-foroy-phpmailer'], 'AADE / myAADE notification', 'official domain, no refund bait, no login link'),
        delivery='AADE government mailer')
    return m.render(SY.generic, helo='notify.aade.gr', ip='203.0.113.63', dkim_d='aade.gr', dkim_s='aade1', date_zone='EET',
                    inner=['Received: from myaade-app07 (myaade-app07.gsis.local [10.100.27.7])\r\n\tby notify.aade.gr (Postfix) with ESMTP id %QID%\r\n\tfor <georgios.konstantinidis@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '33-el-piraeus-winbank-misthodosia-ektelesi')
def b33(m):
    m.when('2026-11-30 13:08:21', 'EET')
    m.frm = ('Τράπεζα Πειραιώς', 'winbank@piraeusbank.gr')
    m.to = [S['acc_gr']]
    m.subject = 'winbank business: Εκτέλεση αρχείου πληρωμών μισθοδοσίας 2026-11-0087'
    m.hcs, m.hmode = 'windows-1253', 'B'
    m.msgid = '%s@piraeusbank.gr' % U.uuid4(m.rng)
    txt = """Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι το αρχείο πληρωμών μισθοδοσίας με αριθμό 2026-11-0087, που καταχωρίστηκε στο winbank business από τον χρήστη GKONSTANTINIDIS και εγκρίθηκε από τον χρήστη EPAPADOPOULOU, εκτελέστηκε στις 30/11/2026.

Λογαριασμός χρέωσης: %s
Πλήθος εντολών: 14
Συνολικό ποσό: 28.917,44 €

Για λεπτομέρειες συνδεθείτε στο winbank business πληκτρολογώντας τη διεύθυνση www.piraeusbank.gr στον φυλλομετρητή σας.

Η Τράπεζα Πειραιώς δεν θα σας ζητήσει ποτέ με email ή SMS κωδικούς πρόσβασης ή κωδικούς μιας χρήσης.

Με εκτίμηση,
Τράπεζα Πειραιώς
""" % ids.fmt_iban(W.EX_GR_IBAN)
    html = B.to_html_simple(txt, 'windows-1253', 'Arial, sans-serif', '10pt')
    m.body = B.alt(B.text(txt, charset='windows-1253', cte='quoted-printable'), B.html(html, charset='windows-1253', cte='quoted-printable'),
                   B.boundary(m, 'javamail'))
    m.dmarc_override['piraeusbank.gr'] = 'reject'
    m.meta.update(
        what='Piraeus Bank winbank business confirms execution of the November payroll file (14 payments, € 28,917.44) from Example\'s account',
        why='Genuine bank notice: sent from piraeusbank.gr (DMARC pass) in windows-1253, no links, refers to a file the Greek office entered and approved itself, reminds that codes are never requested.',
        hn=(['33-el-piraeus-winbank-authenticator-ses'], 'Piraeus Bank winbank business notification', 'bank\'s own domain, informational, no device reactivation, no link'),
        accounts=[(W.EX_GR_IBAN, 'Example Ανυψωτικά Μηχανήματα Μ.Ι.Κ.Ε., Piraeus Bank', 'yes')],
        other=['2026-11-0087', '28.917,44 €'], delivery='Piraeus Bank corporate mailer')
    return m.render(SY.generic, helo='mailgw2.piraeusbank.gr', ip='198.51.100.122', dkim_d='piraeusbank.gr', dkim_s='pb2026', date_zone='EET',
                    inner=['Received: from wbnotify01.piraeusbank.local (unknown [10.31.8.14])\r\n\tby mailgw2.piraeusbank.gr (Postfix) with ESMTP id %QID%\r\n\tfor <georgios.konstantinidis@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '34-el-thessaliki-paraggelia-pdf')
def b34(m):
    m.when('2026-11-25 11:26:40', 'EET')
    m.frm = ('Νίκος Αθανασίου', 'n.athanasiou@thessaliki-logistics.gr')
    m.to = [S['om_gr']]
    m.subject = 'Παραγγελία 4500-2026-0389 - ελαστικά & περόνες'
    m.hcs, m.hmode = 'iso-8859-7', 'B'
    m.msgid = SY.outlook_msgid(m, 'thessaliki-logistics.gr')
    txt = """Καλημέρα κα Παπαδοπούλου,

Σας στέλνω συνημμένη την παραγγελία μας 4500-2026-0389 για τα ελαστικά και τις περόνες που συζητήσαμε τηλεφωνικά την Τρίτη με τον κ. Κωνσταντινίδη, με τις τιμές της προσφοράς σας ΠΡ-2026-214.

Παράδοση στην αποθήκη μας στη Σίνδο έως 11/12, πληρωμή όπως πάντα με έμβασμα 60 ημερών.

Ευχαριστώ,

Νίκος Αθανασίου
Υπεύθυνος Προμηθειών
Thessaliki Logistics Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός 12, 57022 Θεσσαλονίκη
Τηλ. 2310 797 410"""
    alt = outlook_alt(m, txt, charset='iso-8859-7', lang='EL', bstyle='outlook', idx=1, font='Calibri', size='11.0pt')
    th = dict(name='Thessaliki Logistics S.A.', logo='THESSALIKI LOGISTICS', sub='Warehousing · Distribution · Sindos Industrial Area',
              lines=['Industrial Area of Sindos, Street 12', '57022 Thessaloniki, Greece', 'Tel. +30 2310 797 400', 'VAT EL%s' % W.THL_AFM])
    po = docs.letter('en', th, ['Example Lifting Machines S.M.P.C.', '17th km NATO Avenue', '19300 Aspropyrgos, Greece'], 'Sindos, 25/11/2026',
                     'PURCHASE ORDER 4500-2026-0389',
                     ['Quotation ref.: PR-2026-214 (Example, 18/11/2026)          Delivery: Sindos warehouse, by 11/12/2026',
                      '1. Solid tyre 18x7-8 press-on, black – 16 pcs × EUR 128.00 = EUR 2,048.00',
                      '2. Solid tyre 16x6-8 non-marking – 8 pcs × EUR 112.50 = EUR 900.00',
                      '3. Fork pair 1200 mm, ISO class II – 4 pairs × EUR 655.00 = EUR 2,620.00',
                      'Net total EUR 5,568.00 + VAT 24 % EUR 1,336.32 = EUR 6,904.32',
                      'Payment: bank transfer, 60 days from invoice. Please quote the PO number on delivery note and invoice.'],
                     '', ['Nikos Athanasiou, Purchasing Manager'], creator='SAP NetWeaver', producer='SAP NetWeaver 7.50 PDF',
                     created='20261125111822', tz="+02'00'", color=(0.0, 0.4, 0.45))
    m.body = B.mixed([alt, B.att(po, 'application/pdf', 'PO_4500-2026-0389.pdf', style='outlook')], B.boundary(m, 'outlook', 0))
    m.meta.update(
        what='Customer Thessaliki Logistics sends purchase order 4500-2026-0389 (tyres, fork arms) as PDF after a phone call, based on Example\'s quotation',
        why='Genuine purchase order: the customer\'s real domain and Plesk/Postfix server (DKIM pass), refers to Example\'s own quotation and a phone call, PDF with text only, usual payment terms.',
        hn=(['34-el-thessaliki-lookalike-po-html'], 'customer purchase order from Thessaliki Logistics', 'real domain thessaliki-logistics.gr, PDF instead of an HTML login page, refers to an actual quotation'),
        phones=['2310 797 410'], other=['4500-2026-0389', 'PR-2026-214'], delivery='Plesk/Postfix (plesk04.ellinikos-host.gr), Outlook 2016')
    return m.render(SY.postfix_relay, host='plesk04.ellinikos-host.gr', ip='198.51.100.47', dkim_d='thessaliki-logistics.gr', dkim_s='default',
                    client='outlook', client_host='THL-PROC02', client_ip='62.103.44.190', lan=False,
                    auth_user='n.athanasiou@thessaliki-logistics.gr', mailbox_tz='EET', lang='el', c='relaxed/relaxed')


@message('business', '35-el-it-ticket-apomakrysmeni-ypostirixi')
def b35(m):
    m.when('2026-10-19 15:22:08', 'EET')
    m.frm = ('Example IT Service Desk', 'servicedesk@example.com')
    m.to = [S['om_gr']]
    m.subject = '[INC-2026-01187] Προγραμματισμένη απομακρυσμένη υποστήριξη – εκτυπωτής ετικετών'
    m.msgid = '%s.TOPdesk@topdesk01.corp.example.com' % U.uuid4(m.rng)
    link = 'https://servicedesk.corp.example.com/tas/public/ssp/content/detail/incident?unid=%s' % U.hexs(m.rng, 32)
    txt = """Αγαπητή κα Παπαδοπούλου,

Το αίτημά σας INC-2026-01187 «Εγκατάσταση νέου εκτυπωτή ετικετών Zebra στο γραφείο αποθήκης» έχει προγραμματιστεί.

Τεχνικός: Daniel Ott (IT Service Desk, Duisburg)
Ημερομηνία: Τρίτη 20/10/2026, 10:00–10:30 (ώρα Ελλάδας)
Τρόπος: απομακρυσμένη σύνδεση μέσω της εταιρικής εφαρμογής «Remote Support» (Software Center)

Ο τεχνικός θα σας καλέσει από το εσωτερικό του τηλέφωνο (+49 203 60874-251) ή μέσω Microsoft Teams από τον εταιρικό του λογαριασμό @example.com. Στην οθόνη σας θα εμφανιστεί αίτημα σύνδεσης με το όνομα του τεχνικού, το οποίο θα πρέπει να αποδεχτείτε.

Σημαντικό: Η ομάδα IT δεν επικοινωνεί ποτέ μαζί σας από εξωτερικούς λογαριασμούς Teams και δεν σας ζητά να εγκαταστήσετε AnyDesk ή να ανοίξετε το Quick Assist. Αν λάβετε τέτοιο αίτημα, προωθήστε το στο phishing@example.com.

Για να δείτε ή να απαντήσετε στο αίτημα: %s

Με εκτίμηση,
Example IT Service Desk""" % link
    html = B.to_html_simple(txt, 'utf-8', 'Segoe UI, Arial, sans-serif', '10pt')
    m.body = B.alt(B.text(txt + '\n', charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'),
                   B.boundary(m, 'javamail'))
    m.meta.update(
        what='Internal service-desk (TOPdesk) message scheduling a remote-support session for a label printer, in Greek',
        why='Genuine internal IT contact: generated by the internal ticket system and relayed by Exchange (DKIM example.com, internal route), tied to a ticket the user opened, uses the company remote-support tool and internal numbers, warns against external Teams / Quick Assist.',
        hn=(['35-el-helpdesk-teams-quick-assist'], 'IT help desk announcing a remote session', 'internal sender and route, existing ticket, internal tool and numbers, no external Teams or Quick Assist'),
        phones=['+49 203 60874-251'], other=['INC-2026-01187'], delivery='Internal application server (TOPdesk) → EXCH01 → mail-int01')
    return m.render(SY.exchange_internal, app=('topdesk01.corp.example.com', '10.20.0.61',
                                               ['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'], 'TOPdesk 13.2'))


@message('business', '36-el-google-forms-imerida-asfaleias')
def b36(m):
    m.when('2026-11-20 12:40:11', 'EET')
    m.frm = ('Σύνδεσμος Επιχειρήσεων Logistics Ελλάδος (μέσω Φορμών Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = ('', 'ekdiloseis@selog-hellas.gr')
    m.to = [S['om_gr']]
    m.subject = 'Δήλωση συμμετοχής – Ημερίδα «Ασφάλεια στα περονοφόρα» (Θεσσαλονίκη, 10/12/2026)'
    r = m.rng
    m.msgid = '%s@google.com' % ('0000000000' + U.hexs(r, 18))
    fid = '1FAIpQLS' + U.alnum(r, 48, U.ALNUM + '_-')
    link = 'https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid
    abuse = 'https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform' % (fid, fid)
    desc = ('Η ημερίδα απευθύνεται σε υπεύθυνους αποθηκών, τεχνικούς ασφαλείας και εκπαιδευτές χειριστών. Ομιλητές από το Σώμα Επιθεώρησης Εργασίας, '
            'κατασκευαστές και εταιρείες ενοικίασης. Συμπληρώστε ονοματεπώνυμο, εταιρεία και θέση για να δεσμεύσετε θέση. Η συμμετοχή είναι δωρεάν για τα μέλη.')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Roboto,Arial,sans-serif;max-width:600px;margin:0 auto;">
<div style="padding:20px 0 8px 0;font-size:14px;color:#202124;">Σας προσκάλεσαν να συμπληρώσετε μια φόρμα:</div>
<div style="border:1px solid #dadce0;border-radius:8px;border-top:10px solid #0b8043;padding:20px 24px;">
<div style="font-size:24px;color:#202124;padding-bottom:10px;">Δήλωση συμμετοχής – Ημερίδα «Ασφάλεια στα περονοφόρα»</div>
<div style="font-size:14px;color:#202124;line-height:20px;padding-bottom:16px;">%s<br><br>Πέμπτη 10/12/2026, 09:30–14:00, Ξενοδοχείο Makedonia Palace, Θεσσαλονίκη.</div>
<a href="%s" style="background:#0b8043;color:#fff;font-size:14px;font-weight:500;text-decoration:none;padding:10px 24px;border-radius:4px;display:inline-block;">ΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ</a></div>
<div style="font-size:12px;color:#5f6368;padding:16px 0;">Δημιουργήστε τη δική σας Φόρμα Google<br>Δεν αναγνωρίζετε αυτήν τη φόρμα; <a href="%s" style="color:#5f6368;">Αναφορά κατάχρησης</a></div>
<div style="font-size:11px;color:#9aa0a6;">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></div></body></html>
""" % (desc, link, abuse)
    plain = ('Σας προσκάλεσαν να συμπληρώσετε μια φόρμα:\nΔήλωση συμμετοχής – Ημερίδα «Ασφάλεια στα περονοφόρα»\n\n%s\n\nΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ: %s\n\n'
             'Αναφορά κατάχρησης: %s\n' % (desc, link, abuse))
    p1 = B.text(plain, charset='UTF-8', cte='base64').set_charset_fmt('"UTF-8"')
    p2 = B.html(html, charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, B.boundary(m, 'gmail'), ct_style='inline')
    m.meta.update(
        what='Greek logistics association invites to register for a forklift-safety seminar via a Google Form',
        why='Genuine Google Forms invitation: same Google infrastructure as attack/36, but from a known trade association (reply-to its own domain), the form collects only name, company and position for an event — no password or mailbox data.',
        hn=(['36-el-google-forms-mailbox-verification'], 'Google Forms invitation', 'event registration by a known association, no credentials requested, reply-to on the association\'s own domain'),
        delivery='Google Forms invitation')
    return m.render(SY.generic, helo='mail-sor-f69.google.com', ip='209.85.220.69', dkim_d='google.com', dkim_s='20230601',
                    env_from='3xHhbZw0KCEQ5D5B3095C8%s@forms.bounces.google.com' % U.alnum(r, 12, 'abcdefghijklmnopqrstuvwxyz'),
                    tls=TLS13_128, date_zone='PT', dkim_below=True,
                    order=['mime-version', 'reply-to', 'message-id', 'date', 'subject', 'from', 'to', '*MIME*'],
                    inner=['Received: by mail-sor-f69.google.com with SMTP id %s for <%s>;\r\n        %%DATE%%' % (U.alnum(r, 20, 'abcdef0123456789') + '.' + str(r.randrange(1, 9)), S['om_gr'][1])])
