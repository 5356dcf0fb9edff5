"""Spanish attack messages (27-31)."""
import banking as B
import infra as I
import mime as M
import pdf
import util as U
from msg import Msg, alt, hdrs_outlook365, hdrs_phpmailer, hdrs_roundcube

CIF = B.es_cif("B", "8713462")


def a27():
    m = Msg("attack", 27, "es", "aeat-dehu-notification-phish-ses")
    r = m.rng
    m.t = I.at(2026, 11, 17, 9, 3, 14, "EU")
    m.env = env = I.ses(r, m.t)
    m.rcpt = "maria.nunez@example.com"
    m.mailfrom = "%s@eu-west-1.amazonses.com" % env.ses_id
    ref = "2026GRC4781%07d" % r.randint(0, 9999999)
    link = "https://sede-agenciatributaria.notificaciones-dehu.com/dehu/acceso?nif=%s&ref=%s" % (CIF, ref)
    paras = [
        "AGENCIA TRIBUTARIA",
        "",
        "Aviso de puesta a disposición de notificación electrónica",
        "",
        "Titular: EXAMPLE GROUP IBERIA SL",
        "NIF: %s" % CIF,
        "Procedimiento: Requerimiento de información - Comprobación limitada IVA 2025",
        "Referencia: %s" % ref,
        "",
        "Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú). Dispone de un plazo de 10 días naturales para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43 de la Ley 39/2015).",
        "",
        "Acceder a la notificación: %s" % link,
        "",
        "Para acceder necesitará su certificado electrónico, Cl@ve o los datos de acceso de su representante.",
        "",
        "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:640px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
                         "<div style=\"background:#7a0c11;color:#fff;padding:14px 20px;font-size:19px;font-weight:bold\">Agencia Tributaria &middot; Sede electrónica</div><div style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:] if p and not p.startswith("Acceder"))
                         + "<p><a href=\"%s\" style=\"background:#0b5394;color:#fff;padding:10px 22px;text-decoration:none\">Acceder a la notificación</a></p></div></div>" % link,
                         "UTF-8", "AEAT")
    env.msgid = "<%s@email.amazonses.com>" % env.ses_id
    m.headers = [("From", M.addr("Agencia Tributaria - Notificaciones", "avisos@agenciatributaria-notifica.es", "UTF-8", "Q")),
                 ("To", "maria.nunez@example.com"),
                 ("Subject", M.hdr_text("Notificación electrónica disponible - Requerimiento %s" % ref, "UTF-8", "Q")),
                 ("MIME-Version", "1.0"), ("Date", I.rfc2822(m.t, "UTC")), ("Message-ID", env.msgid)]
    m.body = alt(text, html, "UTF-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "Fake Agencia Tributaria / DEHú notification notice with a link to a look-alike 'sede electrónica' asking for Cl@ve or certificate login"
    m.why = ("Sender domain agenciatributaria-notifica.es and link host notificaciones-dehu.com are not agenciatributaria.gob.es / dehu.redsara.es, sent via Amazon SES; "
             "real notices never link to third-party domains; 10-day 'deemed rejected' pressure; compare the tax advisor's genuine mail business/30")
    return m


def a28():
    m = Msg("attack", 28, "es", "supplier-bank-change-lookalike-vps")
    r = m.rng
    m.t = I.at(2026, 11, 30, 11, 41, 8, "EU")
    dom = "suministroscastila.es"
    ip = "5.%d.%d.%d" % (r.randint(75, 78), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.postfix_server(r, m.t, "mail.%s" % dom, ip, client_ip="127.0.0.1", local_submit=True, client_helo="webmail",
                                   rdns="static.%s.clients.your-server.de" % ".".join(reversed(ip.split("."))))
    m.rcpt = "maria.nunez@example.com"
    m.mailfrom = "javier.ortega@%s" % dom
    new_iban = B.es_iban("0182", "2370", "0201587436")
    cs = "iso-8859-1"
    paras = [
        "Buenos días María:",
        "",
        "Le escribo para informarle de que, a raíz de la auditoría de cierre del ejercicio, hemos cambiado la entidad bancaria en la que recibimos los cobros de clientes. A partir de hoy, por favor, realicen los pagos a la siguiente cuenta:",
        "",
        "Titular: Suministros Eléctricos Castilla S.A.",
        "IBAN: %s" % B.fmt_iban(new_iban),
        "Entidad: BBVA",
        "",
        "Adjunto el certificado de titularidad emitido por el banco. La cuenta anterior de Banco Santander quedará bloqueada esta semana, por lo que le agradecería que las facturas FA-2026-1147 y FA-2026-1162 (total 31.842,60 EUR) se abonen ya en la nueva cuenta.",
        "",
        "Si necesita cualquier aclaración, respóndame a este correo; esta semana estoy de visita en obra y no tengo buena cobertura.",
        "",
        "Un saludo,",
        "",
        "Javier Ortega",
        "Cuentas clave - Suministros Eléctricos Castilla S.A.",
    ]
    text = M.paras_to_text(paras)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
            + "".join("<p>%s</p>\n" % M.esc(p) for p in paras if p) + "</body></html>\n")
    cert = pdf.make_pdf([
        ("BBVA", 20, True), "", ("CERTIFICADO DE TITULARIDAD DE CUENTA", 13, True), "",
        "Banco Bilbao Vizcaya Argentaria, S.A. certifica que la cuenta", "", "IBAN %s" % B.fmt_iban(new_iban), "",
        "figura abierta a nombre de SUMINISTROS ELECTRICOS CASTILLA SA, con NIF %s." % B.es_cif("A", "4502719"), "",
        "Y para que conste, a petición del interesado, se expide el presente en Madrid, a 27 de noviembre de 2026.", "", "",
        "Oficina 2370 - Madrid", ("Documento generado electrónicamente", 8),
    ], title="Certificado titularidad", author="", creator="PDFium", producer="PDFium", date="D:20261127102233+01'00'")
    m.headers = hdrs_roundcube(m.t, "Javier Ortega <javier.ortega@%s>" % dom, M.addr("María Núñez", "maria.nunez@example.com", cs),
                               M.hdr_text("Cambio de cuenta bancaria - Suministros Eléctricos Castilla", cs), "<%s@%s>" % (I.rhex(r, 32), dom),
                               "javier.ortega@%s" % dom, ver="1.6.9")
    b = I.b_roundcube(r)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", b(1), label="ISO-8859-1", ct_style="plain"),
        M.attachment(cert, "application/pdf", "Certificado_titularidad_BBVA.pdf", describe="forged bank ownership certificate (PDF)"),
    ], b(0))
    m.what = "Supplier bank-detail change from a look-alike of Suministros Eléctricos Castilla with a forged BBVA ownership certificate"
    m.why = ("Domain suministroscastila.es (missing 'l') on a Hetzner VPS, while the real supplier uses Google Workspace; redirects two specific open invoices, "
             "contact only by e-mail, forged certificate; compare the genuine (urgent) dunning letter business/28 with the unchanged account")
    return m


def a29():
    m = Msg("attack", 29, "es", "customs-fee-courier-phish-compromised-host")
    r = m.rng
    m.t = I.at(2026, 10, 22, 19, 7, 40, "EU")
    ip = "186.%d.%d.%d" % (r.randint(64, 95), r.randint(0, 255), r.randint(2, 250))
    vmi = "vmi-%d.localdomain" % r.randint(10000, 99999)
    m.env = env = I.helper_env(vmi, None, ip, None, received=[
        "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
            vmi, I.postfix_short_qid(r), I.rfc2822(m.t, "UTC", abbr=True))])
    env.boundary = I.b_phpmailer(r)
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "info@vmi-envios.localdomain"
    code = "CX%09dES" % r.randint(100000000, 999999999)
    link = "https://correos-aduanas-gestion.com/pago/?e=%s" % code
    paras = [
        "Correos",
        "",
        "Estimado cliente:",
        "",
        "Su envío %s procedente de China (remitente: Shenzhen Fibercom Technology Co., Ltd.) se encuentra retenido en la Aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera e IVA de importación." % code,
        "",
        "Importe pendiente: 2,99 €",
        "",
        "Para recibir su envío en los próximos 2 días laborables, realice el pago a través del siguiente enlace. Si no se efectúa el pago en 72 horas, el envío será devuelto al remitente.",
        "",
        "Pagar y programar entrega: %s" % link,
        "",
        "Gracias por confiar en Correos.",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
                         "<div style=\"background:#ffcd00;color:#00285f;padding:16px 20px;font-size:22px;font-weight:bold\">Correos</div><div style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:] if p and not p.startswith("Pagar"))
                         + "<p><a href=\"%s\" style=\"background:#00285f;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px\">Pagar 2,99 €</a></p></div></div>" % link,
                         "UTF-8", "Correos")
    m.headers = hdrs_phpmailer(m.t, "jose.martinez@example.com", "Correos <noreply@correos-notificaciones.es>",
                               M.hdr_text("Su envío %s está retenido en aduanas - pago pendiente 2,99 €" % code, "UTF-8", "B"),
                               "<%s@vmi-envios.localdomain>" % I.rstr(r, 43), zone="UTC", ver="6.5.0")
    m.body = alt(text, html, "UTF-8", "base64", "base64", env.boundary(0), label="UTF-8")
    m.what = "Courier/customs-fee phishing (Correos): small payment to release a shipment from China, link to a card-harvesting page"
    m.why = ("Direct-to-MX from a Latin American host without reverse DNS or TLS, HELO 'localdomain', PHPMailer, look-alike domains; "
             "Correos does not collect customs fees via such links; small amount and 72-hour return threat are typical card-phishing bait")
    return m


def a30():
    m = Msg("attack", 30, "es", "fake-lawyer-ceo-acquisition-escrow")
    r = m.rng
    m.t = I.at(2026, 12, 10, 10, 18, 57, "EU")
    m.env = env = I.zoho(r, m.t)
    dom = "salcedo-ibarra-abogados.com"
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "a.salcedo@%s" % dom
    iban = B.pt_iban("0035", "0697", "00058731942")
    cs = "UTF-8"
    paras = [
        "Estimado Sr. Martínez:",
        "",
        "Me pongo en contacto con usted por indicación del Dr. Matthias Höfer, con quien este despacho trabaja en la adquisición de un operador de centros de datos en la Península Ibérica. La operación está sujeta a un acuerdo de confidencialidad y a la normativa sobre información privilegiada, por lo que le ruego que no la comente con nadie de su oficina ni de la central hasta el anuncio oficial.",
        "",
        "Para cerrar la fase de exclusividad antes del viernes, la sociedad española del grupo debe realizar hoy una provisión de fondos de 84.500,00 EUR a la cuenta de depósito (escrow) gestionada por nuestro corresponsal en Lisboa:",
        "",
        "Beneficiario: Salcedo & Ibarra Escrow Services",
        "IBAN: %s" % B.fmt_iban(iban),
        "Concepto: Provisión fondos operación SIERRA",
        "",
        "El Dr. Höfer le confirmará en breve estas instrucciones por correo. Por favor, envíeme el justificante de la transferencia en cuanto la haya ordenado.",
        "",
        "Atentamente,",
        "",
        "Álvaro Salcedo Ruiz",
        "Socio - Derecho Mercantil y M&A",
        "Salcedo & Ibarra Abogados",
        "Paseo de la Castellana 141, 28046 Madrid",
    ]
    text = M.paras_to_text(paras)
    html = "<div style=\"font-family:Verdana,Arial,Helvetica,sans-serif;font-size:10pt\">" + "<br>".join(M.esc(p) for p in paras) + "</div>"
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", M.addr("Álvaro Salcedo", "a.salcedo@%s" % dom, cs, "Q")),
                 ("To", M.addr("José Martínez", "jose.martinez@example.com", cs, "Q")), ("Message-Id", env.msgid),
                 ("Subject", M.hdr_text("Confidencial - Operación SIERRA / instrucciones del Dr. Höfer", cs, "Q")),
                 ("MIME-Version", "1.0"), ("Importance", "High"), ("User-Agent", "Zoho Mail")]
    m.body = alt(text, html, "UTF-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "Fake-lawyer BEC: 'M&A lawyer' acting for the CEO asks the Spanish office manager for a confidential same-day escrow transfer of 84,500 EUR to a Portuguese account"
    m.why = ("Unknown law-firm domain on Zoho, secrecy toward colleagues and HQ, same-day deadline, foreign escrow IBAN, 'CEO will confirm by e-mail' (a spoofed confirmation follows); "
             "same scheme as attack/01")
    return m


def a31():
    m = Msg("attack", 31, "es", "sharepoint-lure-compromised-m365-bcc")
    r = m.rng
    m.t = I.at(2026, 12, 1, 15, 22, 9, "EU")
    m.env = env = I.eop(r, m.t, "transportesgil.es", region="eurprd03", pod="PA4PR03MB")
    m.rcpt = "jose.martinez@example.com"
    m.mailfrom = "lucia.gil@transportesgil.es"
    link = "https://gil-albaranes-noviembre.netlify.app/sharepoint/?d=%s" % I.rhex(r, 20)
    cs = "utf-8"
    paras = [
        "Lucía Gil ha compartido una carpeta contigo.",
        "",
        "Albaranes y facturas noviembre 2026",
        "",
        "Hola, te comparto los albaranes firmados y las facturas de noviembre para vuestra conciliación. Cualquier cosa me dices.",
        "",
        "Abrir: %s" % link,
        "",
        "Este vínculo solo funcionará para los destinatarios directos de este mensaje.",
        "Microsoft respeta su privacidad. Para obtener más información, lea nuestra Declaración de privacidad.",
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html(
        "<table width=\"100%%\" style=\"background:#fff\"><tr><td style=\"padding:24px;font-family:'Segoe UI',sans-serif;color:#242424\">"
        "<div style=\"font-size:20px\">Lucía Gil ha compartido una carpeta contigo.</div>"
        "<div style=\"margin:18px 0;padding:12px;border:1px solid #e1dfdd;width:340px\"><span style=\"color:#c19c00;font-size:28px\">&#128193;</span> <b>Albaranes y facturas noviembre 2026</b></div>"
        "<p>Hola, te comparto los albaranes firmados y las facturas de noviembre para vuestra conciliación. Cualquier cosa me dices.</p>"
        "<p><a href=\"%s\" style=\"background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px\">Abrir</a></p>"
        "<p style=\"font-size:11px;color:#616161\">Este vínculo solo funcionará para los destinatarios directos de este mensaje.<br>Microsoft respeta su privacidad. Para obtener más información, lea nuestra Declaración de privacidad.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>"
        "</td></tr></table>" % link, "utf-8", "SharePoint")
    m.headers = hdrs_outlook365(env, m.t, M.addr("Lucía Gil", "lucia.gil@transportesgil.es", cs),
                                M.addr("Lucía Gil", "lucia.gil@transportesgil.es", cs),
                                M.hdr_text("Lucía Gil ha compartido \"Albaranes y facturas noviembre 2026\" contigo", cs), lang="es-ES", rng=r)
    m.post_headers = env.ms_post
    m.body = alt(text, html, "utf-8", "base64", "base64", env.boundary(0), label="utf-8")
    m.what = "SharePoint-share lure sent from the compromised Microsoft 365 mailbox of carrier Transportes Gil to many Bcc recipients; 'Abrir' leads to a Netlify credential page"
    m.why = ("Real sender and genuine Microsoft 365 infrastructure, but a hand-made imitation of a SharePoint notification (real ones come from no-reply@sharepointonline.com), "
             "To = the sender herself with recipients in Bcc (mass mailing from a taken-over account), link to netlify.app instead of transportesgil-my.sharepoint.com; "
             "compare the genuine notice business/09 and Lucía's genuine delivery note business/29")
    return m


ALL = [a27, a28, a29, a30, a31]
