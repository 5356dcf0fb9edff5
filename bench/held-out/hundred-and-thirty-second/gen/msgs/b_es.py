"""Business messages 27-31 (Spanish)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

A = C.ALTA
E = C.ENT["ES"]


def b27():
    m = mk("27-es-dehu-aviso-notificacion-aeat", "business", "es")
    m.t = local("ES", 2026, 10, 28, 2, 14, 9)
    m.date_zone = "ES"
    m.from_ = ("DEHú - Dirección Electrónica Habilitada única", "avisos.dehu@correo.gob.es")
    m.to = [(None, "javier.martin@examplegroup.eu")]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "Aviso de notificación pendiente - Agencia Estatal de Administración Tributaria"
    m.hcs = "ISO-8859-1"
    m.hmode = "Q"
    text = ("Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica "
            "Habilitada única (DEHú).\n\n"
            "Titular: B87654327 - EXAMPLE GROUP IBERIA SL\n"
            "Organismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Concepto: Comunicación - Modelo 303 - 3T 2026\n"
            "Fecha de puesta a disposición: 27/10/2026\n\n"
            "Puede acceder a la notificación a través de la DEHú (https://dehu.redsara.es) o de la Sede Electrónica de "
            "la Agencia Tributaria (https://sede.agenciatributaria.gob.es), identificándose con su certificado "
            "electrónico o Cl@ve.\n\n"
            "Este correo electrónico es meramente informativo y no contiene enlaces a la notificación ni la propia "
            "notificación. La falta de práctica de este aviso no impedirá que la notificación sea considerada "
            "plenamente válida.\n\n"
            "Por favor, no responda a este mensaje.\n")
    m.root = clients.text_part(text, "ISO-8859-1", "quoted-printable")
    m.system = (infra.platform, dict(host="smtp-out2.correo.gob.es", ip="192.0.2.212",
                                     dkim_list=[("correo.gob.es", "sgad", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s.JavaMail.dehu@dehu-notif-02" % util.rand_hex(m.r, 20),
                                     envfrom="avisos.dehu@correo.gob.es", dmarc="pass",
                                     order=("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__")))
    return finish(m, "Government notice (DEHú) that a tax-agency communication about VAT return 303 Q3 is available; "
                     "points to the official portals, explicitly contains no link to the notification.",
                  "Genuine authority notice: government mail domain with DKIM/DMARC, informational text only, official "
                  "gob.es portals, no deadline threat, no credential request.",
                  hard_neg=(["27-es-aeat-requerimiento-phishing-clave"], "Tax-agency electronic notification",
                            "Official .gob.es sender and portals, no login link, no sanction threat"))


def b28():
    m = mk("28-es-pago-urgente-ifema-interno", "business", "es")
    m.t = local("ES", 2026, 12, 14, 9, 2, 17)
    m.date_zone = "ES"
    m.from_ = C.S("om_es")
    m.to = [(C.STAFF["acc_es"][0], C.STAFF["acc_es"][1])]
    m.cc = [C.S("cfo")]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "URGENTE: pago a IFEMA hoy - espacio FITUR 2027 (pabellón 10)"
    infra.exchange_prepare(m, "EXCH02")
    paras = ["Hola Javier:",
             "IFEMA nos confirma que la reserva del espacio adicional en el pabellón 10 para FITUR 2027 (stand de "
             "Turismo de Cantabria) caduca hoy a las 14:00 si no reciben el pago de la factura.",
             "La factura IFEMA 2026-F-118734 (24.870,00 €) ya está en SAP, aprobada por Claudia (en copia). Los datos "
             "bancarios son los del maestro de IFEMA de siempre, no hay que cambiar nada.",
             "¿Puedes lanzarla en CaixaBankNow esta mañana con la doble firma? Avísame por Teams cuando esté y les "
             "mando el justificante.",
             "Gracias,\nLucía"]
    sig = ["Lucía Fernández", "Office Manager · Example Group Iberia S.L.", "Calle de Campezo 1, Edificio 4 · 28022 Madrid",
           "Tel. +34 91 742 18 60"]
    m.root = base.outlook_body(m, paras, sig, lang="es", cs="utf-8", font="Calibri")
    m.system = (infra.exchange, dict(lang="es-ES", mailbox="EXCH02", client_ip="10.20.44.30"))
    return finish(m, "Internal request from the Madrid office manager to the accountant: pay the IFEMA invoice for "
                     "FITUR 2027 today, already approved by the CFO in SAP, existing vendor master data.",
                  "Genuine urgent internal payment: internal route, approver in copy, invoice in the ERP, known "
                  "beneficiary, normal dual-signature process.",
                  hard_neg=(["28-es-fraude-ceo-abogado-operacion-confidencial"], "Urgent payment request",
                            "Internal, CFO informed and in copy, existing beneficiary and process"),
                  phones=["+34 91 742 18 60"])


def b29():
    m = mk("29-es-altamira-pedido-prowein-xlsx", "business", "es")
    m.t = local("ES", 2026, 11, 27, 12, 44, 3)
    m.date_zone = "ES"
    m.from_ = A["ibanez"]
    m.to = [C.S("om_es")]
    m.cc = [A["saenz"]]
    m.rcpt = "lucia.fernandez@example.com"
    m.subject = "Pedido stand ProWein 2027 - versión definitiva"
    paras = ["Hola Lucía:",
             "adjunto el pedido definitivo del stand de ProWein 2027 (pabellón 9, 48 m²) con los cambios de la reunión "
             "del martes. Íñigo (en copia) lo ha firmado por nuestra parte; si está todo bien, nos enviáis la factura "
             "del anticipo (40 %) como siempre a administracion@bodegasaltamira.es.",
             "El render v3 nos encanta, solo pediríamos que la barra de cata sea un poco más baja (105 cm).",
             "¡Gracias y un abrazo!"]
    sig = ["Marta Ibáñez", "Marketing & Eventos", "Bodegas Altamira", "Ctra. de Laguardia km 3 · 26006 Logroño",
           "+34 941 28 47 10"]
    x = containers.xlsx([("Pedido", [
        ["Bodegas Altamira S.L. – Pedido PW27-0413 (definitivo)", None, None, None],
        ["Proveedor", "Example Group Iberia S.L. (%s)" % E["vat"], None, None],
        ["Proyecto", "ProWein 2027 – Düsseldorf – Pabellón 9 – 48 m²", None, None],
        [None, None, None, None],
        ["Pos.", "Concepto", "Cant.", "Importe (EUR)"],
        [1, "Diseño y construcción stand 48 m² (render v3)", 1, 38500.0],
        [2, "Barra de cata 6 m, encimera Dekton, altura 105 cm", 1, 4200.0],
        [3, "Almacén con cámara frigorífica", 1, 3150.0],
        [4, "Sala de reuniones con vidrio serigrafiado", 1, 2890.0],
        [None, "Total (sin IVA)", None, "=SUM(D6:D9)"],
        [None, None, None, None],
        ["Anticipo 40 % a la firma; resto 30 días tras feria.", None, None, None],
        ["Firmado: Íñigo Sáenz, Director Comercial – 26/11/2026", None, None, None],
    ], {"widths": [8, 58, 8, 16], "bold_rows": [0, 4]})], title="Pedido PW27-0413", creator="Marta Ibáñez",
        created="2026-11-26T16:02:00Z", modified="2026-11-27T11:40:00Z", company="Bodegas Altamira")
    xp = att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Pedido_PW27-0413_definitivo.xlsx",
             "gmail")
    m.root = base.gmail_body(m, paras, sig, atts=[xp], lang="es")
    m.system = (infra.gmail, dict(workspace=True))
    return finish(m, "Customer's marketing manager sends the signed final order for the ProWein 2027 stand as XLSX, "
                     "commercial director in copy.",
                  "Genuine customer order: correct domain bodegasaltamira.es (Google Workspace, DKIM), spreadsheet "
                  "with figures only, invoicing through the usual channel, no portal registration.",
                  hard_neg=(["29-es-lookalike-altamira-pedido-xlsx"], "Customer order as XLSX",
                            "Real domain, no hyperlinks in the workbook, usual invoicing address"),
                  phones=["+34 941 28 47 10"])


def b30():
    m = mk("30-es-caixabanknow-transferencia-enviada", "business", "es")
    m.t = local("ES", 2026, 12, 14, 11, 26, 51)
    m.date_zone = "ES"
    m.from_ = ("CaixaBank", "notificaciones@caixabank.com")
    m.to = [(None, "javier.martin@examplegroup.eu")]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "CaixaBankNow: transferencia enviada"
    title = "Transferencia enviada"
    paras = ["Le confirmamos que se ha enviado la siguiente transferencia SEPA, firmada por dos apoderados:",
             "Ordenante: EXAMPLE GROUP IBERIA SL\nCuenta de cargo: ES** **** **** **** **** 2233\nBeneficiario: "
             "IFEMA MADRID\nImporte: 24.870,00 EUR\nConcepto: FRA 2026-F-118734 FITUR 2027\nFecha: 14/12/2026",
             "Puede consultar el justificante en CaixaBankNow, en Cuentas > Transferencias > Enviadas.",
             "CaixaBank nunca le pedirá por correo electrónico sus claves de acceso ni códigos de firma."]
    footer = ["CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia · NIF A08663619"]
    html = clients.notif_html("CaixaBank", "#007eae", title, paras, None, footer, "es", logo_text="CaixaBankNow")
    text = clients.notif_text(title, paras, None, footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mx-out4.caixabank.com", ip="192.0.2.97",
                                     dkim_list=[("caixabank.com", "cbk1", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s@caixabank.com" % util.uuid4(m.r), envfrom="noreply-bounce@caixabank.com",
                                     dmarc="pass"))
    return finish(m, "Bank confirmation that the IFEMA transfer from business/28 was sent with dual signature; no "
                     "link, masked account.",
                  "Genuine business-banking confirmation: bank domain with DKIM, informational, consistent with the "
                  "company's own payment of the same day.",
                  hard_neg=(["30-es-caixabanknow-empresas-bloqueo-ses"], "CaixaBankNow transfer to IFEMA",
                            "Confirmation after the fact, no verification link, masked account, bank's own domain"))


def b31():
    m = mk("31-es-google-forms-altamira-cata-prowein", "business", "es")
    m.t = local("ES", 2026, 12, 10, 10, 3, 40)
    m.date_zone = "ES"
    m.from_ = ("Marta Ibáñez (vía Formularios de Google)", "forms-receipts-noreply@google.com")
    m.reply_to = A["ibanez"]
    m.to = [(None, "lucia.fernandez@example.com")]
    m.rcpt = "lucia.fernandez@example.com"
    m.subject = "Cata en el stand - ProWein 2027: confirmación de asistentes"
    fid = "1FAIpQLSd" + util.rand_alnum(m.r, 47, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    form = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    title = "Marta Ibáñez te ha invitado a rellenar un formulario:"
    paras = ["**Cata en el stand – ProWein 2027**",
             "Cata de la nueva añada en nuestro stand (pabellón 9) el lunes 15 de marzo a las 16:00. Indica nombre, "
             "empresa y si vendrás acompañado/a para preparar las copas y el catering. ¡Gracias!"]
    footer = ["[Crea tu propio formulario de Google](https://docs.google.com/forms?usp=mail_form_link)",
              "Google no ha creado ni aprobado este contenido. [Denunciar abuso](https://docs.google.com/forms/d/e/%s/reportabuse?source=%s)" % (fid, fid[:20]),
              "[Condiciones del Servicio](https://policies.google.com/terms) · [Política de Privacidad](https://policies.google.com/privacy)"]
    html = clients.notif_html("Formularios de Google", "#673ab7", title, paras, ("RELLENAR FORMULARIO", form), footer,
                              "es", logo_text="Formularios de Google", font="Roboto, Arial, sans-serif")
    text = clients.notif_text(title, paras, ("RELLENAR FORMULARIO", form), footer)
    m.root = base.html_alt(m, text, html, "UTF-8", "quoted-printable", "quoted-printable", kind="gmail")
    m.system = (infra.gmail, dict(sor=True, forms=True, dkim_domain="google.com", selector="20230601"))
    return finish(m, "Google Forms invitation from the customer's marketing manager (Reply-To her corporate address): "
                     "RSVP for a tasting on their ProWein stand.",
                  "Genuine Google Forms use: invitation from a known contact whose Workspace domain is in Reply-To, "
                  "form asks only for name/company/attendance, no credentials.",
                  hard_neg=(["31-es-google-forms-acreditaciones-fitur"], "Google Forms invitation",
                            "Known customer as owner, harmless RSVP, no password fields"))


MESSAGES = [b27, b28, b29, b30, b31]
