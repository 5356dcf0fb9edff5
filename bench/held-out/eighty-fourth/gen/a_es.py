"""Spanish attack messages (27-31)."""
from common import *  # noqa: F401,F403


def a27():
    link = "https://sede-agenciatributaria.notificaciones-dehu.com/acceso?ref=NT-2026-3T-88140217"
    txt = D("""
        AGENCIA TRIBUTARIA

        Aviso de puesta a disposición de notificación electrónica

        Titular: EXAMPLE GROUP IBERIA SL
        NIF: %s
        Procedimiento: Comprobación limitada - Impuesto sobre el Valor Añadido, modelo 303, 3T 2026
        Referencia: NT-2026-3T-88140217

        Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de 10 días naturales para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015).

        Acceda con Cl@ve PIN, Cl@ve permanente o certificado electrónico:
        %s

        Este es un mensaje automático. Por favor, no responda a este correo.
        """) % (VAT["eg_es"], link)
    h = html_simple(D("""
        <div style="font-family:Arial,Helvetica,sans-serif;max-width:620px;color:#333333;font-size:14px">
        <div style="background:#ffffff;border-bottom:3px solid #a6192e;padding:10px 0"><span style="color:#a6192e;font-size:22px;font-weight:bold">Agencia Tributaria</span><br><span style="font-size:12px;color:#666666">Sede electrónica</span></div>
        <h3 style="color:#a6192e">Aviso de puesta a disposición de notificación electrónica</h3>
        <table style="font-size:14px"><tr><td><b>Titular:</b></td><td>EXAMPLE GROUP IBERIA SL</td></tr>
        <tr><td><b>NIF:</b></td><td>%s</td></tr>
        <tr><td><b>Procedimiento:</b></td><td>Comprobación limitada - IVA, modelo 303, 3T 2026</td></tr>
        <tr><td><b>Referencia:</b></td><td>NT-2026-3T-88140217</td></tr></table>
        <p>Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de <b>10 días naturales</b> para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015).</p>
        <p><a href="%s" style="background:#a6192e;color:#ffffff;padding:10px 18px;text-decoration:none">Acceder a la notificación</a></p>
        <p style="font-size:12px;color:#777777">Acceso con Cl@ve PIN, Cl@ve permanente o certificado electrónico.<br>Este es un mensaje automático. Por favor, no responda a este correo.</p></div>""")
        % (VAT["eg_es"], link), "utf-8", "Agencia Tributaria")
    return Msg("27-es-aeat-aviso-notificacion-dehu", "attack",
               ("Agencia Tributaria", "avisos@aeat-notificaciones-sede.es"), [S("ibanez")],
               "Aviso de notificación electrónica – Comprobación limitada IVA 3T 2026",
               ("CET", 2026, 10, 26, 8, 20, 13), ("brevo", dict(sender_domain="aeat-notificaciones-sede.es")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "base64")),
               name_cs="utf-8", name_enc="Q",
               what="Tax-office phishing: fake AEAT/DEHú notice of a VAT audit notification with a link to a fake Sede Electrónica login.",
               why="Sender domain and link are not agenciatributaria.gob.es; sent through Brevo; 10-day 'deemed rejected' pressure; the login page harvests Cl@ve credentials or certificate PINs.",
               techniques=["tax-office impersonation (AEAT/DEHú)", "credential phishing", "bulk ESP abuse (Brevo)"])


def a28():
    t = util.local("CET", 2026, 10, 14, 10, 32, 5)
    iban = BANK["fraud_es"]
    body = D("""
        Estimada Sra. Martínez:

        Me pongo en contacto con usted por indicación de D. Klaus Wächter, consejero delegado del Grupo, a quien asesoramos en una operación corporativa de carácter estrictamente confidencial: la adquisición de un taller de guitarras en la Comunidad Valenciana por parte de Example Group.

        La operación se encuentra en fase de firma y está sujeta a un acuerdo de confidencialidad (se adjunta extracto). Por motivos regulatorios, la información no puede compartirse con otras personas de la organización hasta el anuncio oficial, previsto para la próxima semana.

        Para cumplir el calendario pactado con la parte vendedora, es necesario realizar hoy una provisión de fondos de 86.400,00 € a la cuenta de depósito del despacho:

        Titular: Albarrán & Asociados Abogados, S.L.P. - cuenta de clientes
        IBAN: %s
        Concepto: Provisión fondos EGI/2026/117

        El Sr. Wächter está en copia y le confirmará personalmente estas instrucciones. Le ruego me envíe el justificante de la transferencia en cuanto esté ordenada. Dado el carácter de la operación, le agradeceré que toda la comunicación se mantenga exclusivamente por esta vía.

        Atentamente,

        Ignacio Albarrán Ruiz
        Socio - Derecho Mercantil y M&A
        Albarrán & Asociados Abogados
        Paseo de la Castellana 141, 28046 Madrid
        """) % fi(iban)
    nda = D("""
        # Albarrán & Asociados Abogados
        Paseo de la Castellana 141 - 28046 Madrid

        ## ACUERDO DE CONFIDENCIALIDAD - EXTRACTO
        Referencia: EGI/2026/117

        Las partes se obligan a mantener estricta confidencialidad sobre la existencia, el contenido y el estado de las
        negociaciones relativas a la operación de referencia. La información únicamente podrá comunicarse a las personas
        expresamente autorizadas por el consejero delegado de Example Group, D. Klaus Wächter.

        Personas autorizadas por parte de Example Group Iberia S.L.:
        Dña. Begoña Martínez (directora de oficina)

        El incumplimiento de la presente obligación podrá dar lugar a la resolución de la operación y a la
        reclamación de daños y perjuicios.

        Madrid, 13 de octubre de 2026
        """)
    return Msg("28-es-abogado-operacion-confidencial", "attack",
               ("Ignacio Albarrán Ruiz", "ignacio.albarran@albarran-abogados.com"), [S("martinez")],
               "Operación confidencial – instrucciones de D. Klaus Wächter (Ref. EGI/2026/117)",
               ("CET", 2026, 10, 14, 10, 32, 5),
               ("postfix", dict(host="mail.albarran-abogados.com", ip="185.213.27.60", rdns="185-213-27-60.static.servdiscount.eu",
                                client=("LAPTOP-IAR01", None, "102.89.40.3"), mua="outlook")),
               mixed(alt(text(body, "windows-1252", "quoted-printable"),
                         html(html_outlook(body, "windows-1252", "ES"), "windows-1252", "quoted-printable")),
                     pdf_att(nda, "Acuerdo_confidencialidad_EGI-2026-117.pdf", title="Acuerdo de confidencialidad",
                             creator="Microsoft® Word para Microsoft 365", producer="Microsoft® Word para Microsoft 365", t=t)),
               cc=[("Klaus Wächter", "klaus.waechter@example-group.de")],
               name_cs="windows-1252", name_enc="Q",
               what="Fake-lawyer BEC: a 'Madrid M&A lawyer' demands an EUR 86,400 escrow transfer for a secret acquisition, 'CEO in copy'.",
               why="The CEO in Cc is the look-alike example-group.de address from attack/01; unknown law firm domain on a cheap VPS, submitted from the same Nigerian mobile range; secrecy, same-day deadline, Spanish IBAN 'client account', NDA PDF naming the victim.",
               techniques=["fake lawyer / CEO fraud (BEC)", "look-alike domain in Cc", "PDF lure"])


def a29():
    link = "https://correos-envios-es.com/aduanas/pago?env=LY208417593CN"
    txt = D("""
        Estimado/a cliente:

        Su envío LY208417593CN procedente de China está retenido en la aduana pendiente del pago de los tributos de importación y de los gastos de gestión aduanera:

        IVA de importación: 1,79 EUR
        Gastos de gestión: 2,99 EUR
        Total: 4,78 EUR

        Para liberar el envío, realice el pago en un plazo de 72 horas. Transcurrido este plazo, el envío será devuelto al remitente.

        Pagar ahora: %s

        Correos - Gestión Aduanera
        """) % link
    h = html_simple(D("""
        <div style="font-family:Arial,sans-serif;max-width:560px;color:#333333">
        <div style="background:#ffcd00;padding:12px 18px;font-size:22px;font-weight:bold;color:#002e6d">Correos</div>
        <p>Estimado/a cliente:</p>
        <p>Su envío <b>LY208417593CN</b> procedente de China está retenido en la aduana pendiente del pago de los tributos de importación y de los gastos de gestión aduanera:</p>
        <table style="width:100%%;background:#f3f3f3;padding:8px"><tr><td>IVA de importación</td><td align="right">1,79 EUR</td></tr>
        <tr><td>Gastos de gestión</td><td align="right">2,99 EUR</td></tr><tr><td><b>Total</b></td><td align="right"><b>4,78 EUR</b></td></tr></table>
        <p>Para liberar el envío, realice el pago en un plazo de <b>72 horas</b>. Transcurrido este plazo, el envío será devuelto al remitente.</p>
        <p><a href="%s" style="background:#002e6d;color:#ffffff;padding:10px 20px;text-decoration:none">Pagar ahora</a></p>
        <p style="font-size:12px;color:#888888">Correos - Gestión Aduanera</p></div>""") % link, "iso-8859-1", "Correos")
    return Msg("29-es-correos-aduana-tasas", "attack",
               ("Correos", "aduanas@correos-envios-es.com"), [S("martinez")],
               "Su envío LY208417593CN está retenido en aduana - pago pendiente",
               ("CET", 2026, 11, 6, 12, 47, 31),
               ("exim", dict(host="web137.servidor-compartido.es", ip="82.98.134.137", client_ip="45.95.147.228",
                             mua="phpmailer")),
               alt(text(txt, "iso-8859-1", "quoted-printable"), html(h, "iso-8859-1", "quoted-printable")),
               name_cs="iso-8859-1", name_enc="Q",
               what="Courier/customs phishing: fake Correos notice that a parcel from China is held in customs for a 4.78 EUR fee.",
               why="Look-alike domain sent through a shared-hosting PHPMailer from a foreign IP; small-fee lure with 72-hour deadline; payment page harvests card data. The company does import parts from China, which makes it plausible.",
               techniques=["courier/customs impersonation (Correos)", "card phishing", "compromised shared hosting"])


def a30():
    link = "https://verifactu-actualizaciones.es/descargas/Actualizador_VeriFactu_2027.zip"
    txt = D("""
        Estimado cliente:

        A partir del 1 de enero de 2027, todos los sistemas informáticos de facturación utilizados por sociedades deberán cumplir los requisitos del Reglamento VERI*FACTU (Real Decreto 1007/2023 y Orden HAC/1177/2024).

        Según nuestros registros, su instalación (licencia EGI-VLC-20418) todavía no dispone del módulo de remisión automática de registros de facturación a la AEAT.

        Descargue e instale el actualizador certificado antes del 31 de diciembre:
        %s

        La instalación tarda unos 5 minutos y no requiere detener su facturación. Recuerde que la utilización de sistemas no adaptados puede sancionarse con multas de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).

        Atentamente,
        Departamento de Soporte Técnico
        Soporte VERI*FACTU
        """) % link
    h = html_simple(D("""
        <div style="font-family:Verdana,Arial,sans-serif;font-size:13px;max-width:600px;color:#222222">
        <div style="background:#123b6d;color:#ffffff;padding:14px 20px;font-size:18px">VERI<span style="color:#f5a623">*</span>FACTU &middot; Soporte</div>
        <p>Estimado cliente:</p>
        <p>A partir del <b>1 de enero de 2027</b>, todos los sistemas informáticos de facturación utilizados por sociedades deberán cumplir los requisitos del Reglamento VERI*FACTU (Real Decreto 1007/2023 y Orden HAC/1177/2024).</p>
        <p>Según nuestros registros, su instalación (licencia <b>EGI-VLC-20418</b>) todavía no dispone del módulo de remisión automática de registros de facturación a la AEAT.</p>
        <p><a href="%s" style="background:#f5a623;color:#123b6d;padding:10px 18px;text-decoration:none;font-weight:bold">Descargar actualizador certificado</a></p>
        <p>La instalación tarda unos 5 minutos y no requiere detener su facturación. Recuerde que la utilización de sistemas no adaptados puede sancionarse con multas de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).</p>
        <p>Atentamente,<br>Departamento de Soporte Técnico</p></div>""") % link, "utf-8", "VERI*FACTU")
    return Msg("30-es-verifactu-actualizador-descarga", "attack",
               ("Soporte VERI*FACTU", "soporte@verifactu-actualizaciones.es"), [S("ibanez")],
               "Obligatorio: actualice su software de facturación a VERI*FACTU antes del 1 de enero",
               ("CET", 2026, 12, 15, 9, 10, 48), ("ses", dict(region="eu-central-1")),
               alt(text(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable")),
               name_cs="utf-8", name_enc="Q",
               what="E-invoicing malware lure: 'VERI*FACTU support' tells the accountant to download an 'updater' ZIP before the 2027 deadline.",
               why="Unknown vendor domain sent via Amazon SES; fabricated licence number; software updates come from the company's own ERP vendor, not from an unsolicited download link; sanction threat drives urgency – malware download.",
               techniques=["e-invoicing (VeriFactu) lure", "malware download link (ZIP)", "bulk ESP abuse (Amazon SES)"])


def a31():
    link = "https://onedrive-docs-compartidos.com/view/pedido-SC-2026-118?dest=YmVnb25hLm1hcnRpbmV6QGV4YW1wbGUuY29t"
    body = D("""
        Buenas tardes:

        Desde la Academia Musical Santa Cecilia de Xàtiva les enviamos la relación de instrumentos que necesitamos para el segundo trimestre del curso (violines 1/2 y 3/4, guitarras clásicas 7/8, atriles y fundas).

        Pueden consultar el pedido completo en el siguiente enlace de OneDrive:
        %s

        Les agradeceríamos que nos enviaran su presupuesto antes del viernes.

        Un saludo,

        Mª José Ferrer
        Administración
        Academia Musical Santa Cecilia
        Xàtiva (Valencia)
        """) % link
    return Msg("31-es-academia-pedido-onedrive", "attack",
               ("Academia Musical Santa Cecilia", "administracion@academiasantacecilia-xativa.es"), [S("martinez")],
               "Solicitud de presupuesto - pedido de instrumentos 2º trimestre",
               ("CET", 2026, 11, 19, 17, 26, 2),
               ("postfix", dict(host="smtp.academiasantacecilia-xativa.es", ip="217.160.0.94",
                                rdns="smtp-out94.hosting-nacional.es", client=("[185.244.25.171]", None, "185.244.25.171"),
                                mua="roundcube")),
               text(body, "utf-8", "quoted-printable", params=["format=flowed"]),
               name_cs="utf-8", name_enc="Q",
               what="Fake order / quote request from a music academy's mailbox with a 'OneDrive' link to the order.",
               why="Plausible customer (music school), but the link goes to onedrive-docs-compartidos.com, not onedrive.live.com/SharePoint, with the recipient's address encoded; sent via webmail from a foreign VPN IP – compromised school mailbox used for credential phishing.",
               techniques=["fake purchase order / RFQ", "OneDrive/Microsoft credential phishing", "compromised customer mailbox"])


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
