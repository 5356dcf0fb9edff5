# -*- coding: utf-8 -*-
"""Spanish genuine messages 27-31."""
from lib.kit import *  # noqa
from lib import ids


def b27():
    t = """Hola María:

Os escribo porque ayer recibimos en la DEHú, como representantes vuestros, un requerimiento de la AEAT dentro de un procedimiento de comprobación limitada del IVA del tercer trimestre de 2025 (referencia 2026GRC48213). Os adjunto el PDF descargado de la sede electrónica.

El plazo para contestar es de 10 días hábiles, es decir, hasta el 24 de noviembre. Para preparar la respuesta necesitamos:

- Libro registro de facturas recibidas del 3T 2025 (exportación del ERP).
- Copia de las facturas de Cables y Guías del Norte y de Motores Levante de julio a septiembre.
- Justificantes de pago de esas facturas.

Si os viene bien, lo vemos el jueves por la mañana por teléfono. La contestación la presentaremos nosotros por registro electrónico con nuestro certificado; vosotros no tenéis que entrar en ningún sitio.

Un saludo,

Lucía Navarro
Asesora fiscal
Gestoría Navarro Asesores
C/ Príncipe de Vergara 112, 28002 Madrid
Tel. 91 563 48 20"""
    rows = [("h", "AGENCIA TRIBUTARIA"), ("s", "Delegación Especial de Madrid - Dependencia Regional de Gestión Tributaria"), ("sp", 8),
            ("b", "REQUERIMIENTO DE INFORMACIÓN - COMPROBACIÓN LIMITADA"), ("sp", 4),
            ("row", [(0, "Obligado tributario:"), (50, "EXAMPLE GROUP ELEVACION SL")]), ("row", [(0, "NIF:"), (50, C.TAX["eg_es"])]),
            ("row", [(0, "Concepto:"), (50, "IVA - Ejercicio 2025 - Periodo 3T")]), ("row", [(0, "Referencia:"), (50, "2026GRC48213")]), ("sp", 6),
            "En el curso del procedimiento de comprobación limitada iniciado, y al amparo de los artículos 136 y siguientes de la Ley 58/2003, General Tributaria, se le requiere para que aporte la siguiente documentación en el plazo de diez días hábiles:",
            "1. Libro registro de facturas recibidas correspondiente al periodo.", "2. Facturas de los proveedores indicados en el anexo.",
            "3. Justificantes del pago de dichas facturas.", ("sp", 6),
            "La documentación podrá aportarse a través del registro electrónico de la Sede Electrónica de la Agencia Tributaria.",
            ("sp", 10), ("s", "Código Seguro de Verificación: 3HQ7K2MR9XTA4L8P - verificable en sede.agenciatributaria.gob.es")]
    body = Multi("mixed", [alt(t, outlook_html(t, "windows-1252", "ES"), "windows-1252", "quoted-printable"),
                           pdf_att(rows, "Requerimiento_AEAT_2026GRC48213.pdf", title="Requerimiento", producer="AEAT - Notificaciones",
                                   when=T.berlin("2026-11-09 16:40"))])
    return Msg("business", 27, "es", "tax-advisor-aeat-requirement",
               frm=("Lucía Navarro", "lnavarro@gestorianavarro.es"), to=S("es_acc"), cc=S("es_mgr"),
               subject="Requerimiento AEAT comprobación limitada IVA 3T 2025 - documentación",
               when="2026-11-10 12:30:05",
               infra=I.exo(lang="es-ES", accept="es-ES, en-US", pre="PA4", hcs=("Windows-1252", "Q"), label="Gestoría Navarro Microsoft 365 tenant"),
               body=body,
               what="The tax advisor forwards an AEAT audit requirement received in DEHú and lists the documents needed",
               why="Known advisor on her own domain and tenant; the AEAT document itself attached as PDF with a CSV code; explains that the advisor files the answer, nobody has to log in or download anything.",
               contrast="Same AEAT requirement (same reference) as attack 27, but delivered by the tax advisor as a PDF with no download link.")


def b28():
    real = C.ACCT["cables_real"]
    t = plainq("""Estimados señores:

Les recordamos que, según nuestros registros, las siguientes facturas se encuentran pendientes de pago:

F-2026-0688  fecha 15/09/2026  vencimiento 15/10/2026  12.430,18 EUR
F-2026-0741  fecha 30/09/2026  vencimiento 15/11/2026   8.905,60 EUR

La primera de ellas acumula más de un mes de retraso. Les rogamos que regularicen el saldo vencido antes del 20/11/2026 en la cuenta habitual de Banco Sabadell (IBAN %s). En caso contrario, nos veremos obligados a suspender los suministros pendientes de la obra de Castellana 200 hasta su regularización.

Si ya han efectuado el pago, rogamos disculpen este aviso y nos envíen el justificante.

Atentamente,

Departamento de Administración
Cables y Guías del Norte, S.L.
Polígono Industrial Asua, Calle B, nave 7 - 48950 Erandio (Bizkaia)
Tel. 944 53 12 80 - CIF %s""" % (fi(real), C.TAX["cables"]))
    rows = [("h", "CABLES Y GUÍAS DEL NORTE, S.L."), ("s", "Pol. Ind. Asua, Calle B, nave 7 · 48950 Erandio (Bizkaia) · CIF %s" % C.TAX["cables"]), ("sp", 8),
            ("b", "EXTRACTO DE CUENTA - PARTIDAS VENCIDAS"), ("row", [(0, "Cliente:"), (30, "Example Group Elevación, S.L. (CIF %s)" % C.TAX["eg_es"])]), ("sp", 4),
            ("row", [(0, "Factura"), (35, "Fecha"), (65, "Vencimiento"), (110, "Importe EUR")], True), ("hr",),
            ("row", [(0, "F-2026-0688"), (35, "15/09/2026"), (65, "15/10/2026"), (110, "12.430,18")]),
            ("row", [(0, "F-2026-0741"), (35, "30/09/2026"), (65, "15/11/2026"), (110, "8.905,60")]),
            ("row", [(0, "Total"), (110, "21.335,78")], True), ("sp", 8),
            "Forma de pago: transferencia a Banco Sabadell, IBAN %s" % fi(real)]
    body = Multi("mixed", [Text(t, "plain", "iso-8859-1", "quoted-printable"),
                           pdf_att(rows, "Extracto_pendiente_EXAMPLE_GROUP_20261113.pdf", title="Extracto de cuenta",
                                   producer="Sage 200", when=T.berlin("2026-11-13 09:30"))])
    return Msg("business", 28, "es", "supplier-overdue-reminder-supply-stop",
               frm=("Cables y Guías del Norte - Administración", "administracion@cablesyguias.es"), to=S("es_acc"),
               cc=("Iñaki Etxeberria", "i.etxeberria@cablesyguias.es"),
               subject="Recordatorio facturas vencidas - Example Group Elevación", when="2026-11-13 09:44:21",
               infra=I.gmail(zone="CET", workspace=True, hcs=("iso-8859-1", "Q"), label="Cables y Guías Google Workspace"),
               body=body,
               what="Supplier reminder for overdue invoices, threatening to suspend deliveries",
               why="Correct supplier domain on its Google Workspace; asks to pay to the usual Sabadell account; statement PDF from its ERP; supply-stop threat is a normal commercial lever; sales contact in copy.",
               contrast="Same supplier and invoice F-2026-0741 as attack 28, but the known account and domain, no change of bank details.")


def b29():
    r = ids.rng("b29")
    t = """Estimado cliente:

Le confirmamos la entrega del siguiente envío:

Expedición: THO-26-118742
Origen: Erandio (Bizkaia)
Destino: Obra Castellana 200, Madrid
Mercancía: 6 bultos - guías de ascensor T89/B (1.240 kg)
Entregado: 16/11/2026 08:12
Recibido por: R. Gil (jefe de obra)

Adjuntamos el albarán firmado (POD). También puede consultarlo en nuestra web con el número de expedición.

Transportes Hermanos Ortega, S.L.
Tráfico - Tel. 944 71 20 55
Este correo ha sido generado automáticamente por nuestro sistema de gestión de transporte."""
    html = simple_html(t, font="Tahoma, Arial, sans-serif", charset="utf-8")
    rows = [("h", "TRANSPORTES HERMANOS ORTEGA, S.L."), ("b", "ALBARÁN DE ENTREGA / PROOF OF DELIVERY"), ("sp", 4),
            ("row", [(0, "Expedición:"), (40, "THO-26-118742")]), ("row", [(0, "Cargador:"), (40, "Cables y Guías del Norte, S.L.")]),
            ("row", [(0, "Destinatario:"), (40, "Example Group Elevación, S.L. - Obra Castellana 200")]),
            ("row", [(0, "Bultos / peso:"), (40, "6 / 1.240 kg")]), ("row", [(0, "Entrega:"), (40, "16/11/2026 08:12")]),
            ("row", [(0, "Firma receptor:"), (40, "R. Gil - conforme, sin incidencias")])]
    body = Multi("mixed", [alt(t, html, "utf-8", "base64"),
                           pdf_att(rows, "POD_THO-26-118742.pdf", title="POD THO-26-118742", producer="TMS Ortega / TCPDF 6.7.5",
                                   when=T.berlin("2026-11-16 08:20"))])
    return Msg("business", 29, "es", "carrier-delivery-pod",
               frm=("Transportes Hermanos Ortega", "trafico@transportesortega.es"), to=S("es_mgr"),
               subject="Entrega realizada - expedición THO-26-118742", when="2026-11-16 08:21:37",
               infra=I.postfix_server("mail.transportesortega.es", "217.76.151.33", rdns="mail.transportesortega.es",
                                      mailer="phpmailer", local_submit=True, lang="es-ES", hcs=("utf-8", "B"),
                                      label="carrier's own server, transport-management system using PHPMailer"),
               body=body,
               what="Carrier's automatic delivery confirmation with the signed POD",
               why="Known carrier domain and server; the shipment matches a real supplier delivery to a company site; PDF proof of delivery; no payment, no link to click.",
               contrast="Shipment notification like attack 29, but from the company's own carrier about an expected delivery, nothing to pay.")


def b30():
    t = """Hola José,

te escribo desde mi correo personal porque no tengo el portátil en casa. Esta mañana el médico me ha dado la baja por una gastroenteritis, en principio hasta el jueves. El parte ya lo ha tramitado el centro de salud, así que a la empresa le llega por la vía normal.

Las visitas de mantenimiento de hoy y mañana (Hotel Miguel Ángel y Torre Europa) las puede cubrir Raúl, ya se lo he dicho por teléfono y tiene las hojas de trabajo en la app.

Cualquier cosa, llámame al móvil.

Un abrazo,
Carmen"""
    return Msg("business", 30, "es", "employee-sick-leave-private-gmail",
               frm=("Carmen López", "carmenlopez.mad@gmail.com"), to=S("es_mgr"),
               subject="Baja médica hasta el jueves", when="2026-11-23 08:02:19", infra=I.gmail(zone="CET"),
               body=alt(t, gmail_html(t), "UTF-8", "quoted-printable"),
               what="Service coordinator tells her manager from private Gmail that she is on sick leave",
               why="Colleague's known private address; sick note goes through the official health-service channel; only organisational information; asks to be called.")


def b31():
    t = plainq("""Hola a todos:

Ya tenéis disponibles en el Portal del Empleado las nóminas de noviembre. Os recuerdo que la paga extraordinaria de Navidad se abonará junto con la nómina de diciembre, el día 22.

Para cualquier cambio de cuenta bancaria el procedimiento sigue siendo el mismo: el formulario firmado junto con el certificado de titularidad, entregado en mano en administración o enviado desde vuestro correo de empresa. No pedimos nunca datos bancarios mediante enlaces ni códigos QR, y el portal se abre solo desde el acceso directo de la intranet.

Gracias y un saludo,

María Fernández
Administración y Nóminas
Example Group Elevación, S.L.""")
    return Msg("business", 31, "es", "internal-payroll-notice",
               frm=S("es_acc"), to=("Oficina Madrid", "oficina-madrid@example.com"), rcpt=A("es_svc"),
               subject="Nóminas de noviembre disponibles y paga extra", when="2026-11-30 13:15:09",
               infra=I.internal(lang="es-ES"),
               body=alt(t, outlook_html(t, "iso-8859-15", "ES"), "iso-8859-15", "quoted-printable"),
               what="Madrid payroll accountant announces November payslips and the Christmas bonus date",
               why="Internal Exchange via mail-int01 to the office list; existing portal reached via the intranet; bank changes only with signed form in person; no link, no QR.",
               contrast="Same payroll/bank-data topic as attack 31, but internal and explicitly no QR codes or links for bank data.")


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
