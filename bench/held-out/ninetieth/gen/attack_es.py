# -*- coding: utf-8 -*-
"""Attack messages 27-31 (Spanish)."""
from msgkit import *  # noqa: F401,F403


@message("attack", 27, "es", "aeat-notificacion-dehu",
         "Tax-office phishing: 'Agencia Tributaria' says a notification about a limited VAT audit awaits in DEHú and must be opened within 10 days via a link",
         "AEAT display name on a compromised driving school's website mail (PHPMailer/Exim); link host sede.agenciatributaria.gob.es.dehu-notificaciones.com is a subdomain of an attacker domain; real DEHú notices are fetched on dehu.redsara.es / sede.agenciatributaria.gob.es, and the gestoría already handles them",
         pair="business 27",
         note="The genuine gestoría mail mentions the same DEHú notice but gives no link and says they already downloaded it with their certificate")
def a27():
    p = infra.SMTPHost(mua="phpmailer", software="exim-local", host="vps-5d2a81.dinaserver.com", host_ip="185.42.104.77",
                       rdns="vps-5d2a81.dinaserver.com", helo="vps-5d2a81.dinaserver.com", msgid_domain="autoescuelamirador.es")
    url = "https://sede.agenciatributaria.gob.es.dehu-notificaciones.com/Sede/notificaciones?ref=2026GRC84120071Y"
    txt = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú), correspondiente al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025.

Titular: EXAMPLE GROUP IBERIA SL - NIF B98741200
Referencia: 2026GRC84120071Y
Fecha de puesta a disposición: 19/10/2026

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).

Acceder a la notificación:
%s

Agencia Tributaria
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<div style="border-bottom:3px solid #a3001b;padding:8px 0;font-size:17px;color:#a3001b"><b>Agencia Tributaria</b> &nbsp;<span style="color:#555;font-size:13px">Sede electrónica</span></div>
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la <b>Dirección Electrónica Habilitada única (DEHú)</b>, correspondiente al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025.</p>
<p>Titular: <b>EXAMPLE GROUP IBERIA SL - NIF B98741200</b><br>Referencia: 2026GRC84120071Y<br>Fecha de puesta a disposición: 19/10/2026</p>
<p>Dispone de un plazo de <b>10 días naturales</b> para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).</p>
<p><a href="%s">Acceder a la notificación</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
</body></html>
""" % esc(url)
    body = alt(txt, html, "iso-8859-1", "quoted-printable", quote=False)
    return make("a27", p, bt(2026, 10, 19, 11, 48, 20), "notificaciones@autoescuelamirador.es", S("es_acc")[1],
                ("Agencia Tributaria", "notificaciones@autoescuelamirador.es"), S("es_acc"),
                "Notificación electrónica pendiente - Agencia Tributaria (Ref. 2026GRC84120071Y)", body,
                hdr_cs="iso-8859-1", hdr_enc="Q")


@message("attack", 28, "es", "ceo-fraud-whatsapp-lookalike",
         "CEO/manager fraud opener: 'José Martínez Ruiz' asks the Spanish accountant for her mobile number to continue a confidential matter on WhatsApp today",
         "Office manager's name on the look-alike domain examplegroup-eu.com (real: examplegroup.eu), Roundcube on a VPS; moving the conversation to WhatsApp to escape corporate controls, secrecy and a same-day deadline - first stage of a payment fraud")
def a28():
    p = infra.SMTPHost(mua="roundcube", software="postfix-local", host="mail.examplegroup-eu.com",
                       host_ip="45.90.58.131", rdns="45-90-58-131.cprapid.com")
    txt = """Hola Lucía,

¿estás en la oficina? Necesito que me pases tu número de móvil, te escribo por WhatsApp. Es un tema confidencial que tenemos que cerrar hoy antes de las 14:00 y ahora mismo no puedo hablar por teléfono.

No lo comentes con nadie de momento, luego te explico.

Gracias,
José Martínez Ruiz
Director - Example Group Iberia
"""
    body = text(txt, "plain", "UTF-8", "8bit", quote=False, flowed=True)
    return make("a28", p, bt(2026, 11, 12, 10, 2, 11), "jose.martinez@examplegroup-eu.com", S("es_acc")[1],
                ("José Martínez Ruiz", "jose.martinez@examplegroup-eu.com"), S("es_acc"), "Urgente", body,
                user_ip="89.187.171.133", hdr_cs="UTF-8", hdr_enc="Q")


@message("attack", 29, "es", "roesb-tasa-renovacion-falsa",
         "Fake regulator fee: 'Registro Oficial de Establecimientos y Servicios Biocidas' demands EUR 398.60 for renewing the company's ROESB registration, PDF 'liquidación' with an IBAN",
         "ROESB is kept by the regional health authority; its fees are paid with the official tax form (modelo 046) on the Generalitat's platform, never by transfer to a private 'Gestión Registral'; look-alike domain registro-biocidas.es via Brevo; suspension threat",
         pair="business 29",
         note="The genuine consultant explains the renewal goes through the sede electrónica and the 046 form - no bank transfer to anyone")
def a29():
    p = infra.ESP(kind="brevo")
    iban = P("mule_es29")
    txt = """Estimados señores:

Les recordamos que la inscripción de su establecimiento en el Registro Oficial de Establecimientos y Servicios Biocidas (ROESB) con número 46-0417-S, correspondiente a la actividad de servicios biocidas a terceros (tratamientos DDD), vence el 31/12/2026.

Para mantener la inscripción vigente y evitar la suspensión de la actividad, deberán abonar la tasa de renovación y actualización de datos por importe de 398,60 € antes del 04/12/2026 mediante transferencia a:

Beneficiario: Gestión Registral de Biocidas
IBAN: %s
Concepto: ROESB 46-0417-S

Se adjunta la liquidación. Una vez recibido el pago se emitirá el certificado de inscripción actualizado.

Atentamente,
Área de Registro - ROESB
""" % iban
    pdf = pdf_att([("REGISTRO OFICIAL DE ESTABLECIMIENTOS Y SERVICIOS BIOCIDAS", "h"), "Área de Registro", "",
                   "Titular: EXAMPLE GROUP IBERIA SL  -  NIF B98741200", "Nº inscripción ROESB: 46-0417-S",
                   "Actividad: servicios biocidas a terceros (desinfección, desinsectación, desratización)", "",
                   ("LIQUIDACIÓN - TASA DE RENOVACIÓN E INSCRIPCIÓN", "b"),
                   "Tasa de renovación                         329,42 EUR",
                   "Actualización de datos registrales          69,18 EUR",
                   ("TOTAL A INGRESAR                           398,60 EUR", "b"), "",
                   "Plazo de ingreso: hasta el 04/12/2026", "Beneficiario: Gestión Registral de Biocidas",
                   "IBAN: " + iban, "Concepto: ROESB 46-0417-S", "",
                   ("La falta de pago en plazo conllevará la suspensión de la inscripción y de la actividad.", "s")],
                  "Liquidacion_ROESB_46-0417-S.pdf", title="Liquidacion", creator="Microsoft Word",
                  date="D:20261123082000+01'00'")
    html = html_simple(txt, "windows-1252")
    body = multipart("mixed", [alt(txt, html, "windows-1252", "base64"), pdf])
    return make("a29", p, bt(2026, 11, 23, 9, 30, 41), "roesb@registro-biocidas.es", S("es_mgr")[1],
                ("Registro Oficial de Establecimientos y Servicios Biocidas", "roesb@registro-biocidas.es"),
                S("es_mgr"), "Renovación de inscripción ROESB 46-0417-S - tasa pendiente de abono", body,
                hdr_cs="windows-1252", hdr_enc="Q")


@message("attack", 30, "es", "factura-html-adjunto-lookalike",
         "Invoice lure from the look-alike of a real supplier (ss-levante.es vs sslevante.es) with an HTML 'invoice' that forwards (meta refresh) to a credential page",
         "Look-alike domain with a hyphen, sent from a VPS with Outlook headers; the attachment is not a PDF but an HTML file that immediately redirects to ss-levante.es/portal with the recipient's address (no script needed); amount and order number invented",
         pair="business 30",
         note="Genuine invoice from administracion@sslevante.es arrives as a PDF with the usual Sabadell IBAN")
def a30():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="mail.ss-levante.es", host_ip="82.223.12.140",
                       rdns="server.ss-levante.es", lang_tag="es")
    target = "https://ss-levante.es/portal/facturas/visor.php?f=F-2026-3418&u=lucia.fernandez%40example.com"
    txt = """Buenos días Lucía,

Adjuntamos la factura F-2026/3418 correspondiente al pedido PV-8841 (cebos rodenticidas en bloque, trampas de captura múltiple y EPIs).

Importe: 2.486,93 € (IVA incluido)
Vencimiento: 27/12/2026

Para visualizar la factura abra el archivo adjunto.

Un saludo,
Departamento de Administración
Suministros Sanitarios Levante S.L.
"""
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">
<meta http-equiv="refresh" content="0; url=%s">
<title>Factura F-2026/3418</title></head>
<body style="font-family:Segoe UI,Arial;color:#444;text-align:center;padding-top:80px">
<p>Cargando documento seguro&hellip;</p>
<p style="font-size:12px">Si no se abre automáticamente, <a href="%s">pulse aquí</a>.</p>
</body></html>
""" % (esc(target), esc(target))
    att = attachment(page.encode("iso-8859-15"), "text/html", "Factura_F-2026-3418.html", kind="HTML",
                     extra_ct=[("charset", "iso-8859-15", True)])
    body = multipart("mixed", [text(txt, "plain", "iso-8859-15", "quoted-printable"), att])
    return make("a30", p, bt(2026, 11, 27, 12, 37, 9), "administracion@ss-levante.es", S("es_acc")[1],
                ("Administración - Suministros Sanitarios Levante", "administracion@ss-levante.es"), S("es_acc"),
                "Factura F-2026/3418 - Suministros Sanitarios Levante S.L.", body,
                user_ip="82.223.12.140", user_rdns="server.ss-levante.es", user_lan="10.0.1.4", lang_tag="es",
                hdr_cs="iso-8859-15", hdr_enc="Q")


@message("attack", 31, "es", "correos-aduanas-dua-zip",
         "Customs/courier malware lure: 'Correos' says a parcel from China is held at Madrid-Barajas customs; the import declaration (DUA) and payment instructions are in an attached ZIP",
         "Correos display name on correos-aduanas-envios.com sent through an abused Amazon SES account; the office expects no import parcel; the unencrypted ZIP holds 'DUA_Importacion_UH049337116CN.pdf.js' (script behind a double extension, inert placeholder here); Correos uses correos.es and never mails archives")
def a31():
    p = infra.ESP(kind="ses", ses_region="eu-west-3")
    txt = """Su envío está retenido en aduanas

Estimado cliente:

Su envío UH049337116CN procedente de China se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los aranceles y gastos de gestión (DUA de importación).

Importe a abonar: 2,99 €

Encontrará el documento DUA y las instrucciones de pago en el archivo adjunto. Si no se abona en un plazo de 72 horas, el envío será devuelto al remitente.

Correos y Telégrafos
"""
    html = """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="580" align="center" style="background:#fff"><tr><td style="background:#ffcc00;padding:14px 20px;font-size:22px;color:#002e6d;font-weight:bold">Correos</td></tr>
<tr><td style="padding:22px;font-size:14px;color:#333">
<p style="font-size:18px;color:#002e6d"><b>Su envío está retenido en aduanas</b></p>
<p>Estimado cliente:</p>
<p>Su envío <b>UH049337116CN</b> procedente de China se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los aranceles y gastos de gestión (DUA de importación).</p>
<p>Importe a abonar: <b>2,99 €</b></p>
<p>Encontrará el documento DUA y las instrucciones de pago en el archivo adjunto. Si no se abona en un plazo de 72 horas, el envío será devuelto al remitente.</p>
<p style="font-size:11px;color:#888">Correos y Telégrafos</p></td></tr></table></body></html>
"""
    z = zip_att([("DUA_Importacion_UH049337116CN.pdf.js", A.PLACEHOLDER)], "DUA_UH049337116CN.zip",
                seed="a31", when=(2026, 12, 4, 15, 58, 2))
    body = multipart("mixed", [alt(txt, html, "utf-8", "quoted-printable"), z])
    return make("a31", p, bt(2026, 12, 4, 16, 20, 33),
                "0102019391f2b6a3-4c1e7a2d-9b55-4f6e-8a1d-2c3b4e5f6a7b-000000@eu-west-3.amazonses.com",
                S("es_mgr")[1], ("Correos", "notificaciones@correos-aduanas-envios.com"), S("es_mgr"),
                "Su envío UH049337116CN está retenido en aduanas", body)
