"""business/32-36: Greek-language genuine mail."""
import datetime
from decimal import Decimal

from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822, Msg
from .h import S, setup, meta, urls, mid_m365, mid_exchange, mid_outlook_classic, pdf_meta, outlook_quote_header
from .registry import message

EGR = company.ENT['GR']
AFM = EGR['tax'][0][1]
VOR, FERR = company.VOR, company.FERR


@message('business', 32, 'el', 'aade-thyrida-myaade')
def b32(m):
    gn = S('giorgos.nikolaidis')
    sent = local('Europe/Athens', 2026, 11, 12, 10, 31, 47)
    setup(m, ('ΑΑΔΕ', 'noreply@aade.gr'), [('', gn['addr'])], 'Ενημέρωση για νέο μήνυμα στη Θυρίδα σας στο myAADE', sent,
          zone='Europe/Athens')
    m.msgid = '%s.%s@aade.gr' % (rstr(m.rng, '0123456789', 12), rstr(m.rng, HEXL, 6))
    text = ('Αγαπητέ/ή φορολογούμενε/η,\n\n'
            'σας ενημερώνουμε ότι στη Θυρίδα σας στην εφαρμογή myAADE υπάρχει νέα ηλεκτρονική κοινοποίηση για τον ΑΦΜ %s.\n\n'
            'Για να τη διαβάσετε, συνδεθείτε στο myAADE πληκτρολογώντας τη διεύθυνση www.aade.gr στον φυλλομετρητή σας και '
            'χρησιμοποιώντας τους προσωπικούς σας κωδικούς Taxisnet.\n\n'
            'Για λόγους ασφαλείας το παρόν μήνυμα δεν περιέχει συνδέσμους σύνδεσης ούτε συνημμένα. Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς, '
            'στοιχεία καρτών ή πληρωμές μέσω email ή SMS.\n\n'
            'Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n\n'
            'Το μήνυμα αυτό αποστέλλεται αυτόματα. Παρακαλούμε μην απαντάτε.\n' % AFM)
    m.body = mime.text(text, 'utf-8', 'quoted-printable')
    systems.gateway(m, 'mailout2.aade.gr', '198.51.100.170', 'aade1', dkim_domain='aade.gr',
                    inner=[('notif-app04.gsis.gr (notif-app04.gsis.gr [10.17.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mailout2.aade.gr (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, 'www.aade.gr')
    meta(m, 'Genuine AADE notice that a new electronic notification is waiting in the company\'s myAADE mailbox.',
         'Official aade.gr sender, no link or attachment, tells the user to type www.aade.gr, explicitly never asks for codes.',
         pair=(['32-el-aade-myaade-epikairopoiisi.eml'], 'AADE / myAADE notice',
               'Information only, no deadline, no link; the phish threatens blocking of myDATA within five days and links to a Taxisnet login clone.'))


@message('business', 33, 'el', 'voreios-paraggelia-skeleton')
def b33(m):
    ep = S('eleni.papadopoulou')
    sent = local('Europe/Athens', 2026, 10, 27, 12, 44, 30)
    setup(m, ('Νίκος Καραγιάννης', 'n.karagiannis@voreios-kataskevastiki.gr'), [(company.NATIVE[ep['addr']], ep['addr'])],
          'Παραγγελία ξύλινων σκελετών - 4 κατοικίες Επανομή (Αρ. 2026-114)', sent, zone='Europe/Athens')
    m.hcharset, m.henc = 'windows-1253', 'B'
    m.msgid = mid_outlook_classic(m, 'voreios-kataskevastiki.gr')
    text = ('Καλημέρα κυρία Παπαδοπούλου,\n\n'
            'σε συνέχεια της προσφοράς σας ΠΡ-26-031 και της συνάντησης στο εργοτάξιο, σας στέλνουμε συνημμένη την παραγγελία μας '
            'αρ. 2026-114 για τους φέροντες οργανισμούς (κλειστά πάνελ τοίχων, πατώματα και στέγες) των 4 κατοικιών στην Επανομή.\n\n'
            'Η προκαταβολή 30%% θα καταβληθεί με την υπογραφή της σύμβασης, όπως συμφωνήθηκε. Παρακαλούμε για την επιβεβαίωση του '
            'προγράμματος παράδοσης (αρχές Μαρτίου 2027) και για τα στοιχεία του υπεύθυνου συναρμολόγησης.\n\n'
            'Με εκτίμηση,\nΝίκος Καραγιάννης\nΠολιτικός Μηχανικός – Υπεύθυνος Προμηθειών\nΒΟΡΕΙΟΣ ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ Α.Ε.\n'
            'Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία, Θεσσαλονίκη\nΤηλ. 2310 480 760 · www.voreios-kataskevastiki.gr\n')
    pdfb, _ = docs.invoice(
        'dejavu', pdf_meta(m, sent, 'Παραγγελία 2026-114', 'Ν. Καραγιάννης', 'Microsoft® Word για Microsoft 365', 'Microsoft® Word για Microsoft 365'),
        ('ΒΟΡΕΙΟΣ ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ Α.Ε.', ['Λεωφ. Γεωργικής Σχολής 65, 555 35 Πυλαία', 'ΑΦΜ %s · ΔΟΥ ΦΑΕ Θεσσαλονίκης' % VOR['afm']]),
        ['Προς: EXAMPLE GROUP HELLAS Ι.Κ.Ε.', 'ΒΙ.ΠΕ. Σίνδου, Οδός Δ13, Ο.Τ. 31', '570 22 Σίνδος', 'ΑΦΜ %s' % AFM],
        'ΠΑΡΑΓΓΕΛΙΑ 2026-114', [('Ημερομηνία', '27/10/2026'), ('Προσφορά', 'ΠΡ-26-031'), ('Έργο', 'Επανομή, 4 κατοικίες')],
        ['Α/Α', 'Περιγραφή', 'Ποσότητα', 'Τιμή €', 'Σύνολο €'],
        [['1', 'Κλειστά πάνελ εξωτ. τοίχων με μόνωση ξυλόινας 240 mm', '612 m²', '168,00', '102.816,00'],
         ['2', 'Εσωτερικοί φέροντες τοίχοι', '288 m²', '96,00', '27.648,00'],
         ['3', 'Πατώματα ξύλινα (κασέτες) και στέγη με ζευκτά', '520 m²', '121,00', '62.920,00'],
         ['4', 'Μεταφορά και συναρμολόγηση με γερανό', '4 κατ.', '6.850,00', '27.400,00']],
        [('Καθαρή αξία', '220.784,00', False), ('ΦΠΑ 24 %', '52.988,16', False), ('Σύνολο', '273.772,16 €', True)],
        ['Προκαταβολή 30 % με την υπογραφή της σύμβασης, υπόλοιπο τμηματικά ανά κατοικία.'],
        ['ΒΟΡΕΙΟΣ ΚΑΤΑΣΚΕΥΑΣΤΙΚΗ Α.Ε. · ΓΕΜΗ 058841304000 · Τηλ. 2310 480 760'], accent=(20, 60, 110), money_cols=(3,))
    html = mime.outlook_html(mime.paras_html(text), 'EL').replace('charset=utf-8', 'charset=windows-1253')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'windows-1253', 'quoted-printable'), mime.html(html, 'windows-1253', 'quoted-printable')),
        Part('application/pdf', body=pdfb, cte='base64', filename='Παραγγελία_2026-114_Επανομή.pdf', disposition='attachment',
             fname_enc='rfc2047')])
    systems.postfix_relay(m, 'srv1.voreios-kataskevastiki.gr', '203.0.113.90', mua='outlook', selector='default', lang='el-GR',
                          plesk=True, lan_ip='192.168.1.%d' % m.rng.randint(20, 90), client_rdns='ppp-94-66-%d-%d.home.otenet.gr' % (
                              m.rng.randint(1, 250), m.rng.randint(1, 250)))
    m.fact('Phone', 'Τηλ. 2310 480 760')
    meta(m, 'Genuine purchase order from the Greek construction customer for the timber frames of four houses (273,772.16 EUR), '
            'referring to the office\'s own quotation and a site meeting.',
         'Customer\'s own Plesk-hosted domain (SPF/DKIM pass), order refers to quotation ΠΡ-26-031, plain PDF attachment, payment terms '
         'as agreed, no link.',
         pair=(['35-el-clickfix-html-prosfora.eml'], 'Greek construction project documents by e-mail',
               'PDF order from a known customer; the attack is a tender whose attachment is an HTML page telling the user to run a command.'))


@message('business', 34, 'el', 'acs-paradosi-simera')
def b34(m):
    ep = S('eleni.papadopoulou')
    sent = local('Europe/Athens', 2026, 12, 2, 8, 12, 5)
    num = '2213047791'
    setup(m, ('ACS Courier', 'noreply@acscourier.net'), [('', ep['addr'])],
          'ACS: Η αποστολή σας %s θα παραδοθεί σήμερα' % num, sent, zone='Europe/Athens')
    m.msgid = '%s@acscourier.net' % guid(m.rng)
    track = 'https://www.acscourier.net/el/track-and-trace/?trackingNumber=%s' % num
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;'
            'font-size:14px;color:#222"><p>Αγαπητέ πελάτη,</p><p>η αποστολή σας με αριθμό <b>%s</b> από <b>WÜRTH HELLAS Α.Ε.</b> '
            'θα παραδοθεί σήμερα 02/12/2026, μεταξύ 10:00 και 14:00, στη διεύθυνση ΒΙ.ΠΕ. Σίνδου, Οδός Δ13.</p><p>Η αποστολή είναι '
            'προπληρωμένη· ο διανομέας δεν θα ζητήσει πληρωμή.</p><p>Μπορείτε να παρακολουθήσετε την αποστολή εδώ: <a href="%s">%s</a></p>'
            '<p>ACS Courier – Εξυπηρέτηση Πελατών 210 81 90 000</p></body></html>' % (num, track, track))
    plain = mime.html2text(html)
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'base64'), mime.html(html, 'utf-8', 'base64'))
    systems.gateway(m, 'mx-out.acscourier.net', '198.51.100.174', 'acs1', dkim_domain='acscourier.net',
                    inner=[('notify01.acs.local (notify01.acs.local [10.1.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mx-out.acscourier.net (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, track)
    m.fact('Phone', '210 81 90 000')
    meta(m, 'Genuine ACS courier delivery notice for a prepaid parcel from a tools supplier, with tracking link on acscourier.net.',
         'Courier\'s own domain with DKIM, real tracking link, explicitly no payment, delivery window to the office address.',
         pair=(['34-el-acs-courier-qr-inline.eml'], 'ACS parcel notification',
               'Text link to acscourier.net and no fee; the quishing mail hides its link in a QR image and asks for a redelivery fee.'))


@message('business', 35, 'el', 'proothisi-timologiou-ferretti-eml')
def b35(m):
    ep, gn = S('eleni.papadopoulou'), S('giorgos.nikolaidis')
    t_inner = local('Europe/Rome', 2026, 11, 20, 9, 48, 12)
    sent = local('Europe/Athens', 2026, 11, 23, 9, 15, 7)
    # the original invoice mail as it was received by mx01
    im = Msg('business', m.fname + '#ferretti', 'el')
    items = [('1', 'Trasporto completo Rosenheim (DE) – Thermi (GR) via Ancona–Igoumenitsa, semirimorchio 13,6 m', '', Decimal('2'), 'viaggio', Decimal('3240.00')),
             ('2', 'Traghetto Ancona–Igoumenitsa, unaccompanied trailer', '', Decimal('2'), 'passaggio', Decimal('1185.00')),
             ('3', 'Supplemento gasolio novembre 2026 (6,5 %)', '', Decimal('1'), 'a corpo', Decimal('575.25'))]
    net = sum(shared.money(q * p) for _, _, _, q, _, p in items)
    inv = 'FT/2026/004977'
    setup(im, ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), [(company.NATIVE[ep['addr']], ep['addr'])],
          'Ferretti Trasporti – Invoice %s – transport Rosenheim–Thermi' % inv, t_inner, zone='Europe/Rome')
    im.ms_server, im.ms_pod = 'PA4PR07MB7411', 'eurprd07'
    im.msgid = mid_m365(im, 'PA4PR07MB7411', 'eurprd07')
    itext = ('Dear Ms Papadopoulou,\n\nplease find attached invoice %s for the two full loads Rosenheim – Thermi (delivery notes '
             'LS-88402 and LS-88417). Intra-EU service, VAT reverse charge (Art. 44 and 196 Directive 2006/112/EC).\n\n'
             'Amount: EUR %s, due 20/12/2026, to our usual account: %s, IBAN %s.\n\nKind regards\n\nUfficio Amministrazione\n'
             'Ferretti Trasporti S.p.A. · Via dell\'Industria 44 · 37066 Sommacampagna (VR) · P.IVA IT%s\n'
             % (inv, shared.fmt(net, 'en'), FERR['bank'], ids.iban_fmt(FERR['iban']), FERR['piva']))
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(im, t_inner, 'Invoice %s' % inv, 'Ferretti Trasporti S.p.A.', 'TeamSystem Enterprise', 'TeamSystem Enterprise'),
        ('FERRETTI TRASPORTI S.p.A.', ['Via dell\'Industria 44 · 37066 Sommacampagna (VR)', 'P.IVA IT%s' % FERR['piva']]),
        ['Example Group Hellas I.K.E.', 'BI.PE. Sindou, Odos D13, O.T. 31', '570 22 Sindos, Greece', 'VAT EL%s' % AFM],
        'INVOICE', [('Number', inv), ('Date', '20/11/2026'), ('Due', '20/12/2026')],
        ['Pos.', 'Description', 'Qty', 'Price', 'Amount EUR'],
        [[p, d, '%s %s' % (q, u), shared.fmt(pr, 'en'), shared.fmt(shared.money(q * pr), 'en')] for p, d, _, q, u, pr in items],
        [('Total net', shared.fmt(net, 'en'), False), ('VAT (reverse charge)', '0.00', False), ('TOTAL EUR', shared.fmt(net, 'en'), True)],
        ['Payment: bank transfer 30 days · %s' % FERR['bank'], 'IBAN %s' % ids.iban_fmt(FERR['iban'])],
        ['VAT reverse charge – Art. 196 Directive 2006/112/EC · Ferretti Trasporti S.p.A. · REA VR-287114'], accent=(11, 61, 110), money_cols=(3,))
    im.body = mime.mixed(im, 'outlook', [mime.text(itext, 'utf-8', 'quoted-printable'),
                                         mime.attachment(pdfb, 'application/pdf', 'Invoice_FT-2026-004977.pdf')])
    systems.m365(im, tenant_id=FERR['tenant_id'], org=FERR['domain'], region='EUR05', server='PA4PR07MB7411', pod='eurprd07',
                 lang='en-US', has_attach=True, selector='selector1', mailbox_type='SHARED')
    inner_bytes = im.render()
    setup(m, (ep['name'], ep['addr']), [(gn['name'], gn['addr'])], 'FW: Ferretti Trasporti – Invoice %s – transport Rosenheim–Thermi' % inv,
          sent, zone='Europe/Athens')
    m.msgid = mid_exchange(m, 'EXCH02')
    text = ('Γιώργο,\n\n'
            'σου προωθώ το τιμολόγιο της Ferretti για τις δύο μεταφορές των πάνελ στη Θέρμη. Το έλεγξα με τα δελτία αποστολής '
            'LS-88402 και LS-88417, τα ποσά συμφωνούν. Ο λογαριασμός είναι ο ίδιος με την καρτέλα προμηθευτή.\n\n'
            'Μπορείς να το περάσεις και να το βάλεις στις πληρωμές του Δεκεμβρίου.\n\nΕυχαριστώ,\nΕλένη\n\n'
            'Ελένη Παπαδοπούλου\nOffice Manager | Example Group Hellas\nΤηλ. +30 2310 797 421\n')
    html = mime.outlook_html(mime.paras_html(text), 'EL')
    m.body = mime.mixed(m, 'exchange', [
        mime.alt(m, 'exchange', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        Part('message/rfc822', body=inner_bytes, filename='Ferretti Trasporti - Invoice FT-2026-004977.eml', disposition='attachment',
             cte='8bit', name_param=False)])
    systems.exchange_internal(m, 'EXCH02', client_ip='10.20.52.18', lang='el-GR', has_attach=True)
    m.fact('IBAN', FERR['iban'])
    meta(m, 'Genuine internal forward: the Greek office manager forwards the carrier\'s invoice e-mail (attached as the original .eml '
            'with its own headers and PDF) to the accountant for payment.',
         'Internal Exchange path; the nested message is the carrier\'s authentic Microsoft 365 mail with the registered IBAN; the text '
         'confirms that delivery notes and bank account were checked against master data.',
         pair=(['17-it-ferretti-compromesso-variazione-iban.eml'], 'Ferretti invoice and payment',
               'Registered IBAN checked against the supplier card; in the attack the (compromised) Ferretti mailbox itself changes the account.'))


@message('business', 36, 'el', 'eurobank-enimerosi-anavathmisi')
def b36(m):
    gn = S('giorgos.nikolaidis')
    sent = local('Europe/Athens', 2026, 11, 20, 17, 5, 55)
    setup(m, ('Eurobank', 'info@eurobank.gr'), [('', gn['addr'])],
          'Ενημέρωση: αναβάθμιση συστημάτων Eurobank Business Banking 29/11', sent, zone='Europe/Athens')
    m.hcharset, m.henc = 'iso-8859-7', 'Q'
    m.msgid = '%s.%s@mail.eurobank.gr' % (rstr(m.rng, HEXL, 16), rstr(m.rng, '0123456789', 8))
    info = 'https://www.eurobank.gr/el/epixeiriseis/psifiakes-ypiresies'
    paras = ['Αγαπητέ πελάτη,',
             'σας ενημερώνουμε ότι το Σάββατο 29/11/2026, από 01:00 έως 07:00, θα πραγματοποιηθούν εργασίες αναβάθμισης των συστημάτων '
             'μας. Κατά το διάστημα αυτό οι υπηρεσίες Eurobank Business Banking και η εφαρμογή Eurobank Business App δεν θα είναι διαθέσιμες. '
             'Οι μαζικές πληρωμές μισθοδοσίας που έχουν προγραμματιστεί θα εκτελεστούν κανονικά.',
             'Δεν απαιτείται καμία ενέργεια από εσάς.',
             'Υπενθυμίζουμε ότι η Eurobank δεν θα σας ζητήσει ποτέ μέσω email, SMS ή τηλεφώνου κωδικούς πρόσβασης, κωδικούς μίας χρήσης ή '
             'στοιχεία καρτών. Για να συνδεθείτε, πληκτρολογείτε πάντα μόνοι σας τη διεύθυνση www.eurobank.gr.',
             'Περισσότερες πληροφορίες για τις ψηφιακές υπηρεσίες επιχειρήσεων:',
             'Με εκτίμηση,\nEurobank']
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0"><table align="center" width="600" style="background:#fff">'
            '<tr><td style="background:#b71c1c;color:#fff;padding:18px 26px;font-size:22px;font-weight:bold">Eurobank</td></tr>'
            '<tr><td style="padding:24px 26px;font-size:14px;color:#222">' + ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:5]) +
            '<p><a href="%s">%s</a></p><p>%s</p></td></tr><tr><td style="padding:12px 26px;font-size:11px;color:#777;background:#eee">'
            'Eurobank Α.Ε., Όθωνος 8, 105 57 Αθήνα</td></tr></table></body></html>' % (info, info, mime.esc(paras[5]).replace('\n', '<br>')))
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html), 'iso-8859-7', 'quoted-printable'), mime.html(html, 'iso-8859-7', 'quoted-printable'))
    systems.gateway(m, 'mailout1.eurobank.gr', '198.51.100.178', 'ebk2025', dkim_domain='eurobank.gr',
                    inner=[('crm-mail02.eurobank.local (crm-mail02.eurobank.local [10.80.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'mailout1.eurobank.gr (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, info, 'www.eurobank.gr')
    meta(m, 'Genuine service notice from the Greek bank: Business Banking unavailable during a Saturday-night upgrade; no action needed.',
         'Bank\'s own domain with DKIM/DMARC, purely informational, link only to a public information page, reminds that the bank never '
         'asks for codes.',
         pair=(['33-el-winbank-business-periorismos.eml'], 'Greek business-banking notice',
               'No restriction, no deadline, no login link; the phish claims restricted access and demands "confirmation" within 24 hours.'))
