"""attack/27-31: Spanish-language attacks."""
from . import company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid
from .h import S, setup, meta, urls, mid_m365, mid_gmail, pdf_meta
from .registry import message

MPIR = company.MPIR


@message('attack', 27, 'es', 'aeat-requerimiento-dropbox-zip')
def a27(m):
    jm = S('javier.martinez')
    sent = local('Europe/Madrid', 2026, 10, 22, 8, 36, 50)
    setup(m, ('Agencia Tributaria', 'notificaciones@gestoriaplaza.es'), [('', jm['addr'])],
          'Notificación: requerimiento de información – Modelo 347 ejercicio 2025 (Ref. 2026RSC47839112E)', sent, zone='Europe/Madrid')
    m.ms_server, m.ms_pod = 'DB9PR08MB6724', 'eurprd08'
    m.msgid = mid_m365(m, 'DB9PR08MB6724', 'eurprd08')
    link = 'https://www.dropbox.com/scl/fi/7r2kq9xw4m1bz8e5v0t3n/Notificacion_AEAT_2026RSC47839112E.zip?rlkey=h3k9q2x7m4c8v1b5n6z0a2s4d&st=8f2k1q9x&dl=1'
    nif = company.ENT['ES']['tax'][0][1]
    paras = ['AGENCIA ESTATAL DE ADMINISTRACIÓN TRIBUTARIA\nDelegación Especial de Navarra – Dependencia Regional de Inspección',
             'Estimado contribuyente (NIF %s – EXAMPLE GROUP IBERIA S.L.):' % nif,
             'Le comunicamos que, en el marco de las actuaciones de comprobación de la Declaración anual de operaciones con terceras '
             'personas (Modelo 347) correspondiente al ejercicio 2025, se han detectado discrepancias entre los importes declarados por '
             'usted y los imputados por sus proveedores.',
             'Conforme al artículo 93 de la Ley 58/2003, General Tributaria, deberá aportar la documentación requerida en el plazo de '
             'diez días hábiles contados desde el día siguiente a la recepción de la presente notificación.',
             'Puede descargar el requerimiento y el detalle de las operaciones afectadas en el siguiente enlace:',
             'Referencia: 2026RSC47839112E\nCódigo seguro de verificación (CSV): 8HK2 QM7T 4XNP 5RZB',
             'La no atención del requerimiento podrá constituir infracción tributaria conforme al artículo 203 de la Ley General Tributaria.',
             'Atentamente,\nAgencia Tributaria']
    html = mime.outlook_html(''.join('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % mime.esc(p).replace('\n', '<br>')
                                     for p in paras[:5]) +
                             '<p class="MsoNormal"><a href="%s">Descargar requerimiento (PDF comprimido)</a></p><p class="MsoNormal">&nbsp;</p>'
                             % mime.esc(link) +
                             ''.join('<p class="MsoNormal">%s</p><p class="MsoNormal">&nbsp;</p>' % mime.esc(p).replace('\n', '<br>')
                                     for p in paras[5:]), 'ES')
    plain = '\n\n'.join(paras[:5]) + '\n\nDescargar requerimiento (PDF comprimido)<%s>\n\n' % link + '\n\n'.join(paras[5:]) + '\n'
    m.body = mime.alt(m, 'outlook', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.m365(m, tenant_id='0c7a5e91-64d2-4f3b-a8e7-1b92d3c4f560', org='gestoriaplaza.es', region='EUR03', server='DB9PR08MB6724',
                 pod='eurprd08', lang='es-ES', selector='selector2')
    urls(m, link)
    meta(m, 'Tax-authority lure with malware download: "Agencia Tributaria" demands documents on discrepancies in the Modelo 347 '
            'return within ten days; the link downloads a ZIP from Dropbox (in the real campaigns a banking trojan loader).',
         'Sent from the compromised Microsoft 365 tenant of a small tax agency (gestoriaplaza.es, SPF/DKIM pass) with the display name '
         '"Agencia Tributaria"; the AEAT never sends documents or download links by e-mail (only notices pointing to the DEHú / Sede, '
         'see business/28).')


@message('attack', 28, 'es', 'maderas-lookalike-factura-nueva-cuenta')
def a28(m):
    jm = S('javier.martinez')
    fake = 'maderasdelpirineo.com'
    sent = local('Europe/Madrid', 2026, 11, 24, 12, 18, 7)
    setup(m, ('Laura Sánchez Gil', 'l.sanchez@' + fake), [(jm['name'], jm['addr'])],
          'Factura %s – vencimiento 30/11 – nueva cuenta de cobro' % shared.MPIR_INV, sent, zone='Europe/Madrid', style='gmail')
    m.msgid = mid_gmail(m)
    iban = shared.A28_IBAN
    gross = shared.fmt(shared.MPIR_GROSS)
    lines = ['Buenos días, Javier:', '',
             'Le adjunto de nuevo la factura %s del 16/11/2026 (%s €) con los datos bancarios actualizados.' % (shared.MPIR_INV, gross), '',
             'Por indicación de la auditoría del grupo, desde este mes centralizamos los cobros de clientes internacionales en nuestra '
             'cuenta de tesorería europea. Le ruego que el pago de esta factura, con vencimiento 30/11, y de las siguientes se realice '
             'únicamente a la cuenta que figura en la factura adjunta:', '',
             'Titular: Maderas del Pirineo S.A.', 'Banco: Revolut Bank UAB', 'IBAN: %s' % ids.iban_fmt(iban), 'BIC: REVOLT21XXX', '',
             'La cuenta de Ibercaja se mantiene solo para clientes nacionales hasta final de año. ¿Me confirma por favor la fecha prevista '
             'de la transferencia?', '',
             'Un saludo,', '', 'Laura Sánchez Gil', 'Dpto. Administración', 'Maderas del Pirineo S.A.',
             'Polígono Sepes, Parcela 12 · 22600 Sabiñánigo (Huesca)', 'Tel. +34 974 48 22 90']
    gm = mime.gmail_html(lines)
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(m, sent, 'Factura %s' % shared.MPIR_INV, 'Maderas del Pirineo', 'Microsoft® Excel® para Microsoft 365',
                         'Microsoft® Excel® para Microsoft 365'),
        ('MADERAS DEL PIRINEO S.A.', ['Polígono Sepes, Parcela 12 · 22600 Sabiñánigo (Huesca)', 'CIF %s · Tel. +34 974 48 22 90' % MPIR['cif']]),
        ['EXAMPLE GROUP IBERIA S.L.', 'Polígono Industrial Talluntxe II, Calle M 14', '31110 Noáin (Navarra)',
         'CIF %s' % company.ENT['ES']['tax'][0][1]],
        'FACTURA', [('Número', shared.MPIR_INV), ('Fecha', '16/11/2026'), ('Vencimiento', '30/11/2026'), ('Cliente', '430-0217')],
        ['Lín.', 'Descripción', 'Cantidad', 'Precio', 'Importe'],
        [[p, d, ('%s %s' % (shared.fmt(q) if u != 'viaje' else '1', u)), shared.fmt(pr), shared.fmt(q * pr)]
         for p, d, _, q, u, pr in shared.MPIR_ITEMS],
        [('Base imponible', shared.fmt(shared.MPIR_NET) + ' €', False), ('IVA 21 %', shared.fmt(shared.MPIR_VAT) + ' €', False),
         ('TOTAL FACTURA', gross + ' €', True)],
        ['Forma de pago: transferencia bancaria a 14 días', 'Revolut Bank UAB · IBAN %s · BIC REVOLT21XXX' % ids.iban_fmt(iban)],
        ['Maderas del Pirineo S.A. · Inscrita en el Registro Mercantil de Huesca, Tomo 512, Folio 88, Hoja HU-7714 · CIF ' + MPIR['cif']],
        money_cols=(3,))
    m.body = mime.mixed(m, 'gmail', [
        mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable')),
        Part('application/pdf', body=pdfb, cte='base64', filename='Factura_%s.pdf' % shared.MPIR_INV, disposition='attachment',
             headers=[('X-Attachment-Id', 'f_m' + rstr(m.rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 8))])])
    systems.gmail(m, workspace_domain=fake)
    m.fact('IBAN', iban)
    meta(m, 'Invoice fraud: a "corrected" copy of the supplier\'s real invoice %s with the same items and amount, but payable to a '
            'Lithuanian Revolut account "for international customers".' % shared.MPIR_INV,
         'maderasdelpirineo.com (Google Workspace) imitates maderasdelpirineo.es; the attacker knows the real invoice number and amount '
         '(from a compromised mailbox at the supplier) and changes only the IBAN; foreign account, "audit" pretext, asks for the transfer '
         'date. Real invoice with the Ibercaja IBAN and VERI*FACTU QR: business/27.')


@message('attack', 29, 'es', 'soporte-it-screenconnect')
def a29(m):
    le = S('lucia.etxeberria')
    sent = local('Europe/Madrid', 2026, 12, 9, 9, 2, 14)
    setup(m, ('Soporte IT | Example Group', 'soporte@examplegroup-it.com'), [(le['name'], le['addr'])],
          'Actualización obligatoria del agente de seguridad – antes del viernes 11/12', sent, zone='Europe/Madrid', style='gmail')
    m.msgid = mid_gmail(m)
    link = 'https://examplegroup-soporte.screenconnect.com/Bin/ScreenConnect.ClientSetup.msi?e=Access&y=Guest'
    phone = '+34 910 60 48 17'
    lines = ['Hola Lucía,', '',
             'como parte de la migración al nuevo sistema de protección de equipos (EDR) del grupo, todos los portátiles de la oficina de '
             'Noáin deben tener instalado el nuevo agente de seguridad antes del viernes 11/12. Los equipos sin el agente perderán el '
             'acceso a Outlook y a la VPN el lunes.', '',
             'Descargue e instale el agente desde el siguiente enlace (no necesita permisos de administrador, la instalación tarda 2 minutos):', '',
             link, '',
             'Una vez instalado, un técnico del centro de soporte le llamará desde el %s para comprobar la conexión. Si prefiere '
             'hacerlo ahora, puede llamarnos a ese mismo número.' % phone, '',
             'Gracias por su colaboración,', 'Departamento de Sistemas', 'Example Group – IT Service Desk']
    gm = mime.gmail_html(lines).replace(mime.esc(link), '<a href="%s">%s</a>' % (mime.esc(link), mime.esc(link)))
    m.body = mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable'))
    systems.gmail(m, workspace_domain='examplegroup-it.com')
    urls(m, link)
    m.fact('Phone', phone)
    meta(m, 'Help-desk / remote-access pretext: "IT Service Desk" asks the Spanish office manager to install a "security agent" that '
            'is in fact a ScreenConnect remote-access client connecting to the attacker\'s instance, followed by a phone call.',
         'Look-alike domain examplegroup-it.com on Google Workspace; abuses a legitimate RMM tool (signed installer, trusted host '
         'screenconnect.com); threatens loss of access; combines e-mail with a callback number. IT\'s genuine remote-support ticket '
         'mail: business/29.')


@message('attack', 30, 'es', 'bbva-netcash-firma-operaciones')
def a30(m):
    jm = S('javier.martinez')
    sent = local('Europe/Madrid', 2026, 11, 30, 17, 44, 2)
    setup(m, ('BBVA net cash', 'avisos@bbva-netcash-empresas.com'), [('', jm['addr'])],
          'BBVA net cash: su firma de operaciones caduca el 04/12/2026', sent, zone='Europe/Madrid')
    link = 'https://bbva-netcash-empresas.com/renovacion/firma?ref=NC%s' % rstr(m.rng, '0123456789', 10)
    paras = ['Estimado cliente:',
             'Le informamos de que el certificado de firma de operaciones asociado a su usuario de BBVA net cash caduca el próximo '
             '04/12/2026. A partir de esa fecha no podrá firmar transferencias, remesas de nóminas ni pagos de impuestos.',
             'Para renovarlo, acceda con su código de empresa, usuario y contraseña y confirme la operación con la clave que recibirá '
             'por SMS. El proceso tarda menos de 3 minutos.',
             'Gracias por confiar en BBVA.',
             'Este mensaje se ha enviado automáticamente. BBVA nunca le pedirá sus claves por correo electrónico.']
    html = ('<html><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif"><table align="center" width="600" '
            'style="background:#fff"><tr><td style="background:#072146;padding:20px 30px;color:#fff;font-size:26px;font-weight:bold">BBVA</td></tr>'
            '<tr><td style="padding:26px 30px;font-size:15px;color:#121212">' + ''.join('<p>%s</p>' % mime.esc(p) for p in paras[:3]) +
            '<p style="margin:24px 0"><a href="%s" style="background:#1973b8;color:#fff;padding:12px 28px;text-decoration:none;'
            'font-weight:bold">Renovar firma</a></p><p>%s</p></td></tr><tr><td style="padding:14px 30px;font-size:11px;color:#666;'
            'background:#eee">%s<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao</td></tr></table></body></html>'
            % (mime.esc(link), mime.esc(paras[3]), mime.esc(paras[4])))
    m.body = mime.alt(m, 'java', mime.text(mime.html2text(html), 'iso-8859-1', 'quoted-printable'),
                      mime.html(html, 'iso-8859-1', 'quoted-printable'))
    systems.mailgun(m, 'mg.bbva-netcash-empresas.com')
    urls(m, link)
    meta(m, 'Business-banking credential phishing: the "operations signing certificate" of BBVA net cash expires in four days; renew '
            'with company code, user, password and the SMS code.',
         'Look-alike domain bbva-netcash-empresas.com sent via Mailgun; real-time relay of the SMS one-time code; the footer even '
         'contains the usual "we never ask for your keys" line to look authentic.')


@message('attack', 31, 'es', 'google-forms-datos-nomina')
def a31(m):
    le = S('lucia.etxeberria')
    sent = local('Europe/Madrid', 2026, 12, 11, 10, 7, 33)
    setup(m, ('RRHH Example Group (vía Formularios de Google)', 'forms-receipts-noreply@google.com'), [('', le['addr'])],
          'Actualización de datos bancarios para nómina – diciembre 2026', sent, zone='Europe/Madrid', style='gmail',
          reply_to=('RRHH Example Group', 'rrhh.examplegroup@gmail.com'))
    m.msgid = '%s@google.com' % rstr(m.rng, ALNUM, 22)
    m.env_from = '3%s-%s@forms-receipts-noreply.bounces.google.com' % (rstr(m.rng, ALNUM, 20), rstr(m.rng, ALNUM, 12))
    fid = '1FAIpQLSe' + rstr(m.rng, ALNUM + '_-', 47)
    link = 'https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid
    desc = ('Para el abono de la nómina de diciembre y la paga extra de Navidad, todos los empleados de Example Group Iberia deben '
            'confirmar sus datos bancarios y sus credenciales de acceso al portal del empleado antes del 14/12. Los datos no '
            'confirmados no podrán procesarse en la nómina de este mes.')
    html = ('<html><body style="background:#f1f3f4;margin:0;font-family:Roboto,Arial,sans-serif"><table align="center" width="600" '
            'style="background:#fff;border-top:10px solid #673ab7"><tr><td style="padding:24px;font-size:14px;color:#202124">'
            '<p>RRHH Example Group (rrhh.examplegroup@gmail.com) te ha invitado a rellenar un formulario:</p>'
            '<p style="font-size:24px">Actualización de datos – Nómina diciembre 2026</p><p>%s</p>'
            '<p style="margin:24px 0"><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;text-decoration:none;'
            'border-radius:4px">RELLENAR FORMULARIO</a></p><p style="font-size:12px;color:#5f6368">Si tienes problemas para ver o '
            'enviar este formulario, puedes rellenarlo en Formularios de Google:<br><a href="%s">%s</a></p>'
            '<p style="font-size:12px;color:#5f6368">Nunca envíes contraseñas a través de Formularios de Google.</p></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:12px;color:#5f6368;background:#f8f9fa">Google Forms: crea formularios y '
            'encuestas personalizados. <a href="https://docs.google.com/forms/">Crear un formulario</a></td></tr></table></body></html>'
            % (mime.esc(desc), mime.esc(link), mime.esc(link), mime.esc(link)))
    plain = ('RRHH Example Group (rrhh.examplegroup@gmail.com) te ha invitado a rellenar un formulario:\n\n'
             'Actualización de datos – Nómina diciembre 2026\n\n%s\n\nRELLENAR FORMULARIO: %s\n\n'
             'Nunca envíes contraseñas a través de Formularios de Google.\n\nGoogle Forms: crea formularios y encuestas personalizados.\n'
             % (desc, link))
    m.body = mime.alt(m, 'gmail', mime.text(plain, 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.google_system(m, 'google.com', feedback='forms:%d:google' % m.rng.randint(10 ** 6, 10 ** 7))
    urls(m, link, 'https://docs.google.com/forms/')
    meta(m, 'Payroll/credential harvesting through a real Google Forms invitation: "HR" asks every Spanish employee to confirm bank '
            'details and employee-portal credentials before the Christmas payroll.',
         'Genuine Google infrastructure (google.com SPF/DKIM/DMARC pass, docs.google.com link), but HR does not use a Gmail address or '
         'Google Forms, and no employer collects portal passwords; Google\'s own footer warns against sending passwords. Genuine Google '
         'Forms confirmation: business/31.')
