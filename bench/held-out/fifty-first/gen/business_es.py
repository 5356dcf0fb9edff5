"""Spanish genuine business messages (27-31)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import pdf
import infra

F = "business"


def build():
    # ------------------------------------------------------------ 27 contractor invoice (genuine M365 tenant of Montajes)
    t = T(2026, 11, 6, 12, 18, 40, "ES")
    p = infra.m365("b27", t, "montajesiberia.es", pod="PAVP195", org_lang="es-ES")
    txt = """Buenos días,

Adjuntamos la factura FM-2026-0931 correspondiente al montaje y desmontaje de los stands del Madrid Hospitality Congress (IFEMA, pabellón 10).

Base imponible: 29.850,76 EUR
IVA 21 %: 6.268,66 EUR
Total: 36.118,42 EUR
Vencimiento: 30 días fecha factura

Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank
IBAN {iban}

Un saludo,

Departamento de Contabilidad
Montajes Feriales Iberia S.L.
C/ de la Granja 18, 28108 Alcobendas (Madrid)
CIF {cif}
""".format(iban=iban_fmt(BANK["montajes"]), cif=IDS["montajes_cif"])
    inv = pdf([("F2", 14, "Montajes Feriales Iberia S.L."), "C/ de la Granja 18, 28108 Alcobendas (Madrid) - CIF " + IDS["montajes_cif"], "",
               ("F2", 12, "FACTURA FM-2026-0931"), "Fecha: 06/11/2026", "",
               "Cliente: Example Group Iberia S.L., Paseo de la Castellana 95, 28046 Madrid", "",
               "Concepto                                                      Importe",
               "Montaje stands Madrid Hospitality Congress (24 stands)       21.600,00",
               "Desmontaje y retirada de residuos                            6.150,76",
               "Iluminación adicional y cuadros eléctricos                   2.100,00",
               "Base imponible                                               29.850,76",
               "IVA 21 %                                                      6.268,66",
               ("F2", 10, "TOTAL EUR                                                    36.118,42"), "",
               "Pago: transferencia a 30 días - IBAN " + iban_fmt(BANK["montajes"]) + " (CaixaBank)"],
              title="FM-2026-0931", author="Montajes Feriales Iberia", producer="A3 ERP")
    body = mixed(alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(paras(txt), "iso-8859-1", lang="es")),
                 pdf_att(inv, "Factura_FM-2026-0931.pdf"))
    mk(F, 27, "es", "montajes-factura-congreso", t=t, prof=p, order="ms", date_zone="ES",
       frm=("Contabilidad Montajes Feriales Iberia", "contabilidad@montajesiberia.es"), to=[st("Lucía")],
       cc=[("Raúl Ortega", "r.ortega@montajesiberia.es")],
       subject="Factura FM-2026-0931 - Montaje Madrid Hospitality Congress", hcs="iso-8859-1", body=body,
       hn_of=([28], "Same supplier tenant, same invoice FM-2026-0931"),
       what="Stand-assembly contractor sends its invoice for the Madrid Hospitality Congress.",
       why="Supplier's genuine Microsoft 365 tenant, no Reply-To diversion; the usual CaixaBank IBAN ('cuenta habitual'); standard invoice PDF and terms.")

    # ------------------------------------------------------------ 28 exhibitor complaint, Thunderbird 8bit
    t = T(2026, 11, 25, 17, 36, 2, "ES")
    p = infra.own_postfix("b28", t, "mail.bodegasalcazar.es", "212.227.%d.%d" % (hn("b28", 0, 255), hn("b28x", 2, 250)),
                          "bodegasalcazar.es", "88.12.174.%d|%d.red-88-12-174.staticip.rima-tde.net" % (
                              hn("b28a", 2, 250), hn("b28a", 2, 250)), mid_style="tb", rdns="smtp.bodegasalcazar.es",
                          tzone="ES", auth="c.vidal@bodegasalcazar.es")
    txt = """Estimado José:

Le escribo en nombre de Bodegas Alcázar para trasladarle nuestra queja por la organización del espacio de catas en el Madrid Hospitality Congress.

Habíamos contratado la zona de catas B con 40 plazas y agua de red para el lavado de copas. El primer día la zona estaba ocupada por otro expositor hasta las 12:00 y el punto de agua no funcionó en todo el congreso, por lo que tuvimos que cancelar dos catas programadas con compradores de hostelería.

Entendemos que pueden surgir imprevistos, pero el perjuicio comercial ha sido importante. Le rogamos que nos indique qué compensación pueden ofrecernos sobre la factura del espacio antes de que decidamos nuestra participación en la edición 2027.

Quedo a la espera de su respuesta.

Un cordial saludo,

Carmen Vidal
Directora de Marketing
Bodegas Alcázar S.A.
Ctra. de Valdepeñas km 4, 13300 Valdepeñas (Ciudad Real)
"""
    body = Text(txt, "plain", "windows-1252", "8bit", params="; format=flowed", csq=False)
    mk(F, 28, "es", "cliente-reclamacion-catas", t=t, prof=p, date_zone="ES",
       frm=("Carmen Vidal", "c.vidal@bodegasalcazar.es"), to=[st("José")],
       subject="Reclamación - zona de catas Madrid Hospitality Congress", hcs="windows-1252", body=body,
       what="Exhibitor (winery) complains about an occupied tasting area and a broken water connection, asks for compensation.",
       why="Customer's own domain and server with Thunderbird; specific event details; asks for a discount, contains no links, attachments or payment instructions.")

    # ------------------------------------------------------------ 29 internal HR/payroll notice (salary review 2027)
    t = T(2026, 11, 12, 9, 30, 12, "ES")
    p = infra.exchange_internal("b29", t, sa("Lucía"), mbx="EXMBX03", ws_ip="10.50.1.18", lang="es-ES")
    txt = """Hola a todos:

Como cada año, las cartas individuales de la revisión salarial 2027 se publicarán el 1 de diciembre en el Portal del Empleado (Intranet > RR. HH. > Mis documentos). Los nuevos importes se aplicarán en la nómina de enero.

Para evitar confusiones con correos fraudulentos que circulan estos días:
- No enviaremos la carta por correo electrónico, ni enlaces externos, ni códigos QR.
- El Portal del Empleado solo es accesible desde https://intranet.example.com con el inicio de sesión habitual.
- Si recibís algún mensaje que pida "confirmar" datos de nómina o bancarios, reenviadlo a servicedesk@example.com y no respondáis.

Cualquier duda sobre vuestra carta, podéis comentarla conmigo o con Monika Schäfer (RR. HH. Frankfurt).

Un saludo,
José Ramírez
Office Manager España | Example Group Iberia S.L.
"""
    body = alt(Text(txt, "plain", "iso-8859-15", "quoted-printable"), html_part(paras(txt), "iso-8859-15", lang="es"))
    mk(F, 29, "es", "rrhh-revision-salarial-internal", t=t, prof=p, order="ms", date_zone="ES",
       frm=("Ramírez, José", sa("José")), to=[("Oficina Madrid", "madrid@example.com")], rcpt=sa("Lucía"),
       subject="Revisión salarial 2027 - publicación en el Portal del Empleado", hcs="iso-8859-15", body=body,
       hn_of=([29], "Salary review 2027 / payroll documents"),
       what="Madrid office manager informs staff that 2027 salary review letters will be published on the intranet employee portal.",
       why="Internal Exchange via mail-int01 to the office distribution list; points only to the intranet, explicitly states that no QR codes or external links will be sent; no credential request.")

    # ------------------------------------------------------------ 30 customs broker on ATA carnet (genuine)
    t = T(2026, 11, 17, 13, 55, 19, "ES")
    p = infra.own_postfix("b30", t, "correo.aduanaslevante.es", "195.53.%d.%d" % (hn("b30", 0, 255), hn("b30x", 2, 250)),
                          "aduanaslevante.es", "195.53.%d.%d|unknown" % (hn("b30a", 0, 255), hn("b30b", 2, 250)),
                          mid_style="outlook", rdns="correo.aduanaslevante.es", tzone="ES", auth="m.gil@aduanaslevante.es")
    txt = """Estimado Sr. Ramírez:

Le confirmo que esta mañana hemos realizado el despacho de importación temporal de la mercancía amparada por el Cuaderno ATA ES/2026/1187 (material expositivo de Example Group, 9 bultos) en la Aduana de Madrid-Barajas. La mercancía ha sido despachada sin incidencias y el transportista la entregará mañana en IFEMA, pabellón 10, para la feria Gastro Madrid (24-26/11).

Le recuerdo que la re-exportación debe realizarse antes del vencimiento del cuaderno y que necesitaremos el original del cuaderno ATA el día del desmontaje para el despacho de salida. Le adjunto el justificante con la hoja de importación sellada.

Nuestros honorarios por el despacho (185,00 EUR + IVA) se incluirán en la factura mensual habitual.

Quedo a su disposición para cualquier consulta en el 963 412 870.

Atentamente,

Marta Gil
Departamento de Tránsito y Cuadernos ATA
Aduanas Levante Consignatarios S.L.
Av. del Puerto 284, 46023 Valencia
"""
    just = pdf([("F2", 13, "Aduanas Levante Consignatarios S.L."), "Av. del Puerto 284, 46023 Valencia", "",
                ("F2", 12, "Justificante de despacho - Cuaderno ATA ES/2026/1187"), "",
                "Régimen: importación temporal (exposiciones y ferias)", "Aduana: Madrid-Barajas (2851)",
                "Fecha de despacho: 17/11/2026", "Bultos: 9   Peso bruto: 1.284 kg", "Titular: Example Group GmbH",
                "Destino: IFEMA Madrid, pabellón 10 (Gastro Madrid 2026)", "", "Hoja de importación sellada n.º 1 - conforme."],
               title="Justificante ATA ES/2026/1187", author="Aduanas Levante", producer="Microsoft Word")
    body = mixed(Text(txt, "plain", "utf-8", "quoted-printable"), pdf_att(just, "Justificante_ATA_ES-2026-1187.pdf"))
    mk(F, 30, "es", "agente-aduanas-cuaderno-ata", t=t, prof=p, order="ms", date_zone="ES",
       frm=("Marta Gil", "m.gil@aduanaslevante.es"), to=[st("José")],
       subject="Cuaderno ATA ES/2026/1187 - despacho de importación temporal realizado", body=body,
       hn_of=([30], "ATA carnet, exhibition goods held/cleared at Madrid-Barajas customs"),
       what="The company's customs broker confirms temporary-import clearance under the ATA carnet and attaches the stamped import voucher.",
       why="Known broker on its own domain/server; consistent carnet number, customs office and delivery; fees billed on the usual monthly invoice; PDF is a plain document, no archive or executable, no payment demand.")

    # ------------------------------------------------------------ 31 colleague from private Gmail: broken laptop
    t = T(2026, 12, 1, 8, 12, 4, "ES")
    p = infra.gmail("b31", t, sa("Lucía"))
    txt = """Hola Lucía:

Te escribo desde mi Gmail porque anoche se me cayó el portátil y la pantalla no enciende (el equipo sí arranca, se oye el ventilador). Hoy trabajo desde casa con el móvil.

¿Puedes abrir tú un ticket a IT en mi nombre? Pongo en copia a Thomas Böhm por si pueden mandarme uno de sustitución por mensajería o lo recojo mañana en la oficina. El número de inventario es EG-NB-2291.

Por favor, no me mandéis nada confidencial a esta dirección; para lo urgente llamadme al móvil de siempre.

Gracias,
José
"""
    body = alt(Text(txt, "plain", "UTF-8", "quoted-printable"), html_part(paras(txt), "UTF-8", lang="es", style=""))
    mk(F, 31, "es", "portatil-roto-gmail-privado", t=t, prof=p, date_zone="ES",
       frm=("José Ramírez", "joseramirez.mad@gmail.com"), to=[st("Lucía")], cc=[st("Thomas")],
       subject="Portátil roto - hoy trabajo desde casa", body=body,
       hn_of=([1, 13], "Colleague / manager writing from a private free-mail address"),
       what="The Madrid office manager, from his known private Gmail, reports a broken laptop and asks a colleague to open an IT ticket.",
       why="Known private address of the employee, plain Gmail path; head of IT in copy; asks explicitly not to receive confidential data there; no payment, gift card or credential request.")
