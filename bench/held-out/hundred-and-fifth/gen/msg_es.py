"""Spanish messages (attack 27-31, business 27-31)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
from banks import F
import files
from checks import es_nif_letter

CIF_EG = "B88417266"
CIF_SIERRA = "B84531904"

A = []

# 27 AEAT notification phish from a compromised site ------------------------------------------
link27 = "https://sede-agenciatributaria.notificaciones-aeat.com/DEHu/Notificacion?ref=AEAT-2026-R-0471188&nif=" + CIF_EG
t27 = """Agencia Tributaria

Sede electrónica

Estimado contribuyente:

Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) correspondiente a:

Titular: EXAMPLE GROUP ESPAÑA S.L. - NIF %s
Procedimiento: Requerimiento de información - Comprobación limitada IVA 2025
Referencia: AEAT-2026-R-0471188

Dispone de un plazo de 10 días naturales para acceder a la notificación. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará con el procedimiento.

Acceda a la notificación con su certificado electrónico o Cl@ve:
[Acceder a la notificación](%s)

Agencia Estatal de Administración Tributaria""" % (CIF_EG, link27)
A.append(M(
    id="27-es-aeat-notification-phish", folder="attack", lang="es", when="2026-11-12 09:48:06",
    route=I.cpanel("cp47.webempresa.eu", "185.132.176.47", tz="Europe/Madrid", mailer="roundcube"),
    frm=("Agencia Tributaria", "info@clinicadentalalameda.es"), to=[s("es_acc")],
    subject="Notificación pendiente en DEHú - Requerimiento AEAT-2026-R-0471188", hcs="utf-8", henc="Q", hlabel="UTF-8",
    body=txt(plain(t27, "esp"), "utf-8", "quoted-printable", label="UTF-8", flowed=True),
    what="Fake Agencia Tributaria notice: a tax 'requirement' waiting in DEHú, access within 10 days with certificate or Cl@ve.",
    why="'Agencia Tributaria' display name on a compromised dental clinic's webmail account (cPanel); link to notificaciones-aeat.com instead of sede.agenciatributaria.gob.es / dehu.redsara.es; deadline pressure; credential/certificate phishing or malware download. The company's real AEAT mail is handled by its tax advisor (business 27)."))

# 28 supplier bank change from look-alike ---------------------------------------------------------
t28 = """Estimada Lucía:

Le escribo para informarle de que, por cambio de entidad bancaria, a partir de hoy todos los pagos a Alquileres Cinematográficos Sierra S.L. deberán realizarse únicamente en la siguiente cuenta:

Titular: Alquileres Cinematográficos Sierra S.L.
Entidad: Banco Sabadell
IBAN: %s
BIC: BSABESBB

Les rogamos que actualicen sus datos en el sistema antes de efectuar el pago de las facturas F-2026-0934 y F-2026-0977 (total 21.417,30 €), que vencen este viernes. Los pagos a la cuenta anterior del Banco Santander serán devueltos.

Adjuntamos el certificado de titularidad en cuanto nos lo facilite el banco. Quedo pendiente de su confirmación por correo.

Un saludo,

Raúl Ortega
Administración
Alquileres Cinematográficos Sierra S.L.
Calle de la Sierra de Cazorla 8, 28031 Madrid""" % F(B.SIERRA_FAKE)
A.append(M(
    id="28-es-supplier-bank-change-lookalike", folder="attack", lang="es", when="2026-11-23 13:05:44",
    route=I.postfix_host("mail.sierra-cine.es", "vmi2251874.contaboserver.net", "173.249.44.190", "sierra-cine.es",
                         mailer="outlook", tz="Europe/Madrid", user_agent="es"),
    frm=("Raúl Ortega", "facturacion@sierra-cine.es"), to=[s("es_acc")],
    subject="Cambio de cuenta bancaria - Alquileres Cinematográficos Sierra", hcs="windows-1252", henc="Q",
    body=alt(txt(t28, "windows-1252", "quoted-printable"), html(ohtml(t28, "windows-1252", lang="ES"), "windows-1252", "quoted-printable")),
    what="Supplier bank-detail change: the camera rental company's accounts 'moves' to a new Sabadell account before two invoices fall due.",
    why="Domain sierra-cine.es (hyphen added; real sierracine.es) on a Contabo VPS; certificate of ownership 'to follow'; confirmation only by e-mail; deadline this Friday; the genuine supplier still invoices with its Santander account (business 28)."))

# 29 quishing: HR e-signature ----------------------------------------------------------------------
url29 = "https://firma-rrhh.es/d/7Qk2Lp?u=javier.nunez@examplegroup.eu"
t29 = """Estimado/a Javier Núñez:

El departamento de Recursos Humanos ha publicado los siguientes documentos que requieren su firma electrónica:

- Adenda al contrato: política de teletrabajo 2027
- Calendario laboral 2027 (Madrid)

Fecha límite de firma: 04/12/2026

Por motivos de seguridad la firma sólo puede realizarse desde un dispositivo móvil. Escanee el código QR con la cámara de su teléfono e inicie sesión con su cuenta corporativa.

Si no firma antes de la fecha indicada, la adenda se aplicará con las condiciones por defecto.

Atentamente,
Recursos Humanos
Example Group España S.L."""
h29 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#2b579a;color:#fff;padding:14px 18px;font-size:17px">Firma electr&oacute;nica pendiente</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a Javier N&uacute;&ntilde;ez:</p>
<p>El departamento de Recursos Humanos ha publicado los siguientes documentos que requieren su firma electr&oacute;nica:</p>
<ul><li>Adenda al contrato: pol&iacute;tica de teletrabajo 2027</li><li>Calendario laboral 2027 (Madrid)</li></ul>
<p><b>Fecha l&iacute;mite de firma: 04/12/2026</b></p>
<p>Por motivos de seguridad la firma s&oacute;lo puede realizarse desde un dispositivo m&oacute;vil. Escanee el c&oacute;digo QR con la c&aacute;mara de su tel&eacute;fono e inicie sesi&oacute;n con su cuenta corporativa.</p>
<p style="text-align:center"><img src="cid:firma_qr_2027@rrhh" width="220" height="220" alt="C&oacute;digo QR"></p>
<p>Si no firma antes de la fecha indicada, la adenda se aplicar&aacute; con las condiciones por defecto.</p>
<p>Atentamente,<br>Recursos Humanos<br>Example Group Espa&ntilde;a S.L.</p></td></tr></table></body></html>
"""
A.append(M(
    id="29-es-quishing-hr-esignature", folder="attack", lang="es", when="2026-11-30 08:26:19",
    route=I.ses("eu-west-1", mail_from_domain="mail.examplegroup-nominas.es"),
    frm=("Recursos Humanos - Example Group", "rrhh@examplegroup-nominas.es"), to=[s("es_mgr")],
    subject="Documentos pendientes de firma: adenda teletrabajo 2027", hcs="iso-8859-1", henc="Q",
    body=alt(txt(t29, "iso-8859-1", "base64"),
             related(html(h29, "iso-8859-1", "base64"),
                     att("firma_qr.png", "image/png", files.qr_png(url29), inline=True, cid="firma_qr_2027@rrhh", qr_url=url29))),
    what="Quishing: 'HR' asks to sign a telework addendum by scanning a QR code on the phone and logging in with the corporate account.",
    why="External look-alike domain via Amazon SES; QR code hides the URL firma-rrhh.es (credential phishing with the victim's address); 'mobile only' to escape corporate protection; deadline; HR in Spain does not exist on a separate domain."))

# 30 Correos customs fee phish via SendGrid -----------------------------------------------------------
link30 = "https://u5537291.ct.sendgrid.net/ls/click?upn=u001.pQ8wX2kR7mZ1nB4vT6yL0cJ9hF3sD5gA-2BeU8iO1qW7rE4tY2uI6oP0aS9dF3gH"
t30 = """Correos

Su envío CE482917365ES se encuentra retenido en la aduana de Madrid-Barajas.

Para continuar con la entrega es necesario abonar los gastos de gestión aduanera:

Importe pendiente: 2,99 €
Plazo: 48 horas

Si el pago no se realiza en este plazo, el envío será devuelto al remitente.

[Pagar y programar la entrega](%s)

Gracias por confiar en Correos.""" % link30
h30 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcd00;padding:16px 22px;font-size:24px;font-weight:bold;color:#002e6d">Correos</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">
<p>Su envío <b>CE482917365ES</b> se encuentra retenido en la aduana de Madrid-Barajas.</p>
<p>Para continuar con la entrega es necesario abonar los gastos de gestión aduanera:</p>
<p style="font-size:18px">Importe pendiente: <b>2,99 €</b><br>Plazo: 48 horas</p>
<p>Si el pago no se realiza en este plazo, el envío será devuelto al remitente.</p>
<p><a href="%s" style="background:#002e6d;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Pagar y programar la entrega</a></p>
<p>Gracias por confiar en Correos.</p></td></tr></table>
<img src="https://u5537291.ct.sendgrid.net/wf/open?upn=u001.mN4bV7cX1zL8kJ2hG5fD" width="1" height="1" alt=""></body></html>
""" % link30
A.append(M(
    id="30-es-correos-customs-fee-phish", folder="attack", lang="es", when="2026-12-02 17:40:33",
    route=I.sendgrid("em2291.correos-envios.es"), frm=("Correos", "notificaciones@correos-envios.es"), to=[s("es_acc")],
    subject="Su envío CE482917365ES está retenido en aduana",
    body=alt(txt(plain(t30, "esp"), "utf-8", "quoted-printable"), html(h30, "utf-8", "quoted-printable")),
    what="Fake Correos customs-fee notice: parcel held at Barajas customs until EUR 2.99 is paid.",
    why="correos-envios.es is not correos.es; SendGrid click-tracking hides the payment page (card phishing); tiny amount and 48-hour deadline; real customs clearance for the company goes through its forwarder (business 30)."))

# 31 callback phishing with PDF invoice ------------------------------------------------------------
t31 = """Estimado cliente:

Gracias por renovar su suscripción. Su pago se ha procesado correctamente y se cargará en su método de pago registrado en un plazo de 24 horas.

Producto: Norton 360 Deluxe – 10 dispositivos (renovación 3 años)
Importe: 349,99 €
N.º de factura: NRT-2026-88412

Encontrará la factura adjunta.

Si no ha autorizado esta renovación o desea cancelarla y solicitar el reembolso, llame a nuestro servicio de facturación al +34 910 60 47 82 (lunes a domingo, 8:00–22:00). Pasadas 24 horas el importe no será reembolsable.

Atentamente,
Departamento de Facturación"""
pdf31 = files.pdf_doc([
    ("b", "Norton | Departamento de Facturación"), ("gap", 10), ("h", "FACTURA NRT-2026-88412"),
    ("l", "Fecha: 01/12/2026"), ("l", "Cliente: javier.nunez@examplegroup.eu"), ("gap",),
    ("t", [(56, "Descripción", True), (420, "Importe", True)]), ("rule",),
    ("t", [(56, "Norton 360 Deluxe - 10 dispositivos - renovación 3 años", False), (420, "289,25 €", False)]),
    ("t", [(56, "IVA 21 %", False), (420, "60,74 €", False)]), ("rule",),
    ("t", [(56, "TOTAL", True), (420, "349,99 €", True)]), ("gap", 14),
    ("b", "¿No ha autorizado este cargo? Llame para cancelar: +34 910 60 47 82"),
    ("s", "Las cancelaciones sólo se aceptan por teléfono dentro de las 24 horas siguientes a la emisión de la factura."),
], title="Factura", author="Billing", producer="Microsoft: Print To PDF", created="20261201093000+01'00'")
A.append(M(
    id="31-es-callback-phish-pdf-invoice", folder="attack", lang="es", when="2026-12-01 10:12:55",
    route=I.gmail(), frm=("Facturación Norton", "facturacion.renovaciones24@gmail.com"), to=[s("es_mgr")],
    subject="Confirmación de renovación - Factura NRT-2026-88412", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=mixed(alt(txt(t31, "utf-8", "base64", label="UTF-8"), html(ghtml(t31), "utf-8", "base64", label="UTF-8")),
               att("Factura_NRT-2026-88412.pdf", "application/pdf", pdf31, kind="text-only PDF 'invoice' with a phone number")),
    what="Callback phishing (TOAD): fake Norton renewal invoice for EUR 349.99 with a phone number to 'cancel'.",
    why="Gmail sender pretending to be Norton billing; no link, only a phone number so URL scanners find nothing; the call leads to remote-access/refund scams; the company does not buy Norton."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

pdf_b27 = files.pdf_doc([
    ("b", "Asesoría Delgado S.L.P."), ("s", "Calle de Alcalá 201, 28028 Madrid"), ("gap", 10),
    ("h", "Borrador Modelo 303 - Noviembre 2026"), ("l", "Sujeto pasivo: EXAMPLE GROUP ESPAÑA S.L. - NIF " + CIF_EG),
    ("l", "Régimen: SII, liquidación mensual"), ("gap",),
    ("t", [(56, "Casilla", True), (120, "Concepto", True), (430, "Importe", True)]), ("rule",),
    ("t", [(56, "[27]", False), (120, "Total cuota devengada", False), (430, "58.304,11", False)]),
    ("t", [(56, "[45]", False), (120, "Total a deducir", False), (430, "41.187,62", False)]),
    ("t", [(56, "[71]", True), (120, "Resultado de la liquidación", True), (430, "17.116,49", True)]),
    ("gap", 12), ("s", "Borrador para revisión del cliente. Presentación prevista: 28/12/2026 mediante apoderamiento."),
], title="Borrador 303", author="Asesoría Delgado", producer="a3ASESOR", created="20261214111500+01'00'")
tb27 = """Hola Lucía:

Te adjunto el borrador del Modelo 303 de noviembre para que lo reviséis. Sale a ingresar 17.116,49 €; lo domiciliamos en la cuenta de siempre salvo que nos digas lo contrario.

Por otro lado, nos ha llegado por DEHú (como apoderados) una comunicación de la AEAT sobre el Modelo 347 de 2025: piden aclarar una diferencia con un proveedor. No es nada urgente, tenemos hasta el 12 de enero; lo vemos el jueves en la reunión.

Si tenéis dudas, llámame.

Un abrazo,
Carmen Delgado
Asesoría Delgado S.L.P.
Tel. 91 356 24 80"""
Bz.append(M(
    id="27-es-tax-advisor-vat-draft", folder="business", lang="es", when="2026-12-14 11:28:37",
    route=I.gmail(), frm=("Carmen Delgado", "fiscal@asesoriadelgado.es"), to=[s("es_acc")],
    subject="Borrador 303 noviembre + comunicación AEAT (347)", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=mixed(alt(txt(tb27, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(tb27), "utf-8", "quoted-printable", label="UTF-8")),
               att("Borrador_303_2026_11_ExampleGroupEspana.pdf", "application/pdf", pdf_b27, kind="text-only PDF")),
    what="The tax advisor sends the November VAT draft and mentions an AEAT communication received in DEHú as the company's representative.",
    why="Known advisor (Google Workspace on its own domain), consistent figures, no links; AEAT matters are handled through DEHú by the advisor, exactly what the phish imitates.",
    hard_neg_of=(["27-es-aeat-notification-phish"], "AEAT / DEHú notification")))

pdf_b28 = files.pdf_doc([
    ("b", "Alquileres Cinematográficos Sierra S.L."), ("s", "Calle de la Sierra de Cazorla 8, 28031 Madrid - CIF " + CIF_SIERRA), ("gap", 12),
    ("h", "Factura F-2026-1012"), ("l", "Fecha: 30/11/2026     Cliente: Example Group España S.L. (CIF " + CIF_EG + ")"),
    ("l", "Proyecto: \"Calle Mayor\" - temporada 2"), ("gap",),
    ("t", [(56, "Concepto", True), (430, "Importe", True)]), ("rule",),
    ("t", [(56, "Alquiler cámara Sony Venice 2 + ópticas, 9 jornadas (16-27/11)", False), (430, "8.910,00", False)]),
    ("t", [(56, "Seguro de equipo", False), (430, "445,50", False)]), ("rule",),
    ("t", [(56, "Base imponible", False), (430, "9.355,50", False)]), ("t", [(56, "IVA 21 %", False), (430, "1.964,66", False)]),
    ("t", [(56, "Total factura", True), (430, "11.320,16 €", True)]), ("gap", 12),
    ("l", "Forma de pago: transferencia a 30 días"), ("l", "Banco Santander - IBAN " + F(B.SIERRA_OK)),
], title="F-2026-1012", author="Sierra", producer="Holded", created="20261130180000+01'00'")
tb28 = """Buenas tardes:

Adjuntamos la factura F-2026-1012 correspondiente al alquiler de equipo de cámara para "Calle Mayor" (16-27/11).

Forma de pago habitual: transferencia a 30 días a nuestra cuenta del Banco Santander indicada en la factura.

Un saludo,

Raúl Ortega
Administración
Alquileres Cinematográficos Sierra S.L.
Tel. 91 304 77 15"""
Bz.append(M(
    id="28-es-supplier-invoice-genuine", folder="business", lang="es", when="2026-11-30 18:21:06",
    route=I.postfix_host("smtp.sierracine.es", "smtp.sierracine.es", "82.223.14.96", "sierracine.es",
                         mailer="outlook", tz="Europe/Madrid", user_agent="es"),
    frm=c("sierra"), to=[s("es_acc")], subject="Factura F-2026-1012 - Alquileres Cinematográficos Sierra",
    hcs="windows-1252", henc="Q",
    body=mixed(txt(tb28, "windows-1252", "quoted-printable"),
               att("Factura_F-2026-1012.pdf", "application/pdf", pdf_b28, kind="text-only PDF invoice")),
    what="Monthly invoice from the camera rental supplier.",
    why="Genuine domain sierracine.es from its own mail server (Spanish hosting), usual Santander IBAN (valid DC digits), matching project and dates.",
    hard_neg_of=(["28-es-supplier-bank-change-lookalike"], "Sierra invoices / payment account")))

tb29 = """Hola Javier:

Te escribo desde el correo personal porque el portátil se quedó en la oficina. Llevo desde anoche con 39 de fiebre, esta mañana he ido al centro de salud y me han dado la baja hasta el viernes (gripe). El parte ya llega a la empresa por vía telemática, no hace falta que lo mande.

Lo urgente: los pagos de proveedores de esta semana están preparados en el banco, sólo falta la firma de la segunda persona; y el cierre de noviembre lo puedo terminar el lunes.

Si necesitas algo, escríbeme por WhatsApp.

Un beso,
Lucía"""
Bz.append(M(
    id="29-es-colleague-sick-leave-gmail", folder="business", lang="es", when="2026-12-09 09:03:50",
    route=I.gmail(), frm=("Lucía Fernández", "luciafdez.mad@gmail.com"), to=[s("es_mgr")],
    subject="Baja médica hasta el viernes", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=alt(txt(tb29, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(tb29), "utf-8", "quoted-printable", label="UTF-8")),
    what="The Madrid accountant reports sick from her private Gmail.",
    why="Personal but plausible: official sick note goes electronically, payments wait for the usual second signature, nothing to click or pay.",
    hard_neg_of=(["15-en-gift-card-ceo-impersonation", "31-es-callback-phish-pdf-invoice"], "colleague/known name writing from a Gmail address")))

pdf_b30 = files.pdf_doc([
    ("b", "Transportes Ruiz e Hijos S.L."), ("s", "Polígono Industrial Las Mercedes, Calle Campezo 12, 28022 Madrid"), ("gap", 10),
    ("h", "Documentación de exportación - Envío TR-2026-4711"), ("l", "Expedidor: Example Group España S.L."),
    ("l", "Destinatario: Example Group UK Ltd, 12 Soho Square, London W1D 3QF"),
    ("l", "Mercancía: equipo de rodaje (exportación temporal, cuaderno ATA ES/26/0418)"), ("l", "Bultos: 14 flight cases, 612 kg"),
    ("l", "Aduana de salida: Irún   MRN: 26ES00280011804472"), ("l", "Salida prevista: 09/12/2026, llegada Londres 11/12/2026"),
    ("gap", 10), ("s", "Despacho aduanero incluido en la tarifa acordada. No se requiere ningún pago adicional por parte del destinatario."),
], title="Envío TR-2026-4711", author="Transportes Ruiz", producer="Microsoft® Excel® 2019", created="20261207163000+01'00'")
tb30 = """Buenas tardes, Javier:

Te confirmo la salida del envío TR-2026-4711 (14 flight cases, equipo de rodaje para Londres) el miércoles 9 a primera hora. El despacho de exportación temporal con el cuaderno ATA está hecho en Irún; te adjunto el resumen con el MRN.

Para la entrada en Reino Unido el agente de aduanas de destino ya tiene el cuaderno. No hay que pagar nada en destino, el despacho está incluido en la tarifa.

Saludos,

Manuel Ruiz
Tráfico - Transportes Ruiz e Hijos S.L.
Tel. 91 748 20 61 / 629 45 17 80"""
Bz.append(M(
    id="30-es-carrier-customs-documents", folder="business", lang="es", when="2026-12-07 16:49:22",
    route=I.postfix_host("mail.transportesruiz.es", "mail.transportesruiz.es", "217.116.0.238", "transportesruiz.es",
                         mailer="outlook", tz="Europe/Madrid", user_agent="es"),
    frm=("Manuel Ruiz - Transportes Ruiz", "trafico@transportesruiz.es"), to=[s("es_mgr")], cc=[s("es_acc")],
    subject="Envío TR-2026-4711 Madrid-Londres: documentación aduana", hcs="iso-8859-1", henc="Q",
    body=mixed(txt(latin(tb30), "iso-8859-1", "quoted-printable"),
               att("TR-2026-4711_exportacion.pdf", "application/pdf", pdf_b30, kind="text-only PDF")),
    what="The carrier confirms an export shipment to London with customs reference (ATA carnet, MRN).",
    why="Known carrier on its own domain/server; concrete shipment data; explicitly no payment due at destination; no links.",
    hard_neg_of=(["30-es-correos-customs-fee-phish"], "customs clearance / parcel delivery")))

b31t = """BOLETÍN AUDIOVISUAL MADRID – Diciembre 2026

Ayudas a la producción 2027
La Comunidad de Madrid abre la convocatoria de ayudas a la producción de series y largometrajes. Plazo: 15/01 – 15/02/2027.
Más información: https://audiovisualmadrid.org/noticias/ayudas-produccion-2027

Jornada: incentivos fiscales (art. 36.2 LIS) para producciones internacionales
18 de diciembre, 10:00, Matadero Madrid. Inscripción gratuita para asociados.
Inscribirse: https://audiovisualmadrid.org/agenda/jornada-incentivos

Has recibido este correo porque tu empresa es asociada de Audiovisual Madrid.
Darse de baja: https://u1184023.ct.sendgrid.net/asm/unsubscribe/?user_id=1184023&data=Ys8pQ2v
Audiovisual Madrid – Asociación de Productoras, Calle de Fuencarral 45, 28004 Madrid"""
b31h = """<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Boletín Audiovisual Madrid</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 24px;background:#c8102e;color:#fff;font-size:22px;font-weight:bold">BOLETÍN AUDIOVISUAL MADRID <span style="font-size:13px;font-weight:normal">Diciembre 2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:22px;color:#222">
<h3 style="margin:0 0 4px">Ayudas a la producción 2027</h3><p style="margin:0 0 6px">La Comunidad de Madrid abre la convocatoria de ayudas a la producción de series y largometrajes. Plazo: 15/01 – 15/02/2027.</p>
<p><a href="https://u1184023.ct.sendgrid.net/ls/click?upn=u001.aP3vQ8mX2kL7zR1nB5tY9cJ4hF6sD0gA" style="color:#c8102e">Más información</a></p>
<h3 style="margin:16px 0 4px">Jornada: incentivos fiscales (art. 36.2 LIS) para producciones internacionales</h3><p style="margin:0 0 6px">18 de diciembre, 10:00, Matadero Madrid. Inscripción gratuita para asociados.</p>
<p><a href="https://u1184023.ct.sendgrid.net/ls/click?upn=u001.bQ4wR9nY3lM8aS2oC6uZ0dK5iG7tE1hB" style="color:#c8102e">Inscribirse</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;background:#f7f7f7">Has recibido este correo porque tu empresa es asociada de Audiovisual Madrid.<br>
<a href="https://u1184023.ct.sendgrid.net/asm/unsubscribe/?user_id=1184023&amp;data=Ys8pQ2v">Darse de baja</a> &middot; Audiovisual Madrid &ndash; Asociación de Productoras, Calle de Fuencarral 45, 28004 Madrid</td></tr>
</table><img src="https://u1184023.ct.sendgrid.net/wf/open?upn=u001.cR5xS0oZ4mN9bT3pD7vA" width="1" height="1" alt=""></body></html>
"""
Bz.append(M(
    id="31-es-association-newsletter-sendgrid", folder="business", lang="es", when="2026-12-03 10:00:27",
    route=I.sendgrid("em8841.audiovisualmadrid.org"), frm=("Audiovisual Madrid", "boletin@audiovisualmadrid.org"),
    to=[s("es_mgr")], subject="Boletín Audiovisual Madrid: ayudas 2027 y jornada de incentivos fiscales",
    list_unsub=[("List-Unsubscribe", "<https://u1184023.ct.sendgrid.net/asm/unsubscribe/?user_id=1184023&data=Ys8pQ2v>,\n <mailto:unsubscribe@audiovisualmadrid.org?subject=baja>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    body=alt(txt(plain(b31t, "esp"), "utf-8", "quoted-printable"), html(b31h, "utf-8", "quoted-printable")),
    what="Producers' association newsletter sent through SendGrid.",
    why="Same ESP and click-tracking as phishing, but the association's own domain with SendGrid authentication domain, List-Unsubscribe with One-Click, informational content only.",
    hard_neg_of=(["30-es-correos-customs-fee-phish", "04-de-elster-tax-office-phish"], "bulk mail via SendGrid with click tracking")))

BUSINESS = Bz
