"""Genuine business messages, Spanish (5)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, b64s
import ids

MAILS = []
add = MAILS.append
ebro = ids.fmt_iban(BANK['ebro'])

# ---------------------------------------------------------------- 27 DEHú genuine notice
p27 = """Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA S.L. (%s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación - Requerimiento de información

Para acceder a su contenido, entre en https://dehu.redsara.es con su certificado electrónico, DNIe o Cl@ve, o acceda a través de la sede electrónica del organismo emisor.

Este correo es meramente informativo: la notificación no se adjunta a este mensaje y no le solicitaremos nunca sus claves por correo electrónico.

Este buzón no admite respuestas.
""" % TAX['eg_es']
add(Mail(
    'dehu-aviso-notificacion-echt', '2026-11-18 04:12:09', MAIL['es_acc'],
    I.custom(('correo2.redsara.es', 'correo2.redsara.es', '212.128.114.52'),
             hops=[('from dehu-notif-02.redsara.es (dehu-notif-02.redsara.es [10.253.30.12])\n\tby correo2.redsara.es (Postfix) with ESMTP id {qid}', 'ES', True, 1)],
             msgid=lambda ctx: '<%d.%d.JavaMail.dehu@dehu-notif-02>' % (ctx.rng.randrange(10 ** 8, 10 ** 9), int(ctx.t_sent.timestamp() * 1000)),
             style='generic', tls='1.2', return_path='no-reply@correo.gob.es', date_zone='ES', boundary='javamail'),
    ('DEHú - Dirección Electrónica Habilitada única', 'no-reply@correo.gob.es'),
    'Aviso de puesta a disposición de notificación',
    Text(p27, 'plain', 'iso-8859-1', '8bit'),
    to=[(None, MAIL['es_acc'])], hcs='iso-8859-1', sent_delta=2,
    pair=('aeat-dehu-notificacion-pendiente',), pair_note='DEHú notice of a new AEAT notification: the genuine one is from gob.es infrastructure, points to dehu.redsara.es and contains no personalised login link.',
    what='Official DEHú notice that a new notification from the tax agency is available.',
    why='Sent from the Spanish government relay (redsara.es / correo.gob.es), generic link to dehu.redsara.es only, no credentials requested.'))

# ---------------------------------------------------------------- 28 casing settlement (genuine)
p28 = """Hola Lucía:

Te adjunto la factura F-2026-0871 correspondiente a las 214 carcasas entregadas en octubre en vuestra planta de Zaragoza (albaranes 3318 a 3326), según la clasificación de vuestro técnico:

- 158 carcasas clase A (315/80 y 385/65) a 52,00 € = 8.216,00 €
- 56 carcasas clase B a 28,00 € = 1.568,00 €

Base imponible 9.784,00 € + IVA 21 % 2.054,64 € = 11.838,64 €

Pago por transferencia a la cuenta de siempre en CaixaBank (la que figura en la factura).

Un saludo,

Javier Gómez
Responsable de compras y carcasas
Neumáticos Ebro S.L.
Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza
Tel. 976 57 12 40
"""
add(Mail(
    'ebro-liquidacion-carcasas-octubre', '2026-11-20 12:44:31', MAIL['es_acc'],
    I.m365(obe=6, server='DB9PR06MB7745', region='eurprd06', lang='es-ES',
           tenant_id='9e41c7b2-0d5a-4f38-b6e1-2a7c8d3f9b10'),
    ('Javier Gómez', 'jgomez@neumaticosebro.es'),
    'Liquidación carcasas octubre – F-2026-0871',
    mixed(alt(p28, T.word_html(p28, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable', quoted=True),
          pdf_att('F-2026-0871.pdf', [
              ('h1', 'Neumáticos Ebro S.L.'),
              ('small', 'Pol. Ind. Malpica, calle E, nave 14 · 50016 Zaragoza · CIF %s' % TAX['ebro']),
              ('h2', 'FACTURA F-2026-0871 · 18/11/2026'),
              ('p', 'Cliente: Example Group Iberia S.L. · CIF %s · Plataforma Logística PLAZA, C/ Osca 4, 50197 Zaragoza' % TAX['eg_es']),
              ('mono', 'Carcasas camión clase A (315/80 R22.5, 385/65 R22.5)   158 x 52,00 €   8.216,00 €'),
              ('mono', 'Carcasas camión clase B                                 56 x 28,00 €    1.568,00 €'),
              ('mono', 'Base imponible 9.784,00 €   IVA 21 % 2.054,64 €   Total 11.838,64 €'),
              ('p', 'Albaranes 3318-3326. Forma de pago: transferencia a 30 días.\nCaixaBank · IBAN %s' % ebro),
          ], title='F-2026-0871', author='Neumáticos Ebro', creator='a3ERP', producer='a3ERP',
             created="20261118101500+01'00'")),
    to=[('Lucía Fernández', MAIL['es_acc'])], hcs='utf-8', henc='B', sent_delta=5,
    pair=('ebro-carcasas-cuenta-nueva-lookalike',), pair_note='casing-settlement invoice F-2026-0871 from the real dealer domain neumaticosebro.es with the usual CaixaBank account; the attack continues this thread from a look-alike domain.',
    what='Tyre dealer invoices the October casings delivered to the retreading plant.',
    why='Real customer domain and its Microsoft 365 tenant, detailed delivery notes and grading, usual CaixaBank account, no urgency.'))

# ---------------------------------------------------------------- 29 sick leave from private Outlook.com
p29 = """Hola Raúl:

Te escribo desde mi correo personal porque no tengo el portátil en casa. Esta mañana he ido al médico de cabecera y me ha dado la baja por una gastroenteritis, en principio hasta el viernes. El parte lo envía el médico directamente a la Seguridad Social y a la empresa por el sistema electrónico, así que no tengo que hacer nada más, pero te lo digo para que lo sepas.

La remesa de pagos del viernes está preparada en el banco a falta de la segunda firma. Si no estoy de vuelta, fírmala tú como siempre desde la banca online (no hay nada urgente fuera de lo normal).

Un saludo,
Lucía
"""
add(Mail(
    'lucia-baja-medica-outlookcom', '2026-11-09 08:47:15', MAIL['es_mgr'],
    I.m365(obe=2, server='PAXP193MB1876', region='eurp193', lang='es-ES', consumer=True),
    ('Lucía Fernández', 'lucia.fdez.zgz@hotmail.com'),
    'Baja médica',
    alt(p29, T.owa_html(p29), 'utf-8', 'base64'),
    to=[('Raúl Sánchez', MAIL['es_mgr'])], sent_delta=4,
    what='Spanish accountant tells her manager from her private Hotmail address that she is on sick leave until Friday.',
    why='Personal Outlook.com mailbox on Microsoft\'s consumer infrastructure, plain information, explicitly no unusual payment, no links or attachments.'))

# ---------------------------------------------------------------- 30 genuine SharePoint share
sp_url = 'https://transportesruiz.sharepoint.com/:x:/s/Administracion/EYx7Qk2vT4lBn0cH8dR3aZ0B1fN6qWm2sKpLr4uVbC9XhA?e=Rt7Kp2'
h30 = T.brand_html('SharePoint', 'Pilar Ruiz ha compartido un archivo contigo', [
    '<b>Pilar Ruiz</b> ha compartido un archivo contigo',
    '<i>"Raúl, te paso la previsión de neumáticos para diciembre de los camiones de Huesca. El pedido en firme lo mando el lunes."</i>',
    '&#128215; <b>Prevision_neumaticos_diciembre_2026.xlsx</b>'],
    'Abrir', sp_url, color='#036c70', logo_text='SharePoint',
    after_button=['Este vínculo solo funcionará para los destinatarios directos de este mensaje.'],
    footer='Declaración de privacidad de Microsoft · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
add(Mail(
    'sharepoint-prevision-diciembre-echt', '2026-11-27 13:05:39', MAIL['es_mgr'],
    I.custom(I.M365_OBE[1],
             hops=[lambda ctx: I.rcv('from AS8PR04MB8612.eurprd04.prod.outlook.com (2603:10a6:20b:%s::%s) by\n\t AS8PR04MB8612.eurprd04.prod.outlook.com (2603:10a6:20b:%s::%s) with Microsoft SMTP Server\n\t (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.22'
                                     % (I.hx(ctx.rng, 3), I.hx(ctx.rng, 2), I.hx(ctx.rng, 3), I.hx(ctx.rng, 2)), I.plus(ctx.t_sent, 1), 'UTC')],
             msgid=lambda ctx: '<%s@odspnotify>' % I.uuid4(ctx.rng),
             style='esp', tls='1.2', return_path=lambda ctx: 'no-reply@sharepointonline.com', date_zone='UTC', boundary='generic',
             extra=[('X-MS-Exchange-CrossTenant-id', '3f8a1c52-7e0b-4d69-a2c4-5b9e1d7f0a38'),
                    ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
                    ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'AS8PR04MB8612')]),
    ('Pilar Ruiz', 'no-reply@sharepointonline.com'),
    'Pilar Ruiz ha compartido "Prevision_neumaticos_diciembre_2026.xlsx" contigo',
    Text(h30, 'html', 'utf-8', 'base64'),
    to=[('Raúl Sánchez', MAIL['es_mgr'])], reply_to=('Pilar Ruiz', 'administracion@transportesruiz.es'), sent_delta=2,
    pair=('sharepoint-falso-pedido-diciembre',), pair_note='SharePoint sharing notification from the same carrier contact: genuine one from no-reply@sharepointonline.com via Microsoft, link to transportesruiz.sharepoint.com.',
    what='Genuine SharePoint Online sharing notification: the carrier shares its December tyre forecast spreadsheet.',
    why='Sent by Microsoft (sharepointonline.com through Exchange Online), link to the customer\'s own tenant transportesruiz.sharepoint.com, Reply-To the sharer\'s real address.'))

# ---------------------------------------------------------------- 31 payment reminder with service suspension
p31 = """Estimados señores:

Según nuestros registros, las siguientes facturas se encuentran vencidas y pendientes de pago:

TR-26/1187 de 30/09/2026 - 4.356,00 € - vto. 30/10/2026
TR-26/1241 de 15/10/2026 - 2.904,00 € - vto. 14/11/2026

Les rogamos que procedan a su abono a la mayor brevedad en la cuenta habitual que figura en las facturas. En caso de no recibir el pago antes del 4 de diciembre, nos veremos obligados a suspender temporalmente el servicio de transporte de carcasas entre Huesca y Zaragoza hasta la regularización.

Si ya han realizado el pago, les rogamos que nos envíen el justificante y disculpen las molestias.

Atentamente,

Pilar Ruiz
Administración
Transportes Hermanos Ruiz S.L.
Ctra. de Zaragoza, km 68 · 22197 Huesca · Tel. 974 21 35 80
"""
add(Mail(
    'ruiz-recordatorio-pago-suspension', '2026-11-24 11:26:50', MAIL['es_acc'],
    I.own_server('mail.transportesruiz.es', 'static-217-124-88-41.ipcom.comunitel.net', '217.124.88.41',
                 client_ip='217.124.88.41', mua='outlook', lang='es', date_zone='ES'),
    ('Transportes Hermanos Ruiz - Administración', 'administracion@transportesruiz.es'),
    'Recordatorio de pago - facturas vencidas - aviso de suspensión del servicio',
    Text(p31, 'plain', 'iso-8859-15', 'quoted-printable'),
    to=[('Example Group Iberia - Administración', MAIL['es_acc'])], hcs='iso-8859-15', sent_delta=3,
    what='Carrier reminds of two overdue invoices and announces suspension of casing transport if unpaid by 4 December.',
    why='Real carrier domain and its own mail server, refers to the usual account on the invoices, asks for proof of payment; urgency without new bank data.'))
