"""Spanish genuine business messages (5)."""
import banking as B
import content as C
import infra as I
from message import Msg
from mime import plain, html, alt, mixed, attachment
from people import S, BANK, TAXID

LBL = dict(pos='Nº', desc='Concepto', qty='Cant.', unit='Precio', amount='Importe', net='Base imponible',
           vat='IVA 21%', total='Total factura')


def b27():
    text = """Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL - NIF %s
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento - Procedimiento de comprobación limitada IVA 2026 3T
Fecha de puesta a disposición: 05/11/2026

Puede acceder a la notificación en https://dehu.redsara.es identificándose con certificado electrónico o Cl@ve, o en la Sede electrónica de la Agencia Tributaria.

De conformidad con el artículo 43 de la Ley 39/2015, la notificación se entenderá rechazada cuando hayan transcurrido diez días naturales desde su puesta a disposición sin que se acceda a su contenido.

Este aviso tiene carácter meramente informativo; su falta no impide que la notificación sea considerada plenamente válida. Por favor, no responda a este correo electrónico.""" % TAXID['example_es']
    body = plain(text, 'iso-8859-1', 'quoted-printable')
    return Msg('dehu-aviso-notificacion-aeat', ('DEHú - Dirección Electrónica Habilitada única', 'notificaciones.dehu@correo.gob.es'),
               [S('es_acc')], 'Aviso de puesta a disposición de notificación - Agencia Estatal de Administración Tributaria',
               (2026, 11, 5, 8, 3, 0), body, I.corp_gateway,
               infra_kw=dict(out_host='smtp02.correo.gob.es', out_ip='185.73.172.41', inner_host='dehu-avisos03.redsara.es',
                             inner_ip='10.251.8.43', mailer=None),
               hcs='iso-8859-1', henc='Q',
               what='Genuine DEHú notice that an AEAT notification is available (access only with certificate/Cl@ve on the official site).',
               why='Sent from the government mail service correo.gob.es; no attachment, no download link, only the official address dehu.redsara.es; '
                   'legally correct wording (10 natural days).',
               hard_neg=[('aeat-notificacion-descarga-zip', 'AEAT notification')])


def b28():
    png = C.photo_png(200, 150)
    text = """Buenas tardes:

El pasado 20 de octubre devolví en su oficina de Madrid-Barajas (T4) el SEAT León 4821 LMK del contrato MAD-2026-30771. El empleado revisó el coche conmigo y no indicó ningún daño.

Hoy veo en mi tarjeta un cargo de 385,00 € con el concepto "daños carrocería". Adjunto la foto que hice de la puerta trasera derecha al dejar el coche en el aparcamiento, donde no se aprecia ningún arañazo.

Solicito la anulación del cargo en un plazo de 10 días. En caso contrario presentaré una reclamación ante la Dirección General de Consumo de la Comunidad de Madrid y solicitaré la retrocesión del cargo a mi banco.

Un saludo,
María José Ruiz Navarro
Tel. 612 418 307"""
    body = mixed(C.outlook_alt(text, 'windows-1252', 'quoted-printable', lang='ES'),
                 attachment('image/png', 'IMG_20261020_184512.png', png))
    return Msg('reclamacion-cliente-cargo-danos', ('María José Ruiz', 'mjruiz78@hotmail.es'), [S('es_mgr')],
               'Reclamación cargo por daños - contrato MAD-2026-30771', (2026, 11, 4, 17, 40, 0), body, I.outlook_consumer,
               what='Genuine customer complaint about a damage charge after a rental, with a photo of the car.',
               why='Real customer (Outlook.com) quoting contract, plate and date; the PNG is a plain photo; demands only the reversal of a charge; no links.')


def b29():
    masked = 'ES** **** **** **** **** 9873'
    paras = ['Hola, EXAMPLE GROUP IBERIA SL:',
             'Has recibido una transferencia de **12.480,00 €** en tu cuenta %s.' % masked,
             'Ordenante: HOTELES COSTA LEVANTE SL - Concepto: FRA 2026-ES-0418 FLOTA NOVIEMBRE - Fecha valor: 24/11/2026',
             'Puedes consultar el detalle en la app BBVA o en BBVA Net cash.',
             'Recuerda: BBVA nunca te pedirá claves, códigos de firma ni que verifiques datos a través de enlaces en un correo electrónico o SMS.']
    body = C.brand_alt('Has recibido una transferencia', 'BBVA', '#004481', paras,
                       footer='Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao - NIF A48265169',
                       charset='utf-8', cte='quoted-printable', lang='es')
    return Msg('bbva-aviso-transferencia-recibida', ('BBVA', 'avisos@comunicaciones.bbva.es'), [S('es_acc')],
               'Has recibido una transferencia', (2026, 11, 24, 11, 2, 0), body, I.sfmc,
               infra_kw=dict(mta_host='mta.comunicaciones.bbva.es', ip='13.111.74.18', bounce_domain='bounce.comunicaciones.bbva.es'),
               what='Genuine BBVA notification of an incoming transfer from a corporate customer.',
               why='Sent from BBVA\'s notification subdomain via its marketing cloud; masked account; no links or requests; anti-phishing reminder.',
               hard_neg=[('bbva-netcash-verificacion', 'BBVA business banking notification')])


def b30():
    pay = ['Forma de pago: transferencia bancaria a 30 días fecha factura (vencimiento 27/12/2026)',
           'IBAN %s - Banco Santander' % B.fmt_iban(BANK['talleres'])]
    data, tot = C.invoice_pdf(
        ['Talleres Hermanos García S.L.', 'Calle de la Carpintería 14, Pol. Ind. Los Olivos, 28906 Getafe (Madrid) · CIF %s' % TAXID['talleres']],
        ['Cliente:', 'EXAMPLE GROUP IBERIA SL', 'Calle de Julián Camarillo 29', '28037 Madrid', 'CIF %s' % TAXID['example_es']],
        [((56, 'Factura nº F-2026/0872'), (330, 'Fecha: 27/11/2026')),
         ((56, 'Orden de trabajo OT-5518'), (330, 'Vehículo: SEAT León 7731 LKB'))],
        'Factura',
        [('Reparación chapa puerta delantera izq.', 1, '310.00'), ('Pintura y materiales', 1, '245.50'),
         ('Mano de obra (h)', 4.5, '48.00'), ('Sustitución retrovisor izq. (recambio original)', 1, '186.40')],
        21, LBL, pay,
        meta=dict(title='Factura F-2026/0872', creator='Google Docs Renderer', producer='Skia/PDF m118 Google Docs Renderer',
                  date="D:20261127091502+01'00'"),
        style='es')
    text = """Buenos días, Lucía:

Te adjunto la factura F-2026/0872 de la reparación de chapa y pintura del SEAT León 7731 LKB (orden de trabajo OT-5518), que recogisteis el martes.

Importe total: %s €. Forma de pago la de siempre, transferencia a 30 días a nuestra cuenta del Santander.

Cualquier cosa me dices.

Un saludo,
Antonio García
Talleres Hermanos García S.L.
Tel. 916 83 27 40""" % C.money(tot['total'], 'es')
    body = mixed(C.gmail_alt(text, 'quoted-printable'), attachment('application/pdf', 'Factura_F-2026-0872.pdf', data))
    return Msg('talleres-garcia-factura', ('Antonio García', 'antonio@talleresgarcia.es'), [S('es_acc')],
               'Factura F-2026/0872 - SEAT León 7731 LKB', (2026, 11, 27, 10, 15, 0), body, I.gmail, hcs='UTF-8', henc='B',
               what='Genuine invoice PDF from the Madrid body shop (Google Workspace) for a repair order.',
               why='Known supplier on its own domain hosted by Google Workspace; refers to a real work order and vehicle; usual payment terms and '
                   'known Santander account; ordinary PDF.',
               hard_neg=[('factura-zip-vbs', 'supplier invoice by e-mail')])


def b31():
    text = """Hola Lucía:

Como cada año, vamos a comprar las tarjetas regalo de Navidad para el equipo de Madrid: 14 personas, 50 € cada una (700 € en total).

Por favor, hazlo igual que el año pasado: pedido a través de Compras (Florian ya tiene aprobado el presupuesto, solicitud SRM 2026-1188), tarjetas de El Corte Inglés y factura a nombre de Example Group Iberia. Las recogemos en la oficina el 18/12 y las reparto en la comida de Navidad.

Gracias,
Javier

Javier Muñoz Ortega
Office Manager | Example Group Iberia S.L.
Calle de Julián Camarillo 29, 28037 Madrid"""
    body = C.outlook_alt(text, 'iso-8859-15', 'quoted-printable', lang='ES')
    return Msg('tarjetas-regalo-navidad-interno', S('es_mgr'), [S('es_acc')], 'Tarjetas regalo Navidad equipo Madrid',
               (2026, 12, 4, 12, 30, 0), body, I.internal_exchange, cc=[S('proc')],
               infra_kw=dict(mailbox_srv='EXCH01', client_ip='10.44.0.52'),
               what='The Madrid office manager internally asks the accountant to order Christmas gift cards for staff through procurement.',
               why='Internal Exchange -> mail-int01 path; approved budget and procurement request number; invoiced to the company, cards collected in '
                   'the office; procurement in CC; no secrecy, no codes sent by mail.',
               hard_neg=[('gift-card-manager-gmail', 'manager asks for gift cards')])


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
