"""attack/27-31: Spanish-language attacks."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib import timeutil as tu
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W, outlook_alt, gmail_alt

SAB_IBAN = ids.es_iban('0081', '7306', '6100019834')


@message('attack', '27-es-aeat-notificacion-dropbox')
def a27(m):
    m.when('2026-10-20 09:33:58', 'CET')
    m.frm = ('Agencia Tributaria', 'notificaciones@sede-agenciatributaria.info')
    m.to = [S['acc_es']]
    m.subject = 'Agencia Tributaria: notificación electrónica pendiente – Expediente 2026GRC4718293F'
    m.msgid = '%s@sede-agenciatributaria.info' % U.uuid4(m.rng)
    link = 'https://www.dropbox.com/scl/fi/k7x2m9qvz4w1r8t5y3u6p/Notificacion_AEAT_2026GRC4718293F.zip?rlkey=3mq9x7k2v5z8w1r4t6y0u2p8&st=h4k7m2q9&dl=1'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;">
<div style="max-width:640px;border:1px solid #ccc;">
<div style="background:#b30f1c;color:#fff;padding:12px 18px;font-size:16px;"><b>Agencia Tributaria</b> &middot; Sede Electr&oacute;nica</div>
<div style="padding:18px;line-height:20px;">
<p>Estimado/a contribuyente:</p>
<p>Le informamos de que tiene a su disposici&oacute;n una notificaci&oacute;n electr&oacute;nica de la Agencia Estatal de Administraci&oacute;n Tributaria relativa al expediente <b>2026GRC4718293F</b> (Requerimiento de informaci&oacute;n &ndash; Modelo 303, tercer trimestre 2026) dirigida a <b>EXAMPLE CARRETILLAS ELEVADORAS S.L.</b> (NIF %s).</p>
<p>Dispone de un plazo de <b>diez d&iacute;as naturales</b> para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificaci&oacute;n se entender&aacute; rechazada y se dar&aacute; por efectuado el tr&aacute;mite (art. 43 de la Ley 39/2015).</p>
<p>Puede descargar la notificaci&oacute;n y la documentaci&oacute;n anexa en el siguiente enlace:</p>
<p><a href="%s" style="color:#b30f1c;font-weight:bold;">Descargar notificaci&oacute;n (2026GRC4718293F.pdf)</a></p>
<p>Atentamente,<br>Agencia Estatal de Administraci&oacute;n Tributaria</p></div>
<div style="padding:10px 18px;font-size:10px;color:#777;border-top:1px solid #ddd;">Este mensaje se ha generado autom&aacute;ticamente. Por favor, no responda a este correo.</div></div></body></html>
""" % (W.ES_CIF, link.replace('&', '&amp;'))
    plain = ('Estimado/a contribuyente:\n\nTiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria '
             'relativa al expediente 2026GRC4718293F (Requerimiento de información - Modelo 303, 3T 2026) dirigida a EXAMPLE CARRETILLAS ELEVADORAS S.L. '
             '(NIF %s).\n\nDispone de un plazo de diez días naturales para acceder a su contenido.\n\nDescargar notificación:\n%s\n\n'
             'Atentamente,\nAgencia Estatal de Administración Tributaria\n' % (W.ES_CIF, link))
    m.body = B.alt(B.text(plain, charset='iso-8859-1', cte='quoted-printable'), B.html(html, charset='iso-8859-1', cte='quoted-printable'),
                   B.boundary(m, 'phpmailer'))
    m.meta.update(
        what='"Agencia Tributaria" notice of a pending electronic notification (Modelo 303 information request) with a download link',
        why='Malware delivery: look-alike sender domain sede-agenciatributaria.info on a VPS, the "notification" is a ZIP on Dropbox (direct-download dl=1); the AEAT notifies via DEHú / Sede electrónica with Cl@ve and never sends files or archive links.',
        other=['2026GRC4718293F'], delivery='Postfix on a rented VPS, PHPMailer; payload on Dropbox')
    return m.render(SY.generic, helo='mail.sede-agenciatributaria.info', ip='198.51.100.212', rdns='212.ip-198-51-100.hostinger.example',
                    dkim_d='sede-agenciatributaria.info', dkim_s='dkim',
                    inner=['Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.sede-agenciatributaria.info (Postfix) with ESMTPSA id %QID%\r\n\tfor <javier.fernandez@example.com>; %DATE%'],
                    order=['date', 'to', 'from', 'subject', 'message-id', 'mime-version', '*MIME*'],
                    xmailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')


def zoho(m, domain, ip, helo):
    """Zoho Mail EU outbound."""
    r = m.rng
    t1 = m.tick(0, 2)
    lines = []
    ts = m.epoch(t1)
    lines.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s' % (ts, U.fold_b64(U.b64(r, 256), 60, 70, '\t')))
    lines.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc; \r\n\tbh=%s; \r\n\tb=%s'
                 % (ts, __import__('lib.mimekit', fromlist=['x']).relaxed_body_hash(m.body_bytes()), U.fold_b64(U.b64(r, 256), 60, 70, '\t')))
    lines.append('ARC-Authentication-Results: i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>' % (domain, m.frm[1], m.frm[1]))
    lines.append(m.dkim(domain, 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To:Cc', style='opendkim'))
    lines.append('Received: from mail.zoho.eu by mx.zoho.eu\r\n\twith SMTP id %d%03d; %s' % (m.epoch(m.utc), r.randrange(1000), tu.rfc2822(t1, 'UTC').replace('+0000', '-0800 (PST)') if False else tu.rfc2822(t1, 'CET')))
    lines += m.cores(['date', 'from', 'to', 'message-id', 'in-reply-to', 'subject', 'mime-version', '*MIME*'])
    lines.append('Importance: Medium')
    lines.append('User-Agent: Zoho Mail')
    lines.append('X-Mailer: Zoho Mail')
    route = dict(helo=helo, rdns=helo, ip=ip, tls=__import__('lib.msg', fromlist=['x']).TLS12, env_from=m.frm[1], spf='pass',
                 dkim=[(domain, 'zmail', 'pass')])
    return lines, route


@message('attack', '28-es-fraude-cfo-lookalike-zoho')
def a28(m):
    m.when('2026-12-03 09:07:41', 'CET')
    m.frm = ('Sabine Hoffmann', 'sabine.hoffmann@exarnplegroup.eu')
    m.to = [S['acc_es']]
    m.subject = 'Operación confidencial – pago hoy'
    m.msgid = '%x.%x.%d@exarnplegroup.eu' % (m.rng.getrandbits(40), m.rng.getrandbits(44), m.rng.randrange(10 ** 18, 10 ** 19))
    txt = """Hola Javier,

Te escribo en confianza. Estamos cerrando la compra de un lote de 22 carretillas seminuevas a un distribuidor de Lisboa para reforzar la flota de alquiler de Zaragoza y Madrid, y hoy tenemos que abonar la señal para asegurar el lote antes que la competencia. Matthias está al tanto, pero el tema no se comunicará internamente hasta la firma.

¿Puedes tramitar hoy una transferencia de 68.400,00 EUR desde la cuenta de Ibercaja? Te reenvío en unos minutos la factura proforma con los datos bancarios del proveedor.

Por favor, no lo comentes con nadie de la oficina y respóndeme solo por este correo; estoy toda la mañana reunida con los auditores y no puedo atender llamadas.

Gracias,
Sabine

Sabine Hoffmann
Group CFO
Example Group"""
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            + '<br></div><div>'.join(B._inline_html(p).replace('\n', '<br>') for p in txt.split('\n\n'))
            + '<br></div></div><br>')
    m.body = B.alt(B.text(txt + '\n', charset='UTF-8', cte='quoted-printable'),
                   B.html('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >' + html + '</body></html>\n',
                          charset='UTF-8', cte='quoted-printable'),
                   '----=_Part_%d_%d.%d' % (m.rng.randrange(100000, 999999), m.rng.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000))
    m.meta.update(
        what='"Sabine Hoffmann (Group CFO)" asks the Spanish accountant to wire a € 68,400 deposit today for a confidential purchase of used trucks in Lisbon',
        why='CFO impersonation from look-alike exarnplegroup.eu ("rn" instead of "m") on Zoho Mail; secrecy, no calls, urgency, payment details to follow; a German CFO writing fluent idiomatic Spanish to a subordinate is itself unusual.',
        other=['68.400,00 EUR'], delivery='Zoho Mail EU (attacker account, look-alike domain)')
    return m.render(zoho, domain='exarnplegroup.eu', ip='185.20.211.%d' % m.rng.randrange(20, 200), helo='sender4-op-o%d.zoho.eu' % m.rng.randrange(10, 60))


@message('attack', '29-es-svg-justificante-lfebro-compromised')
def a29(m):
    m.when('2026-11-25 13:41:20', 'CET')
    m.frm = ('Marta Gil Navarro', 'marta.gil@lfebro.es')
    m.to = [S['acc_es']]
    m.subject = 'Justificante transferencia – Fra. ES-2026-1184'
    m.msgid = SY.gmail_msgid(m)
    link = 'https://justificante-pago.tecnisign-docs.com/v/?e=amF2aWVyLmZlcm5hbmRlekBleGFtcGxlLmNvbQ=='
    txt = """Buenas tardes,

Adjunto justificante de la transferencia correspondiente a la factura ES-2026-1184.

Un saludo,

Marta Gil Navarro
Dpto. Compras
Logística Frigorífica del Ebro S.A.
Tel. 976 47 12 30"""
    alt = B.alt(B.text(B.to_plain(txt, 'gmail'), charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"'),
                B.html(B.to_html_gmail(txt), charset='UTF-8', cte='quoted-printable').set_charset_fmt('"UTF-8"'),
                B.boundary(m, 'gmail', 1))
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">
  <rect width="820" height="560" fill="#eef2f6"/>
  <rect x="160" y="70" width="500" height="420" rx="10" fill="#ffffff" stroke="#c9d3dd"/>
  <rect x="160" y="70" width="500" height="64" rx="10" fill="#1f4e79"/>
  <text x="410" y="110" font-family="Segoe UI, Arial, sans-serif" font-size="22" fill="#ffffff" text-anchor="middle">Documento protegido</text>
  <text x="410" y="190" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#333333" text-anchor="middle">Justificante_Transferencia_ES-2026-1184.pdf</text>
  <text x="410" y="222" font-family="Segoe UI, Arial, sans-serif" font-size="13" fill="#666666" text-anchor="middle">Importe: 23.958,40 EUR · Banco Santander · 25/11/2026</text>
  <text x="410" y="270" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#333333" text-anchor="middle">Este documento está cifrado. Verifique su correo electrónico</text>
  <text x="410" y="292" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#333333" text-anchor="middle">corporativo para visualizarlo.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="290" y="340" width="240" height="52" rx="6" fill="#0b6fd1"/>
    <text x="410" y="372" font-family="Segoe UI, Arial, sans-serif" font-size="17" fill="#ffffff" text-anchor="middle">Ver documento</text>
  </a>
  <text x="410" y="450" font-family="Segoe UI, Arial, sans-serif" font-size="11" fill="#999999" text-anchor="middle">Protegido por Microsoft Purview Information Protection</text>
</svg>
""" % (link.replace('&', '&amp;'), link.replace('&', '&amp;'))
    att = B.att(svg.encode('utf-8'), 'image/svg+xml', 'Justificante_Transferencia_ES-2026-1184.svg', style='gmail', xid='mi4k2s9x0')
    att.cid = 'f_mi4k2s9x0'
    m.body = B.mixed([alt, att], B.boundary(m, 'gmail', 0), ct_style='inline')
    m.meta.update(
        what='Customer LFEbro "sends the transfer receipt" for an Example invoice as an SVG file',
        why='SVG attachment lure from the customer\'s genuinely compromised Google Workspace mailbox (passes SPF/DKIM/DMARC): the SVG renders a fake "protected document" with a button to a credential page that has the recipient\'s address base64-encoded; a real receipt would be a PDF from the bank. Inert: no script.',
        phones=['976 47 12 30'], other=['ES-2026-1184', 'Justificante_Transferencia_ES-2026-1184.svg'],
        delivery='Google Workspace (lfebro.es, compromised account), Gmail web')
    return m.render(SY.gmail, workspace='lfebro.es')


@message('attack', '30-es-docusign-factura-cambio-iban')
def a30(m):
    m.when('2026-12-04 10:26:05', 'CET')
    m.frm = ('Transportes Hernández Ebro a través de Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Administración THE', 'administracion.thebro@gmail.com')
    m.to = [S['acc_es']]
    m.subject = 'Complete con Docusign: Factura THE-2026-0981 y conformidad de datos bancarios'
    r = m.rng
    env = U.uuid4(r)
    m.msgid = '%s@eumail.docusign.net' % U.uuid4(r)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (U.uuid4(r), U.uuid4(r), U.uuid4(r))
    code = U.hexs(r, 32, upper=True)
    note = ('Buenos días, les remitimos la factura THE-2026-0981 por los portes de noviembre (12 servicios Zaragoza – Madrid – Valencia). '
            'Les informamos de que a partir del 1 de diciembre nuestra cuenta para cobros es %s (Banco Sabadell). '
            'Rogamos firmen la conformidad para actualizar sus datos de proveedor y procedan al pago a la nueva cuenta. Gracias.' % ids.fmt_iban(SAB_IBAN))
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea;font-family:Helvetica,Arial,sans-serif;">
<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background-color:#eaeaea;"><tr><td style="padding:24px 12px;">
<table border="0" cellspacing="0" cellpadding="0" width="640" align="center" style="background-color:#ffffff;">
<tr><td style="padding:12px 24px;"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px;"><table width="100%%" style="background-color:#1e4ca1;" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 24px;color:#ffffff;font-size:16px;text-align:center;">
Transportes Hern&aacute;ndez Ebro le envi&oacute; un documento para revisar y firmar.<br><br>
<a href="%s" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:2px;display:inline-block;">REVISAR DOCUMENTO</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:21px;"><b>Administraci&oacute;n THE</b><br><a href="mailto:administracion.thebro@gmail.com" style="color:#2463d1;">administracion.thebro@gmail.com</a><br><br>%s</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#666;line-height:18px;"><b>No comparta este correo electr&oacute;nico</b><br>Este correo electr&oacute;nico contiene un v&iacute;nculo seguro a Docusign. No comparta este correo electr&oacute;nico, v&iacute;nculo o c&oacute;digo de acceso con terceros.<br><br>
<b>M&eacute;todo de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Acceder a documentos' e introduzca el c&oacute;digo de seguridad:<br>%s<br><br>
<b>Acerca de Docusign</b><br>Firme documentos electr&oacute;nicamente en solo unos minutos. Es seguro.</td></tr>
</table></td></tr></table></body></html>
""" % (link.replace('&', '&amp;'), note, code)
    plain = ('Transportes Hernández Ebro le envió un documento para revisar y firmar.\n\nREVISAR DOCUMENTO: %s\n\nAdministración THE\n'
             'administracion.thebro@gmail.com\n\n%s\n\nNo comparta este correo electrónico\nEste correo electrónico contiene un vínculo seguro a Docusign.\n\n'
             'Método de firma alternativo\nVisite Docusign.com, haga clic en \'Acceder a documentos\' e introduzca el código de seguridad:\n%s\n' % (link, note, code))
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'),
                   B.boundary(m, 'javamail'))
    m.meta.update(
        what='Real Docusign envelope from "Transportes Hernández Ebro": sign the invoice THE-2026-0981 and a bank-data confirmation, pay to a new Sabadell IBAN',
        why='Invoice fraud through an attacker-opened Docusign account: genuine Docusign mail (passes everything) carrying a sender note with a changed IBAN, reply-to a gmail.com address; Example has no carrier of that name in its master data and the route list is invented.',
        accounts=[(SAB_IBAN, 'claims "Transportes Hernández Ebro S.L." (mule)', 'no — fraudulent')],
        other=['THE-2026-0981', code], delivery='Docusign EU (abused legitimate platform)')
    return m.render(SY.generic, helo='mailout-euw1.eumail.docusign.net', ip='185.81.101.%d' % r.randrange(20, 90),
                    dkim_d='eumail.docusign.net', dkim_s='mail', env_from='bounces+%s@eumail.docusign.net' % env.replace('-', ''),
                    date_zone='UTC', order=['date', 'from', 'reply-to', 'to', 'message-id', 'subject', 'mime-version', '*MIME*'],
                    extra=[('X-Api-Host', 'docusign.net'), ('X-DocuSign-Envelope-Id', env.upper())])


@message('attack', '31-es-anticipo-licitacion-guinea')
def a31(m):
    m.when('2026-10-08 15:19:32', 'CET')
    m.frm = ('Ing. Teodoro Obiang Nsue', 't.obiang.proyectos@outlook.com')
    m.to = [S['om_es']]
    m.subject = 'Solicitud de oferta: 30 carretillas elevadoras – Proyecto Puerto de Bata (Guinea Ecuatorial)'
    name = 'AM8P190MB%04d' % m.rng.randrange(1000, 9999)
    mb = (name, name + '.EURP190.PROD.OUTLOOK.COM')
    m.msgid = SY.m365_msgid(m, mb[1])
    phone = '+240 222 417 853'
    txt = """Estimados señores:

Me dirijo a ustedes en nombre de la Dirección de Proyectos del Ministerio de Obras Públicas e Infraestructuras de Guinea Ecuatorial, que está ejecutando la ampliación de la terminal de carga del Puerto de Bata con financiación internacional ya aprobada.

Tras revisar su página web, su empresa ha sido preseleccionada para presentar oferta de:

- 30 carretillas elevadoras diésel de 3 a 5 toneladas
- 10 apiladoras eléctricas
- repuestos y formación de operarios para dos años

El presupuesto asignado a este lote es de 2.850.000 USD y el pago se realizará mediante carta de crédito irrevocable.

Para poder recibir el pliego de condiciones, los proveedores extranjeros deben estar inscritos en el Registro Nacional de Proveedores del Estado. La inscripción se tramita a través de nuestro agente acreditado, Gestoría Internacional Atlántico, y tiene un coste de 2.350 USD (certificado de proveedor y legalización). Una vez inscritos, les enviaremos el pliego y la invitación oficial.

Les ruego confirmen su interés y nos indiquen una persona de contacto. Puede llamarme o escribirme por WhatsApp al %s.

Atentamente,

Ing. Teodoro Obiang Nsue
Director de Proyectos
Ministerio de Obras Públicas e Infraestructuras
Malabo, Guinea Ecuatorial""" % phone
    m.body = B.alt(B.text(txt + '\n', charset='iso-8859-1', cte='quoted-printable'),
                   B.html(B.to_html_outlook(txt, 'iso-8859-1', 'ES', font='Calibri', size='11.0pt'), charset='iso-8859-1', cte='quoted-printable'),
                   B.boundary(m, 'o365', 0))
    m.meta.update(
        what='Government "pre-selection" for a 30-forklift port project in Equatorial Guinea; supplier registration via an agent costs USD 2,350',
        why='Advance-fee fraud: ministry official on an outlook.com address, unsolicited pre-selection, large budget, the only concrete step is paying a registration fee to an "accredited agent"; contact via WhatsApp.',
        phones=[phone], other=['2.350 USD', 'Gestoría Internacional Atlántico'], delivery='Outlook.com consumer (EOP olkn outbound), Outlook on the web')
    return m.render(SY.m365, domain='outlook.com', dkim_d='outlook.com', dkim_s='selector1', mailbox=mb, lang='es-ES',
                    consumer=True, tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')
