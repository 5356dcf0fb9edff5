"""Spanish messages: 5 attacks, 5 genuine."""

from common import utc, iban_fmt
from kit import S, M, ACC, ID, plain, alt, outlook_alt, with_atts, pdf_att, b64, sig
from mime import attachment, html_branded, html_simple, html_outlook, html_gmail
from attach import pdf, zip_crypto, PLACEHOLDER
from media import html_doc
from infra import sendgrid, vps_postfix, gmail, exim_cpanel, mailgun, m365, internal

ATTACKS = []
BUSINESS = []

# ---------------------------------------------------------------------------
# A27. AEAT / DEHú notification phishing (SendGrid)
# ---------------------------------------------------------------------------
dehu_url = "https://sede.agenciatributaria.gob.es.dehu-notificaciones.com/Sede/notificaciones?nif=B98765431&ref=" + b64(S["es_acc"].addr)
dehu_txt = """Agencia Tributaria
Sede electrónica

Aviso de puesta a disposición de notificación

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú), correspondiente a:

Titular: EXAMPLE GROUP IBERIA SL
NIF: B98765431
Procedimiento: Comprobación limitada - IVA 2025 (modelo 303, 3T)
Referencia: 2026GRC46410002183X

Dispone de un plazo de 10 días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015).

[[Acceder a la notificación|%s]]

Para acceder necesitará su certificado electrónico o Cl@ve.

Este aviso se ha enviado a la dirección de correo electrónico facilitada. No responda a este mensaje.
""" % dehu_url
dehu_html = html_branded("Aviso de puesta a disposición de notificación",
                         ["Estimado/a contribuyente:",
                          "Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).",
                          "Titular: EXAMPLE GROUP IBERIA SL – NIF: B98765431 – Procedimiento: Comprobación limitada - IVA 2025 (modelo 303, 3T) – Referencia: 2026GRC46410002183X",
                          "Dispone de un plazo de 10 días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43 de la Ley 39/2015)."],
                         button=("Acceder a la notificación", dehu_url),
                         after_button=["Para acceder necesitará su certificado electrónico o Cl@ve."],
                         footer="Este aviso se ha enviado a la dirección de correo electrónico facilitada. No responda a este mensaje.",
                         brand="#8a1538", logo_text="Agencia Tributaria", lang="es")
ATTACKS.append(M(
    id="A-es-dehu", lang="es", slug="aeat-dehu-notificacion-phishing",
    t=utc(2026, 10, 20, 9, 44, 10),
    frm=("Agencia Tributaria - Notificaciones", "avisos@notificaciones-aeat-dehu.es"),
    to=[S["es_acc"].nm()],
    subject="Aviso: notificación disponible en DEHú - Ref. 2026GRC46410002183X",
    transport=sendgrid(host="o3", ip="149.72.123.24", bounce_dom="em5520.notificaciones-aeat-dehu.es", uid=52291804),
    mua="none", hdr_cs="iso-8859-1",
    body=alt(dehu_txt, dehu_html, cs="iso-8859-1", cte="quoted-printable"),
    lookalikes=["notificaciones-aeat-dehu.es", "sede.agenciatributaria.gob.es.dehu-notificaciones.com"],
    what="Fake Agencia Tributaria notice of a DEHú notification (VAT audit) with a link to 'access the notification'.",
    why="Sent via SendGrid from notificaciones-aeat-dehu.es; the link is a sub-domain trick (sede.agenciatributaria.gob.es.dehu-notificaciones.com) harvesting Cl@ve/certificate logins; real DEHú notices come from the official domain and link to dehu.redsara.es."))

# ---------------------------------------------------------------------------
# A28. Carrier bank-detail change from a look-alike domain (Revolut ES IBAN)
# ---------------------------------------------------------------------------
bel_txt = """Buenos días Lucía:

Os escribimos para comunicaros que, por motivos de reorganización interna con nuestra entidad bancaria, a partir de hoy hemos cambiado la cuenta en la que recibimos los pagos de nuestros clientes. Os rogamos que actualicéis los datos en vuestro sistema y que las facturas pendientes de octubre y noviembre (FT-26/1187 y FT-26/1240, total 11.482,35 €) se abonen ya en la nueva cuenta:

Titular: Transportes Hermanos Beltrán S.L.
IBAN: %s
BIC: REVOESM2XXX

La cuenta anterior de CaixaBank quedará cancelada a finales de mes y los pagos que se reciban en ella serán devueltos, lo que podría retrasar las próximas entregas de la campaña de Navidad.

Adjuntamos el certificado de titularidad que nos ha emitido el banco. Por favor, confirmad por correo cuando esté actualizado.

Un saludo,

Marta Beltrán
Administración
Transportes Hermanos Beltrán S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia)
""" % iban_fmt(ACC["beltran_fraud"])
bel_pdf = pdf([[("Revolut Bank UAB, Sucursal en España", 13, True), ("", 0, False),
                ("CERTIFICADO DE TITULARIDAD DE CUENTA", 12, True), ("", 0, False),
                "Revolut Bank UAB, Sucursal en España, certifica que la cuenta",
                "IBAN " + iban_fmt(ACC["beltran_fraud"]) + "  BIC REVOESM2XXX",
                "figura a nombre de TRANSPORTES HERMANOS BELTRAN S.L., CIF " + ID["beltran_cif"], ("", 0, False),
                "Madrid, 12 de noviembre de 2026"]],
              title="Certificado", author="", producer="iLovePDF", creator="", created="20261112183041+01'00'")
ATTACKS.append(M(
    id="A-es-beltran", lang="es", slug="transportista-cambio-cuenta-lookalike",
    t=utc(2026, 11, 13, 10, 2, 19),
    frm=("Marta Beltrán - Administración", "administracion@transportesbeltran.com"),
    to=[S["es_acc"].nm()],
    subject="Cambio de cuenta bancaria - Transportes Hermanos Beltrán",
    transport=vps_postfix("mail.transportesbeltran.com", "91.215.85.47", rdns="vm-91-215-85-47.hosted-by-vdsina.com", client_ip="154.6.21.88"),
    mua="horde", hdr_cs="utf-8",
    body=with_atts(plain(bel_txt, cs="utf-8", cte="quoted-printable"),
                   [pdf_att(bel_pdf, "Certificado_titularidad_cuenta.pdf")]),
    lookalikes=["transportesbeltran.com"],
    what="Bank-change request 'from the regional carrier Beltrán' for two open invoices (EUR 11,482.35) to a Revolut Spain IBAN, with a fake account-ownership certificate.",
    why="Domain transportesbeltran.com imitates the real transportesbeltran.es, hosted on a VDSina VPS (Horde); family carrier suddenly switching from CaixaBank to a neobank; 'certificate' made with iLovePDF; threat of delayed Christmas deliveries; confirm by e-mail."))

# ---------------------------------------------------------------------------
# A29. Gift-card scam in the CEO's name (Gmail)
# ---------------------------------------------------------------------------
gc_txt = """Hola Javier,

¿estás en la oficina? Necesito que me hagas un favor rápido y discreto, ahora mismo no puedo hablar por teléfono porque estoy en una reunión con el banco que se va a alargar.

Quiero tener un detalle con los diez mejores clientes de hostelería de Valencia antes de Navidad, sin pasar por compras para que sea una sorpresa (ni siquiera el equipo comercial debe saberlo todavía). Necesito que compres 10 tarjetas regalo de Amazon de 150 € cada una. Puedes comprarlas en cualquier Carrefour o estanco con la tarjeta de empresa y luego lo regularizamos con Lucía como gasto de representación.

Cuando las tengas, rasca la parte de atrás y mándame una foto clara de cada código a este correo, yo me encargo de enviarlas con una tarjeta personal.

Gracias, cuento contigo.

Klaus

Enviado desde mi iPhone
"""
ATTACKS.append(M(
    id="A-es-giftcards", lang="es", slug="ceo-tarjetas-regalo-gmail",
    t=utc(2026, 12, 9, 12, 33, 47),
    frm=("Klaus Wegener", "klaus.wegener.office@gmail.com"),
    to=[S["es_mgr"].nm()],
    subject="¿Estás en la oficina?",
    transport=gmail(host="mail-pj1-f68", ip="209.85.216.68"), mua="gmail",
    body=alt(gc_txt, html_gmail(gc_txt), cs="UTF-8", cte="quoted-printable"),
    what="'Klaus Wegener' from a Gmail address asks the Spanish office manager to buy ten EUR 150 Amazon gift cards for customers and mail photos of the codes.",
    why="Gift-card scam: CEO impersonated on a free-mail account, cannot be phoned, secrecy ('not even sales should know'), bypass of purchasing, asks for photos of scratched codes – a gift to a customer would never be sent as code photos."))

# ---------------------------------------------------------------------------
# A30. 'VeriFactu' mandatory update in a password-protected ZIP
# ---------------------------------------------------------------------------
vf_pwd = "VF2027"
vf_zip = zip_crypto([("Actualizacion_VeriFactu_2027/Instalar_VeriFactu_Update.exe", PLACEHOLDER),
                     ("Actualizacion_VeriFactu_2027/Leeme.pdf.lnk", PLACEHOLDER)], vf_pwd, "A-es-verifactu",
                    date_time=(2026, 11, 30, 17, 44, 2))
vf_txt = """Estimado cliente:

Como sabe, a partir del 1 de enero de 2027 todos los sistemas informáticos de facturación de las sociedades deberán cumplir el Reglamento VERI*FACTU (Real Decreto 1007/2023) y remitir los registros de facturación a la AEAT. Las instalaciones que no estén actualizadas dejarán de poder emitir facturas válidas y pueden ser sancionadas con hasta 50.000 € por ejercicio.

Su licencia (cliente n.º 46-10874, EXAMPLE GROUP IBERIA SL) todavía no tiene instalado el módulo de remisión. Le adjuntamos el paquete de actualización certificado. Por seguridad, el archivo está protegido con la contraseña de su licencia:

Contraseña: %s

Instrucciones: descomprima el archivo en el equipo donde está instalado el programa de facturación y ejecute "Instalar_VeriFactu_Update" con el programa cerrado. La instalación tarda unos 5 minutos y no afecta a sus datos.

Si necesita ayuda, nuestro departamento técnico le atenderá en horario de 9:00 a 18:00.

Atentamente,

Departamento Técnico - Soporte Facturación
Soluciones de Gestión Empresarial
""" % vf_pwd
ATTACKS.append(M(
    id="A-es-verifactu", lang="es", slug="verifactu-actualizacion-zip-contrasena",
    t=utc(2026, 12, 1, 9, 12, 55),
    frm=("Soporte Facturación VERI*FACTU", "soporte@gestoria-alcaraz.es"),
    to=[S["es_acc"].nm()],
    subject="Actualización obligatoria VERI*FACTU - instale antes del 31/12/2026",
    transport=exim_cpanel("cp-es12.raiolanetworks.es", "185.93.244.12", "147.45.47.63", zone="+0100"),
    mua="phpmailer", hdr_cs="windows-1252",
    body=with_atts(plain(vf_txt, cs="windows-1252", cte="quoted-printable"),
                   [attachment(vf_zip, "application/zip", "Actualizacion_VeriFactu_2027.zip")]),
    zip_password=vf_pwd,
    what="'Mandatory VERI*FACTU update' for the invoicing software delivered as an encrypted ZIP with the password in the mail.",
    why="Abuses the real 2027 VeriFactu deadline; sent from a compromised gestoría's cPanel account, not the software vendor; password-protected ZIP hides an .exe and a .pdf.lnk (placeholders); software updates are never shipped as mail attachments."))

# ---------------------------------------------------------------------------
# A31. Voicemail notification with an HTML attachment (meta refresh)
# ---------------------------------------------------------------------------
vm_url = "https://mensajes-voz-365.teams-audio-es.com/escuchar/?id=7731&u=" + b64(S["es_mgr"].addr)
vm_html = html_doc("Mensaje de voz", '<p style="font-family:Segoe UI,Arial,sans-serif;color:#444;text-align:center;margin-top:80px">'
                   'Cargando mensaje de voz (0:47)&hellip;<br><br>'
                   '<a href="' + vm_url + '">Haga clic aquí si la reproducción no comienza automáticamente</a></p>',
                   head_extra='<meta http-equiv="refresh" content="1;url=' + vm_url + '">\n')
vm_txt = """Tiene un nuevo mensaje de voz

De: +34 961 52 77 40 (Distribuciones Turia)
Para: Javier Muñoz
Duración: 0:47
Recibido: miércoles, 2 de diciembre de 2026, 16:18

El mensaje está adjunto a este correo. Ábralo en el navegador para escucharlo.

Microsoft Teams - Sistema de mensajería unificada
"""
ATTACKS.append(M(
    id="A-es-voicemail", lang="es", slug="buzon-de-voz-adjunto-html",
    t=utc(2026, 12, 2, 16, 19, 30),
    frm=("Buzón de voz Teams", "voicemail@cloudpbx-notificaciones.es"),
    to=[S["es_mgr"].nm()],
    subject="Mensaje de voz de +34 961 52 77 40 (0:47)",
    transport=mailgun("mg.cloudpbx-notificaciones.es", ip="161.38.202.61", host="m202-61.mailgun.net"),
    mua="none", hdr_cs="utf-8",
    body=with_atts(plain(vm_txt, cs="utf-8", cte="quoted-printable"),
                   [attachment(vm_html.encode("utf-8"), "text/html", "Mensaje_de_voz_0m47s.htm", extra_ct="; charset=utf-8")]),
    lookalikes=["cloudpbx-notificaciones.es", "teams-audio-es.com"],
    what="'Teams voicemail' notification (caller shown as a real customer) with an .htm attachment that redirects to a 'play message' page.",
    why="Teams voicemails arrive from Microsoft with an .mp3, not an .htm; this one comes via Mailgun from cloudpbx-notificaciones.es; the HTML attachment uses a meta refresh to mensajes-voz-365.teams-audio-es.com with the victim's address (credential phishing)."))

# ===========================================================================
# genuine
# ===========================================================================
nav_txt = """Hola Lucía:

Os recuerdo los próximos vencimientos de Example Group Iberia:

- 20/01/2027: modelo 303 (IVA 4T 2026), modelo 111 y modelo 115. Necesitamos los libros de facturas emitidas y recibidas cerrados antes del 12/01.
- 30/01/2027: modelo 390 (resumen anual IVA).

Por otro lado, ayer nos llegó a la DEHú una notificación de la AEAT para vuestra sociedad (requerimiento de información sobre las operaciones intracomunitarias del 3T, modelo 349). Como somos vuestros apoderados la hemos descargado nosotros desde la sede; os la adjunto en PDF. El plazo para contestar es de 10 días hábiles; con los DUA y las facturas de Alemania que ya tenemos lo preparamos nosotros. Solo necesito que me confirméis si hubo alguna devolución de barriles vacíos a Bamberg en septiembre.

Recordad que de la AEAT nunca os llegará un enlace para "acceder" a nada por correo: si veis un aviso así, entrad siempre directamente por la sede electrónica o llamadme.

Un saludo,

Vicente Navarro
Asesoría Fiscal Navarro
C/ Colón 52, 3.º, 46004 Valencia - Tel. 963 51 28 40
"""
nav_pdf = pdf([[("Agencia Tributaria", 14, True), "Delegación Especial de Valencia - Dependencia de Gestión Tributaria", ("", 0, False),
                ("REQUERIMIENTO DE INFORMACIÓN", 12, True), "Obligado tributario: EXAMPLE GROUP IBERIA SL   NIF " + ID["eg_es_cif"],
                "Concepto: IVA - Declaración recapitulativa de operaciones intracomunitarias (modelo 349), 3T 2026",
                ("", 0, False),
                "Se requiere la aportación de la documentación justificativa de las adquisiciones intracomunitarias",
                "declaradas en el periodo indicado, en el plazo de diez días hábiles a contar desde el siguiente a la",
                "notificación del presente requerimiento.", ("", 0, False),
                "Código Seguro de Verificación: 7QK2M4Y8ZL9R3TXC"]],
              title="Requerimiento 349", author="AEAT", producer="AEAT", creator="AEAT", created="20261022083010+02'00'")
BUSINESS.append(M(
    id="B-es-asesoria", lang="es", slug="asesoria-vencimientos-notificacion-dehu",
    t=utc(2026, 10, 23, 12, 48, 2),
    frm=("Vicente Navarro", "vnavarro@asesorianavarro.es"),
    to=[S["es_acc"].nm()], cc=[S["es_mgr"].nm()],
    subject="Vencimientos enero y requerimiento AEAT (DEHú) 349 3T",
    transport=vps_postfix("smtp.asesorianavarro.es", "217.76.128.44", rdns="smtp-out44.servidoresdns.net", client_ip="88.27.140.91", zone="+0200"),
    mua="outlook", lang_tag="es-ES", hdr_cs="iso-8859-1",
    body=with_atts(outlook_alt(nav_txt, cs="iso-8859-1", cte="quoted-printable", lang="ES"),
                   [pdf_att(nav_pdf, "Requerimiento_AEAT_349_3T2026.pdf")]),
    has_attach=True, pairs=["A-es-dehu"],
    pair_note="Both concern an AEAT notification in DEHú. Genuine: the company's tax adviser (authorised representative) downloaded it himself and attaches the PDF, asks only a factual question and warns never to follow e-mailed access links; attack: fake AEAT notice via SendGrid with a login link.",
    what="Tax adviser lists January filing deadlines and forwards an AEAT information request he downloaded from DEHú as representative.",
    why="Known adviser domain through its hosting provider from a Valencia ADSL line, PDF contains only text, no link to log in anywhere, explicitly warns against such links."))

belg_txt = """Buenos días Lucía:

Te escribo porque seguimos sin recibir el pago de las facturas de septiembre, que vencieron el 30/10:

FT-26/1045 (30/09/2026) - 4.986,20 €
FT-26/1052 (30/09/2026) - 3.112,75 €
Total: 8.098,95 €

Ya os lo reclamamos el día 3 por teléfono. Lo siento, pero si no tenemos el pago antes del viernes 20/11 tendremos que suspender los repartos a vuestros clientes de hostelería a partir del lunes 23, como indica el contrato marco (cláusula 9), hasta que la cuenta esté al día. No nos gustaría hacerlo justo antes de la campaña de Navidad.

Nuestros datos bancarios son los de siempre: CaixaBank, %s.

Si hay algún problema con alguna de las facturas, llámame al 961 32 18 04 y lo vemos.

Un saludo,

Marta Beltrán
Administración
Transportes Hermanos Beltrán S.L.
"""  % iban_fmt(ACC["beltran"])
BUSINESS.append(M(
    id="B-es-beltran", lang="es", slug="transportista-reclamacion-impago-suspension",
    t=utc(2026, 11, 16, 9, 20, 45),
    frm=("Transportes Beltrán - Administración", "administracion@transportesbeltran.es"),
    to=[S["es_acc"].nm()], cc=[S["es_mgr"].nm()],
    subject="Reclamación facturas septiembre - aviso de suspensión de repartos",
    transport=exim_cpanel("cp154.webempresa.eu", "185.166.215.154", "80.30.121.17", zone="+0100"),
    mua="thunderbird", lang_tag="es-ES", hdr_cs="iso-8859-15",
    body=plain(belg_txt, cs="iso-8859-15", cte="8bit"),
    pairs=["A-es-beltran"],
    pair_note="Same carrier and overdue invoices with pressure before Christmas. Genuine: exact domain transportesbeltran.es on the carrier's shared hosting from a Spanish line, payment to the known CaixaBank IBAN, phone call offered; attack: .com look-alike on a foreign VPS, Revolut IBAN, 'confirm by mail'.",
    what="Regional carrier reminds of two overdue invoices and threatens to suspend deliveries from 23 Nov under the framework contract.",
    why="Real carrier domain and hosting, known account, the threat is a contractual supply stop, previous phone reminder referenced, phone number offered – urgent but genuine."))

car_txt = """Hola Javier,

te escribo porque el viernes por la noche tuvimos problemas con el barril de la tostada: salía con muchísima espuma desde que lo pinchamos, y eso que el resto de barriles iban bien con la misma presión. Hemos tirado casi medio barril. El técnico del equipo de frío dice que la instalación está bien, así que creemos que es el barril (lote L26-301).

Lo tengo apartado en la cámara para que se lo lleve el repartidor el martes. ¿Me lo podéis abonar o cambiar?

Y de paso, para la cena de empresa del 18 necesitamos 2 barriles más de la rubia, ¿llegáis?

Gracias!
Pablo
Cervecería El Carmen
C/ Alta 12, Valencia - 644 718 203
"""
BUSINESS.append(M(
    id="B-es-carmen", lang="es", slug="cerveceria-queja-barril-espuma-gmail",
    t=utc(2026, 12, 5, 11, 14, 39),
    frm=("Cervecería El Carmen", "cerveceriaelcarmen.vlc@gmail.com"),
    to=[S["es_mgr"].nm()],
    subject="Barril con mucha espuma + pedido para el 18",
    transport=gmail(host="mail-ed1-f52", ip="209.85.208.52"), mua="gmail",
    body=alt(car_txt, html_gmail(car_txt), cs="UTF-8", cte="base64"),
    what="Beer-bar customer complains about a foaming keg (batch number given) and orders two more kegs, from Gmail.",
    why="Known customer Gmail via Google; product complaint with batch number, return with the next delivery, no links or attachments."))

cest_txt = """Hola a todos:

Como cada año, vamos a enviar una cesta de Navidad a nuestros clientes principales de hostelería y distribución. Klaus ha aprobado el presupuesto (máx. 85 € por cesta, 42 cestas).

- Cada comercial me pasa su lista de clientes antes del jueves 3/12 (plantilla en la carpeta de Ventas ES > Navidad 2026).
- El pedido lo hace Compras al proveedor de siempre (Cestas Levante) con pedido de compra; nada de tarjetas regalo ni compras con tarjeta de empresa.
- El reparto lo hace Transportes Beltrán junto con las rutas de la semana del 14/12; Lucía contabiliza la factura como gasto de representación.

Si alguien recibe una petición "urgente" de comprar regalos o tarjetas fuera de este proceso, aunque parezca venir de dirección, que me llame antes de hacer nada.

Gracias,
Javier

--
%s
""" % sig("es_mgr", role="Director de oficina - Valencia")
BUSINESS.append(M(
    id="B-es-cestas", lang="es", slug="interno-cestas-navidad-clientes",
    t=utc(2026, 11, 30, 10, 5, 12),
    frm=S["es_mgr"].nm(), to=[("Equipo Valencia", "valencia@example.com")], rcpt=S["es_acc"].addr,
    subject="Cestas de Navidad para clientes 2026",
    transport=internal("10.20.60.21"), mua="exchange", internal=True, hdr_cs="windows-1252", lang_tag="es-ES",
    body=alt(cest_txt, html_outlook(cest_txt, lang="ES"), cs="windows-1252", cte="quoted-printable"),
    pairs=["A-es-giftcards"],
    pair_note="Same topic (Christmas gifts for HoReCa customers approved by Klaus). Genuine: internal office manager via mail-int01, gifts ordered by purchasing with a PO, explicitly no gift cards; attack: 'Klaus' on Gmail wants gift-card codes photographed.",
    what="Spanish office manager's internal note on Christmas hampers for key customers: budget approved by the CEO, ordered through purchasing, delivered by the carrier.",
    why="Internal message via mail-int01/EXCH01; normal purchasing process; no external links or payments."))

tur_txt = """Buenos días Javier:

Os adjunto nuestro pedido de compra PC-26-2291 para la campaña de Navidad:

- 180 barriles Example Lager 30 l
- 60 barriles Example Tostada 30 l
- 400 cajas Example Pils 24 x 0,33 l retornable
- 120 cajas 0,0 % 24 x 0,33 l

Entrega en nuestro almacén de Paterna (muelle 3) en dos partidas: 50 % el 9/12 y 50 % el 15/12. Condiciones y precios según el acuerdo anual 2026.

¿Nos confirmáis disponibilidad del 0,0 %? El año pasado se quedó corto.

Un saludo,

Raquel Sanchis
Compras - Distribuciones Turia S.L.
Pol. Ind. Fuente del Jarro, Paterna (Valencia) - Tel. 961 32 55 10
"""
tur_pdf = pdf([[("Distribuciones Turia S.L.", 14, True), "Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)", ("", 0, False),
                ("PEDIDO DE COMPRA PC-26-2291", 12, True), "Fecha: 25/11/2026   Proveedor: Example Group Iberia S.L.", ("", 0, False),
                "180  Barril Example Lager 30 l", "60   Barril Example Tostada 30 l", "400  Caja Example Pils 24x0,33 retornable",
                "120  Caja Example 0,0 24x0,33", ("", 0, False),
                "Entrega: almacén Paterna, muelle 3 - 50 % 09/12/2026, 50 % 15/12/2026",
                "Condiciones: acuerdo anual 2026, pago 60 días fecha factura"]],
              title="PC-26-2291", author="Compras", producer="Microsoft Dynamics 365 Business Central",
              creator="Business Central", created="20261125094512+01'00'")
BUSINESS.append(M(
    id="B-es-turia", lang="es", slug="cliente-distribuidor-pedido-navidad",
    t=utc(2026, 11, 25, 9, 58, 3),
    frm=("Raquel Sanchis", "raquel.sanchis@distribucionesturia.es"),
    to=[S["es_mgr"].nm()],
    subject="Pedido PC-26-2291 campaña Navidad",
    transport=m365("distribucionesturia.es", region="eurprd08", eop_host="mail-db5eur02on2125", ip="40.107.14.125"),
    mua="m365", lang_tag="es-ES", hdr_cs="iso-8859-1",
    body=with_atts(outlook_alt(tur_txt, cs="iso-8859-1", cte="quoted-printable", lang="ES"),
                   [pdf_att(tur_pdf, "PC-26-2291.pdf")]),
    has_attach=True,
    what="HoReCa distributor (customer) sends its Christmas purchase order as PDF, delivery to its own Paterna warehouse.",
    why="Known buyer at the customer's real domain via its Microsoft 365 tenant; delivery to the customer's usual warehouse under the annual agreement; text-only PDF."))
