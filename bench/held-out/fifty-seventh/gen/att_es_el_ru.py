"""Attack messages 27-40 (Spanish, Greek, Russian)."""
import files
import ids
import infra
from company import BANK, RU, VAT, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, qr_img, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def A(num, lang, slug, **kw):
    d = dict(folder='attack', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


EX_GR_AFM = ids.gr_afm('80124716')


# --- Spanish --------------------------------------------------------------------------------------
@reg
def a27():
    link = 'https://sede-agenciatributaria.dehu-notificaciones.com/dehu/ver?ref=2026GRC46044471X&nif=B98743123'
    text = f"""AGENCIA TRIBUTARIA - Sede Electrónica

Aviso de notificación electrónica pendiente de comparecencia

Titular: EXAMPLE GROUP IBERIA S.L. - NIF {VAT['example_es']}
Procedimiento: Comprobación limitada - IVA 2025, modelo 303 (3T)
Referencia: 2026GRC46044471X

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de 10 días naturales desde su puesta a disposición para acceder a su contenido; transcurrido dicho plazo sin acceder, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).

Acceder a la notificación:
{link}

El documento se descarga en formato comprimido. Para su correcta visualización utilice un equipo Windows.

Agencia Estatal de Administración Tributaria
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#7a1e1e;color:#fff;padding:14px 20px;font-size:18px"><b>Agencia Tributaria</b> | Sede Electrónica</td></tr>
<tr><td style="padding:18px 20px">
<h3 style="color:#7a1e1e">Aviso de notificación electrónica pendiente de comparecencia</h3>
<p><b>Titular:</b> EXAMPLE GROUP IBERIA S.L. - NIF {VAT['example_es']}<br><b>Procedimiento:</b> Comprobación limitada - IVA 2025, modelo 303 (3T)<br><b>Referencia:</b> 2026GRC46044471X</p>
<p>Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de <b>10 días naturales</b> desde su puesta a disposición para acceder a su contenido; transcurrido dicho plazo sin acceder, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).</p>
<p><a href="{link}" style="background:#7a1e1e;color:#fff;padding:9px 18px;text-decoration:none">Acceder a la notificación</a></p>
<p style="font-size:11px">El documento se descarga en formato comprimido. Para su correcta visualización utilice un equipo Windows.</p>
<p style="font-size:11px;color:#777">Agencia Estatal de Administración Tributaria<br>Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
</td></tr></table></body></html>"""
    return A(27, 'es', 'tax-agency-dehu-notice-malware-link',
             date='2026-11-12 10:33:27', zone='ES',
             **{'from': ('Agencia Tributaria', 'notificaciones@asesoriagarciaperez.es')}, to=[S('es_acc')],
             subject='Aviso de notificación pendiente - Ref. 2026GRC46044471X',
             hcs=('iso-8859-1', 'Q'),
             body=alt(text, html, 'iso-8859-1', 'quoted-printable'),
             infra=infra.exim,
             ikw=dict(host='srv1428.hstgr.io', ip='153.92.220.47', client_ip='',
                      local=True, mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
             what='Fake AEAT/DEHú "pending electronic notification" whose link downloads a compressed file '
                  '("use a Windows computer").',
             why='Sent by a PHP script on the hijacked hosting of an unrelated tax-advisory firm with the tax agency as '
                 'display name; real notices point to dehu.redsara.es / agenciatributaria.gob.es and never deliver '
                 'archives; "Windows only" hint typical of malware downloaders; 10-day legal pressure.')


@reg
def a28():
    text = """Hola Lucía,

¿Estás en la oficina? Necesito comentarte un asunto confidencial relacionado con una operación que estamos cerrando en Valencia y que todavía no se puede comunicar.

Envíame por favor tu número de móvil personal para escribirte por WhatsApp, ahora mismo estoy entre reuniones y me resulta más fácil por ahí. Te agradecería que de momento no lo comentes con nadie de la oficina.

Gracias,
Jürgen

Enviado desde mi iPhone"""
    return A(28, 'es', 'ceo-fraud-move-to-whatsapp',
             date='2026-12-03 11:02:46', zone='ES',
             **{'from': ('Jürgen Köhler', 'jurgen.koehler.ceo@gmail.com')}, to=[S('es_mgr')],
             subject='Asunto confidencial',
             hlabel='UTF-8',
             body=alt(text, html_gmail(text), 'utf-8', 'quoted-printable', label='UTF-8'),
             infra=infra.gmail,
             what='CEO-fraud opener: "Jürgen Köhler" from a Gmail address asks the Valencia office manager for her '
                  'private mobile number to continue a confidential matter on WhatsApp.',
             why='Consumer Gmail account with the CEO\'s name; moves the conversation to an unmonitored channel; '
                 'secrecy from colleagues; the CEO writes from example.com through the internal relay. Genuine colleague '
                 'writing from a private address: business 30.')


@reg
def a29():
    iban = BANK['fraud_es']
    text = f"""Estimados señores:

Les comunicamos que, con motivo de la centralización de la tesorería de Patrimonios Turia S.A. en una nueva entidad bancaria, a partir del recibo de diciembre el pago de la renta del local de la calle de Colón, 42 deberá realizarse mediante transferencia a la siguiente cuenta:

Titular: Patrimonios Turia S.A.
Entidad: ING Bank N.V., Sucursal en España
IBAN: {ids.fmt_iban(iban)}
BIC: INGDESMMXXX

Les rogamos que a partir de este mes dejen de atender la domiciliación actual, que será dada de baja por nuestra parte. Adjuntamos el certificado de titularidad emitido por la entidad.

La factura de diciembre (F-2026/1412, 4.235,00 € IVA incluido) vence el día 5; les agradeceríamos que ordenaran la transferencia a la nueva cuenta antes de esa fecha y nos enviaran el justificante por este medio.

Atentamente,

Departamento de Administración
Patrimonios Turia S.A.
Gran Vía Marqués del Turia, 21 - 46005 Valencia"""
    cert = [('ING', 16, 'B'), 'ING Bank N.V., Sucursal en España', '', ('CERTIFICADO DE TITULARIDAD DE CUENTA', 12, 'B'), '',
            'ING Bank N.V., Sucursal en España, certifica que la cuenta',
            'IBAN ' + ids.fmt_iban(iban) + '   BIC INGDESMMXXX',
            'figura abierta a nombre de PATRIMONIOS TURIA S.A., NIF ' + VAT['turia'] + '.', '',
            'Y para que conste a los efectos oportunos, se expide el presente certificado', 'en Madrid, a 25 de noviembre de 2026.']
    body = mixed(alt(text, html_outlook(text, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable'),
                 pdf_att('Certificado_titularidad_Patrimonios_Turia.pdf', cert, title='Certificado de titularidad',
                         producer='iText 7.1.16', creator='', date="D:20261125091203+01'00'"))
    return A(29, 'es', 'landlord-bank-change-lookalike',
             date='2026-11-26 09:47:13', zone='ES',
             **{'from': ('Patrimonios Turia - Administración', 'administracion@patrimonios-turia.es')},
             to=[S('es_acc')],
             subject='Nuevos datos bancarios para el pago del alquiler - C/ Colón 42',
             hcs=('iso-8859-1', 'Q'),
             body=body, infra=infra.ionos, ikw=dict(client_ip='146.70.117.58', ua='Microsoft Outlook 16.0'),
             what='Landlord bank-detail change "from Patrimonios Turia" cancelling the direct debit and asking for the '
                  'December rent to be transferred to a new account, with a bank certificate PDF.',
             why='Look-alike domain patrimonios-turia.es (real: patrimoniosturia.es) on IONOS, sent through a VPN address; '
                 'asks to stop the existing SEPA direct debit in favour of a push transfer; deadline before the 5th; '
                 'proof requested by e-mail; the quoted amount ignores the IRPF withholding shown on the real invoices. '
                 'Genuine rent invoice from the landlord: business 27.')


@reg
def a30():
    link = 'https://aplicaciones.fundae-formacion.es/FormacionProgramada/Acceso?grupo=2026-0418'
    text = f"""Fundación Estatal para la Formación en el Empleo

Estimada entidad organizadora:

En la validación de la comunicación de finalización del grupo 2026/0418 de la acción formativa "Inglés para atención al cliente (B1)", impartida a GRUPO HOTELERO MEDITERRÁNEO S.L. con su entidad como organizadora, se han detectado incidencias en los datos de asistencia de 4 participantes.

Si las incidencias no se subsanan antes del 10/12/2026, la bonificación aplicada (3.960,00 €) se considerará indebida y se comunicará a la Tesorería General de la Seguridad Social para su regularización junto con los recargos correspondientes.

Para revisar y subsanar las incidencias acceda a la Aplicación de Formación Programada con su usuario y contraseña:
{link}

Un saludo,
Área de Gestión de Formación Programada
FUNDAE"""
    html = html_tb(text, 'utf-8').replace(f'<a href="{link}">{link}</a>',
                                          f'<a href="{link}">Acceder a la Aplicación de Formación Programada</a>')
    return A(30, 'es', 'training-subsidy-portal-phish-ses',
             date='2026-12-01 12:14:30', zone='ES',
             **{'from': ('FUNDAE - Formación Programada', 'avisos@fundae-formacion.es')}, to=[S('es_mgr')],
             env_from='0102019377c2a1d4-fundae@mail.fundae-formacion.es',
             subject='Incidencia en la finalización del grupo 2026/0418 - bonificación bloqueada',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.ses, ikw=dict(region='eu-west-3'),
             what='Trade-specific phish: fake FUNDAE (Spanish state training-subsidy foundation) notice that a customer\'s '
                  'training subsidy is blocked, link to a fake "Aplicación de Formación Programada" login.',
             why='FUNDAE uses fundae.es and posts incidents inside its application; look-alike fundae-formacion.es via '
                 'Amazon SES; uses a real customer and course name for credibility; financial threat (TGSS recovery '
                 'with surcharges). Genuine FUNDAE notification: business 29.')


@reg
def a31():
    url = 'https://sharepoint-docs365.com/s/es?u=am9zZS5pYmFuZXpAZXhhbXBsZS5jb20&d=NOM-11-2026'
    text = """Microsoft 365

José, se han compartido contigo 2 documentos protegidos:

Nóminas_Noviembre_2026.xlsx
Ajuste_IRPF_2027_plantilla.pdf

Debido a la nueva política de acceso condicional de tu organización, el acceso a documentos con datos personales desde equipos de escritorio está deshabilitado.

Escanea el código QR con la cámara de tu móvil para verificar tu identidad y abrir los documentos. El enlace caduca en 24 horas.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#242424">
<table width="520" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 0;font-size:18px;font-weight:600">Microsoft 365</td></tr>
<tr><td><p>José, se han compartido contigo <b>2 documentos protegidos</b>:</p>
<p>&#128196; Nóminas_Noviembre_2026.xlsx<br>&#128196; Ajuste_IRPF_2027_plantilla.pdf</p>
<p>Debido a la nueva política de acceso condicional de tu organización, el acceso a documentos con datos personales desde equipos de escritorio está deshabilitado.</p>
<p><b>Escanea el código QR con la cámara de tu móvil</b> para verificar tu identidad y abrir los documentos. El enlace caduca en 24 horas.</p>
<p><img src="cid:image001.png@01DB43A2.7C1E5F20" width="198" height="198" alt=""></p>
<p style="font-size:11px;color:#707070">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>"""
    body = related(alt(text, html, 'utf-8', 'quoted-printable'),
                   qr_img(url, cid='image001.png@01DB43A2.7C1E5F20', filename='image001.png'))
    return A(31, 'es', 'sharepoint-payroll-quishing-smtp2go',
             date='2026-11-30 08:26:44', zone='ES',
             **{'from': ('Microsoft 365', 'no-reply@sharepoint-docs365.com')}, to=[S('es_acc')],
             subject='José, tienes 2 documentos pendientes: Nóminas_Noviembre_2026.xlsx',
             body=body, infra=infra.smtp2go,
             expect_qr=[url],
             what='Quishing: fake SharePoint share of "November payroll" documents; only an inline QR code leads to '
                  'the sign-in page, moving the victim to an unmanaged phone.',
             why='Not from Microsoft (look-alike sharepoint-docs365.com via SMTP2GO); QR hides the URL from link '
                 'scanners; fake "conditional access" excuse; payroll lure; 24-hour expiry. Genuine Microsoft '
                 'security-code mail: business 31.')


# --- Greek ------------------------------------------------------------------------------------------
@reg
def a32():
    link = 'https://www1.myaade-gov.com/taxisnet/mydata/login?afm=' + EX_GR_AFM
    text = f"""ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
myDATA - Ηλεκτρονικά Βιβλία

Αγαπητέ/ή χρήστη,

Σας ενημερώνουμε ότι κατά τον αυτοματοποιημένο έλεγχο διασταύρωσης εντοπίστηκαν 14 παραστατικά πωλήσεων του τρίτου τριμήνου 2026 (ΑΦΜ {EX_GR_AFM}) τα οποία δεν έχουν διαβιβαστεί στην πλατφόρμα myDATA.

Η μη διαβίβαση ή η εκπρόθεσμη διαβίβαση παραστατικών επισύρει τα πρόστιμα του Κώδικα Φορολογικής Διαδικασίας ανά παραστατικό.

Για να δείτε τα παραστατικά και να ολοκληρώσετε τη διαβίβαση εντός 5 εργάσιμων ημερών, συνδεθείτε με τους κωδικούς TAXISnet:
{link}

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης"""
    return A(32, 'el', 'tax-authority-mydata-phish-compromised-hotel',
             date='2026-11-19 10:11:52', zone='GR',
             **{'from': ('ΑΑΔΕ - myAADE', 'info@hotel-vergina-palace.gr')}, to=[S('gr_acc')],
             subject='Εκκρεμότητα διαβίβασης παραστατικών στο myDATA - Απαιτείται ενέργεια',
             hcs=('iso-8859-7', 'B'),
             body=alt(text, html_outlook(text, 'iso-8859-7', 'EL'), 'iso-8859-7', 'quoted-printable'),
             infra=infra.postfix,
             ikw=dict(helo='srv2.hotel-vergina-palace.gr', rdns='static.21.154.224.46.clients.your-server.de',
                      ip='46.224.154.21', submit_ip='91.92.242.87', ua='Microsoft Outlook 16.0'),
             what='Fake AADE/myDATA notice about 14 untransmitted invoices, linking to a TAXISnet credential page.',
             why='Sent from a compromised Thessaloniki hotel mailbox under the AADE display name; AADE writes from '
                 'aade.gr and myDATA issues are shown in the portal; link to myaade-gov.com; fine threat and 5-day '
                 'deadline; TAXISnet credentials give access to tax and payroll systems. Genuine AADE notice: business 32.')


@reg
def a33():
    link = 'https://acscourier-gr.com/track/pay?v=7289451034&amt=1.85'
    text = f"""ACS Courier

Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7289451034 έφτασε στο κατάστημα ACS Θεσσαλονίκης (Καλαμαριά) αλλά δεν μπορεί να παραδοθεί, επειδή εκκρεμεί η χρέωση ανακατεύθυνσης ύψους 1,85 €.

Παρακαλούμε ολοκληρώστε την πληρωμή έως τις 29/11/2026, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.

Πληρωμή και επιλογή νέας ημερομηνίας παράδοσης:
{link}

Ευχαριστούμε που επιλέξατε την ACS.
ACS Courier - Εξυπηρέτηση Πελατών"""
    html = f"""<html><body style="font-family:Arial,sans-serif;background:#f5f5f5">
<table width="580" align="center" style="background:#fff"><tr><td style="background:#e30613;color:#fff;padding:14px 22px;font-size:22px;font-weight:bold">ACS</td></tr>
<tr><td style="padding:20px 22px;font-size:14px;line-height:21px">
<p>Αγαπητέ πελάτη,</p><p>Η αποστολή σας με αριθμό <b>7289451034</b> έφτασε στο κατάστημα ACS Θεσσαλονίκης (Καλαμαριά) αλλά δεν μπορεί να παραδοθεί, επειδή εκκρεμεί η χρέωση ανακατεύθυνσης ύψους <b>1,85 €</b>.</p>
<p>Παρακαλούμε ολοκληρώστε την πληρωμή έως τις <b>29/11/2026</b>, διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.</p>
<p><a href="{link}" style="background:#e30613;color:#fff;padding:10px 22px;text-decoration:none">Πληρωμή 1,85 €</a></p>
<p>Ευχαριστούμε που επιλέξατε την ACS.<br>ACS Courier - Εξυπηρέτηση Πελατών</p></td></tr></table></body></html>"""
    return A(33, 'el', 'courier-redelivery-fee-phish-sendgrid',
             date='2026-11-26 17:40:21', zone='GR',
             **{'from': ('ACS Courier', 'noreply@acscourier-gr.com')}, to=[S('gr_mgr')],
             env_from='bounces+52880312-77a1-eleni.papadopoulou=example.com@em8841.acscourier-gr.com',
             subject='Η αποστολή 7289451034 βρίσκεται σε αναμονή - εκκρεμεί χρέωση 1,85 €',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.sendgrid, ikw=dict(from_dom='acscourier-gr.com'),
             what='Fake ACS Courier "redirection fee 1.85 EUR" notice leading to a card-payment page.',
             why='Look-alike acscourier-gr.com (real: acscourier.net) via SendGrid; small fee lure to steal card data '
                 'and 3-D Secure codes; return-to-sender threat. Genuine ACS tracking notice: business 36.')


@reg
def a34():
    text = """Καλησπέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο 2026/1187 για την εκτύπωση των πιστοποιητικών εξετάσεων (Νοέμβριος) και το δελτίο αποστολής.

Παρακαλούμε για την εξόφληση εντός της εβδομάδας.

Με εκτίμηση,
Τυπογραφείο Βεργίνα
Λαγκαδά 184, Θεσσαλονίκη
Τηλ. 2310 7xx xxx"""
    text = text.replace('2310 7xx xxx', '2310 784 215')
    z = zip_att('Τιμολόγιο_2026-1187.zip', [('Τιμολόγιο_2026-1187.pdf.exe', files.PLACEHOLDER)],
                seed='a34', dt=(2026, 11, 30, 13, 2, 0), fn_style='force2231')
    return A(34, 'el', 'supplier-invoice-zip-exe-compromised-account',
             date='2026-11-30 13:05:44', zone='GR',
             **{'from': ('Τυπογραφείο Βεργίνα', 'typografeio.vergina@otenet.gr')}, to=[S('gr_acc')],
             subject='Τιμολόγιο 2026/1187 - Εκτυπώσεις πιστοποιητικών',
             body=mixed(Text(text, 'plain', 'UTF-8', 'quoted-printable', ctparams='; format=flowed'), z),
             infra=infra.otenet,
             what='Invoice from a (compromised) Thessaloniki print shop\'s OTEnet mailbox with a ZIP containing '
                  '"Τιμολόγιο_2026-1187.pdf.exe".',
             why='Executable disguised as a PDF inside a ZIP (placeholder here); the print shop is not a supplier of the '
                 'company (certificates are printed by Drukarnia Wisła); generic payment pressure. Genuine invoice from '
                 'a freelance trainer on OTEnet with a real PDF: business 33.')


@reg
def a35():
    iban = BANK['fraud_cy']
    text = f"""Αξιότιμε κύριε Καραγιάννη,

Σας γράφω κατόπιν εντολής του κ. Jürgen Köhler, ο οποίος κοινοποιείται στο παρόν. Το γραφείο μας εκπροσωπεί την Example Group στην εξαγορά ενός φροντιστηρίου ξένων γλωσσών στη Θεσσαλονίκη, η οποία θα ανακοινωθεί επίσημα τον Ιανουάριο.

Μέχρι την ανακοίνωση ισχύει πλήρης εμπιστευτικότητα. Σας παρακαλώ να μην συζητήσετε το θέμα με συναδέλφους, ούτε με την κα Παπαδοπούλου ή με την κεντρική διεύθυνση στην Κολωνία.

Για τη δέσμευση της συμφωνίας απαιτείται σήμερα η καταβολή προκαταβολής 92.000,00 € στον λογαριασμό μεσεγγύησης (escrow) του γραφείου μας στη Λευκωσία:

Δικαιούχος: Nikolaides & Partners LLC - Client Account
IBAN: {ids.fmt_iban(iban)}
BIC: BCYPCY2N
Αιτιολογία: Escrow EG-THE-2026/14

Παρακαλώ επιβεβαιώστε μου με email μόλις καταχωρηθεί η εντολή. Οι εσωτερικές εγκρίσεις θα τακτοποιηθούν από τον κ. Köhler.

Με τιμή,
Χρήστος Νικολαΐδης
Δικηγόρος
Nikolaides & Partners LLC, Λευκωσία

-------- Original message --------
From: Jürgen Köhler <juergen.koehler@example-group.eu>
Date: 14/12/2026 08:55
To: Giorgos Karagiannis
Subject: Confidential

Giorgos, please work with Mr Nikolaides on this today. Strictly confidential. I am travelling and cannot be reached by phone. Jürgen"""
    return A(35, 'el', 'fake-lawyer-escrow-cyprus-ceo-lookalike',
             date='2026-12-14 09:48:12', zone='GR',
             **{'from': ('Χρήστος Νικολαΐδης', 'c.nikolaides@nikolaides-legal.com')}, to=[S('gr_acc')],
             cc=[('Jürgen Köhler', 'juergen.koehler@example-group.eu')],
             subject='Εμπιστευτικό - εντολή κ. Köhler',
             hcs=('utf-8', 'B'),
             body=Text(text, 'plain', 'utf-8', '8bit'),
             infra=infra.postfix,
             ikw=dict(helo='mail.nikolaides-legal.com', rdns='srv615224.hstgr.cloud', ip='31.97.127.58',
                      submit_ip='', via_localhost=True, ua='Mozilla Thunderbird'),
             what='Fake lawyer + CEO BEC in Greek: a "Nicosia lawyer" with the "CEO" in copy asks the Thessaloniki '
                  'accountant to wire a 92,000 EUR escrow deposit to Cyprus.',
             why='CEO address on the look-alike example-group.eu (real: examplegroup.eu), lawyer domain on a Hostinger VPS; '
                 'secrecy towards the office manager and HQ; same-day foreign transfer; approvals "later". The CEO\'s '
                 'genuine urgent request via internal relay: business 01.')


@reg
def a36():
    link = 'https://ergani2-gov.info/taxisnet/oauth/login?redirect=ergani2'
    text = f"""ΥΠΟΥΡΓΕΙΟ ΕΡΓΑΣΙΑΣ ΚΑΙ ΚΟΙΝΩΝΙΚΗΣ ΑΣΦΑΛΙΣΗΣ
Πληροφοριακό Σύστημα ΕΡΓΑΝΗ ΙΙ

Αξιότιμε/η εργοδότη,

Στο πλαίσιο της επέκτασης της Ψηφιακής Κάρτας Εργασίας, όλοι οι εργοδότες οφείλουν να επιβεβαιώσουν εκ νέου τα στοιχεία της επιχείρησης και των εξουσιοδοτημένων χρηστών στο ΕΡΓΑΝΗ ΙΙ έως τις 10/12/2026.

Εργοδότες που δεν θα ολοκληρώσουν την επιβεβαίωση δεν θα μπορούν να υποβάλουν δηλώσεις ωραρίου και υπερωριών, ενώ ενδέχεται να επιβληθούν πρόστιμα κατά τον έλεγχο της Επιθεώρησης Εργασίας.

Η διαδικασία γίνεται με τους κωδικούς TAXISnet της επιχείρησης:
{link}

Με εκτίμηση,
Ομάδα Υποστήριξης ΕΡΓΑΝΗ ΙΙ"""
    html = html_tb(text, 'utf-8')
    return A(36, 'el', 'labour-portal-reverification-phish-mailgun',
             date='2026-12-02 08:35:10', zone='GR',
             **{'from': ('ΕΡΓΑΝΗ ΙΙ - Υπουργείο Εργασίας', 'noreply@ergani2-gov.info')}, to=[S('gr_mgr')],
             env_from='bounce+2f41c7.9a0e-eleni.papadopoulou=example.com@ergani2-gov.info',
             subject='ΕΡΓΑΝΗ ΙΙ: υποχρεωτική επιβεβαίωση στοιχείων εργοδότη έως 10/12/2026',
             body=alt(text, html, 'utf-8', 'base64'),
             infra=infra.mailgun, ikw=dict(from_dom='ergani2-gov.info'),
             what='Fake ERGANI II (Greek labour-ministry system) "mandatory employer re-verification" leading to a '
                  'TAXISnet credential page.',
             why='Government systems use gov.gr domains, not ergani2-gov.info via Mailgun; no such re-verification '
                 'exists; inspection fines as pressure; harvests the company\'s TAXISnet credentials.')


# --- Russian ----------------------------------------------------------------------------------------
@reg
def a37():
    text = f"""Уважаемый налогоплательщик!

Межрайонная ИФНС России № 15 по Санкт-Петербургу в соответствии с п. 3 ст. 88 НК РФ направляет требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года (ИНН {RU['example_inn']}).

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам в банке (п. 3 ст. 76 НК РФ).

Требование и перечень расхождений направлены во вложении. В целях защиты налоговой тайны архив защищён паролем: 41873

С уважением,
отдел камеральных проверок № 2
Межрайонная ИФНС России № 15 по Санкт-Петербургу"""
    z = zip_att('Требование_15-07_41873.zip',
                [('Требование_о_представлении_пояснений_15-07_41873.pdf.scr', files.PLACEHOLDER)],
                password='41873', seed='a37', dt=(2026, 11, 12, 10, 40, 0), fn_style='ew')
    return A(37, 'ru', 'tax-office-demand-encrypted-zip-mailru',
             date='2026-11-12 10:44:38', zone='RU',
             **{'from': ('Межрайонная ИФНС России № 15 по Санкт-Петербургу', 'ifns15.spb.trebovanie@mail.ru')},
             to=[S('ru_acc')],
             subject='Требование о представлении пояснений № 15-07/41873 от 12.11.2026',
             hlabel='UTF-8',
             body=mixed(alt(text, html_tb(text, 'utf-8'), 'utf-8', 'base64', label='UTF-8'), z),
             infra=infra.mailru,
             expect_zip='41873',
             what='Fake Federal Tax Service (FNS) demand for explanations with a password-protected ZIP containing '
                  'a .pdf.scr file.',
             why='The FNS sends demands through accredited EDI operators (TKS), never from a mail.ru mailbox; encrypted '
                 'archive with password in the body; screensaver executable with double extension; account-freeze '
                 'threat.')


@reg
def a38():
    link = 'https://passport.yandex-id-security.ru/auth/verify?login=anna.smirnova%40examplegroup.eu&track=6c1e9a'
    text = f"""Яндекс ID

Здравствуйте, Анна!

Мы заметили попытку входа в ваш аккаунт anna.smirnova@examplegroup.eu с нового устройства:

Устройство: Windows 10, Chrome 131
Местоположение: Алматы, Казахстан
IP-адрес: 2.134.77.190
Время: 21 ноября 2026, 02:14 (МСК)

Если это были не вы, срочно подтвердите владение аккаунтом и смените пароль. Без подтверждения аккаунт будет временно заблокирован через 24 часа, доступ к Яндекс Диску и связанным сервисам будет ограничен.

Подтвердить аккаунт:
{link}

С уважением,
Служба безопасности Яндекс ID"""
    return A(38, 'ru', 'yandex-id-suspicious-login-phish-vps',
             date='2026-11-21 07:58:19', zone='RU',
             **{'from': ('Яндекс ID', 'security@yandex-id-security.ru')}, to=[S('ru_mgr')],
             subject='Подозрительная попытка входа в аккаунт',
             hcs=('koi8-r', 'B'),
             body=alt(text, html_tb(text, 'koi8-r'), 'koi8-r', 'quoted-printable'),
             infra=infra.postfix,
             ikw=dict(helo='mail.yandex-id-security.ru', rdns='v2517418.hosted-by-vdsina.ru', ip='94.103.91.117',
                      submit_ip='', via_localhost=True),
             what='Fake Yandex ID "suspicious sign-in from Almaty" warning with a link to a look-alike passport page.',
             why='Yandex security mails come from id.yandex.ru through Yandex\'s own relays, not from '
                 'yandex-id-security.ru on a VDSina VPS; 24-hour lockout threat; credential and 2FA harvesting. Genuine '
                 'Yandex ID sign-in notice: business 38.')


@reg
def a39():
    text = f"""Добрый день!

Уведомляем Вас об изменении банковских реквизитов ООО «БЦ Невский» в связи с переводом расчётного обслуживания в другой банк. Начиная с 01.12.2026 г. оплату арендных платежей по договору № А-114/2023 просим производить только по новым реквизитам:

Получатель: ООО «БЦ Невский»
ИНН {RU['nevsky_inn']}
Р/с {RU['fraud_acc']}
Банк: АО «ТБанк», г. Москва
БИК {RU['fraud_bik']}
К/с {RU['fraud_corr']}

Счёт за декабрь 2026 г. и обеспечительный платёж по дополнительному соглашению будут выставлены по новым реквизитам. Просим произвести оплату до 03.12.2026 г. Письмо с подписью генерального директора и печатью — во вложении.

Платежи, направленные по старым реквизитам после 01.12.2026 г., будут возвращены банком.

С уважением,
бухгалтерия ООО «БЦ Невский»
тел. +7 (812) 309-41-77"""
    letter = [('ООО «БЦ Невский»', 13, 'B'), '191025, г. Санкт-Петербург, Невский пр., д. 114, лит. А',
              f'ИНН {RU["nevsky_inn"]}  ОГРН {RU["nevsky_ogrn"]}', '', 'Исх. № 412 от 25.11.2026', '',
              ('ИНФОРМАЦИОННОЕ ПИСЬМО об изменении банковских реквизитов', 12, 'B'), '',
              'Настоящим сообщаем, что с 01.12.2026 г. оплата по договору № А-114/2023',
              'производится по следующим реквизитам:', '',
              f'Р/с {RU["fraud_acc"]}', 'Банк: АО «ТБанк», г. Москва', f'БИК {RU["fraud_bik"]}',
              f'К/с {RU["fraud_corr"]}', '', 'Генеральный директор  ____________  /Соколов В. А./', 'М.П.']
    body = mixed(Text(text, 'plain', 'windows-1251', 'base64'),
                 pdf_att('Письмо_об_изменении_реквизитов.pdf', letter, fn_style='ew', title='Письмо',
                         codepage='cp1251', producer='1C:Enterprise 8.3', creator='', date="D:20261125111940+03'00'"))
    return A(39, 'ru', 'landlord-bank-details-change-lookalike',
             date='2026-11-26 11:22:05', zone='RU',
             **{'from': ('Бухгалтерия БЦ Невский', 'buh@bc-nevskiy.ru')}, to=[S('ru_acc')],
             subject='Изменение банковских реквизитов ООО «БЦ Невский» с 01.12.2026',
             hcs=('windows-1251', 'B'),
             body=body, infra=infra.yandex, ikw=dict(webmail=False),
             what='Landlord bank-detail change "from BC Nevsky accounting" with new settlement account, BIK and '
                  'correspondent account at a Moscow bank, plus a scanned-style letter.',
             why='Look-alike domain bc-nevskiy.ru (real: bc-nevsky.ru) hosted on Yandex 360; real INN copied but the '
                 'account is at a different bank in another city; December rent and a "security deposit" requested '
                 'early; threat that old-account payments bounce. Genuine landlord invoice: business 37.')


@reg
def a40():
    link = 'https://diadoc-kontur.ru/Box/Documents/Inbox?doc=5f3e1c27-a8b4-4d11-9e02-7c6b1a9f04d2&sign=1'
    text = f"""Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «Северный лес», ИНН {RU['severles_inn']}
Документ: Акт сверки взаимных расчётов за период 01.01.2026 – 30.11.2026
Получатель: ООО «Экзампл Груп»

Контрагент запросил подпись до 04.12.2026. Если документ не будет подписан или отклонён в срок, он будет считаться принятым без разногласий.

Открыть документ:
{link}

Для входа используйте логин и пароль или сертификат электронной подписи.

Это автоматическое уведомление, отвечать на него не нужно.
© СКБ Контур"""
    html = html_tb(text, 'windows-1251')
    return A(40, 'ru', 'edi-document-notice-phish-unisender',
             date='2026-12-01 09:30:47', zone='RU',
             **{'from': ('Контур.Диадок', 'noreply@diadoc-kontur.ru')}, to=[S('ru_acc')],
             subject='Новый документ на подпись: Акт сверки от ООО «Северный лес»',
             hcs=('windows-1251', 'B'),
             body=alt(text, html, 'windows-1251', 'quoted-printable'),
             infra=infra.unisender,
             extra=[('List-Unsubscribe', '<https://cp.unisender.com/ru/v5/unsubscribe?hash=7c1b2e9a0d4f>')],
             what='Fake Kontur.Diadoc EDI notification ("reconciliation statement to sign" from a real customer) linking '
                  'to a look-alike login page.',
             why='Look-alike diadoc-kontur.ru sent via the Unisender marketing ESP (real notices come from Kontur\'s own '
                 'relays and diadoc.ru); "deemed accepted" pressure; harvests EDI login/e-signature access. Genuine '
                 'Diadoc notification: business 40.')
