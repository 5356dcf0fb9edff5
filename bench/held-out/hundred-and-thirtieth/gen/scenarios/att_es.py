# -*- coding: utf-8 -*-
"""Attacks, Spanish (27-31)."""
from .common import *  # noqa: F401,F403
from .common import S, MULE, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, gmail_html, inert
from lib import util, checks as K, archive, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("attack", 27, "es", "aeat-requerimiento-wordpress")
def a27(m):
    m.at("ES", 2026, 11, 11, 10, 19)
    m.mua = "phpmailer"
    m.hdr_cs, m.hdr_enc = "UTF-8", "Q"
    link = m.url("https://vinotecalasrozas.es/wp-content/uploads/2026/11/aeat/notificacion.php?nif=B66512385&ref=2026GRC81473209Z")
    text = ("AGENCIA TRIBUTARIA\nSede Electrónica\n\n"
            "Notificación electrónica disponible\n\n"
            "Titular: EXAMPLE IBERIA SL\nNIF: B66512385\n"
            "Procedimiento: Requerimiento de información – Gestión Tributaria (IVA, ejercicio 2025)\n"
            "Referencia: 2026GRC81473209Z\n\n"
            "Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). "
            "Dispone de un plazo de 10 días naturales para acceder a su contenido; transcurrido dicho plazo se entenderá "
            "practicada la notificación (art. 43 de la Ley 39/2015).\n\n"
            "Acceder a la notificación: %s\n\n"
            "Este mensaje ha sido enviado automáticamente. No responda a este correo.\n" % link)
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;background:#ffffff;color:#333">'
            '<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#b5292f;padding:14px 22px;color:#fff;font-size:18px">'
            '<b>Agencia Tributaria</b><br><span style="font-size:12px">Sede Electrónica</span></td></tr><tr><td style="padding:22px;font-size:14px;line-height:21px">'
            '<b style="font-size:16px">Notificación electrónica disponible</b><br><br>Titular: <b>EXAMPLE IBERIA SL</b><br>NIF: <b>B66512385</b><br>'
            'Procedimiento: Requerimiento de información – Gestión Tributaria (IVA, ejercicio 2025)<br>Referencia: 2026GRC81473209Z<br><br>'
            'Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de '
            '<b>10 días naturales</b> para acceder a su contenido; transcurrido dicho plazo se entenderá practicada la notificación (art. 43 de la Ley 39/2015).<br><br>'
            '<a href="%s" style="background:#b5292f;color:#fff;padding:11px 24px;text-decoration:none">Acceder a la notificación</a><br><br>'
            '<span style="font-size:11px;color:#888">Este mensaje ha sido enviado automáticamente. No responda a este correo.</span></td></tr></table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"))
    m.send(body, ("Agencia Tributaria", "notificaciones@vinotecalasrozas.es"), [S["es_acc"]],
           "Notificación electrónica: Requerimiento de información – NIF B66512385",
           SY.exim_cpanel("cp21.servidoresweb.es", "185.42.104.73", None, None, php_user="vinoteca", php_script="/wp-content/plugins/wp-mail-smtp",
                          zone="ES"), env_from="vinoteca@cp21.servidoresweb.es")
    m.what = ("'Agencia Tributaria' notice that an information request (IVA 2025) is waiting in DEHú, deemed delivered after "
              "10 days; button to access the notification.")
    m.why = ("Tax-authority lure sent by PHPMailer from a hacked WordPress shop (cPanel/Exim, envelope vinoteca@…); the link "
             "goes to a PHP script in the shop's wp-content/uploads that serves a malware download; real DEHú notices come "
             "from the DEHú/AEAT systems and are opened in the sede with certificate.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 28, "es", "caixabank-operacion-pendiente")
def a28(m):
    m.at("ES", 2026, 12, 3, 17, 46)
    m.mua = "javamail"
    link = m.url("https://caixabanknow-empresas.com/firma/operaciones?id=TRF-2026-118471")
    phone = m.phone("+34 910 60 14 82")
    text = ("CaixaBank Now Empresas\n\n"
            "Estimado cliente:\n\n"
            "Se ha registrado en su contrato de banca digital una transferencia pendiente de la segunda firma:\n\n"
            "Importe: 14.870,00 EUR\nBeneficiario: TRANSPORTES ALCALA LOGISTIC SL\nFecha de ejecución: 04/12/2026\n"
            "Referencia: TRF-2026-118471\n\n"
            "Si no reconoce esta operación, cancélela antes de las 20:00 h de hoy desde el siguiente enlace o llámenos al "
            "servicio de atención a empresas %s.\n\n"
            "Revisar operación: %s\n\n"
            "Gracias por confiar en CaixaBank.\n\nEste es un mensaje automático, por favor no responda.\n" % (phone, link))
    html = ('<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="padding:18px 24px;border-bottom:3px solid #007eae;font-size:19px;color:#007eae"><b>CaixaBank</b> Now Empresas</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#333">Estimado cliente:<br><br>Se ha registrado en su contrato de banca digital una '
            'transferencia pendiente de la segunda firma:<br><br><table cellpadding="3" style="font-size:14px"><tr><td>Importe:</td><td><b>14.870,00 EUR</b></td></tr>'
            '<tr><td>Beneficiario:</td><td>TRANSPORTES ALCALA LOGISTIC SL</td></tr><tr><td>Fecha de ejecución:</td><td>04/12/2026</td></tr>'
            '<tr><td>Referencia:</td><td>TRF-2026-118471</td></tr></table><br>Si no reconoce esta operación, cancélela antes de las <b>20:00 h de hoy</b> desde el siguiente enlace '
            'o llámenos al servicio de atención a empresas <b>%s</b>.<br><br><a href="%s" style="background:#007eae;color:#fff;padding:11px 24px;text-decoration:none">Revisar operación</a>'
            '<br><br>Gracias por confiar en CaixaBank.</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#888">Este es un mensaje automático, por favor no responda.</td></tr></table></body></html>' % (phone, H(link)))
    plink = m.url("https://caixabanknow-empresas.com/firma/operaciones?id=TRF-2026-118471&src=pdf")
    d = pdf_doc("helv", producer="JasperReports Library version 6.20.6", creator="JasperReports", title="Detalle de operacion",
                when=util.plus(m.date, -300), tz_min=60)
    d.letterhead("CaixaBank", ["Now Empresas · Detalle de operación pendiente de firma"], color=(0.0, 0.49, 0.68),
                 right_lines=("Ref. TRF-2026-118471", "03/12/2026 17:41"))
    d.kv([("Tipo de operación", "Transferencia SEPA"), ("Cuenta de cargo", "ES** **** **** **** **** 1234 (EXAMPLE IBERIA SL)"),
          ("Beneficiario", "TRANSPORTES ALCALA LOGISTIC SL"), ("Importe", "14.870,00 EUR"), ("Fecha de ejecución", "04/12/2026"),
          ("Estado", "Pendiente de segunda firma")], keyw=150)
    d.para("Si no reconoce esta operación, puede cancelarla de forma segura antes de las 20:00 h pulsando el botón:", 10)
    d.button("Cancelar operación", plink, w=200, color=(0.0, 0.49, 0.68))
    d.para("Atención a empresas: %s" % phone, 9)
    pdfb = d.build()
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable")),
                   m.attach(pdfb, "application/pdf", "Detalle_operacion_TRF-2026-118471.pdf", style="generic"))
    m.send(body, ("CaixaBank Now Empresas", "avisos@caixabanknow-empresas.com"), [S["es_acc"]],
           "Operación pendiente de firma: transferencia 14.870,00 EUR",
           SY.ses("eu-west-1", custom_dkim=("caixabanknow-empresas.com", "x3kq7pz2vd5ly4wbn6hcj8tmf2rg1sae")),
           env_from="010201939b1d77a4-5c2e8f31-49d7-4a0e-b8c5-2f71e6a903dd-000000@eu-west-1.amazonses.com")
    m.what = ("'CaixaBank Now Empresas' alert: a 14,870 EUR transfer waits for the second signature, cancel before 20:00 "
              "via link or call the company service line.")
    m.why = ("Bank phishing with a callback fallback: look-alike caixabanknow-empresas.com sent via Amazon SES, link and a "
             "PDF 'Cancelar operación' button (link annotation) to a fake online-banking login, phone number of the fraudsters "
             "(not CaixaBank's), evening deadline, unknown beneficiary to trigger a fast reaction.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 29, "es", "sharepoint-compartido-comprometido")
def a29(m):
    m.at("ES", 2026, 12, 15, 12, 8)
    m.mua = "m365"
    link = m.url("https://bodegassierranorte-my.sharepoint.com/:b:/g/personal/l_ortega_bodegassierranorte_es/EYk3Lr9vQ1xMt7bZ0pN2wHcBv5s8Qe4Ff6Gh1Jk2LmN3Pq?e=4kTz9X")
    priv = m.url("https://privacy.microsoft.com/es-es/privacystatement")
    fname = "Pedido Navidad 2026 - Example Iberia.pdf"
    note = "Hola Marta, te comparto el pedido de Navidad con las cantidades por hotel y las fechas de entrega. ¡Gracias!"
    text = ("Lucía Ortega ha compartido un archivo contigo\n\n%s\n\n%s\n\nAbrir: %s\n\n"
            "Este vínculo solo funcionará para los destinatarios directos de este mensaje.\n\n"
            "Declaración de privacidad de Microsoft: %s\n" % (note, fname, link, priv))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:560px;margin:auto">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0 8px 0;font-size:24px;color:#242424">Lucía Ortega ha compartido un archivo contigo</td></tr>'
            '<tr><td style="padding:8px 0 16px 0;font-size:14px;color:#424242;border-left:3px solid #0078d4;padding-left:10px">%s</td></tr>'
            '<tr><td style="padding:12px;border:1px solid #e1e1e1"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/item-types/48/pdf.png" width="48" height="48" alt="" style="vertical-align:middle"> '
            '<span style="font-size:15px;color:#242424">%s</span></td></tr>'
            '<tr><td style="padding:18px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:9px 22px;text-decoration:none;border-radius:4px;font-size:14px">Abrir</a></td></tr>'
            '<tr><td style="font-size:12px;color:#616161">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</td></tr>'
            '<tr><td style="padding-top:24px;font-size:11px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240411.001/assets/brand-icons/product/png/microsoft_24x1.png" width="72" alt="Microsoft"> &nbsp; '
            '<a href="%s" style="color:#616161">Declaración de privacidad</a></td></tr></table></div></body></html>' % (H(note), H(fname), H(link), H(priv)))
    body = m.alt(m.plain(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"))
    m.send(body, ("Lucía Ortega", "no-reply@sharepointonline.com"), [S["es_om"]],
           'Lucía Ortega ha compartido el archivo "%s" contigo' % fname,
           SY.m365(domain="sharepointonline.com", dkim_dom="sharepointonline.com", lang="es-ES"),
           reply_to=("Lucía Ortega", "l.ortega@bodegassierranorte.es"))
    m.what = ("Genuine SharePoint Online sharing notification: a winery contact shares 'Pedido Navidad 2026 - Example "
              "Iberia.pdf' with the Barcelona office.")
    m.why = ("Document-share lure from a compromised Microsoft 365 tenant: the mail and the sharepoint.com link are real "
             "(DKIM sharepointonline.com, DMARC pass), but the shared PDF only contains a 'view order' button to a "
             "credential page; the winery is not a customer of Example Iberia, unexpected Christmas 'order'.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 30, "es", "licitacion-hotelera-zip-vbs")
def a30(m):
    m.at("ES", 2026, 10, 19, 11, 31)
    m.mua = "gmail"
    pwd = "GHL2027"
    zname = "Licitacion_GHL_2027.zip"
    inner = "Pliego_de_condiciones_2027.pdf.vbs"
    m.zip_passwords = {zname: pwd}
    z = archive.make_zip([{"name": inner, "data": inert("VBScript downloader", inner), "password": pwd.encode(),
                           "date_time": (2026, 10, 19, 10, 58, 40)},
                          {"name": "Anexo_II_Volumenes.pdf.vbs", "data": inert("VBScript downloader", "Anexo_II_Volumenes.pdf.vbs"),
                           "password": pwd.encode(), "date_time": (2026, 10, 19, 10, 58, 40)}], rng=m.rng)
    m.expect_attachments = [inner]
    frm = ("Compras Grupo Hotelero Levante", "compras.grupohotelerolevante@gmail.com")
    m.phone("+34 965 14 70 21")
    text = ("Buenos días,\n\n"
            "El Grupo Hotelero Levante (9 hoteles en Alicante, Benidorm y Valencia) abre el proceso de licitación para el "
            "suministro de agua mineral natural y con gas para la temporada 2027 (aprox. 1,1 millones de botellas en "
            "vidrio 0,33 l / 0,75 l y PET 0,5 l).\n\n"
            "Adjuntamos el pliego de condiciones y el anexo de volúmenes por hotel. Por confidencialidad el archivo va "
            "protegido con contraseña: %s\n\n"
            "La fecha límite para presentar oferta es el 30 de octubre de 2026.\n\n"
            "Un saludo,\n\nDepartamento de Compras\nGrupo Hotelero Levante\nTel. +34 965 14 70 21\n" % pwd)
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(gmail_html(text), "UTF-8", "quoted-printable")),
                   m.attach(z, "application/zip", zname))
    m.send(body, frm, [S["es_om"]], "Licitación suministro agua mineral temporada 2027 – Grupo Hotelero Levante", SY.gmail())
    m.what = ("Tender invitation from a Levante hotel group for 1.1 million bottles in 2027; tender documents in a "
              "password-protected ZIP.")
    m.why = ("Malware loader disguised as a tender: the ZIP (password GHL2027) holds '.pdf.vbs' scripts; hotel group writes "
             "from a Gmail address, no named buyer, encryption to evade scanning; compare the genuine tender in business/30.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 31, "es", "proveedor-homologado-tasa-registro")
def a31(m):
    m.at("ES", 2026, 11, 12, 14, 22)
    m.mua = "outlookcom"
    mule = m.iban(MULE["a31_gb"], "fraudster – 'registration agent' e-money account (GB)")
    phone = m.phone("+971 4 576 2390")
    frm = ("Emirates Flight Catering - Registro de Proveedores", "efc.supplier.registration@outlook.com")
    text = ("Estimados señores de Example Iberia S.L.:\n\n"
            "Nos complace comunicarles que, tras la evaluación de su catálogo, su empresa ha sido preseleccionada como "
            "proveedor homologado de agua mineral natural para nuestras operaciones de catering aéreo en Dubái durante "
            "el año 2027.\n\n"
            "Pedido inicial previsto: 240.000 botellas de 0,33 l (vidrio) y 180.000 botellas de 0,5 l (PET), con entregas "
            "trimestrales CIF Jebel Ali.\n\n"
            "Para emitir la orden de compra es imprescindible completar el registro de proveedor a través de nuestro agente "
            "autorizado, Gulf Vendor Compliance Services Ltd. La tasa única de registro y verificación documental asciende a "
            "1.850,00 USD y debe abonarse antes del 20/11/2026 a la siguiente cuenta:\n\n"
            "Beneficiario: Gulf Vendor Compliance Services Ltd\nIBAN: %s\nBIC/SWIFT: REVOGB21\n"
            "Concepto: EFC-VR-2027-0458\n\n"
            "Una vez recibido el justificante, les enviaremos la orden de compra y el contrato marco. Para cualquier duda "
            "pueden llamar a nuestra oficina de compras: %s.\n\n"
            "Atentamente,\n\nMohammed Al-Rashidi\nProcurement Department\nEmirates Flight Catering\nDubai - U.A.E.\n" % (K.iban_fmt(mule), phone))
    body = m.alt(m.plain(text, "iso-8859-1", "quoted-printable"), m.html(outlook_html(ol_p(text), "iso-8859-1", "es"), "iso-8859-1", "quoted-printable"))
    m.send(body, frm, [S["es_om"]], "Proveedor homologado 2027 – Registro de proveedor EFC-VR-2027-0458",
           SY.m365(consumer=True, domain="outlook.com", lang="es-ES"))
    m.what = ("'Emirates Flight Catering' congratulates Example Iberia on becoming an approved supplier (420,000 bottles) and "
              "asks for a 1,850 USD vendor registration fee to an 'authorised agent'.")
    m.why = ("Advance-fee fraud: big order as bait, fee paid in advance to a third-party 'agent' account in the UK, "
             "airline caterer writing from an outlook.com address, no prior contact or RFQ.")
