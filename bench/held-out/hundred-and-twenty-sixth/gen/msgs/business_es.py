"""business/27-31 (Spanish)."""
from lib import bodies, docs, ids, mime, ooxml, shapes, systems, templates, util
from lib.company import EG_ES_CIF, GRUAS, MONC, P
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('business', '27-es-dehu-aviso-notificacion')
def b27(m):
    m.what = 'DEHú (Dirección Electrónica Habilitada única) notice: a new notification from the AEAT is available for Example Group Iberia; access with certificate or Cl@ve'
    m.why = 'Genuine authority notice: from the government mail relay correo.gob.es (DKIM/DMARC pass), contains no attachment, no download and no deep link, only the official portal dehu.redsara.es'
    m.topic = 'tax-authority'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 10, 20, 8, 0, 31)
    m.url('https://dehu.redsara.es', 'DEHú portal')
    text = """Dirección Electrónica Habilitada única (DEHú)

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única.

Titular: EXAMPLE GROUP IBERIA SL
NIF: B50839216
Organismo emisor: Agencia Estatal de Administración Tributaria
Fecha de puesta a disposición: 20/10/2026 07:58

Para acceder a su contenido, entre en https://dehu.redsara.es e identifíquese con certificado electrónico o Cl@ve. Dispone de 10 días naturales desde la puesta a disposición; transcurrido dicho plazo, la notificación se entenderá rechazada.

Este correo electrónico es meramente informativo y no tiene validez como notificación. Por favor, no responda a este mensaje.

Secretaría General de Administración Digital"""
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">' + \
        ''.join('<p>%s</p>' % bodies._inline(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')],
                          docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('DEHú - Notificaciones', 'noreply@correo.gob.es', 'UTF-8', 'Q'), from_addr='noreply@correo.gob.es', to=rcpt, date=t,
             subject=ew('Aviso de puesta a disposición de notificación - DEHú', 'UTF-8', 'Q'),
             msgid='<%d.%d.JavaMail.dehu@notifica-app03>' % (m.rng.randrange(10 ** 6, 10 ** 7), util.unix(t) * 1000))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('smtp-out.correo.gob.es', 'smtp-out.correo.gob.es', '203.0.113.71'), 'correo.gob.es', 'sgad2024',
                                    'quarantine', 'notifica-app03.redsara.es'))


@reg('business', '28-es-bbva-netcash-ordenes-pendientes')
def b28(m):
    m.what = 'BBVA Net Cash notice: three transfer orders (18.406,22 EUR) created by the office manager are waiting for the second signature'
    m.why = 'Genuine bank notice: from bbva.com\'s mail gateway (DKIM/DMARC pass), matches a real payment run prepared internally, tells the user to open Net Cash on their own (www.bbva.es / app), no link to log in, warns it never asks for codes'
    m.topic = 'bank-notice'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 11, 13, 9, 30, 18)
    m.url('www.bbva.es', 'general bank site (no login link)')
    text = """BBVA Net Cash - Aviso

Tiene órdenes pendientes de firma:

Empresa: EXAMPLE GROUP IBERIA S.L.
Servicio: Transferencias SEPA
Número de órdenes: 3
Importe total: 18.406,22 EUR
Creadas por: LUCIA MARTIN
Fecha de creación: 13/11/2026 09:12

Para revisarlas y firmarlas, acceda a BBVA Net Cash desde www.bbva.es o desde la app BBVA Net Cash.

Por su seguridad, BBVA nunca le solicitará claves, códigos de firma ni datos de su dispositivo por correo electrónico o teléfono.

Este es un mensaje automático, por favor no responda.
Banco Bilbao Vizcaya Argentaria, S.A."""
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#121212">' \
           '<div style="background:#072146;color:#fff;padding:12px 18px;font-size:18px"><b>BBVA</b> Net Cash</div><div style="padding:12px 18px">' + \
        ''.join('<p>%s</p>' % util.html_escape(p).replace('\n', '<br>') for p in text.split('\n\n')[1:]) + '</div></body></html>'
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'), mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')],
                          '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t) * 1000))
    m.set_body(root)
    F = dict(from_=addr('BBVA Net Cash', 'avisos.netcash@bbva.com'), from_addr='avisos.netcash@bbva.com', to=rcpt, date=t,
             subject=ew('BBVA Net Cash: tiene órdenes pendientes de firma', 'iso-8859-1', 'Q'),
             msgid='<%d.%d.JavaMail.netcash@avisos-app02.bbva.com>' % (m.rng.randrange(10 ** 6, 10 ** 7), util.unix(t) * 1000))
    m.assemble(shapes.corporate_mta(m, t, rcpt, F, ('mail-out3.bbva.com', 'mail-out3.bbva.com', '203.0.113.118'), 'bbva.com', 'bbva2025', 'reject',
                                    'avisos-app02.bbva.com'))


@reg('business', '29-es-adobe-sign-moncayo-contrato-marco')
def b29(m):
    m.what = 'Adobe Acrobat Sign request from customer Eólica del Moncayo (Pilar Navarro, real domain) for the 2027 framework service contract'
    m.why = 'Genuine e-signature: sender address inside the Adobe mail is pilar.navarro@eolicamoncayo.es (the customer\'s real domain), the contract was negotiated by sales beforehand, link to secure.eu1.adobesign.com'
    m.topic = 'e-signature'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 11, 30, 12, 15, 40)
    link = 'https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAAB%s&client_id=CBJCHBCAABAA%s' % (
        util.alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), util.alnum(m.rng, 20))
    m.url(link, 'Adobe Sign agreement')
    text, html = templates.adobesign('Pilar Navarro', MONC['people']['navarro'][1], 'Contrato marco de servicios 2027 - Parques Borja I y II',
                                     'Hola Javier: tal como acordamos con Katrin y Lucía en la reunión del día 24, os envío el contrato marco 2027 '
                                     'para la firma del apoderado. Nuestro director general ya lo ha firmado. Un saludo, Pilar', link, 'es')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable'), mime.text(html, 'html', 'UTF-8', 'quoted-printable')], docs.b_javamail(m, t))
    m.set_body(root)
    F = dict(from_=addr('Pilar Navarro a través de Adobe Acrobat Sign', 'adobesign@adobesign.com', 'UTF-8', 'Q'), from_addr='adobesign@adobesign.com',
             reply_to=addr('Pilar Navarro', MONC['people']['navarro'][1]), to=rcpt, date=t,
             subject=ew('Firme: Contrato marco de servicios 2027 - Parques Borja I y II', 'UTF-8', 'Q'))
    h, mid = shapes.adobesign(m, t, rcpt, F)
    m.assemble(h)


@reg('business', '30-es-gruas-ebro-factura-verifactu')
def b30(m):
    m.what = 'Crane supplier Grúas Ebro sends invoice FE-2026-00871 (LTM 1500 for a gearbox exchange at Borja II) as PDF with the VERI*FACTU QR code'
    m.why = 'Genuine supplier invoice: from administracion@gruasebro.es on the supplier\'s own server (DKIM pass), matches the job, the QR is the AEAT VeriFactu verification URL (agenciatributaria.gob.es) with the same NIF/number/date/amount, IBAN is the known Ibercaja account'
    m.topic = 'invoice-qr'
    rcpt = P['javier'][1]
    t = local_to_utc('CET', 2026, 11, 18, 13, 2, 26)
    qurl = 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=FE-2026-00871&fecha=18-11-2026&importe=21538.00' % GRUAS['cif']
    m.qr(qurl, 'VERI*FACTU verification QR (AEAT)')
    m.iban(GRUAS['iban'], 'Grúas Ebro (Ibercaja)')
    m.phone('+34 976 571 402', 'Grúas Ebro office')
    lines = [('LTM 1500', 'Grúa móvil LTM 1500-8.1 con operador (día)', 3, 4950.00),
             ('TR-CONTRA', 'Transporte y montaje de contrapesos', 1, 2350.00),
             ('DESPL', 'Desplazamiento y dietas equipo', 1, 600.00)]
    net = sum(q * p for _, _, q, p in lines)
    vat = round(net * 0.21, 2)
    gross = net + vat
    pdfb = docs.invoice_pdf('GRÚAS EBRO', ['Grúas Ebro S.L. - Polígono Industrial El Portazgo, nave 14 - 50011 Zaragoza - NIF %s' % GRUAS['cif']],
                            ['EXAMPLE GROUP IBERIA S.L.', 'Calle Río Ebro 14', 'Polígono Industrial Malpica', '50016 Zaragoza', 'NIF %s' % EG_ES_CIF],
                            [('Factura n.º', 'FE-2026-00871'), ('Fecha', '18/11/2026'), ('Su pedido', 'EG-ES-2026-077'), ('Obra', 'P.E. Borja II - WTG 11')],
                            ['Pos', 'Código', 'Concepto', 'Cant.', 'Importe EUR'],
                            [(str(i + 1), c, n, str(q), docs.fmt_de(q * p)) for i, (c, n, q, p) in enumerate(lines)],
                            [('Base imponible', docs.fmt_de(net), False), ('IVA 21 %', docs.fmt_de(vat), False), ('Total factura', docs.fmt_de(gross) + ' EUR', True)],
                            ['Forma de pago: transferencia a 30 días', 'Ibercaja Banco - IBAN %s' % ids.iban_fmt(GRUAS['iban'])],
                            ['Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).',
                             'Grúas Ebro S.L. - Inscrita en el Registro Mercantil de Zaragoza, tomo 3918, folio 12, hoja Z-55281'],
                            created=docs.pdfdate(t - sec(2400)), title='Factura FE-2026-00871', creator='a3ERP', producer='a3ERP Report Engine',
                            qr_matrix=docs.qr_matrix(qurl), qr_caption='VERI*FACTU', heading='FACTURA', qr_size=112)
    text = """Buenos días, Javier:

Adjunto la factura FE-2026-00871 del servicio de grúa LTM 1500 en el parque Borja II (cambio de multiplicadora de la WTG 11, días 9 a 11 de noviembre), según vuestro pedido EG-ES-2026-077.

Importe total: %s EUR. Forma de pago habitual, transferencia a 30 días a nuestra cuenta de Ibercaja.

Un saludo,

Administración
Grúas Ebro S.L.
Polígono Industrial El Portazgo, nave 14 - 50011 Zaragoza
Tel. +34 976 571 402""" % docs.fmt_de(gross)
    html = bodies.fill_charset(bodies.outlook_html(text, 'ES'), 'iso-8859-1')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'iso-8859-1', 'quoted-printable'), mime.text(html, 'html', 'iso-8859-1', 'quoted-printable')],
                         docs.b_nextpart(m, 1))
    att = mime.attachment(pdfb, 'application/pdf', 'FE-2026-00871.pdf')
    root = mime.multipart('mixed', [alt, att], docs.b_nextpart(m, 0))
    root.preamble = 'This is a multipart message in MIME format.'
    m.set_body(root)
    frm = GRUAS['people']['admin']
    F = dict(from_=addr(frm[0], frm[1], 'iso-8859-1', 'Q'), from_addr=frm[1], to=addr('Javier Romero', rcpt), date=t,
             subject='Factura FE-2026-00871 - Grua LTM 1500 Borja II', msgid='<0%s$%s$%s$@gruasebro.es>' % (m.hex(11), m.hex(8), m.hex(8)))
    m.assemble(shapes.hosted_postfix(m, t, rcpt, F, GRUAS['relay'][0], GRUAS['relay'][1], 'ADMIN-PC', '192.0.2.87', 'gruasebro.es', 'default', lang='es'))


@reg('business', '31-es-moncayo-solicitud-oferta-mantenimiento')
def b31(m):
    m.what = 'Customer Eólica del Moncayo (head of purchasing Pilar Navarro) requests an offer for 2027 preventive maintenance of 46 turbines; XLSX price schedule attached, deadline 30/10/2026'
    m.why = 'Genuine customer tender: from pilar.navarro@eolicamoncayo.es on the customer\'s own Microsoft 365 tenant, known contact, detailed scope and schedule in a plain XLSX, questions by e-mail, no portal login or fee'
    m.topic = 'tender'
    rcpt = P['lucia'][1]
    t = local_to_utc('CET', 2026, 10, 7, 10, 44, 12)
    rows = [['Parque', 'Modelo', 'N.º WTG', 'Partida', 'Unidad', 'Cantidad', 'Precio unitario EUR', 'Importe EUR']]
    data = [('P.E. Borja I', 'G114-2.0', 18), ('P.E. Borja II', 'G114-2.5', 16), ('P.E. Tarazona', 'V110-2.0', 12)]
    items = [('Mantenimiento preventivo anual', 'WTG'), ('Inspección de palas (dron)', 'WTG'), ('Apriete de uniones atornilladas torre', 'WTG')]
    for park, model, n in data:
        for it, u in items:
            rows.append([park, model, n, it, u, n, None, None])
    rows.append(['', '', '', 'Bolsa de horas correctivo (técnico)', 'h', 800, None, None])
    x = ooxml.xlsx([('Oferta 2027', rows)], title='Solicitud de oferta mantenimiento 2027', creator='Pilar Navarro', when='2026-10-07T08:20:00Z',
                   date_time=(2026, 10, 7, 10, 20, 0), col_widths=[16, 10, 8, 38, 8, 9, 18, 14])
    text = """Buenos días, Lucía:

Como os adelantamos en septiembre, lanzamos la solicitud de oferta para el mantenimiento preventivo 2027 de nuestros parques Borja I, Borja II y Tarazona (46 aerogeneradores en total). Adjunto el cuadro de precios a cumplimentar.

Condiciones principales:
- Plazo de presentación: 30/10/2026, por correo electrónico a compras@eolicamoncayo.es (con copia a mí)
- Periodo: 01/01/2027 - 31/12/2027, prorrogable un año
- Visita a parque opcional: 15 o 16 de octubre (confirmar asistentes)

Cualquier duda técnica podéis plantearla por escrito hasta el 20/10; las respuestas se enviarán a todos los licitadores.

Un saludo,

Pilar Navarro
Responsable de Compras
Eólica del Moncayo S.L.
Paseo de la Independencia 21, 50001 Zaragoza"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'ES'), 'utf-8')
    alt_b = '_000_%s_' % m.hex(44)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'base64'), mime.text(html, 'html', 'utf-8', 'base64')], alt_b)
    att = mime.attachment(x, ooxml.XLSX, 'Moncayo_Solicitud_Oferta_Mantenimiento_2027.xlsx', size=True, date='Wed, 07 Oct 2026 08:40:55 GMT', description=True)
    root = mime.multipart('mixed', [alt, att], alt_b.replace('_000_', '_004_'))
    m.set_body(root)
    frm = MONC['people']['navarro']
    h, mid = systems.m365(m, t, rcpt, frm, addr('Lucía Martín', rcpt), ew('Solicitud de oferta - Mantenimiento preventivo 2027 (46 WTG)', 'utf-8', 'Q'),
                          cc=addr('Katrin Weßel', P['katrin'][1]), tenant_id='9a4c1e7b-2d58-4f3a-b6e0-5c8d7f21a9e3', langs='es-ES, en-US',
                          content_lang='es-ES', has_attach=True, lang_code='ES', edge=3)
    m.assemble(h)
