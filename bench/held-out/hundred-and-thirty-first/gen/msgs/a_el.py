# -*- coding: utf-8 -*-
"""attack/ 32-36 (Greek)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 32
@msg('attack', '32-el-aade-epistrofi-foroy')
def _(m):
    m.when = ('2026-10-26 09:31:50', 'GR')
    m.frm = ('ΑΑΔΕ – myAADE', 'enimerosi@myaade-gov.com')
    m.to = [P('giorgos.nikolaidis')]
    m.subject = 'Επιστροφή φόρου: εκκρεμεί επιβεβαίωση στοιχείων IBAN (Αρ. 2026/ΕΠ/418273)'
    m.system = Brevo(domain='myaade-gov.com')
    link = 'https://myaade-gov.com/taxisnet/epistrofi?ref=2026-EP-418273&afm=801934620'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#003476;color:#fff;padding:14px 20px;'
            'font-size:18px">ΑΑΔΕ · Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr><tr><td style="padding:20px">'
            '<p>Αγαπητέ φορολογούμενε,</p>'
            '<p>Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος νομικών προσώπων φορολογικού έτους 2025 '
            'προκύπτει <b>ποσό προς επιστροφή 2.346,80 €</b> για τον ΑΦΜ 801934620.</p>'
            '<p>Για να ολοκληρωθεί η πίστωση, πρέπει να επιβεβαιώσετε τον λογαριασμό IBAN της επιχείρησης στο myAADE '
            'εντός <b>5 ημερών</b>. Διαφορετικά το ποσό θα συμψηφιστεί ή θα επιστραφεί στο Δημόσιο.</p>'
            '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Σύνδεση με '
            'κωδικούς Taxisnet</a></p>'
            '<p style="font-size:12px;color:#555">Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</p>'
            '</td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.what = 'Tax-refund phishing imitating the Greek tax authority (ΑΑΔΕ/myAADE), harvesting Taxisnet credentials.'
    m.why = ('myaade-gov.com is not aade.gr, sent through Brevo; refund "lost" unless confirmed in 5 days; ΑΑΔΕ posts '
             'notices in the myAADE inbox and does not send login links (compare business/33).')


# ---------------------------------------------------------------------------------------------- 33
@msg('attack', '33-el-medisupply-lookalike-neo-iban')
def _(m):
    m.when = ('2026-11-16 12:08:44', 'GR')
    m.frm = ('Νίκος Αντωνίου', 'n.antoniou@medisupply-gr.com')
    m.to = [P('giorgos.nikolaidis')]
    m.subject = 'ΑΠ: Εκκρεμή τιμολόγια Οκτωβρίου – νέος λογαριασμός'
    m.system = EximCpanel(host='server1.grhostingcloud.com', ip='198.51.100.93', domain='medisupply-gr.com', zone='GR',
                          client_ip='198.51.100.177', client_helo='NIKOS-PC', ua='Microsoft Outlook 16.0',
                          content_language='el')
    m.hdr_charset = 'windows-1253'
    m.hdr_enc = 'B'
    m.msgid = '<%s$%s$%s$@medisupply-gr.com>' % (rhex(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8))
    m.in_reply_to = '<5a1e7c3b9d2f4e6a8b0c1d2e3f4a5b6c@EXCH02.corp.example.com>'
    m.references = m.in_reply_to
    iban = U.make_iban('GR', '0260178' + '0000520200948173')
    m.fact('iban', iban, 'Eurobank (not Medisupply\'s)')
    text = ('Καλημέρα σας κ. Νικολαΐδη,\n\n'
            'σας ευχαριστούμε για την ενημέρωση. Λόγω ελέγχου που διενεργείται αυτή την περίοδο στην Εθνική Τράπεζα, ο '
            'λογαριασμός μας εκεί είναι προσωρινά δεσμευμένος για εισερχόμενες πληρωμές. Παρακαλούμε η εξόφληση των '
            'τιμολογίων ΤΔΑ 4418 (3.214,60 €) και ΤΔΑ 4431 (1.876,20 €) να γίνει στον παρακάτω λογαριασμό της εταιρείας '
            'μας στη Eurobank:\n\n'
            'Δικαιούχος: MEDISUPPLY HELLAS A.E.\n'
            'IBAN: %s\n'
            'BIC: ERBKGRAA\n\n'
            'Θα σας παρακαλούσα να μας στείλετε το αποδεικτικό της μεταφοράς μόλις ολοκληρωθεί, ώστε να προχωρήσει η '
            'επόμενη αποστολή αναλωσίμων.\n\n'
            'Με εκτίμηση,\n'
            'Νίκος Αντωνίου\nΤμήμα Πωλήσεων\nMedisupply Hellas Α.Ε.\nΛεωφ. Σοφοκλή Βενιζέλου 71, 144 52 Μεταμόρφωση\n') % fi(iban)
    html = outlook_html(text, lang='EL', charset='windows-1253')
    m.root = alt(m.rng, text, html, 'outlook-smtp', charset='windows-1253', cte='quoted-printable')
    m.what = 'Supplier bank-detail change from a look-alike of Medisupply Hellas (medisupply-gr.com), replying to an invoice thread.'
    m.why = ('Look-alike domain on a cheap cPanel VPS instead of Medisupply\'s own hosting; "account frozen by audit" '
             'pretext, new bank, asks for the transfer receipt, ties payment to the next delivery.')


# ---------------------------------------------------------------------------------------------- 34
@msg('attack', '34-el-kmc-comprometido-adobe-link')
def _(m):
    m.when = ('2026-12-08 15:19:37', 'GR')
    m.frm = ('Δήμητρα Ζαχαρίου', 'd.zachariou@kmc-kifissia.gr')
    m.to = [P('giorgos.nikolaidis')]
    m.cc = [P('eleni.papadopoulou')]
    m.subject = 'Αποδεικτικό πληρωμής - τιμολόγια Οκτωβρίου/Νοεμβρίου'
    m.system = PostfixRelay(host='mail.kmc-kifissia.gr', ip='198.51.100.77', domain='kmc-kifissia.gr', zone='GR',
                            client='Outlook', ua='Microsoft Outlook 16.0', lan_ip='192.168.1.45',
                            lan_host='promitheies-pc.kmc.local', dkim_sel='default', content_language='el')
    m.hdr_charset = 'iso-8859-7'
    m.hdr_enc = 'B'
    link = 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:6f1c2b7e-4d93-4a8e-b0f5-2c7d9e1a3b48'
    text = ('Καλησπέρα σας,\n\n'
            'σας στέλνουμε μέσω Adobe Acrobat το αποδεικτικό εξόφλησης των τιμολογίων Οκτωβρίου και Νοεμβρίου για τις '
            'εργαστηριακές εξετάσεις, καθώς και την κατάσταση συμψηφισμού.\n\n'
            'Προβολή εγγράφου: %s\n\n'
            'Παρακαλώ επιβεβαιώστε μας την παραλαβή.\n\n'
            'Με εκτίμηση,\nΔήμητρα Ζαχαρίου\nΤμήμα Προμηθειών\nΙατρικό Κέντρο Κηφισιάς Α.Ε.\n') % link
    html = outlook_html(text, lang='EL', charset='iso-8859-7')
    m.root = alt(m.rng, text, html, 'outlook-smtp', charset='iso-8859-7', cte='quoted-printable')
    m.what = 'Compromised customer mailbox sending a link to a document on Adobe Acrobat cloud that leads to a credential page.'
    m.why = ('Real KMC mailbox and relay (authentication passes) and a genuine adobe.com link, but KMC pays by bank transfer '
             'and never shares "proof of payment" via Acrobat; the Adobe document contains only a "view" button to a '
             'Microsoft 365 look-alike login; unusual for a customer to send payment proofs to the supplier\'s accountant '
             'with no amounts.')


# ---------------------------------------------------------------------------------------------- 35
@msg('attack', '35-el-helpdesk-quick-assist-callback')
def _(m):
    m.when = ('2026-11-18 08:44:12', 'GR')
    m.frm = ('IT Support – Example Group', 'support@example-group-it.com')
    m.to = [P('eleni.papadopoulou')]
    m.subject = 'Αναβάθμιση ασφαλείας Windows 11 – απαιτείται απομακρυσμένη σύνδεση (Πέμπτη 19/11)'
    m.system = SES(domain='example-group-it.com', region='us-east-1')
    m.fact('phone', '+30 211 198 4472', 'fake help-desk line')
    text = ('Καλημέρα σας,\n\n'
            'στο πλαίσιο της υποχρεωτικής αναβάθμισης ασφαλείας των υπολογιστών του ομίλου (Windows 11 24H2 και νέο '
            'πρόγραμμα προστασίας endpoint), ο υπολογιστής σας στο γραφείο της Αθήνας έχει προγραμματιστεί για αύριο, '
            'Πέμπτη 19/11, στις 10:00.\n\n'
            'Η αναβάθμιση γίνεται εξ αποστάσεως από τον τεχνικό μας και διαρκεί περίπου 20 λεπτά. Για να ξεκινήσει:\n\n'
            '1. Καλέστε την ομάδα υποστήριξης στο +30 211 198 4472 (εσωτ. 2).\n'
            '2. Πατήστε Ctrl + Windows + Q για να ανοίξει η εφαρμογή «Γρήγορη βοήθεια» (Quick Assist).\n'
            '3. Πληκτρολογήστε τον κωδικό ασφαλείας που θα σας δώσει ο τεχνικός και πατήστε «Να επιτρέπεται».\n\n'
            'Παρακαλούμε να μην κλείσετε τον υπολογιστή κατά τη διάρκεια της εργασίας. Αν δεν είστε διαθέσιμη, '
            'ενημερώστε μας στο ίδιο τηλέφωνο.\n\n'
            'Ευχαριστούμε,\nIT Service Desk – Example Group\nHeidelberg / Athens\n')
    html = '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">' + paras_html(text) + '</body></html>\n'
    m.root = alt(m.rng, text, html, 'java', charset='UTF-8', cte='base64')
    m.what = 'Help-desk pretext (callback + Quick Assist): fake IT asks the Athens office manager to call and grant remote access.'
    m.why = ('example-group-it.com is not an Example Group domain and comes through Amazon SES; IT never asks users to '
             'start Quick Assist and read out a code (the genuine notice, business/34, says exactly that); Greek phone '
             'number unknown to the company.')


# ---------------------------------------------------------------------------------------------- 36
@msg('attack', '36-el-sharepoint-prosklisi-prosforas')
def _(m):
    m.when = ('2026-10-09 13:27:05', 'GR')
    m.frm = ('Γραμματεία ΙΣ Πέλλας', 'no-reply@sharepointonline.com')
    m.to = [P('eleni.papadopoulou')]
    m.subject = 'Η Γραμματεία ΙΣ Πέλλας μοιράστηκε το αρχείο «Πρόσκληση_Προσφοράς_2027.pdf» μαζί σας'
    m.system = M365(domain='sharepointonline.com', region='eu2', lang='el-GR', dkim_d='sharepointonline.com')
    link = ('https://isppellas-my.sharepoint.com/:b:/g/personal/grammateia_isp-pellas_gr/'
            'EZq4Tn8vK2xLm7Rb1cQ9wJ0B3hF6yU5pD8sA2eG4iM7nWQ?e=Hk3P9s')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Segoe UI,Arial,sans-serif;color:#201f1e">'
            '<table width="540" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9"><tr><td style="padding:24px">'
            '<div style="font-size:21px">Η Γραμματεία ΙΣ Πέλλας μοιράστηκε ένα αρχείο μαζί σας</div>'
            '<div style="margin:18px 0;padding:12px;border-left:3px solid #0078d4;background:#faf9f8;font-size:14px">'
            'Πρόσκληση υποβολής προσφοράς για εργαστηριακές εξετάσεις 2027 (Αρ. Πρωτ. 4127). Καταληκτική ημερομηνία '
            '23/10/2026. Παρακαλούμε επιβεβαιώστε τη συμμετοχή σας.</div>'
            '<table cellpadding="0" cellspacing="0"><tr><td style="padding:10px 12px;border:1px solid #edebe9;font-size:15px">'
            '&#128196; Πρόσκληση_Προσφοράς_2027.pdf</td></tr></table>'
            '<p style="margin-top:22px"><a href="%s" style="background:#0078d4;color:#ffffff;padding:9px 22px;'
            'text-decoration:none;font-size:14px">Άνοιγμα</a></p>'
            '<p style="font-size:12px;color:#605e5c">Αυτή η σύνδεση λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του '
            'μηνύματος.</p></td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#605e5c;background:#faf9f8">'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Δήλωση προστασίας προσωπικών '
            'δεδομένων</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>'
            '</body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'outlook', cte='base64', server='DB8PR06MB7744eurp')
    m.what = ('Fake tender invitation shared through genuine SharePoint/OneDrive from a compromised tenant; the shared PDF '
              'only contains a "view document" link to a Microsoft 365 credential page.')
    m.why = ('Everything technical is Microsoft (sharepointonline.com DKIM, *.sharepoint.com link), but the sharing account '
             'belongs to an unrelated regional association whose Microsoft 365 was taken over; unsolicited tender with a '
             'short deadline; tender documents normally arrive as attachments from the customer (business/35).')
