"""Attack messages, Spanish (27-31)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"


def a27():
    seed = "a27"
    t = local("ES", "2026-10-14 09:26:37")
    rcpt = S["es_acc"]["addr"]
    env = "asesoria@cp3.servidor-hosting.es"
    ch = infra.cpanel(seed, t, rcpt, "cp3.servidor-hosting.es", "31.214.176.93", "asesoria@asesorialopezmartin.es", "103.152.118.44", "[127.0.0.1]",
                      "ES", mua="smtp", envelope="asesoria@asesorialopezmartin.es")
    ch["style"] = "outlook_smtp"
    ref = "2026RSC48817Q"
    plain = dd("""
        AGENCIA TRIBUTARIA
        Sede Electrónica - Notificaciones

        Estimado/a contribuyente:

        Le comunicamos que tiene a su disposición una notificación electrónica relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2025, periodo 4T.

        Referencia: %(ref)s
        NIF: %(nif)s
        Órgano emisor: Dependencia Regional de Gestión Tributaria de Andalucía

        Dispone de un plazo de diez días hábiles, contados a partir del siguiente a la recepción del presente aviso, para aportar la documentación requerida. La falta de atención al requerimiento podrá constituir infracción tributaria de acuerdo con el artículo 203 de la Ley 58/2003, General Tributaria.

        Se adjunta el documento de la notificación en formato comprimido.

        Atentamente,
        Agencia Estatal de Administración Tributaria
        """) % {"ref": ref, "nif": company.VAT["example_es"]}
    inner = "Notificacion_%s.pdf.hta" % ref
    z = zipc.make_zip([(inner, placeholder(inner))], seed=27, dt=(2026, 10, 14, 9, 20, 4))
    body = Multi("mixed", [Text(plain, "plain", "iso-8859-1", "quoted-printable"),
                           Att(z, "application/x-zip-compressed", "Notificacion_%s.zip" % ref)], bnd("outlook", seed))
    return spec(F, "es", "aeat-notificacion-zip-hta", seed, t, ch,
                frm=addr("Agencia Tributaria - Notificaciones", "asesoria@asesorialopezmartin.es", quote_always=True),
                to=rcpt, rcpt=rcpt, ret="asesoria@asesorialopezmartin.es", client_ip="103.152.118.44",
                subject=subj("Notificación electrónica AEAT: requerimiento de información - Ref. %s" % ref, "iso-8859-1", "Q"),
                body=body, zone="ES",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")],
                what="Tax-office lure: 'Agencia Tributaria' requirement notice with a ZIP attachment.",
                why="Sent through the SMTP account of a compromised tax-advisory firm (login from an Asian VPS, 103.152.118.44); AEAT notifies through the DEHú / Sede electrónica, never by ZIP; the archive contains an HTA application disguised as PDF (Notificacion_…pdf.hta) – malware delivery (Grandoreiro/Mekotio style).")


def a28():
    seed = "a28"
    t = local("ES", "2026-11-18 12:51:20")
    rcpt = S["es_acc"]["addr"]
    sender = "carmen.ruiz@sierramagina-sca.es"
    ch = infra.vps(seed, t, rcpt, "mail.sierramagina-sca.es", "193.149.187.62", "193-149-187-62.ip.ionos-vps.es", "sierramagina-sca.es", "ES", mua="outlook")
    new_iban = ids.es_iban("0049", "1804", "1623019487")
    pdf = pdfdoc.make_pdf([[
        "# ACEITES SIERRA MÁGINA S.C.A.",
        "Ctra. de Bedmar s/n - 23537 Albanchez de Mágina (Jaén) - CIF " + company.VAT["sierramagina"],
        "",
        "## FACTURA F-2026/0412",
        "Fecha: 17/11/2026",
        "Cliente: Example Group Iberia S.L. - CIF " + company.VAT["example_es"],
        "Polígono Los Olivares, C/ Torredonjimeno 9 - 23009 Jaén",
        "",
        "Aceite de oliva virgen extra a granel, 2ª entrega contrato 2026/27",
        "24.360 kg x 4,85 EUR/kg                                     118.146,00 EUR",
        "IVA 4%                                                          4.725,84 EUR",
        "TOTAL FACTURA                                              122.871,84 EUR",
        "",
        "Forma de pago: transferencia a 7 días",
        "NUEVA CUENTA DE COBRO: Banco Santander",
        "IBAN " + ids.fmt_iban(new_iban) + "   BIC BSCHESMMXXX",
    ]], title="F-2026-0412", producer="Microsoft: Print To PDF", creator="", created="D:20261118114711+01'00'")
    plain = dd("""
        Buenos días María:

        Te reenvío la factura F-2026/0412 de la segunda entrega de AOVE (24.360 kg).

        Como ya os comentamos, con la integración de la cooperativa en la cooperativa de segundo grado hemos cambiado la cuenta de cobro. A partir de ahora, por favor, realizad los pagos a la nueva cuenta que figura en la factura:

        Banco Santander
        IBAN: %(iban)s
        BIC: BSCHESMMXXX

        La cuenta de Caja Rural ya no la usamos para cobros. Os agradecería mucho que el pago se hiciera esta semana, porque tenemos que liquidar a los socios antes del día 30.

        Un saludo,

        Carmen Ruiz
        Administración y Comercial
        Aceites Sierra Mágina S.C.A.
        Tel. 953 35 71 24
        """) % {"iban": ids.fmt_iban(new_iban)}
    body = Multi("mixed", [outlook_alt(plain, bnd("outlook2", seed), cs="windows-1252", lang="ES"),
                           Att(pdf, "application/pdf", "F-2026-0412.pdf")], bnd("outlook", seed))
    return spec(F, "es", "cooperativa-cambio-cuenta-lookalike", seed, t, ch,
                frm=addr("Carmen Ruiz", sender), to=addr("María Peña", rcpt, "windows-1252", "Q"),
                cc=addr("José Muñoz", S["es_mgr"]["addr"], "windows-1252", "Q"),
                rcpt=rcpt, ret=sender, client_ip="5.188.62.140",
                subject=subj("RE: Liquidación AOVE campaña 2026/27 - factura F-2026/0412", "windows-1252", "Q"),
                body=body, zone="ES", ibans=[new_iban],
                what="Supplier bank-detail change: look-alike of the olive oil cooperative sends an invoice with a 'new collection account'.",
                why="Domain sierramagina-sca.es (genuine: sierramagina.es) on an IONOS VPS; the same invoice number as the genuine one (business/27) but a different IBAN, pretext 'merger into a second-tier cooperative', payment pressure – supplier-impersonation BEC.")


def a29():
    seed = "a29"
    t = local("ES", "2026-12-10 08:57:44")
    rcpt = S["es_mgr"]["addr"]
    sender = "administracion@estudio-olmedo.es"
    ch = infra.m365(seed, t, rcpt, mbx="PA4PR08MB7532", region="eurprd08", relay=("EUR03-AM7-obe", "mail-am7eur03on2091", "40.107.105.91"),
                    hub="AS8PR08MB9265", org="estudio-olmedo.es", topic="Factura pendiente FAC-2026-3381", lang="es-ES", has_attach=True)
    link = "https://estudio-olmedo.sharepoint-docs.es/factura/FAC-2026-3381?c=" + b64url(rcpt)
    svg = dd("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" viewBox="0 0 794 1123">
          <rect width="794" height="1123" fill="#ffffff"/>
          <g opacity="0.25">
            <rect x="60" y="60" width="300" height="28" fill="#888"/>
            <rect x="60" y="120" width="674" height="12" fill="#aaa"/>
            <rect x="60" y="146" width="620" height="12" fill="#aaa"/>
            <rect x="60" y="172" width="650" height="12" fill="#aaa"/>
            <rect x="60" y="260" width="674" height="300" fill="#ccc"/>
          </g>
          <rect x="177" y="380" width="440" height="220" rx="6" fill="#ffffff" stroke="#c8c8c8"/>
          <text x="397" y="430" font-family="Segoe UI, Arial" font-size="22" text-anchor="middle" fill="#201f1e">Documento protegido</text>
          <text x="397" y="466" font-family="Segoe UI, Arial" font-size="15" text-anchor="middle" fill="#605e5c">FAC-2026-3381.pdf · 214 KB</text>
          <text x="397" y="492" font-family="Segoe UI, Arial" font-size="13" text-anchor="middle" fill="#605e5c">Estudio Olmedo Arquitectos ha compartido un archivo con usted</text>
          <a xlink:href="__LINK__" href="__LINK__" target="_blank">
            <rect x="297" y="520" width="200" height="44" fill="#0f6cbd"/>
            <text x="397" y="548" font-family="Segoe UI, Arial" font-size="16" text-anchor="middle" fill="#ffffff">Ver factura</text>
          </a>
        </svg>
        """).replace("__LINK__", esc(link).replace('"', "&quot;"))
    plain = dd("""
        Buenos días,

        Les remitimos la factura pendiente FAC-2026-3381 correspondiente a la dirección de obra de la ampliación de la nave de almacenamiento. Pueden consultarla en el documento adjunto.

        Quedamos a la espera de su confirmación.

        Saludos,
        Administración
        Estudio Olmedo Arquitectos S.L.P.
        """)
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "PA4PR08MB7532"), cs="utf-8", cte="base64", lang="ES"),
                           Att(svg.encode("utf-8"), "image/svg+xml", "FAC-2026-3381.svg", size=True)], bnd("m365att", seed, "PA4PR08MB7532"))
    return spec(F, "es", "factura-svg-adjunto-enlace", seed, t, ch,
                frm=addr("Administración Estudio Olmedo", sender, "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=sender,
                subject="Factura pendiente FAC-2026-3381", body=body, zone="ES",
                what="SVG attachment phishing: an 'invoice' from an architecture studio's (compromised) Microsoft 365 mailbox; the SVG shows a blurred document with a 'Ver factura' button.",
                why="An invoice delivered as SVG image is a known evasion trick; the SVG links to estudio-olmedo.sharepoint-docs.es (not SharePoint) with the recipient's address; no business relationship; sent from a compromised small-business tenant. (Inert: no script in the SVG.)")


def a30():
    seed = "a30"
    t = local("ES", "2026-11-20 08:03:19")
    rcpt = S["es_mgr"]["addr"]
    dom = "examplegroup-rrhh.com"
    ch = infra.sendgrid(seed, t, rcpt, dom, ip="149.72.207.154")
    url = "https://portal-empleado.examplegroup-rrhh.com/es/verificar?u=" + b64url(rcpt)
    png = qr.qr_png(url)
    cid = "ii_%s" % h(seed + "cid", 11, "abcdefghijklmnopqrstuvwxyz0123456789")
    htm = dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
        <div style="max-width:600px;border-top:4px solid #2e7d32;padding:18px 22px;">
        <p style="font-size:18px;font-weight:bold;color:#2e7d32;margin-top:0;">Recursos Humanos &middot; Example Group Iberia</p>
        <p>Estimado/a empleado/a:</p>
        <p>Con motivo del cambio de proveedor del Portal del Empleado, todos los empleados deben verificar sus datos bancarios y fiscales <b>antes del 25/11/2026</b> para recibir correctamente la nómina de diciembre y la paga extraordinaria de Navidad.</p>
        <p>Escanee el código QR con la cámara de su móvil y acceda con su usuario corporativo. El proceso dura menos de dos minutos.</p>
        <p style="text-align:center;"><img src="cid:__CID__" width="180" height="180" alt="Código QR"></p>
        <p style="font-size:12px;color:#666;">Si no completa la verificación en plazo, el abono de la nómina podría retrasarse hasta el siguiente periodo.</p>
        <p>Un saludo,<br>Departamento de RRHH</p>
        </div></body></html>
        """).replace("__CID__", cid)
    plain = dd("""
        Estimado/a empleado/a:

        Con motivo del cambio de proveedor del Portal del Empleado, todos los empleados deben verificar sus datos bancarios y fiscales antes del 25/11/2026 para recibir correctamente la nómina de diciembre y la paga extraordinaria de Navidad.

        Escanee el código QR incluido en este mensaje con la cámara de su móvil y acceda con su usuario corporativo.

        Un saludo,
        Departamento de RRHH
        """)
    body = Multi("related", [alt(plain, htm, bnd("sendgrid", seed + "a"), "utf-8", "quoted-printable"),
                             Att(png, "image/png", "qr.png", cid=cid, disposition="inline")], bnd("sendgrid", seed), params='type="multipart/alternative"')
    return spec(F, "es", "quishing-nomina-rrhh-qr", seed, t, ch,
                frm=addr("RRHH Example Group", "rrhh@" + dom), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("Actualización obligatoria de datos para la nómina de diciembre", "utf-8", "Q"),
                body=body, zone="ES", qr=[url],
                what="Quishing with a payroll lure: 'HR' asks all staff to verify bank and tax data via a QR code before the December payroll and Christmas bonus.",
                why="Look-alike domain examplegroup-rrhh.com sent via SendGrid; the QR code (no clickable link) leads to portal-empleado.examplegroup-rrhh.com with the recipient's address – credential and bank-data theft; real HR says it never asks for data by QR/e-mail (business/30).")


def a31():
    seed = "a31"
    t = local("ES", "2026-12-14 19:44:02")
    rcpt = S["es_acc"]["addr"]
    env = "clinicad@mx-host14.hostmexico.mx"
    ch = infra.cpanel(seed, t, rcpt, "mx-host14.hostmexico.mx", "200.58.103.14", "clinicad", None, None, "MX", mua="php",
                      envelope=env, php_script="/home/clinicad/public_html/.well-known/acme/cb.php")
    link = "https://caixabanknow-empresas.acceso-verificado.com/empresa/login?ses=" + h(seed + "s", 24, HEX)
    htm = dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f4f4f4;">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
        <tr><td style="background:#007eae;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold;">CaixaBank <span style="font-weight:normal;">Empresas</span></td></tr>
        <tr><td style="padding:24px;">
        <p>Estimado cliente:</p>
        <p>Por motivos de seguridad hemos retenido una orden de transferencia pendiente de firma en su contrato de <b>CaixaBankNow Empresas</b>:</p>
        <p style="background:#f0f7fa;padding:12px;border-left:4px solid #007eae;">Importe: 48.920,00 &euro;<br>Beneficiario: TRANSPORTES H. NAVARRO S.L.<br>Estado: <b>bloqueada &ndash; verificaci&oacute;n de firmante requerida</b></p>
        <p>Para desbloquear la operaci&oacute;n y evitar la cancelaci&oacute;n de su acceso a la banca digital, verifique su identidad como apoderado en las pr&oacute;ximas 24 horas.</p>
        <p style="text-align:center;margin:24px 0;"><a href="__LINK__" style="background:#007eae;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;">Verificar acceso</a></p>
        <p style="font-size:11px;color:#888;">CaixaBank, S.A. &ndash; C/ Pintor Sorolla 2-4, 46002 Valencia. No responda a este correo.</p>
        </td></tr></table></body></html>
        """).replace("__LINK__", esc(link))
    body = Text(htm, "html", "iso-8859-15", "8bit")
    return spec(F, "es", "caixabank-empresas-firma-bloqueada", seed, t, ch,
                frm=addr("CaixaBank Empresas", "notificaciones@clinicadentalsonrisa.com.mx"), to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("CaixaBankNow Empresas: operación pendiente de firma bloqueada", "iso-8859-15", "Q"),
                body=body, zone="ES", extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
                what="Bank phishing: 'CaixaBank Empresas' says a pending transfer to a real carrier is blocked and the signatory must verify access.",
                why="Sent by a PHP script on a compromised Mexican clinic's hosting; link to caixabanknow-empresas.acceso-verificado.com; 24-hour threat; harvests online-banking credentials and signing codes (the carrier name adds credibility).")


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
