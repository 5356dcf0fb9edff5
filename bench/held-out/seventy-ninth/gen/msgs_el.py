"""Greek messages (Piraeus office): 5 attacks, 5 genuine."""
import codes as K
import company as C
import files as F
import infra as I
import qr as Q
from common import alt, esc, outlook_alt, simple_html
from company import S, NATIVE
from mime import Msg, T, Part, att, html, mp, text


def imo(six):
    return 'IMO ' + six + str(sum(int(c) * (7 - i) for i, c in enumerate(six)) % 10)


SHIP_IMO = imo('938417')


def gr(key):
    return (NATIVE[key], C.STAFF[key][1])


# ================================================================ ATTACKS
def a01(n):
    url = 'https://www.aade.gr.mydata-elegxos.info/taxisnet/login?afm=%s' % C.EG_AFM
    m = Msg('attack', n, 'el', 'aade-mydata-asymfonia-taxisnet',
            what='"ΑΑΔΕ - myDATA": 14 discrepancies in transmitted invoices, log in with TAXISnet credentials and '
                 'confirm corrections by 30/11 to avoid penalties',
            why='Tax-portal credential phishing: sender aade-mydata.com via Mailgun, link host '
                'www.aade.gr.mydata-elegxos.info (sub-domain trick) asking for TAXISnet codes; AADE does not send '
                'login links; penalty threat citing the real tax procedure code',
            tech=['tax authority credential phishing (myDATA / TAXISnet)', 'bulk ESP abuse (Mailgun)', 'sub-domain trick URL'])
    t = T('2026-11-17 09:40:22', 'GR')
    to = gr('gr_acc')
    frm = ('ΑΑΔΕ - myDATA', 'enimerosi@aade-mydata.com')
    I.mailgun(m, t, to[1], sending_dom='mg.aade-mydata.com')
    m.std(t, frm, [to], 'ΑΑΔΕ - Ειδοποίηση: Ασυμφωνία διαβιβάσεων myDATA - Υποχρεωτική διόρθωση έως 30/11/2026',
          cs='UTF-8', enc='B')
    plain = """Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. (ΑΦΜ %s) διαπιστώθηκαν αποκλίσεις μεταξύ των εκδοθέντων παραστατικών και των χαρακτηρισμών εσόδων για το διάστημα Ιουλίου - Σεπτεμβρίου 2026.

Αριθμός αποκλίσεων: 14
Συνολική αξία μη συμφωνημένων παραστατικών: 38.412,60 €

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο. Για να αποφύγετε την επιβολή κυρώσεων, συνδεθείτε με τους κωδικούς TAXISnet και επιβεβαιώστε τις διορθώσεις έως τις 30/11/2026:

%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
""" % (C.EG_AFM, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eceff1"><tr><td align="center" style="padding:20px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#263238">
<tr><td style="background:#003476;color:#fff;padding:16px 24px;font-size:19px"><b>ΑΑΔΕ</b> &middot; myDATA<br><span style="font-size:12px">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</span></td></tr>
<tr><td style="padding:22px 24px;line-height:21px">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την επιχείρηση <b>EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. (ΑΦΜ %s)</b> διαπιστώθηκαν αποκλίσεις για το διάστημα Ιουλίου - Σεπτεμβρίου 2026.</p>
<table cellpadding="6" style="background:#f5f7fa;width:100%%;font-size:14px"><tr><td>Αριθμός αποκλίσεων</td><td><b>14</b></td></tr><tr><td>Αξία μη συμφωνημένων παραστατικών</td><td><b>38.412,60 &euro;</b></td></tr></table>
<p>Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση δεδομένων επισύρει πρόστιμο.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#003476;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">Σύνδεση με κωδικούς TAXISnet</a></p>
<p style="font-size:12px;color:#607d8b">Προθεσμία διόρθωσης: 30/11/2026</p></td></tr></table></td></tr></table>""" % (C.EG_AFM, esc(url))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'ΑΑΔΕ myDATA'), 'UTF-8', 'base64')
    return m


def a02(n):
    awb = '7284519306'
    url = 'https://acs-ektelonismos.com/pay/%s?c=GR' % awb
    m = Msg('attack', n, 'el', 'courier-dasmoi-qr-code',
            what='"ACS Courier - customs department": import shipment from the UK supplier held until EUR 18.60 duties '
                 'are paid, scan the QR code to pay by phone within 48 h',
            why='Quishing / card phishing: QR code (inline PNG) leads to acs-ektelonismos.com (not acscourier.net); '
                'sent by PHP mail() from the hacked website of a Naxos hotel under an ACS display name; small-fee '
                'customs lure plausible for post-Brexit imports',
            tech=['quishing (QR code)', 'courier / customs fee phishing', 'compromised website mailer'])
    t = T('2026-11-11 11:02:50', 'GR')
    to = gr('gr_mgr')
    frm = ('ACS Courier - Τμήμα Εκτελωνισμού', 'info@kalimera-naxos-hotel.gr')
    m.env_from = 'kalimera@vps3318.grhosting.gr'
    I.php_webhost(m, t, to[1], server='vps3318.grhosting.gr', ip='185.138.42.%d' % 117, uid=1004)
    I.phpmailer(m, 'kalimera-naxos-hotel.gr', '6.6.0')
    m.std(t, frm, [to], 'Αποστολή %s - Εκκρεμεί πληρωμή δασμών 18,60 €' % awb, cs='windows-1253', enc='B')
    png = Q.qr_png(url, 'M', 5)
    m.extra_files['qr:pliromi.png'] = url
    plain = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό %s (αποστολέας: Solent Marine Supplies Ltd, Ηνωμένο Βασίλειο) έχει φτάσει στο Κέντρο Διαλογής Ασπροπύργου και έχει δεσμευτεί από το τελωνείο μέχρι την εξόφληση δασμών και ΦΠΑ εισαγωγής.

Ποσό προς πληρωμή: 18,60 €

Για γρήγορη και ασφαλή πληρωμή από το κινητό σας σαρώστε τον κωδικό QR του μηνύματος. Η πληρωμή πρέπει να ολοκληρωθεί εντός 48 ωρών, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier Α.Ε.Ε.
Τμήμα Εκτελωνισμού
""" % awb
    inner = """<table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#fff">
<tr><td style="background:#e30613;color:#fff;padding:14px 22px;font-size:22px;font-weight:bold">ACS <span style="font-size:13px;font-weight:normal">Τμήμα Εκτελωνισμού</span></td></tr>
<tr><td style="padding:20px 22px;line-height:21px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>%s</b> (αποστολέας: Solent Marine Supplies Ltd, Ηνωμένο Βασίλειο) έχει φτάσει στο Κέντρο Διαλογής Ασπροπύργου και έχει δεσμευτεί από το τελωνείο μέχρι την εξόφληση δασμών και ΦΠΑ εισαγωγής.</p>
<p style="font-size:18px">Ποσό προς πληρωμή: <b>18,60 &euro;</b></p>
<p>Για γρήγορη και ασφαλή πληρωμή από το κινητό σας σαρώστε τον κωδικό QR:</p>
<p style="text-align:center"><img src="cid:pliromi.png@acs" width="190" height="190" alt="QR"></p>
<p style="font-size:12px;color:#666">Η πληρωμή πρέπει να ολοκληρωθεί εντός 48 ωρών, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.</p></td></tr></table>""" % awb
    img = Part('image/png', data=png, filename='pliromi.png', disp='inline', cid='pliromi.png@acs')
    img.note = 'QR code -> %s' % url
    m.body = mp('alternative', text(plain, 'windows-1253', 'quoted-printable'),
                mp('related', html(simple_html(inner, 'windows-1253', 'ACS'), 'windows-1253', 'quoted-printable'), img))
    return m


def a03(n):
    m = Msg('attack', n, 'el', 'ceo-fraud-gmail-kypros',
            what='"Νίκος Παπαδόπουλος" (office manager) asks the Greek accountant from Gmail for an urgent '
                 'EUR 27,400 advance to a Cypriot spare-parts supplier, keep it quiet',
            why='Executive impersonation in native script from a Gmail address (real: '
                'nikos.papadopoulos@examplegroup.eu), unknown Cypriot beneficiary, urgency, secrecy towards '
                'Hamburg, "can\'t talk", proof of payment by reply',
            tech=['CEO fraud / BEC', 'free-mail impersonation (native-script display name)'])
    t = T('2026-12-04 13:12:31', 'GR')
    to = gr('gr_acc')
    frm = ('Νίκος Παπαδόπουλος', 'nikos.papadopoulos.eg@gmail.com')
    m.env_from = frm[1]
    I.gmail(m, t, to[1], mobile='22B91')
    m.std(t, frm, [to], 'Επείγον', cs='utf-8', enc='B')
    body = """Ελένη, καλημέρα.

Είμαι σε σύσκεψη στο ναυπηγείο στο Πέραμα και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζομαι να κάνεις σήμερα μια πληρωμή 27.400 € προς προμηθευτή ανταλλακτικών στην Κύπρο, προκαταβολή για την παραγγελία του Aegean Star, αλλιώς χάνουμε τη θέση στη δεξαμενή.

Δικαιούχος: Marinetech Supplies Ltd
IBAN: %s
Αιτιολογία: Advance payment PO 4471

Μην το συζητήσεις ακόμη με κανέναν, θα ενημερώσω εγώ το Αμβούργο μόλις κλείσει. Στείλε μου το αποδεικτικό εδώ μόλις γίνει.

Νίκος

Στάλθηκε από το iPhone μου
""" % K.fmt_iban(C.GR_FAKE_IBAN)
    m.body = text(body, 'utf-8', 'quoted-printable')
    return m


def a04(n):
    url = 'https://ebanking.eurobank.gr.kyc-update.net/business/login?ref=EGH%s' % C.EG_AFM[-4:]
    m = Msg('attack', n, 'el', 'trapeza-kyc-epikairopoiisi-phishing',
            what='"Eurobank Business": company KYC data outdated, outgoing transfers will be limited from 15/10 '
                 'until the update is completed online',
            why='Bank credential phishing: look-alike sender domain ebanking-eurobank-gr.com sent directly from '
                'a VPS, link host ebanking.eurobank.gr.kyc-update.net (sub-domain trick), AML-law pretext and '
                'threat of payment restrictions',
            tech=['bank credential phishing (KYC pretext)', 'look-alike domain on VPS', 'sub-domain trick URL'])
    t = T('2026-10-08 10:25:14', 'GR')
    to = gr('gr_acc')
    frm = ('Eurobank', 'eurobank@ebanking-eurobank-gr.com')
    m.env_from = 'bounce@ebanking-eurobank-gr.com'
    I.vps(m, t, to[1], helo='mail.ebanking-eurobank-gr.com', ip='194.26.192.%d' % 64, rdns='194-26-192-64.hosted-by.inet-vps.net',
          inner='from localhost (localhost [127.0.0.1])\n\tby mail.ebanking-eurobank-gr.com (Postfix) with ESMTP id 4bC%s\n\tfor <%s>; %s'
          % ('q7W2nPz1kL', to[1], t.rfc(comment=True)))
    m.msgid = '<%s.%s@ebanking-eurobank-gr.com>' % (t.fmt('%Y%m%d%H%M%S'), m.hexs(10))
    m.std(t, frm, [to], 'Eurobank Business: Απαιτείται επικαιροποίηση στοιχείων επιχείρησης (KYC)',
          cs='iso-8859-7', enc='Q')
    plain = """Αγαπητέ πελάτη,

Στο πλαίσιο των υποχρεώσεών μας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), οφείλουμε να επικαιροποιούμε περιοδικά τα στοιχεία των επιχειρηματικών πελατών μας.

Τα στοιχεία της επιχείρησής σας EXAMPLE GROUP HELLAS δεν έχουν επικαιροποιηθεί εντός της προβλεπόμενης προθεσμίας. Από 15/10/2026 θα εφαρμοστεί περιορισμός στις εξερχόμενες μεταφορές και πληρωμές μέσω e-Banking έως την ολοκλήρωση της διαδικασίας.

Η επικαιροποίηση διαρκεί λιγότερο από 5 λεπτά:
%s

Eurobank Α.Ε.
Όθωνος 8, 105 57 Αθήνα
"""  % url
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;background:#fff">
<tr><td style="background:#c8102e;color:#fff;padding:16px 22px;font-size:21px;font-weight:bold">Eurobank <span style="font-weight:normal;font-size:13px">Business</span></td></tr>
<tr><td style="padding:22px;line-height:21px">
<p>Αγαπητέ πελάτη,</p>
<p>Στο πλαίσιο των υποχρεώσεών μας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), οφείλουμε να επικαιροποιούμε περιοδικά τα στοιχεία των επιχειρηματικών πελατών μας.</p>
<p>Τα στοιχεία της επιχείρησής σας <b>EXAMPLE GROUP HELLAS</b> δεν έχουν επικαιροποιηθεί εντός της προβλεπόμενης προθεσμίας. Από <b>15/10/2026</b> θα εφαρμοστεί περιορισμός στις εξερχόμενες μεταφορές και πληρωμές μέσω e-Banking.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#c8102e;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">Επικαιροποίηση στοιχείων</a></p>
<p style="font-size:12px;color:#666">Eurobank Α.Ε. &middot; Όθωνος 8, 105 57 Αθήνα</p></td></tr></table>""" % esc(url)
    m.body = alt(plain, simple_html(inner, 'iso-8859-7', 'Eurobank'), 'iso-8859-7', 'quoted-printable')
    m.bgen = lambda rng, ct: '=_Part_' + m.hexs(20)
    return m


def a05(n):
    m = Msg('attack', n, 'el', 'rfq-naftiliaki-lookalike-zip-kodikos',
            what='"Aegean Star Shipmanagement - Purchasing" sends RFQ AS-2026-1147 for M/V AEGEAN STAR as an '
                 'encrypted ZIP with the password in the mail',
            why='Malware delivery from look-alike domain aegeanstar-shipmgmt.com (real customer: aegeanstar-sm.gr) '
                'on a VPS; ZipCrypto archive prevents scanning and contains RFQ_AS-2026-1147.xlsx.scr (screensaver '
                'executable with double extension, inert placeholder here)',
            tech=['password-protected ZIP (ZipCrypto)', 'malware attachment (.xlsx.scr)', 'look-alike domain of a customer'])
    t = T('2026-11-16 08:44:09', 'GR')
    to = gr('gr_mgr')
    frm = ('Aegean Star Purchasing', 'purchasing@aegeanstar-shipmgmt.com')
    m.env_from = frm[1]
    m.hop('from [192.168.1.4] (unknown [5.181.86.%d])\n\t(Authenticated sender: purchasing@aegeanstar-shipmgmt.com)\n\tby mail.aegeanstar-shipmgmt.com (Postfix) with ESMTPSA id 4bR%s\n\tfor <%s>; %s'
          % (m.rng.randrange(2, 250), m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 1, to[1], helo='mail.aegeanstar-shipmgmt.com', ip='212.113.116.%d' % 45, rdns='vm2291.hostkey-cloud.net')
    I.outlook_desktop(m, t, 'aegeanstar-shipmgmt.com', 'el')
    m.std(t, frm, [to], 'RFQ AS-2026-1147 - M/V AEGEAN STAR - ανταλλακτικά καταστρώματος και μηχανής',
          cs='iso-8859-7', enc='B')
    body = """Αγαπητέ κ. Παπαδόπουλε,

Σας αποστέλλουμε συνημμένα το RFQ AS-2026-1147 για το M/V AEGEAN STAR (ETA Πειραιάς 24/11). Παρακαλούμε για την προσφορά σας (τιμές και χρόνο παράδοσης on board) έως την Πέμπτη 19/11.

Λόγω της πολιτικής ασφαλείας της εταιρείας μας το αρχείο είναι κρυπτογραφημένο.
Κωδικός: AS1147

Με εκτίμηση,

Purchasing Department
Aegean Star Shipmanagement S.A.
Ακτή Μιαούλη 81, 185 38 Πειραιάς
"""
    z = F.zip_crypto([('RFQ_AS-2026-1147.xlsx.scr', F.PLACEHOLDER)], 'AS1147',
                     when=(2026, 11, 16, 8, 40, 2), seed=m.slug)
    a = att('application/x-zip-compressed', z, 'RFQ_AS-2026-1147.zip')
    a.note = 'ZipCrypto, password AS1147, member RFQ_AS-2026-1147.xlsx.scr (placeholder)'
    m.extra_files['zippw:RFQ_AS-2026-1147.zip'] = 'AS1147'
    m.body = mp('mixed', text(body, 'iso-8859-7', '8bit'), a)
    return m


# ================================================================ BUSINESS
def b01(n):
    m = Msg('business', n, 'el', 'pelatis-paraggelia-yfalochromata',
            what='Customer Piraeus Marine Chandlers orders antifouling and zinc anodes for the November haul-outs',
            why='Genuine order from a known customer contact on his company\'s own mail server (Outlook), specific '
                'items, usual payment terms; no links or attachments',
            pair=None)
    t = T('2026-10-13 12:40:17', 'GR')
    to = gr('gr_mgr')
    frm = C.PMC['antoniou']
    m.env_from = frm[1]
    I.smb(m, t, to[1], host='mail.piraeuschandlers.gr', host_ip='213.5.%d.%d' % (m.rng.randrange(1, 250), m.rng.randrange(2, 250)),
          client_ip='94.64.121.%d' % m.rng.randrange(2, 250), client_kind='otenet', auth='g.antoniou@piraeuschandlers.gr')
    I.outlook_desktop(m, t, 'piraeuschandlers.gr', 'el')
    m.std(t, frm, [(C.STAFF['gr_mgr'][0], C.STAFF['gr_mgr'][1])],
          'Παραγγελία 2026-311: υφαλοχρώματα και ανόδια ψευδαργύρου', cs='windows-1253', enc='Q')
    body = """Καλησπέρα Νίκο,

σου στέλνω την παραγγελία μας για τα σκάφη που βγαίνουν στη στεριά στη Σαλαμίνα τον Νοέμβριο:

- 36 τεμ. υφαλόχρωμα αυτοστιλβούμενο 2,5 lt, μαύρο
- 20 τεμ. ανόδια ψευδαργύρου άξονα 35 mm
- 10 τεμ. ανόδια για flaps
- 8 τεμ. αστάρι εποξικό 2,5 lt

Παράδοση στην αποθήκη μας στο Πέραμα μέχρι 30/10 αν γίνεται. Τιμές και όροι πληρωμής όπως στην προηγούμενη παραγγελία (60 ημέρες).

Ευχαριστώ,

Γιώργος Αντωνίου
Τμήμα Προμηθειών
Piraeus Marine Chandlers Α.Ε.
Ακτή Μιαούλη 71, 185 37 Πειραιάς
Τηλ. 210 4118 227 | ΑΦΜ %s
""" % C.PMC['afm']
    m.body = outlook_alt(body, 'windows-1253', 'quoted-printable', 'EL')
    return m


def b02(n):
    m = Msg('business', n, 'el', 'kyvernitis-otenet-erotisi-autopilotos',
            what='Charter skipper asks from his otenet.gr mailbox for a quote for a complete autopilot set and an '
                 'installer near Alimos',
            why='Genuine retail enquiry from a consumer ISP mailbox (OTE) sent with Thunderbird from a Greek home '
                'connection; plain text, no links or attachments',
            pair=None)
    t = T('2026-11-01 20:15:03', 'GR')
    to = gr('gr_mgr')
    frm = C.DIMITRIOU
    m.env_from = frm[1]
    I.otenet(m, t, to[1], client_ip='94.64.121.18')
    I.thunderbird(m, 'otenet.gr', 'el')
    m.std(t, frm, [(C.STAFF['gr_mgr'][0], C.STAFF['gr_mgr'][1])],
          'Ερώτηση για αυτόματο πιλότο - Bavaria 46 Cruiser', cs='ISO-8859-7', enc='B')
    body = """Καλησπέρα σας,

είμαι κυβερνήτης ναυλωμένου σκάφους (Bavaria 46 Cruiser, 2012) με βάση τον Άλιμο. Ο αυτόματος πιλότος έχει αρχίσει να βγάζει σφάλμα θέσης πηδαλίου και θέλω να τον αντικαταστήσω πριν από τη νέα σεζόν.

Θα μπορούσατε να μου στείλετε προσφορά για πλήρες σετ (μονάδα ελέγχου, αισθητήρα γωνίας πηδαλίου και υδραυλική αντλία) και να μου πείτε αν κάνετε εγκατάσταση ή αν συνεργάζεστε με κάποιον τεχνικό στον Άλιμο;

Ευχαριστώ εκ των προτέρων,
Κώστας Δημητρίου
6944 118 327
"""
    m.body = text(body, 'ISO-8859-7', '8bit', ctparams='; format=flowed', csq=False)
    return m


def b03(n):
    m = Msg('business', n, 'el', 'logistria-mydata-enimerosi-esoteriko',
            what='Greek accountant updates the office manager on the October myDATA reconciliation and the fake '
                 '"AADE" e-mail she forwarded to IT',
            why='Genuine internal mail via mail-int01/Exchange; says AADE is always accessed directly at aade.gr, '
                'never via links; no request',
            pair=(['aade-mydata-asymfonia-taxisnet'], 'myDATA discrepancies topic'))
    t = T('2026-11-18 14:30:44', 'GR')
    to = (C.STAFF['gr_mgr'][0], C.STAFF['gr_mgr'][1])
    frm = (C.STAFF['gr_acc'][0], C.STAFF['gr_acc'][1])
    m.env_from = frm[1]
    I.internal(m, t, to[1])
    m.clang = 'el-GR'
    m.std(t, frm, [to], 'myDATA - εκκρεμότητες Οκτωβρίου και ψεύτικο email «ΑΑΔΕ»', cs='iso-8859-7', enc='B',
          order='ftsd')
    body = """Νίκο,

ενημερωτικά:

1. Ολοκλήρωσα τη συμφωνία myDATA για τον Οκτώβριο. Έμειναν 3 τιμολόγια της Piraeus Marine Chandlers που έχουν διαβιβαστεί από αυτούς με λάθος χαρακτηρισμό. Τους έστειλα να κάνουν διόρθωση, δεν χρειάζεται κάτι από εμάς.

2. Χθες ήρθε email δήθεν από την ΑΑΔΕ για «ασυμφωνίες myDATA» με σύνδεσμο για κωδικούς TAXISnet. Είναι ψεύτικο, το προώθησα στο IT στο Αμβούργο. Στην ΑΑΔΕ μπαίνουμε πάντα απευθείας από το aade.gr, ποτέ από σύνδεσμο σε email.

3. Για την ηλεκτρονική τιμολόγηση B2B ο πάροχός μας έχει ήδη ενεργοποιήσει την έκδοση μέσω παρόχου, οπότε δεν αλλάζει κάτι στη δική μας διαδικασία.

Ελένη

Eleni Georgiou | Accountant
Example Group Hellas M.I.K.E. | Akti Miaouli 45, 185 36 Piraeus
"""
    m.body = outlook_alt(body, 'iso-8859-7', 'quoted-printable', 'EL')
    return m


def b04(n):
    m = Msg('business', n, 'el', 'doroepitages-christougennon-esoteriko',
            what='Office manager Greece asks the accountant to order the staff Christmas vouchers approved by HR '
                 'in Hamburg through the usual supplier, with invoice',
            why='Genuine internal mail via mail-int01/Exchange from the real manager address; approval by HR, '
                'usual supplier, invoiced to the company, booked in payroll; explicitly not urgent',
            pair=(['ceo-fraud-gmail-kypros', 'ceo-gift-cards-gmail'], 'manager asks accountant for a purchase / vouchers'))
    t = T('2026-12-08 10:02:26', 'GR')
    to = (C.STAFF['gr_acc'][0], C.STAFF['gr_acc'][1])
    frm = (C.STAFF['gr_mgr'][0], C.STAFF['gr_mgr'][1])
    m.env_from = frm[1]
    I.internal(m, t, to[1])
    m.clang = 'el-GR'
    m.std(t, frm, [to], 'Δωροεπιταγές Χριστουγέννων προσωπικού - έγκριση από Αμβούργο', cc=[S('hr')],
          cs='utf-8', enc='B', order='ftsd')
    body = """Ελένη,

το Αμβούργο (Monika Schäfer, σε κοινοποίηση) ενέκρινε και φέτος τις δωροεπιταγές Χριστουγέννων για το προσωπικό του Πειραιά: 6 άτομα × 150 €, σύνολο 900 €.

Παρακαλώ παράγγειλέ τες όπως πέρσι από τον προμηθευτή μας με τιμολόγιο στην εταιρεία και πέρασέ τες στη μισθοδοσία Δεκεμβρίου ως παροχή σε είδος. Δεν βιάζεται, αρκεί να είναι έτοιμες πριν από τις 22/12.

Ευχαριστώ,
Νίκος

Nikos Papadopoulos | Office Manager
Example Group Hellas M.I.K.E. | Akti Miaouli 45, 185 36 Piraeus | +30 210 4290 515
"""
    m.body = outlook_alt(body, 'utf-8', 'base64', 'EL')
    return m


def b05(n):
    m = Msg('business', n, 'el', 'nautiliaki-rfq-pdf-gnisio',
            what='Ship manager Aegean Star sends RFQ AS-2026-1139 for M/V AEGEAN STAR spares as PDF, delivery on '
                 'board in Piraeus',
            why='Genuine RFQ from the customer\'s real domain on Microsoft 365, known superintendent, plain PDF with '
                'item list, IMO number with valid check digit, no password or archive',
            pair=(['rfq-naftiliaki-lookalike-zip-kodikos'], 'same customer, same vessel, RFQ with attachment'))
    t = T('2026-11-05 09:10:38', 'GR')
    to = gr('gr_mgr')
    frm = C.AEGEAN['stavrou']
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant='3a9f1c27-8e4b-4d6a-b2c5-71e0d94f6a18', pod='VI1PR06MB', region='eurprd06',
          outbound='EUR02-VI1-obe', ob_host='mail-vi1eur02on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.241.%d', lang='el-GR')
    m.std(t, ('Capt. Michalis Stavrou', frm[1]), [(C.STAFF['gr_mgr'][0], C.STAFF['gr_mgr'][1])],
          'RFQ AS-2026-1139 - M/V AEGEAN STAR - spares, delivery Piraeus (ETA 24/11)',
          cc=[C.AEGEAN['purch']])
    body = """Αγαπητέ κ. Παπαδόπουλε,

Παρακαλούμε για την προσφορά σας για τα ανταλλακτικά του συνημμένου RFQ για το M/V AEGEAN STAR (%s), με παράδοση on board στον Πειραιά (ETA 24/11).

Προθεσμία υποβολής προσφοράς: Τετάρτη 11/11, 17:00.
Παρακαλούμε να αναφέρετε το RFQ AS-2026-1139 σε κάθε επικοινωνία.

Με εκτίμηση,

Καπτ. Μιχάλης Σταύρου
Technical Superintendent
Aegean Star Shipmanagement S.A.
Ακτή Μιαούλη 81, 185 38 Πειραιάς
T: +30 210 4528 330
""" % SHIP_IMO
    items = [('Mooring rope, polyamide 8-strand, 64 mm, coil 220 m', 2, 'coil'),
             ('Heaving line with monkey fist, 30 m', 6, 'pcs'),
             ('Shackle, galvanised, bow type, SWL 17 t', 8, 'pcs'),
             ('Rope guard / chafe protector, 70 mm', 10, 'pcs'),
             ('Windlass brake lining set, for 56 mm chain', 1, 'set'),
             ('Sacrificial zinc anode, hull type, 6 kg', 24, 'pcs')]
    pdf = F.pdf([('h', 'Aegean Star Shipmanagement S.A.'), ('s', 'Akti Miaouli 81, 185 38 Piraeus, Greece'), '',
                 ('b', 'REQUEST FOR QUOTATION AS-2026-1139'), 'Vessel: M/V AEGEAN STAR   %s   Flag: Malta' % SHIP_IMO,
                 'Delivery: on board, Piraeus anchorage, ETA 24/11/2026', 'Quotation due: 11/11/2026 17:00 LT', ''] +
                ['%d. %s - %d %s' % (i, d, q, u) for i, (d, q, u) in enumerate(items, 1)] +
                ['', 'Please quote unit prices in EUR, delivery time and certificates (where applicable).',
                 'Payment terms: 60 days from delivery. Invoices to accounts@aegeanstar-sm.gr.', '',
                 'Capt. Michalis Stavrou, Technical Superintendent'],
                title='RFQ AS-2026-1139', author='Aegean Star Purchasing', creator='SERTICA',
                producer='SERTICA Report Engine', date="20261105085312+02'00'")
    m.body = mp('mixed', outlook_alt(body, 'utf-8', 'quoted-printable', 'EL'),
                att('application/pdf', pdf, 'RFQ_AS-2026-1139.pdf'))
    return m


ATTACKS = [a01, a02, a03, a04, a05]
BUSINESS = [b01, b02, b03, b04, b05]
