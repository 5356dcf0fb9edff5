"""Attack messages 27-31 (Spanish)."""
from common import *
from people import *

F = "attack"


def build(ref):
    # ------------------------------------------------------------ 27 AEAT / DEHú notification phish (compromised site)
    link = "https://sede-agenciatributaria.notificaciones-dehu.com/acceso/?ref=2026GRC46M0127843Q"
    text = dedent("""
        Estimado/a contribuyente:

        Le comunicamos que tiene a su disposición una notificación electrónica de la Agencia
        Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

        Titular: EXAMPLE GROUP SERVICIOS SL
        Procedimiento: Requerimiento de información - Modelo 303, 3T 2026
        Referencia: 2026GRC46M0127843Q

        Conforme al artículo 43 de la Ley 39/2015, si transcurren diez días naturales desde la puesta
        a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada y el
        procedimiento seguirá su curso.

        Acceder a la notificación con Cl@ve o certificado electrónico:
        %s

        Agencia Tributaria - Sede electrónica
    """) % link
    paras = ["Estimado/a contribuyente:",
             "Le comunicamos que tiene a su disposición una <b>notificación electrónica</b> de la Agencia "
             "Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).",
             "Titular: <b>EXAMPLE GROUP SERVICIOS SL</b><br>Procedimiento: Requerimiento de información - "
             "Modelo 303, 3T 2026<br>Referencia: 2026GRC46M0127843Q",
             "Si transcurren diez días naturales sin acceder a su contenido, la notificación se entenderá "
             "rechazada (art. 43 Ley 39/2015)."]
    html = brand_html("Notificación electrónica disponible", "#a5093f", paras, "Acceder con Cl@ve", link,
                      lang="es", charset="iso-8859-1", logo_text="Agencia Tributaria",
                      footer="Agencia Estatal de Administración Tributaria - C/ Infanta Mercedes 37, 28020 Madrid")
    mail(F, 27, "es", "aeat-dehu-notification-phish",
         via=V(sd.exim_cpanel, server="cp14.servidoreshosting.es", server_ip="82.98.134.14", client_ip="127.0.0.1",
               client="phpmailer", zone="ES", helo_client="cp14.servidoreshosting.es",
               envelope="info@autoescuelamalvarrosa.es"),
         frm=("Agencia Tributaria", "info@autoescuelamalvarrosa.es"), to=[ACCES.a],
         subject="Notificación electrónica disponible - Requerimiento Modelo 303 3T 2026", t=L(11, 5, 9, 14, "ES"),
         hcs="iso-8859-1", body=alt(text, html, "iso-8859-1", "quoted-printable"),
         what="'Agencia Tributaria' says a VAT information request awaits in the DEHú e-notification box.",
         why="Sent from a hacked driving-school website via PHPMailer with 'Agencia Tributaria' as display name; link to a look-alike 'sede' host to harvest Cl@ve/certificate logins; genuine DEHú notices come from the administration and point to dehu.redsara.es.",
         pair="B27")

    # ------------------------------------------------------------ 28 supplier bank change, look-alike .com
    mule = LEVANTE_MULE
    text = dedent("""
        Buenos días, Lucía:

        Te informamos de que este mes hemos cambiado de entidad bancaria. Las facturas pendientes
        FV-2026-1471 y FV-2026-1502 (total 3.846,72 €) y las siguientes deben abonarse en la nueva
        cuenta de BBVA:

        IBAN: %s
        Titular: Suministros Levante S.A.

        Adjuntamos el certificado de titularidad emitido por el banco. La cuenta de CaixaBank deja de
        estar operativa, así que te agradeceríamos que lo actualicéis cuanto antes para que no se
        retrasen los próximos pedidos de vestuario.

        Confírmanos por este medio cuando esté hecho, por favor.

        Un saludo,

        Vicente Llorens
        Administración
        Suministros Levante S.A.
        Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 27 - 46988 Paterna (Valencia)
    """) % ids.fmt_iban(mule)
    pdfl = [("BBVA", 18, "B"), "", ("CERTIFICADO DE TITULARIDAD DE CUENTA", 12, "B"), "",
            "Banco Bilbao Vizcaya Argentaria, S.A. certifica que la cuenta", "",
            "IBAN: " + ids.fmt_iban(mule), "BIC: BBVAESMMXXX", "",
            "figura abierta a nombre de SUMINISTROS LEVANTE S.A., con CIF " + LEVANTE_CIF + ".", "",
            "Y para que conste a petición del interesado, se expide el presente certificado.", "",
            "En Valencia, a 23 de noviembre de 2026", "", "Oficina 5906 - Valencia, Av. del Puerto"]
    mail(F, 28, "es", "supplier-bank-change-lookalike",
         via=V(sd.vps, helo="mail.suministroslevante.com", rdns="static.87.214.69.159.clients.your-server.de",
               ip="159.69.214.87", client="thunderbird", zone="ES"),
         frm=("Vicente Llorens", "vllorens@suministroslevante.com"), to=[ACCES.a],
         subject="Cambio de cuenta bancaria - facturas pendientes", t=L(11, 23, 12, 31, "ES"),
         hcs="windows-1252",
         body=mixed(Text(text, "windows-1252", "8bit"),
                    pdf_att(pdfl, "Certificado_titularidad_BBVA.pdf", title="Certificado de titularidad",
                            author="BBVA", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV",
                            created="20261123113015+01'00'")),
         what="Workwear supplier 'Suministros Levante' switches bank and asks to pay two invoices to BBVA.",
         why="Look-alike domain suministroslevante.com (real: .es) on a Hetzner server; unsolicited bank change with a self-made 'bank certificate'; pressure via next orders; confirmation requested only by e-mail.",
         pair="B28")

    # ------------------------------------------------------------ 29 DocuSign-styled quishing (Mailgun)
    qpay = "https://firma-docusign.es-turia.com/r/?id=GHT-2027-LIMP&e=" + b64(OFFES.email)
    qdata, _ = qr_png(qpay)
    paras = ["<b>Grupo Hotelero Turia S.L.</b> le ha enviado un documento para revisar y firmar:",
             "<b>Contrato de servicios de limpieza y seguridad 2027 - Hotel Turia Centro</b>",
             "Por motivos de seguridad, este documento solo puede abrirse desde un dispositivo móvil "
             "verificado. Escanee el código QR con la cámara de su teléfono para revisarlo y firmarlo.",
             "El enlace caduca en 48 horas."]
    html = brand_html("Documento pendiente de firma", "#1e1656", paras, lang="es", logo_text="DocuSign",
                      img_cid="qr-firma@docusign", img_alt="Código QR",
                      footer="No comparta este correo electrónico. DocuSign, Inc. 221 Main St., San Francisco")
    text = dedent("""
        Grupo Hotelero Turia S.L. le ha enviado un documento para revisar y firmar:
        Contrato de servicios de limpieza y seguridad 2027 - Hotel Turia Centro

        Por motivos de seguridad, escanee el código QR de este mensaje con su teléfono móvil.
    """)
    mail(F, 29, "es", "docusign-quishing-contract", via=V(sd.mailgun, mg_domain="mg.docusign-servicios.net"),
         frm=("Grupo Hotelero Turia vía DocuSign", "dse@docusign-servicios.net"), to=[OFFES.a],
         subject="Grupo Hotelero Turia le ha enviado un documento para firmar", t=L(12, 9, 17, 5, "ES"),
         body=Multi("alternative", [Text(text, "utf-8", "quoted-printable"),
                                    related(Text(html, "utf-8", "quoted-printable", "html"),
                                            png_att(qdata, "codigo_firma.png", cid="qr-firma@docusign", inline=True))],
                    None),
         what="DocuSign-styled request from the customer Grupo Hotelero Turia to sign the 2027 contract by scanning a QR code.",
         why="Quishing: look-alike docusign-servicios.net via Mailgun, no link, the PNG QR decodes to a phishing host with the recipient's address; genuine DocuSign (B29) links to docusign.net and is sent by DocuSign.",
         pair="B29", qr=[("codigo_firma.png", qpay)])

    # ------------------------------------------------------------ 30 callback phishing with PDF (Gmail)
    text = dedent("""
        Estimado cliente:

        Gracias por su compra. Su suscripción se ha renovado automáticamente y el cargo se reflejará
        en su cuenta en las próximas 24 horas. Adjuntamos la factura.

        Si no ha autorizado esta renovación o desea cancelarla, llame a nuestro departamento de
        facturación al +34 911 23 87 46 (lunes a domingo, 8:00-22:00).

        Atentamente,
        Departamento de Facturación
    """)
    pdfl = [("McAfee Total Protection", 16, "B"), "Factura de renovación", "",
            "N.º de pedido: MC-77428913          Fecha: 27/11/2026", "Cliente: lucia.fernandez@examplegroup.eu", "",
            "Producto                                        Cant.      Importe",
            "McAfee Total Protection - 10 dispositivos, 3 años   1       330,57 €", "IVA 21 %                                                     69,42 €",
            ("Total cargado                                               399,99 €", 11, "B"), "",
            "Método de pago: tarjeta terminada en ****", "",
            ("¿No reconoce este cargo? Llame al +34 911 23 87 46 para cancelar y solicitar el reembolso.", 11, "B")]
    mail(F, 30, "es", "callback-phishing-invoice-pdf", via=V(sd.gmail, pfx="wm1", f=43, ip="209.85.128.43"),
         frm=("Facturación Online", "facturacion.renovaciones.es@gmail.com"), to=[ACCES.a],
         subject="Confirmación de pedido MC-77428913 - renovación automática", t=L(11, 27, 8, 19, "ES"),
         body=mixed(Text(text, "utf-8", "base64"),
                    pdf_att(pdfl, "Factura_MC-77428913.pdf", title="Factura", author="Billing",
                            producer="Canva", created="20261127071110Z")),
         what="'Renewal invoice' for an antivirus subscription of 399.99 EUR with a phone number to cancel.",
         why="Callback phishing (TOAD) from a Gmail account: no real purchase, no links, only a phone number whose 'agents' then install remote-access tools or take bank data; PDF used to dodge text filters.")

    # ------------------------------------------------------------ 31 CEO fraud, move to WhatsApp
    text = dedent("""
        Javier, ¿estás en la oficina?

        Necesito que me ayudes con un asunto confidencial que tiene que cerrarse hoy. Pásame tu número
        de móvil y te escribo por WhatsApp, es más rápido. De momento no lo comentes con nadie, ni con
        Lucía, ya te explicaré.

        Gracias,
        Jürgen

        Enviado desde mi iPhone
    """)
    mail(F, 31, "es", "ceo-fraud-whatsapp-pivot",
         via=V(sd.vps, helo="mail.examplegroup.es", rdns="vps-2c4e81f0.vps.ovh.net", ip="146.59.229.140",
               client="iphone", zone="ES"),
         frm=("Jürgen Köhler", "jkoehler@examplegroup.es"), to=[OFFES.a],
         subject="Consulta breve", t=L(12, 14, 11, 7, "ES"), hcs="iso-8859-1",
         body=Text(text, "iso-8859-1", "8bit"),
         what="'CEO' asks the Valencia office manager for his mobile number to continue a confidential matter on WhatsApp.",
         why="First stage of CEO fraud: look-alike domain examplegroup.es (company uses example.com / examplegroup.eu), CEO writing in Spanish from an 'iPhone', secrecy incl. towards the accountant, moving the conversation off e-mail.",
         pair="B03")
