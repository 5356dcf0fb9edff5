"""Spanish attack messages (27-31)."""
from common import *  # noqa
from banking import es_iban, spaced
from providers import sendgrid, vps_postfix
from routes import Webmail, Gmail, roundcube, hop_postfix_sub, ORDER_PHP
from util import rfcdate, ALNUM, DIGITS

MESSAGES = []

# ------------------------------------------------------------------ 27 AEAT notification with ZIP (HTA)
t27 = """AGENCIA TRIBUTARIA
Sede electrónica

Notificación electrónica pendiente de comparecencia

Titular: EXAMPLE GROUP IBERICA SL
Procedimiento: Requerimiento de información - Declaración anual de operaciones con terceras personas (Modelo 347), ejercicio 2025
Referencia: R2026-36-118734-G

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria. Dispone de un plazo de diez días naturales desde la puesta a disposición para acceder a su contenido; transcurrido dicho plazo la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

Por motivos de seguridad le remitimos el documento en formato comprimido. Descomprima el archivo adjunto y abra el documento para consultar el requerimiento y la documentación que debe aportar.

Agencia Tributaria - Delegación Especial de Galicia"""
zip27 = zip_bytes([('Notificacion_AEAT_R2026-36-118734-G.pdf.hta', PLACEHOLDER)],
                  when=(2026, 10, 26, 8, 1, 10), seed='27es')
MESSAGES.append(dict(
    slug='aeat-notificacion-zip-hta',
    frm=('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'),
    to=[S['acc_es']], subject='Notificación pendiente: Requerimiento Modelo 347 - Ref. R2026-36-118734-G',
    date='2026-10-26 09:14:38', zone='ES',
    via=roundcube(('smtp.dinaserver.com', 'smtp-08.dinaserver.com', '82.98.134.208'),
                  [hop_postfix_sub('webmail.dinahosting.com', 'webmail-02.dinaserver.com', '82.98.135.12',
                                   'smtp-08.dinaserver.com', 'ES')],
                  'agenciatributaria-sede.es', ver='1.6.6'),
    body=mixed(Text(t27, 'iso-8859-1', 'quoted-printable'),
               Att('Notificacion_AEAT_R2026-36-118734-G.zip', 'application/zip', zip27)),
    what='Tax-office malspam: fake AEAT electronic notification (Modelo 347 information request) with a ZIP containing an .hta disguised as PDF.',
    why='AEAT never sends notifications as attachments (only notices to access the DEHú / sede electrónica), look-alike domain agenciatributaria-sede.es, archive with executable HTML application (.pdf.hta) - typical Grandoreiro/Mekotio delivery in Spain.',
    tech=['malware lure: HTA in ZIP', 'tax-office impersonation (AEAT)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 28 look-alike supplier, Google Workspace, bank change
IBAN28 = es_iban('1465', '0100', '9120447813')
t28 = """Buenos días Lucía:

Te escribo desde administración. A partir de este mes hemos trasladado la cuenta de cobros a ING por la fusión de nuestra oficina de Abanca en Bouzas, así que las facturas de octubre y noviembre ya tienen que ir a la cuenta nueva:

Titular: PESCADOS RÍAS BAIXAS S.L.
IBAN: {iban}
BIC: INGDESMMXXX

Te adjunto el certificado de titularidad. La cuenta antigua dejará de admitir ingresos el día 20, así que si podéis adelantar las facturas FRB-2026/1412 y FRB-2026/1466 (26.850,40 € en total) esta semana nos haríais un favor enorme, que estamos cerrando trimestre con el banco.

Para cualquier cosa mejor por correo, Manuel está toda la semana en la lonja y no coge el móvil.

Un saludo,

Noelia Fernández
Administración
Pescados Rías Baixas S.L.
Avda. de Beiramar s/n, Lonja de Vigo - 36202 Vigo""".format(iban=spaced(IBAN28))
cert28 = letter_pdf([
    ('b', 'ING BANK N.V., Sucursal en España'), ('s', 'C/ Severo Ochoa 2, 28232 Las Rozas de Madrid'), '',
    ('h', 'Certificado de titularidad de cuenta'), '',
    'ING Bank N.V., Sucursal en España, certifica que la cuenta:', 'IBAN ' + spaced(IBAN28),
    'figura a nombre de: PESCADOS RIAS BAIXAS S.L.', 'CIF: B36612873', '',
    'Y para que conste a los efectos oportunos se expide el presente certificado en Madrid, a 09/11/2026.',
], 'Certificado titularidad', 'ING', creator='Microsoft Word', producer='Microsoft: Print To PDF',
    pdfdate="20261109104412+01'00'")
MESSAGES.append(dict(
    slug='pescados-lookalike-cambio-cuenta',
    frm=('Administración Pescados Rías Baixas', 'administracion@pescadosriasbaixas.com'),
    to=[S['acc_es']], subject='Cambio de cuenta bancaria - facturas octubre/noviembre',
    date='2026-11-10 11:22:06', zone='ES',
    via=Gmail('pl1', 174),
    body=mixed(alt(Text(t28, 'UTF-8', 'quoted-printable'), Text(h_gmail(t28), 'UTF-8', 'quoted-printable', 'html')),
               Att('certificado_titularidad_ING.pdf', 'application/pdf', cert28)),
    what='Supplier bank-detail change from a look-alike domain (pescadosriasbaixas.com instead of .es) hosted on Google Workspace: new ING account, asks to pay two invoices early.',
    why='Look-alike .com domain on Google Workspace (real supplier uses .es on Dinahosting), unknown "administración" clerk, home-made ING certificate, early-payment pressure, contact person "not reachable".',
    tech=['BEC / supplier bank-detail change', 'look-alike domain', 'abused genuine service (Google Workspace)'],
))

# ------------------------------------------------------------------ 29 Correos customs fee
u29 = 'https://u3318451.ct.sendgrid.net/ls/click?upn=u001.Hq7Jz-2Fk3bC9nP4mR1xT6-2BvY2sW8eL5dA0uQ3gN7oK-3D'
t29 = """Correos

Su envío está retenido en aduanas

Estimado/a cliente:

Su envío con número de seguimiento UH284710936ES procedente de Reino Unido se encuentra retenido en nuestras instalaciones aduaneras de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera y los derechos de importación.

Importe pendiente: 2,99 €

Puede abonar el importe y programar la entrega desde el siguiente enlace:
{u}

Si el pago no se realiza en un plazo de 5 días, el envío será devuelto a origen.

Gracias por confiar en Correos.
Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.""".format(u=u29)
h29 = h_notice('UTF-8', 'Su envío está retenido en aduanas', [
    'Estimado/a cliente:',
    'Su envío con número de seguimiento <b>UH284710936ES</b> procedente de Reino Unido se encuentra retenido en nuestras instalaciones aduaneras de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera y los derechos de importación.',
    'Importe pendiente: <b>2,99 €</b>'],
    button=('Pagar y programar entrega', u29), color='#0e2a47', brand='<span style="color:#ffcc00;background:#0e2a47;padding:2px 8px">Correos</span>', logo_alt='Correos', lang='es',
    after=['Si el pago no se realiza en un plazo de 5 días, el envío será devuelto a origen.'],
    footer='Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.')
MESSAGES.append(dict(
    slug='correos-aduana-pago',
    frm=('Correos', 'aduanas@correos-gestion-envios.es'), to=[S['mgr_es']],
    subject='Su envío UH284710936ES está retenido en aduanas',
    date='2026-11-25 16:41:12', zone='ES', date_zone='UTC',
    via=sendgrid('em2210.correos-gestion-envios.es'),
    body=alt(Text(t29, 'UTF-8', 'quoted-printable'), Text(h29, 'UTF-8', 'quoted-printable', 'html')),
    what='Courier/customs phishing: fake Correos notice that a UK parcel is held in customs until a 2.99 EUR fee is paid by card.',
    why='Look-alike domain correos-gestion-envios.es via SendGrid with masked tracking link, tiny fee to harvest card data, return threat; Correos customs fees are paid on correos.es.',
    tech=['courier / customs phishing (card data)', 'bulk ESP abuse (SendGrid)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 30 fake lawyer (Zoho Mail)
t30 = """Estimada Sra. Martínez:

Me pongo en contacto con usted por indicación de D. Jürgen Hoffmann, consejero delegado de Example Group, en relación con una operación corporativa de carácter estrictamente confidencial que nuestro despacho está asesorando en España.

Como sabrá, el grupo está cerrando la adquisición de una participación en una conservera gallega. La operación está sujeta a un acuerdo de confidencialidad y, hasta su comunicación a la CNMV, únicamente el Sr. Hoffmann, la Sra. Krüger y usted están autorizados a tener conocimiento de la misma. Le ruego, por tanto, que no la comente con otras personas de la organización, incluido el Sr. Fernández.

Para formalizar la oferta vinculante es necesario constituir hoy un depósito en garantía de 97.500,00 € en la cuenta de consignación del despacho. El Sr. Hoffmann le confirmará la instrucción por correo en los próximos minutos. En cuanto la reciba, le facilitaré los datos bancarios y la carta de instrucciones firmada.

Quedo a su disposición por esta vía. Durante la jornada me encuentro en reuniones con la parte vendedora y no puedo atender llamadas.

Atentamente,

Álvaro Ortega Salgado
Socio - Derecho Mercantil y M&A
Ortega & Ruiz Abogados
Paseo de la Castellana 95, planta 15 - 28046 Madrid"""


def zoho_hop(c):
    return 'by mx.zoho.eu with SMTPS id %d%s;\r\n\t%s' % (c.i('z1', 10 ** 12, 10 ** 13), c.r('z2', 6, DIGITS),
                                                     rfcdate(c.at(1), 'ES', comment=True))


MESSAGES.append(dict(
    slug='abogado-operacion-confidencial',
    frm=('Álvaro Ortega Salgado', 'a.ortega@ortegaruiz-abogados.es'), to=[S['acc_es']],
    subject='Operación confidencial - instrucciones de D. Jürgen Hoffmann',
    date='2026-12-01 10:08:51', zone='ES',
    via=Webmail(('sender4-op-o12.zoho.eu', 'sender4-op-o12.zoho.eu', '136.143.169.12'), [zoho_hop],
                lambda c: '<%s.%s.%d@zoho.eu>' % (c.hx('zm', 11), c.hx('zn', 8), c.i('zo', 10 ** 18, 10 ** 19)),
                mailer=('User-Agent', 'Zoho Mail'),
                order=['Date', 'From', 'To', 'Message-Id', 'In-Reply-To', 'Subject', 'MIME-Version',
                       'Content-Type', 'Content-Transfer-Encoding', '*'],
                hdr_cs='UTF-8', hdr_enc='Q', extra=[('Importance', 'High'), ('X-Priority', 'Medium')],
                bnd=lambda c, n: '----=_Part_%d_%d.%d' % (c.i('zb%d' % n, 10 ** 6, 10 ** 7), c.i('zq', 10 ** 8, 10 ** 9), int(c.t.timestamp() * 1000))),
    body=alt(Text(t30, 'UTF-8', 'quoted-printable'), Text(h_simple(t30, 'UTF-8', 'Verdana, sans-serif'), 'UTF-8', 'quoted-printable', 'html')),
    what='Fake-lawyer BEC: a "Madrid M&A partner" tells the Vigo accountant about a secret acquisition and a 97,500 EUR escrow deposit due today; the "CEO" is to confirm by e-mail.',
    why='Unknown law firm on a new domain using Zoho Mail, secrecy even from her own manager, same-day deadline, refuses phone calls, announces a follow-up "CEO" e-mail - classic CEO/lawyer fraud scheme.',
    tech=['BEC / fake lawyer', 'CEO fraud (announced)', 'abused genuine service (Zoho Mail)'],
))

# ------------------------------------------------------------------ 31 ABANCA business banking credential phishing
u31 = 'https://abanca-empresas-verificacion.com/be/acceso?cif=B36xxxxx&ref=PSD2-2026'
t31 = """ABANCA Empresas

Verificación de seguridad obligatoria (PSD2)

Estimado cliente:

En cumplimiento de la Directiva (UE) 2015/2366 sobre servicios de pago (PSD2), ABANCA está revisando los dispositivos vinculados a la Banca a Distancia de Empresas. Hemos detectado que el dispositivo de firma asociado a su contrato no ha sido verificado.

Para evitar la restricción temporal de las operaciones de firma (transferencias, remesas y confirming) a partir del 04/12/2026, le rogamos que complete la verificación a través del siguiente enlace:

{u}

El proceso le llevará menos de tres minutos. Tenga a mano su código de usuario, su clave de acceso y el dispositivo en el que recibe las claves de firma.

Atentamente,
Servicio de Atención a Empresas
ABANCA Corporación Bancaria, S.A.""".format(u=u31)
h31 = h_notice('iso-8859-15', 'Verificación de seguridad obligatoria (PSD2)', [
    'Estimado cliente:',
    'En cumplimiento de la Directiva (UE) 2015/2366 sobre servicios de pago (PSD2), ABANCA está revisando los dispositivos vinculados a la Banca a Distancia de Empresas. Hemos detectado que el dispositivo de firma asociado a su contrato no ha sido verificado.',
    'Para evitar la restricción temporal de las operaciones de firma (transferencias, remesas y confirming) a partir del <b>04/12/2026</b>, le rogamos que complete la verificación.'],
    button=('Verificar dispositivo', u31), color='#1d4e89', brand='ABANCA Empresas', lang='es',
    after=['El proceso le llevará menos de tres minutos. Tenga a mano su código de usuario, su clave de acceso y el dispositivo en el que recibe las claves de firma.'],
    footer='Servicio de Atención a Empresas · ABANCA Corporación Bancaria, S.A.')
MESSAGES.append(dict(
    slug='abanca-empresas-psd2',
    frm=('ABANCA Empresas', 'empresas@abanca-empresas-verificacion.com'), to=[S['mgr_es']], cc=[S['acc_es']],
    subject='Acción requerida: verificación de su dispositivo de firma antes del 04/12/2026',
    date='2026-12-02 08:51:30', zone='ES',
    via=vps_postfix('mail.abanca-empresas-verificacion.com', 'ip-51-91-114-38.eu', '51.91.114.38',
                    client='Thunderbird', zone='ES', user_ip='45.86.201.14'),
    body=alt(Text(t31, 'iso-8859-15', 'quoted-printable'), Text(h31, 'iso-8859-15', 'quoted-printable', 'html')),
    what='Banking credential phishing tailored to the Vigo office\'s regional bank: fake ABANCA business-banking "PSD2 device verification" asking for user code, password and signing-device codes.',
    why='Look-alike domain on an OVH server, banks never ask to verify PSD2 devices via e-mail links, harvests user ID, PIN and signing codes, restriction deadline.',
    tech=['credential phishing: bank (business e-banking, OTP)', 'look-alike domain', 'VPS infrastructure'],
))
