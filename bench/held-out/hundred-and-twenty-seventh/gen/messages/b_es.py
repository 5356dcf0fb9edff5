"""Business messages, Spanish (27-31)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime, png, ttf
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

ES = W.OFF["ES"]
CML = W.CML
EG_ES = ["Example Group Obras Marítimas S.L.U.", "Avenida del Puerto 300", "46024 Valencia", "NIF %s" % ES["ids"]["CIF / NIF-IVA"][2:]]


# ---------------------------------------------------------------------------------------------
@message("business", "27-es-dehu-aviso-notificacion")
def b27(m):
    r = m.r
    t = at(2026, 11, 5, 8, 3, 19, zone="ES")
    text = ("Dirección Electrónica Habilitada única (DEHú)\n\n"
            "Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada "
            "única.\n\n"
            "Titular: EXAMPLE GROUP OBRAS MARITIMAS SLU (%s)\n"
            "Organismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Concepto: Requerimiento de información - Modelo 347 ejercicio 2025\n"
            "Fecha de puesta a disposición: 05/11/2026\n\n"
            "Para acceder a la notificación, entre en https://dehu.redsara.es con certificado electrónico o Cl@ve. "
            "La notificación se entenderá rechazada si no accede a su contenido en el plazo de diez días naturales "
            "desde su puesta a disposición.\n\n"
            "Este aviso tiene carácter meramente informativo y no contiene enlaces ni documentos adjuntos. La Administración "
            "nunca le solicitará descargar archivos comprimidos ni ejecutar programas para acceder a una notificación.\n\n"
            "Por favor, no responda a este mensaje.\n" % ES["ids"]["CIF / NIF-IVA"][2:])
    root = m.text(text, "iso-8859-1", "quoted-printable")
    ctx = m.ctx(t, ("DEHú - Notificaciones", "no-reply@dehu.redsara.es"), [W.st("javier")],
                "Aviso de puesta a disposición de notificación en la DEHú", root, zone="ES", subj_cs="iso-8859-1",
                subj_enc="Q", name_cs="iso-8859-1")
    ctx.msgid = "<%s.%d@notifica-dehu-app02>" % (rhex(r, 20), ctx.ts())
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None), ("Auto-Submitted", "auto-generated")]
    res = S.platform(ctx, "correo-salida2.redsara.es", "192.0.2.166", mua,
                     [("redsara.es", "sara2024", "From:To:Subject:Date:Message-ID", "opendkim")],
                     inner=["from notifica-dehu-app02 (unknown [10.245.12.32])\n\tby correo-salida2.redsara.es (Postfix) "
                            "with ESMTP id {QID}\n\tfor <%s>; {DATE}" % W.st("javier")[1]], dmarc=("pass", "reject"))
    m.facts(url=["https://dehu.redsara.es"])
    m.describe("Genuine DEHú notice that the tax agency has made a notification (information request, model 347) "
               "available; access only on the official site with certificate or Cl@ve.",
               "Genuine: government relay with DKIM/DMARC pass, plain text, no link except the official portal address, "
               "no attachment, explicitly warns against ZIP downloads.",
               pair="A27 (fake AEAT notification with Dropbox ZIP)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "28-es-cml-factura-verifactu")
def b28(m):
    r = m.r
    t = at(2026, 10, 30, 10, 41, 52, zone="ES")
    bank = CML["bank"]
    items = [("Gasóleo marino DMA (ISO 8217), suministro a TSHD Elbstrom\nmuelle de Levante, albarán 26-11873, densidad 0,851", 30.2,
              "m3", 1010.00),
             ("Servicio de suministro en muelle (camión cisterna)\n2 servicios nocturnos", 2, "serv.", 185.00)]
    net = round(sum(q * p for _, q, _, p in items), 2)
    gross = round(net * 1.21, 2)
    qr = ("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=FV-2026-001873&fecha=30-10-2026"
          "&importe=%.2f" % (CML["cif"], gross))
    pdfb, net2, vat, gross2 = docs.invoice_pdf(
        m, "es", dict(name="Combustibles Marinos del Levante", tag=["Suministro de combustible a buques · Puerto de Valencia"],
                      lines=["Combustibles Marinos del Levante, S.A.", "C/ Dr. J. J. Dómine 14", "46011 Valencia",
                             "NIF %s" % CML["cif"], "Tel. +34 963 67 18 20", "facturacion@cmlevante.es"],
                      short=["Combustibles Marinos del Levante, S.A.", "C/ Dr. J. J. Dómine 14", "46011 Valencia"]),
        EG_ES, [("Nº factura", "FV-2026-001873"), ("Fecha", "30/10/2026"), ("Cliente", "4410027"),
                ("Su pedido", "PED-VLC-2026-0288"), ("Vencimiento", "29/11/2026")],
        items, 21,
        ["Forma de pago: transferencia a 30 días", "%s · BIC %s" % (bank[0], bank[1]), "IBAN %s" % I.iban_fmt(bank[2])],
        [["Combustibles Marinos del Levante, S.A.", "C/ Dr. J. J. Dómine 14, 46011 Valencia"],
         ["Inscrita en el Registro Mercantil de Valencia", "Tomo 8123, Folio 45, Hoja V-104772"],
         ["Factura verificable en la sede electrónica", "de la AEAT (VERI*FACTU)"]],
        t, 60, qr_payload=qr, qr_label="QR tributario · VERI*FACTU", creator="SAGE 200 Facturación", producer="SAGE 200",
        color=(0, 100, 80), extra_boxes=["VERI*FACTU - Factura verificable en la sede electrónica de la AEAT"])
    text = ("Buenos días,\n\nAdjuntamos la factura FV-2026-001873 correspondiente al suministro de gasóleo marino a la draga "
            "Elbstrom del 27/10 (albarán 26-11873).\n\nLa factura se ha emitido con sistema VERI*FACTU; puede verificarla "
            "escaneando el código QR.\n\nUn saludo,\n\nDepartamento de Facturación\nCombustibles Marinos del Levante, S.A.\n"
            "Tel. +34 963 67 18 20\n")
    root = gmail_body(m, text, attachments=[m.attach(pdfb, "application/pdf", "FV-2026-001873.pdf", style="gmail",
                                                     cid="f_%s" % rstr(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, CML["people"]["fact"][:2], [W.st("javier")], "Factura FV-2026-001873 - Combustibles Marinos del Levante",
                root, zone="ES")
    res = S.gmail(ctx, workspace_dom="cmlevante.es", dkim_dom="cmlevante.es", dmarc=("pass", "quarantine"))
    m.facts(iban=[bank[2]], url=[qr])
    m.phone("+34 963 67 18 20")
    m.describe("Marine-fuel supplier's invoice for bunkering the hopper dredger, issued with VERI*FACTU (AEAT "
               "verification QR), sent from its Google Workspace.",
               "Genuine: supplier's real domain cmlevante.es (DKIM/DMARC pass), known delivery note and PO, QR points to "
               "the AEAT validation service with matching NIF/number/amount, IBAN is the CaixaBank account on file.",
               pair="A28 (look-alike cmlevante.com bank change)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "29-es-bbva-netcash-ordenes-pendientes-real")
def b29(m):
    r = m.r
    t = at(2026, 11, 26, 9, 30, 4, zone="ES")
    text = ("BBVA Net Cash\n\n"
            "Hola,\n\nle informamos de que en BBVA Net Cash hay órdenes pendientes de su firma:\n\n"
            "Empresa: EXAMPLE GROUP OBRAS MARITIMAS SLU\nNúmero de órdenes: 2\nImporte total: 59.261,52 EUR\n"
            "Fecha de envío: 26/11/2026\n\n"
            "Para revisarlas y firmarlas, acceda a BBVA Net Cash escribiendo usted mismo la dirección www.bbvanetcash.com "
            "en su navegador o desde la app BBVA Net Cash.\n\n"
            "Por su seguridad, este correo no contiene enlaces. BBVA nunca le pedirá sus claves, códigos de firma ni que "
            "instale programas por correo electrónico o por teléfono.\n\n"
            "Si no reconoce estas órdenes, contacte con su gestor o con Atención a Empresas en el 913 33 59 97.\n\n"
            "BBVA\n")
    root = m.multi("alternative", [m.text(text, "UTF-8", "base64"),
                                   m.html('<html><body style="font-family:BentonSans,Arial;font-size:14px;color:#121212">'
                                          '<div style="background:#072146;color:#fff;padding:16px;font-size:20px"><b>BBVA</b> '
                                          'Net Cash</div>' + "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n"))
                                                                      for p in text.split("\n\n")[1:]) + '</body></html>',
                                          "UTF-8", "base64")], style="java")
    ctx = m.ctx(t, ("BBVA Net Cash", "bbvanetcash@comunicaciones.bbva.com"), [W.st("javier")],
                "Tiene órdenes pendientes de firma en BBVA Net Cash", root, zone="ES")
    ctx.msgid = "<%s@comunicaciones.bbva.com>" % ruuid(r)
    ctx.env_from = "bounce-%s@comunicaciones.bbva.com" % rhex(r, 10)
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.platform(ctx, "mx-out3.comunicaciones.bbva.com", "192.0.2.187", mua,
                     [("comunicaciones.bbva.com", "bbvacom1", "From:To:Subject:Date:Message-ID", "opendkim")],
                     dmarc=("pass", "reject"))
    m.facts(url=["www.bbvanetcash.com"])
    m.phone("913 33 59 97")
    m.describe("Genuine bank notification that two payment orders (the CML invoices, EUR 59,261.52) await the second "
               "signature in BBVA Net Cash.",
               "Genuine: bank's notification domain with DKIM/DMARC pass, no links (asks to type the address), orders "
               "match the prepared payment run, tells the user what BBVA never asks for.",
               pair="A29 (fake Net Cash signing page)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "30-es-adobe-sign-cml-contrato-suministro")
def b30(m):
    r = m.r
    t = at(2026, 12, 15, 12, 20, 33, zone="ES")
    link = "https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAAB%s&client_id=CBJCHBCAABAA%s" % (
        rb64url(r, 40), rb64url(r, 24))
    text = ("Raúl Giménez le ha solicitado que firme\n\n"
            "Contrato de suministro de gasóleo marino 2027 - Example Group Obras Marítimas\n\n"
            "Revisar y firmar: %s\n\n"
            "Mensaje de Raúl Giménez:\n"
            "Hola Lucía, como hablamos, te paso el contrato 2027 con el precio indexado al Platts y las mismas condiciones "
            "de pago. Firma Javier como apoderado y después nuestro director general.\n\n"
            "Después de firmar el acuerdo, todas las partes recibirán una copia del documento firmado.\n\n"
            "No reenvíe este correo electrónico. Si no desea firmar, puede delegar la firma en otra persona.\n\n"
            "© 2026 Adobe. All rights reserved.\n" % link)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;'
           'background:#f5f5f5"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
           'font-family:adobe-clean,Helvetica,Arial,sans-serif;color:#2c2c2c"><tr><td style="padding:24px 32px;font-size:13px;'
           'color:#505050">Adobe Acrobat Sign</td></tr><tr><td style="padding:0 32px 8px;font-size:22px">Raúl Giménez le ha '
           'solicitado que firme <b>Contrato de suministro de gasóleo marino 2027 - Example Group Obras Marítimas</b></td></tr>'
           '<tr><td style="padding:16px 32px"><a href="%s" style="background:#1473e6;color:#fff;padding:11px 24px;'
           'border-radius:16px;text-decoration:none;font-size:15px">Revisar y firmar</a></td></tr><tr><td style="padding:8px 32px;'
           'font-size:14px;line-height:21px"><b>Mensaje de Raúl Giménez</b><br>Hola Lucía, como hablamos, te paso el contrato '
           '2027 con el precio indexado al Platts y las mismas condiciones de pago. Firma Javier como apoderado y después nuestro '
           'director general.</td></tr><tr><td style="padding:20px 32px;font-size:11px;color:#707070">Después de firmar el '
           'acuerdo, todas las partes recibirán una copia del documento firmado.<br>No reenvíe este correo electrónico.<br><br>'
           '© 2026 Adobe. All rights reserved.</td></tr></table></body></html>' % link)
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                   style="java")
    ctx = m.ctx(t, ("Raúl Giménez (a través de Adobe Acrobat Sign)", "adobesign@adobesign.com"), [W.st("lucia")],
                "Firme: Contrato de suministro de gasóleo marino 2027 - Example Group Obras Marítimas", root, zone="ES",
                cc=[W.st("javier")])
    ctx.reply_to = CML["people"]["gimenez"][1]
    ctx.msgid = "<%d.%d.%d@eu1.adobesign.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), ctx.ts() * 1000)
    ctx.env_from = "bounces+%s@eu1.adobesign.com" % rhex(r, 12)
    mua = [("Date", ctx.date(zone="UTC")), ("From", ctx.from_h(quote_always=True)), ("Reply-To", ctx.reply_to),
           ("To", ctx.to_h()), ("Cc", ctx.cc_h()), ("Message-ID", ctx.msgid), ("Subject", ctx.subj()),
           ("MIME-Version", "1.0"), ("__MIME__", None), ("X-Adobe-Sign-Agreement", "CBJCHBCAABAA%s" % rb64url(r, 24))]
    res = S.platform(ctx, "mail-eu1-03.adobesign.com", "185.140.204.33", mua,
                     [("adobesign.com", "adbsgn1", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", "opendkim")],
                     dmarc=("pass", "reject"))
    m.facts(url=[link])
    m.describe("Genuine Adobe Acrobat Sign request from the fuel supplier's sales manager for the 2027 supply contract.",
               "Genuine: same platform as A30, but the Reply-To is the supplier's real domain, the contract was "
               "negotiated by phone, and signatories follow the company's powers of attorney.",
               pair="A30 (Adobe Sign abuse), A28 (look-alike of the same supplier)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "31-es-colega-correo-personal-parte-horas")
def b31(m):
    r = m.r
    t = at(2026, 11, 30, 19, 40, 8, zone="ES")
    c = png.Canvas(640, 300, (255, 255, 255))
    f = ttf.load("DejaVuSans.ttf")
    b = ttf.load("DejaVuSans-Bold.ttf")
    ttf.render_text(c, b, "PARTE DE HORAS - DRAGA ELBSTROM - NOVIEMBRE 2026", 14, 28, 14, (20, 20, 20))
    rows = [("Semana", "Horas dragado", "Horas navegación", "Paradas", "Firma capitán"),
            ("44", "118,5", "31,0", "6,5 (averia bomba)", "M. Kroll"),
            ("45", "132,0", "28,5", "-", "M. Kroll"),
            ("46", "126,0", "30,0", "4,0 (meteo)", "M. Kroll"),
            ("47", "129,5", "29,5", "-", "J. Ramos"),
            ("Total", "506,0", "119,0", "10,5", "")]
    y = 70
    xs = [14, 100, 230, 370, 520]
    for i, row in enumerate(rows):
        c.rect(10, y - 18, 620, 1, (180, 180, 180))
        for x, v in zip(xs, row):
            ttf.render_text(c, b if i in (0, len(rows) - 1) else f, v, x, y, 12, (30, 30, 30))
        y += 34
    img = c.png()
    text = ("Hola Javier,\n\n"
            "te escribo desde mi correo personal porque el portátil sigue en el servicio técnico (lo recojo mañana). Te "
            "adjunto foto del parte de horas de la draga de noviembre firmado por el capitán, para que puedas cerrar la "
            "imputación de costes del mes. El original en papel te lo dejo mañana en la mesa.\n\n"
            "Cualquier cosa me llamas al móvil.\n\nUn beso,\nLucía\n")
    root = gmail_body(m, text, attachments=[m.attach(img, "image/png", "parte_horas_noviembre.png", style="gmail",
                                                     cid="ii_%s" % rstr(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, ("Lucía Fernández", "luciafernandez.vlc@gmail.com"), [W.st("javier")],
                "Parte de horas draga noviembre (desde mi correo personal)", root, zone="ES")
    res = S.gmail(ctx)
    m.describe("Office manager sends a photo of the dredger's signed monthly hours sheet from her private Gmail while her "
               "laptop is in repair.",
               "Genuine: verifiable context, operational document only (no payment data, no link), says the paper "
               "original follows tomorrow and invites a phone call.",
               pair="A31 (help-desk pretext), A13/A14 (free-mail impersonation)")
    return m.finish(ctx, res)
