"""Genuine business messages, Spanish (5), Greek (5) and Russian (4)."""
from common import M, sysf, alt, plain, mixed, pdf_att, quote_block, html_of, S, SN, BANK, RU_BANK, RU_INN, ids, docs
from mime import Bin, Multi, Text
import routes as R
from attacks_es_el_ru import AFM_GR, CIF_ES

CIF_CHATARRAS = ids.es_cif('B', '4871203')
AFM_ANAK = ids.gr_afm('99412873')


# ---------------------------------------------------------------- Spanish

def es_invoice():
    iban = BANK['chatarras']
    text = """Buenos días:

Les remitimos adjunta la factura FV26-00912 correspondiente a las entregas de chatarra de noviembre (E3 y E8, 212,40 t según tickets de báscula de su planta de Zamudio).

Importe total: 60.534,00 €
Vencimiento: 30 días fecha factura (26/12/2026)
Forma de pago: transferencia a Kutxabank, IBAN %s

Les recordamos que la operación está sujeta a inversión del sujeto pasivo, por lo que la factura no incluye IVA.

Un saludo,

Administración
Chatarras del Nervión, S.L.
Pol. Ind. Lutxana, Pab. 14 - 48903 Barakaldo (Bizkaia)
Tel. 944 185 320
""" % ids.fmt_iban(iban)
    pdf = [('CHATARRAS DEL NERVIÓN, S.L.', 14, True), 'CIF %s | Pol. Ind. Lutxana, Pab. 14 | 48903 Barakaldo' % CIF_CHATARRAS, '',
           ('FACTURA FV26-00912', 13, True), 'Fecha: 26/11/2026', '',
           'Cliente: EXAMPLE GROUP IBÉRICA S.L. - CIF %s - Pol. Ind. Ugaldeguren III, Parcela 7, 48170 Zamudio' % CIF_ES, '',
           'Concepto                                     Toneladas   Precio €/t      Importe €',
           'Chatarra férrica E3 (LER 19 12 02)           148,60      290,00         43.094,00',
           'Chatarra férrica E8 (LER 17 04 05)            63,80      273,35         17.440,00', '',
           ('Total factura: 60.534,00 €', 11, True), '',
           'Operación con inversión del sujeto pasivo - art. 84.Uno.2º c) Ley 37/1992 del IVA.',
           'Pago: transferencia a 30 días - Kutxabank IBAN %s' % ids.fmt_iban(iban)]
    return M(lang='es', slug='supplier-invoice-scrap-reverse-charge', at='2026-11-26 12:44',
             frm=('Chatarras del Nervión - Administración', 'administracion@chatarrasnervion.es'), to=[S('nunez')],
             cc=[S('etxeberria')], subject='Factura FV26-00912 - Chatarras del Nervión', hcs='windows-1252', henc='Q',
             sys=sysf(R.exo, srv='DB9PR02MB7218', region='eurprd02', obe=('EUR05', 'DB8', 'db8eur05', '40.107.20'),
                      lang='es-ES', attach=True),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='ES'),
                        pdf_att('FV26-00912.pdf', pdf, producer='a3ERP')),
             what='Scrap supplier sends its monthly invoice (reverse-charge VAT) as PDF',
             why='Genuine: known supplier on its Microsoft 365 tenant, invoice matches weighbridge deliveries, known Kutxabank account.')


def es_docusign():
    url = ('https://eu.docusign.net/Signing/EmailStart.aspx?a=2f8c41d7-6b3e-4a90-8e15-c7d2a9f40b63&etti=24'
           '&acct=81e4c2a7-5d93-4f0b-a6e1-3c7f9b2d0e58&er=c4a1e7d2-9f36-4b85-b0e3-5d27a8c1f964')
    text = """Ane Zubizarreta le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO
%s

Ane Zubizarreta
ane.zubizarreta@transportesurdaibai.com

Hola Íñigo, te envío el contrato marco de transporte para 2027 con las tarifas que acordamos el martes. Un saludo, Ane

No comparta este correo electrónico
Este correo electrónico contiene un vínculo seguro a Docusign. No comparta este correo electrónico, vínculo o código de acceso con otras personas.

Método de firma alternativo
Visite Docusign.com, haga clic en 'Access Documents' e introduzca el código de seguridad:
C4A1E7D29F364B85B0E35D27A8C1F9644

Acerca de Docusign
Firme documentos electrónicamente en tan solo unos minutos. Es seguro. Tanto si está en la oficina, en casa o de viaje, Docusign le ofrece una solución de confianza para la gestión de transacciones digitales.
""" % url
    html = html_of(text, 'simple', 'utf-8')
    return M(lang='es', slug='docusign-envelope-carrier-contract', at='2026-12-01 12:06',
             frm=('Ane Zubizarreta via Docusign', 'dse@eumail.docusign.net'), env='bounces@eumail.docusign.net',
             reply_to=('Ane Zubizarreta', 'ane.zubizarreta@transportesurdaibai.com'), to=[S('etxeberria')],
             subject='Completar con Docusign: Contrato marco transporte 2027 - Example Group Ibérica.pdf', hcs='utf-8', henc='Q',
             sys=sysf(R.docusign, eu=True),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html),
             hard_negative_of=[('abused-docusign-salary-review', 'Same DocuSign envelope format; genuine sender is a known '
                                'carrier contact on her company domain, expected contract, EU DocuSign account.')],
             what='Genuine DocuSign envelope (EU) from the carrier for the 2027 framework contract',
             why='Genuine: DocuSign EU infrastructure, envelope from a known contact on her own company domain, expected '
                 'document discussed beforehand.')


def es_internal():
    text = """Hola María José:

¿Puedes adelantar hoy el pago de la factura FV26-00912 de Chatarras del Nervión (60.534,00 €)? Javier Ortega me ha llamado esta mañana: necesitan cobrar antes del cierre de mes y, a cambio, nos mantienen el precio de diciembre.

La factura ya está contabilizada y aprobada por mí en SAP. Los datos bancarios son los de siempre (Kutxabank), no ha cambiado nada.

Si necesitas algo estoy en la nave de recepción, llámame al móvil.

Gracias,
Íñigo

--
Íñigo Etxeberria
Director de Oficina - Example Group Ibérica S.L.
"""
    return M(lang='es', slug='manager-urgent-payment-internal', at='2026-11-27 10:35',
             frm=S('etxeberria'), to=[S('nunez')], subject='Adelantar pago Chatarras del Nervión', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.internal, lang='es-ES', topic='Adelantar pago Chatarras del Nervión'),
             body=alt(text.replace('€', 'EUR'), 'iso-8859-1', 'quoted-printable', 'outlook', lang='ES'),
             hard_negative_of=[('manager-impersonation-whatsapp', 'Urgent request from the office manager to the accountant; '
                                'genuine: internal relay, approved invoice, unchanged bank data, invites a phone call.')],
             what='Office manager asks the accountant to pay an approved supplier invoice early',
             why='Genuine: internal Exchange, approved in SAP, known supplier and unchanged bank data, reachable by phone.')


def es_advisor():
    text = """Estimada María José:

Como os comenté en la última reunión, os resumo la situación de VERI*FACTU:

1. Tras el aplazamiento aprobado a finales de 2025, la obligación de usar un sistema de facturación adaptado (SIF) empieza el 1 de enero de 2027 para las sociedades que tributan por el Impuesto sobre Sociedades, como Example Group Ibérica.
2. Vuestro ERP (SAP Business One a través de vuestro partner) ya dispone de la actualización; el partner nos debe facilitar la declaración responsable del fabricante. Os recomiendo pedirla por escrito antes del 15 de diciembre.
3. Haremos una prueba conjunta en la segunda quincena de diciembre con facturas de prueba.

Un aviso importante: están circulando correos falsos en nombre de la Agencia Tributaria sobre VERI*FACTU con enlaces para "descargar el requerimiento". La AEAT notifica a través de la DEHú y de la sede electrónica; nosotros revisamos vuestro buzón de notificaciones cada semana y os avisaríamos de cualquier requerimiento real. No abráis ese tipo de enlaces.

Un saludo,

Mikel Goikoetxea
Asesoría Goikoetxea
Gran Vía 45, 4º - 48011 Bilbao
Tel. 944 231 870
"""
    return M(lang='es', slug='tax-advisor-verifactu-note', at='2026-11-03 17:20',
             frm=('Mikel Goikoetxea', 'mikel@asesoriagoikoetxea.es'), to=[S('nunez')], cc=[S('etxeberria')],
             subject='VERI*FACTU - calendario y próximos pasos', hcs='windows-1252', henc='Q',
             sys=sysf(R.smtp_auth, server='mail.asesoriagoikoetxea.es', server_ip='185.42.104.17',
                      server_rdns='mail.asesoriagoikoetxea.es',
                      client=('[192.168.1.20]', '62.82.41.17.static.user.ono.com', '62.82.41.17'), mua='outlook', lang='es-ES'),
             body=alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='ES'),
             hard_negative_of=[('aeat-verifactu-malware-link', 'Same VERI*FACTU topic; genuine tax advisor from his own domain '
                                'and office, no links or downloads, explains where real notifications arrive.')],
             what='Tax advisor\'s note on the VERI*FACTU timetable and next steps',
             why='Genuine: known advisor\'s own domain/server from his office line, consistent with the known timetable, no '
                 'links, warns about the phishing.')


def es_rates():
    pdf = [('TRANSPORTES URDAIBAI, S.L.', 14, True), 'Polígono Industrial Txaporta 3, 48300 Gernika-Lumo (Bizkaia)', '',
           ('Tarifas 2027 - Example Group Ibérica S.L.', 12, True), '',
           'Ruta                                   Equipo                      €/viaje 2026   €/viaje 2027',
           'Zamudio - Barakaldo (Chatarras)        Bañera 30 m³                  185,00          191,00',
           'Zamudio - Ajuria (acería)              Bañera 30 m³                  240,00          248,00',
           'Zamudio - Santander (puerto)           Bañera 30 m³                  395,00          409,00',
           'Recogida contenedores 30 m³ (Bizkaia)  Gancho                        120,00          124,00', '',
           'Recargo gasóleo: +/- 1 % por cada 3 % de variación del precio medio del gasóleo (referencia: 1,42 €/l).',
           'Validez: 01/01/2027 - 31/12/2027.']
    text = """Hola Íñigo:

Como te adelanté por teléfono, te paso la propuesta de tarifas para 2027. La subida media es del 3,4 %, por debajo del IPC de transporte, y mantenemos la cláusula de gasóleo igual que este año.

Si te parece bien, la incluimos como anexo en el contrato marco que te enviaré por Docusign la semana que viene.

Un saludo,

Ane Zubizarreta
Departamento Comercial
Transportes Urdaibai, S.L.
Tel. 946 250 118 - Móvil 656 402 917
"""
    return M(lang='es', slug='carrier-rates-2027', at='2026-11-24 09:58',
             frm=('Ane Zubizarreta', 'ane.zubizarreta@transportesurdaibai.com'), to=[S('etxeberria')],
             subject='Tarifas 2027 Transportes Urdaibai', hcs='UTF-8', henc='Q',
             sys=sysf(R.gmail),
             body=mixed(alt(text, 'UTF-8', 'quoted-printable', 'gmail', quote=False),
                        pdf_att('Tarifas_2027_Example_Group_Iberica.pdf', pdf, producer='Google Docs Renderer')),
             what='Carrier sends its 2027 rate proposal as PDF (Google Workspace)',
             why='Genuine: known contact on her company domain via Google Workspace, expected after a phone call, PDF only.')


# ---------------------------------------------------------------- Greek

def el_invoice():
    iban = BANK['anakyklosi']
    mark = '400001948273615'
    text = """Αξιότιμοι κύριοι,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών Α-2026-00734 για τις υπηρεσίες διαλογής και δεματοποίησης χαρτιού και πλαστικών μηνός Οκτωβρίου.

Το παραστατικό έχει διαβιβαστεί στην πλατφόρμα myDATA της ΑΑΔΕ.
ΜΑΡΚ: %s

Σύνολο: 18.476,40 € (καθαρή αξία 14.900,00 € + ΦΠΑ 24%% 3.576,40 €)
Τρόπος πληρωμής: κατάθεση σε λογαριασμό Τράπεζας Πειραιώς
IBAN: %s

Με εκτίμηση,

Λογιστήριο
Ανακύκλωση Μακεδονίας Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη
Τηλ. 2310 797 400
""" % (mark, ids.fmt_iban(iban))
    pdf = [('ΑΝΑΚΥΚΛΩΣΗ ΜΑΚΕΔΟΝΙΑΣ Α.Ε.', 14, True), 'ΑΦΜ %s - ΔΟΥ Ιωνίας Θεσσαλονίκης - ΒΙ.ΠΕ. Σίνδου' % AFM_ANAK, '',
           ('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α-2026-00734', 12, True), 'Ημερομηνία: 31/10/2026   ΜΑΡΚ: %s' % mark, '',
           'Πελάτης: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. - ΑΦΜ %s' % AFM_GR, '',
           'Διαλογή και δεματοποίηση χαρτιού (OCC), 312 τόνοι            9.360,00 €',
           'Διαλογή και δεματοποίηση πλαστικών (PET/HDPE), 96 τόνοι      5.540,00 €', '',
           'Καθαρή αξία: 14.900,00 €     ΦΠΑ 24%: 3.576,40 €', ('Σύνολο: 18.476,40 €', 11, True), '',
           'Πληρωμή: Τράπεζα Πειραιώς - IBAN %s' % ids.fmt_iban(iban)]
    return M(lang='el', slug='partner-invoice-mydata-mark', at='2026-11-03 12:11',
             frm=('Λογιστήριο Ανακύκλωση Μακεδονίας', 'logistirio@anakyklosi-makedonias.gr'), to=[SN('karagianni')],
             subject='Τιμολόγιο Α-2026-00734 - Ανακύκλωση Μακεδονίας Α.Ε.', hcs='iso-8859-7', henc='B',
             sys=sysf(R.exo, srv='PA4PR07MB8841', region='eurprd07', obe=('EUR01', 'PA4', 'pa4eur01', '40.107.12'),
                      lang='el-GR', attach=True, tz='eet'),
             body=mixed(alt(text.replace('%%', '%'), 'iso-8859-7', 'base64', 'outlook', lang='EL'),
                        pdf_att('Timologio_A-2026-00734.pdf', pdf, producer='SoftOne ERP')),
             hard_negative_of=[('aade-mydata-discrepancy-phish', 'Same myDATA topic; genuine partner invoice carrying a '
                                'myDATA MARK, from the partner\'s own tenant, known bank account, no login request.')],
             what='Partner\'s service invoice with myDATA MARK, PDF attached',
             why='Genuine: known partner on its Microsoft 365 tenant, myDATA MARK as required, known Piraeus account.')


def el_haulier():
    photo = docs.photo_png(240, 320, seed='zygologio', palette=((235, 235, 228), (220, 222, 215), (200, 200, 195)))
    text = """Καλησπέρα κ. Νίκο,

σας στέλνω τα δρομολόγια του Νοεμβρίου μέχρι σήμερα για να τα περάσετε:

02/11  Σίνδος - Καλοχώρι   κοντέινερ 30 κ.μ.  2 δρομολόγια
05/11  Σίνδος - Ωραιόκαστρο  κοντέινερ 20 κ.μ.  1 δρομολόγιο
09/11  Σίνδος - Λαγκαδάς   κοντέινερ 30 κ.μ.  3 δρομολόγια
16/11  Σίνδος - Καλοχώρι   κοντέινερ 30 κ.μ.  2 δρομολόγια
20/11  Σίνδος - Νέα Μαγνησία  κοντέινερ 20 κ.μ.  2 δρομολόγια

Σας βάζω και φωτογραφία από το ζυγολόγιο της 20/11 που μου ζητήσατε.

Το τιμολόγιο θα το βγάλω στις 30 του μήνα όπως πάντα.

Ευχαριστώ,
Σταύρος Αθανασίου
Μεταφορές - Κοντέινερ
Καλοχώρι Θεσσαλονίκης
6944 318 207
"""
    return M(lang='el', slug='haulier-delivery-notes', at='2026-11-23 18:40',
             frm=('Σταύρος Αθανασίου', 'stathanasiou@otenet.gr'), to=[SN('papadopoulos')],
             subject='Δρομολόγια Νοεμβρίου', hcs='utf-8', henc='B',
             sys=sysf(R.otenet, client_ip='94.66.57.183'),
             body=mixed(plain(text, 'utf-8', 'quoted-printable', quote=False),
                        Bin(photo, 'image/png', 'zygologio_20-11.png')),
             hard_negative_of=[('thread-hijack-haulier-file-share', 'Same haulier mailbox and thread; genuine: sent from '
                                'a Greek consumer line in the evening, photo attached directly, no file-share link.')],
             what='Small haulier sends November trip list and a photo of a weighbridge ticket from his otenet.gr mailbox',
             why='Genuine: known haulier using consumer mail (Roundcube at OTE) from a Greek IP, routine content, photo attached.')


def el_private():
    text = """Καλημέρα Νίκο,

ο μικρός ξύπνησε με πυρετό 38,5 και δεν μπορεί να πάει σχολείο. Θα δουλέψω σήμερα από το σπίτι, έχω το λάπτοπ και συνδέομαι κανονικά με VPN. Τις πληρωμές της Πέμπτης θα τις ετοιμάσω από εδώ και θα σου τις στείλω για έγκριση όπως πάντα στο e-banking.

Αν χρειαστεί κάτι, είμαι στο κινητό.

Ελένη
"""
    return M(lang='el', slug='colleague-sick-child-private-gmail', at='2026-12-03 07:52',
             frm=('Ελένη Καραγιάννη', 'eleni.karag@gmail.com'), to=[SN('papadopoulos')], cc=[SN('karagianni')],
             subject='Σήμερα από το σπίτι', hcs='UTF-8', henc='B',
             sys=sysf(R.gmail, tz='eet'),
             body=alt(text, 'UTF-8', 'base64', 'gmail', quote=False),
             what='Accountant tells her manager from her private Gmail that she works from home today (sick child)',
             why='Genuine: her private address, CCs her work mailbox, routine; payments follow the normal approval in e-banking.')


def el_internal():
    text = """Αγαπητοί συνάδελφοι,

σας υπενθυμίζω ότι την Τετάρτη 28 Οκτωβρίου, λόγω της εθνικής εορτής, το γραφείο και η μονάδα της Σίνδου θα παραμείνουν κλειστά. Η βάρδια φύλαξης έχει κανονιστεί κανονικά.

Οι παραλαβές της Πέμπτης 29/10 ξεκινούν στις 07:00. Τα δρομολόγια των κοντέινερ της Τρίτης 27/10 θα ολοκληρωθούν έως τις 15:00.

Καλή γιορτή σε όλους!

Νίκος Παπαδόπουλος
Διευθυντής Υποκαταστήματος
Example Group Hellas
"""
    return M(lang='el', slug='internal-office-closure-oxi-day', at='2026-10-23 12:30',
             frm=S('papadopoulos'), to=[('Example Group Hellas - Όλοι', 'thessaloniki-all@example.com')],
             rcpt=S('dimitriou')[1], subject='Αργία 28ης Οκτωβρίου - κλειστό γραφείο και μονάδα', hcs='windows-1253', henc='Q',
             sys=sysf(R.internal, lang='el-GR', topic='Αργία 28ης Οκτωβρίου - κλειστό γραφείο και μονάδα'),
             body=alt(text, 'windows-1253', 'quoted-printable', 'outlook', lang='EL'),
             what='Internal notice: Greek office closed on the 28 October national holiday',
             why='Genuine: internal relay, routine information, no requests.')


def el_google():
    url = 'https://accounts.google.com/AccountChooser?Email=giorgos.dimitriou@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1764745236000?rfn%3D325%26rfnc%3D1%26eid%3D-4127388214601553912%26et%3D0'
    text = """Νέα σύνδεση σε Windows

giorgos.dimitriou@examplegroup.eu

Εντοπίσαμε μια νέα σύνδεση στον Λογαριασμό σας Google σε μια συσκευή Windows. Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, θα σας βοηθήσουμε να προστατέψετε τον λογαριασμό σας.

Έλεγχος δραστηριότητας
%s

Μπορείτε επίσης να δείτε τη δραστηριότητα ασφαλείας στη διεύθυνση
https://myaccount.google.com/notifications

Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου για να ενημερωθείτε σχετικά με σημαντικές αλλαγές στον Λογαριασμό σας Google και στις υπηρεσίες σας.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % url
    return M(lang='el', slug='google-sign-in-alert-greek', at='2026-12-03 08:14',
             frm=('Google', 'no-reply@accounts.google.com'), to=[(None, S('dimitriou')[1])],
             subject='Ειδοποίηση ασφαλείας', hcs='UTF-8', henc='B',
             sys=sysf(R.google_noreply),
             body=alt(text, 'UTF-8', 'quoted-printable', 'simple', quote=False),
             what='Google security alert (Greek) about a new Windows sign-in to a Google account on the work address',
             why='Genuine: Google\'s own sender and mail-sor infrastructure, links only to accounts.google.com / myaccount.google.com, '
                 'informational.')


# ---------------------------------------------------------------- Russian

def ru_invoice():
    b = RU_BANK['vtormet']
    text = """Добрый день!

Направляем счёт на оплату № 418 от 24.11.2026 за лом чёрных металлов (3А), поставка по договору № 17/2025 от 14.01.2025. Универсальный передаточный документ направлен через Контур.Диадок.

Сумма к оплате: 1 284 600,00 руб. НДС исчисляется покупателем - налоговым агентом (п. 8 ст. 161 НК РФ).

Реквизиты для оплаты без изменений:
ООО «ВторМет-Нева», ИНН %s, КПП 780201001
р/с %s
%s, БИК %s, к/с %s

С уважением,
Бухгалтерия ООО «ВторМет-Нева»
тел. (812) 335-47-10
""" % (RU_INN['vtormet'], b['rs'], b['bank'], b['bik'], b['ks'])
    pdf = [('ООО «ВторМет-Нева»', 14, True), 'ИНН %s  КПП 780201001  г. Санкт-Петербург, пр. Обуховской Обороны, 271' % RU_INN['vtormet'], '',
           'Банк получателя: %s   БИК %s' % (b['bank'], b['bik']), 'Сч. № %s' % b['ks'], 'Получатель: ООО «ВторМет-Нева»   Сч. № %s' % b['rs'], '',
           ('Счёт на оплату № 418 от 24 ноября 2026 г.', 13, True), '',
           'Покупатель: ООО «Экзампл Груп Рус», ИНН %s' % RU_INN['example_ru'], 'Основание: договор № 17/2025 от 14.01.2025', '',
           '№  Товар                          Кол-во   Ед.   Цена        Сумма',
           '1  Лом чёрных металлов 3А         60,000   т     21 410,00   1 284 600,00', '',
           ('Итого к оплате: 1 284 600,00 руб.', 11, True),
           'НДС исчисляется налоговым агентом (п. 8 ст. 161 НК РФ).', '',
           'Генеральный директор ______________ С. В. Лебедев      Главный бухгалтер ______________ Т. А. Орлова']
    return M(lang='ru', slug='supplier-invoice-scrap-ru', at='2026-11-24 11:26',
             frm=('Бухгалтерия ВторМет-Нева', 'buh@vtormet-neva.ru'), to=[SN('vasilyeva')],
             subject='Счёт на оплату № 418 от 24.11.2026', hcs='utf-8', henc='B',
             sys=sysf(R.yandex, tz='msk'),
             body=mixed(plain(text, 'utf-8', 'base64'),
                        pdf_att('Счет_418_от_24.11.2026.pdf', pdf, fn_style='ewb', producer='1С:Предприятие 8.3')),
             hard_negative_of=[('supplier-bank-change-lookalike-ru', 'Same supplier and invoice no. 418; genuine from '
                                'vtormet-neva.ru on Yandex 360, states the bank details are unchanged (Bank Saint Petersburg).'),
                               ('edi-diadoc-document-phish', 'Same UPD no. 418; the real one is only referenced as sent via Diadok, no link.')],
             what='Supplier\'s invoice for ferrous scrap (reverse-charge VAT), bank details unchanged',
             why='Genuine: supplier\'s real domain on Yandex 360, 1C-generated PDF, valid BIK/account, consistent with the contract.')


def ru_yandex_id():
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт d.sokolov.example выполнен вход с нового устройства.

Устройство: Яндекс Браузер, Windows 11
Местоположение: Санкт-Петербург, Россия
IP-адрес: 95.161.227.40
Время: 02.12.2026, 09:14 (МСК)

Если это были вы, ничего делать не нужно.

Если нет - смените пароль и выйдите на всех устройствах:
https://id.yandex.ru/security

С заботой о безопасности,
команда Яндекс ID
"""
    return M(lang='ru', slug='yandex-id-new-device-sign-in', at='2026-12-02 07:15',
             frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=[(None, S('sokolov')[1])],
             subject='Вход в аккаунт с нового устройства', hcs='utf-8', henc='B',
             sys=sysf(R.yandex, tz='msk', noreply=True),
             body=alt(text, 'utf-8', 'quoted-printable', 'simple'),
             what='Yandex ID notice of a sign-in from a new device (account registered with the work address)',
             why='Genuine: Yandex\'s own forward*.mail.yandex.net infrastructure, plausible local sign-in, only link is id.yandex.ru.')


def ru_laptop():
    text = """Дмитрий, добрый вечер!

Пишу с личной почты: рабочий ноутбук после сегодняшнего обновления не загружается - крутится восстановление Windows, потом чёрный экран. Данные вроде все на сетевом диске, но выгрузку в 1С за ноябрь я доделать не успела.

Завтра приду к 9:00 и сразу отнесу ноутбук Сергею в ИТ, может, он успеет до обеда. Если не получится, поработаю за компьютером на складе.

Ольга
"""
    return M(lang='ru', slug='colleague-broken-laptop-private-yandex', at='2026-11-30 17:48',
             frm=('Ольга Васильева', 'olga.vasilyeva.spb@yandex.ru'), to=[SN('sokolov')],
             subject='Ноутбук не загружается', hcs='utf-8', henc='B',
             sys=sysf(R.yandex, tz='msk'),
             body=alt(text, 'utf-8', 'base64', 'simple'),
             what='Accountant writes from her private Yandex mailbox that her work laptop does not boot',
             why='Genuine: colleague\'s private address, routine IT issue handled in person, no requests for data or money.')


def ru_advisor():
    text = """Ольга, добрый день!

Сообщаю, что сегодня через оператора ЭДО (Контур.Экстерн) поступило требование Межрайонной ИФНС N 25 о представлении пояснений по декларации по НДС за 3 квартал 2026 г. (расхождения по двум счетам-фактурам поставщиков лома). Квитанцию о приёме мы уже отправили, срок для пояснений - 5 рабочих дней.

Подготовлю проект пояснений к четвергу, прошу до среды прислать копии договоров с ООО "ВторМет-Нева" и ООО "Металлресурс" и акты сверки за 3 квартал.

И ещё: по нашим клиентам сейчас идёт рассылка фальшивых писем "от налоговой" с архивами под паролем. Настоящие требования приходят только через Экстерн, по почте налоговая документы не присылает - такие вложения не открывайте.

С уважением,
Елена Морозова
ООО "Аудит-Консалт Северо-Запад"
тел. (812) 640-18-77
"""
    return M(lang='ru', slug='tax-advisor-fns-demand-note', at='2026-10-28 14:52',
             frm=('Елена Морозова', 'morozova@audit-konsalt-sz.ru'), to=[SN('vasilyeva')], cc=[SN('sokolov')],
             subject='Требование ИФНС N 25 по НДС за 3 кв.', hcs='koi8-r', henc='B',
             sys=sysf(R.smtp_auth, server='mail.audit-konsalt-sz.ru', server_ip='91.239.24.66', server_rdns='mail.audit-konsalt-sz.ru',
                      client=('[192.168.10.45]', 'broadband-95-84-203-17.ip.moscow.rt.ru', '95.84.203.17'),
                      mua='thebat', tz='msk', lang='ru'),
             body=plain(text, 'koi8-r', 'quoted-printable'),
             hard_negative_of=[('fns-tax-demand-encrypted-zip', 'Same FNS requirement on the Q3 VAT return; genuine: the '
                                'company\'s tax advisor reports that it arrived via the EDI operator, no attachment or link.')],
             what='Tax advisor reports a real FNS requirement received via the EDI operator and plans the response',
             why='Genuine: known advisor from her own domain/server (The Bat!, KOI8-R), refers to the official channel, no links or '
                 'attachments, warns about the phishing.')


def messages():
    return [es_invoice(), es_docusign(), es_internal(), es_advisor(), es_rates(),
            el_invoice(), el_haulier(), el_private(), el_internal(), el_google(),
            ru_invoice(), ru_yandex_id(), ru_laptop(), ru_advisor()]
