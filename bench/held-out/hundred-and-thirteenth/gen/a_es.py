"""Attack messages, Spanish (27-31)."""
from util import *
from profiles import exim_php, outlook_consumer, sendgrid, mailgun, gmail
from lib import zipc
from company import EG_ES_CIF


def a27():
    m = Msg("attack", 27, "es", "aeat-notificacion-verifactu",
            "Agencia Tributaria look-alike: 'pending electronic notification - information request about VERI*FACTU "
            "invoicing records', link to a fake Sede Electrónica login",
            "AEAT notifications are only announced via DEHú/Sede without content links; sent by PHPMailer from a hacked "
            "dental-clinic WordPress on a Spanish cPanel host; quotes the company CIF for credibility; 10-day sanction "
            "threat.", pair=None)
    m.rcpt = "ines.munoz@example.com"
    m.t = T(2026, 10, 20, 9, 14, 32, "ES")
    c = m.ctx
    F = dict(frm=addr("Agencia Tributaria - Sede Electrónica", "notificaciones@clinicadental-sonrisaplus.es", "iso-8859-1", "Q"),
             to="ines.munoz@example.com",
             subject=hval("Notificación electrónica pendiente: requerimiento de información VERI*FACTU (Ref. 2026GRC41773P)", "iso-8859-1", "Q"),
             t=ago(m.t, 2), env="wordpress@clinicadental-sonrisaplus.es")
    exim_php(m, F, host="cp3041.webempresa.eu", host_ip="185.254.205.79", docroot_user="sonrisap",
             script="wp-includes/js/tinymce/skins", host_tz="ES")
    url = "https://clinicadental-sonrisaplus.es/wp-includes/js/tinymce/skins/sede/?ref=2026GRC41773P&nif=" + EG_ES_CIF
    text = """Agencia Tributaria
Sede Electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al siguiente procedimiento:

Titular: EXAMPLE NAUTICA SL - NIF %s
Procedimiento: Requerimiento de información - Sistemas Informáticos de Facturación (VERI*FACTU)
Referencia: 2026GRC41773P
Fecha de puesta a disposición: 19/10/2026

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se dará por efectuado el trámite, pudiendo iniciarse el correspondiente procedimiento sancionador (art. 201 bis LGT).

Acceda a la notificación con certificado electrónico, Cl@ve o número de referencia:

%s

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % (EG_ES_CIF, url)
    html = simple_html(text, "font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333")
    m.notes.append("URL " + url)
    m.notes.append("CIF %s (check digit valid)" % EG_ES_CIF)
    m.body = alt(m, text, html, "iso-8859-1", "quoted-printable", quote_cs=False)
    m.body.fold = False
    return m


def a28():
    m = Msg("attack", 28, "es", "fraude-director-whatsapp",
            "Manager impersonation: 'Jordi Ferrer' writes from a Hotmail address that he is with a notary, cannot talk, and "
            "asks the accountant to continue on WhatsApp at a new number for a confidential transfer",
            "Office manager's name on an unknown private Hotmail account; move to WhatsApp to leave corporate "
            "channels; 'confidential transfer today' - CEO/manager fraud opener (compare genuine internal request "
            "business 28).", pair="business 28")
    m.rcpt = "ines.munoz@example.com"
    m.t = T(2026, 11, 26, 12, 47, 5, "ES")
    F = dict(frm=addr("Jordi Ferrer", "jordi.ferrer.vidal@hotmail.com"), to=staff("ines.munoz", "iso-8859-1"),
             subject="Urgente", t=ago(m.t, 3), env="jordi.ferrer.vidal@hotmail.com")
    outlook_consumer(m, F, mbx="AS8P251MB0790", prd="EURP251", out=("EUR03-AM7-obe", "mail-am7eur03olkn2071", "40.92.59.71"),
                     lang="es-ES")
    text = """Inés, ¿estás en la oficina?

Estoy en una reunión en el Club de Mar con el notario y con los compradores del amarre de 18 m y no puedo hablar por teléfono. Necesito que me ayudes con una transferencia confidencial que hay que dejar hecha hoy antes de las 14:00.

El móvil de empresa se me ha quedado sin batería, escríbeme por WhatsApp a este número y te paso los datos: +34 624 18 73 09

No lo comentes todavía con nadie de la oficina, te lo explico luego.

Jordi

Obtener Outlook para Android
"""
    m.notes.append("WhatsApp number +34 624 18 73 09 (invented)")
    m.body = Text(text, "plain", "windows-1252", "quoted-printable")
    return m


def a29():
    m = Msg("attack", 29, "es", "correos-aduana-tasa",
            "Courier/customs lure: 'Correos - your parcel is held at customs, pay 2,99 EUR import fee' with a card-payment "
            "link",
            "Domain correos-envios-aduana.com via SendGrid (Correos uses correos.es); small customs fee link is the "
            "standard card-harvesting scam; 48-hour return threat.", pair=None)
    m.rcpt = "jordi.ferrer@example.com"
    m.t = T(2026, 12, 9, 17, 20, 44, "ES")
    c = m.ctx
    url = "https://correos-envios-aduana.com/es/pago/?envio=PQ4F7K0291845%s" % c.digits(3)
    F = dict(frm=addr("Correos", "info@correos-envios-aduana.com"), to="jordi.ferrer@example.com",
             subject=hval("Su envío PQ4F7K0291845 está retenido en aduana - abono pendiente de 2,99 €", "utf-8", "Q"),
             t=m.t, from_domain="correos-envios-aduana.com")
    sendgrid(m, F, ip="149.72.87.140", host="wrqvbkpm")
    text = """Correos

Estimado/a cliente:

Su envío PQ4F7K0291845 procedente de un país no perteneciente a la Unión Europea se encuentra retenido en nuestro centro de tratamiento aduanero de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera.

Importe pendiente: 2,99 €

Para liberar el envío y programar la entrega, realice el pago en las próximas 48 horas:

%s

Si el pago no se efectúa en el plazo indicado, el envío será devuelto al remitente.

Atentamente,
Correos - Atención al Cliente
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f2f2f2"><table width="100%"><tr><td align="center" style="padding:20px">
<table width="580" style="background:#fff"><tr><td style="background:#ffcd00;padding:16px 24px;font-size:24px;font-weight:bold;color:#002e6d">Correos</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p>Estimado/a cliente:</p><p>Su envío <b>PQ4F7K0291845</b> procedente de un país no perteneciente a la Unión Europea se encuentra retenido en nuestro centro de tratamiento aduanero de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera.</p>
<p style="font-size:18px">Importe pendiente: <b>2,99 €</b></p>
<p style="text-align:center"><a href="URL" style="background:#002e6d;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Pagar y programar la entrega</a></p>
<p>Si el pago no se efectúa en las próximas 48 horas, el envío será devuelto al remitente.</p>
<p>Atentamente,<br>Correos - Atención al Cliente</p></td></tr></table></td></tr></table></body></html>
""".replace("URL", url)
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "utf-8", "quoted-printable", quote_cs=False)
    m.body.fold = False
    return m


def a30():
    m = Msg("attack", 30, "es", "autoridad-portuaria-tasa-t5",
            "Port-authority lure: 'Autoridad Portuaria de Baleares - pending T-5 pleasure-craft fee for the yacht "
            "Tramontana, 1.284,60 EUR, 20 % surcharge after 5 days', card-payment link",
            "Look-alike domain portsdebalears-pagos.com via Mailgun (real: portsdebalears.com); the T-5 fee for "
            "Example's berths is invoiced to the marina concession, not paid by card link; surcharge threat.",
            pair="business 28")
    m.rcpt = "ines.munoz@example.com"
    m.t = T(2026, 10, 28, 10, 2, 17, "ES")
    c = m.ctx
    url = "https://portsdebalears-pagos.com/tasas/T5/liquidacion?exp=APB-T5-2026-%s" % c.digits(6)
    F = dict(frm=addr("Autoridad Portuaria de Baleares - Tasas", "tasas@portsdebalears-pagos.com"), to="ines.munoz@example.com",
             subject=hval("Liquidación pendiente Tasa T-5 - embarcación \"Tramontana\" (7ª-PM-2-118-23)", "iso-8859-15", "Q"),
             t=m.t, from_domain="portsdebalears-pagos.com", env_local="tasas")
    mailgun(m, F, ip="159.135.132.19", host="m132-19.mailgun.net")
    text = """AUTORIDAD PORTUARIA DE BALEARES
Departamento de Gestión de Tasas

Estimados señores:

Les informamos de que consta pendiente de pago la siguiente liquidación de la tasa de la embarcación deportiva o de recreo (T-5), correspondiente al tercer trimestre de 2026:

Embarcación: TRAMONTANA - Matrícula 7ª-PM-2-118-23
Titular: EXAMPLE NAUTICA SL
Puerto: Palma - Moll Vell
Importe: 1.284,60 €
Vencimiento: 02/11/2026

Transcurrido dicho plazo se aplicará el recargo de apremio del 20 %% y se iniciará el procedimiento ejecutivo.

Puede abonar la liquidación con tarjeta a través de nuestra pasarela de pagos:

%s

Atentamente,
Autoridad Portuaria de Baleares
Moll Vell, 5 - 07012 Palma
""" % url
    html = simple_html(text, "font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222")
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "iso-8859-15", "8bit", quote_cs=False)
    return m


def a31():
    m = Msg("attack", 31, "es", "solicitud-charter-zip-lnk",
            "Fake charter enquiry: a 'customer' asks for a week's charter for 8 people in July 2027 and attaches a ZIP "
            "'crew documentation and passports' that contains Pasaportes_tripulacion_y_titulo_PER.pdf.lnk",
            "Unsolicited Gmail enquiry with an archive instead of scans; the .pdf.lnk shortcut is a malware launcher "
            "(hospitality-targeting campaigns); pressure to 'check the documents today so we can book'.", pair=None)
    m.rcpt = "jordi.ferrer@example.com"
    m.t = T(2026, 12, 14, 19, 33, 58, "ES")
    c = m.ctx
    F = dict(frm=addr("Marcos Villanueva", "marcos.villanueva.nautica@gmail.com"), to="jordi.ferrer@example.com",
             subject=hval("Solicitud de chárter - 8 personas, semana del 10 al 17 de julio de 2027", "UTF-8", "Q"),
             t=ago(m.t, 2), tz="ES", env="marcos.villanueva.nautica@gmail.com")
    gmail(m, F, mx=("mail-wr1-f48", "209.85.221.48"))
    text = """Buenas tardes,

somos un grupo de 8 adultos (cuatro parejas) y queremos alquilar un velero de unos 15-16 metros con patrón desde Palma del 10 al 17 de julio de 2027, con ruta por Cabrera y Menorca.

Les adjunto la documentación de la tripulación (pasaportes y mi título de PER) para que puedan revisar si todo está correcto y enviarnos el presupuesto y el contrato. El archivo está comprimido porque son muchas fotos.

Nos corre un poco de prisa porque tenemos otra oferta en Ibiza, así que les agradecería que revisaran los documentos hoy mismo y me confirmaran disponibilidad.

Un saludo,
Marcos Villanueva
+34 611 28 45 90
"""
    inner = "Pasaportes_tripulacion_y_titulo_PER.pdf.lnk"
    z = zipc.plain_zip([(inner, b"INERT PLACEHOLDER - original was a .lnk launching a remote script; removed.\n")],
                       dt=(2026, 12, 14, 19, 21, 6))
    m.notes.append("plain ZIP member %s" % inner)
    aid = c.alnum(9).lower()
    m.body = Multipart("mixed", [
        alt(m, text, gmail_html(text), "UTF-8", "quoted-printable"),
        Attachment(z, "application/zip", "Documentacion_tripulacion_julio2027.zip",
                   headers=[("Content-ID", "<f_%s>" % aid), ("X-Attachment-Id", "f_%s" % aid)])],
        m.boundary(), fold=False)
    m.body.parts[0].fold = False
    return m


BUILDERS = [a27, a28, a29, a30, a31]
