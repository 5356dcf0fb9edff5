"""Spanish messages: attacks 27-31, business 27-31."""
import attach
import ids
import infra
import qr
from common import Mail, plain, alt, mixed, att, outlook_html, gmail_html, simple_html, brand_html, esc, quote_lines
from company import S, BANK, VAT
from util import utc, rng, uuid4, alnum, hexid, rfcdate, local

LANG = "es"


def zoho(r, t):
    rt = infra.Route()
    n = r.randrange(10, 30)
    host = "sender4-op-o%d.zoho.eu" % n
    rt.received = ["by mx.zoho.eu with SMTP id %d%d;\n\t%s" % (int(t.timestamp()) * 1000, r.randrange(100, 999), infra.rfcdate(t, "ES", comment=True))]
    rt.client = (host, host, "185.20.211.%d" % n)
    rt.tls = infra.TLS12
    rt.mx_t = infra.plus(t, 2)
    rt.date = infra.rfcdate(t, "ES")
    rt.msgid = "<%s.%s.%d@zoho.eu>" % (hexid(r, 11), hexid(r, 16), r.randrange(10 ** 18, 10 ** 19))
    rt.xh = [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    rt.bstyle = "generic"
    return rt


def build():
    A, B = "attack", "business"
    javier, lucia = S["javier"], S["lucia"]
    nav_iban = BANK["navarro"][2]
    cif_example = VAT["example_es"][2:]

    # ================================================================ ATTACKS
    # A27 AEAT notification phishing (certificate / Cl@ve), VPS with look-alike domain
    t = utc(2026, 11, 4, 8, 2, 37)
    r = rng(A, 27)
    ref = "2026GRC%08d" % r.randrange(10 ** 7, 10 ** 8)
    land = "https://sede-agenciatributaria.notificaciones-aeat.com/wlpl/NOTI-ELEC/acceso?ref=%s&nif=%s" % (ref, cif_example)
    txt = """AGENCIA TRIBUTARIA
Sede electr\u00f3nica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposici\u00f3n una notificaci\u00f3n en la sede electr\u00f3nica de la Agencia Estatal de Administraci\u00f3n Tributaria.

Titular: EXAMPLE DENTAL IBERIA SL - NIF %s
Procedimiento: Requerimiento de informaci\u00f3n - Modelo 303, tercer trimestre 2026
Referencia: %s

Dispone de un plazo de 10 d\u00edas naturales para acceder al contenido. Transcurrido dicho plazo sin que se haya accedido, la notificaci\u00f3n se entender\u00e1 rechazada y se continuar\u00e1 con el procedimiento sancionador previsto en el art\u00edculo 203 de la Ley General Tributaria.

Acceder a la notificaci\u00f3n (certificado electr\u00f3nico o Cl@ve):
%s

Este mensaje se ha generado de forma autom\u00e1tica. Por favor, no responda a este correo.
""" % (cif_example, ref, land)
    html = brand_html("Nueva notificaci\u00f3n en la Sede electr\u00f3nica", [
        "Estimado/a contribuyente:",
        "Le comunicamos que tiene a su disposici&oacute;n una notificaci&oacute;n en la sede electr&oacute;nica de la Agencia Estatal de Administraci&oacute;n Tributaria.",
        "<b>Titular:</b> EXAMPLE DENTAL IBERIA SL - NIF %s<br><b>Procedimiento:</b> Requerimiento de informaci&oacute;n - Modelo 303, tercer trimestre 2026<br><b>Referencia:</b> %s" % (cif_example, ref),
        "Dispone de un plazo de 10 d&iacute;as naturales para acceder al contenido. Transcurrido dicho plazo sin que se haya accedido, la notificaci&oacute;n se entender&aacute; rechazada y se continuar&aacute; con el procedimiento sancionador previsto en el art&iacute;culo 203 de la Ley General Tributaria."],
        button=("Acceder a la notificaci\u00f3n", land), footer="Este mensaje se ha generado de forma autom&aacute;tica. Por favor, no responda a este correo.",
        color="#8c1d18", logo_text="Agencia Tributaria", lang="es")
    rt = infra.vps_postfix(r, t, "mail.notificaciones-aeat.com", "vmi2581734.contaboserver.net", "62.171.%d.%d" % (143, 88),
                           "notificaciones-aeat.com", zone="ES", ua="none")
    Mail(A, 27, LANG, "aeat-notificacion-requerimiento-phishing", route=rt, frm=("Agencia Tributaria", "notificaciones@notificaciones-aeat.com"),
         to=[lucia], subject="Notificaci\u00f3n electr\u00f3nica disponible - Requerimiento Modelo 303 (Ref. %s)" % ref,
         body=alt(txt, html, "iso-8859-1", "quoted-printable"), hcs="iso-8859-1", henc="Q",
         what="'Agencia Tributaria' says an information request about the VAT return (Modelo 303) is waiting and must be opened within 10 days",
         why="Not from agenciatributaria.gob.es / DEH\u00fa but from a look-alike domain on a Contabo VPS; link to a fake 'sede' that collects the digital certificate or Cl@ve credentials; penalty threat (art. 203 LGT) and deadline (hard negative: business 31).")

    # A28 CEO fraud moving the victim to WhatsApp (Zoho Mail, look-alike domain)
    t = utc(2026, 12, 9, 15, 41, 3)
    r = rng(A, 28)
    txt = """Hola Javier:

\u00bfEst\u00e1s en la oficina esta tarde? Necesito tu ayuda con un asunto estrictamente confidencial.

Estamos cerrando la compra de un laboratorio dental en Madrid y el Consejo quiere que la parte espa\u00f1ola la coordines t\u00fa. Hasta que se anuncie oficialmente no puede saberlo nadie m\u00e1s en Valencia, tampoco Luc\u00eda ni el equipo de administraci\u00f3n.

Ahora mismo estoy reunido con los abogados y no puedo atender llamadas. Env\u00edame por favor tu n\u00famero de m\u00f3vil para continuar por WhatsApp; te escribir\u00e1 tambi\u00e9n el abogado que lleva la operaci\u00f3n para explicarte los siguientes pasos (habr\u00e1 que adelantar hoy un pago de garant\u00eda desde la cuenta de Iberia).

Gracias por tu discreci\u00f3n.

Thomas K\u00f6hler
CEO - Example Group

Enviado desde mi iPad"""
    rt = zoho(r, t)
    Mail(A, 28, LANG, "fraude-ceo-whatsapp-zoho", route=rt, frm=("Thomas K\u00f6hler", "t.koehler@examplegroup-holding.com"), to=[javier],
         subject="Confidencial", body=plain(txt, "UTF-8", "quoted-printable"), hcs="UTF-8", henc="B",
         what="'Thomas K\u00f6hler' asks the Spanish office manager for his mobile number to continue on WhatsApp about a secret acquisition and an urgent guarantee payment",
         why="CEO fraud: look-alike domain examplegroup-holding.com on Zoho Mail, secrecy even towards the local accountant, 'lawyer' to follow, move to WhatsApp to escape corporate channels, payment 'today'; the CEO writes internally via the company relay and not in this way.")

    # A29 Correos 'aduanas' fee phishing from a hacked small-business server
    t = utc(2026, 10, 13, 9, 36, 50)
    r = rng(A, 29)
    land = "https://correos-aduanas.pago-envios.com/es/tasas?envio=LX284761953DE&c=%s" % alnum(r, 10)
    txt = """Correos - Aduanas

Estimado cliente:

Su env\u00edo LX284761953DE procedente de ALEMANIA se encuentra retenido en nuestras instalaciones aduaneras de Valencia a la espera del pago de los gastos de gesti\u00f3n aduanera.

Importe pendiente: 2,99 EUR
Plazo: 48 horas

Si el pago no se realiza en el plazo indicado, el env\u00edo ser\u00e1 devuelto al remitente.

Pagar ahora: %s

Gracias por confiar en Correos.
""" % land
    html = brand_html("Su env\u00edo est\u00e1 retenido en aduanas", [
        "Estimado cliente:",
        "Su env&iacute;o <b>LX284761953DE</b> procedente de <b>ALEMANIA</b> se encuentra retenido en nuestras instalaciones aduaneras de Valencia a la espera del pago de los gastos de gesti&oacute;n aduanera.",
        "Importe pendiente: <b>2,99 &euro;</b><br>Plazo: 48 horas",
        "Si el pago no se realiza en el plazo indicado, el env&iacute;o ser&aacute; devuelto al remitente."], button=("Pagar ahora", land),
        footer="Gracias por confiar en Correos.", color="#ffcd00", logo_text="<span style=\"color:#002e6d\">Correos</span>", lang="es")
    inner = ["from autoescuela-turia.es (localhost [127.0.0.1])\n\tby mail.autoescuela-turia.es (Postfix) with ESMTPA id %s\n\tfor <%%RCPT%%>; %s" % (
        infra.postfix_short_qid(r), rfcdate(t, "ES", comment=True))]
    rt = infra.generic_mta(r, t, "mail.autoescuela-turia.es", "hl143.dinaserver.com", "82.98.%d.%d" % (134, 43), "autoescuela-turia.es", "ES",
                           inner=inner, ua="roundcube", tls=infra.TLS12)
    Mail(A, 29, LANG, "correos-aduanas-tasas-phishing", route=rt, frm=("Correos Aduanas", "info@autoescuela-turia.es"), to=[javier],
         subject="Su env\u00edo LX284761953DE est\u00e1 retenido - pago de tasas pendiente",
         body=alt(txt, html, "windows-1252", "quoted-printable"), hcs="windows-1252", henc="Q",
         what="'Correos Aduanas' says a parcel from Germany is held in customs until a 2.99 EUR fee is paid within 48 hours",
         why="Parcels from Germany to Spain do not clear customs at all; sent from a hijacked driving-school mailbox on shared hosting, link to a look-alike payment page for card data; small amount and short deadline are the classic courier-fee scam.")

    # A30 compromised customer Microsoft 365 tenant, mass-mailed share link to a look-alike SharePoint host
    t = utc(2026, 11, 17, 11, 8, 22)
    r = rng(A, 30)
    carmen = ("Carmen Soler", "c.soler@clinicasonrisalevante.es")
    land = "https://clinicasonrisalevante-my.sharepoint.com.docs-compartidos.net/:b:/g/personal/c_soler/EVp%s?e=%s" % (alnum(r, 30), alnum(r, 6))
    txt = """Buenos d\u00edas,

os comparto la documentaci\u00f3n del pedido del primer trimestre de 2027 y la propuesta de condiciones para el pr\u00f3ximo a\u00f1o. Por favor, revisadla y confirmadme antes del viernes.

Pedido_Q1_2027_y_condiciones.pdf
Ver documento: %s

Por motivos de protecci\u00f3n de datos el documento requiere que inici\u00e9is sesi\u00f3n con vuestra cuenta de correo corporativa.

Un saludo,

Carmen Soler
Responsable de Compras
Cl\u00ednica Dental Sonrisa Levante
Av. del Puerto 118, 46023 Valencia
Tel. 963 307 214
""" % land
    html = outlook_html(txt, lang="ES", link_map={land: land})
    rt = infra.m365(r, t, region="EU", org_domain="clinicasonrisalevante.es", lang="es-ES")
    Mail(A, 30, LANG, "cliente-m365-comprometido-enlace-sharepoint-falso", route=rt, frm=carmen, to=[carmen], rcpt=javier[1],
         subject="Documentaci\u00f3n pedido Q1 2027 - Cl\u00ednica Dental Sonrisa Levante",
         body=alt(txt, html, "windows-1252", "quoted-printable"), hcs="windows-1252", henc="Q",
         what="From the customer's real buyer mailbox: 'order documentation for Q1 2027' behind a link; the message is addressed to the sender herself, we are only in Bcc",
         why="The customer's Microsoft 365 account is compromised and mass-mails its contacts (To = herself, recipients hidden in Bcc). The link only looks like SharePoint: the host is sharepoint.com.docs-compartidos.net, an AiTM login page asking for corporate credentials (hard negative: business 29).")

    # A31 HR 'salary review' PDF with a QR code (quishing in PDF), look-alike domain on VPS
    t = utc(2026, 12, 1, 7, 58, 41)
    r = rng(A, 31)
    qurl = "https://firma.rrhh-exampledental.es/doc/revision-2027?e=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGVncm91cC5ldQ"
    m = qr.encode(qurl, "M")
    pdfd = attach.pdf(["# Example Dental Iberia S.L. - Recursos Humanos", "", "# Revisi\u00f3n salarial 2027 - Documento confidencial", "",
                       "Empleada: Luc\u00eda Fern\u00e1ndez", "Departamento: Administraci\u00f3n", "",
                       "Conforme a la pol\u00edtica retributiva del Grupo para 2027, se le comunica la actualizaci\u00f3n de su salario bruto anual y del complemento variable.",
                       "El detalle de las nuevas condiciones y el documento para su firma est\u00e1n disponibles en el portal de firma segura.",
                       "", "Escanee el c\u00f3digo QR con la c\u00e1mara de su m\u00f3vil e inicie sesi\u00f3n con su cuenta corporativa para consultar y firmar el documento.",
                       "El enlace caduca el 04/12/2026.", "", "", "", "", "", "", "", "", "", "",
                       "Recursos Humanos - Example Group"],
                      title="Revision salarial 2027", author="RRHH", producer="Microsoft: Print To PDF", creator="Microsoft Word",
                      date="D:20261201085512+01'00'", qr_png_matrix=m, qr_pos=(230, 470, 140))
    txt = """Hola Luc\u00eda:

Te adjuntamos el documento de revisi\u00f3n salarial 2027. Por favor, rev\u00edsalo y f\u00edrmalo antes del 04/12/2026 para que los cambios puedan aplicarse en la n\u00f3mina de enero.

Por confidencialidad, el detalle solo puede consultarse desde el m\u00f3vil escaneando el c\u00f3digo QR del documento.

Un saludo,
Recursos Humanos
Example Dental Iberia
"""
    rt = infra.vps_postfix(r, t, "mail.rrhh-exampledental.es", "static.201.148.21.65.clients.your-server.de", "65.21.148.201",
                           "rrhh-exampledental.es", zone="ES", ua="none")
    Mail(A, 31, LANG, "rrhh-revision-salarial-pdf-qr", route=rt, frm=("Recursos Humanos Example Dental", "rrhh@rrhh-exampledental.es"),
         to=[lucia], subject="Revisi\u00f3n salarial 2027 - firma requerida antes del 04/12",
         body=mixed(plain(txt, "utf-8", "base64"), att(pdfd, "application/pdf", "Revision_salarial_2027_Lucia_Fernandez.pdf")),
         hcs="utf-8", henc="B",
         what="'HR' sends a 'salary review 2027' PDF; the details can only be read by scanning a QR code in the PDF with the phone and logging in",
         why="Quishing inside a PDF: the QR code (an image, invisible to URL scanners) leads to rrhh-exampledental.es, a look-alike domain on a Hetzner VPS, where the corporate login is stolen on an unmanaged phone. HR topic as bait, with a deadline (hard negative: business 30).")

    # ================================================================ BUSINESS
    # B27 colleague writes from private Gmail about a broken laptop
    t = utc(2026, 10, 26, 7, 12, 9)
    r = rng(B, 27)
    txt = """Hola Javier, hola equipo de IT:

Os escribo desde mi correo personal porque el port\u00e1til de la empresa no arranca desde anoche: despu\u00e9s de la actualizaci\u00f3n de Windows se queda en la pantalla azul de recuperaci\u00f3n de BitLocker y no tengo la clave.

Hoy ten\u00eda pensado teletrabajar. \u00bfMe pod\u00e9is llamar al m\u00f3vil de empresa (el de siempre) para ver c\u00f3mo lo solucionamos, o me acerco a la oficina y me dej\u00e1is un equipo de sustituci\u00f3n? El cierre del mes lo puedo hacer desde all\u00ed.

Gracias,
Luc\u00eda"""
    rt = infra.gmail(r, t, zone="ES")
    Mail(B, 27, LANG, "portatil-averiado-correo-personal", route=rt, frm=("Luc\u00eda Fern\u00e1ndez", "luciafdez.val@gmail.com"),
         to=[javier], cc=[("IT Support", "it-support@example.com")], subject="Port\u00e1til no arranca (BitLocker) - hoy teletrabajo",
         body=alt(txt, gmail_html(txt), "UTF-8", "quoted-printable", quote_cs=True), hcs="UTF-8", henc="Q",
         what="Spanish accountant writes from her private Gmail that her laptop is stuck at the BitLocker recovery screen and asks IT to call her",
         why="Genuine: the employee's known private address, a concrete IT problem, asks IT to call her known company mobile; no credentials, no payment, no links.")

    # B28 genuine carrier invoice (Navarro)
    t = utc(2026, 11, 3, 9, 25, 50)
    r = rng(B, 28)
    pdfd = attach.pdf(["# Transportes Hermanos Navarro S.L.", "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)", "CIF " + VAT["navarro"][2:], "",
                       "Cliente: Example Dental Iberia S.L., Avenida de Arag\u00f3n 30, 46021 Valencia - CIF " + cif_example, "",
                       "# Factura N\u00ba A-2026/1842", "Fecha: 31/10/2026", "",
                       "Concepto                                                    Importe (EUR)",
                       "Repartos provinciales Valencia/Alicante, octubre 2026 (37 exp.)     2.146,00",
                       "Recargo combustible                                                   107,30",
                       "Base imponible                                                      2.253,30",
                       "IVA 21 %                                                              473,19",
                       "Total factura                                                       2.726,49", "",
                       "Forma de pago: transferencia a 30 d\u00edas", "CaixaBank " + ids.iban_fmt(nav_iban)],
                      title="Factura A-2026/1842", author="Transportes Navarro", producer="A3ERP", creator="A3ERP", date="D:20261103102000+01'00'")
    txt = """Buenos d\u00edas:

Les adjuntamos la factura A-2026/1842 correspondiente a los servicios de reparto del mes de octubre.

Importe total: 2.726,49 \u20ac
Vencimiento: 30/11/2026
Cuenta de abono: CaixaBank %s

Un saludo,

Departamento de Facturaci\u00f3n
Transportes Hermanos Navarro S.L.
Tel. 961 340 527
""" % ids.iban_fmt(nav_iban)
    inner = ["from [192.168.10.23] (unknown [80.58.%d.%d])\n\tby mail.transnavarro.es (Postfix) with ESMTPSA id %s\n\tfor <lucia.fernandez@examplegroup.eu>; %s" % (
        r.randrange(0, 255), r.randrange(1, 254), infra.postfix_short_qid(r), rfcdate(t, "ES", comment=True))]
    rt = infra.generic_mta(r, t, "mail.transnavarro.es", "mail.transnavarro.es", "217.125.%d.%d" % (84, 12), "transnavarro.es", "ES",
                           inner=inner, ua="thunderbird", tls=infra.TLS13)
    Mail(B, 28, LANG, "navarro-factura-octubre", route=rt, frm=("Transportes Navarro - Facturaci\u00f3n", "facturacion@transnavarro.es"),
         to=[lucia], subject="Factura A-2026/1842 - Transportes Hermanos Navarro",
         body=mixed(plain(txt, "iso-8859-15", "quoted-printable", format_flowed=True), att(pdfd, "application/pdf", "Factura_A-2026-1842.pdf")),
         hcs="iso-8859-15", henc="Q",
         what="Monthly invoice from the Valencia carrier for October deliveries, PDF",
         why="Genuine: carrier's own domain and mail server, usual CaixaBank account, amounts consistent with the monthly service; no urgency or change.")

    # B29 genuine customer complaint from Sonrisa Levante (M365)
    t = utc(2026, 11, 12, 16, 2, 38)
    r = rng(B, 29)
    carmen = ("Carmen Soler", "c.soler@clinicasonrisalevante.es")
    txt = """Hola Javier:

Te escribo porque llevamos dos semanas con problemas con vuestras entregas y ya me est\u00e1n llamando de las cl\u00ednicas de Alicante y Elche.

1. Las puntas para el esc\u00e1ner intraoral (pedido 2026-ES-1187) siguen sin llegar; nos confirmasteis entrega para el 5 de noviembre.
2. En la factura ES-26-04471 nos hab\u00e9is cobrado las fresas de zirconio a precio de tarifa, sin el 12 % de descuento que tenemos pactado en el acuerdo anual.

Necesito fecha firme de entrega para las puntas y una factura rectificativa antes de fin de mes, porque si no, no puedo aprobar el pago. Si hace falta lo hablamos por tel\u00e9fono ma\u00f1ana por la ma\u00f1ana.

Un saludo,

Carmen Soler
Responsable de Compras
Cl\u00ednica Dental Sonrisa Levante
Av. del Puerto 118, 46023 Valencia
Tel. 963 307 214
"""
    rt = infra.m365(r, t, region="EU", org_domain="clinicasonrisalevante.es", lang="es-ES")
    Mail(B, 29, LANG, "queja-clinica-entregas-factura", route=rt, frm=carmen, to=[javier], cc=[lucia],
         subject="Quejas: retraso puntas esc\u00e1ner y factura ES-26-04471",
         body=alt(txt, outlook_html(txt, lang="ES"), "windows-1252", "quoted-printable"), hcs="windows-1252", henc="Q",
         what="Customer's buyer complains about a late delivery and a wrong discount, asks for a corrected invoice",
         why="Genuine: same Microsoft 365 tenant and sender as usual, addressed directly to us, concrete order and invoice numbers, offers a phone call; no link or attachment. Hard negative of attack 30.")

    # B30 genuine payroll portal notice (gestoria) - no QR, no attachment
    t = utc(2026, 11, 28, 10, 0, 4)
    r = rng(B, 30)
    txt = """Hola Luc\u00eda:

Te informamos de que ya est\u00e1 disponible en el Portal del Empleado tu recibo de salarios correspondiente a noviembre de 2026.

Puedes consultarlo accediendo al portal con tu usuario habitual desde la direcci\u00f3n que ya conoces (portal.riberaasesores.es).

Recuerda que, por seguridad, nunca enviamos n\u00f3minas como adjunto, no pedimos que escanees c\u00f3digos QR y no solicitamos tus datos bancarios por correo electr\u00f3nico.

Ribera Asesores - Departamento Laboral
Gestor\u00eda de Example Dental Iberia S.L.

Este mensaje ha sido generado autom\u00e1ticamente. No respondas a este correo.
"""
    inner = ["from portal.riberaasesores.es (portal.riberaasesores.es [10.0.3.%d])\n\tby smtp.riberaasesores.es (Postfix) with ESMTP id %s\n\tfor <lucia.fernandez@examplegroup.eu>; %s" % (
        r.randrange(2, 250), infra.postfix_short_qid(r), rfcdate(t, "ES", comment=True))]
    rt = infra.generic_mta(r, t, "smtp.riberaasesores.es", "smtp.riberaasesores.es", "212.81.%d.%d" % (142, 76), "riberaasesores.es", "ES",
                           inner=inner, ua="postfix")
    Mail(B, 30, LANG, "portal-empleado-nomina-disponible", route=rt, frm=("Portal del Empleado - Ribera Asesores", "no-reply@riberaasesores.es"),
         to=[lucia], subject="Tu n\u00f3mina de noviembre 2026 ya est\u00e1 disponible",
         body=plain(txt, "iso-8859-1", "8bit"), hcs="iso-8859-1", henc="Q",
         what="Payroll provider's notice that the November payslip is available in the employee portal",
         why="Genuine: the company's payroll agency from its own server, no link to click, no attachment, no QR, explicit safety reminder. Hard negative of attack 31.")

    # B31 genuine DEHu notice of a notification
    t = utc(2026, 11, 16, 11, 37, 2)
    r = rng(B, 31)
    txt = """Direcci\u00f3n Electr\u00f3nica Habilitada \u00fanica (DEH\u00fa)

Le informamos de que tiene una nueva notificaci\u00f3n disponible.

Titular: EXAMPLE DENTAL IBERIA SL (%s)
Organismo emisor: Agencia Estatal de Administraci\u00f3n Tributaria
Concepto: Comunicaci\u00f3n - Modelo 303 3T 2026
Fecha de puesta a disposici\u00f3n: 16/11/2026

Puede acceder al contenido a trav\u00e9s de la Direcci\u00f3n Electr\u00f3nica Habilitada \u00fanica (https://dehu.redsara.es) o de la sede electr\u00f3nica del organismo emisor, identific\u00e1ndose con certificado electr\u00f3nico o Cl@ve.

Este aviso tiene car\u00e1cter meramente informativo; su falta de recepci\u00f3n no impide que la notificaci\u00f3n sea considerada plenamente v\u00e1lida.

Por favor, no responda a este mensaje.
""" % cif_example
    inner = ["from dehu-notif-02.redsara.es (dehu-notif-02.redsara.es [10.47.%d.%d])\n\tby correo.redsara.es (Postfix) with ESMTP id %s\n\tfor <lucia.fernandez@examplegroup.eu>; %s" % (
        r.randrange(0, 255), r.randrange(1, 254), infra.postfix_short_qid(r), rfcdate(t, "ES", comment=True))]
    rt = infra.generic_mta(r, t, "correo.redsara.es", "correo.redsara.es", "195.57.%d.%d" % (30, 104), "redsara.es", "ES", inner=inner, ua="postfix")
    Mail(B, 31, LANG, "dehu-aviso-notificacion-aeat", route=rt, frm=("DEH\u00fa - Notificaciones", "no-reply@dehu.redsara.es"), to=[lucia],
         subject="Aviso de puesta a disposici\u00f3n de notificaci\u00f3n - Agencia Tributaria",
         body=plain(txt, "utf-8", "quoted-printable"), hcs="utf-8", henc="Q",
         what="DEH\u00fa notice that a new notification from the Tax Agency is available for the company",
         why="Genuine: government notification platform on redsara.es, points to the official DEH\u00fa / sede addresses the user opens himself, purely informative, no deadline threat. Hard negative of attack 27.")
