# -*- coding: utf-8 -*-
"""Spanish messages (attack 27-31, business 27-31)."""
import ids
import docs
import office
import mime
import company as C
import mailsys as X
from common import *
from reg import msg

ENV_HOST, ENV_IP = 'correo.envasessegre.es', '192.0.2.44'
ENV_FOOT = ('Envases Flexibles del Segre, S.A. - Carrer de la Indústria, 18 - Polígon Industrial Segre - 25191 Lleida - '
            'NIF A25051285 - Inscrita en el Registro Mercantil de Lleida, Tomo 812, Folio 44, Hoja L-11873')


def sig_env(name='Montse Puig', dept='Departamento Comercial', ext='40'):
    return ('Un saludo,\n\n%s\n%s\nEnvases Flexibles del Segre, S.A.\nCarrer de la Indústria, 18 - Polígon Industrial Segre\n'
            '25191 Lleida\nTel. +34 973 21 88 %s\nwww.envasessegre.es' % (name, dept, ext))


# =====================================================================================
@msg('attack', '27-es-aeat-requerimiento-phpmailer.eml')
def a27(m):
    r = m.rng
    t = when(2026, 10, 28, 9, 41, 37)
    url = 'https://clinicadentalribera.es/wp-includes/css/aeat/notificacion.php?nif=B25718362&ref=2026GRC31418837A'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
            '<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#7b1e1e;color:#fff;padding:12px 16px;font-size:18px">'
            'Agencia Tributaria <span style="font-size:13px">| Sede electrónica</span></td></tr>\n'
            '<tr><td style="padding:16px;line-height:21px">\n'
            '<p><b>Notificación electrónica - Requerimiento de información</b></p>\n'
            '<p>NIF: B25718362 - EXAMPLE GROUP IBERIA SL<br>Referencia: 2026GRC31418837A<br>Concepto: IVA - Modelo 303, 3T 2026</p>\n'
            '<p>Se ha puesto a su disposición una notificación en relación con el procedimiento de comprobación limitada del '
            'Impuesto sobre el Valor Añadido. Dispone de un plazo de 10 días hábiles para atender el requerimiento.</p>\n'
            '<p>Puede descargar el documento completo (PDF firmado electrónicamente) desde el siguiente enlace:</p>\n'
            '<p><a href="%s" style="color:#7b1e1e;font-weight:bold">Descargar notificación</a></p>\n'
            '<p>Transcurrido el plazo sin atender el requerimiento, se considerará rechazada a los efectos del art. 43.2 de la Ley '
            '39/2015 y podrá iniciarse un procedimiento sancionador.</p>\n'
            '<p>Agencia Estatal de Administración Tributaria</p>\n</td></tr></table></body></html>\n' % url)
    m.root = Leaf('text/html', html, 'UTF-8', 'quoted-printable', ct_quote=False)
    c = dict(frm=('Agencia Tributaria', 'notificaciones@sede-agenciatributaria.es'), to=[S('Javier')],
             subject='Notificación electrónica pendiente - Ref. 2026GRC31418837A', date=t, hcs='UTF-8', hmode='B',
             msgid='<%s@clinicadentalribera.es>' % alnum(r, 40))
    X.exim_cpanel(m, c, 'srv112.hostingpyme.es', '198.51.100.112', None, dkim_d='clinicadentalribera.es', z='CET',
                  php={'user': 'clinicad', 'uid': 1042, 'envelope': 'clinicad@srv112.hostingpyme.es',
                       'dir': '/home/clinicad/public_html/wp-includes/css/aeat'},
                  order=['Date', 'To', 'From', 'Subject', 'Message-ID', ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'),
                         'MV', 'MIMEONLY'], spf='none')
    m.describe('Fake AEAT "notificación electrónica" (VAT requirement) with a download link into a hacked dental clinic\'s '
               'WordPress, sent with PHPMailer from that site\'s cPanel account.',
               'AEAT notifies via DEHú/sede with certificate login, never with a direct download link on a third-party site; '
               'sender domain not agenciatributaria.gob.es; sanction threat. Genuine DEHú notice: business/28.')


# =====================================================================================
@msg('attack', '28-es-envases-cambio-cuenta-lookalike.eml')
def a28(m):
    r = m.rng
    t = when(2026, 11, 17, 12, 3, 9)
    new_iban = ids.es_iban('0081', '0307', '0006397451')
    body = ('Buenos días Javier,\n\n'
            'Te escribo desde administración de Envases Flexibles del Segre. Por una reorganización interna de tesorería hemos '
            'centralizado los cobros en Banco Sabadell, por lo que a partir de ahora los pagos de nuestras facturas deben '
            'realizarse únicamente a la cuenta:\n\n'
            'IBAN: %s\n\n'
            'Adjunto el certificado de titularidad emitido por el banco. Te agradecería que actualizaras la ficha de proveedor y '
            'nos confirmaras por este medio la fecha prevista de pago de las facturas F2026-003951 y F2026-004012 (31.884,20 € '
            'en total), ya vencidas.\n\n'
            'Un saludo,\n\nNúria Vidal\nAdministración\nEnvases Flexibles del Segre, S.A.\n' % ids.fmt_iban(new_iban))
    cert, _ = docs.build(m, [
        ('h', 'Certificado de titularidad de cuenta'), ('sp', 6),
        ('p', 'Banco de Sabadell, S.A. certifica que la cuenta abajo indicada figura abierta en esta entidad a nombre de:'), ('sp', 4),
        ('kv', [('Titular', 'ENVASES FLEXIBLES DEL SEGRE SA'), ('NIF', 'A25051285'), ('IBAN', ids.fmt_iban(new_iban)),
                ('BIC', 'BSABESBBXXX'), ('Fecha de apertura', '21/10/2026')]),
        ('sp', 10), ('p', 'Y para que así conste, se expide el presente certificado a petición del interesado en Lleida, a 16 de noviembre de 2026.'),
        ('sp', 20), ('small', 'Documento generado electrónicamente. Banco de Sabadell, S.A. Avda. Óscar Esplá, 37, 03007 Alicante.'),
    ], 'Microsoft: Print To PDF', '', 'certificado', 'Usuario', t - TD(hours=2),
        header=docs.letterhead('Banco Sabadell', ['Oficina 0307 - Lleida'], (0.0, 0.45, 0.75), logo_box=False))
    m.root = Multi('mixed', [B.alt(m, body, B.outlook_html(body, 'es', 'iso-8859-15'), 'iso-8859-15', 'quoted-printable', bnd=B.bnd_generic(m)),
                             att(m, cert, 'application/pdf', 'Certificado_titularidad_Envases_Segre.pdf', 'outlook', t, 'iso-8859-15')],
                   B.bnd_generic(m))
    c = dict(frm=('Núria Vidal - Envases Segre', 'administracion@envases-segre.es'), to=[S('Javier')],
             subject='Actualización datos bancarios - Envases Flexibles del Segre', date=t, hcs='iso-8859-15', hmode='Q',
             content_language='es')
    X.privateemail(m, c, '102.129.143.50')
    m.describe('Supplier bank-change fraud from the look-alike domain envases-segre.es (the supplier\'s real domain is '
               'envasessegre.es): new Sabadell IBAN and a forged "certificado de titularidad".',
               'Look-alike domain on Namecheap Private Email instead of the supplier\'s Zimbra; unknown sender name; overdue '
               'pressure; certificate made with "Microsoft: Print To PDF". Genuine supplier invoice: business/27.',
               ibans=[new_iban])


# =====================================================================================
@msg('attack', '29-es-nomina-cambio-cuenta-gmail.eml')
def a29(m):
    t = when(2026, 11, 20, 8, 2, 44)
    new_iban = ids.es_iban('1583', '0001', '1790045823')
    text = ('Hola Javier,\n\nhe cambiado de banco y quería pedirte que la nómina de noviembre me la ingreséis ya en la cuenta '
            'nueva, porque la antigua la cierro a final de mes:\n\n%s\n\nTe escribo desde el personal porque no me deja entrar en '
            'el correo del trabajo desde el móvil.\n\n¿Me confirmas cuando esté cambiado? Gracias!!\n\nLucía\n\nEnviado desde mi iPhone'
            % ids.fmt_iban(new_iban))
    m.root = Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=True)
    c = dict(frm=('Lucia Martinez', 'luciamartinez.lleida@gmail.com'), to=[S('Javier')], subject='Cambio de cuenta nómina',
             date=t, hcs='UTF-8', hmode='B')
    X.gmail(m, c)
    m.describe('Payroll diversion: someone posing as the Lleida office manager writes from a Gmail address asking to pay her '
               'November salary into a new (Revolut-branch) IBAN and to confirm by mail.',
               'Private address not on file, change requested by e-mail instead of the employee portal, "can\'t access work '
               'mail", confirmation by mail. Genuine private mail from the same colleague: business/29.', ibans=[new_iban])


# =====================================================================================
@msg('attack', '30-es-caixabank-qr-verificacion.eml')
def a30(m):
    r = m.rng
    t = when(2026, 12, 3, 10, 18, 2)
    payload = 'https://cbk-empresas-verificacion.netlify.app/?c=B25718362&t=%s' % hexs(r, 10)
    png = qr_png(m, payload, 5)
    cid = 'qr_%s@caixabank' % hexs(r, 8)
    m.meta['qr_images'] = {'codigo_qr.png': 1}
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;margin:0;background:#f1f1f1">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">\n'
            '<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#007eae;padding:14px 22px;color:#fff;font-size:19px"><b>CaixaBank</b> Now Empresas</td></tr>\n'
            '<tr><td style="padding:22px;font-size:14px;line-height:21px;color:#333">\n'
            '<p>Estimado cliente:</p>\n<p>En cumplimiento de la normativa europea PSD3 de autenticación reforzada, es necesario '
            'vincular de nuevo el dispositivo de firma de los apoderados de <b>EXAMPLE GROUP IBERIA SL</b> antes del '
            '<b>10/12/2026</b>. Sin esta verificación las órdenes de transferencia y las remesas de nóminas quedarán '
            'retenidas.</p>\n<p>Escanee el siguiente código con la cámara de su móvil para completar la verificación desde la '
            'app:</p>\n<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="Código QR"></p>\n'
            '<p style="font-size:12px;color:#777">Por su seguridad, este proceso sólo puede completarse desde un dispositivo móvil.</p>\n'
            '<p>Atentamente,<br>Servicio de Atención a Empresas</p>\n</td></tr>\n'
            '<tr><td style="padding:12px 22px;font-size:11px;color:#999">CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 Valencia</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % cid)
    plain = B.html_to_text(html)
    rel = Multi('related', [Leaf('text/html', html, 'utf-8', 'quoted-printable', ct_quote=False),
                            Leaf('image/png', png, filename='codigo_qr.png', disposition='inline', cid=cid, cte='base64')], hexs(r, 30), quote=True)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'utf-8', 'quoted-printable', ct_quote=False), rel], hexs(r, 30), quote=True)
    c = dict(frm=('CaixaBank Empresas', 'avisos@caixabank-empresas-seguridad.com'), to=[S('Javier')],
             subject='Acción requerida: verificación de dispositivo de firma antes del 10/12/2026', date=t, hcs='UTF-8', hmode='B')
    X.sendgrid(m, c, 'caixabank-empresas-seguridad.com', 'em1204', dmarc_policy='absent')
    m.describe('Quishing: fake CaixaBank business-banking notice with an inline PNG QR code (multipart/related) leading to a '
               'Netlify-hosted phishing page; sent via SendGrid from a look-alike domain.',
               'Look-alike domain, link hidden in an image for phones, "PSD3" pretext, payroll hold threat.')


# =====================================================================================
@msg('attack', '31-es-ceo-tarjetas-regalo.eml')
def a31(m):
    t = when(2026, 12, 11, 11, 36, 0)
    text = ('Hola Lucía,\n\n¿Estás disponible ahora? Necesito que me ayudes con un tema urgente y discreto.\n\n'
            'Quiero hacer un detalle de Navidad a varios clientes de la zona de Lleida antes de la reunión de esta tarde y no '
            'tengo acceso a la tarjeta de empresa desde aquí. Necesito 10 tarjetas regalo de Amazon de 100 € cada una. '
            'Puedes comprarlas en cualquier Carrefour o tienda cercana, te lo devolvemos mañana con la nota de gastos.\n\n'
            'Cuando las tengas, rasca la parte de atrás y mándame una foto clara de los códigos por aquí. Estoy en una reunión '
            'y no puedo hablar por teléfono.\n\nGracias,\nMatthias Brandt\nCEO')
    m.root = B.alt(m, text, '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n<body>\n<div>'
                   + '<br>\n'.join(B.esc(l) for l in text.split('\n')) + '</div>\n</body>\n</html>\n', 'windows-1252', 'quoted-printable',
                   bnd=B.bnd_outlook(m, '000', 'AS8P190MB%04d' % m.rng.randint(1000, 9999)))
    c = dict(frm=('Matthias Brandt', 'mbrandt.direccion@outlook.es'), to=[S('Lucía')], subject='Urgente', date=t,
             hcs='windows-1252', hmode='Q')
    X.outlook_com(m, c, lang='es-ES')
    m.describe('Gift-card CEO fraud: "Matthias Brandt" from an outlook.es free-mail account asks the Lleida office manager to '
               'buy ten EUR 100 Amazon gift cards and send photos of the codes.',
               'CEO name on a consumer account; gift cards; secrecy and "can\'t talk"; photos of codes. Genuine internal '
               'Christmas-gift request: business/31.')


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '27-es-envases-factura-verifactu.eml')
def b27(m):
    r = m.rng
    t = when(2026, 11, 27, 13, 22, 48)
    lines = [('Doypack 85 g cierre fácil, impresión 8 colores, ref. EG-CAT-85-SAL', 180000, 0.0612),
             ('Doypack 85 g, ref. EG-CAT-85-POL', 120000, 0.0612), ('Saco papel 12 kg con válvula, ref. EG-DOG-12-ADU', 24000, 0.2945)]
    net = round(sum(q * p for _, q, p in lines), 2)
    iva = round(net * 0.21, 2)
    tot = round(net + iva, 2)
    qrp = 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=A25051285&numserie=F2026-004187&fecha=27-11-2026&importe=%.2f' % tot
    es = lambda v: docs.money(v, 'es')
    pdfb, _ = docs.build(m, [
        ('addr', ['EXAMPLE GROUP IBERIA, S.L.', 'Polígono Industrial El Segre, Parcela 412', '25191 Lleida', 'NIF B25718362'],
         [('Factura nº', 'F2026-004187'), ('Fecha', '27/11/2026'), ('Pedido', 'EGI-PO-2611-22'), ('Albarán', 'A2026-11873')]),
        ('sp', 10), ('h', 'FACTURA'), ('sp', 4),
        ('table', ['Concepto', 'Unidades', 'Precio', 'Importe'], [[d, '{:,}'.format(q).replace(',', '.'), '%.4f' % p, es(q * p)] for d, q, p in lines],
         [5, 1.3, 1, 1.4], ['l', 'r', 'r', 'r']),
        ('totals', [('Base imponible', es(net) + ' €', False), ('IVA 21 %', es(iva) + ' €', False), ('Total factura', es(tot) + ' €', True)]),
        ('sp', 6), ('kv', [('Forma de pago', 'Transferencia a 60 días'), ('Vencimiento', '26/01/2027'), ('IBAN', ids.fmt_iban(C.ENVASES_IBAN))]),
        ('sp', 6), ('qr', qrp, 70, 'QR tributario: Factura verificable en la sede electrónica de la AEAT. VERI*FACTU', 56.0, 'M'),
        ('small', ENV_FOOT),
    ], 'SAP Business One', 'SAP Business One', 'Factura F2026-004187', 'Envases Flexibles del Segre', t - TD(minutes=9),
        header=docs.letterhead('Envases Flexibles del Segre', ['Envases flexibles para alimentación animal'], (0.1, 0.45, 0.3)))
    body = ('Buenos días Javier,\n\nos adjuntamos la factura F2026-004187 correspondiente al albarán A2026-11873 (pedido '
            'EGI-PO-2611-22). Como ya os comentamos, desde noviembre nuestras facturas llevan el código QR VERI*FACTU para que '
            'podáis verificarlas en la sede de la AEAT.\n\nLa cuenta de pago es la de siempre (CaixaBank).\n\n') + sig_env('Facturación', 'Administración', '30')
    m.root = Multi('mixed', [Multi('alternative', [Leaf('text/plain', body, 'utf-8', 'quoted-printable'),
                                                   Leaf('text/html', '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">'
                                                        + ''.join('<div>%s</div>' % (B.esc(l) or '<br data-mce-bogus="1">') for l in body.split('\n'))
                                                        + '</div></body></html>', 'utf-8', 'quoted-printable')], B.bnd_zimbra(m)),
                             att(m, pdfb, 'application/pdf', 'F2026-004187.pdf', 'thunderbird')], B.bnd_zimbra(m))
    c = dict(frm=('Facturación Envases Segre', 'facturacion@envasessegre.es'), to=[S('Javier')],
             subject='Factura F2026-004187 - pedido EGI-PO-2611-22', date=t, hcs='utf-8', hmode='B')
    X.zimbra(m, c, ENV_HOST, ENV_IP, '192.0.2.131')
    m.describe('Genuine packaging-supplier invoice from the supplier\'s own Zimbra server, PDF with the AEAT VERI*FACTU QR '
               'code (validation URL with NIF, series, date and total) and the usual CaixaBank IBAN.',
               'Real domain and server, known order and delivery note, QR payload matches the invoice data, account unchanged.',
               hardneg='28-es-envases-cambio-cuenta-lookalike.eml', ibans=[C.ENVASES_IBAN], phones=['+34 973 21 88 30'])


# =====================================================================================
@msg('business', '28-es-dehu-aviso-notificacion.eml')
def b28(m):
    r = m.rng
    t = when(2026, 11, 4, 3, 12, 55)
    text = ('Estimado/a señor/a:\n\n'
            'Le comunicamos que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n'
            'Titular: B25718362 - EXAMPLE GROUP IBERIA SL\nOrganismo emisor: AGENCIA ESTATAL DE ADMINISTRACIÓN TRIBUTARIA\n'
            'Concepto: Comunicación - Modelo 390 ejercicio 2025\nFecha de puesta a disposición: 04/11/2026\n\n'
            'Para acceder a la notificación debe identificarse en https://dehu.redsara.es con certificado electrónico o Cl@ve. '
            'También puede acceder desde la Sede Electrónica de la Agencia Tributaria (https://sede.agenciatributaria.gob.es).\n\n'
            'Este aviso no tiene efectos de notificación. La notificación se entenderá rechazada si transcurren diez días naturales '
            'desde su puesta a disposición sin que se acceda a su contenido.\n\n'
            'Por favor, no responda a este correo electrónico.\n')
    m.root = Leaf('text/plain', text, 'ISO-8859-1', 'quoted-printable', ct_quote=False)
    c = dict(frm=('DEHú - Dirección Electrónica Habilitada única', 'no-reply@dehu.redsara.es'), to=[S('Javier')],
             subject='Aviso: nueva notificación disponible en la DEHú', date=t, hcs='ISO-8859-1', hmode='Q',
             msgid='<%d.%d.JavaMail.dehu@notifica-prod-%02d>' % (r.randint(10 ** 6, 10 ** 7), X.ts(t) * 1000, r.randint(1, 12)))
    X.generic_relay(m, c, 'smtp-out2.redsara.es', '192.0.2.201',
                    dkims=[('redsara.es', 'sara2024', 'from:to:subject:date:message-id:mime-version:content-type')],
                    mail_from='no-reply@dehu.redsara.es', dmarc_policy='reject',
                    order=['Date', 'From', 'To', 'Message-ID', 'Subject', 'MV', 'MIMEONLY'])
    m.describe('Genuine DEHú notice that a tax communication from the AEAT awaits in the electronic notification mailbox; '
               'access only with certificate or Cl@ve on the official sites.',
               'Official redsara.es sender with DKIM/DMARC; no attachment, no personalised link; explicit "no effect of notification".',
               hardneg='27-es-aeat-requerimiento-phpmailer.eml')


# =====================================================================================
@msg('business', '29-es-lucia-gmail-baja.eml')
def b29(m):
    t = when(2026, 12, 14, 7, 48, 12)
    text = ('Buenos días Javier,\n\nte escribo desde mi correo personal porque estoy en casa con gripe y el portátil se quedó '
            'en la oficina. Hoy y mañana no voy; ya he avisado a Anja en Verden y he registrado la baja en el Portal del '
            'Empleado.\n\nDos cosas que quedaban pendientes:\n'
            '- El pedido de Agropecuaria Noguera está preparado en el SAP, solo falta que alguien lo libere antes de las 12.\n'
            '- Lo de mi cambio de cuenta para la nómina ya lo hice yo misma en el portal la semana pasada, como dijisteis; '
            'no hace falta que hagas nada por correo.\n\n'
            'Si necesitas algo urgente, llámame al móvil de siempre.\n\nGracias y perdona,\nLucía')
    m.root = Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=True)
    c = dict(frm=('Lucía Martínez Ortega', 'lucia.martinez.ortega@gmail.com'), to=[S('Javier')], cc=[S('Lucía')],
             subject='Hoy no voy - gripe', date=t, hcs='UTF-8', hmode='B')
    X.gmail(m, c)
    m.describe('Genuine message from a colleague\'s private Gmail: the Lleida office manager reports sick, hands over a '
               'pending order and states that she changed her bank account herself in the employee portal.',
               'Copies her work address, asks for nothing sensitive, refers to the official process, consistent context.',
               hardneg='29-es-nomina-cambio-cuenta-gmail.eml')


# =====================================================================================
@msg('business', '30-es-envases-newsletter-mailchimp.eml')
def b30(m):
    r = m.rng
    t = when(2026, 10, 6, 8, 30, 0)
    base = 'https://envasessegre.us17.list-manage.com/track/click?u=%s&id=%s&e=%s'
    u = hexs(r, 25)
    links = [base % (u, hexs(r, 10), hexs(r, 10)) for _ in range(3)]
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Novedades Envases Segre - Octubre 2026</title></head>\n'
            '<body style="margin:0;background:#f3f6f4"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">\n'
            '<tr><td style="background:#1a7351;padding:20px 26px;color:#fff;font-size:22px">Envases Segre <span style="font-size:13px">· Novedades octubre 2026</span></td></tr>\n'
            '<tr><td style="padding:22px 26px;font-size:15px;line-height:23px;color:#333">\n'
            '<h2 style="font-size:19px;color:#1a7351">Doypack monomaterial PE reciclable para alimento húmedo</h2>\n'
            '<p>Nuestra nueva estructura PE/PE apta para esterilización en autoclave a 121 °C ya está disponible para formatos de 85 g '
            'y 100 g. Cumple los criterios de diseño para reciclabilidad del Reglamento de Envases (PPWR).</p>\n'
            '<p><a href="%s" style="color:#1a7351">Ver ficha técnica</a></p>\n'
            '<h2 style="font-size:19px;color:#1a7351">Calendario de producción diciembre</h2>\n'
            '<p>Para entregas antes del 23 de diciembre, los pedidos deben confirmarse antes del 13 de noviembre.</p>\n'
            '<p><a href="%s" style="color:#1a7351">Consultar calendario</a></p>\n'
            '<h2 style="font-size:19px;color:#1a7351">Visítenos en Iberzoo+Propet 2027</h2>\n<p>Madrid, IFEMA. Pabellón 8, stand 8C21.</p>\n'
            '<p><a href="%s" style="color:#1a7351">Solicitar invitación</a></p>\n</td></tr>\n'
            '<tr><td style="padding:16px 26px;font-size:11px;color:#888;line-height:16px">Envases Flexibles del Segre, S.A. · Carrer de la Indústria, 18 · 25191 Lleida<br>'
            'Recibe este correo porque es cliente de Envases Segre. <a href="https://envasessegre.us17.list-manage.com/unsubscribe?u=%s&id=%s" style="color:#888">Darse de baja</a></td></tr>\n'
            '</table></center>\n<img src="https://envasessegre.us17.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>\n'
            % (links[0], links[1], links[2], u, hexs(r, 10), u, hexs(r, 10), hexs(r, 10)))
    plain = B.html_to_text(html)
    for lbl, l in zip(['Ver ficha técnica', 'Consultar calendario', 'Solicitar invitación'], links):
        plain = plain.replace(lbl, '%s ( %s )' % (lbl, l))
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd='_----------=_MCPart_%d' % r.randint(10 ** 8, 10 ** 9), ct_quote=True)
    c = dict(frm=('Envases Segre', 'novedades@envasessegre.es'), reply_to=[('Envases Segre', 'comercial@envasessegre.es')], to=[S('Lucía')],
             subject='Novedades: doypack monomaterial reciclable y calendario de diciembre', date=t, hcs='utf-8', hmode='B')
    X.mailchimp(m, c, 'envasessegre', custom_dkim='envasessegre.es', dmarc_policy='quarantine')
    m.describe('Genuine supplier newsletter sent with Mailchimp (custom DKIM for envasessegre.es): new recyclable pouch, '
               'production calendar, trade-fair invitation.', 'Known supplier, aligned DKIM, List-Unsubscribe, informational only.')


# =====================================================================================
@msg('business', '31-es-interno-cestas-navidad-clientes.eml')
def b31(m):
    t = when(2026, 12, 1, 16, 4, 20)
    text = ('Hola Lucía,\n\nKatrin ha aprobado el presupuesto para los regalos de Navidad a clientes de Iberia: 1.800 € en total '
            '(pedido de compra EGI-PO-2612-03 ya creado en SAP).\n\n'
            'Como el año pasado, serían 24 cestas de Delicatessen Cal Pauet (Lleida) con aceite de Les Garrigues y embutido, y '
            'tarjeta personalizada con el logo. El proveedor factura a la empresa y lo pagamos por transferencia con el resto '
            'de proveedores, nada de tarjetas ni compras personales.\n\n'
            '¿Puedes pasarles la lista de direcciones de entrega antes del jueves? La tienes en la carpeta de Comercial.\n\n'
            'Gracias,\nJavier\n\nJavier Ruiz\nContabilidad\nExample Group Iberia, S.L.\nTel. +34 973 20 41 75')
    m.root = B.alt(m, text, B.outlook_html(text, 'es', 'windows-1252'), 'windows-1252', 'quoted-printable', bnd=B.bnd_exchange(m))
    c = dict(frm=S('Javier'), to=[S('Lucía')], cc=[S('Katrin')], subject='Cestas de Navidad para clientes - presupuesto aprobado',
             date=t, hcs='windows-1252', hmode='Q')
    X.exchange_internal(m, c, client_ip='10.25.1.20', lang='es-ES')
    m.describe('Genuine internal Christmas-gift request: the Spanish accountant asks the office manager to organise approved '
               'customer hampers through a purchase order and normal supplier invoicing.',
               'Internal route; approved budget and PO; explicitly no cards or personal purchases.',
               hardneg='31-es-ceo-tarjetas-regalo.eml', phones=['+34 973 20 41 75'])
