"""Genuine business messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
import checksums as C
import files
import infra
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, pdf_att, st
from mime import html_gmail
from people import BANK, IDS, RU

F = 'business'
CITRICOS_TENANT = 'd91c4a7e-3b25-4f0d-a8e6-7c1b2f9e0d54'


# ------------------------------------------------------------------ Spanish
def b27():
    lines = ['## AGENCIA TRIBUTARIA', 'Requerimiento de información', '--', '',
             'Obligado tributario: EXAMPLE PACKAGING IBERIA SL    NIF: ' + IDS['ex_es_cif'],
             'Referencia: 2026GRC46790038851P    Concepto: IVA - Modelo 303 - 3T 2026', '',
             'En el ejercicio de las facultades de comprobación previstas en el artículo 93 de la Ley 58/2003, General Tributaria, se le requiere para que aporte:',
             '1. Libro registro de facturas recibidas correspondiente al tercer trimestre de 2026.',
             '2. Copia de las cinco facturas recibidas de mayor importe del periodo.', '',
             'Plazo: diez días hábiles contados a partir del día siguiente al de la notificación del presente requerimiento.',
             'Lugar de presentación: Sede electrónica de la Agencia Tributaria, trámite "Aportar documentación complementaria".']
    text = """Hola Lucía:

Te escribo para informarte de que hoy hemos recibido en la DEHú, como apoderados de Example Packaging Iberia, un requerimiento de la Agencia Tributaria relativo al modelo 303 del tercer trimestre de 2026 (referencia 2026GRC46790038851P). Ya lo hemos descargado desde la sede con nuestro certificado; te lo adjunto en PDF, así que no hace falta que entres tú.

Piden el libro registro de facturas recibidas del trimestre y copia de las cinco facturas de mayor importe (las de importación de granza de PET). El plazo es de 10 días hábiles a contar desde mañana, es decir, hasta el 11 de noviembre. ¿Me las puedes pasar antes del viernes? Nosotros preparamos la contestación y te la enviamos para revisión antes de presentarla.

Aprovecho para recordarte que estos días circulan correos falsos que imitan avisos de la Agencia Tributaria con enlaces para «acceder a la notificación». No pinches en ellos: las notificaciones te las haremos llegar siempre nosotros por esta vía.

Un saludo,

Marta Climent
Levante Asesores S.L.P.
C/ Colón 48, 3.º - 46004 Valencia
Tel. 963 52 18 40
"""
    return M(F, 27, 'es', 'gestoria-requerimiento-aeat', U(10, 28, 11, 20, 16),
             (infra.outlook_smtp, dict(mx=('smtp.levanteasesores.es', 'smtp-out03.dinahosting.com', '82.98.135.41', 'tls13'),
                                       relay_line='from PCMARTA ([88.12.204.77])\n\tby smtp-out03.dinahosting.com (Postfix) with ESMTPSA id %(qid)s\n\tfor <%(rcpt)s>; %(date)s',
                                       domain='levanteasesores.es', lang='es')),
             ('Marta Climent', 'mcliment@levanteasesores.es'), [st('lucia.fernandez')],
             'Requerimiento AEAT - modelo 303 3T 2026', MIX(outlook_alt(text, 'windows-1252', lang='ES'),
                                                           pdf_att('Requerimiento_2026GRC46790038851P.pdf', lines, 'Requerimiento', 'AEAT',
                                                                   'AEAT', 'iText 5.5.13', U(10, 28, 9, 12))),
             'Genuine mail from the Spanish office\'s tax adviser (gestoría) forwarding an AEAT information request downloaded from DEHú',
             'Known adviser on its own domain, PDF attached instead of a login link, realistic procedure and deadline, warns about fake AEAT mails. '
             'Hard negative of attack/27 (AEAT/DEHú phish arriving the next day).', zone='CET', clang='es')


def b28():
    lines = ['## Cítricos del Turia S.L.', 'Ctra. de Albalat, km 2 - 46600 Alzira (Valencia)', '--', '',
             '# PEDIDO DE COMPRA PC-26-1893', 'Fecha: 16/11/2026    Proveedor: Example Packaging Iberia S.L. (' + IDS['ex_es_cif'] + ')', '',
             'Ref.          Descripción                                   Cantidad   Entrega',
             'CT-6040-2C    Caja cartón ondulado 60x40, imp. Turia Gold   18.000     23/11/2026',
             'CT-6040-2C    Caja cartón ondulado 60x40, imp. Turia Gold   18.000     26/11/2026', '',
             'Lugar de entrega: Almacén Alzira, muelle 2, de 6:00 a 14:00.',
             'Precio: según tarifa de campaña 2026/27 firmada el 15/09/2026. Pago: 60 días fecha factura.']
    text = """Hola Javier:

Te adjunto el pedido PC-26-1893. La campaña de clementina se ha adelantado una semana y nos estamos quedando sin cajas: necesitamos 18.000 cajas 60x40 (referencia CT-6040-2C, impresión Turia Gold) para el lunes 23 en el almacén de Alzira, y otras 18.000 para el jueves 26.

Sé que el plazo es muy justo. Si no llegáis con todo, dime al menos cuántas podéis servir el lunes para organizar los turnos.

Precio según la tarifa de campaña que firmamos en septiembre.

Gracias,
Ana Belén Navarro
Responsable de Compras
Cítricos del Turia S.L.
Ctra. de Albalat, km 2 - 46600 Alzira (Valencia)
Tel. 962 41 87 30
"""
    return M(F, 28, 'es', 'cliente-pedido-urgente-cajas', U(11, 16, 8, 33, 50),
             (infra.m365, dict(region='EU', lang='es-ES', tenant=CITRICOS_TENANT)), ('Ana Belén Navarro', 'abnavarro@citricosdelturia.es'),
             [st('javier.martinez')], 'Pedido urgente PC-26-1893 - cajas 60x40 clementina',
             MIX(outlook_alt(text, 'iso-8859-1', lang='ES'), pdf_att('Pedido_PC-26-1893.pdf', lines, 'Pedido PC-26-1893', 'Compras',
                                                                     'Microsoft Excel', 'Microsoft: Print To PDF', U(11, 16, 8, 30))),
             'Genuine urgent purchase order from a citrus-packing customer: 36,000 cartons in two drops, PDF order attached',
             'Known customer\'s Microsoft 365 tenant, real order with references, dates and agreed tariff, PDF (not HTML) attachment; urgency is seasonal business. '
             'Hard negative of attack/30 (fake RFQ with HTML attachment).', zone='CET', clang='es-ES')


def b29():
    env = '8C1E4B72-A9F3-4D0E-9B6A-3C5D7E2F1A0B'
    url = ('https://eu.docusign.net/Signing/EmailStart.aspx?a=3f0b7c1e-82d4-4a9b-b6e5-1c2d3e4f5a60&etti=24&acct=5a9e2b71-4c3d-4e8f-a1b2-c3d4e5f60718'
           '&er=d2c1b0a9-8f7e-4d6c-b5a4-93827160f5e4')
    text = """Ana Belén Navarro le ha enviado un documento para revisar y firmar.

[[REVISAR DOCUMENTO|%s]]

Ana Belén Navarro
abnavarro@citricosdelturia.es

Hola Javier, te envío el contrato marco de suministro para 2027 con los cambios que acordamos en la reunión del martes (cláusula 6, volúmenes mínimos). Cualquier duda me llamas.

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, enlace o código de acceso con otras personas.

Método de firma alternativo
Visite Docusign.com, haga clic en 'Acceder a documentos' e introduzca el código de seguridad:
%s

Acerca de Docusign
Firme documentos electrónicamente en solo minutos. Es seguro. Tanto si está en la oficina, en casa o de viaje, Docusign ofrece una solución profesional de confianza para la Gestión de Transacciones Digitales.

¿Tiene preguntas sobre el documento?
Si tiene que modificar el documento o tiene preguntas sobre los detalles, póngase en contacto con el remitente enviándole un correo electrónico directamente.
""" % (url, env.replace('-', '') + '4')
    html = html_simple(text, 'Helvetica, Arial, sans-serif')
    body = ALT(T(plain(text, 'bare'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 29, 'es', 'docusign-contrato-suministro', U(12, 3, 10, 6, 27),
             (infra.docusign_eu, {}), ('Ana Belén Navarro via Docusign', 'dse@eumail.docusign.net'), [st('javier.martinez')],
             'Ana Belén Navarro le ha enviado Contrato de suministro de envases 2027 para revisar y firmar', body,
             'Genuine DocuSign envelope (EU platform) from a known customer: supply framework contract 2027 to sign',
             'DocuSign\'s real EU infrastructure (eumail.docusign.net), link to eu.docusign.net, security code for the alternative signing method, '
             'Reply-To the known customer contact and a specific personal note. Hard negative of attack/29 (DocuSign QR look-alike).',
             reply_to=('Ana Belén Navarro', 'abnavarro@citricosdelturia.es'), zone='UTC')


def b30():
    iban = C.fmt_iban(BANK['gil'])
    lines = ['## TRANSPORTES HERMANOS GIL, S.L.', 'Camí de Paterna 14 - 46988 Paterna (Valencia) - CIF ' + IDS['gil_cif'], '--', '',
             'Cliente: Example Packaging Iberia S.L. - CIF ' + IDS['ex_es_cif'], '',
             '# FACTURA FV26-0874    Fecha: 30/11/2026', '',
             'Concepto                                                     Importe',
             'Portes Paterna - Alzira noviembre 2026 (22 servicios)       2.640,00',
             'Portes Paterna - Murcia (Mercamurcia) 11/11 y 25/11           780,00',
             'Base imponible 3.420,00    IVA 21 % 718,20    TOTAL 4.138,20 EUR', '',
             'Forma de pago: transferencia a 30 días', 'CaixaBank - IBAN ' + iban]
    text = """Buenos días:

Adjuntamos la factura FV26-0874 correspondiente a los portes del mes de noviembre.

Forma de pago habitual: transferencia a 30 días a la cuenta de CaixaBank que figura en la factura.

Saludos cordiales,

Administración
Transportes Hermanos Gil, S.L.
Tel. 961 32 07 55
"""
    return M(F, 30, 'es', 'transportista-factura-noviembre', U(12, 1, 10, 48, 3),
             (infra.outlook_smtp, dict(mx=('smtp.transportesgil.es', 'smtp-01.servidoresdns.net', '82.223.190.21', 'tls12'),
                                       relay_line='from ADMINISTRACION ([79.148.37.201])\n\tby smtp-01.servidoresdns.net (Postfix) with ESMTPSA id %(qid)s\n\tfor <%(rcpt)s>; %(date)s',
                                       domain='transportesgil.es', mailer='Microsoft Outlook 16.0', lang='es')),
             ('Administración Transportes Gil', 'administracion@transportesgil.es'), [st('lucia.fernandez')],
             'Factura FV26-0874 - portes noviembre', MIX(T(text, 'iso-8859-15', '8bit'),
                                                         pdf_att('FV26-0874.pdf', lines, 'Factura FV26-0874', 'Administracion',
                                                                 'a3ERP', 'a3ERP PDF', U(12, 1, 10, 40))),
             'Genuine monthly invoice from a Spanish road carrier (Outlook via the hoster\'s SMTP) with the invoice PDF',
             'Carrier\'s own domain and hosting provider, habitual bank and terms stated, amounts consistent, plain 8-bit Latin-9 text. '
             'Hard negative for invoice/payment-themed attacks (attack/31, attack/28).', zone='CET', clang='es', hcs='iso-8859-15', henc='Q')


def b31():
    text = """Hola Javier,

Sergio Navarro Pérez ha solicitado actualizar sus datos bancarios en Factorial.

Cuenta anterior: ES** **** **** **** **** 2291
Cuenta nueva: ES** **** **** **** **** 4417
Fecha de la solicitud: 19/11/2026 18:02

Como administrador, debes aprobar o rechazar la solicitud. El cambio se aplicará en la próxima nómina tras su aprobación. Te recomendamos verificar el cambio con la persona empleada por un canal distinto al correo electrónico.

[[Revisar solicitud|https://app.factorialhr.com/employees/184273/bank-details/requests/55912]]

Factorial HR - Everyday Software S.L., Barcelona
Has recibido este correo porque eres administrador de Example Packaging Iberia S.L. en Factorial. [[Gestionar notificaciones|https://app.factorialhr.com/settings/notifications]]
"""
    body = ALT(T(plain(text, 'gmail'), 'UTF-8', 'quoted-printable'), H(html_simple(text, 'Inter, Arial, sans-serif'), 'UTF-8', 'quoted-printable'))
    return M(F, 31, 'es', 'factorial-cambio-datos-bancarios', U(11, 19, 17, 2, 41),
             (infra.sendgrid, dict(bounce_domain='em2175.factorialhr.com', ptr='o1.ptr1842.factorialhr.com')),
             ('Factorial', 'notifications@factorialhr.com'), [st('javier.martinez')],
             'Sergio Navarro Pérez ha solicitado un cambio en sus datos bancarios', body,
             'Genuine HR-system notification: an employee requested a salary-account change in the self-service portal, manager must approve there',
             'Sent by the HR SaaS through its ESP from its own domain, account numbers masked, change handled inside the application with approval and advice to verify '
             'out of band - the proper process. Hard negative of attack/07 (payroll diversion by e-mail).', zone='UTC')


# ------------------------------------------------------------------ Greek
def b32():
    rows = [['Α/Α', 'Αριθμός', 'Ημερομηνία', 'Πελάτης', 'ΑΦΜ', 'Καθαρή αξία', 'ΦΠΑ 24%', 'Σύνολο', 'Κατάσταση myDATA'],
            [1, 'ΤΠ-Α 2026/0812', '15/09/2026', 'ΕΛΑΙΟΥΡΓΙΑ ΧΑΛΚΙΔΙΚΗΣ Α.Ε.', C.gr_afm('99451207'), 3120.00, 748.80, 3868.80, 'Χωρίς χαρακτηρισμό αντισυμβαλλόμενου'],
            [2, 'ΤΠ-Α 2026/0866', '25/09/2026', 'ΚΤΗΜΑ ΒΙΒΛΙΑ Ο.Ε.', C.gr_afm('80170512'), 1240.00, 297.60, 1537.60, 'Χωρίς χαρακτηρισμό αντισυμβαλλόμενου'],
            [3, 'ΤΠ-Α 2026/0901', '30/09/2026', 'ΜΕΛΙ ΘΑΣΟΥ ΙΚΕ', C.gr_afm('80226310'), 655.00, 157.20, 812.20, 'Χωρίς χαρακτηρισμό αντισυμβαλλόμενου'],
            ['', '', '', 'Σύνολο', '', 5015.00, 1203.60, 6218.60, '']]
    x = files.xlsx(rows, sheet='myDATA Γ τρίμηνο', creator='Σιδηρόπουλος & Συνεργάτες', when=U(11, 12, 7, 30))
    text = """Καλημέρα Ελένη,

Ολοκληρώσαμε τη συμφωνία του myDATA για το Γ' τρίμηνο. Από τη μεριά σας όλα τα παραστατικά έχουν διαβιβαστεί σωστά. Βρήκαμε μόνο 3 τιμολόγια πώλησης που οι πελάτες δεν έχουν ακόμη χαρακτηρίσει (η Ελαιουργία Χαλκιδικής και δύο μικρότεροι), σύνολο 6.218,60 €. Σου επισυνάπτω τη λίστα σε Excel.

Δεν χρειάζεται να κάνεις τίποτα στο TAXISnet - θα επικοινωνήσουμε εμείς με τους λογιστές των πελατών. Αν θέλεις, το συζητάμε την Πέμπτη στη συνάντηση για το κλείσιμο του μήνα.

Επίσης, κυκλοφορούν πάλι ψεύτικα email «από την ΑΑΔΕ» για αποκλίσεις στο myDATA με σύνδεσμο για τους κωδικούς TAXISnet. Η ΑΑΔΕ δεν στέλνει τέτοια email - αν λάβεις κάποιο, προώθησέ το μου πριν κάνεις οτιδήποτε.

Φιλικά,
Δημήτρης Σιδηρόπουλος
Σιδηρόπουλος & Συνεργάτες - Λογιστικό Γραφείο
Τσιμισκή 112, 546 22 Θεσσαλονίκη
Τηλ. 2310 241 876
"""
    body = MIX(outlook_alt(text, 'windows-1253', lang='EL'),
               A('myDATA_Γ_τρίμηνο_2026_αποκλίσεις.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
    return M(F, 32, 'el', 'logistis-mydata-apokliseis', U(11, 12, 7, 41, 9),
             (infra.outlook_smtp, dict(mx=('cp04.hostingcenter.gr', 'cp04.hostingcenter.gr', '185.4.132.64', 'tls13'),
                                       relay_line='from DESKTOP-SID01 (ppp-94-66-48-112.home.otenet.gr [94.66.48.112])\n\tby cp04.hostingcenter.gr with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <info@sidiropoulos-logistiki.gr>)\n\tid 1tAbCd-%(id)s\n\tfor %(rcpt)s; %(date)s',
                                       domain='sidiropoulos-logistiki.gr', lang='el')),
             ('Δημήτρης Σιδηρόπουλος', 'info@sidiropoulos-logistiki.gr'), [st('eleni.konstantinou')],
             "myDATA Γ' τριμήνου - αποκλίσεις χαρακτηρισμών πελατών", body,
             'Genuine note from the Greek office\'s external accountants on the Q3 myDATA reconciliation, with an XLSX list',
             'Known accounting firm (Outlook through its Greek host), same topic as the phish but no link or login, list attached as a real spreadsheet, '
             'explicitly says nothing needs doing in TAXISnet and warns of the fake AADE mails. Hard negative of attack/32.',
             zone='GR', clang='el', hcs='windows-1253', henc='B', fn_cs='utf-8')


def b33():
    rows = [['Κωδικός', 'Περιγραφή', 'Ποσότητα', 'Παράδοση', 'Σημείωση'],
            ['EL-1275-K', 'Κιβώτιο 12x750ml, εκτύπωση 2 χρώματα', 12000, '11/12/2026', 'Νέα Μουδανιά'],
            ['EL-1275-K', 'Κιβώτιο 12x750ml, εκτύπωση 2 χρώματα', 12000, '18/12/2026', 'Νέα Μουδανιά'],
            ['EL-0610-K', 'Κιβώτιο 6x1L', 6000, '18/12/2026', 'με διαχωριστικά'],
            ['', 'Τιμές σύμφωνα με προσφορά Π-26-0311', '', '', '']]
    x = files.xlsx(rows, sheet='Παραγγελία', creator='Νίκος Αλεξίου', when=U(11, 30, 7, 20))
    text = """Καλημέρα Γιώργο,

σου στέλνω την παραγγελία μας για τον Δεκέμβριο (συνημμένο Excel):
- 24.000 κιβώτια 12x750ml (κωδ. EL-1275-K, εκτύπωση 2 χρώματα)
- 6.000 κιβώτια 6x1L (κωδ. EL-0610-K) με διαχωριστικά

Θα θέλαμε την πρώτη μισή ποσότητα μέχρι 11/12 στη Νέα Μουδανιά, γιατί ξεκινάμε τις αποστολές για Γερμανία. Τιμές σύμφωνα με την προσφορά σας Π-26-0311.

Ευχαριστώ,
Νίκος Αλεξίου
Τμήμα Προμηθειών
Ελαιουργία Χαλκιδικής Α.Ε.
Τηλ. 23730 22418
"""
    body = MIX(ALT(T(text, 'UTF-8', 'base64'), H(html_gmail(text), 'UTF-8', 'base64')),
               A('Παραγγελία_Δεκέμβριος_2026.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
    return M(F, 33, 'el', 'pelatis-paraggelia-kivotion', U(11, 30, 7, 26, 40),
             (infra.gmail, dict(browser_zone='GR')), ('Νίκος Αλεξίου', 'n.alexiou@elaiourgia-chalkidikis.gr'),
             [st('giorgos.papadopoulos')], 'Παραγγελία κιβωτίων Δεκεμβρίου', body,
             'Genuine customer order (olive-oil bottler) for 30,000 cartons with an XLSX order sheet',
             'Customer\'s own domain on Google Workspace, concrete codes, quantities, delivery dates and quote number; spreadsheet attachment with data only. '
             'Hard negative for Greek-language bulk/attack mail (attack/34, attack/36).', zone='GR')


def b34():
    rf = C.iban('RF', '2611260847113')
    text = """Ελένη, καλημέρα,

ο εκτελωνιστής (Παπαδάκης) μου τηλεφώνησε ότι για το κοντέινερ με τις προφόρμες PET από την Τουρκία πρέπει να εξοφληθούν σήμερα ο δασμός και ο ΦΠΑ εισαγωγής, αλλιώς χάνουμε τη σημερινή παραλαβή από το λιμάνι και πληρώνουμε επιπλέον αποθήκευση.

MRN: 26GR000810004711E3
Ποσό: 14.382,60 €
Ταυτότητα οφειλής: %s

Η πληρωμή γίνεται όπως πάντα από τον λογαριασμό μας στην Εθνική, μέσω πληρωμής οφειλών ΑΑΔΕ με την ταυτότητα οφειλής. Το σημείωμα του εκτελωνιστή είναι ήδη στον φάκελο Τελωνείο/2026-12 στο κοινόχρηστο. Η Sabine έχει εγκρίνει τη δαπάνη, την έχω σε κοινοποίηση.

Αν κάτι δεν σου ταιριάζει, πάρε με τηλέφωνο, είμαι στο γραφείο μέχρι τις 3.

Γιώργος
""" % rf
    return M(F, 34, 'el', 'diefthyntis-epeigon-telonio-esoteriko', U(12, 10, 7, 8, 55),
             (infra.exchange_internal, dict(srv='EXMBX02', peer='EXMBX01', client_ip='10.26.1.21')),
             st('giorgos.papadopoulos'), [st('eleni.konstantinou')], 'Επείγον: πληρωμή τελωνείου σήμερα - MRN 26GR000810004711E3',
             outlook_alt(text, 'iso-8859-7', lang='EL'),
             'Genuine urgent internal request from the Greek office manager: pay import duty and VAT today with the AADE payment reference (RF, valid ISO 11649 check digits)',
             'Internal Exchange/relay path from the real mailbox, payment goes to the tax authority via the usual bank and an RF reference, supporting document on the file share, '
             'CFO approval in Cc, invites a phone call. Hard negative of attack/34.', cc=[st('sabine.weiss')], zone='GR',
             alang='el-GR, en-US', clang='el-GR')


def b35():
    lines = ['## DIMITRIOU TRANSPORTS - Konstantinos Dimitriou', 'Sindos Industrial Area, 57022 Thessaloniki - VAT (AFM) EL' + IDS['dimitriou_afm'] + ' - DOY Ionias Thessalonikis', '--', '',
             '# INVOICE / TIMOLOGIO PAROCHIS YPIRESION No 1192    Date: 01/12/2026', '',
             'Customer: EXAMPLE GROUP HELLAS S.A. - VAT (AFM) EL' + IDS['ex_gr_afm'] + ' - Sindos Industrial Area', '',
             'Description                                              Qty    Price     Amount',
             'Transport Sindos - Nea Moudania (full load)                  6    200.00   1,200.00',
             'Transport Sindos - Sofia (BG), CMR 26-118 / 26-121           2    650.00   1,300.00',
             'Net amount 2,500.00    VAT 24% 600.00    TOTAL EUR 3,100.00', '',
             'Payment: bank transfer - National Bank of Greece - IBAN ' + C.fmt_iban(BANK['dimitriou']),
             'myDATA MARK: 400001952871346']
    text = """Καλημέρα κα Κωνσταντίνου,

σας στέλνω το τιμολόγιο 1192 για τις μεταφορές του Νοεμβρίου (Σίνδος - Νέα Μουδανιά και Σίνδος - Σόφια). Το πρωτότυπο θα το φέρω με το επόμενο δρομολόγιο.

Ο λογαριασμός είναι ο γνωστός, στην Εθνική.

Ευχαριστώ,
Κώστας Δημητρίου
Μεταφορές Δημητρίου
Τηλ. 6944 118 372
"""
    return M(F, 35, 'el', 'metaforeas-timologio-otenet', U(12, 2, 8, 15, 21),
             (infra.outlook_smtp, dict(mx=('smtp-out01.otenet.gr', 'smtp-out01.otenet.gr', '83.235.67.213', 'tls12'),
                                       relay_line='from KOSTAS-PC (ppp-94-66-12-34.home.otenet.gr [94.66.12.34])\n\tby smtp-out01.otenet.gr (8.15.2/8.15.2) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date)s',
                                       domain='otenet.gr', mailer='Microsoft Outlook 16.0', lang='el')),
             ('Κώστας Δημητρίου', 'kdimitriou@otenet.gr'), [st('eleni.konstantinou')],
             'Τιμολόγιο 1192 - μεταφορές Νοεμβρίου',
             MIX(T(text, 'windows-1253', '8bit'), pdf_att('Timologio_1192.pdf', lines, 'Invoice 1192', 'K. Dimitriou', 'Microsoft Excel', 'Microsoft: Print To PDF', U(12, 2, 8, 10))),
             'Genuine invoice from the Greek owner-driver carrier on his usual otenet.gr address, English-language PDF invoice with his own NBG IBAN',
             'His known consumer-ISP mailbox and residential OTE line, habitual bank account ("ο γνωστός"), invoice data incl. myDATA MARK; '
             'windows-1253 8-bit body. Hard negative of attack/35 (same person impersonated on Gmail).',
             zone='GR', clang='el', hcs='windows-1253', henc='B')


def b36():
    link = 'https://drive.google.com/file/d/1ZbH3qW8vN2xK5rT7yL0cM4pS9dF6gJ1a/view?usp=sharing_eil_m&ts=692c5a11'
    note = 'Γιώργο, όπως είπαμε στο τηλέφωνο, οι τελικές προδιαγραφές για τα κιβώτια του 2027 (ECT, εκτύπωση, παλετοποίηση). Πες μου αν χρειάζεστε και το αρχείο σχεδίου.'
    text = """Νίκος Αλεξίου (n.alexiou@elaiourgia-chalkidikis.gr) κοινοποίησε το παρακάτω αρχείο:

%s

Προδιαγραφές κιβωτίου 12x750ml 2027.pdf
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το μήνυμα επειδή ο χρήστης n.alexiou@elaiourgia-chalkidikis.gr κοινοποίησε ένα αρχείο μαζί σας από το Google Drive.
""" % (note, link)
    html = html_simple(text, 'Google Sans, Roboto, Arial, sans-serif').replace(link, '<a href="%s">%s</a>' % (link, link))
    body = ALT(T(text, 'UTF-8', 'quoted-printable'), H(html, 'UTF-8', 'quoted-printable'))
    return M(F, 36, 'el', 'google-drive-prodiagrafes-pelati', U(11, 30, 10, 3, 7),
             (infra.google_service, dict(rp_domain='doclist.bounces.google.com',
                                         extra=[('X-Notifications', 'GAMMA:<c4e8a02b71f9d3a6@google.com>')])),
             ('Νίκος Αλεξίου (μέσω Google Drive)', 'drive-shares-dm-noreply@google.com'), [st('giorgos.papadopoulos')],
             'Αρχείο κοινοποιήθηκε μαζί σας: "Προδιαγραφές κιβωτίου 12x750ml 2027.pdf"', body,
             'Genuine Google Drive share: the customer\'s buyer shares the 2027 carton specification PDF',
             'Same Google infrastructure as attack/36, but the sharer is a known customer on his Workspace domain, real PDF file on drive.google.com, '
             'note refers to a phone call and to technical content. Hard negative of attack/36.',
             reply_to=('Νίκος Αλεξίου', 'n.alexiou@elaiourgia-chalkidikis.gr'), zone='UTC')


# ------------------------------------------------------------------ Russian
def b37():
    text = """Андрей, добрый день.

Через Контур.Экстерн пришло требование ИФНС о представлении пояснений по НДС за 3 квартал - расхождения с книгой покупок по двум счетам-фактурам ООО "ПолимерТорг" (гранулят ПЭТ). Квитанцию о приёме я отправила, ответ готовлю, срок - 5 рабочих дней, до 18.11.

Для справки: сегодня утром на мою почту пришло письмо якобы от ФНС с архивом под паролем. Это вирус, я его не открывала и переслала Лукасу в IT. Налоговая требования по электронной почте не присылает, только через оператора ЭДО.

Наталья
"""
    return M(F, 37, 'ru', 'buhgalter-trebovanie-ifns-vnutrennee', U(11, 11, 12, 2, 35),
             (infra.exchange_internal, dict(srv='EXMBX01', peer='EXMBX02', client_ip='10.27.1.35')),
             st('natalya.kuznetsova'), [st('andrey.sokolov')], 'Требование ИФНС по НДС за 3 кв.', outlook_alt(text, 'koi8-r', lang='RU'),
             'Genuine internal note from the Russian office accountant: a real tax-office requirement arrived through the EDI operator; mentions the fake FNS e-mail',
             'Internal Exchange/relay path, KOI8-R text as Russian Outlook sends it, no attachment or link, describes the legitimate channel (Kontur.Extern). '
             'Hard negative of attack/37 (same topic, same day).', zone='RU', alang='ru-RU, en-US', clang='ru-RU', hcs='koi8-r', henc='B')


def b38():
    text = """Здравствуйте, Андрей!

Мы заметили вход в ваш аккаунт sokolov.andrey.exg с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
IP-адрес: 94.25.171.38
Время: 2 декабря 2026 г. в 09:14 (МСК)

Если это были вы, ничего делать не нужно.
Если нет - смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
"""
    html = html_simple(text, 'YS Text, Arial, sans-serif').replace('https://id.yandex.ru/security', '<a href="https://id.yandex.ru/security">https://id.yandex.ru/security</a>')
    body = ALT(T(text, 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 38, 'ru', 'yandex-id-novyi-vhod', U(12, 2, 6, 14, 30),
             (infra.yandex, dict(web=False, hostdomain='id.yandex.ru')), ('Яндекс ID', 'noreply@id.yandex.ru'),
             [st('andrey.sokolov')], 'Вход в аккаунт с нового устройства', body,
             'Genuine Yandex ID sign-in notification for the Yandex account the Russian office uses (Yandex Direct), sent to its company address',
             'From Yandex\'s own forward*.mail.yandex.net servers, standard template, link only to id.yandex.ru, informational. '
             'Hard negative for account-alert lures in Russian (attack/38, attack/40).', zone='RU')


def b39():
    inn = RU['morozov_inn']
    common = ['ИП Морозов Сергей Викторович, ИНН %s, ОГРНИП %s' % (inn, RU['morozov_ogrnip']),
              'Банк: Северо-Западный банк ПАО Сбербанк, БИК %s, к/с %s' % (RU['sber_nw_bik'], RU['sber_nw_corr']),
              'р/с %s' % RU['morozov_acc']]
    invoice = [['Счёт на оплату № 214 от 25.11.2026'], [common[0]], [common[1]], [common[2]], [],
               ['Покупатель: ООО «Экзампл Пэкеджинг», ИНН %s, КПП %s' % (RU['ex_ru_inn'], RU['ex_ru_kpp'])], [],
               ['№', 'Наименование', 'Кол-во', 'Ед.', 'Цена', 'Сумма'],
               [1, 'Транспортные услуги: Шушары - ООО «Невский молочный комбинат», 24.11.2026', 2, 'рейс', 18500, 37000],
               ['', 'Итого', '', '', '', 37000], ['', 'Без НДС (УСН)', '', '', '', ''],
               ['', 'Всего к оплате: Тридцать семь тысяч рублей 00 копеек', '', '', '', '']]
    act = [['Акт № 214 от 25.11.2026'], ['Исполнитель: ' + common[0]],
           ['Заказчик: ООО «Экзампл Пэкеджинг», ИНН %s' % RU['ex_ru_inn']], [],
           ['№', 'Наименование работ, услуг', 'Кол-во', 'Ед.', 'Цена', 'Сумма'],
           [1, 'Транспортные услуги: Шушары - ООО «Невский молочный комбинат», 24.11.2026', 2, 'рейс', 18500, 37000],
           ['', 'Вышеперечисленные услуги выполнены полностью и в срок. Заказчик претензий не имеет.', '', '', '', '']]
    w = U(11, 25, 15, 0)
    text = """Добрый день, Наталья!

Во вложении счёт № 214 и акт № 214 за перевозку 24.11 (Шушары - Невский молочный комбинат, 2 рейса). Реквизиты прежние, в счёте указаны.
Оригиналы передам с водителем в пятницу.

С уважением,
Сергей Морозов
ИП Морозов С. В.
+7 921 384-52-17
"""
    body = MIX(ALT(T(text, 'utf-8', 'base64'), H(html_gmail(text), 'utf-8', 'base64')),
               A('Счет № 214 от 25.11.2026.xlsx', files.xlsx(invoice, when=w, creator='1С:Предприятие'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
               A('Акт № 214 от 25.11.2026.xlsx', files.xlsx(act, when=w, creator='1С:Предприятие'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
    return M(F, 39, 'ru', 'perevozchik-schet-akt-yandex', U(11, 26, 7, 33, 58),
             (infra.yandex, dict(web=True)), ('Сергей Морозов', 's.morozov.trans@yandex.ru'), [st('natalya.kuznetsova')],
             'Счёт и акт № 214 - перевозка 24.11', body,
             'Genuine invoice and completion act from the Russian owner-driver carrier (yandex.ru webmail), both as 1C-exported XLSX',
             'His known yandex.ru address, "requisites unchanged", bank data with valid BIK/correspondent/settlement control keys and valid INN/OGRNIP check digits, '
             'originals on paper with the driver. Hard negative for Russian payment-related attacks (attack/38).', zone='RU')


def b40():
    text = """Здравствуйте!

Контрагент подписал отправленный вами документ.

Контрагент: ООО «Невский молочный комбинат», ИНН %s, КПП %s
Документ: УПД № 2611-0412 от 26.11.2026
Сумма: 412 860,00 руб., в т.ч. НДС 22%% 74 450,16 руб.
Подписал: Волкова Ирина Сергеевна, главный бухгалтер

Документ в Диадоке: https://diadoc.kontur.ru/d0f3a9b1-7c2e-4d58-9a61-3b8e0f2c4d71/Document/Show?letterId=6a2e91c0-4b7d-4f13-8e25-c9d0a1b2f3e4

Вы получили это письмо, потому что подписаны на уведомления ящика ООО «Экзампл Пэкеджинг» в Диадоке.
Настроить уведомления: https://diadoc.kontur.ru/d0f3a9b1-7c2e-4d58-9a61-3b8e0f2c4d71/Settings/Notifications
""" % (RU['nevmol_inn'], RU['nevmol_kpp'])
    return M(F, 40, 'ru', 'diadok-kontragent-podpisal-upd', U(12, 1, 8, 40, 11),
             (infra.postfix_webmail, dict(mx=('mail-out2.kontur.ru', 'mail-out2.kontur.ru', '46.17.206.12', 'tls13'),
                                          host='mail-out2.kontur.ru', domain='diadoc.kontur.ru', ua=None, client='10.40.21.7')),
             ('Контур.Диадок', 'noreply@diadoc.kontur.ru'), [st('natalya.kuznetsova')],
             'ООО «Невский молочный комбинат» подписал документ: УПД № 2611-0412', T(text, 'windows-1251', 'quoted-printable'),
             'Genuine Kontur.Diadok (Russian EDI) notification that the customer countersigned our UPD invoice (22 % VAT)',
             'From diadoc.kontur.ru via Kontur\'s mail servers, links to diadoc.kontur.ru only, informational (nothing to sign or log into from the mail). '
             'Hard negative of attack/40 (Diadok look-alike naming the same customer).', zone='RU')


MESSAGES = [b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]
