"""Genuine business messages, Spanish (5)."""
import hops
import ids
from assets import pdf_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, gmail_html, simple_html


def b27():
    text = """Hola Lucía:

Te adjunto el borrador del modelo 303 del tercer trimestre ya presentado (justificante en la última página) y el resumen de las retenciones del modelo 111.

Sobre VERI*FACTU: os recuerdo que el programa de facturación que usáis ya está adaptado y que la obligación para sociedades empieza el 1 de enero de 2027. No hay que hacer nada más por vuestra parte, salvo revisar que las facturas rectificativas se emitan desde el programa y no en Excel.

Hemos revisado la Dirección Electrónica Habilitada (DEHú) y el buzón de la Sede de la AEAT: no tenéis ninguna notificación ni requerimiento pendiente. Recordad que Hacienda nunca envía requerimientos como archivo adjunto por correo; si recibís algo así, no lo abráis y reenviádnoslo.

Un saludo,

María del Carmen Ortega
Gestoría Ortega y Asociados
C/ de Alcalá 214, 28028 Madrid
Tel. 91 356 22 70
"""
    pdf = pdf_att("Modelo_303_3T_2026_EXAMPLE_GROUP_IBERIA.pdf", [
        "MODELO 303 - IVA. AUTOLIQUIDACIÓN", "Ejercicio 2026 - Periodo 3T", "",
        "NIF: B88451270   Razón social: EXAMPLE GROUP IBERIA S.L.", "",
        "Régimen general - Base imponible 21%:        412.880,40   Cuota:  86.704,88",
        "IVA deducible operaciones interiores:        118.326,12   Cuota:  24.848,49",
        "Resultado de la autoliquidación:                                  61.856,39", "",
        "Forma de pago: domiciliación",
        "Justificante de presentación: 3032026T3Q8K7 - presentado el 20/10/2026"],
        title="Modelo 303 3T 2026", author="Gestoría Ortega", creator="A3asesor", producer="A3asesor")
    inf = hops.postfix_host("gestoria hosting", "smtp.gestoriaortega.es", "correo-out4.dinaserver.com", "82.98.168.24",
                            "correo-out4.dinaserver.com", submit_from="80-28-74-19.static.ip.example-isp.es", submit_ip="80.28.74.19",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop",
                            msgid_fn=lambda ctx: "<001201db%s$%s$%s$@gestoriaortega.es>" % tuple("".join(ctx.rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 8, 8)),
                            desc="gestoría's hosted mailbox (Postfix at the hosting provider), Outlook 2016 from the office's static IP")
    return Mail("gestoria-modelo-303-verifactu", "es", local(2026, 11, 17, 12, 3, "ES"),
                ("María del Carmen Ortega", "mcarmen@gestoriaortega.es"), [S("es_acc")],
                "Modelo 303 3T, retenciones y aclaración VERI*FACTU", inf,
                Body(plain=text, html=outlook_html(text, lang="ES"), charset="windows-1252", cte="quoted-printable"),
                atts=[pdf], hdr_cs="windows-1252", hdr_enc="Q", hdr_label="windows-1252",
                what="Tax adviser's genuine mail with the filed VAT return PDF and a clarification about VERI*FACTU and the absence of pending AEAT notifications.",
                why="From the adviser's own domain and Outlook, plain PDF of a filed return, accurate explanation of where AEAT notifications really appear (DEHú/Sede); no links, no archives.",
                hn=[("es-aeat-verifactu-zip-vbs", "Same topic (AEAT/VERI*FACTU requirement); genuine adviser mail vs. fake AEAT notice with a script in a ZIP.")])


def b28():
    text = """Buenos días, Javier:

Os escribo por la incidencia de la noche del viernes 20 en el Hotel Castilla Toledo.

A las 02:47 saltó la alarma de intrusión en la zona de cocinas (puerta de proveedores). Según vuestro propio informe de la CRA, la señal se recibió pero no se avisó ni al vigilante de noche ni a nuestro jefe de mantenimiento hasta las 03:25, y la patrulla no llegó hasta las 03:58. Por suerte fue una falsa alarma por una puerta mal cerrada, pero el procedimiento pactado es aviso inmediato y acuda en menos de 20 minutos.

Necesito un informe de la incidencia con las grabaciones de la CRA y las medidas correctoras antes del miércoles, porque lo tengo que presentar en el comité de seguridad del grupo.

Un saludo,

Alberto Gil
Director de Operaciones
Hoteles Castilla S.A.
Tel. 91 445 90 12
"""
    inf = hops.exo("Hoteles Castilla tenant", "AM0PR04MB6691", "eurprd04.prod.outlook.com",
                   "EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on2071.outbound.protection.outlook.com",
                   "40.107.6.71", lang="es-ES", tenant_seed="hotelescastilla.es")
    inf.desc = "genuine Microsoft 365 tenant of hotelescastilla.es"
    return Mail("cliente-hotel-queja-cra", "es", local(2026, 11, 23, 9, 20, "ES"),
                ("Alberto Gil", "agil@hotelescastilla.es"), [S("es_mgr")],
                "Incidencia alarma Hotel Castilla Toledo - noche del 20/11", inf,
                Body(plain=text, html=outlook_html(text, lang="ES"), charset="iso-8859-1", cte="quoted-printable"),
                cc=[S("es_tec")], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Customer complaint about a delayed alarm-receiving-centre escalation and patrol at a hotel; requests an incident report.",
                why="Customer's own Microsoft 365 tenant, sent in business hours by the operations director to the account manager, concrete timeline; no links or attachments.",
                hn=[("es-sharepoint-compartido-cliente-comprometido", "Same customer contact and tenant; the compromised-account SharePoint share arrives at 03:12 to the accountant with a 'payment' PDF."),
                    ("es-docusign-licitacion-ses", "Same customer name used for a DocuSign lure.")])


def b29():
    text = """Estimados clientes:

Adjuntamos la factura FV26-01873 correspondiente a su pedido PED-ES-2026-0388 (detectores de doble tecnología, sirenas exteriores y baterías de 12 V para la revisión anual de instalaciones).

Importe total: 4.721,42 € (IVA incluido)
Vencimiento: 30 días fecha factura, 17/12/2026
Forma de pago: transferencia a la cuenta habitual %s (BBVA)

Para cualquier consulta sobre la factura pueden contactar con nuestro departamento de administración en el 96 352 18 40.

Atentamente,

Administración
Suministros de Seguridad Levante S.L.
Av. del Puerto 112, 46023 Valencia
""" % fmt_iban(ids.SUMINISTROS_ES)
    pdf = pdf_att("FV26-01873.pdf", [
        "SUMINISTROS DE SEGURIDAD LEVANTE S.L.   CIF B97412836", "Av. del Puerto 112, 46023 Valencia", "",
        "FACTURA FV26-01873                      Fecha: 17/11/2026", "Cliente: EXAMPLE GROUP IBERIA S.L. - C/ de Albasanz 12, 28037 Madrid", "Pedido: PED-ES-2026-0388", "",
        "Cant.  Descripción                                  Precio    Importe",
        "40     Detector doble tecnología grado 2             38,90   1.556,00",
        "12     Sirena exterior autoalimentada               96,50   1.158,00",
        "60     Batería plomo 12V 7Ah                        19,80   1.188,00",
        "                                         Base imponible    3.902,00",
        "                                         IVA 21%             819,42",
        "                                         TOTAL             4.721,42", "",
        "Transferencia: " + fmt_iban(ids.SUMINISTROS_ES) + " (BBVA)"],
        title="Factura FV26-01873", author="Administración", creator="a3ERP", producer="a3ERP")
    inf = hops.postfix_host("supplier ERP mail", "mail.suministroslevante.es", "mail.suministroslevante.es", "195.53.140.77",
                            "mail.suministroslevante.es", submit_from="erp.suministroslevante.local", submit_ip="192.168.1.20",
                            mailer=("X-Mailer", "a3ERP 14.2"), tls=hops.TLS12,
                            msgid_fn=lambda ctx: "<FV26-01873.%s@suministroslevante.es>" % "".join(ctx.rng.choice("0123456789") for _ in range(10)),
                            desc="supplier's own Postfix server, invoice sent by its a3ERP system")
    return Mail("proveedor-factura-detectores", "es", local(2026, 11, 17, 16, 44, "ES"),
                ("Suministros de Seguridad Levante - Administración", "administracion@suministroslevante.es"), [S("es_acc")],
                "Factura FV26-01873 - Pedido PED-ES-2026-0388", inf,
                Body(plain=text, charset="windows-1252", cte="base64"), atts=[pdf],
                hdr_cs="windows-1252", hdr_enc="Q", hdr_label="windows-1252",
                what="Genuine supplier invoice for alarm detectors, sirens and batteries, sent from the supplier's ERP with a PDF and the usual account.",
                why="Supplier's own mail server, matching order number, 'cuenta habitual', phone number for queries; nothing changes, no urgency.")


def b30():
    text = """Hola Javier,

te escribo desde mi correo personal porque ayer, en la revisión del sistema de alarma del almacén de Getafe, se me cayó el portátil de la empresa desde la escalera y la pantalla está rota. No puedo entrar en Outlook desde el móvil porque el token de la VPN también está en el portátil.

Ya he abierto la incidencia con el servicio técnico de Colonia por teléfono (ticket 20261125-0117) y me van a enviar un equipo de sustitución a la oficina. Los partes de trabajo de hoy los relleno en papel y los escaneo mañana.

Perdona las molestias,
Carlos
"""
    inf = hops.outlook_com(obe_host="mail-db8eur05olkn2109.outbound.protection.outlook.com", ip="40.92.89.109",
                           srv="AS8P189MB1942", pod="EURP189.PROD.OUTLOOK.COM", lang="es-ES")
    inf.desc = "Outlook.com/Hotmail consumer mailbox"
    return Mail("companero-portatil-roto-hotmail", "es", local(2026, 11, 25, 19, 52, "ES"),
                ("Carlos Navarro", "carlosnavarro_tec@hotmail.es"), [S("es_mgr")],
                "Portátil roto - te escribo desde mi correo personal", inf,
                Body(plain=text, html=outlook_html(text, lang="ES"), charset="utf-8", cte="quoted-printable"),
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="utf-8",
                what="Alarm technician reports from his private Hotmail address that his company laptop broke at a customer site; ticket already opened.",
                why="Consumer mailbox, personal tone, concrete incident with a ticket number from the real help desk, asks for nothing.",
                hn=[("es-ceo-fraude-whatsapp", "Both are free-mail messages to the Madrid manager from someone claiming to be a colleague; only the attack asks to move to WhatsApp.")])


def b31():
    text = """Estimado Javier:

Te informo de que el Juzgado de lo Social n.º 14 de Madrid nos ha notificado hoy por LexNET el señalamiento del procedimiento por despido 611/2026 para el 12 de enero de 2027 a las 10:30 h (conciliación y, en su caso, juicio).

En esta fase no hay que consignar ninguna cantidad. Si hubiera una condena y decidiéramos recurrir, la consignación se haría siempre en la Cuenta de Depósitos y Consignaciones del propio Juzgado, nunca en una cuenta del despacho.

Te adjunto la provisión de fondos para la fase de juicio (1.815,00 €, IVA incluido), que podéis abonar como siempre en nuestra cuenta %s. Si tenéis cualquier duda sobre la cuenta, llamad a nuestra administración al 91 431 27 60.

La semana que viene te llamo para preparar la prueba testifical (jefe de equipo y vigilante de turno).

Un cordial saludo,

Isabel Sanz
Abogada - Socia
Sanz & Robles Abogados
Calle de Velázquez 57, 28001 Madrid
""" % fmt_iban(ids.SANZ_GENUINE)
    pdf = pdf_att("Provision_fondos_611-2026.pdf", [
        "SANZ & ROBLES ABOGADOS S.L.P.   CIF B86127745", "Calle de Velázquez 57, 28001 Madrid", "",
        "PROVISIÓN DE FONDOS nº PF-2026-214                Madrid, 19/11/2026", "",
        "Cliente: EXAMPLE GROUP IBERIA S.L.", "Asunto: Procedimiento por despido 611/2026 - JS nº 14 Madrid", "",
        "Honorarios fase de juicio (a cuenta)              1.500,00",
        "IVA 21%                                              315,00",
        "TOTAL                                              1.815,00 EUR", "",
        "Cuenta: " + fmt_iban(ids.SANZ_GENUINE) + " (CaixaBank)"],
        title="Provisión de fondos", author="Sanz & Robles", creator="Microsoft® Word para Microsoft 365", producer="Microsoft® Word para Microsoft 365")
    inf = hops.gmail(n=173, ip_last=173, helo_prefix="mail-pj1-f", net="209.85.216", workspace=True)
    inf.desc = "Google Workspace mailbox of sanzrobles.es"
    return Mail("abogada-senalamiento-provision-fondos", "es", local(2026, 11, 19, 17, 25, "ES"),
                ("Isabel Sanz", "isanz@sanzrobles.es"), [S("es_mgr")],
                "Procedimiento 611/2026 - señalamiento y provisión de fondos", inf,
                Body(plain=text, html=gmail_html(text), charset="UTF-8", cte="quoted-printable"),
                cc=[S("es_acc")], atts=[pdf], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Company's real labour lawyer reports the hearing date and sends a routine fee advance (provisión de fondos) to the firm's usual account.",
                why="Firm's real domain on Google Workspace, notification via LexNET, modest fee to the usual account with a phone number to verify, and she states that court deposits never go to the firm's account.",
                hn=[("es-abogado-falso-consignacion", "Same lawyer and case; genuine fee request vs. fake urgent 'consignación' to a new account from a look-alike domain.")])


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
