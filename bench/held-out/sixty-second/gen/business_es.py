"""Spanish business messages 27-31."""
import banking as bk
import files
import infra as I
from attacks_es import EXG_ES_CIF
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

IEL_IBAN = bk.iban("ES", bk.es_bban("2100", "3948", "0200184512"))      # CaixaBank Valencia
OMIE_IBAN = bk.iban("ES", bk.es_bban("0182", "2370", "0201503384"))     # BBVA - guarantees account on file


def _html(plain, font="Calibri,sans-serif"):
    return '<div class="WordSection1" style="font-family:%s;font-size:11pt">%s</div>' % (font, "".join(
        "<p class=\"MsoNormal\">%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        for p in plain.strip().split("\n\n")))


def b27():
    m = Mail("business", 27, "es", "docusign-contrato-suministro-cliente")
    ids = m.ids
    t = T("2026-12-09 09:40:12")
    rc = S("es_mgr")
    host = "mail-fra1.eumail.docusign.net"
    rec = [
        I.mx(ids, host, host, "185.81.100.62", rc.email, plus(t, 2)),
        I.postfix(ids, host, "fra1-app-ds11", None, "10.49.8.23", plus(t, 1), zone="UTC"),
    ]
    link = "https://eu.docusign.net/Member/EmailStart.aspx?a=%s&acct=%s&er=%s" % (ids.uuid(), ids.uuid(), ids.uuid())
    code = ids.hex(32, True) + "2"
    plain = (
        "Marta Gil Lacasa le ha enviado un documento para revisar y firmar.\n\n"
        "REVISAR DOCUMENTO: %s\n\n"
        "Marta Gil Lacasa\nmgil@frigorificosdelebro.es\n\n"
        "Buenos días, Javier:\n\nTe envío el contrato de suministro eléctrico 2027-2028 con las condiciones que "
        "cerramos el jueves (precio indexado + cobertura del 60 %%). Nuestro gerente ya lo ha firmado.\n\n"
        "Un saludo,\nMarta\n\n"
        "No comparta este correo electrónico\nEste correo electrónico contiene un vínculo seguro a DocuSign. "
        "No comparta este correo electrónico, el vínculo ni el código de acceso con otras personas.\n\n"
        "Método de firma alternativo\nVisite DocuSign.com, haga clic en \"Acceder a los documentos\" e "
        "introduzca el código de seguridad:\n%s\n\n"
        "Acerca de DocuSign\nFirme documentos electrónicamente en cuestión de minutos. Es seguro. Es fácil.\n") % (link, code)
    html = html_doc(
        '<table width="100%%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">'
        '<table width="640" style="background:#1e4ca1;color:#fff;padding:28px"><tr><td align="center">'
        '<p style="font-size:16px">Marta Gil Lacasa le ha enviado un documento para revisar y firmar.</p>'
        '<p><a href="%s" style="background:#ffc423;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVISAR DOCUMENTO</a></p>'
        '</td></tr></table><table width="640" style="background:#fff;padding:24px;font-size:15px;color:#333"><tr><td>'
        "<p><b>Marta Gil Lacasa</b><br>mgil@frigorificosdelebro.es</p>"
        "<p>Buenos días, Javier:<br><br>Te envío el contrato de suministro eléctrico 2027-2028 con las condiciones que cerramos el jueves "
        "(precio indexado + cobertura del 60 %%). Nuestro gerente ya lo ha firmado.<br><br>Un saludo,<br>Marta</p></td></tr></table>"
        '<table width="640" style="padding:20px;font-size:11px;color:#666"><tr><td><b>No comparta este correo electrónico</b><br>Este correo electrónico contiene '
        "un vínculo seguro a DocuSign. No comparta este correo electrónico, el vínculo ni el código de acceso con otras personas.<br><br>"
        "<b>Método de firma alternativo</b><br>Visite DocuSign.com, haga clic en \"Acceder a los documentos\" e introduzca el código de seguridad: %s"
        "</td></tr></table></td></tr></table>" % (link, code), "es")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1796000000000 + ids.r.randrange(10 ** 8)))
    hs = [
        ("Date", rdate(t, "UTC", day="nopad")),
        ("From", "Marta Gil Lacasa via DocuSign <dse@eumail.docusign.net>"),
        ("Reply-To", "Marta Gil Lacasa <mgil@frigorificosdelebro.es>"),
        ("To", addr("Javier Ortega Muñoz", rc.email, "utf-8", "Q", "UTF-8")),
        ("Message-ID", "<%s@fra1-app-ds11>" % ids.hex(32)),
        ("Subject", hval("Complete con DocuSign: Contrato_suministro_2027-2028_Frigorificos_del_Ebro.pdf", "utf-8", "Q", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-API-Host", "EU1"),
        ("X-Mailer", "DocuSign Envelope Service"),
    ]
    return m.finish("<bounces+%s@eumail.docusign.net>" % ids.hex(24), rec, hs, body,
        "Genuine DocuSign envelope (Spanish) from the customer Frigoríficos del Ebro: electricity supply contract 2027–2028 for the country manager to sign",
        "DocuSign's EU infrastructure with the customer's real Reply-To, link to eu.docusign.net and alternative access code, content matching a negotiated deal; no QR, no 'mobile only'. Hard negative of the DocuSign-branded quishing attack 31.")


def b28():
    m = Mail("business", 28, "es", "aviso-suspension-trabajos-proveedor")
    ids = m.ids
    t = T("2026-11-27 11:18:50")
    rc = S("es_acc")
    dom = "ielevante.es"
    host = "smtp.%s" % dom
    rec = [
        I.mx(ids, "mail.%s" % dom, "mail.%s" % dom, "217.116.%d.%d" % (ids.r.randrange(0, 30), ids.r.randrange(2, 250)), rc.email, plus(t, 2)),
        I.postfix(ids, "mail.%s" % dom, "ADMIN-PC", "%d.red-88-%d-%d.staticip.rima-tde.net" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250), ids.r.randrange(1, 250)),
                  "88.12.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250)), plus(t, 1), tls="1.2", auth=True),
    ]
    plain = (
        "Estimada Nuria:\n\n"
        "Le recordamos que siguen pendientes de pago las siguientes facturas, ya vencidas:\n\n"
        "- F-2026-0731 (30/09/2026) – 18.942,60 € – instalación de 86 contadores, CT Paterna\n"
        "- F-2026-0802 (15/10/2026) – 7.310,25 € – acometida BT nave Riba-roja\n\n"
        "Les rogamos que procedan al pago antes del 4 de diciembre en la cuenta habitual de CaixaBank "
        "(%s), que no ha variado.\n\n"
        "Lamentamos comunicarles que, de no recibir el pago en dicha fecha, nos veremos obligados a suspender "
        "los trabajos de conexión programados para la semana del 7 de diciembre en Sagunto hasta la "
        "regularización de la deuda.\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos enviaran el justificante. Para cualquier "
        "aclaración pueden llamarnos al 961 520 344.\n\n"
        "Atentamente,\n\nRafael Soler\nAdministración\nInstalaciones Eléctricas Levante S.L.\n"
        "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 18 – 46988 Paterna (Valencia)\n") % bk.fmt_iban(IEL_IBAN)
    pdfb = files.pdf([
        "# RECORDATORIO DE PAGO",
        "Cliente: EXAMPLE GROUP ENERGIA IBERIA SL - CIF " + EXG_ES_CIF,
        "Fecha: 27/11/2026",
        "",
        "## Factura       Fecha        Vencimiento   Importe",
        "F-2026-0731     30/09/2026   30/10/2026    18.942,60 EUR",
        "F-2026-0802     15/10/2026   14/11/2026     7.310,25 EUR",
        "## Total pendiente                          26.252,85 EUR",
        "",
        "Forma de pago: transferencia a CaixaBank " + bk.fmt_iban(IEL_IBAN),
        "De no recibirse el pago antes del 04/12/2026 se suspenderán los trabajos programados.",
    ], title="Recordatorio de pago", author="Administracion IEL", creator="a3ERP", producer="a3ERP Informes",
        created="20261127110500+01'00'", header=["Instalaciones Eléctricas Levante S.L.", "46988 Paterna (Valencia)"])
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html_doc(_html(plain), "ES"), "windows-1252", "quoted-printable"),
            ids.b_outlook(None, 1)),
        attach(pdfb, "application/pdf", "Recordatorio_pago_EXAMPLE_GROUP.pdf"),
    ], ids.b_outlook(None, 0), preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", addr("Rafael Soler - IEL Administración", "administracion@" + dom, "windows-1252", "Q")),
        ("To", addr("Nuria Peñalver", rc.email, "windows-1252", "Q")),
        ("Cc", addr("Javier Ortega Muñoz", S("es_mgr").email, "windows-1252", "Q")),
        ("Subject", hval("Facturas vencidas – aviso de suspensión de trabajos", "windows-1252", "Q")),
        ("Date", rdate(t, "CE")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "es"),
        ("Importance", "High"),
    ]
    return m.finish("<administracion@%s>" % dom, rec, hs, body,
        "Genuine urgent reminder from the electrical contractor IEL: two overdue invoices, connection works will be suspended if unpaid by 4 December",
        "Known contractor on its own mail server, invoices for real works, payment to the unchanged usual CaixaBank account, phone number for questions, 'ignore if paid' — legitimate pressure without any change of bank details.")


def b29():
    m = Mail("business", 29, "es", "reclamacion-cliente-lecturas-estimadas")
    ids = m.ids
    t = T("2026-10-21 15:47:03")
    rc = S("es_mgr")
    dom = "frigorificosdelebro.es"
    server = "DB9PR04MB%d" % ids.r.randrange(7000, 9999)
    region = "eurprd04"
    out = I.exo_out("EUR02", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    plain = (
        "Hola Javier:\n\n"
        "Te escribo por la factura de septiembre del punto de suministro de la planta de Cuarte de Huerva "
        "(CUPS ES0031405118770021JK0F). Aparece facturada con lecturas estimadas y un consumo de 412.600 kWh, "
        "cuando nuestro propio contador de gestión registra 356.180 kWh; además el término de potencia del "
        "periodo P1 se ha facturado con 1.500 kW en lugar de los 1.200 kW contratados desde junio.\n\n"
        "Necesitamos que la rectifiquéis antes del cierre de mes, porque la diferencia (unos 9.800 € con "
        "impuestos) nos descuadra el presupuesto energético del trimestre. Te adjunto abajo las lecturas "
        "horarias que nos facilita la distribuidora por si os sirven.\n\n"
        "Es la segunda vez este año que pasa lo de las estimadas; si se repite tendremos que revisarlo en la "
        "renovación del contrato.\n\n"
        "Gracias y un saludo,\n\nMarta Gil Lacasa\nResponsable de Compras y Energía\nFrigoríficos del Ebro S.L.\n"
        "Ctra. de Valencia km 8 – 50410 Cuarte de Huerva (Zaragoza) | 976 503 120\n")
    html = html_doc(_html(plain, "Aptos,Calibri,sans-serif"), "ES")
    body = alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
               ids.b_outlook(server, 0))
    topic = "Factura septiembre Cuarte - lecturas estimadas y potencia P1"
    hs = [
        ("From", "Marta Gil Lacasa <mgil@%s>" % dom),
        ("To", addr("Javier Ortega Muñoz", rc.email, "iso-8859-1", "Q")),
        ("CC", addr("Nuria Peñalver", S("es_acc").email, "iso-8859-1", "Q")),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, lang="es-ES")
    return m.finish("<mgil@%s>" % dom, rec, hs, body,
        "Business customer's complaint (Frigoríficos del Ebro) about estimated readings and a wrong contracted power on the September invoice",
        "Known customer contact from its own Microsoft 365 tenant, specific CUPS, readings and figures, asks for a corrected invoice; no links, attachments or payment instructions.")


def b30():
    m = Mail("business", 30, "es", "director-garantias-omie-urgente-intern")
    ids = m.ids
    t = T("2026-11-26 09:02:44")
    rc, mgr = S("es_acc"), S("es_mgr")
    rec = I.internal_chain(ids, rc.email, t, mbx="EXG-MBX02.corp.example.com", mbx_ip="10.20.1.12")
    plain = (
        "Nuria, buenos días:\n\n"
        "Con la subida de precios de esta semana el sistema de garantías de OMIE nos ha pedido esta mañana "
        "una reposición de 350.000,00 € para el agente EXGIB (requerimiento adjunto, vence hoy a las 13:00). "
        "Si no se cubre, mañana no podremos ofertar en el diario.\n\n"
        "Por favor, haz la transferencia desde la cuenta de BBVA a la cuenta de garantías de OMIE que ya "
        "tenemos dada de alta en SAP (la de siempre, %s) – no hay que cambiar ningún dato. "
        "Katrin está en copia y da la segunda firma en el banco; le he avisado por teléfono.\n\n"
        "Cuando esté enviada, sube el justificante al portal de OMIE como siempre.\n\n"
        "Gracias,\nJavier\n\n"
        "Javier Ortega Muñoz\nDirector País | Example Group Energía Iberia S.L.\nPaseo de la Castellana 141, 28046 Madrid\n") % bk.fmt_iban(OMIE_IBAN)
    pdfb = files.pdf([
        "# REQUERIMIENTO DE REPOSICIÓN DE GARANTÍAS",
        "OMI-Polo Español, S.A. (OMIE) - Sistema de Garantías",
        "Fecha/hora: 26/11/2026 08:15     Agente: EXGIB - EXAMPLE GROUP ENERGIA IBERIA SL",
        "",
        "Garantía exigible:       2.184.000,00 EUR",
        "Garantía disponible:     1.834.000,00 EUR",
        "## Importe a reponer:       350.000,00 EUR",
        "",
        "Plazo: 26/11/2026 13:00. Formalización: depósito en efectivo en la cuenta de garantías de OMIE",
        "comunicada al agente, o aval conforme a las Reglas de funcionamiento de los mercados.",
        "En caso de no reponerse, las ofertas del agente podrán ser limitadas conforme a las Reglas.",
    ], title="Requerimiento garantias EXGIB", author="OMIE", creator="OMIE SIOM", producer="OMIE SIOM",
        created="20261126081500+01'00'")
    html = html_doc(_html(plain), "ES")
    topic = hval("URGENTE hoy 13:00 - reposición garantías OMIE", "iso-8859-1", "Q")
    body = multipart("mixed", [
        alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
            "_000_%s_" % ids.hex(40)),
        attach(pdfb, "application/pdf", "Requerimiento_garantias_EXGIB_20261126.pdf", size=True),
    ], "_004_%s_" % ids.hex(40))
    hs = [
        ("From", addr("Ortega Muñoz, Javier", mgr.email, "iso-8859-1", "Q")),
        ("To", addr("Peñalver, Nuria", rc.email, "iso-8859-1", "Q")),
        ("CC", addr("Weiß, Katrin", S("cfo").email, "iso-8859-1", "Q")),
        ("Subject", topic),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ] + I.onprem_hdrs(ids, t, topic, lang="es-ES", attach=True, client_ip="10.70.3.44",
                      mbx="EXG-MBX02.corp.example.com")
    return m.finish("<%s>" % mgr.email, rec, hs, body,
        "Country manager's genuine urgent internal request: top up OMIE market guarantees by EUR 350,000 before 13:00, exchange's requirement attached",
        "Internal Exchange mail via mail-int01; a real market mechanism with a hard deadline; payment to the guarantee account already registered in SAP ('no data to change'), CFO in copy for the second signature and informed by phone. Hard negative of CEO-fraud attack 28 and OMIE phishing 30.")


def b31():
    m = Mail("business", 31, "es", "boletin-observatorio-energetico-mailgun")
    ids = m.ids
    t = T("2026-10-29 08:30:00")
    rc = S("es_mgr")
    dom = "observatorioenergetico.es"
    rec, mid, extra = I.mailgun(ids, t, rc.email, "mg." + dom)
    clk = lambda: "https://email.mg.%s/c/%s" % (dom, ids.alnum(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    unsub = "https://email.mg.%s/u/%s" % (dom, ids.alnum(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    items = [
        ("Mercado diario: octubre cierra en 71,4 €/MWh",
         "El precio medio del mercado diario en España se situó en 71,4 €/MWh, un 9 % más que en septiembre, por la menor producción hidráulica."),
        ("Autoconsumo industrial: 1,2 GW nuevos en 2026",
         "La potencia instalada en autoconsumo industrial y comercial sigue creciendo, con Aragón y la Comunidad Valenciana a la cabeza."),
        ("Almacenamiento: primeras subastas de capacidad",
         "El Ministerio publica la propuesta de mecanismo de capacidad; los agentes pueden presentar alegaciones hasta el 20 de noviembre."),
    ]
    plain = "Boletín del Observatorio Energético – octubre 2026\n\n" + "\n\n".join(
        "%s\n%s\nLeer más: %s" % (h, b, clk()) for h, b in items) + (
        "\n\nRecibe este boletín porque se suscribió con %s.\nDarse de baja: %s\n"
        "Observatorio Energético · C/ Serrano 88 · 28006 Madrid\n" % (rc.email, unsub))
    html = html_doc(
        '<table width="600" align="center" style="font-family:Arial,sans-serif;color:#222"><tr><td style="background:#0b6e4f;color:#fff;padding:14px;font-size:19px">'
        "Observatorio Energético · Boletín octubre 2026</td></tr>"
        + "".join('<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><b>%s</b><br>%s <a href="%s">Leer más</a></td></tr>' % (h, b, clk()) for h, b in items)
        + '<tr><td style="font-size:11px;color:#777;padding-top:14px">Recibe este boletín porque se suscribió con %s. <a href="%s">Darse de baja</a><br>'
          "Observatorio Energético · C/ Serrano 88 · 28006 Madrid</td></tr></table>"
          '<img width="1" height="1" alt="" src="https://email.mg.%s/o/%s">' % (rc.email, unsub, dom, ids.alnum(60)), "es")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"), ids.hex(32))
    hs = [
        ("Mime-Version", "1.0"),
        ("Content-Type", None),
        ("Subject", hval("Boletín octubre: el diario cierra en 71,4 €/MWh | autoconsumo | almacenamiento", "utf-8", "Q", "UTF-8")),
        ("From", addr("Observatorio Energético", "boletin@" + dom, "utf-8", "Q", "UTF-8")),
        ("To", rc.email),
        ("Date", rdate(t, "GMT")),
        ("Message-Id", mid),
        ("Sender", "boletin@" + dom),
        ("List-Unsubscribe", "<%s>,\n <mailto:u+%s@mg.%s>" % (unsub, ids.alnum(40), dom)),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ] + extra
    return m.finish("<bounce+%s.%s-%s=example.com@mg.%s>" % (ids.hex(6), ids.hex(6), rc.email.split("@")[0], dom), rec, hs, body,
        "Subscribed Spanish energy-market newsletter 'Observatorio Energético' via Mailgun with List-Unsubscribe",
        "Opt-in bulletin from a consistent sender domain and Mailgun sub-domain, one-click unsubscribe, purely informational — bulk ESP traffic that is wanted.")


ALL = [b27, b28, b29, b30, b31]
