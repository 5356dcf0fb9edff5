"""Spanish attack messages (5)."""
import assets
import banking as bk
import data as D
import infra
import mime
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


def paypal_trace(b):
    rng = b.rng
    host = "ccg13mail%02d.ccg13.slc.paypalinc.com" % rng.randrange(1, 30)

    def hops(bb):
        return [("Received", "from %s (unknown [10.%d.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (host, rng.randrange(10, 200), rng.randrange(255), rng.randrange(255), infra.postfix_qid(rng),
                    bb.rcpt, mime.rfcdate(infra.ago(bb.t, 1), "US-PT")))]
    msgid = "<%s.%s@paypal.com>" % (infra.hexs(rng, 12), infra.hexs(rng, 12))
    return infra.direct(b, "mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225", hops_fn=hops, tls="1.2",
                        zone="US-PT", msgid=msgid, bstyle="java", return_path="service@paypal.es",
                        extra=[("X-Email-Type-Id", "PPX001480"),
                               ("X-XPT-XSL-Name", "nodeTemplates/invoice_sent_buyer"),
                               ("X-PP-REQUESTED-TIME", str(int(b.t.timestamp() * 1000) - 2300)),
                               ("X-PP-Email-transmission-Id", infra.uuid_from(rng))])


# ---------------------------------------------------------------------------
@register("attack", "es", "aeat-notificacion-zip")
def _(b):
    sender = "notificaciones@clinicadentalsanroque.es"
    b.at(2026, 11, 2, 9, 20, 57, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "roundcube"
    b.via(infra.cpanel_exim(b, "es-cp23.webempresa.eu", "185.166.39.23", client_ip="91.215.85.142",
                            client_helo="[127.0.0.1]", zone="ES"))
    b.frm("Agencia Tributaria - Sede Electrónica", sender, "windows-1252")
    b.to(("", "lucia.fernandez@example.com"))
    b.subject("Notificación AEAT: requerimiento de información ref. 2026RSC4471820F", "windows-1252")
    b.set("User-Agent", "Roundcube Webmail/1.6.5")
    txt = """Estimado/a contribuyente:

Le comunicamos que la Agencia Tributaria ha emitido un requerimiento de información relativo a la entidad EXAMPLE IBERIA S.L. (NIF %s), en el marco de la adaptación de los sistemas informáticos de facturación al Reglamento aprobado por el Real Decreto 1007/2023 (VERI*FACTU).

Número de referencia: 2026RSC4471820F
Plazo de contestación: 10 días hábiles desde el día siguiente a la recepción de esta comunicación

Se adjunta el documento del requerimiento y el formulario de contestación. La falta de atención al requerimiento podrá constituir infracción tributaria conforme al artículo 203 de la Ley 58/2003, General Tributaria.

Atentamente,

Agencia Tributaria
Departamento de Gestión Tributaria
""" % D.EXAMPLE_ES_CIF
    z = assets.make_zip("Requerimiento_AEAT_2026RSC4471820F.pdf.hta", "<!-- placeholder -->\n",
                        dt=(2026, 11, 2, 8, 40, 11), seed="es-aeat")
    b.body(b.mixed(b.alt(b.text(txt, "windows-1252"), b.html(to_html(txt), "windows-1252")),
                   b.attach("application/zip", z, "Requerimiento_AEAT_2026RSC4471820F.zip")))
    b.meta("Malware lure: fake AEAT 'requerimiento' about VERI*FACTU with a ZIP (not encrypted) containing 'Requerimiento_AEAT_2026RSC4471820F.pdf.hta'.",
           "AEAT notifies companies through the DEHú / Sede electrónica (agenciatributaria.gob.es), never with ZIP attachments; sent from a dental clinic's compromised mailbox on shared hosting, webmail login from a foreign IP; .pdf.hta double extension (typical of the Spanish banking-trojan campaigns); sanction threat.")


# ---------------------------------------------------------------------------
@register("attack", "es", "almendras-cambio-cuenta-lookalike")
def _(b):
    sender = "jpuig@almendras-mediterraneo.es"
    b.at(2026, 11, 19, 16, 5, 40, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "outlook_smtp"
    b.via(infra.vps_client(b, "mail.almendras-mediterraneo.es", "164.92.147.33", "unknown",
                           "45.88.97.206", client_helo="DESKTOP-JP2026", zone="ES", bstyle="outlook_smtp"))
    b.frm("Jordi Puig", sender, "iso-8859-1")
    b.to(("Lucía Fernández", "lucia.fernandez@example.com"), cs="iso-8859-1")
    b.cc(("Javier Martínez", "javier.martinez@example.com"), cs="iso-8859-1")
    b.subject("RE: Pedido 2026-0413 almendra Marcona - nuevos datos bancarios", "iso-8859-1")
    b.set("In-Reply-To", "<000301dd5410$6a2be1c0$3e83a540$@almendrasmediterraneo.es>")
    b.set("References", "<000301dd5410$6a2be1c0$3e83a540$@almendrasmediterraneo.es>")
    b.set("Content-Language", "es")
    ib = D.F(D.ATT_ALMENDRAS)
    txt = """Hola Lucía,

Te escribo en relación con el pedido 2026-0413 (almendra Marcona tostada, 6.000 kg). Por motivo de la auditoría anual de nuestra entidad hemos trasladado los cobros a una nueva cuenta; te adjunto el certificado de titularidad emitido por el banco.

Titular: Almendras del Mediterráneo S.A.
IBAN: %s
BIC: REVOESM2

Por favor, actualizad los datos en vuestro sistema antes del pago de la factura FA-26/1187 (42.372,00 EUR), que vence este viernes. La cuenta de CaixaBank ya no está operativa para cobros.

Te agradecería que me confirmases por este medio cuando esté hecho.

Un saludo,

Jordi Puig
Director Comercial
Almendras del Mediterráneo S.A.
Reus (Tarragona)
""" % ib
    pdfb = assets.invoice_pdf([
        ("Certificado de titularidad de cuenta", 15, True), "", "Revolut Bank UAB, Sucursal en España", "",
        "Por la presente se certifica que la cuenta con IBAN", ib, "BIC REVOESM2",
        "figura a nombre del titular ALMENDRAS DEL MEDITERRANEO S.A. con CIF " + D.ALMENDRAS_CIF + ".", "",
        "Fecha de emisión: 18/11/2026", "", "Firma autorizada", "Departamento de Operaciones",
    ], title="Certificado", creator="Microsoft\u00ae Word para Microsoft 365", created="20261118190411+01'00'")
    b.body(b.mixed(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, "ES", charset="iso-8859-1"), "iso-8859-1")),
                   b.attach("application/pdf", pdfb, "Certificado_titularidad_cuenta.pdf")))
    b.meta("Supplier bank-detail change: 'Jordi Puig' (almond supplier) asks to pay invoice FA-26/1187 of 42,372 EUR into a new Revolut account 'by Friday', with a fake ownership certificate.",
           "Look-alike domain almendras-mediterraneo.es (real: almendrasmediterraneo.es) on a DigitalOcean droplet without PTR; fake 'RE:' thread; the genuine invoice (business 28) says 60 days and CaixaBank; neobank account, audit pretext, confirmation by e-mail only.")


# ---------------------------------------------------------------------------
@register("attack", "es", "falso-javier-pago-stand")
def _(b):
    sender = "javier.martinez.examplegroup@outlook.es"
    b.at(2026, 12, 14, 12, 51, 18, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, consumer=True))
    b.frm("Javier Martínez", sender, "iso-8859-1")
    b.to(("Lucía Fernández", "lucia.fernandez@example.com"), cs="iso-8859-1")
    b.subject("Pago urgente - stand Salón Gourmets", "iso-8859-1")
    b.set("Accept-Language", "es-ES, en-US").set("Content-Language", "es-ES")
    ib = D.F(bk.es_iban("0182", "5322", "0201548791"))
    txt = """Lucía, buenos días:

Estoy en una reunión con la dirección de Colonia y no puedo atender llamadas. Necesito que hoy mismo hagas una transferencia de 18.750 EUR a la agencia que nos monta el stand del Salón Gourmets; si no pagamos hoy la reserva, perdemos la ubicación que habíamos negociado en el pabellón central.

Los datos son:
Beneficiario: Expo Montajes Integrales S.L.
IBAN: %s
Concepto: Reserva stand SG27 - Example Iberia

La factura te la reenvío mañana, todavía no la han emitido. Te escribo desde mi correo personal porque el portátil se ha quedado sin batería y no puedo entrar en el Outlook de la empresa.

Confírmame por aquí cuando esté hecho, por favor.

Gracias,
Javier
""" % ib
    b.body(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, "ES", charset="iso-8859-1"), "iso-8859-1")))
    b.meta("Internal BEC: 'Javier Martínez' (Spanish office manager) writes from outlook.es demanding an 18,750 EUR same-day transfer to an unknown stand builder without invoice.",
           "Consumer Outlook.com address, cannot take calls, new payee, invoice 'tomorrow', bypasses SAP approval; the real stand deposit (business 29) is an IFEMA invoice already approved in SAP and sent via the internal relay the same morning.")


# ---------------------------------------------------------------------------
@register("attack", "es", "paypal-factura-callback")
def _(b):
    sender = "service@paypal.es"
    b.at(2026, 10, 9, 18, 22, 4, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "esp"
    b.via(paypal_trace(b))
    b.frm("PayPal", sender)
    b.to(("", "lucia.fernandez@example.com"))
    b.subject("Factura de Servicio Técnico Integral (n.º 0007431)")
    url = "https://www.paypal.com/invoice/p/#INV2-X7K4-9R2M-QL8T-3WDF"
    src = """Servicio Técnico Integral le ha enviado una factura de 449,00 EUR

Nota del vendedor:
Su suscripción anual a Microsoft 365 Business Premium (15 licencias) se renovará automáticamente hoy. Si no ha autorizado esta renovación, llame de inmediato a nuestro servicio de atención al cliente: +34 910 47 83 26. La cancelación solo es posible dentro de las 24 horas siguientes.

Importe adeudado: 449,00 EUR
Fecha de vencimiento: 10 oct 2026
Número de factura: 0007431

[[Ver y pagar la factura|%s]]

No comparta este correo electrónico con nadie.
""" % url
    head = '<div style="padding:20px 32px"><span style="color:#003087;font-size:24px;font-weight:bold">Pay</span><span style="color:#009cde;font-size:24px;font-weight:bold">Pal</span></div>'
    footer = ("Ayuda y contacto | Seguridad | Aplicaciones<br>PayPal está comprometido con la prevención del correo fraudulento. "
              "Los correos de PayPal siempre contienen su nombre completo.<br>Copyright &copy; 1999-2026 PayPal. Todos los derechos reservados. "
              "PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo.")
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:11px 28px;background:#0070e0;color:#fff;text-decoration:none;border-radius:24px;font-weight:bold"),
                      head, footer, title="PayPal")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Callback phishing through abuse of genuine PayPal invoicing: a real PayPal invoice from merchant 'Servicio Técnico Integral' whose seller note announces a Microsoft 365 renewal and a phone number to cancel.",
           "Trace and sender are genuinely PayPal (SPF/DKIM would pass); the malicious part is the merchant-controlled note: unknown merchant, fake Microsoft 365 renewal, 24-hour deadline and a phone number (TOAD) that leads to refund fraud/remote access. Hard negative: business 30 (genuine PayPal receipt for a real purchase).")


# ---------------------------------------------------------------------------
@register("attack", "es", "m365-contrasena-caduca-html")
def _(b):
    sender = "soporte@gestoriamoreno.es"
    b.at(2026, 12, 4, 8, 37, 26, zone="ES").env(sender, "javier.martinez@example.com")
    b.style = "roundcube"
    b.via(infra.cpanel_exim(b, "cp-es07.raiolanetworks.es", "82.223.114.77", client_ip="146.70.119.35",
                            client_helo="[127.0.0.1]", zone="ES"))
    b.frm("Microsoft 365 - Administración", sender, "iso-8859-15")
    b.to(("", "javier.martinez@example.com"))
    b.subject("La contraseña de javier.martinez@example.com caduca hoy", "iso-8859-15")
    b.set("User-Agent", "Roundcube Webmail/1.6.5")
    txt = """Hola Javier:

La contraseña de su cuenta javier.martinez@example.com caduca hoy, 4 de diciembre de 2026.

Si desea seguir usando la contraseña actual, puede mantenerla desde el documento adjunto. Después de las 23:59 se cerrará la sesión en todos sus dispositivos y el acceso al correo, a Teams y a OneDrive quedará bloqueado hasta que el administrador restablezca la cuenta.

Abra el archivo adjunto en su navegador y confirme sus credenciales.

Gracias,
El equipo de cuentas de Microsoft 365
"""
    page = assets.login_page_html(
        "Iniciar sesión en la cuenta", "Mantener contraseña actual",
        "Para conservar su contraseña actual, confirme sus credenciales de Microsoft 365.",
        "https://login-microsoftonline.es-auth.net/common/oauth2/keep.php",
        [("login", "email", "Correo electrónico", "javier.martinez@example.com"),
         ("passwd", "password", "Contraseña", "")],
        "Mantener contraseña", "Términos de uso   Privacidad y cookies   ...", lang="es")
    b.body(b.mixed(b.text(txt, "iso-8859-15", "quoted-printable"),
                   b.attach("text/html", page.encode("utf-8"), "Mantener_contraseña_javier.martinez.htm",
                            fname_style="rfc2231", fname_charset="utf-8")))
    b.meta("Credential phishing with HTML attachment: 'your Microsoft 365 password expires today - keep the current one', attached page is a static Microsoft sign-in form.",
           "Microsoft display name on a tax-advisor's compromised mailbox (shared hosting, webmail login via a VPN IP); form posts to es-auth.net, not login.microsoftonline.com; 'keep current password' lure with same-day lock-out threat. Attachment contains no script.")
