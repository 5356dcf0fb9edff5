"""Spanish messages: attacks 27-31, business 27-31."""
from banking import grp
from company import S, ACC, TAX, PRIVATE
from compose import att_pdf, att_zipenc

ENVASES_SIG = """Sergio Navarro
Administración – Envases Levante, S.A.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 31
46988 Paterna (Valencia)
Tel. 961 324 578"""


def attacks():
    L = []
    # ------------------------------------------------------------ 27
    L.append(dict(
        n=27, lang='es', slug='aeat-dehu-notificacion-falsa',
        tech='Tax-authority (AEAT / DEHú) notification lure from a compromised Spanish web host',
        what='"Agencia Tributaria" announces an electronic notification (information request, Modelo 347) in the DEHú and threatens that it will be deemed rejected after ten days; button "Acceder a la notificación".',
        why='AEAT/DEHú notices never link to a document on a third-party domain; link points to agenciatributaria-notificaciones.es (real: agenciatributaria.gob.es / dehu.redsara.es); sent via SMTP-auth from a hijacked driving-school account on a cPanel host; legal threat (art. 43 Ley 39/2015). Compare genuine tax adviser mail business/29.',
        frm=('Agencia Tributaria', 'avisos@agenciatributaria-notificaciones.es'), env_from='info@autoescuelaturia.es',
        to=[S('fernandez')], subject='Notificación electrónica pendiente – Requerimiento de información (Modelo 347) – Ref. 2026GRC48813271T',
        date='2026-10-15 12:33:08', tz='es', msgid_domain='autoescuelaturia.es',
        infra=('exim_cpanel', dict(host='cpanel14.servidoresdns.net', ip='217.76.142.55', cpuser='autoescu',
                                   client_ip='45.133.172.19', client_helo='[45.133.172.19]', php=False, zone='es',
                                   client='outlook16', client_kw={'lang': 'es'})),
        charset='iso-8859-15', cte='quoted-printable', html='brand', hcs='iso-8859-15', henc='Q', plain_link='colon',
        brand=dict(brand='Agencia Tributaria', color='#8b1a1a', title='Notificación electrónica',
                   footer='Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.\nAgencia Estatal de Administración Tributaria'),
        text="""Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú):

Titular: EXAMPLE GROUP IBERIA SL – NIF %s
Órgano emisor: Agencia Estatal de Administración Tributaria – Dependencia Regional de Gestión Tributaria de Cataluña
Concepto: Requerimiento de información – Declaración anual de operaciones con terceros (Modelo 347), ejercicio 2025
Referencia: 2026GRC48813271T

De acuerdo con el artículo 43 de la Ley 39/2015, si transcurren diez días naturales desde la puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada y se tendrá por efectuado el trámite.

[[Acceder a la notificación|https://agenciatributaria-notificaciones.es/dehu/notificacion.php?ref=2026GRC48813271T]]

Agencia Tributaria""" % TAX['eg_es'],
    ))
    # ------------------------------------------------------------ 28
    cert = att_pdf('Certificado_titularidad_cuenta_Envases_Levante.pdf', [
        ('ING', 18, True), ('ING Bank NV, Sucursal en España', 9, False), '',
        ('CERTIFICADO DE TITULARIDAD', 13, True), '',
        'ING Bank NV, Sucursal en España, certifica que la cuenta', '', ('IBAN ' + grp(ACC['mule_es']), 12, True), '',
        'figura abierta a nombre de ENVASES LEVANTE, S.A., con CIF ' + TAX['envases'] + '.', '',
        'Y para que así conste, se expide el presente certificado en Madrid, a 18 de noviembre de 2026.', '', '',
        'Departamento de Operaciones'],
        title='Certificado', author='', producer='iLovePDF', creator='Microsoft Word',
        date='2026-11-18 19:40', tz='es')
    L.append(dict(
        n=28, lang='es', slug='envases-levante-lookalike-cambio-iban',
        tech='Supplier bank-detail change from a look-alike domain on Google Workspace (BEC) with a forged account certificate',
        what='"Sergio Navarro" of the cup supplier Envases Levante announces a new account at another bank and asks to pay two open invoices there, with a "certificate of account ownership".',
        why='Domain envases-levante.es (hyphen) instead of envaseslevante.es, hosted on a fresh Google Workspace; bank change requested by e-mail with confirmation by e-mail only; forged PDF certificate produced with iLovePDF; old account "cancelled at month end". Compare genuine invoice business/27.',
        frm=('Sergio Navarro', 's.navarro@envases-levante.es'), to=[S('fernandez')], cc=[S('munoz')],
        subject='Actualización datos bancarios – Envases Levante, S.A.', date='2026-11-19 10:07:45', tz='es',
        infra=('gmail', {}), charset='utf-8', cte='quoted-printable', html='gmail', hcs='UTF-8', henc='Q', cs_label='UTF-8',
        attachments=[cert],
        text="""Buenos días, Lucía:

Te escribo para informarte de que, a raíz de la integración de nuestra tesorería en la nueva entidad del grupo, hemos cambiado la cuenta de cobro de Envases Levante. A partir de hoy, te rogamos que los pagos de las facturas pendientes (FV-26/2214 y FV-26/2290, total 21.604,80 €) y de las siguientes se realicen en la nueva cuenta:

Titular: Envases Levante, S.A.
Entidad: ING Bank NV, Sucursal en España
IBAN: %s

Adjunto el certificado de titularidad emitido por el banco. Como la cuenta de CaixaBank se cancela a final de mes, te agradecería que me confirmaras por este medio cuándo esté actualizada en vuestro sistema y la fecha prevista de pago.

Un saludo,

%s""" % (grp(ACC['mule_es']), ENVASES_SIG),
    ))
    # ------------------------------------------------------------ 29
    L.append(dict(
        n=29, lang='es', slug='caixabank-now-empresas-firma-digital',
        tech='Bank credential phishing (CaixaBank Now Empresas) via a hacked WordPress site, HTML-only',
        what='"CaixaBank" says the signing certificate of the company\'s authorised signatory expires on 5 Dec and transfers and SEPA payroll batches will stop unless renewed through the button.',
        why='Look-alike domain caixabank-now-empresas.com; PHP mailer on a compromised WordPress/cPanel host; asks for banking credentials and SMS code; deadline threatening payroll; footer ironically warns about phishing.',
        frm=('CaixaBank', 'avisos@caixabank-now-empresas.com'), env_from='wp@hostalcanpere.com',
        to=[S('fernandez')], subject='CaixaBank Now Empresas: su firma digital caduca el 05/12/2026',
        date='2026-11-30 17:22:16', tz='es', msgid_domain='hostalcanpere.com',
        infra=('exim_cpanel', dict(host='srv41.hostingcloud.es', ip='185.47.245.93', cpuser='hostalca', php=True, zone='es')),
        charset='windows-1252', cte='quoted-printable', html='brand', hcs='windows-1252', henc='Q', html_only=True,
        brand=dict(brand='CaixaBank', color='#007eae', title='CaixaBank Now',
                   footer='CaixaBank, S.A. – C/ Pintor Sorolla 2-4, 46002 Valencia\nPor su seguridad, CaixaBank nunca le pedirá sus claves completas por correo electrónico.'),
        text="""Estimado cliente:

Le informamos de que la firma digital de apoderado asociada a su contrato de CaixaBank Now Empresas caduca el próximo 05/12/2026. A partir de esa fecha no podrá autorizar transferencias, remesas SEPA ni pagos de nóminas desde la banca digital.

Para renovarla, acceda a su área de clientes y siga los pasos indicados. El proceso tarda menos de 3 minutos y requiere la confirmación mediante el código que recibirá por SMS.

[[Renovar firma digital|https://caixabank-now-empresas.com/renovacion/firma?c=%s]]

Atentamente,
CaixaBank, S.A.
Servicio de Atención a Empresas""" % TAX['eg_es'],
    ))
    # ------------------------------------------------------------ 30
    L.append(dict(
        n=30, lang='es', slug='factura-pendiente-zip-con-contrasena',
        tech='Malspam: "unpaid invoice" with a password-protected ZIP holding a .lnk shortcut, from a compromised small-business mailbox',
        what='An unknown workshop claims an unpaid invoice for a cold-room repair and attaches it as a password-protected ZIP ("because of data protection"), password 4412.',
        why='No business relationship with the sender; the encrypted archive (ZipCrypto) defeats scanning and contains "Factura_2026-0412.pdf.lnk" - a Windows shortcut used to launch malware; "LOPD" excuse for the password; sent with stolen credentials via Dinahosting from a VPN IP.',
        frm=('Administración Talleres Garrido', 'administracion@talleresgarrido.es'), to=[S('fernandez')],
        subject='Factura pendiente de pago nº 2026-0412 – segundo aviso', date='2026-10-28 16:05:31', tz='es',
        infra=('hosted_postfix', dict(host='smtp-out7.dinahosting.com', ip='82.98.134.67', rdns='smtp-out7.dinahosting.com',
                                      client_helo='[192.168.1.34]', client_ip='185.220.101.44', client_rdns='unknown',
                                      auth='administracion@talleresgarrido.es', zone='es', client='thunderbird',
                                      client_kw={'lang': 'es-ES'})),
        charset='iso-8859-1', cte='8bit', hcs='iso-8859-1', henc='Q', cs_label='ISO-8859-1', quote_cs=False,
        attachments=[att_zipenc('Factura_2026-0412.zip', ['Factura_2026-0412.pdf.lnk'], '4412', (2026, 10, 28, 15, 59, 2), 'a30')],
        text="""Buenas tardes:

Según nuestros registros, la factura nº 2026-0412 correspondiente a la reparación de la cámara frigorífica y el montaje de estanterías en su almacén de la Zona Franca sigue pendiente de pago, a pesar de nuestro primer aviso del 14/10.

Le adjuntamos de nuevo la factura. Por la Ley de Protección de Datos el archivo va comprimido con contraseña: 4412

Le rogamos que proceda al pago en un plazo de 5 días hábiles o nos indique si existe alguna incidencia.

Un saludo,
Administración
Talleres Hermanos Garrido, S.L.
Tel. 934 21 87 60""",
    ))
    # ------------------------------------------------------------ 31
    trk = 'https://u27719043.ct.sendgrid.net/ls/click?upn=u001.9d3kQmZp7-2BfYb1Lr0xWs4nTt8-2FvK2hGcE6aJ5oUq'
    L.append(dict(
        n=31, lang='es', slug='nayax-liquidacion-retenida-kyc',
        tech='Trade-specific portal phishing: cashless-payment provider for vending machines (Nayax) with held settlement, via SendGrid',
        what='"Nayax" says the weekly settlement of 14 vending-machine card terminals (EUR 3,742.18) is held until the settlement bank account passes KYC in "Nayax Core".',
        why='Impersonates the cashless provider actually used in vending; look-alike domain nayax-liquidaciones.com through SendGrid with click tracking; money-held pressure and 72-hour deadline; goal is the portal login and changing the payout account.',
        frm=('Nayax', 'no-reply@nayax-liquidaciones.com'), to=[S('munoz')],
        subject='Acción requerida: liquidación retenida – verifique su cuenta de liquidación', date='2026-12-07 09:48:02', tz='es',
        infra=('sendgrid', dict(ip='167.89.101.72')), charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8',
        henc='Q', plain_link='colon',
        brand=dict(brand='nayax', color='#0a2240', title='Nayax Core',
                   footer='Nayax Ltd. · Este es un mensaje operativo relacionado con su cuenta.',
                   pixel='https://u27719043.ct.sendgrid.net/wf/open?upn=u001.Mx2p9QZ'),
        text="""Hola, Javier:

Hemos retenido la liquidación semanal de 14 terminales VPOS Touch de su red (importe retenido: 3.742,18 €) porque la cuenta bancaria de liquidación asociada a su contrato no ha superado la verificación anual de conocimiento del cliente (KYC) exigida por nuestra entidad adquirente.

Para desbloquear la liquidación, inicie sesión en Nayax Core y confirme los datos de la cuenta. Si la verificación no se completa en 72 horas, las liquidaciones pendientes quedarán retenidas hasta la revisión manual (plazo estimado: 30 días).

[[Verificar cuenta en Nayax Core|%s]]

Gracias por confiar en Nayax.
Equipo de Operaciones Financieras – Nayax Europe""" % trk,
    ))
    return L


def business():
    L = []
    # ------------------------------------------------------------ 27
    fv = att_pdf('FV-26-2214.pdf', [
        ('ENVASES LEVANTE, S.A.', 15, True), ('Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31, 46988 Paterna · CIF ' + TAX['envases'], 8, False), '',
        ('FACTURA FV-26/2214', 13, True), 'Fecha: 03/11/2026   Pedido cliente: PC-2026-0388', '',
        'Cliente: EXAMPLE GROUP IBERIA, S.L. – Carrer de Pallars 193, 08005 Barcelona – NIF ' + TAX['eg_es'], '',
        'Vasos de cartón 7 oz impresos "Example Coffee"   120.000 ud   0,0812 €   9.744,00 €',
        'Removedores de madera 110 mm                      200.000 ud   0,0074 €   1.480,00 €', '',
        'Base imponible 11.224,00 €   IVA 21% 2.357,04 €', ('TOTAL FACTURA 13.581,04 €', 11, True), '',
        'Forma de pago: transferencia a 60 días – CaixaBank ' + grp(ACC['envases'])],
        title='Factura FV-26/2214', author='Envases Levante', producer='SAP Business One', creator='Crystal Reports',
        date='2026-11-03 13:15', tz='es')
    L.append(dict(
        n=27, lang='es', slug='envases-levante-factura',
        pair=[28],
        what='Cup supplier Envases Levante sends invoice FV-26/2214 with the usual CaixaBank account.',
        why='Real supplier domain envaseslevante.es from its own mail server and usual Outlook, matches a purchase order, known account. Hard negative of look-alike bank-change attack/28.',
        frm=('Sergio Navarro', 's.navarro@envaseslevante.es'), to=[S('fernandez')],
        subject='Factura FV-26/2214 – pedido PC-2026-0388 (vasos 7 oz y removedores)', date='2026-11-03 13:22:10', tz='es',
        infra=('hosted_postfix', dict(host='mail.envaseslevante.es', ip='195.53.87.140', rdns='mail.envaseslevante.es',
                                      client_helo='ADM-SNAVARRO', client_ip='80.28.141.9',
                                      client_rdns='9.red-80-28-141.staticip.rima-tde.net',
                                      auth='s.navarro@envaseslevante.es', zone='es', client='outlook16',
                                      client_kw={'lang': 'es'})),
        charset='iso-8859-15', cte='quoted-printable', html='outlook', html_lang='ES', hcs='iso-8859-15', henc='Q',
        attachments=[fv],
        text="""Buenos días, Lucía:

Os adjunto la factura FV-26/2214 correspondiente al pedido PC-2026-0388 (vasos de 7 oz impresos y removedores), entregado el 30/10 en vuestro almacén de la Zona Franca.

Importe total: 13.581,04 € (IVA incluido). Vencimiento a 60 días, como siempre por transferencia a nuestra cuenta de CaixaBank que figura en la factura.

La FV-26/2290 de las tapas la recibiréis la semana que viene, cuando salga el segundo camión.

Un saludo,

""" + ENVASES_SIG,
    ))
    # ------------------------------------------------------------ 28
    L.append(dict(
        n=28, lang='es', slug='residencia-averia-y-pedido',
        what='A care-home customer reports a faulty milk-powder doser and extends its December order.',
        why='Known customer from its own domain and usual Outlook; service request and order, no link, no attachment, no payment change.',
        frm=('Marta Vidal', 'administracion@residenciamarblau.es'), to=[S('munoz')],
        subject='Máquina planta 2 y pedido de diciembre', date='2026-11-11 12:40:27', tz='es',
        infra=('hosted_postfix', dict(host='mail.residenciamarblau.es', ip='213.0.91.44', rdns='44.red-213-0-91.static.ccgg.telefonica.net',
                                      client_helo='RECEPCIO-02', client_ip='192.168.10.23', client_rdns='recepcio-02.local',
                                      auth='administracion@residenciamarblau.es', zone='es', tls='tls12', client='outlook16',
                                      client_kw={'lang': 'es'})),
        charset='windows-1252', cte='quoted-printable', hcs='windows-1252', henc='Q',
        text="""Buenos días, Javier:

Te escribo por dos temas.

1) La máquina de bebidas calientes de la planta 2 (la de la sala de familias) lleva desde el lunes sirviendo el café con leche casi sin leche. Creemos que es el dosificador de leche en polvo, porque el depósito está lleno. ¿Podéis mandar al técnico esta semana? Mejor por la mañana, antes de las 11, porque por la tarde hay visitas.

2) Para diciembre queremos ampliar el pedido: 4 cajas más de café descafeinado en grano y 2 de chocolate, y para el día 24 nos gustaría tener también las cápsulas de infusiones que probamos en la jornada de puertas abiertas.

El albarán y la factura, como siempre, a nombre de Fundació Mar Blau.

Gracias y un saludo,

Marta Vidal
Administración – Residencia Mar Blau
C/ de la Mar 112, 08912 Badalona
Tel. 933 84 22 10""",
    ))
    # ------------------------------------------------------------ 29
    req = att_pdf('Requerimiento_AEAT_2026GRC37190544E.pdf', [
        ('AGENCIA TRIBUTARIA', 13, True), ('Dependencia Regional de Gestión Tributaria de Cataluña', 9, False), '',
        ('REQUERIMIENTO DE INFORMACIÓN', 12, True), 'Referencia: 2026GRC37190544E', '',
        'Obligado tributario: EXAMPLE GROUP IBERIA SL – NIF ' + TAX['eg_es'],
        'Concepto: Declaración anual de operaciones con terceros (Modelo 347), ejercicio 2025', '',
        'Se requiere la aportación del detalle de operaciones con los declarados:',
        '  ENVASES LEVANTE SA (' + TAX['envases'] + ')', '  CAFES TOSTADOS DEL VALLES SL', '  TRANSPORTES EBRO LOGISTICA SL', '',
        'Plazo: diez días hábiles desde el día siguiente a la notificación.',
        'Código Seguro de Verificación: 7HQKXPA2L9M4Z3TD'],
        title='Requerimiento', author='AEAT', producer='AEAT – Sede Electrónica', creator='AEAT',
        date='2026-10-15 09:02', tz='es')
    L.append(dict(
        n=29, lang='es', slug='gestoria-requerimiento-aeat-dehu',
        pair=[27],
        what='The company\'s tax adviser reports that, as authorised representative, it received and opened an AEAT information request (Modelo 347) in the DEHú and attaches it as PDF; asks for ledger extracts.',
        why='Known adviser on its own domain; the notification was collected through the official channel by the representative; only links to the official sede.agenciatributaria.gob.es and dehu.redsara.es; asks for documents, not credentials. Hard negative of attack/27.',
        frm=('Montserrat Puig', 'mpuig@gestoriapuigserra.es'), to=[S('fernandez')],
        subject='Requerimiento AEAT modelo 347 recibido en DEHú – necesitamos documentación', date='2026-10-16 10:05:52', tz='es',
        infra=('exo', dict(server='PR3PR04MB7012', region='eurprd04', out=1, org='gestoriapuigserra.es')),
        client_kw={'accept': 'es-ES, ca-ES', 'lang': 'es-ES'},
        charset='iso-8859-15', cte='quoted-printable', html='outlook', html_lang='ES', hcs='iso-8859-15', henc='Q',
        attachments=[req],
        text="""Hola, Lucía:

Te informo de que ayer, como apoderados de Example Group Iberia, recibimos y abrimos en la DEHú un requerimiento de información sobre el modelo 347 del ejercicio 2025 (referencia 2026GRC37190544E). Te adjunto el requerimiento en PDF.

Piden el detalle de las operaciones con tres proveedores (Envases Levante, Cafés Tostados del Vallès y Transportes Ebro) porque los importes que han declarado ellos no coinciden con los vuestros. El plazo para contestar es de diez días hábiles, es decir, hasta el 29 de octubre.

¿Nos puedes enviar los mayores de esas tres cuentas y las facturas de diciembre de 2025? Con eso preparamos la contestación y te la pasamos para revisión antes de presentarla por registro electrónico.

Si quieres comprobarlo tú misma, la notificación aparece en la sede electrónica (https://sede.agenciatributaria.gob.es, apartado "Mis notificaciones") y en https://dehu.redsara.es con tu certificado.

Un saludo,

Montserrat Puig
Gestoría Puig & Serra
Gran Via de les Corts Catalanes 612, 4º 2ª · 08007 Barcelona
Tel. 933 01 45 87""",
    ))
    # ------------------------------------------------------------ 30
    L.append(dict(
        n=30, lang='es', slug='baja-medica-desde-gmail',
        what='The Spanish accountant writes from her private Gmail that she is on sick leave until Thursday.',
        why='Known private address, no request for money or data changes, mentions that prepared payments still need the manager\'s regular approval in the bank.',
        frm=('Lucía Fernández', PRIVATE['fernandez']), to=[S('munoz')], subject='Baja hasta el jueves',
        date='2026-12-01 07:55:19', tz='es', infra=('gmail', {}), charset='utf-8', cte='quoted-printable', html='gmail',
        hcs='UTF-8', henc='Q', cs_label='UTF-8',
        text="""Hola, Javier:

Te escribo desde mi correo personal porque no tengo el portátil en casa. Esta noche he tenido fiebre alta y esta mañana he ido al CAP: me han dado la baja, de momento hasta el jueves. El parte ya lo tiene la Seguridad Social; en cuanto pueda te mando una foto para que se lo paséis a RR. HH. en Bremen.

Lo más urgente: los pagos a proveedores de esta semana están preparados en el banco, solo falta tu firma como siempre. El cierre de noviembre lo retomo cuando vuelva.

Gracias y perdona,
Lucía""",
    ))
    # ------------------------------------------------------------ 31
    unsub = 'https://vendingiberica.us21.list-manage.com/unsubscribe?u=5e2a9c71f0b84d36a1c7e3f92&id=8c41d0e7b2&e=a7f3c91d02&c=f21b9e4a07'
    L.append(dict(
        n=31, lang='es', slug='newsletter-vending-iberica-mailchimp',
        what='Subscribed Spanish vending trade newsletter via Mailchimp with List-Unsubscribe.',
        why='Subscribed newsletter through a legitimate ESP, consistent Mailchimp headers (X-MC-User, List-Unsubscribe, one-click), informational content only.',
        frm=('Revista Vending Ibérica', 'boletin@vendingiberica.es'), to=[S('munoz')],
        subject='Boletín Vending Ibérica: cashless en máquinas, tasa de envases y novedades de Hostelco',
        date='2026-10-22 09:00:11', tz='es', env_from='bounce-mc.us21_5e2a9c71.8c41d0e7b2-javier.munoz=example.com@mail121.suw21.mcdlv.net',
        infra=('esp_generic', dict(helo='mail121.suw21.mcdlv.net', ip='198.2.179.121',
                                   rp='bounce-mc.us21_5e2a9c71.8c41d0e7b2-javier.munoz=example.com@mail121.suw21.mcdlv.net',
                                   extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_5e2a9c71f0b84d36a1c7e3f92.8c41d0e7b2-a7f3c91d02@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % unsub),
                                          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                          ('List-Id', '5e2a9c71f0b84d36a1c7e3f92mc list <5e2a9c71f0b84d36a1c7e3f92.421877.list-id.mcsv.net>'),
                                          ('X-MC-User', '5e2a9c71f0b84d36a1c7e3f92'), ('X-Campaign', 'mailchimp5e2a9c71f0b84d36a1c7e3f92.f21b9e4a07'),
                                          ('X-campaignid', 'mailchimp5e2a9c71f0b84d36a1c7e3f92.f21b9e4a07'),
                                          ('X-Accounttype', 'pd'), ('Precedence', 'bulk')],
                                   client='mailchimp', client_kw={'msgdomain': 'mail121.suw21.mcdlv.net'})),
        charset='utf-8', cte='quoted-printable', html='brand', hcs='utf-8', henc='Q', plain_link='paren',
        brand=dict(brand='Vending Ibérica', color='#c0392b', title='Boletín',
                   footer='Recibes este correo porque te suscribiste en vendingiberica.es.\n[[Darse de baja|%s]]' % unsub),
        text="""Hola,

estas son las noticias de la quincena:

**Pago sin efectivo** – El 68 % de las ventas en máquinas de café de oficina ya se paga con tarjeta o móvil. Analizamos los costes de los lectores y las comisiones por microtransacción.

**Tasa sobre envases de plástico no reutilizables** – Qué cambia para los operadores de vending con las nuevas obligaciones de información.

**Hostelco** – Los fabricantes presentarán en Barcelona las nuevas máquinas con menor consumo en espera.

[[Leer el boletín completo|https://vendingiberica.es/boletin/2026-10-2]]

Redacción Vending Ibérica""",
    ))
    return L
