# -*- coding: utf-8 -*-
"""Genuine business messages 27-31 (Spanish)."""
from msgkit import *  # noqa: F401,F403


@message("business", 27, "es", "gestoria-modelo-303-dehu",
         "The external gestoría sends the filing receipts for VAT form 303 (Q3) and form 111, and mentions an AEAT notice in DEHú that they already downloaded as representatives",
         "Known adviser's own domain via her hosting provider, Outlook; PDF receipt, direct debit from the company's own CaixaBank account; explicitly no link to any notice and a warning about mails with links")
def b27():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="smtp.dinahosting.com", host_ip="82.98.136.54",
                       rdns="smtp.dinahosting.com", lang_tag="es")
    txt = """Hola Lucía:

Te adjunto el justificante de presentación del modelo 303 del tercer trimestre (resultado a ingresar 14.382,55 EUR, domiciliado en la cuenta de CaixaBank con cargo el 20/10) y el del modelo 111.

Por otro lado, la AEAT puso ayer a disposición en la DEHú una notificación de inicio de comprobación limitada del IVA 2025. No tienes que hacer nada: como apoderados la hemos descargado nosotros con nuestro certificado y te la comento en cuanto la revisemos. Si te llega algún correo con enlaces "para acceder a la notificación", no lo abras: Hacienda solo envía avisos sin enlace y el acceso se hace siempre desde la sede o la DEHú con certificado.

Un saludo,
Carmen Navarro
Gestoría Navarro & Asociados
C/ Colón 42, 3º - 46004 Valencia
Tel. 963 528 140
"""
    pdf = pdf_att([("AGENCIA TRIBUTARIA - Justificante de presentación", "h"),
                   "Modelo 303 - IVA Autoliquidación - Ejercicio 2026 - Periodo 3T",
                   "NIF B98741200  EXAMPLE GROUP IBERIA SL", "Presentado por: B97310461 GESTORIA NAVARRO Y ASOCIADOS SL (apoderado)",
                   "Fecha y hora de presentación: 16/10/2026 12:41:07", "Resultado: a ingresar 14.382,55 EUR - domiciliación",
                   "Cuenta: " + P("eg_es"), "Código Seguro de Verificación: 7QK4 MZ2A HB9T R8LW"],
                  "Justificante_303_3T_2026.pdf", title="Justificante 303", author="AEAT", creator="AEAT",
                  producer="iText", date="D:20261016124107+02'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "iso-8859-1", "ES"), "iso-8859-1", "quoted-printable"), pdf])
    return make("b27", p, bt(2026, 10, 20, 9, 26, 33), "cnavarro@gestorianavarro.es", S("es_acc")[1],
                ("Carmen Navarro", "cnavarro@gestorianavarro.es"), S("es_acc"),
                "Modelo 303 3T 2026 presentado y notificación AEAT en DEHú", body,
                user_ip="88.12.44.190", user_rdns="190.red-88-12-44.staticip.rima-tde.net", user_lan="192.168.1.33",
                hdr_cs="iso-8859-1", hdr_enc="Q")


@message("business", 28, "es", "interno-cesta-navidad-tarjeta-regalo",
         "Internal notice from the Spanish office manager: Christmas hampers and a EUR 100 department-store gift card per employee, collected against signature; warns that nobody will ask staff to buy gift cards",
         "Internal relay from the manager's real mailbox; gift cards are handed out, not bought by staff, taxed through payroll, no codes sent by mail")
def b28():
    p = infra.Internal()
    txt = """Hola a todos:

Como cada año, la empresa os entrega la cesta de Navidad y una tarjeta regalo de El Corte Inglés de 100 € por persona. El reparto será el viernes 18 de diciembre a partir de las 12:00 en la sala de reuniones de la oficina de Valencia; los compañeros de ruta que no puedan pasar pueden recogerla el lunes 21 con Lucía.

Al recogerla, firmad por favor el recibí (la tarjeta tributa como retribución en especie y aparecerá en la nómina de diciembre, como el año pasado).

Nadie de la empresa os va a pedir que compréis tarjetas regalo ni que enviéis códigos por correo o WhatsApp: si os llega algo así, reenviadlo a phishing@example.com.

¡Felices fiestas!
José

José Martínez Ruiz
Director - Example Group Iberia S.L.
"""
    body = alt(txt, html_outlook(txt, "windows-1252", "ES"), "windows-1252", "quoted-printable")
    return make("b28", p, bt(2026, 12, 9, 12, 3, 48), S("es_mgr")[1], S("es_acc")[1], S("es_mgr"), None,
                "Cesta de Navidad y tarjeta regalo 2026", body,
                to_header="Oficina Valencia <oficina.valencia@examplegroup.eu>", lang_tag="es-ES",
                hdr_cs="windows-1252", hdr_enc="Q")


@message("business", 29, "es", "asesoria-roesb-renovacion-tramite",
         "Regulatory consultant explains how the ROESB renewal is filed (Generalitat e-office, fee via form 046) and proposes a Teams review",
         "Known consultant on her own Google Workspace domain (Gmail infrastructure); describes the official procedure, explicitly says the fee is never paid by transfer to an account received by e-mail")
def b29():
    p = infra.Gmail(sender_zone="CE")
    txt = """Hola José:

Te resumo cómo va la renovación de la inscripción en el ROESB, que vence el 31/12:

1. La solicitud se presenta en la sede electrónica de la Generalitat (Conselleria de Sanidad) con el certificado digital de la empresa; la preparamos nosotros y tú solo la firmas.
2. La tasa se liquida con el modelo 046 de la Generalitat y se paga en el propio trámite o en el banco con el documento 046; nunca por transferencia a una cuenta que llegue en un correo.
3. Hay que actualizar el listado de responsables técnicos y aplicadores con sus carnés de tratamientos DDD y el certificado del almacén de biocidas.

Si te llega algún escrito pidiendo el pago de "tasas del ROESB" por transferencia, es un intento de fraude; avísame y lo revisamos.

¿Te va bien el martes 24 a las 10:00 para revisar la documentación por Teams?

Un saludo,
Inés Soler
Asesoría Biocidas Mediterráneo
Consultora regulatoria - biocidas y sanidad ambiental
"""
    body = alt(txt, html_gmail(txt), "UTF-8", "quoted-printable")
    return make("b29", p, bt(2026, 11, 18, 17, 44, 2), "ines.soler@abmconsultores.es", S("es_mgr")[1],
                ("Inés Soler", "ines.soler@abmconsultores.es"), S("es_mgr"),
                "Renovación ROESB 46-0417-S: cómo se tramita", body)


@message("business", 30, "es", "sslevante-factura-pdf",
         "Supplier invoice F-2026/3391 (PDF) for an order of baits, traps and PPE, payable in 30 days to the usual Sabadell account",
         "Real domain sslevante.es from the supplier's own mail server and ERP, PDF invoice with CIF and order reference, unchanged bank account")
def b30():
    p = infra.SMTPHost(mua="erp", software="postfix", host="mail.sslevante.es", host_ip="212.36.74.18",
                       rdns="mail.sslevante.es")
    txt = """Estimado cliente:

Le remitimos adjunta la factura F-2026/3391 de fecha 24/11/2026 correspondiente a su pedido PV-8812.

Importe total: 1.934,06 €
Forma de pago: transferencia a 30 días, vencimiento 24/12/2026
Cuenta: Banco Sabadell, IBAN %s

Para cualquier consulta sobre la factura puede contactar con el departamento de administración en el 961 340 577.

Atentamente,
Suministros Sanitarios Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31 - 46988 Paterna (Valencia)
CIF %s
""" % (P("ssl"), VAT["ssl"][2:])
    pdf = pdf_att([("SUMINISTROS SANITARIOS LEVANTE S.L.", "h"), "CIF " + VAT["ssl"][2:] + " - Paterna (Valencia)", "",
                   "Cliente: EXAMPLE GROUP IBERIA SL - NIF B98741200", ("FACTURA F-2026/3391 - 24/11/2026 - Pedido PV-8812", "b"), "",
                   "Cebo rodenticida bloque 20 g (caja 10 kg) x 8            712,00",
                   "Trampa de captura múltiple metálica x 40                 608,40",
                   "Mascarilla FFP3 (caja 20) x 10 / guantes nitrilo x 20    278,00",
                   "Base imponible 1.598,40   IVA 21 % 335,66", ("TOTAL 1.934,06 EUR", "b"), "",
                   "Vencimiento 24/12/2026 - Banco Sabadell " + P("ssl")],
                  "F-2026-3391.pdf", title="Factura F-2026/3391", author="A3ERP", creator="A3ERP", producer="A3ERP",
                  date="D:20261124180500+01'00'")
    body = multipart("mixed", [text(txt, "plain", "iso-8859-15", "8bit"), pdf])
    return make("b30", p, bt(2026, 11, 25, 8, 2, 17), "administracion@sslevante.es", S("es_acc")[1],
                ("Suministros Sanitarios Levante - Administración", "administracion@sslevante.es"), S("es_acc"),
                "Factura F-2026/3391 - Suministros Sanitarios Levante S.L.", body,
                user_ip="10.0.0.21", user_rdns="a3erp.sslevante.local", user_lan="10.0.0.21",
                extra=[("X-Mailer", "A3ERP")], hdr_cs="iso-8859-15", hdr_enc="Q")


@message("business", 31, "es", "hotel-queja-chinches-urgente",
         "Hotel customer's maintenance manager reports bed bugs in room 214, rooms blocked, asks for a technician today and a treatment certificate",
         "Customer's own domain via IONOS with Thunderbird; urgent operational request, phone number to call back, nothing to pay or open")
def b31():
    p = infra.SMTPHost(mua="thunderbird", software="ionos", host="mout.kundenserver.de", host_ip="212.227.126.131",
                       rdns="mout.kundenserver.de", lang_tag="es-ES")
    txt = """Buenos días José:

Ayer un cliente de la habitación 214 nos enseñó picaduras y esta mañana la gobernanta ha encontrado chinches en la costura del colchón y detrás del cabecero. Hemos bloqueado la 214 y las dos contiguas (212 y 216) hasta nuevo aviso.

Necesitamos que venga un técnico hoy mismo o mañana a primera hora para inspeccionar las tres habitaciones y hacer el tratamiento (calor o químico, lo decidís vosotros). Esta semana tenemos un congreso y estamos al 90 % de ocupación, no podemos tener más habitaciones cerradas de lo imprescindible.

Por favor, confirmadme la hora por teléfono al 964 300 218 o por aquí. Necesitaremos también el certificado de tratamiento para el expediente de la cadena.

Gracias,
Raúl Ortega
Jefe de Mantenimiento
Hotel Costa Azahar
Avda. Ferrandis Salvador 86 - 12560 Benicàssim
"""
    body = text(txt, "plain", "UTF-8", "8bit", quote=False, flowed=True)
    return make("b31", p, bt(2026, 10, 26, 8, 57, 41), "mantenimiento@hotelcostaazahar.com", S("es_mgr")[1],
                ("Raúl Ortega", "mantenimiento@hotelcostaazahar.com"), S("es_mgr"),
                "Urgente: chinches en habitación 214", body,
                user_ip="79.148.203.77", user_rdns="77.red-79-148-203.dynamicip.rima-tde.net", user_lan="192.168.0.120",
                hdr_cs="UTF-8", hdr_enc="Q")
