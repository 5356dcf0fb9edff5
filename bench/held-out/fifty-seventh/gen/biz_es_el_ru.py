"""Genuine business messages 27-40 (Spanish, Greek, Russian)."""
import files
import ids
import infra
from company import BANK, RU, VAT, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, quote_gt
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def B(num, lang, slug, **kw):
    d = dict(folder='business', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


EX_GR_AFM = ids.gr_afm('80124716')


# --- Spanish --------------------------------------------------------------------------------------
@reg
def b27():
    iban = BANK['turia']
    text = f"""Estimados señores:

Adjuntamos la factura F-2026/1412 correspondiente a la renta del mes de diciembre de 2026 del local sito en la calle de Colón, 42, bajo, de Valencia.

Base imponible: 3.500,00 €
IVA (21 %): 735,00 €
Retención IRPF (19 %): -665,00 €
Total a pagar: 3.570,00 €

Como es habitual, el importe se cargará en su cuenta mediante adeudo directo SEPA (referencia de mandato PT-ALQ-0042) el día 5 de diciembre. No es necesario que realicen ninguna transferencia.

Les recordamos que el certificado de retenciones del ejercicio 2026 se lo enviaremos en enero.

Atentamente,

Departamento de Administración
Patrimonios Turia S.A.
Gran Vía Marqués del Turia, 21 - 46005 Valencia
Tel. 963 52 18 40"""
    pdf = pdf_att('Factura_F-2026-1412.pdf', [
        ('PATRIMONIOS TURIA S.A.', 14, 'B'), 'Gran Vía Marqués del Turia, 21 - 46005 Valencia - NIF ' + VAT['turia'], '',
        'Cliente: EXAMPLE GROUP IBERIA S.L. - NIF ' + VAT['example_es'], 'C/ Colón, 42, bajo - 46004 Valencia', '',
        ('FACTURA F-2026/1412 - 01/12/2026', 12, 'B'), '',
        'Renta local comercial C/ Colón 42, diciembre 2026          3.500,00 EUR',
        'IVA 21 %                                                    735,00 EUR',
        'Retención IRPF 19 %                                        -665,00 EUR',
        ('Total                                                     3.570,00 EUR', 10, 'B'), '',
        'Forma de pago: adeudo directo SEPA, mandato PT-ALQ-0042, vencimiento 05/12/2026',
        'Cuenta del acreedor: CaixaBank ' + ids.fmt_iban(iban)],
        title='Factura F-2026/1412', author='Patrimonios Turia', producer='a3ERP', creator='', date="D:20261201084500+01'00'")
    return B(27, 'es', 'landlord-rent-invoice-direct-debit',
             date='2026-12-01 08:51:03', zone='ES',
             **{'from': C('turia')}, to=[S('es_acc')],
             subject='Factura alquiler diciembre 2026 - C/ Colón 42 - F-2026/1412',
             hcs=('iso-8859-1', 'Q'),
             body=mixed(alt(text, html_outlook(text, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable'), pdf),
             infra=infra.ionos, ikw=dict(client_ip='80.28.144.61', ua='Microsoft Outlook 16.0'),
             hard=[29],
             what='Genuine monthly rent invoice from the Valencia landlord, collected by SEPA direct debit.',
             why='Landlord\'s real domain patrimoniosturia.es via IONOS from a Spanish business line; correct Spanish rent '
                 'invoice with IRPF withholding; states that no transfer is needed; known CaixaBank account.')


@reg
def b28():
    text = """Estimada Lucía:

Te escribo porque en recepción del Hotel Marina Valencia estamos bastante descontentos con cómo está funcionando el curso de inglés de este trimestre.

En las últimas tres semanas hemos tenido tres profesores distintos, y cada uno empezaba de nuevo con el mismo tema. Además, el martes 27 la clase se trasladó de las 15:00 a las 16:30 con un aviso de media hora, cuando sabéis que a esa hora empieza el turno de tarde y la mitad del grupo no pudo asistir.

Entendemos que puede haber bajas, pero necesitamos:
1. un profesor fijo para el grupo hasta final de curso,
2. que cualquier cambio de horario se comunique con al menos 48 horas, y
3. recuperar las dos sesiones perdidas antes del 18 de diciembre.

Ten en cuenta además que el curso está bonificado por FUNDAE y necesitamos que la asistencia quede bien registrada, porque si no se pierde la bonificación.

¿Podemos hablarlo por teléfono esta semana?

Un saludo,

Carmen Ruiz
Responsable de Formación y Desarrollo
Grupo Hotelero Mediterráneo S.L.
Tel. 961 34 77 20"""
    return B(28, 'es', 'hotel-customer-complaint-course',
             date='2026-10-29 17:22:48', zone='ES',
             **{'from': C('mediterraneo')}, to=[S('es_mgr')],
             subject='Queja: cambios de profesor y horario en el curso de inglés de recepción',
             hcs=('iso-8859-1', 'Q'),
             body=alt(text, html_outlook(text, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable'),
             infra=infra.exo, ikw=dict(region='eur', lang='es-ES',
                                       topic='Queja: cambios de profesor y horario en el curso de inglés de recepción'),
             hard=[30],
             what='Corporate customer complains about changing teachers and short-notice schedule changes.',
             why='Known customer contact on her company\'s M365; asks for organisational fixes and a phone call; '
                 'no links, attachments or payment instructions.')


@reg
def b29():
    text = f"""Fundación Estatal para la Formación en el Empleo

Comunicación de finalización de grupo - VALIDADA

Entidad organizadora: EXAMPLE GROUP IBERIA S.L. (CIF {VAT['example_es']})
Empresa: GRUPO HOTELERO MEDITERRÁNEO S.L.
Acción formativa: 12 - Inglés para atención al cliente (B1)
Grupo: 2026/0418
Fechas: 15/09/2026 - 20/11/2026
Participantes finalizados: 14

Le informamos de que la comunicación de finalización del grupo ha sido validada. El crédito de formación que la empresa puede aplicarse como bonificación asciende a 3.960,00 euros.

Puede consultar el detalle en la Aplicación de Formación Programada, accesible desde la web www.fundae.es con su certificado digital o usuario.

Este correo ha sido generado automáticamente. Por favor, no responda a esta dirección."""
    return B(29, 'es', 'training-subsidy-foundation-validation-genuine',
             date='2026-11-25 13:02:19', zone='ES',
             **{'from': C('fundae')}, to=[S('es_mgr')],
             subject='Comunicación de finalización de grupo 2026/0418 - Validada',
             hcs=('iso-8859-1', 'Q'),
             body=Text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
             infra=infra.postfix,
             ikw=dict(helo='correo.fundae.es', rdns='correo.fundae.es', ip='195.53.105.44', submit_ip='',
                      via_localhost=True),
             hard=[30],
             what='Genuine FUNDAE notification that a training group\'s completion report was validated.',
             why='From fundae.es\'s own mail server; positive status message with no deadline or threat; tells the user '
                 'to go to www.fundae.es on their own, no login link.')


@reg
def b30():
    text = """Hola Lucía,

Esta mañana se me ha caído el portátil de la empresa en casa y la pantalla está completamente rota, no se ve nada. Te escribo desde mi correo personal porque no puedo entrar en Outlook desde el móvil hasta que IT me vuelva a configurar el Authenticator.

¿Puedes avisar a Thomas para que me preparen un equipo de préstamo? Paso por la oficina a las 9:30 y dejo el portátil roto en tu mesa. Los cierres de noviembre están en OneDrive, así que no se pierde nada.

Thomas, sorry for the Spanish: my company laptop is broken (screen), I will bring it to the Valencia office tomorrow at 9:30. Could you send a loaner and reset my MFA so I can sign in again? I will call the helpdesk as soon as I'm in the office.

Gracias y perdona el lío,
José"""
    return B(30, 'es', 'colleague-broken-laptop-private-gmail',
             date='2026-11-09 20:14:33', zone='ES',
             **{'from': ('José Ibáñez', 'jose.ibanez.martin@gmail.com')}, to=[S('es_mgr')], cc=[S('it')],
             subject='Portátil roto - mañana paso por la oficina',
             hlabel='UTF-8',
             body=alt(text, html_gmail(text), 'utf-8', 'quoted-printable', label='UTF-8'),
             infra=infra.gmail,
             hard=[28],
             what='Accountant writes from his private Gmail that his company laptop broke and asks for a loaner.',
             why='Plausible private mail to his own manager and IT; proposes to come to the office and call the helpdesk; '
                 'asks for nothing sensitive by mail (no password, no money, no change of bank data).')


@reg
def b31():
    plain = """Cuenta Microsoft

Código de seguridad

Usa el siguiente código de seguridad para la cuenta Microsoft jo*****@example.com.

Código de seguridad: 482913

Si no reconoces la cuenta Microsoft jo*****@example.com, puedes hacer clic aquí para quitar tu dirección de correo electrónico de esa cuenta: https://account.live.com/dp?ft=-DhL9PcEAoq8x!CsiWJm0pY6d3&mn=jo*****%40example.com

Gracias,
El equipo de cuentas Microsoft"""
    html = """<html><body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="font-size:17px;color:#707070">Cuenta Microsoft</td></tr>
<tr><td style="font-size:41px;color:#2672ec">Código de seguridad</td></tr>
<tr><td style="padding-top:25px">Usa el siguiente código de seguridad para la cuenta Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:jo*****@example.com">jo*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px">Código de seguridad: <span style="font-weight:bold">482913</span></td></tr>
<tr><td style="padding-top:25px">Si no reconoces la cuenta Microsoft <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:jo*****@example.com">jo*****@example.com</a>, puedes <a href="https://account.live.com/dp?ft=-DhL9PcEAoq8x!CsiWJm0pY6d3&amp;mn=jo*****%40example.com" style="color:#2672ec">hacer clic aquí</a> para quitar tu dirección de correo electrónico de esa cuenta.</td></tr>
<tr><td style="padding-top:25px">Gracias,<br>El equipo de cuentas Microsoft</td></tr></table></body></html>"""
    return B(31, 'es', 'microsoft-security-code-genuine',
             date='2026-11-10 09:06:40', zone='UTC',
             **{'from': ('Equipo de cuentas Microsoft', 'account-security-noreply@accountprotection.microsoft.com')},
             to=[('', S('es_acc')[1])],
             subject='Código de seguridad de la cuenta Microsoft',
             body=alt(plain, html, 'utf-8', 'quoted-printable'),
             infra=infra.microsoft_service,
             hard=[31],
             what='Genuine Microsoft account one-time security code (the accountant re-registering on his new device).',
             why='From accountprotection.microsoft.com via Microsoft\'s outbound protection; user-initiated, masked '
                 'address, only account.live.com link; arrives the morning after business 30.')


# --- Greek ------------------------------------------------------------------------------------------
@reg
def b32():
    text = f"""ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ

Αγαπητέ χρήστη,

Σας ενημερώνουμε ότι στη θυρίδα σας στην εφαρμογή myAADE («Τα μηνύματά μου») έχει αναρτηθεί νέο μήνυμα που αφορά τον ΑΦΜ {EX_GR_AFM}.

Για να το διαβάσετε, συνδεθείτε στην πύλη myAADE πληκτρολογώντας τη διεύθυνση www.aade.gr στον φυλλομετρητή σας και χρησιμοποιήστε τους προσωπικούς σας κωδικούς TAXISnet.

Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους για είσοδο με κωδικούς, ούτε ζητά στοιχεία πληρωμής μέσω μηνυμάτων ηλεκτρονικού ταχυδρομείου.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε."""
    return B(32, 'el', 'tax-authority-mailbox-notice-genuine',
             date='2026-11-16 11:30:05', zone='GR',
             **{'from': ('ΑΑΔΕ', 'noreply@aade.gr')}, to=[S('gr_acc')],
             subject='Ενημέρωση: νέο μήνυμα στη θυρίδα σας στο myAADE',
             hcs=('iso-8859-7', 'B'),
             body=Text(text, 'plain', 'iso-8859-7', 'base64'),
             infra=infra.postfix,
             ikw=dict(helo='mailgw1.aade.gr', rdns='mailgw1.aade.gr', ip='195.167.28.41', submit_ip='',
                      via_localhost=True),
             hard=[32],
             what='Genuine AADE notice that a new message is waiting in the myAADE inbox.',
             why='From aade.gr\'s own gateway; contains no link, tells the user to type www.aade.gr; explicitly says AADE '
                 'never sends login links.')


@reg
def b33():
    iban = BANK['otenet_trainer']
    text = f"""Καλησπέρα κ. Καραγιάννη,

σας στέλνω συνημμένο το Τιμολόγιο Παροχής Υπηρεσιών Α-38 για τα μαθήματα Νοεμβρίου (36 ώρες, τμήματα Olympos Foods και ενηλίκων Β2). Έχει ήδη διαβιβαστεί στο myDATA (ΜΑΡΚ 400001928374615).

Καθαρή αξία: 900,00 €
ΦΠΑ 24%: 216,00 €
Παρακράτηση φόρου 20%: -180,00 €
Πληρωτέο: 936,00 €

Ο λογαριασμός είναι ο ίδιος: Εθνική Τράπεζα, IBAN {ids.fmt_iban(iban)}.

Ευχαριστώ πολύ,
Νίκος Αντωνίου
Καθηγητής Αγγλικών
ΑΦΜ {VAT['otenet_trainer']}, ΔΟΥ Καλαμαριάς
τηλ. 694 412 8830"""
    pdf = pdf_att('ΤΠΥ_Α-38_Νοέμβριος_2026.pdf', [
        ('Νίκος Αντωνίου - Καθηγητής Αγγλικών', 12, 'B'), 'ΑΦΜ ' + VAT['otenet_trainer'] + ' - ΔΟΥ Καλαμαριάς', '',
        ('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α-38', 12, 'B'), 'Ημερομηνία: 30/11/2026   ΜΑΡΚ 400001928374615', '',
        'Πελάτης: Example Group Hellas, ΑΦΜ ' + EX_GR_AFM, '',
        'Διδασκαλία αγγλικών, Νοέμβριος 2026, 36 ώρες x 25,00 €      900,00 €',
        'ΦΠΑ 24%                                                       216,00 €',
        'Παρακράτηση φόρου 20%                                        -180,00 €',
        ('Πληρωτέο                                                      936,00 €', 10, 'B'), '',
        'IBAN ' + ids.fmt_iban(iban) + ' (Εθνική Τράπεζα)'],
        title='ΤΠΥ Α-38', author='Nikos Antoniou', producer='myDATA - timologio', creator='', codepage='cp1253',
        date="D:20261130184000+02'00'")
    pdf.fn_style = '2231'
    return B(33, 'el', 'freelance-trainer-invoice-otenet',
             date='2026-12-01 18:12:37', zone='GR',
             **{'from': C('otenet_trainer')}, to=[S('gr_acc', True)], cc=[S('gr_mgr', True)],
             subject='Τιμολόγιο Α-38 - μαθήματα Νοεμβρίου',
             body=mixed(Text(text, 'plain', 'UTF-8', 'quoted-printable', ctparams='; format=flowed'), pdf),
             infra=infra.otenet,
             hard=[34],
             what='Freelance English teacher sends his monthly service invoice (PDF) from his OTEnet mailbox.',
             why='Known freelancer on his usual consumer mailbox; invoice registered in myDATA (MARK number), correct '
                 'Greek VAT and withholding, same bank account as always; attachment is a text PDF.')


@reg
def b34():
    text = """Καλημέρα σας κα Παπαδοπούλου,

όπως συζητήσαμε τηλεφωνικά, ενδιαφερόμαστε για πρόγραμμα επιχειρησιακών αγγλικών για 12 στελέχη του τμήματος εξαγωγών.

Σε γενικές γραμμές:
- επίπεδο B1–B2 (θα χρειαστεί κατατακτήριο τεστ),
- δύο φορές την εβδομάδα, Τρίτη και Πέμπτη 16:00–17:30, στις εγκαταστάσεις μας στη Σίνδο,
- έναρξη τον Ιανουάριο, διάρκεια περίπου 60 ώρες,
- έμφαση σε τηλεφωνική επικοινωνία, email και διαπραγμάτευση με διανομείς.

Θα μπορούσατε να μας στείλετε προσφορά μέχρι τέλος Οκτωβρίου; Θα μας ενδιέφερε επίσης αν το πρόγραμμα μπορεί να ενταχθεί σε επιδότηση μέσω ΛΑΕΚ/ΔΥΠΑ.

Ευχαριστώ,

Μαρία Γεωργίου
Υπεύθυνη Ανθρώπινου Δυναμικού
Olympos Foods Α.Ε.
ΒΙΠΕ Σίνδου, Θεσσαλονίκη
τηλ. 2310 798 410"""
    return B(34, 'el', 'customer-training-inquiry',
             date='2026-10-15 10:44:18', zone='GR',
             **{'from': C('olympos')}, to=[S('gr_mgr', True)],
             subject='Πρόγραμμα επιχειρησιακών αγγλικών για το τμήμα εξαγωγών',
             hcs=('windows-1253', 'Q'),
             body=alt(text, html_outlook(text, 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable'),
             infra=infra.postfix,
             ikw=dict(helo='mail.olymposfoods.gr', rdns='mail.olymposfoods.gr', ip='62.103.41.178',
                      submit_ip='10.0.1.57', ua='Microsoft Outlook 16.0'),
             hard=[],
             what='Prospective corporate customer asks for a quote for a business-English programme.',
             why='Follows a phone call; customer\'s own mail server; concrete training requirements; no links, '
                 'attachments or payment matters.')


@reg
def b35():
    text = """Αγαπητοί συνάδελφοι,

σας υπενθυμίζω το πρόγραμμα των εορτών για το γραφείο της Θεσσαλονίκης:

- Το γραφείο θα είναι κλειστό από 24/12 έως και 03/01. Επαναλειτουργία τη Δευτέρα 04/01 στις 09:00.
- Οι εξετάσεις πιστοποίησης του Δεκεμβρίου γίνονται κανονικά το Σάββατο 19/12 (αίθουσες 1–3). Οι επιτηρητές παρακαλούνται να είναι στο κέντρο στις 08:00.
- Οι αιτήσεις αδειών για τον Ιανουάριο υποβάλλονται όπως πάντα μέσω του HR portal έως 18/12.

Για οτιδήποτε επείγον κατά το κλείσιμο θα είμαι διαθέσιμη στο εταιρικό κινητό.

Καλές γιορτές σε όλους!

Ελένη Παπαδοπούλου
Office Manager Θεσσαλονίκης
Example Group"""
    return B(35, 'el', 'internal-office-holiday-schedule',
             date='2026-12-10 12:05:44', zone='GR',
             **{'from': S('gr_mgr', True)}, to=[('Γραφείο Θεσσαλονίκης', 'thessaloniki@example.com')],
             subject='Πρόγραμμα εορτών και εξετάσεων Δεκεμβρίου',
             hcs=('windows-1253', 'B'),
             body=alt(text, html_outlook(text, 'windows-1253', 'EL'), 'windows-1253', 'quoted-printable'),
             infra=infra.internal, ikw=dict(lang='el-GR', topic='Πρόγραμμα εορτών και εξετάσεων Δεκεμβρίου',
                                            client_ip='10.24.3.18'),
             hard=[],
             what='Internal notice from the Thessaloniki office manager about holiday closure and December exams.',
             why='Internal mailbox via Exchange and the internal relay to the office list; purely informational, '
                 'leave requests through the usual HR portal.')


@reg
def b36():
    link = 'https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=7284410526'
    text = f"""ACS Courier

Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7284410526 από «Τυπογραφικές Εκδόσεις Μακεδονίας» θα παραδοθεί αύριο, 26/11/2026, μεταξύ 09:00 και 13:00 στη διεύθυνση: Τσιμισκή 43, Θεσσαλονίκη.

Δεν απαιτείται καμία ενέργεια από εσάς. Αν θέλετε να αλλάξετε ημερομηνία ή σημείο παράδοσης, μπορείτε να το κάνετε δωρεάν από την ιστοσελίδα ή την εφαρμογή ACS.

Παρακολούθηση αποστολής:
{link}

Η ACS δεν ζητά ποτέ πληρωμή για επαναδρομολόγηση μέσω SMS ή email.

ACS Courier"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#ffffff">
<table width="580" align="center"><tr><td style="background:#e30613;color:#fff;padding:14px 22px;font-size:22px;font-weight:bold">ACS</td></tr>
<tr><td style="padding:20px 22px;font-size:14px;line-height:21px">
<p>Αγαπητέ πελάτη,</p><p>Η αποστολή σας με αριθμό <b>7284410526</b> από «Τυπογραφικές Εκδόσεις Μακεδονίας» θα παραδοθεί <b>αύριο, 26/11/2026, μεταξύ 09:00 και 13:00</b> στη διεύθυνση: Τσιμισκή 43, Θεσσαλονίκη.</p>
<p>Δεν απαιτείται καμία ενέργεια από εσάς. Αν θέλετε να αλλάξετε ημερομηνία ή σημείο παράδοσης, μπορείτε να το κάνετε δωρεάν από την ιστοσελίδα ή την εφαρμογή ACS.</p>
<p><a href="{link}" style="color:#e30613">Παρακολούθηση αποστολής</a></p>
<p style="font-size:12px;color:#666">Η ACS δεν ζητά ποτέ πληρωμή για επαναδρομολόγηση μέσω SMS ή email.</p></td></tr></table></body></html>"""
    return B(36, 'el', 'courier-delivery-notice-genuine',
             date='2026-11-25 16:31:08', zone='GR',
             **{'from': ('ACS Courier', 'noreply@acscourier.net')}, to=[S('gr_mgr')],
             env_from='bounces+9912044-3c1e-eleni.papadopoulou=example.com@em4410.acscourier.net',
             subject='Η αποστολή 7284410526 θα παραδοθεί αύριο',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.sendgrid, ikw=dict(from_dom='acscourier.net'),
             hard=[33],
             what='Genuine ACS Courier delivery notice for a parcel addressed to the Thessaloniki office.',
             why='From the courier\'s real domain through its ESP (SendGrid, same as attack 33); no fee, no card data, '
                 'link to acscourier.net; tells the user no action is needed.')


# --- Russian ----------------------------------------------------------------------------------------
@reg
def b37():
    text = f"""Добрый день!

Направляем счёт на оплату № 1412 от 25.11.2026 г. за аренду офисного помещения (Невский пр., д. 114, офис 512) за декабрь 2026 г.

Сумма: 245 000,00 руб., в т.ч. НДС 22% — 44 180,33 руб.
Срок оплаты: до 05.12.2026 г.

Реквизиты без изменений:
ООО «БЦ Невский», ИНН {RU['nevsky_inn']}
Р/с {RU['nevsky_acc']}
ПАО Сбербанк, г. Санкт-Петербург
БИК {RU['nevsky_bik']}, К/с {RU['nevsky_corr']}

Оригиналы счёта и акта за ноябрь направим через ЭДО.

С уважением,
бухгалтерия ООО «БЦ Невский»
тел. +7 (812) 309-41-70"""
    text = text.replace('«', '"').replace('»', '"').replace('—', '-').replace('№', 'N')
    pdf = pdf_att('Счет_1412_от_25.11.2026.pdf', [
        ('ООО «БЦ Невский»', 13, 'B'), f'ИНН {RU["nevsky_inn"]}  ОГРН {RU["nevsky_ogrn"]}',
        '191025, г. Санкт-Петербург, Невский пр., д. 114, лит. А', '',
        f'Банк получателя: ПАО Сбербанк, БИК {RU["nevsky_bik"]}, К/с {RU["nevsky_corr"]}',
        f'Р/с {RU["nevsky_acc"]}', '', ('Счёт на оплату № 1412 от 25.11.2026 г.', 12, 'B'), '',
        f'Покупатель: ООО «Экзампл Груп», ИНН {RU["example_inn"]}', '',
        '1. Аренда офиса 512 за декабрь 2026 г.            245 000,00 руб.',
        'В том числе НДС 22%:                               44 180,33 руб.',
        ('Всего к оплате: 245 000,00 руб.', 11, 'B'), '',
        'Генеральный директор  ____________  /Соколов В. А./'],
        fn_style='force2231', title='Счет 1412', producer='1C:Enterprise 8.3', creator='', codepage='cp1251',
        date="D:20261125101500+03'00'")
    return B(37, 'ru', 'landlord-rent-invoice-unchanged-details',
             date='2026-11-25 10:17:42', zone='RU',
             **{'from': C('nevsky')}, to=[S('ru_acc', True)],
             subject='Счёт на оплату № 1412 от 25.11.2026 (аренда, декабрь)',
             hcs=('koi8-r', 'B'),
             body=mixed(Text(text, 'plain', 'koi8-r', '8bit'), pdf),
             infra=infra.postfix,
             ikw=dict(helo='mail.bc-nevsky.ru', rdns='mail.bc-nevsky.ru', ip='185.22.153.77',
                      submit_ip='192.168.1.40', ua='1C:Enterprise 8.3'),
             hard=[39],
             what='Genuine monthly rent invoice from the Sankt-Peterburg landlord with unchanged bank details.',
             why='Landlord\'s real domain bc-nevsky.ru on its own server (sent from 1C); Sberbank account with valid '
                 'BIK control key, "details unchanged", originals via EDI; normal deadline.')


@reg
def b38():
    plain = """Яндекс ID

Вход в аккаунт

Здравствуйте, Анна!

Выполнен вход в ваш аккаунт anna.smirnova@examplegroup.eu.

Устройство: iPhone, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 20 ноября 2026 г. в 19:02 (МСК)

Если это были вы, ничего делать не нужно.
Если нет — смените пароль и проверьте список устройств на странице https://id.yandex.ru/security

С заботой о вашей безопасности,
команда Яндекс ID"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:'YS Text',Arial,sans-serif;color:#000">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0"><tr><td style="font-size:20px;font-weight:bold;padding-bottom:16px">Яндекс ID</td></tr>
<tr><td style="font-size:24px;padding-bottom:16px">Вход в аккаунт</td></tr>
<tr><td style="font-size:15px;line-height:22px"><p>Здравствуйте, Анна!</p><p>Выполнен вход в ваш аккаунт anna.smirnova@examplegroup.eu.</p>
<p>Устройство: iPhone, Яндекс Браузер<br>Местоположение: Санкт-Петербург, Россия<br>Время: 20 ноября 2026 г. в 19:02 (МСК)</p>
<p>Если это были вы, ничего делать не нужно.<br>Если нет — смените пароль и проверьте список устройств на странице <a href="https://id.yandex.ru/security">id.yandex.ru/security</a></p>
<p style="color:#777">С заботой о вашей безопасности,<br>команда Яндекс ID</p></td></tr></table></td></tr></table></body></html>"""
    return B(38, 'ru', 'yandex-id-signin-notice-genuine',
             date='2026-11-20 19:03:11', zone='RU',
             **{'from': ('Яндекс ID', 'noreply@id.yandex.ru')}, to=[('', S('ru_mgr')[1])],
             subject='Вход в аккаунт',
             body=alt(plain, html, 'utf-8', 'base64'),
             infra=infra.yandex, ikw=dict(service=True),
             hard=[38],
             what='Genuine Yandex ID sign-in notice for the office manager\'s Yandex account.',
             why='From id.yandex.ru via Yandex\'s own forward relays; informational, plausible location, link only to '
                 'id.yandex.ru; no lockout threat.')


@reg
def b39():
    text = """Дмитрий, добрый день!

Направили вам через Диадок акт сверки взаимных расчётов за январь–ноябрь 2026 г. По нашим данным задолженности на 30.11 нет, последний платёж от 14.11 учтён.

Просим подписать акт в Диадоке до 10.12. Если будут расхождения, пришлите, пожалуйста, ваш вариант — сверим.

Также напоминаю, что по допсоглашению № 3 с января занятия второй группы переносятся на вторник и четверг, счёт на январь выставим как обычно в конце декабря.

С уважением,
Елена Кузнецова
главный бухгалтер
ООО «Северный лес»
тел. +7 (812) 640-18-22"""
    return B(39, 'ru', 'customer-reconciliation-via-edi',
             date='2026-12-01 09:12:55', zone='RU',
             **{'from': C('severles')}, to=[S('ru_acc', True)],
             subject='Акт сверки за 2026 г. — направили через Диадок',
             hcs=('windows-1251', 'B'),
             body=Text(text, 'plain', 'windows-1251', 'quoted-printable'),
             infra=infra.yandex, ikw=dict(webmail=False),
             hard=[40],
             what='Customer\'s chief accountant announces a reconciliation statement sent through the Diadoc EDI system.',
             why='Known customer on its domain hosted at Yandex 360; points to the EDI system rather than sending links; '
                 'no payment request; consistent with business 40.')


@reg
def b40():
    link = 'https://diadoc.kontur.ru/ea1c7f42-3b9d-4e8a-b5c6-0d2f1a7e9c34/Document/Show?letterId=5f3e1c27-a8b4-4d11-9e02-7c6b1a9f04d2'
    plain = f"""Диадок

Вам пришёл документ от ООО «Северный лес»

Документ: Акт сверки взаимных расчётов за период 01.01.2026 – 30.11.2026
Отправитель: ООО «Северный лес», ИНН {RU['severles_inn']}
Получатель: ООО «Экзампл Груп», ИНН {RU['example_inn']}
Требуется подпись

Открыть документ в Диадоке:
{link}

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в ящике ООО «Экзампл Груп». Настроить уведомления можно в разделе «Настройки» в Диадоке.

Контур.Диадок — обмен юридически значимыми документами"""
    html = html_tb(plain, 'utf-8')
    return B(40, 'ru', 'edi-diadoc-document-notice-genuine',
             date='2026-12-01 09:05:21', zone='RU',
             **{'from': ('Диадок', 'noreply@diadoc.ru')}, to=[S('ru_acc', True)],
             subject='Вам пришёл документ от ООО «Северный лес»',
             body=alt(plain, html, 'utf-8', 'quoted-printable'),
             infra=infra.kontur,
             hard=[40],
             what='Genuine Kontur.Diadoc notification of an incoming reconciliation statement from a customer.',
             why='From diadoc.ru through Kontur\'s own relays; link to diadoc.kontur.ru; matches the customer\'s e-mail '
                 '(business 39); no deadline threat.')
