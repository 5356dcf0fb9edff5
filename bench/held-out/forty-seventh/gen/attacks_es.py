"""Attack messages 27-31 (Spanish)."""
import files
import infra
import util
from compose import A, E, S, T, alt, html_outlook, html_simple, mixed, msg
from mime import Leaf, Multi, addr, ew
from util import berlin


def build():
    # ------------------------------------------------------------ 27 AEAT / VERI*FACTU (Amazon SES)
    dt = berlin(2026, 10, 27, 10, 10, 36)
    r = util.rng("a27")
    p = infra.ses(r, dt, E("es_acc"), region="eu-west-3")
    link = "https://sede-agenciatributaria.verifactu-registro.com/wlpl/VFAC-REG/?nif=B26188409&ref=%s" % util.alnum(r, 10)
    text = """Agencia Tributaria - Sede Electrónica

Estimado/a contribuyente:

De acuerdo con el Real Decreto 1007/2023 (Reglamento de requisitos de los sistemas informáticos de facturación, VERI*FACTU), los contribuyentes del Impuesto sobre Sociedades deberán utilizar un sistema de facturación adaptado a partir del 1 de enero de 2027.

En nuestros registros no consta la declaración responsable del sistema informático de facturación utilizado por EXAMPLE GROUP ESPAÑA S.L. (NIF B26188409). Para evitar la sanción prevista en el artículo 201 bis de la Ley General Tributaria (hasta 50.000 euros por ejercicio), debe completar el registro antes del 15 de noviembre de 2026.

Acceda con Cl@ve o certificado electrónico:
%s

Atentamente,
Agencia Estatal de Administración Tributaria
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="640" align="center" style="border:1px solid #ddd"><tr><td style="background:#9b1c1f;color:#fff;padding:14px 24px;font-size:18px">Agencia Tributaria &middot; Sede Electrónica</td></tr>
<tr><td style="padding:24px">
<p>Estimado/a contribuyente:</p>
<p>De acuerdo con el Real Decreto 1007/2023 (Reglamento de requisitos de los sistemas informáticos de facturación, <b>VERI*FACTU</b>), los contribuyentes del Impuesto sobre Sociedades deberán utilizar un sistema de facturación adaptado a partir del 1 de enero de 2027.</p>
<p>En nuestros registros no consta la declaración responsable del sistema informático de facturación utilizado por <b>EXAMPLE GROUP ESPAÑA S.L.</b> (NIF B26188409). Para evitar la sanción prevista en el artículo 201 bis de la Ley General Tributaria (hasta 50.000 euros por ejercicio), debe completar el registro antes del <b>15 de noviembre de 2026</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#9b1c1f;color:#fff;padding:12px 26px;text-decoration:none">Acceder con Cl@ve o certificado</a></p>
<p>Atentamente,<br>Agencia Estatal de Administración Tributaria</p></td></tr></table></body></html>
""" % link
    body = alt(p, T(text, "windows-1252", "quoted-printable"), T(html, "windows-1252", "quoted-printable", sub="html"))
    msg("27-es-agencia-tributaria-verifactu.eml", "attack", "es", p, E("es_acc"), dt, p["bounce"],
        [("From", addr("Agencia Tributaria", "notificaciones@sede-aeat-notifica.es")),
         ("To", E("es_acc")),
         ("Subject", ew("Aviso: registro obligatorio VERI*FACTU pendiente - NIF B26188409", "windows-1252", "Q"))],
        body,
        "Tax-agency phishing themed on the VERI*FACTU invoicing-software obligation: 'register your billing system "
        "or face up to EUR 50,000 fine', login with Cl@ve or e-certificate on a look-alike sede",
        "AEAT notifies through the Dirección Electrónica Habilitada, not through Amazon SES from sede-aeat-notifica.es; "
        "the software declaration is made by the software producer, not by the taxpayer; fine threat and deadline; "
        "steals Cl@ve/certificate logins.", pair="B29")

    # ------------------------------------------------------------ 28 purchase-order fraud, retailer look-alike
    dt = berlin(2026, 10, 14, 12, 55, 9)
    r = util.rng("a28")
    p = infra.postfix_host(r, dt, E("es_mgr"), "mail.elcorteingles-proveedores.es", "ip217-160-88-41.pbiaas.com",
                           "217.160.88.41", "webmail (localhost [127.0.0.1])", zone="ES", webmail="roundcube",
                           domain="elcorteingles-proveedores.es")
    text = """Estimado Sr. Martínez:

Desde el Departamento de Compras de Alimentación y Club del Gourmet de El Corte Inglés estamos ampliando nuestra selección de vinos de Rioja para la campaña de Navidad y hemos recibido buenas referencias de sus vinos.

Le rogamos nos confirme disponibilidad y precio para entrega inmediata de:

- Rioja Reserva 2020, caja de 6 x 75 cl: 300 cajas
- Rioja Crianza 2022, caja de 6 x 75 cl: 400 cajas

Nuestra forma de pago habitual con proveedores es confirming a 60 días fecha factura. La mercancía deberá entregarse en nuestra plataforma logística externa:

Log-Centro Alcalá, Nave 14
Calle de la Esgrima 9
28806 Alcalá de Henares (Madrid)

Para dar de alta su empresa como proveedor, le rogamos que nos remita la ficha de cliente y la proforma a la mayor brevedad, ya que el pedido debe cerrarse esta semana. Por favor, dirija toda la correspondencia a compras.gourmet@elcorteingles-proveedores.es.

Un cordial saludo,

Alberto Sánchez Ruiz
Jefe de Compras - Vinos y Licores
Club del Gourmet | El Corte Inglés, S.A.
Hermosilla 112, 28009 Madrid
"""
    body = T(text, "UTF-8", "8bit", params=[("format", "flowed")], quote_charset=False)
    msg("28-es-fraude-pedido-gran-superficie.eml", "attack", "es", p, E("es_mgr"), dt,
        "a.sanchez@elcorteingles-proveedores.es",
        [("From", addr("Alberto Sánchez Ruiz - El Corte Inglés", "a.sanchez@elcorteingles-proveedores.es", "UTF-8", "Q")),
         ("To", E("es_mgr")),
         ("Reply-To", "compras.gourmet@elcorteingles-proveedores.es"),
         ("Subject", ew("Solicitud de pedido - Vinos de Rioja campaña Navidad", "UTF-8", "Q"))],
        body,
        "Purchase-order fraud: a 'buyer' of a large Spanish department store orders 700 cases of Rioja on 60-day "
        "credit for delivery to an external warehouse",
        "Look-alike domain elcorteingles-proveedores.es on an IONOS VPS, Reply-To to another mailbox of that domain; "
        "new customer asking for credit terms and immediate delivery to a third-party warehouse (goods are resold, "
        "never paid); rush to close this week.", pair="B28")

    # ------------------------------------------------------------ 29 DHL customs duty via compromised SendGrid account
    dt = berlin(2026, 11, 30, 16, 40, 51)
    r = util.rng("a29")
    p = infra.sendgrid(r, dt, E("es_mgr"))
    trk = "https://u48812.ct.sendgrid.net/ls/click?upn=u001.%s" % util.alnum(r, 70)
    text = """DHL Express

Su envío 4418229071 está retenido en aduanas.

Remitente: HARROW & FINCH WINE MERCHANTS LTD, Londres (GB)
Destinatario: EXAMPLE GROUP ESPAÑA S.L., Logroño
Contenido: muestras de vino (6 botellas)

Para la importación desde el Reino Unido se han devengado derechos e impuestos por importe de 28,64 EUR (IVA de importación, impuestos especiales y gastos de gestión aduanera). El envío se entregará al día siguiente laborable tras el pago.

Pagar ahora: %s

Si el pago no se recibe en 72 horas, el envío será devuelto al remitente.

DHL Express (Spain) S.L.U.
""" % trk
    html = """<html><body style="margin:0;font-family:Frutiger,Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#ffcc00;padding:16px 24px;font-size:26px;font-weight:bold;color:#d40511;font-style:italic">DHL</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<h3 style="margin-top:0">Su envío 4418229071 está retenido en aduanas</h3>
<p>Remitente: HARROW &amp; FINCH WINE MERCHANTS LTD, Londres (GB)<br>Destinatario: EXAMPLE GROUP ESPAÑA S.L., Logroño<br>Contenido: muestras de vino (6 botellas)</p>
<p>Para la importación desde el Reino Unido se han devengado derechos e impuestos por importe de <b>28,64 EUR</b> (IVA de importación, impuestos especiales y gastos de gestión aduanera). El envío se entregará al día siguiente laborable tras el pago.</p>
<p style="text-align:center"><a href="%s" style="background:#d40511;color:#fff;padding:12px 28px;text-decoration:none">Pagar ahora</a></p>
<p style="font-size:12px;color:#666">Si el pago no se recibe en 72 horas, el envío será devuelto al remitente.</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#888">DHL Express (Spain) S.L.U.</td></tr></table>
<img src="https://u48812.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>
""" % (trk, util.alnum(r, 50))
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("29-es-dhl-aranceles-pago-sendgrid.eml", "attack", "es", p, E("es_mgr"), dt,
        "bounces+48812-%s-javier.martinez=example.com@em8231.tiendaciclosvalle.es" % util.hexid(r, 4),
        [("From", addr("DHL Express", "noreply@dhl-aduanas-envios.com")),
         ("To", E("es_mgr")),
         ("Subject", ew("DHL Express: pago de aranceles pendiente - envío 4418229071", "utf-8", "Q"))],
        body,
        "Courier customs-fee phishing: 'DHL Express' holds a UK wine-sample shipment until EUR 28.64 duties are paid "
        "by card",
        "Sent through a hijacked SendGrid account of an unrelated bike shop (bounce domain tiendaciclosvalle.es) with a "
        "DHL look-alike From domain; card-payment lure with return threat; uses a plausible UK sender to make the "
        "post-Brexit duties credible.")

    # ------------------------------------------------------------ 30 fake DocuSign (GCS-hosted phishing page)
    dt = berlin(2026, 10, 26, 17, 31, 40)
    r = util.rng("a30")
    p = infra.exim_cpanel(r, dt, E("es_mgr"), "es-srv07.servidoresdns.net", "82.98.134.27",
                          "administracion@fincaslavega.es", client_ip="41.216.188.37", zone="ES")
    link = "https://storage.googleapis.com/dcs-firma-es-7781/index.html#javier.martinez@example.com"
    text = """DocuSign

Bodegas Ramírez de la Sierra le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO
%s

Contrato de compraventa de uva - Vendimia 2026 - Adenda de precios.pdf

Estimado Javier,
le remitimos la adenda de precios de la uva de la vendimia 2026 para su firma antes del cierre de mes.

Un saludo,
Carmen Ramírez

No comparta este correo electrónico
Este mensaje contiene un enlace seguro a DocuSign. No comparta este correo, el enlace ni el código de acceso con otras personas.
""" % link
    html = html_simple(text, links={link: link}).replace('REVISAR DOCUMENTO<br>\n<a href="%s">%s</a>' % (link, link),
                                                         '<a href="%s" style="background:#ffc423;color:#000;padding:12px 24px;'
                                                         'text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a>' % link)
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("30-es-docusign-falso-contrato-uva.eml", "attack", "es", p, E("es_mgr"), dt, "administracion@fincaslavega.es",
        [("From", addr("DocuSign a través de Bodegas Ramírez", "administracion@fincaslavega.es", "utf-8", "Q")),
         ("To", E("es_mgr")),
         ("Subject", ew("Bodegas Ramírez de la Sierra le ha enviado: Contrato compraventa uva - Adenda de precios", "utf-8", "B"))],
        body,
        "Fake DocuSign notification (not DocuSign infrastructure) about a grape purchase-contract price addendum; link "
        "to a phishing page on a Google Cloud Storage bucket with the victim's address in the fragment",
        "Sent from a compromised estate-agent mailbox on shared cPanel hosting via an African IP, not from docusign.net; "
        "'REVIEW DOCUMENT' points to storage.googleapis.com instead of docusign.net; impersonates a real supplier whose "
        "genuine DocuSign envelopes look different (business 30).", pair="B30")

    # ------------------------------------------------------------ 31 Teams meeting invite (ICS) from look-alike
    dt = berlin(2026, 11, 19, 9, 3, 22)
    r = util.rng("a31")
    p = infra.exo(r, dt, E("es_mgr"), "bodegasramirez-es.com", "EUR01-VE1-obe.outbound.protection.outlook.com",
                  ("mail-ve1eur01on2097.outbound.protection.outlook.com", "40.107.14.97"), util.det_uuid(r),
                  lang="es-ES", region="eurprd01", pre="VI1P")
    join = "https://teams-live.bodegasramirez-es.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (
        util.alnum(r, 40), util.det_uuid(r))
    desc = """Buenos días, Javier:

Os propongo una llamada breve para revisar los precios de la cosecha 2026 y las condiciones de suministro para 2027 antes de enviar la propuesta definitiva.

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala
Haga clic aquí para unirse a la reunión <%s>
Id. de reunión: 384 551 902 177
Código de acceso: nT7aQ2
________________________________________________________________________________
""" % join
    ics = files.ics("040000008200E00074C5B7101A82E008000000%s" % util.hexid(r, 40, True),
                    ("Carmen Ramírez", "c.ramirez@bodegasramirez-es.com"),
                    [("Javier Martínez", E("es_mgr"))], "20261120T110000", "20261120T113000",
                    "Revisión precios cosecha 2026 / condiciones 2027", "Reunión de Microsoft Teams",
                    desc, dt.strftime("%Y%m%dT%H%M%SZ"))
    html = html_outlook(desc, "utf-8", "ES", links={"Haga clic aquí para unirse a la reunión": join})
    body = alt(p, T(desc, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"),
               Leaf("text/calendar", ics, charset="utf-8", cte="base64", params=[("method", "REQUEST")]))
    msg("31-es-invitacion-teams-falsa-ics.eml", "attack", "es", p, E("es_mgr"), dt, "c.ramirez@bodegasramirez-es.com",
        [("From", addr("Carmen Ramírez", "c.ramirez@bodegasramirez-es.com", "utf-8", "Q")),
         ("To", addr("Javier Martínez", E("es_mgr"), "utf-8", "Q")),
         ("Subject", ew("Revisión precios cosecha 2026 / condiciones 2027", "utf-8", "Q"))],
        body,
        "Calendar-invite phishing: Teams meeting request (text/calendar) from a look-alike of the supplier Bodegas "
        "Ramírez; the 'join' link leads to a fake Teams/Microsoft login",
        "Domain bodegasramirez-es.com instead of bodegasramirez.es on a separate Microsoft 365 tenant; the join URL is "
        "on that domain, not teams.microsoft.com; invitations land in the calendar automatically, so the link is seen "
        "again at meeting time.", pair="B31", order="outlook")
