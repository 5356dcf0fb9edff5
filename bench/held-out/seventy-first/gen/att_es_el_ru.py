"""Attack messages, Spanish (27-31), Greek (32-36), Russian (37-40)."""
from common import *  # noqa: F401,F403
from biz_es_el_ru import IBERIA_CIF

F = 'attack'


def build():
    # ------------------------------------------------------------------ 27 AEAT "requerimiento" with download link
    t = dt(2026, 10, 22, 7, 14, 2)
    link = 'https://sede-agenciatributaria.com/notificaciones/descarga?ref=2026GRC48217339B&nif=' + IBERIA_CIF
    body = '''AGENCIA TRIBUTARIA – Sede Electrónica

Notificación: Requerimiento de información
Referencia: 2026GRC48217339B
NIF destinatario: %s (EXAMPLE GROUP IBERIA SL)

Le comunicamos que tiene a su disposición una notificación electrónica relativa a un procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, periodo 3T (modelo 303).

Dispone de un plazo de diez días hábiles, contados a partir del día siguiente a la recepción de esta notificación, para aportar la documentación requerida. Transcurrido dicho plazo sin atender el requerimiento podrá iniciarse el correspondiente procedimiento sancionador (art. 203 LGT).

Puede consultar y descargar la notificación en el siguiente enlace:
[[Descargar notificación (PDF)|%s]]

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
''' % (IBERIA_CIF, link)
    paras = body.split('\n\n')
    hb = tpl.service_html('Notificación: Requerimiento de información', paras[1:5], footer=paras[-1],
                          color='#9b1c1c', brand='Agencia Tributaria', lang='es', charset='iso-8859-1')
    make(F, 27, 'es', 'aeat-requerimiento-enlace-descarga', frm=('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'),
         to=[S('es_acc')], subject='Notificación electrónica: requerimiento de información – Ref. 2026GRC48217339B', t=t,
         infra=P(I.vps, helo='agenciatributaria-sede.es', rdns='vmi%d.contaboserver.net' % num('a27v', 1000000, 2999999),
                 ip='173.212.%d.%d' % (num('a27a', 192, 254), num('a27b', 2, 250)), mailer='phpmailer', local_hop=True),
         body=alt(text(tpl.plain(body), 'iso-8859-1', 'quoted-printable'), html(hb, 'iso-8859-1', 'quoted-printable')),
         hcs='iso-8859-1', bstyle='php',
         what='"Agencia Tributaria" announces a VAT information request (modelo 303, 3T) with a link to download the notice.',
         why='Tax-office impersonation from agenciatributaria-sede.es sent by PHPMailer from a Contabo VPS; AEAT '
             'notifies companies through DEHú/sede (see business 27), never with download links by e-mail; the '
             '"PDF" link leads to a malware download; sanction threat and deadline.')

    # ------------------------------------------------------------------ 28 callback phishing, fake renewal invoice PDF
    t = dt(2026, 11, 30, 7, 12, 49)
    body = '''Estimado cliente:

Gracias por su pedido. Su suscripción anual se ha renovado correctamente y el importe se cargará en el método de pago registrado en las próximas 24 horas.

Encontrará la factura detallada en el archivo adjunto.

Si no reconoce este cargo o desea cancelar la renovación, póngase en contacto con nuestro departamento de facturación en el número indicado en la factura.

Atentamente,
Departamento de Facturación
'''
    inv = pdf.letter([('H', 'FACTURA'), 'N.º de pedido: MCF-ES-774120     Fecha: 30/11/2026', ('R',), ('S', 6),
                      'Cliente: Javier Martínez - ' + S('es_mgr')[1], ('S', 10),
                      ('T', ['Producto', 'Periodo', 'Importe'], [250, 120, 90], True), ('R',),
                      ('T', ['McAfee Total Protection - 5 dispositivos', '12 meses', '322,31 EUR'], [250, 120, 90]),
                      ('T', ['IVA 21 %', '', '67,68 EUR'], [250, 120, 90]),
                      ('T', ['Total cargado', '', '389,99 EUR'], [250, 120, 90], True), ('S', 14),
                      'Método de pago: cargo automático en la tarjeta registrada', ('S', 14),
                      ('B', '¿No reconoce este cargo? Llame para cancelar en 24 horas:'),
                      ('H', '+1 (202) 555-0187'), 'Atención al cliente 24 h / 7 días'],
                     producer='Microsoft: Print To PDF', creator='', title='Factura', created=pdfdate(dt(2026, 11, 30, 6, 50)))
    make(F, 28, 'es', 'callback-factura-renovacion-antivirus', frm=('Servicio de Facturación', 'facturacion.renovacion24@gmail.com'),
         to=[S('es_mgr')], subject='Confirmación de pedido #MCF-ES-774120', t=t, infra=P(I.gmail),
         body=mixed(gm_alt(body), attach(inv, 'application/pdf', 'Factura_MCF-ES-774120.pdf')), order='gmail',
         what='"Renewal invoice" for an antivirus subscription (389.99 EUR) with a phone number to cancel.',
         why='Callback phishing (TOAD): invented charge on a PDF from a freemail address, no link at all so URL '
             'filters see nothing; the only call to action is a phone number, where fake support installs '
             'remote-access tools or takes card data.')

    # ------------------------------------------------------------------ 29 customs fee for a Swiss parcel (SendGrid)
    t = dt(2026, 11, 17, 11, 40, 3)
    click = 'https://u7310288.ct.sendgrid.net/ls/click?upn=u001.' + b64url('a29click', 80).replace('_', '-')
    body = '''Correos – Gestión aduanera de envíos

Envío: CX482913775CH
Remitente: MONTRES VALLORBE SA (Suiza)
Destinatario: EXAMPLE GROUP IBERIA SL

Su envío procedente de un país no perteneciente a la UE está retenido en el Centro de Tratamiento Aduanero de Madrid-Barajas pendiente del pago del IVA de importación y de los gastos de gestión aduanera:

IVA de importación: 31,42 €
Gestión aduanera (DUA): 7,92 €
Total: 39,34 €

Si el pago no se realiza en un plazo de 5 días naturales, el envío será devuelto a origen.

[[Pagar y gestionar el envío|%s]]

Correos y Telégrafos, S.A., S.M.E.
''' % click
    paras = body.split('\n\n')
    hb = tpl.service_html(paras[0], paras[1:5], button=('Pagar y gestionar el envío', click), footer=paras[-1],
                          color='#ffcd00', brand='Correos', lang='es', charset='iso-8859-15')
    make(F, 29, 'es', 'correos-aduana-pago-envio-suiza', frm=('Correos', 'avisos@correos-aduanas.info'), to=[S('es_acc')],
         subject='Envío CX482913775CH retenido en aduana – pago pendiente', t=t,
         infra=P(I.sendgrid, em_domain='em2207.correos-aduanas.info'),
         body=alt(text(tpl.plain(body), 'iso-8859-15', 'base64'), html(hb, 'iso-8859-15', 'base64')),
         hcs='iso-8859-15', bstyle='service',
         what='"Correos" says a parcel from the Swiss watch brand is held in customs until 39.34 EUR is paid.',
         why='Customs/courier lure naming the real Swiss supplier, look-alike correos-aduanas.info through SendGrid '
             'with click tracking, return threat, small fee to harvest card data; the company\'s imports are cleared '
             'by its customs broker with deferred VAT (business 29).')

    # ------------------------------------------------------------------ 30 executive impersonation, fake supplier invoice
    t = dt(2026, 12, 4, 8, 7, 19)
    body = '''Lucía,

te adjunto una factura de Montres Vallorbe que tiene que quedar pagada hoy sin falta: es el anticipo de la asignación de Joux Perpétuel para 2027 y si no entra antes del lunes perdemos las piezas. Me lo ha pedido Sophie Rochat directamente y lo he validado con Thomas.

Ojo: los pagos en euros ahora los facturan a través de su filial en España, por eso la cuenta es española y no la de UBS. Está todo en la factura.

Estoy toda la mañana reunido con el propietario del local y no puedo hablar; contéstame solo por aquí cuando esté hecha la transferencia y mándame el justificante.

Gracias,
Javier
'''
    inv = pdf.letter([('H', 'MONTRES VALLORBE SA'), 'Route de la Vallée 12 - 1347 Le Sentier - Suisse', ('R',), ('S', 6),
                      ('B', 'FACTURA / INVOICE  MV-ES-2026-1142'), 'Fecha: 03/12/2026', 'Cliente: Example Group Iberia, S.L. - ' + IBERIA_CIF,
                      ('S', 8), ('T', ['Concepto', 'Importe EUR'], [330, 100], True), ('R',),
                      ('T', ['Anticipo asignación 2027 - Joux Perpétuel (4 uds.)', '48.600,00'], [330, 100]),
                      ('T', ['Total', '48.600,00'], [330, 100], True), ('S', 10),
                      'Pago a: Montres Vallorbe Iberia (filial) - Banco Bilbao Vizcaya Argentaria',
                      'IBAN: ' + fmt_iban(BANK['es_fraud']) + '   BIC: BBVAESMMXXX', 'Vencimiento: a la vista'],
                     producer='Smallpdf', creator='', title='Invoice', author='', created=pdfdate(dt(2026, 12, 3, 22, 41)))
    make(F, 30, 'es', 'suplantacion-directivo-factura-falsa', frm=('Javier Martínez', 'javier.martinez@examplegroup.es'),
         to=[S('es_acc')], subject='Pago urgente hoy – factura Montres Vallorbe', t=t,
         infra=P(I.vps, helo='mail.examplegroup.es', rdns='vmi%d.contaboserver.net' % num('a30v', 1000000, 2999999),
                 ip='161.97.%d.%d' % (num('a30a', 64, 127), num('a30b', 2, 250)), mailer='outlook', local_hop=False),
         body=mixed(ol_alt(body, 'windows-1252', lang='ES'), attach(inv, 'application/pdf', 'Factura_MV-ES-2026-1142.pdf')),
         hcs='windows-1252', order='outlook', bstyle='outlook',
         what='"Javier Martínez" orders an urgent 48,600 EUR payment of a Montres Vallorbe invoice to a Spanish account.',
         why='BEC with executive impersonation: our domains are example.com/examplegroup.eu, this comes from '
             'examplegroup.es on a Contabo VPS; fake invoice (Smallpdf, created at night) with a Spanish IBAN '
             'instead of the brand\'s known UBS account (business 16), "pay today", unreachable by phone, bypasses '
             'the SAP approval workflow (compare business 30).')

    # ------------------------------------------------------------------ 31 genuine SharePoint used by compromised tenant
    t = dt(2026, 11, 11, 9, 27, 33)
    link = ('https://asesoriamediterranea-my.sharepoint.com/:o:/g/personal/marta_soler_asesoriamediterranea_es/'
            'Eh%s?e=%s' % (alnum('a31p', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), alnum('a31e', 6)))
    body = '''Marta Soler compartió el archivo "Propuesta de liquidación – Example Group Iberia" con usted.

"Buenos días, le envío la propuesta de liquidación pendiente y el detalle de pagos. Acceda con su cuenta corporativa para revisarla. Un saludo."

[[Abrir|%s]]

Este vínculo solo funciona para los destinatarios directos de este mensaje.

Declaración de privacidad
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
''' % link
    paras = body.split('\n\n')
    hb = tpl.service_html(paras[0], [paras[1]], button=('Abrir', link), footer='\n'.join(paras[3:]),
                          color='#036c70', brand='SharePoint', lang='es')
    make(F, 31, 'es', 'sharepoint-legitimo-tenant-comprometido', frm=('Marta Soler (a través de SharePoint Online)', 'no-reply@sharepointonline.com'),
         to=[S('es_acc')], subject='Marta Soler ha compartido "Propuesta de liquidación – Example Group Iberia" con usted', t=t,
         infra=P(I.sharepoint), body=alt(text(tpl.plain(body, 'service'), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         bstyle='service',
         what='Genuine SharePoint Online sharing notice: an unknown advisory firm shares a OneNote "settlement proposal".',
         why='Abuse of a genuine service: sent by Microsoft\'s infrastructure from a compromised tenant with no '
             'business relationship; the OneNote (:o:) file is a lure page linking on to a credential-phishing '
             'site; urges login "with your corporate account".')

    # ------------------------------------------------------------------ 32 AADE / myDATA credential phishing (VPS)
    t = dt(2026, 11, 16, 6, 34, 21)
    afm = money.gr_afm('80142873')
    link = 'https://mydata.aade-gov-gr.com/login?ref=2026-48213'
    body = '''ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία myDATA

Αρ. πρωτ.: Δ.ΗΛ.Β. 2026/48213
ΑΦΜ: %s – EXAMPLE GROUP HELLAS Μ.Α.Ε.

Αξιότιμε/η φορολογούμενε,

κατά τη διασταύρωση των δεδομένων των ηλεκτρονικών βιβλίων διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών πωλήσεων που διαβιβάσατε και των αντίστοιχων εγγραφών των αντισυμβαλλομένων σας για το διάστημα Ιουλίου – Σεπτεμβρίου 2026 (17 παραστατικά).

Παρακαλούμε να προβείτε σε διόρθωση ή αιτιολόγηση των αποκλίσεων εντός 10 ημερών από τη λήψη της παρούσας. Σε περίπτωση μη ανταπόκρισης θα επιβληθεί πρόστιμο για κάθε μη διαβιβασθέν ή εσφαλμένο παραστατικό, σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας.

Η λίστα των αποκλίσεων είναι διαθέσιμη στην προσωποποιημένη πληροφόρηση, μετά από σύνδεση με τους κωδικούς TAXISnet:

[[Σύνδεση στο myDATA|%s]]

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
''' % (afm, link)
    paras = body.split('\n\n')
    hb = tpl.service_html('Αποκλίσεις διαβίβασης παραστατικών myDATA', paras[1:6], button=('Σύνδεση στο myDATA', link),
                          footer=paras[-1], color='#003476', brand='ΑΑΔΕ', lang='el', charset='iso-8859-7')
    make(F, 32, 'el', 'aade-mydata-prostimo-phishing', frm=('ΑΑΔΕ - myDATA', 'noreply@aade-gov-gr.com'), to=[S('gr_acc')],
         subject='Αποκλίσεις διαβίβασης παραστατικών myDATA – επιβολή προστίμου', t=t,
         infra=P(I.vps, helo='mail.aade-gov-gr.com', rdns='static.%d.%d.21.65.clients.your-server.de' % (
             num('a32b', 2, 250), num('a32a', 2, 250)), ip='65.21.%d.%d' % (num('a32a', 2, 250), num('a32b', 2, 250)),
                 mailer='phpmailer'),
         body=alt(text(tpl.plain(body), 'iso-8859-7', 'quoted-printable'), html(hb, 'iso-8859-7', 'quoted-printable')),
         hcs='iso-8859-7', henc='B', bstyle='php', date_zone='EE',
         what='"AADE" claims myDATA discrepancies with fines and asks to log in with TAXISnet credentials.',
         why='Tax-authority impersonation (AADE) from the look-alike aade-gov-gr.com on a Hetzner VPS; real AADE '
             'domains are aade.gr/gsis.gr; fine threat and deadline; link harvests TAXISnet credentials. Compare the '
             'accountant\'s genuine myDATA mail (business 32).')

    # ------------------------------------------------------------------ 33 bank quishing: QR code inside a PDF
    t = dt(2026, 12, 10, 6, 5, 41)
    qurl = 'https://winbank-business-pistopoiisi.com/gr/auth?c=' + alnum('a33q', 22)
    size, rows = qr_gray_rows(qurl, scale=4)
    doc = pdf.letter([('H', 'Τράπεζα Πειραιώς - winbank business'), ('R',), ('S', 6),
                      ('B', 'Ανανέωση πιστοποίησης χρηστών έως 15/12/2026'),
                      ('W', 'Σύμφωνα με τις νέες απαιτήσεις ισχυρής ταυτοποίησης πελατών, οι χρήστες του winbank business '
                            'οφείλουν να ανανεώσουν την πιστοποίησή τους. Μετά την προθεσμία, οι εκκρεμείς εντολές '
                            'πληρωμών δεν θα μπορούν να εγκριθούν.'), ('S', 8),
                      ('B', 'Σαρώστε τον κωδικό QR με την κάμερα του κινητού σας:'), ('S', 220),
                      ('W', 'Για λόγους ασφαλείας η διαδικασία ολοκληρώνεται μόνο από κινητή συσκευή.'),
                      ('S', 10), 'Τράπεζα Πειραιώς Α.Ε. - Εξυπηρέτηση Επιχειρήσεων'],
                     producer='Skia/PDF m128', creator='', title='winbank business', created=pdfdate(dt(2026, 12, 9, 20, 2), 'EE'),
                     qr=(size, rows, 200, 492, 180))
    body = '''Αγαπητέ πελάτη,

σας αποστέλλουμε συνημμένα σημαντική ενημέρωση σχετικά με την ανανέωση της πιστοποίησης των χρηστών του winbank business. Η διαδικασία πρέπει να ολοκληρωθεί έως τις 15/12/2026· μετά την ημερομηνία αυτή οι εκκρεμείς εντολές πληρωμών δεν θα μπορούν να εγκριθούν.

Για λόγους ασφαλείας η πιστοποίηση γίνεται αποκλειστικά μέσω κινητού τηλεφώνου, σαρώνοντας τον κωδικό QR του συνημμένου εγγράφου.

Με εκτίμηση,
Τράπεζα Πειραιώς
Εξυπηρέτηση Επιχειρήσεων
'''
    make(F, 33, 'el', 'trapeza-quishing-qr-se-pdf', frm=('Τράπεζα Πειραιώς | winbank business', 'grammateia@dimitrakopoulos-law.gr'),
         to=[S('gr_acc')], subject='Ενημέρωση: ανανέωση πιστοποίησης χρηστών winbank business', t=t,
         infra=P(I.exim_cpanel, server='cp07.grhost-cpanel.gr', server_ip='185.138.42.%d' % num('a33h', 10, 200),
                 client_ip='154.16.%d.%d' % (num('a33a', 2, 250), num('a33b', 2, 250)), mua='roundcube', tz='EE'),
         body=mixed(ol_alt(body, 'windows-1253', lang='EL'), attach(doc, 'application/pdf', 'winbank_business_enimerosi.pdf')),
         hcs='windows-1253', henc='B', bstyle='default', date_zone='EE',
         what='"Piraeus Bank" asks to renew winbank business user certification by scanning a QR code in the attached PDF.',
         why='Quishing inside a PDF: the QR code (decodable) points to a look-alike winbank domain, hidden from URL '
             'scanners as an image; sent via a law firm\'s compromised cPanel mailbox with the bank as display name; '
             'payment-blocking threat; "mobile only" to move the victim off protected devices.')

    # ------------------------------------------------------------------ 34 overpayment / fake MT103 buyer fraud
    t = dt(2026, 11, 27, 11, 22, 17)
    body = '''Καλησπέρα κύριε Παπαδόπουλε,

σας ευχαριστώ για τη χθεσινή τηλεφωνική επικοινωνία. Όπως συζητήσαμε, ο πελάτης μου στο Ντουμπάι επιβεβαίωσε την αγορά των παρακάτω ρολογιών από τη συλλογή Montres Vallorbe:

- 2 × Joux Perpétuel, ροζ χρυσός
- 1 × Calibre 21 Chronographe

Συνολική αξία σύμφωνα με την προσφορά σας: 38.400 €.

Η πληρωμή έγινε σήμερα με έμβασμα SWIFT από την τράπεζα του πελάτη· επισυνάπτω το αντίγραφο MT103. Δυστυχώς το λογιστήριό του έστειλε εκ παραδρομής 41.900 €, δηλαδή 3.500 € επιπλέον, ποσό που προοριζόταν για τον μεταφορέα μας (Aegean Secure Logistics), ο οποίος θα παραλάβει τα ρολόγια από το κατάστημά σας τη Δευτέρα στις 11:00.

Σας παρακαλώ λοιπόν:
1. να επιστρέψετε τη διαφορά των 3.500 € απευθείας στον λογαριασμό του μεταφορέα: %s (Eurobank), δικαιούχος Aegean Secure Logistics,
2. να έχετε έτοιμα τα ρολόγια με τα πιστοποιητικά για την παραλαβή της Δευτέρας.

Το ποσό θα εμφανιστεί στον λογαριασμό σας σε 1–2 εργάσιμες λόγω του ελέγχου συμμόρφωσης της τράπεζας, αλλά όπως βλέπετε στο MT103 το έμβασμα έχει ήδη εκτελεστεί.

Με εκτίμηση,
Κωνσταντίνος Ιωάννου
Ioannou Luxury Trading FZE – Dubai
''' % fmt_iban(BANK['gr_fraud'])
    mt = pdf.letter([('H', 'SWIFT MT103 - Single Customer Credit Transfer'), ('R',),
                     ':20: Sender\'s Reference   ILT261127-0418', ':23B: Bank Operation Code   CRED',
                     ':32A: Value Date/Currency/Amount   261127EUR41900,00',
                     ':50K: Ordering Customer   /AE070331234567890123456  AL NOOR PRECIOUS TRADING LLC, DUBAI',
                     ':52A: Ordering Institution   EBILAEADXXX', ':57A: Account With Institution   ETHNGRAAXXX',
                     ':59: Beneficiary Customer   EXAMPLE GROUP HELLAS', ':70: Remittance   WATCHES INV PROFORMA 1127',
                     ':71A: Details of Charges   OUR', ('S', 10),
                     'Status: PROCESSED - RELEASED', 'UETR: ' + uuid('a34uetr')],
                    producer='Microsoft Word - SWIFT copy', creator='', title='MT103', created=pdfdate(dt(2026, 11, 27, 10, 50), 'EE'))
    make(F, 34, 'el', 'yperpliromi-mt103-psevdis-agorastis', frm=('Κωνσταντίνος Ιωάννου', 'k.ioannou.luxurytrading@gmail.com'),
         to=[S('gr_mgr')], subject='Πληρωμή ρολογιών – αντίγραφο MT103 και παραλαβή Δευτέρας', t=t, infra=P(I.gmail),
         body=mixed(alt(text(body, 'UTF-8', 'base64', quote_cs=False), html(tpl.gmail_html(body), 'UTF-8', 'base64', quote_cs=False)),
                    attach(mt, 'application/pdf', 'MT103_SWIFT_copy.pdf')),
         henc='B', order='gmail', date_zone='EE',
         what='A "buyer" for a Dubai client sends a SWIFT MT103 copy for three watches, claims overpayment and asks for a refund to the courier.',
         why='Overpayment / fake-payment fraud against jewellers: forged MT103 PDF, "overpaid" 3,500 EUR to be '
             'refunded to a third party before the funds arrive, goods to be collected Monday; freemail sender; '
             'the jewellers\' association warns of exactly this (business 36).')

    # ------------------------------------------------------------------ 35 DocuSign look-alike on the boutique lease (Mailgun)
    t = dt(2026, 11, 24, 14, 18, 8)
    link = 'https://docusign-esignature.net/Signing/EmailStart.aspx?a=%s&acct=%s' % (uuid('a35a'), uuid('a35acct'))
    body = '''Η εταιρεία Κτηματική Βουκουρεστίου Α.Ε. σάς έστειλε ένα έγγραφο για έλεγχο και υπογραφή.

[[ΕΞΕΤΑΣΗ ΕΓΓΡΑΦΟΥ|%s]]

Κτηματική Βουκουρεστίου Α.Ε.

Αξιότιμε κύριε Παπαδόπουλε,

σας αποστέλλουμε την πρόσθετη πράξη μίσθωσης για το κατάστημα της οδού Βουκουρεστίου 21, όπως συζητήθηκε σήμερα, με την αναπροσαρμογή του μισθώματος από 1/1/2027 και τα νέα στοιχεία κατάθεσης. Παρακαλούμε να την υπογράψετε έως αύριο.

Με την υποστήριξη της Docusign

Μην κοινοποιείτε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου
Αυτό το μήνυμα περιέχει έναν ασφαλή σύνδεσμο προς την Docusign. Μην κοινοποιείτε αυτό το μήνυμα, τον σύνδεσμο ή τον κωδικό πρόσβασης σε άλλους.
''' % link
    paras = body.split('\n\n')
    hb = tpl.service_html('Σας έστειλαν ένα έγγραφο για έλεγχο και υπογραφή', paras[2:5], button=('ΕΞΕΤΑΣΗ ΕΓΓΡΑΦΟΥ', link),
                          footer='\n'.join(paras[5:]), color='#4C00FF', brand='Docusign', lang='el')
    make(F, 35, 'el', 'docusign-psefti-misthosi-katastimatos', frm=('Κτηματική Βουκουρεστίου Α.Ε. μέσω Docusign', 'dse@docusign-esignature.net'),
         to=[S('gr_mgr')], subject='Παρακαλώ υπογράψτε: Πρόσθετη πράξη μίσθωσης – Βουκουρεστίου 21', t=t,
         infra=P(I.mailgun, mg_domain='mg.docusign-esignature.net'),
         body=alt(text(tpl.plain(body, 'service'), 'utf-8', 'base64'), html(hb, 'utf-8', 'base64')),
         henc='B', bstyle='service', date_zone='EE',
         what='DocuSign look-alike envelope in the landlord\'s name for a lease addendum "with new payment details".',
         why='Brand impersonation on docusign-esignature.net via Mailgun (genuine envelopes come from docusign.net, '
             'business 35), link to a credential page, mentions changed rent-payment details (set-up for '
             'payment diversion), deadline "by tomorrow".')

    # ------------------------------------------------------------------ 36 courier lure with a plain ZIP (script inside)
    t = dt(2026, 12, 16, 7, 47, 30)
    body = '''ACS Courier – Ενημέρωση αποστολής

Αριθμός αποστολής: 7204318865
Αποστολέας: ALEXIOU JEWELS Α.Ε.

Η αποστολή σας δεν ήταν δυνατό να παραδοθεί σήμερα λόγω ελλιπών στοιχείων διεύθυνσης (λείπει όροφος/κουδούνι). Για να προγραμματιστεί νέα παράδοση, ανοίξτε το συνημμένο έντυπο παράδοσης, συμπληρώστε τα στοιχεία σας και επιστρέψτε το απαντώντας σε αυτό το μήνυμα.

Η αποστολή θα παραμείνει στο κατάστημα ACS έως τις 19/12· μετά την ημερομηνία αυτή επιστρέφεται στον αποστολέα.

ACS Courier – Ταχυμεταφορές Α.Ε.Ε.
'''
    paras = body.split('\n\n')
    hb = tpl.service_html(paras[0], paras[1:4], button=None,
                          footer=paras[-1], color='#e30613', brand='ACS Courier', lang='el', charset='iso-8859-7')
    z = make_zip([('ACS_Entypo_Paradosis_7204318865.pdf.js', placeholder('ACS_Entypo_Paradosis_7204318865.pdf.js'))],
                 password=None, when=(2026, 12, 16, 9, 40, 0), seed='a36')
    make(F, 36, 'el', 'courier-entypo-paradosis-zip-script', frm=('ACS Courier', 'info@acs-courier-delivery.com'), to=[S('gr_mgr')],
         subject='Η αποστολή 7204318865 δεν παραδόθηκε – απαιτείται ενέργεια', t=t, infra=P(I.ses),
         body=mixed(alt(text(tpl.plain(body), 'iso-8859-7', 'quoted-printable'), html(hb, 'iso-8859-7', 'quoted-printable')),
                    attach(z, 'application/x-zip-compressed', 'ACS_Entypo_Paradosis_7204318865.zip')),
         hcs='iso-8859-7', henc='B', bstyle='service', date_zone='EE',
         what='"ACS Courier" says a parcel from a known supplier could not be delivered; the "delivery form" is a ZIP.',
         why='Courier malware lure: look-alike acs-courier-delivery.com through Amazon SES; the unencrypted ZIP '
             'holds a JScript file disguised as PDF (.pdf.js, inert placeholder); return threat; uses a real '
             'supplier\'s name for credibility. ACS does not send delivery forms as archives.')

    # ------------------------------------------------------------------ 37 GIIS DMDK (Assay Chamber) credential phishing
    t = dt(2026, 11, 23, 6, 18, 44)
    link = 'https://lk-dmdk-probpalata.ru/auth?n=77-DMDK-2026-48213'
    body = '''Федеральная пробирная палата
Государственная интегрированная информационная система в сфере контроля за оборотом драгоценных металлов, драгоценных камней и изделий из них (ГИИС ДМДК)

Уведомление № 77-ДМДК/2026-48213
Организация: ООО «ЭКЗАМПЛ ГРУП РУС», ИНН %s

Уважаемый пользователь!

По результатам автоматической сверки сведений об операциях с ювелирными изделиями за III квартал 2026 года выявлены расхождения между данными вашей организации и данными контрагентов (12 позиций с УИН).

В соответствии с Федеральным законом № 41-ФЗ «О драгоценных металлах и драгоценных камнях» регистрация операций в ГИИС ДМДК для вашей организации будет приостановлена с 27.11.2026, если расхождения не будут устранены.

Для просмотра перечня расхождений войдите в личный кабинет участника и подтвердите действующий сертификат электронной подписи:

[[Перейти в личный кабинет|%s]]

Это автоматическое уведомление, отвечать на него не требуется.
Служба технической поддержки ГИИС ДМДК
''' % (RU['our_inn'], link)
    paras = body.split('\n\n')
    hb = tpl.service_html('Уведомление о расхождениях в ГИИС ДМДК', paras[1:6], button=('Перейти в личный кабинет', link),
                          footer=paras[-1], color='#1d3f7a', brand='ГИИС ДМДК', lang='ru', charset='windows-1251')
    make(F, 37, 'ru', 'giis-dmdk-probirnaya-palata-phishing', frm=('ГИИС ДМДК', 'uvedomleniya@dmdk-probpalata.ru'), to=[S('ru_acc')],
         subject='Уведомление № 77-ДМДК/2026-48213 о приостановлении регистрации операций', t=t,
         infra=P(I.vps, helo='mail.dmdk-probpalata.ru', rdns='%d-%d-%d-%d.cloudvps.regruhosting.ru' % (
             89, 108, num('a37a', 64, 127), num('a37b', 2, 250)), ip='89.108.%d.%d' % (num('a37a', 64, 127), num('a37b', 2, 250)),
                 mailer='phpmailer'),
         body=alt(text(tpl.plain(body), 'windows-1251', 'base64'), html(hb, 'windows-1251', 'base64')),
         hcs='windows-1251', henc='B', bstyle='php', date_zone='MSK',
         what='"GIIS DMDK / Assay Chamber" threatens to suspend precious-metal operations unless the user logs in and confirms the signature certificate.',
         why='Trade-specific regulator impersonation (Russian precious-metals control system) from the look-alike '
             'dmdk-probpalata.ru on a VPS; suspension threat with deadline; phishing portal for credentials and '
             'the electronic-signature certificate; the office knows the Chamber sends no such links (business 40).')

    # ------------------------------------------------------------------ 38 tax office "requirement", password ZIP with .exe
    t = dt(2026, 11, 18, 7, 41, 6)
    body = '''Уважаемый налогоплательщик!

Инспекция Федеральной налоговой службы № 4 по г. Москве в соответствии со статьёй 93 Налогового кодекса Российской Федерации направляет Требование о представлении документов (информации) № 14-27/48213 от 18.11.2026 в рамках камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года.

Документы необходимо представить в течение 10 рабочих дней со дня получения требования. Непредставление документов в установленный срок влечёт ответственность по статье 126 НК РФ.

Требование и перечень запрашиваемых документов во вложении. Архив защищён паролем в целях сохранения налоговой тайны, пароль: 4818

Квитанцию о приёме просим направить в ответ на данное письмо.

Отдел камеральных проверок № 2
ИФНС России № 4 по г. Москве
'''
    z = make_zip([('Требование_14-27_48213.pdf.exe', placeholder('Требование_14-27_48213.pdf.exe'))],
                 password='4818', when=(2026, 11, 18, 10, 30, 0), seed='a38')
    make(F, 38, 'ru', 'fns-trebovanie-arkhiv-s-parolem', frm=('ИФНС России № 4 по г. Москве', 'ifns7704@nalog-ru.org'),
         to=[S('ru_acc')], subject='Требование о представлении документов № 14-27/48213', t=t,
         infra=P(I.vps, helo='nalog-ru.org', rdns='vm%d.firstbyte.club' % num('a38v', 1000, 9999),
                 ip='45.144.%d.%d' % (num('a38a', 28, 31), num('a38b', 2, 250)), mailer='other', local_hop=True,
                 xmailer='The Bat! (v11.2.1) Professional'),
         body=mixed(text(body, 'koi8-r', '8bit'), attach(z, 'application/zip', 'Требование_14-27_48213.zip', fn_style='2231')),
         hcs='koi8-r', henc='B', date_zone='MSK',
         what='"Tax inspectorate No. 4" sends a document request in a password-protected archive.',
         why='Tax-office impersonation from nalog-ru.org (real: nalog.gov.ru; requirements arrive via the '
             'accredited EDI operator, not e-mail); ZipCrypto archive with the password in the body containing an '
             'executable disguised as PDF (.pdf.exe, inert placeholder); penalty threat.')

    # ------------------------------------------------------------------ 39 supplier bank change from look-alike (Yandex 360)
    t = dt(2026, 11, 25, 5, 55, 40)
    body = '''Ольга, добрый день!

Сообщаем, что с 25.11.2026 в связи со сменой обслуживающего банка у ООО «ТД Самоцвет» изменились банковские реквизиты. Официальное письмо за подписью генерального директора во вложении.

Новые реквизиты:
р/с %s
АО «ТБанк», БИК %s, к/с %s

Просим оплату по счёту № 1187 от 12.11.2026 (1 284 600,00 руб.) произвести на новые реквизиты: платежи на счёт в АО «АЛЬФА-БАНК» с сегодняшнего дня не принимаются и будут возвращены. Отгрузку новогодней партии готовы произвести сразу после поступления оплаты.

Почта на основном домене временно работает с перебоями, поэтому пишу с резервного адреса. Прошу подтвердить получение.

С уважением,
Ирина Белова
главный бухгалтер
ООО «Торговый дом Самоцвет»
''' % (RU['fraud_rs'], RU['fraud_bik'], RU['fraud_ks'])
    letter = pdf.letter([('H', 'ООО «Торговый дом Самоцвет»'), 'ИНН ' + RU['samocvet_inn'] + '  КПП ' + RU['samocvet_kpp'],
                         'Москва, ул. Большая Ордынка, 40, стр. 3', ('R',), ('S', 8), 'Исх. № 412 от 24.11.2026', ('S', 6),
                         ('B', 'Об изменении банковских реквизитов'),
                         ('W', 'Уведомляем, что с 25.11.2026 ООО «ТД Самоцвет» обслуживается в АО «ТБанк». Просим все '
                               'платежи, включая ранее выставленные счета, перечислять по следующим реквизитам:'),
                         'р/с ' + RU['fraud_rs'], 'АО «ТБанк», г. Москва', 'БИК ' + RU['fraud_bik'] + '   к/с ' + RU['fraud_ks'],
                         ('S', 10), 'Генеральный директор ____________ Смирнов А. В.'],
                        producer='Microsoft® Word 2019', creator='Microsoft® Word 2019', title='', author='user',
                        created=pdfdate(dt(2026, 11, 24, 19, 40), 'MSK'))
    make(F, 39, 'ru', 'postavshchik-smena-rekvizitov-domen-dvoynik', frm=('Ирина Белова', 'buh@samocvet-tdr.ru'), to=[S('ru_acc')],
         subject='Изменение банковских реквизитов ООО «ТД Самоцвет»', t=t,
         infra=P(I.yandex, client_ip='185.%d.%d.%d' % (num('a39x', 100, 200), num('a39a', 2, 250), num('a39b', 2, 250))),
         body=mixed(text(body, 'utf-8', 'base64'), attach(letter, 'application/pdf', 'Письмо_об_изменении_реквизитов.pdf', fn_style='2231')),
         henc='B', date_zone='MSK',
         what='"Chief accountant" of the Moscow supplier announces new bank details and asks to pay invoice 1187 there.',
         why='Supplier bank-detail fraud from the look-alike samocvet-tdr.ru (genuine samocvet-td.ru) hosted on '
             'Yandex 360; "main domain has problems" excuse, immediate change, old account "rejects payments", '
             'new settlement account at another bank (valid BIK keys, so only a call-back reveals it); '
             'contradicts the genuine invoice of business 37.')

    # ------------------------------------------------------------------ 40 "fake boss": office manager via mail.ru -> Telegram
    t = dt(2026, 12, 8, 5, 5, 52)
    body = '''Ольга, доброе утро.

Прошу отнестись к этому письму конфиденциально. Сегодня с вами свяжется сотрудник Центрального банка, Алексей Викторович, по поводу проверки операций нашей компании с драгоценными металлами. Это связано с запросом Росфинмониторинга, подробности сейчас написать не могу. Я дал ему ваш номер.

Прошу оказать ему полное содействие и выполнять его указания. Никому в офисе и в Германии пока ничего не сообщайте — это условие проверки, иначе у нас будут серьёзные проблемы.

Я на совещании, звонить не могу. Пишите мне в Telegram, я вам уже написал оттуда: @dsokolov_exgroup

Дмитрий
'''
    make(F, 40, 'ru', 'feyk-rukovoditel-telegram-kurator', frm=('Дмитрий Соколов', 'dmitry.sokolov.exgroup@mail.ru'),
         to=[S('ru_acc')], subject='Конфиденциально', t=t, infra=P(I.mailru, client_ip='176.59.%d.%d' % (num('a40a', 2, 250), num('a40b', 2, 250))),
         body=text(body, 'utf-8', 'base64'), henc='B', date_zone='MSK',
         what='"Office manager" tells the accountant that a "Central Bank officer" will call, to obey him, keep it secret and switch to Telegram.',
         why='"Fake boss" scam common in Russia: manager\'s name on a new mail.ru address, pretext of a Central '
             'Bank / Rosfinmonitoring check, secrecy even from HQ, move to Telegram; prepares a vishing call that '
             'ends in transfers to "safe accounts".')
