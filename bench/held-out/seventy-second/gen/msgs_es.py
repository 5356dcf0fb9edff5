"""Spanish messages: 5 attacks, 5 genuine (València office)."""
from kit import *
import checks

B = org.BANK
G = checks.group4
NIF = org.TAX["eg_espana_cif"]


# =============================================================== attacks
def a_aeat_dehu():
    rng = rng_for("a", "es-aeat")
    t = utc("2026-10-28 08:41:26")
    route = R.Exim("cp12.hostweb-levante.es", "5.134.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                   "179.43.%d.%d" % (rng.randrange(128, 190), rng.randrange(1, 250)), user="notificaciones@clinicadental-ruzafa.es")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "clinicadental-ruzafa.es")
    ref = "2026GRC46117832S"
    link = "https://notificaciones-dehu.com/descarga.php?ref=%s&n=%s" % (ref, NIF)
    src = """Estimado/a contribuyente:

Le informamos de que la Agencia Estatal de Administración Tributaria ha puesto a disposición de EXAMPLE GROUP ESPAÑA SL (NIF %s) una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú).

Procedimiento: Requerimiento de información - Modelo 303, tercer trimestre 2026
Referencia: %s

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

Puede descargar el documento en formato PDF desde el siguiente enlace:
[Descargar notificación](%s)

Agencia Tributaria
Este mensaje se ha generado automáticamente. No responda a este correo.
""" % (NIF, ref, link)
    html = S.simple_html(src, "iso-8859-1", "Arial, sans-serif")
    body = S.alt(S.plain(src), html, ua.boundary("alt"), "iso-8859-1", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("Agencia Tributaria", "notificaciones@clinicadental-ruzafa.es"),
         "To": "javier.pena@examplegroup.eu",
         "Subject": hval("Notificación pendiente en la Dirección Electrónica Habilitada única - Ref. %s" % ref, "iso-8859-1")}
    return Mail("attack", "es", "aeat-notificacion-dehu-descarga", t, route, ua, "javier.pena@examplegroup.eu",
                "notificaciones@clinicadental-ruzafa.es", h, body, mid,
                technique="Tax-office lure with malware download link (AEAT / DEHú), compromised small-business hosting",
                what="Fake AEAT notice that a DEHú notification is waiting, with a 'download PDF' link",
                why="Sent through a dental clinic's compromised cPanel mailbox with the display name 'Agencia Tributaria'; the link points to notificaciones-dehu.com "
                    "(a ZIP download, the classic Spanish banking-trojan lure), whereas DEHú notices are read on the official site with a certificate; "
                    "10-day legal deadline as pressure. The adviser explicitly warned about this (business/30).")


def a_gift_cards():
    rng = rng_for("a", "es-gift")
    t = utc("2026-12-10 09:37:02")
    route = R.Google(rng, via_smtp=("smtpclient.apple", "2a0c:5a80:%x:%x::%x" % (rng.randrange(0x1000, 0xffff), rng.randrange(0x100, 0xfff), rng.randrange(1, 0xff))))
    ua = U.AppleMail(rng, iphone=True)
    mid = ua.msgid(t, "gmail.com")
    src = """Hola Carmen,

¿Estás en la oficina? Necesito que me hagas un favor rápido y discreto.

Queremos sorprender a los entrenadores de Valencia mejor valorados por los socios este año (es para la cena de Navidad, así que de momento no lo comentes con nadie). Necesito que compres 10 tarjetas regalo de Amazon de 100 € cada una. Puedes comprarlas en el Carrefour o en cualquier estanco; guarda el ticket y te lo reembolsamos en la nómina.

Cuando las tengas, rasca la parte de atrás y mándame por aquí una foto clara de los códigos, que las tengo que cargar hoy mismo.

Estoy reunido con el consejo y no puedo atender llamadas.

Gracias,
Jürgen Köhler

Enviado desde mi iPhone
"""
    body = M.text(src, "plain", "utf-8", "quoted-printable", quote_charset=False)
    h = {"From": addr("Jürgen Köhler", "jkoehler.direccion@gmail.com", "utf-8"),
         "To": "carmen.nunez@example.com", "Subject": "Favor urgente"}
    return Mail("attack", "es", "tarjetas-regalo-falso-ceo", t, route, ua, "carmen.nunez@example.com", "jkoehler.direccion@gmail.com",
                h, body, mid, date_lag=-8,
                technique="Gift-card scam (CEO impersonation from Gmail)",
                what="'The CEO' asks the Spanish office manager to buy ten 100 EUR Amazon gift cards and send photos of the codes",
                why="CEO's name on a Gmail address; secrecy, 'in a meeting, cannot call', codes by photo today - the classic gift-card BEC; "
                    "the German CEO writing to the Spanish office in Spanish from a private account about staff presents. Real gift cards go through "
                    "purchasing with approval (business/28).")


def a_verifactu():
    rng = rng_for("a", "es-verifactu")
    t = utc("2026-11-17 10:05:49")
    route = R.Brevo(rng)
    ua = U.Plain(rng, order=["Content-Type", "MIME-Version", "From", "To", "Subject", "Reply-To", "Message-Id", "Date", "X-Mailin-EID", "Origin-messageId"],
                 msgid_fn=lambda r, tt: "<%s.%d@smtp-relay.mailin.fr>" % (tt.strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11)),
                 boundary_fn=lambda r, k: "----=_NextPart_%s" % hexid(r, 24),
                 extra=[("X-Mailin-EID", alnum(rng, 40, U.B64) + "%3A" + "javier.pena%40examplegroup.eu"),
                        ("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % hexid(rng, 24))])
    mid = ua.msgid(t, "")
    link = "https://9wq2k.r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (alnum(rng, 40, U.B64), alnum(rng, 16, U.B64))
    blocks = ["Estimado/a obligado/a tributario/a:",
              "A partir del 1 de enero de 2027 los contribuyentes del Impuesto sobre Sociedades deberán utilizar sistemas informáticos de facturación que cumplan el Reglamento aprobado por el Real Decreto 1007/2023 (VERI*FACTU).",
              "Según la información disponible, el sistema de facturación utilizado por **EXAMPLE GROUP ESPAÑA SL (NIF %s)** no consta como adaptado. El incumplimiento puede dar lugar a una sanción de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria)." % NIF,
              "Para evitar la sanción, registre su sistema de facturación e instale el certificado de declaración responsable antes del **15 de diciembre de 2026**."]
    html = S.esp_html("VERI*FACTU - Registro del sistema de facturación", blocks, ("Registrar sistema de facturación", link),
                      "Agencia Estatal de Administración Tributaria\nNo responda a este mensaje.", brand_color="#8b1d2c", logo_text="Agencia Tributaria")
    txt = S.esp_plain("VERI*FACTU - Registro del sistema de facturación", blocks, ("Registrar sistema de facturación", link))
    body = S.alt(txt, html, ua.boundary(), "utf-8", "quoted-printable", "quoted-printable", quote_charset=False)
    h = {"From": addr("AEAT - VERI*FACTU", "verifactu@aeat-verifactu.es"), "To": "javier.pena@examplegroup.eu",
         "Subject": hval("VERI*FACTU: su sistema de facturación no consta como adaptado - plazo 15/12/2026", "utf-8", "Q"),
         "Reply-To": "no-reply@aeat-verifactu.es"}
    env = "bounces-%d-%s@bounces.sendibm1.com" % (rng.randrange(10 ** 6, 10 ** 7), hexid(rng, 12))
    return Mail("attack", "es", "verifactu-registro-phishing", t, route, ua, "javier.pena@examplegroup.eu", env, h, body, mid, zone="UTC", date_lag=-1,
                technique="E-invoicing compliance phishing (VERI*FACTU) via Brevo",
                what="Fake AEAT notice that the invoicing software is not VERI*FACTU-compliant, 'register' via link to avoid a 50,000 EUR fine",
                why="Sender aeat-verifactu.es is not agenciatributaria.gob.es; there is no registration or 'certificate' to install for VERI*FACTU; "
                    "bulk-ESP click redirect; real regulation and real penalty article used as pressure.")


def a_dhl_quishing():
    rng = rng_for("a", "es-dhl")
    t = utc("2026-11-03 11:52:37")
    route = R.Postfix("mail.dhl-despachoaduanero.com", "%d.ip-%s.vultrusercontent.com" % (rng.randrange(100, 200), "45-77-%d-%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                      "45.77.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), host="mail.dhl-despachoaduanero.com",
                      submit_ip="127.0.0.1", submit_helo="localhost", submit_rdns="localhost")
    ua = U.PHPMailer(rng, "6.9.1")
    mid = ua.msgid(t, "dhl-despachoaduanero.com")
    url = "https://dhl-aduanas-pago.com/pay?awb=4471209836&c=" + b64url("carmen.nunez@example.com")
    png = Q.qr_png(url, scale=5)
    cid = "qr%s" % hexid(rng, 12)
    blocks = ["Estimado/a cliente:",
              "Su envío **DHL Express 44 7120 9836** procedente de Alemania (remitente: LIEFERANT GMBH) se encuentra retenido en la aduana de Valencia pendiente del pago de los derechos e impuestos de importación.",
              "Importe pendiente: **34,87 €** (aranceles, IVA de importación y gestión de despacho).",
              "Escanee el código QR con la cámara de su móvil para abonar el importe y programar la entrega:"]
    after = ["Si el pago no se realiza en un plazo de 3 días hábiles, el envío será devuelto al remitente.", "DHL Express Spain, S.L.U."]
    html = S.esp_html("Pago de aranceles pendiente", blocks, None, "Este correo ha sido enviado automáticamente. Por favor, no responda.",
                      brand_color="#d40511", logo_text="DHL Express", img=("cid:" + cid, 180, "Código QR de pago"), after=after)
    txt = "Pago de aranceles pendiente\n\nPara ver este mensaje correctamente active la vista HTML.\n\nDHL Express Spain, S.L.U.\n"
    alt = S.alt(txt, html, ua.boundary("alt"), "utf-8", "quoted-printable", "quoted-printable")
    body = related(alt, [png_att(png, "qr_pago_aranceles.png", cid=cid)], ua.boundary("related"))
    h = {"From": addr("DHL Express", "aduanas@dhl-despachoaduanero.com"), "To": "carmen.nunez@example.com",
         "Subject": hval("Envío 44 7120 9836 retenido en aduana - pago de aranceles pendiente (34,87 €)", "utf-8", "Q")}
    return Mail("attack", "es", "dhl-aduana-aranceles-qr", t, route, ua, "carmen.nunez@example.com", "aduanas@dhl-despachoaduanero.com",
                h, body, mid,
                technique="Quishing (QR code) with customs/courier pretext",
                what="'DHL Express' says a parcel is held in customs and asks to scan a QR code to pay 34.87 EUR",
                why="A shipment from Germany to Spain is intra-EU and owes no customs duties; sender domain on a Vultr VPS, not dhl.com; "
                    "the QR (decodable) leads to a card-harvesting page with the victim's address encoded; no clickable link for scanners.")


def a_lawyer_pagesdev():
    rng = rng_for("a", "es-abogados")
    t = utc("2026-11-26 15:22:10")
    route = R.O365(rng, consumer=True)
    ua = U.OutlookExchange(rng, route.fqdn(), lang="es-ES", online=True, org="sct-15-20-9205-8-msonline-outlook-5e8a2.templateTenant")
    mid = ua.msgid(t, "")
    link = "https://expediente-ortegasalvador.pages.dev/?c=" + b64url("carmen.nunez@example.com")
    src = """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Álvaro Ferrer Mas, socio de su centro deportivo de la Avenida de Aragón, quien el pasado 12 de noviembre sufrió una fractura de muñeca al ceder el anclaje de una máquina de poleas en la sala de musculación.

Por medio del presente les requerimos extrajudicialmente para que, en el plazo de cinco días hábiles, nos comuniquen los datos de su compañía aseguradora de responsabilidad civil y manifiesten su disposición a alcanzar un acuerdo, con carácter previo al ejercicio de las acciones judiciales oportunas.

El expediente completo, con el informe médico, las fotografías de la máquina y la valoración de daños, se encuentra a su disposición en el siguiente enlace seguro:

[Ver expediente 2026/1187](%s)

Atentamente,

Lcdo. Marcos Ortega Salvador
Colegiado n.º 14.872 ICAV
Ortega & Salvador Abogados
""" % link
    body = S.alt(S.plain(src), S.outlook_html(src, "ES", "utf-8"), ua.boundary("alt"), "utf-8", "quoted-printable", "quoted-printable")
    h = {"From": addr("Ortega & Salvador Abogados", "ortegasalvador.abogados@outlook.es"),
         "To": addr("Carmen Núñez", "carmen.nunez@example.com", "utf-8"),
         "Subject": hval("Reclamación extrajudicial - lesiones en su centro de València (D. Álvaro Ferrer Mas)", "utf-8")}
    return Mail("attack", "es", "abogados-reclamacion-enlace-pagesdev", t, route, ua, "carmen.nunez@example.com",
                "ortegasalvador.abogados@outlook.es", h, body, mid, zone="UTC", date_lag=-3,
                technique="Fake lawyer / legal threat with credential-phishing link on abused hosting (Cloudflare Pages)",
                what="'Law firm' claims a member broke his wrist on a cable machine and links to the 'case file'",
                why="A law firm on a free outlook.es mailbox; case file only behind a pages.dev link carrying the recipient's address (Microsoft log-in harvest page); "
                    "5-day ultimatum; no such incident was reported by the studio.")


# =============================================================== genuine
def b_suministros_factura():
    rng = rng_for("b", "es-sdl")
    t = utc("2026-10-22 08:26:33")
    route = R.O365(rng, region="eurprd07")
    ua = U.OutlookExchange(rng, route.fqdn(), lang="es-ES", online=True, org="sdlevante.es")
    mid = ua.msgid(t, "")
    src = """Buenos días, Javier:

Adjuntamos la factura FV26-03318 correspondiente al pedido 4471 (toallas de microfibra, desinfectante para máquinas y esterillas para las salas de Valencia y Castellón).

Importe total: 3.127,40 EUR (IVA incluido). Vencimiento a 30 días (21/11/2026), por transferencia a la cuenta habitual de CaixaBank %s.

Un saludo,

Laura Martínez
Departamento Comercial
Suministros Deportivos Levante S.L.
C/ Ciudad de Sevilla 22, Pol. Fuente del Jarro - 46988 Paterna (Valencia)
CIF %s - Tel. 961 342 880
""" % (G(B["sdlevante"][2]), org.TAX["sdlevante_cif"])
    fv = ["##Suministros Deportivos Levante S.L.", "C/ Ciudad de Sevilla 22 - 46988 Paterna - CIF %s" % org.TAX["sdlevante_cif"], "",
          "**FACTURA FV26-03318 - 22/10/2026", "Cliente: Example Group España S.L. - CIF %s" % NIF, "Pedido: 4471", "",
          "200 toallas microfibra 40x80 logo                      1.180,00", "60 l desinfectante superficies máquinas              642,00",
          "40 esterillas entrenamiento 10 mm                        762,63",
          "Base imponible 2.584,63 - IVA 21% 542,77 - **Total 3.127,40 EUR**", "",
          "Forma de pago: transferencia 30 días - CaixaBank %s" % G(B["sdlevante"][2])]
    atts = [pdf_att([fv], "FV26-03318.pdf", title="Factura FV26-03318", author="SDL", producer="a3ERP", creator="a3ERP",
                    created="D:20261022101500+02'00'")]
    body = mixed(S.outlook_alt(src, ua.boundary("alt"), "iso-8859-1", "quoted-printable", "ES"), atts, ua.boundary("mixed"))
    h = {"From": addr("Laura Martínez", "laura.martinez@sdlevante.es", "iso-8859-1"),
         "To": addr("Javier Peña", "javier.pena@examplegroup.eu", "iso-8859-1"),
         "Cc": "facturacion@sdlevante.es",
         "Subject": "Factura FV26-03318 - pedido 4471"}
    return Mail("business", "es", "suministros-factura-pedido", t, route, ua, "javier.pena@examplegroup.eu",
                "laura.martinez@sdlevante.es", h, body, mid, zone="UTC", date_lag=-3,
                what="Consumables supplier sends its invoice for an order",
                why="Known supplier on its own Microsoft 365 tenant, matches an order, the usual CaixaBank account, normal terms.")


def b_gift_cards_internal():
    t = utc("2026-12-11 11:14:56")
    src = """Hola Javier:

Te paso la factura de las tarjetas regalo para el sorteo de Navidad entre los socios (campaña «Entrena en diciembre»): 20 tarjetas de El Corte Inglés de 50 € cada una, compradas a través de Compras con el pedido PO-ES-2026-0418, aprobado por Giulia y por Sabine el 4/12.

Las tarjetas están en la caja fuerte de la oficina; las entregaremos en recepción el 22/12 y cada ganador firmará el acta de entrega. Por favor, contabilízalas como gasto de marketing (cuenta 627).

Gracias,
Carmen

Carmen Núñez
Office Manager España
Example Group España S.L. · Avinguda d'Aragó 30 · 46021 València
"""
    inv = ["##El Corte Inglés, S.A. - Empresas", "Factura simplificada / tarjetas regalo", "",
           "Cliente: Example Group España S.L. - CIF %s" % NIF, "Pedido cliente: PO-ES-2026-0418", "",
           "20 x Tarjeta Regalo 50,00 EUR                         1.000,00 EUR", "Operación no sujeta a IVA (art. 7.16 LIVA - bonos polivalentes)",
           "**Total 1.000,00 EUR** - pagado con tarjeta de empresa *4471"]
    atts = [pdf_att([inv], "Factura_tarjetas_regalo_PO-ES-2026-0418.pdf", title="Factura", producer="SAP", creator="SAP",
                    created="D:20261209121800+01'00'")]
    return internal("es", "tarjetas-regalo-sorteo-socios", t, "carmen.nunez", staff("javier.pena", "windows-1252"),
                    "Tarjetas regalo sorteo socios diciembre - factura PO-ES-2026-0418", src, charset="windows-1252", lang_tag="es-ES",
                    html_lang="ES", client_ip="10.50.1.17", atts=atts, pair="attack/28",
                    what="Office manager passes the invoice for 20 approved gift cards for a member raffle to accounting",
                    why="Internal mail via Exchange and mail-int01; purchase order, two named approvers, cards kept in the safe, handed over against signature. "
                        "Gift-card topic - hard negative of attack/28.")


def b_transportes_reminder():
    rng = rng_for("b", "es-gil")
    t = utc("2026-12-09 09:03:17")
    route = R.Postfix("mail.transportesgil.es", "mail.transportesgil.es", "212.170.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      host="mail.transportesgil.es", submit_ip="80.28.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                      sasl="administracion@transportesgil.es", amavis=True)
    ua = U.Roundcube(rng, "1.6.7")
    mid = ua.msgid(t, "transportesgil.es")
    src = """Buenos días:

Les recordamos que a fecha de hoy constan pendientes de pago las siguientes facturas:

- F-2026/0917 de 30/09/2026 - 1.815,00 €
- F-2026/1022 de 31/10/2026 - 2.238,50 €

Total vencido: 4.053,50 €

Ya les enviamos un primer aviso el 20/11. Si el importe no se abona antes del 15/12, nos veremos obligados a suspender los servicios de transporte a partir de esa fecha, incluida la entrega de las cintas de correr prevista para el 18/12 en Castellón.

Pueden realizar el pago en la cuenta de siempre (BBVA %s). Si ya han realizado el pago, por favor ignoren este aviso y envíennos el justificante.

Atentamente,

Rafael Gil
Transportes Hermanos Gil S.L. - Administración
Tel. 962 660 415
""" % G(B["gil"][2])
    body = M.text(src, "plain", "UTF-8", "quoted-printable", flowed=True, quote_charset=False)
    h = {"From": addr("Transportes Hermanos Gil - Administración", "administracion@transportesgil.es", "UTF-8"),
         "To": addr("Javier Peña", "javier.pena@examplegroup.eu", "UTF-8"),
         "Cc": addr("Carmen Núñez", "carmen.nunez@example.com", "UTF-8"),
         "Subject": hval("Aviso de impago - facturas vencidas - suspensión del servicio a partir del 15/12", "UTF-8"),
         "_sender": "administracion@transportesgil.es"}
    return Mail("business", "es", "transportes-aviso-impago-suspension", t, route, ua, "javier.pena@examplegroup.eu",
                "administracion@transportesgil.es", h, body, mid, date_lag=-5, pair="attack/30",
                what="Carrier's second payment reminder threatening to suspend transport services",
                why="Known carrier on its own server (Roundcube), real overdue invoices, the long-standing BBVA account, asks for a remittance slip if already paid. "
                    "Urgent transport/payment topic - hard negative of attack/30.")


def b_gestoria_303():
    rng = rng_for("b", "es-gestoria")
    t = utc("2026-10-21 14:49:02")
    route = R.Google(rng)
    ua = U.Gmail(rng)
    mid = ua.msgid(t)
    src = """Hola Javier:

Te adjunto el justificante de presentación del modelo 303 del tercer trimestre (resultado a ingresar: 14.862,35 €, domiciliado en la cuenta de la empresa con cargo el 20/10).

Por otro lado, la notificación que nos llegó por DEHú el día 6 (requerimiento de facturas de proveedores del 2T) ya la hemos contestado a través de la sede electrónica con la documentación que nos enviaste. Te aviso si Hacienda pide algo más.

Recuerda que las notificaciones de la AEAT solo se abren en la sede electrónica o en DEHú con certificado: si te llega algún correo con un enlace para "descargar la notificación", no lo abras y reenvíamelo.

Un abrazo,

--
Pilar Sanchis
Gestoría Albufera
C/ Pintor Sorolla 14, 3.º - 46002 València
Tel. 963 512 774
"""
    jus = ["##Agencia Tributaria - Justificante de presentación", "Modelo 303 - IVA. Autoliquidación - Ejercicio 2026 - Período 3T", "",
           "NIF: %s   Razón social: EXAMPLE GROUP ESPAÑA SL" % NIF,
           "Número de justificante: 3032607451183   Presentado: 19/10/2026 12:41:07",
           "Presentador: Gestoría Albufera (colaborador social)", "",
           "Resultado: a ingresar 14.862,35 EUR - domiciliación bancaria, cargo 20/10/2026",
           "Código Seguro de Verificación: 7GQ2LX9KWM4PDR6T"]
    atts = [pdf_att([jus], "Justificante_303_3T_2026.pdf", title="Justificante 303", producer="AEAT", creator="AEAT",
                    created="D:20261019124107+02'00'")]
    body = mixed(S.gmail_alt(src, ua.boundary()), atts, ua.boundary())
    h = {"From": addr("Pilar Sanchis", "pilar@gestoria-albufera.es"), "To": addr("Javier Peña", "javier.pena@examplegroup.eu", "UTF-8"),
         "Subject": hval("Modelo 303 3T presentado + notificación DEHú atendida", "UTF-8")}
    return Mail("business", "es", "gestoria-modelo-303-justificante", t, route, ua, "javier.pena@examplegroup.eu",
                "pilar@gestoria-albufera.es", h, body, mid, date_lag=-5, pair="attack/27, attack/29",
                what="The tax adviser sends the VAT return receipt and reports a DEHú notice already answered",
                why="Known adviser on Google Workspace; PDF receipt, no links; even warns not to open e-mailed 'download the notification' links. "
                    "AEAT/DEHú topic - hard negative of attack/27 and /29.")


def b_private_laptop_es():
    rng = rng_for("b", "es-laptop")
    t = utc("2026-11-19 07:44:28")
    route = R.Google(rng, via_smtp=("smtpclient.apple", "83.45.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))))
    ua = U.AppleMail(rng, iphone=True)
    mid = ua.msgid(t, "gmail.com")
    src = """Hola Carmen:

Te escribo desde mi correo personal porque el portátil de la empresa se ha quedado en pantalla azul al actualizar y no arranca. Ya he llamado al helpdesk de Colonia (ticket INC-26-8841) y me dicen que Lukas me manda uno de sustitución por mensajería.

Hoy trabajo desde casa con el móvil; lo urgente, al teléfono de siempre. Los pagos de esta semana ya están programados en el banco desde el lunes.

Javier

Enviado desde mi iPhone
"""
    body = M.text(src, "plain", "utf-8", "quoted-printable", quote_charset=False)
    h = {"From": addr("Javier Peña", "javipena.vlc@gmail.com", "utf-8"),
         "To": addr("Carmen Núñez", "carmen.nunez@example.com", "utf-8"),
         "Cc": addr("Lukas Weber", "lukas.weber@example.com"),
         "Subject": hval("Portátil averiado - hoy trabajo desde casa", "utf-8")}
    return Mail("business", "es", "correo-personal-portatil-averiado", t, route, ua, "carmen.nunez@example.com", "javipena.vlc@gmail.com",
                h, body, mid, date_lag=-6, pair="attack/28",
                what="The Spanish accountant reports from his private Gmail that his laptop is broken",
                why="Known private address, iPhone via smtp.gmail.com from a Spanish residential line, helpdesk ticket number, no request. "
                    "Gmail + iPhone + staff name like attack/28 but genuine.")


ATTACKS = [a_aeat_dehu, a_gift_cards, a_verifactu, a_dhl_quishing, a_lawyer_pagesdev]
BUSINESS = [b_suministros_factura, b_gift_cards_internal, b_transportes_reminder, b_gestoria_303, b_private_laptop_es]
