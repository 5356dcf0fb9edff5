# -*- coding: utf-8 -*-
"""Spanish messages: attacks 27-31, business 27-31."""
from .common import *  # noqa: F401,F403

P = IB.pretty
LEV_IBAN = IB.iban_es("2100", "4421", "0200118734")      # CaixaBank (Autocares Levante, genuine)
EG_ES_CIF = IB.es_cif("B", "9841527")
LEV_CIF = IB.es_cif("B", "9772140")
GEST_M365 = {"srv_a": "PAXP193MB2%03d.EURP193" % 418, "srv_b": "AS8P193MB1%03d.EURP193" % 277, "org": "gestoria-albufera.es", "eop": 1, "lang": "es-ES"}


def s10(prefix, eight, suffix):
    """UPU S10 tracking number with check digit."""
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(d) * k for d, k in zip(eight, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return "%s%s%d%s" % (prefix, eight, c, suffix)


# ================================================================== ATTACKS
@msg("attack", 27, "es", "verifactu-aeat-phish-ses")
def a27(r):
    link = "https://sede-agenciatributaria-verifactu.es/regularizacion/?nif=%s&ref=%s" % (EG_ES_CIF, r.hex(12))
    body = """Agencia Tributaria

REQUERIMIENTO – Sistemas Informáticos de Facturación (VERI*FACTU)

Referencia: RQ-SIF-2026-%s
Obligado tributario: EXAMPLE GROUP IBERIA SL
NIF: %s

Le comunicamos que, de acuerdo con el Real Decreto 1007/2023, de 5 de diciembre, y la Orden HAC/1177/2024, su entidad no figura como usuaria de un sistema informático de facturación adaptado y dado de alta en la modalidad VERI*FACTU.

Dispone de un plazo de DIEZ (10) DÍAS HÁBILES, contados a partir del día siguiente a la recepción de este requerimiento, para regularizar su situación. Transcurrido dicho plazo sin atender el requerimiento, se iniciará el correspondiente procedimiento sancionador, pudiendo imponerse una multa de hasta 50.000 euros por cada ejercicio (artículo 201 bis de la Ley 58/2003, General Tributaria).

Para regularizar su situación acceda a la Sede Electrónica con certificado electrónico o Cl@ve:

%s

Atentamente,
Agencia Estatal de Administración Tributaria
Departamento de Gestión Tributaria

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.""" % (r.digits(6), EG_ES_CIF, link)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">"
            "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#a0172e;color:#fff;padding:14px 22px;font-size:19px;font-weight:bold\">Agencia Tributaria</td></tr>"
            "<tr><td style=\"padding:18px 22px;line-height:21px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:6])
            + "<p><a href=\"%s\" style=\"background:#1a5b9c;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold\">Acceder a la Sede Electrónica</a></p>\n" % link
            + "<p>Atentamente,<br>Agencia Estatal de Administración Tributaria<br>Departamento de Gestión Tributaria</p>"
              "<p style=\"font-size:11px;color:#777\">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p></td></tr></table></body></html>\n")
    root = alt(r, "java", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="ses", opts={"region": "eu-west-1"},
        dt=at(2026, 11, 9, 10, 21, 30), frm=("Agencia Tributaria", "requerimientos@sede-agenciatributaria-verifactu.es"), to=[S("es_acc")],
        subject="Requerimiento: alta del sistema informático de facturación VERI*FACTU – plazo 10 días hábiles", hcs="utf-8", henc="Q",
        root=root,
        what="Fake AEAT (Spanish tax agency) 'requirement' to register the invoicing system under VERI*FACTU within 10 days, with sanction threat",
        why="AEAT notifies through DEHú / sede electrónica (see business 27), not by e-mail with a login link from a look-alike domain via Amazon SES; there is no 'alta' of companies under VERI*FACTU; real legal references used to add credibility; harvests certificate/Cl@ve logins",
        pair="b27")


@msg("attack", 28, "es", "ceo-fraud-local-manager-lookalike")
def a28(r):
    body = """Lucía, ¿estás en la oficina?

Necesito que me gestiones hoy una transferencia urgente a un proveedor nuevo para la operación de los autocares de Alicante que estamos cerrando con la dirección en Alemania. De momento es confidencial hasta que se anuncie, así que no lo comentes con nadie del equipo, por favor.

Importe: 48.750,00 €

Te paso los datos bancarios del proveedor en cuanto me confirmes que puedes hacerlo antes de las 14:00. Estoy en una reunión con los abogados y no puedo atender llamadas, escríbeme por aquí.

Gracias,
José

Enviado desde Outlook para iOS"""
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "ES", font="Aptos"), charset="windows-1252", cte="quoted-printable")
    return dict(
        system="m365", opts={"srv_a": "DB8PR09MB3%03d.eurprd09" % r.randint(100, 999), "srv_b": "AS4PR09MB6%03d.eurprd09" % r.randint(100, 999), "org": "example-group.com", "eop": 1, "lang": "es-ES"},
        dt=at(2026, 10, 28, 11, 2, 19), frm=("José Martínez", "jose.martinez@example-group.com"), to=[S("es_acc")],
        subject="Pago urgente – confidencial", hcs="windows-1252", henc="Q",
        root=alt(r, "m365", plain, htm),
        what="CEO/manager fraud in Spanish: the Valencia office manager's name on look-alike example-group.com asks the accountant for a confidential EUR 48,750 transfer to a new supplier today",
        why="Look-alike domain example-group.com (real: example.com) on an attacker Microsoft 365 tenant; secrecy, urgency before 14:00, new supplier, 'cannot take calls'; bank details to follow after confirmation (classic BEC staging)",
        pair="b28")


@msg("attack", 29, "es", "correos-customs-fee-phish")
def a29(r):
    trk = s10("CD", "04781192", "ES")
    link = "https://correos-aduanas-envio.com/pago/?id=%s&s=%s" % (trk, r.hex(8))
    body = """Correos

Estimado/a cliente:

Su envío %s procedente de Shenzhen (China) ha llegado a la oficina de Correos Aduanas de Madrid-Barajas y se encuentra retenido pendiente del pago de los gastos de gestión aduanera.

Importe pendiente: 2,99 € (IVA de importación y gestión del despacho)

Para que podamos continuar con la entrega es necesario abonar dicho importe y confirmar su dirección. Si el pago no se efectúa en un plazo de 72 horas, el envío será devuelto a su remitente.

Pagar y programar la entrega:
%s

Gracias por confiar en Correos.

Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.
Este es un mensaje automático, por favor no responda.""" % (trk, link)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px;background:#f4f4f4\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td style=\"background:#ffcd00;padding:14px 22px;font-size:22px;font-weight:bold;color:#002e6d\">Correos</td></tr><tr><td style=\"padding:20px 22px;line-height:21px\">\n"
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:5])
            + "<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#002e6d;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold\">Pagar y programar la entrega</a></p>\n" % link
            + "<p>Gracias por confiar en Correos.</p><p style=\"font-size:11px;color:#777\">Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.<br>Este es un mensaje automático, por favor no responda.</p></td></tr></table></body></html>\n")
    root = alt(r, "phpmailer", text(body, "iso-8859-15", "quoted-printable"), Part("text/html", body=html, charset="iso-8859-15", cte="quoted-printable"))
    return dict(
        system="exim", opts={"host": "es-mad-web07.servidoresweb-pro.es", "ip": "82.98.%d.%d" % (r.randint(128, 191), r.randint(2, 250)),
                             "client_ip": "194.26.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client": "phpmailer"},
        envelope="reservas@casaruralelolivar.es",
        dt=at(2026, 12, 4, 16, 52, 8), frm=("Correos", "reservas@casaruralelolivar.es"), to=[S("es_sales")],
        subject="Su envío %s está retenido en aduanas – pago pendiente" % trk, hcs="iso-8859-15", henc="Q",
        root=root,
        what="Customs-fee phishing impersonating Correos: parcel 'held at customs', pay EUR 2.99 by card within 72 h",
        why="Sent from a compromised rural-hotel mailbox (PHPMailer on shared hosting) with a Correos display name; link to correos-aduanas-envio.com instead of correos.es; small fee to harvest card data; 72-hour urgency; no parcel expected (tracking number is S10-check-digit valid to look real)")


@msg("attack", 30, "es", "school-trip-encrypted-zip-freemail")
def a30(r):
    body = """Buenas tardes:

Tal como hablamos por teléfono, les adjunto el listado de alumnos participantes y las autorizaciones firmadas para la excursión de fin de curso de 4º de ESO a PortAventura del viernes 11 de junio de 2027 (serían dos autocares, unos 105 alumnos y 8 profesores).

Por protección de datos de menores el archivo va cifrado.
Contraseña: 4ESO2027

Necesitaríamos el presupuesto definitivo antes del viernes para poder pasarlo al AMPA.

Un saludo,

Inmaculada Ortega
Secretaría – Colegio Santa Ana (Paterna)"""
    z = zipped("Listado_alumnos_autorizaciones_4ESO.zip", [("Listado_alumnos_autorizaciones_4ESO.pdf.lnk", PLACEHOLDER)], password="4ESO2027",
               seed="a30", date_time=(2026, 12, 9, 17, 1, 40))
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "ES", font="Aptos"), charset="iso-8859-1", cte="quoted-printable")
    root = mixed(r, "m365", alt(r, "m365", plain, htm), z)
    return dict(
        system="outlook_com", opts={"lang": "es-ES", "eop": 2},
        dt=at(2026, 12, 9, 17, 4, 55), frm=("Secretaría Colegio Santa Ana", "secretaria.colegiosantaana@outlook.es"), to=[S("es_sales")],
        subject="Excursión fin de curso 4º ESO – listado de alumnos y autorizaciones", hcs="iso-8859-1", henc="Q",
        root=root,
        what="Encrypted-archive malspam: 'school' sends a password-protected ZIP with pupil list for a trip quote; archive holds a shortcut disguised as PDF",
        why="School persona on an outlook.es free-mail address; 'as discussed by phone' with no prior contact; ZipCrypto archive with the password in the same mail (defeats scanning) containing a .pdf.lnk placeholder (LNK droppers); booking pretext fits the trade",
        pair="b30")


@msg("attack", 31, "es", "callback-toad-antivirus-renewal")
def a31(r):
    order = "NLK-ES-%s-2026" % r.digits(6)
    phone = "+34 911 23 87 46"
    body = """Estimado/a cliente:

Gracias por confiar un año más en nosotros. Le confirmamos que su suscripción se ha renovado automáticamente.

Producto: Norton 360 Deluxe – 5 dispositivos – 3 años
N.º de pedido: %s
Fecha de renovación: 25/11/2026
Importe cargado: 389,99 € (IVA incluido)
Forma de pago: tarjeta terminada en ****

El cargo aparecerá en su extracto en un plazo de 24 a 48 horas. Adjuntamos la factura en PDF.

Si no ha autorizado esta renovación o desea cancelarla y solicitar el reembolso, llame a nuestro departamento de facturación al %s (lunes a viernes de 9:00 a 20:00). Pasadas 48 horas no será posible tramitar el reembolso.

Atentamente,
Departamento de Facturación""" % (order, phone)
    pdfp = pdf("Factura_%s.pdf" % order, [[
        ("h", "FACTURA"), "N.º de pedido: " + order, "Fecha: 25/11/2026", "",
        "Cliente: José Martínez – jose.martinez@example.com", "",
        "Norton 360 Deluxe – 5 dispositivos – suscripción 3 años        322,31 €",
        "IVA 21 %                                                           67,68 €",
        ("b", "Total cargado                                                    389,99 €"), "",
        ("b", "¿No ha autorizado esta compra? Llame al " + phone + " para cancelar y obtener el reembolso."),
        "Horario de atención: lunes a viernes de 9:00 a 20:00."]],
        title="Factura " + order, author="Facturacion", date="D:20261125083000+01'00'")
    root = mixed(r, "gmail", alt(r, "gmail", text(body, "UTF-8", "base64"), Part("text/html", body=html_gmail(body), charset="UTF-8", cte="base64")), pdfp)
    return dict(
        system="gmail", opts={"tz": "DE"},
        dt=at(2026, 11, 25, 9, 17, 3), frm=("Facturación Renovaciones", "facturacion.renovaciones.es@gmail.com"), to=[S("es_mgr")],
        subject="Confirmación de renovación automática – pedido %s" % order, hcs="UTF-8", henc="B",
        root=root,
        what="Callback phishing (TOAD): fake antivirus auto-renewal of EUR 389.99 with PDF invoice and a phone number to 'cancel'",
        why="Gmail sender posing as a software vendor's billing; no such subscription; the only call to action is a phone number (leads to remote-access install / bank fraud); 48-hour refund window pressure; brand name without any vendor infrastructure")


# ================================================================== BUSINESS
@msg("business", 27, "es", "dehu-genuine-notification")
def b27(r):
    body = """Dirección Electrónica Habilitada única (DEHú)

Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única.

Titular: EXAMPLE GROUP IBERIA SL
NIF: %s
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación – Modelo 303, periodo 3T 2026
Fecha de puesta a disposición: 16/11/2026

Para acceder al contenido, identifíquese en la DEHú a través de https://dehu.redsara.es con certificado electrónico o Cl@ve. Esta comunicación es un aviso y no contiene enlaces directos al documento.

Le recordamos que, transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada (artículo 43 de la Ley 39/2015).

Este correo electrónico ha sido generado automáticamente. Por favor, no responda a este mensaje.""" % EG_ES_CIF
    root = text(body, "UTF-8", "8bit")
    mid = lambda rr, dt: "<%s.%s.%d.JavaMail.dehu@notifica-pre%02d>" % (rr.digits(8), rr.digits(3), int(dt.timestamp() * 1000), rr.randint(1, 9))
    return dict(
        system="service", opts={"helo": "smtp04.correo.gob.es", "rdns": "smtp04.correo.gob.es", "ip": "185.73.173.%d" % r.randint(10, 40), "mid": mid, "z": "DE", "tls": "1.2",
                                "rp": "no-reply@correo.gob.es",
                                "inner": ["from dehu-notif-02.redsara.es (dehu-notif-02.redsara.es [10.253.%d.%d])\n\tby smtp04.correo.gob.es (Postfix) with ESMTP id 4d{ID}\n\tfor <lucia.fernandez@example.com>; {D}" % (r.randint(1, 250), r.randint(1, 250))],
                                "order": ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"]},
        dt=at(2026, 11, 16, 10, 5, 51), frm=("Notificaciones DEHú", "no-reply@correo.gob.es"), to=[S("es_acc")],
        subject="Aviso de puesta a disposición de notificación – DEHú", hcs="UTF-8", henc="Q",
        root=root,
        what="Genuine DEHú notice that a notification from the tax agency is available",
        why="Government mail relay (correo.gob.es), refers to the official dehu.redsara.es without a deep link or login form, explicitly states it contains no links to the document; correct legal references",
        pair="a27")


@msg("business", 28, "es", "manager-genuine-urgent-payment")
def b28(r):
    body = """Hola Lucía:

¿Puedes adelantar hoy el pago de la factura de Autocares Levante (FA-2026/0917, 11.858,00 €) de los servicios escolares de octubre? Vicente me ha llamado esta mañana: tienen que pagar el seguro de la flota el viernes y les vendría muy bien cobrar antes del día 20.

La factura ya está contabilizada en SAP y aprobada por mí en el flujo, solo falta meterla en la remesa. Cuenta la de siempre de sus datos maestros (CaixaBank), no ha cambiado nada.

Si te cuadra, inclúyela en la remesa de hoy con la firma mancomunada habitual (tú y yo). Si hay cualquier duda, llámame al móvil, estoy en la base de Paterna toda la mañana.

Gracias,
José

--
José Martínez
Director de Oficina – Example Group Iberia S.L.
Carrer de Sant Vicent Màrtir 290, 46017 València
Tel. +34 963 40 77 10 · Móvil +34 661 20 44 87"""
    plain = text(body, "iso-8859-1", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "iso-8859-1", "ES", font="Calibri"), charset="iso-8859-1", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 11, 17, 9, 36, 12), lang_tag="es-ES",
        frm=S("es_mgr"), to=[S("es_acc")],
        subject="Adelantar pago Autocares Levante – FA-2026/0917", hcs="iso-8859-1", henc="Q",
        root=alt(r, "exchange", plain, htm),
        what="Genuine request from the Valencia office manager to prepay a known subcontractor invoice already approved in SAP",
        why="Internal Exchange via mail-int01 from the real mailbox; known supplier and invoice, master-data bank account, normal joint signature, invites a phone call; no secrecy",
        pair="a28")


@msg("business", 29, "es", "google-security-alert")
def b29(r):
    body = """Se ha iniciado sesión desde un nuevo dispositivo Windows

maria.nunez@example.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Consultar actividad
https://accounts.google.com/AccountChooser?Email=maria.nunez@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0

También puedes ver la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % (int(at(2026, 10, 21, 8, 14, 0).timestamp() * 1000), r.s(40, "abcdefghijklmnopqrstuvwxyz0123456789-_"))
    html = ("<!DOCTYPE html><html lang=\"es\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body style=\"margin:0;padding:0\" bgcolor=\"#FFFFFF\">"
            "<table width=\"100%\" style=\"min-width:348px\"><tr><td align=\"center\"><table style=\"border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px\"><tr><td align=\"center\" style=\"font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif\">"
            "<div style=\"font-size:24px\">Se ha iniciado sesión desde un nuevo dispositivo Windows</div><div style=\"font-size:14px;padding-top:8px\">maria.nunez@example.com</div></td></tr>"
            "<tr><td style=\"font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center\">Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta."
            "<div style=\"padding-top:32px\"><a href=\"https://accounts.google.com/AccountChooser?Email=maria.nunez@example.com&amp;continue=https://myaccount.google.com/alert/nt/\" style=\"font-family:'Google Sans',Roboto,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px\">Consultar actividad</a></div></td></tr>"
            "<tr><td style=\"padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center\">También puedes ver la actividad de seguridad en<br><a href=\"https://myaccount.google.com/notifications\">https://myaccount.google.com/notifications</a></td></tr></table>"
            "<div style=\"text-align:left;font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center\">Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table></body></html>\n")
    root = alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html, charset="UTF-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s@notifications.google.com>" % rr.s(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    return dict(
        system="service", opts={"helo": "mail-sor-f69.google.com", "rdns": "mail-sor-f69.google.com", "ip": "209.85.220.69", "mid": mid, "z": "PT",
                                "rp": "3%s@gaia.bounces.google.com" % r.s(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"),
                                "inner": ["by mail-sor-f69.google.com with SMTP id 6a1803df08f44-%sso%s.7\n        for <maria.nunez@example.com>\n        (Google Transport Security);\n        {D}" % (r.hex(12), r.digits(6))],
                                "order": ["MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "__MIME__"],
                                "headers": [("X-Notifications", "GAMMA:<%s@notifications.google.com>" % r.hex(40)),
                                            ("X-Notifications-Bounce-Info", r.s(60) + "NjAw"), ("Feedback-ID", "P-10-0:C20060867:M110136315-es:gamma"),
                                            ("X-Google-Smtp-Source", "AGHT+I" + r.s(70))]},
        dt=at(2026, 10, 21, 17, 14, 22), frm=("Google", "no-reply@accounts.google.com"), to=[S("es_sales")],
        subject="Alerta de seguridad", hcs="UTF-8", henc="B",
        root=root,
        what="Genuine Google security alert (new Windows sign-in) for the marketing Google account used for Ads",
        why="Google's own sending infrastructure (mail-sor, gaia bounces), links only to accounts.google.com / myaccount.google.com, no credential request")


@msg("business", 30, "es", "payroll-advisor-encrypted-zip")
def b30(r):
    body = """Buenos días, Lucía:

Os adjuntamos las nóminas de noviembre de 2026 de Example Group Iberia (42 trabajadores) y el resumen de costes para contabilidad. Los seguros sociales (RLC/RNT) ya están confirmados en el Sistema RED con cargo en cuenta el 30/11.

Como siempre, el archivo va protegido con la contraseña que acordamos por teléfono en enero; no la enviamos por correo. Si no la tenéis a mano, llamadme y os la confirmo.

Las transferencias de las nóminas las genera vuestro banco con el fichero SEPA que os subimos ayer al portal, como cada mes.

Un saludo,

Carmen Ruiz
Departamento Laboral
Gestoría Albufera Asesores, S.L.
Av. del Puerto 118, 46023 València
Tel. 963 37 61 20"""
    p1 = make_pdf([[("h", "Nóminas noviembre 2026"), "Example Group Iberia S.L. – CIF " + EG_ES_CIF, "", "Periodo de liquidación: 01/11/2026 – 30/11/2026",
                    "Número de trabajadores: 42", "", "Recibos individuales de salarios (resumen).", "", ("s", "Documento generado por Gestoría Albufera Asesores, S.L.")]],
                  title="Nominas 11/2026", author="Gestoria Albufera")
    p2 = make_pdf([[("h", "Resumen de costes – noviembre 2026"), "Example Group Iberia S.L.", "",
                    "Total devengado:                 118.940,22 €", "Seguridad Social a cargo empresa: 37.918,14 €", "Retenciones IRPF:               17.206,41 €",
                    "Líquido a percibir:               94.105,37 €"]], title="Resumen costes 11/2026", author="Gestoria Albufera")
    z = zipped("Nominas_112026_ExampleGroupIberia.zip", [("Nominas_112026.pdf", p1), ("Resumen_costes_112026.pdf", p2)], password="Albufera#Iberia-26",
               seed="b30", date_time=(2026, 11, 27, 12, 40, 2))
    html = html_outlook(body, "utf-8", "ES", font="Aptos")
    root = mixed(r, "m365", alt(r, "m365", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable")), z)
    return dict(
        system="m365", opts=GEST_M365, dt=at(2026, 11, 27, 12, 44, 16),
        frm=("Carmen Ruiz", "nominas@gestoria-albufera.es"), to=[S("es_acc")], cc=[S("es_mgr")],
        subject="Nóminas noviembre 2026 – Example Group Iberia", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine monthly payroll package from the payroll advisors as a password-protected ZIP with two PDFs",
        why="Known advisor on its Microsoft 365 tenant; archive holds only text PDFs; the password was agreed by phone and is not in the mail; nothing to run, no links, no bank changes",
        pair="a30")


@msg("business", 31, "es", "trade-newsletter-mailchimp")
def b31(r):
    u = r.hex(25)
    unsub = "https://autobusprofesional.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (u, r.hex(10), r.hex(10), r.hex(10))
    body = """Autobús Profesional – Boletín semanal

Las noticias de la semana:

· El Gobierno prorroga las ayudas al transporte colectivo para 2027
Los abonos con descuento y las bonificaciones a las líneas de autobús estatales se mantendrán al menos hasta junio.

· Transporte escolar: nuevas exigencias de accesibilidad en los pliegos de la Comunitat Valenciana
La Conselleria incorpora plataformas elevadoras y sistemas de retención infantil homologados como criterio de adjudicación.

· Feria: las novedades en autocares eléctricos de larga distancia
Tres fabricantes presentan modelos de 12 y 13 metros con autonomías superiores a 400 km.

· Tacógrafo inteligente V2: calendario de sustitución en vehículos de transporte internacional

Lee el boletín completo: https://www.autobusprofesional.es/boletin/2026-48

Has recibido este correo porque estás suscrito/a al boletín de Autobús Profesional con la dirección maria.nunez@example.com.
Darse de baja: %s
Actualizar preferencias: https://autobusprofesional.us14.list-manage.com/profile?u=%s""" % (unsub, u)
    html = ("<!doctype html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Autobús Profesional</title></head>"
            "<body style=\"margin:0;padding:0;background:#fafafa\"><center><table align=\"center\" width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
            "<tr><td style=\"background:#003b5c;color:#fff;padding:18px;font-size:24px\">Autobús Profesional</td></tr>\n"
            + "".join("<tr><td style=\"padding:10px 18px;font-size:15px;line-height:22px;color:#202020\">%s</td></tr>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")[1:-2])
            + "<tr><td style=\"padding:14px 18px\"><a href=\"https://www.autobusprofesional.es/boletin/2026-48\" style=\"color:#003b5c;font-weight:bold\">Lee el boletín completo</a></td></tr>"
              "<tr><td style=\"padding:16px 18px;font-size:11px;color:#656565\">Has recibido este correo porque estás suscrito/a al boletín de Autobús Profesional con la dirección maria.nunez@example.com.<br>"
              "<a href=\"%s\" style=\"color:#656565\">Darse de baja</a> &middot; <a href=\"https://autobusprofesional.us14.list-manage.com/profile?u=%s\" style=\"color:#656565\">Actualizar preferencias</a></td></tr>"
              "</table></center><img src=\"https://autobusprofesional.us14.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s\" height=\"1\" width=\"1\" alt=\"\"></body></html>\n" % (unsub, u, u, r.hex(10), r.hex(10)))
    lst = [("List-Unsubscribe", "<https://autobusprofesional.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net>"
            % (u, r.hex(10), r.hex(10), r.hex(10), u, r.hex(10), r.hex(10))),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-ID", "%s mc list <%s.%s.x.list-id.mcsv.net>" % (u, u, r.hex(10)))]
    root = alt(r, "mailchimp", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="mailchimp", opts={"list": lst},
        dt=at(2026, 11, 26, 7, 30, 2), frm=("Autobús Profesional", "boletin@autobusprofesional.es"), to=[S("es_sales")],
        subject="Ayudas 2027, transporte escolar accesible y autocares eléctricos", hcs="utf-8", henc="Q",
        root=root,
        what="Subscribed Spanish trade newsletter via Mailchimp with List-Unsubscribe and List-ID",
        why="Subscribed publication, consistent Mailchimp infrastructure, one-click unsubscribe, links only to its own site and list-manage.com, no request for data")
