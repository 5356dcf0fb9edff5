"""Attack messages, Spanish (5)."""
from kit import *
import base64


def a_aeat():
    m = Mail("attack", "es", "tax-office-aeat-dehu-notification",
             "'Agencia Tributaria': an electronic notification (requerimiento, IVA 3T 2026) is waiting in "
             "DEHú and will be deemed delivered after 10 days; link to 'access the notification'",
             "AEAT notifications are only announced from agenciatributaria.gob.es / dehu.redsara.es; this mail "
             "comes from the compromised cPanel mailbox of a driving school (webmail used from abroad) and links "
             "to sede-agenciatributaria.notificaciones-dehu.com; legal-deadline pressure (art. 43 Ley 39/2015).",
             pair=["internal-notice-year-end-close"])
    I = Ids(m.slug)
    t = utc(2026, 10, 29, 8, 37, 2)
    send(P.roundcube, m, I, t, ("Agencia Tributaria – Notificaciones", "info@autoescuelalevante.es"),
         [S("acc_es")], "Notificación electrónica pendiente: Requerimiento de información IVA 3T 2026",
         server="srv24.dominios-hosting.es", client_ip="41.216.%d.%d" % (I.int(1, 250), I.int(1, 250)),
         mx_client=("srv24.dominios-hosting.es", "srv24.dominios-hosting.es", "185.42.%d.%d" % (I.int(104, 107), I.int(2, 250))))
    link = "https://sede-agenciatributaria.notificaciones-dehu.com/wlpl/NOTI-CONS/acceso?ref=2026GRC47109872F"
    body = """Agencia Tributaria
Sede Electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) correspondiente al siguiente procedimiento:

Titular: EXAMPLE IBERIA S.L. – NIF %s
Procedimiento: Requerimiento de información – IVA, 3.er trimestre 2026
Referencia: 2026GRC47109872F
Órgano emisor: Dependencia Regional de Gestión Tributaria – Valencia

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015), continuando el procedimiento.

Acceder a la notificación: %s

Este es un mensaje automático. Por favor, no responda a este correo.
""" % (TAX["own_es_cif"], link)
    m.body = alt(text(body, "UTF-8", "quoted-printable", flowed=True, qcs=False),
                 html(html_simple(body, "UTF-8"), "UTF-8", "quoted-printable", qcs=False))
    return m


def a_payroll():
    m = Mail("attack", "es", "payroll-diversion-outlook-personal",
             "'Carmen Ruiz' asks the Valencia accountant from an outlook.es address to pay the November "
             "salary into a new Openbank account and to pass it to the payroll adviser without the usual form",
             "Payroll diversion: personal address never used by the employee, excuse for not using the company "
             "mailbox, explicit request to skip the signed bank-change form, deadline before payroll.",
             pair=["colleague-broken-laptop-icloud", "payroll-advisor-protected-zip"])
    I = Ids(m.slug)
    t = utc(2026, 11, 19, 18, 2, 47)
    send(P.olcom, m, I, t, ("Carmen Ruiz", "carmen.ruiz.vlc@outlook.es"), [S("acc_es")],
         "Cambio de cuenta para la nómina", lang="es-ES", hcs="iso-8859-1", zone="CET")
    body = """Hola Lucía:

Te escribo desde mi correo personal porque estoy de visita en clínicas toda la semana y el Outlook del portátil no me deja entrar.

He cambiado de banco y necesitaría que la nómina de noviembre ya se ingrese en la cuenta nueva:

Titular: Carmen Ruiz Sanchis
IBAN: %s (Openbank)

¿Podrías pasárselo tú directamente a la gestoría para que no tenga que rellenar el formulario? Voy fatal de tiempo estos días.

Mil gracias,
Carmen

Enviado desde Outlook para Android
""" % iban_fmt(BANK["att_payroll_es"])
    m.body = alt(text(body, "iso-8859-1", "quoted-printable"),
                 html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
                      '<body><div dir="auto">' + "<br>".join(esc(l) for l in body.split("\n")) + '</div></body></html>',
                      "iso-8859-1", "quoted-printable"))
    return m


def a_quishing():
    m = Mail("attack", "es", "quishing-salary-review-docusign-brand",
             "'Departamento de RR. HH.' – salary review 2027 document 'pending signature'; scan the QR code "
             "with the phone because the document only opens on a 'verified mobile device'",
             "Quishing from the hijacked Microsoft 365 tenant of an unrelated timber company; DocuSign look "
             "without DocuSign infrastructure; QR leads to an azurewebsites.net page with the victim address in "
             "base64; forces the victim off the protected desktop.",
             pair=["payroll-advisor-protected-zip"])
    I = Ids(m.slug)
    t = utc(2026, 12, 2, 8, 21, 33)
    rc = S("mgr_es")
    send(P.exo, m, I, t, ("Departamento de RR. HH.", "rrhh@maderasdelturia.es"), [rc],
         "Revisión salarial 2027 – documento pendiente de firma", lang="es-ES", hcs="windows-1252",
         region="eurprd08", pod="AM9PR08MB", attach=True)
    url = "https://firma-rrhh-docs.azurewebsites.net/v/?e=" + base64.b64encode(rc[1].encode()).decode()
    m.qr_urls = [url]
    q = qr_png(url, "M", scale=6)
    cid = "image001.png@01DD6A3B.%s" % I.hex(8).upper()
    plain = """DocuSign

Departamento de RR. HH. le ha enviado un documento para revisar y firmar.

Documento: Revisión salarial 2027 – %s.pdf
Vence: 04/12/2026

Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR con la cámara de su móvil para revisar y firmar.

No comparta este correo electrónico.
""" % rc[0]
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:14px 24px;font-size:22px;font-weight:bold;color:#1e1e1e">DocuSign</td></tr>
<tr><td style="background:#1e4ca1;color:#fff;text-align:center;padding:26px;font-size:16px">Departamento de RR. HH. le ha enviado un documento para revisar y firmar.</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;color:#333">
<p><b>Documento:</b> Revisión salarial 2027 – %s.pdf<br><b>Vence:</b> 04/12/2026</p>
<p>Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR con la cámara de su móvil para revisar y firmar.</p>
<p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="Código QR"></p>
<p style="font-size:11px;color:#666">No comparta este correo electrónico.</p></td></tr></table></body></html>
""" % (esc(rc[0]), cid)
    m.body = related(alt(text(plain, "windows-1252", "quoted-printable"), html(h, "windows-1252", "quoted-printable")),
                     inline_png(q, "image001.png", cid))
    return m


def a_presvet():
    m = Mail("attack", "es", "regulator-presvet-gmail-google-sites",
             "'AEMPS – PRESVET' claims the antibiotic-prescription reporting account of the Valencia clinics is "
             "pending validation and will be blocked; link to a Google Sites page",
             "A state agency writing from a Gmail address; link to sites.google.com (abused genuine service) "
             "that collects Cl@ve/certificate credentials; threat of blocking and sanctions under Ley 29/2006 "
             "and RD 666/2023; PRESVET has no such validation procedure by e-mail.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 12, 12, 40, 8)
    send(P.gmail, m, I, t, ("AEMPS - PRESVET", "presvet.aemps.avisos@gmail.com"), [S("mgr_es")],
         "PRESVET: incidencia en la comunicación de prescripciones de antibióticos – cuenta pendiente de validación")
    link = "https://sites.google.com/view/presvet-aemps-validacion/acceso"
    body = """Agencia Española de Medicamentos y Productos Sanitarios
PRESVET – Prescripción de antibióticos veterinarios

Estimado/a titular:

En la revisión trimestral de las comunicaciones de prescripciones de antimicrobianos realizadas al amparo del Real Decreto 666/2023 se han detectado incidencias en la cuenta asociada a su centro:

Centro: Example Iberia S.L. – clínicas de Valencia
Estado: pendiente de validación
Prescripciones afectadas: 37 (julio–septiembre 2026)

Para evitar el bloqueo de la cuenta y la comunicación de la incidencia a la Consejería competente, con las posibles sanciones previstas en la Ley 29/2006, debe validar sus datos de acceso antes del 20/11/2026:

%s

La validación puede realizarse con Cl@ve o con certificado electrónico.

Atentamente,
Servicio de soporte PRESVET
AEMPS
""" % link
    m.body = gmail_alt(body)
    return m


def a_oauth():
    m = Mail("attack", "es", "oauth-consent-phish-lookalike-carrier",
             "'Raúl Navarro has shared «Tarifas 2027 - Example Iberia.xlsx» with you' – SharePoint-style "
             "notice whose button opens a Microsoft consent prompt for an app with mail and file permissions",
             "Illicit consent grant: the link goes to the real login.microsoftonline.com but requests "
             "offline_access, Mail.ReadWrite and Files.ReadWrite.All for an unknown app redirecting to "
             "azurewebsites.net; sender domain levantefrios.es is a look-alike of the carrier's levantefrio.es; "
             "real SharePoint notifications come from Microsoft, not from a VPS Postfix.",
             pair=["carrier-invoice"])
    I = Ids(m.slug)
    t = utc(2026, 11, 24, 16, 12, 29)
    send(P.vps_postfix, m, I, t, ("Raúl Navarro", "raul.navarro@levantefrios.es"), [S("mgr_es")],
         "Raúl Navarro ha compartido «Tarifas 2027 - Example Iberia.xlsx» contigo",
         helo="mail.levantefrios.es", rdns="static.%d.%d.21.65.clients.your-server.de" % (I.int(1, 250), I.int(1, 250)),
         ip="65.21.%d.%d" % (I.int(1, 250), I.int(1, 250)), hcs="iso-8859-15", mid_style="uuid", style="tb")
    cid = I.uuid()
    link = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
            "&redirect_uri=https%%3A%%2F%%2Ftarifas-levantefrio.azurewebsites.net%%2Fauth%%2Fcallback"
            "&scope=offline_access%%20Mail.ReadWrite%%20Files.ReadWrite.All%%20User.Read&prompt=consent&state=%s"
            % (cid, I.hex(16)))
    plain = """Raúl Navarro ha compartido un archivo contigo

Tarifas 2027 - Example Iberia.xlsx

"Hola Javier, te paso las tarifas de frío para 2027 con la revisión por combustible. Si me confirmas antes del viernes mantenemos el precio de este año para enero. Un saludo."

Abrir: %s

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft
""" % link
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#fff">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9"><tr><td style="padding:24px">
<div style="font-size:21px;color:#323130">Raúl Navarro ha compartido un archivo contigo</div>
<div style="margin:16px 0;padding:12px;border:1px solid #edebe9"><span style="display:inline-block;width:24px;height:24px;background:#107c41;color:#fff;text-align:center;font-weight:bold">X</span>
&nbsp;<b>Tarifas 2027 - Example Iberia.xlsx</b></div>
<div style="font-size:14px;color:#323130;font-style:italic">"Hola Javier, te paso las tarifas de frío para 2027 con la revisión por combustible. Si me confirmas antes del viernes mantenemos el precio de este año para enero. Un saludo."</div>
<div style="margin:22px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:10px 26px;text-decoration:none;font-size:14px">Abrir</a></div>
<div style="font-size:12px;color:#605e5c">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</div>
<div style="font-size:12px;color:#605e5c;margin-top:20px">Declaración de privacidad de Microsoft</div></td></tr></table></body></html>
""" % link.replace("&", "&amp;")
    m.body = alt(text(plain, "iso-8859-15", "8bit"), html(h, "iso-8859-15", "quoted-printable"))
    return m


MESSAGES = [a_aeat, a_payroll, a_quishing, a_presvet, a_oauth]
