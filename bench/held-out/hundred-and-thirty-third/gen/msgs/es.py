"""Spanish messages: attack 27-31, business 27-31."""
import base64

from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf, mime
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid, exim_id
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

ES = OFF["ES"]
CN = CO["calanova"]
NM = CO["nauticm"]
TR = CO["tramuntana"]


def _b64s(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def _fmt(v):
    return "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "27-es-aeat-notificacion-zip.eml")
def a27():
    m = M("attack", "27-es-aeat-notificacion-zip.eml")
    t = utc(2026, 10, 19, 8, 3, 27)
    dom = "talleresruizcartagena.es"
    sender = "administracion@" + dom
    env(m, t, S["acc_es"].email, sender)
    link = m.url("https://sede-agenciatributaria.notificaciones-dehu.com/descargar/?ref=2026GRC84117A",
                 "download of a ZIP with an MSI installer (banking trojan pattern), not included")
    paras = ["Estimado/a contribuyente:", "",
             "Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria "
             "relativa al procedimiento sancionador con referencia 2026GRC84117A (NIF %s)." % ES["tax"][0][1], "",
             "Concepto: Acuerdo de imposición de sanción - Modelo 303, 3T 2026", "Importe: 4.812,30 EUR", "",
             "Puede descargar el documento completo en formato PDF a través del siguiente enlace, válido durante 10 días naturales:", "",
             link, "",
             "Transcurrido dicho plazo sin acceder al contenido, la notificación se entenderá rechazada (art. 43.2 Ley 39/2015).", "",
             "Agencia Tributaria", "Departamento de Gestión Tributaria"]
    text = "\n".join(paras) + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\r\n"
            + "".join("<p>%s</p>\r\n" % ('<a href="%s">Descargar notificación (PDF)</a>' % link if p == link else (esc(p) or "&nbsp;")) for p in paras)
            + "</body></html>\r\n")
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("roundcube"), quote_cs=False)
    msgid = "<%s@%s>" % (hexs(m.r, 32), dom)
    hdrs = [("MIME-Version", "1.0"), ("Date", rfc_date(t, "CET")), ("From", "Agencia Tributaria <%s>" % sender),
            ("To", S["acc_es"].email), ("Subject", _b64s("Notificación AEAT: procedimiento sancionador Ref. 2026GRC84117A")),
            ("Message-ID", msgid), ("X-Sender", sender), ("User-Agent", "Roundcube Webmail/1.6.6"), ("MIME", None)]
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "srv02.hostalia-web.net", "198.51.100.52", body, sender,
                                     client_ip="194.165.16.%d" % m.r.randrange(2, 250), client_helo="webmail.%s" % dom,
                                     dkim_d=dom, dkim_s="default")
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "default", bp, 2048)], dmarc=("none", "none", dom)), pre, client, t_mx, hdrs)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Fake AEAT sanction notice linking to a 'PDF' download (ZIP with installer) - typical Spanish banking-trojan campaign",
                  why="Sent through the Roundcube webmail of a hacked workshop's hosting (auth passes for that domain only), display name "
                      "'Agencia Tributaria'; AEAT notifies via DEHú/sede, never by link to an external download domain")
    return m


@message("attack", "28-es-google-forms-buzon.eml")
def a28():
    m = M("attack", "28-es-google-forms-buzon.eml")
    t = utc(2026, 11, 23, 7, 44, 3)
    env(m, t, S["om_es"].email, "forms-receipts-noreply@google.com")
    form = m.url("https://docs.google.com/forms/d/e/1FAIpQLSd%s/viewform?usp=mail_form_link" % alnum(m.r, 48),
                 "Google Form asking for the mailbox password")
    title = "Webmail Example Group - Verificación de buzón (98% lleno)"
    desc = ("Su buzón lucia.fernandez@example.com ha alcanzado el 98% de su capacidad. Para evitar la pérdida de correos entrantes, "
            "verifique su cuenta antes de 24 horas. Servicio Técnico de Correo.")
    html = ("<html><body style=\"font-family:Roboto,Arial,sans-serif;background:#f0ebf8;margin:0\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\" style=\"padding:24px\">"
            "<table width=\"600\" style=\"background:#fff;border-radius:8px\"><tr><td style=\"padding:24px 24px 8px;font-size:14px;color:#202124\">"
            "Ha recibido una invitación para rellenar el siguiente formulario:</td></tr>"
            "<tr><td style=\"padding:8px 24px;border-top:10px solid #673ab7\"><div style=\"font-size:24px;color:#202124\">%s</div>"
            "<div style=\"font-size:14px;color:#202124;padding-top:8px\">%s</div></td></tr>"
            "<tr><td style=\"padding:12px 24px;font-size:14px\">Correo electrónico *<br><input style=\"width:80%%\" disabled><br><br>Contraseña *<br><input style=\"width:80%%\" disabled></td></tr>"
            "<tr><td style=\"padding:16px 24px\"><a href=\"%s\" style=\"background:#673ab7;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px\">RELLENAR FORMULARIO</a></td></tr>"
            "<tr><td style=\"padding:16px 24px;font-size:12px;color:#5f6368\">Crea tu propio formulario de Google<br>Google no ha creado ni aprobado este contenido. "
            "<a href=\"https://docs.google.com/forms/u/0/d/e/report\">Denunciar abuso</a></td></tr></table></td></tr></table></body></html>"
            % (esc(title), esc(desc), form))
    text = ("Ha recibido una invitación para rellenar el siguiente formulario:\n\n%s\n\n%s\n\nRELLENAR FORMULARIO: %s\n\n"
            "Google no ha creado ni aprobado este contenido.\n" % (title, desc, form))
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("gmail"), quote_cs=False)
    msgid = "<%s@google.com>" % alnum(m.r, 30)
    hdrs = [("MIME-Version", "1.0"), ("Reply-To", "soporte.webmail.eg@gmail.com"), ("X-No-Auto-Attachment", "1"),
            ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad")), ("Subject", _b64s(title)),
            ("From", "\"Servicio Técnico (mediante Formularios de Google)\" <forms-receipts-noreply@google.com>".encode("utf-8").decode("utf-8")),
            ("To", S["om_es"].email), ("MIME", None)]
    hdrs = [(k, v) if k != "From" else (k, "=?UTF-8?Q?Servicio_T=C3=A9cnico_=28mediante_Formularios_de_Google=29?= <forms-receipts-noreply@google.com>") for k, v in hdrs]
    body = root.payload()
    r = m.r
    pre, client, t_mx, _bp = mta.gmail(m.env, body, None)
    pre = [h for h in pre if h[0] not in ("DKIM-Signature", "X-Google-DKIM-Signature", "X-Gm-Message-State", "X-Gm-Gg")]
    dv, bp = mta.dkim(r, "google.com", "20230601", "mime-version:reply-to:message-id:date:subject:from:to:content-type", body,
                      t=int(epoch(t)), style="gmail", extra=" darn=example.com;")
    pre.insert(1, ("DKIM-Signature", dv))
    client = ("mail-sor-f%d.google.com" % 69, "mail-sor-f69.google.com", "209.85.220.69", mta.TLS13_128)
    finish(m, root, dict(spf="pass", dkim=[("pass", "google.com", "20230601", bp, 2048)], dmarc=("pass", "reject", "google.com")),
           pre, client, t_mx, hdrs)
    m.fact("Reply-To", "soporte.webmail.eg@gmail.com", "form owner")
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Mailbox-quota phishing built as a Google Form invitation that asks for e-mail and password",
                  why="Genuine Google Forms mail (passes everything) abused: a form titled 'Webmail Example Group' collects the password; "
                      "the company's mail is Exchange, IT never uses Google Forms; 24-hour pressure")
    return m


@message("attack", "29-es-abogado-operacion-confidencial.eml")
def a29():
    m = M("attack", "29-es-abogado-operacion-confidencial.eml")
    t = utc(2026, 11, 26, 10, 22, 14)
    dom = "serrano-abogados-mercantil.com"
    sender = "a.serrano@" + dom
    env(m, t, S["acc_es"].email, sender)
    iban = m.iban(ids.es_iban(128, 9412, 7510018472), "'notary deposit account' (Bankinter prefix) - mule")
    tel = m.phone("+34 911 23 88 47", "lawyer's 'direct line'")
    paras = ["Estimado Sr. Moreno:", "",
             "Me pongo en contacto con usted por indicación de D. Henrik Brandt, Consejero Delegado del Grupo, que me ha facilitado su "
             "dirección como responsable de la contabilidad de Example Yachting España S.L.", "",
             "Nuestro despacho asesora al Grupo en la adquisición de la flota y la base de Ibiza de la sociedad Sail Pitiusas S.L. "
             "(11 embarcaciones). La operación está sujeta a un acuerdo de confidencialidad estricto hasta su firma ante notario el próximo lunes; "
             "por ello le ruego que no la comente con nadie de la oficina ni del Grupo, salvo con el Sr. Brandt.", "",
             "Para reservar la operación es necesario depositar hoy una provisión de fondos de 84.600,00 EUR en la cuenta de depósito "
             "de la notaría:", "",
             "Titular: Depósitos Notariales Baleares SL\nIBAN: %s\nConcepto: Provisión SP-2026/118" % ids.iban_print(iban), "",
             "El Sr. Brandt le confirmará la autorización en copia. Le agradecería que me enviara el justificante en cuanto la transferencia "
             "esté ordenada. Para cualquier consulta puede llamarme a mi línea directa %s." % tel, "",
             "Atentamente,", "", "Almudena Serrano Ruiz", "Socia - Derecho Mercantil y M&A", "Serrano Abogados", "Paseo de la Castellana 93, 28046 Madrid", "",
             "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario."]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "ES")
    msgid = m.msgid_outlook("PR3P195MB0812", "EURP195")
    bnd = outlook_bounds(msgid)
    root = alt(text, html, "utf-8", "quoted-printable", bnd["alt"])
    hdrs = h_outlook(m, "Almudena Serrano Ruiz <%s>" % sender, ["Javier Moreno <%s>" % S["acc_es"].email],
                     "Operación confidencial - instrucciones del Sr. Brandt", t, "CET", msgid,
                     cc=["Henrik Brandt <henrik.brandt@examplegroup.es>"], lang="es-ES", date_utc=True)
    via_m365(m, root, hdrs, dom, "c0a8f3e1-7b42-4d6a-9e15-2f8b0c7d4a91", "PR3P195MB0812", "EURP195", client_lang="es",
             auth=lambda bp: dict(spf="pass", dkim=[("pass", dom, "selector1", bp, 2048)], dmarc=("none", "none", dom)), arc_dmarc="none")
    m.fact("Domain", "examplegroup.es", "look-alike of the group's own domain used for the 'CEO' in Cc")
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="BEC by lawyer impersonation: 'M&A lawyer' instructs the Spanish accountant to pay a notary deposit, CEO 'in Cc'",
                  why="Unknown law firm on a fresh M365 tenant, CEO in Cc on look-alike examplegroup.es (not .eu/.com), secrecy towards colleagues, "
                      "same-day payment to a private 'notarial deposit' company")
    return m


@message("attack", "30-es-nauticmanager-comisiones.eml")
def a30():
    m = M("attack", "30-es-nauticmanager-comisiones.eml")
    t = utc(2026, 10, 9, 6, 55, 40)
    dom = "nauticmanager-secure.com"
    env(m, t, S["om_es"].email, "bnc3.mailjet.com")
    m.env.mailfrom = "%s@bnc3.mailjet.com" % alnum(m.r, 30)
    link = m.url("https://nauticmanager-secure.com/operator/login?ref=EYES-PMI&lang=es", "fake NauticManager operator login")
    track = "http://%s.mjt.lu/lnk/%s" % (alnum(m.r, 6).lower(), alnum(m.r, 80))
    m.url(track, "Mailjet click-tracking wrapper")
    paras = ["Estimado operador,",
             "Durante la revisión trimestral de cumplimiento (KYC) hemos detectado que los datos fiscales de su cuenta de operador "
             "Example Yachting España S.L. (base Palma) están incompletos.",
             "Hasta que se complete la verificación, las liquidaciones de comisiones y los pagos de clientes de las reservas de la "
             "temporada 2027 (3 reservas, 41.380,00 EUR) permanecerán retenidos.",
             "Por favor, acceda al panel de operador y confirme sus datos bancarios y fiscales antes del 12/10/2026.",
             "Atentamente,", "Equipo de Cumplimiento - NauticManager"]
    html = ("<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#eef3f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#1c2b39\">"
            "<tr><td style=\"background:#0d3b66;color:#fff;padding:18px 28px;font-size:20px\">NauticManager</td></tr>"
            + "".join("<tr><td style=\"padding:8px 28px\">%s</td></tr>" % esc(p) for p in paras[:4])
            + "<tr><td style=\"padding:12px 28px\"><a href=\"%s\" style=\"background:#f4a259;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold\">Verificar cuenta</a></td></tr>" % esc(track)
            + "".join("<tr><td style=\"padding:8px 28px\">%s</td></tr>" % esc(p) for p in paras[4:])
            + "<tr><td style=\"padding:16px 28px;font-size:11px;color:#888\">NauticManager · Palma de Mallorca · <a href=\"http://%s.mjt.lu/unsub2?%s\">Darse de baja</a></td></tr>"
              "</table></td></tr></table><img src=\"http://%s.mjt.lu/oo/%s.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>"
            % (alnum(m.r, 6).lower(), alnum(m.r, 40), alnum(m.r, 6).lower(), alnum(m.r, 50)))
    text = "\n\n".join(paras[:4]) + "\n\nVerificar cuenta: %s\n\n" % link + "\n".join(paras[4:]) + "\n"
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s.%d@mailjet.com>" % (uuid4(m.r), m.r.randrange(10 ** 6, 10 ** 7))
    hdrs = [("Message-Id", msgid), ("MIME-Version", "1.0"), ("From", "NauticManager Compliance <cumplimiento@%s>" % dom),
            ("To", S["om_es"].email), ("Subject", _b64s("Pagos retenidos: verifique su cuenta de operador antes del 12/10")),
            ("Date", rfc_date(t, "UTC", "std")), ("MIME", None), ("X-CSA-Complaints", "csa-complaints@eco.de"),
            ("X-Mailjet-Campaign", str(m.r.randrange(10 ** 9, 10 ** 10))), ("X-MJ-Mid", alnum(m.r, 40)),
            ("List-Unsubscribe", "<mailto:unsub-%s@bnc3.mailjet.com>" % alnum(m.r, 20)), ("Feedback-Id", "42.%d.%d:MJ" % (m.r.randrange(10 ** 6), m.r.randrange(10 ** 6)))]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, dom, "mailjet", "message-id:mime-version:from:to:subject:date:list-unsubscribe:feedback-id:x-csa-complaints:x-mj-mid:x-mailjet-campaign", body, t=int(epoch(t)))
    dv2, bp2 = mta.dkim(r, "bnc3.mailjet.com", "mailjet", "message-id:mime-version:from:to:subject:date:list-unsubscribe:feedback-id", body, t=int(epoch(t)))
    ip = "87.253.233.%d" % r.randrange(100, 200)
    pre = [("DKIM-Signature", dv), ("DKIM-Signature", dv2)]
    client = ("o%d.p8.mailjet.com" % int(ip.split(".")[-1]), "o%d.p8.mailjet.com" % int(ip.split(".")[-1]), ip, mta.TLS12)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "mailjet", bp, 2048), ("pass", "bnc3.mailjet.com", "mailjet", bp2, 2048)],
                         dmarc=("pass", "none", dom)), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Trade-portal credential phishing: fake NauticManager compliance notice, 'payments withheld', verify operator account",
                  why="Look-alike nauticmanager-secure.com via Mailjet; the real platform mails from mail.nauticmanager.com via SES; money held "
                      "hostage plus deadline; login link to the look-alike (hidden behind Mailjet tracking)")
    return m


@message("attack", "31-es-justificante-html-adjunto.eml")
def a31():
    m = M("attack", "31-es-justificante-html-adjunto.eml")
    t = utc(2026, 12, 10, 11, 48, 2)
    dom = "nauticalevante.es"
    sender = "administracion@" + dom
    env(m, t, S["acc_es"].email, sender)
    post = m.url("https://nauticalevante-my.sharepoint-docs.online/common/login.php", "form action of the HTML attachment")
    htmlatt = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Justificante de transferencia - Microsoft 365</title>
<style>body{margin:0;font-family:'Segoe UI',Arial;background:#f3f2f1}.card{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right;font-size:15px}.doc{background:#f7f7f7;padding:10px;font-size:13px;margin-bottom:14px}</style></head>
<body><div class="card"><div style="font-size:20px;color:#737373">Microsoft</div>
<div class="doc">&#128196; Justificante_transferencia_REF-88413.pdf (148 KB)<br><span style="color:#777">Protegido - inicie sesi&oacute;n para ver el documento</span></div>
<h1>Iniciar sesi&oacute;n</h1>
<form method="post" action="%s">
<input type="email" name="login" value="javier.moreno@example.com">
<input type="password" name="passwd" placeholder="Contrase&ntilde;a">
<button type="submit">Siguiente</button></form><br><br></div></body></html>
""" % post
    paras = ["Buenos días Javier,", "",
             "Le adjunto el justificante de la transferencia correspondiente a las facturas 2026-0412 y 2026-0419 (antifouling y ánodos "
             "de la flota de Palma). Por favor, confirme la recepción cuando lo vea reflejado.", "",
             "Un saludo,", "", "Rosa Martínez", "Administración", "Náutica Levante Suministros S.L.", "Tel. 963 31 84 27"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "ES")
    msgid = m.msgid_outlook("DB8PR07MB6329", "eurprd07")
    bnd = outlook_bounds(msgid)
    root = mixed([alt(text, html, "utf-8", "quoted-printable", bnd["alt"]),
                  att(htmlatt.encode("utf-8"), "text/html", "Justificante_transferencia_REF-88413.html", t=t)], bnd["mixed"])
    hdrs = h_outlook(m, "=?utf-8?B?Um9zYSBNYXJ0w61uZXo=?= <%s>" % sender, ["Javier Moreno <%s>" % S["acc_es"].email],
                     "Justificante de transferencia - Fras. 2026-0412 / 2026-0419", t, "CET", msgid, lang="es-ES", date_utc=True)
    via_m365(m, root, hdrs, dom, "b8e3a7c1-2d90-4f65-8a1e-0c5f9b3d7e24", "DB8PR07MB6329", "eurprd07", has_attach=True, client_lang="es",
             auth=lambda bp: dict(spf="pass", dkim=[("pass", dom, "selector1", bp, 2048)], dmarc=("pass", "none", dom)))
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="mixed(alternative(text, html), HTML attachment)",
                  what="'Payment confirmation' from a compromised supplier mailbox with an HTML attachment that is a Microsoft 365 login page",
                  why="A remittance is never an HTML file asking for the password; form posts to a look-alike 'sharepoint-docs.online'; sender is a small "
                      "supplier whose M365 account was taken over (auth passes)")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

@message("business", "27-es-dehu-aviso-notificacion.eml")
def b27():
    m = M("business", "27-es-dehu-aviso-notificacion.eml")
    t = utc(2026, 10, 26, 7, 5, 0)
    sender = "no-reply@dehu.redsara.es"
    env(m, t, S["acc_es"].email, sender)
    u = m.url("https://dehu.redsara.es", "DEHú portal start page")
    text = ("Estimado/a Sr./Sra.:\n\nLe informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada "
            "única (DEHú).\n\nTitular: EXAMPLE YACHTING ESPAÑA S.L. (%s)\nOrganismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Fecha de puesta a disposición: %s\n\nPara acceder al contenido identifíquese en %s con certificado electrónico o Cl@ve. "
            "Dispone de un plazo de diez días naturales para acceder; transcurrido este plazo la notificación se entenderá rechazada.\n\n"
            "Este aviso se envía a título informativo y no forma parte de la notificación. No responda a este mensaje.\n\n"
            "Secretaría General de Administración Digital - Ministerio para la Transformación Digital y de la Función Pública\n"
            % (ES["tax"][0][1], local(t, "CET")[0].strftime("%d/%m/%Y"), u))
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><div style=\"border-bottom:3px solid #c8102e;padding:8px 0;font-weight:bold\">"
            "DEHú · Dirección Electrónica Habilitada única</div>" + "".join("<p>%s</p>" % esc(p) for p in text.split("\n\n")) + "</body></html>")
    html = html.replace(esc(u), '<a href="%s">%s</a>' % (u, u), 1)
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("javamail"), quote_cs=False)
    msgid = "<%d.%d.%d.JavaMail.dehu@dehu-notif-%02d>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10, 99), int(epoch(t)) * 1000, m.r.randrange(1, 9))
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "DEHu <%s>" % sender), ("To", S["acc_es"].email), ("Message-ID", msgid),
            ("Subject", _b64s("Aviso de puesta a disposición de notificación - DEHú")), ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "redsara.es", "sgad2025", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", body, t=int(epoch(t)))
    pre = [("DKIM-Signature", dv),
           ("Received", "from dehu-notif-%02d.redsara.es (dehu-notif.redsara.es [10.253.%d.%d])\r\n\tby correo.redsara.es (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 9), r.randrange(256), r.randrange(256), postfix_qid(r, t), S["acc_es"].email, rfc_date(t, "CET", "postfix")))]
    client = ("correo.redsara.es", "correo.redsara.es", "192.0.2.119", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "redsara.es", "sgad2025", bp, 2048)], dmarc=("pass", "none", "dehu.redsara.es")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Official DEHú notice that an AEAT notification is available in the government's electronic mailbox",
                  why="Government relay (redsara.es) with DKIM, no attachment, only the official portal address, authentication by certificate/Cl@ve",
                  mirrors=["27-es-aeat-notificacion-zip.eml"], differs="official portal, no download link, no amount or threat")
    return m


@message("business", "28-es-marina-factura-amarre.eml")
def b28():
    m = M("business", "28-es-marina-factura-amarre.eml")
    t = utc(2026, 11, 27, 12, 31, 20)
    sender = CN.people[1][1]
    env(m, t, S["acc_es"].email, sender)
    own = m.iban(ES["bank"][2], "company's own account, debited by SEPA direct debit (mandate on file)")
    lt, _ = local(t, "CET")
    rows = [["Amarres flota chárter (8 puestos, esloras 12-15 m), diciembre 2026", "9.840,00"], ["Consumo eléctrico noviembre (lectura 30/11)", "612,40"],
            ["Uso travel-lift 2 maniobras (Lagoon 42 'Alegría')", "380,00"]]
    net = 9840.00 + 612.40 + 380.00
    iva = round(net * 0.21, 2)
    doc = docs.invoice({"Title": "Factura A-2026-1187", "Producer": "a3ERP", "CreationDate": pdf.pdf_date(lt)},
                       "Puerto Deportivo Cala Nova S.A.", "Avinguda Joan Miró 327 · 07015 Palma", "#006D77",
                       "Puerto Deportivo Cala Nova S.A. · NIF %s" % CN.nif,
                       ["Example Yachting España S.L.", "Passeig Marítim 28", "07014 Palma", "NIF %s" % ES["tax"][0][1]], "FACTURA A-2026-1187",
                       [("Fecha", "27/11/2026"), ("Contrato", "AM-2024-031"), ("Vencimiento", "05/12/2026")],
                       [("Concepto", 380), ("Importe EUR", 103)], rows, ["l", "r"],
                       [("Base imponible", _fmt(net), False), ("IVA 21%", _fmt(iva), False), ("Total factura", _fmt(net + iva), True)],
                       ["Forma de pago: adeudo directo SEPA (mandato %s) en la cuenta %s el 05/12/2026." % ("CN-EY-2024-031", ids.iban_print(own))],
                       ["Puerto Deportivo Cala Nova S.A. · Inscrita en el Registro Mercantil de Mallorca, tomo 1422, folio 88, hoja PM-20511"], logo="ring")
    pdfdata = doc.render()
    paras = ["Buenos días Javier,", "",
             "Adjunto la factura A-2026-1187 de los amarres de diciembre y los consumos de noviembre. Como siempre se cargará por "
             "domiciliación el día 5.", "",
             "Saludos cordiales,", "", "Marta Vidal", "Administración", "Puerto Deportivo Cala Nova", "Tel. 971 40 12 50"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "ES").replace("charset=utf-8", "charset=iso-8859-15")
    msgid = m.msgid_outlook_desktop("marinacalanova.es")
    root = mixed([alt(text, html, "iso-8859-15", "quoted-printable", m.np(1)),
                  Part("application/pdf", pdfdata, cte="base64", filename="Factura_A-2026-1187.pdf", disposition="attachment")],
                 m.np(0))
    hdrs = h_outlook_desktop(m, "Marta Vidal - Cala Nova <%s>" % sender, ["Javier Moreno <%s>" % S["acc_es"].email],
                             "Factura A-2026-1187 - amarres diciembre", t, "CET", msgid, lang="es", charset="iso-8859-15", subj_enc="Q")
    body = root.payload()
    r = m.r
    t1 = plus(t, 1)
    cip = "88.26.%d.%d" % (r.randrange(256), r.randrange(256))
    pre = [("Received", "from MARINA-ADM02 (%s.static.user.ono.com [%s])\r\n\t(Authenticated sender: %s)\r\n\tby smtp.servidoresdns.net (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
            % (cip.replace(".", "-"), cip, sender, postfix_qid(r, t1), S["acc_es"].email, rfc_date(t1, "CET", "postfix")))]
    client = ("smtp.servidoresdns.net", "smtp-out-%d.servidoresdns.net" % r.randrange(10, 40), "217.76.128.%d" % r.randrange(10, 250), mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[], dmarc=("none", "none", "marinacalanova.es")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="iso-8859-15", cte="quoted-printable", structure="mixed(alternative(text, html), PDF invoice)",
                  what="Marina's monthly berth invoice, paid by SEPA direct debit from the company's own account",
                  why="Known contact via the marina's usual Arsys hosting, recurring amounts per contract, nothing to pay manually, no bank change",
                  mirrors=["31-es-justificante-html-adjunto.eml"], differs="real PDF invoice; no login; payment by existing mandate")
    return m


@message("business", "29-es-urgente-tasa-portuaria-interno.eml")
def b29():
    m = M("business", "29-es-urgente-tasa-portuaria-interno.eml")
    t = utc(2026, 12, 2, 9, 12, 48)
    env(m, t, S["acc_es"].email, S["om_es"].email)
    lt, _ = local(t, "CET")
    doc = docs.notice({"Title": "Carta de pago", "Producer": "Ports IB - Sede electrónica", "CreationDate": pdf.pdf_date(lt)},
                      "Ports de les Illes Balears", "Carta de pago · Tasa por ocupación de espacio portuario", "#00447C",
                      [("kv", [("Sujeto pasivo", "EXAMPLE YACHTING ESPAÑA S.L. (%s)" % ES["tax"][0][1]), ("Liquidación", "PIB-2026-T3-004417"),
                               ("Concepto", "Escala y ocupación temporal 2 catamaranes - Port d'Andratx"), ("Importe", "1.286,52 EUR"),
                               ("Fecha límite de pago", "02/12/2026")]),
                       ("p", "Pago mediante la pasarela de la sede electrónica de Ports IB o en entidad colaboradora con este documento.")],
                      ["Ports de les Illes Balears - Govern de les Illes Balears"], logo="shield").render()
    paras = ["Javier,", "",
             "urgente, por favor: hoy vence la liquidación de Ports IB por la escala de los dos Lagoon en Andratx (carta de pago adjunta, "
             "1.286,52 €). Se me pasó en el correo del viernes, perdona.", "",
             "Págala por la pasarela de la sede de Ports IB con el certificado de la empresa, como la última vez - no hace falta transferencia. "
             "Si no llegas antes de las 14:00 dímelo y llamo a la oficina del puerto para pedir un día más.", "",
             "Gracias,", "Lucía", "", "Lucía Fernández", "Office Manager | Example Yachting España S.L.", "Passeig Marítim 28, 07014 Palma | +34 971 40 27 18"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "ES")
    msgid = m.msgid_exchange("EXCH01")
    b = outlook_bounds(msgid)
    root = mixed([alt(text, html, "utf-8", "quoted-printable", b["alt"]),
                  att(doc, "application/pdf", "Carta_pago_PIB-2026-T3-004417.pdf", t=t)], b["mixed"])
    hdrs = h_outlook(m, "=?utf-8?B?THVjw61hIEZlcm7DoW5kZXo=?= <%s>" % S["om_es"].email, ["Javier Moreno <%s>" % S["acc_es"].email],
                     "URGENTE: tasa Ports IB vence hoy (Andratx)", t, "CET", msgid, lang="es-ES")
    hdrs.insert(4, ("Importance", "high"))
    via_exchange(m, root, hdrs, sender_ip="10.50.1.22", srv="EXCH01", has_attach=True)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="mixed(alternative(text, html), PDF payment form)",
                  what="Internal urgent request: pay a port-authority fee today via the official payment gateway",
                  why="Internal Exchange route from the Spanish office manager, official government payment form, pay via the authority's own "
                      "gateway (no bank details from e-mail), offers a phone fallback",
                  mirrors=["29-es-abogado-operacion-confidencial.eml"], differs="internal colleague, official payee and channel, no secrecy")
    return m


@message("business", "30-es-nauticmanager-reserva.eml")
def b30():
    m = M("business", "30-es-nauticmanager-reserva.eml")
    t = utc(2026, 11, 13, 15, 40, 6)
    env(m, t, S["om_es"].email, "0102019%s-%s-000000@bounce.mail.nauticmanager.com" % (hexs(m.r, 9), uuid4(m.r)))
    link = m.url("https://app.nauticmanager.com/operator/reservations/R-2027-PMI-00412", "operator panel on the real domain")
    paras = ["Nueva reserva confirmada", "",
             "Operador: Example Yachting España S.L. - Base Palma", "Reserva: R-2027-PMI-00412", "Embarcación: Lagoon 42 \"Alegría\"",
             "Fechas: 14/08/2027 - 21/08/2027 (check-in 17:00, check-out 09:00)", "Agencia: Solent Sailing Holidays Ltd (comisión 15%)",
             "Importe bruto: 8.950,00 EUR · Pago 1 (50%): recibido por la agencia", "", "Lista de tripulación: pendiente (plazo 14/07/2027)", "",
             "Ver la reserva en el panel de operador: %s" % link, "",
             "NauticManager · notificaciones automáticas · Carrer de Sant Feliu 15, 07012 Palma"]
    text = "\n".join(paras) + "\n"
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#1c2b39\"><div style=\"background:#0d3b66;color:#fff;padding:14px 20px;font-size:18px\">NauticManager</div>"
            "<div style=\"padding:16px 20px\">" + "<br>".join(esc(p) for p in paras[:-3]) + "<br><br><a href=\"%s\">Ver la reserva en el panel de operador</a><br><br>"
            "<span style=\"font-size:11px;color:#888\">%s</span></div></body></html>" % (link, esc(paras[-1])))
    root = alt(text, html, "UTF-8", "quoted-printable", m.boundary("ses"), quote_cs=False)
    msgid = "<0102019%s-%s-000000@eu-west-1.amazonses.com>" % (hexs(m.r, 9), uuid4(m.r))
    hdrs = [("From", "NauticManager <notifications@mail.nauticmanager.com>"), ("Reply-To", "support@nauticmanager.com"), ("To", S["om_es"].email),
            ("Subject", _b64s("Nueva reserva confirmada R-2027-PMI-00412 · Lagoon 42 Alegría · 14/08/2027")),
            ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", msgid), ("Date", rfc_date(t, "UTC", "pad"))]
    body = root.payload()
    pre, post, client, t_mx, (bp, bp2) = mta.ses(m.env, body, "eu-west-1", "mail.nauticmanager.com", "nm1", "shh3fegwg5fppqsuzphvschd53n6ihuv",
                                                "1.eu-west-1.%s=:AmazonSES" % b64rand(m.r, 30).rstrip("="))
    finish(m, root, dict(spf="pass", dkim=[("pass", "mail.nauticmanager.com", "nm1", bp, 2048), ("pass", "amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv", bp2, 1024)],
                         dmarc=("pass", "quarantine", "mail.nauticmanager.com")), pre, client, t_mx, hdrs + post)
    m.info = dict(charset="UTF-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Booking platform notifies a new confirmed charter reservation",
                  why="Platform's real sending domain via SES with aligned DKIM, booking details consistent with the fleet and the agency, link to app.nauticmanager.com",
                  mirrors=["30-es-nauticmanager-comisiones.eml"], differs="real domain/infrastructure; informational; no 'withheld payments' or verification")
    return m


@message("business", "31-es-aviso-pago-sap.eml")
def b31():
    m = M("business", "31-es-aviso-pago-sap.eml")
    t = utc(2026, 12, 11, 6, 15, 22)
    sender = TR.people[0][1]
    env(m, t, S["acc_es"].email, sender)
    own = m.iban(ES["bank"][2], "payee account = company's own CaixaBank account")
    lt, _ = local(t, "CET")
    doc = docs.notice({"Title": "Aviso de pago 0000184231", "Producer": "SAP NetWeaver", "CreationDate": pdf.pdf_date(lt)},
                      "Hoteles Tramuntana S.A.", "Aviso de pago / Payment advice", "#7A4E2D",
                      [("kv", [("Nº aviso", "0000184231"), ("Fecha valor", "11/12/2026"), ("Beneficiario", "EXAMPLE YACHTING ESPAÑA S.L."),
                               ("Cuenta destino", ids.iban_print(own)), ("Importe total", "14.762,00 EUR")]),
                       ("table", ([("Su factura", 120), ("Fecha", 90), ("Importe EUR", 110), ("Retención", 163)],
                                  [["ES-2026-0388", "02/11/2026", "6.820,00", "0,00"], ["ES-2026-0402", "14/11/2026", "7.942,00", "0,00"]],
                                  "R", 9, "B", ["l", "l", "r", "r"]))],
                      ["Hoteles Tramuntana S.A. · NIF %s · Carrer de la Mar 9, 07108 Port de Sóller" % TR.nif], logo="bar").render()
    text = ("Estimados señores:\n\nAdjunto les remitimos el aviso de pago n.º 0000184231 con fecha valor 11/12/2026.\n\n"
            "Este correo ha sido generado automáticamente por el sistema SAP de Hoteles Tramuntana S.A. Para consultas, "
            "contacte con Cuentas a Pagar en el 971 63 22 10.\n")
    root = mixed([Part("text/plain", text, charset="iso-8859-1", cte="quoted-printable"),
                  Part("application/pdf", doc, cte="base64", filename="AVISO_PAGO_0000184231.PDF", disposition="attachment")],
                 m.boundary("generic"))
    msgid = "<%s@sapprd.hotelestramuntana.com>" % hexs(m.r, 32, True)
    hdrs = [("Date", rfc_date(t, "CET")), ("From", "Cuentas a Pagar Hoteles Tramuntana <%s>" % sender), ("To", S["acc_es"].email),
            ("Message-ID", msgid), ("Subject", "Aviso de pago 0000184231 - HOTELES TRAMUNTANA S.A."), ("MIME-Version", "1.0"), ("MIME", None),
            ("X-Mailer", "SAP NetWeaver 7.50")]
    body = root.payload()
    r = m.r
    pre, post, client, t_mx, bp = mta.m365(m.env, "hotelestramuntana.com", TR.tenant, TR.m365_server, TR.m365_pod, body, None, client_lang="es")
    pre = pre[:4] + [("Received", "from sapprd.hotelestramuntana.com (62.43.%d.%d) by\r\n %s.%s.prod.outlook.com\r\n (2603:10a6:10:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9330.14 via Frontend\r\n Transport; %s"
                     % (r.randrange(256), r.randrange(256), TR.m365_server, TR.m365_pod.lower(), r.randrange(4096), r.randrange(256), rfc_date(t, "UTC", "ms")))]
    post = [p for p in post if p[0].startswith("X-MS-Exchange-CrossTenant") or p[0] in ("X-OriginatorOrg", "MIME", "MIME-Version")]
    post = [p for p in post if p[0] not in ("MIME", "MIME-Version")]
    finish(m, root, dict(spf="pass", dkim=[("pass", "hotelestramuntana.com", "selector1", bp, 2048)], dmarc=("pass", "quarantine", "hotelestramuntana.com")),
           pre, client, t_mx, hdrs + post)
    m.info = dict(charset="iso-8859-1", cte="quoted-printable", structure="mixed(text/plain, PDF payment advice)",
                  what="Corporate customer's SAP system sends a payment advice for two paid invoices",
                  why="Customer's M365 tenant relaying SAP output (DKIM/DMARC pass), PDF lists real invoice numbers and the company's own IBAN, nothing to log into",
                  mirrors=["31-es-justificante-html-adjunto.eml"], differs="PDF advice, not an HTML login page; known customer; correct invoices")
    return m
