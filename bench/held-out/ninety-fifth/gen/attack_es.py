"""Attack messages 27-31 (Spanish)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 27 AEAT / DEHú notification via SendGrid
_link27 = ("https://u38120977.ct.sendgrid.net/ls/click?upn=u001.Qm3Vt8xLr2aZ9pW0cN7kF4hB1sD6yJ5eG8uT3iO0nM2lK7vX9qR4wE1zP6"
           "aS3dF8gH0jL5kC2bN7mV4xZ9oI1uY6tR3eW8qA0sD5fG2hJ7kL4zX1cV9bN6mQ3wE8rT0yU5iO2pA7sD4fG1hJ")
_plain27 = dedent("""
    AGENCIA TRIBUTARIA – Sede electrónica

    Aviso de puesta a disposición de notificación electrónica

    Titular: EXAMPLE GROUP IBERICA SL – NIF %s
    Procedimiento: Requerimiento de información – Modelo 303, 3T 2026
    Referencia: 2026GRC41877Z

    Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de 10 días naturales para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43.2 de la Ley 39/2015).

    Puede acceder identificándose con Cl@ve o certificado electrónico en el siguiente enlace:
    %s

    Este mensaje se ha enviado de forma automática. Por favor, no responda a este correo.
    """) % (VAT["example_es"], _link27)
_html27 = notice_html(
    "Aviso de puesta a disposición de notificación electrónica",
    ["Titular: <b>EXAMPLE GROUP IBERICA SL</b> – NIF %s<br>Procedimiento: Requerimiento de información – Modelo 303, 3T 2026<br>Referencia: 2026GRC41877Z" % VAT["example_es"],
     "Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de <b>10 días naturales</b> para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se continuará el procedimiento (art. 43.2 de la Ley 39/2015).",
     "Puede acceder identificándose con Cl@ve o certificado electrónico."],
    "Acceder a la notificación", _link27,
    "Agencia Tributaria · Este mensaje se ha enviado de forma automática. Por favor, no responda a este correo.",
    color="#8a1c1c", logo_text="Agencia Tributaria &middot; Sede electrónica", lang="es")
M(27, "es", "aeat-dehu-notificacion",
  ("Agencia Tributaria - Notificaciones", "avisos@notificaciones-agenciatributaria.es"), STAFF["es_acc"],
  "Aviso: nueva notificación electrónica – Requerimiento Modelo 303 (Ref. 2026GRC41877Z)", "2026-10-26 08:05:51",
  P(infra.sendgrid, em_domain="em3312.notificaciones-agenciatributaria.es", uid=38120977),
  alt(text(_plain27, "utf-8", "quoted-printable"), html(_html27, "utf-8", "quoted-printable")),
  hcs="utf-8", henc="Q",
  what="'Agencia Tributaria' notice of an electronic notification (VAT Modelo 303 information request) with a link to log in with Cl@ve",
  why="Tax-office lure; real DEHú/AEAT notices come from agenciatributaria.gob.es / correo.gob.es, not notificaciones-agenciatributaria.es via SendGrid; click-tracking redirect to a Cl@ve/certificate credential page; deadline",
  technique="Credential phishing with national tax office pretext (AEAT / DEHú, Cl@ve), bulk ESP SendGrid")

# ---------------------------------------------------------------- 28 CEO fraud via Outlook.com with fake lawyer
_pt = BANK["fr_ceo_es"]
_body28 = dedent("""
    Hola Iñaki:

    Te escribo directamente y en español para que no haya malentendidos. Necesito tu ayuda con un asunto confidencial que estoy llevando personalmente desde Hagen.

    Estamos cerrando la compra de una participación en un proveedor de machos y moldes en el norte de Portugal. Por motivos fiscales, la señal se paga desde la sociedad española. La operación está bajo acuerdo de confidencialidad hasta el anuncio oficial, así que te pido que no lo comentes con nadie de la oficina, tampoco con Lucía de momento; yo hablaré con ella la semana que viene.

    El despacho que nos asesora es Arrieta & Solís Abogados (Madrid). El letrado Alejandro Solís te escribirá hoy con los datos. El primer pago es de 94.300,00 EUR y debe salir hoy con fecha valor de hoy a la cuenta del depositario:

    IBAN: %s
    Concepto: Señal operación NORTE-26

    Estoy en reuniones todo el día y no puedo atender llamadas. Confírmame por correo cuando esté hecho y mándame el justificante.

    Gracias por tu discreción.

    Matthias Brückner
    CEO - Example Group
    """) % iban_fmt(_pt)
M(28, "es", "ceo-fraude-outlook-abogado",
  ("Matthias Brückner", "m.brueckner.ceo@outlook.com"), STAFF["es_mgr"],
  "Operación confidencial - urgente", "2026-11-19 10:47:35",
  P(infra.outlook_com),
  alt(text(_body28, "iso-8859-1", "quoted-printable"),
      html(html_outlook(_body28, "ES", font="Aptos", charset="iso-8859-1"), "iso-8859-1", "quoted-printable")),
  hcs="iso-8859-1", henc="Q",
  what="'CEO' writing from Outlook.com asks the Spanish office manager to wire EUR 94,300 today for a secret acquisition in Portugal, lawyer to follow",
  why="CEO fraud from a consumer Outlook.com address, secrecy (even from the local accountant), same-day value date, refuses calls, announces fake law firm; company CEO never uses freemail",
  technique="CEO fraud / BEC with fake lawyer from consumer webmail (Outlook.com, Microsoft's genuine consumer infrastructure)")

# ---------------------------------------------------------------- 29 carrier bank change from look-alike .com with fake bank certificate
_fru = BANK["fr_urdaneta"]
_body29 = dedent("""
    Buenos días Lucía:

    Le informamos de que, a partir del 1 de diciembre de 2026, Transportes Urdaneta S.L. centraliza sus cobros en una nueva entidad. Le rogamos que actualice nuestros datos bancarios en su sistema de proveedores:

    Titular: TRANSPORTES URDANETA S.L. (CIF %s)
    Entidad: Revolut Bank UAB, Sucursal en España
    IBAN: %s
    BIC: REVOESM2

    Adjuntamos certificado de titularidad emitido por la entidad. Las facturas pendientes de noviembre (F-2026/1187, F-2026/1192 y F-2026/1204, total 11.840,35 €) deberán abonarse ya en la nueva cuenta.

    Por favor, confírmenos por este medio el cambio para poder conciliar los cobros.

    Un saludo,

    Ainhoa Urdaneta
    Administración
    Transportes Urdaneta S.L.
    Pol. Ind. Arriandi, pab. 7 · 48215 Iurreta (Bizkaia)
    """) % (VAT["urdaneta"], iban_fmt(_fru))
_pdf29 = pdf.make_pdf([
    "# Revolut Bank UAB, Sucursal en Espana", "Certificado de titularidad de cuenta", "---",
    "Por la presente certificamos que la cuenta abajo indicada figura a nombre de:", "",
    "Titular: TRANSPORTES URDANETA S.L.", "CIF: " + VAT["urdaneta"], "IBAN: " + iban_fmt(_fru), "BIC: REVOESM2",
    "Fecha de apertura: 12/11/2026", "", "Y para que conste a los efectos oportunos, se expide el presente",
    "certificado en Madrid, a 24 de noviembre de 2026.", "", "Revolut Bank UAB - Customer Support", "---",
    "Documento generado electronicamente. No requiere firma manuscrita."],
    title="Certificado titularidad", author="Administracion", creator="Microsoft Word",
    producer="Microsoft: Print To PDF", created="D:20261125093012+01'00'")
M(29, "es", "urdaneta-cambio-cuenta-lookalike",
  ("Transportes Urdaneta - Administración", "administracion@transportes-urdaneta.com"), STAFF["es_acc"],
  "Cambio de cuenta bancaria – Transportes Urdaneta S.L.", "2026-11-25 09:36:20",
  P(infra.vps, helo="mail.transportes-urdaneta.com", rdns="static.201.118.217.95.clients.your-server.de",
    ip="95.217.118.201", client_ip="188.241.177.12", mailer="outlook", zone="DE"),
  mixed(alt(text(_body29, "windows-1252", "quoted-printable"),
            html(html_outlook(_body29, "ES", charset="windows-1252"), "windows-1252", "quoted-printable")),
        attach(_pdf29, "application/pdf", "Certificado_titularidad_Urdaneta.pdf")),
  hcs="windows-1252", henc="Q",
  what="Carrier 'Transportes Urdaneta' switches to a new (Revolut) account from December and asks to pay three November invoices there; PDF 'ownership certificate'",
  why="Look-alike domain transportes-urdaneta.com (real: .es) on a Hetzner VPS; Basque haulier moving to a neobank, certificate is a Word print, not bank-issued; confirmation requested by e-mail only",
  technique="Supplier/carrier bank-detail change from look-alike domain on VPS with forged bank certificate PDF")

# ---------------------------------------------------------------- 30 fake DocuSign with QR code (quishing)
_url30 = "https://docusign-eu.net/es/s/8d3KQ2?u=" + b64e("inaki.etxeberria@example.com")
_png30 = img.qr_png(_url30, scale=4)
_html30 = notice_html(
    "Javier Ortega le ha enviado un documento para revisar y firmar",
    ["<b>Contrato marco de suministro 2027 – CAN / Example Group Ibérica</b>",
     "Javier Ortega<br>jortega@can-automocion.es",
     "Por favor, revise y firme el contrato marco. Los precios de las referencias de pinzas de freno y manguetas se han actualizado según lo acordado (índice LME aluminio + energía).",
     "Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR con la cámara de su teléfono:",
     '<img src="cid:ds-qr-30" width="164" height="164" alt="Código QR">'],
    footer="No comparta este correo electrónico ni el código de acceso con otras personas.<br>Docusign Inc., 221 Main Street, Suite 1550, San Francisco, CA 94105",
    color="#1e1e5a", logo_text="Docusign", lang="es")
_plain30 = dedent("""
    Javier Ortega le ha enviado un documento para revisar y firmar.

    Contrato marco de suministro 2027 – CAN / Example Group Ibérica

    Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR incluido en este correo.
    """)
s30 = M(30, "es", "docusign-falso-qr",
        ("Javier Ortega via Docusign", "dse@docusign-eu.net"), STAFF["es_mgr"],
        "Complete con Docusign: Contrato marco de suministro 2027 – CAN / Example Group Ibérica",
        "2026-12-03 16:22:09",
        P(infra.vps, helo="mta1.docusign-eu.net", rdns="vmi2410977.contaboserver.net", ip="207.180.217.44",
          client_ip="127.0.0.1", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", zone="UTC", nohop=True),
        related(alt(text(_plain30, "utf-8", "base64"), html(_html30, "utf-8", "base64")),
                attach(_png30, "image/png", "qr.png", disposition="inline", cid="ds-qr-30")),
        hcs="utf-8", henc="B",
        what="Fake Docusign envelope ('supply framework contract 2027' from a real customer's buyer) that can only be opened via QR code",
        why="Not Docusign (docusign-eu.net on a Contabo VPS with PHPMailer, no envelope ID); QR code moves the victim to a phone, away from URL filtering, to a fake login; uses the real customer contact's name as lure",
        technique="Quishing (inline QR PNG) impersonating Docusign, customer-name lure, look-alike domain on VPS")
s30.qr_urls = [_url30]

# ---------------------------------------------------------------- 31 SharePoint share from compromised customer tenant
_sp31 = "https://canautomocion-my.sharepoint.com/:b:/g/personal/jortega_can-automocion_es/EfK3x9QpL2ZBv7cTn1mHq0sBrX4y8aWkD5eJ6uVgF1tN2w?e=Qk7Zt2"
_html31 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#242424;background:#ffffff">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 36px">
<p style="font-size:20px;margin:0 0 18px 0">Javier Ortega ha compartido un archivo con usted</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;width:480px"><tr><td style="padding:16px">
<p style="margin:0 0 10px 0;font-size:14px">Por favor revise el documento adjunto y confirme recepción.</p>
<p style="margin:0;font-size:15px"><b>&#128196; Pedido_2027_Example_Group.pdf</b></p>
</td></tr></table>
<p style="margin:20px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:9px 18px;text-decoration:none;font-size:14px;border-radius:4px">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</p>
<p style="font-size:12px;color:#616161">Declaración de privacidad de Microsoft</p>
</td></tr></table></body></html>
""" % _sp31
_plain31 = dedent("""
    Javier Ortega ha compartido un archivo con usted

    Por favor revise el documento adjunto y confirme recepción.

    Pedido_2027_Example_Group.pdf
    %s

    Este vínculo solo funcionará para los destinatarios directos de este mensaje.
    """) % _sp31
M(31, "es", "sharepoint-compartido-tenant-comprometido",
  ("Javier Ortega", "no-reply@sharepointonline.com"), STAFF["es_acc"],
  "Javier Ortega ha compartido \"Pedido_2027_Example_Group.pdf\" con usted", "2026-12-06 03:14:52",
  P(infra.exo, region="eurprd02", lang="es-ES", automated=True, tenant_domain="can-automocion.es"),
  alt(text(_plain31, "utf-8", "base64"), html(_html31, "utf-8", "base64")),
  hcs="utf-8", henc="B",
  what="Genuine SharePoint Online share notification from a real customer's buyer: 'Pedido_2027_Example_Group.pdf', sent at 03:14 on a Sunday",
  why="Abuse of a genuinely compromised customer tenant: the notification is real Microsoft infrastructure, but the shared PDF is a one-page lure with a 'view document' button to an AiTM login page; the same share was sent to the buyer's whole address book at night on a weekend, generic note, accountant has no open order with this file name",
  technique="Abuse of genuine SharePoint Online sharing from a compromised customer Microsoft 365 tenant (lure PDF -> AiTM)")
