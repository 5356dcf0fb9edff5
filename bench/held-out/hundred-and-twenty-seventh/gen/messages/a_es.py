"""Attack messages, Spanish (27-31)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

ES = W.OFF["ES"]
CML = W.CML


# ---------------------------------------------------------------------------------------------
@message("attack", "27-es-agencia-tributaria-notificacion-dropbox")
def a27(m):
    r = m.r
    t = at(2026, 11, 3, 9, 17, 44, zone="ES")
    exp = "2026GRC4712%07d" % r.randint(10 ** 6, 10 ** 7 - 1)
    link = "https://www.dropbox.com/scl/fi/%s/Notificacion_AEAT_%s.zip?rlkey=%s&st=%s&dl=1" % (
        rstr(r, 25, "abcdefghijklmnopqrstuvwxyz0123456789"), exp, rstr(r, 25, "abcdefghijklmnopqrstuvwxyz0123456789"),
        rstr(r, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))
    text = ("AGENCIA TRIBUTARIA\nSede Electrónica\n\n"
            "Estimado/a contribuyente:\n\n"
            "Le comunicamos que tiene a su disposición una notificación electrónica relativa al procedimiento de "
            "comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025, para el NIF %s "
            "(EXAMPLE GROUP OBRAS MARITIMAS SLU).\n\n"
            "Número de expediente: %s\nFecha de puesta a disposición: 03/11/2026\n\n"
            "Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la "
            "notificación se entenderá practicada y rechazada a todos los efectos (art. 43.2 de la Ley 39/2015).\n\n"
            "Descargar notificación: %s\n\n"
            "Para visualizar el documento descomprima el archivo y ejecute el visor de notificaciones incluido.\n\n"
            "Agencia Estatal de Administración Tributaria\nEste mensaje se ha generado automáticamente, por favor no "
            "responda a esta dirección.\n" % (ES["ids"]["CIF / NIF-IVA"][2:], exp, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
           'Arial,sans-serif;font-size:14px;color:#333"><table width="620" cellpadding="0" cellspacing="0"><tr><td style="'
           'background:#7a0f1e;color:#fff;padding:14px 20px;font-size:19px"><b>Agencia Tributaria</b><div style="font-size:12px">'
           'Sede Electrónica</div></td></tr><tr><td style="padding:20px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[1:5]) +
           '<p><a href="%s" style="background:#7a0f1e;color:#fff;padding:10px 18px;text-decoration:none">Descargar notificación'
           '</a></p>' % link +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[6:]) +
           '</td></tr></table></body></html>')
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="hex")
    ctx = m.ctx(t, ("Agencia Tributaria", "notificaciones@sede-aeat-notifica.es"), [W.st("javier")],
                "Notificación electrónica pendiente - Expediente %s" % exp, root, zone="ES")
    res = S.mailgun(ctx, "mg.sede-aeat-notifica.es")
    m.facts(url=[link])
    m.describe("Fake Agencia Tributaria e-notification with a Dropbox-hosted ZIP ('descomprima y ejecute el visor') — the "
               "usual Spanish banking-trojan delivery (Grandoreiro/Mekotio style).",
               "Look-alike domain sede-aeat-notifica.es via Mailgun (checks pass for it); real AEAT notifications are "
               "only accessed on the DEHú/Sede with certificate or Cl@ve, never as downloadable ZIPs; the Dropbox link "
               "gives clean URL reputation; deadline pressure.",
               pair="B27 (genuine DEHú notification notice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "28-es-combustibles-cambio-cuenta-lookalike")
def a28(m):
    r = m.r
    t = at(2026, 11, 25, 12, 4, 30, zone="ES")
    mule = I.make_iban("ES", I.es_bban("0081", "0216", "0007419853"))
    cert = ("Banco de Sabadell, S.A., con domicilio social en Avenida Óscar Esplá 37, 03007 Alicante, CERTIFICA:\n\n"
            "Que COMBUSTIBLES MARINOS DEL LEVANTE, S.A., con NIF %s, es titular de la cuenta con IBAN:\n\n%s\n\n"
            "abierta en la oficina 0216 - Valencia Puerto, y que dicha cuenta se encuentra activa a la fecha de emisión "
            "del presente certificado.\n\nY para que conste a los efectos oportunos, a petición del interesado, se expide "
            "el presente certificado en Valencia, a 23 de noviembre de 2026." % (CML["cif"], I.iban_fmt(mule)))
    pdfb = docs.letter_pdf(m, "Banco Sabadell", ["Oficina 0216 - Valencia Puerto", "Av. del Puerto 118", "46023 Valencia"],
                           ["COMBUSTIBLES MARINOS DEL LEVANTE, S.A.", "C/ Dr. J. J. Dómine 14", "46011 Valencia"],
                           "Valencia, 23 de noviembre de 2026", "CERTIFICADO DE TITULARIDAD DE CUENTA", cert,
                           ["Director de Oficina", "Oficina 0216 - Valencia Puerto"],
                           [["Banco de Sabadell, S.A.", "Inscrito en el Registro Mercantil de Alicante", "NIF A08000143"]],
                           t, 60, creator="Microsoft Word", producer="Microsoft: Print To PDF", color=(0, 110, 200),
                           lang="es-ES", stamp=["BANCO SABADELL", "OFICINA 0216", "VALENCIA PUERTO"])
    prev = ("Hola Raúl,\n\nte confirmo que las facturas FV-2026-001873 y FV-2026-001952 están aprobadas y entran en la "
            "remesa del viernes 27.\n\nUn saludo,\nJavier Moreno\nContabilidad - Example Group Obras Marítimas S.L.U.")
    q = gmail_quote("es", "lun, 23 nov 2026 a las 17:02", "Javier Moreno (<javier.moreno@example.com>)", prev)
    text = ("Buenos días Javier,\n\n"
            "Gracias por la confirmación. Te escribo porque desde esta semana hemos centralizado los cobros en una nueva "
            "cuenta y la de CaixaBank deja de estar operativa para cobros a clientes. Te adjunto el certificado de "
            "titularidad del banco.\n\n"
            "Para la remesa del viernes, ¿podéis hacer el pago de las dos facturas (37.355,12 € y 21.906,40 €) a la "
            "nueva cuenta?\n\nIBAN: %s\nBanco Sabadell\n\n"
            "Si necesitáis que os lo confirmemos por escrito firmado por el apoderado, me dices y te lo envío. Estoy "
            "toda la semana en el puerto con los suministros, mejor por correo.\n\n"
            "Un saludo,\nRaúl Giménez\nResponsable comercial - Suministro a buques\nCombustibles Marinos del Levante, S.A.\n"
            "Tel. +34 963 67 18 20\n" % I.iban_fmt(mule))
    root = gmail_body(m, text, quote=q, attachments=[m.attach(pdfb, "application/pdf", "Certificado_titularidad_CML.pdf",
                                                              style="gmail", cid="f_%s" % rstr(r, 9, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, ("Raúl Giménez", "rgimenez@cmlevante.com"), [W.st("javier")],
                "Re: Facturas noviembre - remesa viernes", root, zone="ES")
    ctx.in_reply_to = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.references = ctx.in_reply_to
    res = S.gmail(ctx, workspace_dom="cmlevante.com", dkim_dom="cmlevante.com")
    m.facts(iban=[mule])
    m.phone("+34 963 67 18 20")
    m.describe("Supplier bank-detail change from a look-alike of the marine-fuel supplier (cmlevante.com instead of "
               "cmlevante.es) inside a thread whose earlier message was copied from a compromised side; forged bank "
               "ownership certificate for a Banco Sabadell account.",
               "Look-alike domain set up on Google Workspace (checks pass for it), replies in-thread with real invoice "
               "numbers and amounts (EUR 59,261.52), forged 'certificado de titularidad' printed via 'Microsoft: Print "
               "To PDF', discourages phone contact.",
               pair="B28 (CML's genuine VERI*FACTU invoice with the real CaixaBank account), B30 (CML's genuine Adobe Sign)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "29-es-bbva-netcash-firmas-wordpress")
def a29(m):
    r = m.r
    t = at(2026, 12, 10, 8, 51, 2, zone="ES")
    link = "https://netcash-bbva.firma-ordenes.com/es/empresas/login?ref=%s" % rhex(r, 16)
    text = ("BBVA Net Cash\n\n"
            "Estimado cliente:\n\n"
            "Le informamos de que tiene 3 órdenes de pago pendientes de firma en BBVA Net Cash:\n\n"
            "- Transferencia SEPA a COMBUSTIBLES MARINOS DEL LEVANTE SA - 37.355,12 EUR\n"
            "- Nómina diciembre (fichero N34) - 184.220,15 EUR\n"
            "- Transferencia SEPA a AUTORIDAD PORTUARIA DE VALENCIA - 12.907,60 EUR\n\n"
            "Por motivos de seguridad, las órdenes no firmadas antes de las 14:00 h de hoy serán canceladas "
            "automáticamente y deberán volver a generarse.\n\n"
            "Firmar órdenes pendientes: %s\n\n"
            "Atentamente,\nBBVA Net Cash - Servicio de Atención a Empresas\n\n"
            "Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao.\n" % link)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="margin:0;'
           'background:#f4f4f4;font-family:Arial,sans-serif"><table width="600" align="center" cellpadding="0" cellspacing="0" '
           'style="background:#fff;color:#121212;font-size:14px"><tr><td style="background:#072146;color:#fff;padding:20px 24px;'
           'font-size:22px"><b>BBVA</b> <span style="font-size:14px">Net Cash</span></td></tr><tr><td style="padding:24px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[1:5]) +
           '<p style="text-align:center"><a href="%s" style="background:#1973b8;color:#fff;padding:12px 28px;text-decoration:none">'
           'Firmar órdenes pendientes</a></p><p>Atentamente,<br>BBVA Net Cash - Servicio de Atención a Empresas</p></td></tr>'
           '<tr><td style="padding:12px 24px;font-size:11px;color:#666">Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San '
           'Nicolás 4, 48005 Bilbao.</td></tr></table></body></html>' % link)
    alt = m.multi("alternative", [m.text(text, "iso-8859-1", "quoted-printable"), m.html(htm, "iso-8859-1", "quoted-printable")],
                  style="php")
    ctx = m.ctx(t, ("BBVA Net Cash", "wordpress@clinicadentalvalenciasur.es"), [W.st("javier")],
                "Tiene 3 órdenes pendientes de firma en BBVA Net Cash", alt, zone="ES", subj_cs="iso-8859-1", subj_enc="Q")
    ctx.env_from = "clinicad@vps-2291.servidoreswp.es"
    ctx.msgid = "<%s@clinicadentalvalenciasur.es>" % rstr(r, 43, ALNUM)
    res = S.cpanel(ctx, "vps-2291.servidoreswp.es", "31.47.74.219", user="clinicad", dmarc=None, spf="pass",
                   domain_for_abuse="clinicadentalvalenciasur.es")
    m.facts(url=[link])
    m.describe("Corporate-banking credential phishing: 'BBVA Net Cash' says three payment orders (including payroll) "
               "will be cancelled unless signed before 14:00 via a link to a fake Net Cash login.",
               "PHP mail from a compromised dental clinic's WordPress (no DKIM, no DMARC for the From domain) with a bank "
               "display name; plausible amounts and payees; 14:00 deadline; link domain firma-ordenes.com is not BBVA.",
               pair="B29 (genuine BBVA Net Cash notice)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "30-es-adobe-acrobat-sign-abuso")
def a30(m):
    r = m.r
    t = at(2026, 10, 19, 17, 40, 21, zone="ES")
    link = "https://secure.eu1.adobesign.com/public/apiesign?pid=CBFCIBAA3AAAB%s&client_id=CBJCHBCAABAA%s" % (
        rb64url(r, 40), rb64url(r, 24))
    sender = "contratacion.puertosagunto@gmail.com"
    text = ("Puerto de Sagunto - Contratación le ha solicitado que firme\n\n"
            "Acuerdo de confidencialidad - Licitación dragado de mantenimiento dársena sur 2027\n\n"
            "Revisar y firmar: %s\n\n"
            "Mensaje de Puerto de Sagunto - Contratación:\n"
            "Buenas tardes. Para acceder al pliego técnico y a los planos batimétricos de la licitación es necesario "
            "firmar previamente el acuerdo de confidencialidad. Una vez firmado, en el propio documento encontrará el "
            "enlace a la documentación. Plazo de presentación de ofertas: 06/11/2026.\n\n"
            "Después de firmar el acuerdo, todas las partes recibirán una copia del documento firmado.\n\n"
            "No reenvíe este correo electrónico. Si no desea firmar, puede delegar la firma en otra persona.\n\n"
            "Para asegurarse de que sigue recibiendo nuestros mensajes de correo electrónico, añada adobesign@adobesign.com "
            "a su libreta de direcciones o lista de remitentes seguros.\n\n"
            "© 2026 Adobe. All rights reserved.\n" % link)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;'
           'background:#f5f5f5"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
           'font-family:adobe-clean,Helvetica,Arial,sans-serif;color:#2c2c2c"><tr><td style="padding:24px 32px;font-size:13px;'
           'color:#505050">Adobe Acrobat Sign</td></tr><tr><td style="padding:0 32px 8px;font-size:22px">Puerto de Sagunto - '
           'Contratación le ha solicitado que firme <b>Acuerdo de confidencialidad - Licitación dragado de mantenimiento '
           'dársena sur 2027</b></td></tr><tr><td style="padding:16px 32px"><a href="%s" style="background:#1473e6;color:#fff;'
           'padding:11px 24px;border-radius:16px;text-decoration:none;font-size:15px">Revisar y firmar</a></td></tr>'
           '<tr><td style="padding:8px 32px;font-size:14px;line-height:21px"><b>Mensaje de Puerto de Sagunto - Contratación</b><br>'
           'Buenas tardes. Para acceder al pliego técnico y a los planos batimétricos de la licitación es necesario firmar '
           'previamente el acuerdo de confidencialidad. Una vez firmado, en el propio documento encontrará el enlace a la '
           'documentación. Plazo de presentación de ofertas: 06/11/2026.</td></tr><tr><td style="padding:20px 32px;font-size:11px;'
           'color:#707070">Después de firmar el acuerdo, todas las partes recibirán una copia del documento firmado.<br>'
           'No reenvíe este correo electrónico.<br><br>© 2026 Adobe. All rights reserved.</td></tr></table></body></html>' % link)
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                   style="java")
    ctx = m.ctx(t, ("Puerto de Sagunto - Contratación (a través de Adobe Acrobat Sign)", "adobesign@adobesign.com"),
                [W.st("lucia")], "Firme: Acuerdo de confidencialidad - Licitación dragado de mantenimiento dársena sur 2027",
                root, zone="ES")
    ctx.reply_to = sender
    ctx.msgid = "<%d.%d.%d@eu1.adobesign.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), ctx.ts() * 1000)
    ctx.env_from = "bounces+%s@eu1.adobesign.com" % rhex(r, 12)
    mua = [("Date", ctx.date(zone="UTC")), ("From", ctx.from_h(quote_always=True)), ("Reply-To", sender), ("To", ctx.to_h()),
           ("Message-ID", ctx.msgid), ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-Adobe-Sign-Agreement", "CBJCHBCAABAA%s" % rb64url(r, 24))]
    res = S.platform(ctx, "mail-eu1-07.adobesign.com", "185.140.204.71", mua,
                     [("adobesign.com", "adbsgn1", "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type", "opendkim")],
                     dmarc=("pass", "reject"))
    m.facts(url=[link])
    m.describe("Abuse of the real Adobe Acrobat Sign service: a free account named 'Puerto de Sagunto - Contratación' "
               "sends an NDA 'for a maintenance-dredging tender'; the document to sign carries the link to the "
               "phishing page (documentation 'inside the NDA').",
               "Entirely genuine Adobe infrastructure (DKIM adobesign.com, DMARC pass, real adobesign.com signing link), "
               "so URL and sender reputation are clean; the tell is Reply-To on a Gmail address and an unexpected "
               "tender from a port authority that publishes on the official contracting platform.",
               pair="B30 (genuine Adobe Sign from the fuel supplier)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "31-es-soporte-it-quick-assist-onmicrosoft")
def a31(m):
    r = m.r
    t = at(2026, 12, 1, 10, 2, 17, zone="ES")
    m.ms_ids("eurprd03")
    text = ("Hola Lucía,\n\n"
            "Desde el Centro de Soporte IT del Grupo hemos detectado que tu buzón está recibiendo un envío masivo de "
            "correo no deseado (más de 1.200 mensajes en la última hora). Para evitar el bloqueo de la cuenta estamos "
            "aplicando un filtro de emergencia, pero necesitamos completar la limpieza desde tu equipo.\n\n"
            "En los próximos minutos un técnico (Jorge Almansa) te contactará por Microsoft Teams. Por favor, acepta la "
            "llamada y la solicitud de Asistencia rápida (Quick Assist) para que pueda aplicar la corrección. El proceso "
            "dura unos 10 minutos.\n\n"
            "Si no puedes atender la llamada de Teams, llámanos al +34 911 23 88 41 indicando la incidencia INC-48213.\n\n"
            "No reenvíes este mensaje y no elimines los correos recibidos hasta que termine el técnico.\n\n"
            "Gracias,\nCentro de Soporte IT\nExample Group\n")
    root = outlook_body(m, text, "iso-8859-1", "ES")
    ctx = m.ctx(t, ("Soporte IT Example Group", "soporte@examplegrouphelpdesk.onmicrosoft.com"), [W.st("lucia")],
                "INC-48213: envío masivo de spam a tu buzón - contacto del técnico por Teams", root, zone="ES",
                subj_cs="iso-8859-1", subj_enc="Q")
    res = S.m365(ctx, "examplegrouphelpdesk.onmicrosoft.com", region="eurprd03", eop="EUR03-VI1-obe", ids=m.ms,
                 accept="es-ES, en-US", dkim_dom="examplegrouphelpdesk.onmicrosoft.com",
                 dkim_sel="selector1-examplegrouphelpdesk-onmicrosoft-com", dmarc=("pass", "none"), lang_code="es")
    m.phone("+34 911 23 88 41")
    m.describe("Help-desk / remote-access pretext after an e-mail bombing: 'IT support' announces a Teams call and asks "
               "the office manager to accept Microsoft Quick Assist (Black Basta-style initial access).",
               "Sent from an attacker-owned Microsoft 365 trial tenant (examplegrouphelpdesk.onmicrosoft.com — "
               "Microsoft's own domain, so SPF/DKIM/DMARC pass); no link or attachment at all; the company's IT is in "
               "Hamburg and never uses Quick Assist via external Teams; phone callback number in Madrid.",
               pair="B16 (genuine internal IT message)")
    return m.finish(ctx, res)
