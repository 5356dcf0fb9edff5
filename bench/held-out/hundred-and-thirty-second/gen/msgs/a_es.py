"""Attack messages 27-31 (Spanish)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

A28_IBAN = util.make_iban("ES", util.es_bban("0049", "1500", "2817364519"))


def a27():
    m = mk("27-es-aeat-requerimiento-phishing-clave", "attack", "es")
    m.t = local("ES", 2026, 10, 26, 9, 44, 21)
    m.date_zone = "ES"
    m.from_ = ("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es")
    m.to = [(None, "javier.martin@examplegroup.eu")]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "Notificación electrónica: Requerimiento de información - Modelo 303 (3T 2026)"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    url = "https://agenciatributaria-sede.es/Sede/notificaciones/consulta?ref=2026GRC41850083F&nif=B87654327"
    title = "Tiene una notificación electrónica pendiente"
    paras = ["Estimado contribuyente:",
             "Le informamos de que se ha puesto a su disposición en la Sede Electrónica de la Agencia Tributaria una "
             "notificación relativa a: **Requerimiento de información – Impuesto sobre el Valor Añadido, modelo 303, "
             "tercer trimestre 2026**.",
             "Referencia: 2026GRC41850083F\nTitular: EXAMPLE GROUP IBERIA SL – NIF B87654327",
             "Dispone de 10 días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido "
             "dicho plazo la notificación se entenderá practicada (art. 43 Ley 39/2015) y podrá iniciarse el "
             "procedimiento sancionador correspondiente.",
             "Para acceder necesitará identificarse con certificado electrónico, Cl@ve Móvil o Cl@ve PIN."]
    footer = ["Agencia Estatal de Administración Tributaria · C/ Infanta Mercedes, 37 · 28020 Madrid",
              "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo."]
    html = clients.notif_html("Agencia Tributaria", "#7d1a1d", title, paras, ("Acceder a la notificación", url), footer,
                              "es", logo_text="Agencia Tributaria · Sede Electrónica")
    text = clients.notif_text(title, paras, ("Acceder a la notificación", url), footer)
    m.root = base.html_alt(m, text, html, "iso-8859-1", "quoted-printable", "quoted-printable", kind="phpmailer")
    m.system = (infra.exim_cpanel, dict(server="vps-web3.alojamiento-rapido.es", server_ip="198.51.100.150",
                                        phpmailer=True, script_host="www.autoescuelalosolmos.es",
                                        auth_user="wordpress@autoescuelalosolmos.es",
                                        xmailer="WPMailSMTP/Mailer/smtp 4.2.0"))
    return finish(m, "'Electronic notification available: information request on VAT return 303 Q3 2026' in AEAT "
                     "style, with the company's NIF, sent through a compromised driving school's WordPress.",
                  "Credential phishing (Cl@ve / certificate) with tax-authority pretext: look-alike domain "
                  "agenciatributaria-sede.es instead of agenciatributaria.gob.es, WordPress mailer on unrelated "
                  "hosting, sanction threat; the real AEAT notifies via DEHú without login links (business/27).")


def a28():
    m = mk("28-es-fraude-ceo-abogado-operacion-confidencial", "attack", "es")
    m.t = local("ES", 2026, 11, 25, 12, 17, 39)
    m.date_zone = "ES"
    m.from_ = ("Ricardo Salvatierra", "r.salvatierra@salvatierra-abogados.com")
    m.to = [(C.STAFF["acc_es"][0], C.STAFF["acc_es"][1])]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "Operación confidencial - instrucciones del Dr. Hoffmann"
    m.hcs = "windows-1252"
    m.hmode = "Q"
    infra.m365_prepare(m, "eurprd02", "DB8PR")
    paras = ["Estimado Sr. Martín:",
             "Me pongo en contacto con usted por indicación expresa del Dr. Markus Hoffmann, con quien acabo de "
             "reunirme. Como socio del despacho que asesora al Grupo en la adquisición de una empresa de montaje de "
             "stands en Valencia, le informo de que la operación se firmará ante notario este viernes.",
             "El Dr. Hoffmann me ha pedido que sea usted quien gestione desde la filial española el depósito de "
             "garantía previsto en la carta de intenciones, por importe de 186.400,00 EUR, a la cuenta de consignación "
             "del despacho:",
             "Beneficiario: Salvatierra & Asociados Abogados SLP – cuenta de consignación\nIBAN: %s\nBIC: BSCHESMMXXX\n"
             "Concepto: Depósito LOI – Proyecto Turia" % util.iban_fmt(A28_IBAN),
             "Hasta el anuncio de la operación rige un deber de confidencialidad estricto (Reglamento sobre abuso de "
             "mercado). Le ruego que no comente este asunto con nadie de la organización, tampoco con la Sra. Weber, "
             "que será informada por el propio Dr. Hoffmann el lunes. Adjunto el acuerdo de confidencialidad que "
             "debe leer antes de proceder.",
             "Quedo a su disposición en este correo; por razones de confidencialidad le ruego que no llame a la "
             "centralita del despacho.",
             "Atentamente,"]
    sig = ["Ricardo Salvatierra", "Socio – Derecho Mercantil y M&A", "Salvatierra & Asociados Abogados",
           "Paseo de la Castellana 93, planta 14 · 28046 Madrid"]
    pdfb = docs.letter_pdf(
        m, "Salvatierra & Asociados", ["Abogados · Paseo de la Castellana 93 · 28046 Madrid"],
        ["D. Javier Martín", "Example Group Iberia S.L."], "Madrid, 25 de noviembre de 2026",
        "Acuerdo de confidencialidad – Proyecto Turia",
        ["El firmante se compromete a mantener la más estricta confidencialidad sobre la existencia, el contenido y "
         "las condiciones de la operación denominada «Proyecto Turia», así como sobre cualquier información "
         "facilitada por el despacho o por la dirección del Grupo Example.",
         "La obligación de confidencialidad incluye a otros empleados del Grupo, salvo autorización expresa del "
         "Dr. Markus Hoffmann.",
         "El incumplimiento podrá dar lugar a responsabilidades conforme al Reglamento (UE) 596/2014."],
        closing=["Ricardo Salvatierra", "Salvatierra & Asociados Abogados"], color=(0.1, 0.1, 0.3),
        creator="Microsoft® Word para Microsoft 365", producer="Microsoft® Word para Microsoft 365",
        t=local("ES", 2026, 11, 25, 11, 50))
    pdfp = att(m, pdfb, "application/pdf", "Acuerdo_confidencialidad_Proyecto_Turia.pdf", "outlook")
    m.root = base.outlook_body(m, paras, sig, lang="es", cs="windows-1252", atts=[pdfp], font="Calibri")
    m.system = (infra.m365, dict(tenant_domain="salvatierra-abogados.com", region="eurprd02", lang="es-ES"))
    return finish(m, "A 'partner of a Madrid law firm' writes on the CEO's instructions: confidential acquisition "
                     "(Project Turia), transfer a EUR 186,400 escrow deposit to the firm's account, tell nobody, do not "
                     "phone; NDA attached.",
                  "Second-stage CEO fraud via a fake lawyer: newly registered law-firm domain in its own Microsoft 365 "
                  "tenant (authentication passes), secrecy invoked via market-abuse rules, explicit exclusion of the "
                  "CFO, no call-back; compare the genuine urgent payment request in business/28.")


def a29():
    m = mk("29-es-lookalike-altamira-pedido-xlsx", "attack", "es")
    m.t = local("ES", 2026, 12, 4, 10, 2, 50)
    m.date_zone = "ES"
    m.from_ = ("Marta Ibáñez", "marta.ibanez@bodegas-altamira.es")
    m.to = [C.S("om_es")]
    m.rcpt = "lucia.fernandez@example.com"
    m.subject = "Pedido stand ProWein 2027 - confirmación y alta en portal de proveedores"
    url = "https://bodegas-altamira.es/proveedores/acceso?pedido=PW27-0413&prov=EXG"
    paras = ["Hola Lucía:",
             "Te adjunto el pedido definitivo para el stand de ProWein 2027 (pabellón 9, 48 m²) con las modificaciones "
             "que comentamos: barra de cata de 6 m, almacén con cámara y la zona de reuniones con cristal "
             "serigrafiado.",
             "Desde este año gestionamos todos los pedidos y facturas a través de nuestro portal de proveedores. En el "
             "Excel tienes el enlace para ver el pedido completo y darte de alta con tu correo corporativo; sin el "
             "alta no podemos tramitar el pago del anticipo.",
             "¿Me confirmas cuando lo tengas?",
             "Un abrazo,"]
    sig = ["Marta Ibáñez", "Marketing & Eventos", "Bodegas Altamira", "Ctra. de Laguardia km 3 · 26006 Logroño",
           "+34 941 28 47 10"]
    x = containers.xlsx([("Pedido", [
        ["Bodegas Altamira S.L. – Pedido PW27-0413", None, None, None],
        ["Proveedor", "Example Group Iberia S.L.", None, None],
        ["Proyecto", "ProWein 2027 – Düsseldorf – Pabellón 9", None, None],
        [None, None, None, None],
        ["Pos.", "Concepto", "Cant.", "Importe (EUR)"],
        [1, "Diseño y construcción stand 48 m² (según render v3)", 1, 38500.0],
        [2, "Barra de cata 6 m con encimera Dekton", 1, 4200.0],
        [3, "Almacén con cámara frigorífica", 1, 3150.0],
        [4, "Sala de reuniones con vidrio serigrafiado", 1, 2890.0],
        [None, "Total", None, "=SUM(D6:D9)"],
        [None, None, None, None],
        ["Ver pedido completo y condiciones (portal de proveedores)", None, None, None],
    ], {"widths": [8, 58, 8, 16], "bold_rows": [0, 4], "links": [("A12", url)]})],
        title="Pedido PW27-0413", creator="Marta Ibáñez", created="2026-12-04T08:41:00Z", company="Bodegas Altamira")
    xp = att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Pedido_PW27-0413.xlsx", "gmail")
    m.root = base.gmail_body(m, paras, sig, atts=[xp], lang="es")
    m.system = (infra.gmail, dict(workspace=True))
    return finish(m, "Order for the ProWein 2027 stand 'from Marta Ibáñez' of the customer, but from "
                     "bodegas-altamira.es (extra hyphen) in its own Google Workspace; XLSX order with a link to a "
                     "'supplier portal' to register with the corporate mailbox.",
                  "Look-alike customer domain with credential harvesting via an Office document link; realistic "
                  "project details taken from earlier correspondence; 'no registration, no down payment' lever; "
                  "compare the genuine order in business/29.",
                  phones=["+34 941 28 47 10"])


def a30():
    m = mk("30-es-caixabanknow-empresas-bloqueo-ses", "attack", "es")
    m.t = local("ES", 2026, 12, 14, 7, 49, 3)
    m.date_zone = "ES"
    m.from_ = ("CaixaBankNow Empresas", "avisos@caixabanknow-empresas.com")
    m.to = [(None, "javier.martin@examplegroup.eu")]
    m.rcpt = "javier.martin@examplegroup.eu"
    m.subject = "Orden de transferencia retenida - verificación de firmante requerida"
    url = "https://caixabanknow-empresas.com/empresas/verificacion?op=TRF-2026121400318"
    title = "Hemos retenido una orden de transferencia"
    paras = ["Estimado cliente:",
             "Por motivos de seguridad hemos retenido la orden de transferencia **TRF-2026121400318** por importe de "
             "**24.870,00 EUR** a favor de IFEMA MADRID, pendiente de la firma de un segundo apoderado.",
             "Desde la entrada en vigor de la verificación de beneficiario (VoP) es necesario confirmar los datos del "
             "firmante. Si no completa la verificación antes de las 14:00 h de hoy, la orden se anulará y el acceso a "
             "CaixaBankNow Empresas quedará bloqueado preventivamente.",
             "Contrato: 2100-5731-****-2233"]
    footer = ["CaixaBank, S.A. · Calle Pintor Sorolla, 2-4 · 46002 Valencia", "No responda a este correo."]
    html = clients.notif_html("CaixaBank", "#007eae", title, paras, ("Verificar ahora", url), footer, "es",
                              logo_text="CaixaBankNow · Empresas")
    text = clients.notif_text(title, paras, ("Verificar ahora", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "base64", kind="ses")
    m.system = (infra.ses, dict(region="eu-west-3"))
    return finish(m, "'CaixaBankNow Empresas: your transfer of EUR 24,870 to IFEMA is held, verify the signatory by 14:00 "
                     "or access will be blocked' via Amazon SES.",
                  "Bank credential phishing: look-alike domain, VoP regulation as pretext, plausible beneficiary and "
                  "partial contract number, same-day deadline; the genuine CaixaBank confirmation (business/30) has "
                  "no login link.")


def a31():
    m = mk("31-es-google-forms-acreditaciones-fitur", "attack", "es")
    m.t = local("ES", 2026, 12, 10, 16, 26, 12)
    m.date_zone = "ES"
    m.from_ = ("Acreditaciones Montaje FITUR (vía Formularios de Google)", "forms-receipts-noreply@google.com")
    m.reply_to = (None, "acreditaciones.montaje.fitur2027@gmail.com")
    m.to = [(None, "lucia.fernandez@example.com")]
    m.rcpt = "lucia.fernandez@example.com"
    m.subject = "FITUR 2027 - Verificación de acreditaciones de montaje (obligatorio)"
    fid = "1FAIpQLSe" + util.rand_alnum(m.r, 47, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    form = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    title = "Acreditaciones Montaje FITUR te ha invitado a rellenar un formulario:"
    paras = ["**FITUR 2027 – Verificación de acreditaciones de montaje**",
             "Para emitir los pases de montaje (18–20 de enero de 2027) de su personal y subcontratas, el "
             "responsable del stand debe verificar su cuenta de empresa (correo y contraseña de Microsoft 365) antes "
             "del 15/12. Las empresas no verificadas no podrán acceder a los pabellones."]
    footer = ["[Crea tu propio formulario de Google](https://docs.google.com/forms?usp=mail_form_link)",
              "Google no ha creado ni aprobado este contenido. [Denunciar abuso](https://docs.google.com/forms/d/e/%s/reportabuse?source=%s)" % (fid, fid[:20]),
              "[Condiciones del Servicio](https://policies.google.com/terms) · [Política de Privacidad](https://policies.google.com/privacy)"]
    html = clients.notif_html("Formularios de Google", "#673ab7", title, paras, ("RELLENAR FORMULARIO", form), footer,
                              "es", logo_text="Formularios de Google", font="Roboto, Arial, sans-serif")
    text = clients.notif_text(title, paras, ("RELLENAR FORMULARIO", form), footer)
    m.root = base.html_alt(m, text, html, "UTF-8", "quoted-printable", "quoted-printable", kind="gmail")
    m.system = (infra.gmail, dict(sor=True, forms=True, dkim_domain="google.com", selector="20230601"))
    m.envfrom = "3" + util.rand_alnum(m.r, 30) + "@forms-receipts-noreply.bounces.google.com" if False else None
    return finish(m, "Real Google Forms invitation (Google's own servers, DKIM google.com) titled 'FITUR 2027 – "
                     "verification of build-up passes', the form asks for the Microsoft 365 e-mail and password.",
                  "Credential harvesting through an abused legitimate platform: sender, links and authentication are "
                  "all Google's; only the content (password request, Gmail reply address, fair organiser would not use "
                  "Google Forms) gives it away; compare the genuine form in business/31.")


MESSAGES = [a27, a28, a29, a30, a31]
