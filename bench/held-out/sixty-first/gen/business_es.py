"""Genuine business messages, Spanish (5)."""
from kit import *


def telefonica(I):
    a, b, c = I.int(0, 255), I.int(0, 255), I.int(0, 255)
    return "%d.red-83-%d-%d.dynamicip.rima-tde.net" % (c, a, b), "83.%d.%d.%d" % (a, b, c)


def b_invoice():
    m = Mail("business", "es", "carrier-invoice",
             "Transportes Levante Frío sends invoice FV-26/2231 for November refrigerated transport as PDF",
             "Carrier's real domain levantefrio.es on its hosting provider, Outlook from a Telefónica line, "
             "invoice with CIF and the carrier's usual account; the look-alike levantefrios.es is only used by "
             "the OAuth-consent attack.")
    I = Ids(m.slug)
    t = utc(2026, 12, 1, 10, 22, 18)
    rdns, ip = telefonica(I)
    rc = S("acc_es")
    hops = [P.rcv_postfix("PCADMIN01", rdns, ip, "smtp.dinahosting.com", I.postfix_short_qid(), rc[1], t,
                          tls=True, auth="administracion@levantefrio.es")]
    send(P.outlook16, m, I, t, ("Administración Levante Frío", "administracion@levantefrio.es"), [rc],
         "Factura FV-26/2231 – noviembre 2026", hops=hops,
         client=("smtp-out%d.dinahosting.com" % I.int(1, 4), "smtp-out%d.dinahosting.com" % I.int(1, 4),
                 "82.98.%d.%d" % (I.int(128, 191), I.int(2, 250))),
         cc=[("Raúl Navarro", "raul.navarro@levantefrio.es")], lang="es", hcs="windows-1252")
    iban = iban_fmt(BANK["levante"])
    body = """Buenos días, Lucía:

Adjuntamos la factura FV-26/2231 correspondiente a los servicios de transporte refrigerado del mes de noviembre (rutas Valencia – Alicante – Castellón y distribución a clínicas).

Base imponible: 5.318,40 €
IVA 21 %%: 1.116,86 €
Total: 6.435,26 €

Forma de pago: transferencia a 30 días, a nuestra cuenta habitual %s.

Cualquier duda, quedamos a su disposición.

Un saludo,

Administración
Transportes Levante Frío S.L.
Polígono Fuente del Jarro, C/ Ciudad de Sevilla 42 – 46988 Paterna (Valencia)
Tel. 961 327 418
""" % iban
    doc = pdf([("h", "TRANSPORTES LEVANTE FRÍO S.L."), ("t", "CIF " + TAX["levante_cif"] + " · C/ Ciudad de Sevilla 42 · 46988 Paterna"), ("r", ""),
               ("b", "FACTURA FV-26/2231"), ("t", "Fecha: 30/11/2026"),
               ("t", "Cliente: Example Iberia S.L. · CIF " + TAX["own_es_cif"] + " · Carrer de Sant Vicent Màrtir 212 · 46007 València"), ("", ""),
               ("m", "Concepto                                        Importe"),
               ("m", "Ruta Valencia-Alicante (frío +2/+8), 9 viajes   2.430,00"),
               ("m", "Ruta Valencia-Castellón (frío +2/+8), 6 viajes  1.296,00"),
               ("m", "Reparto clínicas área metropolitana             1.411,20"),
               ("m", "Recargo combustible (índice nov.)                 181,20"), ("", ""),
               ("m", "                               Base imponible  5.318,40"),
               ("m", "                               IVA 21 %        1.116,86"),
               ("m", "                               TOTAL EUR       6.435,26"), ("", ""),
               ("t", "Forma de pago: transferencia 30 días · IBAN " + iban)],
              title="FV-26/2231", creator="a3ERP", producer="a3ERP", date="D:20261201101500+01'00'")
    m.body = mixed(outlook_alt(body.replace("%%", "%"), "windows-1252", "quoted-printable", "ES"),
                   att(doc, "application/pdf", "FV-26-2231.pdf"))
    return m


def b_complaint():
    m = Mail("business", "es", "customer-complaint-gmail",
             "Clínica Veterinaria Albufera complains via Gmail that antiparasitic tablets arrived with an "
             "expiry date of only two months and asks for an exchange",
             "Known customer on its usual Gmail address, concrete delivery note and lot, commercial request; "
             "no links, no payment change.")
    I = Ids(m.slug)
    t = utc(2026, 11, 11, 17, 55, 40)
    send(P.gmail, m, I, t, ("Clínica Veterinaria Albufera", "clinicavetalbufera@gmail.com"), [S("sales_es")],
         "Reclamación albarán AV-26/4471 – caducidad corta")
    body = """Hola Carmen:

Te escribo por el pedido que recibimos ayer (albarán AV-26/4471). Las 20 cajas de Milbemax para gatos vienen con caducidad 01/2027, es decir, dentro de dos meses. Con nuestro ritmo de venta no nos da tiempo a darles salida.

¿Podríais cambiárnoslas por un lote con caducidad más larga en el próximo reparto? Si no es posible, preferimos devolverlas y que nos hagáis el abono.

Gracias y un saludo,

Dra. Marta Gil
Clínica Veterinaria Albufera
Av. del Port 188 – 46023 València
Tel. 963 301 552
"""
    m.body = gmail_alt(body)
    return m


def b_laptop():
    m = Mail("business", "es", "colleague-broken-laptop-icloud",
             "Valencia sales rep writes from her private iCloud address on her iPhone: company laptop screen "
             "broken after a fall, asks for a loan device and says she will bring it to the office",
             "Same person as the payroll-diversion attack but a benign request: goes to the IT service desk "
             "with her manager in copy, no bank or payroll topic, no credentials, offers to hand the device in.")
    I = Ids(m.slug)
    t = utc(2026, 11, 24, 7, 52, 3)
    rc = ("IT Service Desk", "it-servicedesk@example.com")
    n = I.int(10, 99)
    host = "st43p00im-ztfb1%07d.me.com" % I.int(100000, 9999999)
    hops = ["from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\r\n\tby %s (Postfix) "
            "with ESMTPSA id %s;\r\n\t%s" % (host, I.postfix_short_qid(), rfcdate(t, "UTC", comment=True))]
    send(P.apple, m, I, t, ("Carmen Ruiz", "carmenruiz.vlc@icloud.com"), [rc],
         "Portátil con la pantalla rota", hops=hops, client=(host, host, "17.58.63.%d" % (170 + n % 20)),
         iphone=True, cc=[S("mgr_es")])
    body = """Hola:

Os escribo desde mi correo personal porque ayer se me cayó el portátil del trabajo en una visita y la pantalla está rota (se ve todo negro con rayas). El equipo arranca, pero no puedo trabajar con él.

¿Me podéis dejar uno de préstamo? Esta mañana paso por la oficina de Valencia a las 10 y lo dejo en recepción para que lo reviséis. Javier está en copia.

Gracias,
Carmen Ruiz
Comercial – Example Iberia

Enviado desde mi iPhone"""
    m.body = text(body, "utf-8", "quoted-printable")
    return m


def b_internal():
    m = Mail("business", "es", "internal-notice-year-end-close",
             "Valencia office manager sets the year-end closing deadlines (expenses, delivery notes, "
             "inventory) and reminds staff that tax-office notices arrive only via DEHú",
             "Internal notice from the real mailbox via Exchange and mail-int01; includes the explicit hint to "
             "forward any 'Hacienda' e-mail with links to IT – the genuine counterpart of the AEAT phish.")
    I = Ids(m.slug)
    t = utc(2026, 12, 3, 9, 4, 11)
    send(P.exchange_internal, m, I, t, S("mgr_es"), [("Todos - Valencia", "todos-valencia@example.com")],
         "Cierre contable 2026 – plazos", lang="es-ES", hcs="iso-8859-1", rcpt=S("acc_es")[1],
         cc=[S("acc_es")], client_ip="10.60.10.14")
    body = """Hola a todos:

Para poder cerrar el ejercicio 2026 a tiempo, os pido que respetéis estos plazos:

- Notas de gastos y tickets de diciembre: hasta el viernes 18/12 en el portal.
- Albaranes de proveedores pendientes de firmar: a Lucía antes del 21/12.
- Inventario de la farmacia de las clínicas: 30/12 por la mañana, según el reparto que os enviaré la semana que viene.

Os recuerdo también que las notificaciones de la Agencia Tributaria y de la Seguridad Social las recibe Lucía directamente en la DEHú. Si os llega algún correo "de Hacienda" o "de la Seguridad Social" con enlaces o adjuntos, no lo abráis y reenviádselo a IT.

Gracias y un saludo,
Javier

Javier Ortega
Director de oficina - Example Iberia S.L.
"""
    m.body = outlook_alt(body, "iso-8859-1", "quoted-printable", "ES")
    return m


def b_payroll_zip():
    m = Mail("business", "es", "payroll-advisor-protected-zip",
             "The payroll adviser (gestoría) sends November payslips and the Social Security settlement "
             "(RLC/RNT) as a password-protected ZIP; password agreed by phone, not in the mail",
             "Known adviser on its own domain and server, expected monthly mail, the archive contains only "
             "PDFs, and – unlike the malicious archives – the password is NOT in the message but agreed "
             "separately (for the evaluation: password Turia-2026!). Data protection is the legitimate reason.")
    m.notes = "ZIP password (agreed out of band, not in the message): `Turia-2026!`."
    I = Ids(m.slug)
    t = utc(2026, 11, 26, 16, 40, 2)
    rdns, ip = telefonica(I)
    rc = S("acc_es")
    srv = "mail.asesoriaturia.es"
    hops = [P.rcv_postfix("PCNOMINAS2", rdns, ip, srv, I.postfix_short_qid(), rc[1], t, tls=True,
                          auth="nominas@asesoriaturia.es")]
    send(P.outlook16, m, I, t, ("Nóminas – Asesoría Turia", "nominas@asesoriaturia.es"), [rc],
         "Nóminas noviembre 2026 – Example Iberia S.L.", hops=hops,
         client=(srv, "static.%d.%d.%d.%d.clientes.arsys.es" % (I.int(1, 250), I.int(1, 250), 217, 76),
                 "217.76.%d.%d" % (I.int(128, 159), I.int(2, 250))),
         lang="es", hcs="iso-8859-15")
    body = """Buenas tardes, Lucía:

Te enviamos en archivo comprimido las nóminas de noviembre de 2026 y los documentos de cotización (RLC y RNT) de Example Iberia S.L.

Como siempre, el archivo está protegido con la contraseña que acordamos por teléfono; por protección de datos no la incluimos en el correo. Si tienes cualquier problema para abrirlo, llámanos al 963 514 207.

Los seguros sociales se cargarán en cuenta el último día hábil del mes.

Un saludo,

Departamento laboral
Asesoría Turia Laboral S.L.
C/ Colón 60, 5.º - 46004 València
"""
    nom = pdf([("h", "Resumen de nóminas – Noviembre 2026"), ("t", "Empresa: Example Iberia S.L. · CIF " + TAX["own_es_cif"]), ("r", ""),
               ("m", "Trabajadores: 14        Devengado total:   41.882,30"),
               ("m", "Retención IRPF:          6.512,44"),
               ("m", "Cotización trabajador:   2.721,62"),
               ("m", "Líquido a percibir:     32.648,24"), ("", ""),
               ("t", "Detalle por trabajador en las páginas individuales (documento resumen)."),
               ("s", "Asesoría Turia Laboral S.L. – documento confidencial")],
              title="Resumen nominas 11-2026", creator="A3NOM", producer="A3NOM", date="D:20261126161000+01'00'")
    rlc = pdf([("h", "Recibo de Liquidación de Cotizaciones (RLC)"), ("t", "Período: 11/2026 · CCC 46 1284773 51"), ("r", ""),
               ("m", "Total cuota empresarial:   12.941,17"),
               ("m", "Total cuota trabajadores:   2.721,62"),
               ("m", "Total a ingresar:          15.662,79"), ("", ""),
               ("t", "Cargo en cuenta: último día hábil del mes."),
               ("s", "Documento informativo generado por la asesoría. Sistema de Liquidación Directa.")],
              title="RLC 11-2026", creator="A3NOM", producer="A3NOM", date="D:20261126161200+01'00'")
    z = make_zip([("Nominas_11-2026_Resumen.pdf", nom, (2026, 11, 26, 16, 10, 0)),
                  ("RLC_RNT_11-2026.pdf", rlc, (2026, 11, 26, 16, 12, 0))],
                 password="Turia-2026!", seed=m.slug)
    m.zip_pw = "Turia-2026!"
    a = att(z, "application/x-zip-compressed", "Nominas_11-2026_ExampleIberia.zip")
    a.zip_note = "ZipCrypto, password agreed by phone (not in mail); two text PDFs"
    m.body = mixed(outlook_alt(body, "iso-8859-15", "quoted-printable", "ES"), a)
    return m


MESSAGES = [b_invoice, b_complaint, b_laptop, b_internal, b_payroll_zip]
