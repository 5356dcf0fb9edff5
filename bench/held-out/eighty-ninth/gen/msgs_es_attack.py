"""Spanish attack messages (attack/27-31)."""
import base64
from lib import *
import infra as I
import htmlgen

FOLDER = "attack"
CIF_ES = B.es_cif("B", "5088731")


def _a27():
    link = "https://www.clinicadental-delicias.es/wp-content/uploads/2026/11/aeat/?exp=2026GRC4471920W"
    md = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una **notificación electrónica** de la Agencia Tributaria relativa al siguiente procedimiento:

Procedimiento: Requerimiento de información - IVA 3T 2026 (modelo 303)
Expediente: 2026GRC4471920W
NIF: %s
Plazo de acceso: 10 días naturales

Transcurrido dicho plazo sin que se haya accedido a su contenido, la notificación se entenderá rechazada y el procedimiento seguirá su curso (art. 43.2 de la Ley 39/2015).

BTN: Descargar notificación | %s

Agencia Tributaria
Departamento de Gestión Tributaria""" % (CIF_ES, link)
    return M(n=27, lang="es", slug="aeat-notificacion-descarga-zip",
             infra=I.cpanel_phpmailer("server3.hostinglowcost-es.com", "server3.hostinglowcost-es.com", "185.252.233.19", "asesoriagarcia-huesca.es", tz="ES", user="asesoria"),
             date="2026-11-11 12:06:47", frm=("Agencia Tributaria", "notificaciones@asesoriagarcia-huesca.es"), to=[S("lucia.fernandez")],
             subject="Notificación electrónica pendiente – Expediente 2026GRC4471920W",
             body=alt(md, "iso-8859-1", "quoted-printable", style="simple"),
             what="Malware lure posing as the Spanish tax agency (AEAT): 'electronic notification' to download, link serves a ZIP from a hacked WordPress site.",
             why="Sent with PHPMailer from a compromised Huesca accountancy's hosting; AEAT notifications are only accessible in the Sede electrónica / DEHú after identification and never as a download link; link points into wp-content/uploads of an unrelated dental clinic (typical Grandoreiro/Mekotio banking-trojan chain).")


def _a28():
    link = "https://burofax-certificado-online.com/consulta/BF-2026-118834?d=javier.munoz@example.com"
    md = """Muy Sres. nuestros:

Por medio del presente les comunicamos que se ha emitido a su nombre un **burofax certificado** con acuse de recibo y certificación de contenido, relativo a la reclamación extrajudicial de cantidad instada por nuestro cliente TEXTILES LEVANTE HOGAR, S.L. por importe de 18.930,44 €.

Puede consultar el contenido íntegro del burofax y la documentación adjunta en el siguiente enlace seguro:

[Ver burofax BF-2026-118834](%s)

Dispone de un plazo de cinco días hábiles para formular alegaciones antes de que se inicie el procedimiento monitorio.

Atentamente,

Bufete Sánchez & Asociados
Departamento de Recobro
Calle Alfonso I, 17 – 50003 Zaragoza""" % link
    return M(n=28, lang="es", slug="burofax-falso-bufete-enlace",
             infra=I.outlook_com(tz="ES"), date="2026-10-26 16:20:09",
             frm=("Bufete Sánchez & Asociados", "bufete.sanchez.asociados@outlook.es"), to=[S("javier.munoz")],
             subject="Burofax certificado pendiente de lectura – Reclamación de cantidad BF-2026-118834",
             body=alt(md, "utf-8", "quoted-printable", style="outlook", lang="ES"), accept_lang="es-ES, en-US", content_lang="es-ES",
             what="Fake lawyer 'burofax' about a debt claim with a link to 'read' it.",
             why="Law firm on a free outlook.es account, unknown claimant, the burofax is a postal service that is not read via a web link; the link carries the victim's address to a credential-harvesting page; legal-deadline pressure.")


def _a29():
    email = "lucia.fernandez@examplegroup.eu"
    url = "https://caixabank-now-empresas.com/activacion/?c=%s" % base64.urlsafe_b64encode(email.encode()).decode().rstrip("=")
    md = """Estimado cliente:

Conforme a la normativa europea de servicios de pago (PSD2), a partir del 1 de diciembre de 2026 todas las firmas de operaciones en CaixaBankNow Empresas deberán realizarse con el nuevo sistema de firma digital en el móvil.

Para activarlo, escanee el siguiente código QR con la cámara de su móvil y siga los pasos indicados. El proceso dura menos de tres minutos.

IMG: image001.png@01DD5F2A.3C1B7E40 | Código QR de activación | 170

Si no realiza la activación antes del 30/11/2026, las transferencias y remesas pendientes de firma quedarán retenidas.

Atentamente,

CaixaBank – Banca de Empresas"""
    body = Related(Alt(Text(htmlgen.plain(md), "windows-1252", "quoted-printable"),
                       Html(htmlgen.html(md, "windows-1252", "outlook", lang="ES"), "windows-1252", "quoted-printable")),
                   Att("image001.png", "image/png", qr_png(url), inline=True, cid="image001.png@01DD5F2A.3C1B7E40"))
    return M(n=29, lang="es", slug="caixabank-quishing-firma-movil",
             infra=I.m365(tenant_srv="DU2PR02MB10394", region="eurprd02", outbound=("EUR02-DB5-obe", "mail-db5eur02on2096", "40.107.249.96"), tz="ES"),
             date="2026-11-23 08:41:36", frm=("CaixaBankNow Empresas", "administracion@reformasbielsa-zgz.es"), to=[("Lucía Fernández", email)],
             subject="Actualización obligatoria: nuevo sistema de firma de operaciones CaixaBankNow", body=body, qr=url,
             accept_lang="es-ES, en-US", content_lang="es-ES",
             what="Quishing: 'CaixaBankNow Empresas' requires activating a new mobile signing system by scanning a QR code.",
             why="Sent from the compromised Microsoft 365 mailbox of an unrelated Zaragoza building firm; the QR decodes to caixabank-now-empresas.com with the victim's address (AiTM kit), moving the click to an unmanaged phone; deadline and 'payments retained' threat.")


def _a30():
    ib = BANK["payroll_fake_es"]
    md = """Hola Lucía:

Te escribo desde mi correo personal porque estoy toda la semana de visitas con clientes en Valencia y no tengo el portátil a mano.

He cambiado de banco y necesito que la nómina de noviembre me la ingreséis en la cuenta nueva:

Titular: Javier Muñoz Lasheras
IBAN: %s (ING)

¿Llegas a cambiarlo antes del cierre? Si necesitas algo más dímelo por aquí, que con el móvil de empresa tengo fatal la cobertura.

Gracias,
Javier""" % B.fmt_iban(ib)
    return M(n=30, lang="es", slug="cambio-cuenta-nomina-gmail",
             infra=I.gmail(node="lf1", tz="ES"), date="2026-11-24 18:12:55",
             frm=("Javier Muñoz", "javiermunoz.zgz@gmail.com"), to=[S("lucia.fernandez")],
             subject="Cambio de cuenta para la nómina", body=alt(md, "utf-8", "base64", style="gmail"),
             what="Payroll diversion impersonating the Zaragoza office manager: change my salary account before the November payroll close.",
             why="Free Gmail address never used by the manager, reason to avoid calls and the laptop, new IBAN just before payroll close, bypasses the signed-form procedure announced in business/29.")


def _a31():
    link = "https://docs.google.com/drawings/d/1qLk7Vd2xZ0mT8pYw3nR5sHc4bJf6gUe9aXoKi1tPzQE/preview"
    md = """Buenos días, Javier:

Como le comenté, estamos preparando la licitación del servicio de lencería y lavandería para nuestros cuatro hoteles (Benicàssim, Peñíscola, Oropesa y Castellón ciudad) para la temporada 2027.

Le remito el pliego de condiciones y la hoja de precios para que puedan presentar oferta antes del 4 de diciembre. El documento está compartido en Google Drive:

[Pliego_Lenceria_Hoteles_Costa_Azahar_2027.pdf](%s)

Para acceder, inicie sesión con su correo corporativo.

Un saludo,

Marta Ibáñez
Jefa de Compras
Hoteles Costa Azahar""" % link
    return M(n=31, lang="es", slug="licitacion-falsa-google-drawings",
             infra=I.gmail(node="ej1", tz="ES"), date="2026-11-19 10:48:21",
             frm=("Marta Ibáñez - Hoteles Costa Azahar", "compras.hotelescostaazahar@gmail.com"), to=[S("javier.munoz")],
             subject="Solicitud de presupuesto – servicio de lencería 2027 (4 hoteles)", body=alt(md, "utf-8", "quoted-printable", style="gmail"),
             what="Fake RFQ from a known customer's buyer on Gmail with a Google Drawings link (abused genuine service) to a 'tender document' that requires a corporate login.",
             why="The buyer normally writes from m.ibanez@hotelescostaazahar.es (see business/28); a Google Drawings /preview page is a common hop to a credential-phishing site; 'log in with your corporate e-mail' to read a PDF.")


MESSAGES = [_a27(), _a28(), _a29(), _a30(), _a31()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
