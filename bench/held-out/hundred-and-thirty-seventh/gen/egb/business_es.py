"""business/27-31: Spanish-language genuine mail."""
import datetime

from . import archive, company, docs, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822, postfix_short_qid
from .h import S, setup, meta, urls, mid_m365, mid_gmail, pdf_meta
from .registry import message

MPIR, PUE = company.MPIR, company.PUE
EES = company.ENT['ES']


@message('business', 27, 'es', 'maderas-factura-verifactu-qr')
def b27(m):
    jm = S('javier.martinez')
    sent = local('Europe/Madrid', 2026, 11, 16, 13, 2, 51)
    setup(m, ('Administración Maderas del Pirineo', 'administracion@maderasdelpirineo.es'), [(jm['name'], jm['addr'])],
          'Factura %s – Maderas del Pirineo S.A.' % shared.MPIR_INV, sent, zone='Europe/Madrid', style='gmail')
    m.msgid = mid_gmail(m)
    gross = shared.MPIR_GROSS
    qr = ('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=16-11-2026&importe=%s'
          % (MPIR['cif'], shared.MPIR_INV, '%.2f' % gross))
    lines = ['Buenas tardes, Javier:', '',
             'Adjuntamos la factura %s del 16/11/2026 correspondiente al pedido EGI-P-2026-077 (paneles CLT y vigas GL28h, albarán '
             'AL-26-4471 del 12/11/2026), por importe de %s €.' % (shared.MPIR_INV, shared.fmt(gross)), '',
             'Vencimiento: 30/11/2026. Forma de pago habitual: transferencia a nuestra cuenta de Ibercaja %s.' % ids.iban_fmt(MPIR['iban']), '',
             'La factura se ha emitido con sistema VERI*FACTU; puede comprobarla con el código QR impreso en el documento.', '',
             'Un saludo,', '', 'Laura Sánchez Gil', 'Dpto. Administración', 'Maderas del Pirineo S.A.',
             'Polígono Sepes, Parcela 12 · 22600 Sabiñánigo (Huesca)', 'Tel. +34 974 48 22 90']
    items = [[p, d, '%s %s' % (shared.fmt(q) if u != 'viaje' else '1', u), shared.fmt(pr), shared.fmt(shared.money(q * pr))]
             for p, d, _, q, u, pr in shared.MPIR_ITEMS]
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(m, sent, 'Factura %s' % shared.MPIR_INV, 'Maderas del Pirineo', 'a3ERP', 'a3ERP 2026 / VERI*FACTU'),
        ('MADERAS DEL PIRINEO S.A.', ['Polígono Sepes, Parcela 12 · 22600 Sabiñánigo (Huesca)', 'CIF %s · Tel. +34 974 48 22 90' % MPIR['cif']]),
        ['EXAMPLE GROUP IBERIA S.L.', 'Polígono Industrial Talluntxe II, Calle M 14', '31110 Noáin (Navarra)', 'CIF %s' % EES['tax'][0][1]],
        'FACTURA', [('Número', shared.MPIR_INV), ('Fecha', '16/11/2026'), ('Vencimiento', '30/11/2026'), ('Cliente', '430-0217')],
        ['Lín.', 'Descripción', 'Cantidad', 'Precio', 'Importe'], items,
        [('Base imponible', shared.fmt(shared.MPIR_NET) + ' €', False), ('IVA 21 %', shared.fmt(shared.MPIR_VAT) + ' €', False),
         ('TOTAL FACTURA', shared.fmt(gross) + ' €', True)],
        ['Forma de pago: transferencia bancaria a 14 días', 'Ibercaja Banco · IBAN %s · BIC CAZRES2ZXXX' % ids.iban_fmt(MPIR['iban'])],
        ['Maderas del Pirineo S.A. · Inscrita en el Registro Mercantil de Huesca, Tomo 512, Folio 88, Hoja HU-7714 · CIF ' + MPIR['cif']],
        qr=(qr, ['QR tributario:', 'VERI*FACTU']), money_cols=(3,))
    m.qr_expect.append(('Factura_%s.pdf' % shared.MPIR_INV, qr))
    m.body = mime.mixed(m, 'gmail', [
        mime.alt(m, 'gmail', mime.text('\n'.join(lines) + '\n', 'UTF-8', 'quoted-printable'),
                 mime.html(mime.gmail_html(lines), 'UTF-8', 'quoted-printable')),
        Part('application/pdf', body=pdfb, cte='base64', filename='Factura_%s.pdf' % shared.MPIR_INV, disposition='attachment',
             headers=[('X-Attachment-Id', 'f_m' + rstr(m.rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 8))])])
    systems.gmail(m, workspace_domain=MPIR['domain'])
    m.fact('IBAN', MPIR['iban'])
    meta(m, 'Genuine supplier invoice %s for CLT panels and glulam beams, with the VERI*FACTU tax QR code that points to the AEAT '
            'verification service, payable to the registered Ibercaja account.' % shared.MPIR_INV,
         'Supplier\'s real Google Workspace domain (.es), refers to order and delivery note, registered IBAN in text and PDF, QR code '
         'leads to agenciatributaria.gob.es.',
         pair=(['28-es-maderas-lookalike-factura-nueva-cuenta.eml'], 'same invoice of the same supplier',
               'Identical invoice data; the fraudulent "copy" comes from maderasdelpirineo.com and swaps the Ibercaja IBAN for a Lithuanian one.'))


@message('business', 28, 'es', 'dehu-aviso-notificacion-aeat')
def b28(m):
    jm = S('javier.martinez')
    sent = local('Europe/Madrid', 2026, 10, 19, 7, 4, 18)
    setup(m, ('DEHú - Dirección Electrónica Habilitada única', 'no-reply.dehu@correo.gob.es'), [('', jm['addr'])],
          'Aviso de puesta a disposición de notificación', sent, zone='Europe/Madrid')
    m.hcharset, m.henc = 'ISO-8859-1', 'Q'
    m.msgid = '%s.%s@correo.gob.es' % (rstr(m.rng, '0123456789', 13), rstr(m.rng, HEXL, 6))
    text = ('Estimado/a usuario/a:\n\n'
            'Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n'
            'Titular: EXAMPLE GROUP IBERIA S.L. (%s)\nOrganismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Fecha de puesta a disposición: 19/10/2026\n\n'
            'Dispone de diez días naturales desde la puesta a disposición para acceder a su contenido. Puede hacerlo identificándose con '
            'certificado electrónico o Cl@ve en https://dehu.redsara.es o en la Sede electrónica de la Agencia Tributaria.\n\n'
            'Este correo es un aviso y no contiene la notificación. No responda a este mensaje.\n' % EES['tax'][0][1])
    m.body = mime.text(text, 'ISO-8859-1', 'quoted-printable')
    systems.gateway(m, 'smtp-out2.correo.gob.es', '198.51.100.165', 'sara2024', dkim_domain='correo.gob.es',
                    inner=[('dehu-notif02.redsara.es (dehu-notif02.redsara.es [10.252.%d.%d])' % (m.rng.randint(1, 90), m.rng.randint(1, 250)),
                            'smtp-out2.correo.gob.es (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))])
    urls(m, 'https://dehu.redsara.es')
    meta(m, 'Genuine DEHú notice that a new notification from the Spanish tax agency is waiting; the content is only available after '
            'login with certificate or Cl@ve.',
         'Official correo.gob.es sender with DKIM, no attachment, no personalised link, just the portal address; standard ten-day wording.',
         pair=(['27-es-aeat-requerimiento-dropbox-zip.eml'], 'notification from the Spanish tax agency',
               'The real notice contains no document or download; the fake links a ZIP on Dropbox.'))


@message('business', 29, 'es', 'ticket-it-sesion-remota')
def b29(m):
    le = S('lucia.etxeberria')
    sent = local('Europe/Berlin', 2026, 12, 9, 16, 41, 3)
    tn = '2026120941000213'
    setup(m, ('Example Group IT Service Desk', 'it-support@example.com'), [(le['name'], le['addr'])],
          '[Ticket#%s] Portátil lento / VPN – sesión remota programada' % tn, sent, zone='Europe/Berlin')
    m.msgid = '%d.%s.%d@otrs01.corp.example.com' % (int(sent.timestamp()), rstr(m.rng, '0123456789', 6), m.rng.randint(100, 999))
    text = ('Hola Lucía:\n\n'
            'Thomas Gruber ha actualizado tu solicitud [Ticket#%s] "Portátil lento / VPN se desconecta".\n\n'
            'Mañana jueves 10/12 a las 10:00 te llamaremos desde el +49 8031 4077-130 para revisar el portátil. Durante la llamada te '
            'pediremos que abras Asistencia rápida (Quick Assist, ya instalada en Windows) y nos leas el código de seguridad de 6 cifras '
            'que te mostrará nuestro técnico. No tienes que descargar ni instalar nada.\n\n'
            'Recuerda: nunca te pediremos tu contraseña ni que instales programas desde un enlace recibido por correo.\n\n'
            'Puedes ver o responder al ticket en el portal: https://helpdesk.corp.example.com/otrs/customer.pl?Action=CustomerTicketZoom;TicketNumber=%s\n\n'
            'Saludos,\nIT Service Desk – Example Group\n' % (tn, tn))
    m.body = mime.text(text, 'utf-8', '8bit')
    rng = m.rng
    t0 = sent
    t1 = t0 + datetime.timedelta(seconds=1)
    h = [('Received', 'from otrs01.corp.example.com (otrs01.corp.example.com [10.20.1.60])' + systems.FOLD +
          'by mail-int01.example.com (Postfix) with ESMTP id %s' % postfix_short_qid(rng) + systems.FOLD +
          'for <%s>; %s' % (le['addr'], rfc2822(t1, 'Europe/Berlin', abbr=True))),
         ('Received', 'by otrs01.corp.example.com (Postfix, from userid 1001)' + systems.FOLD + 'id %s; %s' % (
             postfix_short_qid(rng), rfc2822(t0, 'Europe/Berlin', abbr=True)))]
    r = systems.rendered(m)
    h += systems.pick(r, ['From', 'To', 'Subject', 'Date', 'Message-ID'])
    h += [('MIME-Version', '1.0'), ('__MIME__', ''), ('X-Mailer', 'Znuny Mail Service (7.1.5)'), ('X-Powered-By', 'Znuny (https://znuny.org/)'),
          ('References', '<%d.%s.%d@otrs01.corp.example.com>' % (int(sent.timestamp()) - 90000, rstr(rng, '0123456789', 6), rng.randint(100, 999))),
          ('X-OTRS-Ticket', tn), ('Auto-Submitted', 'auto-generated')]
    systems.finish(m, h, ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'), t1)
    urls(m, 'https://helpdesk.corp.example.com/otrs/customer.pl?Action=CustomerTicketZoom;TicketNumber=%s' % tn)
    meta(m, 'Genuine ticket update from the internal IT service desk (Znuny): a remote session for the Spanish office manager\'s slow '
            'laptop is scheduled; IT will call from the known Rosenheim number and use the built-in Quick Assist.',
         'Internal application server relayed via mail-int01, references a ticket she opened, no download, explicitly no passwords and '
         'no software from links; link only to the internal help-desk portal.',
         pair=(['29-es-soporte-it-screenconnect.eml'], 'IT support / remote access',
               'Internal origin, ticket she raised, built-in tool, known number; the attack comes from examplegroup-it.com and ships a ScreenConnect installer.'))


@message('business', 30, 'es', 'promociones-ebro-solicitud-presupuesto')
def b30(m):
    le, mr = S('lucia.etxeberria'), S('michael.reiter')
    sent = local('Europe/Madrid', 2026, 11, 4, 12, 37, 15)
    setup(m, ('Íñigo Lasarte', 'ilasarte@promourbanasebro.es'), [(le['name'], le['addr'])],
          'Solicitud de presupuesto: 12 viviendas unifamiliares en madera, Cuarte de Huerva (Zaragoza)', sent, zone='Europe/Madrid',
          cc=[(mr['name'], mr['addr'])])
    m.hcharset, m.henc = 'iso-8859-1', 'Q'
    m.ms_server, m.ms_pod = 'DB8PR09MB3917', 'eurprd09'
    m.msgid = mid_m365(m, 'DB8PR09MB3917', 'eurprd09')
    text = ('Buenos días, Lucía:\n\n'
            'Tal como hablamos en la feria de Zaragoza, os enviamos la documentación para presupuestar la estructura de madera '
            '(entramado ligero, paneles cerrados) de nuestra promoción de 12 viviendas unifamiliares pareadas en Cuarte de Huerva.\n\n'
            'Adjuntamos el pliego de condiciones técnicas (Word) y el plano de situación. El proyecto básico completo lo tenéis en la '
            'carpeta compartida que os enviará nuestro arquitecto desde su cuenta.\n\n'
            'Nos interesaría recibir una oferta antes del 27 de noviembre, con plazo de montaje y condiciones de pago. Michael, te pongo en '
            'copia por la parte de transporte desde Rosenheim.\n\n'
            'Un saludo,\n\nÍñigo Lasarte\nDirector Técnico\nPromociones Urbanas Ebro S.L.\nPaseo de la Independencia 22, 6ª planta · 50004 Zaragoza\n'
            'Tel. +34 976 23 45 80 · Móvil +34 655 41 82 07\n')
    docx = archive.make_docx([('h', 'Pliego de condiciones técnicas – Estructura de madera'),
                              'Promoción: 12 viviendas unifamiliares pareadas, Cuarte de Huerva (Zaragoza)',
                              'Promotor: Promociones Urbanas Ebro S.L. – CIF %s' % PUE['cif'],
                              ('b', '1. Alcance'),
                              'Suministro y montaje de la estructura portante en entramado ligero de madera: muros exteriores en panel cerrado '
                              'con aislamiento de fibra de madera, forjados de madera, cubierta a dos aguas con cerchas.',
                              ('b', '2. Requisitos'),
                              'Madera estructural C24 con marcado CE; transmitancia de muros U ≤ 0,20 W/m²K; resistencia al fuego R30 '
                              'según CTE DB-SI; estanqueidad n50 ≤ 1,5 h-1.',
                              ('b', '3. Plazos'),
                              'Inicio de montaje previsto: abril de 2027. Plazo máximo de montaje por vivienda: 5 días laborables.',
                              ('b', '4. Oferta'),
                              'La oferta deberá incluir precio cerrado por tipología, planning de fabricación y montaje, y condiciones de pago.'],
                             datetime.datetime(2026, 11, 3, 17, 20, 0), 'Pliego de condiciones técnicas', 'Íñigo Lasarte',
                             'Promociones Urbanas Ebro S.L.', lang='es-ES')
    plano, _ = docs.notice('helv', pdf_meta(m, sent, 'Plano de situación', 'Estudio Arquitectura', 'AutoCAD 2026', 'AutoCAD 2026 - PDF'),
                           'Promociones Urbanas Ebro', (30, 60, 110), 'Plano de situación – Sector SUZ-4, Cuarte de Huerva',
                           ['Parcelas M-3 y M-4, 12 viviendas pareadas de dos plantas (tipologías A y B). Superficie construida total '
                            '1.740 m². Acceso rodado por Calle Bardenas. Escala 1:1000.'],
                           box=['Tipología A: 6 viviendas, 142 m² construidos', 'Tipología B: 6 viviendas, 148 m² construidos',
                                'Orientación principal: sur'])
    html = mime.outlook_html(mime.paras_html(text), 'ES').replace('charset=utf-8', 'charset=iso-8859-1')
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'iso-8859-1', 'quoted-printable'), mime.html(html, 'iso-8859-1', 'quoted-printable')),
        mime.attachment(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Pliego_condiciones_estructura_madera_Cuarte.docx'),
        mime.attachment(plano, 'application/pdf', 'Plano_situacion_Cuarte_SUZ-4.pdf')])
    systems.m365(m, tenant_id='5a0e8c3d-71f2-4b96-a4d1-e93c26b8f017', org=PUE['domain'], region='EUR03', server='DB8PR09MB3917',
                 pod='eurprd09', lang='es-ES', has_attach=True, selector='selector1')
    meta(m, 'Genuine request for quotation from a Spanish property developer met at a trade fair: 12 semi-detached timber-frame houses, '
            'technical specification (DOCX) and site plan (PDF).',
         'Customer\'s real Microsoft 365 domain, personal context (trade fair), ordinary Office/PDF attachments without macros or links, '
         'cc to the export manager for transport.',
         pair=(['20-it-ordine-acquisto-adobe-acrobat.eml', '13-en-itt-tender-html-credential-lure.eml'], 'new project request from a prospect',
               'Documents attached directly and a known contact; the attacks put the "documents" behind a cloud-share link or an HTML login page.'))


@message('business', 31, 'es', 'google-forms-inscripcion-jornada')
def b31(m):
    le = S('lucia.etxeberria')
    sent = local('Europe/Madrid', 2026, 11, 20, 11, 52, 7)
    setup(m, ('Formularios de Google', 'forms-receipts-noreply@google.com'), [('', le['addr'])],
          'Gracias por rellenar Inscripción – Jornada Técnica Construcción en Madera 2027', sent, zone='Europe/Madrid', style='gmail')
    m.msgid = '%s@google.com' % rstr(m.rng, ALNUM, 22)
    m.env_from = '3%s-%s@forms-receipts-noreply.bounces.google.com' % (rstr(m.rng, ALNUM, 20), rstr(m.rng, ALNUM, 12))
    fid = '1FAIpQLSf' + rstr(m.rng, ALNUM + '_-', 47)
    edit = 'https://docs.google.com/forms/d/e/%s/viewform?edit2=2_ABaOnud%s' % (fid, rstr(m.rng, ALNUM + '_-', 40))
    answers = [('Nombre y apellidos', 'Lucía Etxeberria'), ('Empresa', 'Example Group Iberia S.L.'),
               ('Correo electrónico', 'lucia.etxeberria@example.com'), ('Número de asistentes', '2'),
               ('Sesión de tarde (visita a fábrica de CLT)', 'Sí'), ('Comentarios', 'Asistiremos con Javier Martínez (Administración).')]
    html = ('<html><body style="background:#f1f3f4;margin:0;font-family:Roboto,Arial,sans-serif"><table align="center" width="640" '
            'style="background:#fff;border-top:10px solid #3d8b37"><tr><td style="padding:24px;font-size:14px;color:#202124">'
            '<p style="font-size:22px">Inscripción – Jornada Técnica Construcción en Madera 2027</p>'
            '<p>Clúster Madera Navarra · Pamplona, 21 de enero de 2027, Baluarte</p>'
            '<p>Gracias por rellenar Inscripción – Jornada Técnica Construcción en Madera 2027. Esto es lo que hemos recibido:</p>' +
            ''.join('<p><b>%s</b><br>%s</p>' % (mime.esc(q), mime.esc(a)) for q, a in answers) +
            '<p><a href="%s">Editar respuesta</a></p><p style="font-size:12px;color:#5f6368">Crea tu propio formulario de Google<br>'
            'Nunca envíes contraseñas a través de Formularios de Google.</p></td></tr></table></body></html>' % mime.esc(edit))
    plain = ('Inscripción – Jornada Técnica Construcción en Madera 2027\nClúster Madera Navarra · Pamplona, 21 de enero de 2027, Baluarte\n\n'
             'Gracias por rellenar Inscripción – Jornada Técnica Construcción en Madera 2027. Esto es lo que hemos recibido:\n\n' +
             '\n'.join('%s\n%s\n' % qa for qa in answers) + '\nEditar respuesta: %s\n\nNunca envíes contraseñas a través de Formularios de Google.\n' % edit)
    m.body = mime.alt(m, 'gmail', mime.text(plain, 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.google_system(m, 'google.com', feedback='forms:%d:google' % m.rng.randint(10 ** 6, 10 ** 7))
    urls(m, edit)
    meta(m, 'Genuine Google Forms receipt: copy of the office manager\'s own registration for a timber-construction conference of the '
            'regional wood cluster.',
         'Authentic Google mail triggered by her own form submission; contains only her answers and an edit link, asks for nothing.',
         pair=(['31-es-google-forms-datos-nomina.eml'], 'Google Forms mail',
               'Receipt of a form she filled in herself; the attack invites her to a form run by a Gmail account posing as HR that asks for bank data and passwords.'))
