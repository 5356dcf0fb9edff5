"""Attack messages, Spanish (27-31)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


@msg('attack', '27', 'es', 'aeat-notificacion-pdf-enlace')
def a27(m):
    when = local('ES', 2026, 10, 19, 9, 26, 31)
    ref = '2026GRC%s' % m.digits(11)
    url = 'https://sede-agenciatributaria.notificaciones-dehu.es/descarga/?ref=%s&nif=B87319463' % ref
    pdf = doc_pdf(m, 'Adobe PDF Library 17.11', when, 'Agencia Tributaria',
                  ['Delegación Especial de Madrid · Dependencia Regional de Inspección'], (150, 20, 40),
                  ['EXAMPLE LIVE ESPAÑA S.L.', 'NIF B87319463', 'Calle de Alcalá 95, 4.º', '28009 Madrid'],
                  [('Referencia', ref), ('Fecha', '19/10/2026'), ('Procedimiento', 'Comprobación limitada')],
                  'NOTIFICACIÓN DE REQUERIMIENTO DE INFORMACIÓN',
                  ['Le comunicamos que se ha puesto a su disposición en la Dirección Electrónica Habilitada única (DEHú) una notificación '
                   'relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025.',
                   'De acuerdo con el artículo 43 de la Ley 39/2015, la notificación se entenderá rechazada transcurridos diez días naturales '
                   'desde su puesta a disposición sin que se acceda a su contenido, continuándose el procedimiento.',
                   'Para consultar el requerimiento completo y la documentación anexa pulse sobre el botón "Descargar notificación" o acceda '
                   'a través del enlace indicado en el documento.'],
                  after=['Descargar notificación completa: %s' % url,
                         'Código Seguro de Verificación (CSV): %s' % m.alnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')],
                  footer=[['Agencia Estatal de Administración Tributaria', 'Calle Guzmán el Bueno 139, 28003 Madrid'], ['Documento firmado electrónicamente', 'Sede electrónica: sede.agenciatributaria.gob.es']],
                  link=None, doc_title='Notificación ' + ref)
    from lib import pdf as PDFMOD
    text = """Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Tributaria relativa al procedimiento de comprobación limitada (IVA 2025) con referencia %s.

Adjuntamos el aviso de puesta a disposición. Dispone de un plazo de 10 días naturales para acceder a su contenido; transcurrido dicho plazo la notificación se entenderá practicada a todos los efectos.

Atentamente,
Agencia Tributaria
Departamento de Gestión Tributaria

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""" % ref
    tp = B.text_part(text, 'plain', 'iso-8859-1', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'iso-8859-1', 'ES', 'Calibri'), 'iso-8859-1', 'quoted-printable')
    b0 = P.outlook_nextpart(m, 1, when)
    alt = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b0)], [tp, hp], b0)
    att = B.attachment(pdf, 'application/pdf', 'Aviso_notificacion_%s.pdf' % ref, 'outlook', when=when)
    b1 = P.outlook_nextpart(m, 0, when)
    body = Multi([('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % b1)], [alt, att], b1, 'This is a multipart message in MIME format.')
    P.ionos(m, ('Agencia Tributaria', 'notificaciones@avisos-aeat.es'), [('', 'javier.martin@example.com')],
            'Aviso de notificación electrónica - Ref. %s' % ref, when, body,
            mua_headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', P.thread_index(m)), ('Content-Language', 'es')],
            dmarc=('pass', 'none'))
    m.meta.update(
        what='Fake Agencia Tributaria / DEHú notice with a PDF "aviso de puesta a disposición" whose text points to a download of the "full requirement" on a look-alike sede domain (delivers a malware ZIP in the wild).',
        why='AEAT notices are sent by the DEHú / sede electrónica (gob.es) and never link to downloads on other domains; sender avisos-aeat.es on IONOS with Outlook X-Mailer; PDF is a lure document; 10-day deadline.')


@msg('attack', '28', 'es', 'correos-aduana-pago-phpmailer')
def a28(m):
    when = local('ES', 2026, 12, 1, 17, 48, 2)
    env = 'ES%s%s' % (m.digits(9), m.pick(['ES', 'LV']))
    url = 'https://correos-es.gestion-aduanas.com/pago/?envio=%s' % env
    text = """Correos

Su envío %s está retenido

Estimado cliente:

Su paquete procedente de Reino Unido (remitente: MERCH PRINT LTD) se encuentra retenido en nuestro centro de tratamiento aduanero de Barajas a la espera del pago de los gastos de gestión aduanera (IVA y aranceles).

Importe pendiente: 2,99 EUR

Para recibir el envío en los próximos 2 días laborables, abone el importe pendiente antes del 03/12/2026. Transcurrido este plazo, el envío será devuelto al remitente.

Pagar ahora: %s

Gracias por confiar en Correos.

Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.""" % (env, url)
    paras = text.split('\n\n')
    html = brand_html('Su envío %s está retenido' % env, paras[2:6], color='#f5c000', brand='Correos',
                      button=('Pagar ahora', url), footer=[paras[-2], paras[-1]], lang='es', charset='utf-8')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = 'b1=_' + m.alnum(43)
    body = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b1)], [tp, hp], b1)
    host = 'srv%d.dinaserver.com' % m.between(100, 999)
    ip = '82.98.%d.%d' % (m.between(128, 180), m.between(2, 250))
    t1 = m.later(when, 0, 2)
    envf = 'www-data@academiaflamenco-triana.es'
    m.connect(host, host, ip, envf, 'lucia.fernandez@example.com', m.later(t1, 1, 3))
    m.spf = 'neutral'
    m.dmarc = ('none', None, 'correos-seguimiento.es')
    h = []
    h.append(('Received', 'by %s (Postfix, from userid 33)\n\tid %s; %s' % (host, m.short_qid(), d_postfix(t1))))
    h.append(('To', addr('Lucía Fernández', 'lucia.fernandez@example.com', 'utf-8', 'B')))
    h.append(('Subject', hdr_text('Correos: Su envío %s está retenido en aduanas' % env, 'UTF-8', 'B')))
    h.append(('Date', d_std(when)))
    h.append(('From', 'Correos <notificaciones@correos-seguimiento.es>'))
    h.append(('Message-ID', '<%s@academiaflamenco-triana.es>' % m.alnum(43)))
    h.append(('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Parcel/customs smishing-style mail: "Correos" holds a UK parcel (plausible: merchandise) until 2.99 EUR customs fees are paid; link to a card-harvesting page.',
        why='Sent by PHPMailer (www-data) from a hacked flamenco-school website; From domain correos-seguimiento.es unrelated to correos.es; tiny fee to harvest card data; deadline.')


@msg('attack', '29', 'es', 'm365-contrasena-qr-tabla-html')
def a29(m):
    when = local('ES', 2026, 11, 10, 8, 5, 47)
    victim = 'javier.martin@example.com'
    url = 'https://auth.m365-verificacion-segura.es/?em=%s' % base64.b64encode(victim.encode()).decode().rstrip('=')
    mat, _, _ = Q.encode(url)
    m.qr_expect.append(url)
    text = """Microsoft 365

Su contraseña caduca hoy

La contraseña de su cuenta %s caduca hoy, 10/11/2026. Para seguir utilizando Outlook, Teams y OneDrive sin interrupciones, debe confirmar su contraseña actual o establecer una nueva.

Por motivos de seguridad, este proceso solo puede completarse desde su dispositivo móvil. Abra la cámara de su teléfono y escanee el código QR que aparece en este mensaje.

Si no completa la verificación, su cuenta se bloqueará a las 23:59 y deberá contactar con el departamento de TI.

Departamento de TI - Example Group
Este mensaje fue enviado por el servicio de notificaciones de Microsoft 365.""" % victim
    qtable = qr_html_table(mat, cell=4, quiet=4)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:\'Segoe UI\',Tahoma,Arial,sans-serif;background:#ffffff">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="margin:0 auto;border:1px solid #e1e1e1"><tr><td style="padding:22px 30px">\n'
            '<div style="font-size:16px;color:#737373"><span style="color:#f25022">&#9632;</span><span style="color:#7fba00">&#9632;</span><span style="color:#00a4ef">&#9632;</span><span style="color:#ffb900">&#9632;</span> Microsoft 365</div>\n'
            '<div style="font-size:26px;color:#2f2f2f;padding:18px 0 10px 0">Su contraseña caduca hoy</div>\n'
            '<div style="font-size:14px;color:#2f2f2f;line-height:20px">La contraseña de su cuenta <b>%s</b> caduca hoy, 10/11/2026. Para seguir utilizando Outlook, Teams y OneDrive sin interrupciones, debe confirmar su contraseña actual o establecer una nueva.</div>\n'
            '<div style="font-size:14px;color:#2f2f2f;line-height:20px;padding-top:12px">Por motivos de seguridad, este proceso solo puede completarse desde su dispositivo móvil. Abra la cámara de su teléfono y escanee el siguiente código:</div>\n'
            '<div style="padding:22px 0;text-align:center">\n%s\n</div>\n'
            '<div style="font-size:13px;color:#a80000">Si no completa la verificación, su cuenta se bloqueará a las 23:59.</div>\n'
            '<div style="font-size:12px;color:#737373;padding-top:20px">Departamento de TI - Example Group<br>Este mensaje fue enviado por el servicio de notificaciones de Microsoft 365.</div>\n'
            '</td></tr></table>\n</body></html>\n') % (victim, qtable)
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    hp = B.html_part(html, 'utf-8', 'base64')
    tag = m.hex(28, True)
    b = '_000_%s%s_' % ('PA2PR06MB', tag)
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    P.m365(m, ('Microsoft 365', 'facturacion@construcciones-arlanza.es'), [('', victim)],
           'Acción requerida: su contraseña caduca hoy (%s)' % victim, when, body,
           dkim_domain='construcciones-arlanza.es', dmarc=('pass', 'none'), lang='es-ES', region='eurprd06',
           prefix=('PA2PR06MB', 'DB8PR06MB'))
    m.meta.update(
        what='Quishing with the QR code drawn as an HTML table (no image for scanners to OCR): "Microsoft 365 - your password expires today", scan with the phone, otherwise lock-out at 23:59.',
        why='Sent from the compromised Microsoft 365 mailbox of an unrelated construction company (display name "Microsoft 365", address facturacion@construcciones-arlanza.es); the QR code encodes a look-alike m365-verificacion-segura.es URL with the victim address; Microsoft never asks to scan a QR code to keep a password; table-QR is an evasion technique.')


@msg('attack', '30', 'es', 'patrocinio-inversor-advance-fee')
def a30(m):
    when = local('ES', 2026, 10, 7, 14, 40, 8)
    text = """Estimada Sra. Fernández:

Me pongo en contacto con ustedes en nombre de Al Noor Capital Partners, family office con sede en Dubái, que gestiona los intereses de inversión de un miembro de una familia real del Golfo en Europa.

Nuestro cliente está ampliando su cartera de patrocinios culturales en España y ha mostrado un interés especial en los festivales y giras que organiza Example Live España. Estamos en disposición de ofrecer un patrocinio principal de 2.500.000 EUR para la temporada 2027, con desembolso en dos tramos, a cambio de presencia de marca y un paquete de hospitalidad.

Para iniciar el proceso de diligencia debida les rogamos nos remitan:
1. Escrituras de constitución y CIF de la sociedad
2. Datos bancarios de la cuenta receptora y certificado de titularidad
3. Nombre y copia del documento de identidad del administrador

Una vez recibida la documentación, nuestro despacho de abogados en Madrid les contactará para formalizar el contrato y el certificado de conformidad con la normativa de prevención de blanqueo.

Dada la confidencialidad de la operación, les agradecería que la comunicación se realice únicamente por esta vía.

Atentamente,

Rashid Al-Mansouri
Director de Inversiones
Al Noor Capital Partners
Dubai International Financial Centre, Gate Village 3
Tel./WhatsApp: +971 56 418 2207"""
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(B.outlook_html(text, 'utf-8', 'ES', 'Aptos'), 'utf-8', 'quoted-printable')
    b = '_000_%s%s_' % ('AS8P190MB', m.hex(28, True))
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % b)], [tp, hp], b)
    P.m365(m, ('Rashid Al-Mansouri', 'r.almansouri.alnoorcapital@outlook.com'), [S('Lucía Fernández')],
           'Propuesta de patrocinio principal 2027 - Al Noor Capital Partners', when, body,
           dkim_domain='outlook.com', dmarc=('pass', 'none'), lang='es-ES', region='eurp190', prefix=('AS8P190MB', 'DU2P190MB'),
           ctry='AE')
    m.facts['phone'] = ['+971 56 418 2207']
    m.meta.update(
        what='Advance-fee fraud, first contact: a Dubai "family office" offers a 2.5 million EUR festival sponsorship and asks for company deeds, bank certificate and the director\'s ID; later a "law firm" will demand fees for an AML "certificate of conformity".',
        why='Unsolicited windfall from an anonymous royal investor via an outlook.com address, data harvest of identity and bank documents, confidentiality "only by this channel", WhatsApp number; no real sponsor asks for ID copies before talking about the activation.')


@msg('attack', '31', 'es', 'sextorsion-bitcoin-remitente-falsificado')
def a31(m):
    when = local('ES', 2026, 12, 11, 3, 17, 26)
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    wallet = ids.bech32_address(prog)
    # homoglyphs (Cyrillic о/а/е/р) in trigger words, as used to dodge keyword filters
    text = """Hola Lucía,

Тengo malas noticias para ti. Hace unos meses obtuve acceso a los dispositivos que utilizas para navegar por internet. Desde entonces he estado observando tu actividad.

Тu cоntraseña de correo fue filtrada y la usé para instalar un prоgrama en tu sistema que me permite ver tu pantalla y activar tu cámara. Tengo grabaciones de ti visitando páginas para adultos y tengo la lista completa de tus contactos, compañeros de trabajo y familiares.

Si quieres que borre todo, transfiere 1450 USD en Вitcоin a esta dirección:

%s

(si no sabes cómo hacerlo, busca en Google "comprar bitcoin")

Тienes 48 horas desde que abriste este correo. Мe llegará una notificación en cuanto lo leas. Si no recibo el pago, enviaré el vídeo a todos tus contactos.

No intentes responder a este mensaje ni acudir a la policía, el correo se envió desde tu propia cuenta.""" % wallet
    tp = B.text_part(text, 'plain', 'UTF-8', 'base64', quote=True, upper_charset=True)
    body = tp
    helo = 'example.com'
    ip = '177.54.%d.%d' % (m.between(144, 159), m.between(2, 250))
    t1 = m.later(when, 3, 9)
    m.connect(helo, None, ip, 'lucia.fernandez@example.com', 'lucia.fernandez@example.com', t1, tls=None)
    m.spf = 'fail'
    m.dmarc = ('fail', 'quarantine', 'example.com')
    h = []
    h.append(('Date', d_std(in_zone(when, 'UTC')).replace('+0000', '-0300') if False else d_std(in_zone(when, 'ES'))))
    h.append(('From', addr('Lucía Fernández', 'lucia.fernandez@example.com', 'UTF-8', 'B')))
    h.append(('To', 'lucia.fernandez@example.com'))
    h.append(('Subject', hdr_text('Тu cuenta ha sido hackeada - lucia.fernandez@example.com', 'UTF-8', 'B')))
    h.append(('Message-ID', '<%s%s@%s>' % (m.hex(8, True), m.hex(8, True), 'example.com')))
    h.append(('X-Priority', '1 (Highest)'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.facts['wallet'] = [wallet]
    m.meta.update(
        what='Sextortion in Spanish with a Bitcoin (bech32) address, "sent from your own account" (From = To = the victim), 48-hour deadline, 1,450 USD.',
        why='Spoofed own address from a Brazilian IP with HELO "example.com": SPF fail and DMARC fail for example.com; Cyrillic homoglyphs (Т, о, В, М) inside trigger words to dodge keyword filters; no prior contact; classic extortion template.')
