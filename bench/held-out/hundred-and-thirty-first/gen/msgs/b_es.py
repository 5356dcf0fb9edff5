# -*- coding: utf-8 -*-
"""business/ 27-31 (Spanish)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 27
@msg('business', '27-es-ghlevante-licitacion-pliego')
def _(m):
    m.when = ('2026-11-16 10:22:37', 'ES')
    m.frm = ('Marta Giménez', 'marta.gimenez@ghlevante.es')
    m.to = [P('lucia.fernandez')]
    m.cc = [P('julia.neumann'), ('Compras GHL', 'compras@ghlevante.es')]
    m.subject = 'Expediente GHL-2026-LAB-07: invitación a presentar oferta (análisis clínicos externalizados 2027-2028)'
    m.system = Google(mode='workspace', domain='ghlevante.es')
    pdf = letter_pdf(m, 'Grupo Hospitalario Levante', ['Dirección de Compras y Contratación · Av. de Aragón 30 · 46021 València',
                                                       'compras@ghlevante.es · Tel. 963 41 27 80'],
                     ['Example Group Diagnóstico S.L.', 'Avinguda de les Corts Valencianes 39', '46015 València'],
                     'València, 16 de noviembre de 2026', 'Pliego de prescripciones técnicas – Expediente GHL-2026-LAB-07',
                     ['Objeto: servicio de análisis clínicos de referencia (bioquímica especial, inmunología, microbiología '
                      'molecular) para los hospitales del grupo en València, Alicante y Castellón, del 1 de febrero de 2027 '
                      'al 31 de enero de 2029, prorrogable por un año.',
                      '**Plazos',
                      'Consultas por escrito a compras@ghlevante.es hasta el 27/11/2026. Presentación de ofertas hasta el '
                      '11/12/2026 a las 14:00 h, en PDF firmado electrónicamente, por correo electrónico a la misma '
                      'dirección. Apertura de ofertas: 15/12/2026.',
                      '**Requisitos',
                      'Acreditación ENAC/ISO 15189 o equivalente europea, transporte de muestras con registro de '
                      'temperatura, integración HL7 con el SIL del grupo, tiempo de respuesta máximo de 48 h para el 95 % '
                      'de las determinaciones.',
                      '**Criterios de adjudicación',
                      'Precio 45 %, calidad técnica 40 %, mejoras 15 %. El anexo de precios (Excel) se facilita a los '
                      'licitadores que confirmen su participación.'],
                     sign=['', 'Marta Giménez', 'Directora de Compras y Contratación'],
                     footer=['Grupo Hospitalario Levante S.A. · CIF %s · Registro Mercantil de Valencia' % U.es_cif('A', '4617382')],
                     producer='Microsoft® Word para Microsoft 365', creator='Microsoft® Word para Microsoft 365',
                     author='Marta Giménez', color=(0.0, 0.42, 0.45))
    text = ('Estimada Lucía:\n\n'
            'Tal como comentamos en la reunión del día 9, os invitamos a presentar oferta en el expediente '
            'GHL-2026-LAB-07 de análisis clínicos externalizados para 2027-2028. Adjunto el pliego de prescripciones '
            'técnicas en PDF.\n\n'
            'Las consultas se pueden enviar hasta el 27 de noviembre y las ofertas hasta el 11 de diciembre a las 14:00, '
            'ambas a compras@ghlevante.es. Si me confirmáis la participación os enviamos el anexo de precios.\n\n'
            'Un saludo,\n')
    sig = 'Marta Giménez\nDirección de Compras y Contratación\nGrupo Hospitalario Levante\nTel. 963 41 27 80'
    html = gmail_html(text, sig_text=sig)
    body = alt(m.rng, text + '\n-- \n' + sig + '\n', html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.root = mixed(m.rng, 'gmail', [body, attachment(pdf, 'application/pdf', 'GHL-2026-LAB-07_Pliego_tecnico.pdf')])
    m.hard_negative_of = (['28-es-ghlevante-cuenta-comprometida-canva', '31-es-pedido-falso-iso'],
                          'Same customer and tender topic: PDF attached directly, expediente number, follows a meeting, '
                          'submissions by e-mail, no external viewer link.')
    m.what = 'Genuine tender invitation from the Spanish hospital group customer, technical specification PDF attached.'
    m.why = ('ghlevante.es Google Workspace (DKIM d=ghlevante.es), follows a meeting, formal expediente and timetable, '
             'document attached instead of a share link.')


# ---------------------------------------------------------------------------------------------- 28
@msg('business', '28-es-dehu-aviso-notificacion-aeat')
def _(m):
    m.when = ('2026-10-05 08:03:19', 'ES')
    m.frm = ('DEHú - Dirección Electrónica Habilitada única', 'no-reply@dehu.redsara.es')
    m.to = [P('javier.moreno')]
    m.subject = 'Aviso: tiene una nueva notificación disponible en DEHú'
    m.system = PostfixRelay(host='smtp-avisos.redsara.es', ip='192.0.2.88', domain='redsara.es', zone='ES', client='app',
                            app_host='dehu-notif02.redsara.es', app_ip='10.4.18.22', dkim_sel='sara2026',
                            dkim_domain='redsara.es')
    text = ('Se ha puesto a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n'
            'Titular: EXAMPLE GROUP DIAGNOSTICO SL (%s)\n'
            'Organismo emisor: Agencia Estatal de Administración Tributaria\n'
            'Concepto: Comunicación de inicio de procedimiento de comprobación limitada – IVA 2T 2026\n'
            'Fecha de puesta a disposición: 05/10/2026\n\n'
            'Dispone de 10 días naturales para acceder a su contenido. Puede acceder identificándose con certificado '
            'electrónico o Cl@ve en la sede de la DEHú o en la Sede electrónica de la Agencia Tributaria.\n\n'
            'Este aviso no tiene efectos jurídicos; la notificación se practica únicamente mediante el acceso a su '
            'contenido. Le recordamos que las Administraciones Públicas nunca le solicitarán sus claves ni le enviarán '
            'documentos adjuntos por correo electrónico.\n\n'
            'Por favor, no responda a este correo.\n') % ENT['ES']['ids'][0][1]
    m.root = text_part(text.replace('\u2013', '-'), 'plain', 'iso-8859-1', 'quoted-printable')
    m.hard_negative_of = (['27-es-aeat-notificacion-zip-enlace'],
                          'Authentic DEHú notice: no link, no attachment, authentication only with certificate/Cl@ve on the '
                          'official site, states that it has no legal effect by itself.')
    m.what = 'Genuine DEHú notice that a tax-agency (AEAT) notification is waiting for the Spanish entity.'
    m.why = ('Sent by the government notification hub (redsara.es relay with DKIM), plain text, no link or attachment, '
             'correct NIF, points to official sites reached by the user.')


# ---------------------------------------------------------------------------------------------- 29
@msg('business', '29-es-interno-fianza-local-urgente')
def _(m):
    m.when = ('2026-10-28 12:51:42', 'ES')
    m.frm = P('lucia.fernandez')
    m.to = [P('javier.moreno')]
    m.cc = [P('claudia.wendt')]
    m.subject = 'Urgente hoy: fianza y primera mensualidad local de extracciones Russafa'
    m.system = internal(lang_accept='es-ES, en-US', lang_content='es-ES', client_ip='10.50.3.14')
    m.hdr_charset = 'iso-8859-1'
    m.hdr_enc = 'Q'
    iban = U.iban_es('2100', '4921', '0201587344')
    m.fact('iban', iban, 'landlord\'s account as per signed lease (CaixaBank)')
    text = ('Hola Javier:\n\n'
            'Como hablamos esta mañana, hoy hay que pagar la fianza (2 mensualidades) y la primera mensualidad del '
            'nuevo punto de extracciones de Russafa, porque la propiedad entrega las llaves el lunes:\n\n'
            'Importe total: 7.260,00 EUR (fianza 4.840,00 + noviembre 2.420,00)\n'
            'Beneficiario: Inmuebles Turia Gestión S.L.\n'
            'IBAN: %s (CaixaBank)\n'
            'Concepto: Fianza y alquiler nov. 2026 – C/ Sueca 41 bajo\n\n'
            'La cuenta es la que figura en la cláusula 5 del contrato firmado el 20/10 (está escaneado en '
            'SharePoint > Inmuebles > Russafa) y además la confirmé ayer por teléfono con la administradora de '
            'fincas, al número del contrato. Claudia ya aprobó el gasto en el flujo de firmas (solicitud 2026-ES-118).\n\n'
            'Sube la transferencia en la banca como siempre con doble firma y guárdame el justificante en la misma '
            'carpeta, por favor.\n\n'
            'Gracias,\nLucía\n\n'
            'Lucía Fernández\nOffice Manager\nExample Group Diagnóstico S.L. | Av. de les Corts Valencianes 39 | 46015 València\n') % fi(iban)
    html = outlook_html(text, lang='ES', charset='windows-1252')
    m.root = alt(m.rng, text, html, 'outlook', charset='windows-1252', cte='quoted-printable', server='EXCH02corpexamplecom')
    m.hdr_charset = 'windows-1252'
    m.hard_negative_of = (['29-es-fraude-ceo-abogado-escrow', '21-it-ceo-riservato-whatsapp'],
                          'Urgent same-day transfer requested by e-mail, but internal, CFO in copy with a workflow approval '
                          'number, account from the signed contract and verified by phone, dual signature.')
    m.what = 'Genuine urgent internal payment request: lease deposit for a new sample-collection point, approved in the workflow.'
    m.why = ('Internal Exchange path; approval reference and contract clause given; beneficiary account verified by phone '
             'with a known number; normal dual-signature banking.')


# ---------------------------------------------------------------------------------------------- 30
@msg('business', '30-es-seur-envio-refrigerado')
def _(m):
    m.when = ('2026-12-01 18:44:06', 'ES')
    m.frm = ('SEUR', 'notificaciones@seur.com')
    m.to = [P('lucia.fernandez')]
    m.subject = 'Tu envío de EXAMPLE GROUP DIAGNOSTICS GMBH llega mañana'
    m.system = SES(domain='seur.com', region='eu-west-1', mail_from='%s@bounce.seur.com' % rhex(m.rng, 20), sel='seurses1')
    track = 'https://www.seur.com/miseur/mis-envios?segOnlineIdentificador=0849117724410&segOnlineIdioma=es'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1b;background:#f4f4f4">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#e30613;color:#fff;padding:14px 22px;font-size:22px;font-weight:bold">SEUR</td></tr>'
            '<tr><td style="padding:22px">'
            '<p>Hola, Lucía:</p><p>Tu envío de <b>EXAMPLE GROUP DIAGNOSTICS GMBH</b> (Heidelberg) llegará mañana, '
            '<b>miércoles 2 de diciembre</b>, entre las 9:00 y las 12:00.</p>'
            '<table cellpadding="4" style="font-size:14px"><tr><td>Nº de envío:</td><td>0849117724410</td></tr>'
            '<tr><td>Servicio:</td><td>SEUR Frío 2-8 °C · 4 bultos</td></tr>'
            '<tr><td>Referencia:</td><td>REAG-VLC-2026-48</td></tr></table>'
            '<p>No tienes que pagar nada. Si no vas a estar, puedes cambiar la entrega desde el seguimiento:</p>'
            '<p><a href="%s" style="background:#e30613;color:#fff;padding:10px 22px;text-decoration:none">Ver mi envío</a></p>'
            '<p style="font-size:11px;color:#777">SEUR S.A. · Calle Gamonal 5 · 28031 Madrid · Este correo se ha '
            'generado automáticamente.</p></td></tr></table></body></html>\n') % track
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.fact('id', '0849117724410', 'SEUR tracking number')
    m.hard_negative_of = (['30-es-correos-aduana-pago'],
                          'Parcel notification that matches an internal reagent shipment from HQ, states that nothing has to '
                          'be paid, link to seur.com.')
    m.what = 'Genuine courier notification: cold-chain reagent shipment from HQ arrives tomorrow.'
    m.why = ('SEUR via its SES setup (DKIM seur.com, custom bounce domain); expected shipment with HQ reference; no '
             'payment; tracking on seur.com.')


# ---------------------------------------------------------------------------------------------- 31
@msg('business', '31-es-google-alerta-seguridad')
def _(m):
    m.when = ('2026-10-19 09:12:55', 'ES')
    m.frm = ('Google', 'no-reply@accounts.google.com')
    m.to = [P('javier.moreno')]
    m.subject = 'Alerta de seguridad'
    env = '3%s@gaia.bounces.google.com' % ralnum(m.rng, 24, B62)
    m.system = google_service('accounts.google.com', env)
    m.msgid = '<%s@google.com>' % ralnum(m.rng, 22, B62)
    link = ('https://accounts.google.com/AccountChooser?Email=javier.moreno@example.com&continue=https://myaccount.google.com/'
            'alert/nt/1792400000000?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % rdigits(m.rng, 19))
    html = ('<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="margin:0;padding:0;background:#ffffff"><table width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="516" style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px">'
            '<tr><td style="font-family:Google Sans,Roboto,Arial,sans-serif;text-align:center;font-size:24px;color:#202124">'
            'Nuevo inicio de sesión en Windows</td></tr><tr><td style="text-align:center;font-family:Roboto,Arial;'
            'font-size:14px;color:#3c4043;padding-top:8px">javier.moreno@example.com</td></tr>'
            '<tr><td style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;padding-top:20px;line-height:20px">'
            'Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido '
            'tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.<br><br>'
            '<div style="text-align:center"><a href="%s" style="background:#1a73e8;color:#ffffff;padding:10px 24px;'
            'border-radius:4px;text-decoration:none;font-weight:500">Consultar actividad</a></div><br>'
            'También puedes ver la actividad de seguridad en<br><a href="https://myaccount.google.com/notifications" '
            'style="color:#4285f4">https://myaccount.google.com/notifications</a></td></tr></table>'
            '<div style="font-family:Roboto,Arial;font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">Te enviamos '
            'este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.'
            '<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table>'
            '</body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.hard_negative_of = (['24-pl-google-forms-callback-microsoft', '12-en-mfa-reenrolment-pdf-qr'],
                          'Security notice from Google itself (DKIM accounts.google.com), about the recipient\'s own Google '
                          'account, links only to accounts.google.com/myaccount.google.com, "if it was you, do nothing".')
    m.what = 'Genuine Google account security alert (new sign-in on Windows) for the Google account used for Google Ads.'
    m.why = ('Sent from Google\'s own infrastructure with accounts.google.com DKIM; links to Google account pages only; no '
             'urgency or threat.')
