"""attack/27-31: Spanish-language attacks."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario


# ---------------------------------------------------------------------------
@scenario('attack', '27-es-aeat-expediente-sancionador.eml')
def a27(m):
    r = m.rng
    javier = S('Moreno')
    dom = 'aeat-notificaciones.com'
    m.frm = ('Agencia Tributaria', 'notificaciones@' + dom)
    m.to = [javier]
    m.rcpt = [javier[1]]
    m.mail_from = 'bounce-%s@sib.%s' % (r.hex(10), dom)
    ref = '2026GRC47718452R'
    m.subject = 'Notificación: expediente sancionador %s - %s' % (ref, OFF['ES']['taxid'])
    m.date = T(2026, 10, 21, 8, 5, 33)
    m.date_zone = 'UTC'
    m.msgid = '%s@smtp-relay.mailin.fr' % r.uuid()
    url = 'https://sede.agenciatributaria.gob.es.consulta-expediente.com/notificaciones/?ref=%s&nif=%s' % (ref, OFF['ES']['taxid'])
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#eeeeee;font-family:Arial,Helvetica,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">'
            '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            '<tr><td style="background:#8b0000;padding:16px 26px;color:#fff;font-size:18px;font-weight:bold">Agencia Tributaria '
            '<span style="font-weight:normal;font-size:13px">· Sede Electrónica</span></td></tr>'
            '<tr><td style="padding:24px 26px;font-size:14px;line-height:21px;color:#222">'
            '<p>Estimado/a contribuyente:</p>'
            '<p>Le comunicamos que se ha puesto a su disposición en la Sede Electrónica una notificación relativa al '
            '<b>expediente sancionador nº %s</b>, incoado a la entidad con NIF <b>%s</b> por infracción tributaria leve '
            '(artículo 198 de la Ley 58/2003, General Tributaria) derivada de la presentación fuera de plazo del modelo 303.</p>'
            '<p>Dispone de un plazo de <b>10 días hábiles</b> para consultar la notificación y presentar alegaciones. '
            'Transcurrido dicho plazo, la notificación se entenderá practicada.</p>'
            '<p style="text-align:center;padding:6px 0"><a href="%s" style="background:#8b0000;color:#fff;padding:12px 26px;'
            'text-decoration:none;font-weight:bold">Consultar notificación (PDF)</a></p>'
            '<p style="font-size:12px;color:#666">Para visualizar el documento es necesario tener instalado el visor de documentos '
            'de la AEAT. Si no lo tiene, se descargará automáticamente.</p>'
            '<p>Atentamente,<br>Agencia Estatal de Administración Tributaria<br>Departamento de Gestión Tributaria</p></td></tr>'
            '<tr><td style="padding:12px 26px;font-size:11px;color:#888;border-top:1px solid #ddd">Este mensaje se ha generado de forma '
            'automática. Por favor, no responda a este correo.</td></tr></table></td></tr></table></body></html>\n') % (
        ref, OFF['ES']['taxid'], _h.escape(url))
    plain = ('Estimado/a contribuyente:\n\nSe ha puesto a su disposición una notificación relativa al expediente sancionador nº %s '
             '(NIF %s).\nDispone de un plazo de 10 días hábiles para consultarla:\n%s\n\nAgencia Estatal de Administración Tributaria\n') % (
        ref, OFF['ES']['taxid'], url)
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx, bees = sy.brevo(m, m.date, dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'sib.' + dom),
                                         dkim=[('pass', dom, 'brevo1', 2048, bees[1][1]), ('pass', 'sendinblue.com', 'mail', 1024, bees[0][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.what = 'Tax-authority lure: "Agencia Tributaria" notifies a sanction proceeding for the Spanish entity\'s NIF and links to a "PDF" that installs a "viewer" (malware download).'
    m.why = 'Brevo bulk mail from aeat-notificaciones.com; the link uses the deceptive host sede.agenciatributaria.gob.es.consulta-expediente.com; "viewer will download automatically" = MSI/ZIP payload (Grandoreiro/Mekotio pattern); AEAT notifications are only announced via DEHú (business/27) and never carry downloads.'


# ---------------------------------------------------------------------------
@scenario('attack', '28-es-ceo-operacion-confidencial.eml')
def a28(m):
    r = m.rng
    javier = S('Moreno')
    dom = 'exarnplegroup.eu'
    ceo = ('Thomas Wegener', 'thomas.wegener@' + dom)
    lawyer = ('Fernando Castaño', 'f.castano@castano-abogados.com')
    m.frm = ceo
    m.to = [javier]
    m.cc = [lawyer]
    m.rcpt = [javier[1]]
    m.mail_from = ceo[1]
    m.subject = 'Operación confidencial - necesito tu ayuda hoy'
    m.date = T(2026, 11, 13, 9, 48, 12)
    m.msgid = m.mid('gmail')
    body = ('Buenos días Javier,\n\nTe escribo directamente porque necesito tu máxima discreción. Estamos cerrando la '
            'adquisición de una empresa de mantenimiento de sistemas contra incendios en Valencia y, hasta el anuncio oficial, '
            'nadie más en la oficina de Madrid debe estar informado (tampoco Alberto).\n\nEl despacho que nos asesora, Castaño & '
            'Asociados, necesita hoy un depósito de garantía de 186.400 EUR para bloquear la exclusividad. Fernando Castaño, '
            'en copia, te enviará en unos minutos los datos bancarios y el acuerdo de confidencialidad que debes firmar.\n\n'
            '¿Puedes confirmarme que estás disponible esta mañana para gestionar la transferencia? Estoy en Fráncfort en '
            'reuniones con el banco todo el día, así que mejor por correo, no me llames.\n\nGracias por tu apoyo.\n\nThomas\n\n'
            'Dr. Thomas Wegener\nCEO | Example Group\n')
    html = kit.gmail_html(body)
    bnd = kit.boundary(r, 'gmail')
    body_obj = Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset="UTF-8"'),
                                         text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset="UTF-8"')], bnd)
    hdrs, conn, tmx, dkb = sy.google(m, m.date, workspace_domain=dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'google', 2048, dkb)],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('other', 'requested transfer EUR 186.400; look-alike exarnplegroup.eu (rn for m)')
    m.what = 'CEO fraud: "Thomas Wegener" from exarnplegroup.eu asks the Madrid accountant for an urgent, secret EUR 186.400 "guarantee deposit" for an acquisition; a fake lawyer in CC will send bank details.'
    m.why = 'Look-alike domain (rn instead of m) on Google Workspace with valid SPF/DKIM; secrecy towards the local manager, urgency, "do not call me"; fake law firm; internal urgent requests come from example.com via Exchange (business/28, business/03).'


# ---------------------------------------------------------------------------
@scenario('attack', '29-es-bbva-netcash-firma-compromised.eml')
def a29(m):
    r = m.rng
    javier = S('Moreno')
    dom = 'talleresgomezsl.es'
    m.frm = ('BBVA Net cash', 'administracion@' + dom)
    m.to = [(None, 'administracion@' + dom)]
    m.rcpt = [javier[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Net cash: tiene 3 órdenes pendientes de firma - su certificado de firma caduca hoy'
    m.date = T(2026, 12, 9, 7, 26, 48)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'es-ES, en-US', 'es-ES'
    url = 'https://bbva-netcash.firma-empresas.com/es/login?ref=NC%s' % r.digits(8)
    body = ('BBVA Net cash\n\nEstimado cliente:\n\nLe informamos de que en su servicio Net cash hay **3 órdenes pendientes de firma** '
            '(transferencias y remesa de nóminas) por un importe total de 48.230,17 EUR.\n\nAdemás, el certificado de firma '
            'asociado a su usuario caduca hoy. Para poder firmar las órdenes es necesario renovarlo desde el siguiente enlace antes '
            'de las 18:00 h:\n\n[Renovar certificado y firmar órdenes](%s)\n\nSi no renueva el certificado, las órdenes pendientes '
            'serán rechazadas y deberá volver a generarlas.\n\nAtentamente,\nServicio de Atención a Empresas BBVA\n\n'
            'Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao\n') % url
    plain = kit.to_plain(body)
    html = kit.owa_html(body, charset='utf-8', lang='es')
    region = 'EUR'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'base64'), text(html, 'html', 'utf-8', 'base64')], bnd)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='es', dkim_selector='selector1')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.what = 'Business-banking phishing: "BBVA Net cash" says 3 orders (48.230,17 EUR) await signature and the signing certificate expires today; link to renew.'
    m.why = 'Sent from the compromised Microsoft 365 mailbox of an unrelated car-repair company (auth passes for talleresgomezsl.es, recipients in BCC); link to firma-empresas.com; deadline 18:00. Real Net cash notices (business/29) contain no login links.'


# ---------------------------------------------------------------------------
def sharepoint_share(sharer, file_name, link, message, lang='es'):
    if lang == 'es':
        head = '%s ha compartido un archivo contigo' % sharer
        btn = 'Abrir'
        foot = ('Este vínculo solo funciona para los destinatarios directos de este mensaje.\n\n'
                'Declaración de privacidad de Microsoft\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052')
    else:
        head = '%s shared a file with you' % sharer
        btn = 'Open'
        foot = ('This link only works for the direct recipients of this message.\n\nMicrosoft respects your privacy. '
                'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-family:\'Segoe UI\',Tahoma,sans-serif">'
            '<tr><td align="center"><table role="presentation" width="480" cellpadding="0" cellspacing="0">'
            '<tr><td style="padding:24px 0 12px 0;font-size:20px;color:#242424">' + _h.escape(head) + '</td></tr>'
            '<tr><td style="padding:8px 0 16px 0;font-size:14px;color:#424242">' + _h.escape(message) + '</td></tr>'
            '<tr><td style="padding:12px;border:1px solid #e0e0e0;border-radius:4px">'
            '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/item-types/48/pdf.png" width="32" height="32" alt="">'
            ' <span style="font-size:14px;color:#242424;vertical-align:middle">' + _h.escape(file_name) + '</span></td></tr>'
            '<tr><td style="padding:20px 0"><a href="' + _h.escape(link) + '" style="background:#0f6cbd;color:#ffffff;'
            'text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px">' + btn + '</a></td></tr>'
            '<tr><td style="padding:24px 0;font-size:12px;color:#616161;border-top:1px solid #e0e0e0">' + _h.escape(foot).replace('\n', '<br>') +
            '</td></tr></table></td></tr></table></body></html>\n')
    plain = '%s\n\n%s\n\n%s\n%s: %s\n\n%s\n' % (head, message, file_name, btn, link, foot)
    return plain, html


@scenario('attack', '30-es-sharepoint-licitacion-tenant-comprometido.eml')
def a30(m):
    r = m.rng
    alberto = S('Ruiz')
    sharer = 'Ana Belén Ortiz'
    m.frm = (sharer, 'no-reply@sharepointonline.com')
    m.to = [alberto]
    m.rcpt = [alberto[1]]
    m.mail_from = 'no-reply@sharepointonline.com'
    fname = 'Licitación PCI Hospital 2027 - Pliego y mediciones.pdf'
    m.subject = '%s ha compartido "%s" contigo' % (sharer, fname)
    m.date = T(2026, 11, 20, 10, 3, 29)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'es-ES, en-US', 'es-ES'
    link = 'https://ormmediterraneo-my.sharepoint.com/:b:/g/personal/aortiz_orm-mediterraneo_es/E%s?e=%s' % (
        r.alnum(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), r.alnum(6))
    message = ('Buenos días, os compartimos el pliego y las mediciones de la licitación de mantenimiento PCI para el nuevo '
               'hospital. Plazo de presentación 04/12. Un saludo.')
    plain, html = sharepoint_share(sharer, fname, link, message, 'es')
    region = 'EUR'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    m.client_extra = [('X-MS-SharePoint-NotificationType', 'SharingInvitation')]
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='es', dkim_domain='sharepointonline.com',
                                            dkim_selector='selector1', tenant_domain='orm-mediterraneo.es', mailfrom_domain='sharepointonline.com')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'sharepointonline.com'), dkim=[('pass', 'sharepointonline.com', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'sharepointonline.com')), body_obj)
    m.fact('urls', link)
    m.what = 'SharePoint sharing notification from a compromised tenant (orm-mediterraneo.es): a "tender document" PDF for a hospital fire-protection tender, hosted on the victim tenant\'s OneDrive.'
    m.why = 'Genuine Microsoft mail and a genuine sharepoint.com link (all auth passes), but the sharer is an unknown construction firm whose account was taken over; the hosted PDF leads to an AiTM login page. Tender topic copies the real GH Levante tender (business/30).'


# ---------------------------------------------------------------------------
@scenario('attack', '31-es-policia-citacion-judicial.eml')
def a31(m):
    r = m.rng
    lucia = S('Fernández')
    sender = ('Policía Nacional - BCPM', 'citacion.judicial.bcpm@outlook.es')
    m.frm = sender
    m.reply_to = ('Comisaría General de Policía Judicial', 'comisario.bcpm.expedientes@gmail.com')
    m.to = [lucia]
    m.rcpt = [lucia[1]]
    m.mail_from = sender[1]
    m.subject = 'CITACIÓN JUDICIAL - Ref. BCPM/2026/4471-K - Respuesta en 72 horas'
    m.date = T(2026, 12, 10, 11, 12, 5)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'es-ES, en-US', 'es-ES'
    body = ('Buenos días,\n\nLe remitimos en archivo adjunto la citación judicial correspondiente al expediente BCPM/2026/4471-K.\n\n'
            'Le rogamos lea detenidamente el documento y envíe sus justificaciones en un plazo de 72 horas a la dirección '
            'indicada en el mismo. Transcurrido dicho plazo, el expediente será remitido al Juzgado de Instrucción.\n\n'
            'Atentamente,\nComisaría General de Policía Judicial\nBrigada Central de Protección al Menor\n')
    pdfdata = kit.letter_pdf(
        ['MINISTERIO DEL INTERIOR – POLICÍA NACIONAL', 'Comisaría General de Policía Judicial · Brigada Central de Protección al Menor',
         'Calle Julián González Segador s/n · 28043 Madrid'],
        ['Sra. Lucía Fernández', 'Example Protección Contra Incendios, S.L.', 'Calle de Julián Camarillo 29', '28037 Madrid'],
        'Madrid, 9 de diciembre de 2026', 'CITACIÓN JUDICIAL – Expediente BCPM/2026/4471-K',
        ['Señora/Señor:',
         'A raíz de una investigación informática realizada por la Brigada Central de Protección al Menor en colaboración con '
         'Europol, se ha detectado desde una conexión asociada a su nombre el acceso a sitios web con contenido de pornografía '
         'infantil, hechos tipificados en el artículo 189 del Código Penal.',
         'Por la presente se le cita para que presente sus justificaciones por correo electrónico en un plazo de 72 horas a la '
         'dirección comisario.bcpm.expedientes@gmail.com. En caso de no recibir respuesta, se procederá a su detención, a la '
         'inscripción en el registro nacional de delincuentes sexuales y a la difusión del expediente a los medios de comunicación.',
         'Para evitar el procedimiento penal podrá acogerse a una transacción penal mediante el pago de una multa administrativa '
         'cuyo importe le será comunicado por esta misma vía.'],
        'El Comisario General de Policía Judicial\n\nD. Rafael Escobar Montero',
        creator='Microsoft Word', producer='Microsoft: Print To PDF', pdfdate="D:20261209183012+01'00'",
        accent=(0.0, 0.2, 0.45), footer='Documento confidencial – Ministerio del Interior – Policía Nacional')
    plain = body
    html = kit.owa_html(body, lang='es')
    region = 'EUR'
    bnd_m = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    bnd_a = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    m.has_attach = True
    body_obj = Multipart('mixed', [Multipart('alternative', [text(plain, 'plain', 'iso-8859-1', 'quoted-printable'),
                                                             text(html, 'html', 'iso-8859-1', 'quoted-printable')], bnd_a),
                                   attachment(pdfdata, 'Citacion_Judicial_BCPM-2026-4471-K.pdf', 'application/pdf', 'outlook', r, plus(m.date, -30))], bnd_m)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='es', consumer=True, dkim_domain='outlook.es',
                                            dkim_selector='selector1', tenant_domain='outlook.es',
                                            tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', mapi=True)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'outlook.es'), dkim=[('pass', 'outlook.es', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'none', 'outlook.es')), body_obj)
    m.fact('other', 'reply address comisario.bcpm.expedientes@gmail.com')
    m.what = 'Fake legal notice: "Policía Nacional – Brigada Central de Protección al Menor" accuses the recipient of accessing child abuse material and demands a reply within 72 hours; a "fine" will follow.'
    m.why = 'Authority impersonation from an outlook.es free-mail account with Reply-To to Gmail; threatening PDF with invented officials; extortion by "fine". Police do not summon by e-mail from free-mail addresses.'
