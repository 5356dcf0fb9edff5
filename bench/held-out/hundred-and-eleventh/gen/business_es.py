"""Spanish genuine business messages (27-31)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import util as U
from msg import Msg, alt, hdrs_gmail, hdrs_outlook365, hdrs_outlook_smtp, outlook_classic_boundary, outlook_smtp_msgid

CIF = B.es_cif("B", "8713462")
CASTILLA_CIF = B.es_cif("A", "4502719")


def b27():
    m = Msg("business", 27, "es", "google-security-alert-genuine")
    r = m.rng
    m.t = I.at(2026, 10, 19, 18, 24, 51, "EU")
    m.env = env = I.google_notify(r, m.t)
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "3%s@gaia.bounces.google.com" % I.rstr(r, 40, "abcdefghijklmnopqrstuvwxyz0123456789-.")
    paras = [
        "Nuevo inicio de sesión en Windows",
        "jose.martinez@example.com",
        "",
        "Hemos detectado un nuevo inicio de sesión en tu cuenta de Google en un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.",
        "",
        "Consultar actividad: https://accounts.google.com/AccountChooser?Email=jose.martinez@example.com&continue=https://myaccount.google.com/alert/nt/%d" % int(m.t.timestamp() * 1000),
        "",
        "También puedes ver la actividad de seguridad en https://myaccount.google.com/notifications",
        "",
        "Te hemos enviado este correo electrónico para informarte de cambios importantes en los servicios y en tu cuenta de Google.",
        "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<table width=\"516\" align=\"center\" style=\"font-family:Google Sans,Roboto,Arial,sans-serif;border:1px solid #dadce0;border-radius:8px\"><tr><td style=\"padding:40px 20px;text-align:center\">"
                         "<div style=\"font-size:24px\">Nuevo inicio de sesión en Windows</div><div style=\"font-size:14px;color:#3c4043\">jose.martinez@example.com</div></td></tr>"
                         "<tr><td style=\"padding:20px;font-size:14px;color:#3c4043;text-align:center\">%s<p><a href=\"%s\" style=\"background:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none\">Consultar actividad</a></p>"
                         "<p style=\"font-size:12px\">También puedes ver la actividad de seguridad en<br><a href=\"https://myaccount.google.com/notifications\">https://myaccount.google.com/notifications</a></p></td></tr></table>"
                         % (M.esc(paras[3]), M.esc(paras[5].split(": ", 1)[1])), "UTF-8", "Google")
    m.headers = [("MIME-Version", "1.0"), ("Date", I.rfc2822(m.t, "UTC").replace("+0000", "GMT")),
                 ("X-Account-Notification-Type", "127"), ("Feedback-ID", "127:account-notifier"),
                 ("X-Notifications", "%s" % I.rhex(r, 16)), ("X-Notifications-Bounce-Info", I.rstr(r, 60, I.ALNUM + "-_")),
                 ("Message-ID", env.msgid), ("Subject", M.hdr_text("Alerta de seguridad", "UTF-8", "B")),
                 ("From", "Google <no-reply@accounts.google.com>"), ("To", "jose.martinez@example.com")]
    m.body = alt(text, html, "UTF-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "Genuine Google security alert about a new Windows sign-in to the office manager's Google account"
    m.why = "Sent by Google's mail-sor servers with Google's own bounce domain, links only to accounts.google.com/myaccount.google.com, no credential form"
    return m


def b28():
    m = Msg("business", 28, "es", "supplier-urgent-dunning-supply-stop")
    r = m.rng
    m.t = I.at(2026, 11, 25, 12, 37, 5, "EU")
    m.env = env = I.gmail(r, m.t, workspace=True)
    m.rcpt = "maria.nunez@example.com"
    m.mailfrom = "administracion@suministroscastilla.es"
    paras = [
        "Estimada María:",
        "",
        "Le escribimos de nuevo en relación con las facturas pendientes de Example Group Iberia S.L., ya vencidas a pesar de nuestros recordatorios del 28 de octubre y del 12 de noviembre:",
        "",
        "FA-2026-1147 (30/09/2026) - 19.602,00 €",
        "FA-2026-1162 (15/10/2026) - 12.240,60 €",
        "Total vencido: 31.842,60 €",
        "",
        "Le rogamos que realice el pago antes del 2 de diciembre en nuestra cuenta habitual de Banco Santander (IBAN %s). Si en esa fecha no hemos recibido el importe, nos veremos obligados a suspender los suministros y los trabajos pendientes del cuadro de baja tensión de la sala 3 de MAD1 y a iniciar la reclamación por vía judicial." % B.fmt_iban(C.CASTILLA_IBAN),
        "",
        "Adjuntamos el extracto de cuenta actualizado. Si el pago ya se ha realizado, le agradeceríamos que nos enviara el justificante. Para cualquier aclaración puede llamarme al 91 712 44 80.",
        "",
        "Atentamente,",
        "",
        "Rocío Méndez",
        "Administración",
        "Suministros Eléctricos Castilla S.A.",
        "Polígono Industrial Las Arenas, C/ Cobre 9, 28320 Pinto (Madrid)",
    ]
    doc = pdf.make_pdf([
        ("Suministros Eléctricos Castilla S.A.", 14, True), "CIF %s · Pinto (Madrid)" % CASTILLA_CIF, "", "",
        "Cliente: Example Group Iberia S.L. (CIF %s)" % CIF, "", ("EXTRACTO DE CUENTA A 25/11/2026", 12, True), "",
        "FA-2026-1147   30/09/2026   vto. 30/10/2026   19.602,00 EUR", "FA-2026-1162   15/10/2026   vto. 14/11/2026   12.240,60 EUR", "",
        ("Total vencido: 31.842,60 EUR", 11, True), "", "Banco Santander · IBAN %s" % B.fmt_iban(C.CASTILLA_IBAN),
    ], title="Extracto 25-11-2026", author="Administración", creator="a3ERP", producer="a3ERP PDF", date="D:20261125122901+01'00'")
    m.headers = hdrs_gmail(env, m.t, M.addr("Administración Suministros Castilla", "administracion@suministroscastilla.es", "UTF-8"),
                           M.addr("María Núñez", "maria.nunez@example.com", "UTF-8"), M.hdr_text("Reclamación de pago - facturas vencidas - aviso de suspensión de suministro", "UTF-8"),
                           r, cc="Javier Ortega <javier.ortega@suministroscastilla.es>")
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(M.paras_to_text(paras), M.gmail_html(paras), "utf-8", "quoted-printable", "quoted-printable", b(1), label="UTF-8"),
        M.attachment(doc, "application/pdf", "Extracto_cuenta_ExampleGroupIberia.pdf", describe="account statement PDF"),
    ], b(0))
    m.what = "Genuine urgent dunning from the electrical supplier threatening to stop supplies and go to court"
    m.why = "Real supplier domain on its Google Workspace, usual Santander account (unchanged), verifiable invoices, phone number, key-account manager in copy"
    m.hard_neg_of = [28]
    return m


def b29():
    m = Msg("business", 29, "es", "carrier-delivery-note-m365")
    r = m.rng
    m.t = I.at(2026, 11, 26, 17, 8, 40, "EU")
    m.env = env = I.eop(r, m.t, "transportesgil.es", region="eurprd03", pod="PA4PR03MB")
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "lucia.gil@transportesgil.es"
    cs = "windows-1252"
    paras = [
        "Hola José,",
        "",
        "te adjunto el albarán firmado de la entrega de hoy en MAD1 (14 palés, 2 cuadros eléctricos y 6 racks). Vuestro compañero de recepción firmó a las 11:40 sin incidencias.",
        "",
        "La factura de noviembre la recibiréis como siempre a primeros de mes desde administración.",
        "",
        "Un saludo,",
        "Lucía Gil",
        "Tráfico - Transportes Hermanos Gil S.L.",
        "Tel. 925 24 31 18 · Ctra. de Madrid km 3, 45003 Toledo",
    ]
    doc = pdf.make_pdf([
        ("TRANSPORTES HERMANOS GIL S.L.", 14, True), "Ctra. de Madrid km 3 · 45003 Toledo · CIF %s" % B.es_cif("B", "4518237"), "", "",
        ("ALBARÁN DE ENTREGA Nº 26-11-0418", 12, True), "Fecha: 26/11/2026", "",
        "Destino: Example Group Iberia S.L. - MAD1, Calle de Albasanz 71, 28037 Madrid", "",
        "14 palés (equipamiento eléctrico)", "2 cuadros de baja tensión", "6 racks 42U", "",
        "Recibido conforme: firma ilegible, 11:40 h", "Observaciones: sin incidencias",
    ], title="Albarán 26-11-0418", author="Transportes Gil", creator="Microsoft Lens", producer="Microsoft Lens", date="D:20261126164512+01'00'")
    m.headers = hdrs_outlook365(env, m.t, M.addr("Lucía Gil", "lucia.gil@transportesgil.es", cs), M.addr("José Martínez", "jose.martinez@example.com", cs),
                                M.hdr_text("Albarán entrega 26/11 - MAD1", cs), lang="es-ES", rng=r, attach=True)
    m.post_headers = env.ms_post
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(M.paras_to_text(paras), M.outlook_html(paras, cs, "ES"), cs, "quoted-printable", "quoted-printable", b(1)),
        M.attachment(doc, "application/pdf", "Albarán_26-11-0418.pdf", fname_style="rfc2047", charset=cs, describe="scanned delivery note (text PDF)"),
    ], b(0))
    m.what = "Genuine signed delivery note from carrier Transportes Gil (Microsoft 365), PDF attached"
    m.why = "Same sender and infrastructure as attack/31, but a normal direct mail to the customer with an attached PDF, no share-link imitation, no Bcc mass mailing"
    m.hard_neg_of = [31]
    return m


def b30():
    m = Msg("business", 30, "es", "tax-advisor-vat-return-filed")
    r = m.rng
    m.t = I.at(2026, 10, 20, 13, 51, 16, "EU")
    m.env = env = I.postfix_server(r, m.t, "mail.roblesvega-asesores.es", "82.223.%d.%d" % (r.randint(0, 255), r.randint(2, 250)),
                                   client_ip="88.%d.%d.%d" % (r.randint(0, 31), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[192.168.1.%d]" % r.randint(20, 60), rdns="mail.roblesvega-asesores.es")
    m.rcpt = "maria.nunez@example.com"
    m.mailfrom = "carmen.robles@roblesvega-asesores.es"
    cs = "iso-8859-15"
    paras = [
        "Buenas tardes María:",
        "",
        "Te confirmo que hemos presentado hoy el modelo 303 (IVA) del tercer trimestre de 2026 de Example Group Iberia S.L. Te adjunto el justificante de presentación con el CSV.",
        "",
        "Resultado: a ingresar 48.317,22 €, domiciliado en la cuenta de la sociedad con cargo el 20/10/2026.",
        "",
        "Como siempre, recuerda que la Agencia Tributaria no envía enlaces por correo: las notificaciones llegan a la DEHú y nosotros las revisamos a diario como apoderados. Si recibes cualquier aviso por email, reenvíanoslo antes de abrir nada.",
        "",
        "Un saludo,",
        "",
        "Carmen Robles",
        "Asesoría Robles & Vega",
        "C/ Alcalá 176, 3º · 28028 Madrid · Tel. 91 356 20 11",
    ]
    doc = pdf.make_pdf([
        ("Agencia Tributaria", 14, True), "Justificante de presentación", "", "Modelo 303 - IVA. Autoliquidación", "Ejercicio 2026 - Periodo 3T", "",
        "NIF: %s   Razón social: EXAMPLE GROUP IBERIA SL" % CIF, "Presentador: ROBLES VEGA ASESORES SL (colaborador social)", "",
        "Resultado: 48.317,22 EUR (a ingresar, domiciliación)", "Fecha y hora de presentación: 20/10/2026 13:42:09", "",
        "Código Seguro de Verificación (CSV): %s" % I.rstr(r, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "",
        ("Puede verificar la integridad de este documento en la Sede electrónica de la AEAT mediante el CSV.", 8),
    ], title="Justificante 303 3T 2026", author="AEAT", creator="AEAT", producer="iText 5.5.13", date="D:20261020134209+02'00'")
    msgid = outlook_smtp_msgid(r, m.t, "roblesvega-asesores.es")
    h, post = hdrs_outlook_smtp(m.t, "Carmen Robles <carmen.robles@roblesvega-asesores.es>", M.addr("María Núñez", "maria.nunez@example.com", cs),
                                M.hdr_text("Presentación modelo 303 - 3T 2026 - Example Group Iberia", cs), msgid, lang="es", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(M.paras_to_text(paras), M.outlook_html(paras, cs, "ES"), cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(doc, "application/pdf", "Justificante_303_3T2026.pdf", describe="tax filing receipt PDF"),
    ], bnd(0))
    m.what = "Genuine note from the company's tax advisor confirming the Q3 VAT return, with the filing receipt"
    m.why = "Known advisor's own server and Outlook, PDF receipt, no link to any tax portal; even warns that AEAT does not send links by e-mail"
    m.hard_neg_of = [27]
    return m


def b31():
    m = Msg("business", 31, "es", "association-newsletter-ses")
    r = m.rng
    m.t = I.at(2026, 12, 3, 9, 30, 1, "EU")
    m.env = env = I.ses(r, m.t)
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "%s@eu-west-1.amazonses.com" % env.ses_id
    env.msgid = "<%s@email.amazonses.com>" % env.ses_id
    unsub = "https://boletin.centrosdedatos-asociacion.es/baja?t=%s" % I.rhex(r, 32)
    paras = [
        "Boletín de la Asociación de Centros de Datos - diciembre 2026",
        "",
        "- La CNMC publica la consulta sobre acceso a la red de distribución para grandes consumidores",
        "- Jornada técnica: free cooling en la meseta, 21 de enero en Madrid",
        "- Nuevo grupo de trabajo sobre reutilización de calor residual",
        "",
        "Leer el boletín completo: https://boletin.centrosdedatos-asociacion.es/2026-12",
        "",
        "Recibes este boletín como socio de la asociación. Darse de baja: %s" % unsub,
    ]
    html = M.simple_html("<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:14px\"><tr><td style=\"background:#0b6e4f;color:#fff;padding:18px;font-size:19px\">Asociación de Centros de Datos</td></tr><tr><td style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[:6] if p)
                         + "<p><a href=\"https://boletin.centrosdedatos-asociacion.es/2026-12\">Leer el boletín completo</a></p></td></tr><tr><td style=\"padding:12px 20px;font-size:11px;color:#777\">Recibes este boletín como socio de la asociación. <a href=\"%s\">Darse de baja</a></td></tr></table>" % unsub,
                         "UTF-8", "Boletín")
    m.headers = [("From", M.addr("Asociación de Centros de Datos", "boletin@centrosdedatos-asociacion.es", "UTF-8", "Q")),
                 ("To", "jose.martinez@example.com"), ("Subject", M.hdr_text("Boletín diciembre: acceso a red, free cooling y calor residual", "UTF-8", "Q")),
                 ("MIME-Version", "1.0"), ("Date", I.rfc2822(m.t, "UTC")), ("Message-ID", env.msgid),
                 ("List-Unsubscribe", "<%s>, <mailto:baja@centrosdedatos-asociacion.es>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.body = alt(M.paras_to_text(paras), html, "UTF-8", "base64", "base64", env.boundary(0), label="UTF-8")
    m.what = "Member newsletter of a Spanish data-centre association sent through Amazon SES with List-Unsubscribe"
    m.why = "Same ESP as attack/27 but the association's own domain, member newsletter content, unsubscribe headers, no login or payment request"
    return m


ALL = [b27, b28, b29, b30, b31]
