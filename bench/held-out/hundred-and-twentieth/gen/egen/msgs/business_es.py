"""business/ 27-31 (Spanish)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

ORTEGA_SIG = ("Carmen Ortega Lafuente\nDepartamento Laboral y Fiscal\nGestoría Ortega Asesores S.L.P.\nPaseo de la Independencia 24, 6º B - 50004 Zaragoza\n"
              "Tel. 976 23 48 10 · www.gestoriaortega.es")


def b27():
    m = Msg("business", 27, "es", "dehu-aviso-notificacion", utc(2026, 11, 12, 7, 30, 14))
    m.sent = m.t - secs(5)
    k = T.PostfixOrg(m, "correo.gob.es", "mta-out1.correo.gob.es", "203.0.113.99", client="java", dkim_sel="correo2025", msgid_domain="correo.gob.es")
    javier = S("javier")
    url = "https://dehu.redsara.es"
    plain = p(
        "DIRECCIÓN ELECTRÓNICA HABILITADA ÚNICA (DEHú)",
        "",
        "Le informamos de que tiene una nueva notificación disponible en la Dirección Electrónica Habilitada única.",
        "",
        "Titular: EXAMPLE GROUP IBERIA SL - B50461987",
        "Organismo emisor: Agencia Estatal de Administración Tributaria",
        "Concepto: Comunicación",
        "Fecha de puesta a disposición: 12/11/2026",
        "",
        "Para acceder al contenido identifíquese en " + url + " mediante certificado electrónico o Cl@ve. Dispone de 10 días naturales desde la puesta a disposición para acceder; transcurrido dicho plazo la notificación se entenderá rechazada.",
        "",
        "Este aviso es meramente informativo y no contiene el acto notificado. Por su seguridad, la DEHú no incluye enlaces directos al contenido de las notificaciones ni solicita datos por correo electrónico.",
        "",
        "Por favor, no responda a este mensaje.")
    m.root = mime.text(plain, "ISO-8859-1", "quoted-printable")
    f = Fields(("DEHú - Dirección Electrónica Habilitada única", "notificaciones.dehu@correo.gob.es"), [javier],
               "Aviso de puesta a disposición de notificación - DEHú", hcs="ISO-8859-1", henc="Q")
    k.finish(f, submit=("dehu-app03.redsara.local", "10.128.4.33"), auth_user="", dmarc=("pass", "reject"))
    m.fact("URL", url, "official DEHú portal (no deep link)")
    m.info = dict(pair=("27-es-aeat-notificacion-requerimiento-zip.eml", "Both announce a tax-agency notification; the genuine DEHú notice comes from correo.gob.es, names the portal without deep link, requires certificate/Cl@ve and has no attachment or download."),
                  what="DEHú notice: a new communication from the tax agency is waiting for Example Group Iberia; access with certificate or Cl@ve.",
                  why="Government mail domain with DKIM and DMARC reject, generic portal address only, explicit statement that no links or data requests are sent.")
    return m


def b28():
    m = Msg("business", 28, "es", "interno-urgente-seguros-sociales", utc(2026, 12, 1, 9, 18, 40))
    k = T.Exchange(m, "EXCH01", "es-ES")
    javier = S("javier")
    plain = p(
        "Javier,",
        "",
        "me acaba de llamar Carmen de la gestoría: el cargo de los seguros sociales de noviembre ha sido devuelto porque ayer la cuenta de CaixaBank no tenía saldo suficiente (el cobro de Mutua Levante entra hoy).",
        "",
        "Hay que pagarlo hoy antes de las 14:00 con el recibo RLC que ha dejado en la carpeta compartida Nóminas/2026/11, si no nos aplican el recargo del 10 %. Yo no tengo firma en CaixaBankNow, ¿puedes hacerlo tú? Sabine ya está avisada para la segunda firma.",
        "",
        "Cualquier cosa me llamas, estoy en la nave.",
        "",
        "Gracias,",
        "Lucía",
        "",
        "--",
        "Lucía Fernández Ruiz",
        "Office Manager",
        "Example Group Iberia S.L.",
        "Calle Bari 33, Nave 4, PLAZA - 50197 Zaragoza",
        "Tel. +34 976 40 22 91")
    m.root = ol_alt(m, plain, cs="iso-8859-1", lang="ES")
    f = Fields(S("lucia"), [javier], "Urgente: pago seguros sociales noviembre hoy antes de las 14h", hcs="iso-8859-1", henc="Q")
    k.finish(f, client_ip="10.50.2.18", importance="high")
    m.fact("Phone", "+34 976 40 22 91", "signature")
    m.info = dict(pair=("28-es-ceo-whatsapp-operacion-confidencial.eml", "Both are urgent internal-looking requests to the Spanish accountant; the genuine one is internal (Exchange, Zaragoza client IP), explains the reason, uses the company's own bank portal and four-eyes signature, and invites a call."),
                  what="Office manager asks the accountant to pay the returned social-security charge today with the RLC document from the shared folder.",
                  why="Internal mail from EXCH01 via mail-int01, concrete verifiable context (payroll adviser call, CaixaBank, RLC in the share), normal approval, phone welcome.")
    return m


def b29():
    m = Msg("business", 29, "es", "adobe-sign-apoderamiento-gestoria", utc(2026, 12, 2, 11, 24, 55))
    m.sent = m.t - secs(3)
    k = P.SES(m, "eu-west-1")
    javier = S("javier")
    wid = "CBFCIBAA3AAABLblqZhBR7" + m.rng.alnum(40)
    url = "https://secure.eu1.adobesign.com/public/esignWidget?wid=" + wid + "*"
    help_ = "https://helpx.adobe.com/es/sign/using/sign-agreement-as-recipient.html"
    report = "https://secure.eu1.adobesign.com/public/reportAbuse?aid=" + m.rng.alnum(24)
    plain = p(
        "Carmen Ortega Lafuente le ha solicitado que revise y firme Apoderamiento AEAT y TGSS 2027 - Example Group Iberia SL",
        "",
        "Revisar y firmar: " + url,
        "",
        "Mensaje de Carmen Ortega Lafuente:",
        "Hola Javier, como hablamos ayer por teléfono te envío la renovación del apoderamiento para 2027 (AEAT y Seguridad Social). La firma es con tu certificado o con firma manuscrita en pantalla, como el año pasado. Gracias.",
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
            '<tr><td style="padding:6px 40px 20px 40px;font-size:22px;color:#2c2c2c">Carmen Ortega Lafuente le ha solicitado que revise y firme <b>Apoderamiento AEAT y TGSS 2027 - Example Group Iberia SL</b></td></tr>'
            '<tr><td style="padding:0 40px 26px 40px"><a href="' + url + '" style="background:#1473e6;color:#fff;padding:10px 26px;border-radius:16px;text-decoration:none;font-weight:bold;font-size:15px">Revisar y firmar</a></td></tr>'
            '<tr><td style="padding:0 40px 20px 40px;font-size:14px;color:#4b4b4b;line-height:21px"><b>Mensaje de Carmen Ortega Lafuente:</b><br>Hola Javier, como hablamos ayer por teléfono te envío la renovación del apoderamiento para 2027 (AEAT y Seguridad Social). La firma es con tu certificado o con firma manuscrita en pantalla, como el año pasado. Gracias.<br><br>'
            'Después de firmar, todas las partes recibirán una copia del acuerdo firmado.</td></tr>'
            '<tr><td style="padding:18px 40px;font-size:12px;color:#6e6e6e;border-top:1px solid #eaeaea">No reenvíe este correo electrónico: si alguien lo reenvía, podrá firmar en su nombre. <a href="' + report + '">Informar de abuso</a> &middot; <a href="' + help_ + '">¿Necesita ayuda?</a><br><br>'
            'Para garantizar que sigue recibiendo nuestros correos electrónicos, añada adobesign@adobesign.com a su libreta de direcciones.<br>&copy; 2026 Adobe. All rights reserved.</td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Carmen Ortega Lafuente via Adobe Acrobat Sign", "adobesign@adobesign.com"), [javier],
               "Firme: Apoderamiento AEAT y TGSS 2027 - Example Group Iberia SL",
               reply_to=[("Carmen Ortega Lafuente", "carmen.ortega@gestoriaortega.es")])
    k.finish(f, "adobesign.com", "s2", env_domain="bounce.adobesign.com", dmarc=("pass", "reject"))
    for u, n in ((url, "Adobe Acrobat Sign agreement"), (help_, "Adobe help"), (report, "report abuse")):
        m.fact("URL", u, n)
    m.info = dict(pair=("29-es-adobe-sign-modelo-200-abusado.eml", "Same platform and sender name pattern; the genuine request comes from the adviser's own Adobe account (Reply-To gestoriaortega.es), follows a phone call and is signed with a certificate, not a login."),
                  what="Adobe Acrobat Sign request from the payroll/tax adviser to sign the 2027 power of representation before the tax agency and social security.",
                  why="Genuine adobesign.com notification, Reply-To the adviser's real domain, announced by phone, no request to log in with the company account.")
    return m


def b30():
    m = Msg("business", 30, "es", "gestoria-nominas-zip-contrasena-sms", utc(2026, 11, 27, 16, 12, 3))
    k = T.Gmail(m, "gestoriaortega.es", workspace=True)
    javier = S("javier")
    pw = "EGI-2611-rX74"
    plain = p(
        "Hola Javier,",
        "",
        "Te adjunto las nóminas de noviembre de Example Group Iberia y el resumen de costes (TC/RLC y retenciones de IRPF). Como siempre, el archivo va protegido con contraseña; te la acabo de enviar por SMS al móvil.",
        "",
        "Importe neto total a transferir: 41.926,37 EUR (14 trabajadores). Las transferencias de nómina se emiten desde vuestro banco como cada mes, no hay cambios de cuentas.",
        "",
        "Cualquier duda me dices.",
        "",
        "Un saludo,",
        "",
        ORTEGA_SIG)
    doc = att.new_pdf(m, "Nóminas noviembre 2026", "Gestoría Ortega", "A3innuva Nómina", "A3innuva PDF", minutes_before=120)
    pg = doc.page()
    pg.text(56, 70, "Resumen de nóminas - noviembre 2026", 16, True)
    pg.text(56, 92, "Empresa: EXAMPLE GROUP IBERIA SL - CIF B50461987 - CCC 50/1084273/61", 9.5)
    y = 130
    for a, b in (("Trabajadores", "14"), ("Total devengado", "58.412,90"), ("Seguridad Social trabajador", "3.708,21"), ("Retenciones IRPF", "12.778,32"), ("Líquido a percibir", "41.926,37")):
        pg.text(70, y, a, 10)
        pg.text_right(400, y, b, 10, True)
        y += 16
    pdf_bytes = doc.render()
    xls = office.xlsx([("Costes", [["Concepto", "Importe EUR"], ["Bruto", 58412.90], ["SS empresa", 18041.62], ["SS trabajador", 3708.21], ["IRPF", 12778.32], ["Neto", 41926.37]])],
                      author="Gestoría Ortega", created_iso=util.iso_z(m.sent - util.mins(200)), dt=(2026, 11, 27, 15, 40, 0))
    z = att.zipfile_part(m, "Nominas_11-2026_Example_Group_Iberia.zip", [("Nominas_11-2026_EGI.pdf", pdf_bytes), ("Resumen_costes_11-2026.xlsx", xls)], password=pw)
    m.root = mime.multi("mixed", [gm_alt(m, plain), z], m.bnd("mixed"))
    f = Fields(("Carmen Ortega Lafuente", "carmen.ortega@gestoriaortega.es"), [javier], "Nóminas noviembre 2026 - Example Group Iberia (archivo protegido)")
    k.finish(f, zone="CET")
    m.fact("Phone", "976 23 48 10", "adviser's office")
    m.fact("Other", "ZIP password sent by SMS (not in the message; known to the build only for verification)", "")
    m.info = dict(pair=("08-de-bewerbung-berufskraftfahrer-zip.eml", "Both carry password-protected ZIP files; the genuine one comes from the payroll adviser's Workspace domain, the password travels by SMS (not in the e-mail) and the archive contains a PDF and an XLSX."),
                  what="Payroll adviser sends the November payslips and cost summary as an encrypted ZIP; the password was sent separately by SMS.",
                  why="Known adviser domain (Google Workspace DKIM), password by another channel as agreed, content a PDF and spreadsheet, explicitly no bank-detail changes.")
    return m


def b31():
    m = Msg("business", 31, "es", "plataforma-contratacion-licitacion", utc(2026, 10, 27, 6, 5, 39))
    m.sent = m.t - secs(20)
    k = T.PostfixOrg(m, "contrataciondelsectorpublico.gob.es", "smtp.contrataciondelestado.es", "203.0.113.101", client="java",
                     dkim_sel="pcsp", msgid_domain="contrataciondelestado.es")
    lucia = S("lucia")
    url = "https://contrataciondelestado.es/wps/poc?uri=deeplink:detalle_licitacion&idEvl=kPq3L8%2BvR2Wm5T1uXyZ0hA%3D%3D"
    unsub = "https://contrataciondelestado.es/wps/portal/plataforma/mis_suscripciones"
    plain = p(
        "Plataforma de Contratación del Sector Público",
        "",
        "Aviso de publicación según su suscripción \"Destrucción documental - Aragón\"",
        "",
        "Expediente: 0873421-26",
        "Órgano de contratación: Ayuntamiento de Zaragoza - Servicio de Contratación",
        "Objeto: Servicio de recogida y destrucción confidencial de documentación y soportes informáticos de las dependencias municipales",
        "Tipo de contrato: Servicios - CPV 79996100 (Servicios de gestión de registros), 90510000",
        "Procedimiento: Abierto",
        "Valor estimado: 148.760,00 EUR (IVA excluido)",
        "Fecha fin de presentación de ofertas: 20/11/2026 14:00",
        "",
        "Consulte el anuncio y los pliegos en: " + url,
        "",
        "Puede gestionar sus suscripciones en: " + unsub,
        "",
        "Ministerio de Hacienda - Plataforma de Contratación del Sector Público")
    m.root = mime.text(plain, "UTF-8", "base64")
    f = Fields(("Plataforma de Contratación del Sector Público", "noreply@contrataciondelsectorpublico.gob.es"), [lucia],
               "Nueva publicación: 0873421-26 - Servicio de recogida y destrucción confidencial de documentación", scs="UTF-8", senc="B")
    k.finish(f, submit=("pcsp-batch02", "10.40.8.52"), auth_user="", dmarc=("pass", "reject"))
    m.fact("URL", url, "tender notice on the official procurement platform")
    m.fact("URL", unsub, "subscription management")
    m.info = dict(pair=("11-en-rfq-tender-pack-html-login.eml", "Tender notifications: the genuine one is a public-procurement alert from the Spanish government platform the office subscribed to, with a link to the official portal and no attachment."),
                  what="Public-procurement alert: the city of Zaragoza tenders confidential document destruction (148,760 EUR) - matches the office's saved search.",
                  why="Official platform domain with DKIM and DMARC reject, subscription-based, links to contrataciondelestado.es only, plain text.")
    return m


MESSAGES = [b27, b28, b29, b30, b31]
