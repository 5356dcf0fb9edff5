"""Spanish messages: 5 attacks, 5 genuine."""
import files
import infra as I
from common import to_utc, hhex, hstr, ALNUM
from company import st, BANK, TAX
from docs import invoice, letter
from ids import pretty
from lib import Msg, plain, html, alt, mixed, related, att, text_att, quote_outlook, quote_gt

LM = st('lucia.martinez')
JN = st('javier.nunez')
LV = st('lukas.vogt')
JH = st('juergen.hoefler')

PILAR = ('Pilar Llorens', 'pilar.llorens@juguetes-llorens.es')
ADM = ('Juguetes Llorens - Administración', 'administracion@juguetes-llorens.es')
FIRMA_LL = """Juguetes Llorens S.L.
Polígono Industrial Los Dolores, C/ Alcoi 14 · 03440 Ibi (Alicante)
Tel. +34 965 55 21 40 · www.juguetes-llorens.es
CIF %s""" % TAX['llorens']


def attacks():
    out = []

    # ------------------------------------------------------------------ A27
    ref = '2026GRC47183552E'
    url = 'https://sede-agenciatributaria.dehu-notifica.com/descarga?ref=%s&csv=%s' % (ref, hstr('a27', 16, ALNUM.upper()))
    t = to_utc('ES', 2026, 10, 23, 8, 12, 0)
    pdf = files.pdf([[('h', 'Agencia Tributaria'), ('s', 'Departamento de Gestión Tributaria - Delegación Especial de Valencia'),
                      ('gap',), ('b', 'NOTIFICACIÓN - REQUERIMIENTO DE INFORMACIÓN'),
                      ('r', 'Referencia', ref), ('r', 'Obligado tributario', 'EXAMPLE GROUP GMBH SUCURSAL EN ESPAÑA'),
                      ('r', 'NIF', TAX['exgroup_es']), ('r', 'Procedimiento', 'Comprobación limitada IVA 2025'),
                      ('gap',),
                      'Por medio del presente se le requiere para que aporte la documentación relativa a las operaciones intracomunitarias declaradas en los modelos 303 y 349 del ejercicio 2025.',
                      'El contenido íntegro del requerimiento y la relación de documentos a aportar están disponibles en la Sede Electrónica. Para acceder, utilice el siguiente enlace e identifíquese con su certificado o con Cl@ve:',
                      url,
                      'Dispone de un plazo de 10 días hábiles. La falta de atención del requerimiento podrá constituir infracción tributaria (art. 203 LGT).',
                      ('gap',), ('s', 'CSV: %s - Documento firmado electrónicamente' % hstr('a27csv', 16, ALNUM.upper()))]],
                    'Notificacion AEAT %s' % ref, 'Agencia Tributaria', 'Adobe Acrobat Pro DC', 'Adobe PDF Library 23.1.96', t, 'ES')
    src = """Agencia Tributaria
Aviso de notificación electrónica

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Procedimiento: Comprobación limitada - IVA 2025 (modelos 303/349)
Referencia: %s
Titular: EXAMPLE GROUP GMBH SUCURSAL EN ESPAÑA - NIF %s

Dispone de 10 días naturales para acceder al contenido. Transcurrido dicho plazo sin acceder, la notificación se entenderá rechazada (art. 43.2 de la Ley 39/2015) y se continuará con el procedimiento.

Puede consultar la notificación en el documento adjunto o en el siguiente enlace:
[[Acceder a la notificación|%s]]

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""" % (ref, TAX['exgroup_es'], url)
    out.append(Msg('attack', 'es', 'aeat-dehu-notificacion-pdf',
        what='Tax-office phishing: "Agencia Tributaria" announces a DEHú notification (limited VAT audit) with a PDF that links to a fake Sede Electrónica.',
        why='Sent by a PHP mailer on a VPS from aeat-notificaciones.es (real AEAT/DEHú mail comes from .gob.es and never attaches the act); link to sede-agenciatributaria.dehu-notifica.com; legal deadline pressure - credential/malware lure. Compare genuine adviser mail B28.',
        when=(2026, 10, 23, 8, 12, 0), zone='ES',
        infra=I.exim('a27', 'mail.aeat-notificaciones.es', 'vps-2b9e61f0.vps.ovh.net', '57.128.104.93', '127.0.0.1',
                     'aeat-notificaciones.es', mua='php', zone='ES'),
        frm=('Agencia Tributaria', 'notificaciones@aeat-notificaciones.es'), to=[JN],
        subject='Aviso de notificación electrónica - Ref. %s' % ref,
        body=mixed(alt(src, 'iso-8859-15', 'quoted-printable', style='simple', lang='es'),
                   att('application/pdf', 'Notificacion_AEAT_%s.pdf' % ref, pdf, style='php')),
        hcs=('iso-8859-15', 'Q')))

    # ------------------------------------------------------------------ A28
    src = """Hola Lucía,

¿estás en la oficina? Necesito que me ayudes con un asunto confidencial relacionado con una adquisición que estamos cerrando en España.

Por favor, envíame tu número de móvil: te escribo por WhatsApp, porque hoy estoy en reuniones todo el día y no puedo hablar por teléfono. De momento no lo comentes con nadie del equipo ni con Núremberg, te lo explico todo en cuanto podamos hablar.

Gracias,
Jürgen Höfler
CEO - Example Group

Enviado desde Proton Mail para iOS"""
    out.append(Msg('attack', 'es', 'ceo-whatsapp-primer-contacto',
        what='CEO fraud, first stage: "Jürgen Höfler" asks the Spanish office manager for her mobile number to continue a "confidential acquisition" on WhatsApp.',
        why='CEO name on a Proton Mail address (jhoefler.direccion@proton.me); the CEO does not write Spanish to staff from a private mailbox; move to WhatsApp to evade corporate controls, secrecy toward HQ - BEC reconnaissance/first contact.',
        when=(2026, 11, 18, 9, 4, 51), zone='ES', infra=I.proton('a28'),
        frm=('Jürgen Höfler', 'jhoefler.direccion@proton.me'), to=[LM], subject='Asunto confidencial',
        body=alt(src, 'utf-8', 'base64', style='simple', lang='es'), hcs=('utf-8', 'Q'), date_zone='UTC'))

    # ------------------------------------------------------------------ A29
    src = """Hola Javier:

Nuestro sistema de monitorización ha detectado que su buzón está recibiendo una campaña masiva de correo no deseado (más de 2.000 mensajes en la última hora). Hemos abierto la incidencia INC-48821 para mitigarla.

En los próximos minutos un técnico del equipo de Soporte IT le contactará por Microsoft Teams desde la cuenta "Help Desk | Example Group". Por favor:

1. Acepte la llamada de Teams.
2. Inicie la herramienta Asistencia rápida pulsando Ctrl + Windows + Q.
3. Introduzca el código de seguridad que le indique el técnico y permita el control del equipo.

No apague el equipo ni elimine los mensajes hasta que el técnico termine la limpieza; el proceso dura unos 15 minutos.

Gracias por su colaboración.

Soporte IT - Service Desk
Example Group"""
    out.append(Msg('attack', 'es', 'soporte-quick-assist-vishing',
        what='Remote-access vishing pretext: fake "Soporte IT" announces a Teams call about a spam flood and tells the user to start Quick Assist and hand over control.',
        why='Sent via Mailgun from the look-alike examplegroup-helpdesk.com; primes the victim for an external Teams call (Black Basta / Storm-1811 tactic: email bombing + Teams vishing + Quick Assist) leading to remote access and ransomware. Compare genuine internal warning B29.',
        when=(2026, 11, 26, 10, 1, 17), zone='ES', infra=I.mailgun('a29', 'mg.examplegroup-helpdesk.com'),
        frm=('Soporte IT - Example Group', 'servicedesk@examplegroup-helpdesk.com'), to=[JN],
        subject='INC-48821: campaña de spam en su buzón - le contactaremos por Teams',
        body=alt(src, 'windows-1252', 'quoted-printable', style='outlook', lang='es'),
        hcs=('windows-1252', 'Q'), date_zone='UTC'))

    # ------------------------------------------------------------------ A30
    iban = BANK['a30_es']
    q = """Buenos días Pilar:

Os confirmamos el pedido 4500021911 (coches de fricción FR-12 y camiones volquete CV-30). Quedamos a la espera de la proforma para el anticipo.

Un saludo,
Javier Núñez
Contabilidad - Example Group, Alicante"""
    src = """Buenos días Javier:

Como te comenté, te adjunto la proforma PF-2026-0883 del pedido 4500021911 para el anticipo del 50 %% antes de entrar en producción (21.735,00 EUR).

Te informo también de que, por la reorganización de la tesorería tras la entrada del nuevo socio, desde este mes los cobros los gestionamos con Openbank. La cuenta de CaixaBank deja de estar operativa para cobros a final de mes, así que por favor actualiza nuestros datos:

Titular: Juguetes Llorens S.L.
IBAN: %s
BIC: OPENESMMXXX

¿Me confirmas cuándo podéis hacer la transferencia? Necesitamos el justificante antes del viernes para reservar la línea de inyección, vamos muy justos con las fechas de Navidad.

Un saludo,
Pilar Llorens
Dpto. Comercial
""" % pretty(iban) + FIRMA_LL.replace('juguetes-llorens', 'juguetesllorens')
    src += quote_outlook('es', 'Javier Núñez <javier.nunez@example.com>', 'lunes, 9 de noviembre de 2026 12:31',
                         'Pilar Llorens <pilar.llorens@juguetes-llorens.es>', 'Pedido 4500021911', q)
    t = to_utc('ES', 2026, 11, 10, 8, 55, 0)
    pdf = invoice(['Juguetes Llorens S.L.', 'Pol. Ind. Los Dolores, C/ Alcoi 14, 03440 Ibi (Alicante)', 'CIF %s' % TAX['llorens']],
                  ['Cliente: Example Group GmbH, Sucursal en España', 'C/ Pintor Lorenzo Casanova 26, 03003 Alicante'],
                  'FACTURA PROFORMA PF-2026-0883',
                  [('Fecha', '10/11/2026'), ('Pedido cliente', '4500021911'), ('Condiciones', '50% anticipo, 50% a la entrega')],
                  [('Coche de fricción FR-12, 6.000 uds. x 3,85 EUR', '23.100,00 EUR'),
                   ('Camión volquete CV-30, 2.400 uds. x 8,49 EUR', '20.376,00 EUR')],
                  [('Base imponible', '43.476,00 EUR'), ('Anticipo 50%', '21.735,00 EUR (IVA aparte)')],
                  ['Pago del anticipo: Openbank - IBAN %s - BIC OPENESMMXXX' % pretty(iban)],
                  t, 'ES', 'Microsoft Excel', 'Microsoft Excel', head_cols=('Pos.', 'Concepto', 'Importe'))
    out.append(Msg('attack', 'es', 'llorens-iban-lookalike-thread',
        what='Supplier BEC in a hijacked thread: "Pilar Llorens" sends the proforma for PO 4500021911 and a new Openbank IBAN for the 50% deposit.',
        why='Look-alike domain juguetesllorens.es (real: juguetes-llorens.es, hyphen missing) on OVH; quotes the genuine previous exchange; bank change justified by "new partner", deadline before Friday; proforma carries the fraudulent IBAN. Compare genuine invoice B27.',
        when=(2026, 11, 10, 8, 55, 0), zone='ES', infra=I.ovh_mail('a30', 'juguetesllorens.es', '188.119.66.14'),
        frm=(PILAR[0], 'pilar.llorens@juguetesllorens.es'), to=[JN], cc=[LM],
        subject='RE: Pedido 4500021911 - proforma y datos bancarios',
        in_reply_to='<5c0e2b7a91d84f36b1a27c9d0e3f4a58@EX02.ad.example.com>',
        references='<5c0e2b7a91d84f36b1a27c9d0e3f4a58@EX02.ad.example.com>',
        body=mixed(alt(src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='es'),
                   att('application/pdf', 'Proforma_PF-2026-0883.pdf', pdf)),
        hcs=('iso-8859-1', 'Q'), content_lang='es'))

    # ------------------------------------------------------------------ A31
    link = 'https://portal-empleado.examplegroup-nominas.es/login?emp=%s' % hstr('a31', 14, ALNUM)
    src = """Estimado/a empleado/a:

Dentro del proceso anual de revisión salarial y de la actualización de las tablas del convenio colectivo para 2027, le informamos de que su propuesta de ajuste salarial ya está disponible en el Portal del Empleado.

Debe revisar y firmar electrónicamente el documento antes del **04/12/2026** para que el nuevo importe se aplique en la nómina de enero. Los documentos no firmados en plazo se tramitarán en la siguiente revisión.

[[!Acceder al Portal del Empleado|%s]]

Para acceder utilice sus credenciales corporativas de Microsoft 365.

Atentamente,
Departamento de Recursos Humanos
Example Group""" % link
    out.append(Msg('attack', 'es', 'revision-salarial-portal-empleado',
        what='HR-themed credential phishing: "Recursos Humanos" invites staff to view and sign the 2027 salary adjustment in an "employee portal".',
        why='Sent through Brevo from the look-alike examplegroup-nominas.es; portal login with Microsoft 365 credentials on that domain; attractive lure (pay rise) + deadline. Compare genuine internal payroll notice B31.',
        when=(2026, 11, 30, 8, 32, 40), zone='ES', infra=I.brevo('a31'),
        frm=('Recursos Humanos | Example Group', 'rrhh@examplegroup-nominas.es'), to=[LM],
        subject='Revisión salarial 2027: consulte y firme su documento antes del 04/12',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#005a9e', title='Portal del Empleado', lang='es'),
        hcs=('utf-8', 'Q'), date_zone='UTC'))
    return out


def business():
    out = []

    # ------------------------------------------------------------------ B27
    t = to_utc('ES', 2026, 12, 4, 12, 5, 0)
    pdf = invoice(['Juguetes Llorens S.L.', 'Pol. Ind. Los Dolores, C/ Alcoi 14, 03440 Ibi (Alicante)', 'CIF %s' % TAX['llorens']],
                  ['Cliente: Example Group GmbH, Sucursal en España', 'C/ Pintor Lorenzo Casanova 26, 03003 Alicante',
                   'NIF %s' % TAX['exgroup_es']],
                  'FACTURA FV26-01342',
                  [('Fecha', '03/12/2026'), ('Pedido', '4500021911'), ('Albarán', 'AL26-04417'),
                   ('Vencimiento', '01/02/2027')],
                  [('Coche de fricción FR-12, 6.000 uds. x 3,85 EUR', '23.100,00 EUR'),
                   ('Camión volquete CV-30, 2.400 uds. x 8,49 EUR', '20.376,00 EUR')],
                  [('Base imponible', '43.476,00 EUR'), ('IVA 21%', '9.129,96 EUR'), ('Total factura', '52.605,96 EUR'),
                   ('Anticipo recibido 19/11/2026', '-21.735,00 EUR'), ('Pendiente', '30.870,96 EUR')],
                  ['Forma de pago: transferencia a 60 días - CaixaBank IBAN %s' % pretty(BANK['llorens']),
                   'Factura verificable en la sede electrónica de la AEAT (VERI*FACTU).'],
                  t, 'ES', 'Sage 200', 'Sage 200', head_cols=('Pos.', 'Concepto', 'Importe'))
    src = """Buenos días,

Adjuntamos la factura FV26-01342 correspondiente al pedido 4500021911 (albarán AL26-04417), descontado ya el anticipo recibido el 19/11.

Importe pendiente: 30.870,96 EUR, vencimiento 01/02/2027, por transferencia a la cuenta de siempre (CaixaBank, IBAN %s).

Aprovechamos para recordaros que a mediados de noviembre alguien suplantó nuestro correo con un dominio parecido (juguetesllorens.es, sin guion). Nuestros datos bancarios no han cambiado; ante cualquier duda llamad al 965 55 21 40.

Un saludo,
Administración
""" % pretty(BANK['llorens']) + FIRMA_LL
    out.append(Msg('business', 'es', 'llorens-factura',
        what='Supplier Juguetes Llorens sends invoice FV26-01342 (PDF) net of the deposit; warns about the look-alike domain.',
        why='Real domain juguetes-llorens.es via its Google Workspace; usual CaixaBank account; invoice matches the PO and delivery note; explicitly tells customers the bank details did not change. Hard negative of A30.',
        when=(2026, 12, 4, 12, 5, 0), zone='ES', infra=I.gmail('b27', workspace=True),
        frm=ADM, to=[JN], subject='Factura FV26-01342 - Pedido 4500021911',
        body=mixed(alt(src, 'UTF-8', 'quoted-printable', style='gmail', lang='es', quote_cs=False),
                   att('application/pdf', 'FV26-01342.pdf', pdf, style='gmail')),
        hcs=('UTF-8', 'B')))

    # ------------------------------------------------------------------ B28
    src = """Hola Javier:

Os confirmo que ayer apareció en la DEHú (estamos apoderados para vuestras notificaciones) un requerimiento de la AEAT sobre el modelo 349 del tercer trimestre. Lo hemos abierto nosotros, así que el plazo de 10 días hábiles corre desde el 22/10.

No tenéis que hacer nada en la Sede Electrónica ni abrir ningún enlace: la contestación la preparamos y presentamos nosotros. Solo necesito que me enviéis por aquí las facturas de Lieferant GmbH y de Kartonagen Weber del tercer trimestre y los DUA/CMR de los envíos a Polonia.

Ojo: estos días circulan correos falsos de "notificaciones de Hacienda" con enlaces y adjuntos. La AEAT no manda el contenido de las notificaciones por correo; si os llega algo así, reenviádmelo antes de abrir nada.

Un abrazo,
Marta Soler
Vidal & Soler Asesores
Av. de Maisonnave 33, 4º · 03003 Alicante · Tel. 965 14 32 10"""
    out.append(Msg('business', 'es', 'gestoria-requerimiento-dehu',
        what='The Spanish branch\'s tax adviser reports a genuine AEAT request received in DEHú and asks for supporting invoices.',
        why='Known adviser via her firm\'s Microsoft 365; no link to click, documents requested by reply to a known contact; consistent with the legal process (adviser is the authorised representative). Hard negative of A27.',
        when=(2026, 10, 23, 12, 44, 30), zone='ES', infra=I.m365('b28', 'vidalsoler-asesores.es', idx=2),
        frm=('Marta Soler', 'msoler@vidalsoler-asesores.es'), to=[JN], cc=[LM],
        subject='Requerimiento AEAT modelo 349 (3T) recibido en DEHú',
        body=alt(src, 'windows-1252', 'quoted-printable', style='outlook', lang='es'),
        hcs=('windows-1252', 'Q'), content_lang='es-ES'))

    # ------------------------------------------------------------------ B29
    src = """Hola a todos:

Lukas Vogt (Seguridad IT, Núremberg) nos pide que difundamos este aviso:

En las últimas semanas varias empresas del sector han sufrido ataques en los que primero inundan el buzón con cientos de correos de suscripción y después alguien llama por Teams haciéndose pasar por el "Help Desk" para que el usuario abra Asistencia rápida, AnyDesk o similar.

Nuestro soporte de IT:
- nunca os llamará por Teams desde una cuenta externa (aparece la etiqueta "Externo");
- nunca os pedirá que abráis Asistencia rápida (Ctrl + Windows + Q) ni que deis control del equipo sin un ticket que hayáis abierto vosotros.

Si recibís una avalancha de correos o una llamada así, colgad y llamad a la extensión 4400 o escribid a it-service@example.com.

Gracias,
Lucía

--
Lucía Martínez
Office Manager · Example Group, Alicante"""
    out.append(Msg('business', 'es', 'aviso-it-soporte-falso',
        what='Internal notice (Spain office manager, on behalf of IT security) warning about spam floods followed by fake "Help Desk" Teams calls.',
        why='Genuinely internal (Exchange -> mail-int01), refers to the known internal extension and mailbox, tells staff NOT to start Quick Assist. Hard negative of A29.',
        when=(2026, 11, 27, 9, 15, 0), zone='ES', infra=I.internal('b29', '10.20.90.14', 'EX02'),
        frm=LM, to=[('Oficina Alicante', 'oficina-alicante@example.com')], cc=[LV], rcpt=JN[1],
        subject='Aviso de IT: oleada de spam y llamadas falsas de "soporte" por Teams',
        body=alt(src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='es'),
        hcs=('iso-8859-1', 'Q'), content_lang='es-ES'))

    # ------------------------------------------------------------------ B30
    src = """Buenas tardes Lucía:

Hoy hemos recibido el pedido 2026-ES-3381 pero faltan 2 de los 14 bultos (según el albarán deberían venir los bultos 13 y 14 con los puzles de 500 piezas). Además la factura FA-ES-2026-2207 incluye 36 unidades del garaje de madera que no pedimos, en el pedido eran 24.

¿Me podéis decir si los bultos que faltan vienen en otro envío y mandarme una factura rectificativa? Necesitamos los puzles para el escaparate de Navidad esta semana.

Gracias y un saludo,
Rosa Ibáñez
Juguetería La Nube · C/ de Cuba 48 · 46006 Valencia
Tel. 963 84 12 57"""
    out.append(Msg('business', 'es', 'queja-cliente-bultos',
        what='Customer complaint from a Valencia toy shop (Outlook.com): two parcels missing and invoice quantity wrong.',
        why='Small customer using her usual Outlook.com address via Microsoft\'s consumer infrastructure; concrete order/invoice numbers; asks for delivery and a corrective invoice, nothing else.',
        when=(2026, 12, 15, 17, 48, 2), zone='ES', infra=I.outlook_consumer('b30'),
        frm=('Rosa Ibáñez', 'rosa.ibanez.lanube@outlook.es'), to=[LM],
        subject='Queja pedido 2026-ES-3381: faltan 2 bultos y la factura no coincide',
        body=alt(src, 'utf-8', 'base64', style='outlook', lang='es'), hcs=('utf-8', 'B'), content_lang='es-ES'))

    # ------------------------------------------------------------------ B31
    src = """Hola a todos:

Las nóminas de noviembre ya están disponibles en el apartado de RR. HH. de la intranet ([[intranet.example.com/rrhh/nominas|https://intranet.example.com/rrhh/nominas]]), accesible solo desde la red de la oficina o por VPN. La transferencia se ha ordenado hoy y llegará mañana.

Recordad también que la revisión salarial de 2027 se comunicará, como cada año, en la reunión individual con vuestro responsable en enero. Recursos Humanos nunca os pedirá que inicies sesión ni que firméis nada desde un enlace recibido de una dirección externa: si os llega algo así, reenviádmelo.

Un saludo,
Lucía

--
Lucía Martínez
Office Manager · Example Group, Alicante"""
    out.append(Msg('business', 'es', 'nominas-noviembre-intranet',
        what='Internal notice: November payslips available on the intranet (office network/VPN only); salary review in January meetings.',
        why='Genuinely internal (Exchange -> mail-int01); link to the internal intranet host only, no login page, explicitly warns against external salary-review links. Hard negative of A31.',
        when=(2026, 11, 30, 12, 2, 0), zone='ES', infra=I.internal('b31', '10.20.90.14', 'EX02'),
        frm=LM, to=[('Oficina Alicante', 'oficina-alicante@example.com')], rcpt=JN[1],
        subject='Nóminas de noviembre disponibles en la intranet',
        body=alt(src, 'utf-8', 'base64', style='outlook', lang='es'), hcs=('utf-8', 'B'), content_lang='es-ES'))
    return out
