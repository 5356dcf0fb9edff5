"""Spanish messages: attack/27-31 and business/27-31."""
from .common import *  # noqa: F401,F403
from lib import zipc

EGI_NIF = ids.es_cif('B', '5087341')
MONC_NIF = ids.es_cif('B', '9912748')
CME_NIF = ids.es_cif('A', '5003317')
EGES = ['Example Group Ibérica S.L.', 'C/ Río Guadalope 12, Pol. Ind. Plaza', '50197 Zaragoza', 'NIF %s' % EGI_NIF]


def monc_plesk(c, env, client_ip='88.27.14.203', ua=None):
    return T.own_postfix(c, env, host='mail.asesoriamoncayo.es', ip='203.0.113.148', client_ip=client_ip,
                         client_helo='[192.168.1.40]', submit_rdns='203.red-88-27-14.staticip.rima-tde.net', selector='default',
                         amavis=False, zone='ES', ua=ua, dkim_canon='relaxed/relaxed',
                         order=['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'To', 'From', '__EXTRA__', '__MIME__'])


# =====================================================================================  ATTACKS
@message('attack', 27, 'es', 'aeat-notificacion-zip')
def a27(c):
    t = util.local_to_utc('ES', 2026, 10, 26, 9, 12, 58)
    csv = c.upper(16)
    link = c.url('https://clinicadentalmarbella.es/wp-admin/js/aeat/notificacion.php?csv=%s' % csv,
                 'compromised site serving Notificacion_AEAT_%s.zip (MSI banking-trojan loader)' % csv[:6])
    c.url('https://sede.agenciatributaria.gob.es', 'displayed text only')
    text = ('AGENCIA TRIBUTARIA\nSede electrónica\n\n'
            'Estimado contribuyente:\n\n'
            'Le comunicamos que la Agencia Estatal de Administración Tributaria ha emitido una notificación a nombre de '
            'EXAMPLE GROUP IBERICA SL (NIF %s) en relación con el procedimiento de comprobación limitada del '
            'Impuesto sobre el Valor Añadido, ejercicio 2025.\n\n'
            'Código Seguro de Verificación (CSV): %s\n\n'
            'Puede consultar y descargar el documento en el siguiente enlace:\n%s\n\n'
            'Dispone de un plazo de 10 días hábiles para atender el requerimiento. La falta de atención podrá '
            'constituir infracción tributaria (art. 203 LGT).\n\n'
            'Atentamente,\nAgencia Tributaria – https://sede.agenciatributaria.gob.es' % (EGI_NIF, csv, link))
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
            '<div style="background:#7b1a17;color:#fff;padding:12px;font-weight:bold">AGENCIA TRIBUTARIA <span style="font-weight:normal">'
            '· Sede electrónica</span></div><p>Estimado contribuyente:</p><p>Le comunicamos que la Agencia Estatal de '
            'Administración Tributaria ha emitido una notificación a nombre de <b>EXAMPLE GROUP IBERICA SL (NIF %s)</b> en '
            'relación con el procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025.</p>'
            '<p>Código Seguro de Verificación (CSV): <b>%s</b></p><p><a href="%s">Descargar notificación (PDF)</a></p>'
            '<p>Dispone de un plazo de 10 días hábiles para atender el requerimiento. La falta de atención podrá constituir '
            'infracción tributaria (art. 203 LGT).</p><p>Atentamente,<br>Agencia Tributaria – https://sede.agenciatributaria.gob.es</p>'
            '</body></html>\n' % (EGI_NIF, csv, link))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset={cs}'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset={cs}')],
                          c.boundary('phpmailer'))
    env = Env(frm_name='Agencia Tributaria', frm_email='avisos@clinicadentalmarbella.es', to=[('', p('es_acc')['email'])],
              subject='Notificación AEAT: requerimiento de información – CSV %s' % csv, date=t, zone='UTC',
              msgid=mid_php(c, 'clinicadentalmarbella.es'), body=body)
    c.what = 'Fake Agencia Tributaria notice of a VAT audit with a CSV code and a link to "download the notification".'
    c.why = ('Malware lure (Mekotio/Grandoreiro-style): tax-agency display name on a hijacked dental-clinic domain sent by '
             'PHPMailer, download link to a PHP script on a compromised WordPress site delivering a ZIP/MSI; real AEAT '
             'notifications are only announced and must be opened in the sede/DEHú.')
    return send(c, env, T.exim_cpanel, server='cp-es04.webempresa.eu', server_ip='185.47.13.74', php=True,
                xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
                script_path='/home/clinicad/public_html/wp-admin/js/aeat/mail.php', zone='ES')


@message('attack', 28, 'es', 'ceo-tarjetas-regalo')
def a28(c):
    t = util.local_to_utc('ES', 2026, 12, 10, 16, 41, 9)
    text = ('Hola Lucía,\n\n'
            '¿Estás en la oficina? Necesito que me hagas un favor con discreción, es una sorpresa para unos clientes '
            'importantes antes de Navidad.\n\n'
            'Compra por favor 8 tarjetas regalo de Amazon de 150 € cada una (en el Carrefour o El Corte Inglés más '
            'cercano, o online). Después rasca el código de cada tarjeta y envíame una foto de todas por aquí, que yo '
            'se las hago llegar hoy mismo. Te lo reembolsamos con la nota de gastos de diciembre, ya lo hablo con Sabine.\n\n'
            'Estoy en una reunión y no puedo hablar por teléfono, escríbeme solo por email.\n\n'
            'Gracias,\nMatthias\n\nEnviado desde mi iPhone')
    body = mime.text(text, 'plain', 'utf-8', 'quoted-printable', ct='text/plain;\r\n\tcharset=utf-8')
    env = Env(frm_name='Matthias Krämer', frm_email='matthias.kraemer.ceo@gmail.com', to=[('Lucía Fernández', p('es_om')['email'])],
              subject='Favor rápido', date=t, zone='ES', msgid='%s@gmail.com' % c.guid(True), body=body,
              extra=[('Content-Transfer-Encoding', 'quoted-printable')] if False else [])
    body.headers = [('Content-Type', 'text/plain;\r\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')]
    env.extra = [('X-Mailer', 'iPhone Mail (22B91)')]
    c.what = 'Message in the CEO\'s name from a Gmail address asking the Spanish office manager to buy 8 × 150 € Amazon gift cards and send photos of the codes.'
    c.why = ('Gift-card scam / CEO impersonation: CEO display name on a free Gmail account, secrecy, "in a meeting, '
             'e-mail only", gift-card codes via photo; the German CEO does not write to staff from Gmail.')
    return send(c, env, T.gmail, mua='iphone')


@message('attack', 29, 'es', 'nomina-cambio-iban')
def a29(c):
    t = util.local_to_utc('ES', 2026, 11, 19, 18, 2, 27)
    iban = c.iban(BANK['fraud_payroll'], 'attacker-controlled account (Revolut ES) for payroll diversion')
    text = ('Hola Lucía:\n\n'
            'He cambiado de banco este mes y quería pedirte que actualizaras mis datos para la nómina de noviembre. '
            'Mi nuevo IBAN es:\n\n%s (Revolut)\n\n'
            '¿Podrías pasárselo a la asesoría antes del cierre? Si hace falta algún formulario me lo mandas a este correo.\n\n'
            'Te escribo desde el personal porque estoy con un cliente en Huesca y el Outlook del portátil no me sincroniza.\n\n'
            'Gracias y un saludo,\nJavier' % iban)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" '
            'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; '
            'color: rgb(0, 0, 0);">%s</div></body></html>\n' % '<br>'.join(fmt.esc(l) for l in text.split('\n')))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                                          mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')],
                          '_000_' + c.hex(40, True) + '_')
    env = Env(frm_name='Javier Ruiz', frm_email='javier.ruiz.lasheras@outlook.es', to=[('Lucía Fernández', p('es_om')['email'])],
              subject='Cambio de cuenta para la nómina', date=t, zone='ES', msgid=None, body=body, lang='es-ES',
              frm_charset='iso-8859-1', name_charset='iso-8859-1', name_enc='Q')
    c.what = 'Request "from the Spanish accountant" via a private Outlook.es address to change his payroll IBAN before the November payroll run.'
    c.why = ('Payroll diversion: colleague impersonated from a free Outlook.com account (not his work mailbox), new '
             'neobank IBAN, time pressure before payroll closing, excuse for not using the work account.')
    return send(c, env, T.outlook_consumer, domain='outlook.es')


@message('attack', 30, 'es', 'cme-pedido-pdf-enlace')
def a30(c):
    t = util.local_to_utc('ES', 2026, 11, 5, 12, 48, 3)
    link = c.url('https://cmebro-es-my.sharepoint-docs.net/pedido/PO-2026-3381?doc=%s' % c.hex(16),
                 'link behind the "Ver pedido completo" button in the PDF')
    c.phone('+34 976 470 532')
    d = docs.pdf.Doc(title='Pedido de compra PO-2026-3381', author='agil', creator='Microsoft® Word para Microsoft 365',
                     producer='Microsoft® Word para Microsoft 365', created="20261105113009+01'00'", lang='es-ES')
    d.text(50, 790, 'Construcciones Mecánicas del Ebro S.A.', 15, True, '#1d5c2e')
    d.text(50, 774, 'Departamento de Compras · Ctra. de Logroño km 8,2 · 50011 Zaragoza', 8.5, color='#444444')
    d.text(50, 730, 'PEDIDO DE COMPRA PO-2026-3381', 14, True)
    y = d.para(50, 700, 'Proveedor: Example Group Ibérica S.L. – Fecha: 05/11/2026 – Entrega: 15/12/2026', 495, 10)
    y = d.table(50, y - 10, [(60, 'left'), (290, 'left'), (60, 'right'), (85, 'right')], [
        ['Línea', 'Descripción', 'Cant.', 'Importe €'],
        ['10', 'Bomba de engranajes ZP-4-032, brida SAE-A', '120', '***'],
        ['20', 'Bloque de válvulas SB-12 4 secciones, 12 V', '40', '***'],
        ['30', 'Kit de juntas DK-SB12', '200', '***']], size=9, leading=14)
    y = d.para(50, y - 16, 'Este documento contiene información confidencial. Los importes y las condiciones de entrega '
               'están protegidos. Para ver el pedido completo y confirmarlo, haga clic en el botón e inicie sesión con su '
               'cuenta corporativa.', 495, 10)
    d.rect(50, y - 40, 200, 30, fill='#0f6cbd')
    d.text(150, y - 29, 'Ver pedido completo', 11, True, '#ffffff', align='center')
    d.link(50, y - 40, 200, 30, link)
    pdfdata = d.build()
    text = ('Buenos días,\n\n'
            'Les adjuntamos nuestro pedido PO-2026-3381 para la serie de tractores forestales TF-90 (bombas ZP-4 y '
            'bloques SB-12). Por favor, confirmen precio y plazo de entrega antes del viernes.\n\n'
            'El PDF está protegido; para ver importes deben acceder con su cuenta de empresa.\n\n'
            'Un saludo,\n\nÁlvaro Gil\nDepartamento de Compras\nConstrucciones Mecánicas del Ebro S.A.\nTel. +34 976 470 532')
    body = mime.multipart('mixed', [mime.multipart('alternative', [
        mime.text(text, 'plain', 'UTF-8', '8bit', ct='text/plain; charset="{cs}"'),
        mime.text('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>%s</div></div>' % (
            '<br></div><div>'.join(fmt.esc(l) for l in text.split('\n'))), 'html', 'UTF-8', '8bit', ct='text/html; charset="{cs}"')],
        '----=_Part_' + c.hex(20)), mime.attachment(pdfdata, 'application/pdf', 'PO-2026-3381.pdf')], '----=_Part_' + c.hex(20))
    env = Env(frm_name='Álvaro Gil', frm_email='agil@cmebro-es.com', to=[('', p('es_om')['email'])],
              subject='Pedido PO-2026-3381 – confirmación de precio y plazo', date=t, zone='ES',
              msgid=T.zoho_msgid(c, 'cmebro-es.com'), body=body, frm_charset='utf-8')
    c.allow_8bit_headers = False
    c.what = 'Purchase order from "Construcciones Mecánicas del Ebro" on a look-alike domain; the PDF hides the amounts and has a "view full order" login button.'
    c.why = ('PDF-link lure with a look-alike of a real customer (cmebro-es.com instead of cmebro.es) on Zoho Mail: '
             'the attachment is only a carrier for a link to a fake SharePoint login, prices "protected", urgency.')
    return send(c, env, T.zoho, client_ip='91.242.217.33')


@message('attack', 31, 'es', 'verifactu-google-forms')
def a31(c):
    t = util.local_to_utc('ES', 2026, 12, 1, 10, 17, 40)
    form = c.url('https://docs.google.com/forms/d/e/1FAIpQLS%s/viewform?usp=mail_form_link' % c.alnum(50).replace('/', '_'),
                 'Google Form that collects NIF, certificate password and a "tramitación" card payment')
    c.url('https://docs.google.com/forms/u/0/?tgif=d', 'Google footer')
    c.url('https://www.google.com/forms/about/?utm_source=product&utm_medium=forms_logo&utm_campaign=forms', 'Google footer')
    c.url('https://support.google.com/docs/answer/2492982', 'report abuse (Google footer)')
    title = 'Registro obligatorio VERI*FACTU – Adaptación del sistema de facturación'
    desc = ('Según el Real Decreto 1007/2023, todas las sociedades deben declarar su sistema informático de facturación '
            'antes del 31/12/2026. Las empresas no registradas podrán ser sancionadas con hasta 50.000 € por ejercicio. '
            'Complete el formulario con los datos de su certificado electrónico para evitar la sanción.')
    text = ('Te he invitado a rellenar un formulario:\n\n%s\n\n%s\n\nRELLENAR FORMULARIO: %s\n\n'
            '¿Tienes problemas para rellenar el formulario? Rellénalo en Formularios de Google: %s\n\n'
            'Crea tu propio formulario de Google: https://docs.google.com/forms/u/0/?tgif=d\n'
            'Formularios de Google: crea y analiza encuestas. https://www.google.com/forms/about/?utm_source=product&utm_medium=forms_logo&utm_campaign=forms\n'
            'Denunciar uso inadecuado: https://support.google.com/docs/answer/2492982' % (title, desc, form, form))
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#f1f3f4"><table width="640" align="center" '
            'style="background:#fff;border-radius:8px;margin:20px auto" cellpadding="24"><tr><td>'
            '<p style="font-size:14px;color:#202124">Te he invitado a rellenar un formulario:</p>'
            '<div style="border-top:10px solid #673ab7;border-radius:8px;padding:16px;background:#fff;box-shadow:0 1px 3px #ccc">'
            '<div style="font-size:24px;color:#202124">%s</div><p style="font-size:14px;color:#5f6368">%s</p></div>'
            '<p style="margin:24px 0"><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;'
            'text-decoration:none;font-weight:500">RELLENAR FORMULARIO</a></p>'
            '<p style="font-size:12px;color:#5f6368">¿Tienes problemas para rellenar el formulario? '
            '<a href="%s">Rellénalo en Formularios de Google</a></p><hr style="border:0;border-top:1px solid #dadce0">'
            '<p style="font-size:12px;color:#5f6368"><a href="https://docs.google.com/forms/u/0/?tgif=d">Crea tu propio formulario de Google</a><br>'
            '<a href="https://www.google.com/forms/about/?utm_source=product&amp;utm_medium=forms_logo&amp;utm_campaign=forms">'
            'Formularios de Google: crea y analiza encuestas.</a><br><a href="https://support.google.com/docs/answer/2492982">'
            'Denunciar uso inadecuado</a></p></td></tr></table></body></html>\n' % (fmt.esc(title), fmt.esc(desc), form, form))
    body = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset="{cs}"; format=flowed; delsp=yes'),
                                          mime.text(html, 'html', 'UTF-8', 'quoted-printable', ct='text/html; charset="{cs}"')],
                          c.boundary('gmail'))
    env = Env(frm_name='Gestión VERI*FACTU (vía Formularios de Google)', frm_email='forms-receipts-noreply@google.com',
              to=[('', p('es_acc')['email'])], reply_to=('Gestión VERI*FACTU', 'registro.verifactu.aeat@gmail.com'),
              subject=title, date=t, zone='UTC', msgid='0000000000%s@google.com' % c.hex(18), body=body,
              env_from='3%s.%s@docos.bounces.google.com' % (c.alnum(26), c.alnum(20)))
    c.what = 'Google Forms invitation "Registro obligatorio VERI*FACTU" threatening a 50 000 € fine unless the company fills in its certificate details.'
    c.why = ('Abuse of a legitimate platform: the mail is genuinely sent by Google (DKIM google.com, SPF pass) so '
             'reputation checks pass; the form creator is a Gmail account; VERI*FACTU has no registration form and the '
             'AEAT never collects certificate passwords.')
    return send(c, env, T.google_service)


# =====================================================================================  BUSINESS
@message('business', 27, 'es', 'dehu-aviso-notificacion')
def b27(c):
    t = util.local_to_utc('ES', 2026, 12, 2, 7, 5, 33)
    c.url('https://dehu.redsara.es', 'DEHú portal (access with certificate / Cl@ve)')
    c.url('https://sede.agenciatributaria.gob.es')
    text = ('Estimado/a usuario/a:\n\n'
            'Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada '
            'única (DEHú).\n\n'
            'Titular: EXAMPLE GROUP IBERICA SL (%s)\n'
            'Organismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Requerimiento. Comprobación de datos de facturación (Modelo 347, ejercicio 2025)\n'
            'Fecha de puesta a disposición: 02/12/2026\n\n'
            'Dispone de 10 días naturales para acceder a la notificación; transcurrido dicho plazo se entenderá rechazada '
            '(art. 43 Ley 39/2015).\n\n'
            'Para acceder, entre en https://dehu.redsara.es o en la Sede electrónica de la Agencia Tributaria '
            '(https://sede.agenciatributaria.gob.es) con su certificado electrónico o Cl@ve.\n\n'
            'Este correo electrónico es meramente informativo y no tiene validez como notificación. Por favor, no responda '
            'a este mensaje.' % EGI_NIF)
    body = mime.text(text, 'plain', 'ISO-8859-1', 'quoted-printable', ct='text/plain; charset={cs}')
    env = Env(frm_name='DEHu - Direccion Electronica Habilitada unica', frm_email='dehu@correo.gob.es',
              to=[('', p('es_acc')['email'])],
              subject='Aviso de puesta a disposición de notificación en DEHú', subj_charset='ISO-8859-1', subj_enc='Q',
              date=t, zone='ES', msgid='%d.%d.%d.JavaMail.dehu@dehu-notif03' % (c.randint(10 ** 6, 10 ** 7), c.randint(1, 9),
                                                                                 int(t.timestamp() * 1000)), body=body)
    c.what = 'DEHú notice that a new electronic notification from the AEAT (Modelo 347 data check) is waiting.'
    c.why = ('Government notification via the SARA network relay (correo.gob.es), only informs and tells the user to '
             'log in to dehu.redsara.es / the AEAT sede with a certificate; no attachment, no download link, no code.')
    c.pair, c.topic = '27-es-aeat-notificacion-zip.eml', 'Spanish tax-agency notifications'
    c.diff = ('Genuine: DEHú aviso, user goes to the official portal. Attack: "AEAT" display name on a hijacked domain '
              'with a download link and CSV code.')
    return send(c, env, T.platform, host='smtp02.correo.gob.es', ip='198.51.100.37', selector='sara2024', dkim_domain='correo.gob.es',
                hops=[lambda t0: T.postfix_hop(c, 'dehu-notif03.dehu.redsara.es', 'dehu-notif03.dehu.redsara.es', '10.250.14.3',
                                               'smtp02.correo.gob.es', t0, 'ES', 'ESMTPS', p('es_acc')['email'], tls='1.2')])


@message('business', 28, 'es', 'cheques-regalo-navidad-intern')
def b28(c):
    t = util.local_to_utc('ES', 2026, 12, 3, 10, 21, 16)
    c.url('https://www.pluxee.es', 'gift-card provider (named in text)')
    text = ('Hola Lucía:\n\n'
            'Sabine ya ha aprobado el presupuesto de Navidad, así que puedes lanzar el pedido de las tarjetas regalo '
            'para la plantilla a través de Pluxee (https://www.pluxee.es), como el año pasado:\n\n'
            '- 23 tarjetas Pluxee Regalo de 75 € (plantilla Zaragoza)\n'
            '- Pedido con cargo a la orden de compra 4500019920, centro de coste 6100\n'
            '- Factura a nombre de Example Group Ibérica S.L., entrega en la oficina a tu atención\n\n'
            'Las tarjetas se cargan al activarlas, así que no hace falta enviar códigos a nadie: las repartimos en mano '
            'en la comida del día 18. Cualquier duda, me llamas (ext. 214).\n\n'
            'Gracias,\nJavier\n\n'
            'Javier Ruiz\nContabilidad\nExample Group Ibérica S.L.\nTel. +34 976 468 210 ext. 214')
    c.phone('+34 976 468 210')
    from lib import ooxml
    form = ooxml.docx([('Solicitud de compra – Tarjetas regalo Navidad 2026', {'bold': True, 'size': 14}),
                       'Sociedad: Example Group Ibérica S.L. · Centro de coste 6100 · OC 4500019920',
                       ('table', [['Concepto', 'Cantidad', 'Importe unitario', 'Total'],
                                  ['Tarjeta Pluxee Regalo (plantilla Zaragoza)', '23', '75,00 €', '1.725,00 €'],
                                  ['Gastos de emisión y envío', '1', '38,00 €', '38,00 €']]),
                       'Aprobado por: Sabine Hoffmann (CFO), 02/12/2026',
                       'Entrega: oficina Zaragoza, a la atención de Lucía Fernández. Reparto en mano el 18/12/2026.'],
                      title='Solicitud tarjetas regalo 2026', author='Javier Ruiz', created='2026-12-03T08:55:00Z',
                      dt=(2026, 12, 3, 9, 55, 0), lang='es-ES')
    att = mime.attachment(form, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                          'Solicitud_tarjetas_regalo_2026.docx', extra_headers=[('Content-Description', 'Solicitud_tarjetas_regalo_2026.docx')],
                          outlook_params=['size=%d' % len(form)])
    body = outlook_body(c, text, 'es', 'windows-1252', mid=c.hex(32), attachments=[att])
    env = Env(frm_name='Ruiz, Javier', frm_email=p('es_acc')['email'], to=[('Fernández, Lucía', p('es_om')['email'])],
              cc=[('Hoffmann, Sabine', p('cfo')['email'])], frm_charset='windows-1252', frm_enc='Q', name_charset='windows-1252',
              name_enc='Q', subject='Tarjetas regalo Navidad plantilla – pedido aprobado (OC 4500019920)',
              subj_charset='windows-1252', subj_enc='Q', date=t, zone='ES', msgid=mid_exchange(c), body=body, lang='es-ES')
    c.what = 'Internal mail: the Spanish accountant asks the office manager to order Christmas gift cards for staff through the usual provider.'
    c.why = ('Internal Exchange route, CFO in copy, approved budget and purchase order, cards delivered to the office and '
             'handed out in person, explicitly no codes to send anywhere.')
    c.pair, c.topic = '28-es-ceo-tarjetas-regalo.eml', 'Gift cards'
    c.diff = ('Genuine: internal, PO and approval, provider invoice, cards handed out. Attack: "CEO" on Gmail wants '
              'Amazon cards bought privately and the codes photographed and sent.')
    return send(c, env, T.exchange_internal, client_ip='10.60.2.31', internal=True)


@message('business', 29, 'es', 'asesoria-nominas-zip-protegido')
def b29(c):
    t = util.local_to_utc('ES', 2026, 11, 27, 13, 30, 51)
    pw = 'Moncayo#EGI-26'
    c.phone('+34 976 233 417')
    c.url('www.asesoriamoncayo.es')

    real = BANK['payroll_real']
    c.iban(real, 'Javier Ruiz\'s genuine salary account (inside the encrypted payslip PDF)')

    def payslip(name, dni, neto, iban=None):
        d = docs.pdf.Doc(title='Recibo de salario 11/2026', author='A3nom', creator='Wolters Kluwer A3innuva Nómina',
                         producer='A3innuva PDF', created="20261127121544+01'00'", lang='es-ES')
        d.text(50, 790, 'RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS', 11, True)
        d.text(50, 770, 'Empresa: EXAMPLE GROUP IBERICA SL · CIF %s · CCC 50/1184725/63' % EGI_NIF, 9)
        d.text(50, 756, 'Trabajador/a: %s · DNI %s · Período: 01/11/2026 – 30/11/2026' % (name, dni), 9)
        d.table(50, 730, [(300, 'left'), (95, 'right'), (100, 'right')], [
            ['Concepto', 'Devengos', 'Deducciones'], ['Salario base', '2.140,00', ''], ['Plus convenio', '186,40', ''],
            ['Contingencias comunes 4,70 %', '', '109,34'], ['Desempleo 1,55 %', '', '36,06'],
            ['Formación profesional 0,10 %', '', '2,33'], ['MEI 0,13 %', '', '3,02'], ['Retención IRPF', '', '%s' % neto[1]]],
            size=9, leading=14)
        d.text(545, 590, 'LÍQUIDO A PERCIBIR: %s €' % neto[0], 11, True, align='right')
        if iban:
            d.text(50, 560, 'Transferencia a: %s' % iban, 9)
        return d.build()
    slips = [('Nomina_112026_FERNANDEZ_MORENO_LUCIA.pdf', payslip('FERNÁNDEZ MORENO, LUCÍA', ids.es_dni('25471836'), ('1.869,52', '306,13'))),
             ('Nomina_112026_RUIZ_LASHERAS_JAVIER.pdf', payslip('RUIZ LASHERAS, JAVIER', ids.es_dni('17738204'), ('1.901,18', '274,47'), ids.iban_fmt(real['iban']))),
             ('Resumen_costes_112026.pdf', payslip('RESUMEN DE COSTES (23 trabajadores)', '—', ('46.212,90', '8.114,66')))]
    z = zipc.build([(n, d, (2026, 11, 27, 12, 16, 2)) for n, d in slips], password=pw.encode(), rng=c.rng)
    zname = 'Nominas_112026_ExampleGroupIberica.zip'
    c.zip_passwords = {zname: pw}
    c.pw_note = ' (not in the message – communicated by phone/SMS as stated)'
    text = ('Buenas tardes, Lucía:\n\n'
            'Te adjuntamos las nóminas de noviembre de 2026 y el resumen de costes en un fichero comprimido protegido. '
            'La contraseña es la habitual que os comunicamos por teléfono (no la enviamos por correo).\n\n'
            'Los seguros sociales se presentarán por el Sistema RED el día 30 y las transferencias de nómina se pueden '
            'lanzar a partir del lunes 30 con el fichero SEPA que os dejamos en el portal.\n\n'
            'Un saludo,\n\nPilar Sanz\nDepartamento Laboral\nAsesoría Laboral Moncayo S.L.\n'
            'Paseo de Sagasta 31, 4.º · 50008 Zaragoza\nTel. +34 976 233 417 · www.asesoriamoncayo.es')
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(z, 'application/zip', zname)], c.boundary('thunderbird'))
    env = Env(frm_name='Nóminas - Asesoría Moncayo', frm_email='nominas@asesoriamoncayo.es',
              to=[('Lucía Fernández', p('es_om')['email'])],
              subject='Nóminas noviembre 2026 – Example Group Ibérica', date=t, zone='ES',
              msgid=mid_uuid(c, 'asesoriamoncayo.es'), body=body,
              extra=[('X-PPP-Message-ID', '<%d.%d@mail.asesoriamoncayo.es>' % (int(t.timestamp() * 1000), c.randint(1000, 99999))),
                     ('X-PPP-Vhost', 'asesoriamoncayo.es')])
    c.what = 'Payroll adviser sends the November payslips as a password-protected ZIP; the password is known by phone, not in the mail.'
    c.why = ('Known payroll adviser on its own Plesk server (DKIM/DMARC pass), encrypted ZIP containing only PDFs, password '
             'deliberately exchanged out of band, normal payroll timeline; this is the honest version of a password-ZIP mail.')
    c.pair, c.topic = '29-es-nomina-cambio-iban.eml', 'Payroll'
    c.diff = ('Genuine: adviser\'s domain, payslips protected with an out-of-band password. Attack: colleague '
              'impersonated from a free mailbox asking to redirect his salary to a neobank IBAN.')
    return send(c, env, monc_plesk, ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3')


@message('business', 30, 'es', 'cme-pedido-compra')
def b30(c):
    t = util.local_to_utc('ES', 2026, 10, 30, 11, 2, 19)
    c.phone('+34 976 470 532')
    c.url('www.cmebro.es')
    po = docs.invoice(
        dict(title='Pedido 4700128876', author='SAP', creator='SAP NetWeaver', producer='SAP NetWeaver 7.5 PDF',
             created="20261030105511+01'00'", lang='es-ES'),
        ['Construcciones Mecánicas del Ebro S.A.', 'Ctra. de Logroño km 8,2', '50011 Zaragoza', 'NIF %s' % CME_NIF,
         'www.cmebro.es'],
        EGES, 'Pedido de compra',
        [('Número', '4700128876'), ('Fecha', '30.10.2026'), ('Su oferta', 'EGI-OF-26-0915'), ('Entrega', 'semana 49/2026'),
         ('Condiciones', 'Pago a 60 días')],
        [(45, 'left'), (85, 'left'), (225, 'left'), (45, 'right'), (95, 'right')],
        [['Pos.', 'Material', 'Descripción', 'Cant.', 'Importe €'],
         ['10', 'ZP-4-032-R', 'Bomba de engranajes 32 cc, SAE-A', '120', '16.680,00'],
         ['20', 'SB-12-4S', 'Bloque de válvulas 4 secciones 12 V', '40', '23.320,00'],
         ['30', 'DK-SB12', 'Kit de juntas SB-12', '200', '1.840,00']],
        [('Base imponible', '41.840,00', False), ('IVA 21 %', '8.786,40', False), ('Total €', '50.626,40', True)],
        ['Entrega: Almacén CME, Ctra. de Logroño km 8,2, Zaragoza. Indiquen el número de pedido en albarán y factura.',
         'Factura electrónica: enviar a facturas@cmebro.es.'],
        ['Construcciones Mecánicas del Ebro S.A. · Registro Mercantil de Zaragoza, Tomo 1820, Folio 12, Hoja Z-3311'],
        color='#1d5c2e')
    text = ('Hola Lucía:\n\n'
            'Os paso el pedido 4700128876 según vuestra oferta EGI-OF-26-0915 para la serie TF-90. Necesitaríamos las '
            'bombas y los bloques en la semana 49; si no llegáis con los bloques de 4 secciones avísame y partimos la entrega.\n\n'
            'Un saludo,\nÁlvaro\n\n--\nÁlvaro Gil\nCompras · Construcciones Mecánicas del Ebro S.A.\nTel. +34 976 470 532 · www.cmebro.es')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'),
                                         mime.text(fmt.gmail_html(text), 'html', 'UTF-8', 'quoted-printable')], c.boundary('gmail'))
    body = mime.multipart('mixed', [alt, mime.attachment(po, 'application/pdf', 'Pedido_4700128876.pdf',
                                                         extra_headers=[('X-Attachment-Id', 'f_' + c.lower(9))],
                                                         cid='f_' + c.lower(9))], c.boundary('gmail'))
    env = Env(frm_name='Álvaro Gil', frm_email='agil@cmebro.es', to=[('Lucía Fernández', p('es_om')['email'])],
              subject='Pedido 4700128876 – bombas ZP-4 y bloques SB-12 (TF-90)', date=t, zone='ES', msgid=T.gmail_msgid(c), body=body)
    c.what = 'Customer purchase order (SAP PDF) for gear pumps and valve banks against the Spanish office\'s quotation.'
    c.why = ('Real customer domain cmebro.es on Google Workspace (DKIM/DMARC pass), references our offer number, '
             'prices visible in a plain PDF, no login or link.')
    c.pair, c.topic = '30-es-cme-pedido-pdf-enlace.eml', 'Purchase order from Construcciones Mecánicas del Ebro'
    c.diff = ('Genuine: cmebro.es, complete PDF with prices. Attack: cmebro-es.com on Zoho, PDF with hidden amounts and a '
              'login button.')
    return send(c, env, T.gmail, workspace_domain='cmebro.es')


@message('business', 31, 'es', 'asesoria-factura-verifactu')
def b31(c):
    t = util.local_to_utc('ES', 2026, 12, 4, 9, 44, 12)
    num = 'A-2026-0418'
    importe = '1452.00'
    qurl = ('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=04-12-2026&importe=%s'
            % (MONC_NIF, num, importe))
    c.qr(qurl, 'VERI*FACTU verification QR (NIF issuer, series/number, date, total)')
    iban = c.iban(BANK['moncayo'], 'adviser account (direct debit mandate on file)')
    c.phone('+34 976 233 417')
    c.url('www.asesoriamoncayo.es')
    inv = docs.invoice(
        dict(title='Factura %s' % num, author='Asesoría Moncayo', creator='a3factura', producer='a3factura PDF',
             created="20261204093511+01'00'", lang='es-ES'),
        ['Asesoría Laboral Moncayo S.L.', 'Paseo de Sagasta 31, 4.º', '50008 Zaragoza', 'NIF %s' % MONC_NIF,
         'www.asesoriamoncayo.es'],
        EGES, 'Factura',
        [('Número', num), ('Fecha', '04/12/2026'), ('Vencimiento', '19/12/2026'), ('Forma de pago', 'Domiciliación SEPA')],
        [(330, 'left'), (60, 'right'), (105, 'right')],
        [['Concepto', 'Uds.', 'Importe €'], ['Honorarios gestión laboral noviembre 2026 (23 trabajadores)', '1', '1.035,00'],
         ['Tramitación alta y contrato (1)', '1', '65,00'], ['Certificados de retenciones y consultas', '1', '100,00']],
        [('Base imponible', '1.200,00', False), ('IVA 21 %', '252,00', False), ('Total', '1.452,00 €', True)],
        ['Se cargará en su cuenta según el mandato SEPA vigente. Nuestra cuenta: Ibercaja, %s' % iban],
        ['Factura verificable en la sede electrónica de la AEAT · Asesoría Laboral Moncayo S.L. · R.M. Zaragoza, Hoja Z-40218'],
        qr=(qurl, 105, 440, 250), qr_caption=['QR tributario:', 'VERI*FACTU'], color='#5a2d82')
    text = ('Buenos días:\n\n'
            'Adjuntamos la factura %s correspondiente a los honorarios de noviembre. Se cargará por domiciliación '
            'como de costumbre; no tenéis que hacer transferencia.\n\n'
            'Desde este mes nuestras facturas incluyen el código QR de VERI*FACTU, con el que podéis comprobar la '
            'factura en la sede de la Agencia Tributaria.\n\n'
            'Un saludo,\nAdministración\nAsesoría Laboral Moncayo S.L.\nTel. +34 976 233 417 · www.asesoriamoncayo.es' % num)
    body = mime.multipart('mixed', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', ct='text/plain; charset={cs}; format=flowed'),
                                    mime.attachment(inv, 'application/pdf', 'Factura_%s.pdf' % num)], c.boundary('thunderbird'))
    env = Env(frm_name='Administración Asesoría Moncayo', frm_email='psanz@asesoriamoncayo.es',
              to=[('', p('es_acc')['email'])], cc=[('Lucía Fernández', p('es_om')['email'])],
              subject='Factura %s – honorarios noviembre 2026' % num, date=t, zone='ES', msgid=mid_uuid(c, 'asesoriamoncayo.es'),
              body=body, extra=[('X-PPP-Message-ID', '<%d.%d@mail.asesoriamoncayo.es>' % (int(t.timestamp() * 1000), c.randint(1000, 99999))),
                                ('X-PPP-Vhost', 'asesoriamoncayo.es')])
    c.what = 'Payroll adviser\'s monthly fee invoice with the VERI*FACTU QR code pointing to the AEAT verification service.'
    c.why = ('Known adviser, own server, expected monthly amount paid by existing direct debit, QR in the official '
             'VERI*FACTU format on agenciatributaria.gob.es; nothing to fill in or log in to.')
    c.pair, c.topic = '31-es-verifactu-google-forms.eml', 'VERI*FACTU'
    c.diff = ('Genuine: invoice carrying the official VERI*FACTU verification QR. Attack: Google Forms "mandatory '
              'registration" asking for certificate data under threat of a fine.')
    return send(c, env, monc_plesk, ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3')
