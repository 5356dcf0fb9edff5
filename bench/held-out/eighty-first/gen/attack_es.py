"""Spanish attack messages (5)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html

W = C.who


@m('es', 'aeat-notification-encrypted-zip')
def a_aeat(ctx):
    t = I.T(2026, 10, 21, 8, 2, 51)
    rcpt = W('lucia.penalver')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'server.clinicadentalmorales.es', '93.93.118.%d' % ctx.rng.randrange(10, 250),
                 'clinicadenta/from_h', None, None, 'clinicadenta@server.clinicadentalmorales.es', local_script=True,
                 cpuser='clinicadenta')
    r.msgid = '<%s@clinicadentalmorales.es>' % I.rs(ctx.rng, I.ALNUM, 43)
    z = files.make_zip([('Notificacion_AEAT_RE-2026-4417.pdf.vbs', files.PLACEHOLDER)], password='AEAT2026',
                       seed=ctx.slug, dt=(2026, 10, 21, 9, 58, 30))
    text = """AGENCIA TRIBUTARIA
Departamento de Gestión Tributaria

NOTIFICACIÓN ELECTRÓNICA

Estimado contribuyente:

Le comunicamos que se ha puesto a su disposición una notificación relativa
al procedimiento de comprobación limitada del Impuesto sobre el Valor
Añadido (modelo 303, tercer trimestre de 2026) correspondiente a la entidad
EXAMPLE GROUP IBERIA S.L. (NIF {cif}).

Dispone de un plazo de 10 días hábiles para formular alegaciones y aportar
la documentación requerida. Transcurrido dicho plazo sin atender el
requerimiento, se podrá iniciar el correspondiente procedimiento
sancionador (art. 203 LGT).

Por motivos de protección de datos el documento se adjunta en un archivo
comprimido y cifrado.
Contraseña de apertura: AEAT2026

Referencia: RE-2026-4417

Atentamente,
Agencia Estatal de Administración Tributaria
""".format(cif=C.EG_ES_CIF)
    root = Multi('mixed', [Text(text, 'plain', 'iso-8859-1', 'quoted-printable', quote_charset=False),
                           Att(z, 'application/zip', 'Notificacion_AEAT_RE-2026-4417.zip')], ctx.boundary(r, 'phpmailer'))
    return ctx.build(r, 'phpmailer', ('Agencia Tributaria', 'notificaciones@clinicadentalmorales.es'), [rcpt],
                     'Notificación electrónica - Comprobación limitada IVA 3T 2026 (RE-2026-4417)', I.rdate(t, 'CET'), root,
                     hcs='iso-8859-1', reply_to=('Agencia Tributaria', 'no-reply@agenciatributaria.es'),
                     mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Fake Agencia Tributaria notice with a password-protected ZIP containing a VBScript disguised as PDF',
                     why='AEAT notifications are only announced and read in the DEHú / Sede electrónica, never attached as encrypted archives; sent by a script on a compromised dental clinic\'s cPanel server; Notificacion_...pdf.vbs is a script; sanction threat')


@m('es', 'verifactu-malware-download')
def a_verifactu(ctx):
    t = I.T(2026, 11, 11, 9, 30, 2)
    rcpt = W('lucia.penalver')
    r = I.sendgrid(ctx.rng, t, rcpt[1], 'em3108.verifactu-aeat.es')
    dl = 'https://descargas.verifactu-aeat.es/conector/VeriFactu_Conector_v2.4.1.msi'
    track = 'https://u31877402.ct.sendgrid.net/ls/click?upn=u001.%s' % I.rs(ctx.rng, I.ALNUM + '-', 110)
    text = """Sistema VERI*FACTU - Agencia Tributaria

Adaptación obligatoria de los sistemas informáticos de facturación
(Real Decreto 1007/2023)

Estimado/a usuario/a:

A partir del 1 de enero de 2027 todas las sociedades deberán emitir sus
facturas con sistemas informáticos adaptados a VERI*FACTU. Según nuestros
registros, la entidad EXAMPLE GROUP IBERIA S.L. todavía no ha instalado el
conector oficial de remisión de registros de facturación.

Descargue e instale el conector en el equipo donde se emiten las facturas
antes del 30/11/2026:

{dl}

El incumplimiento puede suponer sanciones de hasta 50.000 euros por
ejercicio (art. 201 bis LGT).

Agencia Estatal de Administración Tributaria
""".format(dl=dl)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px;color:#222">'
            '<div style="background:#a01c2c;color:#fff;padding:12px 18px"><b>Agencia Tributaria</b> &middot; VERI*FACTU</div>'
            '<h3>Adaptación obligatoria de los sistemas informáticos de facturación</h3>'
            '<p>A partir del 1 de enero de 2027 todas las sociedades deberán emitir sus facturas con sistemas informáticos adaptados a VERI*FACTU. '
            'Según nuestros registros, la entidad <b>EXAMPLE GROUP IBERIA S.L.</b> todavía no ha instalado el conector oficial de remisión de registros de facturación.</p>'
            '<p><a href="%s" style="background:#a01c2c;color:#fff;padding:10px 24px;text-decoration:none">Descargar conector VERI*FACTU</a></p>'
            '<p style="font-size:12px">El incumplimiento puede suponer sanciones de hasta 50.000 euros por ejercicio (art. 201 bis LGT).</p></div>') % track
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(html, 'es', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    return ctx.build(r, 'esp', ('Agencia Tributaria - VERI*FACTU', 'avisos@verifactu-aeat.es'), [rcpt],
                     'VERI*FACTU: instalación obligatoria del conector antes del 30/11/2026', I.rdate(t, 'UTC', '0'), a,
                     hcs='utf-8', henc='B',
                     what='Malware-download lure on Spain\'s VERI*FACTU invoicing rules: "install the official connector" (.msi)',
                     why='AEAT provides no downloadable connector and does not mail companies about it; look-alike verifactu-aeat.es via SendGrid, link to an .msi installer, fine threat')


@m('es', 'callback-fake-renewal-pdf')
def a_toad(ctx):
    t = I.T(2026, 11, 19, 15, 5, 40)
    rcpt = W('javier.munoz')
    r = I.gmail(ctx.rng, t, rcpt[1])
    phone = '+34 911 238 604'
    pdf = files.pdf([(16, True, 'Microsoft 365 Empresa'), 'Renovación automática de suscripción', '',
                     'Factura n.º: MS-ES-2026-889214', 'Fecha: 19/11/2026', 'Cliente: Example Group Iberia S.L.', '',
                     'Microsoft 365 Empresa Premium - 25 licencias - 12 meses       1.032,23 EUR', 'IVA 21%                                                    216,77 EUR',
                     (12, True, 'Total cargado: 1.249,00 EUR'), '',
                     'El importe se cargará en la tarjeta registrada en un plazo de 24 horas.', '',
                     (12, True, 'Si no ha solicitado esta renovación, llame al ' + phone), 'Atención 24 h - Cancelaciones y reembolsos'],
                    title='Factura', author='', producer='Skia/PDF m121 Google Docs Renderer', creator='',
                    date="D:20261119150000Z")
    text = """Estimado cliente,

Gracias por renovar su suscripción. Adjuntamos la factura correspondiente a
la renovación anual de Microsoft 365 Empresa Premium (25 licencias) por
importe de 1.249,00 EUR.

El cargo se realizará en las próximas 24 horas. Si usted no ha autorizado
esta renovación o desea cancelarla, póngase en contacto con nuestro
departamento de facturación en el {phone}.

Atentamente,
Departamento de Facturación
""".format(phone=phone)
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', 'quoted-printable', charset_upper=True),
                              Text('<div dir="ltr">' + text.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n', 'html', 'UTF-8', 'quoted-printable', charset_upper=True)],
              ctx.boundary(r))
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Factura_MS-ES-2026-889214.pdf')], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('Facturación Microsoft 365', 'facturacion.renovaciones365@gmail.com'), [rcpt],
                     'Confirmación de renovación - Factura MS-ES-2026-889214', I.rdate(t, 'CET'), root, hcs='UTF-8',
                     what='Callback phishing (TOAD): fake Microsoft 365 renewal invoice PDF with a phone number to "cancel"',
                     why='Microsoft billing does not come from Gmail; the company buys licences through its IT head, not by card in Spain; the only call to action is a phone number, which leads to a remote-access / refund scam')


@m('es', 'customs-parcel-fee-phish')
def a_correos(ctx):
    t = I.T(2026, 12, 2, 17, 44, 33)
    rcpt = W('javier.munoz')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'mx3.hostingmx.com.mx', '187.141.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)),
                 'ferreterialaestrella/from_h', None, None, 'ferreterialaestrella@mx3.hostingmx.com.mx', zone='UTC',
                 local_script=True, cpuser='ferreterialaestrella')
    r.msgid = '<%s@ferreterialaestrella.com.mx>' % I.rs(ctx.rng, I.ALNUM, 32)
    url = 'https://correos-es.envios-aduana.com/pago/?id=ES%d' % ctx.rng.randrange(10 ** 9, 10 ** 10)
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:560px">'
            '<div style="background:#ffcd00;padding:14px;font-weight:bold;color:#002e6d">Correos</div>'
            '<p>Estimado/a cliente:</p><p>Su envío <b>UA%dES</b> procedente de Países Bajos se encuentra retenido en el centro de tratamiento aduanero de Valencia pendiente del pago de los gastos de gestión aduanera.</p>'
            '<table style="font-size:14px"><tr><td>Gastos de gestión:</td><td><b>2,99 &euro;</b></td></tr><tr><td>Estado:</td><td style="color:#c00">Retenido</td></tr></table>'
            '<p>Si no se abona el importe en un plazo de 48 horas, el envío será devuelto al remitente.</p>'
            '<p><a href="%s" style="background:#002e6d;color:#fff;padding:10px 22px;text-decoration:none">Pagar y programar entrega</a></p>'
            '<p style="font-size:11px;color:#777">Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.</p></div>') % (ctx.rng.randrange(10 ** 8, 10 ** 9), _h.escape(url))
    body = Text(html_wrap(html, 'es', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')
    return ctx.build(r, 'phpmailer', ('Correos', 'envios@ferreterialaestrella.com.mx'), [rcpt],
                     'Su envío está retenido en aduana - acción requerida', I.rdate(t, 'UTC'), body, hcs='utf-8', henc='B',
                     mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Courier/customs phish: "Correos" parcel held in customs, pay EUR 2.99 (card harvesting)',
                     why='Sent by a PHP script on a compromised Mexican hardware store\'s hosting; link to correos-es.envios-aduana.com, small fee and 48-hour return threat - a card-data and 3-D Secure phishing pattern')


@m('es', 'google-drive-share-supplier-impersonation')
def a_drive(ctx):
    t = I.T(2026, 12, 11, 10, 12, 8)
    rcpt = W('lucia.penalver')
    r = I.google_sor(ctx.rng, t, rcpt[1])
    r.return_path = '<%s@doclist.bounces.google.com>' % I.rs(ctx.rng, I.ALNUM + '-', 60)
    fid = I.rs(ctx.rng, I.ALNUM + '-_', 33)
    url = 'https://docs.google.com/drawings/d/%s/edit?usp=sharing_eil_m&ts=%s' % (fid, I.hexs(ctx.rng, 8))
    msg = ('Buenos días, adjuntamos la remesa de pagos del 4º trimestre y el nuevo certificado de titularidad bancaria de '
           'Viveros Levante. Acceda al documento y confirme los datos antes del lunes 14 para evitar retrasos en los envíos.')
    plain = """Viveros Levante Administración ha compartido un dibujo

Viveros Levante Administración (viveroslevante.administracion@gmail.com) te
ha invitado a editar el siguiente dibujo:

Remesa_pagos_Q4_2026_Viveros_Levante.pdf
{url}

{msg}

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Has recibido este correo electrónico porque
viveroslevante.administracion@gmail.com ha compartido un dibujo contigo
desde Dibujos de Google.
""".format(url=url, msg=msg)
    html = ('<table style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:520px"><tr><td>'
            '<p style="font-size:22px">Viveros Levante Administración ha compartido un dibujo</p>'
            '<p>Viveros Levante Administración (viveroslevante.administracion@gmail.com) te ha invitado a <b>editar</b> el siguiente dibujo:</p>'
            '<p style="background:#f1f3f4;padding:12px;border-radius:8px">%s</p>'
            '<p><a href="%s" style="border:1px solid #dadce0;padding:8px 14px;border-radius:4px;text-decoration:none">Remesa_pagos_Q4_2026_Viveros_Levante.pdf</a></p>'
            '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Abrir</a></p>'
            '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Has recibido este correo electrónico porque viveroslevante.administracion@gmail.com ha compartido un dibujo contigo desde Dibujos de Google.</p>'
            '</td></tr></table>') % (_h.escape(msg), _h.escape(url), _h.escape(url))
    a = Multi('alternative', [Text(plain, 'plain', 'UTF-8', 'base64', ct_params='; format=flowed; delsp=yes', charset_upper=True),
                              Text(html_wrap(html, 'es', 'Arial').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable', charset_upper=True)],
              '000000000000' + I.hexs(ctx.rng, 16))
    return ctx.build(r, 'service', ('Viveros Levante Administración (a través de Dibujos de Google)', 'drive-shares-dm-noreply@google.com'), [rcpt],
                     'Dibujo compartido contigo: "Remesa_pagos_Q4_2026_Viveros_Levante.pdf"', I.rdate(t, 'PT'), a, quote=True,
                     reply_to=('Viveros Levante Administración', 'viveroslevante.administracion@gmail.com'),
                     extra=[('X-Notifications', I.hexs(ctx.rng, 12) + 'GAMMA'), ('X-Notifications-Bounce-Info', I.rs(ctx.rng, I.ALNUM + '-_', 80))],
                     what='Abuse of genuine Google Drive sharing: a Gmail account posing as supplier Viveros Levante shares a "PDF" (really a Google Drawing) about a payment remittance and new bank certificate',
                     why='Notification is technically genuine Google mail, but the sharer is a Gmail account, not viveroslevante.es (whose staff use Microsoft 365); a drawing named .pdf is the classic link-carrier for a phishing page; bank-change and deadline pretext')


MESSAGES = [a_aeat, a_verifactu, a_toad, a_correos, a_drive]
