"""Genuine business messages, Spanish (5)."""

from codes import iban_print
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_pdf, plain_of, html_of
from mime import Text, Multi, h
from systems import Gmail, Internal, ExchangeOnline, Brevo, uuid


def _fold_ics(ics):
    out = []
    for line in ics.split("\n"):
        while len(line) > 74:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
    return "\r\n".join(out)


def b27():
    text = """Buenos días, Lucía:

Te adjunto la factura F-2026/0911 del transporte del 20 de octubre (equipos de topografía y material de obra de Madrid a Valencia, obra Residencial Marina Norte).

El pago, como siempre, por transferencia a 30 días a nuestra cuenta del Banco Sabadell que figura en la factura.

Cualquier cosa me dices.

Un saludo,
Marta Gil
Administración
Transportes Hermanos Gil S.L.
Pol. Ind. Los Olivos, C/ Calidad 14 – 28906 Getafe (Madrid)
Tel. 91 684 22 17"""
    pdf = att_pdf("Factura_F-2026-0911.pdf", [
        ("h", "TRANSPORTES HERMANOS GIL S.L."), ("s", "CIF " + VAT["gil"] + " | Pol. Ind. Los Olivos, C/ Calidad 14 | 28906 Getafe (Madrid)"), "",
        ("b", "FACTURA  F-2026/0911                     Fecha: 29/10/2026"), "",
        "Cliente: Example Ingeniería y Arquitectura S.L. - CIF " + VAT["example_es"],
        "Calle de Orense 34, 28020 Madrid", "",
        "Concepto                                                     Importe",
        "Transporte Madrid - Valencia, obra Residencial Marina Norte (20/10)   1.260,00 EUR",
        "Carga y descarga con plataforma                                       140,00 EUR",
        "Base imponible                                                     1.400,00 EUR",
        "IVA 21 %                                                             294,00 EUR",
        ("b", "TOTAL FACTURA                                                      1.694,00 EUR"), "",
        "Forma de pago: transferencia a 30 días",
        "Banco Sabadell - IBAN " + iban_print(BANK["gil"]) + " - BIC BSABESBBXXX",
    ], title="Factura F-2026/0911", producer="a3ERP", created="20261029104122+01'00'")
    return Msg("transportes-gil-factura-octubre", "2026-10-30 10:52:09", Gmail(),
               ("Administración Transportes Gil", "administracion@transportesgil.es"), [S("fernandez")],
               "Factura F-2026/0911 – transporte 20/10 Madrid-Valencia",
               mixed(alt(text, "UTF-8", "quoted-printable", hstyle="gmail", lang="es"), pdf),
               what="The carrier's administration sends its invoice for a transport (Google Workspace mailbox), payment to the usual Sabadell account.",
               why="Genuine: real domain transportesgil.es on Google Workspace, matching transport, Spanish IBAN with valid national check digits in the company's name, no change of bank details.",
               pair=[29])


def b28():
    text = """Hola a todos:

Como cada año, en enero haremos las conversaciones individuales de revisión salarial. Os explico cómo va a funcionar:

- Entre el 11 y el 22 de enero cada uno tendrá una reunión de 30 minutos conmigo y con Lucía. Recibiréis la convocatoria en Outlook antes de Navidad.
- En esa reunión os entregaremos la carta de revisión salarial en papel, firmada por Monika Brückner (RR. HH. central, Múnich). No habrá cartas por correo electrónico ni documentos para descargar.
- Los cambios se aplicarán a partir de la nómina de febrero, con efecto retroactivo al 1 de enero.

Nadie de RR. HH. ni de la dirección os pedirá iniciar sesión en ningún enlace para ver vuestra carta. Si os llega algo así, reenviadlo a it-servicedesk@example.com y borradlo.

Un saludo,
Álvaro

Álvaro Núñez
Director de oficina Madrid
Example Ingeniería y Arquitectura S.L. | Calle de Orense 34 | 28020 Madrid"""
    return Msg("rrhh-revision-salarial-proceso", "2026-12-02 13:05:41", Internal(mbx="EXMBX01"),
               S("nunez"), [("Oficina Madrid", "madrid@example.com")],
               "Revisión salarial 2027: calendario y cómo se entregan las cartas",
               alt(text, "iso-8859-1", "quoted-printable", lang="es"),
               cc=[S("fernandez"), S("brueckner")], hcs="iso-8859-1", hmode="Q", rcpt="madrid@example.com",
               what="The Madrid office manager explains the 2027 salary-review process to his team.",
               why="Genuine internal message via Exchange/mail-int01: letters handed over in person, no links or attachments, explicitly warns against salary-letter login links. "
                   "Hard negative of the HR-themed HTML phishing.",
               pair=[28])


def b29():
    text = """Estimado Álvaro:

Me veo en la obligación de trasladarte nuestro malestar por la dirección facultativa de la obra Residencial Marina Norte (Valencia).

El informe semanal de seguimiento no nos llega desde hace tres semanas y el jueves, en la visita a obra, nuestro jefe de obra detectó fisuras en el forjado de la planta 2 sin que conste ninguna instrucción vuestra en el Libro de Órdenes. Entenderás que, con la entrega de llaves prevista para marzo, no podemos permitirnos este tipo de incidencias sin respuesta.

Necesitamos antes del viernes:
1. los tres informes semanales pendientes,
2. una valoración técnica por escrito de las fisuras y, en su caso, la propuesta de reparación,
3. confirmación de quién estará en obra las próximas semanas.

Mientras no recibamos esta documentación, dejaremos en suspenso la aprobación de la certificación de honorarios n.º 7 (18.400 € + IVA).

Un saludo,

Javier Ruiz
Director Técnico
Promociones Levante S.A.
Av. de Aragón 30, 46021 Valencia
Tel. 963 394 120"""
    return Msg("promociones-levante-reclamacion-obra", "2026-11-09 18:14:33",
               ExchangeOnline(domain="promocioneslevante.es", pod="AM9PR04MB8123", region="eurprd04", lang="es-ES"),
               ("Javier Ruiz", "jruiz@promocioneslevante.es"), [S("nunez")],
               "Residencial Marina Norte – informes de seguimiento y fisuras forjado P2",
               alt(text, "windows-1252", "quoted-printable", lang="es"),
               hcs="windows-1252", hmode="Q",
               what="Customer complains about missing site-supervision reports and cracks in a slab and puts the next fee certificate on hold.",
               why="Genuine complaint from the customer's own Microsoft 365 tenant, concrete technical content, legitimate leverage (withholding approval of a fee certificate), no link or bank data.")


def b30():
    unsub = "https://r.obratecnica.es/mk/un/v2/%s" % h("b30un", 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    trk = "https://r.obratecnica.es/mk/cl/f/"
    text = """Obra Técnica – Boletín n.º 212 · noviembre 2026

Código Técnico: el Ministerio abre consulta pública sobre la revisión del DB-HE 2027
Nuevos valores límite de consumo de energía primaria no renovable y cambios en la verificación de puentes térmicos. Resumen para proyectistas.
[[Leer más|%sa71Cc]]

Estructuras de madera en altura: lecciones de tres edificios de 8 plantas en España
Forjados CLT, uniones y comportamiento al fuego. Entrevista con los ingenieros de estructuras.
[[Leer más|%sb82Dd]]

Licitaciones: 14 concursos de servicios de arquitectura e ingeniería abiertos esta semana
[[Ver listado|%sc93Ee]]

Agenda: Jornada BIM y contratación pública – Madrid, 26 de noviembre (presencial y online)

Recibes este boletín porque te suscribiste en obratecnica.es con la dirección lucia.fernandez@example.com.
[[Darse de baja|%s]]

Obra Técnica Ediciones S.L. · C/ Princesa 31, 28008 Madrid""" % (trk, trk, trk, unsub)
    return Msg("boletin-obra-tecnica", "2026-11-19 07:30:02", Brevo(unsub=unsub, bounce_domain="bounces.obratecnica.es"),
               ("Obra Técnica", "boletin@obratecnica.es"), [S("fernandez")],
               "Obra Técnica n.º 212: revisión del DB-HE, madera en altura y licitaciones",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", lang="es"),
               hcs="UTF-8", hmode="Q",
               what="Subscribed trade newsletter (technical building code, timber structures, tenders) sent via Brevo.",
               why="Genuine bulk mail: Brevo infrastructure with List-Unsubscribe and One-Click header, tracked links on the publisher's own tracking subdomain, editorial content, no request for action.")


def b31():
    meet = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (
        h("b31m", 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), uuid("promocioneslevante.estenant"), uuid("b31oid"))
    mid = h("b31id", 12, "0123456789")
    text = """Buenas tardes:

Os convoco a la reunión de seguimiento mensual de Residencial Marina Norte. Revisaremos el plan de trabajos, las fisuras del forjado P2 y la certificación n.º 7.

Javier

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse: %s
Id. de reunión: %s %s %s %s
Código de acceso: %s
________________________________________________________________________________""" % (meet, mid[:3], mid[3:6], mid[6:9], mid[9:], h("b31pc", 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"))
    uid = "040000008200E00074C5B7101A82E00800000000%s" % h("b31uid", 40).upper()
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Javier Ruiz:mailto:jruiz@promocioneslevante.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Núñez:
 mailto:alvaro.nunez@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fernández:
 mailto:lucia.fernandez@example.com
DESCRIPTION;LANGUAGE=es-ES:Reunión de seguimiento mensual de Residencial Marina
  Norte. Unirse: %s
UID:%s
SUMMARY;LANGUAGE=es-ES:Reunión de seguimiento – Residencial Marina Norte (Teams)
DTSTART;TZID=Romance Standard Time:20261117T100000
DTEND;TZID=Romance Standard Time:20261117T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T152211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (meet[:60], uid, meet)
    body = Multi("alternative", [
        Text(plain_of(text, "bare"), "utf-8", "base64", "plain"),
        Text(html_of(text, "outlook", "utf-8", "es"), "utf-8", "base64", "html"),
        Text(_fold_ics(ics), "utf-8", "base64", "calendar", params="method=REQUEST"),
    ])
    return Msg("invitacion-teams-levante", "2026-11-12 16:22:15",
               ExchangeOnline(domain="promocioneslevante.es", pod="AM9PR04MB8123", region="eurprd04", lang="es-ES"),
               ("Javier Ruiz", "jruiz@promocioneslevante.es"), [S("nunez")],
               "Reunión de seguimiento – Residencial Marina Norte (Teams)",
               body, cc=[S("fernandez")], hcs="utf-8", hmode="B",
               what="Microsoft Teams meeting invitation from the customer (text/calendar REQUEST with a Teams join link).",
               why="Genuine invite from the customer's real Microsoft 365 tenant, standard Outlook/Exchange iCalendar, join link on teams.microsoft.com with the customer's tenant id, "
                   "no codes to type elsewhere. Hard negative of the device-code 'Teams access code' and the Teams help-desk pretext.",
               pair=[13, 26])


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
