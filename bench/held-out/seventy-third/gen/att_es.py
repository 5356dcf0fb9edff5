"""Spanish attack messages 27-31."""
import base64

from lib import *
import facts as F


def m27():
    slug = "aeat-notificacion-zip-link"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 27, 10, 2, 48)
    snd = "notificaciones@agenciatributaria-avisos.es"
    rcpt = S("es_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "agenciatributaria-avisos.es", None, "164.92.181.36", mailer="phpmailer",
                  zone="UTC")
    ref = "2026GRC46%07dX" % r.randrange(10 ** 6, 10 ** 7)
    url = "https://sede-agenciatributaria.notificaciones-dehu.com/descarga/?ref=%s" % ref
    text = """AGENCIA TRIBUTARIA
Sede Electrónica

Aviso de puesta a disposición de notificación

Titular: EXAMPLE GROUP IBERICA SL
NIF: %s

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, periodo 3T.

Referencia: %s
Órgano emisor: Delegación Especial de Valencia - Dependencia Regional de Gestión Tributaria

Dispone de 10 días naturales para acceder al contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015).

Se adjunta la notificación en formato comprimido. Si no puede abrir el adjunto, descárguela aquí:
%s

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.""" % (F.EG_ES_CIF, ref, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#7b1f1f;color:#fff;padding:14px 20px;font-size:18px"><b>AGENCIA TRIBUTARIA</b> <span style="font-size:13px">Sede Electrónica</span></td></tr>
<tr><td style="padding:20px;border:1px solid #ccc">
<p><b>Aviso de puesta a disposición de notificación</b></p>
<p>Titular: <b>EXAMPLE GROUP IBERICA SL</b><br>NIF: %s</p>
<p>Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2026, periodo 3T.</p>
<p>Referencia: <b>%s</b><br>Órgano emisor: Delegación Especial de Valencia - Dependencia Regional de Gestión Tributaria</p>
<p>Dispone de <b>10 días naturales</b> para acceder al contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015).</p>
<p>Se adjunta la notificación en formato comprimido. Si no puede abrir el adjunto, <a href="%s">descárguela aquí</a>.</p>
<p style="color:#777;font-size:11px">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p>
</td></tr></table></body></html>
""" % (F.EG_ES_CIF, ref, url)
    z = zip_plain([("Notificacion_%s.pdf.msi" % ref, attach.placeholder("x"))], date_time=(2026, 10, 27, 9, 58, 2))
    body = mixed(p, alt(p, text, html, "iso-8859-1", "quoted-printable"),
                 [att(p, z, "Notificacion_%s.zip" % ref, "application/zip")])
    return Mail(27, "es", slug, A, p, ("Agencia Tributaria", snd), [S("es_acc")],
                "Notificación electrónica disponible - Ref. " + ref, body,
                what="Tax-office malware lure: fake AEAT/DEHú 'notification available' from a DigitalOcean droplet without rDNS; attached ZIP holds 'Notificacion_….pdf.msi' (inert placeholder), with a fallback download link on notificaciones-dehu.com.",
                why="AEAT notifications are only accessed in sede.agenciatributaria.gob.es / DEHú and are never sent as ZIP attachments; installer with double extension .pdf.msi inside the archive (typical banking-trojan loader for Spanish targets); look-alike link host; deadline and 'deemed rejected' threat; sender domain not agenciatributaria.gob.es.",
                structure_note="ZIP (not encrypted) → Notificacion_%s.pdf.msi" % ref)


def m28():
    slug = "hidroquimica-cuenta-lookalike"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 9, 12, 37, 3)
    snd = "rnavarro@hidroquimica-levante.com"
    rcpt = S("es_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.hidroquimica-levante.com", "45.77.139.201.vultrusercontent.com", "45.77.139.201",
                  mailer="outlook-forged", submit_ip="154.118.22.70")
    p.hdrs[-1] = ("Content-Language", "es")
    text = """Estimada Lucía:

Le informamos de que, por motivos de reestructuración bancaria del grupo, a partir de hoy nuestra cuenta de cobro pasa a ser la siguiente:

Titular: Hidroquímica Levante, S.L.
Entidad: Banco Sabadell
IBAN: %s

Adjuntamos el certificado de titularidad emitido por la entidad.

Le rogamos que el pago de las facturas FV26-1432 y FV26-1467 (21.348,75 EUR), vencidas, se realice a esta nueva cuenta antes del viernes, ya que la cuenta anterior en CaixaBank quedará bloqueada durante el proceso y las transferencias serían devueltas.

Quedo a la espera de su confirmación por correo.

Un saludo,

Rosa Navarro
Dpto. Administración
Hidroquímica Levante, S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 34 - 46988 Paterna (Valencia)
Tel. 961 32 47 80""" % iban_fmt(F.HQL_IBAN_FRAUD)
    html = html_outlook(text, "windows-1252", lang="ES")
    pdf = simple_pdf("Certificado de titularidad", [
        "# Banco Sabadell",
        "",
        "## CERTIFICADO DE TITULARIDAD DE CUENTA",
        "",
        "Banco de Sabadell, S.A. certifica que la cuenta abajo indicada figura abierta en esta",
        "entidad a nombre de:",
        "",
        "**Titular: HIDROQUIMICA LEVANTE, S.L.",
        "**CIF: " + F.HQL_CIF,
        "**IBAN: " + iban_fmt(F.HQL_IBAN_FRAUD),
        "**BIC: BSABESBBXXX",
        "",
        "Y para que así conste, a petición del interesado, se expide el presente certificado",
        "en Valencia, a 6 de noviembre de 2026.",
        "",
        "Oficina 1423 - Valencia Colón",
    ], author="Administrador", creator="Microsoft Word", producer="Microsoft: Print To PDF", created=pdfdate(plus(t, -86400 * 3)))
    body = mixed(p, alt(p, text, html, "windows-1252", "quoted-printable"),
                 [att(p, pdf, "Certificado_titularidad_cuenta.pdf")])
    return Mail(28, "es", slug, A, p, ("Rosa Navarro", snd), [S("es_acc")],
                "Cambio de cuenta bancaria - Hidroquímica Levante", body, cc=[S("es_proc")],
                what="Supplier bank-detail change from look-alike hidroquimica-levante.com (real: .es) on a Vultr VPS with forged Outlook headers; 'bank certificate' PDF printed to PDF.",
                why="Wrong TLD, rented server submitted from an African IP, immediate change plus overdue invoices to pay by Friday, threat that transfers to the old CaixaBank account bounce, confirmation by e-mail only; the 'certificate' is a Word print-to-PDF.")


def m29():
    slug = "correos-aduana-tasas"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 19, 17, 41, 29)
    snd = "aduanas@correos-envios-es.com"
    rcpt = S("es_proc")[1]
    p = infra.mailgun(r, t, snd, rcpt, "mg.correos-envios-es.com", eu=False)
    trk = "CY284019335ES"
    url = "https://correos-es.gestion-aduana.com/pago/?envio=%s&t=%s" % (trk, hexs(r, 10))
    text = """Correos

Estimado/a cliente:

Su envío %s procedente de Shenzhen (China) se encuentra retenido en la Aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera (DUA).

Importe pendiente: 2,99 EUR

Si el importe no se abona en un plazo de 72 horas, el envío será devuelto al remitente.

Pagar y programar entrega:
%s

Gracias por confiar en Correos.
Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.""" % (trk, url)
    html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:16px auto">
<tr><td style="background:#ffcc00;padding:18px 24px;font-size:24px;font-weight:bold;color:#002e6d">Correos</td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:1.5">
<p>Estimado/a cliente:</p>
<p>Su envío <b>%s</b> procedente de Shenzhen (China) se encuentra <b>retenido en la Aduana de Madrid-Barajas</b> pendiente del pago de los gastos de gestión aduanera (DUA).</p>
<p style="font-size:20px">Importe pendiente: <b>2,99 €</b></p>
<p>Si el importe no se abona en un plazo de <b>72 horas</b>, el envío será devuelto al remitente.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#002e6d;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Pagar y programar entrega</a></p>
<p style="font-size:12px;color:#777">Gracias por confiar en Correos.<br>Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.</p>
</td></tr></table></body></html>
""" % (trk, url)
    body = alt(p, text, html, "utf-8", "base64")
    return Mail(29, "es", slug, A, p, ("Correos", snd), [S("es_proc")],
                "Su envío %s está retenido en aduana" % trk, body,
                extra=[("List-Unsubscribe", "<mailto:u+%s@mg.correos-envios-es.com>" % hexs(r, 20))],
                what="Customs-fee phishing: fake Correos notice via Mailgun from correos-envios-es.com – parcel from China held in customs, pay 2.99 EUR within 72 h.",
                why="Correos uses correos.es; fee page gestion-aduana.com collects card data; small-amount pretext aimed at procurement staff who do import spare parts; base64 HTML body via bulk ESP on a look-alike domain.")


def m30():
    slug = "quishing-nomina-iban-qr"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 1, 8, 26, 11)
    snd = "rrhh@examplegroup-nomina.com"
    rcpt = S("es_mgr")[1]
    p = infra.ses(r, t, snd, rcpt, region="eu-west-1")
    url = "https://portal-empleado.examplegroup-nomina.com/m365/?id=" + base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=")
    png = qr_png(url, "M", scale=5)
    cid = "qr_%s" % hexs(r, 12)
    text = """Recursos Humanos - Example Group

Estimado/a Javier:

Para garantizar el abono de la nómina de diciembre y de la paga extraordinaria, todos los empleados deben verificar sus datos bancarios (IBAN) en el nuevo Portal del Empleado antes del 4 de diciembre de 2026.

Escanee el código QR de este mensaje con la cámara de su móvil e inicie sesión con sus credenciales corporativas de Microsoft 365.

Los empleados que no completen la verificación recibirán la nómina de diciembre con retraso.

Atentamente,
Departamento de Recursos Humanos
Example Group Ibérica S.L."""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<p style="font-size:18px;color:#004b87"><b>Recursos Humanos - Example Group</b></p>
<p>Estimado/a Javier:</p>
<p>Para garantizar el abono de la <b>nómina de diciembre y de la paga extraordinaria</b>, todos los empleados deben verificar sus datos bancarios (IBAN) en el nuevo Portal del Empleado antes del <b>4 de diciembre de 2026</b>.</p>
<p>Escanee el código QR con la cámara de su móvil e inicie sesión con sus credenciales corporativas de Microsoft 365.</p>
<p><img src="cid:%s" width="185" height="185" alt="Código QR"></p>
<p>Los empleados que no completen la verificación recibirán la nómina de diciembre con retraso.</p>
<p>Atentamente,<br>Departamento de Recursos Humanos<br>Example Group Ibérica S.L.</p>
</body></html>
""" % cid
    rel = related(p, Text(html, "html", "UTF-8", "quoted-printable"), [inline_png(p, png, "codigo_qr.png", cid)])
    body = Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"), rel], p.boundary("alt"))
    return Mail(30, "es", slug, A, p, ("Recursos Humanos | Example Group", snd), [S("es_mgr")],
                "Actualización obligatoria de datos bancarios - nómina y paga extra de diciembre", body,
                what="Payroll-themed quishing: 'Recursos Humanos' on look-alike examplegroup-nomina.com via Amazon SES; inline QR code to a fake employee portal asking for Microsoft 365 credentials.",
                why="External look-alike domain impersonating HR, QR code (real, decodable) to examplegroup-nomina.com with the recipient's address encoded, payroll-delay threat around the Christmas bonus; the genuine HR notice (business 29) states HR never asks for IBAN confirmation or QR scans.",
                structure_note="QR decodes to " + url, checks={"qr": url})


def m31():
    slug = "ceo-fraud-homoglyph-transferencia"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 10, 13, 12, 30)
    snd = "javier.martinez@exarnplegroup.eu"
    rcpt = S("es_acc")[1]
    p = infra.m365(r, t, snd, rcpt, region="EURPRD08", srv="AS8PR08MB", eop=("EUR03", "DU2", "du2eur03"),
                   lang="es-ES", hcs="iso-8859-1", henc="Q")
    text = """Lucía,

necesito que gestiones hoy una transferencia a un proveedor portugués: es el anticipo de las membranas para la ampliación de la EDAR de Sagunto. El contrato ya está firmado y el proveedor no despacha el material sin el anticipo del 30 %%.

Beneficiario: Aquamembrana Soluções, Lda.
Banco: Caixa Geral de Depósitos
IBAN: %s
BIC: CGDIPTPL
Importe: 38.720,00 EUR
Concepto: Anticipo pedido PO-ES-2026-0417

Hazla por favor antes de las 15:00 para que entre hoy con valor día. Estoy en una reunión con el Ayuntamiento toda la tarde y no puedo atender llamadas; confírmame por aquí cuando esté hecha y mándame el justificante.

Gracias,
Javier""" % iban_fmt(F.PT_FRAUD_IBAN)
    html = html_outlook(text, "iso-8859-1", lang="ES", font="Aptos")
    body = alt(p, text, html, "iso-8859-1", "quoted-printable")
    return Mail(31, "es", slug, A, p, ("Javier Martínez", snd), [S("es_acc")],
                "Transferencia urgente - anticipo proveedor Portugal", body,
                what="Executive (office-manager) fraud from homoglyph domain exarnplegroup.eu ('rn' for 'm') hosted on its own Microsoft 365 tenant: urgent 38,720 EUR advance to an unknown Portuguese supplier.",
                why="Homoglyph of the company's own domain (passes SPF/DKIM for the look-alike), new foreign beneficiary not in the vendor master, same-day deadline, 'cannot take calls', confirm by e-mail and send the receipt – manager impersonation BEC.")


def build():
    return [m27(), m28(), m29(), m30(), m31()]
