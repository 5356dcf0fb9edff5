"""Genuine business messages, Spanish (5), Greek (5) and Russian (4)."""
import ids
import pdf
from core import reg, finish
from infra import (t_gmail, t_exim, t_sendgrid, t_outlookcom, t_internal, t_postfix, t_ms_notify, t_yandex,
                   mua_javamail, mua_outlook16, mua_exo, mua_exchange, mua_wlm, mua_plain, mua_yamail, mua_thebat)
from mime import Text, Multi, Blob
from people import (S, SUMED_CIF, SUMED_IBAN, EG_ES_CIF, PAPADOPOULOS_AFM, PAPADOPOULOS_IBAN, EG_GR_AFM, MTS_INN,
                    MTS_KPP, MTS_BIK, MTS_KS, MTS_RS, EG_RU_INN, EG_RU_KPP)
from tpl import alt, mixed, mso_html, simple_html, card_html, button, p, esc, fill, gmail_html
from util import addr, secs, tok, digits, uuid4

B = "business"


# ----------------------------------------------------------------- Spanish
@reg(B, "es", "sumed-factura-erp")
def b_sumed(k):
    k.when("2026-11-13 17:45:31")
    acc = S("es_acc")
    rt = k.env("facturacion@sumedlevante.es", acc["addr"])
    t_gmail(rt, host="mail-sor-f%d.google.com", ipfmt="209.85.220.%d")
    mua_javamail(rt, "ERP-SUMED01")
    text = """Estimados señores:

Adjuntamos la factura FV26-1142 de fecha 13/11/2026 correspondiente a su pedido P-VAL-2026-0877 (material fungible para radiología y laboratorio).

Base imponible: 4.906,26 €
IVA 21 %%: 1.030,31 €
Total factura: 5.936,57 €
Vencimiento: 13/12/2026
Forma de pago: transferencia bancaria a CaixaBank, IBAN %s

Atentamente,

Departamento de Facturación
Suministros Médicos Levante, S.L. - CIF %s
C/ de la Ciència 21, Pol. Ind. Fuente del Jarro - 46988 Paterna (Valencia)
""" % (ids.pretty(SUMED_IBAN), SUMED_CIF)
    inv = pdf.make_pdf([
        ("Suministros Médicos Levante, S.L.", 14, True), "CIF " + SUMED_CIF + " - C/ de la Ciència 21, 46988 Paterna", "",
        "Cliente: Example Group Ibérica S.L. - CIF " + EG_ES_CIF, "Avda. de Aragón 30, 46021 Valencia", "",
        ("FACTURA FV26-1142", 13, True), "Fecha: 13/11/2026   Pedido: P-VAL-2026-0877   Albarán: AL26-3381", "", "---",
        "Jeringas inyector RM 65/115 ml (caja 50)           8 x 186,40    1.491,20",
        "Gel ecográfico 5 l                                 24 x  14,95      358,80",
        "Tubos extracción EDTA K3 3 ml (caja 100)           40 x  21,30      852,00",
        "Guantes nitrilo talla M (caja 200)                 60 x  11,90      714,00",
        "Sábanas desechables camilla 60 cm                  45 x  33,16    1.492,26", "---",
        "Base imponible                                                   4.906,26",
        "IVA 21 %                                                         1.030,31",
        ("Total factura EUR                                                5.936,57", 11, True), "",
        "Vencimiento 13/12/2026 - Transferencia: CaixaBank " + ids.pretty(SUMED_IBAN),
    ], k.t - secs(120), title="FV26-1142", creator="a3ERP", producer="a3ERP")
    body = mixed(rt, Text(text, "plain", "ISO-8859-15", "quoted-printable", quote_cs=False),
                 Blob(inv, "application/pdf", "FV26-1142.pdf"))
    return finish(k, rt, frm=addr("Suministros Médicos Levante - Facturación", "facturacion@sumedlevante.es",
                                  "ISO-8859-15", "Q"), to=acc["addr"],
                  subject="Factura FV26-1142 - Suministros Médicos Levante S.L.", subj_cs=("ISO-8859-15", "Q", None),
                  body=body, infra="Google Workspace (ERP relayed through Google)",
                  what="Consumables supplier's invoice from its ERP via Google Workspace, PDF attached",
                  why="Known supplier domain on its usual Google Workspace path; matches a real order; CaixaBank "
                      "account as on file; no pressure.",
                  pair=(["sumed-lookalike-titularidad-cuenta"], "Same supplier; the attack uses sumedlevante-es.com "
                                                                "and an ING account."))


@reg(B, "es", "transportes-navarro-albaran")
def b_navarro(k):
    k.when("2026-11-18 16:12:09")
    mgr = S("es_mgr")
    rt = k.env("trafico@transportesnavarro.es", mgr["addr"])
    t_exim(rt, "srv07.dondominio.net", "31.214.176.77", "88.12.45.210", "OFICINA-TRAFICO")
    mua_outlook16(rt, "transportesnavarro.es", lang="es")
    text = """Hola Elena:

Te confirmo que mañana jueves 19/11 recogeremos a las 8:00 en vuestro almacén de la Avda. de Aragón los 6 palés de material (según vuestra orden OT-1173) con destino a los centros de Castellón y Alicante. La entrega está prevista para el mismo día antes de las 14:00.

Te adjunto el albarán para que lo firméis en la recogida. Si cambia algo, llámame al móvil de siempre.

Un saludo,

Lucía Navarro
Departamento de Tráfico
Transportes Navarro e Hijos, S.L.
Camí de la Mar 12 – 46120 Alboraia (Valencia)
"""
    alb = pdf.make_pdf([
        ("Transportes Navarro e Hijos, S.L.", 14, True), "Camí de la Mar 12 - 46120 Alboraia (Valencia)", "",
        ("ALBARÁN DE TRANSPORTE 26/4418", 12, True), "Fecha de carga: 19/11/2026 08:00   Orden cliente: OT-1173", "",
        "Remitente: Example Group Ibérica S.L. - Avda. de Aragón 30, Valencia",
        "Destino 1: Centro Castellón - 3 palés", "Destino 2: Centro Alicante - 3 palés", "",
        "Mercancía: material sanitario fungible, no peligroso", "", "Firma remitente: ______________    "
                                                                    "Firma conductor: ______________",
    ], k.t - secs(600), title="Albaran 26/4418", creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "ES"), "windows-1252", "quoted-printable"),
                 Blob(alb, "application/pdf", "Albaran_26-4418.pdf"))
    return finish(k, rt, frm=addr("Lucía Navarro", "trafico@transportesnavarro.es", "windows-1252", "Q"),
                  to=addr("Elena Martínez Ruiz", mgr["addr"], "windows-1252", "Q"),
                  subject="Confirmación recogida 19/11 - albarán 26/4418", body=body,
                  what="Regional carrier confirms a pallet pickup and sends the delivery note (albarán) as PDF",
                  why="Known carrier on its own shared-hosting mail; operational details matching the company's "
                      "order; plain PDF; no payment or login request.")


@reg(B, "es", "newsletter-foro-sanidad-sendgrid")
def b_boletin(k):
    k.when("2026-11-25 08:30:04")
    mgr = S("es_mgr")
    rt = k.env("boletin@forosanidadprivada.es", mgr["addr"])
    t_sendgrid(rt, "forosanidadprivada.es")
    unsub = "https://u4418273.ct.sendgrid.net/asm/unsubscribe/?user_id=4418273&data=%s" % tok(k.rng, 64)
    web = "https://www.forosanidadprivada.es/boletin/412"
    text = """Boletín Foro Sanidad Privada · N.º 412

Hola, Elena:

Estos son los temas de la semana:

• Conciertos autonómicos 2027: la Conselleria de Sanidad publica los nuevos precios de referencia para pruebas de diagnóstico por imagen.
• Reglamento europeo de IA: qué deben revisar los centros que usan software de apoyo al diagnóstico antes de agosto de 2027.
• Jornada «Diagnóstico y eficiencia» en Valencia, 21 de enero de 2027. Inscripción gratuita para socios.

Lee el boletín completo: %s

Recibes este correo porque estás suscrita al boletín de Foro Sanidad Privada.
Darte de baja: %s
Foro Sanidad Privada · C/ de Colón 60 · 46004 Valencia
""" % (web, unsub)
    inner = p("<b>Boletín Foro Sanidad Privada &middot; N.º 412</b>", "Hola, Elena:",
              "Estos son los temas de la semana:") + \
        "<ul style='padding-left:18px'><li>Conciertos autonómicos 2027: nuevos precios de referencia para pruebas de " \
        "diagnóstico por imagen.</li><li>Reglamento europeo de IA: qué deben revisar los centros que usan software " \
        "de apoyo al diagnóstico.</li><li>Jornada &laquo;Diagnóstico y eficiencia&raquo; en Valencia, 21 de enero de " \
        "2027.</li></ul>" + button(web, "Leer el boletín completo", "#c0392b")
    html = card_html("Boletín Foro Sanidad Privada", inner, brand="Foro Sanidad Privada", brand_color="#7b241c",
                     lang="es", footer="Recibes este correo porque estás suscrita al boletín. <a href='%s'>Darte de "
                                       "baja</a><br>Foro Sanidad Privada &middot; C/ de Colón 60 &middot; 46004 Valencia"
                                       % esc(unsub))
    body = alt(rt, text, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Foro Sanidad Privada", "boletin@forosanidadprivada.es"), to=mgr["addr"],
                  subject="Boletín n.º 412 – Conciertos 2027, IA sanitaria y jornada en Valencia", body=body,
                  extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@forosanidadprivada.es?subject=baja>" % unsub),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                  what="Private-healthcare newsletter delivered through SendGrid",
                  why="Subscribed bulk mail with List-Unsubscribe/One-Click, links to the publisher's own site and "
                      "SendGrid's unsubscribe host; informational only.")


@reg(B, "es", "baja-medica-hotmail")
def b_baja(k):
    k.when("2026-11-23 09:07:44")
    mgr = S("es_mgr")
    rt = k.env("lucia.gomez.val@hotmail.es", mgr["addr"])
    t_outlookcom(rt, "AM8P189MB%04d" % 1287, "DB9P189MB%04d" % 2044)
    mua_plain(rt, "<AM8P189MB1287%s@AM8P189MB1287.EURP189.PROD.OUTLOOK.COM>" % tok(k.rng, 20, "0123456789ABCDEF"),
              bstyle="exchange",
              order=["from", "to", "subject", "thread-topic", "thread-index", "date", "message-id",
                     "accept-language", "content-language", "x-ms-has-attach", "content", "mime-version"])
    rt._bseed = "AM8P189MB1287%sAM8P_" % tok(k.rng, 10, "0123456789ABCDEF")
    rt.set("Accept-Language", "es-ES, en-US")
    rt.set("Content-Language", "es-ES")
    rt.set("X-MS-Has-Attach", "")
    text = """Hola Elena:

Te escribo desde mi correo personal porque estoy en casa. Esta mañana me ha visto la médica de cabecera y me ha dado la baja por una lumbalgia; en principio es para una semana, con revisión el lunes 30.

El parte ya lo tramita el centro de salud de forma electrónica con el INSS, así que os llegará por el sistema RED; no hace falta que os lo mande en papel.

Siento dejaros sin cubrir el turno de resonancia del viernes; he hablado con Marta y puede hacer la mañana.

Un abrazo,
Lucía
"""
    body = alt(rt, text, simple_html(text, font="Calibri, Arial, Helvetica, sans-serif", size="12pt"),
               "iso-8859-1", "quoted-printable")
    return finish(k, rt, frm=addr("Lucía Gómez", "lucia.gomez.val@hotmail.es", "iso-8859-1", "Q"),
                  to=addr("Elena Martínez Ruiz", mgr["addr"], "iso-8859-1", "Q"),
                  subject="Baja médica esta semana", body=body,
                  what="Radiographer reports sick leave from her private Hotmail; the medical certificate goes "
                       "electronically via INSS/RED",
                  why="Colleague using the official electronic sick-leave process; nothing requested except noting "
                      "the absence; Outlook.com consumer infrastructure.",
                  pair=(["ceo-whatsapp-proton"], "Personal free-mail address to the Valencia office manager; the "
                                                 "genuine one asks for nothing."))


@reg(B, "es", "nominas-portal-empleado-interno")
def b_nominas(k):
    k.when("2026-11-26 12:02:36")
    mgr, acc = S("es_mgr"), S("es_acc")
    rt = k.env(mgr["addr"], acc["addr"])
    t_internal(rt)
    subj = "Nóminas de noviembre disponibles en el Portal del Empleado"
    mua_exchange(rt, "EXDE01", "corp.example.com", "ES", subj, lang_tag="es-ES")
    text = """Hola a todos:

Las nóminas de noviembre ya están disponibles en el Portal del Empleado. Como siempre, podéis consultarlas entrando desde la intranet (Intranet > Personas > Mi nómina) con vuestro usuario habitual; no hace falta firmar nada. El abono se realizará el día 30, como de costumbre.

Os recuerdo que si queréis actualizar los datos del modelo 145 (situación familiar) para 2027, tenéis que hacerlo antes del 15 de diciembre desde el mismo portal o entregándome el formulario en papel.

Nunca os pediremos que escaneéis códigos QR ni que introduzcáis vuestra contraseña desde un enlace recibido por correo.

Un saludo,
Elena

Elena Martínez Ruiz
Office Manager - Example Group Ibérica S.L.
Avda. de Aragón 30 · 46021 Valencia
"""
    body = alt(rt, text, mso_html(text, "ES"), "iso-8859-1", "quoted-printable")
    return finish(k, rt, frm=addr("Elena Martínez Ruiz", mgr["addr"], "iso-8859-1", "Q"),
                  to=addr("Personal Valencia", "personal-valencia@example.com"), subject=subj,
                  subj_cs=("iso-8859-1", "Q", None), body=body,
                  what="Office manager tells Valencia staff that November payslips are in the employee portal",
                  why="Internal relay path, known sender, no link or QR code – staff are sent to the usual intranet; "
                      "normal payment date; form deadline generous.",
                  pair=(["nomina-qr-firma-quishing"], "Payslip topic in both; the attack wants a QR-code login "
                                                      "and a signature under deadline."))


# ----------------------------------------------------------------- Greek
def _papadopoulos(rt, host_pc):
    t_exim(rt, "cpanel12.forthnet-hosting.gr", "194.219.185.44", "62.103.37.118", host_pc, zone="EET")
    rt.note = "Papadopoulos Medical on cPanel/Exim shared hosting, Outlook from the office"


@reg(B, "el", "papadopoulos-timologio-mydata")
def b_papa_inv(k):
    k.when("2026-10-30 13:25:50", "CET")
    acc = S("gr_acc")
    rt = k.env("n.papadopoulos@papadopoulos-medical.gr", acc["addr"])
    _papadopoulos(rt, "PAPADOPOULOS-PC1")
    mua_outlook16(rt, "papadopoulos-medical.gr", lang="el")
    text = """Αγαπητέ κύριε Κωνσταντίνου,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης ΤΠΥ 2026/1488 της 30/10/2026 για την παραγγελία σας ΠΡ-ΘΕΣ-0912 (αναλώσιμα ακτινολογικού και μικροβιολογικού εργαστηρίου).

Το παραστατικό έχει διαβιβαστεί στην πλατφόρμα myDATA με ΜΑΡΚ 400001947362815.

Καθαρή αξία: 4.942,26 €
ΦΠΑ 24%%: 1.186,14 €
Σύνολο: 6.128,40 €
Προθεσμία εξόφλησης: 60 ημέρες
Τράπεζα Πειραιώς, IBAN %s

Με εκτίμηση,

Νίκος Παπαδόπουλος
Ιατρικά Είδη Παπαδόπουλος Α.Ε.
Μοναστηρίου 212, 54628 Θεσσαλονίκη
ΑΦΜ %s
""" % (ids.pretty(PAPADOPOULOS_IBAN), PAPADOPOULOS_AFM)
    inv = pdf.make_pdf([
        ("Iatrika Eidi Papadopoulos A.E.", 14, True), "Monastiriou 212, 54628 Thessaloniki - AFM " + PAPADOPOULOS_AFM,
        "", ("TIMOLOGIO POLISIS / SALES INVOICE TPY 2026/1488", 12, True), "Date 30/10/2026 - myDATA MARK 400001947362815",
        "Customer: EXAMPLE GROUP HELLAS M.A.E. - AFM " + EG_GR_AFM, "", "---",
        "X-ray cassette covers, sterile (box 100)        12 x 86,40     1.036,80",
        "Blood culture bottles aerobic (box 50)          10 x 148,90    1.489,00",
        "Ultrasound gel 5 l                              30 x  15,20      456,00",
        "Contrast injector syringes 200 ml               40 x  49,01    1.960,46", "---",
        "Net value                                                     4.942,26",
        "VAT 24%                                                       1.186,14",
        ("Total EUR                                                     6.128,40", 11, True), "",
        "Payment: 60 days - Piraeus Bank IBAN " + ids.pretty(PAPADOPOULOS_IBAN),
    ], k.t - secs(900), zone="EET", title="TPY 2026-1488", creator="SoftOne ERP", producer="SoftOne ERP")
    body = mixed(rt, alt(rt, text, mso_html(text, "EL"), "iso-8859-7", "quoted-printable"),
                 Blob(inv, "application/pdf", "TPY_2026_1488.pdf"))
    return finish(k, rt, frm=addr("Νίκος Παπαδόπουλος", "n.papadopoulos@papadopoulos-medical.gr", "iso-8859-7", "B"),
                  to=addr("Dimitris Konstantinou", acc["addr"]),
                  subject="Τιμολόγιο ΤΠΥ 2026/1488 - Ιατρικά Είδη Παπαδόπουλος Α.Ε.",
                  subj_cs=("iso-8859-7", "B", None), body=body,
                  what="Greek supplier's sales invoice with myDATA MARK and Piraeus Bank IBAN",
                  why="Genuine supplier domain on its usual cPanel host from the office line; MARK number as required "
                      "by myDATA; IBAN as on file; normal payment terms.",
                  pair=(["aade-mydata-taxisnet", "papadopoulos-lookalike-iban"],
                        "myDATA and Papadopoulos payments; genuine one has the real domain and Piraeus IBAN."))


@reg(B, "el", "parapono-pelati-otenet")
def b_parapono(k):
    k.when("2026-11-16 19:48:22", "CET")
    mgr = S("gr_mgr")
    rt = k.env("g.antoniou@otenet.gr", mgr["addr"])
    t_postfix(rt, "mailout2.otenet.gr", "195.170.0.27", rdns="mailout2.otenet.gr", client_helo="Giorgos-PC",
              client_ip="94.66.58.141", client_rdns="ppp-94-66-58-141.home.otenet.gr", zone="EET", esmtp="ESMTPA",
              back=9, tls="1.2")
    mua_wlm(rt, "GiorgosPC")
    text = """Κυρία Γεωργίου,

σας γράφω για να εκφράσω τη δυσαρέσκειά μου. Στις 2 Νοεμβρίου έκανα αξονική τομογραφία θώρακος στο διαγνωστικό σας κέντρο στην Καλαμαριά και μου είπαν ότι η γνωμάτευση θα είναι έτοιμη σε 3 εργάσιμες.

Έχουν περάσει δύο εβδομάδες, έχω πάρει τέσσερις φορές τηλέφωνο και κάθε φορά μου λένε ότι «ο ιατρός δεν την έχει υπογράψει ακόμα». Ο πνευμονολόγος μου περιμένει τα αποτελέσματα για να αποφασίσει για τη θεραπεία.

Επιπλέον, πλήρωσα 120 ευρώ μετρητά και δεν μου δόθηκε απόδειξη παροχής υπηρεσιών.

Παρακαλώ να μου απαντήσετε άμεσα.

Με εκτίμηση,
Γεώργιος Αντωνίου
"""
    body = alt(rt, text, simple_html(text, font="Arial", size="10pt"), "windows-1253", "quoted-printable")
    return finish(k, rt, frm=addr("Γιώργος Αντωνίου", "g.antoniou@otenet.gr", "windows-1253", "B"),
                  to=mgr["addr"], subject="Παράπονο - καθυστέρηση γνωμάτευσης αξονικής",
                  subj_cs=("windows-1253", "B", None), body=body,
                  what="Patient complaint (Windows Live Mail, OTEnet): CT report two weeks late, no receipt for cash "
                       "payment",
                  why="Real customer grievance from a Greek ISP mailbox and residential IP; no links or attachments; "
                      "asks for an answer only.",
                  pair=(["clickfix-patientenbeschwerde-html"], "Patient complaint in both."))


@reg(B, "el", "grafeio-diakopi-reumatos-esoteriko")
def b_power(k):
    k.when("2026-12-08 10:21:19", "CET")
    mgr, acc = S("gr_mgr"), S("gr_acc")
    rt = k.env(mgr["addr"], acc["addr"])
    t_internal(rt, office_zone="EET")
    subj = "Διακοπή ρεύματος Σάββατο 12/12 - μεταφορά ραντεβού"
    mua_exchange(rt, "EXDE01", "corp.example.com", "GR", subj, lang_tag="el-GR")
    text = """Αγαπητοί συνάδελφοι,

ο ΔΕΔΔΗΕ μάς ενημέρωσε για προγραμματισμένη διακοπή ρεύματος στο κτίριο της Λεωφ. Γεωργικής Σχολής το Σάββατο 12/12 από τις 07:30 έως τις 13:00.

Τα ραντεβού του Σαββάτου έχουν μεταφερθεί στο κέντρο της Καλαμαριάς και η γραμματεία έχει ήδη ενημερώσει τους ασθενείς. Ο μαγνητικός τομογράφος θα τεθεί σε κατάσταση αναμονής από την τεχνική υπηρεσία την Παρασκευή στις 19:00.

Παρακαλώ κλείστε τους υπολογιστές σας την Παρασκευή πριν φύγετε.

Ευχαριστώ,
Μαρία

Μαρία Γεωργίου
Office Manager - Example Group Hellas
"""
    body = alt(rt, text, mso_html(text, "EL"), "iso-8859-7", "base64")
    return finish(k, rt, frm=addr("Maria Georgiou", mgr["addr"]),
                  to=addr("Προσωπικό Θεσσαλονίκης", "prosopiko-thessaloniki@example.com", "iso-8859-7", "B"),
                  subject=subj, subj_cs=("iso-8859-7", "B", None), body=body,
                  what="Internal notice from the Thessaloniki office manager: planned power cut, appointments moved",
                  why="Internal relay path, known sender, purely informational, no links or requests.")


@reg(B, "el", "sharepoint-koinopoiisi-genuine")
def b_sharepoint(k):
    k.when("2026-11-27 13:02:41", "CET")
    mgr, acc = S("gr_mgr"), S("gr_acc")
    rt = k.env("no-reply@sharepointonline.com", acc["addr"])
    t_ms_notify(rt)
    mua_plain(rt, "<%s@az.northeurope.microsoft.com>" % uuid4(k.rng),
              order=["from", "to", "subject", "date", "message-id", "mime-version", "content"])
    fname = "Βάρδιες_Δεκέμβριος_2026.xlsx"
    url = "https://examplegroup.sharepoint.com/:x:/s/Thessaloniki/E%s?e=%s" % (
        tok(k.rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), tok(k.rng, 6))
    inner = ("<div style='font-size:20px;margin-bottom:14px'>Η Maria Georgiou σάς κοινοποίησε ένα αρχείο</div>"
             "<div style='border-left:3px solid #0078d4;padding:8px 14px;background:#f3f2f1;margin-bottom:18px'>"
             "Δημήτρη, οι βάρδιες Δεκεμβρίου για έλεγχο των υπερωριών πριν τη μισθοδοσία.</div>"
             "<div style='border:1px solid #e1dfdd;padding:12px;margin-bottom:18px'>&#128196; <b>%s</b></div>" % esc(fname) +
             button(url, "Άνοιγμα", "#0078d4") +
             p("", "Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες του μηνύματος."))
    html = card_html("SharePoint", inner, brand="Example Group &middot; SharePoint", brand_color="#0078d4", lang="el",
                     footer="Δήλωση προστασίας προσωπικών δεδομένων της Microsoft<br>Microsoft Corporation, One "
                            "Microsoft Way, Redmond, WA 98052")
    plain = "Η Maria Georgiou σάς κοινοποίησε ένα αρχείο: %s\n\n%s\n\nΆνοιγμα: %s\n" % (
        fname, "Δημήτρη, οι βάρδιες Δεκεμβρίου για έλεγχο των υπερωριών πριν τη μισθοδοσία.", url)
    body = alt(rt, plain, html, "utf-8", "base64")
    return finish(k, rt, frm=addr("Maria Georgiou", "no-reply@sharepointonline.com"), to=acc["addr"],
                  reply_to=addr("Maria Georgiou", mgr["addr"]),
                  subject="Η Maria Georgiou σάς κοινοποίησε το «%s»" % fname, body=body,
                  what="Genuine SharePoint Online sharing notification: the office manager shares the December "
                       "shift roster",
                  why="Sent by Microsoft (no-reply@sharepointonline.com via EOP) with Reply-To the colleague; link "
                      "points to the company tenant examplegroup.sharepoint.com; expected internal collaboration.",
                  pair=(["sharepoint-share-compromised-hotel"], "SharePoint share notification in both; the attack "
                                                                "comes from a hotel's mailbox with a foreign link."))


@reg(B, "el", "papadopoulos-ypenthymisi-anastoli")
def b_papa_rem(k):
    k.when("2026-12-01 09:14:05", "CET")
    acc = S("gr_acc")
    rt = k.env("logistirio@papadopoulos-medical.gr", acc["addr"])
    _papadopoulos(rt, "LOGISTIRIO-PC")
    mua_outlook16(rt, "papadopoulos-medical.gr", lang="el")
    text = """Αγαπητέ κύριε Κωνσταντίνου,

σύμφωνα με την καρτέλα σας, παραμένουν ανεξόφλητα τα τιμολόγια ΤΠΥ 2026/1201 (15/08/2026, 4.318,90 €) και ΤΠΥ 2026/1277 (29/08/2026, 2.906,35 €), των οποίων η προθεσμία πληρωμής έχει παρέλθει.

Σας παρακαλούμε να προχωρήσετε στην εξόφληση έως τις 10/12/2026 στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς. Σε αντίθετη περίπτωση, σύμφωνα με την πολιτική πιστοδοτήσεων της εταιρείας μας, θα αναγκαστούμε να αναστείλουμε τις νέες παραδόσεις επί πιστώσει και να εκτελούμε παραγγελίες μόνο με προπληρωμή.

Αν έχετε ήδη εξοφλήσει, παρακαλούμε αγνοήστε το παρόν ή στείλτε μας το αποδεικτικό.

Με εκτίμηση,

Ελένη Μαυρίδου
Λογιστήριο
Ιατρικά Είδη Παπαδόπουλος Α.Ε.
Τηλ. 2310 512 740
"""
    body = alt(rt, text, mso_html(text, "EL"), "windows-1253", "quoted-printable")
    return finish(k, rt, frm=addr("Λογιστήριο Παπαδόπουλος", "logistirio@papadopoulos-medical.gr", "windows-1253", "B"),
                  to=addr("Dimitris Konstantinou", acc["addr"]),
                  subject="Υπενθύμιση ληξιπρόθεσμων οφειλών - αναστολή πίστωσης", subj_cs=("windows-1253", "B", None),
                  body=body,
                  what="Supplier's accounts department reminds of two overdue invoices and threatens prepayment-only "
                       "deliveries",
                  why="Genuine supplier domain and usual hosting path; payment to the 'known account'; standard "
                      "credit-policy threat with a reasonable deadline.",
                  pair=(["papadopoulos-lookalike-iban"], "Payment request from Papadopoulos in both; the genuine "
                                                         "one keeps the known account."))


# ----------------------------------------------------------------- Russian
def _mts_path(rt, client_ip):
    t_yandex(rt, client_ip=client_ip, web=False)
    rt.note = "МедТехСнаб on Yandex 360 (desktop client via smtp.yandex.ru)"


@reg(B, "ru", "medtechsnab-schet")
def b_mts_inv(k):
    k.when("2026-11-02 08:36:42", "CET")
    acc = S("ru_acc")
    rt = k.env("o.smirnova@medtechsnab.ru", acc["addr"])
    _mts_path(rt, "95.161.224.71")
    mua_thebat(rt, "medtechsnab.ru", version="v11.2.1")
    k.files["ru_accounts"] = [(MTS_KS, MTS_BIK, True), (MTS_RS, MTS_BIK, False)]
    text = """Добрый день, Игорь!

Направляю счёт № 2417 от 02.11.2026 на поставку расходных материалов для КТ и лаборатории по договору № 14/26-МТС.

Сумма к оплате: 248 615,00 руб., НДС не облагается (пп. 1 п. 2 ст. 149 НК РФ, медицинские изделия).
Срок оплаты: 5 банковских дней.

Реквизиты для оплаты:
ООО «МедТехСнаб»
ИНН %s / КПП %s
Банк: ПАО Сбербанк, Северо-Западный банк
БИК %s
Корр. счёт %s
Расчётный счёт %s

Отгрузку со склада на Кантемировской планируем на 10.11 после поступления оплаты.

С уважением,
Ольга Смирнова
главный бухгалтер ООО «МедТехСнаб»
тел. +7 812 490-27-15
""" % (MTS_INN, MTS_KPP, MTS_BIK, MTS_KS, MTS_RS)
    inv = pdf.make_pdf([
        ("OOO MedTekhSnab", 14, True), "Saint Petersburg, Kantemirovskaya ul. 39", "",
        ("Schet na oplatu / Invoice No. 2417 of 02.11.2026", 12, True),
        "Buyer: OOO Ekzampl Grup Rus, INN %s, KPP %s" % (EG_RU_INN, EG_RU_KPP), "Contract: 14/26-MTS", "", "---",
        "Syringes for CT injector 200 ml (box 50)              20 x 6 480,00    129 600,00",
        "Blood collection tubes EDTA (box 100)                 35 x 1 890,00     66 150,00",
        "Ultrasound gel 5 l                                    45 x 1 174,78     52 865,00", "---",
        ("Total RUB 248 615,00 - VAT exempt (art. 149 p.2 pp.1 Tax Code RF)", 11, True), "",
        "Payee: OOO MedTekhSnab, INN %s, KPP %s" % (MTS_INN, MTS_KPP),
        "Bank: PAO Sberbank, BIK %s" % MTS_BIK, "Corr. account " + MTS_KS, "Settlement account " + MTS_RS,
    ], k.t - secs(1500), zone="MSK", title="Schet 2417", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3")
    body = mixed(rt, Text(text, "plain", "windows-1251", "8bit", label="windows-1251", quote_cs=False),
                 Blob(inv, "application/pdf", "Счет_2417_от_02.11.2026.pdf", fname_style="2231"))
    return finish(k, rt, frm=addr("Ольга Смирнова", "o.smirnova@medtechsnab.ru", "windows-1251", "B"),
                  to=acc["addr"], subject="Счёт № 2417 от 02.11.2026 (договор 14/26-МТС)",
                  subj_cs=("windows-1251", "B", None), body=body,
                  what="Supplier's invoice with full Russian bank details (Sberbank SPb, valid BIK/account keys)",
                  why="Known contact on the supplier's own domain via Yandex 360 from a St Petersburg ISP; "
                      "long-standing bank details, contract reference, 1C-generated PDF; no pressure.",
                  pair=(["medtechsnab-lookalike-rekvizity"], "Same supplier and invoice; the attack moves payment "
                                                             "to a new bank from a look-alike domain."))


@reg(B, "ru", "yandex-id-novyi-vhod")
def b_yandex_id(k):
    k.when("2026-11-18 07:14:55", "CET")
    acc = S("ru_acc")
    rt = k.env("noreply@id.yandex.ru", acc["addr"])
    t_yandex(rt, client_ip="2a02:6b8:c0f:1a0a:0:640:9b3c:0", web=True, back=3)
    rt.hops = rt.hops[:1]
    mua_plain(rt, "<%s@%s.yandex.net>" % (digits(k.rng, 15), "mail-nwsmtp-mxback-production-main-31.iva.yp-c"),
              order=["from", "to", "subject", "mime-version", "date", "message-id", "content"])
    login = "igor.morozov.eg"
    text = """Здравствуйте, Игорь!

В ваш аккаунт %s выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия (IP 95.161.224.18)
Время: 18 ноября 2026, 09:14 (МСК)

Если это были вы, ничего делать не нужно.
Если нет — смените пароль и проверьте историю входов: https://id.yandex.ru/security

С заботой о безопасности,
Команда Яндекс ID
""" % login
    html = fill(card_html("Вход в аккаунт", p("Здравствуйте, Игорь!",
                                                "В ваш аккаунт <b>%s</b> выполнен вход с нового устройства." % login) +
                          "<table style='font-size:14px;margin-bottom:16px'><tr><td style='color:#888;padding-right:12px'>"
                          "Устройство</td><td>Windows 11, Яндекс Браузер</td></tr><tr><td style='color:#888'>Местоположение"
                          "</td><td>Санкт-Петербург, Россия (IP 95.161.224.18)</td></tr><tr><td style='color:#888'>Время"
                          "</td><td>18 ноября 2026, 09:14 (МСК)</td></tr></table>" +
                          p("Если это были вы, ничего делать не нужно. Если нет — смените пароль и проверьте историю "
                            "входов.") + button("https://id.yandex.ru/security", "Проверить историю входов", "#ffcc00",
                                                "#000000"),
                          brand="Яндекс ID", brand_color="#000000", lang="ru",
                          footer="© 2026 ООО «Яндекс». Это письмо отправлено автоматически."), "utf-8")
    body = alt(rt, text, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B"), to=acc["addr"],
                  subject="Вход в аккаунт %s" % login, subj_cs=("utf-8", "B", None), body=body,
                  infra="Yandex ID notifications (forward*.mail.yandex.net)",
                  what="Yandex ID sign-in notification for the accountant's Yandex account (used for Yandex services)",
                  why="Sent by Yandex's own mail infrastructure, informational, link only to id.yandex.ru; the "
                      "sign-in location matches the St Petersburg office.")


@reg(B, "ru", "bolnichnyi-lichnaya-pochta")
def b_bolnichnyi(k):
    k.when("2026-11-23 07:41:30", "CET")
    mgr = S("ru_mgr")
    rt = k.env("a.lebedeva.spb@yandex.ru", mgr["addr"])
    t_yandex(rt, client_ip="188.170.84.211", web=True)
    mua_yamail(rt)
    text = """Анна Сергеевна, доброе утро!

Сообщаю, что заболела: вчера вечером поднялась температура, сегодня утром была у терапевта в поликлинике, открыли больничный. Номер электронного листка нетрудоспособности: 910187463522. Следующий приём 27 ноября.

Пишу с личной почты, так как рабочий ноутбук остался в лаборатории. Смену в субботу уже согласовала, меня заменит Полина.

С уважением,
Анастасия Лебедева
лаборант
"""
    html = "<div>%s</div>\n" % "".join("<div>%s</div><div> </div>" % esc(b).replace("\n", "<br />")
                                       for b in text.strip().split("\n\n"))
    body = alt(rt, text, html, "utf-8", "8bit")
    return finish(k, rt, frm=addr("Анастасия Лебедева", "a.lebedeva.spb@yandex.ru", "utf-8", "B"),
                  to=addr("Анна Соколова", mgr["addr"], "utf-8", "B"), subject="Больничный",
                  subj_cs=("utf-8", "B", None), body=body,
                  what="Lab assistant reports sick leave from her private Yandex mail with the e-sick-note (ELN) "
                       "number",
                  why="Colleague using the standard electronic sick-leave process (ELN via SFR); no request for "
                      "money, data or account changes; Yandex webmail path.",
                  pair=(["pretenziya-yandex-disk-link"], "Free-mail sender to the St Petersburg office manager; the "
                                                          "genuine one contains no link or archive."))


@reg(B, "ru", "medtechsnab-pretenziya-genuine")
def b_pretenziya(k):
    k.when("2026-12-01 10:05:12", "CET")
    mgr, acc = S("ru_mgr"), S("ru_acc")
    rt = k.env("p.egorov@medtechsnab.ru", mgr["addr"])
    _mts_path(rt, "95.161.224.71")
    mua_outlook16(rt, "medtechsnab.ru", lang="ru")
    text = """Уважаемая Анна Сергеевна!

ООО "МедТехСнаб" направляет претензию в связи с нарушением сроков оплаты по договору поставки N 14/26-МТС от 20.01.2026.

По состоянию на 30.11.2026 не оплачены универсальные передаточные документы N 2188 от 05.10.2026 на сумму 312 480,00 руб. и N 2251 от 12.10.2026 на сумму 96 750,00 руб. В соответствии с п. 7.2 договора начислена неустойка в размере 0,1% от суммы задолженности за каждый день просрочки.

Просим погасить задолженность в течение 10 рабочих дней с момента получения претензии по реквизитам, указанным в договоре. Оригинал претензии направлен заказным письмом по юридическому адресу. Подписанная скан-копия прилагается.

По вопросам сверки расчетов просим обращаться к главному бухгалтеру Ольге Смирновой (тел. +7 812 490-27-15).

С уважением,
Павел Егоров
юрисконсульт ООО "МедТехСнаб"
"""
    claim = pdf.make_pdf([
        ("OOO MedTekhSnab", 14, True), "Saint Petersburg, Kantemirovskaya ul. 39", "",
        ("PRETENZIYA (pre-trial claim) No. 57/26 of 30.11.2026", 12, True),
        "To: OOO Ekzampl Grup Rus, INN %s" % EG_RU_INN, "Contract: supply contract 14/26-MTS of 20.01.2026", "",
        "Unpaid UPD 2188 of 05.10.2026 ............ RUB 312 480,00",
        "Unpaid UPD 2251 of 12.10.2026 ............ RUB  96 750,00",
        "Penalty 0.1% per day (cl. 7.2) to 30.11.2026 as per attached calculation", "",
        "Payment within 10 working days to the account stated in the contract.", "",
        "General Director ____________ A. V. Belov",
    ], k.t - secs(86400), zone="MSK", title="Pretenziya 57-26", creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "RU"), "koi8-r", "quoted-printable"),
                 Blob(claim, "application/pdf", "Pretenziya_57-26.pdf"))
    return finish(k, rt, frm=addr("Павел Егоров", "p.egorov@medtechsnab.ru", "koi8-r", "B"),
                  to=addr("Анна Соколова", mgr["addr"], "koi8-r", "B"),
                  cc=addr("Игорь Морозов", acc["addr"], "koi8-r", "B"),
                  subject="Претензия по договору поставки N 14/26-МТС", subj_cs=("koi8-r", "B", None), body=body,
                  what="Supplier's legal department sends a genuine pre-trial claim for two unpaid UPDs, signed scan "
                       "attached",
                  why="Known supplier domain via Yandex 360; refers to the real contract and documents; payment to "
                      "the contract account, original sent by registered post; PDF attachment, no links or archives.",
                  pair=(["pretenziya-yandex-disk-link"], "Pre-trial claim in both; the attack is from an unknown "
                                                         "company with a password archive on Yandex Disk."))
