"""Spanish messages: attacks 27-31, business 27-31."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
import qr
from docs import invoice_pdf, letter_pdf, form_pdf, chart_png

IB = ids.iban_pretty
EG_ES = ["Example Group Iberia S.L.", "Calle del Transporte 14", "46190 Riba-roja de Túria (Valencia)", "CIF %s" % TAX["eg_es"]]


def who(k, cs="iso-8859-1", enc="Q"):
    return addr(S[k]["name"], S[k]["addr"], cs, enc)


# ======================================================================
# ATTACKS
# ======================================================================

@attack("es", "dehu-aeat-notificacion-clave",
        "Fake DEHú notice (Spanish government e-notification address): new AEAT 'requerimiento' for VAT Q3, access within 10 days or deemed rejected; link to a fake Cl@ve login",
        "Sent by PHPMailer from a hacked Spanish ceramics shop's hosting (cPanel/Exim) with display name 'Agencia Tributaria'; the link goes to dehu-redsara.es-notificaciones.info instead of dehu.redsara.es; harvests Cl@ve/certificate credentials; legal-deadline pressure. Hard negative: business/27 (the advisor forwards the real notification).")
def a27():
    t = utc(2026, 10, 14, 12, 31, 6, "ES")
    ctx = Ctx("a27", t, S["fernandez"]["addr"])
    snd = "tienda@ceramicasturia.es"
    r = infra.phpmailer_cpanel(ctx, snd, "es-srv07.hostingempresas.net", "185.42.104.77", "103.214.6.91",
                               "ceramicasturia.es", zone="ES")
    url = "https://dehu-redsara.es-notificaciones.info/clave/acceso?ref=A46-2026-00418821&n=" + ctx.hex(14)
    text = """Dirección Electrónica Habilitada única (DEHú)

Aviso de puesta a disposición de notificación

Titular: EXAMPLE GROUP IBERIA SL - NIF %s
Emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento - Procedimiento de comprobación limitada IVA 3T 2026
Referencia: A46-2026-00418821

Le informamos de que tiene una notificación a su disposición en la DEHú. Dispone de 10 días naturales para acceder a su contenido; transcurrido dicho plazo sin que se haya accedido, se entenderá rechazada (art. 43 Ley 39/2015), con los efectos previstos en el art. 41.5.

Acceder a la notificación: %s

Este mensaje ha sido enviado de forma automática. No responda a este correo.
""" % (TAX["eg_es"], url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;color:#333;background:#f2f2f2;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ad1519;height:6px"></td></tr>
<tr><td style="padding:16px 26px;font-size:13px;color:#555">GOBIERNO DE ESPAÑA &middot; MINISTERIO PARA LA TRANSFORMACIÓN DIGITAL Y DE LA FUNCIÓN PÚBLICA</td></tr>
<tr><td style="padding:6px 26px 20px 26px;font-size:15px;line-height:22px">
<h2 style="color:#003366;font-size:20px">Aviso de puesta a disposición de notificación</h2>
<table cellpadding="4" style="font-size:14px"><tr><td>Titular:</td><td><b>EXAMPLE GROUP IBERIA SL</b> &ndash; NIF %s</td></tr>
<tr><td>Emisor:</td><td>Agencia Estatal de Administración Tributaria</td></tr>
<tr><td>Concepto:</td><td>Requerimiento &ndash; Procedimiento de comprobación limitada IVA 3T 2026</td></tr>
<tr><td>Referencia:</td><td>A46-2026-00418821</td></tr></table>
<p>Le informamos de que tiene una notificación a su disposición en la DEHú. Dispone de <b>10 días naturales</b> para acceder a su contenido; transcurrido dicho plazo sin que se haya accedido, se entenderá rechazada (art. 43 Ley 39/2015).</p>
<p><a href="%s" style="background:#003366;color:#fff;padding:11px 24px;text-decoration:none">Acceder con Cl@ve</a></p>
<p style="font-size:12px;color:#777">Este mensaje ha sido enviado de forma automática. No responda a este correo.</p></td></tr></table></body></html>
""" % (TAX["eg_es"], esc(url))
    body = ALT(r, T(text, "iso-8859-1", "quoted-printable"), H(html, "iso-8859-1", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Agencia Tributaria - Notificaciones", snd), "To": S["fernandez"]["addr"],
        "Subject": subj("Aviso de puesta a disposición de notificación - DEHú - Ref. A46-2026-00418821", "iso-8859-1", "Q"),
    }, body)


@attack("es", "verifactu-registro-qr",
        "Quishing on VERI*FACTU: 'register your invoicing system before 31/12/2026 or face fines up to €50,000' – scan the QR code and identify with certificate/Cl@ve",
        "Sent through Amazon SES from aeat-verifactu.com (not agenciatributaria.gob.es); the QR encodes verifactu-aeat.es-registro.net - there is no such e-mail registration procedure; fine threat. Hard negative: business/28 (a real VERI*FACTU invoice whose QR points to the AEAT ValidarQR service).")
def a28():
    t = utc(2026, 11, 24, 10, 14, 29, "ES")
    ctx = Ctx("a28", t, S["fernandez"]["addr"])
    snd = "verifactu@aeat-verifactu.com"
    r = infra.ses(ctx, snd)
    url = "https://verifactu-aeat.es-registro.net/alta?nif=%s&t=%s" % (TAX["eg_es"], ctx.hex(12))
    png = qr.qr_png(url, "M", 5)
    cid = "qr-%s" % ctx.hex(12)
    text = """Agencia Tributaria - Sistemas de facturación VERI*FACTU

Estimado contribuyente:

De acuerdo con el Real Decreto 1007/2023, a partir del 1 de enero de 2027 todos los sistemas informáticos de facturación de las entidades sujetas al Impuesto sobre Sociedades deberán cumplir los requisitos del Reglamento VERI*FACTU.

Según nuestros registros, la entidad EXAMPLE GROUP IBERIA SL (NIF %s) no ha comunicado todavía el alta de su sistema de facturación.

Para completar el registro, escanee con su teléfono móvil el código QR incluido en este mensaje e identifíquese con su certificado electrónico o Cl@ve Móvil. El trámite dura menos de cinco minutos.

El incumplimiento puede conllevar sanciones de hasta 50.000 EUR por ejercicio (art. 201 bis LGT).

Agencia Tributaria
""" % TAX["eg_es"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;color:#222;margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:3px solid #b00f1e"><b style="font-size:19px;color:#b00f1e">Agencia Tributaria</b><br><span style="font-size:12px">Sistemas de facturación VERI*FACTU</span></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:21px">
<p>Estimado contribuyente:</p>
<p>De acuerdo con el Real Decreto 1007/2023, a partir del <b>1 de enero de 2027</b> todos los sistemas informáticos de facturación de las entidades sujetas al Impuesto sobre Sociedades deberán cumplir los requisitos del Reglamento VERI*FACTU.</p>
<p>Según nuestros registros, la entidad <b>EXAMPLE GROUP IBERIA SL</b> (NIF %s) no ha comunicado todavía el alta de su sistema de facturación.</p>
<p>Para completar el registro, escanee con su teléfono móvil el siguiente código QR e identifíquese con su certificado electrónico o Cl@ve Móvil:</p>
<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="Código QR"></p>
<p style="color:#b00f1e">El incumplimiento puede conllevar sanciones de hasta 50.000 € por ejercicio (art. 201 bis LGT).</p>
<p>Agencia Tributaria</p></td></tr></table></body></html>
""" % (TAX["eg_es"], cid)
    body = RELATED(r, ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable")),
                   ATT(png, "image/png", "verifactu_qr.png", inline=True, cid=cid), start_type="multipart/alternative")
    return build(ctx, r, {
        "From": addr("Agencia Tributaria - VERI*FACTU", snd), "To": S["fernandez"]["addr"],
        "Subject": subj("VERI*FACTU: registro obligatorio de su sistema de facturación antes del 31/12/2026", "UTF-8", "B"),
    }, body)


@attack("es", "nomina-cambio-cuenta-hotmail",
        "Payroll diversion: 'Javier Martínez' (Spanish office manager) from a Hotmail address asks the accountant to pass a new salary account (online bank) to the payroll agency for November",
        "Consumer Outlook.com address instead of his company mailbox, urgency before the payroll run, excuse of being away without laptop, account change by e-mail without the signed form and bank certificate the company requires (compare business/29). Hard negative: business/29.")
def a29():
    t = utc(2026, 11, 19, 18, 2, 44, "ES")
    ctx = Ctx("a29", t, S["fernandez"]["addr"])
    snd = "javier.martinez.eg@hotmail.com"
    r = infra.m365(ctx, snd, "cons", lang="es-ES", accept="es-ES, en-US", cross_tenant=False,
                   topic="Cambio de cuenta para la nómina de noviembre")
    text = """Hola Lucía,

he cambiado de banco y necesito que la nómina de noviembre se ingrese ya en la cuenta nueva. ¿Puedes pasárselo hoy mismo a la gestoría para que lo incluyan?

Titular: Javier Martínez Soler
IBAN: %s
Banco: Openbank

Te escribo desde el correo personal porque estoy en Murcia con los de Segura y no tengo el portátil aquí. Mejor por aquí, que por teléfono estaré reunido toda la tarde.

Gracias,
Javier

Enviado desde Outlook para Android
""" % IB(BANK["mule_es"])
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div dir="auto" style="font-family:Calibri,Helvetica,sans-serif;font-size:12pt">' + \
        paras_html(text) + "</div></body></html>"
    body = ALT(r, T(text, "iso-8859-1", "quoted-printable"), H(html, "iso-8859-1", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Javier Martínez", snd, "iso-8859-1", "Q"), "To": who("fernandez"),
        "Subject": subj("Cambio de cuenta para la nómina de noviembre", "iso-8859-1", "Q"),
    }, body)


@attack("es", "soporte-it-teams-quick-assist",
        "Teams / remote-access vishing set-up: 'IT support Example Group' (external onmicrosoft.com tenant) announces a Teams call about the 'spam flood' in her mailbox and asks her to accept a Quick Assist session",
        "External tenant examplegroupsoporte.onmicrosoft.com impersonating internal IT, follows a mail-bombing pretext, pre-announces a Teams call from 'Help Desk - Example Group' and asks to start Quick Assist - the Storm-1811/Black Basta initial-access pattern. Hard negative: business/30.")
def a30():
    t = utc(2026, 11, 9, 9, 3, 12, "ES")
    ctx = Ctx("a30", t, S["fernandez"]["addr"])
    snd = "soporte.it@examplegroupsoporte.onmicrosoft.com"
    r = infra.m365(ctx, snd, "eur2", lang="es-ES", accept="es-ES, en-US",
                   topic="Incidencia de correo no deseado en su buzón")
    text = """Hola Lucía:

Hemos detectado que su buzón está recibiendo desde esta mañana un volumen anómalo de correo no deseado (más de 900 mensajes de suscripciones y formularios). Se trata de un ataque de saturación dirigido a varias cuentas de la oficina de Valencia.

Para aplicar el filtro de protección en su equipo, en los próximos minutos le llamará un técnico de nuestro equipo a través de Microsoft Teams desde la cuenta "Help Desk - Example Group".

Por favor:
1. Acepte la llamada de Teams.
2. Cuando el técnico se lo indique, abra la aplicación "Asistencia rápida" (Quick Assist) de Windows y facilítele el código de seguridad de 6 cifras.
3. No apague ni reinicie el equipo hasta que termine la intervención (unos 15 minutos).

Mientras tanto, no abra los correos no deseados ni haga clic en ningún enlace.

Gracias por su colaboración.

Soporte Técnico IT
Example Group
"""
    html = ohtml(text, "utf-8", lang="ES", font="Aptos")
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Soporte Técnico IT - Example Group", snd, "utf-8", "Q"), "To": who("fernandez", "utf-8"),
        "Subject": "Incidencia de correo no deseado en su buzón - le contactaremos por Microsoft Teams",
    }, body)


@attack("es", "correos-aduana-tasa-pendiente",
        "Courier smishing-style e-mail impersonating Correos: parcel held in customs, pay €2.99 to release it – link to a card-payment page",
        "Sent by PHPMailer from a Contabo VPS (correos-envios.com, not correos.es), generic parcel number, tiny fee to harvest card data and 3-D Secure codes.")
def a31():
    t = utc(2026, 10, 31, 11, 46, 38, "ES")
    ctx = Ctx("a31", t, S["martinez"]["addr"])
    snd = "notificaciones@correos-envios.com"
    r = infra.vps_direct(ctx, snd, "mail.correos-envios.com", "vmi2304418.contaboserver.net", "173.212.233.19",
                         mua="phpmailer", zone="ES", local_hop=False)
    url = "https://correos-es.envio-aduana.com/pago?id=CX448172395ES&s=" + ctx.hex(10)
    text = """Correos

Su envío CX448172395ES está retenido en la aduana

Estimado cliente:

Su envío procedente de Shenzhen (CN) no ha podido ser entregado porque existen tasas de despacho aduanero pendientes de pago por importe de 2,99 €.

Para que podamos continuar con la entrega, realice el pago antes de 48 horas: %s

Transcurrido este plazo, el envío será devuelto al remitente.

Gracias por confiar en Correos.
""" % url
    html = """<html><head><meta charset="UTF-8"></head><body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#ffcd00;padding:16px 24px;font-size:26px;font-weight:bold;color:#002e6d">Correos</td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:22px;color:#333">
<h2 style="color:#002e6d;font-size:19px">Su envío CX448172395ES está retenido en la aduana</h2>
<p>Estimado cliente:</p><p>Su envío procedente de Shenzhen (CN) no ha podido ser entregado porque existen tasas de despacho aduanero pendientes de pago por importe de <b>2,99 €</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#002e6d;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Pagar 2,99 €</a></p>
<p>Transcurrido un plazo de 48 horas, el envío será devuelto al remitente.</p>
<p>Gracias por confiar en Correos.</p></td></tr></table></body></html>
""" % esc(url)
    body = ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Correos", snd), "To": S["martinez"]["addr"],
        "Subject": subj("Su envío CX448172395ES está retenido en aduana – pago pendiente", "UTF-8", "B"),
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("es", "gestoria-notificacion-dehu-requerimiento",
          "The company's tax advisors forward the real AEAT 'requerimiento' they downloaded from DEHú as authorised representatives (PDF), explain what to prepare and warn about yesterday's fake DEHú mail",
          "Known advisor on their own domain (IONOS, Thunderbird from the firm's line), attached PDF instead of a login link, content consistent with the actual procedure (10 working days, invoices to provide).",
          hn=["dehu-aeat-notificacion-clave"])
def b27():
    t = utc(2026, 10, 15, 13, 20, 52, "ES")
    ctx = Ctx("b27", t, S["fernandez"]["addr"])
    snd = "rosa.puig@gestoria-albufera.es"
    r = infra.ionos(ctx, snd, "88.12.210.34", mua="tb", lang="es-ES", zone="ES")
    text = """Hola Lucía:

Como apoderados vuestros hemos accedido hoy a la DEHú y tenéis un requerimiento de la AEAT (procedimiento de comprobación limitada, IVA 3T 2026). Os lo adjunto en PDF.

En resumen, piden:
- Libro registro de facturas recibidas del 3T.
- Copia de las facturas de transporte recibidas en septiembre de importe superior a 3.000 euros (sobre todo Transportes Frigoríficos Segura y los portes internacionales).
- Justificante de la deducción del IVA de importación del contenedor de Valencia (DUA de agosto).

Plazo: 10 días hábiles desde mañana. Si me lo mandáis antes del día 23, lo presentamos nosotros por registro electrónico.

Por cierto: ayer os llegó a varios un correo falso con asunto "Aviso de puesta a disposición de notificación - DEHú" con un botón para entrar con Cl@ve. Ese no lo abráis; las notificaciones las miramos siempre nosotros desde la sede.

Un saludo,

Rosa Puig
Gestoría Albufera S.L.
Av. del Port 112, 46023 Valencia
Tel. 963 30 47 18
"""
    pdfb = letter_pdf(
        ["Agencia Tributaria", "Delegación Especial de Valencia · Dependencia Regional de Gestión Tributaria"],
        ["EXAMPLE GROUP IBERIA SL", "NIF %s" % TAX["eg_es"], "Calle del Transporte 14", "46190 Riba-roja de Túria (Valencia)"],
        "Valencia, 13 de octubre de 2026",
        "Requerimiento – Procedimiento de comprobación limitada – IVA 3T 2026 – Ref. A46-2026-00418821",
        ["En el curso de la comprobación limitada del Impuesto sobre el Valor Añadido, periodo 3T 2026, y de conformidad con los artículos 136 a 140 de la Ley 58/2003, General Tributaria, se le requiere para que aporte la siguiente documentación:",
         "1. Libro registro de facturas recibidas correspondiente al tercer trimestre de 2026.",
         "2. Copia de las facturas recibidas de servicios de transporte de importe superior a 3.000 euros correspondientes a septiembre de 2026.",
         "3. Documentación justificativa de las cuotas de IVA a la importación deducidas en el periodo.",
         "La documentación deberá aportarse en el plazo de diez días hábiles, contados a partir del día siguiente al de la notificación del presente requerimiento, a través del registro electrónico de la Sede electrónica de la Agencia Tributaria.",
         "Código Seguro de Verificación: HM4KQ7XZ2RAB9T3E"],
        ["El Jefe de la Dependencia Regional de Gestión Tributaria (firmado electrónicamente)"],
        ["Agencia Estatal de Administración Tributaria · Documento firmado electrónicamente · CSV HM4KQ7XZ2RAB9T3E"],
        dict(title="Requerimiento A46-2026-00418821", author="AEAT", creator="AEAT", producer="AEAT – Sede electrónica",
             date=(2026, 10, 13, 8, 12, 40), tz="+02'00'"))
    body = MIXED(r, T(text, "UTF-8", "8bit", style="bare", fmt="flowed"),
                 ATT(pdfb, "application/pdf", "Requerimiento_AEAT_IVA_3T2026_A46-2026-00418821.pdf"))
    return build(ctx, r, {
        "From": addr("Rosa Puig", snd), "To": who("fernandez", "UTF-8"),
        "Cc": who("martinez", "UTF-8"),
        "Subject": subj("Notificación AEAT en DEHú - requerimiento IVA 3T (os adjunto el PDF)", "UTF-8", "Q"),
    }, body)


@business("es", "tfsegura-factura-verifactu-qr",
          "Genuine carrier invoice F-2026/0871 from Transportes Frigoríficos Segura with the VERI*FACTU tax QR code (inline PNG) and PDF; payment to the usual CaixaBank account",
          "Known carrier on its own Microsoft 365 tenant, IBAN unchanged; the QR code encodes the AEAT's real ValidarQR URL on www2.agenciatributaria.gob.es with NIF, number, date and amount, as VERI*FACTU prescribes.",
          hn=["verifactu-registro-qr"])
def b28():
    t = utc(2026, 11, 17, 9, 40, 7, "ES")
    ctx = Ctx("b28", t, S["fernandez"]["addr"])
    snd = "administracion@tfsegura.es"
    r = infra.m365(ctx, snd, "eur", lang="es-ES", accept="es-ES, en-US", has_attach=True,
                   topic="Factura F-2026/0871 - Transportes Frigoríficos Segura S.L.")
    qurl = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=F-2026%%2F0871&fecha=16-11-2026&importe=14278.00" % TAX["tfsegura"]
    png = qr.qr_png(qurl, "M", 4)
    cid = "image001.png@01DD%s.%s" % (ctx.hex(4, True), ctx.hex(8, True))
    text = """Buenos días:

Adjuntamos la factura F-2026/0871 de fecha 16/11/2026 correspondiente a los servicios de transporte frigorífico realizados en octubre (Valencia - Hamburgo / Valencia - Verona).

Importe total: 14.278,00 € (IVA incluido)
Forma de pago: transferencia a 60 días
Cuenta: CaixaBank %s

Factura verificable en la sede electrónica de la AEAT (VERI*FACTU) mediante el código QR.

Un saludo,

Administración
Transportes Frigoríficos Segura S.L.
Polígono Oeste, Av. Principal 31 - 30169 San Ginés (Murcia)
Tel. 968 88 14 20
""" % IB(BANK["tfsegura"])
    html = ohtml(text, "windows-1252", lang="ES")
    html = html.replace("</div>\n</body>", '<p class="MsoNormal"><img width="150" height="150" src="cid:%s" alt="QR tributario VERI*FACTU"><br><span style="font-size:8pt">QR tributario &ndash; VERI*FACTU</span></p>\n</div>\n</body>' % cid)
    pdfb = invoice_pdf(
        ["Transportes Frigoríficos Segura S.L.", "Polígono Oeste, Av. Principal 31 · 30169 San Ginés (Murcia) · CIF %s · Tel. 968 88 14 20" % TAX["tfsegura"]],
        EG_ES, "Factura F-2026/0871",
        [("Fecha de expedición", "16/11/2026"), ("Cliente", "4418"), ("Vencimiento", "15/01/2027"), ("Sistema", "VERI*FACTU")],
        [("Fecha", 56, "l"), ("Concepto", 110, "l"), ("Servicios", 420, "r"), ("Importe €", 539, "r")],
        [("01-15/10", "Transporte frigorífico Valencia – Hamburgo, -20 °C, completo", "3", "7.950,00"),
         ("16-31/10", "Transporte frigorífico Valencia – Verona, +2 °C, completo", "2", "3.850,00")],
        [("Base imponible", "11.800,00"), ("IVA 21%", "2.478,00"), ("Total factura €", "14.278,00")],
        ["Forma de pago: transferencia bancaria a 60 días a CaixaBank %s." % IB(BANK["tfsegura"]),
         "Factura verificable en la sede electrónica de la AEAT – VERI*FACTU."],
        ["Transportes Frigoríficos Segura S.L. · Inscrita en el Registro Mercantil de Murcia, Tomo 2874, Folio 112, Hoja MU-61804"],
        dict(title="Factura F-2026/0871", author="TF Segura", creator="a3ERP", producer="a3ERP | Wolters Kluwer",
             date=(2026, 11, 16, 18, 3, 11), tz="+01'00'"))
    body = MIXED(r, RELATED(r, ALT(r, T(text, "windows-1252", "quoted-printable"), H(html, "windows-1252", "quoted-printable")),
                            ATT(png, "image/png", "image001.png", inline=True, cid=cid), start_type="multipart/alternative"),
                 ATT(pdfb, "application/pdf", "Factura_F-2026-0871.pdf"))
    return build(ctx, r, {
        "From": addr("Administración TF Segura", snd, "windows-1252", "Q"), "To": who("fernandez", "windows-1252"),
        "Subject": subj("Factura F-2026/0871 - Transportes Frigoríficos Segura S.L.", "windows-1252", "Q"),
    }, body)


@business("es", "cambio-cuenta-nomina-formulario-firmado",
          "Genuine payroll bank change through the proper channel: the office manager sends the signed change form and bank ownership certificate of a warehouse worker via the internal relay, effective from the December payroll",
          "Internal Exchange path; signed form plus bank certificate showing the employee as holder; change for the next payroll period (not the one being closed); the manager writes from his company mailbox.",
          hn=["nomina-cambio-cuenta-hotmail"])
def b29():
    t = utc(2026, 11, 20, 9, 15, 30, "ES")
    ctx = Ctx("b29", t, S["fernandez"]["addr"])
    snd = S["martinez"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("martinez", 22), lang="es-ES", accept="es-ES, en-US", has_attach=True,
                                topic="Cambio de cuenta nómina - Vicente Ferrer Llopis (almacén)")
    new_iban = ids.iban_es("2100", "6231", "0200154879")
    text = """Hola Lucía,

te adjunto el formulario de cambio de cuenta bancaria de Vicente Ferrer Llopis (mozo de almacén, turno de noche), firmado por él y por mí, junto con el certificado de titularidad del banco.

Como la nómina de noviembre ya está cerrada, el cambio es para la nómina de diciembre. ¿Se lo puedes pasar a la gestoría con el resto de incidencias del mes?

Por cierto, ayer por la tarde te llegó un correo "mío" desde una cuenta de Hotmail pidiendo cambiar mi cuenta de nómina: no es mío, no he cambiado nada. Ya se lo he reenviado a Jan Petersen.

Gracias,
Javier

Javier Martínez
Director de Oficina - Valencia
Example Group Iberia S.L.
"""
    pdfb = form_pdf(
        ["Example Group Iberia S.L.", "Recursos Humanos · Calle del Transporte 14 · 46190 Riba-roja de Túria"],
        "Solicitud de cambio de cuenta bancaria para el abono de la nómina",
        ["El/la trabajador/a abajo firmante solicita que a partir del periodo indicado la nómina se abone en la cuenta siguiente, de la que es titular (se adjunta certificado de titularidad)."],
        [("Trabajador/a", "Vicente Ferrer Llopis"), ("DNI", "2*****81-K"), ("Centro / puesto", "Valencia – mozo de almacén (noche)"),
         ("Nueva cuenta (IBAN)", IB(new_iban)), ("Entidad", "CaixaBank, S.A."), ("Efectos desde", "Nómina de diciembre de 2026"),
         ("Firma del trabajador", "(firmado) V. Ferrer – 18/11/2026"), ("Conforme responsable", "(firmado) J. Martínez – 19/11/2026")],
        ["CERTIFICADO DE TITULARIDAD – CaixaBank, S.A. certifica que la cuenta %s figura a nombre de VICENTE FERRER LLOPIS. Valencia, 17/11/2026." % IB(new_iban)],
        [],
        ["Documento interno – datos personales tratados conforme al RGPD"],
        dict(title="Cambio cuenta nómina V. Ferrer", author="Javier Martínez", creator="HP Scan", producer="HP Smart PDF",
             date=(2026, 11, 19, 17, 40, 2), tz="+01'00'"))
    body = MIXED(r, ALT(r, T(text, "iso-8859-1", "quoted-printable"), H(ohtml(text, "iso-8859-1", lang="ES"), "iso-8859-1", "quoted-printable")),
                 ATT(pdfb, "application/pdf", "Cambio_cuenta_nomina_VFerrer.pdf"))
    return build(ctx, r, {
        "From": who("martinez"), "To": who("fernandez"),
        "Subject": subj("Cambio de cuenta nómina - Vicente Ferrer Llopis (almacén)", "iso-8859-1", "Q"),
    }, body)


@business("es", "migracion-windows11-teams-interno",
          "Internal announcement by the Spanish office manager: Windows 11 migration with HQ IT via Teams sessions from @example.com accounts using Intune Remote Help; never Quick Assist/AnyDesk; Teams meeting link",
          "Internal Exchange path; Teams link to teams.microsoft.com from the company's own tenant; explicitly tells staff to hang up on external 'Help Desk' callers - the legitimate version of the remote-support topic.",
          hn=["soporte-it-teams-quick-assist"])
def b30():
    t = utc(2026, 11, 12, 16, 45, 3, "ES")
    ctx = Ctx("b30", t, S["fernandez"]["addr"])
    snd = S["martinez"]["addr"]
    r = infra.exchange_internal(ctx, snd, office_ip("martinez", 22), lang="es-ES", accept="es-ES, en-US",
                                topic="Migración a Windows 11 - calendario oficina Valencia")
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + ctx.alnum(48) + "%40thread.v2/0?context=%7b%22Tid%22%3a%22c0a8e1d2-5f4b-4c3a-9e2d-1b7a6f5e4d3c%22%2c%22Oid%22%3a%22" + ctx.uuid() + "%22%7d"
    text = """Hola a todos:

La semana que viene IT de Hamburgo (Jan Petersen y Markus Becker) migra nuestros equipos a Windows 11. El calendario por puestos está en el canal de Teams "Valencia - Oficina".

Cómo funciona:
- Cada uno recibirá una invitación de Teams desde una cuenta @example.com con su franja de 30 minutos.
- La conexión remota se hace con la herramienta corporativa (Intune Remote Help), que os pedirá confirmar en pantalla. Nunca usaremos Asistencia rápida (Quick Assist), AnyDesk ni TeamViewer.
- Si alguien os llama por Teams desde una cuenta externa ("Help Desk", "Soporte IT", etc.), colgad y avisad a IT. Es el mismo truco que intentaron el lunes con Lucía.

Sesión informativa para todos el lunes 16/11 a las 9:30:
%s

Gracias,
Javier

Javier Martínez
Director de Oficina - Valencia
Example Group Iberia S.L.
""" % teams
    body = ALT(r, T(text, "utf-8", "base64"), H(ohtml(text, "utf-8", lang="ES"), "utf-8", "base64"))
    return build(ctx, r, {
        "From": who("martinez", "utf-8", "B"), "To": addr("Oficina Valencia", "alle-valencia@example.com"),
        "Subject": subj("Migración a Windows 11 - calendario y sesiones por Teams", "utf-8", "B"),
    }, body)


@business("es", "cliente-reclamacion-danos-por-frio",
          "Customer complaint from Hortofrutícola Levante: oranges in reefer container show chilling injury, setpoint allegedly 1 °C instead of 5 °C; asks for logger data and opens a claim; chart PNG attached",
          "Known customer on its own domain (IONOS, Outlook), consistent trade details (container no., setpoint, cold damage), no links or payment instructions.")
def b31():
    t = utc(2026, 12, 2, 18, 44, 17, "ES")
    ctx = Ctx("b31", t, S["martinez"]["addr"])
    snd = "c.ortega@hortolevante.es"
    r = infra.ionos(ctx, snd, "79.116.44.203", mua="olk16", lang="es", zone="ES")
    text = """Buenas tardes Javier:

Os escribo por el contenedor reefer MSKU 8841207 (naranja Navelina, 20 palets) que salió de vuestra cámara de Riba-roja el 24/11 hacia Rotterdam.

El cliente holandés ha rechazado 6 palets por daños por frío (picado de la piel y manchas pardas). Según su registro, la consigna del contenedor estaba a 1 °C en lugar de los 5 °C que figuran en nuestra orden de carga, y el producto ya había estado tres días en vuestra cámara.

Os adjunto la gráfica de temperatura que nos han enviado. Necesitamos para mañana:
- el registro de temperaturas de la cámara 4 del 21 al 24/11,
- la orden de carga y la consigna con la que se entregó el contenedor a la naviera.

Vamos a abrir reclamación formal con nuestro seguro; en cuanto tengamos la valoración os la pasamos.

Un saludo,

Carmen Ortega
Responsable de Calidad
Hortofrutícola Levante S.L.
Tel. 962 41 55 09 - Móvil 610 27 44 81
"""
    vals = [5.2, 5.0, 4.9, 3.1, 1.6, 1.1, 1.0, 0.9, 1.0, 1.1, 1.0, 0.9, 1.0, 1.0, 1.1, 1.0]
    png = chart_png(vals, -2, 8, limits=(4, 6), excursion=(3, 15))
    body = MIXED(r, ALT(r, T(text, "windows-1252", "quoted-printable"), H(ohtml(text, "windows-1252", lang="ES"), "windows-1252", "quoted-printable")),
                 ATT(png, "image/png", "MSKU8841207_temperatura.png"))
    return build(ctx, r, {
        "From": addr("Carmen Ortega", snd), "To": who("martinez", "windows-1252"),
        "Subject": subj("Reclamación - contenedor MSKU 8841207 - naranjas con daños por frío", "windows-1252", "Q"),
    }, body)
