"""Genuine business messages 27-31 (Spanish)."""

from dsl import *  # noqa: F401,F403

M = A("business")

# ---------------------------------------------------------------- 27 tax advisor: genuine AEAT requerimiento handled via DEHú
_pdf27 = pdf.make_pdf([
    "# AGENCIA TRIBUTARIA", "Delegacion Especial del Pais Vasco - Gestion Tributaria", "---",
    "NOTIFICACION", "Obligado tributario: EXAMPLE GROUP IBERICA SL   NIF: " + VAT["example_es"],
    "Referencia: 2026GRC41933K         Concepto: IVA - Modelo 303 - 3T 2026", "",
    "# Requerimiento de informacion", "",
    "Se le requiere para que aporte, en el plazo de 10 dias habiles, la siguiente documentacion:",
    "- Libro registro de facturas recibidas del periodo (julio-septiembre 2026).",
    "- Facturas de adquisiciones intracomunitarias con importe superior a 30.000 euros.", "",
    "La documentacion se aportara a traves del registro electronico de la Sede electronica",
    "de la Agencia Tributaria (sede.agenciatributaria.gob.es).", "---",
    "Codigo Seguro de Verificacion (CSV): ABCD7F2K9QXH4M1T"],
    title="Requerimiento 2026GRC41933K", author="AEAT", creator="AEAT", producer="iText 5.5.13.3 (AEAT)",
    created="D:20261028101533+01'00'")
_body27 = dedent("""
    Hola Lucía:

    Ayer nos llegó a la DEHú, como apoderados vuestros, un requerimiento de la Agencia Tributaria sobre el modelo 303 del tercer trimestre (ref. 2026GRC41933K). Te lo adjunto en PDF; puedes comprobarlo con el CSV en la sede de la AEAT.

    Es un requerimiento rutinario: piden el libro de facturas recibidas de julio a septiembre y las facturas intracomunitarias de más de 30.000 € (básicamente las de Hagen y las de Leghe Lombarde). Tenemos 10 días hábiles.

    Si me pasas esas facturas en PDF antes del viernes, lo presentamos nosotros por registro electrónico y te mando el justificante.

    Un abrazo,

    Mikel Goikoetxea
    Asesoría Goikoetxea
    Gran Vía 45, 4º · 48011 Bilbao
    Tel. 944 23 87 10
    """)
M(27, "es", "asesoria-requerimiento-aeat-genuino",
  CORR["goiko"], STAFF["es_acc"],
  "Requerimiento AEAT modelo 303 3T - os lo gestionamos nosotros", "2026-10-29 12:18:45",
  P(infra.gmail, workspace=True),
  mixed(alt(text(_body27, "UTF-8", "quoted-printable", quote_charset=False),
            html(html_gmail(_body27), "UTF-8", "quoted-printable", quote_charset=False)),
        attach(_pdf27, "application/pdf", "Requerimiento_2026GRC41933K.pdf")),
  hcs="UTF-8", henc="Q",
  what="The office's tax advisor forwards a real AEAT information request (downloaded from DEHú as representative) and asks for invoices",
  why="Known advisor on his Google Workspace domain; the notification was collected by the advisor in DEHú, the PDF carries a CSV verifiable on the AEAT site, no login link, the advisor files the answer himself",
  pair=([27], "AEAT / DEHú requirement about Modelo 303", "comes from the known tax advisor, no link to log in, verifiable CSV, advisor handles the filing"))

# ---------------------------------------------------------------- 28 customer purchase order (M365)
_pdf28 = pdf.make_pdf([
    "# Componentes Automocion Norte S.L.", "Pol. Ind. Jundiz, c/ Lermandabide 14, 01015 Vitoria-Gasteiz", "---",
    "# PEDIDO DE COMPRA 4500231187", "Proveedor: Example Group Iberica S.L. (Bilbao) - N. proveedor 700882",
    "Fecha: 12.11.2026        Condiciones: 60 dias fecha factura, DAP Vitoria (Incoterms 2020)", "---",
    "Pos  Material          Descripcion                          Cant.    Precio     Importe",
    "10   CAN-BC-2207       Pinza de freno EN-GJS-500-7, mec.     4.000    11,84 EUR  47.360,00",
    "20   CAN-KN-1140       Mangueta delantera AlSi7Mg T6         2.500    16,20 EUR  40.500,00", "---",
    "Total neto                                                              87.860,00 EUR",
    "Entregas segun plan de llamadas (EDI VDA 4905). PPAP nivel 3 aprobado 08/2026."],
    title="PO 4500231187", author="SAP", creator="SAP NetWeaver", producer="SAP NetWeaver 7.50",
    created="D:20261112081204+01'00'")
_body28 = dedent("""
    Buenos días Iñaki:

    Os adjunto el pedido 4500231187 para el primer semestre de 2027 (pinzas CAN-BC-2207 y manguetas CAN-KN-1140), con los precios que cerramos en la reunión del 5 de noviembre. Las llamadas de entrega os llegarán como siempre por EDI.

    Por favor, confirmadme el pedido firmado antes del 20/11.

    Un saludo,

    Javier Ortega
    Compras – Componentes Automoción Norte S.L.
    Tel. 945 29 11 40
    """)
M(28, "es", "cliente-pedido-compra",
  CORR["can"], STAFF["es_mgr"],
  "Pedido 4500231187 - 1er semestre 2027", "2026-11-12 08:20:44",
  P(infra.exo, region="eurprd02", lang="es-ES", has_attach=True),
  mixed(alt(text(_body28, "windows-1252", "quoted-printable"),
            html(html_outlook(_body28, "ES", charset="windows-1252"), "windows-1252", "quoted-printable")),
        attach(_pdf28, "application/pdf", "Pedido_4500231187.pdf")),
  hcs="windows-1252", henc="Q",
  what="Customer's buyer sends a purchase order for the first half of 2027 as PDF",
  why="Same customer contact and Microsoft 365 tenant as always, sent during office hours with concrete part numbers and prices from a meeting, plain SAP PDF attached",
  pair=([31, 30], "documents from the CAN buyer Javier Ortega", "direct mail from his own mailbox during office hours, real PO as PDF attachment, no share/QR/login"))

# ---------------------------------------------------------------- 29 carrier invoice (dinahosting, Outlook)
_urd = iban_fmt(BANK["urdaneta"])
_pdf29 = pdf.make_pdf([
    "# TRANSPORTES URDANETA S.L.", "Pol. Ind. Arriandi, pab. 7 - 48215 Iurreta (Bizkaia) - CIF " + VAT["urdaneta"], "---",
    "Cliente: EXAMPLE GROUP IBERICA S.L. - CIF " + VAT["example_es"], "", "# FACTURA F-2026/1187 - 30/11/2026", "---",
    "Fecha    Servicio                                     Importe",
    "04/11    Bilbao - Vitoria (CAN), completo             640,00",
    "11/11    Bilbao - Vitoria (CAN), completo             640,00",
    "18/11    Bilbao - Vitoria (CAN), completo             640,00",
    "25/11    Bilbao - Vitoria (CAN), grupaje              410,00", "---",
    "Base imponible 2.330,00   IVA 21% 489,30   TOTAL 2.819,30 EUR", "",
    "Forma de pago: transferencia a 60 dias", "Kutxabank - IBAN " + _urd],
    title="F-2026/1187", author="Urdaneta", creator="a3ERP", producer="a3ERP", created="D:20261130171004+01'00'")
_body29 = dedent("""
    Buenas tardes:

    Adjuntamos la factura F-2026/1187 correspondiente a los servicios de noviembre.

    Importe total: 2.819,30 €
    Vencimiento: 29/01/2027
    Forma de pago: transferencia a nuestra cuenta habitual de Kutxabank.

    Un saludo,

    Administración
    Transportes Urdaneta S.L.
    Tel. 946 81 22 05
    """)
M(29, "es", "transportista-factura-noviembre",
  CORR["urdaneta"], STAFF["es_acc"],
  "Factura F-2026/1187 - Transportes Urdaneta", "2026-11-30 17:14:31",
  P(infra.hosted, provider="dinahosting", client_ip="85.84.213.61", pcname="[192.168.1.20]", lang="es"),
  mixed(alt(text(_body29, "iso-8859-15", "quoted-printable"),
            html(html_outlook(_body29, "ES", charset="iso-8859-15"), "iso-8859-15", "quoted-printable")),
        attach(_pdf29, "application/pdf", "F-2026-1187.pdf")),
  hcs="iso-8859-15", henc="Q",
  what="Haulier's administration sends November's invoice, payment to the usual Kutxabank account",
  why="Real domain transportes-urdaneta.es via its usual hosting (Dinahosting) and office IP, routine invoice, unchanged bank",
  pair=([29], "Transportes Urdaneta billing e-mail", "real .es domain and infrastructure, usual Kutxabank account, no change request"))

# ---------------------------------------------------------------- 30 internal notice: holiday + payment-change rule
_body30 = dedent("""
    Hola a todos:

    Os recuerdo que el lunes 7 de diciembre la oficina de Bilbao estará cerrada (puente de la Inmaculada); el almacén trabaja con turno reducido.

    Aprovecho para recordar una norma que ha vuelto a ser importante: estas semanas estamos recibiendo correos que imitan a proveedores y transportistas (incluso a Urdaneta, desde un dominio .com) pidiendo cambiar la cuenta bancaria, y también mensajes que se hacen pasar por Matthias pidiendo transferencias urgentes y confidenciales.

    - Ningún cambio de cuenta bancaria se da de alta sin llamar al proveedor al teléfono que ya tenemos en el maestro.
    - Ninguna transferencia se hace sin la doble firma en el banco, aunque el correo parezca venir de dirección.
    - Si tenéis dudas, reenviad el correo a Lukas Hoffmann (seguridad IT) en Hagen.

    Gracias y buen puente,

    Iñaki Etxeberria
    Example Group Ibérica S.L.
    """)
M(30, "es", "aviso-interno-puente-y-pagos",
  STAFF["es_mgr"], ("Oficina Bilbao", "oficina-bilbao@example.com"),
  "Cierre 7/12 y recordatorio sobre cambios de cuenta bancaria", "2026-12-01 09:05:12",
  P(infra.internal, topic="Cierre 7/12 y recordatorio sobre cambios de cuenta bancaria", lang="es-ES", client_ip="10.40.1.23"),
  alt(text(_body30, "iso-8859-1", "quoted-printable"),
      html(html_outlook(_body30, "ES", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
  hcs="iso-8859-1", henc="Q",
  what="Spanish office manager's internal notice: office closed on 7 December, reminder of the rules on bank-detail changes and CEO payment requests",
  why="Internal mail from the real office manager via Exchange and mail-int01 to the office distribution list; warns about the very attack patterns, asks for nothing",
  pair=([28, 29], "bank-detail changes and urgent CEO transfers", "internal relay; it warns against these requests instead of making one"))

# ---------------------------------------------------------------- 31 accountant from private Hotmail: sick leave
_body31 = dedent("""
    Hola Iñaki:

    Te escribo desde mi correo personal porque no tengo el portátil en casa. Estoy con gripe y el médico de cabecera me ha dado la baja hasta el jueves; la empresa recibirá la comunicación por el sistema de la Seguridad Social, no hace falta que os mande nada.

    Los pagos de esta semana ya los dejé preparados en el banco el viernes, solo falta tu segunda firma. Si surge algo urgente, llámame al móvil.

    Un saludo,
    Lucía
    """)
M(31, "es", "baja-medica-correo-personal",
  PRIVATE["es_acc"], STAFF["es_mgr"],
  "Baja hasta el jueves", "2026-11-23 08:02:36",
  P(infra.outlook_com),
  alt(text(_body31, "iso-8859-1", "quoted-printable"),
      html(html_outlook(_body31, "ES", font="Aptos", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
  hcs="iso-8859-1", henc="Q",
  what="The Spanish accountant tells her manager from her private Hotmail address that she is on sick leave until Thursday",
  why="Private address of the real colleague, information only (sick leave goes through Social Security), refers to the normal double-signature process, offers phone contact",
  pair=([28], "Outlook.com consumer mailbox writing to the Spanish office manager", "a colleague's sick note; no payment request, no secrecy"))
