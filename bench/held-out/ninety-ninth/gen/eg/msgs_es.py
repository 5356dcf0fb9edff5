"""Spanish attack and business messages (Zaragoza office)."""
from .compose import attack, business, std, outlook_html, gmail_html, paras_html, esc
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import BANK, VAT
from .checks import fmt_iban
from .docs import letter_pdf, table_lines, PLACEHOLDER
from .pdf import make_pdf
from .zipc import zipcrypto_zip


# =============================================================================
# ATTACKS
# =============================================================================
@attack('es', 'aeat-notificacion-malware-link', (2026, 10, 19, 10, 22, 8), 'jose.ibanez@example.com',
        'Fake Agencia Tributaria notice (VAT "comprobación limitada") with a link to download the "expediente" as a ZIP: malware delivery typical of Spanish banking-trojan campaigns.',
        'AEAT notifications are only made available in the Sede Electrónica/DEHú (access with certificate), e-mails never carry download links; look-alike domain agenciatributaria-sede.es sent from a compromised shared host; threat of sanctions and 10-day deadline.')
def a_es_aeat(c):
    snd = 'notificaciones@agenciatributaria-sede.es'
    env = I.cpanel_exim(c, snd, 'cp%d.webempresa.eu' % c.rint(100, 400), '185.%d.%d.%d' % (c.rint(40, 49), c.rint(1, 254), c.rint(1, 254)),
                        '181.%d.%d.%d' % (c.rint(50, 60), c.rint(1, 254), c.rint(1, 254)), mua='phpmailer', date_zone='ES')
    link = 'https://agenciatributaria-sede.es/expediente/descarga.php?ref=2026GRC4418701T&nif=%s' % VAT['eg_es']
    body = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición en la Sede Electrónica de la Agencia Tributaria una notificación relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025, de la entidad EXAMPLE GROUP IBERIA S.L. (NIF %s).

Dispone de un plazo de 10 días hábiles para aportar la documentación requerida. Transcurrido dicho plazo sin atender el requerimiento, podrá iniciarse el correspondiente procedimiento sancionador (art. 203 de la Ley 58/2003, General Tributaria).

Puede descargar el expediente completo (requerimiento y anexos) en el siguiente enlace:
%s

Referencia: 2026GRC4418701T

Agencia Tributaria
Sede Electrónica
""" % (VAT['eg_es'], link)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="640" align="center"><tr><td style="border-bottom:4px solid #a6192e;padding:10px 0"><b style="color:#a6192e;font-size:20px">Agencia Tributaria</b><br><span style="color:#555">Sede Electrónica</span></td></tr>
<tr><td style="padding:16px 0">%s<p><a href="%s" style="background:#a6192e;color:#fff;padding:10px 22px;text-decoration:none">Descargar expediente</a></p><p>Referencia: 2026GRC4418701T</p></td></tr></table></body></html>
""" % (paras_html(body.split('Puede descargar')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(h, charset='windows-1252', cte='quoted-printable')], env.boundary())
    return std(env, addr('Agencia Tributaria', snd), 'jose.ibanez@example.com',
               'Notificación administrativa pendiente – Requerimiento de información (Ref. 2026GRC4418701T)', alt, subj_charset='windows-1252')


@attack('es', 'manager-impersonation-whatsapp', (2026, 11, 6, 9, 47, 13), 'lucia.fernandez@example.com',
        'Internal-manager impersonation: "José Ibáñez" writes from an outlook.es address, asks the accountant for her mobile number to continue a "confidential" matter on WhatsApp.',
        'Display-name impersonation from free mail, secrecy, unreachable by phone, moves the conversation to WhatsApp outside company controls: opening stage of payment fraud. Genuine internal message from him: business/31.',
        pair='business/31')
def a_es_whatsapp(c):
    snd = 'jose.ibanez.egiberia@outlook.es'
    env = I.m365(c, snd, region='eu', consumer=True, org='outlook.es', topic='Consulta rápida', lang='es-ES', date_zone='ES')
    body = """Hola Lucía,

¿Estás en la oficina? Necesito que me ayudes con un tema confidencial relacionado con una operación que estamos cerrando con la central. Ahora mismo estoy en una reunión y no puedo hablar por teléfono.

Pásame tu número de móvil, te escribo por WhatsApp y te explico. Por favor, de momento no lo comentes con nadie.

Gracias,
José

Obtener Outlook para iOS
"""
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'),
                                html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div dir="ltr">' + paras_html(body) + '</div></body></html>', charset='iso-8859-1', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('José Ibáñez', snd, 'iso-8859-1'), addr('Lucía Fernández', 'lucia.fernandez@example.com', 'iso-8859-1'),
               'Consulta rápida', alt, subj_charset='iso-8859-1')


@attack('es', 'svg-invoice-lookalike-carrier', (2026, 11, 19, 12, 31, 40), 'lucia.fernandez@example.com',
        'SVG attachment phishing: "invoice F26-1183" from a look-alike of the carrier Transportes Gracia sent via Brevo; the SVG renders an invoice preview with a "Ver factura" link to a page on Cloudflare R2.',
        'Domain transportesgracia.com (real: transportesgracia.es) on a bulk ESP; invoice delivered as an .svg image file, which is never how invoices are sent; the SVG links to pub-*.r2.dev (abused cloud storage) that hosts a credential page. Genuine carrier mail: business/29.',
        pair='business/29')
def a_es_svg(c):
    snd = 'administracion@transportesgracia.com'
    env = I.brevo(c, snd, date_zone='ES')
    url = 'https://pub-%s.r2.dev/facturas/F26-1183.html?c=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGUuY29t' % c.hexs(32)
    body = """Buenos días,

Adjuntamos la factura F26-1183 correspondiente a los portes realizados en noviembre. Le rogamos confirme la recepción y nos indique la fecha prevista de pago.

Un saludo,
Departamento de Administración
Transportes Gracia Hermanos S.L.
"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="595" height="420" viewBox="0 0 595 420">
  <rect width="595" height="420" fill="#f4f5f7"/>
  <rect x="40" y="30" width="515" height="360" fill="#ffffff" stroke="#d0d4da"/>
  <text x="60" y="70" font-family="Arial" font-size="20" font-weight="bold" fill="#1f2d3d">Transportes Gracia Hermanos S.L.</text>
  <text x="60" y="100" font-family="Arial" font-size="14" fill="#333">Factura F26-1183 · Importe: 7.412,65 EUR · Vencimiento: 30/11/2026</text>
  <rect x="60" y="125" width="475" height="150" fill="#e9ecef"/>
  <text x="297" y="205" font-family="Arial" font-size="13" fill="#6c757d" text-anchor="middle">Vista previa no disponible. Documento protegido.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="197" y="300" width="200" height="44" rx="4" fill="#0067b8"/>
    <text x="297" y="328" font-family="Arial" font-size="16" fill="#ffffff" text-anchor="middle">Ver factura</text>
  </a>
  <text x="297" y="375" font-family="Arial" font-size="10" fill="#999" text-anchor="middle">Inicie sesión con su cuenta de Microsoft 365 para acceder al documento.</text>
</svg>
""" % (esc(url), esc(url))
    root = Multi('mixed', [text(body, charset='utf-8', cte='quoted-printable'),
                           attachment(svg.encode('utf-8'), 'image/svg+xml', 'Factura_F26-1183.svg')], env.boundary(0))
    return std(env, addr('Transportes Gracia - Administración', snd), 'lucia.fernandez@example.com',
               'Factura F26-1183 pendiente – Transportes Gracia Hermanos', root)


@attack('es', 'seur-aduana-card-phish', (2026, 12, 3, 17, 55, 2), 'jose.ibanez@example.com',
        'Courier/customs phishing in SEUR branding via Amazon SES: a parcel from the UK sister company is "held in customs", pay 2.99 EUR in import VAT and handling.',
        'Look-alike domain seur-envios-aduana.com on a bulk ESP; small payment to harvest card data; plausible sender (Example Group UK) harvested from public data; deadline and return threat.')
def a_es_seur(c):
    snd = 'info@seur-envios-aduana.com'
    env = I.ses(c, snd, region='eu-west-1', date_zone='ES')
    trk = '0826 7731 9041'
    link = 'https://seur-envios-aduana.com/pago-tasas/?envio=%s&t=%s' % (trk.replace(' ', ''), c.hexs(12))
    body = """Estimado cliente:

Su envío n.º %s procedente de Reino Unido (remitente: EXAMPLE GROUP UK LTD) se encuentra retenido en la aduana de Madrid-Barajas.

Desde la salida del Reino Unido de la Unión Europea, los envíos procedentes de este país están sujetos a IVA de importación y gastos de gestión aduanera. Para continuar con la entrega es necesario abonar el importe pendiente:

Importe: 2,99 €
Fecha límite: 05/12/2026

Pagar ahora: %s

Si el pago no se realiza en el plazo indicado, el envío será devuelto a origen.

Atentamente,
SEUR - Servicio de Atención al Cliente
""" % (trk, link)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f2f2;margin:0">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#005baa;padding:16px 24px;color:#fff;font-size:26px;font-weight:bold">SEUR<span style="color:#ffcc00">.</span></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">%s<p style="text-align:center"><a href="%s" style="background:#ffcc00;color:#005baa;padding:12px 30px;text-decoration:none;font-weight:bold">Pagar 2,99 €</a></p>
<p>Si el pago no se realiza en el plazo indicado, el envío será devuelto a origen.</p><p>Atentamente,<br>SEUR - Servicio de Atención al Cliente</p></td></tr></table></body></html>
""" % (paras_html(body.split('Pagar ahora')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='utf-8', cte='base64'), html(h, charset='utf-8', cte='base64')], env.boundary())
    return std(env, addr('SEUR', snd), 'jose.ibanez@example.com',
               'Su envío %s está retenido en aduana - pago pendiente 2,99 €' % trk, alt)


@attack('es', 'rfq-lookalike-password-zip', (2026, 10, 7, 8, 40, 31), 'jose.ibanez@example.com',
        'Fake request for quotation from a look-alike of customer Construcciones Aragonesas Gil: aggregates and concrete for the A-23 motorway, "tender documents" in a password-protected ZIP containing Pliego_condiciones_A23.pdf.exe.',
        'Domain construcciones-gil.com (real: construccionesgil.es) on a VPS; RFQ lure tailored to the trade; ZipCrypto archive with the password in the body (defeats scanning) and an executable with double extension. Genuine RFQ from the real customer: business/27.',
        pair='business/27')
def a_es_rfq(c):
    snd = 'compras@construcciones-gil.com'
    ip = '164.90.%d.%d' % (c.rint(160, 250), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.construcciones-gil.com', ip, rdns=None, mua='outlook', date_zone='ES',
                        client_ip='41.%d.%d.%d' % (c.rint(58, 90), c.rint(1, 254), c.rint(1, 254)))
    body = """Buenos días José,

Desde el departamento de Compras de Construcciones Aragonesas Gil estamos preparando la adjudicación del suministro de áridos (zahorra artificial ZA25 y grava 6/12) y hormigón HA-30 para la obra de la Autovía A-23, tramo Lanave–Sabiñánigo.

Les adjuntamos el pliego de condiciones técnicas y las mediciones estimadas (aprox. 45.000 t de zahorra y 6.200 m³ de hormigón). Por motivos de confidencialidad el archivo está protegido con contraseña: GIL2026

Les agradeceríamos que nos remitieran su mejor oferta antes del 16 de octubre.

Un saludo,

Marta Gil
Departamento de Compras
Construcciones Aragonesas Gil S.A.
Avda. Monegros 28, 22005 Huesca
Tel. 974 23 18 40
"""
    z = zipcrypto_zip([('Pliego_condiciones_A23.pdf.exe', PLACEHOLDER)], 'GIL2026', (2026, 10, 7, 8, 12, 44), seed=c.slug.encode())
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, lang='ES'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(z, 'application/x-zip-compressed', 'Pliego_y_mediciones_A23.zip')], env.boundary(0))
    return std(env, addr('Marta Gil - Compras', snd), addr('José Ibáñez', 'jose.ibanez@example.com', 'windows-1252'),
               'Solicitud de oferta – áridos y hormigón – Autovía A-23 (Lanave–Sabiñánigo)', root, subj_charset='windows-1252')


# =============================================================================
# BUSINESS
# =============================================================================
@business('es', 'customer-rfq-genuine', (2026, 11, 10, 11, 5, 44), 'jose.ibanez@example.com',
          'Genuine request for quotation from Construcciones Aragonesas Gil (purchasing) for aggregates for a housing development, with a PDF of quantities.',
          'Real customer domain on its own mail server, known buyer, the RFQ is a plain PDF, no password-protected archives, realistic quantities and deadline. Hard negative of attack/31.',
          pair='attack/31')
def b_es_rfq(c):
    snd = 'compras@construccionesgil.es'
    env = I.own_postfix(c, snd, 'mail.construccionesgil.es', '82.98.%d.%d' % (c.rint(128, 191), c.rint(1, 254)),
                        '88.%d.%d.%d' % (c.rint(0, 31), c.rint(1, 254), c.rint(1, 254)), 'static-%s.ipcom.comunitel.net' % c.digits(8), mua='outlook', date_zone='ES')
    body = """Buenos días José:

Como cada año, os pedimos precio para el suministro de áridos de la urbanización Parque Goya III (Zaragoza), fase de viales y redes. Adjunto las cantidades estimadas y las condiciones de suministro.

- Zahorra artificial ZA25 (PG-3): 18.500 t
- Grava 6/12 lavada: 2.400 t
- Arena 0/4 lavada: 3.100 t

Entrega en obra, de enero a junio de 2027, según programa semanal. Forma de pago habitual (confirming a 90 días).

Necesitaríamos la oferta antes del 27 de noviembre. Cualquier duda, me llamas.

Un saludo,

Marta Gil
Departamento de Compras
Construcciones Aragonesas Gil S.A.
Avda. Monegros 28, 22005 Huesca
Tel. 974 23 18 40
"""
    L = [('h1', 'Construcciones Aragonesas Gil S.A.'), ('s', 'Avda. Monegros 28, 22005 Huesca · CIF %s' % VAT['gil']), '',
         ('h2', 'Petición de oferta PO-2026-311 - Parque Goya III'), 'Fecha: 10/11/2026    Plazo de respuesta: 27/11/2026', '---']
    L += table_lines([('Material', 'Norma', 'Cantidad', 'Periodo'), ('Zahorra artificial ZA25', 'PG-3 art. 510', '18.500 t', 'ene-jun 2027'),
                      ('Grava 6/12 lavada', 'UNE-EN 12620', '2.400 t', 'feb-may 2027'), ('Arena 0/4 lavada', 'UNE-EN 12620', '3.100 t', 'feb-jun 2027')], [26, 16, 12, 14])
    L += ['---', 'Condiciones: entrega en obra (Parque Goya, Zaragoza), marcado CE y DdP obligatorios, pago confirming 90 días.']
    pdf = make_pdf(L, title='PO-2026-311', author='Marta Gil', producer='Microsoft® Excel® para Microsoft 365', date="20261110104021+01'00'")
    alt = Multi('alternative', [text(body, charset='iso-8859-15', cte='quoted-printable'), html(outlook_html(body, lang='ES'), charset='iso-8859-15', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'PO-2026-311_Parque_Goya_III_aridos.pdf')], env.boundary(0))
    return std(env, addr('Marta Gil', snd), addr('José Ibáñez', 'jose.ibanez@example.com', 'iso-8859-15'),
               'Petición de oferta áridos - Parque Goya III (PO-2026-311)', root)


@business('es', 'customer-complaint-workspace', (2026, 10, 21, 17, 14, 26), 'jose.ibanez@example.com',
          'Genuine complaint from ready-mix customer Hormigones del Ebro (Google Workspace): gravel 4/20 with excess fines, asks for a joint lab test and announces withholding payment of the affected delivery notes.',
          'Real customer domain sent through Google\'s infrastructure, known contact, technical and specific (delivery notes, sieve test), firm but no bank change, no links or attachments to open.')
def b_es_complaint(c):
    snd = 'jlasheras@hormigonesdelebro.es'
    env = I.gmail(c, snd, date_zone='ES')
    body = """Hola José,

Os escribo por la grava 4/20 que nos servisteis la semana pasada en la planta de Cuarte (albaranes 26-08812 a 26-08840). Nuestro laboratorio ha hecho dos granulometrías y el contenido de finos sale en 2,6 % y 2,9 %, cuando en ficha técnica nos garantizáis menos de 1,5 %. Nos está subiendo la demanda de agua y hemos tenido que retocar dosificaciones de HA-25 y HA-30.

Te pido que mandéis a alguien a tomar muestras conjuntas el jueves por la mañana. Mientras no lo aclaremos, vamos a retener el pago de esos albaranes y te agradecería que revisarais el lavado en la planta.

Un saludo,
Javier Lasheras
Jefe de Calidad
Hormigones del Ebro S.L.
"""
    alt = Multi('alternative', [text(body, charset='UTF-8', cte='base64'), html(gmail_html(body), charset='UTF-8', cte='base64')], env.boundary())
    return std(env, addr('Javier Lasheras', snd), addr('José Ibáñez', 'jose.ibanez@example.com'),
               'Grava 4/20 – exceso de finos (albaranes 26-08812 a 26-08840)', alt)


@business('es', 'carrier-urgent-reminder', (2026, 11, 25, 12, 20, 5), 'lucia.fernandez@example.com',
          'Genuine urgent reminder from carrier Transportes Gracia: overdue invoices, threat to suspend haulage from 2 December, payment to the usual Ibercaja account.',
          'Real carrier domain via its IONOS mailbox and Outlook, known invoice numbers and amounts, unchanged bank account, asks for a phone call; urgency and threat are legitimate. Hard negative of attack/29.',
          pair='attack/29')
def b_es_gracia(c):
    snd = 'administracion@transportesgracia.es'
    env = I.ionos(c, snd, '81.%d.%d.%d' % (c.rint(32, 47), c.rint(1, 254), c.rint(1, 254)), mua='outlook', date_zone='ES')
    body = """Buenos días Lucía:

Te escribo de nuevo por las facturas de portes pendientes:

F26-0977 de 30/09/2026 - 6.184,20 EUR (vencida el 30/10)
F26-1061 de 15/10/2026 - 5.902,75 EUR (vencida el 14/11)

Ya te lo comenté por teléfono la semana pasada: si no recibimos el pago antes del 2 de diciembre, nos veremos obligados a suspender los portes desde la cantera de Villanueva a partir de esa fecha, porque tenemos el gasoil y los seguros de los camiones al límite.

El pago, como siempre, a nuestra cuenta de Ibercaja %s.

Si hay algún problema con alguna factura, llámame y lo vemos.

Un saludo,
Pilar Gracia
Administración
Transportes Gracia Hermanos S.L.
Ctra. de Huesca km 22, 50800 Zuera
Tel. 976 68 03 12
""" % fmt_iban(BANK['gracia'])
    root = text(body, charset='iso-8859-1', cte='quoted-printable')
    return std(env, addr('Transportes Gracia - Administración', snd, 'iso-8859-1'), addr('Lucía Fernández', 'lucia.fernandez@example.com', 'iso-8859-1'),
               'URGENTE: facturas vencidas F26-0977 y F26-1061', root, subj_charset='iso-8859-1')


@business('es', 'newsletter-brevo', (2026, 12, 2, 8, 30, 12), 'jose.ibanez@example.com',
          'Subscribed Spanish trade newsletter "Áridos y Canteras Hoy" via Brevo with List-Unsubscribe (one-click).',
          'Consistent Brevo infrastructure and headers, editorial content, links to the publisher\'s site; no requests.')
def b_es_news(c):
    snd = 'boletin@aridosycanteras.es'
    env = I.brevo(c, snd, date_zone='ES')
    u = c.hexs(24)
    env.extra += [('List-Unsubscribe', '<https://r.sender-sib.com/unsubscribe/%s>, <mailto:unsubscribe-%s@aridosycanteras.es>' % (u, c.hexs(12))),
                  ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
    items = [('El consumo de áridos crece un 3,2 % hasta septiembre', 'Aragón y Cataluña lideran la recuperación impulsada por la obra civil ferroviaria.'),
             ('Nueva guía de restauración de canteras en Aragón', 'El Gobierno de Aragón publica criterios técnicos para los planes de restauración.'),
             ('Jornada técnica sobre voladuras y vibraciones', 'Zaragoza, 21 de enero de 2027. Inscripción abierta.')]
    plain = 'Áridos y Canteras Hoy - Boletín 47/2026\n\n' + '\n\n'.join('%s\n%s\nhttps://www.aridosycanteras.es/noticias/2026-47-%d' % (t, d, i + 1) for i, (t, d) in enumerate(items)) + \
        '\n\n--\nHa recibido este boletín porque está suscrito en aridosycanteras.es.\nDarse de baja: https://r.sender-sib.com/unsubscribe/%s\nEdiciones Piedra y Obra S.L., C/ Coso 98, 50001 Zaragoza\n' % u
    h = '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="background:#eceae4;margin:0"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">' + \
        '<tr><td style="background:#8c6d46;color:#fff;padding:18px;font-size:22px">Áridos y Canteras Hoy <span style="font-size:12px">Boletín 47/2026</span></td></tr>' + \
        ''.join('<tr><td style="padding:14px 18px"><h3 style="margin:0 0 6px">%s</h3><p>%s</p><a href="https://r.sender-sib.com/mk/cl/f/%s">Leer más</a></td></tr>' % (esc(t), esc(d), c.b64(60, True)) for t, d in items) + \
        '<tr><td style="padding:14px 18px;font-size:11px;color:#888">Ha recibido este boletín porque está suscrito en aridosycanteras.es. <a href="https://r.sender-sib.com/unsubscribe/%s">Darse de baja</a><br>Ediciones Piedra y Obra S.L., C/ Coso 98, 50001 Zaragoza</td></tr></table></body></html>' % u
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Áridos y Canteras Hoy', snd), 'jose.ibanez@example.com',
               'Boletín 47/2026: consumo de áridos, restauración de canteras, jornada de voladuras', alt)


@business('es', 'manager-internal-no-coverage', (2026, 11, 13, 8, 5, 49), 'lucia.fernandez@example.com',
          'Genuine internal message from the Spanish office manager to the accountant: at the quarry without coverage, payment batch waits for both signatures in the bank; reminder that payment orders never go via WhatsApp or e-mail.',
          'Internal relay + Exchange from his real mailbox, refers to the normal dual-signature banking workflow, no secrecy, no new contact channel. Hard negative of attack/28.',
          pair='attack/28')
def b_es_internal(c):
    snd = 'jose.ibanez@example.com'
    env = I.internal(c, snd, 'Hoy en Villanueva sin cobertura', lang='es-ES', client_ip='10.40.1.23')
    body = """Hola Lucía:

Hoy estoy toda la mañana en la cantera de Villanueva de Gállego con los de la voladura y allí no hay cobertura hasta mediodía. Si surge algo urgente, llama al fijo de la báscula (976 18 44 07) y que me avisen.

La remesa de pagos a proveedores del viernes ya está cargada en Ibercaja pendiente de tu firma y de la mía; la firmo en cuanto vuelva, sobre las 14:00. Recuerda que ninguna orden de pago se tramita por WhatsApp ni por correo: solo por el circuito de firma del banco.

Gracias,
José

José Ibáñez
Director de Delegación
Example Group Iberia S.L.
"""
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'), html(outlook_html(body, lang='ES'), charset='iso-8859-1', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Ibáñez, José', snd, 'iso-8859-1'), addr('Fernández, Lucía', 'lucia.fernandez@example.com', 'iso-8859-1'),
               'Hoy en Villanueva sin cobertura', alt)
