"""attack/27-31 (Spanish)."""
from lib import bodies, docs, ids, mime, shapes, systems, templates, util
from lib.company import GRUAS, MONC, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '27-es-aeat-notificacion-requerimiento')
def a27(m):
    m.what = 'Fake "Agencia Tributaria" electronic notification (requerimiento de información, Impuesto sobre Sociedades 2025) with a link to "download the notification" as ZIP'
    m.why = 'Malware download lure (Latin-American banking-trojan style) via Mailgun from aeat-notificaciones.es; the real AEAT/DEHú never sends documents or download links by e-mail, only "you have a notification, log in to the sede"'
    m.topic = 'tax-authority'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 10, 14, 9, 22, 47)
    link = 'https://sede-agenciatributaria.notificaciones-aeat.es/descarga/?ref=2026GRC41873291T&nif=%s' % 'B50839216'
    m.url(link, 'malware download (ZIP)')
    text = """AGENCIA TRIBUTARIA - Sede Electrónica

Notificación electrónica pendiente

Estimado contribuyente:

Le comunicamos que se ha puesto a su disposición una notificación electrónica relativa al siguiente procedimiento:

Titular: EXAMPLE GROUP IBERIA S.L. - NIF B50839216
Procedimiento: Requerimiento de información - Impuesto sobre Sociedades, ejercicio 2025
Referencia: 2026GRC41873291T
Órgano emisor: Delegación Especial de Aragón - Dependencia Regional de Gestión Tributaria

Dispone de un plazo de 10 días naturales para acceder al contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará con el procedimiento.

Descargue el documento (PDF comprimido) desde el siguiente enlace:
%s

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
Agencia Estatal de Administración Tributaria""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;margin:0">
<div style="max-width:640px;margin:0 auto;border:1px solid #ccc">
<div style="background:#6d1a36;color:#fff;padding:14px 18px"><b style="font-size:17px">Agencia Tributaria</b><br><span style="font-size:12px">Sede Electrónica</span></div>
<div style="padding:18px;line-height:20px">
<p style="font-size:15px;color:#6d1a36"><b>Notificación electrónica pendiente</b></p>
<p>Estimado contribuyente:</p>
<p>Le comunicamos que se ha puesto a su disposición una notificación electrónica relativa al siguiente procedimiento:</p>
<table cellpadding="4" style="font-size:12px;background:#f6f1f3;width:100%%">
<tr><td width="130"><b>Titular</b></td><td>EXAMPLE GROUP IBERIA S.L. - NIF B50839216</td></tr>
<tr><td><b>Procedimiento</b></td><td>Requerimiento de información - Impuesto sobre Sociedades, ejercicio 2025</td></tr>
<tr><td><b>Referencia</b></td><td>2026GRC41873291T</td></tr>
<tr><td><b>Órgano emisor</b></td><td>Delegación Especial de Aragón - Dependencia Regional de Gestión Tributaria</td></tr></table>
<p>Dispone de un plazo de <b>10 días naturales</b> para acceder al contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará con el procedimiento.</p>
<p><a href="%s" style="background:#6d1a36;color:#fff;padding:9px 20px;text-decoration:none;display:inline-block">Descargar notificación (PDF)</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.<br>Agencia Estatal de Administración Tributaria</p>
</div></div></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], m.hex(32))
    m.set_body(root)
    frm = 'notificaciones@aeat-notificaciones.es'
    F = dict(from_=addr('Agencia Tributaria', frm), from_addr=frm, to=rcpt, date=t,
             subject=ew('Notificación electrónica pendiente - Ref. 2026GRC41873291T', 'utf-8', 'Q'))
    h, mid = shapes.mailgun(m, t, rcpt, F, 'mg.aeat-notificaciones.es', 'aeat-notificaciones.es')
    m.assemble(h)


@reg('attack', '28-es-bbva-netcash-dispositivo-firma')
def a28(m):
    m.what = 'Fake "BBVA Net Cash" notice: the signing device/app must be re-activated before 12/11/2026 or transfers will be blocked; link to "activar"'
    m.why = 'Corporate-banking credential phishing via Brevo from bbva-netcash-empresas.com (not bbva.es/bbva.com), deadline pressure, asks for the signing credentials'
    m.topic = 'bank-notice'
    rcpt = P['lucia'][1]
    t = local_to_utc('CET', 2026, 11, 5, 12, 40, 16)
    link = 'https://netcash.bbva-netcash-empresas.com/activacion/?ref=%s' % m.hex(20)
    m.url(link, 'phishing (fake Net Cash)')
    m.phone('+34 91 030 48 52', 'fake support line')
    text = """BBVA Net Cash

Estimado cliente:

Con motivo de la entrada en vigor de la nueva normativa europea de pagos instantáneos y verificación del beneficiario, todos los usuarios firmantes de BBVA Net Cash deben reactivar su dispositivo de firma antes del 12/11/2026.

A partir de esa fecha, las órdenes de transferencia firmadas con dispositivos no actualizados quedarán retenidas.

Empresa: EXAMPLE GROUP IBERIA S.L.
Usuario: firmante principal

El proceso dura menos de 3 minutos:
%s

Si tiene cualquier duda, puede contactar con el Servicio de Atención Net Cash en el +34 91 030 48 52, de lunes a viernes de 8:00 a 19:00.

Atentamente,
BBVA Net Cash - Banca de Empresas"""
    text = text % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#121212">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#072146;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">BBVA <span style="font-weight:normal;font-size:15px">Net Cash</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Estimado cliente:</p>
<p>Con motivo de la entrada en vigor de la nueva normativa europea de pagos instantáneos y verificación del beneficiario, todos los usuarios firmantes de BBVA Net Cash deben <b>reactivar su dispositivo de firma antes del 12/11/2026</b>.</p>
<p>A partir de esa fecha, las órdenes de transferencia firmadas con dispositivos no actualizados quedarán retenidas.</p>
<p>Empresa: <b>EXAMPLE GROUP IBERIA S.L.</b><br>Usuario: firmante principal</p>
<p><a href="%s" style="background:#1973b8;color:#fff;padding:12px 26px;text-decoration:none;display:inline-block">Reactivar dispositivo</a></p>
<p>Si tiene cualquier duda, puede contactar con el Servicio de Atención Net Cash en el +34 91 030 48 52, de lunes a viernes de 8:00 a 19:00.</p>
<p>Atentamente,<br>BBVA Net Cash - Banca de Empresas</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#666;background:#f4f4f4">Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao</td></tr>
</table></td></tr></table></body></html>
""" % util.html_escape(link)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')], m.hex(32))
    m.set_body(root)
    frm = 'avisos@bbva-netcash-empresas.com'
    F = dict(from_=addr('BBVA Net Cash', frm), from_addr=frm, to=rcpt, date=t,
             subject=ew('Acción necesaria: reactive su dispositivo de firma antes del 12/11/2026', 'utf-8', 'Q'))
    h, mid = shapes.brevo(m, t, rcpt, F, 'bbva-netcash-empresas.com')
    m.assemble(h)


@reg('attack', '29-es-google-forms-homologacion-proveedores')
def a29(m):
    m.what = 'Real Google Forms invitation titled "Eólica del Moncayo – Homologación de proveedores 2027", asking to fill in company, banking and portal login data'
    m.why = 'Abuse of Google Forms (mail from google.com, DKIM pass): the form owner is a Gmail address (Reply-To compras.eolicamoncayo@gmail.com), not the customer; the form collects bank details and the supplier-portal password'
    m.topic = 'supplier-data'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 11, 16, 10, 11, 5)
    link = 'https://docs.google.com/forms/d/e/1FAIpQLSe%s/viewform?usp=send_form' % util.alnum(m.rng, 48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    m.url(link, 'Google Form (collects bank data and password)')
    m.url('https://docs.google.com/forms/?utm_source=product&utm_medium=forms_logo&utm_campaign=forms', 'Google Forms footer')
    title = 'Eólica del Moncayo – Homologación de proveedores 2027'
    intro = ('Estimado proveedor: para mantener su homologación en 2027 es obligatorio actualizar los datos fiscales, bancarios '
             'y de acceso al portal de proveedores antes del 30/11/2026. Los proveedores no actualizados quedarán bloqueados para nuevos pedidos.')
    text = """Te he invitado a rellenar el siguiente formulario:
%s

%s

Para rellenar este formulario, visita:
%s

¿Tienes problemas para ver o enviar este formulario?
Rellénalo en Formularios de Google.

Formularios de Google: crea y analiza encuestas.""" % (title, intro, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="background-color:#ede7f6;padding:24px 0;font-family:Roboto,Arial,sans-serif">
<div style="max-width:640px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<div style="font-size:14px;color:#202124">Te he invitado a rellenar el siguiente formulario:</div>
<div style="font-size:24px;color:#202124;padding:16px 0 8px 0">%s</div>
<div style="font-size:14px;color:#202124;line-height:20px;padding-bottom:16px">%s</div>
<a href="%s" style="background:#673ab7;color:#fff;border-radius:4px;padding:10px 24px;text-decoration:none;font-size:14px;font-weight:500;display:inline-block">RELLENAR FORMULARIO</a>
<div style="font-size:12px;color:#5f6368;padding-top:24px">¿Tienes problemas para ver o enviar este formulario? <a href="%s" style="color:#673ab7">Rellénalo en Formularios de Google</a>.</div>
</div>
<div style="text-align:center;font-size:12px;color:#5f6368;padding-top:16px"><a href="https://docs.google.com/forms/?utm_source=product&amp;utm_medium=forms_logo&amp;utm_campaign=forms" style="color:#5f6368">Formularios de Google</a>: crea y analiza encuestas.</div>
</div></body></html>
""" % (util.html_escape(title), util.html_escape(intro), util.html_escape(link), util.html_escape(link))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')], docs.b_gmail(m))
    m.set_body(root)
    bounce = '3%s@forms-receipts-noreply.bounces.google.com' % util.alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.')
    h, mid = systems.gmail(m, t, rcpt, ('Eólica del Moncayo (vía Formularios de Google)', 'forms-receipts-noreply@google.com'), rcpt,
                           ew(title, 'UTF-8', 'Q'), reply_to='compras.eolicamoncayo@gmail.com', sor=True, dkim_d='google.com',
                           mail_from=bounce, dmarc_p='reject', h_list='reply-to:mime-version:message-id:date:subject:from:to', zone='UTC',
                           msgid='<%s@google.com>' % util.alnum(m.rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
    m.assemble(h)


@reg('attack', '30-es-canva-gruas-ebro-factura')
def a30(m):
    m.what = 'Real Canva share notification: "Luis Pardo ha compartido «Factura pendiente noviembre – Grúas Ebro» contigo"; the design is a one-page "invoice" with a button to a login page'
    m.why = 'Document-share lure from a compromised supplier account via Canva (canva.com DKIM pass); crane supplier normally sends PDF invoices from administracion@ with VeriFactu QR, not Canva designs'
    m.topic = 'document-share'
    rcpt = P['lucia'][1]
    t = local_to_utc('CET', 2026, 11, 24, 16, 20, 31)
    did = 'DAG' + util.alnum(m.rng, 8)
    link = 'https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton' % (
        did, util.alnum(m.rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), did)
    m.url(link, 'Canva design (contains link to credential page)')
    m.url('https://www.canva.com/policies/privacy-policy/', 'footer')
    title = 'Factura pendiente noviembre – Grúas Ebro'
    text = """Luis Pardo ha compartido un diseño contigo

%s

"Buenas tardes, adjunto factura pendiente de noviembre y el certificado de retenciones. Un saludo."

Ver diseño: %s

Has recibido este correo porque Luis Pardo (luis.pardo@gruasebro.es) ha compartido un diseño contigo en Canva.
Canva, 110 Kippax St, Surry Hills NSW 2010, Australia
Política de privacidad: https://www.canva.com/policies/privacy-policy/""" % (title, link)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f2f3f5;font-family:'Canva Sans',Helvetica,Arial,sans-serif;color:#0e1318">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 12px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 32px 0 32px;font-size:26px;font-weight:bold;color:#7d2ae8">Canva</td></tr>
<tr><td style="padding:16px 32px 4px 32px;font-size:20px;font-weight:600">Luis Pardo ha compartido un diseño contigo</td></tr>
<tr><td style="padding:4px 32px 16px 32px;font-size:15px;color:#3d4044">%s</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:14px;color:#3d4044;font-style:italic">"Buenas tardes, adjunto factura pendiente de noviembre y el certificado de retenciones. Un saludo."</td></tr>
<tr><td style="padding:0 32px 28px 32px"><a href="%s" style="background:#8b3dff;color:#fff;text-decoration:none;padding:11px 24px;border-radius:4px;font-size:14px;font-weight:600;display:inline-block">Ver diseño</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#6b6f76;border-top:1px solid #e5e7eb">Has recibido este correo porque Luis Pardo (luis.pardo@gruasebro.es) ha compartido un diseño contigo en Canva.<br>Canva, 110 Kippax St, Surry Hills NSW 2010, Australia &middot; <a href="https://www.canva.com/policies/privacy-policy/" style="color:#6b6f76">Política de privacidad</a></td></tr>
</table></td></tr></table></body></html>
""" % (util.html_escape(title), util.html_escape(link))
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')], docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('Canva', 'no-reply@canva.com'), from_addr='no-reply@canva.com', reply_to=addr('Luis Pardo', 'luis.pardo@gruasebro.es'),
             to=rcpt, date=t, subject=ew('Luis Pardo ha compartido «%s» contigo' % title, 'UTF-8', 'Q'))
    h, mid = shapes.canva(m, t, rcpt, F)
    m.assemble(h)


@reg('attack', '31-es-adobe-sign-contrato-mantenimiento')
def a31(m):
    m.what = 'Real Adobe Acrobat Sign request "Contrato de mantenimiento 2027 – Parque Eólico Borja II" shown as sent by Pilar Navarro of customer Eólica del Moncayo'
    m.why = 'Abused Adobe Acrobat Sign account (adobesign.com infrastructure, DKIM pass); the sender address inside is pilar.navarro@eolicamoncayo-es.com (look-alike, real is eolicamoncayo.es); the agreement page links to a credential harvester'
    m.topic = 'e-signature'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 12, 9, 17, 3, 8)
    link = 'https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAAB%s&client_id=CBJCHBCAABAA%s' % (
        util.alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), util.alnum(m.rng, 20))
    m.url(link, 'Adobe Sign agreement (abused account)')
    text, html = templates.adobesign('Pilar Navarro', 'pilar.navarro@eolicamoncayo-es.com',
                                     'Contrato de mantenimiento 2027 - Parque Eólico Borja II',
                                     'Buenas tardes Javier, te envío el contrato de mantenimiento 2027 con las tarifas revisadas para su firma. '
                                     'Necesitamos tenerlo firmado antes del viernes para el cierre del ejercicio. Gracias.', link, 'es')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')], docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('Pilar Navarro a través de Adobe Acrobat Sign', 'adobesign@adobesign.com', 'UTF-8', 'Q'), from_addr='adobesign@adobesign.com',
             reply_to=addr('Pilar Navarro', 'pilar.navarro@eolicamoncayo-es.com'), to=rcpt, date=t,
             subject=ew('Firme: Contrato de mantenimiento 2027 - Parque Eólico Borja II', 'UTF-8', 'Q'))
    h, mid = shapes.adobesign(m, t, rcpt, F)
    m.assemble(h)
