"""business/27-31: Spanish-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario

ES_BUYER = ['Example Protección Contra Incendios, S.L.', 'Calle de Julián Camarillo 29', '28037 Madrid', 'CIF ' + OFF['ES']['taxid']]


# ---------------------------------------------------------------------------
@scenario('business', '27-es-dehu-aviso-notificacion.eml')
def b27(m):
    r = m.rng
    javier = S('Moreno')
    m.frm = ('DEHú - Dirección Electrónica Habilitada única', 'noreply.dehu@redsara.es')
    m.to = [javier]
    m.rcpt = [javier[1]]
    m.mail_from = 'noreply.dehu@redsara.es'
    m.subject = 'Aviso de puesta a disposición de notificación - Agencia Estatal de Administración Tributaria'
    m.date = T(2026, 10, 22, 7, 3, 51)
    m.msgid = '%d.%d.%d.JavaMail.dehu@dehu-notifica-03' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(m.date.timestamp()) * 1000)
    ident = 'N%s' % r.digits(12)
    body = ('Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n'
            'Titular: EXAMPLE PROTECCION CONTRA INCENDIOS SL (NIF %s)\nOrganismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Requerimiento de información - Modelo 347 ejercicio 2025\nIdentificador: %s\n'
            'Fecha de puesta a disposición: 22/10/2026\n\nDispone de un plazo de 10 días naturales para acceder al contenido. '
            'Puede hacerlo a través de la DEHú (dehu.redsara.es) o de la Carpeta Ciudadana, identificándose con certificado '
            'electrónico o Cl@ve.\n\nEste correo es meramente informativo: por motivos de seguridad no contiene enlaces ni adjuntos '
            'y su falta de recepción no impide que la notificación se considere plenamente válida.\n\n'
            'Secretaría General de Administración Digital\nMinisterio para la Transformación Digital y de la Función Pública\n') % (
        OFF['ES']['taxid'], ident)
    html = kit.simple_html(body, 'Arial, sans-serif', '13px')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'correo.redsara.es', '198.51.100.94',
                                         inner=[('dehu-notifica-03.redsara.local', 'unknown', '10.46.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'correo.redsara.es', 'ESMTP')],
                                         dkim=('redsara.es', 'sgad2024'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'redsara.es'), dkim=[('pass', 'redsara.es', 'sgad2024', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'redsara.es')), body_obj)
    m.fact('other', 'DEHú identificador ' + ident)
    m.what = 'DEHú notice that a notification from the Spanish Tax Agency (request for information, model 347) is available; no link, no attachment.'
    m.why = 'Government relay of redsara.es with aligned DKIM, standard DEHú wording, no link or download, refers to logging in with certificate / Cl@ve independently.'
    m.hard_negative_of = (['27-es-aeat-expediente-sancionador.eml'], 'Spanish tax agency notification',
                          'Official channel (DEHú) without links; the attack links to a look-alike "sede" host and a download.')


# ---------------------------------------------------------------------------
@scenario('business', '28-es-director-pago-urgente-interno.eml')
def b28(m):
    r = m.rng
    alberto = S('Ruiz')
    javier = S('Moreno')
    lucia = S('Fernández')
    m.frm = alberto
    m.to = [javier]
    m.cc = [lucia]
    m.rcpt = [javier[1], lucia[1]]
    m.mail_from = alberto[1]
    m.subject = 'Urgente: pago factura OCA inspección RIPCI Hospital Levante - antes del viernes'
    m.date = T(2026, 11, 13, 10, 21, 48)
    m.msgid = m.mid('exchange', 'EXCH01.corp.example.com')
    m.hdr_charset, m.hdr_enc = 'iso-8859-1', 'Q'
    m.phrase_mixed = True
    m.accept_language, m.content_language = 'es-ES, en-US', 'es-ES'
    body = ('Hola Javier,\n\nnecesito que hoy mismo quede pagada la factura de la OCA (Inspecciones Levante, S.A.) por la '
            'inspección periódica RIPCI de los hospitales de Grupo Hospitalario Levante. Sin el justificante de pago no emiten el '
            'acta favorable y el cliente la necesita para la auditoría del lunes.\n\nLa factura ya está registrada en SAP '
            '(documento 5100024871, proveedor 300418, 2.940,30 EUR) y aprobada por mí en el flujo. Los datos bancarios son los '
            'del maestro de proveedores, no hay ningún cambio.\n\nCuando la incluyas en la remesa de hoy, mándame por favor el '
            'justificante para reenviarlo a Ana Martínez. Si tienes alguna duda llámame al móvil, estoy en Valencia toda la '
            'mañana.\n\nGracias,\nAlberto\n\n--\nAlberto Ruiz Sanz\nDirector de operaciones España\nExample Protección Contra Incendios, S.L.\n'
            'Tel. +34 913 75 62 41 · Móvil +34 619 204 118\n')
    html = kit.outlook_html(body, 'es', 'iso-8859-1')
    bnd = kit.boundary(r, 'exchange')
    body_obj = Multipart('alternative', [text(body, 'plain', 'iso-8859-1', 'quoted-printable'), text(html, 'html', 'iso-8859-1', 'quoted-printable')], bnd)
    hdrs, conn, tmx = sy.exchange_internal(m, m.date, mbx='EXCH01', hub='EXCH02', originating_ip='10.20.71.%d' % r.randrange(10, 250))
    m.finish(hdrs, conn, plus(tmx, 1), None, body_obj, tls=sy.TLS12)
    m.fact('phones', '+34 913 75 62 41', '+34 619 204 118')
    m.what = 'Internal urgent request from the Spanish country manager to pay an inspection body\'s invoice today, already booked and approved in SAP.'
    m.why = 'Internal Exchange route from the real manager, the invoice is in the ERP workflow, master-data bank account, colleague in copy, phone call invited.'
    m.hard_negative_of = (['28-es-ceo-operacion-confidencial.eml'], 'Urgent payment request to the Madrid accountant',
                          'Internal, documented and approved in SAP, no secrecy, no new bank details.')


# ---------------------------------------------------------------------------
@scenario('business', '29-es-bbva-netcash-aviso-genuino.eml')
def b29(m):
    r = m.rng
    javier = S('Moreno')
    m.frm = ('BBVA Net cash', 'netcash@bbva.com')
    m.to = [javier]
    m.rcpt = [javier[1]]
    m.mail_from = 'netcash-bounces@mailing.bbva.com'
    m.subject = 'Net cash: tiene operaciones pendientes de firma'
    m.date = T(2026, 12, 9, 12, 31, 4)
    m.msgid = '%s@netcash.bbva.com' % r.uuid()
    body = ('Estimado cliente:\n\nLe informamos de que en el contrato Net cash de EXAMPLE PROTECCION CONTRA INCENDIOS SL '
            'hay 2 operaciones pendientes de firma:\n\n- Remesa de nóminas diciembre 2026 (31 órdenes)\n'
            '- Transferencias a proveedores 09/12/2026 (8 órdenes)\n\nPara revisarlas y firmarlas, acceda a Net cash desde '
            'bbva.es o desde la app BBVA Net cash, como hace habitualmente.\n\nBBVA nunca le pedirá que introduzca sus claves, '
            'que renueve certificados ni que firme operaciones a través de enlaces incluidos en correos electrónicos o SMS.\n\n'
            'Atentamente,\nBBVA\n\nBanco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao\n')
    html = kit.simple_html(body, 'Arial, sans-serif', '13px')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'ISO-8859-15', 'quoted-printable', ctype_value='text/plain; charset=ISO-8859-15'),
                                         text(html, 'html', 'ISO-8859-15', 'quoted-printable', ctype_value='text/html; charset=ISO-8859-15')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mx-out2.bbva.com', '198.51.100.187',
                                         inner=[('nc-notif04.bbva.local', 'unknown', '10.112.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'mx-out2.bbva.com', 'ESMTP')],
                                         dkim=('bbva.com', 's2025'))
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'mailing.bbva.com'), dkim=[('pass', 'bbva.com', 's2025', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'bbva.com')), body_obj)
    m.what = 'BBVA Net cash notice: payroll remittance and supplier transfers await signature; no link.'
    m.why = 'Bank\'s own aligned domain, matches the company\'s real activity (December payroll), tells the user to log in as usual, explicitly says BBVA never asks to renew certificates via links.'
    m.hard_negative_of = (['29-es-bbva-netcash-firma-compromised.eml'], 'BBVA Net cash "pending signatures"',
                          'Sender bbva.com, no link or certificate-renewal deadline.')


# ---------------------------------------------------------------------------
@scenario('business', '30-es-ghlevante-drive-pliegos-licitacion.eml')
def b30(m):
    r = m.rng
    alberto = S('Ruiz')
    ana = ('Ana Martínez Soler', 'amartinez@ghlevante.es')
    m.frm = ('%s (a través de Google Drive)' % ana[0], 'drive-shares-dm-noreply@google.com')
    m.reply_to = ana
    m.to = [alberto]
    m.rcpt = [alberto[1]]
    m.mail_from = '3%s@doclist.bounces.google.com' % r.alnum(40, 'abcdefghijklmnopqrstuvwxyz0123456789')
    folder = 'Licitación mantenimiento PCI 2027 - Pliegos'
    m.subject = 'Carpeta compartida contigo: "%s"' % folder
    m.date = T(2026, 11, 20, 9, 12, 40)
    m.date_zone = 'UTC'
    m.msgid = '%s@google.com' % r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    fid = '1' + r.alnum(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    link = 'https://drive.google.com/drive/folders/%s?usp=sharing_eil_se_dm&ts=%x' % (fid, int(m.date.timestamp()))
    message = ('Buenos días Alberto, como te comenté por teléfono, te comparto los pliegos de la licitación de mantenimiento '
               'PCI 2027 (4 hospitales). La visita técnica es el 26/11 a las 10:00 en el Hospital de Paterna. Un saludo, Ana')
    html = ('<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0"><table role="presentation" width="100%" style="font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<tr><td align="center"><table role="presentation" width="600" style="border:1px solid #dadce0;border-radius:8px;padding:24px">'
            '<tr><td style="font-size:20px;color:#202124;padding-bottom:12px">' + _h.escape(ana[0]) + ' ha compartido una carpeta</td></tr>'
            '<tr><td style="font-size:14px;color:#3c4043;padding-bottom:16px">' + _h.escape(ana[0]) + ' (' + ana[1] + ') te ha invitado a '
            '<b>editar</b> la siguiente carpeta:</td></tr>'
            '<tr><td style="font-size:14px;color:#3c4043;background:#f1f3f4;border-radius:8px;padding:12px">' + _h.escape(message) + '</td></tr>'
            '<tr><td style="padding:20px 0"><a href="' + _h.escape(link) + '" style="border:1px solid #dadce0;border-radius:16px;padding:8px 14px;'
            'color:#1f1f1f;text-decoration:none;font-size:14px">&#128193; ' + _h.escape(folder) + '</a></td></tr>'
            '<tr><td><a href="' + _h.escape(link) + '" style="background:#0b57d0;color:#fff;border-radius:18px;padding:10px 24px;'
            'text-decoration:none;font-size:14px">Abrir</a></td></tr>'
            '<tr><td style="font-size:12px;color:#5f6368;padding-top:24px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.<br>'
            'Has recibido este correo electrónico porque ' + ana[1] + ' ha compartido una carpeta contigo desde Google Drive.</td></tr>'
            '</table></td></tr></table></body></html>\n')
    plain = ('%s ha compartido una carpeta\n\n%s (%s) te ha invitado a editar la siguiente carpeta:\n\n%s\n\n%s\n%s\n\n'
             'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.\n') % (ana[0], ana[0], ana[1], message, folder, link)
    bnd = kit.boundary(r, 'gmail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"; format=flowed; delsp=yes'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd)
    hdrs, conn, tmx, dkb = sy.google_platform(m, m.date, 'drive')
    hdrs.insert([i for i, h in enumerate(hdrs) if h[0] == 'From'][0] + 1, ('Reply-To', m.reply_to_hdr()))
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'doclist.bounces.google.com'), dkim=[('pass', 'google.com', '20230601', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'google.com')), body_obj)
    m.fact('urls', link)
    m.what = 'Google Drive folder share from the customer\'s purchasing contact: tender documents for hospital fire-protection maintenance 2027, with site-visit date.'
    m.why = 'Google\'s own mail; the sharer is the known customer contact at ghlevante.es (a Google Workspace customer), follows a phone call, link to drive.google.com.'
    m.hard_negative_of = (['30-es-sharepoint-licitacion-tenant-comprometido.eml'], 'Shared tender documents for a hospital PCI contract',
                          'Sharer is the actual customer; the attack comes from an unknown compromised construction firm\'s tenant.')


# ---------------------------------------------------------------------------
@scenario('business', '31-es-extintores-turia-factura-verifactu-qr.eml')
def b31(m):
    r = m.rng
    javier = S('Moreno')
    pablo = ('Pablo Navarro', 'pnavarro@extintoresturia.es')
    m.frm = pablo
    m.to = [javier]
    m.rcpt = [javier[1]]
    m.mail_from = pablo[1]
    num = 'F2026-0456'
    m.subject = 'Factura %s - Extintores Turia' % num
    m.date = T(2026, 11, 4, 9, 37, 12)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'es-ES, en-US', 'es-ES'
    m.has_attach = True
    cif = ids.es_cif('B', '4682931')
    items = [('Recarga extintor polvo ABC 6 kg (incluye retimbrado)', 64, 14.90),
             ('Recarga extintor CO2 5 kg', 22, 19.50),
             ('Extintor polvo ABC 6 kg 27A-183B-C, nuevo', 20, 26.80),
             ('Placa de señalización fotoluminiscente extintor 297x210', 40, 2.10)]
    net = round(sum(round(q * p, 2) for _, q, p in items), 2)
    gross = round(net + round(net * 0.21, 2), 2)
    verifactu = ('https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=04-11-2026&importe=%.2f'
                 % (cif, num, gross))
    inv, tot = kit.invoice_pdf(
        'es', ['Extintores Turia, S.L.', 'Calle Ciudad de Sevilla 44, 46988 Paterna (Valencia)', 'CIF %s' % cif, 'Tel. 961 344 720'],
        ES_BUYER, num, '04/11/2026', items, 'EUR', 21,
        ['CaixaBank, S.A.', 'IBAN %s' % ids.fmt_iban(data.TURIA_IBAN), 'BIC CAIXESBBXXX'],
        meta_lines=['Nº cliente|C-0937', 'Vencimiento|04/12/2026'],
        notes=['Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).'],
        qr_payload=verifactu, qr_caption='QR tributario · VERI*FACTU', creator='a3factura', producer='a3factura (Wolters Kluwer)',
        pdfdate="D:20261104100211+01'00'", logo_color=(0.85, 0.1, 0.1))
    assert abs(tot['gross'] - gross) < 0.005
    body = ('Buenos días Javier,\n\nadjunto la factura %s correspondiente a las recargas y material entregados la semana pasada '
            '(albarán 2026-1187). Importe total: %s EUR.\n\nLa factura incluye el código QR de VERI*FACTU para que podáis '
            'comprobarla en la sede de la Agencia Tributaria.\n\nForma de pago la habitual: transferencia a 30 días a nuestra '
            'cuenta de CaixaBank.\n\nUn saludo,\n\nPablo Navarro\nAdministración\nExtintores Turia, S.L.\nTel. 961 344 720\n') % (
        num, kit.fmt_money(gross, 'es'))
    html = kit.outlook_html(body, 'es', 'utf-8', font='Aptos')
    region = 'EUR'
    host = sy.m365_hosts(m, region)[0][1]
    bnd_m, bnd_a = kit.boundary(r, 'outlook_m365', host), kit.boundary(r, 'outlook_m365', host)
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'utf-8', 'base64'), text(html, 'html', 'utf-8', 'base64')], bnd_a),
                                   attachment(inv, 'Factura_%s.pdf' % num, 'application/pdf', 'outlook', r, plus(m.date, -200))], bnd_m)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='es', dkim_selector='selector1')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'extintoresturia.es'), dkim=[('pass', 'extintoresturia.es', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'extintoresturia.es')), body_obj)
    m.qr_expect = [verifactu]
    m.fact('ibans', data.TURIA_IBAN)
    m.fact('urls', verifactu)
    m.fact('phones', '961 344 720')
    m.what = 'Supplier invoice F2026-0456 for extinguisher refills with the Spanish VERI*FACTU tax QR code pointing to the AEAT verification service.'
    m.why = 'Known supplier\'s M365 domain (aligned), refers to a delivery note, QR points to agenciatributaria.gob.es with matching NIF/number/date/amount, usual CaixaBank account.'
    m.hard_negative_of = (['07-de-registerportal-girocode.eml', '03-de-sparkasse-pushtan-qr-pdf.eml'], 'PDF with a QR code',
                          'QR is the legally required invoice-verification code on the tax agency\'s domain, consistent with the invoice data.')
