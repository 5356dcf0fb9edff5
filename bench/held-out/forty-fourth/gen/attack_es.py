"""Spanish attack messages (5)."""

import base64
import random

import ids
import org
import pdf
import qr
import zipc
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, EXO, Gmail, hash_seed
from mime import HStyle
from org import S, A

U = HStyle("utf-8", "Q")


# 27 ---------------------------------------------------------------------
def aeat_zip():
    rng = random.Random(hash_seed("aeat-zip"))
    z = zipc.make_zip([("Notificacion_AEAT_2026GRC4471A.pdf.vbs",
                        b"' placeholder - inert test file, no code\r\n")],
                      rng, password=None, when=(2026, 10, 19, 8, 40, 2))
    body = """AGENCIA TRIBUTARIA
Sede Electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación en su Dirección Electrónica Habilitada única (DEHú) correspondiente al procedimiento:

Requerimiento de información - Impuesto sobre el Valor Añadido, ejercicio 2025
Referencia: 2026GRC4471A
NIF destinatario: %s

Dispone de un plazo de diez días hábiles desde la puesta a disposición para atender el requerimiento. Transcurrido dicho plazo sin que se haya accedido a su contenido, la notificación se entenderá practicada y podrá iniciarse el correspondiente procedimiento sancionador.

Por su comodidad le adjuntamos una copia del documento en formato comprimido.

Atentamente,
Agencia Estatal de Administración Tributaria
""" % ids.es_cif("B", "9873412")
    route = Hosted("hl147.dinaserver.com", "hl147.dinaserver.com", "82.98.134.47", mta="postfix",
                   origin=("[10.0.2.15]", "unknown", "185.244.25.167"), by="hl147.dinaserver.com")
    cl = Client("thunderbird", domain="asesoriagarciavillar.es", hstyle=U, mailer="Mozilla Thunderbird")
    return mail(kind="attack", lang="es", slug="aeat-notificacion-zip-vbs",
                t="2026-10-19 08:41:36", rcpt=A("es_acc"), route=route, client=cl,
                frm=("Agencia Tributaria | Notificaciones", "info@asesoriagarciavillar.es"),
                to=[S["es_acc"]],
                subject="Notificación pendiente en DEHú - Requerimiento de información (Ref. 2026GRC4471A)",
                body=Multi("mixed", [Text(body, charset="iso-8859-15", cte="quoted-printable"),
                                     Bin(z, "application/x-zip-compressed", "Notificacion_AEAT_2026GRC4471A.zip")]),
                what="Malspam impersonating the Spanish tax agency: DEHú 'requerimiento' with a ZIP holding "
                     "a VBScript disguised as PDF (here a one-line placeholder).",
                why="AEAT never sends notification content as attachments (only a notice to log in to "
                    "DEHú); sent from the compromised mailbox of a small tax-advice firm on Dinahosting via "
                    "a foreign IP; double extension .pdf.vbs; sanction threat.")


# 28 ---------------------------------------------------------------------
def quishing_nomina():
    target = A("es_mgr")
    url = "https://portal-empleado.examplegroup-rrhh.es/acceso?id=" + base64.urlsafe_b64encode(
        target.encode()).decode().rstrip("=")
    png = qr.qr_png(url, scale=5)
    txt = """Recursos Humanos – Example Group Iberia

Estimado/a empleado/a:

Con motivo del abono de la nómina de diciembre y de la paga extraordinaria de Navidad, todos los empleados deben confirmar sus datos personales y bancarios en el nuevo Portal del Empleado antes del 15 de diciembre de 2026.

Escanee el código QR incluido en este mensaje con la cámara de su móvil e inicie sesión con sus credenciales corporativas de Microsoft 365.

Los empleados que no hayan completado la verificación percibirán la paga extraordinaria en el siguiente ciclo de nómina.

Un saludo,
Departamento de Recursos Humanos
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:15px;color:#222">
<p style="font-size:18px;color:#1f4e79"><b>Recursos Humanos &ndash; Example Group Iberia</b></p>
<p>Estimado/a empleado/a:</p>
<p>Con motivo del abono de la <b>n&oacute;mina de diciembre y de la paga extraordinaria de Navidad</b>, todos los
empleados deben confirmar sus datos personales y bancarios en el nuevo Portal del Empleado antes del
<b>15 de diciembre de 2026</b>.</p>
<p>Escanee el c&oacute;digo QR con la c&aacute;mara de su m&oacute;vil e inicie sesi&oacute;n con sus credenciales corporativas de Microsoft 365:</p>
<p><img src="cid:qr-nomina@rrhh" width="170" height="170" alt="C&oacute;digo QR"></p>
<p>Los empleados que no hayan completado la verificaci&oacute;n percibir&aacute;n la paga extraordinaria en el siguiente
ciclo de n&oacute;mina.</p>
<p>Un saludo,<br>Departamento de Recursos Humanos</p></body></html>
"""
    route = ESP("brevo", zone="CET")
    cl = Client("brevo", domain="examplegroup-rrhh.es", hstyle=U)
    body = Multi("related", [
        Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                              Text(html, "html", charset="utf-8", cte="quoted-printable")]),
        Bin(png, "image/png", "qr_nomina.png", disposition="inline", cid="qr-nomina@rrhh")])
    return mail(kind="attack", lang="es", slug="quishing-nomina-paga-extra",
                t="2026-12-03 09:05:12", rcpt=target, route=route, client=cl,
                env_from="bounces-5512098-javier.ortega=example.com@examplegroup-rrhh.es",
                frm=("RRHH Example Group", "rrhh@examplegroup-rrhh.es"), to=[("", target)],
                subject="Nómina de diciembre y paga extra: confirme sus datos antes del 15/12",
                body=body, qr=url,
                what="Quishing with a payroll lure: December payslip and Christmas bonus 'require' "
                     "confirming bank data on an employee portal reached via inline QR code.",
                why="Look-alike examplegroup-rrhh.es sent via Brevo, not internal HR through the relay; "
                    "QR hides the Microsoft 365 phishing URL from link scanners; threat to delay the "
                    "bonus; the real payroll notice says payslips are only in the HR portal (business 30).")


# 29 ---------------------------------------------------------------------
def falso_comprador():
    po = pdf.make_pdf([
        "# HOTELES COSTA AZAHAR S.L.", "CIF " + ids.es_cif("B", "1256789") + " · Av. del Mar 14 · 12001 Castelló de la Plana", "",
        "# PEDIDO DE COMPRA Nº HCA-2026-0231", "Fecha: 16/11/2026", "",
        "Proveedor: Example Group Iberia S.L.", "",
        "Ref.        Descripción                                  Cant.",
        "HB-160      Cabecero tapizado 160 cm, tejido ignífugo        64",
        "MN-02       Mesita de noche 2 cajones, roble natural        128",
        "ES-120      Escritorio 120 cm con panel tomas                64",
        "AR-90       Armario 90 cm puertas batientes                  64",
        "SL-01       Butaca lounge tapizada                           64", "",
        "Lugar de entrega: Centro logístico Coslada, Calle de la Fundición 9, Nave 4, 28823 Coslada (Madrid)",
        "Condiciones de pago: 60 días fecha factura, por transferencia",
        "Plazo de entrega: antes del 18/12/2026", "",
        "Dpto. de Compras – Carmen López Beltrán",
    ], title="Pedido HCA-2026-0231", producer="Microsoft® Excel® para Microsoft 365", creator="",
        author="compras", created="20261116094500+01'00'")
    body = """Estimado Javier:

Como le adelanté por teléfono a su compañero de ventas, estamos finalizando la reforma del Hotel Azahar Peñíscola (64 habitaciones) y necesitamos adelantar la compra del mobiliario de habitación por un cambio de proveedor de última hora.

Le adjunto nuestro pedido HCA-2026-0231. La entrega se haría en nuestro centro logístico de Coslada, desde donde nuestro montador distribuye a los hoteles. Como en los pedidos anteriores, el pago será a 60 días fecha factura por transferencia.

Es importante que la mercancía salga antes del 18 de diciembre; si pudieran confirmarnos el pedido hoy mismo, le haríamos llegar la ficha de cliente actualizada con los datos de facturación.

Quedo atenta a su respuesta.

Un cordial saludo,

Carmen López Beltrán
Departamento de Compras
Hoteles Costa Azahar
Tel. +34 611 48 29 07
"""
    route = Hosted("sender4-op-o12.zoho.eu", "sender4-op-o12.zoho.eu", "136.143.169.12", mta="none")
    cl = Client("zoho", domain="hotelescosta-azahar.es", hstyle=U, mailer="Zoho Mail")
    return mail(kind="attack", lang="es", slug="falso-comprador-pedido-hotel",
                t="2026-11-16 10:02:53", rcpt=A("es_mgr"), route=route, client=cl,
                frm=("Carmen López Beltrán", "carmen.lopez@hotelescosta-azahar.es"), to=[S["es_mgr"]],
                subject="Pedido urgente mobiliario 64 habitaciones - Hotel Azahar Peñíscola",
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                     Bin(po, "application/pdf", "Pedido_HCA-2026-0231.pdf")]),
                what="Purchase-order fraud (fake buyer): impersonates a real hotel-chain customer to obtain "
                     "a large room-furniture delivery on 60-day credit to a third-party warehouse.",
                why="Look-alike domain hotelescosta-azahar.es on Zoho (real: hotelescostaazahar.es on "
                    "Google Workspace, business 27); delivery to a logistics unit in Madrid instead of the "
                    "hotel; credit terms, urgency, mobile number, 'updated customer data' to follow.")


# 30 ---------------------------------------------------------------------
def whatsapp_ceo():
    body = """Lucía, ¿estás en la oficina?

Necesito que me pases tu número de WhatsApp, estoy reunido con el notario por un tema confidencial y no puedo hablar por teléfono. Hay que resolver una gestión hoy antes de las 14:00 y prefiero no usar el correo de la empresa.

No lo comentes con nadie de momento, luego te explico.

Javier

Obtener Outlook para Android
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div dir="auto">Lucía, ¿estás en la oficina?</div><div dir="auto"><br></div>
<div dir="auto">Necesito que me pases tu número de WhatsApp, estoy reunido con el notario por un tema
confidencial y no puedo hablar por teléfono. Hay que resolver una gestión hoy antes de las 14:00 y prefiero
no usar el correo de la empresa.</div><div dir="auto"><br></div>
<div dir="auto">No lo comentes con nadie de momento, luego te explico.</div><div dir="auto"><br></div>
<div dir="auto">Javier</div><div dir="auto"><br></div>
<div dir="ltr">Obtener <a href="https://aka.ms/AAb9ysg">Outlook para Android</a></div>
</body></html>
"""
    route = EXO("outlook.es", region="OLK", zone="CET")
    cl = Client("outlook-exo", hstyle=U)
    return mail(kind="attack", lang="es", slug="whatsapp-pretexto-director",
                t="2026-11-30 11:48:02", rcpt=A("es_acc"), route=route, client=cl, date_zone="UTC",
                frm=("Javier Ortega Ruiz", "javier.ortega.exgroup@outlook.es"), to=[S["es_acc"]],
                subject="Urgente",
                body=Multi("alternative", [Text(body, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="BEC opener: the Valencia office manager is impersonated from an outlook.es address "
                     "asking the accountant for her WhatsApp number for a 'confidential' task.",
                why="Colleague's display name on a consumer Outlook address; moves the conversation to "
                    "WhatsApp, away from company controls; secrecy and same-day deadline; the real Javier "
                    "writes from javier.ortega@example.com through the relay.")


# 31 ---------------------------------------------------------------------
def drive_abuse():
    fid = "1vQx7TtL2b9kHcW3nAq0PzR5sYd8EuFj4"
    link = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=6941a2c3" % fid
    txt = """Hoteles Costa Azahar ha compartido un archivo contigo

hca.compras.licitaciones@gmail.com te ha invitado a ver el siguiente archivo:

Licitación FF&E 2027 - Pliego y condiciones.pdf
%s

"Buenos días, les invitamos a participar en la licitación de mobiliario 2027 (3 hoteles). El pliego está protegido: para verlo inicie sesión con su cuenta corporativa de Microsoft desde el enlace del documento. Plazo de ofertas: 11/12."

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Has recibido este correo electrónico porque hca.compras.licitaciones@gmail.com ha compartido un archivo o una carpeta en Google Drive contigo.
""" % link
    html = """<html><head></head><body style="font-family:'Google Sans',Roboto,Arial,sans-serif;background:#fff">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="500" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;margin:16px 0">
<tr><td style="padding:24px;font-size:14px;color:#202124">
<div style="font-size:20px;margin-bottom:12px">Hoteles Costa Azahar ha compartido un archivo contigo</div>
<div style="color:#5f6368">hca.compras.licitaciones@gmail.com te ha invitado a ver el siguiente archivo:</div>
<div style="margin:16px 0;padding:12px;border:1px solid #dadce0;border-radius:16px">
<a href="%s" style="color:#3c4043;text-decoration:none">&#128196; Licitaci&oacute;n FF&amp;E 2027 - Pliego y condiciones.pdf</a></div>
<div style="background:#f1f3f4;padding:12px;border-radius:8px;color:#3c4043">Buenos d&iacute;as, les invitamos a participar
en la licitaci&oacute;n de mobiliario 2027 (3 hoteles). El pliego est&aacute; protegido: para verlo inicie sesi&oacute;n con su
cuenta corporativa de Microsoft desde el enlace del documento. Plazo de ofertas: 11/12.</div>
<div style="margin-top:16px"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;
text-decoration:none">Abrir</a></div></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
Has recibido este correo electr&oacute;nico porque hca.compras.licitaciones@gmail.com ha compartido un archivo o una carpeta
en Google Drive contigo.</td></tr></table></td></tr></table></body></html>
""" % (link, link)
    route = Gmail(zone="UTC", host=7, transport_security=True)
    cl = Client("drive", hstyle=U)
    return mail(kind="attack", lang="es", slug="google-drive-abuso-licitacion",
                t="2026-11-25 10:27:19", rcpt=A("es_mgr"), route=route, client=cl,
                env_from="3r2VFaRQLDqQyz5w-0Ot8uuxt.vFDGJIJIAD@doclist.bounces.google.com",
                frm=("Hoteles Costa Azahar (a través de Google Drive)", "drive-shares-dm-noreply@google.com"),
                reply_to=("Hoteles Costa Azahar", "hca.compras.licitaciones@gmail.com"),
                to=[("", A("es_mgr"))],
                subject="Documento compartido contigo: \"Licitación FF&E 2027 - Pliego y condiciones.pdf\"",
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="Abuse of a genuine service: a real Google Drive share notification from an attacker "
                     "Gmail account named after a customer; the shared 'tender' PDF asks for a Microsoft "
                     "365 login.",
                why="Infrastructure is genuinely Google's, but the sharer is hca.compras.licitaciones@gmail.com, "
                    "not the hotel's domain; the note asks to sign in with Microsoft credentials to view a "
                    "Drive file; compare the genuine share from carmen.lopez@hotelescostaazahar.es "
                    "(business 29).")


MESSAGES = [aeat_zip, quishing_nomina, falso_comprador, whatsapp_ceo, drive_abuse]
