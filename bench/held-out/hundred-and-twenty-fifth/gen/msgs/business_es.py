"""Business messages 27-31 (Spanish)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, quote_hdr
from lib.util import CRLF, secs, rfcdate

BUS = "business"
DFL = org.DFL
NIF_EX = org.OFF["ES"]["taxid"][1]


@msg(BUS, 27, "es", "dehu-aviso-notificacion-aeat",
     "DEHú notice that a notification from the tax agency (information request, form 347) is available; it must be "
     "opened on the official DEHú site with a certificate",
     "Genuine authority notice: comes from correo.gob.es, contains no attachment and no personalised link, states "
     "that the e-mail itself is only a notice, refers to dehu.redsara.es and sede.agenciatributaria.gob.es",
     pair=[(27, "Spanish tax agency notification", "genuine notice without attachment pointing to DEHú; the attack "
            "attaches an IMG 'notification' from a non-government domain")])
def b27(m):
    m.when(2026, 10, 21, 8, 40, 3)
    m.frm = ("DEHú - Dirección Electrónica Habilitada única", "avisosdehu@correo.gob.es")
    m.to = [org.st("javier.morales")]
    m.subject = "Aviso de puesta a disposición de notificación - EXAMPLE FARMACIAS SL"
    r = m.rng
    text = ("Estimado/a Sr./Sra.:\n\n"
            "Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única "
            "(DEHú) con los siguientes datos:\n\n"
            "Titular: EXAMPLE FARMACIAS SL - %s\n"
            "Organismo emisor: Agencia Estatal de Administración Tributaria\n"
            "Concepto: Requerimiento de información - Declaración anual de operaciones con terceras personas "
            "(modelo 347)\n"
            "Fecha de puesta a disposición: 21/10/2026\n\n"
            "Para acceder al contenido de la notificación debe identificarse en https://dehu.redsara.es con "
            "certificado electrónico o Cl@ve, o bien en la sede electrónica de la Agencia Tributaria "
            "(https://sede.agenciatributaria.gob.es).\n\n"
            "Le recordamos que, transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su "
            "contenido, la notificación se entenderá rechazada (art. 43 de la Ley 39/2015).\n\n"
            "Este correo electrónico es un aviso y carece de validez como notificación. Por favor, no responda a este "
            "mensaje.\n\n"
            "Secretaría General de Administración Digital\n" % NIF_EX)
    m.root = mime.text(text, "plain", "iso-8859-1", "quoted-printable")
    m.msgid = "%d.%d.JavaMail.dehu@dehu-notifica-pro-%02d" % (r.randint(10**8, 10**9), r.randint(10**12, 10**13),
                                                             r.randint(1, 12))
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    sy.relay(m, "smtp-out02.correo.gob.es", "203.0.113.62", hdrs, submit={"kind": "raw", "lines": [
        "Received: from dehu-notifica-pro-%02d (unknown [10.61.%d.%d])" % (r.randint(1, 12), r.randint(1, 250), r.randint(1, 250))
        + CRLF + "\tby smtp-out02.correo.gob.es (Postfix) with ESMTP id %s" % util.postfix_qid(r) + CRLF +
        "\tfor <javier.morales@example.com>; %s" % rfcdate(m.date + secs(1), "Europe/Madrid", comment=True)]},
        dkim=[("correo.gob.es", "sgad2026", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")], tls="1.3")


@msg(BUS, 28, "es", "interno-whatsapp-inauguracion-ruzafa",
     "The Valencia accountant asks the office manager internally for her mobile number to add her to the WhatsApp "
     "group for the opening of the new Ruzafa pharmacy",
     "Genuine internal request through Exchange/mail-int01 between colleagues in the same office, concrete shared "
     "context (opening day logistics), no secrecy, nothing financial",
     pair=[(28, "request for a mobile number for WhatsApp", "colleague in the same office, internal route and a "
            "concrete event; the attack is an external 'CEO' demanding secrecy")])
def b28(m):
    m.when(2026, 11, 12, 12, 31, 18)
    m.frm = ("Morales, Javier", "javier.morales@example.com")
    m.to = [("Fernández, Lucía", "lucia.fernandez@example.com")]
    m.subject = "Grupo de WhatsApp para la inauguración de Ruzafa"
    m.hcs = ("iso-8859-1", "Q", "iso-8859-1")
    text = ("Hola Lucía,\n\n"
            "Marta (la titular de Ruzafa) está creando un grupo de WhatsApp para coordinar el día de la inauguración "
            "(27/11): montaje de lineales, entrega de Cofares y DFL por la mañana y el catering por la tarde.\n\n"
            "Me ha pedido tu móvil para añadirte. ¿Te parece bien que le pase el de empresa (el que acaba en 418) o "
            "prefieres darle otro?\n\n"
            "Por cierto, las facturas de la obra ya están todas registradas, te lo comento por si Mannheim pregunta.\n\n"
            "Un saludo,\nJavier\n\n"
            "Javier Morales\nContabilidad\nExample Farmacias S.L. | Calle de Colón 18 | 46004 Valencia\n")
    bd.outlook(m, text, "iso-8859-1", html_lang="ES")
    sy.internal(m, "EXCH01", "EXCH02", "10.50.1.31")


@msg(BUS, 29, "es", "dfl-reenvio-alerta-aemps-retirada-lote",
     "Distribuidora Farmacéutica Levante forwards the AEMPS quality alert R-2026-117 (batch recall) to its pharmacy "
     "customers with its return procedure as PDF circular and a link to the AEMPS website",
     "Genuine recall communication from the known wholesaler's Google Workspace, links only to aemps.gob.es, the "
     "return uses the usual return note, no login or credentials required",
     pair=[(29, "AEMPS batch recall alert", "genuine wholesaler circular referencing aemps.gob.es; the attack "
            "imitates AEMPS and requires a Microsoft login to 'see the batches'")])
def b29(m):
    m.when(2026, 12, 9, 9, 47, 36)
    p = DFL["people"]["rosa"]
    m.frm = p[:2]
    m.to = [org.st("lucia.fernandez")]
    m.subject = "Alerta AEMPS R-2026-117: retirada de lotes - procedimiento de devolución DFL"
    aemps = "https://www.aemps.gob.es/informa/alertas-de-calidad-de-medicamentos-de-uso-humano/"
    text = ("Buenos días, Lucía:\n\n"
            "Os reenviamos la alerta de calidad de la AEMPS R-2026-117 (clase 2) publicada ayer, que afecta a dos "
            "lotes de un jarabe pediátrico que habéis recibido de nosotros en octubre.\n\n"
            "En la circular adjunta tenéis los lotes afectados y las farmacias de vuestro grupo que recibieron "
            "unidades según nuestros albaranes. La alerta original está en la web de la AEMPS:\n%s\n\n"
            "Para la devolución, usad el albarán de devolución habitual con el motivo \"Alerta AEMPS R-2026-117\"; "
            "el repartidor lo recoge en la próxima entrega y se abona sin coste.\n\n"
            "Un saludo,\n\nRosa Martínez Gil\nAtención al cliente farmacias\nDistribuidora Farmacéutica Levante S.A.\n"
            "Tel. 961 36 72 40\n" % aemps)
    m.fact("phone", "961 36 72 40")
    circ = docs.letter(["Distribuidora Farmacéutica Levante S.A.", "Circular a farmacias",
                        "Avinguda de la Ciència 31 · 46980 Paterna (Valencia)"],
                       ["Example Farmacias S.L.", "Calle de Colón 18", "46004 Valencia"], "Paterna, 09/12/2026",
                       "Circular 2026/48 – Alerta de calidad AEMPS R-2026-117",
                       ["La AEMPS ha comunicado la retirada del mercado de los lotes 25K118 y 25K121 del medicamento "
                        "«Ibuprofeno 20 mg/ml suspensión oral, 200 ml» por un resultado fuera de especificaciones en "
                        "el ensayo de uniformidad.",
                        "Farmacias de su grupo con unidades servidas: Valencia Colón (6), Ruzafa (0, apertura "
                        "27/11), Paterna (4), Burjassot (3).",
                        "Procedimiento: localizar las unidades, retirarlas de la venta y entregarlas con albarán de "
                        "devolución (motivo «Alerta AEMPS R-2026-117»). El abono se realizará en la factura "
                        "siguiente.",
                        "Información oficial: www.aemps.gob.es – Alertas de calidad de medicamentos de uso humano."],
                       ["", "Dirección Técnica", "Distribuidora Farmacéutica Levante S.A."],
                       ["Distribuidora Farmacéutica Levante S.A. · CIF " + DFL["vat"]],
                       dict(title="Circular 2026/48", author="Dirección Técnica DFL", creator="Microsoft Word",
                            producer="Microsoft Word for Microsoft 365", date="D:20261209083011+01'00'"),
                       color=(0, 120, 110))
    a = att(m, circ, "application/pdf", "Circular_DFL_2026-48_Alerta_R-2026-117.pdf", "gmail")
    bd.gmail(m, text, attachments=[a])
    sy.gmail(m, domain="dfarlevante.es")


@msg(BUS, 30, "es", "dfl-factura-verifactu-qr",
     "DFL's invoicing system sends invoice FV26-094118 (medicines at 4 % VAT) with the VERI*FACTU QR code for "
     "validation at the tax agency",
     "Genuine invoice: dfarlevante.es via Google Workspace SMTP relay, CaixaBank IBAN as on all DFL invoices, "
     "VERI*FACTU QR pointing to agenciatributaria.gob.es, amounts consistent",
     pair=[(30, "DFL invoices and payment", "real domain dfarlevante.es and the usual CaixaBank account; the attack "
            "uses dfarlevante.com, a BBVA account and threatens supply stop"),
           (27, "Spanish tax agency", "QR links to the AEAT validation service")])
def b30(m):
    m.when(2026, 11, 16, 6, 30, 18)
    m.frm = DFL["people"]["fact"][:2]
    m.to = [org.st("javier.morales")]
    m.subject = "Factura FV26-094118 - Distribuidora Farmacéutica Levante"
    bank = DFL["bank"]
    items = [("Paracetamol 1 g 40 comprimidos (CN 712345)", 300, 1.42, 4),
             ("Omeprazol 20 mg 28 cápsulas (CN 654321)", 260, 1.31, 4),
             ("Amoxicilina 500 mg 30 cápsulas (CN 698741)", 180, 2.05, 4),
             ("Ibuprofeno 600 mg 40 comprimidos (CN 741852)", 400, 1.78, 4),
             ("Suero fisiológico monodosis 30 x 5 ml", 150, 2.60, 10),
             ("Mascarillas FFP2, caja 20 uds.", 80, 6.10, 21)]
    net = sum(round(q * p, 2) for _d, q, p, _v in items)
    vat = sum(round(round(q * p, 2) * v / 100.0, 2) for _d, q, p, v in items)
    tmp_total = round(net + vat, 2)
    qr = ("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=%s&numserie=FV26-094118"
          "&fecha=15-11-2026&importe=%.2f" % (DFL["vat"], tmp_total))
    pdfb, total = docs.invoice(
        "es", ["Distribuidora Farmacéutica Levante S.A.", "Avinguda de la Ciència 31, 46980 Paterna (Valencia)",
               "CIF " + DFL["vat"] + " · facturacion@dfarlevante.es"],
        ["Example Farmacias S.L.", "Calle de Colón 18", "46004 Valencia", "NIF " + NIF_EX],
        [("Nº factura", "FV26-094118"), ("Fecha", "15/11/2026"), ("Nº cliente", "43-01882"),
         ("Vencimiento", "15/12/2026")],
        items, [bank["bank"], "IBAN " + ident.fmt_iban(bank["iban"]), "BIC " + bank["bic"],
                "Concepto: FV26-094118"],
        dict(title="Factura FV26-094118", author="DFL", creator="SAP S/4HANA", producer="SAP NetWeaver 7.58",
             date="D:20261115233012+01'00'"),
        color=(0, 120, 110), qr=qr, qr_caption="VERI*FACTU",
        notes=["Factura verificable en la sede electrónica de la AEAT (VERI*FACTU)."],
        footer=["Inscrita en el Registro Mercantil de Valencia, Tomo 5412, Folio 118, Hoja V-44871"])
    assert abs(total - tmp_total) < 0.01, (total, tmp_total)
    m.want_qr(qr)
    text = ("Estimado cliente:\n\n"
            "Le remitimos adjunta la factura FV26-094118 de fecha 15/11/2026 por importe de %s EUR, con vencimiento "
            "15/12/2026.\n\n"
            "La factura incluye el código QR VERI*FACTU para su comprobación en la sede electrónica de la Agencia "
            "Tributaria.\n\n"
            "Atentamente,\nDepartamento de Facturación\nDistribuidora Farmacéutica Levante S.A.\n\n"
            "Este mensaje se ha generado automáticamente. Para consultas: facturacion@dfarlevante.es\n"
            % docs.money(total, "es"))
    r = m.rng
    a = att(m, pdfb, "application/pdf", "FV26-094118.pdf", "plain")
    tp = mime.text(text, "plain", "utf-8", "quoted-printable", "UTF-8")
    m.root = mime.multipart1("mixed", [tp, a], "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9),
                                                                         util.epoch(m.date) * 1000))
    m.msgid = "%d.%d.%d@sapprd.dfarlevante.es" % (r.randint(10**5, 10**6), r.randint(10**5, 10**6), util.epoch(m.date) * 1000)
    host = "smtp-relay.gmail.com"
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    sy.relay(m, "mail-sor-f%d.google.com" % r.randint(40, 99), "209.85.220.%d" % r.randint(40, 99), hdrs,
             submit={"kind": "raw", "lines": [
                 "X-Received: by 2002:a05:%s:%s with SMTP id %s; %s" % (r.hexs(4), r.hexs(4), r.hexs(20),
                                                                         rfcdate(m.date + secs(2), "America/Los_Angeles", comment=True)),
                 "Received: from sapprd.dfarlevante.es ([34.175.%d.%d])" % (r.randint(1, 250), r.randint(1, 250)) + CRLF +
                 "\tby %s with ESMTPS id %s" % (host, r.hexs(20)) + CRLF +
                 "\tfor <javier.morales@example.com>" + CRLF +
                 "\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);" + CRLF +
                 "\t" + rfcdate(m.date + secs(1), "America/Los_Angeles", comment=True),
                 "X-Relaying-Domain: dfarlevante.es"]},
             dkim=[("dfarlevante.es", "google", "relaxed/relaxed", "to:subject:message-id:from:date:mime-version:from:"
                                                                   "to:cc:subject:date:message-id:reply-to")],
             tls="1.3", mailfrom="facturacion@dfarlevante.es")


@msg(BUS, 31, "es", "contratacion-estado-licitacion-suministro",
     "Alert from the Plataforma de Contratación del Sector Público: a provincial council published a tender for the "
     "supply of medicines to its public nursing homes",
     "Genuine customer-tender alert (subscription on the official platform): government sender, link to "
     "contrataciondelestado.es only, typical alert structure with CPV code and deadlines")
def b31(m):
    m.when(2026, 10, 22, 6, 5, 48)
    m.frm = ("Plataforma de Contratación del Sector Público", "notificaciones@contrataciondelestado.es")
    m.to = [org.st("lucia.fernandez")]
    m.subject = "Aviso de publicación: Suministro de medicamentos para residencias de personas mayores (Lote 1-4)"
    r = m.rng
    url = ("https://contrataciondelestado.es/wps/poc?uri=deeplink:detalle_licitacion&idEvl=%s"
           % (r.b64(18).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")))
    text = ("Plataforma de Contratación del Sector Público\n\n"
            "Se ha publicado una licitación que coincide con sus criterios de suscripción (CPV 33690000 - "
            "Medicamentos diversos; NUTS ES523 Valencia/València):\n\n"
            "Expediente: 118/2026-SUM\n"
            "Órgano de contratación: Diputación Provincial de Valencia - Área de Bienestar Social\n"
            "Objeto: Suministro de medicamentos y productos sanitarios para las residencias de personas mayores "
            "dependientes de la Diputación (4 lotes)\n"
            "Valor estimado: 1.284.000,00 EUR\n"
            "Fecha fin de presentación de ofertas: 23/11/2026 14:00\n\n"
            "Acceda al detalle de la licitación:\n%s\n\n"
            "Puede modificar sus suscripciones en el apartado \"Mis suscripciones\" de la Plataforma.\n\n"
            "Este mensaje ha sido generado automáticamente, no responda al mismo.\n" % url)
    m.root = mime.text(text, "plain", "utf-8", "quoted-printable", "UTF-8")
    m.msgid = "%d.%d.JavaMail.place@pcsp-app%02d" % (r.randint(10**8, 10**9), r.randint(10**12, 10**13), r.randint(1, 8))
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    sy.relay(m, "correo.contrataciondelestado.es", "203.0.113.71", hdrs, submit={"kind": "raw", "lines": [
        "Received: from pcsp-app%02d (unknown [10.44.%d.%d])" % (r.randint(1, 8), r.randint(1, 250), r.randint(1, 250)) + CRLF +
        "\tby correo.contrataciondelestado.es (Postfix) with ESMTP id %s" % util.postfix_qid(r) + CRLF +
        "\tfor <lucia.fernandez@example.com>; %s" % rfcdate(m.date + secs(1), "Europe/Madrid", comment=True)]},
        tls="1.2", mailfrom="notificaciones@contrataciondelestado.es")
