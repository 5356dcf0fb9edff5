# -*- coding: utf-8 -*-
"""Spanish attack messages 27-31."""
import base64

from lib.kit import *  # noqa
from lib import ids


def a27():
    link = "https://www.clinicadentalsanroque.es/wp-content/uploads/2026/11/Requerimiento_AEAT_2026GRC48213.zip"
    t = plainq("""Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria en relación con el procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025, tercer trimestre.

Titular: EXAMPLE GROUP ELEVACION SL - NIF %s
Referencia: 2026GRC48213
Plazo de contestación: 10 días hábiles a contar desde el día siguiente a la notificación.

Se adjunta el requerimiento junto con la documentación anexa en archivo comprimido. Si no puede abrir el archivo adjunto, puede descargarlo en el siguiente enlace:
%s

Le recordamos que la falta de atención al requerimiento podrá constituir infracción tributaria de acuerdo con el artículo 203 de la Ley 58/2003, General Tributaria.

Atentamente,

Agencia Tributaria
Sede Electrónica - Servicio de Notificaciones

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""" % (C.TAX["eg_es"], link))
    zdata = Z.plain([("Requerimiento_AEAT_2026GRC48213.pdf.lnk", D.placeholder("lnk"))], when=(2026, 11, 10, 10, 58, 12))
    body = Multi("mixed", [Text(t, "plain", "iso-8859-1", "quoted-printable"),
                           Attach(zdata, "application/zip", "Requerimiento_AEAT_2026GRC48213.zip")])
    return Msg("attack", 27, "es", "aeat-requirement-zip-download",
               frm=("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"), to=S("es_acc"),
               subject="Notificación AEAT: Requerimiento de información - Ref. 2026GRC48213",
               when="2026-11-10 11:07:51",
               infra=I.cpanel("cp-es04.servidoresweb-hosting.com", "82.223.106.41", client_ip="193.42.33.98", mailer="phpmailer",
                              lang="es-ES", label="compromised cPanel host (Exim), PHPMailer"),
               body=body, hcs=("iso-8859-1", "Q"),
               techniques=["tax-office lure (AEAT)", "ZIP attachment with LNK shortcut", "malware download link on compromised WordPress"],
               what="Fake AEAT notice of a VAT audit requirement: ZIP attachment with a .pdf.lnk shortcut, plus a download link for the same ZIP",
               why="AEAT notifies via DEHú/sede.agenciatributaria.gob.es and never e-mails archives; the 'PDF' in the ZIP is a Windows shortcut (.pdf.lnk, a common loader); fallback link points to a hacked dental-clinic WordPress upload folder; compromised shared host; sanction threat.",
               pair=27)


def a28():
    fake = C.ACCT["cables_fake"]
    t = """Estimados clientes:

Les informamos de que, con motivo de la integración de nuestra entidad bancaria habitual, a partir de la fecha de este correo todos los pagos a Cables y Guías del Norte, S.L. deberán realizarse en la siguiente cuenta:

Entidad: ING Bank N.V., Sucursal en España
Titular: Cables y Guías del Norte, S.L.
IBAN: %s
BIC: INGDESMMXXX

Adjuntamos el certificado de titularidad emitido por la entidad. Les rogamos que actualicen sus datos y nos confirmen el cambio respondiendo a este correo, y que el pago de la factura F-2026-0741 (vencimiento 15/11/2026) se realice ya en la nueva cuenta.

Quedamos a su disposición.

Un saludo,

Departamento de Administración
Cables y Guías del Norte, S.L.
Polígono Industrial Asua, Calle B, nave 7 - 48950 Erandio (Bizkaia)
CIF %s""" % (fi(fake), C.TAX["cables"])
    cert = [("h", "ING"), ("b", "CERTIFICADO DE TITULARIDAD DE CUENTA"), ("sp", 8),
            "ING Bank N.V., Sucursal en España, certifica que la cuenta abajo indicada figura abierta en esta entidad a nombre de:",
            ("sp", 4), ("row", [(0, "Titular:"), (40, "CABLES Y GUIAS DEL NORTE SL")]), ("row", [(0, "CIF:"), (40, C.TAX["cables"])]),
            ("row", [(0, "IBAN:"), (40, fi(fake))]), ("row", [(0, "BIC:"), (40, "INGDESMMXXX")]), ("sp", 8),
            "Y para que así conste a petición del interesado, se expide el presente certificado en Madrid, a 27 de octubre de 2026.",
            ("sp", 16), ("s", "ING Bank N.V., Sucursal en España. C/ Vía de los Poblados 1, 28033 Madrid. NIF W0037986G")]
    body = Multi("mixed", [alt(t, outlook_html(t, "windows-1252", "ES"), "windows-1252", "quoted-printable"),
                           pdf_att(cert, "Certificado_titularidad_cuenta_ING.pdf", title="Certificado de titularidad",
                                   producer="iLovePDF", when=T.berlin("2026-10-27 18:11"))])
    return Msg("attack", 28, "es", "supplier-iban-change-lookalike-certificate",
               frm=("Cables y Guías del Norte - Administración", "administracion@cablesyguias.com"), to=S("es_acc"),
               subject="Cambio de cuenta bancaria - Cables y Guías del Norte, S.L.",
               when="2026-10-28 09:41:17",
               infra=I.postfix_server("mail.cablesyguias.com", "31.220.92.166", rdns="srv481522.hstgr.cloud",
                                      mailer="outlook", lang="es-ES", hcs=("windows-1252", "Q"),
                                      label="look-alike domain (.com instead of .es) on Hostinger VPS, Outlook via SMTP"),
               body=body,
               techniques=["supplier bank-detail change", "look-alike domain", "forged bank certificate (PDF)"],
               what="'Supplier' announces a new IBAN with a 'certificate of account ownership' and asks to pay the next invoice there",
               why="cablesyguias.com instead of the supplier's cablesyguias.es; VPS at Hostinger; the certificate PDF was produced with iLovePDF, not by the bank; asks for confirmation by reply only; pushes the next due invoice to the new account.",
               pair=28)


def a29():
    link = "https://correos-envios-es.com/aduanas/pago?env=PQ4B2X0712345670128001"
    t = """Correos

Su envío está retenido en aduana

Número de envío: PQ4B2X0712345670128001
Remitente: ES-Shenzhen Elevator Parts Co.
Estado: Pendiente de pago de aranceles

Para la entrega de su envío es necesario abonar los aranceles y el IVA de importación:

Importe pendiente: 2,99 €

Si el pago no se realiza en un plazo de 48 horas, el envío será devuelto al remitente.

Pagar ahora:
%s

Gracias por confiar en Correos.
Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.""" % link
    html = simple_html(t.replace(link, "[[L]]"), font="Arial, sans-serif", autolink=False).replace(
        "[[L]]", '<a href="%s" style="background:#ffcd00;color:#002e6d;padding:10px 22px;text-decoration:none;font-weight:bold">Pagar 2,99 &euro;</a>' % link)
    return Msg("attack", 29, "es", "courier-customs-fee-phish",
               frm=("Correos", "avisos@correos-envios-es.com"), to=S("es_mgr"),
               subject="Su envío PQ4B2X0712345670128001 está retenido en aduana",
               when="2026-11-12 18:54:26", infra=I.ses("eu-west-1"),
               body=alt(t, html, "utf-8", "quoted-printable"),
               techniques=["courier / customs fee phishing (card data)", "abused bulk ESP (Amazon SES)"],
               what="Fake Correos notice: parcel held in customs, pay EUR 2.99 within 48 h",
               why="Correos uses correos.es; this comes from correos-envios-es.com via SES and links to a payment page on the same domain; tiny fee to harvest card data; 48-hour return threat.",
               pair=29)


def a30():
    t = """Hola José:

¿Estás disponible? Necesito que me facilites tu número de móvil con WhatsApp. Tengo que comentarte un asunto confidencial relacionado con una operación en España y prefiero no tratarlo por correo.

Por favor, de momento no lo comentes con nadie de la oficina.

Un saludo,
Klaus Böhmer

Enviado desde Outlook para iOS"""
    return Msg("attack", 30, "es", "ceo-impersonation-whatsapp-pretext",
               frm=("Klaus Böhmer", "k.boehmer.direccion@outlook.com"), to=S("es_mgr"),
               subject="Asunto confidencial", when="2026-12-01 08:17:42",
               infra=I.exo(consumer=True, pre="AM0", hcs=("utf-8", "B"), lang="es-ES", accept="es-ES, en-US",
                           label="outlook.com consumer account", no_ua=True),
               body=alt(t, gmail_html(t).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'), "utf-8", "base64"),
               techniques=["CEO impersonation from free mail (outlook.com)", "channel switch to WhatsApp"],
               what="'CEO' from an outlook.com address asks the Spanish office manager for his WhatsApp number for a 'confidential matter'",
               why="The CEO's name on a consumer outlook.com address; first step of CEO fraud that moves the victim to WhatsApp, outside company controls; secrecy request; the German CEO would not write from a private Spanish-language account.",
               pair=None)


def a31():
    url = "https://examplegroup-nominas.es/portal/empleado?id=" + base64.b64encode(b"carmen.lopez@example.com").decode().rstrip("=")
    png, q = Q.qr_png(url, scale=6)
    t = plainq("""Estimado/a empleado/a:

Para el abono de la nómina de diciembre y de la paga extraordinaria de Navidad, todos los empleados de Example Group Elevación deben validar sus datos personales y bancarios en el nuevo Portal del Empleado antes del 10/12/2026.

Escanee el código QR adjunto con la cámara de su móvil e inicie sesión con su cuenta corporativa. El proceso dura menos de dos minutos.

Los empleados que no completen la validación en plazo recibirán la nómina de diciembre con retraso.

Atentamente,

Departamento de Recursos Humanos - Nóminas
Example Group Elevación, S.L.""")
    html = simple_html(t, font="Calibri, Arial, sans-serif", charset="iso-8859-15")
    body = Multi("mixed", [alt(t, html, "iso-8859-15", "quoted-printable"),
                           Attach(png, "image/png", "Portal_Empleado_QR.png")])
    return Msg("attack", 31, "es", "payroll-data-quishing-png",
               frm=("RRHH Nóminas - Example Group", "rrhh@examplegroup-nominas.es"), to=S("es_svc"),
               subject="Validación obligatoria de datos bancarios - nómina y paga extra de diciembre",
               when="2026-12-02 10:03:11", infra=I.ses("eu-west-1"), hcs=("iso-8859-15", "Q"), qr_text=url,
               body=body,
               techniques=["quishing (QR code PNG attachment)", "HR / payroll lure", "look-alike domain", "abused bulk ESP (Amazon SES)"],
               what="Fake HR mail: validate bank details for the December payroll by scanning an attached QR code",
               why="examplegroup-nominas.es is not a company domain and is sent through SES; QR code (in a PNG, invisible to URL filters) leads to a credential page carrying the employee's address; threat of delayed salary.",
               pair=31)


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
