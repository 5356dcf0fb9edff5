"""Spanish attack messages (5)."""
import base64

import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, related, attachment, inline_image
from people import S, TAXID


def m27():
    url = 'https://sede-agenciatributaria.documentos-notifica.com/descarga/?ref=2026GRC41770183D'
    text = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Tributaria relativa al procedimiento de comprobación limitada (IVA, modelo 303, 3T 2026) de la entidad EXAMPLE GROUP IBERIA SL (NIF %s).

Dispone de un plazo de 10 días hábiles para atender el requerimiento. Transcurrido dicho plazo sin que se haya accedido a su contenido, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).

Descargue el documento: [Notificación AEAT 2026GRC41770183D](%s)

Agencia Tributaria
Departamento de Gestión Tributaria""" % (TAXID['example_es'], url)
    body = C.simple_alt(text, 'iso-8859-1', 'quoted-printable')
    return Msg('aeat-notificacion-descarga-zip', ('Agencia Tributaria', 'notificaciones@asesoriamartinezsevilla.es'), [S('es_acc')],
               'Notificación AEAT: requerimiento de información - Ref. 2026GRC41770183D', (2026, 11, 9, 12, 17, 28), body, I.cpanel_exim,
               infra_kw=dict(server='cp-web14.hostinet-cloud.es', ip='217.76.142.88', rdns='cp-web14.hostinet-cloud.es',
                             site='asesoriamartinezsevilla.es', mode='smtp', client_ip='196.251.84.22', mailer='Roundcube Webmail/1.6.6'),
               hcs='iso-8859-1',
               what='Fake AEAT tax notification with a link to "download" the requirement (malware ZIP on a look-alike host).',
               why='Sent through the compromised Roundcube mailbox of an unrelated Seville tax advisor (login from an African hosting IP) with an AEAT display '
                   'name; real AEAT notifications are only accessible in the DEHú/Sede with certificate, never as downloads; look-alike domain documentos-notifica.com.')


def m28():
    url = 'https://sede-dgt.multas-pago.com/pago/?exp=280044175624&mat=4821LMK'
    att = """<!DOCTYPE html>
<html lang="es"><head><meta charset="windows-1252">
<meta http-equiv="refresh" content="0; url={URL}">
<title>DGT - Notificación de denuncia</title></head>
<body style="font-family:Arial;text-align:center;padding-top:80px">
<p>Cargando su notificación de la Dirección General de Tráfico...</p>
<p>Si no se abre automáticamente, pulse <a href="{URL}">aquí</a>.</p>
</body></html>
""".replace('{URL}', url)
    text = """Le informamos de que el vehículo con matrícula 4821 LMK, cuyo titular es EXAMPLE GROUP IBERIA SL, ha sido denunciado por exceder la velocidad máxima permitida (radar fijo A-2, km 24,3, sentido Zaragoza) el 3 de noviembre de 2026 a las 08:51 h.

Importe de la sanción: 200 € (100 € con reducción del 50 % por pronto pago dentro de los 20 días naturales siguientes a la notificación).

Si el vehículo estaba arrendado en esa fecha, debe identificar al conductor en el mismo plazo.

Abra el documento adjunto para consultar la notificación completa, identificar al conductor o realizar el pago.

Dirección General de Tráfico
Ministerio del Interior"""
    body = mixed(C.simple_alt(text, 'windows-1252', 'quoted-printable'),
                 attachment('text/html', 'Notificacion_DGT_4821LMK.html', att.encode('windows-1252'), charset='windows-1252'))
    return Msg('dgt-multa-html-redirect', ('DGT - Dirección General de Tráfico', 'notificaciones@dgt-multas-notifica.com'), [S('es_mgr')],
               'Notificación de denuncia - vehículo 4821 LMK - Expediente 280044175624', (2026, 11, 13, 10, 44, 9), body, I.ses,
               infra_kw=dict(mailfrom='mail.dgt-multas-notifica.com'), hcs='windows-1252',
               what='Fake DGT traffic-fine notice for a rental car with an HTML attachment.',
               why='Amazon SES from look-alike dgt-multas-notifica.com; the HTML attachment immediately redirects (meta refresh) to a card-payment '
                   'phishing page on multas-pago.com; DGT notifies through DEV/DEHú, never with HTML attachments.')


def m29():
    url = 'https://www.bbvanetcash.com.verificacion-apoderados.com/es/acceso?empresa=EGIBERIA'
    paras = ['Estimado cliente:',
             'En cumplimiento de la normativa PSD2 y de la Ley 10/2010 de prevención del blanqueo de capitales, los apoderados con firma en '
             '**BBVA Net cash** deben confirmar su identidad antes del **30/11/2026**.',
             'Si no completa la verificación, las órdenes de transferencia pendientes de firma quedarán retenidas y el acceso de los usuarios '
             'afectados se bloqueará.',
             'El proceso dura menos de 3 minutos. Tenga a mano su código de empresa, usuario, contraseña y el dispositivo de firma.',
             'Atentamente, BBVA Net cash – Atención a Empresas']
    footer = 'Banco Bilbao Vizcaya Argentaria, S.A. – Plaza de San Nicolás 4, 48005 Bilbao.'
    body = C.brand_alt('Verificación obligatoria de apoderados', 'BBVA', '#004481', paras, button=('Verificar ahora', url),
                       footer=footer, charset='utf-8', cte='quoted-printable', lang='es')
    return Msg('bbva-netcash-verificacion', ('BBVA Net cash', 'comunicaciones@bbva-netcash-empresas.com'), [S('es_acc')],
               'BBVA Net cash: verificación obligatoria de apoderados antes del 30/11/2026', (2026, 11, 20, 8, 5, 51), body, I.brevo,
               what='Corporate e-banking credential phishing impersonating BBVA Net cash (signatory "verification").',
               why='Brevo from look-alike bbva-netcash-empresas.com; link to www.bbvanetcash.com.verificacion-apoderados.com (subdomain trick); asks for '
                   'company code, user, password and signing device (OTP); blocking threat; banks never request this by e-mail link.')


def m30():
    text = """Buenos días:

Adjuntamos la factura n.º 2026-1184 correspondiente a los trabajos realizados en sus instalaciones, que a fecha de hoy figura pendiente de pago.

Rogamos revisen el documento y procedan a su abono a la mayor brevedad posible.

Un saludo,

Administración
Electricidad López S.L.
Tel. 961 04 27 18"""
    z = C.zip_placeholder(['Factura_2026-1184.pdf.vbs'], (2026, 12, 1, 9, 2, 44))
    body = mixed(plain(text, 'iso-8859-15', 'base64'), attachment('application/x-zip-compressed', 'Factura_2026-1184.zip', z))
    return Msg('factura-zip-vbs', ('Administración Electricidad López', 'administracion@electricidadlopez.es'), [S('es_acc')],
               'Factura 2026-1184 pendiente de pago', (2026, 12, 1, 9, 4, 2), body, I.cpanel_exim,
               infra_kw=dict(server='vps-4471.dinaserver.net', ip='82.98.134.71', rdns='vps-4471.dinaserver.net', site='electricidadlopez.es',
                             mode='smtp', client_ip='45.155.205.17', mailer='Microsoft Outlook 16.0'),
               hcs='iso-8859-15',
               what='Invoice malspam from an unknown electrician with a ZIP containing Factura_2026-1184.pdf.vbs.',
               why='No business relationship; compromised mailbox used from a hosting IP; double extension .pdf.vbs (VBScript) inside a ZIP; generic '
                   '"pending invoice" pressure.')


def m31():
    target = base64.b64encode(b'javier.munoz@example.com').decode()
    qr_url = 'https://rrhh-examplegroup.portal-empleado-nominas.com/adenda?e=' + target
    text = ('Hola, Javier:\n\n'
            'Con motivo de la revisión salarial 2027 y la actualización del convenio, tiene pendiente de firma la adenda a su contrato con las '
            'nuevas condiciones retributivas.\n\n'
            'Por motivos de seguridad, el documento solo puede abrirse desde su teléfono móvil: escanee el código QR con la cámara y acceda con sus '
            'credenciales corporativas de Microsoft 365.\n\n'
            'Fecha límite de firma: 18/12/2026.\n\n'
            'Recursos Humanos – Portal del Empleado')
    htmltext = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
                + ''.join('<p>%s</p>' % C.esc(p) for p in text.split('\n\n')[:3])
                + '<p><img src="cid:qr-adenda-2027" width="200" height="200" alt="Código QR"></p>'
                + ''.join('<p>%s</p>' % C.esc(p) for p in text.split('\n\n')[3:]) + '</body></html>')
    png = C.qr_png(qr_url, scale=6)
    body = related(alt(plain(text, 'utf-8', 'base64'), html(htmltext, 'utf-8', 'base64')),
                   inline_image(png, 'qr-adenda-2027', 'adenda.png'))
    m = Msg('quishing-nomina-adenda-qr', ('Recursos Humanos - Portal del Empleado', 'rrhh@portal-empleado-nominas.com'), [S('es_mgr')],
            'Revisión salarial 2027: firme su adenda antes del 18/12', (2026, 12, 7, 9, 12, 30), body, I.sendgrid,
            infra_kw=dict(bounce_domain='em7712.portal-empleado-nominas.com'),
            what='Quishing with an HR lure: sign the 2027 salary addendum by scanning an inline QR code.',
            why='SendGrid from look-alike portal-empleado-nominas.com; link only inside a PNG QR code (evades URL filters) to a page asking for Microsoft 365 '
                'credentials, with the victim\'s address base64-encoded; moves the victim to a personal phone; HR does not use this portal.')
    m.qr_texts = [qr_url]
    return m


def messages():
    return [m27(), m28(), m29(), m30(), m31()]
