"""Attack messages, Spanish (5)."""
import hops
import ids
from assets import zip_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html, esc


def m27():
    text = """Estimado/a contribuyente:

Le comunicamos que se ha puesto a su disposición en la Sede Electrónica de la Agencia Tributaria una notificación relativa a EXAMPLE GROUP IBERIA S.L.

Procedimiento: Requerimiento de información - adaptación de los sistemas informáticos de facturación al Reglamento aprobado por el Real Decreto 1007/2023 (VERI*FACTU)
Referencia: 2026RSF4471203
Órgano emisor: Delegación Especial de Madrid - Dependencia Regional de Inspección

Dispone de un plazo de 10 días hábiles, contados a partir del siguiente a la recepción, para atender el requerimiento. La falta de atención podrá constituir infracción tributaria de acuerdo con el artículo 203 de la Ley 58/2003, General Tributaria.

Por motivos de seguridad, el documento se adjunta comprimido. Descárguelo y ábralo en su equipo para consultar el detalle del requerimiento.

Atentamente,
Agencia Estatal de Administración Tributaria
"""
    z = zip_att("Requerimiento_AEAT_2026RSF4471203.zip",
                [("Requerimiento_AEAT_2026RSF4471203.pdf.vbs", "' placeholder - inert evaluation stub\n")],
                seed="es-aeat-zip", when=(2026, 11, 16, 8, 40, 0))
    inf = hops.plesk("compromised website mailbox (Plesk)", "vps82714.servidoreshosting.es", "82.98.134.71",
                     "45.88.97.214", "asesoria-fiscalmurcia.es", bstyle="roundcube",
                     mailer=("User-Agent", "Roundcube Webmail/1.6.6"),
                     desc="compromised mailbox of a Murcia tax-advisory firm on Plesk/Postfix hosting, Roundcube login from 45.88.97.214")
    inf.msgid_fn = lambda ctx: "<%s@asesoria-fiscalmurcia.es>" % "".join(ctx.rng.choice("0123456789abcdef") for _ in range(32))
    return Mail("aeat-verifactu-zip-vbs", "es", local(2026, 11, 16, 9, 12, "ES"),
                ("Agencia Tributaria - Notificaciones", "notificaciones@asesoria-fiscalmurcia.es"), [S("es_acc")],
                "Notificación AEAT: Requerimiento de información VERI*FACTU (Ref. 2026RSF4471203)", inf,
                Body(plain=text, html=simple_html(text), charset="iso-8859-1", cte="quoted-printable"),
                atts=[z], hdr_cs="iso-8859-1", hdr_enc="Q", hdr_label="ISO-8859-1",
                what="Tax-office malspam: fake AEAT 'VERI*FACTU' information request with a ZIP containing a .pdf.vbs script.",
                why="AEAT only notifies availability from its own domains and makes documents available in the Sede Electrónica/DEHú - never as a ZIP attachment; sender is a compromised tax-adviser mailbox on Plesk; VBScript disguised as PDF (inert placeholder); topical VERI*FACTU pretext with a legal threat.")


def m28():
    text = """Hola Javier,

¿Estás en la oficina? Necesito comentarte un asunto confidencial relacionado con una adquisición que estamos cerrando en España. De momento solo lo saben Sabine y el consejo, así que te pido máxima discreción, también con el equipo de Madrid.

Estoy toda la tarde reunido con los abogados y no puedo atender llamadas. ¿Me puedes enviar tu número de móvil para escribirte por WhatsApp? Así lo coordinamos más rápido.

Gracias,
Matthias

Enviado desde mi iPhone
"""
    inf = hops.gmail(n=170, ip_last=170, helo_prefix="mail-pl1-f", net="209.85.214")
    return Mail("ceo-fraude-whatsapp", "es", local(2026, 11, 26, 15, 8, "ES"),
                ("Matthias Köhler", "direccion.examplegroup@gmail.com"), [S("es_mgr")],
                "Asunto confidencial", inf,
                Body(plain=text, html=gmail_html(text), charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="B", hdr_label="UTF-8",
                what="CEO fraud, first contact: 'Matthias Köhler' writes to the Madrid manager from Gmail about a confidential acquisition and asks for his mobile number to move to WhatsApp.",
                why="CEO's name on a Gmail address (real CEO mail comes through mail-int01); secrecy, unavailable by phone, channel switch to WhatsApp where the payment request follows - classic 'Fake President' opening. The German CEO writing fluent Spanish from a free-mail account adds to it.")


def m29():
    link = "https://docusign-es.info/Signing/EmailStart.aspx?a=7e4b2c19-8d3a-4f6e-9b1c-0a2d3e4f5a6b&acct=hotelescastilla&er=javier.martinez%40example.com"
    text = """Alberto Gil le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO
%s

Alberto Gil
agil@hotelescastilla.es

Estimado Javier:

Le remito el pliego definitivo y el contrato de la licitación del servicio de vigilancia y CRA para nuestros hoteles de Madrid y Toledo (2027-2029). Necesitamos la firma antes del viernes para presentarlo al consejo.

Un saludo,
Alberto

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a DocuSign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.

Acerca de DocuSign
Firme documentos electrónicamente en solo minutos. Es seguro y legalmente vinculante.
""" % link
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
            '<table align="center" width="640" cellpadding="28" style="background:#1e4ca1;color:#fff"><tr><td align="center">'
            '<p style="font-size:16px">%s</p><a href="%s" style="background:#ffc820;color:#000;padding:12px 24px;font-weight:bold;text-decoration:none">REVISAR DOCUMENTO</a></td></tr></table>'
            % (esc(paras[0]), esc(link))
            + '<table align="center" width="640" cellpadding="24" style="background:#fff;font-size:14px"><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[2:])
            + "</td></tr></table></body></html>")
    inf = hops.ses(region="eu-west-3", ip="23.251.234.17")
    inf.helo = inf.rdns = "e234-17.smtp-out.eu-west-3.amazonses.com"
    inf.desc = "Amazon SES (eu-west-3) account verified for docusign-es.info"
    return Mail("docusign-licitacion-ses", "es", local(2026, 12, 3, 10, 47, "ES"),
                ("Alberto Gil a través de DocuSign", "dse@docusign-es.info"), [S("es_mgr")],
                "Alberto Gil le ha enviado un documento para revisar y firmar: Licitación servicio de vigilancia 2027-2029", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="DocuSign impersonation: 'customer Hoteles Castilla' sends a guarding tender contract for signature; the button leads to a look-alike DocuSign page.",
                why="DocuSign mails come from docusign.net; this one from docusign-es.info via Amazon SES, link to the same look-alike with the recipient prefilled; uses a real customer contact and a plausible tender (vigilancia y CRA) as lure.")


def m30():
    link = "https://hotelescastilla.sharepoint.com/:b:/s/Administracion/EVk2r8Qz1lFJm3xT0bN5c7gBq9yW4sLdPa6eH2uK0tZfRg?e=Xq2k1P"
    text = """Alberto Gil ha compartido un archivo con usted

Pago pendiente - Example Group Q4.pdf

"Buenos días, adjunto la remesa de pago de sus facturas pendientes del cuarto trimestre. Por favor revise el documento y confirme con su cuenta corporativa."

Abrir: %s

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:\'Segoe UI\',sans-serif;color:#242424"><table width="520" cellpadding="16"><tr><td>'
            '<p style="font-size:20px">Alberto Gil ha compartido un archivo con usted</p>'
            '<p style="border:1px solid #e1e1e1;padding:12px"><b>Pago pendiente - Example Group Q4.pdf</b></p>'
            '<p style="font-style:italic">&quot;Buenos días, adjunto la remesa de pago de sus facturas pendientes del cuarto trimestre. Por favor revise el documento y confirme con su cuenta corporativa.&quot;</p>'
            '<p><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 16px;text-decoration:none">Abrir</a></p>'
            '<p style="font-size:12px;color:#616161">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</p>'
            '<p style="font-size:11px;color:#616161">Declaración de privacidad de Microsoft<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'
            '</td></tr></table></body></html>' % esc(link))
    inf = hops.sharepoint_share("mail-db3eur04on2071.outbound.protection.outlook.com", "40.107.6.71")
    inf.desc = "genuine SharePoint Online sharing notification (no-reply@sharepointonline.com) triggered from the compromised account of a customer (hotelescastilla.sharepoint.com)"
    return Mail("sharepoint-compartido-cliente-comprometido", "es", local(2026, 12, 7, 3, 12, "ES"),
                ("Alberto Gil", "no-reply@sharepointonline.com"), [S("es_acc")],
                "Alberto Gil ha compartido \"Pago pendiente - Example Group Q4.pdf\" con usted", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                reply_to=("Alberto Gil", "agil@hotelescastilla.es"), hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Abuse of a genuine service: real SharePoint sharing notification from the compromised Microsoft 365 account of customer contact Alberto Gil, sharing a 'payment remittance' PDF that leads to a credential page.",
                why="Infrastructure and link are genuinely Microsoft/SharePoint, but the customer's operations contact never sends remittances, it was sent at 03:12 to the accountant, the note asks to 'confirm with your corporate account' - the shared PDF is a lure pointing to an AiTM login (pattern of compromised-tenant share campaigns).")


def m31():
    text = """Estimado Javier:

Le escribo en relación con el procedimiento por despido 611/2026 que seguimos ante el Juzgado de lo Social n.º 14 de Madrid.

Esta mañana se nos ha notificado un auto por el que, a instancia de la parte actora, se acuerda el embargo preventivo de cuentas de la sociedad si no se consigna antes de mañana a las 14:00 h el importe de la condena provisional más intereses, 38.750,00 EUR.

Para evitar el bloqueo de las cuentas de EXAMPLE GROUP IBERIA S.L. (con las consecuencias que tendría para el pago de las nóminas de diciembre), el despacho puede efectuar la consignación en nombre de la empresa hoy mismo. Para ello necesitamos que transfieran el importe a nuestra cuenta de consignaciones de clientes:

Titular: Sanz & Robles Abogados S.L.P.
IBAN: %s
Concepto: CONSIGNACION 611/2026

Le ruego máxima discreción hasta que el asunto quede resuelto, y que no contacten directamente con el Juzgado, ya que cualquier escrito de la empresa en este momento podría perjudicar la estrategia.

Quedo a la espera de la confirmación de la transferencia.

Un cordial saludo,

Isabel Sanz
Abogada - Socia
Sanz & Robles Abogados
Calle de Velázquez 57, 28001 Madrid
""" % fmt_iban(ids.SANZ_MULE)
    inf = hops.postfix_host("Hostinger VPS", "mail.sanzrobles-abogados.es", "srv584211.hstgr.cloud", "89.116.53.144",
                            "mail.sanzrobles-abogados.es", submit_from="unknown", submit_ip="196.251.72.18",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop",
                            msgid_fn=lambda ctx: "<000001db%s$%s$%s$@sanzrobles-abogados.es>" % tuple("".join(ctx.rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 8, 8)),
                            desc="Postfix on a Hostinger VPS for the look-alike domain sanzrobles-abogados.es, forged Outlook X-Mailer")
    return Mail("abogado-falso-consignacion", "es", local(2026, 12, 9, 12, 36, "ES"),
                ("Isabel Sanz", "isanz@sanzrobles-abogados.es"), [S("es_mgr")],
                "URGENTE: Procedimiento 611/2026 - consignación antes de embargo", inf,
                Body(plain=text, html=outlook_html(text, lang="ES"), charset="windows-1252", cte="quoted-printable"),
                cc=[S("es_acc")], hdr_cs="windows-1252", hdr_enc="Q", hdr_label="windows-1252",
                priority=True,
                what="Fake-lawyer BEC: impersonates the company's real labour lawyer (look-alike domain) and demands an urgent 38,750 EUR 'court deposit' to the firm's 'client account'.",
                why="Domain sanzrobles-abogados.es instead of the firm's sanzrobles.es, Hostinger VPS with a forged Outlook X-Mailer; court deposits in Spain go to the court's own Cuenta de Depósitos y Consignaciones, not to a law firm; deadline, secrecy, 'do not contact the court'. Abuses a real pending case (compare the genuine mail from Isabel Sanz).")


def messages():
    return [m27(), m28(), m29(), m30(), m31()]
