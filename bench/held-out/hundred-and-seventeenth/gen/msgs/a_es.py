"""attack/ 27-31 (Spanish)."""

from .common import *  # noqa: F401,F403


@msg("attack", "27-es-aeat-dehu-clickfix-html.eml")
def a27(rng):
    t = "2026-10-27 10:12:33"
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Agencia Tributaria - Sede electrónica - Notificación 2026NE4418732</title>
<style>body{font-family:Arial,Helvetica,sans-serif;background:#f7f7f7;margin:0}.top{background:#1f3a5f;color:#fff;padding:14px 26px;font-size:18px}
.card{max-width:520px;margin:50px auto;background:#fff;border:1px solid #d6d6d6;padding:30px}.chk{border:1px solid #ccc;padding:14px;margin:18px 0;font-size:15px}
ol{font-size:15px;line-height:26px}.k{display:inline-block;border:1px solid #888;border-radius:3px;padding:0 6px;background:#eee;font-family:monospace}
.note{font-size:11px;color:#888;margin-top:20px}</style></head>
<body><div class="top">Agencia Tributaria &middot; Sede electrónica</div>
<div class="card"><h3>Notificación electrónica 2026NE4418732</h3>
<div class="chk">&#9744; No soy un robot &nbsp;&nbsp; <small>Verificación de seguridad</small></div>
<p>Para visualizar el documento debe completar la verificación de seguridad:</p>
<ol><li>Pulse <span class="k">Windows</span> + <span class="k">R</span></li>
<li>Pulse <span class="k">Ctrl</span> + <span class="k">V</span> (el código de verificación ya está copiado)</li>
<li>Pulse <span class="k">Intro</span> y espere a que se abra la notificación.</li></ol>
<p class="note">[Marcador para análisis: en la campaña real una página web copia un comando PowerShell al portapapeles; este archivo no contiene ningún comando ni script.]</p>
</div></body></html>
"""
    text = ("Estimado/a contribuyente:\n\n"
            "Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración "
            "Tributaria en la Dirección Electrónica Habilitada única (DEHú).\n\n"
            "Referencia: 2026NE4418732\nProcedimiento: Comprobación limitada IVA 2025 - requerimiento de información\n"
            "Titular: EXAMPLE GRUAS IBERICA SL - %s\n\n"
            "Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se "
            "entenderá rechazada y se continuará con el procedimiento (art. 43 Ley 39/2015).\n\n"
            "Por motivos de seguridad, el documento se adjunta protegido. Ábralo en un ordenador con Windows.\n\n"
            "Agencia Tributaria\n" % CIF_ES)
    root = M.multi("mixed", [M.text(text, "iso-8859-1", "quoted-printable", "plain", style="php"),
                             M.attach(page.encode("utf-8"), "text/html", "Notificacion_AEAT_2026NE4418732.html", style="php")],
                   B.b_php(rng), style="php", preamble="This is a multi-part message in MIME format.")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("Agencia Tributaria", "notificaciones@clinicadentalsonrisa.es"),
                          to=[S["es_acc"]], subject="Notificación electrónica pendiente de comparecencia - Ref. 2026NE4418732",
                          body=root, date_zone="madrid", hdr_cs="iso-8859-1", hdr_mode="Q",
                          opts=dict(server="es-srv14.hostingiberico.net", server_ip="198.51.100.77", dkim_domain="clinicadentalsonrisa.es",
                                    account="notificaciones@clinicadentalsonrisa.es", local_user="clinicad", zone="madrid"))
    return Result(raw, info, "Fake AEAT/DEHú notification with an HTML attachment showing a 'ClickFix' fake CAPTCHA that tells the user to press Win+R, Ctrl+V, Enter (would run a PowerShell command put on the clipboard).",
                  "Sent by PHPMailer from a hacked dental clinic website, DEHú never attaches documents (access only with certificate/Cl@ve at dehu.redsara.es), 10-day threat, instructions to paste into the Run dialog; the attachment is inert (no script, placeholder note).")


@msg("attack", "28-es-ceo-transferencia-urgente.eml")
def a28(rng):
    t = "2026-12-03 09:05:47"
    iban = ck.make_iban(rng, "PT", bank="0045", branch="1402")
    text = ("Buenos días Javier:\n\n"
            "Necesito que gestiones hoy una transferencia urgente. Es un anticipo a un proveedor portugués por el utillaje de "
            "izado para la parada de la planta de Tarragona (cliente Montajes del Camp). Lo he negociado directamente yo y el "
            "pedido se formaliza esta semana, por eso todavía no está en el sistema.\n\n"
            "Beneficiario: Ferramentas Industriais do Norte, Lda.\n"
            "IBAN: %s\n"
            "BIC: CCCMPTPL\n"
            "Importe: 48.750,00 EUR\n"
            "Concepto: Anticipo pedido 2026-118\n\n"
            "Es un tema confidencial hasta que se anuncie el contrato, así que de momento no lo comentes con nadie de la "
            "oficina. Sabine está informada. Estoy en reuniones todo el día en Duisburgo, escríbeme por aquí cuando esté "
            "hecho y mándame el justificante.\n\n"
            "Gracias,\nThomas Reinhardt\nCEO Example Group\n\nEnviado desde Outlook para iOS" % ck.iban_fmt(iban))
    body = B.outlook(rng, "es", text, cs="utf-8", font="Aptos")
    raw, info = T.compose(rng, profile="outlookcom", t=t, frm=("Thomas Reinhardt", "t.reinhardt.examplegroup@outlook.com"),
                          to=[S["es_acc"]], subject="Transferencia urgente - confidencial", body=body, date_zone="madrid")
    return Result(raw, info, "CEO fraud in Spanish from an Outlook.com consumer account: urgent 'advance payment' of 48,750 EUR to a Portuguese account for a deal 'not yet in the system'.",
                  "CEO name on a free Outlook.com address, bypasses the ERP ('not in the system yet'), secrecy, name-drops the CFO, asks for the transfer receipt by mail; the genuine urgent payment request that morning (business/28) goes through the workflow.")


@msg("attack", "29-es-licitacion-guinea-anticipo.eml")
def a29(rng):
    t = "2026-11-09 14:22:18"
    iban = ck.make_iban(rng, "ES", bank="2100", branch="8471")
    text = ("Estimados señores:\n\n"
            "Nos complace comunicarles que, tras la evaluación de las empresas europeas de izaje pesado, EXAMPLE GRUAS IBERICA SL "
            "ha sido preseleccionada para el suministro de grúas y servicios de elevación del proyecto de AMPLIACIÓN DEL PUERTO DE "
            "MALABO - FASE II (importe estimado del lote: 3.850.000 EUR), financiado por el Ministerio de Obras Públicas de Guinea "
            "Ecuatorial.\n\n"
            "Para la firma del contrato es imprescindible completar el REGISTRO DE PROVEEDORES EXTRANJEROS ante la Dirección "
            "General de Contratación. La tasa de registro y legalización de documentos asciende a 4.850,00 EUR y debe abonarse "
            "a través de nuestro agente acreditado en España antes del 16 de noviembre de 2026:\n\n"
            "Titular: Gestiones Internacionales Afrohispanas SL\n"
            "IBAN: %s\n"
            "Concepto: Registro proveedor MOP-GE-2026-0447\n\n"
            "Una vez recibido el justificante le enviaremos el pliego técnico y la invitación a la firma en Madrid.\n\n"
            "Atentamente,\n\n"
            "Ing. Santiago Obiang Nguema\nDirector de Proyectos Portuarios\nMinisterio de Obras Públicas e Infraestructuras\n"
            "Tel./WhatsApp: +240 222 418 736\n" % ck.iban_fmt(iban))
    body = B.outlook(rng, "es", text, cs="iso-8859-1", font="Calibri")
    raw, info = T.compose(rng, profile="outlookcom", t=t, frm=("MOP Guinea Ecuatorial - Contratación", "mop.contratacion.ge@hotmail.com"),
                          to=[S["es_om"]], subject="ADJUDICACIÓN PROVISIONAL - PROYECTO AMPLIACIÓN PUERTO DE MALABO - MOP-GE-2026-0447",
                          body=body, date_zone="madrid", hdr_cs="iso-8859-1", hdr_mode="Q")
    return Result(raw, info, "Advance-fee fraud: fake pre-award of a port-expansion contract in Equatorial Guinea, conditional on a 4,850 EUR 'supplier registration fee' paid to an 'agent' in Spain.",
                  "Government on a Hotmail address, unsolicited award without a tender, upfront fee to a third party's Spanish account, WhatsApp number, shouting subject line.",
                  phones=["+240 222 418 736"])


@msg("attack", "30-es-google-forms-homologacion.eml")
def a30(rng):
    t = "2026-11-24 16:40:05"
    url = "https://docs.google.com/forms/d/e/1FAIpQLSd7Xk2wqT9mRb4vPz0aHc3nLq8YtE5uJf1KgW6oZs2iBv4xNw/viewform?usp=send_form"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8;margin:0;padding:20px 0;">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;border-top:10px solid #673ab7;">
<tr><td style="padding:24px;font-size:14px;color:#202124;">Si tienes problemas para ver o enviar este formulario, puedes rellenarlo en línea:<br>
<a href="%s" style="color:#1a73e8;">%s</a></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:26px;color:#202124;">Homologación de proveedores 2027 - Petroquímica Tarraco</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#202124;line-height:20px;">Estimado proveedor: para mantener su alta en nuestro registro de proveedores
de servicios de elevación es obligatorio actualizar sus datos antes del 30/11/2026. Para validar su identidad, utilice el usuario y la contraseña
de su correo corporativo.</td></tr>
<tr><td style="padding:16px 24px;"><a href="%s" style="background:#673ab7;color:#ffffff;padding:10px 24px;border-radius:4px;text-decoration:none;">RELLENAR FORMULARIO</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#70757a;">Crea tu propio formulario de Google<br>Informar de abuso</td></tr>
</table></body></html>
""" % (url, url, url)
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="gmail"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="gmail")], B.b_gmail(rng), style="gmail")
    raw, info = T.compose(rng, profile="google_noreply", t=t, frm=("Compras Petroquímica Tarraco (mediante Formularios de Google)", "forms-receipts-noreply@google.com"),
                          reply_to=("", "compras.petrotarraco@gmail.com"), to=[S["es_acc"]],
                          subject="Homologación de proveedores 2027 - Petroquímica Tarraco", body=body, date_zone="pacific",
                          env_from="3%s@forms-receipts.bounces.google.com" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40)))
    return Result(raw, info, "Legitimate-service abuse: a Google Form 'supplier qualification' for a made-up petrochemical customer asks for the corporate e-mail password; delivered by Google's own Forms mailer.",
                  "Google Forms mail is authentic (DKIM google.com), the form link is docs.google.com, but the reply-to is a Gmail address, the customer is not a real account of ours, and the form explicitly asks for the mailbox password.")


@msg("attack", "31-es-dropbox-citacion-juzgado.eml")
def a31(rng):
    t = "2026-11-30 11:18:40"
    url = "https://www.dropbox.com/scl/fi/xk29c7pa0d3mwq1tz8e4r/Cedula_Citacion_Procedimiento_412-2026.zip?rlkey=7wq3zr0y9k1m5h2n8c4t6v0bx&dl=0"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f7f5f2;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;color:#1e1919;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:28px 32px 8px 32px;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34_2x.png" width="34" alt="Dropbox"></td></tr>
<tr><td style="padding:8px 32px;font-size:20px;">Bufete Ferrer Abogados ha compartido &laquo;Cedula_Citacion_Procedimiento_412-2026.zip&raquo; contigo</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;background:#f7f5f2;">&ldquo;Adjuntamos cédula de citación del Juzgado de lo Social nº 2 de Tarragona y copia de la demanda por despido
interpuesta por un extrabajador. Acto de conciliación y juicio: 14/12/2026. Rogamos revisen la documentación con urgencia.&rdquo;</td></tr>
<tr><td style="padding:20px 32px;"><a href="%s" style="background:#0061fe;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;">Ver archivo</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#736c64;">&copy; 2026 Dropbox &middot; 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, ""), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Dropbox", "no-reply@dropbox.com"), reply_to=("Bufete Ferrer Abogados", "bufeteferrer.abogados@gmail.com"),
                          to=[S["es_om"]], subject="Bufete Ferrer Abogados ha compartido \"Cedula_Citacion_Procedimiento_412-2026.zip\" contigo",
                          body=body, date_zone="utc", env_from="bounces+%s@em-s.dropbox.com" % "".join(rng.choice("0123456789abcdef") for _ in range(12)),
                          msgid="%s@dropbox.com" % T.Ctx(rng, when(t)).guid(),
                          opts=dict(host="mail-sor-f%d.dropboxmail.com" % rng.randrange(20, 90), ip="162.125.%d.%d" % (rng.randrange(2, 8), rng.randrange(2, 250)),
                                    dkim=[("dropbox.com", "20231018"), ("em-s.dropbox.com", "s1")],
                                    order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"],
                                    xheaders=[("X-Dropbox-Message-Type", "shared_content_notification")]))
    return Result(raw, info, "Fake legal notice delivered through a genuine Dropbox share: a 'court summons and lawsuit' ZIP from a law-firm account (reply-to Gmail) - the ZIP would carry an MSI remote-access installer.",
                  "Real Dropbox infrastructure (DKIM dropbox.com), so the signal is context: Spanish courts notify companies via LexNET/DEHú, not via Dropbox ZIP files; unknown law firm with Gmail reply-to; urgency about a hearing.")
