"""Genuine business messages 27-31 (Spanish)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf
from mime import Multi
from world import S

MAILS = []
EG_CIF = C.es_cif("B", "9816402")
TFL_CIF = C.es_cif("B", "5377012")


def add(**kw):
    MAILS.append(Mail(lang="es", folder="business", **kw))


# 27 ------------------------------------------------------------------------
add(n=27, slug="funeral-home-complaint-certificate",
    via=I.exo, via_kw=dict(lang="es-ES"),
    frm=("Carmen López", "administracion@funerariasanvicente.es"), to=[S("es_mgr")], hcs="windows-1252", henc="Q",
    subject="Reclamación: certificado de incineración pendiente – expediente SV-2026/1184", date=(2026, 11, 10, 12, 44, 2),
    zone="ES",
    body=alt("""Buenos días, Javier:

Te escribo porque la familia del expediente SV-2026/1184 (D. Ramón Ferrer Climent, incinerado en vuestras instalaciones el 4 de noviembre) sigue sin el certificado de incineración. Lo necesitan para el columbario del cementerio de San Vicente del Raspeig, que no les da fecha sin ese documento, y nos llaman a diario.

Además, la placa de la urna llegó con el segundo apellido mal grabado («Climente» en lugar de «Climent»). Ya la hemos devuelto con vuestro transportista.

¿Podéis enviarnos el certificado por correo hoy o mañana y confirmarnos plazo para la placa nueva? No es la primera vez que pasa este año y me gustaría que lo comentáramos en la reunión de diciembre.

Un saludo,

Carmen López
Administración
Funeraria San Vicente S.L.
Tel. 965 66 12 40""", cs="windows-1252", cte="quoted-printable", style="outlook", lang="ES"),
    what="Genuine complaint from a funeral-home customer about a missing cremation certificate and a misspelt urn plate",
    why="Known customer on its own Microsoft 365 tenant, verifiable case number and names, no link or attachment, asks "
        "for the document to be sent, escalation through the regular business meeting.",
    hn=([30], "complaint about ashes / urn delivery"))

# 28 ------------------------------------------------------------------------
add(n=28, slug="manager-urgent-payment-internal",
    via=I.internal, via_kw=dict(server="EXMBX02", client_ip="10.20.45.31"),
    frm=S("es_mgr"), to=[S("es_acc")], hcs="iso-8859-1", henc="Q",
    subject="Pago urgente factura TF Levante 2026/0871 (traslado Bilbao)", date=(2026, 11, 26, 9, 12, 11), zone="ES",
    body=mixed(alt("""Lucía, buenos días:

Transportes Funerarios Levante nos ha enviado la factura 2026/0871 del traslado a Bilbao del expediente 2026/1149. Vicente me ha llamado porque tienen un problema de tesorería a final de mes y nos pide si podemos adelantar el pago, que vence el 15/12.

La factura está conforme (el servicio se hizo el 18/11 y está firmado el albarán). Si te parece, inclúyela en la remesa de hoy al IBAN que tenemos en el maestro de proveedores; no hay ningún cambio de cuenta. La he aprobado en el ERP (pedido PC-ES-2026-0388).

Cualquier cosa me llamas, estoy en la oficina toda la mañana.

Gracias,
Javier

Javier Martínez
Director de oficina Valencia
Example Group España S.L.""", cs="iso-8859-1", cte="quoted-printable", style="outlook", lang="ES"),
               att_pdf("Factura_TFL_2026-0871.pdf", [
                   ("Transportes Funerarios Levante S.L.", 14, True), "Pol. Ind. Fuente del Jarro, Paterna (Valencia) - CIF " + TFL_CIF, "",
                   "Cliente: Example Group España S.L. - CIF " + EG_CIF, "", ("Factura 2026/0871 - 19/11/2026", 12, True), "",
                   "Traslado por carretera Valencia - Bilbao, expediente 2026/1149 (18/11/2026)    1.980,00",
                   "Dietas conductor y peajes                                                         214,60",
                   "Base imponible 2.194,60 - IVA 21% 460,87", ("Total factura EUR 2.655,47", 10, True), "",
                   "Forma de pago: transferencia 30 días - Cajamar " + D.fmt(D.TFL_IBAN)],
                   title="Factura 2026/0871", producer="a3ERP", creator="a3ERP", date="D:20261119100000+01'00'")),
    what="Genuine urgent payment request from the Valencia office manager via the internal Exchange path",
    why="Internal origin (EXMBX02 → mail-int01), real carrier invoice with service date and PO, explicitly pays to the "
        "account already in the vendor master, offers a phone call; early payment is a business favour, not secrecy.",
    hn=([28], "urgent request from the office manager to the accountant"))

# 29 ------------------------------------------------------------------------
add(n=29, slug="carrier-repatriation-transport-notice",
    via=I.hosted_outlook, via_kw=dict(helo="mail.tflevante.es", ip="185.93.112.40", client_name="[192.168.0.44]",
                                      client_ip="88.26.201.117", by="mail.tflevante.es", lang="es"),
    frm=("Vicente Soler - TF Levante", "trafico@tflevante.es"), to=[S("es_mgr")], hcs="windows-1252", henc="Q",
    addr_quote=True, subject="Traslado internacional exp. 2026/1202 – Valencia-Lyon, documentación", date=(2026, 12, 3, 16, 48, 29),
    zone="ES",
    body=text("""Hola Javier:

Te confirmo el traslado internacional del expediente 2026/1202 (Valencia - Lyon):

Salida: lunes 7/12 a las 6:00 desde vuestro tanatorio de Valencia
Vehículo: furgón fúnebre 4721-LMK, conductores Pepe Ortega y Raúl Gil
Llegada prevista a Lyon: martes 8/12 por la mañana (funeraria receptora: PF Rhône Obsèques)

Para la salida necesitamos en original: pasaporte mortuorio expedido por Sanidad, certificado literal de defunción, certificado de embalsamamiento y el acta de precintado del féretro de zinc. Si el pasaporte mortuorio no está el viernes a mediodía, avísame y movemos la salida.

La factura irá como siempre a final de mes a vuestra cuenta de proveedores.

Un saludo,
Vicente Soler
Tráfico - Transportes Funerarios Levante S.L.
Tel. 961 34 52 10 / 629 55 41 07""", cs="windows-1252", cte="base64"),
    what="Genuine operational notice from the hearse carrier about an international repatriation and the documents needed",
    why="Carrier's own domain and mail server, precise logistics and the legally required documents for an "
        "international transfer of remains, no payment request, no link.",
    hn=([29], "transport / shipment notice"))

# 30 ------------------------------------------------------------------------
gal = "https://accounts.google.com/AccountChooser?Email=javier.martinez@example.com&continue=https://myaccount.google.com/alert/nt/1795861124000?rfn%3D31%26rfnc%3D1%26eid%3D-4188392213318201455%26et%3D0"
g_html = """<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:40px 8px">
<table width="516" style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px"><tr><td align="center">
<div style="font-size:24px;color:rgba(0,0,0,0.87)">Nuevo inicio de sesión en Windows</div>
<div style="font-size:14px;color:rgba(0,0,0,0.87);padding-top:8px">javier.martinez@example.com</div></td></tr>
<tr><td style="font-size:14px;line-height:20px;color:rgba(0,0,0,0.87);padding-top:20px">
Hemos detectado un nuevo inicio de sesión en tu cuenta de Google en un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.
<div style="padding-top:32px;text-align:center"><a href="%s" style="background-color:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none">Consultar actividad</a></div>
<div style="padding-top:20px;font-size:12px;color:rgba(0,0,0,0.54)">También puedes ver la actividad de seguridad en<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div>
</td></tr></table>
<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""" % gal
add(n=30, slug="google-new-sign-in-alert",
    via=I.google_notify, frm=("Google", "no-reply@accounts.google.com"), to=[("", "javier.martinez@example.com")],
    subject="Alerta de seguridad", date=(2026, 11, 30, 8, 18, 44), zone="UTC",
    body=Multi("alternative", [text("""[image: Google]
Nuevo inicio de sesión en Windows

javier.martinez@example.com
Hemos detectado un nuevo inicio de sesión en tu cuenta de Google en un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.
Consultar actividad
<%s>
También puedes ver la actividad de seguridad en
https://myaccount.google.com/notifications
Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % gal, cs="UTF-8", cte="quoted-printable"),
                               html(g_html, cs="UTF-8", cte="quoted-printable")], None),
    what="Genuine Google account security alert (new sign-in on Windows) for the Google account tied to the office "
         "manager's work address (used for the Google Business Profile of the Valencia funeral home)",
    why="Google's own notification infrastructure (mail-sor-f*.google.com, gaia.bounces.google.com Return-Path), links "
        "only to accounts.google.com / myaccount.google.com, informational wording with 'if it was you, do nothing'.")

# 31 ------------------------------------------------------------------------
gf = """Estimado cliente:

Como sabe, a partir del 1 de enero de 2027 los programas de facturación de las sociedades deben cumplir el Reglamento de requisitos de los sistemas informáticos de facturación (VERI*FACTU).

Su suscripción a GesFactura Cloud ya incluye la adaptación: el 14 de diciembre actualizaremos automáticamente su entorno a la versión 26.4, que genera el código QR y remite los registros de facturación a la AEAT. No tiene que descargar ni instalar nada, y no le pediremos nunca sus credenciales por correo electrónico.

Qué cambia para usted:
· Las facturas emitidas mostrarán el código QR y la leyenda «VERI*FACTU».
· Las facturas ya emitidas no se podrán modificar; las correcciones se harán con facturas rectificativas.
· Podrá consultar el estado de envío a la AEAT en Informes > Registro VERI*FACTU.

Más información en nuestro centro de ayuda: https://ayuda.gesfactura.es/verifactu

Un saludo,
El equipo de GesFactura Cloud

GesFactura Soluciones S.L. · Av. de Aragón 30, 46021 Valencia
[[Darse de baja|https://gesfactura.es/baja?c=77d1e0a9]]"""
add(n=31, slug="invoicing-software-verifactu-update",
    via=I.brevo, frm=("GesFactura Cloud", "novedades@gesfactura.es"), to=[S("es_acc")], hcs="iso-8859-15", henc="Q",
    subject="VERI*FACTU: su programa se actualizará automáticamente el 14 de diciembre", date=(2026, 12, 1, 9, 0, 30),
    zone="ES",
    xh=["List-Unsubscribe: <https://gesfactura.es/baja?c=77d1e0a9>, <mailto:baja@gesfactura.es?subject=77d1e0a9>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"],
    body=alt(gf, cs="iso-8859-15", cte="quoted-printable", style="news"),
    what="Genuine customer notice from the company's invoicing-software vendor about the VERI*FACTU update, via Brevo",
    why="Vendor the company subscribes to, sent through its Brevo account with List-Unsubscribe; states that nothing has "
        "to be downloaded and that credentials are never requested; links to the vendor's help centre only.",
    hn=([31], "VERI*FACTU e-invoicing compliance"))
