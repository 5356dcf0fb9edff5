"""Spanish genuine business messages (5)."""
import assets
import data as D
import infra
import mime
from attacks_es import paypal_trace
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "es", "levante-reclamacion-pedido")
def _(b):
    sender = "carmen.lopez@distlevante.es"
    b.at(2026, 10, 20, 11, 9, 31, zone="ES").env(sender, "javier.martinez@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="eurprd05", server_prefix="DB8PR05MB"))
    b.frm("Carmen López", sender, "iso-8859-1")
    b.to(("Javier Martínez", "javier.martinez@example.com"), cs="iso-8859-1")
    b.subject("Reclamación pedido PV-2026-3318 - cajas dañadas y faltan 2 palés", "iso-8859-1")
    b.set("Accept-Language", "es-ES, en-US").set("Content-Language", "es-ES")
    txt = """Buenos días, Javier:

Ayer recibimos en nuestro almacén de Riba-roja el pedido PV-2026-3318 y hay dos incidencias:

1. Faltan 2 de los 14 palés del albarán (referencias 40211 bombones surtidos 250 g y 40318 chocolate negro 85 % 100 g). El transportista firmó el CMR con la observación.
2. En el palé de turrón de chocolate 300 g hay 36 cajas aplastadas; te envío el parte de recepción con fotos en otro correo.

Necesitamos los palés que faltan antes del 30 de octubre porque empezamos a servir la campaña de Navidad a nuestros clientes. ¿Nos los podéis enviar esta semana? Dime también cómo gestionamos el abono de las cajas dañadas.

Un saludo,

Carmen López
Responsable de Compras
Distribuciones Levante S.L.
Polígono Industrial El Oliveral, calle F - 46394 Riba-roja de Túria (Valencia)
Tel. 961 66 43 18
"""
    b.body(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, "ES", charset="iso-8859-1"), "iso-8859-1")))
    b.meta("Customer complaint from the Valencia distributor: two pallets missing and crushed cases, asks for re-delivery and credit.",
           "Real customer domain on Microsoft 365, concrete order, references and CMR note, asks for a normal commercial remedy; no link, payment or attachment.")


# ---------------------------------------------------------------------------
@register("business", "es", "almendras-factura")
def _(b):
    sender = "facturacion@almendrasmediterraneo.es"
    b.at(2026, 11, 6, 10, 2, 49, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "outlook_smtp"
    b.via(infra.own_postfix(b, "smtp.servidor-correo.arsys.es", "217.76.128.52",
                            "FACTURACION01 (77.229.14.203.static.user.ono.com [77.229.14.203])", zone="ES",
                            bstyle="outlook_smtp", rdns="smtpout52.servidor-correo.arsys.es"))
    b.frm("Almendras del Mediterráneo - Facturación", sender, "windows-1252")
    b.to(("Lucía Fernández", "lucia.fernandez@example.com"), cs="windows-1252", outlook_quotes=True)
    b.cc(("Jordi Puig", "jpuig@almendrasmediterraneo.es"), cs="windows-1252", outlook_quotes=True)
    b.subject("Factura FA-26/1187 – Pedido 2026-0413", "windows-1252")
    b.set("Content-Language", "es")
    ib = D.F(D.ALMENDRAS)
    txt = """Estimados señores:

Adjuntamos la factura FA-26/1187 correspondiente al pedido 2026-0413 (almendra Marcona tostada, calibre 14/16, 6.000 kg), entregado el 3 de noviembre en vuestro almacén de Sant Boi de Llobregat.

Base imponible: 38.520,00 €
IVA 10 %%: 3.852,00 €
Total factura: 42.372,00 €
Vencimiento: 60 días fecha factura (05/01/2027)
Forma de pago: transferencia a CaixaBank, IBAN %s

Para cualquier consulta sobre esta factura pueden contactar con el departamento de administración en el 977 31 45 82.

Atentamente,

Departamento de Facturación
Almendras del Mediterráneo, S.A.
Polígono Agro-Reus, 43206 Reus (Tarragona) · CIF %s
""" % (ib, D.ALMENDRAS_CIF)
    pdfb = assets.invoice_pdf([
        ("ALMENDRAS DEL MEDITERRÁNEO, S.A.", 14, True), "Polígono Agro-Reus · 43206 Reus (Tarragona) · CIF " + D.ALMENDRAS_CIF, "",
        ("FACTURA FA-26/1187", 13, True), "Fecha: 06/11/2026 · Pedido cliente: 2026-0413 · Albarán: AL-26/2214", "",
        "Cliente: Example Iberia S.L. · Carrer de la Marina 152 · 08013 Barcelona · CIF " + D.EXAMPLE_ES_CIF, "",
        "Descripción                                      Cantidad     Precio       Importe",
        "Almendra Marcona tostada 14/16, sacos 25 kg       6.000 kg     6,42 €/kg   38.520,00 €", "",
        "Base imponible 38.520,00 €   IVA 10 % 3.852,00 €",
        ("TOTAL 42.372,00 €", 11, True), "",
        "Vencimiento: 05/01/2027 · Transferencia CaixaBank · IBAN " + ib,
    ], title="FA-26/1187", creator="a3ERP", producer="a3ERP", created="20261106095830+01'00'")
    b.body(b.mixed(b.text(txt, "windows-1252"), b.attach("application/pdf", pdfb, "FA-26-1187.pdf")))
    b.meta("Genuine supplier invoice for almonds with 60-day terms and the known CaixaBank account.",
           "Real supplier domain via its hosting provider and usual Outlook client, invoice data consistent with order and delivery, normal terms, no urgency. Hard negative for attack 28.")


# ---------------------------------------------------------------------------
@register("business", "es", "javier-senal-stand-ifema-interno")
def _(b):
    sender = "javier.martinez@example.com"
    b.at(2026, 12, 14, 9, 30, 6, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX02", client_ip="10.40.2.17"))
    b.frm("Javier Martínez", sender, "windows-1252")
    b.to(("Lucía Fernández", "lucia.fernandez@example.com"), cs="windows-1252")
    b.subject("Pago señal stand Salón Gourmets 2027 – factura en SAP", "windows-1252")
    b.set("Accept-Language", "es-ES, en-US").set("Content-Language", "es-ES")
    txt = """Hola Lucía:

Te confirmo lo que hablamos el viernes: IFEMA nos ha enviado la factura de la señal del stand para el Salón Gourmets 2027 (30 % del espacio, 6.534,00 € IVA incluido). Ya está registrada en SAP con el pedido 4700012291 y aprobada por mí y por Claudia en el flujo de aprobación.

Vence el 18 de diciembre. El IBAN es el que ya tenemos en el maestro de proveedores de IFEMA de otras ediciones, no ha cambiado. Inclúyela en la remesa de pagos del jueves, como siempre.

Si tienes cualquier duda, llámame; hoy estoy toda la mañana en la oficina.

Gracias,
Javier
"""
    b.body(b.alt(b.text(txt, "windows-1252"), b.html(html_outlook(txt, "ES", charset="windows-1252"), "windows-1252")))
    b.meta("Spanish office manager's genuine internal note about paying the trade-fair stand deposit to IFEMA through the normal SAP payment run.",
           "Internal relay + Exchange hop, known payee and unchanged master data, SAP PO and approval workflow, normal payment run, invites a phone call. Hard negative for attack 29 (same topic, same day, from outlook.es).")


# ---------------------------------------------------------------------------
@register("business", "es", "paypal-recibo-pago")
def _(b):
    sender = "service@paypal.es"
    b.at(2026, 11, 13, 12, 18, 33, zone="ES").env(sender, "lucia.fernandez@example.com")
    b.style = "esp"
    tr = paypal_trace(b)
    tr.extra = [(k, ("PPC000654" if k == "X-Email-Type-Id" else ("nodeTemplates/xclick_buyer" if k == "X-XPT-XSL-Name" else v)))
                for k, v in tr.extra]
    b.via(tr)
    b.frm("PayPal", sender)
    b.to(("", "lucia.fernandez@example.com"))
    b.subject("Recibo de tu pago a Embalajes Creativos S.L.")
    txid = infra.alnum(b.rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    src = """Hola, Example Iberia S.L.:

Has enviado un pago de 86,90 € EUR a Embalajes Creativos S.L. (ventas@embalajescreativos.es)

Puede que la transacción tarde unos minutos en aparecer en tu cuenta.

Vendedor: Embalajes Creativos S.L.
Id. de transacción: %s
Fecha de la transacción: 13 de noviembre de 2026

Detalles del pedido
Cajas regalo kraft con ventana, muestras (2 x 35,00 €): 70,00 €
Envío: 16,90 €
Total: 86,90 € EUR

Pagado con: Saldo de PayPal

{{Ver detalles de la transacción|https://www.paypal.com/myaccount/transactions/details/%s}}

Ayuda y contacto: www.paypal.com/es/smarthelp/home
""" % (txid, txid)
    head = '<div style="padding:20px 32px"><span style="color:#003087;font-size:24px;font-weight:bold">Pay</span><span style="color:#009cde;font-size:24px;font-weight:bold">Pal</span></div>'
    footer = ("PayPal está comprometido con la prevención del correo fraudulento. Los correos de PayPal siempre contienen su nombre completo.<br>"
              "Copyright &copy; 1999-2026 PayPal. Todos los derechos reservados. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo.")
    html = brand_page(to_html(src), head, footer, title="PayPal")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "base64")))
    b.meta("Genuine PayPal payment receipt for sample gift boxes bought by the Spanish office.",
           "Genuine PayPal infrastructure, addresses the account holder by name, receipt for a payment the user made, link only to paypal.com, no phone number or call to action. Hard negative for attack 30 (PayPal invoice abuse).")


# ---------------------------------------------------------------------------
@register("business", "es", "boletin-pasteleria-chocolateria-ses")
def _(b):
    sender = "boletin@pasteleriachocolateria.es"
    b.at(2026, 10, 28, 8, 30, 14, zone="ES").env(sender, "javier.martinez@example.com")
    b.style = "esp"
    b.via(infra.ses(b, "eu-west-1"))
    b.frm("Pastelería & Chocolatería Profesional", sender)
    b.to(("", "javier.martinez@example.com"))
    b.subject("Boletín 43/2026: bombonería para Navidad, ferias de 2027 y precios del cacao")
    unsub = "https://www.pasteleriachocolateria.es/baja?e=javier.martinez%40example.com&t=" + infra.hexs(b.rng, 24)
    b.set("List-Unsubscribe", "<%s>,\n <mailto:baja@pasteleriachocolateria.es?subject=baja>" % unsub)
    b.set("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    src = """Hola,

estas son las noticias de la semana para profesionales de la pastelería y la chocolatería:

BOMBONERÍA DE NAVIDAD: los obradores apuestan por rellenos con frutos secos tostados, turrones de autor y cajas más pequeñas para regalo de empresa.

FERIAS 2027: ya hay fecha para las principales ferias del sector en Madrid y Barcelona; resumimos plazos de inscripción y novedades para expositores.

CACAO: los precios siguen volátiles y varios fabricantes de coberturas anuncian tarifas para el primer trimestre.

{{Leer el boletín completo|https://www.pasteleriachocolateria.es/boletin/43-2026}}

Redacción de Pastelería & Chocolatería Profesional
"""
    footer = ('Recibes este boletín porque te suscribiste en pasteleriachocolateria.es. <a href="%s" style="color:#6e6e6e">Darse de baja</a>'
              " &middot; Ediciones Obrador S.L., Calle de Alcalá 180, 28028 Madrid" % unsub)
    html = brand_page(to_html(src), '<div style="background:#7a3e22;color:#fff;padding:18px 32px;font-size:19px">Pastelería &amp; Chocolatería Profesional</div>',
                      footer, title="Boletín 43/2026")
    plain = to_plain(src) + "\n--\nDarse de baja: %s\nEdiciones Obrador S.L., Calle de Alcalá 180, 28028 Madrid\n" % unsub
    b.body(b.alt(b.text(plain, "utf-8"), b.html(html, "utf-8")))
    b.meta("Subscribed trade newsletter for pastry/chocolate professionals, sent through Amazon SES.",
           "Same ESP as attacks 09 and 26 but a subscribed publication with List-Unsubscribe, editorial content, no login or payment request.")
