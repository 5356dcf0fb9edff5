# -*- coding: utf-8 -*-
"""attack/ 27-31 (Spanish)."""
from .common import *


def outlook_smtp_msgid(m, dom):
    return '<%s$%s$%s$@%s>' % (rhex(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8), dom)


# ---------------------------------------------------------------------------------------------- 27
@msg('attack', '27-es-aeat-notificacion-zip-enlace')
def _(m):
    m.when = ('2026-10-21 12:40:33', 'ES')
    m.frm = ('Agencia Tributaria', 'administracion@asesoria-llorente.es')
    m.to = [P('javier.moreno')]
    m.subject = 'Notificación pendiente: Requerimiento de información – Ref. 2026GRC47823019X'
    m.system = EximCpanel(host='cp07.servidoreshosting.es', ip='203.0.113.107', domain='asesoria-llorente.es', zone='ES',
                          client_ip='198.51.100.23', client_helo='localhost', ua='Roundcube Webmail/1.6.9')
    m.msgid = '<%s@asesoria-llorente.es>' % rhex(m.rng, 32)
    url = 'https://asesoria-llorente.es/wp-includes/notificaciones/AEAT_Requerimiento_2026GRC47823019X.zip'
    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">'
            '<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#7a1b0c;color:#fff;padding:12px 18px;'
            'font-size:17px">Agencia Tributaria &nbsp;|&nbsp; Sede Electrónica</td></tr><tr><td style="padding:18px">'
            '<p>Estimado/a contribuyente:</p>'
            '<p>Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de '
            'Administración Tributaria relativa a:</p>'
            '<p><b>Requerimiento de información – Impuesto sobre Sociedades 2025</b><br>'
            'Titular: EXAMPLE GROUP DIAGNOSTICO SL – NIF %s<br>Referencia: 2026GRC47823019X</p>'
            '<p>Dispone de un plazo de <b>10 días naturales</b> para acceder al contenido. Transcurrido dicho plazo la '
            'notificación se entenderá rechazada y se continuará el procedimiento (art. 43.2 Ley 39/2015).</p>'
            '<p><a href="%s" style="color:#7a1b0c;font-weight:bold">Descargar notificación (PDF firmado)</a></p>'
            '<p style="font-size:11px;color:#666">Este mensaje se ha enviado de forma automática. No responda a este '
            'correo.</p></td></tr></table></body></html>\n') % (ENT['ES']['ids'][0][1], url)
    m.root = alt(m.rng, html2text(html), html, 'roundcube', charset='UTF-8', cte='quoted-printable')
    m.root.params.append(('charset', 'UTF-8', 'u')) if False else None
    m.what = 'Fake AEAT electronic notification; the "signed PDF" link downloads a ZIP (malware loader) from a hacked adviser\'s website.'
    m.why = ('Display name "Agencia Tributaria" on the compromised mailbox of an unrelated tax adviser (sent via Roundcube '
             'on shared hosting); AEAT notifications are only accessible in the Sede/DEHú after authentication and are '
             'never ZIP downloads under wp-includes; correct NIF copied from public registers to look authentic.')


# ---------------------------------------------------------------------------------------------- 28
@msg('attack', '28-es-ghlevante-cuenta-comprometida-canva')
def _(m):
    m.when = ('2026-11-05 16:52:18', 'ES')
    m.frm = ('Marta Giménez', 'marta.gimenez@ghlevante.es')
    m.to = [P('lucia.fernandez'), P('javier.moreno')]
    m.subject = 'Documentación licitación análisis clínicos 2027'
    m.system = Google(mode='workspace', domain='ghlevante.es')
    link = ('https://www.canva.com/design/DAGz7kQm1Xo/4vH9sT2pLr8nWq6yEc3bJa/view?utm_content=DAGz7kQm1Xo'
            '&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h8f2d1a9c3e')
    text = ('Hola Lucía, hola Javier:\n\n'
            'Os comparto la documentación de la nueva licitación de análisis clínicos externalizados para 2027 '
            '(pliego técnico, anexos de precios y calendario), para que podáis preparar la oferta del grupo.\n\n'
            'Como el archivo es pesado lo he subido a nuestra carpeta de documentos; podéis verlo aquí:\n'
            '%s\n\n'
            'El plazo de presentación termina el viernes 13 a las 14:00. Cualquier duda me decís.\n\n'
            'Un saludo,\n') % link
    sig = 'Marta Giménez\nDirección de Compras y Contratación\nGrupo Hospitalario Levante\nTel. 963 41 27 80'
    html = gmail_html(text.replace(link + '\n', '').replace('podéis verlo aquí:\n', 'podéis verlo aquí: '), sig_text=sig)
    html = html.replace('podéis verlo aquí: ', 'podéis verlo aquí: <a href="%s">Licitacion_Analisis_Clinicos_2027.pdf</a>' % link.replace('&', '&amp;'))
    m.root = alt(m.rng, text + '\n-- \n' + sig + '\n', html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.what = 'Document-share lure from the customer\'s compromised Google Workspace mailbox, linking to a Canva "document".'
    m.why = ('Real GH Levante mailbox (SPF/DKIM/DMARC pass) but the link is a Canva design (genuine canva.com) that only '
             'shows a "Ver documento" button to a Microsoft credential page; the genuine tender (business/27) arrives with '
             'the PDF pliego attached and a reference number; the deadline is invented.')


# ---------------------------------------------------------------------------------------------- 29
@msg('attack', '29-es-fraude-ceo-abogado-escrow')
def _(m):
    m.when = ('2026-10-15 11:07:45', 'ES')
    m.frm = ('Ignacio Montalbán', 'i.montalban@montalban-abogados.es')
    m.to = [P('javier.moreno')]
    m.cc = [('Dr. Markus Brandt', 'markus.brandt@examplegroup-eu.com')]
    m.subject = 'Operación confidencial – Proyecto Rheintal – instrucciones de pago'
    m.system = IONOS(domain='montalban-abogados.es', zone='ES', client_lan='192.168.1.37', client_ip='198.51.100.151')
    m.msgid = outlook_smtp_msgid(m, 'montalban-abogados.es')
    iban = U.make_iban('LT', '32500' + '84127730916')
    m.fact('iban', iban, 'Revolut Bank UAB, Lithuania')
    m.fact('phone', '+34 611 482 907', 'lawyer\'s "direct" mobile')
    text = ('Estimado Sr. Moreno:\n\n'
            'Por indicación del Dr. Markus Brandt, consejero delegado del grupo, que le pone en copia, me dirijo a usted '
            'en relación con la operación de adquisición que nuestro despacho asesora (Proyecto Rheintal).\n\n'
            'La operación está sujeta a un estricto acuerdo de confidencialidad con la CNMV y con la parte vendedora; '
            'le ruego, por tanto, que no la comente con nadie de la organización hasta su anuncio oficial.\n\n'
            'Para la firma del acuerdo de exclusividad es necesario constituir hoy un depósito de garantía (escrow) por '
            'importe de 148.500,00 EUR en la cuenta de consignación de nuestro despacho:\n\n'
            'Beneficiario: Montalbán & Asociados Abogados SLP – Cuenta de consignación\n'
            'IBAN: %s\n'
            'BIC: REVOLT21\n'
            'Concepto: Depósito Rheintal – EG 2026\n\n'
            'Le agradecería que me remitiera el justificante de la transferencia a esta misma dirección antes de las '
            '15:00 h. Si necesita aclarar cualquier extremo puede llamarme a mi móvil directo: +34 611 482 907.\n\n'
            'Atentamente,\n\n'
            'Ignacio Montalbán Ruiz\nSocio – Derecho Mercantil y M&A\nMontalbán & Asociados Abogados\n'
            'Calle de Serrano 41, 28001 Madrid\n\n'
            'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a '
            'su destinatario.\n') % fi(iban)
    html = outlook_html(text, lang='ES', charset='windows-1252')
    m.root = alt(m.rng, text, html, 'outlook-smtp', charset='windows-1252', cte='quoted-printable')
    m.hdr_charset = 'windows-1252'
    m.hdr_enc = 'Q'
    m.what = 'CEO fraud, second stage: "lawyer" of the fake CEO (cc the look-alike CEO address of attack/01) asks for an escrow transfer.'
    m.why = ('Invented law firm domain on IONOS; cc to the look-alike examplegroup-eu.com; secrecy, same-day deadline, '
             'Lithuanian Revolut account for a Spanish "consignación", mobile number as only callback.')


# ---------------------------------------------------------------------------------------------- 30
@msg('attack', '30-es-correos-aduana-pago')
def _(m):
    m.when = ('2026-12-02 10:15:27', 'ES')
    m.frm = ('Correos', 'notificaciones@correos-envios-es.com')
    m.to = [P('lucia.fernandez')]
    m.subject = 'Tu envío ES2026114782309 está retenido en aduanas – pago pendiente 2,99 €'
    m.system = Mailgun(domain='correos-envios-es.com', sel='pic')
    link = 'https://correos-es.seguimiento-envio.top/pago?ref=ES2026114782309&c=lucia.fernandez'
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f5f5f5;color:#002e6d">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#ffcd00;padding:16px 22px;font-size:22px;font-weight:bold;color:#002e6d">Correos</td></tr>'
            '<tr><td style="padding:22px;font-size:14px">'
            '<p>Hola,</p><p>Tu envío internacional <b>ES2026114782309</b> procedente de Alemania está retenido en la '
            'aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera.</p>'
            '<table cellpadding="4" style="font-size:14px"><tr><td>Gastos de gestión:</td><td><b>2,99 €</b></td></tr>'
            '<tr><td>Plazo para el pago:</td><td>48 horas</td></tr></table>'
            '<p>Si no se realiza el pago en el plazo indicado, el envío será devuelto al remitente.</p>'
            '<p><a href="%s" style="background:#002e6d;color:#fff;padding:11px 24px;text-decoration:none">Pagar y '
            'programar la entrega</a></p></td></tr>'
            '<tr><td style="font-size:11px;color:#6b6b6b;padding:14px 22px">© Sociedad Estatal Correos y Telégrafos, '
            'S.A., S.M.E. Todos los derechos reservados.</td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'java', charset='utf-8', cte='quoted-printable')
    m.fact('id', 'ES2026114782309', 'fake tracking number')
    m.what = 'Parcel/customs-fee phishing imitating Correos (card-data theft for a 2,99 € "fee").'
    m.why = ('Look-alike domain correos-envios-es.com via Mailgun; payment page on a .top domain; tiny fee to harvest card '
             'data and 3-D Secure codes; the office\'s genuine shipments come through SEUR (business/30).')


# ---------------------------------------------------------------------------------------------- 31
@msg('attack', '31-es-pedido-falso-iso')
def _(m):
    m.when = ('2026-11-26 09:02:11', 'ES')
    m.frm = ('Departamento de Compras – Grupo Hospitalario Levante', 'compras@ghlevante-es.com')
    m.to = [P('lucia.fernandez')]
    m.subject = 'Pedido de compra PO-2026-11873 – confirmación urgente'
    m.system = EximCpanel(host='vps41871.vps-europa.net', ip='198.51.100.87', domain='ghlevante-es.com', zone='ES',
                          client_ip='198.51.100.201', client_helo='DESKTOP-7Q2M1LC', ua='Microsoft Outlook 16.0',
                          content_language='es')
    m.msgid = outlook_smtp_msgid(m, 'ghlevante-es.com')
    text = ('Buenos días:\n\n'
            'Adjuntamos el pedido de compra PO-2026-11873 correspondiente a reactivos y servicios de análisis para el '
            'primer trimestre de 2027, según la oferta presentada por su empresa.\n\n'
            'Les rogamos confirmen la recepción del pedido, precios y plazos de entrega antes del viernes, ya que el '
            'pedido debe quedar registrado en el cierre contable de noviembre.\n\n'
            'Por motivos de seguridad el pedido se envía en formato imagen de disco (.iso). Para abrirlo, haga doble '
            'clic sobre el archivo adjunto.\n\n'
            'Saludos cordiales,\n\nDepartamento de Compras\nGrupo Hospitalario Levante\nAv. de Aragón 30, 46021 Valencia\n')
    ph = lambda s: ('INERT PLACEHOLDER: %s\r\nIn the real campaign this shortcut launches a hidden loader from the same '
                    'disk image (side-loaded DLL). No executable content is included.\r\n' % s).encode('utf-8')
    iso = make_iso('PO_2026_11873', [('Pedido_PO-2026-11873.pdf.lnk', ph('Windows shortcut with PDF icon')),
                                     ('Especificaciones_tecnicas.pdf.lnk', ph('second shortcut')),
                                     ('msvcp140_2.dll', ph('stand-in for a malicious DLL (side-loading)'))], zdt(m, 25))
    html = outlook_html(text, lang='ES', charset='iso-8859-1')
    body = alt(m.rng, text, html, 'outlook-smtp', charset='iso-8859-1', cte='quoted-printable', n=1)
    m.root = mixed(m.rng, 'outlook-smtp', [body, attachment(iso, 'application/octet-stream', 'Pedido_PO-2026-11873.iso',
                                                            style='rfc2047')], n=0)
    m.what = 'Fake purchase order delivering a disk image (.iso) with .pdf.lnk shortcuts and a side-loading DLL placeholder.'
    m.why = ('Look-alike of the customer (ghlevante-es.com instead of ghlevante.es) on a VPS; ISO containers bypass '
             'Mark-of-the-Web; double extensions; "open by double-click" instruction; month-end pressure.')
