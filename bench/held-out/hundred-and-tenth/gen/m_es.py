"""Spanish messages: attacks 27-31, business 27-31."""
from kit import *

LANG = "es"
EG_ES_NIF = ids.es_cif("W", "0072130")          # branch of a foreign company: W + control letter
SL_CIF = ids.es_cif("B", "9641285")             # Suministros Aeronáuticos Levante S.L.
SL_OLD = ids.iban_es("0081", "0216", "0001234567")     # Banco Sabadell (genuine, old)
SL_NEW = ids.iban_es("2100", "3456", "0200123456")     # CaixaBank (genuine, new)
ESCROW = ids.iban_pt("0010", "0000", "51298347101")    # Banco BPI (fake lawyer)
BROKER = ids.iban_lt("32500", "01824733911")           # LT e-money account (broker fraud)
SL_SIG = ("Suministros Aeronáuticos Levante S.L.\nPolígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 41 · 46988 Paterna (Valencia)\n"
          "Tel. 96 555 71 20 · CIF %s" % SL_CIF)


# ====================================================================== ATTACKS
def a27():
    m = Message("attack", 27, LANG, "aeat-notificacion-dehu-phishing")
    t = U(2026, 11, 10, 9, 2, 18)
    rcpt = "lucia.martin@example.com"
    e = sendgrid(m, t, "em7716.agenciatributaria-dehu.es", rcpt)
    ref = "A2816%s" % alnum(m.rng, 10, "0123456789")
    url = "https://agenciatributaria-dehu.es/dehu/comparecencia?ref=%s&nif=%s" % (ref, EG_ES_NIF)
    text = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al siguiente procedimiento:

Emisor: Agencia Estatal de Administración Tributaria - Dependencia Regional de Gestión Tributaria de Madrid
Titular: EXAMPLE GROUP AVIATION SERVICES GMBH SUCURSAL EN ESPAÑA - NIF %s
Asunto: Requerimiento de documentación - procedimiento de comprobación limitada IVA, modelo 303, 3T 2026
Referencia: %s
Fecha de puesta a disposición: 09/11/2026

Dispone de un plazo de diez días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada y se dará por efectuado el trámite, continuándose el procedimiento (art. 43.2 de la Ley 39/2015).

[[!Acceder a la notificación|%s]]

Para acceder necesitará su certificado electrónico o Cl@ve. Para su comodidad, adjuntamos también una copia del acuse de puesta a disposición.

Agencia Tributaria
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % (EG_ES_NIF, ref, url)
    html = html_esp(text, "utf-8", brand="Agencia Tributaria", color="#8b1d1d", lang="es", logo_text="Agencia Tributaria · Sede electrónica",
                    font="Arial, Helvetica, sans-serif", preheader="Notificación electrónica pendiente - plazo de 10 días")
    z = zip_plain([("Notificacion_%s.pdf.vbs" % ref, PLACEHOLDER)], t)
    root = mixed(e, alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable")),
                 att("application/zip", z, "Acuse_Notificacion_%s.zip" % ref))
    finish(m, e, addr("Agencia Tributaria", "notificaciones@agenciatributaria-dehu.es"), rcpt,
           "Notificación electrónica pendiente - comprobación limitada IVA 3T 2026", root, "utf-8", "Q")
    m.what = "'Agencia Tributaria' notice of a pending electronic notification (VAT audit request) in DEHú with the real 10-day rule; button to access with certificate or Cl@ve, plus an unencrypted ZIP 'acknowledgement' holding a .pdf.vbs file."
    m.why = "agenciatributaria-dehu.es is not agenciatributaria.gob.es / dehu.redsara.es; delivered via SendGrid; credential/certificate harvesting plus a script-in-ZIP (Mekotio/Grandoreiro-style, inert placeholder) under legal deadline pressure."
    return m


def a28():
    m = Message("attack", 28, LANG, "correos-aduana-tasas-phishing")
    t = U(2026, 11, 17, 17, 25, 40)
    snd, rcpt = "reservas@casarural-elolivar.es", "javier.fernandez@example.com"
    r = m.rng
    host = "cp%d.webempresa.eu" % r.randrange(100, 400)
    hop = exim_hop(r, "45.95.147.%d" % r.randrange(2, 250), "[127.0.0.1]", host, snd, sec(t, 1), rcpt=rcpt)
    e = direct(m, t, snd, rcpt, host, host, "185.42.%d.%d" % (r.randrange(104, 107), r.randrange(2, 250)), hops=[hop], tls=TLS12,
               mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", msgid="<%s@casarural-elolivar.es>" % alnum(r, 43))
    e.set("X-AntiAbuse", [v for k, v in cpanel_antiabuse(host, "example.com", snd)[:5]])
    num = "UA482219937ES"
    url = "https://correos-aduanas-pago.es/envio/%s" % num
    text = """Estimado cliente:

Su envío %s procedente de fuera de la Unión Europea se encuentra retenido en la Aduana de Madrid a la espera del pago de los derechos de importación y de los gastos de gestión aduanera.

Importe pendiente: 1,99 €
Plazo de pago: 72 horas

[[Pagar y liberar mi envío|%s]]

Si el pago no se realiza en el plazo indicado, el envío será devuelto a origen.

Atentamente,
Correos - Gestión Aduanera
""" % (num, url)
    root = alt(e, tp(plain(text), "iso-8859-15", "8bit"), hp(html_esp(text, "iso-8859-15", brand="Correos", color="#ffcd00", lang="es", logo_text="Correos"), "iso-8859-15", "8bit"))
    finish(m, e, addr("Correos Aduanas", snd), rcpt, "Su envío %s está retenido en aduana" % num, root, "iso-8859-15", "Q")
    m.what = "'Correos' says an import parcel is held at Madrid customs until 1.99 EUR of fees are paid via a link."
    m.why = "Sent from a compromised rural-hotel mailbox on shared hosting; correos-aduanas-pago.es is not correos.es; tiny fee to harvest card data - the standard Spanish parcel scam."
    return m


def a29():
    m = Message("attack", 29, LANG, "abogado-falso-deposito-escrow")
    t = U(2026, 10, 14, 11, 37, 5)
    snd, rcpt = "a.ortega@ortegasalvat-abogados.com", "lucia.martin@example.com"
    e = exo(m, t, snd, rcpt, lang="es-ES", zone="UTC", pod="GVR")
    text = """Estimada Sra. Martín:

Me pongo en contacto con usted por indicación del Dr. Matthias Köhler, consejero delegado de Example Group, en relación con la operación confidencial de adquisición que nuestro despacho asesora en la Península Ibérica (proyecto «Atlântico»).

Como parte del cierre, la sucursal española debe constituir hoy un depósito en garantía (escrow) por importe de 186.400,00 € en la cuenta cliente que nuestro despacho ha abierto a tal efecto en Portugal, donde tiene su domicilio la sociedad objetivo:

Titular: Ortega Salvat Advogados - Conta Cliente
Banco: Banco BPI, S.A. (Lisboa)
IBAN: %s
BIC: BBPIPTPL
Concepto: ATL-ESCROW-2610

El Dr. Köhler le confirmará esta instrucción por correo. Le recuerdo que la operación está sujeta a un acuerdo de confidencialidad y a la normativa sobre información privilegiada: no debe comentarla con ninguna otra persona de la organización, incluido el Sr. Fernández, hasta el anuncio oficial previsto para el lunes.

Le ruego que me confirme por este medio la orden de transferencia y me envíe el justificante en cuanto la tenga.

Atentamente,

Alberto Ortega Salvat
Socio - Derecho Mercantil y M&A
Ortega Salvat Abogados
Paseo de la Castellana 95, planta 14 · 28046 Madrid
""" % ids.iban_fmt(ESCROW)
    root = alt(e, tp(text, "utf-8", "base64"), hp(html_owa(text, "utf-8"), "utf-8", "base64"))
    finish(m, e, addr("Alberto Ortega Salvat", snd), addr("Lucía Martín", rcpt, "utf-8", "B"),
           "CONFIDENCIAL - Proyecto Atlântico - depósito en garantía", root, "utf-8", "B", cc_name="CC")
    m.what = "'Lawyer' claims to act for the CEO on the secret 'Atlântico' acquisition and asks the Spanish accountant to wire a 186,400 EUR escrow deposit to a Portuguese account today."
    m.why = "Fake-lawyer stage of the CEO fraud in attack 01 (same project name, next day): unknown firm on a fresh M365 tenant, secrecy including from her own manager, same-day foreign transfer, confirmation 'by the CEO by e-mail'."
    return m


def a30():
    m = Message("attack", 30, LANG, "bbva-net-cash-firma-pendiente")
    t = U(2026, 11, 27, 12, 48, 22)
    rcpt = "lucia.martin@example.com"
    e = ses(m, t, "avisos@bbva-netcash-empresas.com", rcpt, region="eu-central-1")
    url = "https://bbva-netcash-empresas.com/nextgen/firma?ref=%s" % alnum(m.rng, 20)
    text = """Estimada Lucía Martín:

Le informamos de que tiene ficheros de pago pendientes de su firma en BBVA Net cash:

- Nóminas noviembre 2026 - 14 órdenes - 41.328,17 €
- Transferencias a proveedores - 6 órdenes - 18.940,00 €

Por motivos de seguridad, los ficheros que no se firmen hoy antes de las 18:00 h caducarán y deberán generarse de nuevo, lo que puede retrasar el abono de las nóminas.

[[!Revisar y firmar|%s]]

Atentamente,
BBVA Net cash - Servicio de Atención a Empresas
""" % url
    html = html_esp(text, "iso-8859-15", brand="BBVA", color="#004481", lang="es", logo_text="BBVA Net cash",
                    footer="Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao")
    root = alt(e, tp(plain(text, "colon"), "iso-8859-15", "quoted-printable"), hp(html, "iso-8859-15", "quoted-printable"))
    finish(m, e, addr("BBVA Net cash", "avisos@bbva-netcash-empresas.com"), addr("Lucía Martín", rcpt, "iso-8859-15", "Q"),
           "BBVA Net cash: ficheros de pago pendientes de firma - caducan hoy", root, "iso-8859-15", "Q")
    m.what = "'BBVA Net cash' says payroll and supplier payment files await her signature and expire at 18:00 today."
    m.why = "Banking credential phish on a look-alike domain via Amazon SES (eu-central-1); deadline pressure tied to payroll; BBVA does not send signing links from bbva-netcash-empresas.com."
    return m


def a31():
    m = Message("attack", 31, LANG, "broker-aog-pago-anticipado-fraude")
    t = U(2026, 11, 2, 15, 6, 50)
    snd, rcpt = "diego.herrera@aerostock-solutions.com", "javier.fernandez@example.com"
    r = m.rng
    n = r.randrange(1, 9)
    hop = ("from mta-0%d.privateemail.com (localhost [127.0.0.1])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTP id 4%s;\n\t%s"
           % (n, n, alnum(r, 12), rfcdate(sec(t, 1), "USE", comment=True)))
    hop2 = ("from APP-0%d (unknown [10.50.14.%d])\n\tby mta-0%d.privateemail.com (Postfix) with ESMTPA;\n\t%s"
            % (r.randrange(1, 9), r.randrange(2, 250), n, rfcdate(sec(t, 2), "USE", comment=True)))
    e = direct(m, t, snd, rcpt, "MTA-0%d-%d.privateemail.com" % (n, r.randrange(1, 5)), "mta-0%d-%d.privateemail.com" % (n, r.randrange(1, 5)),
               "198.54.127.%d" % r.randrange(40, 90), hops=[hop, hop2], tls=TLS13, ua="Open-Xchange Mailer v7.10.6-Rev68",
               msgid="<%d.%d.%d@privateemail.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), int(t.timestamp() * 1000)),
               zone="USE", bstyle="python")
    text = """Estimado Sr. Fernández:

Hemos visto en el mercado su búsqueda del generador de arranque P/N 3214552-4 para ATR 72. Disponemos de una unidad en stock en nuestro almacén de Miami:

P/N: 3214552-4 - Starter-Generator
S/N: 1187A
Condición: OH (overhauled), certificado EASA Form 1 + FAA 8130-3 (dual release)
Precio: 18.500,00 USD, venta directa (outright)
Plazo: envío DHL Express en 24 horas tras la recepción del pago

Debido a la fuerte demanda esta oferta solo es válida hoy. Para reservar la unidad trabajamos con pago anticipado del 100%% a nuestra cuenta de tesorería europea:

Beneficiario: Aero Stock Solutions LLC
Banco: UAB (cuenta de dinero electrónico, Vilnius)
IBAN: %s
Referencia: ASS-26-4471

Adjunto la cotización. Las copias de los certificados se envían una vez confirmado el pago.

Saludos cordiales,

Diego Herrera
Sales Manager - Latin America & Iberia
Aero Stock Solutions LLC
Miami, FL
""" % ids.iban_fmt(BROKER)
    q = pdf([("h1", "AERO STOCK SOLUTIONS LLC"), ("small", "Miami, FL - sales@aerostock-solutions.com"), ("rule", ""),
             ("b", "QUOTATION ASS-26-4471 - 02 NOV 2026 - VALID 1 DAY"),
             ("p", "To: Example Group Aviation Services - Madrid / Attn. Javier Fernandez"),
             ("mono", "P/N        Description        Cond  Qty  Unit USD    Total USD\n3214552-4  STARTER-GENERATOR  OH    1    18,500.00   18,500.00"),
             ("p", "Certification: EASA Form 1 / FAA 8130-3 dual release. Terms: 100% payment in advance. Ex works Miami."),
             ("p", "Bank: IBAN %s - Ref ASS-26-4471" % ids.iban_fmt(BROKER))],
            t, zone="USE", title="Quotation ASS-26-4471", author="Sales", creator="Microsoft Excel", producer="Microsoft: Print To PDF")
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable"), hp(html_webmail(text, "utf-8", "Arial"), "utf-8", "quoted-printable")),
                 att("application/pdf", q, "Quotation_ASS-26-4471.pdf"))
    finish(m, e, addr("Diego Herrera - Aero Stock Solutions", snd), addr("Javier Fernández", rcpt, "utf-8", "Q"),
           "Oferta P/N 3214552-4 Starter-Generator OH - disponible hoy", root, "utf-8", "Q")
    m.what = "Unknown parts broker offers the sought AOG starter-generator at less than half the market price, 100% prepayment today to a Lithuanian e-money account, certificates only after payment."
    m.why = "Aviation parts advance-fee fraud: fresh domain on Namecheap Private Email, 'Miami' company with a Vilnius e-money IBAN, impossible price, same-day validity, no traceability documents - at best bogus parts, usually no parts at all."
    return m


# ====================================================================== BUSINESS
def b27():
    m = Message("business", 27, LANG, "cliente-reclamacion-apu-retraso")
    t = U(2026, 10, 21, 18, 3, 12)
    snd, rcpt = "carmen.lopez@vuelosol.es", "javier.fernandez@example.com"
    e = exo(m, t, snd, rcpt, lang="es-ES", zone="UTC", pod="PAR")
    text = """Javier:

Te escribo para presentar una reclamación formal por el retraso en la devolución del APU (P/N 3800708-1, S/N P-4711) que os enviamos el 2 de septiembre para reparación.

El plazo comprometido en vuestra oferta era de 35 días. Hoy estamos en el día 49, seguimos sin fecha de entrega y el EC-NVS lleva nueve días operando con el APU inoperativo según MEL, con las restricciones que eso supone en Tenerife y Lanzarote. Esta semana hemos tenido que alquilar una GPU adicional y hemos sufrido dos retrasos por falta de aire acondicionado en tierra.

Necesitamos antes del viernes:
1. fecha firme de entrega,
2. el informe de taller con los hallazgos y la causa del retraso,
3. vuestra propuesta de compensación según la cláusula 9.4 del contrato.

Si no tenemos respuesta, tendré que escalarlo a nuestra dirección técnica y revisar la adjudicación de los próximos trabajos de componentes.

Un saludo,

Carmen López
Responsable de Compras Técnicas
Vuelosol Airlines S.A.
Av. de la Hispanidad s/n, Edificio Vuelosol · 28042 Madrid
"""
    root = alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_owa(text, "windows-1252"), "windows-1252", "quoted-printable"))
    finish(m, e, addr("Carmen López", snd, "windows-1252", "Q"), addr("Javier Fernández", rcpt, "windows-1252", "Q"),
           "Reclamación formal - retraso APU S/N P-4711 (EC-NVS)", root, "windows-1252", "Q",
           cc=addr("Lucía Martín", "lucia.martin@example.com", "windows-1252", "Q"), cc_name="CC")
    m.what = "Customer airline files a formal complaint about a late APU repair, demands a date, the shop report and compensation."
    m.why = "Customer's own M365 tenant, coherent operational facts, pressure and threats are commercial; no link, no payment instruction."
    return m


def b28():
    m = Message("business", 28, LANG, "transportista-entrega-albaran-dua-gmail")
    t = U(2026, 11, 18, 19, 11, 46)
    snd, rcpt = "transportes.hnosgil@gmail.com", "javier.fernandez@example.com"
    e = gmail(m, t, snd, rcpt)
    text = """Buenas tardes Javier,

mañana a las 8:00 os entregamos en el hangar el palé de ruedas que llegó de Miami (AWB 045-88127310, 2 bultos, 312 kg).

Te adjunto el albarán y la copia del DUA que nos ha pasado el agente de aduanas. Los aranceles e IVA de importación los ha pagado el agente y os los factura él directamente, como siempre. Nosotros solo os facturamos el porte a fin de mes.

Si necesitáis que lleve el palé a otra puerta me dices.

Un saludo,
Raúl Gil
Transportes Hermanos Gil S.L.
650 555 214
"""
    doc = pdf([("h1", "ALBARÁN DE ENTREGA 2026/11-0412"), ("p", "Transportes Hermanos Gil S.L. - Coslada (Madrid)"), ("rule", ""),
               ("p", "Destinatario: Example Group Aviation Services - Sucursal en España, Aeropuerto Madrid-Barajas, Zona de Carga, Edif. 8"),
               ("mono", "AWB 045-88127310   Bultos 2   Peso 312 kg   Mercancía: ruedas y frenos (reparados)\nDUA 26ES0028141234567 - despachado 18/11/2026 - agente: Aduanas Barajas Consulting S.L."),
               ("p", "Firma y sello del receptor: ____________________")],
              sec(t, 1800), title="Albaran 2026/11-0412", creator="Canon iR-ADV", producer="Adobe PSL 1.3e for Canon")
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_gmail(text), "utf-8", "quoted-printable", label="UTF-8")),
                 att("application/pdf", doc, "albaran_DUA_045-88127310.pdf"))
    finish(m, e, addr("Transportes Hnos. Gil", snd), rcpt, "Entrega mañana 8:00 - palé ruedas Miami", root, "utf-8", "B", "UTF-8")
    m.what = "Regular local haulier (Gmail) announces tomorrow's delivery of an imported pallet with delivery note and customs declaration copy."
    m.why = "Known carrier, consistent AWB/DUA data, states duties were paid by the customs agent; nothing to pay or log into."
    m.hardneg = [(28, "Customs/import parcel topic to the same recipient; genuine message contains no fee link.")]
    return m


def b29():
    m = Message("business", 29, LANG, "abogados-borrador-contrato-hangar")
    t = U(2026, 11, 25, 13, 2, 58)
    snd, rcpt = "enavarro@navarro-ibanez.es", "javier.fernandez@example.com"
    r = m.rng
    e = thunderbird(m, t, snd, rcpt, "mail.navarro-ibanez.es", "mail.navarro-ibanez.es", "217.116.%d.%d" % (r.randrange(0, 15), r.randrange(2, 250)),
                    "[192.168.10.34]", "%d.red-81-%d-%d.dynamicip.rima-tde.net" % (r.randrange(1, 250), r.randrange(32, 47), r.randrange(1, 250)),
                    "81.%d.%d.%d" % (r.randrange(32, 47), r.randrange(1, 250), r.randrange(1, 250)), zone="DE", lang="es-ES")
    text = """Estimado Javier:

Te adjunto el memorando con nuestros comentarios al borrador del contrato de arrendamiento del hangar 6 que nos remitió Aena el pasado día 19.

En resumen: (i) la cláusula de revisión de renta debería referenciarse al IPC y no a un índice propio de Aena; (ii) proponemos limitar la garantía a tres mensualidades; y (iii) la obligación de desmontaje de las plataformas de trabajo al final del contrato debe quedar excluida expresamente, ya que las instaló el anterior ocupante.

Si te parece bien, lo comentamos el jueves en la llamada que tenemos con Lucía y con Hamburgo, y a continuación preparo la contrapropuesta para Aena.

Un saludo,

Elena Navarro
Socia
Navarro & Ibáñez Abogados, S.L.P.
C/ Velázquez 47, 3º · 28001 Madrid
"""
    memo = pdf([("h1", "MEMORANDO"), ("p", "Para: Example Group Aviation Services - Sucursal en España (J. Fernández, L. Martín)\nDe: Navarro & Ibáñez Abogados\nFecha: 25/11/2026"),
                ("b", "Asunto: Borrador de contrato de arrendamiento del hangar 6 - Aeropuerto Adolfo Suárez Madrid-Barajas"), ("rule", ""),
                ("p", "1. Revisión de la renta: proponemos sustituir el índice propio por el IPC general publicado por el INE."),
                ("p", "2. Garantía: limitar el aval bancario a tres mensualidades de renta."),
                ("p", "3. Reversión: excluir la obligación de desmontaje de las plataformas de trabajo instaladas por el anterior ocupante."),
                ("small", "Documento confidencial sujeto a secreto profesional.")],
               sec(t, 3600), title="Memorando hangar 6", author="E. Navarro", creator="Microsoft Word", producer="Microsoft® Word para Microsoft 365")
    root = mixed(e, tp(text, "utf-8", "8bit", label="UTF-8", flowed=True), att("application/pdf", memo, "Memorando_contrato_hangar6_Aena.pdf"))
    finish(m, e, addr("Elena Navarro", snd), addr("Javier Fernández", rcpt, "utf-8", "Q", "UTF-8"),
           "Contrato arrendamiento hangar 6 - comentarios al borrador de Aena", root, "utf-8", "Q", "UTF-8",
           cc=addr("Lucía Martín", "lucia.martin@example.com", "utf-8", "Q", "UTF-8"))
    m.what = "The branch's real outside counsel sends a memo commenting on a hangar lease draft."
    m.why = "Known law firm on its own domain (Thunderbird, own server, Spanish DSL line), legal content only, no payment, copies the manager rather than excluding him."
    m.hardneg = [(29, "Lawyer writing to the Spanish branch's accountant/manager; genuine counsel, no money, no secrecy.")]
    return m


def b30():
    m = Message("business", 30, LANG, "proveedor-cambio-cuenta-certificado-titularidad")
    t = U(2026, 12, 3, 10, 26, 37)
    snd, rcpt = "administracion@suministros-levante.es", "lucia.martin@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "smtp.suministros-levante.es", "smtp.suministros-levante.es", "82.98.%d.%d" % (r.randrange(128, 190), r.randrange(2, 250)),
                     "ADMIN-PC01", "%d.red-83-%d-%d.staticip.rima-tde.net" % (r.randrange(1, 250), r.randrange(32, 63), r.randrange(1, 250)),
                     "83.%d.%d.%d" % (r.randrange(32, 63), r.randrange(1, 250), r.randrange(1, 250)), lang="es")
    text = """Estimados clientes:

Les informamos de que, a partir del 1 de enero de 2027, Suministros Aeronáuticos Levante S.L. centralizará sus cobros en CaixaBank. Los nuevos datos bancarios son:

Titular: Suministros Aeronáuticos Levante S.L.
Entidad: CaixaBank, S.A.
IBAN: %s
BIC: CAIXESBBXXX

La cuenta actual en Banco Sabadell (IBAN %s) seguirá operativa hasta el 31 de marzo de 2027, por lo que los pagos de las facturas ya emitidas pueden seguir realizándose en ella sin ningún problema.

Adjuntamos el certificado de titularidad emitido por CaixaBank. Por su seguridad, les rogamos que antes de modificar sus datos verifiquen este cambio llamando a su contacto habitual (Pablo Sanz) o a nuestra centralita, al número que ya tienen en su ficha de proveedor. Nunca les pediremos cambiar una cuenta por correo con urgencia.

Atentamente,

Amparo Ferrer
Administración
%s
""" % (ids.iban_fmt(SL_NEW), ids.iban_fmt(SL_OLD), SL_SIG)
    cert = pdf([("h1", "CaixaBank"), ("b", "CERTIFICADO DE TITULARIDAD DE CUENTA"), ("rule", ""),
                ("p", "CaixaBank, S.A. certifica que la cuenta que figura a continuación está abierta en esta entidad a nombre de:"),
                ("mono", "Titular:  SUMINISTROS AERONAUTICOS LEVANTE SL\nCIF:      %s\nIBAN:     %s\nBIC:      CAIXESBBXXX" % (SL_CIF, ids.iban_fmt(SL_NEW))),
                ("p", "Y para que así conste, se expide el presente certificado en Paterna, a 1 de diciembre de 2026."),
                ("small", "Documento generado electrónicamente. CSV: 2100-3456-%s" % alnum(r, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))],
               U(2026, 12, 1, 9, 12), title="Certificado titularidad", author="CaixaBank", creator="CaixaBankNow", producer="iText 7.2")
    root = mixed(e, alt(e, tp(text, "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1", lang="ES"), "iso-8859-1")),
                 att("application/pdf", cert, "Certificado_titularidad_CaixaBank.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Suministros Levante - Administración", snd, "iso-8859-1", "Q"), addr("Lucía Martín", rcpt, "iso-8859-1", "Q"),
           "Cambio de cuenta bancaria a partir del 01/01/2027", root, "iso-8859-1", "Q",
           cc=addr("Pablo Sanz", "pablo.sanz@suministros-levante.es"))
    m.what = "Supplier announces a bank change a month ahead with the bank's ownership certificate, old account kept for three months, asks for phone verification."
    m.why = "Supplier's own domain and Spanish static line, domestic bank, no urgency, open invoices may still go to the old account, explicitly invites out-of-band verification."
    m.hardneg = [(2, "Bank-detail change done properly (notice period, old account kept, call-back)"), (17, "Same pattern vs. the carrier look-alike"),
                 (22, "Same pattern vs. the partner look-alike")]
    return m


def b31():
    m = Message("business", 31, LANG, "proveedor-oferta-condiciones-normales")
    t = U(2026, 10, 19, 12, 17, 4)
    snd, rcpt = "pablo.sanz@suministros-levante.es", "javier.fernandez@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "smtp.suministros-levante.es", "smtp.suministros-levante.es", "82.98.%d.%d" % (r.randrange(128, 190), r.randrange(2, 250)),
                     "VENTAS-PC03", "%d.red-83-%d-%d.staticip.rima-tde.net" % (r.randrange(1, 250), r.randrange(32, 63), r.randrange(1, 250)),
                     "83.%d.%d.%d" % (r.randrange(32, 63), r.randrange(1, 250), r.randrange(1, 250)), lang="es")
    text = """Hola Javier:

Como te comenté por teléfono, te adjunto la oferta 2026-1342 para el material del hangar:

- 12 cartuchos de sellante PR-1782 B2 (lote con caducidad 09/2027)
- 4 juegos de llaves dinamométricas calibradas con certificado ENAC
- 2 kits de juntas para puertas de carga ATR 72

Plazo de entrega: 3 días laborables desde pedido. Forma de pago: transferencia a 60 días fecha factura, como en los pedidos anteriores. Todo el material va con su certificado de conformidad (CoC) y trazabilidad de lote.

Validez de la oferta: 30 días.

Un saludo,

Pablo Sanz
Departamento Comercial
%s
""" % SL_SIG
    of = pdf([("h1", "OFERTA 2026-1342"), ("p", "Suministros Aeronáuticos Levante S.L. - CIF %s" % SL_CIF), ("rule", ""),
              ("p", "Cliente: Example Group Aviation Services - Sucursal en España (NIF %s)" % EG_ES_NIF),
              ("mono", "Ref.            Descripción                                 Uds   Precio    Importe\n"
                       "PR1782B2-6OZ    Sellante PR-1782 B2 cartucho 6 oz            12    64,80      777,60\n"
                       "TQ-SET-20-200   Juego llaves dinamométricas 20-200 Nm          4   412,00    1.648,00\n"
                       "ATR-CDS-KIT     Kit juntas puerta de carga ATR 72              2   286,50      573,00\n"
                       "                                                  Base imponible         2.998,60\n"
                       "                                                  IVA 21%                  629,71\n"
                       "                                                  Total EUR              3.628,31"),
              ("p", "Forma de pago: transferencia a 60 días f.f. Validez: 30 días. Plazo: 3 días laborables.")],
             sec(t, 900), title="Oferta 2026-1342", author="P. Sanz", creator="a3ERP", producer="a3ERP PDF")
    root = mixed(e, alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_outlook(text, "windows-1252", lang="ES"), "windows-1252")),
                 att("application/pdf", of, "Oferta_2026-1342.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Pablo Sanz", snd), addr("Javier Fernández", rcpt, "windows-1252", "Q"),
           "Oferta 2026-1342 - sellantes, llaves dinamométricas y kits ATR", root, "windows-1252", "Q")
    m.what = "Known supplier's sales rep sends a quotation after a phone call: market prices, 60-day payment terms, certificates of conformity."
    m.why = "Established supplier domain, normal commercial terms (no prepayment), traceability documents included, follows a phone conversation."
    m.hardneg = [(31, "Parts quotation to the same manager; genuine supplier vs. prepayment broker fraud.")]
    return m


ATTACKS = [a27, a28, a29, a30, a31]
BUSINESS = [b27, b28, b29, b30, b31]
