"""business/32-36: Greek-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario
from msgs.attack_el import AFM

GR_BUYER = ['Example Πυροπροστασία Μονοπρόσωπη Α.Ε.', 'Λεωφ. Κηφισού 112', '122 41 Αιγάλεω', 'ΑΦΜ: %s · ΔΟΥ ΦΑΕ Αθηνών' % AFM]
PYRO_AFM = ids.gr_afm('09961248')


# ---------------------------------------------------------------------------
@scenario('business', '32-el-lapeiraia-paraggelia-zimbra.eml')
def b32(m):
    r = m.rng
    eleni = S('Papadopoulou')
    giannis = S('Kostopoulos')
    kd = ('Κωνσταντίνος Δημητρίου', 'k.dimitriou@lapeiraia.gr')
    m.frm = kd
    m.to = [eleni]
    m.cc = [giannis]
    m.rcpt = [eleni[1], giannis[1]]
    m.mail_from = kd[1]
    m.subject = 'Παραγγελία 2026/ΠΡ/0318 - Ετήσια συντήρηση sprinkler & αφρού, αποθήκες Κερατσινίου'
    m.date = T(2026, 10, 27, 12, 4, 19, 'EET')
    m.date_zone = 'EET'
    m.msgid = m.mid('zimbra', 'lapeiraia.gr')
    m.client_extra = [('X-Originating-IP', '[10.10.4.%d]' % r.randrange(20, 200)),
                      ('X-Mailer', 'Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4611)')]
    body = ('Καλημέρα σας κα Παπαδοπούλου,\n\nσας αποστέλλω συνημμένη την παραγγελία μας 2026/ΠΡ/0318 για την ετήσια συντήρηση '
            'των συστημάτων καταιονισμού (sprinkler) και αφρού στις αποθήκες 2 και 3 του Κερατσινίου, σύμφωνα με την προσφορά σας '
            'ΠΡ-2026-144.\n\nΠαρακαλώ να μας ενημερώσετε για τις ημερομηνίες των εργασιών, ώστε να ενημερώσουμε τη βάρδια και την '
            'ασφάλεια του λιμένα. Οι τεχνικοί σας θα χρειαστούν κάρτα εισόδου (θα την εκδώσουμε με βάση τα ονοματεπώνυμα).\n\n'
            'Με εκτίμηση,\nΚωνσταντίνος Δημητρίου\nΤεχνικός Διευθυντής\nΛιμενικές Αποθήκες Πειραιά Α.Ε.\n'
            'Ακτή Βασιλειάδη, Πύλη Ε2, 187 55 Κερατσίνι\nΤηλ. 210 4005 128\n')
    po = kit.letter_pdf(['Λιμενικές Αποθήκες Πειραιά Α.Ε.', 'Ακτή Βασιλειάδη, Πύλη Ε2, 187 55 Κερατσίνι · ΑΦΜ %s' % ids.gr_afm('09487213')],
                        GR_BUYER, 'Κερατσίνι, 27/10/2026', 'ΔΕΛΤΙΟ ΠΑΡΑΓΓΕΛΙΑΣ 2026/ΠΡ/0318',
                        ['Σύμφωνα με την προσφορά σας ΠΡ-2026-144, σας αναθέτουμε:',
                         '  1. Ετήσια επιθεώρηση και συντήρηση συστήματος sprinkler (2 σταθμοί ελέγχου, αντλιοστάσιο) – 4.850,00 €',
                         '  2. Επιθεώρηση συστήματος αφρού AFFF, δειγματοληψία και ανάλυση αφρογόνου – 2.300,00 €',
                         '  3. Ετήσιος έλεγχος 180 πυροσβεστήρων και αναγόμωση όπου απαιτείται – κατά μονάδα σύμφωνα με τιμοκατάλογο',
                         'Σύνολο (1+2): 7.150,00 € πλέον ΦΠΑ 24%. Πληρωμή: 60 ημέρες από την έκδοση τιμολογίου.',
                         'Οι εργασίες να ολοκληρωθούν έως 15/12/2026. Απαιτείται πιστοποιητικό συντήρησης σύμφωνα με την ΚΥΑ 618/43/2005.'],
                        'Για τις Λιμενικές Αποθήκες Πειραιά Α.Ε.\nΚωνσταντίνος Δημητρίου, Τεχνικός Διευθυντής',
                        creator='Microsoft Word 2019', producer='Microsoft Word 2019', pdfdate="D:20261027115204+02'00'", accent=(0.0, 0.25, 0.5))
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + ''.join('<div>%s</div>' % (_h.escape(l) if l else '<br data-mce-bogus="1">') for l in body.rstrip('\n').split('\n'))
            + '</div></body></html>')
    b_alt, b_mix = kit.boundary(r, 'zimbra'), kit.boundary(r, 'zimbra')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'utf-8', 'quoted-printable', ctype_value='text/plain; charset=utf-8'),
                                                             text(html, 'html', 'utf-8', 'quoted-printable', ctype_value='text/html; charset=utf-8')], b_alt),
                                   attachment(po, 'Παραγγελία_2026-ΠΡ-0318.pdf', 'application/pdf', 'generic', r)], b_mix)
    t = m.date
    sel = r.uuid(True)
    sig, dkb = sy.dkim_sig(r, 'lapeiraia.gr', sel, 'Date:From:To:Cc:Message-ID:Subject:MIME-Version', t=plus(t, 1))
    pre = [sy.rcv_postfix('localhost', 'localhost', '127.0.0.1', 'mail.lapeiraia.gr', r.postfix_qid(), plus(t, 2), None, None, zone='EET', proto='ESMTP'),
           ('X-Virus-Scanned', 'amavis at lapeiraia.gr'),
           sy.rcv('from mail.lapeiraia.gr ([127.0.0.1])\n\tby localhost (mail.lapeiraia.gr [127.0.0.1]) (amavis, port 10026) with ESMTP\n\tid %s; %s'
                  % (r.alnum(12), mime.rfcdate(plus(t, 1), 'EET'))),
           sig,
           sy.rcv_postfix('mail.lapeiraia.gr', 'localhost', '127.0.0.1', 'mail.lapeiraia.gr', r.postfix_qid(), t, None, None, zone='EET', proto='ESMTP')]
    hdrs = sy.compose(m, pre, 'zimbra')
    m.finish(hdrs, ('mail.lapeiraia.gr', 'mail.lapeiraia.gr', '198.51.100.73'), plus(t, 4),
             auth(spf=('pass', 'lapeiraia.gr'), dkim=[('pass', 'lapeiraia.gr', sel, 2048, dkb)], dmarc=('pass', 'none', 'lapeiraia.gr')), body_obj)
    m.fact('phones', '210 4005 128')
    m.what = 'Customer purchase order (Piraeus port warehouses) for annual sprinkler and foam maintenance, sent from its own Zimbra server, PDF attached.'
    m.why = 'Customer\'s own mail server with DKIM and amavis trace, refers to our offer number, concrete site logistics (port access cards), PDF only.'
    m.hard_negative_of = (['35-el-html-synimmeno-swift.eml'], 'Document attachment from a Greek customer',
                          'Expected PDF from the customer\'s domain, no login form, no payment pretext.')


# ---------------------------------------------------------------------------
@scenario('business', '33-el-eurobank-eidopoiisi-mazikis-pliromis.eml')
def b33(m):
    r = m.rng
    nikos = S('Georgiou')
    m.frm = ('Eurobank Business', 'ebusiness@eurobank.gr')
    m.to = [nikos]
    m.rcpt = [nikos[1]]
    m.mail_from = 'bounce@notifications.eurobank.gr'
    m.subject = 'Eurobank Business: εκτέλεση μαζικής πληρωμής ΜΙΣΘΟΔΟΣΙΑ ΝΟΕ 2026'
    m.date = T(2026, 11, 11, 9, 47, 3, 'EET')
    m.date_zone = 'EET'
    m.hdr_charset = 'iso-8859-7'
    m.msgid = '%s@notifications.eurobank.gr' % r.uuid()
    body = ('Αγαπητέ πελάτη,\n\nσας ενημερώνουμε ότι η μαζική πληρωμή "ΜΙΣΘΟΔΟΣΙΑ ΝΟΕ 2026" της επιχείρησης EXAMPLE '
            'ΠΥΡΟΠΡΟΣΤΑΣΙΑ ΜΟΝ. Α.Ε. εκτελέστηκε σήμερα 11/11/2026 (34 εντολές, συνολικό ποσό 61.482,90 €).\n\n'
            'Μπορείτε να δείτε τις λεπτομέρειες συνδεόμενοι στο Eurobank Business Banking με τον συνήθη τρόπο.\n\n'
            'Υπενθυμίζουμε ότι η Eurobank δεν σας ζητά ποτέ μέσω email ή SMS να επιβεβαιώσετε συσκευές, κωδικούς ή '
            'στοιχεία καρτών και δεν στέλνει συνδέσμους σύνδεσης.\n\nΜε εκτίμηση,\nEurobank\n\n'
            'Eurobank Ergasias Services and Holdings S.A. - Όθωνος 8, 105 57 Αθήνα\n')
    html = kit.simple_html(body, 'Tahoma, Arial, sans-serif', '13px').replace('charset=utf-8', 'charset=iso-8859-7')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'iso-8859-7', 'base64', ctype_value='text/plain; charset=ISO-8859-7'),
                                         text(html, 'html', 'iso-8859-7', 'base64', ctype_value='text/html; charset=ISO-8859-7')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mailout2.eurobank.gr', '198.51.100.205',
                                         inner=[('ebiz-notif01.eurobank.local', 'unknown', '10.77.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'mailout2.eurobank.gr', 'ESMTP')],
                                         dkim=('eurobank.gr', 'eb2025'), zone='EET')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'notifications.eurobank.gr'), dkim=[('pass', 'eurobank.gr', 'eb2025', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'eurobank.gr')), body_obj)
    m.what = 'Eurobank Business notice that the November payroll bulk payment was executed; no link.'
    m.why = 'Bank\'s own aligned domain, reports an action the company itself ordered, no link, explicit statement that the bank never asks to confirm devices by e-mail.'
    m.hard_negative_of = (['33-el-eurobank-sca-windows1253.eml'], 'Eurobank Business notification',
                          'From eurobank.gr, informational, no device-confirmation link.')


# ---------------------------------------------------------------------------
@scenario('business', '34-el-pyrosvesis-timologio-mydata-qr.eml')
def b34(m):
    r = m.rng
    nikos = S('Georgiou')
    maria = ('Μαρία Αντωνίου', 'm.antoniou@pyrosvesis-attikis.gr')
    m.frm = maria
    m.to = [nikos]
    m.rcpt = [nikos[1]]
    m.mail_from = maria[1]
    num = '2026/Α/1203'
    m.subject = 'Τιμολόγιο %s - Πυρόσβεσις Αττικής' % num
    m.date = T(2026, 11, 25, 12, 18, 40, 'EET')
    m.date_zone = 'EET'
    m.msgid = m.mid('outlook_smtp', 'pyrosvesis-attikis.gr')
    m.hdr_charset, m.hdr_enc = 'windows-1253', 'B'
    m.phrase_mixed = True
    m.content_language = 'el'
    mark = '400001957384512'
    qr_url = 'https://mydatapi.aade.gr/TimologioQR/QRInfo?q=%s' % r.alnum(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    iban = data.PYROSVESIS_IBAN
    inv, tot = kit.invoice_pdf(
        'el', ['Πυρόσβεσις Αττικής Ε.Π.Ε.', 'Λεωφ. Φιλαδελφείας 88, 136 78 Αχαρνές', 'ΑΦΜ: %s · ΔΟΥ Αχαρνών' % PYRO_AFM, 'Τηλ. 210 2467 310'],
        GR_BUYER, num, '25/11/2026',
        [('Σκόνη πυρόσβεσης ABC 40% (σάκος 25 kg)', 30, 38.00),
         ('Αναγόμωση πυροσβεστήρα CO2 5 kg', 52, 14.50),
         ('Υδραυλική δοκιμή φιάλης CO2', 10, 9.00)],
        'EUR', 24, ['Εθνική Τράπεζα της Ελλάδος', 'IBAN: %s' % ids.fmt_iban(iban)],
        meta_lines=['Σειρά|Α', 'ΜΑΡΚ|%s' % mark, 'Λήξη|25/12/2026'],
        notes=['Το παραστατικό έχει διαβιβαστεί στην πλατφόρμα myDATA της ΑΑΔΕ (ΜΑΡΚ %s). Σαρώστε τον κωδικό QR για '
               'επαλήθευση.' % mark],
        qr_payload=qr_url, qr_caption='myDATA – ΑΑΔΕ', creator='SoftOne Series', producer='SoftOne Series 5 Reports',
        pdfdate="D:20261125121044+02'00'", logo_color=(0.8, 0.1, 0.1))
    body = ('Καλησπέρα σας κ. Γεωργίου,\n\nσας επισυνάπτω το τιμολόγιο %s για τις παραδόσεις της 20/11 (σκόνη ABC και '
            'αναγομώσεις CO2). Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ %s).\n\nΗ εξόφληση γίνεται ως συνήθως στον '
            'λογαριασμό μας στην Εθνική Τράπεζα, δεν υπάρχει καμία αλλαγή στα τραπεζικά μας στοιχεία.\n\nΣημ.: Την περασμένη '
            'εβδομάδα κάποιοι πελάτες μας έλαβαν email από τη διεύθυνση pyrosvesis-attikis.com με δήθεν νέο IBAN - δεν είναι δικό '
            'μας, παρακαλούμε αγνοήστε το.\n\nΜε εκτίμηση,\nΜαρία Αντωνίου\nΛογιστήριο\nΠυρόσβεσις Αττικής Ε.Π.Ε.\n'
            'Τηλ. 210 2467 310\n') % (num, mark)
    html = kit.outlook_html(body, 'el', 'windows-1253')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'windows-1253', 'quoted-printable'),
                                                             text(html, 'html', 'windows-1253', 'quoted-printable')], bnd_a),
                                   attachment(inv, 'Τιμολόγιο_2026-Α-1203.pdf', 'application/pdf', 'outlook', r, plus(m.date, -400))],
                           bnd_m, preamble='This is a multipart message in MIME format.')
    hdrs, conn, tmx, dkb = sy.exim_cpanel(m, m.date, 'gr-srv07.dnhost.gr', '192.0.2.147', 'pyrosvesis-attikis.gr', maria[1], php=False,
                                          helo_ip='94.66.%d.%d' % (r.randrange(255), r.randrange(2, 250)), auth_user=maria[1],
                                          client_style='outlook_smtp', dkim='pyrosvesis-attikis.gr')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'pyrosvesis-attikis.gr'), dkim=[('pass', 'pyrosvesis-attikis.gr', 'default', 2048, dkb)],
                                         dmarc=('pass', 'none', 'pyrosvesis-attikis.gr')), body_obj)
    m.qr_expect = [qr_url]
    m.fact('ibans', iban)
    m.fact('urls', qr_url)
    m.fact('phones', '210 2467 310')
    m.fact('other', 'myDATA MARK ' + mark)
    m.what = 'Supplier invoice 2026/Α/1203 with myDATA MARK and AADE QR code, usual NBG account; also warns about the look-alike .com domain.'
    m.why = 'Real supplier domain (.gr) via its cPanel host with authenticated SMTP from a Greek IP, invoice registered in myDATA, unchanged bank details, explicitly warns about the fraud attempt.'
    m.hard_negative_of = (['34-el-promitheftis-lookalike-timologio.eml'], 'Invoice from Pyrosvesis Attikis',
                          'Genuine .gr domain, NBG account unchanged, myDATA-registered invoice.')


# ---------------------------------------------------------------------------
def _panel_png(rng, w=360, h=240, title_color=(200, 30, 30)):
    """A simple screenshot-like image of a pump controller panel."""
    px = [[(34, 38, 44) for _ in range(w)] for _ in range(h)]

    def box(x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(h, y1)):
            row = px[y]
            for x in range(max(0, x0), min(w, x1)):
                row[x] = c
    box(0, 0, w, 28, title_color)
    box(14, 44, 170, 150, (220, 224, 228))
    box(190, 44, 346, 150, (220, 224, 228))
    for i, c in enumerate([(40, 200, 60), (40, 200, 60), (240, 180, 0), (90, 90, 90), (220, 40, 40)]):
        box(20 + i * 30, 168, 40 + i * 30, 188, c)
    lvl = rng.randrange(40, 90)
    box(24, 150 - lvl, 60, 150, (30, 110, 200))
    box(200, 96, 200 + rng.randrange(60, 140), 110, (30, 110, 200))
    box(14, 200, 346, 226, (60, 66, 74))
    return png.write_rgb(px, w, h)


@scenario('business', '35-el-texnikos-gmail-fotografies.eml')
def b35(m):
    r = m.rng
    eleni = S('Papadopoulou')
    g = ('Γιάννης Κωστόπουλος', 'giannis.kostopoulos.81@gmail.com')
    m.frm = g
    m.to = [eleni]
    m.rcpt = [eleni[1]]
    m.mail_from = g[1]
    m.subject = 'Αντλιοστάσιο Κερατσίνι - φωτογραφίες πίνακα'
    m.date = T(2026, 11, 30, 11, 47, 25, 'EET')
    m.date_zone = 'EET'
    m.msgid = m.mid('gmail')
    img1, img2 = _panel_png(r), _panel_png(r, title_color=(30, 90, 170))
    cid1, cid2 = 'ii_%s' % r.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'ii_%s' % r.alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789')
    body = ('Ελένη καλημέρα,\n\nσου στέλνω από το προσωπικό μου γιατί το εταιρικό κινητό έχει κολλήσει στην ενημέρωση από χθες.\n\n'
            'Στις Λιμενικές Αποθήκες (αποθήκη 3) ο πίνακας της ηλεκτροκίνητης αντλίας δείχνει σφάλμα πίεσης εκκίνησης - '
            'το pressostat ξεκινά στα 6,2 bar αντί για 7. Επισυνάπτω δύο screenshots από τον πίνακα. Η βαλβίδα αντεπιστροφής '
            'στάζει, θα χρειαστούμε ανταλλακτικό DN100 (το έχει η Brambilla).\n\nΕνημέρωσε σε παρακαλώ τον κ. Δημητρίου ότι '
            'η συντήρηση θα κλείσει την Πέμπτη. Τα βάζω και στο σύστημα όταν γυρίσω στο γραφείο.\n\nΓιάννης\n')
    html = ('<div dir="ltr">' + '<br>'.join(_h.escape(l) for l in body.rstrip('\n').split('\n'))
            + '<div><br></div><div><img src="cid:%s" alt="Screenshot_20261130-104512.png" width="360" height="240"><br>'
              '<img src="cid:%s" alt="Screenshot_20261130-104640.png" width="360" height="240"><br></div></div>\n' % (cid1, cid2))
    b_rel, b_alt = kit.boundary(r, 'gmail'), kit.boundary(r, 'gmail')
    body_obj = Multipart('related', [
        Multipart('alternative', [text(body, 'plain', 'UTF-8', 'base64', ctype_value='text/plain; charset="UTF-8"'),
                                  text(html, 'html', 'UTF-8', 'base64', ctype_value='text/html; charset="UTF-8"')], b_alt),
        attachment(img1, 'Screenshot_20261130-104512.png', 'image/png', 'gmail', r, inline=True, cid=cid1),
        attachment(img2, 'Screenshot_20261130-104640.png', 'image/png', 'gmail', r, inline=True, cid=cid2)], b_rel)
    hdrs, conn, tmx, dkb = sy.google(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'gmail.com'), dkim=[('pass', 'gmail.com', '20230601', 2048, dkb)],
                                         dmarc=('pass', 'none', 'gmail.com')), body_obj)
    m.what = 'Athens service technician writes from his private Gmail with two inline screenshots of a pump controller at a customer site.'
    m.why = 'Colleague using private mail for a stated reason; purely operational content (pressure switch, check valve, parts supplier), inline images only, no request for money or credentials.'
    m.hard_negative_of = (['08-de-gehaltskonto-aenderung-gmx.eml', '35-el-html-synimmeno-swift.eml'], 'Unexpected free-mail sender with attachments',
                          'Known colleague, work context, images are inline screenshots, nothing to log into or pay.')


# ---------------------------------------------------------------------------
@scenario('business', '36-el-pyrosvestiki-enimerosi-mitroo.eml')
def b36(m):
    r = m.rng
    eleni = S('Papadopoulou')
    m.frm = ('Διεύθυνση Πυροπροστασίας Π.Σ.', 'dpyp@fireservice.gr')
    m.to = [eleni]
    m.rcpt = [eleni[1]]
    m.mail_from = 'dpyp@fireservice.gr'
    m.subject = 'Ενημέρωση επιχειρήσεων πυροπροστασίας: ηλεκτρονική ανανέωση καταχώρισης στο Μητρώο'
    m.date = T(2026, 12, 3, 11, 30, 9, 'EET')
    m.date_zone = 'EET'
    m.hdr_charset = 'iso-8859-7'
    m.msgid = '%s@fireservice.gr' % r.hex(24)
    ada = 'Ψ%s46ΜΤΛΒ-%s' % (r.alnum(2, 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ'), r.alnum(3, 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ'))
    body = ('Προς τις επιχειρήσεις εμπορίας και συντήρησης πυροσβεστικών μέσων\n\nΣας ενημερώνουμε ότι από 01/01/2027 η '
            'ανανέωση της καταχώρισης στο Μητρώο Επιχειρήσεων Πυροπροστασίας πραγματοποιείται αποκλειστικά ηλεκτρονικά, μέσω '
            'της ενιαίας ψηφιακής πύλης gov.gr, με κωδικούς Taxisnet του νόμιμου εκπροσώπου.\n\nΤο παράβολο εκδίδεται από '
            'την εφαρμογή e-Παράβολο της ΓΓΠΣΨΔ και δεν καταβάλλεται ποτέ μέσω συνδέσμων που αποστέλλονται με email. Η '
            'Υπηρεσία δεν ζητά πληρωμές μέσω ηλεκτρονικού ταχυδρομείου.\n\nΗ σχετική εγκύκλιος (ΑΔΑ: %s) επισυνάπτεται και είναι '
            'αναρτημένη στο Πρόγραμμα Διαύγεια και στην ιστοσελίδα www.fireservice.gr.\n\nΑπό τη Διεύθυνση Πυροπροστασίας\n'
            'Αρχηγείο Πυροσβεστικού Σώματος\nΜουρούζη 4, 106 74 Αθήνα\n') % ada
    pdfdata = kit.letter_pdf(['ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ – ΥΠΟΥΡΓΕΙΟ ΚΛΙΜΑΤΙΚΗΣ ΚΡΙΣΗΣ ΚΑΙ ΠΟΛΙΤΙΚΗΣ ΠΡΟΣΤΑΣΙΑΣ',
                              'ΑΡΧΗΓΕΙΟ ΠΥΡΟΣΒΕΣΤΙΚΟΥ ΣΩΜΑΤΟΣ · Διεύθυνση Πυροπροστασίας · Μουρούζη 4, 106 74 Αθήνα'],
                             ['ΠΡΟΣ: Επιχειρήσεις εμπορίας και συντήρησης', 'πυροσβεστικών μέσων (μέσω email)'],
                             'Αθήνα, 02/12/2026 · ΑΔΑ: %s' % ada,
                             'ΘΕΜΑ: Ηλεκτρονική διαδικασία ανανέωσης καταχώρισης στο Μητρώο Επιχειρήσεων Πυροπροστασίας',
                             ['1. Από 01/01/2027 οι αιτήσεις ανανέωσης υποβάλλονται αποκλειστικά μέσω της πύλης gov.gr.',
                              '2. Απαιτούνται: βεβαίωση εκπαίδευσης τεχνικού προσωπικού, ασφαλιστική ενημερότητα, e-παράβολο.',
                              '3. Το e-παράβολο εκδίδεται και εξοφλείται μέσω της εφαρμογής της ΓΓΠΣΨΔ ή μέσω τραπεζών.',
                              '4. Η Υπηρεσία δεν αποστέλλει συνδέσμους πληρωμής με email. Τυχόν τέτοια μηνύματα αποτελούν απάτη '
                              'και πρέπει να αναφέρονται στη Δίωξη Ηλεκτρονικού Εγκλήματος.'],
                             'Ο Διευθυντής\nΑρχιπύραρχος Ι. Δ.',
                             creator='Microsoft Word 2016', producer='Microsoft Word 2016', pdfdate="D:20261202140011+02'00'",
                             accent=(0.0, 0.2, 0.5))
    html = kit.simple_html(body, 'Arial, sans-serif', '13px').replace('charset=utf-8', 'charset=iso-8859-7')
    bnd_m, bnd_a = kit.boundary(r, 'outlook_smtp'), kit.boundary(r, 'outlook_smtp')
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'iso-8859-7', 'quoted-printable'),
                                                             text(html, 'html', 'iso-8859-7', 'quoted-printable')], bnd_a),
                                   attachment(pdfdata, 'Egkyklios_Mitroo_Pyroprostasias_2026.pdf', 'application/pdf', 'outlook', r, plus(m.date, -3000))], bnd_m)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mail.fireservice.gr', '198.51.100.46',
                                         inner=[('EXCH-PS01.fireservice.local', 'unknown', '10.31.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'mail.fireservice.gr', 'ESMTPS')],
                                         dkim=None, client_style='outlook_smtp', zone='EET')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'fireservice.gr'), dkim=[], dmarc=('pass', 'none', 'fireservice.gr')), body_obj)
    m.fact('urls', 'www.fireservice.gr')
    m.fact('other', 'ΑΔΑ ' + ada)
    m.what = 'Hellenic Fire Service circular to fire-protection companies: register renewal moves to gov.gr from 2027; states that it never sends payment links.'
    m.why = 'Sent from fireservice.gr through its own mail server (SPF pass), official circular with ΑΔΑ (Diavgeia) number, no payment link, refers to gov.gr and the official e-paravolo application.'
    m.hard_negative_of = (['36-el-pyrosvestiki-mitroo-paravolo.eml'], 'Fire Service register renewal',
                          'Authority\'s real domain, no link to pay, explicitly warns against e-mailed payment links.')
