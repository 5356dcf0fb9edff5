"""Spanish business messages (27-31)."""
from common import *  # noqa: F401,F403


def b27():
    t = util.local("CET", 2026, 10, 20, 13, 10, 27)
    body = D("""
        Hola Andrés:

        Te adjunto el justificante de presentación del modelo 303 del tercer trimestre de 2026. Resultado a ingresar: 27.418,62 EUR, domiciliado en vuestra cuenta de CaixaBank; el cargo se hará hoy mismo.

        Por otro lado, esta mañana ha llegado a la DEHú una notificación de la AEAT para la sociedad: es un requerimiento de información sobre el modelo 347 de 2025 (operaciones con terceros), nada grave. Ya la hemos abierto nosotros con nuestro certificado de apoderados y os la adjuntamos en PDF. Hay 10 días hábiles para contestar; preparamos nosotros la respuesta y te pedimos los datos que falten.

        Os recuerdo que si os llega por correo algún "aviso de notificación" con un enlace para entrar con Cl@ve o certificado, no lo abráis: nosotros entramos directamente en la sede de la Agencia.

        Un saludo,

        Marta Puig
        Assessoria Fiscal Puig
        Carrer de Sueca 41, 46006 València
        Tel. 963 52 17 40
        """)
    just = D("""
        # Agencia Tributaria - Justificante de presentación
        Modelo 303 - IVA. Autoliquidación
        Ejercicio: 2026     Periodo: 3T

        NIF declarante: %s     Razón social: EXAMPLE GROUP IBERIA SL
        Presentador: ASSESSORIA FISCAL PUIG SL (colaborador social)
        Fecha y hora de presentación: 20-10-2026 12:58:41
        Número de justificante: 3036029817744
        Código Seguro de Verificación: 7XKQ2M4ZP9L3H8DA

        Resultado de la autoliquidación: 27.418,62
        Forma de pago: domiciliación bancaria - ES** **** **** **** **** 1842
        """) % VAT["eg_es"]
    return Msg("27-es-gestoria-modelo-303-dehu", "business",
               ("Marta Puig", "marta@assessoriapuig.es"), [S("ibanez")],
               "Modelo 303 3T 2026 presentado - justificante y notificación DEHú",
               ("CET", 2026, 10, 20, 13, 10, 27),
               ("postfix", dict(host="mail.assessoriapuig.es", ip="88.99.132.45", rdns="mail.assessoriapuig.es",
                                client=("[192.168.1.33]", "80.28.214.9.static.user.ono.com", "80.28.214.9"), mua="thunderbird")),
               mixed(text(body, "iso-8859-15", "8bit"),
                     pdf_att(just, "Justificante_303_3T2026.pdf", title="Justificante 303", creator="AEAT",
                             producer="iText 5.5.13", t=t)),
               name_cs="iso-8859-15", name_enc="Q",
               what="The Spanish tax advisor sends the filed VAT return receipt and mentions a real DEHú notification she has already handled.",
               why="Genuine: the advisor's own domain and office line, expected quarterly filing, payment by direct debit; no link to log in – explicitly warns against e-mailed notification links.",
               pairs=[("27-es-aeat-aviso-notificacion-dehu.eml", "AEAT/DEHú notification topic; genuine mail comes from the known advisor and contains no login link")])


def b28():
    t = util.local("CET", 2026, 11, 9, 12, 30, 8)
    body = D("""
        Buenos días, Andrés:

        Adjunto la factura 2026-0412 correspondiente al pedido EGI-PO-2026-0388 (40 guitarras clásicas modelo Valencia C-40, tapa maciza de cedro), que salieron ayer de nuestro taller con Transportes Llopis.

        Importe total: 5.711,20 EUR (IVA incluido). Vencimiento a 60 días, por transferencia a la cuenta de siempre en CaixaBank.

        Begoña, te copio porque me preguntaste por las fundas: llegan la semana que viene en un envío aparte, sin cargo adicional.

        Saludos cordiales,

        Vicente Soler
        Guitarras Hermanos Soler S.L.
        Camí de la Mar 12, 46120 Alboraia (València)
        Tel. 961 85 03 27
        """)
    inv = D("""
        # Guitarras Hermanos Soler S.L.
        Camí de la Mar 12 - 46120 Alboraia (València) - CIF %s

        Cliente: Example Group Iberia S.L. - Carrer de Colón 22, 46004 València - CIF %s

        ## FACTURA 2026-0412          Fecha: 06/11/2026          Su pedido: EGI-PO-2026-0388

        Cant.  Descripción                                              Precio unit.       Importe
        40     Guitarra clásica Valencia C-40, tapa maciza de cedro         118,00       4.720,00

        Base imponible                                                                  4.720,00
        IVA 21%%                                                                           991,20
        ## TOTAL FACTURA                                                           EUR   5.711,20

        Forma de pago: transferencia a 60 días - CaixaBank - IBAN %s
        """) % (VAT["soler"], VAT["eg_es"], fi(BANK["soler"]))
    return Msg("28-es-guitarras-soler-factura", "business",
               C("soler"), [S("ibanez")],
               "Factura 2026-0412 - pedido 40 guitarras clásicas C-40",
               ("CET", 2026, 11, 9, 12, 30, 8),
               ("postfix", dict(host="mail.guitarrassoler.es", ip="37.152.88.21", rdns="mail.guitarrassoler.es",
                                client=("[192.168.0.20]", "17.red-83-61-142.dynamicip.rima-tde.net", "83.61.142.17"),
                                mua="thunderbird")),
               mixed(text(body, "iso-8859-1", "quoted-printable"),
                     pdf_att(inv, "Factura_2026-0412.pdf", title="Factura 2026-0412", author="Guitarras Hermanos Soler",
                             creator="ContaPlus", producer="PDFCreator 5.2", t=t)),
               cc=[S("martinez")], name_cs="iso-8859-1", name_enc="Q",
               what="Guitar supplier's invoice for 40 classical guitars with PDF.",
               why="Genuine: supplier's own domain and server, matches the purchase order and shipment, payment to the usual account.")


def b29():
    t = util.local("CET", 2026, 11, 17, 10, 45, 19)
    body = D("""
        Hola Begoña:

        Tal como hablamos por teléfono, os enviamos el pedido en firme para el segundo trimestre:

        - 12 violines 1/2 con estuche y arco (modelo de estudio)
        - 8 violines 3/4 con estuche y arco
        - 6 guitarras clásicas 7/8
        - 20 atriles plegables

        Adjuntamos la orden de compra en PDF firmada por la dirección. Nos vendría muy bien recibirlo antes del 11 de diciembre para la audición de Navidad. Facturación a la escuela como siempre, pago por transferencia a 30 días.

        Muchas gracias,

        Lucía Herrero
        Secretaría - Escuela de Música Allegro
        Calle de Fuencarral 118, 28010 Madrid
        Tel. 914 47 30 62
        """)
    po = D("""
        # Escuela de Música Allegro
        Calle de Fuencarral 118 - 28010 Madrid - CIF %s

        ## ORDEN DE COMPRA OC-2026-031           Fecha: 17/11/2026
        Proveedor: Example Group Iberia S.L. - CIF %s

        Cant.   Artículo                                               Precio unit.     Importe
        12      Violín de estudio 1/2 con estuche y arco                   189,00       2.268,00
        8       Violín de estudio 3/4 con estuche y arco                   199,00       1.592,00
        6       Guitarra clásica 7/8                                       139,00         834,00
        20      Atril plegable                                              14,50         290,00

        Total (IVA no incluido)                                                          4.984,00 EUR
        Entrega: antes del 11/12/2026 en la escuela. Pago: transferencia a 30 días.

        Firmado: Dirección - Escuela de Música Allegro
        """) % (VAT["allegro"], VAT["eg_es"])
    return Msg("29-es-escuela-allegro-pedido", "business",
               ("Escuela de Música Allegro", "secretaria@escuelaallegro.es"), [S("martinez")],
               "Pedido 2º trimestre - violines y guitarras (OC-2026-031)",
               ("CET", 2026, 11, 17, 10, 45, 19), ("gmail", {}),
               mixed(alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
                     pdf_att(po, "OC-2026-031_Allegro.pdf", title="Orden de compra OC-2026-031", creator="Google Docs",
                             producer="Skia/PDF m131 Google Docs Renderer", t=t)),
               name_cs="utf-8", name_enc="Q",
               what="A Madrid music school (Google Workspace) sends a firm order with a PDF purchase order.",
               why="Genuine: known customer's own domain on Google Workspace, follows a phone call, PDF attached, ordinary payment terms.",
               pairs=[("31-es-academia-pedido-onedrive.eml", "order from a music school; genuine one attaches the PO as PDF instead of linking to a fake OneDrive page")])


def b30():
    body = D("""
        Buenos días, Sr. Ibáñez:

        Le escribimos en relación con las siguientes facturas, vencidas y pendientes de pago:

        Factura TL-26/2871 de 30/09/2026 - vencimiento 30/10/2026 - 1.642,30 EUR
        Factura TL-26/3104 de 15/10/2026 - vencimiento 14/11/2026 - 2.118,75 EUR
        Total pendiente: 3.761,05 EUR

        Le rogamos que regularice el importe antes del 11/12/2026. Lamentamos comunicarle que, de no recibir el pago, nos veremos obligados a suspender el servicio de recogidas a partir del 14/12/2026, lo que afectaría a las rutas de Navidad ya programadas.

        El pago puede realizarse en la cuenta habitual de BBVA (%s). Si ya ha efectuado el pago, le rogamos que nos envíe el justificante y disculpe las molestias.

        Atentamente,

        Departamento de Administración
        Transportes Llopis S.L.
        Polígono Fuente del Jarro, C/ Ciudad de Sevilla 34, 46988 Paterna
        Tel. 961 32 45 80
        """) % fi(BANK["llopis"])
    return Msg("30-es-transportes-llopis-reclamacion", "business",
               ("Transportes Llopis - Administración", "trafico@transportesllopis.es"), [S("ibanez")],
               "Reclamación de facturas vencidas - aviso de suspensión de servicio",
               ("CET", 2026, 12, 3, 8, 55, 43),
               ("postfix", dict(host="mail.transportesllopis.es", ip="212.64.171.18", rdns="mail.transportesllopis.es",
                                client=("ADMIN-02", "static-212-64-171-30.transportesllopis.es", "212.64.171.30"), mua="outlook",
                                extra=[("Importance", "high")])),
               alt(text(body, "windows-1252", "base64"), html(html_outlook(body, "windows-1252", "ES"), "windows-1252", "base64")),
               name_cs="windows-1252", name_enc="Q",
               what="Spanish carrier's formal reminder of two overdue invoices, threatening to suspend pick-ups.",
               why="Genuine: carrier's own domain and office server, real invoice numbers, payment to the usual BBVA account; pressure is commercial, not a change of payee.")


def b31():
    body = D("""
        Hola Begoña:

        Te escribo desde mi correo personal porque ayer por la tarde se me cayó el portátil del trabajo en casa y la pantalla se ha roto; no se ve nada. El equipo parece que arranca (se encienden las luces), pero no puedo trabajar con él.

        Hoy vengo a la oficina a las 9:30 y lo traigo. ¿Puedes avisar a Thomas en Erlangen para ver si hay un portátil de sustitución? Mientras tanto puedo usar el ordenador de la tienda para el cierre de noviembre.

        Perdona el lío.

        Andrés
        """)
    return Msg("31-es-portatil-roto-correo-personal", "business",
               ("Andrés Ibáñez", "andres.ibanez.vlc@gmail.com"), [S("martinez")],
               "Se me ha roto el portátil", ("CET", 2026, 11, 2, 7, 58, 9), ("gmail", {}),
               alt(text(body, "utf-8", "quoted-printable"), html(html_gmail(body), "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="The Spanish accountant writes from his private Gmail that his work laptop's screen broke.",
               why="Genuine: ordinary private Gmail message to his manager, brings the device to the office, asks for a replacement through IT; no link, attachment or payment request.",
               pairs=[("20-it-gift-card-responsabile.eml", "colleague writing from a private Gmail address; genuine one requests nothing financial")])


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
