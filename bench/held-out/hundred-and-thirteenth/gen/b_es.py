"""Genuine business messages, Spanish (27-31)."""
from util import *
from profiles import smtp_client, exch_internal, outlook_consumer, brevo, gmail
from lib import pdf
from lib.bank import fmt_iban
from lib import bank as B
from company import IBAN, BIC, EG_ES_CIF

VELAS_CIF = B.es_cif("B", "0741882")


def b27():
    m = Msg("business", 27, "es", "velas-mallorca-factura",
            "Velas Mallorca (sailmaker) sends invoice F-2026/0917 for a new genoa for 'Tramontana' as PDF; Outlook, "
            "windows-1252, quoted-printable",
            "Known supplier domain and hosted mail server; invoice matches the order; usual CaixaBank account.",
            pair=None)
    m.rcpt = "ines.munoz@example.com"
    m.t = T(2026, 10, 9, 12, 38, 51, "ES")
    c = m.ctx
    F = dict(frm=addr("Carmen Ruiz", "carmen.ruiz@velasmallorca.es"), to=staff("ines.munoz", "windows-1252"),
             cc=staff("jordi.ferrer", "windows-1252"),
             subject=hval("Factura F-2026/0917 - génova nueva Tramontana", "windows-1252"), t=ago(m.t, 2), tz="ES",
             env="carmen.ruiz@velasmallorca.es", lang="es")
    smtp_client(m, F, relay="mail.velasmallorca.es", relay_ip="217.160.0.88", out_helo="mail.velasmallorca.es",
                client_helo="VELAS-OFICINA2", client_rdns="88.red-81-40-112.staticip.rima-tde.net", client_ip="81.40.112.88",
                auth="carmen.ruiz@velasmallorca.es", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("velasmallorca.es"), relay_tz="ES")
    text = """Buenos días Inés,

te adjunto la factura F-2026/0917 correspondiente a la génova nueva de "Tramontana" (Dacron HydraNet, enrollable, con banda UV), entregada y montada el 6 de octubre en el Moll Vell.

Importe total: 4.961,00 € (IVA incluido). Vencimiento a 30 días, transferencia a nuestra cuenta de siempre en CaixaBank.

Cualquier cosa me dices.

Un saludo,
Carmen Ruiz
Administración
Velas Mallorca S.L.
C/ Contramuelle Mollet 6 - 07012 Palma
Tel. 971 72 45 18
"""
    inv = pdf.simple_doc([
        "#Velas Mallorca S.L.", "C/ Contramuelle Mollet 6 - 07012 Palma - CIF " + VELAS_CIF, "",
        "Cliente: Example Náutica S.L. - Moll Vell s/n - 07012 Palma - CIF " + EG_ES_CIF, "",
        "#Factura F-2026/0917 - 08/10/2026", "",
        "Génova enrollable Dacron HydraNet 360 g, banda UV, velero 'Tramontana'     3.950,00 EUR",
        "Montaje y prueba a bordo                                               150,00 EUR", "",
        "Base imponible 4.100,00 EUR   IVA 21% 861,00 EUR   Total 4.961,00 EUR", "",
        "Forma de pago: transferencia 30 días - CaixaBank " + fmt_iban(IBAN["velas"]) + " - " + BIC["velas"],
    ], title="F-2026/0917", creator="a3factura", producer="a3factura", date="D:20261008181200+02'00'")
    m.notes.append("IBAN %s (ES, DC + mod-97 valid); CIF %s" % (IBAN["velas"], VELAS_CIF))
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "ES"), "windows-1252", "quoted-printable"),
                                 Attachment(inv, "application/pdf", "Factura_F-2026-0917.pdf")], m.boundary(),
                       preamble="This is a multipart message in MIME format.")
    return m


def b28():
    m = Msg("business", 28, "es", "jordi-urgente-tasa-portuaria-intern",
            "Office manager Spain (internal Exchange) asks the accountant to pay today the Autoridad Portuaria liquidation "
            "for berth occupancy, downloaded from the official Sede Electrónica - explicitly not from any mail link",
            "Internal route; references the official notification in DEHú, the concession file number and the company "
            "bank's own portal; reachable by phone; genuine urgency (deadline) without secrecy.",
            pair=([28, 30], "urgent payment request from the office manager / port fee"))
    m.rcpt = "ines.munoz@example.com"
    m.t = T(2026, 11, 2, 10, 48, 12, "ES")
    F = dict(frm=staff("jordi.ferrer", "iso-8859-1"), to=staff("ines.munoz", "iso-8859-1"), cc=staff("sabine.krueger", "iso-8859-1"),
             subject=hval("Urgente: pagar hoy la liquidación de la Autoridad Portuaria (ocupación Moll Vell)", "iso-8859-1"),
             t=ago(m.t, 2), env="jordi.ferrer@example.com")
    exch_internal(m, F, server="EXCH01", lang="es-ES", importance=True, client_ip="10.50.1.22")
    text = """Hola Inés,

nos ha llegado a la DEHú la notificación de la Autoridad Portuaria de Baleares con la liquidación de la tasa de ocupación del cuarto trimestre (expediente de concesión E.M.-318, 21.406,75 €). Vence hoy; si no se paga hoy nos aplican el recargo.

Por favor descárgala tú directamente de la Sede Electrónica con el certificado de la empresa (no desde ningún enlace de correo) y págala por la banca online de CaixaBank con el modelo de la carta de pago. Sabine está en copia para la segunda firma.

Estoy toda la mañana en la oficina, si hay cualquier duda llámame a la extensión 5102.

Gracias,
Jordi

Jordi Ferrer
Director de oficina
Example Náutica S.L. | Moll Vell s/n, 07012 Palma
"""
    m.body = alt(m, text, outlook_html(text, "ES"), "iso-8859-1", "quoted-printable")
    return m


def b29():
    m = Msg("business", 29, "es", "cliente-queja-hotmail",
            "Charter customer (Outlook.com) complains that his skippered charter was shortened by a day because of a "
            "late boat handover and asks for compensation",
            "Real customer from Microsoft's consumer mail infrastructure, booking reference and details; complaint "
            "only, no links or payment instructions.", pair=None)
    m.rcpt = "jordi.ferrer@example.com"
    m.t = T(2026, 10, 12, 22, 4, 37, "ES")
    F = dict(frm=addr("Javier Ortega", "javier.ortega@hotmail.es"), to="jordi.ferrer@example.com",
             subject=hval("Reclamación reserva EGE-2026-0402 - entrega del barco con un día de retraso", "iso-8859-1"),
             t=ago(m.t, 3), env="javier.ortega@hotmail.es")
    outlook_consumer(m, F, mbx="PA4P190MB1187", prd="EURP190", out=("EUR05-AM6-obe", "mail-am6eur05olkn2087", "40.92.58.87"),
                     lang="es-ES")
    text = """Buenas noches,

les escribo en relación con la reserva EGE-2026-0402 (velero "Tramontana" con patrón, del 3 al 10 de octubre).

El barco debía entregarse el sábado a las 17:00, pero no estuvo listo hasta el domingo a mediodía porque, según nos explicaron en la base, la génova nueva no había llegado todavía. Perdimos la primera noche a bordo y tuvimos que pagar un hotel en Palma (186 €, adjunto la factura si la necesitan).

Entiendo que puede haber imprevistos, pero nadie nos avisó antes de llegar. Les pido que nos compensen el día perdido y el hotel. Quedo a la espera de su respuesta.

Un saludo,
Javier Ortega
Tel. 654 21 88 03
"""
    m.body = alt(m, text, outlook_html(text, "ES"), "iso-8859-1", "quoted-printable")
    return m


def b30():
    m = Msg("business", 30, "es", "newsletter-nautica-profesional-brevo",
            "Subscribed newsletter 'Náutica Profesional' (Spanish marina/charter trade news) via Brevo with "
            "List-Unsubscribe / One-Click",
            "Real ESP with list headers and per-subscriber unsubscribe link; editorial content.", pair=None)
    m.rcpt = "jordi.ferrer@example.com"
    m.t = T(2026, 11, 19, 8, 0, 6, "ES")
    c = m.ctx
    unsub = "https://r.nauticaprofesional.es/tr/un/%s" % c.b64url(60)
    F = dict(frm=addr("Náutica Profesional", "boletin@nauticaprofesional.es", "utf-8", "Q"), to="jordi.ferrer@example.com",
             subject=hval("Boletín 47/2026: VERI*FACTU para chárter, amarres en Baleares, Salón de Barcelona", "utf-8", "Q"),
             t=m.t, extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@nauticaprofesional.es?subject=unsubscribe>" % unsub),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                           ("List-Id", "<boletin.nauticaprofesional.es>")])
    brevo(m, F, ip="185.41.28.140", host="mta-185-41-28-140.mailin.fr", campaign=212)
    text = """NÁUTICA PROFESIONAL - Boletín 47/2026

VERI*FACTU: qué cambia para las empresas de chárter
Los sistemas de facturación deberán cumplir el reglamento antes de julio de 2027. Resumimos qué deben preparar las empresas de alquiler de embarcaciones. Recuerde: la AEAT no envía enlaces de pago ni requerimientos por correo electrónico.

Amarres en Baleares: ocupación récord en 2026
Los puertos de Ports IB y de la Autoridad Portuaria superan el 92 %% de ocupación media en temporada alta.

Salón Náutico de Barcelona 2027
Ya se conocen las fechas: del 6 al 10 de octubre de 2027 en el Port Vell.

Recibe este boletín porque está suscrito con jordi.ferrer@example.com.
Darse de baja: %s
Náutica Profesional Ediciones S.L. - C/ Manacor 12, 07006 Palma
""" % unsub
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#17324d;max-width:620px")
    m.body = alt(m, text, html, "utf-8", "quoted-printable", quote_cs=False)
    return m


def b31():
    m = Msg("business", 31, "es", "baja-medica-gmail-privado",
            "Accountant Inés writes from her private Gmail to the office manager: on sick leave until Thursday, the "
            "medical certificate goes through the health service, hands over open tasks",
            "Colleague's private address, but only informs about absence and hands over work; no request for money, "
            "credentials or data changes; Gmail's real infrastructure.", pair=([28], "colleague writing from private mail"))
    m.rcpt = "jordi.ferrer@example.com"
    m.t = T(2026, 12, 7, 7, 52, 18, "ES")
    F = dict(frm=addr("Inés Muñoz", "inesmunoz.palma@gmail.com", "UTF-8", "Q"), to=staff("jordi.ferrer", "UTF-8", "Q"),
             subject=hval("Baja médica - no iré hoy ni mañana", "UTF-8", "Q"), t=ago(m.t, 2), tz="ES",
             env="inesmunoz.palma@gmail.com")
    gmail(m, F, mx=("mail-wm1-f50", "209.85.128.50"))
    text = """Buenos días Jordi,

te escribo desde mi correo personal porque no tengo el portátil en casa. Tengo fiebre desde anoche y esta mañana el médico del centro de salud me ha dado la baja hasta el jueves; el parte de baja lo comunica directamente la Seguridad Social a la empresa.

Lo que queda pendiente esta semana:
- la remesa de pagos a proveedores está preparada en el banco, solo falta tu firma;
- la liquidación de Velas Mallorca está conciliada;
- el jueves vence el modelo 111, lo tiene también la gestoría.

Si necesitas algo urgente llámame al móvil.

Un abrazo,
Inés
"""
    m.body = alt(m, text, gmail_html(text), "UTF-8", "quoted-printable")
    m.body.fold = False
    return m


BUILDERS = [b27, b28, b29, b30, b31]
