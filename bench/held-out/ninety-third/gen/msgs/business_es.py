"""Genuine business messages, Spanish (27-31)."""
import tpl
from company import BANK, S, TAX
from compose import att_pdf

MESSAGES = [
    dict(
        n=27, lang="es", slug="queja-hospital-temperatura-dietas",
        prof=("m365", dict(edge=4, region="eurprd08", prefix="DB9PR08MB", lang="es-ES")),
        frm=("María José Ferrer", "mjferrer@clinicaturia.es"),
        to=[S("es_mgr")],
        subject="Incidencias servicio de alimentación de pacientes - solicitud de plan de acción",
        when="2026-11-05 13:25:41",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Estimado Javier:

Le escribo para trasladarle formalmente varias incidencias en el servicio de alimentación de pacientes de las últimas dos semanas:

1. Temperatura: en las auditorías en planta de los días 27 y 30 de octubre y 3 de noviembre los segundos platos llegaron a 52-55 ºC, por debajo de los 65 ºC que exige el pliego.
2. Horarios: los carros de la cena de la 4ª y 5ª planta salieron de cocina con más de 20 minutos de retraso en cuatro ocasiones.
3. Dietas: el 2 de noviembre se sirvió dieta basal a un paciente con pauta de dieta triturada; el error se detectó en planta antes de la ingesta.

Le recuerdo que el contrato prevé penalizaciones por incumplimiento de los estándares de calidad (cláusula 18) y que el punto 3 lo consideramos especialmente grave por la seguridad del paciente.

Le ruego que nos remita antes del viernes un plan de acción por escrito y que fijemos una reunión con la Dirección de Enfermería la próxima semana.

Un saludo,

María José Ferrer
Responsable de Hostelería
Hospital Clínica Turia
""",
        what="Hospital customer's formal complaint about meal temperatures, delays and a diet error, with contractual penalties.",
        why="Known customer contact on the hospital's Microsoft 365 tenant; factual, contract-based, asks for an action plan and a meeting; no link, attachment or payment request.",
    ),
    dict(
        n=28, lang="es", slug="dalevante-cambio-cuenta-real",
        prof=("outlook_smtp", dict(mta_helo="mx-out02.levantehosting.es", mta_rdns="mx-out02.levantehosting.es",
                                   mta_ip="217.116.0.87", provider_host="mx-out02.levantehosting.es",
                                   pc="COMERCIAL-VO", client_rdns="static-84-120-31-44.ipcom.comunitel.net",
                                   client_ip="84.120.31.44", lang="es")),
        frm=("Vicente Ortega", "v.ortega@dalevante.es"),
        to=[S("es_acc")], cc=[("Administración DAL", "administracion@dalevante.es")],
        subject="Cambio de cuenta bancaria a partir del 1 de enero de 2027",
        when="2026-12-02 11:10:26",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Buenos días, Lucía:

Como te comenté por teléfono el lunes, a partir del 1 de enero de 2027 cambiamos la cuenta de cobro de nuestras facturas de Banco Sabadell a CaixaBank. Te adjunto la carta firmada por nuestro gerente, Juan Carlos Navarro, con los datos de la nueva cuenta; también os la hemos enviado por correo postal.

Hasta el 31 de diciembre seguid pagando como siempre en la cuenta de Sabadell; las facturas de diciembre todavía llevan la cuenta antigua. A partir de enero, la cuenta nueva aparecerá impresa en todas nuestras facturas.

Como siempre con estos cambios, confirmadlo antes por teléfono con Amparo, de nuestra administración, en el número de siempre. Nunca os vamos a pedir por correo un cambio urgente ni un pago anticipado.

Un saludo,

Vicente Ortega
Delegado Comercial
Distribuciones Alimentarias Levante S.L.
""",
        atts=[att_pdf("Comunicacion_cambio_cuenta_DAL_2027.pdf", [
            "# Distribuciones Alimentarias Levante S.L. - CIF " + TAX["es_dalevante"],
            "Poligono Industrial Fuente del Jarro, Paterna (Valencia)          Paterna, 30 de noviembre de 2026",
            "",
            "Muy Sres. nuestros:",
            "Les comunicamos que a partir del 1 de enero de 2027 la cuenta para el pago de nuestras facturas sera:",
            "CaixaBank, S.A. - IBAN " + BANK["dalevante_new"] + " - BIC CAIXESBBXXX",
            "Hasta el 31 de diciembre de 2026 sigue vigente la cuenta actual:",
            "Banco Sabadell - IBAN " + BANK["dalevante_old"],
            "Rogamos confirmen este cambio telefonicamente con nuestro departamento de administracion.",
            "",
            "Fdo.: Juan Carlos Navarro, Gerente",
        ], producer="Microsoft\xae Word 2019", author="Administracion DAL", when="D:20261130124402+01'00'")],
        what="Supplier's genuine bank-account change: announced by phone, signed letter by post and mail, effective only from January.",
        why="Known sales contact on the real .es domain via the company's usual hoster, administration in Cc; Spanish bank to Spanish bank with valid CCC check digits; old account valid until year end; asks for phone confirmation.",
        pair=([29], "Same supplier and topic; genuine change is pre-announced by phone, Spanish bank, long lead time; the attack uses dalevante.com and a neobank with immediate effect."),
    ),
    dict(
        n=29, lang="es", slug="aeat-aviso-notificacion-real",
        prof=("esp", dict(helo="correo.aeat.es", rdns="correo.aeat.es", ip="195.235.92.18",
                          hop="notificaciones-app2.aeat.es ([10.32.8.41])", msgid_host="correo.aeat.es",
                          zone="Europe/Berlin")),
        frm=("Agencia Tributaria", "avisos@correo.aeat.es"),
        to=[S("es_acc")],
        subject="Aviso de puesta a disposición de notificación",
        when="2026-11-17 07:30:04",
        cs="iso-8859-15", cte="8bit",
        text="""Aviso de puesta a disposición de notificación

Le informamos de que se ha puesto a su disposición una nueva notificación de la Agencia Tributaria para:

NIF: %s
Titular: EXAMPLE GROUP IBERIA SL

Puede acceder a su contenido en la Sede electrónica de la Agencia Tributaria (https://sede.agenciatributaria.gob.es), apartado "Mis notificaciones", o en la Dirección Electrónica Habilitada única (https://dehu.redsara.es), identificándose con su certificado electrónico.

Este aviso tiene carácter meramente informativo y no tiene la consideración de notificación. Su falta de recepción no impide que la notificación sea considerada plenamente válida.

Por favor, no responda a este mensaje.

Agencia Tributaria
""" % TAX["es_example"],
        what="Genuine AEAT courtesy notice that an electronic notification is available.",
        why="Plain-text aviso that only names the official portals (sede.agenciatributaria.gob.es, dehu.redsara.es) to be visited directly; no personalised link, no form, no threat beyond the legal wording.",
        pair=([27], "Same AEAT 'pending notification' topic; genuine notice has no login link, the attack links to a look-alike sede."),
    ),
    dict(
        n=30, lang="es", slug="facturalia-novedades-verifactu",
        prof=("sendgrid", dict(ptr="o1.ptr2731.facturalia.es", ip="149.72.143.57")),
        frm=("Facturalia Software", "novedades@facturalia.es"),
        to=[S("es_mgr")],
        subject="Novedades Facturalia: calendario VERI*FACTU y versión 8.4",
        when="2026-11-25 09:00:00",
        cs="utf-8", cte="quoted-printable",
        hdrs=["List-Unsubscribe: <https://facturalia.es/baja?u=e8b14c0d2a>, <mailto:baja@facturalia.es?subject=baja>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk"],
        html=tpl.newsletter_html("Novedades Facturalia – noviembre 2026", [
            ("VERI*FACTU: calendario definitivo",
             "Las sociedades del Impuesto sobre Sociedades deberán usar un sistema adaptado desde el 1 de enero de 2027 y el resto de obligados desde el 1 de julio de 2027. Facturalia ya cumple el reglamento: no tiene que hacer nada más que mantener su versión actualizada.",
             ("Más información", "https://facturalia.es/blog/verifactu-calendario-2027")),
            ("Versión 8.4 disponible",
             "La actualización se instala automáticamente en los próximos días e incluye mejoras en el envío de registros a la AEAT y en las remesas SEPA.",
             ("Notas de la versión", "https://facturalia.es/ayuda/version-8-4")),
            ("Seguridad",
             "Recuerde: Facturalia nunca le pedirá por correo sus contraseñas, certificados ni pagos para 'activar' VERI*FACTU.",
             ("Centro de ayuda", "https://facturalia.es/ayuda/seguridad")),
        ], "https://facturalia.es/baja?u=e8b14c0d2a", "utf-8", color="#8c1c13", lang="es",
            unsub_label="Darse de baja", footer="Facturalia Software S.L. · Valencia"),
        text="""Novedades Facturalia – noviembre 2026

VERI*FACTU: calendario definitivo
Las sociedades del Impuesto sobre Sociedades deberán usar un sistema adaptado desde el 1 de enero de 2027 y el resto de obligados desde el 1 de julio de 2027. Facturalia ya cumple el reglamento: no tiene que hacer nada más que mantener su versión actualizada.
https://facturalia.es/blog/verifactu-calendario-2027

Versión 8.4 disponible
https://facturalia.es/ayuda/version-8-4

Seguridad: Facturalia nunca le pedirá por correo sus contraseñas, certificados ni pagos para "activar" VERI*FACTU.

Darse de baja: https://facturalia.es/baja?u=e8b14c0d2a
""",
        what="Subscribed newsletter of the billing-software vendor about VERI*FACTU, sent via SendGrid.",
        why="Vendor the office actually uses, its own sending domain on SendGrid with one-click unsubscribe; informative, no attachment, all links on facturalia.es.",
        pair=([30], "VERI*FACTU topic via SendGrid in both; the genuine vendor says no action is needed, the attack demands 'activation' through an SVG."),
    ),
    dict(
        n=31, lang="es", slug="baja-medica-correo-personal",
        prof=("gmail", dict(host=5)),
        frm=("Lucía Fernández", "luciafdez.vlc@gmail.com"),
        to=[S("es_mgr")],
        subject="Baja médica esta semana",
        when="2026-12-09 07:48:33",
        cs="utf-8", cte="quoted-printable", html=True,
        text="""Hola Javier,

te escribo desde mi correo personal porque desde casa no puedo entrar en el portátil (no tengo la VPN configurada en el ordenador de casa).

Esta mañana he ido al médico de cabecera y me ha dado la baja por una gastroenteritis, en principio hasta el viernes. El parte ya lo tiene la empresa directamente a través del INSS, así que no tengo que mandaros copia.

Lo urgente de esta semana:
- la remesa de proveedores del día 10 está preparada en el banco, solo falta tu firma;
- el modelo 303 de noviembre no vence hasta el 30 de diciembre, así que no corre prisa.

Si necesitas algo, estoy en el móvil aunque un poco a ratos.

Un abrazo,
Lucía
""",
        what="Accountant reports sick leave from her private Gmail.",
        why="Known private address of the employee; states facts about the statutory sick-leave process (INSS sends the parte directly); the only payment item is an already prepared batch needing the manager's normal signature.",
    ),
]
