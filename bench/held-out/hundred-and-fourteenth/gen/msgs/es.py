"""Spanish messages: attack 27-31, business 27-31."""
from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import to_plain, to_html, gmail_texts, Quote
from data.company import staff, CHATARRAS as CH, URIBE, OFF
from . import attack, business
from .common import letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed, euro

ES = OFF["ES"]
CIF = ES["ids"][0][1]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def pt_iban(bank, branch, account11):
    base = bank + branch + account11
    chk = 98 - (int(base) * 100) % 97
    return C.iban_make("PT", base + "%02d" % chk)


# =========================================================== ATTACKS
@attack("27-es-aeat-notificacion-requerimiento-zip.eml",
        "'Agencia Tributaria' says an electronic notification (proposed provisional VAT assessment, modelo 303) "
        "awaits the Spanish entity and must be accessed within 10 days via a link",
        "Tax-authority lure delivering malware: look-alike domain agenciatributaria-dehu.es on an attacker VPS without "
        "reverse DNS, HTML-only mail; the link on notificaciones-dehu.com downloads a ZIP (banking-trojan loader "
        "typical for Spain); real notices are only announced and read in DEHú/Sede on gob.es")
def a27(m):
    m.when("2026-10-19 10:50:31", "EU").sender("Agencia Tributaria", "notificaciones@agenciatributaria-dehu.es")
    m.recipients([staff("acc_es")])
    url = "https://sede-agenciatributaria.notificaciones-dehu.com/descarga.php?ref=2026GRC48117390&nif=%s" % CIF
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#5d7d9a;color:#fff;padding:12px;font-size:16px">'
            '<b>Agencia Tributaria</b> &middot; Sede electr&oacute;nica</td></tr><tr><td style="padding:16px">'
            '<p>Estimado/a contribuyente:</p>'
            '<p>Le informamos de que tiene a su disposici&oacute;n una notificaci&oacute;n electr&oacute;nica de la Agencia Estatal de '
            'Administraci&oacute;n Tributaria dirigida a <b>EXAMPLE METALES IBERICA SL</b> (NIF %s).</p>'
            '<p><b>Procedimiento:</b> Propuesta de liquidaci&oacute;n provisional &ndash; Impuesto sobre el Valor A&ntilde;adido '
            '(modelo 303), 2T 2026.<br><b>Referencia:</b> 2026GRC48117390</p>'
            '<p>Plazo de comparecencia: 10 d&iacute;as naturales desde la puesta a disposici&oacute;n. Transcurrido dicho plazo la '
            'notificaci&oacute;n se entender&aacute; rechazada (art. 43 de la Ley 39/2015).</p>'
            '<p style="text-align:center"><a href="%s" style="background:#c8102e;color:#fff;padding:10px 22px;text-decoration:none">Acceder a la notificación</a></p>'
            '<p style="font-size:11px;color:#777">Este mensaje ha sido generado autom&aacute;ticamente. Por favor, no responda a este correo.</p>'
            '</td></tr></table></body></html>' % (CIF, url))
    body = text_part(html, "html", "iso-8859-1", "quoted-printable")
    r = S2.vps_postfix(m, "mail.agenciatributaria-dehu.es", "45.95.147.88", tz="EU", rdns="", dkim_sel=None,
                       system="attacker VPS without reverse DNS (Postfix)", hdr_charset="iso-8859-1", hdr_enc="Q")
    return m.finish(r, body, "Notificación electrónica pendiente de comparecencia – Ref. 2026GRC48117390",
                    auth=dict(spf="neutral", dmarc=None))


@attack("28-es-cobre-millberry-anticipo.eml",
        "'Metales Recuperados del Sur' (outlook.es) offers 250 t Millberry copper and 100 t cathodes at LME −18 % "
        "against a 30 % advance payment to a Portuguese account within 48 hours",
        "Advance-fee fraud typical of the metals trade: price far below market, free-mail sender, unknown company, "
        "prepayment to a foreign account before any inspection or weighing, artificial deadline ('another buyer in "
        "Turkey'), WhatsApp number")
def a28(m):
    m.when("2026-11-02 17:25:48", "EU").sender("Rafael Domínguez - Metales Recuperados del Sur", "rdominguez.metalesdelsur@outlook.es")
    m.recipients([staff("om_es")])
    iban = pt_iban("0033", "0000", "45318427719")
    m.iban(iban, "Metales Recuperados del Sur S.L. (claimed)", "Millennium bcp (Portugal)", "advance-fee payee")
    m.phone("+34 611 284 907")
    paras = ["Buenas tardes Sra. Etxeberria,",
             "somos una empresa de Algeciras dedicada a la recuperación de metales. Disponemos de forma inmediata de "
             "250 t de chatarra de cobre Millberry (99,9 %) y 100 t de cátodo de cobre grado A, procedentes del "
             "desmantelamiento de una planta industrial.",
             "Precio: LME cobre -18 % (FCA Algeciras).\nCondiciones: 30 % de anticipo por transferencia para reservar el "
             "lote y programar la carga, 70 % contra fotos de carga y tickets de pesaje.",
             "Le adjunto la proforma. La oferta es válida 48 horas porque tenemos otro comprador interesado en Turquía.",
             "Quedo a su disposición por teléfono o WhatsApp: +34 611 284 907",
             "Atentamente,\nRafael Domínguez\nDirector comercial\nMetales Recuperados del Sur S.L."]
    pdfdata = letter_pdf(
        m, "Metales Recuperados del Sur S.L.", ["Polígono Cortijo Real, Nave 14 · 11206 Algeciras (Cádiz) · CIF %s" % C.es_cif("B", "1148277")],
        ["Cliente:", "Example Metales Ibérica S.L.", "Zamudio (Bizkaia)"],
        [("Proforma nº", "PF-2026/118"), ("Fecha", "02/11/2026"), ("Validez", "48 horas")],
        "FACTURA PROFORMA",
        ["Condiciones: FCA Algeciras. 30 % anticipo a la firma de la proforma, 70 % contra fotos de carga y pesaje."],
        [["Metales Recuperados del Sur S.L."], ["Algeciras"], ["rdominguez.metalesdelsur@outlook.es"]],
        pdf_date(m.at(-3600)), producer="Microsoft: Print To PDF", creator="Microsoft Word", author="PC",
        table=(["Material", "Cantidad", "Precio", "Importe €"],
               [["Chatarra de cobre Millberry 99,9 %", "250 t", "LME -18 %", "2.187.500,00"],
                ["Cátodo de cobre grado A", "100 t", "LME -15 %", "926.500,00"]], ["l", "r", "r", "r"]),
        col_x=[50, 300, 370, 450], totals=[("Total estimado", "3.114.000,00", False), ("Anticipo 30 %", "934.200,00", True)],
        signature=["Datos bancarios para el anticipo:", "Millennium bcp – IBAN %s" % C.iban_fmt(iban), "BIC BCOMPTPL"])
    from mailgen.builder import outlook_texts, fill_charset
    plain, html = outlook_texts(paras, "es")
    a = multipart("alternative", [text_part(plain, "plain", "iso-8859-1", "quoted-printable"),
                                   text_part(fill_charset(html, "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")],
                  boundary(m.rng, "outlook"))
    body = mixed(m, [a, outlook_attachment(pdfdata, "application/pdf", "Proforma_PF-2026-118.pdf", m)])
    r = S.outlook_consumer(m, "outlook.es", "es-ES")
    return m.finish(r, body, "Oferta chatarra de cobre Millberry y cátodo – 250 t disponibles inmediato",
                    auth=dict(spf="pass", dmarc="none"))


@attack("29-es-dropbox-liquidacion-cuenta-nueva.eml",
        "Real Dropbox sharing notice: 'Chatarras del Nervión – Administración' shares 'Liquidación octubre 2026 – "
        "Example Metales.pdf', note mentions 'the new account for the payment'",
        "Abuse of Dropbox by a free Gmail account posing as the supplier's administration (the real supplier mails "
        "from chatarrasnervion.es via its own server and attaches PDFs); the shared PDF links to a phishing page and "
        "primes a bank-detail change; Dropbox's authentication passes")
def a29(m):
    m.when("2026-11-20 12:40:05", "EU").sender("Chatarras del Nervión – Administración (a través de Dropbox)", "no-reply@dropbox.com")
    m.recipients([staff("acc_es")])
    fid = core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 25)
    url = "https://www.dropbox.com/scl/fi/%s/Liquidaci-n-octubre-2026-Example-Metales.pdf?rlkey=%s&dl=0" % (fid, core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 25))
    paras = ["Chatarras del Nervión – Administración (chatarrasnervion.admin@gmail.com) te ha invitado a ver el archivo "
             "«Liquidación octubre 2026 – Example Metales.pdf» en Dropbox.",
             "\"Buenos días Javier, te paso la liquidación de octubre con la nueva cuenta para el pago. Un saludo\"",
             "[Ver archivo](%s)" % url,
             "Disfruta de Dropbox.\nEl equipo de Dropbox",
             "© 2026 Dropbox · [Cancelar suscripción](https://www.dropbox.com/account/notifications)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="background:#f7f5f2;margin:0"><table align="center" width="600" style="background:#fff;font-family:\'Sharp Grotesk\',Helvetica,Arial,sans-serif;font-size:16px;color:#1e1919">'
            '<tr><td style="padding:24px"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png" width="34" alt="Dropbox"></td></tr>'
            '%s</table></body></html>' % "".join('<tr><td style="padding:8px 24px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    r = S2.saas(m, "mail-snd-w12.dropbox.com", "162.125.6.%d" % m.rng.randrange(10, 250), "dropbox.com", "k2048",
                "bounce+%s@bounce.dropbox.com" % core.hexs(m.rng, 16), "Dropbox notification mail (platform abused)")
    return m.finish(r, body, "Chatarras del Nervión – Administración ha compartido «Liquidación octubre 2026 – Example Metales.pdf» contigo",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=("Chatarras del Nervión – Administración", "chatarrasnervion.admin@gmail.com"))


@attack("30-es-canva-contrato-suministro.eml",
        "Real Canva invitation: 'Compras Acerías del Zadorra' invites the office to view 'Contrato de suministro "
        "chatarra 2027 – pendiente de firma'",
        "Abuse of Canva's sharing (mail genuinely from canva.com through Amazon SES, authentication passes): the "
        "'design' is a one-page fake contract whose 'Firmar documento' button goes to a credential-phishing page; the "
        "inviter is not a known customer contact and steel mills do not send contracts as Canva designs")
def a30(m):
    m.when("2026-12-09 16:02:33", "EU").sender("Compras Acerías del Zadorra (vía Canva)", "no-reply@canva.com")
    m.recipients([staff("om_es")])
    did = "DAG%s" % core.rstr(m.rng, ALNUM + "-_", 8)
    url = ("https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link&utm_source=sharebutton"
           % (did, core.rstr(m.rng, ALNUM + "-_", 22), did))
    paras = ["Compras Acerías del Zadorra te ha invitado a ver un diseño",
             "«Contrato de suministro chatarra 2027 – pendiente de firma»",
             "\"Adjuntamos el borrador de contrato de suministro para 2027. Rogamos revisar y firmar digitalmente antes del viernes.\"",
             "[Abrir diseño](%s)" % url,
             "Canva Pty Ltd · 110 Kippax Street, Surry Hills NSW 2010, Australia\n[Política de privacidad](https://www.canva.com/policies/privacy-policy/)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f5">'
            '<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:\'Canva Sans\',Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:32px 40px 8px"><span style="color:#7d2ae8;font-size:28px;font-weight:bold">Canva</span></td></tr>'
            '%s</table></body></html>' % "".join('<tr><td style="padding:10px 40px;font-size:15px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64"),
                                      text_part(html, "html", "UTF-8", "base64")], boundary(m.rng, "ses"))
    r = S.ses(m, "us-east-1", "canva.com", "canva2025", mail_from_domain="mail.canva.com", system="Canva notification mail on Amazon SES us-east-1 (platform abused)")
    return m.finish(r, body, "Compras Acerías del Zadorra te ha invitado a ver «Contrato de suministro chatarra 2027 – pendiente de firma»",
                    auth=dict(spf="pass", dmarc="quarantine"))


@attack("31-es-metaltradehub-kyc-suspension.eml",
        "'MetalTrade Hub' warns that the Spanish account will be suspended unless a KYC verification is completed by "
        "2 Nov, otherwise pending payments are withheld",
        "Trade-portal credential phishing: look-alike domain metaltradehub-secure.com sent through the attacker's "
        "own SendGrid account (so the technical fingerprint matches the real portal's mails); invented regulation "
        "('AMLR 2027') and deadline; link to the look-alike domain")
def a31(m):
    m.when("2026-10-30 08:05:16", "EU").sender("MetalTrade Hub", "soporte@metaltradehub-secure.com")
    m.recipients([staff("om_es")])
    url = "https://metaltradehub-secure.com/es/kyc/verify?acct=EXM-ES-20417&ref=%s" % core.hexs(m.rng, 12)
    paras = ["Estimado/a usuario/a:",
             "con motivo de la entrada en vigor del nuevo Reglamento europeo contra el blanqueo de capitales (AMLR), "
             "todas las empresas registradas en MetalTrade Hub deben completar de nuevo la verificación KYC antes del "
             "**02/11/2026**.",
             "Las cuentas no verificadas no podrán publicar ofertas ni cerrar operaciones, y los pagos pendientes a su "
             "favor quedarán retenidos hasta completar el proceso.",
             "[Verificar mi cuenta](%s)" % url,
             "El proceso dura menos de 5 minutos. Necesitará el acceso de administrador de su cuenta y el CIF de la empresa.",
             "Atentamente,\nEquipo de Cumplimiento\nMetalTrade Hub B.V. · Rotterdam"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#eef2f5;margin:0">'
            '<table align="center" width="600" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c2b36">'
            '<tr><td style="background:#0d3b66;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">MetalTrade Hub</td></tr>'
            '%s</table></body></html>' % "".join('<tr><td style="padding:10px 24px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    r = S.sendgrid(m, "metaltradehub-secure.com", "em1187", 48273119, system="SendGrid (attacker-registered account)")
    return m.finish(r, body, "Aviso: su cuenta de MetalTrade Hub será suspendida – verificación KYC pendiente",
                    auth=dict(spf="pass", dmarc=None))


# ========================================================== BUSINESS
@business("27-es-gestoria-requerimiento-aeat-347.eml",
          "The Spanish tax adviser (Uribe & Zabala) forwards an AEAT information requirement on modelo 347 that she "
          "retrieved in DEHú as authorised representative, with the PDF and a draft reply (DOCX)",
          "Known adviser on Google Workspace (authentication passes); the official notice was read in DEHú, the "
          "requirement itself is attached as PDF with a CSV verification code on sede.agenciatributaria.gob.es; asks "
          "for ledgers, not for payment or credentials",
          pair=("27-es-aeat-notificacion-requerimiento-zip.eml",
                "Both concern an AEAT notification to the Spanish entity in the same week; the genuine one comes via "
                "the gestoría with the documents, the fake impersonates AEAT with a download link"))
def b27(m):
    m.when("2026-10-22 12:15:09", "EU").sender(*URIBE["zabala"])
    m.recipients([staff("acc_es")])
    m.phone("+34 944 237 615")
    csv = "%s%s" % (core.rstr(m.rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8), core.rstr(m.rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8))
    paras = ["Hola Javier:",
             "Como apoderados en DEHú hemos accedido hoy a la notificación que la AEAT puso a disposición el 20/10. Es "
             "un requerimiento de información sobre la declaración de operaciones con terceros (modelo 347) de 2025: "
             "piden el detalle de las compras a Chatarras del Nervión y a otros dos proveedores porque no cuadran con "
             "lo que han declarado ellos.",
             "Plazo: 10 días hábiles desde la notificación (hasta el 05/11). Te adjunto el requerimiento en PDF y un "
             "borrador de contestación. ¿Nos puedes enviar el libro de facturas recibidas de esos tres proveedores "
             "(extracto del ERP) antes del día 29?",
             "Si quieres lo vemos por teléfono.",
             "Un saludo,",
             "Ane Zabala\nAsesora fiscal\nUribe & Zabala Asesores S.L.P.\nGran Vía 45, 4º – 48011 Bilbao\nT +34 944 237 615"]
    req = letter_pdf(
        m, "Agencia Tributaria", ["Delegación Especial del País Vasco · Dependencia Regional de Gestión Tributaria"],
        ["EXAMPLE METALES IBERICA SL", "NIF %s" % CIF, "POL. IND. UGALDEGUREN I, PARC. 6-B", "48170 ZAMUDIO (BIZKAIA)"],
        [("Referencia", "2026GRC41877012"), ("Fecha", "20/10/2026"), ("Modelo", "347 – ejercicio 2025"), ("CSV", csv)],
        "Requerimiento de información",
        ["En el ejercicio de las facultades de comprobación previstas en los artículos 93 y 141 de la Ley 58/2003, "
         "General Tributaria, se le requiere para que aporte, en el plazo de diez días hábiles contados a partir del "
         "siguiente al de la notificación, la siguiente documentación:",
         "1. Relación de facturas recibidas en 2025 de los proveedores CHATARRAS DEL NERVION SA (%s) y otros dos "
         "obligados tributarios relacionados en el anexo, con indicación de fecha, base imponible y cuota, en su caso "
         "con aplicación de la inversión del sujeto pasivo (art. 84.Uno.2º c) LIVA)." % CH["cif"],
         "2. Justificantes de pago de dichas facturas.",
         "La documentación podrá aportarse a través del registro electrónico de la Sede electrónica de la Agencia Tributaria.",
         "Documento firmado electrónicamente. Puede comprobar su autenticidad mediante el Código Seguro de Verificación "
         "%s en https://sede.agenciatributaria.gob.es" % csv],
        [["Agencia Estatal de Administración Tributaria"], ["Código Seguro de Verificación: %s" % csv], ["Página 1 de 1"]],
        pdf_date(m.at(-2 * 86400)), producer="AEAT – Generador de documentos", creator="AEAT", author="AEAT")
    doc = office.docx([("h", "Contestación al requerimiento 2026GRC41877012"),
                       "A la Dependencia Regional de Gestión Tributaria – Delegación Especial del País Vasco",
                       "D. Javier Martín Ruiz, en nombre y representación de EXAMPLE METALES IBERICA SL (NIF %s), en relación "
                       "con el requerimiento de referencia, aporta la siguiente documentación:" % CIF,
                       "1. Relación de facturas recibidas de los proveedores indicados (Anexo I).",
                       "2. Justificantes de los pagos realizados por transferencia (Anexo II).",
                       "Las diferencias detectadas con las declaraciones de los proveedores se deben a facturas de diciembre "
                       "de 2025 contabilizadas en enero de 2026 [PENDIENTE DE CONFIRMAR CON EL CLIENTE].",
                       "En Bilbao, a ___ de noviembre de 2026."],
                      creator="Ane Zabala", created="2026-10-22T09:40:00Z", company="Uribe & Zabala Asesores S.L.P.")
    plain, html = gmail_texts(paras, "es")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    body = multipart("mixed", [a, bin_part(req, "application/pdf", "Requerimiento_AEAT_2026GRC41877012.pdf"),
                               bin_part(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        "Borrador_contestacion_requerimiento_347.docx")], boundary(m.rng, "gmail"))
    r = S.gmail(m, workspace="uribezabala.com", lang="es")
    return m.finish(r, body, "Requerimiento AEAT modelo 347 ejercicio 2025 – Example Metales Ibérica (notificación DEHú 20/10)",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("28-es-chatarras-oferta-cobre-laton.eml",
          "Aitor Goikoetxea (Chatarras del Nervión) offers the November lot: No. 2 copper, brass and aluminium extrusion, "
          "priced against LME, paid 30 days after weighing in Zamudio",
          "Long-standing supplier from its own Zimbra server (authentication passes); market-level prices, delivery to "
          "our yard, payment after our own weighing and analysis, no prepayment",
          pair=("28-es-cobre-millberry-anticipo.eml",
                "Both are copper scrap offers to the Spanish office; the genuine one is at market price with payment "
                "after delivery, the fake far below market against an advance"))
def b28(m):
    m.when("2026-11-03 09:32:20", "EU").sender(*CH["aitor"])
    m.recipients([staff("om_es")], [staff("sales")])
    m.phone("+34 688 214 903")
    text = ("Egun on Itziar,\n\nos paso la oferta del lote de noviembre:\n\n"
            "- Cobre 2ª (Birch/Cliff): aprox. 18 t, LME cobre -9 %\n"
            "- Latón (honey, virutas aparte): 12 t, 63 % del LME cobre\n"
            "- Aluminio perfil 6063 limpio: 22 t, 2.140 €/t\n\n"
            "Condiciones como siempre: entrega en vuestra nave de Zamudio con nuestros camiones, pago a 30 días desde la "
            "fecha de pesaje en vuestra báscula y análisis por vuestro laboratorio. Si os interesa todo, podemos empezar a "
            "cargar el lunes 9.\n\nMarkus, te pongo en copia por el cobre, que creo que os interesa para Duisburg.\n\n"
            "Un saludo,\nAitor Goikoetxea\nResponsable comercial\nChatarras del Nervión S.A.\n"
            "Calle Ribera del Galindo 14 – 48903 Barakaldo (Bizkaia)\nMóvil +34 688 214 903\n")
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (to_html(l) or "<br data-mce-bogus=\"1\">") for l in text.split("\n")) + "</div></body></html>")
    body = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "zimbra"))
    r = S2.zimbra(m, "correo.chatarrasnervion.es", "192.0.2.140", "83.213.94.17")
    return m.finish(r, body, "Oferta lote noviembre: cobre 2ª, latón y aluminio perfil", auth=dict(spf="pass", dmarc="quarantine"))


@business("29-es-chatarras-factura-octubre.eml",
          "Chatarras del Nervión's administration sends invoice F-2026/0731 for the October deliveries to Zamudio "
          "(reverse charge for scrap, art. 84.Uno.2º c LIVA)",
          "Supplier's own domain and server (authentication passes), the PDF is attached directly, weights match the "
          "yard's weighing tickets, payment to the supplier's usual Kutxabank account",
          pair=("29-es-dropbox-liquidacion-cuenta-nueva.eml",
                "Same supplier and same October settlement; the fake arrives as a Dropbox share from a Gmail account "
                "announcing a 'new account'"))
def b29(m):
    m.when("2026-11-10 13:05:44", "EU").sender(*CH["admin"])
    m.recipients([staff("acc_es")])
    m.iban(CH["iban"], "Chatarras del Nervión S.A.", "Kutxabank", "supplier's regular account")
    m.phone("+34 944 385 210")
    items = [("06/10 Cobre 2ª (Birch/Cliff) – ticket 26-4417", "5.840 kg", "8,74", 5840 * 8.74),
             ("14/10 Latón honey – ticket 26-4502", "4.120 kg", "6,02", 4120 * 6.02),
             ("21/10 Aluminio perfil 6063 – ticket 26-4588", "7.960 kg", "2,11", 7960 * 2.11),
             ("28/10 Cobre 2ª (Birch/Cliff) – ticket 26-4651", "6.210 kg", "8,81", 6210 * 8.81)]
    total = round(sum(v for *_, v in items), 2)
    text = ("Buenos días Javier:\n\nAdjuntamos la factura F-2026/0731 correspondiente a las entregas de octubre en "
            "vuestra planta de Zamudio (4 entregas, 24.130 kg según vuestros tickets de báscula). Operación con "
            "inversión del sujeto pasivo.\n\nVencimiento: 10/12/2026, transferencia a la cuenta de siempre (Kutxabank).\n\n"
            "Un saludo,\nAdministración\nChatarras del Nervión S.A.\nTel. +34 944 385 210\n")
    inv = letter_pdf(
        m, "CHATARRAS DEL NERVIÓN S.A.", ["Calle Ribera del Galindo 14 · 48903 Barakaldo (Bizkaia) · CIF %s" % CH["cif"]],
        ["EXAMPLE METALES IBERICA SL", "CIF %s" % CIF, "Pol. Ind. Ugaldeguren I, Parcela 6-B", "48170 Zamudio (Bizkaia)"],
        [("Factura", "F-2026/0731"), ("Fecha", "09/11/2026"), ("Vencimiento", "10/12/2026"), ("Forma de pago", "Transferencia")],
        "FACTURA",
        ["Entregas de octubre de 2026 en planta Zamudio. Pesos según tickets de báscula del cliente."],
        [["Chatarras del Nervión S.A.", "Reg. Merc. Bizkaia T. 3418, F. 112, H. BI-18427"], ["Kutxabank", "IBAN %s" % C.iban_fmt(CH["iban"])],
         ["Tel. +34 944 385 210", "administracion@chatarrasnervion.es"]],
        pdf_date(m.at(-86400)), producer="a3ERP – PDF", creator="a3ERP", author="Administración",
        table=(["Concepto", "Peso", "€/kg", "Importe €"], [[t, w, p, euro(v, "es")] for t, w, p, v in items], ["l", "r", "r", "r"]),
        col_x=[50, 330, 400, 460], totals=[("Base imponible", euro(total, "es"), False), ("IVA (inversión del sujeto pasivo)", "0,00", False),
                                           ("Total factura", euro(total, "es"), True)],
        signature=["Operación con inversión del sujeto pasivo – art. 84.Uno.2º c) Ley 37/1992 del IVA."])
    body = multipart("mixed", [text_part(text, "plain", "utf-8", "quoted-printable"),
                               bin_part(inv, "application/pdf", "F-2026-0731.pdf")], boundary(m.rng, "zimbra"))
    r = S2.zimbra(m, "correo.chatarrasnervion.es", "192.0.2.140", "83.213.94.21")
    return m.finish(r, body, "Factura F-2026/0731 – entregas octubre 2026 en Zamudio", auth=dict(spf="pass", dmarc="quarantine"))


@business("30-es-canva-stand-feria-agencia.eml",
          "Canva invitation from the marketing agency to edit the trade-fair stand and roll-up design",
          "Genuine Canva sharing (canva.com via Amazon SES, authentication passes) from the company's known agency "
          "contact, edit link on canva.com, content is a design for our own fair stand",
          pair=("30-es-canva-contrato-suministro.eml",
                "Both are Canva invitations to the Spanish office; the genuine one is a design from our agency, the "
                "fake a 'contract to sign' from an unknown buyer"))
def b30(m):
    m.when("2026-12-10 12:20:15", "EU").sender("Leire Arrieta (vía Canva)", "no-reply@canva.com")
    m.recipients([staff("om_es")])
    did = "DAG%s" % core.rstr(m.rng, ALNUM + "-_", 8)
    url = ("https://www.canva.com/design/%s/%s/edit?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton"
           % (did, core.rstr(m.rng, ALNUM + "-_", 22), did))
    paras = ["Leire Arrieta te ha invitado a editar un diseño",
             "«Stand Example Metales – Feria Metalrecicla Bilbao 2027»",
             "\"Hola Itziar, aquí tienes la propuesta del stand (3×4 m) y del roll-up con los logos nuevos. Deja los "
             "comentarios directamente en el diseño y lo cerramos el martes. Leire – Txori Comunicación\"",
             "[Editar diseño](%s)" % url,
             "Canva Pty Ltd · 110 Kippax Street, Surry Hills NSW 2010, Australia\n[Política de privacidad](https://www.canva.com/policies/privacy-policy/)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f5">'
            '<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:\'Canva Sans\',Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:32px 40px 8px"><span style="color:#7d2ae8;font-size:28px;font-weight:bold">Canva</span></td></tr>'
            '%s</table></body></html>' % "".join('<tr><td style="padding:10px 40px;font-size:15px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64"),
                                      text_part(html, "html", "UTF-8", "base64")], boundary(m.rng, "ses"))
    r = S.ses(m, "us-east-1", "canva.com", "canva2025", mail_from_domain="mail.canva.com", system="Canva notification mail on Amazon SES us-east-1")
    return m.finish(r, body, "Leire Arrieta te ha invitado a editar «Stand Example Metales – Feria Metalrecicla Bilbao 2027»",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("31-es-metaltradehub-alerta-oferta.eml",
          "MetalTrade Hub alert: a new aluminium extrusion offer (48 t, Valencia) matches the Spanish office's saved search",
          "The marketplace's real domain via its SendGrid account (authentication passes, click-tracking links on the "
          "platform's branded SendGrid domain); informational, no action on the account required",
          pair=("31-es-metaltradehub-kyc-suspension.eml",
                "Same platform look and SendGrid infrastructure; the genuine alert is from metaltradehub.com, the fake "
                "from metaltradehub-secure.com demanding KYC"))
def b31(m):
    m.when("2026-11-19 07:30:02", "EU").sender("MetalTrade Hub", "notifications@metaltradehub.com")
    m.recipients([staff("om_es")])
    def trk():
        return "https://u4821.ct.sendgrid.net/ls/click?upn=u001.%s" % core.rstr(m.rng, ALNUM + "-_", 90)
    offer = trk()
    alerts = trk()
    unsub = trk()
    paras = ["Hola Itziar,",
             "hay una nueva oferta que coincide con su alerta «Aluminio – País Vasco/Navarra/Valencia»:",
             "**Aluminio perfil 6063 (Taint/Tabor), 48 t**\nOrigen: Valencia (ES) · Entrega: FCA o DAP Bizkaia\n"
             "Precio indicativo: 2.180 €/t · Publicado: 19/11/2026 06:58",
             "[Ver oferta MTH-447812](%s)" % offer,
             "[Gestionar mis alertas](%s) · [Darse de baja](%s)" % (alerts, unsub),
             "MetalTrade Hub B.V. · Wilhelminakade 91 · 3072 AP Rotterdam · Países Bajos"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#eef2f5;margin:0">'
            '<table align="center" width="600" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c2b36">'
            '<tr><td style="background:#0d3b66;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">MetalTrade Hub</td></tr>'
            '%s</table><img src="https://u4821.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>'
            % ("".join('<tr><td style="padding:10px 24px">%s</td></tr>' % to_html(p) for p in paras), core.rstr(m.rng, ALNUM, 80)))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    r = S.sendgrid(m, "metaltradehub.com", "em4821", 19384756,
                   app_headers=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    return m.finish(r, body, "Nueva oferta para su alerta: Aluminio perfil 6063, 48 t (Valencia)",
                    auth=dict(spf="pass", dmarc="quarantine"))
