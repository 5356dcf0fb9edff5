"""Genuine business messages 27-40 (Spanish, Greek, Russian)."""
import checks as CK
from company import S, P, BANK, RU, iban, bic
from kit import alt, mixed, plain, related, pdf_att, png_att, qr_png, sig, ol_quote, old_msgid, VAT
from message import Mail
from util import utc

EBRO_CIF = CK.es_cif("B", "5037218")
OLMEDO_CIF = CK.es_cif("B", "3084417")
KRITSA_AFM = CK.gr_afm("09981734")
EBRO_SIG = "Transportes Ebro Norte S.L.\nPolígono Plaza, C/ Tarento 12, 50197 Zaragoza\nTel. 976 470 218 - CIF " + EBRO_CIF


def build():
    M = []

    # 27 ---------------------------------------------------------------
    body = """Hola Javier:

Tenemos un problema con el lote de etiquetas envolventes de alcachofa 720 ml que nos entregasteis el 2 de noviembre (vuestro lote 26-0931, 180.000 etiquetas).

Después de la esterilización en autoclave (121 °C, 40 min) en torno a un 8 % de los botes sale con la etiqueta despegada por el solape. Con el lote anterior (26-0877) no tuvimos ninguna incidencia y no hemos cambiado ni la cola de la etiquetadora ni el proceso.

Hemos bloqueado unos 14.000 botes en almacén. Os pedimos que reviséis si ha habido algún cambio de papel o de barniz en ese lote, que nos mandéis un técnico esta semana si es posible y que nos digáis cómo gestionamos la reposición.

Te mando fotos en cuanto las tenga el jefe de calidad.

Un saludo,
Marta Gil
Compras - Conservas Olmedo S.L.
Ctra. de Alguazas km 3, 30500 Molina de Segura (Murcia)
Tel. 968 64 12 30
"""
    M.append(Mail("27-es-customer-complaint-labels", utc(2026, 11, 12, 9, 14, 55), P("olmedo"), [S("es_mgr")],
                  "Reclamación lote 26-0931 - etiquetas alcachofa se despegan tras autoclave",
                  alt(body, "UTF-8", "quoted-printable", "gmail", "es"), via="gmail",
                  what="Canning customer complains that labels from a lot peel off after sterilisation and asks for a technician.",
                  why="Known buyer from conservasolmedo.es (Google Workspace), detailed production facts, no link or attachment, asks for normal quality handling."))

    # 28 ---------------------------------------------------------------
    ped = [("CONSERVAS OLMEDO S.L.", 14, True), "Ctra. de Alguazas km 3, 30500 Molina de Segura (Murcia) · CIF " + OLMEDO_CIF, "",
           ("PEDIDO DE COMPRA 2026-PO-0921", 12, True), "Fecha: 16/11/2026   Proveedor: Example Group Iberia S.L. (CIF " + VAT["ES"] + ")", "",
           "1. Etiqueta envolvente alcachofa 720 ml, ref. ET-ALC-720-N26, papel estucado 80 g, 5 tintas + barniz  220.000 uds  11,40 €/millar",
           "2. Etiqueta pimiento del piquillo 390 g, ref. ET-PIQ-390-N26                                         150.000 uds   9,80 €/millar",
           "3. Estuche regalo 3 botes, GC2 350 g, ref. ES-REG3-26                                                    12.000 uds 184,00 €/millar", "",
           "Entrega: semana 49 en nuestras instalaciones de Molina de Segura.",
           "Condiciones: según acuerdo marco 2026 (pago a 60 días, transferencia).",
           "Nota: la etiqueta de alcachofa con el nuevo barniz resistente a autoclave acordado el 13/11."]
    M.append(Mail("28-es-customer-purchase-order-pdf", utc(2026, 11, 16, 12, 3, 18), P("olmedo"), [S("es_mgr")],
                  "Pedido 2026-PO-0921 - campaña Navidad",
                  mixed(alt("""Hola Javier:

Te adjunto el pedido para la campaña de Navidad. La etiqueta de alcachofa ya con el barniz nuevo que acordamos el viernes con vuestro técnico.

Si todo va bien nos confirmáis fecha de entrega para la semana 49.

Gracias y un saludo,
Marta
""", "UTF-8", "quoted-printable", "gmail", "es"), pdf_att("Pedido_2026-PO-0921.pdf", ped, creator="Microsoft® Excel® para Microsoft 365", producer="Microsoft® Excel® para Microsoft 365")),
                  via="gmail",
                  what="Canning customer sends a Christmas purchase order as a PDF.",
                  why="Known contact and domain conservasolmedo.es (Google Workspace), PDF order with realistic references and framework terms, follows the complaint thread (B27) - no login or HTML."))

    # 29 ---------------------------------------------------------------
    t = utc(2026, 11, 4, 8, 50, 27)
    body = """Buenos días, Núria:

Adjuntamos la factura 2026/T-2418 correspondiente a los servicios de transporte del mes de octubre.

Importe total: 6.214,68 €
Vencimiento: 04/12/2026
Forma de pago: transferencia a nuestra cuenta habitual en Ibercaja (%s)

Quedamos a vuestra disposición.

Un saludo,
Administración
%s
""" % (iban("ebro"), EBRO_SIG)
    fac = [("TRANSPORTES EBRO NORTE S.L.", 14, True), "Polígono Plaza, C/ Tarento 12, 50197 Zaragoza · CIF " + EBRO_CIF, "",
           ("FACTURA 2026/T-2418", 12, True), "Fecha: 31/10/2026   Cliente: Example Group Iberia S.L. · CIF " + VAT["ES"], "",
           "Portes completos L'Hospitalet -> Zaragoza / Valencia / Murcia, octubre 2026 (14 servicios)   4.218,00 €",
           "Grupaje nacional, 46 palés                                                                 792,50 €",
           "Recargo combustible                                                                        125,60 €",
           "Base imponible: 5.136,10 €   IVA 21 %: 1.078,58 €  ", ("Total factura: 6.214,68 €", 11, True), "",
           "Vencimiento: 04/12/2026 · Transferencia · Ibercaja · " + iban("ebro")]
    M.append(Mail("29-es-carrier-invoice", t, ("Administración Transportes Ebro Norte", P("ebro", 1)[1]), [S("es_acc")],
                  "Factura 2026/T-2418 - Transportes Ebro Norte",
                  mixed(alt(body, "windows-1252", "quoted-printable", "outlook", "es"),
                        pdf_att("Factura_2026_T-2418.pdf", fac, outlook=True, t=t, creator="a3ERP", producer="a3ERP")),
                  via="smtp", ua="outlook16", hcs="windows-1252", henc="Q",
                  sys=dict(prov="ionos", client_ip="88.12.41.203", content_lang="es"),
                  what="Spanish carrier sends its monthly transport invoice as PDF.",
                  why="Known carrier domain through its usual IONOS mail service, PDF from its ERP, payment to the usual Ibercaja account, no change of details."))

    # 30 ---------------------------------------------------------------
    u, lid = "a61f0c93b2d74e8105c9d2b7e", "c3e8a1f705"
    unsub = "https://aagm.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=71c0b9a3d2&c=0e4f2b6a91" % (u, lid)
    track = "https://aagm.us14.list-manage.com/track/click?u=%s&id=%s&e=71c0b9a3d2" % (u, lid)
    txt = """Boletín AAGM - Diciembre 2026

JORNADA: RESPONSABILIDAD AMPLIADA DEL PRODUCTOR EN ENVASES COMERCIALES
Qué cambia en 2027 para las industrias gráficas que fabrican envase y embalaje (RD 1055/2022). 15 de diciembre, 10:00, sede de la AAGM y online.
Inscripción: %s

CONVENIO COLECTIVO DE ARTES GRÁFICAS
Resumen de las tablas salariales provisionales para 2027 y calendario de negociación.

FORMACIÓN BONIFICADA 1.er TRIMESTRE
Gestión del color ISO 12647-2, mantenimiento preventivo de troqueladoras y prevención de riesgos en guillotinas.

Asociación de Artes Gráficas del Mediterráneo - C/ de Pere IV 78, 08005 Barcelona
Recibe este correo porque su empresa es socia de la AAGM. Darse de baja: %s
""" % (track + "&c=jornada", unsub)
    html = """<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f1f1f1"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222">
<tr><td style="background:#7a1f3d;color:#fff;padding:20px 28px;font-size:20px"><b>AAGM</b> &middot; Boletín diciembre 2026</td></tr>
<tr><td style="padding:24px 28px;font-size:14px;line-height:1.55">
<h3 style="color:#7a1f3d">Jornada: responsabilidad ampliada del productor en envases comerciales</h3>
<p>Qué cambia en 2027 para las industrias gráficas que fabrican envase y embalaje (RD 1055/2022). 15 de diciembre, 10:00, sede de la AAGM y online. <a href="%s&amp;c=jornada">Inscripción</a></p>
<h3 style="color:#7a1f3d">Convenio colectivo de artes gráficas</h3><p>Resumen de las tablas salariales provisionales para 2027 y calendario de negociación.</p>
<h3 style="color:#7a1f3d">Formación bonificada 1.<sup>er</sup> trimestre</h3><p>Gestión del color ISO 12647-2, mantenimiento preventivo de troqueladoras y prevención de riesgos en guillotinas.</p></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#777;background:#fafafa">Asociación de Artes Gráficas del Mediterráneo &middot; C/ de Pere IV 78, 08005 Barcelona<br>Recibe este correo porque su empresa es socia de la AAGM. <a href="%s">Darse de baja</a></td></tr></table></center></body></html>
""" % (track, unsub)
    M.append(Mail("30-es-trade-association-newsletter", utc(2026, 12, 1, 9, 30, 0), P("aagm"), [S("es_mgr")],
                  "Boletín AAGM diciembre: jornada RAP envases, convenio 2027 y formación",
                  alt(txt, "UTF-8", "quoted-printable", html=html), via="mailchimp", sys=dict(mc_u=u, mc_dc=14),
                  extra=[("List-Unsubscribe", "<https://aagm.us14.list-manage.com/unsubscribe/post?u=%s&id=%s&e=71c0b9a3d2&c=0e4f2b6a91>, <mailto:unsubscribe-mc.us14_%s.0e4f2b6a91-71c0b9a3d2@inbound.mailchimp.com?subject=unsubscribe>" % (u, lid, u)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("List-ID", "%s mc list <%s.%s.x.list-id.mcsv.net>" % (u, u, lid))],
                  what="Trade association member newsletter sent via Mailchimp.",
                  why="Membership newsletter from the association's domain through Mailchimp with List-Unsubscribe/One-Click, informational links to list-manage.com only."))

    # 31 ---------------------------------------------------------------
    body = """Buenos días, Javier:

Os informo de que ya está despachado el envío de planchas CTP y mantillas que venía de vuestra oficina de Leeds (12 bultos, 418 kg):

DUA de importación / MRN: 26ES00081110436742
Fecha de levante: 19/11/2026
Derechos arancelarios: 0,00 € (origen preferencial UE-Reino Unido acreditado en factura)
IVA a la importación: 1.284,17 € - se liquida mediante IVA diferido en vuestra declaración, no hay que pagar nada en aduana.

La entrega en L'Hospitalet está prevista para mañana viernes por la mañana con nuestro camión. Nuestros honorarios de despacho irán en la factura mensual de noviembre, como siempre.

Ojo: estos días están llegando correos falsos de "DHL/aduanas" pidiendo pagos con tarjeta. Nosotros nunca os pediremos pagar aranceles por un enlace.

Un saludo,
Raúl Sanz
Departamento de Aduanas
%s
""" % EBRO_SIG
    M.append(Mail("31-es-customs-agent-clearance-notice", utc(2026, 11, 19, 15, 42, 8), P("ebro"), [S("es_mgr")],
                  "Despacho importación planchas CTP Leeds - MRN 26ES00081110436742",
                  alt(body, "iso-8859-15", "quoted-printable", "outlook", "es"), via="smtp", ua="outlook16",
                  cc=[S("es_acc")], hcs="iso-8859-15", henc="Q",
                  sys=dict(prov="ionos", client_ip="88.12.41.203", content_lang="es"),
                  what="The company's customs agent confirms clearance of a UK shipment; VAT deferred, fees on the monthly invoice.",
                  why="Known carrier/customs agent from its own domain and usual IONOS service; no payment link, explicitly warns about fake customs-fee mails."))

    # 32 ---------------------------------------------------------------
    body = """Νίκο καλημέρα,

η διαβίβαση των παραστατικών Οκτωβρίου στο myDATA ολοκληρώθηκε χθες μέσω του παρόχου ηλεκτρονικής τιμολόγησης. Όλα τα τιμολόγια πωλήσεων (62) έχουν ΜΑΡΚ και είναι χαρακτηρισμένα.

Από τα έξοδα λείπουν ακόμα 3 παραστατικά (ΔΕΗ, Cosmote και ACS). Τα έχω ζητήσει και θα τα περάσω μέχρι την Παρασκευή, πριν κλείσουμε τον ΦΠΑ.

Επίσης, σήμερα ήρθε στο λογιστήριο ένα email δήθεν από την ΑΑΔΕ με σύνδεσμο για "αποκλίσεις στο myDATA". Είναι απάτη, το προώθησα στον Lukas. Η ΑΑΔΕ δεν στέλνει ποτέ συνδέσμους για σύνδεση, μπαίνουμε πάντα από το aade.gr.

%s""" % sig("gr_acc")
    M.append(Mail("32-el-internal-mydata-status", utc(2026, 11, 13, 10, 5, 50), S("gr_acc"), [S("gr_mgr")],
                  "myDATA Οκτωβρίου - ολοκληρώθηκε η διαβίβαση",
                  alt(body, "iso-8859-7", "quoted-printable", "outlook", "el"), via="internal",
                  hcs="iso-8859-7", henc="B",
                  what="Athens accountant reports the October myDATA transmission status and flags a fake AADE e-mail.",
                  why="Internal Exchange mail via mail-int01 between known colleagues; factual status, no links, warns about the phishing attempt (attack 32)."))

    # 33 ---------------------------------------------------------------
    body = """Ελένη καλημέρα,

σήμερα δεν θα έρθω στο γραφείο, έχω πυρετό από χθες βράδυ. Θα πάω στον γιατρό το μεσημέρι και θα σου στείλω τη βεβαίωση.

Σου γράφω από το προσωπικό μου email γιατί το laptop έμεινε στο γραφείο. Αν χρειαστείτε κάτι επείγον, πάρτε με στο κινητό.

Η συνάντηση με την Kritsa για τα κουτιά δώρου μεταφέρεται για την Πέμπτη, τους έχω ήδη ενημερώσει.

Νίκος
"""
    M.append(Mail("33-el-manager-sick-from-private-mail", utc(2026, 11, 24, 6, 32, 11), P("nikos_priv"), [S("gr_acc")],
                  "Άρρωστος σήμερα", plain(body, "UTF-8", "8bit", flowed=True), via="smtp", ua="roundcube",
                  sys=dict(prov="postfix", server="mailout.otenet.gr", rdns="mailout1.otenet.gr", ip="195.167.109.41",
                           client_ip="94.66.57.190", client_rdns="ppp-94-66-57-190.home.otenet.gr", msgid_domain="otenet.gr"),
                  what="Athens office manager reports sick from his private OTEnet mailbox.",
                  why="His known private address from his home OTE connection, informational, no request for money or data changes (contrast with attack 33 from Gmail)."))

    # 34 ---------------------------------------------------------------
    body = """Κύριε Παπαδόπουλε καλησπέρα,

σας επιβεβαιώνω την παραγγελία μας για τη χριστουγεννιάτικη σειρά:

1. Ετικέτες φιάλης 0,75 l (εμπρός/πίσω), χαρτί Manter 90 g, 4χρωμία + θερμοτυπία χρυσή: 20.000 σετ
2. Κουτιά δώρου για 2 φιάλες, χαρτόνι GC1 400 g, ματ πλαστικοποίηση: 3.000 τεμ.

Τα τελικά αρχεία θα σας τα στείλει ο κ. Αντωνίου (γραφίστας μας) με WeTransfer μέσα στην εβδομάδα. Η παράδοση θα πρέπει να γίνει μέχρι 11/12 στην αποθήκη μας στο Ηράκλειο.

Η τιμή σύμφωνα με την προσφορά σας 26-118 της 03/11. Πληρωμή όπως πάντα, 30 ημέρες από την παράδοση.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Τμήμα Προμηθειών
Kritsa Olive Oil S.A.
ΒΙ.ΠΕ. Ηρακλείου, Οδός Γ', 714 08 Ηράκλειο
Τηλ. 2810 382 415 - ΑΦΜ %s
""" % KRITSA_AFM
    M.append(Mail("34-el-customer-order-labels-gift-boxes", utc(2026, 11, 20, 14, 17, 36), P("kritsa"), [S("gr_mgr")],
                  "Παραγγελία ετικετών και κουτιών δώρου - Χριστούγεννα 2026",
                  alt(body, "windows-1253", "quoted-printable", "outlook", "el"), via="smtp", ua="outlook16",
                  hcs="windows-1253", henc="B",
                  sys=dict(prov="exim", server="cp41.grserver.gr", ip="79.129.24.108", client_ip="62.103.151.44",
                           content_lang="el"),
                  what="Olive-oil customer confirms a Christmas order for labels and gift boxes and announces artwork via WeTransfer.",
                  why="Known procurement contact from kritsa-oliveoil.gr via its usual cPanel hosting, refers to a real quote and terms; no link or payment change."))

    # 35 ---------------------------------------------------------------
    qurl = "https://intranet.example.com/el/psifiaki-karta-ergasias"
    body = """Καλημέρα σε όλους,

από 1/12/2026 η Ψηφιακή Κάρτα Εργασίας εφαρμόζεται και στον κλάδο μας. Από εκείνη την ημέρα κάθε έναρξη και λήξη βάρδιας καταγράφεται ηλεκτρονικά.

Τι κάνετε εσείς: κατεβάζετε την εφαρμογή "Εργάνη ΙΙ - Ψηφιακή Κάρτα" από το App Store ή το Google Play και στην είσοδο του γραφείου σαρώνετε το QR που θα υπάρχει στον τοίχο δίπλα στην πόρτα. Την αναλυτική οδηγία θα τη βρείτε στο intranet (ο κωδικός QR παρακάτω οδηγεί εκεί, μόνο από το δίκτυο της εταιρείας):
%s

Προσοχή: η δήλωση του εργοδότη γίνεται από εμάς και το λογιστήριο. Κανείς δεν θα σας ζητήσει κωδικούς Taxisnet μέσω email. Αν λάβετε τέτοιο μήνυμα, προωθήστε το στο λογιστήριο.

%s""" % (qurl, sig("gr_mgr"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body lang="EL">'
            '<div class="WordSection1" style="font-family:Aptos,sans-serif;font-size:11pt">%s</div></body></html>\n'
            % body.replace("\n", "<br>\n").replace(qurl, '<a href="%s">%s</a><br><img src="cid:image001.png@01DD7A42.8E1F0B30" width="150" height="150" alt="QR">' % (qurl, qurl)))
    M.append(Mail("35-el-internal-digital-work-card-qr", utc(2026, 11, 17, 8, 10, 30), S("gr_mgr"),
                  [("Γραφείο Αθήνας", "athens@example.com")], "Ψηφιακή Κάρτα Εργασίας από 1/12 - οδηγίες",
                  related(alt(body, "iso-8859-7", "quoted-printable", html=html),
                          png_att("image001.png", qr_png(qurl), inline=True, cid="image001.png@01DD7A42.8E1F0B30")),
                  via="internal", rcpt=S("gr_acc")[1], hcs="iso-8859-7", henc="B",
                  what="Athens manager's internal notice on the digital work card with a QR code to the intranet guide.",
                  why="Internal mail via Exchange/mail-int01 to the office list; QR code resolves to intranet.example.com; explicitly says no Taxisnet credentials are ever requested by e-mail."))
    M[-1].qr = qurl

    # 36 ---------------------------------------------------------------
    body = """Καλησπέρα Νίκο,

σου έστειλα με WeTransfer τα αρχεία για τις ετικέτες 0,75 l και τα κουτιά δώρου της Kritsa (PDF/X-4, με die-line σε ξεχωριστό layer και τη θερμοτυπία σε spot χρώμα "Gold_Foil").

Σύνδεσμος: https://we.tl/t-8kQ2zX4mPa

Ισχύει για 7 ημέρες. Αν κάτι δεν είναι σωστό στο πάχος των γραμμών κοπής πες μου να το διορθώσω πριν την Τρίτη.

Φιλικά,
Γιώργος Αντωνίου
Graphic design & prepress
6944 218 307
"""
    M.append(Mail("36-el-freelancer-artwork-wetransfer", utc(2026, 11, 27, 15, 48, 2), P("antoniou"), [S("gr_mgr")],
                  "Αρχεία εκτύπωσης Kritsa - ετικέτες 0,75 l και κουτιά δώρου",
                  plain(body, "UTF-8", "8bit", flowed=True), via="smtp", ua="roundcube",
                  sys=dict(prov="postfix", server="mailout.otenet.gr", rdns="mailout3.otenet.gr", ip="195.167.109.43",
                           client_ip="79.107.212.15", client_rdns="ppp079107212015.access.hol.gr", msgid_domain="otenet.gr"),
                  what="Freelance designer sends print-ready artwork via a genuine WeTransfer short link.",
                  why="Known freelancer's OTEnet mailbox from a Greek home connection; real we.tl link, expected after the customer's order (B34), no login request."))

    # 37 ---------------------------------------------------------------
    nm, bik, corr, acct = RU["nevupak_old"]
    body = """Ольга, добрый день!

Направляем счёт на оплату № 1203 от 09.11.2026 за картон хром-эрзац 270 г/кв. м (партия для заказа № 4471-СПб).

Сумма к оплате: 689 712,00 руб., в т.ч. НДС 20%% - 114 952,00 руб.
Срок оплаты: 5 банковских дней.

Реквизиты - как в договоре, ПАО Сбербанк, р/с %s.

Оригиналы документов (УПД) направим через Диадок после отгрузки.

С уважением,
Ирина Павлова
бухгалтер ООО «Невская Упаковка»
тел. (812) 309-44-71
""" % acct
    pdfb = [("ООО «Невская Упаковка»", 14, True),
            "ИНН %s, КПП %s, ОГРН %s" % (RU["nevupak_inn"], RU["nevupak_kpp"], RU["nevupak_ogrn"]),
            "196084, Санкт-Петербург, ул. Цветочная, д. 25, лит. Б", "",
            "Банк получателя: %s" % nm, "БИК %s   к/с %s" % (bik, corr), "р/с %s" % acct, "",
            ("Счёт на оплату № 1203 от 09 ноября 2026 г.", 13, True), "",
            "Покупатель: ООО \"Экзампл Груп Рус\", ИНН " + VAT["RU_INN"] + ", 192102, Санкт-Петербург, ул. Салова, д. 27", "",
            "1. Картон хром-эрзац 270 г/м², 720 x 1020 мм, 11 400 кг x 50,07 руб. = 570 798,00 руб.",
            "2. Доставка по Санкт-Петербургу, 1 рейс = 3 962,00 руб.", "",
            "Итого без НДС: 574 760,00 руб.   НДС 20%: 114 952,00 руб.", ("Всего к оплате: 689 712,00 руб.", 11, True), "",
            "Оплата данного счёта означает согласие с условиями поставки товара.",
            "Генеральный директор __________ Лебедев А. В.      Главный бухгалтер __________ Павлова И. С."]
    M.append(Mail("37-ru-supplier-invoice-schet", utc(2026, 11, 9, 11, 5, 44), ("Бухгалтерия Невская Упаковка", P("nevupak", 1)[1]),
                  [S("ru_acc")], "Счёт № 1203 от 09.11.2026",
                  mixed(plain(body, "windows-1251", "8bit"), pdf_att("Счет_1203_от_09.11.2026.pdf", pdfb, creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3")),
                  via="yandex", ua="thebat", hcs="windows-1251", henc="B", zone="RU",
                  sys=dict(web=False, ymode="smtp"),
                  what="Russian board supplier's accountant sends an invoice (schet) as PDF.",
                  why="Supplier's own nevupak.ru domain on Yandex 360, The Bat! client, bank details as in the contract (Sberbank account with valid BIK key), originals via EDI."))

    # 38 ---------------------------------------------------------------
    nm2, bik2, corr2, acct2 = RU["nevupak_new"]
    body = """Ольга, добрый день!

Уведомляем, что с 01.01.2027 ООО "Невская Упаковка" переходит на расчётно-кассовое обслуживание в ПАО "Банк "Санкт-Петербург". Новые реквизиты:

р/с %s
ПАО "Банк "Санкт-Петербург"
БИК %s, к/с %s

Письмо за подписью генерального директора во вложении. Это же письмо с электронной подписью направлено вам сегодня через Диадок - просим сверить реквизиты по документу в ЭДО и при необходимости уточнить их по телефону бухгалтерии из договора (812) 309-44-70.

Счёт в Сбербанке остаётся открытым до 31.03.2027, платежи по старым реквизитам до этой даты также будут зачислены.

С уважением,
Анна Кузнецова
менеджер по работе с клиентами
ООО "Невская Упаковка"
тел. (812) 309-44-75
""" % (acct2, bik2, corr2)
    letter = [("ООО «Невская Упаковка»", 14, True), "ИНН %s / КПП %s" % (RU["nevupak_inn"], RU["nevupak_kpp"]), "",
              "Исх. № 412 от 24.11.2026", "Генеральному директору ООО \"Экзампл Груп Рус\" Соколову Д. А.", "",
              ("Уведомление об изменении банковских реквизитов", 13, True), "",
              "Настоящим уведомляем, что с 01 января 2027 г. расчёты с ООО «Невская Упаковка» просим производить по реквизитам:",
              "р/с %s в %s" % (acct2, nm2), "БИК %s, к/с %s" % (bik2, corr2), "",
              "Расчётный счёт № %s в %s будет закрыт 31.03.2027 г." % (RU["nevupak_old"][3], RU["nevupak_old"][0]), "",
              "Генеральный директор ____________ А. В. Лебедев", "Главный бухгалтер ____________ И. С. Павлова"]
    M.append(Mail("38-ru-supplier-bank-change-genuine", utc(2026, 11, 24, 8, 20, 5), P("nevupak"), [S("ru_acc")],
                  "Уведомление о смене банковских реквизитов с 01.01.2027",
                  mixed(alt(body, "koi8-r", "quoted-printable", "outlook", "ru"),
                        pdf_att("Uvedomlenie_rekvizity_2027.pdf", letter, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016")),
                  via="yandex", ua="outlook16", hcs="koi8-r", henc="B", zone="RU",
                  sys=dict(web=False, ymode="smtp", content_lang="ru"),
                  what="Russian supplier announces a new bank from 1 January 2027 with a signed letter, also sent via EDI.",
                  why="Known contact from nevupak.ru (Yandex 360), long lead time, old account open until March, asks to verify via the signed EDI document and the phone number from the contract; St Petersburg bank with valid BIK/corr/account keys."))

    # 39 ---------------------------------------------------------------
    txt = """Яндекс ID

Вход в аккаунт

Здравствуйте, Дмитрий!

Мы заметили вход в ваш аккаунт dmitry.sokolov с нового устройства.

Устройство: Windows, Яндекс Браузер
Место: Санкт-Петербург, Россия
Время: 24 ноября 2026 г., 10:12 (МСК)

Если это были вы, всё в порядке, ничего делать не нужно.
Если нет, смените пароль и проверьте устройства на странице «Безопасность»:
https://id.yandex.ru/security

С уважением,
команда Яндекс ID
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'YS Text',Arial,sans-serif;color:#000"><div style="max-width:520px;margin:0 auto;padding:24px">
<div style="font-size:20px;font-weight:bold">Яндекс ID</div><h2 style="font-weight:normal">Вход в аккаунт</h2>
<p>Здравствуйте, Дмитрий!</p><p>Мы заметили вход в ваш аккаунт <b>dmitry.sokolov</b> с нового устройства.</p>
<p style="color:#555">Устройство: Windows, Яндекс Браузер<br>Место: Санкт-Петербург, Россия<br>Время: 24 ноября 2026 г., 10:12 (МСК)</p>
<p>Если это были вы, всё в порядке, ничего делать не нужно.<br>Если нет, смените пароль и проверьте устройства на странице <a href="https://id.yandex.ru/security">«Безопасность»</a>.</p>
<p style="font-size:12px;color:#999">С уважением,<br>команда Яндекс ID</p></div></body></html>
"""
    M.append(Mail("39-ru-yandex-id-signin-notice", utc(2026, 11, 24, 7, 13, 40), ("Яндекс ID", "noreply@id.yandex.ru"),
                  [S("ru_mgr")], "Вход в аккаунт с нового устройства",
                  alt(txt, "utf-8", "base64", html=html), via="yandex", zone="RU", hcs="utf-8", henc="B",
                  sys=dict(web=False, ymode="mxback", msgid="<20261124101340.8f3a91c2e4d7b051@id.yandex.ru>"),
                  rp="noreply@id.yandex.ru",
                  what="Genuine Yandex ID notification about a new sign-in to the Yandex account used for Yandex Direct.",
                  why="Sent from Yandex's own forward*.mail.yandex.net servers, from id.yandex.ru, links only to id.yandex.ru; the sign-in location matches the office city."))

    # 40 ---------------------------------------------------------------
    body = """Дмитрий, добрый день!

Декларация на товары № 10216170/191126/3187452 (печатные формы и офсетная резина из Великобритании, 4 места, 212 кг) выпущена сегодня в 14:20.

Таможенные платежи (пошлина и НДС, всего 186 430,52 руб.) списаны с вашего единого лицевого счёта в ФТС, отдельно ничего оплачивать не нужно.

Груз заберёт ваш экспедитор завтра с СВХ на Угольной пристани, пропуск заказан. Мой счёт за услуги таможенного представителя - во вложении, по договору.

С уважением,
Сергей Иванов
таможенный представитель
+7 921 448-17-30
"""
    inv = [("ИП Иванов Сергей Петрович - таможенный представитель", 12, True), "ИНН 781100482371", "",
           ("Счёт № 58 от 19.11.2026", 12, True), "Заказчик: ООО \"Экзампл Груп Рус\", ИНН " + VAT["RU_INN"], "",
           "1. Таможенное декларирование ДТ № 10216170/191126/3187452 - 9 500,00 руб.",
           "2. Подготовка пакета документов, классификация (4 позиции) - 2 000,00 руб.",
           ("Итого: 11 500,00 руб. НДС не облагается (УСН)", 11, True)]
    M.append(Mail("40-ru-customs-broker-declaration-released", utc(2026, 11, 19, 11, 34, 10), P("ivanov"), [S("ru_mgr")],
                  "ДТ 10216170/191126/3187452 выпущена",
                  mixed(alt(body, "utf-8", "base64", "plain", "ru"),
                        pdf_att("Schet_58_Ivanov.pdf", inv, creator="Microsoft® Excel® 2019", producer="Microsoft® Excel® 2019")),
                  via="yandex", cc=[S("ru_acc")], zone="RU", hcs="utf-8", henc="B", sys=dict(web=True, ymode="smtp"),
                  what="Independent customs broker reports release of an import declaration and sends his service invoice.",
                  why="Long-standing contractor on his Yandex Mail address, concrete declaration data, duties already paid from the customs account, invoice per contract, no link or bank change."))
    return M
