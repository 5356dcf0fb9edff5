"""Attack messages, Spanish (27-31)."""
import base64

import systems as S
import facts as FX
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, co, png_att, qr_png,
                 hexid, alnum)

LANG = "es"

MAILGUN_ES = S.Mailgun(rdns="m48-132.mailgun.net", ip="159.135.48.132", mgdomain="mg.agenciatributaria-sede.es")
GIL_HACKED = S.SMTPHost("postfix", S.Roundcube(version="1.6.9"), "mail.transportesgil.es", "185.166.213.48",
                        rdns="srv48.transportesgil.es", user_ip="196.251.73.40", zone="ES",
                        webmail="webmail.transportesgil.es")
PRIVATEEMAIL_ES = S.SMTPHost("privateemail", S.OutlookSMTP(lang="es"), "mta-11.privateemail.com", "198.54.127.81",
                             rdns="mta-11-2.privateemail.com", helo="MTA-11-2.privateemail.com",
                             user_ip="45.86.202.113", lan="192.168.1.8", zone="ES", host_zone="ET")
SENDGRID_ES = S.SendGrid(rdns="o1.ptr7712.correos-envios.info", ip="167.89.62.18")
WEBEMPRESA = S.SMTPHost("exim-local", S.PHPMailer("ceramicasolano.es", version="6.9.1"), "cp1047.webempresa.eu",
                        "185.47.13.104", local_user="ceramics", zone="ES", delay=5)


def a27():
    target = "https://sede-agenciatributaria.es-notificaciones.com/expediente/2026ES4471893"
    link = "https://email.mg.agenciatributaria-sede.es/c/" + alnum("a-es-27", 140, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    text = """Agencia Tributaria - Sede electrónica

Estimado/a contribuyente:

NIF: %s
Razón social: EXAMPLE GROUP IBERIA S.L.

Le comunicamos que, en el marco de las actuaciones de control del Reglamento de requisitos de los sistemas informáticos de facturación (Real Decreto 1007/2023, «VERI*FACTU»), no constan en nuestras bases de datos registros de facturación remitidos por su entidad durante el tercer trimestre de 2026.

De acuerdo con el artículo 201 bis de la Ley 58/2003, General Tributaria, la tenencia de sistemas informáticos que no se ajusten a los requisitos establecidos puede ser sancionada con multa pecuniaria fija de 50.000 euros por cada ejercicio.

Para evitar el inicio del procedimiento sancionador, deberá acceder a su expediente y aportar la declaración responsable del sistema de facturación en el plazo de 10 días hábiles:

Acceder al expediente:
%s

Puede identificarse mediante certificado electrónico, DNIe o Cl@ve.

Atentamente,
Agencia Estatal de Administración Tributaria
Departamento de Gestión Tributaria""" % (FX.EG_ES_CIF, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333;margin:0">
<div style="background:#8b1a1a;color:#fff;padding:14px 24px;font-size:18px"><b>Agencia Tributaria</b> &nbsp;|&nbsp; Sede electr&oacute;nica</div>
<div style="padding:22px 24px;max-width:640px">
<p>Estimado/a contribuyente:</p>
<table style="font-size:13px;background:#f4f4f4;padding:8px 12px"><tr><td>NIF:</td><td><b>%s</b></td></tr><tr><td>Raz&oacute;n social:</td><td><b>EXAMPLE GROUP IBERIA S.L.</b></td></tr></table>
<p>Le comunicamos que, en el marco de las actuaciones de control del Reglamento de requisitos de los sistemas inform&aacute;ticos de facturaci&oacute;n (Real Decreto 1007/2023, &laquo;VERI*FACTU&raquo;), no constan en nuestras bases de datos registros de facturaci&oacute;n remitidos por su entidad durante el tercer trimestre de 2026.</p>
<p>De acuerdo con el art&iacute;culo 201 bis de la Ley 58/2003, General Tributaria, la tenencia de sistemas inform&aacute;ticos que no se ajusten a los requisitos establecidos puede ser sancionada con multa pecuniaria fija de <b>50.000 euros por cada ejercicio</b>.</p>
<p>Para evitar el inicio del procedimiento sancionador, deber&aacute; acceder a su expediente y aportar la declaraci&oacute;n responsable del sistema de facturaci&oacute;n en el plazo de <b>10 d&iacute;as h&aacute;biles</b>:</p>
<p><a href="%s" style="background:#8b1a1a;color:#fff;padding:10px 18px;text-decoration:none">Acceder al expediente 2026/ES/4471893</a></p>
<p>Puede identificarse mediante certificado electr&oacute;nico, DNIe o Cl@ve.</p>
<p>Atentamente,<br>Agencia Estatal de Administraci&oacute;n Tributaria<br>Departamento de Gesti&oacute;n Tributaria</p></div>
<img width="1" height="1" alt="" src="https://email.mg.agenciatributaria-sede.es/o/%s"></body></html>""" % (FX.EG_ES_CIF, link, alnum("a-es-27o", 90))
    c = compose(MAILGUN_ES, key="a-es-27", frm=("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"),
                to=[st("es_acc")], subject="Notificación AEAT: requerimiento de adaptación al sistema VERI*FACTU - Expediente 2026/ES/4471893",
                when="2026-10-19 06:11:40", env_from="bounce+2b7e41.9a0c3-lucia.fernandez=example.com@mg.agenciatributaria-sede.es",
                body=lambda b: alt(b, text, html, "iso-8859-15"))
    return make(LANG, "aeat-verifactu-phish", c,
                "Tax-authority phishing: 'AEAT' claims the company sent no VERI*FACTU invoicing records and threatens a EUR 50,000 fine unless a 'responsible declaration' is filed via a link (target %s)." % target,
                "AEAT notifications arrive via the DEHú / sede electrónica and only announce that a notice is available; for companies the VERI*FACTU obligation does not start until 2027; look-alike sender domain through Mailgun with tracked redirect; large penalty and 10-day deadline.")


def a28():
    text = """Buenas tardes, Lucía:

Te escribo para informarte de que, por motivos de reorganización financiera, hemos trasladado nuestras cuentas de Ibercaja a BBVA. A partir de hoy todos los pagos a Transportes Hermanos Gil S.L. deben realizarse únicamente en la siguiente cuenta:

Titular: Transportes Hermanos Gil S.L.
Entidad: BBVA
IBAN: %s
BIC: BBVAESMMXXX

La cuenta de Ibercaja quedará cancelada a final de mes, así que os rogamos que actualicéis vuestros datos antes de la próxima remesa. Si tenéis alguna factura pendiente (creo que quedan la 2026-1183 y la 2026-1207), por favor emitid ya la transferencia a la nueva cuenta.

Cualquier cosa, respondedme a este correo.

Un saludo,
Pilar Gil
Administración
Transportes Hermanos Gil S.L.
Pol. Ind. Malpica, calle E, nave 14 - 50016 Zaragoza
Tel. 976 57 31 40""" % FX.F(FX.GIL_IBAN_FRAUD)
    c = compose(GIL_HACKED, key="a-es-28", frm=("Transportes Hermanos Gil - Administración", "administracion@transportesgil.es"),
                reply_to=("Administración Transportes Gil", "administracion@transportesgil-sl.es"),
                to=[st("es_acc")], subject="Actualización de datos bancarios - Transportes Hermanos Gil S.L.",
                when="2026-11-26 16:52:08",
                body=Text(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed"))
    return make(LANG, "transportes-gil-cuenta-compromised", c,
                "Carrier bank-detail change from the carrier's genuinely compromised mailbox: 'Pilar Gil' moves the account from Ibercaja to BBVA and asks for pending invoices to be paid there; replies go to a look-alike domain.",
                "Real domain and mail server, but webmail login from an African IP, Reply-To transportesgil-sl.es diverts the conversation, new account at another bank, pressure before the next payment run; the genuine invoice keeps the Ibercaja IBAN (business 27).")


def a29():
    text = """Estimado Sr. Ortega:

Me pongo en contacto con usted por indicación de D. Matthias Köhler, Consejero Delegado de Example Group, a quien asesoramos en la adquisición de un distribuidor de maquinaria agrícola en Portugal. El Sr. Köhler le habrá avisado de esta comunicación o lo hará en breve.

La operación está sujeta a un acuerdo de confidencialidad estricto, por lo que le ruego que no comente este asunto con otras personas de la organización, ni en Zaragoza ni en Hannover, hasta el anuncio oficial previsto para el día 16.

Para cerrar hoy la fase de exclusividad es necesario depositar una provisión de fondos de 186.400,00 EUR en la cuenta de garantía (escrow) del despacho notarial en Lisboa:

Beneficiario: Pereira & Associados - Conta Cliente
Banco: Millennium bcp
IBAN: %s
BIC: BCOMPTPL
Concepto: VR-2026-118 Escrow

Le agradecería que me confirme por esta misma vía la hora de la orden de transferencia. Quedo a su disposición en el +34 910 38 27 64.

Atentamente,

Ignacio Valcárcel Roca
Socio - Derecho Mercantil y M&A
Valcárcel & Roca Abogados
Paseo de la Castellana 95, planta 14 - 28046 Madrid""" % FX.F(FX.LAWYER_IBAN)
    c = compose(PRIVATEEMAIL_ES, key="a-es-29", frm=("Ignacio Valcárcel", "i.valcarcel@valcarcel-abogados.com"),
                to=[st("es_mgr")], subject="Operación confidencial - instrucciones del Sr. Köhler (Ref. VR-2026-118)",
                when="2026-11-06 10:34:55",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "ES", "windows-1252"), "windows-1252"))
    return make(LANG, "abogado-falso-adquisicion", c,
                "Fake-lawyer BEC: a Madrid 'M&A partner' claims to act for the CEO in a secret acquisition in Portugal and asks the Spanish office manager to wire EUR 186,400 to an 'escrow' account in Lisbon today.",
                "Unknown law firm on a newly registered domain (Namecheap Private Email), invokes the CEO's authority without any internal instruction, secrecy, same-day deadline, foreign escrow account, confirmation by e-mail only; the company's real law firm never asks for payments (business 29).")


def a30():
    url = "https://correos-aduanas.info/pago/?id=CD048137290GB&s=%s" % hexid("a-es-30", 8)
    cid = "qr%s@correos-envios.info" % hexid("a-es-30cid", 10)
    text = """Correos

Estimado cliente:

Su envío procedente de Reino Unido con número de seguimiento CD048137290GB se encuentra retenido en el centro de tratamiento aduanero de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera y del IVA de importación.

Importe pendiente: 2,99 EUR

Para liberar el envío, escanee el código QR con su teléfono móvil y complete el pago en un plazo de 48 horas. Transcurrido este plazo, el envío será devuelto al remitente.

Gracias por confiar en Correos."""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f5f5f5;margin:0">
<div style="max-width:560px;margin:0 auto;background:#fff">
<div style="background:#ffcd00;padding:16px 22px;font-size:22px;font-weight:bold;color:#002e6d">Correos</div>
<div style="padding:22px">
<p>Estimado cliente:</p>
<p>Su env&iacute;o procedente de <b>Reino Unido</b> con n&uacute;mero de seguimiento <b>CD048137290GB</b> se encuentra retenido en el centro de tratamiento aduanero de Madrid-Barajas a la espera del pago de los gastos de gesti&oacute;n aduanera y del IVA de importaci&oacute;n.</p>
<p style="font-size:18px">Importe pendiente: <b>2,99 &euro;</b></p>
<p>Para liberar el env&iacute;o, escanee el c&oacute;digo QR con su tel&eacute;fono m&oacute;vil y complete el pago en un plazo de 48 horas. Transcurrido este plazo, el env&iacute;o ser&aacute; devuelto al remitente.</p>
<p style="text-align:center"><img src="cid:%s" width="186" height="186" alt="QR"></p>
<p>Gracias por confiar en Correos.</p></div></div></body></html>""" % cid
    png = png_att("codigo_pago.png", qr_png(url), cid=cid, inline=True)

    def body(b):
        return Multi("related", [Multi("alternative", [Text(text, "plain", "iso-8859-1", "quoted-printable"),
                                                       Text(html, "html", "iso-8859-1", "quoted-printable")], b(1)), png], b(0))
    c = compose(SENDGRID_ES, key="a-es-30", frm=("Correos", "notificaciones@correos-envios.info"), to=[st("es_mgr")],
                subject="Su envío CD048137290GB está retenido en aduanas - pago pendiente 2,99 EUR",
                when="2026-12-09 08:20:14", env_from="bounces+31990215-7c1d-javier.ortega=example.com@em8812.correos-envios.info",
                body=body)
    it = make(LANG, "correos-aduanas-quishing", c,
              "Courier/customs quishing: 'Correos' says a parcel from the UK is held in customs for EUR 2.99 and asks to pay via an inline QR code within 48 hours.",
              "Look-alike correos-envios.info via SendGrid, QR leads to correos-aduanas.info card-payment phishing, tiny fee as bait, deadline; Correos' real domain is correos.es and the company's UK imports are cleared by its forwarder.")
    it.expect_qr = url
    return it


def a31():
    u = base64.urlsafe_b64encode(b"lucia.fernandez@example.com").decode().rstrip("=")
    rows = [("Transportes Hermanos Gil S.L. &lt;administracion@transportesgil.es&gt;", "Factura 2026-1243 noviembre", "14/12/2026 05:12"),
            ("Maquinaria Agr&iacute;cola Ebro &lt;c.ruiz@maquinariaebro.es&gt;", "RE: Pedido urgente recambios cosechadora", "14/12/2026 04:48"),
            ("BBVA Net Cash &lt;netcash@bbva.es&gt;", "Extracto mensual - noviembre 2026", "14/12/2026 03:30"),
            ("Docusign &lt;dse@eumail.docusign.net&gt;", "Completado: Contrato de distribuci&oacute;n 2027", "13/12/2026 22:17")]
    trs = "\n".join('<tr><td style="padding:8px;border-bottom:1px solid #e5e5e5">%s</td><td style="padding:8px;border-bottom:1px solid #e5e5e5">%s</td><td style="padding:8px;border-bottom:1px solid #e5e5e5;white-space:nowrap">%s</td><td style="padding:8px;border-bottom:1px solid #e5e5e5"><a href="https://mailsecure-notify.com/quarantine/release?u=%s&amp;m=%s" style="color:#0a66c2">Liberar</a></td></tr>'
                    % (a, b, c, u, hexid("a-es-31-%d" % i, 16)) for i, (a, b, c) in enumerate(rows))
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222;background:#f3f3f3;margin:0">
<table width="680" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px">
<tr><td style="background:#243a5e;color:#fff;padding:16px 22px;font-size:17px">Protecci&oacute;n de correo &middot; example.com</td></tr>
<tr><td style="padding:20px 22px">
<p>Hola lucia.fernandez@example.com,</p>
<p>Hay <b>4 mensajes</b> retenidos en cuarentena para su buz&oacute;n. Revise los mensajes y lib&eacute;relos si son leg&iacute;timos. Los mensajes no liberados se eliminar&aacute;n autom&aacute;ticamente en <b>72 horas</b>.</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:12px;border:1px solid #e5e5e5">
<tr style="background:#f7f7f7"><th align="left" style="padding:8px">Remitente</th><th align="left" style="padding:8px">Asunto</th><th align="left" style="padding:8px">Fecha</th><th></th></tr>
%s
</table>
<p style="margin:22px 0"><a href="https://mailsecure-notify.com/quarantine/release-all?u=%s" style="background:#0a66c2;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Liberar todos los mensajes</a></p>
<p style="font-size:11px;color:#777">Este mensaje ha sido generado autom&aacute;ticamente por el sistema de protecci&oacute;n de correo de example.com. No responda a este mensaje.</p>
</td></tr></table></body></html>""" % (trs, u)
    c = compose(WEBEMPRESA, key="a-es-31", frm=("Protección de correo example.com", "quarantine@mailsecure-notify.com"),
                to=[st("es_acc")], subject="[example.com] 4 mensajes retenidos en cuarentena - lucia.fernandez@example.com",
                when="2026-12-14 07:05:26", env_from="ceramics@cp1047.webempresa.eu",
                body=Text(html, "html", "utf-8", "base64"))
    return make(LANG, "cuarentena-falsa-credenciales", c,
                "Fake quarantine digest: 'example.com mail protection' lists four held messages (carrier invoice, dealer order, bank statement, DocuSign) with 'release' links to an external site.",
                "Example Group's gateway is its own mx01 and does not send digests from outside; HTML-only mail from a hijacked Spanish shop's shared hosting; release links lead to mailsecure-notify.com carrying the user's address (credential harvesting); 72-hour deletion pressure; subjects chosen to match real business partners.")


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
