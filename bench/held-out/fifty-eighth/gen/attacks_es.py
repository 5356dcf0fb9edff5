# -*- coding: utf-8 -*-
"""Attack messages 27-31 (Spanish)."""
from common import *  # noqa: F401,F403

EXG_ES_NIF = bk.es_nif_letter("W", "0072168")


def a27():
    url = "https://sede-aeat-notificaciones.dehu-acceso.workers.dev/?ref=2026NOT0119982733"
    text = """\
Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa a:

Procedimiento: Requerimiento de información - Modelo 303 (3T 2026)
Titular: EXAMPLE SHIPPING & PORT SERVICES GMBH, SUCURSAL EN ESPAÑA
NIF: %s
Referencia: 2026NOT0119982733

Dispone de un plazo de diez días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

[[btn:Acceder a la notificación|%s]]

Para acceder necesitará su certificado electrónico o Cl@ve PIN.

Agencia Tributaria
Departamento de Gestión Tributaria""" % (EXG_ES_NIF, url)
    return Mail("es", "aeat-dehu-notificacion-phishing", "postfix", (2026, 11, 3, 9, 10, 27),
                ("Agencia Tributaria - Notificaciones", "reservas@hostalelmirador.es"), [S("es_acc")],
                "Notificación electrónica pendiente - Ref. 2026NOT0119982733",
                B.alt(text, "brand", "windows-1252", brand="Agencia Tributaria", color="#8b1c23", lang="es",
                      footer="Agencia Estatal de Administración Tributaria\nSede electrónica: sede.agenciatributaria.gob.es"),
                hcs=("windows-1252", "Q"),
                p=dict(mta=("smtp.serviciodecorreo.es", "82.223.190.84"), ua="roundcube",
                       auth="reservas@hostalelmirador.es"),
                what="Tax-office (Agencia Tributaria / DEHú) notification phishing",
                why="Sent from a hostal's compromised Arsys mailbox; link to a Cloudflare workers.dev page, not "
                    "sede.agenciatributaria.gob.es / dehu.redsara.es; harvests certificate/Cl@ve credentials under "
                    "a legal-deadline threat (visible text shows the real sede domain to build trust).")


def a28():
    addr = bk.btc_bech32_from_seed("audit59-es-extortion")
    text = """\
Hola.

Como habrás notado, te he enviado este correo desde tu propia cuenta. Eso significa que tengo acceso total a tu dispositivo.

Hace unos meses infecté tu ordenador con un troyano a través de una web para adultos que visitaste. Desde entonces tengo acceso a tu correo, a tus contactos y a la cámara. Tengo grabaciones tuyas mientras veías esos vídeos, en pantalla dividida con lo que estabas viendo.

Si no quieres que envíe ese vídeo a todos tus contactos, incluidos tus compañeros de Example Group y tus clientes, transfiere 1.450 USD en Bitcoin a esta dirección:

%s

Si no sabes cómo comprar Bitcoin, búscalo en Google, es muy fácil.

Tienes 48 horas desde que abras este correo. Tengo un píxel de seguimiento, sabré cuándo lo has leído. Si pagas, borraré todo y desapareceré. No respondas a este correo y no se lo cuentes a nadie: si detecto que has avisado a alguien, publicaré el vídeo inmediatamente.""" % addr
    me = S("es_mgr")
    return Mail("es", "sextorsion-bitcoin", "direct", (2026, 11, 26, 3, 14, 52), me, [me],
                "Tengo acceso a tu cuenta javier.ortega@example.com", B.plain(text, "iso-8859-1", "8bit"),
                hcs=("iso-8859-1", "Q"), region="br",
                p=dict(helo="mail.contabilidaderibeiro.com.br", rdns="177-54-148-23.netvale.com.br",
                       ip="177.54.148.23", tls=None, msgid="<8b1d0e7a6c5f4b3a@example.com>"),
                what="Sextortion / extortion with a Bitcoin ransom demand",
                why="From and envelope sender spoofed to the victim's own address, injected from a Brazilian "
                    "broadband host without TLS; bluffing claims of webcam recordings; BTC payment (valid bech32 "
                    "address) under a 48-hour deadline.")


def a29():
    ib = bk.iban_es("1465", "0100", "2917048536")
    text = """\
Hola Javier,

te escribo desde mi correo personal porque estoy en el médico con mi madre y no tengo el portátil. Una cosa rápida: he cambiado de banco y la cuenta antigua la cierran a final de mes. ¿Le puedes pasar a la gestoría la nueva cuenta para que la nómina de noviembre ya vaya allí?

Titular: Lucía Fernández Soler
IBAN: %s
Banco: ING

Si la gestoría necesita algo firmado, dímelo y te lo mando por aquí. Mañana ya estoy en la oficina.

¡Gracias!
Lucía

Enviado desde mi iPhone""" % bk.fmt_iban(ib)
    return Mail("es", "nomina-cambio-cuenta-gmail", "gmail", (2026, 11, 18, 8, 37, 19),
                ("Lucía Fernández", "lucia.fernandez.vlc@gmail.com"), [S("es_mgr")],
                "Cambio de cuenta nómina", B.alt(text, "gmail", "utf-8", "quoted-printable"),
                hcs=("utf-8", "B"),
                what="Payroll diversion: 'employee' on Gmail asks her manager to pass a new salary IBAN to the "
                     "payroll agency",
                why="Private Gmail address never used before, employee supposedly unavailable, bypasses the formal "
                    "process (bank-change form with bank certificate, in person - see B29), urgency before the "
                    "payroll run.",
                hn=["B29"])


def a30():
    page = A.phish_html("Microsoft 365 - Buzón de voz", "Microsoft", "Escuchar mensaje de voz",
                        "Mensaje de voz (00:42) para lucia.fernandez@example.com. Para reproducir la grabación "
                        "verifique su identidad.",
                        "https://www.construccionesherrero.es/wp-admin/css/colors/vm/next.php",
                        email="lucia.fernandez@example.com", fields=("Contraseña",), button="Iniciar sesión",
                        lang="es", footer="Términos de uso  Privacidad y cookies")
    text = """\
Nuevo mensaje de voz

Llamada de: +34 96 *** ** 17
Para: Lucía Fernández
Duración: 00:42
Recibido: 13/11/2026 12:46

Se ha adjuntado la grabación a este mensaje. Para escucharla, abra el archivo adjunto e inicie sesión con su cuenta de Microsoft 365 para verificar la identidad del destinatario.

Microsoft Teams Phone · Buzón de voz"""
    return Mail("es", "buzon-voz-html-adjunto", "exim", (2026, 11, 13, 12, 48, 6),
                ("Buzón de voz", "buzon-voz@construccionesherrero.es"), [S("es_acc")],
                "Nuevo mensaje de voz de +34 96 *** ** 17 (00:42)",
                B.mixed(B.alt(text, "simple", "iso-8859-15", "quoted-printable"),
                        html_part("Mensaje_de_voz_00m42s_13-11-2026.html", page)),
                hcs=("utf-8", "B"),
                p=dict(mta=("server.construccionesherrero.es", "185.166.214.52"), phpmailer=True,
                       sysuser="cherrero"),
                what="Fake voicemail notification with an HTML 'recording' that is a Microsoft 365 login form",
                why="Voicemail at the company comes from the internal 3CX system via mail-int01 with a WAV (B31); "
                    "this comes via PHPMailer from a builder's compromised web server; the HTML attachment posts "
                    "the password to a PHP script on that site.",
                hn=["B31"])


def a31():
    url = "https://valenciaportpcs-soporte.com/acceso/renovar?u=javier.ortega%40example.com"
    text = """\
Estimado usuario:

Le recordamos que, de acuerdo con la nueva política de seguridad de la Autoridad Portuaria de Valencia, a partir del 1 de diciembre de 2026 el acceso a ValenciaportPCS requerirá la renovación del certificado de usuario y la activación del doble factor.

Su usuario (javier.ortega@example.com - Consignatario: EXAMPLE SHIPPING & PORT SERVICES GMBH SUC. EN ESPAÑA) aún no ha completado la actualización. Si no la realiza antes del 30/11, no podrá presentar escalas, declaraciones sumarias ni listas de carga/descarga hasta su reactivación por el Servicio de Atención al Cliente.

[[btn:Actualizar mi acceso|%s]]

Atentamente,
Servicio de Atención al Cliente ValenciaportPCS""" % url
    return Mail("es", "valenciaport-pcs-phishing", "postfix", (2026, 11, 23, 8, 4, 48),
                ("ValenciaportPCS - Soporte", "soporte@valenciaportpcs-soporte.com"), [S("es_mgr")],
                "ValenciaportPCS: actualización obligatoria de su acceso antes del 30/11",
                B.alt(text, "brand", "iso-8859-1", brand="ValenciaportPCS", color="#00558c", lang="es",
                      footer="Fundación Valenciaport - Avda. del Muelle del Turia s/n - 46024 Valencia"),
                hcs=("iso-8859-1", "Q"),
                p=dict(mta=("mail.valenciaportpcs-soporte.com", "164.90.201.18"), rdns="unknown", ua="roundcube"),
                what="Trade-specific portal phishing: port community system (ValenciaportPCS) access renewal",
                why="Look-alike domain on a DigitalOcean droplet without reverse DNS; credential harvest for the "
                    "port community system that ship agents use for vessel calls and cargo manifests; cut-off "
                    "threat.")


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
