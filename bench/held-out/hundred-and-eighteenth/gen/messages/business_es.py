"""Genuine messages, Spanish (27-31)."""

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import Msg, esc, simple_html
from lib.systems import H
from messages import attack_es
from messages.common import (D, S, alt, eur, ex_msgid, footer, gmail_att, gmail_parts, letterhead, mixed, outlook_att,
                             outlook_bnd, outlook_parts, table)
from messages.registry import msg

B = "business"


# --------------------------------------------------------------------- 27
@msg(B, 27, "es", "dehu-aviso-notificacion-aeat")
def b27(m):
    m.what = ("DEHú notice to the Spanish entity that the Agencia Tributaria has made a notification available; access via the "
              "DEHú portal or the AEAT electronic office with certificate/Cl@ve.")
    m.why = ("Genuine government notice from correo.gob.es via the state mail relay; informs without attachment or download "
             "link, points to the official portal dehu.redsara.es and states that the e-mail itself has no legal effect.")
    m.pair = ["27-es-dehu-notificacion-aeat-falsa.eml"]
    m.pair_topic = "AEAT notification available in DEHú"
    m.pair_diff = ("Genuine: correo.gob.es, no download, official portals. Attack: compromised SME mailbox with AEAT display "
                   "name and link to a look-alike 'sede' serving a ZIP.")
    h = H(("DEHú - Dirección Electrónica Habilitada única", "notificaciones.dehu@correo.gob.es"), [co.P("es_acc")],
          "Aviso de puesta a disposición de notificación - Agencia Estatal de Administración Tributaria",
          D(2026, 10, 26, 7, 2, 14), hcs="iso-8859-15", henc="Q")
    portal = "https://dehu.redsara.es"
    text = ("Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).\n\n"
            "Titular: EXAMPLE INVERNADEROS ESPAÑA SL (B04715280)\n"
            "Organismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Fecha de puesta a disposición: 26/10/2026\n\n"
            "Puede acceder a la notificación en %s o en la Sede Electrónica de la Agencia Tributaria, identificándose con "
            "certificado electrónico o Cl@ve.\n\n"
            "Este aviso se envía con carácter meramente informativo y su ausencia no impide la plena validez de la "
            "notificación. Por favor, no responda a este mensaje.\n\n"
            "Secretaría General de Administración Digital\nMinisterio para la Transformación Digital y de la Función Pública\n") % portal
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:'
            'Arial,sans-serif;font-size:13px;color:#222"><table width="620" cellpadding="0" cellspacing="0"><tr><td style="padding:'
            '14px;border-bottom:3px solid #c60b1e"><b>Gobierno de España</b> &middot; DEHú</td></tr><tr><td style="padding:16px">'
            '<p>Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).</p>'
            '<p>Titular: <b>EXAMPLE INVERNADEROS ESPAÑA SL (B04715280)</b><br>Organismo emisor: Agencia Estatal de Administración '
            'Tributaria<br>Fecha de puesta a disposición: 26/10/2026</p><p>Puede acceder a la notificación en <a href="%s">'
            'dehu.redsara.es</a> o en la Sede Electrónica de la Agencia Tributaria, identificándose con certificado electrónico '
            'o Cl@ve.</p><p style="font-size:11px;color:#666">Este aviso se envía con carácter meramente informativo y su ausencia '
            'no impide la plena validez de la notificación. Por favor, no responda a este mensaje.</p></td></tr></table>'
            '</body></html>\n') % portal
    root = alt(m.text(text, "iso-8859-15", "quoted-printable"), m.html(html, "iso-8859-15", "quoted-printable"), m.boundary("java"))
    host = "smtp-out2.correo.gob.es"
    hops = ["Received: from dehu-notif-app03 (unknown [10.251.18.43])\n\tby smtp-out2.correo.gob.es (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        smtp.queue_id(m.rng), h.rcpt, smtp.rfc_date(h.date + S, "de", pad=True, abbr=True))]
    h.msgid = "<%d.%d.%d.JavaMail.dehu@dehu-notif-app03>" % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6),
                                                               smtp.ts(h.date) * 1000)
    return systems.direct(m, h, root, host, host, "192.0.2.70", hops=hops, dkim_d="correo.gob.es", dkim_s="sgad2025",
                          order=["date", "from", "to", "msgid", "subject", "mime"], tls=smtp.TLS13)


# --------------------------------------------------------------------- 28
@msg(B, 28, "es", "semilleros-drive-plan-siembra")
def b28(m):
    S_ = co.SEMI
    sid = "1" + smtp.ralnum(m.rng, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    url = "https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eip&ts=%s" % (sid, smtp.rhex(m.rng, 8))
    m.what = ("Google Drive share: Juan Manuel Callejón (Semilleros del Poniente) shares the Google Sheet 'Plan de siembra "
              "campaña 2027 - Example' with the Spanish office manager, asking her to check grafting weeks 31-35.")
    m.why = ("Genuine Google Drive notification from a real supplier contact, the shared item is a native Google Sheet (edit "
             "link on docs.google.com) with the expected planting schedule, comment refers to an earlier phone call; no "
             "invoice, no payment, no external link.")
    m.pair = ["28-es-drive-compartido-cuenta-comprometida.eml"]
    m.pair_topic = "Google Drive share from the seedling supplier"
    m.pair_diff = ("Genuine: planting-plan Sheet for the recipient, no payment. Attack: same sender account (compromised), a "
                   "'pro-forma invoice' PDF with a link and 'confirm payment before Monday'.")
    h = H(("Juan Manuel Callejón (a través de Hojas de cálculo de Google)", "drive-shares-dm-noreply@google.com"), [co.P("es_om")],
          "Hoja de cálculo compartida contigo: \"Plan de siembra campaña 2027 - Example\"", D(2026, 10, 16, 12, 31, 48),
          reply_to=S_["jm"])
    h.mail_from = "3%s@doclist.bounces.google.com" % smtp.ralnum(m.rng, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = ("Juan Manuel Callejón (jmcallejon@semillerosdelponiente.es) te ha invitado a editar la siguiente hoja de cálculo:\n\n"
            "Plan de siembra campaña 2027 - Example\n%s\n\n"
            "\"María del Mar, como hablamos por teléfono: revisa las semanas de injerto 31-35 del invernadero 3, que con el "
            "Maxifort vamos justos de portainjerto. Lo que cambies lo veo directamente aquí.\"\n\n"
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
            "Has recibido este correo electrónico porque jmcallejon@semillerosdelponiente.es ha compartido una hoja de cálculo "
            "contigo desde Hojas de cálculo de Google.\n") % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;'
            'font-family:Google Sans,Roboto,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td '
            'align="center" style="padding:24px"><table width="580" cellpadding="0" cellspacing="0" style="border:1px solid '
            '#dadce0;border-radius:8px"><tr><td style="padding:24px;font-size:14px;color:#202124"><div style="font-size:20px;'
            'padding-bottom:16px">Juan Manuel Callejón te ha invitado a editar una hoja de cálculo</div><div><b>Juan Manuel '
            'Callejón</b> (jmcallejon@semillerosdelponiente.es) te ha invitado a editar la siguiente hoja de cálculo:</div>'
            '<div style="padding:16px 0"><a href="%s" style="color:#188038;text-decoration:none;font-size:15px">&#9638; Plan de '
            'siembra campaña 2027 - Example</a></div><div style="background:#f1f3f4;padding:12px;border-radius:6px;color:#3c4043">'
            'María del Mar, como hablamos por teléfono: revisa las semanas de injerto 31-35 del invernadero 3, que con el '
            'Maxifort vamos justos de portainjerto. Lo que cambies lo veo directamente aquí.</div><div style="padding-top:18px">'
            '<a href="%s" style="background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px;text-decoration:none">Abrir</a>'
            '</div></td></tr></table><p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, '
            'CA 94043, USA<br>Has recibido este correo electrónico porque jmcallejon@semillerosdelponiente.es ha compartido una '
            'hoja de cálculo contigo desde Hojas de cálculo de Google.</p></td></tr></table></body></html>\n') % (esc(url), esc(url))
    root = alt(m.text(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"), m.boundary("gmail"))
    return systems.google_notify(m, h, root)


# --------------------------------------------------------------------- 29
@msg(B, 29, "es", "semilleros-factura-verifactu-qr")
def b29(m):
    S_ = co.SEMI
    items = [("Planta injertada tomate rama (Maxifort), bandeja 54 alv.", 19440, 0.52),
             ("Planta pimiento California, bandeja 104 alv.", 12480, 0.21),
             ("Servicio de injerto doble tallo", 19440, 0.06)]
    net = round(sum(q * p for _, q, p in items), 2)
    iva = round(net * 0.10, 2)
    tot = round(net + iva, 2)
    qrurl = ("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=F26-01487&fecha=20-11-2026"
             "&importe=%.2f" % (S_["cif"], tot))
    m.what = ("Invoice F26-01487 from Semilleros del Poniente for grafted tomato and pepper seedlings, PDF with the VERI*FACTU "
              "QR code (AEAT verification URL) and the supplier's usual Cajamar IBAN.")
    m.why = ("Supplier's own Google Workspace (administracion@, DKIM/DMARC pass), matches deliveries agreed with the same "
             "contact, the QR only points to the tax agency's verification service (agenciatributaria.gob.es) with the invoice "
             "data, bank account unchanged.")
    m.pair = ["28-es-drive-compartido-cuenta-comprometida.eml", "30-es-justificante-transferencia-html-banco.eml"]
    m.pair_topic = "Invoice / payment documents from a Spanish trading partner"
    m.pair_diff = ("Genuine: PDF invoice attached, VERI*FACTU QR to AEAT, known IBAN. Attacks: Drive 'pro-forma' link, HTML "
                   "'receipt' asking for bank credentials.")
    h = H(S_["adm"], [co.P("es_acc")], "Factura F26-01487 - Semilleros del Poniente", D(2026, 11, 20, 13, 44, 6),
          cc=[co.P("es_om")])
    paras = ["Buenas tardes,", "",
             "adjuntamos la factura F26-01487 correspondiente a la planta servida el 18/11 (invernaderos 2 y 3).", "",
             "Forma de pago: transferencia a 60 días a nuestra cuenta habitual de Cajamar.", "",
             "Un saludo,", "", "Administración", "Semilleros del Poniente S.L.", S_["address"], "Tel. 950 580 316"]
    m.tel("950 580 316")
    t, ht = gmail_parts(m, paras)
    d = m.pdf(info={"Title": "Factura F26-01487", "Producer": "a3ERP"}, created="D:20261120133510+01'00'", lang="es-ES")
    p = d.page()
    y = letterhead(p, "Semilleros del Poniente S.L.", ["Semillero hortícola · Planta injertada · El Ejido (Almería)",
                                                       "%s · CIF %s" % (S_["address"], S_["cif"])], (0, 110, 50))
    p.text(56, y, "FACTURA F26-01487", 14, bold=True)
    y += 20
    for k, v in (("Fecha", "20/11/2026"), ("Cliente", "EXAMPLE INVERNADEROS ESPAÑA S.L. - B04715280"),
                 ("Dirección", "Carretera de Almerimar km 3,2, 04700 El Ejido (Almería)"), ("Albarán", "ALB-26-3318 (18/11/2026)")):
        p.text(56, y, k, 9, color=(90, 90, 90))
        p.text(140, y, v, 9)
        y += 13
    y += 10
    y = table(p, 56, y, ["Concepto", "Unidades", "Precio", "Importe"],
              [[c, "{:,}".format(q).replace(",", "."), ("%.2f" % pr).replace(".", ","),
                eur(q * pr, "es")] for c, q, pr in items],
              [270, 70, 60, 84], aligns=["left", "right", "right", "right"])
    for k, v in (("Base imponible", eur(net, "es")), ("IVA 10 %", eur(iva, "es")), ("TOTAL FACTURA (EUR)", eur(tot, "es"))):
        p.text(360, y, k, 9.5, bold=k.startswith("TOTAL"))
        p.text(538, y, v, 9.5, align="right", bold=k.startswith("TOTAL"))
        y += 14
    y += 8
    p.text(56, y, "Vencimiento: 19/01/2027 · Transferencia a %s · IBAN %s" % (S_["bank"][0], ids.fmt_iban(S_["bank"][2])), 8.5)
    y += 20
    p.text(56, y, "QR tributario:", 8.5, bold=True)
    p.qr(56, y + 8, 110, m.qr_matrix(qrurl))
    p.text(56, y + 126, "VERI*FACTU", 9, bold=True)
    p.text(180, y + 60, "Factura verificable en la sede electrónica de la AEAT", 8)
    footer(p, ["Semilleros del Poniente S.L. · Inscrita en el Registro Mercantil de Almería, Tomo 1.482, Folio 77, Hoja AL-41822"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("gmail")), gmail_att(m, pdf, "application/pdf", "F26-01487.pdf")], m.boundary("gmail"))
    return systems.gmail(m, h, root, workspace=S_["domain"])


# --------------------------------------------------------------------- 30
@msg(B, 30, "es", "agronoticias-boletin-semanal")
def b30(m):
    base = "https://agronoticiasponiente.es"
    cid = m.rng.randrange(10 ** 6, 10 ** 7)

    def trk(path):
        return "https://acumbamailmsg.com/click/%d/%s/%s" % (cid, smtp.rhex(m.rng, 24), base.replace("https://", "") + path)
    L = [trk("/precios-origen-semana-46"), trk("/campana-pimiento-california-2026"), trk("/ayudas-opfh-fondo-operativo-2027"),
         trk("/fruit-attraction-balance")]
    unsub = "https://acumbamailmsg.com/unsubscribe/%d/%s" % (cid, smtp.rhex(m.rng, 32))
    m.what = ("Weekly trade newsletter 'Agronoticias del Poniente' no. 412 (origin prices, pepper campaign, producer-organisation "
              "operational funds, trade fair review) sent to the Spanish office manager.")
    m.why = ("Subscribed newsletter via the Spanish ESP Acumbamail with List-Unsubscribe and click tracking; pure information, "
             "no attachment, no credentials or payments requested.")
    m.pair = ["31-es-subvencion-tasa-tramitacion.eml"]
    m.pair_topic = "Agricultural subsidies / funds information"
    m.pair_diff = ("Genuine: news article about OPFH operational funds. Attack: 'award' requiring a processing fee.")
    h = H(("Agronoticias del Poniente", "boletin@agronoticiasponiente.es"), [co.P("es_om")],
          "Boletín n.º 412: precios en origen, campaña de pimiento y ayudas OPFH 2027", D(2026, 11, 16, 7, 30, 0))
    text = ("AGRONOTICIAS DEL PONIENTE - Boletín n.º 412 - 16 de noviembre de 2026\n\n"
            "* Precios en origen semana 46: el tomate rama repunta un 12 %% y el pepino Almería se mantiene\n%s\n\n"
            "* Campaña de pimiento California: calibres grandes y buena demanda del centro de Europa\n%s\n\n"
            "* Fondos operativos OPFH 2027: lo que cambia en la nueva intervención sectorial\n%s\n\n"
            "* Balance de Fruit Attraction: más internacional y con foco en biocontrol\n%s\n\n"
            "Recibe este boletín porque se suscribió en agronoticiasponiente.es. Darse de baja: %s\n") % (L[0], L[1], L[2], L[3], unsub)
    html = ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Agronoticias</title></head><body style="margin:0;'
            'background:#f0f2ee"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
            'font-family:Georgia,serif"><tr><td style="background:#3d6b2c;color:#fff;padding:20px 26px;font-size:24px">Agronoticias '
            'del Poniente<div style="font-size:12px;font-family:Arial">Boletín n.º 412 &middot; 16 de noviembre de 2026</div></td>'
            '</tr>' + "".join('<tr><td style="padding:16px 26px;border-bottom:1px solid #e3e3e3;font-size:16px"><a href="%s" '
                              'style="color:#233;text-decoration:none">%s</a></td></tr>' % (esc(u), esc(t)) for u, t in zip(L, [
                                  "Precios en origen semana 46: el tomate rama repunta un 12 % y el pepino Almería se mantiene",
                                  "Campaña de pimiento California: calibres grandes y buena demanda del centro de Europa",
                                  "Fondos operativos OPFH 2027: lo que cambia en la nueva intervención sectorial",
                                  "Balance de Fruit Attraction: más internacional y con foco en biocontrol"])) +
            ('<tr><td style="padding:16px 26px;font-size:11px;color:#777;font-family:Arial">Recibe este boletín porque se suscribió '
             'en agronoticiasponiente.es. <a href="%s">Darse de baja</a></td></tr></table></body></html>\n') % esc(unsub))
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    host = "mta7.acumbamailmsg.com"
    h.mail_from = "bounces+%d.%s@acumbamailmsg.com" % (cid, smtp.rhex(m.rng, 12))
    h.msgid = "<%d.%s@acumbamailmsg.com>" % (cid, smtp.rhex(m.rng, 20))
    return systems.direct(m, h, root, host, host, "203.0.113.77", dkim_d="agronoticiasponiente.es", dkim_s="acumbamail",
                          order=["from", "to", "subject", "date", "msgid", "mime"], tls=smtp.TLS13,
                          extra=["List-Unsubscribe: <%s>" % unsub, "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                                 "Precedence: bulk", "X-Mailer: Acumbamail", "Feedback-ID: %d:acumbamail" % cid])


# --------------------------------------------------------------------- 31
@msg(B, 31, "es", "reenvio-posible-phishing-a-it")
def b31(m):
    inner_m = Msg("attack", "31-es-subvencion-tasa-tramitacion.eml", "es")
    inner = attack_es.a31(inner_m)
    for k, v in inner_m.facts:
        m.fact(k, v)
    m.what = ("The Spanish office manager forwards a suspicious 'subsidy award' e-mail to the group's IT security admin as an "
              "attachment (.eml) and asks whether it is phishing.")
    m.why = ("Internal user report: internal Exchange route, the colleague's own words, the suspicious message is enclosed as "
             "message/rfc822 for analysis (it is attack/31 verbatim); the report itself requests nothing. A gateway must not "
             "quarantine phishing reports to IT.")
    m.pair = ["31-es-subvencion-tasa-tramitacion.eml"]
    m.pair_topic = "Advance-fee 'subsidy' scam"
    m.pair_diff = "Genuine: internal report with the scam attached as evidence. Attack: the scam itself."
    h = H(co.P("es_om"), [co.P("sec")], "RV: Resolución favorable - Ayuda modernización de invernaderos - Expediente AG-2026-04471 (¿phishing?)",
          D(2026, 12, 15, 8, 52, 30), hcs="iso-8859-1", henc="Q")
    h.msgid = ex_msgid(m, "EXCH02")
    paras = ["Hola Lukas,", "",
             "te reenvío como adjunto este correo que llegó ayer por la tarde. Nosotros no hemos pedido ninguna ayuda de "
             "modernización y piden pagar una tasa a una cuenta extranjera, así que me parece un fraude. No he contestado ni "
             "he abierto nada.", "",
             "¿Puedes revisarlo y bloquear el remitente si hace falta?", "",
             "Gracias,", "María del Mar", "", "María del Mar Fernández", "Office Manager - Example Invernaderos España S.L.",
             "Tel. +34 950 487 216"]
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "ES", "EstiloCorreo17")
    att = Part("message/rfc822", inner.encode("latin-1") if isinstance(inner, str) else inner, cte="7bit",
               filename="Resolución favorable - Ayuda modernización de invernaderos - Expediente AG-2026-04471.eml",
               disposition="attachment", fname_charset="iso-8859-1", fname_enc="Q",
               header_order=["ct", "!Content-Description: Resolucion favorable - Ayuda modernizacion de invernaderos", "cd", "cte"])
    att.body = inner
    m.attach_names.append(att.filename)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), att], outlook_bnd(h.msgid, 4))
    return systems.exchange_internal(m, h, root, srv="EXCH02", srv2="EXCH01", client_ip="10.20.51.22",
                                     lang="es-ES", accept="es-ES, en-US")
