"""Business messages 27-31 (Spanish)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM
from company import E, A, IBAN_RUIZ_OLD, IBAN_RUIZ_NEW, CIF_RUIZ, CIF_EXAMPLE_ES
from reg import business, alt, mixed, pdf_att
import infra
import finance as fi
import docs

EX_ES = ['Example Iberia S.L.', 'Carrer de Pallars 108', '08018 Barcelona', 'NIF ' + CIF_EXAMPLE_ES]
RUIZ_HEAD = ['Transportes Hermanos Ruiz S.L.', 'Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 24 · 46988 Paterna (Valencia)',
             'Tel. 96 154 23 10 · CIF ' + CIF_RUIZ]


def ruiz_infra(m, t, f):
    infra.exim_cpanel(m, t, f, 'es-cp12.dinahosting.com', '82.98.135.12', client_ip='88.12.104.77', zone='ES',
                      client_helo='PC-ADMINISTRACION', mid_style='outlook', ua=infra.XM_OL16)


@business(27, 'es', 'disfarmed-modificacion-pedido',
          'The pharmacy wholesaler Disfarmed asks to bring forward delivery of order 4410027, switch to '
          'Euro pallets and add three SKUs.',
          'Known customer contact on its own Microsoft 365 domain; operational detail that matches existing '
          'orders; nothing about payments, credentials or attachments to open.')
def b27(m):
    t = T(2026, 11, 10, 9, 26, 48)
    sender = 'm.soler@disfarmed.es'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('Marta Soler', sender), to=A('es_mgr', 'iso-8859-1'),
             subject='Pedido 4410027 - adelantar entrega y ampliar referencias', scs=('iso-8859-1', 'Q'))
    st = infra.m365(m, t, f, 'disfarmed.es', 'DB8PR06MB6430', 'eurprd06',
                    ('EUR02-DB5-obe', 'mail-db5eur02on2091', '40.107.11.91'), lang='es-ES')
    src = """Hola Javier,

respecto al pedido 4410027 (campaña de Navidad), os pedimos tres cambios:

1. Adelantar la entrega al miércoles 2 de diciembre, en nuestro almacén de Ribarroja, muelles 3 a 5, de 7:00 a 13:00.
2. Servir en europalé 1200x800 y no en palé americano; altura máxima 1,60 m.
3. Añadir 120 uds. de Crema de manos 75 ml, 60 uds. de Bálsamo labial SPF 15 y 48 estuches "Ritual facial".

Si el cambio de fecha os supone algún problema con la agencia, decídmelo hoy y lo vemos por teléfono.

Gracias y un saludo,

Marta Soler
Departamento de Compras – Parafarmacia
Distribuciones Farmacéuticas del Mediterráneo S.A.
Tel. 96 164 08 30
"""
    m.body = alt(m, st, src, 'windows-1252', lang='ES')


@business(28, 'es', 'transportes-ruiz-factura',
          'Transportes Hermanos Ruiz sends freight invoice F-2026/0918 (Barcelona–Valencia shuttles, October) '
          'with the PDF invoice and its usual CaixaBank account.',
          'Long-standing carrier writing from its own domain and mail server; amounts and services match the '
          'contract; the IBAN is the one on file; no change, no urgency.')
def b28(m):
    t = T(2026, 11, 4, 15, 3, 12)
    sender = 'administracion@transportesruiz.es'
    f = dict(sender=sender, rcpt=E('es_acc'), frm=addr('Transportes Hermanos Ruiz - Administración', sender, 'iso-8859-15'),
             to=A('es_acc', 'iso-8859-15'), subject='Factura F-2026/0918 - servicios octubre', scs=('iso-8859-15', 'Q'))
    ruiz_infra(m, t, f)
    iban = fi.fmt_iban(IBAN_RUIZ_OLD)
    src = """Buenas tardes Lucía,

adjuntamos la factura F-2026/0918 correspondiente a los servicios de octubre (lanzaderas Barcelona - Valencia y repartos a farmacias).

Importe total: 6.218,92 €
Vencimiento: 04/12/2026
Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank, %s

Un saludo,

Administración
Transportes Hermanos Ruiz S.L.
Tel. 96 154 23 10
""" % iban
    pdf = docs.invoice(
        RUIZ_HEAD, EX_ES,
        [('Factura', 'F-2026/0918'), ('Fecha', '31/10/2026'), ('Cliente', '000412'), ('Vencimiento', '04/12/2026')],
        [('1', 'Lanzadera Barcelona - Valencia (12 viajes)', '12', '312,00 €', '3.744,00 €'),
         ('2', 'Reparto farmacias Comunidad Valenciana', '58', '22,90 €', '1.328,20 €'),
         ('3', 'Recargo combustible octubre', '1', '67,40 €', '67,40 €')],
        [('Base imponible', '5.139,60 €'), ('IVA 21%', '1.079,32 €'), ('Total factura', '6.218,92 €')],
        ['Forma de pago: transferencia bancaria a 30 días.', 'CaixaBank · IBAN ' + iban + ' · BIC CAIXESBBXXX'],
        ['Transportes Hermanos Ruiz S.L. · Inscrita en el Registro Mercantil de Valencia, Tomo 7741, Folio 112, Hoja V-93018'],
        t, zone='ES', title='Factura F-2026/0918', creator='a3ERP', producer='a3ERP Facturación',
        cols=('Lín.', 'Concepto', 'Uds.', 'Precio', 'Importe'), doc_title='FACTURA')
    m.body = mixed(m, 'nextpart', alt(m, 'nextpart', src, 'iso-8859-15', lang='ES'),
                   pdf_att(pdf, 'Factura_F-2026-0918.pdf', style='plain'))


@business(29, 'es', 'transportes-ruiz-cambio-cuenta',
          'Genuine bank change: the carrier\'s managing partner announces a new BBVA account from 01/01/2027 '
          'with the bank\'s account-ownership certificate, asks for phone confirmation.',
          'Real domain and mail server of a long-standing carrier, written by the known managing partner; '
          'long notice, old account stays open until 31/03/2027, account holder is the company itself with a '
          'bank certificate, and verification by calling the usual number is requested.', hn=[17, 22])
def b29(m):
    t = T(2026, 11, 27, 11, 47, 36)
    sender = 'antonio.ruiz@transportesruiz.es'
    f = dict(sender=sender, rcpt=E('es_acc'), frm=addr('Antonio Ruiz', sender), to=A('es_acc', 'windows-1252'),
             cc=A('es_mgr', 'windows-1252'), subject='Cambio de cuenta bancaria a partir del 1 de enero de 2027',
             scs=('windows-1252', 'Q'))
    ruiz_infra(m, t, f)
    new = fi.fmt_iban(IBAN_RUIZ_NEW)
    src = """Buenos días Lucía, Javier:

Os escribo para avisaros con tiempo de que a partir del 1 de enero de 2027 cambiamos de banco principal: los cobros pasarán a una cuenta nuestra en BBVA, a nombre de Transportes Hermanos Ruiz S.L.:

IBAN %s

Os adjunto el certificado de titularidad que nos ha emitido BBVA. La cuenta de CaixaBank seguirá abierta hasta el 31 de marzo, así que cualquier pago que ya tengáis programado puede ir allí sin problema.

Como hay tanto fraude con estas cosas, os pido que antes de cambiarlo en vuestro sistema me llaméis al teléfono de siempre (96 154 23 10, extensión 1) para confirmarlo de viva voz. Nosotros nunca os vamos a pedir por correo que paguéis una factura concreta a otra cuenta.

Un abrazo,

Antonio Ruiz
Gerente
Transportes Hermanos Ruiz S.L.
""" % new
    pdf = docs.letter(
        ['BBVA', 'Banco Bilbao Vizcaya Argentaria, S.A. · Oficina 6027 · Av. Corts Valencianes 30 · 46015 Valencia'],
        ['Transportes Hermanos Ruiz S.L.', 'C/ Ciudad de Sevilla 24', '46988 Paterna (Valencia)'],
        'Valencia, 25 de noviembre de 2026', 'Certificado de titularidad de cuenta',
        ['BBVA certifica que la cuenta con IBAN ' + new + ' (BIC BBVAESMMXXX) figura a nombre de:', '',
         'Titular: TRANSPORTES HERMANOS RUIZ S.L.', 'CIF: ' + CIF_RUIZ, 'Fecha de apertura: 18/11/2026', '',
         'Y para que así conste, a petición del interesado, se expide el presente certificado.'],
        ['Oficina 6027 Valencia – Corts Valencianes'], ['Documento emitido a petición del cliente. Código de verificación: '
                                                        + H(m.seed('csv'), 16, '0123456789ABCDEF')],
        t, zone='ES', title='Certificado de titularidad', creator='BBVA Net cash', producer='BBVA Documentos')
    m.body = mixed(m, 'nextpart', alt(m, 'nextpart', src, 'windows-1252', cte='8bit', lang='ES'),
                   pdf_att(pdf, 'Certificado_titularidad_BBVA.pdf', style='plain'))


@business(30, 'es', 'aduanas-dua-importacion',
          'The company\'s customs broker asks for the commercial invoice and packing list to file the import '
          'declaration (DUA) for a container of pumps from Ningbo; duties will be charged on its usual invoice.',
          'Known broker contact and domain; references a real shipment; duties are handled through the '
          'broker\'s account and invoiced later, no payment link or QR; preliminary calculation as PDF.', hn=[30])
def b30(m):
    t = T(2026, 11, 19, 10, 12, 3)
    sender = 'r.ortega@aduanaslevante.es'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('Raúl Ortega', sender, 'utf-8'), to=A('es_mgr', 'utf-8'),
             cc=A('es_acc', 'utf-8'), subject='Exp. 26/1187 – DUA importación contenedor MSKU7741093 – documentación pendiente')
    st = infra.m365(m, t, f, 'aduanaslevante.es', 'PR3PR02MB6258', 'eurprd02',
                    ('EUR05-AM6-obe', 'mail-am6eur05on2088', '40.107.22.88'), lang='es-ES', attach=True)
    src = """Buenos días Javier:

El contenedor MSKU7741093 (bombas dosificadoras y tapones de Ningbo, BL MEDUNG418820) ha llegado hoy a Valencia. Para presentar el DUA de importación nos falta:

- factura comercial definitiva del proveedor (la que tenemos es proforma),
- packing list con pesos netos por partida,
- confirmación de que la mercancía va a vuestro almacén de Barcelona (para el tránsito).

Os adjunto la liquidación provisional. Los derechos (arancel 6,5 %% sobre la partida 8424) y el IVA de importación se pagarán, como siempre, con nuestra cuenta de aplazamiento y os los repercutiremos como suplidos en nuestra factura del mes.

Si nos lo enviáis antes de las 13:00, el despacho puede salir mañana.

Saludos,

Raúl Ortega
Departamento de Importación
Aduanas Levante Consignatarios S.L.
Tel. 96 367 22 41
"""
    pdf = docs.invoice(
        ['Aduanas Levante Consignatarios S.L.', 'Agentes de aduanas · Av. del Puerto 180 · 46023 Valencia'],
        EX_ES, [('Expediente', '26/1187'), ('Fecha', '19/11/2026'), ('Contenedor', 'MSKU7741093'), ('Aduana', 'Valencia 4601')],
        [('1', 'Valor en aduana CIF (USD 18.420 a 1,0825)', '', '', '17.016,17 €'),
         ('2', 'Arancel 8424.89 – 6,5 %', '', '', '1.106,05 €'),
         ('3', 'IVA importación 21 % (base 18.122,22)', '', '', '3.805,67 €')],
        [('Total derechos e impuestos (prov.)', '4.911,72 €')],
        ['Liquidación provisional a efectos informativos. Importe definitivo según DUA admitido. '
         'Pago mediante cuenta de aplazamiento del representante aduanero.'],
        ['Aduanas Levante Consignatarios S.L. · Representante aduanero'], t, zone='ES',
        title='Liquidación provisional 26/1187', creator='Microsoft Excel', producer='Microsoft Excel',
        cols=('', 'Concepto', '', '', 'Importe'), doc_title='LIQUIDACIÓN PROV.')
    m.body = mixed(m, st, alt(m, st, src.replace('%%', '%'), 'utf-8', lang='ES'),
                   pdf_att(pdf, 'Liquidacion_provisional_26-1187.pdf'))


@business(31, 'es', 'bellezza-solicitud-presupuesto',
          'Request for quotation from the e-commerce customer Bellezza Online for the 2027 sun-care campaign, '
          'with a PDF listing quantities.',
          'Sent from the customer\'s real domain (Google Workspace), by the known buyer, with an ordinary PDF; '
          'asks only for prices and lead times.', hn=[31])
def b31(m):
    t = T(2026, 11, 12, 10, 33, 50)
    sender = 'compras@bellezzaonline.es'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('Irene Castro', sender), to=A('es_mgr', 'UTF-8'),
             subject='Solicitud de presupuesto – campaña solar 2027', zone='ES')
    st = infra.gmail(m, t, f, 'mail-wm1-f53.google.com', '209.85.128.53')
    src = """Hola Javier,

Como os comenté en la feria, estamos preparando la campaña de solares 2027 y nos gustaría incluir vuestra línea SPF 30/50 y el after sun. Te adjunto en PDF las referencias y las cantidades estimadas por trimestre.

¿Nos podríais pasar precios por volumen, plazo de entrega desde pedido y condiciones de envío a nuestro almacén de Sant Boi? Si es posible, antes del 27 de noviembre.

Muchas gracias,

Irene Castro
Responsable de Compras
Bellezza Online S.L.
+34 931 84 22 07
"""
    pdf = docs.invoice(
        ['Bellezza Online S.L.', 'Carrer de la Indústria 45 · 08830 Sant Boi de Llobregat'],
        EX_ES, [('Referencia', 'RFQ-2027-SOL'), ('Fecha', '12/11/2026'), ('Contacto', 'Irene Castro'), ('Respuesta', '27/11/2026')],
        [('1', 'Leche solar SPF 30, 200 ml', '6.000', '', 'Q1-Q2'),
         ('2', 'Spray solar SPF 50+, 200 ml', '9.000', '', 'Q1-Q2'),
         ('3', 'Spray solar niños SPF 50+, 150 ml', '4.500', '', 'Q2'),
         ('4', 'After sun gel aloe, 200 ml', '5.000', '', 'Q2-Q3')],
        [('Total unidades estimadas', '24.500')],
        ['Solicitamos precio unitario por tramo de volumen, plazo de entrega y condiciones de transporte (DAP Sant Boi).'],
        ['Bellezza Online S.L.'], t, zone='ES', title='Solicitud de presupuesto', creator='Google Docs Renderer',
        producer='Skia/PDF m131 Google Docs Renderer', cols=('#', 'Referencia', 'Cantidad', '', 'Periodo'),
        doc_title='SOLICITUD DE PRESUPUESTO')
    m.body = mixed(m, st, alt(m, st, src, 'UTF-8', hstyle='gmail'),
                   attach(pdf, 'application/pdf', 'Solicitud_presupuesto_solares_2027.pdf'))
