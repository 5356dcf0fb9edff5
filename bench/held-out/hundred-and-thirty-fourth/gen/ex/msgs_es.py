"""Spanish messages (attack 27-31, business 27-31)."""
import math
import struct

from . import docs, ids, mime, mta
from . import util as U
from . import world as W
from .core import P, Msg, att, esc, fit, outlook_alt, outlook_html, outlook_mixed, paras_html
from .templates import google_alert

ES = W.OFFICES["ES"]
LZ = W.LOZANO
JAVIER = ("Javier Morales Ruiz", "javier.morales@example.com")
LUCIA = ("Lucía Fernández Ortega", "lucia.fernandez@example.com")
LZ_SELLER = dict(name="Lozano Arte Transporte S.L.", lines=[
    "Embalaje, transporte y manipulación de obras de arte",
    "Calle de la Granja 18 · 28108 Alcobendas (Madrid) · Tel. +34 916 615 208",
    "CIF %s · administracion@lozanoarte.es" % LZ["cif"]])


def wav_voice(rng, seconds=4, rate=8000):
    """Low-level, speech-like noise bursts (inert placeholder audio), PCM 16-bit mono."""
    n = seconds * rate
    samples = bytearray()
    phase = 0.0
    for i in range(n):
        t = i / rate
        env = max(0.0, math.sin(2 * math.pi * 2.3 * t)) ** 2 * (0.6 + 0.4 * math.sin(2 * math.pi * 0.4 * t))
        f = 140 + 40 * math.sin(2 * math.pi * 3.1 * t)
        phase += 2 * math.pi * f / rate
        v = env * (0.55 * math.sin(phase) + 0.25 * math.sin(2 * phase) + 0.2 * (rng.random() - 0.5))
        samples += struct.pack("<h", int(v * 5000))
    data = bytes(samples)
    hdr = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1, 1, rate, rate * 2, 2, 16,
                      b"data", len(data))
    return hdr + data


# =================================================================== ATTACKS
def a27():
    m = Msg("27-es-aeat-notificacion-enlace-zip.eml", "attack", "es")
    m.frm = ("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es")
    m.to = [("", JAVIER[1])]
    m.subject = ("Notificación pendiente de lectura – Requerimiento de información (Modelo 303, 3T 2026) – "
                 "Ref. A28-2026-448172")
    m.date = U.local("CET", 2026, 10, 28, 8, 16, 45)
    m.msgid = "<%s@tallerescervera.es>" % U.b64(m.rng, 32, urlsafe=True)
    url = "https://sede-agenciatributaria.notificaciones-aeat.es/descarga/Requerimiento_A28448172.zip"
    text = ("Estimado/a contribuyente:\n\nLe comunicamos que la Agencia Estatal de Administración Tributaria ha puesto a "
            "su disposición una notificación relativa al siguiente procedimiento:\n\nTitular: EXAMPLE GROUP SUBASTAS S.L. "
            "– NIF %s\nProcedimiento: Requerimiento de información – Modelo 303, tercer trimestre 2026\nReferencia: "
            "A28-2026-448172\n\nEl requerimiento y la documentación anexa pueden descargarse en el siguiente enlace:\n%s\n\n"
            "Dispone de un plazo de 10 días hábiles para atender el requerimiento. La falta de atención podrá constituir "
            "infracción tributaria de acuerdo con el artículo 203 de la Ley 58/2003, General Tributaria.\n\n"
            "Agencia Tributaria\nDelegación Especial de Madrid\n\nEste mensaje se ha generado automáticamente. Por favor, "
            "no responda a este correo.\n") % (ES["tax"], url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:Arial,sans-serif;font-size:13px;color:#222"><table width="640" align="center" '
            'style="border:1px solid #ccc"><tr><td style="background:#a00c1c;color:#fff;padding:12px 18px;font-size:16px">'
            '<b>Agencia Tributaria</b> &nbsp;|&nbsp; Sede Electrónica</td></tr><tr><td style="padding:18px">%s</td></tr>'
            '</table></body></html>\n') % paras_html(text).replace(
        esc(url), '<a href="%s">Descargar requerimiento (PDF)</a>' % url)
    bnd = "b1=_%s" % U.b64(m.rng, 30, urlsafe=True)
    root = P("multipart/alternative", boundary=bnd, children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable", ct_style="unquoted"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable", ct_style="unquoted")])
    m.envfrom = "web@tallerescervera.es"
    m.what = ("Fake Agencia Tributaria 'notificación' (requerimiento on VAT form 303) with a link labelled PDF that "
              "downloads a ZIP from a look-alike AEAT domain – a typical Spanish malware campaign.")
    m.why = ("AEAT notifications are only announced via DEHú/sede with certificate access and never link to ZIPs; "
             "look-alike domain, PHPMailer on a compromised workshop site, sanctions threat, link text says PDF.")
    return m.finish(mta.phpmailer, root, host="cp204.webempresa.eu", host_ip="203.0.113.96", spf="none",
                    envfrom=m.envfrom, version="6.8.1")


def a28():
    m = Msg("28-es-caixabanknow-firma-sendgrid.eml", "attack", "es")
    m.frm = ("CaixaBankNow Empresas", "avisos@caixabanknow-empresas.com")
    m.to = [("", JAVIER[1])]
    m.subject = "Aviso importante: su firma digital de empresa caduca el 14/11/2026 – renovación obligatoria"
    m.date = U.local("CET", 2026, 11, 12, 9, 31, 2)
    m.msgid = "<%s@geopod-ismtpd-%d>" % (U.b64(m.rng, 16, urlsafe=True), m.rng.randint(1, 40))
    url = "https://caixabanknow-empresas.com/empresa/validacion/?ref=%s" % U.hexs(m.rng, 16)
    text = ("Estimado cliente:\n\nLe informamos de que la firma digital asociada al contrato de CaixaBankNow Empresas "
            "de EXAMPLE GROUP SUBASTAS S.L. caduca el próximo 14/11/2026. A partir de esa fecha no podrá firmar "
            "transferencias, remesas ni pagos de nóminas.\n\nPara renovarla, acceda con su identificador y PIN y "
            "confirme la operación con el código que recibirá por SMS:\n%s\n\nSi ya ha realizado la renovación, "
            "ignore este mensaje.\n\nAtentamente,\nCaixaBank Empresas – Servicio de Atención Digital\n") % url
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f3f5;'
            'font-family:Arial,sans-serif"><table width="100%%"><tr><td align="center" style="padding:20px">'
            '<table width="600" style="background:#fff"><tr><td style="background:#007eae;padding:16px 24px;'
            'color:#fff;font-size:20px"><b>CaixaBank</b>Now <span style="font-size:13px">Empresas</span></td></tr>'
            '<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#333">%s<p style="text-align:center">'
            '<a href="%s" style="background:#007eae;color:#fff;padding:12px 26px;text-decoration:none;border-radius:'
            '20px">Renovar firma digital</a></p></td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#888">'
            'CaixaBank, S.A. – C/ Pintor Sorolla 2-4, 46002 Valencia. Por su seguridad, CaixaBank nunca le solicitará '
            'sus claves completas por correo electrónico.</td></tr></table></td></tr></table></body></html>\n') % (
        paras_html(text.split("\n\nPara renovarla")[0]), url)
    root = P("multipart/alternative", boundary=U.hexs(m.rng, 64), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable")])
    m.envfrom = "bounces+%d-%s-javier.morales=example.com@em7731.caixabanknow-empresas.com" % (
        m.rng.randint(10 ** 7, 10 ** 8), U.hexs(m.rng, 4))
    m.what = ("Banking credential phishing for CaixaBankNow Empresas (the Madrid office's real bank): 'digital "
              "signature expires', link to caixabanknow-empresas.com to enter ID, PIN and SMS code; via SendGrid.")
    m.why = ("Look-alike domain with SendGrid authentication, threat of blocked payroll/transfers, asks for PIN and "
             "OTP (real-time phishing), even includes a 'we never ask for your keys' disclaimer to look genuine.")
    return m.finish(mta.sendgrid, root, em_sub="em7731")


def a29():
    m = Msg("29-es-lozano-lookalike-cuenta-certificado.eml", "attack", "es")
    m.frm = ("Marta Lozano Gil", "administracion@lozano-artetransporte.es")
    m.to = [JAVIER]
    m.subject = "RE: Factura F2026-0388 – Lozano Arte Transporte – nueva cuenta bancaria"
    m.date = U.local("CET", 2026, 11, 24, 12, 48, 30)
    m.msgid = "<%s@lozano-artetransporte.es>" % U.uuid4(m.rng)
    m.hcharset = ("windows-1252", "Q")
    new = ids.iban_es("0182", "7403", "0201587436")
    m.fact("ibans", new)
    m.fact("phones", "+34 916 615 208")
    text = ("Buenos días Javier:\n\nTe escribo por la factura F2026-0388 de 2.843,50 €, que según nuestro sistema "
            "sigue pendiente.\n\nTe informo de que hemos cambiado de entidad bancaria y de dominio de correo (estamos "
            "migrando todo a lozano-artetransporte.es, por favor usa esta dirección a partir de ahora). La cuenta del "
            "Sabadell se cancelará a final de mes, así que te pido que el pago de esta factura y los siguientes se "
            "hagan a la nueva cuenta:\n\nBBVA\n%s\nTitular: Lozano Arte Transporte S.L.\n\nTe adjunto el certificado "
            "de titularidad emitido por el banco. ¿Me puedes confirmar por aquí cuándo quedaría hecha la "
            "transferencia?\n\nMuchas gracias y un saludo,\n\nMarta Lozano Gil\nAdministración\nLozano Arte "
            "Transporte S.L.\nTel. +34 916 615 208\n") % ids.fmt_iban(new)
    text = fit(text, "windows-1252")
    html = outlook_html(text, "windows-1252", "ES")
    cert = docs.letter(
        m.file, "Certificado de titularidad", dict(name="BBVA", lines=[
            "Banco Bilbao Vizcaya Argentaria, S.A. · Oficina 7403 · Alcobendas"]),
        ["Lozano Arte Transporte S.L.", "Calle de la Granja 18", "28108 Alcobendas (Madrid)"], "Alcobendas, 20 de noviembre de 2026",
        "CERTIFICADO DE TITULARIDAD DE CUENTA",
        ["Banco Bilbao Vizcaya Argentaria, S.A. certifica que la cuenta abajo indicada figura abierta en esta entidad a "
         "nombre de LOZANO ARTE TRANSPORTE S.L., con CIF %s, en calidad de titular." % LZ["cif"],
         "Y para que así conste a petición del interesado, se expide el presente certificado."],
        "", ["Oficina 7403 – Alcobendas", "Firma y sello de la entidad"],
        boxes=[["Titular: LOZANO ARTE TRANSPORTE S.L.", "IBAN %s" % ids.fmt_iban(new), "BIC: BBVAESMMXXX"]],
        producer="iLovePDF", creator="Microsoft Word", created="D:20261121101233+01'00'", accent=(0.0, 0.27, 0.55),
        lang="es-ES")
    alt = outlook_alt(m, text, html, "windows-1252")
    alt.boundary = "----=_NextPart_001_%s" % U.hexs(m.rng, 20, True)
    root = P("multipart/mixed", boundary="----=_NextPart_000_%s" % U.hexs(m.rng, 20, True),
             preamble="This is a multipart message in MIME format.",
             children=[alt, att("application/pdf", cert, "Certificado_titularidad_cuenta_BBVA.pdf", fn_style="plain")])
    m.client_helo = "DESKTOP-K4T7QJ2"
    m.client_ip = "192.0.2.164"
    m.what = ("Bank-detail change for the Madrid art shipper from the look-alike domain lozano-artetransporte.es "
              "(real: lozanoarte.es), explained as a 'domain migration'; forged BBVA ownership certificate PDF.")
    m.why = ("Same provider (IONOS) as the real firm so headers look alike, new domain pre-emptively explained, "
             "IBAN at a different bank than the invoice, 'certificado de titularidad' made with iLovePDF, asks for "
             "confirmation by e-mail only.")
    return m.finish(mta.ionos, root, order=["From", "To", "References", "In-Reply-To", "Subject", "Date",
                                            "Message-ID", "MIME-Version", "__MIME__",
                                            "=X-Mailer: Microsoft Outlook 16.0", "=Content-Language: es"])


def a30():
    m = Msg("30-es-buzon-voz-svg-adjunto.eml", "attack", "es")
    m.frm = ("Centralita Virtual", "voicemail@examplegroup-pbx.com")
    m.to = [("", LUCIA[1])]
    m.subject = "Nuevo mensaje de voz de +34 915 472 218 (0:47) – 18/11/2026 09:51"
    m.date = U.local("CET", 2026, 11, 18, 9, 54, 12)
    m.msgid = "<%s.%s@examplegroup-pbx.com>" % (U.dstr(m.date, "UTC", "%Y%m%d%H%M%S"), U.hexs(m.rng, 16))
    url = "https://voz-examplegroup.web.app/escuchar?id=%s&u=lucia.fernandez%%40example.com" % U.hexs(m.rng, 20)
    text = ("Tiene un nuevo mensaje de voz.\n\nDe: +34 915 472 218\nPara: Lucía Fernández Ortega (ext. 104)\n"
            "Duración: 0:47\nRecibido: 18/11/2026 09:51\n\nEl mensaje está adjunto a este correo. Ábralo en su "
            "navegador para escucharlo.\n")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">\n'
           '<rect width="420" height="160" rx="10" fill="#f3f6f9" stroke="#c9d3dd"/>\n'
           '<text x="24" y="38" font-family="Segoe UI,Arial" font-size="16" fill="#1f2d3d">Mensaje de voz – '
           '+34 915 472 218</text>\n<text x="24" y="62" font-family="Segoe UI,Arial" font-size="12" fill="#5a6b7b">'
           'Duración 0:47 · 18/11/2026 09:51</text>\n<a xlink:href="%s" href="%s" target="_blank">\n'
           '<circle cx="52" cy="112" r="24" fill="#0a66c2"/>\n<polygon points="45,100 45,124 66,112" fill="#ffffff"/>\n'
           '<text x="90" y="117" font-family="Segoe UI,Arial" font-size="15" fill="#0a66c2">Reproducir mensaje</text>\n'
           '</a>\n<!-- INERT TEST SAMPLE: real SVG lures embed obfuscated JavaScript here; omitted. -->\n</svg>\n') % (
        url.replace("&", "&amp;"), url.replace("&", "&amp;"))
    root = P("multipart/mixed", boundary=U.hexs(m.rng, 32), children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
        att("image/svg+xml", svg.encode("utf-8"), "MensajeVoz_34915472218_0047.svg", fn_style="plain")])
    m.envfrom = "bounce+%s.%s-lucia.fernandez=example.com@mg.examplegroup-pbx.com" % (U.hexs(m.rng, 6), U.hexs(m.rng, 6))
    m.what = ("Voicemail lure with an SVG attachment: the 'message' is an SVG with a play button linking to a phishing "
              "page on Firebase hosting (web.app); sent via Mailgun from a look-alike PBX domain.")
    m.why = ("SVG as audio 'attachment' (active-content vector), look-alike examplegroup-pbx.com, the real PBX sends "
             "WAV files internally via mail-int01, link to a free hosting platform with the user's address in it.")
    return m.finish(mta.mailgun, root, mg_domain="mg.examplegroup-pbx.com")


def a31():
    m = Msg("31-es-google-forms-verificacion-buzon.eml", "attack", "es")
    m.frm = ("Soporte Técnico (a través de Formularios de Google)", "forms-receipts-noreply@google.com")
    m.reply_to = [("Soporte Técnico", "soporte.tecnico.eg@gmail.com")]
    m.to = [("", JAVIER[1])]
    m.subject = "Verificación de buzón – Example Group (migración a Outlook Web)"
    m.date = U.local("CET", 2026, 12, 2, 10, 8, 41)
    m.date_zone, m.date_style = "UTC", "pad"
    m.msgid = "<%s@google.com>" % ("0000000000000" + U.hexs(m.rng, 15))
    fid = "1FAIpQLSc" + U.b64(m.rng, 36, urlsafe=True)
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=mail_form_link" % fid
    text = ("Soporte Técnico te ha invitado a rellenar un formulario:\n\nVerificación de buzón – Example Group\n\n"
            "Debido a la migración de los buzones al nuevo servidor de Outlook Web, todas las cuentas deben "
            "verificarse antes del 04/12/2026. Las cuentas no verificadas se desactivarán y los correos pendientes se "
            "eliminarán.\n\nRELLENAR FORMULARIO: %s\n\n¿Tienes problemas para ver o enviar este formulario?\n"
            "RELLÉNALO EN FORMULARIOS DE GOOGLE: %s\n\nCrea tu propio formulario de Google: "
            "https://docs.google.com/forms?usp=mail_form_link\nDenunciar uso inadecuado: "
            "https://docs.google.com/forms/d/e/%s/reportabuse\n") % (url, url, fid)
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:600px;margin:0 auto">'
            '<div style="background:#673ab7;color:#fff;padding:18px 24px;border-radius:8px 8px 0 0;font-size:13px">'
            'Soporte Técnico te ha invitado a rellenar un formulario:</div><div style="border:1px solid #dadce0;'
            'border-top:none;padding:24px;border-radius:0 0 8px 8px"><div style="font-size:24px;color:#202124">'
            'Verificación de buzón – Example Group</div><p style="font-size:14px;color:#202124">Debido a la migración '
            'de los buzones al nuevo servidor de Outlook Web, todas las cuentas deben verificarse antes del '
            '04/12/2026. Las cuentas no verificadas se desactivarán y los correos pendientes se eliminarán.</p>'
            '<p><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;'
            'text-decoration:none;font-size:14px">RELLENAR FORMULARIO</a></p><p style="font-size:12px;color:#5f6368">'
            '¿Tienes problemas para ver o enviar este formulario? <a href="%s">RELLÉNALO EN FORMULARIOS DE GOOGLE</a>'
            '</p></div><p style="font-size:11px;color:#5f6368;text-align:center"><a href="https://docs.google.com/forms'
            '?usp=mail_form_link">Crea tu propio formulario de Google</a> · <a href="https://docs.google.com/forms/d/e/'
            '%s/reportabuse">Denunciar uso inadecuado</a></p></div></body></html>\n') % (url, url, fid)
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=html, charset="UTF-8", cte="quoted-printable")])
    m.envfrom = "3%s@forms.bounces.google.com" % U.b64(m.rng, 40, urlsafe=True).replace("-", "a").replace("_", "b")
    m.what = ("Google Forms abuse: a real Forms invitation (sent by Google, DKIM google.com) from an attacker's account "
              "named 'Soporte Técnico' asking to 'verify the mailbox' for an Outlook Web migration – the form "
              "collects e-mail password.")
    m.why = ("Platform abuse with perfect authentication; signals are a password-collecting form on docs.google.com "
             "for a Microsoft mailbox, Gmail Reply-To, deadline and deletion threat, 'Soporte Técnico' is not a real "
             "internal sender.")
    return m.finish(mta.google_system, root, d="google.com",
                    order=["Date", "Reply-To", "Message-ID", "Subject", "From", "To", "__MIME__"])


# =================================================================== BUSINESS
def b27():
    m = Msg("27-es-dehu-aviso-notificacion.eml", "business", "es")
    m.frm = ("DEHú - Dirección Electrónica Habilitada única", "no-reply@dehu.redsara.es")
    m.to = [("", JAVIER[1])]
    m.subject = "Aviso de puesta a disposición de notificación"
    m.date = U.local("CET", 2026, 10, 14, 7, 2, 33)
    m.msgid = "<%s.%d.JavaMail.dehu@dehu-notif03>" % (U.digits(m.rng, 8), U.ts(m.date) * 1000)
    m.hcharset = ("ISO-8859-1", "Q")
    text = ("Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada "
            "única (DEHú).\n\nTitular: %s - EXAMPLE GROUP SUBASTAS SL\nOrganismo emisor: Agencia Estatal de "
            "Administración Tributaria\nFecha de puesta a disposición: 14/10/2026\n\nPara acceder a su contenido, "
            "entre en la DEHú (https://dehu.redsara.es) o en la sede electrónica del organismo emisor e "
            "identifíquese con certificado electrónico o Cl@ve. Dispone de 10 días naturales desde la puesta a "
            "disposición para acceder; transcurrido dicho plazo, la notificación se entenderá rechazada.\n\n"
            "Este aviso no contiene ningún enlace personal ni documento adjunto. Por favor, no responda a este "
            "mensaje.\n\nSecretaría General de Administración Digital\n") % ES["tax"]
    root = P("text/plain", text=text, charset="ISO-8859-1", cte="quoted-printable")
    m.what = ("Genuine DEHú notice that a new notification from the Spanish Tax Agency is available (access only with "
              "certificate or Cl@ve).")
    m.why = ("Official government notification service, no personal link or attachment, only the public portal "
             "address, matches the normal AEAT process.")
    m.hard_negative_of = (["attack/27-es-aeat-notificacion-enlace-zip.eml"],
                          "Tax notification announcement. Genuine: DEHú, no link to a document. Attack: look-alike "
                          "AEAT domain with a ZIP download link.")
    return m.finish(mta.generic_org, root, mta="correo-salida.redsara.es", mta_ip="192.0.2.36", dkim_sel="dehu",
                    dkim_domain="dehu.redsara.es", hlist="From:To:Subject:Date:Message-ID",
                    inner=["Received: from dehu-notif03.redsara.es (dehu-notif03.redsara.es [10.253.16.43])\n"
                           "\tby correo-salida.redsara.es (Postfix) with ESMTP id %s;\n\t{DATE}" % U.postfix_qid(m.rng)],
                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"])


def b28():
    m = Msg("28-es-lozano-factura-verifactu-qr.eml", "business", "es")
    m.frm = ("Marta Lozano Gil", "administracion@lozanoarte.es")
    m.to = [JAVIER]
    m.cc = [("Raúl Ibáñez", "raul.ibanez@lozanoarte.es")]
    m.subject = "Factura F2026-0388 - Lozano Arte Transporte"
    m.date = U.local("CET", 2026, 11, 3, 12, 22, 6)
    m.msgid = "<%s@lozanoarte.es>" % U.uuid4(m.rng)
    m.hcharset = ("windows-1252", "Q")
    iban = LZ["iban"]
    m.fact("ibans", iban)
    m.fact("phones", "+34 916 615 208")
    payload = m.qr("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=F2026-0388"
                   "&fecha=03-11-2026&importe=2843.50" % LZ["cif"])
    text = ("Hola Javier:\n\nTe adjunto la factura F2026-0388 correspondiente a la recogida de las 14 obras en "
            "Salamanca (domicilio de la familia Arróspide), embalaje a medida y transporte a vuestra sala de "
            "Claudio Coello.\n\nImporte: 2.843,50 € (IVA incluido). Vencimiento a 30 días, transferencia a la cuenta "
            "de siempre del Sabadell.\n\nUn saludo,\n\nMarta Lozano Gil\nAdministración\nLozano Arte Transporte S.L.\n"
            "Tel. +34 916 615 208\n")
    html = outlook_html(text, "windows-1252", "ES")
    inv = docs.invoice(
        m.file, "Factura F2026-0388", LZ_SELLER,
        ["EXAMPLE GROUP SUBASTAS S.L.", "Calle de Claudio Coello 47", "28001 Madrid", "CIF %s" % ES["tax"]],
        [("Factura n.º", "F2026-0388"), ("Fecha", "03/11/2026"), ("Vencimiento", "03/12/2026"),
         ("Su referencia", "Lote Arróspide / L. Fernández")],
        ["Cód.", "Concepto", "Cant.", "Precio", "Importe"],
        [["R-01", "Recogida en domicilio particular (Salamanca), 2 operarios especializados", "1", "480,00", "480,00"],
         ["E-12", "Embalaje a medida: cajas de madera con espuma y papel neutro (14 obras)", "14", "85,00", "1.190,00"],
         ["T-03", "Transporte en vehículo climatizado Salamanca – Madrid", "1", "680,00", "680,00"]],
        [("Base imponible", "2.350,00 €", False), ("IVA 21%", "493,50 €", False), ("Total factura", "2.843,50 €", True)],
        notes=["Forma de pago: transferencia bancaria a Banco Sabadell, IBAN %s." % ids.fmt_iban(iban),
               "Factura verificable en la sede electrónica de la AEAT."],
        qr_payload=payload, qr_caption="QR tributario:\nVERI*FACTU",
        footer=["Lozano Arte Transporte S.L. · Inscrita en el Registro Mercantil de Madrid, Tomo 31458, Folio 112, "
                "Hoja M-566102"],
        producer="Holded invoicing", creator="Holded", created="D:20261103121502+01'00'", accent=(0.55, 0.3, 0.05),
        lang="es-ES")
    alt = outlook_alt(m, text, html, "windows-1252")
    alt.boundary = "----=_NextPart_001_%s" % U.hexs(m.rng, 20, True)
    root = P("multipart/mixed", boundary="----=_NextPart_000_%s" % U.hexs(m.rng, 20, True),
             preamble="This is a multipart message in MIME format.",
             children=[alt, att("application/pdf", inv, "Factura_F2026-0388.pdf", fn_style="plain")])
    m.client_helo = "DESKTOP-LZ0ADM1"
    m.client_ip = "198.51.100.177"
    m.what = ("Art shipper's invoice F2026-0388 (collection of 14 works in Salamanca, 2.843,50 EUR) with the Spanish "
              "VERI*FACTU tax QR code linking to the AEAT verification service.")
    m.why = ("Known supplier via IONOS from its real domain, matches a job ordered by the Madrid office, pays to the "
             "usual Sabadell account, QR points to agenciatributaria.gob.es with the invoice data.")
    m.hard_negative_of = (["attack/29-es-lozano-lookalike-cuenta-certificado.eml"],
                          "Same invoice. Genuine: real domain, usual account. Attack: look-alike domain 'migration', "
                          "BBVA account and forged certificate.")
    return m.finish(mta.ionos, root, order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version",
                                            "__MIME__", "=X-Mailer: Microsoft Outlook 16.0", "=Content-Language: es"])


def b29():
    m = Msg("29-es-buzon-voz-3cx-wav.eml", "business", "es")
    m.frm = ("Centralita Madrid", "pbx-mad@example.com")
    m.to = [LUCIA]
    m.subject = "Nuevo mensaje de voz de Raúl Ibáñez (+34916615208) en la extensión 104"
    m.date = U.local("CET", 2026, 11, 18, 10, 2, 44)
    m.msgid = "<%s@pbx-mad01.corp.example.com>" % U.uuid4(m.rng)
    wav = wav_voice(m.rng)
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><p>Hola Lucía,</p><p>Ha recibido '
            'un nuevo mensaje de voz.</p><table style="font-size:14px"><tr><td>De:</td><td><b>Raúl Ibáñez '
            '(+34916615208)</b></td></tr><tr><td>Extensión:</td><td>104</td></tr><tr><td>Duración:</td><td>00:00:04'
            '</td></tr><tr><td>Recibido:</td><td>18/11/2026 10:02</td></tr></table><p>El mensaje se adjunta en formato '
            'WAV.</p><p style="color:#888;font-size:12px">3CX Phone System – pbx-mad01</p></body></html>\n')
    root = P("multipart/mixed", boundary="--boundary_0_%s" % U.uuid4(m.rng), children=[
        P("text/html", text=html, charset="utf-8", cte="quoted-printable"),
        att("audio/wav", wav, "vmail_104_20261118100244.wav", fn_style="plain")])
    m.fact("phones", "+34916615208")
    m.what = ("Voicemail notification from the Madrid office's own 3CX PBX with the recorded message as a WAV file "
              "(caller: the art shipper).")
    m.why = ("Internal system relayed via mail-int01, WAV audio (no active content), known caller, no links.")
    m.hard_negative_of = (["attack/30-es-buzon-voz-svg-adjunto.eml"],
                          "Voicemail notification. Genuine: internal PBX, WAV. Attack: external look-alike PBX domain, "
                          "SVG 'player' linking to a phishing site.")

    def profile(ctx, m, body):
        w1 = U.add(m.date, 1)
        out = mta.top_block(ctx, m, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", U.add(w1, 2),
                            tls=mta.TLS13_128, internal=True)
        out.append("Received: from pbx-mad01.corp.example.com (pbx-mad01.corp.example.com [10.34.0.10])\n\tby "
                   "mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                       U.postfix_qid(ctx.rng), LUCIA[1], U.fmt(w1, "CET", "postfix")))
        return out + mta.core_headers(m, ["MIME-Version", "From", "To", "Date", "Subject", "Message-ID", "__MIME__",
                                          "=X-Mailer: 3CX Phone System"])
    return m.finish(profile, root)


def b30():
    m = Msg("30-es-google-forms-recibo-salon-anticuarios.eml", "business", "es")
    m.frm = ("Google Forms", "forms-receipts-noreply@google.com")
    m.to = [("", LUCIA[1])]
    m.subject = "Solicitud de expositores – Salón de Anticuarios de Madrid 2027"
    m.date = U.local("CET", 2026, 10, 9, 13, 41, 10)
    m.date_zone, m.date_style = "UTC", "pad"
    m.msgid = "<%s@google.com>" % ("0000000000000" + U.hexs(m.rng, 15))
    fid = "1FAIpQLSe" + U.b64(m.rng, 36, urlsafe=True)
    edit = "https://docs.google.com/forms/d/e/%s/viewform?edit2=2_ABaOnud%s" % (fid, U.b64(m.rng, 48, urlsafe=True))
    text = ("Gracias por rellenar Solicitud de expositores – Salón de Anticuarios de Madrid 2027\n\n"
            "Aquí tienes lo que se ha recibido:\n\nRazón social: Example Group Subastas S.L.\nCIF: %s\n"
            "Persona de contacto: Lucía Fernández Ortega\nCorreo electrónico: lucia.fernandez@example.com\n"
            "Especialidad: Pintura antigua, mobiliario, artes decorativas\nSuperficie de stand solicitada: 36 m²\n"
            "¿Ha participado en ediciones anteriores?: Sí (2025, 2026)\n\nEditar respuesta: %s\n\n"
            "Crea tu propio formulario de Google: https://docs.google.com/forms?usp=mail_form_link\n") % (ES["tax"], edit)
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif"><div style="max-width:600px;margin:0 auto">'
            '<div style="border-top:10px solid #795548;border:1px solid #dadce0;border-radius:8px;padding:24px">'
            '<div style="font-size:22px;color:#202124">Gracias por rellenar Solicitud de expositores – Salón de '
            'Anticuarios de Madrid 2027</div><p style="font-size:14px;color:#5f6368">Aquí tienes lo que se ha recibido:'
            '</p>%s<p><a href="%s" style="color:#1a73e8">Editar respuesta</a></p></div><p style="font-size:11px;'
            'color:#5f6368;text-align:center"><a href="https://docs.google.com/forms?usp=mail_form_link">Crea tu propio '
            'formulario de Google</a></p></div></body></html>\n') % (
        paras_html(text.split("Aquí tienes lo que se ha recibido:\n\n")[1].split("\n\nEditar")[0]), edit)
    root = P("multipart/alternative", boundary=U.gmail_boundary(m.rng), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=html, charset="UTF-8", cte="quoted-printable")])
    m.envfrom = "3%s@forms.bounces.google.com" % U.b64(m.rng, 40, urlsafe=True).replace("-", "a").replace("_", "b")
    m.what = ("Google Forms receipt: copy of the Madrid office's own exhibitor application for an antiques fair "
              "(answers echoed, edit-response link).")
    m.why = ("Google Forms system mail (DKIM google.com) triggered by the office manager's own submission, contains "
             "only her answers, no credential request.")
    m.hard_negative_of = (["attack/31-es-google-forms-verificacion-buzon.eml"],
                          "Google Forms mail. Genuine: receipt of one's own submission. Attack: invitation to a form "
                          "collecting mailbox passwords.")
    return m.finish(mta.google_system, root, d="google.com",
                    order=["Date", "Message-ID", "Subject", "From", "To", "__MIME__"])


def b31():
    m = Msg("31-es-google-alerta-seguridad-inicio-sesion.eml", "business", "es")
    m.frm = ("Google", "no-reply@accounts.google.com")
    m.to = [("", LUCIA[1])]
    m.subject = "Alerta de seguridad"
    m.date = U.local("CET", 2026, 10, 27, 17, 3, 52)
    m.date_zone, m.date_style = "UTC", "pad"
    m.msgid = "<%s@google.com>" % U.b64(m.rng, 16, urlsafe=True)
    root, link = google_alert(m, LUCIA[1], "es", "Windows", "27 oct 2026, 17:03 (CET)")
    m.envfrom = "3%s@gaia.bounces.google.com" % U.b64(m.rng, 40, urlsafe=True).replace("-", "a").replace("_", "b")
    m.what = ("Google account security alert (Spanish) for the Google account the Madrid office uses for its Business "
              "Profile: new sign-in on a Windows device.")
    m.why = ("Google's account-notification system (DKIM accounts.google.com), link to accounts.google.com/"
             "myaccount.google.com only, informational; the office manager had just logged in on a new laptop.")
    m.hard_negative_of = (["attack/28-es-caixabanknow-firma-sendgrid.eml"],
                          "Security notice. Genuine: provider's own system, no credentials requested. Attack: bank "
                          "look-alike asking for PIN and OTP.")
    return m.finish(mta.google_system, root, d="accounts.google.com",
                    extra=["=X-Account-Notification-Type: 127", "=Feedback-ID: P-10-0:C20060867:M110136315-es:gamma",
                           "=X-Notifications: %s" % U.hexs(m.rng, 16),
                           "=X-Notifications-Bounce-Info: A%s" % U.b64(m.rng, 60, urlsafe=True)])


ATTACK = [a27, a28, a29, a30, a31]
BUSINESS = [b27, b28, b29, b30, b31]
