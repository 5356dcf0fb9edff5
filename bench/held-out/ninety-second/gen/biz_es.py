"""Genuine business messages 27-31 (Spanish)."""
from lib import *

F = 'business'


def temp_chart_png(w=560, h=300):
    """Reefer temperature log: setpoint 2 °C, excursion to ~9 °C during a plug outage."""
    import math

    def temp(x):
        t = x / float(w)
        base = 2.0 + 0.3 * math.sin(t * 40)
        if 0.42 < t < 0.68:
            base += 7.0 * math.sin((t - 0.42) / 0.26 * math.pi)
        return base

    ys = [int(h - 30 - (temp(x) + 2) * (h - 60) / 14.0) for x in range(w)]

    def px(x, y):
        if x < 40 or y > h - 30:
            if x == 40 or y == h - 30:
                return (60, 60, 60)
            return (255, 255, 255)
        set_y = int(h - 30 - 4 * (h - 60) / 14.0)
        if abs(y - ys[x]) <= 1:
            return (200, 30, 30)
        if y == set_y and x % 8 < 4:
            return (30, 90, 200)
        if 0.42 * w < x < 0.68 * w:
            return (255, 240, 225)
        if (y - 30) % 34 == 0:
            return (225, 225, 225)
        return (255, 255, 255)
    return qr.png_rgb(w, h, px)


def b27():
    body = """Buenos días, Javier:

Te escribo en relación con el semirremolque frigorífico 4471-KLM (carga de cítricos, 22 palés) embarcado en el MV Levante Express, salida Valencia 19/11 a las 23:00, llegada a Palma 20/11.

Según el registro del equipo de frío (adjunto la gráfica del termógrafo), la unidad estuvo sin alimentación eléctrica aproximadamente 6 horas durante la travesía y la temperatura subió de los 2 °C consignados hasta casi 9 °C. Nuestro cliente en Palma ha rechazado 7 palés en destino y nos reclama el importe de la mercancía.

Te agradecería que revisarais qué ocurrió con la conexión a bordo (el conductor indica que la toma de la cubierta 3 no funcionaba) y que abrierais el correspondiente expediente de reclamación con vuestra aseguradora. En los próximos días os enviaremos la factura del cliente y el acta de rechazo.

Un saludo,

Jorge Navarro
Jefe de Tráfico
Transportes Levante Frío, S.L.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 41
46988 Paterna (Valencia)
Tel. 961 34 27 80"""
    Mail(F, 27, 'es', 'reclamacion-cliente-frigorifico-grafica',
         OutlookSMTP(tr=OwnPostfix(host='mail.levantefrio.es', ip='217.125.33.190', pc='TRAFICO-02',
                                   user_ip='80.28.112.67', user_rdns='80.28.112.67.static.user.ono.com'), lang='es'),
         T(2026, 11, 23, 9, 26, 11), C['navarro'], [S('es_mgr')],
         'Reclamación semirremolque 4471-KLM - corte de frío MV Levante Express 19/11',
         mixed(outlook_alt(body, 'windows-1252'),
               attach(temp_chart_png(), 'image/png', 'termografo_4471KLM_19-20nov.png', label='temperature chart')),
         what='Freight customer complains about a reefer power outage on board, with a temperature chart.',
         why='Known customer, own mail server, Outlook; concrete voyage and unit data; asks to open an insurance claim; '
             'PNG chart only, no link and no payment instruction.')


def b28():
    body = """Estimado Javier:

Como te adelanté por teléfono, te remito la propuesta de acuerdo extrajudicial en el expediente 2026/0412 (reclamación de la Sra. Ortiz por la caída en la rampa de acceso del MV Levante Express el 14/06/2026).

La parte contraria ha aceptado rebajar su pretensión a 4.800,00 EUR en concepto de indemnización total, con renuncia expresa a acciones posteriores. Dado el informe pericial y el coste de un eventual procedimiento, nuestra recomendación es aceptar.

Antes de firmar necesitamos:
1. Vuestra conformidad por escrito (basta con un correo tuyo o de la dirección en Kiel).
2. La confirmación de la aseguradora P&I de que asume el importe dentro de la franquicia pactada.

El pago no se hará por vuestra parte a ninguna cuenta de la reclamante: una vez firmado el acuerdo, lo abonará directamente la aseguradora, como en los expedientes anteriores.

Adjunto el borrador del acuerdo. Quedo a tu disposición para comentarlo.

Un cordial saludo,

Elena Sanz Ortega
Socia
Sanz & Ortega Abogados
C/ Colón 48, 4.º, 46004 Valencia
Tel. 963 51 84 20"""
    acuerdo = pdf_part([
        '# Sanz & Ortega Abogados', 'C/ Colón 48, 4.º, 46004 Valencia', '',
        '## BORRADOR - Acuerdo transaccional extrajudicial - Expediente 2026/0412', '',
        'Partes: Dña. M. Ortiz Llopis (reclamante) y Example Group España, S.L. (reclamada)',
        'Hechos: caída en la rampa de acceso del buque MV Levante Express, puerto de Valencia, 14/06/2026', '',
        'PRIMERA.- La reclamada abonará, a través de su aseguradora de responsabilidad civil (P&I), la cantidad',
        'de 4.800,00 EUR en concepto de indemnización total y definitiva.',
        'SEGUNDA.- La reclamante renuncia expresamente a cualquier acción civil o penal derivada de los hechos.',
        'TERCERA.- Las partes se obligan a mantener la confidencialidad del presente acuerdo.', '',
        'Borrador para revisión - no firmar'],
        'Borrador_acuerdo_exp_2026-0412.pdf', title='Borrador acuerdo 2026/0412', author='Elena Sanz',
        producer='Microsoft® Word para Microsoft 365', creator='Microsoft® Word para Microsoft 365',
        created="D:20261116171000+01'00'")
    Mail(F, 28, 'es', 'abogados-propuesta-acuerdo-reclamacion',
         EXO(org='sanzortega-abogados.es', region='EUR', lang='es-ES'), T(2026, 11, 17, 8, 5, 49), C['sanz'], [S('es_mgr')],
         'Expediente 2026/0412 - propuesta de acuerdo extrajudicial',
         mixed(outlook_alt(body, 'iso-8859-1'), acuerdo),
         cc=[S('ceo')],
         what='The company\'s Spanish counsel proposes a settlement in a passenger injury claim.',
         why='Known law firm on its own Microsoft 365 tenant, copies the CEO openly, asks for written approval and '
             'states that no payment goes from the company to any account. Hard negative for attack/28 (fake lawyer).')


def b29():
    plain = """PCS Levante - Port Community System

Estimado/a usuario/a:

Le informamos de que el sábado 28/11/2026, entre las 22:00 y las 02:00 h, se realizarán tareas de mantenimiento programado en la plataforma PCS Levante. Durante ese intervalo no estarán disponibles la consulta de escalas ni el envío de listas de carga y descarga. Las declaraciones presentadas antes de las 21:30 h se tramitarán con normalidad.

Recuerde también que, por política de seguridad, las contraseñas de acceso caducan cada 180 días. La plataforma le avisará al iniciar sesión cuando queden menos de 15 días; el cambio se realiza siempre desde su perfil de usuario en https://www.pcslevante.es.

PCS Levante nunca le solicitará su contraseña ni le enviará enlaces para "desbloquear" su cuenta por correo electrónico. Ante cualquier duda, contacte con el Centro de Atención al Usuario en el 963 93 95 00.

Atentamente,
Centro de Atención al Usuario
PCS Levante
"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2a37">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #dfe3e8"><tr><td style="background:#003a70;color:#fff;padding:14px 20px;font-size:18px"><b>PCS Levante</b> &middot; Port Community System</td></tr>
<tr><td style="padding:20px;line-height:20px">
<p>Estimado/a usuario/a:</p>
<p>Le informamos de que el <b>s&aacute;bado 28/11/2026, entre las 22:00 y las 02:00 h</b>, se realizar&aacute;n tareas de mantenimiento programado en la plataforma PCS Levante. Durante ese intervalo no estar&aacute;n disponibles la consulta de escalas ni el env&iacute;o de listas de carga y descarga. Las declaraciones presentadas antes de las 21:30 h se tramitar&aacute;n con normalidad.</p>
<p>Recuerde tambi&eacute;n que, por pol&iacute;tica de seguridad, las contrase&ntilde;as de acceso caducan cada 180 d&iacute;as. La plataforma le avisar&aacute; al iniciar sesi&oacute;n cuando queden menos de 15 d&iacute;as; el cambio se realiza siempre desde su perfil de usuario en <a href="https://www.pcslevante.es">www.pcslevante.es</a>.</p>
<p><b>PCS Levante nunca le solicitar&aacute; su contrase&ntilde;a ni le enviar&aacute; enlaces para &laquo;desbloquear&raquo; su cuenta por correo electr&oacute;nico.</b> Ante cualquier duda, contacte con el Centro de Atenci&oacute;n al Usuario en el 963 93 95 00.</p>
<p>Atentamente,<br>Centro de Atenci&oacute;n al Usuario<br>PCS Levante</p></td></tr></table></body></html>
"""
    Mail(F, 29, 'es', 'pcs-portuario-aviso-mantenimiento-genuino',
         GenericMTA(helo='mail.pcslevante.es', rdns='mail.pcslevante.es', ip='213.0.87.45', inner=('portal01.pcslevante.local', '10.1.4.21'),
                    msgid_dom='pcslevante.es', zone='CET', xm=None, tls='1.2'),
         T(2026, 11, 25, 11, 0, 6), C['pcs'], [S('es_mgr')],
         'Aviso: mantenimiento programado 28/11 y recordatorio de seguridad',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Genuine notice from the port community system: planned maintenance and a password reminder.',
         why='From the portal\'s own domain and mail server, only links to www.pcslevante.es, explicitly says it never '
             'sends unlock links. Hard negative for attack/29.')


def b30():
    unsub = 'https://puertosylogistica.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (
        'c8e2f7a19b0d43e6a51f27c9d', hx('b30id', 10), hx('b30e', 10), hx('b30c', 10))
    plain = """Puertos y Logística - Boletín semanal

Nº 47 - 24 de noviembre de 2026

- Valenciaport y Baleares: el tráfico de carga rodada crece un 5,1 % hasta octubre
- Corredor Mediterráneo: nuevos plazos para el tramo Castellón - Tarragona
- Autopistas del mar: convocatoria de ayudas 2027 para servicios regulares
- Entrevista: "El frío en la carga rodada exige nuevas tomas a bordo"

Leer en la web: https://www.puertosylogistica.es/boletin/47-2026

Recibe este correo porque se suscribió al boletín con javier.martinez@example.com.
Darse de baja: {unsub}
Actualizar preferencias: https://puertosylogistica.us21.list-manage.com/profile?u=c8e2f7a19b0d43e6a51f27c9d

Ediciones Náuticas del Turia, S.L. - Av. del Puerto 214, 46023 Valencia
""".format(unsub=unsub)
    htm = """<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Puertos y Log&iacute;stica</title></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA"><center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer" style="background:#ffffff">
<tr><td style="background:#0b5394;color:#fff;padding:18px;font-family:Helvetica,Arial;font-size:22px"><b>Puertos y Log&iacute;stica</b><br><span style="font-size:12px">Bolet&iacute;n semanal &middot; N&ordm; 47 &middot; 24 de noviembre de 2026</span></td></tr>
<tr><td class="mcnTextContent" style="padding:18px;font-family:Helvetica,Arial;font-size:15px;color:#202020;line-height:150%">
<h3>Valenciaport y Baleares: la carga rodada crece un 5,1&nbsp;% hasta octubre</h3><p>Las l&iacute;neas con Palma e Ibiza concentran el crecimiento del tr&aacute;fico ro-ro en el puerto de Valencia.</p>
<h3>Corredor Mediterr&aacute;neo</h3><p>Nuevos plazos para el tramo Castell&oacute;n - Tarragona.</p>
<h3>Autopistas del mar</h3><p>Convocatoria de ayudas 2027 para servicios mar&iacute;timos regulares.</p>
<p><a href="https://www.puertosylogistica.es/boletin/47-2026" style="color:#0b5394">Leer el bolet&iacute;n completo</a></p></td></tr>
<tr><td style="padding:14px 18px;font-family:Helvetica,Arial;font-size:11px;color:#656565;background:#f3f3f3">Recibe este correo porque se suscribi&oacute; al bolet&iacute;n con javier.martinez@example.com.<br><a href="{unsub}">Darse de baja</a> &middot; <a href="https://puertosylogistica.us21.list-manage.com/profile?u=c8e2f7a19b0d43e6a51f27c9d">Actualizar preferencias</a><br>Ediciones N&aacute;uticas del Turia, S.L. - Av. del Puerto 214, 46023 Valencia</td></tr>
</table></td></tr></table></center></body></html>
""".format(unsub=unsub)
    Mail(F, 30, 'es', 'boletin-puertos-logistica-mailchimp',
         Mailchimp(uid='c8e2f7a19b0d43e6a51f27c9d'), T(2026, 11, 24, 6, 15, 40),
         ('Puertos y Logística', 'boletin@puertosylogistica.es'), [S('es_mgr')],
         'Boletín nº 47: la carga rodada con Baleares crece un 5,1 %',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_c8e2f7a19b0d43e6a51f27c9d.%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (unsub, hx('b30m', 10))),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
         what='Subscribed Spanish port/logistics newsletter via Mailchimp.',
         why='Mailchimp infrastructure with List-ID, List-Unsubscribe and One-Click, subscription footer, editorial '
             'content only.')


def b31():
    body = """Estimada Lucía Fernández:

Su contraseña de Windows y del correo corporativo (usuario EXAMPLE\\lfernandez) caduca dentro de 5 días, el 19/12/2026.

Para cambiarla, pulse Ctrl+Alt+Supr en su equipo de la oficina (o conectado a la VPN) y seleccione "Cambiar una contraseña". La nueva contraseña debe tener al menos 14 caracteres y no puede coincidir con las 10 anteriores.

Este aviso no contiene ningún enlace: el Servicio TI nunca le pedirá que cambie o "mantenga" su contraseña a través de un enlace en un correo electrónico.

Si tiene problemas, contacte con el Servicio TI en Kiel: +49 431 5570-444 (atención en inglés y alemán) o a través del portal interno de incidencias.

Servicio TI - Example Group
(mensaje automático)"""
    Mail(F, 31, 'es', 'aviso-caducidad-contrasena-interno',
         Internal(lan='10.20.0.41', server='EXKI-MBX02', lang='es-ES'), T(2026, 12, 14, 6, 0, 22),
         ('Servicio TI Example Group', 'noreply-it@example.com'), [S('es_acc')],
         'Su contraseña caduca en 5 días',
         text(body, 'iso-8859-1', 'quoted-printable'),
         what='Automated internal password-expiry reminder (AD script through Exchange).',
         why='Internal: Exchange -> mail-int01 from noreply-it@example.com, no link at all, tells the user to use '
             'Ctrl+Alt+Del on the office PC. Hard negative for attack/31 (same topic, same recipient, same day).')


def build():
    for f in (b27, b28, b29, b30, b31):
        f()
