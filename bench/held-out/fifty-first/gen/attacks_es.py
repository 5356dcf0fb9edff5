"""Spanish-language attack messages (27-31)."""
import base64 as _b
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att, quote_block
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import pdf, zipfile_bytes
from qr import qr_png
import infra

F = "attack"


def build():
    # ------------------------------------------------------------ 27 AEAT notification phishing (hacked WordPress)
    t = T(2026, 10, 21, 10, 14, 2, "ES")
    p = infra.own_postfix("a27", t, "cp12.hostingweb-es.com", "82.98.134.71", "agenciatributaria-notifica.es",
                          "127.0.0.1|localhost", mid_style="php", rdns="cp12.hostingweb-es.com", tzone="ES")
    url = "https://sede-agenciatributaria.info/notificaciones/acceso.php?ref=2026GRC47719301K"
    txt = """Agencia Tributaria

Notificación electrónica disponible

Estimado contribuyente:

Le comunicamos que tiene a su disposición en la Sede Electrónica una notificación relativa a:

Procedimiento: Requerimiento de información - IVA 3T 2026
Titular: EXAMPLE GROUP IBERIA S.L.
Referencia: 2026GRC47719301K

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin acceder, la notificación se entenderá rechazada y se continuará con el procedimiento (artículo 43 de la Ley 39/2015).

Acceda con Cl@ve o certificado electrónico:
{url}

Agencia Estatal de Administración Tributaria
""".format(url=url)
    htm = """<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px">
<div style="background:#73000c;color:#fff;padding:12px 16px"><b>Agencia Tributaria</b> &nbsp; Sede Electrónica</div>
<h3>Notificación electrónica disponible</h3>
<p>Estimado contribuyente:</p>
<p>Le comunicamos que tiene a su disposición en la Sede Electrónica una notificación relativa a:</p>
<table style="font-size:13px;background:#f5f5f5;padding:8px"><tr><td>Procedimiento:</td><td><b>Requerimiento de información - IVA 3T 2026</b></td></tr>
<tr><td>Titular:</td><td>EXAMPLE GROUP IBERIA S.L.</td></tr><tr><td>Referencia:</td><td>2026GRC47719301K</td></tr></table>
<p>Dispone de un plazo de <b>10 días naturales</b> para acceder a su contenido. Transcurrido dicho plazo sin acceder, la notificación se entenderá rechazada y se continuará con el procedimiento (artículo 43 de la Ley 39/2015).</p>
<p><a href="{url}" style="background:#73000c;color:#fff;padding:10px 18px;text-decoration:none">Acceder con Cl@ve o certificado</a></p></div>""".format(url=url)
    body = alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(htm, "iso-8859-1", lang="es", style="margin:0"))
    mk(F, 27, "es", "aeat-notificacion-phish", t=t, prof=p, date_zone="ES",
       frm=("Agencia Tributaria", "notificaciones@agenciatributaria-notifica.es"), to=[st("Lucía")],
       mail_from="web12@cp12.hostingweb-es.com",
       subject="Notificación electrónica disponible - Ref. 2026GRC47719301K", hcs="iso-8859-1", body=body,
       what="'Agencia Tributaria' notice of an electronic notification (VAT Q3 information request) with a 10-day deadline, link to log in with Cl@ve/certificate.",
       why="Tax-authority phishing from a hacked shared-hosting account (PHPMailer, envelope web12@...): AEAT notices point to sede.agenciatributaria.gob.es / DEHú, not to sede-agenciatributaria.info; harvests Cl@ve credentials.")

    # ------------------------------------------------------------ 28 compromised supplier mailbox (genuine M365), IBAN change in thread
    t = T(2026, 11, 11, 13, 7, 45, "ES")
    p = infra.m365("a28", t, "montajesiberia.es", pod="PAVP195", org_lang="es-ES")
    prev_id = "<%s@EXMBX03.corp.example.com>" % h("b27mid", 32)
    prev = """Buenos días, Raúl:

Recibida la factura FM-2026-0931 del montaje del Madrid Hospitality Congress. La incluimos en la remesa de pagos del día 15.

Un saludo,
Lucía Fernández
Contabilidad - Example Group Iberia"""
    txt = """Hola Lucía:

Gracias por la confirmación. Antes de la remesa del día 15, te informo de que por una auditoría interna de nuestro banco la cuenta de CaixaBank está temporalmente bloqueada para cobros, por lo que te ruego que el pago de la FM-2026-0931 (36.118,42 €) se haga a nuestra cuenta en Portugal, que es la que usamos para los proyectos internacionales:

Titular: Montajes Feriales Iberia S.L.
IBAN: {iban}
BIC: CGDIPTPL

Te adjuntaré el certificado de titularidad en cuanto me lo envíe el banco. Es importante que no se envíe a la cuenta antigua porque nos devolverían el pago. Confírmame por favor en cuanto lo tengas programado.

Un saludo,
Raúl Ortega
Jefe de Administración
Montajes Feriales Iberia S.L.

De: Lucía Fernández <lucia.fernandez@example.com>
Enviado: lunes, 9 de noviembre de 2026 9:41
Para: Raúl Ortega <r.ortega@montajesiberia.es>
Asunto: RE: Factura FM-2026-0931 - Montaje Madrid Hospitality Congress

""".format(iban=iban_fmt(BANK["mule_es_supplier"])) + prev + "\n"
    body = alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252", lang="es"))
    mk(F, 28, "es", "compromised-supplier-iban-change", t=t, prof=p, order="ms", date_zone="ES",
       frm=("Raúl Ortega", "r.ortega@montajesiberia.es"), to=[st("Lucía")],
       reply_to=("Raúl Ortega", "r.ortega@montajesiberia-es.com"),
       irt=prev_id, refs=prev_id,
       subject="RE: Factura FM-2026-0931 - Montaje Madrid Hospitality Congress", hcs="windows-1252", body=body,
       what="Reply in a real invoice thread from the contractor's genuine Microsoft 365 mailbox: the Spanish account is 'blocked', pay 36,118.42 EUR to a Portuguese IBAN instead.",
       why="Mailbox-compromise BEC / thread hijack: authentic sender and thread, but Reply-To diverts to look-alike montajesiberia-es.com, foreign account for a domestic supplier, 'don't pay the old account', proof promised later. Genuine invoice: business/27.")

    # ------------------------------------------------------------ 29 QR quishing, payroll review (PNG attachment)
    t = T(2026, 11, 18, 8, 11, 20, "ES")
    p = infra.own_postfix("a29", t, "mail.examplegroup-nomina.es", "57.128.170.44", "examplegroup-nomina.es",
                          "127.0.0.1|localhost", mid_style="generic", rdns="ip44.ip-57-128-170.eu", tzone="ES",
                          ua=None)
    rcpt = sa("José")
    qurl = "https://portal-nominas.app/es/eg/login?u=" + _b.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=")
    txt = """Estimado/a José Ramírez:

Con motivo de la revisión salarial 2027 y de la actualización de los conceptos retributivos del convenio, el departamento de Recursos Humanos ha publicado su carta de revisión individual y el nuevo modelo de nómina.

Por motivos de confidencialidad, el documento solo puede consultarse desde un dispositivo móvil. Escanee el código QR adjunto con la cámara de su teléfono e inicie sesión con sus credenciales corporativas de Microsoft 365.

Le rogamos que confirme la lectura antes del 20 de noviembre; en caso contrario, los nuevos conceptos no podrán aplicarse en la nómina de diciembre.

Atentamente,
Recursos Humanos
Example Group
"""
    png = qr_png(qurl, "M", scale=6)
    body = mixed(Text(txt, "plain", "utf-8", "base64"), Att(png, "image/png", "Revision_salarial_2027_JRamirez.png"))
    mk(F, 29, "es", "quishing-payroll-review-png", t=t, prof=p, date_zone="ES",
       frm=("Recursos Humanos - Example Group", "rrhh@examplegroup-nomina.es"), to=[("José Ramírez", rcpt)],
       subject="Revisión salarial 2027 - documento personal pendiente de lectura", body=body,
       what="'HR' asks to scan an attached QR code (PNG) to read the personal 2027 salary review and log in with Microsoft 365 credentials.",
       why="Quishing: QR in an image attachment leads to portal-nominas.app (credential harvest) and moves the victim to a phone; external look-alike domain examplegroup-nomina.es on an OVH VPS; salary lure and deadline. Genuine HR notice: business/29 (internal relay, intranet link).")

    # ------------------------------------------------------------ 30 ATA carnet / customs, ZIP with LNK via Mailgun
    t = T(2026, 11, 23, 16, 2, 51, "ES")
    p = infra.mailgun("a30", t, "mg.dhl-despachos.es")
    txt = """Estimado cliente:

Su envío de material expositivo con destino IFEMA Madrid, amparado por el Cuaderno ATA ES/2026/1211, ha quedado retenido en el recinto aduanero del Aeropuerto Adolfo Suárez Madrid-Barajas por discrepancias entre la lista general de mercancías y el contenido declarado (bultos 4 y 7).

Para evitar la devolución al origen y los gastos de almacenaje (45,00 EUR/día a partir del tercer día), le rogamos que revise la documentación adjunta, complete la declaración de valor y nos la remita firmada antes de las 12:00 h de mañana.

Número de guía: 4711 2093 58
Expediente aduanero: MAD-ATA-26-11-0742

Atentamente,
Departamento de Aduanas
DHL Express Spain - Despachos
"""
    z = zipfile_bytes([("Cuaderno_ATA_ES-2026-1211_declaracion.pdf.lnk",
                        b"inert placeholder for mail-gateway evaluation - not a shortcut\r\n",
                        (2026, 11, 23, 15, 40, 8))], key="a30zip")
    body = mixed(Text(txt, "plain", "iso-8859-15", "8bit"), Att(z, "application/zip", "Documentacion_ATA_ES-2026-1211.zip"))
    mk(F, 30, "es", "ata-carnet-customs-zip-lnk", t=t, prof=p, date_zone="ES",
       frm=("DHL Express Aduanas", "aduanas@dhl-despachos.es"), to=[st("José")],
       mail_from="bounce+%s@mg.dhl-despachos.es" % h("a30b", 10),
       subject="Envío retenido en aduana - Cuaderno ATA ES/2026/1211", hcs="iso-8859-15", body=body,
       what="'DHL customs' says exhibition goods under ATA carnet are held at Barajas and attaches a ZIP with the 'documentation' to complete.",
       why="Customs/courier malware lure via Mailgun from look-alike dhl-despachos.es: ZIP contains a Windows shortcut disguised as PDF (.pdf.lnk), a common loader vector; storage-fee pressure. The genuine customs broker thread is business/30.")

    # ------------------------------------------------------------ 31 callback phishing, PDF invoice from Gmail
    t = T(2026, 12, 10, 18, 27, 36, "ES")
    p = infra.gmail("a31", t, sa("Lucía"))
    txt = """Estimado cliente,

Gracias por renovar su suscripción. Se ha procesado correctamente la renovación anual de su plan Microsoft 365 Empresa Premium (15 usuarios). Encontrará la factura adjunta.

Importe cargado: 489,99 €
Método de pago: tarjeta terminada en ****
Fecha de renovación: 10/12/2026

Si no ha autorizado esta renovación o desea solicitar el reembolso, llame a nuestro departamento de facturación en las próximas 24 horas al +34 910 48 27 61. Pasado este plazo el cargo no podrá anularse.

Atentamente,
Servicio de Facturación
"""
    inv = pdf([("F2", 16, "FACTURA"), "Nº de factura: MS-ES-2026-77418", "Fecha: 10/12/2026", "",
               "Cliente: Example Group", "", "Descripción                                   Cant.     Importe",
               "Microsoft 365 Empresa Premium - renovación anual      15      404,95 €",
               "IVA 21 %                                                        85,04 €",
               ("F2", 11, "TOTAL                                                          489,99 €"), "",
               ("F2", 12, "¿No reconoce este cargo?"),
               ("F2", 12, "Llame a facturación: +34 910 48 27 61 (24 h)"), "",
               "El reembolso solo puede tramitarse por teléfono en un plazo de 24 horas."],
              title="Factura", producer="Microsoft: Print To PDF")
    body = mixed(Text(txt, "plain", "utf-8", "quoted-printable"), pdf_att(inv, "Factura_MS-ES-2026-77418.pdf"))
    mk(F, 31, "es", "callback-invoice-pdf-gmail", t=t, prof=p, date_zone="ES",
       frm=("Facturación Servicios 365", "facturacion.servicios365@gmail.com"), to=[st("Lucía")],
       subject="Confirmación de renovación - Factura MS-ES-2026-77418", body=body,
       what="'Microsoft 365 renewal' receipt for 489.99 EUR from a Gmail account with a PDF invoice, asking to call a number within 24 hours to cancel.",
       why="Callback phishing (TOAD): no link or malware, only a phone number; free-mail sender, vague 'card ending ****', refund only by phone - the call leads to remote-access/refund fraud.")
