# -*- coding: utf-8 -*-
"""Spanish messages (office Castellón de la Plana)."""
from datetime import timedelta

import ids
import mime
import senders as X
from clients import EximWebmail, Outlook365, Roundcube
from infra import Msg, hexs, rdate, ruuid
from people import BANK, S, TAX
from services import Mailjet, SES, Service
from templates import alt, att, brand_alt, cred_page, pdf_bytes, svg_lure, text

F = ids.fmt_iban
CIF_EG = TAX["example_es"]

ESMALTES_SIG = """Vicente Ortega
Departamento Comercial
Esmaltes del Mediterráneo S.A.
Ctra. Onda–Vila-real km 2,1 · 12200 Onda (Castellón)
Tel. +34 964 77 18 40 · www.esmaltesmediterraneo.es"""


# ======================================================================= attacks

def a_aeat():
    url = "https://sede-agenciatributaria.es-notificaciones.com/wlpl/NOTI-CONS/?ref=RQ-303-2026-3T-118472"
    blocks = ["Estimado/a contribuyente:",
              "Le comunicamos que la Agencia Estatal de Administración Tributaria ha puesto a su disposición una "
              "notificación relativa al **requerimiento de información del Modelo 303 (3T 2026)** de la entidad "
              "EXAMPLE GROUP IBERIA SL (NIF %s)." % CIF_EG,
              "Dispone de un plazo de **10 días naturales** para acceder a su contenido. Transcurrido dicho plazo, "
              "la notificación se entenderá practicada a todos los efectos legales (art. 43 Ley 39/2015) y podrá "
              "iniciarse el correspondiente procedimiento sancionador.",
              "Puede acceder a la notificación identificándose con Cl@ve o certificado electrónico."]
    footer = "Agencia Tributaria – Sede Electrónica\nEste mensaje ha sido generado automáticamente. Por favor, no responda."
    body = brand_alt("Notificación pendiente de comparecencia", blocks, ("Acceder a la notificación", url), footer,
                     charset="UTF-8", cte="quoted-printable", brand="Agencia Tributaria", color="#8c1d18", lang="es")
    return Msg("aeat-notificacion-requerimiento-303", ("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"),
               [S("fernandez")], "Aviso: notificación pendiente – Requerimiento Modelo 303 (3T 2026)",
               "2026-11-11 09:40:27", body, SES("agenciatributaria-sede.es"),
               "Tax-office phishing: 'Agencia Tributaria' announces a pending VAT notification with a 10-day deadline and "
               "a login link.",
               "Notification notices come from DEHú/correo.gob.es and point to the official sede, never to "
               "es-notificaciones.com; sender domain agenciatributaria-sede.es via Amazon SES; sanction threat; "
               "credential phishing for Cl@ve/certificate.",
               env_from="010201b7c2e9d4a1-53b0f1a8-9c2e-4d7b-8f61-2a4c6e8b0d13-000000@eu-west-1.amazonses.com")


def a_esmaltes_cuenta():
    body = """Buenos días, Lucía:

Te escribo para comunicarte que, por motivos de reestructuración interna del grupo, a partir de este mes Esmaltes del Mediterráneo S.A. centraliza sus cobros en una nueva cuenta bancaria. Te adjunto el certificado de titularidad emitido por la entidad.

Titular: Esmaltes del Mediterráneo S.A.
Entidad: ING Bank N.V., Sucursal en España
IBAN: %s
BIC: INGDESMMXXX

La cuenta de CaixaBank deja de estar operativa a final de mes, por lo que te pediría que las facturas pendientes (F26-04418 y F26-04502, total 31.870,44 €) se abonen ya en la nueva cuenta. Cuando esté hecha la transferencia, ¿me puedes enviar el justificante por aquí?

Estos días estoy en feria en Bolonia y no puedo atender llamadas, pero te contesto por correo enseguida.

Un saludo,

%s""" % (F(BANK["fake_esmaltes"]), ESMALTES_SIG.replace("esmaltesmediterraneo.es", "esmaltes-mediterraneo.es"))
    cert = pdf_bytes([("ING", 18, True), "ING Bank N.V., Sucursal en España · C/ Vía de los Poblados 1, 28033 Madrid", "",
                      ("CERTIFICADO DE TITULARIDAD DE CUENTA", 13, True), "",
                      "ING Bank N.V., Sucursal en España certifica que la cuenta", "IBAN " + F(BANK["fake_esmaltes"]),
                      "figura a nombre de ESMALTES DEL MEDITERRANEO SA, NIF " + TAX["esmaltes"] + ".", "",
                      "Y para que conste, se expide el presente certificado en Madrid, a 9 de noviembre de 2026.", "",
                      "Departamento de Operaciones"],
                     "Certificado de titularidad", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
                     date="D:20261109101500+01'00'")
    relay = X.vps("mail.esmaltes-mediterraneo.es", "ns3213874.ip-141-94-57.eu", "141.94.57.206")
    return Msg("esmaltes-cambio-cuenta", ("Vicente Ortega", "v.ortega@esmaltes-mediterraneo.es"), [S("fernandez")],
               "Cambio de cuenta bancaria – Esmaltes del Mediterráneo", "2026-11-09 11:52:16",
               mime.Multi("mixed", [text(body, "UTF-8", "quoted-printable", ct_extra="format=flowed", quote_cs=False),
                                    att(cert, "application/pdf", "Certificado_titularidad_cuenta.pdf")]),
               Roundcube("esmaltes-mediterraneo.es", relay),
               "Supplier impersonation: 'Vicente Ortega' of the glaze supplier sends a 'certificate of ownership' "
               "for a new ING account and asks for two open invoices to be paid there.",
               "Look-alike domain esmaltes-mediterraneo.es (hyphen; real: esmaltesmediterraneo.es, on Google "
               "Workspace) on an OVH server; sales contact suddenly handling bank details; new account, pay open items "
               "now, 'cannot take calls'; fabricated bank certificate.")


def a_cevisama_housing():
    body = """Estimado expositor:

Como expositor confirmado en CEVISAMA 2027 (Feria Valencia, febrero de 2027), le informamos de que el bloque de habitaciones reservado para expositores en hoteles de 4* en Valencia y alrededores está ya al 85 %% de ocupación.

Tarifas preferentes para expositores (por habitación y noche, desayuno incluido):
- Hotel Valencia Congress 4*, a 5 min del recinto: 138 €
- Hotel Expo Ciudad de las Ciencias 4*: 124 €
- Hotel Puerta de Valencia 4*: 112 €

Para garantizar la reserva de su equipo es necesario confirmar el número de habitaciones y abonar un depósito del 30 %% antes del 20 de noviembre. Las reservas no confirmadas se liberarán para el público general.

Datos para el depósito:
Beneficiario: EXPO HOUSING SERVICES LTD
IBAN: %s
Concepto: CEVISAMA27-EXAMPLE

Responda a este correo indicando nombres, fechas de entrada y salida y número de habitaciones, y le enviaremos la confirmación.

Atentamente,

Laura Gómez
Exhibitor Housing Department
Expo Housing Services – CEVISAMA 2027""" % F(BANK["fake_cevisama"])
    return Msg("cevisama-housing-estafa", ("CEVISAMA 2027 – Exhibitor Housing", "housing@cevisama-expohousing.com"),
               [S("martinez")], "CEVISAMA 2027 – Alojamiento para expositores: últimas habitaciones disponibles",
               "2026-11-03 16:24:45", alt(body, "UTF-8", style="simple", quote_cs=False),
               Mailjet("cevisama-expohousing.com"),
               "Trade-fair housing scam: an 'official exhibitor housing bureau' for Cevisama 2027 asks for a 30 % "
               "deposit to a Lithuanian account.",
               "Not Feria Valencia (feriavalencia.com), unsolicited, 'almost sold out' pressure, prepayment to a "
               "Revolut (LT) IBAN in a company name unrelated to the fair; classic exhibitor-housing fraud sent via Mailjet.",
               env_from="bnc3.mj.cevisama-expohousing.com@bnc3.mailjet.com")


def a_svg_factura():
    url = "https://facturas-online.sharepoint-docs.es/f/F-2026-1193?e=sergio.pena%40example.com"
    svg = svg_lure("Factura F-2026-1193 – Documento protegido",
                   ["Emisor: Azulejos Benicarló S.L.", "Importe: 4.318,20 EUR · Vencimiento: 30/11/2026",
                    "Inicie sesión con su cuenta de correo para ver el documento."], url, color="#0f6cbd",
                   button="Ver factura")
    body = """Buenas tardes,

Adjuntamos la factura F-2026-1193 pendiente de pago. Por favor, revísela y confirme la fecha prevista de abono.

Un saludo,

Administración
Azulejos Benicarló S.L.
Av. Joan Carles I, 41 · 12580 Benicarló"""
    relay = X.cpanel("sh-pro41.dinaserver-cloud.com", "82.98.134.41", client_ip="197.211.58.19")
    relay["client_helo"] = "[127.0.0.1]"
    return Msg("factura-svg-adjunto", ("Administración Azulejos Benicarló", "administracion@azulejosbenicarlo.es"),
               [S("pena")], "Factura F-2026-1193 pendiente", "2026-11-26 15:37:02",
               mime.Multi("mixed", [alt(body, "UTF-8", style="simple", quote_cs=False),
                                    mime.Bin(svg.encode(), "image/svg+xml", "Factura_F-2026-1193.svg")]),
               EximWebmail("azulejosbenicarlo.es", relay, version="1.6.7"),
               "Invoice lure with an SVG attachment that links to a fake SharePoint login.",
               "SVG 'invoice' is an image with a hyperlink to facturas-online.sharepoint-docs.es (not Microsoft) with "
               "the recipient's address; the sender is a compromised small business with no purchase relationship, "
               "webmail login from 197.211.58.19; invoices are never SVG files.")


def a_voicemail_html():
    page = cred_page("Microsoft 365 – Mensaje de voz", "Microsoft", "#0067b8", "javier.martinez@example.com",
                     "https://vm-play.m365-voicecloud.com/es/auth/", lang="es", fields=("Contraseña",),
                     intro="Mensaje de voz de +34 964 ••• •18 (2 min 14 s).\nInicie sesión para reproducir el mensaje.",
                     button="Reproducir")
    body = """Tiene un nuevo mensaje de voz

De: +34 964 ••• •18
Recibido: jueves, 3 de diciembre de 2026 12:41
Duración: 00:02:14

El mensaje de voz se ha adjuntado a este correo. Ábralo para escucharlo.

Microsoft Teams · Correo de voz"""
    t = Outlook365("constructorasierranorte.com.mx", "es-MX", region="us", accept="es-MX, en-US")
    return Msg("buzon-voz-teams-html", ("Correo de voz de Teams", "facturacion@constructorasierranorte.com.mx"),
               [S("martinez")], "Nuevo mensaje de voz de +34 964 ••• •18 (2 min 14 s)", "2026-12-03 05:44:18",
               mime.Multi("mixed", [alt(body, "utf-8", lang="ES-MX"),
                                    mime.Bin(page.encode(), "text/html", "VM_+34964xxxx18_00-02-14.html",
                                             ct_params="charset=utf-8")]),
               t,
               "Voicemail lure: 'Teams voicemail' with an HTML attachment that asks for the Microsoft 365 password.",
               "Sent from a compromised mailbox of a Mexican construction company (foreign tenant) with a Teams "
               "display name; Teams voicemails are not HTML attachments; the page posts the password to "
               "m365-voicecloud.com; masked caller number to arouse curiosity.", tz="-0600")


def ATTACK():
    return [a_aeat(), a_esmaltes_cuenta(), a_cevisama_housing(), a_svg_factura(), a_voicemail_html()]


# ======================================================================= business

def b_dehu():
    body = """Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL (%s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación – Modelo 303, tercer trimestre 2026
Fecha de puesta a disposición: 12/11/2026

Para acceder a su contenido diríjase a la DEHú (https://dehu.redsara.es) o a la sede electrónica del organismo emisor, identificándose con su certificado electrónico o Cl@ve.

Este correo es meramente informativo y no constituye notificación. Por favor, no responda a este mensaje.

Secretaría General de Administración Digital""" % CIF_EG

    def hops(m, t):
        return (["Received: from dehu-notif02.redsara.es (unknown [10.252.12.42])\n\tby mx-out2.correo.gob.es (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "CET", comment=True))], t + timedelta(seconds=1))
    svc = Service(connect=("mx-out2.correo.gob.es", "mx-out2.correo.gob.es", "185.73.172.52"), hops=hops,
                  msgid=lambda m: "<%d.%d.%d.JavaMail.dehu@dehu-notif02>" % (
                      m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 3, 10 ** 4), int(m.utc.timestamp() * 1000)),
                  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__"],
                  hcs=("ISO-8859-1", "Q", "ISO-8859-1"))
    return Msg("dehu-aviso-notificacion", ("DEHú - Notificaciones", "notificaciones.dehu@correo.gob.es"), [S("fernandez")],
               "Aviso de puesta a disposición de notificación", "2026-11-12 08:05:41",
               text(body, "ISO-8859-1", "quoted-printable", quote_cs=False), svc,
               "Genuine DEHú notice that a tax-office notification is available.",
               "Government mail domain correo.gob.es, plain text, points only to the official dehu.redsara.es, states "
               "it is not itself a notification; no deadline pressure.",
               env_from="notificaciones.dehu@correo.gob.es",
               pair=(["aeat-notificacion-requerimiento-303"], "same topic (pending Modelo 303 notification); genuine one via DEHú"))


def b_esmaltes_factura():
    body = """Hola Lucía:

Te adjunto la factura F26-04502 de 30/10/2026 correspondiente al pedido PV-26-1877 (esmalte base blanco EB-110 y granillas para el proyecto de Vila-real). Importe total: 12.508,98 € (IVA incluido), vencimiento 30/12/2026 por transferencia a la cuenta habitual de CaixaBank:

%s

Por otro lado, en administración me comentan que la F26-04418 vence el 15/12; si necesitáis cualquier aclaración me dices.

Un saludo,

%s""" % (F(BANK["esmaltes"]), ESMALTES_SIG)
    inv = pdf_bytes([("ESMALTES DEL MEDITERRÁNEO S.A.", 14, True), "Ctra. Onda–Vila-real km 2,1 · 12200 Onda · NIF " + TAX["esmaltes"], "",
                     ("FACTURA F26-04502", 13, True), "Fecha: 30/10/2026   Pedido cliente: PV-26-1877", "",
                     "Cliente: Example Group Iberia S.L. – NIF " + CIF_EG, "",
                     "Esmalte base blanco EB-110           6.000 kg x 1,24 €     7.440,00 €",
                     "Granilla transparente GT-32           1.800 kg x 1,61 €     2.898,00 €", "",
                     "Base imponible 10.338,00 €   IVA 21 % 2.170,98 €   TOTAL 12.508,98 €", "",
                     "Vencimiento 30/12/2026 · Transferencia · CaixaBank " + F(BANK["esmaltes"])],
                    "Factura F26-04502", producer="Sage 200", date="D:20261030120000+01'00'")
    m = Msg("esmaltes-factura-f26-04502", ("Vicente Ortega", "v.ortega@esmaltesmediterraneo.es"), [S("fernandez")],
            "Factura F26-04502 – pedido PV-26-1877", "2026-11-02 10:18:50",
            mime.Multi("mixed", [alt(body, "UTF-8", style="gmail", quote_cs=False), None]), X.GMAIL,
            "The glaze supplier's sales contact sends an invoice from the company's Google Workspace, with PDF.",
            "Real domain on Google Workspace (the supplier's normal system), known contact, payment to the usual "
            "CaixaBank account, matches an order.",
            cc=[("Administración Esmaltes", "administracion@esmaltesmediterraneo.es")],
            pair=(["esmaltes-cambio-cuenta"], "same supplier contact and open invoices; genuine one names the usual account"))
    m.body.parts[1] = att(inv, "application/pdf", "F26-04502.pdf", style="gmail", rng=m.rng)
    return m


def b_cevisama_genuine():
    u = "https://acumbamail.com/unsubscribe/fv/8d1c44e2b7/"
    blocks = ["Estimado expositor:",
              "Le recordamos que el plazo para la contratación de servicios de stand (electricidad, limpieza, "
              "wifi y catering) para CEVISAMA 2027 con tarifa reducida finaliza el **15 de diciembre de 2026**. "
              "Puede gestionarlos en el Área de Expositores de la web de Feria Valencia.",
              "**Aviso importante sobre alojamiento:** Feria Valencia no trabaja con ninguna agencia de alojamiento "
              "que contacte directamente con los expositores. Si recibe ofertas de empresas que se presentan como "
              "\"housing oficial\" y le solicitan pagos por adelantado, no realice ningún pago y comuníquelo a "
              "cevisama@feriavalencia.com.",
              "[[Área de Expositores|https://cevisama.feriavalencia.com/area-expositores/]]"]
    footer = ("Feria Valencia · Av. de las Ferias s/n · 46035 Valencia\n"
              "Recibe este correo como expositor de CEVISAMA. [[Darse de baja|%s]]" % u)
    body = brand_alt("CEVISAMA 2027 – Información para expositores", blocks, None, footer, charset="utf-8",
                     cte="quoted-printable", brand="CEVISAMA · Feria Valencia", color="#00338d", lang="es")

    def hops(m, t):
        return (["Received: from localhost (localhost [127.0.0.1])\n\tby mail04.acumbamail.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "CET", comment=True))], t + timedelta(seconds=1))
    svc = Service(connect=("mail04.acumbamail.com", "mail04.acumbamail.com", "94.143.141.204"), hops=hops,
                  msgid=lambda m: "<%s@acumbamail.com>" % ruuid(m.rng),
                  extra=[("List-Unsubscribe", "<%s>" % u), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("X-Campaign-Id", "fv-cevisama27-exp-07")],
                  order=["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "List-Unsubscribe",
                         "List-Unsubscribe-Post", "X-Campaign-Id", "MIME-Version", "__CT__"])
    return Msg("cevisama-info-expositores", ("CEVISAMA - Feria Valencia", "cevisama@feriavalencia.com"), [S("martinez")],
               "CEVISAMA 2027 – Servicios de stand y aviso sobre alojamiento", "2026-11-18 12:00:05", body, svc,
               "Genuine exhibitor information from the fair organiser, including a warning about housing scams.",
               "Organiser's own domain via its ESP (Acumbamail) with List-Unsubscribe; links only to feriavalencia.com; "
               "no payment request, explicitly warns against the housing fraud.",
               env_from="bounces+fv.8d1c44e2b7@acumbamail.com",
               pair=(["cevisama-housing-estafa"], "same trade fair and housing topic; genuine organiser mail warns against the scam"))


def b_cliente_reclamacion():
    body = """Buenos días Sergio:

Te escribo porque el pedido 2026-0931 que teníamos que recibir el martes todavía no ha llegado, y cuando llamamos a la agencia nos dicen que un palé venía roto y lo han devuelto al almacén de Castellón.

Tengo a dos clientes esperando el porcelánico Terra 75x75 para esta semana y ya me han reclamado. Necesito que me digas hoy mismo cuándo nos lo podéis servir completo. Si no lo tenemos antes del viernes, tendré que anular la parte del pedido de esos clientes.

Quedo a la espera.

Pilar Navarro
Almacenes Cerámicos Turia S.L.
C/ de Sant Vicent Màrtir 288, 46017 València
Tel. 963 78 44 10"""
    return Msg("cliente-reclamacion-retraso", ("Pilar Navarro", "pilar.navarro.turia@hotmail.es"), [S("pena")],
               "Pedido 2026-0931 sin entregar – palé roto", "2026-11-20 09:47:39", alt(body, "windows-1252", lang="ES"),
               X.HOTMAIL_ES,
               "A customer complains from her Hotmail address about a delayed order with a broken pallet.",
               "Known customer contact, concrete order reference, asks for a delivery date; no link, no attachment, "
               "no payment request.")


def b_baja_gmail():
    body = """Hola Javier,

Te escribo desde mi correo personal porque no tengo el portátil en casa. Esta mañana he ido al médico de cabecera y me ha dado la baja por una lumbalgia, en principio hasta el miércoles 9. El parte ya lo tiene la Seguridad Social, así que no tengo que entregarte nada en papel.

Las visitas de esta semana (Onda y Nules) las he pasado a la semana que viene y he avisado a los clientes. Si surge algo urgente con Cerámicas Turia, Pilar tiene mi móvil, pero mejor que lo lleve Marta desde la oficina.

Un abrazo,
Sergio"""
    return Msg("baja-medica-correo-personal", ("Sergio Peña", "sergio.pena.castello@gmail.com"), [S("martinez")],
               "Baja médica hasta el miércoles", "2026-12-03 08:22:14", alt(body, "UTF-8", style="gmail", quote_cs=False),
               X.GMAIL,
               "A sales employee reports sick leave from his private Gmail address.",
               "Private address only to inform the manager; refers to the normal electronic sick-note process; no "
               "request for data, money or clicks.",
               pair=(["szefowa-whatsapp-przelew"], "colleague writing from Gmail to a manager; genuine one asks for nothing"))


def BUSINESS():
    return [b_dehu(), b_esmaltes_factura(), b_cevisama_genuine(), b_cliente_reclamacion(), b_baja_gmail()]
