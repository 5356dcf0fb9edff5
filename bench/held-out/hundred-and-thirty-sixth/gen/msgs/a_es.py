"""attack/ 27-31 (Spanish)."""
from lib import docs, ids, mime, profiles as P, styles as ST, when
from lib.world import OWN_ACCOUNTS
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME

AZ_CIF = ids.es_cif('B', '4527318')
FRAUD_A28 = ids.iban('ES', ids.es_bban('1583', '0001', '1091847263'))


def verifactu_url(nif, numserie, fecha, importe):
    from urllib.parse import quote
    return 'https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=%s&fecha=%s&importe=%s' % (
        nif, quote(numserie, safe=''), fecha, importe)


@msg('attack', 27, 'es', 'aeat-requerimiento-verifactu-ses',
     'Fake Agencia Tributaria notice: "electronic notification pending - information request on VAT form 303 / VeriFactu", sent through Amazon SES, link to download the "requerimiento"',
     'Sender domain agenciatributaria-sede.es (not agenciatributaria.gob.es), delivered via Amazon SES; AEAT notifications are collected in the DEHú / Sede with certificate, not downloaded from mail links; 10-day sanction threat; link serves a ZIP.',
     hn='business/27')
def a27(m):
    at(m, 'ES', 2026, 10, 22, 12, 6)
    m.frm = ('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es')
    m.to = [staff('javier')]
    m.subject = 'Notificación electrónica pendiente - Requerimiento de información (Modelo 303, 3T 2026)'
    link = m.url('https://agenciatributaria-sede.es/Sede/notificaciones/descarga?nif=B98712367&ref=2026RSC47018339Z', 'fake AEAT download (ZIP with loader)')
    paras = ['Estimado/a contribuyente:',
             'Le comunicamos que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria:',
             'Titular: EXAMPLE IBERIA SL - NIF B98712367\nProcedimiento: Requerimiento de información - Modelo 303, tercer trimestre 2026\n'
             'Motivo: discrepancias entre los registros de facturación (VeriFactu) y la autoliquidación presentada\nReferencia: 2026RSC47018339Z',
             'Dispone de un plazo de 10 días hábiles para atender el requerimiento. La falta de atención podrá constituir infracción tributaria '
             'según el artículo 203 de la Ley 58/2003, General Tributaria.',
             'Puede descargar el documento completo desde el siguiente enlace:']
    h = ST.newsletter('Agencia Tributaria', '#7b1a1a', 'Notificación electrónica pendiente', paras, button=('Descargar notificación', link),
                      footer='Agencia Estatal de Administración Tributaria - Sede electrónica\nEste mensaje se ha generado automáticamente. No responda a este correo.',
                      logo_text='Agencia Tributaria - Sede electrónica', lang='es')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.ses(m, 'eu-central-1', domain_dkim=('agenciatributaria-sede.es', m.alnum(32, 'abcdefghijklmnopqrstuvwxyz234567')))
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'The real tax adviser writes from his firm\'s domain, attaches the draft and explicitly says AEAT notices arrive in DEHú; the fake links to a download on a look-alike domain.'


AZ_SENDER = ('Azafranes de La Mancha S.L.', ['Azafrán D.O.P. La Mancha · Pimentón · Especias', 'Calle Castillo 23 · 45700 Consuegra (Toledo)'])


def az_invoice(m, num, date_s, items, totals, iban, bank, qr_url, t):
    return docs.invoice(
        m, t, dict(invoice='FACTURA %s' % num, pos='Nº', desc='Descripción', qty='Cant.', unit='Ud.', price='Precio', amount='Importe'),
        AZ_SENDER, ['EXAMPLE IBERIA S.L.', 'Carrer de Colón 18, 5ª planta', '46004 València', 'NIF B98712367'],
        [('Fecha', date_s), ('Cliente', '430-0187'), ('Forma de pago', 'Transferencia 30 días'), ('Pedido', 'EI-26-0288')],
        items, totals, ['Transferencia a: %s' % bank, 'IBAN %s' % ids.fmt_iban(iban),
                        'Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).'],
        ['Azafranes de La Mancha S.L. · CIF %s · Reg. Merc. Toledo, Tomo 1482, Folio 96, Hoja TO-31877' % AZ_CIF],
        'Holded', 'Holded Facturación', 'Factura %s' % num, zone='ES', lang='es', qr_payload=qr_url, qr_caption='VERI*FACTU',
        color=(0.7, 0.25, 0.05))


@msg('attack', 28, 'es', 'azafranes-lookalike-factura-iban',
     'Invoice fraud from the look-alike azafranesdelamancha.es (real supplier: azafranes-lamancha.es): saffron invoice copied from the genuine template with a new IBAN "because we changed banks"',
     'New Google Workspace on a look-alike domain (auth passes for it); the PDF copies the supplier\'s real layout including a VeriFactu QR that points to the real AEAT validation page (so the QR looks legitimate), but the bank line shows an account at another bank; "please pay this week, the old account is closed".',
     hn='business/28')
def a28(m):
    at(m, 'ES', 2026, 11, 26, 16, 51)
    m.frm = ('Carmen Serrano', 'carmen.serrano@azafranesdelamancha.es')
    m.to = [staff('javier')]
    m.cc = [staff('lucia')]
    m.subject = 'Factura AZ-2026-0931 azafrán cosecha 2026 - nuevos datos bancarios'
    iban = m.iban(FRAUD_A28, 'fraud account on copied invoice')
    q = m.url(verifactu_url(AZ_CIF, 'AZ-2026-0931', '26-11-2026', '9312.00'), 'VeriFactu QR on the forged invoice (points to real AEAT validation)')
    m.qr(q, 'PDF Factura_AZ-2026-0931.pdf', 'copied VeriFactu QR')
    m.phone('+34 925 47 81 20', 'number in copied signature')
    body = ('Buenas tardes Javier:\n\n'
            'Te adjunto la factura AZ-2026-0931 correspondiente a la segunda partida de azafrán de la cosecha 2026 (12 kg, categoría I).\n\n'
            'Te informo de que hemos cambiado de entidad bancaria y la cuenta antigua se cancela a final de mes, por lo que te ruego que '
            'realices el pago a la nueva cuenta que figura en la factura y no a la habitual. Si puede ser esta semana mejor, porque tenemos '
            'que liquidar con los productores antes del cierre.\n\n'
            '¿Me confirmas cuando esté hecho, por favor?\n\nUn saludo,\n\nCarmen Serrano\nExportación\nAzafranes de La Mancha S.L.\n'
            'Calle Castillo 23 - 45700 Consuegra (Toledo)\nTel. +34 925 47 81 20')
    inv = az_invoice(m, 'AZ-2026-0931', '26/11/2026',
                     [('Azafrán en hebra D.O.P. La Mancha, categoría I (ISO 3632), cosecha 2026, lote 26-CS-14', 12.0, 'kg', 776.0)],
                     [('Base imponible', '9.312,00', False), ('IVA 4 %', '372,48', False), ('Total factura EUR', '9.684,48', True)],
                     iban, 'Banco Mediolanum', q, m.date)
    m.root = ST.gmail_mime(m, body, atts=[(PDF_MIME, inv, 'Factura_AZ-2026-0931.pdf')])
    P.gmail(m, workspace='azafranesdelamancha.es')
    m.auth = dict(m.auth, dmarc_policy='none')
    m.meta['tell'] = 'Genuine invoice from azafranes-lamancha.es via IONOS with the usual IBAN; the fake from azafranesdelamancha.es via Google Workspace with a new IBAN and payment urgency.'


@msg('attack', 29, 'es', 'caixabank-operacion-pendiente-brevo',
     'Bank phishing: "CaixaBankNow Empresas - you have an operation pending signature / security certificate expired", sent through Brevo, link to a fake bank login',
     'Brevo-sent mail for a domain that is not caixabank.es, generic greeting, link to caixabanknow-empresas.com; banks do not ask to sign pending operations via e-mail links; the company\'s real remittance workflow is internal.',
     hn='business/29')
def a29(m):
    at(m, 'ES', 2026, 12, 1, 9, 34)
    m.frm = ('CaixaBank Empresas', 'avisos@caixabank-empresas-avisos.com')
    m.to = [staff('javier')]
    m.subject = 'CaixaBankNow Empresas: tiene 1 operación pendiente de firma'
    link = m.url('https://caixabanknow-empresas.com/login?ret=firma&op=REM' + m.digits(10), 'fake CaixaBankNow login')
    paras = ['Estimado cliente:',
             'Le informamos de que en su servicio CaixaBankNow Empresas tiene **1 operación pendiente de firma**:',
             'Tipo: Remesa de transferencias SEPA\nImporte: 28.416,30 EUR\nFecha límite de firma: 01/12/2026 14:00',
             'Además, el certificado de seguridad de su dispositivo ha caducado. Para poder firmar la operación deberá validar de nuevo su acceso '
             'con su identificador y PIN y confirmar el código que recibirá por SMS.',
             'Si no firma antes de la fecha límite, la remesa será rechazada.',
             'Atentamente,\nCaixaBank Empresas']
    h = ST.newsletter('CaixaBank', '#007eae', 'Operación pendiente de firma', paras, button=('Acceder a CaixaBankNow', link),
                      footer='CaixaBank, S.A. - Calle Pintor Sorolla 2-4, 46002 València\nEste correo se ha enviado automáticamente, por favor no responda.',
                      logo_text='CaixaBank Empresas', lang='es')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), '----=_Part_%d_%d.%d' % (m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), int(m.date.timestamp() * 1000)))
    P.brevo(m, 'caixabank-empresas-avisos.com')
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'The internal message about a pending second signature comes from the colleague via Exchange and says "sign in the app as usual"; the phish comes via Brevo and links to a fake login.'


@msg('attack', 30, 'es', 'google-forms-alta-proveedores-abuse',
     'Google Forms abuse: genuine Google Forms invitation "Alta y actualización de proveedores 2027" of a supermarket chain that collects bank details and e-mail passwords',
     'Sent by Google\'s own servers (google.com DKIM) on behalf of a Gmail account named like a retailer\'s procurement department; the form asks for bank account changes and the e-mail password "to activate the supplier portal" - something no retailer asks in a Google Form.',
     hn='business/30')
def a30(m):
    at(m, 'ES', 2026, 10, 28, 11, 2)
    m.frm = ('Mercados Levante - Compras (a través de Formularios de Google)', 'forms-receipts-noreply@google.com')
    m.reply_to = ('Mercados Levante - Compras', 'compras.mercadoslevante@gmail.com')
    m.to = [staff('lucia')]
    m.subject = 'Alta y actualización de proveedores 2027 - Mercados Levante'
    fid = '1FAIpQLS' + m.alnum(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    form = m.url('https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link' % fid, 'attacker-owned Google Form')
    create = m.url('https://forms.google.com/', 'Google Forms footer link')
    abuse = m.url('https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform' % (fid, fid), 'Google report-abuse link')
    h = _gforms_html('Mercados Levante - Compras', 'Alta y actualización de proveedores 2027',
                     'Estimado proveedor: para mantener su alta en nuestro sistema de pedidos 2027 es obligatorio actualizar antes del 6 de noviembre '
                     'los datos fiscales, la cuenta bancaria de cobro y el acceso al portal de proveedores (correo corporativo y contraseña).',
                     form, create, abuse)
    t = ST.html_to_text(h)
    from lib.profiles import gmail_boundary
    p1 = mime.text(t, 'plain', 'UTF-8', 'quoted-printable')
    p2 = mime.text(h, 'html', 'UTF-8', 'quoted-printable')
    p1.charset_quoted = p2.charset_quoted = True
    m.root = mime.multipart('alternative', [p1, p2], gmail_boundary(m))
    m.msgid = m.b64(22).replace('+', '-').replace('/', '_') + '@google.com'
    P.google_notify(m, dkim_dom='google.com', selector='20230601', env_dom='doclist.bounces.google.com')
    m.auth = dict(m.auth, dmarc_policy='reject')
    m.meta['tell'] = 'Both come from Google; the genuine form is sent by the known tax adviser and asks for year-end facts, the abusive one by an unknown retailer "procurement" Gmail and asks for bank data and passwords.'


def _gforms_html(owner, title, desc, form, create, abuse):
    return ('<html><body style="font-family:Roboto,Arial,sans-serif;background-color:#f1f3f4;margin:0;padding:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;border-top:10px solid #673ab7">'
            '<tr><td style="padding:24px 24px 8px 24px;font-size:14px;color:#202124">%s te ha invitado a rellenar un formulario:</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:32px;color:#202124">%s</td></tr>'
            '<tr><td style="padding:8px 24px 16px 24px;font-size:14px;color:#202124;line-height:20px">%s</td></tr>'
            '<tr><td style="padding:8px 24px 24px 24px"><a href="%s" style="background:#673ab7;color:#ffffff;text-decoration:none;padding:10px 24px;border-radius:4px;font-size:14px;font-weight:500;display:inline-block">RELLENAR FORMULARIO</a></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#5f6368">Nunca envíes contraseñas a través de Formularios de Google.</td></tr>'
            '</table>'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 24px;font-size:12px;color:#5f6368">'
            '<a href="%s" style="color:#5f6368">Crea tu propio formulario de Google</a><br>'
            '¿Este formulario parece sospechoso? <a href="%s" style="color:#5f6368">Informar</a></td></tr></table>'
            '</td></tr></table></body></html>') % (owner, title, desc, form, create, abuse)


@msg('attack', 31, 'es', 'dropbox-share-compromised-adviser',
     'Real Dropbox share notification from the compromised Dropbox account of the company\'s tax adviser: "Documentación cierre fiscal 2026.pdf" (the PDF in Dropbox leads to a credential page)',
     'Genuine Dropbox mail and DKIM; the sharer is the real adviser, but the share is unannounced, the file name is generic, the message text is a template and sent late in the evening; the payload sits behind the legitimate link (PDF with "view document" button) - document-share lure from a hijacked account.',
     hn='business/31')
def a31(m):
    at(m, 'ES', 2026, 12, 2, 21, 47)
    m.frm = ('Pablo Ferrer (vía Dropbox)', 'no-reply@dropbox.com')
    m.reply_to = ('Pablo Ferrer', 'pablo.ferrer@asesoriaturia.es')
    m.to = [staff('javier')]
    m.subject = 'Pablo Ferrer te ha invitado a ver «Documentación cierre fiscal 2026.pdf»'
    link = m.url('https://www.dropbox.com/scl/fi/%s/Documentaci-n-cierre-fiscal-2026.pdf?rlkey=%s&st=%s&dl=0' % (
        m.alnum(21, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')),
        'real Dropbox link to a PDF lure planted in the compromised account')
    h, t = _dropbox_mail(m, 'Pablo Ferrer', 'pablo.ferrer@asesoriaturia.es', 'Documentación cierre fiscal 2026.pdf',
                         'Adjunto documentación para revisión y firma. Saludos.', link, 'archivo')
    m.root = mime.multipart('alternative', [mime.text(t, 'plain', 'utf-8', 'quoted-printable'), mime.text(h, 'html', 'utf-8', 'quoted-printable')],
                            '===============%d==' % m.rng.randint(10 ** 18, 10 ** 19))
    P.dropbox(m)
    m.meta['tell'] = 'A genuine Dropbox share (photographer, announced on the phone, folder of images) vs. an unannounced PDF share with a template message from a hijacked adviser account late at night.'


def _dropbox_mail(m, who, who_mail, name, message, link, kind):
    u1 = m.url('https://www.dropbox.com/privacy', 'Dropbox footer')
    u2 = m.url('https://www.dropbox.com/account/notifications', 'Dropbox footer')
    h = ('<html><body style="background:#f7f5f2;font-family:Helvetica,Arial,sans-serif;margin:0;padding:0">'
         '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">'
         '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e6e4e1">'
         '<tr><td style="padding:24px 32px 8px 32px;font-size:22px;font-weight:bold;color:#0061fe">Dropbox</td></tr>'
         '<tr><td style="padding:8px 32px;font-size:16px;color:#1e1919;line-height:24px">Hola:<br><br>%s (<a href="mailto:%s" style="color:#0061fe">%s</a>) te ha invitado a ver el %s «<b>%s</b>» en Dropbox.</td></tr>'
         '<tr><td style="padding:8px 32px;font-size:15px;color:#52514d;font-style:italic">«%s»</td></tr>'
         '<tr><td style="padding:16px 32px 28px 32px"><a href="%s" style="background:#0061fe;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;font-size:15px;display:inline-block">Ver %s</a></td></tr>'
         '<tr><td style="padding:16px 32px;font-size:12px;color:#8a8782;border-top:1px solid #e6e4e1">¿Tienes dudas? Responde a este correo para contactar con %s.<br>'
         'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107 · <a href="%s" style="color:#8a8782">Privacidad</a> · <a href="%s" style="color:#8a8782">Preferencias de notificación</a></td></tr>'
         '</table></td></tr></table></body></html>') % (who, who_mail, who_mail, kind, name, message, link, kind, who, u1, u2)
    return h, ST.html_to_text(h)
