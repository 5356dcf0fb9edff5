"""business/ 27-31 (Spanish)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when
from lib.world import OWN_ACCOUNTS
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME
from .a_es import AZ_CIF, az_invoice, verifactu_url, _gforms_html, _dropbox_mail

AZ_IBAN = ids.iban('ES', ids.es_bban('3081', '0176', '5927514802'))


@msg('business', 27, 'es', 'asesoria-borrador-modelo-303',
     'The Spanish tax adviser sends the draft VAT return (modelo 303, Q3 2026) for approval and reminds that AEAT notices only arrive through DEHú',
     'Known adviser on Google Workspace (DKIM asesoriaturia.es), expected quarterly routine, PDF draft with the company\'s own figures, asks for approval by reply; explicitly warns about fake AEAT mails.')
def b27(m):
    at(m, 'ES', 2026, 10, 15, 17, 3)
    m.frm = cp('Asesoría', 0)
    m.to = [staff('javier')]
    m.subject = 'Borrador modelo 303 - 3T 2026 Example Iberia'
    m.phone('+34 963 94 11 70', 'Asesoría Turia')
    body = ('Hola Javier:\n\nOs adjunto el borrador del modelo 303 del tercer trimestre. Sale a ingresar 14.208,37 EUR; la diferencia con el '
            'trimestre anterior se debe sobre todo a las importaciones de azafrán de septiembre (IVA liquidado en aduana deducido en este periodo).\n\n'
            'Si me dais el visto bueno antes del martes 20 lo presentamos con domiciliación el mismo día.\n\n'
            'Aprovecho para recordaros que estos días circulan correos falsos de "Agencia Tributaria" con enlaces para descargar requerimientos. '
            'Las notificaciones de verdad os llegan a la DEHú y a nosotros como apoderados; nunca por un enlace en un correo.\n\n'
            'Un saludo,\n\nPablo Ferrer\nAsesoría Fiscal Turia S.L.P.\nGran Via del Marqués del Túria 49 - 46005 València\nTel. +34 963 94 11 70')
    d = docs.letter(m, m.date, ('Asesoría Fiscal Turia', ['Asesores fiscales · Laboral · Contable', 'Gran Via del Marqués del Túria 49 · 46005 València']),
                    ['EXAMPLE IBERIA S.L.', 'NIF B98712367'], 'València, 15/10/2026', 'BORRADOR - Modelo 303 IVA, ejercicio 2026, periodo 3T',
                    'Régimen general - Resumen de la autoliquidación\n\n'
                    'IVA devengado (ventas interiores 10 % y 21 %): 48.112,54 EUR\nAdquisiciones intracomunitarias (casillas 10-11): 6.842,20 EUR\n'
                    'Total cuota devengada: 54.954,74 EUR\n\nIVA deducible operaciones interiores: 21.403,11 EUR\n'
                    'IVA deducible importaciones (DUA): 12.501,06 EUR\nIVA deducible adquisiciones intracomunitarias: 6.842,20 EUR\n'
                    'Total a deducir: 40.746,37 EUR\n\nResultado (casilla 71): 14.208,37 EUR - a ingresar\n'
                    'Forma de pago: domiciliación en CaixaBank, cuenta habitual de la sociedad',
                    'Documento no presentado. Pendiente de conformidad del cliente.', ['Asesoría Fiscal Turia S.L.P. · CIF %s' % ids.es_cif('J', '9820174')],
                    producer='A3ASESOR | eco', creator='A3ASESOR', author='PFerrer', zone='ES', color=(0.2, 0.3, 0.5))
    m.root = ST.gmail_mime(m, body, atts=[(PDF_MIME, d, 'Borrador_303_3T2026_ExampleIberia.pdf')])
    P.gmail(m, workspace='asesoriaturia.es')


@msg('business', 28, 'es', 'azafranes-factura-verifactu',
     'Saffron supplier Azafranes de La Mancha sends invoice AZ-2026-0917 (first lot of the 2026 harvest) with the VeriFactu QR and the usual bank account',
     'Real supplier domain on IONOS, Thunderbird client, invoice matches the order and the account used all year; the QR is the standard VeriFactu verification link on the AEAT site.')
def b28(m):
    at(m, 'ES', 2026, 11, 12, 12, 40)
    m.frm = cp('Azafranes', 0)
    m.to = [staff('javier')]
    m.cc = [staff('lucia')]
    m.subject = 'Factura AZ-2026-0917 - azafrán cosecha 2026, primera partida'
    iban = m.iban(AZ_IBAN, 'Azafranes de La Mancha, usual account (Caja Rural Castilla-La Mancha)')
    q = m.url(verifactu_url(AZ_CIF, 'AZ-2026-0917', '12-11-2026', '16296.00'), 'VeriFactu verification link (QR)')
    m.qr(q, 'PDF Factura_AZ-2026-0917.pdf', 'VeriFactu invoice QR')
    m.phone('+34 925 47 81 20', 'Azafranes de La Mancha')
    body = ('Hola Javier:\n\nTe adjunto la factura de la primera partida de la cosecha 2026 que recogió ayer el transportista '
            '(21 kg categoría I, lote 26-CS-09). El certificado ISO 3632 y el análisis de laboratorio van en el envío y os los mando también '
            'escaneados a Lucía.\n\nLa segunda partida estará lista a finales de mes.\n\nUn saludo,\n\nCarmen Serrano\nExportación\n'
            'Azafranes de La Mancha S.L.\nCalle Castillo 23 - 45700 Consuegra (Toledo)\nTel. +34 925 47 81 20')
    inv = az_invoice(m, 'AZ-2026-0917', '12/11/2026',
                     [('Azafrán en hebra D.O.P. La Mancha, categoría I (ISO 3632), cosecha 2026, lote 26-CS-09', 21.0, 'kg', 776.0)],
                     [('Base imponible', '16.296,00', False), ('IVA 4 %', '651,84', False), ('Total factura EUR', '16.947,84', True)],
                     iban, 'Caja Rural Castilla-La Mancha', q, m.date)
    m.root = ST.thunderbird_mime(m, body, atts=[(PDF_MIME, inv, 'Factura_AZ-2026-0917.pdf')])
    P.ionos(m, '88.12.201.74', mua=('User-Agent', 'Mozilla Thunderbird'))


@msg('business', 29, 'es', 'intern-remesa-segunda-firma',
     'Internal: the Spanish accountant asks the office manager to give the second signature for the November supplier remittance in the bank\'s app as usual',
     'Internal Exchange via mail-int01; no link, tells the colleague to sign in the official app where she always does, lists the remittance content so she can check it; mentions the bank by name like the phish but the process is the normal internal one.')
def b29(m):
    at(m, 'ES', 2026, 11, 30, 13, 15)
    m.frm = staff('javier')
    m.to = [staff('lucia')]
    m.subject = 'Remesa proveedores noviembre - falta tu firma en CaixaBankNow'
    body = ('Hola Lucía:\n\nHe dejado preparada en CaixaBankNow la remesa de proveedores de noviembre (7 transferencias, total 31.862,40 EUR: '
            'Azafranes La Mancha, Transportes Grau, Envases del Turia, gestoría, alquiler, etc.). Ya tiene mi firma; falta la tuya como segunda '
            'apoderada.\n\nFírmala desde la app como siempre (Firmas pendientes), no hace falta que entres por el ordenador. Si ves algún '
            'importe raro me dices antes de firmar.\n\nGracias,\nJavier\n\nJavier Navarro\nAdministración - Example Iberia S.L.\n'
            'Carrer de Colón 18, 5ª planta - 46004 València\nTel. +34 963 52 18 42')
    m.phone('+34 963 52 18 42', 'Javier Navarro')
    outlook(m, body, 'ES', 'iso-8859-1', system='exch')
    P.exchange_internal(m, origin_ip='10.50.1.34', lang='es-ES')


@msg('business', 30, 'es', 'google-forms-cuestionario-cierre-asesoria',
     'Genuine Google Forms invitation from the tax adviser: year-end closing questionnaire 2026 (inventory date, fixed-asset additions, bonuses)',
     'Google Forms mail from Google\'s servers, sent by the known adviser\'s Workspace account (reply-to asesoriaturia.es), announced in earlier mails, asks only for closing facts - no passwords or bank data.')
def b30(m):
    at(m, 'ES', 2026, 12, 4, 10, 21)
    m.frm = ('Pablo Ferrer (a través de Formularios de Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = cp('Asesoría', 0)
    m.to = [staff('javier')]
    m.subject = 'Cuestionario de cierre del ejercicio 2026 - Asesoría Turia'
    fid = '1FAIpQLS' + m.alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    form = m.url('https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid, 'adviser\'s Google Form')
    create = m.url('https://forms.google.com/', 'Google Forms footer link')
    abuse = m.url('https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform' % (fid, fid), 'Google report-abuse link')
    h = _gforms_html('Pablo Ferrer', 'Cuestionario de cierre del ejercicio 2026',
                     'Como cada año, os pedimos que rellenéis este breve cuestionario antes del 18 de diciembre: fecha prevista de inventario, altas de '
                     'inmovilizado, provisiones de bonus y operaciones con empresas del grupo. No incluyáis contraseñas ni datos bancarios.',
                     form, create, abuse)
    from lib.profiles import gmail_boundary
    p1 = mime.text(ST.html_to_text(h), 'plain', 'UTF-8', 'quoted-printable')
    p2 = mime.text(h, 'html', 'UTF-8', 'quoted-printable')
    p1.charset_quoted = p2.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2], gmail_boundary(m))
    m.msgid = m.b64(22).replace('+', '-').replace('/', '_') + '@google.com'
    P.google_notify(m, dkim_dom='google.com', selector='20230601', env_dom='doclist.bounces.google.com')
    m.auth = dict(m.auth, dmarc_policy='reject')


@msg('business', 31, 'es', 'dropbox-fotos-catalogo-fotografo',
     'Genuine Dropbox folder share from the product photographer: images for the 2027 catalogue (saffron and spices), announced by phone',
     'Real Dropbox notification, the sharer is the photographer the office manager booked, folder of images (not a lone PDF), personal message referring to the shoot, business hours.')
def b31(m):
    at(m, 'ES', 2026, 11, 20, 16, 5)
    m.frm = ('Marina Soler (vía Dropbox)', 'no-reply@dropbox.com')
    m.reply_to = ('Marina Soler', 'marina@estudioalbufera.es')
    m.to = [staff('lucia')]
    m.subject = 'Marina Soler te ha invitado a ver la carpeta «Example Iberia - catálogo 2027»'
    link = m.url('https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&st=%s&dl=0' % (
        m.alnum(21, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(21, 'abcdefghijklmnopqrstuvwxyz0123456789'),
        m.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')), 'real Dropbox folder link (product photos)')
    h, t = _dropbox_mail(m, 'Marina Soler', 'marina@estudioalbufera.es', 'Example Iberia - catálogo 2027',
                         'Hola Lucía, como te dije por teléfono aquí tienes las 84 fotos editadas de la sesión del martes (azafrán, pimentón y las latas de té). '
                         'Las de alta resolución para imprenta están en la subcarpeta "CMYK". Un abrazo, Marina', link, 'carpeta')
    m.root = mime.multipart('alternative', [mime.text(t, 'plain', 'utf-8', 'quoted-printable'), mime.text(h, 'html', 'utf-8', 'quoted-printable')],
                            '===============%d==' % m.rng.randint(10 ** 18, 10 ** 19))
    P.dropbox(m)
