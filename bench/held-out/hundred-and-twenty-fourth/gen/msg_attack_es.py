"""attack/27-31 (Spanish)."""

import random

import docs
import ids
import imgs
import infra
import kit
import mime
import pdf
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html)
from company import CORR, ENT, P
from infra import T, hdr, plus, rfcdate

ES = ENT["ES"]


# ------------------------------------------------------------------ 27 ----
@msg("attack", "27", "es", "aeat-notificacion-dehu-phishing")
def a27(c):
    r = c.rng
    t = T(2026, 10, 15, 11, 26, 40)
    jo = P("javier.ortega")
    exp = "2026%s%07d" % (r.choice(["GRC", "RGE", "ECN"]), r.randint(1000000, 9999999))
    url = "https://www.gestoriaplanasvic.com/wp-content/uploads/aeat/notificacion.php?exp=%s&nif=%s" % (exp, ES["vat"][2:])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="650" cellpadding="0" cellspacing="0" style="border:1px solid #ccc"><tr><td style="background:#a01c1c;color:#fff;padding:14px 18px;font-size:18px"><b>Agencia Tributaria</b> &middot; Sede Electr&oacute;nica</td></tr>
<tr><td style="padding:18px">
<p><b>Aviso de puesta a disposici&oacute;n de notificaci&oacute;n electr&oacute;nica</b></p>
<p>Titular: EXAMPLE CARNICA IBERICA SL &mdash; NIF: %s</p>
<p>Le comunicamos que tiene a su disposici&oacute;n en la Direcci&oacute;n Electr&oacute;nica Habilitada &uacute;nica (DEH&uacute;) una notificaci&oacute;n de la Agencia Estatal de Administraci&oacute;n Tributaria relativa al procedimiento sancionador n.&ordm; %s (Impuesto sobre el Valor A&ntilde;adido, ejercicio 2025, modelo 303).</p>
<p>Dispone de un plazo de <b>10 d&iacute;as naturales</b> para acceder a su contenido. Transcurrido dicho plazo sin que se acceda, la notificaci&oacute;n se entender&aacute; rechazada y se continuar&aacute; con el procedimiento (art. 43 de la Ley 39/2015).</p>
<p style="text-align:center"><a href="%s" style="background:#a01c1c;color:#fff;padding:10px 24px;text-decoration:none">Acceder a la notificaci&oacute;n</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado autom&aacute;ticamente. No responda a este correo.<br>Agencia Estatal de Administraci&oacute;n Tributaria &middot; C/ Infanta Mercedes, 37 &middot; 28020 Madrid</p>
</td></tr></table></body></html>""" % (ES["vat"][2:], exp, Eq(url))
    root = mime.text(html, "html", "iso-8859-1", "quoted-printable", ct_style="bare")
    frm = mime.addr("Agencia Tributaria", "notificaciones@gestoriaplanasvic.com")
    mid = "<%s@www.gestoriaplanasvic.com>" % infra.ralnum(r, 43)
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("To", jo[1]), hdr("From", frm),
          hdr("Subject", mime.hdr_text("Notificación electrónica disponible - Procedimiento sancionador %s" % exp, "iso-8859-1", "Q")),
          hdr("Message-ID", mid), hdr("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    s = senders.exim_cpanel(r, t, ch, frm, "s3.hostingcatala.net", "198.51.100.141", local_php=True,
                            dkim_domain="gestoriaplanasvic.com", cpuser="gestplan", rcpt=jo[1])
    H, _, _ = infra.deliver(r, s, jo[1], dmarc=("pass", "none", "gestoriaplanasvic.com"))
    return spec(H, root,
                "'Agencia Tributaria' notice that a penalty-procedure notification awaits in DEHú, 10 days to access.",
                "Tax-authority phishing from a hacked Catalan advisory firm's WordPress (PHPMailer/cPanel, DKIM of the hacked domain), the button goes to a PHP script on that site; AEAT/DEHú notices come from redsara.es and never link to third-party sites (business/27).",
                urls=[url])


# ------------------------------------------------------------------ 28 ----
@msg("attack", "28", "es", "caixabank-empresas-quishing-png")
def a28(c):
    r = c.rng
    t = T(2026, 11, 11, 9, 4, 18)
    mp = P("montserrat.puig")
    dom = "caixabanknow-empresas.net"
    ref = infra.ralnum(r, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    qr = "https://firma.caixabanknow-empresas.net/activar?r=%s&cli=B66" % ref
    png = imgs.qr_png(qr, scale=4)
    text = """Estimado cliente:

De acuerdo con la normativa europea de servicios de pago (PSD2), el próximo 30 de noviembre de 2026 caduca la firma digital asociada a su contrato de CaixaBankNow Empresas.

Para seguir autorizando transferencias, remesas y pagos de nóminas, es necesario renovar la firma desde su dispositivo móvil. Por motivos de seguridad, la renovación solo puede realizarse escaneando el código QR de este mensaje con la cámara de su teléfono.

Si no realiza la renovación antes de la fecha indicada, las operaciones pendientes de firma quedarán bloqueadas.

Atentamente,
CaixaBank, S.A.
Servicio de Atención a Empresas
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;background:#f0f3f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="background:#007eae;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">CaixaBank<span style="font-weight:normal"> Empresas</span></td></tr>
<tr><td style="padding:20px 24px">%s
<p style="text-align:center"><img src="cid:qr-firma@caixabank" width="180" height="180" alt="Código QR"><br><span style="font-size:12px;color:#666">Escanee este código con la cámara de su móvil</span></p>
<p style="font-size:11px;color:#888">CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia · NIF A08663619</p></td></tr></table></body></html>""" % "".join(
        "<p>%s</p>" % E(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
    b_rel = "=_rel_" + infra.rhex(r, 24)
    b_alt = "=_alt_" + infra.rhex(r, 24)
    alt = kit.alt(b_alt, text, html, "utf-8", "quoted-printable")
    img = mime.attachment(png, "image/png", "qr.png", style="plain", disposition="inline", cid="qr-firma@caixabank")
    root = mime.multipart_inline("related", [alt, img], b_rel, extra='; type="multipart/alternative"')
    frm = mime.addr("CaixaBank Empresas", "avisos@" + dom)
    mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), infra.rhex(r, 12), dom)
    ch = [hdr("Message-ID", mid), hdr("Date", rfcdate(t, "CET")), hdr("From", frm), hdr("To", mp[1]),
          hdr("Subject", mime.hdr_text("Renovación obligatoria de su firma digital CaixaBankNow Empresas", "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    host, ip = "mail." + dom, "203.0.113.%d" % r.randint(150, 200)
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain=dom, selector="mail", amavis=False,
                            inner=[senders.rec_local_app(r, plus(t, 1), "localhost", host, app_ip="127.0.0.1")])
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'CaixaBank Empresas' says the digital signature expires under PSD2; renew only by scanning the QR code in the mail.",
                "Quishing: the only link is an inline PNG QR code to firma.caixabanknow-empresas.net, look-alike domain on a VPS, deadline and blocking threat; the QR hides the URL from link scanners.",
                qr=[qr])


# ------------------------------------------------------------------ 29 ----
@msg("attack", "29", "es", "google-drive-share-proveedor-comprometido")
def a29(c):
    r = c.rng
    t = T(2026, 11, 20, 17, 2, 51)
    jo = P("javier.ortega")
    fid = "1" + infra.ralnum(r, 32, senders.ALNUM + "-_")
    url = "https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=%s" % (fid, infra.rhex(r, 8))
    fname = "Albaranes y facturas pendientes - noviembre 2026.pdf"
    note = "Hola Javier, te paso el resumen de albaranes y facturas pendientes de noviembre para que lo reviséis antes del cierre. Saludos, Núria"
    text = """Núria Serra ha compartido un archivo contigo

%s

%s

Abrir: %s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.
Has recibido este correo electrónico porque nuria.serra@carnicasvalles.es ha compartido un archivo contigo desde Google Drive.
""" % (note, fname, url)
    html = ('<!doctype html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;font-family:\'Google Sans\',Roboto,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px"><table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px">'
            '<tr><td style="padding:24px 24px 8px;font-size:22px;color:#202124">Núria Serra ha compartido un archivo contigo</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043"><span style="display:block;background:#f1f3f4;border-radius:8px;padding:12px">%s</span></td></tr>'
            '<tr><td style="padding:12px 24px"><table style="border:1px solid #dadce0;border-radius:16px"><tr><td style="padding:8px 12px;font-size:14px">&#128196; <a href="%s" style="color:#3c4043;text-decoration:none">%s</a></td></tr></table></td></tr>'
            '<tr><td style="padding:12px 24px 24px"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Abrir</a></td></tr>'
            '<tr><td style="padding:16px 24px;font-size:12px;color:#5f6368;border-top:1px solid #dadce0">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.<br>Has recibido este correo electrónico porque nuria.serra@carnicasvalles.es ha compartido un archivo contigo desde Google Drive.</td></tr>'
            '</table></td></tr></table></body></html>') % (E(note), Eq(url), E(fname), Eq(url))
    root = kit.alt(infra.gmail_boundary(r), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Núria Serra (a través de Google Drive)", "drive-shares-dm-noreply@google.com", "utf-8", "Q", csname="UTF-8")
    mid = "<%s-%s@google.com>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), infra.ralnum(r, 5))
    s = infra.gmail_send(r, t, frm, [jo[1]], mime.hdr_text("Núria Serra ha compartido un archivo contigo: «%s»" % fname, "utf-8", "B"), mid,
                         reply_to=mime.addr("Núria Serra", "nuria.serra@carnicasvalles.es", "utf-8", "Q"), workspace_domain="google.com", sor=True, dkim_sel="20230601",
                         dkim_h="reply-to:mime-version:message-id:date:subject:from:to:from:to:cc\r\n         :subject:date:message-id:reply-to")
    s.mailfrom = "3%s@doclist.bounces.google.com" % infra.ralnum(r, 40, senders.ALNUM)
    H, _, _ = infra.deliver(r, s, jo[1], dmarc=("pass", "reject", "google.com"))
    return spec(H, root,
                "Google Drive notification: the pork supplier's sales contact shared a PDF of delivery notes and open invoices.",
                "Document-share lure from the supplier's compromised Google Workspace account via Google's real Drive infrastructure (authentication passes for google.com); the shared PDF contains only a 'Ver documento' button to a credential-phishing page. The supplier normally sends invoices as attachments from facturacion@ (business/28); compare the genuine Drive share business/29.",
                urls=[url])


# ------------------------------------------------------------------ 30 ----
@msg("attack", "30", "es", "falsa-licitacion-defensa-tasa")
def a30(c):
    r = c.rng
    t = T(2026, 12, 9, 10, 55, 2)
    mp = P("montserrat.puig")
    jo = P("javier.ortega")
    dom = "defensa-contratacion.es"
    ten = infra.M365Tenant(random.Random("tenant:defensa-fake"), dom)
    iban = ids.gen_iban(r, "ES", bank="1465", branch="0100")
    expd = "2026/ET/%04d" % r.randint(100, 999)
    text = """Estimados señores:

La Subdirección General de Adquisiciones de Armamento y Material del Ministerio de Defensa tramita el expediente %s, "Suministro de carne de porcino fresca y congelada para las unidades del Ejército de Tierra en Cataluña y Aragón - ejercicio 2027", por procedimiento negociado sin publicidad, con un valor estimado de 1.386.000 € (IVA excluido).

Su empresa ha sido preseleccionada por su capacidad de suministro y sus certificaciones. Para participar, es necesario que su empresa esté inscrita en el Registro de Proveedores Homologados de Defensa antes del 18 de diciembre de 2026. La inscripción conlleva una tasa de homologación de 1.850,00 €, que deberá abonarse por transferencia a la cuenta del registro:

Titular: Registro Proveedores Homologados
IBAN: %s
Concepto: HOMOLOG %s %s

Una vez recibido el justificante de pago en esta dirección, le remitiremos el pliego de prescripciones técnicas completo y las credenciales de acceso a la plataforma de licitación. Se adjunta extracto del pliego de cláusulas administrativas.

Atentamente,

Cte. Francisco J. Lozano Vera
Jefe de Negociado de Contratación
Subdirección General de Adquisiciones de Armamento y Material
Ministerio de Defensa
Tel. +34 910 83 47 21
""" % (expd, ids.fmt_iban(iban), expd, ES["vat"][2:])
    html = outlook_html(text, "es")
    d = docs.letter(title="Extracto PCAP " + expd, author="SGAAM", creator="Microsoft Word", producer="Microsoft® Word para Microsoft 365",
                    date=docs.pdfdate(plus(t, -86400)), brand="MINISTERIO DE DEFENSA", brand_color=(0.55, 0.08, 0.12),
                    brand_sub="Subdirección General de Adquisiciones",
                    sender_line="Ministerio de Defensa · Paseo de la Castellana 109 · 28046 Madrid",
                    recipient=["EXAMPLE CÁRNICA IBÉRICA S.L.", "Polígon Industrial Mas Beuló", "08500 Vic (Barcelona)"],
                    place_date="Madrid, 4 de diciembre de 2026", subject="Extracto del pliego de cláusulas administrativas particulares – Exp. " + expd,
                    body=["Objeto: suministro de carne de porcino fresca y congelada (lomo, paleta, panceta, carne picada) para las unidades del Ejército de Tierra en Cataluña y Aragón.",
                          ("box", [("Procedimiento:", "Negociado sin publicidad"), ("Valor estimado:", "1.386.000,00 € (IVA excl.)"),
                                   ("Duración:", "01/01/2027 – 31/12/2027"), ("Requisito previo:", "Inscripción en RPH (tasa 1.850,00 €)")]),
                          "La documentación técnica y el acceso a la plataforma se facilitarán una vez acreditado el abono de la tasa de homologación. El incumplimiento del plazo conllevará la exclusión del procedimiento."],
                    closing=["El Jefe de Negociado de Contratación"],
                    footer=[["Ministerio de Defensa", "Subdirección General de Adquisiciones"], ["contratacion@defensa-contratacion.es", "Tel. +34 910 83 47 21"]])
    pdfb = d.render()
    msgid, local = infra.m365_msgid(r, ten)
    root = kit.outlook(local, ten.mbx + "eurp", text, html, "utf-8",
                       atts=[(pdfb, "application/pdf", "Extracto_PCAP_Exp_%s.pdf" % expd.replace("/", "-"))])
    frm = mime.addr("Contratación - Ministerio de Defensa", "contratacion@" + dom, "utf-8", "Q")
    s = infra.m365_send(r, ten, t, frm, [mime.addr("Montserrat Puig", mp[1])],
                        mime.hdr_text("Expediente %s - suministro de carne de porcino 2027 - invitación a participar" % expd, "utf-8", "Q"), msgid,
                        cc=[mime.addr("Javier Ortega", jo[1])], has_attach=True, lang="es-ES", accept="es-ES, en-US")
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "none", dom), arc=s.arc)
    return spec(H, root,
                "'Ministry of Defence' invites the Spanish entity to a negotiated tender for pork supply 2027, registration fee of 1,850 EUR first.",
                "Advance-fee/fake tender: look-alike domain defensa-contratacion.es on an attacker Microsoft 365 tenant, 'pre-selected' without application, fee to a bank account named 'Registro Proveedores Homologados'; Spanish public tenders are published on the Plataforma de Contratación and never require a fee (business/30).",
                ibans=[iban], phones=["+34 910 83 47 21"], iban_notes={iban: "attacker"})


# ------------------------------------------------------------------ 31 ----
def adobesign_mail(r, t, sender_name, sender_mail, agreement, message, lang="es"):
    aid = "CBJCHBCAABAA" + infra.ralnum(r, 32, senders.ALNUM + "-_")
    url = "https://secure.eu1.adobesign.com/public/apiesign?pid=%s&client_id=%s&asrc=email" % (aid, infra.ralnum(r, 8, senders.ALNUM))
    text = """%s (%s) le ha enviado %s para firmar.

Revisar y firmar: %s

Mensaje de %s:
%s

Después de firmar, todas las partes recibirán una copia del documento firmado.

No reenvíe este correo electrónico. Si lo hace, otras personas podrían acceder a su documento.

Powered by Adobe Acrobat Sign
""" % (sender_name, sender_mail, agreement, url, sender_name, message)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#f4f4f4;font-family:adobe-clean,Helvetica,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px"><table width="580" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="padding:24px 32px;font-size:14px;color:#2c2c2c"><b>%s</b> (%s) le ha enviado <b>%s</b> para firmar.</td></tr>'
            '<tr><td style="padding:0 32px 20px"><a href="%s" style="background:#1473e6;color:#fff;padding:10px 22px;border-radius:16px;text-decoration:none;font-weight:bold;font-size:14px">Revisar y firmar</a></td></tr>'
            '<tr><td style="padding:0 32px 20px;font-size:14px;color:#4b4b4b"><b>Mensaje de %s:</b><br>%s</td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#6e6e6e;border-top:1px solid #eaeaea">Después de firmar, todas las partes recibirán una copia del documento firmado.<br>No reenvíe este correo electrónico. Si lo hace, otras personas podrían acceder a su documento.<br><br>Powered by Adobe Acrobat Sign</td></tr>'
            '</table></td></tr></table></body></html>') % (E(sender_name), E(sender_mail), E(agreement), Eq(url), E(sender_name), E(message).replace("\n", "<br>"))
    return text, html, url, aid


def adobesign_send(r, t, frm, to, subject, sender_mail, text, html, sender_name):
    root = kit.alt("----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    s0 = senders.ses(r, t, [], frm, "adobesign.com", region="eu-central-1")
    ch = [hdr("Date", rfcdate(t, "UTC", "plain")), hdr("From", frm), hdr("Reply-To", mime.addr(sender_name, sender_mail, "utf-8", "Q")),
          hdr("To", to), hdr("Message-ID", s0.ses_msgid), hdr("Subject", subject), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Adobe-Sign-Notification", "SIGNATURE_REQUESTED")]
    s = senders.ses(r, t, ch, frm, "adobesign.com", region="eu-central-1", mailfrom="bounces@eu1.adobesign.com", dkim_sel="adobesign2023")
    return s, root


@msg("attack", "31", "es", "adobe-sign-abuso-cuenta-gratuita")
def a31(c):
    r = c.rng
    t = T(2026, 10, 29, 12, 17, 33)
    mp = P("montserrat.puig")
    sname, smail = "Departament Jurídic Càrniques Vallès", "juridic.carnicasvalles@gmail.com"
    agreement = "Acuerdo de confidencialidad y condiciones de suministro 2027"
    message = "Buenos días, les remitimos el acuerdo de confidencialidad previo a la negociación de volúmenes 2027. Rogamos firma hoy para poder enviarles la propuesta de precios. Gracias."
    text, html, url, aid = adobesign_mail(r, t, sname, smail, agreement, message)
    frm = mime.addr("%s mediante Adobe Acrobat Sign" % sname, "adobesign@adobesign.com", "utf-8", "Q")
    s, root = adobesign_send(r, t, frm, mp[1], mime.hdr_text("Firma solicitada: %s" % agreement, "utf-8", "Q"), smail, text, html, sname)
    H, _, _ = infra.deliver(r, s, mp[1], dmarc=("pass", "reject", "adobesign.com"))
    return spec(H, root,
                "Adobe Acrobat Sign request 'NDA and supply conditions 2027' apparently from the pork supplier's legal department.",
                "Real Adobe Acrobat Sign e-mail (passes authentication) sent from a free trial account registered to a Gmail address impersonating Cárnicas Vallès; the 'agreement' is a lure page leading to a credential-phishing site; the supplier has no legal department sending NDAs and writes from carnicasvalles.es (compare business/31).",
                urls=[url])
