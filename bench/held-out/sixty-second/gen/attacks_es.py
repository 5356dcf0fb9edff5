"""Spanish attack messages 27-31."""
import base64

import banking as bk
import files
import infra as I
import qr
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

EXG_ES_CIF = bk.es_cif("B", "8714402")


def a27():
    m = Mail("attack", 27, "es", "aeat-dehu-notificacion-phishing")
    ids = m.ids
    t = T("2026-10-19 07:58:40")
    rc = S("es_acc")
    host = "s214.servidoresweb-es.net"
    sender = "info@clinicadentalsotomayor.es"
    rec = [
        I.mx(ids, host, host, "93.93.118.214", rc.email, plus(t, 2)),
        I.exim(ids, host, "45.92.1.88", "[127.0.0.1]", t, sender, rc.email),
    ]
    ref = "A2860026504012345"
    link = "https://dehu-notificaciones.sede-gob.info/dehu/notificacion?ref=%s&nif=%s" % (ref, EXG_ES_CIF)
    plain = (
        "Agencia Tributaria\n\n"
        "Notificación electrónica pendiente de comparecencia\n\n"
        "Titular: EXAMPLE GROUP ENERGIA IBERIA SL\n"
        "NIF: %s\n"
        "Órgano emisor: Agencia Estatal de Administración Tributaria – Oficina Gestora de Impuestos Especiales de Madrid\n"
        "Asunto: Requerimiento de información – Impuesto Especial sobre la Electricidad, ejercicio 2025\n"
        "Referencia: %s\n\n"
        "Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada "
        "única (DEHú). Dispone de un plazo de 10 días naturales desde la puesta a disposición para acceder a "
        "su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se tendrá por "
        "efectuado el trámite (art. 43 de la Ley 39/2015).\n\n"
        "Se adjunta copia del justificante de puesta a disposición. También puede acceder a la notificación "
        "en: %s\n\n"
        "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.\n") % (EXG_ES_CIF, ref, link)
    html = html_doc(
        '<div style="font-family:Arial,sans-serif;font-size:13px;color:#333;max-width:640px">'
        '<div style="background:#8a1538;color:#fff;padding:12px 16px;font-size:16px"><b>Agencia Tributaria</b></div>'
        '<div style="padding:16px"><h3 style="color:#8a1538">Notificación electrónica pendiente de comparecencia</h3>'
        '<table style="font-size:13px"><tr><td>Titular:</td><td><b>EXAMPLE GROUP ENERGIA IBERIA SL</b></td></tr>'
        "<tr><td>NIF:</td><td>%s</td></tr><tr><td>Órgano emisor:</td><td>AEAT – Oficina Gestora de Impuestos Especiales de Madrid</td></tr>"
        "<tr><td>Asunto:</td><td>Requerimiento de información – Impuesto Especial sobre la Electricidad, ejercicio 2025</td></tr>"
        "<tr><td>Referencia:</td><td>%s</td></tr></table>"
        "<p>Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). "
        "Dispone de un plazo de <b>10 días naturales</b> desde la puesta a disposición para acceder a su contenido; transcurrido dicho plazo, "
        "la notificación se entenderá rechazada y se tendrá por efectuado el trámite (art. 43 de la Ley 39/2015).</p>"
        "<p>Se adjunta copia del justificante de puesta a disposición (archivo comprimido).</p>"
        '<p><a href="%s" style="background:#8a1538;color:#fff;padding:9px 18px;text-decoration:none">Acceder a la notificación</a></p>'
        '<p style="font-size:11px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p></div></div>'
        % (EXG_ES_CIF, ref, link), "es")
    z = files.zip_bytes([("Justificante_DEHU_%s.pdf.lnk" % ref, b"inert placeholder - not a shortcut\n")],
                        date_time=(2026, 10, 19, 9, 51, 30), seed=b"a27")
    body = multipart("mixed", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html, "windows-1252", "quoted-printable"),
            "b2_" + ids.hex(32)),
        attach(z, "application/zip", "Justificante_DEHU_%s.zip" % ref),
    ], "b1_" + ids.hex(32))
    hs = [
        ("Date", rdate(t, "CE")),
        ("To", rc.email),
        ("From", addr("Agencia Tributaria - Notificaciones", sender)),
        ("Subject", hval("Notificación electrónica disponible en DEHú – Ref. " + ref, "windows-1252", "Q")),
        ("Message-ID", ids.mid_phpmailer("clinicadentalsotomayor.es")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
        ("MIME-Version", "1.0"),
    ] + I.cpanel_hdrs(host, sender)
    return m.finish("<%s>" % sender, rec, hs, body,
        "Tax-office lure: fake AEAT/DEHú 'electronic notification pending' about the electricity tax, with a ZIP 'receipt' holding a .pdf.lnk shortcut and a link to a fake notification portal",
        "Sent from a compromised dental clinic's cPanel account (authenticated_id info@clinicadentalsotomayor.es) with 'Agencia Tributaria' as display name; real DEHú notices point to dehu.redsara.es / sede.agenciatributaria.gob.es, here the link goes to sede-gob.info and the attached (unencrypted) ZIP contains only a Windows shortcut disguised as PDF; DEHú never sends documents as attachments; legal 10-day deemed-rejection pressure; trade-specific subject (Impuesto Especial sobre la Electricidad).",
        None)


def a28():
    m = Mail("attack", 28, "es", "fraude-ceo-director-pais-lookalike")
    ids = m.ids
    t = T("2026-11-06 08:21:14")
    rc = S("es_acc")
    dom = "examp1e.com"
    server = "PA4PR08MB%d" % ids.r.randrange(6000, 9999)
    region = "eurprd08"
    out = I.exo_out("EUR03", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    benef = bk.iban("ES", bk.es_bban("0081", "7306", "0001844621"))
    plain = (
        "Nuria, ¿estás en la oficina?\n\n"
        "Necesito que gestiones hoy mismo una transferencia para la garantía de la operación con el "
        "comercializador que estamos cerrando en Valencia (proyecto confidencial, todavía no comunicado al "
        "equipo). El importe es de 148.750,00 € y tiene que salir hoy con fecha valor de hoy; de lo contrario "
        "perdemos la exclusividad.\n\n"
        "Beneficiario: Alvarado Gestión Patrimonial S.L.\n"
        "IBAN: %s\n"
        "Concepto: Garantía LOI 11/2026\n\n"
        "No lo comentes con nadie hasta el anuncio oficial, tampoco con Essen; yo se lo explicaré a Katrin la "
        "semana que viene. Estoy reunido con los abogados y no puedo atender llamadas, contéstame por aquí "
        "cuando esté hecha y mándame el justificante.\n\n"
        "Gracias,\nJavier\n\nEnviado desde Outlook para iOS\n") % bk.fmt_iban(benef)
    html = html_doc('<div dir="ltr" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">%s</div>' % "".join(
        "<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "es")
    body = alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
               ids.b_outlook(server, 0))
    topic = "Pago urgente y confidencial"
    hs = [
        ("From", addr("Javier Ortega Muñoz", "javier.ortega@" + dom, "iso-8859-1", "Q")),
        ("Reply-To", addr("Javier Ortega Muñoz", "javier.ortega.direccion@outlook.es", "iso-8859-1", "Q")),
        ("To", addr("Nuria Peñalver", rc.email, "iso-8859-1", "Q")),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, lang="es-ES")
    return m.finish("<javier.ortega@%s>" % dom, rec, hs, body,
        "CEO/country-manager fraud: 'Javier Ortega Muñoz' from look-alike examp1e.com (digit 1 for l) orders a same-day EUR 148,750 'guarantee' transfer, Reply-To an outlook.es address",
        "Homoglyph domain on an M365 tenant, replies diverted to free mail, secrecy explicitly including headquarters, cannot take calls, beneficiary is an unrelated asset-management company. The genuine urgent OMIE guarantee request from Javier comes through the internal relay (business 30).",
        "business/30")


def a29():
    m = Mail("attack", 29, "es", "burofax-zip-password")
    ids = m.ids
    t = T("2026-11-20 10:03:57")
    rc = S("es_mgr")
    dom = "burofax-online-envios.com"
    host = "static.214.88.21.65.clients.your-server.de"
    sender = "notificaciones@" + dom
    rec = [
        I.mx(ids, "mail." + dom, host, "65.21.88.214", rc.email, plus(t, 2)),
        I.postfix_local(ids, "mail." + dom, plus(t, 1)),
    ]
    pwd = "BF2026"
    z = files.zip_bytes([("Burofax_BF26-118734.pdf.vbs", b"' inert placeholder - not a real script\n")],
                        password=pwd.encode(), date_time=(2026, 11, 20, 10, 58, 12), seed=b"a29")
    plain = (
        "BUROFAX ONLINE – Aviso de envío\n\n"
        "Estimado/a destinatario/a:\n\n"
        "Se le ha remitido un burofax con certificación de contenido y acuse de recibo.\n\n"
        "Número de envío: BF26-118734\n"
        "Remitente: Salcedo & Asociados Abogados, en nombre de Frigoríficos del Ebro S.L.\n"
        "Destinatario: EXAMPLE GROUP ENERGIA IBERIA SL – D. Javier Ortega Muñoz\n"
        "Asunto: Reclamación extrajudicial de cantidad – facturación de energía eléctrica\n\n"
        "Por motivos de confidencialidad, el documento se adjunta en un archivo protegido.\n"
        "Contraseña de apertura: %s\n\n"
        "La apertura del documento queda registrada a efectos de acreditar la recepción.\n\n"
        "Atentamente,\nServicio de Burofax Online\n") % pwd
    body = multipart("mixed", [
        text(plain, "plain", "iso-8859-15", "quoted-printable"),
        attach(z, "application/zip", "Burofax_BF26-118734.zip"),
    ], "=_" + ids.hex(32))
    hs = [
        ("Date", rdate(t, "CE")),
        ("From", "Burofax Online <%s>" % sender),
        ("To", rc.email),
        ("Subject", hval("Burofax con certificación de contenido y acuse de recibo – Envío BF26-118734", "iso-8859-15", "Q")),
        ("Message-ID", "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), ids.hex(12), dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Burofax-Notify 2.4"),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Fake burofax: 'certified letter' claiming money on behalf of a real customer, delivered as a password-protected ZIP containing Burofax_BF26-118734.pdf.vbs",
        "A burofax is delivered by Correos (paper or its own portal), never as an encrypted archive; the ZIP is ZipCrypto with the password in the body, and holds a VBScript with a double extension; mail from a Hetzner server on a freshly made domain; names a genuine customer to create worry.",
        None)


def a30():
    m = Mail("attack", 30, "es", "omie-agentes-credenciales-phishing")
    ids = m.ids
    t = T("2026-11-25 15:17:03")
    rc = S("es_mgr")
    dom = "omie-agentes.es"
    rec, mid, extra = I.mailgun(ids, t, rc.email, "mg." + dom)
    link = "http://email.mg.%s/c/%s" % (dom, ids.alnum(130, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    plain = (
        "OMIE – Servicio de Atención a Agentes\n\n"
        "Estimado agente:\n\n"
        "Le informamos de que, con motivo de la actualización de seguridad del Sistema de Información de OMIE, "
        "los certificados de acceso de los usuarios del agente EXGIB (EXAMPLE GROUP ENERGIA IBERIA SL) "
        "caducan el 30/11/2026.\n\n"
        "Para evitar la interrupción de la presentación de ofertas en los mercados diario e intradiario, le "
        "rogamos que acceda al portal de renovación y valide las credenciales de los usuarios autorizados "
        "antes de dicha fecha:\n\n%s\n\n"
        "Las ofertas presentadas con certificados no renovados serán rechazadas a partir del 1 de diciembre.\n\n"
        "Atentamente,\nServicio de Atención a Agentes\nOMI-Polo Español, S.A. (OMIE)\n") % link
    html = html_doc(
        '<div style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222;max-width:620px">'
        '<div style="border-bottom:3px solid #f39200;padding:8px 0;color:#00467f;font-size:18px"><b>OMIE</b> · Servicio de Atención a Agentes</div>'
        "<p>Estimado agente:</p><p>Le informamos de que, con motivo de la actualización de seguridad del Sistema de Información de OMIE, "
        "los certificados de acceso de los usuarios del agente <b>EXGIB</b> (EXAMPLE GROUP ENERGIA IBERIA SL) caducan el <b>30/11/2026</b>.</p>"
        "<p>Para evitar la interrupción de la presentación de ofertas en los mercados diario e intradiario, le rogamos que acceda al portal de "
        "renovación y valide las credenciales de los usuarios autorizados antes de dicha fecha.</p>"
        '<p><a href="%s" style="background:#00467f;color:#fff;padding:10px 20px;text-decoration:none">Renovar certificados</a></p>'
        "<p>Las ofertas presentadas con certificados no renovados serán rechazadas a partir del 1 de diciembre.</p>"
        "<p>Atentamente,<br>Servicio de Atención a Agentes<br>OMI-Polo Español, S.A. (OMIE)</p></div>" % link, "es")
    body = alt(text(plain, "plain", "utf-8", "base64"), html_text(html, "utf-8", "base64"), ids.hex(32))
    hs = [
        ("Mime-Version", "1.0"),
        ("Content-Type", None),
        ("Subject", hval("Renovación obligatoria de certificados de acceso – Agente EXGIB", "utf-8", "B", "UTF-8")),
        ("From", addr("OMIE Atención a Agentes", "agentes@" + dom, "utf-8", "B", "UTF-8")),
        ("To", rc.email),
        ("Date", rdate(t, "GMT")),
        ("Message-Id", mid),
        ("Sender", "agentes@" + dom),
    ] + extra
    return m.finish("<bounce+%s.%s-%s=example.com@mg.%s>" % (ids.hex(6), ids.hex(6), rc.email.split("@")[0], dom), rec, hs, body,
        "Credential phishing aimed at the trading desk: fake OMIE (Iberian power exchange) 'access certificates expire, renew or your bids will be rejected'",
        "Trade-specific: OMIE market access is by client certificate on omie.es, not via a web form on omie-agentes.es; sent through Mailgun with a click-tracking redirect; operational threat (bids rejected from 1 December) to rush a manager into entering exchange credentials.",
        "business/30")


def a31():
    m = Mail("attack", 31, "es", "quishing-revision-salarial-docusign")
    ids = m.ids
    t = T("2026-12-09 13:48:21")
    rc = S("es_acc")
    rec, mid, extra = I.brevo(ids, t, rc.email)
    target = "https://docusign-es.firma-segura.app/nomina/?u=" + base64.b64encode(rc.email.encode()).decode().rstrip("=")
    png = qr.qr_png(target, "M", scale=5)
    cid = "%s@firma" % ids.hex(16)
    plain = (
        "DocuSign\n\n"
        "Recursos Humanos le ha enviado un documento para revisar y firmar.\n\n"
        "Revisión salarial 2027 – Nuria Peñalver.pdf\n\n"
        "Por motivos de confidencialidad, el documento solo puede abrirse desde un dispositivo móvil. "
        "Escanee el código QR con la cámara de su teléfono para revisar y firmar antes del 11/12/2026.\n\n"
        "No comparta este correo electrónico. Contiene un código de acceso seguro.\n")
    html = html_doc(
        '<table width="100%%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">'
        '<table width="520" style="background:#1e4ca1;color:#fff;padding:26px"><tr><td align="center">'
        '<p style="font-size:17px">Recursos Humanos le ha enviado un documento para revisar y firmar.</p>'
        '<p style="font-size:13px">Revisión salarial 2027 – Nuria Peñalver.pdf</p></td></tr></table>'
        '<table width="520" style="background:#fff;padding:24px;font-size:14px;color:#333"><tr><td align="center">'
        "<p>Por motivos de confidencialidad, el documento solo puede abrirse desde un dispositivo móvil. Escanee el código QR con la cámara de su teléfono "
        "para revisar y firmar antes del <b>11/12/2026</b>.</p>"
        '<p><img src="cid:%s" width="170" height="170" alt="QR"></p>'
        '<p style="font-size:11px;color:#666">No comparta este correo electrónico. Contiene un código de acceso seguro.</p>'
        "</td></tr></table></td></tr></table>" % cid, "es")
    body = multipart("related", [
        alt(text(plain, "plain", "windows-1252", "quoted-printable"), html_text(html, "windows-1252", "quoted-printable"),
            "----=_NmP-%s-Part_2" % ids.hex(16)),
        attach(png, "image/png", "codigo.png", disposition="inline", cid=cid),
    ], "----=_NmP-%s-Part_1" % ids.hex(16), extra_params=[("type", "multipart/alternative", True)])
    hs = [
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", addr("Recursos Humanos vía DocuSign", "rrhh@firmadigital-documentos.es", "windows-1252", "Q")),
        ("To", rc.email),
        ("Message-Id", mid),
        ("Subject", hval("Revisión salarial 2027: documento pendiente de firma – Nuria Peñalver", "windows-1252", "Q")),
        ("MIME-Version", "1.0"),
    ] + extra
    return m.finish("<bounces-%s-%s=example.com@sender-sib.com>" % (ids.digits(7), rc.email.split("@")[0]), rec, hs, body,
        "Quishing with an HR lure: DocuSign-branded 'salary review 2027 – document to sign', only viewable by scanning a QR code on a phone",
        "DocuSign look-alike sent through Brevo from firmadigital-documentos.es; 'mobile only' excuse pushes the victim to an unmanaged phone; the QR (decodable PNG) leads to docusign-es.firma-segura.app with the victim's address encoded — a credential page. Genuine DocuSign envelope in Spanish: business 27.",
        "business/27", structure_note="inline QR decodes to https://docusign-es.firma-segura.app/nomina/?u=<base64 address>")


ALL = [a27, a28, a29, a30, a31]
