"""business/ 27-31 (Spanish)."""

from .common import *  # noqa: F401,F403


@msg("business", "27-es-dehu-notificacion-disponible.eml")
def b27(rng):
    t = "2026-10-26 08:02:41"
    text = ("Estimado/a Sr./Sra.:\n\n"
            "Le comunicamos que tiene una nueva notificación pendiente en la Dirección Electrónica Habilitada única (DEHú).\n\n"
            "Titular: EXAMPLE GRUAS IBERICA SL (%s)\n"
            "Organismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Concepto: Notificación - Modelo 303 - Requerimiento\n"
            "Fecha de puesta a disposición: 26/10/2026\n\n"
            "Para acceder a la notificación, entre en https://dehu.redsara.es con su certificado electrónico, DNIe o Cl@ve. "
            "Este aviso no contiene la notificación ni ningún enlace de acceso directo a la misma.\n\n"
            "Este correo es meramente informativo y ha sido enviado desde una dirección que no acepta respuestas.\n\n"
            "Dirección Electrónica Habilitada única\nSecretaría General de Administración Digital\n" % CIF_ES)
    body = M.text(text, "UTF-8", "quoted-printable", "plain", style="plain")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("DEHú - Notificaciones", "no-reply@dehu.redsara.es"), to=[S["es_acc"]],
                          subject="Aviso de puesta a disposición de notificación en DEHú", body=body, date_zone="madrid",
                          msgid="%d.%d.JavaMail.dehu@dehu-app04" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13)),
                          opts=dict(relay="smtp.redsara.es", relay_ip="192.0.2.%d" % rng.randrange(30, 50), domain="redsara.es", selector="redsara2024",
                                    inner=[lambda c, m: "from dehu-app04 (unknown [10.254.18.4])\n\tby smtp.redsara.es (Postfix) with ESMTP id %s;\n\t%s" % (
                                        c.qid(), tz.rfc(c.at(m.delay - 1), "madrid", pad=True, abbr=True))],
                                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"]))
    return Result(raw, info, "Genuine DEHú notice that a notification from the tax agency is waiting; access only via dehu.redsara.es with certificate or Cl@ve.",
                  "Sent from the government relay (DKIM redsara.es pass), correct CIF, no attachment and explicitly no direct link to the notification.",
                  pair=[("27-es-aeat-dehu-clickfix-html.eml", "AEAT / DEHú electronic notification",
                         "Genuine: plain notice, portal only. Attack: HTML attachment with a ClickFix fake CAPTCHA from a hacked site.")])


@msg("business", "28-es-pago-urgente-tasa-portuaria.eml")
def b28(rng):
    t = "2026-12-03 08:40:12"
    text = ("Hola Javier:\n\n"
            "¿Puedes pagar hoy la tasa de la Autoridad Portuaria de Tarragona por la autorización de la grúa de 500 t en el muelle "
            "de Cataluña? Si no está pagada antes de las 14:00 no nos dejan montar mañana.\n\n"
            "La liquidación (nº 43-2026-008812, 3.214,60 €) está en la carpeta compartida de Administración y ya está aprobada por "
            "Sabine en el workflow de facturas. El pago se hace como siempre por la pasarela de la APT con el certificado de la "
            "empresa, no hay que dar de alta ninguna cuenta nueva.\n\n"
            "Cuando lo tengas me pasas el justificante para mandarlo al jefe de muelle.\n\n"
            "¡Gracias!\nLucía\n\n" "Lucía Fernández\nOffice Manager - Example Grúas Ibérica S.L.\nTel. +34 977 55 18 40\n")
    body = B.outlook(rng, "es", text, cs="iso-8859-1", exchange=True)
    raw, info = T.compose(rng, profile="exchange_internal", t=t, frm=S["es_om"], to=[S["es_acc"]],
                          subject="URGENTE: pago tasa Autoridad Portuaria antes de las 14:00", body=body, date_zone="madrid",
                          hdr_cs="iso-8859-1", hdr_mode="Q", opts=dict(exch="EXCH01", lang="es-ES"),
                          extra_top=None)
    return Result(raw, info, "Genuine urgent internal request from the Tarragona office manager to pay a port authority fee today.",
                  "Internal Exchange route, invoice already approved in the workflow, official payment gateway, no new account, reason and deadline are operational.",
                  phones=["+34 977 55 18 40"],
                  pair=[("28-es-ceo-transferencia-urgente.eml", "Urgent payment request (same morning)",
                         "Genuine: internal mail, approved in the workflow, official gateway. Attack: 'CEO' on Outlook.com, new Portuguese IBAN, secrecy, outside the ERP.")])


@msg("business", "29-es-montajes-licitacion-parada.eml")
def b29(rng):
    t = "2026-11-05 12:48:30"
    rows = [[("b", "Partida"), ("b", "Descripción"), ("b", "Capacidad"), ("b", "Días"), ("b", "Precio/día (€)"), ("b", "Importe (€)")],
            ["1", "Grúa móvil 500 t con operador, desmontaje reactor R-201", "500 t", 6, None, None],
            ["2", "Grúa móvil 220 t (cola) con operador", "220 t", 6, None, None],
            ["3", "Grúas 60-100 t, trabajos auxiliares en turnos de 12 h", "60-100 t", 21, None, None],
            ["4", "Estudio de izado y plan de maniobras (UNE 58151)", "-", None, None, None]]
    xlsx = C.make_xlsx([("Mediciones", rows), ("Condiciones", [["Parada programada: 15/03/2027 - 12/04/2027"],
                                                              ["Oferta antes del 27/11/2026 a compras@montajescamp.es"],
                                                              ["Forma de pago: confirming 90 días"]])],
                       title="Licitación MPC-LIC-2027-014", creator="Jordi Puig", created="2026-11-05T10:20:00Z", zip_dt=(2026, 11, 5, 11, 21, 0))
    text = ("Hola Lucía, hola Javier:\n\n"
            "Os adjunto la licitación de grúas para la parada de primavera (MPC-LIC-2027-014). Las mediciones están en el Excel; "
            "los planos de implantación os los paso por la plataforma de licitaciones cuando confirméis participación.\n\n"
            "La visita a planta es el 17/11 a las 9:00, puerta 3. Necesitaremos DNI y el curso básico de PRL de los asistentes.\n\n"
            "Un saludo,")
    sig = "Jordi Puig i Serra\nCompras - Montajes Petroquímicos del Camp S.L.\nT. +34 977 54 32 10 · M. +34 619 402 775"
    body = B.gmail(rng, "es", text, attachments=[B.gm_attach(rng, xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "MPC-LIC-2027-014 Mediciones gruas.xlsx")], sig=sig)
    raw, info = T.compose(rng, profile="gworkspace", t=t, frm=MPC_JP, to=[S["es_om"], S["es_acc"]], cc=[("Compras MPC", "compras@montajescamp.es")],
                          subject="Licitación grúas parada primavera 2027 - MPC-LIC-2027-014", body=body, date_zone="madrid",
                          opts=dict(domain="montajescamp.es"))
    return Result(raw, info, "Genuine invitation to tender from the petrochemical assembly customer (Google Workspace) with an Excel bill of quantities.",
                  "Known customer domain (DKIM pass), realistic turnaround tender, site visit and safety requirements, no fees, no unusual links.",
                  phones=["+34 977 54 32 10", "+34 619 402 775"],
                  pair=[("29-es-licitacion-guinea-anticipo.eml", "Tender / contract award",
                         "Genuine: customer's tender, no money asked. Attack: 'award' from Hotmail requiring an upfront registration fee.")])


@msg("business", "30-es-google-forms-cuestionario-prl.eml")
def b30(rng):
    t = "2026-11-13 10:31:52"
    url = "https://docs.google.com/forms/d/e/1FAIpQLScM4nR8tV2yL6pK0wE3jH9aX5sD1fQ7uB2iZ4oG8cN6vT0mWq/viewform?usp=send_form"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Roboto,Arial,sans-serif;background:#e8f0fe;margin:0;padding:20px 0;">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;border-top:10px solid #1a73e8;">
<tr><td style="padding:24px;font-size:14px;color:#202124;">Si tienes problemas para ver o enviar este formulario, puedes rellenarlo en línea:<br>
<a href="%s" style="color:#1a73e8;">%s</a></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:26px;color:#202124;">Cuestionario de evaluación de proveedores 2027 (PRL y calidad)</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#202124;line-height:20px;">Hola, como cada año os pedimos que actualicéis los datos de prevención
y calidad: certificados ISO, modalidad preventiva, siniestralidad 2026 y vencimiento de las ITV/inspecciones de las grúas. No pedimos contraseñas ni datos bancarios.
Plazo: 30/11/2026. Gracias, Jordi Puig (Compras MPC).</td></tr>
<tr><td style="padding:16px 24px;"><a href="%s" style="background:#1a73e8;color:#ffffff;padding:10px 24px;border-radius:4px;text-decoration:none;">RELLENAR FORMULARIO</a></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#70757a;">Google Forms: crea y analiza encuestas.</td></tr>
</table></body></html>
""" % (url, url, url)
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="gmail"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="gmail")], B.b_gmail(rng), style="gmail")
    raw, info = T.compose(rng, profile="google_noreply", t=t, frm=("Jordi Puig (mediante Formularios de Google)", "forms-receipts-noreply@google.com"),
                          reply_to=MPC_JP, to=[S["es_acc"]], subject="Cuestionario de evaluación de proveedores 2027 (PRL y calidad)",
                          body=body, date_zone="pacific",
                          env_from="3%s@forms-receipts.bounces.google.com" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40)))
    return Result(raw, info, "Genuine Google Forms invitation from the customer's buyer for the yearly supplier evaluation (safety and quality data).",
                  "Google Forms mailer (DKIM google.com), reply-to the known buyer at montajescamp.es, asks only for certificates and safety data and says so explicitly.",
                  pair=[("30-es-google-forms-homologacion.eml", "Supplier qualification via Google Forms",
                         "Genuine: known customer buyer, no credentials. Attack: unknown 'customer' with Gmail reply-to, form asks for the mailbox password.")])


@msg("business", "31-es-dropbox-nominas-asesoria.eml")
def b31(rng):
    t = "2026-11-27 13:05:19"
    url = "https://www.dropbox.com/scl/fo/4mq8r2kz7d0w3pa1ntx9e/AKq3Zr8e0W1m5Yh2N7c4T6v?rlkey=p2x8k5m1q7z0w3r9t4y6u8i0o&dl=0"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f7f5f2;font-family:'Sharp Grotesk',Helvetica,Arial,sans-serif;color:#1e1919;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:28px 32px 8px 32px;"><img src="https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34_2x.png" width="34" alt="Dropbox"></td></tr>
<tr><td style="padding:8px 32px;font-size:20px;">Asesoría Laboral Ebro ha compartido la carpeta &laquo;Example Grúas - Nóminas 11-2026&raquo; contigo</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;background:#f7f5f2;">&ldquo;Hola Lucía, como cada mes: nóminas, RLC/RNT y modelo 111 de noviembre. Los recibos van protegidos con la contraseña habitual que os dimos por teléfono. Un saludo, Mercè&rdquo;</td></tr>
<tr><td style="padding:20px 32px;"><a href="%s" style="background:#0061fe;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;">Abrir carpeta</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#736c64;">&copy; 2026 Dropbox &middot; 1800 Owens St, San Francisco, CA 94158</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, ""), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Dropbox", "no-reply@dropbox.com"), reply_to=("Mercè Soler - Asesoría Laboral Ebro", "merce.soler@asesorialaboralebro.es"),
                          to=[S["es_om"]], subject="Asesoría Laboral Ebro ha compartido \"Example Grúas - Nóminas 11-2026\" contigo",
                          body=body, date_zone="utc", env_from="bounces+%s@em-s.dropbox.com" % "".join(rng.choice("0123456789abcdef") for _ in range(12)),
                          msgid="%s@dropbox.com" % T.Ctx(rng, when(t)).guid(),
                          opts=dict(host="mail-sor-f%d.dropboxmail.com" % rng.randrange(20, 90), ip="162.125.%d.%d" % (rng.randrange(2, 8), rng.randrange(2, 250)),
                                    dkim=[("dropbox.com", "20231018"), ("em-s.dropbox.com", "s1")],
                                    order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"],
                                    xheaders=[("X-Dropbox-Message-Type", "shared_content_notification")]))
    return Result(raw, info, "Genuine monthly Dropbox folder share from the external payroll adviser (payslips, social security files).",
                  "Real Dropbox mailer, reply-to the adviser's own domain, expected monthly routine, the password for the files was given by phone, not in the mail.",
                  pair=[("31-es-dropbox-citacion-juzgado.eml", "Dropbox share from a law/advisory firm",
                         "Genuine: known payroll adviser, monthly folder, own-domain reply-to. Attack: unknown law firm with Gmail reply-to, 'court summons' ZIP, urgency.")])
