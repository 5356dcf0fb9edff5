"""Attack messages 27-31 (Spanish)."""
from eglib import mime, bank, html as H
from eglib.infra import SES, OXPrivateEmail, OutlookSMTP, Thunderbird, Gmail, rhex, ralnum
from eglib.kit import attack, alt, mixed, att, pdf, b64mail, S


@attack(27, 'es', 'aeat-notificacion-dehu-clave',
        what='"Agencia Tributaria" announces a pending notification in the DEH\u00fa about a VAT review and asks to access it with Cl@ve or a certificate within ten days.',
        why='Tax-office credential phishing: look-alike domain agenciatributaria-dehu.es sent through Amazon SES; the real AEAT uses agenciatributaria.gob.es and the DEH\u00fa portal; '
            'link collects Cl@ve PIN/credentials; "deemed rejected after ten days" pressure.')
def _(m):
    m.use(SES())
    m.when('2026-11-02 09:15:48', 'es')
    m.frm = ('Agencia Tributaria', 'notificaciones@agenciatributaria-dehu.es')
    m.to = [S('es_acc')]
    m.subject = 'Aviso de notificaci\u00f3n pendiente en la Direcci\u00f3n Electr\u00f3nica Habilitada \u00fanica (DEH\u00fa)'
    link = 'https://agenciatributaria-dehu.es/notificaciones/acceso?ref=2026NOT0041877&nif=B87391520'
    t = """Agencia Tributaria

Aviso de puesta a disposici\u00f3n de notificaci\u00f3n

Titular: EXAMPLE GROUP IBERIA S.L.
NIF: B87391520
Referencia: 2026NOT0041877
Procedimiento: Comprobaci\u00f3n limitada - Impuesto sobre el Valor A\u00f1adido, ejercicio 2025

Le informamos de que tiene a su disposici\u00f3n una notificaci\u00f3n en la Direcci\u00f3n Electr\u00f3nica Habilitada \u00fanica (DEH\u00fa). Transcurridos diez d\u00edas naturales desde su puesta a disposici\u00f3n sin que se acceda a su contenido, se entender\u00e1 rechazada y se continuar\u00e1 con el procedimiento (art. 43 de la Ley 39/2015).

Para acceder a la notificaci\u00f3n identif\u00edquese con certificado electr\u00f3nico o Cl@ve:
%s

Este mensaje se ha generado autom\u00e1ticamente. Por favor, no responda a este correo.
""" % link
    body = ('<table cellpadding="6" style="font-size:13px;border:1px solid #d8d8d8;background:#f7f7f7;margin:0 0 16px 0">'
            '<tr><td>Titular</td><td><b>EXAMPLE GROUP IBERIA S.L.</b></td></tr><tr><td>NIF</td><td>B87391520</td></tr>'
            '<tr><td>Referencia</td><td>2026NOT0041877</td></tr>'
            '<tr><td>Procedimiento</td><td>Comprobaci\u00f3n limitada \u2013 IVA, ejercicio 2025</td></tr></table>')
    body += H.p("""Le informamos de que tiene a su disposici\u00f3n una notificaci\u00f3n en la Direcci\u00f3n Electr\u00f3nica Habilitada \u00fanica (DEH\u00fa). Transcurridos diez d\u00edas naturales desde su puesta a disposici\u00f3n sin que se acceda a su contenido, se entender\u00e1 rechazada y se continuar\u00e1 con el procedimiento (art. 43 de la Ley 39/2015).

Para acceder a la notificaci\u00f3n identif\u00edquese con certificado electr\u00f3nico o Cl@ve.""")
    h = H.notice('Aviso de puesta a disposici\u00f3n de notificaci\u00f3n', body, 'Acceder a la notificaci\u00f3n', link, color='#8a1538', lang='es',
                 logo_html='<span style="color:#8a1538;font-weight:700">Agencia Tributaria</span> <span style="color:#666;font-size:12px">sede.agenciatributaria.gob.es</span>',
                 footer='Este mensaje se ha generado autom\u00e1ticamente. Por favor, no responda a este correo.')
    m.root = alt(m, mime.text(t, 'UTF-8', 'base64'), mime.text(h, 'UTF-8', 'base64', 'html'))


@attack(28, 'es', 'abogado-falso-operacion-confidencial',
        what='A "M&A lawyer" writes to the Madrid accountant "on behalf of J\u00fcrgen H\u00f6fer" asking for a 312,400 EUR deposit to an escrow account in Portugal for a confidential acquisition.',
        why='Fake-lawyer/CEO fraud: unknown law-firm domain on Namecheap Private Email, invokes the CEO, secrecy towards colleagues and HQ, same-day transfer to a '
            'foreign account, "the CEO will confirm by e-mail" (which the attacker also controls); no contract, no board approval.')
def _(m):
    m.use(OXPrivateEmail(origin='156.146.59.22', hcs='iso-8859-15', henc='Q', hcase='ISO-8859-15'))
    m.when('2026-11-17 10:02:27', 'es')
    m.frm = ('Alejandro Vidal Roca', 'a.vidal@vidal-abogados-mercantil.com')
    m.to = [S('es_acc')]
    m.subject = 'Operaci\u00f3n confidencial \u2013 instrucciones del Sr. H\u00f6fer'
    ib = bank.pt_iban('0010', '0000', '52784731001')
    t = """Estimado Sr. Mu\u00f1oz:

Me pongo en contacto con usted por indicaci\u00f3n expresa del Sr. J\u00fcrgen H\u00f6fer, consejero delegado de Example Group, en relaci\u00f3n con la adquisici\u00f3n de un edificio de oficinas en el distrito de Chamart\u00edn que nuestro despacho est\u00e1 asesorando.

La operaci\u00f3n est\u00e1 sujeta a un acuerdo de confidencialidad y, hasta su anuncio oficial, solo un n\u00famero muy reducido de personas est\u00e1 informado. El Sr. H\u00f6fer le ha designado a usted para gestionar el pago de la se\u00f1al desde la filial espa\u00f1ola.

Hoy mismo es necesario transferir 312.400,00 EUR en concepto de arras a la cuenta de dep\u00f3sito en garant\u00eda de nuestro despacho:

Titular: Vidal & Asociados Abogados - Cuenta Escrow
Banco: Banco BPI, S.A. (Lisboa)
IBAN: %s
BIC: BBPIPTPL

Le ruego que no comente esta operaci\u00f3n con otros miembros del equipo ni con la oficina central hasta que el Sr. H\u00f6fer la comunique oficialmente. \u00c9l mismo le confirmar\u00e1 estas instrucciones por correo electr\u00f3nico en breve.

Quedo a su disposici\u00f3n por esta v\u00eda.

Atentamente,

Alejandro Vidal Roca
Socio - Derecho Mercantil y M&A
Vidal & Asociados Abogados
Paseo de la Castellana 95, 28046 Madrid
""" % bank.fmt(ib)
    m.root = alt(m, mime.text(t, 'iso-8859-15', 'quoted-printable', case='ISO-8859-15'),
                 mime.text(H.plain_div(t).replace('charset=utf-8', 'charset=iso-8859-15'), 'iso-8859-15', 'quoted-printable', 'html', case='ISO-8859-15'))


@attack(29, 'es', 'proveedor-lookalike-cambio-cuenta',
        what='"Vicente Soler, Mantenimientos Integrales Levante" sends a "certificado de titularidad" and asks to pay invoice 2026/0934 (7,986.50 EUR) to a new ING account.',
        why='Supplier bank-detail fraud from look-alike milevante.com (genuine milevante.es) on cPanel hosting: new IBAN by e-mail, audit pretext, deadline, confirmation by e-mail; '
            'the attached certificate is a self-made PDF, not issued by a bank (compare the genuine change with bank certificate and call-back, business 28).')
def _(m):
    m.use(OutlookSMTP(hoster='exim', host='cp-es14.webempresa.eu', origin='45.134.142.77',
                      client_t=('cp-es14.webempresa.eu', 'cp-es14.webempresa.eu', '185.166.212.14'), hcs='windows-1252', content_lang='es', sender_zone='es'))
    m.when('2026-11-25 12:36:15', 'es')
    m.frm = ('Vicente Soler', 'v.soler@milevante.com')
    m.to = [S('es_acc')]
    m.subject = 'RE: Factura 2026/0934 \u2013 cambio de cuenta bancaria'
    m.replies = 1
    ib = bank.es_iban('1465', '0100', '1924018375')
    t = """Buenos d\u00edas Javier:

Te adjunto el certificado de titularidad de nuestra nueva cuenta. Con motivo de la auditor\u00eda anual hemos cambiado de entidad y a partir de este mes las transferencias deben hacerse a la cuenta de ING. La cuenta de CaixaBank se cancela el d\u00eda 30.

IBAN: %s
Titular: Mantenimientos Integrales Levante S.L.

Te agradecer\u00eda que la factura 2026/0934 (7.986,50 \u20ac), que vence el viernes, ya se pague en la nueva cuenta. Por favor, conf\u00edrmame por correo cuando est\u00e9 actualizado en vuestro sistema.

Un saludo,

Vicente Soler
Administraci\u00f3n
Mantenimientos Integrales Levante S.L.
""" % bank.fmt(ib)
    blocks = [('h1', 'CERTIFICADO DE TITULARIDAD DE CUENTA'), ('gap', ''),
              ('p', 'ING Bank N.V., Sucursal en Espa\u00f1a, certifica que la cuenta abajo indicada figura a nombre de:'),
              ('b', 'MANTENIMIENTOS INTEGRALES LEVANTE S.L.   CIF B46821137'), ('b', 'IBAN: ' + bank.fmt(ib)), ('b', 'BIC: INGDESMMXXX'),
              ('p', 'Y para que conste a los efectos oportunos, se expide el presente certificado en Madrid, a 24 de noviembre de 2026.'),
              ('small', 'Documento generado electr\u00f3nicamente.')]
    p = pdf(m, blocks, 'Certificado titularidad', lang='es-ES', creator='Microsoft\u00ae Word para Microsoft 365', producer='Microsoft\u00ae Word para Microsoft 365')
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1252', 'quoted-printable'), mime.text(H.outlook(t, 'ES'), 'windows-1252', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Certificado_titularidad_cuenta_ING.pdf'))


@attack(30, 'es', 'svg-orden-de-pago-pyme-comprometida',
        what='A renovation company\'s mailbox sends an "orden de pago" for a building-entrance renovation as an SVG file.',
        why='SVG phishing from a compromised small-business mailbox (Thunderbird via Dinahosting): the SVG shows a blurred document and links to a Netlify site '
            'with the recipient\'s address; no open order with this sender.')
def _(m):
    m.use(Thunderbird(hoster='dinahosting', origin='88.27.140.201', origin_rdns='201.red-88-27-140.dynamicip.rima-tde.net',
                      client_t=('smtp.dinahosting.com', 'smtp.dinahosting.com', '82.98.136.21'), content_lang='es-ES', sender_zone='es',
                      ua='Mozilla Thunderbird'))
    m.when('2026-12-01 16:48:30', 'es')
    m.frm = ('Reformas Hnos. Casta\u00f1o S.L.', 'administracion@reformascastano.es')
    m.to = [S('es_mgr')]
    m.subject = 'Orden de pago \u2013 Presupuesto 2026-117 (reforma portal)'
    url = 'https://castano-docs-2026.netlify.app/?e=%s' % b64mail(S('es_mgr')[1])
    t = """Buenas tardes Carmen,

Le adjuntamos la orden de pago correspondiente al presupuesto 2026-117 (reforma del portal y escalera). Por favor, rev\u00edsela y conf\u00edrmenos para programar el inicio de los trabajos.

Un saludo,
Administraci\u00f3n
Reformas Hnos. Casta\u00f1o S.L.
"""
    svg = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" viewBox="0 0 794 1123">
<defs><filter id="f1"><feGaussianBlur stdDeviation="4"/></filter></defs>
<rect width="794" height="1123" fill="#e9ecef"/>
<g filter="url(#f1)">
<rect x="60" y="60" width="674" height="1000" fill="#ffffff"/>
<text x="100" y="140" font-family="Arial" font-size="28" fill="#222">ORDEN DE PAGO</text>
<rect x="100" y="180" width="360" height="14" fill="#cfcfcf"/><rect x="100" y="206" width="280" height="14" fill="#cfcfcf"/>
<rect x="100" y="270" width="594" height="30" fill="#dfe7ef"/><rect x="100" y="316" width="594" height="14" fill="#d5d5d5"/>
<rect x="100" y="342" width="594" height="14" fill="#d5d5d5"/><rect x="480" y="420" width="214" height="20" fill="#b8b8b8"/>
</g>
<rect x="197" y="430" width="400" height="210" rx="10" fill="#ffffff" stroke="#bdbdbd"/>
<text x="397" y="482" text-anchor="middle" font-family="Segoe UI, Arial" font-size="18" fill="#222">Orden_de_pago_2026-117.pdf</text>
<text x="397" y="514" text-anchor="middle" font-family="Segoe UI, Arial" font-size="13" fill="#555">Vista previa no disponible.</text>
<text x="397" y="534" text-anchor="middle" font-family="Segoe UI, Arial" font-size="13" fill="#555">Verifique su correo para descargar el documento.</text>
<a xlink:href="%s" href="%s" target="_blank">
<rect x="297" y="566" width="200" height="44" rx="5" fill="#d93025"/>
<text x="397" y="594" text-anchor="middle" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">Descargar PDF</text>
</a>
</svg>
""" % (url, url)).encode('utf-8')
    m.root = mixed(m, mime.text(t, 'UTF-8', '8bit', quoted=False, extra='; format=flowed'),
                   att(m, svg, 'image/svg+xml', 'Orden_de_pago_2026-117.svg'))


@attack(31, 'es', 'callback-factura-microsoft365-falsa',
        what='"Order confirmation" for 50 Microsoft 365 Business Premium licences (1,349 EUR) with a PDF invoice and a Spanish phone number to call if the purchase was not made.',
        why='Callback phishing (TOAD): no link at all, only a phone number, fake invoice PDF, sender is a Gmail address; the call centre then talks the victim into '
            'installing remote-access software or paying a "refund".')
def _(m):
    m.use(Gmail(host='mail-lf1-f49.google.com', ip='209.85.167.49'))
    m.when('2026-10-30 11:22:05', 'es')
    m.frm = ('Departamento de Facturaci\u00f3n', 'facturacion.licencias365@gmail.com')
    m.to = [S('es_mgr')]
    m.subject = 'Confirmaci\u00f3n de pedido #MS-ES-88412037 \u2013 Microsoft 365 Empresa Premium (50 licencias)'
    t = """Estimado cliente:

Gracias por su pedido. Su suscripci\u00f3n se ha renovado correctamente y el cargo se realizar\u00e1 en las pr\u00f3ximas 24 horas en el m\u00e9todo de pago registrado.

N\u00famero de pedido: MS-ES-88412037
Producto: Microsoft 365 Empresa Premium - 50 licencias (12 meses)
Importe total: 1.349,00 \u20ac (IVA incluido)
Renovaci\u00f3n autom\u00e1tica: activada

Encontrar\u00e1 la factura en el archivo adjunto.

Si usted no ha realizado esta compra o desea cancelar la renovaci\u00f3n, llame a nuestro servicio de atenci\u00f3n al cliente en las pr\u00f3ximas 24 horas:

+34 911 23 98 47 (lunes a s\u00e1bado, de 8:00 a 22:00)

Atentamente,
Departamento de Facturaci\u00f3n
"""
    blocks = [('h1', 'FACTURA'), ('p', 'N\u00famero de pedido: MS-ES-88412037\nFecha: 30/10/2026\nCliente: Example Group Iberia S.L.'),
              ('gap', ''), ('b', 'Descripci\u00f3n                                                   Importe'),
              ('p', 'Microsoft 365 Empresa Premium - 50 licencias (12 meses)       1.114,88 \u20ac'),
              ('p', 'IVA 21 %                                                             234,12 \u20ac'), ('b', 'TOTAL                                                         1.349,00 \u20ac'),
              ('gap', ''), ('p', 'M\u00e9todo de pago: domiciliaci\u00f3n / tarjeta registrada. Renovaci\u00f3n autom\u00e1tica activada.'),
              ('b', '\u00bfNo reconoce este cargo? Llame al +34 911 23 98 47 para cancelar y solicitar el reembolso.')]
    p = pdf(m, blocks, 'Factura MS-ES-88412037', lang='es-ES', creator='Canva', producer='Canva')
    m.root = mixed(m, alt(m, mime.text(t, 'utf-8', 'base64', case='UTF-8'), mime.text(H.gmail(t), 'utf-8', 'base64', 'html', case='UTF-8')),
                   att(m, p, 'application/pdf', 'Factura_MS-ES-88412037.pdf'))
