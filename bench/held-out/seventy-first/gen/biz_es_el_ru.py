"""Genuine business mail, Spanish (27-31), Greek (32-36), Russian (37-40)."""
from common import *  # noqa: F401,F403

F = 'business'
IBERIA_CIF = money.es_cif('B', '6718243')


def build():
    # ------------------------------------------------------------------ 27 gestoría: modelo 303 draft
    t = dt(2026, 10, 14, 8, 20, 33)
    body = '''Hola, Lucía:

Te adjunto el borrador del modelo 303 del tercer trimestre de Example Group Iberia, S.L. para que lo revises antes de presentarlo. Resultado: a ingresar 21.486,52 EUR, con domiciliación en la cuenta habitual de CaixaBank (cargo el día 20).

Como siempre, lo presentaremos nosotros en la sede electrónica con el certificado de la gestoría; solo necesitamos tu visto bueno por correo antes de mañana a mediodía, que es el último día para domiciliar.

Un recordatorio: las notificaciones de la Agencia Tributaria os llegan a la DEHú y a la sede electrónica, nunca con enlaces de descarga por correo. Si recibís algún "requerimiento" por e-mail, reenviádnoslo antes de abrir nada.

Un saludo,

Marta Navarro
Gestoría Navarro Asesores
Carrer de Balmes 152, 3.º 2.ª – 08008 Barcelona
Tel. 93 415 62 80
'''
    cols = [300, 120]
    b303 = pdf.letter([
        ('H', 'Modelo 303 - IVA Autoliquidación (BORRADOR)'), 'Ejercicio 2026 - Periodo 3T',
        'NIF: ' + IBERIA_CIF + '   Razón social: EXAMPLE GROUP IBERIA SL', ('R',),
        ('T', ['Concepto', 'Importe EUR'], cols, True),
        ('T', ['[07]/[09] Régimen general 21% - base / cuota', '412.870,40 / 86.702,78'], cols),
        ('T', ['[28]/[29] IVA deducible operaciones interiores', '310.553,62 / 65.216,26'], cols),
        ('T', ['[32]/[33] Importaciones (IVA diferido [77])', '102.190,00 / 21.459,90'], cols),
        ('T', ['[77] IVA a la importación liquidado por Aduana', '21.459,90'], cols),
        ('T', ['[46] Resultado régimen general', '21.486,52'], cols, True), ('R',),
        'Forma de pago: domiciliación - CaixaBank - presentación por colaborador social',
        'Documento de trabajo - no válido para su presentación'],
        producer='A3ASESOR | eco', creator='Wolters Kluwer a3', title='Borrador 303 3T 2026',
        created=pdfdate(dt(2026, 10, 14, 8, 5)))
    make(F, 27, 'es', 'gestoria-borrador-modelo-303', frm=C('gestoria'), to=[S('es_acc')],
         subject='Borrador modelo 303 – 3T 2026 – Example Group Iberia', t=t,
         infra=P(I.m365, lang='es-ES', has_attach=True, obe='EUR03-DBA-obe'),
         body=mixed(ol_alt(body, 'iso-8859-1', lang='ES'), attach(b303, 'application/pdf', 'Borrador_303_3T_2026.pdf')),
         hcs='iso-8859-1', order='outlook', bstyle='outlook',
         what='Tax advisor sends the draft quarterly VAT return (modelo 303) for approval.',
         why='Known gestoría on its own Microsoft 365 tenant; draft PDF, filing done by the advisor; warns that '
             'AEAT notices arrive via DEHú, not via e-mail links.',
         hn='A27')

    # ------------------------------------------------------------------ 28 customer complaint (gmail)
    t = dt(2026, 11, 23, 18, 5, 11)
    body = '''Buenas tardes, Javier:

Le escribo por el reloj Montres Vallorbe Vallée 38 Automatique que compré en la boutique de Passeig de Gràcia el 14 de junio (me atendió usted personalmente). Desde hace unas tres semanas se atrasa unos dos minutos al día, aunque lo llevo puesto a diario y no ha sufrido ningún golpe.

Sigue en garantía, así que me gustaría saber si lo puedo llevar a la tienda para que lo revisen y cuánto tiempo tardaría. Lo necesito antes del 20 de diciembre si es posible.

Gracias de antemano.

Un saludo,
Carmen Ortega
629 418 305
'''
    make(F, 28, 'es', 'reclamacion-cliente-reloj-garantia', frm=C('ortega'), to=[S('es_mgr')],
         subject='Reloj Vallée 38 se atrasa – garantía', t=t, infra=P(I.gmail),
         body=gm_alt(body), order='gmail',
         what='Customer writes from Gmail that her watch loses two minutes a day and asks for warranty service.',
         why='Ordinary customer request from a personal Gmail account, references a real purchase; no '
             'attachment, no link.')

    # ------------------------------------------------------------------ 29 customs broker: import clearance
    t = dt(2026, 11, 19, 10, 30, 48)
    mrn = '26ES000841%08d' % num('mrn', 10000000, 99999999)
    body = '''Buenos días, Lucía:

Os confirmo el despacho de importación del envío MV-ES-48330 (Montres Vallorbe SA, 12 relojes, valor CHF 98.400) en la aduana del aeropuerto de Barcelona. Adjunto el DUA de importación (MRN %s) y nuestra factura de honorarios.

Como siempre, el origen preferencial suizo (EUR.1) deja el arancel a 0 %% y el IVA a la importación queda diferido para que lo declaréis en el modelo 303 (casilla 77), así que no hay nada que pagar a la Aduana. Solo os facturamos el despacho y la tasa de la terminal: 184,71 € (IVA incluido), a la cuenta de siempre.

La mercancía sale mañana a primera hora con el furgón blindado hacia Passeig de Gràcia.

Saludos,

Jordi Puig
Departamento de Aduanas
Transportes Olivares, S.L. – Representante aduanero
Av. de les Garrigues 18, Parc Logístic – 08820 El Prat de Llobregat
Tel. 93 379 41 60
''' % mrn
    dua = pdf.letter([('H', 'DOCUMENTO ÚNICO ADMINISTRATIVO - IMPORTACIÓN'), 'MRN: ' + mrn + '   Aduana: 0841 Barcelona Aeropuerto',
                      'Importador: EXAMPLE GROUP IBERIA SL - NIF ' + IBERIA_CIF, 'Expedidor: MONTRES VALLORBE SA, CH-1347 Le Sentier',
                      'Declarante/representante: TRANSPORTES OLIVARES SL (representación directa)', ('R',),
                      ('T', ['Partida', 'Código TARIC', 'Origen', 'Valor EUR', 'Arancel'], [50, 110, 60, 90, 70], True),
                      ('T', ['1', '9102 21 00 00', 'CH (pref.)', '104.812,00', '0,00'], [50, 110, 60, 90, 70]),
                      'IVA importación (21%): 22.010,52 EUR - diferido (art. 74.1 RIVA)',
                      'Documentos: N954 EUR.1 CH 2026 A 0048812, N380 factura 26-EX-48330'],
                     producer='DUA Aduanet - AEAT', creator='Aduanet', title='DUA ' + mrn,
                     created=pdfdate(dt(2026, 11, 19, 9, 55)))
    fac = pdf.letter([('H', 'TRANSPORTES OLIVARES, S.L.'), 'CIF ' + money.es_cif('B', '0847215') + ' - El Prat de Llobregat',
                      ('R',), ('B', 'Factura OL-26-3318 - 19/11/2026'), 'Cliente: Example Group Iberia, S.L. - ' + IBERIA_CIF,
                      ('T', ['Concepto', 'Importe'], [300, 100], True),
                      ('T', ['Despacho de importación MRN ' + mrn, '95,00'], [300, 100]),
                      ('T', ['Tasa terminal / manipulación valores', '57,65'], [300, 100]),
                      ('T', ['IVA 21%', '32,06'], [300, 100]),
                      ('T', ['TOTAL', '184,71'], [300, 100], True),
                      'Pago: transferencia a CaixaBank ' + fmt_iban(BANK['olivares'])],
                     producer='Sage 200', creator='Sage 200', title='Factura OL-26-3318',
                     created=pdfdate(dt(2026, 11, 19, 10, 0)))
    make(F, 29, 'es', 'olivares-despacho-aduana-relojes', frm=C('olivares'), to=[S('es_acc')], cc=[S('es_mgr')],
         subject='Despacho importación MV-ES-48330 – DUA y factura', t=t,
         infra=P(I.exim_cpanel, server='cp41.raiolanetworks.es', server_ip='185.42.104.%d' % num('raiola', 10, 200),
                 client_ip='88.12.41.77', mua='outlook', webmail=False, helo='PC-ADUANAS02'),
         body=mixed(ol_alt(body, 'iso-8859-15', lang='ES'), attach(dua, 'application/pdf', 'DUA_%s.pdf' % mrn),
                    attach(fac, 'application/pdf', 'Factura_OL-26-3318.pdf')),
         hcs='iso-8859-15', order='outlook', bstyle='outlook',
         what='Customs broker confirms import clearance of Swiss watches with the customs declaration and its fee invoice.',
         why='Known broker on its (shared cPanel) hosting from a Spanish business line with desktop Outlook; '
             'correct customs treatment (EUR.1, deferred import VAT), small fee to the usual account, no link.',
         hn='A29')

    # ------------------------------------------------------------------ 30 internal: pay approved invoice
    t = dt(2026, 11, 25, 8, 40, 2)
    body = '''Hola Lucía,

¿puedes incluir hoy en la remesa la factura 2026/318 de Talleres Ruiz (reparaciones y engastes de octubre, 2.904,00 €)? Ya está aprobada en el workflow de SAP y conformada por mí; Alberto nos la ha reclamado porque tiene que pagar a sus proveedores antes del puente.

La cuenta es la de siempre, la que tenemos en el maestro de proveedores.

Gracias,
Javier

Javier Martínez
Office Manager
Example Group Iberia, S.L. | Passeig de Gràcia 77 | 08008 Barcelona
Tel. +34 93 488 21 70
'''
    make(F, 30, 'es', 'interno-pago-factura-aprobada', frm=S('es_mgr'), to=[S('es_acc')],
         subject='Pago hoy factura Talleres Ruiz 2026/318', t=t,
         infra=P(I.internal, lang='es-ES', client_ip='10.50.1.14'),
         body=ol_alt(body, 'windows-1252', lang='ES'), hcs='windows-1252', order='outlook',
         what='Barcelona office manager asks the accountant to include an approved supplier invoice in today\'s payment run.',
         why='Internal mail via Exchange and mail-int01; invoice already approved in the SAP workflow, payment '
             'to the master-data account, known supplier.',
         hn='A30')

    # ------------------------------------------------------------------ 31 Google Drive share from partner
    t = dt(2026, 11, 27, 11, 10, 36)
    fid = alnum('gdrive-ruiz', 33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    url = 'https://drive.google.com/drive/folders/%s?usp=sharing_eil_se_dm&ts=%s' % (fid, h('gts', 8))
    body = '''Alberto Ruiz ha compartido una carpeta
Alberto Ruiz (alberto@ruizjoyeros.es) te ha invitado a editar la siguiente carpeta:

Reparaciones noviembre – Example Group

Lucía, aquí tienes las fotos de antes y después de las piezas reparadas y los presupuestos firmados. La factura de noviembre va aparte por correo.

[[Abrir|%s]]

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.
Has recibido este correo electrónico porque alberto@ruizjoyeros.es ha compartido una carpeta contigo desde Google Drive.
''' % url
    hb = tpl.service_html('Alberto Ruiz ha compartido una carpeta', body.split('\n\n')[1:3],
                          button=('Abrir', url), footer=body.split('\n\n')[-1], color='#0b57d0', brand='Google Drive', lang='es')
    make(F, 31, 'es', 'google-drive-carpeta-compartida-taller', frm=('Alberto Ruiz (a través de Google Drive)', 'drive-shares-dm-noreply@google.com'),
         reply_to=C('ruiz'), to=[S('es_acc')],
         subject='Carpeta compartida contigo: "Reparaciones noviembre – Example Group"', t=t,
         infra=P(I.google_service, kind='drive'),
         body=alt(text(tpl.plain(body, 'service'), 'UTF-8', 'quoted-printable', quote_cs=False), html(hb, 'UTF-8', 'quoted-printable', quote_cs=False)),
         bstyle='gmail', date_zone='PT', return_path='3' + alnum('gdrp', 22, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@doclist.bounces.google.com',
         what='Google Drive sharing notification: the repair workshop shares a folder of photos and estimates.',
         why='Genuine Google Drive notification from Google infrastructure; sharer is the known workshop '
             'partner (reply-to its real address); link to drive.google.com; folder content matches the business.',
         hn='A31')

    # ------------------------------------------------------------------ 32 Greek accountant: myDATA
    t = dt(2026, 12, 8, 10, 0, 24)
    body = '''Καλημέρα κυρία Γεωργίου,

ολοκληρώσαμε τη συμφωνία των παραστατικών Νοεμβρίου με το myDATA. Εκκρεμούν τρία τιμολόγια αγορών που δεν έχουν διαβιβαστεί από τους εκδότες:

- Alexiou Jewels Α.Ε., ΤΠΥ 2026-0871, 4.960,00 €
- ΔΕΗ, λογαριασμός καταστήματος Βουκουρεστίου, 612,40 €
- Courier Center, τιμολόγιο 118273, 84,30 €

Αν μπορείτε, ζητήστε από τους προμηθευτές να τα διαβιβάσουν· διαφορετικά θα τα καταχωρίσουμε εμείς ως αποκλίσεις. Η δήλωση ΦΠΑ Νοεμβρίου θα είναι έτοιμη για έλεγχο στις 18/12.

Υπενθύμιση: η ΑΑΔΕ δεν στέλνει e-mail με συνδέσμους για «πρόστιμα myDATA». Αν λάβετε κάτι τέτοιο, προωθήστε το σε εμάς χωρίς να πατήσετε τον σύνδεσμο.

Με εκτίμηση,
Γιάννης Καραγιάννης
Λογιστής - Φοροτέχνης Α' τάξης
Λογιστικό Γραφείο Καραγιάννη
Σόλωνος 64, 106 80 Αθήνα
Τηλ. 210 362 4418
'''
    make(F, 32, 'el', 'logistis-mydata-ekkremotites', frm=C('karagiannis'), to=[S('gr_acc')],
         subject='Συμφωνία myDATA Νοεμβρίου – εκκρεμότητες', t=t,
         infra=P(I.postfix_own, server='mail.karagiannis-logistes.gr', server_ip='185.4.134.%d' % num('karag', 10, 200),
                 client_ip='94.66.57.%d' % num('karag2', 2, 250), client_rdns='ppp-94-66-57-%d.home.otenet.gr' % num('karag2', 2, 250),
                 mua='outlook', lang='el', tz='EE'),
         body=ol_alt(body, 'iso-8859-7', lang='EL'), hcs='iso-8859-7', order='outlook', date_zone='EE',
         what='Greek accounting firm reports November myDATA reconciliation and missing supplier transmissions.',
         why='Known accountant on his firm\'s own domain, specific reconciliation data, no link, warns about '
             'fake AADE fine mails.',
         hn='A32')

    # ------------------------------------------------------------------ 33 customer complaint (otenet)
    t = dt(2026, 11, 14, 9, 20, 51)
    body = '''Καλημέρα σας,

τον Σεπτέμβριο αγόρασα από το κατάστημά σας στη Βουκουρεστίου ένα μονόπετρο δαχτυλίδι (λευκόχρυσος 18Κ, διαμάντι 0,40 ct) για την αρραβωνιαστικιά μου, και στις 20 Οκτωβρίου το φέραμε για αλλαγή μεγέθους από 52 σε 54. Μας είπαν ότι θα είναι έτοιμο σε μία εβδομάδα· το παραλάβαμε τελικά μετά από τρεις.

Χθες παρατηρήσαμε ότι το διαμάντι κουνιέται ελαφρά μέσα στα νύχια. Σας επισυνάπτω φωτογραφία. Φοβάμαι ότι κάτι έπαθε η υποδοχή κατά την αλλαγή μεγέθους.

Θα ήθελα να το δει ο τεχνίτης σας το συντομότερο και, ειλικρινά, να μου εξηγήσετε γιατί καθυστέρησε τόσο η πρώτη επισκευή. Μπορώ να περάσω τη Δευτέρα το απόγευμα.

Ευχαριστώ,
Γιώργος Δημητρίου
Κιν. 694 512 7730
'''
    make(F, 33, 'el', 'parapono-pelati-daxtylidi', frm=C('dimitriou'), to=[S('gr_mgr')],
         subject='Παράπονο – μονόπετρο μετά την αλλαγή μεγέθους', t=t,
         infra=P(I.otenet, client_ip='79.130.44.%d' % num('dim', 2, 250), client_rdns='ppp079130044%03d.access.hol.gr' % num('dim', 2, 250)),
         body=mixed(ol_alt(body, 'windows-1253', lang='EL'), attach(png.ring_photo(broken=False), 'image/png', 'daxtylidi.png')),
         hcs='windows-1253', order='outlook', bstyle='outlook', date_zone='EE',
         what='Customer complains from his otenet.gr address that the diamond is loose after resizing; photo attached.',
         why='Private customer via OTE\'s mail servers with desktop Outlook, concrete purchase and repair history, '
             'PNG photo, no link.')

    # ------------------------------------------------------------------ 34 Greek supplier: order confirmation
    t = dt(2026, 11, 4, 8, 5, 17)
    body = '''Αγαπητέ κύριε Παπαδόπουλε,

σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε:

- Σκουλαρίκια «Κυκλάδες», χρυσός 14Κ, κωδ. AJ-KY-14 – 20 ζεύγη
- Μενταγιόν «Μαίανδρος», χρυσός 18Κ, κωδ. AJ-MA-18 – 12 τεμ.
- Βραχιόλι «Ελιά», ασήμι 925 επιχρυσωμένο, κωδ. AJ-EL-925 – 30 τεμ.

Παράδοση στο κατάστημα της Βουκουρεστίου την Πέμπτη 19/11. Επισυνάπτουμε το προτιμολόγιο· η εξόφληση γίνεται ως συνήθως 30 ημέρες από την τιμολόγηση, στον λογαριασμό της Εθνικής Τράπεζας που έχετε ήδη.

Με εκτίμηση,
Μαρία Αλεξίου
Alexiou Jewels Α.Ε.
Αιόλου 92, 105 51 Αθήνα
Τηλ. 210 321 8890
'''
    cols = [250, 50, 70, 80]
    pro = pdf.letter([('H', 'ALEXIOU JEWELS Α.Ε.'), 'Αιόλου 92, 105 51 Αθήνα - ΑΦΜ ' + money.gr_afm('09987123') + ' - ΔΟΥ ΦΑΕ Αθηνών',
                      ('R',), ('B', 'ΠΡΟΤΙΜΟΛΟΓΙΟ 2026-П-0412'.replace('П', 'Π')), 'Πελάτης: Example Group Hellas Μ.Α.Ε., Βουκουρεστίου 21',
                      ('T', ['Περιγραφή', 'Ποσ.', 'Τιμή', 'Αξία'], cols, True),
                      ('T', ['Σκουλαρίκια Κυκλάδες 14Κ AJ-KY-14', '20', '185,00', '3.700,00'], cols),
                      ('T', ['Μενταγιόν Μαίανδρος 18Κ AJ-MA-18', '12', '240,00', '2.880,00'], cols),
                      ('T', ['Βραχιόλι Ελιά 925 AJ-EL-925', '30', '38,00', '1.140,00'], cols),
                      ('T', ['Σύνολο / ΦΠΑ 24% / Πληρωτέο', '', '', '7.720,00 / 1.852,80 / 9.572,80'], cols, True),
                      'Τράπεζα: Εθνική Τράπεζα της Ελλάδος - IBAN ' + fmt_iban(BANK['alexiou'])],
                     producer='Epsilon Net Pylon', creator='Pylon', title='Προτιμολόγιο', created=pdfdate(dt(2026, 11, 4, 7, 50), 'EE'))
    make(F, 34, 'el', 'promitheftis-epivevaiosi-paraggelias', frm=C('alexiou'), to=[S('gr_mgr')], cc=[S('gr_acc')],
         subject='Επιβεβαίωση παραγγελίας – παράδοση 19/11', t=t,
         infra=P(I.m365, lang='el-GR', has_attach=True, obe='EUR04-HE1-obe'),
         body=mixed(ol_alt(body, 'iso-8859-7', cte='base64', lang='EL'), attach(pro, 'application/pdf', 'Proforma_2026-P-0412.pdf')),
         hcs='iso-8859-7', henc='B', order='outlook', bstyle='outlook', date_zone='EE',
         what='Athens jewellery manufacturer confirms an order and sends a pro-forma invoice.',
         why='Known supplier on its Microsoft 365 tenant, usual payment terms to the account already on file, PDF only.')

    # ------------------------------------------------------------------ 35 genuine DocuSign (Greek)
    t = dt(2026, 12, 1, 7, 30, 41)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (uuid('ds-a-35'), uuid('ds-acct-vouk'), uuid('ds-er-35'))
    body = '''Η εταιρεία Κτηματική Βουκουρεστίου Α.Ε. σάς έστειλε ένα έγγραφο για έλεγχο και υπογραφή.

[[ΕΞΕΤΑΣΗ ΕΓΓΡΑΦΟΥ|%s]]

Κτηματική Βουκουρεστίου Α.Ε.
leasing@voukourestiou-estates.gr

Αξιότιμε κύριε Παπαδόπουλε,

σας αποστέλλουμε προς υπογραφή την πρόσθετη πράξη για την ανανέωση της μίσθωσης του καταστήματος επί της οδού Βουκουρεστίου 21, όπως συμφωνήθηκε στη συνάντησή μας της 24ης Νοεμβρίου. Το μίσθωμα και οι λοιποί όροι παραμένουν ως έχουν· αλλάζει μόνο η διάρκεια (έως 31/12/2031).

Με εκτίμηση,
Τμήμα Μισθώσεων

Με την υποστήριξη της Docusign

Μην κοινοποιείτε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου
Αυτό το μήνυμα περιέχει έναν ασφαλή σύνδεσμο προς την Docusign. Μην κοινοποιείτε αυτό το μήνυμα, τον σύνδεσμο ή τον κωδικό πρόσβασης σε άλλους.

Εναλλακτική μέθοδος υπογραφής
Επισκεφθείτε τη διεύθυνση Docusign.com, κάντε κλικ στην επιλογή «Access Documents» και εισαγάγετε τον κωδικό ασφαλείας:
%s
''' % (url, uuid('ds-env-35', upper=True).replace('-', '') + '2')
    hb = tpl.service_html('Σας έστειλαν ένα έγγραφο για έλεγχο και υπογραφή', body.split('\n\n')[2:6],
                          button=('ΕΞΕΤΑΣΗ ΕΓΓΡΑΦΟΥ', url), footer='\n'.join(body.split('\n\n')[6:]), color='#4C00FF',
                          brand='Docusign', lang='el')
    make(F, 35, 'el', 'docusign-prostheti-praxi-misthosis', frm=('Κτηματική Βουκουρεστίου Α.Ε. μέσω Docusign', 'dse@eumail.docusign.net'),
         reply_to=C('voukourestiou'), to=[S('gr_mgr')],
         subject='Παρακαλώ υπογράψτε: Πρόσθετη πράξη μίσθωσης – Βουκουρεστίου 21', t=t, infra=P(I.docusign),
         body=alt(text(tpl.plain(body, 'service'), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         henc='B', bstyle='service', date_zone='UTC',
         what='Genuine DocuSign envelope (Greek UI) from the Athens landlord: lease extension to sign.',
         why='DocuSign\'s EU servers, reply-to the landlord\'s real address, link to eu.docusign.net, refers to '
             'a meeting that took place; terms unchanged.',
         hn='A35')

    # ------------------------------------------------------------------ 36 newsletter via Mailchimp (Greek)
    t = dt(2026, 12, 3, 6, 0, 5)
    body = '''Ενημερωτικό Δελτίο – Δεκέμβριος 2026

Αγαπητά μέλη,

• Εορταστικό ωράριο καταστημάτων: από Κυριακή 20/12 έως και Πέμπτη 31/12, σύμφωνα με την απόφαση της Περιφέρειας Αττικής.
• Ηλεκτρονική τιμολόγηση Β2Β: τι αλλάζει για τις επιχειρήσεις λιανικής από το 2027 – ενημερωτική εκδήλωση στις 15/12 στα γραφεία του Συνδέσμου.
• Ασφάλεια: νέο κύμα απάτης με ψεύτικους «αγοραστές» που στέλνουν πλαστά αποδεικτικά πληρωμής SWIFT (MT103) και ζητούν επιστροφή «υπερβάλλοντος ποσού». Μην παραδίδετε εμπόρευμα πριν πιστωθεί οριστικά ο λογαριασμός σας.
• Τιμές χρυσού: σύντομη ανασκόπηση του Νοεμβρίου.

[[Διαβάστε ολόκληρο το δελτίο|https://skoa.gr/newsletter/2026-12]]

Λαμβάνετε αυτό το μήνυμα επειδή είστε μέλος του Συνδέσμου Κοσμηματοπωλών Αττικής.
[[Διαγραφή από τη λίστα|https://skoa.us21.list-manage.com/unsubscribe?u=%s&id=%s]] | [[Ενημέρωση προτιμήσεων|https://skoa.us21.list-manage.com/profile?u=%s&id=%s]]
Σύνδεσμος Κοσμηματοπωλών Αττικής, Πανεπιστημίου 44, 106 79 Αθήνα
''' % (h('mcu', 25), h('mcl', 10), h('mcu', 25), h('mcl', 10))
    hb = tpl.service_html('Ενημερωτικό Δελτίο – Δεκέμβριος 2026', body.split('\n\n')[1:3], button=None,
                          footer='\n'.join(body.split('\n\n')[3:]), color='#7a5c12', brand='ΣΚΟΑ', lang='el')
    make(F, 36, 'el', 'newsletter-syndesmos-mailchimp', frm=C('skoa'), to=[S('gr_mgr')],
         subject='Ενημερωτικό Δελτίο Δεκεμβρίου – ωράριο εορτών, e-τιμολόγηση, απάτες MT103', t=t,
         infra=P(I.mailchimp, dc='us21', u=h('mcu', 25), listid=h('mcl', 10)),
         body=alt(text(tpl.plain(body), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         henc='B', bstyle='service', date_zone='EE',
         what='Jewellers\' association newsletter via Mailchimp (members\' list).',
         why='Opted-in association newsletter through Mailchimp with List-Unsubscribe/one-click; links to the '
             'association and list-manage.com; it even warns about MT103 overpayment scams.',
         hn='A34')

    # ------------------------------------------------------------------ 37 Russian supplier invoice (koi8-r)
    t = dt(2026, 11, 12, 7, 15, 9)
    body = '''Добрый день, Ольга!

Направляю счёт на оплату № 1187 от 12.11.2026 по договору поставки № 14/2026-П от 15.01.2026 (серьги и кольца из золота 585 пробы, новогодняя партия).

Сумма к оплате: 1 284 600,00 руб., в т.ч. НДС 22 %% — 231 649,18 руб.
Отгрузка после поступления 100 %% предоплаты, сведения о партии переданы в ГИИС ДМДК.

Реквизиты без изменений:
ООО «ТД Самоцвет», ИНН %s, КПП %s
р/с %s в АО «АЛЬФА-БАНК»
БИК %s, к/с %s

Оригиналы документов отправим с товаром.

С уважением,
Ирина Белова
главный бухгалтер
ООО «Торговый дом Самоцвет»
Москва, ул. Большая Ордынка, 40, стр. 3
тел. +7 495 953-17-40
''' % (RU['samocvet_inn'], RU['samocvet_kpp'], RU['samocvet_rs'], RU['samocvet_bik'], RU['samocvet_ks'])
    cols = [230, 50, 90, 90]
    schet = pdf.letter([('H', 'ООО «Торговый дом Самоцвет»'), 'ИНН ' + RU['samocvet_inn'] + '  КПП ' + RU['samocvet_kpp'],
                        'Банк получателя: АО «АЛЬФА-БАНК», г. Москва  БИК ' + RU['samocvet_bik'],
                        'Сч. № ' + RU['samocvet_ks'] + '   Р/с ' + RU['samocvet_rs'], ('R',),
                        ('B', 'Счёт на оплату № 1187 от 12 ноября 2026 г.'),
                        'Покупатель: ООО «Экзампл Груп Рус», ИНН ' + RU['our_inn'],
                        'Основание: Договор поставки № 14/2026-П от 15.01.2026', ('S', 6),
                        ('T', ['Товар', 'Кол.', 'Цена', 'Сумма'], cols, True),
                        ('T', ['Серьги Au585 с фианитами, арт. СМ-2241', '60', '11 850,00', '711 000,00'], cols),
                        ('T', ['Кольцо Au585 обручальное 4 мм, арт. СМ-0104', '40', '14 340,00', '573 600,00'], cols),
                        ('T', ['Итого без НДС', '', '', '1 052 950,82'], cols),
                        ('T', ['НДС 22 %', '', '', '231 649,18'], cols),
                        ('T', ['Всего к оплате', '', '', '1 284 600,00'], cols, True),
                        'Цены включают НДС. Сведения о партии переданы в ГИИС ДМДК.',
                        'Руководитель ________ Смирнов А. В.     Главный бухгалтер ________ Белова И. Н.'],
                       producer='1С:Предприятие 8.3', creator='1С:Бухгалтерия 3.0', title='Счёт 1187',
                       created=pdfdate(dt(2026, 11, 12, 7, 0), 'MSK'))
    make(F, 37, 'ru', 'postavshchik-schet-na-oplatu', frm=C('samocvet'), to=[S('ru_acc')],
         subject='Счёт на оплату № 1187 от 12.11.2026', t=t,
         infra=P(I.postfix_own, server='mail.samocvet-td.ru', server_ip='91.206.14.%d' % num('samoc', 10, 200),
                 client_ip='91.206.14.5', client_rdns='office.samocvet-td.ru', mua='outlook', lang='ru', tz='MSK'),
         body=mixed(text(body, 'koi8-r', 'quoted-printable'), attach(schet, 'application/pdf', 'Счет_1187_от_12.11.2026.pdf',
                                                                       fn_style='2231')),
         hcs='koi8-r', henc='B', order='outlook', bstyle='outlook', date_zone='MSK',
         what='Moscow jewellery wholesaler sends an invoice for a gold jewellery lot (1C-generated PDF).',
         why='Known supplier via its own mail server, invoice under an existing contract, payment to the '
             'unchanged Alfa-Bank account (valid BIK control keys), consistent INN.',
         hn='A39')

    # ------------------------------------------------------------------ 38 Yandex ID new sign-in
    t = dt(2026, 11, 9, 6, 20, 44)
    body = '''Здравствуйте, Dmitry!

В ваш аккаунт example-group-ru выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер 26.10
Место: Москва, Россия (IP-адрес 95.165.%d.%d)
Время: 9 ноября 2026 года в 09:20 (московское время)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
команда Яндекс ID

Это письмо отправлено автоматически, отвечать на него не нужно.
© 2026 ООО «Яндекс»
''' % (num('yip', 2, 250), num('yip2', 2, 250))
    hb = tpl.service_html('Вход с нового устройства', body.split('\n\n')[1:5], button=('Проверить устройства', 'https://id.yandex.ru/security'),
                          footer='\n'.join(body.split('\n\n')[5:]), color='#fc3f1d', brand='Яндекс ID', lang='ru')
    make(F, 38, 'ru', 'yandex-id-vkhod-novoe-ustroystvo', frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[S('ru_mgr')],
         subject='Вход с нового устройства в аккаунт example-group-ru', t=t, infra=P(I.yandex_service),
         body=alt(text(body, 'utf-8', 'base64'), html(hb, 'utf-8', 'base64')), henc='B', bstyle='service', date_zone='MSK',
         what='Yandex ID notification: new sign-in on the Moscow office\'s Yandex account (used for advertising).',
         why='Genuine Yandex notification from Yandex\'s own infrastructure, Moscow IP, link only to id.yandex.ru.',
         hn=None)

    # ------------------------------------------------------------------ 39 customer (Yandex webmail)
    t = dt(2026, 11, 21, 11, 30, 27)
    body = '''Добрый день!

В марте 2025 года я купил в вашем бутике на Петровке часы Montres Vallorbe Vallée 38 Automatique (серийный номер 38A-07718). Последние две недели часы за сутки убегают примерно на 40 секунд, а после ночи на тумбочке иногда останавливаются.

Подскажите, пожалуйста:
1) принимаете ли вы часы на гарантийное обслуживание в бутике или нужно обращаться в авторизованный сервисный центр;
2) сколько примерно займёт ремонт, если часы придётся отправлять в Швейцарию.

Гарантийный талон и чек сохранились. Могу подъехать в любой будний день после 18:00.

С уважением,
Андрей Кузнецов
+7 916 482-31-07
'''
    make(F, 39, 'ru', 'klient-garantiya-chasy', frm=C('kuznetsov'), to=[S('ru_mgr')],
         subject='Гарантийное обслуживание часов Vallée 38', t=t, infra=P(I.yandex, client_ip='5.228.%d.%d' % (num('kuz', 2, 250), num('kuz2', 2, 250))),
         body=text(body, 'utf-8', '8bit'), henc='B', date_zone='MSK',
         what='Customer asks from his yandex.ru address about warranty service for a watch.',
         why='Private customer via Yandex webmail, concrete purchase data, no attachment or link.')

    # ------------------------------------------------------------------ 40 internal (windows-1251): GIIS DMDK
    t = dt(2026, 11, 17, 6, 10, 50)
    body = '''Ольга, добрый день!

Коротко по ГИИС ДМДК:
1. Сертификат ЭП для личного кабинета продлён до 16.11.2027, токен у меня в сейфе. Старый сертификат отозван.
2. Поступление новогодней партии от «Самоцвета» (счёт № 1187) я принял в ДМДК вчера, УИНы сверены.
3. Квартальную отчётность сдаём как обычно через личный кабинет до 25-го числа.

Напоминаю всем: Пробирная палата не присылает ссылок на вход в личный кабинет и не требует «подтвердить сертификат» по почте. Входим только через официальный сайт dmdk.ru с токеном. Любые такие письма — сразу Лене Хоффманн в Пфорцхайм.

Спасибо,
Дмитрий

Дмитрий Соколов
Руководитель офиса
ООО «Экзампл Груп Рус» | ул. Петровка, 20 | Москва
тел. +7 495 650-12-80
'''
    make(F, 40, 'ru', 'vnutrennee-giis-dmdk-sertifikat', frm=S('ru_mgr'), to=[S('ru_acc')], cc=[S('cfo')],
         subject='ГИИС ДМДК: сертификат продлён, партия принята', t=t,
         infra=P(I.internal, lang='ru-RU', client_ip='10.70.1.11'),
         body=ol_alt(body, 'windows-1251', lang='RU'), hcs='windows-1251', henc='B', order='outlook', date_zone='MSK',
         what='Moscow office manager informs the accountant about the GIIS DMDK certificate and the accepted lot.',
         why='Internal mail via Exchange and mail-int01; factual status update, warns that the Assay Chamber '
             'never sends login links.',
         hn='A37, A40')
