"""business/27-31: Spanish-language genuine mail."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W, outlook_alt, gmail_alt

LANDLORD_IBAN = ids.es_iban('2100', '8734', '5102004418')
LFE_IBAN = ids.es_iban('0049', '1821', '4127105533')


@message('business', '27-es-dehu-aviso-notificacion')
def b27(m):
    m.when('2026-11-16 08:02:19', 'CET')
    m.frm = ('DEHú - Dirección Electrónica Habilitada única', 'notificaciones.dehu@correo.gob.es')
    m.to = [S['acc_es']]
    m.subject = 'Aviso de puesta a disposición de notificación - Agencia Estatal de Administración Tributaria'
    m.hcs, m.hmode = 'iso-8859-1', 'Q'
    m.msgid = '%d.%d.JavaMail.dehu@notifica-aviso02.correo.gob.es' % (m.rng.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000 + 31)
    txt = """Estimado/a Sr./Sra.:

Le informamos de que tiene una nueva notificación disponible en la Dirección Electrónica Habilitada única (DEHú):

Titular: EXAMPLE CARRETILLAS ELEVADORAS S.L. - %s
Emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información relativo al modelo 303 (3T 2026)
Fecha de puesta a disposición: 16/11/2026

Para acceder a la notificación identifíquese en https://dehu.redsara.es mediante certificado electrónico, DNIe o Cl@ve. Este aviso es meramente informativo: no contiene la notificación ni enlaces a documentos.

La notificación se entenderá rechazada si transcurren diez días naturales desde su puesta a disposición sin que se acceda a su contenido (art. 43.2 de la Ley 39/2015).

Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje.
""" % W.ES_CIF
    html = B.to_html_simple(txt, 'iso-8859-1', 'Arial, sans-serif', '10pt')
    m.body = B.alt(B.text(txt, charset='iso-8859-1', cte='quoted-printable'), B.html(html, charset='iso-8859-1', cte='quoted-printable'),
                   B.boundary(m, 'javamail'))
    m.dmarc_override['gob.es'] = 'reject'
    m.meta.update(
        what='DEHú informs that a notification from the AEAT (information request on the Q3 VAT return) is available; access with certificate or Cl@ve',
        why='Genuine authority notice: sent from correo.gob.es (DMARC pass), no attachment and no document link, only the official portal dehu.redsara.es, legal deadline stated neutrally.',
        hn=(['27-es-aeat-notificacion-dropbox'], 'AEAT electronic notification (modelo 303 requirement)', 'official government domain, no download, access only via the official portal with certificate/Cl@ve'),
        delivery='Spanish government notification mailer (correo.gob.es)')
    return m.render(SY.generic, helo='notifica-aviso02.correo.gob.es', ip='192.0.2.196', dkim_d='correo.gob.es', dkim_s='dehu',
                    inner=['Received: from dehu-app03.redsara.local (dehu-app03.redsara.local [10.250.31.13])\r\n\tby notifica-aviso02.correo.gob.es (Postfix) with ESMTP id %QID%\r\n\tfor <javier.fernandez@example.com>; %DATE%'],
                    order=['date', 'from', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'])


@message('business', '28-es-interno-pago-urgente-fianza-nave')
def b28(m):
    m.when('2026-12-04 09:12:36', 'CET')
    m.frm = S['om_es']
    m.to = [S['acc_es']]
    m.cc = [S['cfo']]
    m.rcpts = [S['acc_es'][1], S['cfo'][1]]
    m.subject = 'Urgente: pago fianza y primera renta nave 4 PLAZA – hoy antes de las 14:00'
    m.msgid = SY.exchange_msgid(m, 'EXCH02')
    txt = """Hola Javier:

Te escribo por lo de la nave 4 de PLAZA. Ayer firmamos el contrato de arrendamiento con Gestión Patrimonial Aragonesa (lo tienes en la carpeta compartida Contratos > 2026 > Nave 4) y, para que nos entreguen las llaves el lunes, hay que pagar hoy la fianza (dos mensualidades, 14.800,00 EUR) y la renta de diciembre (7.400,00 EUR + IVA = 8.954,00 EUR).

Sabine ya lo ha aprobado esta mañana en el flujo de SAP (pedido 4700002318). Los datos bancarios son los del contrato firmado (CaixaBank, %s) y los he confirmado por teléfono con Pilar Sancho, de la gestora, en el número que figura en el contrato.

¿Puedes preparar las dos transferencias para que Sabine las firme antes de las 14:00? Es urgente por las llaves, pero sigue el procedimiento normal.

Gracias,
Lucía

Lucía Martín
Office Manager
Example Carretillas Elevadoras S.L.
Tel. +34 976 45 82 11""" % ids.fmt_iban(LANDLORD_IBAN)
    alt = outlook_alt(m, txt, charset='utf-8', lang='ES', bstyle='exch', idx=0)
    m.body = alt
    m.meta.update(
        what='Internal: the Spanish office manager asks the accountant to prepare today\'s deposit and first rent for a new warehouse, CFO in copy',
        why='Genuine urgent internal payment request: internal Exchange route, CFO copied and approval in SAP referenced, bank details taken from the signed contract and verified by phone, asks to follow the normal procedure.',
        hn=(['28-es-fraude-cfo-lookalike-zoho'], 'urgent same-day payment request inside the company',
            'internal mail, approval and contract referenced, no secrecy, CFO in copy, bank data verified by call-back'),
        accounts=[(LANDLORD_IBAN, 'Gestión Patrimonial Aragonesa (landlord, from signed contract)', 'yes')],
        phones=['+34 976 45 82 11'], other=['4700002318', '14.800,00 EUR'], delivery='Internal Exchange (EXCH02 → EXCH01 → mail-int01)')
    return m.render(SY.exchange_internal, lang='es-ES', client_ip='10.20.4.21')


@message('business', '29-es-lfebro-justificante-transferencia-pdf')
def b29(m):
    m.when('2026-11-12 12:06:51', 'CET')
    m.frm = ('Administración LFE', 'administracion@lfebro.es')
    m.to = [S['acc_es']]
    m.subject = 'Justificante transferencia – Fra. ES-2026-1127'
    m.msgid = SY.gmail_msgid(m)
    txt = """Buenos días, Javier:

Adjuntamos el justificante de la transferencia realizada hoy para el pago de vuestra factura ES-2026-1127 (mantenimiento preventivo octubre, cámaras 2 y 3).

Un saludo,

Nuria Blasco
Administración
Logística Frigorífica del Ebro S.A.
Tel. 976 47 12 00"""
    alt = gmail_alt(m, txt, idx=1)
    bank = dict(name='Banco Santander, S.A.', logo='Santander', sub='Banca de Empresas · Justificante de operación',
                lines=['Paseo de Pereda 9-12', '39004 Santander', 'www.bancosantander.es'])
    rec = docs.letter('es', bank, ['LOGÍSTICA FRIGORÍFICA DEL EBRO, S.A.', 'CIF %s' % W.LFE_CIF], 'Zaragoza, 12/11/2026',
                      'Justificante de transferencia SEPA',
                      ['Fecha de la orden: 12/11/2026          Fecha valor: 12/11/2026',
                       'Ordenante: LOGÍSTICA FRIGORÍFICA DEL EBRO, S.A.',
                       'Cuenta de cargo: %s' % ids.fmt_iban(LFE_IBAN),
                       'Beneficiario: EXAMPLE CARRETILLAS ELEVADORAS S.L.',
                       'Cuenta de abono: %s (IBERCAJA BANCO)' % ids.fmt_iban(W.EX_ES_IBAN),
                       'Importe: 11.306,25 EUR          Comisiones: 0,00 EUR',
                       'Concepto: PAGO FRA ES-2026-1127',
                       'Referencia de la operación: 2026111200418873'],
                      'Este documento es un justificante de la orden de transferencia emitida y no tiene validez como recibo de abono.', [],
                      creator='Santander Empresas', producer='iText 7.2.5', created='20261112115803', tz="+01'00'", color=(0.8, 0.0, 0.0))
    att = B.att(rec, 'application/pdf', 'Justificante_Transferencia_ES-2026-1127.pdf', style='gmail', xid='mhw2k7e50')
    att.cid = 'f_mhw2k7e50'
    m.body = B.mixed([alt, att], B.boundary(m, 'gmail', 0), ct_style='inline')
    m.meta.update(
        what='Customer LFEbro\'s accounting sends the bank\'s PDF receipt for its payment of Example invoice ES-2026-1127',
        why='Genuine remittance advice: sent from the customer\'s Google Workspace (DKIM lfebro.es, DMARC pass), the attachment is an ordinary bank PDF showing payment INTO Example\'s known Ibercaja account, no link, no login.',
        hn=(['29-es-svg-justificante-lfebro-compromised'], 'customer payment receipt ("justificante")', 'PDF from the bank instead of an SVG with a button, no link, payment to Example\'s own account'),
        accounts=[(W.EX_ES_IBAN, 'Example Carretillas Elevadoras S.L., Ibercaja', 'yes'), (LFE_IBAN, 'Logística Frigorífica del Ebro S.A., Banco Santander', 'yes')],
        phones=['976 47 12 00'], other=['ES-2026-1127', '11.306,25 EUR'], delivery='Google Workspace (lfebro.es), Gmail web')
    return m.render(SY.gmail, workspace='lfebro.es')


@message('business', '30-es-docusign-contrato-mantenimiento-lfebro')
def b30(m):
    m.when('2026-12-02 16:18:42', 'CET')
    m.frm = ('Marta Gil Navarro a través de Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Marta Gil Navarro', 'marta.gil@lfebro.es')
    m.to = [S['om_es']]
    m.subject = 'Complete con Docusign: Contrato de mantenimiento 2027 – LFE / Example Carretillas'
    r = m.rng
    env = U.uuid4(r)
    m.msgid = '%s@eumail.docusign.net' % U.uuid4(r)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (U.uuid4(r), U.uuid4(r), U.uuid4(r))
    code = U.hexs(r, 32, upper=True)
    note = ('Hola Lucía, te envío el contrato de mantenimiento 2027 ya revisado por nuestro departamento jurídico, con los cambios que acordamos '
            'el martes (tiempo de respuesta de 6 horas para las carretillas de las cámaras a -25 °C). Lo firma primero Javier Roldán como apoderado '
            'y después vosotros. Un saludo, Marta')
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;font-family:Helvetica,Arial,sans-serif;">
<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background-color:#eaeaea;"><tr><td style="padding:24px 12px;">
<table border="0" cellspacing="0" cellpadding="0" width="640" align="center" style="background-color:#ffffff;">
<tr><td style="padding:12px 24px;"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px;"><table width="100%%" style="background-color:#1e4ca1;" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 24px;color:#ffffff;font-size:16px;text-align:center;">
Marta Gil Navarro le envi&oacute; un documento para revisar y firmar.<br><br>
<a href="%s" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:2px;display:inline-block;">REVISAR DOCUMENTO</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:21px;"><b>Marta Gil Navarro</b><br><a href="mailto:marta.gil@lfebro.es" style="color:#2463d1;">marta.gil@lfebro.es</a><br><br>%s</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#666;line-height:18px;"><b>No comparta este correo electr&oacute;nico</b><br>Este correo electr&oacute;nico contiene un v&iacute;nculo seguro a Docusign. No comparta este correo electr&oacute;nico, v&iacute;nculo o c&oacute;digo de acceso con terceros.<br><br>
<b>M&eacute;todo de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Acceder a documentos' e introduzca el c&oacute;digo de seguridad:<br>%s<br><br>
<b>Acerca de Docusign</b><br>Firme documentos electr&oacute;nicamente en solo unos minutos. Es seguro.</td></tr>
</table></td></tr></table></body></html>
""" % (link.replace('&', '&amp;'), note.replace('°', '&deg;'), code)
    plain = ('Marta Gil Navarro le envió un documento para revisar y firmar.\n\nREVISAR DOCUMENTO: %s\n\nMarta Gil Navarro\nmarta.gil@lfebro.es\n\n%s\n\n'
             'No comparta este correo electrónico\nEste correo electrónico contiene un vínculo seguro a Docusign.\n\nMétodo de firma alternativo\n'
             'Visite Docusign.com, haga clic en \'Acceder a documentos\' e introduzca el código de seguridad:\n%s\n' % (link, note, code))
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'), B.boundary(m, 'javamail'))
    m.meta.update(
        what='Docusign envelope from customer LFEbro: maintenance contract 2027 to sign after their legal review',
        why='Genuine e-signature request: real Docusign, sender is the known customer contact with reply-to on her own domain, the note refers to a real negotiation, no payment or bank data involved.',
        hn=(['30-es-docusign-factura-cambio-iban'], 'Docusign envelope', 'known customer and contract, reply-to on the customer\'s domain, no invoice or bank change'),
        other=[code], delivery='Docusign EU')
    return m.render(SY.generic, helo='mailout-euw1.eumail.docusign.net', ip='185.81.101.%d' % r.randrange(20, 90),
                    dkim_d='eumail.docusign.net', dkim_s='mail', env_from='bounces+%s@eumail.docusign.net' % env.replace('-', ''),
                    date_zone='UTC', order=['date', 'from', 'reply-to', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'],
                    extra=[('X-Api-Host', 'docusign.net'), ('X-DocuSign-Envelope-Id', env.upper())])


@message('business', '31-es-newsletter-almacenaje-hoy-brevo')
def b31(m):
    m.when('2026-10-13 10:00:27', 'CET')
    m.frm = ('Almacenaje Hoy', 'boletin@almacenajehoy.es')
    m.to = [S['om_es']]
    m.subject = 'Boletín nº 212 · Carretillas de litio en frío, PLAZA amplía suelo logístico y la jornada de Logistics Madrid'
    r = m.rng
    m.msgid = '%d%02d%02d%02d%02d.%d@smtp-relay.mailin.fr' % (2026, 10, 13, 8, 0, r.randrange(10 ** 10, 10 ** 11))
    def trk():
        return 'https://xq4kd.r.bh.d.sendibt3.com/tr/cl/%s' % U.alnum(r, 90, U.ALNUM + '-_')
    arts = [('Carretillas de litio en cámaras de congelación: lo que dicen los operadores', 'Autonomía, condensación y carga de oportunidad a -25 °C: tres operadores de Aragón y Navarra comparten su experiencia.'),
            ('PLAZA suma 400.000 m² de suelo logístico', 'La ampliación de la Plataforma Logística de Zaragoza atraerá nuevos centros de distribución en 2027.'),
            ('Logistics & Automation Madrid: agenda de conferencias', 'El salón vuelve a IFEMA con un foro dedicado a la seguridad en la intralogística.')]
    blocks = ''.join('<tr><td style="padding:14px 26px;border-bottom:1px solid #e8e8e8;"><a href="%s" style="font-size:17px;color:#0b5394;font-weight:bold;text-decoration:none;">%s</a>'
                     '<p style="margin:6px 0 0 0;font-size:14px;line-height:20px;color:#333;">%s</p></td></tr>' % (trk(), t, d) for t, d in arts)
    unsub = 'https://xq4kd.r.bh.d.sendibt3.com/tr/un/%s' % U.alnum(r, 90, U.ALNUM + '-_')
    html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Almacenaje Hoy</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 26px;background:#0b5394;color:#fff;font-size:22px;font-weight:bold;">Almacenaje Hoy <span style="font-size:13px;font-weight:normal;">Boletín nº 212</span></td></tr>
%s
<tr><td style="padding:16px 26px;font-size:11px;color:#777;">Recibes este boletín porque te suscribiste en almacenajehoy.es. Ediciones Logísticas del Norte S.L., Bilbao.<br><a href="%s" style="color:#777;">Darse de baja</a></td></tr>
</table></td></tr></table><img width="1" height="1" src="https://xq4kd.r.bh.d.sendibt3.com/tr/op/%s" alt=""></body></html>
""" % (blocks, unsub, U.alnum(r, 90, U.ALNUM + '-_'))
    plain = 'Almacenaje Hoy - Boletín nº 212\n\n' + '\n\n'.join('%s\n%s' % a for a in arts) + '\n\nDarse de baja: %s\n' % unsub
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'), B.boundary(m, 'brevo'))
    m.meta.update(
        what='Spanish logistics trade newsletter "Almacenaje Hoy" sent through Brevo',
        why='Genuine subscribed newsletter: Brevo infrastructure with DKIM for the publisher\'s domain, unsubscribe link and List-Unsubscribe, editorial content only, no request of any kind.',
        hn=(['06-de-gewerberegister-formular-brevo'], 'bulk mail sent through Brevo', 'subscribed editorial content, no form, no fee, no pressure'),
        delivery='Brevo (Sendinblue) newsletter')
    return m.render(SY.brevo, dkim_d='almacenajehoy.es',
                    extra=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
