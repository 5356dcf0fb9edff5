"""Spanish messages (Barcelona office, Spanish partners): 5 attacks, 5 genuine."""
from kit import *   # noqa: F401,F403

MULE_ES = ids.iban_es('2100', '0812', '0201463872')        # attacker mule (CaixaBank)
EG_ES = ids.iban_es('0081', '0211', '0006173490')          # Example Group Ediciones, Banco Sabadell
IMPRENTA = ids.iban_es('0182', '6035', '0201598347')       # Gráficas Montseny, BBVA
LEVANTE_CIF = ids.es_cif('B', '4685123')
EG_ES_CIF = ids.es_cif('B', '6592471')
MONTSENY_CIF = ids.es_cif('A', '0831746')
QR_URL = 'https://portal-empleado.examplegroup-nominas.es/firma/?c=ES-NOM-2612&u=bHVjaWEuZmVybmFuZGV6'


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 27 AEAT / DEHú notification phishing from a DigitalOcean VPS
    inf = I.VPS(helo='mail.aeat-notificaciones.com', rdns='unknown', ip='164.92.143.27',
                pc='localhost', client_ip='127.0.0.1', mimic='none', zone='ES')
    link = 'https://sede.aeat-notificaciones.com/Sede/notificaciones/acceso?ref=2026GRC43187Q'
    plain = D('''
        AGENCIA TRIBUTARIA
        Aviso de puesta a disposición de notificación electrónica

        Estimado/a contribuyente:

        Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) para el titular EXAMPLE GROUP EDICIONES S.L. (NIF %s).

        Órgano emisor: Dependencia Regional de Gestión Tributaria – Cataluña
        Procedimiento: Requerimiento de información – Modelo 347 (ejercicio 2025)
        Referencia: 2026GRC43187Q

        Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

        Acceso con Cl@ve o certificado electrónico: %s

        Este es un mensaje automático. Por favor, no responda a este correo.
        ''' % (EG_ES_CIF, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><div style="max-width:640px;margin:auto;border:1px solid #ccc">'
            '<div style="background:#7a0f13;color:#fff;padding:14px 20px;font-size:18px">Agencia Tributaria</div><div style="padding:20px">'
            + ''.join('<p>%s</p>' % esc(p, 'iso-8859-1').replace('\n', '<br>') for p in plain.split('\n\n')[1:5]) +
            '<p><a href="%s" style="background:#7a0f13;color:#fff;padding:9px 22px;text-decoration:none">Acceder a la notificaci&oacute;n</a></p>'
            '<p style="font-size:11px;color:#777">Este es un mensaje autom&aacute;tico. Por favor, no responda a este correo.</p></div></div></body></html>\n' % link)
    add('attack', 'es', 'aeat-notificacion-dehu', inf, T('2026-11-05 09:11:26', 'ES'),
        ('Agencia Tributaria', 'avisos@aeat-notificaciones.com'), [S('javier.martin')],
        'Aviso de notificación electrónica – Requerimiento Modelo 347 – Ref. 2026GRC43187Q',
        alt(text(plain, 'iso-8859-1', 'quoted-printable'), text(html, 'iso-8859-1', 'quoted-printable', 'html')),
        hcs='iso-8859-1',
        what='"Agencia Tributaria" notice that a DEHú notification (information request on Modelo 347) awaits, with a Cl@ve login link',
        why='Look-alike domain aeat-notificaciones.com on a DigitalOcean VPS without rDNS (real: agenciatributaria.gob.es / dehu.redsara.es); link to a fake "sede" to harvest Cl@ve / certificate login; legal deadline threat',
        check={'technique': 'Tax-authority notification phishing (AEAT/DEHú), look-alike domain on VPS'})

    # 28 CEO fraud to the Barcelona office manager from Gmail
    inf = I.Gmail(host=('mail-pj1-f53.google.com', '209.85.216.53'), date_zone='ES')
    body = D('''
        Hola Lucía,

        ¿estás en la oficina? Necesito que me ayudes hoy con un pago urgente y confidencial.

        Hemos cerrado con una agente literaria de Madrid los derechos de una saga juvenil que todavía no podemos anunciar (hay otras editoriales pujando). El anticipo al autor tiene que salir hoy desde la cuenta de Barcelona para que el contrato sea válido con fecha de este mes:

        Beneficiario: Agencia Literaria Vidal & Soler
        IBAN: %s
        Importe: 48.500,00 €
        Concepto: Anticipo derechos – contrato VS-2026-118

        Javier ya lo sabe, pero no lo comentes con nadie más hasta la presentación en enero. Estoy en reuniones con el banco toda la tarde, así que escríbeme solo por aquí. Mándame el justificante en cuanto esté hecho.

        Gracias,
        Katharina

        Enviado desde mi iPhone
        ''' % bnk(MULE_ES))
    add('attack', 'es', 'ceo-pago-urgente-confidencial', inf, T('2026-12-10 13:05:44', 'ES'),
        ('Katharina Vogt', 'katharina.vogt.examplegroup@gmail.com'), [S('lucia.fernandez')],
        'Pago urgente – confidencial',
        alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'gmail', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')),
        what='"Katharina Vogt" asks the Barcelona office manager for a confidential same-day transfer of 48,500 EUR as an author advance',
        why='CEO fraud from a Gmail address carrying the CEO\'s name; secrecy, urgency, "only write here", claims the accountant knows; payee IBAN is a mule account not in vendor master data; bypasses approval',
        check={'technique': 'BEC / CEO fraud from free mail (Gmail) with direct payment request', 'ibans': [MULE_ES]})

    # 29 Payroll quishing (QR code) from look-alike HR domain
    inf = I.VPS(helo='mail.examplegroup-nominas.es', rdns='srv713092.hstgr.cloud', ip='147.93.62.208',
                pc='localhost', client_ip='127.0.0.1', mimic='none', zone='ES')
    plain = D('''
        Recursos Humanos – Example Group

        Estimada Lucía:

        Con motivo del abono de la paga extraordinaria de Navidad junto con la nómina de diciembre, todo el personal debe confirmar sus datos bancarios y firmar el nuevo anexo de registro horario antes del 15/12/2026.

        Escanee el código QR adjunto con la cámara de su móvil para acceder al portal del empleado y completar la firma. El proceso dura menos de dos minutos.

        Si no completa el trámite en plazo, la paga extra se abonará en la nómina de enero.

        Departamento de Recursos Humanos
        ''')
    html = D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
        <p style="font-size:13px;color:#666">Recursos Humanos &ndash; Example Group</p>
        <p>Estimada Luc&iacute;a:</p>
        <p>Con motivo del abono de la <b>paga extraordinaria de Navidad</b> junto con la n&oacute;mina de diciembre, todo el personal debe confirmar sus datos bancarios y firmar el nuevo anexo de registro horario antes del <b>15/12/2026</b>.</p>
        <p>Escanee este c&oacute;digo con la c&aacute;mara de su m&oacute;vil:</p>
        <p><img src="cid:nomina-qr-2612" width="200" height="200" alt="C&oacute;digo QR"></p>
        <p>Si no completa el tr&aacute;mite en plazo, la paga extra se abonar&aacute; en la n&oacute;mina de enero.</p>
        <p>Departamento de Recursos Humanos</p>
        </body></html>
        ''')
    add('attack', 'es', 'nomina-paga-extra-qr', inf, T('2026-12-07 08:30:12', 'ES'),
        ('Recursos Humanos', 'rrhh@examplegroup-nominas.es'), [S('lucia.fernandez')],
        'Paga extra de Navidad: confirmación de datos bancarios antes del 15/12',
        related(alt(text(plain, 'windows-1252', 'quoted-printable'), text(html, 'windows-1252', 'quoted-printable', 'html')),
                png_att('codigo_qr_nomina.png', qr_png(QR_URL, 'Q'), cid='nomina-qr-2612', inline=True, style='tb')),
        hcs='windows-1252',
        what='"HR" asks to confirm bank details for the Christmas bonus and sign an annex by scanning an inline QR code',
        why='Quishing: QR decodes to ' + QR_URL + ' (look-alike examplegroup-nominas.es on a Hostinger VPS); payroll/bonus pretext to steal credentials and bank data; the real HR notice (business/29) says payslips are only on the internal portal and never via QR',
        check={'technique': 'Quishing (inline PNG QR, ECC Q), payroll/bonus pretext, look-alike HR domain', 'qr': QR_URL})

    # 30 Copyright-infringement lure with password-protected archive (Gmail)
    inf = I.Gmail(host=('mail-qk1-f169.google.com', '209.85.222.169'), date_zone='ES')
    body = D('''
        Buenos días,

        Me llamo Marta Ibarra y soy fotógrafa profesional. He comprobado que varias de mis fotografías se están utilizando sin licencia ni atribución en la cubierta de uno de sus títulos de la colección juvenil y en la ficha del libro de su web y de su tienda de Barcelona.

        Les adjunto las pruebas (capturas con las URL y las fechas, y los originales con sus metadatos). Por su tamaño, el archivo está comprimido y protegido; la contraseña es: MI2026

        Les ruego que revisen el material y me contesten en un plazo de 48 horas. En caso contrario, me veré obligada a presentar una reclamación formal y a iniciar acciones legales por infracción de la Ley de Propiedad Intelectual.

        Atentamente,
        Marta Ibarra
        Fotografía editorial
        ''')
    z = zip_att('Pruebas_uso_no_autorizado_fotografias.zip', [
        ('Pruebas_uso_no_autorizado_fotografias.pdf.js', b'placeholder: inert stand-in for a JScript downloader\n', ZT(2026, 11, 18, 23, 40, 0)),
        ('Capturas/URL_y_fechas.txt.lnk', b'placeholder: inert stand-in for a Windows shortcut\n', ZT(2026, 11, 18, 23, 40, 8))],
        password='MI2026', style='gmail')
    add('attack', 'es', 'reclamacion-derechos-autor-zip-cifrado', inf, T('2026-11-19 10:26:03', 'ES'),
        ('Marta Ibarra', 'marta.ibarra.fotografia@gmail.com'), [('Example Group Barcelona', 'info@example.com')],
        'Aviso de infracción de derechos de autor – uso no autorizado de mis fotografías',
        mixed(alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'gmail', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')), z),
        rcpt='info@example.com', cc=[S('lucia.fernandez')],
        what='Photographer claims unlicensed use of her photos on a cover and demands an answer in 48 hours; "evidence" in a password-protected ZIP',
        why='Copyright-infringement lure (used by Rhadamanthys/Lumma campaigns against publishers and media): free-mail sender, vague title, legal threat with short deadline, ZipCrypto archive with password in the body to blind scanners, contains a .pdf.js script and a .lnk',
        check={'technique': 'Copyright-claim lure, password-protected ZIP (ZipCrypto) with .pdf.js and .lnk, free mail', 'zip_pw': 'MI2026'})

    # 31 Bank "transfer receipt" HTML attachment via Mailgun
    inf = I.Mailgun(helo='m42-217.mailgun.net', rdns='m42-217.mailgun.net', ip='69.72.42.217', mgdom='mg.caixabank-empresas.net')
    body = D('''
        Estimado cliente:

        Le informamos de que se ha recibido en su cuenta una transferencia SEPA inmediata por importe de 12.480,00 EUR, ordenada por DISTRIBUCIONES EDITORIALES LEVANTE SL.

        Por motivos de seguridad, el justificante adjunto solo puede visualizarse tras verificar su identidad con sus credenciales de CaixaBank Now Empresas.

        Atentamente,
        CaixaBank, S.A.
        ''')
    page = D('''
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>CaixaBank Now - Justificante</title>
        <style>body{margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif}
        .h{background:#007eae;color:#fff;padding:16px 28px;font-size:20px;font-weight:bold}
        .b{max-width:420px;margin:50px auto;background:#fff;padding:30px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
        input{width:100%;box-sizing:border-box;padding:10px;margin:8px 0 16px 0;border:1px solid #bbb;border-radius:4px}
        button{width:100%;background:#007eae;color:#fff;border:0;padding:12px;font-size:15px;border-radius:4px}</style></head>
        <body><div class="h">CaixaBank Now Empresas</div><div class="b">
        <p><b>Justificante de transferencia recibida</b><br>Importe: 12.480,00 EUR</p>
        <p style="font-size:13px;color:#555">Para visualizar el justificante, identif&iacute;quese:</p>
        <form method="post" action="https://caixabank-empresas.net/now/verificar.php">
        <label>Identificaci&oacute;n / usuario</label><input name="usuario" autocomplete="off">
        <label>Contrase&ntilde;a</label><input name="clave" type="password">
        <label>C&oacute;digo de firma</label><input name="firma" type="password">
        <button type="submit">Entrar</button></form></div></body></html>
        ''')
    add('attack', 'es', 'caixabank-justificante-html', inf, T('2026-12-04 12:44:50', 'ES'),
        ('CaixaBank', 'notificaciones@caixabank-empresas.net'), [S('javier.martin')],
        'Justificante de transferencia recibida – 12.480,00 EUR',
        mixed(text(body, 'utf-8', 'quoted-printable'), html_att('Justificante_Transferencia_20261204.html', page, style='tb')),
        what='"CaixaBank" says a 12,480 EUR transfer from the distributor arrived; the HTML receipt asks for CaixaBank Now user, password and signature code',
        why='Bank brand on look-alike caixabank-empresas.net via Mailgun (Example Group Spain banks with Sabadell anyway); HTML attachment with a local form posting online-banking credentials and signing code to the attacker - HTML-attachment banking phishing',
        check={'technique': 'HTML attachment banking phishing (credential + signing code form), look-alike bank domain via Mailgun'})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 27 Tax advisor about a real DEHú notification (Google Workspace)
    inf = I.Gmail(host=('mail-wr1-f54.google.com', '209.85.221.54'), date_zone='ES')
    body = D('''
        Hola Javier,

        Os informo de que, como apoderados de Example Group Ediciones S.L., hemos recibido hoy en la DEHú un requerimiento de la AEAT relativo al modelo 347 del ejercicio 2025. Lo hemos descargado ya, así que no hace falta que accedáis vosotros; os adjunto el PDF.

        Piden el detalle de las operaciones con dos proveedores (Gráficas Montseny y Distribuciones Editoriales Levante) porque sus importes no cuadran con lo que han declarado ellos. El plazo es de 10 días hábiles desde hoy, es decir, hasta el 20 de noviembre.

        ¿Podrías enviarme los mayores de ambos proveedores de 2025 antes del lunes? Con eso preparamos la contestación y te la paso para revisión antes de presentarla.

        Un saludo,
        Montse

        Montse Puig i Ribas
        Gestoría Ribas & Puig – Assessors fiscals
        C/ del Consell de Cent 412, 3r 1a – 08009 Barcelona
        Tel. 93 265 71 40
        ''')
    req = pdf_att('Requerimiento_AEAT_347_2025_resumen.pdf', [
        ('Gestoría Ribas & Puig - Resumen de notificación', 13, True), '',
        'Titular: EXAMPLE GROUP EDICIONES S.L. - NIF ' + EG_ES_CIF,
        'Órgano: AEAT - Dependencia Regional de Gestión Tributaria de Cataluña',
        'Procedimiento: Requerimiento de información - Modelo 347, ejercicio 2025',
        'Fecha de puesta a disposición: 05/11/2026   Fecha de acceso: 06/11/2026 (apoderado)',
        'Plazo de contestación: 10 días hábiles (hasta 20/11/2026)', '',
        'Documentación solicitada:', '  - Detalle de operaciones con ' + MONTSENY_CIF + ' (Gráficas Montseny S.A.)',
        '  - Detalle de operaciones con ' + LEVANTE_CIF + ' (Distribuciones Editoriales Levante S.L.)', '',
        'Contestación: la presentará la gestoría por registro electrónico.'],
        title='Resumen requerimiento 347', author='Montse Puig', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        created="D:20261106093000+01'00'", style='gmail')
    add('business', 'es', 'gestoria-requerimiento-dehu', inf, T('2026-11-06 09:41:17', 'ES'),
        ('Montse Puig', 'm.puig@gestoriaribaspuig.es'), [S('javier.martin')],
        'Requerimiento AEAT modelo 347 (2025) – recibido en DEHú',
        mixed(alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'gmail', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')), req),
        what='Tax advisor (on Google Workspace) reports a real AEAT information request picked up in DEHú and asks the accountant for ledgers',
        why='Known advisor\'s own domain on Google Workspace; she has already accessed the notification as authorised representative and explicitly says no login is needed; asks for internal data to prepare the answer',
        pair=('aeat-notificacion-dehu', 'Same AEAT/DEHú Modelo 347 topic one day later - genuine advisor, no login link'))

    # 28 Office manager's genuine urgent payment request (internal relay)
    inf = I.ExchangeInternal(client_ip='10.20.60.22', content_language='es-ES')
    body = D('''
        Hola Javier,

        Gráficas Montseny nos ha pedido si podemos adelantar el pago de la factura FM-2026/2214 (reimpresión de «El jardín de invierno», 21.780,00 € IVA incluido) antes del cierre de Navidad, porque cierran la fábrica del 23/12 al 07/01.

        La factura ya está aprobada en SAP por Jürgen (en copia) y el proveedor está dado de alta con su cuenta de siempre del BBVA, sin cambios. ¿Puedes incluirla en la remesa de mañana en lugar de la del 30? Si necesitas mi firma en banca electrónica, estoy en la oficina toda la mañana.

        Gracias,
        Lucía

        Lucía Fernández
        Office Manager | Example Group Ediciones S.L.
        Carrer de Provença 281 – 08037 Barcelona
        Tel. +34 93 488 21 60
        ''')
    add('business', 'es', 'pago-urgente-imprenta-navidad', inf, T('2026-12-15 09:12:38', 'ES'),
        ('Lucía Fernández', 'lucia.fernandez@example.com'), [S('javier.martin')],
        'Adelantar pago Gráficas Montseny antes de Navidad',
        alt(text(body, 'windows-1252', 'quoted-printable'), text(html_of(body, 'outlook', 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable', 'html')),
        cc=[S('juergen.hoffmann')], hcs='windows-1252',
        what='Barcelona office manager asks the accountant to pay an approved printer invoice earlier because of the factory\'s Christmas closure',
        why='Internal Exchange route; known supplier, invoice already approved in SAP by the CFO (in copy), bank details unchanged from vendor master, normal payment batch and dual signature',
        pair=('ceo-pago-urgente-confidencial', 'Urgent payment request to the same office - internal route, approved invoice, CFO in copy, no secrecy'))

    # 29 HR notice on December payslips and bonus (internal)
    inf = I.ExchangeInternal(client_ip='10.20.60.22', content_language='es-ES')
    body = D('''
        Hola a todos:

        Os recordamos que la nómina de diciembre incluirá la paga extraordinaria de Navidad y se abonará el 23/12/2026 en la cuenta que tenéis registrada.

        Los recibos de salario estarán disponibles, como siempre, en el Portal del Empleado de la intranet (Intranet > RR. HH. > Mis nóminas) a partir del 22/12. No tenéis que confirmar ningún dato para cobrar la paga extra.

        Importante: RR. HH. nunca os pedirá datos bancarios por correo electrónico, por SMS ni mediante códigos QR. Si queréis cambiar vuestra cuenta, hacedlo en el portal o pasad por mi despacho con un certificado de titularidad.

        Un saludo,
        Lucía
        ''')
    add('business', 'es', 'aviso-nominas-paga-extra', inf, T('2026-12-09 12:30:07', 'ES'),
        ('Lucía Fernández', 'lucia.fernandez@example.com'), [],
        'Nómina de diciembre y paga extra',
        alt(text(body, 'iso-8859-15', 'quoted-printable'), text(html_of(body, 'outlook', 'iso-8859-15', 'ES'), 'iso-8859-15', 'quoted-printable', 'html')),
        to_raw='Oficina Barcelona <oficina-barcelona@example.com>', rcpt='javier.martin@example.com', hcs='iso-8859-15',
        what='Internal notice on December payslips and Christmas bonus, payslips on the intranet portal',
        why='Internal Exchange route to the office list; no link to follow, nothing to confirm, explicitly warns that HR never asks for bank data by mail or QR',
        pair=('nomina-paga-extra-qr', 'Same payroll/bonus topic two days later - internal, nothing to scan or confirm'))

    # 30 Distributor's monthly consignment settlement (M365)
    inf = I.M365(domain='distlevante.es', srv='PAXPR02MB7318', srv2='DB9PR02MB6842', region='eurprd02',
                 ob=('EUR02-VI1-obe.outbound.protection.outlook.com',
                     'mail-vi1eur02on2097.outbound.protection.outlook.com', '40.107.241.97'),
                 content_language='es-ES', client_ip='88.27.190.14')
    body = D('''
        Buenos días:

        Les adjuntamos la liquidación de ventas en depósito correspondiente a noviembre de 2026.

        Ventas netas: 31.240,18 €
        Devoluciones: 2.118,40 €
        Importe a liquidar (IVA incluido): 30.286,65 €

        La transferencia se realizará el 10/12 a la cuenta que consta en nuestro fichero (Banco Sabadell, terminada en 3490).

        Quedamos a su disposición para cualquier aclaración.

        Un saludo cordial,
        Administración
        Distribuciones Editoriales Levante, S.L.
        Polígono Fuente del Jarro, C/ Ciudad de Sevilla 28 – 46988 Paterna (Valencia) – CIF %s
        ''' % LEVANTE_CIF)
    liq = pdf_att('Liquidacion_deposito_2026-11_EG.pdf', [
        ('Distribuciones Editoriales Levante S.L.', 14, True), 'CIF ' + LEVANTE_CIF, '',
        ('Liquidación de ventas en depósito - noviembre 2026', 12, True), 'Editorial: Example Group Ediciones S.L. (NIF ' + EG_ES_CIF + ')', '',
        'ISBN                 Título                       Uds.  Importe',
        ids.isbn13('978-84-19823-04-') + '    El jardín de invierno        612   9.982,44',
        ids.isbn13('978-84-19823-11-') + '    La ciudad de los faros       488   8.745,10',
        ids.isbn13('978-84-19823-17-') + '    Cuaderno de bitácora         701  12.512,64', '',
        'Ventas netas: 31.240,18   Devoluciones: -2.118,40', 'Base: 29.121,78   IVA 4%: 1.164,87',
        ('Importe a liquidar: 30.286,65 EUR', 10, True), 'Pago: transferencia 10/12/2026 a ' + bnk(EG_ES)],
        title='Liquidación noviembre 2026', author='Administración', creator='SAP Business One', producer='Crystal Reports',
        created="D:20261203110000+01'00'")
    add('business', 'es', 'distribuidora-liquidacion-noviembre', inf, T('2026-12-03 11:06:52', 'ES'),
        ('Administración Distribuciones Levante', 'administracion@distlevante.es'), [S('javier.martin')],
        'Liquidación ventas en depósito – noviembre 2026',
        mixed(alt(text(body, 'iso-8859-1', 'quoted-printable'), text(html_of(body, 'outlook', 'iso-8859-1', 'ES'), 'iso-8859-1', 'quoted-printable', 'html')), liq),
        cc=[S('lucia.fernandez')], hcs='iso-8859-1',
        what='Distributor sends the monthly consignment sales settlement with the transfer date',
        why='Distributor\'s own Microsoft 365 tenant, routine monthly settlement as PDF, payment to our account on file; nothing to log in to',
        pair=('caixabank-justificante-html', 'Same distributor and a payment of ours as topic - real sender, PDF, no login'))

    # 31 Google security alert in Spanish
    inf = I.GoogleNotify()
    plain = D('''
        Alerta de seguridad

        Se ha añadido una llave de acceso a tu cuenta
        lucia.fernandez@example.com

        Si no has añadido una llave de acceso, es posible que otra persona esté usando tu cuenta. Revisa y protege tu cuenta ahora.
        Consultar actividad: https://accounts.google.com/AccountChooser?Email=lucia.fernandez@example.com&continue=https://myaccount.google.com/alert/nt/1765120212000?rfn%%3D181%%26rfnc%%3D1%%26eid%%3D4412907731518840125%%26et%%3D0

        También puedes ver la actividad relacionada con la seguridad en https://myaccount.google.com/notifications
        Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
        © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
        ''')
    html = ('<!DOCTYPE html><html lang="es"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head><body style="margin:0">'
            '<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;margin:auto;font-family:Google Sans,Roboto,Arial,sans-serif;text-align:center">'
            '<div style="font-size:24px">Se ha a&ntilde;adido una llave de acceso a tu cuenta</div><div style="font-size:14px;padding-top:8px">lucia.fernandez@example.com</div>'
            '<div style="font-size:14px;padding-top:20px">Si no has a&ntilde;adido una llave de acceso, es posible que otra persona est&eacute; usando tu cuenta. Revisa y protege tu cuenta ahora.</div>'
            '<div style="padding-top:32px"><a href="https://accounts.google.com/AccountChooser?Email=lucia.fernandez@example.com&amp;continue=https://myaccount.google.com/alert/nt/1765120212000?rfn%3D181%26rfnc%3D1%26eid%3D4412907731518840125%26et%3D0" style="background:#4184f3;border-radius:5px;color:#fff;padding:10px 24px;text-decoration:none">Consultar actividad</a></div>'
            '<div style="padding-top:20px;font-size:12px">Tambi&eacute;n puedes ver la actividad relacionada con la seguridad en<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="font-size:11px;color:#5f6368;text-align:center;padding-top:12px">&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></body></html>\n')
    add('business', 'es', 'google-alerta-llave-acceso', inf, T('2026-12-07 16:10:12', 'ES'),
        ('Google', 'no-reply@accounts.google.com'), [S('lucia.fernandez')],
        'Alerta de seguridad',
        alt(text(plain, 'UTF-8', 'base64'), text(html, 'UTF-8', 'quoted-printable', 'html')),
        what='Google account alert (Spanish): a passkey was added to the Barcelona shop\'s Google Business Profile account',
        why='Google\'s notification infrastructure and gaia bounce address, links only to accounts.google.com / myaccount.google.com; the office manager had just set up a passkey',
        pair=('nomina-paga-extra-qr', 'Security-themed notice to the same person the same day - genuine provider and links'))
