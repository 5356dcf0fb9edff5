"""Business (genuine) messages, Spanish (27-31)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company


@msg('business', '27', 'es', 'dehu-aviso-notificacion-aeat')
def b27(m):
    when = local('ES', 2026, 11, 9, 8, 31, 6)
    text = """Dirección Electrónica Habilitada única (DEHú)

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única.

Titular: EXAMPLE LIVE ESPAÑA S.L. (B87319463)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información - Modelo 347 ejercicio 2025
Fecha de puesta a disposición: 09/11/2026

Para acceder al contenido de la notificación acceda a la DEHú (https://dehu.redsara.es) o a la Sede electrónica de la Agencia Tributaria (https://sede.agenciatributaria.gob.es) e identifíquese con su certificado electrónico, DNIe o Cl@ve.

Le recordamos que, de acuerdo con el artículo 43 de la Ley 39/2015, la notificación se entenderá rechazada cuando hayan transcurrido diez días naturales desde su puesta a disposición sin que se acceda a su contenido.

Este correo electrónico se ha enviado de forma automática a la dirección de aviso que consta en la DEHú. Por favor, no responda a este mensaje."""
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable', quote=False)
    html = brand_html('Nueva notificación disponible', text.split('\n\n')[1:5], color='#ac1d26', brand='DEHú · Gobierno de España',
                      footer=[text.split('\n\n')[-1]], lang='es', charset='UTF-8')
    hp = B.html_part(html, 'UTF-8', 'quoted-printable', quote=False)
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(10**8, 10**9), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    host = 'correo.redsara.es'
    ip = '192.0.2.%d' % m.between(80, 99)
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'noreply@dehu.redsara.es', 'javier.martin@example.com', m.later(t1, 1, 2))
    m.dmarc = ('pass', 'none', 'dehu.redsara.es')
    h = [('DKIM-Signature', m.dkim('redsara.es', 'sara2025', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', t=epoch(t1))),
         P.postfix_rcv(m, 'dehu-app03.redsara.es', 'dehu-app03.redsara.es', '10.253.%d.%d' % (m.between(1, 250), m.between(1, 250)), host, t1,
                       'javier.martin@example.com', tls='1.2'),
         ('Date', d_std(when)), ('From', 'DEHU <noreply@dehu.redsara.es>'), ('To', 'javier.martin@example.com'),
         ('Message-ID', '<%d.%d.%d.JavaMail.dehu@dehu-app03>' % (m.between(10**5, 10**6), m.between(10, 99), epoch(when) * 1000)),
         ('Subject', hdr_text('Aviso de puesta a disposición de notificación - DEHú', 'UTF-8', 'Q')), ('MIME-Version', '1.0'), ('@MIME', None)]
    m.dmarc = ('pass', 'none', 'dehu.redsara.es')
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine DEHú notice that the tax agency made a notification (Modelo 347 information request) available to the Spanish entity.',
        why='Sent from the state platform redsara.es, no attachment and no download link, only the official portals dehu.redsara.es and sede.agenciatributaria.gob.es, access requires the company certificate/Cl@ve.',
        hard_neg=dict(attacks=['27-es'], topic='tax agency notification', diff='Official domains and no document to download from the mail.'))


@msg('business', '28', 'es', 'seur-envio-merch-reparto')
def b28(m):
    when = local('ES', 2026, 12, 2, 7, 45, 19)
    env = '%d' % m.between(10**13, 10**14)
    url = 'https://www.seur.com/miseur/mis-envios?segOnlineIdentificador=%s&segOnlineIdioma=es' % env
    text = """Hola Lucía,

tu envío %s de MERCH PRINT LTD llega hoy.

Franja de entrega: entre 10:00 y 14:00
Dirección: Calle de Alcalá 95, 4.º, 28009 Madrid
Bultos: 3

Los trámites de aduana e IVA de importación ya fueron liquidados por el remitente (DDP). No tienes nada que pagar.

Puedes seguir el envío en https://www.seur.com o en la app de SEUR con el número de envío.

Seguimiento: %s

Gracias por confiar en SEUR.
SEUR, S.A. - Calle Tomás Redondo 1, 28033 Madrid""" % (env, url)
    paras = text.split('\n\n')
    html = brand_html('Tu envío llega hoy', paras[:5], color='#1e1e50', brand='SEUR', button=('Seguir envío', url),
                      footer=[paras[-1]], lang='es', charset='utf-8')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = m.hex(64)
    body = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % b1)], [tp, hp], b1)
    P.sendgrid(m, 'SEUR <notificaciones@info.seur.com>', addr('Lucía Fernández', 'lucia.fernandez@example.com', 'utf-8', 'B'),
               'lucia.fernandez@example.com', hdr_text('Tu envío %s llega hoy' % env, 'utf-8', 'Q'), when, body, 'info.seur.com', em_sub='em2274',
               dmarc=('pass', 'reject'))
    m.meta.update(
        what='Genuine SEUR delivery notice for the UK merchandise shipment: arriving today, duties already paid by the sender (DDP).',
        why='Courier\'s ESP with aligned info.seur.com domain (DMARC pass), tracking only on seur.com, explicitly nothing to pay; the shipment really is expected by the Madrid office.',
        hard_neg=dict(attacks=['28-es'], topic='parcel / customs notice', diff='Real carrier domain, no fee, tracking on seur.com.'))


@msg('business', '29', 'es', 'centinela-factura-verifactu-qr')
def b29(m):
    when = local('ES', 2026, 12, 1, 12, 7, 30)
    nif = ids.es_cif('B', '8624173')
    serie = 'FAC-2026-0412'
    qurl = 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=30-11-2026&importe=18755.00' % (nif, serie)
    mat, _, _ = Q.encode(qurl)
    m.qr_expect.append(qurl)
    pdf = doc_pdf(m, 'Holded', local('ES', 2026, 11, 30, 18, 0, 0), 'Seguridad Centinela Eventos S.L.',
                  ['Calle de Julián Camarillo 29 · 28037 Madrid · NIF %s' % nif], (30, 60, 110),
                  ['EXAMPLE LIVE ESPAÑA S.L.', 'NIF B87319463', 'Calle de Alcalá 95, 4.º', '28009 Madrid'],
                  [('Factura', serie), ('Fecha', '30/11/2026'), ('Vencimiento', '30/12/2026')],
                  'Factura ' + serie,
                  ['Servicios de seguridad y control de accesos.'],
                  table=(['Concepto', 'Horas', 'Precio', 'Importe'], [270, 55, 75, 83], ['l', 'r', 'r', 'r'],
                         [['Vigilantes de seguridad, concierto WiZink Center 21/11/2026', '240', '24,50', '5.880,00'],
                          ['Auxiliares de control de accesos y stewards', '520', '17,00', '8.840,00'],
                          ['Coordinación y jefe de equipo', '24', '32,50', '780,00']]),
                  totals=[('Base imponible', '15.500,00 EUR', False), ('IVA 21%', '3.255,00 EUR', False), ('Total', '18.755,00 EUR', True)],
                  after=['Forma de pago: transferencia a BBVA %s' % ids.fmt_iban(company.CENTINELA_IBAN),
                         'Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).'],
                  qr=(mat, qurl), qr_caption=['QR tributario:', 'VERI*FACTU'],
                  footer=[['Seguridad Centinela Eventos S.L.', 'Inscrita en el Registro Mercantil de Madrid'], ['administracion@centinela-eventos.es', '+34 913 752 240']],
                  doc_title=serie)
    text = """Buenos días Javier:

Te adjunto la factura %s correspondiente al servicio de seguridad del concierto del 21/11 en el WiZink Center.

Como siempre, pago por transferencia a nuestra cuenta de BBVA (sin cambios). La factura está emitida con VERI*FACTU; el código QR permite comprobarla en la sede de la AEAT.

Un saludo,

Raúl Ortega
Jefe de Operaciones
Seguridad Centinela Eventos S.L.
Tel. +34 913 752 240 - Móvil +34 655 201 874""" % serie
    tp = B.text_part(text, 'plain', 'iso-8859-1', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'iso-8859-1', 'ES', 'Calibri'), 'iso-8859-1', 'quoted-printable')
    b0 = P.outlook_nextpart(m, 1, when)
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(pdf, 'application/pdf', '%s.pdf' % serie, 'outlook', when=when)
    b1 = P.outlook_nextpart(m, 0, when)
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1, 'This is a multipart message in MIME format.')
    P.ionos(m, ('Raúl Ortega', 'raul.ortega@centinela-eventos.es'), [S('Javier Martín')], 'Factura %s - concierto WiZink 21/11' % serie, when, body,
            cc=[('Administración Centinela', 'administracion@centinela-eventos.es')],
            mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', P.thread_index(m)), ('Content-Language', 'es')],
            dmarc=('pass', 'none'))
    m.rcpts = ['javier.martin@example.com']
    m.facts['phone'] = ['+34 913 752 240', '+34 655 201 874']
    m.meta.update(
        what='Genuine security-services invoice from the Madrid stewarding supplier with the VERI*FACTU QR code (link to the AEAT ValidarQR service) and the BBVA account on file.',
        why='Known supplier on its usual IONOS mailbox, QR points to www2.agenciatributaria.gob.es with the matching NIF/series/date/amount, bank account unchanged, service matches a real show.',
        hard_neg=dict(attacks=['29-es', '03-de'], topic='QR code in a business document', diff='QR encodes the official AEAT verification URL that matches the invoice data, not a login page.'))


@msg('business', '30', 'es', 'patrocinio-fibraluz-borrador-contrato-docx')
def b30(m):
    when = local('ES', 2026, 10, 28, 17, 2, 40)
    docx = archive.make_docx([('CONTRATO DE PATROCINIO - BORRADOR v2', 'h'),
                              ('Entre FIBRALUZ TELECOM, S.L. (el "Patrocinador") y EXAMPLE LIVE ESPAÑA, S.L. (el "Organizador").', None),
                              ('1. Objeto', 'b'),
                              ('Patrocinio principal ("presenting sponsor") de las fechas españolas de la gira Mira Solvej - European Arena Tour 2027 (Madrid y Barcelona).', None),
                              ('2. Contraprestación', 'b'),
                              ('Importe total: 240.000 EUR + IVA, pagadero en dos plazos (50 % a la firma, 50 % a 30 días del último concierto), previa factura del Organizador.', None),
                              ('3. Derechos del Patrocinador', 'b'),
                              ('Naming "Fibraluz presenta", presencia en cartelería y pantallas, 120 entradas de hospitalidad por concierto, activación wifi en recinto.', None),
                              ('4. Exclusividad', 'b'),
                              ('Exclusividad en la categoría telecomunicaciones y conectividad durante la gira en España.', None),
                              ('[Pendiente de revisión por Asesoría Jurídica de Fibraluz]', None)],
                             'Contrato patrocinio Fibraluz - Example Live 2027 v2', 'Marta Iglesias', (2026, 10, 28, 16, 40, 0))
    text = """Hola Lucía,

como hablamos ayer por teléfono, te paso el borrador v2 del contrato de patrocinio para las fechas de Madrid y Barcelona, ya con los cambios de importe y las entradas de hospitalidad. Nuestra asesoría jurídica todavía tiene que revisar la cláusula de exclusividad.

¿Nos vemos el martes 3 en vuestras oficinas de Alcalá para cerrarlo con Nina? Os propongo a las 11:00.

Un abrazo,

Marta Iglesias
Directora de Patrocinios y Eventos
Fibraluz Telecom
Paseo de la Castellana 259C, 28046 Madrid
+34 911 438 220"""
    att = B.attachment(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Contrato_patrocinio_Fibraluz_ExampleLive_2027_v2.docx', 'gmail',
                       gmail_id='f_m%s0' % m.alnum(8).lower())
    body = gmail_body(m, text, atts=[att])
    P.gmail(m, ('Marta Iglesias', 'marta.iglesias@fibraluz.es'), [S('Lucía Fernández')], 'Borrador contrato patrocinio 2027 (v2)', when, body,
            workspace='fibraluz.es', cc=[S('Nina Hartmann')], dmarc=('pass', 'reject'))
    m.rcpts = ['lucia.fernandez@example.com', 'nina.hartmann@examplegroup.eu']
    m.facts['phone'] = ['+34 911 438 220']
    m.meta.update(
        what='Genuine sponsorship negotiation: a Spanish telecom brand sends the second draft of the presenting-sponsor contract (DOCX) after a phone call, proposing an in-person meeting.',
        why='Established brand domain on Google Workspace (DMARC p=reject passing), plausible commercial terms paid against the organiser\'s invoice, documents flow from the sponsor, meeting in person, head of sponsorship in CC.',
        hard_neg=dict(attacks=['30-es'], topic='sponsorship offer', diff='Normal commercial exchange: sponsor pays against invoice, no request for ID copies or bank certificates, no secrecy.'))


@msg('business', '31', 'es', 'reenvio-reclamacion-cliente-eml')
def b31(m):
    when = local('ES', 2026, 12, 9, 10, 14, 55)
    # the forwarded customer mail (Outlook.com consumer)
    orig_when = local('ES', 2026, 12, 8, 22, 41, 3)
    otext = """Buenas noches:

Compré dos entradas para el concierto de Mira Solvej en el WiZink Center del 21 de noviembre (pedido EXT-ES-2026-184223) y el mismo día de la compra me cobraron dos veces en la tarjeta (2 x 136,40 EUR). En la web solo aparece un pedido.

Adjunto no tengo el extracto a mano, pero les puedo enviar una captura. ¿Me pueden devolver el cargo duplicado?

Muchas gracias,
Carmen Ruiz Navarro
Tel. 612 408 377"""
    obnd = '_000_%s%s_' % ('PR3P193MB', m.hex(24, True))
    ob = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % obnd)],
               [B.text_part(otext, 'plain', 'iso-8859-1', 'quoted-printable'),
                B.html_part(B.outlook_html(otext, 'iso-8859-1', 'ES', 'Aptos'), 'iso-8859-1', 'quoted-printable')], obnd)
    orig = raw_inner([('From', 'Carmen Ruiz <carmen.ruiz.navarro@hotmail.es>'), ('To', '"atencion.cliente@example.com" <atencion.cliente@example.com>'),
                      ('Subject', 'Cobro duplicado pedido EXT-ES-2026-184223'), ('Date', d_std(in_zone(orig_when, 'UTC'))),
                      ('Message-ID', '<PR3P193MB%s@PR3P193MB%s.EURP193.PROD.OUTLOOK.COM>' % (m.hex(32, True), m.digits(4))),
                      ('Accept-Language', 'es-ES, en-US'), ('Content-Language', 'es-ES'), ('MIME-Version', '1.0')], ob)
    text = """Hola Javier,

te reenvío la reclamación de esta clienta (doble cargo en la tarjeta, pedido EXT-ES-2026-184223). En Example Tickets solo veo un pedido pagado; ¿puedes revisar en la conciliación de la pasarela si hay un segundo cargo del 21/11 y, si es así, tramitar la devolución?

Le he contestado que lo estamos revisando.

Gracias,
Lucía

--
Lucía Fernández
Office Manager
Example Live España S.L.
Calle de Alcalá 95, 4.º - 28009 Madrid
T +34 910 605 118"""
    att = B.rfc822(orig, 'Cobro duplicado pedido EXT-ES-2026-184223.eml', 'outlook')
    att.headers = [('Content-Type', 'message/rfc822'), ('Content-Disposition', 'attachment;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
        d_pad(in_zone(when, 'UTC')).replace('+0000', 'GMT'), d_pad(in_zone(when, 'UTC')).replace('+0000', 'GMT')))]
    body = outlook_mixed(m, text, 'iso-8859-1', 'ES', 'exch', 'EXCH01', atts=[att])
    P.exchange_internal(m, S('Lucía Fernández'), [S('Javier Martín')], 'RV: Cobro duplicado pedido EXT-ES-2026-184223', when, body,
                        server='EXCH01', lang='es-ES', accept='es-ES, en-US', has_attach=True, name_charset='iso-8859-1')
    m.facts['phone'] = ['+34 910 605 118', '+34 612 408 377']
    m.meta.update(
        what='Genuine internal forward-as-attachment (.eml) of a ticket buyer\'s complaint about a double card charge, from the Madrid office manager to the accountant.',
        why='Internal Exchange route; the attached message is an ordinary customer mail from Outlook.com with an order number that exists; the request is a refund check in the payment reconciliation, no external payment instruction.',
        hard_neg=dict(attacks=['31-es'], topic='private/free-mail sender writing to staff', diff='Customer service case with a real order, forwarded internally; no threat or payment demand.'))
