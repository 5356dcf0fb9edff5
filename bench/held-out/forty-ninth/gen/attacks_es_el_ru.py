"""Attack messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
import base64

import checksums as C
import files
import infra
import qr
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, pdf_att, st
from people import BANK, IDS, RU

F = 'attack'


# ------------------------------------------------------------------ Spanish
def a27():
    link = 'https://sede.agenciatributaria.gob.es.dehu-notifica.com/Sede/notificaciones?ref=2026GRC46790041718T'
    text = """AGENCIA TRIBUTARIA - Sede Electrónica

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) correspondiente al siguiente procedimiento:

Titular: EXAMPLE PACKAGING IBERIA SL
NIF: %s
Procedimiento: Requerimiento de información - Modelo 303, 3T 2026
Referencia: 2026GRC46790041718T

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se continuará con el procedimiento.

Puede acceder a la notificación identificándose con certificado electrónico o Cl@ve:

[[Acceder a la notificación|%s]]

Agencia Estatal de Administración Tributaria
""" % (IDS['ex_es_cif'], link)
    body = ALT(T(plain(text, 'outlook'), 'iso-8859-1', 'quoted-printable'),
               H(html_simple(text).replace('charset=utf-8', 'charset=iso-8859-1'), 'iso-8859-1', 'quoted-printable'))
    return M(F, 27, 'es', 'aeat-dehu-notificacion-phish', U(10, 29, 8, 3, 41),
             (infra.cpanel_exim, dict(host='srv7.hostingvalencia-web.es', hostip='185.47.245.37', client_ip='193.142.146.88',
                                      domain='talleresmontaner.es', mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', uid='1207 1209')),
             ('Agencia Tributaria', 'notificaciones@talleresmontaner.es'), [st('lucia.fernandez')],
             'Notificación electrónica pendiente: Requerimiento de información IVA 3T 2026 - NIF ' + IDS['ex_es_cif'], body,
             'Tax-office phishing: fake AEAT/DEHú "pending electronic notification" about a VAT information request, link to a sub-domain trick host',
             'Sent from a compromised car-workshop\'s hosting (PHPMailer); the link host is dehu-notifica.com with "sede.agenciatributaria.gob.es" only as a prefix; '
             'pressure ("se entenderá rechazada"); the gestoría handles real notifications (business/27).', zone='CET')


def a28():
    text = """Estimado/a cliente:

Gracias por confiar en nosotros. Su suscripción anual a Norton 360 Premium (10 dispositivos) se ha renovado automáticamente y el importe de 389,99 € se cargará en su método de pago registrado en las próximas 24 horas.

Encontrará los detalles del pedido en la factura adjunta.

Si no reconoce esta compra o desea cancelar la renovación y solicitar el reembolso completo, llame a nuestro Departamento de Facturación al +1 (844) 555-0162 (atención en español, de lunes a domingo, 24 h).

Atentamente,
Equipo de Facturación
"""
    lines = ['## FACTURA', 'N.º de pedido: ES-8841-2207', 'Fecha: 04/12/2026', '--', '',
             'Cliente: Lucía Fernández', 'Correo: lucia.fernandez@example.com', '',
             '# Descripción                                              Cant.      Importe',
             'Norton 360 Premium - 10 dispositivos - renovación anual      1       322,31 €',
             'IVA (21 %)                                                            67,68 €',
             '# Total                                                              389,99 €', '',
             'Forma de pago: cargo automático', 'Estado: Procesando', '',
             '# ¿No ha autorizado esta compra?',
             'Para cancelar y recibir el reembolso completo llame al +1 (844) 555-0162 en un plazo de 24 horas.',
             'Las cancelaciones solo pueden tramitarse por teléfono.']
    att = pdf_att('Factura_ES-8841-2207.pdf', lines, 'Factura', 'Facturacion', 'Google Docs Renderer', 'Skia/PDF m131', U(12, 4, 9, 0))
    return M(F, 28, 'es', 'callback-norton-renovacion', U(12, 4, 9, 41, 7),
             (infra.gmail, dict(browser_zone='US-E')), ('Facturación Norton', 'facturacion.norton.es26@gmail.com'),
             [st('lucia.fernandez')], 'Confirmación de renovación - Pedido N.º ES-8841-2207', MIX(gmail_alt(text), att),
             'Callback phishing (TOAD): fake Norton 360 renewal of 389.99 EUR with PDF invoice and a "billing department" phone number',
             'Free Gmail account, no link at all (evades URL analysis), invoice for a product the company does not buy, pushes the victim to phone a number; '
             'the call ends in remote-access installation and refund/bank fraud.', zone='US-E')


def a29():
    em = base64.urlsafe_b64encode(b'javier.martinez@example.com').decode().rstrip('=')
    url = 'https://firma.docusign-firmas.com/s/es/?e=%s&env=7F2C9A41-5D3E-4B86-A0C1-92E8D4F6B713' % em
    png = qr.qr_png(url, 'M', 5)
    cid = 'dsqr.7F2C9A41@docusign-firmas.com'
    text = """Recursos Humanos - Example Group le ha enviado un documento para revisar y firmar.

Modificación de retribución variable 2027 - Javier Martínez Ruiz.pdf

Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR con la cámara de su teléfono para revisar y firmar.

El enlace caduca en 48 horas.

No comparta este correo electrónico
Este mensaje contiene un código de acceso seguro. Por favor, no lo reenvíe.

Acerca de Docusign
Firme documentos electrónicamente en solo minutos. Es seguro.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px 24px 0 24px;font-size:22px;color:#000"><b>docusign</b></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#1e1e1e;color:#fff" cellpadding="28"><tr><td align="center" style="font-size:16px">
Recursos Humanos - Example Group le ha enviado un documento para revisar y firmar.<br><br>
<img src="cid:%s" width="180" height="180" alt="Código QR" style="background:#fff;padding:8px"><br><br>
<span style="font-size:13px">Escanee el código QR con la cámara de su teléfono</span></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333">
<p><b>Modificación de retribución variable 2027 - Javier Martínez Ruiz.pdf</b></p>
<p>Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. El enlace caduca en 48 horas.</p></td></tr>
<tr><td style="padding:16px 24px;background:#f4f4f4;font-size:12px;color:#666"><b>No comparta este correo electrónico</b><br>
Este mensaje contiene un código de acceso seguro. Por favor, no lo reenvíe.<br><br><b>Acerca de Docusign</b><br>Firme documentos electrónicamente en solo minutos. Es seguro.</td></tr>
</table></body></html>
""" % cid
    body = ALT(T(text, 'utf-8', 'quoted-printable'),
               REL(H(html, 'utf-8', 'quoted-printable'), A('codigo.png', png, 'image/png', inline=True, cid=cid)))
    return M(F, 29, 'es', 'quishing-docusign-retribucion', U(11, 23, 7, 15, 52),
             (infra.brevo, {}), ('Recursos Humanos - Example Group via Docusign', 'dse@docusign-firmas.com'),
             [st('javier.martinez')], 'Javier Martínez: revise y firme «Modificación de retribución variable 2027»', body,
             'Quishing with a DocuSign look-alike: "HR" sends a variable-pay amendment to sign, only reachable through an inline QR code (PNG) pointing to a look-alike signing host',
             'Sent through Brevo from docusign-firmas.com (DocuSign mails from docusign.net); forcing the QR/mobile path to dodge URL scanning; '
             'salary topic as bait; no envelope ID/access code as in genuine DocuSign mail (business/29).', zone='CET')


def a30():
    action = 'https://presupuestos-csb.pages.dev/auth/validate'
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Excel Online - Solicitud_presupuesto_CSB-2611.xlsx</title>
<style>body{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1}.top{background:#217346;color:#fff;padding:10px 16px;font-size:15px}
.box{width:380px;margin:70px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%%;padding:7px;margin:6px 0 14px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:8px 30px;font-size:15px;float:right}</style></head>
<body><div class="top">Excel &nbsp;|&nbsp; Solicitud_presupuesto_CSB-2611.xlsx</div>
<div class="box"><div style="font-size:22px;margin-bottom:10px">Verifique su identidad</div>
<p style="font-size:13px">Este archivo está protegido. Inicie sesión con la cuenta de correo en la que lo recibió para ver el documento.</p>
<form method="post" action="%s"><input type="hidden" name="doc" value="CSB-2611">
<input name="login" value="javier.martinez@example.com"><input type="password" name="passwd" placeholder="Contraseña">
<button type="submit">Ver documento</button></form><div style="clear:both"></div></div></body></html>
""" % action
    text = """Buenos días,

Somos una cooperativa citrícola de Alzira y estamos ampliando nuestra cartera de proveedores de envases para la campaña 2026/27. Nos facilitaron su contacto en la feria Fruit Attraction.

Adjuntamos nuestra solicitud de presupuesto con las referencias, medidas y volúmenes estimados (cajas telescópicas 40x30 y 60x40, impresión a 2 colores, unas 450.000 unidades por campaña). Les agradeceríamos que nos enviaran su mejor oferta antes del viernes 11 de diciembre.

El documento está protegido; para abrirlo es necesario validar su correo corporativo.

Un saludo,

Vicent Llopis Martí
Departamento de Compras
Cooperativa Agrícola San Bernardo, Coop. V.
Alzira (Valencia)
"""
    body = MIX(gmail_alt(text), A('Solicitud_presupuesto_CSB-2611.html', page.encode('utf-8'), 'text/html', charset='utf-8'))
    return M(F, 30, 'es', 'rfq-cooperativa-html-adjunto', U(12, 2, 9, 7, 30),
             (infra.gmail, dict(browser_zone='CET')), ('Compras - Coop. San Bernardo', 'compras@coopsanbernardo.es'),
             [st('javier.martinez')], 'Solicitud de presupuesto - cajas de cartón ondulado campaña cítricos 2026/27', body,
             'Fake RFQ from a compromised cooperative\'s Google Workspace mailbox: HTML attachment imitating an Excel Online sign-in with the victim\'s address pre-filled',
             'Attractive sales lead (citrus cartons) as bait; the "quotation request" is an HTML file whose form posts the password to a Cloudflare Pages site - '
             'credential phishing (form only, no script). Real RFQs come as PDF/XLSX (compare business/28).', zone='CET')


def a31():
    iban = C.fmt_iban(BANK['mule_es'])
    text = """Estimada empresa:

En relación con las obligaciones de responsabilidad ampliada del productor establecidas en el Real Decreto 1055/2022, de 27 de diciembre, de envases y residuos de envases, le comunicamos que consta pendiente la tasa de mantenimiento de la inscripción de EXAMPLE PACKAGING IBERIA SL (NIF %s) en la Sección de Envases del Registro de Productores de Producto correspondiente al ejercicio 2027.

Importe: 486,50 €
Plazo de pago: 10 días hábiles desde la recepción de la presente comunicación.

El impago podrá dar lugar a la baja de la inscripción y a la incoación del procedimiento sancionador previsto en la Ley 7/2022, de residuos y suelos contaminados para una economía circular, con multas de hasta 100.000 euros para infracciones graves.

Encontrará los datos para el pago y el documento de requerimiento en el archivo adjunto.

Atentamente,

Subdirección General de Economía Circular
Registro de Productores de Producto - Sección Envases
""" % IDS['ex_es_cif']
    lines = ['## REQUERIMIENTO DE PAGO', 'Registro de Productores de Producto - Sección Envases', 'Expediente: RPP-ENV-2026-118734', '--', '',
             'Titular: EXAMPLE PACKAGING IBERIA SL', 'NIF: ' + IDS['ex_es_cif'], 'Ejercicio: 2027', '',
             '# Tasa de mantenimiento de la inscripción: 486,50 €', '',
             'Beneficiario: Gestión Integral de Registros Ambientales S.L.', 'IBAN: ' + iban, 'Concepto: RPP-ENV-2026-118734', '',
             'El pago deberá realizarse en un plazo de 10 días hábiles. Una vez efectuado, remita el justificante a la dirección de correo '
             'desde la que ha recibido esta comunicación.']
    att = pdf_att('Requerimiento_RPP-ENV-2026-118734.pdf', lines, 'Requerimiento', 'Registro', 'Microsoft Word', 'Microsoft: Print To PDF', U(12, 9, 8, 0))
    return M(F, 31, 'es', 'miteco-registro-tasa-falsa', U(12, 9, 9, 12, 33),
             (infra.outlook_smtp, dict(mx=('mail.miteco-registroproductores.es', 'vmi2847731.contaboserver.net', '164.68.121.77', 'tls13'),
                                       relay_line='from WIN-8J2KQ4RT0L1 (unknown [185.213.155.40])\n\tby mail.miteco-registroproductores.es (Postfix) with ESMTPSA id %(qid)s\n\tfor <%(rcpt)s>; %(date)s',
                                       domain='miteco-registroproductores.es', lang='es')),
             ('Registro de Productores de Producto', 'notificaciones@miteco-registroproductores.es'), [st('lucia.fernandez')],
             'Requerimiento de pago: tasa de mantenimiento Registro de Productores de Producto - Sección Envases',
             MIX(outlook_alt(text, 'windows-1252', lang='ES'), att),
             'Fake regulator fee: "MITECO producer register" demands a 486.50 EUR maintenance fee for the packaging section, payable to a private company\'s IBAN',
             'Look-alike domain on a Contabo VPS; the Spanish producer register (RD 1055/2022) charges no such fee by bank transfer to a private S.L.; '
             'sanction threat; proof of payment to be sent back by mail - trade-specific invoice fraud.', zone='CET', clang='es')


# ------------------------------------------------------------------ Greek
def a32():
    click = 'https://email.mg.mydata-aade.gr.com/c/eJxVjs1uwyAQhJ8m3KzlxxhyoIdEyWtEa1jHKAYswFX79nUOUVpptJrRfKOdHZRHkdaxTzQ5hqMlpUfpSMrRaeGEHYSxwgs7DPzqRCeiBOlzsz'
    text = """Αγαπητή/έ φορολογούμενε,

Κατά τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ηλεκτρονική πλατφόρμα myDATA για το Γ' τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που έχετε εκδώσει και των χαρακτηρισμών που έχουν διαβιβάσει οι αντισυμβαλλόμενοί σας.

Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.
Α.Φ.Μ.: %s
Πλήθος παραστατικών με απόκλιση: 14
Συνολική αξία: 38.412,60 €

Παρακαλούμε να προβείτε σε έλεγχο και διόρθωση των εγγραφών εντός 5 εργάσιμων ημερών. Σε διαφορετική περίπτωση θα επιβληθούν τα πρόστιμα του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022).

Για να δείτε τη λίστα των παραστατικών συνδεθείτε με τους κωδικούς σας TAXISnet:

[[Προβολή αποκλίσεων|%s]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ψηφιακού Μετασχηματισμού
""" % (IDS['ex_gr_afm'], click)
    html = html_simple(text, 'Roboto, Arial, sans-serif').replace(
        '<body ', '<body><div style="background:#003476;color:#fff;padding:12px 20px;font-size:18px"><b>ΑΑΔΕ</b> | myDATA</div><div ', 1)
    html = html.replace('</body>', '</div></body>')
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'base64'), H(html, 'utf-8', 'base64'))
    return M(F, 32, 'el', 'aade-mydata-apokliseis-phish', U(11, 10, 7, 5, 18),
             (infra.mailgun, dict(mgdomain='mg.mydata-aade.gr.com')), ('ΑΑΔΕ - myDATA', 'noreply@mydata-aade.gr.com'),
             [st('eleni.konstantinou')], 'Ειδοποίηση αποκλίσεων myDATA - Α.Φ.Μ. ' + IDS['ex_gr_afm'], body,
             'Tax/e-invoicing phishing: fake AADE myDATA "discrepancies" notice asking to sign in with TAXISnet credentials',
             'Mailgun from the look-alike mydata-aade.gr.com (AADE uses aade.gr / gsis.gr); uses the company\'s public AFM, 5-day penalty threat, '
             'tracked link to a TAXISnet credential page. The accountants\' genuine myDATA note is business/32.', zone='GR')


def a33():
    click = 'https://u39208114.ct.sendgrid.net/ls/click?upn=u001.cGlyYWV1c2JhbmstYnVzaW5lc3MuY29tL2t5Yw-3D-3D_k8Wq2'
    text = """Αγαπητέ πελάτη,

Στο πλαίσιο της ετήσιας επικαιροποίησης στοιχείων (KYC) για νομικά πρόσωπα, όπως προβλέπεται από τον ν. 4557/2018, παρακαλούμε να επιβεβαιώσετε τους εξουσιοδοτημένους χρήστες και τα όρια συναλλαγών του λογαριασμού σας στο winbank business έως τις 04/12/2026.

Μετά την παρέλευση της προθεσμίας οι εξερχόμενες πληρωμές και μεταφορές θα απενεργοποιηθούν προσωρινά, μέχρι την ολοκλήρωση της διαδικασίας.

[[Επικαιροποίηση στοιχείων|%s]]

Για τη σύνδεση θα χρειαστείτε το Όνομα Χρήστη (User ID), τον κωδικό πρόσβασης και τον κωδικό μίας χρήσης (OTP) που θα λάβετε με SMS.

Με εκτίμηση,
Τράπεζα Πειραιώς
""" % click
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f1f1f1;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffd400;padding:16px 26px;font-size:20px;font-weight:bold;color:#1a1a1a">ΠΕΙΡΑΙΩΣ <span style="font-weight:normal;font-size:13px">winbank business</span></td></tr>
<tr><td style="padding:24px 26px;font-size:14px;line-height:21px;color:#333">
<p>Αγαπητέ πελάτη,</p>
<p>Στο πλαίσιο της ετήσιας επικαιροποίησης στοιχείων (KYC) για νομικά πρόσωπα, όπως προβλέπεται από τον ν. 4557/2018, παρακαλούμε να επιβεβαιώσετε τους εξουσιοδοτημένους χρήστες και τα όρια συναλλαγών του λογαριασμού σας στο winbank business έως τις <b>04/12/2026</b>.</p>
<p>Μετά την παρέλευση της προθεσμίας οι εξερχόμενες πληρωμές και μεταφορές θα απενεργοποιηθούν προσωρινά, μέχρι την ολοκλήρωση της διαδικασίας.</p>
<p><a href="%s" style="background:#1a1a1a;color:#ffd400;padding:11px 24px;text-decoration:none;font-weight:bold">Επικαιροποίηση στοιχείων</a></p>
<p style="font-size:12px;color:#666">Για τη σύνδεση θα χρειαστείτε το Όνομα Χρήστη (User ID), τον κωδικό πρόσβασης και τον κωδικό μίας χρήσης (OTP) που θα λάβετε με SMS.</p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς</p></td></tr></table></body></html>
""" % click
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 33, 'el', 'piraeus-winbank-kyc-phish', U(11, 27, 6, 48, 9),
             (infra.sendgrid, dict(bounce_domain='em8812.piraeusbank-business.com', ptr='o2.ptr3391.piraeusbank-business.com')),
             ('Τράπεζα Πειραιώς', 'ebanking@piraeusbank-business.com'), [st('eleni.konstantinou')],
             'winbank business: απαιτείται επικαιροποίηση στοιχείων έως 04/12/2026', body,
             'Bank phishing: fake Piraeus Bank winbank business KYC update, harvesting user ID, password and SMS OTP',
             'SendGrid bulk mail from the look-alike piraeusbank-business.com (the bank uses piraeusbank.gr); blocking threat for outgoing payments; '
             'explicitly asks for the OTP - real-time credential/OTP relay.', zone='GR')


def a34():
    text = """Ελένη καλημέρα,

Είμαι σε σύσκεψη με τους δικηγόρους για ένα θέμα της εταιρείας και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζομαι τη βοήθειά σου σήμερα για μια πληρωμή που πρέπει να γίνει διακριτικά, πριν ανακοινωθεί το θέμα στο προσωπικό.

Στείλε μου σε παρακαλώ το κινητό σου για να σε προσθέσω σε μια ομάδα στο WhatsApp με τον δικηγόρο, ώστε να σου εξηγήσει τη διαδικασία. Μέχρι τότε μην το συζητήσεις με κανέναν, ούτε με τη Γερμανία.

Ευχαριστώ,
Γιώργος

Στάλθηκε από το iPhone μου
"""
    return M(F, 34, 'el', 'ceo-fraud-whatsapp-gmail', U(12, 3, 7, 22, 40),
             (infra.gmail, dict(browser_zone='GR')), ('Γιώργος Παπαδόπουλος', 'g.papadopoulos.exgroup@gmail.com'),
             [st('eleni.konstantinou')], 'Επείγον', gmail_alt(text),
             'BEC opener (channel switch): "Giorgos Papadopoulos", the Greek office manager, on Gmail asks the accountant for her mobile number to move a confidential payment to WhatsApp',
             'Free Gmail address impersonating the manager (real: giorgos.papadopoulos@example.com), secrecy "not even with Germany", lawyer, payment today, '
             'moves the conversation off e-mail to WhatsApp to escape controls. Compare business/34 (the manager\'s genuine urgent internal request).', zone='GR')


def a35():
    iban = C.fmt_iban(BANK['mule_gr'])
    text = """Καλησπέρα κυρία Κωνσταντίνου,

σας γράφω από αυτό το mail γιατί το otenet μου έχει πρόβλημα από χθες και δεν μπορώ να στείλω.

Ο λογαριασμός μου στην Εθνική είναι δεσμευμένος λόγω ενός ελέγχου από την εφορία και μέχρι να λυθεί δεν μπορώ να κάνω κινήσεις. Σας παρακαλώ τα τιμολόγια 1187 και 1192 (σύνολο 4.836,00 €) να τα πληρώσετε στον λογαριασμό της γυναίκας μου στη Eurobank:

Δικαιούχος: ΔΗΜΗΤΡΙΟΥ ΑΙΚΑΤΕΡΙΝΗ
IBAN: %s

Αν γίνεται σήμερα ή αύριο, γιατί έχω να πληρώσω πετρέλαια και ΚΤΕΟ για το φορτηγό. Στείλτε μου το αποδεικτικό εδώ.

Ευχαριστώ πολύ
Κώστας Δημητρίου
Μεταφορές - Σίνδος
""" % iban
    return M(F, 35, 'el', 'carrier-iban-change-gmail', U(12, 8, 15, 37, 26),
             (infra.gmail, dict(browser_zone='GR')), ('Κώστας Δημητρίου', 'kdimitriou.metafores@gmail.com'),
             [st('eleni.konstantinou')], 'Αλλαγή λογαριασμού για τα τιμολόγια', gmail_alt(text),
             'Carrier bank-detail change: "Kostas Dimitriou" (owner-driver carrier) asks to pay two invoices into a third person\'s Eurobank account',
             'New Gmail address instead of his usual kdimitriou@otenet.gr ("otenet is broken"), beneficiary is a different person, frozen-account story, '
             'urgency and "send me the receipt here" - supplier impersonation BEC. His genuine invoice (business/35) names his own NBG account.', zone='GR')


def a36():
    link = 'https://docs.google.com/drawings/d/1qX7vKp2mR9tYb4LcN0wE3sZaF6hJ8uGdT5iO1yVkB2M/edit?usp=sharing_eil_se_dm&ts=6937a1f4'
    note = 'Καλησπέρα σας, σας στέλνουμε το αποδεικτικό της τραπεζικής μεταφοράς για την εξόφληση του τιμολογίου σας. Παρακαλούμε ελέγξτε και επιβεβαιώστε την παραλαβή.'
    text = """Ο χρήστης Τμήμα Πληρωμών (payments.dept.gr@gmail.com) κοινοποίησε το παρακάτω σχέδιο:

%s

Αποδεικτικό πληρωμής 27.11.2026.pdf
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Λαμβάνετε αυτό το μήνυμα επειδή ο χρήστης payments.dept.gr@gmail.com κοινοποίησε ένα σχέδιο μαζί σας από το Google Drive.
""" % (note, link)
    html = """<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:600px;margin:0 auto">
<table width="100%%" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:24px">
<div style="font-size:22px;color:#202124">Ο χρήστης Τμήμα Πληρωμών κοινοποίησε ένα σχέδιο</div>
<div style="font-size:14px;color:#5f6368;margin:12px 0">Τμήμα Πληρωμών (<a href="mailto:payments.dept.gr@gmail.com">payments.dept.gr@gmail.com</a>) σας κάλεσε να <b>επεξεργαστείτε</b> το παρακάτω σχέδιο:</div>
<div style="background:#f1f3f4;border-radius:8px;padding:12px 16px;font-size:14px;color:#202124">%s</div>
<div style="margin:16px 0;font-size:14px"><a href="%s" style="color:#1a73e8;text-decoration:none">&#128444; Αποδεικτικό πληρωμής 27.11.2026.pdf</a></div>
<a href="%s" style="background:#1a73e8;color:#fff;border-radius:4px;padding:10px 24px;text-decoration:none;font-size:14px">Άνοιγμα</a>
</td></tr></table>
<div style="font-size:12px;color:#5f6368;padding:16px 24px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
Λαμβάνετε αυτό το μήνυμα επειδή ο χρήστης payments.dept.gr@gmail.com κοινοποίησε ένα σχέδιο μαζί σας από το Google Drive.</div></div></body></html>
""" % (note, link, link)
    body = ALT(T(text, 'UTF-8', 'quoted-printable'), H(html, 'UTF-8', 'quoted-printable'))
    return M(F, 36, 'el', 'google-drawings-share-abuse', U(11, 27, 13, 9, 55),
             (infra.google_service, dict(rp_domain='doclist.bounces.google.com',
                                         extra=[('X-Notifications', 'GAMMA:<%s@google.com>' % 'f27a1c0e8bd4a37a'),
                                                ('X-Notifications-Bounce-Info', 'AZp7q1c3Wk9xL0VvHn2sYbT8fR4mE6dG')])),
             ('Τμήμα Πληρωμών (μέσω Google Drive)', 'drive-shares-dm-noreply@google.com'), [st('eleni.konstantinou')],
             'Στοιχείο κοινοποιήθηκε μαζί σας: "Αποδεικτικό πληρωμής 27.11.2026.pdf"', body,
             'Abuse of a genuine Google Drive sharing notification: an anonymous Gmail user shares a Google Drawing named like a payment-proof PDF',
             'Comes from Google\'s real servers (authenticates as google.com), so only the content shows it: unknown "payments department" Gmail account, '
             'a "PDF" that is really a Drawings file (used as a click-through to a phishing page), vague "your invoice". Compare business/36 (real customer sharing a spec).',
             reply_to=('Τμήμα Πληρωμών', 'payments.dept.gr@gmail.com'), zone='UTC')


# ------------------------------------------------------------------ Russian
def a37():
    text = """Уважаемый налогоплательщик!

Межрайонная инспекция Федеральной налоговой службы № 20 по Санкт-Петербургу в соответствии со статьями 31, 88 и 93.1 Налогового кодекса Российской Федерации направляет в адрес ООО «Экзампл Пэкеджинг» (ИНН %s) требование о представлении пояснений № 12-09/3871 от 11.11.2026 в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ.

Требование и перечень расхождений направлены во вложении. В целях защиты персональных данных архив защищён паролем: 3871

С уважением,
Межрайонная ИФНС России № 20 по Санкт-Петербургу
""" % RU['ex_ru_inn']
    ph = b'[inert placeholder - original PE executable removed]\r\n'
    z = files.zip_crypto([('Требование № 12-09-3871 от 11.11.2026.pdf                                   .exe', ph)],
                         '3871', (2026, 11, 11, 12, 4, 10), 'a37')
    body = MIX(T(text, 'windows-1251', 'base64'), A('Требование_12-09_3871.zip', z, 'application/zip'))
    return M(F, 37, 'ru', 'fns-trebovanie-zip-exe', U(11, 11, 9, 17, 28),
             (infra.postfix_webmail, dict(mx=('smtp-out4.beget.com', 'smtp-out4.beget.com', '5.101.156.47', 'tls13'),
                                          host='smtp-out4.beget.com', domain='stroymontazh-spb.ru', ua='Roundcube Webmail/1.6.6',
                                          client='146.70.121.33')),
             ('ФНС России', 'buh@stroymontazh-spb.ru'), [st('natalya.kuznetsova')],
             'Требование о представлении пояснений № 12-09/3871 от 11.11.2026', body,
             'Tax-office malware lure: fake FNS "requirement to provide explanations" on VAT, password-protected ZIP with a padded double-extension .pdf .exe',
             'Sent from a compromised construction firm\'s Beget mailbox via webmail from a VPN; FNS sends requirements via the TKS operator (Kontur.Extern/SBIS), '
             'never by e-mail; password-protected archive and whitespace-padded ".pdf      .exe" - classic RU malware campaign. Compare business/37.',
             zone='RU', fn_cs='utf-8')


def a38():
    link = 'https://sberbusiness-online.ru/auth/login?req=115-3871'
    text = """Уважаемый клиент!

В соответствии с требованиями Федерального закона № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма» банк проводит проверку сведений о клиентах - юридических лицах.

По расчётному счёту %s ООО «ЭКЗАМПЛ ПЭКЕДЖИНГ» выявлены операции, требующие документального подтверждения. До предоставления документов расходные операции по счёту будут ограничены с 18:00 (МСК) 03.12.2026.

Чтобы избежать ограничения, загрузите запрошенные документы (договоры, товарные накладные, УПД) через защищённый раздел СберБизнес:

[[Перейти в СберБизнес|%s]]

С уважением,
ПАО Сбербанк
Служба финансового мониторинга
""" % (RU['ex_ru_acc'], link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f22;background:#f2f4f7">
<div style="max-width:600px;margin:0 auto;background:#fff">
<div style="background:#21a038;color:#fff;padding:16px 24px;font-size:20px"><b>СберБизнес</b></div>
<div style="padding:22px 24px">
<p>Уважаемый клиент!</p>
<p>В соответствии с требованиями Федерального закона № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма» банк проводит проверку сведений о клиентах - юридических лицах.</p>
<p>По расчётному счёту <b>%s</b> ООО «ЭКЗАМПЛ ПЭКЕДЖИНГ» выявлены операции, требующие документального подтверждения. До предоставления документов расходные операции по счёту будут ограничены с <b>18:00 (МСК) 03.12.2026</b>.</p>
<p>Чтобы избежать ограничения, загрузите запрошенные документы (договоры, товарные накладные, УПД) через защищённый раздел СберБизнес:</p>
<p><a href="%s" style="background:#21a038;color:#fff;padding:11px 26px;text-decoration:none;border-radius:6px">Перейти в СберБизнес</a></p>
<p>С уважением,<br>ПАО Сбербанк<br>Служба финансового мониторинга</p></div></div></body></html>
""" % (RU['ex_ru_acc'], link)
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html, 'utf-8', 'quoted-printable'))
    return M(F, 38, 'ru', 'sberbusiness-115fz-phish', U(12, 2, 11, 40, 3),
             (infra.postfix_webmail, dict(mx=('mail.sberbusiness-online.ru', 'vm1432871.firstbyte.club', '45.141.76.118', 'tls13'),
                                          host='mail.sberbusiness-online.ru', domain='sberbusiness-online.ru', ua=None, client='127.0.0.1')),
             ('СберБизнес', 'uved@sberbusiness-online.ru'), [st('natalya.kuznetsova')],
             'Ограничение операций по счёту: требуется подтверждение сведений (115-ФЗ)', body,
             'Bank phishing: fake SberBusiness 115-FZ (AML) account-restriction notice with the company\'s real account number, link to a look-alike login',
             'Look-alike sberbusiness-online.ru on a cheap VPS; Sber communicates 115-FZ requests inside the SberBusiness system, not via external links; '
             'deadline the same evening; credential and SMS-code harvesting.', zone='RU')


def a39():
    btc = C.btc_p2pkh_from_seed('audit49-a39-leak')
    session = '05' + '3f9a41c2d7e8b6a0f5c4d3e2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e'[:64]
    text = """Руководству ООО "Экзампл Пэкеджинг".

Мы получили доступ к вашей сети и в течение трёх недель выгрузили около 38 ГБ данных: базы 1С:Бухгалтерия и 1С:ЗУП, договоры с контрагентами, банковские выписки, паспортные данные и СНИЛС сотрудников, переписку руководства.

Фрагмент списка файлов для подтверждения:
\\\\fs01\\buh\\1C_Base\\2026\\1Cv8.1CD
\\\\fs01\\hr\\Сотрудники\\Паспорта\\
\\\\fs01\\sales\\Договоры\\Невский МК\\Договор поставки 2026.pdf

Если в течение 72 часов вы не переведёте 0,35 BTC на адрес

%s

мы опубликуем данные на нашем сайте и отправим уведомление в Роскомнадзор. Напоминаем, что за утечку персональных данных теперь предусмотрены оборотные штрафы - это обойдётся вам значительно дороже.

Для связи и получения тестовой расшифровки используйте Session: %s

Не обращайтесь в полицию и к специалистам по восстановлению данных - это только увеличит ваши расходы.
""" % (btc, session)
    return M(F, 39, 'ru', 'vymogatelstvo-utechka-btc', U(12, 3, 1, 15, 22),
             (infra.postfix_webmail, dict(mx=('mx.stroy-komplekt78.ru', 'mail.stroy-komplekt78.ru', '91.201.53.18', 'tls12'),
                                          host='mx.stroy-komplekt78.ru', domain='stroy-komplekt78.ru', ua=None, client='185.241.208.204')),
             ('Support', 'info@stroy-komplekt78.ru'), [st('andrey.sokolov')],
             'Ваши данные у нас', T(text, 'koi8-r', '8bit'),
             'Data-leak extortion: claims 38 GB stolen (1C databases, passports), demands 0.35 BTC to a base58check (P2PKH) address within 72 h, Session contact',
             'Sent through a compromised small-business mail server with The Bat! headers; unverifiable claim, crypto ransom, threat to report to Roskomnadzor '
             '(turnover-based fines) - extortion/scare mail; no evidence attached.',
             cc=[st('natalya.kuznetsova')], extra=[('X-Mailer', 'The Bat! (v10.5.3) Professional'), ('X-Priority', '1 (Highest)')],
             msgid='<1947283615.20261203041522@stroy-komplekt78.ru>', zone='RU', hcs='koi8-r', henc='B')


def a40():
    link = 'https://kontur-diadoc.ru/Documents/Inbox?boxId=5b1f0c2a7e9d4f36a8c1d2e3f4a5b6c7&letterId=91e3d0a4'
    text = """Здравствуйте!

В Диадок пришёл документ, требующий вашей подписи.

Отправитель: ООО «Невский молочный комбинат», ИНН %s
Получатель: ООО «Экзампл Пэкеджинг»
Документ: Акт сверки взаимных расчётов за период 01.01.2026 - 30.11.2026
Срок подписания: 3 рабочих дня

[[Перейти к документу|%s]]

Для входа используйте логин и пароль от Контура или сертификат электронной подписи.

Это письмо отправлено автоматически. Контур.Диадок
""" % (RU['nevmol_inn'], link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:0 auto;border:1px solid #e3e3e3">
<div style="padding:14px 22px;font-size:20px;color:#e8402a"><b>Контур.Диадок</b></div>
<div style="padding:0 22px 22px 22px">
<p>Здравствуйте!</p><p>В Диадок пришёл документ, требующий вашей подписи.</p>
<table cellpadding="4" style="font-size:14px"><tr><td style="color:#777">Отправитель</td><td>ООО «Невский молочный комбинат», ИНН %s</td></tr>
<tr><td style="color:#777">Получатель</td><td>ООО «Экзампл Пэкеджинг»</td></tr>
<tr><td style="color:#777">Документ</td><td>Акт сверки взаимных расчётов за период 01.01.2026 - 30.11.2026</td></tr>
<tr><td style="color:#777">Срок подписания</td><td>3 рабочих дня</td></tr></table>
<p><a href="%s" style="background:#3d8fd6;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Перейти к документу</a></p>
<p style="font-size:12px;color:#888">Для входа используйте логин и пароль от Контура или сертификат электронной подписи.<br>Это письмо отправлено автоматически. Контур.Диадок</p>
</div></div></body></html>
""" % (RU['nevmol_inn'], link)
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'base64'), H(html, 'utf-8', 'base64'))
    return M(F, 40, 'ru', 'diadok-akt-sverki-phish', U(12, 7, 7, 51, 14),
             (infra.postfix_webmail, dict(mx=('mail.kontur-diadoc.ru', 'vds-2381047.hosted-by-itldc.com', '185.197.75.91', 'tls13'),
                                          host='mail.kontur-diadoc.ru', domain='kontur-diadoc.ru', ua=None, client='127.0.0.1')),
             ('Контур.Диадок', 'noreply@kontur-diadoc.ru'), [st('natalya.kuznetsova')],
             'Вам пришёл документ от ООО «Невский молочный комбинат»: Акт сверки', body,
             'E-document (EDI) phishing: fake Kontur.Diadok notice of a reconciliation act from a real customer, link to a look-alike login',
             'Look-alike kontur-diadoc.ru (real: diadoc.kontur.ru) on a VDS; names a genuine customer and INN to look expected; '
             'asks for Kontur login/password or e-signature certificate. Compare the genuine Diadok notice in business/40.', zone='RU')


MESSAGES = [a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40]
