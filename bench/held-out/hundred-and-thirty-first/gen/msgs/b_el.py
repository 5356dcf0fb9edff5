# -*- coding: utf-8 -*-
"""business/ 32-36 (Greek)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 32
@msg('business', '32-el-medisupply-timologio-mydata')
def _(m):
    m.when = ('2026-11-04 11:37:28', 'GR')
    m.frm = ('Λογιστήριο Medisupply', 'logistirio@medisupply.gr')
    m.to = [P('giorgos.nikolaidis')]
    m.cc = [('Νίκος Αντωνίου', 'n.antoniou@medisupply.gr')]
    m.subject = 'Τιμολόγιο ΤΔΑ 4418 - Example Group Diagnostics'
    m.system = EximCpanel(host='cp42.grhost.gr', ip='192.0.2.142', domain='medisupply.gr', zone='GR',
                          client_ip='79.129.48.212', client_helo='LOGISTIRIO-PC', ua='Microsoft Outlook 16.0',
                          content_language='el')
    m.hdr_charset = 'windows-1253'
    m.hdr_enc = 'B'
    m.msgid = '<%s$%s$%s$@medisupply.gr>' % (rhex(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8))
    mark = '400001938475612'
    qr_url = 'https://einvoice-hellas.gr/v/%s?uid=%s' % (mark, rhex(m.rng, 40, True))
    pdf = letter_pdf(m, 'MEDISUPPLY HELLAS', ['Medisupply Hellas Α.Ε. · Λεωφ. Σοφοκλή Βενιζέλου 71 · 144 52 Μεταμόρφωση',
                                              'ΑΦΜ %s · ΔΟΥ ΦΑΕ Αθηνών · Τηλ. 210 2848 300' % U.gr_afm('09482713')],
                     ['Πελάτης:', 'Example Group Diagnostics Μονοπρόσωπη Ι.Κ.Ε.', 'Λεωφ. Κηφισίας 124, 115 26 Αθήνα',
                      'ΑΦΜ %s' % ENT['GR']['ids'][0][1]],
                     'Αθήνα, 04/11/2026', 'Τιμολόγιο Πώλησης - Δελτίο Αποστολής ΤΔΑ 4418',
                     ['ΜΑΡΚ myDATA: %s · Τρόπος πληρωμής: Κατάθεση σε τραπεζικό λογαριασμό, 60 ημέρες' % mark],
                     table=(['Κωδ.', 'Περιγραφή', 'Ποσ.', 'Τιμή €', 'Αξία €'],
                            [['UN-3373-B', 'Κουτιά μεταφοράς δειγμάτων UN3373', '40', '28,50', '1.140,00'],
                             ['TB-ISO-6', 'Ισοθερμικά δοχεία 6 L με παγοκύστες', '12', '74,20', '890,40'],
                             ['ABS-PAD', 'Απορροφητικά επιθέματα 20x20', '30', '18,73', '562,02'],
                             ['', '', '', 'Καθαρή αξία', '2.592,42'], ['', '', '', 'ΦΠΑ 24%', '622,18'],
                             ('**', '', '', '', 'Σύνολο', '3.214,60')],
                            [46, 110, 380, 460, 552], ['l', 'l', 'r', 'r', 'r']),
                     qr_payload=qr_url, qr_caption=['Έλεγχος παραστατικού (ΠΗΤ)', 'ΜΑΡΚ %s' % mark],
                     qr_where='PDF image (e-invoicing provider verification URL)',
                     footer=['Εθνική Τράπεζα της Ελλάδος · IBAN %s · BIC ETHNGRAA' % fi(MEDISUP_IBAN),
                             'Πάροχος ηλεκτρονικής τιμολόγησης: einvoice-hellas.gr'],
                     producer='SoftOne ERP', creator='SoftOne', author='Medisupply Hellas', color=(0.0, 0.45, 0.55))
    text = ('Καλημέρα σας κ. Νικολαΐδη,\n\n'
            'σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΔΑ 4418 για την παράδοση της 03/11. Το παραστατικό έχει '
            'διαβιβαστεί στο myDATA (ΜΑΡΚ %s).\n\n'
            'Η εξόφληση γίνεται όπως πάντα στον λογαριασμό μας στην Εθνική Τράπεζα (IBAN %s).\n\n'
            'Με εκτίμηση,\nΛογιστήριο\nMedisupply Hellas Α.Ε.\nΤηλ. 210 2848 300\n') % (mark, fi(MEDISUP_IBAN))
    html = outlook_html(text, lang='EL', charset='windows-1253')
    body = alt(m.rng, text, html, 'outlook-smtp', charset='windows-1253', cte='quoted-printable', n=1)
    m.root = mixed(m.rng, 'outlook-smtp', [body, attachment(pdf, 'application/pdf', 'TDA_4418.pdf', style='rfc2047')], n=0)
    m.fact('id', mark, 'myDATA MARK')
    m.hard_negative_of = (['33-el-medisupply-lookalike-neo-iban'],
                          'The real invoice the fraudster later referenced: medisupply.gr via its own cPanel host, myDATA MARK, '
                          'usual National Bank account.')
    m.what = 'Genuine supplier invoice (Greek), transmitted to myDATA, with the e-invoicing provider\'s verification QR.'
    m.why = ('medisupply.gr on its usual shared hosting with DKIM; invoice references the delivery; account is the known '
             'National Bank of Greece IBAN; no change requested.')


# ---------------------------------------------------------------------------------------------- 33
@msg('business', '33-el-aade-myaade-thyrida')
def _(m):
    m.when = ('2026-11-02 10:20:07', 'GR')
    m.frm = ('ΑΑΔΕ', 'no-reply@aade.gr')
    m.to = [P('giorgos.nikolaidis')]
    m.subject = 'Ενημέρωση: Νέο μήνυμα στη θυρίδα σας στο myAADE'
    m.system = PostfixRelay(host='mailgw2.aade.gr', ip='192.0.2.210', domain='aade.gr', zone='GR', client='app',
                            app_host='myaade-notify.gsis.local', app_ip='10.101.7.44', dkim_sel='aade1')
    m.hdr_charset = 'iso-8859-7'
    m.hdr_enc = 'B'
    text = ('Αγαπητέ/ή χρήστη,\n\n'
            'σας ενημερώνουμε ότι στην προσωπική σας θυρίδα στην εφαρμογή myAADE υπάρχει νέο μήνυμα:\n\n'
            'Αποστολέας: ΚΕ.Φ.Ο.Δ.Ε. Αττικής\n'
            'Θέμα: Ενημέρωση για τη διασταύρωση στοιχείων συναλλαγών (myDATA) 2ου τριμήνου 2026\n'
            'ΑΦΜ: %s\n\n'
            'Για να διαβάσετε το μήνυμα, συνδεθείτε στην εφαρμογή myAADE με τους κωδικούς σας Taxisnet, '
            'πληκτρολογώντας μόνοι σας τη διεύθυνση της ΑΑΔΕ στον φυλλομετρητή σας.\n\n'
            'Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους για σύνδεση ούτε ζητά κωδικούς ή στοιχεία τραπεζικών λογαριασμών '
            'μέσω e-mail ή SMS.\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n\n'
            'Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.\n') % ENT['GR']['ids'][0][1]
    m.root = text_part(text, 'plain', 'iso-8859-7', 'quoted-printable')
    m.hard_negative_of = (['32-el-aade-epistrofi-foroy'],
                          'Genuine authority notice from aade.gr: points to the myAADE inbox, no link, explicitly warns that '
                          'ΑΑΔΕ never sends login links.')
    m.what = 'Genuine ΑΑΔΕ notice: new message in the myAADE inbox about the myDATA reconciliation.'
    m.why = ('aade.gr relay with DKIM, plain text in ISO-8859-7, no link, no request for data.')


# ---------------------------------------------------------------------------------------------- 34
@msg('business', '34-el-interno-windows11-quick-assist')
def _(m):
    m.when = ('2026-11-20 09:05:41', 'GR')
    m.frm = P('eleni.papadopoulou')
    m.to = [P('giorgos.nikolaidis')]
    m.subject = 'ΠΡΘ: Windows 11 24H2 upgrade Athens office - Thursday 26/11'
    m.system = internal(lang_accept='el-GR, en-US', lang_content='el-GR', client_ip='10.70.1.19')
    m.hdr_charset = 'utf-8'
    m.hdr_enc = 'B'
    text = ('Γιώργο καλημέρα,\n\n'
            'σου προωθώ την ενημέρωση από το IT της Χαϊδελβέργης. Την Πέμπτη 26/11 μετά τις 18:00 οι υπολογιστές μας '
            'θα αναβαθμιστούν αυτόματα σε Windows 11 24H2. Απλώς άφησε τον υπολογιστή ανοιχτό και συνδεδεμένο στο '
            'ρεύμα, δεν χρειάζεται να κάνεις τίποτα άλλο.\n\n'
            'Προσοχή: προχθές μου ήρθε ψεύτικο e-mail από «IT Support» που ζητούσε να τηλεφωνήσω και να '
            'ανοίξω το Quick Assist – το έστειλα στον Lukas. Όπως γράφει και ο Thomas παρακάτω, το IT δεν θα μας ζητήσει '
            'ποτέ κάτι τέτοιο.\n\n'
            'Ελένη\n\n'
            '________________________________\n'
            'From: Thomas Krüger <thomas.krueger@example.com>\n'
            'Sent: Thursday, 19 November 2026 16:12\n'
            'To: Office Athens <office.athens@example.com>\n'
            'Subject: Windows 11 24H2 upgrade Athens office - Thursday 26/11\n\n'
            'Dear colleagues in Athens,\n\n'
            'your PCs will be upgraded to Windows 11 24H2 via Intune on Thursday 26 November after 18:00. Please leave '
            'them switched on and connected to power. No action is needed from you.\n\n'
            'Please note: IT will never ask you to start Quick Assist, AnyDesk or TeamViewer, to call an external '
            'number or to enter a code someone gives you. If anyone asks you to do so by e-mail, Teams or phone, hang up and report it '
            'to lukas.weber@example.com.\n\n'
            'Best regards\nThomas Krüger\nHead of IT, Example Group\n')
    top, quoted = text.split('________________________________\n')
    qh, qb = quoted.split('\n\n', 1)
    html = outlook_html(top, outlook_quote_html([l.split(' ', 1) for l in qh.split('\n')], qb), lang='EL',
                        charset='utf-8')
    m.root = alt(m.rng, text, html, 'outlook', charset='utf-8', cte='base64', server='EXCH01corpexamplecom')
    m.hard_negative_of = (['35-el-helpdesk-quick-assist-callback'],
                          'Real IT notice about the same Windows 11 upgrade, forwarded internally: automatic via Intune, '
                          'no call, no Quick Assist, with an explicit warning.')
    m.what = 'Genuine internal forward of the Head of IT\'s Windows 11 upgrade notice (Greek on top, English original below).'
    m.why = ('Internal Exchange path via mail-int01; matches IT\'s real process (Intune, no user action); warns about the '
             'help-desk scam.')


# ---------------------------------------------------------------------------------------------- 35
@msg('business', '35-el-kmc-aitima-prosforas-pdf')
def _(m):
    m.when = ('2026-10-14 12:48:16', 'GR')
    m.frm = ('Δήμητρα Ζαχαρίου', 'd.zachariou@kmc-kifissia.gr')
    m.to = [P('eleni.papadopoulou')]
    m.cc = [P('julia.neumann')]
    m.subject = 'Αίτημα προσφοράς - εξετάσεις αναφοράς 2027'
    m.system = PostfixRelay(host='mail.kmc-kifissia.gr', ip='198.51.100.77', domain='kmc-kifissia.gr', zone='GR',
                            client='Outlook', ua='Microsoft Outlook 16.0', lan_ip='192.168.1.45',
                            lan_host='promitheies-pc.kmc.local', dkim_sel='default', content_language='el')
    m.hdr_charset = 'iso-8859-7'
    m.hdr_enc = 'B'
    pdf = letter_pdf(m, 'ΙΑΤΡΙΚΟ ΚΕΝΤΡΟ ΚΗΦΙΣΙΑΣ', ['Ιατρικό Κέντρο Κηφισιάς Α.Ε. · Τατοΐου 38 · 145 61 Κηφισιά',
                                                    'ΑΦΜ %s · Τμήμα Προμηθειών · Τηλ. 210 6231 540' % U.gr_afm('99418253')],
                     ['Προς:', 'Example Group Diagnostics Μονοπρόσωπη Ι.Κ.Ε.', 'Λεωφ. Κηφισίας 124, 115 26 Αθήνα'],
                     'Κηφισιά, 14/10/2026', 'Αίτημα υποβολής προσφοράς Α.Π. 2026/318',
                     ['Το Ιατρικό Κέντρο Κηφισιάς ζητά προσφορά για την εκτέλεση εξετάσεων αναφοράς (ειδική βιοχημεία, '
                      'αυτοάνοσα, μοριακή μικροβιολογία) για το έτος 2027, εκτιμώμενος όγκος 9.500 εξετάσεις.',
                      'Η προσφορά θα περιλαμβάνει τιμοκατάλογο ανά εξέταση, χρόνο απάντησης, τρόπο παραλαβής δειγμάτων '
                      'και πιστοποιήσεις (ISO 15189).',
                      'Οι προσφορές υποβάλλονται έως 06/11/2026 στο promitheies@kmc-kifissia.gr.'],
                     sign=['', 'Δήμητρα Ζαχαρίου', 'Υπεύθυνη Προμηθειών'], producer='Microsoft® Word 2021',
                     creator='Microsoft® Word 2021', author='Δ. Ζαχαρίου', color=(0.1, 0.33, 0.55))
    text = ('Καλημέρα σας κα Παπαδοπούλου,\n\n'
            'σε συνέχεια της επικοινωνίας μας με την κα Neumann, σας αποστέλλουμε συνημμένα το αίτημα προσφοράς για τις '
            'εξετάσεις αναφοράς του 2027 (Α.Π. 2026/318). Παρακαλούμε την προσφορά σας έως τις 06/11.\n\n'
            'Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας στο 210 6231 540.\n\n'
            'Με εκτίμηση,\nΔήμητρα Ζαχαρίου\nΤμήμα Προμηθειών\nΙατρικό Κέντρο Κηφισιάς Α.Ε.\n')
    html = outlook_html(text, lang='EL', charset='iso-8859-7')
    body = alt(m.rng, text, html, 'outlook-smtp', charset='iso-8859-7', cte='quoted-printable', n=1)
    m.root = mixed(m.rng, 'outlook-smtp', [body, attachment(pdf, 'application/pdf', 'Aitima_prosforas_2026-318.pdf',
                                                            style='rfc2047')], n=0)
    m.hard_negative_of = (['36-el-sharepoint-prosklisi-prosforas', '34-el-kmc-comprometido-adobe-link'],
                          'Same customer mailbox as the later compromise (attack/34) and the same topic as the SharePoint tender lure, but a normal RFQ: PDF attached, protocol number, '
                          'phone contact, follows a sales conversation.')
    m.what = 'Genuine request for quotation from a Greek diagnostic-centre customer, PDF attached.'
    m.why = ('Customer\'s own Postfix relay with DKIM; follows the key-account manager\'s contact; PDF, no HTML form or '
             'external link.')


# ---------------------------------------------------------------------------------------------- 36
@msg('business', '36-el-pekx-newsletter-brevo')
def _(m):
    m.when = ('2026-12-01 12:00:09', 'GR')
    m.frm = ('ΠΕΚΧ - Ενημερωτικό Δελτίο', 'newsletter@pekx.gr')
    m.to = [P('eleni.papadopoulou')]
    m.subject = 'Ενημερωτικό Δελτίο Δεκεμβρίου 2026 - 14ο Πανελλήνιο Συνέδριο Κλινικής Χημείας'
    m.system = Brevo(domain='pekx.gr')
    tok = lambda: ralnum(m.rng, 60, B62 + '_-')
    links = ['https://r.sp1-brevo.net/mk/cl/f/sh/%s' % tok() for _ in range(3)]
    unsub = 'https://r.sp1-brevo.net/mk/un/v2/sh/%s' % tok()
    m.extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe@sp1-brevo.net?subject=unsubscribe:%s>' % (unsub, rhex(m.rng, 16))),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    items = [('14ο Πανελλήνιο Συνέδριο Κλινικής Χημείας, Θεσσαλονίκη 19–21 Μαρτίου 2027',
              'Ξεκίνησαν οι εγγραφές με μειωμένο κόστος έως 31/01. Υποβολή περιλήψεων έως 15/01.'),
             ('Νέος Κανονισμός IVDR: ενημερωτική ημερίδα για εργαστήρια',
              'Πέμπτη 17 Δεκεμβρίου, διαδικτυακά. Δωρεάν για τα μέλη.'),
             ('Αποτελέσματα Προγράμματος Εξωτερικού Ελέγχου Ποιότητας 2026',
              'Η ετήσια αναφορά συμμετοχής είναι διαθέσιμη στην περιοχή μελών.')]
    body = ''.join('<tr><td style="padding:14px 22px;border-bottom:1px solid #e4e4e4"><a href="%s" style="font-size:16px;'
                   'color:#0d4f8b;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0 0;font-size:14px;'
                   'color:#333">%s</p></td></tr>' % (links[i], esc(t), esc(d)) for i, (t, d) in enumerate(items))
    html = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"></head><body style="margin:0;background:#eef2f5">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
            '<tr><td style="background:#0d4f8b;color:#fff;padding:18px 22px;font-size:20px">ΠΕΚΧ · Ενημερωτικό Δελτίο</td></tr>'
            '%s<tr><td style="padding:14px 22px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα ως εγγεγραμμένο μέλος '
            'της ΠΕΚΧ. <a href="%s" style="color:#777">Διαγραφή</a></td></tr></table></body></html>\n') % (body, unsub)
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.hard_negative_of = (['32-el-aade-epistrofi-foroy'],
                          'Same bulk service (Brevo) as the ΑΑΔΕ phish, but a subscribed professional newsletter from the '
                          'association\'s own domain with unsubscribe headers.')
    m.what = 'Genuine professional-association newsletter sent through Brevo with tracked links.'
    m.why = ('pekx.gr signs with its own Brevo DKIM, List-Unsubscribe headers, member newsletter, no credential or payment request.')
