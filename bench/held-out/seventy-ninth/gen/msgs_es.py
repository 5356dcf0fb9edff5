"""Spanish messages (Palma office): 5 attacks, 5 genuine."""
import codes as K
import company as C
import files as F
import infra as I
from common import alt, esc, fmt_eur_de, gmail_html, ol_quote, outlook_alt, simple_html
from company import S
from mime import Msg, T, Part, att, html, mp, text

E = fmt_eur_de
TLEV_SIG = 'Transportes Levante S.A.\nPolígono Fuente del Jarro, C/ Ciudad de Sevilla 14 - 46988 Paterna (Valencia)\nTel. 961 340 218 - CIF %s' % C.TLEV['cif']


def exim(m, t, rcpt, *, server, server_ip, client_ip, auth, helo='[127.0.0.1]'):
    m.hop('from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s'
          % (client_ip, m.rng.randrange(40000, 65000), helo, server, auth, m.alnum(5), m.alnum(11), m.alnum(4), rcpt,
             (t + 1).rfc()))
    m.mx(server, server_ip, t + 2, rcpt, tls='1.2')


def tlev_invoice_pdf(iban, bank, when, note=None):
    L = [('h', 'Transportes Levante S.A.'), ('s', 'Pol. Fuente del Jarro, C/ Ciudad de Sevilla 14 - 46988 Paterna (Valencia) - CIF %s' % C.TLEV['cif']), '',
         'Cliente: Example Group Iberia S.L. - CIF %s' % C.EG_CIF, 'Carrer de Joan Maragall 2 - 07006 Palma', '',
         ('b', 'FACTURA TL-26/08817'), 'Fecha: 31/10/2026   Vencimiento: 30/11/2026', '',
         'Transporte grupaje Valencia - Palma (vía Baleària), octubre 2026, 6 envíos   2.760,00',
         'Gestión portuaria y seguro de mercancía                                        440,00', '',
         'Base imponible: 3.200,00 EUR   IVA 21%: 672,00 EUR', ('b', 'TOTAL FACTURA: 3.872,00 EUR'), '',
         'Forma de pago: transferencia bancaria', '%s  IBAN %s' % (bank, K.fmt_iban(iban))]
    if note:
        L += ['', ('b', note)]
    return F.pdf(L, title='Factura TL-26/08817', author='Transportes Levante S.A.', creator='a3ERP',
                 producer='a3ERP / PDF', date=when)


# ================================================================ ATTACKS
def a01(n):
    url = 'https://sede-agenciatributaria.notific-aeat.com/descarga/2026GRC44817A.zip'
    m = Msg('attack', n, 'es', 'aeat-notificacion-descarga-zip',
            what='"Agencia Tributaria": electronic notification pending (information request, VAT form 303), '
                 'download link for the notification',
            why='Malware lure impersonating the Spanish tax agency: sent through a hacked cPanel server of a dental '
                'clinic, "Descargar notificación (PDF)" actually points to a ZIP on sede-agenciatributaria.notific-'
                'aeat.com; AEAT notifications are only collected in the Sede/DEHú, never downloaded via e-mail links',
            tech=['tax authority lure', 'tax authority lure with malware download link', 'compromised website mailer', 'sub-domain trick URL'])
    t = T('2026-10-20 09:51:37', 'ES')
    to = S('es_acc')
    frm = ('Agencia Tributaria', 'notificaciones@clinicadentalsonrisa-valencia.es')
    m.env_from = frm[1]
    exim(m, t, to[1], server='srv214.hostingbaleares.net', server_ip='185.166.212.%d' % 61, client_ip='91.92.251.103',
         auth=frm[1])
    m.msgid = '<%s@clinicadentalsonrisa-valencia.es>' % m.hexs(32)
    m.xh('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')
    m.std(t, frm, [to], 'Notificación electrónica pendiente - Requerimiento de información (Modelo 303, 3T 2026)',
          cs='iso-8859-1', enc='Q')
    plain = """AGENCIA TRIBUTARIA
Notificación electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, tercer trimestre (Modelo 303).

Referencia: 2026GRC44817A
NIF: %s (EXAMPLE GROUP IBERIA SL)
Plazo para atender el requerimiento: 10 días hábiles desde la puesta a disposición.

Puede descargar la notificación y la documentación adjunta en el siguiente enlace:
Descargar notificación (PDF): %s

Transcurridos diez días naturales sin acceder a su contenido, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).

Agencia Estatal de Administración Tributaria
""" % (C.EG_CIF, url)
    inner = """<table width="620" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;background:#fff">
<tr><td style="border-bottom:3px solid #a6000e;padding:12px 18px;font-size:18px;color:#a6000e"><b>AGENCIA TRIBUTARIA</b><br><span style="font-size:12px;color:#555">Sede Electrónica</span></td></tr>
<tr><td style="padding:18px"><p style="font-size:15px"><b>Notificación electrónica</b></p>
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una notificación relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, tercer trimestre (Modelo 303).</p>
<table cellpadding="4" style="font-size:13px;background:#f3f3f3;width:100%%"><tr><td>Referencia</td><td><b>2026GRC44817A</b></td></tr><tr><td>NIF</td><td>%s (EXAMPLE GROUP IBERIA SL)</td></tr><tr><td>Plazo</td><td>10 días hábiles</td></tr></table>
<p><a href="%s" style="color:#fff;background:#a6000e;padding:8px 16px;text-decoration:none;display:inline-block">Descargar notificación (PDF)</a></p>
<p style="font-size:11px;color:#666">Transcurridos diez días naturales sin acceder a su contenido, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).</p></td></tr></table>""" % (C.EG_CIF, esc(url))
    m.body = alt(plain, simple_html(inner, 'iso-8859-1', 'Agencia Tributaria'), 'iso-8859-1', 'quoted-printable')
    return m


def a02(n):
    iban = K.es_iban('0182', '5941', '0201563388')
    m = Msg('attack', n, 'es', 'fraude-ceo-responsable-oficina-outlook',
            what='"Javier Ortega Muñoz" (office manager Spain) writes from an outlook.es address: urgent advance '
                 'payment of EUR 38,750 to a new teak supplier, send the proof here',
            why='Executive impersonation from a consumer Outlook.com address (the real one is '
                'javier.ortega@example.com), unknown beneficiary, bypass of the PO/ERP process and the two-signature '
                'rule, "can\'t talk", "write only to this address"',
            tech=['CEO fraud / BEC', 'free-mail impersonation (Outlook.com)'])
    t = T('2026-11-06 12:14:49', 'ES')
    to = S('es_acc')
    frm = ('Javier Ortega Muñoz', 'javier.ortega.munoz@outlook.es')
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', pod='PAXP193MB', region='EURP193',
          outbound='EUR02-AM0-obe', ob_host='mail-am0eur02olkn2%03d.outbound.protection.outlook.com',
          ob_ip='40.92.49.%d', lang='es-ES')
    m.x = [x for x in m.x if x[0] not in ('Thread-Topic', 'Thread-Index', 'Accept-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator')]
    m.std(t, frm, [to], 'Urgente', cs='utf-8', enc='B')
    body = """Hola Lucía,

¿Estás en la oficina? Estoy en una reunión con un proveedor nuevo de teca para cubiertas y no puedo hablar por teléfono. Hemos cerrado un lote a muy buen precio, pero quieren un anticipo hoy para reservar el material antes de que se lo quede otro cliente.

Necesito que hagas una transferencia de 38.750,00 € a esta cuenta:

Beneficiario: Maderas Nobles del Mediterráneo S.L.
IBAN: %s
Concepto: Anticipo pedido teca 11/2026

El pedido lo meto en el sistema el lunes, Sabine ya está al tanto. Mándame el justificante por aquí en cuanto esté hecha. Escríbeme solo a este correo, el del trabajo no me funciona en el móvil.

Gracias,
Javier

Enviado desde Outlook para Android
""" % K.fmt_iban(iban)
    htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">%s</div></body></html>\n' % \
        esc(body).replace('\n', '<br>\n')
    m.body = alt(body, htm, 'utf-8', 'base64')
    return m


def a03(n):
    m = Msg('attack', n, 'es', 'transportista-lookalike-factura-nueva-cuenta',
            what='"Transportes Levante - Facturación" resends invoice TL-26/08817 with "updated" bank details: '
                 'pay to the Portuguese subsidiary\'s account',
            why='Invoice redirection from look-alike domain transportes-levante.es (real: transporteslevante.es) '
                'on a VPS; refers to a conversation that never happened; Spanish carrier suddenly collecting to a '
                'Portuguese account; altered PDF invoice; asks for proof of payment',
            tech=['invoice redirection / bank-detail change', 'look-alike domain (hyphen)', 'altered PDF invoice'])
    t = T('2026-11-12 16:22:05', 'ES')
    to = S('es_acc')
    frm = ('Transportes Levante - Facturación', 'facturacion@transportes-levante.es')
    m.env_from = frm[1]
    m.hop('from [192.168.56.101] (unknown [193.233.%d.%d])\n\t(Authenticated sender: facturacion@transportes-levante.es)\n\tby mail.transportes-levante.es (Postfix) with ESMTPSA id 4bQ%s\n\tfor <%s>; %s'
          % (m.rng.randrange(20, 250), m.rng.randrange(2, 250), m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    I.vps(m, t + 1, to[1], helo='mail.transportes-levante.es', ip='45.147.248.%d' % 19, rdns='mail.transportes-levante.es')
    I.outlook_desktop(m, t, 'transportes-levante.es', 'es')
    m.std(t, frm, [to], 'RE: Factura TL-26/08817 - cambio de cuenta bancaria', cs='windows-1252', enc='Q')
    body = """Buenas tardes Lucía,

Le reenvío la factura TL-26/08817 con los datos bancarios actualizados. Como le comentamos, nuestra cuenta de CaixaBank está bloqueada temporalmente por la auditoría anual y desde el día 10 estamos cobrando a través de la cuenta de nuestra filial en Portugal (Transportes Levante Lda.).

Le agradeceríamos que realizara la transferencia de 3.872,00 € a la nueva cuenta esta misma semana para evitar recargos:

Titular: Transportes Levante Lda.
IBAN: %s
BIC: MPIOPTPL

Quedamos a la espera del justificante de la transferencia.

Un saludo,

Rosa Martínez
Departamento de Facturación
%s
""" % (K.fmt_iban(C.TLEV_IBAN_FAKE), TLEV_SIG)
    pdf = tlev_invoice_pdf(C.TLEV_IBAN_FAKE, 'Banco Montepio', "20261112160144+01'00'",
                           note='NUEVA CUENTA BANCARIA - No utilizar cuentas anteriores')
    m.body = mp('mixed', outlook_alt(body, 'windows-1252', 'quoted-printable', 'ES'),
                att('application/pdf', pdf, 'Factura_TL-26-08817.pdf'))
    return m


def a04(n):
    url = 'https://sede.agenciatributaria.gob.es.verifactu-alta.com/wlpl/VERIFACTU/alta?nif=' + C.EG_CIF
    m = Msg('attack', n, 'es', 'verifactu-alta-obligatoria-phishing',
            what='"Agencia Tributaria - VERI*FACTU": the company\'s invoicing system is "not registered", sign in '
                 'with certificate or Cl@ve before 30/11 to avoid a fine up to EUR 50,000',
            why='Credential phishing on the VERI*FACTU invoicing-software rules: there is no "alta" of the '
                'software with the AEAT; link host sede.agenciatributaria.gob.es.verifactu-alta.com (sub-domain '
                'trick), sender aeat-verifactu.es via SendGrid, fear of penalties',
            tech=['tax authority credential phishing (VERI*FACTU)', 'bulk ESP abuse (SendGrid)', 'sub-domain trick URL'])
    t = T('2026-11-18 10:44:16', 'ES')
    to = S('es_acc')
    frm = ('Agencia Tributaria - VERI*FACTU', 'verifactu@aeat-verifactu.es')
    I.sendgrid(m, t, to[1], bounce_dom='em8213.aeat-verifactu.es')
    m.std(t, frm, [to], 'VERI*FACTU: su sistema de facturación no consta dado de alta - regularice antes del 30/11/2026',
          cs='UTF-8', enc='Q')
    plain = """Estimado/a contribuyente:

De acuerdo con el Real Decreto 1007/2023 y la Orden HAC/1177/2024, los contribuyentes del Impuesto sobre Sociedades deben utilizar un sistema informático de facturación adaptado a VERI*FACTU.

En nuestros registros no consta la comunicación de alta del sistema de facturación utilizado por EXAMPLE GROUP IBERIA SL (NIF %s). La utilización de sistemas no adaptados puede ser sancionada con multa de hasta 50.000 € por ejercicio (art. 201 bis de la Ley 58/2003, General Tributaria).

Para evitar el inicio de un procedimiento sancionador, identifíquese con certificado electrónico o Cl@ve y confirme los datos de su sistema antes del 30/11/2026:

%s

Agencia Estatal de Administración Tributaria
Departamento de Gestión Tributaria
""" % (C.EG_CIF, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f0f0f0"><tr><td align="center" style="padding:20px">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:14px 22px;border-bottom:4px solid #a6000e"><b style="color:#a6000e;font-size:18px">Agencia Tributaria</b> <span style="float:right;font-size:12px;color:#777">VERI*FACTU</span></td></tr>
<tr><td style="padding:22px;line-height:21px">
<p>Estimado/a contribuyente:</p>
<p>De acuerdo con el Real Decreto 1007/2023 y la Orden HAC/1177/2024, los contribuyentes del Impuesto sobre Sociedades deben utilizar un sistema informático de facturación adaptado a VERI*FACTU.</p>
<p>En nuestros registros <b>no consta la comunicación de alta</b> del sistema de facturación utilizado por <b>EXAMPLE GROUP IBERIA SL (NIF %s)</b>. La utilización de sistemas no adaptados puede ser sancionada con multa de hasta <b>50.000 &euro; por ejercicio</b> (art. 201 bis de la Ley 58/2003, General Tributaria).</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#a6000e;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Identificarse y confirmar sistema</a></p>
<p style="font-size:12px;color:#666">Plazo: hasta el 30/11/2026. Acceso con certificado electrónico o Cl@ve.</p></td></tr></table></td></tr></table>""" % (C.EG_CIF, esc(url))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'VERI*FACTU'), 'UTF-8', 'quoted-printable')
    return m


def a05(n):
    form_url = 'https://mci-pedidos.com/excel/view.php'
    m = Msg('attack', n, 'es', 'pedido-cliente-nuevo-adjunto-html-login',
            what='New "charter company" from Ibiza sends a preliminary order "in Excel Online format" as HTML '
                 'attachment, sign in with the corporate mailbox to view it',
            why='Credential phishing with HTML attachment: the "order" is a static fake Microsoft Excel Online '
                'login form posting e-mail and password to mci-pedidos.com; new contact on Gmail; the RFQ pretext '
                'targets sales staff who open customer documents',
            tech=['HTML attachment credential phishing', 'fake purchase order / RFQ', 'free-mail sender'])
    t = T('2026-11-09 11:33:12', 'ES')
    to = S('es_sales')
    frm = ('Marina Charter Ibiza - Compras', 'marinacharteribiza.compras@gmail.com')
    m.env_from = frm[1]
    I.gmail(m, t, to[1])
    m.std(t, frm, [to], 'Solicitud de presupuesto - pedido flota 2027 (Pedido MCI-2027-014)')
    body = """Buenos días Carmen:

Somos una empresa de chárter con base en Ibiza (14 embarcaciones de 38 a 52 pies). Estamos preparando la temporada 2027 y nos interesa su gama de fondeo y cubierta. Le adjunto nuestro pedido preliminar (formato Excel Online) con cantidades y referencias; le agradeceríamos precio y plazo de entrega en Ibiza antes del viernes.

Para ver el documento debe iniciar sesión con su cuenta de correo corporativo.

Saludos cordiales,

Álvaro Marí
Departamento de Compras
Marina Charter Ibiza S.L.
Port d'Eivissa - 07800 Ibiza
"""
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Pedido_MCI-2027-014.xlsx - Excel</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}.bar{background:#107c41;color:#fff;padding:10px 18px;font-size:15px}
.grid{filter:blur(3px);padding:20px;color:#999;font-size:12px}.box{position:absolute;top:120px;left:50%%;margin-left:-190px;width:340px;background:#fff;padding:28px;box-shadow:0 2px 12px rgba(0,0,0,.25)}
input{width:100%%;padding:8px;margin:6px 0 12px;border:1px solid #8a8886;box-sizing:border-box}button{background:#0067b8;color:#fff;border:0;padding:8px 26px;float:right}</style></head>
<body><div class="bar">Excel &middot; Pedido_MCI-2027-014.xlsx</div>
<div class="grid">Ref. | Descripción | Cant. | ... Ancla 16 kg | Cadena 10 mm 60 m | Molinete 1000 W | Defensas 25x85 | Cabos 16 mm ...</div>
<div class="box"><div style="font-size:13px;color:#737373">Microsoft</div><h2 style="font-weight:600;font-size:22px;margin:10px 0">Iniciar sesión</h2>
<p style="font-size:13px">El remitente ha protegido este documento. Inicie sesión con su cuenta de correo para verlo.</p>
<form method="post" action="%s"><input type="hidden" name="doc" value="MCI-2027-014">
<input name="email" type="email" value="carmen.ruiz@example.com" placeholder="Correo electrónico">
<input name="pass" type="password" placeholder="Contraseña"><button type="submit">Siguiente</button></form></div></body></html>
""" % form_url
    a = att('text/html', page.encode('utf-8'), 'Pedido_MCI-2027-014.html', charset='utf-8')
    a.note = 'static login form posting to %s, no script' % form_url
    m.body = mp('mixed', alt(body, gmail_html(body), 'UTF-8', 'quoted-printable'), a)
    return m


# ================================================================ BUSINESS
def b01(n):
    m = Msg('business', n, 'es', 'dehu-aviso-notificacion',
            what='DEHú (the state\'s single electronic notification address) announces a notification from the tax '
                 'agency about form 349',
            why='Genuine DEHú notice: informational only, no link to a document, tells the user to access the '
                'official portal with certificate or Cl@ve; government mail server',
            pair=(['aeat-notificacion-descarga-zip', 'verifactu-alta-obligatoria-phishing'], 'tax agency notification'))
    t = T('2026-10-27 08:02:44', 'ES')
    to = S('es_acc')
    frm = ('DEHú - Dirección Electrónica Habilitada única', 'no-reply@dehu.redsara.es')
    m.env_from = 'no-reply@dehu.redsara.es'
    m.hop('from dehu-app02.redsara.es (dehu-app02.redsara.es [10.252.14.%d])\n\tby smtp.redsara.es (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s'
          % (m.rng.randrange(10, 90), m.alnum(11), to[1], t.rfc(comment=True)))
    m.mx('smtp.redsara.es', '185.73.172.%d' % m.rng.randrange(10, 60), t + 2, to[1])
    m.msgid = '<%d.%d.%d.JavaMail.dehu@dehu-app02.redsara.es>' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 12, 2 * 10 ** 12))
    m.std(t, frm, [to], 'Aviso de puesta a disposición de notificación', cs='ISO-8859-1', enc='Q')
    body = """Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL - %s
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación - Modelo 349 (declaración recapitulativa de operaciones intracomunitarias)
Fecha de puesta a disposición: 27/10/2026

Para acceder a su contenido, entre en https://dehu.redsara.es con su certificado electrónico o Cl@ve. Dispone de 10 días naturales para comparecer; transcurrido este plazo la notificación se entenderá rechazada.

Este correo es meramente informativo y no contiene enlaces a documentos. Por favor, no responda a este mensaje.
""" % C.EG_CIF
    m.body = text(body, 'ISO-8859-1', '8bit')
    return m


def b02(n):
    m = Msg('business', n, 'es', 'transportista-factura-octubre',
            what='Transportes Levante invoicing sends invoice TL-26/08817 for October groupage transport (PDF)',
            why='Genuine carrier invoice from the real domain (Zimbra mail server), usual CaixaBank account, amounts '
                'consistent, ordinary 30-day term',
            pair=(['transportista-lookalike-factura-nueva-cuenta'], 'same carrier, same invoice number and amount'))
    t = T('2026-11-02 12:40:21', 'ES')
    to = S('es_acc')
    frm = C.TLEV['martinez']
    m.env_from = frm[1]
    m.hop('from mail.transporteslevante.es (localhost [127.0.0.1])\n\tby mail.transporteslevante.es (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s'
          % (m.alnum(11), to[1], (t + 1).rfc(comment=True)))
    m.mx('mail.transporteslevante.es', '212.170.%d.%d' % (m.rng.randrange(1, 250), m.rng.randrange(2, 250)), t + 2, to[1])
    I.zimbra(m, t, 'mail.transporteslevante.es')
    m.std(t, frm, [to], 'Factura TL-26/08817 - Example Group Iberia S.L.', cc=[C.TLEV['fact']], cs='utf-8', enc='Q')
    body = """Estimados señores:

Adjuntamos factura TL-26/08817 correspondiente a los servicios de transporte de octubre (Valencia - Palma vía Baleària, 6 envíos de grupaje).

Importe: 3.872,00 € (base 3.200,00 € + IVA 21 %% 672,00 €)
Vencimiento: 30/11/2026
Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank %s

Atentamente,

Rosa Martínez
Departamento de Facturación
%s
""" % (K.fmt_iban(C.TLEV_IBAN), TLEV_SIG)
    htm = '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">%s</div></body></html>\n' % \
        ''.join('<div>%s</div>' % (esc(l) or '<br data-mce-bogus="1">') for l in body.split('\n'))
    pdf = tlev_invoice_pdf(C.TLEV_IBAN, 'CaixaBank', "20261102123510+01'00'")
    m.body = mp('mixed', alt(body, htm, 'utf-8', 'quoted-printable'),
                att('application/pdf', pdf, 'Factura_TL-26-08817.pdf'))
    return m


def b03(n):
    m = Msg('business', n, 'es', 'pago-urgente-anticipo-interno',
            what='Office manager Spain asks the accountant (cc CFO) to prepare today an advance payment for an '
                 'approved purchase order to a known supplier',
            why='Genuine internal request via mail-int01/Exchange: order approved in the ERP by the CFO, supplier '
                'and bank account taken from master data, two signatures, offers phone contact',
            pair=(['fraude-ceo-responsable-oficina-outlook'], 'urgent advance payment for teak from the office manager'))
    t = T('2026-11-10 09:12:55', 'ES')
    to = S('es_acc')
    frm = S('es_mgr')
    m.env_from = frm[1]
    I.internal(m, t, to[1])
    m.clang = 'es-ES'
    m.std(t, frm, [to], 'Pago urgente anticipo teca - pedido PO-ES-2026-0412 aprobado', cc=[S('cfo')],
          cs='iso-8859-1', enc='Q', order='ftsd')
    body = """Hola Lucía:

Te confirmo que el pedido PO-ES-2026-0412 a Teca Naval Mediterráneo S.L. (proveedor 40118, el de siempre) ya está aprobado en el ERP; Sabine lo firmó ayer por la tarde.

Como en marzo, nos piden un anticipo del 30 % (11.940,00 EUR) para lanzar el corte de la madera. ¿Puedes prepararlo hoy en el banco con la cuenta que tenemos en la ficha del proveedor? Yo hago la segunda firma en cuanto me avises. Si hay cualquier duda, llámame al móvil.

La factura proforma está adjunta al pedido en el ERP.

Gracias,
Javier

Javier Ortega Muñoz
Office Manager | Example Group Iberia S.L.
Carrer de Joan Maragall 2 - 07006 Palma | +34 971 228 410
"""
    m.body = outlook_alt(body, 'iso-8859-1', 'quoted-printable', 'ES')
    return m


def b04(n):
    m = Msg('business', n, 'es', 'cliente-pedido-varada-pdf',
            what='Customer Náutica Balear sends purchase order 2026/0387 (antifouling, anodes) for the November '
                 'haul-out season, PDF attached',
            why='Genuine order from the customer\'s own domain and server, known contact, PDF purchase order with '
                'text only, usual terms; no login or link',
            pair=(['pedido-cliente-nuevo-adjunto-html-login'], 'customer order sent to sales with attachment'))
    t = T('2026-11-03 17:05:40', 'ES')
    to = S('es_sales')
    frm = ('Miguel Ferrer', 'compras@nauticabalear.es')
    m.env_from = frm[1]
    I.smb(m, t, to[1], host='mail.nauticabalear.es', host_ip='91.121.%d.%d' % (m.rng.randrange(1, 250), m.rng.randrange(2, 250)),
          client_ip='83.45.12.34', client_kind='movistar', auth='compras@nauticabalear.es')
    I.outlook_desktop(m, t, 'nauticabalear.es', 'es')
    m.std(t, frm, [to], 'Pedido 2026/0387 - antifouling y ánodos para la varada de noviembre', cs='iso-8859-15', enc='Q')
    lines = [('40', 'Antifouling autopulimentante 2,5 l, azul marino'), ('24', 'Ánodo de zinc para eje 30 mm'),
             ('12', 'Ánodo de zinc tipo Z para hélice'), ('6', 'Imprimación epoxi 2,5 l, gris')]
    body = """Hola Carmen,

Te paso el pedido 2026/0387 para la varada de noviembre. Necesitaríamos la mercancía en nuestro almacén de Son Castelló antes del día 16.

%s

Condiciones como siempre (60 días, transferencia). Cualquier cosa me dices.

Un saludo,

Miguel Ferrer
Compras - Náutica Balear S.L.
C/ Gremi de Fusters 33 - 07009 Palma
Tel. 971 430 582 | CIF %s
""" % ('\n'.join('- %s x %s' % l for l in lines), C.NBAL['cif'])
    pdf = F.pdf([('h', 'Náutica Balear S.L.'), ('s', 'C/ Gremi de Fusters 33 - 07009 Palma - CIF %s' % C.NBAL['cif']), '',
                 ('b', 'PEDIDO DE COMPRA 2026/0387'), 'Fecha: 03/11/2026   Proveedor: Example Group Iberia S.L.',
                 'Entrega: almacén Son Castelló antes del 16/11/2026', ''] +
                ['%s uds.  %s' % l for l in lines] +
                ['', 'Condiciones de pago: 60 días, transferencia', '', 'Firmado: Miguel Ferrer (Compras)'],
                title='Pedido 2026/0387', author='Náutica Balear', creator='Microsoft Excel',
                producer='Microsoft Excel 2019', date="20261103170211+01'00'")
    m.body = mp('mixed', outlook_alt(body, 'iso-8859-15', 'quoted-printable', 'ES'),
                att('application/pdf', pdf, 'Pedido_2026-0387.pdf'))
    return m


def b05(n):
    m = Msg('business', n, 'es', 'newsletter-software-facturacion-verifactu',
            what='Newsletter of the Palma office\'s invoicing software vendor about VERI*FACTU in 2027, via Brevo',
            why='Genuine subscribed newsletter from the vendor\'s domain through Brevo with List-Unsubscribe and '
                'one-click unsubscribe; informational, states that updates are automatic and no credentials are '
                'ever requested by e-mail',
            pair=(['verifactu-alta-obligatoria-phishing'], 'VERI*FACTU topic, bulk ESP'))
    t = T('2026-11-19 10:00:05', 'ES')
    to = S('es_acc')
    frm = C.FMAR['news']
    I.brevo(m, t, to[1], sender_dom='facturamar.es')
    m.std(t, frm, [to], 'VERI*FACTU en 2027: qué cambia y cómo lo resolvemos en FacturaMar', cs='UTF-8', enc='Q')
    unsub = 'https://r.facturamar.es/mk/un/v2/%s' % m.alnum(60)
    m.hdr('List-Unsubscribe', '<mailto:unsubscribe@sib.facturamar.es?subject=unsubscribe>, <%s>' % unsub)
    m.hdr('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    m.hdr('Precedence', 'bulk')
    plain = """FacturaMar - Novedades noviembre 2026

VERI*FACTU en 2027: qué cambia y cómo lo resolvemos en FacturaMar

Desde el 1 de enero de 2027 las sociedades deberán facturar con un software que cumpla el Reglamento de sistemas informáticos de facturación (RD 1007/2023). FacturaMar ya está certificado y la adaptación de su cuenta se hará de forma automática en la actualización de diciembre: no tiene que darse de alta en ningún registro ni enviar nada a la Agencia Tributaria.

Qué verá en sus facturas:
- un código QR tributario en cada factura emitida,
- la leyenda "VERI*FACTU" si elige el envío automático de registros a la AEAT,
- un registro de eventos en el menú Configuración > Cumplimiento.

Importante: ni FacturaMar ni la Agencia Tributaria le pedirán nunca contraseñas, certificados o claves Cl@ve por correo electrónico. Si recibe un mensaje así, no haga clic y reenvíelo a seguridad@facturamar.es.

Webinar gratuito: martes 1 de diciembre, 10:00 h. Inscripción: https://www.facturamar.es/webinars/verifactu-2027

FacturaMar Software S.L. - Carrer del Sindicat 21 - 07002 Palma
Recibe este correo porque es cliente de FacturaMar. Darse de baja: %s
""" % unsub
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eef2f5"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#263238">
<tr><td style="background:#00796b;color:#fff;padding:18px 26px;font-size:22px;font-weight:bold">FacturaMar <span style="font-weight:normal;font-size:13px">Novedades noviembre 2026</span></td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:23px">
<h1 style="font-size:21px;color:#00796b">VERI*FACTU en 2027: qué cambia y cómo lo resolvemos en FacturaMar</h1>
<p>Desde el 1 de enero de 2027 las sociedades deberán facturar con un software que cumpla el Reglamento de sistemas informáticos de facturación (RD 1007/2023). FacturaMar ya está certificado y la adaptación de su cuenta se hará <b>de forma automática</b> en la actualización de diciembre: no tiene que darse de alta en ningún registro ni enviar nada a la Agencia Tributaria.</p>
<ul><li>un código QR tributario en cada factura emitida,</li><li>la leyenda &laquo;VERI*FACTU&raquo; si elige el envío automático de registros a la AEAT,</li><li>un registro de eventos en Configuración &gt; Cumplimiento.</li></ul>
<p style="background:#fff3e0;padding:12px;border-left:4px solid #ef6c00"><b>Importante:</b> ni FacturaMar ni la Agencia Tributaria le pedirán nunca contraseñas, certificados o claves Cl@ve por correo electrónico.</p>
<p><a href="https://r.facturamar.es/mk/cl/f/%s" style="color:#00796b;font-weight:bold">Webinar gratuito: martes 1 de diciembre, 10:00 h &rsaquo;</a></p></td></tr>
<tr><td style="padding:16px 26px;font-size:11px;color:#78909c;text-align:center">FacturaMar Software S.L. &middot; Carrer del Sindicat 21 &middot; 07002 Palma<br>Recibe este correo porque es cliente de FacturaMar. <a href="%s" style="color:#78909c">Darse de baja</a></td></tr>
</table></td></tr></table>
<img width="1" height="1" src="https://r.facturamar.es/tr/op/%s" alt="">""" % (m.alnum(48), esc(unsub), m.alnum(48))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'FacturaMar'), 'UTF-8', 'quoted-printable')
    return m


ATTACKS = [a01, a02, a03, a04, a05]
BUSINESS = [b01, b02, b03, b04, b05]
