# -*- coding: utf-8 -*-
"""Genuine business messages 27-31 (Spanish)."""
from common import *  # noqa: F401,F403
from company import LEVANTE_CIF, LEVANTE_IBAN
from infra import Rnd


def b27():
    lines = [("TRANSPORTES LEVANTE S.L.", 15, True), "CIF " + LEVANTE_CIF + " - Pol. Ind. Fuente del Jarro, "
             "C/ Ciudad de Sevilla 14, 46988 Paterna (Valencia)", "",
             "Cliente: EXAMPLE SHIPPING & PORT SERVICES GMBH, SUCURSAL EN ESPAÑA",
             "Av. del Puerto 289, 46024 Valencia", "", ("FACTURA FV26-01877", 12, True),
             "Fecha: 31/10/2026   Vencimiento: 02/12/2026", "",
             ("Concepto                                                  Uds.    Precio     Importe", 9, True),
             ("Transporte contenedor 40' terminal - Ribarroja (oct.)        19    265,00    5.035,00", 9, False),
             ("Transporte contenedor 20' terminal - Quart de Poblet (oct.)  11    215,00    2.365,00", 9, False),
             ("Recargo combustible (9,6 %)                                    1    710,29      710,29", 9, False), "",
             "Base imponible: 8.110,29 EUR   IVA 21 %: 1.703,16 EUR", ("Total factura: 9.813,45 EUR", 11, True), "",
             "Forma de pago: transferencia - CaixaBank " + bk.fmt_iban(LEVANTE_IBAN)]
    text = """\
Buenos días, Lucía:

Adjuntamos la factura FV26-01877 correspondiente a los servicios de transporte de contenedores del mes de octubre (terminales del puerto de Valencia - plataformas de Ribarroja y Quart de Poblet).

Importe total: 9.813,45 € (base 8.110,29 € + IVA 21 %% 1.703,16 €)
Vencimiento: 02/12/2026
Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank (IBAN %s)

Un saludo,

Rocío Martín
Administración / Facturación
Transportes Levante S.L. - CIF %s""" % (bk.fmt_iban(LEVANTE_IBAN), LEVANTE_CIF)
    return Mail("es", "transportes-levante-factura", "postfix", (2026, 11, 2, 12, 30, 18),
                ("Transportes Levante - Facturación", "facturacion@transporteslevante.es"), [S("es_acc")],
                "Factura FV26-01877 - Transportes Levante S.L.",
                B.mixed(B.plain(text, "windows-1252", "quoted-printable"),
                        pdf_part("FV26-01877.pdf", lines, title="Factura FV26-01877", author="Transportes Levante",
                                 producer="a3ERP PDF", creator="a3ERP", date="20261102122900+01'00'")),
                hcs=("windows-1252", "Q"),
                p=dict(mta=("smtp.serviciodecorreo.es", "82.223.190.84"), client_ip=("static-213-0-51-9.ipcom.es",
                                                                                     "213.0.51.9"),
                       lan="192.168.1.34", ua="outlook", content_lang="es"),
                what="Road carrier's monthly invoice with PDF",
                why="Known carrier's domain on its Arsys hosting from its office line; usual CaixaBank account "
                    "(valid DC digits); amounts consistent with the PDF.")


def b28():
    c1, c2 = bk.container("MSKU", "771204"), bk.container("MSKU", "903385")
    text = """\
Buenas tardes, Javier:

Te escribo muy molesta por lo ocurrido con la última expedición de caquis a Southampton (contenedores reefer %s y %s).

El martes, en la inspección fitosanitaria de exportación, retuvieron los dos contenedores porque el número de precinto del certificado fitosanitario no coincidía con el declarado en el DUA de exportación. Según nos dicen en la terminal, el error estaba en la declaración que preparó vuestro departamento de aduanas. Hasta que se corrigió ayer a mediodía, los contenedores perdieron el buque previsto y salen ahora con cinco días de retraso.

Nuestro cliente en Reino Unido ya nos ha comunicado una penalización del 8 %% y está valorando si acepta la mercancía a su llegada. Necesito que me expliquéis por escrito qué ha pasado y qué medidas vais a tomar, y que me confirméis si asumís los costes de almacenaje y conexión reefer en la terminal (os enviaré las facturas en cuanto las tenga).

Espero tu respuesta antes del lunes.

Un saludo,

Marta Sanz
Directora de Exportación
Frutas Huerta del Turia S.A.""" % (c1, c2)
    return Mail("es", "queja-cliente-contenedores-retenidos", "m365", (2026, 10, 15, 17, 52, 9),
                ("Marta Sanz", "marta.sanz@huertadelturia.es"), [S("es_mgr")],
                "Queja - contenedores reefer retenidos en inspección fitosanitaria",
                B.alt(text, "outlook", "iso-8859-1", "quoted-printable"), hcs=("iso-8859-1", "Q"),
                p=dict(content_lang="es-ES", srv="PAXPR06MB7725"),
                what="Customer complaint about reefer containers held at export inspection because of a customs "
                     "declaration error",
                why="Known customer on its own Microsoft 365 tenant; concrete operational facts (container numbers "
                    "with valid ISO 6346 check digits); asks for an explanation, no payment details, no link.")


def b29():
    text = """\
Hola a todos:

Os recuerdo que las nóminas de noviembre se abonarán el jueves 26 y la paga extra de Navidad el 18 de diciembre.

Si alguien necesita cambiar la cuenta bancaria en la que recibe la nómina, el procedimiento sigue siendo el mismo: rellenar el formulario de datos bancarios (intranet, RR. HH. > Formularios), firmarlo y entregármelo en mano junto con el certificado de titularidad de la nueva cuenta emitido por el banco. La gestoría solo tramita cambios que le llegan por esta vía, nunca por correo electrónico ni por WhatsApp.

Para que el cambio entre en la nómina de noviembre, la documentación tiene que estar en mi mesa antes del viernes 20.

Gracias,

Javier Ortega
Director de Oficina - Valencia
Example Group | Av. del Puerto 289, 46024 Valencia"""
    return Mail("es", "aviso-interno-nominas-cambio-cuenta", "exchange", (2026, 11, 10, 12, 15, 40), S("es_mgr"),
                [("Oficina Valencia", "oficina-valencia@example.com")],
                "Nóminas de noviembre y cambios de datos bancarios", B.alt(text, "outlook", "windows-1252"),
                rcpt="lucia.fernandez@example.com", hcs=("windows-1252", "Q"), p=dict(content_lang="es-ES"),
                what="Office manager's internal notice on payroll dates and the formal bank-change procedure",
                why="Internal relay; describes the in-person, signed procedure with bank certificate and states that "
                    "changes by e-mail or WhatsApp are never processed.")


def b30():
    r = Rnd("mc-b30")
    u, lid = r.hexs(25), r.hexs(10)
    trk = "https://cadenalogisticahoy.us14.list-manage.com/track/click?u=%s&id=%%s&e=%s" % (u, r.hexs(10))
    unsub = "https://cadenalogisticahoy.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (
        u, lid, r.hexs(10), r.hexs(10))
    text = """\
Cadena Logística Hoy - Boletín semanal

Valenciaport cierra noviembre con récord de escalas de portacontenedores.
[[Leer más|%s]]

Corredor Mediterráneo: nuevas fechas para el ancho estándar entre Valencia y Castellón.
[[Leer más|%s]]

Aduanas: lo que cambia en 2027 con la nueva fase de ICS2 para el transporte marítimo.
[[Leer más|%s]]

Has recibido este correo porque te suscribiste en cadenalogisticahoy.es.
[[Darse de baja|%s]]""" % (trk % r.hexs(10), trk % r.hexs(10), trk % r.hexs(10), unsub)
    return Mail("es", "boletin-cadena-logistica-mailchimp", "esp", (2026, 12, 7, 7, 15, 2),
                ("Cadena Logística Hoy", "boletin@cadenalogisticahoy.es"), [S("es_mgr")],
                "Récord de escalas en Valenciaport, Corredor Mediterráneo e ICS2",
                B.alt(text, "brand", "utf-8", brand="Cadena Logística Hoy", color="#b22222", lang="es",
                      linkstyle="bracket", footer="Copyright © 2026 Cadena Logística Hoy S.L."),
                hcs=("utf-8", "Q"), region="utc", p=dict(esp="mailchimp", list_name="Cadena Logistica Hoy"),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@mailchimpapp.net?subject=unsubscribe>"
                        % (unsub, u[:12], lid, r.hexs(10))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed Spanish logistics newsletter via Mailchimp",
                why="Mailchimp infrastructure, list headers and one-click unsubscribe; editorial content only.")


def b31():
    text = """\
Hola Lucía Fernández,

Ha recibido un nuevo mensaje de voz en su extensión 2107.

De: Javier Ortega (2104)
Fecha: 13/11/2026 10:01
Duración: 00:00:37

El mensaje de voz está adjunto a este correo en formato WAV. También puede escucharlo marcando 999 desde su teléfono o en el cliente web de 3CX.

3CX Phone System - Example Group Valencia"""
    wav = mb.attachment("audio/wav", A.wav_silence(1), "vmail_2104_20261113-100142.wav",
                        label="WAV, 1 s of silence")
    return Mail("es", "buzon-voz-3cx-interno", "exchange", (2026, 11, 13, 10, 2, 3),
                ("3CX Buzón de voz", "pbx-vlc@example.com"), [S("es_acc")],
                "Nuevo mensaje de voz de Javier Ortega (2104)",
                B.mixed(B.alt(text, "simple", "utf-8", "base64"), wav), hcs=("utf-8", "Q"),
                p=dict(smtp_client=("pbx-vlc.corp.example.com", "10.20.61.10"), mailer="3CX Phone System",
                       content_lang="es-ES"),
                what="Internal 3CX voicemail notification with the recording as WAV",
                why="Generated by the office PBX and delivered through Exchange and mail-int01; the recording is "
                    "an audio file, no login page, no link.")


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
