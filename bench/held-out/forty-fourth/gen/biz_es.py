"""Spanish genuine business messages (5)."""

import ids
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, Gmail
from mime import HStyle
from org import S, A, esc

U = HStyle("utf-8", "B")
CIF_HCA = ids.es_cif("B", "1256789")


def _hca_client():
    return Client("gmail", hstyle=U)


# 27 ---------------------------------------------------------------------
def costa_azahar_pedido():
    po = pdf.make_pdf([
        "# HOTELES COSTA AZAHAR S.L.", "CIF " + CIF_HCA + " · Av. del Mar 14 · 12001 Castelló de la Plana", "",
        "# PEDIDO DE COMPRA Nº HCA-2026-0187", "Fecha: 28/10/2026", "",
        "Proveedor: Example Group Iberia S.L. – Oferta OF-ES-2026-214 de 15/10/2026", "",
        "Ref.        Descripción                                    Cant.   Precio   Importe",
        "HB-160      Cabecero tapizado 160, tejido ignífugo Crib 5     22   289,00   6.358,00",
        "MN-02       Mesita de noche 2 cajones, roble                  44   164,00   7.216,00",
        "ES-120      Escritorio 120 con panel de tomas                 22   318,00   6.996,00",
        "SL-01       Butaca lounge tapizada                            22   412,00   9.064,00",
        "            Total (IVA no incluido)                                        29.634,00", "",
        "Entrega: Hotel Azahar Benicàssim, Av. Ferrandis Salvador 41, 12560 Benicàssim (muelle de carga)",
        "Plazo: semana 5/2027 · Pago: 30% a la confirmación, resto a 60 días fecha factura", "",
        "Dpto. de Compras – Carmen López Beltrán",
    ], title="Pedido HCA-2026-0187", producer="Google Docs Renderer", creator="", author="",
        created="20261028111200Z")
    body = """Hola Javier:

Te adjunto el pedido HCA-2026-0187 para la planta 3 del Hotel Azahar Benicàssim (22 habitaciones), según vuestra oferta OF-ES-2026-214. Hemos mantenido el tejido ignífugo de la muestra que nos dejasteis.

Como hablamos, la entrega sería en la semana 5 directamente en el hotel (muelle de carga por la calle trasera). El 30 % de anticipo lo tramita administración en cuanto recibamos vuestra confirmación de pedido y la factura proforma.

¿Me confirmas plazos cuando lo tengas?

Un saludo,

Carmen López Beltrán
Departamento de Compras
Hoteles Costa Azahar
Tel. 964 23 18 70 · Ext. 214
"""
    return mail(kind="business", lang="es", slug="costa-azahar-pedido-planta3",
                t="2026-10-28 12:15:44", rcpt=A("es_mgr"), route=Gmail(zone="CET"), client=_hca_client(),
                frm=("Carmen López Beltrán", "carmen.lopez@hotelescostaazahar.es"), to=[S["es_mgr"]],
                subject="Pedido HCA-2026-0187 - Hotel Azahar Benicàssim, planta 3",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                          Text(org.to_html_gmail(body), "html", charset="UTF-8",
                                               cte="quoted-printable")]),
                    Bin(po, "application/pdf", "Pedido_HCA-2026-0187.pdf")]),
                hn=["falso-comprador-pedido-hotel"],
                pair="hotel chain purchase order for room furniture",
                what="Hotel-chain customer's genuine purchase order for one floor of room furniture.",
                why="Customer's real domain on Google Workspace; refers to the company's own offer number; "
                    "delivery to the hotel itself; 30 % down payment — the opposite of the fake-buyer pattern.")


# 28 ---------------------------------------------------------------------
def transleva_recordatorio():
    iban = org.BANK["levante"]
    body = """Estimada Lucía:

Le recordamos que, según nuestros registros, las siguientes facturas se encuentran vencidas y pendientes de pago:

FV26-03311 de 30/09/2026 – vto. 30/10/2026 – 2.148,50 €
FV26-03459 de 15/10/2026 – vto. 14/11/2026 – 1.873,20 €
Total pendiente: 4.021,70 €

Le rogamos que procedan al pago en un plazo de 7 días a la cuenta habitual:
CaixaBank – %s

En caso contrario, lamentablemente nos veremos obligados a suspender las recogidas programadas en su almacén de Riba-roja a partir del 30/11/2026 hasta la regularización del saldo.

Si ya han realizado el pago, le agradeceríamos que nos enviara el justificante para poder conciliarlo.

Atentamente,

Vicent Climent
Administración
Transportes Levante Express S.L.
Pol. Ind. El Oliveral, C/ G 12 · 46394 Riba-roja de Túria
Tel. 961 66 42 10
""" % ids.fmt_iban(iban)
    route = Hosted("mail.transleva.es", "mail.transleva.es", "195.53.87.18", mta="exchange",
                   origin=("", "", "192.168.20.41"), exch_srv=("TLE-EX01.transleva.local", "192.168.20.5"),
                   tls="1.2")
    cl = Client("outlook-exch", host="TLE-EX01.transleva.local", hstyle=HStyle("iso-8859-1", "Q"))
    return mail(kind="business", lang="es", slug="transleva-recordatorio-suspension",
                t="2026-11-23 11:20:37", rcpt=A("es_acc"), route=route, client=cl,
                frm=("Administración Transportes Levante", "administracion@transleva.es"), to=[S["es_acc"]],
                subject="Recordatorio de pago - facturas vencidas / aviso de suspensión de servicio",
                extra=[("Importance", "high")],
                body=Multi("alternative", [
                    Text(body, charset="windows-1252", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="ES"), "html", charset="windows-1252",
                         cte="quoted-printable")]),
                what="Carrier's genuine urgent payment reminder threatening to suspend pick-ups.",
                why="Known carrier's own Exchange server; invoices and amounts specific; payment to the "
                    "usual CaixaBank account; asks for proof if already paid.")


# 29 ---------------------------------------------------------------------
def drive_genuine():
    fid = "1Hc8qLw2NvT5xKe0bRm7YdPz3uJf9sAgD"
    link = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_m&ts=6907b5d2" % fid
    txt = """Carmen López Beltrán ha compartido un archivo contigo

Carmen López Beltrán (carmen.lopez@hotelescostaazahar.es) te ha invitado a ver el siguiente archivo:

Planos planta 3 - distribución habitaciones.pdf
%s

"Javier, aquí tienes los planos de la planta 3 con las medidas de cada habitación para el pedido. Las 306 y 312 son las adaptadas."

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Has recibido este correo electrónico porque carmen.lopez@hotelescostaazahar.es ha compartido un archivo o una carpeta en Google Drive contigo.
""" % link
    html = """<html><head></head><body style="font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="500" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px">
<tr><td style="padding:24px;font-size:14px;color:#202124">
<div style="font-size:20px;margin-bottom:12px">Carmen López Beltrán ha compartido un archivo contigo</div>
<div style="color:#5f6368">Carmen López Beltrán (<a href="mailto:carmen.lopez@hotelescostaazahar.es">carmen.lopez@hotelescostaazahar.es</a>) te ha invitado a ver el siguiente archivo:</div>
<div style="margin:16px 0;padding:12px;border:1px solid #dadce0;border-radius:16px"><a href="%s" style="color:#3c4043;text-decoration:none">Planos planta 3 - distribución habitaciones.pdf</a></div>
<div style="background:#f1f3f4;padding:12px;border-radius:8px">Javier, aquí tienes los planos de la planta 3 con las medidas de cada habitación para el pedido. Las 306 y 312 son las adaptadas.</div>
<div style="margin-top:16px"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Abrir</a></div>
</td></tr><tr><td style="padding:16px 24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
Has recibido este correo electrónico porque carmen.lopez@hotelescostaazahar.es ha compartido un archivo o una carpeta en Google Drive contigo.</td></tr>
</table></body></html>
""" % (link, link)
    route = Gmail(zone="UTC", host=7, transport_security=True)
    cl = Client("drive", hstyle=HStyle("utf-8", "Q"))
    return mail(kind="business", lang="es", slug="google-drive-planos-cliente",
                t="2026-11-02 16:40:03", rcpt=A("es_mgr"), route=route, client=cl,
                env_from="3c7kHaRQLDk8p0y2-3Pz9vvwu.lBFGHIJDE@doclist.bounces.google.com",
                frm=("Carmen López Beltrán (a través de Google Drive)", "drive-shares-dm-noreply@google.com"),
                reply_to=("Carmen López Beltrán", "carmen.lopez@hotelescostaazahar.es"),
                to=[("", A("es_mgr"))],
                subject="Documento compartido contigo: \"Planos planta 3 - distribución habitaciones.pdf\"",
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                hn=["google-drive-abuso-licitacion"],
                pair="Google Drive share 'from' the hotel customer",
                what="Genuine Google Drive share of floor plans by the customer's buyer.",
                why="Sharer is the known contact on the customer's own Workspace domain; plain file share, "
                    "no request to sign in with other credentials; fits the open order.")


# 30 ---------------------------------------------------------------------
def nominas_interno():
    body = """Hola a todos:

Os recuerdo las fechas de fin de año:

- La nómina de diciembre y la paga extraordinaria de Navidad se abonarán el martes 22 de diciembre.
- Los recibos estarán disponibles, como siempre, en el portal del empleado de la gestoría (Laboral Online) a partir del día 21.
- La oficina cerrará el 24 y el 31 de diciembre a las 14:00.

Nadie os va a pedir que confirméis datos bancarios por correo ni mediante códigos QR. Si queréis cambiar la cuenta de la nómina, hay que rellenar el formulario de cambio de datos y entregármelo firmado antes del 10 de diciembre.

Si recibís algún correo extraño sobre la nómina, reenviádselo a Jan Behrens (IT) antes de hacer clic en nada.

Un saludo,
Javier
"""
    r, c = org.internal("es", host_n=8)
    return mail(kind="business", lang="es", slug="nominas-diciembre-aviso-interno",
                t="2026-12-01 10:05:11", rcpt=A("es_acc"), route=r, client=c,
                frm=S["es_mgr"], to=[("Todos Valencia", "todos-valencia@example.com")],
                subject="Nómina de diciembre, paga extra y cierre de fin de año",
                body=Multi("alternative", [
                    Text(body, charset="iso-8859-1", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="ES"), "html", charset="iso-8859-1",
                         cte="quoted-printable")]),
                hn=["quishing-nomina-paga-extra"],
                pair="December payroll and Christmas bonus",
                what="Internal notice from the Valencia office manager about December payroll, bonus and "
                     "office hours.",
                why="Internal mail via Exchange and the relay; payslips only in the payroll provider's "
                    "portal; bank changes only by signed form; warns about QR/e-mail requests.")


# 31 ---------------------------------------------------------------------
def lucia_baja():
    body = """Hola Javier:

Te escribo desde mi correo personal porque me he dejado el portátil en la oficina. Esta mañana he ido al médico de cabecera y me ha dado la baja por una gastroenteritis, de momento hasta el lunes.

El parte lo comunica directamente el INSS a la empresa, pero te mando una foto del justificante en cuanto llegue a casa.

Las conciliaciones bancarias de noviembre están casi terminadas; lo que falta está en la carpeta compartida de Contabilidad > 2026 > 11.

Un abrazo,
Lucía

Enviado desde mi iPhone
"""
    route = Gmail(zone="CET")
    cl = Client("iphone", domain="gmail.com", hstyle=HStyle("utf-8", "Q"), mailer="iPhone Mail (23B85)")
    return mail(kind="business", lang="es", slug="baja-medica-correo-personal",
                t="2026-12-10 08:02:51", rcpt=A("es_mgr"), route=route, client=cl,
                frm=("Lucía Martínez", "lucia.martinez.soler@gmail.com"), to=[S["es_mgr"]],
                subject="Baja médica",
                body=Text(body, charset="utf-8", cte="quoted-printable"),
                hn=["whatsapp-pretexto-director"],
                pair="colleague writes from a personal address",
                what="The Spanish accountant reports sick leave to her manager from her personal Gmail.",
                why="Private address, but only informs about an absence and where work is filed; the sick "
                    "note goes through the official INSS channel; no request to move to another channel or "
                    "to pay anything.")


MESSAGES = [costa_azahar_pedido, transleva_recordatorio, drive_genuine, nominas_interno, lucia_baja]
