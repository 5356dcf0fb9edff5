"""Genuine business messages, Spanish (5)."""
import binfmt
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S
from util import rng_for, hexid

SP_BTN = ("display:inline-block;padding:8px 20px;background:#0f6cbd;color:#ffffff;text-decoration:none;"
          "font-family:Segoe UI,Arial,sans-serif;font-size:14px;border-radius:4px")


def M(**kw):
    kw.setdefault("lang", "es")
    return kw


def b27():
    text = """Estimado/a usuario/a:

Le comunicamos que tiene una nueva notificación pendiente de comparecencia en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP ANDAMIOS SL (%s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación - Modelo 303, periodo 3T 2026
Fecha de puesta a disposición: 16/11/2026

Para acceder a su contenido, identifíquese en la DEHú (dehu.redsara.es) o en la Sede electrónica de la Agencia Tributaria con su certificado electrónico o Cl@ve.

Este correo tiene carácter meramente informativo y no constituye notificación. Por favor, no responda a este mensaje.
""" % F.EXAMPLE_ES_CIF
    return M(
        slug="dehu-aviso-notificacion",
        what="Official DEHú notice that a tax communication (Modelo 303, Q3 2026) is available for the Spanish subsidiary.",
        why="Sent from the public administration's mail platform (correo.gob.es); informative only, no link to click and no attachment - the notification must be accessed in DEHú/Sede with certificate or Cl@ve.",
        hn=([27], "Same topic (AEAT notification on Modelo 303 Q3) as the fake 'requerimiento' with ZIP download, but real government sender and no download link."),
        to=S["esacc"], frm=("DEHú - Dirección Electrónica Habilitada única", "avisos.dehu@correo.gob.es"),
        subject="Aviso de puesta a disposición de notificación - EXAMPLE GROUP ANDAMIOS SL", hcs="iso-8859-1", henc="Q",
        when=(11, 16, 7, 12), zone="ES",
        infra=lambda c: I.service_postfix(c, "smtp02.correo.gob.es", "185.73.172.42", order="generic", script_host="dehu-notif03.redsara.es"),
        body=K.plain(text, "iso-8859-1", "quoted-printable"),
    )


def albaranes():
    out = []
    for ref, fecha, ruta, kg in (("TL-2026/0871", "22/09/2026", "Paterna - Madrid (Valdebebas)", "18.420"),
                                 ("TL-2026/0904", "08/10/2026", "Paterna - Madrid (Vallecas)", "16.950")):
        lines = ["# Transportes Levante, S.L.", "Albarán de entrega / CMR  -  " + ref, "---", "",
                 "Fecha de carga: " + fecha, "Ruta: " + ruta, "Mercancía: material de andamio (marcos, plataformas, barandillas)",
                 "Peso bruto: " + kg + " kg", "Cliente: EXAMPLE GROUP ANDAMIOS SL", "",
                 "Recibido conforme (firma y sello del destinatario): escaneado", ""]
        out.append(("Albaran_%s.pdf" % ref.replace("/", "-"), binfmt.pdf(lines, producer="HP Scan", creator="HP Scan", created="D:20261125112800+01'00'")))
    return out


def b28():
    text = """Buenos días, Lucía:

Le adjuntamos el extracto de su cuenta y, en un archivo comprimido, los albaranes firmados de ambos portes. A fecha de hoy constan pendientes de pago las siguientes facturas, ya vencidas:

- TL-2026/0871 de 30/09/2026 - 3.146,50 €
- TL-2026/0904 de 15/10/2026 - 2.278,00 €

Le rogamos que proceda al pago antes del 4 de diciembre. De no recibirlo, nos veremos obligados a suspender los próximos portes programados hasta que se regularice la cuenta.

La cuenta de pago es la habitual: CaixaBank, %s.

Si ya ha realizado el pago, le agradeceríamos que nos enviara el justificante.

Un saludo,

Amparo Vidal
Administración
Transportes Levante, S.L.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 21 - 46988 Paterna (Valencia)
Tel. 961 32 45 18
""" % iban_fmt(F.LEVANTE)
    lines = ["# Transportes Levante, S.L.", "CIF " + F.LEVANTE_CIF + " - Pol. Ind. Fuente del Jarro - 46988 Paterna (Valencia)", "---", "",
             "Extracto de cuenta - Cliente 4417 EXAMPLE GROUP ANDAMIOS SL - Fecha 25/11/2026", "",
             "Factura         Fecha         Vencimiento     Importe",
             "TL-2026/0871    30/09/2026    30/10/2026      3.146,50",
             "TL-2026/0904    15/10/2026    14/11/2026      2.278,00", "---", "Total pendiente                              5.424,50 EUR", "",
             "Forma de pago: transferencia a CaixaBank " + iban_fmt(F.LEVANTE)]
    return M(
        slug="transportes-levante-recordatorio-suspension",
        what="Carrier's accounts department sends a statement and a ZIP with the signed delivery notes: two overdue invoices, transport will be suspended if not paid by 4 December.",
        why="Known carrier on its long-standing hosting (cPanel mail of its own domain, Outlook client), known CaixaBank account ('la habitual'), real invoices and phone number, ZIP contains only two PDF delivery notes; a normal if firm reminder.",
        hn=([28, 27], "Payment demand with a deadline sent to the Spanish office like the fake lawyer's transfer, but to the known domestic account of an existing carrier; carries a ZIP like the fake AEAT mail, but unencrypted and holding only the PDF delivery notes of real shipments."),
        to=S["esacc"], frm=("Transportes Levante - Administración", "administracion@transportes-levante.es"),
        subject="Recordatorio: facturas vencidas TL-2026/0871 y TL-2026/0904", hcs="windows-1252", henc="Q",
        when=(11, 25, 11, 40), zone="ES",
        infra=lambda c: I.exim_cpanel(c, "es-web014.dinahosting-eu.net", "82.98.135.14", client_ip="88.12.217.54", helo="PCADMIN02",
                                      mailer_name="Microsoft Outlook 16.0", tls=I.TLS12),
        body=K.mixed(K.alt(text, "windows-1252", "quoted-printable", "outlook", "es", label="Windows-1252"),
                     K.pdf_att("Extracto_cliente_4417_25112026.pdf", lines, producer="A3ERP", creator="A3ERP Informes", created="D:20261125113510+01'00'"),
                     K.zip_att("Albaranes_firmados_TL-2026-0871_0904.zip", albaranes(), dt=(2026, 11, 25, 11, 31, 44))),
    )


def b29():
    r = rng_for("b29")
    link = "https://hnavarroconstrucciones.sharepoint.com/:f:/s/Obras/Eq7Pz%sBm1Xq0KkTrL4w?e=k2LmQ9" % hexid(r, 18)
    text = """Raúl Navarro ha compartido una carpeta con usted

Carmen, aquí tienes los planos de montaje del andamio para Valdebebas fase 2 (alzados, anclajes y cálculo). Cualquier duda me llamas.

[[!Abrir|%s]]

Planos montaje andamio - Valdebebas F2

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    return M(
        slug="sharepoint-carpeta-planos-navarro",
        what="Genuine SharePoint Online sharing notification: the customer's site manager shares the folder with scaffold erection drawings.",
        why="Generated by SharePoint Online itself (no-reply@sharepointonline.com via Microsoft's infrastructure), Reply-To the real customer contact, link to the customer's SharePoint folder (/:f:/) for an ongoing project.",
        hn=([29], "Same customer, same 'X shared Y with you' template, but sent by SharePoint (not by the user's mailbox) and the link is a folder in the expected tenant."),
        to=S["essales"], frm=("Raúl Navarro (a través de SharePoint Online)", "no-reply@sharepointonline.com"),
        reply_to=("Raúl Navarro", "raul.navarro@hnavarro-construcciones.es"),
        subject="Raúl Navarro ha compartido la carpeta «Planos montaje andamio - Valdebebas F2» con usted", hcs="utf-8", henc="B",
        when=(11, 4, 12, 26), zone="ES",
        infra=lambda c: I.sharepoint_notify(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "es", title="SharePoint", button=SP_BTN),
    )


def b30():
    r = rng_for("b30")
    def trk(slug):
        return "https://r.news.andamiosyelevacion.es/mk/cl/f/%s_%s" % (slug, hexid(r, 24))
    text = """Andamios y Elevación - Boletín semanal nº 412

**Nueva UNE-EN 12810/12811: qué cambia en el montaje de andamios de fachada**
El comité técnico publica el borrador de revisión. Resumimos los cambios en anclajes y cargas de servicio.
[[Leer artículo|%s]]

**Plataformas de trabajo sobre mástil: el mercado de alquiler crece un 9 %% en 2026**
Entrevista con tres alquiladores sobre flotas, formación y seguridad.
[[Leer artículo|%s]]

**Agenda: Jornada técnica de andamios en Madrid, 10 de diciembre**
Inscripción gratuita para profesionales del sector.
[[Más información|%s]]

Recibe este boletín porque está suscrito con la dirección carmen.ortega@example.com.
[[Darse de baja|https://r.news.andamiosyelevacion.es/mk/un/%s]] - [[Gestionar preferencias|https://r.news.andamiosyelevacion.es/mk/pr/%s]]
Ediciones Técnicas Elevación S.L. - C/ Alcalá 265 - 28027 Madrid
""" % (trk("une-en-12810"), trk("mastiles-2026"), trk("jornada-madrid"), hexid(r, 32), hexid(r, 32))
    return M(
        slug="boletin-sector-brevo",
        what="Weekly trade-magazine newsletter about scaffolding and access equipment, sent via Brevo.",
        why="Subscribed newsletter; Brevo campaign infrastructure with List-Unsubscribe/List-Unsubscribe-Post, tracked links on the publisher's tracking subdomain, only editorial content.",
        hn=([18, 40], "Sent through Brevo like the fake SdI and Diadoc notices - the ESP alone is not a signal."),
        to=S["essales"], frm=("Andamios y Elevación", "boletin@andamiosyelevacion.es"),
        subject="Boletín 412: nueva UNE-EN 12810, plataformas sobre mástil, jornada técnica", hcs="utf-8", henc="Q",
        when=(12, 1, 8, 0), zone="ES",
        infra=lambda c: I.brevo(c, campaign=True),
        extra=[("List-Unsubscribe", "<https://r.news.andamiosyelevacion.es/mk/un/v2/%s>, <mailto:unsubscribe@andamiosyelevacion.es?subject=unsubscribe>" % hexid(r, 32)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "es", title="Andamios y Elevación"),
    )


def b31():
    r = rng_for("b31")
    text = """Nuevo inicio de sesión en Windows

carmen.ortega@example.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no has sido tú, te ayudaremos a proteger tu cuenta.

[[Consultar actividad|https://accounts.google.com/AccountChooser?Email=carmen.ortega@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s]]

También puedes consultar la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (1795000000000 + r.randrange(10 ** 9), hexid(r, 20))
    return M(
        slug="google-alerta-seguridad-nuevo-inicio",
        what="Google security alert: new sign-in to the Google account (registered with the work address) from a Windows device.",
        why="Sent by Google (no-reply@accounts.google.com via mail-sor-f*.google.com, Google bounce domain); links only to accounts.google.com / myaccount.google.com; informative, expected after the user signed in on a new laptop.",
        hn=([31], "Security/sign-in alert with a 'check activity' button like the bank phishing, but real Google infrastructure and google.com links."),
        to=S["essales"], frm=("Google", "no-reply@accounts.google.com"),
        subject="Alerta de seguridad", hcs="utf-8", henc="B",
        when=(12, 2, 9, 14), zone="ES",
        infra=lambda c: I.google_notify(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "es", title="Alerta de seguridad",
                   button="display:inline-block;padding:10px 24px;background:#4184f3;color:#fff;text-decoration:none;border-radius:4px"),
    )


def build():
    return [b27(), b28(), b29(), b30(), b31()]
