"""Genuine business messages, Spanish (5)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, pdf_att)
from mime import Text, Multi

F, L = "business", "es"
CIF_EGI = fin.es_cif("B", "4621387")
IBAN_NAVARRO = fin.es_iban("2100", "6218", "0200187364")
_m365_turia = dict(srv="VI1PR02MB6190", region="eurprd02", out=("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2098.outbound.protection.outlook.com", "40.107.21.98"), lang="es-ES", zone="eu")

# ---------------------------------------------------------------- 27 tax advisor: VAT return filed
M(F, L, "gestoria-modelo-303-justificante",
  C("albufera"), [S("fernandez")],
  "Modelo 303 3T 2026 presentado - justificante y NRC", "2026-10-19 17:22:08",
  sy.gmail(3, client="web", zone="eu"),
  mixed(alt("""Hola Lucía:

Te adjunto el justificante de presentación del modelo 303 del tercer trimestre de 2026 de Example Group Ibérica, presentado hoy en la Sede electrónica de la AEAT.

Resultado: a ingresar 18.412,37 €, domiciliado en vuestra cuenta de CaixaBank con cargo el 20/10/2026 (NRC en el justificante).

Como comentamos, en el 4T conviene revisar la prorrata de las facturas de importación (DUA de los contenedores de Valencia) antes del cierre. Si te va bien, lo vemos el jueves en vuestra oficina.

Un saludo,

Marta Soler
Albufera Assessors · Assessoria fiscal i comptable
Av. del Port 61, 46023 València · 963 21 48 70
""", "UTF-8", "qp", "gmail", quote_cs=False),
        pdf_att("303_3T2026_%s_justificante.pdf" % CIF_EGI, [
            ("title", "Agencia Tributaria – Justificante de presentación"),
            ("mono", "Modelo:        303 – IVA. Autoliquidación\nEjercicio:     2026   Periodo: 3T\nNIF:           %s  EXAMPLE GROUP IBERICA SL\nPresentador:   Albufera Assessors SL (colaborador social)\nResultado:     A ingresar 18.412,37 EUR (domiciliación)\nNº justificante: 3034628817352\nCSV:           K7ZQ2M9XWB4P1LNA\nNRC:           3034628817352K7ZQ2M9XWB" % CIF_EGI),
            ("small", "La autenticidad de este documento puede ser comprobada mediante el Código Seguro de Verificación en la Sede electrónica de la AEAT."),
        ], {"Producer": "AEAT - Sede electrónica", "Title": "Justificante 303"}, style="2047")),
  what="The company's tax advisor sends the filing receipt for the Q3 VAT return (modelo 303) with the CSV/NRC and a note for the next meeting.",
  why="Known advisor on her firm's Google Workspace domain (Gmail infrastructure, Message-ID @mail.gmail.com), expected quarterly document, direct debit already arranged, no link or credential request.",
  hn=["aeat-notificacion-requerimiento-dropbox::AEAT/VAT topic; advisor's receipt as PDF vs. fake AEAT notification with a Dropbox ZIP"])

# ---------------------------------------------------------------- 28 genuine customer order
M(F, L, "maderas-turia-pedido-kvh-autoclave",
  C("turia", 0), [S("munoz")],
  "Pedido 2026-0917 - abeto KVH y pino autoclave - entrega en Paterna", "2026-11-17 10:31:27",
  sy.m365(**_m365_turia, hcs=("iso-8859-1", "Q")),
  alt("""Buenos días Javier:

Te confirmo el pedido que hablamos por teléfono:

- 1 camión de abeto KVH C24, 60x120 y 80x160 mm, largos de 13 m
- 1 camión de pino tratado autoclave clase 4, 45x145 mm, 4 m

Entrega en nuestro almacén de siempre, Polígono Fuente del Jarro, C/ Ciudad de Sevilla 27, Paterna, semana 49. Forma de pago la habitual, 60 días fecha factura. Nuestro número de pedido es 2026-0917, por favor indícalo en el albarán y en la factura.

Mándame la confirmación con las fechas de carga cuando la tengas.

Un saludo,

Carmen Ruiz
Departamento de Compras
Maderas del Turia S.L.
Polígono Fuente del Jarro - 46988 Paterna (Valencia)
Tel. 961 34 22 18
""", "iso-8859-1", "qp", "outlook", lang="ES"),
  what="Regular order from the customer Maderas del Turia (KVH and treated pine), confirming a phone call, delivery to their usual warehouse in Paterna.",
  why="Real customer domain maderasdelturia.es on its Microsoft 365 tenant, known buyer, usual delivery address and payment terms, order number, phone call before – normal trade.",
  hn=["pedido-fraude-suplantacion-maderas-turia::same buyer and products; real .es domain, usual warehouse and phone vs. .com look-alike, new warehouse in Zaragoza and new mobile number"])

# ---------------------------------------------------------------- 29 haulier invoice from Gmail
M(F, L, "transportes-navarro-factura-portes",
  C("navarro"), [S("fernandez")],
  "Factura 2026/184 portes noviembre", "2026-11-30 19:48:15",
  sy.gmail(7, client="web", zone="eu"),
  mixed(alt("""Buenas tardes Lucía,

te adjunto la factura de los portes de noviembre (9 viajes puerto de Valencia - Paterna / Sagunto).

El pago como siempre por transferencia a la cuenta de la Caixa que tenéis.

Gracias, un saludo
Raúl Navarro
Transportes Hermanos Navarro S.L.
""", "UTF-8", "qp", "gmail", quote_cs=False),
        pdf_att("Factura_2026_184.pdf", [
            ("title", "Transportes Hermanos Navarro S.L."),
            ("small", "C/ Camí Real 112 · 46500 Sagunto (Valencia) · CIF %s" % fin.es_cif("B", "9712054")),
            ("h", "Factura nº 2026/184 – Fecha 30/11/2026"),
            ("p", "Cliente: Example Group Ibérica S.L., Carrer de la Fusta 18, 46024 València – CIF %s" % CIF_EGI),
            ("mono", "Concepto                                      Viajes  Precio   Importe\nPorte contenedor Puerto Valencia - Paterna        6   185,00   1.110,00\nPorte contenedor Puerto Valencia - Sagunto        3   160,00     480,00\nBase imponible                                          1.590,00\nIVA 21%                                                   333,90\nTotal factura                                           1.923,90"),
            ("p", "Forma de pago: transferencia a 30 días – IBAN %s (CaixaBank)" % fin.fmt_iban(IBAN_NAVARRO)),
        ], {"Producer": "Microsoft® Excel® 2021", "Title": "Factura 2026/184"}, style="2047")),
  what="Small family haulier sends its monthly freight invoice from its Gmail address, payment to the usual CaixaBank account.",
  why="Known supplier that always uses this Gmail address, invoice consistent with the port traffic, no change of bank details (same IBAN as on file), no links.")

# ---------------------------------------------------------------- 30 software vendor newsletter on VERI*FACTU (SES)
_unsub30 = "<https://novedades.gestionpro.es/baja?u=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGVncm91cC5ldQ&c=2026-11>, <mailto:baja@gestionpro.es?subject=baja>"
M(F, L, "gestionpro-novedades-verifactu",
  C("gestionpro"), [S("fernandez")],
  "GestiónPro 2026.4: su facturación ya es compatible con VERI*FACTU", "2026-11-05 08:15:33",
  sy.ses(region="eu-west-1", ip="54.240.7.%d", unsub=_unsub30, zone="eu", mail_from_domain="envios.gestionpro.es"),
  branded_alt("Novedades GestiónPro 2026.4", [
      "Estimada clienta:",
      "La versión 2026.4 de GestiónPro ya incorpora el registro de facturación conforme al Reglamento de sistemas informáticos de facturación (VERI*FACTU): huella encadenada, código QR tributario en cada factura y envío opcional de los registros a la AEAT.",
      "**No tiene que realizar ningún trámite ni \"alta\" ante la Agencia Tributaria.** Solo debe actualizar el programa desde el menú Ayuda > Buscar actualizaciones y elegir en Configuración > Facturación si desea el modo VERI*FACTU. Desconfíe de correos que le pidan escanear un QR o identificarse con certificado para \"dar de alta\" su software.",
      "Guía paso a paso y webinar del 19/11: [[gestionpro.es/verifactu|https://www.gestionpro.es/verifactu]]",
  ], None,
      "GestiónPro Software S.L. · Av. de Aragón 30, 46021 València\nRecibe este boletín como usuario registrado de GestiónPro. [[Darse de baja|https://novedades.gestionpro.es/baja?u=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGVncm91cC5ldQ&c=2026-11]]",
      cs="utf-8", cte="b64", brand="#0d6e6e", logo_text="GestiónPro", lang="es",
      preheader="VERI*FACTU sin trámites"),
  what="Newsletter from the company's invoicing-software vendor (via Amazon SES, List-Unsubscribe) announcing VERI*FACTU compatibility and warning against fake 'registration' mails.",
  why="Vendor's own domain with custom MAIL FROM on SES, unsubscribe headers and footer, links to the vendor site only, informational; explicitly says no registration is needed.",
  hn=["verifactu-alta-obligatoria-qr-pdf::same VERI*FACTU topic; vendor newsletter saying no registration is needed vs. fake AEAT 'alta' with a QR code in a PDF"])

# ---------------------------------------------------------------- 31 genuine Google sign-in alert
_alert = "https://accounts.google.com/AccountChooser?Email=lucia.fernandez@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1792576931000?rfn%3D325%26rfnc%3D1%26eid%3D-5520941187234471920%26et%3D0"
M(F, L, "google-alerta-seguridad-nuevo-inicio-sesion",
  ("Google", "no-reply@accounts.google.com"), [S("fernandez")],
  "Alerta de seguridad", "2026-10-23 12:02:49",
  sy.google_notify("accounts"),
  Multi("alternative", [
      Text("""[image: Google]
Nuevo inicio de sesión en Windows


lucia.fernandez@examplegroup.eu
Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un
dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te
ayudaremos a proteger tu cuenta.
Consultar actividad
<%s>
También puedes ver la actividad de seguridad en
https://myaccount.google.com/notifications
Te hemos enviado este correo electrónico para informarte de cambios
importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % _alert, "plain", "UTF-8", "qp", quote_cs=False),
      Text("""<!DOCTYPE html><html lang="es"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/><style nonce="a7Qx2LmZpR0tNv3kYw9bCg">.awl a {color: #FFFFFF; text-decoration: none;} .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}</style></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="es"><tr height="32" style="height:32px"><td></td></tr><tr align="center"><td><div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td style="width:8px"></td><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">Nuevo inicio de sesión en Windows</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">lucia.fernandez@examplegroup.eu</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.<div style="padding-top:32px;text-align:center"><a href="%s" target="_blank" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Consultar actividad</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">También puedes ver la actividad de seguridad en<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.</div><div style="direction:ltr">&copy; 2026 Google LLC, <a class="afal" style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td><td style="width:8px"></td></tr></table></div></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>
""" % _alert, "html", "UTF-8", "qp", quote_cs=False)]),
  what="Genuine Google security alert: new sign-in on Windows to the Google account Lucía uses with her work address (Google Business Profile / Merchant Center).",
  why="Sent by Google's own infrastructure (mail-sor-*.google.com, gaia.bounces.google.com Return-Path, @notifications.google.com Message-ID); links only to accounts.google.com/myaccount.google.com; purely informational, no urgency.")
