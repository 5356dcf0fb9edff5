"""Spanish messages: attack/27-31, business/27-31."""
import struct

from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC

DMARC.update({'autoescuelalameda.es': 'none', 'gruaslevante.com': 'none', 'examplegroup-rrhh.es': 'none',
              'centralita-cloud.net': 'none', 'correo.gob.es': 'none', 'contrataciondelestado.es': 'none',
              'google.com': 'reject'})

VICENTE = P('Vicente Soler', 'vicente.soler@gruaslevante.es')
GL_FACT = P('Grúas y Mantenimiento Levante - Facturación', 'facturacion@gruaslevante.es')
ETE = ['Example Terminal España S.L.', 'Muelle Príncipe Felipe s/n', '46024 Valencia', 'NIF %s' % C.CIF_ES]
GLV = ['Grúas y Mantenimiento Levante S.L.', 'Polígono Industrial Vara de Quart', 'C/ Dels Gremis 27', '46014 Valencia',
       'NIF %s' % C.GL_CIF]


@msg('attack', 27, 'es', 'aeat-notificacion-zip-descarga')
def a27(m):
    m.t = hamburg(2026, 10, 21, 12, 9, 26)
    m.frm = P('Agencia Tributaria', 'info@autoescuelalameda.es')
    m.to = [S['es_acc']]
    m.subject = 'Notificación electrónica pendiente – Requerimiento de información (Ref. 2026GRC48173Y)'
    m.client = 'roundcube'
    m.x_mailer = 'Roundcube Webmail/1.6.6'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='vps-2107.dinaserver.es', server_ip='46.24.170.107',
                            user_domain='autoescuelalameda.es', mode='auth', client_ip='127.0.0.1',
                            client_helo='webmail.autoescuelalameda.es', zone='cet')
    link = 'https://pub-3f8a91c2d7e04b6aa1f0c5d9e2b7a314.r2.dev/AEAT/Notificacion_%s_2026GRC48173Y.zip' % C.CIF_ES
    text = ('AGENCIA TRIBUTARIA\nSede Electrónica\n\n'
            'Estimado/a contribuyente:\n\n'
            'Le comunicamos que tiene a su disposición una notificación electrónica relativa a la entidad EXAMPLE '
            'TERMINAL ESPAÑA S.L. (NIF %s).\n\n'
            'Procedimiento: Requerimiento de información – Modelo 303 (3T 2026)\n'
            'Referencia: 2026GRC48173Y\n'
            'Fecha de puesta a disposición: 21/10/2026\n\n'
            'Puede descargar la notificación y la documentación anexa en el siguiente enlace:\n'
            '[[Descargar notificación (ZIP, 212 KB)|%s]]\n\n'
            'Transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su contenido, se '
            'entenderá rechazada y se tendrá por efectuado el trámite (art. 43 Ley 39/2015).\n\n'
            'Agencia Estatal de Administración Tributaria' % (C.CIF_ES, link))
    m.body = alt(text_leaf(R.plain(text, 'angle'), 'plain', 'UTF-8', 'quoted-printable', quote_cs=False,
                           params='; format=flowed'),
                 text_leaf(R.simple_html(text, 'UTF-8', 'Verdana', '10pt', 'es'), 'html', 'UTF-8', 'quoted-printable',
                           quote_cs=False))
    m.what = ('Fake AEAT "electronic notification" (information request on VAT return 303) from the webmail of a '
              'hacked driving-school domain, with a link to a ZIP on a Cloudflare R2 bucket (banking-trojan loader '
              'pattern seen in Spanish campaigns).')
    m.why = ('Malware delivery: tax-authority branding from an unrelated domain, download of an archive from r2.dev '
             'instead of the AEAT Sede/DEHú, 10-day legal deadline pressure; genuine notices point to dehu.redsara.es '
             '(business/27).')


@msg('attack', 28, 'es', 'gruas-levante-dominio-falso-certificado-titularidad')
def a28(m):
    m.t = hamburg(2026, 11, 12, 9, 45, 3)
    m.frm = P('Grúas Levante - Facturación', 'facturacion@gruaslevante.com')
    m.to = [S['es_acc']]
    m.cc = [S['es_om']]
    m.subject = 'Actualización datos bancarios - Grúas y Mantenimiento Levante S.L.'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='gruaslevante.com', zone='cet')
    new = ids.iban('ES', ids.es_bban('0073', '0100', '0568314927'))
    m.ids.append(('IBAN (fraudulent, Openbank)', ids.fmt_iban(new), iban_chk(new)))
    text = ('Buenos días Javier:\n\n'
            'Te escribo desde administración de Grúas Levante. Por motivos de reorganización interna hemos cambiado '
            'de entidad bancaria y a partir de ahora todos los pagos deben realizarse a la nueva cuenta:\n\n'
            'Titular: Grúas y Mantenimiento Levante S.L.\n'
            'Entidad: Openbank S.A.\n'
            'IBAN: %s\n'
            'BIC: OPENESMMXXX\n\n'
            'Adjunto el certificado de titularidad emitido por el banco. Las facturas pendientes (GML-26/0388 y '
            'GML-26/0412, total 23.870,45 €) rogamos se abonen ya en esta cuenta; la anterior de CaixaBank queda '
            'cancelada a final de mes.\n\n'
            '¿Me puedes confirmar cuando lo hayáis actualizado en vuestro sistema? Cualquier cosa mejor por email, '
            'esta semana estamos con cierre y no cogemos el teléfono.\n\n'
            'Un saludo,\nMarta Ribes\nAdministración\nGrúas y Mantenimiento Levante S.L.' % ids.fmt_iban(new))
    pdf = D.letter_pdf(
        m, ['OPENBANK', 'Openbank S.A.', 'Plaza de Santa Bárbara 2', '28004 Madrid'],
        ['GRÚAS Y MANTENIMIENTO LEVANTE S.L.', 'C/ Dels Gremis 27', '46014 Valencia'], 'Madrid, 9 de noviembre de 2026',
        'CERTIFICADO DE TITULARIDAD DE CUENTA',
        ['Openbank S.A. certifica que la cuenta abajo indicada figura abierta en esta entidad a nombre de:',
         'Titular: GRÚAS Y MANTENIMIENTO LEVANTE S.L.\nNIF: %s\nIBAN: %s\nBIC: OPENESMMXXX\nFecha de apertura: '
         '02/11/2026' % (C.GL_CIF, ids.fmt_iban(new)),
         'Y para que conste a los efectos oportunos, se expide el presente certificado a petición del interesado.'],
        closing=['Departamento de Operaciones', 'Openbank S.A.'], creator='Adobe Acrobat Pro 24',
        producer='Adobe PDF Library 24.3.51', size=10)
    m.body = mixed(R.gmail_alt(text, 'es'),
                   attachment(pdf, 'application/pdf', 'Certificado_titularidad_Openbank.pdf', 'gmail'))
    m.what = ('Bank-detail change for the crane-maintenance contractor from gruaslevante.com (the real domain is .es) '
              'on Google Workspace, with a forged Openbank "certificado de titularidad" and two real-looking open '
              'invoices.')
    m.why = ('Supplier impersonation: TLD-swap look-alike, unknown sender name, bank certificate as "proof", '
             'phone contact avoided, previous account "cancelled"; the genuine supplier invoices from .es with its '
             'CaixaBank account (business/28).')


@msg('attack', 29, 'es', 'portal-empleado-nomina-qr-ses')
def a29(m):
    m.t = hamburg(2026, 11, 27, 8, 20, 40)
    m.frm = P('Portal del Empleado | RR. HH.', 'nominas@examplegroup-rrhh.es')
    m.to = [S['es_om']]
    m.subject = 'Su nómina de noviembre 2026 está retenida – verificación de datos requerida'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'eu-west-1')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='eu-west-1', sign_domain='examplegroup-rrhh.es')
    url = 'https://portal-empleado.examplegroup-rrhh.es/n/?e=bHVjaWEubWFydGluZXpAZXhhbXBsZS5jb20='
    m.qr.append(url)
    qrpng = png.qr_png(__import__('eg.qr', fromlist=['encode']).encode(url, 'M'), 6)
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<p><b>Portal del Empleado – Recursos Humanos</b></p>\n'
            '<p>Hola Lucía:</p>\n<p>Con motivo de la implantación del nuevo sistema de nómina electrónica, su recibo '
            'de salarios de <b>noviembre 2026</b> ha quedado retenido hasta que confirme sus datos de acceso y su '
            'cuenta bancaria.</p>\n<p>Por seguridad, el acceso solo es posible desde su teléfono móvil. Escanee el '
            'siguiente código con la cámara:</p>\n<p><img src="cid:qr_nomina_2611" width="210" height="210" '
            'alt="Código QR"></p>\n<p>El código caduca en 24 horas. Si no completa la verificación, el pago de la '
            'nómina se realizará en el siguiente ciclo.</p>\n<p>Atentamente,<br>Departamento de Recursos Humanos</p>\n'
            '<p style="font-size:11px;color:#888">Este mensaje ha sido enviado automáticamente. No responda a este '
            'correo.</p>\n</body></html>\n')
    pt = ('Portal del Empleado - Recursos Humanos\n\nHola Lucía:\n\nSu recibo de salarios de noviembre 2026 ha quedado '
          'retenido hasta que confirme sus datos. Escanee el código QR de este mensaje con su teléfono móvil. El código '
          'caduca en 24 horas.\n\nDepartamento de Recursos Humanos\n')
    m.body = alt(text_leaf(pt, 'plain', 'utf-8', 'quoted-printable'),
                 related(text_leaf(html, 'html', 'utf-8', 'quoted-printable'),
                         attachment(qrpng, 'image/png', 'qr.png', 'plain', inline=True, cid='qr_nomina_2611'),
                         params='; type="text/html"'))
    m.what = ('"HR employee portal" mail saying the November payslip is withheld until the user verifies access and '
              'bank account by scanning an inline QR code (multipart/related PNG); Amazon SES from a look-alike domain.')
    m.why = ('Quishing + payroll fraud: link only inside an image, forces use of a personal phone, salary withheld as '
             'pressure, look-alike of the company name; payslips are published on the intranet (business/29).')


def _svg_voicemail(url):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" '
            'height="220" viewBox="0 0 480 220">\n'
            '  <rect width="480" height="220" rx="10" fill="#f4f6f8" stroke="#c9d1d9"/>\n'
            '  <text x="24" y="42" font-family="Segoe UI, Arial" font-size="20" fill="#1f2328">Mensaje de voz nuevo</text>\n'
            '  <text x="24" y="72" font-family="Segoe UI, Arial" font-size="14" fill="#57606a">De: +34 961 274 508 · '
            'Duración 0:47 · 02/12/2026 11:58</text>\n'
            '  <rect x="24" y="96" width="432" height="8" rx="4" fill="#d0d7de"/>\n'
            '  <rect x="24" y="96" width="120" height="8" rx="4" fill="#0969da"/>\n'
            '  <a xlink:href="' + url.replace('&', '&amp;') + '" target="_blank">\n'
            '    <rect x="24" y="130" width="220" height="44" rx="6" fill="#0969da"/>\n'
            '    <text x="52" y="158" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">&#9654; Reproducir '
            'mensaje</text>\n  </a>\n'
            '  <text x="24" y="204" font-family="Segoe UI, Arial" font-size="11" fill="#8c959f">Es necesario iniciar '
            'sesión con su cuenta corporativa de Microsoft 365.</text>\n</svg>\n')


@msg('attack', 30, 'es', 'buzon-voz-adjunto-svg')
def a30(m):
    m.t = hamburg(2026, 12, 2, 12, 1, 55)
    m.frm = P('Centralita - Mensaje de voz', 'noreply@centralita-cloud.net')
    m.to = [S['es_acc']]
    m.subject = 'Nuevo mensaje de voz de +34 961 274 508 (0:47) - 02/12/2026'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@centralita-cloud.net>' % ruuid(mm.rng)
    m.sys_kw['bstyle'] = 'dash'
    m.system = sy.direct
    m.sys_kw['args'] = dict(helo='centralita-cloud.net', ip='103.151.123.58', rdns='unknown', spf='neutral',
                            tls='TLSv1.2')
    url = ('https://www.google.com/url?q=https%3A%2F%2Fvoz-corporativo.sharepoint-files.top%2Fplay%2F%3Fid%3D'
           'amF2aWVyLm9ydGVnYUBleGFtcGxlLmNvbQ%3D%3D&sa=D&ust=1796216515000000&usg=AOvVaw2kXq8P0vR3mN7tY1wQ5zLh')
    m.phones = ['+34 961 274 508']
    svg = _svg_voicemail(url).encode('utf-8')
    text = ('Ha recibido un nuevo mensaje de voz.\n\n'
            'Llamante: +34 961 274 508\nDuración: 0:47\nFecha: miércoles, 2 de diciembre de 2026 11:58\n\n'
            'Abra el archivo adjunto para escuchar el mensaje.\n\n'
            '--\nSistema de mensajería unificada')
    m.body = mixed(text_leaf(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                   attachment(svg, 'image/svg+xml', 'Mensaje_de_voz_0047.svg', 'plain'))
    m.what = ('Voicemail notification from a bulk-mail host with an SVG attachment that draws a player; its "play" '
              'button is a Google open-redirect link to a Microsoft-365 phishing page carrying the victim\'s address '
              '(base64).')
    m.why = ('SVG attachment lure: images are often allowed by filters although SVG can contain links/script, unknown '
             'sender domain with SPF neutral, open redirect on google.com; the company\'s PBX sends WAV files '
             'internally (business/30).')


@msg('attack', 31, 'es', 'licitacion-falsa-google-forms')
def a31(m):
    m.t = hamburg(2026, 11, 19, 17, 36, 48)
    m.frm = P('Licitaciones Autoridad Portuaria (a través de Formularios de Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = P('Licitaciones APV', 'licitaciones.apv.valencia@gmail.com')
    m.to = [S['es_om']]
    m.subject = 'Invitación a licitación: Servicio de mantenimiento de grúas portacontenedores 2027-2029'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='google.com', zone='cet', sor=True, selector='20230601')
    link = ('https://docs.google.com/forms/d/e/1FAIpQLSdK4xq8Zr2mWv7pT0nQ3cLs9yJhB5eRa6uFo1iGk2Ht7_Nw/viewform?'
            'usp=send_form')
    text = ('Invitación a licitación: Servicio de mantenimiento de grúas portacontenedores 2027-2029\n\n'
            'Estimado proveedor:\n\n'
            'La Autoridad Portuaria le invita a participar en el procedimiento negociado sin publicidad para el '
            'servicio de mantenimiento preventivo y correctivo de grúas STS y RTG en el recinto portuario (valor '
            'estimado 4.860.000 € sin IVA).\n\n'
            'Para recibir el pliego de prescripciones técnicas, las empresas invitadas deben completar el registro de '
            'licitadores antes del 26/11/2026. El acceso a la documentación se valida con la cuenta de correo '
            'corporativa.\n\n'
            '[[RELLENAR FORMULARIO|%s]]\n\n'
            'Crea tu propio formulario de Google\nInformar sobre uso inadecuado' % link)
    m.body = R.gmail_alt(text, 'es')
    m.what = ('Google Forms invitation (sent by Google\'s own servers, DKIM google.com) for a "negotiated tender" for crane '
              'maintenance; the form "registro de licitadores" asks for the corporate e-mail and its password to '
              '"validate access" to the specifications.')
    m.why = ('Fake tender via an abused legitimate platform: public bodies publish tenders on the Plataforma de '
             'Contratación del Sector Público (business/31), not via Google Forms with a Gmail reply address; '
             'credential collection in a form.')


# ============================================================== business

@msg('business', 27, 'es', 'dehu-notificacion-disponible')
def b27(m):
    m.t = hamburg(2026, 10, 20, 9, 17, 2)
    m.frm = P('DEHú - Dirección Electrónica Habilitada única', 'notificaciones.dehu@correo.gob.es')
    m.to = [S['es_acc']]
    m.subject = 'Aviso de puesta a disposición de notificación - DEHú'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'dehu-app04'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='relay02.correo.gob.es', ip='192.0.2.141', env_from='notificaciones.dehu@correo.gob.es',
        dkims=[('correo.gob.es', 'sgad2025', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from dehu-app04 (dehu-app04.sgad.redsara.es [10.218.4.14])\n\tby relay02.correo.gob.es '
                            '(Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')], date_zone='cet')
    text = ('Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada '
            'única (DEHú).\n\n'
            'Titular: EXAMPLE TERMINAL ESPAÑA S.L. - %s\n'
            'Organismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Requerimiento - Modelo 303 - 3T 2026\n'
            'Fecha de puesta a disposición: 20/10/2026\n\n'
            'Puede acceder a su contenido identificándose con certificado electrónico o Cl@ve en '
            'https://dehu.redsara.es\n\n'
            'Este aviso se envía únicamente a título informativo y no contiene la notificación. Por razones de '
            'seguridad, los avisos de la DEHú nunca incluyen archivos adjuntos ni enlaces de descarga.\n\n'
            'Secretaría General de Administración Digital\n'
            'Por favor, no responda a este correo electrónico.' % C.CIF_ES)
    m.body = text_leaf(text, 'plain', 'iso-8859-1', 'quoted-printable')
    m.what = ('Official DEHú notice that a tax-agency notification is waiting; text only, access with certificate or '
              'Cl@ve on dehu.redsara.es.')
    m.why = ('Genuine: government relay and DKIM for correo.gob.es, no attachment or download link, only the portal '
             'address, explicit statement that notices never contain attachments.')
    m.pair = [(27, 'Spanish tax notification',
               'Real DEHú notice pointing to dehu.redsara.es; the attack links to a ZIP on r2.dev from a hacked domain.')]


@msg('business', 28, 'es', 'gruas-levante-factura-verifactu-qr')
def b28(m):
    m.t = hamburg(2026, 11, 3, 13, 41, 17)
    m.frm = GL_FACT
    m.to = [S['es_acc']]
    m.subject = 'Factura GML-26/0412 - Example Terminal España - mantenimiento RTG octubre'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='gruaslevante.es', zone='cet')
    items = [('Mantenimiento preventivo RTG 1-6 (plan mensual octubre 2026)', 6, 1240.00),
             ('Sustitución rodamiento tambor de elevación RTG 4\nincl. mano de obra 14 h', 1, 3860.00),
             ('Inspección cables de elevación STS 2 y STS 3', 2, 690.00)]
    net = round(sum(q * p for _, q, p in items), 2)
    gross = round(net * 1.21, 2)
    qr = D.verifactu(C.GL_CIF, 'GML-26/0412'.replace('/', '-'), '31-10-2026', '%.2f' % gross)
    pdf, g2 = D.invoice_pdf(
        m, 'es', GLV, ETE, 'GML-26/0412', '31/10/2026', 60, items, 21,
        ['CaixaBank S.A.', 'IBAN %s' % ids.fmt_iban(C.GL_IBAN), 'BIC CAIXESBBXXX'], order='Pedido 4100-2026-188',
        notes=['Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).'],
        qr_payload=qr, qr_caption='QR tributario: VERI*FACTU', creator='Holded', producer='Holded PDF',
        footer=['Grúas y Mantenimiento Levante S.L. · Inscrita en el Registro Mercantil de Valencia, Tomo 10487, '
                'Folio 112, Hoja V-183402 · NIF %s' % C.GL_CIF])
    assert abs(g2 - gross) < 0.01
    text = ('Buenas tardes Javier,\n\n'
            'Te adjunto la factura GML-26/0412 correspondiente al mantenimiento de octubre (RTG 1-6, rodamiento del '
            'RTG 4 e inspección de cables de STS 2 y 3). Importe total: %s €.\n\n'
            'Forma de pago la habitual: transferencia a 60 días a nuestra cuenta de CaixaBank (sin cambios).\n\n'
            'Un saludo,\nMarta Ribes\nAdministración' % D.money(gross, 'es'))
    sig = ('Grúas y Mantenimiento Levante S.L.\nC/ Dels Gremis 27 · 46014 Valencia\nTel. 963 790 218 · '
           'facturacion@gruaslevante.es')
    m.phones = ['963 790 218']
    m.body = mixed(R.gmail_alt(text, 'es', sig=sig),
                   attachment(pdf, 'application/pdf', 'Factura_GML-26-0412.pdf', 'gmail'))
    m.what = ('Monthly maintenance invoice from the crane contractor\'s billing address (Google Workspace, gruaslevante.es) '
              'with a PDF carrying the VERI*FACTU tax QR code (AEAT verification URL).')
    m.why = ('Genuine: real domain with aligned DKIM, known contact, VERI*FACTU QR pointing to agenciatributaria.gob.es, '
             'unchanged CaixaBank account, matching purchase order.')
    m.pair = [(28, 'Grúas Levante bank details',
               'Genuine invoice from .es with the known CaixaBank account; the attack uses gruaslevante.com and an '
               'Openbank certificate.')]


@msg('business', 29, 'es', 'nominas-noviembre-intranet-interno')
def b29(m):
    m.t = hamburg(2026, 11, 30, 16, 12, 40)
    m.frm = S['es_acc']
    m.to = [P('Valencia - Todos', 'valencia.todos@example.com')]
    m.rcpt = S['es_om'].email
    m.subject = 'Nóminas de noviembre disponibles en la intranet'
    m.client = 'outlook_onprem'
    m.hdr_cs, m.hdr_enc = 'iso-8859-1', 'Q'
    m.system = sy.exchange_internal
    m.sys_kw['args'] = dict(mbx='EXCH01', hub='EXCH02', client_ip='10.34.1.23')
    text = ('Hola a todos:\n\n'
            'Ya están disponibles las nóminas de noviembre en la intranet (Portal del Empleado > Mis documentos > '
            'Nóminas): [[https://portal.example.com/empleado/nominas|https://portal.example.com/empleado/nominas]]\n\n'
            'El ingreso se realizará el 30/11 como siempre. La paga extra de diciembre irá en la nómina de diciembre.\n\n'
            'Recordad que el acceso al portal es el mismo usuario y contraseña del ordenador. Nunca os enviaremos '
            'códigos QR ni os pediremos confirmar la cuenta bancaria por correo; los cambios de cuenta se tramitan solo '
            'en persona con el formulario firmado.\n\n'
            'Cualquier duda, me decís.\n\n'
            'Saludos,\nJavier\n\n'
            'Javier Ortega\nAdministración y contabilidad\nExample Terminal España S.L.\nMuelle Príncipe Felipe s/n · '
            '46024 Valencia\nTel. +34 963 936 415')
    m.phones = ['+34 963 936 415']
    m.body = R.outlook_alt(text, 'es', 'iso-8859-1', 'quoted-printable', font='Calibri')
    m.what = ('Internal notice from the Valencia accountant that November payslips are on the intranet employee portal.')
    m.why = ('Genuine: internal Exchange path, intranet link on the company domain, no QR code or verification request, '
             'states how bank changes are really handled.')
    m.pair = [(29, 'Payslip / employee portal',
               'Internal notice with an intranet link; the attack withholds the payslip and pushes a QR code to a '
               'look-alike portal.')]


def _wav(rng, seconds=3, rate=8000):
    frames = bytearray()
    prev = 0
    for i in range(seconds * rate):
        prev = int(prev * 0.9 + rng.randint(-900, 900))
        frames += struct.pack('<h', max(-32768, min(32767, prev)))
    hdr = b'RIFF' + struct.pack('<I', 36 + len(frames)) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, rate,
                                                                                     rate * 2, 2, 16)
    return hdr + b'data' + struct.pack('<I', len(frames)) + bytes(frames)


@msg('business', 30, 'es', 'centralita-buzon-voz-wav-interno')
def b30(m):
    m.t = hamburg(2026, 12, 1, 12, 58, 30)
    m.frm = P('3CX Phone System', 'pbx-vlc@example.com')
    m.to = [S['es_acc']]
    m.subject = 'Nuevo mensaje de voz de Vicente Soler (963790218) - Duración 00:31'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@pbx-vlc.corp.example.com>' % ruuid(mm.rng)
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.internal_device
    m.sys_kw['args'] = dict(host='pbx-vlc.corp.example.com', ip='10.34.8.10', env_from='pbx-vlc@example.com')
    wav = _wav(m.rng)
    text = ('Hola Javier Ortega,\n\n'
            'Tiene un nuevo mensaje de voz en su extensión 415.\n\n'
            'De: Vicente Soler (963790218)\nFecha: 01/12/2026 12:57\nDuración: 00:31\n\n'
            'El mensaje está adjunto en formato WAV. También puede escucharlo marcando *999 desde su extensión.\n\n'
            '3CX Phone System - Example Terminal España')
    m.phones = ['963790218']
    m.body = mixed(text_leaf(text, 'plain', 'utf-8', 'quoted-printable'),
                   attachment(wav, 'audio/wav', 'vmail_415_20261201_1257.wav', 'plain'))
    m.what = ('Voicemail notification from the Valencia office\'s own 3CX PBX, relayed by mail-int01, with the message '
              'as a WAV file.')
    m.why = ('Genuine: internal appliance path, audio attached as WAV, no link or login, caller is a known contractor.')
    m.pair = [(30, 'Voicemail notification',
               'Internal PBX mail with a WAV; the attack sends an SVG "player" with a redirect link.')]


@msg('business', 31, 'es', 'plataforma-contratacion-aviso-licitacion')
def b31(m):
    m.t = hamburg(2026, 11, 17, 7, 5, 22)
    m.frm = P('Plataforma de Contratación del Sector Público', 'noreply@contrataciondelestado.es')
    m.to = [S['es_om']]
    m.subject = 'Aviso de suscripción: nueva licitación publicada - Servicio de mantenimiento de defensas y bolardos'
    m.client = 'javamail'
    m.sys_kw['java_host'] = 'pcsp-notif01'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mail.contrataciondelestado.es', ip='192.0.2.176', env_from='noreply@contrataciondelestado.es',
        trace=[('Received', 'from pcsp-notif01 (pcsp-notif01.minhap.es [10.120.8.31])\n\tby '
                            'mail.contrataciondelestado.es (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')],
        date_zone='cet')
    link = 'https://contrataciondelestado.es/wps/poc?uri=deeplink%3Adetalle_licitacion&idEvl=Xk7%2B2mQpLdQuf4aBPRCxlQ%3D%3D'
    text = ('Plataforma de Contratación del Sector Público\n\n'
            'Se ha publicado una nueva licitación que coincide con su suscripción "Puertos - mantenimiento".\n\n'
            'Órgano de contratación: Presidencia de la Autoridad Portuaria de Valencia\n'
            'Expediente: MV-2026/0187\n'
            'Objeto: Servicio de mantenimiento de defensas y bolardos en los muelles del Puerto de Valencia\n'
            'Procedimiento: Abierto\n'
            'Valor estimado: 1.284.000,00 EUR\n'
            'Fecha fin de presentación de ofertas: 15/12/2026 14:00\n\n'
            'Detalle de la licitación:\n%s\n\n'
            'Para gestionar sus suscripciones acceda a su perfil de empresa en https://contrataciondelestado.es\n\n'
            'Este es un mensaje automático, por favor no responda.' % link)
    m.body = text_leaf(text, 'plain', 'utf-8', 'quoted-printable')
    m.what = ('Subscription alert from the Spanish public procurement platform about a new open tender of the Valencia '
              'port authority.')
    m.why = ('Genuine: official platform domain and deep link format, tender details with file number, no form or '
             'credential request in the mail, matches a saved subscription.')
    m.pair = [(31, 'Public tender invitation',
               'Real procurement-platform alert with a contrataciondelestado.es link; the attack is a Google Forms '
               '"bidder registration" asking for the mailbox password.')]
