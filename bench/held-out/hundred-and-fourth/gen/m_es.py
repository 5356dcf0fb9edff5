"""Spanish messages: attacks 27-31, business 27-31."""
from common import *  # noqa

SOLER_SIG = ('Vicente Soler\nDirector Financiero\nUnión Deportiva Turia SAD\nAvda. de Aragón 30, 46021 València\n'
             'Tel. +34 963 61 44 20 - www.udturia.es')

# ============================================================== ATTACKS

_cert27 = make_pdf([
    ('CERTIFICADO DE TITULARIDAD DE CUENTA', 13, True), '---', '',
    'La entidad certifica que la cuenta abajo indicada figura a nombre de:', '',
    'Titular:        UNION DEPORTIVA TURIA SAD', 'CIF:            ' + TAX['udturia_cif'],
    'IBAN:           ' + fmt_iban(BANK['udturia_fake']), 'BIC:            REVOESM2', '',
    'Y para que conste a los efectos oportunos, se expide el presente certificado en Madrid, a 12 de noviembre de 2026.', '',
    'Revolut Bank UAB, Sucursal en España'],
    title='Certificado titularidad', producer='iLovePDF', date=pdfdate(2026, 11, 12, 18, 3))

msg(file='27-es-udturia-cambio-cuenta-plazo-traspaso', kind='attack', lang='es', when='2026-11-13 09:12:30',
    route=I.postfix_company, route_kw=dict(mailhost='mail.ud-turia.es', ip='82.180.152.91', rdns='srv571234.hstgr.cloud',
                                           msgid_style='outlook', helo='mail.ud-turia.es',
                                           mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='vsoler@ud-turia.es', rcpt='lucia.fernandez@examplegroup.eu',
    headers=[('From', A('Vicente Soler', 'vsoler@ud-turia.es')),
             ('To', A('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'windows-1252', 'Q')),
             ('Subject', hval('Segundo plazo traspaso – actualización de cuenta bancaria', 'windows-1252', 'Q')),
             ('Thread-Index', 'AdtVa1k0cM3z8N5JSiGvQh2b6PZxTQ=='), ('Content-Language', 'es')],
    body=lambda b: b.client(
        'Estimada Lucía:\n\n'
        'Le escribo en relación con el segundo plazo del traspaso (contrato de 3 de julio de 2026, cláusula 4.2), con '
        'vencimiento el 30 de noviembre, por importe de 1.250.000,00 €.\n\n'
        'Como consecuencia del control económico de la liga y de la auditoría en curso, el club ha abierto una cuenta '
        'segregada exclusivamente para los cobros por traspasos. Les rogamos que el pago se realice en la siguiente cuenta y '
        'no en la indicada en el contrato:\n\nTitular: Unión Deportiva Turia SAD\nIBAN: ' + fmt_iban(BANK['udturia_fake']) + '\n'
        'BIC: REVOESM2\n\nAdjunto el certificado de titularidad de la entidad. Le agradecería que me confirmara por este '
        'medio la fecha de ejecución; estos días estoy de viaje con el primer equipo y me resulta difícil atender llamadas. '
        'Le ruego que, por la confidencialidad de la operación, no comente el cambio con el área deportiva.\n\n'
        'Un cordial saludo,\n\n' + SOLER_SIG,
        'outlook', 'windows-1252', 'quoted-printable', bstyle='outlook', lang='ES',
        attachments=[b.att(_cert27, 'application/pdf', 'Certificado_titularidad_UDTuria.pdf')]),
    what='Football-transfer BEC: "UD Turia\'s CFO" redirects the EUR 1.25 m second transfer instalment to a new Revolut account.',
    why='Look-alike domain ud-turia.es (real: udturia.es) on a Hostinger VPS; changes the contractual account by e-mail, '
        'neobank account for a SAD football club, asks to keep it from the sporting side, avoids calls – modelled on real '
        'transfer-fee frauds between clubs. Genuine instalment invoice: business/27.')

_u28 = 'https://sede-agenciatributaria.notificaciones-dehu.com/descarga/Notificacion_AEAT_2026-0041187.zip'
msg(file='28-es-dehu-aeat-notificacion-descarga', kind='attack', lang='es', when='2026-10-30 11:07:14',
    route=I.phpmailer, route_kw=dict(server='cp-es41.raiolanetworks.es', ip='134.0.10.141', site='clinicadental-sonrisa.es'),
    env_from='wordpress@clinicadental-sonrisa.es', rcpt='lucia.fernandez@examplegroup.eu',
    headers=[('From', A('Agencia Tributaria', 'notificaciones@clinicadental-sonrisa.es')),
             ('To', A('', 'lucia.fernandez@examplegroup.eu')),
             ('Subject', hval('Notificación pendiente en la Dirección Electrónica Habilitada única (DEHú) - Ref. 2026-0041187', 'iso-8859-1', 'Q'))],
    body=lambda b: b.alt(
        b.text('AGENCIA TRIBUTARIA\n\nEstimado/a contribuyente:\n\n'
               'Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria '
               'en la Dirección Electrónica Habilitada única (DEHú), relativa al procedimiento de comprobación limitada del '
               'Impuesto sobre el Valor Añadido, ejercicio 2025.\n\n'
               'Transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la '
               'notificación se entenderá rechazada (art. 43.2 de la Ley 39/2015).\n\n'
               'Descargar notificación (ZIP, 212 KB): ' + _u28 + '\n\n'
               'Este mensaje se ha enviado de forma automática. Por favor, no responda.', 'iso-8859-1', 'quoted-printable'),
        b.html(notice_html('iso-8859-1', 'Notificación pendiente en la DEHú', [
            'Estimado/a contribuyente:',
            'Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la '
            'Dirección Electrónica Habilitada única (DEHú), relativa al procedimiento de comprobación limitada del Impuesto sobre el '
            'Valor Añadido, ejercicio 2025.',
            'Transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la notificación se '
            'entenderá rechazada (art. 43.2 de la Ley 39/2015).'],
            button=('Descargar notificación (ZIP)', _u28), brand='Agencia Tributaria', color='#8c1d18', lang='es',
            footer='Este mensaje se ha enviado de forma automática. Por favor, no responda.'), 'iso-8859-1', 'quoted-printable'),
        style='php'),
    what='Malware lure: fake AEAT/DEHú notification with a link to download a ZIP "notification".',
    why='Display name "Agencia Tributaria" on a hacked dental-clinic WordPress (PHPMailer); real DEHú notices only announce '
        'availability and require Cl@ve/certificate login on dehu.redsara.es, never a ZIP download from a third-party '
        'domain; legal deadline as pressure.')

_u29 = 'https://bbvajustificantes.z13.web.core.windows.net/ver/?op=8832&u=javier.martinez%40example.com'
_svg29 = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="760" viewBox="0 0 600 760">\n'
          '<rect width="600" height="760" fill="#ffffff"/>\n<rect width="600" height="90" fill="#072146"/>\n'
          '<text x="30" y="58" font-family="Arial" font-size="32" font-weight="bold" fill="#ffffff">BBVA</text>\n'
          '<text x="30" y="150" font-family="Arial" font-size="22" fill="#072146">Justificante de transferencia</text>\n'
          '<text x="30" y="195" font-family="Arial" font-size="15" fill="#333">Operación: 8832-1126-0091</text>\n'
          '<text x="30" y="225" font-family="Arial" font-size="15" fill="#333">Importe: 2.418,75 EUR</text>\n'
          '<text x="30" y="255" font-family="Arial" font-size="15" fill="#333">Beneficiario: EXAMPLE GROUP SUCURSAL EN ESPAÑA</text>\n'
          '<rect x="30" y="300" width="540" height="220" fill="#e9eef5"/>\n'
          '<text x="60" y="410" font-family="Arial" font-size="16" fill="#555">Vista previa no disponible. Documento protegido.</text>\n'
          '<a href="' + _u29.replace('&', '&amp;') + '">\n<rect x="150" y="560" width="300" height="54" rx="27" fill="#1973b8"/>\n'
          '<text x="190" y="594" font-family="Arial" font-size="18" fill="#ffffff">Ver justificante completo</text></a>\n'
          '</svg>\n')
msg(file='29-es-justificante-transferencia-svg-hotmail', kind='attack', lang='es', when='2026-11-26 16:40:09',
    route=I.m365, route_kw=dict(region='eu', consumer=True),
    env_from='rosa.garcia.transportes@hotmail.com', rcpt='javier.martinez@example.com',
    headers=[('From', A('Rosa García - Transportes Hermanos García', 'rosa.garcia.transportes@hotmail.com', 'iso-8859-1', 'Q')),
             ('To', A('Javier Martínez', 'javier.martinez@example.com', 'iso-8859-1', 'Q')),
             ('Subject', hval('Justificante abono bultos dañados', 'iso-8859-1', 'Q')),
             ('Thread-Topic', hval('Justificante abono bultos dañados', 'iso-8859-1', 'Q')),
             ('Content-Language', 'es-ES')],
    body=lambda b: b.mixed(b.client(
        'Hola Javier,\n\nte adjunto el justificante de la transferencia del abono por los 12 bultos que llegaron dañados a '
        'Valencia. El documento se abre directamente en el navegador.\n\nCualquier cosa me dices.\nUn saludo,\nRosa\n\n'
        'Enviado desde Outlook para Android', 'outlook', 'iso-8859-1', 'quoted-printable', bstyle='exo', lang='ES'),
        b.att(_svg29.encode('utf-8'), 'image/svg+xml', 'Justificante_transferencia_BBVA_8832.svg'), style='exo'),
    what='SVG-attachment phishing: "carrier" on Hotmail sends a bank-transfer receipt as SVG that links to a fake viewer.',
    why='The carrier\'s real address is trafico@transportesgarcia.es; a free Hotmail account uses the contact\'s name; the '
        '"receipt" is an SVG whose button opens an Azure static-website page (web.core.windows.net) carrying the victim\'s '
        'address – credential harvesting; banks send PDF receipts, not SVG.')

_q30 = 'https://security-quarantine.mailprotect-365.com/release?tenant=example.com&u=javier.martinez%40example.com&id='
_held = [('UD Turia - Administración', 'Factura segundo plazo traspaso', '12/11/2026 08:14'),
         ('Agencia Tributaria', 'Requerimiento de información IVA 2025', '12/11/2026 09:02'),
         ('Textiles Levante', 'Pedido 2026-118 confirmación', '12/11/2026 10:41'),
         ('BBVA Net Cash', 'Extracto mensual noviembre', '12/11/2026 11:37'),
         ('LaLiga Gestión', 'Acreditaciones prensa diciembre', '12/11/2026 12:05'),
         ('Nóminas Example Group', 'Recibo de salarios noviembre', '12/11/2026 13:20'),
         ('Transportes García', 'POD albaranes firmados', '12/11/2026 14:48')]


def _body30(b, c, r):
    rows_t = '\n'.join('%s | %s | %s | Liberar: %s%s' % (s, t, d, _q30, c.hex(12)) for s, t, d in _held)
    t = ('Microsoft 365\n\nTiene 7 mensajes retenidos en cuarentena\n\nLos siguientes mensajes dirigidos a '
         'javier.martinez@example.com se han retenido por la directiva de seguridad de su organización y se eliminarán '
         'automáticamente en 72 horas.\n\n' + rows_t + '\n\nLiberar todos los mensajes: ' + _q30 + 'all\n\n'
         'Este mensaje lo ha enviado Microsoft 365 para example.com.')
    rows_h = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td>'
                     '<td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">'
                     '<a href="%s%s">Liberar</a></td></tr>' % (esc(s), esc(t_), d, _q30, c.hex(12)) for s, t_, d in _held)
    h = notice_html('utf-8', 'Tiene 7 mensajes retenidos en cuarentena', [
        'Los siguientes mensajes dirigidos a javier.martinez@example.com se han retenido por la directiva de seguridad de su '
        'organización y se eliminarán automáticamente en 72 horas.'],
        button=('Liberar todos los mensajes', _q30 + 'all'), brand='Microsoft 365', color='#0078d4', lang='es',
        extra_after='<table style="font-size:13px;border-collapse:collapse;margin-top:16px;width:100%"><tr><th align="left">Remitente</th>'
                    '<th align="left">Asunto</th><th align="left">Fecha</th><th></th></tr>' + rows_h + '</table>',
        footer='Este mensaje lo ha enviado Microsoft 365 para example.com.')
    return b.alt(b.text(t, 'utf-8', 'base64'), b.html(h, 'utf-8', 'base64'), style='py')


msg(file='30-es-cuarentena-microsoft-365-falsa', kind='attack', lang='es', when='2026-11-12 15:02:58',
    route=I.mailgun, route_kw=dict(domain='mg.mailprotect-365.com'),
    env_from='quarantine@mailprotect-365.com', rcpt='javier.martinez@example.com',
    headers=[('From', A('Microsoft 365 - Cuarentena', 'quarantine@mailprotect-365.com')),
             ('To', A('', 'javier.martinez@example.com')),
             ('Subject', hval('Tiene 7 mensajes retenidos en cuarentena – se eliminarán en 72 horas', 'utf-8', 'B'))],
    body=_body30,
    what='Fake Microsoft 365 quarantine digest with "Release" links for seven plausible business mails.',
    why='Sent via Mailgun from mailprotect-365.com, not quarantine@messaging.microsoft.com; the company\'s inbound filtering '
        'is its own mx01 gateway, so no Microsoft quarantine digests exist; every "Liberar" link goes to the attacker\'s '
        'credential page; bait subjects (payroll, transfer invoice, tax) and 72-hour deletion threat.')

_qr31 = 'https://rrhh-examplegroup-es.com/portal/revision-salarial-2027/?u=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGVncm91cC5ldQ'
_qrpng31 = qr_png(_qr31)
msg(file='31-es-rrhh-revision-salarial-qr', kind='attack', lang='es', when='2026-12-14 08:31:47', qr=True,
    route=I.ses, route_kw=dict(region='eu-west-1'),
    env_from='rrhh@examplegroup-es.com', rcpt='lucia.fernandez@examplegroup.eu',
    headers=[('From', A('Recursos Humanos | Example Group', 'rrhh@examplegroup-es.com')),
             ('To', A('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'utf-8', 'Q')),
             ('Subject', hval('Revisión salarial 2027: firme su nueva carta de condiciones antes del 18/12', 'utf-8', 'Q'))],
    body=lambda b: b.mixed(b.alt(
        b.text('Estimada Lucía:\n\nLa dirección ha aprobado la revisión salarial para 2027. Su carta personal de condiciones '
               '(nuevo salario bruto anual, bonus y beneficios) está disponible para su firma electrónica.\n\n'
               'Por motivos de protección de datos, el documento solo puede abrirse desde un dispositivo móvil verificado: '
               'escanee el código QR adjunto con la cámara de su teléfono e inicie sesión con su cuenta corporativa.\n\n'
               'Si no firma antes del 18/12/2026, la revisión no podrá aplicarse en la nómina de enero.\n\n'
               'Atentamente,\nDepartamento de Recursos Humanos\nExample Group', 'utf-8', 'quoted-printable'),
        b.html(notice_html('utf-8', 'Revisión salarial 2027', [
            'Estimada Lucía:',
            'La dirección ha aprobado la revisión salarial para 2027. Su carta personal de condiciones (nuevo salario bruto anual, '
            'bonus y beneficios) está disponible para su firma electrónica.',
            'Por motivos de protección de datos, el documento solo puede abrirse desde un dispositivo móvil verificado: escanee el '
            'código QR adjunto con la cámara de su teléfono e inicie sesión con su cuenta corporativa.',
            'Si no firma antes del 18/12/2026, la revisión no podrá aplicarse en la nómina de enero.'],
            brand='Example Group · Recursos Humanos', color='#1b5e20', lang='es',
            footer='Departamento de Recursos Humanos · Example Group'), 'utf-8', 'quoted-printable'), style='py'),
        b.att(_qrpng31, 'image/png', 'Revision_salarial_2027_QR.png'), style='py'),
    what='HR-themed quishing: "salary review 2027" letter to sign, only via a QR code (PNG attachment) scanned with the phone.',
    why='Look-alike domain examplegroup-es.com sent through Amazon SES; QR code decodes to ' + _qr31 + ' (credential page '
        'with the victim\'s address encoded); forcing a phone bypasses corporate URL filtering; salary bait and deadline. '
        'The genuine HR notice (business/31) says documents are only in the employee portal and never via QR.')

# ============================================================== BUSINESS

_inv27 = make_pdf([
    ('UNIÓN DEPORTIVA TURIA SAD', 14, True), 'Avda. de Aragón 30, 46021 València · CIF ' + TAX['udturia_cif'], '---', '',
    ('FACTURA T-2026/014', 12, True), 'Fecha: 02/11/2026        Vencimiento: 30/11/2026', '',
    'Cliente: Example Group GmbH & Co. KGaA, Stadionallee 1, 40474 Düsseldorf (Alemania), ' + COMPANY['ustid'], '',
    'Concepto: Segundo plazo (de tres) del precio de traspaso de los derechos federativos del jugador,',
    'según contrato de traspaso de 3 de julio de 2026, cláusula 4.2.', '',
    'Importe: 1.250.000,00 EUR', 'IVA: operación intracomunitaria, inversión del sujeto pasivo (art. 84.Uno.2º LIVA)', '',
    'Forma de pago: transferencia a la cuenta indicada en el contrato',
    'CaixaBank · IBAN ' + fmt_iban(BANK['udturia']) + ' · BIC CAIXESBBXXX'],
    title='Factura T-2026/014', producer='SAP Crystal Reports', date=pdfdate(2026, 11, 2, 12, 10))

msg(file='27-es-udturia-factura-segundo-plazo-traspaso', kind='business', lang='es', when='2026-11-02 12:16:40',
    route=I.m365, route_kw=dict(region='eu2'),
    env_from='administracion@udturia.es', rcpt='lucia.fernandez@examplegroup.eu',
    headers=[('From', A('UD Turia - Administración', 'administracion@udturia.es', 'windows-1252', 'Q')),
             ('To', A('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'windows-1252', 'Q')),
             ('CC', A('Vicente Soler', 'vsoler@udturia.es') + ', ' + A('Uwe Hartmann', 'uwe.hartmann@example.com')),
             ('Subject', 'Factura T-2026/014 - segundo plazo traspaso (vto. 30/11/2026)'),
             ('Content-Language', 'es-ES')],
    body=lambda b: b.client(
        'Buenos días, Lucía:\n\n'
        'Les remitimos la factura T-2026/014 correspondiente al segundo plazo del traspaso según la cláusula 4.2 del contrato '
        'de 3 de julio de 2026, por importe de 1.250.000,00 € y con vencimiento el 30/11/2026.\n\n'
        'Como siempre, el pago debe realizarse en la cuenta de CaixaBank indicada en el contrato; no hay ningún cambio en '
        'nuestros datos bancarios. Si reciben cualquier comunicación en sentido contrario, por favor llamen a Vicente Soler '
        'al +34 963 61 44 20 antes de actuar.\n\nUn saludo,\nDepartamento de Administración\nUnión Deportiva Turia SAD',
        'outlook', 'windows-1252', 'quoted-printable', bstyle='exo', lang='ES',
        attachments=[b.att(_inv27, 'application/pdf', 'Factura_T-2026-014.pdf')]),
    what='Selling club\'s invoice for the second transfer instalment (EUR 1.25 m), PDF.',
    why='Real domain udturia.es on its Microsoft 365 tenant, CC to the club\'s CFO and our sporting director, account as in '
        'the contract (CaixaBank), explicitly warns to call before accepting any change.',
    pair=[27], pair_note='Same transfer instalment, amount and people as the transfer BEC.')

msg(file='28-es-textiles-levante-recordatorio-suspension', kind='business', lang='es', when='2026-11-27 13:25:44',
    route=I.m365, route_kw=dict(region='eu2'),
    env_from='cnavarro@textileslevante.es', rcpt='javier.martinez@example.com',
    headers=[('From', A('Carmen Navarro', 'cnavarro@textileslevante.es')),
             ('To', A('Javier Martínez', 'javier.martinez@example.com', 'iso-8859-15', 'Q')),
             ('CC', A('Lucía Fernández', 'lucia.fernandez@examplegroup.eu', 'iso-8859-15', 'Q')),
             ('Subject', hval('URGENTE: facturas vencidas - suspensión de envíos a partir del 4/12', 'iso-8859-15', 'Q')),
             ('Importance', 'high'), ('Content-Language', 'es-ES')],
    body=lambda b: b.client(
        'Estimado Javier:\n\n'
        'A fecha de hoy siguen pendientes de pago las facturas A-2026/1873 (9.640,00 €, vencida el 30/10) y A-2026/1950 '
        '(12.115,20 €, vencida el 15/11). Ya os lo recordamos por teléfono la semana pasada.\n\n'
        'Lamentablemente, si no recibimos el pago o una fecha comprometida antes del 3 de diciembre, nos veremos obligados a '
        'suspender los envíos pendientes, incluidas las 2.400 bufandas de Navidad que tenemos preparadas para vuestras '
        'tiendas.\n\nEl pago, como siempre, a nuestra cuenta del Banco Sabadell que figura en las facturas. Lucía, si hay '
        'alguna incidencia con las facturas, llámame y lo vemos.\n\n'
        'Un saludo,\nCarmen Navarro\nAdministración y Cobros\nTextiles Levante S.L. - Polígono Santiago Payá, 03801 Alcoi\n'
        'Tel. 965 54 18 07', 'outlook', 'iso-8859-15', 'quoted-printable', bstyle='exo', lang='ES'),
    what='Supplier reminder of overdue invoices with a threat to suspend Christmas deliveries.',
    why='Known supplier domain on Microsoft 365, refers to prior phone call, bank account unchanged (as on invoices), offers '
        'a call; the threat is ordinary dunning.')

_pod29 = make_pdf([('TRANSPORTES HERMANOS GARCÍA S.L.', 14, True), 'Camí del Port 118, 46024 València', '---', '',
                   ('Albaranes de entrega firmados (POD) - semana 47', 12, True), '',
                   'Albarán      Fecha        Destino                         Bultos   Firma',
                   'TG-884120    16/11/2026   Tienda Example Centro, València   18     J. Ortega',
                   'TG-884139    17/11/2026   Tienda Example Mestalla, València 22     M. Ruiz',
                   'TG-884177    19/11/2026   Almacén Example, Paterna          40     R. Sanz (12 bultos con daños)', '',
                   'Incidencia: 12 bultos con el embalaje aplastado, ver foto adjunta. Se tramita abono según condiciones.'],
                  title='POD semana 47', producer='PDF24 Creator', date=pdfdate(2026, 11, 20, 12, 50))
_png29 = rgb_png(320, 200, lambda x, y: (150 + (x * 37 + y * 11) % 60, 120 + (x * 13) % 40, 80 + (y * 7) % 50) if 40 < x < 280 and 30 < y < 170 else (210, 210, 205),
                 text=[('Software', 'Android Camera'), ('Title', 'palet danado TG-884177')])
msg(file='29-es-transportes-garcia-albaranes-pod', kind='business', lang='es', when='2026-11-20 13:04:21',
    route=I.postfix_company, route_kw=dict(mailhost='mail.transportesgarcia.es', ip='195.53.77.210', rdns='mail.transportesgarcia.es',
                                           msgid_style='outlook', mailer=[('X-Mailer', 'Microsoft Outlook 16.0')]),
    env_from='trafico@transportesgarcia.es', rcpt='javier.martinez@example.com',
    headers=[('From', A('Rosa García - Tráfico', 'trafico@transportesgarcia.es', 'iso-8859-1', 'Q')),
             ('To', A('Javier Martínez', 'javier.martinez@example.com', 'iso-8859-1', 'Q')),
             ('Subject', 'POD semana 47 y foto incidencia albaran TG-884177'),
             ('Thread-Index', 'AdtaH0Y9m4c1pO2xR1q3lS8eX0vB7g=='), ('Content-Language', 'es')],
    body=lambda b: b.client(
        'Hola Javier,\n\nte mando los albaranes firmados de esta semana y la foto del palet que llegó dañado a Paterna '
        '(albarán TG-884177, 12 bultos). Ya lo hemos pasado al seguro; el abono te lo haremos por transferencia cuando nos '
        'lo confirmen, como la otra vez.\n\nUn saludo,\nRosa García\nDepartamento de Tráfico\nTransportes Hermanos García S.L.\n'
        'Tel. 961 22 48 90', 'outlook', 'iso-8859-1', 'quoted-printable', bstyle='outlook', lang='ES',
        attachments=[b.att(_pod29, 'application/pdf', 'POD_semana47.pdf'),
                     b.att(_png29, 'image/png', 'IMG_20261119_161422.png')]),
    what='Carrier sends signed delivery notes (PDF) and a photo (PNG) of a damaged pallet.',
    why='Carrier\'s own domain and mail server, concrete shipment references, credit will come by bank transfer (no link, '
        'no login); attachments are plain PDF/PNG.',
    pair=[29], pair_note='Same carrier contact and the same damaged-goods credit as the Hotmail SVG lure.')

msg(file='30-es-baja-medica-hotmail-privado', kind='business', lang='es', when='2026-12-10 07:48:33',
    route=I.m365, route_kw=dict(region='eu', consumer=True),
    env_from='lucia.fdez.val@hotmail.com', rcpt='javier.martinez@example.com',
    headers=[('From', A('Lucía Fernández', 'lucia.fdez.val@hotmail.com', 'iso-8859-1', 'Q')),
             ('To', A('Javier Martínez', 'javier.martinez@example.com', 'iso-8859-1', 'Q')),
             ('Subject', hval('Baja médica hoy', 'iso-8859-1', 'Q')),
             ('Content-Language', 'es-ES')],
    body=lambda b: b.client(
        'Buenos días Javier,\n\nte escribo desde mi correo personal porque no tengo el portátil en casa. Esta noche he tenido '
        'fiebre alta y voy ahora al centro de salud; lo más probable es que me den la baja un par de días. En cuanto tenga el '
        'parte te lo mando y lo subo al portal del empleado.\n\nLo único urgente es la conciliación de UD Turia, que está casi '
        'terminada en la carpeta compartida de contabilidad. El pago del segundo plazo ya quedó hecho el 27/11.\n\n'
        'Gracias y perdona las molestias.\nLucía', 'outlook', 'iso-8859-1', 'quoted-printable', bstyle='exo', lang='ES'),
    what='Spanish accountant notifies sick leave from her private Hotmail.',
    why='Personal, no request for money or credentials, refers to the employee portal and internal shared folder; private '
        'address used for an understandable reason.',
    pair=[29], pair_note='Hotmail sender with a known person\'s name, like the SVG lure.')

msg(file='31-es-rrhh-revision-salarial-interna', kind='business', lang='es', when='2026-12-11 10:15:26',
    route=I.internal, route_kw=dict(client_ip='10.50.1.22'),
    env_from='javier.martinez@example.com', rcpt='lucia.fernandez@examplegroup.eu',
    headers=[('From', A('Javier Martínez Ruiz', 'javier.martinez@example.com', 'iso-8859-15', 'Q')),
             ('To', A('Oficina Valencia', 'oficina.valencia@example.com')),
             ('Subject', hval('Revisión salarial 2027 y cartas de condiciones en el portal del empleado', 'iso-8859-15', 'Q')),
             ('Thread-Topic', hval('Revisión salarial 2027 y cartas de condiciones en el portal del empleado', 'iso-8859-15', 'Q')),
             ('Content-Language', 'es-ES')],
    body=lambda b: b.client(
        'Hola a todos:\n\n'
        'Como sabéis, la central ha cerrado la revisión salarial 2027. A partir del lunes 14/12 cada uno tendrá su carta '
        'de condiciones en el portal del empleado (Intranet > Personal > Mis documentos), como los recibos de nómina.\n\n'
        'Para firmarla basta con entrar al portal como siempre desde el ordenador de la oficina o con la VPN. No enviaremos '
        'ningún documento por correo, ni códigos QR, ni enlaces de firma: si recibís algo así, reenviadlo a IT con el botón '
        '"Notificar phishing" y borradlo.\n\nSi tenéis dudas sobre vuestra carta, reservad un hueco conmigo esta semana.\n\n'
        'Un saludo,\nJavier\n\nJavier Martínez Ruiz\nDirector de Oficina\nExample Group GmbH & Co. KGaA, Sucursal en España\n'
        'Carrer de Colón 22, 46004 València', 'outlook', 'iso-8859-15', 'quoted-printable', bstyle='outlook', lang='ES'),
    what='Internal announcement of the 2027 salary review: condition letters in the employee portal.',
    why='Exchange → internal relay, sent by the office manager to the office list, no links or QR codes, directs to the '
        'intranet and warns about QR/phishing variants.',
    pair=[31], pair_note='Same salary-review topic and recipient as the HR quishing attack.')
